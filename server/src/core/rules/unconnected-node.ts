import { namesOf, textAttr } from '../syntax/attrs';
import type { Design } from '../syntax/ast';
import { L, nodeFinding } from './facts';
import type { Rule } from './rule';
import { codeJosa } from '../shared/josa';
import { buildModel } from '../model/request-graph';

/** Lines that hold a scenario: a scenario naming a node does not connect it to anything. */
function scenarioLines(design: Design): Set<number> {
  const out = new Set<number>();
  for (const s of design.scenarios) out.add(s.line);
  return out;
}

/**
 * A node in no edge and named by no other node (`of=`, `backup-to=`, `sessions=`, `watches=`, …), and naming none
 * itself, in a design that has edges: the analyses follow the edges, so it counts in no path, availability, capacity
 * or failure. Said once, as an info, rather than ignored silently (failure-model principle 4).
 */
export const unconnectedNode: Rule<'unconnected-node'> = {
  id: 'unconnected-node',
  check({ design }) {
    if (!design.edges.length || design.nodes.size < 2) return [];
    const mm = buildModel(design);
    const cpStores = new Set(mm.nodes.filter((x) => x.controlPlane >= 0).map((x) => mm.nodes[x.controlPlane]!.name));
    const inEdge = new Set<string>();
    for (const e of design.edges) {
      inEdge.add(e.from);
      inEdge.add(e.to);
    }
    const out = [];
    // A balancer that calls a tier but that nothing sends to, in a design whose users come in elsewhere (a spare switched
    // in by hand): it takes no request and protects nothing as drawn, which the sweep's "0s" for it does not say (round 53 r07).
    const called = new Set(design.edges.map((e) => e.to));
    const clients = [...design.nodes.values()].some((x) => x.kind === 'client');
    if (clients)
      for (const n of design.nodes.values()) {
        if ((n.kind !== 'load-balancer' && n.kind !== 'gateway') || called.has(n.name) || !inEdge.has(n.name) || n.of !== null) continue;
        out.push(
          nodeFinding(
            'unconnected-node',
            n,
            L(
              `\`${n.name}\` sends requests on to what is behind it, but nothing sends it any — no client, no DNS record answers with it — so it takes no traffic and protects nothing as drawn (losing it changes nothing; losing the balancer that does take the traffic is not covered by it). If it is a spare switched in by hand, draw how: a DNS record that answers with both and checks them (\`dns routing=failover health-check\`, with \`-> ${n.name}\`), or one pair sharing a virtual IP (\`replicas=2 vip\`) instead of two balancers.`,
              `${codeJosa(n.name, '은/는')} 뒤쪽으로 요청을 넘기지만, 정작 이 노드로 요청을 보내는 것이 없습니다(클라이언트도, 이 노드를 응답하는 DNS 레코드도 없음). 그래서 그려진 대로라면 트래픽을 받지 않고 아무것도 지켜 주지 않습니다(이 노드를 잃어도 변화가 없고, 실제로 트래픽을 받는 로드밸런서를 잃을 때 대신하지도 않습니다). 손으로 전환하는 예비 장비라면 그 방법을 그리세요: 둘 다 응답하고 상태를 확인하는 DNS 레코드(\`dns routing=failover health-check\`에 \`-> ${n.name}\`), 또는 로드밸런서 두 대 대신 가상 IP를 공유하는 한 쌍(\`replicas=2 vip\`).`,
            ),
            { spare: true },
          ),
        );
      }
    // Most designs connect every node: only then is the rest worth reading.
    let candidates = 0;
    for (const n of design.nodes.values()) if (n.kind !== null && !inEdge.has(n.name) && n.of === null) candidates++;
    if (!candidates) return out;
    const skip = scenarioLines(design);
    // A node reference written on another node's line links the two (either way).
    const linked = new Set<string>();
    const lineOwner = new Map<number, string>();
    for (const n of design.nodes.values()) lineOwner.set(n.line, n.name);
    for (const r of design.refs) {
      if (r.kind !== 'node' || skip.has(r.span.line) || !design.nodes.has(r.name)) continue;
      const owner = lineOwner.get(r.span.line);
      if (owner === undefined || owner === r.name) continue;
      linked.add(owner);
      linked.add(r.name);
    }
    // A node named in another node's attribute value (`backup-to=`, `sessions=`, `coordinator=`, …).
    for (const n of design.nodes.values())
      for (const a of n.attrs.values()) {
        for (const x of namesOf(a))
          if (x !== n.name && design.nodes.has(x)) {
            linked.add(n.name);
            linked.add(x);
          }
      }
    const caller = [...design.nodes.values()].find((x) => x.kind === 'app-server' || x.kind === 'service' || x.kind === 'web-server')?.name;
    for (const n of design.nodes.values()) {
      if (n.kind === null || inEdge.has(n.name) || linked.has(n.name) || n.of !== null) continue;
      // A voting group nothing draws an edge to is often a control plane (a scheduler such as Nomad, service discovery):
      // what it runs keeps serving while it is down, so an edge from a caller would put it on the request path.
      const control = n.kind === 'consensus';
      // (Nor an etcd the review takes as the Kubernetes control plane's store: it counts — without its majority the API
      // server marks no node NotReady and reschedules nothing; round 95c r01, 95 r04.)
      if (control && cpStores.has(n.name)) continue;
      // A bucket or a NAS nothing calls is often where the backups go: that is said on the data node, not with an edge.
      const db = n.kind === 'storage' ? [...design.nodes.values()].find((x) => x.kind === 'database' && !x.attrs.has('backup-to') && x.role !== 'replica') : undefined;
      const backups = db
        ? L(
            ` If it holds backups (dumps, snapshots), say so on the data it keeps: \`${db.name}: … backup=1d backup-to=${n.name}\`.`,
            ` 백업(덤프, 스냅숏)을 두는 곳이라면 데이터 노드에 적으세요: \`${db.name}: … backup=1d backup-to=${n.name}\`.`,
          )
        : L('', '');
      // An observer, witness or quorum device beside a pair (a Tibero or Data Guard observer): it votes in the pair's failover
      // and serves no request — `witness=` on the standby, not an edge from a caller (round 102c r01).
      const pair = /observer|witness|arbiter|quorum|tie-?breaker|옵저버|감시|중재|쿼럼/i.test(`${n.name} ${textAttr(n, 'label') ?? ''}`)
        ? [...design.nodes.values()].find((x) => x.of !== null && (x.role === 'standby' || x.role === 'primary') && x.name !== n.name)
        : undefined;
      if (pair) {
        out.push(
          nodeFinding(
            'unconnected-node',
            n,
            L(
              `\`${n.name}\` is connected to nothing, so the review counts it in no figure. If it is the observer or witness of \`${pair.of}\` and \`${pair.name}\` (a third vote in their failover, serving no request), say so on the standby: \`${pair.name}: … witness=${n.name}\` — then its loss and its place count in the failover, and no request is made to depend on it.`,
              `${codeJosa(n.name, '은/는')} 어디에도 연결되어 있지 않아 검토의 어떤 수치에도 반영되지 않습니다. ${codeJosa(pair.of!, '와/과')} \`${pair.name}\`의 옵저버나 감시 노드(요청은 처리하지 않고 페일오버에서 세 번째 표를 던지는 노드)라면 대기 노드에 적으세요: \`${pair.name}: … witness=${n.name}\`. 그러면 이 노드의 장애와 위치가 페일오버 계산에 들어가고, 요청이 이 노드에 의존하게 되지도 않습니다.`,
            ),
            {},
          ),
        );
        continue;
      }
      out.push(
        nodeFinding(
          'unconnected-node',
          n,
          control
            ? L(
                `\`${n.name}\` is connected to nothing, so the review counts it in no figure. If it is a control plane (a scheduler, service discovery, a configuration store) whose loss stops changes but no request, that is what it should do: leave it unconnected, or draw the balancer or gateway that reads its backends from it (\`lb -> ${n.name}\`: discovery, not a request). If a request needs it (a lock taken per request, a key read on each call), draw that caller (\`${caller && caller !== n.name ? caller : 'caller'} -> ${n.name}\`).`,
                `${codeJosa(n.name, '은/는')} 어디에도 연결되어 있지 않아 검토의 어떤 수치에도 반영되지 않습니다. 요청은 멈추지 않고 변경만 멈추는 컨트롤 플레인(스케줄러, 서비스 디스커버리, 설정 저장소)이라면 그것이 맞습니다. 그대로 두거나, 이 노드에서 백엔드 목록을 읽는 로드밸런서나 게이트웨이를 그리세요(\`lb -> ${n.name}\`: 요청이 아니라 디스커버리). 요청마다 이 노드가 필요하다면(요청마다 잡는 잠금, 호출마다 읽는 키) 그 호출자를 그리세요(\`${caller && caller !== n.name ? caller : 'app'} -> ${n.name}\`).`,
              )
            : L(
            `\`${n.name}\` is connected to nothing: no edge reaches it or leaves it, and no other node names it. The review follows the edges, so it counts in no path, single point of failure, availability or capacity figure, and failing it in the simulation changes nothing. Draw who uses it (\`${caller && caller !== n.name ? caller : 'caller'} -> ${n.name}\`) or what it calls.${backups.en}`,
            `${codeJosa(n.name, '은/는')} 어디에도 연결되어 있지 않습니다. 들어오거나 나가는 연결선이 없고 다른 노드가 이름으로 가리키지도 않습니다. 검토는 연결선을 따라가므로 이 노드는 경로, 단일 장애점, 가용성, 용량 어디에도 반영되지 않고, 시뮬레이션에서 장애를 내도 아무 변화가 없습니다. 누가 이 노드를 쓰는지(예: \`${caller && caller !== n.name ? caller : 'app'} -> ${n.name}\`)나 이 노드가 무엇을 호출하는지 연결선으로 그리세요.${backups.ko}`,
              ),
          {},
        ),
      );
    }
    return out;
  },
};
