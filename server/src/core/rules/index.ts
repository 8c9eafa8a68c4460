import { estimate as estimateDesign } from '../analysis/estimate';
import { LIMITS } from '../syntax/limits';
import type { Design, Finding, Localized, Severity } from '../syntax/ast';
import { availabilityNotMet } from './availability-not-met';
import { danglingLoadBalancer } from './dangling-load-balancer';
import type { Estimate } from './estimate-contract';
import { computeFacts } from './facts';
import { manualFailover } from './manual-failover';
import { missingReplica } from './missing-replica';
import { multiPrimaryAutoIncrement } from './multi-primary-auto-increment';
import { noHealthCheck } from './no-health-check';
import { raidNoRedundancy } from './raid-no-redundancy';
import { rpoNotMet } from './rpo-not-met';
import type { Rule, RuleContext } from './rule';
import { rtoNotMet } from './rto-not-met';
import { singlePointOfFailure } from './single-point-of-failure';
import { singleZone } from './single-zone';
import { statefulBalancing } from './stateful-balancing';

export type { Rule, RuleContext } from './rule';
export { fixesFor, type Fix } from './fixes';

const ALL: Rule[] = [
  singlePointOfFailure,
  missingReplica,
  statefulBalancing,
  noHealthCheck,
  singleZone,
  manualFailover,
  rtoNotMet,
  rpoNotMet,
  availabilityNotMet,
  raidNoRedundancy,
  multiPrimaryAutoIncrement,
  danglingLoadBalancer,
];

/** The HA rules: stable ids, default severities and titles (for settings validation and docs links). */
export const RULES: { id: string; severity: Severity; title: Localized }[] = ALL.map((r) => ({ id: r.id, severity: r.severity, title: r.title }));

export interface CheckOptions {
  /** The estimator the goal rules judge against (default: the design estimate); for tests and tools. */
  estimate?: (design: Design) => Estimate;
}

/**
 * Runs the HA design rules on a parsed design and returns their findings with
 * default severities, ordered by position. Syntax and reference findings stay
 * in design.findings; suppressions and severity overrides are the caller's.
 */
export function checkDesign(design: Design, options: CheckOptions = {}): Finding[] {
  if (design.nodes.size > LIMITS.nodesPerDesign) return [];
  const facts = computeFacts(design);
  let est: Estimate | null | undefined;
  const ctx: RuleContext = {
    design,
    facts,
    estimate: () => {
      if (est === undefined) {
        try {
          est = (options.estimate ?? estimateDesign)(design);
        } catch {
          est = null;
        }
      }
      return est;
    },
  };
  const out: Finding[] = [];
  for (const rule of ALL) out.push(...rule.check(ctx));
  return out.sort((a, b) => a.span.line - b.span.line || a.span.start - b.span.start);
}
