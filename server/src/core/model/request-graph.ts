/**
 * The failure model's view of a design: a compiled, index-based request graph
 * with every timing resolved from its attribute or from its technology profile
 * (model/profiles: `timingsOf(node)`). Built once per
 * design (memoised by object identity) and shared by the estimate, the
 * simulator and the sweep. Pure: no I/O, no clocks.
 *
 * Request-graph semantics — the ONE definition, used by the simulator, the
 * estimate and the single-point-of-failure rule (analysis/spof.ts analyses this model):
 * - edges are caller → callee; duplicates, self-edges, edges into clients and
 *   edges to or from a `monitor` (which watches, it does not serve) are ignored;
 * - entries are the `client` nodes; with no client, every node that nothing
 *   calls (one with no edge at all included), plus the first declared node of
 *   each cycle nothing outside calls; never a monitor or a copy (`standby|
 *   replica|primary of=X`) (see sourceEntries);
 * - a caller needs ALL its callees (AND), except a load balancer and a dns with
 *   routing failover/latency/weighted/round-robin, whose callees are
 *   alternatives (OR); a caller whose edges name `reads` and `writes` needs,
 *   for each request, the unlabelled callees and those of its request's class
 *   (compileClasses);
 * - a "soft" cache edge: a cache that holds no state of its own (not a session
 *   store, not `primary`; see cacheHoldsState) and has a database to fall back
 *   to (its `of=` database, or a database its caller also calls) is not needed;
 *   its loss moves its load onto those databases;
 * - a `standby of=X` takes over for X once X is fully down (manual unless it
 *   says `failover=auto`); two primaries of one dataset (`primary of=X`) take
 *   over for each other; a `replica of=X` is an ordinary callee that is never
 *   promoted, and when it is gone its reads go to X; a `standby of=X readable`
 *   does both: it serves the requests of the edges into it (reads) and, when it
 *   is gone, they go to X; it takes over for X like any standby;
 * - an edge that closes a cycle carries only total outages: when its callee
 *   serves nothing, its caller fails too; otherwise it counts as served.
 */
import { DEFAULTS } from './defaults';
import { noticeDelay, ownMonitorDelay } from './monitoring';
import { backupTargets, isBackupEdge, longestRestore } from './durability';
import { clusterZoneIndex, demotesWithout, engineOf, GALERA_ENGINES, groupSpecOf, isDataTier, isMemcached, KAFKA_BROKER_ENGINES, KAFKA_ENGINES, MEMBER_ADDRESSED, NDB_ENGINES, PULSAR_ENGINES, READ_ONLY_WITHOUT_MAJORITY, redundantModeMinimum, SEARCH_ENGINES, SINGLE_PRIMARY_ENGINES, votingType, type GroupSpec } from './groups';
import { haTiming } from './ha-timings';
import { DB2_ENGINES, isRedis, MYSQL_FAMILY, ORACLE_ENGINES, SQLSERVER_ENGINES, REDIS_COMPATIBLE, REDIS_ENGINES, replicationOf, type ReplicationMode } from './replication';
import { attrValue, flagAttr, flagOf, namesAttr, numberOf, sessionStoreOf, textAttr, textOf } from '../syntax/attrs';
import { regionsOf } from '../syntax/places';
import { AZURE_STORAGE_ENGINES, BROKER_ENGINES, K8S_CRASH, KAFKA_LOG, MEMORYSTORE_ENGINES, PROXYSQL_MONITOR, SHARED_STORE_BROKERS } from './profiles/table';
import { AZURE_SQL_FOG, K8S_NODE, brokerPair, canonicalEngine, CLICKHOUSE_FAILOVER, COSMOS, GCP_OUTLIER, PROXYSQL_GALERA, failoverTimingsOf, PROFILES, profileLabel, timingsAs, timingsOf, timingsUnder, type ProfileId, type Timings } from './profiles';
import { hasPlacementSla } from './profiles/derive';
import { ENGINE_PROFILES } from './profiles/select';
import type { Attr, Design, Edge, KindId, Localized, TopologyNode } from '../syntax/ast';

/**
 * How a node uses its callees: 'lb' a balancer or gateway (a pool, or one pool per
 * route); 'dns-failover' the first healthy one; 'dns-spread' shares that leave
 * with a health check; 'dns-static' shares handed to clients with no health
 * check (a dead target keeps its share); null all needed.
 */
export type OrMode = 'lb' | 'dns-failover' | 'dns-spread' | 'dns-static' | null;

/**
 * One route of a balancer or gateway (a path `: /api` or a host `: host=NAME` in
 * the edge label): its own pool and its share of the router's requests. The
 * callees with no route form the default route (key '', label null).
 */
export interface Route {
  /** The path and host, normalised: two edges with the same key form one pool. */
  key: string;
  /** The route as the user wrote it in the label (`/api/*`, `host=admin.example.com`), or null for the default route. */
  label: string | null;
  /** Share (0..1) of the router's requests: `share=P%`, or the rest split evenly. */
  share: number;
  /** The pool: callees (indexes) that serve this route, alternatives of each other. */
  pool: number[];
}

export interface Takeover {
  /** Index of the node that takes over. */
  by: number;
  /** Seconds from the primary being fully down to detection (a manual promotion: until someone notices). */
  detect: number;
  /** Seconds from detection to serving. */
  promote: number;
  manual: boolean;
  /** Seconds of acknowledged writes lost when it takes over (0 for sync). */
  lag: number;
  replication: ReplicationMode;
  /** Freshness: 0 synchronous, 1 semi-synchronous, 2 asynchronous (model/replication.ts). */
  rank: 0 | 1 | 2;
  /** The quorum group whose majority this failover needs (`coordinator=`), or -1. */
  coordinator: number;
  /** The witness whose vote this failover needs (`witness=`: the standby and the witness are two of three votes), or -1. */
  witness: number;
  /**
   * The other cluster nodes that vote with the witness: the source, and for a Windows Server failover cluster (SQL
   * Server availability groups: every replica is a cluster node) the source's other standbys too. With dynamic quorum
   * and dynamic witness (defaults since Windows Server 2012 / 2012 R2), a cluster losing its nodes one at a time keeps
   * quorum while two votes are left — the taking-over node and one more (a node or the witness).
   */
  voters: readonly number[];
  /** The promotion time is the project's generic one (no profile documents it, none written). */
  promoteGeneric: boolean;
  /** Seconds of `promote` that are a repointed DNS record's TTL (clients keep the old answer that long), said in the timeline. */
  ttl?: number;
  /**
   * Seconds of `promote` that a self-run balancer checking both the primary and the standby (HAProxy on Patroni's
   * `/primary`) takes to send to the promoted one: its `rise` passing checks, `interval` apart (round 60 r02).
   */
  rise?: { seconds: number; by: number };
  /** Seconds of `promote` that are a new NFS server's grace period (said on its own in the timeline). */
  grace?: number;
  peer: boolean;
  /** How detection is reached, for the timeline ("down-after-milliseconds 30s", "heartbeat 5s × 3"). */
  how: Localized;
  /** The profile whose timings apply. */
  profile: Localized;
  /** The proxy whose monitor detects the loss and promotes (MaxScale with auto_failover), when it is not the standby. */
  detector?: number;
}

export interface SoftEdge {
  cache: number;
  fallbacks: number[];
  /**
   * Fallbacks the caller also calls for requests of their own: its edge to them carries another label than its edge to
   * the cache (`web -> cache : product reads`, `web -> db : orders`). Each label is a request class with an even share
   * (as `reads`/`writes` classes without shares): the cache takes its class, a direct database its own class and, when
   * it is a fallback, the cache's misses (a search cluster beside the store takes its own class only).
   */
  direct?: number[];
  /** With `direct`: the share of the caller's requests in the cache's class (written, or an even part). */
  share?: number;
  /** With `direct`: per direct callee, the share of its own class. */
  directShare?: number[];
  /** The class word of the cache's edge (`reads`, `writes`), when it names one: a class of another word reads nothing through it. */
  via?: string;
  /** With request classes on the caller: the index of the route (class) the cache answers for. */
  route?: number;
}

export interface SimNode {
  idx: number;
  name: string;
  node: TopologyNode;
  kind: KindId | null;
  client: boolean;
  /** Monitors: outside the request path. */
  ignored: boolean;
  managed: boolean;
  or: OrMode;
  /**
   * A balancer's or gateway's routes, when some edge label names a path or host; else null (one pool).
   * On a node that needs all its callees: its `reads` and `writes` classes, each route's pool what the class needs (compileClasses).
   */
  routes: Route[] | null;
  /**
   * Per router this client calls with a route of the router's written on its edge (`pg -> apigw : /webhook`): the index
   * of that route in the router's routes — its requests take that route only. Null when it pins none.
   */
  routePin: Map<number, number> | null;
  /**
   * On a router: the clients that name one of its routes (routePin), each with that route's index. Their requests load
   * that route only; the rest of its load goes by the routes' shares. Null when no client names one.
   */
  pinnedBy: (readonly [client: number, route: number])[] | null;
  /**
   * Per latency or geolocation record this client calls: the index of its target in the client's own region — the
   * record answers it with that one while it is in the answers, and with the others only once it is out (Route 53
   * latency routing answers each resolver with the lowest-latency healthy record). Null when it has none.
   */
  nearest: Map<number, number> | null;
  /** A queue's consumers (`q -> worker`): the processing flow, not a request path. */
  consumers: number[];
  /** The queues this node consumes from. */
  consumes: number[];
  /**
   * The queues a topic delivers a copy of every message to (`topic -> q`: SNS fanning out to SQS queues): each takes the
   * topic's whole rate; the topic does not wait for them. Not a dead-letter queue's edge (DEAD_LETTER).
   */
  forwards: number[];
  /** Hard callees (AND) or alternatives (OR), in edge order. */
  callees: number[];
  /**
   * On a node that needs all its callees: the active-active primaries it calls more than one of (`app -> db-a`,
   * `app -> db-b`, `db-b: primary of=db-a`), each set an alternative of its own — its driver knows every address and
   * moves on by itself (compilePeerCalls). Per set, each member's share of the caller's requests. Null when none.
   */
  peerSets: { members: number[]; share: number[] }[] | null;
  /** Callees reached through an edge closing a cycle: they carry only total outages (see the top). */
  back: ReadonlySet<number>;
  soft: SoftEdge[];
  /**
   * A session store that also answers reads (`hit-ratio=` on it: Spring Session and @Cacheable on one Redis): the
   * databases the caller reads with the same label get only its misses. The store stays a hard dependency (sessions).
   */
  storeOffload: { cache: number; dbs: number[] }[];
  callers: number[];
  /** Who takes over for this node, in declaration order. */
  takeovers: Takeover[];
  /** The node this one stands in for (standby / second primary), or -1. */
  standsFor: number;
  /** A read replica's source (or a readable standby's): the node whose data it serves for reads; or -1. */
  readsFrom: number;
  /**
   * Whether the replica's reads go to its source when it is gone: only behind an endpoint that does so (Aurora's
   * reader endpoint falls back to the writer). An application that reads from a replica's own address (an RDS or
   * self-run replica) gets errors until the replica is back or the application is pointed elsewhere.
   */
  readsFallBack: boolean;
  /**
   * A replica whose reads fall back through a database proxy (readsFallBack, not Aurora's reader endpoint) that a caller
   * also reads at its own address: that caller's reads are not moved — they fail until it is back (round 119b r01).
   */
  directReads: boolean;
  instances: number;
  /** Zone of instance i (round-robin over zones), or null. */
  zoneOf: (i: number) => string | null;
  regionOf: (zone: string | null) => string | null;
  /** The node's resolved timings (profile defaults overridden by attributes). */
  timings: Timings;
  /** Load balancer that checks its targets (`health-check`, or a product that always does): seconds to stop sending to a dead instance. */
  lbDetect: number | null;
  /**
   * A Google Cloud load balancer whose backends are all serverless NEGs (Cloud Run, Cloud Functions): they take no health
   * check, so `lbDetect` is the backend service's outlier detection when `health-check` is written (it is configured),
   * else null.
   */
  serverlessNeg: boolean;
  /** A ProxySQL whose backends are all Galera groups: its Galera health check removes a member (PROXYSQL_GALERA), not its pings. */
  galeraCheck: boolean;
  /** A balancer written `health-check=deep`: its checks fail for a live target whose requests cannot be served (what it needs is down). */
  deepCheck: boolean;
  /**
   * A checking router over layer-7 balancers (Global Accelerator over ALBs, Front Door over Application Gateways): its probe
   * is proxied into the balancer's pool, so it fails when that pool has no healthy target — as deep as the pool's own
   * checks, no deeper. (`deepCheck` is set with it; the engine reads the pool's health through poolFailing.)
   */
  poolCheck: boolean;
  /**
   * Global Accelerator over Elastic Load Balancing endpoints: an endpoint's health is its load balancer's own target health
   * (no checks of GA's own), so GA moves traffic once the load balancer has no healthy target, after its checks.
   */
  elbHealth: boolean;
  /** Seconds until the pods of a lost host leave the Service (Kubernetes node-monitor-grace-period), or null. */
  hostDetect: number | null;
  /**
   * Seconds until a lost instance serves again by itself: a managed service's own failover, or the repair (replacement)
   * time — after noticeFirst when a person rebuilds it.
   */
  restore: number;
  /**
   * A rebuild by a person (the generic repair) waits until someone knows: its monitor's notice (one interval) when one
   * watches it, else the users' report, DEFAULTS.unnoticed (15 min); counted in restore. 0 for an instance a provider or an
   * orchestrator replaces (they watch it themselves).
   */
  noticeFirst: number;
  /** Who knows first of a failure noticeFirst waits for: a monitor watching the node, or its users (nothing watches it). */
  noticedBy: 'monitor' | 'users';
  /** What brings a lost instance back: the provider's failover (managed) or a repair. */
  restoreBy: 'failover' | 'repair';
  /** A managed lone node (an ElastiCache node, a Memorystore Basic instance) that the provider replaces by itself, empty. */
  providerReplaces: boolean;
  /**
   * A managed service whose standby node is the provider's own (an Aurora reader written `standby of=`, the
   * standby of a zone-redundant managed database): its failover is that standby's takeover, in the provider's
   * time, so the lost instance itself comes back only as a repair (Aurora recovers it as a reader).
   */
  providerStandby: boolean;
  /** Seconds until a dead instance is routed around by the node itself (vip move, data cluster, its clients' retry), or null. */
  selfDetect: number | null;
  /** A pod whose crash takes it out of its Service's endpoints (selfDetect: K8S_CRASH), not its failing readiness probes. */
  crashRemoval: boolean;
  /** A serving tier written `failover=client`: its callers know every instance and try the next when one does not answer. */
  clientFailover: boolean;
  /**
   * A multi-primary cluster whose members each answer at their own address (Galera, CockroachDB), called only by
   * plain callers (no balancer, proxy or routing tier in front): a caller holds one member's address, so a lost
   * member's share of the requests fails until it is back, whatever the cluster does without it.
   */
  directMembers: boolean;
  /** Load balancer pair with a moving virtual IP: active-passive. */
  vip: boolean;
  /**
   * A virtual IP held only with a quorum of the nodes (Pgpool-II's watchdog: more than half of them, with
   * enable_consensus_with_half_votes off by default): a pair that loses either node holds it nowhere.
   */
  vipQuorum: boolean;
  /**
   * A managed database cluster with one writer (Aurora, an RDS Multi-AZ DB cluster)
   * and 2+ instances: its requests go to instance #1, the writer, through the
   * cluster endpoint; the others are readers. Losing the writer stops them until the
   * provider's failover promotes a reader; losing a reader changes nothing.
   */
  singleWriter: boolean;
  /**
   * The only target of an active-backup balancer (HAProxy's `backup` servers, `algorithm=active-backup`): its instances are
   * the balancer's servers, and one serves at a time — capacity is one instance's (round 94 r02: a Galera cluster's three
   * members counted as three writers' capacity).
   */
  activeOne: boolean;
  /**
   * A balancer's or a CDN's second-choice targets: its edges to them say so (`priority 2`, `fallback`, `장애 시` — Front Door
   * origin priorities, HAProxy `backup` servers, an F5 priority group) and its edges to the others do not. They get no request
   * while a first-choice target is in rotation (round 98 r04: a priority-2 origin was given its share of the traffic at
   * rest). Null when there is no such split.
   */
  secondChoice: ReadonlySet<number> | null;
  /**
   * A MongoDB replica set read with the default read preference (`primary`): every read and write goes to the primary, so
   * the set serves with one member's capacity — the secondaries are copies, not capacity (round 98b r04: three members'
   * capacity was summed, and a secondary's loss "overloaded" it). Not when an edge to it says the reads go to secondaries
   * (`secondaryPreferred`, `nearest`). So is a Group Replication group in single-primary mode (InnoDB Cluster) that no
   * caller reads apart from its writes (round 99 r01).
   */
  primaryOnly: boolean;
  /**
   * A virtual IP pair across zones of a public cloud (the design runs on AWS, Google Cloud or Azure): the provider's name.
   * Keepalived alone cannot move the address to another zone (a private address belongs to one zone's subnet): the run
   * moves it only within a zone (round 95b r05, and 91 r02 before it). Null otherwise.
   */
  vipCloud: string | null;
  /** DNS failover: detection + ttl. */
  dnsSwitch: number;
  /** `routing=weighted`: each callee's share of the answers from the `weight=N` of its edge (a missing weight counts 1), in callee order; null for equal shares. */
  dnsShare: number[] | null;
  dnsDetect: number;
  /** A failover record a person changes (`failover=manual`): dnsDetect is someone's notice, dnsSwitch adds the change and the TTL; no failback by itself. */
  manualDns: boolean;
  capacity: number | null;
  /**
   * The share of its requests a caching node answers itself (`hit-ratio=` on a `cdn`, or on a `web-server` caching
   * in front of its origin: Varnish, nginx proxy_cache): only the rest (misses) reach its callees; 0 when unset.
   */
  offload: number;
  autoscale: { min: number; max: number } | null;
  rate: number | null;
  /** Sessions kept in the instance (state=stateful, sessions=local|sticky). */
  localSessions: boolean;
  /** Index of the shared session store, or -1. */
  sessionStore: number;
  /** Cache used as a session store by some node. */
  isSessionStore: boolean;
  /**
   * A session store written `primary` that a caller also calls for something else (`api -> redis : carts`, a label not
   * about sessions): it holds data of record beside the sessions, whose lost writes count as writes lost.
   */
  alsoRecords: boolean;
  dataKind: boolean;
  /** Redis Sentinel / Cluster or a quorum group: who serves depends on which instance is up (model/groups.ts); null otherwise. */
  group: GroupSpec | null;
  /** A Patroni primary demotes itself without this quorum group's majority (model/groups.ts demotesWithout), or -1. */
  demotesWith: number;
  /**
   * The dedicated master tier of an Elasticsearch/OpenSearch data tier (`es-data -> es-master`), or -1: without its elected
   * master nothing removes a lost node, promotes a replica shard or restores a snapshot.
   */
  masterTier: number;
  /**
   * MySQL NDB Cluster's arbitrator (the management node its data nodes call: `data -> mgm : arbitration`), or -1: data
   * nodes left with no more than half of their number survive a split only if they reach it.
   */
  arbitrator: number;
  /**
   * A replica set written as a primary and its copies (`engine=group-replication|mongodb|galera|…` or `quorum` on a
   * one-instance primary with standbys or replicas of it): every member votes, so the primary accepts writes, and a copy
   * is elected, only while a strict majority of the members is up. The members (the primary first), or null.
   */
  quorumPeers: number[] | null;
  /**
   * A Kafka cluster's controller quorum (`kafka -> kraft`, a `consensus` node): not on the produce or fetch path — the
   * brokers serve what they lead without it — but with no majority of it no lost broker is fenced and no partition gets
   * a new leader. Its index, or -1.
   */
  controlPlane: number;
  /**
   * A self-run PostgreSQL primary with one synchronous standby (`replication=sync`, one instance): every commit waits
   * for that standby's acknowledgement (`synchronous_standby_names` naming it), so while it is down writes stop — and so
   * does a MySQL or SQL Server primary whose only (semi-)synchronous standby is written `sync-timeout=none`
   * (replication.ts, syncWaitProduct). Its index, or -1.
   */
  syncWait: number;
  /** The primary whose commits wait for this standby (syncWait), or -1. */
  syncFor: number;
  /**
   * Two or more (semi-)synchronous standbys a MySQL source or SQL Server primary waits for one of, never going on without
   * (`sync-timeout=none` on one of them): while every one is down no write completes. Their indices, or empty.
   */
  syncWaitAny: readonly number[];
  /** The primary whose commits wait for this standby, its only lossless one, until a timeout (semiSyncKind's), or -1. */
  semiSyncFor: number;
  /** Whose timeout that is: MySQL semi-sync, Oracle Data Guard in Maximum Availability, Db2 HADR, Patroni's synchronous mode; null without semiSyncFor. */
  semiSyncKind: 'mysql' | 'oracle' | 'db2' | 'sqlserver' | 'patroni' | 'pg-auto-failover' | null;
}

export interface Model {
  design: Design;
  /** Seconds a run covers: max(1h, 2 × the goal's RTO, the longest restore (repair, managed failover, or notice + restore from backup) + 10m); see horizonOf and buildModel. */
  horizon: number;
  nodes: SimNode[];
  byName: Map<string, number>;
  entries: number[];
  /** Topological order over needs, alternatives and virtual edges (primary → standby, caller → fallback); cycles broken. */
  order: number[];
  hasRate: boolean;
  /** Distinct regions that hold at least one instance. */
  regionsUsed: string[];
  zonesUsed: string[];
  /** Load-balancer callers of each node, including those of the nodes it stands in for. */
  routers: number[][];
  /** Everything a node's state flows to (callees, caches, fallbacks, takeovers), back edges removed; and the reverse. */
  succ: number[][];
  preds: number[][];
  /** Position of each node in `order`. */
  pos: Int32Array;
  /** Per cache: the databases its loss moves load onto. */
  fallbackOf: Map<number, number[]>;
  /**
   * The order the load is computed in: `order`, with each queue before its consumers where no request edge forbids it
   * (the consumers process the queue's messages and load what they call); `order` itself when no rate is written or no
   * queue has consumers.
   */
  loadOrder: number[];
  /** Position of each node in `loadOrder`. */
  loadPos: Int32Array;
  /** What a node's load flows to, for the sweep's sparse runs: `succ`, and a queue's consumers where their load can show. */
  loadSucc: number[][];
}

/** The (shared, never written) back-edge set of a node on no cycle; the DFS gives a node its own set on its first back edge. */
const NO_BACK: ReadonlySet<number> = new Set<number>();

export const DATA_KINDS: ReadonlySet<string> = new Set<KindId>(['database', 'cache', 'storage', 'queue']);

/** Instances simulated per node: a node with more replicas is simulated as this many (shares stay the same). */
export const MAX_SIM_INSTANCES = 1000;

export { durationAttr, flagAttr, numberAttr, rangeAttr, sessionStoreOf, textAttr } from '../syntax/attrs';

// ---- node semantics shared by the rules and the simulator ---------------------

/**
 * Reverse proxies that spread a web server's requests over its upstream's instances
 * the way a balancer does: nginx (`upstream` with passive checks and
 * `proxy_next_upstream`), HAProxy (active checks), Apache httpd (mod_proxy_balancer
 * or mod_jk: a failed worker is left out for `retry`) and WebtoB (in front of the
 * JEUS servers connected to it), Varnish (a director over backends with probes). Their profiles give the timings.
 */
const PROXY_PROFILES: ReadonlySet<string> = new Set(['nginx', 'haproxy', 'apache-httpd', 'mod-jk', 'webtob', 'varnish', 'weblogic-plugin']);

/** `hit-ratio=P%` as a share (0..1), or null when unset (a cache's in model/capacity.ts, a caching node's offload here). */
export function hitRatioOf(n: TopologyNode): number | null {
  const v = n.attrs.get('hit-ratio')?.value;
  return v && v.type === 'percent' ? Math.max(0, Math.min(1, v.value / 100)) : null;
}
/** What such a proxy passes requests on to: an application tier serving HTTP. */
const UPSTREAM_KINDS: ReadonlySet<string> = new Set(['app-server', 'service', 'web-server']);

/**
 * A dns node's mode: `routing=failover` is health-checked by definition; any
 * other routing (simple, round-robin, weighted, latency, none) hands out its
 * targets as shares, health-checked only with `health-check`.
 */
export function dnsMode(routing: string | null, healthCheck: boolean | null): OrMode {
  // A failover record whose health check is turned off is always healthy (Route 53 answers with the primary
  // whatever its state): it hands out the primary alone and never fails over (compileDnsWeights).
  if (routing === 'failover') return healthCheck === false ? 'dns-static' : 'dns-failover';
  return healthCheck === true ? 'dns-spread' : 'dns-static';
}

/**
 * The route an edge label names: a first word starting with `/` (path), a
 * `host=NAME` word, a `share=P%` word. A `share=P%` alone (no path, no host) is a
 * weighted target: the balancer sends that share of its requests to this callee
 * (ALB weighted target groups: blue-green, canary), `weighted` set. Null when the
 * label names none of these.
 */
type RouteLabel = { key: string; label: string; share: number | null; weighted?: true } | null;
/** Parsed labels by their text: a design repeats a few labels (`reads`, `writes`, `/api/*`) on many edges. Read-only results. */
const routeLabels = new Map<string, RouteLabel>();

/**
 * Whether caller `from` reaches database `a` only for the reads of its caches in front of it: every edge from the caller to
 * `a` is labelled reads, or with the label of an edge to such a cache, and the cache edges are labelled. Then nothing else
 * needs `a` (no logins, no writes): its loss fails the caches' misses only (rounds 55 r06, 58 r02).
 */
export function readsBehindCache(m: Model, from: SimNode, a: number): boolean {
  // (Most callers read no cache in front of `a`: answered before any edge is looked at — the 10,000-node analysis walked
  // every edge for every caller and database.)
  const soft = from.soft.filter((e) => e.fallbacks.includes(a));
  if (!soft.length) return false;
  const byPair = edgeLabels(m);
  const label = (to: number): (string | null)[] => byPair.get(from.idx * m.nodes.length + to) ?? [];
  const mine = label(a);
  const caches = soft.flatMap((e) => label(e.cache));
  const reads = (l: string | null): boolean => l !== null && parseRouteLabel(l)?.key === 'reads';
  return mine.length > 0 && caches.length > 0 && caches.every((l) => l !== null) && mine.every((l) => l !== null && (reads(l) || caches.includes(l)));
}

/**
 * The cache with a hit ratio that database `a` is read only behind: every caller of it but a client reads it only for that
 * cache's misses (readsBehindCache), so its loss fails those misses only. Null when some caller needs it otherwise, or when
 * the cache says no hit ratio.
 */
export function onlyBehindCache(m: Model, a: number): { cache: number; hitRatio: number } | null {
  const front = m.nodes[a]!.callers.map((c) => m.nodes[c]!).filter((c) => !c.client);
  if (!front.length || !front.every((c) => readsBehindCache(m, c, a))) return null;
  const e = front[0]!.soft.find((x) => x.fallbacks.includes(a));
  const hitRatio = e ? hitRatioOf(m.nodes[e.cache]!.node) : null;
  return e && hitRatio !== null ? { cache: e.cache, hitRatio } : null;
}

const edgeLabelMemo = new WeakMap<Model, Map<number, (string | null)[]>>();
/** The labels of the design's edges by caller and callee (from × n + to), built once per model. */
function edgeLabels(m: Model): Map<number, (string | null)[]> {
  let out = edgeLabelMemo.get(m);
  if (out) return out;
  out = new Map();
  const n = m.nodes.length;
  for (const e of m.design.edges) {
    const f = m.byName.get(e.from);
    const t = m.byName.get(e.to);
    if (f === undefined || t === undefined) continue;
    const k = f * n + t;
    const l = out.get(k);
    const v = (e.label ?? '').trim() || null;
    if (l) l.push(v);
    else out.set(k, [v]);
  }
  edgeLabelMemo.set(m, out);
  return out;
}

export function parseRouteLabel(label: string | null): RouteLabel {
  if (!label) return null;
  const hit = routeLabels.get(label);
  if (hit !== undefined) return hit;
  const out = readRouteLabel(label);
  if (routeLabels.size > 4096) routeLabels.clear();
  routeLabels.set(label, out);
  return out;
}

function readRouteLabel(label: string): RouteLabel {
  // The parser may hand the label back with spaces around `=` (`share = 20%`): read it either way.
  const words = label.trim().replace(/\s*=\s*/g, '=').split(/\s+/);
  const path = words[0]!.startsWith('/') ? words[0]! : null;
  const host = words.find((w) => /^host=./i.test(w)) ?? null;
  const sw = words.find((w) => /^share=\d+(\.\d+)?%$/i.test(w));
  const share = sw ? Number(sw.slice(6, -1)) / 100 : null;
  // A read/write split (ProxySQL, MaxScale, Pgpool-II, HAProxy with a write port and a read port):
  // `writes` and `reads` (or `write`, `read`; in Korean `쓰기`, `읽기`, `조회`) as a word of the label (`주문 쓰기`,
  // `상품 조회`) are two request classes.
  // A label naming both (`cart reads and writes`, `읽기 쓰기`) is no class: the edge carries both (round 52b r02).
  let rw: RegExpExecArray | null = null;
  const kinds = new Set<string>();
  for (const w of words) {
    const x = /^(reads?|writes?|읽기|쓰기|조회)[,.;]?$/i.exec(w);
    if (!x) continue;
    rw ??= x;
    const v = x[1]!.toLowerCase();
    kinds.add(v.startsWith('r') || v === '읽기' || v === '조회' ? 'reads' : 'writes');
  }
  if (path === null && host === null && rw && kinds.size === 1) {
    return { key: [...kinds][0]!, label: rw[1]!, share };
  }
  if (path === null && host === null) return sw ? { key: 'share', label: sw, share, weighted: true } : null;
  const shown = [path, host].filter((x) => x !== null).join(' ');
  return { key: `${path ?? ''} ${host?.toLowerCase() ?? ''}`, label: shown, share };
}

/**
 * Whether an edge sends reads to its target: a `reads` label (`app -> db-2 : reads`), or an edge straight to a standby
 * (`standby of=X`), with no `writes` label, from something that is no balancer and also calls X: a caller that writes to
 * the primary sends its standby nothing but reads (the learner's "Slave is used for lookups"). A balancer in front of a
 * primary and its standby sends to whichever is primary instead; a caller of the standby alone (a DR site's
 * application) waits for its promotion.
 */
export function sendsReads(design: Design, e: Edge): boolean {
  const key = parseRouteLabel(e.label)?.key;
  if (key === 'reads') return true;
  if (key === 'writes') return false;
  const to = design.nodes.get(e.to);
  const from = design.nodes.get(e.from);
  if (!to || !from || to.role !== 'standby' || to.of === null || from.kind === 'load-balancer' || from.kind === 'gateway' || from.kind === 'client') return false;
  // A server's standby (an active-standby WAS pair) takes over its requests; it serves no reads of its own.
  if (to.kind !== 'database' && to.kind !== 'cache' && to.kind !== 'storage') return false;
  // Only from a caller that also calls the standby's primary: an application wired to the standby alone (the DR site's,
  // waiting for the promotion) reaches it once it is promoted.
  return hasEdge(design, e.from, to.of);
}

/** Whether the design has an edge `from -> to` between two declared nodes (the design index's pair table: no strings built). */
export function hasEdge(design: Design, from: string, to: string): boolean {
  const ix = designIndex(design);
  const a = ix.byName.get(from);
  const b = ix.byName.get(to);
  if (a === undefined || b === undefined) return false;
  const key = a * ix.list.length + b;
  const table = ix.pairs;
  if (table === null) return ix.pairSet!.has(key);
  const mask = table.length - 1;
  for (let h = Math.imul(key, 0x9e3779b1) & mask; ; h = (h + 1) & mask) {
    const v = table[h]!;
    if (v === 0) return false;
    if (v === key + 1) return true;
  }
}

/** A request class's key from an edge label: `reads`/`writes` for those words, else the label without its `share=P%`. */
function classKey(label: string): string {
  const r = parseRouteLabel(label);
  if (r && (r.key === 'reads' || r.key === 'writes')) return r.key;
  return label.replace(/\s*share\s*=\s*\S+/gi, '').trim();
}

/** A label naming a cache's miss path (`on miss`, `cache miss`, `fallback`, `미스`, `캐시 미스`): the fallback, not requests of its own. */
const MISS_LABEL = /(^|[\s(])(miss(es)?|on[-\s]?miss|cache[-\s]?miss|fallback|fall[-\s]?back|refill|fill|미스|캐시\s?미스|폴백)($|[\s)])/i;

/**
 * Engines whose consumers each read every message (a log: one consumer group per consuming service). A NATS JetStream
 * stream keeps its messages by its limits unless written otherwise (`limits` retention, the default: "the stream is a
 * log"), each durable consumer reading all of them (round 69b r07). RocketMQ the same: each consumer group of a topic
 * gets every message, clustering mode sharing them only among one group's instances (round 71 r10).
 */
const LOG_ENGINES = new Set(['kafka', 'msk', 'kinesis', 'pubsub', 'pub-sub', 'event-hubs', 'eventhubs', 'redpanda', 'pulsar', 'nats', 'nats-jetstream', 'jetstream', 'rocketmq']);

/** A queue that is a log (Kafka, Kinesis, Pub/Sub, …): each consuming service is its own consumer group. */
export function isLog(q: SimNode): boolean {
  return LOG_ENGINES.has((textAttr(q.node, 'engine') ?? '').toLowerCase());
}

/**
 * The log a database written only by its consumers can be replayed from: every caller that writes it consumes a Kafka-like
 * log (`up`, in a run: one that is up) with a written `retention=` at least `age` (the backup interval, or a run's backup
 * age) and is called by nothing else. Else null.
 */
export function replayableFrom(m: Model, i: number, age: number | null, up: (q: SimNode) => boolean = () => true): { name: string; retention: number } | null {
  const s = m.nodes[i]!;
  if (s.kind !== 'database' || !s.callers.length || age === null) return null;
  let best: { name: string; retention: number } | null = null;
  for (const c of s.callers) {
    const cn = m.nodes[c]!;
    // (A caller that only reads it writes nothing the log does not hold: round 104 r03. Nor one that queries ClickHouse —
    // a dashboard, analysts — whose other callers' requests are read as queries unless an edge names inserts or writes:
    // round 107b r05.)
    if (onlyReads(m.design, cn.name, s.name)) continue;
    if (!cn.consumes.length && engineOf(s.node) === 'clickhouse' && !m.design.edges.some((e) => e.from === cn.name && e.to === s.name && /\b(inserts?|writes?|ingest\w*|loads?)\b|적재|쓰기|저장/i.test(e.label ?? ''))) continue;
    if (!cn.consumes.length || !cn.callers.every((x) => cn.consumes.includes(x))) return null;
    const kept = cn.consumes
      .map((x) => m.nodes[x]!)
      .filter((q) => isLog(q) && up(q))
      // (No `retention=` written on a Kafka topic: the broker's default keeps it 7 days — round 124c r02 lost a day of a
      // warehouse loaded only from a topic; the run's expiry of waiting messages still reads only a written retention.)
      .map((q) => ({ name: q.name, retention: retentionOf(q) ?? (KAFKA_BROKER_ENGINES.has(engineOf(q.node)) ? KAFKA_LOG.retention.v : 0) }))
      .filter((q) => q.retention >= age);
    if (!kept.length) return null;
    best ??= kept[0]!;
  }
  return best;
}

/** The queue's written `retention=`, seconds, or null. */
export function retentionOf(q: SimNode): number | null {
  const v = q.node.attrs.get('retention')?.value;
  return v && v.type === 'duration' && v.seconds > 0 ? v.seconds : null;
}

/** Whether every edge from `from` to `to` names the reads class (`reads`, `조회`): a caller that writes nothing there. */
export function onlyReads(design: Design, from: string, to: string): boolean {
  let any = false;
  for (const e of design.edges) {
    if (e.from !== from || e.to !== to) continue;
    any = true;
    if (parseRouteLabel(e.label)?.key !== 'reads') return false;
  }
  return any;
}

/**
 * Several services consuming one work-queue broker (`mq -> notify-worker`, `mq -> settle-worker` on RabbitMQ): each reads
 * its own messages — its own queue on the broker (Celery's task routes, a binding per service) — not the others', as the
 * instances of one service compete for theirs. How the messages divide is not written: an equal share each (generic).
 */
export function splitsConsumers(q: SimNode, nodes: readonly SimNode[], design?: Design): boolean {
  return !fansOut(q, design) && consumerServices(q, nodes).length > 1;
}

/** An edge label that publishes an event (every subscribing service gets its own copy), not a task for one worker. */
const EVENT_LABEL = /\bevents?\b|\bpublish|\bfan-?out\b|\bbroadcast|이벤트|발행|브로드캐스트|팬아웃/i;
const fanOuts = new WeakMap<Design, Set<string>>();
/**
 * Whether every consuming service gets every message: a log (a consumer group each), or a broker whose producers publish
 * events (`api -> mq : order created event`) — a fanout or topic exchange with one queue per subscribing service, the
 * usual way one event feeds several services (RabbitMQ tutorial 3, publish/subscribe; round 103 r03 split an order event
 * between payment and notification, and a lost payment worker showed no backlog).
 */
export function fansOut(q: SimNode, design?: Design): boolean {
  if (isLog(q)) return true;
  if (!design) return false;
  let set = fanOuts.get(design);
  if (!set) {
    const verdict = new Map<string, boolean>();
    for (const e of design.edges) {
      if (design.nodes.get(e.to)?.kind !== 'queue' || design.nodes.get(e.from)?.kind === 'queue') continue;
      verdict.set(e.to, (verdict.get(e.to) ?? true) && EVENT_LABEL.test(e.label ?? ''));
    }
    set = new Set([...verdict].filter(([, v]) => v).map(([k]) => k));
    fanOuts.set(design, set);
  }
  return set.has(q.name);
}

/**
 * The services reading a queue, as groups of its consumer nodes: on a log each consumer node is a group of its own (a
 * consumer group, reading every message); on a work queue the nodes named as numbered instances of one service
 * (`w1`, `w2`; `worker-a`, `worker-b`) compete for its messages as one group, and other names are other services.
 */
const serviceGroups = new WeakMap<SimNode, number[][]>();

export function consumerServices(q: SimNode, nodes: readonly SimNode[]): number[][] {
  // (Memoised per queue: the run asks at every step, and the groups depend on the design only.)
  const hit = serviceGroups.get(q);
  if (hit) return hit;
  const out = groupConsumers(q, nodes);
  serviceGroups.set(q, out);
  return out;
}

function groupConsumers(q: SimNode, nodes: readonly SimNode[]): number[][] {
  const readers = q.consumers;
  if (isLog(q)) return readers.map((c) => [c]);
  if (readers.length < 2) return [readers.slice()];
  const byBase = new Map<string, number[]>();
  for (const c of readers) {
    const base = nodes[c]!.name.replace(/(?:[-_.]?\d+|[-_.][a-z])$/i, '');
    const g = byBase.get(base);
    if (g) g.push(c);
    else byBase.set(base, [c]);
  }
  return [...byBase.values()];
}

/**
 * The replication lag a copy in another region loses with its source: Azure SQL Database's active geo-replication (an
 * auto-failover group's geo-secondary) is documented at an RPO of 5 s (AZURE_SQL_FOG.rpo) — its own figure, not the
 * generic 1 s (round 62 r04); a `lag=` written wins.
 */
function geoLag(design: Design, copy: TopologyNode, source: TopologyNode, lag: { value: number; attr: unknown }): number {
  if (lag.attr !== null) return lag.value;
  const azure = (n: TopologyNode) => n.managed && canonicalEngine(textAttr(n, 'engine') ?? '') === 'azure-sql';
  return azure(copy) && azure(source) && crossRegion(design, copy, source) ? Math.max(lag.value, AZURE_SQL_FOG.rpo.v) : lag.value;
}

/** Whether two nodes sit in different regions (each in one region, declared or through its zones). */
function crossRegion(design: Design, a: TopologyNode, b: TopologyNode): boolean {
  const ra = regionsOf(design, a);
  const rb = regionsOf(design, b);
  return ra.length === 1 && rb.length === 1 && ra[0] !== rb[0];
}



const readOnlyMemo = new WeakMap<Model, ReadonlySet<number>>();
/**
 * Calls that only read from a primary whose commits wait for its only synchronous standby (syncWait): keys
 * `caller * n + primary` where every edge of the caller to it sends reads (`reads`). Such a caller is served while the
 * commits wait — PostgreSQL answers queries with its synchronous standby gone — in the run and in the single-point
 * analysis alike (round 61 r01–r03: the users' read-only requests failed with the writer's).
 */
export function readOnlyCalls(m: Model): ReadonlySet<number> {
  let out = readOnlyMemo.get(m);
  if (out) return out;
  const set = new Set<number>();
  const n = m.nodes.length;
  // (And the callers of a database that goes read-only without its majority: Neo4j — round 70 r03.)
  const readOnlyWhenStuck = (x: SimNode): boolean => x.syncWait >= 0 || (x.group !== null && READ_ONLY_WITHOUT_MAJORITY.has(engineOf(x.node)));
  if (m.nodes.some(readOnlyWhenStuck)) {
    const design = m.design;
    const mixed = new Set<number>();
    for (const e of design.edges) {
      const a = m.byName.get(e.from);
      const b = m.byName.get(e.to);
      if (a === undefined || b === undefined || !readOnlyWhenStuck(m.nodes[b]!)) continue;
      const k = a * n + b;
      // (A search cluster's callers search unless their edge says they index: `api -> es : search` reads — round 84c r02
      // counted a search-only tier down while the cluster had no master.)
      // (Nor a caller whose name or engine says it feeds the index — Logstash, Fluentd, Beats, an indexer.)
      const feeder = INDEXER_CALLER.test(`${e.from} ${textAttr(m.nodes[a]!.node, 'engine') ?? ''}`);
      const searches = SEARCH_ENGINES.has(engineOf(m.nodes[b]!.node)) && parseRouteLabel(e.label)?.key !== 'writes' && !INDEXING_LABEL.test(e.label ?? '') && !feeder && m.nodes[a]!.kind !== 'load-balancer' && !SEARCH_ENGINES.has(engineOf(m.nodes[a]!.node));
      if (sendsReads(design, e) || searches) {
        if (!mixed.has(k)) set.add(k);
      } else {
        mixed.add(k);
        set.delete(k);
      }
    }
  }
  readOnlyMemo.set(m, (out = set));
  return out;
}

/**
 * Whether anything writes to search cluster `b` (Elasticsearch, OpenSearch): an edge labelled `writes` or with an indexing
 * word, a caller whose name or engine says it feeds the index (Logstash, Beats, an indexer), a balancer in front (what it
 * passes is not told apart), or the cluster consuming a queue. Searches alone never wait for a shard's new primary.
 */
export function searchWritten(m: Model, b: number): boolean {
  const name = m.nodes[b]!.name;
  if (m.nodes.some((q) => q.consumers.includes(b))) return true;
  for (const e of m.design.edges) {
    if (e.to !== name) continue;
    const a = m.byName.get(e.from);
    if (a === undefined) continue;
    const from = m.nodes[a]!;
    if (from.kind === 'monitor') continue;
    if (from.kind === 'load-balancer' || SEARCH_ENGINES.has(engineOf(from.node))) return true;
    if (parseRouteLabel(e.label)?.key === 'writes' || INDEXING_LABEL.test(e.label ?? '') || INDEXER_CALLER.test(`${e.from} ${textAttr(from.node, 'engine') ?? ''}`)) return true;
  }
  return false;
}

/** The nodes some edge sends reads to (sendsReads). */
export function readsTargets(design: Design): ReadonlySet<string> {
  const out = new Set<string>();
  for (const e of design.edges) if (sendsReads(design, e)) out.add(e.to);
  return out;
}

/**
 * Whether a standby also serves reads while it waits: `readable`, or reads sent to it
 * by an edge (`app -> db-2 : reads`: a PostgreSQL hot standby, a MySQL replica kept
 * read-only, an Aurora reader all answer them) unless it says `readable=false`.
 * The second is the `reads-to-standby` contradiction finding, which says so.
 */
export function servesReads(n: TopologyNode, readsInto: ReadonlySet<string>): boolean {
  const f = flagAttr(n, 'readable');
  return f === true || (f === null && readsInto.has(n.name));
}

/** A cache running with its own failover (Redis Sentinel or Cluster): it implies 2+ instances. */
export function hasRedundantMode(n: TopologyNode): boolean {
  if (n.kind !== 'cache') return false;
  const m = textAttr(n, 'mode');
  return m === 'sentinel' || m === 'cluster';
}

/** Instances that always run: `replicas`, the `autoscale` minimum, at least 2 for a sentinel/cluster cache (capped for the simulation). */
export function instanceCount(n: TopologyNode): number {
  const auto = attrValue(n, 'autoscale');
  return Math.min(MAX_SIM_INSTANCES, Math.max(1, n.replicas, auto && auto.type === 'range' ? auto.min : 0, redundantModeMinimum(n)));
}

/**
 * A standby of a managed primary (Aurora, RDS) written with no `failover=`, in the primary's region: the provider
 * promotes it by itself (manual-failover says nothing of it; round 49b r02, r03). Across regions it is a
 * disaster-recovery copy a person or a runbook promotes (an RDS cross-region replica, an Aurora global secondary).
 */
export function providerPromotes(design: Design, standby: TopologyNode): boolean {
  if (standby.role !== 'standby' || textAttr(standby, 'failover') !== null || !standby.of) return false;
  const p = design.nodes.get(standby.of);
  return !!p && p.managed && !crossRegion(design, standby, p);
}

/** A standby's failover mode: `failover=auto` on the standby itself, otherwise manual (nobody promotes it unless told). */
/**
 * Who promotes a standby: `failover=` as written; with none written, the system when the standby or its primary runs a
 * failover manager that acts by itself by default — Patroni (its leader lock), MHA (masterha_manager), pg_auto_failover's
 * monitor, Pacemaker (round 59: an MHA or Patroni pair with no `failover=` was promoted by a person after 31 minutes) —
 * and a person otherwise (repmgr's `failover=manual` default, orchestrator's empty RecoverMasterClusterFilters, plain
 * replication).
 */
export function failoverMode(standby: TopologyNode, design?: Design): 'auto' | 'manual' {
  const written = textAttr(standby, 'failover');
  // MySQL InnoDB ReplicaSet has no automatic failure detection: a person forces a new primary, whatever is written (the
  // contradiction finding says so; round 71 r01).
  if (MANUAL_ONLY.test(textAttr(standby, 'engine') ?? '')) return 'manual';
  // Nor does an Aurora (or DocumentDB) global database fail over across Regions by itself: FailoverGlobalCluster is called
  // by a person or the user's own automation (round 81b r01; the contradiction finding says so).
  if (design && globalClusterSecondary(standby, design)) return 'manual';
  // Nor an Azure Storage geo-secondary: a customer-managed account failover, which a person starts (round 120 r01).
  if (design && azureStorageCopy(standby, design)) return 'manual';
  if (written === 'auto') return 'auto';
  if (written !== null) return 'manual';
  const primary = design && standby.of ? design.nodes.get(standby.of) : undefined;
  return [standby, primary].some((n) => n !== undefined && AUTO_MANAGERS.has(ENGINE_PROFILES[(textAttr(n, 'engine') ?? '').toLowerCase()] ?? '')) ? 'auto' : 'manual';
}

/**
 * A Tibero Standby Cluster standby written `failover=auto` (an Observer): in its default PROTECTIVE mode the Observer fails
 * over only while a cluster manager of the primary's side still answers it — a lost server (its CM with it) or site is
 * failed over by hand (tibero-observer-modes; round 79c r02). DISASTER_PLAN mode cannot be written yet.
 */
export function tiberoProtective(standby: TopologyNode, primary: TopologyNode): boolean {
  return [standby, primary].some((x) => engineOf(x) === 'tibero') && textAttr(standby, 'failover') === 'auto';
}

/**
 * The takeover of a Tibero Standby Cluster standby written `failover=auto` when the primary's servers are up and only its
 * shared disk is lost: its cluster managers still answer the Observer, which fails over by itself (PROTECTIVE mode turns
 * the takeover manual only for a lost server); null for any other takeover. The run and the availability estimate both
 * read it (rounds 103c r02, 121c r01).
 */
export function observerTakeover(nodes: readonly SimNode[], s: SimNode, tk: Takeover): Takeover | null {
  const by = nodes[tk.by]!;
  if (!tk.manual || tk.peer || !tiberoProtective(by.node, s.node) || textAttr(by.node, 'failover') !== 'auto') return null;
  const ft = failoverTimingsOf(by.node, s.node);
  return { ...tk, manual: false, detect: ft.detect.value, promote: ft.promote.value, promoteGeneric: ft.promote.profile === 'generic' };
}

/** An Oracle primary written `protection=maximum-protection`: its only synchronized standby's loss shuts it down (oracle-dg-protection). */
export function maximumProtection(n: TopologyNode): boolean {
  return textAttr(n, 'protection') === 'maximum-protection';
}

/**
 * How a primary's protection modes are named by its product: Oracle Data Guard's Maximum Protection and Maximum
 * Availability, or Tibero Standby Cluster's LOG_REPLICATION_MODE PROTECTION and AVAILABILITY (the same behaviour: the
 * primary stops when it cannot send its redo to the standby; tibero-tsc-modes, round 122c r01).
 */
export function protectionWords(n: TopologyNode): { tibero: boolean; mode: { en: string; ko: string }; lower: { en: string; ko: string } } {
  const tibero = engineOf(n) === 'tibero';
  return tibero
    ? { tibero, mode: { en: 'PROTECTION mode (LOG_REPLICATION_MODE)', ko: 'PROTECTION 모드(LOG_REPLICATION_MODE)' }, lower: { en: 'AVAILABILITY mode', ko: 'AVAILABILITY 모드' } }
    : { tibero, mode: { en: 'Maximum Protection', ko: '최대 보호(Maximum Protection) 모드' }, lower: { en: 'Maximum Availability', ko: '최대 가용성(Maximum Availability) 모드' } };
}

/**
 * The cache behind a proxy that fronts only caches (a balancer with no routes whose every callee is a cache: HAProxy
 * checking which Redis is the master, Twemproxy): the first of them, or null.
 */
export function cacheProxied(nodes: readonly SimNode[], p: SimNode, callees: readonly number[] = p.callees): SimNode | null {
  if (p.kind !== 'load-balancer' || p.routes !== null || !callees.length) return null;
  return callees.every((c) => nodes[c]!.kind === 'cache') ? nodes[callees[0]!]! : null;
}

/**
 * An Aurora or DocumentDB global database's secondary cluster: a standby of such a primary in another Region, promoted only
 * by the FailoverGlobalCluster operation (AWS RDS API: "Use this operation to respond to an unplanned event, such as a
 * Regional disaster") — nothing in the service calls it by itself.
 */
/**
 * Profiles of a provider's service that runs inside its network (compute, databases, disks): a design using one runs on
 * that cloud. Services reached from anywhere — DNS, a CDN or global front door, object storage — are left out: an
 * on-premises site uses them too.
 */
const CLOUD_PROFILE = /^(aws-(?!cloudfront|global-accelerator|s3)|rds-|aurora$|documentdb$|gcp-|alloydb$|azure-(?!front-door|traffic-manager))/;
/** Compute engines named after a provider's service. */
const CLOUD_ENGINE: Record<string, string> = { ec2: 'AWS', eks: 'AWS', ecs: 'AWS', fargate: 'AWS', lambda: 'AWS', gce: 'Google Cloud', gke: 'Google Cloud', 'compute-engine': 'Google Cloud', 'cloud-run': 'Google Cloud', aks: 'Azure', 'azure-vm': 'Azure', vmss: 'Azure' };

/** The public cloud a design runs on, as its nodes' engines say (AWS, Google Cloud, Azure), or null. */
export function publicCloud(nodes: readonly TopologyNode[]): string | null {
  for (const n of nodes) {
    const e = CLOUD_ENGINE[engineOf(n)];
    if (e) return e;
    const id = timingsOf(n).profile.id;
    if (CLOUD_PROFILE.test(id)) return /^(gcp-|alloydb)/.test(id) ? 'Google Cloud' : id.startsWith('azure-') ? 'Azure' : 'AWS';
  }
  // (Or its places named as a provider names them — `us-west-2`, `usw2-az1`, `ap-northeast-2a`: AWS; round 95b r05 found no
  // engine saying it.)
  for (const n of nodes) {
    for (const z of n.zones) if (AWS_PLACE.test(z)) return 'AWS';
    if (n.region && AWS_PLACE.test(n.region)) return 'AWS';
  }
  return null;
}

const cloudOf = new WeakMap<Design, string | null>();
/** publicCloud of a design's nodes, once per design (the model and contradiction both ask; 10,000 nodes took 6 ms each). */
export function designCloud(design: Design): string | null {
  let c = cloudOf.get(design);
  if (c === undefined) cloudOf.set(design, (c = publicCloud([...design.nodes.values()])));
  return c;
}
/** AWS region and zone names (`us-west-2`, `ap-northeast-2a`, zone ids such as `usw2-az1`). */
const AWS_PLACE = /^((us|eu|ap|sa|ca|me|af|il|mx)-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d[a-z]?|[a-z]{3,4}\d-az\d)$/;

/** Group Replication in its default single-primary mode (InnoDB Cluster): one member takes the writes, the others are super_read_only. */
export const SINGLE_PRIMARY_GR = new Set(['group-replication', 'mysql-gr', 'mysql-group-replication', 'innodb-cluster']);
/** Object-storage services whose buckets are written at their own address: a replicated copy needs no promotion (round 95b r06). */
/**
 * A storage copy in another region than its source (an array replicating to the DR centre: SnapMirror, SRDF, HUR), while the
 * source's callers run at its own site: they cannot mount the copy across the regions, so the source lost alone waits for
 * its repair (the engine's farStorageIdle, for a single loss; the SPOF analysis reads it: round 123c r02 hid a NAS behind
 * such a copy). Not an object store's bucket, reached over HTTPS from anywhere.
 */
export function farStorageCopy(nodes: readonly SimNode[], s: SimNode, copy: number): boolean {
  const here = farStorageSite(nodes, s, copy);
  return here !== null && s.callers.some((c) => [...placeRegions(nodes[c]!)].some((r) => here.has(r)));
}

/**
 * The regions of storage node `s` when `copy` is an array copy of it in other regions only (farStorageCopy; the engine's
 * farStorageIdle asks which of the callers there are still up), else null.
 */
export function farStorageSite(nodes: readonly SimNode[], s: SimNode, copy: number): Set<string> | null {
  if (s.kind !== 'storage' || OBJECT_BUCKETS.test(engineOf(s.node))) return null;
  const here = placeRegions(s);
  const there = placeRegions(nodes[copy]!);
  return !here.size || !there.size || [...there].some((r) => here.has(r)) ? null : here;
}

/** The regions a node's instances are placed in. */
function placeRegions(x: SimNode): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < Math.max(1, x.instances); k++) {
    const r = x.regionOf(x.zoneOf(k));
    if (r) out.add(r);
  }
  return out;
}

export const OBJECT_BUCKETS = /^(s3|aws-s3|amazon-s3|gcs|google-cloud-storage|cloud-storage|blob-storage|azure-blob|azure-blob-storage|r2|oss|ncp-object-storage|object-storage)$/;

/**
 * A provider's object-storage bucket replicated from another bucket (S3 Cross-Region Replication, a GCS or Azure Blob
 * copy): a bucket of its own, written and read at its own address at any time — nothing promotes it (round 95b r06).
 * Only a copy of a bucket: a bucket an on-premises NAS or a database is copied to is read by nobody who used the source
 * (SMB clients cannot mount it), so a person brings it up like any copy — and `failover=manual` written says so too
 * (round 98 r01).
 */
export function replicatedBucket(copy: { kind: string | null; managed: boolean; node: TopologyNode }, source: { node: TopologyNode } | undefined): boolean {
  if (copy.kind !== 'storage' || !copy.managed || !OBJECT_BUCKETS.test(engineOf(copy.node))) return false;
  // (Not an Azure Storage account's geo-secondary: it takes writes only after a customer-managed account failover, which a
  // person starts — round 116b r05 had a GRS copy "take over at 0 s".)
  if (AZURE_STORAGE_ENGINES.has(engineOf(copy.node))) return false;
  if (source === undefined || !OBJECT_BUCKETS.test(engineOf(source.node))) return false;
  return textAttr(copy.node, 'failover') !== 'manual';
}

/**
 * An Azure Storage account's geo-secondary (GRS, RA-GRS): a `storage` copy of an account, its engine written on it or on
 * its source. It takes writes only after a customer-managed account failover, which a person starts (azure-storage-failover):
 * nothing makes it take over by itself, `failover=auto` included (round 120 r01).
 */
export function azureStorageCopy(n: TopologyNode, design: Design): boolean {
  if (n.kind !== 'storage' || !n.of || n.of === n.name) return false;
  const src = design.nodes.get(n.of);
  return AZURE_STORAGE_ENGINES.has(engineOf(n)) || (src !== undefined && src.kind === 'storage' && AZURE_STORAGE_ENGINES.has(engineOf(src)));
}

export function globalClusterSecondary(standby: TopologyNode, design: Design): boolean {
  if (standby.role !== 'standby' || !standby.of) return false;
  const p = design.nodes.get(standby.of);
  if (!p) return false;
  const global = (n: TopologyNode): boolean => {
    const id = ENGINE_PROFILES[(textAttr(n, 'engine') ?? '').toLowerCase()];
    return id === 'aurora' || id === 'documentdb';
  };
  return global(standby) && global(p) && crossRegion(design, standby, p);
}

/** Products whose copies are only ever promoted by a person (MySQL Shell, "Forcing a New Primary Instance": InnoDB ReplicaSet). */
export const MANUAL_ONLY = /^(innodb-?replicaset|mysql-?replicaset)$/i;
/** MySQL Router by its engine word: it routes by the InnoDB Cluster's or ReplicaSet's metadata. */
export const MYSQL_ROUTER = /^(mysql-?router|mysqlrouter)$/i;

/** Failover managers that promote a standby by themselves unless told not to (failoverMode). */
const AUTO_MANAGERS: ReadonlySet<string> = new Set(['patroni', 'mha', 'pg-auto-failover', 'pacemaker', 'cloudnative-pg']);

/** The node this one is a copy of (`standby|replica|primary of=X`, X another existing node), or null. */
export function copyOf(design: Design, n: TopologyNode): string | null {
  if (!n.of || n.of === n.name || !design.nodes.has(n.of)) return null;
  return n.role === 'standby' || n.role === 'replica' || n.role === 'primary' ? n.of : null;
}

/**
 * Whether a cache holds state of its own that no database has: it is named in
 * some node's `sessions=`, or declared `primary`. Such a cache is needed like
 * any other callee (and its data wants a copy); any other cache is a soft cache
 * when its caller has a database to fall back to.
 */
/**
 * A managed cache of one node with no replica to fail over to: a lone ElastiCache or MemoryDB node, a Memorystore of one
 * node (its Basic Tier, a standalone instance), or any written `mode=standalone` — replaced empty by the provider
 * (docs/defaults.md generic-managed).
 */
export function loneManagedCache(n: TopologyNode, instances: number): boolean {
  if (n.kind !== 'cache' || instances >= 2) return false;
  const engine = textAttr(n, 'engine');
  const mode = textAttr(n, 'mode');
  // (A managed Redis written as one node, no product named: one node, no replica — the provider replaces it empty. Not one
  // written over two zones or more: a managed service's zones are where its standby runs — round 114c r02 kept a
  // Multi-AZ Redis down to the end of a zone's loss.)
  // (DynamoDB Accelerator: a one-node cluster has no read replica to fail over to — round 51b r01.)
  // (Azure Cache for Redis written `replicas=1`: the Basic tier, one node with no replica and no SLA — round 64 r01; its
  // default, with no `replicas=`, stays the Standard tier's primary and replica.)
  // (Or one whose label says Basic: "Basic C1" — round 72 r01; with neither, the Standard tier's pair stays the reading.)
  const azureBasic = ENGINE_PROFILES[canonicalEngine(engine ?? '')] === 'azure-cache-redis' && (n.attrs.has('replicas') || /\bbasic\b/i.test(textAttr(n, 'label') ?? ''));
  return mode === 'standalone' || (mode === null && (hasPlacementSla(engine) || azureBasic || MEMORYSTORE_ENGINES.test(engine ?? '') || /^(dax|aws-dax)$/i.test(engine ?? '') || (n.managed && /^(redis|valkey|keydb)$/i.test(engine ?? '') && new Set(n.zones).size < 2)));
}

/** An edge label about sessions (what a session store is called for anyway). */
const SESSION_LABEL = /session|login|log-?in|auth|token|세션|로그인|인증|토큰/i;
/** A label that names reads or cached data beside sessions (`sessions and product cache`). */
const READS_WORD = /\b(reads?|cache[ds]?|caching|lookups?|queries|query)\b|조회|읽기|캐시/i;

/**
 * A layer-4 balancer: written `layer=4`, or an AWS Network Load Balancer with no layer written (a TCP/UDP pass-through: it
 * reads no path or Host header — round 126 r03 took an NLB's path routes as request classes).
 */
export function layer4(n: TopologyNode): boolean {
  const layer = textAttr(n, 'layer');
  return layer === '4' || (layer === null && /^(aws-)?nlb$/i.test(textAttr(n, 'engine') ?? ''));
}

/** An edge label that says sessions (logins, tokens) and no reads or cached data beside them: `세션`, `login sessions`. */
export function sessionsOnlyLabel(label: string | null): boolean {
  return label !== null && SESSION_LABEL.test(label) && !READS_WORD.test(label);
}

export function cacheHoldsState(n: TopologyNode, isSessionStore: boolean, design?: Design): boolean {
  return n.kind === 'cache' && (isSessionStore || n.role === 'primary' || (design !== undefined && jobBrokers(design).has(n.name)));
}

const brokers = new WeakMap<Design, Set<string>>();
/** An edge label that writes task results into a cache (a Celery or RQ result backend). */
const RESULT_LABEL = /\b(task\s+)?results?\b(?!\s*cache)|result[-\s]?backend|작업\s*결과|결과\s*저장/i;
/**
 * Caches used as a job broker (Sidekiq, Celery or BullMQ on Redis: `redis -> celery : jobs`, workers pulling from it)
 * or as a task result backend (`worker -> redis : store task result`): they hold the queued jobs or the results, which
 * exist nowhere else, and the requests that enqueue or read them need them — no look-aside cache (round 39b: losing the
 * lone Redis broker failed nothing and lost no job; round 43b: a Celery result backend).
 */
export function jobBrokers(design: Design): Set<string> {
  let set = brokers.get(design);
  if (set) return set;
  set = new Set();
  for (const e of design.edges) {
    // A task result backend (Celery on Redis: `worker -> redis : store task result`): the results exist only there, and
    // the callers that read a task's status need them — round 43b.
    if (design.nodes.get(e.to)?.kind === 'cache' && RESULT_LABEL.test(e.label ?? '')) set.add(e.to);
    if (design.nodes.get(e.from)?.kind !== 'cache') continue;
    if (UPSTREAM_KINDS.has(design.nodes.get(e.to)?.kind ?? '')) set.add(e.from);
  }
  brokers.set(design, set);
  return set;
}


/**
 * Whether a node can be named a single point of failure: it is in the request
 * path and can fail on its own (not a client, monitor or a managed service
 * that fails over by itself — a single-AZ managed database can), and
 * its kind is known (an unknown kind is already an error; its loss is still
 * simulated, it is just not named).
 */
/**
 * The disks whose loss fails a database over to its standby: the storage nodes a database with a standby keeps its
 * data on (all its instances: RAC's shared ASM disks) that have no standby of their own (an array replicated to another array takes over by
 * itself). A database that loses its disks stops (the instance crashes or hangs on I/O), and its failover manager
 * (Data Guard's observer, Patroni, orchestrator, a cluster manager) promotes the standby as it would for a dead server.
 * The engine (startTakeovers) and the SPOF analysis (spof.ts) both read this.
 */
export function failoverDisks(m: Model, s: SimNode): readonly number[] {
  if (s.kind !== 'database' || !s.takeovers.length) return NO_DISKS;
  let out: number[] | null = null;
  for (const c of s.callees) {
    const d = m.nodes[c]!;
    if (d.kind === 'storage' && d.instances === 1 && (!d.takeovers.length || drDeclaredWith(m, s, d))) (out ??= []).push(c);
    // A voting group the database needs to run (Oracle RAC's voting disks, `rac -> voting : css`): without its majority
    // the database stops, and its standby elsewhere is promoted as for the database's own loss — not a Patroni primary's
    // DCS (its standby cannot be promoted without it either), not a takeover's own coordinator, nor a group the standby
    // needs too (round 85c r07: the DR standby was never promoted).
    else if (d.kind === 'consensus' && d.group !== null && d.group.type === 'majority' && s.demotesWith !== c && !s.takeovers.some((t) => t.coordinator === c || m.nodes[t.by]!.callees.includes(c)) && !/patroni|clickhouse/i.test(textAttr(s.node, 'engine') ?? ''))
      (out ??= []).push(c);
  }
  return out ?? NO_DISKS;
}
const NO_DISKS: readonly number[] = [];

/**
 * A disk whose copies a person brings up (`failover=manual` on each), one of which the database's own standby keeps its
 * data on (`dr-db -> san-dr`, `san-dr: storage of=san`): a DR site with both copies. Losing the whole array is what a DR
 * declaration is for — the standby is promoted on its copy as for the database's own loss, not left waiting for the
 * array's repair (round 121c r06: 8 h down where the standby's own finding said about 31 min).
 */
function drDeclaredWith(m: Model, db: SimNode, disk: SimNode): boolean {
  if (!disk.takeovers.every((t) => t.manual)) return false;
  return db.takeovers.some((t) => disk.takeovers.some((k) => m.nodes[t.by]!.callees.includes(k.by)));
}
const NO_VOTERS: readonly number[] = [];
const ZOOKEEPER_ENGINES = new Set(['zookeeper', 'zk', 'apache-zookeeper']);

/**
 * MongoDB's query routers (`engine=mongos`, or a node named `mongos…`): the drivers take every mongos of the connection
 * string, spread operations over those within the latency window and stop selecting one that fails (MongoDB manual,
 * Server Selection Algorithm) — its callers fail over themselves, as `failover=client` says.
 */
export function isMongos(n: TopologyNode): boolean {
  return (textAttr(n, 'engine') ?? '').toLowerCase() === 'mongos' || /^mongos(?=[-_.\d]|$)/i.test(n.name);
}


/**
 * An Elasticsearch/OpenSearch node called only by nodes of the same product (`es-data -> es-master`): the dedicated
 * master-eligible tier, which holds the cluster state, not documents — the data nodes' snapshots carry that state
 * (include_global_state).
 */
export function searchMasterTier(design: Design, node: TopologyNode): boolean {
  if (!SEARCH_ENGINES.has((textAttr(node, 'engine') ?? '').toLowerCase())) return false;
  let tiers = masterTiers.get(design);
  if (!tiers) masterTiers.set(design, (tiers = findMasterTiers(design)));
  return tiers.has(node.name);
}

const masterTiers = new WeakMap<Design, Set<string>>();

/** The search-engine nodes every caller of which is a node of the same engine (one pass over the edges). */
function findMasterTiers(design: Design): Set<string> {
  const ok = new Map<string, boolean>();
  for (const e of design.edges) {
    if (e.to === e.from) continue;
    const to = design.nodes.get(e.to);
    if (!to) continue;
    const engine = (textAttr(to, 'engine') ?? '').toLowerCase();
    if (!SEARCH_ENGINES.has(engine)) continue;
    const from = design.nodes.get(e.from);
    ok.set(e.to, (ok.get(e.to) ?? true) && !!from && (textAttr(from, 'engine') ?? '').toLowerCase() === engine);
  }
  return new Set([...ok].filter(([, v]) => v).map(([k]) => k));
}

/** A MongoDB node that is a sharded cluster's config server replica set, by its name or the label of the edge to it. */
const CONFIG_SERVER_NAME = /(^|[-_.\s])(csrs|configsvr|config|cfg|configdb|config-?servers?|config-?rs)(?=[-_.\s\d]|$)|설정\s?서버|컨피그\s?서버/i;
const CONFIG_SERVER_LABEL = /\b(config|metadata|routing[-\s]table|chunk|chunks)\b|메타데이터|설정|라우팅/i;
/** A label that names the sharding metadata itself (chunks, the routing table), whoever calls. */
const SHARDING_LABEL = /\b(routing[-\s]table|chunks?|config[-\s]?servers?|configsvr)\b|라우팅|청크/i;
/** A sharded MongoDB cluster's config server replica set: a node some mongos calls as its config servers. */
export function mongoConfigSet(design: Design, n: TopologyNode): boolean {
  return design.edges.some((e) => e.to === n.name && isMongos(design.nodes.get(e.from) ?? n) && isMongoConfigServer(n, e.label ?? null));
}

/** Oracle RAC, whose `coordinator=` names its voting files (cluster membership). */
export const RAC_ENGINE = /^(oracle-?rac|rac)$/i;

export function isMongoConfigServer(n: TopologyNode, edgeLabel: string | null): boolean {
  const e = (textAttr(n, 'engine') ?? '').toLowerCase();
  if (n.kind !== 'database' || (e !== 'mongodb' && e !== 'mongo')) return false;
  return CONFIG_SERVER_NAME.test(n.name) || (edgeLabel !== null && CONFIG_SERVER_LABEL.test(edgeLabel));
}

export function canBeSpof(s: SimNode): boolean {
  return !s.client && !s.ignored && !(s.managed && s.restoreBy === 'failover') && s.kind !== null;
}

/**
 * A managed service that fails over by itself to another zone (RDS Multi-AZ,
 * an RDS Multi-AZ DB cluster, Aurora, a managed database without an engine):
 * its primary runs in its first zone (`zone=`, or the first of `zones=`); losing
 * that zone is losing the primary, and the provider fails over in the profile's
 * time. Services spread over many nodes by construction (a balancer, DNS, a CDN,
 * object storage: failover 0 s) are not hit by a zone loss at all.
 */
export function failsOverAcrossZones(s: SimNode): boolean {
  // A managed group (a Redis cluster or Sentinel set: ElastiCache) has its instances placed in zones: its own group logic promotes them.
  // One whose standby is written as a node fails over to that standby, where the design puts it (providerStandby).
  // Its instances written in one zone (`replicas=2 zone=z1`: an Azure Cache or ElastiCache group without zone redundancy)
  // are where its copies are: the provider fails over between them inside that zone, not out of it.
  // (An Azure SQL database written in one zone is not zone-redundant: the replicas the service keeps share that datacenter
  // — round 47b r04, "fails over to its standby in another zone" for a database that has none there.)
  // (Nor provider-run compute written with its instances over zones — a zone-redundant App Service plan, Fargate tasks:
  // a zone's loss takes its instances only, the others serve on — round 58b r01.)
  // (Nor two or more managed read replicas written as one node: each is an instance of its own that serves reads — a
  // Cloud SQL or RDS read replica has no standby to promote; losing its zone loses that replica, the others serve —
  // round 64b r01: "drops rr2#2 … no instance left" for the replica in the zone still up.)
  return s.managed && s.restoreBy === 'failover' && s.restore > 0 && s.group === null && !s.providerStandby && !instancesInOneZone(s) && !managedReadReplicas(s) && !pinnedToOneZone(s) && !zonedManagedCompute(s);
}

/** Profiles whose standby is in another zone by what they are (RDS Multi-AZ, a cluster volume over three zones). */
const MULTI_AZ_BY_DESIGN = new Set(['rds-multi-az', 'rds-multi-az-cluster']);

/**
 * A managed database written with `zone=Z` and nothing that puts a copy elsewhere: its standby shares that zone (an Azure
 * SQL database that is not zone-redundant — round 47b r04; a Naver Cloud MySQL HA pair created without multi-zone —
 * round 70c r01), so the zone's loss takes it down: the language's "pinned to one zone". A product whose standby is in
 * another zone by what it is (RDS Multi-AZ, Aurora's cluster volume) still fails over.
 */
function pinnedToOneZone(s: SimNode): boolean {
  // (AlloyDB's instances are high-availability only when written so — two zones, `replicas=2` or a standby node: one
  // written in a single zone is a basic, zonal instance with no standby node, whatever its regional storage; round 82 r07.)
  return s.node.attrs.has('zone') && s.node.zones.length === 1 && !MULTI_AZ_BY_DESIGN.has(s.timings.profile.id) && (s.timings.profile.clusterVolume !== true || (s.timings.profile.id === 'alloydb' && s.instances < 2));
}

/**
 * How many of a node's live instances serve requests at once: one for an active/passive pair holding a virtual IP
 * (keepalived, VRRP: the other waits to take the address) and for a single-writer service (its other instances wait to be
 * promoted); all of them otherwise. Capacity is counted on these.
 */
export function servingInstances(s: SimNode, live: number): number {
  return (s.vip || s.singleWriter || s.activeOne || s.primaryOnly) && live > 1 ? 1 : live;
}

/**
 * The instances a queue's consumer runs for `rate` messages a second: an autoscaled consumer (a Lambda's SQS event
 * source, KEDA, an Auto Scaling group on the queue's depth) scales with the queue up to its maximum; others run `live`.
 */
export function consumerInstances(s: SimNode, live: number, rate: number): number {
  if (live <= 0 || s.autoscale === null || s.capacity === null || !(s.capacity > 0) || !(rate > 0)) return live;
  return Math.max(live, Math.min(s.autoscale.max, Math.ceil(rate / s.capacity - 1e-9)));
}

/** A node whose 2+ instances the design places in one zone (`zone=Z`). */
export function instancesInOneZone(s: SimNode): boolean {
  return s.instances >= 2 && s.node.zones.length === 1 && s.node.attrs.has('zone');
}

/**
 * A managed service spread over many nodes by construction (a balancer, DNS, a
 * CDN, object storage, a queue: failover 0 s) survives the loss of any one
 * zone — unless the design pins it to one zone with `zone=Z`: then it is a
 * zonal service (an AWS NAT gateway, a single-AZ balancer), redundant only
 * inside that zone, and it goes down with it (Amazon VPC user guide, "NAT
 * gateways": "if the NAT gateway's Availability Zone is down, resources in
 * the other Availability Zones lose internet access").
 */
export function spreadOverZones(s: SimNode): boolean {
  // (Not a managed primary whose standby is written as a node — an Aurora writer with its reader: it runs in its first zone,
  // and its zone's loss is its loss, the reader promoted — round 110c r03 lost nothing with `zones=2a,2c`.)
  return s.managed && s.restoreBy === 'failover' && s.group === null && !failsOverAcrossZones(s) && !s.node.attrs.has('zone') && !zonedManagedCompute(s) && !managedReadReplicas(s) && !(s.providerStandby && s.instances === 1);
}

/**
 * Two or more managed read replicas written as one node over zones (`rr: database engine=cloud-sql replica of=db
 * replicas=2 zones=b,c`): each is an instance of its own in its zone that serves reads — no standby the provider
 * promotes, nor a service spread by construction: a zone's loss takes the replicas placed there, the others serve.
 */
export function managedReadReplicas(s: SimNode): boolean {
  // (So are the nodes of a managed Memcached cluster: each holds its own share of the keys, none a copy of another —
  // round 68 r05: a zone's loss was read as a failover to a standby.)
  return s.managed && (s.node.role === 'replica' || isMemcached(s.node)) && s.instances >= 2 && s.node.zones.length >= 2;
}

/**
 * Provider-run compute written with its instances and zones (`app: app managed replicas=3 zones=1,2,3`: a
 * zone-redundant App Service plan, a regional managed instance group): its instances are placed round-robin in those
 * zones like any tier's, a zone's loss takes its share, and the provider starts them again in the zones left.
 */
export function zonedManagedCompute(s: SimNode): boolean {
  return managedComputeInstances(s) && s.node.zones.length >= 2;
}

/**
 * Provider-run compute written with its instances (`app: app-server managed replicas=3`: App Service instances, ECS
 * Fargate tasks, a managed instance group): the provider replaces a lost instance at once, so a single failure is one
 * instance (the sweep's), but the app failing on every instance (a bad deployment, an incident of the platform) is not
 * something the provider fails over — it is down until repaired, and whatever routes to it must route around it.
 * (Request-scaled serverless compute, Cloud Run or Lambda, is the provider's to place: not this.)
 */
export function managedComputeInstances(s: SimNode): boolean {
  return (
    s.managed &&
    (s.kind === 'app-server' || s.kind === 'web-server' || s.kind === 'service') &&
    s.instances >= 2 &&
    (s.node.attrs.has('replicas') || s.node.attrs.has('autoscale')) &&
    s.timings.profile.id !== 'serverless'
  );
}

/** A managed service the design pins to one zone with `zone=Z` (see spreadOverZones): it goes down with that zone. */
export function pinnedToZone(s: SimNode): boolean {
  return s.managed && s.restoreBy === 'failover' && s.group === null && !failsOverAcrossZones(s) && s.node.attrs.has('zone');
}

/**
 * Which of a fully lost node's takeovers serves in its place (failure-model §3):
 * an automatic one before one a person promotes; then the freshest data
 * (synchronous before semi-synchronous before asynchronous); then the fastest
 * (detection + promotion); the first declared on a tie.
 */
/** A read replica's replication lag behind its source: the writes its source's loss takes with it (0 when synchronous). */
export function readLagOf(replica: SimNode, source: SimNode): number {
  const ft = failoverTimingsOf(replica.node, source.node);
  const written = textAttr(replica.node, 'replication') !== null;
  const lossless = !written && ft.sync.value === 1 ? true : replicationOf(replica.node, source.node).lossless;
  return lossless ? 0 : ft.lag.value;
}

export function pickTakeover(s: SimNode, usable: (t: Takeover) => boolean): Takeover | undefined {
  let best: Takeover | undefined;
  for (const t of s.takeovers) if (usable(t) && (!best || betterTakeover(t, best))) best = t;
  return best;
}

/** Time added after the longest repair so that what follows it (a balancer putting the instance back, a DNS answer) is seen. */
export const HORIZON_MARGIN = 600;

/**
 * The horizon of a design's runs: at least DEFAULTS.horizon (1h), twice the
 * goal's RTO (so a 4h RTO can be met or missed inside the run), and the
 * longest restore of a node in the request path (its repair, or a managed
 * service's failover) plus HORIZON_MARGIN, so a repair lands inside the run.
 */
export function horizonOf(design: Design, nodes: readonly SimNode[] = buildModel(design).nodes): number {
  let h: number = DEFAULTS.horizon;
  const rto = design.goal?.rto;
  if (rto !== null && rto !== undefined && Number.isFinite(rto)) h = Math.max(h, 2 * rto);
  for (const s of nodes) if (!s.client && !s.ignored && Number.isFinite(s.restore)) h = Math.max(h, s.restore + HORIZON_MARGIN);
  return h;
}

function betterTakeover(t: Takeover, b: Takeover): boolean {
  if (t.manual !== b.manual) return !t.manual;
  if (t.rank !== b.rank) return t.rank < b.rank;
  return t.detect + t.promote < b.detect + b.promote;
}

/** Every node reached from node `from` by following callees (the node itself included). */
export function calleeClosure(m: Model, from: number): Set<number> {
  const seen = new Set<number>([from]);
  const stack = [from];
  while (stack.length)
    for (const c of m.nodes[stack.pop()!]!.callees)
      if (!seen.has(c)) {
        seen.add(c);
        stack.push(c);
      }
  return seen;
}

/** A health check that asks a database for the writer's role (Patroni's REST API: `/primary`, `/master`, `/leader`, `/read-write`). */
const WRITER_ROLE_CHECK = /^\/(primary|master|leader|read-write)$/i;

/** Seconds a checking balancer takes to send to a target that passes its checks again: `rise` passing checks, `interval` apart. */
export function riseSeconds(lb: { timings: Timings }): number {
  return Math.round(lb.timings.rise.value * lb.timings.interval.value * 1000) / 1000;
}

/** Whether an event `delay` seconds after a loss at 0s happens within the horizon (the engine drops later ones). */
export function withinHorizon(delay: number, horizon: number = DEFAULTS.horizon): boolean {
  return Math.round(delay * 1000) / 1000 < horizon;
}

// ---- the design's index, shared by the model and the rules ---------------------

/** A design's nodes by index and its distinct edges between known nodes: built once per design. */
export interface DesignIndex {
  /** The nodes in the order of design.nodes (declaration order). */
  list: TopologyNode[];
  byName: Map<string, number>;
  /** Distinct edges `from -> to` between known nodes (self-edges included), in order of first appearance. */
  from: Int32Array;
  to: Int32Array;
  /** Per distinct edge: the index in design.edges of its first appearance. */
  edge: Int32Array;
  count: number;
  /** The distinct pairs `from × n + to + 1`, open addressing (hasEdge); a Set past 46,340 nodes instead. */
  pairs: Int32Array | null;
  pairSet: Set<number> | null;
}

const indexes = new WeakMap<Design, DesignIndex>();

/** The design's index (memoised by object identity, like the model). */
export function designIndex(design: Design): DesignIndex {
  const hit = indexes.get(design);
  if (hit) return hit;
  const list = [...design.nodes.values()];
  const n = list.length;
  const byName = new Map<string, number>();
  for (let i = 0; i < n; i++) byName.set(list[i]!.name, i);
  const edges = design.edges;
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  const edge = new Int32Array(edges.length);
  // Seen pairs: an open-addressing table of `a × n + b + 1` (a Set past 46,340 nodes, where that overflows int32).
  let table: Int32Array | null = null;
  let mask = 0;
  let seen: Set<number> | null = null;
  if (n <= 46340) {
    let cap = 16;
    while (cap < edges.length * 2) cap <<= 1;
    table = new Int32Array(cap);
    mask = cap - 1;
  } else seen = new Set<number>();
  let count = 0;
  for (let k = 0; k < edges.length; k++) {
    const e = edges[k]!;
    const a = byName.get(e.from);
    if (a === undefined) continue;
    const b = byName.get(e.to);
    if (b === undefined) continue;
    const key = a * n + b;
    if (table) {
      let h = Math.imul(key, 0x9e3779b1) & mask;
      let dup = false;
      for (;;) {
        const v = table[h]!;
        if (v === 0) {
          table[h] = key + 1;
          break;
        }
        if (v === key + 1) {
          dup = true;
          break;
        }
        h = (h + 1) & mask;
      }
      if (dup) continue;
    } else {
      if (seen!.has(key)) continue;
      seen!.add(key);
    }
    from[count] = a;
    to[count] = b;
    edge[count] = k;
    count++;
  }
  const ix: DesignIndex = { list, byName, from, to, edge, count, pairs: table, pairSet: seen };
  indexes.set(design, ix);
  return ix;
}

// ---- the compiled model ----------------------------------------------------------

/**
 * The models of the designs used last. Not one per design kept as long as the design is: a note of hundreds of designs
 * would keep hundreds of models, and what is keyed on a model (timings, capacity, the sweep's context) with them, after
 * its analysis is done. A model is rebuilt in about a millisecond per hundred nodes when a hover or a run asks again.
 */
const cache = new Map<Design, Model>();
const CACHED_MODELS = 16;
/**
 * And no more nodes than this over the models kept (the newest is always kept): a 10,000-node model holds about 45 MB,
 * and sixteen of them kept the heap at 740 MB, its collection a fifth of every analysis (issue 17's bench).
 */
const CACHED_NODES = 12_000;
let cachedNodes = 0;

export function buildModel(design: Design): Model {
  const hit = cache.get(design);
  if (hit) return hit;
  const m = compile(design);
  while (cache.size && (cache.size >= CACHED_MODELS || cachedNodes + m.nodes.length > CACHED_NODES)) {
    const [oldest, om] = cache.entries().next().value!;
    cache.delete(oldest);
    cachedNodes -= om.nodes.length;
  }
  cache.set(design, m);
  cachedNodes += m.nodes.length;
  // A lost data node comes back from its backup once someone notices and restores it: the runs cover that too (failure-model §7).
  const restore = longestRestore(m);
  if (restore > 0) m.horizon = Math.max(m.horizon, restore + HORIZON_MARGIN);
  return m;
}

/** What only the simulator needs: computed on first use (the rules need none of it). */
type Late = Pick<Model, 'regionsUsed' | 'zonesUsed' | 'routers' | 'preds' | 'pos' | 'fallbackOf' | 'loadOrder' | 'loadPos' | 'loadSucc'>;
/** The order and the forward edges (each node's edges closing a cycle set aside): the first part of it, which reachability needs. */
type Ordered = Pick<Model, 'order' | 'succ'> & {
  /** Per node, every node its requests may go to, edges closing a cycle included (succOf). */
  all: number[][];
};

class CompiledModel implements Model {
  readonly nodes: CompiledNode[] = [];
  horizon: number = DEFAULTS.horizon;
  entries: number[] = [];
  hasRate = false;
  /** Null until the simulator's parts are computed. */
  lateParts: Late | null = null;
  /** Null until the order (and each node's back edges) is computed. */
  orderedParts: Ordered | null = null;

  constructor(
    readonly design: Design,
    readonly byName: Map<string, number>,
  ) {}

  late(): Late {
    if (this.lateParts === null) this.lateParts = finish(this);
    return this.lateParts;
  }
  ordered(): Ordered {
    if (this.orderedParts === null) this.orderedParts = orderOf(this);
    return this.orderedParts;
  }
  get order(): number[] {
    return this.ordered().order;
  }
  get regionsUsed(): string[] {
    return this.late().regionsUsed;
  }
  get zonesUsed(): string[] {
    return this.late().zonesUsed;
  }
  get routers(): number[][] {
    return this.late().routers;
  }
  get succ(): number[][] {
    return this.ordered().succ;
  }
  get preds(): number[][] {
    return this.late().preds;
  }
  get pos(): Int32Array {
    return this.late().pos;
  }
  get fallbackOf(): Map<number, number[]> {
    return this.late().fallbackOf;
  }
  get loadOrder(): number[] {
    return this.late().loadOrder;
  }
  get loadPos(): Int32Array {
    return this.late().loadPos;
  }
  get loadSucc(): number[][] {
    return this.late().loadSucc;
  }
}

// The attributes a model node reads, gathered in one pass over a node's attributes (no allocation).
const SLOT_AUTOSCALE = 0;
const SLOT_VIP = 1;
const SLOT_SESSIONS = 2;
const SLOT_STATE = 3;
const SLOT_CAPACITY = 4;
const SLOT_RATE = 5;
const SLOT_ROUTING = 6;
const SLOT_MODE = 7;
const SLOT_OF_KEY = new Map<string, number>([
  ['autoscale', SLOT_AUTOSCALE],
  ['vip', SLOT_VIP],
  ['sessions', SLOT_SESSIONS],
  ['state', SLOT_STATE],
  ['capacity', SLOT_CAPACITY],
  ['rate', SLOT_RATE],
  ['routing', SLOT_ROUTING],
  ['mode', SLOT_MODE],
]);
const scratch: (Attr | undefined)[] = new Array<Attr | undefined>(SLOT_OF_KEY.size).fill(undefined);
function collectAttr(a: Attr, key: string): void {
  const slot = SLOT_OF_KEY.get(key);
  if (slot !== undefined) scratch[slot] = a;
}

/** A node of the model: fields from its attributes with defaults; zone and region by method (no closures per node). */
class CompiledNode implements SimNode {
  // Declared, not defined: the constructor assigns every field once, in one order (one object shape, all in-object).
  declare readonly model: CompiledModel;
  declare readonly idx: number;
  declare readonly name: string;
  declare readonly node: TopologyNode;
  declare readonly kind: KindId | null;
  declare readonly client: boolean;
  declare readonly ignored: boolean;
  declare readonly managed: boolean;
  declare or: OrMode;
  declare routes: Route[] | null;
  declare routePin: Map<number, number> | null;
  declare pinnedBy: (readonly [client: number, route: number])[] | null;
  declare peerSets: { members: number[]; share: number[] }[] | null;
  declare nearest: Map<number, number> | null;
  declare consumers: number[];
  declare consumes: number[];
  declare forwards: number[];
  declare callees: number[];
  /** Set by the ordering pass (finish); read through `back`. */
  declare backSet: ReadonlySet<number>;
  /** Empty lists are shared (NO_SOFT, NO_TAKEOVERS) until compile adds to them: nothing else writes them. */
  declare soft: SoftEdge[];
  declare storeOffload: { cache: number; dbs: number[] }[];
  declare callers: number[];
  declare takeovers: Takeover[];
  declare standsFor: number;
  declare readsFrom: number;
  declare readsFallBack: boolean;
  declare directReads: boolean;
  declare readonly instances: number;
  declare timings: Timings;
  declare lbDetect: number | null;
  declare readonly hostDetect: number | null;
  declare readonly clientFailover: boolean;
  declare directMembers: boolean;
  declare serverlessNeg: boolean;
  declare galeraCheck: boolean;
  declare deepCheck: boolean;
  declare poolCheck: boolean;
  declare elbHealth: boolean;
  declare restore: number;
  declare noticeFirst: number;
  declare noticedBy: 'monitor' | 'users';
  declare readonly restoreBy: 'failover' | 'repair';
  declare providerReplaces: boolean;
  declare providerStandby: boolean;
  declare selfDetect: number | null;
  declare crashRemoval: boolean;
  declare readonly vip: boolean;
  declare readonly singleWriter: boolean;
  declare dnsSwitch: number;
  declare dnsShare: number[] | null;
  declare dnsDetect: number;
  declare manualDns: boolean;
  declare readonly capacity: number | null;
  declare readonly offload: number;
  declare readonly autoscale: { min: number; max: number } | null;
  declare readonly rate: number | null;
  declare readonly localSessions: boolean;
  declare sessionStore: number;
  declare isSessionStore: boolean;
  declare alsoRecords: boolean;
  declare readonly dataKind: boolean;
  declare readonly group: GroupSpec | null;
  declare demotesWith: number;
  declare masterTier: number;
  declare arbitrator: number;
  declare quorumPeers: number[] | null;
  declare controlPlane: number;
  declare syncWait: number;
  declare syncFor: number;
  declare syncWaitAny: readonly number[];
  declare semiSyncFor: number;
  declare semiSyncKind: 'mysql' | 'oracle' | 'db2' | 'sqlserver' | 'patroni' | 'pg-auto-failover' | null;
  declare vipQuorum: boolean;
  declare activeOne: boolean;
  declare secondChoice: ReadonlySet<number> | null;
  declare primaryOnly: boolean;
  declare vipCloud: string | null;
  /** The `sessions=` text, for the session-store pass. */
  declare readonly sessions: string | null;

  constructor(model: CompiledModel, idx: number, n: TopologyNode) {
    const kind = n.kind;
    this.model = model;
    this.idx = idx;
    this.name = n.name;
    this.node = n;
    this.kind = kind;
    this.client = kind === 'client';
    this.ignored = kind === 'monitor';
    this.managed = n.managed;
    scratch.fill(undefined);
    if (n.attrs.size) n.attrs.forEach(collectAttr);
    const autoscaleA = scratch[SLOT_AUTOSCALE];
    const vipA = scratch[SLOT_VIP];
    const sessionsA = scratch[SLOT_SESSIONS];
    const stateA = scratch[SLOT_STATE];
    const capacityA = scratch[SLOT_CAPACITY];
    const rateA = scratch[SLOT_RATE];
    const routingA = scratch[SLOT_ROUTING];
    const modeA = scratch[SLOT_MODE];
    // How it uses its callees (a proxying web server is made a balancer by compile, once its callees are known).
    if (kind === 'load-balancer' || kind === 'gateway') this.or = 'lb';
    else if (kind !== 'dns') this.or = null;
    // A check `interval=` written on the name is a health check (a GSLB probing its targets), unless `health-check=false`.
    // Azure Traffic Manager probes its endpoints whatever its routing method (round 63b r01; a Route 53 record only with a
    // health check associated).
    else this.or = dnsMode(textOf(routingA), flagOf(n.attrs.get('health-check')) ?? (n.attrs.has('interval') || timingsOf(n).profile.id === 'azure-traffic-manager' ? true : null));
    const av = autoscaleA?.value;
    const auto = av && av.type === 'range' ? av : null;
    this.autoscale = auto ? { min: Math.min(auto.min, MAX_SIM_INSTANCES), max: Math.min(auto.max, MAX_SIM_INSTANCES) } : null;
    // instanceCount
    const mode = kind === 'cache' ? textOf(modeA) : null;
    const instances = Math.min(MAX_SIM_INSTANCES, Math.max(1, n.replicas, auto ? auto.min : 0, mode === 'sentinel' || mode === 'cluster' || kind === 'database' ? redundantModeMinimum(n) : 0));
    this.instances = instances;
    this.group =
      (kind === 'cache' || kind === 'consensus' || kind === 'database' || kind === 'storage' || kind === 'queue') && !isDataTier(model.design, n) ? groupSpecOf(n, instances) : null;
    this.demotesWith = -1;
    this.masterTier = -1;
    this.arbitrator = -1;
    this.quorumPeers = null;
    this.controlPlane = -1;
    this.syncWait = -1;
    this.syncFor = -1;
    this.syncWaitAny = [];
    this.semiSyncFor = -1;
    this.semiSyncKind = null;
    const dataKind = kind !== null && DATA_KINDS.has(kind);
    this.dataKind = dataKind;
    // A web server with no engine in front of a WebLogic cluster proxies through the WebLogic plug-in (mod_wl_ohs in
    // Oracle HTTP Server, Apache's or IIS's): its timings are the plug-in's (rounds 88 r09, 88c r03).
    const tm = kind === 'web-server' && !n.attrs.has('engine') && weblogicFronted(model.design).has(n.name) ? timingsAs(n, 'weblogic-plugin') : timingsOf(n);
    this.timings = tm;
    // A keepalived (VRRP) pair is a virtual IP by what it is: `engine=keepalived` implies `vip` (unless `vip=false`).
    const vipFlag = flagOf(vipA);
    // (Windows NLB's cluster address is no VRRP address moving between hosts: every host receives each packet and the
    // cluster converges without a lost one — nlbCluster below; round 73 r01: `vip` on it was timed as VRRP, 3.6 s.)
    // (So is MetalLB, whose default layer-2 mode answers for the service address from one leader node and moves it when that
    // node is lost: its speakers are no proxies each carrying a share — round 106 r04. `vip=false` keeps the other reading.)
    const metallb = (textAttr(n, 'engine') ?? '').toLowerCase() === 'metallb';
    const vip = (kind === 'load-balancer' || (kind === 'web-server' && vipFlag === true)) && instances >= 2 && tm.profile.id !== 'windows-nlb' && (vipFlag === true || (vipFlag !== false && (tm.profile.id === 'keepalived' || metallb)));
    this.vip = vip;
    this.vipQuorum = vip && tm.profile.id === 'pgpool';
    // One writer the provider fails over: Aurora and an RDS Multi-AZ cluster, and a managed Redis with replicas and no cluster
    // mode (Memorystore Standard, ElastiCache with replicas, Azure Cache Standard): a primary whose replicas hold copies.
    const eng = (textAttr(n, 'engine') ?? '').toLowerCase();
    const managedRedisPair = kind === 'cache' && textAttr(n, 'mode') === null && (tm.profile.id === 'redis-replication' || REDIS_ENGINES.has(eng) || REDIS_COMPATIBLE.has(eng));
    // Readers of such a cluster (`readers: db engine=aurora standby of=db readable replicas=2`) are no writer: they sit
    // behind the reader endpoint, which spreads connections over the readers up and stops handing out a lost one.
    const readers = n.role === 'standby' || n.role === 'replica';
    // So is a provider's HA pair of a single-primary database written as its instances (`engine=mysql managed replicas=2`,
    // Cloud SQL HA, RDS Multi-AZ, Azure flexible server with zone-redundant HA): one primary the application connects to,
    // and a standby that serves nothing until the provider fails over to it.
    // (And one with no engine written — a DigitalOcean Managed PostgreSQL with its standby node: a provider's database of
    // several instances is a primary and its standbys unless an engine says otherwise; round 112b r05 split the requests
    // over both and "dropped" the lost one in 15 s.)
    const managedSinglePrimary = kind === 'database' && (SINGLE_PRIMARY_PROFILES.has(tm.profile.id) || (tm.profile.id === 'generic-managed' && (SINGLE_PRIMARY_ENGINES.has(eng) || eng === '')));
    // And a managed broker pair (Amazon MQ's ActiveMQ active/standby, or a managed queue written `replicas=2` with no engine):
    // one active broker, the standby taking over after a while (round 50b r08).
    const managedBrokerPair = brokerPair(n);
    // (An ActiveMQ pair its owner runs on a shared store is one too: the master holds the store's lock, the slave waits for
    // it — rounds 84b r09, 85 r06, 88 r02, 88c r01 read it as two active brokers.)
    const selfRunBroker = !n.managed && managedBrokerPair && SHARED_STORE_BROKERS.has(tm.profile.id);
    const singleWriter =
      ((n.managed && !readers && ((kind === 'database' && readerEndpointProfile(tm.profile)) || managedSinglePrimary || managedRedisPair || managedBrokerPair)) || selfRunBroker) && instances >= 2 && this.group === null;
    this.singleWriter = singleWriter;
    this.activeOne = false;
    this.secondChoice = null;
    this.primaryOnly = false;
    this.vipCloud = null;
    const sessions = textOf(sessionsA);
    const state = textOf(stateA);
    this.sessions = sessions;
    // (Amazon RDS Proxy follows its cluster's writer by itself — no checks of its own to time, and no rise before it sends
    // to the promoted writer: round 99b r06 had `health-check` on it add 20 s to an Aurora failover.)
    this.lbDetect = (kind === 'load-balancer' || kind === 'gateway') && tm.checks && !RDS_PROXY.has((textAttr(n, 'engine') ?? '').toLowerCase()) ? tm.removal : null;
    // A Kubernetes Service routes around its own unready pods; a data cluster drops (and, with a failover manager, replaces) a lost member.
    const k8s = tm.profile.id === 'k8s-service';
    // A single-writer cluster routes nothing around: its endpoint follows the writer the provider promotes.
    // Callers that fail over themselves (`failover=client`: a resolver's name server list, an AD domain controller, an
    // LDAP URI list) move to another instance once their timeout passes.
    // (A pair of proxies or balancers whose callers list both — MySQL Router in the driver, an Informix sqlhosts group —
    // too: round 89c r03 was advised `failover=client`, which a load-balancer did not take.)
    const clientFailover = instances >= 2 && (kind === 'web-server' || kind === 'app-server' || kind === 'service' || kind === 'load-balancer' || kind === 'gateway') && (textAttr(n, 'failover') === 'client' || isMongos(n));
    this.clientFailover = clientFailover;
    // Several read replicas (or standbys) of a single-primary database its owner runs: each is a server of its own at its
    // own address, with no membership that drops a dead one — its reads fail until it is back (unless a proxy is written).
    // (Not the readers of a managed cluster with a reader endpoint — Aurora, DocumentDB, AlloyDB, an RDS Multi-AZ DB cluster:
    // the endpoint spreads connections over the live readers, round 50b r01.)
    const src = n.of !== null ? model.design.nodes.get(n.of) : undefined;
    const readerEndpoint = !!src && src.managed && readerEndpointProfile(timingsOf(src).profile);
    // (So are a provider's read replicas, each an instance at its own endpoint — RDS, Cloud SQL, a Cloud DB "Slave": nothing
    // drops a dead one from a membership; round 111c r05 gave two of them a cluster that dropped one in 15 s.)
    const ownEndpoint = n.managed && !readerEndpoint && tm.profile.clusterVolume !== true && eng !== 'alloydb' && eng !== 'clickhouse';
    const plainCopies = kind === 'database' && (n.role === 'replica' || (n.role === 'standby' && n.attrs.has('readable'))) && this.group === null && !readerEndpoint && (n.managed ? ownEndpoint : eng === '' || SINGLE_PRIMARY_ENGINES.has(eng));
    this.directMembers = false;
    this.serverlessNeg = false;
    this.galeraCheck = false;
    // A role check (Patroni's REST API behind HAProxy: `/primary`, `/replica`, `/leader`, `/read-write`) follows the
    // database's role, so a primary that demoted itself fails it as a deep check would.
    const hc = textAttr(n, 'health-check');
    this.poolCheck = false;
    this.elbHealth = false;
    this.deepCheck = this.lbDetect !== null && (hc === 'deep' || (hc !== null && /^\/(primary|master|leader|read-write|replica|read-only|standby-leader)$/i.test(hc)));
    // Windows NLB: every host receives each request at the cluster's shared address and the hosts converge without a lost
    // one after its missed heartbeats (1 s × 5, windows-nlb): the cluster routes around a lost host by itself.
    // The same for NLB run on the serving hosts themselves (IIS hosts sharing one cluster address: `web-server engine=windows-nlb`).
    const nlbCluster = (kind === 'load-balancer' || kind === 'web-server' || kind === 'app-server' || kind === 'service') && instances >= 2 && !vip && tm.profile.id === 'windows-nlb';
    // Pods behind their Service — an application's, or ingress-nginx controller pods behind MetalLB or a cloud load balancer
    // (round 118 r02: 50 % for its 20 s restart) — that crash leave the endpoints within kube-proxy's sync (K8S_CRASH), unless
    // the probe's timing is written.
    this.crashRemoval = !vip && instances >= 2 && ((k8s && tm.interval.attr === null && tm.failures.attr === null) || tm.profile.id === 'ingress-nginx');
    this.selfDetect = vip
      ? tm.vipMove
      : this.crashRemoval
        ? K8S_CRASH.removal.v
        : (k8s || nlbCluster) && instances >= 2
          ? tm.removal
          : clientFailover
          ? DEFAULTS.clientRetry
          : dataKind && instances >= 2 && !singleWriter && !plainCopies
            ? // ClickHouse: a query tries another replica after connect_timeout_with_failover_ms, 50 ms (ClickHouse
              // Settings.h; docs/defaults.md clickhouse-failover) — no membership to wait for.
              eng === 'clickhouse'
              ? CLICKHOUSE_FAILOVER.v
              : // An AlloyDB read pool of 2+ nodes sits behind the service's regional load balancer, which routes to the
                // healthy nodes with no downtime (AlloyDB, "High availability": read pools; round 70b r07).
                eng === 'alloydb' && n.role === 'replica'
                ? 0
                : clusterDetect(tm)
            : null;
    // (A MetalLB address moves on the speakers' memberlist gossip, not when the node is NotReady: as for a lost speaker —
    // round 99 r02.)
    // A zone-redundant App Service plan (its instances over two or more zones) keeps serving from the zones left when
    // one is lost: the platform's front ends send nothing more to the lost zone's instances, only the requests in flight
    // on them fail (app-service-zones; round 117b r03 held a third of the requests failing for the 10-minute Health check,
    // which is for an instance that answers badly). An instance lost alone keeps the Health check's timing.
    // (Its profile's `zoneDown` is that hostLoss: read on a managed plan written over two zones or more.)
    this.hostDetect =
      tm.hostLoss && instances >= 2 && ((k8s || tm.profile.id === 'ingress-nginx') ? !(vip && eng === 'metallb') : this.managed && n.zones.length >= 2) ? tm.hostLoss.value : null;
    this.dnsDetect = tm.dnsDetect;
    this.dnsSwitch = tm.dnsSwitch;
    this.manualDns = false;
    this.dnsShare = null;
    // A single ElastiCache/MemoryDB node has no replica to promote: the service replaces it (and its data is gone); a
    // standby node written beside it is what fails over (compile's takeovers).
    // The same for a managed cache written `mode=standalone` with one node (Memorystore Basic Tier: no replica to fail over to).
    // The same for a managed message broker of one instance (Amazon MQ's single-instance RabbitMQ or ActiveMQ broker: one
    // broker behind a load balancer, nothing to fail over to — round 43b said "fails over in 0 s").
    // And each node of a managed Memcached cluster: Memcached replicates nothing, and ElastiCache replaces a failed node
    // with a new, empty one — no failover, no lag window (ElastiCache, "Replacing nodes (Memcached)"; round 69 r09).
    // And a managed read replica of one instance (an RDS or Cloud DB read replica, a "Slave" server): a single instance with
    // no standby of its own — the provider replaces it, nothing fails over (round 110c r01: "fails over inside the provider's
    // service" in 2 min).
    const loneManagedNode = this.group === null && (loneManagedCache(n, instances) || (kind === 'database' && ownEndpoint && n.role === 'replica') || (kind === 'cache' && n.managed && isMemcached(n)) || (kind === 'queue' && n.managed && instances < 2 && BROKER_ENGINES.test(eng)));
    // A Cloud SQL instance (or an Azure PostgreSQL flexible server) not written over two zones is a zonal instance (no HA; docs/defaults.md: a regional instance is
    // written with its two zones): it has no standby to fail over to — it is restarted or restored, and a zone outage keeps it
    // down (cloud-sql-ha); a standby node beside it is what fails over. Its availability is already the zonal one (derive.ts).
    // An EBS volume is zonal by what it is: one volume, restored from its snapshot when lost.
    const zonalInstance = ((tm.profile.id === 'gcp-cloud-sql' || tm.profile.id === 'azure-postgres-flexible' || tm.profile.id === 'azure-mysql-flexible') && n.zones.length < 2 && instances < 2) || tm.profile.zonal === true;
    // A managed cluster of a product whose own mechanism moves a lost member's work (Amazon MSK: Kafka fences the
    // broker after broker.session.timeout.ms and moves its partitions' leadership) is that mechanism, not the generic
    // managed "fails over at once": its instances behave as the product's, and the provider replaces the lost one.
    const ownMechanism = instances >= 2 && tm.profile.values.detect !== undefined && tm.failover?.profile === 'generic-managed';
    const failover = (tm.managed && !loneManagedNode && !zonalInstance && !ownMechanism) || (selfRunBroker && singleWriter) ? tm.failover : null;
    // A product that promotes a second instance needs one (Aurora: a reader); a `standby|replica of=` node counts too (see compile).
    const alone = tm.profile.values.failoverAlone;
    // A managed lone cache node nothing takes over for: the provider replaces it by itself (empty), not a person.
    // So does a zonal managed database instance whose storage is apart from its compute (an Azure flexible server without
    // HA, a zonal Cloud SQL instance): the service restarts it, on another host if needed, on the same storage — no person
    // rebuilds it (azure-mysql-ha, azure-pg-bc; round 73b r01: "a rebuild by a person, 1h"). No document gives the time.
    const restartsOnStorage = zonalInstance && kind === 'database' && tm.profile.keepsDisks !== undefined && tm.profile.zonal !== true;
    this.providerReplaces = tm.managed && (loneManagedNode || restartsOnStorage) && tm.repair.attr === null;
    this.restore = failover ? (alone && instances < 2 ? alone.v : failover.value) : this.providerReplaces ? PROFILES['generic-managed'].values.replace!.v : tm.repair.value;
    this.restoreBy = failover ? 'failover' : 'repair';
    // A person starts the rebuild once someone knows (rounds 50 r01, 51 r01, 52 r01–r05: "1h" for a rebuild whose failure
    // the no-monitoring finding itself says is noticed after 15 min).
    const personRepairs = !failover && !tm.managed && !this.providerReplaces && tm.repair.attr === null && tm.repair.profile === 'generic' && kind !== 'client' && kind !== 'monitor';
    // A watched one waits for its monitor's notice (one interval, docs/language.md `interval`): what a person does starts
    // when the page arrives (rounds 112c r02, 113b r07, 113c r07: "rebuilt from the moment it failed, before anyone knew").
    const watcher = personRepairs ? ownMonitorDelay(model.design, n.name) : null;
    this.noticeFirst = personRepairs ? (watcher ?? DEFAULTS.unnoticed) : 0;
    this.noticedBy = watcher === null ? 'users' : 'monitor';
    this.restore += this.noticeFirst;
    // A standby written with no capacity of its own is taken to be the same class of machine as its primary, whose load
    // it takes when promoted (round 56 r02: an MHA standby with no `capacity=` hid a zone loss's database overload).
    const own = numberOf(capacityA);
    const primary = own === null && n.role === 'standby' && n.of !== null ? model.design.nodes.get(n.of) : undefined;
    this.capacity = own ?? (primary && primary.kind === n.kind ? numberOf(primary.attrs.get('capacity')) : null);
    this.offload = kind === 'cdn' || kind === 'web-server' ? (hitRatioOf(n) ?? 0) : 0;
    this.rate = kind === 'client' ? numberOf(rateA) : null;
    // `sessions=replicated`: the instances copy every session to each other (Tomcat session clustering, an embedded
    // Hazelcast): none is lost with one instance, and there is no store to depend on.
    this.localSessions = sessions === 'local' || sessions === 'sticky' || (state === 'stateful' && sessions === null);
    this.routes = null;
    this.routePin = null;
    this.pinnedBy = null;
    this.peerSets = null;
    this.nearest = null;
    this.consumers = NO_LIST;
    this.consumes = NO_LIST;
    this.forwards = NO_LIST;
    this.callees = [];
    this.backSet = NO_BACK;
    this.soft = NO_SOFT;
    this.storeOffload = NO_OFFLOAD;
    this.callers = [];
    this.takeovers = NO_TAKEOVERS;
    this.standsFor = -1;
    this.providerStandby = false;
    this.readsFrom = -1;
    this.readsFallBack = false;
    this.directReads = false;
    this.sessionStore = -1;
    this.isSessionStore = false;
    this.alsoRecords = false;
  }

  /** Callees reached through an edge closing a cycle (computed with the order, on first use). */
  get back(): ReadonlySet<number> {
    if (this.model.orderedParts === null) this.model.ordered();
    return this.backSet;
  }

  /** Zone of instance i (round-robin over zones; a Redis Cluster's replicas away from their master), or null. */
  zoneOf(i: number): string | null {
    const zones = this.node.zones;
    if (!zones.length) return null;
    const g = this.group;
    if (g !== null && g.type === 'cluster') return zones[clusterZoneIndex(g, i, zones.length)]!;
    return zones[i % zones.length]!;
  }

  regionOf(z: string | null): string | null {
    if (z === null) return this.node.region;
    return this.model.design.zones.get(z)?.region ?? this.node.region;
  }
}

/**
 * Seconds until a data cluster (a node with 2+ instances and no standby node)
 * routes around a lost member: its failover manager's detection, plus the
 * promotion when the product names one (Redis Sentinel, Redis Cluster,
 * Pacemaker); the generic profile's promotion is a standby's, not a member's.
 */
function clusterDetect(tm: Timings): number {
  const own = tm.promote.attr !== null || tm.promote.profile !== 'generic';
  return Math.round((tm.detect.value + (own ? tm.promote.value : 0)) * 1000) / 1000;
}

/**
 * A managed cluster with one writer and a reader endpoint over its readers: the cluster-volume services (Aurora,
 * DocumentDB, AlloyDB) and an RDS Multi-AZ DB cluster.
 */
/** Amazon RDS Proxy, as written in `engine=`: a managed proxy that follows its cluster's writer and readers by itself. */
export const RDS_PROXY = new Set(['rds-proxy', 'rdsproxy']);

function readerEndpointProfile(p: Timings['profile']): boolean {
  return p.clusterVolume === true || p.id === 'rds-multi-az-cluster';
}

/** Providers' single-primary database services: more instances are the primary's standbys (and readers), not writers. */
const SINGLE_PRIMARY_PROFILES: ReadonlySet<string> = new Set(['rds-single-az', 'rds-multi-az', 'gcp-cloud-sql', 'azure-postgres-flexible', 'azure-mysql-flexible', 'azure-sql']);

/** Databases whose writes (not their queries) need their coordination service's majority: ClickHouse, SolrCloud. */
export const KEEPER_WRITES: ReadonlySet<string> = new Set(['clickhouse', 'solr']);
/** A caller that feeds a search index by what it is (its name or engine): Logstash, Fluentd/Fluent Bit, Beats, Vector, an indexer. */
const INDEXER_CALLER = /(logstash|fluent|filebeat|beats|vector|ingest|indexer|색인|적재|수집)/i;
/** An edge label that names writes to a search or analytics store (`indexing`, `bulk`, `ingest`; 색인, 적재). */
const INDEXING_LABEL = /\b(index(ing)?|bulk|ingest(ion)?|inserts?|updates?)\b|색인|적재/i;

const NO_SOFT: SoftEdge[] = [];
const buses = new WeakMap<Design, Set<string>>();
/** Caches every caller of which uses them as a message bus (each edge into it labelled PUBSUB_LABEL): delivered, not kept. */
export function messageBuses(design: Design): Set<string> {
  let set = buses.get(design);
  if (set) return set;
  const calledOnlyAsBus = new Map<string, boolean>();
  for (const e of design.edges) {
    if (design.nodes.get(e.to)?.kind !== 'cache') continue;
    calledOnlyAsBus.set(e.to, (calledOnlyAsBus.get(e.to) ?? true) && PUBSUB_LABEL.test(e.label ?? ''));
  }
  set = new Set([...calledOnlyAsBus].filter(([, bus]) => bus).map(([name]) => name));
  buses.set(design, set);
  return set;
}

/** An edge label naming a message bus use of a cache (Redis pub/sub, streams, a fan-out channel). */
/**
 * An edge to a cache labelled for state the cache itself keeps — a queue or waiting list, a lock, a counter: nothing
 * falls back to a database for those, so the cache is needed, not read aside (round 95 r08: a Redis Cluster holding a
 * matchmaking queue read as a cache in front of the accounts database). Sessions, carts and leaderboards too: a Redis kept
 * for a cart and the login sessions, or for a leaderboard's sorted sets the application updates (a ranking read only — round
 * 15's `ranking reads` — stays a cache), has nothing behind it to read them from (round 98 r03, 98c r04).
 */
const STATE_LABEL = /\bsessions?\b|\bcarts?\b|\bbaskets?\b|\bleaderboards?\b|세션|장바구니|순위표|((\branking|랭킹).*(\bupdate|\bwrite|\bscore|갱신|업데이트|쓰기|기록|점수))|((\bupdate|\bwrite|\bscore|갱신|업데이트|쓰기|기록|점수).*(\branking|랭킹))|((\bscores?\b|점수).*(\bupdate|\bwrite|갱신|업데이트|쓰기|기록))|((\bupdate|\bwrite|갱신|업데이트|쓰기|기록).*(\bscores?\b|점수))|\bidempoten|\bdedup|\bpresence\b|멱등|중복\s?(방지|체크|확인)|\bqueues?\b|\bwait(ing)?[-\s]?list\b|\blocks?\b|\bmutex\b|\bcounters?\b|\brate[-\s]?limit|대기열|대기\s?목록|(^|\s)큐($|\s)|잠금|락($|\s)|카운터|레이트\s?리밋/i;

/** State words of a cache edge that name control state, not records: a lock, a rate limit's counters, presence. */
const EPHEMERAL_STATE = /\blocks?\b|\bmutex|\brate[-\s]?limit|\bthrottl|\bpresence\b|잠금|락($|\s)|레이트\s?리밋|처리율\s?제한|접속\s?상태/i;
const ephemeralCaches = new WeakMap<Design, Set<string>>();
/**
 * Caches whose callers' edges name only control state kept there — locks, rate-limit counters, presence: needed by the
 * requests (STATE_LABEL), but nobody was told any of it was saved, so a failover's lost replication lag is no lost write
 * (round 99b r03: rpo-not-met for rate-limit counters, advising a synchronous database).
 */
export function ephemeralStateCache(design: Design, name: string): boolean {
  let set = ephemeralCaches.get(design);
  if (!set) {
    const verdict = new Map<string, boolean>();
    for (const e of design.edges) {
      if (!e.label || !STATE_LABEL.test(e.label) || design.nodes.get(e.to)?.kind !== 'cache') continue;
      // (Every state the label names must be control state: `대기열, 좌석 락` keeps a waiting list beside the locks — round
      // 107c r02 let the lock cancel it.)
      const parts = e.label.split(/[,，、/·+&;]| and | 및 /).filter((x) => STATE_LABEL.test(x));
      const ephemeral = parts.length > 0 ? parts.every((x) => EPHEMERAL_STATE.test(x)) : EPHEMERAL_STATE.test(e.label);
      verdict.set(e.to, (verdict.get(e.to) ?? true) && ephemeral);
    }
    set = new Set([...verdict].filter(([, v]) => v).map(([k]) => k));
    ephemeralCaches.set(design, set);
  }
  return set.has(name);
}

/** Per design and edge test: the caches an edge into which passes it (stateWritten, recordStateWritten). */
const labelledCaches = new WeakMap<Design, Map<(l: string) => boolean, Set<string>>>();
function cachesLabelled(design: Design, test: (l: string) => boolean): Set<string> {
  let byTest = labelledCaches.get(design);
  if (!byTest) labelledCaches.set(design, (byTest = new Map()));
  let set = byTest.get(test);
  if (!set) {
    set = new Set();
    for (const e of design.edges) if (e.label && test(e.label) && design.nodes.get(e.to)?.kind === 'cache') set.add(e.to);
    byTest.set(test, set);
  }
  return set;
}

/** State kept in a cache beyond control state (STATE_LABEL, not a lock, a rate limit or presence). */
const keptState = (l: string): boolean => STATE_LABEL.test(l) && !EPHEMERAL_STATE.test(l);
/**
 * Caches some caller's edge names as state it keeps there beyond control state (STATE_LABEL, not a lock, a rate limit or
 * presence): a leaderboard one caller updates is that state for the callers that only read it too — nothing behind it
 * answers for it (round 101c r02: another caller's `랭킹 조회` read it as a cache in front of the database).
 */
export function stateWritten(design: Design, name: string): boolean {
  return cachesLabelled(design, keptState).has(name) && !brokerQueueOnly(design, name, keptState);
}

const JOB_QUEUE_WORDS = /\b(?:job|task|work)?\s*queues?\b|\bjobs?\b|\btasks?\b|작업\s*큐|잡\s*큐|큐|대기열/gi;
/**
 * A job broker its workers pull from (`jobs -> worker`, jobBrokers) whose edges name only the queue of jobs — `thumbnail
 * queue`: what it holds is its backlog, counted as a broker's, not state of record (round 124b r03 read the word "queue"
 * as data of record and lost it unbounded).
 */
function brokerQueueOnly(design: Design, name: string, test: (l: string) => boolean): boolean {
  if (!jobBrokers(design).has(name)) return false;
  return !design.edges.some((e) => e.to === name && e.label && test(e.label.replace(JOB_QUEUE_WORDS, ' ')));
}

const SESSION_WORD = /\bsessions?\b|세션|\blog-?ins?\b|로그인/i;
/**
 * The same, sessions aside: some part of the label names state other than sessions (`cart and sessions`, `세션, 장바구니`
 * keep the carts beside the sessions — round 113b r01 read them as sessions only).
 */
const recordState = (l: string): boolean => l.split(/[,，、/·+&;]| and | 및 /).some((x) => keptState(x) && !SESSION_WORD.test(x));
/**
 * Caches an edge names as holding state of record beyond sessions and control state — carts, counters, a queue: what a
 * session store also keeps is data, not sessions (round 105b r05: `sessions=carts` hid the carts' lost writes).
 */
export function recordStateWritten(design: Design, name: string): boolean {
  return cachesLabelled(design, recordState).has(name) && !brokerQueueOnly(design, name, recordState);
}

// (Not the people who subscribe — `subscriber list`, `구독자 목록 조회` reads records about subscribers from a look-aside cache,
// round 118 r01 — nor a `subscription` record.)
/**
 * A cache its callers keep state of record in (carts, counters: an edge says so, not only locks or rate limits), not a copy
 * of another: lost with it as a database's data is (the engine's state caches; rpo-not-met's stores with nothing outside).
 */
export function recordStateCache(design: Design, n: TopologyNode): boolean {
  return n.kind === 'cache' && n.role !== 'standby' && n.role !== 'replica' && recordStateWritten(design, n.name) && !ephemeralStateCache(design, n.name);
}

export const PUBSUB_LABEL = /\bpub\s*\/?\s*sub\b|\bpublish|\bsubscri(?!bers?\b|ptions?\b)|\bfan-?out\b|\bbroadcast|\bstreams?\b|\bchannels?\b|발행|구독(?!자|료|권|정보|내역)|브로드캐스트|팬아웃|채널/i;
const NO_OFFLOAD: { cache: number; dbs: number[] }[] = [];
/** A shared empty list (replaced, never written, when a node gets its first item). */
const NO_LIST: number[] = [];

/** A queue edge's label or a queue's name that says it takes what failed (a dead-letter or retry queue), not a copy of every message. */
export const DEAD_LETTER = /dead|\bdlq\b|fail|retry|poison|실패|재시도|데드/i;
const NO_TAKEOVERS: Takeover[] = [];

/** `q -> worker`: worker consumes from the queue q; the queue does not need it to accept messages. */
function addConsumer(q: CompiledNode, c: CompiledNode): void {
  if (q.consumers === NO_LIST) q.consumers = [c.idx];
  else q.consumers.push(c.idx);
  if (c.consumes === NO_LIST) c.consumes = [q.idx];
  else c.consumes.push(q.idx);
}

/**
 * The routes of balancers and gateways, from the labels of their edges (the
 * first edge of each pair): callees with the same path/host form one pool,
 * the callees with no route the default pool; shares are `share=P%` or the
 * rest split evenly (explicit shares over 100% are scaled down to fit).
 */
function compileRoutes(design: Design, ix: DesignIndex, nodes: CompiledNode[]): void {
  const byRouter = new Map<number, Map<string, Route & { explicit: number | null }>>();
  // (Every edge, a second one between the same two nodes included: MySQL Router's read-write and read-only ports to one
  // InnoDB Cluster, `router -> ic : writes` beside `router -> ic : reads` — round 103 r01 dropped the second, and its 70 %
  // failed with nothing down.)
  for (const e of design.edges) {
    const a = ix.byName.get(e.from);
    const b = ix.byName.get(e.to);
    if (a === undefined || b === undefined) continue;
    const s = nodes[a]!;
    if (s.or !== 'lb' || !s.callees.includes(b)) continue;
    const r = parseRouteLabel(e.label);
    let m = byRouter.get(a);
    if (!m) byRouter.set(a, (m = new Map()));
    // Each weighted target is a pool of its own (two edges with `share=45%` are two targets, not one).
    const key = r ? (r.weighted ? `share ${b}` : r.key) : '';
    let route = m.get(key);
    if (!route) m.set(key, (route = { key, label: r ? r.label : null, share: 0, pool: [], explicit: null }));
    if (r && r.share !== null && route.explicit === null) route.explicit = r.share;
    if (!route.pool.includes(b)) route.pool.push(b);
  }
  /** Routers with a share written on some route. */
  const explicitShares = new Set<number>();
  for (const [a, m] of byRouter) {
    const list = [...m.values()];
    if (!list.some((r) => r.label !== null)) continue;
    if (list.some((r) => r.explicit !== null)) explicitShares.add(a);
    const shares = fitShares(list.map((r) => r.explicit));
    nodes[a]!.routes = list.map((r, j) => ({ key: r.key, label: r.label, share: shares[j]!, pool: r.pool }));
    // ProxySQL keeps the writer in the reader hostgroup (`mysql-monitor_writer_is_also_reader`, default true: proxysql-src):
    // a reads route to its replicas spreads the reads over their primary too, by instance (round 125b r04: 360 reads/s on
    // two replicas of 150 read as over capacity, the primary's share left out).
    if (nodes[a]!.timings.profile.id === 'proxysql')
      for (const r of nodes[a]!.routes!) {
        if (r.key !== 'reads') continue;
        for (const b of [...r.pool]) {
          const n = nodes[b]!.node;
          const p = n.role === 'replica' && n.of !== null ? ix.byName.get(n.of) : undefined;
          if (p !== undefined && nodes[a]!.callees.includes(p) && !r.pool.includes(p)) r.pool.push(p);
        }
      }
  }
  // A client whose edge into a router names one of its path or host routes sends that route's requests only (two clients
  // sharing an API gateway, each with its own path: round 54b r02 charged each with both). When every caller of the router
  // is such a client with a rate, the routes' shares are their callers' rates.
  for (let k = 0; k < ix.count; k++) {
    const c = nodes[ix.from[k]!]!;
    const r = nodes[ix.to[k]!]!;
    if (!c.client || !r.routes) continue;
    const parsed = parseRouteLabel(design.edges[ix.edge[k]!]!.label);
    if (!parsed || parsed.key === 'reads' || parsed.key === 'writes' || parsed.key === 'share') continue;
    const j = r.routes.findIndex((x) => x.key === parsed.key);
    if (j < 0 || c.routePin?.has(r.idx)) continue;
    (c.routePin ??= new Map()).set(r.idx, j);
    (r.pinnedBy ??= []).push([c.idx, j]);
  }
  // The routes clients name are theirs: a caller that names none (a CDN in front, a client whose edge carries no route)
  // sends its requests over the routes no client names, the default route among them (round 118b r02: the readers behind
  // a CDN were given half of the `host=cms.example` route only the editors' edge names, and `cms` read as short of
  // capacity). Written shares keep their reading.
  for (const r of nodes) {
    if (!r.routes || !r.pinnedBy || explicitShares.has(r.idx)) continue;
    const named = new Set(r.pinnedBy.map(([, j]) => j));
    if (named.size >= r.routes.length || r.callers.every((c) => nodes[c]!.routePin?.has(r.idx))) continue;
    const open = r.routes.length - named.size;
    r.routes = r.routes.map((x, j) => ({ ...x, share: named.has(j) ? 0 : 1 / open }));
  }
  for (const r of nodes) {
    if (!r.routes || !r.callers.length) continue;
    const callers = r.callers.map((c) => nodes[c]!);
    if (!callers.every((c) => c.client && c.routePin?.has(r.idx) && (c.rate ?? 0) > 0)) continue;
    const total = callers.reduce((sum, c) => sum + (c.rate ?? 0), 0);
    const by = new Float64Array(r.routes.length);
    for (const c of callers) by[c.routePin!.get(r.idx)!]! += c.rate ?? 0;
    r.routes = r.routes.map((x, j) => ({ ...x, share: by[j]! / total }));
  }
}

/**
 * The shares of a node's routes or request classes: each written share (`share=P%`, as a fraction),
 * scaled down to fit when they add up to more than 100%, and the rest split evenly among the others.
 */
function fitShares(explicit: readonly (number | null)[]): number[] {
  let sum = 0;
  let open = 0;
  for (const x of explicit) {
    if (x !== null) sum += x;
    else open++;
  }
  const scale = sum > 1 ? 1 / sum : 1;
  const rest = open ? Math.max(0, 1 - sum * scale) / open : 0;
  return explicit.map((x) => (x !== null ? x * scale : rest));
}

/**
 * Request classes of a node that needs all its callees (an application server):
 * when its edges name both `reads` and `writes` (`web -> db : writes`,
 * `web -> db-read : reads`, the language's own example), each request is a read
 * or a write. A class needs the callees of its own edges and every callee whose
 * edge names no class; its share is `share=P%` or an even split. They are kept
 * as the node's routes: each route's pool is what that class needs, ALL of it
 * (a balancer's pool is alternatives). One class named alone splits nothing.
 * A client calling several services makes one class per service.
 */
function compileClasses(design: Design, ix: DesignIndex, nodes: CompiledNode[], clientKeepers: ReadonlyMap<number, ReadonlyMap<number, number>>): void {
  const byNode = new Map<number, { of: Map<number, Set<string>>; share: Map<string, number>; label: Map<string, string> }>();
  /** A client's `share=P%` per callee (`from × n + to`, the first edge's). */
  const clientShare = new Map<number, number>();
  // A caller that sends reads straight to a standby (no class label) and also calls that standby's primary: the edge to
  // the primary carries its writes (the learner's "Slave for lookups, Master for the rest").
  const readsStandbyOf = new Map<string, Set<string>>();
  for (const e of design.edges) {
    const r = parseRouteLabel(e.label);
    if (r && (r.key === 'reads' || r.key === 'writes')) continue;
    if (!sendsReads(design, e)) continue;
    const of = design.nodes.get(e.to)!.of!;
    let set = readsStandbyOf.get(e.from);
    if (!set) readsStandbyOf.set(e.from, (set = new Set()));
    set.add(of);
  }
  for (let k = 0; k < ix.count; k++) {
    const e = design.edges[ix.edge[k]!]!;
    const label = e.label;
    const a = ix.from[k]!;
    const s = nodes[a]!;
    if (!s.client || !label) continue;
    const share = parseRouteLabel(label)?.share ?? null;
    const key = a * nodes.length + ix.to[k]!;
    if (share !== null && !clientShare.has(key)) clientShare.set(key, share);
  }
  // (Every edge, a second one between the same two nodes included: `api -> graph : reads share=90%` beside
  // `api -> graph : writes share=10%` makes two classes that both need it — round 70 r02 dropped the second.)
  /** Per caller and class word: the first edge that gave the class its share, its callee and label (a second share is another class). */
  const shareFrom = new Map<string, { callee: number; label: string | null }>();
  // A word written both with and without a share to different callees (`app -> db : reads` beside `app -> rep : reads
  // share=5%`): the shared edges are classes of their own and the unshared word keeps the rest — not one class needing
  // both at the written share, which left 85 % of the requests in no class (round 94c r01).
  const wordEdges = new Map<string, { shared: Set<string>; unshared: Set<string> }>();
  for (const e of design.edges) {
    const parsed = parseRouteLabel(e.label);
    if (!parsed || (parsed.key !== 'reads' && parsed.key !== 'writes')) continue;
    const k = `${e.from} ${parsed.key}`;
    let w = wordEdges.get(k);
    if (!w) wordEdges.set(k, (w = { shared: new Set(), unshared: new Set() }));
    (parsed.share !== null ? w.shared : w.unshared).add(e.to);
  }
  // (Unless the written shares already take every request — `reads share=90%` beside `writes share=10%`: an unshared
  // edge of a word then has no rest to keep, and is one more callee of that word's class; round 114 r01 left a `writes`
  // class of 0 % and applied the 10 % twice.)
  const firstShare = new Map<string, number>();
  for (const e of design.edges) {
    const parsed = parseRouteLabel(e.label);
    if (!parsed || (parsed.key !== 'reads' && parsed.key !== 'writes') || parsed.share === null) continue;
    if (!firstShare.has(`${e.from} ${parsed.key}`)) firstShare.set(`${e.from} ${parsed.key}`, parsed.share);
  }
  const noRest = (from: string): boolean => (firstShare.get(`${from} reads`) ?? 0) + (firstShare.get(`${from} writes`) ?? 0) >= 1 - 1e-9;
  const mixed = (from: string, word: string, to: string): boolean => {
    const w = wordEdges.get(`${from} ${word}`);
    return !!w && w.shared.has(to) && [...w.unshared].some((x) => x !== to) && !noRest(from);
  };
  // A caller's second-choice edges to a second primary of one of its callees (`gw -> b : 장애 시`, b `primary of=a`): a
  // multi-host connection string's alternate, used only when the first fails — no callee every class needs (round 101c r01:
  // the idle DR-side primary's loss failed every class).
  const secondChoice = new Set<number>();
  for (const e of design.edges) {
    if (!e.label || !SECOND_CHOICE.test(e.label)) continue;
    const a = ix.byName.get(e.from);
    const b = ix.byName.get(e.to);
    if (a === undefined || b === undefined) continue;
    const bn = nodes[b]!.node;
    if (bn.role === 'primary' && bn.of !== null && nodes[a]!.callees.includes(ix.byName.get(bn.of) ?? -1)) secondChoice.add(a * nodes.length + b);
  }
  for (const e of design.edges) {
    const a = ix.byName.get(e.from);
    const b = ix.byName.get(e.to);
    if (a === undefined || b === undefined) continue;
    const s = nodes[a]!;
    if (s.client || s.or !== null || s.ignored) continue;
    const parsed = parseRouteLabel(e.label);
    const named = parsed && (parsed.key === 'reads' || parsed.key === 'writes') ? parsed : null;
    const implied = named ? null : sendsReads(design, e) ? 'reads' : readsStandbyOf.get(e.from)?.has(e.to) ? 'writes' : null;
    if (!named && !implied) continue;
    const r = named ?? { key: implied!, label: implied!, share: null };
    if (!s.callees.includes(b)) continue;
    let c = byNode.get(a);
    if (!c) byNode.set(a, (c = { of: new Map(), share: new Map(), label: new Map() }));
    // Two reads (or writes) edges to different callees, each with its own share (`통계 조회 share=10%`, `영상 조회
    // share=30%`): two classes, each needing its own callee — not one class at the first share (round 70c r04).
    let key: string = r.key;
    if (r.share !== null && named && mixed(e.from, r.key, e.to)) {
      key = `${r.key} ${nodes[b]!.name}`;
      c.label.set(key, labelWithoutShare(e.label) || key);
    } else if (r.share !== null) {
      const first = shareFrom.get(`${a} ${r.key}`);
      if (first === undefined) shareFrom.set(`${a} ${r.key}`, { callee: b, label: e.label });
      else if (first.callee !== b) key = `${r.key} ${nodes[b]!.name}`;
    }
    let set = c.of.get(b);
    if (!set) c.of.set(b, (set = new Set()));
    set.add(key);
    if (r.share !== null && !c.share.has(key)) c.share.set(key, r.share);
    // (Two classes of one word are told apart by their whole labels, the first one's too.)
    if (key !== r.key && shareFrom.has(`${a} ${r.key}`)) {
      c.label.set(key, labelWithoutShare(e.label) || key);
      c.label.set(r.key, labelWithoutShare(shareFrom.get(`${a} ${r.key}`)!.label) || r.label);
    }
    if (!c.label.has(key)) c.label.set(key, r.label);
  }
  /** The nodes whose routes are their read and write classes (a share edge beside them splits each, below). */
  const rw = new Set<number>();
  for (const [a, c] of byNode) {
    const named = new Set<string>();
    for (const set of c.of.values()) for (const key of set) named.add(key);
    if (named.size < 2) continue;
    const s = nodes[a]!;
    // (Reads first, then writes, each class word before its variants; a word never named still gets its class — the rest.)
    const all = ['reads', 'writes', ...[...named].filter((k) => k !== 'reads' && k !== 'writes').sort()];
    // (A class word never named whose class would need nothing — every callee's edge names another class — is no class:
    // round 101b r01 put 40 % of the requests in an empty `writes` class that needed neither callee.)
    const keys = all.filter((key) => named.has(key) || s.callees.some((b) => !c.of.has(b) && !secondChoice.has(a * nodes.length + b)));
    const shares = fitShares(keys.map((key) => c.share.get(key) ?? null));
    s.routes = keys.map((key, j) => ({
      key,
      label: c.label.get(key) ?? key,
      share: shares[j]!,
      // (Its session store is needed by every class, whatever class its edge names — Django's database sessions in the
      // database the writes go to: round 104 r02 served the reads while it was down.)
      pool: s.callees.filter((b) => (!c.of.has(b) && !secondChoice.has(a * nodes.length + b)) || c.of.get(b)?.has(key) === true || sessionStoreOf(design, s.node) === nodes[b]!.name),
    }));
    rw.add(a);
  }
  // A server's edge with `share=P%` and no route of its own (`api -> files : uploads share=5%`): only that share of its
  // requests needs the callee; the rest need the callees with no share. One class per such callee, and the rest.
  const partial = new Map<number, Map<number, { share: number; label: string }>>();
  for (let k = 0; k < ix.count; k++) {
    const a = ix.from[k]!;
    const s = nodes[a]!;
    if (s.client || s.or !== null || s.ignored || (s.routes !== null && !rw.has(a))) continue;
    const e = design.edges[ix.edge[k]!]!;
    const parsed = parseRouteLabel(e.label);
    // Beside read and write classes, only an edge naming neither is a share of them (round 39: \`api -> psp : payments share=10%\`).
    // (A path with the share is one too — `/upload share=15%` on a server that splits reads and writes: round 120c r02 made
    // every request need the store.)
    if (rw.has(a) && parsed && parsed.key !== 'share' && !parsed.key.startsWith('/')) continue;
    // A read or write word beside the share (`영상 조회 share=20%`) with no other class of that caller: the share stands.
    // (A path with the share on a server that routes nothing — nginx's `/vod share=40%` to its NFS mount — is the same share:
    // round 100 r02 read it as every request needing the mount.)
    if (!parsed || parsed.share === null || (parsed.key !== 'share' && parsed.key !== 'reads' && parsed.key !== 'writes' && !parsed.key.startsWith('/'))) continue;
    const b = ix.to[k]!;
    if (!s.callees.includes(b)) continue;
    // A share of a class beside a cache (`api -> db : order writes share=20%` with `api -> cache : reads share=80%`) is
    // that class's share, counted with the cache's (SoftEdge.directShare): not a partial route too (round 40).
    if (s.soft.some((x) => x.direct?.includes(b))) continue;
    let m = partial.get(a);
    if (!m) partial.set(a, (m = new Map()));
    if (m.has(b)) continue;
    m.set(b, { share: parsed.share, label: labelWithoutShare(e.label) || nodes[b]!.name });
  }
  for (const [a, m] of partial) {
    const s = nodes[a]!;
    if (rw.has(a)) {
      const parts = [...m];
      // The read and write classes written with shares that leave part of the requests in neither (`writes share=10%`,
      // `reads share=20%`, `events share=70%`): the share edges are classes beside them, not splits of them — else that
      // part is counted as not served (round 95b r01: 30 % served with nothing failed).
      const rwSum = s.routes!.reduce((x, r) => x + r.share, 0);
      if (rwSum < 1 - 1e-6) {
        const c = byNode.get(a);
        const unnamed = s.callees.filter((x) => !(c?.of.has(x) ?? false) && !m.has(x));
        const room = 1 - rwSum;
        const want = parts.reduce((x, [, q]) => x + q.share, 0);
        const scale = want > room ? room / want : 1;
        const sib = parts.map(([b, q]) => ({ key: `share ${b}`, label: q.label, share: q.share * scale, pool: [b, ...unnamed] }));
        const left = room - sib.reduce((x, r) => x + r.share, 0);
        s.routes = [...s.routes!.map((r) => ({ ...r, pool: r.pool.filter((x) => !m.has(x)) })), ...sib, ...(left > 1e-6 ? [{ key: '', label: null, share: left, pool: unnamed }] : [])];
        continue;
      }
      // Each of the read and write classes splits: that share of its requests needs the callee too, the rest does not.
      const shares = fitShares([...parts.map(([, p]) => p.share), null]);
      const rest = shares[parts.length]!;
      s.routes = s.routes!.flatMap((r) => [
        // (That share needs its own callee beside the class's, not the other shares' callees — round 44b: losing search
        // failed the uploads share too.)
        ...parts.map(([b, p], j) => ({ key: `${r.key} share ${b}`, label: `${r.label ?? r.key}: ${p.label}`, share: r.share * shares[j]!, pool: [...r.pool.filter((x) => !m.has(x)), b] })),
        ...(rest > 0 ? [{ ...r, share: r.share * rest, pool: r.pool.filter((b) => !m.has(b)) }] : []),
      ]);
      continue;
    }
    const whole = s.callees.filter((b) => !m.has(b));
    const parts = [...m];
    const shares = fitShares([...parts.map(([, p]) => p.share), null]);
    // (A web server's share edge is what it serves itself — nginx's static files from an NFS mount: those requests go to
    // that callee alone, not also to the application it proxies the rest to; round 96 r08.)
    const alone = s.kind === 'web-server';
    s.routes = [
      ...parts.map(([b, p], j) => ({ key: `share ${b}`, label: p.label, share: shares[j]!, pool: alone ? [b] : [...whole, b] })),
      ...(shares[parts.length]! > 0 ? [{ key: '', label: null, share: shares[parts.length]!, pool: whole }] : []),
    ];
  }
  // A client's edges to different services are different requests (a user opens the ERP or the report
  // site, not both at once): one class per callee, `share=P%` on its edge or an even split.
  // (A coordinator its writes need goes with the store they go to: no class of its own.)
  for (const s of nodes) {
    if (!s.client || s.ignored) continue;
    const kept = clientKeepers.get(s.idx);
    const own = kept ? s.callees.filter((b) => !kept.has(b)) : s.callees;
    if (own.length < 2) continue;
    // (Callees that are primaries of one data set — a DFS namespace's folder targets, a multi-host connection string —
    // are one service the client fails over between, not two services: its peer set, compilePeerCalls; round 83 r03
    // counted a client's `fallback` edge as a class of its own.)
    const peerOf = (b: number): boolean => own.some((a) => a !== b && (nodes[a]!.takeovers.some((t) => t.peer && t.by === b) || nodes[b]!.takeovers.some((t) => t.peer && t.by === a)));
    if (own.every(peerOf)) continue;
    const shares = fitShares(own.map((b) => clientShare.get(s.idx * nodes.length + b) ?? null));
    s.routes = own.map((b, j) => ({ key: `to ${b}`, label: nodes[b]!.name, share: shares[j]!, pool: [b, ...(kept ? [...kept].filter(([, to]) => to === b).map(([k]) => k) : [])] }));
  }
}

/** An edge label without its `share=P%` word (`영상 조회 share=30%` → `영상 조회`). */
function labelWithoutShare(label: string | null): string {
  return (label ?? '').replace(/\s*=\s*/g, '=').split(/\s+/).filter((w) => w && !/^share=/i.test(w)).join(' ');
}

/** The `weight=N` word of an edge label (N ≥ 0), or null. */
export function parseWeightLabel(label: string | null): number | null {
  if (!label) return null;
  const m = /(?:^|\s)weight\s*=\s*(\d+(?:\.\d+)?)(?:\s|$)/i.exec(label);
  return m ? Number(m[1]) : null;
}

/** Latency and geolocation records answer a client with its own region's target (CompiledNode.nearest; round 66b r02). */
const NEAREST_ROUTING = /^(latency|geo|geolocation|geoproximity|proximity|performance)$/i;

function compileNearest(design: Design, nodes: CompiledNode[]): void {
  for (const d of nodes) {
    if (d.kind !== 'dns' || (d.or !== 'dns-spread' && d.or !== 'dns-static') || d.callees.length < 2 || !NEAREST_ROUTING.test(textAttr(d.node, 'routing') ?? '')) continue;
    const regionOfTarget = d.callees.map((c) => {
      const rs = regionsOf(design, nodes[c]!.node);
      return rs.length === 1 ? rs[0]! : null;
    });
    for (const ci of d.callers) {
      const c = nodes[ci]!;
      if (!c.client) continue;
      const rs = regionsOf(design, c.node);
      if (rs.length !== 1) continue;
      const k = regionOfTarget.indexOf(rs[0]!);
      if (k < 0 || regionOfTarget.lastIndexOf(rs[0]!) !== k) continue;
      (c.nearest ??= new Map()).set(d.idx, k);
    }
  }
}

/**
 * Weighted DNS (`routing=weighted`, Route 53 weighted records): each target gets
 * weight / total of the answers, from `weight=N` on its edge (`dns -> a : weight=70`);
 * a target with no weight counts 1. Without any weight the shares are equal.
 */
function compileDnsWeights(design: Design, ix: DesignIndex, nodes: CompiledNode[]): void {
  // An unchecked failover record: every answer is the primary (the first target).
  for (const s of nodes) if (s.kind === 'dns' && s.or === 'dns-static' && s.callees.length && textAttr(s.node, 'routing') === 'failover') s.dnsShare = s.callees.map((_, k) => (k === 0 ? 1 : 0));
  const byDns = new Map<number, Map<number, number>>();
  for (let k = 0; k < ix.count; k++) {
    const a = ix.from[k]!;
    const s = nodes[a]!;
    if (s.kind !== 'dns' || textAttr(s.node, 'routing') !== 'weighted') continue;
    const w = parseWeightLabel(design.edges[ix.edge[k]!]!.label);
    if (w === null) continue;
    let m = byDns.get(a);
    if (!m) byDns.set(a, (m = new Map()));
    if (!m.has(ix.to[k]!)) m.set(ix.to[k]!, w);
  }
  for (const [a, m] of byDns) {
    const s = nodes[a]!;
    const raw = s.callees.map((c) => m.get(c) ?? 1);
    const total = raw.reduce((x, y) => x + y, 0);
    if (total > 0 && s.callees.length) s.dnsShare = raw.map((w) => w / total);
  }
}

/** The generic fence action inside Pacemaker's generic promotion (docs/defaults.md): skipped by a pair with no fencing. */
const PACEMAKER_FENCE = 10;

/**
 * Instances that nothing routes around: 2+ of them, no virtual IP, no self-detection (a cluster, a Kubernetes
 * Service), no group, and no caller that checks them. Each keeps its share of the requests while it is down.
 */
/** PostgreSQL and the managers that leave its synchronous_standby_names alone (repmgr, pgpool-II). */
const POSTGRES_ENGINES: ReadonlySet<string> = new Set(['postgres', 'postgresql', 'pg', 'pgsql', 'repmgr', 'repmgrd', 'pgpool', 'pgpool-ii']);

/** A PostgreSQL node its owner runs (not a managed service): one whose commits wait for a lone synchronous standby. */
export function selfRunPostgres(n: TopologyNode): boolean {
  return !n.managed && POSTGRES_ENGINES.has((textAttr(n, 'engine') ?? '').toLowerCase());
}

const poolsMemo = new WeakMap<SimNode, Map<number, readonly (readonly number[])[]>>();
/**
 * Per node, whether losing a place (`inPlace` says what it takes) leaves the node's requests somewhere to go: every caller
 * routes around it to a copy outside the place (another member of the caller's own pools — not another route — or a
 * checked DNS answer), or is lost with it and covered itself (a site's tier behind its balancer, behind a record that
 * moves to the other site); a standby in the place beside its primary needs what the primary needs, as the primary does.
 * Memoised per call: one walk serves a whole place's question (advice's rto cause, scenario-not-met).
 */
export function coveredElsewhere(m: Model, inPlace: (s: SimNode) => boolean): (s: SimNode) => boolean {
  const covered = new Map<number, boolean>();
  const isCovered = (s: SimNode): boolean => {
    const known = covered.get(s.idx);
    if (known !== undefined) return known;
    covered.set(s.idx, false);
    // (A queue's consumer nothing calls, lost with its queue in the place: covered as that queue is — the other site's
    // pipeline takes the messages; round 124b r04 said single-zone on a consumer tier whose ingest tier beside it was not.)
    if (!s.callers.length && s.consumes.length) {
      const v = s.consumes.every((qi) => inPlace(m.nodes[qi]!) && isCovered(m.nodes[qi]!));
      covered.set(s.idx, v);
      return v;
    }
    const v =
      s.callers.length > 0 &&
      s.callers.every((ci) => {
        const c = m.nodes[ci]!;
        const pools = poolsWith(c, s.idx);
        if (c.or !== null && c.or !== 'dns-static' && pools.length > 0 && pools.every((pool) => pool.some((x) => x !== s.idx && !inPlace(m.nodes[x]!)))) return true;
        const src = c.node.of !== null && c.node.role === 'standby' ? m.byName.get(c.node.of) : undefined;
        if (src !== undefined && src !== c.idx && inPlace(c) && m.nodes[src]!.callees.includes(s.idx)) return isCovered(m.nodes[src]!);
        return !c.client && inPlace(c) && isCovered(c);
      });
    covered.set(s.idx, v);
    return v;
  };
  return isCovered;
}

/**
 * The pools of router `r` that node `i` is in, the alternatives it is judged among: one per route naming it, or every
 * callee of a router with no routes. Memoised per router (routes do not change once the model is built).
 */
export function poolsWith(r: SimNode, i: number): readonly (readonly number[])[] {
  if (r.routes === null) return [r.callees];
  let byNode = poolsMemo.get(r);
  if (!byNode) poolsMemo.set(r, (byNode = new Map()));
  let out = byNode.get(i);
  if (!out) byNode.set(i, (out = r.routes.filter((x) => x.pool.includes(i)).map((x) => x.pool)));
  return out;
}

export function blindInstances(nodes: readonly SimNode[], s: SimNode): boolean {
  return s.instances >= 2 && !s.vip && s.selfDetect === null && s.group === null && s.callers.length > 0 && s.callers.every((c) => nodes[c]!.lbDetect === null);
}

/** The slowest removal among the balancers in front of two primaries, when every caller of each is a checking balancer calling both. */
function balancedPeers(nodes: readonly CompiledNode[], a: number, b: number): { seconds: number; name: string } | null {
  let worst: { seconds: number; name: string } | null = null;
  for (const [lost, other] of [[a, b], [b, a]] as const) {
    const callers = nodes[lost]!.callers.filter((c) => !nodes[c]!.client);
    if (!callers.length) return null;
    for (const c of callers) {
      const lb = nodes[c]!;
      if ((lb.kind !== 'load-balancer' && lb.kind !== 'gateway') || lb.managed || !lb.timings.checks || !lb.callees.includes(other)) return null;
      if (!worst || lb.timings.removal > worst.seconds) worst = { seconds: lb.timings.removal, name: lb.name };
    }
  }
  return worst;
}

/** The slowest removal among the balancers in front of `source` when every caller of it is a checking balancer that also calls `copy`. */
function balancedCopy(nodes: readonly CompiledNode[], source: number, copy: number): { seconds: number; name: string } | null {
  const callers = nodes[source]!.callers.filter((c) => !nodes[c]!.client);
  if (!callers.length) return null;
  let worst: { seconds: number; name: string } | null = null;
  for (const c of callers) {
    const lb = nodes[c]!;
    if ((lb.kind !== 'load-balancer' && lb.kind !== 'gateway') || !lb.timings.checks || !lb.callees.includes(copy)) return null;
    if (!worst || lb.timings.removal > worst.seconds) worst = { seconds: lb.timings.removal, name: lb.name };
  }
  return worst;
}

const wlsFronts = new WeakMap<Design, Set<string>>();
/** Web servers whose every callee is a WebLogic tier (`engine=weblogic`): they proxy through the WebLogic plug-in. */
function weblogicFronted(design: Design): Set<string> {
  let out = wlsFronts.get(design);
  if (out) return out;
  out = new Set<string>();
  const bad = new Set<string>();
  for (const e of design.edges) {
    if (design.nodes.get(e.from)?.kind !== 'web-server') continue;
    const to = design.nodes.get(e.to);
    if (to && /^weblogic$/i.test(textAttr(to, 'engine') ?? '')) out.add(e.from);
    else bad.add(e.from);
  }
  for (const b of bad) out.delete(b);
  wlsFronts.set(design, out);
  return out;
}

/** Whether a node fences a failed peer before taking over (`fencing=stonith|…`, not `fencing=false`). */
export function fenced(n: TopologyNode): boolean {
  return n.attrs.has('fencing') && flagAttr(n, 'fencing') !== false;
}

/** A node run by repmgr (`engine=repmgr`, `repmgrd`: the profile table's spellings). */
export function isRepmgr(n: TopologyNode): boolean {
  return ENGINE_PROFILES[(textAttr(n, 'engine') ?? '').toLowerCase()] === 'repmgr';
}

/** Fenced through its own management board (`fencing=ipmi`, `ilo`, `idrac`): a fence that loses power with the node. */
export function bmcFenced(n: TopologyNode): boolean {
  const f = textAttr(n, 'fencing');
  return f === 'ipmi' || f === 'ilo' || f === 'idrac';
}

/** The storage standby `a` calls that is a copy (`standby of=`) of a storage node `b` calls, with both nodes, or null. */
function storageCopyOf(nodes: readonly SimNode[], storageOf: readonly (number[] | undefined)[], a: number, b: number): { copy: TopologyNode; source: TopologyNode } | null {
  const sa = storageOf[a];
  const sb = storageOf[b];
  if (!sa || !sb) return null;
  for (const x of sa) {
    const cn = nodes[x]!.node;
    if (cn.role !== 'standby' || !cn.of) continue;
    for (const y of sb) if (nodes[y]!.name === cn.of) return { copy: cn, source: nodes[y]!.node };
  }
  return null;
}

/** Whether nodes a and b both call one storage node (a disk they share); `storageOf` lists each node's storage callees. */
function sharesStorage(storageOf: readonly (number[] | undefined)[], a: number, b: number): boolean {
  const sa = storageOf[a];
  const sb = storageOf[b];
  return sa !== undefined && sb !== undefined && sa.some((x) => sb.includes(x));
}

function addTakeover(s: CompiledNode, t: Takeover): void {
  if (s.takeovers === NO_TAKEOVERS) s.takeovers = [t];
  else s.takeovers.push(t);
}

/**
 * The profile of a proxy in front of a primary that fails it over itself (MariaDB MaxScale's monitor with auto_failover):
 * the index of a balancer calling it whose profile is `maxscale`, or null.
 */
function failoverManager(nodes: CompiledNode[], primary: number): number | null {
  const c = nodes[primary]!.callers.find((i) => nodes[i]!.timings.profile.id === 'maxscale');
  return c === undefined ? null : c;
}

function compile(design: Design): Model {
  const ix = designIndex(design);
  const list = ix.list;
  const byName = ix.byName;
  const m = new CompiledModel(design, byName);
  const nodes = m.nodes;
  for (let idx = 0; idx < list.length; idx++) nodes.push(new CompiledNode(m, idx, list[idx]!));

  // Session stores (sessionStoreOf).
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    const ses = sessionStoreOf(design, s.node);
    const t = ses === null ? undefined : byName.get(ses);
    if (t !== undefined) {
      s.sessionStore = t;
      nodes[t]!.isSessionStore = true;
    }
  }

  // Edges (deduplicated, in order).
  const raw: number[] = []; // pairs a, b
  // The label of the first edge from a to b (a × n + b), where it has one.
  const edgeLabel = new Map<number, string>();
  for (let k = 0; k < ix.count; k++) {
    const label = design.edges[ix.edge[k]!]!.label;
    const key = ix.from[k]! * nodes.length + ix.to[k]!;
    if (label && !edgeLabel.has(key)) edgeLabel.set(key, label.trim());
    const b = nodes[ix.to[k]!]!;
    if (b.isSessionStore && b.kind === 'cache' && b.node.role === 'primary' && label && !SESSION_LABEL.test(label)) b.alsoRecords = true;
  }
  // A balancer in front of databases only (a database VIP, HAProxy or ProxySQL before Galera): the way to them.
  const dbFronts = new Set<number>();
  {
    const toDb = new Map<number, boolean>();
    for (let k = 0; k < ix.count; k++) {
      const a = ix.from[k]!;
      if (nodes[a]!.kind !== 'load-balancer') continue;
      toDb.set(a, (toDb.get(a) ?? true) && nodes[ix.to[k]!]!.kind === 'database');
    }
    for (const [a, only] of toDb) if (only) dbFronts.add(a);
  }
  // ClickHouse databases → the Keeper (or ZooKeeper) coordinating their Replicated tables.
  const keeperOf = new Map<number, number>();
  // Each caller's database callees (or balancers in front of databases), in edge order: where a stateless cache's load falls back to.
  const dbCallees: (number[] | undefined)[] = new Array<number[] | undefined>(nodes.length);
  for (let k = 0; k < ix.count; k++) {
    const a = ix.from[k]!;
    const b = ix.to[k]!;
    if (a === b) continue;
    /** The label of the first edge from a to b, trimmed (null: none). */
    const lab = edgeLabel.get(a * nodes.length + b) ?? null;
    const na = nodes[a]!;
    const nb = nodes[b]!;
    if (na.ignored || nb.ignored || nb.client) continue;
    // The backup flow drawn as an edge (`fs -> usb : nightly backup` with `backup-to=usb`): where the backups go, no request.
    if (isBackupEdge(design, na.name, nb.name)) continue;
    // A dependency used only when a node starts (`vault -> kms : auto-unseal`, `app -> config : bootstrap`): a running node
    // serves without it; only a node (re)started while it is down stays down, which the run does not model.
    if (STARTUP_ONLY.test(lab ?? '')) continue;
    // A balancer's or gateway's configuration store (`kong -> kong-db : config`, or any database of `engine=kong`, whose
    // traditional mode proxies from the configuration it caches in memory, with no database connection per request):
    // losing it stops configuration changes, not the traffic (round 85 r01 — a read word in the label made it a class).
    if (configStoreEdge(na, nb, lab ?? '')) continue;
    // A service registry its clients cache (Eureka: the registry is fetched every 30 s and kept when every server is
    // down), or an edge labelled as discovery or registration: where the caller learns its peers, not a request
    // (round 86c r01: losing both Eureka servers read as a 1 h outage of the gateway's "default" pool).
    if (registryEdge(nb, lab ?? '')) continue;
    // Alerts sent on the side (`prometheus -> alertmanager : alerts`, `app -> pagerduty : notifications`): no request waits
    // for them — their loss stops notifications, not the requests (round 43b: dashboards failed with Alertmanager).
    // (Not a queue's: `app -> mq : 결제 완료 알림` is business work put on a queue — round 44. Nor business notifications:
    // "notifications" and 알림 stay requests.)
    if (nb.kind !== 'queue' && ALERT_ONLY.test(lab ?? '')) continue;
    // A CDN's origin that answers with an apology ("sorry page", a maintenance page): what it serves is no service, so it
    // is no alternative to the real origin (round 44: every outage behind it read as served).
    // (So is a DNS failover record's: a Route 53 secondary pointing at a bucket's maintenance page — round 105c r03/r04.)
    if ((na.kind === 'cdn' || na.kind === 'dns') && APOLOGY_ORIGIN.test(`${nb.name} ${textAttr(nb.node, 'label') ?? ''} ${lab ?? ''}`)) continue;
    // A zone transfer (`secondary -> hidden-primary : AXFR/IXFR`): the secondary answers from its own copy of the zone
    // until the SOA expire (days), so the primary is no request dependency — only zone edits wait for it (round 37).
    if (ZONE_TRANSFER.test(lab ?? '')) continue;
    // A caller wired to a server and to that server's standby (WebtoB to an active-standby JEUS pair): the edge to the
    // standby is the way to it once it has taken over, not a dependency of its own — the takeover moves the requests.
    if (nb.node.role === 'standby' && nb.node.of !== null && nb.kind !== 'database' && nb.kind !== 'cache' && nb.kind !== 'storage' && hasEdge(design, na.name, nb.node.of)) continue;
    // A queue's edges are its consumers, except to its coordinator (`kafka -> zookeeper`): that one it needs — but a
    // Kafka cluster only for its metadata (leader elections, fencing), not for each produce or fetch.
    // A queue fed by this one (a dead-letter queue) takes only what fails: it reads nothing for it, and it is no request.
    // A queue's storage (`mq -> nfs`: an IBM MQ multi-instance queue manager's shared data and logs; Pulsar's bookies)
    // is where it keeps its messages: it needs it, as a database needs its disk — no consumer.
    // A cache used as a job broker (Sidekiq, Celery or BullMQ on Redis: `redis -> sidekiq : jobs`): a cache calls no
    // server — its workers pull the jobs, as a queue's consumers do, and a user's request does not wait for them.
    if (na.kind === 'cache' && UPSTREAM_KINDS.has(nb.kind ?? '')) {
      addConsumer(na, nb);
      continue;
    }
    if (na.kind === 'queue' && nb.kind !== 'consensus' && nb.kind !== 'storage') {
      if (nb.kind !== 'queue') addConsumer(na, nb);
      // A queue fed by a topic's subscription (SNS → SQS): every message is copied to it, so its producers' rate reaches
      // it (round 63b r04: the subscribed queue had no rate, and the run said its producers failed). A dead-letter or
      // retry queue (by its edge's label or its name) takes only what fails: no rate.
      else if (!DEAD_LETTER.test(lab ?? '') && !DEAD_LETTER.test(nb.name)) {
        if (na.forwards === NO_LIST) na.forwards = [b];
        else if (!na.forwards.includes(b)) na.forwards.push(b);
      }
      continue;
    }
    // Pulsar's brokers the same with their metadata store (ZooKeeper): they serve the topics they own and append to the
    // ledgers they have open; topic lookups and moving a lost broker's topics to another wait for its majority.
    // (Only its metadata store: its bookies, written as storage, hold the ledgers every publish is written to — an
    // ordinary dependency, below; round 65b r01.)
    if (na.kind === 'queue' && PULSAR_ENGINES.has(engineOf(na.node)) && nb.kind !== 'storage') {
      na.controlPlane = b;
      continue;
    }
    // HBase with its ZooKeeper ensemble drawn apart: that ensemble's session cap (40 s), not HBase's proposed 90 s; the
    // edge stays a dependency as before (round 70c r05).
    if (na.kind === 'database' && na.timings.profile.id === 'hbase' && ZOOKEEPER_ENGINES.has(engineOf(nb.node))) {
      na.timings = timingsUnder(na.node, 'hbase-zookeeper');
      if (na.selfDetect !== null) na.selfDetect = clusterDetect(na.timings);
    }
    if (na.kind === 'queue' && KAFKA_ENGINES.has((textAttr(na.node, 'engine') ?? '').toLowerCase())) {
      na.controlPlane = b;
      // ZooKeeper mode: a lost broker is noticed when its ZooKeeper session expires, not by KRaft's broker lease.
      if (ZOOKEEPER_ENGINES.has((textAttr(nb.node, 'engine') ?? '').toLowerCase()) && na.timings.profile.id === 'kafka') {
        na.timings = timingsUnder(na.node, 'kafka-zookeeper');
        if (na.selfDetect !== null) na.selfDetect = clusterDetect(na.timings);
      }
      continue;
    }
    // ClickHouse's Keeper (or ZooKeeper) coordinates the replication of Replicated tables: without its majority the
    // tables turn read-only, and SELECT queries, which never touch it, go on. SolrCloud's ZooKeeper the same: a node that
    // lost it refuses document updates and still answers searches (zkConnected=false). No request is a write to it.
    if (na.kind === 'database' && KEEPER_WRITES.has((textAttr(na.node, 'engine') ?? '').toLowerCase()) && nb.kind === 'consensus') {
      keeperOf.set(a, b);
      continue;
    }
    // An Elasticsearch/OpenSearch data tier and its dedicated master tier (`es-data -> es-master`) the same: without an
    // elected master the cluster rejects writes (indexing, mappings, index changes) and the data nodes go on answering
    // searches (cluster.no_master_block: write, the default; round 45b r02 — search traffic read as failed).
    if (na.kind === 'database' && nb.kind === 'database' && SEARCH_ENGINES.has(engineOf(na.node)) && engineOf(nb.node) === engineOf(na.node) && searchMasterTier(design, nb.node)) {
      keeperOf.set(a, b);
      na.masterTier = b;
      // Dedicated master-eligible nodes hold no shards: losing one stalls no writes (round 45b r03).
      nb.selfDetect = null;
      continue;
    }
    // A sharded MongoDB's config server replica set (`mongos -> csrs`) holds the cluster's metadata: mongos routes by the
    // routing table it has cached, so without the config servers' primary (or all of them) reads and writes go on and
    // only chunk migrations, splits and sharding DDL wait. It is where the router reads its routes, not a request.
    // (By its label only when a mongos calls it: an application's `title metadata` edge to its replica set is a request —
    // round 115b r02 read it as the config servers, and the set's primary loss as nothing.)
    if (isMongoConfigServer(nb.node, lab) && (CONFIG_SERVER_NAME.test(nb.name) || isMongos(na.node) || SHARDING_LABEL.test(lab ?? ''))) continue;
    // MySQL NDB Cluster's management node (ndb_mgmd, drawn as what the data nodes call: `data -> mgm : arbitration`) gives
    // out the configuration, starts and stops nodes, runs backups and arbitrates a split: no query goes through it, and
    // a running cluster serves without it (round 50b r03). Not a request.
    if (na.kind === 'database' && NDB_ENGINES.has(engineOf(na.node)) && (nb.kind === 'consensus' || /^(ndb[-_]?mgmd|mgmd|ndb[-_]?mgm)$/.test(engineOf(nb.node)))) {
      na.arbitrator = b;
      continue;
    }
    // A balancer or gateway that reads its backends from a voting group (HAProxy or Envoy resolving services through
    // Consul DNS, Traefik watching etcd) does not send requests to it: the group is where its configuration comes
    // from. Consul answers DNS from any server without a leader (`allow_stale`, default on), and a balancer keeps the
    // backends it resolved last, so the group's loss or its majority's fails no request: no pool member, no dependency.
    if ((na.kind === 'load-balancer' || na.kind === 'gateway') && nb.kind === 'consensus') continue;
    // Any caller of Consul for service discovery (its DNS interface or the health API through the local agent; an Envoy
    // sidecar's xDS) is answered without a leader too (allow_stale) or keeps what it has: no request fails with the
    // group. Key-value reads at the default consistency, locks and sessions need the leader: an edge labelled so stays.
    if (nb.kind === 'consensus' && engineOf(nb.node) === 'consul' && !/\b(kv|key-?value|locks?|sessions?|writes?|leader)\b|쓰기|락|잠금/i.test(lab ?? '')) continue;
    raw.push(a, b);
    nb.callers.push(a);
    if (nb.kind === 'database' || dbFronts.has(b)) {
      const l = dbCallees[a];
      if (l) l.push(b);
      else dbCallees[a] = [b];
    }
  }
  // `sessions=STORE` with no edge to the store: every request that carries a session reads it there, so the
  // node needs the store as if it called it (a session store that is down fails the logged-in requests).
  const pairs = new Set<number>();
  for (let k = 0; k < raw.length; k += 2) pairs.add(raw[k]! * nodes.length + raw[k + 1]!);
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    const t = s.sessionStore;
    if (t < 0 || s.ignored || s.client || nodes[t]!.ignored || pairs.has(si * nodes.length + t)) continue;
    raw.push(si, t);
    nodes[t]!.callers.push(si);
  }
  // A standby server (`gw-sb: service standby of=gw`) with no edges of its own runs the same configuration as the server
  // it stands in for: once it takes over, it calls what that server calls (the same database address, the same backends).
  {
    const calls = new Set<number>();
    for (let k = 0; k < raw.length; k += 2) calls.add(raw[k]!);
    const n0 = raw.length;
    for (const s of nodes) {
      const n = s.node;
      if (n.role !== 'standby' || n.of === null || calls.has(s.idx) || s.ignored || s.client) continue;
      if (s.kind === 'database' || s.kind === 'cache' || s.kind === 'storage' || s.kind === 'queue' || s.kind === 'consensus') continue;
      const x = byName.get(n.of);
      if (x === undefined || x === s.idx) continue;
      for (let k = 0; k < n0; k += 2) {
        if (raw[k] !== x || raw[k + 1] === s.idx) continue;
        raw.push(s.idx, raw[k + 1]!);
        nodes[raw[k + 1]!]!.callers.push(s.idx);
      }
    }
  }
  /** Each caller's callees (the request edges kept), for the classes beside a cache. */
  const outsOf = new Map<number, number[]>();
  for (let k = 0; k < raw.length; k += 2) {
    const l = outsOf.get(raw[k]!);
    if (l) l.push(raw[k + 1]!);
    else outsOf.set(raw[k]!, [raw[k + 1]!]);
  }
  for (let k = 0; k < raw.length; k += 2) {
    const a = raw[k]!;
    const b = raw[k + 1]!;
    const na = nodes[a]!;
    const nb = nodes[b]!;
    // (A cache used as a message bus — Redis pub/sub, a fan-out channel — is no read-aside cache: nothing falls back to a
    // database for a message another server publishes. Round 43: a chat's fan-out read as optional.)
    // (Nor one written `required`: the application fails on a cache error instead of reading the database — round 43b.)
    // (A proxy in front of the cache — HAProxy checking Redis Sentinel's master, Twemproxy, Envoy: a balancer whose every
    // callee is such a cache — is the cache as its callers see it: round 82c r02 read the product cache as required.)
    const proxied = cacheProxied(nodes, nb, outsOf.get(b) ?? []);
    const nc = proxied ?? nb;
    if (na.or === null && nc.kind === 'cache' && !cacheHoldsState(nc.node, nc.isSessionStore, design) && !PUBSUB_LABEL.test(edgeLabel.get(a * nodes.length + b) ?? '') && !STATE_LABEL.test(edgeLabel.get(a * nodes.length + b) ?? '') && !stateWritten(design, nc.name) && flagAttr(nc.node, 'required') !== true) {
      const fallbacks: number[] = [];
      const of = nc.node.of !== null && nc.node.role !== 'standby' && nc.node.role !== 'replica' ? byName.get(nc.node.of) : undefined;
      /** Databases the caller calls beside the cache that are no fallback of it: a search cluster beside the store. */
      let beside: number[] = [];
      if (of !== undefined && nodes[of]!.kind === 'database') fallbacks.push(of);
      else {
        // (Not a database its edge names as the second choice — `app -> b : 장애 시`: it gets nothing while the first serves,
        // misses included; round 113c r01 made it a hard dependency of the caller.)
        const dbs0 = dbCallees[a];
        const firsts = dbs0?.filter((x) => !SECOND_CHOICE.test(edgeLabel.get(a * nodes.length + x) ?? ''));
        const dbs = firsts?.length ? firsts : dbs0;
        // A search cluster beside the store is not what a cache's misses read (round 39: a product cache's misses were
        // sent to Elasticsearch too): the other databases are, when there are any.
        const stores = dbs?.filter((f) => !SEARCH_ENGINES.has(engineOf(nodes[f]!.node)));
        if (dbs) fallbacks.push(...(stores!.length ? stores! : dbs));
        if (dbs && stores!.length) beside = dbs.filter((f) => !stores!.includes(f));
      }
      if (fallbacks.length) {
        // A database edge labelled for other requests than the cache edge carries those requests itself; so does any
        // other callee whose edge names the `writes` class beside a cache of the reads (round 40: a queue fed by the
        // writes got every request).
        // (A label that only names what the edge goes to — `object cache` on the cache's edge, `queries` or `SQL` on the
        // database's — describes it, it names no request class: round 96b r02 split the load in two over such labels.)
        const described = (l: string | null, toCache: boolean): boolean =>
          l !== null && (toCache ? /^((object|page|query|data|app|session)\s+)?cache$|^캐시$|^(객체|페이지|쿼리|데이터)\s*캐시$/i : /^(queries|query|sql|db|database|reads? and writes?|데이터베이스|질의|쿼리)$/i).test(l.trim());
        const cacheLabel0 = edgeLabel.get(a * nodes.length + b) ?? null;
        const cacheLabel = described(cacheLabel0, true) ? null : cacheLabel0;
        const labelOf = (f: number): string | null => {
          const l = edgeLabel.get(a * nodes.length + f) ?? null;
          return described(l, false) ? null : l;
        };
        const writers = cacheLabel === null ? [] : (outsOf.get(a) ?? []).filter((c) => c !== b && !fallbacks.includes(c) && !beside.includes(c) && parseRouteLabel(labelOf(c))?.key === 'writes');
        const cacheKey = cacheLabel === null ? null : classKey(cacheLabel);
        // A database edge carrying the cache edge's very label (`게시글 reads` on both) is where the misses go: another
        // database edge of the reads with a label of its own (`통계 조회 share=5%`) is a class of its own then, not a
        // fallback (round 94c r03: the read replica of a 5 % class was judged as the database behind the cache).
        const bare = (l: string | null): string => labelWithoutShare(l).toLowerCase();
        const sameLabel = cacheLabel === null ? false : fallbacks.some((f) => bare(labelOf(f)) === bare(cacheLabel));
        const direct = cacheLabel === null ? [] : [...fallbacks, ...beside, ...writers].filter((f) => {
          const l = labelOf(f);
          if (l !== null && sameLabel && bare(l) !== bare(cacheLabel) && !MISS_LABEL.test(l)) return true;
          return l !== null && classKey(l) !== cacheKey && parseRouteLabel(l)?.key !== 'reads' && !MISS_LABEL.test(l);
        });
        // (Those are no fallback of the cache then: its misses go to the databases of its own label.)
        if (sameLabel) {
          const own = fallbacks.filter((f) => !direct.includes(f));
          if (own.length) fallbacks.splice(0, fallbacks.length, ...own);
        }
        // Each class (a label, its `share=P%` word aside; `reads`/`writes` words as one class each) has its written share
        // or an even part of the rest (round 40: `share=80%` on the cache's edge was read as half).
        const keys = [cacheKey, ...new Set(direct.map((f) => classKey(labelOf(f)!)))];
        const written = keys.map((k) => {
          if (k === cacheKey) return parseRouteLabel(cacheLabel)?.share ?? null;
          for (const f of direct) if (classKey(labelOf(f)!) === k) {
            const w = parseRouteLabel(labelOf(f))?.share ?? null;
            if (w !== null) return w;
          }
          return null;
        });
        const shares = fitShares(written);
        const e: SoftEdge = direct.length
          ? { cache: b, fallbacks, direct, share: shares[0]!, directShare: direct.map((f) => shares[keys.indexOf(classKey(labelOf(f)!))]!) }
          : { cache: b, fallbacks };
        const via = parseRouteLabel(cacheLabel)?.key;
        if (via === 'reads' || via === 'writes') e.via = via;
        if (na.soft === NO_SOFT) na.soft = [e];
        else na.soft.push(e);
        continue;
      }
    }
    // A session store with a hit ratio: the caller's databases read under the same label see only its misses.
    // (Not when the caller's edge to it says sessions only — `app -> redis : 세션`: that caller reads no data through it, so its
    // hits take nothing off the database; round 125 r06 hid the database's overload behind a session store's hit ratio.)
    const storeLabel = edgeLabel.get(a * nodes.length + b) ?? null;
    const sessionsOnly = sessionsOnlyLabel(storeLabel);
    if (na.or === null && nb.kind === 'cache' && nb.isSessionStore && hitRatioOf(nb.node) !== null && !sessionsOnly) {
      const cacheLabel = storeLabel;
      const dbs = (dbCallees[a] ?? []).filter((f) => {
        const l = edgeLabel.get(a * nodes.length + f) ?? null;
        return l === null || cacheLabel === null || l === cacheLabel || MISS_LABEL.test(l);
      });
      if (dbs.length) {
        if (na.storeOffload === NO_OFFLOAD) na.storeOffload = [];
        na.storeOffload.push({ cache: b, dbs });
      }
    }
    na.callees.push(b);
  }

  // ClickHouse's inserts (SolrCloud's updates) need its Keeper (ZooKeeper): without the majority the Replicated tables are
  // read-only (Solr refuses updates). A caller that only inserts — a loader consuming a queue, or an edge labelled `writes` — needs the Keeper as well (its inserts fail and,
  // for a consumer, its queue's backlog grows); the queries do not.
  // (A balancer sending writes is no caller to give the coordinator to: it would read as another member of its pool —
  // round 47b r06. When every caller of the store writes, the store itself needs it; otherwise its plain writers do.)
  /** Per client: the coordinators its writes need, each with the store it writes to. */
  const clientKeepers = new Map<number, Map<number, number>>();
  if (keeperOf.size) {
    const writers = new Map<number, { plain: number[]; routers: number; readers: number }>();
    for (let k = 0; k < ix.count; k++) {
      const to = ix.to[k]!;
      if (!keeperOf.has(to)) continue;
      const w = nodes[ix.from[k]!]!;
      if (w.idx === to) continue;
      const label = design.edges[ix.edge[k]!]!.label;
      const writer = w.consumes.length > 0 || parseRouteLabel(label)?.key === 'writes' || INDEXING_LABEL.test(label ?? '');
      let e = writers.get(to);
      if (!e) writers.set(to, (e = { plain: [], routers: 0, readers: 0 }));
      if (!writer) e.readers++;
      else if (w.or !== null) e.routers++;
      else e.plain.push(w.idx);
    }
    for (const [to, e] of writers) {
      const keeper = keeperOf.get(to)!;
      if (e.readers === 0 && e.routers > 0) {
        if (!nodes[to]!.callees.includes(keeper)) nodes[to]!.callees.push(keeper);
        continue;
      }
      for (const w of e.plain) {
        if (nodes[w]!.callees.includes(keeper) || w === keeper) continue;
        nodes[w]!.callees.push(keeper);
        // A client's writes need the coordinator along with the store they go to: part of that request, not a request of
        // its own (compileClasses; round 52b r04 split Beats' indexing into "to d" and "to m" halves).
        if (nodes[w]!.client) {
          let k = clientKeepers.get(w);
          if (!k) clientKeepers.set(w, (k = new Map()));
          k.set(keeper, to);
        }
      }
    }
  }

  // A web server run by a reverse proxy (engine=nginx|haproxy) in front of one upstream node
  // spreads the requests over its instances and stops sending to a dead one, as a balancer
  // does (its profile's checks). With several callees it calls each, so it stays as it is.
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    // (Or any web server written `health-check`: a reverse proxy that probes its upstream — the SAP Web Dispatcher, a
    // HAProxy-style proxy with no engine written — as docs/language.md reads the flag; round 66b r03.)
    if (s.kind !== 'web-server' || s.or !== null || s.soft.length || !(PROXY_PROFILES.has(s.timings.profile.id) || s.node.attrs.has('health-check'))) continue;
    if (s.callees.length !== 1) {
      // Upstream servers of which some are marked as the second choice (nginx `server … backup`, `web -> app3 : backup`):
      // one upstream group, the backup passed requests once the primary servers are unavailable — a balancer's pool with
      // second-choice targets (round 102 r02: the label was dropped on a web server, and losing the primaries was total).
      const ups = s.callees.filter((c) => UPSTREAM_KINDS.has(nodes[c]!.kind ?? ''));
      if (ups.length === s.callees.length && ups.length >= 2) {
        const sec = ups.filter((c) => SECOND_CHOICE.test(edgeLabel.get(s.idx * nodes.length + c) ?? ''));
        if (sec.length && sec.length < ups.length) {
          s.or = 'lb';
          s.lbDetect = s.timings.checks ? s.timings.removal : null;
          continue;
        }
      }
      // One upstream and the shares it mounts (an Apache or nginx serving static files from NFS): it still spreads the
      // requests over the upstream's instances and stops sending to a dead one, and needs the mounts as well — so it
      // stays a caller of each, which routes around a dead instance of its upstream after its checks.
      const upstream = s.callees.filter((c) => UPSTREAM_KINDS.has(nodes[c]!.kind ?? ''));
      if (upstream.length === 1 && s.callees.every((c) => upstream[0] === c || nodes[c]!.kind === 'storage')) s.lbDetect = s.timings.checks ? s.timings.removal : null;
      continue;
    }
    // Only an HTTP upstream (an application tier): a web server that queries a database does not balance it.
    if (!UPSTREAM_KINDS.has(nodes[s.callees[0]!]!.kind ?? '')) continue;
    s.or = 'lb';
    s.lbDetect = s.timings.checks ? s.timings.removal : null;
  }

  // A CDN whose edges route by path or host (CloudFront cache behaviors, Front Door routes) sends each
  // request to one origin: its routes are pools, as a balancer's, and a request needs only its own
  // origin; two or more origins on one route are an origin group, the first serving and the next taking
  // the requests it fails (engine: originGroup). Without route labels, origins of one kind (two application
  // tiers in two regions behind Front Door or CloudFront) are one origin group too: no request needs both; origins of
  // different kinds with no labels are still read as each needed.
  for (let k = 0; k < ix.count; k++) {
    const s = nodes[ix.from[k]!]!;
    if (s.kind !== 'cdn' || s.or !== null || s.callees.length < 2) continue;
    const r = parseRouteLabel(design.edges[ix.edge[k]!]!.label);
    // (A label naming only where the origin runs — its region or zone, `West Europe` for westeurope — or its order
    // (`primary`, `secondary`, `DR`) says no different content: round 96b r14 read two regions' origins as both needed.)
    const flat = (x: string): string => x.toLowerCase().replace(/[^a-z0-9가-힣]/g, '');
    const placeLabel = (c: number, l: string): boolean => {
      const f = flat(l);
      const places = [...nodes[c]!.node.zones, ...regionsOf(design, nodes[c]!.node)].map(flat).filter((x) => x.length >= 2);
      return places.some((p) => f === p || f.includes(p) || p.includes(f)) || SECOND_CHOICE.test(l) || /^(primary|active|main|dr|origin\s*\d*|priority\s*\d+|p\d|first|1st|주|메인|주센터|백업센터|재해복구센터|\d\s*순위|우선\s*순위\s*\d)$/i.test(l.trim());
    };
    const sameKind = !r && s.callees.every((c) => nodes[c]!.kind === nodes[s.callees[0]!]!.kind) && !s.callees.some((c) => { const l = edgeLabel.get(s.idx * nodes.length + c); return !!l && !placeLabel(c, l); });
    if ((!r && !sameKind) || (r && r.weighted)) continue;
    s.or = 'lb';
    // Front Door routes by its health probes, as a balancer does (no retry on another origin); an origin group retries.
    s.lbDetect = s.timings.profile.id === 'azure-front-door' && s.timings.checks ? s.timings.removal : null;
    // (Its probe path may follow the requests: `health-check=deep`, read now that it checks.)
    s.deepCheck = s.lbDetect !== null && textAttr(s.node, 'health-check') === 'deep';
  }

  // A checking router in front of layer-7 balancers (Front Door over Application Gateways, a GSLB over ALBs): its probe
  // is proxied into the balancer's pool, which answers 502 with no healthy backend — the check is as deep as that pool.
  // So is one in front of a Network Load Balancer, a layer-4 pass-through: its probe reaches a target, and with none
  // healthy the NLB fails open to the dead ones (round 99 r05 read the NLB as answering the probe itself).
  for (const s of nodes) {
    if (s.or !== 'lb' || s.lbDetect === null || s.deepCheck || s.callees.length < 2) continue;
    const l7 = (c: number): boolean => {
      const b = nodes[c]!;
      if (b.timings.profile.id === 'aws-nlb') return true;
      return (b.kind === 'load-balancer' || b.kind === 'gateway') && textAttr(b.node, 'layer') !== '4' && b.timings.profile.id !== 'keepalived';
    };
    if (s.callees.every(l7)) s.deepCheck = s.poolCheck = true;
  }
  // Global Accelerator over Elastic Load Balancing endpoints (ALB, NLB): "for Network Load Balancer and Application Load
  // Balancer endpoints, configure health check settings on the ELB console" (ga-endpoint-group) — GA's own checks apply to
  // instances and Elastic IPs only. An ELB endpoint is unhealthy when its load balancer has no healthy target, known as
  // soon as its own checks say so: the pool's health, on the slowest of their timings (rounds 76b r04, 78b r03).
  for (const s of nodes) {
    if (s.timings.profile.id !== 'aws-global-accelerator' || s.or !== 'lb' || s.lbDetect === null || s.callees.length < 2) continue;
    const elbs = s.callees.map((c) => nodes[c]!);
    if (!elbs.every((b) => b.timings.profile.id === 'aws-alb' || b.timings.profile.id === 'aws-nlb')) continue;
    let det = 0;
    for (const b of elbs) det = Math.max(det, b.lbDetect ?? 0);
    s.deepCheck = s.poolCheck = true;
    s.elbHealth = true;
    if (det > 0) s.lbDetect = det;
  }

  // A health-checked DNS name spreading over a tier's instances (Route 53 multivalue answers, a GSLB checking each
  // member): each address has its own check, so a dead instance leaves the answers after the checks and the clients'
  // TTL, as a target does (round 86 r01: it "kept failing until repaired").
  // (Round-robin only: one address per answer, each checkable. A latency, weighted or simple record is checked as one — a
  // region's or a target's endpoint — and does not see the instances behind it.)
  for (const s of nodes)
    if (s.kind === 'dns' && s.or === 'dns-spread' && s.lbDetect === null && textAttr(s.node, 'routing') === 'round-robin' && s.callees.some((c) => nodes[c]!.instances >= 2)) s.lbDetect = s.dnsSwitch;

  // A failover record a person changes (`failover=manual`: a GSLB or DNS record switched by hand in a DR runbook): the
  // switch starts when someone notices the first target's loss — a monitor watching anything it needs, else users'
  // reports — and takes a person's change (the generic manual action, 30 min) and then the answers' TTL (round 87c r07).
  for (const s of nodes) {
    if (s.kind !== 'dns' || s.or !== 'dns-failover' || textAttr(s.node, 'failover') !== 'manual' || !s.callees.length) continue;
    const seen = new Set<number>([s.callees[0]!]);
    const stack = [s.callees[0]!];
    let notice = Infinity;
    while (stack.length) {
      const c = stack.pop()!;
      notice = Math.min(notice, noticeDelay(design, nodes[c]!.name));
      for (const x of nodes[c]!.callees)
        if (!seen.has(x)) {
          seen.add(x);
          stack.push(x);
        }
    }
    s.manualDns = true;
    s.dnsDetect = notice;
    s.dnsSwitch = Math.round((notice + s.timings.manualPromote.value + s.timings.ttl.value) * 1000) / 1000;
  }

  // An NDB cluster's arbitrator written as its witness (`ndb: db engine=ndb … witness=mgm`), the way other pairs name
  // their third voter: the same as an edge to the management node (round 70 r01: the witness was ignored).
  for (const s of nodes) {
    if (s.arbitrator >= 0 || s.kind !== 'database' || !NDB_ENGINES.has(engineOf(s.node))) continue;
    const w = textAttr(s.node, 'witness');
    const b = w === null ? undefined : byName.get(w);
    if (b !== undefined && b !== s.idx) s.arbitrator = b;
  }

  // ClickHouse reached only through balancers (an NLB over its replicas): no Distributed table or multi-host client of the
  // callers' own tries the next replica — a query sent to the lost one fails until the balancer's checks take it out
  // (round 69b r06: "go to another replica after 50 ms" behind an NLB that retries nothing).
  // (A sharded cluster is queried through its Distributed tables, which do: kept — round 23.)
  for (const s of nodes)
    if (s.selfDetect !== null && engineOf(s.node) === 'clickhouse' && !s.node.attrs.has('shards') && s.callers.length > 0 && s.callers.every((c) => nodes[c]!.or === 'lb' && nodes[c]!.kind === 'load-balancer')) s.selfDetect = null;

  // Each node's storage callees (a disk a primary and its standby may share).
  const storageOf = new Array<number[] | undefined>(nodes.length);
  for (let k = 0; k < ix.count; k++) {
    const b = ix.to[k]!;
    if (nodes[b]!.kind !== 'storage') continue;
    const a = ix.from[k]!;
    const l = storageOf[a];
    if (l) l.push(b);
    else storageOf[a] = [b];
  }

  // Takeovers: standbys, and second primaries (both ways: either primary takes
  // the other's traffic). A standby is manual unless it says `failover=auto`.
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    const n = s.node;
    if (!n.of || (n.role !== 'standby' && n.role !== 'primary')) continue;
    const x = byName.get(n.of);
    if (x === undefined || x === s.idx) continue;
    const xn = nodes[x]!.node;
    // A copy of a bucket nothing writes (a static site or documents only a CDN reads, its copy replicated across regions):
    // there is nothing to promote — the CDN's origin group reads either, and no write is lost (round 57b r06/r07).
    if (s.kind === 'storage' && nodes[x]!.kind === 'storage' && n.role === 'standby' && backupTargets(design).has(xn.name)) continue;
    const peer = n.role === 'primary';
    // Plain Redis replication has nothing that promotes a replica (REPLICAOF NO ONE is typed by a person): without
    // Sentinel, a cluster mode, a provider or a coordinator, `failover=auto` cannot happen (contradiction says so).
    // (A provider's object-storage bucket copied from another — S3 Cross-Region Replication — is written at its own address
    // at any time: nothing promotes it, round 95b r06.)
    const bucketCopy = replicatedBucket(nodes[si]!, nodes[x]!);
    const manual = !peer && !bucketCopy && ((failoverMode(n, design) === 'manual' && !providerPromotes(design, n)) || redisWithoutManager(n, xn) || tiberoProtective(n, xn));
    const mgr = failoverManager(nodes, x);
    // A failover manager written as a monitor (`orch: monitor engine=orchestrator watches=db`) over a pair of plain MySQL
    // or PostgreSQL servers: its timings, as when the pair says the manager's engine (round 41: it was ignored).
    // (failoverTimingsOf takes the manager's figures only for a pair whose own engines time nothing.)
    const ft = failoverTimingsOf(n, xn, mgr !== null ? 'maxscale' : managerOfMonitor(design, xn));
    // MaxScale's monitor fails the pair over only when the pair's own engines time nothing (the profile came from it).
    const detector = mgr !== null && ft.profile.id === 'maxscale' ? mgr : -1;
    // Two primaries that every caller reaches through checking balancers calling both (ProxySQL or HAProxy in front of
    // Group Replication or Galera members): a lost one's share moves when the balancers' checks give up on it, not at the
    // group's own expel (round 86 r07: "restored" at 10 s while ProxySQL sent to the lost member until 24 s).
    const lbWait = peer ? balancedPeers(nodes, s.idx, x) : null;
    const hb = lbWait ? Math.max(ft.detect.value, lbWait.seconds) : ft.detect.value;
    // Pacemaker's promotion is a fence and a resource start (generic 10 s each); a pair with no fencing skips the fence.
    const unfenced = ft.profile.id === 'pacemaker' && ft.promote.attr === null && !fenced(n) && !fenced(xn);
    // (A peer — a second primary taking the first's address — takes over at once unless the design writes its takeover time:
    // `promote=` on it is that time, round 95 r01.)
    const promote = peer ? (ft.promote.attr !== null && !manual ? ft.promote.value : 0) : manual ? ft.manualPromote.value : unfenced ? ft.promote.value - PACEMAKER_FENCE : ft.promote.value;
    // The product's replication when none is written (RDS, Group Replication: synchronous; DRBD: protocol C). With
    // none written and both calling one storage node, the pair shares its disk (a SAN LUN under an active-standby
    // cluster): the standby takes over with everything written.
    const written = textAttr(n, 'replication') !== null;
    const shared = !written && sharesStorage(storageOf, s.idx, x);
    // With none written and the standby's storage a copy of the primary's (a DR centre's SAN replicated from the main
    // centre's), the database's copy is as fresh as its disks': the storage pair's replication.
    const disks = !written && !shared ? storageCopyOf(nodes, storageOf, s.idx, x) : null;
    const repl = shared
      ? { mode: 'shared' as const, rank: 0 as const, lossless: true }
      : disks
        ? replicationOf(disks.copy, disks.source)
        : !written && ft.sync.value === 1 && !crossRegion(design, n, xn)
          ? { mode: 'sync' as const, rank: 0 as const, lossless: true }
          : replicationOf(n, xn);
    // A server standing by for a server (an active-standby web pair) has no data to lose on taking over.
    const lag = repl.lossless || !DATA_KINDS.has(s.kind as KindId) ? 0 : geoLag(design, n, xn, ft.lag);
    const how0 = lbWait && lbWait.seconds > ft.detect.value ? { en: `\`${lbWait.name}\`'s health checks`, ko: `\`${lbWait.name}\`의 헬스 체크` } : ft.detectHow;
    // Whose figure the detection is: the product's own, or the project's generic one when its profile documents none
    // (a DynamoDB global table has no failover detection of its own: the generic heartbeat is not DynamoDB's).
    const ownDetect = ft.detect.attr !== null || ft.detect.profile === ft.profile.id;
    // With none written, a monitor running the pair's failover manager (orchestrator, MHA, a pg_auto_failover monitor)
    // and watching the primary is the one that promotes: lost, nothing is promoted by itself (round 37).
    // (A copy a person promotes at another site — a Patroni standby cluster — has its own DCS or none: it does not wait for
    // the primary's, which a site's loss takes with it; round 72b r01 said "never" where the check said 30m 30s.)
    const otherSite = n.zones.length > 0 && xn.zones.length > 0 && !n.zones.some((z) => xn.zones.includes(z));
    const coordName = textAttr(n, 'coordinator') ?? (manual && otherSite ? null : textAttr(xn, 'coordinator')) ?? (manual || peer ? null : managerMonitor(design, xn, ft.profile.id));
    const coordinator = coordName !== null && coordName !== n.name ? (byName.get(coordName) ?? -1) : -1;
    // (SQL Server: every replica of an availability group is a node of one Windows cluster, so the witness a sibling standby
    // names is this standby's cluster's too — round 110b r08: a DR replica promoted by hand with every other vote in the lost
    // site was promoted as if no quorum had to be forced first.)
    const wsfc = SQLSERVER_ENGINES.has((textAttr(xn, 'engine') ?? textAttr(n, 'engine') ?? '').toLowerCase());
    // The other standbys of the same primary: with SQL Server, nodes of the same Windows cluster (their votes, their witness).
    const siblings = wsfc ? nodes.filter((o) => o.idx !== s.idx && o.idx !== x && o.node.of === xn.name && o.node.role === 'standby') : [];
    const siblingWitness = siblings.map((o) => textAttr(o.node, 'witness')).find((w) => w !== null) ?? null;
    const witnessName = textAttr(n, 'witness') ?? textAttr(xn, 'witness') ?? siblingWitness;
    const witness = witnessName !== null && witnessName !== n.name && witnessName !== xn.name ? (byName.get(witnessName) ?? -1) : -1;
    const voters = witness < 0 ? NO_VOTERS : wsfc ? [x, ...siblings.map((o) => o.idx)] : [x];
    // A person promotes only once someone knows: after a monitor notices, or much later with none (model/monitoring.ts).
    // A standby the provider runs (both managed, no timing of its own written) is promoted by the provider's failover, in
    // its documented time: the provider watches its instances, so nothing is "detected" by a heartbeat of ours.
    const provider =
      !peer && !manual && ft.managed && ft.failover !== null && nodes[x]!.managed && !['heartbeat', 'promote', 'down-after'].some((k) => n.attrs.has(k) || xn.attrs.has(k));
    // An Azure SQL auto-failover group with the Microsoft-managed policy fails over to its geo-secondary only after its
    // grace period (GracePeriodWithDataLossHours: at least 1 h) — Microsoft waits for the region to come back first.
    // Azure SQL Database (its profile: the standby's engine, else its primary's): an auto-failover group is written as a
    // standby of=… in another region.
    const graceFog = provider && ft.profile.id === 'azure-sql' && crossRegion(design, n, xn);
    // (A provider's own failover is the provider's figure.)
    const shown = ownDetect || provider ? ft.profile : PROFILES.generic;
    const profile0 = { en: profileLabel(shown, 'en'), ko: profileLabel(shown, 'ko') };
    // Azure Cosmos DB: the provider elects another write region after a region's loss (service-managed failover).
    const cosmosRegion = provider && (ft.profile.id === 'azure-cosmos-db' || nodes[x]!.timings.profile.id === 'azure-cosmos-db') && crossRegion(design, n, xn);
    // A pair Pgpool-II fronts (its watchdog pair or cluster, the primary's caller): Pgpool's own health check finds the lost
    // primary and its failover_command promotes the standby — its check's time, not a heartbeat of the standby's own
    // (round 96 r04).
    const pgpoolFront = !manual && !peer && !provider ? nodes[x]!.callers.map((c) => nodes[c]!).find((c) => c.timings.profile.id === 'pgpool' && c.lbDetect !== null && c.callees.includes(s.idx)) : undefined;
    // A bucket copy every caller of the source reaches through its own checking balancer (`lb -> b1`, `lb -> b2 : fallback`):
    // the callers move when that balancer's checks give up on the source, not at once (round 101b r08: a region loss
    // "served at 0s" while the balancer sent to the lost bucket for a minute).
    const bucketLb = bucketCopy ? balancedCopy(nodes, x, s.idx) : null;
    const detect = bucketLb ? bucketLb.seconds : manual ? noticeDelay(design, xn.name) : graceFog ? AZURE_SQL_FOG.grace.v : provider ? 0 : pgpoolFront ? pgpoolFront.lbDetect! : hb;
    const profile = pgpoolFront ? { en: profileLabel(PROFILES.pgpool, 'en'), ko: profileLabel(PROFILES.pgpool, 'ko') } : profile0;
    const how = pgpoolFront ? { en: `\`${pgpoolFront.name}\`'s health check, whose failover_command promotes the standby`, ko: `\`${pgpoolFront.name}\`의 헬스 체크(failover_command로 대기 노드를 승격)` } : how0;
    const providerTime = cosmosRegion ? COSMOS.regionFailover.v : provider ? (nodes[x]!.timings.failover ?? ft.failover!).value : 0;
    // A second primary takes its peer's traffic only when something moves the callers (round 37): a virtual IP, a
    // failover manager or proxy, a caller that knows both, or a failover the user wrote. Callers that hold one primary's
    // address only (a site's application on its own master) fail with it until it is back.
    // `failover=auto` (or a `heartbeat=`) written on either primary says something moves them; `failover=manual`, a person.
    const fo = [textAttr(n, 'failover'), textAttr(xn, 'failover')];
    const moves = (lost: number, other: number): boolean =>
      !peer ||
      (!fo.includes('manual') && (!pinnedTo(nodes, lost, other) || mgr !== null || fo.includes('auto') || n.attrs.has('heartbeat') || xn.attrs.has('heartbeat') || nodes[x]!.managed || s.managed));
    // Pinned callers are moved by a person: noticed, then the connection string changed (a manual takeover).
    const repoint = { en: 'a person points the callers at the other primary (they hold one address only)', ko: '사람이 호출하는 쪽을 다른 프라이머리로 바꿔 연결(주소를 하나만 알고 있음)' };
    const pinnedX = !moves(x, s.idx);
    // A Linux NFS server taking over (a Pacemaker or keepalived pair exporting a share): the new nfsd starts its NFSv4
    // grace period (90 s, the kernel's default lease and grace time), in which new opens and locks wait while the
    // clients reclaim theirs (round 37: failovers were "done" in 17–27 s).
    const grace = !peer && !provider && !pinnedX && selfRunNfs(xn, design) ? NFS_GRACE : 0;
    // Callers reaching the lost node through a DNS record that does not answer with the copy: a person taking over by hand
    // repoints the record too, and clients keep the old answer for its TTL (round 47b r05: 31 min where 36 were due).
    const ttl = manual || pinnedX ? Math.max(0, ...nodes[x]!.callers.map((c) => nodes[c]!).filter((c) => c.kind === 'dns' && !c.callees.includes(s.idx)).map((c) => c.timings.ttl.value)) : 0;
    // A self-run balancer that checks both (a role check: HAProxy on Patroni's `/primary`): the promoted standby, which
    // failed that check until now, gets requests after the balancer's rise checks (round 60 r02).
    // (Among x's callers, the first in the design's order: every checking node scanned per standby was O(n²) — issue 17.)
    let checker: CompiledNode | undefined;
    if (!peer && !provider)
      for (const ci of nodes[x]!.callers) {
        const c = nodes[ci]!;
        // (A balancer checking the writer's role — HAProxy on Patroni's `/primary` — checks the standby too whether or not the
        // design draws the edge to it: its server list names both; round 109 r05 drew the primary alone and got no rise.)
        // (Not a standby its own callers reach directly — a DR copy read by the DR site's application: no server list of the
        // balancer in front of the primary names it; round 115c r08 timed its promotion with a lost proxy's rise.)
        // (Only a balancer or proxy checks roles: an application calling both — a Kubernetes Deployment reading the standby — probes
        // nothing of theirs; round 121 r05 added its readiness period to a CloudNativePG promotion.)
        if (!c.managed && c.timings.checks && (c.kind === 'load-balancer' || c.kind === 'gateway' || c.or === 'lb') && (c.callees.includes(s.idx) || (c.or === 'lb' && WRITER_ROLE_CHECK.test(textAttr(c.node, 'health-check') ?? '') && !s.callers.length)) && (checker === undefined || c.idx < checker.idx)) checker = c;
      }
    // (ProxySQL follows a promotion through its read_only check, not a rise of passing pings: PROXYSQL_MONITOR.)
    // (Nor Pgpool-II, which ran the promotion itself and sends to the new primary at once: round 96 r04.)
    const riseS = checker ? (checker.timings.profile.id === 'proxysql' ? PROXYSQL_MONITOR.readOnlyInterval.v : checker.timings.profile.id === 'pgpool' ? 0 : riseSeconds(checker)) : 0;
    addTakeover(nodes[x]!, {
      by: s.idx,
      detect: pinnedX ? noticeDelay(design, xn.name) : detect,
      promote: (pinnedX ? ft.manualPromote.value : provider ? providerTime : promote) + grace + ttl + riseS,
      manual: manual || pinnedX,
      lag,
      replication: repl.mode,
      rank: repl.rank,
      coordinator,
      witness,
      voters,
      promoteGeneric: pinnedX ? (ft.manualPromote.attr === null && ft.manualPromote.status === 'generic') : !provider && !peer && (manual ? (ft.manualPromote.attr === null && ft.manualPromote.status === 'generic') : ft.promote.attr === null && (ft.promote.profile === 'generic' || ft.promote.cite === 'generic')) && !unfenced,
      ...(detector >= 0 && !manual ? { detector } : {}),
      peer,
      ...(grace ? { grace } : {}),
      ...(ttl ? { ttl } : {}),
      ...(checker && riseS > 0 ? { rise: { seconds: riseS, by: checker.idx } } : {}),
      how: pinnedX ? repoint : cosmosRegion
        ? { en: `the service-managed failover of the write region (an RTO under 15m, Microsoft)`, ko: '쓰기 리전의 서비스 관리형 장애 조치(RTO 15분 미만, Microsoft 문서)' }
        : graceFog
        ? { en: `the failover group's grace period, GracePeriodWithDataLossHours ≥ 1h (Microsoft-managed policy)`, ko: '장애 조치 그룹의 유예 기간, GracePeriodWithDataLossHours 1시간 이상(Microsoft 관리 정책)' }
        : provider
          ? { en: `the provider's failover`, ko: '제공자의 페일오버' }
          : how,
      profile,
    });
    // (A standby in another region — an auto-failover group's geo-secondary, a cross-region replica — is no part of the
    // service's own in-region redundancy: the primary still fails over inside its region by itself.)
    if (provider && !crossRegion(design, n, xn)) nodes[x]!.providerStandby = true;
    if (peer && !s.takeovers.some((t) => t.by === x)) {
      const pinnedS = !moves(s.idx, x);
      addTakeover(s, { by: x, detect: pinnedS ? noticeDelay(design, n.name) : hb, promote: pinnedS ? ft.manualPromote.value : 0, manual: pinnedS, lag, replication: repl.mode, rank: repl.rank, coordinator: -1, witness: -1, voters: NO_VOTERS, promoteGeneric: pinnedS && (ft.manualPromote.attr === null && ft.manualPromote.status === 'generic'), peer, how: pinnedS ? repoint : how, profile });
    }
    s.standsFor = x;
  }

  // Patroni in synchronous mode (a synchronous standby written): it promotes only a standby certain to hold every
  // acknowledged commit — the synchronous one — never an asynchronous one by itself; that takes a person forcing a lossy
  // failover (`patronictl failover --force`). (Patroni, "Replication modes": synchronous mode; round 107b r04.)
  for (const s of nodes) {
    if (s.takeovers.length < 2) continue;
    const patroni = (tk: Takeover): boolean => engineOf(nodes[tk.by]!.node) === 'patroni' || engineOf(s.node) === 'patroni';
    if (!s.takeovers.some((tk) => !tk.manual && !tk.peer && tk.replication === 'sync' && patroni(tk))) continue;
    for (let k = 0; k < s.takeovers.length; k++) {
      const tk = s.takeovers[k]!;
      if (tk.manual || tk.peer || tk.replication === 'sync' || !patroni(tk)) continue;
      const ft = failoverTimingsOf(nodes[tk.by]!.node, s.node);
      s.takeovers[k] = {
        ...tk,
        manual: true,
        detect: noticeDelay(design, nodes[tk.by]!.name),
        promote: ft.manualPromote.value,
        promoteGeneric: (ft.manualPromote.attr === null && ft.manualPromote.status === 'generic'),
        how: { en: 'a person forcing a failover to it (`patronictl failover --force`): in synchronous mode Patroni promotes only the synchronous standby', ko: '사람이 강제로 페일오버(`patronictl failover --force`): 동기 모드의 Patroni는 동기 대기 노드만 승격' },
      };
    }
  }

  // Kubernetes workloads and the cluster's own etcd (round 37): with exactly one etcd group in the design, no Patroni or
  // coordinator using it, and workloads run on Kubernetes, that etcd is taken as their control plane's store — without
  // its majority the API server marks no node NotReady, removes no endpoint and evicts no pod.
  {
    const etcds = nodes.filter((e) => (textAttr(e.node, 'engine') ?? '').toLowerCase() === 'etcd');
    // (ingress-nginx runs as pods the same control plane evicts and recreates: round 105 r06.)
    const k8s = nodes.filter((k) => (k.timings.profile.id === 'k8s-service' || k.timings.profile.id === 'ingress-nginx') && !k.client);
    if (etcds.length === 1 && k8s.length) {
      const e = etcds[0]!;
      // (Nor one a gateway or balancer keeps its configuration in — APISIX on etcd: round 87b r01.)
      const gatewayStore = design.edges.some((ed) => ed.to === e.name && ['gateway', 'load-balancer'].includes(design.nodes.get(ed.from)?.kind ?? '') && CONFIG_ONLY.test(ed.label ?? ''));
      // (Nor one the application calls — Vitess's topology server, TiDB's PD, leases taken by a service: the control plane's
      // etcd is the API server's alone, never drawn as a callee of the workloads; round 94b r04.)
      // (A Kubernetes Service or ingress written as a balancer reading it — round 37's `ing -> etcd : startup` — is the
      // cluster's own use.)
      const appStore = design.edges.some((ed) => {
        if (ed.to !== e.name) return false;
        const from = ed.from === e.name ? undefined : nodes[ix.byName.get(ed.from) ?? -1];
        if (!from || from.node.kind === 'monitor' || /kube-?api|api-?server|control-?plane/i.test(ed.from)) return false;
        return !((from.kind === 'load-balancer' || from.kind === 'gateway') && from.timings.profile.id === 'k8s-service');
      });
      // (A CloudNativePG node naming it `coordinator=` names the control plane itself: its operator fails over through the
      // API server — round 112b r04 lost the control plane's reading, and pods were recreated with no etcd majority.)
      const used = gatewayStore || appStore || nodes.some((o) => o.demotesWith === e.idx || (textAttr(o.node, 'coordinator') === e.name && o.timings.profile.id !== 'cloudnative-pg') || /patroni/i.test(textAttr(o.node, 'engine') ?? ''));
      if (!used) {
        for (const k of k8s) if (k.controlPlane < 0) k.controlPlane = e.idx;
        // CloudNativePG fails over through the API server (the operator sets the cluster's target primary, the instance
        // manager promotes it): without the control plane's majority nothing is promoted (round 106 r03).
        if (k8s.length || nodes.some((x) => x.timings.profile.id === 'cloudnative-pg'))
          for (const x of nodes) if (x.timings.profile.id === 'cloudnative-pg') for (const tk of x.takeovers) if (tk.coordinator < 0 && !tk.manual) tk.coordinator = e.idx;
      }
    }
  }
  // Services an ingress-nginx controller is the only caller of are pods (it routes to Kubernetes endpoints only): one
  // lost with its node leaves the endpoints when the node is NotReady, as any pod (round 108c r07: 30 s by a readiness
  // probe nobody runs on a lost node).
  for (const x of nodes) {
    if (x.hostDetect !== null || x.managed || x.instances < 2 || !(x.kind === 'service' || x.kind === 'app-server' || x.kind === 'web-server')) continue;
    if (!x.callers.length || !x.callers.every((c) => nodes[c]!.timings.profile.id === 'ingress-nginx')) continue;
    (x as { hostDetect: number | null }).hostDetect = K8S_NODE.gracePeriod.v;
  }
  // A virtual IP pair across zones of a public cloud (vipCloud).
  {
    const cloud = nodes.some((x) => x.vip && !x.managed && new Set(x.node.zones).size >= 2) ? designCloud(design) : null;
    if (cloud) for (const x of nodes) if (x.vip && !x.managed && new Set(x.node.zones).size >= 2 && regionsOf(design, x.node).length < 2) x.vipCloud = cloud;
  }
  // A balancer's or a CDN's second-choice targets (secondChoice).
  for (const lb of nodes) {
    if (lb.or !== 'lb' || lb.callees.length < 2) continue;
    const second = lb.callees.filter((c) => SECOND_CHOICE.test(edgeLabel.get(lb.idx * nodes.length + c) ?? ''));
    if (second.length && second.length < lb.callees.length) lb.secondChoice = new Set(second);
  }
  // A MongoDB replica set read at the primary, a single-primary Group Replication group (InnoDB Cluster) written and read
  // through its primary (primaryOnly).
  for (const x of nodes) {
    if (x.kind !== 'database' || x.group === null || x.instances < 2 || x.node.attrs.has('shards')) continue;
    const e = engineOf(x.node);
    const mongo = /^mongo(db)?$/.test(e);
    if (!mongo && !SINGLE_PRIMARY_GR.has(e)) continue;
    const label = (c: number): string => edgeLabel.get(c * nodes.length + x.idx) ?? '';
    if (x.callers.some((c) => /secondary|nearest|read[-\s]?pref|read[-\s]?only|\bro\b|6447/i.test(label(c)))) continue;
    // (Group Replication: reads of their own — a `reads` class, MySQL Router's read-only port — go to the secondaries.)
    if (!mongo && x.callers.some((c) => parseRouteLabel(label(c))?.key === 'reads')) continue;
    if (!mongo && /multi[-\s]?primary/i.test(`${textAttr(x.node, 'mode') ?? ''} ${textAttr(x.node, 'label') ?? ''}`)) continue;
    x.primaryOnly = true;
  }
  // An active-backup balancer's only target of several instances: one of them serves at a time (activeOne).
  for (const lb of nodes) {
    if (lb.or !== 'lb' || lb.callees.length !== 1 || textAttr(lb.node, 'algorithm') !== 'active-backup') continue;
    const b = nodes[lb.callees[0]!]!;
    if (b.instances >= 2 && b.callers.every((c) => nodes[c]!.or === 'lb' && textAttr(nodes[c]!.node, 'algorithm') === 'active-backup')) b.activeOne = true;
  }
  const readsInto = readsTargets(design);
  // A balancer in front of a primary and its standby sends to whichever is primary (HAProxy
  // checking Patroni's /primary, a cluster endpoint): the standby is reached through its
  // primary's takeover, never as a second target that serves before it is promoted. A
  // standby that serves reads (`readable`) stays a target.
  for (let si = 0; si < nodes.length; si++) {
    const lb = nodes[si]!;
    if (lb.or !== 'lb' || lb.callees.length < 2) continue;
    const drop = lb.callees.filter((b) => {
      const sb = nodes[b]!;
      return sb.standsFor >= 0 && lb.callees.includes(sb.standsFor) && sb.node.role === 'standby' && !servesReads(sb.node, readsInto);
    });
    if (!drop.length) continue;
    lb.callees = lb.callees.filter((b) => !drop.includes(b));
    for (const b of drop) nodes[b]!.callers = nodes[b]!.callers.filter((c) => c !== si);
  }

  // A replica set written member by member: a voting engine (or `quorum`) on a one-instance primary with copies of it.
  const copiesOf = new Map<string, CompiledNode[]>();
  for (const c of nodes) {
    if (c.client || c.ignored || c.instances !== 1) continue;
    const of = copyOf(design, c.node);
    if (of === null) continue;
    const list = copiesOf.get(of);
    if (list) list.push(c);
    else copiesOf.set(of, [c]);
  }
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    if (s.instances !== 1 || s.standsFor >= 0 || s.node.role === 'standby' || s.node.role === 'replica') continue;
    const copies = (copiesOf.get(s.node.name) ?? []).filter((c) => c !== s && c.node.kind === s.node.kind);
    if (!copies.length || (votingType(s.node) === null && !copies.some((c) => votingType(c.node) !== null))) continue;
    if (s.group !== null && (s.group.type === 'sentinel' || s.group.type === 'cluster' || s.group.arbiters > 0)) continue;
    const members = [s.idx, ...copies.map((c) => c.idx)];
    s.quorumPeers = members;
    if (members.length < 3) continue;
    // With a majority left, the members elect the copy that has every write a majority acknowledged (MongoDB's default
    // write concern w: majority since 5.0, Group Replication's certification, Galera's): nothing acknowledged is lost,
    // and a single-primary set takes its election time, not a heartbeat and a promotion.
    const voter = votingType(s.node) !== null ? s.node : copies.find((c) => votingType(c.node) !== null)!.node;
    const leader = votingType(voter) === 'leader';
    for (const t of s.takeovers) {
      if (t.peer || !members.includes(t.by) || t.manual) continue;
      t.lag = 0;
      t.rank = 0;
      if (!leader) continue;
      t.detect = haTiming(voter, 'group-election');
      t.promote = 0;
      t.how = { en: 'the members elect a new primary', ko: '구성원들이 새 프라이머리를 선출' };
    }
  }

  // Patroni primaries: without their coordinator's majority they demote themselves (model/groups.ts).
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    if (!s.takeovers.length) continue;
    const c = demotesWithout(s.node, s.takeovers.filter((t) => !t.peer).map((t) => nodes[t.by]!.node));
    const ci = c === null ? undefined : byName.get(c);
    if (ci !== undefined && ci !== s.idx && !nodes[ci]!.client && !nodes[ci]!.ignored) s.demotesWith = ci;
  }
  // Oracle RAC's voting files written as its coordinator (`rac: database engine=oracle-rac coordinator=vote`): a node that
  // cannot reach more than half of the voting files is restarted by Clusterware, so without that majority every
  // instance stops — cluster membership, not only who may fail over (round 75c r01; Oracle, "Storage considerations").
  for (const s of nodes) {
    if (s.demotesWith >= 0 || !RAC_ENGINE.test(textAttr(s.node, 'engine') ?? '')) continue;
    const c = textAttr(s.node, 'coordinator');
    const ci = c === null ? undefined : byName.get(c);
    if (ci !== undefined && ci !== s.idx && nodes[ci]!.group !== null && !nodes[ci]!.ignored) s.demotesWith = ci;
  }

  // PostgreSQL's synchronous replication waits for the standby on every commit: with one synchronous standby, its loss
  // stops the primary's writes until it is back (PostgreSQL docs, "Synchronous Replication": keep more standbys than
  // synchronous_standby_names requires). Patroni's synchronous_mode drops to asynchronous instead; a managed service
  // handles its own standby.
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    const n = s.node;
    if (s.kind !== 'database' || s.managed || n.role === 'standby' || n.role === 'replica' || !s.takeovers.length) continue;
    const syncs = s.takeovers.filter((t) => !t.peer && textAttr(nodes[t.by]!.node, 'replication') === 'sync');
    if (syncs.length !== 1) continue;
    const sb = nodes[syncs[0]!.by]!;
    // (A standby node of several instances is `ANY 1 (…)` over them: the commits wait once every one is gone.)
    if (sb.managed) continue;
    const engines = [textAttr(n, 'engine'), textAttr(sb.node, 'engine')].map((e) => (e ?? '').toLowerCase());
    // Patroni's synchronous_mode names another standby (or turns synchronous replication off) once the lost one leaves
    // pg_stat_replication: the commits wait for that, not until it is back (semiSyncKind 'patroni').
    if (engines.some((e) => e === 'patroni')) {
      sb.semiSyncFor = s.idx;
      sb.semiSyncKind = 'patroni';
      continue;
    }
    // pg_auto_failover's monitor has the lost secondary removed from synchronous_standby_names (wait_primary): the same.
    if (s.timings.profile.id === 'pg-auto-failover' || sb.timings.profile.id === 'pg-auto-failover') {
      sb.semiSyncFor = s.idx;
      sb.semiSyncKind = 'pg-auto-failover';
      continue;
    }
    // Oracle Data Guard in Maximum Protection with one synchronized standby: the primary shuts down when it cannot write
    // redo to it (oracle-dg-protection; round 78c r01) — written `protection=maximum-protection` on the primary.
    // (Tibero Standby Cluster's PROTECTION mode too: the primary stops when it cannot send redo to the standby — round 122c r01.)
    const maxProtection = engines.some((e) => ORACLE_ENGINES.has(e) || e === 'tibero') && maximumProtection(n);
    if (!maxProtection && !engines.some((e) => POSTGRES_ENGINES.has(e))) continue;
    s.syncWait = sb.idx;
    sb.syncFor = s.idx;
  }

  // MySQL semi-synchronous replication: a commit waits for the replica's acknowledgement until
  // rpl_semi_sync_source_timeout (10 s), then the source goes on asynchronously (Oracle Data Guard in Maximum
  // Availability: NetTimeout; Db2 HADR: hadr_timeout). Its only such standby lost: the writes wait that long once, and
  // nothing acknowledged is on a copy until it is back.
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    const n = s.node;
    if (s.kind !== 'database' || s.managed || n.role === 'standby' || n.role === 'replica' || !s.takeovers.length) continue;
    // Db2 HADR waits the same way in SYNC and NEARSYNC (hadr_timeout): its only synchronous standby counts too.
    const db2 = DB2_ENGINES.has((textAttr(n, 'engine') ?? '').toLowerCase());
    // Oracle Data Guard's SYNC transport in Maximum Availability waits NetTimeout too, then goes on unprotected.
    const oracle = [n, ...s.takeovers.map((t) => nodes[t.by]!.node)].some((x) => ORACLE_ENGINES.has((textAttr(x, 'engine') ?? '').toLowerCase()));
    // A SQL Server availability group's synchronous-commit secondary: waited for until its SESSION_TIMEOUT.
    const sqlserver = [n, ...s.takeovers.map((t) => nodes[t.by]!.node)].some((x) => SQLSERVER_ENGINES.has((textAttr(x, 'engine') ?? '').toLowerCase()));
    // (An Oracle primary in Maximum Protection does not go on without its standby: the synchronous case above.)
    if (oracle && maximumProtection(n)) continue;
    const waitsOut = db2 || oracle || sqlserver;
    const lossless = (t: Takeover): boolean => { const r = textAttr(nodes[t.by]!.node, 'replication'); return r === 'semi-sync' || (waitsOut && r === 'sync'); };
    const semi = s.takeovers.filter((t) => !t.peer && lossless(t));
    // Two or more such standbys of a source that never falls back (`sync-timeout=none` on one of them: the setting is the
    // source's): each commit waits for one of them, so losing them all stops the writes (round 94b r01, Vitess's
    // semi_sync durability).
    if (semi.length >= 2 && semi.some((t) => textAttr(nodes[t.by]!.node, 'sync-timeout') === 'none') && !semi.some((t) => nodes[t.by]!.managed)) {
      const es = [n, ...semi.map((t) => nodes[t.by]!.node)].map((x) => (textAttr(x, 'engine') ?? '').toLowerCase());
      if (es.some((e) => SQLSERVER_ENGINES.has(e) || MYSQL_FAMILY.has(e))) {
        s.syncWaitAny = semi.map((t) => t.by);
        continue;
      }
    }
    if (semi.length !== 1 || (!waitsOut && s.takeovers.some((t) => !t.peer && textAttr(nodes[t.by]!.node, 'replication') === 'sync'))) continue;
    const sb = nodes[semi[0]!.by]!;
    if (sb.managed) continue;
    const engines = [textAttr(n, 'engine'), textAttr(sb.node, 'engine')].map((e) => (e ?? '').toLowerCase());
    const kind = engines.some((e) => DB2_ENGINES.has(e)) ? 'db2' : engines.some((e) => ORACLE_ENGINES.has(e)) ? 'oracle' : engines.some((e) => SQLSERVER_ENGINES.has(e)) ? 'sqlserver' : engines.some((e) => MYSQL_FAMILY.has(e)) ? 'mysql' : null;
    if (kind === null) continue;
    // A MySQL source waits for one acknowledgement (rpl_semi_sync_source_wait_for_replica_count, default 1): a read replica
    // written semi-synchronous acknowledges too, so losing the standby alone stalls nothing and every commit is still on
    // a copy (round 118b r03: "its only semi-synchronous replica" beside a second one).
    if (kind === 'mysql' && nodes.some((x) => x.idx !== sb.idx && x.node.of === n.name && x.node.role === 'replica' && !x.managed && textAttr(x.node, 'replication') === 'semi-sync')) continue;
    // `sync-timeout=none` on the standby: the primary never goes on without it — a MySQL source whose
    // rpl_semi_sync_source_timeout outlasts any outage, a SQL Server primary with REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT
    // (Microsoft, CREATE AVAILABILITY GROUP: the commits wait for that many synchronized secondaries). The commits wait
    // until it is back, as a self-run PostgreSQL's do (92c r05/r06). (Oracle's way is Maximum Protection, `protection=`;
    // Db2's hadr_peer_window ends.)
    if ((kind === 'mysql' || kind === 'sqlserver') && textAttr(sb.node, 'sync-timeout') === 'none') {
      s.syncWait = sb.idx;
      sb.syncFor = s.idx;
      continue;
    }
    sb.semiSyncFor = s.idx;
    sb.semiSyncKind = kind;
  }

  // Read replicas, and standbys that also serve reads (`standby readable`: an Aurora reader, a hot standby). Their reads
  // go to the source when they are gone only behind Aurora's reader endpoint (it falls back to the writer); an RDS or
  // self-run replica read at its own address fails its reads until it is back (readsFallBack).
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    const n = s.node;
    if (!n.of || !(n.role === 'replica' || (n.role === 'standby' && servesReads(n, readsInto)))) continue;
    const x = byName.get(n.of);
    if (x === undefined || x === s.idx) continue;
    s.readsFrom = x;
    // A database proxy or balancer in front of it (ProxySQL keeps the writer in its reader hostgroup) sends its reads
    // to the primary as well when the replicas are gone.
    // HAProxy is the exception: its read backend (`/replica` checks) holds the replicas only, so a lost one's reads go to
    // the other replicas once its checks fail, not to the primary.
    // RDS Proxy is another: its read-only endpoint waits for a reader and fails the request after its connection borrow
    // timeout, never sending it to the writer (RDS Proxy endpoints; round 69b r03).
    const viaRdsProxy = s.callers.length > 0 && s.callers.every((c) => RDS_PROXY.has(engineOf(nodes[c]!.node)));
    // (Nor an AlloyDB read pool: its endpoint is the pool's own load balancer, which sends nothing to the primary —
    // round 70b r08; its cluster volume is Aurora-like, its endpoints are not.)
    const alloyPool = engineOf(n) === 'alloydb' && n.role === 'replica';
    // (Nor a copy in another region — an Aurora Global Database's secondary cluster: its reader endpoint has no writer in
    // its region to fall back to; round 80b r02.)
    const farCopy = crossRegion(design, n, nodes[x]!.node);
    const endpoint = s.timings.profile.clusterVolume === true || nodes[x]!.timings.profile.clusterVolume === true;
    s.readsFallBack = !viaRdsProxy && !alloyPool && !farCopy && (endpoint || s.callers.some((c) => (nodes[c]!.kind === 'load-balancer' || nodes[c]!.or === 'lb') && nodes[c]!.timings.profile.id !== 'haproxy'));
    s.directReads = s.readsFallBack && !endpoint && s.callers.some((c) => nodes[c]!.kind !== 'load-balancer' && nodes[c]!.or !== 'lb');
  }
  // A managed service that promotes a second instance (Aurora) has one when a standby or replica node copies it.
  for (let si = 0; si < nodes.length; si++) {
    const n = nodes[si]!.node;
    const x = n.of && (n.role === 'replica' || n.role === 'standby') ? byName.get(n.of) : undefined;
    if (x === undefined || x === si) continue;
    // (Not a global database's secondary cluster in another region: the writer fails over to a replica of its own cluster,
    // and with none it is re-created — round 121 r03 took the secondary region's cluster for one and said 1 min.)
    if (globalClusterSecondary(n, design) || crossRegion(design, n, nodes[x]!.node)) continue;
    const xs = nodes[x]!;
    if (xs.restoreBy === 'failover' && xs.timings.profile.values.failoverAlone && xs.timings.failover) xs.restore = xs.timings.failover.value;
  }

  // A Galera or CockroachDB cluster called by plain callers only: each holds one member's address (directMembers).
  for (const s of nodes) {
    if (s.group === null || s.instances < 2 || s.vip || s.callers.length === 0 || !MEMBER_ADDRESSED.has(engineOf(s.node)) || textAttr(s.node, 'failover') === 'client') continue;
    s.directMembers = s.callers.every((c) => {
      const k = nodes[c]!;
      return k.or === null && k.kind !== 'load-balancer' && k.kind !== 'gateway' && k.kind !== 'cdn' && k.kind !== 'dns';
    });
  }

  // A Google Cloud load balancer in front of serverless NEGs only: no health check reaches them (serverlessNeg).
  const serverlessOnly = new Map<number, boolean>();
  for (let k = 0; k < ix.count; k++) {
    const a = ix.from[k]!;
    if (nodes[a]!.timings.profile.id !== 'gcp-lb') continue;
    serverlessOnly.set(a, (serverlessOnly.get(a) ?? true) && nodes[ix.to[k]!]!.timings.profile.id === 'serverless');
  }
  for (const [a, only] of serverlessOnly) {
    if (!only) continue;
    const s = nodes[a]!;
    s.serverlessNeg = true;
    s.lbDetect = s.node.attrs.has('health-check') && flagAttr(s.node, 'health-check') !== false ? GCP_OUTLIER.interval.v : null;
  }

  // ProxySQL in front of Galera groups only (mysql_galera_hostgroups): its Galera health check, every second, removes a
  // member after three timed-out checks (round 39: the 8 s pings gave 24 s).
  // MaxScale in front of Galera groups runs the Galera Monitor (galeramon), which has no failcount: a member it cannot
  // reach is down at the next pass — monitor_interval + backend_connect_timeout (round 40: the MariaDB Monitor's
  // failcount 5 gave 25 s).
  for (const s of nodes) {
    const id = s.timings.profile.id;
    if ((id !== 'proxysql' && id !== 'maxscale') || s.lbDetect === null || !s.callees.length || s.timings.interval.attr !== null || s.timings.failures.attr !== null) continue;
    if (!s.callees.every((c) => GALERA_ENGINES.has(engineOf(nodes[c]!.node)))) continue;
    s.galeraCheck = true;
    s.lbDetect = id === 'proxysql' ? PROXYSQL_GALERA.interval.v * PROXYSQL_GALERA.timeouts.v : s.timings.interval.value + s.timings.timeout.value;
  }
  // MaxScale in front of a Galera cluster routes with readwritesplit, as its documentation deploys it: the Galera Monitor gives
  // one member the Master role and every write goes there — losing another member fails no write; losing that one fails them
  // until the monitor names the next (maxscale-galeramon; round 110c r04 spread the writes over every member, a third failing
  // with each). The language cannot name the router: a readconnroute service spreading connections is not said.
  for (const b of nodes) {
    if (b.instances < 2 || b.activeOne || !GALERA_ENGINES.has(engineOf(b.node)) || !b.callers.length) continue;
    if (b.callers.every((c) => nodes[c]!.timings.profile.id === 'maxscale' && nodes[c]!.galeraCheck)) b.activeOne = true;
  }

  m.horizon = horizonOf(design, nodes);

  compileRoutes(design, ix, nodes);
  // A balancer that also needs a data store of its own beside the servers it balances (an auth lookup in a database, a
  // recording on a disk): the store is a dependency, not one more backend — it needs both, and still routes around a
  // dead server after its checks (lbDetect), as a proxy with a mounted share does.
  for (const s of nodes) {
    if (s.or !== 'lb' || s.routes || s.callees.length < 2) continue;
    let servers = 0;
    let stores = 0;
    for (const c of s.callees) {
      const k = nodes[c]!.kind;
      if (UPSTREAM_KINDS.has(k ?? '')) servers++;
      else if (k === 'database' || k === 'storage' || k === 'cache') stores++;
    }
    // (One server tier: with several, the servers are the pool's alternatives, which a caller of each cannot say.)
    if (servers === 1 && stores > 0 && servers + stores === s.callees.length) s.or = null;
  }
  compileClasses(design, ix, nodes, clientKeepers);
  // A caller with request classes and a cache in front of one: the cache's class, and each class it reads beside it, take
  // the share their route has — the routes split the written `share=P%` and the rest evenly over every class the edges
  // name, where the cache's own split counted only the classes beside it (round 113 r02: half the requests through the
  // cache where its route had 40 %, and cache-loss-overload judged another load than the run's).
  for (const s of nodes) {
    if (!s.routes || !s.soft.length) continue;
    for (const e of s.soft) {
      // (A cache read for one class only — `web -> cache : reads` beside `web -> db : reads` and `: writes` — takes that class's
      // share too, not every request: round 123b r01 loaded it with the writes and took them off the database.)
      if (e.share === undefined && e.via === undefined) continue;
      const own = parseRouteLabel(edgeLabel.get(s.idx * nodes.length + e.cache) ?? null)?.label;
      const r = s.routes.find((x) => x.label === own && e.fallbacks.some((f) => x.pool.includes(f)));
      if (!r) continue;
      e.share = r.share;
      e.route = s.routes.indexOf(r);
      if (e.direct && e.directShare)
        e.direct.forEach((f, k) => {
          const d = s.routes!.find((x) => x !== r && x.pool.includes(f));
          if (d) e.directShare![k] = d.share;
        });
    }
  }
  compileDnsWeights(design, ix, nodes);
  compileNearest(design, nodes);
  compilePeerCalls(nodes, edgeLabel);

  // Entries.
  const clients = nodes.filter((n) => n.client);
  m.entries = clients.length ? clients.map((n) => n.idx) : sourceEntries(design, nodes);
  m.hasRate = clients.some((c) => (c.rate ?? 0) > 0);
  return m;
}

/** Every node a node's requests may go to: its callees, the caches and their fallbacks, its takeovers, its read source. */
function succOf(s: CompiledNode): number[] {
  if (!s.soft.length && !s.takeovers.length && s.readsFrom < 0 && s.demotesWith < 0 && !s.forwards.length) return s.callees;
  const out = [...s.callees, ...s.forwards];
  if (s.demotesWith >= 0) out.push(s.demotesWith);
  if (s.syncWait >= 0) out.push(s.syncWait);
  for (const e of s.soft) out.push(e.cache, ...e.fallbacks);
  for (const t of s.takeovers) out.push(t.by);
  if (s.readsFrom >= 0) out.push(s.readsFrom);
  return [...new Set(out)];
}

function orderOf(m: CompiledModel): Ordered {
  const nodes = m.nodes;
  // Topological order with cycles broken (iterative DFS; back edges marked).
  const succList = nodes.map(succOf);
  const succ = (i: number): number[] => succList[i]!;
  const state = new Uint8Array(nodes.length); // 0 new, 1 on stack, 2 done
  const post: number[] = [];
  for (let r = 0; r < nodes.length; r++) {
    if (state[r] !== 0) continue;
    const stack: { i: number; next: number[]; k: number }[] = [{ i: r, next: succ(r), k: 0 }];
    state[r] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.k < top.next.length) {
        const j = top.next[top.k++]!;
        if (state[j] === 1) {
          const v = nodes[top.i]!;
          if (v.backSet === NO_BACK) v.backSet = new Set<number>();
          (v.backSet as Set<number>).add(j);
        }
        else if (state[j] === 0) {
          state[j] = 1;
          stack.push({ i: j, next: succ(j), k: 0 });
        }
      } else {
        state[top.i] = 2;
        post.push(top.i);
        stack.pop();
      }
    }
  }
  const order = post.reverse();
  const succAll = nodes.map((s) => (s.backSet.size ? succ(s.idx).filter((j) => !s.backSet.has(j)) : succ(s.idx)));
  return { order, succ: succAll, all: succList };
}

/** The simulator's parts of the model (after the order and back edges, orderOf): places used, routers, state flow. */
function finish(m: CompiledModel): Late {
  const nodes = m.nodes;
  const { order, all } = m.ordered();
  // Predecessors include the back edges: an edge that closes a cycle still carries a total outage.
  const preds: number[][] = nodes.map(() => []);
  nodes.forEach((s) => all[s.idx]!.forEach((j) => preds[j]!.push(s.idx)));

  const regions = new Set<string>();
  const zones = new Set<string>();
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    if (s.client || s.ignored) continue;
    for (let i = 0; i < s.instances; i++) {
      const z = s.zoneOf(i);
      if (z) zones.add(z);
      const r = s.regionOf(z);
      if (r) regions.add(r);
    }
  }

  const routers: number[][] = nodes.map(() => []);
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    // (A caller that needs each callee but routes around a dead instance of one — a proxy that also mounts a share — too.)
    // (And a health-checked round-robin DNS name over a balancer tier's instances — a GSLB checking each address it hands
    // out: a dead instance leaves its answers too; round 97c r02.)
    const lbs = s.callers.filter((c) => nodes[c]!.or === 'lb' || (nodes[c]!.lbDetect !== null && (UPSTREAM_KINDS.has(s.kind ?? '') || (nodes[c]!.kind === 'dns' && textAttr(nodes[c]!.node, 'routing') === 'round-robin'))));
    routers[s.idx]!.push(...lbs);
    for (const t of s.takeovers) routers[t.by]!.push(...lbs);
  }
  // A balancer that calls a standby and its primary both reaches the standby twice: once each.
  for (let i = 0; i < routers.length; i++) if (routers[i]!.length > 1) routers[i] = [...new Set(routers[i]!)];

  const pos = new Int32Array(nodes.length);
  order.forEach((i, k) => (pos[i] = k));
  const fallbackOf = new Map<number, number[]>();
  for (const s of nodes)
    for (let ei = 0; ei < s.soft.length; ei++) {
      const e = s.soft[ei]!;
      // (Through a cache proxy: the caches behind it fall back as it does.)
      const at = nodes[e.cache]!.kind === 'cache' ? [e.cache] : [e.cache, ...nodes[e.cache]!.callees];
      for (const c of at) {
        const list = fallbackOf.get(c) ?? [];
        for (const f of e.fallbacks) if (!list.includes(f)) list.push(f);
        fallbackOf.set(c, list);
      }
    }

  const { loadOrder, loadPos, loadSucc } = loadFlow(m, order, pos);
  return { regionsUsed: [...regions], zonesUsed: [...zones], routers, preds, pos, fallbackOf, loadOrder, loadPos, loadSucc };
}

/**
 * The order the load is computed in and where it flows (Model.loadOrder, loadSucc): a queue's consumers take its
 * messages, so they come after it — a topological order of the request edges (back edges removed) that also puts each
 * queue before its consumers unless a request edge forbids it (a consumer calling what produces to the queue: that
 * consumer's messages are then left out, as before). Ties keep `order`'s positions.
 */
function loadFlow(m: CompiledModel, order: number[], pos: Int32Array): Pick<Model, 'loadOrder' | 'loadPos' | 'loadSucc'> {
  const nodes = m.nodes;
  const { succ } = m.ordered();
  if (!m.hasRate || !nodes.some((q) => q.consumers.length > 0)) return { loadOrder: order, loadPos: pos, loadSucc: succ };
  const n = nodes.length;
  // Each queue's consumer edges that are not request edges too (the soft constraints of the order).
  const toConsumers = nodes.map((q, i) => (q.consumers.length ? q.consumers.filter((c) => !succ[i]!.includes(c)) : q.consumers));
  const hard = new Int32Array(n);
  const soft = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (const j of succ[i]!) hard[j]!++;
    for (const j of toConsumers[i]!) soft[j]!++;
  }
  // A min-heap of ready nodes by their position in `order`.
  const heap: number[] = [];
  const push = (x: number): void => {
    heap.push(x);
    let k = heap.length - 1;
    while (k > 0) {
      const up = (k - 1) >> 1;
      if (pos[heap[up]!]! <= pos[x]!) break;
      heap[k] = heap[up]!;
      k = up;
    }
    heap[k] = x;
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      let k = 0;
      for (;;) {
        const a = 2 * k + 1;
        if (a >= heap.length) break;
        const b = a + 1;
        const c = b < heap.length && pos[heap[b]!]! < pos[heap[a]!]! ? b : a;
        if (pos[heap[c]!]! >= pos[last]!) break;
        heap[k] = heap[c]!;
        k = c;
      }
      heap[k] = last;
    }
    return top;
  };
  const done = new Uint8Array(n);
  const queued = new Uint8Array(n);
  const ready = (j: number): void => {
    queued[j] = 1;
    push(j);
  };
  for (let i = 0; i < n; i++) if (hard[i] === 0 && soft[i] === 0) ready(i);
  const loadOrder: number[] = [];
  let next = 0;
  while (loadOrder.length < n) {
    if (!heap.length) {
      // A cycle through a queue's consumers: the first node in `order` no request edge still waits for goes next.
      while (next < n && (done[order[next]!] || hard[order[next]!]! > 0)) next++;
      ready(next < n ? order[next]! : order.find((i) => !done[i])!);
    }
    const x = pop();
    if (done[x]) continue;
    done[x] = 1;
    loadOrder.push(x);
    for (const j of succ[x]!) {
      hard[j]!--;
      if (!done[j] && !queued[j] && hard[j] === 0 && soft[j] === 0) ready(j);
    }
    for (const j of toConsumers[x]!) {
      soft[j]!--;
      if (!done[j] && !queued[j] && hard[j] === 0 && soft[j] === 0) ready(j);
    }
  }
  const loadPos = new Int32Array(n);
  loadOrder.forEach((i, k) => (loadPos[i] = k));
  // The sweep's sparse runs follow a consumer edge only where the messages' load can show: something at or behind the
  // consumer with a capacity, an autoscaler or a connection limit. Elsewhere the load changes nothing a run reports, and
  // following every consumer would make each sparse run the whole graph (the 1,000-node sweep went from 0.7 s to 5 s).
  const weighs = new Uint8Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const i = loadOrder[k]!;
    const x = nodes[i]!;
    let w = x.capacity !== null || x.autoscale !== null || x.node.attrs.has('max-connections') || x.node.attrs.has('connections');
    for (const j of succ[i]!) if (weighs[j]) w = true;
    for (const j of x.consumers) if (weighs[j]) w = true;
    for (const e of x.soft) for (const j of [e.cache, ...e.fallbacks]) if (weighs[j]) w = true;
    weighs[i] = w ? 1 : 0;
  }
  const sparseSucc = succ.map((next, i) => {
    const cs = toConsumers[i]!.filter((c) => weighs[c]);
    return cs.length ? [...next, ...cs] : next;
  });
  return { loadOrder, loadPos, loadSucc: sparseSucc };
}

/** The request graph as names, for rules that must agree with the simulator. */
export interface RequestGraph {
  entries: string[];
  /** Per node: its callees and whether they are alternatives (any one will do). */
  needs: Map<string, { callees: string[]; anyOf: boolean }>;
  /** Cache edges that are not needed: the cache's loss moves its load to `fallbacks`. */
  softEdges: { from: string; cache: string; fallbacks: string[] }[];
  /** Per node: who takes over when it is fully down (standbys, second primaries; a read replica's source). */
  takeovers: Map<string, string[]>;
}

export function requestGraph(design: Design): RequestGraph {
  const m = buildModel(design);
  const name = (i: number): string => m.nodes[i]!.name;
  const needs = new Map<string, { callees: string[]; anyOf: boolean }>();
  const softEdges: RequestGraph['softEdges'] = [];
  const takeovers = new Map<string, string[]>();
  for (const s of m.nodes) {
    needs.set(s.name, { callees: s.callees.map(name), anyOf: s.or !== null });
    for (const e of s.soft) softEdges.push({ from: s.name, cache: name(e.cache), fallbacks: e.fallbacks.map(name) });
    const by = s.takeovers.map((t) => name(t.by));
    if (s.readsFrom >= 0 && s.readsFallBack) by.push(name(s.readsFrom));
    if (by.length) takeovers.set(s.name, by);
  }
  return { entries: m.entries.map(name), needs, softEdges, takeovers };
}

/**
 * Entries of a design without clients: every node that nothing calls (a node
 * with no edge at all included: it is a service of its own), plus, for each
 * cycle nothing outside it calls, its first declared node. Monitors and copies
 * (`standby|replica|primary of=X` of an existing node) are never entries.
 * Shared by the simulator, the estimate and the single-point-of-failure rule.
 */
function sourceEntries(design: Design, nodes: SimNode[]): number[] {
  const next = (i: number): number[] => {
    const s = nodes[i]!;
    return s.soft.length ? [...s.callees, ...s.soft.map((e) => e.cache)] : s.callees;
  };
  // A consumer's work starts at its queue: it is the processing flow, not an entry of requests.
  // (Nor a group named only as another node's `coordinator=` or `witness=` and called by nothing — Patroni's etcd: it serves
  // no user request, and its loss matters through the database it coordinates; round 120 r05 made it an entry.)
  const coordinating = new Set<string>();
  for (const n of design.nodes.values())
    for (const a of ['coordinator', 'witness']) {
      const v = textAttr(n, a);
      if (v) coordinating.add(v);
    }
  const eligible = (s: SimNode): boolean =>
    !s.ignored && copyOf(design, s.node) === null && s.consumes.length === 0 && !(coordinating.has(s.name) && !s.callees.length && !s.callers.length);
  const { comp, count } = stronglyConnected(nodes.length, next);
  const size = new Int32Array(count);
  const calledFromOutside = new Uint8Array(count);
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    size[comp[s.idx]!]!++;
    const cs = s.callers;
    for (let k = 0; k < cs.length; k++) if (comp[cs[k]!] !== comp[s.idx]) calledFromOutside[comp[s.idx]!] = 1;
  }
  const taken = new Uint8Array(count);
  const out: number[] = [];
  for (let si = 0; si < nodes.length; si++) {
    const s = nodes[si]!;
    const c = comp[s.idx]!;
    if (taken[c] || calledFromOutside[c] || !eligible(s)) continue;
    if (size[c] === 1 && s.callers.length > 0) continue;
    taken[c] = 1;
    out.push(s.idx);
  }
  return out;
}

/**
 * Strongly connected components (Tarjan, iterative). Components are numbered in
 * the order Tarjan completes them: every component a node can reach has a
 * smaller number than its own (callees first).
 */
export function stronglyConnected(n: number, next: (i: number) => readonly number[]): { comp: Int32Array; count: number } {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const call: number[] = [];
  const pos: number[] = [];
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    call.push(root);
    pos.push(0);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (call.length) {
      const top = call.length - 1;
      const v = call[top]!;
      const ws = next(v);
      const p = pos[top]!;
      if (p < ws.length) {
        pos[top] = p + 1;
        const w = ws[p]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          call.push(w);
          pos.push(0);
        } else if (onStack[w] && index[w]! < low[v]!) low[v] = index[w]!;
        continue;
      }
      call.pop();
      pos.pop();
      if (call.length) {
        const u = call[call.length - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
      if (low[v] === index[v]) {
        for (;;) {
          const w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = count;
          if (w === v) break;
        }
        count++;
      }
    }
  }
  return { comp, count };
}

/**
 * A standby of a self-run Redis with no Sentinel and no cluster mode, and nothing else named to promote it (no
 * coordinator, no timings of a promoting script): Redis replication never promotes a replica by itself
 * (redis-replication; docs/defaults.md).
 */
export function redisWithoutManager(standby: TopologyNode, source: TopologyNode): boolean {
  if (standby.kind !== 'cache' || !isRedis(source) || source.managed || standby.managed) return false;
  const mode = (t: TopologyNode): string | null => textAttr(t, 'mode');
  if (mode(source) === 'sentinel' || mode(source) === 'cluster' || mode(standby) === 'sentinel' || mode(standby) === 'cluster') return false;
  // Timings written on the standby (`heartbeat=`, `promote=`) name a script that promotes it (keepalived's vrrp_script).
  if (standby.attrs.has('heartbeat') || standby.attrs.has('promote') || standby.attrs.has('down-after') || standby.attrs.has('fencing')) return false;
  // So does a cluster manager written as the standby's engine (keepalived's notify_master running REPLICAOF NO ONE,
  // Pacemaker's redis resource agent): round 77 r01 read it as a person's promotion.
  if ([standby, source].some((t) => /^(keepalived|pacemaker|heartbeat|corosync)$/i.test(textAttr(t, 'engine') ?? ''))) return false;
  return textAttr(standby, 'coordinator') === null && textAttr(source, 'coordinator') === null;
}

/** Edge labels of a DNS zone transfer: the secondary keeps its copy of the zone (RFC 1035 SOA expire, RFC 5936). */
const ZONE_TRANSFER = /\b(zone[-\s]?transfers?|axfr|ixfr)\b|존\s?전송|영역\s?전송/i;
/** Edge labels of a dependency used only at start: unsealing, bootstrapping, fetching a configuration once. */
const STARTUP_ONLY = /\b(auto-?unseal|unseal|bootstrap|startup|start-?up|on start|at start|boot)\b|기동 시|시작 시|부팅|언실/i;
/** Edge labels of a configuration store read by a balancer or gateway (its routes, services, plugins, credentials). */
const CONFIG_ONLY = /\b(config|configs|configuration|settings|xds)\b|설정|구성\s*정보/i;

/**
 * An edge from a balancer or gateway to the store it keeps its own configuration in: a database or storage node the
 * label calls configuration, or any database behind Kong (`engine=kong`), which avoids database connections when proxying
 * and serves from its in-memory copy (Kong Gateway, traditional mode).
 */
export function configStoreEdge(from: { kind: string | null; node: TopologyNode }, to: { kind: string | null }, label: string): boolean {
  // Envoy's discovery service (xDS) from any proxy — an ingress gateway or a sidecar beside an application: the proxy
  // serves on the last configuration pushed to it (round 89b r01).
  if (/\bxds\b/i.test(label) && to.kind !== 'client') return true;
  if (from.kind !== 'gateway' && from.kind !== 'load-balancer') return false;
  // (Or a control plane that pushes it — Istio's istiod serving xDS to an ingress gateway: the proxy keeps serving on
  // the last configuration it received — round 89b r01/r02. Not a path route to a configuration service: `/config/*`.)
  if (to.kind === 'service' || to.kind === 'app-server') return CONFIG_ONLY.test(label) && !label.trim().startsWith('/') && !/\bhost\s*=/.test(label);
  if (to.kind !== 'database' && to.kind !== 'storage') return false;
  return CONFIG_ONLY.test(label) || /^kong$/i.test(textAttr(from.node, 'engine') ?? '');
}

/**
 * Whether a node is reached only as a balancer's or gateway's configuration store or as a dependency used at start:
 * no request reads or writes it, so what it holds is no user's acknowledged write (round 85 r02).
 */
export function controlPlaneOnly(design: Design, name: string): boolean {
  const to = design.nodes.get(name);
  if (!to) return false;
  let any = false;
  for (const e of design.edges) {
    if (e.to !== name) continue;
    const from = design.nodes.get(e.from);
    if (!from) continue;
    const label = e.label?.trim() ?? '';
    if (!STARTUP_ONLY.test(label) && !configStoreEdge({ kind: from.kind, node: from }, to, label)) return false;
    any = true;
  }
  return any;
}

/** Edge labels of service discovery or registration (a registry's clients fetch and cache it). */
const DISCOVERY_ONLY = /\b(service[-\s]?)?discovery\b|\bservice[-\s]?registr(y|ation)\b|\bregistry\b|디스커버리|레지스트리|서비스\s*(등록|탐색|디스커버리)/i;
/** Edge labels of a watch on a coordination store (the caller keeps what the watch last sent): only into a consensus node. */
const WATCH_ONLY = /\bwatch(es|ing)?\b|\btopo(logy)?[-\s]?(server|service|watch)\b|\bserving[-\s]?graph\b|\bsrv[-_]?topo\b|워치|감시\s*스트림/i;
/** A service registry whose clients keep a cached copy (Netflix Eureka, Nacos), by engine, name or label. */
// (And a schema registry: Confluent's serializers use a caching client — the schema ids an instance has used are kept, so a
// running producer or consumer goes on without it; only a new schema or a newly started instance waits. Apicurio's and
// Karapace's clients the same; round 126b r03 read it as a single point of failure for every produce.)
const CACHED_REGISTRY = /\b(eureka|nacos|schema[-_ ]?registry|apicurio|karapace)\b|유레카|스키마 ?레지스트리/i;

/** An edge to a service registry its clients cache, or labelled as discovery or registration: no request waits on it. */
export function registryEdge(to: { kind: string | null; node: TopologyNode }, label: string): boolean {
  // (A voting group named as a registry by its edge too — ZooKeeper holding ARCUS's cache list, Dubbo's providers: the
  // clients keep the list they last read — round 89 r06. Its other readings, Consul's below, stay.)
  if (label && DISCOVERY_ONLY.test(label)) return true;
  // (A watch on a coordination store — Vitess's topology server, a Kubernetes-style informer on etcd, a ZooKeeper watch:
  // the caller serves from what it last received; round 102b r01 read `vtgate -> topo : topo watch` as needed per query.)
  if (to.kind === 'consensus') return !!label && WATCH_ONLY.test(label);
  let r = cachedRegistry.get(to.node);
  if (r === undefined) cachedRegistry.set(to.node, (r = CACHED_REGISTRY.test(`${textAttr(to.node, 'engine') ?? ''} ${to.node.name} ${textAttr(to.node, 'label') ?? ''}`)));
  return r;
}
/** Per node, whether it is a registry its clients cache (read once per node, not once per edge into it). */
const cachedRegistry = new WeakMap<TopologyNode, boolean>();

/** An edge label for alerts or notifications sent on the side (no request waits for them). */
const ALERT_ONLY = /\balert(s|ing)?\b|경보|알람/i;
/** A CDN origin that only apologises: a sorry page, a maintenance or error page. */
const APOLOGY_ORIGIN = /\bsorry\b|\bmaintenance\b|\berror[-\s]?page|\boutage[-\s]?page|점검\s*(중|페이지|안내)|장애\s*안내|사과\s*페이지|안내\s*페이지/i;

const reached = new WeakMap<Model, Uint8Array>();

/** Per node, 1 when some entry's requests can reach it (calls, takeovers, reads: the model's `succ`), else 0. */
export function reachedFromEntries(m: Model): Uint8Array {
  let seen = reached.get(m);
  if (seen) return seen;
  seen = new Uint8Array(m.nodes.length);
  const stack = [...m.entries];
  for (const i of stack) seen[i] = 1;
  while (stack.length) for (const c of m.succ[stack.pop()!]!) if (!seen[c]) {
    seen[c] = 1;
    stack.push(c);
  }
  reached.set(m, seen);
  return seen;
}

const idle = new WeakMap<Model, Uint8Array>();

/**
 * Per node, 1 when the entries' requests reach it only through a failover record's later answer (a recovery site's
 * tiers): nothing is written to it while the record answers with its primary (round 39b: a warm standby region's empty
 * cache was counted as data lost with its region).
 */
export function idleAtRest(m: Model): Uint8Array {
  let out = idle.get(m);
  if (out) return out;
  const active = new Uint8Array(m.nodes.length);
  const stack = [...m.entries];
  for (const i of stack) active[i] = 1;
  while (stack.length) {
    const s = m.nodes[stack.pop()!]!;
    let next = s.or === 'dns-failover' && s.callees.length > 1 ? m.succ[s.idx]!.filter((c) => !s.callees.includes(c) || c === s.callees[0]) : m.succ[s.idx]!;
    // (Nor a router's second-choice targets — Front Door's priority 2: they receive nothing while a first choice is up;
    // round 112c r06 counted lost writes of an idle DR cache behind one.)
    if (s.secondChoice !== null && s.secondChoice.size && s.callees.some((c) => !s.secondChoice!.has(c))) next = next.filter((c) => !s.secondChoice!.has(c));
    // (A copy that would take over for it is no destination at rest: a second primary at the idle site takes no writes
    // until then — round 54b r03 counted a lag lost with the passive site.)
    if (s.takeovers.length) next = next.filter((c) => s.callees.includes(c) || !s.takeovers.some((t) => t.by === c));
    for (const c of next)
      if (!active[c]) {
        active[c] = 1;
        stack.push(c);
      }
  }
  const reach = reachedFromEntries(m);
  out = new Uint8Array(m.nodes.length);
  for (let i = 0; i < out.length; i++) out[i] = reach[i] && !active[i] ? 1 : 0;
  idle.set(m, out);
  return out;
}

/**
 * Whether every caller of node `lost` holds its address only: none calls `other` too, and none is a balancer, a DNS
 * name or a proxy that can send elsewhere (round 37: two masters each called by its own site's application).
 */
export function pinnedTo(nodes: readonly SimNode[], lost: number, other: number): boolean {
  // (One caller that calls both does not move the others: it moves its own requests by itself — compilePeerCalls. The
  // callers that hold the lost one's address only still wait for a person; round 71b r02, Bigtable's single-cluster
  // routing beside an application profile that knew both clusters.)
  return nodes[lost]!.callers.some((c) => !nodes[c]!.ignored && nodes[c]!.or === null && !nodes[c]!.callees.includes(other));
}

/**
 * A label on a caller's edge to one of two primaries saying it is used only when the other fails: "fallback",
 * "failover", "backup", "secondary", "preferred region 2", "보조", "예비", "장애 시".
 */
export const SECOND_CHOICE = /(fall[-\s]?back|fail[-\s]?over|backup|secondary|standby|\b2nd\b|second\b|preferred\s*(region\s*)?[2-9]|priority\s*[2-9]|보조|예비|대체|폴백|장애\s*시|2순위|우선\s*순위\s*2)/i;

/**
 * Callers of more than one primary of an active-active set (`app -> db-a`, `app -> db-b`, `db-b: primary of=db-a`):
 * the caller knows every address — a multi-host connection string, an SDK's preferred-region list, DFS referrals — and
 * is its own failover: a lost primary's share of its requests fails until its connect timeout passes, then goes to
 * another primary it calls (the engine's peer sets). Without it, the two edges read as both needed, so losing either
 * failed every request until the peers' takeover (rounds 70b r03, 71 r04, 71b r02).
 * Each member gets an even share of the caller's requests; an edge whose label says it is the second choice
 * (SECOND_CHOICE: "preferred region 2", "fallback") gets none while another member serves.
 * (Not on a caller with request classes or caches in front: their callees are shared out by class.)
 */
function compilePeerCalls(nodes: CompiledNode[], edgeLabel: ReadonlyMap<number, string>): void {
  for (const c of nodes) {
    if (c.ignored || c.or !== null || c.routes !== null || c.callees.length < 2) continue;
    let sets: { members: number[]; share: number[] }[] | null = null;
    const seen = new Set<number>();
    for (const a of c.callees) {
      if (seen.has(a) || c.back.has(a)) continue;
      const members = [a];
      for (let k = 0; k < members.length; k++)
        for (const t of nodes[members[k]!]!.takeovers)
          if (t.peer && !members.includes(t.by) && c.callees.includes(t.by) && !c.back.has(t.by)) members.push(t.by);
      if (members.length < 2) continue;
      for (const x of members) seen.add(x);
      members.sort((x, y) => c.callees.indexOf(x) - c.callees.indexOf(y));
      const second = members.map((x) => SECOND_CHOICE.test(edgeLabel.get(c.idx * nodes.length + x) ?? ''));
      const first = second.filter((x) => !x).length;
      const share = members.map((_, k) => (first === 0 ? 1 / members.length : second[k] ? 0 : 1 / first));
      (sets ??= []).push({ members, share });
    }
    c.peerSets = sets;
  }
}

/** Linux nfsd's NFSv4 grace period after a (re)start: 90 s, the default lease time (fs/nfsd, docs/defaults.md nfsd-grace). */
export const NFS_GRACE = 90;
const NFS_PRODUCTS = /^(ontap|netapp|efs|aws-efs|filestore|azure-files|azure-netapp-files|isilon|powerscale|fsx)/i;
/** A storage node serving NFS from a self-run Linux server: its name, label or engine says NFS, and no appliance or provider runs it. */
export function selfRunNfs(n: TopologyNode, design?: Design): boolean {
  if (n.kind !== 'storage' || n.managed || NFS_PRODUCTS.test(textAttr(n, 'engine') ?? '')) return false;
  // (Or an edge to it saying so — `직원 -> fs1 : NFS/SMB`: round 124 r01 left out the grace period for such a share.)
  return /\bnfs\w*\b/i.test(`${n.name} ${textAttr(n, 'label') ?? ''} ${textAttr(n, 'engine') ?? ''}`) || (!!design && design.edges.some((e) => e.to === n.name && /\bnfs\w*\b/i.test(e.label ?? '')));
}

/** Failover-manager products a `monitor` node can run, by the standby's profile id. */
const MANAGER_PROFILES = new Set(['orchestrator', 'mha', 'pg-auto-failover']);

const managerIndex = new WeakMap<Design, Map<string, { name: string; profile: ProfileId }[]>>();
/** Per primary name: the one-instance monitor nodes running a failover manager (`engine=orchestrator`) that watch it. */
function managersWatching(design: Design): Map<string, { name: string; profile: ProfileId }[]> {
  let index = managerIndex.get(design);
  if (index) return index;
  index = new Map();
  for (const m of design.nodes.values()) {
    if (m.kind !== 'monitor' || instanceCount(m) !== 1) continue;
    const profile = ENGINE_PROFILES[(textAttr(m, 'engine') ?? '').toLowerCase()];
    if (!profile || !MANAGER_PROFILES.has(profile)) continue;
    for (const w of namesAttr(m, 'watches')) {
      const l = index.get(w);
      if (l) l.push({ name: m.name, profile });
      else index.set(w, [{ name: m.name, profile }]);
    }
  }
  managerIndex.set(design, index);
  return index;
}

/** The failover manager (its profile) that the one monitor node watching `primary` runs, or null (none, or several). */
function managerOfMonitor(design: Design, primary: TopologyNode): ProfileId | null {
  const found = managersWatching(design).get(primary.name) ?? [];
  return found.length === 1 ? found[0]!.profile : null;
}

/**
 * The one monitor node that runs the same failover manager as the pair's profile (`engine=orchestrator`) and watches
 * its primary: it decides the failover. Null when none, or several (a manager run by several hosts is not one process).
 */
function managerMonitor(design: Design, primary: TopologyNode, profile: string): string | null {
  const found = (managersWatching(design).get(primary.name) ?? []).filter((m) => m.profile === profile);
  return found.length === 1 ? found[0]!.name : null;
}
