import { ndbGroupIn, ndbPlacement } from './goal-common';
import { awarenessHow, classicQueues, isCeph, shardCopiesOf, shardsOf, unawareLostShare, zoneUnaware } from '../model/capacity';
/**
 * Advice from the cause (failure-model principle 3): what the model found
 * makes a loss slow to recover or lossy, and a fix the design does not already
 * have. Read from the same compiled model the simulator runs on, so the cause
 * named is the one the simulation went through: a manual promotion, detection
 * slower than the goal, no balancer in front of the replicas, a health check
 * missing, a quorum lost, Sentinel's or Cluster's own timeouts.
 */
import { steadyState } from '../analysis/capacity';
import { simulate } from '../analysis/simulation/simulate';
import type { SimTarget } from '../analysis/simulation/types';
import { autoscaleDelayOf } from '../model/capacity';
import { dataDisksOf, durabilityOf } from '../model/durability';
import { placeCode } from '../analysis/simulation/labels';
import { codeJosa, josa } from '../shared/josa';
import { isMemcached, arbitersOfShard, clusterReplicaCounts, clusterShardOf, clusterZoneIndex, engineOf, GALERA_ENGINES, KAFKA_ENGINES, kafkaStuckShare, majorityOf, PULSAR_ENGINES, SEARCH_ENGINES, survivesFirstLoss, tokenRanged, voterZones, writesNeedDataMajority, minioNeed } from '../model/groups';
import { majorityZone } from './sentinel-fragile';
import { monitorsOnlyIn, runsOnlyIn } from '../syntax/places';
import { DEFAULTS } from '../model/defaults';
import { namesAttr } from '../syntax/attrs';
import { AZURE_SQL_FOG, failoverTimingsOf, K8S_NODE, PROFILES, profileLabel, timingsOf } from '../model/profiles';
import { noticeDelay } from '../model/monitoring';
import { azureStorageCopy, bmcFenced, buildModel, globalClusterSecondary, type Model, DATA_KINDS, parseRouteLabel, isRepmgr, maximumProtection, protectionWords, redisWithoutManager, tiberoProtective, coveredElsewhere, failsOverAcrossZones, managedComputeInstances, pickTakeover, pinnedToZone, reachedFromEntries, sendsReads, type SimNode } from '../model/request-graph';
import type { Design, Localized } from '../syntax/ast';
import { formatDuration } from '../syntax/values';
import type { Estimate, LossImpact } from './estimate-contract';
import { koDuration, L, nameList, textAttr, type Facts } from './facts';
import { redisAsyncAdvice } from './goal-common';
import { clusterSetReplica, isAsyncRedis, SQLSERVER_ENGINES, syncWaitProduct, syncWaitWords } from '../model/replication';

const dur = (s: number): Localized => L(formatDuration(s), koDuration(s));

/** The cause, and the fix, of a slow recovery from losing node `name` (goal rto `goal` seconds). */
export function nodeRtoCause(f: Facts, name: string, goal: number): Localized | null {
  const m = buildModel(f.design);
  const i = m.byName.get(name);
  if (i === undefined) return null;
  const s = m.nodes[i]!;
  if (s.syncFor >= 0 && maximumProtection(m.nodes[s.syncFor]!.node) && protectionWords(m.nodes[s.syncFor]!.node).tibero) {
    const p = m.nodes[s.syncFor]!.name;
    return L(
      `Cause: \`${name}\` is \`${p}\`'s only synchronized standby, and in PROTECTION mode \`${p}\` (Tibero) shuts down without it, until \`${name}\` is back or a DBA restarts it in AVAILABILITY mode. Fix: a second synchronized standby in another place, or AVAILABILITY mode.`,
      `원인: ${codeJosa(name, '은/는')} \`${p}\` 노드의 유일한 동기화 대기이고, PROTECTION 모드에서 \`${p}\` 노드(Tibero)는 이 대기 없이 내려가 ${codeJosa(name, '이/가')} 돌아오거나 DBA가 AVAILABILITY 모드로 다시 열 때까지 멈춥니다. 해결: 다른 장소에 동기화 대기를 하나 더 두거나 AVAILABILITY 모드로 운영하세요.`,
    );
  }
  if (s.syncFor >= 0 && maximumProtection(m.nodes[s.syncFor]!.node)) {
    const p = m.nodes[s.syncFor]!.name;
    return L(
      `Cause: \`${name}\` is \`${p}\`'s only synchronized standby, and in Maximum Protection \`${p}\` shuts down without one, until \`${name}\` is back or a DBA restarts it in a lower mode. Fix: a second synchronized standby in another place (Oracle recommends two in this mode), or Maximum Availability.`,
      `원인: ${codeJosa(name, '은/는')} \`${p}\` 노드의 유일한 동기화 대기이고, 최대 보호 모드에서 \`${p}\` 노드는 동기화 대기가 없으면 내려가 ${codeJosa(name, '이/가')} 돌아오거나 DBA가 낮은 모드로 다시 열 때까지 멈춥니다. 해결: 다른 장소에 동기화 대기를 하나 더 두거나(Oracle은 이 모드에서 둘을 권함), 최대 가용성 모드로 운영하세요.`,
    );
  }
  if (s.syncFor >= 0 && syncWaitProduct(m.nodes[s.syncFor]!.node, s.node) === 'postgres') {
    const p = m.nodes[s.syncFor]!.name;
    return L(
      `Cause: \`${name}\` is \`${p}\`'s only synchronous standby: PostgreSQL waits for it on every commit, so no write completes until it is back (${dur(s.restore).en}). Fix: a second synchronous standby (\`replicas=2\` on \`${name}\`, \`synchronous_standby_names = 'ANY 1 (…)'\`), or Patroni's \`synchronous_mode\`, which drops to asynchronous while it is gone.`,
      `원인: ${codeJosa(name, '은/는')} \`${p}\` 노드의 유일한 동기 대기 노드라 PostgreSQL이 커밋마다 이 노드를 기다리므로, 돌아올 때까지(${dur(s.restore).ko}) 쓰기가 하나도 끝나지 않습니다. 해결: 동기 대기 노드를 하나 더 두거나(\`${name}\`에 \`replicas=2\`, \`synchronous_standby_names = 'ANY 1 (…)'\`), 대기 노드가 없는 동안 비동기로 내려가는 Patroni의 \`synchronous_mode\`를 쓰세요.`,
    );
  }
  // A MySQL or SQL Server standby written `sync-timeout=none`: the same wait, the product's own fix.
  if (s.syncFor >= 0) {
    const p = m.nodes[s.syncFor]!.name;
    const ww = syncWaitWords(m.nodes[s.syncFor]!.node, s.node);
    return L(
      `Cause: \`${name}\` is \`${p}\`'s only synchronous standby, and ${ww.why.en}: no write completes until it is back (${dur(s.restore).en}). Fix: ${ww.fix.en}`,
      `원인: ${codeJosa(name, '은/는')} \`${p}\` 노드의 유일한 동기 대기 노드이고, ${ww.why.ko} 돌아올 때까지(${dur(s.restore).ko}) 쓰기가 하나도 끝나지 않습니다. 해결: ${ww.fix.ko}`,
    );
  }
  // Provider-run compute written with its instances (App Service, Fargate tasks): a lost instance keeps its share of the
  // requests until the platform takes it out — App Service's health check, 10 failed pings a minute apart by default
  // (round 58b r01: the zone's cause was "its instances in the other zones do not take its requests over").
  if (managedComputeInstances(s) && s.restoreBy === 'failover' && s.restore > goal) {
    const appService = s.timings.profile.id === 'azure-app-service';
    return L(
      appService
        ? `Cause: App Service takes a lost instance of \`${name}\` out of rotation only after its health check has failed 10 times, a minute apart (\`WEBSITE_HEALTHCHECK_MAXPINGFAILURES\`, 10 by default): its share of the requests fails for ${dur(s.restore).en}. Fix: a lower \`WEBSITE_HEALTHCHECK_MAXPINGFAILURES\` (2 at the least), or a balancer with faster probes in front of the instances.`
        : `Cause: the platform takes a lost instance of \`${name}\` out of rotation only after ${dur(s.restore).en} (${profileLabel(s.timings.profile, 'en')}): its share of the requests fails meanwhile. Fix: a faster health check on the platform, or a balancer with faster probes in front of the instances.`,
      appService
        ? `원인: App Service는 헬스 체크가 1분 간격으로 10번 실패해야(\`WEBSITE_HEALTHCHECK_MAXPINGFAILURES\`, 기본값 10) \`${name}\`의 잃은 인스턴스를 빼므로, ${dur(s.restore).ko} 동안 그 몫의 요청이 실패합니다. 해결: \`WEBSITE_HEALTHCHECK_MAXPINGFAILURES\`를 낮추거나(최소 2) 더 빨리 확인하는 로드밸런서를 앞에 두세요.`
        : `원인: 플랫폼이 \`${name}\`의 잃은 인스턴스를 빼기까지 ${dur(s.restore).ko} 걸리고(${profileLabel(s.timings.profile, 'ko')}) 그동안 그 몫의 요청이 실패합니다. 해결: 플랫폼의 헬스 체크를 빠르게 하거나, 더 빨리 확인하는 로드밸런서를 앞에 두세요.`,
    );
  }
  const coordinated = m.nodes.filter((p) => p.demotesWith === i);
  const g = s.group;
  if (coordinated.length && g && !survivesFirstLoss(g, m.horizon)) {
    const names = nameList(coordinated.map((p) => p.name));
    return L(
      `Cause: \`${name}\` has ${s.instances} voters, and losing one leaves no majority; ${names.en} cannot renew ${coordinated.length > 1 ? 'their' : 'its'} leader lock, demote${coordinated.length > 1 ? '' : 's'} itself after ttl and stop${coordinated.length > 1 ? '' : 's'} taking writes. Fix: run an odd number of voters in separate zones (\`replicas=3\`).`,
      `원인: \`${name}\` 노드는 투표 구성원이 ${s.instances}개라 하나만 잃어도 과반이 깨집니다. ${names.ko} 노드는 리더 잠금을 갱신하지 못해 ttl 뒤 스스로 강등되고 쓰기를 멈춥니다. 해결: 투표 구성원을 홀수로 서로 다른 존에 두세요(\`replicas=3\`).`,
    );
  }
  if (g) {
    switch (g.type) {
      case 'sentinel': {
        if (g.instances < 2) return L(`Cause: \`${name}\` runs Sentinel with no replica to promote. Fix: \`replicas=3\`.`, `원인: \`${name}\` 노드는 센티널 모드인데 승격할 복제본이 없습니다. 해결: \`replicas=3\`.`);
        if (g.sentinels < g.need) return L(`Cause: \`${name}\`'s Sentinels can never reach their quorum. Fix: \`sentinels=3\` with the default quorum.`, `원인: \`${name}\` 노드의 센티널이 정족수에 이를 수 없습니다. 해결: 기본 정족수로 \`sentinels=3\`.`);
        // Sentinels that cannot authorise a promotion once the master's host is gone (two of them, one beside each server):
        // no failover at all, the master waits for its repair (round 46 r05: 35 s of failover were named for an hour).
        if (!survivesFirstLoss(g, m.horizon))
          return L(
            `Cause: \`${name}\` has ${g.sentinels} Sentinels and a failover needs ${g.need}; the master's host takes its own Sentinel with it, so the ${g.sentinels - 1} left cannot authorise a promotion and writes fail until the master is repaired (${dur(s.restore).en}). Fix: three Sentinels on three separate hosts (\`sentinels=3\`).`,
            `원인: \`${name}\` 노드의 센티널은 ${g.sentinels}개이고 페일오버에는 ${g.need}개가 필요한데, 마스터의 호스트가 멈추면 그 위의 센티널도 함께 멈춰 남은 ${g.sentinels - 1}개로는 승격을 승인하지 못합니다. 마스터가 복구될 때까지(${dur(s.restore).ko}) 쓰기가 실패합니다. 해결: 센티널 3개를 서로 다른 호스트 세 대에 두세요(\`sentinels=3\`).`,
          );
        const t = g.downAfter + g.promote;
        // A failover within the goal is not what misses it (round 46b r02: 35 s were named for a 2-minute outage).
        if (t <= goal) break;
        return L(
          `Cause: writes to \`${name}\` fail from the master's loss until the Sentinels declare it down (down-after ${dur(g.downAfter).en}) and promote a replica (${dur(g.promote).en}): ${dur(t).en} in all. Fix: a shorter \`down-after=\` (e.g. \`down-after=5s\`; too short causes needless failovers).`,
          `원인: 마스터를 잃은 뒤 센티널이 장애로 판단하고(down-after ${dur(g.downAfter).ko}) 복제본을 승격할 때까지(${dur(g.promote).ko}) \`${name}\` 노드에 대한 쓰기가 모두 실패합니다. 합쳐서 ${dur(t).ko}입니다. 해결: \`down-after=\`를 줄이세요(예: \`down-after=5s\`. 너무 짧으면 불필요한 페일오버가 납니다).`,
        );
      }
      case 'cluster':
        if (!survivesFirstLoss(g, m.horizon)) return L(`Cause: a shard of \`${name}\` has no replica, so a lost master stops the whole cluster (CLUSTERDOWN). Fix: \`replicas=${2 * g.shards}\`.`, `원인: \`${name}\` 노드의 샤드에 복제본이 없어 마스터 하나를 잃으면 클러스터 전체가 멈춥니다(CLUSTERDOWN). 해결: \`replicas=${2 * g.shards}\`.`);
        return L(
          `Cause: a lost master's keys fail until \`cluster-node-timeout\` (${dur(g.nodeTimeout).en}) flags it and a replica is elected. Fix: a shorter \`node-timeout=\`.`,
          `원인: 잃은 마스터의 키는 \`cluster-node-timeout\`(${dur(g.nodeTimeout).ko}) 뒤 FAIL로 표시되고 복제본이 선출될 때까지 실패합니다. 해결: \`node-timeout=\`을 줄이세요.`,
        );
      case 'leader':
      case 'majority':
        if (!survivesFirstLoss(g, m.horizon)) {
          // A sharded node: each replica set votes alone, and the count written is every set's members.
          const sets = g.type === 'leader' && g.shards > 1 ? g.shards : 1;
          const want = sets > 1 ? `replicas=${(g.voters - arbitersOfShard(g.arbiters, sets, 0) + 1) * sets}` : `replicas=${g.voters + 1}`;
          return L(
            `Cause: ${sets > 1 ? `each replica set of \`${name}\`` : `\`${name}\``} has ${g.voters} voters; losing one leaves ${g.voters - 1}, short of the majority of ${majorityOf(g.voters)}, and the ${sets > 1 ? 'set' : 'group'} stops. Fix: an odd number of voters${sets > 1 ? ' per replica set' : ''} (\`${want}\`).`,
            `원인: ${sets > 1 ? `\`${name}\` 노드의 복제 세트마다` : `\`${name}\` 노드는`} 투표 구성원이 ${g.voters}개라 하나를 잃으면 ${g.voters - 1}개가 남아 과반(${majorityOf(g.voters)})에 못 미치고 ${sets > 1 ? '그 세트가' : '그룹이'} 멈춥니다. 해결: 구성원을 ${sets > 1 ? '세트마다 ' : ''}홀수로(\`${want}\`).`,
          );
        }
        if (g.type === 'leader' && g.election > goal)
          return L(`Cause: electing a new primary for \`${name}\` takes ${dur(g.election).en}. Fix: shorter failure detection (\`promote=\`).`, `원인: \`${name}\` 노드의 새 프라이머리 선출에 ${dur(g.election).ko} 걸립니다. 해결: 장애 감지 시간(\`promote=\`)을 줄이세요.`);
        break;
    }
  }
  if (s.takeovers.length) {
    const tk = pickTakeover(s, () => true)!;
    const by = m.nodes[tk.by]!.name;
    const byProduct = tk.manual ? manualByProduct(m.nodes[tk.by]!, s, m.design) : null;
    // (The person learns of it from a monitor: its interval is part of the wait — round 118c r05, a 5-minute poll in a 35-minute
    // outage against a 32-minute goal, never named.)
    const watcher = tk.manual && tk.detect >= 120 && tk.detect < DEFAULTS.unnoticed ? [...f.design.nodes.values()].find((w) => w.kind === 'monitor' && namesAttr(w, 'watches').includes(s.name)) : undefined;
    const notice = watcher
      ? L(` It starts when \`${watcher.name}\` notices the loss, ${dur(tk.detect).en} in (its \`interval=\`): a shorter interval shortens the wait too.`, ` 승격은 ${codeJosa(watcher.name, '이/가')} 장애를 알아챈 뒤(${dur(tk.detect).ko}, \`interval=\`) 시작하므로, 주기를 줄이면 기다림도 줄어듭니다.`)
      : L('', '');
    if (byProduct)
      return L(`Cause: \`${by}\` waits for a person to promote it (manual failover, ${dur(tk.promote).en}).${notice.en} Fix: ${byProduct.en}.`, `원인: \`${by}\` 노드는 사람이 승격시킬 때까지 기다립니다(수동 페일오버, ${dur(tk.promote).ko}).${notice.ko} 해결: ${byProduct.ko}.`);
    if (tk.manual)
      return L(
        `Cause: \`${by}\` waits for a person to promote it (manual failover, ${dur(tk.promote).en}).${notice.en} Fix: let it take over automatically (\`failover=auto\`).`,
        `원인: \`${by}\` 노드는 사람이 승격시킬 때까지 기다립니다(수동 페일오버, ${dur(tk.promote).ko}).${notice.ko} 해결: 자동으로 넘겨받게 하세요(\`failover=auto\`).`,
      );
    // The provider's own failover (a managed pair: Aurora, RDS, Cloud SQL): its documented time, which no setting in the
    // design changes — no heartbeats or promote= to shorten (round 59b r03).
    if (s.managed && m.nodes[tk.by]!.managed && tk.detect === 0)
      return L(
        `Cause: \`${by}\` takes over through ${profileLabel(s.timings.profile, 'en')}'s own failover, ${dur(tk.promote).en} (the provider's documented time, counted at its slow end); nothing in the design shortens it. Fix: an \`rto\` that failover meets, or a service whose failover is faster.`,
        `원인: \`${by}\` 노드는 ${profileLabel(s.timings.profile, 'ko')} 자체의 페일오버로 ${dur(tk.promote).ko} 뒤에 넘겨받습니다(제공자가 밝힌 시간의 느린 쪽). 설계에서 줄일 수 있는 설정은 없습니다. 해결: 그 페일오버 시간을 지킬 수 있는 \`rto\`로 정하거나, 페일오버가 더 빠른 서비스를 쓰세요.`,
      );
    // A new NFS server's grace period is most of the takeover (round 62 r06).
    if ((tk.grace ?? 0) > 0)
      return L(
        `Cause: \`${by}\` takes over after detection (${dur(tk.detect).en}) and promotion (${dur(tk.promote).en}), of which ${dur(tk.grace!).en} is the NFSv4 grace period of the new server (nfsd's default, the lease time): clients may only reclaim their locks until it ends. Fix: a shorter grace and lease time on both servers (\`/proc/fs/nfsd/nfsv4gracetime\` and \`nfsv4leasetime\`, e.g. 15 s; the design cannot say it, so the run keeps nfsd's 90 s), or a file service that needs no grace period.`,
        `원인: \`${by}\` 노드는 장애 감지(${dur(tk.detect).ko})와 승격(${dur(tk.promote).ko}) 뒤에 넘겨받는데, 그중 ${dur(tk.grace!).ko}는 새 서버의 NFSv4 유예 기간(nfsd 기본값, lease 시간)입니다. 이 기간이 끝날 때까지 클라이언트는 잠금을 되찾는 일만 할 수 있습니다. 해결: 두 서버 모두 유예 기간과 lease 시간을 줄이거나(\`/proc/fs/nfsd/nfsv4gracetime\`, \`nfsv4leasetime\`, 예: 15초. 설계 언어로는 적을 수 없어 시뮬레이션은 nfsd 기본값 90초로 계산합니다), 유예 기간이 필요 없는 파일 서비스를 쓰세요.`,
      );
    const slow = tk.detect >= tk.promote ? 'detect' : 'promote';
    // orchestrator detects through the replicas: MySQL's default replica timeouts are what make it a minute (round 106 r01).
    if (slow === 'detect' && timingsOf(m.nodes[tk.by]!.node).profile.id === 'orchestrator' && tk.detect >= 30)
      return L(
        `Cause: \`${by}\` takes over after orchestrator's detection (${dur(tk.detect).en}: with MySQL's default replica timeouts it can take up to a minute) and its recovery (${dur(tk.promote).en}). Fix: set \`slave_net_timeout=4\` (\`replica_net_timeout\`) on the replicas as orchestrator asks, with a source heartbeat below it, so that a dead primary is seen in seconds (write it as \`down-after=\`).`,
        `원인: \`${by}\` 노드는 orchestrator의 장애 감지(${dur(tk.detect).ko}: MySQL 복제 타임아웃 기본값으로는 1분까지 걸림)와 복구(${dur(tk.promote).ko}) 뒤에야 넘겨받습니다. 해결: orchestrator가 권하는 대로 복제본에 \`slave_net_timeout=4\`(\`replica_net_timeout\`)를 두고 소스 하트비트를 그보다 짧게 해 몇 초 안에 감지되게 하세요(\`down-after=\`로 적기).`,
      );
    // The product's own detection setting where it has one (repmgr: reconnect_attempts × reconnect_interval — round 48 r04).
    const setting = timingsOf(m.nodes[tk.by]!.node).profile.detectSetting;
    return L(
      `Cause: \`${by}\` takes over after detection (${dur(tk.detect).en}, ${setting ?? 'missed heartbeats'}) and promotion (${dur(tk.promote).en}). Fix: ${slow === 'detect' ? (setting ? `a shorter ${setting} on \`${by}\` (written \`heartbeat=\` and \`failures=\`)` : `a shorter \`heartbeat=\` on \`${by}\``) : `a faster promotion (\`promote=\`) on \`${by}\``}.`,
      `원인: \`${by}\` 노드는 장애 감지(${dur(tk.detect).ko}, ${setting ?? '하트비트 누락'})와 승격(${dur(tk.promote).ko}) 뒤에야 넘겨받습니다. 해결: ${slow === 'detect' ? (setting ? `\`${by}\` 노드의 ${josa(setting, '을/를')} 줄이세요(\`heartbeat=\`와 \`failures=\`로 적기)` : `\`${by}\` 노드의 \`heartbeat=\`를 줄이세요`) : `\`${by}\` 노드의 승격(\`promote=\`)을 빠르게 하세요`}.`,
    );
  }
  if (s.instances >= 2 && !s.managed) return capacityCause(m, s, s.instances - 1) ?? instancesCause(m.nodes, s);
  // A managed service that fails over by itself (RDS Multi-AZ, a managed database): the provider's own failover is the cause, not a missing standby.
  if (failsOverAcrossZones(s)) {
    const p = s.timings.profile;
    // A service that promotes a second instance when it has one (Aurora: a reader) and recreates the lost one when it has
    // none: the long wait is the missing reader's, and the design can add it (round 45 r01).
    const alone = p.values.failoverAlone;
    const withCopy = s.timings.failover?.value;
    if (alone && s.instances < 2 && s.restore === alone.v && withCopy !== undefined && withCopy < s.restore) {
      const other = otherZoneOf(f, s);
      const line = `${name}-reader: database replica of=${name}${engineText(s)}${other ? ` zone=${other}` : ''}`;
      // (Aurora recreates a lone writer in its own zone, best effort: not while that zone is down — round 108 r01.)
      if (p.id === 'aurora')
        return L(
          `Cause: \`${name}\` has no second instance to promote: Aurora recreates a lone writer in its own zone (${dur(s.restore).en} for the instance's loss; while its zone is down, not at all); with a reader in another zone it promotes the reader instead (${dur(withCopy).en}). Fix: add one (\`${line}\`).`,
          `원인: \`${name}\` 노드에는 승격할 두 번째 인스턴스가 없습니다. Aurora는 혼자인 라이터를 같은 존에 다시 만듭니다(인스턴스만 잃으면 ${dur(s.restore).ko}, 그 존이 멈춘 동안에는 되지 않음). 다른 존에 리더가 있으면 그 리더를 승격합니다(${dur(withCopy).ko}). 해결: 리더를 하나 두세요(\`${line}\`).`,
        );
      return L(
        `Cause: \`${name}\` has no second instance to promote, so the service recreates it (${dur(s.restore).en}, ${profileLabel(p, 'en')}); with a reader in another zone it promotes the reader instead (${dur(withCopy).en}). Fix: add one (\`${line}\`).`,
        `원인: \`${name}\` 노드에는 승격할 두 번째 인스턴스가 없어 서비스가 인스턴스를 새로 만듭니다(${dur(s.restore).ko}, ${profileLabel(p, 'ko')}). 다른 존에 리더가 있으면 그 리더를 승격합니다(${dur(withCopy).ko}). 해결: 리더를 하나 두세요(\`${line}\`).`,
      );
    }
    // The same provider's faster offer, where there is one that meets the goal (round 46b r02).
    const cluster = PROFILES['rds-multi-az-cluster'].values.failover!.v;
    if (p.id === 'rds-multi-az' && cluster <= goal && cluster < s.restore)
      return L(
        `Cause: \`${name}\` fails over inside the provider's service, which takes ${dur(s.restore).en} (${profileLabel(p, 'en')}). Fix: a Multi-AZ DB cluster, which fails over in ${dur(cluster).en} (\`engine=rds-multi-az-cluster\`, MySQL or PostgreSQL), or an \`rto\` the provider can meet.`,
        `원인: \`${name}\` 노드는 관리형 서비스 안에서 페일오버하며 ${dur(s.restore).ko} 걸립니다(${profileLabel(p, 'ko')}). 해결: ${dur(cluster).ko} 안에 페일오버하는 다중 AZ DB 클러스터를 쓰거나(\`engine=rds-multi-az-cluster\`, MySQL·PostgreSQL), 제공자가 지킬 수 있는 \`rto\`로 정하세요.`,
      );
    // A figure the provider does not document (the generic managed failover): said as an assumption, not as the product's
    // fact — and no product change is advised on it (round 50b r07: Azure SQL Database).
    if (s.timings.failover?.status === 'generic' && s.timings.failover.attr === null)
      return L(
        `Cause: \`${name}\` fails over inside the provider's service; ${profileLabel(p, 'en')} documents no time for it, and the ${dur(s.restore).en} here is the tool's generic figure for a managed failover, not the product's. Fix: measure the provider's own failover (a failover test) and write it on the node (\`promote=\`) so the goal is judged on it, or set an \`rto\` the provider commits to.`,
        `원인: \`${name}\` 노드는 관리형 서비스 안에서 페일오버하는데, ${profileLabel(p, 'ko')}에는 그 시간을 밝힌 문서가 없어 여기의 ${josa(dur(s.restore).ko, '은/는')} 제품의 값이 아니라 관리형 페일오버의 범용 기본값입니다. 해결: 페일오버 시험으로 제공자의 실제 시간을 재서 노드에 적어(\`promote=\`) 목표를 그것으로 판단하거나, 제공자가 약속하는 \`rto\`로 정하세요.`,
      );
    if (s.timings.failover?.attr === 'promote')
      return L(
        `Cause: \`${name}\` fails over inside the provider's service, which takes ${dur(s.restore).en} (\`promote=\` as written). Fix: a product that fails over faster, or an \`rto\` the provider can meet.`,
        `원인: \`${name}\` 노드는 관리형 서비스 안에서 페일오버하며 ${dur(s.restore).ko} 걸립니다(적어 둔 \`promote=\` 값). 해결: 더 빨리 페일오버하는 제품을 쓰거나, 제공자가 지킬 수 있는 \`rto\`로 정하세요.`,
      );
    return L(
      `Cause: \`${name}\` fails over inside the provider's service, which takes ${dur(s.restore).en} (${profileLabel(p, 'en')}); the design cannot make that shorter. Fix: a product that fails over faster, or an \`rto\` the provider can meet.`,
      `원인: \`${name}\` 노드는 관리형 서비스 안에서 페일오버하며 ${dur(s.restore).ko} 걸립니다(${profileLabel(p, 'ko')}). 설계로는 줄일 수 없습니다. 해결: 더 빨리 페일오버하는 제품을 쓰거나, 제공자가 지킬 수 있는 \`rto\`로 정하세요.`,
    );
  }
  // A lone index rebuilt from another store (`rebuilt-from=`): down until someone notices and it is rebuilt, `restore=`
  // (round 104c r06 said the generic hour's repair and proposed a standby Elasticsearch has no use for).
  const rebuiltFrom = textAttr(s.node, 'rebuilt-from');
  if (s.instances === 1 && rebuiltFrom !== null) {
    const { restore: rebuild, notice } = durabilityOf(m)[i]!;
    const search = SEARCH_ENGINES.has(engineOf(s.node));
    return L(
      `Cause: \`${name}\` is one instance rebuilt from \`${rebuiltFrom}\` when it is lost: down until someone notices (${dur(notice).en}) and the rebuild is done (\`restore=\` ${dur(rebuild).en}): ${dur(notice + rebuild).en}. Fix: ${search ? 'a cluster of three members with a replica of every shard on another one (`replicas=3 shard-replicas=1`)' : 'a second instance, or a standby'}, so that one loss costs no rebuild — or a faster rebuild.`,
      `원인: ${codeJosa(name, '은/는')} 인스턴스 하나이고 잃으면 \`${rebuiltFrom}\`에서 다시 만듭니다. 누군가 알아채고(${dur(notice).ko}) 다시 만들 때까지(\`restore=\` ${dur(rebuild).ko}) 멈춥니다: ${dur(notice + rebuild).ko}. 해결: ${search ? '구성원 셋에 샤드마다 다른 구성원에 복제본을 두어(`replicas=3 shard-replicas=1`)' : '인스턴스나 대기 노드를 하나 더 두어'} 하나를 잃어도 다시 만들 필요가 없게 하거나, 재구축을 빠르게 하세요.`,
    );
  }
  if (s.instances === 1 && s.readsFrom < 0) {
    // A balancer is not fixed by another balancer in front of it (round 37): a pair sharing a virtual IP is.
    const fix = s.dataKind
      ? L('a standby with `failover=auto`', '`failover=auto`로 자동 승격되는 대기 노드를 두세요')
      : s.node.kind === 'load-balancer'
        ? L('a pair of balancers sharing a virtual IP (`replicas=2 vip`), or a managed balancer (`managed`)', '가상 IP를 공유하는 로드밸런서 한 쌍(`replicas=2 vip`)이나 관리형 로드밸런서(`managed`)를 쓰세요')
        : L('a second instance behind a load balancer with health checks (`replicas=2`)', '헬스 체크하는 로드밸런서 뒤에 인스턴스를 하나 더 두세요(`replicas=2`)');
    // The rebuild starts when someone knows: the monitor's notice, or the users' report with none (model: noticeFirst).
    const late = s.noticeFirst > 0;
    const watch = late && s.noticedBy === 'users' ? L(` And watch it: nothing monitors \`${name}\`, so its rebuild starts only when users report the failure (${dur(s.noticeFirst).en}).`, ` 그리고 감시하세요: ${codeJosa(name, '을/를')} 감시하는 모니터가 없어 사용자 신고가 있어야(${dur(s.noticeFirst).ko}) 다시 만들기 시작합니다.`) : L('', '');
    return L(
      `Cause: nothing takes over for \`${name}\` — one instance, no standby — so it is down until it is rebuilt (${late ? `noticed${s.noticedBy === 'monitor' ? ' by its monitor' : ''} after ${dur(s.noticeFirst).en}, rebuilt ${dur(s.restore - s.noticeFirst).en} later: ` : ''}${dur(s.restore).en}). Fix: ${fix.en}.${watch.en}`,
      `원인: ${codeJosa(name, '은/는')} 인스턴스 하나에 대기 노드도 없어 대신할 곳이 없고, 다시 만들 때까지(${late ? `${s.noticedBy === 'monitor' ? '모니터가 ' : ''}${dur(s.noticeFirst).ko} 뒤에 알아채고 ${dur(s.restore - s.noticeFirst).ko} 걸려 다시 만듦: ` : ''}${dur(s.restore).ko}) 멈춥니다. 해결: ${fix.ko}.${watch.ko}`,
    );
  }
  return null;
}

/**
 * A copy that its product never promotes by itself, whatever `failover=` says: an InnoDB ClusterSet replica cluster (an
 * InnoDB Cluster copying another across sites) — "InnoDB ClusterSet does not fail over automatically to a replica
 * cluster" (MySQL Shell manual, InnoDB ClusterSet limitations); the emergency failover is an administrator's decision
 * (round 46b r05). What to do instead, or null when automatic failover is there to advise.
 */
function manualByProduct(copy: SimNode, source: SimNode | null, design: Design): Localized | null {
  // An Aurora global database's secondary region: promoted only by an explicit call, never by the service itself (round 116b
  // r01 was told `failover=auto`, which a global database reads as manual).
  if (globalClusterSecondary(copy.node, design))
    return L(
      `Aurora does not fail a global database over by itself: automate that failover (an alarm or a runbook that calls FailoverGlobalCluster with AllowDataLoss, or a Region switch plan) and rehearse it`,
      `Aurora는 글로벌 데이터베이스를 스스로 장애 조치하지 않습니다. 그 장애 조치를 자동화하고(FailoverGlobalCluster를 AllowDataLoss로 호출하는 경보나 런북, 또는 Region switch 계획) 연습하세요`,
    );
  // An asynchronous Patroni standby beside a synchronous one: in synchronous mode Patroni promotes only the synchronous
  // standby by itself, so `failover=auto` on this one changes nothing — a synchronous candidate outside the lost place does
  // (round 120b r07 was told `failover=auto`, already written).
  if (source !== null && (engineOf(copy.node) === 'patroni' || engineOf(source.node) === 'patroni') && (textAttr(copy.node, 'replication') ?? 'async') !== 'sync' && source.takeovers.some((t) => t.replication === 'sync' && !t.manual))
    return L(
      `Patroni in synchronous mode promotes only a synchronous standby by itself (an asynchronous one may lack acknowledged commits): keep a synchronous candidate outside the place the primary is lost with — make \`${copy.name}\` synchronous too (\`replication=sync\`, \`synchronous_node_count: 2\`), or move the synchronous standby to another zone`,
      `동기 모드의 Patroni는 동기 대기 노드만 스스로 승격합니다(비동기 대기 노드에는 커밋된 쓰기가 없을 수 있음). 프라이머리와 함께 잃는 장소 밖에 동기 후보를 두세요. \`${copy.name}\`도 동기로 바꾸거나(\`replication=sync\`, \`synchronous_node_count: 2\`), 동기 대기 노드를 다른 존으로 옮기세요`,
    );
  // An Azure Storage geo-secondary: a customer-managed account failover, started by a person, about an hour — no setting
  // makes it automatic (round 120 r01 was told `failover=auto`, which the run then promoted at 0 s).
  if (azureStorageCopy(copy.node, design))
    return L(
      `an Azure Storage account fails over to its geo-secondary only when someone starts it (a customer-managed account failover, typically about an hour): for the data to be written within the goal, keep it in a second account in the other region that the application can use at once (object replication between the accounts, or the application writing both), and script and rehearse the account failover for the rest`,
      `Azure Storage 계정은 누군가 시작해야만 지역 보조(geo-secondary)로 장애 조치합니다(고객 관리 계정 장애 조치, 보통 1시간 정도). 목표 안에 쓸 수 있어야 하는 데이터는 애플리케이션이 바로 쓸 수 있는 다른 리전의 두 번째 계정에 두고(계정 간 개체 복제, 또는 애플리케이션이 양쪽에 쓰기), 나머지는 계정 장애 조치를 스크립트로 만들어 연습하세요`,
    );
  // Plain Redis replication: Redis never promotes a replica by itself, so \`failover=auto\` would change nothing (the
  // contradiction rule says so); Sentinel or a managed Redis does (round 65 r02).
  if (source && redisWithoutManager(copy.node, source.node))
    return L(
      `Redis never promotes a replica by itself: run Redis Sentinel (\`mode=sentinel replicas=3\` on \`${source.name}\`, the Sentinels in three places) or a managed Redis`,
      `Redis는 복제본을 스스로 승격하지 않습니다. Redis Sentinel(\`${source.name}\` 노드에 \`mode=sentinel replicas=3\`, Sentinel은 세 곳에)이나 관리형 Redis를 쓰세요`,
    );
  // A SQL Server availability replica in asynchronous-commit mode: automatic failover needs synchronous commit (round 61b r03).
  if (SQLSERVER_ENGINES.has(engineOf(copy.node)) && (textAttr(copy.node, 'replication') ?? 'async') !== 'sync')
    return L(
      `SQL Server fails an availability group over automatically only to a synchronous-commit replica: make it one (\`replication=sync failover=auto\`, with a quorum vote outside the lost site), or rehearse the forced failover (FORCE_FAILOVER_ALLOW_DATA_LOSS) and write its time as \`promote=\``,
      `SQL Server는 동기 커밋 복제본으로만 가용성 그룹을 자동 장애 조치합니다. 동기 커밋 복제본으로 바꾸거나(\`replication=sync failover=auto\`, 잃는 사이트 밖에 쿼럼 투표 하나), 강제 장애 조치(FORCE_FAILOVER_ALLOW_DATA_LOSS)를 연습해 두고 그 시간을 \`promote=\`로 적으세요`,
    );
  // An Azure SQL geo-secondary failed over by the customer: `failover=auto` is the Microsoft-managed policy, whose grace
  // period (at least 1 h) is what the manual policy avoids — the lever is a rehearsed, paged failover (round 78 r04: the
  // two findings sent the user back and forth between the policies).
  if (copy.timings.profile.id === 'azure-sql' && source !== null && copy.node.of === source.name)
    return L(
      `keep the customer-managed policy (automatic is the Microsoft-managed one, with a grace period of at least ${dur(AZURE_SQL_FOG.grace.v).en}) and make the failover fast: a monitor that pages someone, and a scripted, rehearsed forced failover of the group (\`Switch-AzSqlDatabaseFailoverGroup -AllowDataLoss\`) whose drill time you write as \`promote=\``,
      `고객 관리 정책은 그대로 두고(자동은 Microsoft 관리 정책이며 유예 기간이 최소 ${dur(AZURE_SQL_FOG.grace.v).ko}입니다) 장애 조치를 빠르게 하세요. 담당자를 호출하는 모니터를 두고, 그룹의 강제 장애 조치(\`Switch-AzSqlDatabaseFailoverGroup -AllowDataLoss\`)를 스크립트로 만들어 연습한 뒤 그 시간을 \`promote=\`로 적으세요`,
    );
  if (source !== null && tiberoProtective(copy.node, source.node))
    return L(
      `a Tibero Observer in its default PROTECTIVE mode fails over only while a cluster manager of the primary's side still answers it, so a lost server or site waits for a DBA: its DISASTER_PLAN mode (\`cmrctl set --mode disaster_plan\`) fails over there too, at the price of the primary shutting itself down more often. The language cannot say that mode yet, so rehearse the manual failover and write its time as \`promote=\``,
      `기본 PROTECTIVE 모드의 Tibero Observer는 프라이머리 쪽 클러스터 매니저가 아직 응답할 때만 자동 절체하므로, 서버나 사이트를 잃으면 DBA를 기다립니다. DISASTER_PLAN 모드(\`cmrctl set --mode disaster_plan\`)는 이때도 절체하지만 프라이머리가 스스로 내려가는 경우가 늘어납니다. 이 모드는 아직 설계에 적을 수 없습니다. 그러니 수동 절체를 연습해 걸린 시간을 \`promote=\`로 적으세요`,
    );
  // AlloyDB's secondary cluster in another region and Vault's DR secondary are promoted by an operator only: no setting
  // makes either take over by itself (AlloyDB, "Cross-region replication overview": "you can promote a secondary cluster";
  // Vault Enterprise DR replication) — round 108b r04 advised `failover=auto`.
  const ce = engineOf(copy.node);
  if (source !== null && (ce === 'alloydb' || ce === 'vault') && copy.node.of === source.name && copy.node.role !== 'replica')
    return ce === 'alloydb'
      ? L(
          `an AlloyDB secondary cluster is promoted by an operator only (\`gcloud alloydb clusters promote\`): script and rehearse the promotion, page someone as soon as the primary region is lost, and write the drill's time as \`promote=\``,
          `AlloyDB 보조 클러스터는 운영자만 승격할 수 있습니다(\`gcloud alloydb clusters promote\`). 승격을 스크립트로 만들어 연습하고, 기본 리전을 잃으면 바로 담당자를 호출하게 하고, 연습에 걸린 시간을 \`promote=\`로 적으세요`,
        )
      : L(
          `a Vault DR secondary is promoted by an operator only (\`vault write sys/replication/dr/secondary/promote\` with a DR operation token): keep the token procedure ready, rehearse it, and write the drill's time as \`promote=\``,
          `Vault DR 보조 클러스터는 운영자만 승격할 수 있습니다(DR 운영 토큰으로 \`vault write sys/replication/dr/secondary/promote\`). 토큰 절차를 준비해 연습하고, 걸린 시간을 \`promote=\`로 적으세요`,
        );
  if (!clusterSetReplica(copy.node)) return null;
  return L(
    `InnoDB ClusterSet never fails a replica cluster over by itself: rehearse the emergency failover (\`clusterSet.forcePrimaryCluster()\`) and write the time it takes as \`promote=\``,
    `InnoDB ClusterSet은 복제 클러스터로 스스로 페일오버하지 않습니다. 긴급 페일오버(\`clusterSet.forcePrimaryCluster()\`)를 연습해 두고 그 시간을 \`promote=\`로 적으세요`,
  );
}

/** A zone of the design the node is not in (where a copy of it would go), or null. */
function otherZoneOf(f: Facts, s: SimNode): string | null {
  // A zone of the node's own region first (a reader in another region is no Multi-AZ copy), as fixes.ts otherZone picks.
  const own = new Set(s.node.zones);
  const region = s.node.zones.length ? (f.design.zones.get(s.node.zones[0]!)?.region ?? null) : null;
  const others = [...f.design.zones.values()].filter((z) => !own.has(z.name));
  return (others.find((z) => region !== null && z.region === region) ?? others[0])?.name ?? null;
}

/** ` engine=X` as the node is written, or nothing. */
function engineText(s: SimNode): string {
  const e = textAttr(s.node, 'engine');
  return e ? ` engine=${e}` : '';
}

/**
 * The instances left after a loss cannot carry the node's load: the lost share
 * stays unserved until autoscaling adds instances or the lost one is repaired
 * (failure-model §6). Null when the survivors have the capacity, or nothing is
 * known of the load or the capacity.
 */
function capacityCause(m: ReturnType<typeof buildModel>, s: SimNode, survivors: number, zones = 0): Localized | null {
  if (s.capacity === null || survivors < 1) return null;
  const st = steadyState(m);
  if (!st) return null;
  const load = st.load[s.idx]!;
  const can = survivors * s.capacity;
  if (load <= can + 1e-9) return null;
  const need = Math.ceil(load / s.capacity);
  // The replicas that leave `need` after the loss: one instance more, or, spread round-robin over `zones` zones, enough that the fullest zone's loss leaves `need`.
  let want = need + (s.instances - survivors);
  if (zones >= 2) for (want = need + 1; want - Math.ceil(want / zones) < need; want++);
  const n = (x: number): string => Math.round(x).toLocaleString('en-US');
  // A zone written twice (`zones=a,b,a`: two of three instances in a) is a placement to even out, not only a count.
  const distinct = [...new Set(s.node.zones)];
  const fixAttrs = zones >= 2 && distinct.length < s.node.zones.length ? `replicas=${want} zones=${distinct.join(',')}` : `replicas=${want}`;
  const until = s.autoscale ? L('until autoscaling replaces or adds instances', '오토스케일링이 인스턴스를 교체하거나 더할 때까지') : L('until the lost instance is back', '잃은 인스턴스가 돌아올 때까지');
  return L(
    `Cause: the ${survivors} instance${survivors > 1 ? 's' : ''} of \`${s.name}\` left serve ${n(can)} req/s of the ${n(load)} req/s it receives, so the rest fail ${until.en}. Fix: enough instances that the loss still leaves the capacity for the load (${need} after the loss: \`${fixAttrs}\`), or more \`capacity=\` per instance.`,
    `원인: 남은 \`${s.name}\` 인스턴스 ${survivors}개는 받는 요청 초당 ${n(load)}건 중 ${n(can)}건만 처리할 수 있어, ${until.ko} 나머지가 실패합니다. 해결: 장애 뒤에도 부하를 감당할 만큼 인스턴스를 두거나(장애 뒤 ${need}개: \`${fixAttrs}\`), 인스턴스당 \`capacity=\`를 늘리세요.`,
  );
}

/** A node with 2+ instances that is slow to recover: who keeps sending requests to the dead instance. */
function instancesCause(nodes: SimNode[], s: SimNode): Localized | null {
  const callers = s.callers.map((c) => nodes[c]!).filter((c) => c.callees.includes(s.idx));
  if (!callers.length)
    // An entry of the design (nothing calls it): its users reach the instances themselves.
    return L(
      `Cause: requests reach \`${s.name}\`'s ${s.instances} instances directly — nothing in front of it balances them — so a dead instance keeps receiving its share of the requests until it is repaired. Fix: put a load balancer with health checks in front of it (\`lb: load-balancer health-check\`, \`lb -> ${s.name}\`).`,
      `원인: 요청이 \`${s.name}\` 노드의 인스턴스 ${s.instances}개에 바로 도달하고 앞에서 나눠 주는 것이 없어, 죽은 인스턴스가 복구될 때까지 자기 몫의 요청을 계속 받습니다. 해결: 앞에 헬스 체크하는 로드밸런서를 두세요(\`lb: load-balancer health-check\`, \`lb -> ${s.name}\`).`,
    );
  const direct = callers.filter((c) => c.kind !== 'load-balancer' && c.or !== 'lb');
  // Pgpool-II's watchdog holds its virtual IP only with a quorum: a pair that lost a node moves it nowhere.
  if (s.vipQuorum && s.instances === 2)
    return L(
      `Cause: \`${s.name}\`'s watchdog has 2 nodes, and it holds the virtual IP only with a quorum, more than half of them (\`enable_consensus_with_half_votes\` is off by default): losing either node leaves 1 of 2, so no node holds the address until it is back. Fix: a third watchdog node (\`replicas=3\`), or \`enable_consensus_with_half_votes\` on, accepting the split-brain risk.`,
      `원인: \`${s.name}\`의 watchdog 노드는 2개인데, 과반(절반 초과)이 있어야 가상 IP를 잡습니다(\`enable_consensus_with_half_votes\` 기본값 off). 어느 하나를 잃으면 2개 중 1개만 남아, 돌아올 때까지 어느 노드도 그 주소를 잡지 않습니다. 해결: watchdog 노드를 하나 더 두거나(\`replicas=3\`), 스플릿 브레인 위험을 감수하고 \`enable_consensus_with_half_votes\`를 켜세요.`,
    );
  // A `vip` written across zones of a public cloud, where a virtual IP cannot move between zones by itself (its
  // contradiction finding says so): the fix is not the `vip` it has (round 105b r01).
  if (direct.length && s.kind === 'load-balancer' && s.vip && s.vipCloud) {
    const who = nameList(direct.map((c) => c.name));
    return L(
      `Cause: \`${s.name}\`'s virtual IP cannot move to its instance in another zone of this cloud by itself (keepalived's address stays in its subnet), so ${who.en} keep${direct.length > 1 ? '' : 's'} sending to the lost one until it is repaired. Fix: a cloud load balancer in front (an NLB across the zones), or a script that moves the provider's address on failover (an Elastic IP re-association) — which the language cannot write yet.`,
      `원인: \`${s.name}\`의 가상 IP는 이 클라우드에서 다른 존의 인스턴스로 스스로 옮겨 가지 못합니다(keepalived의 주소는 서브넷 안에 머뭅니다). 그래서 ${who.ko} 노드가 복구될 때까지 잃은 인스턴스로 계속 보냅니다. 해결: 앞에 클라우드 로드밸런서(존에 걸친 NLB)를 두거나, 페일오버 때 제공자의 주소를 옮기는 스크립트(Elastic IP 재연결)를 쓰세요. 그 스크립트는 아직 설계 언어로 적을 수 없습니다.`,
    );
  }
  if (direct.length && s.kind === 'load-balancer') {
    // A tier of proxies (HAProxy, PgBouncer, MySQL Router) called by address: clients need one address that follows the live instances.
    const who = nameList(direct.map((c) => c.name));
    return L(
      `Cause: ${who.en} call${direct.length > 1 ? '' : 's'} the ${s.instances} instances of \`${s.name}\` by their own addresses, and nothing moves a dead one's share to the others, so it keeps receiving requests until it is repaired. Fix: give \`${s.name}\` a virtual IP that moves to a live instance (\`vip\`, keepalived), or reach it through a health-checked address (a Kubernetes Service, DNS with health checks); a proxy run beside each application instance is not expressible yet: draw it as part of the caller.`,
      `원인: ${who.ko} 노드가 \`${s.name}\` 인스턴스 ${s.instances}개를 각자의 주소로 호출하고, 죽은 인스턴스의 몫을 다른 인스턴스로 옮겨 주는 것이 없어 복구될 때까지 요청을 계속 받습니다. 해결: 살아 있는 인스턴스로 옮겨 가는 가상 IP를 주거나(\`vip\`, keepalived), 헬스 체크하는 주소(쿠버네티스 Service, 헬스 체크하는 DNS)로 호출하세요. 애플리케이션 인스턴스마다 옆에 두는 프록시는 아직 표현할 수 없으니 호출하는 쪽의 일부로 그리세요.`,
    );
  }
  // A replica set, a quorum group or a Redis group (a sharded MongoDB behind mongos, etcd) is reached through its own
  // routing and elections: a balancer in front is not the fix — unless one is there, checking the members, and is slower
  // than the group's own floor (a Kubernetes Service's readiness checks in front of CockroachDB: round 55b r03).
  if (s.group !== null) {
    const g = s.group;
    const floor = g.type === 'majority' ? g.leaseGap : g.type === 'leader' ? g.election : 0;
    const lb = callers.filter((c) => (c.kind === 'load-balancer' || c.or === 'lb') && c.lbDetect !== null).reduce<SimNode | null>((a, c) => (a === null || c.lbDetect! > a.lbDetect! ? c : a), null);
    if (!lb || lb.lbDetect! <= floor) return null;
    const own =
      floor > 0
        ? g.type === 'majority'
          ? L(` The ranges the lost member led also wait ${dur(floor).en} for their leases to move: no setting of \`${lb.name}\` brings the recovery below that.`, ` 잃은 구성원이 이끌던 범위도 리스가 옮겨 갈 때까지 ${dur(floor).ko} 기다리므로, \`${lb.name}\` 설정만으로는 그보다 빨리 복구되지 않습니다.`)
          : L(` Electing a new primary also takes ${dur(floor).en}: no setting of \`${lb.name}\` brings the recovery below that.`, ` 새 프라이머리 선출에도 ${dur(floor).ko} 걸리므로, \`${lb.name}\` 설정만으로는 그보다 빨리 복구되지 않습니다.`)
        : L('', '');
    return L(
      `Cause: \`${lb.name}\` needs ${dur(lb.lbDetect!).en} of failed health checks to stop sending to the lost member of \`${s.name}\`.${own.en} Fix: a shorter \`interval=\` or fewer \`failures=\` on \`${lb.name}\`.`,
      `원인: \`${lb.name}\` 노드가 \`${s.name}\` 노드의 잃은 구성원을 빼기까지 헬스 체크 실패에 ${dur(lb.lbDetect!).ko} 걸립니다.${own.ko} 해결: \`${lb.name}\` 노드의 \`interval=\`을 줄이거나 \`failures=\`를 낮추세요.`,
    );
  }
  // Shards with one instance each (`shards=4 replicas=4`: Citus workers, a sharded store with no copies): a balancer
  // cannot send a shard's requests to an instance that does not hold it (round 77b r02).
  if (s.node.kind === 'database' && shardsOf(s.node, s.instances) > 1 && shardsOf(s.node, s.instances) >= s.instances)
    return L(
      `Cause: each shard of \`${s.name}\` lives on one instance, with no copy: the lost instance's shard fails until it is back (or restored from a backup), whatever sends the requests — a balancer cannot send a shard's queries to an instance that does not hold it. Fix: a copy of each shard that takes over (a standby per instance with automatic failover, or shard replicas on other instances).`,
      `원인: \`${s.name}\`의 샤드마다 사본 없이 인스턴스 하나에만 있어, 잃은 인스턴스의 샤드는 돌아오거나 백업에서 복원될 때까지 실패합니다. 무엇이 요청을 보내든 마찬가지이며, 로드밸런서도 그 샤드를 갖지 않은 인스턴스로 보낼 수는 없습니다. 해결: 샤드마다 넘겨받을 사본을 두세요(인스턴스마다 자동 페일오버 대기 노드, 또는 다른 인스턴스에 둔 샤드 복제본).`,
    );
  // A RabbitMQ cluster of classic queues: a balancer in front moves the connections, not the queues on the lost node.
  if (classicQueues(s.node))
    return L(
      `Cause: \`${s.name}\`'s queues are classic queues, each on the node it was declared on: the queues on the lost node take and deliver nothing until it is back, whichever node the clients reach. Fix: declare quorum queues (\`quorum\` on \`${s.name}\`), copied over a majority of its nodes.`,
      `원인: \`${s.name}\`의 큐는 클래식 큐라 선언된 노드 하나에만 있습니다. 클라이언트가 어느 노드에 붙든, 잃은 노드의 큐는 그 노드가 돌아올 때까지 메시지를 받지도 전달하지도 못합니다. 해결: 쿼럼 큐로 선언하세요(\`${s.name}\`에 \`quorum\`). 노드의 과반에 복제됩니다.`,
    );
  // RabbitMQ mirrored queues: the lost node's queues wait for the others to take it for down (round 77 r04).
  if (s.timings.profile.id === 'rabbitmq-mirrored' && s.selfDetect !== null && s.instances >= 2)
    return L(
      `Cause: \`${s.name}\`'s queues are classic mirrored queues: the queues whose leader was on the lost node take no publish, whichever node the clients reach, until the other nodes take it for down — ${dur(s.selfDetect).en} without an answer (net_ticktime) — and promote a mirror; a balancer in front moves the connections, not the queues. Fix: quorum queues (\`quorum\` on \`${s.name}\`, with 3 or more nodes), which elect a new leader among their replicas by Raft; classic mirroring is removed in RabbitMQ 4.0.`,
      `원인: \`${s.name}\`의 큐는 클래식 미러링 큐입니다. 리더가 잃은 노드에 있던 큐는, 클라이언트가 어느 노드에 붙든, 나머지 노드가 그 노드를 다운으로 판정하고(${dur(s.selfDetect).ko} 동안 응답 없음, net_ticktime) 미러를 승격할 때까지 메시지를 받지 못합니다. 앞단 로드밸런서는 연결을 옮길 뿐 큐를 옮기지 못합니다. 해결: 쿼럼 큐로 바꾸세요(\`${s.name}\`에 \`quorum\`, 노드 3개 이상). 복제본 사이에서 Raft로 새 리더를 뽑습니다. 클래식 미러링은 RabbitMQ 4.0에서 제거되었습니다.`,
    );
  // Couchbase: the SDKs follow the cluster map, so no balancer is missing; the lost node's active vBuckets wait for the
  // auto-failover (couchbase-autofailover), which a cluster of fewer than 3 nodes does not have (couchbase-small-clusters).
  if (s.timings.profile.id === 'couchbase') {
    const v = s.timings.profile.values;
    if (v.minAuto && s.instances < v.minAuto.v)
      return L(
        `Cause: Couchbase fails nodes over automatically only in a cluster of 3 nodes or more, and \`${s.name}\` has ${s.instances}: the keys active on the lost node fail until a person fails it over. Fix: a third node (\`replicas=3\`; from Couchbase 7.6 an arbiter node with no service also counts).`,
        `원인: Couchbase는 노드가 3개 이상인 클러스터에서만 자동 페일오버하는데 ${codeJosa(s.name, '은/는')} ${s.instances}개입니다. 잃은 노드에서 활성이던 키는 사람이 페일오버할 때까지 실패합니다. 해결: 세 번째 노드를 두세요(\`replicas=3\`, Couchbase 7.6부터는 서비스 없는 아비터 노드도 됩니다).`,
      );
    const perZone = s.node.zones.length >= 2 && s.instances / s.node.zones.length > (v.maxAuto?.v ?? 1);
    const aware = s.node.attrs.has('awareness');
    return L(
      `Cause: Couchbase fails a lost node over only after its auto-failover timeout (${dur(s.selfDetect ?? v.detect!.v).en}); until then the keys active on it fail${perZone ? `, and it takes at most maxCount nodes (1 by default) before an administrator resets the count, so a zone's ${s.instances / s.node.zones.length} nodes wait for a person` : ''}. Fix: a shorter timeout (\`down-after=\` on \`${s.name}\`; Couchbase accepts 5 s and more)${perZone ? ` and a maxCount of at least the nodes in one zone${aware ? '' : ', with server groups (`awareness`)'} — the language cannot write maxCount, so the run keeps 1` : ''}.`,
      `원인: Couchbase는 잃은 노드를 자동 페일오버 타임아웃(${dur(s.selfDetect ?? v.detect!.v).ko})이 지나야 페일오버하고, 그때까지 그 노드에서 활성이던 키는 실패합니다${perZone ? `. 또 관리자가 횟수를 초기화하기 전까지 maxCount(기본값 1)개 노드까지만 넘기므로, 한 존의 노드 ${s.instances / s.node.zones.length}개는 사람을 기다립니다` : ''}. 해결: 타임아웃을 줄이세요(\`${s.name}\`에 \`down-after=\`, Couchbase는 5초부터 받습니다)${perZone ? `. 그리고 maxCount를 한 존의 노드 수 이상으로 올리세요${aware ? '' : '. 서버 그룹도 쓰세요(`awareness`)'}. maxCount는 설계 언어로 적을 수 없어 시뮬레이션은 1로 계산합니다` : ''}.`,
    );
  }
  // Memcached servers a client hashes its keys over (sessions in php-memcached, a cache): a balancer in front would break
  // the mapping and bring no key back — a copy of each key is the fix (round 89 r09).
  if (direct.length && s.kind === 'cache' && isMemcached(s.node)) {
    const who = nameList(direct.map((c) => c.name));
    return L(
      `Cause: ${who.en} hash${direct.length > 1 ? '' : 'es'} each key to one of \`${s.name}\`'s ${s.instances} memcached servers, which copy nothing: a lost server's keys${s.isSessionStore ? ' — its share of the sessions —' : ''} are gone until it is back, and a balancer in front would break the mapping, not bring them back. Fix: keep each key on two servers (php-memcached \`memcached.sess_number_of_replicas=1\` with \`sess_remove_failed_servers\`), or a store that replicates (Redis with Sentinel, or a managed cache with a replica).`,
      `원인: ${who.ko} 노드가 키마다 \`${s.name}\`의 memcached 서버 ${s.instances}대 중 한 대를 해시로 고르는데, memcached는 아무것도 복제하지 않습니다. 서버 한 대를 잃으면 그 서버의 키${s.isSessionStore ? '(그 몫의 세션)' : ''}는 돌아올 때까지 사라지고, 앞에 로드밸런서를 두면 매핑만 깨질 뿐 키를 되살리지 못합니다. 해결: 키를 두 서버에 두거나(php-memcached \`memcached.sess_number_of_replicas=1\`과 \`sess_remove_failed_servers\`) 복제하는 저장소를 쓰세요(Sentinel을 둔 Redis, 복제본이 있는 관리형 캐시).`,
    );
  }
  if (direct.length) {
    const who = nameList(direct.map((c) => c.name));
    return L(
      `Cause: ${who.en} call${direct.length > 1 ? '' : 's'} \`${s.name}\` directly, with no load balancer in front of its ${s.instances} instances, so a dead instance keeps receiving its share of the requests until it is repaired. Fix: put a load balancer with health checks between them (\`lb: load-balancer health-check\`).`,
      `원인: ${who.ko} 노드가 \`${s.name}\` 노드를 직접 호출하고, 인스턴스 ${s.instances}개 앞에 로드밸런서가 없어서 죽은 인스턴스가 복구될 때까지 자기 몫의 요청을 계속 받습니다. 해결: 사이에 헬스 체크하는 로드밸런서를 두세요(\`lb: load-balancer health-check\`).`,
    );
  }
  const blind = callers.filter((c) => c.lbDetect === null);
  if (blind.length) {
    const who = nameList(blind.map((c) => c.name));
    return L(
      `Cause: ${who.en} ${blind.length > 1 ? 'have' : 'has'} no health check, so ${blind.length > 1 ? 'they keep' : 'it keeps'} sending requests to the dead instance of \`${s.name}\`. Fix: \`health-check\` on ${who.en}.`,
      `원인: ${who.ko} 노드에 헬스 체크가 없어 \`${s.name}\` 노드의 죽은 인스턴스로 계속 요청을 보냅니다. 해결: ${who.ko} 노드에 \`health-check\`를 켜세요.`,
    );
  }
  const slowest = callers.reduce<SimNode | null>((a, c) => (a === null || (c.lbDetect ?? 0) > (a.lbDetect ?? 0) ? c : a), null);
  if (slowest && slowest.lbDetect !== null)
    return L(
      `Cause: \`${slowest.name}\` needs ${dur(slowest.lbDetect).en} of failed health checks to stop sending to the dead instance of \`${s.name}\`. Fix: a shorter \`interval=\` on \`${slowest.name}\`.`,
      `원인: \`${slowest.name}\` 노드가 \`${s.name}\` 노드의 죽은 인스턴스를 빼기까지 헬스 체크 실패에 ${dur(slowest.lbDetect).ko} 걸립니다. 해결: \`${slowest.name}\` 노드의 \`interval=\`을 줄이세요.`,
    );
  return null;
}

/** A Sentinel group or a voting group whose majority sits in `zone`: losing the zone leaves it unable to promote or to serve. */
/**
 * The nodes the entries' requests can need: reached through calls, cache fallbacks, takeovers and read sources, and
 * the quorum groups that coordinate those takeovers. (A control plane nothing in the request path calls is not one.)
 */
function servingSet(nodes: readonly SimNode[], entries: readonly number[]): Set<number> {
  const seen = new Set<number>(entries);
  const stack = [...entries];
  const push = (x: number): void => {
    if (x >= 0 && !seen.has(x)) {
      seen.add(x);
      stack.push(x);
    }
  };
  while (stack.length) {
    const s = nodes[stack.pop()!]!;
    for (const c of s.callees) push(c);
    for (const e of s.soft) {
      push(e.cache);
      for (const f of e.fallbacks) push(f);
    }
    for (const t of s.takeovers) {
      push(t.by);
      push(t.coordinator);
      push(t.witness);
    }
    push(s.readsFrom);
    // A Kafka cluster's controller quorum: off the produce path, but no lost broker's partitions move without it.
    push(s.controlPlane);
  }
  return seen;
}

function zoneQuorumCause(nodes: readonly SimNode[], zone: string, entries: readonly number[], design?: Design, skip?: ReadonlySet<number>): Localized | null {
  // The design's only site (every node placed there alone): no group's layout inside it is the cause — nothing outside takes
  // over whatever the votes (round 110 r04 advised a third Pgpool watchdog node "in a third place"); the tiers are named.
  if (nodes.every((s) => s.client || s.ignored || s.kind === 'monitor' || (s.node.zones.length === 1 && s.node.zones[0] === zone && !s.node.attrs.has('region')))) return null;
  const needed = servingSet(nodes, entries);
  // A replica set written member by member whose majority sits in the zone.
  for (const s of nodes) {
    const peers = s.quorumPeers;
    if (peers === null || !needed.has(s.idx) || skip?.has(s.idx)) continue;
    const held = peers.filter((i) => nodes[i]!.node.zones[0] === zone).length;
    if (held === 0 || peers.length - held >= majorityOf(peers.length)) continue;
    return L(
      `Cause: zone \`${zone}\` holds ${held} of the ${peers.length} members of \`${s.name}\`'s replica set: the members left are no majority, so none is elected and no write is taken until the zone is back. Fix: an odd number of members with no zone holding a majority — a member (or an arbiter) in a third zone or site.`,
      `원인: \`${zone}\` 존에 \`${s.name}\` 복제 세트의 구성원 ${peers.length}개 중 ${held}개가 있어, 남은 구성원이 과반이 못 되므로 그 존이 돌아올 때까지 아무도 선출되지 않고 쓰기도 받지 않습니다. 해결: 어느 존에도 과반이 몰리지 않게 홀수 구성원을 두세요 — 세 번째 존이나 사이트에 구성원(또는 아비터)을 하나.`,
    );
  }
  // A cache read in front of a database (its callers fall back there): its Sentinel or cluster losing the zone fails no
  // request, so it is no cause of a missed rto (its own findings say what it risks).
  const soft = new Set<number>();
  for (const n of nodes) for (const e of n.soft) soft.add(e.cache);
  for (const s of nodes) {
    const g = s.group;
    if (!g || !s.node.zones.includes(zone) || !needed.has(s.idx) || skip?.has(s.idx)) continue;
    if (soft.has(s.idx) && (g.type === 'sentinel' || g.type === 'cluster')) continue;
    if (g.type === 'sentinel' && majorityZone(g.sentinelZones) === zone) {
      const held = g.sentinelZones.filter((z) => z === zone).length;
      return L(
        `Cause: zone \`${zone}\` holds ${held} of the ${g.sentinels} Sentinels of \`${s.name}\` (and its master): losing it leaves too few Sentinels to agree, so no replica is promoted and \`${s.name}\` stays without a master. Fix: run the Sentinels in three zones (3 or 5 of them), so that no zone holds a majority.`,
        `원인: \`${zone}\` 존에 \`${s.name}\`의 센티널 ${g.sentinels}개 중 ${held}개(와 마스터)가 있어, 이 존을 잃으면 남은 센티널이 합의하지 못해 복제본이 승격되지 않고 \`${s.name}\`에 마스터가 없는 채로 남습니다. 해결: 센티널(3개나 5개)을 세 존에 나누어 어느 존에도 과반이 몰리지 않게 하세요.`,
      );
    }
    if (g.type === 'cluster' && s.node.zones.length > 1) {
      // Redis Cluster: the masters left must be a majority to authorise a replica's promotion, and a shard
      // needs a live replica outside the zone (placement: clusterZoneIndex).
      const zs = s.node.zones;
      const at = (i: number): string => zs[clusterZoneIndex(g, i, zs.length)]!;
      let lost = 0;
      let bare = 0;
      for (let k = 0; k < g.shards; k++) {
        if (at(k) !== zone) continue;
        lost++;
        let replica = false;
        for (let i = g.shards; i < g.instances; i++) if (clusterShardOf(g, i) === k && at(i) !== zone) replica = true;
        if (!replica) bare++;
      }
      if (!lost) continue;
      // A master there with no replica anywhere else: its slots stay uncovered whatever the vote — the first fix is the
      // replica (round 42: the masters' majority was named for a cluster that had no replica to promote).
      if (bare && !s.managed && g.shards - lost < majorityOf(g.shards))
        return L(
          `Cause: zone \`${zone}\` holds ${lost} of the ${g.shards} masters of \`${s.name}\` (Redis Cluster), ${bare === lost ? 'none of them with' : `${bare} of them without`} a replica in another zone: their slots stay uncovered and the whole cluster answers CLUSTERDOWN until the zone is back. Fix: a replica per shard in another zone (\`replicas=\` at least twice the shards), and 3 or more shards over 3 zones, so that no zone holds half the masters (their majority authorises a replica's promotion).`,
          `원인: \`${zone}\` 존에 \`${s.name}\`(Redis Cluster)의 마스터 ${g.shards}개 중 ${lost}개가 있는데, ${bare === lost ? '모두' : `그중 ${bare}개가`} 다른 존에 복제본이 없어 그 존이 돌아올 때까지 슬롯이 비고 클러스터 전체가 CLUSTERDOWN으로 답합니다. 해결: 샤드마다 다른 존에 복제본을 두고(\`replicas=\`를 샤드 수의 두 배 이상), 샤드를 3개 이상 세 존에 나누어 어느 존에도 마스터의 절반이 몰리지 않게 하세요(복제본 승격은 마스터 과반이 승인합니다).`,
        );
      if (!s.managed && g.shards - lost < majorityOf(g.shards))
        return L(
          `Cause: zone \`${zone}\` holds ${lost} of the ${g.shards} masters of \`${s.name}\` (Redis Cluster): the masters left are no majority, so none may authorise a replica's promotion, and with slots uncovered the whole cluster answers CLUSTERDOWN. Fix: 3 or more shards over 3 zones, so that no zone holds half the masters.`,
          `원인: \`${zone}\` 존에 \`${s.name}\`(Redis Cluster)의 마스터 ${g.shards}개 중 ${lost}개가 있어, 남은 마스터가 과반이 못 되므로 복제본 승격을 승인할 수 없고, 슬롯이 비어 클러스터 전체가 CLUSTERDOWN으로 답합니다. 해결: 샤드를 3개 이상 두고 세 존에 나누어 어느 존에도 마스터의 절반이 몰리지 않게 하세요.`,
        );
      // (A managed cluster runs without full coverage: only those shards' keys fail — round 70b r05.)
      if (bare && !g.fullCoverage)
        return L(
          `Cause: zone \`${zone}\` holds ${bare === 1 ? 'a master' : `${bare} masters`} of \`${s.name}\` (Redis Cluster) with no replica in another zone: ${bare === 1 ? 'its' : 'their'} slots stay uncovered, and the keys of ${bare === 1 ? 'that shard' : 'those shards'} (${Math.round((100 * bare) / g.shards)}% of them) fail until the zone is back or the provider replaces the node${bare === 1 ? '' : 's'}, empty — the other shards go on answering (the managed service runs without full coverage). Fix: a replica per shard in another zone (\`replicas=\` at least twice the shards).`,
          `원인: \`${zone}\` 존에 다른 존에 복제본이 없는 \`${s.name}\`(Redis Cluster)의 마스터가 ${bare}개 있어 그 슬롯이 비고, 그 샤드의 키(${Math.round((100 * bare) / g.shards)}%)에 대한 요청이 존이 돌아오거나 제공자가 빈 노드로 바꿀 때까지 실패합니다. 다른 샤드는 계속 응답합니다(관리형 서비스는 full coverage 없이 동작). 해결: 샤드마다 다른 존에 복제본을 두세요(\`replicas=\`를 샤드 수의 두 배 이상).`,
        );
      if (bare)
        return L(
          `Cause: zone \`${zone}\` holds a master of \`${s.name}\` (Redis Cluster) with no replica in another zone: its slots stay uncovered and the whole cluster answers CLUSTERDOWN. Fix: a replica per shard in another zone (\`replicas=\` at least twice the shards).`,
          `원인: \`${zone}\` 존에 다른 존에 복제본이 없는 \`${s.name}\`(Redis Cluster)의 마스터가 있어, 그 슬롯이 비고 클러스터 전체가 CLUSTERDOWN으로 답합니다. 해결: 샤드마다 다른 존에 복제본을 두세요(\`replicas=\`를 샤드 수의 두 배 이상).`,
        );
      continue;
    }
    // Cassandra/ScyllaDB (and Kafka) with `quorum`: no vote — the ranges with two of their three replicas in the zone fail
    // QUORUM (round 59b r02: "no majority is left, the group stops" for a ScyllaDB cluster over two zones).
    if (g.type === 'majority' && tokenRanged(s.node) && s.node.zones.length > 1) {
      const zones: (string | null)[] = [];
      for (let k = 0; k < s.instances; k++) zones.push(s.zoneOf(k));
      const share = kafkaStuckShare(zones, zones.map((z) => z === zone));
      if (share <= 1e-9) continue;
      const pct = `${Math.round(share * 100)}%`;
      return L(
        `Cause: zone \`${zone}\` holds ${zones.filter((z) => z === zone).length} of \`${s.name}\`'s ${s.instances} nodes: with each token range's 3 replicas spread over the zones as racks, losing it leaves about ${pct} of the ranges with fewer than 2 replicas, and their QUORUM reads and writes fail until the zone is back (the other ranges go on). Fix: spread the nodes over three zones set as racks, so that every range keeps 2 replicas when one is lost.`,
        `원인: \`${zone}\` 존에 \`${s.name}\`의 노드 ${s.instances}개 중 ${zones.filter((z) => z === zone).length}개가 있어, 토큰 범위마다 복제본 3개를 존(랙)에 나누어 두어도 이 존을 잃으면 범위의 약 ${pct}에 복제본이 2개 미만으로 남습니다. 그 존이 돌아올 때까지 그 범위의 QUORUM 읽기와 쓰기가 실패합니다(나머지 범위는 계속 처리). 해결: 노드를 세 존에 랙으로 나누어 어느 존을 잃어도 범위마다 복제본 2개가 남게 하세요.`,
      );
    }
    if ((g.type === 'majority' || g.type === 'leader') && s.node.zones.length > 1) {
      const zones = voterZones(s.node, g.voters - g.arbiters);
      const held = zones.filter((z) => z === zone).length;
      // The zone takes a majority, or (two voters, one per zone) leaves fewer than a majority (round 39b: two OpenSearch
      // nodes over two zones).
      if (majorityZone(zones) !== zone && !(held > 0 && g.shards === 1 && g.arbiters === 0 && g.voters - held < majorityOf(g.voters))) continue;
      // A Kafka cluster's controller quorum: the brokers go on serving what they lead; the lost brokers' partitions do not move.
      const served = nodes.filter((b) => b.controlPlane === s.idx && needed.has(b.idx));
      // A Kubernetes cluster's etcd (taken as its control-plane store): without its majority the API server changes
      // nothing — no node goes NotReady, no endpoint is removed, no pod is rescheduled (round 42b: it spoke of brokers).
      const pods = served.filter((b) => b.kind !== 'queue');
      if (pods.length) {
        const names = nameList(pods.map((b) => b.name));
        return L(
          `Cause: zone \`${zone}\` holds ${held} of the ${g.voters} members of \`${s.name}\`, the Kubernetes control plane's store for ${names.en}: without its majority the API server can change nothing — no node is marked NotReady, no endpoint removed, no pod rescheduled — so the requests the Services keep sending to the pods lost with the zone fail, and the pods left carry the load alone, until the zone is back. Fix: run etcd as 3 members in 3 zones (or rooms), so that no zone holds a majority.`,
          `원인: \`${zone}\` 존에 ${names.ko}의 쿠버네티스 컨트롤 플레인 저장소 \`${s.name}\`의 구성원 ${g.voters}개 중 ${held}개가 있습니다. 과반이 없으면 API 서버가 아무것도 바꾸지 못해 노드를 NotReady로 바꾸지도, 엔드포인트를 빼지도, 파드를 다시 배치하지도 못합니다. 그래서 그 존이 돌아올 때까지 Service가 잃은 파드로 계속 보내는 요청이 실패하고, 남은 파드가 부하를 혼자 떠안습니다. 해결: etcd를 구성원 3개로 세 존(또는 세 전산실)에 나누어 어느 존에도 과반이 몰리지 않게 하세요.`,
        );
      }
      // Pulsar's brokers own bundles of topics through the metadata store (ZooKeeper): without its majority a lost
      // broker's bundles get no new owner (round 78b r06: Kafka's words for it).
      if (served.length && served.every((b) => PULSAR_ENGINES.has(engineOf(b.node)))) {
        const names = nameList(served.map((b) => b.name));
        return L(
          `Cause: zone \`${zone}\` holds ${held} of the ${g.voters} members of \`${s.name}\`, the metadata store of ${names.en}: without its majority no session of a lost broker expires and its bundles of topics get no new owner, so the sends to those topics fail until the zone is back. Fix: spread an odd number of members so that no zone holds a majority — 3 in 3 zones.`,
          `원인: \`${zone}\` 존에 ${names.ko}의 메타데이터 저장소 \`${s.name}\`의 구성원 ${g.voters}개 중 ${held}개가 있습니다. 과반이 없으면 잃은 브로커의 세션이 만료되지 않고 그 브로커가 맡던 토픽 번들에 새 소유자가 정해지지 않아, 그 존이 돌아올 때까지 그 토픽으로 보내는 요청이 실패합니다. 해결: 어느 존에도 과반이 몰리지 않게 홀수 개 구성원을 나누세요 — 세 존에 3개.`,
        );
      }
      if (served.length) {
        const names = nameList(served.map((b) => b.name));
        return L(
          `Cause: zone \`${zone}\` holds ${held} of the ${g.voters} controllers of \`${s.name}\`, the controller quorum of ${names.en}: without its majority no lost broker is fenced and no partition it led gets a new leader, so the sends to those partitions fail until the zone is back. Fix: spread an odd number of controllers so that no zone holds a majority — 3 in 3 zones.`,
          `원인: \`${zone}\` 존에 ${names.ko}의 컨트롤러 쿼럼 \`${s.name}\`의 컨트롤러 ${g.voters}개 중 ${held}개가 있습니다. 과반이 없으면 잃은 브로커를 펜싱하지 못하고 그 브로커가 리더였던 파티션에 새 리더가 서지 않아, 그 존이 돌아올 때까지 그 파티션으로 보내는 요청이 실패합니다. 해결: 어느 존에도 과반이 몰리지 않게 홀수 개 컨트롤러를 나누세요 — 세 존에 3개.`,
        );
      }
      // Kafka's brokers do not vote: a `quorum` Kafka is min.insync.replicas at a majority of replication factor 3 — the
      // partitions whose replicas were mostly in the zone refuse acks=all sends (round 50b r05).
      if (s.kind === 'queue' && KAFKA_ENGINES.has(engineOf(s.node))) {
        // Its controller quorum's majority in the same zone stops the rest too (no fencing, no new leader): said with it,
        // or the brokers' fix alone leaves the zone's loss a total outage (round 66b r06).
        const cp = s.controlPlane >= 0 ? nodes[s.controlPlane]! : null;
        const cg = cp?.group ?? null;
        let ctl: { name: string; held: number; voters: number } | null = null;
        if (cp && cg && (cg.type === 'majority' || cg.type === 'leader')) {
          const cz = voterZones(cp.node, cg.voters - cg.arbiters);
          if (majorityZone(cz) === zone) ctl = { name: cp.name, held: cz.filter((z) => z === zone).length, voters: cg.voters };
        }
        return L(
          `Cause: zone \`${zone}\` holds ${held} of the ${g.voters} brokers of \`${s.name}\`: the partitions with 2 of their 3 replicas there keep fewer in-sync replicas than \`min.insync.replicas\` (2), so acks=all sends to them fail (NotEnoughReplicas) until the zone is back.${ctl ? ` It also holds ${ctl.held} of the ${ctl.voters} controllers of \`${ctl.name}\`, the controller quorum: without its majority no lost broker is fenced and no partition it led gets a new leader, so the sends to those fail as well.` : ''} Fix: spread the brokers over three zones (\`broker.rack\`), so that no zone holds 2 of a partition's 3 replicas${ctl ? ', and the controllers too (3 in 3 zones)' : ''}.`,
          `원인: \`${zone}\` 존에 \`${s.name}\`의 브로커 ${g.voters}개 중 ${held}개가 있습니다. 복제본 3개 중 2개가 그곳에 있던 파티션은 동기화된 복제본이 \`min.insync.replicas\`(2)보다 적어져, 그 존이 돌아올 때까지 acks=all 전송이 실패합니다(NotEnoughReplicas).${ctl ? ` 컨트롤러 쿼럼 \`${ctl.name}\`의 컨트롤러 ${ctl.voters}개 중 ${ctl.held}개도 그곳에 있어, 과반이 없으면 잃은 브로커를 펜싱하지 못하고 그 브로커가 리더였던 파티션에 새 리더가 서지 않으므로 그 파티션으로 보내는 요청도 실패합니다.` : ''} 해결: 브로커를 세 존에 나누어(\`broker.rack\`) 어느 존에도 한 파티션의 복제본 3개 중 2개가 몰리지 않게 하세요${ctl ? '. 컨트롤러도 세 존에 3개로 나누세요' : ''}.`,
        );
      }
      // An Elasticsearch/OpenSearch cluster without its master majority rejects writes and goes on answering searches
      // (cluster.no_master_block: write): no cause for requests that only search it (round 96b r04).
      const search = SEARCH_ENGINES.has(engineOf(s.node));
      // (An edge labelled as a search — `search share=20%`, `검색` — only searches too: round 100c r04.)
      if (search && design && design.edges.filter((e) => e.to === s.name).every((e) => parseRouteLabel(e.label)?.key === 'reads' || /search|query|검색|조회|autocomplete|자동\s?완성/i.test(e.label ?? ''))) continue;
      if (search)
        return L(
          `Cause: zone \`${zone}\` holds ${held} of the ${g.voters} master-eligible nodes of \`${s.name}\`: losing it leaves no majority, so no master is elected and every write (indexing, a mapping change) fails until the zone is back, while searches go on. Fix: spread an odd number of master-eligible nodes so that no zone holds a majority — 3 in 3 zones.`,
          `원인: \`${zone}\` 존에 \`${s.name}\`의 마스터 후보 노드 ${g.voters}개 중 ${held}개가 있어, 이 존을 잃으면 과반이 남지 않아 마스터를 뽑지 못하고 그 존이 돌아올 때까지 모든 쓰기(색인, 매핑 변경)가 실패합니다. 검색은 계속됩니다. 해결: 마스터 후보 노드를 홀수 개로 어느 존에도 과반이 몰리지 않게 나누세요 — 세 존에 3개.`,
        );
      // MinIO's servers do not vote: its erasure sets need their data shards (quorum-fragile says it the same way; round
      // 113b r03 gave the voters' fix, three members in three zones).
      if (engineOf(s.node) === 'minio') {
        const need = minioNeed(s.instances);
        return L(
          `Cause: zone \`${zone}\` holds ${held} of the ${s.instances} servers of \`${s.name}\`, a MinIO erasure-coded pool: its erasure sets, spread over every server, survive losing ${s.instances - need} server${s.instances - need === 1 ? '' : 's'} (their parity) and need ${need} of ${s.instances} up to read and write, so the zone's loss stops the pool until it is back. Fix: spread the servers so that no zone holds more than ${s.instances - need} (more racks or zones), or raise the parity (\`MINIO_STORAGE_CLASS_STANDARD\`) above the drives a zone holds of each erasure set.`,
          `원인: \`${zone}\` 존에 MinIO 이레이저 코딩 풀 \`${s.name}\`의 서버 ${s.instances}대 중 ${held}대가 있습니다. 모든 서버에 걸친 이레이저 세트는 서버 ${s.instances - need}대까지 잃어도 버티지만(패리티), 읽고 쓰려면 ${s.instances}대 중 ${need}대가 살아 있어야 하므로, 이 존을 잃으면 돌아올 때까지 풀이 멈춥니다. 해결: 어느 존에도 ${s.instances - need}대보다 많이 두지 않게 서버를 더 많은 랙이나 존에 나누거나, 한 존이 각 이레이저 세트에서 갖는 드라이브 수보다 패리티를 높이세요(\`MINIO_STORAGE_CLASS_STANDARD\`).`,
        );
      }
      return L(
        `Cause: zone \`${zone}\` holds ${held} of the ${g.voters} voters of \`${s.name}\`: losing it leaves no majority, and the group stops. Fix: spread an odd number of voters so that no zone holds a majority — 3 members in 3 zones.`,
        `원인: \`${zone}\` 존에 \`${s.name}\`의 구성원 ${g.voters}개 중 ${held}개가 있어, 이 존을 잃으면 과반이 남지 않아 그룹이 멈춥니다. 해결: 홀수 개 구성원을 어느 존에도 과반이 몰리지 않게 나누세요 — 세 존에 3개.`,
      );
    }
  }
  return null;
}

/** The cause of a slow recovery from a loss (node, zone, region), or null when the model finds none to name. */
/**
 * Every voting group the zone's loss leaves without its majority, each with its own cause: the first is said, and the others
 * after it — fixing one leaves the service down while another stays (round 110b r01 named etcd alone; the MongoDB set whose
 * primary and arbiter were in the same zone kept every request failing once etcd was spread).
 */
function zoneQuorumCauses(nodes: readonly SimNode[], zone: string, entries: readonly number[], design?: Design): Localized | null {
  const first = zoneQuorumCause(nodes, zone, entries, design);
  if (!first) return null;
  // (Only the groups with a member in the zone: the others cannot be among its causes.)
  const groups = nodes.filter((s) => (s.quorumPeers !== null && s.quorumPeers.some((i) => nodes[i]!.node.zones.includes(zone))) || (s.group !== null && s.node.zones.includes(zone))).map((s) => s.idx);
  if (groups.length < 2) return first;
  const causes: Localized[] = [];
  for (const g of groups) {
    const c = zoneQuorumCause(nodes, zone, entries, design, new Set(groups.filter((x) => x !== g)));
    // (A group the first cause already names and fixes — a Kafka cluster's controllers, said with its brokers — is not said
    // again as a second cause: round 124 r04 printed "That alone does not meet the goal" with the same fix.)
    if (c && !causes.some((x) => x.en === c.en) && (c.en === first.en || !first.en.includes(`\`${nodes[g]!.name}\``))) causes.push(c);
  }
  if (causes.length < 2) return first;
  const rest = causes.filter((c) => c.en !== first.en);
  if (!rest.length) return first;
  return L(
    `${first.en} That alone does not meet the goal: ${rest.map((c) => c.en.replace(/^Cause: /, '')).join(' And ')}`,
    `${first.ko} 이것만 고쳐서는 목표를 지키지 못합니다. ${rest.map((c) => c.ko.replace(/^원인: /, '')).join(' 또한 ')}`,
  );
}

export function rtoCause(f: Facts, est: Estimate, loss: LossImpact, goal: number): Localized | null {
  const base = rtoCauseBase(f, est, loss, goal);
  if (loss.stall && loss.rto === loss.stall.seconds) return base;
  const after = overloadAfterOutage(f, loss, goal);
  // (Unless the cause found already names that tier — a recovery site too small, a zone's placement: said better there.)
  if (!after || base?.en.includes(`\`${after.tier}\``)) return base;
  // The cause found names a node whose own loss misses the goal too (a share of the requests needs a store that lives only in
  // the place, lost for good): it lasts beside the overload, so both are said — the capacity fix alone does not meet the goal
  // (round 125c r04: "run 6 instances" for a zone that also took the attachments' NAS).
  if (base) {
    const named = [...base.en.matchAll(/`([^`]+)`/g)].map((x) => x[1]!);
    const lasting = named.some((x) => {
      const l = nodeLoss(est, x);
      return l !== null && l !== undefined && (l.rto === null || l.rto > goal);
    });
    if (lasting)
      return L(
        `${after.cause.en} That alone does not meet the goal: ${base.en.replace(/^Cause: /, '')}`,
        `${after.cause.ko} 이것만 고쳐서는 목표를 지키지 못합니다. ${base.ko.replace(/^원인: /, '')}`,
      );
  }
  return after.cause;
}

/**
 * The full outage ends within the goal, but a tier that serves afterwards cannot carry what it is then sent: that overload
 * is what misses the goal, whatever made the outage (a witness, a promotion by hand), which fits it (rounds 117b r01, 117c
 * r01 were told to move an observer or automate a promotion that were not what missed the goal).
 */
function overloadAfterOutage(f: Facts, loss: LossImpact, goal: number): { cause: Localized; tier: string } | null {
  const t = loss.target;
  const m = buildModel(f.design);
  const until = loss.downUntil ?? [];
  if (until.length && until.every((u) => u !== null && u <= goal) && (loss.rto === null || loss.rto > goal)) {
    const end = Math.max(...until.map((u) => u!));
    // (A node as the sweep loses it: its first instance when it runs several, the whole node otherwise.)
    const target: SimTarget = t.type === 'node' ? { type: 'node', node: t.node, instance: (m.nodes[m.byName.get(t.node) ?? -1]?.instances ?? 1) > 1 ? 1 : null } : t;
    const events = simulate(f.design, [{ type: 'fail', target, at: 0 }]).events;
    const ov = events.filter((e) => e.type === 'overload' && typeof e.data?.['capacity'] === 'number' && typeof e.data?.['offered'] === 'number').pop();
    // (Only an overload that lasts: not one its tier's replacements or scaling end later in the run — round 118c r01 named an
    // Auto Scaling group back to size at 5m while a NAS in the lost zone failed 30 % of the requests to the end.)
    const ends = ov && events.some((e) => e.at > ov.at && (e.target === ov.target || e.target.startsWith(`${ov.target}#`)) && ['rescheduled', 'scaled', 'repaired', 'recover'].includes(e.type));
    if (ends) return null;
    const tier = ov ? m.nodes[m.byName.get(ov.target) ?? -1] : undefined;
    if (ov && tier && tier.capacity !== null && tier.capacity > 0) {
      const offered = ov.data!['offered'] as number;
      const capacity = ov.data!['capacity'] as number;
      const share = Math.round((1 - capacity / offered) * 1000) / 10;
      // (Over zones, the lost place's share is gone too: enough in each zone left to carry it — round 118c r02 was told 3 for
      // a tier of 4 over two zones that needs 6.)
      const zones = [...new Set(tier.node.zones)];
      const lostZones = zones.filter((z) => (t.type === 'zone' ? z === t.zone : t.type === 'region' ? tier.regionOf(z) === t.region : false));
      const left = zones.length - lostZones.length;
      const carry = Math.ceil(offered / tier.capacity - 1e-9);
      const perZone = lostZones.length && left > 0 ? Math.ceil(carry / left) : 0;
      const need = perZone ? perZone * zones.length : carry;
      const n = (x: number): string => Math.round(x).toLocaleString('en-US');
      // A cache lost in the same loss sends its reads to the tier (cache-loss-overload): that cache is the cause, and one that
      // survives the loss the fix (round 120 r02, 120b r04: a Cloud SQL instance was told `replicas=4` and `autoscale=`).
      const lostCache = events.find((e) => e.type === 'cache-lost' && e.at <= ov.at)?.target.replace(/#\d+$/, '');
      const cacheNode = lostCache ? f.design.nodes.get(lostCache) : undefined;
      // A data tier, or one writer at a time (a database primary and its standby): more instances add no capacity — a larger
      // instance (its `capacity=`) or read replicas for its reads do.
      const oneWriter = tier.kind === 'database' || tier.kind === 'cache' || tier.kind === 'storage' || tier.kind === 'queue';
      const fix = cacheNode
        ? L(
            `\`${cacheNode.name}\` is lost in the same failure and its reads go to \`${tier.name}\`: keep the cache where the loss does not take it — a replica in another zone that takes over (\`replicas=2\` over two zones${cacheNode.managed ? ": Memorystore's Standard Tier, ElastiCache Multi-AZ" : ', with Sentinel'}) — or size \`${tier.name}\` for the reads the cache takes off it${oneWriter ? ' (a larger instance, or read replicas for them)' : ` (\`replicas=${need}\`)`}.`,
            `같은 장애로 \`${cacheNode.name}\`도 잃어 그 읽기가 ${codeJosa(tier.name, '으로/로')} 갑니다. 그 장애로 잃지 않는 곳에 캐시를 두거나(다른 존에서 넘겨받는 복제본: 두 존에 걸친 \`replicas=2\`${cacheNode.managed ? ', Memorystore Standard 등급, ElastiCache 다중 AZ' : ', Sentinel과 함께'}), 캐시가 덜어 주던 읽기까지 감당하도록 \`${tier.name}\`의 용량을 잡으세요${oneWriter ? '(더 큰 인스턴스, 또는 그 읽기를 받을 읽기 복제본)' : `(\`replicas=${need}\`)`}.`,
          )
        : oneWriter
          ? L(
              `give \`${tier.name}\` the capacity for it: a larger instance (\`capacity=\` above ${n(offered)} req/s), or read replicas for its reads — more instances of one primary and its standby add none.`,
              `\`${tier.name}\`에 그만한 용량을 주세요. 더 큰 인스턴스(\`capacity=\`를 초당 ${n(offered)}건 이상)나 읽기를 받을 읽기 복제본이 필요하며, 프라이머리와 대기 노드의 인스턴스를 늘려도 용량은 늘지 않습니다.`,
            )
          : L(
              `run ${need} instances of \`${tier.name}\` (\`replicas=${need}\`${perZone ? `, ${perZone} in each of the ${zones.length} zones` : ''}), or let it scale out (\`autoscale=\`).`,
              `\`${tier.name}\` 인스턴스를 ${need}개로 늘리거나(\`replicas=${need}\`${perZone ? `, 존 ${zones.length}곳에 ${perZone}개씩` : ''}) 자동으로 늘어나게 하세요(\`autoscale=\`).`,
            );
      return {
        tier: tier.name,
        cause: L(
          `Cause: the full outage ends at ${dur(end).en}, within the goal, but then \`${tier.name}\` is sent ${n(offered)} req/s for ${n(capacity)} of capacity: ${share}% of the requests fail for as long as the load stays there. Fix: ${fix.en}`,
          `원인: 전면 장애는 ${dur(end).ko}에 끝나 목표 안에 들지만, 그 뒤 \`${tier.name}\` 노드에 처리 용량 초당 ${n(capacity)}건보다 많은 초당 ${n(offered)}건이 몰려 그 부하가 머무는 동안 요청의 ${share}%가 실패합니다. 해결: ${fix.ko}`,
        ),
      };
    }
  }
  return null;
}

function rtoCauseBase(f: Facts, est: Estimate, loss: LossImpact, goal: number, pastHealing = false): Localized | null {
  const t = loss.target;
  if (loss.stall && loss.rto === loss.stall.seconds) return stallCause(f, loss.stall);
  if (t.type === 'node') return nodeRtoCause(f, t.node, goal);
  const m = buildModel(f.design);
  // A place: the node placed there whose own loss recovers slowest names the cause.
  const placed = m.nodes.filter((s) => !s.client && !s.ignored && (t.type === 'zone' ? s.node.zones.includes(t.zone) : true));
  // Slowest first: the nodes whose own loss misses the goal (each one's cause is tried in turn at the end).
  const slowest = placed
    .map((s) => {
      const l = nodeLoss(est, s.name);
      return { name: s.name, rto: l ? (l.rto ?? Infinity) : 0 };
    })
    .filter((x) => x.rto > goal)
    .sort((a, b) => b.rto - a.rto);
  /** Whether a node runs only inside the lost zone or region. */
  const inPlace = (n: SimNode): boolean => runsOnlyIn(f.design, n.node, t);
  const place = (t.type === 'zone' ? placeCode('zone', t.zone) : placeCode('region', t.region));
  /** The same with its object particle (`a` 존을, `대전센터`를). */
  const placeObj = t.type === 'zone' ? placeCode('zone', t.zone, '을/를') : placeCode('region', t.region, '을/를');
  // An NDB node group held in the zone: the whole cluster shuts down without it (round 76b r01: the cause named the SQL tier).
  if (t.type === 'zone') {
    const g = ndbGroupIn(f.design, t.zone);
    if (g)
      return L(
        `Cause: node group ${g.group + 1} of \`${g.node}\` has every data node in ${place.en}: NDB shuts the whole cluster down when a node group has no data node left (NDBD_EXIT_LOST_NODE_GROUP), until they are back. Fix: ${ndbPlacement(g).en}`,
        `원인: \`${g.node}\`의 노드 그룹 ${g.group + 1}은 데이터 노드가 모두 ${place.ko}에 있습니다. 노드 그룹에 데이터 노드가 하나도 남지 않으면 NDB는 클러스터 전체를 멈추고(NDBD_EXIT_LOST_NODE_GROUP), 돌아올 때까지 그대로입니다. 해결: ${ndbPlacement(g).ko}`,
      );
  }
  // A DNS record or GSLB its owner runs, every name server in the place, moving the users to targets outside it: the name is
  // lost with the place, nothing answers and no record can be changed — the move never happens (round 113b r04: the cause
  // named the recovery site's capacity; single-zone says the same of the design).
  for (const s of m.nodes) {
    if (s.client || s.ignored || s.node.kind !== 'dns' || s.managed || !inPlace(s)) continue;
    const outside = s.callees.filter((c) => !inPlace(m.nodes[c]!)).map((c) => m.nodes[c]!.name);
    if (!outside.length || outside.length === s.callees.length) continue;
    const names = outside.map((x) => `\`${x}\``).join(', ');
    return L(
      `Cause: every name server of \`${s.name}\` runs in ${place.en}: losing ${place.en} loses the name with it — nothing answers, and no record can be changed — so the users are never sent to ${names}. Fix: run a name server (or a provider's DNS) outside ${place.en}, and place it (\`region=\`, \`zones=\`).`,
      `원인: \`${s.name}\`의 네임 서버가 모두 ${place.ko}에 있습니다. 그곳을 잃으면 이름도 함께 잃어 응답할 곳도, 레코드를 바꿀 곳도 없으므로 사용자가 ${names} 쪽으로 가지 못합니다. 해결: ${place.ko} 밖에 네임 서버(또는 제공자의 DNS)를 두고 위치를 적으세요(\`region=\`, \`zones=\`).`,
    );
  }
  // A cluster that keeps a shard's copies on different nodes, not zones (no `awareness`): the zone holds every copy of some
  // shards, which come back only from the last backup — the recovery the goal misses (round 81 r04: the cause said "its
  // instances in the other zones do not take its requests over").
  if (t.type === 'zone')
    for (const x of slowest) {
      const s = m.nodes.find((n) => n.name === x.name)!;
      const copies = shardCopiesOf(s.node);
      if (copies === null || isCeph(s.node) || !zoneUnaware(s.node, f.design)) continue;
      const here = Array.from({ length: s.instances }, (_, k) => s.zoneOf(k)).filter((z) => z === t.zone).length;
      const share = unawareLostShare(s.instances, here, copies);
      if (share <= 0) continue;
      const how = awarenessHow(s.node);
      const pc = `${Math.round(share * 1000) / 10}%`;
      return L(
        `Cause: \`${s.name}\` keeps a shard's copies on different nodes, not in different zones, and ${place.en} holds ${here} of its ${s.instances} nodes: about ${pc} of its shards had every copy there, and their data fails until it is restored from the last backup. Fix: ${how.en}.`,
        `원인: ${codeJosa(s.name, '은/는')} 샤드의 사본을 서로 다른 존이 아니라 서로 다른 노드에만 두는데, ${place.ko}에 노드 ${s.instances}개 중 ${here}개가 있습니다. 샤드의 약 ${pc}는 사본이 모두 그곳에 있어, 마지막 백업에서 복원할 때까지 그 데이터의 요청이 실패합니다. 해결: ${how.ko}.`,
      );
    }
  /** The first node in the place whose copy outside takes over later than the goal allows (a person, or slow detection). */
  // With every monitor of the design in the place, a person promoting by hand learns of the loss from the users, as the
  // simulation counts it (round 39: "31 min from the loss" for a DR copy whose only monitor was in the lost site).
  const blind = monitorsOnlyIn(f.design, t);
  // Every copy outside the place that takes over later than the goal allows, slowest first: the slowest is what sets the
  // recovery (round 51b r06: a Redis promoted by hand at 31 min beside an Azure SQL failover group's 1-hour grace period).
  // (Computed once: read by several causes below.)
  let slowMemo: { s: SimNode; tk: NonNullable<ReturnType<typeof pickTakeover>> }[] | null = null;
  /** Nodes whose takeover a fence through their own management board blocks when their place is lost (slowCopies). */
  const bmcBlocked = new Set<number>();
  let reached: Uint8Array | null = null;
  const slowCopies = (): { s: SimNode; tk: NonNullable<ReturnType<typeof pickTakeover>> }[] => {
    if (slowMemo) return slowMemo;
    const out: { s: SimNode; tk: NonNullable<ReturnType<typeof pickTakeover>> }[] = [];
    // (Or a clustered database whose shared disks are all in the place — RAC over two zones on one zone's array: its
    // instances outside have no data either, and its copy outside is what the users wait for; round 105c r01.)
    const disksIn = (s: SimNode): boolean => {
      if (s.kind !== 'database') return false;
      const ds = dataDisksOf(f.design, s.name);
      return ds.length > 0 && ds.every((dn) => { const n = f.design.nodes.get(dn); return !!n && runsOnlyIn(f.design, n, t); });
    };
    for (const s of m.nodes) {
      if (s.client || s.ignored || !s.takeovers.length || !(inPlace(s) || disksIn(s))) continue;
      // (A node on no client's path — a batch job's database — keeps no request waiting for its copy: round 43b.)
      const own = nodeLoss(est, s.name);
      // (A managed service's own loss is its in-region failover, 0 s: on the requests' path it is still the copy in the
      // other region that the place's loss waits for — round 63 r04, Cosmos DB's failover unnamed.)
      if (own && own.rto === 0 && !own.downEntries.length && !(reached ??= reachedFromEntries(m))[s.idx]) continue;
      // A managed service failing over by itself inside its region (Aurora, RDS Multi-AZ) promotes its copy in another zone
      // of that region itself: its own failover time is the recovery, not a person's (round 39).
      // (Not one pinned to the lost zone — a zonal volume whose copy in another zone a person promotes: round 71b r08.)
      if (s.restoreBy === 'failover' && s.managed && t.type === 'zone' && !(pinnedToZone(s) && s.takeovers.every((k) => k.manual))) continue;
      let tk = pickTakeover(s, (k) => !inPlace(m.nodes[k.by]!));
      // A second primary outside (active-active: `primary of=`) already serves its own callers; it takes over nothing
      // when every caller of the lost one is lost with it — no one waits for a person there (round 65b r05).
      if (tk && tk.peer && s.callers.every((c) => m.nodes[c]!.client || inPlace(m.nodes[c]!))) continue;
      // Fenced through its own management board, lost with its place: the fence fails and a person confirms (round 62 r08).
      if (tk && !tk.manual && !tk.peer && (bmcFenced(s.node) || bmcFenced(m.nodes[tk.by]!.node))) {
        bmcBlocked.add(s.idx);
        tk = { ...tk, manual: true, detect: Math.max(tk.detect, noticeDelay(f.design, s.name)), promote: failoverTimingsOf(m.nodes[tk.by]!.node, s.node).manualPromote.value };
      }
      if (tk && tk.manual && blind && tk.detect < DEFAULTS.unnoticed) tk = { ...tk, detect: DEFAULTS.unnoticed };
      if (tk && tk.detect + tk.promote > goal) out.push({ s, tk });
    }
    return (slowMemo = out.sort((a, b) => b.tk.detect + b.tk.promote - (a.tk.detect + a.tk.promote)));
  };
  const slowCopy = (): { s: SimNode; tk: NonNullable<ReturnType<typeof pickTakeover>> } | null => slowCopies()[0] ?? null;
  /**
   * A cause, and — when a copy outside the place waits for a person's promotion later than the goal allows — that wait
   * after it: fixing the cause alone still misses the goal (rounds 111c r01, 112c r05; 116b r01 named the bucket and not the
   * global database's promotion).
   */
  const withSlowCopy = (c: Localized): Localized => {
    const slow = slowCopy();
    if (!slow || !slow.tk.manual) return c;
    // (A second primary its callers reach by themselves — Altibase's alternate server, a client-side failover: nothing is
    // promoted; the person repoints only the callers holding one address, and when those are lost with the place too,
    // nothing waits for them — round 112c r05.)
    if (slow.tk.peer && slow.s.callers.every((ci) => { const cn = m.nodes[ci]!; return cn.callees.includes(slow.tk.by) || inPlace(cn) || cn.client; })) return c;
    const by = m.nodes[slow.tk.by]!.name;
    // (The product's own lever when it has one — a Tibero Observer's mode, a SQL Server replica's commit mode: never
    // `failover=auto` on a copy written so already; round 111c r01.)
    const byProduct = manualByProduct(m.nodes[slow.tk.by]!, slow.s, m.design);
    return L(
      `${c.en} Even with that, \`${by}\` waits for a person to promote it in \`${slow.s.name}\`'s place (manual failover, ${dur(slow.tk.detect + slow.tk.promote).en} from the loss): ${byProduct ? `${byProduct.en}, or set an \`rto\` the drill meets` : 'let it take over automatically (`failover=auto`), or an `rto` a manual promotion can meet'}.`,
      `${c.ko} 그렇게 고쳐도 ${codeJosa(by, '은/는')} 사람이 승격할 때까지 \`${slow.s.name}\` 노드를 대신하지 못합니다(수동 페일오버, 장애부터 ${dur(slow.tk.detect + slow.tk.promote).ko}). ${byProduct ? `${byProduct.ko}. 아니면 연습한 시간으로 지킬 수 있는 \`rto\`로 정하세요` : '자동으로 넘겨받게 하거나(`failover=auto`), 수동 승격으로 지킬 수 있는 `rto`로 정하세요'}.`,
    );
  };
  /** How many of a node's instances the lost place takes. */
  const lostIn = (s: SimNode): number => {
    let lost = 0;
    for (let k = 0; k < s.instances; k++) {
      const z = s.zoneOf(k);
      if (t.type === 'zone' ? z === t.zone : s.regionOf(z) === t.region) lost++;
    }
    return lost;
  };
  // MySQL NDB Cluster whose arbitrator is lost with half (or more) of its data nodes: the survivors shut down (engine.ts
  // updateArbitration; round 50b r04). Another copy of the arbitrator in one of the two sites does not help: a third place does.
  for (const s of m.nodes) {
    if (s.arbitrator < 0 || !inPlace(m.nodes[s.arbitrator]!)) continue;
    const lost = lostIn(s);
    if (lost === 0 || (s.instances - lost) * 2 > s.instances) continue;
    const arb = m.nodes[s.arbitrator]!.name;
    return L(
      `Cause: ${place.en} holds \`${arb}\`, the arbitrator of \`${s.name}\`, and half of its data nodes: the ones left are no majority and cannot reach the arbitrator, so NDB shuts them down rather than risk a split brain, until the cluster is restarted. Fix: put the arbitrator (a management node, or an SQL node with ArbitrationRank) in a third place that neither site's loss takes.`,
      `원인: ${placeObj.ko} 잃으면 \`${s.name}\`의 중재자 ${codeJosa(arb, '와/과')} 데이터 노드 절반을 함께 잃습니다. 남은 노드는 과반이 아니고 중재자에 닿지 못하므로, NDB가 스플릿 브레인을 막으려고 클러스터를 다시 시작할 때까지 내립니다. 해결: 중재자(관리 노드, 또는 ArbitrationRank를 준 SQL 노드)를 어느 사이트의 장애에도 함께 잃지 않는 세 번째 장소에 두세요.`,
    );
  }
  // A watchdog that holds its virtual IP only with a quorum (Pgpool-II) losing its majority with the place: no node holds
  // the address, so every request through it fails — a bigger cause than any tier short of capacity (round 36).
  for (const s of m.nodes) {
    if (!s.vipQuorum || s.instances < 2) continue;
    const lost = lostIn(s);
    // (A place taking every node of it takes the tier itself, not its quorum: the tiers run only there — round 110 r04.)
    if (lost === 0 || lost === s.instances || s.instances - lost > s.instances / 2) continue;
    return L(
      `Cause: \`${s.name}\`'s watchdog has ${s.instances} nodes and ${place.en} takes ${lost} of them, and Pgpool-II's watchdog holds the virtual IP only with more than half of them (\`enable_consensus_with_half_votes\` is off by default): no node holds it, so every request through \`${s.name}\` fails until ${place.en} is back. Fix: a third watchdog node in a third place (\`replicas=3\` over three zones).`,
      `원인: ${place.ko} 장애로 \`${s.name}\`의 watchdog 노드 ${s.instances}개 중 ${lost}개를 잃는데, Pgpool-II의 watchdog은 과반이 있어야 가상 IP를 잡습니다(\`enable_consensus_with_half_votes\` 기본값 off). 어느 노드도 가상 IP를 잡지 못해 그곳이 돌아올 때까지 ${codeJosa(s.name, '을/를')} 거치는 요청이 모두 실패합니다. 해결: 세 번째 장소에 watchdog 노드를 하나 더 두세요(존 세 곳에 \`replicas=3\`).`,
    );
  }
  // A MongoDB replica set with an arbiter whose default writes are w: "majority" (more data members than a majority of the
  // voters): the place takes enough data members that, with the arbiter's vote, a primary is still elected, but too few
  // are left to acknowledge a write — every write waits until the place is back (groups-phase writesWaitNow; round 55b r05).
  for (const s of m.nodes) {
    const g = s.group;
    if (s.client || s.ignored || !g || g.type !== 'leader' || g.voters !== s.instances + g.arbiters || !writesNeedDataMajority(s.node, s.instances, g.arbiters)) continue;
    const lost = lostIn(s);
    const arbLost = g.arbiterZones.filter((z) => z !== null && (t.type === 'zone' ? z === t.zone : s.regionOf(z) === t.region)).length;
    const need = majorityOf(g.voters);
    const dataLeft = s.instances - lost;
    if (lost === 0 || g.voters - lost - arbLost < need || dataLeft >= need) continue;
    return L(
      `Cause: ${place.en} takes ${lost} of \`${s.name}\`'s ${s.instances} data members: with the arbiter's vote a primary is still elected, but its default write concern is w: "majority" — ${need} of its ${g.voters} voters must acknowledge a write, and an arbiter acknowledges none — so with ${dataLeft} data members left every write waits (no wtimeout by default) until ${place.en} is back. Fix: replace the arbiter with a data-bearing member in a third place, so that any one place's loss leaves ${need} data members; or give the writes a lower concern knowingly (w: 1 loses the last writes in a failover).`,
      `원인: ${place.ko} 장애로 \`${s.name}\`의 데이터 구성원 ${s.instances}개 중 ${lost}개를 잃습니다. 아비터의 표로 프라이머리는 여전히 선출되지만, 기본 쓰기 concern이 w: "majority"라 투표 구성원 ${g.voters}개 중 ${need}개가 쓰기를 확인해야 하고 아비터는 확인하지 않습니다. 데이터 구성원이 ${dataLeft}개만 남으면 그곳이 돌아올 때까지 모든 쓰기가 기다립니다(기본값은 wtimeout 없음). 해결: 아비터 대신 데이터를 가진 구성원을 세 번째 장소에 두어 어느 한 곳을 잃어도 데이터 구성원 ${need}개가 남게 하세요. 아니면 쓰기 concern을 알고서 낮추세요(w: 1은 페일오버 때 마지막 쓰기를 잃습니다).`,
    );
  }
  /**
   * What else the entries' requests need that runs only in the place, with nothing outside to take over (a lone balancer in
   * the same zone): named beside a quorum cause, since fixing the quorum alone does not meet the goal (rounds 103 r06,
   * 115 r01).
   */
  const alsoOnlyThere = (exclude: readonly number[]): SimNode[] => {
    const reachedNow = reachedFromEntries(m);
    return m.nodes.filter((o) => !o.client && !o.ignored && !exclude.includes(o.idx) && reachedNow[o.idx] === 1 && o.standsFor < 0 && !o.managed && inPlace(o) && o.callers.length > 0 && o.takeovers.every((x) => inPlace(m.nodes[x.by]!)) && o.kind !== 'storage' && o.kind !== 'monitor');
  };
  const alsoText = (also: readonly SimNode[], whatever: Localized): Localized => {
    if (!also.length) return L('', '');
    const names = nameList(also.map((o) => o.name));
    const many = also.length > 1;
    return L(
      ` Also, ${names.en} ${many ? 'run' : 'runs'} only in ${place.en}, with nothing outside to take over: the requests through ${many ? 'them' : 'it'} fail with the place whatever ${whatever.en} — spread ${many ? 'them' : 'it'} over places too.`,
      ` 또한 ${names.ko} 노드도 ${place.ko}에만 있고 밖에서 넘겨받을 것이 없어, ${whatever.ko} 그곳을 지나는 요청이 함께 실패합니다. 이것도 여러 곳에 나누어 두세요.`,
    );
  };
  // A Sentinel set that loses its majority with the place: its master, if lost there too, is never replaced — unless it is
  // a cache read in front of a database, whose callers fall back there (round 42: no request failed for it).
  const softCaches = new Set<number>();
  for (const n of m.nodes) for (const e of n.soft) softCaches.add(e.cache);
  for (const s of m.nodes) {
    const g = s.group;
    if (s.client || s.ignored || !g || g.type !== 'sentinel' || !g.sentinelZones.some((z) => z !== null) || softCaches.has(s.idx)) continue;
    const lost = g.sentinelZones.filter((z) => z !== null && (t.type === 'zone' ? z === t.zone : f.design.zones.get(z)?.region === t.region)).length;
    const masterThere = t.type === 'zone' ? s.node.zones[0] === t.zone : inPlace(s);
    if (!masterThere || g.sentinels - lost >= g.need || 2 * lost > g.sentinels) continue; // (a place holding a majority of them: said below)
    // The majority is left and only `quorum` asks for more (quorum=3 of 3 Sentinels): lowering it is the fix (round 74 r01).
    const maj = majorityOf(g.sentinels);
    const more = alsoText(alsoOnlyThere([s.idx]), L('the Sentinels do', '센티널과 상관없이'));
    if (g.sentinels - lost >= maj && g.need > maj)
      return L(
        `Cause: \`${s.name}\`'s master is lost with ${place.en}, and with it ${lost} of its ${g.sentinels} Sentinels: the ${g.sentinels - lost} left are a majority, but \`quorum=${g.need}\` asks ${g.need} of them to agree that the master is down, so no replica is promoted and what needs \`${s.name}\` fails until ${place.en} is back. Fix: a quorum at or below the majority (\`quorum=${maj}\`).${more.en}`,
        `원인: ${place.ko} 장애로 \`${s.name}\`의 마스터와 센티널 ${g.sentinels}개 중 ${lost}개를 함께 잃습니다. 남은 ${g.sentinels - lost}개는 과반이지만 ${codeJosa(`quorum=${g.need}`, '이/가')} 마스터 장애에 ${g.need}개의 동의를 요구해 복제본이 승격되지 않고, 그곳이 돌아올 때까지 ${codeJosa(s.name, '이/가')} 필요한 요청이 실패합니다. 해결: 쿼럼을 과반 이하로 두세요(\`quorum=${maj}\`).${more.ko}`,
      );
    return L(
      `Cause: \`${s.name}\`'s master is lost with ${place.en}, and with it ${lost} of its ${g.sentinels} Sentinels: the ${g.sentinels - lost} left ${g.sentinels - lost === 1 ? 'is' : 'are'} fewer than the ${g.need} a failover needs, so no replica is promoted and what needs \`${s.name}\` fails until ${place.en} is back. Fix: three Sentinels in three places (\`sentinels=3\` over three zones), so that losing any one place leaves a majority.${more.en}`,
      `원인: ${place.ko} 장애로 \`${s.name}\`의 마스터와 센티널 ${g.sentinels}개 중 ${lost}개를 함께 잃습니다. 남은 ${g.sentinels - lost}개는 페일오버에 필요한 ${g.need}개보다 적어 복제본이 승격되지 않고, 그곳이 돌아올 때까지 ${codeJosa(s.name, '이/가')} 필요한 요청이 실패합니다. 해결: 센티널 3개를 세 곳에 나누어 두세요(존 세 곳에 \`sentinels=3\`). 어느 한 곳을 잃어도 과반이 남습니다.${more.ko}`,
    );
  }
  // A PostgreSQL primary outside the place whose synchronous standbys are all in it: every commit waits for one.
  {
    const waiting = m.nodes.filter((s) => s.syncWait >= 0 && !inPlace(s) && inPlace(m.nodes[s.syncWait]!) && syncWaitProduct(s.node, m.nodes[s.syncWait]!.node) === 'postgres');
    // (One primary's only one-instance standby is named by its own loss's cause, below.)
    if (waiting.length > 1 || (waiting.length === 1 && m.nodes[waiting[0]!.syncWait]!.instances > 1)) {
      const sb = m.nodes[waiting[0]!.syncWait]!;
      const names = nameList(waiting.map((s) => s.name));
      const more = waiting.length > 1;
      return L(
        `Cause: the synchronous standbys of ${names.en}${more ? '' : ` (\`${sb.name}\`)`} are all in ${place.en}: PostgreSQL waits for one on every commit (synchronous_standby_names), so no write completes until one is back, although the primar${more ? 'ies are' : 'y is'} healthy. Fix: keep a synchronous standby outside ${place.en} too (in the primary's zone or a third one), or let a manager drop to asynchronous while they are gone (Patroni's synchronous_mode, \`engine=patroni\`).`,
        `원인: ${names.ko}의 동기 대기 노드가 모두 ${place.ko}에 있습니다. PostgreSQL은 커밋마다 그중 하나의 확인을 기다리므로(synchronous_standby_names), 프라이머리가 멀쩡해도 하나가 돌아올 때까지 쓰기가 하나도 끝나지 않습니다. 해결: ${place.ko} 밖(프라이머리의 존이나 세 번째 존)에도 동기 대기 노드를 두거나, 대기 노드가 없는 동안 비동기로 내려가게 하는 관리자를 쓰세요(Patroni의 synchronous_mode, \`engine=patroni\`).`,
      );
    }
  }
  // A failover decided by a one-member coordinator lost in the same place as the primary: nothing is left to decide it.
  for (const s of m.nodes) {
    if (s.client || s.ignored || !inPlace(s)) continue;
    const k = s.takeovers.find((tk) => tk.coordinator >= 0 && !inPlace(m.nodes[tk.by]!) && inPlace(m.nodes[tk.coordinator]!) && m.nodes[tk.coordinator]!.instances === 1);
    if (!k) continue;
    const by = m.nodes[k.by]!.name;
    const c = m.nodes[k.coordinator]!.name;
    // (A voting group the place's loss leaves without its majority stays down to the end — a person's promotion ends the
    // coordinator's wait: named first, the coordinator beside it; round 103c r03 named only the manager.)
    const stuck = t.type === 'zone' ? zoneQuorumCause(m.nodes, t.zone, m.entries, m.design) : null;
    if (stuck)
      return L(
        `${stuck.en} Besides, \`${c}\`, the single member that decides \`${by}\`'s takeover, is in ${place.en} with \`${s.name}\`: \`${by}\` waits until someone promotes it by hand — put the coordinator in a third place too.`,
        `${stuck.ko} 또한 \`${by}\` 노드의 승격을 결정하는 단 하나의 구성원 ${codeJosa(c, '이/가')} \`${s.name}\` 노드와 같은 ${place.ko}에 있어, 누군가 직접 승격할 때까지 \`${by}\` 노드가 기다립니다. 조정자도 세 번째 장소에 두세요.`,
      );
    // (What else the entries' requests need that runs only in the place, with no copy outside — a balancer pair in the
    // same zone: named too, since moving the coordinator alone does not meet the goal; round 103 r06.)
    const more = alsoText(alsoOnlyThere([s.idx, k.coordinator]), L('the database does', '데이터베이스와 상관없이'));
    return L(
      `Cause: \`${c}\`, the single member that decides \`${by}\`'s takeover, is in ${place.en} with \`${s.name}\`: losing it leaves nothing to decide the failover, and \`${by}\` waits until \`${c}\` is back or someone promotes it by hand${blind ? ` — and every monitor is in ${place.en} too, so that someone learns of it when users report it (${dur(DEFAULTS.unnoticed).en}, generic)` : ''}. Fix: put the coordinator in a third place that shares nothing with either node, or run 3 members in 3 places${blind ? `; and watch it from outside ${place.en} (a monitor there pages someone within its interval)` : ''}.${more.en}`,
      `원인: \`${by}\` 노드의 승격을 결정하는 단 하나의 구성원 ${codeJosa(c, '이/가')} \`${s.name}\` 노드와 같은 ${place.ko}에 있습니다. 그곳을 잃으면 페일오버를 결정할 것이 없어, \`${c}\` 노드가 돌아오거나 누군가 직접 승격할 때까지 \`${by}\` 노드가 기다립니다${blind ? `. 모니터도 모두 ${place.ko}에 있어 그 누군가는 사용자 신고로 알게 됩니다(${dur(DEFAULTS.unnoticed).ko}, 일반값)` : ''}. 해결: 조정자를 두 노드 어느 쪽과도 겹치지 않는 세 번째 장소에 두거나, 구성원 3개를 세 곳에 두세요.${blind ? ` 그리고 그 밖에서 감시하세요(밖에 둔 모니터는 자기 주기 안에 담당자를 호출합니다).` : ''}${more.ko}`,
    );
  }
  {
    // What the place's loss takes down whole: nodes placed only there whose takeovers (if any) are only there too. A standby is
    // not named for itself (nothing calls it); its primary is, when both sit in the place. A managed service counts when it
    // goes down with the place: pinned to the lost zone (an EFS One Zone file system, a NAT gateway), or in the lost region.
    // Only a node whose own loss costs something (the sweep's): a batch job nothing calls is no cause. (A managed service's
    // own loss fails over inside the provider at once: one that something calls counts.)
    const matters = (name: string): boolean => {
      const l = nodeLoss(est, name);
      return !l || l.rto === null || l.rto > 0 || l.downEntries.length > 0 || l.rpo > 0;
    };
    // (A managed single instance nothing fails over, placed in the zone — an RDS Single-AZ instance — goes with it too.)
    // (So does a managed group — a Redis cluster — whose every instance is written in the lost zone: round 70c r02.)
    const lostWith = (s: SimNode): boolean => !s.managed || (t.type === 'zone' ? pinnedToZone(s) || (s.restoreBy === 'repair' && s.instances === 1 && s.node.zones.length === 1 && s.node.zones[0] === t.zone) || (s.group !== null && s.node.zones.length > 0 && s.node.zones.every((z) => z === t.zone)) : true);
    // (A database's disk whose database has a copy outside the place that takes over is covered by that copy — round 40b:
    // a SAN was named for a site loss the DR standby answered.)
    const diskCovered = (s: SimNode): boolean => s.kind === 'storage' && s.callers.length > 0 && s.callers.every((c) => m.nodes[c]!.kind === 'database' && m.nodes[c]!.takeovers.some((k) => !inPlace(m.nodes[k.by]!)));
    // (Only what the entries' requests reach: a batch's read replica fails no client request — round 48b r07.)
    const reached = reachedFromEntries(m);
    const only = m.nodes.filter((s) => !s.client && !s.ignored && reached[s.idx] === 1 && lostWith(s) && s.standsFor < 0 && inPlace(s) && !diskCovered(s) && s.takeovers.every((k) => inPlace(m.nodes[k.by]!)) && (s.managed || s.instances >= 2 ? (s.callers.length > 0 || s.isSessionStore) && (s.kind !== 'cache' || matters(s.name)) : matters(s.name)));
    // (A cache whose own loss costs nothing — read as optional, its misses going on to the store — is no cause either:
    // round 37 named a one-node ElastiCache for a zone loss whose 2 minutes were the database's failover.)
    // A name server that hands out their addresses without checking them keeps sending users there: the other place's
    // copy is of no use until someone edits the record. That, not a missing copy, is the cause.
    const blind = m.nodes.find((d) => d.or === 'dns-static' && d.callees.some((c) => only.some((o) => o.idx === c)) && d.callees.some((c) => !inPlace(m.nodes[c]!)));
    // (Unless a voting group the other place needs loses its majority with the zone: the other place serves nothing either,
    // and a checked record would not help — round 101 r03 blamed the DNS record beside a Galera cluster of 2 of 4.)
    const quorumFirst = only.length && blind && t.type === 'zone' ? zoneQuorumCause(m.nodes, t.zone, m.entries, m.design) : null;
    if (quorumFirst) return quorumFirst;
    if (only.length && blind) {
      const names = nameList(only.map((s) => s.name).filter((n) => blind.callees.some((c) => m.nodes[c]!.name === n)));
      // What the place also takes whole that is not behind the record's dead answer (a session store every request reads):
      // that fails the other answer's users too — named first (round 43: fixing the record alone changed nothing).
      const dead = blind.callees.filter((c) => only.some((o) => o.idx === c));
      const visiting = new Set<number>();
      const behind = (o: SimNode): boolean => {
        if (dead.includes(o.idx)) return true;
        if (visiting.has(o.idx) || !o.callers.length) return false;
        visiting.add(o.idx);
        const v = o.callers.every((c) => behind(m.nodes[c]!));
        visiting.delete(o.idx);
        return v;
      };
      const rest = only.filter((o) => !behind(o) && !(o.standsFor >= 0));
      if (rest.length) {
        const rn = nameList(rest.map((o) => o.name));
        return L(
          `Cause: ${rn.en} run${rest.length > 1 ? '' : 's'} only in ${place.en}, and the requests served from the other ${t.type === 'zone' ? 'zone' : 'region'} need ${rest.length > 1 ? 'them' : 'it'} too; besides, \`${blind.name}\` hands out the addresses of ${names.en} without checking them. Fix: spread ${rest.length > 1 ? 'them' : 'it'} over another ${t.type === 'zone' ? 'zone' : 'region'} (or keep a standby there), and \`health-check\` on \`${blind.name}\`.`,
          `원인: ${rn.ko} 노드가 ${place.ko}에만 있는데, 다른 ${t.type === 'zone' ? '존' : '리전'}에서 처리하는 요청도 이 노드가 필요합니다. 게다가 \`${blind.name}\` 노드는 ${names.ko} 노드의 주소를 확인 없이 응답합니다. 해결: 다른 ${t.type === 'zone' ? '존' : '리전'}에도 나누어 두고(또는 그곳에 대기 노드를 두고), \`${blind.name}\` 노드에 \`health-check\`를 켜세요.`,
        );
      }
      return L(
        `Cause: \`${blind.name}\` hands out the addresses of ${names.en} without checking them, so it keeps sending users to ${place.en} after its loss, although the other ${t.type === 'zone' ? 'zone' : 'region'} runs a copy: their requests fail until someone changes the record. Fix: \`health-check\` on \`${blind.name}\` (a dead target leaves the answers after interval × 3, and clients follow once the TTL expires).`,
        `원인: \`${blind.name}\` 노드가 ${names.ko} 노드의 주소를 확인 없이 응답해, 다른 ${t.type === 'zone' ? '존' : '리전'}에 사본이 있는데도 ${placeObj.ko} 잃은 뒤에도 사용자를 그쪽으로 보냅니다. 누군가 레코드를 고칠 때까지 그 요청은 실패합니다. 해결: \`${blind.name}\` 노드에 \`health-check\`를 켜세요(죽은 대상은 점검 주기 × 3 뒤 DNS 응답에서 빠지고, 클라이언트는 TTL이 지나면 따라옵니다).`,
      );
    }
    // A voting group whose majority sits in the lost region (an Atlas replica set with 3 of its 5 electable members
    // there): the members elsewhere elect nothing, whatever the DNS does (round 68b r01).
    if (t.type === 'region') {
      const needed = servingSet(m.nodes, m.entries);
      for (const g of m.nodes) {
        const gs = g.group;
        if (!gs || !needed.has(g.idx) || (gs.type !== 'majority' && gs.type !== 'leader') || tokenRanged(g.node)) continue;
        const zs = voterZones(g.node, gs.voters - gs.arbiters);
        const inRegion = zs.filter((z) => z !== null && f.design.zones.get(z)?.region === t.region).length;
        // (Every voter there: the group is simply lost with the region, as any tier that runs only there — no placement
        // of its voters to fix; the other causes name what the other region lacks. Round 69b r09: a MinIO pool.)
        if (!inRegion || inRegion >= zs.length || gs.voters - inRegion >= majorityOf(gs.voters)) continue;
        return L(
          `Cause: region \`${t.region}\` holds ${inRegion} of the ${gs.voters} voters of \`${g.name}\`: the members left elsewhere are no majority, so none is elected and what needs it fails until the region is back or someone forces a new configuration. Fix: spread the voters so that no region holds a majority (a member in a third region, or as many in each of the two with a tie-breaker elsewhere).`,
          `원인: \`${t.region}\` 리전에 \`${g.name}\`의 투표 구성원 ${gs.voters}개 중 ${inRegion}개가 있어, 다른 곳에 남은 구성원으로는 과반이 안 되므로 아무도 선출되지 않고, 리전이 돌아오거나 누군가 구성을 강제로 바꿀 때까지 이 노드가 필요한 요청이 실패합니다. 해결: 어느 리전에도 과반이 몰리지 않게 투표 구성원을 나누세요(세 번째 리전에 구성원 하나, 또는 두 리전에 같은 수와 다른 곳의 타이브레이커).`,
        );
      }
    }
    // The service comes back without them: a DNS answer that moves away from them is what takes the time.
    // (Only a record with another answer to move to: a maintenance page is none — round 105c r03.)
    const switcher = m.nodes.find((d) => (d.or === 'dns-failover' || d.or === 'dns-spread') && d.callees.some((c) => only.some((o) => o.idx === c)) && d.callees.some((c) => !only.some((o) => o.idx === c)));
    // (Also when the run never saw it switch: a TTL longer than the run — round 48 r01, `ttl=1d` behind a second site.)
    const dns = loss.rto !== null || (switcher !== undefined && switcher.dnsSwitch > goal) ? switcher : undefined;
    // A place's loss that a DNS answer moves away from is the other site's job: the switch is the cause only when it
    // alone exceeds the goal; otherwise what the other site lacks is (a copy that is never promoted, a manual one).
    // (Nor when a copy outside the place takes over later still — a manual promotion after the switch: the switch is not
    // what the users wait for, round 79 r02 blamed the TTL for a 31 min outage.)
    const slower = dns ? slowCopy() : null;
    // What the switch moves to still needs something that ran only in the lost place (a database proxy pair in the lost
    // room that the other site's servers call too): the switch brings nothing back, so it is no cause — what the other
    // site lacks is named below (round 106c r02 advised a shorter TTL for a site that could never serve).
    let stuck = false;
    if (only.length && switcher) {
      const seen = new Set<number>();
      const stack = switcher.callees.filter((c) => !only.some((o) => o.idx === c));
      while (stack.length) {
        const i = stack.pop()!;
        if (seen.has(i)) continue;
        seen.add(i);
        for (const c of m.nodes[i]!.callees) stack.push(c);
      }
      stuck = only.some((o) => seen.has(o.idx));
    }
    if (stuck) {
      // fall through to what the other site lacks
    } else if (only.length && switcher && (!dns || dns.dnsSwitch <= goal)) {
      // fall through to the copies outside the region
    } else if (only.length && dns && slower && slower.tk.detect + slower.tk.promote > dns.dnsSwitch) {
      // fall through: the slower copy is named below
    } else if (only.length && dns && dns.manualDns) {
      // A record a person changes (`failover=manual`): the person's change is the wait (round 87c r07).
      const names = nameList(only.map((s) => s.name));
      return L(
        `Cause: ${names.en} run${only.length > 1 ? '' : 's'} only in ${place.en}; the service comes back when a person changes \`${dns.name}\`'s record (\`failover=manual\`): someone's notice, the change and the answers' TTL take ${dur(dns.dnsSwitch).en}. Fix: let the record follow health checks that reach what the site needs (\`failover=auto\` with \`health-check=deep\` on its targets), or a runbook and \`ttl=\` short enough for the goal.`,
        `원인: ${names.ko} 노드가 ${place.ko}에만 있어, 사람이 \`${dns.name}\` 레코드를 바꿀 때에야(\`failover=manual\`) 서비스가 돌아옵니다. 알아채는 시간, 변경 작업, 응답의 TTL까지 ${dur(dns.dnsSwitch).ko} 걸립니다. 해결: 사이트에 필요한 곳까지 확인하는 헬스 체크를 레코드가 따르게 하거나(\`failover=auto\`, 대상에 \`health-check=deep\`), 목표에 맞을 만큼 짧은 절차와 \`ttl=\`을 마련하세요.`,
      );
    } else if (only.length && dns) {
      const names = nameList(only.map((s) => s.name));
      return L(
        `Cause: ${names.en} run${only.length > 1 ? '' : 's'} only in ${place.en}; the service comes back when \`${dns.name}\` stops answering with them — its health checks and the answers' TTL take ${dur(dns.dnsSwitch).en}. Fix: a shorter \`interval=\` or \`ttl=\` on \`${dns.name}\`${t.type === 'zone' ? `, or spread ${only.length > 1 ? 'them' : 'it'} over another zone of the same region so that no DNS switch is needed` : ''}.`,
        `원인: ${names.ko} 노드가 ${place.ko}에만 있어, \`${dns.name}\` 노드가 더 이상 이쪽을 응답하지 않을 때에야 서비스가 돌아옵니다. 헬스 체크와 응답의 TTL에 ${dur(dns.dnsSwitch).ko} 걸립니다. 해결: \`${dns.name}\` 노드의 \`interval=\`이나 \`ttl=\`을 줄이세요${t.type === 'zone' ? '. DNS 전환이 필요 없도록 같은 리전의 다른 존에도 나누어 둘 수도 있습니다' : ''}.`,
      );
    }
    // A tier whose every caller can route around it to a copy outside the place (a balancer's other pool, a checked
    // DNS answer) is not "with nothing elsewhere": what the copy lacks (capacity, a promotion) is named below.
    // Covered too: a tier whose callers are all lost with it and covered themselves (the site's balancer, behind a checked
    // DNS answer that moves to the other site).
    const isCovered = coveredElsewhere(m, inPlace);
    const bare = only.filter((s) => !isCovered(s));
    // (A DNS switch away from the region that keeps the goal: the copies outside are looked at below.)
    const switched = !!switcher && t.type === 'region';
    // Unless what the users are moved to needs a tier that runs only in the lost region: the switch leads nowhere.
    if (switched) {
      // (One with a copy outside, a replica or a standby, is named below for what that copy lacks.)
      const copiedOut = (s: SimNode): boolean => (f.copies.get(s.name) ?? []).some((c) => !runsOnlyIn(f.design, c, t));
      const needed = bare
        .filter((s) => !copiedOut(s))
        .map((s) => ({ s, by: s.callers.filter((c) => !m.nodes[c]!.client && !inPlace(m.nodes[c]!)) }))
        .filter((x) => x.by.length);
      if (needed.length) {
        // (Every such tier, each with what needs it: fixing one leaves the others' requests failing — round 116 r01 named
        // the CDN's bucket and not the session store the other region's servers use.)
        const parts = needed.map(({ s, by }) => ({ s, users: nameList(by.map((c) => m.nodes[c]!.name)), many: by.length > 1 }));
        const what = nameList(needed.map((x) => x.s.name));
        const several = needed.length > 1;
        const en = parts.map((p) => `${p.users.en} ${p.many ? 'need' : 'needs'} \`${p.s.name}\``).join(', and ');
        const ko = parts.map((p, i) => `${p.users.ko} 노드는 ${codeJosa(p.s.name, '을/를')}${i < parts.length - 1 ? ',' : ''}`).join(' ');
        return withSlowCopy(L(
          `Cause: \`${switcher!.name}\` moves the users out of ${place.en}, but outside it ${en}, which ${several ? 'run' : 'runs'} only in ${place.en}: the other region cannot serve without ${several ? 'them' : 'it'}. Fix: give the other region its own ${what.en} (a copy per region, or a service spread over regions), and let each region's tier use its own.`,
          `원인: \`${switcher!.name}\` 노드가 사용자를 ${place.ko} 밖으로 옮기지만, 밖에 있는 ${ko} 필요로 하고 ${several ? '이들은' : '그것은'} ${place.ko}에만 있습니다. 그것 없이는 다른 리전이 처리하지 못합니다. 해결: 다른 리전에도 ${what.ko} 노드를 두고(리전마다 사본, 또는 여러 리전에 걸친 서비스) 각 리전의 계층이 자기 것을 쓰게 하세요.`,
        ));
      }
    }
    if (!switched && bare.length) {
      // A voting group the zone takes the majority of stops more than a tier placed there: named first, the tiers after.
      const stuck = t.type === 'zone' ? zoneQuorumCause(m.nodes, t.zone, m.entries, m.design) : null;
      const names = nameList(bare.map((s) => s.name));
      if (stuck)
        return L(
          `${stuck.en} Also, ${names.en} run${bare.length > 1 ? '' : 's'} only in zone \`${(t as { zone: string }).zone}\`: spread ${bare.length > 1 ? 'them' : 'it'} over another zone.`,
          `${stuck.ko} 또한 ${names.ko} 노드가 \`${(t as { zone: string }).zone}\` 존에만 있으니 다른 존에도 나누어 두세요.`,
        );
      // A copy outside that a person promotes would still keep the goal out of reach once those are spread.
      const slow = slowCopy();
      // Or one that takes over by itself, later than the goal allows (a provider's grace period, slow detection).
      const byProduct = slow && slow.tk.manual ? manualByProduct(m.nodes[slow.tk.by]!, slow.s, m.design) : null;
      const also =
        slow && byProduct
          ? L(
              ` Then \`${m.nodes[slow.tk.by]!.name}\`, \`${slow.s.name}\`'s copy outside it, still waits for a person (${dur(slow.tk.detect + slow.tk.promote).en}): ${byProduct.en}, or set an \`rto\` the drill meets.`,
              ` 그렇게 고쳐도 ${place.ko} 밖에 있는 \`${slow.s.name}\`의 사본 ${codeJosa(m.nodes[slow.tk.by]!.name, '은/는')} 사람이 승격할 때까지 기다립니다(${dur(slow.tk.detect + slow.tk.promote).ko}). ${byProduct.ko}. 아니면 연습한 시간으로 지킬 수 있는 \`rto\`로 정하세요.`,
            )
        : slow && slow.tk.manual && bmcBlocked.has(slow.s.idx)
          ? // Fenced through its own management board, lost with the place: `failover=auto` is there already (round 68 r07).
            L(
              ` Then \`${m.nodes[slow.tk.by]!.name}\`, \`${slow.s.name}\`'s copy outside it, still waits for a person (${dur(slow.tk.detect + slow.tk.promote).en}): \`${slow.s.name}\` is fenced through its own management board (\`fencing=ipmi\`), which loses power with it, so the fence fails until someone confirms it is off — add a second fence device outside the place (a switched PDU, or a fencing level after the IPMI device).`,
              ` 그렇게 고쳐도 ${place.ko} 밖에 있는 \`${slow.s.name}\`의 사본 ${codeJosa(m.nodes[slow.tk.by]!.name, '은/는')} 사람이 확인할 때까지 기다립니다(${dur(slow.tk.detect + slow.tk.promote).ko}). ${codeJosa(slow.s.name, '을/를')} 자기 관리 보드(\`fencing=ipmi\`)로 펜싱하는데 그 보드도 함께 전원을 잃어 펜싱이 실패하기 때문입니다. 그 장소 밖에 두 번째 펜싱 장치(스위치드 PDU, 또는 IPMI 다음 단계의 펜싱 레벨)를 두세요.`,
            )
        : slow && slow.tk.manual
          ? L(
              ` Then \`${m.nodes[slow.tk.by]!.name}\`, \`${slow.s.name}\`'s copy outside it, still waits for a person (${dur(slow.tk.detect + slow.tk.promote).en}): let it take over automatically (\`failover=auto\`) too.`,
              ` 그렇게 고쳐도 ${place.ko} 밖에 있는 \`${slow.s.name}\`의 사본 ${codeJosa(m.nodes[slow.tk.by]!.name, '은/는')} 사람이 승격할 때까지 기다리므로(${dur(slow.tk.detect + slow.tk.promote).ko}) 자동으로 넘겨받게도 하세요(\`failover=auto\`).`,
            )
          : slow
            ? L(
                ` Then \`${m.nodes[slow.tk.by]!.name}\`, \`${slow.s.name}\`'s copy outside it, still takes over only after ${dur(slow.tk.detect + slow.tk.promote).en} (${slow.tk.how.en}, then promotion): that alone exceeds the goal too.`,
                ` 그렇게 고쳐도 ${place.ko} 밖에 있는 \`${slow.s.name}\`의 사본 ${codeJosa(m.nodes[slow.tk.by]!.name, '은/는')} ${dur(slow.tk.detect + slow.tk.promote).ko} 뒤에야 넘겨받으므로(${slow.tk.how.ko}, 그다음 승격) 그것만으로도 목표를 넘깁니다.`,
              )
            : // (A witness lost with the primary still blocks the takeover once those are spread — round 115c r01 named the NAS
              // alone, and its fix left the goal missed by the forced quorum.)
              ((): Localized => {
                const w = witnessCause(m, inPlace, place);
                return w ? L(` Then: ${w.en.replace(/^Cause: /, '')}`, ` 그렇게 고쳐도 ${w.ko.replace(/^원인: /, '')}`) : L('', '');
              })();
      // A data node there restored from backups kept elsewhere more slowly than the goal allows: even a site to restore
      // it to leaves the goal out of reach — a warm copy or a faster restore path is the decision.
      const durs = durabilityOf(m);
      // A data node whose read replica lives outside the place: the copy is there, nothing promotes it (round 42: "keep a
      // warm copy elsewhere" was advised beside one).
      const readerOut = bare
        .map((x) => ({ x, r: (f.copies.get(x.name) ?? []).find((c) => c.role === 'replica' && !runsOnlyIn(f.design, c, t)) }))
        .find((p) => p.r !== undefined);
      // (Not a database whose data is on a storage node outside the place — a SAN the place's loss leaves whole: a server
      // to start it on is what is missing, not a restore; round 85 r03.)
      const diskOutside = (x: SimNode): boolean => dataDisksOf(f.design, x.name).some((s) => { const n = f.design.nodes.get(s); return !!n && !runsOnlyIn(f.design, n, t); });
      // (Not a store whose data is kept over the zones whatever its instances do — an Aurora cluster volume, in three zones:
      // a zone's loss leaves it for an instance created elsewhere, no restore; round 114c r03, as the run keeps it.)
      const slow2 = readerOut ? undefined : bare.find((x) => (x.dataKind || x.kind === 'storage') && durs[x.idx]!.backup !== null && durs[x.idx]!.backupTo !== null && durs[x.idx]!.restore > goal && !diskOutside(x) && !(t.type === 'zone' && durs[x.idx]!.replicated));
      // RDS (Single-AZ): no failover manager promotes its read replica — a person does, and the promotion reboots it
      // (USER_ReadRepl.Promote); its synchronous standby in another zone is Multi-AZ (round 55 r03).
      const rdsSingle = (x: SimNode): boolean => x.managed && /^rds(-single-az)?$/i.test(textAttr(x.node, 'engine') ?? '');
      const restoreNote = readerOut && rdsSingle(readerOut.x)
        ? L(
            ` \`${readerOut.r!.name}\` outside it holds \`${readerOut.x.name}\`'s data, but RDS never promotes a read replica by itself: a person does, and the promotion reboots it.`,
            ` ${place.ko} 밖에 있는 ${codeJosa(readerOut.r!.name, '이/가')} \`${readerOut.x.name}\`의 데이터를 갖고 있지만, RDS는 읽기 복제본을 스스로 승격하지 않습니다. 사람이 승격해야 하고, 승격하면 복제본이 재부팅됩니다.`,
          )
        : readerOut
        ? L(
            ` \`${readerOut.r!.name}\` outside it holds \`${readerOut.x.name}\`'s data, but a read replica is never promoted: make it a standby that a failover manager promotes (\`${readerOut.r!.name}: ${readerOut.r!.kindText} standby of=${readerOut.x.name} readable failover=auto\`).`,
            ` ${place.ko} 밖에 있는 ${codeJosa(readerOut.r!.name, '이/가')} \`${readerOut.x.name}\`의 데이터를 갖고 있지만 읽기 복제본은 승격되지 않습니다. 페일오버 관리자가 승격하는 대기 노드로 바꾸세요(\`${readerOut.r!.name}: ${readerOut.r!.kindText} standby of=${readerOut.x.name} readable failover=auto\`).`,
          )
        : slow2
        ? ((): Localized => {
            // (A database with no backup of its own restored from its array's backups: the array and its `restore=` are
            // what is restored — round 92c r03 named the database and the generic hour.)
            const disk = !slow2.node.attrs.has('backup') ? dataDisksOf(f.design, slow2.name).map((dn) => m.nodes[m.byName.get(dn) ?? -1]).find((dn) => dn !== undefined && durs[dn.idx]!.backup !== null) : undefined;
            const who = disk ?? slow2;
            const secs = Math.max(durs[slow2.idx]!.restore, disk ? durs[disk.idx]!.restore : 0);
            return L(
              ` And restoring \`${who.name}\`${disk ? `, which holds \`${slow2.name}\`'s data,` : ''} from its backups takes ${dur(secs).en} (\`restore=\`), more than the goal allows even with a place to restore it to: keep a warm copy elsewhere (a standby or a replica), or a faster restore path.`,
              ` 또한 ${disk ? `\`${slow2.name}\`의 데이터가 있는 ` : ''}${codeJosa(who.name, '을/를')} 백업에서 복원하는 데 ${dur(secs).ko} 걸려(\`restore=\`), 복원할 곳이 있어도 목표를 넘깁니다. 다른 곳에 웜 스탠바이(대기 노드나 복제본)를 두거나 더 빠른 복원 경로를 마련하세요.`,
            );
          })()
        : L('', '');
      // A Single-AZ RDS instance is spread over zones by making it Multi-AZ: a synchronous standby RDS fails over to.
      if (t.type === 'zone' && bare.length === 1 && rdsSingle(bare[0]!))
        return L(
          `Cause: \`${bare[0]!.name}\` is a Single-AZ RDS instance in zone \`${t.zone}\`, with nothing elsewhere to take over. Fix: make it Multi-AZ (\`engine=rds-multi-az\`): RDS keeps a synchronous standby in another zone and fails over to it by itself.${also.en}${restoreNote.en}`,
          `원인: ${codeJosa(bare[0]!.name, '은/는')} ${placeCode('zone', t.zone).ko}에만 있는 단일 AZ RDS 인스턴스이고, 다른 곳에 대신할 것이 없습니다. 해결: 다중 AZ로 바꾸세요(\`engine=rds-multi-az\`). RDS가 다른 존에 동기 대기 인스턴스를 두고 스스로 페일오버합니다.${also.ko}${restoreNote.ko}`,
        );
      // A read replica read at its own address (a Cloud SQL read replica: one zonal instance, no failover between
      // replicas): spreading it does not move its readers; reading through something that falls back does (round 64b r01).
      const rr = bare.length === 1 && bare[0]!.node.role === 'replica' && bare[0]!.node.of !== null ? bare[0]! : null;
      if (t.type === 'zone' && rr) {
        const readers = rr.callers.map((c) => m.nodes[c]!).filter((c) => !c.client).map((c) => `\`${c.name}\``).join(', ');
        return L(
          `Cause: \`${rr.name}\` is a read replica in zone \`${t.zone}\` only, read at its own address${readers ? ` by ${readers}` : ''}: while it is down those reads fail — nothing moves them to \`${rr.node.of}\` or another copy. Fix: read through something that falls back (a proxy or reader endpoint in front of the replicas), or a health check in front of the readers that follows the reads (\`health-check=deep\`), so they leave the pool while their replica is down.${also.en}`,
          `원인: ${codeJosa(rr.name, '은/는')} ${placeCode('zone', t.zone).ko}에만 있는 읽기 복제본이고${readers ? ` ${readers} 노드가` : ''} 그 주소로 직접 읽습니다. 이 복제본이 멈춰 있는 동안 그 읽기는 실패합니다. \`${rr.node.of}\`나 다른 사본으로 옮겨 주는 것이 없습니다. 해결: 장애 때 넘겨 주는 곳(복제본 앞의 프록시나 읽기 엔드포인트)을 거쳐 읽거나, 읽는 쪽 앞의 헬스 체크가 읽기까지 따라가게 하세요(\`health-check=deep\`). 그러면 복제본이 멈춘 동안 그 노드가 풀에서 빠집니다.${also.ko}`,
        );
      }
      // One instance of a tier with no data: spreading it is running a second one elsewhere — moved whole, one instance still
      // misses the goal on its own loss (round 86b r01: "spread it over another zone" for one ingress pod).
      const other = t.type === 'zone' ? [...f.design.zones.keys()].find((z) => z !== t.zone) : undefined;
      if (t.type === 'zone' && other !== undefined && bare.every((x) => x.instances === 1 && !x.dataKind && x.kind !== 'storage' && !x.managed))
        return L(
          `Cause: ${names.en} run${bare.length > 1 ? '' : 's'} one instance, in zone \`${t.zone}\`, with nothing elsewhere to take over. Fix: run a second instance in another zone (\`replicas=2 zones=${t.zone},${other}\`) — moved to another zone, one instance still misses the goal when it is lost.${also.en}${restoreNote.en}`,
          `원인: ${names.ko} 노드가 ${placeCode('zone', t.zone).ko}에 인스턴스 하나로만 있고 다른 곳에 대신할 것이 없습니다. 해결: 다른 존에 인스턴스를 하나 더 두세요(\`replicas=2 zones=${t.zone},${other}\`). 다른 존으로 옮기기만 하면 그 인스턴스 하나를 잃을 때 여전히 목표를 넘깁니다.${also.ko}${restoreNote.ko}`,
        );
      return t.type === 'zone'
        ? L(`Cause: ${names.en} run${bare.length > 1 ? '' : 's'} only in zone \`${t.zone}\`, with nothing elsewhere to take over. Fix: spread ${bare.length > 1 ? 'them' : 'it'} over another zone.${also.en}${restoreNote.en}`, `원인: ${names.ko} 노드가 ${placeCode('zone', t.zone).ko}에만 있고 다른 곳에 대신할 것이 없습니다. 해결: ${placeCode('zone', t.zone).ko.endsWith('존') ? '다른 존' : '다른 곳(다른 센터나 사이트)'}에도 나누어 두세요.${also.ko}${restoreNote.ko}`)
        : L(
            `Cause: ${names.en} run${bare.length > 1 ? '' : 's'} only in region \`${t.region}\`, with nothing in another region to take over: a recovery site needs its own copy of every tier the requests pass. Fix: run ${bare.length > 1 ? 'them' : 'it'} in a second region too (a warm standby, or a pilot light that is started on the loss, within the \`rto\`).${also.en}`,
            `원인: ${names.ko} 노드가 ${placeCode('region', t.region).ko}에만 있고 다른 리전에 대신할 것이 없습니다. 복구 사이트에는 요청이 거치는 모든 계층의 사본이 있어야 합니다. 해결: 두 번째 리전에도 두세요(웜 스탠바이, 또는 장애 때 \`rto\` 안에 켜는 파일럿 라이트).${also.ko}`,
          );
    }
  }
  // (After the tiers the place takes whole: with no web tier outside it, the witness is not what keeps it down — round 40b.)
  // A failover that needs a witness's vote, with the witness lost in the same place as the primary: two of three votes gone.
  const witness = witnessCause(m, inPlace, place);
  if (witness) return witness;
  if (t.type === 'zone') {
    // A group whose voters (or Sentinels) are mostly in the lost zone: what is left cannot elect or promote.
    const stuck = zoneQuorumCauses(m.nodes, t.zone, m.entries, m.design);
    if (stuck) {
      // A second blocker the quorum fix leaves in place: a copy outside whose primary is fenced through its own management
      // board, which loses power with the place (round 72 r03: named only once the voters were spread).
      const fenced = m.nodes.find((x) => inPlace(x) && x.takeovers.some((k) => !k.manual && !k.peer && !inPlace(m.nodes[k.by]!) && (bmcFenced(x.node) || bmcFenced(m.nodes[k.by]!.node))));
      if (!fenced) return stuck;
      const by = m.nodes[fenced.takeovers.find((k) => !inPlace(m.nodes[k.by]!))!.by]!.name;
      return L(
        `${stuck.en} Then, with the voters spread, \`${by}\` still waits for a person: \`${fenced.name}\` is fenced through its own management board (\`fencing=ipmi\`), which loses power with ${place.en}, so the fence fails until someone confirms it is off — add a second fence device outside it (a switched PDU, or a fencing level after the IPMI device).`,
        `${stuck.ko} 투표 구성원을 나누어도 ${codeJosa(by, '은/는')} 사람을 기다립니다. ${codeJosa(fenced.name, '은/는')} 자기 관리 보드(\`fencing=ipmi\`)로 펜싱하는데 그 보드가 ${placeObj.ko} 잃을 때 함께 전원을 잃어, 누군가 꺼졌음을 확인할 때까지 펜싱이 실패합니다. 그 밖에 두 번째 펜싱 장치(스위치드 PDU, 또는 IPMI 다음 단계의 펜싱 레벨)를 두세요.`,
      );
    }
    // A lone instance that happens to run in the lost zone (a single pod, one VM): everything that needs it stops, which
    // outweighs a tier running short of capacity.
    for (const s of m.nodes) {
      if (s.client || s.ignored || s.managed || s.instances !== 1 || s.node.zones.length < 2 || s.zoneOf(0) !== t.zone) continue;
      if (s.takeovers.some((k) => !inPlace(m.nodes[k.by]!)) || s.standsFor >= 0) continue;
      const l = nodeLoss(est, s.name);
      if (!l || !l.downEntries.length) continue;
      // A pod the platform starts again in another zone (node NotReady, the toleration, the start: about 6 min) before a
      // copy in the zone is promoted by a person is not what sets the figure: the slower promotion is (round 65 r01).
      const rep = s.timings.repair;
      const restarted = rep.profile === 'k8s-service' && s.kind !== 'database' && s.kind !== 'storage' && s.kind !== 'queue' ? (s.timings.hostLoss?.value ?? K8S_NODE.gracePeriod.v) + K8S_NODE.toleration.v + rep.value : null;
      const slow = restarted !== null ? slowCopy() : null;
      if (slow && slow.tk.detect + slow.tk.promote > restarted!) continue;
      // A database (storage, queue) pod is a StatefulSet's: nothing recreates it while its node is unreachable (round 65b r02).
      if (rep.profile === 'k8s-service' && restarted === null)
        return L(
          `Cause: \`${s.name}\` runs one pod, and it is in zone \`${t.zone}\`: as a StatefulSet's pod it is not recreated while its node is unreachable — Kubernetes waits for a person to force-delete it, and its zonal disk cannot follow it to another zone — so what needs it stops until the zone is back or it is rebuilt. Fix: a copy in another zone that takes over by itself (\`${s.name}-standby: ${s.node.kind} standby of=${s.name} failover=auto\`, kept and promoted by an operator — CloudNativePG or Patroni for PostgreSQL, for one).`,
          `원인: \`${s.name}\` 노드는 파드가 하나뿐이고 그것이 ${placeCode('zone', t.zone).ko}에 있습니다. StatefulSet의 파드라 노드에 연결할 수 없는 동안에는 다시 만들어지지 않고(쿠버네티스는 사람이 강제로 지울 때까지 기다립니다), 존에 묶인 디스크는 다른 존으로 따라가지 못합니다. 그래서 존이 돌아오거나 다시 만들 때까지 이 노드가 필요한 요청이 멈춥니다. 해결: 다른 존에 스스로 넘겨받는 사본을 두세요(\`${s.name}-standby: ${s.node.kind} standby of=${s.name} failover=auto\`, 이를 승격하는 오퍼레이터와 함께. PostgreSQL이라면 CloudNativePG나 Patroni).`,
        );
      return L(
        `Cause: \`${s.name}\` runs one instance, and it is in zone \`${t.zone}\` (its \`zones=\` lists where it may run, not copies): what needs it stops until it is started again in another zone or repaired. Fix: run 2 or more instances spread over the zones (\`replicas=2\`).`,
        `원인: \`${s.name}\` 노드는 인스턴스가 하나뿐이고 그것이 ${placeCode('zone', t.zone).ko}에 있습니다(\`zones=\`는 실행될 수 있는 곳이지 사본이 아닙니다). 다른 존에서 다시 시작되거나 복구될 때까지 이 노드가 필요한 요청이 멈춥니다. 해결: 인스턴스를 2개 이상 두고 존에 나누세요(\`replicas=2\`).`,
      );
    }
    // What runs in the other zones cannot carry the load alone.
    const before = steadyState(m);
    for (const s of m.nodes) {
      if (s.client || s.ignored || s.managed || s.node.zones.length < 2 || !s.node.zones.includes(t.zone)) continue;
      // A tier whose orchestrator starts the lost instances again in the other zones within the goal (an ECS service, a
      // Deployment, an Auto Scaling group) is short only that long: not what keeps the goal out of reach (round 51b r02).
      const rep = s.timings.repair;
      // (A Kubernetes pod lost with its zone is started again only once its node is NotReady and the pod evicted: 50 s +
      // 300 s + its start — round 59b r04: a 6-minute shortfall was skipped as a 20-second restart.)
      const back = rep.profile === 'k8s-service' ? K8S_NODE.gracePeriod.v + K8S_NODE.toleration.v + rep.value : rep.value;
      if ((rep.profile === 'aws-ecs' || rep.profile === 'k8s-service' || rep.profile === 'aws-autoscaling') && back <= goal) continue;
      // The instances running before the loss (an autoscaled tier's, at its target share), spread over its zones in turn.
      const running = Math.max(s.instances, before?.live[s.idx] ?? 0);
      let left = 0;
      for (let k = 0; k < running; k++) if (s.node.zones[k % s.node.zones.length] !== t.zone) left++;
      const c = capacityCause(m, s, left, new Set(s.node.zones).size);
      if (!c) continue;
      // A tier its orchestrator makes whole again later in the run, while the service stays short past that: something else
      // keeps it down (a balancer instance nobody routes around, in the same zone), and that is the cause to name, this
      // shortfall the one after it (round 124b r01 was told `replicas=5` for app pods back at 6m 10s, the zone's HAProxy
      // instance failing half the requests to the end).
      const healing = (rep.profile === 'aws-ecs' || rep.profile === 'k8s-service' || rep.profile === 'aws-autoscaling') && (loss.rto === null || loss.rto > back + 1);
      if (healing) {
        if (pastHealing) continue;
        const other = rtoCauseBase(f, est, loss, goal, true);
        if (other)
          return L(
            `${other.en} Also, until \`${s.name}\`'s lost instances are started again in the other zones (${dur(back).en}): ${c.en.replace(/^Cause: /, '')}`,
            `${other.ko} 또한 \`${s.name}\`의 잃은 인스턴스가 다른 존에서 다시 시작될 때까지(${dur(back).ko}): ${c.ko.replace(/^원인: /, '')}`,
          );
      }
      // A copy outside the zone that a person promotes later than the goal allows misses it too: said now, not after this fix.
      return withSlowCopy(c);
    }
  }
  // Copies outside the place that people promote one after the other (a DR database on its DR storage: the runbook
  // promotes the storage first): each promotion may fit the goal, their sum does not. The run says when each is done.
  {
    const manualBy = new Map<string, string>();
    for (const s of m.nodes) {
      if (s.client || s.ignored || !inPlace(s)) continue;
      const tk = pickTakeover(s, (k) => !inPlace(m.nodes[k.by]!));
      if (tk && tk.manual) manualBy.set(m.nodes[tk.by]!.name, s.name);
    }
    if (manualBy.size >= 2 && loss.rto !== null && loss.rto > goal && !slowCopy()) {
      const r = simulate(f.design, [{ type: 'fail', target: t, at: 0 }]);
      const done = r.events.filter((e) => e.type === 'promoted' && manualBy.has(e.target));
      const times = new Set(done.map((e) => e.at));
      const last = done[done.length - 1];
      // In series: two or more done at different moments, the last one past the goal.
      if (done.length >= 2 && times.size >= 2 && last && last.at > goal) {
        const steps = done.map((e) => `\`${e.target}\` (done at ${at(e.at).en})`);
        return L(
          `Cause: when ${place.en} is lost, the recovery site comes up through ${done.length} promotions by hand, one after the other — ${steps.join(', then ')} — each waiting for the one under it; every step fits the goal, their sum (${at(last.at).en}) does not. Fix: switch them in one step (one rehearsed runbook that promotes them together, its time written as \`promote=\`), shorten each promotion, or let them take over automatically (\`failover=auto\`, with a witness at a third site to decide).`,
          `원인: ${placeObj.ko} 잃으면 복구 사이트는 사람이 차례로 하는 승격 ${done.length}번을 거쳐야 올라옵니다. ${done.map((e, k) => `${k ? '그다음 ' : ''}\`${e.target}\` 승격이 ${at(e.at).ko}에 ${k === done.length - 1 ? '끝납니다' : '끝나고'}`).join(', ')}. 각 승격이 아래 계층의 승격을 기다리므로, 하나하나는 목표 안에 들지만 합친 시간(${at(last.at).ko})이 목표를 넘깁니다. 해결: 한 번에 전환하거나(함께 승격하는 런북을 연습해 두고 그 시간을 \`promote=\`로 적기), 각 승격 시간을 줄이거나, 자동으로 넘겨받게 하세요(\`failover=auto\`, 판단은 세 번째 장소의 감시(witness)에게).`,
        );
      }
    }
  }
  // A copy outside the lost place that takes over too slowly: a person promotes it, or its detection and promotion exceed the goal.
  const slowCause = (slow: { s: SimNode; tk: NonNullable<ReturnType<typeof pickTakeover>> }): Localized => {
    const { s, tk } = slow;
    const by = m.nodes[tk.by]!.name;
    const where = place;
    if (bmcBlocked.has(s.idx))
      return L(
        `Cause: when ${where.en} is lost, \`${by}\` cannot take over for \`${s.name}\` by itself: \`${s.name}\` is fenced through its own management board (\`fencing=ipmi\`), which loses power with it, so the fence fails and the cluster starts nothing until a person confirms \`${s.name}\` is off (${dur(tk.detect + tk.promote).en} from the loss). Fix: a second fence device outside ${where.en} (a switched PDU, or a fencing level after the IPMI device: \`fencing=stonith\`).`,
        `원인: ${placeObj.ko} 잃으면 ${codeJosa(by, '은/는')} ${codeJosa(s.name, '을/를')} 스스로 넘겨받지 못합니다. \`${s.name}\`의 펜싱은 자체 관리 보드(\`fencing=ipmi\`)로 하는데, 보드도 함께 전원을 잃어 펜싱이 실패하고, 사람이 ${codeJosa(s.name, '이/가')} 꺼졌음을 확인할 때까지 클러스터가 아무것도 올리지 않습니다(장애부터 ${dur(tk.detect + tk.promote).ko}). 해결: 그 밖에 두 번째 펜싱 장치를 두세요(원격 제어 PDU, 또는 IPMI 다음 단계의 펜싱 레벨: \`fencing=stonith\`).`,
      );
    // An Aurora global database's secondary region is promoted by an explicit call (FailoverGlobalCluster with
    // AllowDataLoss), never by the service itself: automating means an alarm or a runbook that makes the call.
    // (Only when its primary is an Aurora cluster too: an Aurora cluster fed from another provider's MySQL by DMS or binlog
    // replication is an external-source replica, promoted by stopping that replication — round 112c r01.)
    const auroraGlobal = tk.manual && t.type === 'region' && /^aurora/.test((textAttr(m.nodes[tk.by]!.node, 'engine') ?? '').toLowerCase()) && /^aurora/.test((textAttr(s.node, 'engine') ?? '').toLowerCase());
    if (auroraGlobal)
      return L(
        `Cause: when ${where.en} is lost, \`${by}\`, the Aurora global database's secondary, waits for someone to fail the global database over to it (${dur(tk.detect + tk.promote).en} from the loss); Aurora does not do it by itself. Fix: automate that failover (an alarm or a runbook that calls FailoverGlobalCluster with AllowDataLoss, or a Region switch plan) and rehearse it — then write \`failover=auto\` — or an \`rto\` a manual failover can meet.`,
        `원인: ${placeObj.ko} 잃으면 Aurora 글로벌 데이터베이스의 보조 클러스터 ${codeJosa(by, '은/는')} 누군가 글로벌 페일오버를 실행할 때까지 기다립니다(장애부터 ${dur(tk.detect + tk.promote).ko}). Aurora가 스스로 하지 않습니다. 해결: 그 페일오버를 자동화하고(AllowDataLoss로 FailoverGlobalCluster를 부르는 알람이나 런북, 리전 전환 계획) 연습해 두세요. 그런 다음 \`failover=auto\`로 적으세요. 아니면 수동 페일오버로 지킬 수 있는 \`rto\`로 정하세요.`,
      );
    // An Azure SQL auto-failover group under the Microsoft-managed policy waits its grace period (1 hour at least).
    if (!tk.manual && timingsOf(m.nodes[tk.by]!.node).profile.id === 'azure-sql' && tk.detect + tk.promote >= AZURE_SQL_FOG.grace.v)
      return L(
        `Cause: when ${where.en} is lost, the failover group moves \`${s.name}\` to \`${by}\` only after its grace period (GracePeriodWithDataLossHours, at least ${dur(AZURE_SQL_FOG.grace.v).en} under the Microsoft-managed policy). Fix: switch the group to the customer-managed policy and fail it over yourself once the region is lost (\`failover=manual\` on \`${by}\`, with a monitor that pages someone), within the \`rto\`.`,
        `원인: ${placeObj.ko} 잃으면 장애 조치 그룹은 유예 기간(GracePeriodWithDataLossHours, Microsoft 관리 정책에서는 최소 ${dur(AZURE_SQL_FOG.grace.v).ko})이 지나야 ${codeJosa(s.name, '을/를')} ${codeJosa(by, '으로/로')} 넘깁니다. 해결: 그룹을 고객 관리 정책으로 바꾸고 리전을 잃으면 직접 장애 조치하세요(\`${by}\`에 \`failover=manual\`, 담당자를 호출하는 모니터와 함께). \`rto\` 안에 끝나야 합니다.`,
      );
    const byProduct = tk.manual ? manualByProduct(m.nodes[tk.by]!, s, m.design) : null;
    if (byProduct)
      return L(
        `Cause: when ${where.en} is lost, \`${s.name}\`'s copy outside it, \`${by}\`, waits for a person to promote it (manual failover, ${dur(tk.detect + tk.promote).en} from the loss). Fix: ${byProduct.en}, or set an \`rto\` the drill meets.`,
        `원인: ${placeObj.ko} 잃으면 그 밖에 있는 \`${s.name}\`의 사본 ${codeJosa(by, '은/는')} 사람이 승격시킬 때까지 기다립니다(수동 페일오버, 장애부터 ${dur(tk.detect + tk.promote).ko}). 해결: ${byProduct.ko}. 아니면 연습한 시간으로 지킬 수 있는 \`rto\`로 정하세요.`,
      );
    if (tk.manual) {
      const blindEn = blind ? `; every monitor is in ${where.en} too, so the loss is known when users report it — ${dur(DEFAULTS.unnoticed).en}, generic` : '';
      const blindKo = blind ? `. 모니터도 모두 그 안에 있어 사용자 신고가 있어야 알게 됩니다 — ${dur(DEFAULTS.unnoticed).ko}, 일반값` : '';
      // The other site's capacity may miss the goal too, promotion or not: said now, not after the first fix.
      const next = survivingRegionCapacity(m, inPlace, t.type) ?? overloadLeftCause(f, t, place);
      return L(
        `Cause: when ${where.en} is lost, \`${s.name}\`'s copy outside it, \`${by}\`, waits for a person to promote it (manual failover, ${dur(tk.detect + tk.promote).en} from the loss${blindEn}). Fix: let it take over automatically (\`failover=auto\`), or an \`rto\` a manual promotion can meet${blind ? `; and watch it from outside ${where.en} (a monitor there pages someone within its interval)` : ''}.${next ? ` That alone does not meet it: ${next.en.replace(/^Cause: /, '')}` : ''}`,
        `원인: ${placeObj.ko} 잃으면 그 밖에 있는 \`${s.name}\`의 사본 ${codeJosa(by, '은/는')} 사람이 승격시킬 때까지 기다립니다(수동 페일오버, 장애부터 ${dur(tk.detect + tk.promote).ko}${blindKo}). 해결: 자동으로 넘겨받게 하거나(\`failover=auto\`), 수동 승격으로 지킬 수 있는 \`rto\`로 정하세요.${blind ? ` 그리고 그 밖에서 감시하세요(밖에 둔 모니터는 자기 주기 안에 담당자를 호출합니다).` : ''}${next ? ` 그것만으로는 목표를 지키지 못합니다. ${next.ko.replace(/^원인: /, '')}` : ''}`,
      );
    }
    // The provider's own failover (both managed, nothing of ours to detect): no heartbeat= or promote= shortens it
    // (round 63 r04: Cosmos DB's service-managed failover, up to 15 minutes).
    if (!tk.manual && s.managed && m.nodes[tk.by]!.managed && tk.detect === 0) {
      const cosmos = s.timings.profile.id === 'azure-cosmos-db';
      return L(
        `Cause: when ${where.en} is lost, \`${by}\` takes over for \`${s.name}\` through ${profileLabel(s.timings.profile, 'en')}'s own failover, ${dur(tk.promote).en} (the provider's documented time, counted at its slow end); nothing in the design shortens it. Fix: ${cosmos ? 'multi-region writes (each region takes writes, so no failover is waited for), or ' : ''}an \`rto\` that failover meets.`,
        `원인: ${placeObj.ko} 잃으면 ${codeJosa(by, '은/는')} ${profileLabel(s.timings.profile, 'ko')} 자체의 페일오버로 ${dur(tk.promote).ko} 뒤에 ${codeJosa(s.name, '을/를')} 넘겨받습니다(제공자가 밝힌 시간의 느린 쪽). 설계에서 줄일 수 있는 설정은 없습니다. 해결: ${cosmos ? '다중 리전 쓰기(리전마다 쓰기를 받아 페일오버를 기다리지 않음)를 쓰거나, ' : ''}그 페일오버 시간을 지킬 수 있는 \`rto\`로 정하세요.`,
      );
    }
    // A new NFS server's grace period is most of the takeover (round 62 r06): faster heartbeats cannot reach the goal.
    const grace = tk.grace ?? 0;
    if (grace > 0)
      return L(
        `Cause: when ${where.en} is lost, \`${by}\` takes over for \`${s.name}\` after detection (${dur(tk.detect).en}) and promotion (${dur(tk.promote).en}), of which ${dur(grace).en} is the NFSv4 grace period of the new server (nfsd's default, the lease time): clients may only reclaim their locks until it ends, and new opens wait. Fix: a shorter grace and lease time on both servers (\`/proc/fs/nfsd/nfsv4gracetime\` and \`nfsv4leasetime\`, e.g. 15 s; the design cannot say it, so the run keeps nfsd's 90 s), or a file service that needs no grace period.`,
        `원인: ${placeObj.ko} 잃으면 ${codeJosa(by, '은/는')} 장애 감지(${dur(tk.detect).ko})와 승격(${dur(tk.promote).ko}) 뒤에 ${codeJosa(s.name, '을/를')} 넘겨받는데, 그중 ${dur(grace).ko}는 새 서버의 NFSv4 유예 기간(nfsd 기본값, lease 시간)입니다. 이 기간이 끝날 때까지 클라이언트는 잠금을 되찾는 일만 할 수 있고 새로 여는 요청은 기다립니다. 해결: 두 서버 모두 유예 기간과 lease 시간을 줄이거나(\`/proc/fs/nfsd/nfsv4gracetime\`, \`nfsv4leasetime\`, 예: 15초. 설계 언어로는 적을 수 없어 시뮬레이션은 nfsd 기본값 90초로 계산합니다), 유예 기간이 필요 없는 파일 서비스를 쓰세요.`,
      );
    return L(
      `Cause: when ${where.en} is lost, \`${by}\` takes over for \`${s.name}\` only after detection (${dur(tk.detect).en}) and promotion (${dur(tk.promote).en}). Fix: faster detection or promotion on \`${by}\` (\`heartbeat=\`, \`promote=\`).`,
      `원인: ${placeObj.ko} 잃으면 ${codeJosa(by, '은/는')} 장애 감지(${dur(tk.detect).ko})와 승격(${dur(tk.promote).ko}) 뒤에야 ${codeJosa(s.name, '을/를')} 넘겨받습니다. 해결: \`${by}\`의 감지나 승격을 빠르게 하세요(\`heartbeat=\`, \`promote=\`).`,
    );
  };
  const slowAll = slowCopies();
  const slow = slowAll[0] ?? null;
  if (slow) {
    const main = slowCause(slow);
    // Another copy outside the place late too (a person promotes it): said beside, so fixing the first is not taken for the whole fix.
    const also = slowAll.slice(1).find((o) => o.tk.manual && m.nodes[o.tk.by]!.name !== m.nodes[slow.tk.by]!.name);
    if (!also) return main;
    const alsoBy = m.nodes[also.tk.by]!.name;
    const t2 = dur(also.tk.detect + also.tk.promote);
    return L(
      `${main.en} Besides, \`${alsoBy}\` (\`${also.s.name}\`'s copy) waits for a person to promote it (${t2.en} from the loss).`,
      `${main.ko} 그 밖에 \`${also.s.name}\`의 사본 \`${alsoBy}\`도 사람이 승격시킬 때까지 기다립니다(장애부터 ${t2.ko}).`,
    );
  }
  // The tier left outside the place sends its requests to a standby whose primary is not lost with it: nothing promotes
  // that standby, and it takes no requests while its primary lives (round 41: a DR region's app bound to its Cloud SQL
  // replica, the primary outside the lost region because its zones were declared in none).
  for (const s of m.nodes) {
    if (s.client || s.ignored || inPlace(s) || s.node.role !== 'standby' || s.node.of === null) continue;
    const p = m.byName.get(s.node.of);
    if (p === undefined || inPlace(m.nodes[p]!)) continue;
    // (Callers that only read from it — `reads`, or a `readable` standby its callers also reach the primary beside — are
    // served by it while it waits: not this cause; round 62b r09 blamed a readable standby "taking no writes".)
    const readsOnly = (c: number): boolean => {
      const es = f.design.edges.filter((e) => e.from === m.nodes[c]!.name && e.to === s.name);
      return es.length > 0 && es.every((e) => sendsReads(f.design, e));
    };
    const users = s.callers.filter((c) => !m.nodes[c]!.client && !inPlace(m.nodes[c]!) && m.nodes[c]!.callers.length > 0 && !readsOnly(c));
    if (!users.length) continue;
    const primary = m.nodes[p]!;
    const names = nameList(users.map((c) => m.nodes[c]!.name));
    const loose = primary.node.zones.filter((z) => !f.design.zones.get(z)?.region);
    const looseEn = t.type === 'region' && loose.length && f.design.regions.size ? ` (\`${primary.name}\`'s zones ${loose.map((z) => `\`${z}\``).join(', ')} are declared in no region, so it is taken to outlive the loss: if it runs in region \`${(t as { region: string }).region}\`, declare them there, \`zone ${loose[0]} region=${(t as { region: string }).region}\`)` : '';
    const looseKo = looseEn ? ` \`${primary.name}\`의 존 ${loose.slice(0, -1).map((z) => `\`${z}\`, `).join('')}${codeJosa(loose[loose.length - 1]!, '이/가')} 어느 리전에도 선언되지 않았기 때문입니다. 실제로 \`${(t as { region: string }).region}\` 리전에 있다면 ${codeJosa(`zone ${loose[0]} region=${(t as { region: string }).region}`, '으로/로')} 선언하세요.` : '';
    return L(
      `Cause: after ${place.en} is lost, ${names.en} ${users.length > 1 ? 'send their' : 'sends its'} requests to \`${s.name}\`, a standby of \`${primary.name}\`, which is not lost with it${looseEn}: nothing promotes the standby while its primary lives, and a standby takes no writes, so those requests fail. Fix: let ${users.length > 1 ? 'them' : 'it'} use \`${primary.name}\` while it serves (its address, or an endpoint that follows the primary), and the standby once it is promoted.`,
      `원인: ${placeObj.ko} 잃은 뒤 ${names.ko} 노드가 \`${primary.name}\`의 대기 노드 ${codeJosa(s.name, '으로/로')} 요청을 보내는데, ${codeJosa(primary.name, '은/는')} 이 장애에 함께 잃지 않는 것으로 계산됩니다.${looseKo} 프라이머리가 살아 있는 동안에는 아무것도 대기 노드를 승격하지 않고, 대기 노드는 쓰기를 받지 않으므로 그 요청이 실패합니다. 해결: 프라이머리가 살아 있는 동안은 ${codeJosa(primary.name, '을/를')} 쓰고(그 주소, 또는 프라이머리를 따라가는 엔드포인트), 대기 노드는 승격된 뒤에 쓰게 하세요.`,
    );
  }
  // A site's loss that DNS (or a global balancer) moves away from: the other site's tiers now take the whole load.
  {
    const c = survivingRegionCapacity(m, inPlace, t.type) ?? overloadLeftCause(f, t, place) ?? survivingRegionCapacity(m, inPlace, t.type, true);
    if (c) return c;
  }
  // One whose own cause explains nothing beyond the goal gives way to the next (round 46b r02).
  for (const x of slowest) {
    const c = nodeRtoCause(f, x.name, goal);
    if (c) return c;
  }
  // A copy outside the place that nothing outside calls: promoted, it serves no one — the recovery site holds the data
  // only, with no application tier, balancer or record leading to it (round 75c r02: "its promotion is the recovery time").
  if (loss.rto === null)
    for (const s of placed) {
      if (!inPlace(s) || !DATA_KINDS.has(s.kind ?? '')) continue;
      if (s.callers.some((k) => !inPlace(m.nodes[k]!))) continue;
      const far = s.takeovers.map((tk) => m.nodes[tk.by]!).find((c) => !inPlace(c) && c.callers.every((k) => m.nodes[k]!.ignored));
      if (!far) continue;
      return L(
        `Cause: \`${s.name}\`'s copy outside ${place.en}, \`${far.name}\`, can be promoted, but nothing outside ${place.en} calls it — no application tier, balancer or DNS record leads there — so the users are not served again: the recovery site holds the data only. Fix: run the application tier outside ${place.en} too, calling \`${far.name}\`, and send the users there when ${place.en} is lost (a DNS failover record or a global balancer).`,
        `원인: ${place.ko} 밖에 있는 \`${s.name}\`의 사본 ${codeJosa(far.name, '은/는')} 승격할 수 있지만, ${place.ko} 밖에서 이를 호출하는 것이 없습니다(애플리케이션 계층도, 로드밸런서도, DNS 레코드도 그쪽으로 이어지지 않음). 그래서 사용자는 다시 서비스를 받지 못하고, 복구 사이트에는 데이터만 있습니다. 해결: ${place.ko} 밖에도 ${codeJosa(far.name, '을/를')} 호출하는 애플리케이션 계층을 두고, ${placeObj.ko} 잃었을 때 사용자를 그쪽으로 보내세요(DNS 장애 조치 레코드나 글로벌 로드밸런서).`,
      );
    }
  return null;
}

/**
 * A place's loss that takes a failover's witness with the primary (two of three votes: the cluster loses quorum and
 * nothing fails over until someone forces it), as rtoCause names it; null when none. rto-not-met says it for the other
 * losses that miss the goal too (round 112b r06: the witness was dropped when a longer capacity outage came first).
 */
function witnessCause(m: Model, inPlace: (n: SimNode) => boolean, place: Localized): Localized | null {
  for (const s of m.nodes) {
    if (s.client || s.ignored || !inPlace(s)) continue;
    // (Another cluster node outside the place keeps the vote: a Windows cluster's third node.)
    const k = s.takeovers.find((tk) => tk.witness >= 0 && !inPlace(m.nodes[tk.by]!) && inPlace(m.nodes[tk.witness]!) && tk.voters.every((v) => inPlace(m.nodes[v]!)));
    if (!k) continue;
    const by = m.nodes[k.by]!.name;
    const w = m.nodes[k.witness]!.name;
    // repmgr puts its witness with the primary on purpose (round 62 r01): no third place to advise.
    if ([m.nodes[k.by]!.node, s.node].some(isRepmgr))
      return L(
        `Cause: \`${w}\`, \`${by}\`'s repmgr witness, is in ${place.en} with \`${s.name}\` — where repmgr's documentation puts it, so that a standby seeing neither never promotes itself — and losing both leaves the promotion to a person. Fix: if the site's loss must fail over by itself, a manager that decides by a consensus store in three places (Patroni with etcd); moving repmgr's witness alone would let a cut-off standby promote while the primary still writes. Otherwise a quick, rehearsed manual promotion within the \`rto\`.`,
        `원인: \`${by}\`의 repmgr 위트니스 ${codeJosa(w, '이/가')} ${codeJosa(s.name, '와/과')} 같은 ${place.ko}에 있습니다. 둘 다 보지 못하는 대기 노드가 스스로 승격하지 않게 하려고 repmgr 문서가 권하는 위치지만, 그곳을 잃으면 승격은 사람 몫이 됩니다. 해결: 그곳을 잃어도 스스로 넘어가야 한다면 세 곳에 둔 합의 저장소로 결정하는 관리자(etcd를 쓰는 Patroni)를 쓰세요. repmgr 위트니스만 옮기면 고립된 대기 노드가 프라이머리가 아직 쓰기를 받는 중에 승격할 수 있습니다. 아니면 \`rto\` 안에 끝나도록 연습해 둔 수동 승격 절차를 마련하세요.`,
      );
    // Oracle Data Guard's observer: no quorum to force and no cloud witness — an unobserved configuration does no fast-start
    // failover and a DBA fails over by hand (round 105 r10, ORA-16658).
    if ([m.nodes[k.by]!.node, s.node].every((x) => /^oracle/i.test(textAttr(x, 'engine') ?? '')))
      return L(
        `Cause: \`${w}\`, the fast-start failover observer \`${by}\` needs, is in ${place.en} with \`${s.name}\`: losing both leaves the configuration unobserved, so no fast-start failover happens and a DBA fails over to \`${by}\` by hand (DGMGRL FAILOVER). Fix: run the observer in a third place that neither database shares, or register more observers in different places (up to three, Oracle 12.2 and later).`,
        `원인: \`${by}\`에 필요한 fast-start failover 옵저버 ${codeJosa(w, '이/가')} ${codeJosa(s.name, '와/과')} 같은 ${place.ko}에 있습니다. 둘을 함께 잃으면 옵저버가 없는 구성이 되어 fast-start failover가 일어나지 않고, DBA가 손으로 ${codeJosa(by, '으로/로')} 페일오버합니다(DGMGRL FAILOVER). 해결: 옵저버를 두 데이터베이스 어느 쪽과도 겹치지 않는 세 번째 장소에 두거나, 서로 다른 곳에 옵저버를 더 등록하세요(Oracle 12.2부터 최대 3개).`,
      );
    return L(
      `Cause: \`${w}\`, the witness whose vote \`${by}\` needs to take over, is in ${place.en} with \`${s.name}\`: losing it takes two of the three votes, the cluster loses quorum and nothing fails over until someone forces it. Fix: put the witness in a third place that neither node shares (another room or site, or a cloud witness).`,
      `원인: \`${by}\` 노드가 넘겨받으려면 감시(witness) \`${w}\`의 표가 필요한데, 이 감시가 \`${s.name}\` 노드와 같은 ${place.ko}에 있습니다. 그곳을 잃으면 세 표 중 두 표가 사라져 클러스터가 쿼럼을 잃고, 누군가 강제로 쿼럼을 잡기 전에는 페일오버가 일어나지 않습니다. 해결: 감시를 두 노드 어느 쪽과도 겹치지 않는 세 번째 장소(다른 전산실이나 사이트, 또는 클라우드 감시)에 두세요.`,
    );
  }
  return null;
}

/** The witness cause of losing a zone or region (witnessCause), for a goal rule naming other losses than its worst. */
export function placeWitnessCause(f: Facts, t: { type: 'zone'; zone: string } | { type: 'region'; region: string }): Localized | null {
  const m = buildModel(f.design);
  return witnessCause(m, (n) => runsOnlyIn(f.design, n.node, t), t.type === 'zone' ? placeCode('zone', t.zone) : placeCode('region', t.region));
}

/**
 * The run of a place's loss itself, when nothing in the model names the cause: a tier still overloaded at the end of the
 * run (a recovery site sized for less than the whole load, reached once DNS fails over to it).
 */
function overloadLeftCause(f: Facts, t: { type: 'zone'; zone: string } | { type: 'region'; region: string }, where: Localized): Localized | null {
  const r = simulate(f.design, [{ type: 'fail', target: t, at: 0 }]);
  if (!r.entries.some((e) => (e.points[e.points.length - 1]?.success ?? 1) < 1 - 1e-9)) return null;
  // (With its object particle: `주센터`를, `a` 존을 — round 43.)
  const placeObj = t.type === 'zone' ? placeCode('zone', t.zone, '을/를') : placeCode('region', t.region, '을/를');
  const last = new Map<string, (typeof r.events)[number]>();
  for (const e of r.events) {
    if (e.type === 'overload' && e.data) last.set(e.target, e);
    // (Nor one whose lost instances are started again later in the run — Kubernetes pods rescheduled, a provider's
    // replacement: round 120b r01 said "to the end of the run" of pods back at 6m 10s.)
    else if (e.type === 'scaled' || e.type === 'rescheduled') last.delete(e.target.replace(/#\d+$/, ''));
  }
  let worst: (typeof r.events)[number] | null = null;
  for (const e of last.values()) if (!worst || (e.data!['failing'] ?? 0) > (worst.data!['failing'] ?? 0)) worst = e;
  if (!worst) return null;
  const offered = worst.data!['offered'] ?? 0;
  const capacity = worst.data!['capacity'] ?? 0;
  const instances = worst.data!['instances'] ?? 0;
  if (!(offered > capacity) || !(instances > 0)) return null;
  const per = capacity / instances;
  const survivors = Math.ceil(offered / per - 1e-9);
  const n = (v: number): string => Math.round(v).toLocaleString('en-US');
  const name = worst.target;
  // What to write: enough instances that `survivors` are left once the place is lost — spread over k zones, a zone takes
  // ceil(T / k) of T with it (round 84b r01 advised `replicas=2` to a tier that had 2, one per zone).
  const written = f.design.nodes.get(name);
  const total = written ? Number(textAttr(written, 'replicas') ?? 1) || 1 : instances;
  const k = written && t.type === 'zone' ? new Set(written.zones).size : 0;
  let need = survivors + Math.max(0, total - instances);
  if (k >= 2) {
    need = survivors;
    while (need - Math.ceil(need / k) < survivors) need++;
  }
  // A database's writer (an RDS Multi-AZ instance: one writer, a standby that serves nothing) takes no more instances nor
  // autoscaling: a bigger instance, or its reads moved to read replicas (round 65b r08).
  const node = f.design.nodes.get(name);
  if (node && node.kind === 'database' && node.role !== 'replica')
    return L(
      `Cause: once ${where.en} is lost, \`${name}\` receives about ${n(offered)} req/s and serves ${n(capacity)}; the rest fail from ${at(worst.at).en} to the end of the run. Fix: a database serves its writes from one instance, so more instances of it add nothing — give it a larger instance (more \`capacity=\`), or move its reads to read replicas (\`${name}-ro: database replica of=${name}\`), or keep what sends it that load from growing with the loss.`,
      `원인: ${placeObj.ko} 잃으면 \`${name}\` 노드에 초당 약 ${n(offered)}건이 오는데 ${n(capacity)}건만 처리해, 나머지가 시뮬레이션 끝까지 실패합니다(${at(worst.at).ko}부터). 해결: 데이터베이스는 쓰기를 인스턴스 하나에서 처리하므로 인스턴스를 늘려도 소용이 없습니다. 더 큰 인스턴스로 바꾸거나(\`capacity=\` 늘리기), 읽기를 읽기 복제본으로 옮기거나(\`${name}-ro: database replica of=${name}\`), 장애 때 이 노드로 오는 부하가 늘지 않게 하세요.`,
    );
  return L(
    `Cause: once ${where.en} is lost, \`${name}\` receives about ${n(offered)} req/s and its ${instances} instance${instances > 1 ? 's serve' : ' serves'} ${n(capacity)}; the rest fail from ${at(worst.at).en} to the end of the run. Fix: give \`${name}\` the capacity for the whole load (${need} instances: \`replicas=${need}\`, or an autoscale minimum of ${need}), or more \`capacity=\` per instance.`,
    `원인: ${placeObj.ko} 잃으면 \`${name}\` 노드에 초당 약 ${n(offered)}건이 오는데 인스턴스 ${instances}개로는 ${n(capacity)}건만 처리해, 나머지가 시뮬레이션 끝까지 실패합니다(${at(worst.at).ko}부터). 해결: 전체 부하를 감당할 만큼 인스턴스를 두세요(인스턴스 ${need}개: \`replicas=${need}\`, 또는 오토스케일 최솟값 ${need}). 인스턴스당 \`capacity=\`를 늘려도 됩니다.`,
  );
}

function at(seconds: number): Localized {
  return L(formatDuration(seconds), koDuration(seconds));
}

/**
 * After a region's loss, a DNS answer sends everything to the regions left: a tier there sized for its own share is
 * over capacity until autoscaling (or nothing) adds instances. The first such tier, with the load it then receives.
 */
function survivingRegionCapacity(m: ReturnType<typeof buildModel>, lost: (s: SimNode) => boolean, kind: 'zone' | 'region', coldToo = false): Localized | null {
  const other = kind === 'zone' ? L('zone', '존') : L('region', '리전');
  const st = steadyState(m);
  if (!st) return null;
  for (const dns of m.nodes) {
    // A checked DNS answer or a (global) balancer with pools in several regions: the pools left take the lost one's share.
    if (dns.or !== 'dns-failover' && dns.or !== 'dns-spread' && dns.or !== 'lb') continue;
    // (Not one lost with the place itself — a GSLB whose every unit is there: nothing answers, nobody is moved, and the
    // capacity left is never asked for; round 113b r04 blamed the recovery site's capacity.)
    if (!dns.managed && lost(dns)) continue;
    const out = dns.callees.filter((c) => !lost(m.nodes[c]!));
    if (!out.length || out.length === dns.callees.length) continue;
    let outLoad = 0;
    let all = 0;
    for (const c of dns.callees) {
      all += st.load[c]!;
      if (!lost(m.nodes[c]!)) outLoad += st.load[c]!;
    }
    // A failover record's other answers take nothing until the switch (round 81b r02: a warm site of 2 instances missed):
    // the first tier behind them with a capacity then takes the whole load the record carried.
    const cold = coldToo && dns.or === 'dns-failover' && !(outLoad > 0) && all > 0;
    if (!cold && (!(outLoad > 0) || !(all > outLoad))) continue;
    const factor = cold ? 0 : all / outLoad;
    // The tiers behind the answers left: reached from them, outside the lost region.
    const seen = new Set<number>(out);
    const stack = [...out];
    while (stack.length) {
      const x = stack.pop()!;
      const s = m.nodes[x]!;
      if (!s.managed && s.capacity !== null && s.instances >= 1) {
        const load = cold ? all : st.load[x]! * factor;
        // The instances it runs before the loss: an autoscaled tier's are those its load keeps at its target share.
        const running = Math.max(s.instances, st.live[x]!);
        const can = running * s.capacity;
        if (load > can + 1e-9) {
          const n = (v: number): string => Math.round(v).toLocaleString('en-US');
          const need = Math.ceil(load / s.capacity);
          const until = s.autoscale && s.autoscale.max > s.instances
            ? L(`until autoscaling adds instances (${dur(autoscaleDelayOf(s.node)).en} after the overload)`, `오토스케일링이 인스턴스를 더할 때까지(과부하 뒤 ${dur(autoscaleDelayOf(s.node)).ko})`)
            : L(`for as long as the ${other.en} is lost`, `${other.ko}이 돌아올 때까지`);
          return L(
            `Cause: once \`${dns.name}\` ${dns.or === 'lb' ? `sends everything to the other ${other.en}` : `answers with the other ${other.en} only`}, \`${s.name}\` receives about ${n(load)} req/s — the whole load — and its ${running} instance${running > 1 ? 's serve' : ' serves'} ${n(can)}; the rest fail ${until.en}. Fix: run enough in each ${other.en} to carry the other's load (${need} instances: \`replicas=${need}\`, or an autoscale minimum of ${need}), or more \`capacity=\` per instance.`,
            `원인: \`${dns.name}\` 노드가 ${dns.or === 'lb' ? `모든 요청을 다른 ${other.ko}으로 보내게` : `다른 ${other.ko}만 응답하게`} 되면 \`${s.name}\` 노드가 전체 부하인 초당 약 ${n(load)}건을 받는데, 인스턴스 ${running}개로는 ${n(can)}건만 처리해 ${until.ko} 나머지가 실패합니다. 해결: 각 ${other.ko}이 다른 ${other.ko}의 부하까지 감당할 만큼 인스턴스를 두세요(인스턴스 ${need}개: \`replicas=${need}\`, 또는 오토스케일 최솟값 ${need}). 인스턴스당 \`capacity=\`를 늘려도 됩니다.`,
          );
        }
        // (Cold: only the first tier's load is known.)
        if (cold) break;
      }
      for (const c of s.callees)
        if (!seen.has(c) && !lost(m.nodes[c]!)) {
          seen.add(c);
          stack.push(c);
        }
    }
  }
  return null;
}


/** What would lose fewer writes in this loss, knowing Redis has no synchronous mode. */
export function redisRpoAdvice(f: Facts, loss: LossImpact): Localized | null {
  if (loss.target.type !== 'node') return null;
  const n = f.design.nodes.get(loss.target.node);
  // (Memorystore for Redis and Azure Cache for Redis replicate as Redis does: asynchronously — round 40b. MemoryDB keeps
  // a durable multi-AZ log and loses nothing.)
  if (!n || !isAsyncRedis(n)) return null;
  // Nothing copied at all: the replication mode is not the cause, the missing copy (and persistence) is.
  const m = buildModel(f.design);
  const sn = m.nodes[m.byName.get(n.name)!]!;
  // A Redis Cluster whose shards have no replica (round 61 r04: "replicates asynchronously" for a cluster with none).
  const g = sn.group;
  const bareCluster = g !== null && g.type === 'cluster' && clusterReplicaCounts(g).some((r) => r === 0);
  // A replica written beside it that nothing promotes (no Sentinel): it holds the data but for the lag (round 97 r02 was
  // told "a Redis with no replica").
  const replicaNodes = (f.copies.get(n.name) ?? []).filter((c) => c.kind === 'cache');
  if (Number.isFinite(loss.rpo) && sn.instances < 2 && !sn.takeovers.length && replicaNodes.length && !bareCluster)
    return L(
      `Cause: \`${n.name}\` is the only store of its data, and its replica ${nameList(replicaNodes.map((c) => c.name)).en} trails it asynchronously (Redis has no synchronous mode): the writes of the lag (${formatDuration(loss.rpo)}) are lost when it is lost, and nothing promotes the replica by itself. Fix: automatic failover (\`mode=sentinel replicas=3\`) shortens the outage, not the loss; for data that must not be lost at all, a database with synchronous replication, with Redis as its cache (\`WAIT\` narrows the window but is no guarantee).`,
      `원인: ${codeJosa(n.name, '은/는')} 이 데이터의 유일한 저장소이고, 복제본 ${nameList(replicaNodes.map((c) => c.name)).ko}${josa(nameList(replicaNodes.map((c) => c.name)).ko, '은/는').slice(-1)} 비동기로 뒤따릅니다(Redis에는 동기 모드가 없음). 이 노드를 잃으면 복제 지연(${koDuration(loss.rpo)}) 동안의 쓰기를 잃고, 복제본을 스스로 승격하는 것도 없습니다. 해결: 자동 페일오버(\`mode=sentinel replicas=3\`)는 중단을 줄일 뿐 손실은 줄이지 못합니다. 전혀 잃으면 안 되는 데이터라면 동기 복제하는 데이터베이스에 두고 Redis는 캐시로 쓰세요(\`WAIT\`는 창을 좁힐 뿐 보장은 아님).`,
    );
  if (!Number.isFinite(loss.rpo) || (sn.instances < 2 && !sn.takeovers.length) || bareCluster) {
    const backup = Number.isFinite(loss.rpo);
    // (A provider's Redis — Memorystore, ElastiCache, Azure Cache — promotes its own replica: its tier with one, not
    // Sentinels of the user's, which the contradiction rule rejects on a managed node; round 119 r03.)
    const fixEn = bareCluster && g!.type === 'cluster' ? `a replica for every shard (\`replicas=${g!.shards * 2}\`)` : sn.managed ? "the service's tier with a replica in another zone that it promotes by itself (`replicas=2` over two zones: Memorystore's Standard Tier, ElastiCache Multi-AZ, Azure Cache Standard)" : 'a replica with automatic failover (`mode=sentinel replicas=3`)';
    const fixKo = bareCluster && g!.type === 'cluster' ? `샤드마다 복제본(\`replicas=${g!.shards * 2}\`)` : sn.managed ? '다른 존의 복제본을 서비스가 스스로 승격하는 등급(두 존에 걸친 `replicas=2`: Memorystore Standard 등급, ElastiCache 다중 AZ, Azure Cache Standard)' : '자동 페일오버하는 복제본(`mode=sentinel replicas=3`)';
    return L(
      `Cause: \`${n.name}\` is a Redis ${bareCluster ? 'Cluster whose shards have no replica' : 'with no replica'}${backup ? '' : ' and no persistence'}, and the only store of its data: losing ${bareCluster ? 'a master' : 'it'} loses ${backup ? `the writes since its last snapshot (${formatDuration(loss.rpo)})` : 'all it holds'}. Fix: ${fixEn}${backup ? '' : ' and persistence (RDB snapshots `backup=1h`, or the append-only file)'}; for data that must not be lost at all, a database with synchronous replication, with Redis as its cache.`,
      `원인: \`${n.name}\` 노드는 ${bareCluster ? '샤드에 복제본이 없는 Redis Cluster' : `복제본${backup ? '이' : '도 영속화도'} 없는 Redis`}${bareCluster && !backup ? '이고 영속화도 없는데' : '인데'} 이 데이터의 유일한 저장소라, ${bareCluster ? '마스터를' : '이 노드를'} 잃으면 ${backup ? `마지막 스냅숏 이후의 쓰기(${koDuration(loss.rpo)})를` : '담고 있던 것을 모두'} 잃습니다. 해결: ${fixKo}${backup ? '을' : '과 영속화(RDB 스냅숏 `backup=1h`, 또는 AOF)를'} 두세요. 절대 잃으면 안 되는 데이터라면 동기 복제하는 데이터베이스에 두고 Redis는 그 캐시로 쓰세요.`,
    );
  }
  return redisAsyncAdvice(n.name);
}

const lossIndex = new WeakMap<Estimate, Map<string, LossImpact>>();
/** The estimate's loss of one node, by name (indexed once per estimate: the causes look up every placed node). */
function nodeLoss(est: Estimate, name: string): LossImpact | undefined {
  let m = lossIndex.get(est);
  if (!m) {
    m = new Map();
    for (const l of est.losses) if (l.target.type === 'node' && !m.has(l.target.node)) m.set(l.target.node, l);
    lossIndex.set(est, m);
  }
  return m.get(name);
}

/**
 * A loss whose recovery time is a stall (requests waiting, not failing: a commit waiting for a lost synchronous copy
 * until a timeout, I/O waiting for a lost replica to be dropped): what waits, and what shortens or removes the wait.
 */
function stallCause(f: Facts, stall: NonNullable<LossImpact['stall']>): Localized {
  const m = buildModel(f.design);
  const s = m.nodes[m.byName.get(stall.node) ?? -1];
  const sb = s ? m.nodes.find((x) => x.semiSyncFor === s.idx) : undefined;
  const n = `\`${stall.node}\``;
  const b = sb ? `\`${sb.name}\`` : '';
  const second = sb ? L(`a second synchronous copy, so that one answers while the other is lost (\`replicas=2\` on ${b})`, `동기 사본을 하나 더 두어 하나를 잃어도 다른 사본이 응답하게 하세요(${b}에 \`replicas=2\`)`) : null;
  const fix: Localized =
    sb?.semiSyncKind === 'patroni'
      ? L(`${second!.en}, with Patroni's \`synchronous_mode: quorum\` (commits wait for ANY 1 of them; \`synchronous_node_count: 2\` alone would wait for both), or a shorter \`ttl\` in Patroni's configuration (weighing failovers on a short DCS hiccup)`, `${second!.ko}. Patroni는 \`synchronous_mode: quorum\`으로 둘 중 하나만 기다리게 하세요(\`synchronous_node_count: 2\`만 쓰면 둘 다 기다립니다). 아니면 Patroni 설정의 \`ttl\`을 줄이세요(DCS가 잠깐 흔들릴 때의 페일오버와 저울질하세요)`)
      : sb?.semiSyncKind === 'pg-auto-failover'
        ? L(`${second!.en}: with two secondaries and number_sync_standbys 1, pg_auto_failover sets synchronous_standby_names to ANY 1 of them`, `${second!.ko}. 세컨더리가 둘이고 number_sync_standbys가 1이면 pg_auto_failover가 synchronous_standby_names를 둘 중 ANY 1로 둡니다`)
        : sb?.semiSyncKind === 'mysql'
          ? L(`${second!.en} (\`rpl_semi_sync_source_wait_for_replica_count\` stays 1: the other replica acknowledges), or a shorter \`rpl_semi_sync_source_timeout\``, `${second!.ko}(\`rpl_semi_sync_source_wait_for_replica_count\`는 1 그대로 두면 남은 레플리카가 확인합니다). 아니면 \`rpl_semi_sync_source_timeout\`을 줄이세요`)
          : sb?.semiSyncKind === 'oracle'
            ? L(`a shorter \`NET_TIMEOUT\` on the standby's \`LOG_ARCHIVE_DEST_n\` (weighing disconnects on a slow network)`, `스탠바이 \`LOG_ARCHIVE_DEST_n\`의 \`NET_TIMEOUT\`을 줄이세요(느린 네트워크에서 연결이 끊기는 것과 저울질하세요)`)
            : sb?.semiSyncKind === 'sqlserver'
              ? L(`a goal that allows the wait: the primary waits for every synchronous-commit secondary, so a second one does not shorten it, and Microsoft advises against a \`SESSION_TIMEOUT\` under 10 s (missed pings on a busy server read as failures)`, `그 기다림을 허용하도록 목표를 정하세요. 프라이머리는 동기 커밋 보조 복제본을 모두 기다리므로 하나를 더 두어도 줄지 않고, Microsoft는 \`SESSION_TIMEOUT\`을 10초 미만으로 두지 말라고 권합니다(바쁜 서버에서 놓친 ping을 장애로 오인합니다)`)
            : sb?.semiSyncKind === 'db2'
              ? L(`a shorter \`hadr_timeout\` (weighing disconnects on a slow network)`, `\`hadr_timeout\`을 줄이세요(느린 네트워크에서 연결이 끊기는 것과 저울질하세요)`)
              : s && s.group !== null && GALERA_ENGINES.has(engineOf(s.node))
                ? L(`a shorter \`evs.suspect_timeout\` (weighing false suspicions on a slow network)`, `\`evs.suspect_timeout\`을 줄이세요(느린 네트워크에서 멀쩡한 구성원을 의심하는 것과 저울질하세요)`)
                : s?.timings.profile.id === 'glusterfs'
                  ? L(`a shorter \`network.ping-timeout\` (the Gluster documentation warns that reconnecting is costly: weigh it)`, `\`network.ping-timeout\`을 줄이세요(Gluster 문서는 다시 연결하는 비용이 크다고 경고하니 저울질하세요)`)
                  : s?.timings.profile.id === 'ceph'
                    ? L(`a shorter \`osd_heartbeat_grace\` (weighing OSDs marked down on a busy network)`, `\`osd_heartbeat_grace\`를 줄이세요(바쁜 네트워크에서 멀쩡한 OSD가 down으로 표시되는 것과 저울질하세요)`)
                    : L(`a shorter timeout for deciding that the lost copy is gone (weighing false failovers), or a goal that allows the wait`, `잃은 사본을 포기하는 타임아웃을 줄이거나(잘못된 페일오버와 저울질하세요) 그 기다림을 허용하도록 목표를 정하세요`);
  const wait = formatDuration(stall.seconds);
  return L(
    `Cause: no request fails, but requests to ${n} wait ${wait}. ${stall.message.en.replace(/\.$/, '')}. The service is not back to normal until they go on. Fix: ${fix.en}.`,
    `원인: 실패하는 요청은 없지만 ${n}의 요청이 ${koDuration(stall.seconds)} 동안 기다립니다. ${stall.message.ko.replace(/\.$/, '')}. 기다림이 끝나야 서비스가 정상으로 돌아옵니다. 해결: ${fix.ko}.`,
  );
}
