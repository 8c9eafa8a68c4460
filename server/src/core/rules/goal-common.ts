import { durationAttr } from '../syntax/attrs';
import { parseRouteLabel } from '../model/request-graph';
import { holdsData } from './missing-replica';
import { queueMirrors } from '../model/replication';
import { placeCode } from '../analysis/simulation/labels';
import { codeJosa, josa } from '../shared/josa';
import type { Design, Finding, Localized, TopologyNode } from '../syntax/ast';
import { CODES, type HaRuleId } from '../syntax/codes';
import { formatDuration } from '../syntax/values';
import type { LossImpact } from './estimate-contract';
import { failoverMode, koDuration, L, nameList, standbysOf, type Facts } from './facts';
import { exactDuration } from '../shared/duration';
import { arbitersOf, arbitersOfShard, engineOf, NDB_ENGINES, GALERA_ENGINES, KAFKA_ENGINES, majorityOf, replicaSetMembers, replicaSets, rollsBack, tokenRanged, voterZones, votingType } from '../model/groups';
import { buildModel, globalClusterSecondary, recordStateCache, instanceCount, searchMasterTier, selfRunPostgres } from '../model/request-graph';
import { simulate } from '../analysis/simulation/simulate';
import { BIGTABLE_ENGINE, isAsyncRedis, isRedis, losslessMode } from '../model/replication';
import { backupInterval, backupsKeptOutside, oneZoneClass } from '../model/durability';
import { AZURE_STORAGE_ENGINES } from '../model/profiles/table';
import { awarenessHow, cephZonesShort, isCeph, shardCopiesOf, STREAMING_PG_ENGINES, unawareLostShare, zoneUnaware } from '../model/capacity';
import { failoverTimingsOf, PROFILES, timingsOf } from '../model/profiles';
import { regionsOf, runsOnlyIn } from '../syntax/places';
import { numberAttr, textAttr } from '../syntax/attrs';
import { apartFrom, clusterMembers } from './fixes';

/** `db`, zone `seoul-a`, region `seoul`. */
export function lossName(t: LossImpact['target']): Localized {
  switch (t.type) {
    case 'node':
      return L(`\`${t.node}\``, `\`${t.node}\``);
    case 'zone':
      return placeCode('zone', t.zone);
    case 'region':
      return placeCode('region', t.region);
  }
}

/** The entries the loss takes fully down; with a goal, only those that are not back within it (the ones that miss it). */
export function downList(loss: LossImpact, rto?: number): Localized {
  const late = rto === undefined ? loss.downEntries : loss.downEntries.filter((_, k) => { const r = loss.downRecovery[k]; return r === null || r === undefined || r > rto; });
  if (!late.length) return L('', '');
  // Fully down past the goal, or down for a while and then only partly served (a recovery site short of capacity).
  const until = (name: string): number | null | undefined => loss.downUntil?.[loss.downEntries.indexOf(name)];
  // (Also when the full outage itself outlasts the goal: "down" alone read as down for the whole run — round 57 r01.)
  const recovery = (name: string): number | null | undefined => loss.downRecovery[loss.downEntries.indexOf(name)];
  const partly = rto === undefined ? [] : late.filter((name) => { const u = until(name); const r = recovery(name); return u !== null && u !== undefined && (r === null || r === undefined || r > u); });
  const down = late.filter((name) => !partly.includes(name));
  const en: string[] = [];
  const ko: string[] = [];
  if (down.length) {
    const names = nameList(down);
    en.push(`${names.en} down`);
    ko.push(`${names.ko}의 요청 전부 실패`);
  }
  if (partly.length) {
    const names = nameList(partly);
    const u = partly.length === 1 ? until(partly[0]!) : null;
    en.push(u ? `${names.en} fully down for ${formatDuration(u)}, then only partly served` : `${names.en} only partly served after a full outage`);
    ko.push(u ? `${names.ko}의 요청이 ${koDuration(u)} 동안 전부 실패하고 그 뒤에도 일부만 처리됨` : `${names.ko}의 요청은 전면 중단 뒤에도 일부만 처리됨`);
  }
  return L(` (${en.join('; ')})`, `(${ko.join('; ')})`);
}

export function seconds(s: number | null, horizon: number, goal?: number): Localized {
  if (s === null) return L(`never, within the simulated ${formatDuration(horizon)}`, `시뮬레이션 기간(${koDuration(horizon)}) 안에 복구되지 않음`);
  // Just over the goal, where the usual rounding would print the goal itself ("1h against an rto of 1h"): every part.
  if (goal !== undefined && s > goal && formatDuration(s) === formatDuration(goal)) return exactDuration(s);
  return L(formatDuration(s), koDuration(s));
}


/** What would shorten the recovery from this loss. */
export function rtoAdvice(f: Facts, loss: LossImpact): Localized {
  const t = loss.target;
  if (t.type === 'node') {
    const sbs = standbysOf(f, t.node);
    const manual = sbs.find((s) => failoverMode(s, f.design) === 'manual');
    if (manual) return L(`Let \`${manual.name}\` take over automatically (\`failover=auto\`).`, `\`${manual.name}\` 노드가 자동으로 넘겨받도록 하세요(\`failover=auto\`).`);
    if (sbs.length) return L(`Detect and promote faster: a shorter \`heartbeat=\` or \`promote=\` on \`${sbs[0]!.name}\`.`, `더 빨리 감지하고 승격하세요: \`${sbs[0]!.name}\`의 \`heartbeat=\`나 \`promote=\`를 줄이세요.`);
    // A look-aside cache (its reads fall back to a database): what keeps the service short is that database's capacity for
    // the reads of a cold cache, not a copy of the cache — Memcached keeps none, and a replaced node comes back empty
    // (round 125 r01 advised `failover=auto` for a Memcached tier; cache-loss-overload says the fix).
    {
      const m = buildModel(f.design);
      const ci = m.byName.get(t.node);
      const fbs = ci === undefined ? undefined : m.fallbackOf.get(ci);
      const short = fbs?.map((x) => m.nodes[x]!).filter((x) => x.capacity !== null);
      if (short && short.length) {
        const names = short.map((x) => `\`${x.name}\``).join(', ');
        return L(
          `\`${t.node}\` is a cache in front of ${names}: losing it sends its reads there until it is back and warm again, and ${short.length > 1 ? 'they cannot' : 'it cannot'} carry them (cache-loss-overload). Give ${names} the capacity for the reads of a cold cache, or spread the cache over more nodes and zones so a loss empties a smaller share of it.`,
          `\`${t.node}\` 노드는 ${names} 앞의 캐시입니다. 잃으면 다시 돌아와 채워질 때까지 읽기가 그쪽으로 가는데 감당하지 못합니다(cache-loss-overload). 빈 캐시의 읽기를 감당할 처리 용량을 ${names}에 두거나, 캐시를 더 많은 노드와 존에 나누어 한 번의 장애로 비는 몫을 줄이세요.`,
        );
      }
    }
    // (It has several instances already and all of them are lost — a managed service's whole outage: what helps is a copy
    // elsewhere, not the replicas it has; round 99c r03.)
    const n = f.design.nodes.get(t.node);
    if (n && instanceCount(n) >= 2)
      return L(
        `\`${t.node}\` already runs ${instanceCount(n)} instances, lost together here: keep a copy that does not fail with them — in another zone or region, taking over automatically (\`failover=auto\`) — or shorten its repair.`,
        `\`${t.node}\` 노드는 이미 인스턴스 ${instanceCount(n)}개를 두었지만 여기서는 함께 잃습니다. 함께 멈추지 않는 사본을 다른 존이나 리전에 두고 자동으로 넘겨받게 하거나(\`failover=auto\`), 복구 시간을 줄이세요.`,
      );
    return L(`Give \`${t.node}\` something that takes over: 2+ replicas or a standby with \`failover=auto\`.`, `\`${t.node}\` 노드를 대신할 수 있게 하세요: 복제본 2개 이상이나 \`failover=auto\` 대기 노드.`);
  }
  if (t.type === 'zone') {
    // A node placed only there, with no standby elsewhere to take over for it.
    const elsewhere = (n: { zones: string[] }): boolean => n.zones.some((z) => z !== t.zone);
    const onlyHere = [...f.design.nodes.values()].filter((n) => n.zones.length > 0 && !elsewhere(n) && !standbysOf(f, n.name).some(elsewhere));
    // A read copy that lives only there, read at its own address: its reads fail until it is rebuilt (nothing moves them).
    const reader = onlyHere.find((n) => n.of !== null && (n.role === 'replica' || (n.role === 'standby' && n.attrs.has('readable'))) && f.design.edges.some((e) => e.to === n.name));
    if (reader)
      return L(
        `\`${reader.name}\` lives only in zone \`${t.zone}\`, and the reads sent to its own address fail until it is rebuilt: nothing moves them to \`${reader.of}\` or another copy. Read through something that falls back (a database proxy with health checks, or a reader endpoint), and keep a copy in another zone.`,
        `\`${reader.name}\` 노드는 ${placeCode('zone', t.zone).ko}에만 있고, 그 주소로 직접 보내는 읽기는 다시 만들어질 때까지 실패합니다. \`${reader.of}\` 노드나 다른 사본으로 읽기를 넘겨 주는 것이 없습니다. 장애 때 넘겨 주는 곳(헬스 체크하는 DB 프록시, 또는 읽기 엔드포인트)을 거쳐 읽고, 다른 존에도 사본을 두세요.`,
      );
    if (onlyHere.length) return L(`Spread what lives only in zone \`${t.zone}\` over another zone.`, `${placeCode('zone', t.zone).ko}에만 있는 것들을 다른 존에도 나누어 두세요.`);
    // Nothing lives only there, and the run routes around the zone's instances by the recovery time: that routing is the
    // cause — the other zones take over, later than the goal allows (round 53b r03: a Kubernetes node NotReady after 50 s).
    if (loss.rto !== null && Number.isFinite(loss.rto)) {
      const run = simulate(f.design, [{ type: 'fail', target: t, at: 0 }]);
      const last = run.events.filter((e) => e.type === 'routed-around' && e.at > 0 && e.at <= loss.rto! + 1e-9).pop();
      if (last && Math.abs(last.at - loss.rto) < 1e-6)
        return L(
          `In the run the other zones' instances do take over, once the lost ones are out of rotation: ${last.message.en} That takes longer than the goal allows: a faster way out of rotation (the balancer's own checks on the instances, with a shorter \`interval=\` × \`failures=\`) shortens it.`,
          `실행해 보면 다른 존의 인스턴스가 넘겨받기는 하지만, 잃은 인스턴스가 로테이션에서 빠진 뒤입니다: ${last.message.ko} 그 시간이 목표보다 깁니다. 로테이션에서 더 빨리 빼면(로드밸런서가 인스턴스를 직접 체크하고 \`interval=\` × \`failures=\`를 줄이기) 줄어듭니다.`,
        );
    }
    // Nothing lives only there: the zone's share of something is what does not come back.
    return L(
      `Simulate the loss (\`fail zone:${t.zone}\`) to see which node does not come back: its instances in the other zones do not take its requests over.`,
      `이 장애를 시뮬레이션해(\`fail zone:${t.zone}\`) 돌아오지 않는 노드를 확인하세요. 다른 존의 인스턴스가 그 노드의 요청을 넘겨받지 못하고 있습니다.`,
    );
  }
  // A read copy that lives only in the lost region, read at its own address (a failover group's readable secondary behind
  // its read-only listener): its readers' reads fail until the region is back — no other copy takes them, however the
  // traffic is routed; reading through something that falls back to the primary is the fix (round 66b r04).
  {
    const inRegion = (n: TopologyNode) => {
      const rs = regionsOf(f.design, n);
      return rs.length > 0 && rs.every((r) => r === t.region);
    };
    const reader = [...f.design.nodes.values()].find((n) => n.of !== null && (n.role === 'replica' || (n.role === 'standby' && n.attrs.has('readable'))) && inRegion(n) && f.design.edges.some((e) => e.to === n.name && !inRegion(f.design.nodes.get(e.from) ?? n)));
    if (reader)
      return L(
        `\`${reader.name}\` lives only in region \`${t.region}\`, and the reads sent to its own address from outside it fail until the region is back: nothing moves them to \`${reader.of}\` or another copy. Read through something that falls back to the primary when the readable copy is lost (a read-only listener with a fallback, a database proxy with health checks), or keep a readable copy in each region.`,
        `\`${reader.name}\` 노드는 ${placeCode('region', t.region).ko}에만 있는데, 그 밖에서 이 주소로 직접 보내는 읽기는 리전이 돌아올 때까지 실패합니다. \`${reader.of}\` 노드나 다른 사본으로 읽기를 넘겨 주는 것이 없습니다. 읽기 사본을 잃으면 프라이머리로 넘겨 주는 곳(넘김이 있는 읽기 전용 리스너, 헬스 체크하는 DB 프록시)을 거쳐 읽거나, 리전마다 읽기 사본을 두세요.`,
      );
  }
  // A data node that lives only in the lost region and whose only copies outside it are read replicas:
  // a replica is never promoted, so its writes do not come back however the traffic is routed.
  for (const n of f.design.nodes.values()) {
    if (n.role === 'replica' || n.role === 'standby') continue;
    const rs = regionsOf(f.design, n);
    if (!rs.length || rs.some((r) => r !== t.region)) continue;
    const outside = (f.copies.get(n.name) ?? []).filter((c) => {
      const cr = regionsOf(f.design, c);
      return cr.length > 0 && !cr.includes(t.region);
    });
    if (!outside.length || outside.some((c) => c.role !== 'replica')) continue;
    const r = outside[0]!;
    return L(
      `\`${n.name}\` has only a read replica outside region \`${t.region}\` (\`${r.name}\`), and a replica is never promoted: what needs \`${n.name}\` (its writes) does not come back. Make \`${r.name}\` a standby that also serves reads (\`standby of=${n.name} readable\`, with \`failover=\`).`,
      `\`${n.name}\` 노드는 ${placeCode('region', t.region).ko} 밖에 읽기 복제본(\`${r.name}\`)만 있는데, 복제본은 승격되지 않으므로 \`${n.name}\` 노드가 필요한 요청(쓰기)은 돌아오지 않습니다. \`${r.name}\` 노드를 읽기도 처리하는 대기 노드로 바꾸세요(\`standby of=${n.name} readable\`, \`failover=\` 지정).`,
    );
  }
  // A balancer outside the region that spreads over a pool in it and a pool elsewhere, with nothing to take the lost one
  // out (no health check; serverless NEGs with no outlier detection): the other region is there, the requests are not
  // moved to it (round 62b r06: the advice proposed the second region the design has).
  const m = buildModel(f.design);
  const only = (n: TopologyNode) => {
    const rs = regionsOf(f.design, n);
    return rs.length > 0 && rs.every((r) => r === t.region);
  };
  for (const s of m.nodes) {
    if (s.or !== 'lb' || s.lbDetect !== null || s.client || only(s.node)) continue;
    const callees = s.callees.map((c) => m.nodes[c]!.node);
    const here = callees.filter(only);
    const there = callees.filter((c) => regionsOf(f.design, c).length > 0 && !regionsOf(f.design, c).includes(t.region));
    if (!here.length || !there.length) continue;
    const a = nameList(here.map((c) => c.name));
    const b = nameList(there.map((c) => c.name));
    return s.serverlessNeg
      ? L(
          `\`${s.name}\` keeps sending ${a.en}'s share of its requests into region \`${t.region}\`: it reaches its backends through serverless NEGs, which take no health check, and no outlier detection moves them to ${b.en} in another region. Configure outlier detection on the backend service (or Cloud Run service health) and write \`health-check\` on \`${s.name}\`.`,
          `${codeJosa(s.name, '은/는')} ${a.ko} 몫의 요청을 ${placeCode('region', t.region, '으로/로').ko} 계속 보냅니다. 서버리스 NEG로 백엔드에 닿아 헬스 체크가 없고, 다른 리전의 ${b.ko} 노드로 옮겨 줄 이상치 감지도 없습니다. 백엔드 서비스에 이상치 감지(또는 Cloud Run 서비스 상태)를 설정하고 \`${s.name}\`에 \`health-check\`를 적으세요.`,
        )
      : L(
          `\`${s.name}\` keeps sending ${a.en}'s share of its requests into region \`${t.region}\`: it has no health check, so nothing moves them to ${b.en} in another region. Give \`${s.name}\` a health check (\`health-check\`).`,
          `${codeJosa(s.name, '은/는')} ${a.ko} 몫의 요청을 ${placeCode('region', t.region, '으로/로').ko} 계속 보냅니다. 헬스 체크가 없어 다른 리전의 ${b.ko} 노드로 옮겨 주는 것이 없습니다. \`${s.name}\`에 헬스 체크를 두세요(\`health-check\`).`,
        );
  }
  return L(
    `Keep a standby copy in another region and route to it with \`dns routing=failover\` (a short \`ttl=\` speeds the switch).`,
    `다른 리전에 대기 사본을 두고 \`dns routing=failover\`로 그쪽으로 넘기세요(\`ttl=\`이 짧을수록 빨리 넘어갑니다).`,
  );
}

/** How far copy `c` of `source` trails it: `lag=` as written, 0 when synchronous, else its product's lag (EFS: 15 min) or the generic one. */
function lagTiming(c: TopologyNode, source: TopologyNode): { seconds: number; product: string | null } {
  const r = c.attrs.get('replication')?.value;
  // Synchronous, DRBD and semi-synchronous (lossless AFTER_SYNC: a commit waits for the replica's receipt) keep every
  // acknowledged write on the copy.
  if (c.attrs.get('lag')?.value?.type !== 'duration' && r && r.type === 'text' && (r.value === 'sync' || r.value === 'drbd' || r.value === 'semi-sync')) return { seconds: 0, product: null };
  const lag = failoverTimingsOf(c, source).lag;
  // A provider's storage replication (Azure GRS, S3 or Cloud Storage replication) trails by what it trails, whatever
  // lag= the note writes: no setting shortens it (round 69 r07: "keep it less than 5m behind" for GRS).
  // (Only a copy of the provider's own storage: a NAS copied to a bucket by a sync job trails by what the job's schedule
  // says — round 98 r01 was told "no setting makes it trail by less".)
  // (A copy written with no engine is its source's product: `blob-grs: storage of=blob` — round 120 r06 named it "managed
  // (generic)".)
  const store = c.kind === 'storage' ? STORE_REPLICATION[(textAttr(c, 'engine') ?? textAttr(source, 'engine') ?? '').toLowerCase()] : undefined;
  if (store && STORE_REPLICATION[(textAttr(source, 'engine') ?? '').toLowerCase()] !== undefined) return { seconds: lag.value, product: store };
  return { seconds: lag.value, product: lag.attr === null && lag.profile !== 'generic' && lag.profile !== 'generic-managed' ? PROFILES[lag.profile].label : null };
}

/** Provider storage whose copy in another place is the provider's own asynchronous replication, by engine. */
const STORE_REPLICATION: Record<string, string> = {
  s3: 'Amazon S3',
  efs: 'Amazon EFS',
  'azure-blob': 'Azure Storage',
  'blob-storage': 'Azure Storage',
  'azure-files': 'Azure Storage',
  gcs: 'Cloud Storage',
  'cloud-storage': 'Cloud Storage',
};
const lagOf = (c: TopologyNode, source: TopologyNode): number => lagTiming(c, source).seconds;


/** How to make a copy keep every acknowledged write, in the product's own terms. */
function losslessAdvice(source: TopologyNode, copy: string, design?: Design): Localized {
  // Vault Enterprise replication (DR and performance secondaries) is asynchronous only, and HashiCorp keeps one Raft cluster
  // inside a region (its reference architecture): no synchronous copy to turn on across regions (round 108b r03).
  if (/^(vault|openbao)$/.test(engineOf(source)))
    return L(
      `Vault replicates to \`${copy}\` asynchronously only (Vault Enterprise replication has no synchronous mode), and its Raft cluster is meant to stay in one region: rpo=0 across regions is not reachable with it — what the DR secondary lacks when the region is lost is its replication lag. Accept that lag for a region's loss (an \`rpo\` that allows it), and keep the Raft voters over three zones of the region.`,
      `Vault는 ${codeJosa(copy, '으로/로')} 비동기로만 복제하며(Vault Enterprise 복제에는 동기 모드가 없음) Raft 클러스터는 한 리전 안에 두는 것이 전제입니다. 리전 사이에서 rpo=0은 이룰 수 없고, 리전을 잃을 때 DR 보조 클러스터에 없는 것은 복제 지연만큼입니다. 리전 장애에는 그 지연을 받아들이는 \`rpo\`를 두고, Raft 투표 구성원은 그 리전의 세 존에 나누세요.`,
    );
  // Azure Cosmos DB: strong consistency (no write lost with a region) is for an account with one write region only.
  if (timingsOf(source).profile.id === 'azure-cosmos-db')
    return L(
      `Azure Cosmos DB replicates synchronously only with a single write region and strong consistency — not with several write regions: for rpo=0, write in one region (\`${copy}\` as its \`standby\`, strong consistency), or accept the lag for this data.`,
      `Azure Cosmos DB는 쓰기 리전이 하나이고 강한 일관성일 때만 동기로 복제합니다. 쓰기 리전이 여럿이면 할 수 없습니다. rpo=0이 필요하면 한 리전에서만 쓰고(${codeJosa(copy, '을/를')} \`standby\`로, 강한 일관성) 아니면 이 데이터는 지연만큼의 손실을 받아들이세요.`,
    );
  // An Aurora (or DocumentDB) global database's secondary in another region: storage-based replication, asynchronous
  // only — typically under a second behind (Aurora User Guide, "Using Amazon Aurora Global Database"); round 97b r13 was
  // told `replication=sync`.
  const copyNode0 = design?.nodes.get(copy);
  if (copyNode0 && design && globalClusterSecondary(copyNode0, design))
    return L(
      `\`${copy}\` is a secondary region of a global database, which replicates asynchronously only (typically under a second behind) — \`replication=sync\` cannot be set: for rpo=0 across regions keep the data this goal covers in a store that commits in several regions (Aurora DSQL, Spanner, CockroachDB), or accept the replication lag for a region's loss (rpo of a few seconds).`,
      `${codeJosa(copy, '은/는')} 글로벌 데이터베이스의 보조 리전이라 비동기로만 복제됩니다(보통 1초 미만 뒤처짐). \`replication=sync\`로 만들 수 없습니다. 리전을 넘어 rpo=0이 필요하면 여러 리전에 커밋하는 저장소(Aurora DSQL, Spanner, CockroachDB)에 그 데이터를 두거나, 리전 장애 때는 복제 지연만큼의 손실을 받아들이세요(rpo 몇 초).`,
    );
  // MySQL InnoDB ClusterSet: the replication channel between its clusters is asynchronous only; a single InnoDB Cluster
  // stretched over the sites is the documented answer for no loss (MySQL Shell, "InnoDB ClusterSet Limitations"; round 69 r07).
  if (/^(innodb-cluster|group-replication|mysql-gr|mysql-group-replication)$/i.test(textAttr(source, 'engine') ?? '') && design?.nodes.get(copy)?.of === source.name)
    return L(
      `\`${copy}\` is another InnoDB Cluster of an InnoDB ClusterSet, whose replication between clusters is asynchronous only — \`replication=sync\` cannot be set: for rpo=0 across the sites run one InnoDB Cluster whose members are spread over them (Group Replication commits on a majority), or accept the channel's lag for a site's loss.`,
      `${codeJosa(copy, '은/는')} InnoDB ClusterSet의 다른 InnoDB Cluster이고, 클러스터 사이의 복제는 비동기만 됩니다. \`replication=sync\`로 만들 수 없습니다. 사이트를 넘어 rpo=0이 필요하면 구성원을 여러 사이트에 나눈 InnoDB Cluster 하나로 운영하거나(Group Replication은 과반에 커밋), 사이트 장애 때는 채널의 지연만큼의 손실을 받아들이세요.`,
    );
  // Couchbase's cross-cluster replication (XDCR) is asynchronous only; a write's durability (`majority`) covers the
  // cluster's own nodes, not the other cluster (round 100 r01 was told to write replication=sync to its XDCR copy).
  if (/^couchbase/i.test(textAttr(source, 'engine') ?? '') && design?.nodes.get(copy)?.of === source.name)
    return L(
      `\`${copy}\` is fed by XDCR, which replicates between clusters asynchronously only — \`replication=sync\` cannot be set: a write with a durability level (\`majority\`) is safe on the cluster's own nodes, so spread those over places that fail apart (server groups in three zones), and accept XDCR's lag for the loss of the whole site.`,
      `${codeJosa(copy, '은/는')} XDCR로 복제되는데, 클러스터 사이의 XDCR은 비동기만 됩니다. \`replication=sync\`로 만들 수 없습니다. 내구성 수준(\`majority\`)을 준 쓰기는 클러스터 자체 노드에서 안전하므로 그 노드를 따로 장애 나는 곳에 나누고(세 존의 서버 그룹), 사이트 전체를 잃을 때는 XDCR의 지연만큼의 손실을 받아들이세요.`,
    );
  // Redis replicates asynchronously only (WAIT narrows the window, a failover can still lose acknowledged writes): no
  // mode to write — the data that must not be lost belongs in a database (redis-sync-replication says so too).
  if (isRedis(source))
    return L(
      `Redis replicates to \`${copy}\` asynchronously only — \`WAIT\` narrows the window, but a failover can still lose acknowledged writes: keep the data that must not be lost in a database with a synchronous copy, or accept the lag for this data.`,
      `Redis는 ${codeJosa(copy, '으로/로')} 비동기로만 복제합니다. \`WAIT\`로 구간을 줄일 수는 있어도 페일오버 때 커밋된 쓰기를 잃을 수 있습니다. 잃으면 안 되는 데이터는 동기 사본이 있는 데이터베이스에 두거나, 이 데이터는 지연만큼의 손실을 받아들이세요.`,
    );
  // Db2 HADR with several standbys: only the principal standby takes any synchronization mode; an auxiliary one is
  // always SUPERASYNC (IBM Db2 docs, "HADR multiple standby databases") — round 41.
  if (design && /^db2/i.test(textAttr(source, 'engine') ?? '')) {
    const standbys = [...design.nodes.values()].filter((x) => x.role === 'standby' && x.of === source.name);
    if (standbys.length > 1)
      return L(
        `\`${copy}\` is an auxiliary Db2 HADR standby (the primary has ${standbys.length} standbys; only the principal — the first of \`hadr_target_list\` — takes SYNC or NEARSYNC): auxiliary standbys are always SUPERASYNC, so \`replication=sync\` cannot be set. For rpo=0 across sites make the far standby the principal one (and the near one auxiliary), or keep the far copy's lag as the loss of a site.`,
        `${codeJosa(copy, '은/는')} Db2 HADR의 보조(auxiliary) 대기입니다(대기 ${standbys.length}개 중 SYNC·NEARSYNC를 쓸 수 있는 것은 \`hadr_target_list\`의 첫 번째인 주(principal) 대기뿐). 보조 대기는 항상 SUPERASYNC라 \`replication=sync\`로 만들 수 없습니다. 사이트를 넘어 rpo=0이 필요하면 먼 쪽 대기를 주 대기로 두거나(가까운 쪽을 보조로), 사이트 장애 때는 먼 쪽 사본의 지연만큼을 손실로 받아들이세요.`,
      );
  }
  // Cloud SQL: its cross-region read replicas are asynchronous only; its regional HA copy is synchronous but stays in
  // the region (round 40b).
  if (/^cloud-?sql/i.test(textAttr(source, 'engine') ?? ''))
    return L(
      `A Cloud SQL cross-region replica such as \`${copy}\` replicates asynchronously only (the synchronous copy of a regional instance stays in its region): for rpo=0 across regions keep the data in a store that commits in two regions (Spanner multi-region), or accept the replica's lag for this data.`,
      `${codeJosa(copy, '와/과')} 같은 Cloud SQL 리전 간 복제본은 비동기로만 복제됩니다(리전 HA의 동기 사본은 같은 리전 안에 있습니다). 리전을 넘어 rpo=0이 필요하면 두 리전에 커밋하는 저장소(Spanner 멀티 리전)에 두거나, 이 데이터는 복제본의 지연만큼의 손실을 받아들이세요.`,
    );
  // Azure SQL Database: active geo-replication (what failover groups use) is asynchronous only; an application can make a
  // transaction wait for the geo-secondary by calling sys.sp_wait_for_database_copy_sync after committing (Microsoft,
  // "sp_wait_for_database_copy_sync"; round 73b r02: the advice said replication=sync).
  if (timingsOf(source).profile.id === 'azure-sql' && design?.nodes.get(copy)?.of === source.name)
    return L(
      `Azure SQL's geo-replication to \`${copy}\` (an active geo-secondary, what failover groups use) is asynchronous only — \`replication=sync\` cannot be set: for rpo=0 across regions the application must wait for the copy after the transactions that must not be lost (\`sys.sp_wait_for_database_copy_sync\` on the primary), or accept the geo-secondary's lag for this data.`,
      `Azure SQL이 \`${copy}\`에 하는 지역 복제(활성 지역 복제, 장애 조치 그룹이 쓰는 방식)는 비동기만 됩니다. \`replication=sync\`로 만들 수 없습니다. 리전을 넘어 rpo=0이 필요하면 잃으면 안 되는 트랜잭션 뒤에 애플리케이션이 사본을 기다리게 하거나(기본 데이터베이스에서 \`sys.sp_wait_for_database_copy_sync\` 호출), 이 데이터는 지역 보조 데이터베이스의 지연만큼의 손실을 받아들이세요.`,
    );
  // DynamoDB global tables: replicated asynchronously by default (multi-Region eventual consistency); the synchronous mode,
  // multi-Region strong consistency, needs three replicas or two and a witness Region in one Region set (AWS CloudFormation,
  // AWS::DynamoDB::GlobalTable GlobalTableWitness; round 81b r05: replication=sync was advised between two Regions).
  if (timingsOf(source).profile.id === 'aws-dynamodb' && design?.nodes.get(copy) && timingsOf(design.nodes.get(copy)!).profile.id === 'aws-dynamodb')
    return L(
      `A DynamoDB global table replicates to \`${copy}\` asynchronously by default (multi-Region eventual consistency). For rpo=0 across Regions create it in multi-Region strong consistency mode (MRSC), which confirms a write once another Region has it: that needs three replicas, or two and a witness Region, all in one Region set (Seoul, Tokyo and Osaka form one) — written \`replication=sync\` on \`${copy}\`. Otherwise accept the replication lag for this data.`,
      `DynamoDB 글로벌 테이블은 기본적으로 \`${copy}\`에 비동기로 복제합니다(다중 리전 최종 일관성). 리전을 넘어 rpo=0이 필요하면 다중 리전 강한 일관성 모드(MRSC)로 만드세요. 다른 리전이 받은 뒤에 쓰기를 확인합니다. 이 모드는 복제본 3개, 또는 복제본 2개와 증인(witness) 리전 하나가 같은 리전 세트에 있어야 합니다(서울·도쿄·오사카가 한 세트). \`${copy}\`에 \`replication=sync\`로 표기합니다. 아니면 이 데이터는 복제 지연만큼의 손실을 받아들이세요.`,
    );
  // Bigtable: replication between the clusters of an instance is eventually consistent only (bigtable-replication;
  // round 80b r05).
  if (BIGTABLE_ENGINE.test(textAttr(source, 'engine') ?? ''))
    return L(
      `Bigtable replicates between its clusters such as \`${copy}\` asynchronously only (eventually consistent) — \`replication=sync\` cannot be set: for rpo=0 across zones or regions keep the data in a store that commits in several places (Spanner), or accept the replication's lag for this data.`,
      `Bigtable은 ${codeJosa(copy, '와/과')} 같은 클러스터 사이에 비동기로만 복제합니다(최종 일관성). \`replication=sync\`로 만들 수 없습니다. 존이나 리전을 넘어 rpo=0이 필요하면 여러 곳에 커밋하는 저장소(Spanner)에 두거나, 이 데이터는 복제 지연만큼의 손실을 받아들이세요.`,
    );
  // AlloyDB: a secondary cluster in another region replicates asynchronously only (round 70 r04).
  if (/^alloydb$/i.test(textAttr(source, 'engine') ?? ''))
    return L(
      `An AlloyDB secondary cluster such as \`${copy}\` replicates from the primary cluster asynchronously only (its synchronous copies are the primary's own standby nodes, in its region): for rpo=0 across regions keep the data in a store that commits in two regions (Spanner multi-region), or accept the secondary's lag for this data.`,
      `${codeJosa(copy, '와/과')} 같은 AlloyDB 보조 클러스터는 기본 클러스터에서 비동기로만 복제됩니다(동기 사본은 같은 리전에 있는 기본 클러스터의 대기 노드입니다). 리전을 넘어 rpo=0이 필요하면 두 리전에 커밋하는 저장소(Spanner 멀티 리전)에 두거나, 이 데이터는 보조 클러스터의 지연만큼의 손실을 받아들이세요.`,
    );
  // RDS (not Multi-AZ): its read replicas are asynchronous only; the synchronous copy is a Multi-AZ deployment (round 37).
  if (/^rds(-single-az)?$/i.test(textAttr(source, 'engine') ?? ''))
    return L(
      `An RDS read replica such as \`${copy}\` replicates asynchronously only: for rpo=0 make \`${source.name}\` a Multi-AZ deployment (\`engine=rds-multi-az\`), whose standby in another zone is written synchronously and promoted by RDS.`,
      `${codeJosa(copy, '와/과')} 같은 RDS 읽기 전용 복제본은 비동기로만 복제됩니다. rpo=0이 필요하면 ${codeJosa(source.name, '을/를')} 다중 AZ 배포로 바꾸세요(\`engine=rds-multi-az\`). 다른 존의 대기 인스턴스에 동기로 기록하고 RDS가 승격합니다.`,
    );
  // A self-run PostgreSQL stops every commit while its only synchronous standby is down (single-point-of-failure says so):
  // two synchronous standbys, ANY 1, or a manager that drops to asynchronous (round 55 r01).
  const copyNode = design?.nodes.get(copy);
  if (selfRunPostgres(source) && copyNode && !copyNode.managed && !/^(patroni|pg[-_]?auto[-_]?failover|pg[-_]?autoctl)$/i.test(textAttr(copyNode, 'engine') ?? '') && instanceCount(copyNode) < 2)
    return L(
      `Replicate to \`${copy}\` synchronously, with two synchronous standbys (\`replicas=2\` on \`${copy}\`: \`synchronous_standby_names = 'ANY 1 (…)'\`) — PostgreSQL stops every commit while its only synchronous standby is down — or under a manager that drops to asynchronous while it is gone (Patroni's synchronous_mode, \`engine=patroni\`).`,
      `${codeJosa(copy, '으로/로')} 동기 복제하되 동기 대기 노드를 둘로 두세요(\`${copy}\`에 \`replicas=2\`: \`synchronous_standby_names = 'ANY 1 (…)'\`). PostgreSQL은 유일한 동기 대기 노드가 멈춰 있는 동안 모든 커밋을 멈춥니다. 아니면 대기 노드가 없는 동안 비동기로 내려가게 하는 관리자를 쓰세요(Patroni의 synchronous_mode, \`engine=patroni\`).`,
    );
  if (losslessMode(source) === 'semi-sync')
    return isMariaDb(source)
      ? L(
          `Make the replication to \`${copy}\` semi-synchronous (\`replication=semi-sync\`: MariaDB's built-in semi-synchronous replication with \`rpl_semi_sync_master_wait_point=AFTER_SYNC\` — its default, AFTER_COMMIT, lets other sessions see a commit the replica may not have), or run a Galera cluster, MariaDB's synchronous replication, for rpo=0 without exceptions.`,
          `${codeJosa(copy, '으로/로')} 가는 복제를 반동기로 바꾸세요(\`replication=semi-sync\`: MariaDB에 내장된 반동기 복제를 \`rpl_semi_sync_master_wait_point=AFTER_SYNC\`로. 기본값 AFTER_COMMIT에서는 레플리카가 받지 못했을 수도 있는 커밋을 다른 세션이 먼저 봅니다). 예외 없이 rpo=0이어야 한다면 MariaDB의 동기 복제인 Galera 클러스터를 쓰세요.`,
        )
      : L(
          `Make the replication to \`${copy}\` semi-synchronous (\`replication=semi-sync\`: MySQL's lossless AFTER_SYNC, which commits only once the replica has the transaction; MySQL has no synchronous mode), or run a Group Replication cluster for rpo=0 without exceptions.`,
          `${codeJosa(copy, '으로/로')} 가는 복제를 반동기로 바꾸세요(\`replication=semi-sync\`: 레플리카가 트랜잭션을 받은 뒤에야 커밋하는 MySQL의 무손실 AFTER_SYNC 방식이며, MySQL에는 동기 모드가 없습니다). 예외 없이 rpo=0이어야 한다면 Group Replication 클러스터를 쓰세요.`,
        );
  return L(`Replicate to \`${copy}\` synchronously (\`replication=sync\`): a write is confirmed only once the copy has it.`, `${codeJosa(copy, '으로/로')} 동기 복제하세요(\`replication=sync\`). 사본이 받은 뒤에만 쓰기를 커밋합니다.`);
}

/** MariaDB (self-run): semi-synchronous built in since 10.3.3, AFTER_COMMIT by default; Galera for synchronous. */
function isMariaDb(n: TopologyNode): boolean {
  return /^mariadb/i.test(textAttr(n, 'engine') ?? '');
}

/** What would lose fewer writes in this loss. */
export function rpoAdvice(f: Facts, loss: LossImpact, goal = 0): Localized {
  const t = loss.target;
  if (t.type === 'node') {
    const copies = f.copies.get(t.node) ?? [];
    // No live copy: what its backups allow is the loss; a backup often enough meets an rpo above zero.
    const n0 = f.design.nodes.get(t.node);
    // A consumer whose queue deletes the waiting messages past its retention while it is down (round 79c r01): the
    // writes lost are the queue's expired messages — another consumer instance, or a retention that outlasts its repair.
    if (n0 && (n0.kind === 'service' || n0.kind === 'app-server' || n0.kind === 'web-server')) {
      const q = f.design.edges.map((e) => (e.to === t.node ? f.design.nodes.get(e.from) : undefined)).find((x) => x && x.kind === 'queue' && x.attrs.has('retention'));
      if (q) {
        const rs = durationAttr(q, 'retention');
        const ret = rs === null ? '' : formatDuration(rs);
        return L(
          `While \`${t.node}\` is down nothing consumes \`${q.name}\`, which deletes the messages waiting longer than its retention (\`retention=${ret}\`) — accepted from their producers, then lost. Run a second instance of \`${t.node}\` in another place (\`replicas=2\`), or keep the messages longer than \`${t.node}\` can be down (a retention above its repair time).`,
          `${codeJosa(t.node, '이/가')} 멈춘 동안 \`${q.name}\`의 메시지를 소비하는 곳이 없어, 보존 기간(\`retention=${ret}\`)보다 오래 기다린 메시지가 삭제됩니다. 프로듀서에게 수신을 확인해 준 메시지를 잃는 것입니다. 다른 장소에 \`${t.node}\` 인스턴스를 하나 더 두거나(\`replicas=2\`), 메시지를 ${codeJosa(t.node, '이/가')} 멈춰 있을 수 있는 시간보다 오래 보관하세요(복구 시간보다 긴 보존 기간).`,
        );
      }
    }
    // A database's disk (`db -> disk`) with no copy of its own, under a database that has copies elsewhere: the writes
    // lost are the database's replication lag to them — the advice is the database's (make its standby synchronous), not a
    // copy of the array (round 66c r03: TAS given a synchronous copy while the TSC standby was asynchronous).
    if (n0 && n0.kind === 'storage' && !copies.length) {
      const db = f.design.edges.map((e) => (e.to === t.node ? f.design.nodes.get(e.from) : undefined)).find((c) => c && c.kind === 'database' && (f.copies.get(c.name) ?? []).length > 0);
      if (db) {
        const inner = rpoAdvice(f, { ...loss, target: { type: 'node', node: db.name } }, goal);
        return L(`\`${t.node}\` holds \`${db.name}\`'s data, so what its loss costs is what \`${db.name}\`'s copies lack. ${inner.en}`, `\`${t.node}\`에는 \`${db.name}\`의 데이터가 있어, 잃으면 \`${db.name}\`의 사본에 없는 만큼을 잃습니다. ${inner.ko}`);
      }
    }
    const every = n0 ? backupInterval(n0) : null;
    if (n0 && !copies.length && goal > 0) {
      const want = formatDuration(goal);
      // Backups taken, but lost with it (kept on the node itself, or where it was lost): where they are kept is the fix,
      // not how often they are taken (round 44: `backup=1h` advised to a node with backup=1h backup-to=itself).
      if (every !== null && !Number.isFinite(loss.rpo)) {
        const to = textAttr(n0, 'backup-to');
        const self = to === n0.name;
        return L(
          `\`${t.node}\`'s backups ${self ? `are kept on \`${t.node}\` itself (\`backup-to=${t.node}\`)` : to ? `are kept on \`${to}\`, lost in the same failure` : 'are kept in its own region, lost in the same failure'}, so they go with it: keep them on another machine, site or region (\`backup-to=\` a NAS in another room, another region, an object-storage bucket).`,
          `\`${t.node}\` 노드의 백업은 ${self ? `자기 자신에 보관되어(\`backup-to=${t.node}\`)` : to ? `\`${to}\`에 보관되어 같은 장애로` : '같은 리전에 보관되어 같은 장애로'} 노드와 함께 사라집니다. 다른 장비, 다른 장소나 리전에 보관하세요(\`backup-to=\`로 다른 전산실의 NAS, 다른 리전, 오브젝트 스토리지 버킷).`,
        );
      }
      // A volume holding a database's files, backed up through that database (its dumps, `pg -> pv` with `backup=` on pg):
      // the database's schedule is the fix, and its backups are no missing thing (round 105 r07).
      if (every === null && n0.kind === 'storage') {
        const db = f.design.edges.map((e) => (e.to === t.node ? f.design.nodes.get(e.from) : undefined)).find((c) => c && c.kind === 'database' && backupInterval(c) !== null);
        if (db) {
          const its = formatDuration(backupInterval(db)!);
          return L(
            `\`${t.node}\` holds \`${db.name}\`'s data, whose backups every ${its} are what is left when it is lost: back \`${db.name}\` up at least every ${want} (\`backup=${want}\` — continuous archiving of its log, such as WAL archiving or binlog shipping, gets there), or keep a standby of \`${db.name}\` on other disks.`,
            `\`${t.node}\`에는 \`${db.name}\`의 데이터가 있어, 잃으면 ${koDuration(backupInterval(db)!)}마다 받는 \`${db.name}\`의 백업만 남습니다. ${codeJosa(db.name, '을/를')} 적어도 ${koDuration(goal)}마다 백업하거나(\`backup=${want}\`, WAL 아카이빙이나 binlog 전송처럼 로그를 계속 보관하면 됩니다), 다른 디스크를 쓰는 \`${db.name}\`의 대기 노드를 두세요.`,
          );
        }
      }
      return every === null
        ? L(`\`${t.node}\` has no copy and no backup: take backups at least every ${want} (\`backup=${want}\`), kept outside its zone (\`backup-to=\`), or keep a standby.`, `\`${t.node}\` 노드에는 사본도 백업도 없습니다. 적어도 ${koDuration(goal)}마다 백업하고(\`backup=${want}\`) 다른 존에 보관하거나(\`backup-to=\`) 대기 노드를 두세요.`)
        : L(`\`${t.node}\`'s backups every ${formatDuration(every)} lose up to that much: back up at least every ${want} (\`backup=${want}\`), or keep a standby.`, `\`${t.node}\` 노드는 ${koDuration(every)}마다 백업해서 그만큼 잃을 수 있습니다. 적어도 ${koDuration(goal)}마다 백업하거나(\`backup=${want}\`) 대기 노드를 두세요.`);
    }
    // (A standby with no `replication=` replicates asynchronously, the default: round 55 r01 got the generic advice.)
    // (Nor a node mounting the same disk — `replication=shared`, a failover cluster instance's other node: it holds no copy
    // to make synchronous; round 81 r05.)
    // (One in another place than the primary first: the copy a loss of the primary's zone leaves — round 93 r03.)
    const asyncs = copies.filter((c) => c.role === 'standby' && !/^(sync|shared)$/.test(textAttr(c, 'replication') ?? 'async'));
    const async = (n0 ? asyncs.find((c) => apartFrom(c, n0)) : undefined) ?? asyncs[0];
    // MySQL has no synchronous mode: its semi-synchronous replication is the closest, and Group Replication is the way to rpo=0.
    if (async && textAttr(async, 'replication') === 'semi-sync' && n0 && losslessMode(n0) === 'semi-sync')
      return L(
        `\`${async.name}\` is semi-synchronous, which falls back to asynchronous when no replica acknowledges within \`rpl_semi_sync_source_timeout\` (10 s by default): MySQL has no synchronous mode, so for rpo=0 without exceptions run a Group Replication cluster (InnoDB Cluster), or raise the timeout so that commits wait rather than fall back.`,
        `\`${async.name}\` 노드는 반동기라 \`rpl_semi_sync_source_timeout\`(기본 10초) 안에 응답하는 레플리카가 없으면 비동기로 전환됩니다. MySQL에는 동기 모드가 없으니, 예외 없이 rpo=0이어야 한다면 Group Replication 클러스터(InnoDB Cluster)를 쓰거나, 전환하지 않고 커밋이 기다리도록 시간 제한을 늘리세요.`,
      );
    if (async && textAttr(async, 'replication') === 'semi-sync')
      return L(`\`${async.name}\` is semi-synchronous, which falls back to asynchronous after its timeout: make it \`replication=sync\`.`, `\`${async.name}\` 노드는 반동기라 시간 초과 뒤 비동기로 전환됩니다. \`replication=sync\`로 바꾸세요.`);
    // A goal above zero missed because the copy trails by more than it (log shipping every 30 min, lag=30m): the fix is
    // to trail by less, not a synchronous copy (round 78 r01: sync advised for rpo=15m; two sync standbys for PostgreSQL).
    if (async && n0 && goal > 0 && lagOf(async, n0) > goal) {
      const { seconds: lag } = lagTiming(async, n0);
      const want = formatDuration(goal);
      return lag >= 3600 || async.attrs.has('lag')
        ? L(
            `\`${async.name}\` trails \`${n0.name}\` by ${formatDuration(lag)} (\`lag=${formatDuration(lag)}\`: log shipping or a copy job that runs that often), so up to that much is lost: ship or copy at least every ${want} so that it trails by less (\`lag=\` below ${want}) — asynchronous replication that streams changes trails by seconds; only rpo=0 needs a synchronous copy.`,
            `${codeJosa(async.name, '은/는')} \`${n0.name}\`보다 ${koDuration(lag)} 뒤처져(\`lag=${formatDuration(lag)}\`: 그 주기로 도는 로그 전달이나 복사 작업) 그만큼 잃습니다. ${koDuration(goal)}보다 덜 뒤처지도록 더 자주 전달·복사하세요(\`lag=\`를 ${want} 미만으로). 변경을 흘려보내는 비동기 복제는 몇 초 뒤처지며, 동기 사본은 rpo=0일 때만 필요합니다.`,
          )
        : L(
            `\`${async.name}\` trails \`${n0.name}\` by ${formatDuration(lag)}: keep it less than ${want} behind (asynchronous replication that streams changes trails by seconds; only rpo=0 needs a synchronous copy).`,
            `${codeJosa(async.name, '은/는')} \`${n0.name}\`보다 ${koDuration(lag)} 뒤처집니다. ${koDuration(goal)}보다 덜 뒤처지게 하세요(변경을 흘려보내는 비동기 복제는 몇 초 뒤처지며, 동기 사본은 rpo=0일 때만 필요합니다).`,
          );
    }
    if (async && n0) return losslessAdvice(n0, async.name, f.design);
    const node = f.design.nodes.get(t.node);
    if (node && textAttr(node, 'replication') === 'async' && rollsBack(node, replicaSetMembers(node, instanceCount(node)), arbitersOfShard(arbitersOf(node), replicaSets(node, instanceCount(node)), 0)))
      return L(
        `\`${t.node}\` is written \`replication=async\`: its writes are acknowledged by the primary alone (w: 1), and those no secondary had yet are rolled back when one is elected. Write with w: "majority" — MongoDB's default since 5.0 for a replica set without arbiters — (drop \`replication=async\`), so that an acknowledged write survives the primary's loss.`,
        `\`${t.node}\` 노드에 \`replication=async\`를 적어, 쓰기가 프라이머리 하나의 확인(w: 1)만으로 성공 처리되고, 세컨더리에 아직 없던 쓰기는 다른 구성원이 선출될 때 롤백됩니다. w: "majority"로 쓰세요(아비터 없는 복제 세트에서는 MongoDB 5.0부터 기본값, \`replication=async\`를 지우기). 그러면 확인된 쓰기는 프라이머리를 잃어도 남습니다.`,
      );
    if (node && rollsBack(node, replicaSetMembers(node, instanceCount(node)), arbitersOfShard(arbitersOf(node), replicaSets(node, instanceCount(node)), 0))) {
      // (Of S shards, `replicas=` is the total: three a shard — round 111b r07 advised `replicas=3` for three shards.)
      const sets = replicaSets(node, instanceCount(node));
      const want = sets > 1 ? `replicas=${3 * sets}` : 'replicas=3';
      return L(
        `\`${t.node}\` runs with an arbiter, so MongoDB acknowledges a write once the primary alone has it (w: 1 by default): replace the arbiter with a third data-bearing member${sets > 1 ? ' in each shard' : ''} (\`${want}\` without \`arbiters=\`${sets > 1 ? `: three a shard over its ${sets} shards` : ''}), which makes w: "majority" the default.`,
        `\`${t.node}\` 노드는 아비터를 두고 있어 MongoDB가 프라이머리 한 곳에만 기록된 쓰기도 성공으로 응답합니다(기본 w: 1). ${sets > 1 ? '샤드마다 ' : ''}아비터 대신 데이터를 가진 세 번째 구성원을 두세요(\`arbiters=\` 없이 \`${want}\`${sets > 1 ? `, 샤드 ${sets}개에 셋씩` : ''}). 그러면 기본값이 w: "majority"가 됩니다.`,
      );
    }
    // ClickHouse: its replicas are the copies; an INSERT waits for a second one only with insert_quorum.
    // (One server: no replica to wait for — insert_quorum=2 would fail every INSERT; round 58b r02.)
    if (node && (textAttr(node, 'engine') ?? '').toLowerCase() === 'clickhouse' && instanceCount(node) < 2)
      return L(
        `\`${t.node}\` is one ClickHouse server with no replica: its loss takes everything since its last backup. Replicate its tables (ReplicatedMergeTree on two replicas, \`replicas=2\`, with ClickHouse Keeper) and make the inserts wait for the second (\`insert_quorum=2\`, written \`replication=sync\`).`,
        `\`${t.node}\` 노드는 복제본이 없는 ClickHouse 서버 한 대라, 잃으면 마지막 백업 이후의 데이터를 모두 잃습니다. 테이블을 복제하고(ReplicatedMergeTree 복제본 2개, \`replicas=2\`, ClickHouse Keeper 사용) INSERT가 두 번째 복제본까지 기다리게 하세요(\`insert_quorum=2\`, \`replication=sync\`로 표기).`,
      );
    if (node && (textAttr(node, 'engine') ?? '').toLowerCase() === 'clickhouse')
      return L(
        `ClickHouse acknowledges an INSERT once one replica has it and the others fetch it later: make the inserts wait for a second replica (\`insert_quorum=2\`, written \`replication=sync\` on \`${t.node}\`).`,
        `ClickHouse는 복제본 하나가 받으면 INSERT를 성공으로 응답하고 다른 복제본은 나중에 가져갑니다. INSERT가 두 번째 복제본까지 기다리게 하세요(\`insert_quorum=2\`, \`${t.node}\`에 \`replication=sync\`로 표기).`,
      );
    // Couchbase: a write is acknowledged from the active node's memory unless the client asks for durability.
    if (node && engineOf(node) === 'couchbase' && instanceCount(node) >= 2)
      return L(
        `Couchbase acknowledges a write once the active node has it in memory (durability level none, the default), and a failover loses what was not yet copied to a replica: write with a durability level (\`majority\`, or \`majorityAndPersistActive\`; written \`replication=sync\` on \`${t.node}\`), which waits for a majority of the vBucket's copies.`,
        `Couchbase는 활성 노드의 메모리에 들어가면 쓰기를 성공으로 응답하므로(내구성 수준 none, 기본값), 페일오버 때 아직 복제본에 보내지 못한 쓰기를 잃습니다. 내구성 수준을 지정해 쓰세요(\`majority\` 또는 \`majorityAndPersistActive\`, \`${t.node}\`에 \`replication=sync\`로 표기). vBucket 사본의 과반에 들어갈 때까지 기다립니다.`,
      );
    // Another primary written at the same time (active-active): it cannot be synchronous and both written at once across
    // sites (Cosmos DB multi-region writes exclude strong consistency); RPO 0 needs one writing site.
    // (Not a second primary only read from — MMM's reader: nothing is written there; round 75 r03.)
    const into = (c: { name: string }) => f.design.edges.filter((e) => e.to === c.name);
    // (Not one nothing calls — a keepalived pair's second master, which takes the first's address when it fails: one
    // writer at a time, round 95 r02.)
    const peer = copies.find((c) => c.role === 'primary' && (into(c).length === 0 ? !c.attrs.has('failover') && !c.attrs.has('heartbeat') : into(c).some((e) => parseRouteLabel(e.label)?.key !== 'reads')));
    if (peer && !copies.some((c) => c.role === 'standby'))
      return L(
        `\`${t.node}\` and \`${peer.name}\` are both written and copy each other asynchronously: what one took in the last moments before its loss is not at the other. For data that must not be lost, write it at one site with a synchronous copy at the other (a single write region with strong consistency; \`${peer.name}\` as a \`standby\` with \`replication=sync\`).`,
        `${codeJosa(t.node, '와/과')} ${codeJosa(peer.name, '이/가')} 모두 쓰기를 받고 서로 비동기로 복제하므로, 장애 직전에 한쪽이 받은 쓰기는 다른 쪽에 없습니다. 잃으면 안 되는 데이터라면 한 사이트에서만 쓰고 다른 사이트에 동기 사본을 두세요(강한 일관성의 단일 쓰기 리전, ${codeJosa(peer.name, '을/를')} \`replication=sync\` 대기 노드로).`,
      );
    if (!copies.some((c) => c.role === 'standby')) {
      // A product that copies by running as a cluster (Elasticsearch/OpenSearch replica shards, MongoDB, Galera): more
      // members, as single-point-of-failure says — not a standby it does not have (round 71b r05).
      const members = n0 ? clusterMembers(n0) : null;
      if (n0 && members !== null)
        return L(
          `Run \`${t.node}\` as a cluster of three members (\`${members}\`): ${engineOf(n0)} keeps its copies on its members, and a write acknowledged by them survives the loss of one.`,
          `\`${t.node}\` 노드를 구성원 3개의 클러스터로 운영하세요(\`${members}\`). ${codeJosa(engineOf(n0), '은/는')} 구성원에 사본을 두므로, 구성원이 받은 쓰기는 하나를 잃어도 남습니다.`,
        );
      // A second primary that takes the first's address when it fails (a keepalived pair of masters): its copy is what to
      // make lossless, not a new standby beside it (round 95 r02).
      const takeover = copies.find((c) => c.role === 'primary' && into(c).length === 0 && (c.attrs.has('failover') || c.attrs.has('heartbeat')));
      if (n0 && takeover && losslessMode(n0) === 'semi-sync')
        return L(
          `Make the replication from \`${t.node}\` to \`${takeover.name}\`, which takes over its address, semi-synchronous (\`replication=semi-sync\` on \`${takeover.name}\`: each commit waits until \`${takeover.name}\` has it, AFTER_SYNC), or run ${isMariaDb(n0) ? 'a Galera cluster' : 'a Group Replication cluster'} for rpo=0 without exceptions.`,
          `\`${t.node}\`에서 그 주소를 넘겨받는 ${codeJosa(takeover.name, '으로/로')} 가는 복제를 반동기로 바꾸세요(\`${takeover.name}\`에 \`replication=semi-sync\`: 커밋마다 ${codeJosa(takeover.name, '이/가')} 받을 때까지 기다림, AFTER_SYNC). 예외 없이 rpo=0이어야 한다면 ${isMariaDb(n0) ? 'Galera 클러스터' : 'Group Replication 클러스터'}를 쓰세요.`,
        );
      if (n0 && losslessMode(n0) === 'semi-sync' && isMariaDb(n0))
        return L(
          `Give \`${t.node}\` a standby with \`replication=semi-sync\` (MariaDB's built-in semi-synchronous replication, with \`rpl_semi_sync_master_wait_point=AFTER_SYNC\`), or run a Galera cluster for rpo=0 without exceptions.`,
          `\`${t.node}\` 노드에 \`replication=semi-sync\` 대기 노드를 두세요(MariaDB에 내장된 반동기 복제, \`rpl_semi_sync_master_wait_point=AFTER_SYNC\`). 예외 없이 rpo=0이어야 한다면 Galera 클러스터를 쓰세요.`,
        );
      if (n0 && losslessMode(n0) === 'semi-sync')
        return L(
          `Give \`${t.node}\` a standby with \`replication=semi-sync\` (MySQL's lossless AFTER_SYNC; MySQL has no synchronous mode), or run a Group Replication cluster for rpo=0 without exceptions.`,
          `\`${t.node}\` 노드에 \`replication=semi-sync\` 대기 노드를 두세요(MySQL의 무손실 AFTER_SYNC 방식이며, MySQL에는 동기 모드가 없습니다). 예외 없이 rpo=0이어야 한다면 Group Replication 클러스터를 쓰세요.`,
        );
      // (PostgreSQL run by its owner: two, ANY 1 — one synchronous standby stops every commit while it is down.)
      if (n0 && n0.kind === 'database' && selfRunPostgres(n0))
        return L(
          `Give \`${t.node}\` two synchronous standbys (\`replication=sync replicas=2\`, \`synchronous_standby_names = 'ANY 1 (…)'\`), so that a commit never waits on one alone.`,
          `\`${t.node}\` 노드에 동기 대기 노드를 두 개 두세요(\`replication=sync replicas=2\`, \`synchronous_standby_names = 'ANY 1 (…)'\`). 커밋이 하나만 기다리지 않게 됩니다.`,
        );
      // Written as its instances (`engine=patroni replicas=2`): a primary and its asynchronous copies — make those
      // synchronous, not a standby beside them (round 66b r01).
      if (n0 && n0.kind === 'database' && instanceCount(n0) >= 2 && STREAMING_PG_ENGINES.test(textAttr(n0, 'engine') ?? ''))
        return L(
          `\`${t.node}\`'s instances are a primary and asynchronous copies: make them synchronous (\`replication=sync\` on \`${t.node}\`${/patroni/i.test(textAttr(n0, 'engine') ?? '') ? ": Patroni's `synchronous_mode`" : ''}), so that the copy promoted has every acknowledged write.`,
          `\`${t.node}\`의 인스턴스는 프라이머리와 비동기 사본입니다. 사본을 동기로 바꾸세요(\`${t.node}\`에 \`replication=sync\`${/patroni/i.test(textAttr(n0, 'engine') ?? '') ? ', Patroni의 `synchronous_mode`' : ''}). 그래야 승격되는 사본에 커밋된 쓰기가 모두 있습니다.`,
        );
      return L(`Give \`${t.node}\` a standby with \`replication=sync\`.`, `\`${t.node}\` 노드에 \`replication=sync\` 대기 노드를 두세요.`);
    }
  }
  // A place's loss: backups kept in the lost place go with it (a NAS in the same machine room, the default in-region
  // storage in a region loss); moving them out comes before any replication advice.
  if (t.type !== 'node') {
    const place = (t.type === 'zone' ? placeCode('zone', t.zone) : placeCode('region', t.region));
    // An unbounded loss: the data node there with no copy and no backup outside is its cause, before any copy's lag.
    if (!Number.isFinite(loss.rpo ?? Infinity))
      for (const n of f.design.nodes.values()) {
        if (n.role === 'replica' || n.role === 'standby' || !runsOnlyIn(f.design, n, t) || backupInterval(n) !== null || n.managed) continue;
        if (!(n.kind === 'database' || n.kind === 'storage' || (n.kind === 'cache' && n.role === 'primary'))) continue;
        // (Nor a store rebuilt from another, `rebuilt-from=`: no write of record is lost with it — round 118b r01 named a
        // search index while the image store with nothing outside was the loss.)
        if (n.attrs.has('rebuilt-from')) continue;
        // (What holds no data of its own — a file share witness, a queue's message store — loses none: round 40b.)
        if (!holdsData(f, n)) continue;
        if ((f.copies.get(n.name) ?? []).length) continue;
        // (A node that keeps other nodes' backups — a NAS in the same room — is named below, for where they are kept.)
        if ([...f.design.nodes.values()].some((o) => textAttr(o, 'backup-to') === n.name)) continue;
        // (A database's disk whose database is backed up: those backups are its data's — where they are kept is named
        // below; round 66c r04: "no backup anywhere" for a SAN under a database backed up nightly in the same room.)
        if (n.kind === 'storage' && f.design.edges.some((e) => e.to === n.name && f.design.nodes.get(e.from)?.kind === 'database' && backupInterval(f.design.nodes.get(e.from)!) !== null)) continue;
        return L(
          `\`${n.name}\` holds data only in ${place.en}, with no copy and no backup anywhere: its loss takes all of it. Take backups kept outside it (\`backup=…\` with \`backup-to=\`), or keep a copy in another place.`,
          `${codeJosa(n.name, '은/는')} ${place.ko}에만 데이터를 두고 사본도 백업도 없어, 그곳을 잃으면 데이터를 모두 잃습니다. 그곳 밖(다른 존이나 리전)에 보관하는 백업을 받거나(\`backup-to=\`와 함께 \`backup=…\`) 다른 곳에 사본을 두세요.`,
        );
      }
    for (const n of f.design.nodes.values()) {
      // (Not a store rebuilt from another, `rebuilt-from=`, whatever its own snapshots: round 124b r05 named a search index's
      // backups for an object store's replication lag.)
      if (n.role === 'replica' || n.role === 'standby' || backupInterval(n) === null || !runsOnlyIn(f.design, n, t) || n.attrs.has('rebuilt-from')) continue;
      if ((f.copies.get(n.name) ?? []).some((c) => !runsOnlyIn(f.design, c, t))) continue;
      const to = n.attrs.get('backup-to')?.value;
      const toName = to && to.type === 'text' ? to.value : null;
      // The product copies its own backups to another region (Azure SQL Database's geo-redundant backup storage): they
      // survive, but a geo-restore loses what they had not reached; a shorter rpo needs a live copy in another region.
      const geo = toName === null ? timingsOf(n).profile.values.geoBackup : undefined;
      if (geo && t.type === 'region' && timingsOf(n).profile.id !== 'azure-sql')
        return L(
          `\`${n.name}\`'s own backups are kept outside its region by the service, so a restore from them loses up to ${formatDuration(geo.v)}: for less, keep a live copy in another region (a cross-region replica the service can promote: \`${n.name}-dr: ${n.kindText} engine=${textAttr(n, 'engine') ?? 'cloud-sql'} standby of=${n.name} region=…\`).`,
          `\`${n.name}\`의 자체 백업은 서비스가 리전 밖에 두므로, 그 백업에서 복원하면 최대 ${koDuration(geo.v)} 분량을 잃습니다. 더 줄이려면 다른 리전에 살아 있는 사본을 두세요(승격할 수 있는 리전 간 복제본: \`${n.name}-dr: ${n.kindText} engine=${textAttr(n, 'engine') ?? 'cloud-sql'} standby of=${n.name} region=…\`).`,
        );
      if (geo && t.type === 'region')
        return L(
          `\`${n.name}\`'s own backups are copied to the paired region asynchronously, so a geo-restore there loses up to ${formatDuration(geo.v)}: for less, keep a live copy in another region (an auto-failover group or active geo-replication: \`${n.name}-dr: ${n.kindText} engine=${textAttr(n, 'engine') ?? 'azure-sql'} standby of=${n.name} region=…\`).`,
          `\`${n.name}\`의 자체 백업은 페어 리전에 비동기로 복사되므로, 그곳에서 지역 복원(geo-restore)하면 최대 ${koDuration(geo.v)} 분량을 잃습니다. 더 줄이려면 다른 리전에 살아 있는 사본을 두세요(자동 장애 조치 그룹이나 활성 지역 복제: \`${n.name}-dr: ${n.kindText} engine=${textAttr(n, 'engine') ?? 'azure-sql'} standby of=${n.name} region=…\`).`,
        );
      const toNode = toName !== null ? f.design.nodes.get(toName) : undefined;
      // Kept in a zone (`backup-to=` a zone's name): lost with that zone or its region.
      const toZone = toNode === undefined && toName !== null && !f.design.regions.has(toName) ? f.design.zones.get(toName) : undefined;
      const lost =
        toNode !== undefined
          ? runsOnlyIn(f.design, toNode, t)
          : toZone !== undefined
            ? t.type === 'zone'
              ? t.zone === toName
              : toZone.region === t.region
            : toName === null && t.type === 'region';
      if (!lost) continue;
      const where =
        toNode !== undefined
          ? L(`on \`${toNode.name}\`, which is in ${place.en} too`, `같은 ${place.ko}에 있는 \`${toNode.name}\`에 보관해`)
          : toZone !== undefined
            ? t.type === 'zone' && t.zone === toName
              ? L(`in zone \`${toName}\` itself`, `바로 그 \`${toName}\` 존에 보관해`)
              : L(`in zone \`${toName}\`, which is in ${place.en} too`, `같은 ${place.ko}에 있는 \`${toName}\` 존에 보관해`)
            : L(`in its own region`, `자기 리전에 보관해`);
      const head = L(
        `\`${n.name}\`'s backups are kept ${where.en}, so they are lost with it: keep them outside ${place.en} (\`backup-to=\` a node or region elsewhere)`,
        `\`${n.name}\`의 백업은 ${where.ko} 함께 사라집니다. ${place.ko} 밖에 보관하세요(\`backup-to=\`로 다른 곳의 노드나 리전)`,
      );
      // What the backups miss matters only when they are further apart than the goal allows: a daily backup kept off
      // site meets rpo=1d by itself; rpo=0 needs a synchronous copy; in between, more frequent backups or a copy that
      // streams (asynchronous, seconds behind) close the gap.
      const every = backupInterval(n)!;
      if (every <= goal) return L(`${head.en}; backups every ${formatDuration(every)} then meet rpo=${formatDuration(goal)} by themselves.`, `${head.ko}. 그러면 ${koDuration(every)}마다 하는 백업만으로 목표 RPO ${josa(koDuration(goal), '을/를')} 지킵니다.`);
      if (goal === 0)
        return L(
          `${head.en}, then add a copy outside it (\`replication=sync\`) for what the backups miss.`,
          `${head.ko}. 백업 사이에 생기는 쓰기는 그 밖에 둔 동기 복제 사본으로 지키세요(\`replication=sync\`).`,
        );
      const want = formatDuration(goal);
      return L(
        `${head.en}, and back up at least every ${want} (\`backup=${want}\`) or keep a copy outside it that trails by less (asynchronous replication, seconds behind, is enough; only rpo=0 needs a synchronous one).`,
        `${head.ko}. 그리고 적어도 ${koDuration(goal)}마다 백업하거나(\`backup=${want}\`) 그보다 덜 뒤처지는 사본을 그 밖에 두세요(몇 초 뒤처지는 비동기 복제로 충분하고, 동기 복제는 RPO 0일 때만 필요합니다).`,
      );
    }
  }
  // A search cluster spread over zones without allocation awareness: some shards have every copy in the lost zone.
  if (t.type === 'zone') {
    for (const n of f.design.nodes.values()) {
      // (Not an index rebuilt from another store, `rebuilt-from=`: it loses no write of record — round 123c r04.)
      if (!zoneUnaware(n, f.design) || n.attrs.has('rebuilt-from')) continue;
      const zones = voterZones(n, instanceCount(n)).slice(0, instanceCount(n));
      const held = zones.filter((z) => z === t.zone).length;
      const copies = shardCopiesOf(n) ?? 2;
      if (held < copies) continue;
      const share = `${Math.round(unawareLostShare(zones.length, held, copies) * 1000) / 10}%`;
      if (cephZonesShort(n))
        return L(
          `\`${n.name}\` places a placement group's copies by zone (\`awareness\`), but over only ${new Set(n.zones).size} zones for ${copies} copies: losing zone \`${t.zone}\` leaves every group below min_size and its I/O stops. Use three zones, or Ceph's stretch mode for two sites (size 4, two copies a site, a tiebreaker monitor in a third place).`,
          `${codeJosa(n.name, '은/는')} 배치 그룹(PG)의 사본을 존 단위로 나누지만(\`awareness\`) 사본 ${copies}개에 존이 ${new Set(n.zones).size}곳뿐이라, \`${t.zone}\` 존을 잃으면 모든 PG가 min_size 미만이 되어 I/O가 멈춥니다. 존을 세 곳에 두거나, 두 사이트라면 Ceph의 stretch 모드를 쓰세요(size 4, 사이트마다 사본 2개, 세 번째 장소에 타이브레이커 모니터).`,
        );
      if (isCeph(n))
        return L(
          `Zone \`${t.zone}\` holds ${held} of \`${n.name}\`'s ${zones.length} OSD hosts, and Ceph's default CRUSH rule places a placement group's ${copies} copies on different hosts, not zones: about ${share} of the placement groups have every copy there. Use a CRUSH rule whose failure domain is the zone (written \`awareness\` on \`${n.name}\`), so that every group keeps a copy outside any one zone.`,
          `${placeCode('zone', t.zone).ko}에 \`${n.name}\`의 OSD 호스트 ${zones.length}개 중 ${held}개가 있고, Ceph의 기본 CRUSH 규칙은 배치 그룹(PG)의 사본 ${copies}개를 존이 아니라 호스트에 나눕니다. 그래서 PG의 약 ${share}는 사본이 모두 그 존에 있습니다. 장애 도메인이 존인 CRUSH 규칙을 써서(\`${n.name}\`에 \`awareness\`로 표기) 모든 PG가 어느 한 존 밖에도 사본을 두게 하세요.`,
        );
      return L(
        `Zone \`${t.zone}\` holds ${held} of \`${n.name}\`'s ${zones.length} nodes, and the cluster keeps a shard's copies on different nodes, not in different zones (no shard allocation awareness): about ${share} of the shards have every copy there. Turn on ${awarenessHow(n).en} on \`${n.name}\`, so that every shard keeps a copy outside any one zone.`,
        `${placeCode('zone', t.zone).ko}에 \`${n.name}\` 노드 ${zones.length}개 중 ${held}개가 있고, 클러스터는 샤드 사본을 서로 다른 노드에 둘 뿐 서로 다른 존에 두지 않습니다(샤드 할당 인식 없음). 그래서 샤드의 약 ${share}는 사본이 모두 그 존에 있습니다. 모든 샤드가 어느 한 존 밖에도 사본을 두도록 \`${n.name}\`에 다음을 쓰세요: ${awarenessHow(n).ko}.`,
      );
    }
  }
  // A voting group whose majority sits in the lost place: a write a majority acknowledged may be on no member outside it.
  // (A region holding a majority the same: round 79b r03, `replication=sync` advised to a YugabyteDB universe 2+1.)
  if (t.type === 'zone' || t.type === 'region') {
    const inPlace = (z: string | null): boolean => z !== null && (t.type === 'zone' ? z === t.zone : (f.design.zones.get(z)?.region ?? null) === t.region);
    const where = t.type === 'zone' ? L(`Zone \`${t.zone}\``, placeCode('zone', t.zone).ko) : L(`Region \`${t.region}\``, placeCode('region', t.region).ko);
    const kind = t.type === 'zone' ? L('zone', '존') : L('region', '리전');
    for (const n of f.design.nodes.values()) {
      const vt = votingType(n);
      // Only a group holding the users' data (a database, a queue's messages): a control plane's own store (etcd under
      // Kubernetes, a coordinator) acknowledges no user write (round 38 named etcd for a quorum queue's loss).
      if (vt === null || n.zones.length < 2 || !['database', 'cache', 'queue', 'storage'].includes(n.kind ?? '')) continue;
      // Galera delivers a write-set to every member of the primary component before the commit returns (virtually
      // synchronous): the member left outside has every acknowledged write, and the group only stops (round 39).
      if (GALERA_ENGINES.has((textAttr(n, 'engine') ?? '').toLowerCase())) continue;
      // (Nor Kafka: with acks=all the leader waits for every in-sync replica, not a majority — the broker left outside has
      // every acknowledged record, as the run says; round 123 r01 blamed it for a Patroni standby's lag.)
      if (KAFKA_ENGINES.has(engineOf(n))) continue;
      // (Nor an Elasticsearch dedicated master tier: it holds the cluster state, no document — round 98b r03 named it for a
      // quorum queue's lost second.)
      if (n.kind === 'database' && searchMasterTier(f.design, n)) continue;
      const zones = voterZones(n, replicaSetMembers(n, instanceCount(n)));
      const held = zones.filter(inPlace).length;
      if (held < majorityOf(zones.length)) continue;
      // (Only when its lag is what is lost: a day lost with the place is another node's — a database with only daily
      // backups there — not the group's seconds; round 94 r04 explained it with Kafka's majority.)
      if (!Number.isFinite(loss.rpo) || loss.rpo > timingsOf(n).lag.value + 1e-9) continue;
      // (Vault's Raft cluster stays in one region by design; its region's loss is its DR replication's lag — losslessAdvice
      // says so: round 108b r03 was told to stretch the voters over three regions.)
      if (t.type === 'region' && /^(vault|openbao)$/.test(engineOf(n))) continue;
      // (Cassandra or ScyllaDB written per data centre: the fix is the write consistency level across them, EACH_QUORUM or
      // QUORUM over both — not a third region; round 104b r10. The language cannot write the level.)
      if (tokenRanged(n) && t.type === 'region' && [...f.design.nodes.values()].some((o) => o !== n && tokenRanged(o) && (o.of === n.name || n.of === o.name)))
        return L(
          `${where.en} holds every replica \`${n.name}\` writes to at LOCAL_QUORUM: a write is acknowledged once a quorum in that data centre has it, before the other data centre does, so its loss can take acknowledged writes. Write at EACH_QUORUM (or QUORUM across both data centres' replicas) so that every acknowledged write is in both — at the cost of the round trip between them; the language cannot write the consistency level.`,
          `${where.ko}에는 ${codeJosa(n.name, '이/가')} LOCAL_QUORUM으로 쓰는 복제본이 모두 있습니다. 쓰기는 그 데이터 센터의 정족수가 받으면 다른 데이터 센터보다 먼저 성공으로 응답하므로, 이곳을 잃으면 성공으로 응답한 쓰기를 잃을 수 있습니다. EACH_QUORUM(또는 두 데이터 센터의 복제본 전체에 대한 QUORUM)으로 써서 성공으로 응답한 쓰기가 두 곳에 모두 있게 하세요. 두 곳 사이의 왕복 시간이 드는 대가이며, 일관성 수준은 설계 언어로 적을 수 없습니다.`,
        );
      if (n.kind === 'queue')
        return L(
          `${where.en} holds ${held} of the ${zones.length} members of \`${n.name}\`: a message is confirmed to its publisher once a majority has it, which can be the members in that ${kind.en} alone, so its loss can take confirmed messages no member elsewhere has. Spread the members so that no ${kind.en} holds a majority (three ${kind.en}s).`,
          `${where.ko}에 \`${n.name}\`의 구성원 ${zones.length}개 중 ${held}개가 있습니다. 메시지는 과반이 받으면 발행 확인(publisher confirm)을 보내는데 그 과반이 이 ${kind.ko}의 구성원만일 수 있어, 이 ${kind.ko}을 잃으면 다른 곳의 구성원에는 없는 발행 확인된 메시지를 잃을 수 있습니다. 어느 ${kind.ko}에도 과반이 몰리지 않게 구성원을 나누세요(세 ${kind.ko}).`,
        );
      return L(
        `${where.en} holds ${held} of the ${zones.length} members of \`${n.name}\`: a write is acknowledged once a majority has it, which can be the members in that ${kind.en} alone, so its loss can take writes no member elsewhere has — the replication is already synchronous to a majority, and no \`replication=\` changes that. Spread the members so that no ${kind.en} holds a majority (three ${kind.en}s), and every acknowledged write is then outside any one ${kind.en}.`,
          `${where.ko}에 \`${n.name}\`의 구성원 ${zones.length}개 중 ${held}개가 있습니다. 쓰기는 과반이 받으면 성공으로 응답하는데 그 과반이 이 ${kind.ko}의 구성원만일 수 있어, 이 ${kind.ko}을 잃으면 다른 곳의 구성원에는 없는 쓰기를 잃을 수 있습니다. 복제는 이미 과반에 동기로 이루어지므로 \`replication=\`으로는 바뀌지 않습니다. 어느 ${kind.ko}에도 과반이 몰리지 않게 구성원을 나누세요(세 ${kind.ko}). 그러면 성공으로 응답한 쓰기는 늘 한 ${kind.ko} 밖에도 있습니다.`,
      );
    }
  }
  /** The advice, then the other data nodes the place takes with nothing outside it and no backup there as often as the goal. */
  const withOtherBare = (advice: Localized, named: string): Localized => {
    if (t.type === 'node') return advice;
    const others = [...f.design.nodes.values()].filter((n) => {
      if (n.name === named || n.kind === 'queue' || n.kind === 'storage' || f.sessionUsers.has(n.name) || !holdsData(f, n) || !runsOnlyIn(f.design, n, t)) return false;
      if ((f.copies.get(n.name) ?? []).some((c) => !runsOnlyIn(f.design, c, t))) return false;
      const every = backupInterval(n);
      return !(every !== null && every <= goal && backupsKeptOutside(f.design, n, t));
    });
    if (!others.length) return advice;
    const names = nameList(others.map((n) => n.name));
    const pinned = others.every((n) => n.managed);
    return L(
      `${advice.en} ${names.en} ${others.length > 1 ? 'lose their' : 'loses its'} data with it too${pinned ? ' (the provider keeps its copies inside the place)' : ''}: the same holds — a copy outside it${goal < 60 ? ' kept in sync' : ''}${pinned && t.type === 'zone' ? ` (the provider's multi-zone deployment: \`zones=${t.zone},…\`)` : ''}${goal >= 60 ? `, or backups at least every ${formatDuration(goal)} kept outside it` : ''}.`,
      `${advice.ko} ${names.ko}${others.length > 1 ? '도 모두' : '도'} 그곳과 함께 데이터를 잃습니다${pinned ? '(제공자의 사본도 그 안에 있습니다)' : ''}. 마찬가지로 그 밖에 ${goal < 60 ? '동기로 맞춘 ' : ''}사본을 두${pinned && t.type === 'zone' ? `세요(제공자의 다중 존 배포: \`zones=${t.zone},…\`)` : '세요'}${goal >= 60 ? `. 아니면 적어도 ${koDuration(goal)}마다 백업해 그 밖에 보관하세요` : ''}.`,
    );
  };
  // The data node the place takes with nothing outside it — no copy, no queue mirror into another place: named, so the
  // advice is about it and not about what the design already copies.
  const bareAdvice = (skipStorage = false): Localized | null => {
    if (t.type === 'node') return null;
    const mirrored = new Set(queueMirrors(f.design).filter((x) => !runsOnlyIn(f.design, x.to, t)).map((x) => x.from.name));
    const bares = [...f.design.nodes.values()].filter(
      // (A cache its callers keep state of record in — carts, counters, an edge says so — is such a store too: the run loses
      // it with the place; round 118b r05 named the order queue, with its seconds of messages, and not the carts.)
      (n) =>
        !(skipStorage && n.kind === 'storage') &&
        (holdsData(f, n) || recordStateCache(f.design, n)) &&
        runsOnlyIn(f.design, n, t) && !mirrored.has(n.name) && !(f.copies.get(n.name) ?? []).some((c) => !runsOnlyIn(f.design, c, t)),
    );
    // A session store's loss is the sessions lost, not writes the users were told were saved: the data of record first
    // (round 44b r01: a Redis session cache was named while the attachments' blob storage was what the region took).
    // (The first call, before the storage's own advice, names no session store: the lost storage is then named below.)
    // (A queue's messages are counted apart from the writes of record, so a database there is named before it — round 70b
    // r06: the queue declared first was named for the RDS instance's 5 minutes.)
    // (An unbounded loss is a node whose backups do not survive the place — none, or kept there: named before one backed up
    // elsewhere, whose loss is bounded by its interval; round 115c r02 named the database with an off-site tape. With only
    // such nodes left before the storage's own advice, that advice names the storage.)
    let boundedOnly = false;
    if (!Number.isFinite(loss.rpo ?? Infinity)) {
      // (Backups with no `backup-to=` are read as the run reads them: kept in the node's own region, so a zone's loss leaves them.)
      const backedUpElsewhere = (n: TopologyNode): boolean => backupInterval(n) !== null && backupsKeptOutside(f.design, n, t);
      bares.sort((a, b) => Number(backedUpElsewhere(a)) - Number(backedUpElsewhere(b)));
      boundedOnly = bares.length > 0 && bares.every(backedUpElsewhere);
    }
    if (skipStorage && boundedOnly) return null;
    // (A queue's loss is bounded by what waits in it: never the cause of an unbounded one — round 120 r03 named a Pub/Sub topic
    // with a live consumer for a bucket's loss.)
    const unboundedLoss = !Number.isFinite(loss.rpo ?? Infinity);
    const bare = bares.find((n) => !f.sessionUsers.has(n.name) && n.kind !== 'queue') ?? (unboundedLoss ? undefined : bares.find((n) => !f.sessionUsers.has(n.name))) ?? (skipStorage ? undefined : bares.find((n) => !unboundedLoss || n.kind !== 'queue'));
    if (bare) {
      const place = (t.type === 'zone' ? placeCode('zone', t.zone) : placeCode('region', t.region));
      const every = formatDuration(goal);
      // Backups meet the goal only when taken at least every `goal` — a minute at the shortest; with rpo=0 or under a
      // minute only a copy does (round 54 r01: `backup=1m` offered for rpo=0, to a design that had it).
      const backups = goal >= 60;
      return L(
        `\`${bare.name}\` keeps its data only in ${place.en}, with no copy outside it${bare.managed ? ' (the provider\'s copies stay in the place too)' : ''}: keep a copy elsewhere${goal > 0 ? ` that trails by less than ${formatDuration(goal)} — asynchronous replication, seconds behind, is enough` : ' kept in sync (every write on both sides before it is acknowledged)'}${backups ? `, or backups at least every ${every} written outside it (\`backup=${every}\` with a \`backup-to=\` elsewhere)` : `: no backup, however frequent, loses less than its interval`}.${/^rds(-single-az)?$/i.test(textAttr(bare, 'engine') ?? '') ? ` For RDS that is a Multi-AZ deployment (\`engine=rds-multi-az\`): its standby in another zone is written synchronously and promoted by RDS.` : ''}`,
        `${codeJosa(bare.name, '은/는')} 데이터를 ${place.ko}에만 두고 그 밖에는 사본이 없습니다${bare.managed ? '(제공자의 사본도 그 안에 있습니다)' : ''}. 그 밖에 사본을 두${goal > 0 ? `세요(${koDuration(goal)}보다 덜 뒤처지면 되므로 몇 초 뒤처지는 비동기 복제로 충분합니다)` : '세요(동기 복제: 쓰기를 양쪽에 다 쓴 뒤에 성공으로 응답)'}${backups ? `. 아니면 적어도 ${koDuration(goal)}마다 백업해 그 밖에 보관하세요(\`backup=${every}\`와 다른 곳을 가리키는 \`backup-to=\`).` : `. 백업은 아무리 자주 받아도 그 주기만큼은 잃습니다.`}${/^rds(-single-az)?$/i.test(textAttr(bare, 'engine') ?? '') ? ` RDS라면 다중 AZ 배포(\`engine=rds-multi-az\`)가 그것입니다. 다른 존의 대기 인스턴스에 동기로 기록하고 RDS가 승격합니다.` : ''}`,
      );
    }
    return null;
  };
  // An unbounded loss: the store with nothing outside the place is its cause, before a copy's lag (round 40b).
  if (t.type !== 'node' && !Number.isFinite(loss.rpo ?? Infinity)) {
    // (Storage has its own advice below: its replication across places.)
    const b = bareAdvice(true);
    if (b) return b;
  }
  // (An unbounded loss whose cause is a file store with no copy and no backup outside the place: its advice below comes
  // first, before a database copy's lag of seconds — round 107c r03 advised synchronous replication for the database
  // while every recording of the file store was lost.)
  const bareStore =
    t.type !== 'node' &&
    !Number.isFinite(loss.rpo ?? Infinity) &&
    // (Or backups kept in the lost place too — `backup-to=` its own region: lost with it, round 126c r04 was told to replicate
    // the database synchronously while the imaging NAS was the unbounded loss.)
    [...f.design.nodes.values()].some((n) => n.kind === 'storage' && n.role !== 'replica' && n.role !== 'standby' && holdsData(f, n) && runsOnlyIn(f.design, n, t) && (backupInterval(n) === null || !backupsKeptOutside(f.design, n, t)) && !(f.copies.get(n.name) ?? []).some((c) => !runsOnlyIn(f.design, c, t)));
  // Data lost with the place whose copy outside it trails by more than the goal: a periodic copy (a nightly or weekly
  // backup job written as a copy) copies more often; a streaming asynchronous one becomes lossless.
  if (t.type !== 'node' && !bareStore) {
    // (The copy that trails the most first: it sets the place's figure — round 104c r05 advised the database's 30 s copy
    // beside the file array's copy an hour behind.)
    const trailing = [...f.design.nodes.values()]
      .map((n) => {
        if (n.role === 'replica' || n.role === 'standby' || !runsOnlyIn(f.design, n, t)) return null;
        // (Not a standby that mounts the primary's own disk — both calling one storage node, no replication written: it
        // holds no copy to replicate to; round 113c r03 advised `replication=sync` to a Pacemaker standby on one SAN LUN.)
        const disks = new Set(f.design.edges.filter((e) => e.from === n.name && f.design.nodes.get(e.to)?.kind === 'storage').map((e) => e.to));
        const sharesDisk = (c: TopologyNode): boolean => textAttr(c, 'replication') === null && f.design.edges.some((e) => e.from === c.name && disks.has(e.to));
        const outside = (f.copies.get(n.name) ?? []).filter((c) => !runsOnlyIn(f.design, c, t) && !sharesDisk(c));
        if (!outside.length) return null;
        const best = outside.reduce((a, b) => (lagOf(b, n) < lagOf(a, n) ? b : a));
        return { n, best, lag: lagOf(best, n) };
      })
      .filter((x): x is NonNullable<typeof x> => x !== null)
      .sort((a, b) => b.lag - a.lag);
    for (const { n, best } of trailing) {
      const { seconds: lag, product } = lagTiming(best, n);
      if (lag <= goal) continue;
      // (Nor a copy whose lag is far short of what the place loses: another store is the loss — a file share kept only
      // there, backed up daily; round 119c r01 advised a synchronous standby for the database's second.)
      if (Number.isFinite(loss.rpo) && lag + 1 < loss.rpo && backedUpLoss(f, t, loss.rpo)) continue;
      const want = formatDuration(Math.max(goal, 1));
      // Cloud Storage's dual-region replication has a faster mode: turbo replication, within 15 minutes (round 71b r04).
      if (product === 'Cloud Storage' && goal >= 900 && lag > 900)
        return L(
          `\`${best.name}\` is Cloud Storage's replication of \`${n.name}\`, up to ${formatDuration(lag)} behind with the default replication: turn on turbo replication for the bucket (\`--rpo=ASYNC_TURBO\`), which replicates new objects between the regions within 15 minutes, and write \`lag=15m\`.`,
          `\`${best.name}\` 노드는 \`${n.name}\`의 Cloud Storage 복제본이고 기본 복제로는 최대 ${koDuration(lag)} 뒤처집니다. 버킷에 터보 복제를 켜면(\`--rpo=ASYNC_TURBO\`) 새 객체가 15분 안에 리전 사이에 복제되니, 켜고 \`lag=15m\`로 적으세요.`,
        );
      // The product's own replication, which no setting makes faster (EFS replication: an RPO of 15 minutes).
      if (product !== null && goal > 0)
        return L(
          `\`${best.name}\` is ${product}'s replication of \`${n.name}\`, up to ${formatDuration(lag)} behind: its provider sets how far it trails, and no setting makes it trail by less than ${want}. Keep the data that needs rpo=${want} in a store whose copy across places is closer (a database with a replica there), or set the goal to what the replication promises (\`rpo=${formatDuration(lag)}\`).`,
          `\`${best.name}\` 노드는 \`${n.name}\`의 ${product} 복제본이고 최대 ${koDuration(lag)} 뒤처집니다. 얼마나 뒤처질지는 제공자가 정하며, 어떤 설정으로도 ${koDuration(Math.max(goal, 1))}보다 덜 뒤처지게 할 수 없습니다. RPO ${josa(koDuration(Math.max(goal, 1)), '을/를')} 지켜야 하는 데이터는 다른 곳의 사본이 더 가까운 저장소(그곳에 레플리카를 둔 데이터베이스)에 두거나, 목표를 복제가 약속하는 만큼으로 잡으세요(\`rpo=${formatDuration(lag)}\`).`,
        );
      if (lag >= 3600 && goal > 0)
        return L(
          `\`${best.name}\`, the copy of \`${n.name}\` outside the lost place, is brought up to date every ${formatDuration(lag)} (\`lag=${formatDuration(lag)}\`), so up to that much is lost: copy at least every ${want} (\`lag=${want}\`, a job that runs that often).`,
          `\`${n.name}\`의 사본 중 장애 난 곳 밖에 있는 ${codeJosa(best.name, '은/는')} ${koDuration(lag)}마다 갱신되어(\`lag=${formatDuration(lag)}\`) 그만큼 잃습니다. 적어도 ${koDuration(Math.max(goal, 1))}마다 복사하세요(\`lag=${want}\`, 그만큼 자주 도는 작업).`,
        );
      if (goal > 0)
        return L(
          `\`${best.name}\` trails \`${n.name}\` by ${formatDuration(lag)}: keep it less than ${want} behind (asynchronous replication that streams changes trails by seconds).`,
          `${codeJosa(best.name, '은/는')} \`${n.name}\`보다 ${koDuration(lag)} 뒤처집니다. ${koDuration(goal)}보다 덜 뒤처지게 하세요(변경을 흘려보내는 비동기 복제는 몇 초 뒤처집니다).`,
        );
      return losslessAdvice(n, best.name, f.design);
    }
  }
  // An NDB node group with every data node in the lost zone: NDB replicates synchronously inside a group, and shuts the
  // cluster down without one (round 76b r01: `replication=sync` advised).
  if (t.type === 'zone') {
    const g = ndbGroupIn(f.design, t.zone);
    if (g) return ndbGroupAdvice(g);
  }
  // Object or file storage held only in the lost place: its copy elsewhere is the provider's replication (asynchronous).
  // (Another data node lost with the place beside it — a managed database pinned to the zone next to the volume — is named
  // after it: the run counts both, and the advice named only the volume; round 122c r03.)
  const storeAdvice = t.type === 'node' ? null : ((): { advice: Localized; name: string } | null => {
    // (Not one whose backups, as often as the goal asks, are kept outside the lost place: it meets the goal, and what misses
    // it is another node — round 106c r03 named `nfs`, backed up hourly to another region, for a database's daily backup.)
    // (Backups kept in the node's own region by default: a zone's loss leaves them — backupsKeptOutside.)
    const keptOutside = (n: TopologyNode): boolean => {
      const every = backupInterval(n);
      return every !== null && every <= goal && backupsKeptOutside(f.design, n, t);
    };
    const store = [...f.design.nodes.values()].find((n) => n.kind === 'storage' && n.role !== 'replica' && n.role !== 'standby' && runsOnlyIn(f.design, n, t) && !(f.copies.get(n.name) ?? []).some((c) => !runsOnlyIn(f.design, c, t)) && !keptOutside(n));
    // A self-run file server (a NAS pair): its copy elsewhere is its own asynchronous replica, or backups kept outside.
    if (store && !store.managed) {
      const every = goal > 0 ? formatDuration(goal) : null;
      return {
        name: store.name,
        advice: L(
        `Copy \`${store.name}\` outside the lost ${t.type}: ${every ? 'an asynchronous replica' : 'a synchronous replica (rpo=0: every write on both sides before it is acknowledged — storage replication or DRBD protocol C)'} at another site (\`${store.name}-copy: storage replica of=${store.name} replication=${every ? 'async' : 'sync'} ${t.type === 'zone' ? 'zone' : 'region'}=…\`)${every ? `, or backups at least every ${every} kept outside it (\`backup=${every}\` with a \`backup-to=\` elsewhere)` : ''}.`,
        `\`${store.name}\`의 사본을 장애가 난 ${t.type === 'zone' ? '존' : '리전'} 밖에 두세요. 다른 사이트에 ${every ? '비동기 복제본을 두거나' : '동기 복제본을 두세요'}(\`${store.name}-copy: storage replica of=${store.name} replication=${every ? 'async' : 'sync'} ${t.type === 'zone' ? 'zone' : 'region'}=…\`${every ? '' : ': rpo=0이면 양쪽에 모두 쓴 뒤에야 응답하는 스토리지 복제나 DRBD 프로토콜 C'})${every ? `, 적어도 ${koDuration(goal)}마다 백업해 그 밖에 보관하세요(\`backup=${every}\`와 다른 곳을 가리키는 \`backup-to=\`)` : ''}.`,
        ),
      };
    }
    // A One Zone class lost with its zone (EFS One Zone): the service's own multi-zone class is the copy (round 69 r03).
    if (store && t.type === 'zone' && oneZoneClass(store) && AZURE_STORAGE_ENGINES.has((textAttr(store, 'engine') ?? '').toLowerCase()))
      return {
        name: store.name,
        advice: L(
        `Keep \`${store.name}\` zone-redundant (ZRS: three copies in three zones of the region, written over zones: \`zones=${t.zone},…\`) — written in one zone it is locally redundant storage (LRS), whose three copies sit in one datacenter that a fire or flood takes whole; GZRS adds a copy in another region. Backups kept outside the zone bound what its loss takes meanwhile.`,
        `${codeJosa(store.name, '을/를')} 영역 중복(ZRS: 리전의 세 존에 사본 셋, 여러 존에 걸쳐 \`zones=${t.zone},…\`로 적음)으로 두세요. 한 존에 적으면 로컬 중복 스토리지(LRS)로, 사본 셋이 한 데이터센터에 있어 화재나 침수로 함께 잃습니다. GZRS는 다른 리전에도 사본을 둡니다. 그동안 존을 잃을 때 잃는 양은 존 밖에 둔 백업으로 제한됩니다.`,
        ),
      };
    // Google Cloud Filestore: a Basic or Zonal instance stays in its zone; the Regional (or Enterprise) tier replicates over
    // zones (filestore-tiers; round 77b r05).
    if (store && t.type === 'zone' && oneZoneClass(store) && /filestore/i.test(textAttr(store, 'engine') ?? ''))
      return {
        name: store.name,
        advice: L(
        `Keep \`${store.name}\` in Filestore's Regional tier, which replicates its data over the zones of the region (written over zones: \`zones=${t.zone},…\`) — a Basic or Zonal instance keeps it in \`${t.zone}\` only; backups (or instance replication to another zone) every ${formatDuration(goal > 0 ? goal : 60)} at most bound what the zone's loss takes meanwhile.`,
        `${codeJosa(store.name, '을/를')} Filestore의 리전(Regional) 등급으로 두세요. 리전의 여러 존에 데이터를 복제합니다(여러 존에 걸쳐 \`zones=${t.zone},…\`로 적음). Basic이나 Zonal 인스턴스는 \`${t.zone}\` 존에만 둡니다. 그동안 존을 잃을 때 잃는 양은 길어야 ${koDuration(goal > 0 ? goal : 60)}마다 하는 백업(또는 다른 존으로의 인스턴스 복제)으로 제한됩니다.`,
        ),
      };
    // (A provider's share written with no product: what the provider offers is not known — an NCP NAS volume lives in its
    // zone; round 116c r02.)
    if (store && t.type === 'zone' && oneZoneClass(store) && !textAttr(store, 'engine'))
      return {
        name: store.name,
        advice: L(
        `\`${store.name}\` is the provider's file share or volume in zone \`${t.zone}\` only (\`managed zone=${t.zone}\`), with no copy outside it: keep a copy in another zone — the service's replication to a volume there, or a multi-zone class if it has one (written over zones: \`zones=${t.zone},…\`)${goal >= 60 ? ` — or snapshots or backups copied outside \`${t.zone}\` at least every ${formatDuration(goal)} (\`backup=${formatDuration(goal)} backup-to=…\`)` : ' kept in sync: a snapshot or backup, however frequent, loses the writes since it'}.`,
        `${codeJosa(store.name, '은/는')} \`${t.zone}\` 존에만 있는 제공자의 파일 공유나 볼륨(\`managed zone=${t.zone}\`)이고 그 밖에는 사본이 없습니다. ${goal >= 60 ? `다른 존에 사본을 두거나(서비스가 제공하는 다른 존 볼륨으로의 복제, 있다면 다중 존 등급: \`zones=${t.zone},…\`), 적어도 ${koDuration(goal)}마다 스냅숏이나 백업을 \`${t.zone}\` 밖에 두세요(\`backup=${formatDuration(goal)} backup-to=…\`).` : `다른 존에 동기로 맞춘 사본을 두세요(서비스가 제공하는 다른 존 볼륨으로의 복제, 있다면 다중 존 등급: \`zones=${t.zone},…\`). 스냅숏이나 백업은 아무리 자주 받아도 그 뒤의 쓰기를 잃습니다.`}`,
        ),
      };
    if (store && t.type === 'zone' && oneZoneClass(store))
      return {
        name: store.name,
        advice: L(
        `Keep \`${store.name}\` in the service's multi-zone class — ${textAttr(store, 'engine') === 's3' ? 'S3 Standard keeps objects in several zones of the region; One Zone-IA and Express One Zone keep them' : 'EFS Regional (Standard) storage keeps its data in several zones of the region; One Zone keeps it'} in \`${t.zone}\` only — by writing it over zones (\`zones=${t.zone},…\`), or replicate it to a file system in another zone; a backup every ${formatDuration(goal > 0 ? goal : 60)} at most bounds what the zone's loss takes meanwhile.`,
        `${codeJosa(store.name, '을/를')} 서비스의 다중 존 클래스로 두세요. ${textAttr(store, 'engine') === 's3' ? 'S3 Standard는 리전의 여러 존에 객체를 두지만 One Zone-IA와 Express One Zone은' : 'EFS 리전(Standard) 스토리지는 리전의 여러 존에 데이터를 두지만 One Zone은'} \`${t.zone}\` 존에만 둡니다. 여러 존에 걸쳐 적거나(\`zones=${t.zone},…\`) 다른 존의 파일 시스템으로 복제하세요. 그동안 존을 잃을 때 잃는 양은 길어야 ${koDuration(goal > 0 ? goal : 60)}마다 하는 백업으로 제한됩니다.`,
        ),
      };
    // (The provider's own feature as the example: an Azure blob account's is geo-redundant storage, not S3's — round 115 r02.)
    const eng = store ? (textAttr(store, 'engine') ?? '').toLowerCase() : '';
    const feature = /^(blob-storage|azure-blob)$/.test(eng)
      ? L('such as Azure Storage GRS/RA-GRS or object replication', '예: Azure Storage GRS/RA-GRS나 개체 복제')
      : /^(gcs|cloud-storage)$/.test(eng)
        ? L('such as a Cloud Storage dual- or multi-region bucket', '예: Cloud Storage 이중 리전·멀티 리전 버킷')
        : L('such as S3 Cross-Region Replication', '예: S3 리전 간 복제');
    if (store)
      return {
        name: store.name,
        advice: L(
        `Copy \`${store.name}\` outside the lost ${t.type} (object storage replicates across regions asynchronously, ${feature.en}: \`${store.name}-copy: storage${store.managed ? ' managed' : ''} replica of=${store.name} replication=async ${t.type === 'zone' ? 'zone' : 'region'}=…\`), and back up at least as often as the rpo what that copy can miss.`,
        `\`${store.name}\`의 사본을 장애가 난 ${t.type === 'zone' ? '존' : '리전'} 밖에 두세요(객체 스토리지의 리전 간 복제는 비동기입니다. ${feature.ko}, \`${store.name}-copy: storage${store.managed ? ' managed' : ''} replica of=${store.name} replication=async ${t.type === 'zone' ? 'zone' : 'region'}=…\`). 그 사본이 놓칠 수 있는 만큼은 RPO보다 자주 백업하세요.`,
        ),
      };
      return null;
  })();
  if (storeAdvice) return withOtherBare(storeAdvice.advice, storeAdvice.name);
  {
    const b = bareAdvice();
    if (b) return b;
  }
  if (goal > 0)
    return L(
      `Keep a copy outside the failed place that trails by less than ${formatDuration(goal)}: asynchronous replication, seconds behind, is enough for rpo=${formatDuration(goal)}; only rpo=0 needs a synchronous copy.`,
      `장애가 난 곳 밖에 ${koDuration(goal)}보다 덜 뒤처지는 사본을 두세요. 몇 초 뒤처지는 비동기 복제로도 \`rpo=${formatDuration(goal)}\` 목표는 지킬 수 있고, 동기 사본은 rpo=0일 때만 필요합니다.`,
    );
  // A Redis whose master the place takes, with a replica outside: its asynchronous replication is the loss, and Redis has
  // no synchronous mode to advise (round 46b r03).
  if (t.type !== 'node') {
    const redis = [...f.design.nodes.values()].find((n) => isAsyncRedis(n) && instanceCount(n) >= 2 && (t.type === 'zone' ? n.zones[0] === t.zone : regionsOf(f.design, n)[0] === t.region));
    if (redis) return redisAsyncAdvice(redis.name);
  }
  // A synchronous standby of several candidates, one of them in the lost zone beside its primary: a commit waited for any
  // one, which may be that one (round 99b r10 was told to replicate synchronously — it did).
  if (t.type === 'zone') {
    const any = [...f.design.nodes.values()].find((n) => {
      const r = textAttr(n, 'replication');
      if (n.role !== 'standby' || !n.of || (r !== 'sync' && r !== 'semi-sync') || instanceCount(n) < 2 || !n.zones.includes(t.zone)) return false;
      const p = f.design.nodes.get(n.of);
      return p !== undefined && runsOnlyIn(f.design, p, t);
    });
    // Two synchronous copies of one primary written as nodes of their own, one in the lost zone with it: a commit waited for
    // one acknowledgement, maybe that one's (round 126b r02 was told to replicate synchronously — it did).
    const pair = [...f.design.nodes.values()].find((n) => {
      const r = textAttr(n, 'replication');
      if (n.role !== 'standby' || !n.of || (r !== 'sync' && r !== 'semi-sync') || !runsOnlyIn(f.design, n, t)) return false;
      const p = f.design.nodes.get(n.of);
      if (!p || !runsOnlyIn(f.design, p, t)) return false;
      return [...f.design.nodes.values()].some((o) => o !== n && o.role === 'standby' && o.of === n.of && (textAttr(o, 'replication') === 'sync' || textAttr(o, 'replication') === 'semi-sync') && !runsOnlyIn(f.design, o, t));
    });
    if (pair && !any)
      return L(
        `\`${pair.name}\`, a synchronous copy of \`${pair.of}\` in zone \`${t.zone}\` with it, may be the copy a commit waited for (one acknowledgement is enough by default — MySQL's rpl_semi_sync_source_wait_for_replica_count 1, PostgreSQL's ANY 1): the copy promoted elsewhere may lack the last of them. Keep the synchronous copies outside the primary's zone, or wait for all of them (which stops commits when one is down).`,
        `\`${pair.of}\`의 동기 사본 ${codeJosa(pair.name, '이/가')} 같은 \`${t.zone}\` 존에 있어, 커밋이 기다린 확인이 이 사본의 것이었을 수 있습니다(기본값은 하나의 확인이면 충분: MySQL rpl_semi_sync_source_wait_for_replica_count 1, PostgreSQL ANY 1). 다른 곳에서 승격되는 사본에는 마지막 커밋이 빠졌을 수 있습니다. 동기 사본을 프라이머리의 존 밖에 두거나, 모두를 기다리게 하세요(하나라도 멈추면 커밋이 멈춤).`,
      );
    if (any)
      return L(
        `\`${any.name}\`'s synchronous candidates include one in zone \`${t.zone}\` with its primary, and a commit waits for any one of them: put every candidate outside the primary's zone (anti-affinity by zone: CloudNativePG's synchronous replica constraints, a pod topology spread), or wait for all of them (ANY ${instanceCount(any)}, which stops commits when one is down).`,
        `\`${any.name}\`의 동기 후보 가운데 하나가 프라이머리와 같은 \`${t.zone}\` 존에 있고, 커밋은 후보 중 하나만 받으면 끝납니다. 모든 후보를 프라이머리의 존 밖에 두거나(존 단위 anti-affinity: CloudNativePG의 동기 복제본 제약, 파드 토폴로지 분산), 모두를 기다리게 하세요(ANY ${instanceCount(any)}, 하나라도 멈추면 커밋이 멈춤).`,
      );
  }
  // A global database's secondary region promoted for the place (its writer has no reader left there): its replication is
  // asynchronous only, which losslessAdvice says (round 97b r13's reading, for a place's loss too).
  if (t.type !== 'node')
    for (const c of f.design.nodes.values()) {
      if (!globalClusterSecondary(c, f.design) || runsOnlyIn(f.design, c, t)) continue;
      const src = f.design.nodes.get(c.of!);
      if (src && src.zones.some((z) => (t.type === 'zone' ? z === t.zone : f.design.zones.get(z)?.region === t.region))) return losslessAdvice(src, c.name, f.design);
    }
  return L('Replicate synchronously (`replication=sync`) to a copy outside the failed place.', '장애가 난 곳 밖에 있는 사본으로 동기 복제하세요(`replication=sync`).');
}

/**
 * Whether a data node kept only in place `t`, with no copy outside it, loses `rpo` by its backups' interval (what is left
 * of it once the place is lost): the place's loss is that node's, not a copy's lag.
 */
function backedUpLoss(f: Facts, t: LossImpact['target'], rpo: number): boolean {
  if (t.type === 'node') return false;
  for (const n of f.design.nodes.values()) {
    if (n.role === 'replica' || n.role === 'standby' || !runsOnlyIn(f.design, n, t) || n.attrs.has('rebuilt-from') || !holdsData(f, n)) continue;
    if ((f.copies.get(n.name) ?? []).some((c) => !runsOnlyIn(f.design, c, t))) continue;
    const every = backupInterval(n);
    if (every !== null && every + 1 >= rpo) return true;
  }
  return false;
}

export function goalFinding(design: Design, rule: HaRuleId, message: Localized, data: Record<string, unknown>): Finding {
  return { rule, severity: CODES[rule].severity, span: design.goal!.span, message, data };
}

/** Why a Redis failover loses writes, and what to do instead of a synchronous mode it does not have. */
export function redisAsyncAdvice(name: string): Localized {
  return L(
    `Cause: \`${name}\` is Redis, which replicates asynchronously only: a failover loses the writes its replicas had not received. \`replication=sync\` does not exist there; \`WAIT\` and \`min-replicas-to-write\` narrow the window without closing it. Fix: keep data that must not be lost in a database with synchronous replication, and use Redis as its cache.`,
    `원인: \`${name}\` 노드는 Redis라서 비동기로만 복제합니다. 페일오버 때 복제본이 받지 못한 쓰기를 잃습니다. Redis에는 \`replication=sync\`가 없고, \`WAIT\`과 \`min-replicas-to-write\`는 그 구간을 줄일 뿐 없애지 못합니다. 해결: 잃으면 안 되는 데이터는 동기 복제하는 데이터베이스에 두고 Redis는 그 캐시로 쓰세요.`,
  );
}

/**
 * An NDB cluster (`engine=ndb shards=N`) with a node group whose data nodes all run in zone z — the instances of each group
 * in order, as shards= splits any node: losing z loses the group, and NDB shuts the whole cluster down
 * (NDBD_EXIT_LOST_NODE_GROUP). Null when none.
 */
export function ndbGroupIn(design: Design, z: string): { node: string; group: number; groups: number; zones: string[] } | null {
  const m = buildModel(design);
  for (const s of m.nodes) {
    if (!NDB_ENGINES.has(engineOf(s.node)) || s.ignored) continue;
    const S = Math.max(1, Math.floor(numberAttr(s.node, 'shards') ?? 1));
    const n = s.instances;
    if (n < 2) continue;
    const per = Math.ceil(n / S);
    for (let g = 0; g < S; g++) {
      const zs: (string | null)[] = [];
      for (let k = g * per; k < Math.min(n, (g + 1) * per); k++) zs.push(s.zoneOf(k));
      if (zs.length >= 2 && zs.every((x) => x === z)) {
        const all = [...new Set(s.node.zones)];
        return { node: s.name, group: g, groups: S, zones: all };
      }
    }
  }
  return null;
}

/** Where to put a node group's data nodes: in different zones. */
export function ndbPlacement(g: { zones: string[] }): Localized {
  const z = g.zones.length >= 2 ? `${g.zones[0]},${g.zones[1]},${g.zones[0]},${g.zones[1]}` : 'a,b,a,b';
  return L(
    `Place each node group's data nodes in different zones (the instances of a group are consecutive: \`zones=${z}\` for two groups of two).`,
    `노드 그룹마다 데이터 노드를 서로 다른 존에 두세요(그룹의 인스턴스는 연속: 두 노드씩 두 그룹이면 \`zones=${z}\`).`,
  );
}

/** What to do about a node group held in one zone: spread each group's data nodes over the zones. */
export function ndbGroupAdvice(g: { node: string; group: number; groups: number; zones: string[] }): Localized {
  const fix = ndbPlacement(g);
  return L(
    `Node group ${g.group + 1} of \`${g.node}\` has every data node in the lost zone: NDB copies each partition synchronously inside its node group, so no \`replication=\` adds a copy elsewhere — and without a whole group NDB shuts the cluster down. ${fix.en}`,
    `\`${g.node}\`의 노드 그룹 ${g.group + 1}은 데이터 노드가 모두 잃은 존에 있습니다. NDB는 노드 그룹 안에서 파티션을 동기로 복제하므로 \`replication=\`으로 다른 곳에 사본이 생기지 않고, 그룹 하나를 통째로 잃으면 클러스터 전체를 멈춥니다. ${fix.ko}`,
  );
}
