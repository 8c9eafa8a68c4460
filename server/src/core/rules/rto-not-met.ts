import { rtoMet } from '../analysis/simulation/goal';
import { buildModel } from '../model/request-graph';
import { judgedLoss, type Estimate, type LossImpact } from '../analysis/estimate';
import type { Localized } from '../syntax/ast';
import { formatDuration } from '../syntax/values';
import { failoverMode, koDuration, L } from './facts';
import { downList, goalFinding, lossName, rtoAdvice, seconds } from './goal-common';
import { placeWitnessCause, rtoCause } from './advice';
import { timingsOf } from '../model/profiles';
import type { Rule } from './rule';
import type { Facts } from './facts';
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
    const H = buildModel(design).horizon;
    const got = seconds(est.rto, H, goal.rto);
    if (!worst) {
      return [goalFinding(design, 'rto-not-met', L(`The goal allows ${want} of outage (rto), but the estimate needs ${got.en} to recover.`, `목표 RTO는 ${wantKo}인데 추정 복구 시간은 ${got.ko}입니다.`), { goal: goal.rto, estimate: est.rto })];
    }
    const what = lossName(worst.target);
    const down = downList(worst, goal.rto);
    const fix = rtoCause(facts, est, worst, goal.rto) ?? rtoAdvice(facts, worst);
    const also = othersMissing(facts, est, worst, goal.rto, H, fix);
    return [
      goalFinding(
        design,
        'rto-not-met',
        L(
          `The goal allows ${want} of outage (rto=${want}), but losing ${what.en} ${est.rto === null ? `leaves the service not fully served until the end of the simulated ${formatDuration(H)}${down.en}` : worst.stall ? `keeps requests waiting for ${got.en}${down.en}` : `keeps the service from being fully served for ${got.en}${down.en}`}. ${fix.en}${also.en}`,
          est.rto === null
            ? `목표 RTO는 ${wantKo}인데, ${what.ko} 장애 시 시뮬레이션 기간(${koDuration(H)}) 안에 서비스가 완전히 복구되지 않습니다${down.ko}. ${fix.ko}${also.ko}`
            : worst.stall
              ? `목표 RTO는 ${wantKo}인데, ${what.ko} 장애 시 요청이 ${got.ko} 동안 멈춥니다${down.ko}. ${fix.ko}${also.ko}`
              : `목표 RTO는 ${wantKo}인데, ${what.ko} 장애 시 서비스가 완전히 복구되기까지 ${got.ko} 걸립니다${down.ko}. ${fix.ko}${also.ko}`,
        ),
        { goal: goal.rto, estimate: est.rto, worst: worst.target },
      ),
    ];
  },  /** When the worst loss is a node whose standby waits for an operator: automatic promotion. */
  fixes(design, facts, finding) {
    // (Not an Azure SQL geo-secondary: its automatic failover is the Microsoft-managed policy's hour of grace — round 78 r04.)
    const manual = worstLossStandbys(facts, finding).find((s) => failoverMode(s, facts.design) === 'manual' && timingsOf(s).profile.id !== 'azure-sql');
    return manual ? [fix(L(`Promote \`${manual.name}\` automatically (failover=auto)`, `\`${manual.name}\` 자동 승격(failover=auto)`), [setAttr(design, manual, 'failover', 'auto')], true)] : [];
  },
};

/**
 * The other losses the goal is judged on that miss it too, worst first (up to three named): the
 * finding names the worst one's cause, and fixing it alone would leave these.
 */
function othersMissing(facts: Facts, est: Estimate, worst: LossImpact, goal: number, H: number, said: Localized): Localized {
  const design = facts.design;
  const others = est.losses
    .filter((l) => l !== worst && judgedLoss(design, l) && !rtoMet(l.rto, goal))
    .sort((a, b) => (b.rto ?? Infinity) - (a.rto ?? Infinity));
  if (!others.length) return L('', '');
  const shown = others.slice(0, 3);
  const more = others.length - shown.length;
  const item = (l: LossImpact, ko: boolean): string =>
    ko ? `${lossName(l.target).ko}(${l.rto === null ? `시뮬레이션 ${koDuration(H)} 동안 복구되지 않음` : koDuration(l.rto)})` : `${lossName(l.target).en} (${l.rto === null ? `not within the run's ${formatDuration(H)}` : formatDuration(l.rto)})`;
  const en = shown.map((l) => item(l, false));
  const ko = shown.map((l) => item(l, true));
  const enList = more ? `${en.join(', ')} and ${more} more` : en.length === 1 ? en[0]! : `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}`;
  const koList = more ? `${ko.join(', ')} 외 ${more}개` : ko.join(', ');
  // A place whose loss takes a failover's witness with its primary is a defect of its own, whichever loss is the worst:
  // said for the first such place (round 112b r06 — named only once the capacity cause before it was fixed).
  // (Each loss's own cause found once: both searches below read it.)
  const causes = new Map<LossImpact, Localized | null>();
  const causeOf = (l: LossImpact): Localized | null => {
    if (!causes.has(l)) causes.set(l, rtoCause(facts, est, l, goal));
    return causes.get(l)!;
  };
  for (const l of others) {
    if (l.target.type === 'node') continue;
    const w = placeWitnessCause(facts, l.target);
    if (!w || said.en.includes(w.en)) continue;
    // (Only where it is that loss's own first cause: a place that also takes every tier the requests pass keeps the service
    // down whatever the witness does — round 114b r04 advised moving the witness for a region with no tier outside it.)
    if (!causeOf(l)?.en.includes(w.en)) continue;
    return L(` Losing ${enList} also misses the goal. For ${lossName(l.target).en}: ${w.en}`, ` ${koList} 장애도 목표 RTO를 넘깁니다. ${lossName(l.target).ko} 장애의 ${w.ko}`);
  }
  // A region whose users are moved to a recovery site that still needs what ran only in the lost region: that site can
  // never serve — a defect of its own, said whichever loss is the worst (round 117c r03 hid it behind a zone's quorum).
  for (const l of others) {
    if (l.target.type !== 'region') continue;
    const c = causeOf(l);
    if (!c || !/moves the users out of/.test(c.en) || said.en.includes(c.en)) continue;
    return L(` Losing ${enList} also misses the goal. For ${lossName(l.target).en}: ${c.en.replace(/^Cause: /, '')}`, ` ${koList} 장애도 목표 RTO를 넘깁니다. ${lossName(l.target).ko} 장애의 ${c.ko}`);
  }
  return L(` Losing ${enList} also misses the goal.`, ` ${koList} 장애도 목표 RTO를 넘깁니다.`);
}
