import { codeJosa, josa } from '../shared/josa';
import { rpoMet } from '../analysis/simulation/goal';
import { formatDuration } from '../syntax/values';
import { derivedIndexNote, koDuration, L, textAttr } from './facts';
import { goalFinding, lossName, rpoAdvice } from './goal-common';
import { redisRpoAdvice } from './advice';
import { BIGTABLE_ENGINE, isRedis, losslessMode } from '../model/replication';
import type { Rule } from './rule';
import type { Facts } from './facts';
import type { Finding, TopologyNode } from '../syntax/ast';
import { copiedElsewhere, holdsData } from './missing-replica';
import { effectiveBackup, mirroredDisks } from '../model/durability';
import { fix, setAttr, worstLossStandbys } from './fixes';
import { runsOnlyIn } from '../syntax/places';
import { controlPlaneOnly } from '../model/request-graph';
import { durationAttr } from '../syntax/attrs';

export const rpoNotMet: Rule<'rpo-not-met'> = {
  id: 'rpo-not-met',
  check({ design, facts, estimate }) {
    const goal = design.goal;
    if (!goal || goal.rpo === null) return [];
    const est = estimate();
    if (!est) return [];
    if (rpoMet(est.rpo, goal.rpo)) return raidOnly(facts, goal.rpo);
    const worst = est.worstRpo ?? est.losses.find((l) => l.rpo === est.rpo) ?? null;
    const want = formatDuration(goal.rpo);
    const unbounded = !Number.isFinite(est.rpo);
    const worst0 = est.worstRpo ?? est.losses.find((l) => l.rpo === est.rpo) ?? null;
    // A database's writes are commits the users were told were saved; files on storage are data written.
    const t0 = worst0?.target;
    const lostNodes = !t0 ? [] : t0.type === 'node' ? [design.nodes.get(t0.node)].filter((n) => n !== undefined) : [...design.nodes.values()].filter((n) => runsOnlyIn(design, n, t0));
    const commits = lostNodes.some((n) => n!.kind === 'database') || !lostNodes.some((n) => n!.kind === 'storage');
    const got = unbounded ? (t0 && t0.type !== 'node' ? 'the data kept only there, with no bound (no copy and no usable backup outside it)' : 'everything it ever took (unbounded: no copy and no usable backup)') : commits ? `the last ${formatDuration(est.rpo)} of acknowledged writes` : `the last ${formatDuration(est.rpo)} of data written`;
    // (A place's loss loses what was kept only there — not everything: round 82b r05.)
    const gotKo = unbounded
      ? t0 && t0.type !== 'node'
        ? '그곳에만 있던 데이터(밖에 남은 사본도, 쓸 수 있는 백업도 없어 손실에 한도가 없음)'
        : commits
        ? '지금까지 커밋된 데이터 전부(남은 사본도, 쓸 수 있는 백업도 없음)'
        : '지금까지 저장한 데이터 전부(남은 사본도, 쓸 수 있는 백업도 없음)'
      : commits
        ? `최근 ${koDuration(est.rpo)} 동안 커밋된 쓰기`
        : `최근 ${koDuration(est.rpo)} 동안 저장한 데이터`;
    const allowed = goal.rpo === 0 ? L('no acknowledged write may be lost (rpo=0)', '커밋된 쓰기는 하나도 잃으면 안 되는데(`rpo=0`)') : L(`at most ${want} of writes may be lost (rpo=${want})`, `잃어도 되는 쓰기는 최대 ${koDuration(goal.rpo)} 분량인데(\`rpo=${want}\`)`);
    if (!worst) {
      return [goalFinding(design, 'rpo-not-met', L(`The goal says ${allowed.en}, but the estimate loses ${got}.`, `${allowed.ko} 추정으로는 ${gotKo}를 잃습니다.`), { goal: goal.rpo, estimate: unbounded ? 'unbounded' : est.rpo })];
    }
    const what = lossName(worst.target);
    const rpoGoal = goal.rpo;
    const fix = redisRpoAdvice(facts, worst) ?? rpoAdvice(facts, worst, rpoGoal);
    // "Told they were saved" only of a database (or a place holding one): a cache's or a file store's writes are not those.
    // Nor of a search index, which is often rebuilt from another store: said as the node's other findings say it (round 42b).
    const index = worst.target.type === 'node' ? derivedIndexNote(design.nodes.get(worst.target.node)!) : L('', '');
    // Nor of a configuration store no request reaches (Kong's database): its writes are an operator's, not the users'.
    const control = worst.target.type === 'node' && controlPlaneOnly(design, worst.target.node);
    const business = commits && !index.en && !control;
    if (control && worst.target.type === 'node') {
      index.en += ` \`${worst.target.node}\` is only a configuration store (no request reads or writes it): what is lost are configuration changes, not the users' writes.`;
      index.ko += ` ${codeJosa(worst.target.node, '은/는')} 설정 저장소일 뿐이라(요청이 읽거나 쓰지 않음) 잃는 것은 사용자의 쓰기가 아니라 설정 변경분입니다.`;
    }
    // The other losses that miss it too (up to three): fixing the worst alone leaves them.
    const others = est.losses.filter((l) => l !== worst && !rpoMet(l.rpo, rpoGoal)).sort((a, b) => b.rpo - a.rpo);
    const shown = others.slice(0, 3);
    // (An unbounded loss is the data left with no copy — all of it, or a share of a sharded store's keys: round 88b r01
    // said "everything" for a zone holding every copy of a fifth of the shards.)
    const amount = (x: number, ko: boolean): string => (Number.isFinite(x) ? (ko ? koDuration(x) : formatDuration(x)) : ko ? '한도 없음' : 'without bound');
    const also = shown.length
      ? L(
          ` Losing ${shown.map((l) => `${lossName(l.target).en} (${amount(l.rpo, false)})`).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''} also misses it.`,
          ` ${shown.map((l) => `${lossName(l.target).ko} 장애(${Number.isFinite(l.rpo) ? `최근 ${koDuration(l.rpo)} 유실` : '사본이 남지 않은 데이터 유실'})`).join(', ')}${others.length > 3 ? ` 외 ${others.length - 3}건` : ''}도 목표 RPO를 넘깁니다.`,
        )
      : L('', '');
    // Arrays whose only copies are their own disks (the run keeps them through a lost server or disk): losing the array
    // itself loses everything since the last backup — named too, or the worst node hides them (round 37).
    const named = new Set([worst, ...shown].flatMap((l) => (l.target.type === 'node' ? [l.target.node] : [])));
    const arrays = raidArrays(facts, rpoGoal).filter((n) => !named.has(n.name));
    if (arrays.length) {
      // (Backups kept on the array itself go with it: everything — round 64 r03.)
      const list = arrays.slice(0, 3).map((n) => {
        const b = backupsOnItself(n) ? null : effectiveBackup(design, n);
        const why = backupsOnItself(n) ? L('everything: its backups are on the array too', '백업도 같은 어레이에 있어 전부 유실') : null;
        return {
          en: `\`${n.name}\`'s whole array (\`raid=${textAttr(n, 'raid') ?? '1'}\`) (${why ? why.en : b === null ? 'everything: no backup' : `up to ${formatDuration(b)} since its last backup`})`,
          ko: `\`${n.name}\`의 어레이 전체(\`raid=${textAttr(n, 'raid') ?? '1'}\`) 장애(${why ? why.ko : b === null ? '백업 없음, 전부 유실' : `마지막 백업 이후 최대 ${koDuration(b)} 유실`})`,
        };
      });
      const allOnItself = arrays.every(backupsOnItself);
      // (With rpo=0 no backup interval is enough: a synchronous copy on another array is — round 40b: "every 0s".)
      also.en += allOnItself
        ? ` Losing ${list.map((x) => x.en).join(', ')} also misses it: keep the backups on another store (\`backup-to=\` another array or site).`
        : rpoGoal > 0
        ? ` Losing ${list.map((x) => x.en).join(', ')} also misses it: back ${arrays.length > 1 ? 'them' : 'it'} up at least every ${want}.`
        : ` Losing ${list.map((x) => x.en).join(', ')} also misses it: no backup interval is 0 — keep a synchronous copy on another array (storage replication, \`standby of=\` with \`replication=sync\`), and backups for mistakes.`;
      also.ko += allOnItself
        ? ` ${list.map((x) => x.ko).join(', ')}도 목표 RPO를 넘깁니다. 백업을 다른 저장소(다른 어레이나 사이트를 \`backup-to=\`로)에 두세요.`
        : rpoGoal > 0
        ? ` ${list.map((x) => x.ko).join(', ')}도 목표 RPO를 넘깁니다. RPO보다 자주 백업하세요(\`backup=${want}\`).`
        : ` ${list.map((x) => x.ko).join(', ')}도 목표 RPO를 넘깁니다. 백업 간격은 0이 될 수 없으니 다른 어레이에 동기 사본을 두고(스토리지 복제, \`replication=sync\`인 \`standby of=\`), 실수에 대비한 백업도 두세요.`;
    }
    return [
      goalFinding(
        design,
        'rpo-not-met',
        L(
          `The goal says ${allowed.en}, but losing ${what.en} loses ${got}${business ? ' — writes the users were already told were saved' : ''}.${index.en} ${fix.en}${also.en}`,
          `${allowed.ko}, ${what.ko} 장애 시 ${gotKo}를 잃습니다${business ? '. 사용자에게는 이미 저장됐다고 응답한 쓰기입니다' : ''}.${index.ko} ${fix.ko}${also.ko}`,
        ),
        { goal: goal.rpo, estimate: unbounded ? 'unbounded' : est.rpo, worst: worst.target },
      ),
    ];
  },  /** When the worst loss is a node with an asynchronous standby: synchronous replication. */
  fixes(design, facts, finding) {
    // (Not a product that replicates asynchronously only: Bigtable's clusters — round 80b r05.)
    const async = worstLossStandbys(facts, finding).find((s) => textAttr(s, 'replication') === 'async' && !isRedis(s) && !BIGTABLE_ENGINE.test(textAttr(s, 'engine') ?? ''));
    if (!async) return [];
    const src = async.of ? design.nodes.get(async.of) : undefined;
    // A goal above zero missed by a copy written to trail by more (`lag=30m`, log shipping): ship it more often.
    const g = design.goal?.rpo ?? 0;
    const lagSec = durationAttr(async, 'lag');
    if (g > 0 && lagSec !== null && lagSec > g) {
      // Half the goal, in whole minutes (an attribute value is one number and unit: `lag=7m`).
      const half = Math.max(1, Math.floor(g / 2));
      const want = half >= 60 ? `${Math.floor(half / 60)}m` : `${half}s`;
      return [fix(L(`Ship to \`${async.name}\` more often (lag=${want})`, `${codeJosa(async.name, '으로/로')} 더 자주 전달(lag=${want})`), [setAttr(design, async, 'lag', want)], true)];
    }
    const mode = src ? losslessMode(src) : 'sync';
    return mode === 'semi-sync'
      ? [fix(L(`Replicate to \`${async.name}\` semi-synchronously (replication=semi-sync)`, `${codeJosa(async.name, '으로/로')} 반동기 복제(\`replication=semi-sync\`)`), [setAttr(design, async, 'replication', 'semi-sync')], true)]
      : [fix(L(`Replicate to \`${async.name}\` synchronously (replication=sync)`, `${codeJosa(async.name, '으로/로')} 동기 복제(\`replication=sync\`)`), [setAttr(design, async, 'replication', 'sync')], true)];
  },
};

/**
 * Data whose only other copies are disks of the same array (RAID 1/5/6/10): the simulation keeps it through a lost
 * server or disk, but the array itself can be lost — a second disk failing during the rebuild, the controller, a
 * deletion or ransomware copied to every disk at once — and then everything since the last backup is gone. A backup
 * interval longer than the rpo misses the goal there (the model cannot fail an array's disks one by one).
 */
/** Backups kept on the node itself (`backup-to` naming it): lost with it, they bound nothing (round 63 r06). */
function backupsOnItself(n: TopologyNode): boolean {
  return textAttr(n, 'backup-to') === n.name;
}

function raidArrays(facts: Facts, rpo: number): TopologyNode[] {
  return facts.nodes.filter((n) => holdsData(facts, n) && mirroredDisks(n) && !copiedElsewhere(facts, n) && !((effectiveBackup(facts.design, n) ?? Infinity) <= rpo && !backupsOnItself(n)));
}

function raidOnly(facts: Facts, rpo: number): Finding[] {
  const nodes = raidArrays(facts, rpo);
  if (!nodes.length) return [];
  const n = nodes[0]!;
  const b = effectiveBackup(facts.design, n);
  const raid = textAttr(n, 'raid') ?? '1';
  const onItself = backupsOnItself(n);
  const lost =
    b === null
      ? L('everything it holds (no backup)', '담긴 데이터 전부(백업 없음)')
      : onItself
        ? L(`everything it holds — its backups are kept on the array too (\`backup-to=${n.name}\`) and go with it`, `담긴 데이터 전부(백업도 같은 어레이에 두어(\`backup-to=${n.name}\`) 함께 사라짐)`)
        : L(`everything since its last backup (up to ${formatDuration(b)})`, `마지막 백업 이후의 데이터(최대 ${koDuration(b)})`);
  const want = formatDuration(rpo);
  return [
    goalFinding(
      facts.design,
      'rpo-not-met',
      L(
        `The estimate keeps every write through a lost server or disk, but \`${n.name}\` keeps its copies in one array (\`raid=${raid}\`): losing the array itself — a second disk failing during the rebuild, the controller, a deletion or ransomware reaching every disk at once — loses ${lost.en}, more than rpo=${want} allows. ${onItself ? 'Keep its backups on another store (`backup-to=` another array or site), at least as often as the rpo' : `Back it up at least as often as the rpo (\`backup=${want}\`)`}, or replicate it to another array or site.`,
        `추정으로는 서버나 디스크 하나를 잃어도 쓰기를 잃지 않지만, ${codeJosa(n.name, '은/는')} 사본을 한 어레이 안에만 둡니다(\`raid=${raid}\`). 리빌드 중 두 번째 디스크 고장, 컨트롤러 고장, 삭제나 랜섬웨어처럼 어레이 자체를 잃으면 ${josa(lost.ko, '을/를')} 잃어 ${codeJosa(`rpo=${want}`, '을/를')} 넘깁니다. ${onItself ? '백업을 다른 저장소(다른 어레이나 사이트를 `backup-to=`로)에 RPO보다 자주 받거나' : `RPO보다 자주 백업하거나(\`backup=${want}\`)`} 다른 어레이나 사이트로 복제하세요.`,
      ),
      { goal: rpo, node: n.name, raid: true, backup: b === null || onItself ? 'none' : b },
    ),
  ];
}
