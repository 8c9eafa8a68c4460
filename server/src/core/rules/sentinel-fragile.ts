import { groupSpecOf, majorityOf, redisMode } from '../model/groups';
import { instanceCount } from '../model/request-graph';
import { L, nodeFinding } from './facts';
import type { Rule } from './rule';
import { codeJosa } from '../shared/josa';
import { findingNode, fix, setAttr } from './fixes';
import { isAsyncRedis } from '../model/replication';
import { timingsOf } from '../model/profiles';
import { formatDuration } from '../syntax/values';
import { koDuration } from '../shared/duration';

/** A zone that holds a strict majority of the members placed in 2+ zones, or null. */
export function majorityZone(zones: (string | null)[]): string | null {
  const count = new Map<string, number>();
  for (const z of zones) if (z !== null) count.set(z, (count.get(z) ?? 0) + 1);
  if (count.size < 2) return null;
  for (const [z, c] of count) if (c >= majorityOf(zones.length)) return z;
  return null;
}

/**
 * Redis Sentinels that cannot survive the loss they exist for: fewer than 3 or
 * an even number (a failover needs the vote of a majority of all Sentinels,
 * whatever `quorum` says), a `quorum` above the Sentinels, or one zone holding
 * a majority of them (losing it blocks every failover).
 */
export const sentinelFragile: Rule<'sentinel-fragile'> = {
  id: 'sentinel-fragile',
  check({ facts }) {
    const out = [];
    for (const n of facts.nodes) {
      // A managed Redis (ElastiCache) is failed over by its provider: there are no Sentinels to place.
      if (redisMode(n) !== 'sentinel' || n.managed) continue;
      const g = groupSpecOf(n, instanceCount(n));
      if (!g || g.type !== 'sentinel') continue;
      const s = g.sentinels;
      const maj = majorityOf(s);
      let why;
      let want: number | null = null;
      // `quorum` above the majority (but within the Sentinels): losing any one Sentinel beyond s − quorum — a rebooted
      // host, a zone with no master in it — leaves too few to agree that the master is down (ODOWN), so the next master
      // failure promotes nothing (redis-sentinel: keep quorum at or below the majority; round 74 r01).
      let quorumFix: number | null = null;
      if (g.need > maj && g.need <= s && s >= 3 && s % 2 === 1) {
        quorumFix = maj;
        why = L(
          `\`quorum=${g.need}\` asks ${g.need === s ? 'every one' : `${g.need}`} of its ${s} Sentinels to agree that the master is down: with ${s - g.need + 1 === 1 ? 'one Sentinel' : `${s - g.need + 1} Sentinels`} lost — a rebooted host, a zone holding no master — they cannot, and the next master failure promotes nothing. A quorum at or below the majority (\`quorum=${maj}\`) keeps the failover (which needs a majority anyway)`,
          `${codeJosa(`quorum=${g.need}`, '은/는')} 센티널 ${s}개 중 ${g.need === s ? '모두' : `${g.need}개`}가 마스터 장애에 동의해야 한다는 뜻이라, 센티널을 ${s - g.need + 1}개만 잃어도(재부팅한 호스트, 마스터가 없는 존) 합의하지 못하고 다음 마스터 장애 때 아무것도 승격되지 않습니다. 쿼럼을 과반 이하로 두면(\`quorum=${maj}\`) 페일오버가 유지됩니다(어차피 페일오버에는 과반이 필요합니다)`,
        );
      } else if (g.need > s) {
        why = L(
          `\`quorum=${g.need}\` is more than its ${s} Sentinel(s): they can never agree that the master is down, so nothing is ever promoted`,
          `${codeJosa(`quorum=${g.need}`, '이/가')} 센티널 ${s}개보다 많아서 마스터 장애에 합의할 수 없고, 아무것도 승격되지 않습니다`,
        );
        want = null;
      } else if (s < 3 || s % 2 === 0) {
        want = s < 3 ? 3 : s + 1;
        why = L(
          `it has ${s} Sentinel(s); a failover needs a majority of all of them (${maj}), so losing ${s - maj + 1 === 1 ? 'one' : s - maj + 1} — typically together with the master's box — leaves none to authorise it`,
          `센티널이 ${s}개인데 페일오버에는 전체의 과반(${maj}개)이 필요해서, ${s - maj + 1}개만 잃어도(흔히 마스터가 있는 서버와 함께) 승격을 승인할 수 없습니다`,
        );
      } else {
        const z = majorityZone(g.sentinelZones);
        if (z === null) continue;
        // (Distinct zones, and the master's own zone said only when it is that one: round 76c r02.)
        const zones = new Set(n.zones).size;
        const masterThere = n.zones[0] === z;
        why = masterThere
          ? L(
              `its ${s} Sentinels are spread over ${zones} zones so that zone \`${z}\` holds a majority of them: losing \`${z}\` (which also holds the master) leaves too few to promote a replica`,
              `센티널 ${s}개를 존 ${zones}개에 나누었는데 \`${z}\` 존에 과반이 몰려 있습니다. \`${z}\` 존(마스터도 있는 곳)을 잃으면 복제본을 승격할 센티널이 모자랍니다`,
            )
          : L(
              `its ${s} Sentinels are spread over ${zones} zones so that zone \`${z}\` holds a majority of them: losing \`${z}\` leaves the master serving but too few Sentinels to promote a replica when the master fails next, until \`${z}\` is back`,
              `센티널 ${s}개를 존 ${zones}개에 나누었는데 \`${z}\` 존에 과반이 몰려 있습니다. \`${z}\` 존을 잃으면 마스터는 계속 동작하지만, 그 존이 돌아오기 전에 마스터가 장애 나면 복제본을 승격할 센티널이 모자랍니다`,
            );
      }
      // Data of record kept only in it (`primary`) under an rpo below its replication lag: once the Sentinels can fail it
      // over, each failover loses that lag — said now, not only after the fix (round 46 r06: seat locks, rpo=0).
      const rpo = facts.design.goal?.rpo ?? null;
      const lag = timingsOf(n).lag.value;
      const latent =
        n.role === 'primary' && rpo !== null && isAsyncRedis(n) && lag > rpo
          ? L(
              ` Once it can fail over, each failover loses up to ${formatDuration(lag)} of writes its replicas had not received (Redis replicates asynchronously), more than rpo=${formatDuration(rpo)} allows: keep data that must not be lost in a database with synchronous replication.`,
              ` 페일오버가 가능해지더라도 페일오버 때마다 복제본이 받지 못한 최대 ${koDuration(lag)} 분량의 쓰기를 잃습니다(Redis는 비동기로 복제). 목표 RPO(${rpo === 0 ? '0' : koDuration(rpo)})를 넘으니 잃으면 안 되는 데이터는 동기 복제하는 데이터베이스에 두세요.`,
            )
          : L('', '');
      out.push(
        nodeFinding(
          'sentinel-fragile',
          n,
          L(
            quorumFix !== null
              ? `\`${n.name}\`'s Sentinels cannot fail it over when it matters: ${why.en}.${latent.en}`
              : `\`${n.name}\`'s Sentinels cannot fail it over when it matters: ${why.en}. Run 3 Sentinels (or 5) in three separate failure domains${want !== null ? ` (\`sentinels=${want}\`)` : ''}.${latent.en}`,
            quorumFix !== null
              ? `\`${n.name}\` 노드의 센티널은 정작 필요할 때 페일오버하지 못합니다. ${why.ko}.${latent.ko}`
              : `\`${n.name}\` 노드의 센티널은 정작 필요할 때 페일오버하지 못합니다. ${why.ko}. 센티널을 서로 다른 장애 영역 세 곳에 3개(또는 5개) 두세요${want !== null ? `(\`sentinels=${want}\`)` : ''}.${latent.ko}`,
          ),
          { sentinels: s, need: g.need, want, ...(quorumFix !== null ? { quorum: quorumFix } : {}) },
        ),
      );
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const n = findingNode(design, finding);
    const want = finding.data?.['want'];
    const quorum = finding.data?.['quorum'];
    if (n && typeof quorum === 'number') return [fix(L(`Lower the Sentinel quorum to the majority (quorum=${quorum})`, `센티널 쿼럼을 과반으로(quorum=${quorum})`), [setAttr(design, n, 'quorum', String(quorum))], true)];
    return n && typeof want === 'number' ? [fix(L(`Run ${want} Sentinels (sentinels=${want})`, `센티널 ${want}개(sentinels=${want})`), [setAttr(design, n, 'sentinels', String(want))], true)] : [];
  },
};
