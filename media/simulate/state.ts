/**
 * What the diagram shows at a moment of the simulated timeline: which instances
 * are down and which standbys serve in their primary's place. Pure: it replays
 * the steps over the core's model (the same instances, zones and regions the
 * simulator uses) and reads promotions from the simulator's own events, so the
 * picture always agrees with the numbers.
 */
import { buildModel, type Design, formatDuration, type SimResult, type SimStep, type SimTarget } from '../../server/src/core';

export interface NodeState {
  /** Instances the steps have taken down at this moment. */
  down: number;
  instances: number;
  /** Instances down by a node step (`fail NODE` / `fail NODE#K`), which a `recover NODE` brings back. */
  downByNodeStep: number;
  /** A standby or second primary that serves in place of its fully-down primary. */
  serving: boolean;
}

export interface Snapshot {
  nodes: Map<string, NodeState>;
  zonesDown: Set<string>;
  regionsDown: Set<string>;
  /** Per-instance `nodeDown` flags, node name → instance (0-based) → down. */
  instanceDown: Map<string, boolean[]>;
}

/** Steps in the order the simulator runs them: by time, then as written; those at or after the horizon dropped. */
export function orderedSteps(steps: SimStep[], horizon: number): SimStep[] {
  return steps
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.at < horizon)
    .sort((a, b) => Math.max(0, a.s.at) - Math.max(0, b.s.at) || a.i - b.i)
    .map(({ s }) => s);
}

/** The state of every node at time `t` (steps at `t` included). */
export function snapshotAt(design: Design, steps: SimStep[], result: SimResult, t: number): Snapshot {
  const m = buildModel(design);
  const nodeDown = new Map<string, boolean[]>();
  const failedAt = new Map<string, number[]>();
  for (const s of m.nodes) {
    nodeDown.set(s.name, new Array<boolean>(s.instances).fill(false));
    failedAt.set(s.name, new Array<number>(s.instances).fill(-1));
  }
  const zonesDown = new Set<string>();
  const regionsDown = new Set<string>();
  // Nothing takes over an instance lost to a node step: it is back after its node's restore time (repair, or a managed service's failover).
  const restoreOf = new Map(m.nodes.map((s) => [s.name, s.restore] as const));
  const repairs = (upTo: number): void => {
    for (const [name, list] of nodeDown) {
      const at = failedAt.get(name)!;
      list.forEach((d, i) => {
        const restore = restoreOf.get(name) ?? Infinity;
        if (d && at[i]! >= 0 && at[i]! + restore <= upTo && restore + at[i]! < result.horizon) list[i] = false;
      });
    }
  };
  for (const st of orderedSteps(steps, result.horizon)) {
    const at = Math.max(0, st.at);
    if (at > t) break;
    repairs(at);
    if (st.type === 'spike') continue;
    const tg = st.target;
    if (tg.type === 'zone') {
      if (st.type === 'fail') zonesDown.add(tg.zone);
      else zonesDown.delete(tg.zone);
      continue;
    }
    if (tg.type === 'region') {
      if (st.type === 'fail') regionsDown.add(tg.region);
      else regionsDown.delete(tg.region);
      continue;
    }
    const list = nodeDown.get(tg.node);
    const when = failedAt.get(tg.node);
    if (!list || !when) continue;
    const idx = m.byName.get(tg.node)!;
    if (m.nodes[idx]!.client) continue;
    const pick = tg.instance === null ? list.map((_, i) => i) : tg.instance >= 1 && tg.instance <= list.length ? [tg.instance - 1] : [];
    for (const i of pick) {
      if (st.type === 'fail') {
        if (!list[i]) when[i] = at;
        list[i] = true;
      } else {
        list[i] = false;
        when[i] = -1;
      }
    }
  }
  repairs(t);

  const nodes = new Map<string, NodeState>();
  for (const s of m.nodes) {
    const flags = nodeDown.get(s.name)!;
    let down = 0;
    let byStep = 0;
    for (let i = 0; i < s.instances; i++) {
      const z = s.zoneOf(i);
      const r = s.regionOf(z);
      const zoneHit = z !== null && zonesDown.has(z) && !s.managed;
      const regionHit = r !== null && regionsDown.has(r);
      if (flags[i]) byStep++;
      if (!s.client && (flags[i] || zoneHit || regionHit)) down++;
    }
    nodes.set(s.name, { down, instances: s.instances, downByNodeStep: byStep, serving: false });
  }
  // A promoted standby serves while its primary is fully down (a recovered primary takes its role back at once).
  for (const e of result.events) {
    if (e.at > t) break;
    if (e.type !== 'promoted') continue;
    const idx = m.byName.get(e.target);
    if (idx === undefined) continue;
    const s = m.nodes[idx]!;
    const primary = s.standsFor >= 0 ? m.nodes[s.standsFor] : undefined;
    const ps = primary && nodes.get(primary.name);
    const own = nodes.get(s.name)!;
    own.serving = !!ps && ps.down >= ps.instances && own.down < own.instances;
  }
  return { nodes, zonesDown, regionsDown, instanceDown: nodeDown };
}

/** Whether a step's target is down at this moment because of the steps (what a click toggles). */
export function targetIsDown(snap: Snapshot, target: SimTarget): boolean {
  if (target.type === 'zone') return snap.zonesDown.has(target.zone);
  if (target.type === 'region') return snap.regionsDown.has(target.region);
  const flags = snap.instanceDown.get(target.node);
  if (!flags) return false;
  if (target.instance === null) return flags.some(Boolean);
  return flags[target.instance - 1] === true;
}

/** The target as the language writes it: `db`, `web#2`, `zone:seoul-a`, `region:seoul`. */
export function targetText(t: SimTarget): string {
  if (t.type === 'zone') return `zone:${t.zone}`;
  if (t.type === 'region') return `region:${t.region}`;
  return t.instance === null ? t.node : `${t.node}#${t.instance}`;
}

/** A step for people to read: `fail db at 1m 30s` (close to the language's `fail db at=90s`). */
export function stepText(s: SimStep): string {
  const at = s.at > 0 ? ` at ${formatDuration(s.at)}` : '';
  if (s.type === 'spike') return `spike x${s.factor}${at}`;
  return `${s.type} ${targetText(s.target)}${at}`;
}

/** Parses a target written as `targetText` writes it (the selects' values). */
export function parseTarget(v: string): SimTarget | null {
  if (v.startsWith('zone:')) return { type: 'zone', zone: v.slice(5) };
  if (v.startsWith('region:')) return { type: 'region', region: v.slice(7) };
  const m = /^(.*)#(\d+)$/.exec(v);
  if (m) return { type: 'node', node: m[1]!, instance: Number(m[2]) };
  return v ? { type: 'node', node: v, instance: null } : null;
}

/** Success share of an entry at time t (points are constant from `at` on). */
export function successAt(points: { at: number; success: number }[], t: number): number {
  let v = points[0]?.success ?? 1;
  for (const p of points) {
    if (p.at > t) break;
    v = p.success;
  }
  return v;
}
