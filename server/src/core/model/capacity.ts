/**
 * Capacity facts of a design (failure-model §6), read once per model
 * (memoised) and shared by the simulator, the estimate and the rules. Pure.
 *
 * - Connections: each instance of a caller keeps `connections=N` open to every
 *   database it calls (DEFAULTS.connectionPool when unset and the database
 *   states a limit); a database's `max-connections=N` (old spelling `pool=`)
 *   caps the sum. Past it, the instances that got no connection fail the
 *   requests they take.
 * - Shards: `shards=N` splits a node's instances into N shards (instance i in
 *   shard ⌊i / ⌈n/N⌉⌋, so copies of a shard sit in different zones when the
 *   zones are listed round-robin); a shard with no live instance fails 1/N of
 *   the keys, and loses its data when it has no copy.
 * - Caches: `hit-ratio=P%` — the share of reads a cache answers; the misses go
 *   to the database behind it, and all reads do once the cache is gone.
 * - Autoscaling: `autoscale-delay=` (the profile's autoscale delay when unset, docs/defaults.md); a node
 *   with `autoscale=0..N` and no `replicas=` is dormant: nothing runs until it
 *   is asked to serve and scales out (pilot light).
 */
import { timingsOf } from './profiles';
import { DEFAULTS } from './defaults';
import { cacheProxied, hitRatioOf, idleAtRest, layer4, numberAttr, textAttr, type Model, type SimNode } from './request-graph';
import type { Design, TopologyNode } from '../syntax/ast';
import { engineOf, isDataTier, SEARCH_ENGINES } from './groups';
import { flagAttr } from '../syntax/attrs';

export interface Capacity {
  /** Connections each instance keeps open to a limited database (null: not a connecting caller). */
  connections: number | null;
  /** The most connections the node accepts, or null. */
  maxConnections: number | null;
  /** Shards (1: not sharded). */
  shards: number;
  /** Share of reads a cache answers (0..1), or null when not given. */
  hitRatio: number | null;
  /** Seconds autoscaling takes to add serving capacity. */
  autoscaleDelay: number;
  /** Nothing runs until it scales out (autoscale=0..N with no replicas=). */
  dormant: boolean;
  /** Share of the capacity an autoscaled node runs its instances at (0..1]: it adds instances to keep below it. */
  autoscaleTarget: number;
}

/** PostgreSQL and the products that run it as their server (Patroni, repmgr, Pgpool-II's backends, Citus, TimescaleDB), by `engine=` (lower case). */
export function postgresFamily(engine: string): boolean {
  return /postgres|patroni|repmgr|pgpool|citus|timescale|cloudnative|crunchy|^pg$/.test(engine);
}
/** superuser_reserved_connections: "The default value is three connections" (PostgreSQL documentation, pg-reserved). */
const PG_SUPERUSER_RESERVED = 3;

/** Caller kinds that open database connections. */
const CONNECTING = new Set(['web-server', 'app-server', 'service']);

/** A database's connection limit: `max-connections=`, or the old `pool=`. */
export function maxConnectionsOf(n: TopologyNode): number | null {
  if (n.kind !== 'database') return null;
  return numberAttr(n, 'max-connections') ?? numberAttr(n, 'pool');
}

/** Whether a node scales on its requests (Cloud Run, Lambda: the `serverless` profile), from zero in seconds: never dormant. */
export function onRequest(n: TopologyNode): boolean {
  return timingsOf(n).profile.id === 'serverless';
}

/** Seconds autoscaling takes to add serving capacity (the one place the simulator reads it). */
export function autoscaleDelayOf(n: TopologyNode): number {
  return timingsOf(n).autoscaleDelay.value;
}

/**
 * The share of its capacity an autoscaled node keeps its instances at: `autoscale-target=P%`, else DEFAULTS.autoscaleTarget
 * (60 %), or its profile's (a Kubernetes HorizontalPodAutoscaler: 80 %). A node that scales on each request (Lambda, Cloud Run: the `serverless` profile) runs what the requests need.
 */
export function autoscaleTargetOf(n: TopologyNode): number {
  const v = n.attrs.get('autoscale-target')?.value;
  if (v && v.type === 'percent' && v.value > 0) return Math.min(1, v.value / 100);
  return onRequest(n) ? 1 : (timingsOf(n).profile.values.autoscaleTarget?.v ?? DEFAULTS.autoscaleTarget);
}

/** The instances an autoscaled node runs for a steady load: enough to keep them at its target share, within its bounds. */
export function instancesFor(s: SimNode, load: number, target: number): number {
  if (!s.autoscale || !s.capacity) return s.instances;
  return Math.min(s.autoscale.max, Math.max(s.instances, Math.ceil(load / (s.capacity * target) - 1e-9)));
}

/** `autoscale=0..N` and no `replicas=`: nothing runs until it scales out. */
/**
 * Whether a pilot light (a dormant tier, `autoscale=0..N`) scales out from zero by itself when traffic reaches it:
 * `failover=auto` written on it (a step-scaling alarm on the load balancer's request count, a runbook an alarm starts,
 * KEDA's scaler). Target tracking alone does nothing with no instance running — it has no metric (Amazon ECS, "does not
 * perform scaling when the specified metric has insufficient data"; ecs-target-tracking) — so by default a person scales
 * it out once the failing requests are noticed (round 119 r02).
 */
export function wakesItself(n: TopologyNode): boolean {
  return textAttr(n, 'failover') === 'auto';
}

export function isDormant(n: TopologyNode): boolean {
  const v = n.attrs.get('autoscale')?.value;
  return v !== undefined && v !== null && v.type === 'range' && v.min === 0 && !n.attrs.has('replicas');
}

/**
 * Copies of each shard for a database whose shards are spread over all its instances, each copy on another instance
 * (`shard-replicas=N`, else Elasticsearch/OpenSearch's default `index.number_of_replicas` 1): 1 + N. Null for a node
 * whose instances are divided among its shards (`shards=` alone).
 */
export function shardCopiesOf(n: TopologyNode): number | null {
  // A Ceph cluster's placement groups: 3 copies each by default (osd_pool_default_size, ceph-pool-defaults).
  if (isCeph(n)) return CEPH_POOL.size;
  if (n.kind !== 'database') return null;
  const r = numberAttr(n, 'shard-replicas');
  if (r !== null) return 1 + Math.max(0, Math.floor(r));
  const e = n.attrs.get('engine')?.value;
  return e && e.type === 'text' && SEARCH_ENGINES.has(e.value.toLowerCase()) ? 2 : null;
}

/**
 * A self-run RabbitMQ cluster with classic queues: no `quorum` (quorum queues) and no `replication=` written (classic
 * mirroring, removed in RabbitMQ 4.0). A classic queue's contents live on one node, the one it was declared on
 * (rabbitmq-classic-queues): each node holds its own queues, whose messages wait on it and whose publishes fail while it
 * is down — a share of the queues per node, none of them copied (round 72 r02: read as replicated and "routed around").
 */
export function classicQueues(n: TopologyNode): boolean {
  if (n.kind !== 'queue' || n.managed || n.attrs.has('quorum') || n.attrs.has('replication')) return false;
  const e = n.attrs.get('engine')?.value;
  return !!e && e.type === 'text' && /^(rabbitmq|rabbit)$/i.test(e.value);
}

/**
 * Shards of a node: `shards=N` on a database or a cache not in Redis Cluster mode (whose slots are modelled with its
 * mode), at most its instances. A database whose shards are spread with their copies over every instance
 * (shardCopiesOf) is modelled as groups of that many instances, each group holding a set of shards whole: losing an
 * instance loses no shard, losing every instance of a group loses its share — a shard is lost only with all its copies.
 * Instances sit in the zones in turn, so a group's copies are in different zones (allocation awareness).
 */
export function shardsOf(n: TopologyNode, instances: number, design?: Design): number {
  if (classicQueues(n) && instances >= 2) return instances;
  if (n.kind !== 'database' && n.kind !== 'cache') return 1;
  const copies = shardCopiesOf(n);
  if (copies !== null && design && zoneUnaware(n, design)) return 1;
  if (copies !== null) return Math.max(1, Math.floor(instances / copies));
  const v = numberAttr(n, 'shards');
  if (v === null || v < 2) return 1;
  const mode = n.attrs.get('mode')?.value;
  if (mode && mode.type === 'text' && mode.value === 'cluster') return 1;
  return Math.max(1, Math.min(Math.floor(v), instances));
}

/**
 * A self-run Elasticsearch/OpenSearch cluster over two or more zones without shard allocation awareness (`awareness`):
 * the engine keeps a shard's copies on different nodes only, not in different zones (Elastic, "Shard allocation
 * awareness": only with `cluster.routing.allocation.awareness.attributes` set does it spread them by zone; Elastic
 * Cloud does it itself). Its shards are then modelled as spread evenly over every pair (every 1 + N) of nodes: with d
 * nodes down, C(d, c) / C(n, c) of the shards have lost every copy (unawareLostShare).
 */
export function zoneUnaware(n: TopologyNode, design: Design): boolean {
  const ceph = isCeph(n);
  if ((n.kind !== 'database' && !ceph) || new Set(n.zones).size < 2) return false;
  // (A CRUSH rule by zone over fewer zones than a group's copies still leaves a zone's loss below min_size: see
  // cephZonesShort — round 67b r05.)
  if ((flagAttr(n, 'awareness') === true && !cephZonesShort(n)) || flagAttr(n, 'managed') === true) return false;
  // Ceph's default CRUSH rule spreads a placement group's copies over hosts, not zones (chooseleaf type host).
  if (ceph) return true;
  // The master-eligible nodes of a cluster whose data nodes are written apart (`es-data -> es-master`) hold no shards.
  if (mastersOnly(design, n)) return false;
  // (Any engine written with `shard-replicas=` the same: its copies go to other nodes, not other zones, unless it is told
  // the zones — Couchbase server groups, `awareness`; round 80c r02.)
  if (n.attrs.has('shard-replicas')) return true;
  const e = n.attrs.get('engine')?.value;
  return !!e && e.type === 'text' && SEARCH_ENGINES.has(e.value.toLowerCase());
}

/**
 * How a product is told to keep a shard's copies in different zones (zoneUnaware's fix), for the findings: Elasticsearch's
 * and OpenSearch's allocation awareness, Couchbase's server groups, else the product's rack or zone awareness in general.
 */
export function awarenessHow(n: TopologyNode): { en: string; ko: string } {
  const e = engineOf(n);
  if (SEARCH_ENGINES.has(e))
    return { en: "allocation awareness by zone (`cluster.routing.allocation.awareness.attributes` with each node's zone as an attribute; written `awareness`)", ko: '존 단위 할당 인식(각 노드의 존을 속성으로 두고 `cluster.routing.allocation.awareness.attributes` 설정, `awareness`로 표기)' };
  if (e === 'couchbase')
    return { en: 'server groups, one per zone (Couchbase then keeps a vBucket\'s replicas in another group; written `awareness`)', ko: '존마다 서버 그룹 하나(그러면 Couchbase는 vBucket의 복제본을 다른 그룹에 둡니다, `awareness`로 표기)' };
  return { en: "the product's zone- or rack-aware placement of the copies (written `awareness`)", ko: '제품의 존·랙 인식 배치(`awareness`로 표기)' };
}

function mastersOnly(design: Design, n: TopologyNode): boolean {
  for (const e of design.edges) {
    if (e.to !== n.name) continue;
    const from = design.nodes.get(e.from);
    if (from && from !== n && isDataTier(design, from)) return true;
  }
  for (const m of design.nodes.values()) if (m !== n && isDataTier(design, m) && m.attrs.get('coordinator')?.value?.type === 'text' && (m.attrs.get('coordinator')!.value as { value: string }).value === n.name) return true;
  return false;
}

/**
 * A Ceph cluster written with a CRUSH rule by zone (`awareness`) over fewer zones than a placement group's copies: a
 * zone holds more than one copy of every group, so its loss leaves fewer than min_size and the I/O stops (Ceph's answer
 * for two sites is stretch mode: size 4, two copies a site, a tiebreaker monitor in a third — round 67b r05).
 */
export function cephZonesShort(n: TopologyNode): boolean {
  return isCeph(n) && flagAttr(n, 'awareness') === true && new Set(n.zones).size >= 2 && new Set(n.zones).size < CEPH_POOL.size;
}

/** Ceph's pool defaults (ceph-pool-defaults): 3 copies, I/O while at least size − size/2 = 2 are up. */
export const CEPH_POOL = { size: 3, minSize: 2 };

/** A self-run Ceph cluster (`storage engine=ceph|ceph-rbd|rbd|cephfs|ceph-rgw`). */
export function isCeph(n: TopologyNode): boolean {
  const e = n.attrs.get('engine')?.value;
  return n.kind === 'storage' && !!e && e.type === 'text' && /^(ceph|ceph-rbd|rbd|cephfs|ceph-rgw|rgw)$/.test(e.value.toLowerCase());
}

/**
 * The share of an unaware spread node's shards (placement groups) with fewer than `minAlive` copies left on live nodes,
 * copies placed at random over the instances: the hypergeometric tail, Σ C(down, k) C(up, c − k) / C(n, c) for
 * k > c − minAlive. With minAlive 1 it is the share with every copy down (unawareLostShare).
 */
export function unawareBelowShare(instances: number, down: number, copies: number, minAlive: number): number {
  if (copies < 1 || instances < copies || down <= 0) return 0;
  const choose = (a: number, b: number): number => {
    if (b < 0 || b > a) return 0;
    let r = 1;
    for (let j = 0; j < b; j++) r = (r * (a - j)) / (j + 1);
    return r;
  };
  let p = 0;
  for (let k = copies - minAlive + 1; k <= copies; k++) p += choose(down, k) * choose(instances - down, copies - k);
  return Math.min(1, p / choose(instances, copies));
}

/** The share of an unaware spread node's shards with every copy on a down node: C(down, copies) / C(instances, copies). */
export function unawareLostShare(instances: number, down: number, copies: number): number {
  if (down < copies || copies < 1 || instances < copies) return 0;
  let p = 1;
  for (let j = 0; j < copies; j++) p *= (down - j) / (instances - j);
  return p;
}

/** The shard of instance i of a node with `instances` instances in `shards` shards. */
export function shardOf(i: number, instances: number, shards: number): number {
  if (shards <= 1) return 0;
  const per = Math.ceil(instances / shards);
  return Math.min(shards - 1, Math.floor(i / per));
}

const memo = new WeakMap<Model, Capacity[]>();

const resting = new WeakMap<Model, Uint8Array>();
/**
 * Per node, 1 when the entries' requests reach it with nothing failed: a failover record's first answer only, and past a
 * checking balancer whose pool has a member that runs, not its members scaled to zero. A tier written `autoscale=0..N`
 * that the requests reach this way carries them from the start: it is no pilot light (round 46b r04: a function tier on
 * the only path was read as dormant and the design as serving nothing). A queue's consumers are reached with it.
 */
function askedAtRest(m: Model): Uint8Array {
  let out = resting.get(m);
  if (out) return out;
  out = new Uint8Array(m.nodes.length);
  const stack = [...m.entries];
  for (const e of stack) out[e] = 1;
  while (stack.length) {
    const s = m.nodes[stack.pop()!]!;
    let next = s.callees;
    if (s.or === 'dns-failover') next = s.callees.slice(0, 1);
    else if (s.lbDetect !== null && s.callees.length > 1 && s.callees.some((c) => !isDormant(m.nodes[c]!.node))) next = s.callees.filter((c) => !isDormant(m.nodes[c]!.node));
    // (A queue's consumers take its messages at rest: one scaled from zero on the queue's depth — KEDA, a Lambda or Cloud
    // Run subscription — is no pilot light either; round 122 r03.)
    for (const c of [...next, ...s.soft.map((e) => e.cache), ...s.consumers])
      if (!out[c]) {
        out[c] = 1;
        stack.push(c);
      }
  }
  resting.set(m, out);
  return out;
}

export function capacityOf(m: Model): Capacity[] {
  const hit = memo.get(m);
  if (hit) return hit;
  const limited = new Set<number>();
  const out = m.nodes.map((s): Capacity => {
    const n = s.node;
    const max = maxConnectionsOf(n);
    if (max !== null) limited.add(s.idx);
    return {
      connections: null,
      maxConnections: max,
      shards: shardsOf(n, s.instances, m.design),
      // (A proxy in front of caches is read with their hit ratio: its callers' misses are the caches'.)
      hitRatio: n.kind === 'cache' ? hitRatioOf(n) : m.fallbackOf.has(s.idx) ? hitRatioOf(cacheProxied(m.nodes, s)?.node ?? n) : null,
      autoscaleDelay: autoscaleDelayOf(n),
      dormant: s.kind !== null && CONNECTING.has(s.kind) && isDormant(n) && !onRequest(n) && !askedAtRest(m)[s.idx],
      autoscaleTarget: autoscaleTargetOf(n),
    };
  });
  for (const d of limited)
    for (const c of m.nodes[d]!.callers) {
      const s = m.nodes[c]!;
      if (s.kind !== null && CONNECTING.has(s.kind)) out[c]!.connections = numberAttr(s.node, 'connections') ?? defaultPool(s.node);
      // Through a pass-through proxy, its callers' pools are what reaches the database.
      else if (passesConnections(s, m.nodes))
        for (const cc of s.callers) {
          const t = m.nodes[cc]!;
          if (t.kind !== null && CONNECTING.has(t.kind)) out[cc]!.connections = numberAttr(t.node, 'connections') ?? defaultPool(t.node);
        }
    }
  memo.set(m, out);
  return out;
}

/**
 * A caller's pool when `connections=` is not written: a Lambda function's execution environment serves one invocation at
 * a time and so uses one connection (AWS Lambda developer guide, "Understanding Lambda function scaling"; aws-samples
 * aws-lambda-manage-rds-connections — docs/defaults.md; round 66 r03); anything else HikariCP's default
 * (DEFAULTS.connectionPool).
 */
export function defaultPool(n: TopologyNode): number {
  return isLambda(n) ? 1 : DEFAULTS.connectionPool;
}

/** An AWS Lambda function, by `engine=`. */
export function isLambda(n: TopologyNode): boolean {
  return /^(aws-)?lambda$/i.test(textAttr(n, 'engine') ?? '');
}

/** The most instances a node runs: its autoscale maximum, or its instances. */
export function peakInstances(s: SimNode): number {
  return Math.max(s.instances, s.autoscale ? s.autoscale.max : 0);
}

export interface ConnectionLimit {
  db: number;
  /** The connections the applications can open: `max-connections=` less what the database keeps for its superusers. */
  max: number;
  /** Connections PostgreSQL keeps for superusers out of max_connections (superuser_reserved_connections, 3), else 0. */
  reserved: number;
  /** Callers and the connections each instance keeps. */
  callers: { idx: number; connections: number; explicit: boolean }[];
  /** Connections at every caller's peak instances. */
  peak: number;
}

/** Every database with a connection limit and its connecting callers. */
const limitsMemo = new WeakMap<Model, ConnectionLimit[]>();

export function connectionLimits(m: Model): ConnectionLimit[] {
  const hit = limitsMemo.get(m);
  if (hit) return hit;
  const out = computeLimits(m);
  limitsMemo.set(m, out);
  return out;
}

/**
 * PostgreSQL run by its owner as streaming replicas (Patroni, repmgr, Citus, plain PostgreSQL), by `engine=`: written as
 * one node's instances, they are a primary and asynchronous standbys unless `replication=sync` (round 66b r01).
 */
export const STREAMING_PG_ENGINES = /^(patroni|repmgr|citus|postgres|postgresql|pg|cloudnative-pg|cnpg)$/i;
/** Self-run PostgreSQL clusters with a manager that promotes a standby, reached at the primary's read-write endpoint (Patroni behind HAProxy, CloudNativePG's `-rw` Service, repmgr). */
export const MANAGED_PRIMARY_PG_ENGINES = /^(patroni|repmgr|cloudnative-pg|cnpg)$/i;

/** Words that name a connection pooler in front of a database. */
const POOLER_WORDS = /pgbouncer|proxysql|pgpool|pgcat|odyssey|rds-?proxy|pooler|connection pool|커넥션 ?풀/i;

/**
 * A balancer that forwards each client connection as one backend connection: layer 4, MySQL Router, or one with no
 * `layer=` written whose targets are all databases — HAProxy in front of Patroni runs `mode tcp` (Patroni's sample
 * haproxy.cfg): a database speaks its own protocol, not HTTP, whatever path the health check asks (round 65b r03).
 */
function passesConnections(s: SimNode, nodes: readonly SimNode[]): boolean {
  if (s.kind !== 'load-balancer') return false;
  const engine = (textAttr(s.node, 'engine') ?? '').toLowerCase();
  // A pooler (ProxySQL, PgBouncer, Pgpool-II) by its engine, name or label (`pooler: lb engine=k8s label="PgBouncer"`): it
  // multiplexes, a caller of its own (round 67b r02).
  if (POOLER_WORDS.test(`${s.name} ${engine} ${textAttr(s.node, 'label') ?? ''}`)) return false;
  const layer = textAttr(s.node, 'layer');
  if (layer4(s.node) || engine === 'mysql-router' || engine === 'mysqlrouter') return true;
  return layer === null && s.callees.length > 0 && s.callees.every((c) => nodes[c]!.kind === 'database');
}

function computeLimits(m: Model): ConnectionLimit[] {
  const cap = capacityOf(m);
  const out: ConnectionLimit[] = [];
  m.nodes.forEach((s, d) => {
    const max = cap[d]!.maxConnections;
    if (max === null) return;
    // Through a proxy that passes connections through (a layer-4 balancer, MySQL Router) its callers' pools reach the
    // database one for one; a pooler (ProxySQL, PgBouncer) multiplexes them and is a caller of its own.
    const via: number[] = [];
    for (const c of s.callers) {
      if (cap[c]!.connections !== null) via.push(c);
      else if (passesConnections(m.nodes[c]!, m.nodes)) for (const cc of m.nodes[c]!.callers) if (cap[cc]!.connections !== null && !via.includes(cc)) via.push(cc);
    }
    const callers = via.map((c) => ({ idx: c, connections: cap[c]!.connections!, explicit: numberAttr(m.nodes[c]!.node, 'connections') !== null }));
    if (!callers.length) return;
    // (A recovery site's tier behind a failover record — idle at rest — opens its pools only once the record has moved the
    // users off the first site: the two sites' peaks are not added; round 104b r08.)
    const idle = idleAtRest(m);
    let active = 0;
    let standing = 0;
    for (const c of callers) {
      const n = c.connections * peakInstances(m.nodes[c.idx]!);
      if (idle[c.idx]) standing += n;
      else active += n;
    }
    const peak = Math.max(active, standing);
    // PostgreSQL accepts only superusers in its last superuser_reserved_connections slots (3 by default).
    const reserved = postgresFamily((textAttr(s.node, 'engine') ?? '').toLowerCase()) && max > PG_SUPERUSER_RESERVED ? PG_SUPERUSER_RESERVED : 0;
    out.push({ db: d, max: max - reserved, reserved, callers, peak });
  });
  return out;
}
