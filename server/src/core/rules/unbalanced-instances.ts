import { survivesFirstLoss } from '../model/groups';
import { blindInstances, buildModel, designCloud, type SimNode } from '../model/request-graph';
import { steadyState } from '../analysis/capacity';
import { codeJosa } from '../shared/josa';
import { L, nameList, nodeFinding, textAttr } from './facts';
import { findingNode, fix, memberProxyAdvice, putInFront, setAttr } from './fixes';
import type { Rule } from './rule';

/** The request-serving tiers whose instances a caller would spread its requests over. */
const SERVING = new Set(['web-server', 'app-server', 'service']);

/**
 * A tier of two or more instances that its callers reach directly: nothing in
 * front of it (a load balancer, a Kubernetes Service, DNS) spreads
 * the requests or stops sending to a dead instance, so a dead one keeps its
 * share of the requests until it is repaired (the simulation shows that partial
 * outage; the availability estimate counts it).
 */
export const unbalancedInstances: Rule<'unbalanced-instances'> = {
  id: 'unbalanced-instances',
  check({ design }) {
    const m = buildModel(design);
    const out = [];
    // (On a public cloud keepalived cannot move a virtual IP between zones: the provider's internal balancer is the advice —
    // round 124b r02 was told to add the `vip` the tool then rejected.)
    const cloud = designCloud(design);
    for (const s of m.nodes) {
      const unbalanced = isUnbalanced(m.nodes, s);
      const partial = unbalanced ? null : plainCallersBesideBalancer(m.nodes, s);
      if (!unbalanced && (partial === null || !partial.length)) continue;
      // Callers that reach the tier through a balancer are not concerned: name the ones that call it directly.
      const direct = partial ?? s.callers;
      const callers = nameList(direct.map((c) => m.nodes[c]!.name));
      const share = s.instances === 2 ? L('half', '절반') : L(`1/${s.instances}`, `1/${s.instances}`);
      const dns = s.callers.map((c) => m.nodes[c]!).filter((c) => c.kind === 'dns');
      // Servers that keep each session's state in the process (game servers, a stateful service): no balancer can move a
      // session; clients get a server from a directory.
      const stateful = s.kind !== 'database' && textAttr(s.node, 'state') === 'stateful';
      // Examples of callers that fail over by themselves, for the kind of node they call.
      const examples =
        s.kind === 'database'
          ? L('a driver with a multi-host connection string: MySQL Connector/J `jdbc:mysql:loadbalance://`, libpq `host=a,b,c`', '여러 호스트를 적은 드라이버 연결 문자열: MySQL Connector/J의 `jdbc:mysql:loadbalance://`, libpq의 `host=a,b,c`')
          : stateful
            ? L('game clients holding a list of servers', '서버 목록을 가진 게임 클라이언트')
            : L('resolvers with several name servers, AD domain controllers, an LDAP URI list', '네임서버 여러 개를 둔 리졸버, AD 도메인 컨트롤러, LDAP URI 목록');
      // Two members whose survivor is no majority (Galera without an arbitrator): one loss stops the whole cluster,
      // which quorum-fragile and single-point-of-failure say — "the others go on" would not be true.
      if (s.directMembers && s.group !== null && !survivesFirstLoss(s.group, m.horizon)) continue;
      if (s.directMembers) {
        out.push(
          nodeFinding(
            'unbalanced-instances',
            s.node,
            L(
              `\`${s.name}\` is a cluster of ${s.instances} members that all take writes, but ${callers.en} connect${s.callers.length > 1 ? '' : 's'} to it directly: a connection goes to one member's address and nothing in front moves it, so when a member dies the requests sent to it (${share.en}) fail until it is back, although the others go on without it. ${memberProxyAdvice.en}`,
              `${codeJosa(s.name, '은/는')} 구성원 ${s.instances}개가 모두 쓰기를 받는 클러스터인데 ${callers.ko} 노드가 직접 연결합니다. 연결은 구성원 하나의 주소로 가고 앞에서 옮겨 주는 것이 없어서, 구성원 하나가 죽으면 나머지가 계속 동작해도 그쪽으로 보낸 요청(${share.ko})은 그 구성원이 돌아올 때까지 실패합니다. ${memberProxyAdvice.ko}`,
            ),
            { instances: s.instances, dns: false, members: true },
          ),
        );
        continue;
      }
      if (s.kind === 'load-balancer') {
        // A pair of proxies or balancers called by their own addresses (MySQL Router beside no VIP): a dead one keeps
        // its callers' share until it is back.
        out.push(
          nodeFinding(
            'unbalanced-instances',
            s.node,
            L(
              `\`${s.name}\` runs ${s.instances} instances, but ${callers.en} call${s.callers.length > 1 ? '' : 's'} them by their own addresses: nothing moves a dead one's share (${share.en} of the requests) to the others, so it keeps failing until it is repaired. ${cloud !== null ? `Reach it through ${cloud}'s internal load balancer, which checks each instance (on ${cloud} keepalived cannot move a virtual IP between zones), or through a Kubernetes Service` : 'Give the pair a virtual IP that moves to a live instance (\`vip\`, keepalived), or reach it through a health-checked address (a Kubernetes Service, DNS with health checks)'}. If the callers' driver lists every instance and tries the next itself, say so: \`failover=client\`.`,
              `\`${s.name}\` 노드는 인스턴스가 ${s.instances}개인데 ${callers.ko} 노드가 각자의 주소로 호출합니다. 죽은 인스턴스의 몫(요청의 ${share.ko})을 다른 인스턴스로 옮겨 주는 것이 없어 복구될 때까지 계속 실패합니다. ${cloud !== null ? `인스턴스마다 헬스 체크하는 ${cloud}의 내부 로드밸런서나 쿠버네티스 Service를 거쳐 호출하세요(${cloud}에서는 keepalived가 가상 IP를 존 사이로 옮기지 못합니다).` : '살아 있는 인스턴스로 옮겨 가는 가상 IP를 주거나(\`vip\`, keepalived), 헬스 체크하는 주소(쿠버네티스 Service, 헬스 체크하는 DNS)로 호출하세요.'} 호출하는 쪽 드라이버가 인스턴스 목록을 알고 알아서 다음 곳으로 넘어간다면 \`failover=client\`로 적으세요.`,
            ),
            { instances: s.instances, dns: false, pair: true },
          ),
        );
        continue;
      }
      out.push(
        nodeFinding(
          'unbalanced-instances',
          s.node,
          // (A failover record is health-checked by definition — round 46 r01 — as the model reads it.)
          dns.length && dns[0]!.or === 'dns-static'
            ? L(
                `\`${s.name}\` runs ${s.instances} instances that the DNS name \`${dns[0]!.name}\` hands out directly, with no health check: when one dies, resolvers keep getting its address and its share (${share.en} of the requests) fails until it is repaired. Health-check each address (write the instances as targets of their own under a checked record: \`${dns[0]!.name}: dns … health-check\`, \`${dns[0]!.name} -> ${s.name}-1\`, \`${dns[0]!.name} -> ${s.name}-2\`, as Route 53 multivalue answers or a GSLB check each member), or put a load balancer with health checks behind the name.`,
                `\`${s.name}\` 노드의 인스턴스 ${s.instances}개를 DNS 이름 ${codeJosa(dns[0]!.name, '이/가')} 헬스 체크 없이 직접 알려 줍니다. 하나가 죽어도 리졸버는 그 주소를 계속 받아, 복구될 때까지 그 몫(요청의 ${share.ko})이 실패합니다. 주소마다 헬스 체크하거나(인스턴스를 헬스 체크하는 레코드의 대상으로 따로 적기: \`${dns[0]!.name}: dns … health-check\`, \`${dns[0]!.name} -> ${s.name}-1\`, \`${dns[0]!.name} -> ${s.name}-2\`. Route 53 다중 값 응답이나 GSLB가 구성원마다 검사하는 방식), 이름 뒤에 헬스 체크하는 로드밸런서를 두세요.`,
              )
            : dns.length
            ? L(
                `\`${s.name}\` runs ${s.instances} instances that the DNS name \`${dns[0]!.name}\` hands out directly: a health check on the record sees the tier, not each instance, so when one instance dies its share (${share.en} of the requests) keeps failing until it is repaired. Put a load balancer with health checks behind the name (\`lb: load-balancer health-check\`, \`${dns[0]!.name} -> lb -> ${s.name}\`).`,
                `\`${s.name}\` 노드의 인스턴스 ${s.instances}개를 DNS 이름 ${codeJosa(dns[0]!.name, '이/가')} 직접 알려 줍니다. 레코드의 헬스 체크는 인스턴스 하나하나가 아니라 계층 전체를 보므로, 인스턴스 하나가 죽으면 복구될 때까지 그 몫(요청의 ${share.ko})이 계속 실패합니다. DNS 이름 뒤에 헬스 체크하는 로드밸런서를 두세요(\`lb: load-balancer health-check\`, \`${dns[0]!.name} -> lb -> ${s.name}\`).`,
              )
            : L(
                `\`${s.name}\` runs ${s.instances} instances, but ${callers.en} call${direct.length > 1 ? '' : 's'} it directly${partial ? ` (its balancer serves its other callers, not these calls)` : ''}: nothing in front of ${partial ? 'those calls' : 'it'} spreads the requests or stops sending to a dead instance, so when one dies its share (${share.en} of the requests) keeps failing until it is repaired. ${stateful ? `If a directory hands the callers a live instance (a matchmaker or lobby picking servers from service discovery with health checks: Consul, Nomad), or` : `Put a load balancer with health checks in front of it (\`lb: load-balancer health-check\`). If`} the callers know every instance and try the next one themselves (${examples.en}), say so: \`failover=client\`.`,
                `\`${s.name}\` 노드는 인스턴스가 ${s.instances}개인데 ${callers.ko} 노드가 직접 호출합니다${partial ? '(로드밸런서는 다른 호출자의 요청만 나누고, 이 호출은 거치지 않습니다)' : ''}. 앞에서 요청을 나누거나 죽은 인스턴스를 빼 주는 것이 없어서, 하나가 죽으면 복구될 때까지 그 몫(요청의 ${share.ko})이 계속 실패합니다. ${stateful ? '살아 있는 인스턴스를 골라 주는 디렉터리가 있거나(헬스 체크하는 서비스 디스커버리에서 서버를 고르는 매치메이커나 로비: Consul, Nomad), ' : `헬스 체크하는 로드밸런서를 앞에 두세요(\`lb: load-balancer health-check\`). `}호출하는 쪽이 인스턴스 목록을 알고 알아서 다음 곳으로 넘어간다면(${examples.ko}) \`failover=client\`로 적으세요.`,
              ),
          { instances: s.instances, dns: dns.length > 0 },
        ),
      );
      // Callers that are web servers of no named product: a reverse proxy (Apache httpd, nginx, HAProxy) spreads its
      // upstream itself — the engine says so (round 36).
      const webCallers = direct.map((c) => m.nodes[c]!).filter((c) => c.kind === 'web-server' && textAttr(c.node, 'engine') === null);
      if (webCallers.length && webCallers.length === direct.length) {
        const f = out[out.length - 1]!;
        const w = webCallers[0]!.name;
        f.message = L(
          `${f.message.en} If \`${w}\` is a reverse proxy in front of it (Apache httpd's mod_proxy_balancer or mod_jk, nginx), write its product (\`engine=apache-httpd\`, \`engine=nginx\`): a proxy spreads the requests over \`${s.name}\`'s instances and stops sending to a dead one.`,
          `${f.message.ko} \`${w}\` 노드가 앞단의 리버스 프록시라면(Apache httpd의 mod_proxy_balancer나 mod_jk, nginx) 제품을 적으세요(\`engine=apache-httpd\`, \`engine=nginx\`). 프록시는 요청을 \`${s.name}\`의 인스턴스에 나누고 죽은 인스턴스로는 보내지 않습니다.`,
        );
      }
    }
    out.push(...elbZoneGaps(m));
    return out;
  },
  fixes(design, _facts, finding) {
    const node = findingNode(design, finding);
    if (!node) return [];
    // An Elastic Load Balancer not enabled in a zone its targets run in: enable that zone on it.
    if (typeof finding.data?.['balancer'] === 'string' && Array.isArray(finding.data?.['missing'])) {
      const lb = design.nodes.get(finding.data['balancer'] as string);
      if (!lb) return [];
      const zones = [...new Set([...lb.zones, ...(finding.data['missing'] as string[])])];
      return [fix(L(`Enable \`${lb.name}\` in every zone \`${node.name}\` runs in (zones=${zones.join(',')})`, `${codeJosa(lb.name, '을/를')} ${codeJosa(node.name, '이/가')} 있는 모든 존에 켜기(zones=${zones.join(',')})`), [setAttr(design, lb, 'zones', zones.join(','))], true)];
    }
    if (finding.data?.['members'] === true) {
      const proxy = putInFront(design, node, 'proxy', 'load-balancer engine=haproxy health-check replicas=2 vip');
      const out = proxy ? [fix(L(`Put a proxy pair with health checks in front of \`${node.name}\``, `\`${node.name}\` 앞에 헬스 체크하는 프록시 한 쌍 두기`), proxy, true)] : [];
      out.push(fix(L(`Say that the callers' driver connects to the next member of \`${node.name}\` itself (failover=client)`, `${codeJosa(node.name, '을/를')} 호출하는 드라이버가 직접 다음 구성원에 연결한다고 적기(failover=client)`), [setAttr(design, node, 'failover', 'client')], false));
      return out;
    }
    if (finding.data?.['pair'] === true)
      return [
        fix(L(`Give \`${node.name}\` a virtual IP (vip)`, `\`${node.name}\`에 가상 IP 주기(vip)`), [setAttr(design, node, 'vip', null)], true),
        fix(L(`Say that \`${node.name}\`'s callers try the next instance themselves (failover=client)`, `\`${node.name}\` 노드를 호출하는 쪽이 직접 다음 인스턴스로 넘어간다고 적기(failover=client)`), [setAttr(design, node, 'failover', 'client')], false),
      ];
    const edits = putInFront(design, node, 'lb', 'load-balancer health-check replicas=2 vip');
    const out = edits ? [fix(L(`Put a load balancer pair with health checks in front of \`${node.name}\``, `\`${node.name}\` 앞에 헬스 체크하는 로드밸런서 한 쌍 두기`), edits, true)] : [];
    // Callers that fail over on their own (no DNS name in between): say so instead.
    if (finding.data?.['dns'] !== true) out.push(fix(L(`Say that \`${node.name}\`'s callers try the next instance themselves (failover=client)`, `\`${node.name}\` 노드를 호출하는 쪽이 직접 다음 인스턴스로 넘어간다고 적기(failover=client)`), [setAttr(design, node, 'failover', 'client')], false));
    return out;
  },
};

/**
 * A serving tier behind a balancer for some callers that others call directly (`webmail -> director` beside
 * `haproxy -> director`): the direct calls to a dead instance keep failing until it is repaired, as the run shows. The
 * direct callers (no DNS), or null when the tier is not such a case.
 */
function plainCallersBesideBalancer(nodes: readonly SimNode[], s: SimNode): number[] | null {
  if (s.client || s.ignored || s.managed || s.vip || s.group !== null || s.selfDetect !== null || s.standsFor >= 0 || s.directMembers) return null;
  if (s.instances < 2 || !SERVING.has(s.kind ?? '')) return null;
  if (!s.callers.some((c) => nodes[c]!.lbDetect !== null)) return null;
  return s.callers.filter((c) => {
    const k = nodes[c]!;
    return k.or === null && k.lbDetect === null && k.kind !== 'load-balancer' && k.kind !== 'gateway' && k.kind !== 'cdn' && k.kind !== 'dns' && !k.client;
  });
}

/** Blind instances (the simulator's and the estimate's) of a serving tier that only plain callers reach (no balancer of any kind). */
function isUnbalanced(nodes: readonly SimNode[], s: SimNode): boolean {
  if (s.directMembers) return true;
  // (Several read replicas of a self-run database read at their own addresses are such instances too: model/request-graph plainCopies.)
  const copies = s.kind === 'database' && (s.node.role === 'replica' || (s.node.role === 'standby' && s.node.attrs.has('readable')));
  // (A provider's read replicas too, each at its own endpoint — round 111c r05.)
  if (s.client || s.ignored || (s.managed && !copies) || !(SERVING.has(s.kind ?? '') || s.kind === 'load-balancer' || copies) || s.standsFor >= 0 || !blindInstances(nodes, s)) return false;
  return s.callers.every((c) => {
    const k = nodes[c]!;
    // A DNS name handing out the tier's instances: its health check (if any) is on the record, not on each instance.
    if (k.kind === 'dns') return true;
    return k.or === null && k.kind !== 'load-balancer' && k.kind !== 'gateway' && k.kind !== 'cdn';
  });
}

/** AWS's Elastic Load Balancers: a node in each enabled zone, and targets in a zone not enabled get no traffic. */
const ELB_PROFILES = new Set(['aws-alb', 'aws-nlb']);

/**
 * A tier whose every caller is an AWS Elastic Load Balancer written with its zones (the zones enabled on it), with
 * instances in a zone none of them is enabled in: "If you register targets in an Availability Zone but do not enable the
 * Availability Zone, these registered targets do not receive traffic" (ELB user guide, Availability Zones and load balancer
 * nodes) — those instances are no capacity and no spare (round 124c r01). The run does not model it yet: said here.
 */
function elbZoneGaps(m: ReturnType<typeof buildModel>): ReturnType<typeof nodeFinding>[] {
  const out: ReturnType<typeof nodeFinding>[] = [];
  const st = m.hasRate ? steadyState(m) : null;
  for (const s of m.nodes) {
    if (s.client || s.ignored || s.instances < 2 || !s.callers.length || !s.node.zones.length) continue;
    const lbs = s.callers.map((c) => m.nodes[c]!);
    if (!lbs.every((c) => ELB_PROFILES.has(c.timings.profile.id) && c.node.zones.length > 0)) continue;
    const enabled = new Set(lbs.flatMap((c) => c.node.zones));
    let idle = 0;
    const missing = new Set<string>();
    for (let k = 0; k < s.instances; k++) {
      const z = s.zoneOf(k);
      if (z !== null && !enabled.has(z)) {
        idle++;
        missing.add(z);
      }
    }
    if (!idle) continue;
    const lb = lbs[0]!;
    const miss = [...missing];
    const zonesText = miss.map((z) => `\`${z}\``).join(', ');
    const enabledText = [...enabled].map((z) => `\`${z}\``).join(', ');
    const left = s.instances - idle;
    const offered = st ? st.load[s.idx]! : 0;
    const short = st !== null && s.capacity !== null && s.capacity > 0 && offered > left * s.capacity + 1e-9;
    const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
    const load = short
      ? L(
          ` With nothing failed, ${left} × ${fmt(s.capacity!)} req/s serve the ${fmt(offered)} req/s it is offered: ${Math.round((1 - (left * s.capacity!) / offered) * 1000) / 10}% of its requests fail (the simulation does not model this yet: it counts every instance).`,
          ` 장애가 없어도 초당 ${fmt(offered)}건을 ${left}대 × ${fmt(s.capacity!)}건으로 받아 요청의 ${Math.round((1 - (left * s.capacity!) / offered) * 1000) / 10}%가 실패합니다(시뮬레이션은 아직 이를 반영하지 않고 모든 인스턴스를 셉니다).`,
        )
      : L(' They are no capacity and no spare (the simulation does not model this yet: it counts them).', ' 처리 용량도 여분도 되지 못합니다(시뮬레이션은 아직 이를 반영하지 않고 이들을 셉니다).');
    out.push(
      nodeFinding(
        'unbalanced-instances',
        s.node,
        L(
          `\`${lb.name}\` is enabled in zone${enabled.size > 1 ? 's' : ''} ${enabledText} only, so \`${s.name}\`'s ${idle} instance${idle > 1 ? 's' : ''} in ${zonesText} get${idle > 1 ? '' : 's'} no traffic: an Elastic Load Balancer sends nothing to targets registered in a zone it is not enabled in.${load.en} Enable ${zonesText} on \`${lb.name}\` (\`zones=${[...enabled, ...miss].join(',')}\`), or run the instances in its zones.`,
          `${codeJosa(lb.name, '은/는')} ${enabledText} 존에만 켜져 있어, ${zonesText}에 있는 \`${s.name}\` 인스턴스 ${idle}개는 트래픽을 받지 못합니다. Elastic Load Balancer는 켜지 않은 존에 등록된 대상에게 아무것도 보내지 않습니다.${load.ko} \`${lb.name}\`에 ${zonesText} 존을 켜거나(\`zones=${[...enabled, ...miss].join(',')}\`), 인스턴스를 그 존들에서 돌리세요.`,
        ),
        { balancer: lb.name, missing: miss, instances: s.instances, idle },
      ),
    );
  }
  return out;
}
