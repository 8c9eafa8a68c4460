import { GCP_OUTLIER, timingsOf } from '../model/profiles';
import { calleeCount, calleesOf, flagAttr, L, nodeFinding, textAttr } from './facts';
import { buildModel, instanceCount, MYSQL_ROUTER, RDS_PROXY } from '../model/request-graph';
import { engineOf } from '../model/groups';
import type { Rule } from './rule';
import { codeJosa } from '../shared/josa';
import { findingNode, fix, setAttr } from './fixes';

export const noHealthCheck: Rule<'no-health-check'> = {
  id: 'no-health-check',
  check({ facts, design }) {
    const out = [];
    for (let li = 0; li < facts.nodes.length; li++) {
      const lb = facts.nodes[li]!;
      // Open-source nginx written with an active check it does not have (`health_check` is NGINX Plus only): say what runs instead.
      // Not in front of Kubernetes Services only: an ingress controller (ingress-nginx) takes its upstreams from the
      // Service's ready endpoints, which the readiness probes keep (the Service's own checks, as the model runs them).
      if (
        // (A web server or gateway run by nginx too — round 87 r01: `web-server engine=nginx health-check interval=5s`.)
        (lb.kind === 'load-balancer' || lb.kind === 'web-server' || lb.kind === 'gateway') &&
        timingsOf(lb).profile.id === 'nginx' &&
        (lb.attrs.has('health-check') || lb.attrs.has('interval')) &&
        calleeCount(facts, lb.name) &&
        !calleesOf(facts, lb.name).every((c) => timingsOf(c).profile.id === 'k8s-service')
      ) {
        const n = lb.name;
        const iv = lb.attrs.get('interval')?.raw;
        out.push(
          nodeFinding(
            'no-health-check',
            lb,
            L(
              `\`${n}\` is open-source nginx, which has no active health checks (\`health_check\` is an NGINX Plus directive): the \`health-check\` written here does not probe anything${iv ? `, and the \`interval=${iv}\` is read as \`fail_timeout\`` : ''}. nginx marks an upstream failed after real requests fail (\`max_fails=1\`) and tries it again after \`fail_timeout\` (10s); a silent upstream makes each request sent to it wait \`proxy_connect_timeout\` (60s) before nginx tries the next one, and non-idempotent requests (POST) are not retried. The model uses these passive checks. For active checks use NGINX Plus, HAProxy, or an upstream check module.`,
              `${codeJosa(n, '은/는')} 오픈소스 nginx라 능동 헬스 체크가 없습니다(\`health_check\`는 NGINX Plus 전용 지시어). 여기 적은 \`health-check\`는 아무것도 확인하지 않습니다${iv ? `. 적힌 \`interval=${iv}\`는 \`fail_timeout\`으로 읽습니다` : ''}. nginx는 실제 요청이 실패해야(\`max_fails=1\`) 업스트림을 제외하고 \`fail_timeout\`(10초) 뒤 다시 시도합니다. 응답 없는 업스트림으로 간 요청은 다음 서버로 넘어가기 전에 \`proxy_connect_timeout\`(60초)만큼 기다리고, 멱등이 아닌 요청(POST)은 재시도하지 않습니다. 이 도구는 이 패시브 체크로 계산합니다. 능동 체크가 필요하면 NGINX Plus, HAProxy 또는 upstream check 모듈을 쓰세요.`,
            ),
            { passive: true },
            undefined,
            'info',
          ),
        );
        continue;
      }
      // Vault behind a balancer checking `/v1/sys/health` without `standbyok`: only the active node passes (a standby answers
      // 429), so a lost active waits for the balancer's checks twice — to drop it, and to admit the new one (rounds 103b
      // r02, 99b r01; Vault's /sys/health API: `standbyok` "useful when Vault is behind a non-configurable load balancer").
      {
        const hc = textAttr(lb, 'health-check');
        const vault = hc !== null && /sys\/health/.test(hc) && !/standbyok=true/.test(hc) ? calleesOf(facts, lb.name).find((c) => /^(vault|openbao)$/.test(engineOf(c)) && instanceCount(c) >= 2) : undefined;
        if (vault) {
          const n = lb.name;
          out.push(
            nodeFinding(
              'no-health-check',
              lb,
              L(
                `\`${n}\` checks \`${vault.name}\` at \`${hc}\`, which only the active node passes (a standby answers 429): when the active node is lost, \`${n}\` keeps sending to it until its checks take it out, and sends to the new one only once it passes them — minutes with a cloud balancer's defaults, whatever the election takes. Check \`/v1/sys/health?standbyok=true\` (or a TCP check): the standbys, which forward to the active node, stay in the pool, and a lost node costs only its share until the checks drop it.`,
                `${codeJosa(n, '은/는')} ${codeJosa(vault.name, '을/를')} ${codeJosa(hc ?? '', '으로/로')} 확인하는데, 이 경로는 활성 노드만 통과합니다(대기 노드는 429). 활성 노드를 잃으면 ${codeJosa(n, '은/는')} 체크가 뺄 때까지 그쪽으로 계속 보내고, 새 활성 노드는 체크를 통과해야 보냅니다. 선출이 얼마나 빠르든 클라우드 로드밸런서 기본값으로는 몇 분입니다. \`/v1/sys/health?standbyok=true\`(또는 TCP 체크)로 확인하세요. 활성 노드로 전달하는 대기 노드가 풀에 남아, 노드 하나를 잃어도 체크가 뺄 때까지 그 몫만 잃습니다.`,
              ),
              { activeOnly: true, vault: vault.name },
              undefined,
              'info',
            ),
          );
          continue;
        }
      }
      // Windows NLB: host heartbeats, no application check.
      if (timingsOf(lb).profile.id === 'windows-nlb' && ((lb.kind === 'load-balancer' && calleeCount(facts, lb.name)) || ((lb.kind === 'web-server' || lb.kind === 'app-server' || lb.kind === 'service') && instanceCount(lb) >= 2))) {
        const n = lb.name;
        out.push(
          nodeFinding(
            'no-health-check',
            lb,
            L(
              `\`${n}\` is Windows NLB: its hosts' heartbeats take a lost host out in about 5 s, but nothing checks the application, so a host whose web server stops answering keeps its share of the requests until someone drains it (\`Stop-NlbClusterNode\`). Have a script or monitor stop NLB on a host whose application fails its check, or put a balancer with HTTP health checks in front.`,
              `${codeJosa(n, '은/는')} Windows NLB입니다. 호스트끼리 주고받는 하트비트로 멈춘 호스트는 약 5초 만에 빠지지만 애플리케이션은 아무도 확인하지 않습니다. 웹 서버만 응답하지 않는 호스트는 누군가 빼기 전까지(\`Stop-NlbClusterNode\`) 자기 몫의 요청을 계속 받습니다. 애플리케이션 체크에 실패한 호스트에서 NLB를 멈추는 스크립트나 모니터를 두거나, HTTP 헬스 체크를 하는 로드밸런서를 앞에 두세요.`,
            ),
            { hostOnly: true },
            undefined,
            'info',
          ),
        );
        continue;
      }
      // A Google Cloud load balancer in front of serverless NEGs only (Cloud Run in two regions): no health check reaches
      // them; only outlier detection (or Cloud Run service health), configured on the backend service, moves traffic off one.
      if (
        lb.kind === 'load-balancer' &&
        timingsOf(lb).profile.id === 'gcp-lb' &&
        !lb.attrs.has('health-check') &&
        calleeCount(facts, lb.name) >= 2 &&
        calleesOf(facts, lb.name).every((c) => timingsOf(c).profile.id === 'serverless') &&
        // (Not when each route has one backend: ejecting it leaves its route with none — round 94b r06.)
        !((rs) => rs !== null && rs.length > 0 && rs.every((r) => r.pool.length <= 1))(buildModel(facts.design).nodes[buildModel(facts.design).byName.get(lb.name)!]!.routes)
      ) {
        const n = lb.name;
        const targets = calleesOf(facts, lb.name).map((c) => c.name);
        out.push(
          nodeFinding(
            'no-health-check',
            lb,
            L(
              `\`${n}\` reaches ${targets.map((x) => `\`${x}\``).join(' and ')} through serverless NEGs, which take no health check: when one of them fails (its region's outage), \`${n}\` keeps sending it its share of the requests until it is back. Configure outlier detection on the backend service (or Cloud Run service health: readiness probes and at least one minimum instance per region) and write \`health-check\` on \`${n}\`: the model then ejects a failing backend after ${GCP_OUTLIER.gatewayFailures.v} gateway errors, at the next ${GCP_OUTLIER.interval.v} s sweep.`,
              `${codeJosa(n, '은/는')} ${targets.map((x) => `\`${x}\``).join(', ')}에 서버리스 NEG로 보내는데, 서버리스 NEG는 헬스 체크를 받지 않습니다. 그중 하나가 장애(리전 장애)로 멈춰도 ${codeJosa(n, '은/는')} 복구될 때까지 그쪽 몫의 요청을 계속 보냅니다. 백엔드 서비스에 이상치 감지(outlier detection)를 설정하거나 Cloud Run 서비스 상태(readiness 프로브와 리전마다 최소 인스턴스 1개)를 쓰고, \`${n}\`에 \`health-check\`를 적으세요. 그러면 이 도구는 게이트웨이 오류 ${GCP_OUTLIER.gatewayFailures.v}번 뒤 다음 ${GCP_OUTLIER.interval.v}초 점검에서 장애난 백엔드를 빼는 것으로 계산합니다.`,
            ),
            { serverless: true },
          ),
        );
        continue;
      }
      // A reverse proxy written as a web server (HAProxy, Varnish) in front of one application tier of several instances
      // balances it (model/request-graph.ts) — and checks it only with `check` / a `.probe`.
      if (lb.kind === 'web-server' && flagAttr(lb, 'health-check') !== true && !timingsOf(lb).checks) {
        const m = buildModel(design);
        const s = m.nodes[m.byName.get(lb.name) ?? -1];
        // (Read with the model's timings: a web server in front of WebLogic proxies through its plug-in, which fails over.)
        if (s && s.timings.checks) continue;
        const up = s && s.or === 'lb' && s.callees.length === 1 ? m.nodes[s.callees[0]!]! : null;
        if (up && up.instances >= 2) {
          const n = lb.name;
          const product = timingsOf(lb).profile.label;
          out.push(
            nodeFinding(
              'no-health-check',
              lb,
              L(
                `\`${n}\` (${product}) spreads requests over \`${up.name}\`'s ${up.instances} instances but does not check them: when one dies, it keeps sending it its share of the requests, and they fail until it is repaired. Turn on health checks (HAProxy \`check\`, a Varnish \`.probe\`) and write \`health-check\`.`,
                `${codeJosa(n, '은/는')} \`${up.name}\`의 인스턴스 ${up.instances}대에 요청을 나누는 ${product} 프록시지만 인스턴스를 확인하지 않습니다. 하나가 죽어도 그 몫의 요청을 계속 보내므로, 수리될 때까지 그 요청들은 실패합니다. 헬스 체크(HAProxy \`check\`, Varnish \`.probe\`)를 켜고 \`health-check\`를 적으세요.`,
              ),
              {},
            ),
          );
        }
        continue;
      }
      // ALB/NLB always check their targets, nginx checks passively, a Kubernetes Service probes readiness (the profile says so).
      if (lb.kind !== 'load-balancer' || flagAttr(lb, 'health-check') === true || timingsOf(lb).checks) continue;
      // MySQL Router routes by the InnoDB Cluster's metadata, which it refreshes itself (the metadata cache's ttl): it sends
      // to the members online, with no check to turn on (round 91c r08).
      if (MYSQL_ROUTER.test(textAttr(lb, 'engine') ?? '')) continue;
      // RDS Proxy follows its cluster's writer and readers by itself: there is no check to turn on (round 69b r10).
      if (RDS_PROXY.has(engineOf(lb))) continue;
      // With nothing behind it there is nothing to check; dangling-load-balancer says so.
      if (!calleeCount(facts, lb.name)) continue;
      // One instance behind it (a connection pooler in front of one database): there is nothing to route around —
      // when it dies its requests fail with or without a check.
      const behind = calleesOf(facts, lb.name);
      if (behind.length === 1 && instanceCount(behind[0]!) === 1) continue;
      // Nor an ingress in front of Kubernetes pods only (Traefik's Kubernetes providers have no active check by design): it
      // routes to the Service's ready endpoints, which readiness probes and a node's NotReady keep — as the run does
      // (round 102b r07: "until someone takes it out by hand" beside the run's own NotReady removal).
      if (behind.every((c) => timingsOf(c).profile.id === 'k8s-service')) continue;
      // Nor one primary and its standbys (PgBouncer in front of a repmgr pair): one serves at a time, and what moves the
      // pooler to the promoted standby is the failover manager's hook, not a check (round 82 r01).
      const primaries = behind.filter((b) => !(b.role === 'standby' && b.of !== null && behind.some((p) => p.name === b.of)));
      if (primaries.length === 1 && primaries.length < behind.length && instanceCount(primaries[0]!) === 1 && behind.every((b) => b.kind === 'database')) continue;
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
    if (finding.data?.['passive'] === true) return [];
    if (finding.data?.['activeOnly'] === true) {
      const node = findingNode(design, finding);
      return node ? [fix(L(`Check \`${node.name}\`'s Vault with \`standbyok=true\``, `\`${node.name}\`의 Vault 체크에 \`standbyok=true\` 추가`), [setAttr(design, node, 'health-check', '/v1/sys/health?standbyok=true')], true)] : [];
    }
    const node = findingNode(design, finding);
    return node ? [fix(L(`Add a health check to \`${node.name}\``, `\`${node.name}\`에 헬스 체크 추가`), [setAttr(design, node, 'health-check', null)], true)] : [];
  },
};
