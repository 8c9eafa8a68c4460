import type { Design, Finding } from '../syntax/ast';
import type { HaRuleId } from '../syntax/codes';
import type { Estimate } from './estimate-contract';
import type { Facts } from './facts';
import type { Fix } from './fixes';

/** What a rule sees: the design, shared facts and (lazily) the design's estimate. */
export interface RuleContext {
  design: Design;
  facts: Facts;
  /** The failure estimate, computed on first use; null when no estimator is available. */
  estimate(): Estimate | null;
}

/**
 * One HA rule: its code (severity, title and docs page are in codes.ts), the
 * check, and the quick fixes for its own findings.
 */
export interface Rule<Id extends HaRuleId = HaRuleId> {
  id: Id;
  check(ctx: RuleContext): Finding[];
  /** Quick fixes for one of this rule's findings on `design`; none when omitted. */
  fixes?(design: Design, facts: Facts, finding: Finding): Fix[];
}
