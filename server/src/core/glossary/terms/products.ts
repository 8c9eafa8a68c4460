import type { GlossaryEntry } from '../types';

/** Software products: Redis (and its Sentinel and Cluster modes), Memcached, NGINX, HAProxy, keepalived, MySQL, PostgreSQL, Kafka, Hadoop, Elasticsearch. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "redis",
    ko: {
      term: "레디스",
      definition: "문자열·해시·리스트·정렬 집합 같은 다양한 자료 구조를 메모리에 저장하는 오픈 소스 인메모리 키-값 저장소입니다.",
      why: "캐시·세션 저장소·순위표·간단한 메시지 큐로 두루 쓰여 원본 DB의 부하를 크게 덜어 주고 복제·Sentinel·Cluster로 장애 조치도 구성할 수 있지만, 기본 복제가 비동기라 장애 조치 때 가장 최근 쓰기가 유실될 수 있습니다.",
    },
    en: {
      term: "Redis",
      definition: "An open-source in-memory key-value store that holds rich data structures such as strings, hashes, lists and sorted sets.",
      why: "Used for caches, session stores, leaderboards and simple queues, it takes heavy load off the main database, and replication, Sentinel or Cluster provide failover, though its default asynchronous replication can lose the latest writes during a failover.",
    },
    aliases: ["Remote Dictionary Server", "레디스 서버", "Redis server"],
    related: ["in-memory-db", "memcached", "cache", "redis-sentinel", "redis-cluster", "session-store", "async-replication", "standalone"],
  },
  {
    id: "redis-sentinel",
    ko: {
      term: "레디스 센티널",
      definition: "센티널 프로세스들이 Redis 마스터와 레플리카를 감시하다가 마스터가 죽으면 레플리카 하나를 마스터로 승격하고 클라이언트에 새 마스터 주소를 알려 주는 Redis의 고가용성 구성입니다.",
      why: "여러 센티널(보통 3대 이상)이 서로 합의해야 장애로 판정하므로 오판이 줄지만, Redis 복제는 비동기라서 페일오버 때 마지막 쓰기 일부가 유실될 수 있습니다.",
    },
    en: {
      term: "Redis Sentinel",
      definition: "Redis's high-availability setup, in which Sentinel processes watch the master and replicas, promote a replica when the master fails, and tell clients the new master's address.",
      why: "Several sentinels (usually three or more) must agree before declaring a failure, which avoids false alarms, but Redis replication is asynchronous so the last writes can be lost in a failover.",
    },
    aliases: ["Redis 센티널", "Redis 센티넬", "레디스 센티넬", "센티널", "센티넬", "sentinel mode", "Sentinel", "Sentinels", "센티널 모드"],
    related: ["redis", "redis-cluster", "standalone", "failover", "promotion", "async-replication", "split-brain", "quorum"],
  },
  {
    id: "redis-cluster",
    ko: {
      term: "레디스 클러스터",
      definition: "데이터를 16384개의 해시 슬롯으로 나눠 여러 마스터에 분산 저장하고, 마스터마다 레플리카를 붙여 자동 페일오버까지 해 주는 Redis의 분산 모드입니다.",
      why: "마스터 하나가 죽으면 그 레플리카가 승격되어 슬롯을 이어받지만, 어떤 슬롯의 마스터와 레플리카가 모두 죽으면 기본 설정에서는 클러스터 전체가 요청 처리를 멈춥니다.",
    },
    en: {
      term: "Redis Cluster",
      definition: "Redis's distributed mode, which splits data into 16,384 hash slots spread over several masters, each with replicas and automatic failover.",
      why: "If a master fails its replica is promoted to take over its slots, but if a slot loses both master and replicas the cluster by default stops serving requests.",
    },
    aliases: ["Redis 클러스터", "클러스터 모드"],
    related: ["redis", "redis-sentinel", "sharding", "cluster", "failover", "promotion"],
  },
  {
    id: "memcached",
    ko: {
      term: "멤캐시드",
      definition: "단순한 키-값 데이터를 메모리에 보관하는 분산 캐시 서버로, 복잡한 자료 구조나 영속화 없이 캐시 역할에만 집중합니다.",
      why: "멀티스레드로 동작해 단순 조회를 매우 빠르게 처리하므로 DB 앞단 캐시로 부하를 잘 덜어 주지만, 복제와 영속화가 없어 재시작하면 데이터가 비고 그 순간 요청이 원본 DB로 몰립니다.",
    },
    en: {
      term: "Memcached",
      definition: "A distributed in-memory cache server for simple key-value data that focuses purely on caching, without rich data types or persistence.",
      why: "Being multithreaded, it serves simple lookups very fast in front of a database, but it has no replication or persistence, so a restart empties it and sends all that traffic straight back to the database.",
    },
    aliases: ["Memcache", "멤캐시", "멤캐쉬드"],
    related: ["redis", "in-memory-db", "cache", "caching", "lru"],
  },
  {
    id: "nginx",
    ko: {
      term: "엔진엑스",
      definition: "적은 메모리로 많은 동시 연결을 처리하는 이벤트 기반 오픈 소스 웹 서버로, 리버스 프록시·로드 밸런서·캐시로도 널리 씁니다.",
      why: "앞단에서 정적 파일은 직접 내주고 나머지 요청은 뒤쪽 서버들로 나눠 보내며 응답하지 않는 서버는 잠시 빼 주므로, 부하 분산과 장애 격리의 첫 관문 역할을 합니다.",
    },
    en: {
      term: "NGINX",
      definition: "An event-driven open-source web server that handles many concurrent connections with little memory and is widely used as a reverse proxy, load balancer and cache.",
      why: "Sitting in front, it serves static files itself, spreads other requests across backend servers and temporarily skips backends that stop responding, making it a first line of load distribution and fault isolation.",
    },
    aliases: ["엔진 엑스", "engine x", "엔진X"],
    related: ["load-balancer", "l7-load-balancer", "haproxy", "http", "cache", "health-check", "web-server", "keepalived"],
  },
  {
    id: "haproxy",
    ko: {
      term: "HAProxy(에이치에이 프록시)",
      definition: "TCP(L4)와 HTTP(L7) 트래픽을 여러 서버로 나눠 주는 오픈 소스 고성능 로드 밸런서이자 프록시입니다.",
      why: "헬스 체크로 장애 서버를 자동으로 빼고 다양한 분산 알고리즘을 지원하며, 보통 Keepalived 같은 VIP 도구와 함께 두 대로 구성해 로드 밸런서 자체가 단일 장애점이 되지 않게 합니다.",
    },
    en: {
      term: "HAProxy",
      definition: "A high-performance open-source load balancer and proxy that distributes TCP (L4) and HTTP (L7) traffic across servers.",
      why: "Health checks automatically pull failed servers out of rotation and many balancing algorithms are supported; it is usually run as a pair with a VIP tool such as Keepalived so the load balancer itself is not a single point of failure.",
    },
    aliases: ["HA Proxy", "에이치에이 프록시"],
    related: ["load-balancer", "l4-load-balancer", "l7-load-balancer", "health-check", "vip", "nginx", "spof", "keepalived"],
  },
  {
    id: "keepalived",
    ko: {
      term: "킵얼라이브드(keepalived)",
      definition: "리눅스에서 VRRP로 가상 IP를 이중화하고 뒤쪽 서버의 헬스 체크까지 해 주는 오픈 소스 데몬으로, HAProxy나 NGINX 두 대 앞에 VIP를 둘 때 흔히 씁니다.",
      why: "로드 밸런서를 두 대 두어도 VIP를 옮겨 줄 장치가 없으면 클라이언트가 바라보는 주소가 단일 장애점으로 남는데, keepalived가 그 빈자리를 채웁니다. 다만 두 대가 서로를 못 보면 둘 다 VIP를 잡는 스플릿 브레인이 생길 수 있습니다.",
    },
    en: {
      term: "Keepalived",
      definition: "An open-source Linux daemon that moves a virtual IP between machines with VRRP and can health-check the servers behind it; the usual companion of a pair of HAProxy or NGINX boxes.",
      why: "Two balancers are still one address to clients; keepalived is what moves that address, though two nodes that lose sight of each other may both claim it (split brain).",
    },
    aliases: ["킵얼라이브드", "킵 얼라이브드", "킵얼라이브디"],
    related: ["vrrp", "vip", "haproxy", "nginx", "load-balancer", "split-brain"],
  },
  {
    id: "mysql",
    ko: {
      term: "MySQL(마이에스큐엘)",
      definition: "가장 널리 쓰이는 오픈 소스 관계형 데이터베이스로, 기본 스토리지 엔진은 InnoDB입니다. 소스-레플리카 복제(비동기·반동기)나 그룹 복제(Group Replication)로 이중화합니다.",
      why: "기본 복제가 비동기라 소스가 죽으면 최근 쓰기를 잃을 수 있고, 자동 페일오버는 Orchestrator, MHA, Group Replication, RDS 같은 별도 수단이 맡으므로 승격을 무엇이 어떻게 할지 정해 둬야 합니다.",
    },
    en: {
      term: "MySQL",
      definition: "The most widely used open-source relational database, with InnoDB as its default storage engine; made redundant with source-replica replication (asynchronous or semi-synchronous) or Group Replication.",
      why: "Default replication is asynchronous, so a failed source can lose recent writes, and automatic failover needs a separate tool (Orchestrator, MHA, Group Replication, RDS); decide how promotion happens.",
    },
    aliases: ["마이에스큐엘", "마이SQL", "MySQL 서버", "MySQL server", "MySQL 복제", "MySQL replication", "InnoDB"],
    related: ["rds", "semi-sync-replication", "async-replication", "primary-replica", "postgresql", "auto-increment"],
  },
  {
    id: "postgresql",
    ko: {
      term: "PostgreSQL(포스트그레스큐엘)",
      definition: "표준 SQL을 충실히 지원하는 오픈 소스 관계형 데이터베이스로, 흔히 Postgres라고 부릅니다. WAL을 대기 서버로 흘려보내는 스트리밍 복제를 쓰며, 동기·비동기를 고를 수 있습니다.",
      why: "자체 자동 페일오버는 없어서 Patroni(etcd 같은 합의 저장소를 사용)나 RDS·Aurora 같은 관리형 서비스로 승격을 자동화하는 것이 일반적입니다.",
    },
    en: {
      term: "PostgreSQL",
      definition: "An open-source relational database with strong standard SQL support, often called Postgres; streaming replication ships its WAL to standbys, synchronously or not.",
      why: "It has no built-in automatic failover, so promotion is usually automated with Patroni (backed by a consensus store like etcd) or a managed service such as RDS or Aurora.",
    },
    aliases: ["Postgres", "Postgre", "포스트그레스", "포스트그레스큐엘", "포스트그레SQL", "포스트그레", "Patroni", "파트로니"],
    related: ["mysql", "journaling", "sync-replication", "primary-replica", "consensus", "rds"],
  },
  {
    id: "kafka",
    ko: {
      term: "카프카",
      definition: "메시지를 토픽별 로그에 순서대로 쌓아 두고 여러 컨슈머가 각자의 속도로 읽어 가게 하는 분산 이벤트 스트리밍 플랫폼입니다. 토픽은 파티션으로 나뉘고, 각 파티션은 여러 브로커에 복제됩니다.",
      why: "생산자와 소비자를 떼어 놓아서 소비자가 멈춰도 메시지는 쌓였다가 나중에 처리됩니다. 복제 계수 3에 min.insync.replicas 2 정도로 두어야 브로커 한 대를 잃어도 메시지를 잃지 않습니다.",
    },
    en: {
      term: "Apache Kafka",
      definition: "A distributed event-streaming platform that appends messages to per-topic logs which many consumers read at their own pace; topics are split into partitions, each replicated over several brokers.",
      why: "It decouples producers from consumers, so a stopped consumer just builds a backlog; with replication factor 3 and min.insync.replicas 2, losing a broker loses no messages.",
    },
    aliases: ["Kafka", "아파치 카프카", "카프카 브로커", "Kafka broker", "Kafka brokers"],
    related: ["message-queue", "queue", "backlog", "partitioning", "replication"],
  },
  {
    id: "hadoop",
    ko: {
      term: "하둡",
      definition: "여러 대의 일반 서버에 대용량 파일을 나눠 저장(HDFS)하고 그 위에서 데이터를 병렬로 처리하는 오픈 소스 분산 처리 프레임워크입니다.",
      why: "HDFS는 블록마다 기본 세 벌의 복제본을 서로 다른 서버(가능하면 다른 랙)에 두어서, 서버 몇 대가 고장 나도 데이터를 잃지 않도록 설계되어 있습니다.",
    },
    en: {
      term: "Apache Hadoop",
      definition: "An open-source framework that stores very large files across many ordinary servers (HDFS) and processes them in parallel there.",
      why: "HDFS keeps three copies of each block by default on different servers, preferably racks, so losing a few machines loses no data.",
    },
    aliases: ["Hadoop", "아파치 하둡", "HDFS", "하둡 클러스터", "Hadoop cluster"],
    related: ["cluster", "replication", "serial-parallel", "distributed-database"],
  },
  {
    id: "elasticsearch",
    ko: {
      term: "일래스틱서치",
      definition: "문서를 색인해 두고 전문 검색과 집계를 빠르게 해 주는 오픈 소스 분산 검색 엔진으로, 인덱스를 샤드로 나눠 여러 노드에 저장하고 샤드마다 레플리카를 둡니다.",
      why: "레플리카 샤드를 다른 노드에 두면 노드 하나를 잃어도 검색이 계속되고, 마스터 후보 노드를 3대 이상 두어야 스플릿 브레인 없이 마스터를 뽑을 수 있습니다.",
    },
    en: {
      term: "Elasticsearch",
      definition: "An open-source distributed search engine that indexes documents for fast full-text search and aggregation, splitting each index into shards spread over nodes, each with replicas.",
      why: "Replica shards on other nodes keep search running when a node dies, and three or more master-eligible nodes let it elect a master without split brain.",
    },
    aliases: ["엘라스틱서치", "엘라스틱 서치", "일래스틱 서치", "Elastic Search", "OpenSearch", "오픈서치"],
    related: ["sharding", "replication", "cluster", "quorum", "index"],
  },
  {
    id: "proxysql",
    ko: {
      term: "ProxySQL(프록시SQL)",
      definition: "애플리케이션과 MySQL 서버들 사이에 두는 프록시로, 쿼리 규칙에 따라 쓰기와 읽기를 다른 서버 그룹으로 보내고, 백엔드를 주기적으로 검사해 응답하지 않는 서버를 빼 줍니다.",
      why: "읽기/쓰기 분리와 장애 서버 제외를 애플리케이션 밖에서 해 주지만, ProxySQL 자신이 한 대뿐이면 모든 쿼리가 지나는 단일 장애점이 되므로 여러 대를 두고 가상 IP 등으로 묶어야 합니다.",
    },
    en: {
      term: "ProxySQL",
      definition: "A proxy between the applications and MySQL servers that sends writes and reads to different server groups by query rules, and checks its backends periodically to take unresponsive ones out.",
      why: "It does the read/write split and the removal of dead servers outside the application, but a single ProxySQL is a single point of failure every query goes through, so run several behind one address such as a virtual IP.",
    },
    aliases: [],
    related: ["read-write-split", "read-replica", "health-check", "spof"],
  },
];
