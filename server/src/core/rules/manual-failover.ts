import type { Design, Finding, Localized, TopologyNode } from '../syntax/ast';
import { failoverTimingsOf, timingsOf } from '../model/profiles';
import { bmcFenced, buildModel, calleeClosure, failoverMode, instanceCount, MANUAL_ONLY, MYSQL_ROUTER, redisWithoutManager } from '../model/request-graph';
import { clusterSetReplica, MYSQL_FAMILY, ORACLE_ENGINES, SQLSERVER_ENGINES } from '../model/replication';
import { engineOf, RANGED_ENGINES } from '../model/groups';
import { formatDuration } from '../syntax/values';
import { koDuration, L, nodeFinding, textAttr, withNote } from './facts';
import { watchers } from '../model/monitoring';
import { designCallersOf, unmovedClients } from '../model/client-routing';
import type { Rule } from './rule';
import { regionOf } from './single-zone';
import { monitorsOnlyIn, regionsOf, runsOnlyIn } from '../syntax/places';
import { DEFAULTS } from '../model/defaults';
import { codeJosa, josa } from '../shared/josa';
import { findingNode, fix, setAttr } from './fixes';

export const manualFailover: Rule<'manual-failover'> = {
  id: 'manual-failover',
  check({ design, facts }) {
    const out = [];
    // Two primaries of one dataset whose lost one's callers hold its address only (round 37): a person repoints them.
    {
      const m = buildModel(design);
      const pairs = new Map<string, { second: TopologyNode; dirs: { lost: string; to: string; callers: string[]; secs: number }[] }>();
      for (const s of m.nodes) {
        for (const tk of s.takeovers) {
          if (!tk.peer || !tk.manual) continue;
          const by = m.nodes[tk.by]!;
          const second = by.node.of === s.name ? by.node : s.node;
          // (A caller that also calls the other primary — a connection string naming both, Altibase's ALTERNATE_SERVERS —
          // moves by itself: not one to repoint; round 81c r06.)
          const callers = s.callers.filter((c) => !m.nodes[c]!.ignored && !m.nodes[c]!.callees.includes(tk.by)).map((c) => `\`${m.nodes[c]!.name}\``);
          if (!callers.length) continue;
          const key = [s.name, by.name].sort().join('\u0000');
          let p = pairs.get(key);
          if (!p) pairs.set(key, (p = { second, dirs: [] }));
          p.dirs.push({ lost: s.name, to: by.name, callers, secs: tk.detect + tk.promote });
        }
      }
      // Two sites a failover DNS record chooses between (its checks are taken as deep, as the run does), each with its own primary: the record moves
      // the users off a site whose primary died — nobody repoints anything (round 54b r04).
      const reach = (from: number): Set<number> => calleeClosure(m, from);
      const siteSwitched = (lost: string, to: string): boolean => {
        const li = m.byName.get(lost)!;
        const ti = m.byName.get(to)!;
        return m.nodes.some((r) => {
          if (r.or !== 'dns-failover' || r.callees.length < 2) return false;
          const sets = r.callees.map(reach);
          return sets.some((a, x) => a.has(li) && !a.has(ti) && sets.some((b, y) => y !== x && b.has(ti) && !b.has(li)));
        });
      };
      for (const [key, p] of pairs) {
        p.dirs = p.dirs.filter((x) => !siteSwitched(x.lost, x.to));
        if (!p.dirs.length) pairs.delete(key);
      }
      for (const { second, dirs } of pairs.values()) {
        const secs = Math.max(...dirs.map((x) => x.secs));
        const hold = L(
          dirs.map((x) => `${x.callers.join(', ')} ${x.callers.length > 1 ? 'hold' : 'holds'} \`${x.lost}\`'s address only`).join(', and '),
          `${dirs.map((x) => `${x.callers.join(', ')}에는 \`${x.lost}\`의 주소만`).join(', ')} 있습니다`,
        );
        const one = dirs.length === 1 ? dirs[0]! : null;
        // What moves the callers depends on the product: a MySQL pair has a writer a manager or proxy follows; Cassandra or
        // ScyllaDB data centres have none — the site's check or the driver moves the requests (round 65b r07).
        const ranged = RANGED_ENGINES.has(engineOf(second));
        const oracleFamily = ORACLE_ENGINES.has(engineOf(second)) || engineOf(second) === 'tibero';
        const mysqlFamily = MYSQL_FAMILY.has(engineOf(second)) || /mysql|maria|galera|percona/.test(engineOf(second));
        const how = oracleFamily
          ? L(
              `Give the callers a connect descriptor that names both (an ADDRESS_LIST with FAILOVER=ON, and FAN/ONS so that open connections learn of the loss), or let the check that routes users to a site fail when its database cannot serve (\`health-check=deep\` on the record or balancer in front); else rehearse the switch.`,
              `호출하는 쪽에 둘을 모두 적은 접속 기술자를 주거나(FAILOVER=ON인 ADDRESS_LIST, 그리고 열린 연결이 장애를 알도록 FAN/ONS), 사용자를 사이트로 보내는 점검이 그 DB가 처리하지 못할 때 실패하게 하세요(앞단 레코드나 밸런서에 \`health-check=deep\`). 아니면 전환 절차를 연습해 두세요.`,
            )
          : !ranged && !mysqlFamily
          ? L(
              `Give the callers a connection string that names both (the driver tries the next host), an address a manager moves (a virtual IP: write \`failover=auto\` on \`${second.name}\`), or a check in front that follows the database (\`health-check=deep\`); else rehearse the switch.`,
              `호출하는 쪽에 둘을 모두 적은 접속 문자열을 주거나(드라이버가 다음 호스트를 시도), 관리 도구가 옮기는 주소(가상 IP: \`${second.name}\`에 \`failover=auto\`), 또는 DB를 따라가는 앞단 점검(\`health-check=deep\`)을 두세요. 아니면 전환 절차를 연습해 두세요.`,
            )
          : ranged
          ? L(
              `Each site's driver stays on its own data centre (LOCAL_QUORUM): let the check that routes users to a site fail when its data centre cannot serve (\`health-check=deep\` on the record or balancer in front), so the users move to the other site, or rehearse the switch.`,
              `각 사이트의 드라이버는 자기 데이터센터에만 붙습니다(LOCAL_QUORUM). 사용자를 사이트로 보내는 점검이 그 데이터센터가 처리하지 못할 때 실패하게 하면(앞단 레코드나 밸런서에 \`health-check=deep\`) 사용자가 다른 사이트로 옮겨 갑니다. 아니면 전환 절차를 연습해 두세요.`,
            )
          : L(
              `If a manager moves the address (MMM, keepalived, Orchestrator with a virtual IP), write \`failover=auto\` on \`${second.name}\`; else put a proxy that follows the writer in front (ProxySQL, MaxScale), or rehearse the switch.`,
              `주소를 옮겨 주는 관리 도구(MMM, keepalived, 가상 IP를 쓰는 Orchestrator)가 있다면 \`${second.name}\`에 \`failover=auto\`를 적고, 없다면 쓰기 노드를 따라가는 프록시(ProxySQL, MaxScale)를 앞에 두거나 전환 절차를 연습해 두세요.`,
            );
        out.push(
          nodeFinding(
            'manual-failover',
            second,
            L(
              `${one ? `\`${one.to}\` is a second primary of \`${one.lost}\`'s data` : `\`${dirs[0]!.lost}\` and \`${dirs[0]!.to}\` are two primaries of one dataset`}, but ${hold.en} (no virtual IP, proxy or connection string naming both): when ${one ? `\`${one.lost}\`` : 'either'} dies, nothing moves ${one ? 'them' : 'its callers'}, and their requests fail until someone notices and points them at ${one ? `\`${one.to}\`` : 'the other'} — about ${formatDuration(secs)}. ${how.en}`,
              `${one ? `${codeJosa(one.to, '은/는')} \`${one.lost}\` 데이터의 또 하나의 프라이머리입니다` : `${codeJosa(dirs[0]!.lost, '와/과')} ${codeJosa(dirs[0]!.to, '은/는')} 한 데이터의 두 프라이머리입니다`}. 그런데 ${hold.ko}(가상 IP도, 프록시도, 둘을 모두 적은 접속 문자열도 없음). ${one ? codeJosa(one.lost, '이/가') : '어느 쪽이든'} 죽으면 아무것도 호출하는 쪽을 옮기지 않아, 누군가 알아채고 ${one ? `\`${one.to}\`` : '다른 쪽'}에 연결할 때까지(약 ${koDuration(secs)}) 요청이 실패합니다. ${how.ko}`,
            ),
            { of: second.of, failover: 'manual', pinned: true, ...(ranged ? { ranged: true } : {}) },
            undefined,
            'warning',
          ),
        );
      }
    }
    for (let si = 0; si < facts.nodes.length; si++) {
      const sb = facts.nodes[si]!;
      if (sb.role !== 'standby' || !sb.of || !design.nodes.has(sb.of)) continue;
      const mode = textAttr(sb, 'failover');
      // (With none written, a failover manager that acts by itself — Patroni, MHA — is automatic: failoverMode.)
      if (failoverMode(sb, design) === 'auto') {
        const moved = unmovedClientsFinding(design, sb);
        if (moved) out.push(moved);
        continue;
      }
      // A managed primary (Aurora, RDS): the provider promotes its standby by itself unless the design says manual.
      if (mode === null && design.nodes.get(sb.of)!.managed) continue;
      const p = sb.of;
      // The same wait the simulation counts: noticing the failure (a monitor's interval, else users reporting it) and the promotion.
      const m = buildModel(design);
      const pi = m.byName.get(p);
      const tk = pi === undefined ? undefined : m.nodes[pi]!.takeovers.find((t) => m.nodes[t.by]!.name === sb.name);
      const promoteSecs = tk ? tk.promote : failoverTimingsOf(sb, design.nodes.get(p)!).manualPromote.value;
      let secs = tk ? tk.detect + tk.promote : promoteSecs;
      let wait = formatDuration(secs);
      let waitKo = koDuration(secs);
      /** The wait when region `r` is lost: with every monitor there, users report it first (round 39). */
      const regionWait = (r: string | null): void => {
        if (r === null || !tk || tk.detect >= DEFAULTS.unnoticed || !monitorsOnlyIn(design, { type: 'region', region: r })) return;
        secs = DEFAULTS.unnoticed + promoteSecs;
        wait = `${formatDuration(secs)} (the monitors are lost with \`${r}\`, so users report it: ${formatDuration(DEFAULTS.unnoticed)}, generic)`;
        waitKo = `${koDuration(secs)} — 모니터도 \`${r}\` 리전과 함께 잃어 사용자 신고로 알게 되는 ${koDuration(DEFAULTS.unnoticed)}(일반값) 포함`;
      };
      // A managed primary that fails over by itself inside its region (RDS Multi-AZ, Cloud SQL HA, Aurora): a standby in
      // another region is its disaster-recovery copy, needed only when that region is lost. Cross-region promotion of
      // those services is a person's (or a runbook's) step, so failover=auto is not the fix: the wait is the region's RTO.
      const ps = pi === undefined ? undefined : m.nodes[pi]!;
      const pr = regionOf(design, design.nodes.get(p)!);
      const sr = regionOf(design, sb);
      // Another standby takes over by itself first: this one waits only when both are lost (its DR role).
      const auto = ps?.takeovers.find((t) => !t.manual && !t.peer && m.nodes[t.by]!.name !== sb.name);
      if (auto) {
        const first = m.nodes[auto.by]!.name;
        // A takeover on the primary's own disk (a Pacemaker pair on one SAN): that disk's loss takes both as well.
        const shared = auto.replication === 'shared' ? ps!.callees.map((c) => m.nodes[c]!).find((c) => c.kind === 'storage' && m.nodes[auto.by]!.callees.includes(c.idx)) : undefined;
        const region = sr !== null && pr !== null && sr !== pr;
        if (region && !shared) regionWait(pr);
        // The copy in another region that nothing there calls: every caller of the primary runs in the primary's region
        // (round 75c r02: "it is the recovery time" of a loss the users never recover from).
        const orphan =
          region && !shared && ps && m.byName.has(sb.name) && m.nodes[m.byName.get(sb.name)!]!.callers.length === 0 && ps.callers.length > 0 && ps.callers.every((c) => regionOf(design, m.nodes[c]!.node) === pr)
            ? L(`region \`${sr}\``, `\`${sr}\` 리전`)
            : null;
        // A zone holding the majority of the voters that decide the automatic takeover (Patroni's etcd): its loss leaves
        // the first standby unpromoted too (round 95c r04: "only on a loss of region" beside the run's 31 m zone loss).
        const coord = auto.coordinator >= 0 ? m.nodes[auto.coordinator] : undefined;
        let voterZone: string | null = null;
        if (coord && coord.instances >= 2) {
          const per = new Map<string, number>();
          for (let k = 0; k < coord.instances; k++) {
            const z = coord.zoneOf(k);
            if (z !== null) per.set(z, (per.get(z) ?? 0) + 1);
          }
          for (const [z, c] of per) if (c > coord.instances / 2) voterZone = z;
        }
        const voterWhen = voterZone !== null && coord ? L(`, or of zone \`${voterZone}\`, which holds the majority of \`${coord.name}\` that decides the takeover`, `, 또는 승격을 결정하는 \`${coord.name}\`의 과반이 있는 \`${voterZone}\` 존 장애`) : null;
        const when0 = shared
          ? L(`(the loss of their shared disk \`${shared.name}\`${region ? `, or of region \`${pr}\`` : ''})`, `(둘이 함께 쓰는 디스크 ${region ? `${codeJosa(shared.name, '이나/나')} \`${pr}\` 리전` : `\`${shared.name}\``} 장애)`)
          : region
            ? L(`(a loss of region \`${pr}\`)`, `(\`${pr}\` 리전 장애)`)
            : L('', '');
        const when = voterWhen && when0.en ? L(when0.en.replace(/\)$/, `${voterWhen.en})`), when0.ko.replace(/\)$/, `${voterWhen.ko})`)) : voterWhen ? L(`(a loss of ${voterWhen.en.slice(', or of '.length)})`, `(${voterWhen.ko.slice(', 또는 '.length)})`) : when0;
        // A replica of a SQL Server availability group is a node of the same Windows cluster: with the primary, the first
        // standby and the witness all in the place lost, it is left without a majority of the votes, and the person forces
        // quorum on it before the forced failover (round 110b r08).
        const sbTk = ps?.takeovers.find((t) => m.nodes[t.by]!.name === sb.name);
        const wNode = sbTk && sbTk.witness >= 0 ? m.nodes[sbTk.witness]! : undefined;
        const forced =
          wNode && region && SQLSERVER_ENGINES.has(engineOf(sb)) && regionOf(design, wNode.node) === pr && regionOf(design, m.nodes[auto.by]!.node) === pr
            ? L(
                ` With \`${p}\`, \`${first}\` and the witness \`${wNode.name}\` all in region \`${pr}\`, that loss leaves \`${sb.name}\` without a majority of the cluster's votes: the person first forces quorum on its node (Start-ClusterNode -FixQuorum), then fails over with data loss (FORCE_FAILOVER_ALLOW_DATA_LOSS) — write both steps into the runbook.`,
                ` \`${p}\`, \`${first}\`, 감시(witness) ${codeJosa(wNode.name, '이/가')} 모두 \`${pr}\` 리전에 있어, 그 장애 때 \`${sb.name}\`에는 클러스터 표의 과반이 남지 않습니다. 담당자는 먼저 그 노드에서 쿼럼을 강제로 잡고(Start-ClusterNode -FixQuorum) 데이터 손실을 감수하는 강제 페일오버(FORCE_FAILOVER_ALLOW_DATA_LOSS)를 해야 하니, 두 단계를 런북에 적어 두세요.`,
              )
            : L('', '');
        out.push(
          nodeFinding(
            'manual-failover',
            sb,
            L(
              `\`${sb.name}\` is promoted by a person, but \`${first}\` takes over from \`${p}\` first, by itself: \`${sb.name}\` is needed only when ${voterWhen ? `\`${first}\` cannot take over` : 'both are lost'}${when.en ? ` ${when.en}` : ''}, and then everything that needs \`${p}\` waits until someone notices and promotes it — about ${wait}. ${orphan ? `But nothing in ${orphan.en} calls it — every caller of \`${p}\` is lost with it — so its promotion serves no one until an application tier runs there: the recovery site holds the data only.` : 'Rehearse that promotion: it is the recovery time of that loss.'}${forced.en}`,
              `\`${sb.name}\` 노드는 사람이 승격하지만, \`${p}\` 노드에 장애가 나면 ${codeJosa(first, '이/가')} 먼저 스스로 넘겨받습니다. \`${sb.name}\` 노드는 ${voterWhen ? `${codeJosa(first, '이/가')} 넘겨받지 못할 때` : '둘 다 잃었을 때'}${when.ko ? `${when.ko}` : ''}만 필요하고, 그때는 누군가 알아채고 승격할 때까지(약 ${waitKo}) \`${p}\` 노드가 필요한 요청이 모두 기다립니다. ${orphan ? `하지만 ${orphan.ko}에는 이를 호출하는 것이 없어(${codeJosa(p, '을/를')} 호출하는 쪽이 모두 함께 멈춤), 그곳에 애플리케이션 계층이 생기기 전에는 승격해도 아무도 쓰지 못합니다. 복구 사이트에는 데이터만 있습니다.` : '그 승격 절차를 연습해 두세요. 그 시간이 그 장애의 복구 시간입니다.'}${forced.ko}`,
            ),
            { of: p, failover: mode, behind: first },
          ),
        );
        continue;
      }
      if (ps && ps.managed && ps.restoreBy === 'failover' && pr !== null && sr !== null && pr !== sr) {
        regionWait(pr);
        // Everything that calls the database runs only in its region: promoting the copy brings up a database nothing
        // calls, and the region's loss has no recovery until a tier runs elsewhere (round 64b r02).
        const callers = ps.callers.map((c) => m.nodes[c]!).filter((c) => !c.client && !c.ignored);
        // (Not when something outside calls the copy itself: a pilot light of the application, `dr-app -> dr-db` — round 66 r02.)
        const sbi = m.byName.get(sb.name);
        const copyCalled = sbi !== undefined && m.nodes[sbi]!.callers.some((c) => !m.nodes[c]!.client && !m.nodes[c]!.ignored && !runsOnlyIn(design, m.nodes[c]!.node, { type: 'region', region: pr }));
        if (callers.length && !copyCalled && callers.every((c) => runsOnlyIn(design, c.node, { type: 'region', region: pr }))) {
          const names = callers.slice(0, 3).map((c) => `\`${c.name}\``).join(', ');
          out.push(
            nodeFinding(
              'manual-failover',
              sb,
              L(
                `\`${p}\` fails over by itself inside region \`${pr}\`; \`${sb.name}\` in \`${sr}\` is promoted by a person${mode === 'auto' ? ' (a global database: `failover=auto` is read as manual)' : ` (\`failover=${mode ?? 'manual'}\`)`} — but what calls \`${p}\` (${names}) runs only in \`${pr}\`, so when \`${pr}\` is lost the promotion brings up a database nothing calls: the region's loss has no recovery until a tier that uses \`${sb.name}\` runs outside it (a warm standby or a pilot light of the application).`,
                `\`${p}\` 노드는 \`${pr}\` 리전 안에서는 스스로 페일오버하고, \`${sr}\`의 \`${sb.name}\` 노드는 사람이 승격합니다${mode === 'auto' ? '(글로벌 데이터베이스라 `failover=auto`도 수동으로 계산)' : `(\`failover=${mode ?? 'manual'}\`)`}. 그런데 ${codeJosa(p, '을/를')} 부르는 노드(${names})가 \`${pr}\`에만 있어, 그 리전을 잃으면 승격해도 부를 것이 없는 데이터베이스가 됩니다. 그 밖에서 ${codeJosa(sb.name, '을/를')} 쓰는 계층(애플리케이션의 웜 스탠바이나 파일럿 라이트)이 생기기 전에는 리전 장애가 복구되지 않습니다.`,
              ),
              { of: p, failover: mode, region: pr, noCallerOutside: true },
            ),
          );
          continue;
        }
        out.push(
          nodeFinding(
            'manual-failover',
            sb,
            L(
              `\`${p}\` fails over by itself inside region \`${pr}\`; \`${sb.name}\` in \`${sr}\` is promoted by a person${mode === 'auto' ? ' (a global database: `failover=auto` is read as manual)' : ` (\`failover=${mode ?? 'manual'}\`)`}, so when \`${pr}\` is lost everything that needs \`${p}\` fails until someone notices and promotes it — about ${wait}. That wait is the RTO of a region loss: rehearse the promotion, or give the goal's \`rto\` room for it.`,
              `\`${p}\` 노드는 \`${pr}\` 리전 안에서는 스스로 페일오버하지만, \`${sr}\`의 \`${sb.name}\` 노드는 사람이 승격합니다${mode === 'auto' ? '(글로벌 데이터베이스라 `failover=auto`도 수동으로 계산)' : `(\`failover=${mode ?? 'manual'}\`)`}. 그래서 \`${pr}\` 리전을 잃으면 누군가 알아채고 승격할 때까지(약 ${waitKo}) \`${p}\` 노드가 필요한 요청이 모두 실패합니다. 이 시간이 리전 장애의 RTO입니다. 승격 절차를 연습해 두거나, 목표 \`rto\`를 이 시간에 맞추세요.`,
            ),
            { of: p, failover: mode, region: pr },
          ),
        );
        continue;
      }
      const why = MANUAL_ONLY.test(textAttr(sb, 'engine') ?? '')
        ? L(`\`${sb.name}\` is an InnoDB ReplicaSet copy, which only a person promotes (no automatic failure detection)`, `\`${sb.name}\` 노드는 InnoDB ReplicaSet의 사본이라 사람만 승격할 수 있습니다(자동 장애 감지 없음)`)
        : mode === 'manual'
        ? L(`\`${sb.name}\` can only be promoted by a person (\`failover=manual\`)`, `\`${sb.name}\` 노드는 사람이 직접 승격시켜야 합니다(\`failover=manual\`)`)
        : L(`\`${sb.name}\` does not say how it is promoted (no \`failover=\`), so it counts as manual`, `\`${sb.name}\` 노드에 승격 방식(\`failover=\`)이 없어 수동으로 봅니다`);
      const queue = consumerOf(design, p);
      out.push(
        nodeFinding(
          'manual-failover',
          sb,
          // In another site with nothing arbitrating (a DR copy declared by a person): automating it without a witness or
          // fencing trades the wait for a split-brain risk.
          withSharedArray(design, design.nodes.get(p)!, sb, redisWithoutManager(sb, design.nodes.get(p)!)
            ? L(
                `${why.en}: when \`${p}\` fails, everything that needs it fails until someone notices, promotes the replica (\`REPLICAOF NO ONE\`) and points the clients at it — about ${wait}. Redis never promotes a replica by itself, so \`failover=auto\` alone changes nothing: for an automatic failover run Redis Sentinel (\`mode=sentinel replicas=3\` on \`${p}\`, the Sentinels in three places) or a managed Redis; otherwise rehearse the switch and write its time as \`promote=\`.`,
                `${why.ko}. \`${p}\`에 장애가 나면 누군가 알아채고 복제본을 승격(\`REPLICAOF NO ONE\`)한 뒤 클라이언트가 그쪽을 보게 할 때까지(약 ${koDuration(secs)}) ${codeJosa(p, '을/를')} 쓰는 요청은 모두 실패합니다. Redis는 복제본을 스스로 승격하지 않으므로 \`failover=auto\`만 적어서는 달라지지 않습니다. 자동 페일오버가 필요하면 Redis Sentinel(\`${p}\` 노드에 \`mode=sentinel replicas=3\`, Sentinel은 세 곳에)이나 관리형 Redis를 쓰고, 아니면 전환을 훈련해 그 시간을 \`promote=\`로 적으세요.`,
              )
            : farSite(sb, design.nodes.get(p)) && farStorage(design, sb, design.nodes.get(p)!) && drDatabase(design, p, sb.name)
            ? ((db) =>
                L(
                  `${why.en}: \`${sb.name}\` is an array copy in another region — it serves the servers at its own site, not those at \`${p}\`'s, which cannot mount it across the regions. \`${db.db}\`'s standby \`${db.standby}\` keeps its data on it, so losing \`${p}\` is a DR declaration: someone notices, brings up \`${sb.name}\` and promotes \`${db.standby}\` on it (about ${wait}), as for \`${db.db}\`'s own loss. Rehearse that switch and write its time as \`promote=\`.`,
                  `${why.ko}. ${codeJosa(sb.name, '은/는')} 다른 리전에 있는 스토리지 복제본이라 그 사이트의 서버만 쓸 수 있고, \`${p}\` 쪽 서버는 리전을 넘어 마운트할 수 없습니다. \`${db.db}\`의 스탠바이 ${codeJosa(db.standby, '이/가')} 이 복제본에 데이터를 두므로, ${codeJosa(p, '을/를')} 잃는 것은 DR 선언 상황입니다. 누군가 알아채고 ${codeJosa(sb.name, '을/를')} 올린 뒤 그 위에서 ${codeJosa(db.standby, '을/를')} 승격합니다(약 ${koDuration(secs)}). \`${db.db}\` 자체를 잃었을 때와 같습니다. 이 전환을 훈련하고 그 시간을 \`promote=\`로 적으세요.`,
                ))(drDatabase(design, p, sb.name)!)
            : farSite(sb, design.nodes.get(p)) && farStorage(design, sb, design.nodes.get(p)!)
            ? L(
                `${why.en}: \`${sb.name}\` is an array copy in another region — it serves the servers at its own site, not those at \`${p}\`'s, which cannot mount it across the regions. When \`${p}\` is lost alone, what uses it waits for its repair; when its site is lost, someone notices and promotes \`${sb.name}\` (about ${wait}) for the servers at the recovery site. Rehearse that switch and write its time as \`promote=\`.`,
                `${why.ko}. ${codeJosa(sb.name, '은/는')} 다른 리전에 있는 스토리지 복제본이라, 그 사이트의 서버만 쓸 수 있고 \`${p}\` 쪽 서버는 리전을 넘어 마운트할 수 없습니다. \`${p}\`만 잃으면 이를 쓰는 곳은 복구를 기다리고, 사이트를 잃으면 누군가 알아채고 ${codeJosa(sb.name, '을/를')} 승격해(약 ${koDuration(secs)}) 복구 사이트의 서버가 씁니다. 이 전환을 훈련하고 그 시간을 \`promote=\`로 적으세요.`,
              )
            : farSite(sb, design.nodes.get(p))
            ? farSiteMessage(
                why,
                p,
                sb.name,
                wait,
                secs,
                // (Not a MySQL Router: it follows the new primary from the cluster's metadata — round 92c r01.)
                // (Nor when a standby at the primary's own site takes a lone loss over: the callers stay where they are —
                // round 93 r01.)
                [...design.nodes.values()].some((o) => o !== sb && o.of === p && o.role === 'standby' && !farSite(o, design.nodes.get(p)))
                  ? []
                  : [...new Set(designCallersOf(design, p).filter((c) => !MYSQL_ROUTER.test(textAttr(c, 'engine') ?? '')).map((c) => c.name))],
                clusterSetReplica(sb),
                sqlLogShipping(sb, design.nodes.get(p)),
                MANUAL_ONLY.test(textAttr(sb, 'engine') ?? '') || designCallersOf(design, p).some((c) => MYSQL_ROUTER.test(textAttr(c, 'engine') ?? '')),
              )
            : outsideCopy(sb, design.nodes.get(p)!)
            ? L(
                `${why.en}: when \`${p}\` fails, everything that needs it fails until someone notices and promotes the copy — about ${wait}. No failover manager can promote it by itself: \`${sb.name}\` is the provider's instance replicating from a server you run, and the provider lets its replication from outside be stopped only through its own procedures (on RDS for MySQL, \`mysql.rds_stop_replication\` and \`mysql.rds_reset_external_master\`) — orchestrator, MHA or InnoDB Cluster cannot reach it. Script the promotion and the clients' switch, rehearse it and write its time as \`promote=\`.`,
                `${why.ko}. \`${p}\`에 장애가 나면 누군가 알아채고 사본을 승격할 때까지(약 ${koDuration(secs)}) ${codeJosa(p, '을/를')} 쓰는 요청은 모두 실패합니다. 이 사본은 페일오버 관리자가 스스로 승격할 수 없습니다. ${codeJosa(sb.name, '은/는')} 직접 운영하는 서버에서 복제받는 제공자의 인스턴스이고, 외부에서 받는 복제는 제공자의 프로시저로만 멈출 수 있습니다(RDS for MySQL은 \`mysql.rds_stop_replication\`, \`mysql.rds_reset_external_master\`). orchestrator, MHA, InnoDB Cluster는 여기에 닿지 못합니다. 승격과 클라이언트 전환을 스크립트로 만들고 훈련해 그 시간을 \`promote=\`로 적으세요.`,
              )
            : queue
            ? L(
                `${why.en}: when \`${p}\` fails, nothing processes \`${queue}\` — its messages wait there, and no user request fails — until someone notices and promotes the standby, about ${wait}. To promote it as soon as the failure is detected, ${autoHow(sb, design.nodes.get(p)!).en} and write \`failover=auto\`.`,
                `${why.ko}. \`${p}\`에 장애가 나면 누군가 알아채고 대기 노드를 승격시킬 때까지(약 ${koDuration(secs)}) ${codeJosa(queue, '을/를')} 처리하는 곳이 없어 메시지가 그대로 쌓입니다(사용자 요청이 실패하지는 않습니다). 장애를 감지하면 바로 승격되게 하려면 ${autoHow(sb, design.nodes.get(p)!).ko} \`failover=auto\`로 적으세요.`,
              )
            : L(
                `${why.en}: when \`${p}\` fails, everything that needs it fails until someone notices and promotes the standby — about ${wait}. To promote it as soon as the failure is detected, ${autoHow(sb, design.nodes.get(p)!).en} and write \`failover=auto\`.`,
                `${why.ko}. \`${p}\`에 장애가 나면 누군가 알아채고 대기 노드를 승격시킬 때까지(약 ${koDuration(secs)}) ${codeJosa(p, '을/를')} 쓰는 요청은 모두 실패합니다. 장애를 감지하면 바로 승격되게 하려면 ${autoHow(sb, design.nodes.get(p)!).ko} \`failover=auto\`로 적으세요.`,
              )),
          { of: p, failover: mode, ...(redisWithoutManager(sb, design.nodes.get(p)!) ? { redis: true } : {}), ...(outsideCopy(sb, design.nodes.get(p)!) ? { outside: true } : {}) },
        ),
      );
    }
    // MHA fails over once: masterha_manager exits after a failover and, restarted, refuses another within
    // last_failover_minute (8 h) — a second master loss before someone re-arms it waits for a person (round 78 r03).
    const mhaSaid = new Set<string>();
    for (const sb of facts.nodes) {
      if (sb.role !== 'standby' || !sb.of || mhaSaid.has(sb.of) || failoverMode(sb, design) !== 'auto') continue;
      const p = design.nodes.get(sb.of);
      if (!p || (timingsOf(sb).profile.id !== 'mha' && timingsOf(p).profile.id !== 'mha')) continue;
      mhaSaid.add(sb.of);
      out.push(
        nodeFinding(
          'manual-failover',
          sb,
          L(
            `\`${sb.name}\` is promoted by MHA, which fails over once: masterha_manager exits after a failover, and even restarted it refuses another within \`last_failover_minute\` (8 h by default) unless it is given \`--ignore_last_failover\`. A second loss of the master before someone re-arms the manager waits for a person (a scenario with two losses shows it). Run the manager under a supervisor that restarts it (with \`--remove_dead_master_conf\`), and page someone on every failover.`,
            `${codeJosa(sb.name, '은/는')} MHA가 승격하는데, MHA는 한 번만 페일오버합니다. masterha_manager는 페일오버 뒤 종료되고, 다시 띄워도 \`--ignore_last_failover\` 없이는 \`last_failover_minute\`(기본 8시간) 안에 다음 페일오버를 하지 않습니다. 누군가 매니저를 다시 준비시키기 전에 마스터를 또 잃으면 사람이 승격할 때까지 기다립니다(두 번 잃는 시나리오로 확인할 수 있습니다). 매니저를 재시작해 주는 감시 프로세스 아래에서 돌리고(\`--remove_dead_master_conf\`와 함께), 페일오버 때마다 담당자를 호출하세요.`,
          ),
          { mhaOnce: true },
          undefined,
          'info',
        ),
      );
    }
    // Couchbase fails nodes over automatically only in a cluster of 3 or more (couchbase-small-clusters): a two-node
    // cluster's lost node keeps its active vBuckets' keys failing until a person fails it over (round 80b r03).
    for (const n of facts.nodes) {
      const tm = timingsOf(n);
      const min = tm.profile.id === 'couchbase' ? tm.profile.values.minAuto?.v : undefined;
      const count = instanceCount(n);
      if (min === undefined || count < 2 || count >= min) continue;
      const wait = formatDuration(tm.manualPromote.value);
      out.push(
        nodeFinding(
          'manual-failover',
          n,
          L(
            `\`${n.name}\` is a Couchbase cluster of ${count} nodes, and Couchbase fails nodes over automatically only in a cluster of 3 or more (it cannot tell which of two nodes is cut off): when one is lost, the keys whose active vBuckets it held fail until someone notices and fails it over (${wait} once noticed, generic). Add a third node (\`replicas=3\`); from Couchbase 7.6 an arbiter node that runs no service is enough to break the tie.`,
            `${codeJosa(n.name, '은/는')} 노드 ${count}개의 Couchbase 클러스터인데, Couchbase는 노드가 3개 이상이어야 자동 페일오버합니다(둘 중 어느 쪽이 끊겼는지 가릴 수 없기 때문입니다). 하나를 잃으면 그 노드에서 활성이던 vBucket의 키는 누군가 알아채고 페일오버할 때까지 실패합니다(알아챈 뒤 ${koDuration(tm.manualPromote.value)}, 범용 기본값). 세 번째 노드를 두세요(\`replicas=3\`). Couchbase 7.6부터는 서비스를 돌리지 않는 아비터 노드 하나로도 됩니다.`,
          ),
          { couchbaseSmall: true },
          undefined,
          'info',
        ),
      );
    }
    // A takeover whose only fence is the lost node's own management board (`fencing=ipmi`, `ilo`, `idrac`): the board is
    // powered by the host, so a power loss of that node (a supply, a PDU, a pulled cord) fails the fence, and the cluster
    // starts nothing until a person confirms the node is off (ClusterLabs, "Configure Multiple Fencing Devices"; round
    // 119c r04 — the run models a node lost with its board up, and a place's loss). Said once per pair.
    {
      const m = buildModel(design);
      const said = new Set<string>();
      for (const s of m.nodes) {
        for (const tk of s.takeovers) {
          if (tk.manual || tk.peer) continue;
          const by = m.nodes[tk.by]!;
          if (!bmcFenced(s.node) && !bmcFenced(by.node)) continue;
          const key = [s.name, by.name].sort().join('\u0000');
          if (said.has(key)) continue;
          said.add(key);
          const how = textAttr(bmcFenced(by.node) ? by.node : s.node, 'fencing')!;
          out.push(
            nodeFinding(
              'manual-failover',
              by.node,
              L(
                `\`${by.name}\` takes over for \`${s.name}\` by itself only while \`${s.name}\`'s management board answers: the only fence is that board (\`fencing=${how}\`), which is powered by the host, so when \`${s.name}\` loses power (a power supply, a PDU, a pulled cord) the fence fails and the cluster starts nothing until a person confirms it is off. The run times a node lost with its board up. Add a second fence level outside the node's power — a switched PDU, or SBD on shared storage (\`pcs stonith level add 2 …\`) — written \`fencing=stonith\`.`,
                `${codeJosa(by.name, '은/는')} \`${s.name}\`의 관리 보드가 응답할 때만 스스로 넘겨받습니다. 펜싱 장치가 그 보드(\`fencing=${how}\`) 하나뿐이고 보드는 호스트 전원으로 동작하므로, ${codeJosa(s.name, '이/가')} 전원을 잃으면(전원 공급 장치, PDU, 뽑힌 케이블) 펜싱이 실패하고 사람이 꺼졌음을 확인할 때까지 클러스터가 아무것도 올리지 않습니다. 시뮬레이션은 보드가 살아 있는 채로 노드를 잃는 경우를 계산합니다. 노드 전원과 무관한 두 번째 펜싱 레벨을 두고(스위치드 PDU, 또는 공유 스토리지의 SBD: \`pcs stonith level add 2 …\`) \`fencing=stonith\`로 적으세요.`,
              ),
              { bmcOnly: true },
              undefined,
              'info',
            ),
          );
        }
      }
    }
    // An asynchronous Patroni standby beside the only synchronous one, which sits with the primary: Patroni in synchronous
    // mode promotes only the synchronous standby, so losing that place leaves a copy a person must force (round 120b r07).
    {
      const m = buildModel(design);
      for (const s of m.nodes) {
        const syncs = s.takeovers.filter((t) => t.replication === 'sync' && !t.manual);
        if (!syncs.length) continue;
        const same = (a: TopologyNode, b: TopologyNode): boolean => a.zones.length > 0 && a.zones.every((z) => b.zones.includes(z));
        if (!syncs.every((t) => same(m.nodes[t.by]!.node, s.node))) continue;
        for (const tk of s.takeovers) {
          const by = m.nodes[tk.by]!;
          if (!tk.manual || tk.peer || tk.replication === 'sync' || !(engineOf(by.node) === 'patroni' || engineOf(s.node) === 'patroni') || same(by.node, s.node)) continue;
          const sync = syncs.map((t) => m.nodes[t.by]!.name);
          out.push(
            nodeFinding(
              'manual-failover',
              by.node,
              L(
                `Patroni in synchronous mode promotes only a synchronous standby by itself, and \`${s.name}\`'s (${sync.map((x) => `\`${x}\``).join(', ')}) sits in the same place as it: when that place is lost, \`${by.name}\`, asynchronous, waits for a person to force a failover to it (\`patronictl failover --force\`, losing what it lacks)${textAttr(by.node, 'failover') === 'auto' ? ' — `failover=auto` does not change that' : ''}. Keep a synchronous candidate in another place: make \`${by.name}\` synchronous too (\`replication=sync\`, \`synchronous_node_count: 2\`), or move the synchronous standby.`,
                `동기 모드의 Patroni는 동기 대기 노드만 스스로 승격하는데, \`${s.name}\`의 동기 대기 노드(${sync.map((x) => `\`${x}\``).join(', ')})가 같은 장소에 있습니다. 그 장소를 잃으면 비동기인 ${codeJosa(by.name, '은/는')} 사람이 강제로 페일오버할 때까지 기다립니다(\`patronictl failover --force\`, 없는 쓰기는 잃음)${textAttr(by.node, 'failover') === 'auto' ? '. `failover=auto`를 적어도 달라지지 않습니다' : ''}. 다른 장소에 동기 후보를 두세요. ${codeJosa(by.name, '을/를')} 동기로 바꾸거나(\`replication=sync\`, \`synchronous_node_count: 2\`) 동기 대기 노드를 옮기세요.`,
              ),
              { patroniSyncPlace: true },
              undefined,
              'info',
            ),
          );
        }
      }
    }
    // A monitor that polls slowly starts every manual step late: the person promoting learns of the loss one interval after
    // it at worst (round 107c r07: 5 of a 35-minute wait were a 5-minute poll, and nothing said so).
    const polls = watchers(design);
    return out.map((f) => {
      const n = design.nodes.get(String(f.data?.['node'] ?? ''));
      const of = n?.of;
      if (!n || !of || f.data?.['couchbaseSmall'] || f.data?.['bmcOnly'] || f.data?.['patroniSyncPlace']) return f;
      const every = polls.get(of);
      if (every === undefined || !(every > DEFAULTS.monitorInterval)) return f;
      return withNote(
        f,
        L(
          ` The monitor watching \`${of}\` polls every ${formatDuration(every)}, so that wait starts up to ${formatDuration(every)} late; polling every ${formatDuration(DEFAULTS.monitorInterval)} (\`interval=${formatDuration(DEFAULTS.monitorInterval)}\`) shortens it by ${formatDuration(every - DEFAULTS.monitorInterval)}.`,
          ` ${codeJosa(of, '을/를')} 감시하는 모니터가 ${koDuration(every)}마다 확인하므로 그 기다림은 최대 ${koDuration(every)} 늦게 시작합니다. ${koDuration(DEFAULTS.monitorInterval)}마다 확인하면(\`interval=${formatDuration(DEFAULTS.monitorInterval)}\`) ${koDuration(every - DEFAULTS.monitorInterval)} 줄어듭니다.`,
        ),
      );
    });
  },
  fixes(design, _facts, finding) {
    const node = findingNode(design, finding);
    if (finding.data?.['clients'] !== undefined) return [];
    // Patroni's synchronous standby beside the primary: a synchronous candidate elsewhere, not failover=auto.
    if (finding.data?.['patroniSyncPlace']) return node ? [fix(L(`Replicate to \`${node.name}\` synchronously (replication=sync)`, `${codeJosa(node.name, '으로/로')} 동기 복제(\`replication=sync\`)`), [setAttr(design, node, 'replication', 'sync')], true)] : [];
    // Its only fence is the lost node's board: a second fence level, not failover=auto (it already is).
    if (finding.data?.['bmcOnly']) {
      const fenced = node ? [node, ...[node.of].filter((x): x is string => !!x).map((x) => design.nodes.get(x)!)].find((n) => n && bmcFenced(n)) : undefined;
      return fenced ? [fix(L(`Add a second fence level for \`${fenced.name}\` (fencing=stonith)`, `\`${fenced.name}\`에 두 번째 펜싱 레벨(fencing=stonith)`), [setAttr(design, fenced, 'fencing', 'stonith')], true)] : [];
    }
    if (finding.data?.['couchbaseSmall']) return node ? [fix(L(`Run \`${node.name}\` on 3 nodes (replicas=3)`, `\`${node.name}\` 노드 3개로(replicas=3)`), [setAttr(design, node, 'replicas', '3')], true)] : [];
    // A managed service's cross-region copy: its promotion is a person's step, failover=auto is not offered.
    if (finding.data?.['region'] !== undefined || finding.data?.['behind'] !== undefined) return [];
    // Plain Redis: failover=auto promotes nothing (Sentinel does); no one-attribute fix to offer.
    if (finding.data?.['redis'] || finding.data?.['ranged'] || finding.data?.['outside']) return [];
    // (Nor an InnoDB ReplicaSet: it has no automatic failover to turn on.)
    if (node && MANUAL_ONLY.test(textAttr(node, 'engine') ?? '')) return [];
    return node ? [fix(L(`Promote \`${node.name}\` automatically (failover=auto)`, `\`${node.name}\` 자동 승격(failover=auto)`), [setAttr(design, node, 'failover', 'auto')], true)] : [];
  },
};

/**
 * A self-run standby in another zone or region than its primary with nothing that arbitrates between them (no witness,
 * coordinator or fencing, no managed service): a recovery site that a person activates.
 */
function farSite(sb: TopologyNode, p: TopologyNode | undefined): boolean {
  if (!p || sb.managed || p.managed) return false;
  if (textAttr(sb, 'witness') !== null || textAttr(sb, 'coordinator') !== null || sb.attrs.has('fencing') || p.attrs.has('fencing')) return false;
  const place = (n: TopologyNode): string[] => (n.zones.length ? n.zones : n.region ? [n.region] : []);
  const a = place(sb);
  const b = place(p);
  return a.length > 0 && b.length > 0 && !a.some((z) => b.includes(z));
}

/** A storage copy in another region than its source: the source's site cannot mount it (the engine's farStorageIdle). */
function farStorage(design: Design, sb: TopologyNode, p: TopologyNode): boolean {
  if (sb.kind !== 'storage') return false;
  const a = regionsOf(design, sb);
  const b = regionsOf(design, p);
  return a.length > 0 && b.length > 0 && !a.some((r) => b.includes(r));
}

/** Where each manager lets you move the address yourself (said in Korean, where DBAs name the script). */
const HOOKS: Readonly<Record<string, string>> = {
  MHA: '`master_ip_failover_script`',
  orchestrator: 'orchestrator의 `PostFailoverProcesses` 훅',
  repmgr: 'repmgr의 `event_notification_command`',
  Patroni: 'Patroni의 `on_role_change` 콜백이나 vip-manager',
};

/**
 * A standby such a manager promotes by itself while the applications call the primary at its own address — no `vip` on
 * the pair, no balancer, proxy or DNS name in between: the promotion helps only once something points them at it
 * (orchestrator's post-failover hooks, MHA's master_ip_failover_script, a repmgr event script).
 */
function unmovedClientsFinding(design: Design, sb: TopologyNode): Finding | null {
  const u = unmovedClients(design, sb);
  if (!u) return null;
  const { product, primary: p, callers } = u;
  if (u.pooler) {
    const who = [...new Set(callers.map((c) => `\`${c.name}\``))].join(', ');
    return nodeFinding(
      'manual-failover',
      sb,
      L(
        `${product} promotes \`${sb.name}\` by itself, but ${who} connect${callers.length > 1 ? '' : 's'} to \`${p.name}\` only: PgBouncer connects to the one host its \`[databases]\` entry names and follows no promotion, and ${product} leaves repointing it to a hook of yours (${product === 'Patroni' ? 'an `on_role_change` callback' : product === 'repmgr' ? 'an `event_notification_command` run on `repmgrd_failover_promote`' : 'its failover hook'} rewriting the pooler's configuration and reloading it). Without it the applications keep reaching the dead primary after the promotion; the figures here assume the pooler follows (a hook cannot be written in the design yet).`,
        `${josa(product, '이/가')} \`${sb.name}\` 노드를 스스로 승격하지만, ${who} 노드는 \`${p.name}\`에만 접속합니다. PgBouncer는 \`[databases]\` 항목에 적힌 호스트 하나에만 붙고 승격을 따라가지 않으며, ${product} 자체는 이를 바꿔 주지 않습니다(풀러 설정을 고쳐 다시 읽게 하는 ${product === 'Patroni' ? '`on_role_change` 콜백을' : product === 'repmgr' ? '`repmgrd_failover_promote` 때 실행되는 `event_notification_command` 스크립트를' : '페일오버 훅을'} 직접 만들어야 합니다). 이것이 없으면 승격 뒤에도 애플리케이션이 죽은 프라이머리로 갑니다. 여기 수치는 풀러가 따라간다고 가정한 것입니다(훅은 아직 설계에 적을 수 없습니다).`,
      ),
      { of: p.name, clients: callers.length, pooler: true },
    );
  }
  // The proxy to put in front, in the product's world: ProxySQL for MySQL, HAProxy checking Patroni's REST API.
  const patroni = product === 'Patroni';
  // (PostgreSQL under repmgr: HAProxy checking which node is the primary — ProxySQL is a MySQL proxy; round 123b r04.)
  const pgFamily = patroni || product === 'repmgr' || /postgres|^pg$/.test((textAttr(p, 'engine') ?? '').toLowerCase());
  const proxy = pgFamily ? 'db-proxy: load-balancer engine=haproxy replicas=2 vip health-check' : 'db-proxy: load-balancer engine=proxysql replicas=2 vip health-check';
  const proxyNote = patroni
    ? L(' — HAProxy checking each node\'s Patroni REST API, `GET /primary` on port 8008', '(예: 각 노드의 Patroni REST API, 8008 포트의 `GET /primary`로 헬스 체크하는 HAProxy)')
    : pgFamily
    ? L(' — HAProxy with a check that asks each node whether it is the primary (`pg_is_in_recovery()` false)', '(예: 각 노드에 프라이머리인지(`pg_is_in_recovery()`가 false인지) 묻는 헬스 체크를 둔 HAProxy)')
    : L('', '');
  const who = [...new Set(callers.map((c) => `\`${c.name}\``))].join(', ');
  return nodeFinding(
    'manual-failover',
    sb,
    L(
      `${product} promotes \`${sb.name}\` by itself, but nothing in the design moves the applications to it: ${who} call${callers.length > 1 ? '' : 's'} \`${p.name}\` at its own address, and ${product} leaves moving them to you. Put a proxy that follows the primary between them${proxyNote.en} (\`${proxy}\`, \`${callers[0]!.name} -> db-proxy\`, \`db-proxy -> ${p.name}\`, \`db-proxy -> ${sb.name}\`), or have ${product}'s ${patroni ? 'callback (`on_role_change`) or vip-manager' : 'hook'} move a virtual IP or a DNS name with the primary (write \`vip\` on \`${sb.name}\`)${pgFamily ? ', or list both hosts in the connection string with `target_session_attrs=read-write`' : ''}. Without any of these, the applications keep calling the dead primary after the promotion; the figures here assume they follow it.`,
      `${josa(product, '이/가')} \`${sb.name}\` 노드를 스스로 승격하지만, 설계에는 애플리케이션을 그쪽으로 옮기는 것이 없습니다. ${who} 노드는 \`${p.name}\`의 고정 주소로 직접 접속하는데, ${product} 자체는 애플리케이션의 접속 경로를 바꿔 주지 않습니다(가상 IP나 DNS 이동은 ${josa(HOOKS[product] ?? '훅 스크립트', '으로/로')} 직접 구성해야 합니다). 프라이머리를 따라가는 프록시${proxyNote.ko}를 사이에 두거나(\`${proxy}\`, \`${callers[0]!.name} -> db-proxy\`, \`db-proxy -> ${p.name}\`, \`db-proxy -> ${sb.name}\`), ${patroni ? 'Patroni의 콜백(`on_role_change`)이나 vip-manager가' : `${product}의 훅이`} 프라이머리와 함께 가상 IP나 DNS 이름을 옮기게 하세요(\`${sb.name}\`에 \`vip\`로 적음)${pgFamily ? '. 연결 문자열에 두 호스트를 모두 적고 `target_session_attrs=read-write`를 쓰는 방법도 있습니다' : ''}. 이 중 하나도 없으면 승격 뒤에도 애플리케이션이 죽은 프라이머리를 계속 호출합니다. 여기 수치는 애플리케이션이 따라간다고 가정한 것입니다.`,
    ),
    { of: p.name, clients: callers.length },
  );
}

/**
 * A provider's database instance copying a server the user runs (an RDS instance replicating from an on-premises MySQL,
 * round 73c r04): only the provider's procedures stop its replication — no failover manager of the user's promotes it.
 */
function outsideCopy(sb: TopologyNode, p: TopologyNode): boolean {
  return sb.managed && !p.managed && sb.kind === 'database';
}

/** Whether a pair's two nodes are written in different regions (`region=` on each). */
function crossRegionPair(a: TopologyNode, b: TopologyNode): boolean {
  const ra = a.region;
  const rb = b.region;
  return ra !== null && rb !== null && ra !== rb;
}

/** What promotes a self-run standby by itself, by its product: a failover manager is what `failover=auto` stands for. */
function autoHow(sb: TopologyNode, p: TopologyNode): Localized {
  const e = `${textAttr(sb, 'engine') ?? ''} ${textAttr(p, 'engine') ?? ''}`.toLowerCase();
  // A provider's copy (a Cloud SQL or RDS cross-region replica): no cluster manager of the user's can promote it — only the
  // provider's promotion call, made by a person or by automation of the user's own on an alarm (round 83 r04).
  // (A provider's cache whose replica in the same region is promoted by hand — ElastiCache with automatic failover off: the
  // service's own setting promotes it; round 89b r09 was told of cross-region replicas and Cloud SQL.)
  if ((sb.managed || p.managed) && sb.kind === 'cache' && !crossRegionPair(sb, p))
    return L(
      "turn on the service's automatic failover (ElastiCache and MemoryDB: Multi-AZ with automatic failover; Azure Cache and Memorystore Standard fail over by themselves)",
      '서비스의 자동 페일오버를 켜고(ElastiCache·MemoryDB: 자동 페일오버를 켠 다중 AZ, Azure Cache와 Memorystore Standard는 스스로 페일오버)',
    );
  // A copy of files or objects (a NAS copied to another array or to a bucket): nothing is promoted — the clients are moved to
  // the copy (round 98 r01 was told of cross-region replicas and Cloud SQL).
  if (sb.kind === 'storage')
    return L(
      'have automation of your own move the clients to the copy on the monitor\'s alarm (mount its share, or switch the name they use, once its data is usable), rehearse it',
      '모니터 알람으로 클라이언트를 사본으로 옮기는 자동화를 직접 만들고(사본의 공유를 마운트하거나 클라이언트가 쓰는 이름을 바꾸며, 사본의 데이터를 바로 쓸 수 있어야 합니다) 연습한 뒤',
    );
  if (sb.managed || p.managed)
    return L(
      "have automation of your own call the provider's promotion on the monitor's alarm (a cross-region replica is promoted by that call only; Cloud SQL Enterprise Plus also offers a managed cross-region failover, still started by you), rehearse it",
      '모니터 알람으로 제공자의 승격 API를 호출하는 자동화를 직접 만들고(리전 간 복제본은 그 호출로만 승격됩니다. Cloud SQL Enterprise Plus의 관리형 리전 간 페일오버도 시작은 사용자가 합니다) 연습한 뒤',
    );
  // MariaDB has no Group Replication, so no InnoDB Cluster: its own monitor, MaxScale's auto_failover (round 60 r01).
  if (/maria/.test(e))
    return L(
      'run a failover manager that promotes it and moves the clients — MariaDB MaxScale with `auto_failover` (`engine=maxscale` in front of the pair), or MHA with a VIP its hook moves — with fencing of the old primary; or a Galera cluster',
      '승격하고 클라이언트도 옮겨 주는 페일오버 관리자를 두고(쌍 앞에 `auto_failover`를 켠 MariaDB MaxScale: `engine=maxscale`, 또는 훅이 옮기는 VIP와 함께 MHA. 아니면 Galera 클러스터) 옛 프라이머리를 펜싱한 뒤',
    );
  if (/mysql|percona/.test(e))
    return L(
      'run a failover manager that promotes it and moves the clients — orchestrator or MHA (`engine=orchestrator` on the standby) with a VIP or proxy its hook moves, or MySQL InnoDB Cluster — with fencing of the old primary',
      '승격하고 클라이언트도 옮겨 주는 페일오버 관리자를 두고(orchestrator나 MHA: 대기 노드에 `engine=orchestrator`, 훅이 옮기는 VIP나 프록시와 함께, 또는 MySQL InnoDB Cluster) 옛 프라이머리를 펜싱한 뒤',
    );
  if (/postgres|pg\b|repmgr/.test(e))
    return L(
      'run a failover manager that promotes it — Patroni on etcd (`engine=patroni`), or repmgr with a witness — with the clients reaching the primary through something that follows it',
      '승격을 맡는 페일오버 관리자를 두고(etcd 위의 Patroni: `engine=patroni`, 또는 감시 노드를 둔 repmgr) 클라이언트가 프라이머리를 따라가는 것을 거쳐 접속하게 한 뒤',
    );
  return L(
    'let a cluster manager promote it (Pacemaker with fencing, or the product\'s own failover)',
    '클러스터 관리자가 승격하게 하고(펜싱을 갖춘 Pacemaker, 또는 제품의 자체 페일오버)',
  );
}

/** A SQL Server standby fed by log shipping: asynchronous and minutes behind (`lag=` of a minute or more). */
export function sqlLogShipping(sb: TopologyNode, p: TopologyNode | undefined): boolean {
  const sql = (n: TopologyNode | undefined): boolean => !!n && SQLSERVER_ENGINES.has((textAttr(n, 'engine') ?? '').toLowerCase());
  const lag = sb.attrs.get('lag')?.value;
  return (sql(sb) || sql(p)) && textAttr(sb, 'replication') === 'async' && !!lag && lag.type === 'duration' && lag.seconds >= 60;
}

/** The queue a node consumes when queues are all that reach it (a consumer: its loss delays processing, fails no request); else null. */
function consumerOf(design: Design, name: string): string | null {
  const from = designCallersOf(design, name);
  return from.length && from.every((n) => n.kind === 'queue') ? from[0]!.name : null;
}


/**
 * A clustered primary (an Oracle RAC, any primary of 2+ instances) whose instances all keep their data on one storage node
 * with no copy of it in the primary's region: that array's loss waits for the same promotion — the instances cover a lost
 * server, not the array (round 115c r05: the VMAX under both RAC nodes was named nowhere).
 */
function withSharedArray(design: Design, p: TopologyNode, sb: TopologyNode, msg: Localized): Localized {
  const region = regionOf(design, p);
  const arrays = design.edges.filter((e) => e.from === p.name).map((e) => design.nodes.get(e.to)).filter((n): n is TopologyNode => !!n && n.kind === 'storage' && !n.of);
  // (Not an array the standby mounts too — a shared-disk pair: its loss takes both.)
  const bare = [...new Set(arrays)].filter((a) => instanceCount(a) === 1 && !design.edges.some((e) => e.from === sb.name && e.to === a.name) && ![...design.nodes.values()].some((c) => c.of === a.name && regionOf(design, c) === region));
  if (!bare.length) return msg;
  const names = bare.map((a) => `\`${a.name}\``).join(', ');
  const last = bare[bare.length - 1]!.name;
  // (A single primary on one array — round 117 r04: any fault of the array, not only of its disks, is then the disaster
  // failover across the sites.)
  const raid = bare.some((a) => textAttr(a, 'raid') !== null);
  if (instanceCount(p) < 2)
    return L(
      `${msg.en} The same wait follows the loss of ${names}, the one storage \`${p.name}\` keeps its data on at its site${raid ? ': RAID covers its disks, not its controllers, enclosure or firmware' : ''} — a second array replicated synchronously, or a local standby on storage of its own, would keep such a fault inside the site.`,
      `${msg.ko} ${bare.length > 1 ? `${bare.slice(0, -1).map((a) => `\`${a.name}\``).join(', ')}, ` : ''}${codeJosa(last, '을/를')} 잃어도 같은 시간을 기다립니다. ${codeJosa(p.name, '이/가')} 그 사이트에서 데이터를 두는 스토리지가 이것 하나뿐이기 때문입니다${raid ? '(RAID는 디스크를 지킬 뿐 컨트롤러, 인클로저, 펌웨어는 지키지 못합니다)' : ''}. 동기로 복제되는 두 번째 스토리지나 자체 스토리지를 쓰는 사이트 안의 대기 노드가 있으면 그런 장애를 사이트 안에서 처리합니다.`,
    );
  return L(
    `${msg.en} The same wait follows the loss of ${names}: the one storage under every instance of \`${p.name}\`, whose ${instanceCount(p)} instances cover a lost server, not the array.`,
    `${msg.ko} ${bare.length > 1 ? `${bare.slice(0, -1).map((a) => `\`${a.name}\``).join(', ')}, ` : ''}${codeJosa(last, '을/를')} 잃어도 같은 시간을 기다립니다. \`${p.name}\`의 인스턴스 ${instanceCount(p)}개가 모두 이 스토리지 하나를 쓰므로, 인스턴스가 여럿이어도 막아 주는 것은 서버 장애뿐입니다.`,
  );
}

/**
 * manual-failover for a standby across sites: the wait, and — when the primary is lost alone — the callers at the primary's
 * site that the manual step is taken to repoint (`far`: every caller but a monitor, each once).
 */
function farSiteMessage(why: Localized, p: string, sb: string, wait: string, secs: number, far: string[], clusterSet = false, logShipping = false, replicaSet = false): Localized {
  const list = far.map((c) => `\`${c}\``).join(', ');
  // An InnoDB ReplicaSet (or a MySQL pair behind MySQL Router, which needs its metadata): no automatic failover to turn on —
  // a person switches the primary in MySQL Shell and Router follows it (round 92c r01 was offered a witness or fencing).
  if (replicaSet)
    return L(
      `${why.en}: when \`${p}\` fails, everything that needs it fails until someone notices and promotes \`${sb}\` — about ${wait}${far.length ? `; when \`${p}\` is lost alone, that step is taken to include pointing ${list} at \`${sb}\`` : ''}. An InnoDB ReplicaSet never fails over by itself: a person runs \`ReplicaSet.forcePrimaryInstance()\` (\`setPrimaryInstance()\` for a planned switch) and MySQL Router follows the new primary from the metadata. For an automatic failover use InnoDB Cluster (Group Replication, \`engine=innodb-cluster replicas=3\`); otherwise rehearse the switch and write its time as \`promote=\`.`,
      `${why.ko}. \`${p}\`에 장애가 나면 누군가 알아채고 ${codeJosa(sb, '을/를')} 승격할 때까지(약 ${koDuration(secs)}) ${codeJosa(p, '을/를')} 쓰는 요청은 모두 실패합니다.${far.length ? ` \`${p}\`만 잃은 경우 이 절차에 ${list}의 접속 대상을 ${codeJosa(sb, '으로/로')} 바꾸는 일도 들어 있다고 봅니다.` : ''} InnoDB ReplicaSet은 스스로 페일오버하지 않습니다. 사람이 \`ReplicaSet.forcePrimaryInstance()\`(계획된 전환은 \`setPrimaryInstance()\`)를 실행하면 MySQL Router가 메타데이터를 보고 새 프라이머리를 따라갑니다. 자동 페일오버가 필요하면 InnoDB Cluster(Group Replication, \`engine=innodb-cluster replicas=3\`)를 쓰고, 아니면 전환을 훈련해 그 시간을 \`promote=\`로 적으세요.`,
    );
  // SQL Server log shipping fails over by hand only ("Fail over to a log shipping secondary"); an availability group is
  // what fails over by itself (round 91 r05: `failover=auto` with a witness was offered).
  if (logShipping)
    return L(
      `${why.en}: when \`${p}\` fails, everything that needs it fails until someone notices and brings the log shipping secondary online — about ${wait}${far.length ? `; when \`${p}\` is lost alone, that step is taken to include pointing ${list} at \`${sb}\`` : ''}. Log shipping never fails over by itself: for an automatic failover use an Always On availability group (synchronous commit with automatic failover, a file share or cloud witness: \`replication=sync failover=auto witness=\`); otherwise rehearse the switch and write its time as \`promote=\`.`,
      `${why.ko}. \`${p}\`에 장애가 나면 누군가 알아채고 로그 전달 보조 서버를 온라인으로 올릴 때까지(약 ${koDuration(secs)}) ${codeJosa(p, '을/를')} 쓰는 요청은 모두 실패합니다.${far.length ? ` \`${p}\`만 잃은 경우 이 절차에 ${list}의 접속 대상을 ${codeJosa(sb, '으로/로')} 바꾸는 일도 들어 있다고 봅니다.` : ''} 로그 전달은 스스로 페일오버하지 않습니다. 자동 페일오버가 필요하면 Always On 가용성 그룹(동기 커밋과 자동 페일오버, 파일 공유나 클라우드 감시: \`replication=sync failover=auto witness=\`)을 쓰고, 아니면 전환을 훈련해 그 시간을 \`promote=\`로 적으세요.`,
    );
  // InnoDB ClusterSet never fails over to a replica cluster by itself (MySQL Shell manual, InnoDB ClusterSet limitations):
  // no `failover=auto` to offer, only the rehearsed emergency failover (round 46b r05).
  if (clusterSet)
    return L(
      `${why.en}: when \`${p}\` fails, everything that needs it fails until someone notices and promotes the replica cluster — about ${wait}${far.length ? `; when \`${p}\` is lost alone, that step is taken to include pointing ${list} at \`${sb}\` across the sites` : ''}. InnoDB ClusterSet never fails over to a replica cluster by itself (a failover can lose the transactions not yet replicated, so an administrator decides): rehearse the emergency failover (\`clusterSet.forcePrimaryCluster()\`) and write its time as \`promote=\`.`,
      `${why.ko}. \`${p}\`에 장애가 나면 누군가 알아채고 복제 클러스터를 승격시킬 때까지(약 ${koDuration(secs)}) ${codeJosa(p, '을/를')} 쓰는 요청은 모두 실패합니다.${far.length ? ` \`${p}\`만 잃은 경우 이 절차에 ${list}의 접속 대상을 사이트 너머의 ${codeJosa(sb, '으로/로')} 바꾸는 일도 들어 있다고 봅니다.` : ''} InnoDB ClusterSet은 복제 클러스터로 스스로 페일오버하지 않습니다(아직 복제되지 않은 트랜잭션을 잃을 수 있어 관리자가 결정합니다). 긴급 페일오버(\`clusterSet.forcePrimaryCluster()\`)를 훈련하고 그 시간을 \`promote=\`로 적으세요.`,
    );
  return L(
    `${why.en}: when \`${p}\` fails, everything that needs it fails until someone notices and promotes the standby — about ${wait}${far.length ? `; when \`${p}\` is lost alone, that step is taken to include pointing ${list} at \`${sb}\` across the sites (a connection string or DNS name changed — nothing in the design does it)` : ''}. To promote it as soon as the failure is detected (\`failover=auto\`), let a third party decide across the sites (\`witness=\`, or fencing), or a link failure promotes it too (split brain); otherwise keep it manual and rehearse the switch (\`promote=\` your drill time).`,
    `${why.ko}. \`${p}\`에 장애가 나면 누군가 알아채고 대기 노드를 승격시킬 때까지(약 ${koDuration(secs)}) ${codeJosa(p, '을/를')} 쓰는 요청은 모두 실패합니다.${far.length ? ` \`${p}\`만 잃은 경우 이 절차에 ${list}의 접속 대상을 사이트 너머의 ${codeJosa(sb, '으로/로')} 바꾸는 일(접속 문자열이나 DNS 이름 변경 — 설계에는 이를 해 주는 것이 없음)도 들어 있다고 봅니다.` : ''} 장애를 감지하자마자 승격하려면(\`failover=auto\`) 사이트 밖의 제3자가 판단하게 하세요(\`witness=\`나 펜싱). 그렇지 않으면 회선 장애만으로도 승격되어 스플릿 브레인이 납니다. 아니면 수동으로 두고 전환을 훈련하세요(\`promote=\`에 훈련에서 잰 시간).`,
  );
}

/**
 * A database keeping its data on the array `disk` whose standby keeps its data on the array's copy `copy` (the model's
 * drDeclaredWith): losing the array promotes that standby on the copy, as for the database's own loss.
 */
function drDatabase(design: Design, disk: string, copy: string): { db: string; standby: string } | null {
  for (const e of design.edges) {
    if (e.to !== disk || design.nodes.get(e.from)?.kind !== 'database') continue;
    for (const o of design.nodes.values())
      if (o.of === e.from && o.role === 'standby' && o.kind === 'database' && design.edges.some((f) => f.from === o.name && f.to === copy)) return { db: e.from, standby: o.name };
  }
  return null;
}
