/**
 * The technology profiles: every default timing, threshold and availability the
 * model uses, per product, with the document it comes from. docs/defaults.md is
 * the human-readable reference (one row per value here, same cite keys, same
 * statuses); test/unit/profiles.test.ts holds the two together.
 *
 * Units: seconds for durations, counts for thresholds, fractions (0..1) for
 * availability. Where a document gives a range, `v` is its slow end and
 * `range` the range (goals are judged on the slow end).
 */

export type Status = 'verified' | 'secondary' | 'derived' | 'generic' | 'unverified';

export interface Value {
  v: number;
  /** Cite key of docs/defaults.md#sources ('generic' for the project's own choices). */
  cite: string;
  status: Status;
  range?: [number, number];
}

const V = (v: number, cite: string, status: Status = 'verified', range?: [number, number]): Value => (range ? { v, cite, status, range } : { v, cite, status });
const G = (v: number, range?: [number, number]): Value => V(v, 'generic', 'generic', range);

/** What a profile may define; absent keys fall back to the generic profile. */
export interface ProfileValues {
  // Health checks of the instances behind a balancer / DNS / a Kubernetes Service.
  /** Seconds between two checks. */
  interval?: Value;
  /** Seconds a failing check takes (no answer within it = failed). */
  timeout?: Value;
  /** Consecutive failed checks before a target is removed. */
  failures?: Value;
  /** Consecutive passing checks before a target is put back. */
  rise?: Value;
  /** DNS answer TTL, seconds (Patroni: the leader lock TTL). */
  ttl?: Value;
  /** Generic profile only: the health-check interval of a DNS service (a balancer's is `interval`). */
  dnsInterval?: Value;
  /** A DNS product's monitor timeout, when it marks a target down on a timeout rather than a count (BIG-IP DNS). */
  dnsTimeout?: Value;
  // Failure detection and promotion of a replicated data node.
  /** Beat interval, seconds; `beats` missed beats mean the peer is down. */
  heartbeat?: Value;
  beats?: Value;
  /** Redis Sentinel `down-after-milliseconds`, seconds. */
  downAfter?: Value;
  /** Redis Cluster `cluster-node-timeout`, seconds. */
  nodeTimeout?: Value;
  /** Patroni `loop_wait`, seconds (the leader lock `ttl` is `ttl`). */
  loopWait?: Value;
  /** Patroni `retry_timeout`, seconds: a DCS outage shorter than this does not demote the leader. */
  retryTimeout?: Value;
  /** Fixed detection time of a product (seconds) when it is not built from the values above. */
  detect?: Value;
  /** Seconds from detection to the new primary serving (automatic). */
  promote?: Value;
  /** Seconds from detection to serving when a person promotes. */
  manualPromote?: Value;
  /** Seconds of acknowledged writes lost with asynchronous replication. */
  lag?: Value;
  /** Replication mode of the product: 1 synchronous (no acknowledged write lost), 0 asynchronous. */
  sync?: Value;
  /** Virtual IP move (keepalived / VRRP): skew added to `heartbeat × beats`, seconds. */
  skew?: Value;
  /** Managed service: seconds from the loss of its serving node to serving again (its own failover). */
  failover?: Value;
  /** Managed service with no second instance to promote (Aurora without a reader): seconds until it serves again. */
  failoverAlone?: Value;
  /** Managed service spread over many nodes by construction (balancer, DNS, CDN, queue, object storage): the same, when no product says more. */
  spreadFailover?: Value;
  /**
   * How long the product's clients keep retrying a request before they fail it (a Kafka producer's
   * `delivery.timeout.ms`): an instance lost for less than this delays the requests it held, it does not fail them.
   */
  retryFor?: Value;
  /** Seconds after an automatic failover during which the manager refuses another (MHA's last_failover_minute, orchestrator's RecoveryPeriodBlockSeconds): a second loss waits for a person. */
  rearm?: Value;
  /**
   * How many automatic failovers the product makes before a person must reset its count (Couchbase's auto-failover
   * `maxCount`, 1 by default): a later loss, while the earlier one is still out, waits for a person.
   */
  maxAuto?: Value;
  /** Fewest nodes the product fails over on its own with (Couchbase: 3, below which auto-failover is off). */
  minAuto?: Value;
  /** Per-instance (or, managed, per-service) availability, a fraction. */
  availability?: Value;
  /** A managed cluster whose instances are all in one zone, where its SLA commits less (Aurora Single-AZ). */
  availabilitySingleZone?: Value;
  /** A managed service whose SLA commits more when its replicas span two or more regions (Spanner multi-regional). */
  availabilityMultiRegion?: Value;
  /** Generic managed only: a managed DNS service's availability. */
  dnsAvailability?: Value;
  /** Seconds to replace a lost instance that nothing takes over for. */
  repair?: Value;
  /** Zone-redundant managed compute: seconds until the platform stops sending to the instances of a lost zone. */
  zoneDown?: Value;
  /** Generic managed only: seconds for a provider to replace a failed single node by itself (an ElastiCache node, a Memorystore Basic instance), empty. */
  replace?: Value;
  /** Seconds for autoscaling to add serving capacity once overloaded. */
  autoscaleDelay?: Value;
  /** The share of its capacity an autoscaled tier keeps its instances at when no target is written (a fraction). */
  autoscaleTarget?: Value;
  /** A managed database's own backups when no `backup=` is written: how much a restore loses at most (RDS point-in-time recovery). */
  backup?: Value;
  /**
   * A managed database whose own backups are copied to another region by default (Azure SQL Database's geo-redundant
   * backup storage): how much a restore there loses at most when the database's region is lost (geo-restore).
   */
  geoBackup?: Value;
  /**
   * Backups kept in another region only when the design says so (`backup-to=` another region: geo-redundant backup
   * storage chosen at creation): how far a restore there trails (geo-restore), the in-region backups staying the node's own.
   */
  geoRestore?: Value;
}

export type ProfileId =
  | 'generic'
  | 'generic-managed'
  | 'haproxy'
  | 'nginx'
  | 'ingress-nginx'
  | 'aws-alb'
  | 'aws-nlb'
  | 'gcp-lb'
  | 'proxysql'
  | 'maxscale'
  | 'f5-ltm'
  | 'hbase'
  | 'pulsar'
  | 'rabbitmq-mirrored'
  | 'rabbitmq-classic'
  | 'couchbase'
  | 'cubrid-ha'
  | 'greenplum'
  | 'activemq'
  | 'tibco-ems'
  | 'ibm-mq'
  | 'cloudflare-lb'
  | 'hdfs-zkfc'
  | 'cloudnative-pg'
  | 'kafka'
  | 'kafka-zookeeper'
  | 'hbase-zookeeper'
  | 'ceph'
  | 'glusterfs'
  | 'aws-ecs'
  | 'elasticsearch'
  | 'managed-search'
  | 'oracle-rac'
  | 'oracle-dataguard'
  | 'pgpool'
  | 'k8s-service'
  | 'keepalived'
  | 'route53'
  | 'redis-sentinel'
  | 'redis-cluster'
  | 'redis-replication'
  | 'rds-single-az'
  | 'rds-multi-az'
  | 'rds-multi-az-cluster'
  | 'aurora'
  | 'patroni'
  | 'mysql-group-replication'
  | 'orchestrator'
  | 'mha'
  | 'repmgr'
  | 'pg-auto-failover'
  | 'apache-httpd'
  | 'weblogic-plugin'
  | 'mod-jk'
  | 'webtob'
  | 'varnish'
  | 'pacemaker'
  | 'sqlserver-wsfc'
  | 'drbd'
  | 'aws-autoscaling'
  | 'ec2-instance'
  | 'serverless'
  | 'aws-cloudfront'
  | 'azure-front-door'
  | 'aws-global-accelerator'
  | 'azure-app-gateway'
  | 'windows-nlb'
  | 'aws-s3'
  | 'aws-efs'
  | 'aws-ebs'
  | 'azure-cosmos-db'
  | 'aws-dynamodb'
  | 'gcp-cloud-sql'
  | 'azure-sql'
  | 'azure-cache-redis'
  | 'documentdb'
  | 'azure-postgres-flexible'
  | 'azure-mysql-flexible'
  | 'alloydb'
  | 'azure-app-service'
  | 'azure-traffic-manager'
  | 'gcp-spanner';

/** Message brokers a provider may run as one instance (Amazon MQ for ActiveMQ or RabbitMQ, or the product named alone). */
export const BROKER_ENGINES = /^(rabbitmq|rabbit|activemq|amazon-?mq|amazonmq)$/i;
/** Broker pairs run by their owner on one shared store: one active server, the other waiting for the store's lock. */
export const SHARED_STORE_BROKERS: ReadonlySet<ProfileId> = new Set<ProfileId>(['activemq', 'tibco-ems', 'ibm-mq']);

/** The Elasticsearch/OpenSearch profiles, run by the user or by a provider: the same cluster semantics. */
export const SEARCH_PROFILES: ReadonlySet<ProfileId> = new Set<ProfileId>(['elasticsearch', 'managed-search']);

export interface Profile {
  id: ProfileId;
  label: string;
  /** The label in Korean when it is not a product's name. */
  labelKo?: string;
  /** Selecting this profile makes the node managed (a provider-run service). */
  managed?: boolean;
  /** A managed single instance on the provider's separate storage (Azure PostgreSQL flexible server): losing the server keeps the data; only its zone's loss risks it. */
  keepsDisks?: boolean | 'zone';
  /** A zonal resource with no copy of its own to fail over to (an EBS volume): a lost one is restored, not failed over. */
  zonal?: boolean;
  /**
   * One cluster volume shared by a writer and its readers (Aurora, DocumentDB): more instances are readers the service
   * promotes, not writers, and a reader's reads go to the writer behind the reader endpoint when it is lost.
   */
  clusterVolume?: boolean;
  /** Load balancer checks run without `health-check` (ALB/NLB always check; nginx checks passively; a Service probes readiness). */
  alwaysChecks?: boolean;
  /** The product's name for its `detect` time, shown with it (`broker.session.timeout.ms 9s`). */
  detectSetting?: string;
  /** Checks are passive (real requests): removal = failures × timeout, not interval × failures. */
  passive?: boolean;
  /**
   * Each check of a silent target waits its whole timeout before the next one is due (MaxScale's monitor connects to
   * every server once a pass): removal = (interval + timeout) × failures, the documented worst case.
   */
  blockingChecks?: boolean;
  /** A target is marked down once no check has passed for `timeout` (an F5 BIG-IP monitor): removal = timeout. */
  downAfterTimeout?: boolean;
  /** A request that fails on a dead target is passed to the next one (nginx `proxy_next_upstream error timeout`): it succeeds while the pool has a live target. */
  retries?: boolean;
  values: ProfileValues;
}

/**
 * A Kubernetes Service written as a balancer (`lb engine=k8s`): its virtual IP is rules that kube-proxy programs on every
 * node (k8s-service-proxy), so it has no instance of its own to lose — it is as available as the node its caller runs on,
 * which the caller's own failures already count. Its endpoints leave it on their readiness probes (the profile's checks).
 */
export const K8S_SERVICE_PROXY = {
  availability: V(1, 'k8s-service-proxy', 'derived'),
  failover: G(0),
};

/**
 * A Kafka consumer group (the clients of Kafka, Amazon MSK, Redpanda: one protocol). A consumer instance that stops
 * heartbeating keeps its partitions until the group coordinator expires its session, `session.timeout.ms` — 45 s by
 * default since Kafka 3.0 (kip-735; 10 s before) — and rebalances them to the others; until then nothing reads them.
 */
export const KAFKA_CONSUMER = {
  sessionTimeout: V(45, 'kip-735'),
};

/** A Kafka topic's retention when none is written: the broker's `log.retention.hours` default, 168 h (kafka-retention). */
export const KAFKA_LOG = {
  retention: V(7 * 86400, 'kafka-retention'),
};

/** Kubernetes node loss (not a profile of its own: the `k8s-service` profile's host loss). */
/**
 * A pod whose container exits (the crash a pod's `repair` restarts) leaves its Service's endpoints at once: the kubelet
 * reports it not ready, the endpoints controller drops it, and kube-proxy applies the change within its iptables
 * `min-sync-period` (1 s): its requests stop failing after about 1 s, not after three failed readiness probes — those
 * time a pod that hangs (round 117 r02; k8s-crash-endpoints, k8s-proxy-sync).
 */
export const K8S_CRASH = {
  removal: V(1, 'k8s-proxy-sync', 'derived'),
};

export const K8S_NODE = {
  /** kube-controller-manager `--node-monitor-grace-period`: 40 s up to v1.31, 50 s from v1.32. */
  gracePeriod: V(50, 'k8s-pr-126287', 'verified', [40, 50]),
  /** `--default-not-ready-toleration-seconds` / unreachable: pods evicted after this. */
  toleration: V(300, 'k8s-toleration'),
};

/**
 * Google Cloud Memorystore for Redis SLA: the Standard Tier (a primary and a replica in another zone, automatic failover)
 * ">= 99.9 %"; the Basic Tier (one node) is no covered service (sla-memorystore). Not a profile of its own (the Redis mode
 * picks the timings); the availability of an `engine=memorystore` node, either tier (profiles/derive.ts) — a Basic
 * instance is counted at the Standard Tier's figure, and availability-not-met says it has none.
 */
export const MEMORYSTORE_SLA = V(0.999, 'sla-memorystore');

/** The `engine=` spellings of Google Cloud Memorystore for Redis. */
export const MEMORYSTORE_ENGINES = /^(memorystore|memorystore-redis|gcp-memorystore|google-memorystore)$/i;

/** Google Cloud Run: a service's SLA, ">= 99.95 %" per project and region (sla-cloud-run); its timings are the serverless profile's. */
export const CLOUD_RUN_SLA = V(0.9995, 'sla-cloud-run');
export const CLOUD_RUN_ENGINES = /^(cloud-run|cloudrun)$/i;

/**
 * Amazon ElastiCache and MemoryDB (Redis OSS, Valkey) SLAs, by placement: not a profile of their own (the
 * Redis mode picks the timings); the availability of an `engine=elasticache|memorydb` node (profiles/derive.ts).
 */
export const ELASTICACHE_SLA = {
  /** Multi-AZ configuration (replicas in another AZ, automatic failover): "less than 99.99 %" is the first credit tier. */
  multiAz: V(0.9999, 'sla-elasticache'),
  /** Single-AZ configuration: 99.5 %. */
  singleAz: V(0.995, 'sla-elasticache'),
};

/** MongoDB replica set (not a profile of its own: the election of a `mongodb` quorum group, model/groups.ts). */
export const MONGODB = {
  /** "The median time before a cluster elects a new primary should not typically exceed 12 seconds" with default settings (electionTimeoutMillis 10 s); a median, not a bound. */
  election: V(12, 'mongodb-elections'),
};

/**
 * CockroachDB (a majority group per range, model/groups.ts): after a node is lost, the
 * ranges whose lease it held wait for its liveness record to expire before another
 * replica takes the lease. The replication-layer docs (v22.2) give a 9 s expiration,
 * heartbeated every 4.5 s; later versions say "leaseholder election can take up to 9
 * seconds" (v24.2–v25.1) and, with leader leases (v25.4+), "within a few seconds".
 * The slow end: 9 s.
 */
export const COCKROACHDB = {
  leaseExpiry: V(9, 'crdb-replication', 'verified', [6, 9]),
};

/**
 * TiKV (TiDB's storage): a Region without its leader starts an election after raft-base-tick-interval (1 s) ×
 * raft-election-timeout-ticks (10) — 10 s (tikv-raftstore); raft-rs draws each follower's timeout at random in
 * [election_tick, 2 × election_tick) unless told otherwise (raft-rs-config), so up to 20 s: judged on the slow end.
 */
export const TIKV = {
  leaderElection: V(20, 'tikv-raftstore', 'derived', [10, 20]),
};

/**
 * Consul servers: one Raft group, whose leader serves key-value reads (default consistency mode), locks, sessions and
 * writes. With the default `raft_multiplier` 5 the HeartbeatTimeout is 5 × 1000 ms (consul-performance); hashicorp/raft
 * draws each follower's timeout at random in [HeartbeatTimeout, 2 × HeartbeatTimeout) before it campaigns (hashicorp-raft-
 * timeout), so a lost leader is replaced after 5–10 s: judged on the slow end.
 */
export const CONSUL = {
  leaderElection: V(10, 'consul-performance', 'derived', [5, 10]),
};

/**
 * Neo4j 5 clusters: a database's primaries form one Raft group whose leader takes every write; the followers start an
 * election only after dbms.cluster.raft.leader_failure_detection_window, 20 s–23 s by default (neo4j-raft-settings): a
 * lost leader stops the writes for up to 23 s, judged on the slow end (round 83b r04). Secondaries do not vote.
 */
export const NEO4J = {
  leaderElection: V(23, 'neo4j-raft-settings', 'verified', [20, 23]),
};

/**
 * etcd: a follower campaigns after its election timeout, 1000 ms by default (etcd-tuning), drawn by etcd's raft in
 * [timeout, 2 × timeout): a lost leader is replaced after 1–2 s, judged on the slow end (round 72b r03).
 */
export const ETCD = {
  leaderElection: V(2, 'etcd-tuning', 'derived', [1, 2]),
};

/** YugabyteDB: a lost node's tablet leaders are re-elected on followers — "approximately 3 seconds" (yb-fault-tolerance). */
export const YUGABYTEDB = {
  leaderElection: V(3, 'yb-fault-tolerance'),
};

/**
 * Galera Cluster (MariaDB Galera, Percona XtraDB Cluster; a majority group, model/groups.ts): a member that goes silent
 * is suspected after `evs.suspect_timeout` (PT5S) and dropped from the view; until then every commit in the cluster
 * waits (write-sets are delivered to every member of the view in total order).
 */
export const GALERA = {
  suspect: V(5, 'galera-evs'),
};

/**
 * Google Cloud load balancer in front of serverless NEGs (Cloud Run, Cloud Functions, App Engine): such backends take no
 * health check; the backend service's outlier detection ejects one after `consecutiveGatewayFailure` (3) gateway errors,
 * at its next analysis sweep (`interval`, 1 s), for `baseEjectionTime` (30 s) at a time.
 */
/**
 * PostgreSQL's walsender drops a standby that has sent nothing for `wal_sender_timeout` (60 s): only then does a silently
 * lost synchronous standby leave pg_stat_replication, where Patroni's synchronous_mode sees it is gone.
 */
export const PG_WAL_SENDER = {
  timeout: V(60, 'pg-wal-sender-timeout'),
};

/**
 * pg_auto_failover (not a profile of its own: the synchronous standby's loss, model/request-graph.ts): its monitor marks
 * a node unhealthy once its last successful health check is older than node_considered_unhealthy_timeout, assigns the
 * primary wait_primary and has the secondary removed from synchronous_standby_names — the commits wait until then.
 */
export const PG_AUTO_FAILOVER = {
  unhealthy: V(20, 'pgaf-config'),
  /** A primary that reaches neither the monitor nor a connected secondary stops PostgreSQL after this (DEMOTE_TIMEOUT). */
  networkPartition: V(20, 'pgaf-config'),
};

/**
 * ProxySQL's native Galera support (`mysql_galera_hostgroups`, 2.0 on): its Monitor checks every Galera backend each
 * `mysql-monitor_galera_healthcheck_interval` (1000 ms) and moves a node out of the writer and reader hostgroups after
 * `mysql-monitor_galera_healthcheck_max_timeout_count` (3) checks in a row timed out (600 ms each); `max_writers` is 1 by
 * default, so one member takes the writes and the others stand by as backup writers.
 */
export const PROXYSQL_GALERA = {
  interval: V(1, 'proxysql-galera'),
  timeouts: V(3, 'proxysql-galera'),
};

/**
 * ClickHouse keeps no cluster membership that drops a lost replica: a query to a Distributed table (or a client given
 * several hosts) connects to a replica of each shard and, when that fails, tries the next one after
 * `connect_timeout_with_failover_ms` (50 ms).
 */
export const CLICKHOUSE_FAILOVER = V(0.05, 'clickhouse-failover');

export const GCP_OUTLIER = {
  interval: V(1, 'gcp-outlier'),
  gatewayFailures: V(3, 'gcp-outlier'),
  ejection: V(30, 'gcp-outlier'),
};

/**
 * Azure SQL Database auto-failover group, Microsoft-managed failover policy: the failover to the geo-secondary starts
 * only after the grace period, GracePeriodWithDataLossHours, which accepts only values of 1 hour or more.
 */
export const AZURE_SQL_FOG = {
  grace: V(3600, 'azure-sql-fog'),
  /** Business continuity overview, recovery methods: "Auto-failover groups | RTO 1 h | RPO 5 s". */
  rpo: V(5, 'azure-sql-bcdr'),
};

/**
 * MySQL semi-synchronous replication: a commit waits for a replica's acknowledgement until rpl_semi_sync_source_timeout
 * (10 000 ms by default), then the source reverts to asynchronous replication.
 */
/**
 * Azure Cosmos DB with a single write region and service-managed failover: a new write region is elected after the
 * region's loss, with an RTO Microsoft documents as under 15 minutes (cosmos-reliability).
 */
export const COSMOS = {
  regionFailover: V(900, 'cosmos-reliability', 'secondary'),
};

export const MYSQL_SEMI_SYNC = {
  timeout: V(10, 'mysql-semisync'),
};

/**
 * Oracle Data Guard in Maximum Availability (SYNC redo transport, written `replication=semi-sync`): the primary's log
 * writer waits for the standby's acknowledgement up to NetTimeout (the NET_TIMEOUT attribute of LOG_ARCHIVE_DEST_n,
 * broker default 30 s), then goes on as in Maximum Performance until the standby catches up.
 */
/**
 * Db2 HADR in SYNC or NEARSYNC mode: a primary that hears nothing from its standby waits hadr_timeout (120 s by
 * default) before it concludes the connection is lost; with hadr_peer_window 0 (the default) it then goes on alone
 * (remote catchup pending) — commits wait that long, then nothing acknowledged is on the standby (db2-hadr).
 */
export const DB2_HADR = {
  timeout: V(120, 'db2-hadr'),
};

/**
 * SQL Server Always On availability groups in synchronous-commit mode: the primary waits for each synchronous-commit
 * secondary's hardening until that replica's session timeout (SESSION_TIMEOUT, 10 s by default; Microsoft advises
 * against less) marks it disconnected; then it commits without it until it reconnects and catches up (sqlserver-ag-timeout).
 */
/**
 * ProxySQL's Monitor reads each backend's `read_only` every `mysql-monitor_read_only_interval` (1 000 ms, the source's
 * default; the sample proxysql.cnf sets 1 500) and moves the server whose read_only turned 0 into the writer hostgroup:
 * how soon a promoted standby takes the writes (round 95 r05 — a generic rise of 2 × the 8 s ping was used).
 */
export const PROXYSQL_MONITOR = {
  readOnlyInterval: V(1, 'proxysql-src'),
};

export const SQLSERVER_AG = {
  sessionTimeout: V(10, 'sqlserver-ag-timeout'),
};

/**
 * An Oracle instance moved by an OS cluster (Pacemaker on a shared disk): fencing (generic 10 s) and the resource's
 * start — instance startup, crash recovery of the redo since the last checkpoint, listener registration — minutes, not
 * seconds; counted 120 s (generic: the OCF `oracle` agent's default start timeout is the only figure; crash recovery
 * depends on FAST_START_MTTR_TARGET and the redo volume).
 */
export const PACEMAKER_ORACLE = {
  promote: G(130, [70, 250]),
};

/** Azure Storage's engine words (Blob Storage, the storage account, Data Lake Storage Gen2). */
export const AZURE_STORAGE_ENGINES: ReadonlySet<string> = new Set(['blob-storage', 'azure-blob', 'azure-blob-storage', 'azure-storage', 'adls', 'adls-gen2']);
/**
 * A geo-redundant Azure Storage account's secondary (GRS, RA-GRS — a `storage` copy written `of=` the account) takes writes
 * only after a customer-managed account failover, which a person starts and which "typically takes about an hour"; it
 * repoints the account's own endpoints, so the callers keep their address (azure-storage-failover; round 116b r05).
 */
export const AZURE_ACCOUNT_FAILOVER = {
  promote: { v: 3600, cite: 'azure-storage-failover', status: 'verified' } as Value,
  /** The geo-replication's lag: "typically … an RPO of less than 15 minutes", no SLA — judged at its end (round 117b r02). */
  lag: { v: 900, cite: 'azure-storage-redundancy', status: 'verified' } as Value,
};

export const ORACLE_DG = {
  netTimeout: V(30, 'oracle-dg-nettimeout'),
};

export const PROFILES: Record<ProfileId, Profile> = {
  generic: {
    id: 'generic',
    label: 'generic',
    labelKo: '범용 기본값',
    values: {
      interval: G(10),
      timeout: G(5),
      failures: G(3),
      rise: G(2),
      ttl: G(60),
      dnsInterval: G(30),
      heartbeat: G(5),
      beats: G(3),
      promote: G(15),
      manualPromote: G(1800),
      lag: G(1),
      sync: G(0),
      skew: V(0.609, 'keepalived-man', 'derived'),
      availability: G(0.999),
      repair: G(3600),
      autoscaleDelay: G(390),
    },
  },
  'generic-managed': {
    id: 'generic-managed',
    label: 'managed (generic)',
    labelKo: '관리형 범용 기본값',
    managed: true,
    // replace: the providers say they detect a failed node and replace it, with no time given: 10 min, generic.
    values: { availability: G(0.9995), dnsAvailability: G(1), failover: G(120), spreadFailover: G(0), replace: G(600) },
  },
  haproxy: {
    id: 'haproxy',
    label: 'HAProxy',
    values: { interval: V(2, 'haproxy-config'), timeout: V(2, 'haproxy-config'), failures: V(3, 'haproxy-config'), rise: V(2, 'haproxy-config') },
  },
  nginx: {
    id: 'nginx',
    label: 'nginx (open source, passive checks)',
    labelKo: 'nginx(오픈 소스, 패시브 체크)',
    alwaysChecks: true,
    passive: true,
    retries: true,
    values: {
      // max_fails=1 within fail_timeout=10s; a silent upstream costs proxy_connect_timeout (60 s) per attempt.
      interval: V(10, 'nginx-upstream'),
      failures: V(1, 'nginx-upstream'),
      timeout: V(60, 'nginx-proxy', 'secondary', [0, 60]),
      rise: V(1, 'nginx-upstream'),
    },
  },
  // The Kubernetes ingress-nginx controller (kubernetes/ingress-nginx): it sends to the pods of the Service's endpoints
  // (EndpointSlices), so a pod leaves when it fails its readiness probe or its node goes NotReady, as with the Service
  // itself; meanwhile a request to a silent pod waits proxy-connect-timeout (5 s) and is passed to the next one
  // (proxy-next-upstream "error timeout", 3 tries) — round 93b r07 (read as open-source nginx: 60 s).
  'ingress-nginx': {
    id: 'ingress-nginx',
    label: 'ingress-nginx (Kubernetes endpoints, retries)',
    labelKo: 'ingress-nginx(Kubernetes 엔드포인트, 재시도)',
    alwaysChecks: true,
    passive: true,
    retries: true,
    values: {
      interval: V(10, 'k8s-probe-api'),
      failures: V(3, 'k8s-probe-api'),
      timeout: V(5, 'ingress-nginx-configmap'),
      rise: V(1, 'k8s-probe-api'),
      // Its controller runs as pods: a crashed one restarts, one lost with its node is recreated elsewhere (as k8s-service).
      repair: G(20),
    },
  },
  'aws-alb': {
    id: 'aws-alb',
    label: 'AWS Application Load Balancer',
    managed: true,
    alwaysChecks: true,
    values: {
      interval: V(30, 'alb-hc', 'verified', [5, 300]),
      timeout: V(5, 'alb-hc', 'verified', [2, 120]),
      failures: V(2, 'alb-hc', 'verified', [2, 10]),
      rise: V(5, 'alb-hc', 'verified', [2, 10]),
      availability: V(0.9999, 'sla-elb'),
      availabilitySingleZone: V(0.999, 'sla-elb'),
      failover: G(0),
    },
  },
  // Cloudflare Load Balancing: a monitor probes each origin every 60 s by default (from several Cloudflare locations), times
  // a probe out after 5 s, and marks the origin unhealthy on the first failed probe (consecutive_down 0) — and healthy
  // again on the first good one (consecutive_up 0). Traffic is proxied: it moves with no DNS TTL to wait for.
  'cloudflare-lb': {
    id: 'cloudflare-lb',
    label: 'Cloudflare Load Balancing',
    managed: true,
    // Zero-downtime failover: a request that meets a dead origin (521, 522, 523) is retried once on another healthy origin
    // of the pool (cloudflare-lb-adaptive) — a crashed origin costs its share nothing while the monitor catches up (round
    // 110b r02). An origin that answers errors of its own (500, 502, 503) is not retried: the language cannot say that.
    retries: true,
    values: {
      interval: V(60, 'cloudflare-lb-monitor'),
      timeout: V(5, 'cloudflare-lb-monitor'),
      failures: V(1, 'cloudflare-lb-monitor', 'derived'),
      rise: V(1, 'cloudflare-lb-monitor', 'derived'),
      failover: G(0),
    },
  },
  'windows-nlb': {
    id: 'windows-nlb',
    label: 'Windows Network Load Balancing',
    labelKo: 'Windows 네트워크 부하 분산(NLB)',
    // The hosts exchange heartbeats every second and converge without a host after 5 lost ones (windows-nlb): a lost
    // host, not a failed application, is what it routes around.
    alwaysChecks: true,
    values: { interval: V(1, 'windows-nlb'), timeout: V(1, 'windows-nlb'), failures: V(5, 'windows-nlb'), rise: V(1, 'windows-nlb') },
  },
  'aws-nlb': {
    id: 'aws-nlb',
    label: 'AWS Network Load Balancer',
    managed: true,
    alwaysChecks: true,
    values: {
      interval: V(30, 'elbv2-api'),
      timeout: V(10, 'elbv2-api'),
      failures: V(2, 'elbv2-api'),
      rise: V(5, 'elbv2-api'),
      availability: V(0.9999, 'sla-elb'),
      availabilitySingleZone: V(0.999, 'sla-elb'),
      failover: G(0),
    },
  },
  proxysql: {
    id: 'proxysql',
    label: 'ProxySQL (Monitor module)',
    labelKo: 'ProxySQL(Monitor 모듈)',
    // The Monitor module is on by default (`mysql-monitor_enabled=true`) and pings every backend.
    alwaysChecks: true,
    values: {
      interval: V(8, 'proxysql-src'),
      timeout: V(1, 'proxysql-src'),
      failures: V(3, 'proxysql-src'),
    },
  },
  // MariaDB MaxScale in front of a MariaDB primary and its replicas: its MariaDB Monitor (mariadbmon) connects to every
  // server once a pass (monitor_interval 2 s, each connection waiting up to backend_connect_timeout 3 s) and routes only
  // to servers it found running. A primary down for failcount (5) passes in a row is failed; with auto_failover on (a
  // standby written failover=auto) the monitor then promotes the most up-to-date replica and MaxScale routes writes to it.
  // The documented worst case from the failure to the start of the failover is (monitor_interval +
  // backend_connect_timeout) × failcount = 25 s; 10 s when the server refuses connections at once (maxscale-mariadbmon).
  maxscale: {
    id: 'maxscale',
    label: 'MariaDB MaxScale (MariaDB Monitor)',
    labelKo: 'MariaDB MaxScale(MariaDB Monitor)',
    alwaysChecks: true,
    blockingChecks: true,
    detectSetting: '(monitor_interval + backend_connect_timeout) × failcount',
    values: {
      interval: V(2, 'maxscale-monitor'),
      timeout: V(3, 'maxscale-monitor'),
      failures: V(5, 'maxscale-mariadbmon'),
      // A server that answers a monitor pass is Running again at that pass.
      rise: V(1, 'maxscale-monitor', 'derived'),
      detect: V(25, 'maxscale-mariadbmon', 'derived', [10, 25]),
      // The failover itself is a few statements on the chosen replica and the others (stop replication, read_only off,
      // CHANGE MASTER TO): no figure is documented; 5 s generic, as Redis Sentinel's promotion.
      promote: G(5, [1, 15]),
      sync: V(0, 'maxscale-mariadbmon'),
    },
  },
  // F5 BIG-IP LTM: a pool member's `http` monitor sends its request every interval (5 s) and marks the member down when
  // no good answer has come within timeout (16 s: 3 × interval + 1) — not after a count of failed checks (f5-monitor).
  'f5-ltm': {
    id: 'f5-ltm',
    label: 'F5 BIG-IP LTM (http monitor)',
    labelKo: 'F5 BIG-IP LTM(http 모니터)',
    downAfterTimeout: true,
    // As BIG-IP DNS (GTM, a `dns engine=f5` record), its monitors default to interval 30 s and timeout 120 s (f5-gtm-monitor).
    // A member (or a BIG-IP DNS target) is marked up at its first good answer: `time_until_up` 0 (f5-monitor) — no count of
    // passing checks (round 112 r02 waited the generic 2 before a site's failback).
    values: { interval: V(5, 'f5-monitor'), timeout: V(16, 'f5-monitor'), dnsInterval: V(30, 'f5-gtm-monitor'), dnsTimeout: V(120, 'f5-gtm-monitor'), rise: V(1, 'f5-monitor', 'derived') },
  },
  // HBase RegionServers: each holds a ZooKeeper session; the master notices a lost one only when its session expires
  // (zookeeper.session.timeout, 90 s in hbase-default.xml; an external ZooKeeper may cap it at its maxSessionTimeout, 40 s
  // by default) and then runs the ServerCrashProcedure (WAL split, the regions opened on the other servers). The
  // reassignment itself has no documented figure and is not counted: the figure is a lower bound (hbase-default).
  hbase: {
    id: 'hbase',
    label: 'Apache HBase (RegionServers)',
    labelKo: 'Apache HBase(RegionServer)',
    detectSetting: 'zookeeper.session.timeout',
    values: { detect: V(90, 'hbase-default', 'verified', [40, 90]) },
  },
  // HBase RegionServers whose ZooKeeper ensemble is drawn as its own node (`hbase -> zk`): an ensemble HBase does not run
  // caps the session at its maxSessionTimeout, 40 s with ZooKeeper's defaults, below HBase's proposed 90 s (hbase-default;
  // round 70c r05). Chosen by the model from the edge.
  'hbase-zookeeper': {
    id: 'hbase-zookeeper',
    label: 'Apache HBase (RegionServers, external ZooKeeper)',
    labelKo: 'Apache HBase(RegionServer, 외부 ZooKeeper)',
    detectSetting: 'ZooKeeper maxSessionTimeout',
    values: { detect: V(40, 'hbase-default', 'verified', [40, 90]) },
  },
  // Apache Pulsar brokers: each owns bundles of topics through an ephemeral entry in the metadata store; when a broker is
  // lost, its session expires after zooKeeperSessionTimeoutMillis (metadataStoreSessionTimeoutMillis in later releases),
  // 30 s, and the load manager gives its bundles to the other brokers (pulsar-broker-conf). The reassignment and the
  // clients' reconnect have no documented figure and are not counted.
  pulsar: {
    id: 'pulsar',
    label: 'Apache Pulsar (brokers)',
    labelKo: 'Apache Pulsar(브로커)',
    detectSetting: 'zooKeeperSessionTimeoutMillis',
    values: { detect: V(30, 'pulsar-broker-conf') },
  },
  // RabbitMQ classic queue mirroring (`replication=` on a RabbitMQ queue; removed in RabbitMQ 4.0): each queue's leader
  // lives on one node and its mirrors on others. A node that stops answering is taken for down only after the
  // inter-node heartbeat lapses (net_ticktime, 60 s by default; rabbitmq-partitions); until then the queues it led take
  // no publish, whichever node the client is connected to, and only then is a mirror promoted.
  'rabbitmq-mirrored': {
    id: 'rabbitmq-mirrored',
    label: 'RabbitMQ classic mirrored queues',
    labelKo: 'RabbitMQ 클래식 미러링 큐',
    detectSetting: 'net_ticktime',
    values: { detect: V(60, 'rabbitmq-partitions') },
  },
  // A self-run RabbitMQ cluster of classic queues (no `replication=`, no `quorum`): each queue on one node, nothing to fail
  // over; the other nodes drop a lost one after net_ticktime (rabbitmq-partitions), its queues wait for its repair.
  'rabbitmq-classic': {
    id: 'rabbitmq-classic',
    label: 'RabbitMQ classic queues',
    labelKo: 'RabbitMQ 클래식 큐',
    detectSetting: 'net_ticktime',
    values: { detect: V(60, 'rabbitmq-partitions') },
  },
  // Couchbase Server's Data Service: each vBucket is active on one node and replicated to `shard-replicas` others. A node
  // that stops answering is failed over automatically only after the auto-failover timeout (120 s by default); until
  // then the keys whose active vBuckets it held fail (the SDKs time out). maxCount (1 by default) failovers are made
  // before an administrator must reset the count, and below 3 nodes auto-failover is off. Writes are acknowledged
  // from the active node's memory (durability level none, the default): what was not yet replicated is lost with it.
  couchbase: {
    id: 'couchbase',
    label: 'Couchbase Server (Data Service)',
    labelKo: 'Couchbase Server(데이터 서비스)',
    detectSetting: 'auto-failover timeout',
    values: { detect: V(120, 'couchbase-autofailover'), maxAuto: V(1, 'couchbase-autofailover'), minAuto: V(3, 'couchbase-small-clusters') },
  },
  // CUBRID HA: the cub_master processes exchange heartbeats every 500 ms and take a node for dead after 5 missed (2.5 s);
  // node scores are recomputed every 3 s and a slave waits 3 s more (failover wait time) before it becomes master: the
  // promotion after detection is 3–6 s (cubrid-heartbeat-src, heartbeat.h of the CUBRID source: no manual gives figures).
  'cubrid-ha': {
    id: 'cubrid-ha',
    label: 'CUBRID HA',
    detectSetting: 'ha heartbeat interval × max heartbeat gap',
    // copylogdb copies the master's log in SYNC mode unless told otherwise (SEMISYNC is treated as SYNC): a commit is
    // acknowledged once the slave has its log (cubrid-copylogdb-src).
    values: { heartbeat: V(0.5, 'cubrid-heartbeat-src'), beats: V(5, 'cubrid-heartbeat-src'), promote: V(6, 'cubrid-heartbeat-src', 'derived', [3, 6]), sync: V(1, 'cubrid-copylogdb-src') },
  },
  // ActiveMQ Classic run by its owner as a shared-store master/slave pair (KahaDB on a shared file system): one master holds
  // the store's lock and serves; a slave polls for it every lockAcquireSleepInterval (10 s) and becomes the master once the
  // dead master's lock is released — on NFSv4, when the server lets the client's lease expire (90 s, the Linux default):
  // about 100 s (activemq-locker, nfsd-grace).
  activemq: {
    id: 'activemq',
    label: 'ActiveMQ (shared-store master/slave)',
    values: { failover: V(100, 'activemq-locker', 'derived', [10, 100]) },
  },
  // TIBCO EMS fault-tolerant pair on a shared store: the standby takes over once the active server's heartbeats (every
  // ft_heartbeat, 3 s) have stopped for ft_activation (10 s), and must then lock the store's files — on NFSv4 the lost
  // server's locks are released when its lease expires (90 s, nfsd-grace): about 100 s, 10 s where the locks go at once.
  'tibco-ems': {
    id: 'tibco-ems',
    label: 'TIBCO EMS (fault-tolerant pair on a shared store)',
    values: { failover: V(100, 'tibco-ems-ft', 'derived', [10, 100]) },
  },
  // IBM MQ multi-instance queue manager: one active instance and one standby on shared network storage; the standby starts
  // once the active instance's file lock is released — when the file system detects the failure, which sets the failover
  // time (ibm-mq-mi: 60 s by default on OpenShift Container Storage); on NFSv4 when the lost server's lease expires (90 s,
  // nfsd-grace) — then replays the log and the reconnectable clients come back: 100 s, derived (as TIBCO EMS's pair).
  'ibm-mq': {
    id: 'ibm-mq',
    label: 'IBM MQ (multi-instance queue manager on shared storage)',
    values: { failover: V(100, 'ibm-mq-mi', 'derived', [30, 100]) },
  },
  // Greenplum: the master's fault tolerance server (ftsprobe) probes every primary segment once per gp_fts_probe_interval
  // (60 s) and, when one does not answer, promotes its mirror; until then every query, dispatched to all segments, fails
  // (greenplum-fts). The probe's own connect timeout (20 s) and retries can add to it: 60 s is the loop's period.
  greenplum: {
    id: 'greenplum',
    label: 'Greenplum (FTS mirror promotion)',
    detectSetting: 'gp_fts_probe_interval',
    values: { detect: V(60, 'greenplum-fts', 'verified', [20, 85]) },
  },
  // HDFS NameNode HA with automatic failover: each NameNode's ZKFailoverController holds a ZooKeeper session; when the active's
  // host is lost its session expires after ha.zookeeper.session-timeout.ms (5 s) and the standby's ZKFC fences it and makes
  // its NameNode active. The fencing and the transition have no documented figure: the generic promotion.
  'hdfs-zkfc': {
    id: 'hdfs-zkfc',
    label: 'HDFS NameNode HA (ZKFC)',
    detectSetting: 'ha.zookeeper.session-timeout.ms',
    // The active NameNode logs every edit to a majority of the JournalNodes before it answers, and the standby reads all of
    // them from the JournalNodes before it becomes active (HDFSHighAvailabilityWithQJM): a failover loses no acknowledged edit
    // (round 110 r01 counted the generic 1 s lag).
    values: { detect: V(5, 'hadoop-zkfc'), sync: V(1, 'hadoop-zkfc') },
  },
  // CloudNativePG: the operator promotes the most aligned standby when the primary pod is no longer ready — its readiness
  // probe fails three times 10 s apart (cnpg-probes), failoverDelay 0. A pod lost with its node is not probed at all: it
  // turns unready only when the node is NotReady (K8S_NODE, engine). The promotion has no documented figure: 5 s generic.
  'cloudnative-pg': {
    id: 'cloudnative-pg',
    label: 'CloudNativePG',
    detectSetting: 'readinessProbe periodSeconds 10 × failureThreshold 3',
    // A lost instance is healed by the operator, not a person (cnpg-probes, "Failure Modes": the former primary rejoins with
    // pg_rewind on its volume, or a new standby is cloned from the new primary): nobody has to notice it first. How long the
    // clone takes depends on the data's size, which no document gives: the generic rebuild's hour (round 112 r01 counted a
    // person's 15 min notice before it).
    values: { detect: V(30, 'cnpg-probes', 'derived'), promote: G(5, [1, 15]), repair: G(3600) },
  },
  kafka: {
    id: 'kafka',
    label: 'Apache Kafka (KRaft)',
    detectSetting: 'broker.session.timeout.ms',
    // A lost broker is fenced when its lease lapses (no heartbeat for broker.session.timeout.ms);
    // the controller then moves the leadership of its partitions to in-sync replicas.
    // Producers retry a send whose partition has no leader (retries unbounded) until delivery.timeout.ms, 120 s.
    values: { detect: V(9, 'kafka-src'), retryFor: V(120, 'kafka-producer') },
  },
  // ZooKeeper mode (removed in Kafka 4.0): a lost broker is noticed when its ZooKeeper session expires
  // (zookeeper.session.timeout.ms, 18 s since Kafka 2.5); the controller then elects new leaders. Chosen by the model
  // when a Kafka queue's controller quorum drawn (`kafka -> zk`) is ZooKeeper.
  'kafka-zookeeper': {
    id: 'kafka-zookeeper',
    label: 'Apache Kafka (ZooKeeper mode)',
    labelKo: 'Apache Kafka(ZooKeeper 모드)',
    detectSetting: 'zookeeper.session.timeout.ms',
    values: { detect: V(18, 'kafka-zk-src'), retryFor: V(120, 'kafka-producer') },
  },
  // An OSD that stops answering is reported down by its peers after osd_heartbeat_grace (20 s; they ping every 6 s)
  // and the placement groups it was primary for re-peer on the other copies; meanwhile client I/O to them blocks — the
  // kernel client's osd_request_timeout is 0, no limit — so it waits rather than fails.
  ceph: {
    id: 'ceph',
    label: 'Ceph (RADOS)',
    detectSetting: 'osd_heartbeat_grace',
    values: { detect: V(20, 'ceph-osd-heartbeat'), retryFor: V(86400, 'libceph-timeout', 'derived') },
  },
  glusterfs: {
    id: 'glusterfs',
    label: 'GlusterFS (replicated volume)',
    labelKo: 'GlusterFS(복제 볼륨)',
    detectSetting: 'network.ping-timeout',
    // The native client writes to every replica (AFR) and waits this long for a brick server that stopped answering
    // before it carries on with the others.
    values: { detect: V(42, 'gluster-ping-timeout') },
  },
  'gcp-lb': {
    id: 'gcp-lb',
    label: 'Google Cloud Load Balancing',
    managed: true,
    alwaysChecks: true,
    values: {
      interval: V(5, 'gcp-hc'),
      timeout: V(5, 'gcp-hc'),
      failures: V(2, 'gcp-hc'),
      rise: V(2, 'gcp-hc'),
      // Compute Engine SLA, Premium Tier: "Load balancing >= 99.99%" (Standard Tier 99.9 %; Mexico and Stockholm 99.95 %).
      availability: V(0.9999, 'sla-gce'),
      failover: G(0),
    },
  },
  'k8s-service': {
    id: 'k8s-service',
    label: 'Kubernetes Service (readiness probe)',
    labelKo: 'Kubernetes Service(readiness 프로브)',
    alwaysChecks: true,
    values: {
      interval: V(10, 'k8s-probe-api'),
      timeout: V(1, 'k8s-probe-api'),
      failures: V(3, 'k8s-probe-api'),
      rise: V(1, 'k8s-probe-api'),
      repair: G(20),
      // The HorizontalPodAutoscaler acts once per sync period (15 s, k8s-hpa), then the new pods start (20 s, as a repair).
      autoscaleDelay: V(35, 'k8s-hpa', 'derived'),
      // A HorizontalPodAutoscaler given no metric targets 80 % CPU (the autoscaling API's DefaultCPUUtilization; `kubectl
      // autoscale` without --cpu-percent) — round 110 r05 ran Kubernetes tiers at Compute Engine's 60 %.
      autoscaleTarget: V(0.8, 'k8s-hpa-cpu'),
    },
  },
  // Pgpool-II's watchdog: the virtual IP (delegate_IP) moves when the other nodes miss its heartbeat for
  // wd_heartbeat_deadtime (30 s, beats every wd_heartbeat_keepalive 2 s); the leader holds it only with a quorum of the
  // watchdog nodes, more than half unless enable_consensus_with_half_votes (off by default).
  pgpool: {
    id: 'pgpool',
    label: 'Pgpool-II (watchdog)',
    values: { heartbeat: V(2, 'pgpool-conf'), beats: V(15, 'pgpool-conf', 'derived') },
  },
  keepalived: {
    id: 'keepalived',
    label: 'keepalived (VRRP)',
    // As a database's failover (`engine=keepalived` on the standby): the move is the failover — a notify script makes the
    // new holder writable (`read_only=0`), about a second (generic: a script's work, no product default).
    // As an LVS director (`load-balancer engine=keepalived`): its real-server checkers run every delay_loop, 60 s by
    // default (check_data.h KEEPALIVED_DEFAULT_DELAY); one failed check removes the server and one passing check returns
    // it (generic: the checker's retries and connect_timeout are not counted). Round 42.
    values: { heartbeat: V(1, 'keepalived-man'), beats: V(3, 'keepalived-man'), skew: V(0.609, 'keepalived-man', 'derived'), promote: G(1), interval: V(60, 'keepalived-src'), failures: G(1), rise: G(1) },
  },
  route53: {
    id: 'route53',
    label: 'Amazon Route 53',
    managed: true,
    alwaysChecks: true,
    values: {
      interval: V(30, 'r53-api-hc'),
      failures: V(3, 'r53-api-hc', 'verified', [1, 10]),
      timeout: V(4, 'r53-dg'),
      rise: V(3, 'r53-api-hc'),
      ttl: V(60, 'r53-dg'),
      availability: V(1, 'sla-route53', 'secondary'),
      failover: G(0),
    },
  },
  // Azure Traffic Manager: probes each endpoint every 30 s (10 s with fast probing), each probe waiting up to 10 s; an
  // endpoint is marked Degraded after the failure following the tolerated 3, the 4th in a row, and left out of the DNS
  // answers (tm-monitoring). The TTL is the profile's setting (the page's example uses 30 s; no default is stated there).
  'azure-traffic-manager': {
    id: 'azure-traffic-manager',
    label: 'Azure Traffic Manager',
    managed: true,
    alwaysChecks: true,
    values: {
      interval: V(30, 'tm-monitoring', 'verified', [10, 30]),
      failures: V(4, 'tm-monitoring', 'derived'),
      timeout: V(10, 'tm-monitoring'),
      failover: G(0),
    },
  },
  'redis-sentinel': {
    id: 'redis-sentinel',
    label: 'Redis Sentinel',
    values: { downAfter: V(30, 'redis-sentinel-conf'), promote: G(5, [1, 10]), sync: V(0, 'redis-replication') },
  },
  'redis-cluster': {
    id: 'redis-cluster',
    label: 'Redis Cluster',
    values: {
      nodeTimeout: V(15, 'redis-conf'),
      // gossip to a majority of masters (≈1 s, generic) + replica election 0.5–1 s (redis-cluster-src)
      promote: V(2, 'redis-cluster-src', 'derived', [0.5, 3]),
      sync: V(0, 'redis-replication'),
    },
  },
  'redis-replication': {
    id: 'redis-replication',
    label: 'Redis replication (no Sentinel)',
    labelKo: 'Redis 복제(Sentinel 없음)',
    values: { sync: V(0, 'redis-replication') },
  },
  'rds-single-az': {
    id: 'rds-single-az',
    label: 'Amazon RDS Single-AZ instance',
    labelKo: 'Amazon RDS 단일 AZ 인스턴스',
    managed: true,
    // Its data is on EBS volumes, apart from the host: a lost host is replaced and the volumes attached again (derived);
    // the volumes live in the instance's zone, so a lost zone takes them (the backups are then what is left).
    keepsDisks: 'zone',
    // Automated backups are on unless turned off (retention 1 day by the API, 7 in the console); transaction logs reach
    // Amazon S3 every 5 minutes, so a point-in-time restore loses at most about that (rds-backups).
    values: { availability: V(0.995, 'sla-rds'), backup: V(300, 'rds-backups') },
  },
  'rds-multi-az': {
    id: 'rds-multi-az',
    label: 'Amazon RDS Multi-AZ DB instance',
    labelKo: 'Amazon RDS 다중 AZ DB 인스턴스',
    managed: true,
    values: { failover: V(120, 'rds-ug', 'verified', [60, 120]), sync: V(1, 'rds-ug'), availability: V(0.9995, 'sla-rds'), backup: V(300, 'rds-backups') },
  },
  'rds-multi-az-cluster': {
    id: 'rds-multi-az-cluster',
    label: 'Amazon RDS Multi-AZ DB cluster',
    labelKo: 'Amazon RDS 다중 AZ DB 클러스터',
    managed: true,
    values: { failover: V(35, 'rds-ug'), sync: V(1, 'rds-ug'), availability: V(0.9995, 'sla-rds'), backup: V(300, 'rds-backups') },
  },
  aurora: {
    id: 'aurora',
    label: 'Amazon Aurora',
    managed: true,
    clusterVolume: true,
    // with an Aurora Replica: typically under 60 s, often under 30 s; without one, the writer is recreated: typically under 10 minutes
    // SLA: 99.99 % for a cluster deployed across two or more AZs, 99.9 % for a Single-AZ cluster.
    values: {
      failover: V(60, 'aurora-ug', 'verified', [30, 60]),
      failoverAlone: V(600, 'aurora-ug'),
      sync: V(1, 'aurora-ug'),
      availability: V(0.9999, 'sla-aurora'),
      availabilitySingleZone: V(0.999, 'sla-aurora'),
      // Automated backups cannot be turned off, continuous to S3 in the region (aurora-backups); the latest restorable time
      // is RDS's, about 5 minutes back (rds-backups).
      backup: V(300, 'aurora-backups', 'derived'),
    },
  },
  patroni: {
    id: 'patroni',
    label: 'Patroni (PostgreSQL)',
    values: { ttl: V(30, 'patroni-docs'), loopWait: V(10, 'patroni-docs'), retryTimeout: V(10, 'patroni-docs'), promote: G(0), sync: V(0, 'patroni-docs') },
  },
  'mysql-group-replication': {
    id: 'mysql-group-replication',
    label: 'MySQL Group Replication',
    // 5 s suspicion + group_replication_member_expel_timeout 5 s (8.0.21+)
    values: { detect: V(10, 'mysql-gr', 'derived'), promote: G(0), sync: V(1, 'mysql-gr', 'unverified') },
  },
  orchestrator: {
    id: 'orchestrator',
    label: 'orchestrator (MySQL)',
    // with MySQL's default replica timeouts detection can take up to a minute; 10–13 s tuned (secondary). The recovery after
    // the detection — picking and promoting a replica, regrouping the others, the hooks that move the address — takes
    // seconds more: 5 s, generic (GitHub's 10–13 s includes its detection); round 106 r01 judged 60 s + 0 s "met" for 1 min.
    values: { detect: V(60, 'orchestrator-docs', 'verified', [10, 60]), promote: G(5, [1, 15]), sync: V(0, 'orchestrator-docs'), rearm: V(3600, 'orchestrator-src') },
  },
  'apache-httpd': {
    id: 'apache-httpd',
    label: 'Apache httpd (mod_proxy_balancer, mod_jk)',
    alwaysChecks: true,
    passive: true,
    retries: true,
    values: {
      // A worker whose request failed is in error state and gets nothing for `retry` (60 s); a silent host costs the connect timeout (Timeout, 60 s).
      interval: V(60, 'httpd-proxy'),
      failures: V(1, 'httpd-proxy'),
      timeout: V(60, 'httpd-core', 'verified', [0, 60]),
      rise: V(1, 'httpd-proxy'),
    },
  },
  // Apache httpd (or IIS) with mod_jk's load-balancer worker in front of Tomcat: a member whose connect fails is put in
  // error state and the request goes to another member (the lb worker's retries); the member is tried again after
  // recover_time, 60 s by default (tomcat-jk-workers). With socket_connect_timeout at its default, 0, the connect waits for
  // the operating system's timeout: Linux retries a SYN 6 times (tcp_syn_retries), about 127 s — "several minutes due to
  // TCP retransmits", the connectors' timeouts guide says (tomcat-jk-timeouts, linux-tcp; rounds 116c r04, 119 r01, 119c
  // r05 read it as httpd's 60 s Timeout).
  'mod-jk': {
    id: 'mod-jk',
    label: 'Apache httpd with mod_jk (Tomcat connector)',
    alwaysChecks: true,
    passive: true,
    retries: true,
    values: {
      interval: V(60, 'tomcat-jk-workers'),
      failures: V(1, 'tomcat-jk-workers'),
      timeout: V(127, 'linux-tcp', 'derived', [1, 127]),
      rise: V(1, 'tomcat-jk-workers'),
    },
  },
  // The WebLogic Server Proxy Plug-In in Oracle HTTP Server (mod_wl_ohs), Apache or IIS: it spreads the requests over the
  // cluster's servers and, when it cannot connect to one within ConnectTimeoutSecs (10 s, retried every ConnectRetrySecs,
  // 2 s), sends the request to another server of the cluster (wls-plugin): a dead server costs that wait, not the request.
  'weblogic-plugin': {
    id: 'weblogic-plugin',
    label: 'WebLogic Proxy Plug-In (OHS, Apache, IIS)',
    alwaysChecks: true,
    passive: true,
    retries: true,
    values: {
      interval: V(10, 'wls-plugin', 'derived'),
      failures: V(1, 'wls-plugin'),
      timeout: V(10, 'wls-plugin'),
      rise: V(1, 'wls-plugin', 'derived'),
    },
  },
  webtob: {
    id: 'webtob',
    label: 'WebtoB (JEUS)',
    // Dispatches to the JEUS servers connected to it and stops using one whose connection drops; no TmaxSoft
    // document verified here: the generic checks' timings apply (docs/defaults.md).
    alwaysChecks: true,
    values: {},
  },
  varnish: {
    id: 'varnish',
    label: 'Varnish Cache',
    // Backend probes (`.probe`, the `health-check` flag): every 5 s, 2 s timeout; healthy while 3 of the last 8 probes
    // succeed (varnish-probe). From a full window, a dead backend is sick after 8 − 3 + 1 = 6 failed probes (30 s);
    // back after 3 good ones (15 s). Without a probe a backend is always healthy: its requests fail (503).
    values: { interval: V(5, 'varnish-probe'), timeout: V(2, 'varnish-probe'), failures: V(6, 'varnish-probe', 'derived'), rise: V(3, 'varnish-probe') },
  },
  mha: {
    id: 'mha',
    label: 'MHA for MySQL',
    // ping_interval 3 s; dead after a failed ping and three failed reconnects (mha-src): 9–12 s (mha-wiki);
    // then optionally powering the old master off (7–10 s) and applying relay logs: 10–30 s in all (mha-wiki)
    // masterha_manager exits once it has failed over, and even restarted refuses another failover within
    // --last_failover_minute (480 min) of the last one (mha-manager-src).
    values: { detect: V(12, 'mha-wiki', 'verified', [9, 12]), promote: V(18, 'mha-wiki', 'derived', [0, 18]), sync: V(0, 'mha-wiki'), rearm: V(28800, 'mha-manager-src') },
  },
  repmgr: {
    id: 'repmgr',
    label: 'repmgr (repmgrd)',
    // repmgrd checks the upstream every monitor_interval_secs 2 s; an unreachable primary gets reconnect_attempts 6
    // tries reconnect_interval 10 s apart before the failover starts (repmgr-docs): 60–62 s. The promotion itself
    // (`repmgr standby promote`, then the other standbys follow) is the generic one: no document gives its time.
    detectSetting: 'reconnect_attempts × reconnect_interval',
    values: { detect: V(62, 'repmgr-docs', 'derived', [60, 62]), sync: V(0, 'repmgr-docs') },
  },
  'pg-auto-failover': {
    id: 'pg-auto-failover',
    label: 'pg_auto_failover',
    // The monitor health-checks each node (every 5 s, 2 retries 2 s apart) and marks it unhealthy once its last
    // successful check is node_considered_unhealthy_timeout (20 s) old; before promoting the secondary it gives the old
    // primary primary_demote_timeout (30 s) to drain (pgaf-config). Synchronous replication by default (number_sync_standbys).
    detectSetting: 'node_considered_unhealthy_timeout',
    values: { detect: V(20, 'pgaf-config'), promote: V(30, 'pgaf-config'), sync: V(1, 'pgaf-config') },
  },
  // SQL Server's automatic failover (a failover cluster instance, or an availability group's automatic failover) is the
  // Windows Server failover cluster's: a node is declared down after SameSubnetThreshold missed heartbeats sent every
  // SameSubnetDelay — 10 × 1 s since Windows Server 2016 (5 × 1 s before) (wsfc-thresholds). Starting the instance on
  // the other node (recovery of the databases) is the generic promotion.
  'sqlserver-wsfc': {
    id: 'sqlserver-wsfc',
    label: 'SQL Server on a Windows Server failover cluster',
    labelKo: 'Windows Server 장애 조치 클러스터의 SQL Server',
    values: { heartbeat: V(1, 'wsfc-thresholds'), beats: V(10, 'wsfc-thresholds') },
  },
  pacemaker: {
    id: 'pacemaker',
    label: 'Pacemaker / Corosync',
    // token 3 s + consensus 3.6 s (corosync-man); then fencing (generic 10 s) and resource start (generic 10 s)
    values: { detect: V(6.6, 'corosync-man', 'derived'), promote: G(20, [0, 70]) },
  },
  drbd: {
    id: 'drbd',
    label: 'DRBD (protocol C)',
    values: { sync: V(1, 'drbd-utils') },
  },
  'aws-autoscaling': {
    id: 'aws-autoscaling',
    label: 'Amazon EC2 Auto Scaling',
    // alarm 180 s (unverified) + launch and boot 180 s (generic) + first passing check ≤ 30 s; replacement ≈ 300 s
    values: { autoscaleDelay: G(390), repair: G(300) },
  },
  // A lone EC2 instance (no Auto Scaling group): simplified automatic recovery, on by default for supported instance types
  // (EC2 User Guide, "Simplified automatic recovery"; ModifyInstanceMaintenanceOptions, AutoRecovery `default`), moves it
  // to other hardware when its system status check fails and reboots it, keeping its ID, addresses and EBS volumes. AWS
  // documents no duration: one failed system status check (run every minute) + a reboot on new hardware (boot 180 s,
  // generic as for Auto Scaling) ≈ 300 s, generic. It covers a host's failure, not the instance's own software.
  'ec2-instance': {
    id: 'ec2-instance',
    label: 'Amazon EC2 instance (automatic recovery)',
    values: { repair: G(300) },
  },
  // An ECS service: its scheduler starts a replacement for a stopped or unhealthy task and spreads tasks over the zones.
  // Provisioning a Fargate task, pulling its image and starting it takes no documented time: generic 60 s, against a
  // VM's 300 s. Service auto scaling uses the same CloudWatch alarms as EC2 (180 s) before a task starts (60 s).
  // The elected master checks every node each second (follower checks, 10 s timeout each) and removes one after 3 failed
  // checks in a row: 3 × 10 s timeouts + 2 × 1 s between them for a node that stops answering (a closed connection is removed
  // at once). A replica of each shard the node held is then promoted. An index request waits up to its timeout, 1 min, for
  // an active primary before failing (ReplicationRequest.DEFAULT_TIMEOUT); searches go to another copy of the shard.
  elasticsearch: {
    id: 'elasticsearch',
    label: 'Elasticsearch / OpenSearch',
    detectSetting: 'cluster.fault_detection.follower_check.*',
    values: { detect: V(32, 'es-follower-check'), retryFor: V(60, 'es-replication-timeout') },
  },
  // A provider-run Elasticsearch/OpenSearch domain (Amazon OpenSearch Service, Elastic Cloud): the same fault detection
  // (OpenSearch keeps Elasticsearch 7.10's follower checks), and the provider's automated snapshots, on without a
  // setting: hourly on Amazon OpenSearch Service (kept 14 days, opensearch-snapshots), every 30 minutes on Elastic Cloud
  // (ece-snapshots). The hour, the longer of the two, is what a restore of a lost domain loses at most.
  'managed-search': {
    id: 'managed-search',
    label: 'Managed Elasticsearch / OpenSearch (Amazon OpenSearch Service, Elastic Cloud)',
    managed: true,
    detectSetting: 'cluster.fault_detection.follower_check.*',
    values: { detect: V(32, 'es-follower-check'), retryFor: V(60, 'es-replication-timeout'), backup: V(3600, 'opensearch-snapshots', 'derived', [1800, 3600]) },
  },
  // Oracle RAC: every instance serves the shared database; a node that stops answering the cluster's network heartbeat
  // is evicted after CSS misscount (30 s by default, oracle-css), then the survivors recover its instance and its
  // services and connections move (FAN, TAF): the requests sent to the lost instance fail until then.
  'oracle-rac': {
    id: 'oracle-rac',
    label: 'Oracle RAC',
    detectSetting: 'CSS misscount',
    values: { detect: V(30, 'oracle-css') },
  },
  // Oracle Data Guard with fast-start failover (a standby written failover=auto): the observer fails over once it has
  // been unable to reach the primary for FastStartFailoverThreshold, 30 s by default (oracle-fsfo); the role change
  // itself is not given as a figure (generic promotion).
  'oracle-dataguard': {
    id: 'oracle-dataguard',
    label: 'Oracle Data Guard',
    detectSetting: 'FastStartFailoverThreshold',
    values: { detect: V(30, 'oracle-fsfo') },
  },
  'aws-ecs': {
    id: 'aws-ecs',
    label: 'Amazon ECS service (Fargate)',
    labelKo: 'Amazon ECS 서비스(Fargate)',
    values: { autoscaleDelay: G(240), repair: G(60) },
  },
  // Provider-run compute that scales on requests (Cloud Run, Cloud Functions, Lambda, Azure Functions): from zero on the first
  // request and out to the instances the load needs (cloud-run-autoscaling). A new instance is started for the requests
  // that arrive, which wait its cold start (seconds of latency, not failures) — within the platform's scaling rate (Lambda:
  // 1,000 execution environments every 10 s per function, lambda-scaling): no window in which the excess fails, 0 s.
  serverless: {
    id: 'serverless',
    label: 'serverless compute (scales on requests)',
    labelKo: '서버리스 컴퓨팅(요청에 따라 확장)',
    managed: true,
    values: { autoscaleDelay: V(0, 'lambda-scaling', 'derived'), failover: G(0) },
  },
  'aws-cloudfront': {
    id: 'aws-cloudfront',
    label: 'Amazon CloudFront',
    managed: true,
    values: { availability: V(0.999, 'sla-cloudfront'), failover: G(0) },
  },
  'azure-front-door': {
    id: 'azure-front-door',
    label: 'Azure Front Door',
    managed: true,
    // Routes each request to an origin its health probes found healthy; a request an origin fails is not retried on
    // another. Probes every 30 s; an origin is unhealthy once fewer than 3 of the last 4 samples succeed (2 failed
    // probes), and healthy again after 3 successes (afd-probes).
    alwaysChecks: true,
    values: { interval: V(30, 'afd-probes'), timeout: V(30, 'afd-probes'), failures: V(2, 'afd-probes'), rise: V(3, 'afd-probes'), failover: G(0), availability: V(0.9999, 'sla-front-door', 'secondary') },
  },
  // AWS Global Accelerator: anycast addresses served from AWS's edge locations in front of endpoint groups (ALBs, NLBs,
  // instances) in one or more regions; it sends each connection to a healthy endpoint of the nearest group. Health checks
  // every 30 s by default (10 or 30), and 3 in a row change an endpoint's state either way (ga-endpoint-group). SLA
  // 99.99 % for a Multi-AZ accelerator (sla-global-accelerator). No instance of the user's to lose: its own failover 0 s.
  'aws-global-accelerator': {
    id: 'aws-global-accelerator',
    label: 'AWS Global Accelerator',
    managed: true,
    alwaysChecks: true,
    values: { interval: V(30, 'ga-endpoint-group'), failures: V(3, 'ga-endpoint-group'), rise: V(3, 'ga-endpoint-group'), failover: G(0), availability: V(0.9999, 'sla-global-accelerator') },
  },
  'azure-app-gateway': {
    id: 'azure-app-gateway',
    label: 'Azure Application Gateway',
    managed: true,
    // The default probe: every 30 s with a 30 s time-out; a backend is marked down after 3 failed probes in a row (the
    // v2 SKU waits the interval between them), and back after one success (appgw-probes).
    alwaysChecks: true,
    values: { interval: V(30, 'appgw-probes'), timeout: V(30, 'appgw-probes'), failures: V(3, 'appgw-probes'), rise: V(1, 'appgw-probes'), failover: G(0) },
  },
  'aws-s3': {
    id: 'aws-s3',
    label: 'Amazon S3 Standard',
    managed: true,
    // A bucket copied to another by S3 Replication (a `standby of=` bucket, Cross-Region Replication) trails it: with S3
    // Replication Time Control, 99.99 % of objects within 15 minutes; without it, most objects within 15 minutes and
    // some in hours, with no bound (s3-rtc; round 119b r03 counted the generic 1 s). The lag is RTC's bound.
    values: { availability: V(0.999, 'sla-s3'), failover: G(0), lag: V(900, 's3-rtc') },
  },
  // Regional EFS stores every object across several AZs (no instance to fail over: 0 s, generic, as S3); its replication
  // to another file system is asynchronous with an RPO of 15 minutes for most file systems (efs-replication).
  // One volume in one Availability Zone, replicated inside it by the service: no second volume to fail over to. A lost
  // volume (0.1–0.2 % a year for gp2/gp3/io1, 0.001 % for io2: ebs-volume-types) is recreated from its last snapshot.
  'aws-ebs': {
    id: 'aws-ebs',
    label: 'Amazon EBS volume',
    labelKo: 'Amazon EBS 볼륨',
    managed: true,
    zonal: true,
    values: {},
  },
  'aws-efs': {
    id: 'aws-efs',
    label: 'Amazon EFS',
    managed: true,
    // Its SLA: Standard (Regional) storage classes 99.99 %, One Zone 99.9 % (sla-efs; round 96b r08).
    values: { failover: G(0), lag: V(900, 'efs-replication'), availability: V(0.9999, 'sla-efs'), availabilitySingleZone: V(0.999, 'sla-efs') },
  },
  // Four replicas in each region (a replica's or, zone-redundant, a zone's loss costs nothing: 0 s, generic, as DynamoDB);
  // the other regions copy asynchronously, and Microsoft documents an RPO under 15 minutes for the session, consistent
  // prefix and eventual levels with a single write region (cosmos-reliability).
  'azure-cosmos-db': {
    id: 'azure-cosmos-db',
    label: 'Azure Cosmos DB',
    managed: true,
    // Periodic backup, the default mode: a full backup every 4 hours (cosmos-periodic-backup), kept by default in
    // geo-redundant storage replicated to the paired region (cosmos-backup-redundancy): a region's loss leaves them
    // (round 106 r05 called it "no backup, unbounded"). Restored by a support request into a new account.
    values: { failover: G(0), lag: V(900, 'cosmos-reliability', 'secondary'), backup: V(14400, 'cosmos-periodic-backup'), geoBackup: V(14400, 'cosmos-backup-redundancy') },
  },
  // Replicated across several AZs by construction (dynamodb-api): no instance to fail over, so an own failover of 0 s (generic, as S3).
  // Its SLA, as the DynamoDB developer guide gives it: 99.99 % for a table in one region, 99.999 % for a global table
  // (dynamodb-gt-design; round 58b r06).
  'aws-dynamodb': {
    id: 'aws-dynamodb',
    label: 'Amazon DynamoDB',
    managed: true,
    values: { failover: G(0), sync: V(1, 'dynamodb-api'), availability: V(0.9999, 'dynamodb-gt-design'), availabilityMultiRegion: V(0.99999, 'dynamodb-gt-design') },
  },
  // A regional (HA) instance fails over once the primary has been unresponsive for about 60 s
  // (cloud-sql-ha); how long the standby then takes is not documented: the generic managed
  // failover (120 s, never less than that 60 s) stays. SLA: Enterprise edition with HA >= 99.95 %
  // (Enterprise Plus with HA >= 99.99 %); no SLA figure for an instance without HA.
  // Azure SQL Database: the failover inside the service is not documented as a figure (the generic managed one stays).
  // Backups are always taken (transaction log backups about every 10 minutes: PITR's RPO) and stored geo-redundantly
  // by default, copied asynchronously to the paired region: a geo-restore after the region's loss loses up to 1 hour
  // (azure-sql-backups).
  'azure-sql': {
    id: 'azure-sql',
    label: 'Azure SQL Database',
    managed: true,
    values: { failover: G(120), availability: V(0.9999, 'sla-azure-sql'), backup: V(600, 'azure-sql-backups'), geoBackup: V(3600, 'azure-sql-backups') },
  },
  // Amazon DocumentDB (instance-based clusters): one cluster volume, six copies over three AZs, shared by every instance;
  // a replica is promoted in typically under 30 s (the same page also says service returns in under 120 s, often under
  // 60 s), and with no replica the primary is re-created in typically under 10 minutes (docdb-ft). Continuous backups
  // with point-in-time restore (retention 1–35 days) cannot be turned off (docdb-backup); the latest restorable time is
  // not documented: Aurora's 5 minutes, generic.
  documentdb: {
    id: 'documentdb',
    label: 'Amazon DocumentDB',
    managed: true,
    clusterVolume: true,
    values: { failover: V(30, 'docdb-ft', 'verified', [30, 120]), failoverAlone: V(600, 'docdb-ft'), sync: V(1, 'docdb-ft'), backup: G(300) },
  },
  // Azure Cache for Redis, Standard or Premium: a primary and a replica behind one load balancer; on an unplanned failure
  // the replica waits to rule out a transient one and promotes itself, "typically within 10 to 15 seconds"
  // (azure-redis-failover). Its SLA: 99.9 % for standard replication, and for a Premium cache across zones as well
  // (azure-redis-ha; 99.99 % is the Enterprise tier's, which the language does not tell apart: `availability=`).
  'azure-cache-redis': {
    id: 'azure-cache-redis',
    label: 'Azure Cache for Redis',
    managed: true,
    values: { failover: V(15, 'azure-redis-failover', 'verified', [10, 15]), availability: V(0.999, 'azure-redis-ha') },
  },
  'gcp-cloud-sql': {
    id: 'gcp-cloud-sql',
    label: 'Google Cloud SQL',
    managed: true,
    // Automated backups, one a day in a 4-hour window, kept by default in the nearest multi-region location: a region's
    // loss is restored from the last of them (cloud-sql-backups). Point-in-time recovery's logs are not counted.
    // Its data is on a persistent disk apart from the VM (a zonal instance's in its zone): the instance's loss alone
    // loses none, its zone's does (as RDS Single-AZ's EBS volumes).
    keepsDisks: 'zone',
    values: { failover: G(120), availability: V(0.9995, 'sla-cloud-sql'), availabilitySingleZone: G(0.999), backup: V(86400, 'cloud-sql-backups'), geoBackup: V(86400, 'cloud-sql-backups') },
  },
  'gcp-spanner': {
    id: 'gcp-spanner',
    label: 'Google Cloud Spanner',
    managed: true,
    // Every split is a Paxos group over the instance's voting replicas (a majority group here, model/groups.ts): a lost
    // replica or zone leaves the others serving. SLA: regional instance 99.99 %, multi-regional 99.999 % (sla-spanner).
    values: { availability: V(0.9999, 'sla-spanner'), availabilityMultiRegion: V(0.99999, 'sla-spanner') },
  },
  'azure-postgres-flexible': {
    id: 'azure-postgres-flexible',
    label: 'Azure Database for PostgreSQL flexible server',
    labelKo: 'Azure Database for PostgreSQL 유연한 서버',
    managed: true,
    // Compute and storage are separate: a server without HA is restarted, on another node if needed, on the same storage (azure-pg-bc).
    keepsDisks: true,
    // High availability: a standby written synchronously (RPO 0), unplanned failover "within 60s-120s" in most cases; SLA
    // 99.99 % zone-redundant HA, 99.95 % same-zone HA (azure-pg-ha). Daily snapshots and transaction logs backed up
    // continuously (azure-pg-bc), retention 7-35 days: backups are always on.
    values: {
      failover: V(120, 'azure-pg-ha', 'verified', [60, 120]),
      sync: V(1, 'azure-pg-ha'),
      availability: V(0.9999, 'azure-pg-ha'),
      availabilitySingleZone: G(0.999),
      backup: G(300),
    },
  },
  'azure-mysql-flexible': {
    id: 'azure-mysql-flexible',
    label: 'Azure Database for MySQL flexible server',
    labelKo: 'Azure Database for MySQL 유연한 서버',
    managed: true,
    // As the PostgreSQL flexible server: compute apart from its storage; without HA a crashed server is restarted in its
    // zone, and a zone's loss is restored into another (azure-mysql-ha). With HA a standby in another zone is written
    // synchronously (no acknowledged write lost) and takes over in 60-120 s, the server name's DNS moved to it
    // (azure-mysql-ha). Daily snapshots and transaction logs backed up continuously, kept 1-35 days (azure-mysql-bc).
    keepsDisks: true,
    values: {
      failover: V(120, 'azure-mysql-ha', 'verified', [60, 120]),
      sync: V(1, 'azure-mysql-ha'),
      // The MySQL flexible server's SLA was not read: the PostgreSQL flexible server's (same platform) and the generic
      // single-zone value, both generic.
      availability: G(0.9999),
      availabilitySingleZone: G(0.999),
      backup: G(300),
      // Geo-redundant backups (opt-in): a geo-restore in the paired region loses up to an hour (azure-mysql-bc: "Geo Restore:
      // RPO <1 h"; round 108b r02 counted the in-region 5 min).
      geoRestore: V(3600, 'azure-mysql-bc'),
    },
  },
  // Azure App Service: the plan's instances sit behind the platform's own front-end load balancer. With Health check
  // enabled it pings each instance every minute and takes one out after 10 failed pings (WEBSITE_HEALTHCHECK_MAXPINGFAILURES,
  // 2-10), and replaces one still unhealthy after an hour (app-service-health).
  'azure-app-service': {
    id: 'azure-app-service',
    label: 'Azure App Service',
    managed: true,
    // A zone-redundant plan keeps serving through a zone's loss from the zones left; only the requests in flight on the lost
    // zone's instances fail (app-service-zones): routed around at once, the Health check being for an instance that
    // answers badly.
    values: { failover: V(600, 'app-service-health', 'verified', [120, 600]), repair: V(3600, 'app-service-health'), zoneDown: V(0, 'app-service-zones') },
  },
  // AlloyDB for PostgreSQL: a primary instance with HA is an active and a standby node in two zones over regional storage
  // (WAL written synchronously to a regional log persistor): a failover loses no write; detection takes up to 30 s and
  // the database starts on the standby in about 30 s more (alloydb-ha). Continuous backup and recovery is on for every
  // cluster by default, any point of the last 14 days, "a recovery point objective of zero" (alloydb-backup).
  alloydb: {
    id: 'alloydb',
    label: 'AlloyDB for PostgreSQL',
    managed: true,
    clusterVolume: true,
    values: {
      failover: V(60, 'alloydb-ha', 'verified', [30, 60]),
      sync: V(1, 'alloydb-ha'),
      backup: V(0, 'alloydb-backup'),
    },
  },
};

/** A profile's name in the reader's language. */
export function profileLabel(p: Profile, locale: 'en' | 'ko'): string {
  return locale === 'ko' ? (p.labelKo ?? p.label) : p.label;
}
