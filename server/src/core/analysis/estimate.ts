/**
 * The design's estimate: availability from the request graph, and RTO / RPO
 * from the single-loss sweep run through the simulator — so the estimate and
 * a simulation of the same loss agree by construction.
 *
 * Which losses the goal's rto / rpo are judged on:
 * - every single node loss (one instance of a node with 2+ instances, the
 *   whole node otherwise; a managed service is lost whole and fails over in
 *   its profile's time); a loss nothing takes over lasts until the lost node
 *   is repaired (its `repair=` or profile default), if that lands in the run;
 * - every zone loss;
 * - region losses only when the design places instances in 2 or more
 *   regions. A single-region design cannot survive the loss of its region, and
 *   flagging every single-region design would drown the user in findings; the
 *   region losses are still listed in `losses`.
 *
 * `spofs`: nodes of a known kind (not clients, monitors or managed) whose loss leaves an entry, or one
 * request class of an entry (a route), fully down with no recovery within the horizon (see docs/simulation.md). The
 * single-point-of-failure rule finds the same set statically on the same model
 * (spof.ts); test/unit/agreement.test.ts holds the two together.
 */
import { buildModel, canBeSpof } from '../model/request-graph';
import { prepareSweep, repairedRun, sweepRun, sweepTargets, wantsRepairedRun } from './simulation/sweep';
import { twinsOf } from './simulation/twins';
import { designAvailability } from './simulation/simulate';
import type { Design } from '../syntax/ast';
import type { Stall } from './simulation/types';
import { settingStall } from './simulation/goal';
import { drain } from '../shared/drain';

export interface LossImpact {
  target: { type: 'node'; node: string } | { type: 'zone'; zone: string } | { type: 'region'; region: string };
  /** Seconds until every entry is fully served again; null = does not recover within the horizon. */
  rto: number | null;
  /** Seconds of acknowledged writes lost. */
  rpo: number;
  /** Entries fully down at some point. */
  downEntries: string[];
  /** For each of downEntries: seconds until it is fully served again, null = not within the horizon. */
  downRecovery: (number | null)[];
  /** For each of downEntries: seconds until some of its requests succeed again (the end of its full outage), null = never within the horizon. */
  downUntil?: (number | null)[];
  /** The run's longest stall (requests waiting, not failing) when it is what sets `rto`: the service is not back to normal until it ends. */
  stall?: Stall;
}

export interface Estimate {
  /** Fraction (0..1), from per-instance availabilities and the graph. Clients count in none. */
  availability: number;
  /** Worst over the losses the goal is judged on; null = some loss never recovers. */
  rto: number | null;
  rpo: number;
  /** Every node (non-client), zone and region. */
  losses: LossImpact[];
  spofs: string[];
  worstRto?: LossImpact;
  worstRpo?: LossImpact;
}

const memo = new WeakMap<Design, Estimate>();

/** Whether the goal's rto/rpo are judged on this loss (see the comment at the top). */
export function judgedLoss(design: Design, loss: LossImpact): boolean {
  if (loss.target.type !== 'region') return true;
  return buildModel(design).regionsUsed.length >= 2;
}

/** The design's estimate if it has been made already (nothing is computed). */
export function estimated(design: Design): Estimate | undefined {
  return memo.get(design);
}

/** Gives `to`, a design that means exactly what `from` means, the estimate already made for `from`. */
export function carryEstimate(from: Design, to: Design): void {
  const hit = memo.get(from);
  if (hit) memo.set(to, hit);
}

/**
 * `twins: false` runs every loss, even those of a node that has a twin (twins.ts): the
 * reference the shared figures are tested against (test/unit/twins.test.ts); not memoized.
 */
export function estimate(design: Design, opts: { twins?: boolean } = {}): Estimate {
  return drain(estimateSteps(design, opts));
}

/**
 * The same estimate in steps: it pauses after each loss it runs, so the language
 * server can give the event loop a turn (hovers, newer edits) during a large
 * design's sweep instead of freezing for its whole length.
 */
export function* estimateSteps(design: Design, opts: { twins?: boolean } = {}): Generator<void, Estimate, void> {
  const share = opts.twins !== false;
  const hit = share ? memo.get(design) : undefined;
  if (hit) return hit;
  const losses: LossImpact[] = [];
  const spofs: string[] = [];
  const spofSet = new Set<string>();
  const model = buildModel(design);
  yield;
  // The runs' shared baseline, then the twins: each a step of its own on a large design.
  prepareSweep(design);
  yield;
  const twins = share ? twinsOf(design, model) : new Map<string, string>();
  yield;
  const byNode = new Map<string, LossImpact>();
  for (const target of sweepTargets(design)) {
    const t: LossImpact['target'] =
      target.type === 'node' ? { type: 'node', node: target.node } : target.type === 'zone' ? { type: 'zone', zone: target.zone } : { type: 'region', region: target.region };
    const twin = target.type === 'node' ? twins.get(target.node) : undefined;
    const same = twin !== undefined ? byNode.get(twin) : undefined;
    if (same && target.type === 'node') {
      // Losing a twin does what losing the node it twins does (its entries are the same).
      losses.push({ target: t, rto: same.rto, rpo: same.rpo, downEntries: same.downEntries.slice(), downRecovery: same.downRecovery.slice(), downUntil: same.downUntil?.slice(), ...(same.stall ? { stall: same.stall } : {}) });
      if (spofSet.has(twin!)) {
        spofs.push(target.node);
        spofSet.add(target.node);
      }
      continue;
    }
    // Request classes serve only to name a route's single point of failure: not asked of a zone, a region or a node that cannot be one.
    const spofCandidate = target.type === 'node' && canBeSpof(model.nodes[model.byName.get(target.node)!]!);
    const result = sweepRun(design, target, { classes: spofCandidate });
    yield;
    let rto: number | null = 0;
    for (const e of result.entries) {
      if (e.recoverySeconds === null) rto = null;
      else if (rto !== null) rto = Math.max(rto, e.recoverySeconds);
    }
    let recoveryOf = (entry: string): number | null => result.entries.find((e) => e.entry === entry)?.recoverySeconds ?? null;
    if (wantsRepairedRun(design, target, result.entries)) {
      // Nothing took over, or the service came back only after the node's own repair time: the entries come
      // back when the lost node is repaired (if within the run), or sooner if something else brings them back.
      const repaired = repairedRun(design, target);
      rto = 0;
      for (const e of repaired.entries) {
        if (e.recoverySeconds === null) rto = null;
        else if (rto !== null) rto = Math.max(rto, e.recoverySeconds);
      }
      recoveryOf = (entry) => repaired.entries.find((e) => e.entry === entry)?.recoverySeconds ?? null;
    }
    const downEntries = result.entries.filter((e) => e.points.some((p) => p.success <= 1e-9)).map((e) => e.entry);
    // Requests that waited instead of failing (a commit stall): the service is back to normal when they go on.
    const stall = settingStall(rto, result.stall);
    if (stall) rto = stall.seconds;
    const loss: LossImpact = { target: t, rto, rpo: result.writesLostSeconds, downEntries, downRecovery: downEntries.map(recoveryOf), downUntil: downEntries.map((name) => fullOutageEnd(result.entries.find((e) => e.entry === name)!.points)) };
    if (stall) loss.stall = stall;
    losses.push(loss);
    if (target.type === 'node') byNode.set(target.node, loss);
    if (spofCandidate && target.type === 'node') {
      // Down with nothing taking over: still down at the end, or back only through a repair or a restore from backup.
      const repaired = new Set(result.repairs);
      const stillDown = result.entries.some((e) => {
        const pts = e.points;
        if (e.recoverySeconds === null && pts[pts.length - 1]!.success <= 1e-9) return true;
        for (let k = 0; k + 1 < pts.length; k++) if (pts[k]!.success <= 1e-9 && repaired.has(pts[k + 1]!.at)) return true;
        return false;
      });
      // A route's requests all failing at the end is a single point of failure for that request class.
      const classDown = result.classes.some((c) => c.points.length > 0 && c.points[c.points.length - 1]!.success <= 1e-9);
      if (stillDown || classDown) {
        spofs.push(target.node);
        spofSet.add(target.node);
      }
    }
  }
  let rto: number | null = 0;
  let rpo = 0;
  let worstRto: LossImpact | undefined;
  let worstRpo: LossImpact | undefined;
  for (const l of losses) {
    if (!judgedLoss(design, l)) continue;
    // On a tie, a zone's or region's loss is named rather than a node's: its fix covers the node's too.
    const placeTie = rto !== null && rto > 0 && l.rto === rto && worstRto?.target.type === 'node' && l.target.type !== 'node';
    if (rto !== null && (l.rto === null || l.rto > rto || placeTie)) {
      rto = l.rto;
      worstRto = l;
    }
    if (l.rpo > rpo) {
      rpo = l.rpo;
      worstRpo = l;
    }
  }
  const est: Estimate = { availability: designAvailability(design), rto, rpo, losses, spofs };
  if (worstRto) est.worstRto = worstRto;
  if (worstRpo) est.worstRpo = worstRpo;
  if (share) memo.set(design, est);
  return est;
}

/** When an entry's last full outage ends (some requests succeed again), or null when it lasts to the end of the run. */
function fullOutageEnd(points: readonly { at: number; success: number }[]): number | null {
  let end: number | null = null;
  let down = false;
  for (const p of points) {
    if (p.success <= 1e-9) {
      down = true;
      end = null;
    } else if (down && end === null) end = p.at;
  }
  return down ? end : null;
}
