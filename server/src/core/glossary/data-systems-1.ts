/**
 * Glossary data: databases, keys and concurrency (part 1 of SYSTEM_TERMS).
 */
import type { GlossaryEntry } from './types';

export const SYSTEM_TERMS_1: GlossaryEntry[] = [
  {
    id: "connection-pool",
    ko: {
      term: "커넥션 풀",
      definition: "DB 연결을 미리 여러 개 맺어 두고, 요청이 올 때마다 하나씩 빌려 썼다가 반납받아 다시 쓰는 방식(또는 그 연결 묶음)이다.",
      why: "요청마다 연결을 새로 맺는 비용이 없어져 응답이 빨라지고 DB에 붙는 동시 연결 수도 일정하게 묶어 두지만, 풀이 작으면 트래픽이 몰릴 때 연결을 기다리던 요청이 'pool exhausted' 오류나 타임아웃으로 끝난다.",
    },
    en: {
      term: "Connection Pool",
      definition: "A set of database connections opened in advance and lent out to requests, which hand them back for reuse instead of opening a new connection each time.",
      why: "Reusing connections cuts per-request latency and caps how many connections reach the database, but an undersized pool makes requests wait and fail with 'pool exhausted' errors or timeouts under load.",
    },
    aliases: ["연결 풀", "연결 풀링", "커넥션 풀링", "Connection Pooling", "DB 커넥션 풀", "DB connection pool", "DBCP"],
    related: ["thread", "timeout", "bottleneck", "response-time", "rds"],
  },
  {
    id: "sharding",
    ko: {
      term: "샤딩",
      definition: "큰 데이터 집합을 샤드 키 기준으로 쪼개 서로 다른 DB 서버(샤드)에 나눠 저장하는 방식이다.",
      why: "읽기·쓰기 부하와 저장 용량을 여러 서버로 흩어 DB 한 대의 한계를 넘어 확장할 수 있고 샤드 하나가 죽어도 피해가 그 샤드의 데이터로 한정되지만, 샤드 키를 잘못 고르면 특정 샤드에만 부하가 몰린다.",
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
    id: "partitioning",
    ko: {
      term: "파티셔닝",
      definition: "큰 테이블을 날짜·키 범위·해시 같은 기준으로 여러 파티션으로 나눠 저장하되, 보통 같은 DB 서버 안에서 논리적으로는 테이블 하나처럼 다루는 기법이다.",
      why: "조회 조건에 해당하는 파티션만 읽으면 되므로(파티션 프루닝) 대용량 테이블의 검색이 빨라지고, 오래된 데이터를 파티션 단위로 지우거나 보관할 수 있어 관리 부담도 준다.",
    },
    en: {
      term: "Partitioning",
      definition: "Dividing a large table into partitions by a rule such as date, key range or hash, usually on the same database server, while it still behaves as one logical table.",
      why: "Queries that filter on the partition key read only the matching partitions (partition pruning), keeping big tables fast, and old data can be archived or dropped one partition at a time.",
    },
    aliases: ["테이블 파티셔닝", "table partitioning", "테이블 파티션", "DB 파티셔닝", "수평 파티셔닝", "horizontal partitioning", "수직 파티셔닝", "vertical partitioning"],
    related: ["sharding", "index", "full-table-scan", "primary-key"],
  },
  {
    id: "index",
    ko: {
      term: "인덱스",
      definition: "특정 컬럼 값으로 행의 위치를 빨리 찾을 수 있도록 테이블과 별도로 만들어 두는 정렬된 자료 구조로, 책 뒤의 ‘찾아보기’ 같은 역할을 한다.",
      why: "알맞은 인덱스가 있으면 풀 테이블 스캔을 피해 조회 지연과 DB 부하가 크게 줄지만, 쓰기 때마다 인덱스도 함께 고쳐야 하므로 너무 많이 만들면 INSERT·UPDATE가 느려진다.",
    },
    en: {
      term: "Index",
      definition: "A separate, sorted data structure that maps column values to row locations so the database can find rows without reading the whole table, much like the index at the back of a book.",
      why: "The right index avoids full table scans and cuts query latency and database load, but every write must also update each index, so too many indexes slow down inserts and updates.",
    },
    aliases: ["인덱싱", "indexing", "DB 인덱스", "database index", "복합 인덱스", "composite index", "multi column index", "다중 컬럼 인덱스"],
    related: ["b-tree", "hash-table", "full-table-scan", "primary-key", "partitioning"],
  },
  {
    id: "full-table-scan",
    ko: {
      term: "풀 테이블 스캔",
      definition: "조건에 맞는 행을 찾으려고 테이블에 저장된 데이터를 빠짐없이 전부 읽는 실행 방식으로, 쓸 만한 인덱스가 없거나 옵티마이저가 인덱스를 쓰지 않는 편이 낫다고 판단할 때 일어난다.",
      why: "테이블이 커지는 만큼 읽을 양도 늘어 쿼리가 느려지고, 디스크 I/O를 많이 쓰고 버퍼 캐시의 유용한 데이터를 밀어내 다른 쿼리까지 느려질 수 있으므로 실행 계획에 자주 보이면 인덱스나 쿼리를 점검해야 한다.",
    },
    en: {
      term: "Full Table Scan",
      definition: "An execution method that reads all of a table's stored data to find the rows matching a query, used when no suitable index exists or the optimizer judges an index not worth using.",
      why: "Its cost grows with the table, and on large tables it eats disk I/O and can push useful pages out of the buffer cache, slowing other queries too, so seeing it often in query plans means an index or the query needs work.",
    },
    aliases: ["Table Full Scan", "테이블 풀 스캔", "전체 테이블 스캔", "Full Scan", "풀 스캔", "Seq Scan", "sequential scan", "순차 스캔"],
    related: ["index", "b-tree", "partitioning", "iops", "bottleneck"],
  },
  {
    id: "b-tree",
    ko: {
      term: "B-트리",
      definition: "키를 정렬된 상태로 여러 단계의 노드에 나눠 담고 항상 균형을 유지하는 트리 구조로, 대부분의 RDBMS 인덱스가 이 구조(주로 리프 노드끼리 연결된 B+트리)를 쓴다.",
      why: "트리가 깊어지지 않고 옆으로 넓게 자라서 행이 수백만 건이어도 몇 번의 페이지 읽기로 키에 닿고 범위 검색과 정렬도 효율적이라, 데이터가 늘어도 조회 성능을 예측할 수 있다.",
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
      definition: "키를 해시 함수에 넣어 나온 해시 값으로 저장 위치를 정해, 키-값 쌍을 평균적으로 상수 시간에 찾고 넣을 수 있게 만든 자료 구조이다.",
      why: "키가 정확히 일치하는 조회는 데이터 양과 거의 상관없이 빨라서 캐시·인메모리 저장소·해시 인덱스의 기반이 되지만, 범위 검색에는 쓸 수 없다.",
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
    id: "auto-increment",
    ko: {
      term: "오토 인크리먼트",
      definition: "새 행을 넣을 때마다 DB가 1, 2, 3…처럼 1씩(설정에 따라 정해진 간격으로) 늘어나는 번호를 자동으로 붙여 주는 컬럼 속성으로, 주로 기본 키에 쓴다.",
      why: "DB 한 대 안에서는 가입 요청이 동시에 몰려도 키가 겹치지 않게 보장해 주지만, 쓰기 노드가 여러 대인 멀티 프라이머리나 샤딩 환경에서는 노드마다 시작값·증가폭을 달리하거나 UUID·스노우플레이크 ID 같은 분산 ID로 바꿔야 한다.",
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
      definition: "중앙에서 번호를 나눠 주지 않아도 각 서버가 스스로 만들 수 있는 128비트 식별자로, 시간이나 무작위 값을 조합해 사실상 겹치지 않는 값을 만든다.",
      why: "여러 서버·리전에서 동시에 ID를 만들어도 중복 걱정이 거의 없어 ID 발급이 단일 장애 지점이 되지 않지만, 값이 크고 무작위(v4)라 B-트리 인덱스 여기저기에 끼어 들어가 쓰기 성능이 떨어질 수 있다.",
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
      definition: "트위터가 만든 64비트 ID 방식으로, 타임스탬프·워커(머신) 번호·시퀀스 번호를 이어 붙여 여러 서버가 서로 조율하지 않고도 대략 시간순으로 정렬되는 고유 ID를 만든다.",
      why: "각 서버가 ID를 독립적으로 만들어 중앙 발급기가 병목이나 단일 장애 지점이 되지 않고 시간순이라 UUID보다 인덱스에 부담이 적지만, 서버 시계가 뒤로 가면 중복이 생길 수 있어 시간 동기화를 챙겨야 한다.",
    },
    en: {
      term: "Snowflake ID",
      definition: "A 64-bit ID scheme from Twitter that packs a timestamp, a worker (machine) number and a sequence number, letting many servers create unique, roughly time-ordered IDs without coordinating.",
      why: "Each server generates IDs on its own, so there is no central ID service to bottleneck or fail, and time ordering is gentler on indexes than random UUIDs, but a clock that jumps backwards can cause duplicates, so clock sync matters.",
    },
    aliases: ["스노플레이크 ID", "Twitter Snowflake", "트위터 스노우플레이크", "Snowflake algorithm", "스노우플레이크 알고리즘"],
    related: ["uuid", "auto-increment", "primary-key", "spof"],
  },
  {
    id: "multi-primary",
    ko: {
      term: "멀티 프라이머리",
      definition: "여러 DB 노드가 모두 쓰기를 받으면서 서로의 변경 내용을 복제해 주고받는 구성으로, 멀티 마스터라고도 한다.",
      why: "한 노드가 죽어도 다른 노드가 곧바로 쓰기를 이어받아 가용성이 높지만, 같은 데이터를 동시에 고치면 충돌이 나고 자동 증가 키도 겹칠 수 있어 충돌 해결 규칙과 키 설계가 꼭 필요하다.",
    },
    en: {
      term: "Multi-Primary",
      definition: "A setup where several database nodes all accept writes and replicate their changes to one another; also called multi-master.",
      why: "Any node can keep taking writes when another fails, which raises availability, but simultaneous edits to the same data can conflict and auto-increment keys can collide, so conflict rules and key design are required.",
    },
    aliases: ["multi-master", "멀티 마스터", "다중 마스터", "다중 프라이머리", "multi-primary replication", "멀티 프라이머리 복제"],
    related: ["replication", "active-active", "primary-replica", "master-slave", "auto-increment", "split-brain"],
  },
  {
    id: "primary-key",
    ko: {
      term: "기본 키",
      definition: "테이블의 각 행을 유일하게 구별하는 컬럼(또는 컬럼 조합)으로, 값이 중복되거나 NULL일 수 없다.",
      why: "키가 겹치면 동시에 들어온 가입 같은 요청이 실패하거나 엉뚱한 행을 가리키는 정합성 사고가 나고, MySQL InnoDB처럼 기본 키 순서로 데이터를 저장하는 엔진도 있어 키 설계가 쓰기·조회 성능에도 직접 영향을 준다.",
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
    id: "exclusive-control",
    ko: {
      term: "배타적 제어",
      definition: "여러 처리가 데이터·파일·메모리 같은 공유 자원에 동시에 손댈 때, 한 번에 하나만 쓰게 하고 나머지는 기다리게 하는 제어이다.",
      why: "동시에 고치다 데이터가 꼬이는 것을 막아 정합성을 지켜 주지만, 나머지 처리는 줄을 서야 하므로 잠그는 구간이 길거나 경합이 심하면 그곳이 바로 병목이 된다.",
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
      definition: "공유 자원을 쓰는 동안 다른 처리가 접근하지 못하도록 걸어 두는 표시로, DB의 행·테이블 잠금이나 프로그램의 뮤텍스처럼 배타적 제어를 구현하는 대표적인 수단이다.",
      why: "같은 행을 동시에 고치려는 요청들을 줄 세워 데이터 충돌을 막지만, 잠금을 오래 쥐고 있거나 서로 상대의 잠금을 기다리는 교착 상태(데드락)가 생기면 요청이 쌓이다 타임아웃과 장애로 번진다.",
    },
    en: {
      term: "Lock",
      definition: "A marker taken on a shared resource so that other processes cannot use it until it is released; the usual way to implement exclusive control, such as row and table locks in databases or mutexes in programs.",
      why: "Locks stop concurrent requests from corrupting the same data, but locks held too long, or deadlocks where two holders wait on each other, pile up requests until they time out.",
    },
    aliases: ["잠금", "locking", "DB 락", "DB lock", "DB 잠금", "행 잠금", "row lock", "테이블 락", "테이블 잠금", "table lock", "mutex", "뮤텍스", "배타 락", "exclusive lock", "공유 락", "shared lock"],
    related: ["exclusive-control", "timeout", "bottleneck", "thread", "journaling"],
  },
  {
    id: "journaling",
    ko: {
      term: "저널링",
      definition: "데이터를 실제로 바꾸기 전에 무엇을 바꿀지(트랜잭션·변경 내역)를 저널(로그)에 먼저 순서대로 적어 두는 방식으로, DB의 WAL·리두 로그와 저널링 파일 시스템이 이 원리를 쓴다.",
      why: "쓰기 도중 서버가 죽어도 재시작할 때 저널만 훑어 미완료 작업을 마저 반영(롤포워드)하거나 취소(롤백)하면 되므로, 디스크 전체를 검사하거나 백업에서 되살리는 것보다 훨씬 빨리 정상 상태로 돌아온다.",
    },
    en: {
      term: "Journaling",
      definition: "Writing down what is about to change (the transaction or change record) in a sequential journal (log) before changing the data itself; database write-ahead and redo logs and journaling file systems work this way.",
      why: "If a server dies mid-write, restart only has to scan the journal to finish (roll forward) or undo (roll back) incomplete work, restoring a consistent state far faster than checking the whole disk or restoring from backup.",
    },
    aliases: ["저널", "journal", "저널 파일", "저널링 파일 시스템", "journaling file system", "WAL", "write-ahead log", "write-ahead logging", "선행 기록 로그", "리두 로그", "redo log"],
    related: ["rollback", "rollforward", "backup", "data-backup", "replication", "rpo"],
  },
];
