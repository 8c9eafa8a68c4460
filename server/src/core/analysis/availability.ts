/**
 * Steady-state availability of a design, from per-instance availabilities and
 * the request graph (the same graph the simulator runs on):
 * - a node's own unit: managed → its contract availability; otherwise k of n
 *   instances up (k = instances its baseline load needs when clients give a
 *   `rate` and the node a `capacity`, else 1); a standby or second primary
 *   that takes over makes the unit parallel, less the takeover's own wait:
 *   1 − (1 − own)·(Π(1 − standby) + (1 − Π(1 − standby))·min(1, T/R)), T its
 *   detection and promotion, R the node's own time to come back;
 *   so does a read replica's source (its reads fall back there);
 * - AND callees in series: the product of every unit an entry needs, each
 *   counted once even when several paths reach it;
 * - routes of a balancer, gateway or CDN (path, host, reads/writes, weighted
 *   targets): the share-weighted mean of the routes, each route's pool in parallel;
 *   request classes of a node that needs all its callees (`reads`, `writes`):
 *   the share-weighted mean of the classes, each class's needs in series;
 * - OR alternatives (load balancer, dns failover…) in parallel:
 *   1 − Π(1 − alternative) (DNS failover: plus the primary target's outages
 *   for the switch, out of its time to come back), after pulling out of the alternatives the units
 *   they all share (a database behind every web server is in series, not in
 *   parallel with itself); DNS without a health check hands every target its
 *   share of the answers, a dead one included: the weighted mean Σ wₖ·alternativeₖ;
 * - clients count in none; soft caches (see model/request-graph.ts) are not needed;
 * - requests dropped with nothing failed count as unavailability: with rates,
 *   an entry's availability is multiplied by the share of its requests served
 *   once the design has settled (autoscaling done) — over capacity or out of
 *   database connections (failure-model §6).
 * The design's availability is that of its worst entry.
 */
import { DEFAULTS } from '../model/defaults';
import { dataDisksOf } from '../model/durability';
import { Engine, scatterGather } from './simulation/engine';
import { sweepBaselineLoads } from './simulation/sweep';
import { steadyState } from './capacity';
import { capacityOf, instancesFor, shardOf } from '../model/capacity';
import { clusterReplicaCounts, engineOf, kafkaStuckShare, majorityOf, perRangeQuorum, quorumOf, READ_ONLY_WITHOUT_MAJORITY, survivesFirstLoss } from '../model/groups';
import { blindInstances, failoverDisks, observerTakeover, onlyBehindCache, pickTakeover, readOnlyCalls, type Model, type SimNode, type Takeover } from '../model/request-graph';

/**
 * Whether a caller's need of callee c counts in the estimate: not for the other members of a set of active-active
 * primaries it calls (compilePeerCalls). The set counts as its first preferred member, whose unit already has the others
 * in parallel through its peers' takeover (round 70b r03: both regions' Cosmos DB accounts were charged in series).
 */
function peerChosen(s: Model['nodes'][number], c: number): boolean {
  const ps = s.peerSets?.find((x) => x.members.includes(c));
  if (!ps) return true;
  const first = ps.members.find((_, k) => ps.share[k]! > 0) ?? ps.members[0];
  return c === first;
}

/**
 * The share of a node's downtime that is still an outage when something takes
 * over after `wait` seconds, the node coming back by itself after `back`
 * seconds: min(1, wait / back) (all of it when it comes back first or the time
 * is unknown).
 */
function waitShare(wait: number, back: number): number {
  if (!(wait > 0)) return 0;
  return back > 0 && Number.isFinite(back) ? Math.min(1, wait / back) : 1;
}

/**
 * The expected share of its load a tier serves when `need` instances' worth of capacity carries the load (a real
 * number: load / capacity) and each of its n instances is up with probability a: with j up it serves min(1, j / need),
 * the share the simulation shows for an overloaded tier — not nothing.
 */
export function servedShare(a: number, n: number, need: number): number {
  if (need <= 1) return kOfN(a, n, 1);
  return binomialMean(a, n, (i) => Math.min(1, i / need));
}

/** P(at least k of n independent instances up), each up with probability a. */
export function kOfN(a: number, n: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return binomialMean(a, n, (i) => (i >= k ? 1 : 0));
}

/** Σ over i of P(exactly i of n up, each with probability a) × value(i), at most 1. */
function binomialMean(a: number, n: number, value: (i: number) => number): number {
  if (a >= 1) return Math.min(1, value(n));
  if (a <= 0) return Math.min(1, value(0));
  const la = Math.log(a);
  const lb = Math.log(1 - a);
  // log C(n, i) built incrementally.
  let logC = 0;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 0) logC += Math.log(n - i + 1) - Math.log(i);
    const v = value(i);
    if (v > 0) sum += Math.exp(logC + i * la + (n - i) * lb) * v;
  }
  return Math.min(1, sum);
}

/** What keeps a design's availability down: the units of its worst entry, costliest first. */
export interface AvailabilityCost {
  /** The node: its own unit (with its standbys), or for `block` the alternatives behind this OR node (balancer, DNS). */
  node: string;
  block: boolean;
  /** The unit's unavailability (1 − its availability): in series, its share of the entry's downtime. */
  unavailability: number;
  /**
   * For the block of a router with routes (or a caller's reads and writes): each route's part of the block's
   * unavailability (its share × its own), costliest first, and the costliest node it needs alone (none when
   * every node it needs is always up).
   */
  /** Per route: its share of the unavailability, its weakest node, and that node's own part of it (the rest is the others'). */
  routes?: { route: string; unavailability: number; weakest: string | null; weakestUnavailability?: number }[];
  /**
   * For the block of a DNS failover record: the costliest node of its first target's path (an outage of which sends
   * the users to the other targets, after the switch and any promotion there), and that wait in seconds.
   */
  failover?: { weakest: string | null; wait: number; notPromoted?: boolean };
  /**
   * For the block of a balancer whose checks ask each target itself (not `deep`): the costliest node a target needs that
   * the checks cannot see (its session cache, its database), and that target — while it is down the balancer keeps
   * sending the target its share.
   */
  shallow?: { weakest: string; target: string };
}

interface RoutePart {
  label: string;
  share: number;
  /** The route's own availability (the units every route needs left out). */
  up: number;
  /** Units only this route needs (a pool of one's; a class's own callees'). */
  units: number[];
}

/**
 * The one zone every placed instance of the design sits in (a single machine room or rack), or null. The estimate
 * counts instance failures only: that site's own outages (power, network, cooling) are in no figure it can cite, so
 * where the whole design shares one site, what is shown says it is left out.
 */
export function onlySite(m: Model): string | null {
  return m.zonesUsed.length === 1 && m.regionsUsed.length <= 1 ? m.zonesUsed[0]! : null;
}

export function availabilityOf(m: Model): number {
  return availabilityDetail(m).value;
}

/** The availability (see the top) and, for its worst entry, each unit that is not always up, costliest first. */
export function availabilityDetail(m: Model): { value: number; costs: AvailabilityCost[]; dropped: number; entries: { node: string; value: number }[]; worst: string | null } {
  const { nodes } = m;
  const n = nodes.length;
  // The sweep's baseline has them when the estimate built it (a design with a goal): not computed twice.
  const loads = m.hasRate ? (sweepBaselineLoads(m) ?? new Engine(m, { horizon: DEFAULTS.horizon, sweep: false }).baselineLoads()) : null;
  const base = new Float64Array(n);
  for (const s of nodes) {
    if (s.client || s.ignored) {
      base[s.idx] = 1;
      continue;
    }
    if (s.managed) {
      base[s.idx] = s.node.availability;
      continue;
    }
    let k = 1;
    // An autoscaled tier runs the instances that keep it at its target share (60 % unless written): the spare ones
    // carry a lost instance's share until it is replaced.
    const running = loads && s.autoscale && s.capacity && s.capacity > 0 && loads[s.idx]! > 0 ? instancesFor(s, loads[s.idx]!, capacityOf(m)[s.idx]!.autoscaleTarget) : s.instances;
    if (loads && s.capacity && s.capacity > 0 && loads[s.idx]! > 0) k = Math.min(running, Math.max(1, Math.ceil(loads[s.idx]! / s.capacity - 1e-9)));
    // Nothing routes around a dead instance (no caller checks it, it has no virtual IP, no self-detection as a
    // cluster or a Kubernetes Service): each instance keeps its share of the requests while it is down, so the
    // node serves the mean of its instances, not the chance that k of them are up (as DNS without checks).
    const blind = blindInstances(nodes, s) || s.directMembers;
    // A virtual IP moves to a live instance; resolvers ask a zone's next name server: either answers while one instance is up.
    // A voting group (etcd, ZooKeeper, Consul) serves while a majority of its voters is up.
    const voting = s.kind === 'consensus' && s.group !== null && s.group.type === 'majority' ? s.group.voters : 0;
    // Any other voting group (Galera, Elasticsearch, a MongoDB replica set) also stops without the majority of its voting
    // set, whatever its capacity: two members are both needed (round 39: two Elasticsearch nodes read 99.9997 %).
    const g = s.group;
    const votingSet = voting === 0 && g !== null && (g.type === 'majority' || g.type === 'leader') ? g.voters : 0;
    // (A Kafka cluster written with `quorum`: the expected share of its partitions with min.insync.replicas in sync.)
    // (Cassandra/ScyllaDB with `quorum` too: QUORUM on replication factor 3 per token range — perRangeQuorum.)
    const kafka = g !== null && g.type === 'majority' && perRangeQuorum(s.node);
    // (A Redis Cluster: each shard serves while its master or a replica to promote is up; a shard with no replica is down
    // with its master, and with full coverage (self-run) the whole cluster with it — round 42: three masters without
    // replicas read 99.9997 %.)
    const shardsUp = g !== null && g.type === 'cluster' ? clusterReplicaCounts(g).map((r) => 1 - (1 - s.node.availability) ** (r + 1)) : null;
    const clusterUp = shardsUp === null ? 1 : g !== null && g.type === 'cluster' && g.fullCoverage ? shardsUp.reduce((a, b) => a * b, 1) : shardsUp.reduce((a, b) => a + b, 0) / Math.max(1, shardsUp.length);
    const quorumUp = kafka ? kafkaServed(s.node.availability, votingSet) : shardsUp !== null ? clusterUp : votingSet >= 1 && g !== null && g.type !== 'sentinel' && g.type !== 'cluster' ? kOfN(s.node.availability, votingSet, g.type === 'majority' ? quorumOf(g) : majorityOf(votingSet)) ** g.shards : 1;
    base[s.idx] = s.vipQuorum
      ? kOfN(s.node.availability, s.instances, majorityOf(s.instances))
      : voting >= 2
        ? kOfN(s.node.availability, voting, majorityOf(voting))
      : s.vip || s.kind === 'dns' || s.singleWriter
        ? // (A self-run active/standby pair on a shared store — ActiveMQ, TIBCO EMS — too: its standby takes over by itself;
          // round 99c r01 counted one instance and asked for the second it has.)
          1 - (1 - s.node.availability) ** s.instances
        : blind
          ? s.node.availability
          : loads && s.capacity && s.capacity > 0 && loads[s.idx]! > 0
            ? // Beyond what all its instances carry, the excess is the baseline's dropped share (counted apart).
              servedShare(s.node.availability, running, Math.min(running, loads[s.idx]! / s.capacity))
            : kOfN(s.node.availability, running, k);
    // (A search cluster whose every caller only reads it — Elasticsearch and OpenSearch answer searches with no elected master,
    // `cluster.no_master_block: write` — serves while one copy is up, as the run says; round 121 r02 counted its majority.)
    const readsOnly = g !== null && READ_ONLY_WITHOUT_MAJORITY.has(engineOf(s.node)) && s.callers.length > 0 && s.callers.every((c) => readOnlyCalls(m).has(c * nodes.length + s.idx));
    if (quorumUp < base[s.idx]! && !readsOnly) base[s.idx] = quorumUp;
    // Keys sharded over the instances (`shards=4 replicas=4`, `shard-replicas=`): each shard serves while one of its own
    // instances is up, and the node serves the mean of its shards, as the run counts a lost shard's share — every shard
    // at once for a query fanned out to all of them (round 86 r10, 86c r03: four shards of one copy read 99.9999 %).
    const S = capacityOf(m)[s.idx]!.shards;
    if (S > 1 && shardsUp === null && !kafka) {
      const per = new Array<number>(S).fill(0);
      for (let i = 0; i < s.instances; i++) per[shardOf(i, s.instances, S)]!++;
      const ups = per.map((c) => 1 - (1 - s.node.availability) ** c);
      const up = scatterGather(s) !== null ? ups.reduce((a, b) => a * b, 1) : ups.reduce((a, b) => a + b, 0) / S;
      if (up < base[s.idx]!) base[s.idx] = up;
    }
    // A Sentinel set that cannot promote a replica once the master is lost (two Sentinels beside two servers) serves
    // while its master does: one instance (round 48 r02: 99.9997 % for a pair the SPOF rule called a single point).
    if (g !== null && g.type === 'sentinel' && !survivesFirstLoss(g, m.horizon) && s.node.availability < base[s.idx]!) base[s.idx] = s.node.availability;
  }
  // Units: 0..n-1 a node (with its takeovers), n..2n-1 the parallel block of an OR node.
  const val = new Float64Array(2 * n).fill(1);
  for (const s of nodes) {
    let down = 1 - base[s.idx]!;
    if (s.takeovers.length) {
      // A takeover is not instant: each failure of the node is an outage until its standby is detected and promoted
      // (a person's notice and promotion for a manual one). Of the node's downtime, that share min(1, T / R) is still
      // an outage when a standby is up, R the node's own time to come back (its repair, a managed service's failover):
      // a 31 min manual promotion of a node repaired in 1 h leaves about half of its downtime.
      let standbysDown = 1;
      for (const t of s.takeovers) standbysDown *= 1 - base[t.by]!;
      const t = pickTakeover(s, () => true)!;
      // (A provider's service written as one of two active-active primaries — a Cosmos DB write region — comes back with
      // the provider's incident, not a repair of ours: its peer covers all but the takeover's wait of each incident.)
      const back = t.peer && s.managed && !(s.restore > 0) ? DEFAULTS.providerIncident : s.restore;
      down *= standbysDown + (1 - standbysDown) * waitShare(t.detect + t.promote, back);
    }
    // A read replica's reads fall back to its source.
    if (s.readsFrom >= 0 && s.readsFallBack) down *= 1 - base[s.readsFrom]!;
    val[s.idx] = s.takeovers.length || (s.readsFrom >= 0 && s.readsFallBack) ? 1 - down : base[s.idx]!;
    // A PostgreSQL primary whose commits wait for its only synchronous standby serves writes only while that standby is
    // up too (round 44: the SPOF rule and the sweep said so, the estimate ignored it).
    if (s.syncWait >= 0) val[s.idx] = val[s.idx]! * base[s.syncWait]!;
    // (Or for one of several standbys it never commits without: `sync-timeout=none` — round 94b r01.)
    if (s.syncWaitAny.length) val[s.idx] = val[s.idx]! * (1 - s.syncWaitAny.reduce((p, x) => p * (1 - base[x]!), 1));
    // A database read only behind its callers' caches (their edges say the same reads): its loss fails their misses only,
    // as the run counts it (onlyBehindCache; round 58 r02).
    const behind = onlyBehindCache(m, s.idx);
    if (behind) val[s.idx] = 1 - (1 - behind.hitRatio) * (1 - val[s.idx]!);
  }
  // A database's data disk with no copy of its own (failoverDisks): its loss fails the database over to its standby, as
  // the run starts that takeover — so the disk's outage lasts that takeover, not its repair, while the standby is up
  // (round 96c r03: a SAN counted down for its whole repair beside the 31 min DR promotion the run showed).
  for (const s of nodes) {
    if (!s.takeovers.length) continue;
    const disks = failoverDisks(m, s);
    // (A standby its own site's tier calls — a DR site behind a DNS failover record — is priced with that site's
    // alternatives below, its disks among the sources.)
    if (!disks.length || s.takeovers.some((tk) => nodes[tk.by]!.callers.length > 0)) continue;
    const t = diskTakeover(nodes, s, pickTakeover(s, () => true)!);
    let standbysDown = 1;
    for (const tk of s.takeovers) standbysDown *= 1 - base[tk.by]!;
    for (const di of disks) {
      const d = nodes[di]!;
      // (Only a disk nothing else needs: another caller of it waits for its repair.)
      if (d.kind !== 'storage' || d.callers.some((c) => c !== s.idx && !nodes[c]!.client && nodes[c]!.node.kind !== 'monitor')) continue;
      const back = Number.isFinite(d.restore) && d.restore > 0 ? d.restore : DEFAULTS.providerIncident;
      const down = (1 - base[di]!) * (standbysDown + (1 - standbysDown) * waitShare(t.detect + t.promote, back));
      val[di] = Math.max(val[di]!, 1 - down);
    }
  }
  /**
   * Per database disk with no copy of its own (failoverDisks): its database's quickest takeover. Once done, the callers at
   * the disk's own site reach the promoted copy too, so a lost disk is unserved that long at most, whatever a DNS record's
   * switch takes (round 103c r01 charged a 32 min manual switch for a disk whose automatic standby took over in 30 s).
   */
  const diskTake = new Map<number, number>();
  for (const s of nodes) {
    if (!s.takeovers.length) continue;
    const t = diskTakeover(nodes, s, pickTakeover(s, () => true)!);
    for (const di of failoverDisks(m, s)) diskTake.set(di, Math.min(diskTake.get(di) ?? Infinity, t.detect + t.promote));
  }
  /** Per standby that takes over for another node: the quickest takeover's detection and promotion (a person's for a manual one). */
  const standbyWait = new Map<number, number>();
  /** Per standby: the nodes whose loss gets it promoted (what it stands for). */
  const standbyOf = new Map<number, number[]>();
  for (const s of nodes)
    for (const t of s.takeovers) {
      standbyWait.set(t.by, Math.min(standbyWait.get(t.by) ?? Infinity, t.detect + t.promote));
      const l = standbyOf.get(t.by);
      if (l) l.push(s.idx);
      else standbyOf.set(t.by, [s.idx]);
    }
  const orClosure = new Map<number, Set<number>>();
  /** Per router with routes (or caller with reads and writes): each route's share, availability and own units. */
  const routeParts = new Map<number, { parts: RoutePart[]; total: number }>();
  /** Per balancer block whose checks ask each target itself: its costliest unseen unit and the target that needs it. */
  const shallowPart = new Map<number, { u: number; c: number }>();
  // DNS failover records: their first target's own units and the wait before another target serves.
  const dnsPrimary = new Map<number, { units: number[]; wait: number; sources: Set<number> | null }>();
  /** Every unit node `start` needs to serve (itself included). */
  const closure = (start: number): Set<number> => {
    const out = new Set<number>();
    const seen = new Set<number>([start]);
    const stack = [start];
    while (stack.length) {
      const x = stack.pop()!;
      const s = nodes[x]!;
      if (s.ignored) continue;
      const oc = orClosure.get(x);
      if (oc) {
        for (const u of oc) out.add(u);
        continue;
      }
      if (!s.client) out.add(x);
      // A Patroni primary demotes itself without its coordinator's majority: it needs that group to serve.
      if (s.demotesWith >= 0 && !seen.has(s.demotesWith)) {
        seen.add(s.demotesWith);
        stack.push(s.demotesWith);
      }
      if (s.or !== null) continue; // an OR node whose block is not known yet (cannot happen in order)
      for (const c of s.callees) {
        if (s.back.has(c) || seen.has(c) || !peerChosen(s, c)) continue;
        seen.add(c);
        stack.push(c);
      }
    }
    return out;
  };
  /** The block of an OR node or of a node with request classes: what each part needs (its value is evalBlocks'). */
  interface Block {
    i: number;
    /** Request classes of a node that needs all its callees (`reads`, `writes`): each class's units; null for an OR node. */
    need: Set<number>[] | null;
    /** An OR node's callees taken (not back edges), and each one's units. */
    ks: number[];
    alts: Set<number>[];
    /** The units every part needs (pulled out, in series). */
    common: Set<number>;
    /** Groups of alternatives (indexes into alts) in parallel: all of them, or each route's pool; none for a mean of parts. */
    parallel: number[][];
    /** The classes of `need` when they are not the node's routes: a caching node's hits (needing nothing behind it) and misses. */
    classes?: { label: string; share: number }[];
  }
  /** The blocks in evaluation order, callees first. */
  const blocks: Block[] = [];
  for (let k = m.order.length - 1; k >= 0; k--) {
    const i = m.order[k]!;
    const s = nodes[i]!;
    if (s.ignored || (s.or === null && !s.routes && !(s.offload > 0))) continue;
    let b: Block;
    if (s.or === null && !s.routes) {
      // A caching node (a CDN, Varnish: `hit-ratio=`) answers its hits itself: what it calls is needed by its misses only,
      // as the run counts an origin's loss (round 122 r01, 122b r02: the origin was priced in series at any hit ratio).
      const misses = new Set<number>();
      for (const c of s.callees) if (!s.back.has(c)) for (const x of closure(c)) misses.add(x);
      b = { i, need: [new Set<number>(), misses], ks: [], alts: [], common: new Set<number>(), parallel: [], classes: [{ label: 'hits', share: s.offload }, { label: '', share: 1 - s.offload }] };
    } else if (s.or === null) {
      const need = s.routes!.map((r) => {
        const u = new Set<number>();
        for (const c of r.pool) if (!s.back.has(c)) for (const x of closure(c)) u.add(x);
        return u;
      });
      const common = new Set<number>();
      for (const u of need[0]!) if (need.every((a) => a.has(u))) common.add(u);
      b = { i, need, ks: [], alts: [], common, parallel: [] };
    } else {
      let ks = s.callees.flatMap((c, k) => (s.back.has(c) ? [] : [k]));
      let alts = ks.map((k) => closure(s.callees[k]!));
      // A balancer's alternative that needs a standby serving nothing until it is promoted (a pilot light's database at
      // the recovery site) is no alternative while the primary it stands for is up, and when that primary is down its
      // promotion is counted on the primary's own unit: left out of the pool (round 70b r02: a deep check "routed around"
      // a shared session store to a site that could not serve).
      if (s.or === 'lb' && alts.length > 1) {
        const idle = alts.map((a) => [...a].some((u) => u < n && nodes[u]!.standsFor >= 0 && nodes[u]!.node.role === 'standby' && nodes[u]!.readsFrom < 0 && !alts.every((x) => x.has(u))));
        if (idle.some((x) => x) && !idle.every((x) => x)) {
          ks = ks.filter((_, j) => !idle[j]);
          alts = alts.filter((_, j) => !idle[j]);
        }
      }
      const common = new Set<number>();
      if (alts.length) for (const u of alts[0]!) if (alts.every((a) => a.has(u))) common.add(u);
      const jOf = (c: number): number[] => {
        const j = ks.findIndex((k) => s.callees[k] === c);
        return j < 0 ? [] : [j];
      };
      const parallel = s.routes ? s.routes.map((r) => r.pool.flatMap(jOf)) : s.or === 'dns-static' ? [] : [alts.map((_, j) => j)];
      b = { i, need: null, ks, alts, common, parallel };
    }
    blocks.push(b);
    const set = new Set<number>(b.common);
    set.add(i);
    set.add(n + i);
    orClosure.set(i, set);
  }
  /** Each block's value (val[n + i]) from its units' values, and what the costs name (routeParts, shallowPart, dnsPrimary). */
  const evalBlocks = (): void => {
    routeParts.clear();
    shallowPart.clear();
    dnsPrimary.clear();
    const evalOne = ({ i, need, ks, alts, common, classes }: Block): void => {
      const s = nodes[i]!;
      if (need) {
        // Request classes (reads, writes): each request needs its class's callees; the block serves the
        // share-weighted mean of the classes, after pulling out the units every class needs (in series).
        let served = 0;
        let total = 0;
        const parts: RoutePart[] = [];
        (classes ?? s.routes!).forEach((r, j) => {
          let up = 1;
          const own: number[] = [];
          for (const u of need[j]!) {
            if (common.has(u)) continue;
            up *= val[u]!;
            own.push(u);
          }
          total += r.share;
          served += r.share * up;
          parts.push({ label: r.label ?? '', share: r.share, up, units: own });
        });
        val[n + i] = total > 0 ? served / total : 1;
        routeParts.set(i, { parts, total });
        return;
      }
      const ups = alts.map((a) => {
        let up = 1;
        for (const u of a) if (!common.has(u)) up *= val[u]!;
        return up;
      });
      if (s.routes) {
        // Routes (path, host, reads/writes, weighted targets): each request goes to its own route's pool, so the
        // block serves the share-weighted mean of the routes; inside a pool the alternatives are in parallel.
        const jOf = new Map<number, number>();
        ks.forEach((k, j) => jOf.set(s.callees[k]!, j));
        let served = 0;
        let total = 0;
        const parts: RoutePart[] = [];
        for (const r of s.routes) {
          let allDown = 1;
          let any = false;
          const own: number[] = [];
          for (const c of r.pool) {
            const j = jOf.get(c);
            if (j === undefined) continue;
            any = true;
            allDown *= 1 - ups[j]!;
            // A pool of one: its own units are what the route needs alone; a pool of several names its weakest unit
            // among them (round 101b r11: a route whose every site needs a managed cache named nothing, and got advice for
            // a second instance it had).
            for (const u of alts[j]!) if (!common.has(u)) own.push(u);
          }
          total += r.share;
          served += r.share * (any ? 1 - allDown : 0);
          parts.push({ label: r.label ?? '', share: r.share, up: any ? 1 - allDown : 0, units: own });
        }
        val[n + i] = total > 0 ? served / total : 1;
        routeParts.set(i, { parts, total });
      } else if (s.or === 'dns-static') {
        // No health check: every target keeps its share of the answers, a dead one included, so the
        // block serves the weighted mean of its targets, not the chance that one of them is up.
        let total = 0;
        let served = 0;
        ks.forEach((k, j) => {
          const w = s.dnsShare ? s.dnsShare[k]! : 1;
          total += w;
          served += w * ups[j]!;
        });
        val[n + i] = total > 0 ? served / total : 1;
      } else {
        let allDown = 1;
        for (const up of ups) allDown *= 1 - up;
        let down = alts.length ? allDown : 0;
        // A balancer whose checks ask the target itself (not `deep`): a live target whose own needs are down (its session
        // cache, its database) keeps its share of the requests and fails it, as the run shows — those needs are in series
        // for that share, not alternatives (round 62b r05: Front Door over two App Services, each with its own cache).
        // (A router over layer-7 balancers sees as deep as each balancer's pool: a shallow pool's own instances, not
        // what they need — round 68b r02.)
        if (s.or === 'lb' && s.lbDetect !== null && (!s.deepCheck || (s.poolCheck && ks.some((k) => !nodes[s.callees[k]!]!.deepCheck))) && alts.length > 1) {
          let visibleDown = 1;
          let hiddenDown = 0;
          ks.forEach((k, j) => {
            const c = s.callees[k]!;
            let vis = common.has(c) ? 1 : val[c]!;
            if (s.poolCheck) {
              if (nodes[c]!.deepCheck) vis = ups[j]!;
              else for (const x of nodes[c]!.callees) if (!common.has(x) && alts[j]!.has(x)) vis *= val[x]!;
            }
            visibleDown *= 1 - vis;
            hiddenDown += 1 - (vis > 0 ? ups[j]! / vis : 1);
          });
          hiddenDown /= ks.length;
          if (hiddenDown > 1e-15 && visibleDown + (1 - visibleDown) * hiddenDown > down) {
            down = visibleDown + (1 - visibleDown) * hiddenDown;
            // The costliest unseen unit, for the message.
            let best: { u: number; c: number } | null = null;
            ks.forEach((k, j) => {
              const c = s.callees[k]!;
              // (Not the target's own block — its instances — which the checks do see: round 79b r02 named an origin as its own need.)
              for (const u of alts[j]!) if (u !== c && u !== n + c && !common.has(u) && 1 - val[u]! > 1e-15 && (best === null || val[u]! < val[best.u]!)) best = { u, c };
            });
            if (best) shallowPart.set(i, best);
          }
        }
        if (s.or === 'dns-failover' && alts.length > 1) {
          // DNS failover is not instant either: each outage of the primary target lasts until the health checks and
          // the answers' TTL move clients to a secondary (dnsSwitch), of the primary's own time to come back.
          // Each unit's own time to come back (round 58 r04: the longest of the whole target's was used for every unit, which
          // shrank a database's 31-minute promotion wait to a sixth of its outages). A provider's service counted at its SLA
          // comes back from an incident, not a repair the design times.
          const backOf = (u: number): number => (u < n && Number.isFinite(nodes[u]!.restore) && nodes[u]!.restore > 0 ? nodes[u]!.restore : DEFAULTS.providerIncident);
          /** The mean wait share over the units of the primary target, weighted by how often each is down. */
          const meanShare = (wait: number): number => {
            let w = 0;
            let acc = 0;
            for (const u of alts[0]!) {
              if (common.has(u)) continue;
              const p = 1 - val[u]!;
              w += p;
              acc += p * waitShare(Math.min(wait, diskTake.get(u) ?? Infinity), backOf(u));
            }
            return w > 0 ? acc / w : waitShare(wait, DEFAULTS.providerIncident);
          };
          let othersDown = 1;
          for (let j = 1; j < ups.length; j++) othersDown *= 1 - ups[j]!;
          // A secondary whose path needs a standby promoted (a DR site's database, promoted by a person) serves only once
          // that takeover is done: the wait is the longer of the DNS switch and the promotion, for the quickest secondary.
          let wait = Infinity;
          let sources: Set<number> | null = null;
          /** Sources that are a database's disks: their value counts no takeover, so the wait is applied here. */
          const diskSrc = new Set<number>();
          for (let j = 1; j < alts.length; j++) {
            let w = s.dnsSwitch;
            const src = new Set<number>();
            for (const u of alts[j]!)
              // (However quick its promotion: it is done for the loss of what it stands for only — an application server lost
              // at the first target leaves it idle, and a person does not move the users to a site that cannot serve; round
              // 112c r07 priced a lost server's hour as the 31m 30s switch because the manual promotion was no slower.)
              if (u < n && !common.has(u) && standbyWait.has(u)) {
                w = Math.max(w, standbyWait.get(u)!);
                for (const x of standbyOf.get(u) ?? []) {
                  src.add(x);
                  // A database whose disk is lost is failed over too (the run starts its takeover): its data disks, when
                  // the standby does not use them, are sources as well (round 86c r04: "lasts until the disk is back").
                  for (const dk of dataDisksOf(m.design, nodes[x]!.name)) {
                    const di = m.byName.get(dk);
                    if (di !== undefined && !nodes[u]!.callees.includes(di)) {
                      src.add(di);
                      diskSrc.add(di);
                    }
                  }
                }
              }
            if (w < wait) {
              wait = w;
              sources = src.size ? src : null;
            }
          }
          const w0 = Number.isFinite(wait) ? wait : s.dnsSwitch;
          if (sources) {
            // A source's own value already counts the wait for its standby's takeover (a unit with a standby is up again once
            // the standby has taken over, less that wait): the secondary, which needs the same standby, adds nothing to it —
            // its downtime is all unserved (round 58 r04: the 31-minute manual promotion was counted as a share of itself).
            // The secondary serves only once its standby is promoted, which happens only when what it stands for is lost:
            // another unit of the primary target lost alone (a NAS, an application tier) leaves that standby idle, and
            // its outage lasts until it is back (round 40: each NAS failure was priced as a 30 min DR switch).
            let upSrc = 1;
            let upOther = 1;
            for (const u of alts[0]!) {
              if (common.has(u)) continue;
              if (diskSrc.has(u)) upSrc *= 1 - (1 - val[u]!) * waitShare(Math.min(w0, diskTake.get(u) ?? Infinity), backOf(u));
              else if (sources.has(u)) upSrc *= val[u]!;
              else upOther *= val[u]!;
            }
            down += (1 - othersDown) * ((1 - upSrc) + (1 - upOther) * upSrc);
          } else down += (1 - ups[0]!) * (1 - othersDown) * meanShare(w0);
          dnsPrimary.set(i, { units: [...alts[0]!].filter((u) => !common.has(u)), wait: Number.isFinite(wait) ? wait : s.dnsSwitch, sources });
        }
        val[n + i] = 1 - down;
      }
    };
    for (const b of blocks) {
      evalOne(b);
      // A caching node with routes or alternatives behind it: its hits are served whatever they need.
      const h = nodes[b.i]!.offload;
      if (h > 0 && !b.classes) val[n + b.i] = h + (1 - h) * val[n + b.i]!;
    }
  };
  const product = (units: Iterable<number>): number => {
    let v = 1;
    for (const u of units) v *= val[u]!;
    return v;
  };
  /** The weakest node to name: a block with request classes of its own (an API whose reads and writes need other nodes) is not
   * what to fix — its costliest class's weakest unit is, down to a node (round 35: "mostly `api`" for its session store). */
  const descend = (x: number, depth = 0): number => {
    if (x < n || depth > 8) return x;
    const rp = routeParts.get(x - n);
    // (A failover record's block — Route 53 over two sites: its weakest is what its first site needs, not the record itself,
    // which its SLA counts at 100 %; round 118b r06 said "mostly `r53`".)
    const dp = !rp || !rp.parts.length ? dnsPrimary.get(x - n) : undefined;
    if (dp) {
      let w: number | null = null;
      for (const y of dp.units) if (1 - val[y]! > 1e-15 && (w === null || val[y]! < val[w]!)) w = y;
      return w === null || w === x ? x : descend(w, depth + 1);
    }
    if (!rp || !rp.parts.length) return x;
    let part = rp.parts[0]!;
    for (const p of rp.parts) if (p.share * (1 - p.up) > part.share * (1 - part.up)) part = p;
    let w: number | null = null;
    for (const y of part.units) if (1 - val[y]! > 1e-15 && (w === null || val[y]! < val[w]!)) w = y;
    return w === null ? x : descend(w, depth + 1);
  };
  const costsOf = (units: Iterable<number>): AvailabilityCost[] => {
    const out: AvailabilityCost[] = [];
    for (const u of units) {
      const un = 1 - val[u]!;
      if (un <= 1e-15) continue;
      const block = u >= n;
      const c: AvailabilityCost = { node: nodes[block ? u - n : u]!.name, block, unavailability: un };
      const dp = block ? dnsPrimary.get(u - n) : undefined;
      if (dp) {
        let weakest: number | null = null;
        for (const x of dp.units) if (1 - val[x]! > 1e-15 && (weakest === null || val[x]! < val[weakest]!)) weakest = x;
        c.failover = { weakest: weakest === null ? null : nodes[weakest >= n ? weakest - n : weakest]!.name, wait: dp.wait, ...(dp.sources && weakest !== null && !dp.sources.has(weakest) ? { notPromoted: true } : {}) };
      }
      const sp = block ? shallowPart.get(u - n) : undefined;
      // (A block — a tier's reads and writes — is named by its costliest part: what that tier needs, not the tier, whose own
      // instances a check through a layer-7 balancer's pool does see; round 82b r03.)
      if (sp) {
        const w = descend(sp.u);
        c.shallow = { weakest: nodes[w >= n ? w - n : w]!.name, target: nodes[sp.c]!.name };
      }
      const rp = block ? routeParts.get(u - n) : undefined;
      if (rp && rp.total > 0)
        c.routes = rp.parts
          .map((p) => {
            let weakest: number | null = null;
            for (const x of p.units) if (1 - val[x]! > 1e-15 && (weakest === null || val[x]! < val[weakest]!)) weakest = x;
            const own = weakest === null ? 0 : Math.min((p.share * (1 - val[weakest]!)) / rp.total, (p.share * (1 - p.up)) / rp.total);
            if (weakest !== null) weakest = descend(weakest);
            return { route: p.label, unavailability: (p.share * (1 - p.up)) / rp.total, weakest: weakest === null ? null : nodes[weakest >= n ? weakest - n : weakest]!.name, weakestUnavailability: own };
          })
          .filter((r) => r.unavailability > 1e-15)
          .sort((a, b) => b.unavailability - a.unavailability);
      out.push(c);
    }
    return out.sort((a, b) => b.unavailability - a.unavailability);
  };
  // What each product multiplies: an entry's units, or with no entry every node's.
  let products: Set<number>[];
  if (!m.entries.length) {
    const all = new Set<number>();
    for (const s of nodes) if (!s.client && !s.ignored && s.standsFor < 0) for (const u of closure(s.idx)) all.add(u);
    products = [all];
  } else products = m.entries.map((e) => closure(e));
  // A node needed by two alternatives of one block, or by one product directly and again inside a block (the
  // writer every region's requests need, hidden in one region's reads/writes block), is not independent of
  // itself: multiplying its value twice overstates the block (round 68b r03: a read/write split in one region made
  // its region look independent of the other's writer, 99.99 % for 99.97 %). Such nodes are conditioned on: the
  // value is the mean over their being up or down, each block evaluated with them fixed.
  const shared = sharedUnits(n, blocks, products);
  let given: number[] = [];
  evalBlocks();
  if (shared.size) {
    given = [...shared].filter((u) => 1 - val[u]! > 1e-15).sort((a, b) => val[a]! - val[b]!).slice(0, MAX_CONDITIONED);
  }
  const served = m.entries.length ? (steadyState(m)?.served ?? null) : null;
  const cacheLoss = m.entries.length && m.hasRate ? cacheLossCosts(m) : [];
  const scale = (k: number): number => {
    let v = served ? served[k]! : 1;
    for (const c of cacheLoss) v *= 1 - c.down[k]!;
    return v;
  };
  // Each product's expected value, and for each conditioned node the expectation with it up (its cost is the difference).
  const mean = new Float64Array(products.length);
  const meanUp = given.map(() => new Float64Array(products.length));
  if (!given.length) products.forEach((u, k) => (mean[k] = product(u)));
  else {
    const own = given.map((u) => val[u]!);
    for (let mask = 0; mask < 1 << given.length; mask++) {
      let p = 1;
      given.forEach((u, j) => {
        const up = (mask >> j) & 1;
        val[u] = up;
        p *= up ? own[j]! : 1 - own[j]!;
      });
      if (p <= 0) continue;
      evalBlocks();
      products.forEach((units, k) => {
        const v = product(units);
        mean[k]! += p * v;
        given.forEach((_, j) => {
          if ((mask >> j) & 1) meanUp[j]![k]! += (p / own[j]!) * v;
        });
      });
    }
    // The costs below are read with the conditioned nodes up; their own costs are added from the expectations.
    for (const u of given) val[u] = 1;
    evalBlocks();
  }
  let worst = Infinity;
  let worstK = 0;
  products.forEach((_, k) => {
    const v = mean[k]! * scale(k);
    if (v < worst) {
      worst = v;
      worstK = k;
    }
  });
  const costs = costsOf(products[worstK]!);
  given.forEach((u, j) => {
    const un = (meanUp[j]![worstK]! - mean[worstK]!) * scale(worstK);
    if (un > 1e-15) costs.push({ node: nodes[u]!.name, block: false, unavailability: un });
  });
  for (const c of cacheLoss) if (c.down[worstK]! > 1e-15) costs.push({ node: c.name, block: false, unavailability: c.down[worstK]! });
  costs.sort((a, b) => b.unavailability - a.unavailability);
  // Each entry's own value (the design's is the worst of them): a message can say whose requests miss the goal.
  const entries = m.entries.map((e, k) => ({ node: nodes[e]!.name, value: Math.min(1, mean[k]! * scale(k)) }));
  return { value: Math.min(1, worst), costs, dropped: served ? 1 - served[worstK]! : 0, entries, worst: m.entries.length ? nodes[m.entries[worstK]!]!.name : null };
}

/** At most this many shared nodes are conditioned on (2^k evaluations of the blocks); the rest stay multiplied as independent. */
const MAX_CONDITIONED = 6;

/**
 * The nodes (units below n) that one of the blocks or one of the products counts twice: in two alternatives of an OR
 * block, or twice within one product of units once the blocks among them are expanded to the nodes they hold.
 * Route blocks and DNS without checks take a mean of their parts, which sharing does not bias: only within a part.
 */
function sharedUnits(n: number, blocks: readonly { i: number; need: Set<number>[] | null; alts: Set<number>[]; common: Set<number>; parallel: number[][] }[], products: readonly Set<number>[]): Set<number> {
  const out = new Set<number>();
  const expanded = new Map<number, Set<number>>();
  const byIdx = new Map<number, (typeof blocks)[number]>();
  for (const b of blocks) byIdx.set(n + b.i, b);
  let budget = 2_000_000;
  /** The nodes a unit holds: a node itself, a block the nodes of its parts. */
  const expand = (u: number): Set<number> => {
    if (u < n) return new Set([u]);
    const memo = expanded.get(u);
    if (memo) return memo;
    const b = byIdx.get(u);
    const set = new Set<number>();
    if (b) for (const part of b.need ?? b.alts) for (const x of part) if (!b.common.has(x)) for (const y of expand(x)) if (budget-- > 0) set.add(y);
    expanded.set(u, set);
    return set;
  };
  /** Nodes that two of these unit sets (or one set's units) hold. */
  const overlaps = (parts: Iterable<Iterable<number>>, skip: Set<number> | null): void => {
    const seen = new Set<number>();
    for (const part of parts) {
      const mine = new Set<number>();
      const note = (y: number): void => {
        if (mine.has(y)) out.add(y);
        else mine.add(y);
      };
      for (const x of part) {
        if (skip?.has(x)) continue;
        // (A node is itself: no set to build for it.)
        if (x < n) note(x);
        else for (const y of expand(x)) note(y);
      }
      for (const y of mine) {
        if (seen.has(y)) out.add(y);
        else seen.add(y);
      }
    }
  };
  for (const b of blocks) {
    if (budget <= 0) return new Set();
    // (Within each part always; across parts only for alternatives in parallel.)
    for (const part of b.need ?? b.alts) overlaps([part], b.common);
    for (const g of b.parallel) if (g.length > 1) overlaps(g.map((j) => b.alts[j]!), b.common);
  }
  for (const p of products) overlaps([p], null);
  return budget <= 0 ? new Set() : out;
}

/**
 * A cache only read aside (its misses go to the store behind it) is needed by no request, but losing one of its servers
 * sends that server's share of the reads to the store: with rates, the share of requests that then fails (the run's own
 * figure, cache-loss-overload's) is an outage for as long as a server is down — n × (1 − a) of the time, one at a time
 * (round 53 r01: two memcached servers at 99 % left out of the estimate).
 */
function cacheLossCosts(m: Model): { name: string; down: Float64Array }[] {
  const out: { name: string; down: Float64Array }[] = [];
  // (One run each: only where a store behind has a capacity to exceed, and for a handful of caches — an estate of
  // hundreds is estimated without it, as before.)
  if (m.fallbackOf.size > 8) return out;
  for (const [c, behind] of m.fallbackOf) {
    const s = m.nodes[c]!;
    if (s.managed || s.ignored || !(s.node.availability < 1) || !behind.some((b) => (m.nodes[b]!.capacity ?? 0) > 0)) continue;
    const r = new Engine(m, { horizon: DEFAULTS.horizon, sweep: false }).run([{ type: 'fail', target: { type: 'node', node: s.name, instance: s.instances > 1 ? 1 : null }, at: 0 }]);
    const down = new Float64Array(m.entries.length);
    let any = false;
    r.entries.forEach((e, j) => {
      const at0 = e.points.find((p) => p.at === 0)?.success ?? 1;
      const k = r.entryIndex[j] ?? j;
      const lost = Math.max(0, 1 - at0);
      if (lost > 1e-9) any = true;
      down[k] = Math.min(1, s.instances * (1 - s.node.availability)) * lost;
    });
    if (any) out.push({ name: s.name, down });
  }
  return out;
}

/** The expected share of a Kafka cluster's partitions taking sends, its n brokers each up with chance a (kafkaStuckShare). */
function kafkaServed(a: number, n: number): number {
  let served = 0;
  let c = 1; // C(n, k)
  for (let k = 0; k <= n; k++) {
    if (k > 0) c = (c * (n - k + 1)) / k;
    const p = c * (1 - a) ** k * a ** (n - k);
    if (p === 0) continue;
    served += p * (1 - kafkaStuckShare(new Array<null>(n).fill(null), Array.from({ length: n }, (_, j) => j < k)));
  }
  return served;
}

/** The takeover a database's disk loss starts: its servers stay up (a Tibero Observer's own failover: observerTakeover). */
function diskTakeover(nodes: readonly SimNode[], s: SimNode, tk: Takeover): Takeover {
  return observerTakeover(nodes, s, tk) ?? tk;
}
