import { timingsOf } from '../model/profiles';
import { calleeCount, calleesOf, flagAttr, L, nodeFinding } from './facts';
import { instanceCount } from '../model/request-graph';
import type { Rule } from './rule';
import { findingNode, fix, setAttr } from './fixes';

export const noHealthCheck: Rule<'no-health-check'> = {
  id: 'no-health-check',
  check({ facts }) {
    const out = [];
    for (let li = 0; li < facts.nodes.length; li++) {
      const lb = facts.nodes[li]!;
      // ALB/NLB always check their targets, nginx checks passively, a Kubernetes Service probes readiness (the profile says so).
      if (lb.kind !== 'load-balancer' || flagAttr(lb, 'health-check') === true || timingsOf(lb).checks) continue;
      // With nothing behind it there is nothing to check; dangling-load-balancer says so.
      if (!calleeCount(facts, lb.name)) continue;
      // One instance behind it (a connection pooler in front of one database): there is nothing to route around —
      // when it dies its requests fail with or without a check.
      const behind = calleesOf(facts, lb.name);
      if (behind.length === 1 && instanceCount(behind[0]!) === 1) continue;
      const n = lb.name;
      out.push(
        nodeFinding(
          'no-health-check',
          lb,
          L(
            `\`${n}\` has no health check: when an instance behind it dies, it keeps sending that instance its share of requests, and they fail until someone takes it out by hand. Add \`health-check\` (or \`health-check=/health\` to probe a path).`,
            `\`${n}\` 로드밸런서에 헬스 체크가 없습니다. 뒤의 인스턴스가 죽어도 그 몫의 요청을 계속 보내므로, 누군가 직접 빼기 전까지 그 요청들은 실패합니다. \`health-check\`를 추가하세요(경로를 확인하려면 \`health-check=/health\`).`,
          ),
          {},
        ),
      );
    }
    return out;
  },  fixes(design, _facts, finding) {
    const node = findingNode(design, finding);
    return node ? [fix(L(`Add a health check to \`${node.name}\``, `\`${node.name}\`에 헬스 체크 추가`), [setAttr(design, node, 'health-check', null)], true)] : [];
  },
};
