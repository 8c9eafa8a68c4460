/**
 * Whether an estimate meets the design's goal — one comparison, used by the goal
 * rules (rto-not-met, rpo-not-met, availability-not-met) and by a simulation's
 * goal report, so the two never disagree at the boundary.
 */

/** Slack for the availability comparison: the estimate is a product of fractions (99.9/100 is not exactly 0.999). */
export const AVAILABILITY_EPS = 1e-12;

/** RTO: every entry is fully served again within the goal (null = not within the horizon: missed). */
export function rtoMet(estimate: number | null, goal: number): boolean {
  return estimate !== null && estimate <= goal;
}

/** RPO: no more seconds of acknowledged writes lost than the goal allows. */
export function rpoMet(estimate: number, goal: number): boolean {
  return estimate <= goal;
}

/** Availability: the estimate (a fraction) reaches the goal (a percentage). */
export function availabilityMet(fraction: number, goalPercent: number): boolean {
  return fraction >= goalPercent / 100 - AVAILABILITY_EPS;
}
