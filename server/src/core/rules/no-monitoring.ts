import { capacityOf } from '../model/capacity';
import { monitorDelay, watchers } from '../model/monitoring';
import { namesAttr } from '../syntax/attrs';
import { backupInterval, copiesThroughDatabases, oneZoneClass, replicatedStorage } from '../model/durability';
import { DEFAULTS } from '../model/defaults';
import { survivesFirstLoss } from '../model/groups';
import { buildModel, failoverMode, jobBrokers, providerPromotes } from '../model/request-graph';
import { L, koDuration, nameList, nodeFinding, textAttr } from './facts';
import { goalFinding } from './goal-common';
import { holdsData } from './missing-replica';
import type { Rule } from './rule';
import { regionOf } from './single-zone';
import { codeJosa, josa } from '../shared/josa';
import type { Finding, Localized, TopologyNode } from '../syntax/ast';
import { formatDuration } from '../syntax/values';

/**
 * A design with a goal and nothing watching its data (failure-model §7): a
 * failure is known only when users report it, and a manual promotion starts
 * that late.
 */
export const noMonitoring: Rule<'no-monitoring'> = {
  id: 'no-monitoring',
  check({ design, facts }) {
    if (!design.goal) return [];
    // The data itself: databases, storage, queues and caches that hold data of their own (a session store, a cache written
    // as the data of record); a copy is watched through them.
    // (Not a provider's object store that keeps its copies over zones — an S3 bucket of snapshots: nothing of ours fails
    // over there, and no spare of it is ours to lose; round 89b r10.)
    const owners = facts.nodes.filter((n) => (n.kind === 'database' || n.kind === 'storage' || n.kind === 'queue' || n.kind === 'cache') && holdsData(facts, n) && !(n.kind === 'storage' && n.managed && replicatedStorage(n) && !oneZoneClass(n)));
    if (!owners.length) return [];
    // A replicated database's disks are watched through the database: their loss shows as its failure.
    // Listed in a monitor's `watches=` (or a copy of it, or the node it copies): a check of a caller (the site's URL) sees
    // only what fails its requests — not a lost standby, replication stopping or a failed backup (round 39b: the rule's
    // page says "that no monitor lists").
    const direct = watchers(design);
    const listedSet = new Set(direct.keys());
    for (const c of facts.nodes) {
      if (c.of === null) continue;
      if (direct.has(c.name)) listedSet.add(c.of);
      if (direct.has(c.of)) listedSet.add(c.name);
    }
    const listed = (name: string): boolean => listedSet.has(name);
    // (A cache — a session store — is watched through its callers' checks: what it holds is short-lived. Not a job broker:
    // its workers stopping or its jobs piling up fail no request a caller's check makes — round 114b r07, a BullMQ Redis.)
    const watched = (n: TopologyNode): boolean =>
      listed(n.name) ||
      (n.kind === 'cache' && !jobBrokers(design).has(n.name) && monitorDelay(design, n.name) !== null) ||
      (copiesThroughDatabases(design, n).length > 0 && design.edges.some((e) => e.to === n.name && monitorDelay(design, e.from) !== null));
    // (Not a node connected to nothing, copying nothing: unconnected-node says its failure changes nothing — round 93b r03.)
    const inEdge = new Set(design.edges.flatMap((e) => [e.from, e.to]));
    const connected = (n: TopologyNode): boolean => inEdge.has(n.name) || n.of !== null || (facts.copies.get(n.name) ?? []).length > 0 || facts.sessionUsers.has(n.name);
    const unwatched = owners.filter((n) => !watched(n) && connected(n));
    // A disaster-recovery copy promoted by hand, away from its primary, that no monitor lists while its primary is listed:
    // a stopped standby or a stalled apply fails no request, so it is found the day it is needed (round 45 r04).
    const drFindings: Finding[] = [];
    const ownerSet = new Set(owners);
    const m = buildModel(design);
    for (const c of facts.nodes) {
      if (c.role !== 'standby' || c.of === null || direct.has(c.name) || !direct.has(c.of)) continue;
      const p = design.nodes.get(c.of);
      if (!p || !ownerSet.has(p) || failoverMode(c, design) === 'auto' || providerPromotes(design, c)) continue;
      const apart = (c.zones.length > 0 && p.zones.length > 0 && !c.zones.some((z) => p.zones.includes(z))) || (c.region !== null && p.region !== null && c.region !== p.region);
      if (!apart) continue;
      // (A provider's copy in another region that a person promotes — an Aurora global database's secondary — can stop
      // replicating or fall behind unseen too: its lag is the user's to watch; round 125 r05. In the same region the
      // provider's own replicas are its to watch.)
      if (c.managed && (regionOf(design, c) === null || regionOf(design, c) === regionOf(design, p))) continue;
      // The primary's only synchronous standby (PostgreSQL waits for it on every commit): its stop fails writes at once, so
      // users notice that — what the monitor would add is knowing why (round 53 r02: "fails no request" said of it).
      const pi = m.byName.get(p.name);
      // (Not a standby on the primary's own disk — a regional disk force-attached by a person: there is no copy to fall
      // behind, nor replication to watch; round 90b r01.)
      if (pi !== undefined && m.nodes[pi]!.takeovers.some((t) => t.by === m.byName.get(c.name) && t.replication === 'shared')) continue;
      const blocks = pi !== undefined && m.nodes[pi]!.syncWait === m.byName.get(c.name);
      const head = L(
        `No monitor lists \`${c.name}\`, the copy of \`${c.of}\` a person promotes in a disaster: the monitor of \`${c.of}\` does not see it stop or fall behind`,
        `재해 때 사람이 승격할 \`${c.of}\`의 복제본 ${josa(`\`${c.name}\``, '을/를')} \`watches=\`에 적은 모니터가 없습니다. \`${c.of}\`의 모니터로는 이 복제본이 멈추거나 뒤처지는 것을 알 수 없`,
      );
      drFindings.push(
        nodeFinding(
          'no-monitoring',
          c,
          blocks
            ? L(
                `${head.en}. As \`${c.of}\`'s only synchronous standby, its stop blocks every commit at once: users report that, but nothing tells anyone why, and the diagnosis eats into the outage. Add it to a monitor's \`watches=\`.`,
                `${head.ko}습니다. \`${c.of}\`의 유일한 동기 대기 노드라 멈추면 모든 커밋이 바로 막힙니다. 사용자가 알려 오겠지만 원인을 알려 주는 것이 없어, 원인을 찾는 동안 장애가 길어집니다. 모니터의 \`watches=\`에 넣으세요.`,
              )
            : L(
                `${head.en} (a stopped standby, a broken redo or WAL shipping fails no request), so that is found the day it is needed, with the copy days behind or unusable. Add it to a monitor's \`watches=\` and alert on its replication lag.`,
                `${head.ko}어(대기 노드가 멈추거나 리두·WAL 전송이 끊겨도 요청은 실패하지 않습니다) 정작 필요한 날에야 며칠 뒤처졌거나 쓸 수 없다는 것을 알게 됩니다. 모니터의 \`watches=\`에 넣고 복제 지연에 알림을 거세요.`,
              ),
          { dr: true },
        ),
      );
    }
    // A lone witness an automatic failover needs (an Oracle fast-start failover observer, a repmgr or Pacemaker witness),
    // in a design whose monitor lists the pair but not it: its loss fails no request, so nobody learns of it — until the
    // primary fails and the standby cannot take over without a person (Oracle: "a fast-start failover cannot be initiated
    // in the absence of an observer", DBMS_DG.STOP_OBSERVER; round 63 r07).
    if (direct.size) {
      const said = new Set<number>();
      for (const s of m.nodes) {
        for (const t of s.takeovers) {
          if (t.manual || t.witness < 0 || said.has(t.witness)) continue;
          const w = m.nodes[t.witness]!;
          const by = m.nodes[t.by]!;
          if (w.instances >= 2 || w.ignored || listed(w.name) || monitorDelay(design, w.name) !== null) continue;
          if (!direct.has(s.name) && !direct.has(by.name)) continue;
          // (Not a Windows cluster of three nodes or more — a SQL Server availability group with two secondaries: dynamic
          // quorum keeps a majority of the nodes without the witness, and the failover goes on; round 96 r07.)
          if (/sql-?server|mssql|ms-sql/i.test(textAttr(by.node, 'engine') ?? textAttr(s.node, 'engine') ?? '') && s.takeovers.filter((x) => !x.peer).length >= 2) continue;
          said.add(t.witness);
          const oracle = /oracle/i.test(textAttr(by.node, 'engine') ?? textAttr(s.node, 'engine') ?? '');
          drFindings.push(
            nodeFinding(
              'no-monitoring',
              w.node,
              L(
                `No monitor lists \`${w.name}\`, the ${oracle ? 'observer' : 'witness'} whose vote \`${by.name}\` needs to take over from \`${s.name}\` by itself: its loss fails no request, so nobody learns of it — until \`${s.name}\` fails and \`${by.name}\` cannot take over without a person. Add it to a monitor's \`watches=\`${oracle ? ', or register a second observer elsewhere (fast-start failover takes several observers since 12.2 and moves to another when one is lost)' : ''}.`,
                `${codeJosa(by.name, '이/가')} \`${s.name}\` 대신 스스로 넘겨받으려면 ${oracle ? '옵저버' : '위트니스'} ${josa(`\`${w.name}\``, '이/가')} 필요한데, 이를 \`watches=\`에 적은 모니터가 없습니다. 이 노드가 멈춰도 실패하는 요청이 없어 아무도 모르다가, \`${s.name}\`에 장애가 나면 그제야 사람 없이는 넘겨받지 못한다는 것을 알게 됩니다. 모니터의 \`watches=\`에 넣으세요${oracle ? '. 다른 곳에 옵저버를 하나 더 등록해도 됩니다(12.2부터 옵저버를 여럿 둘 수 있고, 하나를 잃으면 다른 옵저버가 이어받습니다)' : ''}.`,
              ),
              { witness: true },
              undefined,
              'info',
            ),
          );
        }
      }
    }
    // Every monitor listing a data node run in the one zone that node runs in: the zone's loss takes the watchers with it,
    // and the loss is known when users report it — the run counts that (round 114c r04: nothing said so).
    const fateSaid = new Set<string>();
    for (const n of owners) {
      if (n.zones.length !== 1) continue;
      const z = n.zones[0]!;
      const mons = facts.nodes.filter((x) => x.kind === 'monitor' && namesAttr(x, 'watches').includes(n.name));
      if (!mons.length || !mons.every((x) => x.zones.length > 0 && x.zones.every((y) => y === z))) continue;
      const key = `${mons.map((x) => x.name).join(',')} ${z}`;
      if (fateSaid.has(key)) continue;
      fateSaid.add(key);
      const who = nameList(mons.map((x) => x.name));
      drFindings.push(
        nodeFinding(
          'no-monitoring',
          mons[0]!,
          L(
            `Every monitor that lists \`${n.name}\` (${who.en}) runs in zone \`${z}\`, where \`${n.name}\` runs: losing that zone loses them with it, and the failure is known only when users report it (${formatDuration(DEFAULTS.unnoticed)}, as the simulation counts it) — whatever waits for someone to know starts that much later. Run a monitor outside zone \`${z}\` that lists it.`,
            `${codeJosa(n.name, '을/를')} 감시하는 모니터(${who.ko})가 모두 ${codeJosa(n.name, '와/과')} 같은 \`${z}\` 존에 있습니다. 그 존을 잃으면 모니터도 함께 잃어 사용자 신고가 있어야 장애를 알고(${koDuration(DEFAULTS.unnoticed)}, 시뮬레이션 기준), 누군가 알아야 시작되는 일은 그만큼 늦어집니다. \`${z}\` 존 밖에 이 노드를 감시하는 모니터를 두세요.`,
          ),
          { node: n.name, zone: z, monitors: mons.map((x) => x.name) },
          undefined,
          'info',
        ),
      );
    }
    if (!unwatched.length) return drFindings;
    const late = L(formatDuration(DEFAULTS.unnoticed), koDuration(DEFAULTS.unnoticed));
    const anyMonitor = facts.nodes.some((n) => n.kind === 'monitor');
    if (!anyMonitor || (unwatched.length === owners.length && unwatched.every((n) => monitorDelay(design, n.name) === null))) {
      const names = nameList(unwatched.map((n) => n.name));
      // What waits for someone to know: a manual promotion, a restore from backup, or nothing (a copy that takes over by itself).
      const copies = (n: { name: string }) => (facts.copies.get(n.name) ?? []).filter((c) => c.role === 'standby' || c.role === 'replica');
      // A standby promoted by hand, or only read replicas (a person must promote one).
      const manual = unwatched.some((n) => {
        const cs = copies(n);
        const byHand = (c: (typeof cs)[number]): boolean => textAttr(c, 'failover') === 'manual' || (failoverMode(c, design) !== 'auto' && !n.managed);
        return cs.some((c) => c.role === 'standby' && byHand(c)) || (cs.length > 0 && !n.managed && !cs.some((c) => c.role === 'standby'));
      });
      const restore = unwatched.some((n) => !copies(n).length && n.replicas < 2 && backupInterval(n) !== null);
      const assumed = josa(late.ko, '으로/로');
      // Something that fails over by itself: a standby (not by hand), a managed service, a cluster of instances.
      // (Not a group that stops without the lost instance — a two-node Galera cluster: nothing fails over there. Round 45 r03.)
      const keepsServing = (n: TopologyNode): boolean => {
        const i = m.byName.get(n.name);
        const g = i === undefined ? null : m.nodes[i]!.group;
        return g === null || survivesFirstLoss(g, m.horizon);
      };
      // (Or anything the model has taking over by itself: a second primary whose moving address follows it — round 47 r01.)
      const takesOver = (n: TopologyNode): boolean => {
        const i = m.byName.get(n.name);
        return i !== undefined && m.nodes[i]!.takeovers.some((k) => !k.manual);
      };
      // A managed single instance nothing fails over (an RDS Single-AZ instance, its read replicas promoted by hand only):
      // the provider restarts or replaces it by itself — no failover, no spare to lose (round 55 r04).
      const repairedOnly = (n: TopologyNode): boolean => {
        const i = m.byName.get(n.name);
        const s = i === undefined ? null : m.nodes[i]!;
        return n.managed && s !== null && s.restoreBy !== 'failover' && s.instances < 2 && s.group === null && !copies(n).some((c) => c.role === 'standby') && !takesOver(n);
      };
      // (Nor keys sharded one instance per shard: a lost shard is no spare lost — round 86 r10.)
      const oneCopyShards = (n: TopologyNode): boolean => {
        const i = m.byName.get(n.name);
        if (i === undefined) return false;
        const S = capacityOf(m)[i]!.shards;
        return S > 1 && S >= m.nodes[i]!.instances;
      };
      const auto = unwatched.some((n) => (n.managed && !repairedOnly(n)) || (n.replicas >= 2 && keepsServing(n) && !oneCopyShards(n)) || copies(n).some((c) => c.role === 'standby') || takesOver(n));
      const providerRepair = unwatched.some(repairedOnly);
      const then = manual
        ? L(' — and a manual promotion starts only then', `알게 되고(시뮬레이션은 ${assumed} 가정), 수동 승격도 그제야 시작합니다`)
        : restore
          ? L(' — and a restore from backup starts only then', `알게 되고(시뮬레이션은 ${assumed} 가정), 백업 복구도 그제야 시작합니다`)
          : providerRepair && !auto
          ? unwatched.some((n) => repairedOnly(n) && copies(n).length > 0)
            ? L('; nothing fails over — the provider restarts or replaces the instance by itself, and a read replica is promoted only by a person, who learns of the loss only then', `알게 됩니다(시뮬레이션은 ${assumed} 가정). 페일오버는 없습니다. 제공자가 인스턴스를 스스로 재시작하거나 교체하고, 읽기 복제본은 사람이 승격해야 하는데 그 사람도 그제야 장애를 압니다`)
            : L('; nothing fails over — the provider restarts or replaces the instance by itself, and nobody knows meanwhile', `알게 됩니다(시뮬레이션은 ${assumed} 가정). 페일오버는 없습니다. 제공자가 인스턴스를 스스로 재시작하거나 교체하며, 그동안 아무도 모릅니다`)
          : auto
            ? L('; failover runs by itself, but nobody learns that the design has lost its spare', `알게 됩니다(시뮬레이션은 ${assumed} 가정). 페일오버는 저절로 되지만, 여분을 잃은 채 돌고 있다는 사실은 아무도 모릅니다`)
            : L('; nothing takes over for it, so how soon it comes back depends on someone noticing', `알게 됩니다(시뮬레이션은 ${assumed} 가정). 대신할 것이 없어 언제 돌아오는지는 누군가 알아채는 시점에 달려 있습니다`);
      return [
        goalFinding(
          design,
          'no-monitoring',
          L(
            `Nothing watches the data of this design (${names.en}): a failure is known only when users report it (the simulation assumes ${late.en})${then.en}. Add a monitor: \`alarms: monitor watches=${unwatched.map((n) => n.name).join(',')} interval=1m\`.`,
            `이 설계의 데이터(${names.ko})를 감시하는 것이 없습니다. 장애는 사용자가 알려 줄 때야 ${then.ko}. 모니터를 두세요: \`alarms: monitor watches=${unwatched.map((n) => n.name).join(',')} interval=1m\`.`,
          ),
          { nodes: unwatched.map((n) => n.name) },
        ),
        ...drFindings,
      ];
    }
    const out: Finding[] = [];
    for (const n of unwatched) {
      // Noticed through the check of something that calls it: said so (its requests failing are seen; the rest is not).
      const via = monitorDelay(design, n.name);
      if (via !== null) {
        // What fails no request, of what this node has: its copies, its backups, its own disks (a managed service's are the
        // provider's). Nothing of it (an S3 bucket with no copy or backup written): nothing to say (round 57b r02).
        const quiet: Localized[] = [];
        if ((facts.copies.get(n.name) ?? []).length) quiet.push(L('its standby or replica lost, replication stopped', '대기 노드나 복제본의 손실, 복제 중단'));
        if (backupInterval(n) !== null) quiet.push(L('a backup failing', '백업 실패'));
        if (n.kind === 'cache' && jobBrokers(design).has(n.name)) quiet.push(L('its workers stopping while the jobs pile up in it', '워커가 멈춘 채 작업이 쌓이는 것'));
        if (!n.managed) quiet.push(L('a disk filling', '디스크 포화'));
        if (!quiet.length) continue;
        out.push(
          nodeFinding(
            'no-monitoring',
            n,
            L(
              `No monitor lists \`${n.name}\` in \`watches=\`: a check of what calls it notices when its requests fail (${formatDuration(via)} here, as the simulation counts it), but not what fails no request — ${quiet.map((q) => q.en).join(', ')}. Add it to a monitor's \`watches=\`.`,
              `${josa(`\`${n.name}\``, '을/를')} \`watches=\`에 적은 모니터가 없습니다. 호출하는 쪽의 점검은 요청이 실패하면 알아채지만(여기서는 ${koDuration(via)}, 시뮬레이션도 그렇게 계산), 요청을 실패시키지 않는 장애 — ${quiet.map((q) => q.ko).join(', ')} — 는 알아채지 못합니다. 모니터의 \`watches=\`에 넣으세요.`,
            ),
            { via },
          ),
        );
        continue;
      }
      out.push(
        nodeFinding(
          'no-monitoring',
          n,
          L(
            `No monitor watches \`${n.name}\`: its failure is known only when users report it (the simulation assumes ${late.en}). Add it to a monitor's \`watches=\`.`,
            `${josa(`\`${n.name}\``, '을/를')} 감시하는 모니터가 없어 장애를 사용자 신고로만 알게 됩니다(시뮬레이션은 ${josa(late.ko, '으로/로')} 가정). 모니터의 \`watches=\`에 넣으세요.`,
          ),
          {},
        ),
      );
    }
    return [...out, ...drFindings];
  },
};
