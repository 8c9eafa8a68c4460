import { buildModel, SECOND_CHOICE, type SimNode } from '../model/request-graph';
import { ORACLE_ENGINES, queueMirrors } from '../model/replication';
import { engineOf } from '../model/groups';
import { L, nodeFinding } from './facts';
import type { Rule } from './rule';
import { codeJosa } from '../shared/josa';

/**
 * A health-checked DNS failover whose primary site holds a database that a copy at the
 * secondary site takes over: the record fails back by itself as soon as the primary's
 * health check passes again (Route 53 answers with a healthy primary), while the
 * database's role has moved to the copy. The traffic returns to a database that lacks
 * the writes taken at the recovery site, and, unless it was rebuilt as a standby first,
 * both sides accept writes (split brain). The failback has to be a decision.
 */
/** Provider databases that are one multi-region account whatever the design draws (its regions are the account's). */
const SINGLE_ACCOUNT = /^(cosmos|cosmosdb|cosmos-db|azure-cosmos|azure-cosmos-db|spanner|cloud-spanner|gcp-spanner)$/;

export const dnsFailback: Rule<'dns-failback'> = {
  id: 'dns-failback',
  check({ design }) {
    const m = buildModel(design);
    const out = [];
    const reach = (from: number): Set<number> => {
      const seen = new Set<number>([from]);
      const stack = [from];
      while (stack.length) {
        const x = stack.pop()!;
        for (const c of m.nodes[x]!.callees)
          if (!seen.has(c)) {
            seen.add(c);
            stack.push(c);
          }
      }
      return seen;
    };
    // Edges labelled as a second choice, once (a gateway of thousands of targets read them per target: round 85's CI).
    const secondChoice = new Set<string>();
    for (const e of design.edges) if (e.label && SECOND_CHOICE.test(e.label)) secondChoice.add(`${e.from}\u0000${e.to}`);
    for (const d of m.nodes) {
      // A failover record: its first target, then the others. A checking balancer with a fallback pool (an edge labelled
      // as a second choice — Cloudflare's fallback pool, a GSLB's priority 2): the same, back to the first pool as soon as
      // its checks pass (round 81 r10).
      let firsts: number[];
      let rest: number[];
      const viaLb = d.or === 'lb' && d.lbDetect !== null;
      // (A record a person changes is changed back by a person too: no failback by itself.)
      if (d.manualDns) continue;
      if (d.or === 'dns-failover' && d.callees.length >= 2) {
        firsts = [d.callees[0]!];
        rest = d.callees.slice(1);
      } else if (viaLb) {
        const second = (c: number): boolean => secondChoice.has(`${d.name}\u0000${m.nodes[c]!.name}`);
        firsts = d.callees.filter((c) => !second(c));
        rest = d.callees.filter(second);
        if (!firsts.length || !rest.length) continue;
      } else continue;
      const primary = new Set<number>();
      for (const c of firsts) for (const x of reach(c)) primary.add(x);
      const secondary = new Set<number>();
      for (const c of rest) for (const x of reach(c)) if (!primary.has(x)) secondary.add(x);
      let hit: { db: SimNode; copy: SimNode; global?: boolean } | null = null;
      for (const x of primary) {
        const s = m.nodes[x]!;
        if (s.kind !== 'database' || secondary.has(x)) continue;
        const t = s.takeovers.find((k) => secondary.has(k.by) && !k.peer);
        // An Azure SQL failover group fails over by itself and turns the old primary into its secondary when it is back
        // ("all formerly primary databases … switch to the secondary role"): the callers follow its listener — no split
        // brain on the way back (round 36).
        if (t && !t.manual && s.timings.profile.id === 'azure-sql' && m.nodes[t.by]!.timings.profile.id === 'azure-sql') continue;
        // So does a provider's multi-region account failing over by itself (Cosmos DB's service-managed failover): one
        // account with a new write region, which the SDK's endpoint discovery follows — the recovered region comes back
        // as a read region, nothing accepts writes twice (round 67b r03).
        if (t && !t.manual && s.managed && m.nodes[t.by]!.managed && (s.timings.profile.id === 'azure-cosmos-db' || SINGLE_ACCOUNT.test(engineOf(s.node)))) continue;
        // An Aurora global database: a global failover demotes the old primary cluster to a read-only secondary (the
        // FailoverGlobalCluster operation: "the Aurora DB cluster that is currently being demoted"), so nothing accepts
        // writes twice when the record fails back (round 81b r03).
        // Not a split brain, then — but the record failing back sends the users to an application whose database is that
        // read-only secondary, and their writes fail until the global database is switched back (rounds 100b r04, 102b r04,
        // 103b r03): said in its own words.
        if (t && s.timings.profile.id === 'aurora' && m.nodes[t.by]!.timings.profile.id === 'aurora') {
          hit = { db: s, copy: m.nodes[t.by]!, global: true };
          break;
        }
        // Oracle fast-start failover (an observer, automatic): the broker keeps the old primary from opening (ORA-16649)
        // and reinstates it as a standby when it is back (FastStartFailoverAutoReinstate, TRUE by default) — round 81c r02.
        if (t && !t.manual && t.witness >= 0 && ORACLE_ENGINES.has(engineOf(s.node)) && ORACLE_ENGINES.has(engineOf(m.nodes[t.by]!.node))) continue;
        if (t) {
          hit = { db: s, copy: m.nodes[t.by]! };
          break;
        }
      }
      if (!hit) {
        // A queue mirrored one way, from the primary site to the recovery site (MirrorMaker 2, a shovel): the messages
        // produced at the recovery site during the outage stay in its queue, nothing copies them back, and the automatic
        // failback sends the producers home without them (round 62b r10).
        const inPrimary = (n: string) => primary.has(m.byName.get(n) ?? -1);
        const inSecondary = (n: string) => secondary.has(m.byName.get(n) ?? -1);
        const mirrors = queueMirrors(design);
        const mir = mirrors.find((x) => inPrimary(x.from.name) && inSecondary(x.to.name) && !mirrors.some((y) => y.from === x.to && y.to === x.from));
        if (!mir) continue;
        const p = firsts.map((c) => m.nodes[c]!.name).join('`, `');
        out.push(
          nodeFinding(
            'dns-failback',
            d.node,
            L(
              `\`${d.name}\` fails over from \`${p}\` when it is down, and fails back by itself as soon as \`${p}\`'s health check passes again (a failover record answers with its primary whenever the primary is healthy). Meanwhile the messages produced at the recovery site went to \`${mir.to.name}\`, and \`${mir.via.name}\` mirrors only from \`${mir.from.name}\` to \`${mir.to.name}\`: nothing copies them back, so after the failback they stay in \`${mir.to.name}\` — processed only if its consumers run there — while \`${mir.from.name}\` goes on without them. Make the failback a decision: keep \`${p}\` out of the answers until \`${mir.to.name}\` is drained or mirrored back.`,
              `${codeJosa(d.name, '은/는')} ${codeJosa(p, '이/가')} 죽으면 다른 대상으로 넘어가고, \`${p}\`의 헬스 체크가 다시 통과하는 순간 스스로 되돌아갑니다(페일오버 레코드는 주 대상이 정상이면 언제나 주 대상을 알려 줍니다). 그동안 복구 사이트에서 만든 메시지는 ${codeJosa(mir.to.name, '으로/로')} 갔는데, ${codeJosa(mir.via.name, '은/는')} \`${mir.from.name}\`에서 ${codeJosa(mir.to.name, '으로/로')}만 미러링합니다. 되돌려 복사하는 것이 없어, 되돌아간 뒤에도 그 메시지는 \`${mir.to.name}\`에 남고(그곳 컨슈머가 돌아야만 처리됨) ${codeJosa(mir.from.name, '은/는')} 그 메시지 없이 계속 갑니다. 되돌아가는 것은 사람이 결정하게 하세요: ${codeJosa(mir.to.name, '을/를')} 다 처리하거나 거꾸로 미러링할 때까지 ${codeJosa(p, '을/를')} DNS 응답에서 빼 두세요.`,
            ),
            { primary: p, mirror: mir.via.name, queue: mir.to.name },
          ),
        );
        continue;
      }
      const p = firsts.map((c) => m.nodes[c]!.name).join('`, `');
      const { db, copy } = hit;
      const how = viaLb
        ? L(
            `\`${d.name}\` sends to its fallback when \`${p}\` fails its checks, and back by itself as soon as they pass again (a fallback pool takes traffic only while the first is unhealthy)`,
            `${codeJosa(d.name, '은/는')} \`${p}\`의 헬스 체크가 실패하면 폴백 대상으로 보내고, 체크가 다시 통과하는 순간 스스로 되돌아갑니다(폴백 풀은 첫 풀이 비정상인 동안에만 트래픽을 받습니다)`,
          )
        : L(
            `\`${d.name}\` fails over from \`${p}\` when it is down, and fails back by itself as soon as \`${p}\`'s health check passes again (a failover record answers with its primary whenever the primary is healthy)`,
            `${codeJosa(d.name, '은/는')} ${codeJosa(p, '이/가')} 죽으면 다른 대상으로 넘어가고, \`${p}\`의 헬스 체크가 다시 통과하는 순간 스스로 되돌아갑니다(페일오버 레코드는 주 대상이 정상이면 언제나 주 대상을 알려 줍니다)`,
          );
      if (hit.global) {
        out.push(
          nodeFinding(
            'dns-failback',
            d.node,
            L(
              `${how.en}. By then \`${copy.name}\` has been promoted in \`${db.name}\`'s place, and Aurora adds \`${db.name}\` back as a read-only secondary of it when its region returns: the traffic goes back to the application of \`${p}\`, whose database now refuses writes, and they fail until someone switches the global database back (a planned switchover). Make the failback a decision: keep \`${p}\` out of ${viaLb ? 'the pool' : 'the answers (its health check failing on purpose, the record disabled, or a routing control)'} until the switchover is done.`,
              `${how.ko}. 그때는 이미 ${codeJosa(copy.name, '이/가')} ${codeJosa(db.name, '을/를')} 대신해 승격된 뒤이고, 리전이 돌아오면 Aurora가 ${codeJosa(db.name, '을/를')} 그 읽기 전용 보조(secondary)로 다시 붙입니다. 트래픽은 \`${p}\` 쪽 애플리케이션으로 돌아가지만 그 데이터베이스는 쓰기를 거부하므로, 누군가 글로벌 데이터베이스를 되돌릴 때까지(계획된 전환) 쓰기가 실패합니다. 되돌아가는 것은 사람이 결정하게 하세요: 전환이 끝날 때까지 ${codeJosa(p, '을/를')} ${viaLb ? '풀에서 빼 두세요.' : 'DNS 응답에서 빼 두세요(헬스 체크를 일부러 실패시키거나, 레코드를 비활성화하거나, 라우팅 컨트롤로).'}`,
            ),
            { primary: p, database: db.name, copy: copy.name, global: true },
          ),
        );
        continue;
      }
      // A copy a person promotes, and only for the database's own loss: the record also moves the users on a fault of the
      // first site's other tiers (a bad deployment of its application), to a site whose database nobody promotes while the
      // primary is healthy — served nowhere until the first site is back (round 119b r05).
      const byHand = db.takeovers.find((k) => k.by === copy.idx)?.manual === true;
      const appFault = byHand && !viaLb
        ? L(
            ` And a fault of \`${p}\`'s application alone moves the users too, to a site whose database \`${copy.name}\` is promoted by a person and only when \`${db.name}\` is lost: they are served nowhere until \`${p}\` is back. Check a signal of the whole site (a calculated health check, a readiness check of the recovery site) or switch the record by hand.`,
            ` 또 \`${p}\` 쪽 애플리케이션만 고장 나도 사용자가 옮겨 가는데, 그쪽 데이터베이스 ${codeJosa(copy.name, '은/는')} 사람이, 그것도 ${codeJosa(db.name, '을/를')} 잃었을 때만 승격하므로 ${codeJosa(p, '이/가')} 돌아올 때까지 어디에서도 처리되지 않습니다. 사이트 전체의 신호(계산된 헬스 체크, 복구 사이트의 준비 상태 확인)를 검사하거나 레코드를 사람이 바꾸게 하세요.`,
          )
        : L('', '');
      out.push(
        nodeFinding(
          'dns-failback',
          d.node,
          L(
            `${how.en}. By then \`${copy.name}\` has been promoted in \`${db.name}\`'s place: the traffic returns to \`${db.name}\`, which lacks every write taken at the recovery site, and unless \`${db.name}\` was rebuilt as a standby first, both accept writes (split brain). Make the failback a decision: keep \`${p}\` out of ${viaLb ? 'the pool (the pool disabled, or its origins drained)' : 'the answers (its health check failing on purpose, or the record disabled)'} until \`${db.name}\` is rebuilt from \`${copy.name}\` and switched back.${appFault.en}`,
            `${how.ko}. 그때는 이미 ${codeJosa(copy.name, '이/가')} ${codeJosa(db.name, '을/를')} 대신해 승격된 뒤라, 트래픽은 복구 사이트에서 받은 쓰기가 모두 빠진 ${codeJosa(db.name, '으로/로')} 돌아가고, ${codeJosa(db.name, '을/를')} 먼저 대기 노드로 다시 만들지 않았다면 양쪽이 모두 쓰기를 받습니다(스플릿 브레인). 되돌아가는 것은 사람이 결정하게 하세요: ${codeJosa(db.name, '이/가')} \`${copy.name}\`에서 다시 만들어지고 의도적으로 전환될 때까지 ${codeJosa(p, '을/를')} ${viaLb ? '풀에서 빼 두세요(풀을 비활성화하거나 오리진을 드레인).' : 'DNS 응답에서 빼 두세요(헬스 체크를 일부러 실패시키거나 레코드를 비활성화).'}${appFault.ko}`,
          ),
          { primary: p, database: db.name, copy: copy.name },
        ),
      );
    }
    return out;
  },
};
