import { isRedis } from '../model/replication';
import type { TopologyNode } from '../syntax/ast';
import { canonicalEngine, timingsOf } from '../model/profiles';
import { ENGINE_PROFILES } from '../model/profiles/select';
import { MEMORYSTORE_ENGINES } from '../model/profiles/table';
import { formatDuration } from '../syntax/values';
import { koDuration, L, nodeFinding, textAttr } from './facts';
import type { Rule } from './rule';
import { findingNode, fix, setAttr } from './fixes';

/**
 * Redis replicates asynchronously only (Redis replication docs; `WAIT` does not
 * make a write durable across a failover): `replication=sync` or `semi-sync` on
 * a Redis node, or on a standby of one, is read as async and reported.
 */
/**
 * A managed Redis whose replicas are copied asynchronously whatever its mode: Azure Cache for Redis ("forwards the
 * operation to the replica asynchronously", azure-redis-ha) and Memorystore for Redis (round 67 r04). MemoryDB, whose
 * multi-AZ transaction log makes a write durable, is not one.
 */
function asyncRedisService(n: TopologyNode): boolean {
  if (n.kind !== 'cache') return false;
  const e = (textAttr(n, 'engine') ?? '').toLowerCase();
  return MEMORYSTORE_ENGINES.test(e) || ENGINE_PROFILES[canonicalEngine(e)] === 'azure-cache-redis';
}

export const redisSyncReplication: Rule<'redis-sync-replication'> = {
  id: 'redis-sync-replication',
  check({ design, facts }) {
    const out = [];
    for (const n of facts.nodes) {
      const r = textAttr(n, 'replication');
      if (r !== 'sync' && r !== 'semi-sync') continue;
      const src = n.of && n.of !== n.name ? design.nodes.get(n.of) : undefined;
      if (!isRedis(n) && !(src && isRedis(src)) && !asyncRedisService(n) && !(src && asyncRedisService(src))) continue;
      const lagA = n.attrs.get('lag')?.value ?? (src ? src.attrs.get('lag')?.value : undefined);
      const lag = lagA && lagA.type === 'duration' ? lagA.seconds : timingsOf(n).lag.value;
      out.push(
        nodeFinding(
          'redis-sync-replication',
          n,
          L(
            `\`${n.name}\` says \`replication=${r}\`, but Redis has no synchronous replication: the master acknowledges a write before any replica has it, and \`WAIT\` only waits — a failover can still lose acknowledged writes. The model reads it as asynchronous: a failover loses the last ${formatDuration(lag)} (\`lag=\`) of writes. Write \`replication=async\`, and keep data that must not be lost in a database with synchronous replication.`,
            `\`${n.name}\` 노드에 \`replication=${r}\`라고 적었지만 Redis에는 동기 복제가 없습니다. 마스터는 복제본이 받기 전에 쓰기를 확인하고, \`WAIT\`은 기다리기만 할 뿐이라 페일오버 때 커밋된 쓰기를 잃을 수 있습니다. 이 도구는 비동기로 계산하므로 페일오버 때 마지막 ${koDuration(lag)}(\`lag=\`)의 쓰기를 잃습니다. \`replication=async\`로 고치고, 잃으면 안 되는 데이터는 동기 복제하는 데이터베이스에 두세요.`,
          ),
          { replication: r, lag },
        ),
      );
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const n = findingNode(design, finding);
    return n ? [fix(L('Say what Redis does: replication=async', 'Redis의 실제 동작대로: replication=async'), [setAttr(design, n, 'replication', 'async')], true)] : [];
  },
};
