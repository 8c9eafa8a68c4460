import { CEPH_POOL } from '../../model/capacity';
import { tidyKo } from '../../shared/localized';
/** The simulator's messages about capacity and durability (failure-model §5–§7), in English and Korean. */
import type { Localized } from '../../syntax/ast';
import { josa } from '../../shared/josa';
import { formatDuration } from '../../shared/format';
import { koDuration } from '../../shared/duration';

const L = (en: string, ko: string): Localized => ({ en, ko: tidyKo(ko) });
const d = (s: number): string => formatDuration(s);
const k = (s: number): string => koDuration(s);
const n = (x: number): string => Math.round(x).toLocaleString('en-US');

/** Data with no live copy is gone: since the last backup, or all of it. */
export function dataLossMessage(label: string, backup: number | null, survive: boolean, shards: number | null, geo = false): Localized {
  const part = shards === null ? L('', '') : L(` (1/${shards} of the keys)`, `(키의 1/${shards})`);
  if (backup === null)
    return L(
      `${label}'s data is lost${part.en} with no live copy and no backup: every write ever made to it is gone (unbounded loss).`,
      `${label}의 데이터${part.ko}를 잃습니다. 살아 있는 사본도 백업도 없어 지금까지의 쓰기가 모두 사라집니다(상한 없는 손실).`,
    );
  if (!survive)
    return L(
      `${label}'s data is lost${part.en}, and so are its backups (kept in the place that failed): nothing to restore from (unbounded loss).`,
      `${label}의 데이터${part.ko}를 잃고, 장애가 난 곳에 둔 백업도 함께 잃습니다. 복원할 것이 없습니다(상한 없는 손실).`,
    );
  if (geo)
    return L(
      `${label}'s data is lost${part.en} with its region: the service keeps its backups outside the region, so a restore from them loses the writes they had not reached yet (up to ${d(backup)}).`,
      `${label}의 데이터${part.ko}를 리전과 함께 잃습니다. 서비스가 백업을 리전 밖에 두므로 그 백업에서 복원하면 아직 백업에 담기지 않은 쓰기(최대 ${k(backup)})를 잃습니다.`,
    );
  return L(
    `${label}'s data is lost${part.en} with no live copy: the writes since the last backup (up to ${d(backup)}) are gone; it must be restored from the backup.`,
    `${label}의 데이터${part.ko}를 잃습니다. 살아 있는 사본이 없어 마지막 백업 이후의 쓰기(최대 ${k(backup)})가 사라지고, 백업에서 복원해야 합니다.`,
  );
}

/** Shards of a cluster spread without zone awareness that lost every copy (the share of them, from the nodes down). */
export function unawareLossMessage(label: string, share: number, backup: number | null, hasBackup: boolean, ceph = false, oneCopy = false): Localized {
  const p = `${Math.round(share * 1000) / 10}%`;
  if (ceph) {
    // Ceph: placement groups, their copies spread over hosts by the default CRUSH rule; the data is objects and blocks.
    const h = L(
      `About ${p} of ${label}'s placement groups had all ${CEPH_POOL.size} copies on the hosts that are down (the default CRUSH rule spreads copies over hosts, not zones): `,
      `${label} 배치 그룹(PG)의 약 ${p}는 사본 ${CEPH_POOL.size}개가 모두 멈춘 호스트에 있었습니다(기본 CRUSH 규칙은 사본을 존이 아니라 호스트에 나눕니다). `,
    );
    return backup !== null
      ? L(`${h.en}their data since the last backup (up to ${d(backup)}) is lost unless those hosts come back, and I/O to them fails until it is restored.`, `${h.ko}그 호스트가 돌아오지 않으면 마지막 백업 이후의 데이터(최대 ${k(backup)})를 잃고, 복원할 때까지 그 PG의 I/O가 실패합니다.`)
      : L(`${h.en}${hasBackup ? 'their backups were kept in the place that failed: ' : 'there is no backup: '}their data is lost unless those hosts come back (unbounded loss).`, `${h.ko}${hasBackup ? '백업도 장애가 난 곳에 있어 ' : '백업이 없어 '}그 호스트가 돌아오지 않으면 그 데이터를 잃습니다(상한 없는 손실).`);
  }
  const head = oneCopy
    ? L(
        `About ${p} of ${label}'s shards had their only copy on the nodes that are down (no replica: \`shard-replicas=0\`), so nothing is promoted; `,
        `${label} 샤드의 약 ${p}는 하나뿐인 사본이 멈춘 노드에 있었습니다(복제본 없음: \`shard-replicas=0\`). 승격할 것이 없습니다. `,
      )
    : L(
        `About ${p} of ${label}'s shards had every copy on the nodes that are down (the cluster keeps a shard's copies on different nodes, not in different zones: no allocation awareness): `,
        `${label} 샤드의 약 ${p}는 사본이 모두 멈춘 노드에 있었습니다(할당 인식이 없어 클러스터가 샤드 사본을 서로 다른 노드에만 두고, 서로 다른 존에 두지는 않음). `,
      );
  if (backup !== null)
    return L(
      `${head.en}their documents since the last snapshot (up to ${d(backup)}) are lost, and requests for them fail until they are restored from it.`,
      `${head.ko}마지막 스냅샷 이후의 문서(최대 ${k(backup)})를 잃고, 그 스냅샷에서 복원할 때까지 그 문서에 대한 요청이 실패합니다.`,
    );
  return L(
    `${head.en}${hasBackup ? 'their snapshots were kept in the place that failed: ' : 'there is no snapshot: '}every document in them is lost (unbounded loss).`,
    `${head.ko}${hasBackup ? '스냅샷도 장애가 난 곳에 있어 ' : '스냅샷이 없어 '}그 샤드의 문서를 모두 잃습니다(상한 없는 손실).`,
  );
}

export function unawareRestoredMessage(label: string, restore: number): Localized {
  return L(`${label}'s lost shards are restored from the snapshot onto the nodes still up (restore ${d(restore)}).`, `${label}의 잃은 샤드를 스냅샷에서 남은 노드로 복원합니다(복원 ${k(restore)}).`);
}

export function restoredMessage(label: string, restore: number): Localized {
  return L(`${label} is restored from its backup and serves again (restore ${d(restore)}).`, `${josa(label, '이/가')} 백업에서 복원되어 다시 동작합니다(복원 ${k(restore)}).`);
}

export function noticedMessage(name: string, watched: boolean, after: number, monitorLost = false, unplaced = false): Localized {
  if (monitorLost)
    return L(
      `Someone finally notices that ${name} is down (${d(after)}): the monitor that watches it was lost too, so users report it; an operator starts the promotion.`,
      `${name}의 장애를 뒤늦게 알게 됩니다(${k(after)}): 감시하던 모니터도 함께 멈춰 사용자 신고로 압니다. 운영자가 승격을 시작합니다.`,
    );
  return watched
    ? L(
        `The monitor notices that ${name} is down (${d(after)})${unplaced ? ' — it has no zone or region written, so it is taken to run outside the lost place; if it runs there, place it' : ''}; an operator starts the promotion.`,
        `모니터가 ${name}의 장애를 알아챕니다(${k(after)})${unplaced ? '. 모니터 위치(zone/region)가 적혀 있지 않아 장애가 난 곳 밖에서 동작한다고 보고 계산합니다. 같은 곳에 있다면 위치를 적어 주세요' : ''}. 운영자가 승격을 시작합니다.`,
      )
    : L(
        `Someone finally notices that ${name} is down (${d(after)}: nothing monitors it, so users report it); an operator starts the promotion.`,
        `${name}의 장애를 뒤늦게 알게 됩니다(${k(after)}: 감시하는 모니터가 없어 사용자 신고로 압니다). 운영자가 승격을 시작합니다.`,
      );
}

/** Nothing monitors a node a person rebuilds: the rebuild starts when the users' reports reach someone. */
export function rebuildNoticedMessage(names: { en: string; ko: string; many: boolean }, after: number, backupOnly = false, unreached = false, by: 'monitor' | 'users' | 'monitor-lost' = 'users'): Localized {
  const them = names.many ? 'them' : 'it';
  if (by === 'monitor')
    return L(
      `The monitor notices that ${names.en} ${names.many ? 'are' : 'is'} down (${d(after)}); a person starts rebuilding ${them}.`,
      `모니터가 ${names.ko}의 장애를 알아챕니다(${k(after)}). 사람이 다시 만들기 시작합니다.`,
    );
  if (by === 'monitor-lost')
    return L(
      `Someone finally notices that ${names.en} ${names.many ? 'are' : 'is'} down (${d(after)}): the monitor that watches ${them} was lost too, so users report it; a person starts rebuilding ${them}.`,
      `${names.ko}의 장애를 뒤늦게 알게 됩니다(${k(after)}): 감시하던 모니터도 함께 멈춰 사용자 신고로 압니다. 사람이 다시 만들기 시작합니다.`,
    );
  // (Nor a node no request reaches — a coordination store its callers watch, a control plane: no user sees it fail.)
  if (unreached && !backupOnly)
    return L(
      `Someone finally notices that ${names.en} ${names.many ? 'are' : 'is'} down (${d(after)}, generic: nothing monitors ${names.many ? 'them' : 'it'} and no request needs ${names.many ? 'them' : 'it'}, so no user reports it — someone looking, or what stops with ${names.many ? 'them' : 'it'}, tells them); a person starts rebuilding ${names.many ? 'them' : 'it'}.`,
      `${names.ko}의 장애를 뒤늦게 알게 됩니다(${k(after)}, 범용 기본값: 감시하는 모니터가 없고 요청도 이 노드를 필요로 하지 않아 사용자 신고가 없습니다. 누군가의 확인이나 함께 멈춘 작업으로 압니다). 사람이 다시 만들기 시작합니다.`,
    );
  // (A backup target no request reaches fails no user: no one reports it — a failed backup job's report is what tells
  // someone, and backups to it stop meanwhile; round 101 r05.)
  if (backupOnly)
    return L(
      `Someone finally notices that ${names.en} ${names.many ? 'are' : 'is'} down (${d(after)}, generic: nothing monitors ${names.many ? 'them' : 'it'} and no request reaches ${names.many ? 'them' : 'it'}, so no user reports it — a failed backup job's report or someone looking tells them); backups to ${names.many ? 'them' : 'it'} stopped at the loss, and a person starts rebuilding ${names.many ? 'them' : 'it'}.`,
      `${names.ko}의 장애를 뒤늦게 알게 됩니다(${k(after)}, 범용 기본값: 감시하는 모니터가 없고 요청도 거치지 않아 사용자 신고가 없습니다. 백업 작업 실패 보고나 누군가의 확인으로 압니다). 그곳으로 가는 백업은 장애 때부터 멈췄고, 사람이 다시 만들기 시작합니다.`,
    );
  return L(
    `Someone finally notices that ${names.en} ${names.many ? 'are' : 'is'} down (${d(after)}: nothing monitors ${names.many ? 'them' : 'it'}, so users report it); a person starts rebuilding ${names.many ? 'them' : 'it'}.`,
    `${names.ko}의 장애를 뒤늦게 알게 됩니다(${k(after)}: 감시하는 모니터가 없어 사용자 신고로 압니다). 사람이 다시 만들기 시작합니다.`,
  );
}

export function connectionsMessage(db: string, max: number, demand: number, callers: { name: string; live: number; connections: number }[]): Localized {
  const en = callers.map((c) => `${c.live} × ${c.connections} from ${c.name}`).join(' + ');
  const ko = callers.map((c) => `${c.name} ${c.live}개 × ${c.connections}`).join(' + ');
  const share = Math.round((1 - max / demand) * 1000) / 10;
  return L(
    `${db}'s connections are exhausted: ${en} = ${n(demand)} connections for max-connections ${n(max)}; instances that get none fail their requests to ${db} (${share}%), and serve their other requests.`,
    `${db}의 커넥션이 바닥납니다: ${ko} = ${n(demand)}개인데 max-connections는 ${n(max)}개입니다. 커넥션을 얻지 못한 인스턴스는 ${josa(db, '으로/로')} 가는 요청(${share}%)이 실패하고, 다른 요청은 처리합니다.`,
  );
}

/**
 * A pilot light reached by traffic: scaling out by itself (`byHand` null), or — nothing written that scales it from zero —
 * once a person notices its failing requests (`byHand`: how long that takes, and whether a monitor or the users tell).
 */
export function wakeMessage(name: string, delay: number, done: boolean, count: number, byHand: { notice: number; how: 'outage' | 'monitor' | 'users' } | null = null): Localized {
  if (done) return L(`${name} has scaled out from zero: ${count} instance(s) serve (autoscale ${d(delay)}).`, `${josa(name, '이/가')} 0개에서 확장되어 인스턴스 ${count}개가 처리합니다(오토스케일 ${k(delay)}).`);
  if (byHand === null) return L(`Traffic reaches ${name}, which runs nothing yet (pilot light): it starts scaling out (${d(delay)}).`, `아무것도 돌지 않던 ${name}(파일럿 라이트)에 트래픽이 옵니다. 확장을 시작합니다(${k(delay)}).`);
  const start =
    byHand.how === 'outage'
      ? byHand.notice > 0
        ? L(`once someone learns of the outage that sent the traffic here (${d(byHand.notice)} from now)`, `트래픽을 이쪽으로 보낸 장애를 누군가 알게 되면(지금부터 ${k(byHand.notice)} 뒤)`)
        : L('at once, by whoever already handles the outage that sent the traffic here', '트래픽을 이쪽으로 보낸 장애를 이미 처리하는 사람이 곧바로')
      : byHand.how === 'monitor'
        ? L(`once its monitor tells someone (${d(byHand.notice)})`, `모니터가 누군가에게 알리면(${k(byHand.notice)})`)
        : L(`once users report its failing requests (${d(byHand.notice)}: nothing monitors it)`, `요청 실패를 사용자가 알려 오면(${k(byHand.notice)}, 감시하는 것이 없음)`);
  return L(
    `Traffic reaches ${name}, which runs nothing yet (pilot light), and its requests fail: nothing written scales it out from zero by itself — target tracking has no metric with no instance running — so it is scaled out by hand ${start.en}, and it serves ${d(delay)} after that. Write \`failover=auto\` on ${name} if an alarm on the load balancer's requests, or a runbook it starts, scales it out.`,
    `아무것도 돌지 않던 ${name}(파일럿 라이트)에 트래픽이 오고 요청이 실패합니다. 0개에서 스스로 확장하게 해 두는 것이 없고(인스턴스가 없으면 대상 추적 정책이 볼 지표가 없음), ${start.ko} 확장을 시작하며 그로부터 ${k(delay)} 뒤에 처리합니다. 부하 분산기의 요청 수 경보나 그 경보가 시작하는 런북이 확장한다면 ${name}에 \`failover=auto\`를 적으세요.`,
  );
}
