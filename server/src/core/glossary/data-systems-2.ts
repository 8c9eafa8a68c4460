/**
 * Glossary data: caches, queues, recovery and coordination (part 2 of SYSTEM_TERMS).
 */
import type { GlossaryEntry } from './types';

export const SYSTEM_TERMS_2: GlossaryEntry[] = [
  {
    id: "cache",
    ko: {
      term: "캐시",
      definition: "자주 쓰는 데이터의 사본을 원본보다 빨리 꺼낼 수 있는 곳(메모리, 가까운 서버 등)에 잠시 보관해 두는 저장소이다.",
      why: "DB나 원본 서버까지 가지 않고 바로 응답할 수 있어 응답 시간과 원본 부하가 함께 줄지만, 원본과 내용이 어긋날 수 있고 캐시가 한꺼번에 비거나 죽으면 요청이 원본으로 몰린다.",
    },
    en: {
      term: "Cache",
      definition: "A store that keeps copies of frequently used data for a while somewhere faster to reach than the original, such as memory or a nearby server.",
      why: "Answering from the cache avoids trips to the database or origin, cutting both response time and origin load, but cached data can go stale, and if the cache empties or fails all at once the origin takes the full load.",
    },
    aliases: ["캐쉬", "캐시 서버", "cache server", "캐시 메모리", "cache memory", "버퍼 캐시", "buffer cache", "캐시 버퍼"],
    related: ["caching", "lru", "in-memory-db", "redis", "memcached", "cdn", "ttl", "hot-spot"],
  },
  {
    id: "caching",
    ko: {
      term: "캐싱",
      definition: "데이터를 캐시에 담아 두고 같은 요청이 오면 원본 대신 캐시에서 꺼내 주는 기법으로, 무엇을 얼마나 오래 담아 둘지 정하는 것이 핵심이다.",
      why: "반복되는 조회를 원본에서 떼어 내 DB와 서버 부하를 줄이고 트래픽 급증도 버티게 해 주지만, 만료(TTL)와 무효화를 잘못 설계하면 오래된 데이터를 보여 주거나 만료되는 순간 원본에 요청이 쏟아진다.",
    },
    en: {
      term: "Caching",
      definition: "The technique of keeping data in a cache and answering repeat requests from it instead of the original source; the key decisions are what to cache and for how long.",
      why: "Moving repeated reads off the origin lowers database and server load and helps absorb traffic spikes, but poorly designed expiry (TTL) and invalidation serve stale data or cause a stampede on the origin when entries expire.",
    },
    aliases: ["캐싱 전략", "caching strategy", "캐시 전략", "cache strategy"],
    related: ["cache", "lru", "hot-spot", "ttl", "cdn", "redis", "in-memory-db"],
  },
  {
    id: "hot-spot",
    ko: {
      term: "핫스팟",
      definition: "요청이나 데이터 접근이 특정 키·행·파티션·서버 같은 일부분에 몰려, 그 부분만 과부하가 걸리는 현상이다.",
      why: "전체 용량은 넉넉해도 몰린 한 곳이 병목이 되어 지연과 장애가 나므로, 인기 데이터는 캐시로 빼 두거나 키 분산 방식을 다시 설계해야 한다.",
    },
    en: {
      term: "Hot Spot",
      definition: "A situation where requests or data access concentrate on a small part of the system, such as one key, row, partition or server, overloading it while the rest stays idle.",
      why: "Even with plenty of total capacity, the overloaded spot becomes the bottleneck and causes slowdowns or failures, so hot data is usually moved into a cache or the key distribution is redesigned.",
    },
    aliases: ["Hot Spot Problem", "핫스팟 문제", "핫스폿", "hot key", "핫 키", "hot partition", "핫 파티션"],
    related: ["sharding", "partitioning", "caching", "cache", "bottleneck", "in-memory-db"],
  },
  {
    id: "lru",
    ko: {
      term: "LRU 알고리즘",
      definition: "캐시가 가득 찼을 때 가장 오랫동안 쓰이지 않은 데이터부터 내보내는 교체 알고리즘(Least Recently Used)이다.",
      why: "최근에 쓴 데이터가 또 쓰일 가능성이 높다는 가정으로 한정된 메모리에서 캐시 적중률을 높여 주며, MySQL의 버퍼 풀이나 Redis의 allkeys-lru 같은 메모리 정책도 이 방식이나 그 변형을 쓴다.",
    },
    en: {
      term: "LRU",
      definition: "A cache eviction algorithm that, when the cache is full, removes the entry that has gone unused the longest (Least Recently Used).",
      why: "Betting that recently used data will be used again keeps the hit ratio high within limited memory; MySQL's buffer pool and Redis's allkeys-lru policy use LRU or a variant of it.",
    },
    aliases: ["Least Recently Used", "LRU 캐시", "LRU cache", "LRU eviction", "최근 최소 사용"],
    related: ["cache", "caching", "hot-spot", "redis", "memory"],
  },
  {
    id: "in-memory-db",
    ko: {
      term: "인메모리 데이터베이스",
      definition: "데이터를 디스크가 아닌 메모리(RAM)에 두고 읽고 쓰는 데이터베이스로, Redis와 Memcached가 대표적이다.",
      why: "디스크 I/O 없이 메모리에서 바로 읽고 써서 보통 밀리초 이하로 응답하므로 캐시·세션·실시간 순위처럼 자주 읽고 쓰는 데이터를 원본 DB에서 떼어 내기 좋지만, 재시작하면 데이터가 사라질 수 있어 영속화나 복제를 따로 챙겨야 한다.",
    },
    en: {
      term: "In-Memory Database",
      definition: "A database that keeps and serves its data in main memory (RAM) rather than on disk; Redis and Memcached are common examples.",
      why: "Serving straight from memory with no disk I/O, it typically answers in a millisecond or less, which makes it ideal for taking caches, sessions and live rankings off the main database, but data can vanish on restart unless persistence or replication is set up.",
    },
    aliases: ["In-Memory DB", "인메모리 DB", "인메모리", "in-memory", "in-memory data store", "인메모리 저장소", "메모리 DB"],
    related: ["redis", "memcached", "cache", "session-store", "memory", "replication"],
  },
  {
    id: "redis",
    ko: {
      term: "레디스",
      definition: "문자열·해시·리스트·정렬 집합 같은 다양한 자료 구조를 메모리에 저장하는 오픈 소스 인메모리 키-값 저장소이다.",
      why: "캐시·세션 저장소·순위표·간단한 메시지 큐로 두루 쓰여 원본 DB의 부하를 크게 덜어 주고 복제·Sentinel·Cluster로 장애 조치도 구성할 수 있지만, 기본 복제가 비동기라 장애 조치 때 가장 최근 쓰기가 유실될 수 있다.",
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
    id: "memcached",
    ko: {
      term: "멤캐시드",
      definition: "단순한 키-값 데이터를 메모리에 보관하는 분산 캐시 서버로, 복잡한 자료 구조나 영속화 없이 캐시 역할에만 집중한다.",
      why: "멀티스레드로 동작해 단순 조회를 매우 빠르게 처리하므로 DB 앞단 캐시로 부하를 잘 덜어 주지만, 복제와 영속화가 없어 재시작하면 데이터가 비고 그 순간 요청이 원본 DB로 몰린다.",
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
    id: "message-queue",
    ko: {
      term: "메시지 큐",
      definition: "보내는 쪽이 메시지를 큐에 넣어 두면 받는 쪽이 자기 속도에 맞춰 꺼내 처리하는 비동기 통신 방식(또는 이를 위한 미들웨어)으로, RabbitMQ·Amazon SQS·Kafka 등이 쓰인다.",
      why: "보내는 쪽과 받는 쪽을 떼어 놓아 받는 쪽이 느려지거나 잠깐 멈춰도 메시지가 큐에 쌓였다가 나중에 처리되므로, 트래픽 급증을 흡수하고 한 서비스의 장애가 다른 서비스로 번지는 것을 막아 준다.",
    },
    en: {
      term: "Message Queue",
      definition: "An asynchronous communication method (or the middleware for it) where senders put messages into a queue and receivers take them out at their own pace; RabbitMQ, Amazon SQS and Kafka are common choices.",
      why: "Decoupling senders from receivers lets messages wait in the queue while a consumer is slow or briefly down, absorbing traffic spikes and keeping one service's failure from cascading into others.",
    },
    aliases: ["메세지 큐", "MQ", "메시지 대기열", "messaging queue"],
    related: ["queue", "synchronous-asynchronous", "redis", "scale-out", "stateless"],
  },
  {
    id: "queue",
    ko: {
      term: "큐(대기열)",
      definition: "먼저 들어온 것이 먼저 나가는(FIFO) 대기 줄 구조로, OS의 실행 대기열(런 큐)부터 웹 서버의 요청 대기열, 메시지 큐까지 인프라 곳곳에 쓰인다.",
      why: "큐 길이가 계속 늘어난다는 건 처리 속도가 들어오는 양을 못 따라간다는 뜻이라, 대기열 길이를 지켜보면 지연과 병목을 일찍 알아챌 수 있다.",
    },
    en: {
      term: "Queue",
      definition: "A first-in, first-out (FIFO) waiting line, used all over infrastructure, from the OS scheduler's run queue to web servers' request backlogs and message queues.",
      why: "A queue that keeps growing means work arrives faster than it is processed, so watching queue length gives early warning of rising latency and bottlenecks.",
    },
    aliases: ["대기열", "대기 행렬", "FIFO 큐", "FIFO queue", "런 큐", "run queue", "작업 큐", "큐잉", "queuing", "queueing"],
    related: ["message-queue", "bottleneck", "throughput", "latency", "cpu"],
  },
  {
    id: "rollback",
    ko: {
      term: "롤백",
      definition: "변경을 취소해 데이터를 이전의 일관된 상태로 되돌리는 처리로, DB에서는 끝나지 않았거나 실패한 트랜잭션의 변경을 언두(undo) 정보로 되돌리는 것을 말하며, 배포를 이전 버전으로 되돌릴 때도 같은 말을 쓴다.",
      why: "장애나 잘못된 변경이 생겨도 반쯤 반영된 데이터를 남기지 않고 안전한 상태로 돌아갈 수 있어, 정합성을 지키면서 빨리 복구할 수 있다.",
    },
    en: {
      term: "Rollback",
      definition: "Undoing changes to return data to an earlier consistent state; in databases, reverting an unfinished or failed transaction using undo information (the same word is used for reverting a deployment).",
      why: "When a failure or bad change hits, you can return to a known-good state without leaving half-applied data behind, recovering quickly while keeping data consistent.",
    },
    aliases: ["roll back"],
    related: ["rollforward", "journaling", "backup", "failback"],
  },
  {
    id: "rollforward",
    ko: {
      term: "롤포워드",
      definition: "백업이나 체크포인트로 되살린 데이터 위에 저널(로그)의 변경 내역을 순서대로 재실행해, 장애 직전처럼 더 최근 시점의 상태로 만드는 복구 처리이다.",
      why: "마지막 백업 이후에 커밋된 트랜잭션까지 되살릴 수 있어, 복구할 때 잃어버리는 데이터의 양(RPO)을 크게 줄여 준다.",
    },
    en: {
      term: "Roll-forward",
      definition: "A recovery step that replays the changes recorded in the journal (log) onto data restored from a backup or checkpoint, moving it forward to a later point such as just before the failure.",
      why: "It recovers transactions committed after the last backup, greatly shrinking how much data is lost in a restore (RPO).",
    },
    aliases: ["롤 포워드"],
    related: ["rollback", "journaling", "backup", "data-backup", "rpo", "disaster-recovery"],
  },
  {
    id: "master-worker",
    ko: {
      term: "마스터-워커",
      definition: "마스터 하나가 일을 나눠 주고 전체를 관리하며, 여러 워커는 받은 일만 처리하는 구조이다.",
      why: "조율을 마스터 한 곳에서 하니 구조가 단순하지만, 마스터가 단일 장애 지점이자 부하가 모이는 지점이 되므로 마스터를 이중화하고 장애 때 다른 노드가 역할을 넘겨받게 해 둬야 한다.",
    },
    en: {
      term: "Master-Worker",
      definition: "An arrangement where one master hands out work and manages everything, while multiple workers only process the tasks they are given.",
      why: "Coordinating from one place keeps the design simple, but the master becomes both a single point of failure and a load hotspot, so it needs a redundant standby that can take over its role.",
    },
    aliases: ["master-worker model", "마스터-워커 모델", "master-worker pattern", "마스터-워커 패턴"],
    related: ["p2p", "spof", "master-slave", "redundancy", "failover", "kubernetes"],
  },
  {
    id: "p2p",
    ko: {
      term: "피어-투-피어",
      definition: "중앙 관리자 없이 참여한 노드(피어)들이 서로 대등한 입장에서 직접 데이터를 주고받고 일을 나눠 맡는 구조이다.",
      why: "특정 노드에 기대지 않아 일부 피어가 빠져도 전체가 계속 돌아가고 노드를 늘리기도 쉽지만, 피어끼리 상태를 맞추는 통신과 일관성 관리가 복잡해진다.",
    },
    en: {
      term: "Peer-to-Peer",
      definition: "An architecture with no central manager, where participating nodes (peers) act as equals, exchanging data and sharing work directly with one another.",
      why: "With no single node to depend on, the system keeps running when some peers drop out and grows by adding peers, but keeping peers consistent takes more communication and more complex coordination.",
    },
    aliases: ["P2P", "피투피", "P2P 네트워크", "peer-to-peer network"],
    related: ["master-worker", "spof", "client-server", "cluster"],
  },
  {
    id: "timeout",
    ko: {
      term: "타임아웃",
      definition: "요청이나 연결이 정해진 시간 안에 끝나지 않으면 더 기다리지 않고 실패로 처리하는 제한 시간, 또는 그렇게 실패한 상황이다.",
      why: "적절한 타임아웃이 있어야 느리거나 죽은 서버를 하염없이 기다리다 스레드와 커넥션이 바닥나는 연쇄 장애를 막을 수 있고, 사용자가 타임아웃 페이지를 자주 본다면 자원 부족이나 병목을 의심해야 한다.",
    },
    en: {
      term: "Timeout",
      definition: "A time limit after which a request or connection that has not finished is abandoned and treated as failed, or the event of that happening.",
      why: "Sensible timeouts stop callers from waiting forever on a slow or dead server and running out of threads and connections, which prevents cascading failures; frequent user-facing timeouts point to overload or a bottleneck.",
    },
    aliases: ["Time out", "타임 아웃", "시간 초과", "connection timeout", "커넥션 타임아웃", "연결 타임아웃"],
    related: ["response-time", "latency", "health-check", "connection-pool", "bottleneck", "heartbeat"],
  },
  {
    id: "polling",
    ko: {
      term: "폴링",
      definition: "상대에게 새 데이터나 상태 변화가 있는지를 정해진 간격마다 반복해서 물어보는 방식이다.",
      why: "감시 대상이 스스로 알려 주지 않아도 상태를 가져올 수 있어 헬스 체크나 SNMP 감시의 기본 방식이지만, 간격이 짧으면 헛된 요청으로 부하가 늘고 길면 장애나 변화를 늦게 알아챈다.",
    },
    en: {
      term: "Polling",
      definition: "Repeatedly asking, at a fixed interval, whether the other side has new data or a changed state.",
      why: "It lets a monitor fetch state even from targets that never report on their own, which is why health checks and SNMP monitoring are built on it, but short intervals waste resources on empty requests while long ones notice failures and changes late.",
    },
    aliases: ["long polling", "롱 폴링", "short polling", "숏 폴링"],
    related: ["interrupt", "health-check", "snmp", "monitoring", "heartbeat"],
  },
];
