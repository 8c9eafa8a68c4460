/**
 * The single-loss sweep: every non-client node, zone and region failed alone at
 * 0s. A node with 2+ instances loses its first instance (a single failure); a
 * node with one instance, or a managed service, is lost whole (a managed voting
 * group, such as Spanner, and provider-run compute written with its instances
 * lose one instance as a self-run node does; a managed service then fails over
 * in its profile's time). Repairs are not scheduled:
 * a loss that nothing takes over stays down (the single point of failure),
 * and the estimate asks for its repair time separately.
 *
 * Runs share one baseline and evaluate only what each loss can reach, so a
 * sweep costs about the sum of the affected parts, not nodes × graph.
 */
import type { Design } from '../../syntax/ast';
import { Engine, placedIn, SweepContext, type RunOptions, type RunResult } from './engine';
import { buildModel, HORIZON_MARGIN, managedComputeInstances, type Model, type SimNode } from '../../model/request-graph';
import { isDataTier } from '../../model/groups';
import type { EntrySeries, SimStep, SimTarget } from './types';

export interface SweepRun {
  target: SimTarget;
  run: RunResult;
}

const ctxMemo = new WeakMap<Model, SweepContext>();

function context(m: Model): SweepContext {
  let c = ctxMemo.get(m);
  if (!c) {
    c = new SweepContext(m);
    ctxMemo.set(m, c);
  }
  return c;
}

/**
 * The load on every node with nothing failed, from the sweep's shared baseline when it
 * has been built and is clean (the same computation), else null.
 */
export function sweepBaselineLoads(m: Model): Float64Array | null {
  const c = ctxMemo.get(m);
  return c && c.clean ? c.base.phys : null;
}

/** Builds the runs' shared baseline now (the first run would otherwise). */
export function prepareSweep(design: Design): void {
  context(buildModel(design));
}

export function sweepTargets(design: Design): SimTarget[] {
  const m = buildModel(design);
  const out: SimTarget[] = [];
  // A provider-run group of instances loses one of them (a voting or sharded group, compute, and the data nodes of a search
  // domain with dedicated masters, which is no voting group of its own); any other managed node is lost whole.
  // (A replica set that elects its own primary — a managed MongoDB, Atlas — too: its election, not a generic failover;
  // round 85b r01.)
  // (A provider-run broker cluster too — Amazon MSK, Confluent Cloud: its brokers fail one by one and the provider replaces
  // them; round 99c r03 lost both brokers of an MSK cluster at once and advised the replicas it has.)
  const oneOf = (s: SimNode): boolean => s.group?.type === 'majority' || s.group?.type === 'cluster' || s.group?.type === 'leader' || managedComputeInstances(s) || isDataTier(design, s.node) || (s.kind === 'queue' && s.selfDetect !== null);
  for (const s of m.nodes) if (!s.client) out.push({ type: 'node', node: s.name, instance: s.instances >= 2 && (!s.managed || oneOf(s)) ? 1 : null });
  for (const z of design.zones.keys()) out.push({ type: 'zone', zone: z });
  for (const r of design.regions.keys()) out.push({ type: 'region', region: r });
  return out;
}

/**
 * Runs every single loss. `run.entries` holds only the entries a loss can affect (see run.entryIndex).
 * `dense` runs every loss over the whole graph instead: the reference the sparse runs are
 * tested against (test/unit/sparse-sweep.test.ts), never used by an analysis.
 */
export function sweepRuns(design: Design, opts: { dense?: boolean } = {}): SweepRun[] {
  return [...eachSweepRun(design, opts)];
}

/**
 * The single losses one at a time: a reader that keeps only what it needs of each
 * run (the estimate) lets the others go at once instead of holding every run's
 * series until the sweep ends (on a 3,000-node design, tens of megabytes that the
 * collector would copy again and again).
 */
export function* eachSweepRun(design: Design, opts: { dense?: boolean } = {}): Generator<SweepRun> {
  for (const target of sweepTargets(design)) yield { target, run: sweepRun(design, target, opts) };
}

/** One single loss of the sweep (see the top): sparse when the baseline allows it. */
export function sweepRun(design: Design, target: SimTarget, opts: { dense?: boolean; classes?: boolean } = {}): RunResult {
  const m = buildModel(design);
  const ctx = context(m);
  const steps = [{ type: 'fail' as const, target, at: 0 }];
  const opt = { horizon: placeHorizon(m, target), sweep: true, repair: false, classes: opts.classes !== false };
  if (!ctx.clean || opts.dense) return new Engine(m, opt).run(steps);
  let hit: number[];
  if (target.type === 'node') {
    const s = m.nodes[m.byName.get(target.node)!]!;
    hit = s.ignored ? [] : [s.idx];
  } else hit = m.nodes.filter((s) => !s.client && !s.ignored && placedIn(s, target)).map((s) => s.idx);
  return sparseRun(m, ctx, opt, steps, hit);
}

/**
 * The horizon of a place's loss: long enough to show a copy outside it promoted by a person (`promote=2h`, noticed first),
 * as the single run does — a place is not repaired within the run, so that promotion is the recovery (round 110 r06: the
 * sweep said "never" and 0 s lost where the run recovered at 2 h 1 m with 1 h lost).
 */
function placeHorizon(m: Model, target: SimTarget): number {
  let h = m.horizon;
  if (target.type === 'node') return h;
  for (const s of m.nodes) {
    if (s.client || s.ignored || !placedIn(s, target)) continue;
    for (const t of s.takeovers) if (t.manual && !placedIn(m.nodes[t.by]!, target) && Number.isFinite(t.detect + t.promote)) h = Math.max(h, t.detect + t.promote + HORIZON_MARGIN);
  }
  return h;
}

/** A run over what losing `hit` can reach, from the shared baseline; a narrow guess that did not hold is run again over the whole scope. */
function sparseRun(m: Model, ctx: SweepContext, opt: RunOptions, steps: SimStep[], hit: number[]): RunResult {
  const e = new Engine(m, opt, ctx, ctx.scope(hit));
  const run = e.run(steps);
  return e.escaped ? new Engine(m, opt, ctx, ctx.scope(hit, true)).run(steps) : run;
}

/**
 * Whether a single loss must be run again with its repair scheduled: nothing
 * took over (an entry never recovered), or the entries came back only after the
 * lost node's own repair time (an autoscaling group that replaces the instance
 * before it scales out, say), so the repair is what really ends the outage.
 */
export function wantsRepairedRun(design: Design, target: SimTarget, entries: readonly EntrySeries[]): boolean {
  if (target.type !== 'node') return false;
  let worst = 0;
  for (const e of entries) {
    if (e.recoverySeconds === null) return true;
    worst = Math.max(worst, e.recoverySeconds);
  }
  if (worst <= 0) return false;
  const m = buildModel(design);
  const i = m.byName.get(target.node);
  if (i === undefined) return false;
  const s = m.nodes[i]!;
  return !s.managed && s.restoreBy === 'repair' && worst > s.restore;
}

/** One single loss run again with repairs scheduled (the estimate's recovery of a loss nothing takes over). */
export function repairedRun(design: Design, target: SimTarget): RunResult {
  const m = buildModel(design);
  const ctx = context(m);
  const steps = [{ type: 'fail' as const, target, at: 0 }];
  const opt = { horizon: m.horizon, sweep: true, repair: true };
  if (!ctx.clean || target.type !== 'node') return new Engine(m, opt).run(steps);
  const s = m.nodes[m.byName.get(target.node)!]!;
  return sparseRun(m, ctx, opt, steps, s.ignored ? [] : [s.idx]);
}

/** Every entry's series for a sweep run: the unaffected ones stay at their baseline. */
export function fullEntries(design: Design, run: RunResult): EntrySeries[] {
  const m = buildModel(design);
  if (run.entryIndex.length === m.entries.length) return run.entries;
  const ctx = context(m);
  const byK = new Map<number, EntrySeries>();
  run.entryIndex.forEach((k, j) => byK.set(k, run.entries[j]!));
  return m.entries.map(
    (e, k) =>
      byK.get(k) ?? { entry: m.nodes[e]!.name, points: [{ at: 0, success: ctx.baseEntry[k]! }], downSeconds: 0, degradedSeconds: 0, recoverySeconds: 0 },
  );
}
