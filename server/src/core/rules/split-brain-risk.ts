import { MYSQL_FAMILY } from '../model/replication';
import { ARBITER_ENGINES, engineOf, redisMode, votingType } from '../model/groups';
import type { TopologyNode } from '../syntax/ast';
import { failoverMode, fenced, instanceCount, parseRouteLabel } from '../model/request-graph';
import { timingsOf } from '../model/profiles';
import { calleesOf, edgesFromNode, L, nodeFinding, textAttr, type Facts } from './facts';
import type { Rule } from './rule';
import { codeJosa, josa } from '../shared/josa';
import { findingNode, fix, setAttr } from './fixes';

/** Altibase, as written in `engine=`. */
const ALTIBASE = /^altibase$/;

/** GlusterFS, as written in `engine=`. */
const GLUSTER_ENGINES = new Set(['glusterfs', 'gluster']);

/** HA managers that decide by membership heartbeats between the nodes themselves. */
// repmgrd: a standby that cannot reach its primary promotes itself; only a witness server (`witness=`) or fencing arbitrates.
// CUBRID HA: each cub_master fails over when the heartbeat messages stop, so an unstable link alone can cause it; the manual's
// remedy, `ha_ping_hosts`, is a third reference a node pings to tell whether it is the one cut off (`witness=`).
export const HEARTBEAT_ENGINES = new Set(['pacemaker', 'corosync', 'heartbeat', 'linux-ha', 'keepalived', 'vrrp', 'drbd', 'repmgr', 'repmgrd', 'cubrid']);

/**
 * Whether the pair visibly decides by heartbeat: a `heartbeat=` on it, a
 * heartbeat cluster manager (Pacemaker/Corosync, Heartbeat, keepalived), or
 * DRBD replication. A pair with `failover=auto` and none of these names no
 * mechanism at all; it is not guessed at.
 */
function decidesByHeartbeat(sb: TopologyNode, p: TopologyNode): boolean {
  // (Corosync's `two_node`, written `two-node`, is a heartbeat cluster by what it is — round 71c r05.)
  // (A second primary written failover=auto takes the writer address by itself — MMM's agent, keepalived — and fences
  // nothing: round 75 r04.)
  return sb.attrs.has('heartbeat') || p.attrs.has('heartbeat') || (sb.role === 'primary' && textAttr(sb, 'failover') === 'auto') || sb.attrs.has('two-node') || p.attrs.has('two-node') || HEARTBEAT_ENGINES.has(engineOf(sb)) || HEARTBEAT_ENGINES.has(engineOf(p)) || textAttr(sb, 'replication') === 'drbd';
}

/** Whether a node has a say beyond its own heartbeat: fencing, a coordinator, a witness. */
function arbitrated(n: TopologyNode): boolean {
  return fenced(n) || textAttr(n, 'coordinator') !== null || textAttr(n, 'witness') !== null;
}

/**
 * A primary/standby pair that fails over automatically on missed heartbeats
 * alone (failure-model §4): no fencing, no coordinating quorum group or
 * witness, no quorum engine, no HA manager that decides from outside the pair
 * (Patroni's DCS lock, orchestrator, a managed service). When only the link
 * between them fails, both serve and write: split brain.
 */
export const splitBrainRisk: Rule<'split-brain-risk'> = {
  id: 'split-brain-risk',
  check({ design, facts }) {
    const out = [];
    // The primaries a Pgpool-II of two or more nodes fronts (its watchdog decides their failover), once per design: a scan of
    // the edges per standby made the rule quadratic (10,000 nodes: 75 ms of a 350 ms analysis).
    let pgpoolFronted: Set<string> | null = null;
    const fronted = (name: string): boolean => {
      if (pgpoolFronted === null) {
        pgpoolFronted = new Set();
        for (const e of design.edges) {
          const from = design.nodes.get(e.from);
          if (from && /^pgpool/i.test(engineOf(from)) && (from.replicas ?? 1) >= 2) pgpoolFronted.add(e.to);
        }
      }
      return pgpoolFronted.has(name);
    };
    for (const sb of facts.nodes) {
      // (A second primary whose moving address follows it — keepalived over a MySQL master-master pair — the same: round 47
      // r02, the usual master-master note was silent.)
      const peer = sb.role === 'primary';
      if ((sb.role !== 'standby' && !peer) || !sb.of || sb.of === sb.name) continue;
      if (peer && sb.kind !== 'database') continue;
      // (Two primaries both written by design, their conflicts handled — `conflicts=home-region|merge|…`: both taking
      // writes is the design, not a split brain.)
      // (Only when each is written at its own address: a pair sharing one moving address is the keepalived case.)
      if (peer && (textAttr(sb, 'conflicts') !== null || textAttr(design.nodes.get(sb.of) ?? sb, 'conflicts') !== null) && [sb.name, sb.of].every((x) => design.edges.some((e) => e.to === x))) continue;
      // Servers decide by heartbeat too (Linux-HA, keepalived): they are a data risk when both mount one disk.
      const p = design.nodes.get(sb.of);
      if (!p) continue;
      const serving = sb.kind === 'web-server' || sb.kind === 'app-server' || sb.kind === 'service';
      // (So are they when the service keeps state of its own — a matching engine's order book: both sides act on it; round 68 r02.)
      const statefulServer = serving && (textAttr(sb, 'state') === 'stateful' || textAttr(p, 'state') === 'stateful');
      const diskServer = serving && sharedDisk(facts, sb.name, sb.of);
      if (sb.kind !== 'database' && sb.kind !== 'storage' && sb.kind !== 'cache' && !diskServer && !statefulServer) continue;
      // (Altibase servers a caller reaches both of — `app -> db-b : 장애 시`, its alternate server: the client's own
      // connection-time failover moves it, whatever the pair's `failover=` says; round 102c r05.)
      const callerOfBoth = ALTIBASE.test(engineOf(sb)) || ALTIBASE.test(engineOf(p)) ? design.edges.some((e) => e.to === sb.name && design.edges.some((f) => f.from === e.from && f.to === p.name)) : false;
      if (failoverMode(sb, design) !== 'auto' && !callerOfBoth) continue;
      // (Nor a pair that Pgpool-II fails over through its watchdog: it promotes by failover_command only with the watchdog's
      // quorum and consensus, and sends the writes to one primary — a cut link stops the failover; round 96 r03.)
      if (fronted(p.name)) continue;
      if (sb.managed || p.managed) continue;
      // repmgr with a witness but no fencing: the witness keeps a cut-off standby from promoting itself, but nothing stops
      // the old primary when it starts again — repmgr does not demote it ("no inbuilt automatic rejoin": `repmgr node
      // rejoin` by hand), so it runs as a second primary (repmgr docs, Concepts: fencing; round 103 r05).
      if (/^repmgrd?$/.test(engineOf(sb)) && textAttr(sb, 'witness') !== null && !fenced(sb) && !fenced(p)) {
        out.push(
          nodeFinding(
            'split-brain-risk',
            sb,
            L(
              `\`${sb.name}\`'s witness keeps it from promoting itself when only the link to \`${p.name}\` is cut, but nothing fences \`${p.name}\` after a failover: repmgr does not demote a former primary that starts again (a restarted server, a repaired host) — it runs as a primary until someone runs \`repmgr node rejoin\` — so whatever still connects to it writes to a second primary that diverges from \`${sb.name}\`. Fence it on promotion (a promote command that shuts it off or blocks it at the balancer: \`fencing=\`), or keep it from starting PostgreSQL on its own after a crash.`,
              `${codeJosa(sb.name, '은/는')} 감시(witness) 노드 덕분에 ${codeJosa(p.name, '와/과')}의 연결만 끊겼을 때 스스로 승격하지 않지만, 페일오버 뒤 ${codeJosa(p.name, '을/를')} 막는 것(펜싱)이 없습니다. repmgr는 다시 시작한 옛 프라이머리(재시작한 서버, 고친 호스트)를 내리지 않으므로, 누군가 \`repmgr node rejoin\`을 실행할 때까지 프라이머리로 동작합니다. 그사이 그쪽에 연결하는 것은 ${codeJosa(sb.name, '와/과')} 갈라지는 두 번째 프라이머리에 씁니다. 승격할 때 펜싱하거나(옛 프라이머리를 끄거나 로드밸런서에서 막는 promote 명령: \`fencing=\`), 장애 뒤 PostgreSQL이 스스로 시작하지 않게 하세요.`,
            ),
            { primary: p.name, returning: true },
            undefined,
            'info',
          ),
        );
        continue;
      }
      // MHA decides from outside the pair, but by default over one route (manager → master: `secondary_check_script` is
      // empty) and powers nothing off (`shutdown_script` is empty): a fault on that route alone is taken for the master's
      // death, and the old master, still reached by the applications, keeps taking writes beside the promoted one (MHA
      // wiki, Parameters: "checks only single route … not recommended"; round 107 r03).
      // (Whether or not its manager is written as `coordinator=`: naming where the one manager runs changes neither its single
      // route nor the missing shutdown script — round 111c r06. Fencing written is the shutdown script.)
      if ((/^mha(4mysql)?$/.test(engineOf(sb)) || /^mha(4mysql)?$/.test(engineOf(p))) && !fenced(sb) && !fenced(p)) {
        out.push(
          nodeFinding(
            'split-brain-risk',
            sb,
            L(
              `MHA decides \`${sb.name}\`'s promotion from outside the pair, but by default it checks \`${p.name}\` over one route only (manager → master; \`secondary_check_script\` is empty) and powers nothing off (\`shutdown_script\` is empty): a fault on that one route is taken for the master's death, and \`${p.name}\`, still up and still reached by the applications, keeps taking writes beside the promoted \`${sb.name}\`. Give MHA two more routes (\`secondary_check_script = masterha_secondary_check -s … -s …\`) and a shutdown script that powers the old master off through its management board (\`fencing=ipmi\` on \`${sb.name}\`).`,
              `MHA는 쌍 밖에서 \`${sb.name}\`의 승격을 결정하지만, 기본값으로는 ${codeJosa(p.name, '을/를')} 한 경로(관리자 → 마스터)로만 확인하고(\`secondary_check_script\` 비어 있음) 아무것도 끄지 않습니다(\`shutdown_script\` 비어 있음). 그 한 경로의 장애를 마스터의 죽음으로 보고 승격하면, 아직 살아서 애플리케이션이 닿는 \`${p.name}\`도 승격된 ${codeJosa(sb.name, '와/과')} 나란히 쓰기를 받습니다. MHA에 확인 경로를 둘 더 주고(\`secondary_check_script = masterha_secondary_check -s … -s …\`), 옛 마스터를 관리 보드로 끄는 shutdown 스크립트를 두세요(\`${sb.name}\`에 \`fencing=ipmi\`).`,
            ),
            { primary: p.name, mha: true },
            undefined,
            'info',
          ),
        );
        continue;
      }
      if (arbitrated(sb) || arbitrated(p)) continue;
      if (ARBITER_ENGINES.has(engineOf(sb)) || ARBITER_ENGINES.has(engineOf(p))) continue;
      if (votingType(sb) !== null || votingType(p) !== null) continue;
      if (redisMode(p) === 'sentinel' || redisMode(p) === 'cluster') continue;
      // A standby that takes over the primary's own disk (a SAN LUN under an active-standby cluster) needs the primary
      // off it first, whatever the cluster manager: a pair naming no mechanism is reported too. A Windows failover
      // cluster holds its shared disks by SCSI-3 persistent reservations and decides by its quorum: not concerned. (Storage
      // written as a shared pair is a dual-controller array, whose controllers arbitrate inside the array.)
      const shared = sb.kind === 'database' && sharesDisk(facts, sb, p) && !WINDOWS_CLUSTER.test(engineOf(sb)) && !WINDOWS_CLUSTER.test(engineOf(p));
      // Altibase: both servers of a replicated pair are writable databases, and each client picks one at connect time
      // (connection-time failover, AlternateServers) — a client cut off from the first writes to the second while others
      // keep writing the first (round 70c r03).
      const clientPicks = ALTIBASE.test(engineOf(sb)) || ALTIBASE.test(engineOf(p));
      if (!shared && !clientPicks && !decidesByHeartbeat(sb, p)) continue;
      if (clientPicks && !shared) {
        out.push(
          nodeFinding(
            'split-brain-risk',
            sb,
            L(
              `\`${sb.name}\` and \`${p.name}\` are both writable Altibase servers, and each client picks one when it connects (connection-time failover to its alternate servers): when only some clients lose \`${p.name}\` — a network partition, not a crash — they write to \`${sb.name}\` while the others go on writing to \`${p.name}\`, and the two diverge with no third party to stop it (Altibase's replication manual: on a network failure each side takes the other for failed). Fence \`${p.name}\` before clients may use \`${sb.name}\` (\`fencing=stonith\`), or let one decider send every client to one server (a cluster manager with a witness: \`witness=\`).`,
              `${codeJosa(sb.name, '와/과')} ${codeJosa(p.name, '은/는')} 둘 다 쓰기가 가능한 Altibase 서버이고, 클라이언트가 접속할 때 각자 하나를 고릅니다(연결 시점 페일오버, 대체 서버 목록). 서버가 죽지 않고 일부 클라이언트만 \`${p.name}\`에 닿지 못하는 네트워크 분리가 일어나면, 그 클라이언트는 \`${sb.name}\`에 쓰고 나머지는 계속 \`${p.name}\`에 써서 두 서버가 갈라지며, 이를 막을 제3자가 없습니다(Altibase 복제 매뉴얼: 네트워크 장애 때 양쪽이 서로를 장애로 봄). 클라이언트가 ${codeJosa(sb.name, '을/를')} 쓰기 전에 ${codeJosa(p.name, '을/를')} 펜싱하거나(\`fencing=stonith\`), 모든 클라이언트를 한 서버로 보내는 결정자(감시 노드를 둔 클러스터 관리자: \`witness=\`)를 두세요.`,
            ),
            { primary: p.name },
          ),
        );
        continue;
      }
      if (shared) {
        out.push(
          nodeFinding(
            'split-brain-risk',
            sb,
            L(
              `\`${sb.name}\` takes over \`${p.name}\`'s shared disk automatically, and nothing makes sure \`${p.name}\` has let go of it first — no fencing, no quorum device. When \`${p.name}\` is only unreachable (a cut heartbeat link, a hung server that wakes up again), both mount the same disk and write to it: the file system and the data on it are corrupted — worse than the diverging writes of a replicated pair, since the way back is the last backup. Fence the failed node before taking over (\`fencing=stonith\`: power it off, or SCSI-3 persistent reservations on the disk), or let a third voter decide (\`witness=\` a quorum device).`,
              `${josa(`\`${sb.name}\``, '은/는')} \`${p.name}\`의 공유 디스크를 자동으로 넘겨받는데, 그 전에 ${josa(`\`${p.name}\``, '이/가')} 디스크에서 확실히 떨어졌는지 보장하는 장치가 없습니다(펜싱도, 쿼럼 디바이스도 없음). ${josa(`\`${p.name}\``, '이/가')} 죽지 않고 연결만 끊긴 경우(하트비트 링크 단절, 멈췄다 다시 살아난 서버) 두 노드가 같은 디스크를 마운트해 함께 쓰게 되고, 그 위의 파일 시스템과 데이터가 깨집니다. 복제 구성에서 양쪽 쓰기가 갈라지는 것보다 나쁜 경우로, 마지막 백업으로 돌아가는 수밖에 없습니다. 넘겨받기 전에 장애 노드를 펜싱하거나(\`fencing=stonith\`: 전원 차단, 또는 디스크에 SCSI-3 Persistent Reservation), 세 번째 투표자가 결정하게 하세요(쿼럼 디바이스를 \`witness=\`로).`,
            ),
            { primary: p.name, sharedDisk: true },
          ),
        );
        continue;
      }
      out.push(
        nodeFinding(
          'split-brain-risk',
          sb,
          peer ? (MYSQL_FAMILY.has(engineOf(sb)) || MYSQL_FAMILY.has(engineOf(p)) ? L(
            `\`${sb.name}\` takes \`${p.name}\`'s address when it stops hearing its heartbeat, and nothing else has a say — no fencing, no third voter. When only the link between them fails, both hold the address: the callers' connections split between the two primaries and both take writes to the same data, which their replication cannot reconcile (MySQL stops replicating on the first conflicting row). Fence the failed node before taking the address (\`fencing=stonith\`), or let a third voter decide (\`witness=\`, or a manager that decides from outside the pair, such as orchestrator).`,
            `\`${sb.name}\` 노드는 \`${p.name}\` 노드의 하트비트가 끊기면 그 주소를 가져가는데, 그 판단에 다른 누구도 끼지 않습니다(펜싱도, 세 번째 투표자도 없음). 둘 사이의 링크만 끊겨도 양쪽이 모두 주소를 잡아, 호출하는 쪽의 연결이 두 프라이머리로 갈리고 양쪽이 같은 데이터에 쓰기를 받습니다. 복제로는 이것을 맞추지 못합니다(MySQL은 처음 충돌하는 행에서 복제를 멈춥니다). 주소를 가져가기 전에 장애 노드를 펜싱하거나(\`fencing=stonith\`), 세 번째 투표자가 결정하게 하세요(\`witness=\`, 또는 orchestrator처럼 쌍 밖에서 결정하는 관리자).`,
          ) : L(
            // (Not MySQL: its conflict handling and tools are not named for another product — round 88 r08, OpenLDAP MirrorMode.)
            `\`${sb.name}\` takes \`${p.name}\`'s address when it stops hearing its heartbeat, and nothing else has a say — no fencing, no third voter. When only the link between them fails, both hold the address: the callers' connections split between the two and both take writes to the same data, which diverge until someone reconciles them. Fence the failed node before taking the address (\`fencing=stonith\`), or let a third voter decide (\`witness=\`, or a manager that decides from outside the pair).`,
            `\`${sb.name}\` 노드는 \`${p.name}\` 노드의 하트비트가 끊기면 그 주소를 가져가는데, 그 판단에 다른 누구도 끼지 않습니다(펜싱도, 세 번째 투표자도 없음). 둘 사이의 링크만 끊겨도 양쪽이 모두 주소를 잡아, 호출하는 쪽의 연결이 둘로 갈리고 양쪽이 같은 데이터에 쓰기를 받아, 누군가 맞출 때까지 데이터가 서로 달라집니다. 주소를 가져가기 전에 장애 노드를 펜싱하거나(\`fencing=stonith\`), 세 번째 투표자가 결정하게 하세요(\`witness=\`, 또는 쌍 밖에서 결정하는 관리자).`,
          )) : serving && !diskServer ? L(
            `\`${sb.name}\` takes over from \`${p.name}\` when it stops hearing its heartbeat, and nothing else has a say — no fencing, no third voter. When only the link between them fails, both run the service, each with its own state (\`state=stateful\`): both act on the same work — a matching engine fills the same orders twice, a scheduler runs the same jobs — and their states diverge with no way to merge them. Fence the failed node before taking over (\`fencing=stonith\`), or let a third voter decide (\`witness=\`, or a lock in a quorum group: \`coordinator=\`).`,
            `\`${sb.name}\` 노드는 \`${p.name}\` 노드의 하트비트가 끊기면 넘겨받는데, 그 판단에 다른 누구도 끼지 않습니다(펜싱도, 세 번째 투표자도 없음). 둘 사이의 링크만 끊겨도 양쪽이 각자의 상태를 가진 채(\`state=stateful\`) 서비스를 올려 같은 일을 함께 처리합니다. 매칭 엔진이라면 같은 주문을 두 번 체결하고, 스케줄러라면 같은 작업을 두 번 돌리며, 갈라진 두 상태는 합칠 방법이 없습니다. 넘겨받기 전에 장애 노드를 펜싱하거나(\`fencing=stonith\`), 세 번째 투표자가 결정하게 하세요(\`witness=\`, 또는 쿼럼 그룹의 잠금: \`coordinator=\`).`,
          ) : serving ? L(
            `\`${sb.name}\` takes over from \`${p.name}\` when it stops hearing its heartbeat, and nothing else has a say — no fencing, no third voter. When only the link between them fails, both run the service and both mount the disk they share: a file system mounted read-write twice (ext4, XFS on a SAN LUN) is corrupted. Fence the failed node before taking over (\`fencing=stonith\`), or let a third voter decide (\`witness=\`).`,
            `\`${sb.name}\` 노드는 \`${p.name}\` 노드의 하트비트가 끊기면 넘겨받는데, 그 판단에 다른 누구도 끼지 않습니다(펜싱도, 세 번째 투표자도 없음). 둘 사이의 링크만 끊겨도 양쪽이 모두 서비스를 올리고 공유 디스크를 함께 마운트합니다. 두 곳에서 읽기·쓰기로 마운트한 파일 시스템(SAN LUN 위의 ext4, XFS)은 깨집니다. 넘겨받기 전에 장애 노드를 펜싱하거나(\`fencing=stonith\`), 세 번째 투표자가 결정하게 하세요(\`witness=\`).`,
          ) : L(
            `\`${sb.name}\` takes over from \`${p.name}\` when it stops hearing its heartbeat, and nothing else has a say — no fencing, no third voter. When only the link between them fails, \`${sb.name}\` promotes itself while \`${p.name}\` keeps serving: both accept writes (split brain), and one side's writes must be thrown away. Fence the failed node before promoting (\`fencing=stonith\`), or let a third voter decide (\`coordinator=\` a quorum group, or \`witness=\`).`,
            `\`${sb.name}\` 노드는 \`${p.name}\` 노드의 하트비트가 끊기면 넘겨받는데, 그 판단에 다른 누구도 끼지 않습니다(펜싱도, 세 번째 투표자도 없음). 둘 사이의 링크만 끊겨도 \`${sb.name}\` 노드는 스스로 승격하고 \`${p.name}\` 노드는 계속 서비스해서, 양쪽이 모두 쓰기를 받습니다(스플릿 브레인). 결국 한쪽의 쓰기는 버려야 합니다. 승격 전에 장애 노드를 펜싱하거나(\`fencing=stonith\`), 세 번째 투표자가 결정하게 하세요(쿼럼 그룹을 \`coordinator=\`로, 또는 \`witness=\`).`,
          ),
          { primary: p.name },
        ),
      );
    }
    // Two or more MariaDB MaxScale instances in front of a primary whose standby fails over automatically: each runs
    // its own MariaDB Monitor with auto_failover, and without cooperative locking (cooperative_monitoring_locks, `none`
    // by default) each can promote a different server on its own view — the cluster diverges (round 62 r03, 62b r03).
    for (const mx of facts.nodes) {
      // (By its profile, as the model reads the MaxScale that fails a primary over: `maxscale`, `mariadb-maxscale`.)
      if (timingsOf(mx).profile.id !== 'maxscale' || instanceCount(mx) < 2 || mx.managed) continue;
      const primaries = calleesOf(facts, mx.name).filter((p) =>
        p.kind === 'database' && p.role !== 'standby' && p.role !== 'replica' &&
        facts.nodes.some((sb) => sb.role === 'standby' && sb.of === p.name && failoverMode(sb, design) === 'auto' && !arbitrated(sb) && !arbitrated(p)));
      if (!primaries.length) continue;
      const names = primaries.map((p) => `\`${p.name}\``).join(', ');
      out.push(
        nodeFinding(
          'split-brain-risk',
          mx,
          L(
            `\`${mx.name}\` runs ${instanceCount(mx)} MaxScale instances, and each one's MariaDB Monitor fails ${names} over by itself (\`failover=auto\`). Unless they share cooperative locks, each decides from its own view: when one loses sight of the primary, or the two see different servers, they can promote different servers and send writes to both — the cluster diverges, and the writes on the losing server are lost (MariaDB, "Failover With Multiple MaxScales"). Set \`cooperative_monitoring_locks=majority_of_running\` on every instance's monitor (its default is \`none\`), or let only one instance fail over (\`passive=true\` on the others).`,
            `${josa(`\`${mx.name}\``, '은/는')} MaxScale 인스턴스 ${instanceCount(mx)}개를 돌리고, 인스턴스마다 MariaDB Monitor가 ${names} 노드를 스스로 페일오버합니다(\`failover=auto\`). 협조 잠금을 함께 쓰지 않으면 각자 자기가 본 상태로 결정하므로, 한 인스턴스만 프라이머리를 못 보거나 둘이 서로 다른 서버를 보면 서로 다른 서버를 승격해 양쪽에 쓰기를 보낼 수 있습니다. 클러스터가 갈라지고, 진 쪽 서버에 쓴 트랜잭션은 잃습니다(MariaDB 문서 "Failover With Multiple MaxScales"). 모든 인스턴스의 모니터에 \`cooperative_monitoring_locks=majority_of_running\`을 설정하거나(기본값은 \`none\`), 한 인스턴스만 페일오버하게 하세요(나머지에 \`passive=true\`).`,
          ),
          { maxscale: true, primaries: primaries.map((p) => p.name) },
        ),
      );
    }
    // A GlusterFS volume of two replicas: the two bricks are the only voices, so when they lose sight of each other
    // clients can write a file on each side (Gluster's own CLI warns: use an arbiter or replica 3).
    for (const n of facts.nodes) {
      if (n.kind !== 'storage' || !GLUSTER_ENGINES.has(engineOf(n)) || instanceCount(n) !== 2) continue;
      if (arbitrated(n) || n.attrs.has('arbiters') || n.attrs.has('quorum')) continue;
      out.push(
        nodeFinding(
          'split-brain-risk',
          n,
          L(
            `\`${n.name}\` is a GlusterFS volume of two replicas: when its two bricks lose sight of each other while clients still reach both, each side takes writes to the same files, and the volume is in split brain — files Gluster cannot heal by itself (its own CLI warns that replica 2 volumes are prone to it). Add a third brick (\`replicas=3\`) or an arbiter brick, which holds only metadata and gives the volume a majority.`,
            `${josa(`\`${n.name}\``, '은/는')} 복제본이 2개인 GlusterFS 볼륨입니다. 두 브릭이 서로를 보지 못하는 사이에 클라이언트가 양쪽에 닿으면 같은 파일에 양쪽이 따로 쓰기를 받아 스플릿 브레인이 되고, Gluster가 스스로 고치지 못하는 파일이 생깁니다(Gluster CLI도 replica 2 볼륨은 스플릿 브레인에 취약하다고 경고합니다). 세 번째 브릭(\`replicas=3\`)이나 메타데이터만 갖는 아비터 브릭을 두어 과반이 생기게 하세요.`,
          ),
          { gluster: true },
        ),
      );
    }
    // A balancer sending the writes to a primary and, when it is down, to a replica of it that nothing promotes (HAProxy's
    // `backup` server): the replica takes writes the primary never gets, and they are dropped — or replication breaks on
    // the first conflicting row — when the balancer sends the writes back to the primary (round 79 r01).
    for (const lb of facts.nodes) {
      if (lb.kind !== 'load-balancer' && lb.kind !== 'gateway') continue;
      // (Its own edges, from the facts' index: every edge of the design read once per balancer was O(n·E) — issue 17.)
      const edges = edgesFromNode(facts, lb.name).filter((e) => parseRouteLabel(e.label)?.key !== 'reads');
      const targets = new Set(edges.map((e) => e.to));
      for (const e of edges) {
        const r = design.nodes.get(e.to);
        if (!r || r.kind !== 'database' || r.role !== 'replica' || !r.of || !targets.has(r.of)) continue;
        if (design.nodes.get(r.of)?.managed || r.managed) continue;
        // (An active-backup balancer sends it the writes only while the primary is down; any other spreads them to both.)
        const backup = /backup|failover|active/i.test(textAttr(lb, 'algorithm') ?? '');
        const message = backup
          ? L(
              `\`${lb.name}\` sends the writes to \`${r.name}\` when \`${r.of}\` is down, but \`${r.name}\` is a replica nothing promotes: it takes writes \`${r.of}\` never gets, and when \`${r.of}\` is back \`${lb.name}\` sends the writes to it again — what \`${r.name}\` took meanwhile is on \`${r.of}\` nowhere (replication from \`${r.of}\` then stops on the first conflicting row), a split brain. Make \`${r.name}\` a standby that a failover manager promotes and the old primary follows (\`standby of=${r.of} failover=auto\` under orchestrator or MHA), or send it only reads (an edge labelled \`reads\`).`,
              `\`${lb.name}\` 노드는 \`${r.of}\` 노드가 멈추면 쓰기를 \`${r.name}\` 노드로 보내는데, \`${r.name}\` 노드는 아무도 승격하지 않는 복제본입니다. \`${r.of}\` 노드가 받지 못하는 쓰기를 받고, \`${r.of}\` 노드가 돌아오면 \`${lb.name}\` 노드는 다시 그쪽으로 쓰기를 보내므로, 그동안 \`${r.name}\` 노드가 받은 쓰기는 \`${r.of}\` 노드 어디에도 없습니다(\`${r.of}\`에서 오는 복제는 처음 충돌하는 행에서 멈춥니다). 스플릿 브레인입니다. \`${r.name}\` 노드를 장애 관리자가 승격하고 옛 프라이머리가 따라가는 대기 노드로 만들거나(orchestrator나 MHA 아래 \`standby of=${r.of} failover=auto\`), 읽기만 보내세요(\`reads\` 레이블의 간선).`,
            )
          : L(
              `\`${lb.name}\` spreads the writes over \`${r.of}\` and \`${r.name}\`, but \`${r.name}\` is a replica of \`${r.of}\`: the writes it takes are on \`${r.of}\` nowhere and replication from \`${r.of}\` stops on the first conflicting row — two diverging copies of the same data. Send \`${r.name}\` only reads (an edge labelled \`reads\`), or make it a standby a failover manager promotes.`,
              `\`${lb.name}\` 노드는 쓰기를 ${codeJosa(r.of, '와/과')} \`${r.name}\`에 나눠 보내는데, \`${r.name}\` 노드는 \`${r.of}\`의 복제본입니다. 그쪽이 받은 쓰기는 \`${r.of}\` 어디에도 없고, \`${r.of}\`에서 오는 복제는 처음 충돌하는 행에서 멈춰 같은 데이터의 두 사본이 갈라집니다. \`${r.name}\`에는 읽기만 보내거나(\`reads\` 레이블의 간선), 장애 관리자가 승격하는 대기 노드로 만드세요.`,
            );
        out.push(nodeFinding('split-brain-risk', r, message, { primary: r.of, writesToReplica: true }));
      }
    }
    // A RabbitMQ cluster of two nodes with mirrored queues: with the default partition handling (`ignore`) both halves of
    // a partition go on, each promoting its own mirrors, and `pause_minority` pauses both (each is a minority of two);
    // RabbitMQ's partitions guide (round 77 r02).
    for (const n of facts.nodes) {
      if (n.kind !== 'queue' || timingsOf(n).profile.id !== 'rabbitmq-mirrored' || instanceCount(n) !== 2) continue;
      out.push(
        nodeFinding(
          'split-brain-risk',
          n,
          L(
            `\`${n.name}\` is a RabbitMQ cluster of two nodes with mirrored queues. When the link between them fails, each takes the other for down after net_ticktime (60 s) and, with the default partition handling (\`ignore\`), both halves go on: each promotes its own mirrors and takes publishes and acknowledgements for the same queues, and when the link is back one side's changes are thrown away (its nodes are restarted). \`pause_minority\` does not help with two nodes — each is a minority, so both pause. Run three nodes with quorum queues (\`replicas=3 quorum\`): classic mirroring is removed in RabbitMQ 4.0.`,
            `${josa(`\`${n.name}\``, '은/는')} 노드 2개에 미러링 큐를 둔 RabbitMQ 클러스터입니다. 둘 사이의 링크가 끊기면 net_ticktime(60초) 뒤 서로를 다운으로 보고, 기본 파티션 처리 방식(\`ignore\`)에서는 양쪽이 모두 계속 동작합니다. 각자 자기 쪽 미러를 승격해 같은 큐의 메시지와 ack를 따로 받고, 링크가 돌아오면 한쪽의 변경은 버려집니다(그쪽 노드를 재시작). 노드가 둘이면 \`pause_minority\`도 소용없습니다. 양쪽 모두 소수라서 둘 다 멈춥니다. 노드 3개에 쿼럼 큐로 운영하세요(\`replicas=3 quorum\`). 클래식 미러링은 RabbitMQ 4.0에서 제거되었습니다.`,
          ),
          { rabbitmq: true },
        ),
      );
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const n = findingNode(design, finding);
    if (finding.data?.['maxscale']) return [];
    if (finding.data?.['writesToReplica']) return [];
    if (n && finding.data?.['rabbitmq']) return [fix(L(`Run three nodes with quorum queues (replicas=3 quorum)`, `노드 3개에 쿼럼 큐(replicas=3 quorum)`), [setAttr(design, n, 'replicas', '3'), setAttr(design, n, 'quorum', null)], true)];
    if (n && finding.data?.['gluster']) return [fix(L(`Add a third brick (replicas=3)`, `세 번째 브릭 추가(replicas=3)`), [setAttr(design, n, 'replicas', '3')], true)];
    return n ? [fix(L(`Fence the failed node before \`${n.name}\` takes over (fencing=stonith)`, `\`${n.name}\` 노드가 넘겨받기 전에 장애 노드 펜싱(fencing=stonith)`), [setAttr(design, n, 'fencing', 'stonith')], true)] : [];
  },
};

/** SQL Server failover cluster instances and other Windows Server failover clusters (the engine reads the same spellings). */
const WINDOWS_CLUSTER = /sql-?server|mssql|^ag$|fci|wsfc/;

/** Whether a standby takes over its primary's disk: `replication=shared`, or none written and both calling one storage node. */
function sharesDisk(facts: Facts, sb: TopologyNode, p: TopologyNode): boolean {
  const r = textAttr(sb, 'replication');
  return r === 'shared' || (r === null && sharedDisk(facts, sb.name, p.name));
}

/** Whether nodes a and b both call one storage node (a disk both can mount). */
function sharedDisk(facts: Facts, a: string, b: string): boolean {
  const disks = (n: string): string[] => calleesOf(facts, n).filter((x) => x.kind === 'storage').map((x) => x.name);
  const da = disks(a);
  return da.length > 0 && disks(b).some((x) => da.includes(x));
}
