import { availabilityMet } from '../analysis/simulation/goal';
import { formatPercent } from '../syntax/values';
import { L, nameList } from './facts';
import { goalFinding } from './goal-common';
import type { Rule } from './rule';

/** 0.99812 → `99.81%`: enough digits to tell it from the goal. */
export function percentBelowGoal(fraction: number, goalPercent?: number): string {
  for (let d = 2; d <= 6; d++) {
    const s = formatPercent(fraction, d);
    if (goalPercent === undefined || Number(s.slice(0, -1)) < goalPercent) return s;
  }
  return formatPercent(fraction, 8);
}

export const availabilityNotMet: Rule<'availability-not-met'> = {
  id: 'availability-not-met',
  check({ design, estimate }) {
    const goal = design.goal;
    if (!goal || goal.availability === null) return [];
    const est = estimate();
    if (!est || availabilityMet(est.availability, goal.availability)) return [];
    const got = percentBelowGoal(est.availability, goal.availability);
    const want = `${goal.availability}%`;
    const yearMin = Math.round((1 - est.availability) * 365 * 24 * 60);
    const allowMin = Math.round((1 - goal.availability / 100) * 365 * 24 * 60);
    const spofs = est.spofs;
    const fix = spofs.length
      ? L(
          `Single points of failure cap it: ${nameList(spofs).en}. Give ${spofs.length > 1 ? 'them' : 'it'} a second instance or a standby with automatic failover.`,
          `단일 장애점이 가용성을 제한합니다: ${nameList(spofs).ko}. 인스턴스를 하나 더 두거나 자동 페일오버 대기 노드를 추가하세요.`,
        )
      : L('Add instances to the weakest tier, or spread it over more zones.', '가장 약한 계층의 인스턴스를 늘리거나 더 많은 가용 영역(AZ)에 나누어 두세요.');
    return [
      goalFinding(
        design,
        'availability-not-met',
        L(
          `The goal asks for ${want} availability (about ${allowMin} minutes of downtime a year), but this design is estimated at ${got} (about ${yearMin} minutes a year). ${fix.en}`,
          `목표 가용성은 ${want}(연간 약 ${allowMin}분 중단)인데 이 설계의 추정 가용성은 ${got}(연간 약 ${yearMin}분 중단)입니다. ${fix.ko}`,
        ),
        { goal: goal.availability, estimate: est.availability, spofs },
      ),
    ];
  },
};
