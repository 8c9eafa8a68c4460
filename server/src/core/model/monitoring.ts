/**
 * When a failure is noticed (failure-model §7): a monitor that watches the
 * node (or one of its copies, or the node it copies) notices after its
 * `interval` (DEFAULTS.monitorInterval when unset); with no monitor, after
 * DEFAULTS.unnoticed (generic: until users report it). A manual promotion
 * starts then. Pure; imports nothing of the model so the model can use it.
 */
import { DEFAULTS } from './defaults';
import type { Design, TopologyNode } from '../syntax/ast';

function seconds(n: TopologyNode, key: string): number | null {
  const v = n.attrs.get(key)?.value;
  return v && v.type === 'duration' ? v.seconds : null;
}

/** The names each monitor watches, with its detection time. */
export function watchers(design: Design): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of design.nodes.values()) {
    if (n.kind !== 'monitor') continue;
    const v = n.attrs.get('watches')?.value;
    const every = seconds(n, 'interval') ?? DEFAULTS.monitorInterval;
    const names = v && v.type === 'list' ? v.items.map((i) => i.text) : v && v.type === 'text' ? [v.value] : [];
    for (const w of names) out.set(w, Math.min(out.get(w) ?? Infinity, every));
  }
  return out;
}

const tables = new WeakMap<Design, Map<string, number>>();

/** Per node name: seconds until a monitor notices its failure (it, one of its copies or the node it copies is watched). */
function noticeTable(design: Design): Map<string, number> {
  let t = tables.get(design);
  if (t) return t;
  const watch = watchers(design);
  t = new Map(watch);
  const better = (name: string, d: number | undefined): void => {
    if (d !== undefined && d < (t!.get(name) ?? Infinity)) t!.set(name, d);
  };
  if (watch.size)
    for (const n of design.nodes.values()) {
      if (!n.of || n.of === n.name) continue;
      // The standby's monitor sees replication break; the source's monitor sees its copy go.
      better(n.of, watch.get(n.name));
      better(n.name, watch.get(n.of));
    }
  tables.set(design, t);
  return t;
}

/** Seconds until a monitor notices a failure of `name`, or null when nothing watches it. */
export function monitorDelay(design: Design, name: string): number | null {
  return noticeTable(design).get(name) ?? null;
}

/** Seconds until someone knows `name` failed: the monitor's detection, or DEFAULTS.unnoticed with none. */
export function noticeDelay(design: Design, name: string): number {
  return monitorDelay(design, name) ?? DEFAULTS.unnoticed;
}
