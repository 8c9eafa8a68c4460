import { estimate as estimateDesign } from '../analysis/estimate';
import { LIMITS } from '../syntax/limits';
import type { Design, Finding } from '../syntax/ast';
import { RULES, type HaRuleId } from '../syntax/codes';
import { availabilityNotMet } from './availability-not-met';
import { danglingLoadBalancer } from './dangling-load-balancer';
import { dnsNoHealthCheck } from './dns-no-health-check';
import { dnsFailback } from './dns-failback';
import { loneProducer } from './lone-producer';
import { unconnectedNode } from './unconnected-node';
import { queueNoConsumer } from './queue-no-consumer';
import { l4Routes } from './l4-routes';
import { loneConsumer } from './lone-consumer';
import type { Estimate } from './estimate-contract';
import { computeFacts } from './facts';
import { manualFailover } from './manual-failover';
import { missingReplica } from './missing-replica';
import { multiPrimaryAutoIncrement } from './multi-primary-auto-increment';
import { multiPrimaryConflict } from './multi-primary-conflict';
import { noHealthCheck } from './no-health-check';
import { raidNoRedundancy } from './raid-no-redundancy';
import { raidRebuildRisk } from './raid-rebuild-risk';
import { rpoNotMet } from './rpo-not-met';
import type { Fix } from './fixes';
import type { Rule, RuleContext } from './rule';
import { rtoNotMet } from './rto-not-met';
import { scenarioNotMet } from './scenario-not-met';
import { singlePointOfFailure } from './single-point-of-failure';
import { singleZone } from './single-zone';
import { statefulBalancing } from './stateful-balancing';
import { overCapacity } from './over-capacity';
import { connectionExhaustion } from './connection-exhaustion';
import { cacheLossOverload } from './cache-loss-overload';
import { nPlusOne } from './n-plus-one';
import { noBackup } from './no-backup';
import { noMonitoring } from './no-monitoring';
import { renamedAttribute } from './renamed-attribute';
import { redisSyncReplication } from './redis-sync-replication';
import { redisNoReplica } from './redis-no-replica';
import { redisClusterNoReplica } from './redis-cluster-no-replica';
import { sentinelFragile } from './sentinel-fragile';
import { quorumFragile } from './quorum-fragile';
import { splitBrainRisk } from './split-brain-risk';
import { contradiction } from './contradiction';
import { unknownEngine } from './unknown-engine';
import { unbalancedInstances } from './unbalanced-instances';

export type { Rule, RuleContext } from './rule';
export type { Fix } from './fixes';
export { CODES, RULES, RULE_IDS, codeInfo, isRuleId, type CodeInfo, type CodeKind, type HaRuleId, type RuleId } from '../syntax/codes';

/** Each HA code's check and fixes: the table's every rule id has exactly one (the compiler holds them together). */
const BY_ID: { [K in HaRuleId]: Rule<K> } = {
  'single-point-of-failure': singlePointOfFailure,
  'missing-replica': missingReplica,
  'stateful-balancing': statefulBalancing,
  'no-health-check': noHealthCheck,
  'unbalanced-instances': unbalancedInstances,
  'single-zone': singleZone,
  'manual-failover': manualFailover,
  'rto-not-met': rtoNotMet,
  'rpo-not-met': rpoNotMet,
  'scenario-not-met': scenarioNotMet,
  'availability-not-met': availabilityNotMet,
  'raid-no-redundancy': raidNoRedundancy,
  'raid-rebuild-risk': raidRebuildRisk,
  'multi-primary-auto-increment': multiPrimaryAutoIncrement,
  'multi-primary-conflict': multiPrimaryConflict,
  'dangling-load-balancer': danglingLoadBalancer,
  'over-capacity': overCapacity,
  'connection-exhaustion': connectionExhaustion,
  'n-plus-one': nPlusOne,
  'cache-loss-overload': cacheLossOverload,
  'no-backup': noBackup,
  'no-monitoring': noMonitoring,
  'renamed-attribute': renamedAttribute,
  'l4-routes': l4Routes,
  'lone-consumer': loneConsumer,
  'dns-no-health-check': dnsNoHealthCheck,
  'dns-failback': dnsFailback,
  'lone-producer': loneProducer,
  'unconnected-node': unconnectedNode,
  'queue-no-consumer': queueNoConsumer,
  'redis-sync-replication': redisSyncReplication,
  'unknown-engine': unknownEngine,
  'redis-no-replica': redisNoReplica,
  'redis-cluster-no-replica': redisClusterNoReplica,
  'sentinel-fragile': sentinelFragile,
  'quorum-fragile': quorumFragile,
  'split-brain-risk': splitBrainRisk,
  contradiction,
};

/** The rules in the order the table lists them (findings are sorted by position afterwards). */
const ALL: Rule[] = RULES.map((r) => BY_ID[r.id]);

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
  const steps = checkDesignSteps(design, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * checkDesign in steps: it yields after each rule, so that an editor analysing a
 * large design answers its other requests between rules (a step is one rule).
 */
export function* checkDesignSteps(design: Design, options: CheckOptions = {}): Generator<void, Finding[], void> {
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
  for (const rule of ALL) {
    out.push(...rule.check(ctx));
    yield;
  }
  return out.sort((a, b) => a.span.line - b.span.line || a.span.start - b.span.start);
}

/** Quick fixes for one finding of `design`, from the rule that raised it (none for other codes). */
export function fixesFor(design: Design, finding: Finding): Fix[] {
  const rule = (BY_ID as Partial<Record<string, Rule>>)[finding.rule];
  return rule?.fixes ? rule.fixes(design, computeFacts(design), finding) : [];
}

