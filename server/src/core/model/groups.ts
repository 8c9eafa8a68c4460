/**
 * Nodes whose instances are not interchangeable (failure-model §1, §4; v2
 * decisions "Redis", "Quorum and split brain"): who serves depends on which
 * instance is lost and on who may vote. Shared by the simulator (the engine's
 * group phase), the single-point-of-failure analysis and the rules.
 *
 * - Redis Sentinel (`cache mode=sentinel`): instance #1 is the master, the
 *   others replicas. Clients write to (and, by default, read from) the master
 *   only: a lost replica changes nothing; a lost master fails every request
 *   until the Sentinels see it down (`down-after`, 30 s) and a majority of them
 *   (and at least `quorum=K`) elect a leader that promotes a replica. The last
 *   `lag` of writes is lost (asynchronous replication). Sentinels (`sentinels=`,
 *   default 3) are placed over the cache's zones round-robin; a zone loss takes
 *   its Sentinels with it; a node or instance loss does not.
 * - Redis Cluster (`cache mode=cluster shards=S`, default 3): S masters
 *   (instances #1…#S), the other instances replicas, one shard after another;
 *   each shard's replica sits in another zone than its master (as operators and
 *   ElastiCache place them). A lost master fails its share of the keys until
 *   `node-timeout` (15 s) flags it FAIL; then, with `cluster-require-full-coverage
 *   yes` (Redis's default; a managed cluster, ElastiCache or MemoryDB, has no:
 *   only that shard's keys fail), the whole cluster refuses queries until a replica is elected (~2 s),
 *   which needs a majority of the masters. A shard with no replica leaves its
 *   slots uncovered: the whole cluster stays down until the master is back.
 * - Single-primary quorum groups (`engine=group-replication|mysql-gr|
 *   innodb-cluster|mongodb`): instance #1 is the primary; a majority of the
 *   members must be up for anything to be served; a lost primary is replaced
 *   by election after the detection time (GR 5 s + 5 s expel; MongoDB ~12 s).
 *   `arbiters=K` adds K voters that hold no data (MongoDB arbiters), placed over
 *   the zones after the instances; a zone loss takes its arbiters with it. With
 *   arbiters MongoDB defaults to w: 1 when the data members are no more than a
 *   majority of the voters (PSA), so an election loses the last `lag` of writes.
 * - Majority groups (`consensus` nodes, `engine=etcd|zookeeper|consul|galera|
 *   elasticsearch|opensearch|vault`, or the `quorum` flag): served while a strict
 *   majority of the members is up; clients use any live member.
 */
import type { Design, TopologyNode } from '../syntax/ast';
import { haTiming } from './ha-timings';
import { ENGINE_PROFILES } from './profiles/select';
import { isRedis } from './replication';

export type GroupSpec = SentinelGroup | ClusterGroup | VotingGroup;

export interface SentinelGroup {
  type: 'sentinel';
  instances: number;
  sentinels: number;
  /** Sentinels that must be up for a failover: max(quorum, majority of all Sentinels). */
  need: number;
  /**
   * The zone of Sentinel k (round-robin over the node's zones, as its instances are), or null. Sentinel k < instances runs
   * beside Redis host k and is lost with it; those beyond run on hosts of their own in those zones.
   */
  sentinelZones: (string | null)[];
  downAfter: number;
  promote: number;
}

export interface ClusterGroup {
  type: 'cluster';
  instances: number;
  /** Masters: min(shards, instances). */
  shards: number;
  nodeTimeout: number;
  election: number;
  /**
   * `cluster-require-full-coverage`: with yes (Redis's default) one uncovered slot makes every node answer
   * CLUSTERDOWN; ElastiCache and MemoryDB set it to no, so only the lost shard's keys fail.
   */
  fullCoverage: boolean;
}

export interface VotingGroup {
  type: 'leader' | 'majority';
  /** Every voting member: the instances, then the arbiters (of one shard, when the node is sharded). */
  voters: number;
  /**
   * A sharded leader group (`engine=mongodb shards=3 replicas=9`): each shard is a replica set of its own, with its own
   * primary, election and majority (instances taken shard after shard, as `shards=` splits every node); 1 otherwise.
   */
  shards: number;
  /** Voting members that hold no data (MongoDB arbiters, `arbiters=`): voters instances…voters-1. */
  arbiters: number;
  /**
   * An instance left out of the voting configuration, or -1: Elasticsearch and OpenSearch keep an odd voting set, leaving
   * one of an even number of master-eligible nodes out (which one is their choice: the model takes the last).
   */
  excluded?: number;
  /** The zone of arbiter k (round-robin over the node's zones, after the data members), or null. */
  arbiterZones: (string | null)[];
  /**
   * MongoDB's implicit default write concern is w: 1 when arbiters leave the data-bearing
   * voters no more than a majority (PSA): a new primary lacks the old one's last writes,
   * which are rolled back.
   */
  rollback: boolean;
  /** Leader groups: seconds from losing the primary to a new one serving. */
  election: number;
  /**
   * Majority groups whose ranges each have a leaseholder (CockroachDB): seconds during
   * which the share of the requests whose ranges a lost member led waits for another
   * member to take its leases (its liveness record to expire); 0 for other groups.
   */
  leaseGap: number;
  /**
   * A majority group that is one Raft group (Consul): its requests need the one leader, so `leaseGap` is the election
   * after the leader's loss, during which every request waits — a follower's loss costs nothing.
   */
  oneLeader: boolean;
  /**
   * The members that must be up for the group to serve, when it is not a majority of `voters`: a MinIO pool, whose
   * erasure sets each lose a server's drives at once (minioNeed). Absent: majorityOf(voters).
   */
  need?: number;
}

/** The members a voting group needs up to serve: a majority of its voters, or its own figure (a MinIO pool). */
export function quorumOf(g: { voters: number; need?: number }): number {
  return g.need ?? majorityOf(g.voters);
}

/** Drives per MinIO server when the design cannot say (a common layout; the language has no `drives=`). */
export const MINIO_DRIVES_PER_SERVER = 4;

/**
 * The servers of a MinIO pool of n that must be up for it to take writes (and, as the model reads it, reads): MinIO
 * splits the pool's drives into erasure sets of at most 16, each spread evenly over the servers, with EC:4 parity by
 * default (less for sets under 8 drives: minio-storage-class). A set survives the loss of as many drives as its parity
 * (one fewer for writes when the parity is exactly half the set), so of its `per` drives on each server the pool survives
 * floor(parity / per) lost servers — 2 of 8 servers at 4 drives each (sets of 16, 2 drives a server), not 3 (round 69b r01).
 */
export function minioNeed(n: number, drives = MINIO_DRIVES_PER_SERVER): number {
  const total = n * drives;
  let set = 0;
  for (let s = 16; s >= 2; s--)
    if (total % s === 0 && (s % n === 0 || n % s === 0)) {
      set = s;
      break;
    }
  if (set === 0) return majorityOf(n);
  const per = Math.max(1, set / n);
  const parity = set < 4 ? 1 : set < 6 ? 2 : set < 8 ? 3 : 4;
  const tolerated = Math.floor((2 * parity === set ? parity - 1 : parity) / per);
  return Math.max(1, n - tolerated);
}

function text(n: TopologyNode, key: string): string | null {
  const v = n.attrs.get(key)?.value;
  return v && v.type === 'text' ? v.value : null;
}
function int(n: TopologyNode, key: string): number | null {
  const v = n.attrs.get(key)?.value;
  return v && v.type === 'number' ? v.value : null;
}
function flag(n: TopologyNode, key: string): boolean {
  const v = n.attrs.get(key);
  if (!v) return false;
  return v.value === null ? false : v.value.type === 'bool' ? v.value.value : v.value.type === 'text';
}

export const LEADER_ENGINES = new Set(['group-replication', 'mysql-gr', 'mysql-group-replication', 'innodb-cluster', 'mongodb', 'mongo', 'nats', 'nats-jetstream', 'jetstream', 'vault', 'openbao']);
export const MAJORITY_ENGINES = new Set(['neo4j', 'galera', 'etcd', 'zookeeper', 'consul', 'kraft', 'kafka-kraft', 'mariadb-galera', 'percona-xtradb-cluster', 'pxc', 'cockroachdb', 'cockroach', 'crdb', 'elasticsearch', 'opensearch', 'spanner', 'cloud-spanner', 'minio', 'yugabytedb', 'yugabyte', 'tidb', 'tikv']);
/** Galera spellings (MariaDB Galera, Percona XtraDB Cluster): every member takes writes, certified on every member at commit. */
/**
 * Kafka spellings: its controller quorum (`kafka -> kraft`) is a control plane, not a request dependency; its brokers
 * are no voters (each partition has its own replicas), and with acks=all (the producer default since Kafka 3.0) a
 * write is acknowledged once every in-sync replica has it.
 */
export const KAFKA_ENGINES = new Set(['kafka', 'apache-kafka', 'confluent', 'confluent-kafka', 'kafka-zookeeper']);
/** Kafka's spellings and Amazon MSK: Apache Kafka brokers with its defaults (a topic kept 7 days unless written). */
export const KAFKA_BROKER_ENGINES: ReadonlySet<string> = new Set([...KAFKA_ENGINES, 'msk', 'amazon-msk']);
/** A queue whose consumers form Kafka consumer groups (Kafka's spellings, Amazon MSK, Redpanda: one client protocol). */
const KAFKA_PROTOCOL: ReadonlySet<string> = new Set([...KAFKA_BROKER_ENGINES, 'redpanda']);
export function kafkaProtocol(q: { kind: string | null; node: TopologyNode }): boolean {
  return q.kind === 'queue' && KAFKA_PROTOCOL.has(engineOf(q.node));
}
/**
 * Leaderless stores replicated per key range (Cassandra, ScyllaDB): with `quorum`, each token range has replication
 * factor 3 over the racks (NetworkTopologyStrategy, racks = the node's zones) and a QUORUM request needs 2 of its 3
 * replicas — no cluster-wide vote: the partitions' arithmetic of a Kafka cluster with `quorum` (kafkaStuckShare).
 */
export const RANGED_ENGINES = new Set(['cassandra', 'apache-cassandra', 'scylla', 'scylladb']);

/** A Cassandra or ScyllaDB database (RANGED_ENGINES): its `quorum` is QUORUM per token range. */
export function tokenRanged(n: TopologyNode): boolean {
  return n.kind === 'database' && RANGED_ENGINES.has(engineOf(n));
}

/** A node whose `quorum` is per partition or token range (Kafka's min.insync.replicas, Cassandra's QUORUM), not a vote. */
export function perRangeQuorum(n: TopologyNode): boolean {
  return (n.kind === 'queue' && KAFKA_ENGINES.has(engineOf(n))) || tokenRanged(n);
}
/** Apache Pulsar: its ZooKeeper (metadata store) is a control plane, as Kafka's controllers are. */
export const PULSAR_ENGINES = new Set(['pulsar', 'apache-pulsar']);
export const GALERA_ENGINES = new Set(['galera', 'mariadb-galera', 'percona-xtradb-cluster', 'pxc']);
/** Majority groups whose data is spread in ranges with one leaseholder each (CockroachDB; YugabyteDB's tablet leaders): a lost member's leases move after a gap. */
/**
 * Voting groups that go read-only without their majority (Neo4j: "If the number of failed primaries exceeds the fault
 * tolerance limit, the database becomes read-only", clustering glossary; round 70 r03): the callers that only read are served.
 */
export const READ_ONLY_WITHOUT_MAJORITY: ReadonlySet<string> = new Set(['neo4j', 'elasticsearch', 'opensearch']);

/** Voting groups of one Raft group whose requests (Consul's key-value reads, locks, sessions) need its leader. */
const ONE_LEADER_ENGINES = new Set(['consul', 'etcd', 'neo4j']);
export const LEASE_ENGINES = new Set(['cockroachdb', 'cockroach', 'crdb', 'yugabytedb', 'yugabyte', 'tidb', 'tikv']);
/** Multi-primary clusters whose members each take requests at their own address: a client without a balancer or proxy holds one. */
// (TiKV is reached through its own client, which follows each Region's leader from PD: no member's address is held.)
export const MEMBER_ADDRESSED: ReadonlySet<string> = new Set([...GALERA_ENGINES, ...[...LEASE_ENGINES].filter((e) => e !== 'tidb' && e !== 'tikv')]);
/** Engines whose failover is decided by something outside the pair (a DCS lock, a topology-aware manager). */
export const ARBITER_ENGINES = new Set(['patroni', 'orchestrator', 'mha', 'mha4mysql', 'rds', 'rds-multi-az', 'rds-cluster', 'aurora', 'aurora-mysql', 'aurora-postgresql', 'documentdb', 'docdb', 'amazon-documentdb', 'cloud-sql', 'cloudsql', 'cloud-sql-postgres', 'cloud-sql-postgresql', 'cloud-sql-mysql', 'cloud-sql-sqlserver', 'azure-sql', 'azure-postgres', 'azure-postgresql', 'azure-postgres-flexible', 'azure-postgresql-flexible', 'azure-pg', 'azure-pg-flexible', 'azure-mysql', 'azure-mysql-flexible', 'azure-mysql-flex', 'alloydb', 'alloydb-postgresql']);

/** Database products that keep one database on one primary at a time (more servers are copies of it, never writers). */
export const SINGLE_PRIMARY_ENGINES: ReadonlySet<string> = new Set(['mysql', 'mariadb', 'postgres', 'postgresql', 'oracle', 'sqlserver', 'mssql', 'sql-server', 'ms-sql', 'tibero', 'cubrid', 'altibase']);

export function engineOf(n: TopologyNode): string {
  const e = (text(n, 'engine') ?? '').toLowerCase();
  // A voting group written with Kafka's engine is its KRaft controller quorum (`process.roles=controller`): a Raft group,
  // no brokers, no partitions, no min.insync.replicas (round 122b r01 was told to spread brokers with broker.rack).
  return n.kind === 'consensus' && KAFKA_ENGINES.has(e) ? 'kraft' : e;
}

/**
 * A Memcached cache (`engine=memcached`, `memcache`, `elasticache-memcached`): no replication, no failover, nothing kept
 * across a restart. One predicate for the run, the rules and the fixes.
 */
export function isMemcached(n: TopologyNode): boolean {
  return n.kind === 'cache' && /memcache/i.test(text(n, 'engine') ?? '');
}

/** MySQL NDB Cluster's data nodes: a node group with no data node left shuts the whole cluster down (NDBD_EXIT_LOST_NODE_GROUP). */
export const NDB_ENGINES: ReadonlySet<string> = new Set(['ndb', 'ndbcluster', 'mysql-cluster', 'mysql-ndb', 'ndb-cluster']);

/** Search clusters whose data nodes and master-eligible nodes are written as separate nodes. */
export const SEARCH_ENGINES: ReadonlySet<string> = new Set(['elasticsearch', 'opensearch']);
const dataTiers = new WeakMap<Design, Set<TopologyNode>>();

/**
 * An Elasticsearch/OpenSearch node that calls another node of the same engine (`es-data -> es-master`): its data
 * nodes, which are not master-eligible and do not vote (Elastic, "Voting configurations": only master-eligible nodes
 * do); its masters' majority is what it needs, through the edge. Not a voting group of its own.
 */
export function isDataTier(design: Design, n: TopologyNode): boolean {
  let set = dataTiers.get(design);
  if (!set) {
    set = new Set();
    for (const e of design.edges) {
      const from = design.nodes.get(e.from);
      const to = design.nodes.get(e.to);
      if (from && to && from !== to && SEARCH_ENGINES.has(engineOf(from)) && (engineOf(to) === engineOf(from) || to.kind === 'consensus')) set.add(from);
    }
    // Its masters named as its coordinator (`es-data: db engine=elasticsearch coordinator=es-master`): the same.
    for (const n of design.nodes.values()) {
      if (!SEARCH_ENGINES.has(engineOf(n))) continue;
      const c = text(n, 'coordinator');
      const to = c !== null && c !== n.name ? design.nodes.get(c) : undefined;
      if (to && (to.kind === 'consensus' || engineOf(to) === engineOf(n))) set.add(n);
    }
    dataTiers.set(design, set);
  }
  return set.has(n);
}

/** The Redis mode of a cache: sentinel, cluster, standalone; null when it is not Redis. */
export function redisMode(n: TopologyNode): 'sentinel' | 'cluster' | 'standalone' | null {
  if (!isRedis(n)) return null;
  const m = text(n, 'mode');
  return m === 'sentinel' || m === 'cluster' ? m : 'standalone';
}

/** Shards of a Redis Cluster as written (default 3). */
export function clusterShards(n: TopologyNode): number {
  return int(n, 'shards') ?? 3;
}

/**
 * Instances a Sentinel or Cluster cache runs when `replicas=` is not written:
 * a master and a replica (Sentinel), a replica per shard (Cluster). When it is
 * written, it counts as written (`mode=sentinel replicas=1` has nothing to promote).
 */
export function redundantModeMinimum(n: TopologyNode): number {
  if (n.attrs.has('replicas')) return 0;
  // Cloud Spanner keeps three read-write replicas in three zones of a regional instance whatever its size
  // (spanner-configs): written as one node, it is those three voters.
  if (n.kind === 'database' && ENGINE_PROFILES[engineOf(n)] === 'gcp-spanner') return 3;
  if (n.kind !== 'cache') return 0;
  const m = text(n, 'mode');
  return m === 'sentinel' ? 2 : m === 'cluster' ? 2 * clusterShards(n) : 0;
}

/** Whether a node's instances form a voting group (majority needed), and of which sort. */
export function votingType(n: TopologyNode): 'leader' | 'majority' | null {
  if (n.kind === 'consensus') return 'majority';
  if (n.kind !== 'database' && n.kind !== 'storage' && n.kind !== 'cache' && n.kind !== 'queue') return null;
  const e = engineOf(n);
  if (LEADER_ENGINES.has(e)) return 'leader';
  // (A read replica of such a group — Neo4j's secondaries, `replica of=` its primaries — copies asynchronously and does not
  // vote: round 83b r01 read two secondaries as a two-voter group.)
  if (MAJORITY_ENGINES.has(e) && n.role === 'replica' && n.of !== null) return null;
  if (MAJORITY_ENGINES.has(e)) return 'majority';
  if ((n.kind === 'database' || n.kind === 'storage' || n.kind === 'queue') && flag(n, 'quorum')) return 'majority';
  return null;
}

/** The group semantics of a node with `instances` instances, or null for an ordinary node. */
export function groupSpecOf(n: TopologyNode, instances: number): GroupSpec | null {
  const kind = n.kind;
  if (kind === 'cache') {
    const mode = redisMode(n);
    if (mode === 'sentinel') {
      const sentinels = int(n, 'sentinels') ?? 3;
      const majority = Math.floor(sentinels / 2) + 1;
      // A managed service (ElastiCache) fails over by its provider's control plane, not by Sentinels
      // the user places: none of them is lost with a zone.
      const zones = n.managed ? [] : n.zones;
      const sentinelZones: (string | null)[] = [];
      for (let k = 0; k < sentinels && k < 64; k++) sentinelZones.push(zones.length ? zones[k % zones.length]! : null);
      return {
        type: 'sentinel',
        instances,
        sentinels,
        need: Math.max(int(n, 'quorum') ?? majority, majority),
        sentinelZones,
        downAfter: haTiming(n, 'sentinel-down-after'),
        promote: haTiming(n, 'sentinel-promote'),
      };
    }
    if (mode === 'cluster') {
      return {
        type: 'cluster',
        instances,
        shards: Math.max(1, Math.min(clusterShards(n), instances)),
        nodeTimeout: haTiming(n, 'cluster-node-timeout'),
        election: haTiming(n, 'cluster-election'),
        fullCoverage: !n.managed,
      };
    }
  }
  if (kind !== 'consensus' && kind !== 'database' && kind !== 'storage' && kind !== 'cache' && kind !== 'queue') return null;
  const vt = votingType(n);
  if (vt === null || instances < 2) return null;
  const arbiters = arbitersOf(n);
  const shards = replicaSets(n, instances);
  // A sharded node's arbiters are shared out over its replica sets as its data members are (one per PSA shard).
  const voters = membersPerShard(instances, shards) + arbitersOfShard(arbiters, shards, 0);
  const zones = n.managed ? [] : n.zones;
  // Each arbiter continues its replica set's round robin over the zones (after that set's own members), so a set spans
  // as many zones as it has voters: arbiter a votes in shard a mod S.
  const arbiterZones: (string | null)[] = [];
  const per = membersPerShard(instances, shards);
  for (let a = 0; a < arbiters && a < 64; a++) {
    const k = a % shards;
    const lo = k * per;
    const members = Math.max(0, Math.min(per, instances - lo));
    arbiterZones.push(zones.length ? zones[(lo + members + Math.floor(a / shards)) % zones.length]! : null);
  }
  // Elasticsearch/OpenSearch: an even number of master-eligible nodes votes as one fewer (the last left out).
  const odd = SEARCH_ENGINES.has(engineOf(n)) && arbiters === 0 && shards === 1 && voters >= 4 && voters % 2 === 0;
  return {
    type: vt,
    voters: odd ? voters - 1 : voters,
    ...(odd ? { excluded: instances - 1 } : {}),
    shards,
    arbiters,
    arbiterZones,
    rollback: rollsBack(n, membersPerShard(instances, shards), arbitersOfShard(arbiters, shards, 0)),
    election: vt === 'leader' ? haTiming(n, 'group-election') : 0,
    leaseGap: vt === 'majority' && (LEASE_ENGINES.has(engineOf(n)) || ONE_LEADER_ENGINES.has(engineOf(n))) ? haTiming(n, 'lease-expiry') : 0,
    oneLeader: vt === 'majority' && ONE_LEADER_ENGINES.has(engineOf(n)),
    ...(engineOf(n) === 'minio' && shards === 1 && arbiters === 0 ? { need: minioNeed(voters) } : {}),
  };
}

/**
 * The replica sets a sharded single-primary group is made of: `shards=S` on a MongoDB (or another leader engine) node
 * splits its instances into S replica sets, each electing its own primary; 1 without `shards=` or with too few instances.
 */
function leaderShards(n: TopologyNode, instances: number): number {
  const s = int(n, 'shards');
  return s !== null && s > 1 ? Math.min(s, instances) : 1;
}

/** Data members of one shard's replica set (shardOf's split: the first shards take ceil(instances / shards)). */
export function membersPerShard(instances: number, shards: number): number {
  return shards <= 1 ? instances : Math.ceil(instances / shards);
}

/** The voting groups a node of `instances` is made of: one per shard of a sharded single-primary group, else one. */
export function replicaSets(n: TopologyNode, instances: number): number {
  return votingType(n) === 'leader' ? leaderShards(n, instances) : 1;
}

/** The data members of one of its voting groups (all its instances unless it is sharded). */
export function replicaSetMembers(n: TopologyNode, instances: number): number {
  return membersPerShard(instances, replicaSets(n, instances));
}

/**
 * MongoDB with arbiters whose data-bearing members are no more than a majority of the
 * voters (PSA): its implicit default write concern is w: 1, so an election rolls back
 * the lost primary's unreplicated writes (docs/defaults.md, mongodb-write-concern).
 */
export function rollsBack(n: TopologyNode, instances: number, arbiters: number): boolean {
  const e = engineOf(n);
  if (e !== 'mongodb' && e !== 'mongo') return false;
  // Written `replication=async`: the application writes with w: 1 — acknowledged by the primary alone, rolled back when a
  // secondary that lacks it is elected (MongoDB, "Rollbacks During Replica Set Failover"; round 82b r01).
  const a = n.attrs.get('replication')?.value;
  if (a && a.type === 'text' && a.value === 'async' && instances >= 2) return true;
  return arbiters > 0 && instances <= majorityOf(instances + arbiters);
}

/**
 * MongoDB with arbiters whose implicit default write concern is w: "majority" (more data-bearing members than a majority
 * of the voters: 4 data members and an arbiter): a write needs that majority of acknowledgements, and an arbiter gives
 * none — a replica set left with fewer data members than the majority elects a primary and waits on every write
 * (docs/defaults.md, mongodb-write-concern; round 55b r05).
 */
export function writesNeedDataMajority(n: TopologyNode, instances: number, arbiters: number): boolean {
  const e = engineOf(n);
  return (e === 'mongodb' || e === 'mongo') && arbiters > 0 && !rollsBack(n, instances, arbiters);
}

/**
 * The arbiters of replica set k of a node split into `shards` replica sets: `arbiters=K` written on a sharded node are
 * shared out over its shards (arbiter a votes in shard a mod S), as its instances are; all of them when it is not sharded.
 */
export function arbitersOfShard(arbiters: number, shards: number, k: number): number {
  if (shards <= 1) return arbiters;
  return Math.floor(arbiters / shards) + (k < arbiters % shards ? 1 : 0);
}

/** Arbiters of a voting group as written (`arbiters=`), else 0; 0 for a node that is not a voting group. */
export function arbitersOf(n: TopologyNode): number {
  if (votingType(n) === null) return 0;
  return Math.max(0, int(n, 'arbiters') ?? 0);
}

/**
 * The zone of each voter of replica set `k` of a sharded node (MongoDB `shards=`): its data members' (round-robin over
 * the node's zones, as the model places instances) and then its arbiters' (continuing the set's round robin, as
 * groupOf places them: arbiter a votes in set a mod S).
 */
export function shardVoterZones(n: TopologyNode, instances: number, k: number): (string | null)[] {
  const shards = replicaSets(n, instances);
  const per = membersPerShard(instances, shards);
  const lo = k * per;
  const hi = k === shards - 1 ? instances : Math.min(instances, lo + per);
  const zone = (i: number): string | null => (n.zones.length ? n.zones[i % n.zones.length]! : null);
  const out: (string | null)[] = [];
  for (let i = lo; i < hi; i++) out.push(zone(i));
  const arbiters = arbitersOf(n);
  for (let a = k; a < arbiters; a += shards) out.push(zone(hi + Math.floor(a / shards)));
  return out;
}

/** The zone of each voter of a voting group with `instances` data members: round-robin over its zones, arbiters last. */
export function voterZones(n: TopologyNode, instances: number): (string | null)[] {
  const voters = instances + arbitersOf(n);
  return Array.from({ length: voters }, (_, i) => (n.zones.length ? n.zones[i % n.zones.length]! : null));
}

/** Redis Cluster: the shard instance i serves (masters first, then replicas shard after shard). */
export function clusterShardOf(g: ClusterGroup, i: number): number {
  return i < g.shards ? i : (i - g.shards) % g.shards;
}

/** Redis Cluster placement: shard k's master in zone k, its replicas in the following zones (never the master's when there are two or more). */
export function clusterZoneIndex(g: ClusterGroup, i: number, zoneCount: number): number {
  if (i < g.shards) return i % zoneCount;
  const k = (i - g.shards) % g.shards;
  const round = Math.floor((i - g.shards) / g.shards);
  return (k + 1 + round) % zoneCount;
}

/** Replicas of each shard of a Redis Cluster. */
export function clusterReplicaCounts(g: ClusterGroup): number[] {
  const out = new Array<number>(g.shards).fill(0);
  for (let i = g.shards; i < g.instances; i++) out[clusterShardOf(g, i)]!++;
  return out;
}

/** A strict majority of `n` voters. */
export function majorityOf(n: number): number {
  return Math.floor(n / 2) + 1;
}

/** Binomial coefficient C(n, k) (0 outside 0..n). */
function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let j = 1; j <= k; j++) r = (r * (n - k + j)) / j;
  return r;
}

/**
 * A Kafka cluster written with `quorum` (docs/language.md): every partition has min(3, brokers) replicas (replication
 * factor 3) and takes acks=all sends while min.insync.replicas of them — a majority, 2 of 3 — are up. The share of its
 * partitions below that with the brokers `lost` (by instance), their replicas placed as Kafka's rack-aware assignment
 * does when the brokers' zones are written (broker.rack: spread over as many zones as there are, evenly) and anywhere
 * otherwise, each set of brokers equally likely. Three brokers lose every partition with two of them; six over three
 * zones lose none with one zone (one replica per zone); four over two zones lose half with one zone (round 39b).
 */
export function kafkaStuckShare(zones: readonly (string | null)[], lost: readonly boolean[], tolerateLost?: number): number {
  const n = zones.length;
  const rf = Math.min(3, n);
  if (rf === 0) return 0;
  // (`tolerateLost` 0: the partitions with any replica on a lost broker — those whose ISR or leader must change.)
  const tolerate = tolerateLost ?? rf - majorityOf(rf);
  // Per zone: brokers and lost brokers (one pool when some broker has no zone).
  const pools = new Map<string, { n: number; l: number }>();
  const rack = zones.every((z) => z !== null);
  for (let k = 0; k < n; k++) {
    const key = rack ? zones[k]! : '';
    const p = pools.get(key) ?? { n: 0, l: 0 };
    p.n++;
    if (lost[k]) p.l++;
    pools.set(key, p);
  }
  const list = [...pools.values()];
  const Z = list.length;
  const lo = Math.floor(rf / Z);
  const hi = Math.ceil(rf / Z);
  let total = 0;
  let stuck = 0;
  // Every even spread of the rf replicas over the zones (lo or hi per zone), weighted by its sets of brokers; the
  // chance that more than `tolerate` of the chosen replicas are on lost brokers (hypergeometric per zone).
  const walk = (z: number, left: number, weight: number, dist: number[]): void => {
    if (z === Z) {
      if (left !== 0 || weight === 0) return;
      total += weight;
      let bad = 0;
      for (let j = tolerate + 1; j < dist.length; j++) bad += dist[j]!;
      stuck += weight * bad;
      return;
    }
    const p = list[z]!;
    for (let c = lo; c <= hi && c <= left; c++) {
      const w = choose(p.n, c);
      if (w === 0) continue;
      const next = new Array<number>(dist.length + c).fill(0);
      for (let a = 0; a < dist.length; a++) {
        if (dist[a] === 0) continue;
        for (let j = 0; j <= c; j++) next[a + j]! += dist[a]! * (choose(p.l, j) * choose(p.n - p.l, c - j)) / w;
      }
      walk(z + 1, left - c, weight * w, next);
    }
  };
  walk(0, rf, 1, [1]);
  return total > 0 ? stuck / total : 0;
}

/**
 * Whether the group still serves at the end of the horizon after losing its
 * instance #1 alone (what the single-loss sweep does): the master / primary is
 * replaced, or the majority holds. Null for a node that is not a group.
 */
export function survivesFirstLoss(g: GroupSpec, horizon: number): boolean {
  const within = (s: number): boolean => Math.round(s * 1000) / 1000 < horizon;
  switch (g.type) {
    case 'sentinel':
      // The master's host takes its Sentinel with it: one Sentinel beside each Redis server, the usual layout, whether or
      // not zones are written (zones say where the hosts are, not that the Sentinels left them — rounds 119b r06, 119c r03:
      // two Sentinels over two zones "promoted in 35 s" on the master's loss).
      return g.instances >= 2 && g.sentinels - 1 >= g.need && within(g.downAfter + g.promote);
    case 'cluster':
      return clusterReplicaCounts(g)[0]! > 0 && g.shards - 1 >= majorityOf(g.shards) && within(g.nodeTimeout + g.election);
    case 'leader':
      return g.voters - 1 >= majorityOf(g.voters) && within(g.election);
    case 'majority':
      return g.voters - 1 >= majorityOf(g.voters);
  }
}

/**
 * Patroni's primary demotes itself when it cannot renew its leader lock in the
 * DCS (`failsafe_mode` is off by default): the quorum group named in a
 * standby's `coordinator=` is then needed by the primary too. Returns the
 * coordinator's name, or null.
 */
export function demotesWithout(primary: TopologyNode, standbys: TopologyNode[]): string | null {
  for (const sb of standbys) {
    const c = text(sb, 'coordinator') ?? text(primary, 'coordinator');
    if (!c || c === primary.name || c === sb.name) continue;
    if (engineOf(sb) === 'patroni' || engineOf(primary) === 'patroni') return c;
  }
  return null;
}

