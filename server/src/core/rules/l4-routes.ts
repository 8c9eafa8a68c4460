import { buildModel, layer4 } from '../model/request-graph';
import { L, nodeFinding } from './facts';
import type { Rule } from './rule';
import { findingNode, fix, setAttr } from './fixes';

/**
 * A layer-4 balancer with path or host routes on its edges: it sees TCP
 * connections, not HTTP requests, so it cannot route by path or host.
 */
export const l4Routes: Rule<'l4-routes'> = {
  id: 'l4-routes',
  check({ design }) {
    const m = buildModel(design);
    const out = [];
    for (const s of m.nodes) {
      if (s.kind !== 'load-balancer' || !layer4(s.node)) continue;
      if (!s.routes) {
        // Edges that name different services (`l4 -> api : login`, `l4 -> battle : battle`) with no routes: one listener's
        // pool, whose members are taken for instances of one service.
        const named = design.edges.filter((e) => e.from === s.name && e.label && e.label.trim());
        const services = [...new Set(named.map((e) => e.to))];
        const labels = new Set(named.map((e) => e.label!.trim()));
        if (services.length < 2 || labels.size < 2) continue;
        const list = named.map((e) => `\`${e.to}\` (${e.label!.trim()})`).join(', ');
        out.push(
          nodeFinding(
            'l4-routes',
            s.node,
            L(
              `\`${s.name}\` is a layer-4 balancer whose edges name different services (${list}), but one listener sends every connection to any of its callees: they are read as one pool of interchangeable instances, and a loss behind one of them fails its share of all connections. An L4 balancer serves separate services on separate listeners (a port or virtual IP each): write a balancer per service, or use a layer-7 balancer with routes (\`lb -> api : /api\`).`,
              `\`${s.name}\` 로드밸런서는 L4인데 연결마다 다른 서비스 이름(${list})이 붙어 있습니다. 리스너 하나는 모든 연결을 대상 중 아무 곳에나 보내므로, 이 대상들은 서로 바꿔 쓸 수 있는 한 풀의 인스턴스로 계산되고 그중 하나 뒤의 장애가 전체 연결의 그 몫을 실패시킵니다. L4에서는 서비스마다 리스너(포트나 가상 IP)를 따로 두니, 서비스마다 로드밸런서를 따로 적거나 경로 라우팅이 있는 L7 로드밸런서를 쓰세요(\`lb -> api : /api\`).`,
            ),
            { services: services.length },
          ),
        );
        continue;
      }
      // Paths and hosts only: a weight (`share=P%` alone) needs no HTTP, and a read/write split
      // at layer 4 is two listeners (a write port and a read port), which a TCP balancer has.
      const byRequest = s.routes.filter((r) => r.label !== null && !r.key.startsWith('share ') && r.key !== 'reads' && r.key !== 'writes');
      if (!byRequest.length) continue;
      const routes = byRequest.map((r) => `\`${r.label}\``);
      const n = s.name;
      out.push(
        nodeFinding(
          'l4-routes',
          s.node,
          L(
            `\`${n}\` is a layer-4 balancer, but its edges route by path or host (${routes.join(', ')}). At layer 4 it sees only TCP connections (addresses and ports), never the HTTP path or Host header, so it cannot send ${routes[0]} to its own pool: every connection goes to any callee. Use a layer-7 balancer (\`layer=7\`, such as an ALB, nginx or HAProxy in HTTP mode) or an API gateway for the routes, or give each service its own listener (port) on the L4 balancer.`,
            `\`${n}\` 로드밸런서는 L4인데 연결에 경로나 호스트 라우팅(${routes.join(', ')})이 있습니다. L4는 TCP 연결(주소와 포트)만 보고 HTTP 경로나 Host 헤더는 보지 못하므로 ${routes[0]} 요청을 따로 보낼 수 없고, 모든 연결이 아무 대상에게나 갑니다. 경로 라우팅은 L7 로드밸런서(\`layer=7\`: ALB, nginx, HTTP 모드의 HAProxy 등)나 API 게이트웨이로 하거나, L4에서는 서비스마다 리스너(포트)를 따로 두세요.`,
          ),
          { routes: byRequest.map((r) => r.label) },
        ),
      );
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const node = findingNode(design, finding);
    return node ? [fix(L(`Make \`${node.name}\` a layer-7 balancer`, `\`${node.name}\` 로드밸런서를 L7로 바꾸기`), [setAttr(design, node, 'layer', '7')], true)] : [];
  },
};
