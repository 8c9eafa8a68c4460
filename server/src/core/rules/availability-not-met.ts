import { capacityOf, classicQueues, connectionLimits } from '../model/capacity';
import { CLASS_SHARE, externalService, redundancyAdvice } from './single-point-of-failure';
import { laxRpo, memberProxyAdvice } from './fixes';
import { availabilityMet } from '../analysis/simulation/goal';
import { assumedSla, availabilityUndecided, designAvailabilityDetail } from '../analysis/simulation/simulate';
import type { Design, Localized } from '../syntax/ast';
import { timingsOf } from '../model/profiles';
import { hasPlacementSla } from '../model/profiles/derive';
import { BROKER_ENGINES, ELASTICACHE_SLA, MEMORYSTORE_ENGINES } from '../model/profiles/table';
import { blindInstances, buildModel, canBeSpof, loneManagedCache, pickTakeover, tiberoProtective } from '../model/request-graph';
import { syncWaitWords } from '../model/replication';
import { clusterReplicaCounts, engineOf, KAFKA_ENGINES, kafkaStuckShare, majorityOf, quorumOf, SEARCH_ENGINES, survivesFirstLoss, tokenRanged, voterZones } from '../model/groups';
import { majorityZone } from './sentinel-fragile';
import { onlySite } from '../analysis/availability';
import { durationIn } from '../shared/duration';
import { steadyState } from '../analysis/capacity';
import { codeJosa } from '../shared/josa';
import { formatPercent } from '../syntax/values';
import { formatAgainstGoal, percentBelowGoal } from '../shared/format';
import { L, nameList, textAttr } from './facts';
import { goalFinding } from './goal-common';
import type { Rule } from './rule';

const YEAR_MIN = 365 * 24 * 60;
const minutes = (x: number): string => Math.round(x * YEAR_MIN).toLocaleString('en-US');
/** `N minutes` in English, `1 minute` for one. */
const minutesEn = (x: number): string => `${minutes(x)} minute${Math.round(x * YEAR_MIN) === 1 ? '' : 's'}`;

/**
 * What the message says to fix: the units of the worst entry that cost the most
 * downtime a year (up to three, costliest first), each with the fix that fits
 * it — a single point of failure wants a second instance or a standby; a
 * managed service is held to its SLA; alternatives behind a balancer or DNS want
 * more of them; a replicated node more instances or zones — and the requests
 * dropped over capacity, when some are.
 */
function costText(design: Design, spofs: string[]): Localized {
  const detail = designAvailabilityDetail(design);
  // Up to three, each costing at least a minute a year (the costliest is named whatever it costs).
  const top = detail.costs.slice(0, 3).filter((c, k) => k === 0 || c.unavailability * YEAR_MIN >= 1);
  if (!top.length && detail.dropped <= 0) return L('Add instances to the weakest tier, or spread it over more zones.', '가장 약한 계층의 인스턴스를 늘리거나 더 많은 존에 나누어 두세요.');
  const m = buildModel(design);
  const routed = (name: string): boolean => {
    const i = m.byName.get(name);
    return i !== undefined && m.nodes[i]!.routes !== null;
  };
  const classes = (name: string): boolean => m.nodes[m.byName.get(name) ?? -1]?.or === null;
  /** Whether a node's request classes are its reads and its writes (edges labelled so), not shares or paths. */
  const readsWrites = (name: string): boolean => (m.nodes[m.byName.get(name) ?? -1]?.routes ?? []).every((r) => r.label === null || /^(reads?|writes?|읽기|쓰기|조회)$/i.test(r.label.trim()));
  /** The costliest routes of a block (up to two, each at least a minute a year), with the node each needs alone that costs most. */
  const worstRoutes = (c: (typeof top)[number]): Localized => {
    // A share edge crossed with the reads/writes split (`결제 승인 share=10%` beside `조회` and `쓰기` edges) is one class as
    // the user wrote it: its read and write halves are summed (round 122c r04 printed `조회: 결제 승인` and `쓰기: 결제 승인`).
    const merged: NonNullable<typeof c.routes> = [];
    for (const r of c.routes ?? []) {
      const mm = CLASS_SHARE.exec(r.route);
      const twin = mm ? (c.routes ?? []).some((o) => o !== r && CLASS_SHARE.exec(o.route)?.[2] === mm[2]) : false;
      const route = twin ? mm![2]! : r.route;
      const at = merged.find((o) => o.route === route);
      if (at) {
        at.unavailability += r.unavailability;
        at.weakestUnavailability = (at.weakestUnavailability ?? 0) + (r.weakestUnavailability ?? 0);
      } else merged.push({ ...r, route });
    }
    merged.sort((a, b) => b.unavailability - a.unavailability);
    const rs = merged.filter((r, k) => k < 2 && r.unavailability * YEAR_MIN >= 1);
    if (!rs.length) return L('', '');
    // (The class of the requests no label names is called as the simulation's tables call it: "`web` (default)" — round 98b
    // r11 printed an empty name.)
    const en = rs.map((r) => `${r.route ? `\`${r.route}\`` : `\`${c.node}\` (default)`} ${minutes(r.unavailability)}${r.weakest ? `, mostly \`${r.weakest}\`` : ''}`).join('; ');
    const ko = rs.map((r) => `${r.route ? `\`${r.route}\`` : `\`${c.node}\`(기본)`} 경로 ${minutes(r.unavailability)}분${r.weakest ? `(대부분 \`${r.weakest}\`)` : ''}`).join(', ');
    return L(`: ${en}`, `: ${ko}`);
  };
  /** A caching node's share of misses (a CDN's `hit-ratio=`), when its block is that and not routes or alternatives. */
  const missShare = (name: string): number | null => {
    const x = m.nodes[m.byName.get(name) ?? -1];
    return x && x.offload > 0 && x.or === null && !x.routes ? 1 - x.offload : null;
  };
  const pctOf = (x: number): string => `${Math.round(x * 1000) / 10}%`;
  const items = top.map((c) =>
    c.block && missShare(c.node) !== null
      ? ((w) =>
          L(
            `${w ? `\`${w}\`, for` : 'what answers'} the misses of \`${c.node}\` (the ${pctOf(missShare(c.node)!)} of the requests it does not answer from its cache; about ${minutesEn(c.unavailability)} a year)`,
            `${w ? `\`${w}\`` : '캐시 뒤에서 답하는 곳'}(${codeJosa(c.node, '이/가')} 캐시로 답하지 못하는 요청 ${pctOf(missShare(c.node)!)}, 연간 약 ${minutes(c.unavailability)}분)`,
          ))((c.routes ?? []).find((r) => r.weakest)?.weakest ?? null)
      : c.block && routed(c.node) && classes(c.node)
      ? L(`${readsWrites(c.node) ? 'the reads and writes' : 'the request classes'} of \`${c.node}\` (each fails with what it needs; about ${minutesEn(c.unavailability)} a year${worstRoutes(c).en})`, `\`${c.node}\`의 ${readsWrites(c.node) ? '읽기와 쓰기 요청' : '요청 종류별 경로'}(종류마다 필요한 노드가 멈추면 실패, 연간 약 ${minutes(c.unavailability)}분${worstRoutes(c).ko})`)
      : c.block && routed(c.node)
      ? L(`the routes of \`${c.node}\` (each fails with its own pool; about ${minutesEn(c.unavailability)} a year${worstRoutes(c).en})`, `\`${c.node}\`의 경로별 장애(경로 뒤의 서버가 모두 멈추면 그 경로가 실패, 연간 약 ${minutes(c.unavailability)}분${worstRoutes(c).ko})`)
      : c.block && c.failover?.notPromoted && c.failover.weakest && !m.nodes[m.byName.get(c.failover.weakest) ?? -1]?.managed
      ? L(
          `the outages of \`${c.node}\`'s first target, mostly \`${c.failover.weakest}\`: the other target serves only once its database copy is promoted, which is done for the loss of the primary database, not of \`${c.failover.weakest}\` — so each lasts until \`${c.failover.weakest}\` is back (about ${minutesEn(c.unavailability)} a year)`,
          `\`${c.node}\`의 첫 번째 대상의 장애(주로 \`${c.failover.weakest}\`). 다른 대상은 그쪽 데이터베이스 사본이 승격되어야 처리하는데, 승격은 주 데이터베이스를 잃었을 때 하는 것이지 ${codeJosa(c.failover.weakest, '을/를')} 잃었을 때가 아니므로, ${codeJosa(c.failover.weakest, '이/가')} 돌아올 때까지 이어집니다(연간 약 ${minutes(c.unavailability)}분)`,
        )
      : c.block && c.failover?.notPromoted && c.failover.weakest
      ? // A provider's service as the costliest part: it is one of several counted whole at a figure (round 68 r08).
        L(
          `the outages of \`${c.node}\`'s first target (its costliest part \`${c.failover.weakest}\`, among the others there): the other target serves only once its database copy is promoted, which is done for the loss of the primary database, not of those parts — so each lasts until the part lost is back (about ${minutesEn(c.unavailability)} a year in all)`,
          `\`${c.node}\`의 첫 번째 대상의 장애(그곳에서 가장 비싼 부분은 \`${c.failover.weakest}\`). 다른 대상은 그쪽 데이터베이스 사본이 승격되어야 처리하는데, 승격은 주 데이터베이스를 잃었을 때 하는 것이지 그 밖의 부분을 잃었을 때가 아니므로, 잃은 부분이 돌아올 때까지 이어집니다(모두 합쳐 연간 약 ${minutes(c.unavailability)}분)`,
        )
      : c.block && c.failover
      ? L(
          `the outages of \`${c.node}\`'s first target${c.failover.weakest ? `, mostly \`${c.failover.weakest}\`,` : ''} until it is back or the users are served at another (up to about ${durationIn('en', c.failover.wait)} each: the switch and any promotion there; about ${minutesEn(c.unavailability)} a year)`,
          `\`${c.node}\`의 첫 번째 대상의 장애${c.failover.weakest ? `(주로 \`${c.failover.weakest}\`)` : ''}가 복구되거나 다른 대상이 처리할 때까지 이어지는 시간(매번 최대 약 ${durationIn('ko', c.failover.wait)}: 전환과 그쪽의 승격, 연간 약 ${minutes(c.unavailability)}분)`,
        )
      : c.block && c.shallow
      ? L(
          `the alternatives behind \`${c.node}\`, mostly \`${c.shallow.weakest}\`: \`${c.node}\`'s checks ask \`${c.shallow.target}\` itself, so while \`${c.shallow.weakest}\`, which it needs, is down, \`${c.node}\` keeps sending \`${c.shallow.target}\` its share and those requests fail (about ${minutesEn(c.unavailability)} a year)`,
          `\`${c.node}\` 뒤의 대안들, 주로 \`${c.shallow.weakest}\`. \`${c.node}\`의 헬스 체크는 \`${c.shallow.target}\` 자체만 묻기 때문에, 그 노드가 필요로 하는 ${codeJosa(c.shallow.weakest, '이/가')} 멈춰 있는 동안에도 \`${c.shallow.target}\`에 몫을 계속 보내고 그 요청은 실패합니다(연간 약 ${minutes(c.unavailability)}분)`,
        )
      : c.block
      ? L(`the alternatives behind \`${c.node}\` (about ${minutesEn(c.unavailability)} a year)`, `\`${c.node}\` 뒤의 대안들(연간 약 ${minutes(c.unavailability)}분)`)
      : L(`\`${c.node}\` (about ${minutesEn(c.unavailability)} a year)`, `\`${c.node}\`(연간 약 ${minutes(c.unavailability)}분)`),
  );
  // (Dropped at rest for want of database connections — pools beyond `max-connections` — is no capacity to add: more
  // instances open more connections; round 99c r05.)
  const pooled = connectionLimits(m).find((l) => l.callers.reduce((sum, c) => sum + c.connections * (m.nodes[c.idx]!.autoscale?.min ?? m.nodes[c.idx]!.instances), 0) > l.max);
  const poolDb = pooled ? m.nodes[pooled.db]!.name : null;
  if (detail.dropped > 0)
    items.push(
      poolDb !== null
        ? L(`requests refused a connection to \`${poolDb}\` (about ${minutesEn(detail.dropped)} a year)`, `\`${poolDb}\` 커넥션을 얻지 못해 실패하는 요청(연간 약 ${minutes(detail.dropped)}분)`)
        : L(`requests dropped over capacity (about ${minutesEn(detail.dropped)} a year)`, `용량 초과로 버려지는 요청(연간 약 ${minutes(detail.dropped)}분)`),
    );
  const advice: Localized[] = [];
  // A balancer that cannot see what its targets need: a check that follows the request there moves the share (round 62b r05).
  for (const c of top)
    if (c.block && c.shallow)
      advice.push(
        L(
          `Let \`${c.node}\`'s health check follow the requests to what each target needs (a \`/health\` that also checks \`${c.shallow.weakest}\`: \`health-check=deep\`), so that a target whose \`${c.shallow.weakest}\` is down leaves the pool — or make \`${c.shallow.weakest}\` itself more available.`,
          `\`${c.node}\`의 헬스 체크가 각 대상이 필요로 하는 곳까지 확인하게 하세요(\`${c.shallow.weakest}\`도 확인하는 \`/health\`: \`health-check=deep\`). 그러면 ${codeJosa(c.shallow.weakest, '이/가')} 멈춘 대상이 풀에서 빠집니다. 아니면 ${codeJosa(c.shallow.weakest, '을/를')} 더 가용하게 만드세요.`,
        ),
      );
  const named = top.filter((c) => !c.block).map((c) => c.node);
  // A route's weakest node that is a single point of failure (a session store or a database behind a route's pool):
  // that node wants the redundancy, not the pool.
  const routeWeak = top.filter((c) => c.block).flatMap((c) => (c.routes ?? []).map((r) => r.weakest).filter((w): w is string => w !== null));
  // (A managed service a route costs the most for is explained as one named alone: its SLA floor — round 101b r11.)
  const managed = [...new Set([...named, ...routeWeak])].filter((x) => design.nodes.get(x)?.managed === true);
  const allSpof = [...new Set([...named, ...routeWeak])].filter((x) => spofs.includes(x) && design.nodes.get(x)?.managed !== true);
  // A voting group with too few voters (two etcd members): a majority is all of them, so it wants an odd third voter.
  // (And a voting database or queue of two members — Galera, a quorum queue — whose survivor is no majority: a third voter.)
  const model = buildModel(design);
  const voters = allSpof.filter((x) => {
    const sn = model.nodes[model.byName.get(x) ?? -1];
    return design.nodes.get(x)?.kind === 'consensus' || (!!sn && sn.group !== null && sn.group.type !== 'sentinel' && sn.instances === 2 && !survivesFirstLoss(sn.group, model.horizon));
  });
  // A Redis pair whose Sentinels cannot authorise a failover: three Sentinels, not a third Redis voter (round 48 r02).
  const sentinelShort = allSpof.filter((x) => {
    const g = model.nodes[model.byName.get(x) ?? -1]?.group;
    return g !== null && g !== undefined && g.type === 'sentinel' && !survivesFirstLoss(g, model.horizon);
  });
  for (const x of sentinelShort)
    advice.push(
      L(
        `\`${x}\`'s Sentinels cannot promote a replica once the master's host is lost: it is worth one server. Run three Sentinels on three separate hosts (\`sentinels=3\`).`,
        `\`${x}\` 노드의 센티널은 마스터 호스트를 잃으면 복제본을 승격하지 못해, 서버 한 대만큼의 가용성에 그칩니다. 센티널 3개를 서로 다른 호스트 세 대에 두세요(\`sentinels=3\`).`,
      ),
    );
  // (A Redis Cluster with a shard that has no replica: not "a second instance" — the advice for its kind, below, is a
  // replica per shard. Round 42.)
  const bareShards = allSpof.filter((x) => {
    const g = model.nodes[model.byName.get(x) ?? -1]?.group;
    return !voters.includes(x) && g !== null && g !== undefined && g.type === 'cluster' && clusterReplicaCounts(g).some((c) => c === 0);
  });
  const spof = allSpof.filter((x) => !voters.includes(x) && !bareShards.includes(x) && !sentinelShort.includes(x) && !externalService(design.nodes.get(x)!));
  // Another company's API: a second provider or asynchronous requests, not instances (round 122c r04).
  for (const x of allSpof.filter((y) => externalService(design.nodes.get(y)!))) advice.push(L(`For \`${x}\`: ${redundancyAdvice(design.nodes.get(x)!, false, design).en}`, `\`${x}\`: ${redundancyAdvice(design.nodes.get(x)!, false, design).ko}`));
  for (const x of voters) {
    const n = design.nodes.get(x)!.replicas;
    advice.push(
      L(
        `\`${x}\` has ${n} voter${n === 1 ? '' : 's'}: a majority is ${n === 1 ? 'its only one' : 'all of them'}, so losing one stops it. Run an odd number, three or more (\`replicas=3\`), in three places if you can.`,
        `\`${x}\`의 투표 구성원은 ${n}개라 과반이 ${n === 1 ? '그 하나' : '전부'}입니다. 하나만 잃어도 멈추므로 홀수 개, 셋 이상으로 두고(\`replicas=3\`), 가능하면 세 곳에 나누어 두세요.`,
      ),
    );
  }
  if (spof.length)
    advice.push(L(`Give ${nameList(spof).en} a second instance or a standby with automatic failover.`, `${nameList(spof).ko}에 인스턴스를 하나 더 두거나 자동 페일오버 대기 노드를 추가하세요.`));
  // A node with a standby costs what its failovers take: each failure waits for the detection and the promotion.
  // A caller's reads and writes: each class's weakest node is what to fix (a database with a standby wants its failover,
  // not a pool of more instances).
  const classWeak = top.filter((c) => c.block && routed(c.node) && classes(c.node)).flatMap((c) => (c.routes ?? []).map((r) => r.weakest).filter((w): w is string => w !== null));
  // (And a route's weakest node with a standby a person promotes: the wait for that person is its cost — round 103b r05
  // advised "2+ instances behind each route" for a database whose standby is `failover=manual`.)
  const routeManual = top.filter((c) => c.block && routed(c.node) && !classes(c.node)).flatMap((c) => (c.routes ?? []).filter((r) => r.unavailability * YEAR_MIN >= 1 && r.weakest !== null && (m.nodes[m.byName.get(r.weakest) ?? -1]?.takeovers ?? []).some((t) => t.manual && !t.peer)).map((r) => r.weakest!));
  const failingOver = [...new Set([...named, ...classWeak, ...routeManual])].filter((x) => !managed.includes(x) && !spof.includes(x) && (m.nodes[m.byName.get(x) ?? -1]?.takeovers.length ?? 0) > 0);
  for (const x of failingOver) {
    const sn = m.nodes[m.byName.get(x)!]!;
    // Commits waiting on its only synchronous standby: that standby's every outage stops the writes (round 44).
    if (sn.syncWait >= 0) {
      const w = m.nodes[sn.syncWait]!.name;
      const ww = syncWaitWords(sn.node, m.nodes[sn.syncWait]!.node);
      // (A standby node of two or more instances: each commit waits for one of them — the writes stop only while all are down
      // at once; round 102b r05 advised the `replicas=2` it had and dropping the `sync-timeout=none` chosen for RPO 0.)
      const k = m.nodes[sn.syncWait]!.instances;
      if (k >= 2) {
        advice.push(
          L(
            `\`${x}\`'s commits wait for an acknowledgement from one of \`${w}\`'s ${k} instances: the writes stop only while ${k === 2 ? 'both' : `all ${k}`} are down at once, and \`${x}\`'s own failures cost their failovers — a further instance (\`replicas=${k + 1}\` on \`${w}\`) makes the first rarer.`,
            `\`${x}\`의 커밋은 \`${w}\`의 인스턴스 ${k}개 중 하나의 확인을 기다리므로, ${k}개가 한꺼번에 멈춘 동안에만 쓰기가 멈춥니다. ${codeJosa(x, '은/는')} 자기 장애마다 페일오버 시간만큼 멈춥니다. 인스턴스를 하나 더 두면(\`${w}\`에 \`replicas=${k + 1}\`) 앞의 경우가 더 드물어집니다.`,
          ),
        );
        continue;
      }
      advice.push(
        L(
          `\`${x}\`'s commits wait for \`${w}\`, its only synchronous standby, so every outage of \`${w}\` stops the writes until it is back. ${ww.fix.en}`,
          `\`${x}\`의 커밋은 유일한 동기 대기 노드 ${codeJosa(w, '을/를')} 기다리므로, ${codeJosa(w, '이/가')} 멈출 때마다 돌아올 때까지 쓰기가 멈춥니다. ${ww.fix.ko}`,
        ),
      );
      continue;
    }
    const t = pickTakeover(sn, () => true)!;
    const by = m.nodes[t.by]!.name;
    const wait = t.detect + t.promote;
    // (A standby already written `failover=auto` whose automatic takeover this loss does not get — a Tibero Observer in
    // its default PROTECTIVE mode: proposing `failover=auto` is what the design has; round 97c r04.)
    const byNode = m.nodes[t.by]!.node;
    if (t.manual && textAttr(byNode, 'failover') === 'auto') {
      const tibero = tiberoProtective(byNode, sn.node);
      advice.push(
        L(
          tibero
            ? `Each failure of \`${x}\` waits about ${durationIn('en', wait)} for a DBA: \`${by}\` is written \`failover=auto\`, but the Tibero Observer in its default PROTECTIVE mode fails over only while a cluster manager of the primary's side still answers, so a lost server waits for a person. Its DISASTER_PLAN mode fails over there too (the language cannot say it yet), or rehearse the manual switch and write its time as \`promote=\`.`
            : `Each failure of \`${x}\` waits about ${durationIn('en', wait)} for someone to promote \`${by}\` by hand: it is written \`failover=auto\`, but what decides its takeover is lost with \`${x}\` (its failover-blocked event says what). Keep that decider elsewhere, or rehearse the manual switch and write its time as \`promote=\`.`,
          tibero
            ? `\`${x}\`에 장애가 날 때마다 DBA를 약 ${durationIn('ko', wait)} 기다립니다. ${codeJosa(by, '은/는')} \`failover=auto\`로 적혀 있지만, 기본 PROTECTIVE 모드의 Tibero Observer는 프라이머리 쪽 클러스터 매니저가 아직 응답할 때만 절체하므로 서버를 잃으면 사람을 기다립니다. DISASTER_PLAN 모드는 이때도 절체합니다(아직 설계에 적을 수 없음). 아니면 수동 절체를 연습해 걸린 시간을 \`promote=\`로 적으세요.`
            : `\`${x}\`에 장애가 날 때마다 누군가 손으로 ${codeJosa(by, '을/를')} 승격할 때까지 약 ${durationIn('ko', wait)} 기다립니다. \`failover=auto\`로 적혀 있지만 넘겨받기를 결정하는 쪽이 ${codeJosa(x, '와/과')} 함께 사라집니다(failover-blocked 이벤트가 무엇인지 알려 줍니다). 결정하는 쪽을 다른 곳에 두거나, 수동 전환을 연습해 걸린 시간을 \`promote=\`로 적으세요.`,
        ),
      );
      continue;
    }
    advice.push(
      t.manual
        ? L(
            `Each failure of \`${x}\` waits about ${durationIn('en', wait)} for someone to notice it and promote \`${by}\` by hand: \`failover=auto\` on \`${by}\` (with a cluster manager that promotes it) cuts that to its detection and promotion.`,
            `\`${x}\`에 장애가 날 때마다 누군가 알아채고 ${codeJosa(by, '을/를')} 손으로 승격할 때까지 약 ${durationIn('ko', wait)} 기다립니다. \`${by}\`에 \`failover=auto\`를 두면(승격을 맡는 클러스터 관리자와 함께) 감지와 승격 시간으로 줄어듭니다.`,
          )
        : L(
            `Each failure of \`${x}\` is an outage of about ${durationIn('en', wait)} until the failure is detected and \`${by}\` promoted: faster failure detection shortens it.`,
            `\`${x}\`에 장애가 날 때마다 장애가 감지되고 ${codeJosa(by, '이/가')} 승격될 때까지 약 ${durationIn('ko', wait)} 중단됩니다. 장애 감지를 빠르게 하면 줄어듭니다.`,
          ),
    );
  }
  const floors: { x: string; sla: string }[] = [];
  /** A managed single instance nothing fails over (a lone cache node). */
  const lone = (x: string): boolean => {
    const s = m.nodes[m.byName.get(x) ?? -1];
    return !!s && s.instances === 1 && canBeSpof(s);
  };
  for (const x of managed) {
    const n = design.nodes.get(x)!;
    const sla = formatPercent(n.availability, 3);
    const tm = timingsOf(n);
    const singleAz = tm.profile.id === 'rds-single-az';
    // A managed service without a known SLA gets the generic figure: say it is assumed, not its provider's.
    const engineName = textAttr(n, 'engine');
    const assumed = assumedSla(design, x);
    // ElastiCache/MemoryDB in one zone: its Single-AZ SLA; replicas in a second zone (Multi-AZ) raise it.
    const singleZoneCache = hasPlacementSla(engineName) && n.availability < ELASTICACHE_SLA.multiAz.v;
    // Memorystore's Basic Tier (one node): no SLA at all — counted at the Standard Tier's (round 65 r03).
    const memorystoreBasic = n.kind === 'cache' && MEMORYSTORE_ENGINES.test(engineName ?? '') && loneManagedCache(n, n.replicas);
    // Azure Cache for Redis's Basic tier (one node): no SLA either — counted at the Standard tier's (round 73b r03).
    const azureBasic = n.kind === 'cache' && timingsOf(n).profile.id === 'azure-cache-redis' && loneManagedCache(n, n.replicas);
    const said: Localized | null =
      azureBasic
        ? L(
            `\`${x}\` is an Azure Cache for Redis Basic tier cache (one node, no replica): Microsoft gives the Basic tier no SLA, so it is counted at the Standard tier's ${sla}, which only a Standard or Premium cache (a primary and a replica that takes over) is held to.`,
            `${codeJosa(x, '은/는')} Azure Cache for Redis 기본(Basic) 계층 캐시(노드 하나, 복제본 없음)입니다. 기본 계층에는 SLA가 없어 표준(Standard) 계층의 ${sla}로 계산했는데, 이 수치는 프라이머리 노드와 이를 넘겨받는 복제본을 둔 표준·프리미엄 캐시에만 약속된 것입니다.`,
          )
        : memorystoreBasic
        ? L(
            `\`${x}\` is a Memorystore Basic Tier instance (one node): Google gives the Basic Tier no SLA, so it is counted at the Standard Tier's ${sla}, which only the Standard Tier is held to — a replica in another zone with automatic failover (\`replicas=2\` over two zones).`,
            `${codeJosa(x, '은/는')} Memorystore 기본(Basic) 등급 인스턴스(노드 하나)입니다. 기본 등급에는 SLA가 아예 없어 표준(Standard) 등급의 ${sla}로 계산했는데, 이 수치는 다른 존의 복제본으로 자동 페일오버하는 표준 등급에만 약속된 것입니다(두 존에 \`replicas=2\`).`,
          )
        : singleZoneCache && [...design.nodes.values()].some((c) => c.of === n.name && c.kind === 'cache' && textAttr(c, 'failover') === 'manual')
        ? // Its replica elsewhere is promoted by hand: automatic failover is off (round 89b r07).
          L(
            `\`${x}\` is held to ElastiCache's Single-AZ SLA (${sla}): its replica in another zone is promoted by hand (\`failover=manual\`: automatic failover off), and the Multi-AZ SLA (${formatPercent(ELASTICACHE_SLA.multiAz.v, 3)}) holds only with automatic failover on — turn it on (Multi-AZ) and write \`failover=auto\`.`,
            `${codeJosa(x, '은/는')} ElastiCache 단일 AZ SLA(${sla})에 묶여 있습니다. 다른 존의 복제본을 사람이 승격하므로(\`failover=manual\`: 자동 페일오버 꺼짐) 다중 AZ SLA(${formatPercent(ELASTICACHE_SLA.multiAz.v, 3)})는 자동 페일오버가 켜져 있을 때만 적용됩니다. 자동 페일오버(다중 AZ)를 켜고 \`failover=auto\`로 적으세요.`,
          )
        : singleZoneCache
        ? L(
            `\`${x}\` is held to ElastiCache's Single-AZ SLA (${sla}): with a replica in a second zone (Multi-AZ) the SLA is ${formatPercent(ELASTICACHE_SLA.multiAz.v, 3)}.`,
            `${codeJosa(x, '은/는')} ElastiCache의 단일 AZ SLA(${sla})에 묶여 있습니다. 다른 존에 복제본을 두면(다중 AZ) SLA가 ${formatPercent(ELASTICACHE_SLA.multiAz.v, 3)}입니다.`,
          )
        : assumed && n.kind === 'queue' && n.replicas < 2 && BROKER_ENGINES.test(textAttr(n, 'engine') ?? '')
        ? // A managed broker of one instance: counted as one instance (derive.ts), with the deployment that fails over.
          L(
            `\`${x}\` is one managed broker with nothing to fail over to (a single-instance broker is also down for its maintenance windows, up to 2 hours a week): counted as one instance, an assumed ${sla} (generic; no SLA of its product is known). The provider's redundant deployment fails over instead — Amazon MQ's active/standby pair for ActiveMQ, a three-node cluster for RabbitMQ (\`replicas=3\` over three zones).`,
            `${codeJosa(x, '은/는')} 넘겨받을 곳이 없는 관리형 브로커 하나입니다(단일 인스턴스 브로커는 매주 최대 2시간의 유지 관리 시간에도 멈춥니다). 인스턴스 하나로 보고 가정한 가용성 ${sla}로 계산했습니다(범용 기본값: 이 제품의 SLA는 알지 못합니다). 제공자의 이중화 배포가 대신 넘겨받게 하세요. Amazon MQ라면 ActiveMQ는 액티브/스탠바이 쌍, RabbitMQ는 노드 세 개 클러스터입니다(존 세 곳에 \`replicas=3\`).`,
          )
        : assumed && n.kind === 'cache' && lone(x)
        ? // One managed cache node with nothing to fail over to (round 123 r02): the generic figure flatters it.
          L(
            `\`${x}\` is one managed cache node with nothing to fail over to, counted at an assumed ${sla} — a generic figure taken from services that fail over, so it flatters a single node (Memorystore's Basic Tier has no SLA at all). Run the service's tier with a replica in another zone that fails over by itself (Memorystore Standard, ElastiCache with a replica and Multi-AZ: \`replicas=2\` over two zones), or write a measured figure as \`availability=\`.`,
            `${codeJosa(x, '은/는')} 넘겨받을 곳이 없는 관리형 캐시 노드 하나인데, 가정한 가용성 ${sla}로 계산했습니다. 이 범용 수치는 페일오버하는 서비스에서 가져온 것이라 노드 하나에는 후한 값입니다(Memorystore 기본 등급에는 SLA가 아예 없습니다). 다른 존의 복제본으로 스스로 페일오버하는 등급을 쓰거나(Memorystore 표준 등급, 복제본과 다중 AZ를 켠 ElastiCache: 두 존에 \`replicas=2\`), 측정값을 \`availability=\`로 적으세요.`,
          )
        : assumed
        ? L(
            `\`${x}\` is counted at an assumed ${sla} (a generic figure for a managed service: the tool knows no SLA of its product). Write its provider's SLA as \`availability=\` on it.`,
            `${codeJosa(x, '은/는')} 가정한 가용성 ${sla}로 계산했습니다(관리형 서비스의 범용 기본값: 이 제품의 SLA는 알지 못합니다). 제공자의 SLA를 \`availability=\`로 적어 주세요.`,
          )
        : singleAz
        ? L(`\`${x}\` is a Single-AZ instance held to its SLA (${sla}): \`engine=rds-multi-az\` adds a standby in another zone that fails over by itself (SLA 99.95%).`, `${codeJosa(x, '은/는')} SLA(${sla})에 묶인 단일 AZ 인스턴스입니다: \`engine=rds-multi-az\`로 바꾸면 다른 가용 영역에 스스로 페일오버하는 대기 인스턴스가 생깁니다(SLA 99.95%).`)
        : null;
    if (said) advice.push(said);
    else floors.push({ x, sla });
  }
  // Services counted at their SLA floors, said once (round 101b r11 repeated the sentence per service).
  if (floors.length === 1)
    advice.push(
      L(
        `\`${floors[0]!.x}\` is counted at its service's SLA (${floors[0]!.sla}): a contractual floor (the provider refunds below it), not a measurement — its real availability is usually higher. Where the goal is judged on measured figures, write them as \`availability=\` on it.`,
        `\`${floors[0]!.x}\`의 가용성은 서비스 SLA(${floors[0]!.sla})로 계산했습니다. SLA는 그 아래로 떨어지면 요금을 돌려주는 계약상의 하한이지 측정값이 아니어서, 실제 가용성은 보통 이보다 높습니다. 측정값으로 목표를 판단한다면 그 값을 \`availability=\`로 적으세요.`,
      ),
    );
  else if (floors.length > 1) {
    const list = floors.map((f) => `\`${f.x}\` (${f.sla})`);
    advice.push(
      L(
        `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]} are counted at their services' SLAs: contractual floors (the provider refunds below them), not measurements — their real availability is usually higher. Where the goal is judged on measured figures, write them as \`availability=\` on each.`,
        `${list.join(', ')}의 가용성은 서비스 SLA로 계산했습니다. SLA는 그 아래로 떨어지면 요금을 돌려주는 계약상의 하한이지 측정값이 아니어서, 실제 가용성은 보통 이보다 높습니다. 측정값으로 목표를 판단한다면 그 값을 각각 \`availability=\`로 적으세요.`,
      ),
    );
  }
  const rest = top.filter((c) => c.block || (!spof.includes(c.node) && !managed.includes(c.node) && !failingOver.includes(c.node)));
  // A route's weakest node that runs 2+ instances but needs all of them for its load: no headroom, not a missing instance.
  const st = steadyState(m);
  const tight = new Set<string>();
  for (const c of rest)
    for (const name of c.block ? (c.routes ?? []).map((r) => r.weakest) : [c.node]) {
      const i = name === null ? undefined : m.byName.get(name);
      if (i === undefined || !st) continue;
      const sn = m.nodes[i]!;
      if (sn.capacity && sn.instances >= 2 && !sn.managed && Math.ceil(st.load[i]! / sn.capacity - 1e-9) >= sn.instances) tight.add(sn.name);
    }
  for (const x of tight) {
    const i = m.byName.get(x)!;
    const sn = m.nodes[i]!;
    const load = Math.round(st!.load[i]!).toLocaleString('en-US');
    // An autoscaling group runs what its load needs (up to its maximum): it is that count that has no room.
    const need = Math.ceil(st!.load[i]! / sn.capacity! - 1e-9);
    const runs = sn.autoscale ? Math.min(sn.autoscale.max, Math.max(sn.instances, need)) : sn.instances;
    const more = sn.autoscale ? `autoscale=${runs + 1}..${Math.max(runs + 1, sn.autoscale.max)}` : `replicas=${sn.instances + 1}`;
    advice.push(
      L(
        `\`${x}\` runs ${runs} instances${sn.autoscale && runs > sn.instances ? ' (scaled to its load)' : ''} and needs all of them for its load (${load} req/s at ${sn.capacity} each): losing any one fails part of its requests${sn.autoscale ? ' until autoscaling replaces it' : ''}. One more instance (\`${more}\`) gives it room to lose one.`,
        `\`${x}\` 노드는 인스턴스 ${runs}개${sn.autoscale && runs > sn.instances ? '(부하에 맞춰 늘어난 수)' : ''}가 들어오는 부하(초당 ${load}건, 인스턴스마다 ${sn.capacity}건)에 모두 필요해서 하나만 잃어도${sn.autoscale ? ' 오토스케일링이 채울 때까지' : ''} 요청 일부가 실패합니다. 하나를 더 두면(\`${more}\`) 하나를 잃어도 버팁니다.`,
      ),
    );
  }
  // Targets a name server hands out without checking them: a dead one keeps its share, whatever stands behind it.
  const unchecked = rest.filter((c) => c.block && m.nodes[m.byName.get(c.node) ?? -1]?.or === 'dns-static').map((c) => c.node);
  for (const x of unchecked)
    advice.push(
      L(
        `\`${x}\` hands out its targets without checking them: a dead one keeps its share of the requests until it is repaired, however many there are. Health-check them (\`health-check\`, with a short \`ttl=\`), or put a load balancer in front.`,
        `\`${x}\` 노드는 대상을 검사하지 않고 알려 주므로, 죽은 대상은 몇 개를 두든 복구될 때까지 자기 몫의 요청을 계속 받습니다. 대상을 헬스 체크하거나(\`health-check\`, 짧은 \`ttl=\`) 앞에 로드밸런서를 두세요.`,
      ),
    );
  // A route to one primary that a standby takes over automatically (a read/write split's writes): a second instance
  // there would be a second writer; what it costs is each failover's wait.
  const failsOver = (name: string | null): boolean => name !== null && (m.nodes[m.byName.get(name) ?? -1]?.takeovers ?? []).some((t) => !t.manual && !t.peer);
  const costly = rest.filter((c) => c.block && routed(c.node) && !classes(c.node)).flatMap((c) => (c.routes ?? []).filter((r) => r.unavailability * YEAR_MIN >= 1));
  if (costly.some((r) => r.weakest === null || (!tight.has(r.weakest) && !spof.includes(r.weakest) && !m.nodes[m.byName.get(r.weakest) ?? -1]?.managed && !failsOver(r.weakest) && !routeManual.includes(r.weakest))))
    advice.push(L('Give every route a pool that survives the loss of one instance (2+ instances behind each route).', '경로마다 인스턴스 하나를 잃어도 버티는 풀을 두세요(경로마다 인스턴스 2개 이상).'));
  const primaries = [...new Set(costly.map((r) => r.weakest).filter((w): w is string => failsOver(w)))];
  if (primaries.length)
    advice.push(
      L(
        `${nameList(primaries).en} already ${primaries.length > 1 ? 'have standbys' : 'has a standby'} that take${primaries.length > 1 ? '' : 's'} over automatically: ${primaries.length > 1 ? 'their routes lose' : 'its route loses'} the requests of each failover's wait, which a faster detection or promotion shortens.`,
        `${nameList(primaries).ko}에는 자동으로 넘겨받는 대기 노드가 이미 있습니다. 그 경로는 페일오버 때마다 기다리는 동안의 요청을 잃으며, 감지나 승격을 빠르게 하면 줄어듭니다.`,
      ),
    );
  // A DNS failover record whose other targets serve only after a wait (a DR database promoted there): that wait is the cost.
  /** Whether a tier of `instances` with `capacity` each, one of them lost, is short of the load it receives now. */
  const short = (i: number, instances: number, capacity: number): boolean => st !== null && st.load[i]! > (instances - 1) * capacity + 1e-9;
  for (const c of rest) {
    if (!c.block || !c.failover) continue;
    const weakest = c.failover.notPromoted ? c.failover.weakest : null;
    // The costliest part a self-run array counted at the generic figure of one instance: said first (round 96c r01).
    const wk = c.failover.weakest ? design.nodes.get(c.failover.weakest) : undefined;
    if (wk && wk.kind === 'storage' && !wk.managed && wk.attrs.has('raid') && !wk.attrs.has('availability'))
      advice.push(
        L(
          `\`${wk.name}\` is counted at ${formatPercent(wk.availability, 3)}, the generic figure of one self-run instance (docs/defaults.md), not a figure of its own: an array with redundant controllers, power and disks is usually rated far higher — write the figure its vendor or your records give (\`availability=\` on \`${wk.name}\`).`,
          `${codeJosa(wk.name, '은/는')} 직접 운영하는 인스턴스 하나의 범용 기본값 ${formatPercent(wk.availability, 3)}로 계산했습니다(docs/defaults.md). 컨트롤러, 전원, 디스크가 이중화된 어레이는 보통 이보다 훨씬 높으니, 제조사나 운영 기록의 수치를 적으세요(\`${wk.name}\`에 \`availability=\`).`,
        ),
      );
    // (A tier that already runs several instances, or a managed one counted whole at its platform's figure: a second
    // instance is no fix — round 42 advised it to an App Service tier running four.)
    const wn = weakest === null ? undefined : m.nodes[m.byName.get(weakest) ?? -1];
    // (RabbitMQ's classic queues on several nodes: each queue on one node with no copy — quorum queues are the fix, not the
    // recovery site; round 100c r05 was told to move the users to the DR site for a broker node's loss.)
    if (weakest !== null && wn && !wn.managed && wn.instances >= 2 && classicQueues(wn.node))
      advice.push(
        L(
          `\`${weakest}\`'s classic queues each live on one of its ${wn.instances} nodes, with no copy: a lost node's queues take no message until it is back. Use quorum queues (\`quorum\` on \`${weakest}\`, 3 nodes or more), which keep each queue on a majority of the nodes.`,
          `\`${weakest}\`의 클래식 큐는 노드 ${wn.instances}개 중 한 곳에만 사본 없이 있어, 노드를 잃으면 그 노드의 큐는 돌아올 때까지 메시지를 받지 못합니다. 쿼럼 큐를 쓰세요(\`${weakest}\`에 \`quorum\`, 노드 3개 이상).`,
        ),
      );
    // (A self-run tier whose one lost instance leaves too little capacity for its load: its outages are that shortfall —
    // one more instance, not moving every user to the recovery site; round 113c r05 advised failing over to a site
    // restored from a backup in 3 h for one of two application servers.)
    else if (weakest !== null && wn && !wn.managed && wn.instances >= 2 && wn.capacity !== null && short(wn.idx, wn.instances, wn.capacity)) {
      const load = st!.load[wn.idx]!;
      const need = Math.ceil(load / wn.capacity - 1e-9) + 1;
      const n = (v: number): string => Math.round(v).toLocaleString('en-US');
      advice.push(
        L(
          `\`${weakest}\` runs ${wn.instances} instances, but one lost leaves ${n((wn.instances - 1) * wn.capacity)} req/s of capacity for the ${n(load)} req/s it receives: its outages are that shortfall. Run ${need} instances (\`replicas=${need}\`), so that losing one fails nothing.`,
          `${codeJosa(weakest, '은/는')} 인스턴스를 ${wn.instances}개 두지만, 하나를 잃으면 받는 요청 초당 ${n(load)}건에 처리 용량이 초당 ${n((wn.instances - 1) * wn.capacity)}건만 남습니다. 이 장애의 비용은 그 부족분입니다. 인스턴스를 ${need}개 두어(\`replicas=${need}\`) 하나를 잃어도 실패가 없게 하세요.`,
        ),
      );
    } else if (weakest !== null && wn && !wn.managed && wn.group !== null && (wn.group.type === 'majority' || wn.group.type === 'leader') && !survivesFirstLoss(wn.group, m.horizon))
      // (A voting group of two: one member lost leaves no majority — its outages are the group's, and a third voter is the
      // fix, not moving the users; round 115c r04 told a two-member etcd it "already runs several instances".)
      advice.push(
        L(
          `\`${weakest}\` runs ${wn.instances} voting members: losing one leaves no majority, so the group stops with any of them. Run an odd number — 3 members, in three places — so that one can be lost.`,
          `${codeJosa(weakest, '은/는')} 투표 구성원을 ${wn.instances}개 두어, 하나만 잃어도 과반이 남지 않아 그룹이 멈춥니다. 홀수 개, 곧 구성원 3개를 세 곳에 나누어 두어 하나를 잃어도 버티게 하세요.`,
        ),
      );
    else if (weakest !== null && wn && (wn.managed || wn.instances >= 2))
      advice.push(
        L(
          wn.managed
            ? `\`${weakest}\` already runs as a managed service, counted whole at its platform's figure: write the provider's SLA or a measured figure as \`availability=\` first — the estimate rests on it. Beyond that, what an outage there costs is that the recovery site takes over only when the primary database is lost; to have it move the users too, a health check on \`${c.node}\` that follows the requests, and a promotion of the copy there that does not wait for a person.`
            : `\`${weakest}\` already runs several instances: what its outages cost is that the recovery site takes over only when the primary database is lost. Let an outage of \`${weakest}\` at the primary site move the users too — a health check on \`${c.node}\` that follows the requests to the database, and a promotion of the copy there that does not wait for a person — or write a measured figure as \`availability=\`.`,
          wn.managed
            ? `${codeJosa(weakest, '은/는')} 이미 관리형 서비스로 돌고 있어 플랫폼 수치로 통째로 계산됩니다. 먼저 제공자의 SLA나 측정값을 \`availability=\`로 적으세요. 추정이 그 값에 달려 있습니다. 그다음으로, 이곳의 장애가 비싼 것은 복구 사이트가 주 데이터베이스를 잃었을 때만 넘겨받기 때문입니다. 사용자를 옮기게 하려면 \`${c.node}\`의 헬스 체크가 요청을 따라 확인하고, 그쪽 사본의 승격이 사람을 기다리지 않게 하세요.`
            : `${codeJosa(weakest, '은/는')} 이미 인스턴스를 여럿 두고 있습니다. 이 장애가 비싼 것은 복구 사이트가 주 데이터베이스를 잃었을 때만 넘겨받기 때문입니다. 주 사이트의 ${codeJosa(weakest, '이/가')} 멈춰도 사용자를 옮기도록 하세요(\`${c.node}\`의 헬스 체크가 요청을 따라 데이터베이스까지 확인하고, 그쪽 사본의 승격이 사람을 기다리지 않게). 아니면 측정값을 \`availability=\`로 적으세요.`,
        ),
      );
    else if (weakest !== null)
      advice.push(
        L(
          `Give \`${weakest}\` a second instance at the primary site that takes over by itself — the recovery site does not cover its loss.`,
          `주 사이트에 ${codeJosa(weakest, '을/를')} 스스로 넘겨받는 두 번째 인스턴스를 두세요. 복구 사이트는 이 장애를 대신하지 않습니다.`,
        ),
      );
    else
      advice.push(
        L(
          `Each outage at \`${c.node}\`'s first target that is not repaired sooner lasts about ${durationIn('en', c.failover.wait)} before another target serves: a standby there that takes over by itself (\`failover=auto\`), or a shorter switch (health checks, \`ttl=\`), cuts it.`,
          `\`${c.node}\`의 첫 번째 대상에 장애가 나면 그보다 먼저 복구되지 않는 한 다른 대상이 처리하기까지 약 ${durationIn('ko', c.failover.wait)} 걸립니다. 그쪽 대기 노드가 스스로 넘겨받게 하거나(\`failover=auto\`) 전환을 짧게 하면(헬스 체크, \`ttl=\`) 줄어듭니다.`,
        ),
      );
  }
  // The rest, by name, with the advice that fits each (a storage array's second array, a clustered product's members):
  // "the others" read as nothing when they were the only nodes named.
  const others = rest.filter((c) => !(c.block && routed(c.node)) && !(c.block && c.failover) && !tight.has(c.node) && !unchecked.includes(c.node) && !voters.includes(c.node) && !sentinelShort.includes(c.node))
    // (A caching node's misses: what they need is advised for where it is a single point, not the cache in front of it.)
    .filter((c) => !(c.block && missShare(c.node) !== null))
    .map((c) => c.node);
  // (Each of the three named gets its own advice — round 109c r05 told a Galera cluster of three members in three zones, named
  // third, to add instances or zones.)
  // A caching node's misses resting on a single server behind it (a CDN's origin): that server wants the second instance.
  for (const c of rest) {
    if (!(c.block && missShare(c.node) !== null)) continue;
    const w = (c.routes ?? []).find((r) => r.weakest)?.weakest;
    const wn = w ? m.nodes[m.byName.get(w) ?? -1] : undefined;
    const n = w ? design.nodes.get(w) : undefined;
    if (!w || !wn || !n || wn.managed || wn.instances !== 1 || wn.takeovers.length || others.includes(w)) continue;
    const a = redundancyAdvice(n, laxRpo(design), design);
    advice.push(L(`For \`${w}\`: ${a.en}`, `\`${w}\`: ${a.ko}`));
  }
  for (const x of others.slice(0, 3)) {
    const n = design.nodes.get(x);
    if (!n) continue;
    const sn = m.nodes[m.byName.get(x) ?? -1];
    // A cluster whose members its callers reach at one member's address (Galera, a MongoDB written without its driver's
    // failover): its members are there; what is missing is something that moves the callers.
    // A voting group that already survives a member's loss (3 etcd, ceph-mon, corosync votes): more of the same is not
    // the fix — what stops it is a majority lost together, a placement matter (round 37: "replicas=2" for 3 members).
    const voting = !!sn && !sn.directMembers && sn.group !== null && sn.instances >= 3 && survivesFirstLoss(sn.group, model.horizon);
    // A tier whose dead instances something already routes around (a checking balancer, a Kubernetes Service, callers that
    // retry the next one) and whose load needs several of them: its cost is instances lost together, a capacity matter
    // (round 42b: a Kubernetes tier behind ingress-nginx was told to add a checking balancer).
    const need = sn && st && sn.capacity && sn.capacity > 0 && !sn.managed ? Math.ceil(st.load[sn.idx]! / sn.capacity - 1e-9) : 0;
    const routedAround = !!sn && sn.instances >= 2 && !sn.directMembers && !blindInstances(m.nodes, sn) && need >= 2 && need < sn.instances;
    // A cache only read aside whose server's loss overloads the store behind it (cacheLossCosts): that store's capacity is the matter.
    const behind = sn ? (m.fallbackOf.get(sn.idx) ?? []).map((b) => m.nodes[b]!.name) : [];
    // A self-run array (`raid=`) with no figure of its own: counted at the generic 99.9 % of one instance, which an array
    // with redundant controllers, power and disks usually beats by far — say so, and ask for its figure, before offering
    // a second array (round 93c r02: a dual-controller array blamed for the miss at an undisclosed 99.9 %).
    const genericArray = n.kind === 'storage' && !n.managed && n.attrs.has('raid') && !n.attrs.has('availability') && n.replicas < 2;
    const a = genericArray
      ? L(
          `it is counted at ${formatPercent(n.availability, 3)}, the generic figure of one self-run instance (docs/defaults.md), not a figure of its own: an array with redundant controllers, power and disks is usually rated far higher. Write the figure its vendor or your records give (\`availability=\` on \`${x}\`). ${redundancyAdvice(n, laxRpo(design), design).en}`,
          `직접 운영하는 인스턴스 하나의 범용 기본값 ${formatPercent(n.availability, 3)}로 계산했습니다(docs/defaults.md). 컨트롤러, 전원, 디스크가 이중화된 어레이는 보통 이보다 훨씬 높으니, 제조사나 운영 기록의 수치를 적으세요(\`${x}\`에 \`availability=\`). ${redundancyAdvice(n, laxRpo(design), design).ko}`,
        )
      : behind.length
      ? L(
          `losing one of its servers sends that server's share of the reads to ${behind.map((b) => `\`${b}\``).join(', ')}, which cannot take them (cache-loss-overload): part of the requests fail while it is down. Give ${behind.length > 1 ? 'them' : 'it'} the capacity for those reads, or spread the keys over more servers so that each holds a smaller share.`,
          `서버 하나를 잃으면 그 서버 몫의 읽기가 ${behind.length === 1 ? codeJosa(behind[0]!, '으로/로') : `${behind.map((b) => `\`${b}\``).join(', ')} 쪽으로`} 가는데 감당하지 못해(cache-loss-overload), 그 서버가 없는 동안 요청 일부가 실패합니다. 그 읽기를 받을 용량을 두거나, 키를 더 많은 서버에 나누어 한 서버의 몫을 줄이세요.`,
        )
      : routedAround
      ? L(
          `its ${sn!.instances} instances are already routed around when one dies, but its load (${Math.round(st!.load[sn!.idx]!).toLocaleString('en-US')} req/s at ${sn!.capacity} each) needs ${need} of them: losing ${sn!.instances - need + 1} at once (a host, a zone, a rollout) fails part of its requests. One more instance (\`replicas=${sn!.instances + 1}\`) gives it that room.`,
          `인스턴스 ${sn!.instances}개는 하나가 죽으면 이미 우회되지만, 부하(초당 ${Math.round(st!.load[sn!.idx]!).toLocaleString('en-US')}건, 인스턴스마다 ${sn!.capacity}건)에 ${need}개가 필요해서 ${sn!.instances - need + 1}개를 함께 잃으면(호스트, 존, 배포 중) 요청 일부가 실패합니다. 하나를 더 두면(\`replicas=${sn!.instances + 1}\`) 그만큼 여유가 생깁니다.`,
        )
      : voting && tokenRanged(n)
      ? // Cassandra/ScyllaDB with `quorum`: no vote either — a token range fails QUORUM when two of its three replicas are
        // down together (round 60b r01: "its members vote and no zone holds a majority" beside quorum-fragile's half).
        rangesSpread(n, sn!.instances)
        ? L(
            `its nodes do not vote: a token range fails QUORUM only when two of its three replicas are down together, and they are already one per zone, so what it costs is such coincident losses.`,
            `노드는 투표하지 않습니다. 토큰 범위는 복제본 셋 중 둘을 함께 잃을 때만 QUORUM 요청이 실패하고, 복제본은 이미 존마다 하나씩 있으므로 이 비용은 그렇게 겹친 장애에서 나옵니다.`,
          )
        : L(
            `its nodes do not vote, but a token range fails QUORUM when two of its three replicas are down together, and here one zone's loss does that to some ranges (quorum-fragile): spread the nodes over three zones set as racks.`,
            `노드는 투표하지 않지만, 토큰 범위는 복제본 셋 중 둘을 함께 잃으면 QUORUM 요청이 실패하며 여기서는 존 하나만 잃어도 일부 범위가 그렇게 됩니다(quorum-fragile). 노드를 존 3곳에 랙으로 나누어 두세요.`,
          )
      : voting && KAFKA_ENGINES.has(engineOf(n))
      ? // Kafka's brokers do not vote (`quorum`: replication factor 3, min.insync.replicas 2): a partition stops when two of
        // its replicas are down together (round 57b r03: "its members vote" and a placement it already had).
        spreadOver(n, sn!.instances)
        ? L(
            `its brokers do not vote: a partition stops taking sends only when two of its three replicas are down together, and they are already spread over the zones, so what it costs is such coincident losses.`,
            `브로커는 투표하지 않습니다. 파티션은 복제본 셋 중 둘을 함께 잃을 때만 전송을 받지 못하고, 브로커는 이미 존마다 나뉘어 있으므로 이 비용은 그렇게 겹친 장애에서 나옵니다.`,
          )
        : L(
            // (Three brokers hold a replica of every partition each: a zone with two of them takes two replicas of every
            // partition, not of some — round 125c r05, against quorum-fragile's own "every partition".)
            `its brokers do not vote, but a partition stops taking sends when two of its three replicas are down together, and here one zone's loss does that to ${sn!.instances <= 3 ? 'every partition' : 'some partitions'} (quorum-fragile): spread the brokers over three zones with \`broker.rack\` set.`,
            `브로커는 투표하지 않지만, 파티션은 복제본 셋 중 둘을 함께 잃으면 전송을 받지 못하며 여기서는 존 하나만 잃어도 ${sn!.instances <= 3 ? '모든 파티션이' : '일부 파티션이'} 그렇게 됩니다(quorum-fragile). \`broker.rack\`을 설정하고 브로커를 존 3곳에 나누어 두세요.`,
          )
      : voting && sn!.group!.type === 'cluster'
      ? // Only a Redis Cluster's masters vote a replica's promotion: its replicas add no votes (round 70c r06).
        L(
          `it is a Redis Cluster of ${sn!.group!.shards} shard${sn!.group!.shards === 1 ? '' : 's'}: a shard's replica takes over when a majority of the ${sn!.group!.shards} masters agree — only masters vote, so more replicas add no votes — and what it costs is a shard losing its master and its replicas together, or a place holding a majority of the masters (then quorum-fragile says so): keep each shard's copies, and the masters, in places that fail apart.`,
          `샤드 ${sn!.group!.shards}개로 된 Redis Cluster입니다. 샤드의 복제본은 마스터 ${sn!.group!.shards}개 중 과반이 동의할 때 넘겨받으며, 투표는 마스터만 하므로 복제본을 늘려도 표는 늘지 않습니다. 비용은 한 샤드의 마스터와 복제본을 함께 잃거나, 한 곳에 마스터의 과반이 몰려 있을 때 생깁니다(그러면 quorum-fragile이 알립니다). 샤드의 사본과 마스터를 함께 고장 나지 않는 곳에 나누어 두세요.`,
        )
      : voting && sn!.group !== null && sn!.group.type === 'leader' && sn!.group.shards > 1
      ? // Replica sets, one per shard (MongoDB `shards=`): each votes alone — no even group of all the members (round 100b r06).
        (() => {
          const S = sn!.group!.shards;
          const data = Math.round(sn!.instances / S);
          const arb = Math.round((sn!.group!.arbiters ?? 0) / S);
          return arb > 0
            ? L(
                `it is ${S} replica sets, one per shard, each of ${data} data-bearing member${data === 1 ? '' : 's'} and ${arb} arbiter${arb === 1 ? '' : 's'}: each elects its own primary and survives one lost member, but a set with a data member down keeps no second copy of its data, and writes waiting for a majority stall — give each shard a third data-bearing member in place of its arbiter.`,
                `샤드마다 하나씩 모두 ${S}개의 레플리카 세트이고, 세트마다 데이터를 가진 멤버 ${data}개와 아비터 ${arb}개입니다. 세트마다 자기 프라이머리를 뽑아 멤버 하나를 잃어도 견디지만, 데이터 멤버 하나가 멈춘 세트에는 데이터의 두 번째 사본이 없고 과반을 기다리는 쓰기가 멈춥니다. 샤드마다 아비터 대신 데이터를 가진 세 번째 멤버를 두세요.`,
              )
            : L(
                `it is ${S} replica sets, one per shard, each of ${data} members: each elects its own primary and stops only when a majority of its own members is down — keep each shard's members in places that fail apart.`,
                `샤드마다 하나씩 모두 ${S}개의 레플리카 세트이고, 세트마다 멤버 ${data}개입니다. 세트마다 자기 프라이머리를 뽑고 자기 멤버의 과반을 잃을 때만 멈춥니다. 샤드마다 멤버를 함께 고장 나지 않는 곳에 나누어 두세요.`,
              );
        })()
      : voting && spreadOver(n, sn!.instances, sn!.group && 'voters' in sn!.group ? sn!.group : undefined)
      ? // Already one place each, no zone holding a majority: nothing in its placement to change (round 57b r04).
        L(
          sn!.instances % 2 === 0
            ? `its ${sn!.instances} members already vote and are spread so that no zone holds more than it can spare: it stops when ${sn!.instances / 2} of them are down at once — an even group needs ${majorityOf(sn!.instances)} of ${sn!.instances}, so it spares no more than ${sn!.instances - 1} would; an odd number (${sn!.instances + 1}) spares one more.`
            : `its ${sn!.instances} members already vote and are spread so that no zone holds a majority: it stops only when a majority of them is down at once, the floor of a group of ${sn!.instances} (${sn!.instances + 2} members lower it).`,
          sn!.instances % 2 === 0
            ? `구성원 ${sn!.instances}개가 이미 투표하고 어느 존에도 감당할 수 있는 수보다 많이 몰리지 않게 나뉘어 있어, ${sn!.instances / 2}개가 한꺼번에 멈추면 멈춥니다. 짝수 그룹은 ${sn!.instances}개 중 ${majorityOf(sn!.instances)}개가 필요해 ${sn!.instances - 1}개일 때보다 더 버티지 못하니, 홀수(${sn!.instances + 1}개)로 두면 하나를 더 잃어도 됩니다.`
            : `구성원 ${sn!.instances}개가 이미 투표하고 어느 존에도 과반이 몰리지 않게 나뉘어 있어, 과반이 한꺼번에 멈출 때만 멈춥니다. 구성원 ${sn!.instances}개 그룹의 하한이며, ${sn!.instances + 2}개로 늘리면 낮아집니다.`,
        )
      : voting && sn!.group && 'need' in sn!.group && sn!.group.need !== undefined
      ? // A MinIO pool needs more than a majority of its servers (minioNeed): say how many it can spare (round 83 r02).
        L(
          `its ${sn!.instances} servers keep every erasure set's drives, and the pool stops when more than ${sn!.instances - sn!.group.need} of them are down at once: keep them in places that fail apart, no place holding more than ${sn!.instances - sn!.group.need} (quorum-fragile names the one that does).`,
          `서버 ${sn!.instances}대가 이레이저 세트의 드라이브를 나눠 가지므로, 한꺼번에 ${sn!.instances - sn!.group.need}대보다 많이 멈추면 풀이 멈춥니다. 따로 장애 나는 곳에 나누어, 한 곳에 ${sn!.instances - sn!.group.need}대보다 많이 두지 마세요(그런 곳은 quorum-fragile이 알립니다).`,
        )
      : voting && sn!.instances % 2 === 0
      ? // An even group stops with half of it lost (round 88 r05: "only when a majority is lost", and 6 members advised).
        L(
          `its ${sn!.instances} members vote, and it needs ${majorityOf(sn!.instances)} of them: it stops when ${sn!.instances / 2} are lost together, which a place holding half of them does — add one more voter in a third place (${sn!.instances + 1} over three zones), so that no zone holds more than it can spare.`,
          `구성원 ${sn!.instances}개가 투표하고 ${majorityOf(sn!.instances)}개가 필요해, ${sn!.instances / 2}개를 함께 잃으면 멈춥니다. 절반을 가진 곳 하나를 잃으면 그렇게 됩니다. 세 번째 장소에 투표 구성원을 하나 더 두어(존 세 곳에 ${sn!.instances + 1}개) 어느 존도 감당할 수 있는 수보다 많이 갖지 않게 하세요.`,
        )
      : voting
      ? L(
          `its ${sn!.instances} members already vote, and it stops only when a majority of them is lost together: keep them in places that fail apart, so that no zone holds a majority.`,
          `구성원 ${sn!.instances}개가 이미 투표하므로 과반을 함께 잃을 때만 멈춥니다. 어느 존에도 과반이 몰리지 않도록 따로 장애 나는 곳에 나누어 두세요.`,
        )
      : sn && sn.directMembers && n.replicas >= 2
        ? L(
            `its ${n.replicas} members are there, but its callers reach one member's address, so a lost member's requests fail until it is back. ${memberProxyAdvice.en}`,
            `구성원 ${n.replicas}개는 이미 있는데 호출하는 쪽이 한 구성원의 주소로 연결해, 그 구성원을 잃으면 돌아올 때까지 그 요청이 실패합니다. ${memberProxyAdvice.ko}`,
          )
        : sn && classicQueues(n) && sn.instances >= 2
        ? // RabbitMQ classic queues: each on the node it was declared on (round 90 r02: "replicas=6, two a shard").
          L(
            `its classic queues each live on one of its ${sn.instances} nodes, with no copy: a lost node's queues take no message until it is back, whatever the nodes' number. Use quorum queues (\`quorum\` on \`${x}\`, 3 nodes or more), which keep each queue on a majority of the nodes.`,
            `클래식 큐는 노드 ${sn.instances}개 중 한 곳에만 사본 없이 있어, 노드를 잃으면 노드 수와 상관없이 그 노드의 큐는 돌아올 때까지 메시지를 받지 못합니다. 쿼럼 큐를 쓰세요(\`${x}\`에 \`quorum\`, 노드 3개 이상). 큐마다 노드 과반에 사본을 둡니다.`,
          )
        : sn && sn.kind !== 'queue' && capacityOf(m)[sn.idx]!.shards > 1 && capacityOf(m)[sn.idx]!.shards >= sn.instances
        ? // Keys sharded one instance per shard: each instance's loss fails its shard (round 86 r10).
          L(
            `its ${sn.instances} instances each hold a shard of the keys alone, so each lost instance fails its share of the requests until it is back: give every shard a copy (\`replicas=${2 * sn.instances}\`, two instances a shard, in places that fail apart).`,
            `인스턴스 ${sn.instances}개가 키의 샤드를 하나씩 혼자 맡고 있어, 인스턴스 하나를 잃을 때마다 돌아올 때까지 그 샤드 몫의 요청이 실패합니다. 샤드마다 사본을 두세요(\`replicas=${2 * sn.instances}\`, 샤드당 인스턴스 2개를 따로 장애 나는 곳에).`,
          )
        : sn && sn.kind === 'database' && capacityOf(m)[sn.idx]!.shards > 1 && sn.instances >= 2 * capacityOf(m)[sn.idx]!.shards
        ? // Every shard with a copy already (ClickHouse's ReplicatedMergeTree, two replicas a shard): no standby to add — its
          // cost is the moment a lost copy's requests take to move (round 101b r05 proposed a standby).
          L(
            `each of its ${capacityOf(m)[sn.idx]!.shards} shards already has ${Math.floor(sn.instances / capacityOf(m)[sn.idx]!.shards)} copies: what it costs is the moment a lost copy's requests take to reach another, and a shard losing every copy together — keep each shard's copies in places that fail apart.`,
            `샤드 ${capacityOf(m)[sn.idx]!.shards}개마다 이미 사본이 ${Math.floor(sn.instances / capacityOf(m)[sn.idx]!.shards)}개 있습니다. 비용은 잃은 사본의 요청이 다른 사본으로 옮겨 가는 동안과, 한 샤드의 사본을 모두 함께 잃을 때 생깁니다. 샤드마다 사본을 함께 고장 나지 않는 곳에 나누어 두세요.`,
          )
        : redundancyAdvice(n, laxRpo(design), design);
    advice.push(L(`For \`${x}\`: ${a.en}`, `\`${x}\`: ${a.ko}`));
  }
  if (others.length > 3) advice.push(L(`Add instances or alternatives to ${nameList(others.slice(3)).en}, or spread them over more zones.`, `${nameList(others.slice(3)).ko}에는 인스턴스나 대안을 늘리거나 더 많은 존에 나누어 두세요.`));
  if (detail.dropped > 0)
    advice.push(
      poolDb !== null
        ? L(`Fit the connection pools to \`${poolDb}\`'s \`max-connections\` (smaller pools, a pooler in front, or a higher limit): more instances would open more connections (connection-exhaustion says which).`, `커넥션 풀을 \`${poolDb}\`의 \`max-connections\`에 맞추세요(풀 크기 줄이기, 앞단 커넥션 풀러, 한도 올리기). 인스턴스를 늘리면 커넥션만 더 열립니다(어디서인지는 connection-exhaustion이 알려 줍니다).`)
        : L('Add capacity for the offered load.', '들어오는 부하만큼 처리 용량을 늘리세요.'),
    );
  // An edge naming no class, from a caller whose other edges split its requests (reads, writes): counted for every request
  // — said, with how to say otherwise (round 116b r02: a `publish title changed` topic was charged to the reads).
  const CLASS_WORD = /^\s*(reads?|writes?|읽기|쓰기)\b/i;
  for (const c of top) {
    if (c.block) continue;
    const x = c.node;
    const e0 = design.edges.find((e) => e.to === x && e.label !== null && !/share=/.test(e.label) && !CLASS_WORD.test(e.label) && design.edges.some((o) => o.from === e.from && o !== e && o.label !== null && CLASS_WORD.test(o.label)));
    if (!e0) continue;
    advice.push(
      L(
        `(\`${x}\` is counted for every request of \`${e0.from}\`: its edge, \`${e0.label}\`, names no class of the requests. If only some of them need it — the writes that publish an event — give the edge their share: \`${e0.from} -> ${x} : ${e0.label} share=P%\`.)`,
        `(${codeJosa(x, '은/는')} \`${e0.from}\`의 모든 요청에 필요한 것으로 셌습니다. 그 연결(\`${e0.label}\`)이 요청 종류를 밝히지 않기 때문입니다. 일부 요청만 필요하다면(이벤트를 발행하는 쓰기 등) 그 비율을 연결에 적으세요: \`${e0.from} -> ${x} : ${e0.label} share=P%\`.)`,
      ),
    );
    break;
  }
  const list = items.map((i) => i.en).join(', ');
  const listKo = items.map((i) => i.ko).join(', ');
  return L(`What costs the most: ${list}. ${advice.map((a) => a.en).join(' ')}`, `가용성을 가장 많이 떨어뜨리는 요소: ${listKo}. ${advice.map((a) => a.ko).join(' ')}`);
}

/** Whether a per-range node's replicas (RF 3 over its zones as racks) keep 2 of 3 in every range when any one zone is lost. */
function rangesSpread(n: import('../syntax/ast').TopologyNode, instances: number): boolean {
  const zones = voterZones(n, instances);
  const distinct = [...new Set(zones.filter((z): z is string => z !== null))];
  return distinct.length >= 2 && distinct.every((z) => kafkaStuckShare(zones, zones.map((x) => x === z)) <= 1e-9);
}

/** Whether a voting node's members are over two zones or more with none holding a majority of them. */
function spreadOver(n: import('../syntax/ast').TopologyNode, instances: number, g?: { voters: number; need?: number }): boolean {
  const all = voterZones(n, instances);
  // Elasticsearch/OpenSearch leave one of an even number of master-eligible nodes out of the voting configuration: a zone
  // then holds a majority of the voters left (quorum-fragile says so; round 61b r02).
  const zones = SEARCH_ENGINES.has(engineOf(n)) && all.length % 2 === 0 ? all.slice(0, -1) : all;
  if (new Set(zones.filter((z) => z !== null)).size < 2 || majorityZone(zones) !== null) return false;
  // A group that needs more than a majority (a MinIO pool: minioNeed) stops when a zone holds more than it can spare
  // (round 83 r02: "no zone holds a majority" beside quorum-fragile's "losing it stops the whole pool").
  // (So does any group whose zone holds more members than it can spare: two of four voters in each of two zones — either
  // zone's loss leaves two of four, no majority; round 88 r05 said "no zone holds a majority".)
  const spare = g && g.need !== undefined ? g.voters - quorumOf(g) : zones.length - majorityOf(zones.length);
  const count = new Map<string, number>();
  for (const z of zones) if (z !== null) count.set(z, (count.get(z) ?? 0) + 1);
  for (const c of count.values()) if (c > spare) return false;
  return true;
}

export const availabilityNotMet: Rule<'availability-not-met'> = {
  id: 'availability-not-met',
  check({ design, estimate }) {
    const goal = design.goal;
    if (!goal || goal.availability === null) return [];
    const est = estimate();
    if (!est || availabilityMet(est.availability, goal.availability)) return [];
    const got = percentBelowGoal(est.availability, goal.availability);
    const want = `${goal.availability}%`;
    // Minutes a year, with a tenth when the two round to the same whole minute (a miss by a hair).
    const yearRaw = (1 - est.availability) * YEAR_MIN;
    const allowRaw = (1 - goal.availability / 100) * YEAR_MIN;
    const tenths = Math.round(yearRaw) === Math.round(allowRaw);
    // Thousands separated, as the costs' minutes are (210,556, not 210556).
    const grouped = (x: number): string => (tenths ? (Math.round(x * 10) / 10).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : Math.round(x).toLocaleString('en-US'));
    const yearMin = grouped(yearRaw);
    const allowMin = grouped(allowRaw);
    const spofs = est.spofs;
    const fix = costText(design, spofs);
    // The miss rests on managed services counted at the generic figure (no SLA known for their product): without their
    // assumed downtime the goal would hold, so the design cannot be judged until their SLA is written — an info.
    // Or on managed services counted at their SLA: a contractual floor (credits below it), not a measurement — a chain of
    // floors misses a goal the services themselves usually meet (CloudFront's 99.9 % alone is below a 99.95 % goal).
    const u = availabilityUndecided(design, est.availability, goal.availability);
    const undecided = u.kind === 'assumed';
    const onFloors = u.kind === 'floor';
    const assumed = u.assumed;
    const floors = u.floors;
    const floorNames = nameList(floors);
    // Floors of which some are generic figures (no SLA of their product known): said apart, not called an SLA.
    const genericFloors = floors.filter((n) => assumed.includes(n));
    const slaFloors = floors.filter((n) => !assumed.includes(n));
    const mixed = onFloors && genericFloors.length > 0 && slaFloors.length > 0;
    const slaNames = nameList(slaFloors);
    const genericNames = nameList(genericFloors);
    const names = nameList(assumed);
    const site = onlySite(buildModel(design));
    // Whose requests the figure is: the design's is its worst entry's (round 109c r05: 20 req/s of back-office traffic
    // missed the goal while the shoppers' 2,000 met it, and nothing said so).
    const detail = designAvailabilityDetail(design);
    const rest = detail.worst === null ? [] : detail.entries.filter((e) => e.node !== detail.worst).sort((a, b) => b.value - a.value);
    const restText = (lang: 'en' | 'ko'): string =>
      rest
        .slice(0, 2)
        .map((e) => {
          const met = availabilityMet(e.value, goal.availability!);
          const v = formatAgainstGoal(e.value, goal.availability! / 100, met);
          return lang === 'en' ? `\`${e.node}\` at ${v}${met ? ', which meets it' : ''}` : `\`${e.node}\` 요청은 ${v}${met ? '로 목표를 지킵니다' : '입니다'}`;
        })
        .join(lang === 'en' ? ', ' : ', ');
    const whose = rest.length
      ? L(
          `That is the figure of \`${detail.worst}\`'s requests, the entry that fares worst (the design's figure is its worst entry's); the other entries: ${restText('en')}${rest.length > 2 ? ', …' : ''}. `,
          `이 값은 가장 나쁜 진입점인 \`${detail.worst}\` 요청의 값입니다(설계의 값은 가장 나쁜 진입점의 값). 나머지 진입점 중 ${restText('ko')}${rest.length > 2 ? ' 등' : ''}. `,
        )
      : L('', '');
    const f = goalFinding(
      design,
      'availability-not-met',
      undecided
        ? L(
            `The goal asks for ${want} availability (about ${allowMin} minutes of downtime a year); this design is estimated at ${got} (about ${yearMin} minutes a year), but only because ${names.en} ${assumed.length > 1 ? 'are' : 'is'} counted at the generic figure for a managed service, not ${assumed.length > 1 ? 'their' : 'its'} provider's SLA: the goal holds only if ${assumed.length > 1 ? 'they do' : 'it does'} better than that figure, which nobody has said. It cannot be judged until ${assumed.length > 1 ? 'their' : 'its'} SLA, or a measured figure, is written as \`availability=\`. ${whose.en}${fix.en}`,
            `목표 가용성은 ${want}(연간 약 ${allowMin}분 중단)이고 이 설계의 추정 가용성은 ${got}(연간 약 ${yearMin}분 중단)이지만, 이는 ${names.ko} 노드를 제공자의 SLA가 아닌 관리형 서비스의 범용 기본값으로 계산했기 때문입니다. ${assumed.length > 1 ? '이 노드들이' : '이 노드가'} 그 값보다 잘 버텨야만 목표를 지키는데, 그렇다는 근거는 아직 없습니다. SLA나 측정값을 \`availability=\`로 적기 전에는 판단할 수 없습니다. ${whose.ko}${fix.ko}`,
          )
        : mixed
        ? L(
            `The goal asks for ${want} availability (about ${allowMin} minutes of downtime a year); this design is estimated at ${got} (about ${yearMin} minutes a year), but only because of figures that are not measurements: ${slaNames.en} ${slaFloors.length > 1 ? 'are' : 'is'} counted at ${slaFloors.length > 1 ? 'their' : 'its'} provider's SLA (a contractual floor below which the provider refunds; the services usually do better), and ${genericNames.en} at the generic figure for a managed service (no SLA of ${genericFloors.length > 1 ? 'their products' : 'its product'} is known). The goal holds only if they do better than those figures; it cannot be judged until measured figures (or the SLA) are written as \`availability=\`. ${whose.en}${fix.en}`,
            `목표 가용성은 ${want}(연간 약 ${allowMin}분 중단)이고 이 설계의 추정 가용성은 ${got}(연간 약 ${yearMin}분 중단)이지만, 측정값이 아닌 수치로 계산했기 때문입니다. ${slaNames.ko} 노드는 제공자의 SLA(그 아래로 떨어지면 요금을 돌려주는 계약상의 하한이며, 실제 서비스는 보통 이보다 낫습니다)로, ${genericNames.ko} 노드는 관리형 서비스의 범용 기본값(제품의 SLA를 모름)으로 셌습니다. 이 노드들이 그 값보다 잘 버텨야만 목표를 지키므로, 측정값(또는 SLA)을 \`availability=\`로 적기 전에는 판단할 수 없습니다. ${whose.ko}${fix.ko}`,
          )
        : onFloors
        ? L(
            `The goal asks for ${want} availability (about ${allowMin} minutes of downtime a year); this design is estimated at ${got} (about ${yearMin} minutes a year), but only because ${floorNames.en} ${floors.length > 1 ? 'are' : 'is'} counted at ${floors.length > 1 ? 'their' : 'its'} provider's SLA — a contractual floor below which the provider refunds, not a measurement; the services usually do better, and the goal holds only if they do. The design cannot be judged on SLAs: write measured figures as \`availability=\` to judge it. ${whose.en}${fix.en}`,
            `목표 가용성은 ${want}(연간 약 ${allowMin}분 중단)이고 이 설계의 추정 가용성은 ${got}(연간 약 ${yearMin}분 중단)이지만, 이는 ${floorNames.ko} 노드를 제공자의 SLA로 계산했기 때문입니다. SLA는 그 아래로 떨어지면 요금을 돌려주는 계약상의 하한이지 측정값이 아니며, 실제 서비스는 보통 이보다 낫고, 목표는 그래야만 지킬 수 있습니다. SLA만으로는 판단할 수 없으니 측정값을 \`availability=\`로 적어 판단하세요. ${whose.ko}${fix.ko}`,
          )
        : L(
            `The goal asks for ${want} availability (about ${allowMin} minutes of downtime a year), but this design is estimated at ${got} (about ${yearMin} minutes a year)${site === null ? '' : `, counting its instances' failures only: the outages of zone \`${site}\` itself, where the whole design runs, come on top`}. ${whose.en}${fix.en}`,
            `목표 가용성은 ${want}(연간 약 ${allowMin}분 중단)인데 이 설계의 추정 가용성은 ${got}(연간 약 ${yearMin}분 중단)입니다${site === null ? '' : `. 인스턴스 장애만 센 값이고, 설계 전체가 있는 존 \`${site}\` 자체의 장애는 여기에 더해집니다`}. ${whose.ko}${fix.ko}`,
          ),
      { goal: goal.availability, estimate: est.availability, spofs, ...(undecided ? { assumed } : {}) },
    );
    if (undecided || onFloors) f.severity = 'info';
    if (onFloors && f.data) f.data['floors'] = floors;
    return [f];
  },
};
