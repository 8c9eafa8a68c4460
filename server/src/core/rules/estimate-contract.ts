/** The estimator's types, as the goal rules see them (defined in ../estimate.ts). */
export type { Estimate, LossImpact } from '../estimate';
