import { rtoMet } from '../analysis/simulation/goal';
import { formatDuration } from '../syntax/values';
import { failoverMode, koDuration, L } from './facts';
import { downList, goalFinding, lossName, rtoAdvice, seconds } from './goal-common';
import { rtoCause } from './advice';
import type { Rule } from './rule';
import { fix, setAttr, worstLossStandbys } from './fixes';

export const rtoNotMet: Rule<'rto-not-met'> = {
  id: 'rto-not-met',
  check({ design, facts, estimate }) {
    const goal = design.goal;
    if (!goal || goal.rto === null) return [];
    const est = estimate();
    if (!est) return [];
    if (rtoMet(est.rto, goal.rto)) return [];
    const worst = est.worstRto ?? est.losses.find((l) => l.rto === est.rto) ?? null;
    const want = formatDuration(goal.rto);
    const wantKo = koDuration(goal.rto);
    const got = seconds(est.rto);
    if (!worst) {
      return [goalFinding(design, 'rto-not-met', L(`The goal allows ${want} of outage (rto), but the estimate needs ${got.en} to recover.`, `목표 RTO는 ${wantKo}인데 추정 복구 시간은 ${got.ko}입니다.`), { goal: goal.rto, estimate: est.rto })];
    }
    const what = lossName(worst.target);
    const down = downList(worst);
    const fix = rtoCause(facts, est, worst, goal.rto) ?? rtoAdvice(facts, worst);
    return [
      goalFinding(
        design,
        'rto-not-met',
        L(
          `The goal allows ${want} of outage (rto=${want}), but losing ${what.en} ${est.rto === null ? `leaves the service not fully served for the whole simulated hour${down.en}` : `keeps the service from being fully served for ${got.en}${down.en}`}. ${fix.en}`,
          est.rto === null
            ? `목표 RTO는 ${wantKo}인데, ${what.ko} 장애 시 시뮬레이션한 1시간 안에 서비스가 완전히 복구되지 않습니다${down.ko}. ${fix.ko}`
            : `목표 RTO는 ${wantKo}인데, ${what.ko} 장애 시 서비스가 완전히 복구되기까지 ${got.ko} 걸립니다${down.ko}. ${fix.ko}`,
        ),
        { goal: goal.rto, estimate: est.rto, worst: worst.target },
      ),
    ];
  },  /** When the worst loss is a node whose standby waits for an operator: automatic promotion. */
  fixes(design, facts, finding) {
    const manual = worstLossStandbys(facts, finding).find((s) => failoverMode(s) === 'manual');
    return manual ? [fix(L(`Promote \`${manual.name}\` automatically (failover=auto)`, `\`${manual.name}\` 자동 승격(failover=auto)`), [setAttr(design, manual, 'failover', 'auto')], true)] : [];
  },
};
