/**
 * The single-point-of-failure analysis: a static reading of the same request
 * graph the simulator runs on (model/request-graph.ts: entries, AND/OR callees, soft
 * caches, takeovers, read fallbacks). It must name exactly the nodes the
 * single-loss sweep finds (`estimate(design).spofs`): a node whose loss alone
 * leaves some entry serving nothing at the end of the horizon. The sweep is the
 * proof; this is the fast way to the same answer (test/unit/agreement.test.ts).
 *
 * For a lost node X, the unserved nodes are the least set U with:
 * - X ∈ U, unless something serves in its place within the horizon: its read
 *   source (a `replica of=Y` sends its reads to Y at once) or the fastest of
 *   its standbys / peer primaries (heartbeat × 3 + promote < horizon) — then
 *   X ∈ U exactly when that node is;
 * - a caller that needs all its callees is in U when one of them is (with
 *   request classes, when every class has one of its needs in U);
 * - a load balancer, and a dns with failover-like routing, when all of its
 *   callees are — except a `routing=failover` dns whose switch (interval × 3 +
 *   ttl) does not happen within the horizon: it stays on its first callee.
 * A node with 2+ instances loses one and keeps serving (a `vip` pair whose
 * address never moves within the horizon excepted, and a group — Redis
 * Sentinel or Cluster, a quorum group — that cannot replace its instance #1 or
 * keep its majority without it: model/groups.ts survivesFirstLoss; nothing
 * takes over for such a group, since it still has live instances); managed
 * nodes, clients and monitors do not fail on their own.
 * A Patroni primary needs the majority of its coordinating group (it demotes
 * itself after `ttl` without it): that group counts as one of its callees.
 * A replica set written member by member (SimNode.quorumPeers) of two members: the
 * primary needs the other member, and nothing is elected in its place.
 */
import { DEFAULTS } from '../model/defaults';
import { engineOf, majorityOf, READ_ONLY_WITHOUT_MAJORITY, survivesFirstLoss } from '../model/groups';
import { haTiming } from '../model/ha-timings';
import { buildModel, canBeSpof, failoverDisks, farStorageCopy, pickTakeover, readOnlyCalls, stronglyConnected, withinHorizon, type Model, type SimNode } from '../model/request-graph';
import type { Design } from '../syntax/ast';

/** A node whose loss alone leaves some entry unserved, while nothing takes over for it. */
export interface SpofResult {
  node: string;
  /** The entries it cuts off, in graph order. */
  entries: string[];
  /** Its direct callers (that need it) among the nodes the entries reach. */
  dependents: string[];
  /** Set when it cuts off only one route's requests (not the whole entry): the router and the route as written. */
  routes?: { router: string; route: string }[];
}

/** Who serves in a fully lost node's place within the horizon (read source or fastest takeover), or -1. */
export function coverOf(s: SimNode, horizon: number = DEFAULTS.horizon, nodes?: readonly SimNode[]): number {
  // The engine tries the read source first, too (not for a caller reading the replica at its own address: directReads).
  if (s.readsFrom >= 0 && s.readsFallBack && !s.directReads) return s.readsFrom;
  // A replica set written member by member elects a copy only with a majority of its members up: two members, none.
  if (s.quorumPeers !== null && s.quorumPeers.length - 1 < majorityOf(s.quorumPeers.length)) return -1;
  // (Not an array copy at another site while the array's callers run at its own: it waits for its repair — farStorageCopy.)
  const t = pickTakeover(s, (k) => !nodes || !farStorageCopy(nodes, s, k.by)); // in a single loss every standby is up
  return t && withinHorizon(t.detect + t.promote, horizon) ? t.by : -1;
}

/** Whether the single-loss sweep takes this node down as a whole (or, for a `vip` pair, its address for good). */
function lostAlone(s: SimNode, horizon: number): 'whole' | 'stuck' | 'group' | null {
  if (!canBeSpof(s)) return null;
  if (s.instances === 1) return 'whole';
  if (s.group !== null && !survivesFirstLoss(s.group, horizon)) return 'group';
  if (s.vip && !withinHorizon(s.selfDetect ?? Infinity, horizon)) return 'stuck';
  // A watchdog pair that needs a quorum to hold its virtual IP: either node lost leaves one of two, no majority.
  if (s.vipQuorum && s.instances - 1 < majorityOf(s.instances)) return 'stuck';
  // A pair on a public cloud whose address cannot move to another zone (vipCloud): the holder lost, no instance of its zone
  // takes the address (round 95b r05).
  if (s.vipCloud !== null) {
    let sameZone = false;
    for (let k = 1; k < s.instances; k++) if (s.zoneOf(k) === s.zoneOf(0)) sameZone = true;
    if (!sameZone) return 'stuck';
  }
  return null;
}

type Set32 = Uint32Array | null;

const NONE: readonly number[] = [];

/** Finds the single points of failure of a design in declaration order. */
export function findSpofs(design: Design, m: Model = buildModel(design)): SpofResult[] {
  const H = m.horizon;
  const { nodes, entries } = m;
  const n = nodes.length;
  if (!entries.length) return [];

  // How each node combines its callees: 0 all needed, 1 any one, 2 only the first.
  const mode = new Uint8Array(n);
  const cover = new Int32Array(n).fill(-1);
  const lost: ('whole' | 'stuck' | 'group' | null)[] = new Array(n);
  const deps: number[][] = new Array(n);
  // What each node needs (mode 0): its callees, and a Patroni primary's coordinating group.
  const needs: number[][] = new Array(n);
  // Per database that fails over when it loses a disk: those disks.
  const diskCover = new Map<number, readonly number[]>();
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    const i = s.idx;
    mode[i] = s.or === null ? 0 : s.or === 'dns-failover' && !withinHorizon(s.dnsSwitch, H) ? 2 : 1;
    lost[i] = lostAlone(s, H);
    // Who serves in its place: for its own loss, or (a database) for the loss of a disk it fails over on.
    if (lost[i] === 'whole' || (mode[i] === 0 && failoverDisks(m, s).length)) cover[i] = coverOf(s, H, nodes);
    needs[i] = s.demotesWith >= 0 && mode[i] === 0 && withinHorizon(haTiming(s.node, 'patroni-demote'), H) ? [...s.callees, s.demotesWith] : s.callees;
    // A PostgreSQL primary's writes wait for its one synchronous standby.
    if (s.syncWait >= 0 && mode[i] === 0) needs[i] = [...needs[i]!, s.syncWait];
    // A primary needs a majority of its replica set: with two members, the other one.
    if (s.quorumPeers !== null && s.quorumPeers.length - 1 < majorityOf(s.quorumPeers.length) && mode[i] === 0)
      needs[i] = [...needs[i]!, ...s.quorumPeers.filter((m) => m !== i)];
    deps[i] = cover[i]! >= 0 ? [...needs[i]!, cover[i]!] : needs[i]!;
    // A database whose disk is lost fails over to its cover, as when it is lost itself (failoverDisks).
    if (cover[i]! >= 0 && mode[i] === 0) {
      const ds = failoverDisks(m, s);
      if (ds.length) diskCover.set(i, ds);
    }
  }

  // What the entries reach.
  const reached = new Uint8Array(n);
  const stack: number[] = [];
  for (let ei = 0; ei < entries.length; ei++) {
    const e = entries[ei]!;
    if (reached[e]) continue;
    reached[e] = 1;
    stack.push(e);
    while (stack.length) {
      const v = stack.pop()!;
      const wList = deps[v]!;
      for (let wi = 0; wi < wList.length; wi++) {
        const w = wList[wi]!;
        if (!reached[w]) {
          reached[w] = 1;
          stack.push(w);
        }
      }
    }
  }

  // Bits only for reached nodes that can end up unserved by their own loss.
  const bit = new Int32Array(n).fill(-1);
  const bitNode: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!reached[i] || !lost[i]) continue;
    const c = cover[i]!;
    // A cover that needs nothing never fails with i: i is safe, no bit.
    if (c >= 0 && deps[c]!.length === 0) continue;
    bit[i] = bitNode.length;
    bitNode.push(i);
  }
  if (!bitNode.length) return [];
  const words = (bitNode.length + 31) >>> 5;
  const has = (s: Set32, b: number): boolean => s !== null && (s[b >>> 5]! & (1 << (b & 31))) !== 0;

  const { comp, count } = stronglyConnected(n, (i) => (reached[i] ? deps[i]! : NONE));
  // Members of each component, in node order: memberList[memberStart[c] … memberStart[c + 1]).
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) if (reached[i]) memberStart[comp[i]! + 1]!++;
  for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c]!;
  const fill = memberStart.slice(0, count);
  const memberList = new Int32Array(memberStart[count]!);
  for (let i = 0; i < n; i++) if (reached[i]) memberList[fill[comp[i]!]!++] = i;
  // Each set is freed once every node that reads it from another component is done.
  const pending = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (!reached[i]) continue;
    const ds = deps[i]!;
    for (let k = 0; k < ds.length; k++) if (comp[ds[k]!] !== comp[i]) pending[ds[k]!]!++;
  }
  const isEntry = new Uint8Array(n);
  for (let k = 0; k < entries.length; k++) isEntry[entries[k]!] = 1;

  const sets: Set32[] = new Array(n).fill(null);
  // Routes re-evaluate the callers of their router: keep every set for that.
  const routers = nodes.filter((s) => s.routes !== null && reached[s.idx]).map((s) => s.idx);
  const keepSets = routers.length > 0;
  /** `pool`: evaluate a router as one of its routes (its pool's callees). */
  // While one route's requests are followed upstream: a name server's health checks see its targets up (a route failing
  // leaves the balancer answering), so a failover record keeps its first target and a spreading one keeps every
  // target's share — it moves no route's requests.
  // A standby waiting for its source serves no requests of its own (the engine's idleStandby): a caller wired to it by a
  // request edge (a DR site's application in front of its standby database) is unserved under every loss but those
  // that make it take over — its source's own loss, or a disk its source fails over on, with this standby as the
  // cover (round 35). (Its source's commits waiting for it, syncWait, are no such request.)
  const idleMask = new Map<number, Uint32Array>();
  const idle = (w: number): boolean => {
    const sw = nodes[w]!;
    return sw.standsFor >= 0 && sw.readsFrom < 0 && sw.node.role === 'standby';
  };
  // A caller that only reads from a primary waiting on its only synchronous standby is served while the commits wait: it
  // sees the primary's set without that standby's (readSets, computed with the primary's component).
  const readOnly = readOnlyCalls(m);
  const readSets = new Map<number, Set32>();
  const setOf = (u: number, w: number): Set32 => {
    if (readSets.size && readOnly.has(u * n + w)) {
      const r = readSets.get(w);
      if (r !== undefined) return r;
    }
    const sw = sets[w]!;
    if (!idle(w) || nodes[u]!.syncWait === w || !nodes[u]!.callees.includes(w)) return sw;
    let mask = idleMask.get(w);
    if (!mask) {
      mask = new Uint32Array(words);
      for (let b2 = 0; b2 < bitNode.length; b2++) mask[b2 >>> 5]! |= 1 << (b2 & 31);
      const src = nodes[w]!.standsFor;
      if (cover[src] === w)
        for (const t of [src, ...(diskCover.get(src) ?? [])]) {
          const bt = bit[t]!;
          if (bt >= 0) mask[bt >>> 5]! &= ~(1 << (bt & 31));
        }
      idleMask.set(w, mask);
    }
    const out = new Uint32Array(mask);
    if (sw) for (let i = 0; i < words; i++) out[i]! |= sw[i]!;
    return out;
  };
  let routePass = false;
  /** During a route pass: the router followed and the nodes upstream of it (nested classes keep only those leading there). */
  let routeUp: Set<number> | null = null;
  const evaluate = (v: number, pool?: readonly number[]): Set32 => {
    const dnsHere = routePass && pool === undefined && (nodes[v]!.or === 'dns-failover' || nodes[v]!.or === 'dns-spread');
    const md = dnsHere ? (nodes[v]!.or === 'dns-failover' ? 2 : 0) : mode[v]!;
    const cs = pool ?? (md === 0 && !dnsHere ? needs[v]! : orCallees(nodes[v]!));
    let set: Set32 = null;
    let shared = true;
    let classes = pool === undefined && md === 0 && !dnsHere ? nodes[v]!.routes : null;
    // Following one route of another router upstream: this node's own classes that lead there carry its requests.
    if (classes && routeUp) {
      const toward = classes.filter((r) => r.pool.some((p) => routeUp!.has(p)));
      if (toward.length) classes = toward;
    } else if (routeUp && pool === undefined && md === 1 && !dnsHere && nodes[v]!.routes) {
      // A balancer with path routes upstream of the router followed (a gateway's /api in front of an API's reads and
      // writes): only its routes that lead there carry that router's requests — as the run's class pass reads it
      // (round 37: the API's lone primary and replica were hidden behind the gateway's /static).
      const routes = nodes[v]!.routes!;
      const toward = routes.filter((r) => r.pool.some((p) => routeUp!.has(p)));
      if (toward.length && toward.length < routes.length) classes = toward;
    }
    if (classes) {
      // Request classes (reads, writes): the node serves nothing only when every class fails, each class when
      // one of what it needs does — the intersection of the classes' unions.
      let acc: Uint32Array | null = null;
      for (const r of classes) {
        const u = evaluate(v, r.pool);
        if (!u) {
          acc = null;
          break;
        }
        if (!acc) acc = new Uint32Array(u);
        else for (let i = 0; i < words; i++) acc[i]! &= u[i]!;
      }
      set = acc;
      shared = false;
    } else if (md === 2) {
      set = cs.length ? setOf(v, cs[0]!) : null;
    } else if (md === 1) {
      if (cs.length && cs.every((w) => setOf(v, w))) {
        set = new Uint32Array(setOf(v, cs[0]!)!);
        shared = false;
        let any = 0;
        for (let k = 1; k < cs.length; k++) {
          const sw = setOf(v, cs[k]!)!;
          any = 0;
          for (let i = 0; i < words; i++) any |= set[i]! &= sw[i]!;
          if (!any) break;
        }
        if (cs.length > 1 && !any) set = null;
      }
    } else {
      // A caller of several primaries of one data set (compilePeerCalls: a multi-host connection string, DFS referrals):
      // its requests go to the members with a share; a lost member's share moves to the others. It is unserved when every
      // member with a share is (their sets' intersection, the members' own bits aside), or when a member is lost and every
      // other member is unserved too (round 83 r03: a client's peers — the run moved to them, this analysis did not).
      /** Adds what makes sw unserved to this node's set (copied before the first change: sets are shared). */
      const unite = (sw: Set32): void => {
        if (!sw || sw === set) return;
        if (!set) set = sw;
        else {
          if (shared) {
            set = new Uint32Array(set);
            shared = false;
          }
          for (let i = 0; i < words; i++) set[i]! |= sw[i]!;
        }
      };
      const ps = pool === undefined ? nodes[v]!.peerSets : null;
      const inPeer = ps ? new Set(ps.flatMap((x) => x.members)) : null;
      if (ps)
        for (const p of ps) {
          const mine = new Uint32Array(words);
          let any = false;
          const pos = p.members.filter((_, k) => p.share[k]! > 0);
          let inter: Uint32Array | null = null;
          for (const m of pos) {
            const sm = setOf(v, m);
            if (!sm) {
              inter = null;
              break;
            }
            if (!inter) inter = new Uint32Array(sm);
            else for (let i = 0; i < words; i++) inter[i]! &= sm[i]!;
          }
          if (inter) {
            for (const m of p.members) if (bit[m]! >= 0) inter[bit[m]! >>> 5]! &= ~(1 << (bit[m]! & 31));
            for (let i = 0; i < words; i++) if ((mine[i]! |= inter[i]!)) any = true;
          }
          for (const x of p.members) {
            const bx = bit[x]!;
            if (bx < 0) continue;
            if (p.members.every((m) => m === x || has(setOf(v, m), bx))) {
              mine[bx >>> 5]! |= 1 << (bx & 31);
              any = true;
            }
          }
          if (any) unite(mine);
        }
      for (let wi = 0; wi < cs.length; wi++) {
        const w = cs[wi]!;
        if (inPeer?.has(w)) continue;
        unite(setOf(v, w));
      }
    }
    // A lost disk of a database that fails over on it: the database is served by its cover, unless that loss
    // takes the cover down too (it keeps its data on the same disk).
    const ds = pool === undefined && !classes ? diskCover.get(v) : undefined;
    if (ds && set) {
      const cs = sets[cover[v]!]!;
      for (const d of ds) {
        const bd = bit[d]!;
        if (bd < 0 || !has(set, bd) || has(cs, bd)) continue;
        if (shared) {
          set = new Uint32Array(set);
          shared = false;
        }
        set[bd >>> 5]! &= ~(1 << (bd & 31));
      }
    }
    const b = bit[v]!;
    if (b >= 0 && !has(set, b)) {
      const c = cover[v]!;
      // (A cover that itself needs v — a primary waiting on its only synchronous standby, where that standby's reads fall
      // back — goes down with v: round 43's standby behind pgpool's read route.)
      if (c < 0 || has(sets[c]!, b) || (nodes[c]!.syncWait === v && mode[c] === 0)) {
        set = set ? (shared ? new Uint32Array(set) : set) : new Uint32Array(words);
        set[b >>> 5]! |= 1 << (b & 31);
      }
    }
    return set;
  };
  const same = (a: Set32, b: Set32): boolean => {
    if (a === b) return true;
    if (!a || !b) return false;
    for (let i = 0; i < words; i++) if (a[i] !== b[i]) return false;
    return true;
  };

  for (let c = 0; c < count; c++) {
    const from = memberStart[c]!;
    const to = memberStart[c + 1]!;
    if (from === to) continue;
    if (to - from === 1) sets[memberList[from]!] = evaluate(memberList[from]!);
    else {
      // A cycle: the least fixed point, from nothing unserved upwards.
      for (let changed = true; changed; ) {
        changed = false;
        for (let k = from; k < to; k++) {
          const v = memberList[k]!;
          const next = evaluate(v);
          if (!same(next, sets[v]!)) {
            sets[v] = next;
            changed = true;
          }
        }
      }
    }
    // (Before any set of this component's needs is freed: the reads-only view of a primary waiting on its standby.)
    if (readOnly.size)
      for (let k = from; k < to; k++) {
        const v = memberList[k]!;
        const sw = nodes[v]!.syncWait;
        if (sw >= 0 && mode[v] === 0 && !nodes[v]!.routes) readSets.set(v, evaluate(v, needs[v]!.filter((x) => x !== sw)));
        // A group that goes read-only without its majority (Neo4j, a search cluster without a master): its readers are
        // served while it has a live member — its own stop is not theirs (round 84c r02).
        else if (nodes[v]!.group !== null && READ_ONLY_WITHOUT_MAJORITY.has(engineOf(nodes[v]!.node)) && mode[v] === 0 && !nodes[v]!.routes) {
          const r0 = evaluate(v);
          const bv = bit[v]!;
          if (r0 && bv >= 0 && has(r0, bv)) {
            const r = new Uint32Array(r0);
            r[bv >>> 5]! &= ~(1 << (bv & 31));
            readSets.set(v, r);
          } else readSets.set(v, r0);
        }
      }
    for (let k = from; k < to; k++) {
      const v = memberList[k]!;
      const wList = deps[v]!;
      for (let wi = 0; wi < wList.length; wi++) {
        const w = wList[wi]!;
        if (comp[w] !== c && --pending[w]! === 0 && !isEntry[w] && !keepSets) sets[w] = null;
      }
    }
  }

  // Collect, per candidate, the entries it cuts off.
  const cut: number[][] = new Array(bitNode.length);
  for (let ei = 0; ei < entries.length; ei++) {
    const e = entries[ei]!;
    const s = sets[e];
    if (!s) continue;
    for (let i = 0; i < words; i++) {
      let word = s[i]!;
      while (word) {
        const low = word & -word;
        const b = (i << 5) + (31 - Math.clz32(low));
        word ^= low;
        (cut[b] ??= []).push(e);
      }
    }
  }
  // Per route of a router: the least sets again, with the router standing for that one route's pool.
  const routeCut: { entries: number[]; routes: { router: string; route: string }[] }[] = new Array(bitNode.length);
  for (const L of routers) {
    // Only a route whose own cut holds a candidate the whole router's does not can cut more upstream
    // (evaluation is monotone): most routes (a database with a standby behind each class) have none.
    const full = sets[L]!;
    const routes = nodes[L]!.routes!.filter((route) => {
      const own = evaluate(L, route.pool);
      if (!own) return false;
      for (let i = 0; i < words; i++) if (own[i]! & ~(full ? full[i]! : 0)) return true;
      return false;
    });
    if (!routes.length) continue;
    const upstream = closure(L, nodes, reached);
    const members = [...upstream].sort((a, b) => comp[a]! - comp[b]! || a - b);
    const saved = members.map((v) => sets[v]!);
    routePass = true;
    routeUp = upstream;
    // The entries' sets with the classes upstream narrowed to those leading to L, L whole: what a route adds is
    // measured against these (a cut of an upstream class, the balancer in front, is that class's own route).
    const propagate = (standIn: () => Set32): void => {
      for (const v of members) sets[v] = null;
      sets[L] = standIn();
      for (let changed = true; changed; ) {
        changed = false;
        for (const v of members) {
          const next = v === L ? standIn() : evaluate(v);
          if (!same(next, sets[v]!)) {
            sets[v] = next;
            changed = true;
          }
        }
      }
    };
    propagate(() => saved[members.indexOf(L)]!);
    const towardFull = new Map<number, Set32>();
    for (const e of entries) if (upstream.has(e)) towardFull.set(e, sets[e]!);
    for (const route of routes) {
      for (const v of members) sets[v] = null;
      sets[L] = evaluate(L, route.pool);
      for (let changed = true; changed; ) {
        changed = false;
        for (const v of members) {
          // L stands for this route alone; on a cycle through L its pool is re-read too.
          const next = v === L ? evaluate(L, route.pool) : evaluate(v);
          if (!same(next, sets[v]!)) {
            sets[v] = next;
            changed = true;
          }
        }
      }
      for (let ei = 0; ei < entries.length; ei++) {
        const e = entries[ei]!;
        const s = sets[e];
        if (!s || !upstream.has(e)) continue;
        // A client pinned to another route of this router (`pg -> apigw : /webhook`) sends none of this route's requests.
        const pin = nodes[e]!.routePin?.get(L);
        if (pin !== undefined && nodes[L]!.routes![pin] !== route) continue;
        // Nor does one pinned to none on a route only the clients naming it take (pinnedBy: its share is 0).
        if (pin === undefined && !(route.share > 0)) continue;
        const full = towardFull.get(e) ?? saved[members.indexOf(e)]!;
        // The candidates this route cuts off that the whole router does not: the set bits of s and not full.
        for (let i = 0; i < words; i++) {
          let word = s[i]! & ~(full ? full[i]! : 0);
          while (word) {
            const low = word & -word;
            const b = (i << 5) + (31 - Math.clz32(low));
            word ^= low;
            const rc = (routeCut[b] ??= { entries: [], routes: [] });
            if (!rc.entries.includes(e)) rc.entries.push(e);
            const r = { router: nodes[L]!.name, route: route.label ?? '' };
            if (!rc.routes.some((x) => x.router === r.router && x.route === r.route)) rc.routes.push(r);
          }
        }
      }
    }
    routePass = false;
    routeUp = null;
    members.forEach((v, k) => (sets[v] = saved[k]!));
  }

  const out: SpofResult[] = [];
  for (let b = 0; b < bitNode.length; b++) {
    const rc = routeCut[b];
    if (!cut[b] && rc) {
      const v = bitNode[b]!;
      const dependents = nodes[v]!.callers.filter((c) => reached[c] && nodes[c]!.callees.includes(v)).map((c) => nodes[c]!.name);
      out.push({ node: nodes[v]!.name, entries: rc.entries.map((e) => nodes[e]!.name), dependents, routes: rc.routes });
      continue;
    }
    const es = cut[b];
    if (!es) continue;
    const v = bitNode[b]!;
    const dependents = nodes[v]!.callers.filter((c) => reached[c] && nodes[c]!.callees.includes(v)).map((c) => nodes[c]!.name);
    out.push({ node: nodes[v]!.name, entries: es.map((e) => nodes[e]!.name), dependents });
  }
  const line = (name: string): number => design.nodes.get(name)!.line;
  out.sort((a, b) => line(a.node) - line(b.node));
  return out;
}

/** The alternatives of an OR node: a weighted DNS without health checks never answers with a zero-weight target. */
function orCallees(s: SimNode): number[] {
  const share = s.dnsShare;
  if (s.or !== 'dns-static' || !share || share.every((x) => x > 0)) return s.callees;
  return s.callees.filter((_, k) => share[k]! > 0);
}

/** L and every reached node that needs it, directly or through others (its callers' closure over deps). */
function closure(L: number, nodes: SimNode[], reached: Uint8Array): Set<number> {
  const out = new Set<number>([L]);
  const stack = [L];
  while (stack.length) {
    const x = stack.pop()!;
    for (const c of nodes[x]!.callers) {
      if (!reached[c] || out.has(c)) continue;
      out.add(c);
      stack.push(c);
    }
    // Nodes that this one stands in for (a standby serving a primary's callers) pass a loss on, too.
    if (nodes[x]!.standsFor >= 0 && reached[nodes[x]!.standsFor] && !out.has(nodes[x]!.standsFor)) {
      out.add(nodes[x]!.standsFor);
      stack.push(nodes[x]!.standsFor);
    }
  }
  return out;
}
