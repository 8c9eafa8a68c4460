import { backupStoreOnly } from '../model/durability';
import { mongoConfigSet } from '../model/request-graph';
import { LEASE_ENGINES, arbitersOf, arbitersOfShard, shardVoterZones, clusterReplicaCounts, clusterZoneIndex, engineOf, groupSpecOf, KAFKA_ENGINES, kafkaStuckShare, majorityOf, minioNeed, MINIO_DRIVES_PER_SERVER, perRangeQuorum, PULSAR_ENGINES, type ClusterGroup, RANGED_ENGINES, SEARCH_ENGINES, redisMode, isDataTier, replicaSetMembers, replicaSets, tokenRanged, voterZones, votingType, writesNeedDataMajority } from '../model/groups';
import { buildModel, failoverMode, hasEdge, instanceCount, isRepmgr, tiberoProtective } from '../model/request-graph';
import { timingsOf } from '../model/profiles';
import { watchers } from '../model/monitoring';
import { codeJosa } from '../shared/josa';
import { flagAttr, L, nameList, nodeFinding, textAttr } from './facts';
import type { Rule } from './rule';
import { findingNode, fix, setAttr } from './fixes';
import { majorityZone } from './sentinel-fragile';

/**
 * Products for which an even number of members is no weakness: Elasticsearch/OpenSearch leave one master-eligible node
 * out of the voting configuration (Elastic, "Voting configurations"), so 4 nodes tolerate what 3 do, not less; Kafka's
 * brokers do not vote at all (`quorum` on Kafka stands for min.insync.replicas; each partition has its own replicas).
 */
const EVENS_EXCLUDED = new Set(['elasticsearch', 'opensearch', ...KAFKA_ENGINES, ...RANGED_ENGINES]);

/**
 * A voting group (a `consensus` node, a quorum engine such as Galera, Group
 * Replication, MongoDB, or the `quorum` flag) that one loss can stop: two
 * members, an even number, or a zone holding a majority; and a Redis Cluster
 * with fewer than three masters (its masters vote a replica's promotion). A two-node Pacemaker
 * cluster with `two-node` and fencing is the documented exception. A replica set
 * written member by member (a voting engine on a primary and its copies) is judged
 * the same way on its members.
 */
/** The zone holding the most of a Redis Cluster's masters (placed over its zones in turn), and how many it holds. */
function mostMasters(g: ClusterGroup, zones: readonly string[]): [string, number] {
  const held = new Map<string, number>();
  for (let k = 0; k < g.shards; k++) {
    const z = zones[clusterZoneIndex(g, k, zones.length)]!;
    held.set(z, (held.get(z) ?? 0) + 1);
  }
  return [...held].sort((a, b) => b[1] - a[1])[0]!;
}

export const quorumFragile: Rule<'quorum-fragile'> = {
  id: 'quorum-fragile',
  check({ facts }) {
    // The node deciding each standby's failover: `coordinator=` as written, or the model's (a failover manager's monitor).
    let model: ReturnType<typeof buildModel> | null = null;
    const coordName = (x: (typeof facts.nodes)[number]): string | null => {
      const written = textAttr(x, 'coordinator');
      if (written !== null || x.role !== 'standby') return written;
      model ??= buildModel(facts.design);
      const sx = model.byName.get(x.name);
      const src = x.of ? model.byName.get(x.of) : undefined;
      if (sx === undefined || src === undefined) return null;
      const tk = model.nodes[src]!.takeovers.find((t) => t.by === sx);
      return tk && tk.coordinator >= 0 ? model.nodes[tk.coordinator]!.name : null;
    };
    // Who names each node as its coordinator (computed once: a per-node scan of every node is quadratic).
    let decided: Map<string, (typeof facts.nodes)[number][]> | null = null;
    const decidedBy = (name: string): readonly (typeof facts.nodes)[number][] => {
      if (decided === null) {
        decided = new Map();
        for (const x of facts.nodes) {
          const c = coordName(x);
          if (c === null) continue;
          const l = decided.get(c);
          if (l) l.push(x);
          else decided.set(c, [x]);
        }
      }
      return decided.get(name) ?? [];
    };
    const out = [];
    for (const n of facts.nodes) {
      if (backupStoreOnly(facts.design, n.name)) continue;
      // A self-run Redis Cluster's masters vote a replica's promotion: with fewer than three, losing one leaves no
      // majority. (A shard with no replica at all is redis-cluster-no-replica's; a managed cluster's placement is said
      // below, its failover the provider's.)
      if (redisMode(n) === 'cluster') {
        // A managed cluster (ElastiCache) runs the same cluster protocol, which "requires a majority of primary nodes be
        // available to achieve quorum" (ElastiCache Well-Architected Lens, Reliability REL 1): one zone holding half or more
        // of the primaries takes that majority with it. The run still lets the service fail over by itself, in a time no
        // document gives for that case: said as an info (round 107c r01). MemoryDB fails over on its own log.
        if (n.managed) {
          if (engineOf(n) === 'memorydb') continue;
          const g = groupSpecOf(n, instanceCount(n));
          if (!g || g.type !== 'cluster' || clusterReplicaCounts(g).some((c) => c === 0) || n.zones.length < 2) continue;
          const worst = mostMasters(g, n.zones);
          if (g.shards - worst[1] >= majorityOf(g.shards)) continue;
          out.push(
            nodeFinding(
              'quorum-fragile',
              n,
              L(
                `\`${n.name}\` has ${g.shards} shard${g.shards > 1 ? 's' : ''} over ${n.zones.length} zones, and zone \`${worst[0]}\` holds ${worst[1]} of the primaries: the cluster protocol needs a majority of the primaries up to fail a shard over, so losing that zone leaves no majority, and the service's recovery is slower than a failover (ElastiCache advises at least three shards over three zones). The run lets the service fail the shards over by itself, in a time no document gives for this case. Spread the shards over three zones (\`zones=a,b,c\`), with three shards or more.`,
                `\`${n.name}\` 노드는 샤드 ${g.shards}개를 존 ${n.zones.length}곳에 두었고, \`${worst[0]}\` 존에 프라이머리 ${g.shards}개 중 ${worst[1]}개가 있습니다. 클러스터 프로토콜은 샤드를 페일오버하려면 프라이머리의 과반이 살아 있어야 하므로, 그 존을 잃으면 과반이 남지 않고 서비스의 복구는 페일오버보다 느립니다(ElastiCache는 세 존에 샤드 셋 이상을 권합니다). 시뮬레이션은 서비스가 스스로 샤드를 페일오버한다고 보지만, 이 경우의 시간을 밝힌 문서는 없습니다. 샤드 셋 이상을 세 존에 나누세요(\`zones=a,b,c\`).`,
              ),
              { masters: g.shards, zone: worst[0], want: null, managed: true },
              undefined,
              'info',
            ),
          );
          continue;
        }
        const g = groupSpecOf(n, instanceCount(n));
        if (!g || g.type !== 'cluster' || clusterReplicaCounts(g).some((c) => c === 0)) continue;
        if (g.shards >= 3) {
          // Three or more masters, but one zone (a rack) holding so many that the masters left are no majority: that
          // zone's loss blocks every replica's promotion (the masters are placed over the zones in turn).
          const zs = n.zones;
          if (zs.length < 2) continue;
          const worst = mostMasters(g, zs);
          if (g.shards - worst[1] >= majorityOf(g.shards)) continue;
          out.push(
            nodeFinding(
              'quorum-fragile',
              n,
              L(
                `\`${n.name}\` is a Redis Cluster whose zone \`${worst[0]}\` holds ${worst[1]} of its ${g.shards} masters: a replica is promoted only when a majority of the masters (${majorityOf(g.shards)}) agree, so losing that zone leaves ${g.shards - worst[1]}, no majority — the lost masters' slots stay uncovered and the whole cluster answers CLUSTERDOWN until the zone is back, although their replicas are alive elsewhere. Spread the masters over three zones (or racks), so that no zone holds half of them.`,
                `\`${n.name}\` 노드는 \`${worst[0]}\` 존에 마스터 ${g.shards}개 중 ${worst[1]}개가 있는 Redis 클러스터입니다. 복제본은 마스터 과반(${majorityOf(g.shards)}개)이 동의해야 승격되므로, 그 존을 잃으면 ${g.shards - worst[1]}개만 남아 과반이 안 되고, 복제본이 다른 곳에 살아 있어도 잃은 마스터의 슬롯이 빈 채로 그 존이 돌아올 때까지 클러스터 전체가 CLUSTERDOWN으로 답합니다. 마스터를 세 존(또는 세 랙)에 나누어 어느 존에도 절반이 몰리지 않게 하세요.`,
              ),
              { masters: g.shards, zone: worst[0], want: null },
            ),
          );
          continue;
        }
        out.push(
          nodeFinding(
            'quorum-fragile',
            n,
            L(
              `\`${n.name}\` is a Redis Cluster with ${g.shards} master${g.shards > 1 ? 's' : ''}: a replica is promoted only when a majority of the masters (${majorityOf(g.shards)} of ${g.shards}) agree, so losing ${g.shards > 1 ? 'either' : 'the'} master leaves no majority, its slots stay uncovered and the whole cluster answers CLUSTERDOWN until it is back — its replicas do not help. Run 3 or more shards, spread over zones (\`shards=3 replicas=6\`).`,
              `\`${n.name}\` 노드는 마스터가 ${g.shards}개인 Redis 클러스터입니다. 복제본은 마스터 과반(${g.shards}개 중 ${majorityOf(g.shards)}개)이 동의해야 승격되므로, 마스터 하나만 잃어도 과반이 남지 않아 그 슬롯이 비고 마스터가 돌아올 때까지 클러스터 전체가 CLUSTERDOWN으로 답합니다. 복제본이 있어도 소용없습니다. 샤드를 3개 이상 두고 존에 나누세요(\`shards=3 replicas=6\`).`,
            ),
            { masters: g.shards, want: null },
          ),
        );
        continue;
      }
      // Two Kafka brokers: the offsets topic's default replication factor (3) cannot be met, and with two copies a
      // partition either stops on a broker's loss (min.insync.replicas=2) or acknowledges with one copy (the default, 1).
      // The run gives every partition a copy on the other broker; what the brokers were told is not in the language.
      if (n.kind === 'queue' && KAFKA_ENGINES.has(engineOf(n)) && !n.managed && instanceCount(n) === 2) {
        out.push(
          nodeFinding(
            'quorum-fragile',
            n,
            L(
              `\`${n.name}\` has two Kafka brokers. Kafka creates its consumer-offsets topic with replication factor 3 (\`offsets.topic.replication.factor\`) and refuses to create it on fewer brokers, so consumer groups do not work until that is lowered to 2; topics created on first use get \`default.replication.factor\`, 1, a single copy lost with its broker. With two copies a partition either stops taking writes while a broker is down (\`min.insync.replicas=2\`) or acknowledges them with one copy (the default, 1), lost if that broker fails before the other catches up. The run assumes every partition has a copy on the other broker (replication factor 2). Run 3 brokers with replication factor 3 and \`min.insync.replicas=2\` (\`replicas=3\`).`,
              `\`${n.name}\` 노드는 Kafka 브로커가 2대입니다. Kafka는 컨슈머 오프셋 토픽을 복제 계수 3(\`offsets.topic.replication.factor\`)으로 만들고 브로커가 그보다 적으면 만들지 않으므로, 이 값을 2로 낮추기 전에는 컨슈머 그룹이 동작하지 않습니다. 처음 쓸 때 자동으로 만들어지는 토픽은 \`default.replication.factor\`인 1, 즉 사본 하나뿐이라 브로커와 함께 잃습니다. 사본이 둘이면 파티션은 브로커 하나가 멈춘 동안 쓰기를 멈추거나(\`min.insync.replicas=2\`), 사본 하나만으로 쓰기를 확인합니다(기본값 1). 후자는 다른 브로커가 따라잡기 전에 그 브로커를 잃으면 메시지를 잃습니다. 시뮬레이션은 모든 파티션이 다른 브로커에 사본을 둔다고(복제 계수 2) 가정합니다. 브로커 3대에 복제 계수 3, \`min.insync.replicas=2\`로 운영하세요(\`replicas=3\`).`,
            ),
            { brokers: 2, want: 3 },
            undefined,
            'info',
          ),
        );
        continue;
      }
      // Three or more self-run Kafka brokers written without `quorum`, in a design with an rpo goal: the brokers keep the
      // product's min.insync.replicas of 1 (kafka-replication-defaults), so a partition whose followers dropped out of its
      // in-sync replicas acknowledges sends on its leader alone — a second loss takes them. The run gives each partition
      // copies on the other brokers and does not count that second loss (round 115 r03). Not with `replication=` (mirrored
      // by other means) or a `shard-replicas=` count that says the topics' copies.
      const rpo = facts.design.goal?.rpo;
      if (
        n.kind === 'queue' && KAFKA_ENGINES.has(engineOf(n)) && !n.managed && instanceCount(n) >= 3 && flagAttr(n, 'quorum') !== true &&
        textAttr(n, 'replication') === null && rpo !== null && rpo !== undefined && Number.isFinite(rpo)
      ) {
        out.push(
          nodeFinding(
            'quorum-fragile',
            n,
            L(
              `\`${n.name}\` is written without \`quorum\`, so its brokers keep Kafka's default \`min.insync.replicas\` of 1 (and \`default.replication.factor\` 1 for topics created on first use). Once a broker's or a zone's loss has dropped a partition's followers out of its in-sync replicas, its leader acknowledges sends (acks=all) alone, and losing that broker before the others catch up loses messages the producers were told were stored — what the rpo goal counts. The run gives every partition copies on the other brokers and does not count that second loss. Run the topics with replication factor 3 and \`min.insync.replicas=2\` (write \`quorum\`): a partition then refuses sends while fewer than two copies are in sync, instead of keeping them on one disk.`,
              `${codeJosa(n.name, '은/는')} \`quorum\` 없이 적혀 있어 브로커가 Kafka 기본값인 \`min.insync.replicas\` 1로 동작합니다(처음 쓸 때 자동으로 만들어지는 토픽은 \`default.replication.factor\`도 1). 브로커나 존을 잃어 파티션의 팔로워가 동기화 복제본(ISR)에서 빠지면 리더 혼자 전송(acks=all)을 확인하므로, 다른 브로커가 따라잡기 전에 그 브로커까지 잃으면 프로듀서에게 저장됐다고 알린 메시지를 잃습니다. RPO 목표가 세는 손실입니다. 시뮬레이션은 파티션마다 다른 브로커에 사본이 있다고 보고 이 두 번째 손실은 세지 않습니다. 토픽을 복제 계수 3, \`min.insync.replicas=2\`로 운영하세요(\`quorum\`). 그러면 동기화된 사본이 둘보다 적은 파티션은 메시지를 한 디스크에만 두는 대신 전송을 거절합니다.`,
            ),
            { brokers: instanceCount(n), want: null, minInsync: 1 },
            undefined,
            'info',
          ),
        );
        continue;
      }
      // A monitor named in a standby's `coordinator=` (an MHA manager), or running the pair's failover manager and watching
      // its primary (an orchestrator node: the model's coordinator), decides the failover as one process.
      // (Or a lone manager written as a server — `orch: service engine=orchestrator`, named in `coordinator=`: round 116b r07.)
      // (An MHA manager written as a coordinator is the same single process: MHA runs no quorum of managers — round 121c r05
      // was told `replicas=3`.)
      const monitorDecides = (n.kind === 'monitor' || ((n.kind === 'service' || n.kind === 'app-server') && votingType(n) === null) || /^(mha|mha4mysql|masterha)$/.test(engineOf(n))) && instanceCount(n) === 1 && decidedBy(n.name).some((x) => x !== n && timingsOf(x).profile.id !== 'pg-auto-failover');
      // A pg_auto_failover monitor written as a server (`mon: service`, named in the standby's `coordinator=`): the same
      // one process deciding the failover (round 45b r05).
      const pgafMonitor = !monitorDecides && instanceCount(n) === 1 && decidedBy(n.name).some((x) => x !== n && timingsOf(x).profile.id === 'pg-auto-failover');
      if (!monitorDecides && !pgafMonitor && (votingType(n) === null || isDataTier(facts.design, n))) continue;
      // A sharded replica set (MongoDB `shards=`) votes shard by shard: each shard's members are a group of their own.
      const data = replicaSetMembers(n, instanceCount(n));
      if (data < 2) {
        // One member deciding failovers (a Tibero Observer, a lone arbiter): no majority is left once it is down, and
        // the failovers it decides wait for it. With the primary it watches in the same zone, that zone's loss takes both.
        if (data !== 1 || arbitersOf(n) > 0) continue;
        // (A Kafka or Pulsar cluster's ZooKeeper, reached by an edge: its leader elections wait for it the same way.)
        const coordinated = facts.nodes.filter((x) => x !== n && (coordName(x) === n.name || (x.kind === 'queue' && (KAFKA_ENGINES.has(engineOf(x)) || PULSAR_ENGINES.has(engineOf(x))) && hasEdge(facts.design, x.name, n.name))));
        if (!coordinated.length) {
          // The only etcd member of a Kubernetes cluster's control plane (the model's control-plane store of its pods, round
          // 105 r06): the pods serve without it, but nothing heals while it is down.
          model ??= buildModel(facts.design);
          const mi = model.byName.get(n.name);
          const pods = mi === undefined ? [] : model.nodes.filter((x) => x.controlPlane === mi).map((x) => x.name);
          if (!pods.length) continue;
          const podNames = nameList(pods);
          out.push(
            nodeFinding(
              'quorum-fragile',
              n,
              L(
                `\`${n.name}\` is the only etcd member of the Kubernetes control plane that runs ${podNames.en}: the pods keep serving without it, but while it is down the API server can do nothing — no node is marked NotReady, no endpoint is removed, no pod is evicted or recreated — so the pods lost with a node stay lost, and their share of the requests keeps failing, until it is back. Run the control plane highly available: 3 control-plane nodes with stacked etcd (or 3 external etcd members) in 3 places (\`replicas=3\`).`,
                `${codeJosa(n.name, '은/는')} Kubernetes 컨트롤 플레인(이 위에서 도는 파드: ${podNames.ko})의 유일한 etcd 구성원입니다. 파드는 이 노드 없이도 계속 요청을 처리하지만, 이 노드가 멈춘 동안 API 서버는 아무것도 하지 못합니다. 노드를 NotReady로 표시하지도, 엔드포인트를 빼지도, 파드를 축출하거나 다시 만들지도 않으므로, 노드와 함께 잃은 파드는 이 노드가 돌아올 때까지 그대로이고 그 몫의 요청도 계속 실패합니다. 컨트롤 플레인을 고가용성으로 구성하세요: 컨트롤 플레인 노드 3대에 etcd를 함께 두거나(stacked etcd) 외부 etcd 구성원 3개를 서로 다른 세 곳에 두세요(\`replicas=3\`).`,
              ),
              { voters: 1, majority: 1, want: 3 },
            ),
          );
          continue;
        }
        const names = coordinated.map((x) => `\`${x.name}\``).join(', ');
        const zone = n.zones.length === 1 ? n.zones[0]! : null;
        // (Only when a standby it decides for is outside that zone: with the standbys there too, the zone's loss takes them as
        // well and moving the decider changes nothing — single-zone says that; round 121c r05.)
        const beside = zone === null ? [] : coordinated.filter((x) => !(x.zones.length === 1 && x.zones[0] === zone)).map((x) => (x.of ? facts.design.nodes.get(x.of) : undefined)).filter((p): p is NonNullable<typeof p> => !!p && p.zones.length === 1 && p.zones[0] === zone);
        const besideNames = [...new Set(beside.map((p) => `\`${p.name}\``))].join(', ');
        // pg_auto_failover's monitor is one PostgreSQL node, not a group: three of them is not a thing to advise.
        const pgaf = coordinated.some((x) => timingsOf(x).profile.id === 'pg-auto-failover');
        // Already where the advice puts it — a zone of its own, apart from every node it decides for and their primaries —
        // and listed by a monitor: nothing is left to change (the run says the failover is off while it is down).
        if (pgaf && zone !== null && watchers(facts.design).has(n.name)) {
          const near = coordinated.flatMap((x) => [x, ...(x.of ? [facts.design.nodes.get(x.of)] : [])]).some((x) => !x || !x.zones.length || x.zones.includes(zone));
          if (!near) continue;
        }
        // A provider-run coordinator (the Kubernetes API as Patroni's DCS, a managed etcd): its members are the provider's —
        // no `replicas=3` to write; what matters is what stops while it is out (round 104b r03).
        if (n.managed && !pgaf && !monitorDecides) {
          const patroni = coordinated.some((x) => engineOf(x) === 'patroni');
          out.push(
            nodeFinding(
              'quorum-fragile',
              n,
              patroni
                ? L(
                    `\`${n.name}\` is a provider's service that Patroni keeps its leader lock in for ${names}: its own members are the provider's to run, but while it cannot be reached Patroni cannot renew the lock and demotes the primary to read-only after loop_wait + retry_timeout (20 s with the defaults) — writes stop for as long as the control plane is out, and nothing fails over meanwhile. Turn on Patroni's \`failsafe_mode\` (the primary keeps running while it reaches every member), and count on the provider's control-plane SLA.`,
                    `\`${n.name}\` 노드는 Patroni가 ${names}의 리더 잠금을 두는 제공자의 서비스입니다. 구성원은 제공자가 운영하지만, 여기에 닿지 못하는 동안 Patroni는 잠금을 갱신하지 못해 loop_wait + retry_timeout(기본값으로 20초) 뒤 프라이머리를 읽기 전용으로 내립니다. 컨트롤 플레인이 멈춘 동안 쓰기가 멈추고 페일오버도 일어나지 않습니다. Patroni의 \`failsafe_mode\`를 켜고(모든 구성원에 닿는 동안 프라이머리가 계속 동작), 제공자의 컨트롤 플레인 SLA를 확인하세요.`,
                  )
                : L(
                    `\`${n.name}\` is a provider's service that decides the failover of ${names}: its own members are the provider's to run, but while it is out nothing can fail over. Count on the provider's SLA for it, or keep the decision in a group of your own in three places.`,
                    `\`${n.name}\` 노드는 ${names}의 페일오버를 결정하는 제공자의 서비스입니다. 구성원은 제공자가 운영하지만, 이 서비스가 멈춘 동안에는 페일오버가 일어나지 않습니다. 제공자의 SLA를 확인하거나, 세 곳에 둔 직접 운영하는 그룹이 결정하게 하세요.`,
                  ),
              { voters: 1, majority: 1, want: null, managed: true },
            ),
          );
          continue;
        }
        out.push(
          nodeFinding(
            'quorum-fragile',
            n,
            pgaf
              ? L(
                  `\`${n.name}\` is the pg_auto_failover monitor of ${names}: one PostgreSQL node, which pg_auto_failover does not cluster, and while it is down nothing is promoted${beside.length ? `; it is in zone \`${zone}\` with ${besideNames}, so losing that zone takes the primary and its monitor together and the secondary waits for a person` : ''}. Put it in a third place that shares nothing with the primary or the secondary, and watch it.`,
                  `\`${n.name}\` 노드는 ${names} 노드의 pg_auto_failover 모니터입니다. pg_auto_failover는 모니터를 클러스터로 묶지 않는 단일 PostgreSQL 노드라, 이 노드가 멈춰 있는 동안에는 아무것도 승격되지 않습니다${beside.length ? `. 게다가 ${besideNames} 노드와 같은 \`${zone}\` 존에 있어, 그 존을 잃으면 프라이머리와 모니터를 함께 잃고 세컨더리는 사람이 올릴 때까지 기다립니다` : ''}. 프라이머리와도 세컨더리와도 겹치지 않는 세 번째 장소에 두고, 모니터 자체를 감시하세요.`,
                )
              : coordinated.every((x) => x.kind === 'queue')
              ? L(
                  `\`${n.name}\` is the only member of ${names}'s ${coordinated.some((x) => PULSAR_ENGINES.has(engineOf(x))) ? 'metadata store' : 'controller quorum'}: the brokers serve what they lead without it, but while it is down a lost broker's ${coordinated.some((x) => PULSAR_ENGINES.has(engineOf(x))) ? 'topics get no new owner' : 'partitions get no new leader'}, so the next broker loss takes them offline until it is back. Run 3 members in 3 places (\`replicas=3\`).`,
                  `\`${n.name}\` 노드는 ${names} 노드의 ${coordinated.some((x) => PULSAR_ENGINES.has(engineOf(x))) ? '메타데이터 저장소를' : '컨트롤러 쿼럼을'} 혼자 맡습니다. 브로커는 이 노드 없이도 자기가 맡은 것을 계속 처리하지만, 이 노드가 멈춘 동안 브로커를 잃으면 그 ${coordinated.some((x) => PULSAR_ENGINES.has(engineOf(x))) ? '토픽을 넘겨받을 브로커가 정해지지 않아' : '파티션에 새 리더가 뽑히지 않아'} 이 노드가 돌아올 때까지 멈춥니다. 구성원 3개를 서로 다른 세 곳에 두세요(\`replicas=3\`).`,
                )
              : monitorDecides
              ? L(
                  `\`${n.name}\` decides the failover of ${names} alone, as one process: while it is down nothing is promoted and the outage lasts until a person acts${beside.length ? `; it is in zone \`${zone}\` with ${besideNames}, so losing that zone takes the primary and its manager together` : ''}. Watch the manager itself, put it where it shares nothing with the primary, and restart it after each failover (MHA's manager exits once it has done one); or use a manager that runs as a group (orchestrator on raft, three nodes).`,
                  `\`${n.name}\` 노드 하나가 ${names} 노드의 페일오버를 단일 프로세스로 혼자 결정합니다. 이 노드가 멈춰 있는 동안에는 아무것도 승격되지 않아 사람이 나설 때까지 장애가 이어집니다${beside.length ? `. 게다가 ${besideNames} 노드와 같은 \`${zone}\` 존에 있어, 그 존을 잃으면 프라이머리와 관리자를 함께 잃습니다` : ''}. 관리자 자체를 감시하고, 프라이머리와 겹치지 않는 곳에 두고, 페일오버 뒤에는 다시 띄우세요(MHA 관리자는 한 번 페일오버하면 종료됩니다). 아니면 그룹으로 도는 관리자를 쓰세요(raft로 세 대를 묶은 orchestrator).`,
                )
              : L(
              `\`${n.name}\` decides the failover of ${names} alone: while it is down, nothing can fail over${beside.length ? `, and it is in zone \`${zone}\` with ${besideNames}, so losing that zone takes the primary and its decider together and the standby waits for a person` : ''}. Run 3 members in 3 places (\`replicas=3\`), or put the single one in a third place that shares nothing with the primary or the standby.`,
              `\`${n.name}\` 노드 하나가 ${names} 노드의 페일오버를 혼자 결정합니다. 이 노드가 멈춰 있는 동안에는 페일오버가 일어나지 않습니다${beside.length ? `. 게다가 ${besideNames} 노드와 같은 \`${zone}\` 존에 있어, 그 존을 잃으면 프라이머리와 결정자를 함께 잃고 스탠바이는 사람이 올릴 때까지 기다립니다` : ''}. 구성원 3개를 서로 다른 세 곳에 두거나(\`replicas=3\`), 하나라면 프라이머리와도 스탠바이와도 겹치지 않는 세 번째 장소에 두세요.`,
            ),
            { voters: 1, majority: 1, want: monitorDecides || pgaf ? null : 3 },
          ),
        );
        continue;
      }
      // Arbiters (MongoDB) vote too: they count towards the majority and are placed after the data members. A sharded node's
      // are shared out over its replica sets (one per primary–secondary–arbiter shard): each set votes with its own (round
      // 45b r01: two PSA shards were counted as one group of 4).
      const setCount = replicaSets(n, instanceCount(n));
      const arbiters = setCount > 1 ? arbitersOfShard(arbitersOf(n), setCount, 0) : arbitersOf(n);
      const v = data + arbiters;
      if (engineOf(n) === 'pacemaker' && flagAttr(n, 'two-node') === true && n.attrs.has('fencing') && flagAttr(n, 'fencing') !== false) continue;
      const maj = majorityOf(v);
      const zones = setCount > 1 ? shardVoterZones(n, instanceCount(n), 0) : voterZones(n, data);
      let why;
      let regional = false;
      let want: number | null = null;
      if (v === 2) {
        want = 3;
        why = L('two voters: the majority is both, so losing either one stops the group', '투표 구성원이 둘이라 과반이 곧 둘 다입니다. 어느 하나만 잃어도 그룹이 멈춥니다');
      } else if (v % 2 === 0 && !EVENS_EXCLUDED.has(engineOf(n)) && !(v > 3 && LEASE_ENGINES.has(engineOf(n)))) {
        // (CockroachDB, YugabyteDB, TiKV: each range is a Raft group of its own 3 replicas — num_replicas 3 by default —
        // placed one per zone; a node count, even or odd, is no vote: round 102b r02 advised a seventh node.)
        want = v + 1;
        const z = majorityZone(zones);
        why = L(
          `${v} voters need ${maj} for a majority: they tolerate as many failures as ${v - 1} would${z === null && n.zones.length === 2 ? `, and either of its two zones alone holds only half` : ''}`,
          `구성원 ${v}개는 과반에 ${maj}개가 필요해서 ${v - 1}개일 때와 똑같은 수의 장애만 견딥니다${z === null && n.zones.length === 2 ? '. 두 존 중 어느 한쪽만으로는 절반뿐입니다' : ''}`,
        );
      } else if (perRangeQuorum(n)) {
        // Kafka's brokers do not vote (round 39b: an even count was explained with Elasticsearch's voting configuration):
        // a zone whose loss leaves fewer brokers than min.insync.replicas stops the sends.
        // With `quorum`, each partition has replication factor 3 and min.insync.replicas 2, its replicas spread over the
        // zones (broker.rack): the zone whose loss leaves the most partitions below that (kafkaStuckShare).
        const counts = new Map<string, number>();
        for (const x of zones) if (x !== null) counts.set(x, (counts.get(x) ?? 0) + 1);
        let hit: [string, number] | null = null;
        let share = 0;
        for (const [z, c] of counts) {
          const sh = kafkaStuckShare(zones, zones.map((x) => x === z));
          if (sh > share + 1e-9) [hit, share] = [[z, c], sh];
        }
        if (!hit) continue;
        const all = share > 1 - 1e-9;
        const pct = `${Math.round(share * 100)}%`;
        why = tokenRanged(n)
          ? L(
              `zone \`${hit[0]}\` holds ${hit[1]} of its ${v} nodes: with each token range's replicas spread over the zones as racks, losing it leaves ${all ? 'every token range' : `about ${pct} of the token ranges`} with fewer than 2 of its 3 replicas`,
              `\`${hit[0]}\` 존에 노드 ${v}개 중 ${hit[1]}개가 있어, 토큰 범위의 복제본을 존(랙)마다 나누어 두어도 그 존을 잃으면 ${all ? '모든 토큰 범위' : `토큰 범위의 약 ${pct}`}에 복제본 3개 중 2개가 남지 않습니다`,
            )
          : L(
          `zone \`${hit[0]}\` holds ${hit[1]} of its ${v} brokers: with each partition's replicas spread over the zones (\`broker.rack\`), losing it leaves ${all ? 'every partition' : `about ${pct} of the partitions`} with fewer than ${majorityOf(Math.min(3, v))} in sync`,
          `\`${hit[0]}\` 존에 브로커 ${v}대 중 ${hit[1]}대가 있어, 파티션의 복제본을 존에 나누어 두어도(\`broker.rack\`) 그 존을 잃으면 ${all ? '모든 파티션이' : `파티션의 약 ${pct}가`} 동기화 복제본 ${majorityOf(Math.min(3, v))}개를 채우지 못합니다`,
        );
      } else {
        // Elasticsearch leaves one of an even number of master-eligible nodes out of its voting configuration: an odd group.
        const z = majorityZone(v % 2 === 0 ? zones.slice(0, -1) : zones);
        // MongoDB with arbiters whose default write concern is w: "majority" (more data members than a majority of the
        // voters): a zone holding enough data members that the rest are fewer than that majority leaves a primary elected
        // but every default write waiting (round 55b r05; groups-phase writesWaitNow).
        if (z === null && setCount === 1 && writesNeedDataMajority(n, data, arbiters)) {
          const counts = new Map<string, number>();
          for (const x of zones.slice(0, data)) if (x !== null) counts.set(x, (counts.get(x) ?? 0) + 1);
          const hit = [...counts].find(([, c]) => data - c < maj);
          if (hit) {
            out.push(
              nodeFinding(
                'quorum-fragile',
                n,
                L(
                  `\`${n.name}\` has ${data} data members and ${arbiters === 1 ? 'an arbiter' : `${arbiters} arbiters`}, so its default write concern is w: "majority": ${maj} of its ${v} voters must acknowledge a write, and an arbiter acknowledges none. Zone \`${hit[0]}\` holds ${hit[1]} of the data members: losing it leaves a primary elected with the arbiter's vote, but only ${data - hit[1]} data members, so every write waits (no wtimeout by default) until the zone is back. Replace the arbiter with a data-bearing member in a third place, so that losing any one zone leaves ${maj} data members.`,
                  `\`${n.name}\` 노드는 데이터 구성원 ${data}개와 아비터 ${arbiters}개로 되어 있어 기본 쓰기 concern이 w: "majority"입니다. 투표 구성원 ${v}개 중 ${maj}개가 쓰기를 확인해야 하는데 아비터는 확인하지 않습니다. \`${hit[0]}\` 존에 데이터 구성원 ${hit[1]}개가 있어, 그 존을 잃으면 아비터의 표로 프라이머리는 선출되지만 데이터 구성원이 ${data - hit[1]}개만 남아 그 존이 돌아올 때까지 모든 쓰기가 기다립니다(기본값은 wtimeout 없음). 아비터 대신 데이터를 가진 구성원을 세 번째 장소에 두어, 어느 존을 잃어도 데이터 구성원 ${maj}개가 남게 하세요.`,
                ),
                { voters: v, majority: maj, want: null, writes: true },
              ),
            );
          }
          continue;
        }
        if (z === null) {
          // No zone holds a majority, but a region may: an Atlas replica set with 3 of its 5 electable members in one
          // region (round 68b r01).
          const rz = (v % 2 === 0 ? zones.slice(0, -1) : zones).map((x) => (x === null ? null : (facts.design.zones.get(x)?.region ?? null)));
          const r = majorityZone(rz);
          if (r === null) continue;
          regional = true;
          const heldR = rz.filter((x) => x === r).length;
          why = L(
            `region \`${r}\` holds ${heldR} of its ${v % 2 === 0 ? v - 1 : v} voters, a majority: losing that one region stops the group, and the members left elect no one until it is back (short of forcing a reconfiguration by hand)`,
            `\`${r}\` 리전에 구성원 ${v % 2 === 0 ? v - 1 : v}개 중 ${heldR}개가 몰려 있어 과반입니다. 그 리전 하나만 잃어도 그룹이 멈추고, 남은 구성원은 리전이 돌아올 때까지(사람이 구성을 강제로 바꾸지 않는 한) 아무도 선출하지 못합니다`,
          );
        } else {
        const held = (v % 2 === 0 ? zones.slice(0, -1) : zones).filter((x) => x === z).length;
        why =
          v % 2 === 0
            ? L(
                `${engineOf(n) === 'opensearch' ? 'OpenSearch' : 'Elasticsearch'} leaves one of its ${v} master-eligible nodes out of the voting configuration to keep it odd, so one zone holds ${held} of the ${v - 1} voters, a majority — \`${z}\` as placed here, but which one is the cluster's choice: losing that zone stops the group`,
                `${engineOf(n) === 'opensearch' ? 'OpenSearch' : 'Elasticsearch'}는 투표 구성을 홀수로 유지하려고 마스터 후보 ${v}개 중 하나를 빼므로, 한 존이 투표 구성원 ${v - 1}개 중 ${held}개를 가져 과반이 됩니다(여기 배치로는 \`${z}\` 존이지만 어느 존이 될지는 클러스터가 정합니다). 그 존을 잃으면 그룹이 멈춥니다`,
              )
            : L(
                `zone \`${z}\` holds ${held} of its ${v} voters, a majority: losing that one zone stops the group`,
                `\`${z}\` 존에 구성원 ${v}개 중 ${held}개가 몰려 있어 과반입니다. 그 존 하나만 잃어도 그룹이 멈춥니다`,
              );
        }
      }
      // The voters that count: Elasticsearch/OpenSearch leave one of an even number out.
      const votes = v % 2 === 0 && v >= 4 && SEARCH_ENGINES.has(engineOf(n)) && arbiters === 0 ? v - 1 : v;
      // MinIO: an erasure-coded pool, not voters — an object needs its data shards (write quorum: more than half of the
      // drives at the default parity, at most half), so a place holding half the servers or more stops it.
      if (engineOf(n) === 'minio') {
        const counts = new Map<string, number>();
        for (const x of zones) if (x !== null) counts.set(x, (counts.get(x) ?? 0) + 1);
        // A recovery copy kept whole in one site by design (site replication's other deployment): its site's loss takes
        // no request and no data the primary does not hold — no placement of its servers to fix (round 69b r11).
        if (n.role === 'standby' && n.of && counts.size === 1 && zones.every((x) => x !== null)) continue;
        // (The servers the pool survives losing: minioNeed — 2 of 8 at EC:4 over 4 drives a server, round 69b r01.)
        const need = minioNeed(v);
        const spare = v - need;
        const heavy = [...counts].filter(([, c]) => c > spare).map(([x]) => x);
        if (!heavy.length) continue;
        const place =
          heavy.length > 1
            ? L(`zones ${heavy.map((x) => `\`${x}\``).join(' and ')} each hold more than ${spare} of them`, `${heavy.map((x) => `\`${x}\``).join(', ')} 존이 각각 ${spare}대보다 많이 갖고 있습니다`)
            : L(`zone \`${heavy[0]}\` holds ${counts.get(heavy[0]!)} of them`, `\`${heavy[0]}\` 존에 ${counts.get(heavy[0]!)}대가 있습니다`);
        out.push(
          nodeFinding(
            'quorum-fragile',
            n,
            L(
              `\`${n.name}\` is a MinIO erasure-coded pool of ${v} servers: its drives form erasure sets of up to 16, each spread evenly over the servers, and a set survives the loss of as many of its drives as its parity (EC:4 by default; one fewer for writes when the parity is half the set) — taking ${MINIO_DRIVES_PER_SERVER} drives a server (the language cannot say how many), the pool survives losing ${spare} server${spare === 1 ? '' : 's'}, and needs ${need} of ${v} up to read and write. ${place.en.charAt(0).toUpperCase()}${place.en.slice(1)}: losing ${heavy.length > 1 ? 'either' : 'it'} stops the whole pool. Spread the servers so that no zone holds more than ${spare} (more racks or zones), or raise the parity (\`MINIO_STORAGE_CLASS_STANDARD\`) above the drives a zone holds of each erasure set.`,
              `\`${n.name}\` 노드는 서버 ${v}대로 된 MinIO 이레이저 코딩 풀입니다. 드라이브는 최대 16개씩 이레이저 세트로 묶여 서버마다 고르게 나뉘고, 세트는 패리티만큼의 드라이브 손실을 견딥니다(기본 EC:4, 패리티가 세트의 절반이면 쓰기는 하나 적게). 서버마다 드라이브 ${MINIO_DRIVES_PER_SERVER}개로 보면(언어로는 개수를 적을 수 없음) 이 풀은 서버 ${spare}대 손실까지 견디고, 읽고 쓰려면 ${v}대 중 ${need}대가 살아 있어야 합니다. 그런데 ${place.ko}. 그곳을 잃으면 풀 전체가 멈춥니다. 어느 존도 ${spare}대보다 많이 갖지 않도록 서버를 나누거나(랙·존을 더 두기), 패리티(\`MINIO_STORAGE_CLASS_STANDARD\`)를 한 존이 갖는 이레이저 세트 드라이브 수보다 높이세요.`,
            ),
            { voters: v, majority: maj, want: null },
          ),
        );
        continue;
      }
      // With arbiters the count to change is theirs or the members': no one-click `replicas=`.
      if (arbiters > 0) want = null;
      // A sharded replica set: the count is per shard, `replicas=` counts them all.
      const sets = replicaSets(n, instanceCount(n));
      if (want !== null) want *= sets;
      const every = sets > 1 ? L(` (each of its ${sets} shards is a replica set of its own)`, `(샤드 ${sets}개가 각각 따로 복제 세트)`) : L('', '');
      // Cassandra/ScyllaDB do not vote either: `quorum` there is replication factor 3 per token range, QUORUM (2 of 3).
      if (tokenRanged(n)) {
        out.push(
          nodeFinding(
            'quorum-fragile',
            n,
            L(
              `\`${n.name}\` answers a QUORUM read or write for a token range only while 2 of its 3 replicas are up (replication factor 3, written as \`quorum\`), and ${why.en}; requests for those ranges fail until enough nodes are back. Spread the nodes over three zones set as racks (NetworkTopologyStrategy), so that every range keeps a replica in each.`,
              `\`${n.name}\` 노드는 토큰 범위의 복제본 3개 중 2개가 살아 있어야 그 범위의 QUORUM 읽기와 쓰기에 답하는데(복제 계수 3, \`quorum\`으로 표기), ${why.ko}. 노드가 충분히 돌아올 때까지 그 범위의 요청이 실패합니다. 노드를 존 3곳에 랙으로 나누어(NetworkTopologyStrategy) 범위마다 존마다 복제본을 하나씩 두게 하세요.`,
            ),
            { voters: v, majority: 2, want: null },
          ),
        );
        continue;
      }
      // Kafka's brokers do not vote: `quorum` there is replication factor 3 with min.insync.replicas 2 and acks=all.
      if (KAFKA_ENGINES.has(engineOf(n))) {
        const rf = Math.min(3, votes);
        out.push(
          nodeFinding(
            'quorum-fragile',
            n,
            L(
              `\`${n.name}\` takes a send (acks=all) to a partition only while \`min.insync.replicas\` of its replicas are in sync (${majorityOf(rf)} of replication factor ${rf}, written as \`quorum\`), and ${why.en}; the producers' sends to those partitions fail (NotEnoughReplicas) until enough brokers are back. Spread the brokers over three zones with \`broker.rack\` set, so that every partition keeps a replica in each.`,
              `\`${n.name}\` 노드는 파티션의 복제본 중 \`min.insync.replicas\`개(복제 계수 ${rf}에 ${majorityOf(rf)}개, \`quorum\`으로 표기)가 동기화되어 있어야 그 파티션으로 가는 전송(acks=all)을 받는데, ${why.ko}. 브로커가 충분히 돌아올 때까지 그 파티션으로 가는 프로듀서의 전송이 실패합니다(NotEnoughReplicas). 브로커를 존 3곳에 나누고 \`broker.rack\`을 설정해 파티션마다 존마다 복제본을 하나씩 두게 하세요.`,
            ),
            { voters: v, majority: majorityOf(rf), want: null },
          ),
        );
        continue;
      }
      // A sharded MongoDB cluster's config server replica set: without its majority only metadata changes stop (chunk
      // migrations, sharding changes; a restarting mongos cannot load its routing table) — the shards elect their own
      // primaries and take writes (round 77 r06).
      const csrs = mongoConfigSet(facts.design, n);
      const stops = csrs
        ? L(
            'the sharded cluster\'s metadata stops changing with it — no chunk migration or sharding change, and a mongos that restarts cannot load its routing table — while the shards go on electing their own primaries and taking writes',
            '그와 함께 샤딩 클러스터의 메타데이터가 바뀌지 못합니다 — 청크 마이그레이션과 샤딩 변경이 멈추고, 재시작한 mongos는 라우팅 테이블을 읽지 못합니다. 샤드는 계속 스스로 프라이머리를 뽑고 쓰기를 받습니다',
          )
        : SEARCH_ENGINES.has((textAttr(n, 'engine') ?? '').toLowerCase())
          ? // Elasticsearch/OpenSearch without an elected master reject writes and go on answering searches
            // (cluster.no_master_block: write, the default) — round 95c r02: "whatever it serves stops" beside the run.
            L(
              'with no elected master, every write (indexing, a mapping change) fails until it is back, while searches go on over the shard copies left (`cluster.no_master_block: write`, the default)',
              '마스터를 뽑지 못하면 돌아올 때까지 모든 쓰기(색인, 매핑 변경)가 실패합니다. 검색은 남은 샤드 사본으로 계속됩니다(기본값 `cluster.no_master_block: write`)',
            )
          : L('whatever it serves or coordinates (failovers included) stops with it', '이 그룹이 처리하거나 조율하는 것(페일오버 포함)도 함께 멈춥니다');
      out.push(
        nodeFinding(
          'quorum-fragile',
          n,
          L(
            `\`${n.name}\`${every.en} works only while a strict majority of its voters is up (${majorityOf(votes)} of ${votes}), and ${why.en}; ${stops.en}. ${want !== null ? `Run an odd number of voters (\`replicas=${want}\`), spread so that no zone holds a majority (three zones).` : regional ? 'Run an odd number of voters spread so that no region holds a majority — a member (or a tie-breaker) in a third region.' : 'Run an odd number of voters spread so that no zone holds a majority — 3 members in 3 zones.'}`,
            `\`${n.name}\` 노드${every.ko}는 투표 구성원의 과반(${votes}개 중 ${majorityOf(votes)}개)이 살아 있어야 동작하는데, ${why.ko}. ${stops.ko}. ${want !== null ? `구성원을 홀수로 두고(\`replicas=${want}\`) 어느 존도 과반을 갖지 않도록 나누세요(존 3곳).` : regional ? '어느 리전도 과반을 갖지 않도록 홀수 구성원을 나누어 두세요 — 세 번째 리전에 구성원(또는 타이브레이커) 하나.' : '어느 존도 과반을 갖지 않도록 홀수 구성원을 나누어 두세요 — 존 3곳에 3개.'}`,
          ),
          { voters: v, majority: maj, want },
        ),
      );
    }
    // A witness (an Oracle fast-start failover observer, a file-share witness, a qdevice) in the same single zone as the
    // primary or as the standby it votes for: that zone's loss takes two of the three votes.
    for (const sb of facts.nodes) {
      const w = textAttr(sb, 'witness');
      if (sb.role !== 'standby' || !sb.of || !w || failoverMode(sb, facts.design) !== 'auto') continue;
      const wn = facts.design.nodes.get(w);
      const pn = facts.design.nodes.get(sb.of);
      if (!wn || !pn || wn.zones.length !== 1) continue;
      const z = wn.zones[0]!;
      const withStandby = sb.zones.length === 1 && sb.zones[0] === z;
      const withPrimary = pn.zones.length === 1 && pn.zones[0] === z;
      // (All three in the one zone: its loss takes the standby too — nothing is left to take over, and moving the witness
      // would not help that pair; a copy elsewhere is single-zone's matter. Round 42b.)
      if ((!withStandby && !withPrimary) || (withStandby && withPrimary)) continue;
      // A Tibero Observer in its default PROTECTIVE mode keeps the primary from shutting itself down, and a DBA fails over a
      // lost primary server whatever the Observer sees (TADTI232): where it stands changes neither (rounds 79c r06, 81c r03).
      if (tiberoProtective(sb, pn)) continue;
      const oracle = [sb, pn].some((x) => /oracle|data-?guard/.test(engineOf(x)));
      const sync = textAttr(sb, 'replication') === 'sync' || textAttr(sb, 'replication') === 'semi-sync';
      const what = withPrimary
        ? L(
            `losing zone \`${z}\` takes \`${pn.name}\` and \`${w}\` together, and \`${sb.name}\` alone is no majority: it does not take over by itself`,
            `\`${z}\` 존을 잃으면 ${codeJosa(pn.name, '와/과')} ${codeJosa(w, '을/를')} 함께 잃고, \`${sb.name}\` 혼자서는 과반이 아니어서 스스로 넘겨받지 못합니다`,
          )
        : oracle && sync
          ? L(
              `losing zone \`${z}\` takes \`${sb.name}\` and its observer \`${w}\` together: \`${pn.name}\`, cut off from both, stalls and after FastStartFailoverThreshold (30 s) shuts itself down (FastStartFailoverPmyShutdown, TRUE by default), and stays down until a DBA opens it`,
              `\`${z}\` 존을 잃으면 ${codeJosa(sb.name, '와/과')} 옵저버 ${codeJosa(w, '을/를')} 함께 잃습니다. 둘 다와 끊긴 ${codeJosa(pn.name, '은/는')} 멈췄다가 FastStartFailoverThreshold(30초) 뒤 스스로 종료하고(FastStartFailoverPmyShutdown 기본값 TRUE), DBA가 다시 열 때까지 멈춰 있습니다`,
            )
          : L(
              `losing zone \`${z}\` takes \`${sb.name}\` and \`${w}\` together: \`${pn.name}\` is left with one vote of three`,
              `\`${z}\` 존을 잃으면 ${codeJosa(sb.name, '와/과')} ${codeJosa(w, '을/를')} 함께 잃어 \`${pn.name}\`에는 세 표 중 한 표만 남습니다`,
            );
      // repmgr documents its witness in the primary's data centre: a standby that sees neither does not promote itself,
      // so the site's loss is left to a person by design — and a witness moved to a third place alone lets a cut-off
      // standby promote while the primary still writes (primary_visibility_consensus is off by default). Round 62 r01.
      if (withPrimary && [sb, pn].some(isRepmgr)) {
        out.push(
          nodeFinding(
            'quorum-fragile',
            wn,
            L(
              `\`${w}\` is \`${sb.name}\`'s repmgr witness in zone \`${z}\` with \`${pn.name}\`, where repmgr's documentation puts it: a standby that sees neither does not promote itself, so a network split never makes two primaries — but ${what.en}, and a person promotes it. That is repmgr's trade-off, not a misplaced witness: moving the witness to a third place alone lets a cut-off \`${sb.name}\` promote while \`${pn.name}\` still writes (it would need \`primary_visibility_consensus\`, off by default, and fencing). If losing the zone must fail over by itself, use a manager that decides by a consensus store in three places (Patroni with etcd: \`engine=patroni coordinator=…\`); otherwise keep a runbook for promoting \`${sb.name}\` by hand.`,
              `${codeJosa(w, '은/는')} ${codeJosa(pn.name, '와/과')} 같은 \`${z}\` 존에 있는 \`${sb.name}\`의 repmgr 위트니스이고, repmgr 문서가 권하는 위치입니다. 둘 다 보지 못하는 대기 노드는 스스로 승격하지 않으므로 네트워크가 갈려도 프라이머리가 둘이 되지는 않습니다. 다만 ${what.ko}, 결국 사람이 승격해야 합니다. 위트니스를 잘못 둔 것이 아니라 repmgr의 설계상 선택입니다. 위트니스만 세 번째 장소로 옮기면 고립된 ${codeJosa(sb.name, '이/가')} ${codeJosa(pn.name, '이/가')} 아직 쓰기를 받는 중에 승격할 수 있습니다(기본값이 꺼진 \`primary_visibility_consensus\`와 펜싱이 필요). 존을 잃어도 스스로 넘어가야 한다면 세 곳에 둔 합의 저장소로 결정하는 관리자를 쓰고(etcd를 쓰는 Patroni: \`engine=patroni coordinator=…\`), 아니면 ${codeJosa(sb.name, '을/를')} 손으로 승격하는 절차를 마련해 두세요.`,
            ),
            { voters: 3, majority: 2, want: null, repmgr: true },
          ),
        );
        continue;
      }
      out.push(
        nodeFinding(
          'quorum-fragile',
          wn,
          L(
            `\`${w}\` votes for \`${sb.name}\`'s failover from zone \`${z}\`, where \`${withPrimary ? pn.name : sb.name}\` runs too: ${what.en}. Put the witness in a third place that shares nothing with either.`,
            `${codeJosa(w, '은/는')} ${codeJosa(withPrimary ? pn.name : sb.name, '와/과')} 같은 \`${z}\` 존에서 \`${sb.name}\`의 페일오버에 투표합니다. ${what.ko}. 감시 노드는 둘 중 어느 쪽과도 겹치지 않는 세 번째 장소에 두세요.`,
          ),
          { voters: 3, majority: 2, want: null },
        ),
      );
    }
    // Replica sets written member by member: a primary and its copies that vote (model/request-graph.ts quorumPeers).
    const m = buildModel(facts.design);
    for (const p of m.nodes) {
      const peers = p.quorumPeers;
      if (peers === null) continue;
      const v = peers.length;
      // Two members: each is a single point of failure, and that finding says so.
      if (v < 3) continue;
      const names = peers.map((i) => m.nodes[i]!.name);
      const list = nameList(names.slice(1));
      const zones = peers.map((i) => m.nodes[i]!.node.zones[0] ?? null);
      const z = v >= 3 ? majorityZone(zones) : null;
      if (v >= 3 && z === null && v % 2 === 1) continue;
      const inZ = z === null ? 0 : zones.filter((x) => x === z).length;
      const why =
        v === 2
          ? L('two members: the majority is both, so losing either one stops the writes and nothing is elected', '구성원이 둘이라 과반이 곧 둘 다입니다. 어느 하나만 잃어도 쓰기가 멈추고 아무도 선출되지 않습니다')
          : z !== null
          ? L(`zone \`${z}\` holds ${inZ} of its ${v} members, a majority: losing that one zone stops the writes, and the members left elect no one until it is back (short of forcing a reconfiguration by hand)`, `\`${z}\` 존에 구성원 ${v}개 중 ${inZ}개가 있어 과반입니다. 그 존 하나만 잃어도 쓰기가 멈추고, 남은 구성원은 그 존이 돌아올 때까지(사람이 구성을 강제로 바꾸지 않는 한) 아무도 선출하지 못합니다`)
          : L(`${v} members need ${majorityOf(v)} for a majority: they tolerate as many failures as ${v - 1} would`, `구성원 ${v}개는 과반에 ${majorityOf(v)}개가 필요해서 ${v - 1}개일 때와 똑같은 수의 장애만 견딥니다`);
      out.push(
        nodeFinding(
          'quorum-fragile',
          p.node,
          L(
            `\`${p.name}\` and its copies are one replica set that votes (${list.en}): the primary takes writes, and a copy is elected in its place, only while a strict majority of the members is up (${majorityOf(v)} of ${v}), and ${why.en}. Run an odd number of members spread so that no place holds a majority — one in each of three zones or sites (a third member, or an arbiter where the product has one, in a third place).`,
            `${codeJosa(p.name, '와/과')} 그 사본들(${list.ko})은 투표하는 하나의 복제 세트입니다. 구성원의 과반(${v}개 중 ${majorityOf(v)}개)이 살아 있어야 프라이머리가 쓰기를 받고 사본이 대신 선출되는데, ${why.ko}. 어느 곳도 과반을 갖지 않도록 홀수 구성원을 나누어 두세요 — 존이나 사이트 세 곳에 하나씩(세 번째 구성원이나, 제품에 있다면 아비터를 세 번째 장소에).`,
          ),
          { voters: v, majority: majorityOf(v), want: null },
        ),
      );
    }
    // A MySQL NDB Cluster whose arbitrator sits in a zone with half of its data nodes or more: losing that zone leaves no
    // majority and no arbitrator, and the data nodes left shut down (the run's arbitration failure; round 70 r01).
    {
      const m = (model ??= buildModel(facts.design));
      for (const s of m.nodes) {
        if (s.arbitrator < 0) continue;
        const az = m.nodes[s.arbitrator]!.node.zones;
        if (az.length !== 1) continue;
        const z = az[0]!;
        const zones = s.node.zones;
        if (!zones.length) continue;
        const total = s.instances;
        const held = Array.from({ length: total }, (_, k) => zones[k % zones.length]).filter((x) => x === z).length;
        if (held * 2 < total) continue;
        const arb = m.nodes[s.arbitrator]!.name;
        out.push(
          nodeFinding(
            'quorum-fragile',
            s.node,
            L(
              `\`${s.name}\` is a MySQL NDB Cluster whose arbitrator \`${arb}\` sits in zone \`${z}\` with ${held} of its ${total} data nodes: losing that zone leaves the others no majority and no arbitrator to ask, so NDB shuts them down rather than risk a split brain — the whole cluster stops until it is restarted. Put the arbitrator (a management node, or an SQL node with ArbitrationRank) in a third place that holds no data node.`,
              `${codeJosa(s.name, '은/는')} 중재자 ${codeJosa(arb, '이/가')} 데이터 노드 ${total}개 중 ${held}개와 같은 \`${z}\` 존에 있는 MySQL NDB Cluster입니다. 그 존을 잃으면 남은 노드는 과반도, 물어볼 중재자도 없어 NDB가 스플릿 브레인을 막으려고 그 노드들을 내립니다. 다시 시작할 때까지 클러스터 전체가 멈춥니다. 중재자(관리 노드, 또는 ArbitrationRank를 준 SQL 노드)를 데이터 노드가 없는 세 번째 장소에 두세요.`,
            ),
            { arbitrator: arb, want: null },
          ),
        );
      }
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const n = findingNode(design, finding);
    const want = finding.data?.['want'];
    if (n && finding.data?.['minInsync'] === 1)
      return [fix(L(`Replication factor 3, min.insync.replicas 2 for \`${n.name}\` (quorum)`, `\`${n.name}\`에 복제 계수 3, min.insync.replicas 2(quorum)`), [setAttr(design, n, 'quorum', null)], true)];
    if (!n || typeof want !== 'number') return [];
    const title = finding.data?.['brokers'] !== undefined ? L(`Three brokers for \`${n.name}\` (replicas=${want})`, `\`${n.name}\` 브로커를 3대로(replicas=${want})`) : L(`An odd number of voters for \`${n.name}\` (replicas=${want})`, `\`${n.name}\` 구성원을 홀수로(replicas=${want})`);
    return [fix(title, [setAttr(design, n, 'replicas', String(want))], true)];
  },
};
