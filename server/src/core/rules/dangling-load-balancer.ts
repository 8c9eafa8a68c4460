import { calleeCount, L, nodeFinding } from './facts';
import type { Rule } from './rule';

export const danglingLoadBalancer: Rule<'dangling-load-balancer'> = {
  id: 'dangling-load-balancer',
  check({ facts }) {
    const out = [];
    for (let li = 0; li < facts.nodes.length; li++) {
      const lb = facts.nodes[li]!;
      if (lb.kind !== 'load-balancer' || calleeCount(facts, lb.name)) continue;
      const n = lb.name;
      out.push(
        nodeFinding(
          'dangling-load-balancer',
          lb,
          L(
            `\`${n}\` has nothing behind it: no edge goes from \`${n}\` to a server, so there is nowhere to send the requests it receives. Add the instances it balances, e.g. \`${n} -> web\`.`,
            `\`${n}\` 로드밸런서 뒤에 아무것도 없습니다. \`${n}\`에서 서버로 가는 연결이 없어 받은 요청을 보낼 곳이 없습니다. 분산할 인스턴스를 연결하세요. 예: \`${n} -> web\`.`,
          ),
          {},
        ),
      );
    }
    return out;
  },
};
