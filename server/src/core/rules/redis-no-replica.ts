import { redisMode } from '../model/groups';
import { instanceCount } from '../model/request-graph';
import { L, nodeFinding } from './facts';
import type { Rule } from './rule';
import { findingNode, fix, setAttr } from './fixes';

/** `mode=sentinel` with one instance: Sentinel can only promote a replica, and there is none. */
export const redisNoReplica: Rule<'redis-no-replica'> = {
  id: 'redis-no-replica',
  check({ facts }) {
    const out = [];
    for (const n of facts.nodes) {
      if (redisMode(n) !== 'sentinel' || instanceCount(n) !== 1) continue;
      out.push(
        nodeFinding(
          'redis-no-replica',
          n,
          L(
            `\`${n.name}\` runs in Sentinel mode with a single instance: Sentinel fails over by promoting a replica, and there is none, so it only watches. When the server fails, everything that needs \`${n.name}\` waits until it is restarted, and what it held in memory is gone. Run a master and two replicas (\`replicas=3\`).`,
            `\`${n.name}\` 노드는 센티널 모드인데 인스턴스가 하나뿐입니다. 센티널은 복제본을 승격해서 페일오버하는데 복제본이 없으니 감시만 합니다. 서버에 장애가 나면 \`${n.name}\` 노드가 필요한 요청은 재시작될 때까지 모두 기다리고, 메모리에 있던 데이터도 사라집니다. 마스터 하나와 복제본 둘로 구성하세요(\`replicas=3\`).`,
          ),
          {},
        ),
      );
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const n = findingNode(design, finding);
    return n ? [fix(L(`A master and two replicas for \`${n.name}\` (replicas=3)`, `\`${n.name}\` 마스터 하나와 복제본 둘(replicas=3)`), [setAttr(design, n, 'replicas', '3')], true)] : [];
  },
};
