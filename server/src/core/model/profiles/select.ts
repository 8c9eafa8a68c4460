/**
 * Which technology profile a node gets: from its `engine=` (and, for Redis, its
 * `mode=`; for storage, `replication=drbd`; `autoscale=` for EC2 Auto Scaling),
 * otherwise the generic profile (`generic-managed` for a managed node). Pure
 * data, no AST: the parser uses it for the implied `managed` and availability.
 */
import type { Attr, KindId } from '../../syntax/ast';
import { PROFILES, type Profile, type ProfileId } from './table';
import { REDIS_COMPATIBLE, REDIS_ENGINES } from '../replication';

/** `engine=` spellings → profile (docs/defaults.md lists the same). */

/** DNS servers and GSLB appliances their owners run (not a provider's managed DNS). */
const SELF_RUN_DNS = /^(f5|bigip|big-ip|big-ip-dns|f5-gtm|gtm|citrix|netscaler|citrix-adc|a10|infoblox|bind|bind9|named|powerdns|pdns|unbound|coredns|windows-dns|ms-dns|knot|nsd)$/i;
export const ENGINE_PROFILES: Record<string, ProfileId> = {
  haproxy: 'haproxy',
  nginx: 'nginx',
  'ingress-nginx': 'ingress-nginx',
  'nginx-ingress': 'ingress-nginx',
  alb: 'aws-alb',
  'aws-alb': 'aws-alb',
  elb: 'aws-alb',
  'gcp-lb': 'gcp-lb',
  gclb: 'gcp-lb',
  'google-lb': 'gcp-lb',
  'cloud-load-balancing': 'gcp-lb',
  nlb: 'aws-nlb',
  'windows-nlb': 'windows-nlb',
  wnlb: 'windows-nlb',
  'ms-nlb': 'windows-nlb',
  'microsoft-nlb': 'windows-nlb',
  'aws-nlb': 'aws-nlb',
  keepalived: 'keepalived',
  vrrp: 'keepalived',
  proxysql: 'proxysql',
  maxscale: 'maxscale',
  'mariadb-maxscale': 'maxscale',
  f5: 'f5-ltm',
  bigip: 'f5-ltm',
  'big-ip': 'f5-ltm',
  'f5-bigip': 'f5-ltm',
  'f5-ltm': 'f5-ltm',
  hbase: 'hbase',
  'apache-hbase': 'hbase',
  pulsar: 'pulsar',
  'apache-pulsar': 'pulsar',
  kafka: 'kafka',
  // (The profile's own name written as the engine — a Kafka cluster run with ZooKeeper: round 101c r05 got the generic hint.)
  'kafka-zookeeper': 'kafka-zookeeper',
  couchbase: 'couchbase',
  'cloudflare-lb': 'cloudflare-lb',
  hdfs: 'hdfs-zkfc',
  'cloudnative-pg': 'cloudnative-pg',
  cloudnativepg: 'cloudnative-pg',
  cnpg: 'cloudnative-pg',
  namenode: 'hdfs-zkfc',
  'hdfs-namenode': 'hdfs-zkfc',
  cubrid: 'cubrid-ha',
  greenplum: 'greenplum',
  activemq: 'activemq',
  'activemq-classic': 'activemq',
  'tibco-ems': 'tibco-ems',
  'ibm-mq': 'ibm-mq',
  ibmmq: 'ibm-mq',
  'websphere-mq': 'ibm-mq',
  tibcoems: 'tibco-ems',
  ems: 'tibco-ems',
  gpdb: 'greenplum',
  'couchbase-server': 'couchbase',
  elasticsearch: 'elasticsearch',
  'oracle-rac': 'oracle-rac',
  oracle: 'oracle-dataguard',
  dataguard: 'oracle-dataguard',
  'data-guard': 'oracle-dataguard',
  'oracle-dataguard': 'oracle-dataguard',
  rac: 'oracle-rac',
  opensearch: 'elasticsearch',
  k8s: 'k8s-service',
  kubernetes: 'k8s-service',
  'k8s-service': 'k8s-service',
  // MetalLB announces a LoadBalancer Service's address; kube-proxy then sends to the Service's endpoints (round 95 r03).
  metallb: 'k8s-service',
  route53: 'route53',
  'aws-route53': 'route53',
  'traffic-manager': 'azure-traffic-manager',
  'azure-traffic-manager': 'azure-traffic-manager',
  trafficmanager: 'azure-traffic-manager',
  'redis-sentinel': 'redis-sentinel',
  'redis-cluster': 'redis-cluster',
  rds: 'rds-single-az',
  'rds-single-az': 'rds-single-az',
  'rds-multi-az': 'rds-multi-az',
  'rds-cluster': 'rds-multi-az-cluster',
  'rds-multi-az-cluster': 'rds-multi-az-cluster',
  aurora: 'aurora',
  documentdb: 'documentdb',
  docdb: 'documentdb',
  'amazon-documentdb': 'documentdb',
  'aurora-mysql': 'aurora',
  'aurora-postgresql': 'aurora',
  patroni: 'patroni',
  'group-replication': 'mysql-group-replication',
  'mysql-gr': 'mysql-group-replication',
  'mysql-group-replication': 'mysql-group-replication',
  'innodb-cluster': 'mysql-group-replication',
  orchestrator: 'orchestrator',
  mha: 'mha',
  apache: 'apache-httpd',
  httpd: 'apache-httpd',
  'apache-httpd': 'apache-httpd',
  'mod-jk': 'mod-jk',
  mod_jk: 'mod-jk',
  modjk: 'mod-jk',
  'apache-mod-jk': 'mod-jk',
  'tomcat-connector': 'mod-jk',
  ohs: 'weblogic-plugin',
  'oracle-http-server': 'weblogic-plugin',
  'weblogic-plugin': 'weblogic-plugin',
  'mod-wl-ohs': 'weblogic-plugin',
  webtob: 'webtob',
  varnish: 'varnish',
  'varnish-cache': 'varnish',
  'mha4mysql': 'mha',
  repmgr: 'repmgr',
  repmgrd: 'repmgr',
  pg_auto_failover: 'pg-auto-failover',
  'pg-auto-failover': 'pg-auto-failover',
  pgautofailover: 'pg-auto-failover',
  pg_autoctl: 'pg-auto-failover',
  pacemaker: 'pacemaker',
  sqlserver: 'sqlserver-wsfc',
  mssql: 'sqlserver-wsfc',
  'sql-server': 'sqlserver-wsfc',
  'ms-sql': 'sqlserver-wsfc',
  corosync: 'pacemaker',
  drbd: 'drbd',
  'aws-autoscaling': 'aws-autoscaling',
  asg: 'aws-autoscaling',
  'cloud-run': 'serverless',
  cloudrun: 'serverless',
  'cloud-functions': 'serverless',
  lambda: 'serverless',
  'aws-lambda': 'serverless',
  'azure-functions': 'serverless',
  serverless: 'serverless',
  functions: 'serverless',
  ec2: 'aws-autoscaling',
  pgpool: 'pgpool',
  'pgpool-ii': 'pgpool',
  pgpool2: 'pgpool',
  ecs: 'aws-ecs',
  'aws-ecs': 'aws-ecs',
  fargate: 'aws-ecs',
  'ecs-fargate': 'aws-ecs',
  cloudfront: 'aws-cloudfront',
  'front-door': 'azure-front-door',
  frontdoor: 'azure-front-door',
  'azure-front-door': 'azure-front-door',
  afd: 'azure-front-door',
  'global-accelerator': 'aws-global-accelerator',
  globalaccelerator: 'aws-global-accelerator',
  'aws-global-accelerator': 'aws-global-accelerator',
  'application-gateway': 'azure-app-gateway',
  'app-gateway': 'azure-app-gateway',
  appgw: 'azure-app-gateway',
  'azure-application-gateway': 'azure-app-gateway',
  'azure-app-gateway': 'azure-app-gateway',
  s3: 'aws-s3',
  ceph: 'ceph',
  'ceph-rbd': 'ceph',
  rbd: 'ceph',
  glusterfs: 'glusterfs',
  gluster: 'glusterfs',
  efs: 'aws-efs',
  ebs: 'aws-ebs',
  'aws-ebs': 'aws-ebs',
  cosmosdb: 'azure-cosmos-db',
  'cosmos-db': 'azure-cosmos-db',
  cosmos: 'azure-cosmos-db',
  'azure-cosmos-db': 'azure-cosmos-db',
  'azure-cosmosdb': 'azure-cosmos-db',
  'aws-efs': 'aws-efs',
  dynamodb: 'aws-dynamodb',
  'cloud-sql': 'gcp-cloud-sql',
  // The database flavour after the service (round 111b r05): the PostgreSQL one keeps PostgreSQL's reserved connections.
  'cloud-sql-postgres': 'gcp-cloud-sql',
  'cloud-sql-postgresql': 'gcp-cloud-sql',
  'cloud-sql-mysql': 'gcp-cloud-sql',
  'cloud-sql-sqlserver': 'gcp-cloud-sql',
  'azure-sql': 'azure-sql',
  'azure-cache': 'azure-cache-redis',
  'azure-redis': 'azure-cache-redis',
  'azure-cache-for-redis': 'azure-cache-redis',
  'azure-cache-redis': 'azure-cache-redis',
  'azure-sql-database': 'azure-sql',
  azuresql: 'azure-sql',
  cloudsql: 'gcp-cloud-sql',
  spanner: 'gcp-spanner',
  'cloud-spanner': 'gcp-spanner',
  'azure-postgres': 'azure-postgres-flexible',
  'azure-postgresql': 'azure-postgres-flexible',
  'azure-postgres-flexible': 'azure-postgres-flexible',
  'azure-postgresql-flexible': 'azure-postgres-flexible',
  'azure-pg': 'azure-postgres-flexible',
  'azure-pg-flexible': 'azure-postgres-flexible',
  'azure-mysql': 'azure-mysql-flexible',
  'azure-mysql-flexible': 'azure-mysql-flexible',
  'azure-mysql-flex': 'azure-mysql-flexible',
  alloydb: 'alloydb',
  'app-service': 'azure-app-service',
  'azure-app-service': 'azure-app-service',
  appservice: 'azure-app-service',
  'web-app': 'azure-app-service',
  'alloydb-postgresql': 'alloydb',
};

/**
 * Products without timings of their own (the generic profile applies) that are
 * still known: no "unknown engine" note for them. Those run by a provider make
 * the node managed.
 */
export const PRODUCT_ONLY: Record<string, { managed: boolean }> = {
  mysql: { managed: false },
  postgres: { managed: false },
  postgresql: { managed: false },
  mariadb: { managed: false },
  oracle: { managed: false },
  tibero: { managed: false },
  altibase: { managed: false },
  mongodb: { managed: false },
  galera: { managed: false },
  // MySQL NDB Cluster: its data nodes (node groups, engine.ts) and its management node (the arbitrator).
  ndb: { managed: false },
  ndbcluster: { managed: false },
  'mysql-cluster': { managed: false },
  'mysql-ndb': { managed: false },
  'ndb-cluster': { managed: false },
  'ndb-mgmd': { managed: false },
  ndb_mgmd: { managed: false },
  mgmd: { managed: false },
  cassandra: { managed: false },
  memcached: { managed: false },
  elasticache: { managed: true },
  dax: { managed: true },
  'aws-dax': { managed: true },
  memorydb: { managed: true },
  // Google Cloud Memorystore for Redis: Basic Tier is one node (write `mode=standalone`), Standard Tier a primary and a replica the service fails over.
  memorystore: { managed: true },
  rabbitmq: { managed: false },
  // Amazon MQ (ActiveMQ or RabbitMQ brokers run by AWS): provider-run, an active/standby pair (round 78b r02).
  'amazon-mq': { managed: true },
  amazonmq: { managed: true },
  // Web and application servers: the balancer in front decides how fast a lost one is routed around.
  iis: { managed: false },
  tomcat: { managed: false },
  jeus: { managed: false },
  jboss: { managed: false },
  wildfly: { managed: false },
  weblogic: { managed: false },
  // An identity server whose sessions are persisted in its database since Keycloak 26 (engine.ts PERSISTED_SESSIONS).
  keycloak: { managed: false },
  websphere: { managed: false },
  node: { managed: false },
  nodejs: { managed: false },
  'spring-boot': { managed: false },
  // Amazon RDS Proxy: a managed proxy whose infrastructure is deployed over multiple AZs (rds-proxy).
  'rds-proxy': { managed: true },
  rdsproxy: { managed: true },
  sqs: { managed: true },
  sns: { managed: true },
  etcd: { managed: false },
  zookeeper: { managed: false },
  consul: { managed: false },
  ebs: { managed: true },
  // Kong Gateway: traditional mode proxies from the configuration it caches from its database (request-graph configStoreEdge).
  kong: { managed: false },
  'api-gateway': { managed: true },
  apigateway: { managed: true },
  // Provider-run messaging and storage services without timings of their own here: the generic managed ones apply.
  pubsub: { managed: true },
  'cloud-pubsub': { managed: true },
  'google-pubsub': { managed: true },
  firestore: { managed: true },
  'cloud-firestore': { managed: true },
  kinesis: { managed: true },
  eventbridge: { managed: true },
  'event-hubs': { managed: true },
  eventhubs: { managed: true },
  'service-bus': { managed: true },
  servicebus: { managed: true },
  gcs: { managed: true },
  // Google Cloud Filestore (NFS): a Basic or Zonal instance written in one zone keeps its data there (filestore-tiers).
  filestore: { managed: true },
  'google-filestore': { managed: true },
  'cloud-filestore': { managed: true },
  'cloud-storage': { managed: true },
  'blob-storage': { managed: true },
  'azure-blob': { managed: true },
};

export interface Selection {
  profile: Profile;
  /** The engine word as written (lower-cased), or null. */
  engine: string | null;
  /** The engine names a product this project knows (a profile or product-only). */
  known: boolean;
  /** The node is managed: the `managed` flag, or a provider-run engine. */
  managed: boolean;
}

export interface SelectInput {
  kind: KindId | null;
  engine: string | null;
  mode: string | null;
  replication: string | null;
  /** The `managed` flag as written: true, false or absent (null). */
  managedFlag: boolean | null;
  autoscale: boolean;
  /** `autoscale=0..N`: scaled to zero when idle, as only request-driven platforms are. */
  scalesToZero: boolean;
  /** `replicas=` is written (a balancer written as Kubernetes pods — a pooler's deployment — rather than the Service itself). */
  replicasWritten?: boolean;
  /** The `quorum` flag is written (RabbitMQ quorum queues rather than mirrored ones). */
  quorum?: boolean;
  /** `replicas=` as written (a managed RabbitMQ of three brokers is a cluster deployment). */
  replicas?: number;
  /** `label=` as written (Apache httpd labelled as mod_jk: the mod-jk profile). */
  label?: string | null;
}

/** Whether `autoscale=` lets the node scale to zero (`0..N`). */
export function scalesToZero(a: Attr | undefined): boolean {
  const v = a?.value;
  return v !== null && v !== undefined && v.type === 'range' && v.min === 0;
}

/**
 * An engine word as the table knows it: a provider's prefix (`azure-service-bus`, `aws-sqs`, `gcp-pubsub`,
 * `amazon-dynamodb`) dropped when the word is not known with it and is without it.
 */
export function canonicalEngine(word: string): string {
  const w = word.toLowerCase();
  if (ENGINE_PROFILES[w] !== undefined || PRODUCT_ONLY[w] !== undefined) return w;
  const m = /^(azure|aws|amazon|gcp|google|gcloud)-(.+)$/.exec(w);
  return m && (ENGINE_PROFILES[m[2]!] !== undefined || PRODUCT_ONLY[m[2]!] !== undefined) ? m[2]! : w;
}

/** The profile of a node (see the top). */
export function selectProfile(i: SelectInput): Selection {
  const engine = i.engine ? canonicalEngine(i.engine) : null;
  let id: ProfileId | null = engine ? (ENGINE_PROFILES[engine] ?? null) : null;
  // (A provider's Redis service under its own name — NCP's Cloud DB for Redis — is Redis too: round 126c r02.)
  const redisNamed = engine !== null && id === null && i.kind === 'cache' && /redis|valkey/.test(engine) && !REDIS_COMPATIBLE.has(engine);
  if (engine === 'redis' || engine === 'valkey' || redisNamed) id = i.mode === 'sentinel' ? 'redis-sentinel' : i.mode === 'cluster' ? 'redis-cluster' : 'redis-replication';
  else if (id === null && i.kind === 'cache' && (i.mode === 'sentinel' || i.mode === 'cluster') && (engine === null || REDIS_COMPATIBLE.has(engine) || REDIS_ENGINES.has(engine)))
    id = i.mode === 'sentinel' ? 'redis-sentinel' : 'redis-cluster';
  if (id === null && i.replication === 'drbd') id = 'drbd';
  // Apache httpd whose label says it balances with mod_jk (`engine=apache label="Apache + mod_jk"`): mod_jk's timing.
  if (id === 'apache-httpd' && /mod[_-]?jk/i.test(i.label ?? '')) id = 'mod-jk';
  // Cloudflare written on a balancer is its Load Balancing (on a CDN, its cache: no profile).
  if (engine === 'cloudflare' && i.kind === 'load-balancer') id = 'cloudflare-lb';
  // A self-run RabbitMQ cluster with `replication=` and no `quorum`: classic mirrored queues (round 77 r04).
  if ((engine === 'rabbitmq' || engine === 'rabbit') && i.kind === 'queue' && !i.quorum && i.managedFlag !== true) id = i.replication !== null ? 'rabbitmq-mirrored' : 'rabbitmq-classic';
  // A provider's RabbitMQ cluster of three brokers or more (Amazon MQ's cluster deployment): its operator policy mirrors
  // every classic queue on all nodes (`ha-mode: all`, Amazon MQ Developer Guide, "Applying policies to Amazon MQ for
  // RabbitMQ", 3.13) — a lost broker's queues move to a mirror after net_ticktime, as classic mirrored queues do (93b r06).
  else if ((engine === 'rabbitmq' || engine === 'rabbit') && i.kind === 'queue' && !i.quorum && i.managedFlag === true && (i.replicas ?? 1) >= 3) id = 'rabbitmq-mirrored';
  const product = engine ? PRODUCT_ONLY[engine] : undefined;
  const known = engine === null || id !== null || product !== undefined || engine === 'redis' || engine === 'valkey';
  // A lone EC2 instance has no Auto Scaling group to replace it: its automatic recovery moves it to other hardware (round
  // 105 r05: it was "rebuilt by a person" in an hour).
  if (engine === 'ec2' && !i.autoscale) id = 'ec2-instance';
  const implied = (id !== null && PROFILES[id].managed === true) || product?.managed === true;
  // (A Kubernetes Service written as a balancer — one, no `replicas=` — is run by the cluster, kube-proxy on every node, not an
  // instance of the user's; a balancer written with its replicas is pods of a proxy, PgBouncer or HAProxy, behind one.)
  // (A DNS server or GSLB appliance its owner runs — BIG-IP DNS, NetScaler GSLB, BIND, PowerDNS — is no provider's service:
  // round 109c r06 read `dns engine=f5` as failing over inside a provider.)
  const selfRunDns = i.kind === 'dns' && engine !== null && SELF_RUN_DNS.test(engine);
  const managed = i.managedFlag ?? (implied || (i.kind === 'dns' && !selfRunDns) || i.kind === 'cdn' || (id === 'k8s-service' && i.kind === 'load-balancer' && !i.replicasWritten && !i.autoscale));
  // Provider-run compute that scales to zero (Cloud Run, App Engine, Lambda, Container Apps) scales on the requests that
  // arrive. One that keeps a minimum of instances may as well be a platform that adds VMs on a metric alarm (App Service,
  // Elastic Beanstalk): with no engine to tell them apart, it gets the generic autoscale delay, not a cold start.
  if (id === null && managed && i.autoscale && i.scalesToZero && (i.kind === 'web-server' || i.kind === 'app-server' || i.kind === 'service')) id = 'serverless';
  // Elasticsearch or OpenSearch run by a provider (`engine=opensearch managed`): its automated snapshots.
  if (id === 'elasticsearch' && managed) id = 'managed-search';
  // SQL Server run by a provider (RDS for SQL Server, Azure SQL Managed Instance, Cloud SQL) is no failover cluster the
  // user runs: the generic managed failover, as for a managed MySQL or PostgreSQL (round 52b r03).
  if (id === 'sqlserver-wsfc' && managed) id = 'generic-managed';
  // Couchbase Capella runs the cluster for the user: its failover is the provider's, not the self-run timeout.
  if (id === 'couchbase' && managed) id = 'generic-managed';
  if (id === null) id = managed ? 'generic-managed' : 'generic';
  return { profile: PROFILES[id], engine, known, managed };
}

/** Load balancer appliances whose HA pair fails over on its own network heartbeat, not VRRP (timed with keepalived's values, generic). */
export const APPLIANCE_PAIRS: ReadonlySet<string> = new Set(['f5', 'bigip', 'big-ip', 'f5-bigip', 'citrix-adc', 'netscaler', 'citrix', 'a10']);
