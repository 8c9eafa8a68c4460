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
    const gotKo = unbounded ? '지금까지 받은 커밋된 쓰기 전부(한없음: 사본도 쓸 수 있는 백업도 없음)' : `최근 ${koDuration(est.rpo)} 동안의 커밋된 쓰기`;
    const allowed = goal.rpo === 0 ? L('no acknowledged write may be lost (rpo=0)', '커밋된 쓰기를 하나도 잃으면 안 되는데(`rpo=0`)') : L(`at most ${want} of writes may be lost (rpo=${want})`, `잃어도 되는 쓰기는 최대 ${koDuration(goal.rpo)} 분량인데(\`rpo=${want}\`)`);
    if (!worst) {
      return [goalFinding(design, 'rpo-not-met', L(`The goal says ${allowed.en}, but the estimate loses ${got}.`, `${allowed.ko} 추정으로는 ${gotKo}를 잃습니다.`), { goal: goal.rpo, estimate: unbounded ? 'unbounded' : est.rpo })];
    }
    const what = lossName(worst.target);
    const fix = redisRpoAdvice(facts, worst) ?? rpoAdvice(facts, worst);
    return [
      goalFinding(
        design,
        'rpo-not-met',
        L(
          `The goal says ${allowed.en}, but losing ${what.en} loses ${got} — orders and sign-ups the users were told were saved. ${fix.en}`,
          `${allowed.ko}, ${what.ko} 장애 시 ${gotKo}(저장됐다고 안내한 주문, 가입)를 잃습니다. ${fix.ko}`,
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
