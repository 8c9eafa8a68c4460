import type { GlossaryEntry } from '../types';

/** Databases: DBMS and NoSQL, connections and their limits, transactions and locks, indexes and scans, partitioning and sharding, keys and IDs, consistency. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "dbms",
    ko: {
      term: "데이터베이스(DBMS)",
      definition: "데이터를 구조적으로 저장해 두고 여러 사용자와 애플리케이션이 동시에 안전하게 읽고 쓸 수 있도록 관리하는 소프트웨어입니다. MySQL, PostgreSQL 같은 관계형과 Redis, DynamoDB 같은 NoSQL이 있습니다.",
      why: "애플리케이션 서버는 여러 대로 늘리기 쉽지만 데이터베이스는 상태를 가진 유일한 원본이라 마지막까지 단일 장애점으로 남기 쉬우므로, 복제·승격·백업 계획이 가장 먼저 필요한 곳입니다.",
    },
    en: {
      term: "Database (DBMS)",
      definition: "Software that stores data in structured form and lets many users and applications read and write it concurrently and safely; relational (MySQL, PostgreSQL) or NoSQL (Redis, DynamoDB).",
      why: "App servers multiply easily, but the database holds the one authoritative state and tends to be the last single point of failure, so replication, promotion and backups start here.",
    },
    aliases: ["데이터베이스", "DB", "DBMS", "database", "databases", "데이터베이스 관리 시스템", "Database Management System", "DB 서버", "DB server", "데이터베이스 서버", "database server", "RDBMS", "관계형 데이터베이스", "relational database", "DB 인스턴스", "DB instance"],
    related: ["mysql", "postgresql", "nosql", "replication", "backup", "connection-pool"],
  },
  {
    id: "nosql",
    ko: {
      term: "NoSQL 데이터베이스",
      definition: "관계형 테이블과 SQL 대신 키-값, 문서, 컬럼 패밀리, 그래프 같은 모델로 데이터를 다루는 데이터베이스를 통틀어 부르는 말입니다. Redis, MongoDB, Cassandra, DynamoDB 등이 있습니다.",
      why: "상당수가 처음부터 샤딩과 복제를 전제로 만들어져 수평 확장이 쉽지만, 그 대가로 조인이나 강한 일관성을 내려놓는 경우가 많으니 무엇을 포기하는지 알고 골라야 합니다.",
    },
    en: {
      term: "NoSQL",
      definition: "Databases that use key-value, document, wide-column or graph models instead of relational tables and SQL, such as Redis, MongoDB, Cassandra and DynamoDB.",
      why: "Many are built around sharding and replication and scale out easily, usually by giving up joins or strong consistency; know which before choosing.",
    },
    aliases: ["노에스큐엘", "NoSQL DB", "Not Only SQL", "NoSQL database"],
    related: ["dbms", "sharding", "redis", "dynamodb", "distributed-database", "data-consistency"],
  },
  {
    id: "distributed-database",
    ko: {
      term: "분산 데이터베이스",
      definition: "데이터를 여러 노드에 나눠 저장하고 복제하면서도 애플리케이션에는 하나의 데이터베이스처럼 보이게 하는 데이터베이스로, CockroachDB, Cassandra, Spanner 등이 있습니다.",
      why: "노드 몇 대를 잃어도 서비스가 계속되고 용량을 수평으로 늘릴 수 있지만, 노드 사이의 지연과 네트워크 단절 때문에 일관성과 가용성 사이에서 선택을 해야 합니다.",
    },
    en: {
      term: "Distributed database",
      definition: "A database that partitions and replicates its data over many nodes while looking like one database to the application, such as CockroachDB, Cassandra or Spanner.",
      why: "It survives losing nodes and scales horizontally, but delay and partitions between nodes force a choice between consistency and availability.",
    },
    aliases: ["분산 DB", "distributed DB", "분산 데이터베이스 시스템", "분산형 데이터베이스"],
    related: ["sharding", "replication", "nosql", "quorum", "consensus", "data-consistency"],
  },
  {
    id: "db-connection",
    ko: {
      term: "DB 커넥션",
      definition: "애플리케이션이 데이터베이스와 맺는 연결로, TCP 연결과 인증 절차, 그리고 DB 쪽에 잡히는 메모리와 세션 상태까지를 포함합니다.",
      why: "커넥션을 새로 맺는 비용이 크고 DB가 받아 줄 수 있는 개수도 정해져 있어서, 보통 커넥션 풀로 재사용하면서 서버 수 × 풀 크기가 DB 한도를 넘지 않게 관리합니다.",
    },
    en: {
      term: "Database connection",
      definition: "The link an application holds to a database: a TCP connection, authentication, and memory and session state on the database side.",
      why: "Opening one is costly and the database accepts only so many, so they are pooled and reused, keeping servers × pool size under the database's limit.",
    },
    aliases: ["DB connection", "DB connections", "DB 연결", "데이터베이스 연결", "데이터베이스 커넥션", "DB 접속"],
    related: ["connection-pool", "connection-limit", "tcp", "dbms", "timeout"],
  },
  {
    id: "connection-pool",
    ko: {
      term: "커넥션 풀",
      definition: "DB 연결을 미리 여러 개 맺어 두고, 요청이 올 때마다 하나씩 빌려 썼다가 반납받아 다시 쓰는 방식(또는 그 연결 묶음)입니다.",
      why: "요청마다 연결을 새로 맺는 비용이 없어져 응답이 빨라지고 DB에 붙는 동시 연결 수도 일정하게 묶어 두지만, 풀이 작으면 트래픽이 몰릴 때 연결을 기다리던 요청이 'pool exhausted' 오류나 타임아웃으로 끝납니다.",
    },
    en: {
      term: "Connection Pool",
      definition: "A set of database connections opened in advance and lent out to requests, which hand them back for reuse instead of opening a new connection each time.",
      why: "Reusing connections cuts per-request latency and caps how many connections reach the database, but an undersized pool makes requests wait and fail with 'pool exhausted' errors or timeouts under load.",
    },
    aliases: ["연결 풀", "연결 풀링", "커넥션 풀링", "Connection Pooling", "DB 커넥션 풀", "DB connection pool", "DBCP"],
    related: ["thread", "timeout", "bottleneck", "response-time", "rds", "db-connection", "connection-limit"],
  },
  {
    id: "connection-limit",
    ko: {
      term: "최대 커넥션 수",
      definition: "데이터베이스가 동시에 받아들이는 연결 수의 상한으로, MySQL의 max_connections처럼 설정값으로 정하고 보통 서버 메모리 크기에 맞춰 잡습니다.",
      why: "트래픽이 몰려 웹 서버가 오토 스케일링으로 늘어나면 서버마다 가진 커넥션 풀이 합쳐져 한도를 넘고, 그 순간부터 새 요청이 'too many connections'로 실패합니다. 최대 서버 대수 × 풀 크기를 미리 계산해 둬야 합니다.",
    },
    en: {
      term: "Connection limit",
      definition: "The cap on concurrent connections a database accepts, set by a parameter such as MySQL's max_connections and usually sized to the server's memory.",
      why: "When a traffic spike scales the web tier out, the pools of all servers add up past the limit and new requests fail with 'too many connections'; compute maximum servers × pool size in advance.",
    },
    aliases: ["커넥션 제한", "커넥션 한도", "연결 수 제한", "최대 연결 수", "max_connections", "max connections", "DB Connection Limit", "too many connections", "동시 접속 수 제한"],
    related: ["connection-pool", "db-connection", "autoscaling", "rds", "bottleneck"],
  },
  {
    id: "transaction",
    ko: {
      term: "트랜잭션",
      definition: "여러 읽기·쓰기 작업을 '전부 성공하거나 전부 없던 일'이 되는 하나의 단위로 묶은 것으로, 원자성·일관성·격리성·지속성(ACID)을 보장합니다.",
      why: "커밋된 트랜잭션은 장애 뒤에도 남아 있어야 하므로, 커밋 시점에 로그를 로컬 디스크까지만 쓰는지 레플리카까지 보내는지가 장애 때 잃을 수 있는 데이터(RPO)를 정합니다.",
    },
    en: {
      term: "Transaction",
      definition: "A group of reads and writes that succeeds entirely or not at all, with the ACID guarantees (atomicity, consistency, isolation, durability).",
      why: "A committed transaction must survive a crash, so how far its log is written at commit (local disk, a replica) decides what a failure can lose.",
    },
    aliases: ["트랜젝션", "transactions", "트랜잭션 로그", "transaction log", "ACID", "트랜잭션 처리"],
    related: ["journaling", "rollback", "rollforward", "lock", "rpo", "sync-replication"],
  },
  {
    id: "exclusive-control",
    ko: {
      term: "배타적 제어",
      definition: "여러 처리가 데이터·파일·메모리 같은 공유 자원에 동시에 손댈 때, 한 번에 하나만 쓰게 하고 나머지는 기다리게 하는 제어입니다.",
      why: "동시에 고치다 데이터가 꼬이는 것을 막아 정합성을 지켜 주지만, 나머지 처리는 줄을 서야 하므로 잠그는 구간이 길거나 경합이 심하면 그곳이 바로 병목이 됩니다.",
    },
    en: {
      term: "Exclusive Control",
      definition: "Control that lets only one process at a time use a shared resource such as data, a file or memory, and makes the others wait.",
      why: "It keeps concurrent updates from corrupting data, but everyone else queues behind the holder, so long or heavily contended critical sections turn into bottlenecks.",
    },
    aliases: ["배타 제어", "상호 배제", "mutual exclusion"],
    related: ["lock", "serial-parallel", "bottleneck", "queue", "thread"],
  },
  {
    id: "lock",
    ko: {
      term: "잠금(락)",
      definition: "공유 자원을 쓰는 동안 다른 처리가 접근하지 못하도록 걸어 두는 표시로, DB의 행·테이블 잠금이나 프로그램의 뮤텍스처럼 배타적 제어를 구현하는 대표적인 수단입니다.",
      why: "같은 행을 동시에 고치려는 요청들을 줄 세워 데이터 충돌을 막지만, 잠금을 오래 쥐고 있거나 서로 상대의 잠금을 기다리는 교착 상태(데드락)가 생기면 요청이 쌓이다 타임아웃과 장애로 번집니다.",
    },
    en: {
      term: "Lock",
      definition: "A marker taken on a shared resource so that other processes cannot use it until it is released; the usual way to implement exclusive control, such as row and table locks in databases or mutexes in programs.",
      why: "Locks stop concurrent requests from corrupting the same data, but locks held too long, or deadlocks where two holders wait on each other, pile up requests until they time out.",
    },
    aliases: ["잠금", "locking", "DB 락", "DB lock", "DB 잠금", "행 잠금", "row lock", "테이블 락", "테이블 잠금", "table lock", "mutex", "뮤텍스", "배타 락", "exclusive lock", "공유 락", "shared lock"],
    related: ["exclusive-control", "timeout", "bottleneck", "thread", "journaling", "transaction"],
  },
  {
    id: "journaling",
    ko: {
      term: "저널링",
      definition: "데이터를 실제로 바꾸기 전에 무엇을 바꿀지(트랜잭션·변경 내역)를 저널(로그)에 먼저 순서대로 적어 두는 방식으로, DB의 WAL·리두 로그와 저널링 파일 시스템이 이 원리를 씁니다.",
      why: "쓰기 도중 서버가 죽어도 재시작할 때 저널만 훑어 미완료 작업을 마저 반영(롤포워드)하거나 취소(롤백)하면 되므로, 디스크 전체를 검사하거나 백업에서 되살리는 것보다 훨씬 빨리 정상 상태로 돌아옵니다.",
    },
    en: {
      term: "Journaling",
      definition: "Writing down what is about to change (the transaction or change record) in a sequential journal (log) before changing the data itself; database write-ahead and redo logs and journaling file systems work this way.",
      why: "If a server dies mid-write, restart only has to scan the journal to finish (roll forward) or undo (roll back) incomplete work, restoring a consistent state far faster than checking the whole disk or restoring from backup.",
    },
    aliases: ["저널", "journal", "저널 파일", "저널링 파일 시스템", "journaling file system", "WAL", "write-ahead log", "write-ahead logging", "선행 기록 로그", "리두 로그", "redo log"],
    related: ["rollback", "rollforward", "backup", "data-backup", "replication", "rpo", "transaction"],
  },
  {
    id: "rollback",
    ko: {
      term: "롤백",
      definition: "변경을 취소해 데이터를 이전의 일관된 상태로 되돌리는 처리로, DB에서는 끝나지 않았거나 실패한 트랜잭션의 변경을 언두(undo) 정보로 되돌리는 것을 말하며, 배포를 이전 버전으로 되돌릴 때도 같은 말을 씁니다.",
      why: "장애나 잘못된 변경이 생겨도 반쯤 반영된 데이터를 남기지 않고 안전한 상태로 돌아갈 수 있어, 정합성을 지키면서 빨리 복구할 수 있습니다.",
    },
    en: {
      term: "Rollback",
      definition: "Undoing changes to return data to an earlier consistent state; in databases, reverting an unfinished or failed transaction using undo information (the same word is used for reverting a deployment).",
      why: "When a failure or bad change hits, you can return to a known-good state without leaving half-applied data behind, recovering quickly while keeping data consistent.",
    },
    aliases: ["roll back"],
    related: ["rollforward", "journaling", "backup", "failback", "transaction", "zero-downtime-deployment"],
  },
  {
    id: "rollforward",
    ko: {
      term: "롤포워드",
      definition: "백업이나 체크포인트로 되살린 데이터 위에 저널(로그)의 변경 내역을 순서대로 재실행해, 장애 직전처럼 더 최근 시점의 상태로 만드는 복구 처리입니다.",
      why: "마지막 백업 이후에 커밋된 트랜잭션까지 되살릴 수 있어, 복구할 때 잃어버리는 데이터의 양(RPO)을 크게 줄여 줍니다.",
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
    id: "data-consistency",
    ko: {
      term: "데이터 정합성",
      definition: "여러 곳에 있는 데이터나 서로 관련된 데이터가 모순 없이 맞아떨어지는 상태입니다. 복제 구성에서는 모든 복사본이 같은 값을 보여 주는지를 뜻합니다.",
      why: "비동기 복제나 캐시를 쓰면 잠시 서로 다른 값이 보일 수 있으므로(최종 일관성), 어떤 데이터가 얼마 동안의 어긋남을 허용하는지 미리 정해 두어야 합니다.",
    },
    en: {
      term: "Data consistency",
      definition: "Data that agrees with itself: related records do not contradict each other and, with replication, every copy shows the same value.",
      why: "Asynchronous replicas and caches may disagree for a while (eventual consistency), so decide which data can tolerate that, and for how long.",
    },
    aliases: ["정합성", "데이터 일관성", "일관성", "consistency", "강한 일관성", "strong consistency", "최종 일관성", "eventual consistency", "결과적 일관성"],
    related: ["replication-lag", "async-replication", "transaction", "lock", "cache"],
  },
  {
    id: "index",
    ko: {
      term: "인덱스",
      definition: "특정 컬럼 값으로 행의 위치를 빨리 찾을 수 있도록 테이블과 별도로 만들어 두는 정렬된 자료 구조로, 책 뒤의 ‘찾아보기’ 같은 역할을 합니다.",
      why: "알맞은 인덱스가 있으면 풀 테이블 스캔을 피해 조회 지연과 DB 부하가 크게 줄지만, 쓰기 때마다 인덱스도 함께 고쳐야 하므로 너무 많이 만들면 INSERT·UPDATE가 느려집니다.",
    },
    en: {
      term: "Index",
      definition: "A separate, sorted data structure that maps column values to row locations so the database can find rows without reading the whole table, much like the index at the back of a book.",
      why: "The right index avoids full table scans and cuts query latency and database load, but every write must also update each index, so too many indexes slow down inserts and updates.",
    },
    aliases: ["인덱싱", "indexing", "DB 인덱스", "database index", "복합 인덱스", "composite index", "multi column index", "다중 컬럼 인덱스"],
    related: ["b-tree", "hash-table", "full-table-scan", "primary-key", "partitioning", "query-tuning"],
  },
  {
    id: "full-table-scan",
    ko: {
      term: "풀 테이블 스캔",
      definition: "조건에 맞는 행을 찾으려고 테이블에 저장된 데이터를 빠짐없이 전부 읽는 실행 방식으로, 쓸 만한 인덱스가 없거나 옵티마이저가 인덱스를 쓰지 않는 편이 낫다고 판단할 때 일어납니다.",
      why: "테이블이 커지는 만큼 읽을 양도 늘어 쿼리가 느려지고, 디스크 I/O를 많이 쓰고 버퍼 캐시의 유용한 데이터를 밀어내 다른 쿼리까지 느려질 수 있으므로 실행 계획에 자주 보이면 인덱스나 쿼리를 점검해야 합니다.",
    },
    en: {
      term: "Full Table Scan",
      definition: "An execution method that reads all of a table's stored data to find the rows matching a query, used when no suitable index exists or the optimizer judges an index not worth using.",
      why: "Its cost grows with the table, and on large tables it eats disk I/O and can push useful pages out of the buffer cache, slowing other queries too, so seeing it often in query plans means an index or the query needs work.",
    },
    aliases: ["Table Full Scan", "테이블 풀 스캔", "전체 테이블 스캔", "Full Scan", "풀 스캔", "Seq Scan", "sequential scan", "순차 스캔"],
    related: ["index", "b-tree", "partitioning", "iops", "bottleneck", "query-tuning"],
  },
  {
    id: "query-tuning",
    ko: {
      term: "쿼리 튜닝",
      definition: "느린 SQL의 실행 계획을 확인하고 인덱스 추가, 조건이나 조인 방식 변경, 필요 없는 컬럼 제거 등으로 같은 결과를 더 적은 I/O와 CPU로 얻도록 고치는 작업입니다.",
      why: "풀 테이블 스캔 하나가 DB의 CPU와 I/O를 다 잡아먹으면 다른 요청까지 모두 느려지므로, 서버를 늘리기 전에 쿼리부터 고치는 편이 싸고 효과도 큽니다.",
    },
    en: {
      term: "Query tuning",
      definition: "Reading a slow SQL statement's execution plan and rewriting it (adding an index, changing conditions or joins, selecting fewer columns) so it returns the same result with less I/O and CPU.",
      why: "One full table scan can starve the whole database; fixing the query is cheaper and often more effective than adding servers.",
    },
    aliases: ["쿼리 최적화", "query optimization", "SQL 튜닝", "SQL tuning", "실행 계획", "execution plan", "슬로 쿼리", "슬로우 쿼리", "slow query"],
    related: ["index", "full-table-scan", "bottleneck", "dbms", "response-time"],
  },
  {
    id: "b-tree",
    ko: {
      term: "B-트리",
      definition: "키를 정렬된 상태로 여러 단계의 노드에 나눠 담고 항상 균형을 유지하는 트리 구조로, 대부분의 RDBMS 인덱스가 이 구조(주로 리프 노드끼리 연결된 B+트리)를 씁니다.",
      why: "트리가 깊어지지 않고 옆으로 넓게 자라서 행이 수백만 건이어도 몇 번의 페이지 읽기로 키에 닿고 범위 검색과 정렬도 효율적이라, 데이터가 늘어도 조회 성능을 예측할 수 있습니다.",
    },
    en: {
      term: "B-tree",
      definition: "A self-balancing tree that keeps keys sorted across a few levels of wide nodes; most relational database indexes use it, usually as the B+tree variant whose leaf nodes are linked together.",
      why: "Because the tree grows wide rather than deep, even millions of rows are reached in a handful of page reads, and range scans and sorting stay efficient, so lookup speed remains predictable as data grows.",
    },
    aliases: ["B 트리 인덱스", "B-tree index", "B+ tree", "B+ 트리", "비트리"],
    related: ["index", "hash-table", "full-table-scan"],
  },
  {
    id: "hash-table",
    ko: {
      term: "해시 테이블",
      definition: "키를 해시 함수에 넣어 나온 해시 값으로 저장 위치를 정해, 키-값 쌍을 평균적으로 상수 시간에 찾고 넣을 수 있게 만든 자료 구조입니다.",
      why: "키가 정확히 일치하는 조회는 데이터 양과 거의 상관없이 빨라서 캐시·인메모리 저장소·해시 인덱스의 기반이 되지만, 범위 검색에는 쓸 수 없습니다.",
    },
    en: {
      term: "Hash Table",
      definition: "A data structure that runs each key through a hash function to choose a storage slot, so key-value pairs can be found and inserted in constant time on average.",
      why: "Exact-key lookups stay fast regardless of data size, which is why caches, in-memory stores and hash indexes are built on it, though it cannot answer range queries.",
    },
    aliases: ["해쉬 테이블", "hash map", "해시 맵", "해쉬 맵"],
    related: ["b-tree", "index", "cache", "redis", "in-memory-db"],
  },
  {
    id: "normalization",
    ko: {
      term: "정규화",
      definition: "데이터베이스 테이블을 중복이 없도록 나눠서, 같은 사실을 한 곳에만 저장하게 설계하는 것입니다(제1·2·3 정규형 등).",
      why: "고칠 곳이 한 군데뿐이라 데이터가 서로 어긋나지 않지만 조회할 때 조인이 늘어나므로, 읽기가 아주 많은 곳에서는 일부러 반정규화하기도 합니다.",
    },
    en: {
      term: "Normalization",
      definition: "Designing database tables so each fact is stored in exactly one place, by splitting them to remove duplication (first, second, third normal form…).",
      why: "With one place to update, data cannot drift apart, but reads need more joins, so read-heavy paths are sometimes denormalised on purpose.",
    },
    aliases: ["DB 정규화", "데이터베이스 정규화", "normalisation", "database normalization", "정규형", "normal form", "반정규화", "비정규화", "denormalization"],
    related: ["primary-key", "index", "transaction", "dbms", "data-consistency"],
  },
  {
    id: "partitioning",
    ko: {
      term: "파티셔닝",
      definition: "큰 테이블을 날짜·키 범위·해시 같은 기준으로 여러 파티션으로 나눠 저장하되, 보통 같은 DB 서버 안에서 논리적으로는 테이블 하나처럼 다루는 기법입니다.",
      why: "조회 조건에 해당하는 파티션만 읽으면 되므로(파티션 프루닝) 대용량 테이블의 검색이 빨라지고, 오래된 데이터를 파티션 단위로 지우거나 보관할 수 있어 관리 부담도 줄어듭니다.",
    },
    en: {
      term: "Partitioning",
      definition: "Dividing a large table into partitions by a rule such as date, key range or hash, usually on the same database server, while it still behaves as one logical table.",
      why: "Queries that filter on the partition key read only the matching partitions (partition pruning), keeping big tables fast, and old data can be archived or dropped one partition at a time.",
    },
    aliases: ["테이블 파티셔닝", "table partitioning", "테이블 파티션", "DB 파티셔닝", "수평 파티셔닝", "horizontal partitioning", "수직 파티셔닝", "vertical partitioning", "파티션", "partition", "partitions", "파티션 키", "partition key"],
    related: ["sharding", "index", "full-table-scan", "primary-key"],
  },
  {
    id: "sharding",
    ko: {
      term: "샤딩",
      definition: "큰 데이터 집합을 샤드 키 기준으로 쪼개 서로 다른 DB 서버(샤드)에 나눠 저장하는 방식입니다.",
      why: "읽기·쓰기 부하와 저장 용량을 여러 서버로 흩어 DB 한 대의 한계를 넘어 확장할 수 있고 샤드 하나가 죽어도 피해가 그 샤드의 데이터로 한정되지만, 샤드 키를 잘못 고르면 특정 샤드에만 부하가 몰립니다.",
    },
    en: {
      term: "Sharding",
      definition: "Splitting a large dataset by a shard key and storing the pieces on separate database servers (shards).",
      why: "It spreads read/write load and storage across servers so the database can grow past a single machine, and a failed shard affects only its slice of the data, but a poor shard key piles load onto one shard.",
    },
    aliases: ["샤드", "shard", "shards", "샤드 키", "shard key", "DB 샤딩", "database sharding"],
    related: ["partitioning", "scale-out", "hot-spot", "primary-key", "replication", "read-replica"],
  },
  {
    id: "primary-key",
    ko: {
      term: "기본 키",
      definition: "테이블의 각 행을 유일하게 구별하는 컬럼(또는 컬럼 조합)으로, 값이 중복되거나 NULL일 수 없습니다.",
      why: "키가 겹치면 동시에 들어온 가입 같은 요청이 실패하거나 엉뚱한 행을 가리키는 정합성 사고가 나고, MySQL InnoDB처럼 기본 키 순서로 데이터를 저장하는 엔진도 있어 키 설계가 쓰기·조회 성능에도 직접 영향을 줍니다.",
    },
    en: {
      term: "Primary Key",
      definition: "The column (or set of columns) that uniquely identifies each row in a table; its values can be neither duplicated nor NULL.",
      why: "Colliding keys make concurrent inserts fail or point at the wrong row, and because some engines (such as MySQL InnoDB) store rows in primary-key order, the key choice also shapes write and lookup performance.",
    },
    aliases: ["PK", "프라이머리 키"],
    related: ["auto-increment", "uuid", "snowflake-id", "index", "sharding"],
  },
  {
    id: "auto-increment",
    ko: {
      term: "오토 인크리먼트",
      definition: "새 행을 넣을 때마다 DB가 1, 2, 3…처럼 1씩(설정에 따라 정해진 간격으로) 늘어나는 번호를 자동으로 붙여 주는 컬럼 속성으로, 주로 기본 키에 씁니다.",
      why: "DB 한 대 안에서는 가입 요청이 동시에 몰려도 키가 겹치지 않게 보장해 주지만, 쓰기 노드가 여러 대인 멀티 프라이머리나 샤딩 환경에서는 노드마다 시작값·증가폭을 달리하거나 UUID·스노우플레이크 ID 같은 분산 ID로 바꿔야 합니다.",
    },
    en: {
      term: "Auto Increment",
      definition: "A column property that makes the database give each new row the next number in a sequence (1, 2, 3… or a configured step), commonly used for primary keys.",
      why: "Within one database it guarantees unique keys even under concurrent inserts, but with several writable nodes (multi-primary, sharding) each node needs its own offset and step, or you switch to distributed IDs such as UUIDs or Snowflake IDs.",
    },
    aliases: ["AUTO_INCREMENT", "자동 증가", "자동 증가 키", "자동 증가 컬럼"],
    related: ["primary-key", "uuid", "snowflake-id", "multi-primary", "sharding"],
  },
  {
    id: "uuid",
    ko: {
      term: "UUID(범용 고유 식별자)",
      definition: "중앙에서 번호를 나눠 주지 않아도 각 서버가 스스로 만들 수 있는 128비트 식별자로, 시간이나 무작위 값을 조합해 사실상 겹치지 않는 값을 만듭니다.",
      why: "여러 서버·리전에서 동시에 ID를 만들어도 중복 걱정이 거의 없어 ID 발급이 단일 장애점이 되지 않지만, 값이 크고 무작위(v4)라 B-트리 인덱스 여기저기에 끼어 들어가 쓰기 성능이 떨어질 수 있습니다.",
    },
    en: {
      term: "UUID",
      definition: "A 128-bit identifier that any server can generate on its own, without a central counter, built from time and/or random bits so that collisions are practically impossible.",
      why: "Servers and regions can create IDs independently with no central ID service to become a single point of failure, but large random values (v4) land all over a B-tree index and can slow writes.",
    },
    aliases: ["Universally Unique Identifier", "범용 고유 식별자", "GUID", "UUID v4", "UUID v7"],
    related: ["snowflake-id", "auto-increment", "primary-key", "b-tree", "spof"],
  },
  {
    id: "snowflake-id",
    ko: {
      term: "스노우플레이크 ID",
      definition: "트위터가 만든 64비트 ID 방식으로, 타임스탬프·워커(머신) 번호·시퀀스 번호를 이어 붙여 여러 서버가 서로 조율하지 않고도 대략 시간순으로 정렬되는 고유 ID를 만듭니다.",
      why: "각 서버가 ID를 독립적으로 만들어 중앙 발급기가 병목이나 단일 장애점이 되지 않고 시간순이라 UUID보다 인덱스에 부담이 적지만, 서버 시계가 뒤로 가면 중복이 생길 수 있어 시간 동기화를 챙겨야 합니다.",
    },
    en: {
      term: "Snowflake ID",
      definition: "A 64-bit ID scheme from Twitter that packs a timestamp, a worker (machine) number and a sequence number, letting many servers create unique, roughly time-ordered IDs without coordinating.",
      why: "Each server generates IDs on its own, so there is no central ID service to bottleneck or fail, and time ordering is gentler on indexes than random UUIDs, but a clock that jumps backwards can cause duplicates, so clock sync matters.",
    },
    aliases: ["스노플레이크 ID", "Twitter Snowflake", "트위터 스노우플레이크", "Snowflake algorithm", "스노우플레이크 알고리즘"],
    related: ["uuid", "auto-increment", "primary-key", "spof"],
  },
];
