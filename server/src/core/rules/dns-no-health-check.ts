import { buildModel, calleeClosure } from '../model/request-graph';

/** Kinds that hold data a site's requests need (what a record's shallow check of a balancer does not see fail). */
const DATA: ReadonlySet<string> = new Set(['database', 'storage']);
import { L, nodeFinding, textAttr } from './facts';
import type { Rule } from './rule';
import { findingNode, fix, setAttr } from './fixes';
import { codeJosa, josa } from '../shared/josa';
import { formatDuration } from '../syntax/values';

/**
 * A dns that hands out several targets with no health check: clients keep
 * getting a dead target's address, and its share of requests fails until
 * someone removes the record or the target is repaired.
 */
export const dnsNoHealthCheck: Rule<'dns-no-health-check'> = {
  id: 'dns-no-health-check',
  check({ design }) {
    const m = buildModel(design);
    const out = [];
    // A checked record whose target is a balancer that checks its own targets shallowly (a GSLB over an L4 switch, a Route 53
    // failover record over an NLB): the record's check reaches the balancer, which answers while its servers do — a
    // database or array behind them that only this target needs can fail and the record keeps sending users there, in the
    // run too (engine: shallowTarget). Said, as an info, so that the DR switch is not taken for automatic (rounds 66b r07,
    // 71c r04, 73c r02, 74c r02).
    for (const s of m.nodes) {
      // (Not a record a person changes: the person sees the service down, whatever a check would reach.)
      if ((s.or !== 'dns-failover' && s.or !== 'dns-spread') || s.callees.length < 2 || s.manualDns) continue;
      const closures = s.callees.map((c) => calleeClosure(m, c));
      const hit = s.callees.flatMap((c, k) => {
        const t = m.nodes[c]!;
        if ((t.kind !== 'load-balancer' && t.kind !== 'gateway') || t.deepCheck || t.lbDetect === null) return [];
        // (Only a store whose loss lasts — no automatic takeover, no failover of the provider's, no group of its own: the
        // record's switch is then what would move the users.)
        const lasts = (x: number): boolean => {
          const n = m.nodes[x]!;
          // (Nor a database's disk whose databases fail over by themselves to copies on other disks — Data Guard's
          // fast-start failover serves the same site's users again: round 81c r01.)
          if (n.kind === 'storage') {
            const dbs = n.callers.map((c) => m.nodes[c]!).filter((c) => c.kind === 'database');
            if (dbs.length && dbs.every((d) => d.takeovers.some((tk) => !tk.manual && !m.nodes[tk.by]!.callees.includes(x)))) return false;
          }
          return n.group === null && n.standsFor < 0 && n.restoreBy !== 'failover' && n.takeovers.every((tk) => tk.manual);
        };
        const data = [...closures[k]!].find((x) => DATA.has(m.nodes[x]!.kind ?? '') && lasts(x) && closures.some((o, j) => j !== k && !o.has(x)));
        return data === undefined ? [] : [{ t, data: m.nodes[data]! }];
      });
      if (!hit.length) continue;
      const { t, data } = hit[0]!;
      const n = s.name;
      out.push(
        nodeFinding(
          'dns-no-health-check',
          s.node,
          L(
            `\`${n}\`'s health check reaches \`${t.name}\`, a balancer that answers as long as its own targets pass their checks: when \`${data.name}\`, which the requests sent there need, fails, a check of \`${t.name}\` itself (a TCP or HTTP check of its virtual server) keeps passing and \`${n}\` keeps sending users there — moving them is then a person's switch of the record. The simulation reads it so (the record keeps those users there): if the checks of \`${t.name}\` reach \`${data.name}\` (a health page that queries it), write \`health-check=deep\` on \`${t.name}\` and the record moves them; otherwise plan the switch by hand.`,
            `\`${n}\`의 헬스 체크는 \`${t.name}\`에 닿는데, 이 부하분산기는 자기 대상이 체크를 통과하는 한 응답합니다. 그쪽 요청에 필요한 ${codeJosa(data.name, '이/가')} 멈춰도 \`${t.name}\` 자체를 보는 체크(가상 서버에 대한 TCP·HTTP 체크)는 계속 통과해 ${codeJosa(n, '이/가')} 사용자를 계속 그쪽으로 보냅니다. 이때 사용자를 옮기는 일은 사람이 레코드를 바꾸는 작업입니다. 시뮬레이션도 그렇게 봅니다(레코드가 그 사용자들을 그대로 둡니다). \`${t.name}\`의 체크가 \`${data.name}\`까지 확인한다면(이를 조회하는 헬스 페이지) \`${t.name}\`에 \`health-check=deep\`을 적으세요. 그러면 레코드가 사용자를 옮깁니다. 아니면 수동 전환을 계획하세요.`,
          ),
          { routing: textAttr(s.node, 'routing') ?? 'failover', shallow: t.name, needs: data.name },
          undefined,
          'info',
        ),
      );
    }
    for (const s of m.nodes) {
      if (s.or !== 'dns-static' || s.callees.length < 2) continue;
      const routing = textAttr(s.node, 'routing') ?? 'simple';
      const n = s.name;
      // Weighted records: the heaviest target's share is what fails with it.
      const top = s.dnsShare ? Math.max(...s.dnsShare) : null;
      const pctText = top !== null ? `${Math.round(top * 100)}%` : '';
      const shareEn = top !== null ? `up to ${pctText}` : `about 1/${s.callees.length}`;
      // "1/N" is read "N분의 1": it ends in 일, hence 이.
      const shareKo = top !== null ? `최대 ${josa(pctText, '이/가')}` : `약 1/${s.callees.length}이`;
      if (routing === 'failover') {
        const primary = m.nodes[s.callees[0]!]!.name;
        out.push(
          nodeFinding(
            'dns-no-health-check',
            s.node,
            L(
              `\`${n}\` is a failover record with its health check turned off: a record with no health check is always healthy, so \`${n}\` keeps answering with \`${primary}\` when it is down and never fails over to the others. Turn \`health-check\` on: the primary then leaves the answers after interval × 3, and clients move once their cached answer expires (ttl).`,
              `${codeJosa(n, '은/는')} 헬스 체크를 끈 장애 조치(failover) 레코드입니다. 헬스 체크가 없는 레코드는 언제나 정상으로 취급되므로, ${codeJosa(primary, '이/가')} 죽어도 계속 그 주소를 알려 주고 다른 대상으로 넘어가지 않습니다. \`health-check\`를 켜세요: 주 대상은 점검 주기 × 3 뒤 DNS 응답에서 빠지고, 클라이언트는 캐시된 응답이 만료(ttl)되면 옮겨 갑니다.`,
            ),
            { routing },
          ),
        );
        continue;
      }
      // A long TTL keeps clients on a dead address long after any check: the record alone cannot fail over fast.
      const ttl = s.timings.ttl.value;
      const longTtl = ttl > 300;
      const ttlEn = longTtl
        ? ` With \`ttl=${formatDuration(ttl)}\`, clients keep a dead address that long even after it leaves the answers (and a plain name server such as BIND does not check its targets at all): lower the TTL to 60s or less, or put a load balancer or a virtual IP in front of the targets.`
        : '';
      const ttlKo = longTtl
        ? ` \`ttl=${formatDuration(ttl)}\`이면 DNS 응답에서 빠진 뒤에도 클라이언트가 그만큼 죽은 주소를 계속 씁니다(BIND 같은 일반 네임 서버는 대상을 아예 검사하지 않습니다). TTL을 60초 이하로 줄이거나, 대상 앞에 로드밸런서나 가상 IP를 두세요.`
        : '';
      out.push(
        nodeFinding(
          'dns-no-health-check',
          s.node,
          L(
            `\`${n}\` answers with ${s.callees.length} targets (\`routing=${routing}\`) and checks none of them: when one dies, clients keep getting its address and ${shareEn} of requests fail until someone removes the record or the target is repaired${routing === 'latency' ? ' (latency routing without a health check still sends a region its users when that region is down)' : ''}. Add \`health-check\`: a dead target then leaves the answers after interval × 3, and clients move once their cached answer expires (ttl).${ttlEn}`,
            `\`${n}\` DNS는 대상 ${s.callees.length}개를 알려 주지만(\`routing=${routing}\`) 어느 것도 헬스 체크하지 않습니다. 하나가 죽어도 클라이언트는 계속 그 주소를 받아서, 누군가 레코드를 빼거나 대상이 복구될 때까지 요청의 ${shareKo} 실패합니다${routing === 'latency' ? '(헬스 체크 없는 지연 시간 기반 라우팅은 리전이 죽어도 그 리전 사용자를 계속 그곳으로 보냅니다)' : ''}. \`health-check\`를 추가하세요: 죽은 대상은 점검 주기 × 3 뒤 DNS 응답에서 빠지고, 클라이언트는 캐시된 응답이 만료(ttl)되면 옮겨 갑니다.${ttlKo}`,
          ),
          { routing },
        ),
      );
    }
    return out;
  },
  fixes(design, _facts, finding) {
    if (finding.data?.['shallow'] !== undefined) return [];
    const node = findingNode(design, finding);
    return node ? [fix(L(`Health-check the targets of \`${node.name}\``, `\`${node.name}\`의 대상에 헬스 체크 추가`), [setAttr(design, node, 'health-check', null)], true)] : [];
  },
};
