import type { KindId, Localized } from './ast';
import { L } from '../shared/localized';

/** What an attribute's value must look like. */
export type AttrType =
  | { t: 'int'; min: number }
  | { t: 'number'; min: number }
  | { t: 'percent' }
  /** A duration; `words` lists the words it also takes instead (`sync-timeout=none`). */
  | { t: 'duration'; words?: EnumValue[] }
  | { t: 'range' }
  /** A flag; `values` lists the words it also takes as its value (`fencing=stonith`). */
  | { t: 'flag'; values?: EnumValue[] }
  | { t: 'enum'; values: EnumValue[] }
  | { t: 'text' }
  | { t: 'zone' }
  | { t: 'zones' }
  | { t: 'region' }
  | { t: 'node' }
  | { t: 'nodes' }
  | { t: 'sessions' }
  | { t: 'flag-or-path' };

export interface EnumValue {
  name: string;
  doc: Localized;
}

export interface AttrSpec {
  key: string;
  type: AttrType;
  doc: Localized;
}

export interface KindSpec {
  id: KindId;
  aliases: string[];
  doc: Localized;
  attrs: AttrSpec[];
}

const E = (name: string, en: string, ko: string): EnumValue => ({ name, doc: L(en, ko) });

const durationSpec = (key: string, en: string, ko: string): AttrSpec => ({ key, type: { t: 'duration' }, doc: L(en, ko) });
const countSpec = (key: string, en: string, ko: string): AttrSpec => ({ key, type: { t: 'int', min: 1 }, doc: L(en, ko) });

const textSpec = (key: string, type: AttrSpec['type'], en: string, ko: string): AttrSpec => ({ key, type, doc: L(en, ko) });

/** `health-check` on a web server run by a reverse proxy (HAProxy `check`, a Varnish `.probe`) in front of one application tier. */
const PROXY_HEALTH_CHECK = textSpec(
  'health-check',
  { t: 'flag-or-path' },
  'A reverse proxy in front of one application tier (HAProxy `check`, a Varnish `.probe`) probes its instances and stops sending to dead ones (nginx and Apache httpd check passively without it).',
  '애플리케이션 계층 하나 앞의 리버스 프록시(HAProxy `check`, Varnish `.probe`)가 인스턴스를 확인해서 죽은 인스턴스에 보내지 않는다(nginx와 Apache httpd는 이것 없이도 패시브 체크를 한다).',
);

/** `vip` on a web server: an httpd or nginx pair behind a keepalived virtual IP (the WEB tier of a WEB/WAS design; round 70 r06). */
const WEB_VIP = textSpec(
  'vip',
  { t: 'flag' },
  'A virtual IP (keepalived, VRRP) that moves between the web servers: the one holding it serves, and a pair is redundant behind one address.',
  '웹 서버 사이를 옮겨 다니는 가상 IP(keepalived, VRRP). 주소를 가진 서버가 처리하고, 한 쌍이면 하나의 주소 뒤에서 이중화된다.',
);

/** `sticky` on a web server balancing an application tier (Apache's mod_jk or mod_proxy_balancer, nginx): session affinity (round 122c r02). */
const WEB_STICKY = textSpec(
  'sticky',
  { t: 'flag' },
  'A reverse proxy balancing an application tier sends a user back to the instance that holds their session (mod_proxy_balancer `stickysession`, nginx `sticky`/`ip_hash`). mod_jk does so by default (`sticky_session`); `sticky=false` says it is turned off.',
  '애플리케이션 계층을 분산하는 리버스 프록시가 사용자를 세션을 가진 인스턴스로 다시 보낸다(mod_proxy_balancer `stickysession`, nginx `sticky`/`ip_hash`). mod_jk는 기본으로 그렇게 한다(`sticky_session`). 끈 경우 `sticky=false`로 적는다.',
);

/** `hit-ratio=` on a caching node in the request path (a CDN; a web server caching in front of its origin: Varnish, nginx proxy_cache). */
const EDGE_HIT_RATIO = textSpec(
  'hit-ratio',
  { t: 'percent' },
  'Share of the requests answered from its own cache; only the rest (misses) reach the origin behind it. The origin\'s capacity is checked against the misses; losing the origin still fails every request in the run (pages past their TTL, logins and writes are not told apart from cached reads).',
  '자체 캐시로 답하는 요청의 비율. 나머지(미스)만 뒤의 오리진으로 간다. 오리진의 용량은 미스만으로 따진다. 오리진을 잃으면 시뮬레이션에서는 여전히 모든 요청이 실패한다(TTL이 지난 페이지, 로그인, 쓰기를 캐시된 읽기와 구분하지 않는다).',
);

// Timing attributes: each overrides one value of the node's profile (`engine=`; docs/defaults.md).
const CHECK_ATTRS: AttrSpec[] = [
  durationSpec(
    'interval',
    'Health-check interval (profile default: HAProxy 2s, ALB/NLB 30s, Kubernetes probe 10s; generic 10s).',
    '헬스 체크 주기(프로필 기본값: HAProxy 2초, ALB/NLB 30초, Kubernetes 프로브 10초, 범용 기본값 10초).',
  ),
  durationSpec('timeout', 'How long one check waits for an answer before it counts as failed (profile default).', '체크 하나가 응답을 기다리는 시간. 넘으면 실패로 센다(프로필 기본값).'),
  countSpec(
    'failures',
    'Failed checks in a row before a target is removed (HAProxy fall 3, ALB unhealthy threshold 2, Kubernetes failureThreshold 3; generic 3).',
    '대상을 빼기 전까지 연속으로 실패해야 하는 체크 수(HAProxy fall 3, ALB 비정상 임계값 2, Kubernetes failureThreshold 3, 범용 기본값 3).',
  ),
  countSpec('rise', 'Passing checks in a row before a repaired target gets requests again (profile default).', '복구된 대상이 다시 요청을 받기 전까지 연속으로 통과해야 하는 체크 수(프로필 기본값).'),
];
const REPAIR_ATTR = durationSpec(
  'repair',
  'Time to replace a lost instance when nothing takes over (default: VM 1h, Kubernetes pod 20s, Auto Scaling group 5m).',
  '넘겨받을 것이 없을 때 잃은 인스턴스를 교체하는 데 걸리는 시간(기본: VM 1시간, Kubernetes 파드 20초, 오토스케일링 그룹 5분).',
);
const DATA_TIMING_ATTRS: AttrSpec[] = [
  countSpec('failures', 'Missed heartbeats before the primary is declared down (default 3).', '주 노드를 장애로 판단하기 전까지 놓치는 하트비트 수(기본 3).'),
  durationSpec(
    'down-after',
    'Time the primary must be silent before it is declared down (Redis Sentinel down-after-milliseconds, default 30s).',
    '주 노드가 응답이 없어야 장애로 판단하는 시간(Redis Sentinel down-after-milliseconds, 기본 30초).',
  ),
];

/** Attributes every kind takes. */
export const COMMON_ATTRS: AttrSpec[] = [
  { key: 'label', type: { t: 'text' }, doc: L('Display name for diagrams and hovers.', '다이어그램과 호버에 보이는 이름.') },
  {
    key: 'replicas',
    type: { t: 'int', min: 1 },
    doc: L('Number of identical instances (default 1). Two or more survive the loss of one.', '같은 인스턴스의 개수(기본 1). 2 이상이면 하나를 잃어도 버틴다.'),
  },
  { key: 'zone', type: { t: 'zone' }, doc: L('All instances live in this zone (availability zone).', '모든 인스턴스가 이 존에 있다.') },
  {
    key: 'zones',
    type: { t: 'zones' },
    doc: L('Instances are spread over these zones, round-robin.', '인스턴스를 이 존들에 돌아가며 나누어 둔다.'),
  },
  { key: 'region', type: { t: 'region' }, doc: L('The region the node runs in.', '노드가 동작하는 리전.') },
  {
    key: 'availability',
    type: { t: 'percent' },
    doc: L('Availability of one instance (default 99.9%; managed: the product\'s SLA, otherwise 99.95%).', '인스턴스 하나의 가용성(기본 99.9%, 관리형은 제품의 SLA, 없으면 99.95%).'),
  },
  { key: 'capacity', type: { t: 'number', min: 0 }, doc: L('Requests per second one instance can serve.', '인스턴스 하나가 처리할 수 있는 초당 요청 수.') },
  {
    key: 'engine',
    type: { t: 'text' },
    doc: L(
      'The product (haproxy, alb, k8s, route53, rds-multi-az, aurora, patroni, redis, …): selects its technology profile of documented timings (docs/defaults.md).',
      '제품(haproxy, alb, k8s, route53, rds-multi-az, aurora, patroni, redis 등). 문서화된 시간 값을 담은 기술 프로필을 고른다(docs/defaults.md).',
    ),
  },
  REPAIR_ATTR,
  {
    key: 'managed',
    type: { t: 'flag' },
    doc: L(
      'A provider-run service, redundant by contract: never a single point of failure.',
      '클라우드 사업자가 운영하는 서비스. 계약상 이중화되어 단일 장애점이 되지 않는다.',
    ),
  },
];

/** Who else has a say in a failover: fencing, a coordinating quorum group, a witness (failure-model §4). */
function HA_ARBITER_ATTRS(): AttrSpec[] {
  return [
    {
      key: 'fencing',
      type: {
        t: 'flag',
        values: [
          E('stonith', 'STONITH: the failed node is powered off before the survivor takes over.', 'STONITH: 살아남은 쪽이 넘겨받기 전에 장애 노드의 전원을 끈다.'),
          E('ipmi', 'STONITH through the node\'s own management board (IPMI, iLO, iDRAC): it loses power with the node, so a power or site loss cannot be fenced and the takeover waits for a person.', '노드 자체의 관리 보드(IPMI, iLO, iDRAC)로 하는 STONITH. 노드와 함께 전원을 잃으므로 전원·사이트 장애는 펜싱하지 못하고, 넘겨받기는 사람을 기다린다.'),
          E('ilo', 'The same as `ipmi` (HPE iLO).', '`ipmi`와 같다(HPE iLO).'),
          E('idrac', 'The same as `ipmi` (Dell iDRAC).', '`ipmi`와 같다(Dell iDRAC).'),
        ],
      },
      doc: L('The failed node is fenced (cut off or powered off) before the other takes over: no split brain.', '넘겨받기 전에 장애 노드를 격리(차단하거나 전원을 끔)한다. 스플릿 브레인이 없다.'),
    },
    {
      key: 'coordinator',
      type: { t: 'node' },
      doc: L('The quorum group that decides the failover (Patroni on etcd): without its majority nothing is promoted.', '페일오버를 결정하는 쿼럼 그룹(etcd 위의 Patroni). 과반이 없으면 아무것도 승격되지 않는다.'),
    },
    { key: 'witness', type: { t: 'node' }, doc: L('A third voter that breaks the tie between the two nodes.', '두 노드 사이의 동점을 깨는 세 번째 투표자.') },
    { key: 'protocol', type: { t: 'enum', values: [E('A', 'DRBD protocol A: asynchronous.', 'DRBD 프로토콜 A: 비동기.'), E('B', 'DRBD protocol B: memory-synchronous (the peer has it in memory).', 'DRBD 프로토콜 B: 메모리 동기(상대가 메모리에 받으면 확인).'), E('C', 'DRBD protocol C (default): synchronous, both disks have it.', 'DRBD 프로토콜 C(기본): 동기, 두 디스크 모두에 기록.')] }, doc: L('DRBD replication protocol (with `replication=drbd`).', 'DRBD 복제 프로토콜(`replication=drbd`와 함께).') },
  ];
}

/** A data node that is a voting group over its own instances (majority needed). */
const QUORUM_FLAG: AttrSpec = {
  key: 'quorum',
  type: { t: 'flag' },
  doc: L('The instances form a voting group: it works while a strict majority of them is up.', '인스턴스들이 투표 그룹을 이룬다. 과반이 살아 있어야 동작한다.'),
};
const TWO_NODE_FLAG: AttrSpec = {
  key: 'two-node',
  type: { t: 'flag' },
  doc: L('Corosync `two_node`: a two-node cluster keeps quorum with one node (safe only with fencing).', 'Corosync `two_node`: 두 노드 클러스터가 한 노드로도 쿼럼을 유지한다(펜싱이 있어야 안전).'),
};

/** How a standby is promoted: the values `failover=` takes on every kind that has a standby. */
const FAILOVER_MODES = [
  E('auto', 'Promoted automatically once the failure is detected.', '장애를 감지하면 자동으로 승격된다.'),
  E('manual', 'Waits for a person to promote it (default 30 minutes).', '사람이 승격시켜야 한다(기본 30분).'),
];

const ROLE_ATTRS: AttrSpec[] = [
  { key: 'primary', type: { t: 'flag' }, doc: L('Takes writes. With `of=X`: a second primary of X (active-active).', '쓰기를 받는 주 노드. `of=X`와 함께면 X의 두 번째 프라이머리(액티브-액티브).') },
  { key: 'standby', type: { t: 'flag' }, doc: L('Kept in sync with `of`, promoted when it fails.', '`of` 노드를 따라가다가 장애 시 승격되는 대기 노드.') },
  { key: 'replica', type: { t: 'flag' }, doc: L('A read copy of `of`; not promoted automatically.', '`of` 노드의 읽기 전용 복제본. 자동 승격되지 않는다.') },
  {
    key: 'readable',
    type: { t: 'flag' },
    doc: L(
      'On a standby: it also serves reads while it waits (an Aurora reader, a readable standby), and is still promoted when `of` fails.',
      '대기 노드에 붙인다: 기다리는 동안 읽기도 처리하고(Aurora 리더, 읽기 가능한 대기 노드), `of`에 장애가 나면 여전히 승격된다.',
    ),
  },
  {
    key: 'role',
    type: {
      t: 'enum',
      values: [
        E('primary', 'Takes writes.', '쓰기를 받는다.'),
        E('standby', 'Waits to take over.', '대기하다 넘겨받는다.'),
        E('replica', 'Serves reads from a copy.', '복제본으로 읽기를 처리한다.'),
      ],
    },
    doc: L('The node\'s role; the same as the flags primary, standby, replica.', '노드의 역할. primary, standby, replica 플래그와 같다.'),
  },
  { key: 'of', type: { t: 'node' }, doc: L('The node whose data this one copies or stands in for.', '이 노드가 복제하거나 대신하는 원본 노드.') },
  {
    key: 'failover',
    type: {
      t: 'enum',
      values: [
        ...FAILOVER_MODES,
      ],
    },
    doc: L('Who promotes the standby when the primary fails.', '주 노드 장애 시 누가 대기 노드를 승격시키는가.'),
  },
  durationSpec('heartbeat', 'Beat interval; `failures` (3) missed beats mean the peer is down (generic default 5s).', '하트비트 주기. `failures`(3)번 놓치면 장애로 판단한다(범용 기본값 5초).'),
  durationSpec('promote', 'Time from detection to the standby serving (default: the profile\'s; generic 15s automatic, 30m manual).', '장애 감지부터 대기 노드가 처리를 시작하기까지의 시간(기본: 프로필 값, 범용 기본값은 자동 15초, 수동 30분).'),
  durationSpec('lag', 'How far async replication trails the primary (default 1s).', '비동기 복제가 주 노드보다 뒤처지는 정도(기본 1초).'),
  ...HA_ARBITER_ATTRS(),
];

/** RAID level of a node's disks: a storage array, or a database server's own disks. */
const RAID_ATTR: AttrSpec = {
  key: 'raid',
  type: {
    t: 'enum',
    values: [
      E('0', 'Striping: fast, but one failed disk loses everything.', '스트라이핑. 빠르지만 디스크 하나가 고장 나면 전부 잃는다.'),
      E('1', 'Mirroring: every disk holds a full copy.', '미러링. 디스크마다 전체 사본을 갖는다.'),
      E('5', 'Striping with parity: survives one failed disk.', '패리티 스트라이핑. 디스크 하나의 고장을 견딘다.'),
      E('6', 'Double parity: survives two failed disks.', '이중 패리티. 디스크 두 개의 고장을 견딘다.'),
      E('10', 'Mirrored pairs, striped (RAID 1+0).', '미러링한 쌍을 스트라이핑(RAID 1+0).'),
    ],
  },
  doc: L('RAID level of the disks.', '디스크의 RAID 레벨.'),
};

/** `failover=` with a `client` value besides the promotion modes: who moves the work when the callers do it themselves. */
function failoverWithClient(client: Localized, doc: Localized): AttrSpec {
  return { key: 'failover', type: { t: 'enum', values: [...FAILOVER_MODES, E('client', client.en, client.ko)] }, doc };
}

/** `failover=` of a database: a standby's promotion, or (a multi-primary cluster) drivers that connect to the next member themselves. */
const DATABASE_FAILOVER: AttrSpec = failoverWithClient(
  L(
    'A cluster whose members all take writes (Galera, CockroachDB) called with no proxy: the callers\' driver lists every member and connects to the next when one does not answer (a multi-host connection string: MariaDB Connector/J `sequential` or `loadbalance`, libpq and pgx host lists).',
    '모든 구성원이 쓰기를 받는 클러스터(Galera, CockroachDB)를 프록시 없이 호출할 때, 호출하는 쪽 드라이버가 구성원 목록을 알고 한 곳이 응답하지 않으면 다음 구성원에 연결한다(호스트 여러 개를 적은 연결 문자열: MariaDB Connector/J `sequential`·`loadbalance`, libpq·pgx 호스트 목록).',
  ),
  L(
    'Who moves the work when the primary fails: a standby\'s promotion (`auto`, `manual`), or, for a multi-primary cluster, the callers\' driver (`client`).',
    '주 노드 장애 시 누가 넘기는가: 대기 노드의 승격(`auto`, `manual`), 또는 멀티 프라이머리 클러스터라면 호출하는 쪽 드라이버(`client`).',
  ),
);

/** `failover=` of a server: a standby's promotion (auto, manual), or clients that move to another instance themselves. */
const SERVING_FAILOVER: AttrSpec = failoverWithClient(
  L(
    'No balancer: the callers know every instance and try the next one when an instance does not answer (resolvers with several name servers, AD domain controllers, an LDAP URI list). A dead instance costs its share for the clients\' timeout (generic 5 s), not until it is repaired.',
    '로드밸런서 없이 호출하는 쪽이 인스턴스 목록을 알고, 한 곳이 응답하지 않으면 다음 곳으로 넘어간다(네임서버 여러 개를 둔 리졸버, AD 도메인 컨트롤러, LDAP URI 목록). 인스턴스가 죽으면 복구될 때까지가 아니라 클라이언트의 타임아웃(범용 기본값 5초) 동안만 그 몫이 실패한다.',
  ),
  L(
    'Who moves the work when an instance fails: a standby\'s promotion (`auto`, `manual`), or the callers themselves (`client`).',
    '인스턴스 장애 시 누가 넘기는가: 대기 노드의 승격(`auto`, `manual`) 또는 호출하는 쪽 스스로(`client`).',
  ),
);

/** The role attributes a server (web, app, service) takes: an active-standby pair with no data to replicate. */
const COMPUTE_ROLE_KEYS: ReadonlySet<string> = new Set(['primary', 'standby', 'role', 'of', 'failover', 'heartbeat', 'promote', ...HA_ARBITER_ATTRS().map((a) => a.key)]);

/** Durability of a data node: backups and restores (failure-model §5). */
const DURABILITY_ATTRS: AttrSpec[] = [
  durationSpec(
    'backup',
    'How often a backup is taken (a dump, a snapshot, archived WAL). With no live copy, losing the node loses everything since the last backup: up to this long.',
    '백업 주기(덤프, 스냅샷, WAL 보관). 살아 있는 사본이 없으면 노드를 잃을 때 마지막 백업 이후의 데이터, 최대 이만큼을 잃는다.',
  ),
  {
    key: 'backup-to',
    type: { t: 'text' },
    doc: L(
      'Where the backups are kept: a region or a node (default: the node\'s own region). A region loss loses the backups kept there.',
      '백업을 두는 곳: 리전이나 노드(기본: 노드가 있는 리전). 리전 장애는 그곳에 둔 백업까지 잃게 한다.',
    ),
  },
  durationSpec('restore', 'Time to restore the data from the backup and serve again (default 1h, generic).', '백업에서 데이터를 복원해 다시 서비스하기까지 걸리는 시간(기본 1시간, 범용 기본값).'),
  {
    key: 'rebuilt-from',
    type: { t: 'node' },
    doc: L(
      'The store this one is rebuilt from (a search index reindexed from the database): losing it loses no data of record — it serves again once rebuilt, after `restore=` (the rebuild time; default 1h, generic).',
      '이 저장소를 다시 만드는 원본(DB에서 재색인하는 검색 색인). 잃어도 원본 데이터는 잃지 않고, 다시 만든 뒤(`restore=`, 재구축 시간, 기본 1시간, 범용 기본값) 다시 동작한다.',
    ),
  },
];

const SHARDS_ATTR: AttrSpec = {
  key: 'shards',
  type: { t: 'int', min: 1 },
  doc: L(
    'The data is split over N shards; the instances are divided among them. Losing every instance of a shard fails 1/N of the keys.',
    '데이터를 N개의 샤드로 나누고 인스턴스를 샤드에 나누어 둔다. 한 샤드의 인스턴스를 모두 잃으면 키의 1/N이 실패한다.',
  ),
};

const SHARD_REPLICAS_ATTR: AttrSpec = {
  key: 'shard-replicas',
  type: { t: 'int', min: 0 },
  doc: L(
    'Replicas of every shard, each on another instance (Elasticsearch/OpenSearch `number_of_replicas`; default 1 for those engines). The shards are spread over all the instances, and a shard is lost only with every instance holding a copy of it.',
    '샤드마다 다른 인스턴스에 두는 복제본 수(Elasticsearch/OpenSearch의 `number_of_replicas`, 두 엔진의 기본값 1). 샤드는 모든 인스턴스에 흩어지고, 사본을 가진 인스턴스를 모두 잃어야 그 샤드를 잃는다.',
  ),
};

const replication = (extra: EnumValue[] = []): AttrSpec => ({
  key: 'replication',
  type: {
    t: 'enum',
    values: [
      E('sync', 'A write is acknowledged once the copy has it: nothing is lost on failover.', '복제본이 받은 뒤에 쓰기를 확인한다. 페일오버 때 잃는 데이터가 없다.'),
      E('async', 'A write is acknowledged before the copy has it: the last `lag` of writes can be lost.', '복제본이 받기 전에 쓰기를 확인한다. 마지막 `lag`만큼의 쓰기를 잃을 수 있다.'),
      E('semi-sync', 'Semi-synchronous: the copy acknowledges receipt; falls back to async after its timeout.', '반동기: 복제본이 받았음을 확인한다. 시간 초과 후에는 비동기로 떨어진다.'),
      E('drbd', 'Block-level replication to a second server (DRBD); `protocol=` says how (C by default).', '다른 서버로의 블록 단위 복제(DRBD). 방식은 `protocol=`(기본 C).'),
      E('shared', 'No copy: the standby mounts the same disk (a SAN LUN, shared storage) and takes over with everything written; that storage is the one copy.', '복제하지 않고 대기 노드가 같은 디스크(SAN LUN, 공유 스토리지)를 붙여 쓴 것을 모두 가지고 넘겨받는다. 그 스토리지가 유일한 사본이다.'),
      ...extra,
    ],
  },
  doc: L('How writes reach the copy.', '쓰기가 복제본에 전달되는 방식.'),
});

export const KINDS: KindSpec[] = [
  {
    id: 'client',
    aliases: [],
    doc: L('The users: where traffic comes from. Counts in no availability.', '사용자. 트래픽이 시작되는 곳이며 가용성 계산에는 들어가지 않는다.'),
    attrs: [{ key: 'rate', type: { t: 'number', min: 0 }, doc: L('Requests per second the users send.', '사용자가 보내는 초당 요청 수.') }],
  },
  {
    id: 'dns',
    aliases: [],
    doc: L('Name resolution; managed (redundant) unless `managed=false`.', '이름 해석. `managed=false`가 아니면 관리형(이중화됨)으로 본다.'),
    attrs: [
      {
        key: 'routing',
        type: {
          t: 'enum',
          values: [
            E('simple', 'One answer for every query.', '모든 질의에 같은 응답을 준다.'),
            E('failover', 'Answers with the secondary once health checks see the primary down.', '헬스 체크가 주 대상의 장애를 보면 보조 대상을 알려 준다.'),
            E('latency', 'Answers with the closest healthy target.', '가장 가까운 정상 대상을 알려 준다.'),
            E('weighted', 'Splits answers by weight.', '가중치에 따라 응답을 나눈다.'),
            E('round-robin', 'Rotates through several addresses.', '여러 주소를 돌아가며 알려 준다.'),
          ],
        },
        doc: L('How the name is answered.', '이름에 답하는 방식.'),
      },
      durationSpec('ttl', 'How long clients cache an answer (default 60s); failover waits for it.', '클라이언트가 DNS 응답을 캐시하는 시간(기본 60초). 페일오버는 이만큼 기다려야 한다.'),
      {
        key: 'failover',
        type: {
          t: 'enum',
          values: [
            E('auto', 'The record follows its health checks (the default).', '레코드가 헬스 체크를 따라 바뀐다(기본값).'),
            E('manual', 'A person changes the record once someone notices the first target is down (notice, then 30 minutes by default), and changes it back by hand.', '첫 대상이 멈춘 것을 누군가 알아챈 뒤 사람이 레코드를 바꾼다(알아채는 시간 뒤 기본 30분). 되돌리는 것도 사람이 한다.'),
          ],
        },
        doc: L('With `routing=failover`: who moves the users to the next target.', '`routing=failover`일 때 사용자를 다음 대상으로 옮기는 주체.'),
      },
      {
        key: 'health-check',
        type: { t: 'flag-or-path' },
        doc: L(
          'Health-checks the targets: a dead one leaves the answers after interval × failures, and clients move once their cached answer expires (ttl). Implied by `routing=failover`.',
          '대상을 헬스 체크한다: 죽은 대상은 주기 × 실패 횟수 뒤 DNS 응답에서 빠지고, 클라이언트는 캐시된 응답이 만료(ttl)되면 옮겨 간다. `routing=failover`에는 기본으로 들어 있다.',
        ),
      },
      durationSpec(
        'interval',
        'Health-check interval (default 30s, Route 53\'s standard checks). Written on any routing, it means the targets are health-checked (as `health-check`).',
        '헬스 체크 주기(기본 30초, Route 53 표준 체크). 어떤 라우팅이든 이 값을 적으면 대상을 헬스 체크한다는 뜻이다(`health-check`와 같다).',
      ),
      countSpec('failures', 'Failed checks in a row before a target leaves the answers (default 3).', '대상이 DNS 응답에서 빠지기 전까지 연속으로 실패해야 하는 체크 수(기본 3).'),
      durationSpec('timeout', 'How long one check waits for an answer (Route 53: 4s to connect).', '체크 하나가 응답을 기다리는 시간(Route 53: 연결 4초).'),
    ],
  },
  {
    id: 'cdn',
    aliases: [],
    doc: L('Edge cache for static content, close to users; managed unless `managed=false`.', '사용자 가까이에서 정적 콘텐츠를 주는 엣지 캐시. `managed=false`가 아니면 관리형.'),
    attrs: [
      EDGE_HIT_RATIO,
      {
        key: 'health-check',
        type: { t: 'flag-or-path' },
        doc: L(
          'Azure Front Door probes its origins by default. `health-check=deep`: the probe path follows the request to what each origin needs (a `/health` that checks its cache or database), so an origin whose dependencies are down leaves the group as well.',
          'Azure Front Door는 기본으로 오리진을 프로브한다. `health-check=deep`: 프로브 경로가 오리진이 필요로 하는 곳까지 따라가므로(캐시나 DB를 확인하는 `/health`), 의존하는 곳이 멈춘 오리진도 그룹에서 빠진다.',
        ),
      },
      durationSpec(
        'interval',
        'How often the CDN probes each origin (Azure Front Door: the origin group\'s probe interval, default 30s).',
        'CDN이 오리진마다 헬스 프로브를 보내는 주기(Azure Front Door: 오리진 그룹의 프로브 주기, 기본 30초).',
      ),
      countSpec('failures', 'Failed probes before an origin leaves rotation (Azure Front Door: 2 by default).', '오리진이 라우팅에서 빠지기 전까지 실패해야 하는 프로브 수(Azure Front Door: 기본 2).'),
    ],
  },
  {
    id: 'load-balancer',
    aliases: ['lb'],
    doc: L('Spreads requests over the instances behind it and routes around dead ones.', '요청을 뒤의 인스턴스들에 나누고 죽은 인스턴스를 피해 보낸다.'),
    attrs: [
      {
        key: 'failover',
        type: { t: 'enum', values: [E('client', 'The callers know every instance of the balancer or proxy and try the next one when it does not answer (a MySQL Router or ProxySQL list in the driver, an Informix sqlhosts group). A dead instance costs its share for the clients\' timeout (generic 5 s).', '호출하는 쪽이 로드밸런서나 프록시 인스턴스 목록을 알고, 응답하지 않으면 다음 곳으로 넘어간다(드라이버에 적은 MySQL Router·ProxySQL 목록, Informix sqlhosts 그룹). 죽은 인스턴스의 몫은 클라이언트 타임아웃(범용 기본값 5초) 동안만 실패한다.')] },
        doc: L('Who moves the callers off a dead instance of a balancer with no virtual IP: `client`, the callers themselves.', '가상 IP 없는 로드밸런서의 죽은 인스턴스에서 호출하는 쪽을 옮기는 주체: `client`면 호출하는 쪽 스스로.'),
      },
      {
        key: 'layer',
        type: {
          t: 'enum',
          values: [E('4', 'L4: balances TCP connections.', 'L4: TCP 연결 단위로 분산한다.'), E('7', 'L7: balances HTTP requests and can read paths and cookies.', 'L7: HTTP 요청 단위로 분산하며 경로와 쿠키를 볼 수 있다.')],
        },
        doc: L('OSI layer it balances at.', '분산하는 OSI 계층.'),
      },
      {
        key: 'algorithm',
        type: {
          t: 'enum',
          values: [
            E('round-robin', 'Each instance in turn.', '인스턴스마다 차례로 보낸다.'),
            E('least-connections', 'The instance with the fewest open connections.', '열린 연결이 가장 적은 인스턴스로 보낸다.'),
            E('response-time', 'The instance answering fastest.', '가장 빨리 응답하는 인스턴스로 보낸다.'),
            E('ip-hash', 'The same client IP always goes to the same instance.', '같은 클라이언트 IP는 늘 같은 인스턴스로 보낸다.'),
            E('active-backup', 'One instance takes every request; the others are backups, used when it fails its health check (HAProxy `backup` servers, a Galera writer node).', '인스턴스 하나가 모든 요청을 받고 나머지는 백업으로, 그 인스턴스가 헬스 체크에 실패할 때만 쓴다(HAProxy의 `backup` 서버, Galera의 쓰기 노드 하나).'),
          ],
        },
        doc: L('How the next instance is chosen.', '다음 인스턴스를 고르는 방법.'),
      },
      {
        key: 'health-check',
        type: { t: 'flag-or-path' },
        doc: L(
          'Probes instances (optionally at a PATH) and stops sending to dead ones. `health-check=deep`: the check follows the request to what the target needs (a `/health` that queries the database), so a target whose dependencies are down is taken out as well.',
          '인스턴스를 주기적으로 확인(선택적으로 PATH)해서 죽은 인스턴스에 보내지 않는다. `health-check=deep`: 체크가 대상이 필요로 하는 곳까지 따라가므로(DB를 조회하는 `/health`), 의존하는 곳이 멈춘 대상도 뺀다.',
        ),
      },
      ...CHECK_ATTRS,
      durationSpec('heartbeat', 'With `vip`: VRRP advertisement interval (keepalived advert_int, default 1s).', '`vip`와 함께: VRRP advertisement 주기(keepalived advert_int, 기본 1초).'),
      { key: 'sticky', type: { t: 'flag' }, doc: L('Sends a client back to the same instance (sticky sessions).', '같은 클라이언트를 같은 인스턴스로 보낸다(스티키 세션).') },
      {
        key: 'vip',
        type: { t: 'flag' },
        doc: L('A virtual IP that moves between balancer instances: a pair is redundant.', '로드밸런서 인스턴스 사이를 옮겨 다니는 가상 IP. 한 쌍이면 이중화된다.'),
      },
    ],
  },
  {
    id: 'gateway',
    aliases: ['api-gateway'],
    doc: L(
      'An API gateway: an L7 router that sends each path or host to its own pool (`gw -> users : /users`).',
      'API 게이트웨이: 경로나 호스트마다 다른 풀로 보내는 L7 라우터(`gw -> users : /users`).',
    ),
    attrs: [
      {
        key: 'health-check',
        type: { t: 'flag-or-path' },
        doc: L('Probes the instances of each pool and stops sending to dead ones.', '각 풀의 인스턴스를 확인해서 죽은 인스턴스에 보내지 않는다.'),
      },
      durationSpec('interval', 'Health-check interval (default 10s, generic); 3 failures mark an instance dead.', '헬스 체크 주기(기본 10초, 범용 기본값). 세 번 실패하면 죽은 것으로 본다.'),
    ],
  },
  ...(['web-server', 'app-server', 'service'] as const).map(
    (id): KindSpec => ({
      id,
      aliases: id === 'web-server' ? ['web'] : id === 'app-server' ? ['app', 'was'] : [],
      doc:
        id === 'web-server'
          ? L('Serves HTTP: static pages and passing requests on.', 'HTTP를 처리한다: 정적 페이지를 주고 요청을 넘긴다.')
          : id === 'app-server'
            ? L('Runs the application logic (WAS).', '애플리케이션 로직을 실행한다(WAS).')
            : L('A request-handling service.', '요청을 처리하는 서비스.'),
      attrs: [
        {
          key: 'state',
          type: {
            t: 'enum',
            values: [
              E('stateless', 'Keeps nothing between requests: any instance can serve anyone.', '요청 사이에 아무것도 기억하지 않는다. 어느 인스턴스든 누구에게나 응답할 수 있다.'),
              E('stateful', 'Keeps state in the instance: losing it loses that state.', '상태를 인스턴스 안에 둔다. 인스턴스를 잃으면 그 상태도 잃는다.'),
            ],
          },
          doc: L('Whether instances keep per-user state.', '인스턴스가 사용자별 상태를 갖는지.'),
        },
        {
          key: 'sessions',
          type: { t: 'sessions' },
          doc: L('Where login sessions live: `local`, `sticky`, `replicated` (copied between the instances: session clustering), or a shared cache NODE.', '로그인 세션을 두는 곳: `local`, `sticky`, `replicated`(인스턴스끼리 복제: 세션 클러스터링), 또는 공유 캐시 노드.'),
        },
        {
          key: 'autoscale',
          type: { t: 'range' },
          doc: L(
            'Instances are added under load, between MIN..MAX. `autoscale=0..N` with no `replicas=`: nothing runs until it scales out (pilot light).',
            '부하에 따라 MIN..MAX 사이로 인스턴스를 늘린다. `replicas=` 없이 `autoscale=0..N`이면 확장되기 전까지 아무것도 돌지 않는다(파일럿 라이트).',
          ),
        },
        {
          key: 'connections',
          type: { t: 'int', min: 1 },
          doc: L(
            'Database connections each instance keeps open (its connection pool size, e.g. HikariCP `maximumPoolSize`).',
            '인스턴스마다 열어 두는 데이터베이스 연결 수(커넥션 풀 크기, 예: HikariCP `maximumPoolSize`).',
          ),
        },
        {
          key: 'autoscale-target',
          type: { t: 'percent' },
          doc: L(
            'The share of its capacity autoscaling keeps each instance at (the target of a target-tracking policy; default 60 %, Compute Engine\'s default): the group runs enough instances for the load at that share, and the spare ones carry a lost instance\'s requests.',
            '오토스케일링이 인스턴스마다 유지하는 용량 사용률(대상 추적 정책의 목표값, 기본 60%, Compute Engine의 기본값). 부하를 이 비율로 처리할 만큼 인스턴스를 돌리므로, 남는 인스턴스가 잃은 인스턴스의 요청을 받아 낸다.',
          ),
        },
        durationSpec(
          'autoscale-delay',
          'Time for autoscaling to add serving capacity once overloaded (default 390s: alarm, launch and boot, first check).',
          '과부하 후 오토스케일링이 처리 용량을 더하기까지의 시간(기본 390초: 경보, 기동과 부팅, 첫 헬스 체크).',
        ),
        ...(id === 'web-server' ? [EDGE_HIT_RATIO, PROXY_HEALTH_CHECK, WEB_VIP, WEB_STICKY] : []),
        ...CHECK_ATTRS,
        // An active-standby pair of servers (Linux-HA, Pacemaker, keepalived moving the service address): `standby of=`.
        // `failover=client`: no balancer, the callers know every instance and try the next (DNS resolvers, AD domain controllers).
        ...ROLE_ATTRS.filter((a) => COMPUTE_ROLE_KEYS.has(a.key)).map((a) => (a.key === 'failover' ? SERVING_FAILOVER : a)),
      ],
    }),
  ),
  {
    id: 'database',
    aliases: ['db'],
    doc: L('A data store. Losing it without a copy loses data.', '데이터 저장소. 복제본 없이 잃으면 데이터도 잃는다.'),
    attrs: [
      ...ROLE_ATTRS.map((a) => (a.key === 'failover' ? DATABASE_FAILOVER : a)),
      replication(),
      RAID_ATTR,
      textSpec(
        'vip',
        { t: 'flag' },
        'On a pair run by a failover manager (repmgr, MHA, orchestrator, keepalived beside the database): a virtual IP its promote script moves to the promoted node, so the applications follow the primary at one address (round 123b r04).',
        '장애 조치 관리자(repmgr, MHA, orchestrator, 데이터베이스 옆의 keepalived)가 돌리는 쌍: 승격 스크립트가 승격된 노드로 옮기는 가상 IP. 애플리케이션은 한 주소로 프라이머리를 따라간다.',
      ),
      {
        key: 'sync-timeout',
        type: {
          t: 'duration',
          words: [
            E(
              'none',
              'The primary never commits without this copy: while it is down no write completes (SQL Server `REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT` ≥ 1, a MySQL `rpl_semi_sync_source_timeout` longer than any outage; a self-run PostgreSQL without a manager always works this way).',
              '프라이머리가 이 사본 없이는 커밋하지 않는다. 이 사본이 멈춘 동안 쓰기가 하나도 끝나지 않는다(SQL Server `REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT` 1 이상, 어떤 장애보다 긴 MySQL `rpl_semi_sync_source_timeout`. 관리자 없이 운영하는 PostgreSQL은 늘 이렇게 동작한다).',
            ),
          ],
        },
        doc: L(
          'On a semi-synchronous or synchronous standby (`replication=semi-sync` or `sync`): how long the primary\'s commits wait for it once it is gone before the primary goes on without it — MySQL `rpl_semi_sync_source_timeout` (10 s by default), SQL Server `SESSION_TIMEOUT` (10 s), Oracle `NetTimeout` (30 s), Db2 `hadr_timeout` (120 s) — or `none`: the commits wait until it is back.',
          '반동기 또는 동기 대기 노드(`replication=semi-sync`, `sync`): 이 노드가 멈춘 뒤 프라이머리의 커밋이 얼마나 기다렸다가 이 노드 없이 계속하는지. MySQL `rpl_semi_sync_source_timeout`(기본 10초), SQL Server `SESSION_TIMEOUT`(10초), Oracle `NetTimeout`(30초), Db2 `hadr_timeout`(120초). `none`이면 이 노드가 돌아올 때까지 커밋이 기다린다.',
        ),
      },
      {
        key: 'protection',
        type: {
          t: 'enum',
          values: [
            E('maximum-protection', 'Oracle Data Guard Maximum Protection: the primary shuts down rather than commit while no synchronized standby (`replication=sync`) can take its redo.', 'Oracle Data Guard 최대 보호(Maximum Protection): 동기화된 대기(`replication=sync`)가 REDO를 받을 수 없으면 프라이머리가 커밋하지 않고 내려간다.'),
            E('maximum-availability', 'Oracle Data Guard Maximum Availability (how `replication=sync` on an Oracle standby is read without this): the primary waits NetTimeout for the standby, then goes on without it.', 'Oracle Data Guard 최대 가용성(Maximum Availability, 이 속성 없이 Oracle 대기의 `replication=sync`를 읽는 방식): 프라이머리는 NetTimeout까지 대기를 기다린 뒤 대기 없이 계속한다.'),
            E('maximum-performance', 'Oracle Data Guard Maximum Performance, the default: redo is sent asynchronously.', 'Oracle Data Guard 최대 성능(Maximum Performance, 기본값): REDO를 비동기로 보낸다.'),
          ],
        },
        doc: L('On an Oracle primary: its Data Guard protection mode; on a Tibero primary, its LOG_REPLICATION_MODE (PROTECTION, AVAILABILITY, PERFORMANCE written as the three values).', 'Oracle 프라이머리: Data Guard 보호 모드. Tibero 프라이머리: LOG_REPLICATION_MODE(PROTECTION, AVAILABILITY, PERFORMANCE를 세 값으로 적는다).'),
      },
      {
        key: 'id',
        type: {
          t: 'enum',
          values: [
            E('auto-increment', 'Sequential ids from each primary: two primaries hand out the same id.', '프라이머리마다 순서대로 증가하는 ID. 프라이머리가 둘이면 같은 ID를 낸다.'),
            E('uuid', 'Random 128-bit ids: unique without coordination.', '무작위 128비트 ID. 서로 맞추지 않아도 겹치지 않는다.'),
            E('snowflake', 'Time + machine + sequence ids: unique and ordered.', '시간+장비+순번 ID. 겹치지 않고 정렬된다.'),
            E(
              'auto-increment-offset',
              'Sequential ids with a step and an offset per primary (MySQL auto_increment_increment and auto_increment_offset): unique across primaries.',
              '프라이머리마다 간격과 시작값을 달리한 순차 ID(MySQL auto_increment_increment, auto_increment_offset). 프라이머리끼리 겹치지 않는다.',
            ),
          ],
        },
        doc: L('How new row ids are made.', '새 행의 ID를 만드는 방법.'),
      },
      {
        key: 'conflicts',
        type: {
          t: 'enum',
          values: [
            E('home-region', 'Each key is written at one primary only (a user\'s writes go to their home site): no two sites update the same row.', '키마다 한 프라이머리에서만 쓴다(사용자의 쓰기는 그 사용자의 홈 사이트로). 두 사이트가 같은 행을 고치지 않는다.'),
            E('merge', 'Concurrent updates are merged by design (increments, append-only records, CRDTs): none is lost.', '동시 갱신을 설계상 합친다(증감, 추가만 하는 기록, CRDT). 잃는 갱신이 없다.'),
            E('last-writer-wins', 'Concurrent updates overwrite each other, and that is accepted for this data.', '동시 갱신은 서로 덮어쓰며, 이 데이터는 그래도 된다.'),
          ],
        },
        doc: L(
          'With several primaries of one data set (`primary of=`): how concurrent updates of the same row are kept from being lost.',
          '같은 데이터의 프라이머리가 여럿일 때(`primary of=`): 같은 행의 동시 갱신을 잃지 않게 하는 방법.',
        ),
      },
      SHARDS_ATTR,
      SHARD_REPLICAS_ATTR,
      {
        key: 'awareness',
        type: { t: 'flag' },
        doc: L(
          'Shard allocation awareness by zone (Elasticsearch/OpenSearch `cluster.routing.allocation.awareness.attributes`): every shard keeps its copies in different zones. Without it those engines only keep the copies on different nodes, and a zone holding two nodes can hold every copy of some shards.',
          '존 단위 샤드 할당 인식(Elasticsearch/OpenSearch의 `cluster.routing.allocation.awareness.attributes`). 샤드마다 사본을 서로 다른 존에 둔다. 없으면 두 엔진은 사본을 서로 다른 노드에만 두므로, 노드가 두 개 있는 존 하나가 어떤 샤드의 사본을 모두 가질 수 있다.',
        ),
      },
      {
        key: 'max-connections',
        type: { t: 'int', min: 1 },
        doc: L(
          'The most client connections the database accepts (MySQL `max_connections`, PostgreSQL `max_connections`); the callers\' `connections=` per instance add up against it.',
          '데이터베이스가 받아 주는 클라이언트 연결의 최대 수(MySQL·PostgreSQL의 `max_connections`). 호출하는 쪽 인스턴스마다의 `connections=`를 모두 더해 이 값과 비교한다.',
        ),
      },
      {
        key: 'pool',
        type: { t: 'int', min: 1 },
        doc: L('The old spelling of `max-connections` (read as it).', '`max-connections`의 옛 표기(같은 뜻으로 읽는다).'),
      },
      ...DURABILITY_ATTRS,
      ...DATA_TIMING_ATTRS,
      durationSpec('ttl', 'Patroni: TTL of the leader lock (default 30s); failover starts once it expires.', 'Patroni: 리더 잠금의 TTL(기본 30초). 만료되면 페일오버가 시작된다.'),
      QUORUM_FLAG,
      TWO_NODE_FLAG,
      {
        key: 'arbiters',
        type: { t: 'int', min: 0 },
        doc: L(
          'Voting members that hold no data (MongoDB arbiters), placed over the zones after the data members: they count towards the majority and are never elected. With them MongoDB\'s default write concern can fall to w: 1 (when the data-bearing voters are no more than a majority), and a lost primary\'s unreplicated writes are rolled back.',
          '데이터 없이 투표만 하는 구성원(MongoDB 아비터) 수. 데이터 구성원 다음 순서로 존에 나누어 둔다. 과반 계산에는 들어가지만 프라이머리가 되지는 않는다. 아비터가 있으면 MongoDB의 기본 쓰기 확인 수준이 w: 1로 내려갈 수 있고(데이터를 가진 투표 구성원 수가 과반 이하일 때), 그러면 잃은 프라이머리에서 아직 복제되지 않은 쓰기는 롤백된다.',
        ),
      },
    ],
  },
  {
    id: 'cache',
    aliases: [],
    doc: L('In-memory store (Redis, Memcached): fast, and lost on restart unless replicated.', '메모리 저장소(Redis, Memcached). 빠르지만 복제하지 않으면 재시작 때 사라진다.'),
    attrs: [
      ...DATA_TIMING_ATTRS,
      durationSpec(
        'node-timeout',
        'Redis Cluster: time a node must be unreachable to be considered failed (cluster-node-timeout, default 15s).',
        'Redis Cluster: 노드가 이만큼 연락이 없으면 장애로 본다(cluster-node-timeout, 기본 15초).',
      ),
      {
        key: 'mode',
        type: {
          t: 'enum',
          values: [
            E('standalone', 'One server: no failover.', '서버 한 대. 페일오버가 없다.'),
            E('sentinel', 'Master and replicas watched by sentinels that promote a replica.', '센티널이 마스터와 복제본을 감시하다가 복제본을 승격시킨다.'),
            E('cluster', 'Data sharded over several masters, each with replicas.', '여러 마스터에 데이터를 나누고 마스터마다 복제본을 둔다.'),
          ],
        },
        doc: L('How the cache is deployed.', '캐시를 구성하는 방식.'),
      },
      {
        key: 'hit-ratio',
        type: { t: 'percent' },
        doc: L(
          'Share of the reads the cache answers; the rest (misses) reach the database behind it. Losing the cache sends them all there.',
          '캐시가 답하는 읽기의 비율. 나머지(미스)는 뒤의 데이터베이스로 간다. 캐시를 잃으면 모든 읽기가 그쪽으로 간다.',
        ),
      },
      {
        key: 'sentinels',
        type: { t: 'int', min: 1 },
        doc: L('Redis Sentinel processes watching the master (default 3, spread over the zones); a failover needs a majority of them.', '마스터를 감시하는 Redis 센티널 프로세스 수(기본 3, 존에 나누어 둠). 페일오버에는 이들의 과반이 필요하다.'),
      },
      {
        key: 'quorum',
        type: { t: 'int', min: 1 },
        doc: L('Sentinels that must agree the master is down (default: a majority).', '마스터가 죽었다고 동의해야 하는 센티널 수(기본: 과반).'),
      },
      { key: 'shards', type: { t: 'int', min: 1 }, doc: L('Redis Cluster: masters the keys are split over (default 3).', 'Redis 클러스터: 키를 나누어 맡는 마스터 수(기본 3).') },
      {
        key: 'required',
        type: { t: 'flag' },
        doc: L(
          'Its callers fail while it is down: the application does not treat a cache error as a miss (Magento\'s Redis cache backend, a client not told to ignore connection errors). It still holds no data of its own (that is `primary`).',
          '이 캐시가 멈추면 호출하는 쪽이 실패한다. 애플리케이션이 캐시 오류를 미스로 처리하지 않는 경우다(Magento의 Redis 캐시 백엔드, 연결 오류를 무시하도록 설정하지 않은 클라이언트). 자기 데이터는 여전히 없다(그건 `primary`).',
        ),
      },
      ...ROLE_ATTRS,
      replication(),
      ...DURABILITY_ATTRS,
    ],
  },
  {
    id: 'queue',
    aliases: [],
    doc: L(
      'Message queue: senders need only the queue; `q -> worker` means worker consumes from it (processing, not a user request).',
      '메시지 큐: 보내는 쪽은 큐만 있으면 된다. `q -> worker`는 worker가 큐에서 꺼내 처리한다는 뜻이다(사용자 요청이 아니라 처리 흐름).',
    ),
    attrs: [
      durationSpec('retention', 'How long a message waits before it is dropped (Kafka 7 days, SQS 4 days by default).', '메시지가 버려지기 전까지 기다리는 시간(기본 Kafka 7일, SQS 4일).'),
      // RabbitMQ quorum queues (Raft): a message is accepted while a majority of the replicas is up.
      QUORUM_FLAG,
      {
        ...replication(),
        doc: L(
          'On a self-run RabbitMQ cluster (`engine=rabbitmq`) without `quorum`: classic mirrored queues (an `ha-mode` policy; deprecated, removed in RabbitMQ 4.0). Each queue has a leader on one node and mirrors on the others; a lost node\'s queues take no publish until the others take it for down (`net_ticktime`, 60 s) and promote a mirror.',
          '`quorum` 없이 직접 운영하는 RabbitMQ 클러스터(`engine=rabbitmq`)에서는 클래식 미러링 큐(`ha-mode` 정책, 사용 중단 예고 후 RabbitMQ 4.0에서 제거). 큐마다 한 노드에 리더, 다른 노드에 미러를 둔다. 노드를 잃으면 나머지 노드가 그 노드를 다운으로 판정하고(`net_ticktime`, 60초) 미러를 승격할 때까지 그 노드가 리더인 큐는 메시지를 받지 못한다.',
        ),
      },
      ...DURABILITY_ATTRS,
    ],
  },
  {
    id: 'storage',
    aliases: [],
    doc: L('Disks, volumes or object storage.', '디스크, 볼륨, 오브젝트 스토리지.'),
    attrs: [
      RAID_ATTR,
      ...ROLE_ATTRS,
      replication(),
      QUORUM_FLAG,
      TWO_NODE_FLAG,
      { key: 'engine', type: { t: 'text' }, doc: L('The product or HA manager, e.g. pacemaker, ebs.', '제품 또는 HA 관리자, 예: pacemaker, ebs.') },
      {
        key: 'awareness',
        type: { t: 'flag' },
        doc: L(
          'On a Ceph cluster (`engine=ceph`): a CRUSH rule whose failure domain is the zone, so that every placement group keeps its copies in different zones. Without it the default rule spreads them over hosts only.',
          'Ceph 클러스터(`engine=ceph`)에서 장애 도메인이 존인 CRUSH 규칙. 배치 그룹(PG)마다 사본을 서로 다른 존에 둔다. 없으면 기본 규칙은 사본을 서로 다른 호스트에만 둔다.',
        ),
      },
      {
        key: 'scratch',
        type: { t: 'flag' },
        doc: L(
          'Holds only disposable working files (an HPC scratch file system, job temporaries, a build cache): nothing of record is lost with it and it is not backed up — its loss stops what uses it until it is back, empty.',
          '버려도 되는 작업 파일만 둔다(HPC 스크래치 파일 시스템, 작업 임시 파일, 빌드 캐시). 잃어도 기록 데이터는 잃지 않고 백업하지 않는다. 잃으면 쓰는 쪽이 멈추고, 빈 채로 돌아온다.',
        ),
      },
      ...DURABILITY_ATTRS,
    ],
  },
  {
    id: 'consensus',
    aliases: ['quorum', 'coordinator'],
    doc: L(
      'A voting group (etcd, ZooKeeper, Consul): works while a strict majority of its members (`replicas`) is up.',
      '투표 그룹(etcd, ZooKeeper, Consul). 구성원(`replicas`)의 과반이 살아 있어야 동작한다.',
    ),
    attrs: [{ key: 'engine', type: { t: 'text' }, doc: L('The product: etcd, zookeeper, consul.', '제품: etcd, zookeeper, consul.') }],
  },
  {
    id: 'monitor',
    aliases: [],
    doc: L('Watches other nodes and raises alerts.', '다른 노드를 감시하고 경보를 울린다.'),
    attrs: [
      { key: 'watches', type: { t: 'nodes' }, doc: L('The nodes it watches.', '감시하는 노드들.') },
      durationSpec('interval', 'How often it checks (polling interval).', '확인하는 주기(폴링 주기).'),
    ],
  },
];

const kindById = new Map<string, KindSpec>();
const kindByWord = new Map<string, KindSpec>();
for (const k of KINDS) {
  kindById.set(k.id, k);
  kindByWord.set(k.id, k);
  for (const a of k.aliases) kindByWord.set(a, k);
}

/** The kind named by a word (canonical name or alias), or undefined. */
export function lookupKind(word: string): KindSpec | undefined {
  return kindByWord.get(word);
}

export function kindSpec(id: KindId): KindSpec {
  return kindById.get(id)!;
}

/** Every word that names a kind: canonical names and aliases. */
export function kindWords(): string[] {
  return [...kindByWord.keys()];
}

/** Attributes a kind accepts, its own first; a kind's own spec of a common key (`engine` on storage, consensus) replaces the common one: each key once. */
export function attrsOf(id: KindId): AttrSpec[] {
  let list = attrsMemo.get(id);
  if (!list) {
    const own = kindSpec(id).attrs;
    const keys = new Set(own.map((a) => a.key));
    list = [...own, ...COMMON_ATTRS.filter((a) => !keys.has(a.key))];
    attrsMemo.set(id, list);
  }
  return list;
}
const attrsMemo = new Map<KindId, AttrSpec[]>();

export function attrSpec(id: KindId, key: string): AttrSpec | undefined {
  return attrsOf(id).find((a) => a.key === key);
}

/** Any kind's spec for an attribute key (for hover outside a known kind). */
export function anyAttrSpec(key: string): AttrSpec | undefined {
  for (const a of COMMON_ATTRS) if (a.key === key) return a;
  for (const k of KINDS) for (const a of k.attrs) if (a.key === key) return a;
  return undefined;
}

export const GOAL_ATTRS: AttrSpec[] = [
  { key: 'availability', type: { t: 'percent' }, doc: L('Share of time the service must be up, e.g. 99.95%.', '서비스가 살아 있어야 하는 시간의 비율, 예: 99.95%.') },
  { key: 'rto', type: { t: 'duration' }, doc: L('Recovery Time Objective: the longest outage allowed.', 'RTO(복구 목표 시간): 허용되는 가장 긴 중단 시간.') },
  { key: 'rpo', type: { t: 'duration' }, doc: L('Recovery Point Objective: how much recent data may be lost, as time.', 'RPO(복구 목표 시점): 잃어도 되는 최근 데이터의 양을 시간으로 나타낸 것.') },
];

export const KEYWORD_DOCS: Record<string, Localized> = {
  goal: L('What the design must meet: `goal availability=P rto=D rpo=D`.', '설계가 지켜야 할 목표: `goal availability=P rto=D rpo=D`.'),
  region: L('Declares a region: a geographic area with its own data centres.', '리전을 선언한다. 자체 데이터센터를 가진 지리적 영역.'),
  zone: L('Declares an availability zone (a data centre) inside a region: `zone NAME region=R`.', '리전 안의 존(클라우드의 가용 영역, 데이터센터, 랙처럼 함께 멈추는 장애 영역)을 선언한다: `zone NAME region=R`.'),
  scenario: L('A failure story to simulate: `scenario NAME: fail TARGET at=D; recover TARGET at=D`.', '시뮬레이션할 장애 이야기: `scenario NAME: fail TARGET at=D; recover TARGET at=D`.'),
  fail: L('Step: TARGET stops (a node, `NODE#K`, `zone:Z` or `region:R`).', '단계: 대상이 멈춘다(노드, `NODE#K`, `zone:Z`, `region:R`).'),
  recover: L('Step: TARGET comes back.', '단계: 대상이 돌아온다.'),
  spike: L('Step: traffic is multiplied, e.g. `spike x5 at=10s`.', '단계: 트래픽이 몇 배로 늘어난다, 예: `spike x5 at=10s`.'),
};

export const STATEMENT_KEYWORDS = ['goal', 'region', 'zone', 'scenario'] as const;
export const STEP_KEYWORDS = ['fail', 'recover', 'spike'] as const;
/** The words `sessions=` takes besides a node name: in the instance, pinned by a sticky balancer, copied between the instances. */
export const SESSION_KEYWORDS: ReadonlySet<string> = new Set(['local', 'sticky', 'replicated']);
