/**
 * When a failure is noticed (failure-model §7): a monitor that watches the
 * node (or one of its copies, or the node it copies, or a node that calls it:
 * a check of a site's URL fails when what the site needs fails) notices after its
 * `interval` (DEFAULTS.monitorInterval when unset); with no monitor, after
 * DEFAULTS.unnoticed (generic: until users report it). A manual promotion
 * starts then. Pure; imports nothing of the model so the model can use it.
 */
import { DEFAULTS } from './defaults';
import type { Design, TopologyNode } from '../syntax/ast';
import { namesAttr, sessionStoreOf } from '../syntax/attrs';

function seconds(n: TopologyNode, key: string): number | null {
  const v = n.attrs.get(key)?.value;
  return v && v.type === 'duration' ? v.seconds : null;
}

/** The names each monitor watches, with its detection time (leaving out the monitors in `down`). */
export function watchers(design: Design, down?: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of design.nodes.values()) {
    if (n.kind !== 'monitor' || down?.has(n.name)) continue;
    const every = seconds(n, 'interval') ?? DEFAULTS.monitorInterval;
    for (const w of namesAttr(n, 'watches')) out.set(w, Math.min(out.get(w) ?? Infinity, every));
  }
  return out;
}

const tables = new WeakMap<Design, Map<string, number>>();
const ownTables = new WeakMap<Design, Map<string, number>>();

/**
 * Per node name: seconds until a monitor notices its failure (it, one of its copies or the node it copies is watched).
 * `ownOnly`: not through the node it copies — a stopped standby that stands in for nothing fails no request the source's
 * monitor sees (what a person's rebuild of it waits for; round 53 r03).
 */
function noticeTable(design: Design, ownOnly = false, down?: ReadonlySet<string>): Map<string, number> {
  const cache = ownOnly ? ownTables : tables;
  let t = down ? undefined : cache.get(design);
  if (t) return t;
  const watch = watchers(design, down);
  t = new Map(watch);
  const better = (name: string, d: number | undefined): void => {
    if (d !== undefined && d < (t!.get(name) ?? Infinity)) t!.set(name, d);
  };
  // A check of a node's service (an uptime check of the site's URL) fails when anything that node needs fails its
  // requests: the nodes it calls, down the request edges, are noticed after that check's interval too.
  if (watch.size) {
    const callees = new Map<string, string[]>();
    for (const e of design.edges) {
      const l = callees.get(e.from);
      if (l) l.push(e.to);
      else callees.set(e.from, [e.to]);
    }
    // A server's session store (`sessions=NODE`) is needed by every request as if it were called (round 109b r05: a check of
    // the monitored application fails when the store does — it was "noticed when users report it").
    for (const n of design.nodes.values()) {
      const store = sessionStoreOf(design, n);
      if (store === null) continue;
      const l = callees.get(n.name);
      if (l) l.push(store);
      else callees.set(n.name, [store]);
    }
    for (const [w, d] of [...watch].sort((a, b) => a[1] - b[1])) {
      const stack = [w];
      const seen = new Set<string>(stack);
      while (stack.length) {
        const v = stack.pop()!;
        for (const c of callees.get(v) ?? []) {
          if (seen.has(c) || design.nodes.get(c)?.kind === 'client') continue;
          seen.add(c);
          if (d < (t.get(c) ?? Infinity)) t.set(c, d);
          stack.push(c);
        }
      }
    }
  }
  if (watch.size)
    for (const n of design.nodes.values()) {
      if (!n.of || n.of === n.name) continue;
      // The standby's monitor sees replication break; the source's monitor sees its copy go.
      better(n.of, watch.get(n.name));
      if (!ownOnly) better(n.name, watch.get(n.of));
    }
  if (!down) cache.set(design, t);
  return t;
}

const downTables = new WeakMap<Design, Map<string, Map<string, number>>>();
/**
 * As monitorDelay, with the monitors in `down` lost (a monitor failed on its own, or with its place): what the monitors
 * still up notice, or null when none of them watches it — users report it then (round 98c r05: a failover manager's lone
 * monitor, down, still "noticed" the primary's loss after its interval). `ownOnly` as ownMonitorDelay (a rebuild's notice).
 */
export function monitorDelayWithout(design: Design, name: string, down: ReadonlySet<string>, ownOnly = false): number | null {
  if (!down.size) return ownOnly ? ownMonitorDelay(design, name) : monitorDelay(design, name);
  const key = (ownOnly ? 'own\u0000' : '') + [...down].sort().join('\u0000');
  let byKey = downTables.get(design);
  if (!byKey) downTables.set(design, (byKey = new Map()));
  let t = byKey.get(key);
  if (!t) byKey.set(key, (t = noticeTable(design, ownOnly, down)));
  return t.get(name) ?? null;
}

/** Seconds until someone knows a node itself failed, for its rebuild: as monitorDelay, but not through the node it copies; null when nothing watches it. */
export function ownMonitorDelay(design: Design, name: string): number | null {
  return noticeTable(design, true).get(name) ?? null;
}

/** Seconds until a monitor notices a failure of `name`, or null when nothing watches it. */
export function monitorDelay(design: Design, name: string): number | null {
  return noticeTable(design).get(name) ?? null;
}

/** Seconds until someone knows `name` failed: the monitor's detection, or DEFAULTS.unnoticed with none. */
export function noticeDelay(design: Design, name: string): number {
  return monitorDelay(design, name) ?? DEFAULTS.unnoticed;
}
