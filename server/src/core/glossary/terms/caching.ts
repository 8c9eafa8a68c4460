import type { GlossaryEntry } from '../types';

/** Caches: caching, hit ratio, hot spots, LRU and in-memory databases. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "cache",
    ko: {
      term: "캐시",
      definition: "자주 쓰는 데이터의 사본을 원본보다 빨리 꺼낼 수 있는 곳(메모리, 가까운 서버 등)에 잠시 보관해 두는 저장소입니다.",
      why: "DB나 원본 서버까지 가지 않고 바로 응답할 수 있어 응답 시간과 원본 부하가 함께 줄지만, 원본과 내용이 어긋날 수 있고 캐시가 한꺼번에 비거나 죽으면 요청이 원본으로 몰립니다.",
    },
    en: {
      term: "Cache",
      definition: "A store that keeps copies of frequently used data for a while somewhere faster to reach than the original, such as memory or a nearby server.",
      why: "Answering from the cache avoids trips to the database or origin, cutting both response time and origin load, but cached data can go stale, and if the cache empties or fails all at once the origin takes the full load.",
    },
    aliases: ["캐쉬", "캐시 서버", "cache server", "캐시 메모리", "cache memory", "버퍼 캐시", "buffer cache", "캐시 버퍼"],
    related: ["caching", "lru", "in-memory-db", "redis", "memcached", "cdn", "ttl", "hot-spot", "hit-ratio"],
  },
  {
    id: "caching",
    ko: {
      term: "캐싱",
      definition: "데이터를 캐시에 담아 두고 같은 요청이 오면 원본 대신 캐시에서 꺼내 주는 기법으로, 무엇을 얼마나 오래 담아 둘지 정하는 것이 핵심입니다.",
      why: "반복되는 조회를 원본에서 떼어 내 DB와 서버 부하를 줄이고 트래픽 급증도 버티게 해 주지만, 만료(TTL)와 무효화를 잘못 설계하면 오래된 데이터를 보여 주거나 만료되는 순간 원본에 요청이 쏟아집니다.",
    },
    en: {
      term: "Caching",
      definition: "The technique of keeping data in a cache and answering repeat requests from it instead of the original source; the key decisions are what to cache and for how long.",
      why: "Moving repeated reads off the origin lowers database and server load and helps absorb traffic spikes, but poorly designed expiry (TTL) and invalidation serve stale data or cause a stampede on the origin when entries expire.",
    },
    aliases: ["캐싱 전략", "caching strategy", "캐시 전략", "cache strategy"],
    related: ["cache", "lru", "hot-spot", "ttl", "cdn", "redis", "in-memory-db", "hit-ratio"],
  },
  {
    id: "hit-ratio",
    ko: {
      term: "캐시 적중률",
      definition: "캐시로 들어온 읽기 요청 가운데 캐시가 직접 답한 비율입니다. 100번 중 95번을 캐시가 답했다면 적중률은 95%입니다.",
      why: "적중률이 95%면 DB는 읽기의 5%만 받지만, 캐시가 죽거나 비워지는 순간 나머지 95%가 한꺼번에 DB로 몰려 DB까지 쓰러질 수 있으니, 캐시 없이 DB가 버틸 수 있는지 따져 봐야 합니다.",
    },
    en: {
      term: "Cache hit ratio",
      definition: "The share of read requests that a cache answers itself: 95 out of 100 is a 95% hit ratio.",
      why: "At 95% the database sees only 5% of reads, but if the cache dies or is flushed the other 95% land on the database at once and may take it down too.",
    },
    aliases: ["hit ratio", "Hit Ratio", "캐시 적중율", "적중률", "적중율", "히트율", "캐시 히트율", "hit rate", "cache hit rate", "캐시 히트", "cache hit", "캐시 미스", "cache miss", "미스율", "miss ratio"],
    related: ["cache", "caching", "lru", "in-memory-db", "bottleneck", "hot-spot"],
  },
  {
    id: "hot-spot",
    ko: {
      term: "핫스팟",
      definition: "요청이나 데이터 접근이 특정 키·행·파티션·서버 같은 일부분에 몰려, 그 부분만 과부하가 걸리는 현상입니다.",
      why: "전체 용량은 넉넉해도 몰린 한 곳이 병목이 되어 지연과 장애가 나므로, 인기 데이터는 캐시로 빼 두거나 키 분산 방식을 다시 설계해야 합니다.",
    },
    en: {
      term: "Hot Spot",
      definition: "A situation where requests or data access concentrate on a small part of the system, such as one key, row, partition or server, overloading it while the rest stays idle.",
      why: "Even with plenty of total capacity, the overloaded spot becomes the bottleneck and causes slowdowns or failures, so hot data is usually moved into a cache or the key distribution is redesigned.",
    },
    aliases: ["Hot Spot Problem", "핫스팟 문제", "핫스폿", "hot key", "핫 키", "hot partition", "핫 파티션"],
    related: ["sharding", "partitioning", "caching", "cache", "bottleneck", "in-memory-db", "hit-ratio"],
  },
  {
    id: "lru",
    ko: {
      term: "LRU 알고리즘",
      definition: "캐시가 가득 찼을 때 가장 오랫동안 쓰이지 않은 데이터부터 내보내는 교체 알고리즘(Least Recently Used)입니다.",
      why: "최근에 쓴 데이터가 또 쓰일 가능성이 높다는 가정으로 한정된 메모리에서 캐시 적중률을 높여 주며, MySQL의 버퍼 풀이나 Redis의 allkeys-lru 같은 메모리 정책도 이 방식이나 그 변형을 씁니다.",
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
      definition: "데이터를 디스크가 아닌 메모리(RAM)에 두고 읽고 쓰는 데이터베이스로, Redis와 Memcached가 대표적입니다.",
      why: "디스크 I/O 없이 메모리에서 바로 읽고 써서 보통 밀리초 이하로 응답하므로 캐시·세션·실시간 순위처럼 자주 읽고 쓰는 데이터를 원본 DB에서 떼어 내기 좋지만, 재시작하면 데이터가 사라질 수 있어 영속화나 복제를 따로 챙겨야 합니다.",
    },
    en: {
      term: "In-Memory Database",
      definition: "A database that keeps and serves its data in main memory (RAM) rather than on disk; Redis and Memcached are common examples.",
      why: "Serving straight from memory with no disk I/O, it typically answers in a millisecond or less, which makes it ideal for taking caches, sessions and live rankings off the main database, but data can vanish on restart unless persistence or replication is set up.",
    },
    aliases: ["In-Memory DB", "인메모리 DB", "인메모리", "in-memory", "in-memory data store", "인메모리 저장소", "메모리 DB"],
    related: ["redis", "memcached", "cache", "session-store", "memory", "replication", "hit-ratio"],
  },
];
