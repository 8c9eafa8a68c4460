import { findSpofs } from '../analysis/spof';
import { periodicCopy } from './no-backup';
import { hasPlacementSla } from '../model/profiles/derive';
import { codeJosa, josa } from '../shared/josa';
import { arbitersOf, clusterReplicaCounts, isMemcached, majorityOf } from '../model/groups';
import { timingsOf } from '../model/profiles';
import { buildModel, designCloud, instanceCount, maximumProtection, protectionWords, onlyBehindCache, selfRunPostgres, type SimNode } from '../model/request-graph';
import { losslessMode, MYSQL_FAMILY, syncWaitWords } from '../model/replication';
import type { Design, Finding, Localized, RelatedInfo, TopologyNode } from '../syntax/ast';
import { CODES } from '../syntax/codes';
import { edgeSpan, flagAttr, L, nameList, textAttr } from './facts';
import type { Rule } from './rule';
import { clusterMembers, findingNode, fix, laxRpo, redundancyFixes, setAttr } from './fixes';
import { managedCacheReplica } from './missing-replica';

/** Managed database services whose zonal instance becomes HA by the service's own option (a standby in another zone). */
const ZONAL_HA_PROFILES: ReadonlySet<string> = new Set(['gcp-cloud-sql', 'azure-postgres-flexible', 'azure-mysql-flexible']);

/** The engine words that select RDS Single-AZ (profiles/select.ts). */
export const RDS_SINGLE = new Set(['rds', 'rds-single-az']);

/** How to make a node of this kind take care of itself, in both languages. */
export function redundancyAdvice(node: TopologyNode, lax = false, design?: Design): Localized {
  const n = node.name;
  // A read replica (or a standby serving reads) read at its own address: nothing sends its reads elsewhere when it is down.
  // (Oracle: a connect descriptor listing both databases and a role-based service — Data Guard's client failover; round
  // 70c r07 was told of ProxySQL and Aurora, which front no Oracle database.)
  if (node.of && (node.role === 'replica' || node.role === 'standby') && /oracle|data-?guard|adg/i.test(textAttr(node, 'engine') ?? ''))
    return L(
      `Reads sent to \`${n}\`'s own address fail while it is down: connect through a service that moves them — an Oracle Net connect descriptor listing both databases (an ADDRESS_LIST with a connect timeout) for a read-only service that runs on the standby and, when it is gone, on the primary (Data Guard client failover; a role-based service) — and keep a second standby to read from.`,
      `\`${n}\`의 주소로 직접 보내는 읽기는 이 노드가 멈춘 동안 실패합니다. 읽기를 옮겨 주는 서비스로 접속하세요: 두 데이터베이스를 모두 적은 Oracle Net 접속 기술자(접속 타임아웃을 둔 ADDRESS_LIST)로, 평소에는 대기 DB에서, 대기 DB가 없으면 프라이머리에서 도는 읽기 전용 서비스에 붙게 하고(Data Guard 클라이언트 페일오버, 역할 기반 서비스), 읽을 대기 DB를 하나 더 두세요.`,
    );
  // (PostgreSQL: ProxySQL speaks MySQL only, and Aurora's reader endpoint is Aurora's — round 104b r12: Pgpool-II's load
  // balancing falls back to the primary, or HAProxy with a role check.)
  // (Cloud SQL runs MySQL, PostgreSQL or SQL Server: its flavour is read from the label when written — round 106b r04 gave a
  // Cloud SQL for MySQL replica Pgpool-II — and the advice names both proxies when it is not.)
  const eng = `${textAttr(node, 'engine') ?? ''} ${design?.nodes.get(node.of ?? '') ? textAttr(design.nodes.get(node.of!)!, 'engine') ?? '' : ''} ${textAttr(node, 'label') ?? ''}`;
  const cloudSql = /cloud-?sql/i.test(eng);
  if (node.of && (node.role === 'replica' || node.role === 'standby') && cloudSql) {
    const my = /mysql|maria/i.test(eng);
    const pg = /postgres/i.test(eng);
    const proxy = my ? L('ProxySQL', 'ProxySQL') : pg ? L('Pgpool-II', 'Pgpool-II') : L('ProxySQL for MySQL, Pgpool-II for PostgreSQL', 'MySQL이면 ProxySQL, PostgreSQL이면 Pgpool-II');
    return L(
      `Reads sent to \`${n}\`'s own address fail while it is down: read through something that moves them — a proxy with health checks in front of the primary and the replicas that sends reads to the primary when no replica is up (${proxy.en}; reach the proxies through an internal load balancer, as a Google Cloud VPC moves no keepalived virtual IP), or the application falling back to the primary — and keep a second replica behind it.`,
      `\`${n}\`의 주소로 직접 보내는 읽기는 이 노드가 멈춘 동안 실패합니다. 읽기를 옮겨 주는 것을 거치게 하세요: 프라이머리와 복제본 앞에 헬스 체크하는 프록시를 두어 살아 있는 복제본이 없으면 프라이머리로 읽기를 보내게 하거나(${proxy.ko}. Google Cloud VPC는 keepalived 가상 IP를 옮기지 않으니 내부 부하 분산기로 프록시에 접속), 애플리케이션이 프라이머리로 되돌아가 읽게 하고, 그 뒤에 복제본을 하나 더 두세요.`,
    );
  }
  if (node.of && (node.role === 'replica' || node.role === 'standby') && /postgres|patroni|repmgr|alloydb|pg\b|citus|timescale|crunchy|cloudnative/i.test(eng) && !/aurora|mysql|maria/i.test(eng))
    return L(
      `Reads sent to \`${n}\`'s own address fail while it is down: read through something that moves them — Pgpool-II with load balancing in front of the primary and the replicas (it sends reads to the primary when no replica is up: \`ro: load-balancer engine=pgpool replicas=2 vip health-check\`), or HAProxy checking each server's role — and keep a second replica behind it.`,
      `\`${n}\`의 주소로 직접 보내는 읽기는 이 노드가 멈춘 동안 실패합니다. 읽기를 옮겨 주는 것을 거치게 하세요: 프라이머리와 복제본 앞에 부하 분산을 켠 Pgpool-II를 두거나(살아 있는 복제본이 없으면 프라이머리로 읽기를 보냄: \`ro: load-balancer engine=pgpool replicas=2 vip health-check\`), 서버마다 역할을 확인하는 HAProxy를 두고, 그 뒤에 복제본을 하나 더 두세요.`,
    );
  if (node.of && (node.role === 'replica' || node.role === 'standby'))
    return L(
      `Reads sent to \`${n}\`'s own address fail while it is down: read through something that moves them — a database proxy with health checks in front of the replicas that falls back to the primary (\`ro: load-balancer engine=proxysql replicas=2 vip health-check\`, ProxySQL keeps the writer among the readers), or a reader endpoint that does (Aurora) — and keep a second replica behind it.`,
      `\`${n}\`의 주소로 직접 보내는 읽기는 이 노드가 멈춘 동안 실패합니다. 복제본 주소로 직접 읽지 말고, 장애 때 읽기를 다른 곳으로 넘겨 주는 장치를 거치게 하세요: 복제본 앞에 헬스 체크하는 DB 프록시를 두어 살아 있는 복제본이 없으면 원본으로 보내게 하거나(\`ro: load-balancer engine=proxysql replicas=2 vip health-check\`, ProxySQL은 기본으로 쓰기 노드도 읽기 대상에 둡니다), 그렇게 동작하는 읽기 엔드포인트(Aurora)를 쓰고, 그 뒤에 복제본을 하나 더 두세요.`,
    );
  // RDS Single-AZ: the product's own answer is a Multi-AZ deployment (a synchronous standby the service promotes), not a hand-built standby.
  if (node.kind === 'database' && RDS_SINGLE.has((textAttr(node, 'engine') ?? '').toLowerCase()))
    return L(
      `Make it a Multi-AZ deployment (\`engine=rds-multi-az\`): RDS keeps a synchronous standby in another zone and fails over to it in 60–120 s.`,
      `다중 AZ 배포로 바꾸세요(\`engine=rds-multi-az\`). RDS가 다른 존에 동기 대기 인스턴스를 두고 60–120초 안에 페일오버합니다.`,
    );
  // A zonal managed instance whose service offers its own HA (Cloud SQL, Azure Database for PostgreSQL/MySQL flexible
  // server): turning that on is the fix, not a standby of one's own — which these services cannot run (round 90b r02).
  if (node.kind === 'database' && node.zones.length < 2 && ZONAL_HA_PROFILES.has(timingsOf(node).profile.id))
    return L(
      `Turn on the service's high availability (write it over two zones: \`zones=${node.zones[0] ?? 'a'},…\`): the provider keeps a synchronous standby in another zone and fails over to it by itself, with no data lost.`,
      `서비스의 고가용성 옵션을 켜세요(두 존에 걸쳐 적기: \`zones=${node.zones[0] ?? 'a'},…\`). 제공자가 다른 존에 동기 대기 인스턴스를 두고 데이터 유실 없이 스스로 페일오버합니다.`,
    );
  // Another company's API (a payment gateway, an identity or SMS provider: its name or label says so): its instances are not
  // the design's to add — a second provider to fall back to, or taking the requests asynchronously, is (round 122c r04).
  if (externalService(node))
    return L(
      `\`${n}\` is another company's service (its name or label says so): its instances are not yours to add. Contract a second provider and let the caller fall back to it when the first fails (a second edge through a router that checks both: \`${n}-2: service label="second provider"\`), or take the requests asynchronously (a queue and retries) so that its outage delays them instead of failing them.`,
      `${codeJosa(n, '은/는')} 다른 회사의 서비스라(이름이나 레이블에 그렇게 적혀 있음) 인스턴스를 늘릴 수 있는 대상이 아닙니다. 두 번째 제공자와 계약해 첫 번째가 실패하면 호출하는 쪽이 그쪽으로 넘어가게 하거나(둘을 확인하는 라우터를 거치는 두 번째 연결: \`${n}-2: service label="두 번째 제공자"\`), 요청을 비동기로 받아(큐와 재시도) 장애 동안 요청이 실패하지 않고 늦어지게 하세요.`,
    );
  switch (node.kind) {
    case 'database':
      // A product that replicates by running as a cluster (MongoDB, CockroachDB, Elasticsearch/OpenSearch, Galera): more
      // members, not a standby — three, so that a majority is left after one is lost.
      const members = clusterMembers(node);
      // (A replica set of two data members and an arbiter already has three voters: a majority is left when one is lost,
      // and what a lost primary costs is its election. Writing `replicas=3` beside the arbiter makes four voters — round
      // 108 r04. The arbiter's place goes to a third data member, which also keeps majority writes going.)
      const arb = arbitersOf(node);
      if (members !== null && arb > 0 && instanceCount(node) + arb >= 3)
        return L(
          `\`${n}\` already has three voters (data members and ${arb > 1 ? 'arbiters' : 'an arbiter'}): a majority is left when one is lost, and a lost primary costs its election. Replace the arbiter with a third data-bearing member (\`replicas=3\`, no \`arbiters=\`): writes that wait for a majority then go on while a data member is down, and a second copy is left.`,
          `\`${n}\` 노드에는 이미 투표 구성원이 셋 있습니다(데이터 구성원과 아비터). 하나를 잃어도 과반이 남고, 프라이머리를 잃으면 선출 시간만큼 멈춥니다. 아비터 대신 데이터를 가진 세 번째 구성원을 두세요(\`replicas=3\`, \`arbiters=\` 없이). 그러면 데이터 구성원 하나가 멈춰도 과반을 기다리는 쓰기가 계속되고, 사본도 하나 더 남습니다.`,
        );
      if (members !== null) {
        const search = members.includes('shard-replicas');
        return L(
          `Run it as a cluster of three members (\`${members}\`${search ? ': a replica of every shard on another node' : ''}), so that a majority is left when one is lost — ${textAttr(node, 'engine')} keeps its copies on its members; it has no standby to add.`,
          `구성원 3개로 클러스터를 구성하세요(\`${members}\`${search ? ': 샤드마다 다른 노드에 복제본' : ''}). 하나를 잃어도 과반이 남습니다. ${codeJosa(textAttr(node, 'engine') ?? '', '은/는')} 구성원에 사본을 두므로 따로 붙일 대기 노드가 없습니다.`,
        );
      }
      // A goal that allows some seconds of writes lost (rpo > 0): an asynchronous standby meets it, without the commit
      // latency and stalls of a synchronous one.
      if (lax)
        return L(
          `Add a standby that takes over automatically (\`${n}-standby: ${node.kindText} standby of=${n} replication=async failover=auto\`): the goal's rpo allows the seconds an asynchronous copy lags behind, without a synchronous copy's wait on every commit.`,
          `자동으로 넘겨받는 대기 노드를 추가하세요(\`${n}-standby: ${node.kindText} standby of=${n} replication=async failover=auto\`). 목표 RPO가 비동기 사본이 뒤처지는 몇 초를 허용하므로, 커밋마다 기다리는 동기 사본은 필요 없습니다.`,
        );
      // PostgreSQL waits for a synchronous standby on every commit: two, so that losing one stops nothing.
      if (selfRunPostgres(node))
        return L(
          `Add standbys that take over automatically, two of them so that a commit never waits on one alone (\`${n}-standby: ${node.kindText} standby of=${n} replication=sync failover=auto replicas=2\`, \`synchronous_standby_names = 'ANY 1 (…)'\`).`,
          `자동으로 넘겨받는 대기 노드를 두 대 두어 커밋이 한 대만 기다리지 않게 하세요(\`${n}-standby: ${node.kindText} standby of=${n} replication=sync failover=auto replicas=2\`, \`synchronous_standby_names = 'ANY 1 (…)'\`).`,
        );
      return L(
        `Add a standby that takes over automatically (\`${n}-standby: ${node.kindText} standby of=${n} replication=${losslessMode(node)} failover=auto\`).`,
        `자동으로 넘겨받는 대기 노드를 추가하세요(\`${n}-standby: ${node.kindText} standby of=${n} replication=${losslessMode(node)} failover=auto\`).`,
      );
    case 'storage':
      // An EBS volume: one volume in one zone, no standby to add; a lost one is recreated from its snapshot.
      if (timingsOf(node).profile.id === 'aws-ebs')
        return L(
          `An EBS volume has no standby: a lost one is recreated from its last snapshot — check that the restore fits the RTO and the snapshot interval the RPO (\`backup=\`), or keep the data on storage replicated across zones (EFS, or a database with a standby in another zone).`,
          `EBS 볼륨에는 대기 볼륨이 없어, 잃으면 마지막 스냅샷에서 다시 만듭니다. 복원 시간이 RTO 안에, 스냅샷 간격(\`backup=\`)이 RPO 안에 드는지 확인하거나, 여러 존에 복제되는 저장소(EFS, 또는 다른 존에 대기 노드를 둔 데이터베이스)에 데이터를 두세요.`,
        );
      // Scratch space holds nothing of record: a second volume to switch to, or a rebuild fast enough — no copy, no backup.
      if (flagAttr(node, 'scratch') === true)
        return L(
          `It holds only scratch files, so no copy of their contents is needed, only of the service: a second server that takes over the volume's role (\`${n}-b: ${node.kindText} scratch standby of=${n} failover=auto\`), or check that rebuilding it empty (and re-running the jobs it held) fits the RTO.`,
          `임시 파일만 두므로 내용의 사본은 필요 없고, 서비스만 이어지면 됩니다. 그 역할을 넘겨받는 두 번째 서버를 두거나(\`${n}-b: ${node.kindText} scratch standby of=${n} failover=auto\`), 빈 채로 다시 만들고 그 안의 작업을 다시 돌리는 시간이 RTO 안에 드는지 확인하세요.`,
        );
      // (A dual-controller array is one array whose second controller takes over the same disks — `replication=shared`; a
      // second array copied synchronously also survives the loss of the array itself. Kept apart: round 116c r01 told a
      // team with an HA pair to add "a dual-controller pair" written as a synchronous copy.)
      return L(
        `If it is a dual-controller array (an HA pair of controllers on the same disk shelves), write the second controller (\`${n}-b: ${node.kindText} standby of=${n} replication=shared failover=auto\`): it takes over the same disks when a controller fails. To survive the loss of the array itself, add a second array copied synchronously (\`${n}-copy: ${node.kindText} standby of=${n} replication=sync failover=auto\`); or, if an outage until the repair is acceptable, check that restoring from the backup fits the RTO.`,
        `컨트롤러 이중화 장비(같은 디스크 셸프를 쓰는 컨트롤러 HA 쌍)라면 두 번째 컨트롤러를 적으세요(\`${n}-b: ${node.kindText} standby of=${n} replication=shared failover=auto\`). 컨트롤러가 고장 나면 같은 디스크를 넘겨받습니다. 장비 자체를 잃어도 버티려면 동기로 복제되는 두 번째 장비를 두고(\`${n}-copy: ${node.kindText} standby of=${n} replication=sync failover=auto\`), 수리될 때까지 멈춰도 된다면 백업에서 복원하는 시간이 RTO 안에 드는지 확인하세요.`,
      );
    case 'cache':
      // ElastiCache/MemoryDB, or any provider-run cache: the service fails over to a replica (Multi-AZ, a Standard tier);
      // Sentinel is not how it is run.
      if (hasPlacementSla(textAttr(node, 'engine')) || node.managed) return managedCacheReplica(node);
      // A Redis Cluster: a replica per shard, not Sentinel (a different mode that gives up sharding) — round 37.
      if (textAttr(node, 'mode') === 'cluster') {
        const shards = Math.max(3, Number(textAttr(node, 'shards') ?? 3) || 3);
        return L(
          `Give every shard a replica (\`shards=${shards} replicas=${2 * shards}\`): the cluster promotes a lost master's replica by itself, with a majority of masters left.`,
          `샤드마다 복제본을 두세요(\`shards=${shards} replicas=${2 * shards}\`). 마스터의 과반이 남아 있으면 클러스터가 잃은 마스터의 복제본을 스스로 승격합니다.`,
        );
      }
      // Memcached does not replicate (round 37): no Sentinel, no standby — what must outlive a server goes to a store that copies.
      if (isMemcached(node))
        return L(
          'Memcached does not replicate and has no failover: keep what must outlive a server in a store that copies it — Redis with a replica and Sentinel (`engine=redis mode=sentinel replicas=3`), or the database — or several memcached servers (`replicas=3`) if losing a share of it is acceptable.',
          'Memcached는 복제도 페일오버도 하지 않습니다. 서버가 죽어도 남아야 하는 것은 복제되는 저장소에 두거나(복제본과 센티널을 갖춘 Redis: `engine=redis mode=sentinel replicas=3`, 또는 데이터베이스), 일부를 잃어도 된다면 memcached 서버를 여러 대 두세요(`replicas=3`).',
        );
      return L(
        'Run it with automatic failover: `mode=sentinel replicas=3`, or add a standby with `failover=auto`.',
        '자동 페일오버 구성으로 바꾸세요: `mode=sentinel replicas=3`, 또는 `failover=auto` 대기 노드를 추가하세요.',
      );
    case 'gateway':
      // Instances it has, reached at their own addresses: a moving address in front is what is missing (round 61 r06).
      if (node.replicas >= 2 && !node.attrs.has('vip'))
        return L(
          `Its ${node.replicas} instances are reached at their own addresses: give them one that moves to a live instance (\`vip\`, keepalived), a health-checked DNS record, or a managed balancer in front.`,
          `인스턴스 ${node.replicas}개를 각자의 주소로 부르고 있습니다. 살아 있는 인스턴스로 옮겨 가는 주소 하나(\`vip\`, keepalived)나 헬스 체크하는 DNS 레코드, 또는 관리형 로드밸런서를 앞에 두세요.`,
        );
      return L(
        'Run a pair of gateways sharing a virtual IP (`replicas=2 vip`), or use a managed gateway (`managed`).',
        '가상 IP를 공유하는 게이트웨이 한 쌍으로 만들거나(`replicas=2 vip`), 관리형 게이트웨이(`managed`)를 쓰세요.',
      );
    case 'load-balancer':
      // Already managed (an ALB, Google Cloud's load balancer): not told to use a managed balancer (round 63b r08).
      if (node.managed) return managedAlready();
      // A proxy run as pods behind a Kubernetes Service (a PgBouncer or HAProxy Deployment): the Service already gives
      // them one address and drops a lost pod — a second replica is what is missing, no VRRP address (round 74b r03).
      if (timingsOf(node).profile.id === 'k8s-service')
        return L(
          'Run two or more replicas of it (`replicas=2`, spread over nodes or zones): its Service sends to the live ones.',
          '복제본을 둘 이상 두세요(`replicas=2`, 노드나 존에 나누어): Service가 살아 있는 쪽으로 보냅니다.',
        );
      // (On a public cloud keepalived cannot move a virtual IP between zones: the provider's balancer — round 124b r02.)
      {
        const cloud = design ? designCloud(design) : null;
        if (cloud !== null)
          return L(
            `Use ${cloud}'s load balancer in its place (\`managed\`), or run two instances behind it: on ${cloud} keepalived cannot move a virtual IP between zones.`,
            `${cloud}의 로드밸런서로 바꾸거나(\`managed\`), 그 뒤에 인스턴스를 둘 두세요. ${cloud}에서는 keepalived가 가상 IP를 존 사이로 옮기지 못합니다.`,
          );
      }
      return L(
        'Run a pair of balancers sharing a virtual IP (`replicas=2 vip`), or use a managed balancer (`managed`).',
        '가상 IP를 공유하는 로드밸런서 한 쌍으로 만들거나(`replicas=2 vip`), 관리형 로드밸런서(`managed`)를 쓰세요.',
      );
    case 'web-server':
    case 'app-server':
    case 'service':
      // Instances it already has: what is missing is something that routes around a dead one.
      // Behind a balancer of the design's that does not check them: its check is what is missing (round 53 r05).
      if (node.replicas >= 2 && design) {
        const m = buildModel(design);
        const i = m.byName.get(node.name);
        const blind = i === undefined ? undefined : m.nodes[i]!.callers.map((c) => m.nodes[c]!).find((c) => (c.kind === 'load-balancer' || c.kind === 'gateway') && c.lbDetect === null);
        if (blind)
          return L(
            `Its ${node.replicas} instances sit behind \`${blind.name}\`, which does not check them: give \`${blind.name}\` a health check (\`health-check\`, or \`health-check=/health\` to probe a path) so that it stops sending to a dead one.`,
            `인스턴스 ${node.replicas}개는 ${codeJosa(blind.name, '이/가')} 앞에서 나누지만 상태를 확인하지 않습니다. \`${blind.name}\`에 헬스 체크를 두세요(\`health-check\`, 경로를 확인하려면 \`health-check=/health\`). 그래야 죽은 인스턴스로 보내지 않습니다.`,
          );
      }
      if (node.replicas >= 2)
        return L(
          `Its ${node.replicas} instances need something that stops sending to a dead one: a load balancer with health checks in front of them, or callers that try the next instance themselves (\`failover=client\`).`,
          `인스턴스 ${node.replicas}개는 이미 있으니, 죽은 인스턴스로 보내지 않게 해 줄 장치가 필요합니다: 앞에 헬스 체크하는 로드밸런서를 두거나, 호출하는 쪽이 다음 인스턴스로 스스로 넘어가게 하세요(\`failover=client\`).`,
        );
      {
        // An autoscaled tier whose minimum is one instance or none: the minimum is what to raise (round 46b r04).
        const a = node.attrs.get('autoscale')?.value;
        if (a && a.type === 'range' && a.min < 2) {
          const range = `autoscale=2..${Math.max(2, a.max)}`;
          return L(
            `Keep at least two instances (\`${range}\`) behind a load balancer with health checks; if it is a function that starts on each request (Lambda, Cloud Run), say so (\`engine=lambda\`, \`engine=cloud-run\`).`,
            `헬스 체크가 있는 로드밸런서 뒤에 인스턴스를 최소 두 개 두세요(\`${range}\`). 요청마다 뜨는 함수(Lambda, Cloud Run)라면 그렇게 적으세요(\`engine=lambda\`, \`engine=cloud-run\`).`,
          );
        }
      }
      return L(
        'Run two or more instances (`replicas=2`) behind a load balancer with health checks.',
        '헬스 체크가 있는 로드밸런서 뒤에서 인스턴스를 두 개 이상 실행하세요(`replicas=2`).',
      );
    default:
      // A managed single-instance broker (Amazon MQ): the provider's cluster deployment, not "managed" again (round 43b).
      if (node.managed && node.kind === 'queue')
        return L(
          'It is already managed, but as one instance: use the provider\'s clustered deployment, brokers spread over zones (Amazon MQ for RabbitMQ: a three-node cluster, `replicas=3` over three zones).',
          '이미 관리형이지만 인스턴스가 하나입니다. 제공자의 클러스터 배포로 바꾸어 브로커를 여러 존에 나누세요(Amazon MQ for RabbitMQ: 노드 3개 클러스터, 세 존에 `replicas=3`).',
        );
      // A managed service already (a CDN, Front Door, a global accelerator): "use a managed service" proposes what the
      // design has (round 62b r05). Only an independent second path raises what its provider commits to.
      if (node.managed) return managedAlready();
      return L('Run two or more instances (`replicas=2`) or use a managed service (`managed`).', '인스턴스를 두 개 이상 두거나(`replicas=2`) 관리형 서비스(`managed`)를 쓰세요.');
  }
}

/** The engine of a node as written, for messages (`engine=mongodb`), or the voting flag. */
function engineWord(n: TopologyNode): string {
  const e = textAttr(n, 'engine');
  return e ? `\`engine=${e}\`` : '`quorum`';
}

/** What a node's RAID level covers, for a node that is a single point of failure: failed disks, not the box they sit in. */
export function raidCovers(node: TopologyNode): Localized | null {
  const v = node.attrs.get('raid')?.value;
  const level = v ? (v.type === 'number' ? String(v.value) : v.type === 'text' ? v.value : '') : '';
  const disks: Record<string, [string, string]> = {
    '1': ['a failed disk (its mirror keeps the data)', '디스크 하나의 고장(미러가 데이터를 지킴)'],
    '5': ['one failed disk', '디스크 하나의 고장'],
    '6': ['two failed disks', '디스크 두 개의 고장'],
    '10': ['one failed disk in each mirrored pair', '미러 쌍마다 디스크 하나의 고장'],
  };
  const d = disks[level];
  if (!d) return null;
  return L(
    ` Its RAID ${level} covers ${d[0]}, not the server, controller or power supply the array sits in: losing that is what is meant here, and the data stays on the disks until it is repaired.`,
    ` ${josa(`RAID ${level}`, '은/는')} ${d[1]}을 견디지만, 어레이가 들어 있는 서버·컨트롤러·전원은 지키지 못합니다. 여기서 말하는 장애가 그것이고, 데이터는 수리될 때까지 디스크에 남아 있습니다.`,
  );
}

/**
 * The classes a single point of failure fails, said once: a read or write class split by a share edge
 * (\`reads: payments\`, model/request-graph.ts) is named as the class when the whole class fails, and as the share
 * when that share of the reads and of the writes fails.
 */
/**
 * A third party's API written as a node (a payment gateway, a partner's API): its label or name says external, another
 * company's, or a contracted agent (PG사, 대행사). Not a managed service of the design's own cloud (`managed`).
 */
export function externalService(node: TopologyNode): boolean {
  if (node.managed || (node.kind !== 'service' && node.kind !== 'app-server' && node.kind !== 'gateway')) return false;
  const words = `${node.name} ${textAttr(node, 'label') ?? ''}`;
  return /\b(external|third[- ]?party|3rd[- ]?party|partner|vendor)\b|외부|대행사|PG사|제휴사|협력사|타사/i.test(words);
}

/**
 * A route label of a share edge crossed with a request class: `reads: X`, `writes: X`, or in the classes' own words
 * (`조회`/`읽기`, `쓰기` — round 122c r04 printed `조회: 결제 승인`, `쓰기: 결제 승인`); the class, then the share's label.
 */
export const CLASS_SHARE = /^(reads|writes|읽기|조회|쓰기): (.*)$/;

function collapseShares(labels: string[]): string[] {
  const isRead = (w: string): boolean => w === 'reads' || w === '읽기' || w === '조회';
  let out = [...new Set(labels)];
  out = out.filter((l) => {
    const m = CLASS_SHARE.exec(l);
    return !m || !out.includes(m[1]!);
  });
  const reads = new Set<string>();
  const writes = new Set<string>();
  for (const l of out) {
    const m = CLASS_SHARE.exec(l);
    if (m) (isRead(m[1]!) ? reads : writes).add(m[2]!);
  }
  const both = [...reads].filter((x) => writes.has(x));
  if (!both.length) return out;
  const res: string[] = [];
  for (const l of out) {
    const m = CLASS_SHARE.exec(l);
    const share = m && both.includes(m[2]!) ? m[2]! : null;
    if (share === null) res.push(l);
    else if (!res.includes(share)) res.push(share);
  }
  return res;
}

/** `a`, `b`로: a list of names ending with the particle of its last one. */
function toRoutesKo(names: string[]): string {
  const last = names[names.length - 1]!;
  return [...names.slice(0, -1).map((x) => `\`${x}\``), codeJosa(last, '으로/로')].join(', ');
}

export const singlePointOfFailure: Rule<'single-point-of-failure'> = {
  id: 'single-point-of-failure',
  check({ design, facts }) {
    // Replica sets of two members written member by member: each member → its primary (SimNode.quorumPeers).
    const pairs = new Map<number, SimNode>();
    for (const p of buildModel(design).nodes) if (p.quorumPeers !== null && p.quorumPeers.length === 2) for (const i of p.quorumPeers) pairs.set(i, p);
    return findSpofs(design).map((s) => {
      const node = design.nodes.get(s.node)!;
      const entries = nameList(s.entries);
      const deps = nameList(s.dependents);
      // A standby that is there but promoted by a person later than the node is rebuilt: name it (the advice to add one
      // does not fit).
      const slowStandby = node.role !== 'standby' && node.role !== 'replica' ? (facts.copies.get(s.node) ?? []).find((c) => c.role === 'standby' && textAttr(c, 'failover') === 'manual') : undefined;
      const advice = slowStandby ? L('', '') : redundancyAdvice(node, laxRpo(design), design);
      const raid = raidCovers(node);
      // Read replicas of it: copies that serve reads, which nothing promotes (a learner often takes them for a standby).
      // (A managed database gets no self-run failover manager to name — none can run on RDS: round 47b r03.)
      // (A copy refreshed every hour or more is a backup job, not a replica anything would promote.)
      const readers = (facts.copies.get(s.node) ?? []).filter((n) => n.role === 'replica' && !periodicCopy(n)).map((n) => n.name);
      const readersList = nameList(readers);
      const via = s.dependents.length && !(s.dependents.length === 1 && s.entries.length === 1 && s.dependents[0] === s.entries[0]);
      const selfEntry = s.entries.length === 1 && s.entries[0] === s.node;
      const sim = buildModel(design).nodes[buildModel(design).byName.get(s.node)!]!;
      const g = sim.group;
      const routeNames = collapseShares((s.routes ?? []).map((r) => r.route));
      const routeList = routeNames.map((r) => `\`${r}\``);
      // The request classes the tool names itself (a caller's reads and writes) in the reader's words.
      const rwKo = (r: string): string => (r === 'reads' ? '읽기' : '쓰기');
      const routeListKo = routeNames.map((r) => {
        const m = /^(reads|writes): (.*)$/.exec(r);
        return r === 'reads' || r === 'writes' ? rwKo(r) : m ? `${rwKo(m[1]!)} 중 \`${m[2]}\`` : `\`${r}\``;
      });
      const routerNames = [...new Set((s.routes ?? []).map((r) => r.router))];
      const routers = nameList(routerNames);
      const routerCount = routerNames.length;
      // People (a client) send the requests themselves: `직원`이 … 보내는; a balancer is where they come from: `lb`에서.
      const fromKo = routerCount === 1 && design.nodes.get(routerNames[0]!)?.kind === 'client' ? codeJosa(routerNames[0]!, '이/가') : `${routers.ko}에서`;
      // A client's requests to this node itself (one class per service a client calls).
      const direct = s.routes !== undefined && s.routes.every((r) => r.route === s.node);
      // The one synchronous standby of a PostgreSQL primary: every commit waits for it.
      const waits = sim.syncFor >= 0 ? buildModel(design).nodes[sim.syncFor]!.name : null;
      // A member of a replica set of two that votes (written as a primary and its copy): the majority is both.
      const model = buildModel(design);
      // A voting group of 2+ members that one loss stops (two etcd, a two-node quorum queue): more members, an odd number,
      // not "2 instances" — said on the route-scoped messages too (round 42: `replicas=2` for one that had 2).
      const vote =
        g !== null && (g.type === 'leader' || g.type === 'majority') && g.shards === 1 && sim.instances >= 2
          ? L(
              `Its ${sim.instances} members need a majority (${majorityOf(g.voters)} of ${g.voters}), so losing one stops the group: run an odd number of voters (\`replicas=${sim.instances + 1}\`) in separate zones.`,
              `구성원 ${sim.instances}개는 과반(${g.voters}개 중 ${majorityOf(g.voters)}개)이 있어야 동작하므로 하나만 잃어도 그룹이 멈춥니다. 투표 구성원을 홀수로 서로 다른 존에 두세요(\`replicas=${sim.instances + 1}\`).`,
            )
          : null;
      const routeAdvice = vote ?? advice;
      const set = pairs.get(sim.idx);
      const other = set ? model.nodes[set.quorumPeers!.find((i) => i !== sim.idx)!]!.name : null;
      const message = set && other !== null
        ? L(
            `\`${s.node}\` is a single point of failure: with \`${other}\` it is a replica set of two members that votes (${engineWord(set.node)}), and the primary takes writes — and a member is elected — only with a majority, which of two is both. Losing \`${s.node}\` stops every write from ${entries.en} until it is back. Add a third member in a third place (\`${set.name}-3: ${set.node.kindText} standby of=${set.name} failover=auto\`, or an arbiter where the product has one).`,
            `${codeJosa(s.node, '은/는')} 단일 장애점입니다. \`${other}\` 노드와 함께 투표하는, 구성원이 둘뿐인 복제 세트(${engineWord(set.node)})인데, 과반이 있어야 프라이머리가 쓰기를 받고 구성원이 선출되며 둘 중 과반은 둘 다입니다. 이 노드를 잃으면 돌아올 때까지 ${entries.ko}의 쓰기가 모두 멈춥니다. 세 번째 장소에 세 번째 구성원을 두세요(\`${set.name}-3: ${set.node.kindText} standby of=${set.name} failover=auto\`, 또는 제품에 있다면 아비터).`,
          )
        : waits !== null && maximumProtection(design.nodes.get(waits)!) && protectionWords(design.nodes.get(waits)!).tibero
        ? L(
            `\`${s.node}\` is a single point of failure: it is \`${waits}\`'s only synchronized standby, and in PROTECTION mode (\`LOG_REPLICATION_MODE=PROTECTION\`, written \`protection=maximum-protection\`) a Tibero primary that cannot send its redo to the standby shuts down, so when \`${s.node}\` goes down nothing from ${entries.en} is served until it is back or a DBA restarts \`${waits}\` in AVAILABILITY mode, although \`${waits}\` is healthy. Add a second synchronized standby (\`${s.node}-2: database engine=tibero standby of=${waits} replication=sync\`) in another place, or run in AVAILABILITY mode.`,
            `${codeJosa(s.node, '은/는')} 단일 장애점입니다. \`${waits}\` 노드의 유일한 동기화 대기인데, PROTECTION 모드(\`LOG_REPLICATION_MODE=PROTECTION\`, \`protection=maximum-protection\`로 표기)의 Tibero 프라이머리는 대기에 REDO를 보낼 수 없으면 내려가므로, 이 노드가 멈추면 \`${waits}\` 노드가 멀쩡해도 돌아오거나 DBA가 ${codeJosa(waits, '을/를')} AVAILABILITY 모드로 다시 열 때까지 ${entries.ko}의 요청이 하나도 처리되지 않습니다. 다른 장소에 동기화 대기를 하나 더 두거나(\`${s.node}-2: database engine=tibero standby of=${waits} replication=sync\`), AVAILABILITY 모드로 운영하세요.`,
          )
        : waits !== null && maximumProtection(design.nodes.get(waits)!)
        ? L(
            `\`${s.node}\` is a single point of failure: it is \`${waits}\`'s only synchronized standby, and in Maximum Protection (\`protection=maximum-protection\`) an Oracle primary that cannot write its redo to one shuts down, so when \`${s.node}\` goes down nothing from ${entries.en} is served until it is back or a DBA restarts \`${waits}\` in a lower mode, although \`${waits}\` is healthy. Oracle recommends at least two standbys in this mode: add a second synchronized standby (\`${s.node}-2: database engine=oracle standby of=${waits} replication=sync\`) in another place, or run in Maximum Availability.`,
            `${codeJosa(s.node, '은/는')} 단일 장애점입니다. \`${waits}\` 노드의 유일한 동기화 대기인데, 최대 보호 모드(\`protection=maximum-protection\`)의 Oracle 프라이머리는 동기화 대기에 REDO를 쓸 수 없으면 내려가므로, 이 노드가 멈추면 \`${waits}\` 노드가 멀쩡해도 돌아오거나 DBA가 ${codeJosa(waits, '을/를')} 낮은 모드로 다시 열 때까지 ${entries.ko}의 요청이 하나도 처리되지 않습니다. Oracle은 이 모드에서 대기를 둘 이상 두라고 권합니다. 다른 장소에 동기화 대기를 하나 더 두거나(\`${s.node}-2: database engine=oracle standby of=${waits} replication=sync\`), 최대 가용성 모드로 운영하세요.`,
          )
        : waits !== null
        ? ((w) =>
            L(
              `\`${s.node}\` is a single point of failure: it is \`${waits}\`'s only synchronous standby, and ${w.why.en}, so when it goes down no write from ${entries.en} completes until it is back, although \`${waits}\` is healthy. ${w.fix.en}`,
              `${codeJosa(s.node, '은/는')} 단일 장애점입니다. \`${waits}\` 노드의 유일한 동기 대기 노드라 ${w.why.ko}, 이 노드가 멈추면 \`${waits}\` 노드가 멀쩡해도 돌아올 때까지 ${entries.ko}의 쓰기가 하나도 끝나지 않습니다. ${w.fix.ko}`,
            ))(syncWaitWords(design.nodes.get(waits)!, design.nodes.get(s.node)!))
        : s.routes && direct
        ? L(
            `\`${s.node}\` is a single point of failure for the requests ${routers.en} send${(s.routes ?? []).length > 1 ? '' : 's'} to it: nothing takes over, so when it goes down they fail while ${routers.en}'s other requests are served. ${routeAdvice.en}`,
            `\`${s.node}\` 노드는 ${fromKo} 이 노드로 보내는 요청에 대한 단일 장애점입니다. 이 노드를 대신할 곳이 없어, 멈추면 ${routers.ko}의 다른 요청은 처리되어도 이 요청은 실패합니다. ${routeAdvice.ko}`,
          )
        : s.routes && s.routes.every((r) => design.nodes.get(r.router)?.kind === 'client')
        ? L(
            `\`${s.node}\` is a single point of failure for the requests ${routers.en} send${routerCount > 1 ? '' : 's'} to ${routeList.join(', ')}: every such request needs it and nothing takes over, so when it goes down they fail while ${routers.en}'s other requests are served. ${routeAdvice.en}`,
            `\`${s.node}\` 노드는 ${fromKo} ${toRoutesKo(s.routes.map((r) => r.route))} 보내는 요청에 대한 단일 장애점입니다. 모두 이 노드를 거치는 요청인데 대신할 곳이 없어, 멈추면 ${routers.ko}의 다른 요청은 처리되어도 이 요청은 실패합니다. ${routeAdvice.ko}`,
          )
        : s.routes
        ? L(
            `\`${s.node}\` is a single point of failure for the ${routeList.join(', ')} requests of ${routers.en}: every such request needs it and nothing takes over, so when it goes down those requests from ${entries.en} fail while the others are served. ${routeAdvice.en}`,
            `\`${s.node}\` 노드는 ${routers.ko}의 ${routeListKo.join(', ')} 요청에 대한 단일 장애점입니다. 모두 이 노드를 거치는 요청인데 대신할 곳이 없어, 멈추면 다른 요청은 처리되어도 ${s.entries.length === 1 ? `${codeJosa(s.entries[0]!, '이/가')} 보낸` : `${entries.ko}에서 온`} 이 요청은 모두 실패합니다. ${routeAdvice.ko}`,
          )
        : g !== null && g.type === 'cluster' && sim.instances >= 2 && !clusterReplicaCounts(g).some((c) => c === 0)
        ? L(
            `\`${s.node}\` is a single point of failure although every shard has a replica: with ${g.shards} master${g.shards > 1 ? 's' : ''}, losing one leaves no majority of masters to authorise a replica's promotion, so the whole cluster answers CLUSTERDOWN and requests from ${entries.en} fail until it is repaired. Run 3 or more shards (\`shards=3 replicas=6\`).`,
            `\`${s.node}\` 노드는 샤드마다 복제본이 있는데도 단일 장애점입니다. 마스터가 ${g.shards}개라 하나만 잃어도 복제본 승격을 승인할 마스터 과반이 없어 클러스터 전체가 CLUSTERDOWN으로 답하고, 복구될 때까지 ${entries.ko}의 요청이 실패합니다. 샤드를 3개 이상 두세요(\`shards=3 replicas=6\`).`,
          )
        : g !== null && g.type === 'cluster' && sim.instances >= 2
        ? L(
            `\`${s.node}\` is a single point of failure although it runs ${sim.instances} instances: a shard of it has no replica, so a lost master leaves its slots uncovered and the whole cluster answers CLUSTERDOWN; requests from ${entries.en} fail until it is repaired. Give every shard a replica (\`replicas=${2 * Math.max(3, g.shards)}\` with ${Math.max(3, g.shards)} shards).`,
            `\`${s.node}\` 노드는 인스턴스가 ${sim.instances}개인데도 단일 장애점입니다. 복제본이 없는 샤드가 있어 그 마스터를 잃으면 슬롯이 비고 클러스터 전체가 CLUSTERDOWN으로 답하며, 복구될 때까지 ${entries.ko}의 요청이 실패합니다. 샤드마다 복제본을 두세요(샤드 ${Math.max(3, g.shards)}개에 \`replicas=${2 * Math.max(3, g.shards)}\`).`,
          )
        : g !== null && g.type === 'leader' && g.shards > 1
        ? L(
            `\`${s.node}\` is a single point of failure although it runs ${sim.instances} instances: each of its ${g.shards} shards is a replica set of ${g.voters} voters, so losing one member of a shard leaves ${g.voters - 1}, short of the majority of ${majorityOf(g.voters)}, and that shard stops; the requests from ${entries.en} it serves fail until it is repaired. Run an odd number of members in each shard (\`replicas=${(g.voters + 1) * g.shards}\`) in separate zones.`,
            `\`${s.node}\` 노드는 인스턴스가 ${sim.instances}개인데도 단일 장애점입니다. 샤드 ${g.shards}개가 각각 투표 구성원 ${g.voters}개의 복제 세트라, 한 샤드의 구성원 하나만 잃어도 ${g.voters - 1}개가 남아 과반(${majorityOf(g.voters)})에 못 미쳐 그 샤드가 멈추고, 복구될 때까지 그 샤드가 처리하던 ${entries.ko}의 요청이 실패합니다. 샤드마다 구성원을 홀수로 서로 다른 존에 두세요(\`replicas=${(g.voters + 1) * g.shards}\`).`,
          )
        : g !== null && g.type === 'sentinel' && sim.instances >= 2 && g.sentinels >= g.need
        ? L(
            `\`${s.node}\` is a single point of failure although it runs ${sim.instances} instances: it has ${g.sentinels} Sentinel${g.sentinels === 1 ? '' : 's'} and a failover needs ${g.need}; the master's host takes its own Sentinel with it (one beside each Redis server, the usual layout), so the ${g.sentinels - 1} left cannot authorise a promotion and requests from ${entries.en} fail until the master is repaired. Run three Sentinels in three separate places (\`sentinels=3\`), the third on a host of its own.`,
            `\`${s.node}\` 노드는 인스턴스가 ${sim.instances}개인데도 단일 장애점입니다. 센티널이 ${g.sentinels}개인데 페일오버에는 ${g.need}개가 필요하고, 마스터 서버를 잃으면 그 옆의 센티널도 함께 잃으므로(레디스 서버마다 센티널 하나, 흔한 구성) 남은 ${g.sentinels - 1}개로는 승격을 승인할 수 없습니다. 마스터가 복구될 때까지 ${entries.ko}의 요청이 실패합니다. 센티널 3개를 서로 다른 세 곳에 두세요(\`sentinels=3\`, 세 번째는 별도 서버에).`,
          )
        : g !== null && sim.instances >= 2
        ? L(
            `\`${s.node}\` is a single point of failure although it runs ${sim.instances} instances: ${g.type === 'sentinel' ? 'its master cannot be replaced (its Sentinels cannot vote a failover)' : g.type === 'cluster' ? 'a lost master leaves slots uncovered and the whole cluster answers CLUSTERDOWN' : `losing one leaves ${sim.instances - 1}, short of the majority of ${majorityOf(sim.instances)}, and the group stops`}, so requests from ${entries.en} fail until it is repaired. ${g.type === 'leader' || g.type === 'majority' ? `Run an odd number of voters (\`replicas=${sim.instances + 1}\`) in separate zones.` : advice.en}`,
            `\`${s.node}\` 노드는 인스턴스가 ${sim.instances}개인데도 단일 장애점입니다. ${g.type === 'sentinel' ? '마스터를 대신할 수 없고(센티널이 페일오버를 의결하지 못함)' : g.type === 'cluster' ? '마스터 하나를 잃으면 슬롯이 비어 클러스터 전체가 CLUSTERDOWN으로 답하고' : `하나를 잃으면 ${sim.instances - 1}개가 남아 과반(${majorityOf(sim.instances)})에 못 미쳐 그룹이 멈추고`}, 복구될 때까지 ${entries.ko}의 요청이 실패합니다. ${g.type === 'leader' || g.type === 'majority' ? `투표 구성원을 홀수로 서로 다른 존에 두세요(\`replicas=${sim.instances + 1}\`).` : advice.ko}`,
          )
        : sim.vipCloud !== null && sim.instances >= 2
        ? L(
            `\`${s.node}\` is a single point of failure although it runs ${sim.instances} instances: on ${sim.vipCloud} keepalived cannot move its virtual IP to the instance in another zone (a private address belongs to one zone's subnet, and the network carries no VRRP), so when the instance holding it goes down, requests from ${entries.en} fail until it is back. Use the provider's load balancer (an NLB, a Google Cloud internal load balancer, an Azure Load Balancer), or a notify script that re-points an Elastic IP or a route through the provider's API.`,
            `\`${s.node}\` 노드는 인스턴스가 ${sim.instances}개인데도 단일 장애점입니다. ${sim.vipCloud}에서는 keepalived가 가상 IP를 다른 존의 인스턴스로 옮기지 못하므로(사설 주소는 한 존의 서브넷에 속하고 네트워크가 VRRP를 전달하지 않음), 주소를 가진 인스턴스가 멈추면 돌아올 때까지 ${entries.ko}의 요청이 실패합니다. 제공자의 로드밸런서(NLB, Google Cloud 내부 부하분산기, Azure Load Balancer)를 쓰거나, 제공자 API로 Elastic IP나 라우트를 옮기는 notify 스크립트를 두세요.`,
          )
        : sim.vipQuorum
        ? L(
            `\`${s.node}\` is a single point of failure although it runs ${sim.instances} instances: Pgpool-II's watchdog holds the virtual IP only with a quorum, more than half of its nodes (\`enable_consensus_with_half_votes\` is off by default), so losing either node leaves ${sim.instances - 1} of ${sim.instances} and no node holds it; requests from ${entries.en} fail until it is back. Run a third watchdog node (\`replicas=3\`), the layout Pgpool-II's documentation uses, or turn \`enable_consensus_with_half_votes\` on and accept the split-brain risk it brings.`,
            `\`${s.node}\` 노드는 인스턴스가 ${sim.instances}개인데도 단일 장애점입니다. Pgpool-II의 watchdog은 노드의 과반으로 쿼럼이 있을 때만 가상 IP를 갖는데(\`enable_consensus_with_half_votes\`는 기본값 off), 어느 한 노드만 잃어도 ${sim.instances}개 중 ${sim.instances - 1}개가 남아 어느 노드도 가상 IP를 갖지 않으므로, 돌아올 때까지 ${entries.ko}의 요청이 실패합니다. watchdog 노드를 세 대로 두거나(\`replicas=3\`, Pgpool-II 문서의 구성), 스플릿 브레인 위험을 감수하고 \`enable_consensus_with_half_votes\`를 켜세요.`,
          )
        : selfEntry
        ? L(
            `\`${s.node}\` is a single point of failure: requests enter the design here, it runs one instance and nothing takes over, so when it goes down the whole service is down. ${advice.en}`,
            `\`${s.node}\` 노드는 단일 장애점입니다. 요청이 이 노드로 들어오는데 인스턴스가 하나뿐이고 대신할 노드도 없어서, 이 노드가 멈추면 서비스 전체가 멈춥니다. ${advice.ko}`,
          )
        : L(
            `\`${s.node}\` is a single point of failure: if it goes down, requests from ${entries.en} can no longer be served${via ? ` (${deps.en} ${s.dependents.length > 1 ? 'need' : 'needs'} it)` : ''}, ${slowStandby ? `and its standby \`${slowStandby.name}\` waits for a person to promote it (manual failover), later than \`${s.node}\` is rebuilt: in practice nothing takes over. Make its promotion automatic (\`failover=auto\`) or faster (a rehearsed runbook, \`promote=\`), or add a standby nearby.` : 'and nothing takes over — one instance, no standby.'}${raid ? raid.en : ''}${readers.length ? ` ${readers.length > 1 ? `${readersList.en} are read replicas` : `${readersList.en} is a read replica`}: ${readers.length > 1 ? 'they serve' : 'it serves'} reads, but nothing promotes ${readers.length > 1 ? 'them' : 'it'} when \`${s.node}\` fails.${node.kind === 'cache' || node.managed ? '' : node.kind === 'storage' ? ` If it can take over (a replicated array or HA storage pair that switches over), write it as a standby: \`${readers[0]}: ${design.nodes.get(readers[0]!)?.kindText ?? 'storage'} standby of=${s.node} failover=auto\`. Or:` : ` Let a failover manager (${managers(node).en}) promote one: write it as a standby, \`${readers[0]}: ${design.nodes.get(readers[0]!)?.kindText ?? 'database'} standby of=${s.node} readable failover=auto\`. Or:`}` : ''} ${advice.en}`,
            `\`${s.node}\` 노드는 단일 장애점입니다. 이 노드가 멈추면 ${entries.ko}의 요청을 처리할 수 없고${via ? `(${deps.ko} 노드가 이 노드를 호출)` : ''}, ${slowStandby ? `대기 노드 ${codeJosa(slowStandby.name, '은/는')} 사람이 승격할 때까지 기다리는데(수동 페일오버) \`${s.node}\` 노드를 다시 만드는 것보다 늦어, 실제로는 대신할 곳이 없습니다. 승격을 자동으로 하거나(\`failover=auto\`) 빠르게 하세요(연습한 런북, \`promote=\`). 아니면 가까이에 대기 노드를 두세요.` : '인스턴스가 하나뿐이며 대기 노드도 없어 대신할 곳이 없습니다.'}${raid ? raid.ko : ''}${readers.length ? ` ${readersList.ko} 노드는 읽기 복제본이라 읽기는 처리하지만, \`${s.node}\` 노드가 멈춰도 승격되지 않습니다.${node.kind === 'cache' || node.managed ? '' : node.kind === 'storage' ? ` 넘겨받을 수 있는 사본이라면(전환되는 복제 어레이나 HA 스토리지 쌍) 대기 노드로 적으세요(\`${readers[0]}: ${design.nodes.get(readers[0]!)?.kindText ?? 'storage'} standby of=${s.node} failover=auto\`). 아니면:` : ` 페일오버 관리자(${managers(node).ko})가 그중 하나를 승격하도록 대기 노드로 적으세요(\`${readers[0]}: ${design.nodes.get(readers[0]!)?.kindText ?? 'database'} standby of=${s.node} readable failover=auto\`). 아니면:`}` : ''} ${advice.ko}`,
          );
      const related: RelatedInfo[] = [];
      for (const e of s.entries.slice(0, 5)) {
        if (e === s.node) continue;
        related.push({
          span: design.nodes.get(e)!.nameSpan,
          message: L(`entry \`${e}\` is cut off when \`${s.node}\` fails`, `\`${s.node}\` 장애 시 끊기는 진입점 \`${e}\``),
        });
      }
      for (const d of s.dependents.slice(0, 5)) {
        const span = edgeSpan(facts, d, s.node);
        if (span) related.push({ span, message: L(`\`${d}\` calls \`${s.node}\` here`, `\`${d}\` → \`${s.node}\` 호출`) });
      }
      // Read only behind caches with a hit ratio (its edges say the same reads): its loss fails their misses, not the hits
      // (onlyBehindCache — the run's figure; rounds 55 r06, 58 r02).
      // (Or behind a caching node in front of it — a CDN's origin: the CDN answers its hits while the origin is down, as the
      // run and the estimate count it; round 122 r01.)
      const front = sim.callers.length > 0 && sim.callers.every((c) => model.nodes[c]!.offload > 0 && model.nodes[c]!.offload === model.nodes[sim.callers[0]!]!.offload) ? sim.callers[0]! : -1;
      const behind = onlyBehindCache(model, sim.idx) ?? (front >= 0 ? { cache: front, hitRatio: model.nodes[front]!.offload } : null);
      const cname = behind ? model.nodes[behind.cache]!.name : '';
      const miss = behind ? `${Math.round((1 - behind.hitRatio) * 100)}%` : '';
      const said = behind
        ? L(
            `${message.en.replace(`requests from ${entries.en} can no longer be served`, `the requests from ${entries.en} that miss \`${cname}\` (${miss}) can no longer be served`).replace('every such request needs it and', `those that miss \`${cname}\` (${miss}) need it and`).replace('so when it goes down those requests', 'so when it goes down those misses')} (\`${cname}\` answers the others.)`,
            `${message.ko.replace(`${entries.ko}의 요청을 처리할 수 없고`, `${entries.ko}의 요청 가운데 \`${cname}\` 캐시에서 미스가 난 것(${miss})을 처리할 수 없고`).replace('모두 이 노드를 거치는 요청인데', `그 가운데 \`${cname}\` 캐시에서 미스가 난 것(${miss})이 이 노드를 거치는데`).replace('이 요청은 모두 실패합니다', '그 미스 요청은 실패합니다')} (나머지 요청은 \`${cname}\` 캐시가 답합니다.)`,
          )
        : message;
      const f: Finding = {
        rule: 'single-point-of-failure',
        severity: CODES['single-point-of-failure'].severity,
        span: node.nameSpan,
        message: said,
        data: { node: s.node, kind: node.kind, entries: s.entries, dependents: s.dependents, ...(s.routes ? { routes: s.routes } : {}) },
        related,
      };
      if (!related.length) delete f.related;
      return f;
    });
  },  fixes(design, facts, finding) {
    const node = findingNode(design, finding);
    // (Another company's API: no instance of it is the design's to add.)
    if (!node || externalService(node)) return [];
    const m = buildModel(design);
    const i = m.byName.get(node.name);
    if (i !== undefined && m.nodes[i]!.vipQuorum)
      return [fix(L(`Run a third watchdog node (replicas=3 on \`${node.name}\`)`, `watchdog 노드 세 대로(\`${node.name}\`에 replicas=3)`), [setAttr(design, node, 'replicas', '3')], true)];
    if (i !== undefined && m.nodes[i]!.syncFor >= 0)
      return [fix(L(`Run a second synchronous standby (replicas=2 on \`${node.name}\`)`, `동기 대기 노드 하나 더(\`${node.name}\`에 replicas=2)`), [setAttr(design, node, 'replicas', '2')], true)];
    return redundancyFixes(design, facts, node);
  },
};

/** The failover managers of a database's product, for advice: MySQL's, PostgreSQL's, or the kind. */
function managers(n: TopologyNode): Localized {
  const e = (textAttr(n, 'engine') ?? '').toLowerCase();
  if (/maria/.test(e)) return L('MaxScale, MHA', 'MaxScale, MHA');
  if (MYSQL_FAMILY.has(e)) return L('orchestrator, MHA', 'orchestrator, MHA');
  if (/^(postgres|postgresql|pg|repmgr|patroni|pgpool)$/.test(e)) return L('Patroni, repmgr', 'Patroni, repmgr');
  return L('orchestrator or MHA for MySQL, Patroni or repmgr for PostgreSQL', 'MySQL은 orchestrator나 MHA, PostgreSQL은 Patroni나 repmgr');
}

/** Advice for a managed service that is a single unit on the path: nothing inside it raises its provider's SLA. */
function managedAlready(): Localized {
  return L(
    'It is already a managed service, held to its provider\'s SLA: nothing inside it raises that. An independent second path does — another provider\'s service beside it behind a health-checked DNS failover record — or a goal its SLA allows.',
    '이미 관리형 서비스라 제공자의 SLA에 묶여 있고, 그 안에서 올릴 방법은 없습니다. 독립된 두 번째 경로(헬스 체크하는 DNS 페일오버 레코드 뒤에 다른 제공자의 서비스)를 두거나, SLA가 허용하는 목표로 정하세요.',
  );
}
