import { clusterReplicaCounts, groupSpecOf, redisMode } from '../model/groups';
import { instanceCount } from '../model/request-graph';
import { L, nodeFinding } from './facts';
import type { Rule } from './rule';
import { findingNode, fix, setAttr } from './fixes';

/**
 * A Redis Cluster with a shard that has no replica: losing that master leaves
 * its slots uncovered, and with `cluster-require-full-coverage yes` (the
 * default) every node answers CLUSTERDOWN until it is back.
 */
export const redisClusterNoReplica: Rule<'redis-cluster-no-replica'> = {
  id: 'redis-cluster-no-replica',
  check({ facts }) {
    const out = [];
    for (const n of facts.nodes) {
      if (redisMode(n) !== 'cluster') continue;
      const g = groupSpecOf(n, instanceCount(n));
      if (!g || g.type !== 'cluster') continue;
      const bare = clusterReplicaCounts(g).filter((c) => c === 0).length;
      if (!bare) continue;
      const want = 2 * g.shards;
      out.push(
        nodeFinding(
          'redis-cluster-no-replica',
          n,
          g.fullCoverage
            ? L(
            `\`${n.name}\` is a Redis Cluster of ${g.instances} instance(s) over ${g.shards} shard(s): ${bare} shard(s) have no replica. When such a master is lost, its slots are uncovered and, with \`cluster-require-full-coverage yes\` (the default), every node answers CLUSTERDOWN — for all keys, not only that shard's — until the master is back. Give every shard a replica (\`replicas=${want}\`).`,
            `\`${n.name}\` 노드는 인스턴스 ${g.instances}개, 샤드 ${g.shards}개의 Redis 클러스터인데 샤드 ${bare}개에 복제본이 없습니다. 복제본이 없는 마스터를 잃으면 슬롯이 비고, 기본값인 \`cluster-require-full-coverage yes\` 때문에 마스터가 돌아올 때까지 모든 노드가 그 샤드뿐 아니라 모든 키에 CLUSTERDOWN으로 답합니다. 샤드마다 복제본을 두세요(\`replicas=${want}\`).`,
          )
            : L(
                `\`${n.name}\` is a managed Redis Cluster of ${g.instances} instance(s) over ${g.shards} shard(s): ${bare} shard(s) have no replica. When such a master is lost, its share of the keys (1/${g.shards}) fails until the service replaces the node, and what it held is gone (the managed service runs without full coverage, so the other shards keep answering). Give every shard a replica (\`replicas=${want}\`).`,
                `\`${n.name}\` 노드는 인스턴스 ${g.instances}개, 샤드 ${g.shards}개의 관리형 Redis 클러스터인데 샤드 ${bare}개에 복제본이 없습니다. 복제본이 없는 마스터를 잃으면 서비스가 노드를 바꿀 때까지 그 샤드의 키(1/${g.shards})가 실패하고, 그 노드가 가진 데이터는 사라집니다(관리형 서비스는 full coverage 없이 돌아 다른 샤드는 계속 답합니다). 샤드마다 복제본을 두세요(\`replicas=${want}\`).`,
              ),
          { shards: g.shards, instances: g.instances, want },
        ),
      );
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const n = findingNode(design, finding);
    const want = finding.data?.['want'];
    return n && typeof want === 'number' ? [fix(L(`A replica for every shard of \`${n.name}\` (replicas=${want})`, `\`${n.name}\` 샤드마다 복제본(replicas=${want})`), [setAttr(design, n, 'replicas', String(want))], true)] : [];
  },
};
