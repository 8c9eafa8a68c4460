/**
 * Twins: nodes that swapping with each other leaves the design unchanged. Two
 * services behind the same gateway, declared alike and calling the same database
 * (`gw -> s5 : /s5`, `gw -> s105 : /s105`, both `-> db5`), are such a pair: the
 * design with s5 and s105 renamed into each other is the same design, so losing
 * s105 does exactly what losing s5 does, with the names swapped. The estimate
 * runs one loss per group of twins and gives the others its figures (a
 * 3,000-node gateway fan-out runs ~300 losses instead of ~3,000).
 *
 * The test is deliberately strict — a pair it misses only costs a run:
 * - the same declaration after the name, as written (kind and attributes in the
 *   same order), and the same derived facts (instances, zones, region,
 *   availability, role, managed);
 * - no reference to either node other than its edges (no `of=`, `sessions=`,
 *   `watches=`, members or scenario steps naming it);
 * - the same edges in the same order, to and from the same other nodes with
 *   the same labels; a route label counts only by its route's share when the
 *   route sends to this node alone (then the two routes swap with the nodes);
 * - neither is a client, an entry, a member of a group or an alternative of a
 *   DNS record (whose order decides which answer comes first), nor on an edge
 *   to itself or to the other.
 */
import type { Design } from '../../syntax/ast';
import type { Model } from '../../model/request-graph';

const memo = new WeakMap<Model, Map<string, string>>();

/** Per node with an earlier twin (in model order): that twin's name. Nodes without one are absent. */
export function twinsOf(design: Design, m: Model): Map<string, string> {
  const hit = memo.get(m);
  if (hit) return hit;
  const out = new Map<string, string>();
  memo.set(m, out);
  // Uses of each name other than as an edge's end.
  const uses = new Map<string, number>();
  for (const r of design.refs) if (r.kind === 'node') uses.set(r.name, (uses.get(r.name) ?? 0) + 1);
  const edgesOf = new Map<string, string[]>();
  const edgeEnds = new Map<string, number>();
  const entries = new Set(m.entries);
  const dnsCallee = new Set<number>();
  for (const s of m.nodes) if (s.or !== null && s.or !== 'lb') for (const a of s.callees) dnsCallee.add(a);
  const add = (name: string, sig: string): void => {
    let list = edgesOf.get(name);
    if (!list) edgesOf.set(name, (list = []));
    list.push(sig);
    edgeEnds.set(name, (edgeEnds.get(name) ?? 0) + 1);
  };
  const bad = new Set<string>();
  // Per router with routes: each member's route (the first that holds it).
  const routeOf = new Map<number, Map<number, { share: number; pool: number[] }>>();
  for (const s of m.nodes) {
    if (!s.routes) continue;
    const byMember = new Map<number, { share: number; pool: number[] }>();
    for (const r of s.routes) for (const a of r.pool) if (!byMember.has(a)) byMember.set(a, r);
    routeOf.set(s.idx, byMember);
  }
  for (const e of design.edges) {
    if (e.from === e.to) {
      bad.add(e.from);
      continue;
    }
    add(e.from, `>${e.to}\u0001${e.label ?? ''}`);
    const caller = m.byName.get(e.from);
    const callee = m.byName.get(e.to);
    let label = `\u0001${e.label ?? ''}`;
    if (caller !== undefined && callee !== undefined) {
      const route = routeOf.get(caller)?.get(callee);
      // A route to this node alone: the route swaps with the node, only its share matters.
      if (route && route.pool.length === 1) label = `\u0002${route.share}`;
    }
    add(e.to, `<${e.from}${label}`);
  }
  const groups = new Map<string, string>();
  for (const s of m.nodes) {
    const n = design.nodes.get(s.name);
    if (!n || s.client || entries.has(s.idx) || s.group !== null || s.demotesWith >= 0 || s.syncWait >= 0 || dnsCallee.has(s.idx) || bad.has(s.name)) continue;
    // Every use of the name is an edge's end (each edge holds one reference to each end).
    if ((uses.get(s.name) ?? 0) !== (edgeEnds.get(s.name) ?? 0)) continue;
    // The declaration as written after the name: the kind and every attribute, in order.
    const decl = design.source[n.nameSpan.line]?.text.slice(n.nameSpan.end - (design.source[n.nameSpan.line]?.col ?? 0)) ?? null;
    if (decl === null) continue;
    const derived = `${n.kind}\u0004${n.replicas}\u0004${n.zones.join(',')}\u0004${n.region}\u0004${n.availability}\u0004${n.managed}\u0004${n.role}\u0004${n.of}\u0004${n.label}`;
    const sig = `${decl}\u0003${derived}\u0003${(edgesOf.get(s.name) ?? []).join('\u0005')}`;
    const first = groups.get(sig);
    if (first === undefined) groups.set(sig, s.name);
    else out.set(s.name, first);
  }
  // Two twins joined by an edge are not a swap of two names alone: keep both runs.
  for (const e of design.edges) {
    const a = out.get(e.from) ?? e.from;
    const b = out.get(e.to) ?? e.to;
    if (a === b) {
      out.delete(e.from);
      out.delete(e.to);
    }
  }
  return out;
}
