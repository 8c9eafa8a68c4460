import { codeJosa } from '../shared/josa';
import { rpoMet } from '../analysis/simulation/goal';
import { formatDuration } from '../syntax/values';
import { koDuration, L, textAttr } from './facts';
import { goalFinding, lossName, rpoAdvice } from './goal-common';
import { redisRpoAdvice } from './advice';
import { isRedis } from '../model/replication';
import type { Rule } from './rule';
import { fix, setAttr, worstLossStandbys } from './fixes';

export const rpoNotMet: Rule<'rpo-not-met'> = {
  id: 'rpo-not-met',
  check({ design, facts, estimate }) {
    const goal = design.goal;
    if (!goal || goal.rpo === null) return [];
    const est = estimate();
    if (!est || rpoMet(est.rpo, goal.rpo)) return [];
    const worst = est.worstRpo ?? est.losses.find((l) => l.rpo === est.rpo) ?? null;
    const want = formatDuration(goal.rpo);
    const unbounded = !Number.isFinite(est.rpo);
    const got = unbounded ? 'everything it ever took (unbounded: no copy and no usable backup)' : `the last ${formatDuration(est.rpo)} of acknowledged writes`;
    const gotKo = unbounded ? '지금까지 커밋이 완료된 쓰기 전부(상한 없음: 사본도 쓸 수 있는 백업도 없음)' : `최근 ${koDuration(est.rpo)} 동안 커밋이 완료된 쓰기`;
    const allowed = goal.rpo === 0 ? L('no acknowledged write may be lost (rpo=0)', '커밋이 완료된 쓰기는 하나도 잃으면 안 되는데(`rpo=0`)') : L(`at most ${want} of writes may be lost (rpo=${want})`, `잃어도 되는 쓰기는 최대 ${koDuration(goal.rpo)} 분량인데(\`rpo=${want}\`)`);
    if (!worst) {
      return [goalFinding(design, 'rpo-not-met', L(`The goal says ${allowed.en}, but the estimate loses ${got}.`, `${allowed.ko} 추정으로는 ${gotKo}를 잃습니다.`), { goal: goal.rpo, estimate: unbounded ? 'unbounded' : est.rpo })];
    }
    const what = lossName(worst.target);
    const rpoGoal = goal.rpo;
    const fix = redisRpoAdvice(facts, worst) ?? rpoAdvice(facts, worst, rpoGoal);
    // "Told they were saved" only of a database (or a place holding one): a cache's or a file store's writes are not those.
    const node = worst.target.type === 'node' ? design.nodes.get(worst.target.node) : undefined;
    const business = !node || node.kind === 'database';
    // The other losses that miss it too (up to three): fixing the worst alone leaves them.
    const others = est.losses.filter((l) => l !== worst && !rpoMet(l.rpo, rpoGoal)).sort((a, b) => b.rpo - a.rpo);
    const shown = others.slice(0, 3);
    const amount = (x: number, ko: boolean): string => (Number.isFinite(x) ? (ko ? koDuration(x) : formatDuration(x)) : ko ? '전부' : 'everything');
    const also = shown.length
      ? L(
          ` Losing ${shown.map((l) => `${lossName(l.target).en} (${amount(l.rpo, false)})`).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''} also misses it.`,
          ` ${shown.map((l) => `${lossName(l.target).ko}(${amount(l.rpo, true)})`).join(', ')}${others.length > 3 ? ` 외 ${others.length - 3}개` : ''} 장애도 목표를 넘깁니다.`,
        )
      : L('', '');
    return [
      goalFinding(
        design,
        'rpo-not-met',
        L(
          `The goal says ${allowed.en}, but losing ${what.en} loses ${got}${business ? ' — writes the users were already told were saved' : ''}. ${fix.en}${also.en}`,
          `${allowed.ko}, ${what.ko} 장애 시 ${gotKo}를 잃습니다${business ? '. 사용자에게는 이미 저장됐다고 알린 쓰기입니다' : ''}. ${fix.ko}${also.ko}`,
        ),
        { goal: goal.rpo, estimate: unbounded ? 'unbounded' : est.rpo, worst: worst.target },
      ),
    ];
  },  /** When the worst loss is a node with an asynchronous standby: synchronous replication. */
  fixes(design, facts, finding) {
    const async = worstLossStandbys(facts, finding).find((s) => textAttr(s, 'replication') === 'async' && !isRedis(s));
    return async ? [fix(L(`Replicate to \`${async.name}\` synchronously (replication=sync)`, `${codeJosa(async.name, '으로/로')} 동기 복제(\`replication=sync\`)`), [setAttr(design, async, 'replication', 'sync')], true)] : [];
  },
};
