/**
 * Whether an estimate meets the design's goal — one comparison, used by the goal
 * rules (rto-not-met, rpo-not-met, availability-not-met) and by a simulation's
 * goal report, so the two never disagree at the boundary.
 */

import type { Stall } from './types';

/**
 * The stall that sets a loss's recovery time: its requests waited longer than the entries took to be fully served
 * again (types.ts Stall), so the service is back to normal only when it ends. Null when it does not, or when the loss
 * is not recovered at all (null stays null). The run's goal, the estimate and the CLI's sweep table all ask this.
 */
export function settingStall(recovery: number | null, stall: Stall | null | undefined): Stall | null {
  return stall && recovery !== null && stall.seconds > recovery ? stall : null;
}

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

/**
 * The share of the goal's downtime budget by which an estimate may exceed it and
 * still count as met. The estimate multiplies per-instance availabilities that are
 * known to three figures at best (a generic 99.9%, a provider's 99.99% SLA); a miss
 * of less than 0.1% of the budget (about 3 s a year at 99.99%) is below that
 * precision. A design whose entry is a service with an SLA equal to the goal, and
 * nothing else that costs a few seconds a year, meets it.
 */
export const AVAILABILITY_BUDGET_SLACK = 0.001;

/** Availability: the estimate (a fraction) reaches the goal (a percentage), within the slack above. */
export function availabilityMet(fraction: number, goalPercent: number): boolean {
  const budget = 1 - goalPercent / 100;
  return 1 - fraction <= budget * (1 + AVAILABILITY_BUDGET_SLACK) + AVAILABILITY_EPS;
}
