/**
 * Replication modes with their real meaning (failure-model §3): what a standby
 * has when it takes over, and which of several standbys is the freshest.
 *
 * - `sync`, and DRBD protocol C (the default with `replication=drbd`): a write
 *   is acknowledged once the copy has it — nothing acknowledged is lost.
 * - `semi-sync` (MySQL), DRBD protocol B (memory-synchronous): nothing is lost
 *   in a single failure while it holds; semi-sync falls back to asynchronous
 *   after its timeout (`rpl_semi_sync_source_timeout`, 10 s), and protocol B
 *   loses writes if both nodes lose power together. Read as no loss, with that
 *   note (the hover and the findings say so).
 * - `async`, DRBD protocol A, and anything Redis: the last `lag` of writes is
 *   lost. Redis replicates asynchronously only (`WAIT` is best effort); a
 *   `replication=sync` on Redis is read as async (and is a finding).
 *
 * - `shared`: no copy at all — the standby mounts the primary's disk (a SAN LUN,
 *   shared storage; an active-standby Pacemaker or Oracle/Tibero cluster) and
 *   takes over with everything written; the storage node is the one copy.
 *
 * Freshness ranks the standbys: 0 synchronous, 1 semi-synchronous, 2 asynchronous.
 */
import type { Design, Localized, TopologyNode } from '../syntax/ast';
import { regionsOf } from '../syntax/places';
import { textAttr } from '../syntax/attrs';
import { formatDuration } from '../syntax/values';
import { koDuration } from '../shared/duration';

export type ReplicationMode = 'sync' | 'semi-sync' | 'async' | 'drbd-A' | 'drbd-B' | 'drbd-C' | 'shared';

export interface ReplicationInfo {
  mode: ReplicationMode;
  /** 0 synchronous, 1 semi-synchronous, 2 asynchronous: the lowest wins a failover. */
  rank: 0 | 1 | 2;
  /** No acknowledged write lost when this copy takes over after a single failure. */
  lossless: boolean;
}

function text(n: TopologyNode, key: string): string | null {
  const v = n.attrs.get(key)?.value;
  return v && v.type === 'text' ? v.value : null;
}

export const REDIS_ENGINES = new Set(['redis', 'valkey', 'elasticache', 'keydb']);
/** Managed or compatible stores whose `mode=sentinel|cluster` means Redis's (their other semantics come from their own profile). */
export const REDIS_COMPATIBLE = new Set(['memorydb', 'memorystore', 'azure-cache', 'azure-redis', 'azure-cache-for-redis', 'azure-cache-redis', 'redis-enterprise', 'dragonfly', 'redis-sentinel', 'redis-cluster']);

/**
 * A Redis node: a cache whose engine is Redis (or ElastiCache / Valkey), or one in Sentinel or Cluster mode with no
 * engine or a Redis-compatible one. A cache written with another engine (Tomcat's session cluster, Hazelcast,
 * Memcached) is not Redis whatever its `mode=`: no Sentinel, no slots, no CLUSTERDOWN.
 */
export function isRedis(n: TopologyNode): boolean {
  if (n.kind !== 'cache') return false;
  const e = (text(n, 'engine') ?? '').toLowerCase();
  if (REDIS_ENGINES.has(e)) return true;
  // (A provider's Redis service under its own name — NCP's `cloud-db-for-redis`, a KT Cloud Redis — is Redis: its
  // replicas are copies a failover promotes, not shards; round 126c r02 lost half the sessions of a Master/Slave pair.)
  if (/redis|valkey/.test(e) && !REDIS_COMPATIBLE.has(e)) return true;
  if (e !== '' && !REDIS_COMPATIBLE.has(e)) return false;
  const m = text(n, 'mode');
  return m === 'sentinel' || m === 'cluster';
}

/**
 * A copy written as an InnoDB Cluster (`engine=innodb-cluster|innodb-clusterset`) of another: an InnoDB ClusterSet
 * replica cluster, which "InnoDB ClusterSet does not fail over automatically to" (MySQL Shell manual, InnoDB ClusterSet
 * limitations): only a person's emergency failover promotes it.
 */
export function clusterSetReplica(copy: TopologyNode): boolean {
  const e = (text(copy, 'engine') ?? '').toLowerCase();
  return e === 'innodb-cluster' || e === 'innodb-clusterset';
}

/** Managed services that replicate as Redis does: asynchronously (MemoryDB, with its durable log, is not one). */
const ASYNC_REDIS_SERVICES: ReadonlySet<string> = new Set(['memorystore', 'azure-cache', 'azure-redis', 'azure-cache-for-redis', 'azure-cache-redis', 'redis-enterprise', 'dragonfly']);

/**
 * A cache that replicates as Redis does, asynchronously only: a failover loses what the replicas had not received. Not
 * MemoryDB, which acknowledges a write once its Multi-AZ transaction log has it (memorydb-durability).
 */
export function isAsyncRedis(n: TopologyNode): boolean {
  const e = (text(n, 'engine') ?? '').toLowerCase();
  return e !== 'memorydb' && (isRedis(n) || (n.kind === 'cache' && ASYNC_REDIS_SERVICES.has(e)));
}

const SEMI_SYNC_CAVEAT: Localized = {
  en: 'semi-synchronous replication loses nothing only while it holds: after its timeout (MySQL: 10 s) it falls back to asynchronous',
  ko: '반동기 복제는 유지되는 동안에만 잃는 것이 없습니다. 시간 초과(MySQL 기본 10초) 뒤에는 비동기로 전환됩니다',
};
const DATA_GUARD_CAVEAT: Localized = {
  en: 'Data Guard in Maximum Availability loses nothing only while the standby acknowledges: a primary that cannot reach it within NetTimeout (30 s by default) goes on without it',
  ko: 'Maximum Availability 모드의 Data Guard는 스탠바이가 확인을 보내는 동안에만 잃는 것이 없습니다. NetTimeout(기본 30초) 안에 스탠바이에 닿지 못하면 프라이머리는 스탠바이 없이 계속 씁니다',
};
const SEMI_SYNC_GENERIC_CAVEAT: Localized = {
  en: 'semi-synchronous replication loses nothing only while it holds: after its timeout the primary goes on without the copy',
  ko: '반동기 복제는 유지되는 동안에만 잃는 것이 없습니다. 시간 초과 뒤에는 프라이머리가 사본 없이 계속 씁니다',
};
/** Db2 spellings: HADR's synchronous modes wait hadr_timeout for a silent standby, then go on alone. */
export const DB2_ENGINES = new Set(['db2', 'ibm-db2', 'db2-hadr', 'hadr']);
/** SQL Server spellings: an Always On availability group's synchronous-commit secondary is waited for until its session timeout. */
export const SQLSERVER_ENGINES = new Set(['sqlserver', 'mssql', 'sql-server', 'ms-sql']);
/** Bigtable spellings: replication between an instance's clusters is eventually consistent only (bigtable-replication). */
export const BIGTABLE_ENGINE = /^(cloud-)?bigtable$/i;
/** Oracle engines: Data Guard's SYNC transport in Maximum Availability is what `replication=semi-sync` stands for there. */
export const ORACLE_ENGINES = new Set(['oracle', 'oracle-rac', 'oracle-dataguard', 'dataguard', 'data-guard']);
/**
 * MySQL and its forks, and the failover managers run on them: their replication is asynchronous or semi-synchronous,
 * never synchronous (Group Replication aside) — the lossless mode the rpo advice names, and the semi-sync timeout's engines.
 */
export const MYSQL_FAMILY = new Set(['mysql', 'mariadb', 'percona', 'percona-server', 'mha', 'mha4mysql', 'orchestrator']);
/** The replication mode that keeps acknowledged writes on the product: `semi-sync` for the MySQL family, else `sync`. */
export function losslessMode(source: TopologyNode): 'semi-sync' | 'sync' {
  return MYSQL_FAMILY.has((text(source, 'engine') ?? '').toLowerCase()) ? 'semi-sync' : 'sync';
}
const DRBD_B_CAVEAT: Localized = {
  en: 'DRBD protocol B acknowledges once the peer has the write in memory: a power loss of both nodes at once still loses it',
  ko: 'DRBD 프로토콜 B는 상대 노드의 메모리에 들어가면 확인합니다. 두 노드가 동시에 전원을 잃으면 그 쓰기는 사라집니다',
};

/** What a lossless reading of a replication mode assumes, when it can degrade (semi-sync, DRBD protocol B); else null. */
export function replicationCaveat(mode: ReplicationMode, engines: readonly string[] = [], timeout: number | null = null): Localized | null {
  if (mode === 'semi-sync') {
    if (engines.some((e) => ORACLE_ENGINES.has(e))) return DATA_GUARD_CAVEAT;
    // (The timeout the design writes, when it does: round 107c r04 quoted MySQL's 10 s beside `sync-timeout=1s`.)
    if (timeout !== null)
      return {
        en: `semi-synchronous replication loses nothing only while it holds: after its timeout (${formatDuration(timeout)}, \`sync-timeout=\`) the primary goes on without the copy`,
        ko: `반동기 복제는 유지되는 동안에만 잃는 것이 없습니다. 시간 초과(${koDuration(timeout)}, \`sync-timeout=\`) 뒤에는 프라이머리가 사본 없이 계속 씁니다`,
      };
    return engines.length && !engines.some((e) => MYSQL_FAMILY.has(e)) ? SEMI_SYNC_GENERIC_CAVEAT : SEMI_SYNC_CAVEAT;
  }
  return mode === 'drbd-B' ? DRBD_B_CAVEAT : null;
}

/**
 * How `standby` (a copy of `source`) is replicated. Redis on either side is
 * asynchronous whatever is written; no `replication=` means asynchronous.
 */
export function replicationOf(standby: TopologyNode, source: TopologyNode | null): ReplicationInfo {
  if (isRedis(standby) || (source !== null && isRedis(source))) return { mode: 'async', rank: 2, lossless: false };
  switch (text(standby, 'replication')) {
    case 'sync':
      return { mode: 'sync', rank: 0, lossless: true };
    case 'shared':
      return { mode: 'shared', rank: 0, lossless: true };
    case 'semi-sync':
      return { mode: 'semi-sync', rank: 1, lossless: true };
    case 'drbd': {
      const p = text(standby, 'protocol') ?? 'C';
      if (p === 'A') return { mode: 'drbd-A', rank: 2, lossless: false };
      if (p === 'B') return { mode: 'drbd-B', rank: 1, lossless: true };
      return { mode: 'drbd-C', rank: 0, lossless: true };
    }
    default:
      return { mode: 'async', rank: 2, lossless: false };
  }
}

/** A service that reads a queue in one region and writes another queue in another region (MirrorMaker 2, a Shovel). */
export interface QueueMirror {
  via: TopologyNode;
  from: TopologyNode;
  to: TopologyNode;
  fromRegion: string;
  toRegion: string;
}

/**
 * The queue mirrors of a design: each service's first queue read and the first other queue it writes, when the two sit in
 * different regions. The language has no copy relation for them: the model does not count the messages a mirror had not
 * copied yet when the source's region is lost.
 */
export function queueMirrors(design: Design): QueueMirror[] {
  let out = mirrorsMemo.get(design);
  if (!out) mirrorsMemo.set(design, (out = findQueueMirrors(design)));
  return out;
}

const mirrorsMemo = new WeakMap<Design, QueueMirror[]>();

function findQueueMirrors(design: Design): QueueMirror[] {
  const reads = new Map<string, TopologyNode>();
  const writes = new Map<string, TopologyNode[]>();
  for (const e of design.edges) {
    const a = design.nodes.get(e.from);
    const b = design.nodes.get(e.to);
    if (!a || !b) continue;
    if (a.kind === 'queue' && (b.kind === 'service' || b.kind === 'app-server') && !reads.has(b.name)) reads.set(b.name, a);
    if (b.kind === 'queue' && (a.kind === 'service' || a.kind === 'app-server')) {
      const l = writes.get(a.name);
      if (l) l.push(b);
      else writes.set(a.name, [b]);
    }
  }
  const out: QueueMirror[] = [];
  for (const [name, from] of reads) {
    const to = (writes.get(name) ?? []).find((q) => q !== from);
    if (!to) continue;
    const fromRegion = regionsOf(design, from)[0];
    const toRegion = regionsOf(design, to)[0];
    if (!fromRegion || !toRegion || fromRegion === toRegion) continue;
    out.push({ via: design.nodes.get(name)!, from, to, fromRegion, toRegion });
  }
  return out;
}

/**
 * Whose commits wait without end for a lone synchronous standby (request-graph's syncWait): a self-run PostgreSQL
 * (`synchronous_standby_names`), or — written `sync-timeout=none` on the standby — a MySQL source that never falls back
 * from semi-synchronous replication, or a SQL Server primary with `REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT`.
 */
export type SyncWaitProduct = 'postgres' | 'mysql' | 'sqlserver';

export function syncWaitProduct(primary: TopologyNode, standby: TopologyNode): SyncWaitProduct {
  const engines = [primary, standby].map((x) => (textAttr(x, 'engine') ?? '').toLowerCase());
  if (engines.some((e) => SQLSERVER_ENGINES.has(e))) return 'sqlserver';
  if (engines.some((e) => MYSQL_FAMILY.has(e))) return 'mysql';
  return 'postgres';
}

/**
 * Why the commits wait for `standby` (a clause: "PostgreSQL waits for it on every commit …") and what would stop
 * that (the fix), by product. `instances`: the standby's instances (two or more wait as ANY 1 of them).
 */
export function syncWaitWords(primary: TopologyNode, standby: TopologyNode): { why: Localized; fix: Localized; short: Localized } {
  const sb = standby.name;
  switch (syncWaitProduct(primary, standby)) {
    case 'mysql':
      return {
        why: {
          en: `the MySQL source waits for its acknowledgement on every commit and never falls back to asynchronous replication (\`sync-timeout=none\`: \`rpl_semi_sync_source_timeout\` longer than any outage)`,
          ko: `MySQL 소스가 커밋마다 이 노드의 수신 확인을 기다리고 비동기 복제로 넘어가지 않으므로(\`sync-timeout=none\`: 어떤 장애보다 긴 \`rpl_semi_sync_source_timeout\`)`,
        },
        fix: {
          en: `Keep a second semi-synchronous replica (\`replicas=2\` on \`${sb}\`: the source waits for one acknowledgement, \`rpl_semi_sync_source_wait_for_replica_count\` 1), or let the source fall back to asynchronous replication after a timeout (\`rpl_semi_sync_source_timeout\`, 10 s by default: drop \`sync-timeout=none\`).`,
          ko: `반동기 레플리카를 하나 더 두거나(\`${sb}\`에 \`replicas=2\`: 소스는 확인 하나만 기다림, \`rpl_semi_sync_source_wait_for_replica_count\` 1), 시간 초과 뒤 비동기로 넘어가게 하세요(\`rpl_semi_sync_source_timeout\`, 기본 10초: \`sync-timeout=none\`을 지움).`,
        },
        short: { en: 'the MySQL source never falls back from semi-synchronous replication', ko: 'MySQL 소스가 반동기 복제에서 비동기로 넘어가지 않음' },
      };
    case 'sqlserver':
      return {
        why: {
          en: `the SQL Server primary commits nothing with fewer synchronized secondaries than \`REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT\` (\`sync-timeout=none\`)`,
          ko: `SQL Server 프라이머리는 동기화된 보조 복제본이 \`REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT\`보다 적으면 커밋하지 않으므로(\`sync-timeout=none\`)`,
        },
        fix: {
          en: `Keep a second synchronous-commit secondary (\`replicas=2\` on \`${sb}\`), or leave \`REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT\` at 0, its default, where the primary commits without a secondary once it has missed the session timeout (\`SESSION_TIMEOUT\`, 10 s).`,
          ko: `동기 커밋 보조 복제본을 하나 더 두거나(\`${sb}\`에 \`replicas=2\`), \`REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT\`을 기본값 0으로 두세요. 그러면 세션 타임아웃(\`SESSION_TIMEOUT\`, 10초)이 지난 보조 복제본 없이 커밋합니다.`,
        },
        short: { en: 'REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT', ko: 'REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT' },
      };
    default:
      return {
        why: {
          en: `PostgreSQL waits for it on every commit (\`synchronous_standby_names\` naming it)`,
          ko: `PostgreSQL이 커밋마다 이 노드의 확인을 기다리므로(\`synchronous_standby_names\`에 이 노드만 있음)`,
        },
        fix: {
          en: `Keep more synchronous standbys than the commit waits for (a second one, \`synchronous_standby_names = 'ANY 1 (…)'\`: \`replicas=2\` on \`${sb}\`), or let a manager drop to asynchronous while it is gone (Patroni's \`synchronous_mode\`, \`engine=patroni\`).`,
          ko: `커밋이 기다리는 수보다 동기 대기 노드를 더 두거나(하나 더 두고 \`synchronous_standby_names = 'ANY 1 (…)'\`: \`${sb}\`에 \`replicas=2\`), 대기 노드가 없는 동안 비동기로 내려가게 하는 관리자를 쓰세요(Patroni의 \`synchronous_mode\`, \`engine=patroni\`).`,
        },
        short: { en: 'synchronous_standby_names', ko: 'synchronous_standby_names' },
      };
  }
}

