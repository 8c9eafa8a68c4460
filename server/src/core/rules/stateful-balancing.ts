import { buildModel, layer4 } from '../model/request-graph';
import type { Design, RelatedInfo, TopologyNode } from '../syntax/ast';
import { calleesOf, edgeSpan, flagAttr, hasRedundantMode, L, maxInstances, nameList, nodeFinding, textAttr, type Facts } from './facts';
import type { Rule } from './rule';
import { SESSION_KEYWORDS } from '../syntax/schema';
import { findingNode, fix, freeName, insertLineAfter, mergeInserts, setAttr, type Fix } from './fixes';

/** How a node keeps per-user state in its own instances, or null when it does not. */
export function localState(node: TopologyNode): 'state=stateful' | 'sessions=local' | 'sessions=sticky' | null {
  const s = textAttr(node, 'sessions');
  // Sessions copied between the instances (session clustering): any instance knows any user. Sessions in a shared
  // store (`sessions=NODE`): any instance finds them there, whatever `state=` says (the simulation reads it so).
  if (s === 'replicated' || (s !== null && !SESSION_KEYWORDS.has(s))) return null;
  // Login sessions kept locally are the stronger claim: `state=stateful sessions=local` is a login behind every
  // connection, not only a connection's own state (round 62 r02: the layer-4 warning became an info).
  if (s === 'local') return 'sessions=local';
  if (textAttr(node, 'state') === 'stateful') return 'state=stateful';
  if (s === 'sticky') return 'sessions=sticky';
  return null;
}

/** Balancing algorithms that keep a client on one instance (source-IP hashing or persistence). */
const PERSISTENT_ALGORITHMS = new Set(['ip-hash', 'active-backup']);

export const statefulBalancing: Rule<'stateful-balancing'> = {
  id: 'stateful-balancing',
  check({ facts }) {
    // For each stateful node: the balancers that spread over 2+ instances including it.
    const hits = new Map<string, TopologyNode[]>();
    // Reverse proxies written as web servers (Apache httpd with mod_proxy_balancer or mod_jk, nginx, HAProxy) balance too.
    const m = buildModel(facts.design);
    for (let li = 0; li < facts.nodes.length; li++) {
      const lb = facts.nodes[li]!;
      // (A reverse proxy in front of one tier that also mounts a share keeps balancing its upstream: its checks are set
      // though it stays a caller of each — round 68 r06.)
      const ws = m.nodes[m.byName.get(lb.name) ?? -1];
      if (lb.kind !== 'load-balancer' && !(lb.kind === 'web-server' && (ws?.or === 'lb' || (ws?.or === null && ws.lbDetect !== null)))) continue;
      const targets = calleesOf(facts, lb.name);
      // A standby of another target only takes over (a virtual IP or an active-passive pool): it is not spread to.
      const names = new Set(targets.map((t) => t.name));
      const instances = targets.filter((t) => !(t.role === 'standby' && t.of !== null && names.has(t.of))).reduce((s, t) => s + maxInstances(t), 0);
      if (instances < 2) continue;
      for (let ti = 0; ti < targets.length; ti++) {
        const t = targets[ti]!;
        if (!localState(t)) continue;
        const list = hits.get(t.name);
        if (list) list.push(lb);
        else hits.set(t.name, [lb]);
      }
    }
    const out = [];
    for (let ni = 0; ni < facts.nodes.length; ni++) {
      const node = facts.nodes[ni]!;
      const lbs = hits.get(node.name);
      if (!lbs) continue;
      const how = localState(node)!;
      // Sticky either way: the balancers say so, or the node keeps its sessions with sticky routing (`sessions=sticky`).
      // `algorithm=ip-hash` keeps a client on one instance too (source-IP persistence).
      // A layer-4 balancer keeps each TCP connection on the instance it reached: state that lives as long as a connection
      // (a game room, a WebSocket session) stays with its user.
      const l4 = lbs.every((lb) => layer4(lb));
      // (mod_jk's load-balancer worker routes a session back to its Tomcat by the route in JSESSIONID — `sticky_session` is
      // on by default: Apache Tomcat Connectors, workers.properties — unless written `sticky=false`; round 122c r02.)
      const modJk = (lb: TopologyNode): boolean => m.nodes[m.byName.get(lb.name) ?? -1]?.timings.profile.id === 'mod-jk' && flagAttr(lb, 'sticky') !== false;
      const lbPersistent = lbs.every((lb) => flagAttr(lb, 'sticky') === true || modJk(lb) || PERSISTENT_ALGORITHMS.has((textAttr(lb, 'algorithm') ?? '').toLowerCase()));
      // (`sessions=sticky` says the sessions rely on a sticky balancer: a layer-4 one with no persistence is none — round
      // 100c r06 read the claim as the balancer's.)
      const claimsSticky = textAttr(node, 'sessions') === 'sticky';
      const persistent = lbPersistent || (claimsSticky && !l4);
      // A login session behind a layer-4 balancer with no persistence (round 37): one connection stays on its instance,
      // but a login spans many connections (a browser opens several and reopens them after the keep-alive timeout), each
      // balanced again — the user is logged out in normal operation, as behind any non-sticky balancer.
      // (Not a server whose clients hold one long-lived connection — a game or WebSocket server, an MQTT broker: its name
      // or label says so — whose state lives as long as that connection; round 71 r09.)
      const longLived = /websocket|web-socket|socket|game|mqtt|stream|realtime|real-time|웹소켓|게임|실시간/i.test(`${node.name} ${textAttr(node, 'label') ?? ''}`);
      const l4Login = l4 && (how === 'sessions=local' || claimsSticky) && !persistent && !longLived;
      const sticky = (l4 && !l4Login) || persistent;
      const lbNames = nameList(lbs.map((l) => l.name));
      const kindKo = lbs.every((l) => l.kind === 'load-balancer') ? '로드밸런서' : '프록시';
      const n = node.name;
      const count = maxInstances(node);
      const fix = L(
        'Keep sessions in a shared store (`sessions=CACHE`, a cache with failover) and make the instances `state=stateless`.',
        '세션을 공유 저장소(`sessions=CACHE`, CACHE는 페일오버가 되는 캐시 노드)에 두고 인스턴스를 `state=stateless`로 만드세요.',
      );
      // Media servers holding calls (FreeSWITCH, Asterisk behind a SIP proxy): a call's in-dialog requests follow its
      // Record-Route/Contact to the same server, so spreading is no fault — but the calls die with their server, and no
      // session store holds call media.
      const sip = /^(freeswitch|asterisk|kamailio|opensips|sip|sbc)$/i.test(textAttr(node, 'engine') ?? '') || /\b(sip|freeswitch|asterisk|media server|pbx)\b/i.test(textAttr(node, 'label') ?? '');
      if (sip) {
        out.push(
          nodeFinding(
            'stateful-balancing',
            node,
            L(
              `\`${n}\` holds the calls in progress in each instance (\`${how}\`): a call's in-dialog requests follow its Record-Route and Contact to the same server, so ${lbNames.en} spreading new calls is no fault — but every call on an instance drops with it, and its callers must dial again. If calls must survive a server's loss, that takes the media servers' own failover with call state replicated between them, not a session store.`,
              `\`${n}\` 노드는 진행 중인 통화를 인스턴스마다 따로 갖고 있습니다(\`${how}\`). 통화 중의 요청은 Record-Route와 Contact를 따라 같은 서버로 가므로 ${lbNames.ko} ${kindKo}가 새 통화를 나누는 것은 문제가 아닙니다. 하지만 인스턴스가 죽으면 그 위의 통화가 모두 끊기고 사용자는 다시 걸어야 합니다. 통화가 서버 장애를 견뎌야 한다면 세션 저장소가 아니라, 통화 상태를 서로 복제하는 미디어 서버 자체의 페일오버가 필요합니다.`,
            ),
            { how, balancers: lbs.map((l) => l.name), sticky: true, calls: true },
            undefined,
            'info',
          ),
        );
        continue;
      }
      const message = l4Login
        ? L(
            `\`${n}\` keeps login sessions in each instance (\`${how}\`), and ${lbNames.en} ${lbs.length > 1 ? 'are layer-4 balancers' : 'is a layer-4 balancer'} with no persistence: a TCP connection stays on the instance it reached, but a login spans many connections — a browser opens several at once and opens new ones after the keep-alive timeout — and each is balanced again, so a user's next connection can land on an instance that does not know them: logged out in normal operation, not only when an instance dies. ${fix.en} Or keep each client on one instance at the balancer (source-IP persistence: \`algorithm=ip-hash\`) — users behind one NAT or proxy then share an instance, and the sessions still die with it.`,
            `\`${n}\` 노드는 로그인 세션을 인스턴스마다 따로 갖고 있는데(\`${how}\`), ${lbNames.ko} ${kindKo}는 세션 유지(persistence) 설정이 없는 L4입니다. TCP 연결 하나는 처음 붙은 인스턴스에 머물지만, 로그인은 여러 연결에 걸칩니다. 브라우저는 연결을 여러 개 동시에 열고 keep-alive 시간이 지나면 새로 여는데, 새 연결마다 다시 분산되므로 다음 연결이 세션을 모르는 인스턴스로 가면 로그인이 풀립니다. 장애 때만이 아니라 평소에도 그렇습니다. ${fix.ko} 아니면 L4에서 클라이언트를 한 인스턴스에 묶으세요(소스 IP 기반 세션 유지: \`algorithm=ip-hash\`). 다만 같은 NAT나 프록시 뒤의 사용자는 한 인스턴스로 몰리고, 세션은 여전히 인스턴스와 함께 사라집니다.`,
          )
        : l4
        ? L(
            `${lbNames.en} ${lbs.length > 1 ? 'are layer-4 balancers' : 'is a layer-4 balancer'}: each connection stays on the instance of \`${n}\` it reached, so state kept in an instance's memory for the length of a connection (a game room, a WebSocket or login session: \`${how}\`) stays with its user — but it dies with its instance: when one fails or is replaced, its users reconnect elsewhere and lose it. If that state must outlive an instance, keep it outside the process (a shared store, or state the clients or a checkpoint can resume from).`,
            `${lbNames.ko} ${kindKo}는 L4라서, 한 번 맺은 연결은 처음 붙은 \`${n}\` 인스턴스로만 갑니다. 그래서 연결이 이어지는 동안 인스턴스 메모리에 있는 상태(게임 방, WebSocket이나 로그인 세션: \`${how}\`)는 사용자와 함께 있지만, 인스턴스와 함께 사라집니다. 인스턴스가 죽거나 교체되면 그 사용자들은 다른 곳에 다시 연결하고 그 상태를 잃습니다. 상태가 인스턴스보다 오래 남아야 한다면 프로세스 밖에 두세요(공유 저장소, 또는 클라이언트나 체크포인트에서 이어 갈 수 있는 상태).`,
          )
        : sticky
        ? L(
            `${lbNames.en} ${lbs.length > 1 ? 'are' : 'is'} sticky, so each user stays on one instance of \`${n}\`, which keeps their state locally (\`${how}\`) — but that state dies with its instance: when one fails or is replaced (scale-in, deploy), its users are logged out. ${fix.en}`,
            `${lbNames.ko} ${kindKo}가 스티키 세션이라 사용자는 \`${n}\`의 한 인스턴스에 계속 붙고, 상태는 그 인스턴스 안에 있습니다(\`${how}\`). 하지만 그 상태는 인스턴스와 함께 사라집니다. 인스턴스가 죽거나 교체되면(축소, 배포) 그 사용자들은 로그아웃됩니다. ${fix.ko}`,
          )
        : L(
            `\`${n}\` keeps per-user state in each instance (\`${how}\`), but ${lbNames.en} spreads requests over ${count > 1 ? `its ${count} instances` : 'several instances'}: a user's next request can land on an instance that does not know them (lost login, empty cart), and whatever an instance holds dies with it. ${fix.en}`,
            `\`${n}\` 노드는 사용자별 상태를 인스턴스마다 따로 갖고 있는데(\`${how}\`), ${lbNames.ko} ${kindKo}는 요청을 ${count > 1 ? `${count}개 인스턴스` : '여러 인스턴스'}에 나누어 보냅니다. 사용자의 다음 요청이 그 사용자의 세션 정보가 없는 인스턴스로 가면 로그인이 풀리거나 장바구니가 비고, 인스턴스가 죽으면 그 안의 상태도 함께 사라집니다. ${fix.ko}`,
          );
      const related: RelatedInfo[] = [];
      for (const lb of lbs) {
        const span = edgeSpan(facts, lb.name, n);
        if (span) related.push({ span, message: L(`\`${lb.name}\` balances over \`${n}\` here`, `\`${lb.name}\` ${lb.kind === 'load-balancer' ? '로드밸런서' : '프록시'}가 여기서 \`${n}\` 쪽으로 분산`) });
      }
      out.push(nodeFinding('stateful-balancing', node, message, { how, balancers: lbs.map((l) => l.name), sticky }, related, sticky ? 'info' : undefined));
    }
    return out;
  },  fixes(design, facts, finding) {
    const node = findingNode(design, finding);
    // Calls on media servers: no session store holds them (no one-click fix).
    if (finding.data?.['calls'] === true) return [];
    return node ? sessionFixes(design, facts, node) : [];
  },
};

/** The shared cache to keep sessions in: one already used for sessions, else a redundant cache, else any cache. */
function sessionStore(facts: Facts): TopologyNode | null {
  for (const [name] of facts.sessionUsers) {
    const c = facts.design.nodes.get(name);
    if (c && c.kind === 'cache') return c;
  }
  const caches = facts.nodes.filter((n) => n.kind === 'cache' && n.role !== 'standby' && n.role !== 'replica');
  return caches.find((c) => hasRedundantMode(c) || c.managed || c.replicas >= 2) ?? caches[0] ?? null;
}

function sessionFixes(design: Design, facts: Facts, node: TopologyNode): Fix[] {
  const n = node.name;
  const stateless = textAttr(node, 'state') === 'stateful' ? [setAttr(design, node, 'state', 'stateless')] : [];
  const store = sessionStore(facts);
  if (store) {
    return [
      fix(
        L(`Keep \`${n}\`'s sessions in \`${store.name}\` (sessions=${store.name})`, `\`${n}\`의 세션을 \`${store.name}\`에 저장(sessions=${store.name})`),
        mergeInserts([...stateless, setAttr(design, node, 'sessions', store.name)]),
        true,
      ),
    ];
  }
  const name = freeName(design, 'sessions');
  return [
    fix(
      L(`Add a shared session cache \`${name}\` and keep \`${n}\`'s sessions there`, `공유 세션 캐시 \`${name}\` 추가, \`${n}\`의 세션을 그곳에 저장`),
      [...mergeInserts([...stateless, setAttr(design, node, 'sessions', name)]), insertLineAfter(design, node.line, `${name}: cache engine=redis mode=sentinel replicas=3`)],
      true,
    ),
  ];
}
