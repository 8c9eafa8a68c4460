/**
 * The design at rest, with loads (failure-model §6): the simulator run with no
 * step until autoscaling has settled. Shared by the availability estimate
 * (requests dropped with nothing failed count against it) and the capacity
 * rules (over-capacity, cache-loss-overload). Memoised per model; null when
 * no client gives a `rate`, or no node states a `capacity` or a connection
 * limit (then every request is served).
 */
import { DEFAULTS } from '../model/defaults';
import type { Model } from '../model/request-graph';
import { maxConnectionsOf } from '../model/capacity';
import { Engine } from './simulation/engine';

export interface SteadyState {
  /** Per entry (model.entries order): the share of its requests served. */
  served: number[];
  /** Per node: requests per second offered to it, its live instances, and the share it serves. */
  load: Float64Array;
  live: Int32Array;
  cf: Float64Array;
}

const memo = new WeakMap<Model, SteadyState | null>();

/**
 * Each node's load at rest: what reaches it, less the messages a queue's consumer pulls — those wait in the queue when it
 * falls behind, they overload nothing (the rules judge a consumer's own capacity against its queue; what it calls
 * carries the load of what it processes).
 */
function requestLoad(a: { phys: Float64Array; pulled: Float64Array }): Float64Array {
  const out = a.phys.slice();
  for (let i = 0; i < out.length; i++) if (a.pulled[i]! > 0) out[i] = Math.max(0, out[i]! - a.pulled[i]!);
  return out;
}

export function steadyState(m: Model): SteadyState | null {
  if (memo.has(m)) return memo.get(m)!;
  let out: SteadyState | null = null;
  // Requests are dropped with nothing failed only past a capacity or a connection limit: without either, nothing to run.
  if (m.hasRate && m.nodes.some((s) => s.capacity !== null || maxConnectionsOf(s.node) !== null)) {
    // The state before any step; a full run only when autoscaling has something to do.
    const base = new Engine(m, { horizon: DEFAULTS.horizon, sweep: false });
    base.settleBaseline();
    const a = base.arrays;
    const scales = m.nodes.some((s) => s.autoscale !== null && a.cf[s.idx]! < 1 - 1e-9 && a.live[s.idx]! > 0 && a.live[s.idx]! < s.autoscale.max);
    if (!scales) {
      out = { served: base.lastValues().map((v) => Math.max(0, Math.min(1, v))), load: requestLoad(a), live: a.live.slice(), cf: a.cf.slice() };
    } else {
      const e = new Engine(m, { horizon: DEFAULTS.horizon, sweep: false });
      const r = e.run([]);
      out = {
        served: r.entries.map((x) => Math.max(0, Math.min(1, x.points[x.points.length - 1]!.success))),
        load: requestLoad(e.arrays),
        live: e.arrays.live.slice(),
        cf: e.arrays.cf.slice(),
      };
    }
  }
  memo.set(m, out);
  return out;
}
