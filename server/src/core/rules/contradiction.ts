import { isDormant } from '../model/capacity';
import { engineOf, MEMBER_ADDRESSED, SINGLE_PRIMARY_ENGINES, votingType } from '../model/groups';
import { codeJosa, josa } from '../shared/josa';
import { azureStorageCopy, copyOf, globalClusterSecondary, designCloud, hasEdge, instanceCount, MANUAL_ONLY, parseRouteLabel, readsTargets, redisWithoutManager, sendsReads, sessionsOnlyLabel } from '../model/request-graph';
import { DB2_ENGINES, MYSQL_FAMILY, ORACLE_ENGINES, queueMirrors, SQLSERVER_ENGINES } from '../model/replication';
import type { Finding, Localized, Severity, TopologyNode } from '../syntax/ast';
import { calleesOf, edgesFromNode, edgesToNode, L, nameList, nodeFinding, rangeAttr, textAttr, flagAttr } from './facts';
import { timingsOf } from '../model/profiles';
import { regionsOf } from '../syntax/places';
import type { Rule } from './rule';
import { findingNode, fix, setAttr, type Edit, type Fix } from './fixes';

type Case = 'sync-timeout-unread' | 'unclustered-database' | 'standby-of-itself' | 'stateless-local-sessions' | 'failover-on-replica' | 'autoscale-excludes-replicas' | 'zero-timing' | 'failover-on-primary' | 'arbiters-without-election' | 'reads-to-standby' | 'split-read-pool' | 'writes-to-replica' | 'redis-auto-failover' | 'unused-coordinator' | 'replication-without-copy' | 'site-without-data' | 'vip-across-sites' | 'vip-across-cloud-zones' | 'hpa-from-zero' | 'manual-only-auto' | 'queue-mirror' | 'zones-beyond-instances' | 'vip-single-instance' | 'client-failover-not-cluster' | 'managed-sentinel' | 'hit-ratio-on-sessions';

/**
 * Attributes that contradict each other (failure-model §8). Each finding says
 * what the model does with the contradiction.
 */
/** Database products with one primary and no clustering of their own (the design names the copies, or a clustering engine). */

export const contradiction: Rule<'contradiction'> = {
  id: 'contradiction',
  check({ facts }) {
    const out: Finding[] = [];
    const add = (n: TopologyNode, c: Case, m: Localized, data: Record<string, unknown> = {}, severity?: Severity): void =>
      void out.push(nodeFinding('contradiction', n, m, { case: c, ...data }, undefined, severity));
    const readsInto = readsTargets(facts.design);
    for (const n of facts.nodes) {
      // `sync-timeout=` where nothing reads it: not a (semi-)synchronous standby, a product with no such timeout, or
      // `none` where the product's way is another (Oracle: Maximum Protection).
      if (n.attrs.has('sync-timeout') && n.attrs.get('sync-timeout')!.value) {
        const rep = textAttr(n, 'replication');
        const src = n.of ? facts.design.nodes.get(n.of) : undefined;
        const engines = [n, src].map((x) => (x ? (textAttr(x, 'engine') ?? '').toLowerCase() : ''));
        const has = (set: ReadonlySet<string>): boolean => engines.some((e) => set.has(e));
        const none = textAttr(n, 'sync-timeout') === 'none';
        const why =
          n.role !== 'standby' || !src || (rep !== 'sync' && rep !== 'semi-sync')
            ? L('it is read on a standby written `replication=semi-sync` or `sync` only', '`replication=semi-sync` 또는 `sync`인 대기 노드에서만 읽습니다')
            : has(ORACLE_ENGINES) && none
              ? L('an Oracle primary that must not commit without its standby is written `protection=maximum-protection` (it shuts down rather than wait)', '대기 없이 커밋하면 안 되는 Oracle 프라이머리는 `protection=maximum-protection`으로 씁니다(기다리지 않고 내려갑니다)')
              : has(DB2_ENGINES) && none
                ? L('Db2 HADR always goes on without its standby once `hadr_timeout` (and `hadr_peer_window`) have passed', 'Db2 HADR은 `hadr_timeout`(과 `hadr_peer_window`)이 지나면 언제나 대기 없이 계속합니다')
                : !has(MYSQL_FAMILY) && !has(SQLSERVER_ENGINES) && !has(ORACLE_ENGINES) && !has(DB2_ENGINES)
                  ? L('it is read for MySQL semi-synchronous replication, SQL Server, Oracle Data Guard and Db2 HADR — a self-run PostgreSQL has no such timeout (its commits wait for a lone synchronous standby until it is back) and a managed service handles its own standby', 'MySQL 반동기 복제, SQL Server, Oracle Data Guard, Db2 HADR에서만 읽습니다. 직접 운영하는 PostgreSQL에는 이런 시간 초과가 없고(유일한 동기 대기 노드가 돌아올 때까지 커밋이 기다림), 관리형 서비스는 대기를 알아서 다룹니다')
                  : null;
        if (why)
          add(
            n,
            'sync-timeout-unread',
            L(`\`sync-timeout\` on \`${n.name}\` is not read: ${why.en}.`, `\`${n.name}\`의 \`sync-timeout\`은 읽지 않습니다. ${why.ko}.`),
            {},
            'info',
          );
      }
      // A provider's Redis (ElastiCache, Memorystore, Azure Cache) fails over by itself: Sentinels are what one runs oneself.
      // (Managed by its engine too — `engine=memorystore mode=sentinel`: round 83 r05, the docs promised the finding.)
      if (n.kind === 'cache' && n.managed && textAttr(n, 'mode') === 'sentinel' && (n.attrs.has('managed') || timingsOf(n).profile.managed === true || textAttr(n, 'engine') !== null)) {
        add(
          n,
          'managed-sentinel',
          L(
            `\`${n.name}\` is written both as a managed service (${n.attrs.has('managed') ? '`managed`' : `\`engine=${textAttr(n, 'engine')}\``}) and as a Sentinel deployment (\`mode=sentinel\`): a provider's Redis (ElastiCache, Memorystore, Azure Cache, a cloud's Redis database service) promotes its replica by itself, with no Sentinels of yours, while Sentinels are what you run yourself. The model reads the Sentinels for an instance's or a zone's loss and the provider's failover for the whole node's: drop \`mode=sentinel\` for a managed service (\`replicas=2\` over two zones is its Multi-AZ pair), or \`managed\` if you run the Sentinels.`,
            `\`${n.name}\` 노드는 관리형 서비스(${n.attrs.has('managed') ? '`managed`' : `\`engine=${textAttr(n, 'engine')}\``})이면서 Sentinel 구성(\`mode=sentinel\`)으로 적혀 있습니다. 클라우드의 관리형 Redis(ElastiCache, Memorystore, Azure Cache, 클라우드 Redis DB 서비스)는 사용자가 운영하는 센티널 없이 스스로 복제본을 승격하고, 센티널은 직접 운영할 때 쓰는 것입니다. 이 도구는 인스턴스나 존을 잃을 때는 센티널로, 노드 전체를 잃을 때는 제공자의 페일오버로 계산합니다. 관리형이라면 \`mode=sentinel\`을 지우고(두 존에 \`replicas=2\`가 다중 AZ 쌍입니다), 센티널을 직접 운영한다면 \`managed\`를 지우세요.`,
          ),
          {},
          'info',
        );
      }
      if (n.kind === 'database' && textAttr(n, 'failover') === 'client' && !(MEMBER_ADDRESSED.has(engineOf(n)) && instanceCount(n) >= 2)) {
        add(
          n,
          'client-failover-not-cluster',
          L(
            `\`failover=client\` on a database means the callers' driver connects to the next member of a cluster whose members all take writes (Galera, CockroachDB); \`${n.name}\` is not such a cluster, so the model ignores it. Its callers follow a promoted standby through \`failover=auto\` or \`failover=manual\` on the standby.`,
            `데이터베이스의 \`failover=client\`는 모든 구성원이 쓰기를 받는 클러스터(Galera, CockroachDB)에서 호출하는 쪽 드라이버가 다음 구성원에 연결한다는 뜻입니다. ${codeJosa(n.name, '은/는')} 그런 클러스터가 아니어서 이 도구는 이 값을 무시합니다. 대기 노드 승격은 대기 노드에 \`failover=auto\`나 \`failover=manual\`로 적으세요.`,
          ),
        );
      }
      // (Not the second origin of a CDN route's origin group, beside its source: it gets a request only when the first
      // fails it — round 57b r05.)
      const originGroupSecondary = (): boolean => {
        const from = edgesToNode(facts, n.name).filter((e) => sendsReads(facts.design, e)).map((e) => facts.design.nodes.get(e.from));
        return from.length > 0 && from.every((c) => c !== undefined && c.kind === 'cdn' && timingsOf(c).profile.id !== 'azure-front-door' && edgesFromNode(facts, c.name).some((e) => e.to === n.of));
      };
      if (n.role === 'standby' && readsInto.has(n.name) && !n.attrs.has('readable') && copyOf(facts.design, n) !== null && !originGroupSecondary()) {
        // The same reading as readsTargets' (sendsReads): a `reads` label, or an edge straight to the standby.
        const callers = edgesToNode(facts, n.name).filter((e) => sendsReads(facts.design, e)).map((e) => `\`${e.from} -> ${n.name}${e.label ? ` : ${e.label.trim()}` : ''}\``);
        add(
          n,
          'reads-to-standby',
          L(
            `\`${n.name}\` receives reads (${callers[0]}) but is a standby without \`readable\`, which as written serves nothing until it is promoted. The model follows the edge: it serves those reads while it waits (a PostgreSQL hot standby, a MySQL replica kept read-only and an Aurora reader do), and it still takes over when \`${n.of}\` fails. Say so with \`readable\`, or \`readable=false\` if it really answers nothing before its promotion.`,
            `\`${n.name}\` 노드는 읽기를 받지만(${callers[0]}) \`readable\`이 없는 대기 노드라, 적힌 대로라면 승격될 때까지 아무것도 처리하지 않습니다. 이 도구는 화살표대로 대기 중에도 이 읽기를 처리하고(PostgreSQL 핫 스탠바이, 읽기 전용 MySQL 레플리카, Aurora 리더가 그렇게 합니다), \`${n.of}\` 장애 때는 그대로 넘겨받는 것으로 계산합니다. \`readable\`로 분명히 적거나, 승격 전에는 정말 아무것도 처리하지 않는다면 \`readable=false\`로 적으세요.`,
          ),
          {},
          // The edge says what was meant; the finding says how the model read it.
          'info',
        );
      }
      // A single-primary database product written with 2+ instances and nothing that makes them copies of each other.
      const engine = (textAttr(n, 'engine') ?? '').toLowerCase();
      if (
        n.kind === 'database' &&
        SINGLE_PRIMARY_ENGINES.has(engine) &&
        !n.managed &&
        n.attrs.has('replicas') &&
        instanceCount(n) >= 2 &&
        !n.attrs.has('replication') &&
        !n.attrs.has('shards') &&
        !n.of &&
        !(facts.copies.get(n.name) ?? []).length &&
        // Oracle RAC and Tibero TAC: instances over one shared disk are one database (the disk written as a storage node).
        !((ORACLE_ENGINES.has(engine) || engine === 'tibero') && edgesFromNode(facts, n.name).some((e) => facts.design.nodes.get(e.to)?.kind === 'storage'))
      ) {
        const how =
          engine === 'oracle'
            ? L('Oracle RAC over shared storage (`engine=oracle-rac`, both instances calling the storage node), or a Data Guard standby', 'Oracle RAC(공유 스토리지를 쓰는 `engine=oracle-rac`, 두 인스턴스가 스토리지 노드를 호출), 또는 Data Guard 대기 노드')
            : engine === 'tibero'
              ? L('Tibero TAC over shared storage (the instances calling a `storage` node they share), or a Tibero standby (`standby of=` with `replication=`)', '공유 스토리지를 쓰는 Tibero TAC(인스턴스들이 함께 쓰는 `storage` 노드를 호출), 또는 Tibero 스탠바이(`replication=`을 적은 `standby of=`)')
              : MYSQL_FAMILY.has(engine)
                ? L('a clustering engine (`engine=group-replication` or `galera`)', '클러스터 엔진(`engine=group-replication` 또는 `galera`)')
                : engine === 'postgres' || engine === 'postgresql'
                  ? L('a clustering manager (`engine=patroni`)', '클러스터 관리자(`engine=patroni`)')
                  : engine === 'sqlserver' || engine === 'mssql'
                    ? L('an Always On availability group (`standby of=` nodes with `replication=sync` and `witness=`)', 'Always On 가용성 그룹(`replication=sync`와 `witness=`를 적은 `standby of=` 노드)')
                    : L('a clustering engine (`engine=group-replication`, `galera`, `patroni`)', '클러스터 엔진(`engine=group-replication`, `galera`, `patroni`)');
        add(
          n,
          'unclustered-database',
          L(
            `\`${n.name}\` runs ${instanceCount(n)} instances of ${engine}, which does not keep one database on several servers by itself: as written they are separate databases, or a cluster the design does not name. The model reads them as a cluster that goes on without a lost instance and loses nothing, which holds only if something replicates and fails them over. Say how: a primary with \`standby of=${n.name}\` nodes (\`replication=\`, \`failover=\`), or ${how.en}.`,
            `\`${n.name}\` 노드는 ${engine} 인스턴스 ${instanceCount(n)}개인데, ${josa(engine, '은/는')} 스스로 여러 서버에 한 데이터베이스를 두지 않습니다. 적힌 대로라면 서로 다른 데이터베이스이거나, 설계에 이름이 없는 클러스터입니다. 이 도구는 인스턴스 하나를 잃어도 나머지가 계속 처리하고 잃는 것이 없는 클러스터로 계산하는데, 무언가가 복제하고 페일오버해 줄 때만 맞습니다. 방식을 적으세요: \`standby of=${n.name}\` 대기 노드를 둔 프라이머리(\`replication=\`, \`failover=\`), 또는 ${how.ko}.`,
          ),
          { engine },
        );
      }
      if (n.of !== null && n.of === n.name && n.role !== null) {
        add(
          n,
          'standby-of-itself',
          L(
            `\`${n.name}\` is a ${n.role} of itself (\`of=${n.name}\`): it copies nothing and stands in for nothing. The model reads it as a ${n.kindText} of its own with no copy, and no node has a ${n.role}. Name the node it copies in \`of=\`.`,
            `\`${n.name}\` 노드가 자기 자신의 ${n.role}입니다(\`of=${n.name}\`). 아무것도 복제하지 않고 아무것도 대신하지 않습니다. 이 도구는 복제본 없는 독립된 ${n.kindText}로 보고, 어느 노드에도 ${n.role}가 없는 것으로 계산합니다. \`of=\`에 복제할 원본 노드를 적으세요.`,
          ),
        );
      }
      const sessions = textAttr(n, 'sessions');
      if (textAttr(n, 'state') === 'stateless' && (sessions === 'local' || sessions === 'sticky')) {
        add(
          n,
          'stateless-local-sessions',
          L(
            `\`${n.name}\` is declared \`state=stateless\` but keeps login sessions in each instance (\`sessions=${sessions}\`): it is not stateless. The model follows \`sessions=${sessions}\`: an instance's loss logs its users out. Move the sessions to a shared store (\`sessions=NODE\`), or say \`state=stateful\`.`,
            `\`${n.name}\` 노드는 \`state=stateless\`라고 했지만 로그인 세션을 인스턴스마다 둡니다(\`sessions=${sessions}\`). 무상태가 아닙니다. 이 도구는 ${codeJosa(`sessions=${sessions}`, '을/를')} 따르므로 인스턴스를 잃으면 그 사용자들이 로그아웃됩니다. 세션을 공유 저장소로 옮기거나(\`sessions=노드\`) \`state=stateful\`로 적으세요.`,
          ),
        );
      }
      const fo = n.attrs.get('failover');
      const pr = n.attrs.get('promote');
      if (n.role === 'replica' && (fo || pr)) {
        const k = fo ? 'failover' : 'promote';
        add(
          n,
          'failover-on-replica',
          L(
            `\`${n.name}\` is a read replica with \`${k}=\`: in this language a \`replica\` is a read copy the model never promotes, so it ignores \`${k}=\` — when \`${n.of ?? 'its source'}\` fails, \`${n.name}\` does not take over. A copy that can be promoted, even by hand (a Cloud SQL or RDS cross-region replica promoted for disaster recovery), is written as a standby that also serves reads (\`standby readable\`, with \`failover=manual\`).`,
            `\`${n.name}\` 노드는 읽기 복제본인데 \`${k}=\`가 있습니다. 이 언어에서 \`replica\`는 이 도구가 승격하지 않는 읽기 사본이라 \`${k}=\`를 무시합니다. \`${n.of ?? '원본'}\` 노드에 장애가 나도 \`${n.name}\` 노드는 넘겨받지 않습니다. 손으로라도 승격할 수 있는 사본(재해 복구용으로 승격하는 Cloud SQL·RDS의 리전 간 복제본)은 읽기도 처리하는 대기 노드로 적으세요(\`standby readable\`, \`failover=manual\`).`,
          ),
          { key: k },
        );
      }
      // More zones listed than instances run: the instances sit in the first zones; the others hold nothing (an Aurora
      // "writer + reader" written without `replicas=2` is one writer).
      const engine0 = (textAttr(n, 'engine') ?? '').toLowerCase();
      if (
        n.zones.length > 1 &&
        instanceCount(n) < n.zones.length &&
        !rangeAttr(n, 'autoscale') &&
        n.kind !== null && !['client', 'dns', 'cdn', 'monitor'].includes(n.kind) &&
        (!n.managed || engine0.startsWith('aurora')) &&
        // Sentinels and arbiters are placed over the zones after the instances: a third zone holds one of them.
        textAttr(n, 'mode') !== 'sentinel' &&
        !n.attrs.has('arbiters') &&
        !n.attrs.has('sentinels')
      ) {
        const used = n.zones.slice(0, instanceCount(n));
        const unused = n.zones.slice(instanceCount(n));
        // An Aurora writer whose readers are written as nodes of their own in the other zones (`db-reader: … replica
        // of=db zone=2c`): the cluster does run there — the zones name the cluster's, as docs/defaults.md reads them for
        // its SLA (round 56 r01: `replicas=2` would have added a reader the design has).
        const copyIn = (z: string): boolean => (facts.copies.get(n.name) ?? []).some((c) => c.zones.includes(z));
        if (!(engine0.startsWith('aurora') && unused.every(copyIn))) {
          add(
            n,
            'zones-beyond-instances',
            L(
              `\`${n.name}\` lists ${n.zones.length} zones but runs ${instanceCount(n)} instance${instanceCount(n) > 1 ? 's' : ''}: ${used.map((z) => `\`${z}\``).join(', ')} ${used.length > 1 ? 'hold' : 'holds'} ${used.length > 1 ? 'them' : 'it'}, and ${unused.map((z) => `\`${z}\``).join(', ')} ${unused.length > 1 ? 'hold' : 'holds'} nothing — the model places instances in the listed zones in turn. For one in each zone write \`replicas=${n.zones.length}\`${engine0.startsWith('aurora') ? ' (an Aurora writer and a reader are two instances)' : ''}.`,
              `\`${n.name}\` 노드는 존을 ${n.zones.length}개 적었지만 인스턴스는 ${instanceCount(n)}개입니다. ${used.map((z) => `\`${z}\``).join(', ')} 존에만 인스턴스가 있고 ${unused.map((z) => `\`${z}\``).join(', ')} 존에는 아무것도 없습니다(이 도구는 적힌 존에 인스턴스를 차례로 둡니다). 존마다 하나씩 두려면 \`replicas=${n.zones.length}\`로 적으세요${engine0.startsWith('aurora') ? '(Aurora의 쓰기 인스턴스와 읽기 인스턴스는 인스턴스 두 개입니다)' : ''}.`,
            ),
            { want: n.zones.length },
          );
        }
      }
      const auto = rangeAttr(n, 'autoscale');
      if (auto && n.attrs.has('replicas') && (n.replicas < auto.min || n.replicas > auto.max)) {
        const clamp = Math.min(auto.max, Math.max(auto.min, n.replicas));
        add(
          n,
          'autoscale-excludes-replicas',
          L(
            `\`${n.name}\` has \`replicas=${n.replicas}\` outside its autoscale bounds (\`autoscale=${auto.min}..${auto.max}\`): the autoscaler brings it back to ${clamp} at its next evaluation. The model counts ${instanceCount(n)} instance(s) (the larger of \`replicas\` and the autoscale minimum). Make them agree.`,
            `\`${n.name}\` 노드의 ${codeJosa(`replicas=${n.replicas}`, '이/가')} 오토스케일 범위(\`autoscale=${auto.min}..${auto.max}\`) 밖입니다. 오토스케일러는 다음 평가 때 ${clamp}개로 되돌립니다. 이 도구는 인스턴스를 ${instanceCount(n)}개로 계산합니다(\`replicas\`와 오토스케일 최솟값 중 큰 값). 둘을 맞추세요.`,
          ),
          { clamp },
        );
      }
      for (const key of ['heartbeat', 'interval']) {
        const v = n.attrs.get(key)?.value;
        if (!v || v.type !== 'duration' || v.seconds !== 0) continue;
        add(
          n,
          'zero-timing',
          L(
            `\`${n.name}\` has \`${key}=0\`: no check runs every 0 seconds. The model takes it literally — failures are detected at once — which makes every recovery look faster than any product can be. Write the real ${key} (e.g. \`${key}=${key === 'heartbeat' ? '1s' : '5s'}\`).`,
            `\`${n.name}\` 노드의 \`${key}=0\`: 0초마다 도는 확인은 없습니다. 이 도구는 그대로 받아들여 장애를 즉시 감지한 것으로 계산하므로, 어떤 제품보다도 복구가 빨라 보입니다. 실제 주기를 적으세요(예: \`${key}=${key === 'heartbeat' ? '1s' : '5s'}\`).`,
          ),
          { key },
        );
      }
      // On a second primary (`primary of=X`), `failover=` says whether something moves X's callers to it (round 37).
      // (A DNS failover record's `failover=manual` is its own: a person changes the record.)
      // (Nor a pilot light's: `failover=auto` there says something scales it out from zero by itself — wakesItself.)
      if (fo && n.kind !== 'dns' && n.role !== 'standby' && n.role !== 'replica' && !n.attrs.has('standby') && !n.attrs.has('replica') && textAttr(n, 'failover') !== 'client' && !(n.role === 'primary' && n.of && facts.design.nodes.has(n.of)) && !isDormant(n)) {
        const standbys = (facts.copies.get(n.name) ?? []).filter((c) => c.role === 'standby');
        // A group that elects its own leader (Vault, etcd, Galera, MongoDB): there is no standby to move it to.
        const electing = votingType(n) !== null && instanceCount(n) >= 2 && !standbys.length;
        add(
          n,
          'failover-on-primary',
          electing ? L(
            `\`failover=\` is not needed on \`${n.name}\`: its ${instanceCount(n)} members elect a new leader by themselves when one is lost, so the model ignores it.`,
            `\`${n.name}\` 노드에는 \`failover=\`가 필요 없습니다. 구성원 ${instanceCount(n)}개가 하나를 잃으면 스스로 새 리더를 뽑으므로 이 도구는 이 값을 무시합니다.`,
          ) : L(
            `\`failover=\` is on \`${n.name}\`, which is not a standby: promotion is the standby's business, so the model ignores it here${standbys.length ? ` and promotes ${standbys.map((s) => `\`${s.name}\``).join(', ')} as ${standbys.length > 1 ? 'their' : 'its'} own \`failover=\` says (manual without one)` : ''}. Move \`failover=${textAttr(n, 'failover') ?? 'auto'}\` to the standby.`,
            `\`${n.name}\` 노드는 대기 노드가 아닌데 \`failover=\`가 있습니다. 승격은 대기 노드의 일이라 이 도구는 여기 적힌 값을 무시합니다${standbys.length ? `. ${standbys.map((s) => `\`${s.name}\``).join(', ')} 노드는 자기 \`failover=\`대로(없으면 수동으로) 승격됩니다` : ''}. \`failover=${textAttr(n, 'failover') ?? 'auto'}\`를 대기 노드로 옮기세요.`,
          ),
          { standbys: standbys.map((s) => s.name) },
        );
      }
      const arb = n.attrs.get('arbiters')?.value;
      if (arb && arb.type === 'number' && arb.value > 0 && (votingType(n) === null || instanceCount(n) < 2)) {
        const voting = votingType(n) !== null;
        add(
          n,
          'arbiters-without-election',
          L(
            voting
              ? `\`${n.name}\` has \`arbiters=${arb.value}\` but a single data member: an arbiter only votes, so there is no one to elect when it is lost. The model ignores the arbiters. Run two or more data members (\`replicas=2\`).`
              : `\`${n.name}\` has \`arbiters=${arb.value}\`, but nothing elects its primary by vote (arbiters belong to voting groups such as a MongoDB replica set, \`engine=mongodb\`). The model ignores them. Name the engine, or remove \`arbiters=\`.`,
            voting
              ? `\`${n.name}\` 노드에 ${codeJosa(`arbiters=${arb.value}`, '이/가')} 있지만 데이터 구성원이 하나뿐입니다. 아비터는 투표만 하므로 그 하나를 잃으면 뽑을 구성원이 없습니다. 이 도구는 아비터를 무시합니다. 데이터 구성원을 둘 이상 두세요(\`replicas=2\`).`
              : `\`${n.name}\` 노드에 ${codeJosa(`arbiters=${arb.value}`, '이/가')} 있지만 투표로 프라이머리를 뽑는 구성이 아닙니다(아비터는 MongoDB 레플리카 세트(\`engine=mongodb\`) 같은 투표 그룹의 구성원입니다). 이 도구는 아비터를 무시합니다. 엔진을 적거나 \`arbiters=\`를 지우세요.`,
          ),
        );
      }
    }
    // `coordinator=` on a server that has no standby: nothing is promoted, so nothing asks the coordinator. A leader
    // election among a service's instances (a batch, a scheduler) is written as an active node and a standby the
    // coordinator promotes; as written, the instances serve side by side.
    for (const n of facts.nodes) {
      if (n.kind !== 'service' && n.kind !== 'app-server' && n.kind !== 'web-server') continue;
      const coord = textAttr(n, 'coordinator');
      if (coord === null || n.role === 'standby' || n.role === 'replica') continue;
      if ((facts.copies.get(n.name) ?? []).some((c) => c.role === 'standby')) continue;
      const k = instanceCount(n);
      add(
        n,
        'unused-coordinator',
        L(
          `\`${n.name}\` names a coordinator (\`coordinator=${coord}\`) but has no standby for it to promote, so the model does not use it: ${k >= 2 ? `its ${k} instances are read as working side by side, and` : 'as written,'} the loss of \`${coord}\`'s majority changes nothing for it. For a leader election (one instance works; when it is lost, another takes over once the coordinator's majority agrees), write the second instance as a standby: \`${n.name}-2: ${n.kindText} standby of=${n.name} failover=auto coordinator=${coord}\`${k >= 2 ? `, with \`${n.name}\` at \`replicas=1\`` : ''}.`,
          `\`${n.name}\` 노드에 코디네이터(\`coordinator=${coord}\`)가 있지만 승격할 대기 노드가 없어 이 도구는 이 값을 쓰지 않습니다. ${k >= 2 ? `인스턴스 ${k}개가 나란히 일하는 것으로 계산하고, ` : ''}\`${coord}\`의 과반을 잃어도 이 노드에는 아무 영향이 없는 것으로 봅니다. 리더 선출(한 인스턴스만 일하고, 그 인스턴스를 잃으면 코디네이터 과반의 동의를 얻어 다른 인스턴스가 넘겨받음)이라면 두 번째 인스턴스를 대기 노드로 적으세요: \`${n.name}-2: ${n.kindText} standby of=${n.name} failover=auto coordinator=${coord}\`${k >= 2 ? `(${codeJosa(n.name, '은/는')} \`replicas=1\`로)` : ''}.`,
        ),
        { coordinator: coord },
        'info',
      );
    }
    // `replication=` on a single data node that names no copy and has none: the copy is not in the design, so the model
    // reads none (a provider's geo-replication, Azure GRS or S3 cross-region replication, is a node of its own).
    for (const n of facts.nodes) {
      if (n.kind !== 'database' && n.kind !== 'storage' && n.kind !== 'cache') continue;
      const repl = textAttr(n, 'replication');
      if (repl === null || n.of || instanceCount(n) >= 2 || (facts.copies.get(n.name) ?? []).length) continue;
      const copy = n.kind === 'storage' ? `${n.name}-copy: storage${n.managed ? ' managed' : ''} replica of=${n.name} replication=${repl} region=…` : `${n.name}-standby: ${n.kindText} standby of=${n.name} replication=${repl} failover=auto`;
      add(
        n,
        'replication-without-copy',
        L(
          `\`${n.name}\` says \`replication=${repl}\` but names no copy (no \`of=\`, and nothing is \`of=${n.name}\`): the model cannot tell where the copy is, so it reads none — losing \`${n.name}\` (or its zone or region) loses what it holds. Write the copy as a node of its own${n.kind === 'storage' ? ' (a provider\'s geo-replication too: Azure GRS, S3 cross-region replication)' : ''}: \`${copy}\`.`,
          `\`${n.name}\` 노드에 ${codeJosa(`replication=${repl}`, '이/가')} 있지만 사본을 가리키지 않습니다(\`of=\`도 없고 \`of=${n.name}\`인 노드도 없음). 사본이 어디 있는지 알 수 없어 이 도구는 사본이 없는 것으로 계산합니다. \`${n.name}\` 노드나 그 존·리전을 잃으면 담긴 데이터도 잃습니다. 사본을 노드로 적으세요${n.kind === 'storage' ? '(제공자의 지역 간 복제도 마찬가지: Azure GRS, S3 리전 간 복제)' : ''}: \`${copy}\`.`,
        ),
        { replication: repl },
        'info',
      );
    }
    // A name or a global balancer choosing between sites, where one site's tiers reach the data and another's reach none:
    // after a failover the second answers without the data (a recovery site whose database was never drawn). The model
    // counts its answers as served, so the design should say where its data comes from.
    {
      /**
       * The data stores below a node, and whether application tiers run there (a static "sorry" page runs none). A cache
       * that holds data of its own is one: a primary, or its standby in the other site (round 52b r01: a Global Datastore's
       * secondary read as "no data store").
       */
      const dataOf = (start: string): string[] & { compute?: boolean } => {
        const seen = new Set([start]);
        const stack = [start];
        const found: string[] & { compute?: boolean } = [];
        while (stack.length) {
          const x = stack.pop()!;
          const n = facts.design.nodes.get(x);
          if (n && (n.kind === 'app-server' || n.kind === 'service' || n.kind === 'web-server')) found.compute = true;
          if (n && x !== start && (n.kind === 'database' || n.kind === 'storage' || (n.kind === 'cache' && (n.role === 'primary' || (n.role === 'standby' && n.of !== null))))) {
            found.push(x);
            continue;
          }
          for (const c of calleesOf(facts, x)) {
            if (seen.has(c.name)) continue;
            seen.add(c.name);
            stack.push(c.name);
          }
        }
        return found;
      };
      for (const r of facts.nodes) {
        const routing = textAttr(r, 'routing');
        if (r.kind !== 'dns' || routing === null || routing === 'simple') continue;
        const callees = calleesOf(facts, r.name).map((c) => c.name);
        if (callees.length < 2) continue;
        const reach = callees.map((c) => ({ c, data: dataOf(c) }));
        const withData = reach.find((x) => x.data.length);
        if (!withData) continue;
        for (const x of reach) {
          if (x.data.length || !x.data.compute) continue;
          const n = facts.design.nodes.get(x.c);
          if (!n) continue;
          const data = nameList(withData.data);
          add(
            n,
            'site-without-data',
            L(
              `\`${x.c}\`, an answer of \`${r.name}\`, reaches no data store, while \`${withData.c}\` reaches ${data.en}: after a failover to it, its requests would be answered without their data — the model counts them as served. Draw where its data comes from: a copy in its site (a standby, or a database restored from the backups) that its tier calls.`,
              `\`${r.name}\`의 응답 대상인 ${codeJosa(x.c, '은/는')} 어떤 데이터 저장소에도 닿지 않는데, \`${withData.c}\` 쪽은 ${data.ko}에 닿습니다. 이쪽으로 페일오버하면 데이터 없이 요청에 답하게 되는데, 이 도구는 그 요청을 처리된 것으로 셉니다. 이쪽의 데이터가 어디서 오는지 그리세요: 그 사이트에 있는 사본(대기 노드나 백업에서 복원한 데이터베이스)을 이쪽 계층이 호출하게 하세요.`,
            ),
            { answers: r.name },
          );
        }
      }
    }
    // A virtual IP pair whose instances sit in different regions: VRRP moves an address inside one layer-2 segment, so
    // the pair needs a network stretched between the sites (or the move does not happen). The model moves it anyway.
    for (const n of facts.nodes) {
      if (!n.attrs.has('vip') || instanceCount(n) < 2) continue;
      const regions = regionsOf(facts.design, n);
      if (regions.length < 2) continue;
      const [r1, r2] = regions;
      add(
        n,
        'vip-across-sites',
        L(
          `\`${n.name}\` shares a virtual IP (\`vip\`) between instances in region \`${r1}\` and region \`${r2}\`: VRRP moves an address inside one layer-2 network, so this works only over a network stretched between the sites (and a split between them leaves both sides holding the address). The model moves it as within one site. Between sites, move clients with DNS (health-checked records) or a global balancer, or give each site its own pair.`,
          `\`${n.name}\` 노드는 \`${r1}\` 리전과 \`${r2}\` 리전의 인스턴스가 가상 IP(\`vip\`)를 나눠 씁니다. VRRP는 한 L2 네트워크 안에서만 주소를 옮기므로 두 사이트 사이에 L2를 늘려 놓아야 동작하고, 사이트 사이가 끊기면 양쪽이 모두 주소를 가집니다. 이 도구는 한 사이트 안처럼 옮기는 것으로 계산합니다. 사이트 사이에서는 헬스 체크하는 DNS나 글로벌 로드밸런서로 클라이언트를 옮기거나, 사이트마다 자기 쌍을 두세요.`,
        ),
        { regions: [r1, r2] },
        'info',
      );
    }
    // A virtual IP pair across two zones of a public cloud (the design runs on AWS, Google Cloud or Azure): a cloud network
    // carries no VRRP multicast and each private address belongs to one zone's subnet, so keepalived alone moves nothing
    // between zones — a notify script re-pointing an Elastic IP or a route through the provider's API does (round 68 r03).
    const cloud = designCloud(facts.design);
    if (cloud)
      for (const n of facts.nodes) {
        if (!n.attrs.has('vip') || flagAttr(n, 'vip') === false || instanceCount(n) < 2 || n.managed || regionsOf(facts.design, n).length >= 2) continue;
        const zones = [...new Set(n.zones)];
        if (zones.length < 2) continue;
        const [z1, z2] = zones;
        add(
          n,
          'vip-across-cloud-zones',
          L(
            `\`${n.name}\` shares a virtual IP (\`vip\`) between instances in zones \`${z1}\` and \`${z2}\` of ${cloud}: a cloud network carries no VRRP multicast and gives each private address to the one network interface the provider's API assigns it to (on AWS, to a subnet that lies in one zone), so keepalived by itself cannot move it to the other zone. It works only with unicast peers and a notify script that re-points an Elastic IP, a secondary address or a route-table entry through the provider's API — a move of seconds to a minute, not VRRP's 3 s, and one that needs the API reachable. The model does not move it to another zone: losing the holder's zone (or the holder) fails what calls the address until it is back — where such a script is in place, the real outage is its move time instead. Use the provider's load balancer instead (an NLB, a Google Cloud internal load balancer, an Azure Load Balancer).`,
            `\`${n.name}\` 노드는 ${cloud}의 \`${z1}\` 존과 \`${z2}\` 존에 있는 인스턴스가 가상 IP(\`vip\`)를 나눠 씁니다. 클라우드 네트워크는 VRRP 멀티캐스트를 전달하지 않고, 사설 주소는 제공자 API로 지정한 네트워크 인터페이스 하나에만 붙으므로(AWS에서는 한 존에 속한 서브넷의 주소), keepalived만으로는 주소를 다른 존으로 옮길 수 없습니다. 유니캐스트 피어와, 제공자 API로 Elastic IP·보조 사설 IP·라우팅 테이블 항목을 다시 붙이는 notify 스크립트가 있어야 동작하며, 이 전환은 VRRP의 3초가 아니라 수 초에서 1분쯤 걸리고 API에 닿을 수 있어야 합니다. 이 도구는 주소를 다른 존으로 옮기지 않는 것으로 계산합니다. 주소를 가진 인스턴스나 그 존을 잃으면 돌아올 때까지 이 주소로 오는 요청이 실패하며, 그런 스크립트를 쓴다면 실제 중단은 그 전환 시간입니다. 대신 제공자의 로드밸런서(NLB, Google Cloud 내부 부하분산기, Azure Load Balancer)를 쓰세요.`,
          ),
          { zones: [z1, z2] },
          'info',
        );
      }
    // `failover=auto` on an InnoDB ReplicaSet copy: it has no automatic failure detection (round 71 r01).
    for (const n of facts.nodes) {
      if (n.role !== 'standby' || textAttr(n, 'failover') !== 'auto' || !MANUAL_ONLY.test(textAttr(n, 'engine') ?? '')) continue;
      add(
        n,
        'manual-only-auto',
        L(
          `\`${n.name}\` is written \`failover=auto\`, but an InnoDB ReplicaSet has no automatic failure detection: when its primary is lost, a person forces a new one (\`dba.getReplicaSet().forcePrimaryInstance()\` in MySQL Shell). The model reads it as manual. For automatic failover use an InnoDB Cluster (Group Replication) instead.`,
          `\`${n.name}\` 노드에 \`failover=auto\`를 적었지만 InnoDB ReplicaSet에는 자동 장애 감지가 없습니다. 프라이머리를 잃으면 사람이 새 프라이머리를 강제로 정합니다(MySQL Shell의 \`dba.getReplicaSet().forcePrimaryInstance()\`). 이 도구도 수동으로 계산합니다. 자동 페일오버가 필요하면 InnoDB Cluster(Group Replication)를 쓰세요.`,
        ),
        {},
        'warning',
      );
    }
    // An Aurora or DocumentDB global database's secondary written `failover=auto`: the service fails over inside a Region
    // by itself, never across Regions (round 81b r01).
    for (const n of facts.nodes) {
      if (textAttr(n, 'failover') !== 'auto' || !globalClusterSecondary(n, facts.design)) continue;
      add(
        n,
        'manual-only-auto',
        L(
          `\`${n.name}\` is written \`failover=auto\`, but a global database does not fail over across Regions by itself: its secondary cluster is promoted only when someone — a person, or automation of your own — calls the global failover (FailoverGlobalCluster with AllowDataLoss). The model reads it as manual: once the loss is noticed, the promotion's time. If your own automation calls it on an alarm, say so with a monitor watching \`${n.of}\` and the automation's time as \`promote=\`.`,
          `\`${n.name}\` 노드에 \`failover=auto\`를 적었지만 글로벌 데이터베이스는 리전을 넘어 스스로 페일오버하지 않습니다. 보조 클러스터는 누군가(사람이나 직접 만든 자동화) 글로벌 페일오버(AllowDataLoss를 준 FailoverGlobalCluster)를 호출해야만 승격됩니다. 이 도구는 수동으로 계산합니다: 장애를 알아챈 뒤 승격 시간만큼. 알람으로 직접 만든 자동화가 호출한다면 ${codeJosa(n.of ?? '', '을/를')} 감시하는 모니터와, 자동화에 걸리는 시간을 \`promote=\`로 적으세요.`,
        ),
        {},
        'warning',
      );
    }
    // An Azure Storage geo-secondary written `failover=auto`: the account fails over only when someone starts it (round 120 r01).
    for (const n of facts.nodes) {
      if (textAttr(n, 'failover') !== 'auto' || !azureStorageCopy(n, facts.design)) continue;
      add(
        n,
        'manual-only-auto',
        L(
          `\`${n.name}\` is written \`failover=auto\`, but an Azure Storage account's geo-secondary takes writes only after a customer-managed account failover, which someone starts and which typically takes about an hour. The model reads it as manual: once the loss is noticed, that hour. For data needed at once in the other region, keep a second account there that the application can use (object replication, or writing both).`,
          `\`${n.name}\` 노드에 \`failover=auto\`를 적었지만 Azure Storage 계정의 지역 보조(geo-secondary)는 누군가 시작하는 고객 관리 계정 장애 조치 뒤에야 쓰기를 받고, 그 장애 조치는 보통 1시간 정도 걸립니다. 이 도구는 수동으로 계산합니다: 장애를 알아챈 뒤 그 1시간. 다른 리전에서 바로 써야 하는 데이터라면 애플리케이션이 쓸 수 있는 두 번째 계정을 그곳에 두세요(개체 복제, 또는 양쪽에 쓰기).`,
        ),
        {},
        'warning',
      );
    }
    // A Kubernetes tier written to scale from zero: a HorizontalPodAutoscaler's minReplicas is at least 1 unless the alpha
    // HPAScaleToZero feature gate is on, so something else starts it (KEDA, a person) and its pods wait for nodes (round 70 r07).
    for (const n of facts.nodes) {
      const a = n.attrs.get('autoscale')?.value;
      if (!a || a.type !== 'range' || a.min !== 0 || timingsOf(n).profile.id !== 'k8s-service' || n.attrs.has('autoscale-delay')) continue;
      add(
        n,
        'hpa-from-zero',
        L(
          `\`${n.name}\` is written to scale from zero (\`autoscale=0..${a.max}\`) on Kubernetes, but a HorizontalPodAutoscaler cannot: its \`minReplicas\` is at least 1 unless the alpha HPAScaleToZero feature gate is on. Something else must start the first pods — KEDA (write \`failover=auto\` on \`${n.name}\`), or a person, which the model assumes without it (once the failing requests are noticed) — and they wait for nodes when none is free (the cluster autoscaler adds them in minutes). Once started the model takes the generic ${Math.round(timingsOf(n).autoscaleDelay.value)} s, not the HPA's 35 s; write how long yours takes as \`autoscale-delay=\`, or keep one pod running (\`autoscale=1..${a.max}\`).`,
          `\`${n.name}\` 노드는 Kubernetes에서 0개부터 늘어나도록(\`autoscale=0..${a.max}\`) 적혀 있지만, HorizontalPodAutoscaler는 그렇게 하지 못합니다. 알파 기능 게이트 HPAScaleToZero를 켜지 않는 한 \`minReplicas\`는 1 이상입니다. 첫 파드는 다른 무언가가 띄워야 하고(KEDA라면 \`${n.name}\`에 \`failover=auto\`를 적기, 적지 않으면 이 도구는 요청 실패를 알아챈 사람이 띄운다고 봅니다), 빈 노드가 없으면 노드를 기다립니다(클러스터 오토스케일러가 몇 분 안에 추가). 띄운 뒤에는 HPA의 35초가 아니라 범용 기본값 ${Math.round(timingsOf(n).autoscaleDelay.value)}초로 계산합니다. 실제 걸리는 시간을 \`autoscale-delay=\`로 적거나, 파드 하나는 늘 띄워 두세요(\`autoscale=1..${a.max}\`).`,
        ),
        {},
        'info',
      );
    }
    // A virtual IP on one instance: the address moves between the instances of a pair, and there is no second one.
    for (const n of facts.nodes) {
      if (!n.attrs.has('vip') || flagAttr(n, 'vip') === false || instanceCount(n) >= 2 || n.managed) continue;
      // (A database of a primary/standby pair: the address moves between the pair's two nodes — repmgr's or MHA's promote
      // script, round 123b r04.)
      if (n.kind === 'database' && ((n.role === 'standby' && n.of !== null) || [...facts.design.nodes.values()].some((o) => o.of === n.name && o.role === 'standby'))) continue;
      add(
        n,
        'vip-single-instance',
        L(
          `\`${n.name}\` has a virtual IP (\`vip\`) but runs one instance: the address moves between the instances of a pair (keepalived, Pacemaker), and with one there is nothing to move it to — it fails with its server. The model counts it as that one server. Run the pair (\`replicas=2\`), or drop \`vip\`. An address that follows another resource (a SQL Server availability group listener moving with the primary) is not a box of its own: draw the callers to the database.`,
          `\`${n.name}\` 노드는 가상 IP(\`vip\`)를 두었지만 인스턴스가 하나뿐입니다. 가상 IP는 한 쌍(keepalived, Pacemaker)의 인스턴스 사이를 옮겨 다니는 주소인데, 하나뿐이면 옮겨 갈 곳이 없어 서버와 함께 멈춥니다. 이 도구도 서버 한 대로 계산합니다. 쌍으로 두거나(\`replicas=2\`) \`vip\`를 빼세요. 다른 자원을 따라다니는 주소(프라이머리와 함께 옮겨 가는 SQL Server 가용성 그룹 리스너)는 별도 장비가 아니므로, 호출하는 쪽을 데이터베이스로 바로 이으세요.`,
        ),
        { want: 2 },
        'info',
      );
    }
    // A service that reads one queue and writes another in a different region (MirrorMaker 2, a Shovel): a mirror the
    // language has no copy relation for, so a region loss counts none of the messages not yet mirrored as lost.
    {
      for (const { via: m, from, to, fromRegion: ra, toRegion: rb } of queueMirrors(facts.design)) {
        add(
          m,
          'queue-mirror',
          L(
            `\`${m.name}\` reads \`${from.name}\` in region \`${ra}\` and writes \`${to.name}\` in region \`${rb}\`: a mirror between the sites, which the model does not treat as a copy — losing \`${ra}\` counts none of the messages not yet mirrored as lost, and the consumers' positions in \`${to.name}\` are not modelled. A mirror copies asynchronously: the messages of the last moments are lost with the region, and consumers that move over re-read or skip what their translated offsets miss. Judge the rpo of the messages by hand.`,
            `\`${m.name}\` 노드는 \`${ra}\` 리전의 ${codeJosa(from.name, '을/를')} 읽어 \`${rb}\` 리전의 \`${to.name}\`에 씁니다. 사이트 사이의 미러인데 이 도구는 이를 사본으로 보지 않습니다. \`${ra}\` 리전을 잃어도 아직 미러되지 않은 메시지를 잃은 것으로 세지 않고, \`${to.name}\`에서 컨슈머의 위치도 계산하지 않습니다. 미러는 비동기로 복사하므로 마지막 순간의 메시지는 리전과 함께 사라지고, 옮겨 간 컨슈머는 변환된 오프셋이 놓친 만큼 다시 읽거나 건너뜁니다. 메시지의 RPO는 따로 판단하세요.`,
          ),
          { from: from.name, to: to.name },
          'info',
        );
      }
    }
    // One caller reading two or more copies of the same source over separate edges: the model reads each edge as a
    // dependency of its own (every read needs all of them, each with the edge's whole share), not as one read pool.
    // `failover=auto` on a plain Redis replica: nothing promotes it (no Sentinel, no cluster mode, no provider).
    for (const n of facts.nodes) {
      if (n.role !== 'standby' || textAttr(n, 'failover') !== 'auto' || !n.of) continue;
      const src = facts.design.nodes.get(n.of);
      if (!src || !redisWithoutManager(n, src)) continue;
      add(
        n,
        'redis-auto-failover',
        L(
          `\`${n.name}\` says \`failover=auto\`, but \`${src.name}\` is plain Redis replication: Redis never promotes a replica by itself — someone runs \`REPLICAOF NO ONE\` and points the clients at it. The model promotes it by hand (a person noticing, then the manual promotion). For an automatic failover run Redis Sentinel (\`mode=sentinel replicas=3\` on \`${src.name}\`) or a managed Redis.`,
          `\`${n.name}\` 노드는 \`failover=auto\`라고 적었지만 \`${src.name}\` 노드는 Sentinel 없는 Redis 복제입니다. Redis는 복제본을 스스로 승격하지 않습니다. 누군가 \`REPLICAOF NO ONE\`을 실행하고 클라이언트가 그쪽을 보게 해야 합니다. 이 도구는 사람이 알아채고 수동으로 승격하는 것으로 계산합니다. 자동 페일오버가 필요하면 Redis Sentinel(\`${src.name}\` 노드에 \`mode=sentinel replicas=3\`)이나 관리형 Redis를 쓰세요.`,
        ),
      );
    }
    // A serving tier that uses a read replica as its whole database (no `reads` label): a replica answers reads only,
    // and nothing ever promotes it (a DR site wired to a cross-region read replica).
    const toReplica = new Set<string>();
    for (const e of facts.design.edges) {
      const to = facts.design.nodes.get(e.to);
      const from = facts.design.nodes.get(e.from);
      if (!to || !from || to.role !== 'replica' || copyOf(facts.design, to) === null || toReplica.has(e.to)) continue;
      if (from.kind !== 'web-server' && from.kind !== 'app-server' && from.kind !== 'service') continue;
      const key = parseRouteLabel(e.label)?.key;
      // Reads labelled as such, or a caller that also reaches the source itself (its writes go there).
      if (key === 'reads' || hasEdge(facts.design, e.from, to.of!)) continue;
      toReplica.add(e.to);
      add(
        to,
        'writes-to-replica',
        L(
          `\`${e.from}\` uses \`${to.name}\` as its database (\`${e.from} -> ${to.name}\`${e.label ? ` : ${e.label.trim()}` : ''}), but \`${to.name}\` is a read replica of \`${to.of}\`: it answers reads only and is never promoted, so every write \`${e.from}\` sends it fails. The model follows the edge and lets it answer \`${e.from}\`'s requests. If \`${to.name}\` is meant to take over (a recovery site's copy), make it a standby (\`standby of=${to.of}\`, with \`failover=\`); if \`${e.from}\` only reads it, label the edge \`: reads\`.`,
          `\`${e.from}\` 노드는 \`${to.name}\` 노드를 자기 DB로 씁니다(\`${e.from} -> ${to.name}\`${e.label ? ` : ${e.label.trim()}` : ''}). 그런데 \`${to.name}\` 노드는 \`${to.of}\`의 읽기 복제본이라 읽기만 처리하고 승격되지도 않으므로, \`${e.from}\` 노드가 보내는 쓰기는 모두 실패합니다. 이 도구는 화살표대로 이 노드가 요청에 답하는 것으로 계산합니다. \`${to.name}\` 노드가 넘겨받아야 하는 사본(복구 사이트의 DB)이라면 대기 노드로 바꾸고(\`standby of=${to.of}\`, \`failover=\` 지정), 읽기만 한다면 화살표에 \`: reads\`를 붙이세요.`,
        ),
        { caller: e.from },
      );
    }
    // Per caller and source, the copies it reads over `reads` edges (one pass over the edges).
    const readCopies = new Map<string, Map<string, Set<string>>>();
    for (const e of facts.design.edges) {
      if (!e.label || parseRouteLabel(e.label)?.key !== 'reads') continue;
      const to = facts.design.nodes.get(e.to);
      const src = to && to.role !== 'primary' ? copyOf(facts.design, to) : null;
      const from = facts.design.nodes.get(e.from);
      // A balancer, proxy or name server in front of the copies spreads over them already.
      if (src === null || !from || from.kind === 'load-balancer' || from.kind === 'gateway' || from.kind === 'dns' || from.kind === 'cdn') continue;
      const bySource = readCopies.get(e.from) ?? new Map<string, Set<string>>();
      readCopies.set(e.from, bySource);
      const set = bySource.get(src) ?? new Set<string>();
      bySource.set(src, set);
      set.add(e.to);
    }
    for (const [from, bySource] of readCopies) {
      const found = [...bySource].find(([, set]) => set.size >= 2);
      if (!found) continue;
      const caller = facts.design.nodes.get(from)!;
      const [source, set] = found;
      const names = [...set];
      const list = names.map((x) => `\`${x}\``).join(', ');
      add(
        caller,
        'split-read-pool',
        L(
          `\`${caller.name}\` reads from ${list} over separate edges, all copies of \`${source}\`. The model reads each edge as a dependency of its own: every read needs all of them, and each is sent the edge's whole share — not a pool that spreads the reads and goes on without a lost copy. If the application reads through one endpoint over them (Aurora's reader endpoint, a ProxySQL or pgpool-II read pool), write them as one node with its instances (\`replica of=${source} replicas=${names.length}\` over their zones), or read through the proxy; if it really needs every one of them, say so by leaving it.`,
          `\`${caller.name}\` 노드는 ${list} 노드를 각각의 연결로 읽는데, 모두 \`${source}\`의 사본입니다. 이 도구는 연결마다 따로 필요한 의존으로 읽습니다. 즉 모든 읽기가 이들 모두를 필요로 하고, 각각이 그 연결의 몫 전체를 받는 것으로 계산하며, 읽기를 나누고 하나를 잃어도 계속 처리하는 풀로 보지 않습니다. 애플리케이션이 하나의 엔드포인트로 이들을 읽는다면(Aurora 리더 엔드포인트, ProxySQL이나 pgpool-II 읽기 풀) 인스턴스를 가진 노드 하나로 적거나(\`replica of=${source} replicas=${names.length}\`, 각 존에 배치) 프록시를 거쳐 읽도록 적으세요. 정말 모두가 필요하다면 그대로 두면 됩니다.`,
        ),
        { readers: names, source },
      );
    }
    // `hit-ratio=` on a cache every caller's edge says holds sessions only (`app -> redis : 세션`): it answers no reads, so the
    // hit ratio takes nothing off a database — said, not used silently (round 125 r06).
    for (const n of facts.nodes) {
      if (n.kind !== 'cache' || !n.attrs.has('hit-ratio') || !facts.sessionUsers.has(n.name)) continue;
      const ins = edgesToNode(facts, n.name);
      if (!ins.length || !ins.every((e) => sessionsOnlyLabel(e.label))) continue;
      add(
        n,
        'hit-ratio-on-sessions',
        L(
          `\`hit-ratio=\` on \`${n.name}\`: every edge into it says it holds sessions, so it answers no reads and the hit ratio takes nothing off a database — the model does not use it. If the application also caches data there, say so on the edge (\`sessions and product cache\`).`,
          `${codeJosa(n.name, '은/는')} \`hit-ratio=\`가 있지만 들어오는 연결이 모두 세션만 둔다고 적혀 있어 읽기를 받지 않고, 히트율도 데이터베이스의 부하를 덜지 않습니다. 이 도구는 이 값을 쓰지 않습니다. 애플리케이션이 데이터도 이곳에 캐시한다면 연결에 그렇게 적으세요(\`세션과 상품 캐시\`).`,
        ),
        {},
        'info',
      );
    }
    return out;
  },
  fixes(design, facts, finding) {
    const n = findingNode(design, finding);
    if (!n) return [];
    const c = finding.data?.['case'] as Case;
    const out: Fix[] = [];
    if (c === 'failover-on-replica') {
      const a = n.attrs.get('replica');
      const r = n.attrs.get('role');
      const edit: Edit | null = a ? { span: a.keySpan, newText: 'standby' } : r && r.valueSpan ? { span: r.valueSpan, newText: 'standby' } : null;
      if (edit) out.push(fix(L(`Make \`${n.name}\` a standby that also serves reads`, `\`${n.name}\` 노드를 읽기도 처리하는 대기 노드로`), [edit, setAttr(design, n, 'readable', null)], true));
    } else if (c === 'reads-to-standby') {
      out.push(fix(L(`Say that \`${n.name}\` serves reads while it waits (readable)`, `\`${n.name}\` 노드가 대기 중에도 읽기를 처리한다고 적기(readable)`), [setAttr(design, n, 'readable', null)], true));
    } else if (c === 'vip-single-instance') {
      out.push(fix(L(`Run the pair (replicas=2)`, `쌍으로 두기(replicas=2)`), [setAttr(design, n, 'replicas', '2')], true));
    } else if (c === 'zones-beyond-instances') {
      const want = finding.data?.['want'];
      if (typeof want === 'number') out.push(fix(L(`One instance in each zone (replicas=${want})`, `존마다 인스턴스 하나씩(replicas=${want})`), [setAttr(design, n, 'replicas', String(want))], true));
    } else if (c === 'autoscale-excludes-replicas') {
      const clamp = finding.data?.['clamp'];
      if (typeof clamp === 'number') out.push(fix(L(`Run ${clamp} instances (replicas=${clamp}), inside the autoscale bounds`, `오토스케일 범위 안의 ${clamp}개로(replicas=${clamp})`), [setAttr(design, n, 'replicas', String(clamp))], true));
    } else if (c === 'zero-timing') {
      const key = finding.data?.['key'] as string;
      out.push(fix(L(`${key}=${key === 'heartbeat' ? '1s' : '5s'}`, `${key}=${key === 'heartbeat' ? '1s' : '5s'}`), [setAttr(design, n, key, key === 'heartbeat' ? '1s' : '5s')], true));
    } else if (c === 'failover-on-primary') {
      const a = n.attrs.get('failover')!;
      const value = textAttr(n, 'failover') ?? 'auto';
      const standbys = (facts.copies.get(n.name) ?? []).filter((s) => s.role === 'standby' && !s.attrs.has('failover'));
      if (standbys.length && a) {
        const end = a.valueSpan ? a.valueSpan.end : a.keySpan.end;
        const edits: Edit[] = [{ span: { line: a.keySpan.line, start: a.keySpan.start - 1, end }, newText: '' }, ...standbys.map((s) => setAttr(design, s, 'failover', value))];
        out.push(fix(L(`Move failover=${value} to ${standbys.map((s) => `\`${s.name}\``).join(', ')}`, `failover=${value}를 ${standbys.map((s) => `\`${s.name}\``).join(', ')} 노드로 옮기기`), edits, true));
      }
    }
    return out;
  },
};
