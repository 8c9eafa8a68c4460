/** The estimator's types, as the goal rules see them (defined in ../analysis/estimate.ts). */
export type { Estimate, LossImpact } from '../analysis/estimate';
