import type { Design, Finding, Localized, Severity } from '../syntax/ast';
import type { Estimate } from './estimate-contract';
import type { Facts } from './facts';

/** What a rule sees: the design, shared facts and (lazily) the design's estimate. */
export interface RuleContext {
  design: Design;
  facts: Facts;
  /** The failure estimate, computed on first use; null when no estimator is available. */
  estimate(): Estimate | null;
}

/** One HA rule: a stable id, its default severity, and the check. */
export interface Rule {
  id: string;
  severity: Severity;
  title: Localized;
  check(ctx: RuleContext): Finding[];
}
