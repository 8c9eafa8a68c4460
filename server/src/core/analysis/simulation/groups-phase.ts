import { backupInterval } from '../../model/durability';
import { regionsOf } from '../../syntax/places';
import { textAttr } from '../../syntax/attrs';
import { tidyKo } from '../../shared/localized';
/**
 * The engine's group phase: Redis Sentinel and Cluster, quorum groups and
 * Patroni's self-demotion (model/groups.ts has the semantics). It keeps, per
 * group node, which instance is the master / primary and whether the group
 * serves, schedules the documented detections and elections, and gives the
 * engine one factor per node (the share of its requests it can serve now).
 */
import type { Localized } from '../../syntax/ast';
import { formatDuration } from '../../syntax/values';
import { arbitersOfShard, clusterShardOf, engineOf, GALERA_ENGINES, KAFKA_ENGINES, kafkaStuckShare, majorityOf, membersPerShard, MINIO_DRIVES_PER_SERVER, quorumOf, READ_ONLY_WITHOUT_MAJORITY, perRangeQuorum, SEARCH_ENGINES, tokenRanged, writesNeedDataMajority, type ClusterGroup, type SentinelGroup } from '../../model/groups';
import { isAsyncRedis, isRedis } from '../../model/replication';
import { genericGroupElection, haTiming } from '../../model/ha-timings';
import { ephemeralStateCache, mongoConfigSet, RAC_ENGINE, stateWritten, riseSeconds, searchMasterTier, type Model, type SimNode, type Takeover } from '../../model/request-graph';
import { josa } from '../../shared/josa';
import { koDuration } from '../../shared/duration';
import { GALERA, PROFILES } from '../../model/profiles/table';

const GALERA_SUSPECT = GALERA.suspect;

const L = (en: string, ko: string): Localized => ({ en, ko: tidyKo(ko) });
const d = (s: number): string => formatDuration(s);
const dk = (s: number): string => koDuration(s);

/**
 * How long a login session lives, seconds, for the share of sessions a failover
 * loses (the writes of the replication lag window over a session's life).
 * Generic: 30 minutes is the default session timeout of the common servlet
 * containers and Spring Session (`server.servlet.session.timeout`); PHP's
 * `session.gc_maxlifetime` is 24 minutes.
 */
export const SESSION_LIFETIME = 1800;

/** What the phase needs from the engine. */
export interface GroupHost {
  readonly m: Model;
  live(i: number): number;
  /** Whether instance k of node i is up. */
  alive(i: number, k: number): boolean;
  /** Whether instance k of node i last came back from a rebuild (empty: it holds nothing newer than a copy). */
  rebuilt?(i: number, k: number): boolean;
  /** How long ago instance k of node i failed (Infinity when it is up, or when the time is unknown). */
  lostSince(i: number, k: number): number;
  zoneDown(zone: string): boolean;
  regionOf(i: number, zone: string | null): string | null;
  regionDown(region: string): boolean;
  at(t: number, run: (t: number) => void): void;
  emit(type: string, target: string, message: Localized): void;
  loseWrites(seconds: number, by: string, of: number, why?: Localized): void;
  /** A `delayed` event: node `idx`'s requests wait `seconds` (engine.ts stalled). */
  stalled(idx: number, seconds: number, message: Localized): void;
  /** Sessions of the users of store i: add this share to their loss. */
  loseSessions(store: number, share: number, why?: Localized): void;
  /** Cache i, which its callers keep state in (a ranking, carts) or which is data of record, came back empty: its data is lost. */
  loseCacheData?(i: number, why: Localized): void;
  /** Whether managed node i is in its provider's own failover (lost whole: the provider promotes its replica, not a group of ours). */
  providerFailover?(i: number): boolean;
  /**
   * The balancers that send node i's requests to its leader only (Vault's `/v1/sys/health` without `standbyok`): the
   * slowest one's removal of a lost leader and rise of a new one, and whether it fails open (ALB/NLB with no healthy
   * target: the standbys then forward to the active); else null.
   */
  activeOnlyHold?(i: number): { removal: number; rise: number; failOpen: boolean; lb: string } | null;
}

interface SentinelState {
  master: number;
  /** When a checking balancer in front (HAProxy with a role check) sends to the promoted master again: its `rise` passing checks. */
  visibleAt?: number;
  /** Token of the pending failover, or null. */
  pending: object | null;
  /** The Sentinels agreed but could not promote (no majority / no replica): retried when things change. */
  waiting: boolean;
}

interface ClusterState {
  masters: number[];
  /** Per shard: 'ok', 'unreach' (master down, not yet flagged), 'fail' (flagged FAIL, slots uncovered). */
  shard: ('ok' | 'unreach' | 'fail')[];
  pending: (object | null)[];
  /** Per shard: a blocked failover was already reported. */
  told: boolean[];
}

/** MySQL Group Replication spellings (an InnoDB Cluster). */
const GROUP_REPLICATION = new Set(['group-replication', 'mysql-gr', 'mysql-group-replication', 'innodb-cluster']);

interface LeaderState {
  /** The instances of its replica set: [lo, hi) (all of them unless the node is sharded). */
  lo: number;
  hi: number;
  /** Its voters (data members and arbiters), and what the timeline calls it (the node, or one of its shards). */
  voters: number;
  /** The zones of its own arbiters when the node is sharded (arbiter a votes in shard a mod S). */
  arbZones: (string | null)[];
  label: string;
  labelKo: string;
  primary: number;
  pending: object | null;
  waiting: boolean;
  quorumLost: boolean;
  /** MongoDB with arbiters and the implicit w: "majority": too few data members up to acknowledge a default write (dataShort; majorityWritesWait). */
  writesWait?: boolean;
  /** MongoDB with arbiters and the implicit w: 1 (PSA): too few data members up to move the majority commit point (dataShort). */
  commitStall?: boolean;
  /** Group Replication after every member was down: it does not re-form by itself; a person reboots it (until then -1 = not wiped, Infinity = waiting for its members, else when the reboot is done). */
  rebootAt: number;
  /** When its primary was last found lost (the election's start), and when a balancer that checks the role sends to the new one. */
  lostAt?: number;
  visibleAt?: number;
  /** While a balancer that failed open sends to every member, the dead ones included (until the new leader passes its checks). */
  failOpenUntil?: number;
}

export class GroupPhase {
  private readonly sentinel = new Map<number, SentinelState>();
  private readonly cluster = new Map<number, ClusterState>();
  /** Per single-primary group: one state per replica set (one per shard of a sharded MongoDB). */
  private readonly leader = new Map<number, LeaderState[]>();
  private readonly majorityLost = new Map<number, boolean>();
  /** Majority groups with range leases (CockroachDB): which members were up, and until when each lost member's leases wait. */
  private readonly leases = new Map<number, { up: boolean[]; until: number[]; leader: number }>();
  /** The time of the last update (the factor of a group with leases depends on it). */
  private now = 0;
  /** Patroni primaries: pending demotion token, and the demoted ones. */
  private readonly demotePending = new Map<number, object>();
  private readonly demoted = new Set<number>();
  private readonly demoting: number[] = [];
  /** Kafka clusters: the brokers lost (a key of their up flags) and the share of partitions below min ISR then. */
  private readonly kafkaShares = new Map<number, { key: string; share: number }>();
  /** CockroachDB clusters whose survival-goal caveat was said in this run. */
  private readonly survivalSaid = new Set<number>();
  /** Galera clusters: how many members were up at the last update. */
  private readonly galeraUp = new Map<number, number>();
  /** Primaries of replica sets written member by member: whether they were last seen without a majority. */
  private readonly peersLost = new Map<number, boolean>();
  readonly nodes: number[] = [];

  constructor(
    private readonly h: GroupHost,
    act: readonly number[],
  ) {
    for (const i of act) {
      const s = h.m.nodes[i]!;
      if (s.demotesWith >= 0) this.demoting.push(i);
      if (s.quorumPeers !== null) this.peersLost.set(i, false);
      const g = s.group;
      if (!g) continue;
      this.nodes.push(i);
      if (g.type === 'sentinel') this.sentinel.set(i, { master: 0, pending: null, waiting: false });
      else if (g.type === 'cluster') this.cluster.set(i, { masters: Array.from({ length: g.shards }, (_, k) => k), shard: new Array(g.shards).fill('ok'), pending: new Array(g.shards).fill(null), told: new Array(g.shards).fill(false) });
      else if (g.type === 'leader') {
        const list: LeaderState[] = [];
        const per = membersPerShard(s.instances, g.shards);
        for (let k = 0; k < g.shards; k++) {
          const lo = k * per;
          const hi = k === g.shards - 1 ? s.instances : Math.min(s.instances, lo + per);
          if (lo >= hi) continue;
          const label = g.shards > 1 ? `${s.name} shard ${k + 1}/${g.shards}` : s.name;
          const labelKo = g.shards > 1 ? `${s.name} 샤드 ${k + 1}/${g.shards}` : s.name;
          const arbZones = g.shards > 1 ? g.arbiterZones.filter((_, a) => a % g.shards === k) : [];
          list.push({ lo, hi, voters: g.shards > 1 ? hi - lo + arbitersOfShard(g.arbiters, g.shards, k) : g.voters, arbZones, label, labelKo, primary: lo, pending: null, waiting: false, quorumLost: false, rebootAt: -1 });
        }
        this.leader.set(i, list);
      }
      else {
        this.majorityLost.set(i, false);
        if (GALERA_ENGINES.has(engineOf(s.node))) this.galeraUp.set(i, h.live(i));
        if (g.leaseGap > 0) this.leases.set(i, { up: new Array<boolean>(g.voters).fill(true), until: new Array<number>(g.voters).fill(-1), leader: 0 });
      }
    }
  }

  /** Whether node i is a group (its callers reach any live instance: the factor says what it serves). */
  isGroup(i: number): boolean {
    return this.h.m.nodes[i]!.group !== null;
  }

  /** Whether the members of a replica set written member by member (SimNode.quorumPeers) have a strict majority up. */
  peersOk(s: SimNode): boolean {
    const p = s.quorumPeers;
    if (p === null) return true;
    let up = 0;
    for (const m of p) if (this.h.live(m) > 0) up++;
    return up >= majorityOf(p.length);
  }

  /** The share of node i's requests it can serve in the current state (1 for an ordinary node). */
  factor(i: number): number {
    if (this.demoted.has(i)) return 0;
    const s = this.h.m.nodes[i]!;
    // A primary cut off from the majority of its replica set takes no writes (Group Replication blocks; a MongoDB primary steps down).
    if (s.quorumPeers !== null && !this.peersOk(s)) return 0;
    const g = s.group;
    if (!g) return 1;
    const h = this.h;
    switch (g.type) {
      case 'sentinel': {
        const st = this.sentinel.get(i);
        return st && h.alive(i, st.master) && (st.visibleAt ?? 0) <= this.now ? 1 : 0;
      }
      case 'cluster': {
        const st = this.cluster.get(i);
        if (!st) return 1;
        let ok = 0;
        for (const x of st.shard) {
          if (x === 'fail' && g.fullCoverage) return 0; // cluster-require-full-coverage yes: CLUSTERDOWN for every key
          if (x === 'ok') ok++;
        }
        return ok / g.shards;
      }
      case 'leader': {
        const list = this.leader.get(i);
        if (!list) return 0;
        // A sharded replica set serves the shards that have a primary and their majority.
        let ok = 0;
        for (const st of list) {
          if (!(st.rebootAt < 0 && this.shardVotersUp(i, st) >= majorityOf(st.voters) && h.alive(i, st.primary) && (st.visibleAt ?? 0) <= this.now)) continue;
          // A balancer failing open sends to every member, dead ones included: their share fails until the new leader passes
          // its checks (ELB: "routes traffic to all targets regardless of their health"; round 108b r01).
          if ((st.failOpenUntil ?? 0) > this.now + 1e-9) {
            let up = 0;
            for (let k = st.lo; k < st.hi; k++) if (h.alive(i, k)) up++;
            ok += up / Math.max(1, st.hi - st.lo);
          } else ok++;
        }
        return ok / list.length;
      }
      case 'majority': {
        // Kafka: the partitions with fewer in-sync replicas than min.insync.replicas refuse the sends, the others go on.
        if (this.perRange(s)) {
          // No controller majority (ZooKeeper, KRaft controllers): a partition with a replica on a lost broker can neither
          // drop it from its ISR nor elect a new leader, so its acks=all sends time out — only the partitions whose every
          // replica is on a live broker go on (round 63 r02: the ZooKeeper majority's loss changed nothing).
          if (!this.controlPlaneOk(s)) return 1 - this.kafkaStuck(i, 0);
          return 1 - this.kafkaStuck(i);
        }
        if (this.votersUp(i) < quorumOf(g)) return 0;
        // No controller majority: the partitions a lost broker led get no new leader.
        if (!this.controlPlaneOk(s)) return h.live(i) / g.voters;
        const st = this.leases.get(i);
        if (!st) return 1;
        // The ranges a lost member led wait for its leases to move: that share of the requests.
        let waiting = 0;
        for (const u of st.until) if (u > this.now) waiting++;
        // (One Raft group: every request waits for the new leader.)
        if (g.oneLeader) return waiting > 0 ? 0 : 1;
        return 1 - waiting / g.voters;
      }
    }
  }

  /** Whether a node's control plane (a Kafka cluster's controller quorum) has its majority: -1 means it has none. */
  controlPlaneOk(s: SimNode): boolean {
    return s.controlPlane < 0 || this.hasMajority(s.controlPlane);
  }

  /** Whether a takeover's coordinating group (`coordinator=`) has its majority now. */
  coordinatorOk(t: Takeover): boolean {
    // A witness's vote: with the primary gone, the standby and the witness are the majority of three (WSFC, a quorum device);
    // in a larger Windows cluster, dynamic quorum keeps it going while the standby and one more vote are left.
    // A person who promotes by hand forces quorum first on the side left (Start-ClusterNode -FixQuorum, then a forced
    // failover): a missing vote blocks only an automatic takeover.
    if (t.witness >= 0 && !t.manual) {
      let votes = this.votersUp(t.witness) > 0 ? 1 : 0;
      for (const v of t.voters) if (this.h.live(v) > 0) votes++;
      if (votes < 1) return false;
    }
    // (The same for a coordinating group: `coordinator=` gates the automatic promotion; a person promotes the copy by hand
    // without it — stopping its manager, or pointing it at a store of its own site; round 106 r07.)
    // A failover a proxy's own monitor runs (MaxScale's mariadbmon): with every instance of that proxy down, nothing runs it
    // (round 110 r02: a zone holding both MaxScale instances still "promoted" the standby).
    if (t.detector !== undefined && t.detector >= 0 && !t.manual && this.h.live(t.detector) <= 0) return false;
    return t.coordinator < 0 || t.manual || this.hasMajority(t.coordinator);
  }

  /**
   * A Kafka cluster written with `quorum` (a majority group of brokers that are no voters), or a Cassandra/ScyllaDB cluster
   * with `quorum` (QUORUM on replication factor 3 per token range): served per partition or range (perRangeQuorum).
   */
  private perRange(s: SimNode): boolean {
    return s.group !== null && s.group.type === 'majority' && perRangeQuorum(s.node);
  }

  /**
   * The share of a Kafka cluster's partitions below min.insync.replicas now (kafkaStuckShare). Read by factor() on every
   * evaluation: the share is kept per set of brokers lost, computed again only when that set changes.
   */
  private kafkaStuck(i: number, tolerateLost?: number): number {
    const s = this.h.m.nodes[i]!;
    let key = tolerateLost === undefined ? '' : `t${tolerateLost}:`;
    for (let k = 0; k < s.instances; k++) key += this.h.alive(i, k) ? '1' : '0';
    const hit = this.kafkaShares.get(i);
    if (hit && hit.key === key) return hit.share;
    const zones: (string | null)[] = [];
    const lost: boolean[] = [];
    for (let k = 0; k < s.instances; k++) {
      zones.push(s.zoneOf(k));
      lost.push(!this.h.alive(i, k));
    }
    const share = kafkaStuckShare(zones, lost, tolerateLost);
    this.kafkaShares.set(i, { key, share });
    return share;
  }

  private hasMajority(i: number): boolean {
    const s = this.h.m.nodes[i]!;
    if (s.client) return true;
    // (Kafka: "lost" while any partition is below min.insync.replicas.)
    if (this.perRange(s)) return this.kafkaStuck(i) < 1e-9;
    // A monitor deciding the failover (an MHA manager, `coordinator=` naming it): its own process must be up.
    // (A monitor is no instance a zone's loss counts: its own place says whether it is lost with one — round 37.)
    if (s.ignored) return this.h.live(i) > 0 && this.homeUp(i);
    const g = s.group && (s.group.type === 'leader' || s.group.type === 'majority') ? s.group : null;
    return this.votersUp(i) >= (g ? quorumOf(g) : majorityOf(s.instances));
  }

  /** Reacts to the instances' new state: detections, elections, quorum changes, demotions. Called before each evaluation. */
  update(t: number): void {
    this.now = t;
    for (const [i, st] of this.leases) this.updateLeases(i, st, t);
    for (const [i, st] of this.sentinel) this.updateSentinel(i, st, t);
    for (const [i, st] of this.cluster) this.updateCluster(i, st, t);
    for (const [i, list] of this.leader) for (const st of list) this.updateLeader(i, st, t);
    for (const [i, lost] of this.majorityLost) {
      const s = this.h.m.nodes[i]!;
      const now = !this.hasMajority(i);
      if (now !== lost) {
        this.majorityLost.set(i, now);
        this.quorumEvent(s, now);
      }
    }
    for (const p of this.demoting) this.updateDemotion(p, t);
    // Galera: a member that goes silent stalls every commit in the cluster (write-sets are delivered in total order to
    // every member of the view) until the others suspect it and form a view without it: delayed, not failed.
    for (const [i, before] of this.galeraUp) {
      const up = this.h.live(i);
      this.galeraUp.set(i, up);
      const s = this.h.m.nodes[i]!;
      const g = s.group!;
      if (up >= before || g.type !== 'majority' || this.votersUp(i) < majorityOf(g.voters) || up === 0) continue;
      this.h.stalled(
        i,
        GALERA_SUSPECT.v,
        L(
          `Commits on every member of ${s.name} wait until the others suspect the silent member (evs.suspect_timeout ${formatDuration(GALERA_SUSPECT.v)}) and form a new view without it; then they go on — delayed, not failed. ${s.directMembers ? `Requests sent to the lost member's own address fail until it is back: nothing in front of ${s.name} moves them.` : s.activeOne ? 'Its balancer sends to one member at a time: the requests fail only when that member is the one lost, until the balancer moves to the next.' : 'Requests sent to the lost member fail until its balancer stops sending there.'}`,
          `${s.name}의 모든 구성원에서 커밋이, 나머지 구성원이 응답 없는 구성원을 의심하고(evs.suspect_timeout ${koDuration(GALERA_SUSPECT.v)}) 그 구성원을 뺀 새 뷰를 만들 때까지 기다린 뒤 계속됩니다. 실패하지 않고 늦어질 뿐입니다. ${s.directMembers ? `잃은 구성원의 주소로 보낸 요청은 그 구성원이 돌아올 때까지 실패합니다. ${s.name} 앞에 연결을 다른 구성원으로 옮겨 줄 프록시가 없습니다.` : s.activeOne ? '로드밸런서는 한 번에 한 구성원으로만 보내므로, 잃은 구성원이 그 구성원일 때만 로드밸런서가 다음 구성원으로 옮길 때까지 요청이 실패합니다.' : '잃은 구성원으로 보낸 요청은 로드밸런서가 그쪽으로 보내지 않을 때까지 실패합니다.'}`,
        ),
      );
    }
    for (const [i, lost] of this.peersLost) {
      const s = this.h.m.nodes[i]!;
      const now = !this.peersOk(s) && this.h.live(i) > 0;
      if (now === lost) continue;
      this.peersLost.set(i, now);
      const p = s.quorumPeers!;
      const up = p.filter((m) => this.h.live(m) > 0).length;
      this.h.emit(
        now ? 'quorum-lost' : 'quorum-regained',
        s.name,
        now
          ? L(
              `${s.name} sees ${up} of the ${p.length} members of its replica set, no majority: it takes no writes (Group Replication blocks them; a MongoDB primary steps down) until a majority is back.`,
              `${josa(s.name, '은/는')} 복제 세트 구성원 ${p.length}개 중 ${up}개만 보여 과반이 없습니다. 과반이 돌아올 때까지 쓰기를 받지 않습니다(Group Replication은 쓰기를 막고, MongoDB 프라이머리는 물러납니다).`,
            )
          : L(`${s.name}'s replica set has its majority again: it takes writes.`, `${s.name}의 복제 세트가 다시 과반을 얻어 쓰기를 받습니다.`),
      );
    }
  }

  /**
   * CockroachDB: a member lost while the majority holds leaves the ranges it led without
   * a leaseholder until its liveness record expires; then the other members take the
   * leases and every range serves again. TiKV (Regions) and YugabyteDB (tablets) elect a
   * new Raft leader instead: said in their own words (leaderWords).
   */
  private updateLeases(i: number, st: { up: boolean[]; until: number[]; leader: number }, t: number): void {
    const h = this.h;
    const s = h.m.nodes[i]!;
    const g = s.group!;
    if (g.type !== 'majority') return;
    for (let k = 0; k < st.up.length; k++) {
      const up = h.alive(i, k);
      // (One Raft group — Consul: only the leader's loss costs an election; the next live member is taken to win it.)
      if (g.oneLeader && st.up[k] && !up && k === st.leader) {
        let next = -1;
        for (let j = 1; j <= st.up.length; j++) {
          const c = (k + j) % st.up.length;
          if (c !== k && h.alive(i, c)) {
            next = c;
            break;
          }
        }
        if (next >= 0) st.leader = next;
      } else if (g.oneLeader) {
        st.up[k] = up;
        continue;
      }
      if (st.up[k] && !up && this.votersUp(i) >= majorityOf(g.voters)) {
        const until = t + g.leaseGap;
        st.until[k] = until;
        const who = inst(s, k);
        const words = leaderWords(engineOf(s.node), who, s.name, g.leaseGap, g.voters);
        h.emit('detected', s.name, words.lost);
        // A CockroachDB spanning regions, one of them lost: the run takes every range to keep its voters' majority
        // outside it; with the multi-region default (SURVIVE ZONE FAILURE) a range's three voters are all in its home
        // region — said once, since the language has no survival goal to write (round 42b).
        const z = s.zoneOf(k);
        const r = s.regionOf(z);
        if (!this.survivalSaid.has(i) && /^(cockroachdb|cockroach|crdb)$/.test(engineOf(s.node)) && r !== null && h.regionDown(r) && regionsOf(h.m.design, s.node).length >= 2) {
          this.survivalSaid.add(i);
          h.emit(
            'detected',
            s.name,
            L(
              `This run takes every range of ${s.name} to keep a majority of its voters outside region ${r} (a cluster without multi-region settings, or SURVIVE REGION FAILURE). With CockroachDB's multi-region default, SURVIVE ZONE FAILURE, a range's three voters are all in its home region: the ranges homed in ${r} are unavailable, for reads and writes, until it is back — the language cannot say which goal the database has.`,
              `이 시뮬레이션은 ${s.name}의 모든 레인지가 ${r} 리전 밖에 투표 복제본의 과반을 둔다고 봅니다(멀티 리전 설정이 없는 클러스터, 또는 SURVIVE REGION FAILURE). CockroachDB 멀티 리전의 기본값인 SURVIVE ZONE FAILURE에서는 레인지의 투표 복제본 3개가 모두 홈 리전에 있어, ${r} 리전이 홈인 레인지는 그 리전이 돌아올 때까지 읽기도 쓰기도 할 수 없습니다. 데이터베이스가 어느 쪽인지는 아직 언어로 적을 수 없습니다.`,
            ),
          );
        }
        h.at(until, () => {
          if (st.until[k] !== until) return;
          h.emit('recover', s.name, words.back);
        });
      }
      st.up[k] = up;
    }
  }

  private quorumEvent(s: SimNode, lost: boolean, shard?: LeaderState): void {
    const g = s.group;
    const n = shard ? shard.voters : g && (g.type === 'leader' || g.type === 'majority') ? g.voters : s.instances;
    const live = shard ? this.shardVotersUp(s.idx, shard) : this.votersUp(s.idx);
    const name = shard ? shard.label : s.name;
    const nameKo = shard ? shard.labelKo : s.name;
    if (lost) this.placeTookMajority(s, live);
    if (lost && tokenRanged(s.node) && this.perRange(s)) {
      // Cassandra/ScyllaDB with `quorum`: QUORUM needs 2 of a token range's 3 replicas (no vote).
      const alive = this.h.live(s.idx);
      const share = this.kafkaStuck(s.idx);
      const all = share > 1 - 1e-9;
      const pct = `${Math.round(share * 100)}%`;
      this.h.emit(
        'quorum-lost',
        s.name,
        L(
          `${s.name} has ${alive} of ${s.instances} nodes up: ${all ? 'every token range has' : `about ${pct} of its token ranges (those with 2 or 3 of their replicas on the lost nodes) have`} fewer than 2 of its 3 replicas up, so QUORUM reads and writes for ${all ? 'them' : 'those ranges'} fail until enough nodes are back${all ? '' : '; the other ranges keep serving'}.`,
          `${s.name}의 노드 ${s.instances}개 중 ${alive}개만 살아 있어 ${all ? '모든 토큰 범위' : `토큰 범위의 약 ${pct}(복제본 3개 중 2개 이상이 잃은 노드에 있던 것)`}에 살아 있는 복제본이 3개 중 2개가 안 됩니다. 노드가 충분히 돌아올 때까지 ${all ? '' : '그 범위의 '}QUORUM 읽기와 쓰기가 실패합니다${all ? '' : '. 나머지 범위는 계속 처리합니다'}.`,
        ),
      );
    } else if (lost && KAFKA_ENGINES.has(engineOf(s.node))) {
      // Brokers are no voters: `quorum` on Kafka stands for replication factor 3 with min.insync.replicas 2.
      const alive = this.h.live(s.idx);
      const rf = Math.min(3, s.instances);
      const share = this.perRange(s) ? this.kafkaStuck(s.idx) : 1;
      const all = share > 1 - 1e-9;
      const pct = `${Math.round(share * 100)}%`;
      this.h.emit(
        'quorum-lost',
        s.name,
        L(
          `${s.name} has ${alive} of ${s.instances} brokers up: ${all ? 'every partition has' : `about ${pct} of its partitions (those with at least ${rf - majorityOf(rf) + 1} of their ${rf} replicas on the lost brokers) have`} fewer in-sync replicas than min.insync.replicas (${majorityOf(rf)} of replication factor ${rf}, written as quorum), so acks=all sends to ${all ? 'them' : 'those'} fail (NotEnoughReplicas) until enough brokers are back${all ? '' : '; the other partitions keep taking them'}; ${alive > 0 ? 'the replicas left hold every acknowledged message' : 'with no broker left, its messages are out of reach until the brokers are back'}.`,
          `${s.name}의 브로커 ${s.instances}개 중 ${alive}개만 살아 있어 ${all ? '모든 파티션' : `파티션의 약 ${pct}(복제본 ${rf}개 중 ${rf - majorityOf(rf) + 1}개 이상이 잃은 브로커에 있던 것)`}의 동기화 복제본(ISR)이 min.insync.replicas(복제 계수 ${rf}에 ${majorityOf(rf)}, quorum으로 표기)보다 적습니다. 브로커가 충분히 돌아올 때까지 ${all ? '' : '그 파티션으로 가는 '}acks=all 전송은 실패합니다(NotEnoughReplicas)${all ? '' : '. 나머지 파티션은 계속 받습니다'}. ${alive > 0 ? '남은 복제본에는 확인된 메시지가 모두 있습니다.' : '남은 브로커가 없어 브로커가 돌아올 때까지 메시지를 읽을 수 없습니다.'}`,
        ),
      );
    }
    else if (lost)
      this.h.emit(
        'quorum-lost',
        s.name,
        searchMasterTier(this.h.m.design, s.node)
          ? L(
              `${name} has ${live} of ${n} master-eligible nodes up, not a majority (${majorityOf(n)}): no master is elected. Elasticsearch then rejects writes — indexing, mapping and index changes — while searches on the data nodes go on (cluster.no_master_block: write, the default); no lost data node's shards are reassigned meanwhile. Here the writes are the requests on edges labelled as writes or indexing and those of a queue's consumers; the others are taken as searches and go on.`,
              `${nameKo}의 마스터 후보 노드 ${n}개 중 ${live}개만 살아 있어 과반(${majorityOf(n)})이 안 되므로 마스터가 선출되지 않습니다. 이때 Elasticsearch는 색인, 매핑, 인덱스 변경 같은 쓰기를 거부하지만 데이터 노드의 검색은 계속됩니다(기본값 cluster.no_master_block: write). 그동안 잃은 데이터 노드의 샤드도 다시 배치되지 않습니다. 여기서 쓰기는 쓰기나 색인으로 레이블을 붙인 엣지의 요청과 큐 컨슈머의 요청이고, 나머지는 검색으로 보아 계속 처리됩니다.`,
            )
          : this.configServer(s)
          ? L(
              `${name} has ${live} of ${n} voters up, not a majority (${majorityOf(n)}): the sharded cluster's config servers can no longer change its metadata — no chunk migration or balancing — and with ${live ? 'no primary' : 'none of them up'}, a mongos that restarts or refreshes its routing table cannot route until they are back (MongoDB: without its config servers the cluster can become inoperable); the routers running now go on with the table they cached.`,
              `${nameKo}의 투표 구성원 ${n}개 중 ${live}개만 살아 있어 과반(${majorityOf(n)})이 안 됩니다. 샤드 클러스터의 설정 서버가 메타데이터를 바꾸지 못해 청크 이동과 밸런싱이 멈추고, 재시작하거나 라우팅 테이블을 새로 읽는 mongos는 설정 서버가 돌아올 때까지 라우팅하지 못합니다(MongoDB: 설정 서버 없이는 클러스터가 동작하지 못할 수 있음). 지금 떠 있는 라우터는 캐시한 테이블로 계속 처리합니다.`,
            )
          : this.keeperFor(s, 'clickhouse') !== null
          ? L(
              `${name} has ${live} of ${n} voters up, not a majority (${majorityOf(n)}): the Replicated tables of ${this.keeperFor(s, 'clickhouse')} it coordinates turn read-only — every INSERT fails until the majority is back, while queries go on.`,
              `${nameKo}의 투표 구성원 ${n}개 중 ${live}개만 살아 있어 과반(${majorityOf(n)})이 안 됩니다. 이 그룹이 조율하는 ${this.keeperFor(s, 'clickhouse')}의 Replicated 테이블이 읽기 전용이 되어, 과반이 돌아올 때까지 INSERT는 모두 실패하고 조회는 계속됩니다.`,
            )
          : this.keeperFor(s, 'solr') !== null
          ? L(
              `${name} has ${live} of ${n} voters up, not a majority (${majorityOf(n)}): the SolrCloud nodes of ${this.keeperFor(s, 'solr')} lose their ZooKeeper connection and refuse document updates until the majority is back, while they go on answering searches from the replicas they can reach (zkConnected=false in the response).`,
              `${nameKo}의 투표 구성원 ${n}개 중 ${live}개만 살아 있어 과반(${majorityOf(n)})이 안 됩니다. ${this.keeperFor(s, 'solr')}의 SolrCloud 노드가 ZooKeeper 연결을 잃어 과반이 돌아올 때까지 문서 업데이트를 거부하고, 검색은 닿는 복제본으로 계속 답합니다(응답에 zkConnected=false).`,
            )
          : SEARCH_ENGINES.has(engineOf(s.node)) && live === 0 && !searchMasterTier(this.h.m.design, s.node)
          ? // (No node of a cluster that holds its own data: no shard copy is left to search either — round 114b r05.)
            L(
              `${name} has none of its ${n} nodes up: every search and every write fails until they are back.`,
              `${nameKo}의 노드 ${n}개가 모두 멈춰, 돌아올 때까지 검색과 쓰기가 모두 실패합니다.`,
            )
          : SEARCH_ENGINES.has(engineOf(s.node))
          ? L(
              `${name} has ${live} of ${n} master-eligible nodes up, not a majority (${majorityOf(n)}): no master is elected, so every write (indexing, a mapping change) fails until the majority is back, while searches go on over the shard copies left (cluster.no_master_block: write, the default).`,
              `${nameKo}의 마스터 후보 노드 ${n}개 중 ${live}개만 살아 있어 과반(${majorityOf(n)})이 안 됩니다. 마스터가 선출되지 않아 과반이 돌아올 때까지 쓰기(색인, 매핑 변경)는 모두 실패하고, 검색은 남은 샤드 사본으로 계속됩니다(cluster.no_master_block: write, 기본값).`,
            )
          : READ_ONLY_WITHOUT_MAJORITY.has(engineOf(s.node))
          ? L(
              `${name} has ${live} of ${n} primaries up, not a majority (${majorityOf(n)}): the database turns read-only — every write fails until the majority is back, while the reads go on (Neo4j: past its fault tolerance a clustered database becomes read-only).`,
              `${nameKo}의 프라이머리 ${n}개 중 ${live}개만 살아 있어 과반(${majorityOf(n)})이 안 됩니다. 데이터베이스가 읽기 전용이 되어 과반이 돌아올 때까지 쓰기는 모두 실패하고, 읽기는 계속됩니다(Neo4j: 장애 허용 한도를 넘으면 클러스터 데이터베이스는 읽기 전용이 됨).`,
            )
          : engineOf(s.node) === 'minio'
          ? L(
              `${name} has ${live} of ${n} servers up, fewer than the ${s.group && s.group.type === 'majority' ? quorumOf(s.group) : majorityOf(n)} its erasure sets need: each set keeps its drives spread over the servers, so more drives of each are gone than its parity (EC:4 by default) covers — no object can be written (the write quorum) or, as the model reads it, read (its data shards), and the whole pool stops until enough servers are back${live > 0 ? '; the objects are kept on the drives that come back' : ''}. (Taken: ${MINIO_DRIVES_PER_SERVER} drives a server, as the language cannot say how many.)`,
              `${nameKo}의 서버 ${n}대 중 ${live}대만 살아 있어 이레이저 세트에 필요한 ${s.group && s.group.type === 'majority' ? quorumOf(s.group) : majorityOf(n)}대에 못 미칩니다. 세트마다 드라이브를 서버에 고르게 나누어 두므로, 각 세트에서 패리티(기본 EC:4)가 감당하는 것보다 많은 드라이브를 잃어 어떤 객체도 쓸 수 없고(쓰기 쿼럼), 이 도구는 읽기도 멈춘다고 봅니다(데이터 샤드). 서버가 충분히 돌아올 때까지 풀 전체가 멈춥니다${live > 0 ? '. 객체는 돌아오는 드라이브에 남아 있습니다' : ''}. (서버마다 드라이브 ${MINIO_DRIVES_PER_SERVER}개로 가정합니다. 언어로는 개수를 적을 수 없습니다.)`,
            )
          : L(`${name} has ${live} of ${n} voters up, not a majority (${majorityOf(n)}): it stops serving and nothing it coordinates can fail over.`, `${nameKo}의 투표 구성원 ${n}개 중 ${live}개만 살아 있어 과반(${majorityOf(n)})이 안 됩니다. 동작을 멈추고, 이 그룹이 조율하는 페일오버도 일어나지 않습니다.`),
      );
    else if (tokenRanged(s.node) && this.perRange(s))
      this.h.emit('quorum-regained', s.name, L(`${name} has ${this.h.live(s.idx)} of ${s.instances} nodes up: every token range has 2 of its 3 replicas up again and serves QUORUM requests.`, `${nameKo}의 노드 ${s.instances}개 중 ${this.h.live(s.idx)}개가 살아 있어 모든 토큰 범위에 복제본 3개 중 2개가 다시 살아 있고 QUORUM 요청을 처리합니다.`));
    else if (KAFKA_ENGINES.has(engineOf(s.node)))
      this.h.emit('quorum-regained', s.name, L(`${name} has ${this.h.live(s.idx)} of ${s.instances} brokers up: every partition has min.insync.replicas in sync again and takes sends.`, `${nameKo}의 브로커 ${s.instances}개 중 ${this.h.live(s.idx)}개가 살아 있어 모든 파티션이 다시 min.insync.replicas만큼 동기화되어 전송을 받습니다.`));
    else if (engineOf(s.node) === 'minio') this.h.emit('quorum-regained', s.name, L(`${name} has enough servers up again (${live} of ${n}): every erasure set can be read and written.`, `${nameKo}의 서버가 다시 충분합니다(${n}대 중 ${live}대). 모든 이레이저 세트를 다시 읽고 쓸 수 있습니다.`));
    else this.h.emit('quorum-regained', s.name, L(`${name} has a majority of its voters again (${live} of ${n}).`, `${nameKo}의 투표 구성원이 다시 과반입니다(${n}개 중 ${live}개).`));
  }

  /** A MongoDB config server replica set (model/request-graph mongoConfigSet). */
  private configServer(s: SimNode): boolean {
    return mongoConfigSet(this.h.m.design, s.node);
  }

  /**
   * A zone or region loss took the majority of a group that commits on a majority (Raft, Group Replication, MongoDB
   * w: "majority"): the last writes the majority acknowledged may be on none of the members left, which are all that
   * is left of the data if the place does not come back — the replication lag is lost. Galera certifies each commit on
   * every member of the view (and Elasticsearch writes every in-sync copy), so their members left have them all.
   */
  private placeTookMajority(s: SimNode, live: number): void {
    // (Elasticsearch acknowledges a write once every in-sync copy has it, as Galera does: nothing to lose there either.)
    const e = engineOf(s.node);
    // Nor Kafka: with acks=all (the producer default since 3.0) a message is acknowledged once every in-sync replica has it.
    if (live <= 0 || GALERA_ENGINES.has(e) || KAFKA_ENGINES.has(e) || e === 'elasticsearch' || e === 'opensearch' || !s.dataKind) return;
    // Nor a sharded cluster's config servers: they hold its metadata, which the config servers themselves change (chunk
    // migrations), not the users' writes — those go to the shards (round 66b r05).
    if (this.configServer(s)) return;
    const h = this.h;
    let byPlace = false;
    for (let k = 0; k < s.instances && !byPlace; k++) {
      if (h.alive(s.idx, k)) continue;
      const z = s.zoneOf(k);
      const r = s.regionOf(z);
      byPlace = (z !== null && h.zoneDown(z)) || (r !== null && h.regionDown(r));
    }
    // A MinIO pool writes each object to its write quorum of drives and keeps it there: unreadable while they are out, not lost.
    if (!byPlace || engineOf(s.node) === 'minio') return;
    // A write a majority acknowledged is on some member left unless the lost members could hold a whole majority: two
    // members need both, so the one left has every write (round 42: a zone holding one of two quorum-queue nodes "lost 1 s").
    const g = s.group;
    const psa = g !== null && 'rollback' in g && g.rollback;
    const voters = g !== null && (g.type === 'majority' || g.type === 'leader') ? g.voters : s.instances;
    let lostMembers = 0;
    for (let k = 0; k < s.instances; k++) if (!h.alive(s.idx, k)) lostMembers++;
    if (!psa && lostMembers < majorityOf(voters)) return;
    const lag = s.timings.lag.value;
    // Members lost longer ago than the lag had left a majority that acknowledged every write since on all its members:
    // only the members lost within the last lag can take writes no member left has — a majority of them, or nothing
    // (round 94b r09: two regions of three lost 30 s apart, "1 s lost" though the survivor had every commit).
    let recent = 0;
    for (let k = 0; k < s.instances; k++) if (!h.alive(s.idx, k) && h.lostSince(s.idx, k) <= lag) recent++;
    if (!psa && recent < majorityOf(voters)) return;
    if (lag > 0)
      h.loseWrites(
        lag,
        s.name,
        s.idx,
        s.kind === 'queue'
          ? // A queue's unit is a message confirmed to its publisher, not a committed write.
            L(
              `A message is confirmed to its publisher once a majority of ${s.name}'s members has it, and that majority was in the lost place: the members left may lack the last ${d(lag)} of confirmed messages, lost unless the place comes back.`,
              `메시지는 ${s.name} 구성원의 과반이 받으면 발행 확인(publisher confirm)을 보내는데, 그 과반이 장애가 난 곳에 있었습니다. 남은 구성원에는 발행 확인된 메시지 중 마지막 ${dk(lag)} 분량이 없을 수 있고, 그곳이 돌아오지 않으면 사라집니다.`,
            )
          : s.group !== null && 'rollback' in s.group && s.group.rollback && !this.hasMajority(s.idx)
            ? // The same with no majority left: nothing is elected, so nothing rolls back — the window is lost only if the old
              // primary's disks never return and a person forces a member left to be primary (round 106c r04).
              L(
                `${textAttr(s.node, 'replication') === 'async' ? `Written with w: 1 (\`replication=async\`), ${s.name} acknowledges a write once its primary has it` : `With an arbiter, ${s.name} acknowledges a write once its primary has it (MongoDB's default write concern is w: 1 there)`}, and the primary was in the lost place. With no majority left nothing is elected and nothing is rolled back: the old primary still has every write when it returns. The members left lack the last ${d(lag)} of them, lost only if its disks never come back and a person forces one of them to be primary (\`rs.reconfig(…, {force: true})\`).`,
                `${textAttr(s.node, 'replication') === 'async' ? `w: 1로 쓰는(\`replication=async\`) ${josa(s.name, '은/는')} 프라이머리가 받기만 하면 쓰기를 성공으로 응답하는데` : `아비터가 있는 ${josa(s.name, '은/는')} 프라이머리가 받기만 하면 쓰기를 성공으로 응답하는데(이 구성에서 MongoDB의 기본 write concern은 w: 1)`}, 그 프라이머리가 장애가 난 곳에 있었습니다. 과반이 남지 않아 아무도 선출되지 않으므로 롤백도 없고, 이전 프라이머리가 돌아오면 쓰기를 모두 갖고 있습니다. 남은 구성원에는 마지막 ${dk(lag)} 분량이 없어, 그 디스크가 끝내 돌아오지 않아 사람이 남은 구성원을 강제로 프라이머리로 만들 때(\`rs.reconfig(…, {force: true})\`)만 사라집니다.`,
              )
          : s.group !== null && 'rollback' in s.group && s.group.rollback
            ? // MongoDB with an arbiter (PSA): w: 1 by default — the primary alone acknowledges (round 37).
              L(
                `${textAttr(s.node, 'replication') === 'async' ? `Written with w: 1 (\`replication=async\`), ${s.name} acknowledges a write once its primary has it` : `With an arbiter, ${s.name} acknowledges a write once its primary has it (MongoDB's default write concern is w: 1 there)`}, and the primary was in the lost place: the members left may lack the last ${d(lag)} of acknowledged writes, rolled back when the old primary returns.`,
                `${textAttr(s.node, 'replication') === 'async' ? `w: 1로 쓰는(\`replication=async\`) ${josa(s.name, '은/는')} 프라이머리가 받기만 하면 쓰기를 성공으로 응답하는데` : `아비터가 있는 ${josa(s.name, '은/는')} 프라이머리가 받기만 하면 쓰기를 성공으로 응답하는데(이 구성에서 MongoDB의 기본 write concern은 w: 1)`}, 그 프라이머리가 장애가 난 곳에 있었습니다. 남은 구성원에는 커밋된 쓰기 중 마지막 ${dk(lag)} 분량이 없을 수 있고, 이전 프라이머리가 돌아오면 롤백됩니다.`,
              )
          : L(
              `A write is acknowledged once a majority of ${s.name}'s members has it, and that majority was in the lost place: the members left may lack the last ${d(lag)} of acknowledged writes, lost unless the place comes back.`,
              `쓰기는 ${s.name} 구성원의 과반이 받으면 성공으로 응답하는데, 그 과반이 장애가 난 곳에 있었습니다. 남은 구성원에는 커밋된 쓰기 중 마지막 ${dk(lag)} 분량이 없을 수 있고, 그곳이 돌아오지 않으면 사라집니다.`,
            ),
      );
  }

  /** The databases of an engine (ClickHouse, SolrCloud) whose writes this voting group coordinates (`ch -> keeper`), named; null when none. */
  private keeperFor(s: SimNode, engine: 'clickhouse' | 'solr'): string | null {
    if (s.kind !== 'consensus') return null;
    const design = this.h.m.design;
    const names = design.edges.filter((e) => e.to === s.name && engineOf(design.nodes.get(e.from) ?? s.node) === engine && e.from !== s.name).map((e) => e.from);
    return names.length ? [...new Set(names)].join(', ') : null;
  }

  // ---- Redis Sentinel ---------------------------------------------------------

  /** Voters up in one replica set of a single-primary group (a shard's members, when the node is sharded). */
  private shardVotersUp(i: number, st: LeaderState): number {
    if (st.hi - st.lo === this.h.m.nodes[i]!.instances) return this.votersUp(i);
    // Its own arbiters, where they stand (past the 64 placed, counted up).
    return this.membersUp(i, st) + this.placedUp(i, st.arbZones) + Math.max(0, st.voters - (st.hi - st.lo) - st.arbZones.length);
  }

  /** Voters up in a voting group: its live instances and its arbiters whose zone and region stand; else its live instances. */
  private votersUp(i: number): number {
    const g = this.h.m.nodes[i]!.group;
    const live = this.h.live(i);
    if (g && g.type === 'majority' && g.excluded !== undefined) return live - (this.h.alive(i, g.excluded) ? 1 : 0);
    if (!g || (g.type !== 'leader' && g.type !== 'majority') || g.arbiters === 0) return live;
    return live + this.placedUp(i, g.arbiterZones) + Math.max(0, g.arbiters - g.arbiterZones.length);
  }

  /** How many of the processes placed in `zones` (null: no zone) still run: their zone and region are not lost. */
  private placedUp(i: number, zones: readonly (string | null)[]): number {
    let up = 0;
    for (const z of zones) {
      if (z === null) {
        const r = this.h.regionOf(i, null);
        if (r === null || !this.h.regionDown(r)) up++;
        continue;
      }
      const r = this.h.regionOf(i, z);
      if (!this.h.zoneDown(z) && (r === null || !this.h.regionDown(r))) up++;
    }
    return up;
  }

  /** Whether the node's home is up: its region (written, or the one all its zones are in) and, with one zone, that zone. */
  private homeUp(i: number): boolean {
    const zones = this.h.m.nodes[i]!.node.zones;
    if (!zones.length) return this.placedUp(i, [null]) > 0;
    if (zones.length === 1) return this.placedUp(i, [zones[0]!]) > 0;
    const regions = new Set(zones.map((z) => this.h.regionOf(i, z)));
    if (regions.size !== 1) return true;
    const r = [...regions][0]!;
    return r === null || !this.h.regionDown(r);
  }

  private sentinelsUp(i: number, g: SentinelGroup): number {
    // Sentinel k runs on Redis host k, the usual layout (one Sentinel beside each Redis server): it is lost with that
    // host, zones written or not. Sentinels beyond the hosts run elsewhere; those beyond the 64 placed are counted as up.
    let up = 0;
    for (let k = 0; k < g.sentinels; k++) {
      if (k < g.instances && !this.h.alive(i, k)) continue;
      const z = k < g.sentinelZones.length ? g.sentinelZones[k]! : null;
      if (z !== null && this.placedUp(i, [z]) === 0) continue;
      // One with no zone of its own still runs in the node's region: lost with it (round 37: "1 of 3 up" after the region).
      if (z === null && !this.homeUp(i)) continue;
      up++;
    }
    return up;
  }


  private updateSentinel(i: number, st: SentinelState, t: number): void {
    const h = this.h;
    // A managed service lost whole fails over by its provider (its replica promoted, its data kept): no Sentinel of ours
    // detects, blocks or rebuilds anything (round 123c r06: 100 % of the sessions lost where the provider keeps them).
    if (h.providerFailover?.(i)) {
      st.pending = null;
      st.waiting = false;
      return;
    }
    const s = h.m.nodes[i]!;
    const g = s.group as SentinelGroup;
    if (h.alive(i, st.master)) {
      if (st.pending || st.waiting) {
        st.pending = null;
        st.waiting = false;
        h.emit('failover-cancelled', s.name, L(`${s.name}'s master ${inst(s, st.master)} is back before a replica is promoted; it stays the master.`, `복제본이 승격되기 전에 ${s.name}의 마스터 ${josa(inst(s, st.master), '이/가')} 돌아와 계속 마스터를 맡습니다.`));
        // Rebuilt, it is back empty and still the master: its replicas resynchronise from it and drop their copies (Redis
        // replication, "Safety of replication when master has persistence turned off") — every session is lost (round 120 r04).
        if (h.rebuilt?.(i, st.master)) {
          h.loseSessions(
            i,
            1,
            L(
              `${inst(s, st.master)} is back rebuilt, empty, and still the master: ${s.name}'s replicas resynchronise from it and drop their copies, so every session it held is lost.`,
              `${josa(inst(s, st.master), '이/가')} 빈 상태로 다시 만들어져 여전히 마스터로 돌아오므로, ${s.name}의 복제본이 그에게서 다시 동기화하며 자기 사본을 지웁니다. 담고 있던 세션이 모두 사라집니다.`,
            ),
          );
          // (And whatever its callers keep in it — a ranking, counters, carts: round 122 r02 counted 0 s lost.)
          h.loseCacheData?.(
            i,
            L(
              `${inst(s, st.master)} is back rebuilt, empty, and still the master: ${s.name}'s replicas resynchronise from it and drop their copies, so what its callers kept in it is lost`,
              `${josa(inst(s, st.master), '이/가')} 빈 상태로 다시 만들어져 여전히 마스터로 돌아오므로, ${s.name}의 복제본이 그에게서 다시 동기화하며 자기 사본을 지웁니다. 호출하는 쪽이 담아 둔 데이터가 사라집니다`,
            ),
          );
        }
      }
      return;
    }
    if (st.waiting) {
      this.trySentinelPromote(i, st, g, t);
      return;
    }
    if (st.pending) return;
    const token = {};
    st.pending = token;
    const master = inst(s, st.master);
    h.at(t + g.downAfter, () => {
      if (st.pending !== token) return;
      h.emit(
        'detected',
        s.name,
        L(`The Sentinels see ${master} down for down-after (${d(g.downAfter)}): every write to ${s.name} has failed since it was lost.`, `센티널이 down-after(${dk(g.downAfter)}) 동안 ${master}의 응답이 없어 장애로 판단합니다. 그동안 ${s.name}에 대한 쓰기는 모두 실패했습니다.`),
      );
    });
    h.at(t + g.downAfter + g.promote, (now) => {
      if (st.pending !== token) return;
      st.pending = null;
      st.waiting = true;
      this.trySentinelPromote(i, st, g, now);
    });
  }

  private trySentinelPromote(i: number, st: SentinelState, g: SentinelGroup, now: number): void {
    const h = this.h;
    const s = h.m.nodes[i]!;
    const up = this.sentinelsUp(i, g);
    let next = -1;
    for (let k = 0; k < g.instances; k++) if (k !== st.master && h.alive(i, k)) {
      next = k;
      break;
    }
    if (up < g.need || next < 0) {
      if (!st.waiting || (st as { told?: boolean }).told) return;
      (st as { told?: boolean }).told = true;
      h.emit(
        'failover-blocked',
        s.name,
        up < g.need
          ? L(`Only ${up} of ${g.sentinels} Sentinels are up; a failover needs ${g.need}: no replica of ${s.name} is promoted.`, `센티널 ${g.sentinels}개 중 ${up}개만 살아 있는데 페일오버에는 ${g.need}개가 필요합니다. ${s.name}의 복제본이 승격되지 않습니다.`)
          : L(`${s.name} has no live replica to promote: it stays down until its master is back.`, `${s.name}에는 승격할 살아 있는 복제본이 없어 마스터가 돌아올 때까지 중단됩니다.`),
      );
      // The master is gone and its replica is not promoted: what the replica had not received is on the lost master only —
      // lost unless it comes back with it (round 125c r03: "0 s lost" while `--fail q#1`, promoted, lost the same second).
      const lag = lagOf(s);
      if (up < g.need && next >= 0 && lag > 0)
        h.loseWrites(
          lag,
          inst(s, next),
          s.idx,
          L(
            `${inst(s, st.master)} is down and nothing promotes ${inst(s, next)}: the last ${d(lag)} of acknowledged writes never reached ${inst(s, next)}, its freshest live copy (Redis replicates asynchronously), and are lost unless ${inst(s, st.master)} comes back with them (a restart reloads them only from its own persistence, AOF or RDB).`,
            `${josa(inst(s, st.master), '이/가')} 멈췄고 ${josa(inst(s, next), '을/를')} 승격할 주체가 없습니다. 가장 최신의 살아 있는 사본인 ${inst(s, next)}에도 마지막 ${dk(lag)} 분량의 커밋된 쓰기가 복제되지 않았으므로(Redis는 비동기 복제), ${josa(inst(s, st.master), '이/가')} 그 쓰기를 갖고 돌아오지 않으면 사라집니다(재시작 때는 자체 영속화 파일, AOF나 RDB에서만 다시 읽습니다).`,
          ),
        );
      return;
    }
    st.waiting = false;
    (st as { told?: boolean }).told = false;
    const old = inst(s, st.master);
    st.master = next;
    const lag = lagOf(s);
    // Reached through a balancer that checks the role (HAProxy `tcp-check expect string role:master`): the promoted replica
    // failed that check until now, and is sent to again after `rise` passing checks (round 54b r06) — not by the clients
    // asking the Sentinels.
    const checker = s.callers.map((c) => h.m.nodes[c]!).find((c) => (c.kind === 'load-balancer' || c.or === 'lb') && c.lbDetect !== null && !c.managed);
    const rise = checker ? riseSeconds(checker) : 0;
    const promoted = L(
      `The Sentinels still up (${up} of ${g.sentinels}, a majority needs ${majorityOf(g.sentinels)}) elect a leader, which promotes ${inst(s, next)} (REPLICAOF NO ONE)`,
      `살아 있는 센티널(${g.sentinels}개 중 ${up}개, 과반은 ${majorityOf(g.sentinels)}개)이 리더를 뽑고, 리더가 ${josa(inst(s, next), '을/를')} 승격합니다(REPLICAOF NO ONE)`,
    );
    if (checker && rise > 0) {
      st.visibleAt = now + rise;
      const by = checker.name;
      h.emit(
        'promoted',
        inst(s, next),
        L(
          `${promoted.en}; ${by} checks the role, so it sends writes to ${inst(s, next)} only after ${checker.timings.rise.value} passing checks ${d(checker.timings.interval.value)} apart (${d(rise)}).`,
          `${promoted.ko}. ${josa(by, '은/는')} 역할을 확인하므로 ${dk(checker.timings.interval.value)} 간격 체크를 ${checker.timings.rise.value}번 통과한 뒤(${dk(rise)})에야 ${inst(s, next)}에 쓰기를 보냅니다.`,
        ),
      );
      h.at(now + rise, () => h.emit('routed-around', by, L(`${by} sees ${inst(s, next)} as the master and sends to it.`, `${josa(by, '이/가')} ${josa(inst(s, next), '을/를')} 마스터로 보고 요청을 보냅니다.`)));
    } else {
      st.visibleAt = 0;
      h.emit('promoted', inst(s, next), L(`${promoted.en}; clients ask the Sentinels for the new master and write again.`, `${promoted.ko}. 클라이언트는 센티널에서 새 마스터 주소를 받아 다시 연결합니다.`));
    }
    h.loseWrites(lag, inst(s, next), s.idx);
    h.loseSessions(i, lag / SESSION_LIFETIME);
    void old;
  }

  // ---- Redis Cluster ------------------------------------------------------------

  private updateCluster(i: number, st: ClusterState, t: number): void {
    const h = this.h;
    const s = h.m.nodes[i]!;
    const g = s.group as ClusterGroup;
    for (let k = 0; k < g.shards; k++) {
      const m = st.masters[k]!;
      if (h.alive(i, m)) {
        if (st.shard[k] !== 'ok') {
          st.shard[k] = 'ok';
          st.pending[k] = null;
          st.told[k] = false;
          h.emit('recover', s.name, L(`${inst(s, m)} serves shard ${k + 1}'s slots again.`, `${josa(inst(s, m), '이/가')} 다시 샤드 ${k + 1}의 슬롯을 처리합니다.`));
        }
        continue;
      }
      if (st.shard[k] === 'fail') {
        if (!st.pending[k]) this.tryClusterPromote(i, st, g, k);
        continue;
      }
      if (st.pending[k]) continue;
      const token = {};
      st.pending[k] = token;
      st.shard[k] = 'unreach';
      h.at(t + g.nodeTimeout, () => {
        if (st.pending[k] !== token) return;
        st.shard[k] = 'fail';
        // A cache beside a database is read as look-aside: the keys it cannot serve are read from the database. Said, so
        // that an idempotency or rate-limit store (nothing behind it) is written `primary`.
        const fb = (h.m.fallbackOf.get(i) ?? []).map((x) => h.m.nodes[x]!.name).join(', ');
        const soft = fb
          ? L(
              ` Here they miss and are read from ${fb} instead (${s.name} is read as a cache in front of it; write \`primary\` on ${s.name} if it holds data nothing else has, such as idempotency keys or counters).`,
              ` 여기서는 캐시 미스로 ${fb}에서 대신 읽습니다(${josa(s.name, '을/를')} 그 앞의 캐시로 봅니다. 멱등 키나 카운터처럼 다른 곳에 없는 데이터를 담는다면 ${s.name}에 \`primary\`를 적으세요).`,
            )
          : L('', '');
        h.emit(
          'detected',
          s.name,
          g.fullCoverage
            ? L(
                `${inst(s, m)} is flagged FAIL after cluster-node-timeout (${d(g.nodeTimeout)}): its slots are uncovered and, with cluster-require-full-coverage yes, every node answers CLUSTERDOWN.${soft.en}`,
                `cluster-node-timeout(${dk(g.nodeTimeout)}) 뒤 ${josa(inst(s, m), '이/가')} FAIL로 표시됩니다. 슬롯이 비어 cluster-require-full-coverage yes에 따라 모든 노드가 CLUSTERDOWN으로 답합니다.${soft.ko}`,
              )
            : L(
                `${inst(s, m)} is flagged FAIL after cluster-node-timeout (${d(g.nodeTimeout)}): its slots are uncovered; with cluster-require-full-coverage no (the managed service's setting) only its shard's keys fail.${soft.en}`,
                `cluster-node-timeout(${dk(g.nodeTimeout)}) 뒤 ${josa(inst(s, m), '이/가')} FAIL로 표시됩니다. 슬롯이 비지만 관리형 서비스의 설정인 cluster-require-full-coverage no라 그 샤드의 키만 실패합니다.${soft.ko}`,
              ),
        );
        h.at(t + g.nodeTimeout + g.election, () => {
          if (st.pending[k] !== token) return;
          this.tryClusterPromote(i, st, g, k);
        });
      });
    }
  }

  private tryClusterPromote(i: number, st: ClusterState, g: ClusterGroup, k: number): void {
    const h = this.h;
    const s = h.m.nodes[i]!;
    let mastersUp = 0;
    for (let j = 0; j < g.shards; j++) if (h.alive(i, st.masters[j]!)) mastersUp++;
    let next = -1;
    for (let x = g.shards; x < g.instances; x++) if (clusterShardOf(g, x) === k && h.alive(i, x) && !st.masters.includes(x)) {
      next = x;
      break;
    }
    // A replica may also have been promoted already for another shard: never twice.
    // Redis's own failover needs a majority of the masters to vote; a managed cluster's (ElastiCache) is the
    // provider's, which promotes the shard's replica by itself (ElastiCache, "Minimizing downtime with Multi-AZ").
    if (next < 0 || (!s.managed && mastersUp < majorityOf(g.shards))) {
      st.pending[k] = null;
      if (st.told[k]) return;
      st.told[k] = true;
      // Every copy of the shard is gone: what it held goes with them (a replaced node comes back empty; Redis keeps no
      // append-only file by default) — that share of the sessions, or of a cache kept as the record.
      // (Not when a copy of the whole cluster elsewhere is up — a Global Datastore secondary, a `standby of=` cluster: the
      // shard's keys are there, and its promotion counts its own lag — round 70b r01: a region's loss counted 1 d.)
      const copyUp = s.takeovers.some((t) => h.live(t.by) > 0);
      if (next < 0 && !copyUp) {
        if (s.isSessionStore) h.loseSessions(i, 1 / g.shards, L(`Every copy of shard ${k + 1} of ${s.name} is lost: the sessions it held (${Math.round(100 / g.shards)}% of them) are gone.`, `${s.name}의 샤드 ${k + 1}의 사본을 모두 잃어 그 샤드에 있던 세션(${Math.round(100 / g.shards)}%)이 사라집니다.`));
        // (Or a cache its callers keep state in — carts, counters, an edge says so: round 116 r03 lost a third of the carts at
        // "0s".)
        else if (s.node.role === 'primary' || (stateWritten(h.m.design, s.name) && !ephemeralStateCache(h.m.design, s.name))) {
          // Back to its last snapshot (`backup=`, an RDB dump) when it has one, else everything (round 61 r04/r07: "up to ∞ of
          // asynchronous replication" for a cluster with no replica and hourly snapshots).
          const every = backupInterval(s.node);
          h.loseWrites(
            every ?? Infinity,
            s.name,
            i,
            every !== null
              ? L(`Every copy of shard ${k + 1} of ${s.name} is lost: the keys it held are restored from its last snapshot, so up to ${d(every)} of their writes are gone.`, `${s.name}의 샤드 ${k + 1}의 사본을 모두 잃어, 그 샤드의 키는 마지막 스냅숏에서 복원되므로 최대 ${dk(every)} 분량의 쓰기가 사라집니다.`)
              : L(`Every copy of shard ${k + 1} of ${s.name} is lost, with no snapshot to restore from: every write its keys ever took is gone.`, `${s.name}의 샤드 ${k + 1}의 사본을 모두 잃었고 복원할 스냅숏도 없어, 그 샤드의 키에 대한 쓰기가 모두 사라집니다.`),
          );
        }
      }
      // A live replica nobody may promote: the shard's keys are on it except what it had not received — the freshest live
      // copy's lag, lost unless the master itself comes back (docs/simulation.md, a copy nobody promotes; round 102c r04
      // counted 0 for the zone that took two masters and 1 s for the one that took one).
      if (next >= 0 && !copyUp) {
        const lag = lagOf(s);
        if (lag > 0)
          h.loseWrites(
            lag,
            inst(s, next),
            s.idx,
            L(
              `${inst(s, next)} holds shard ${k + 1}'s keys but nothing may promote it: the last ${d(lag)} of writes its master ${inst(s, st.masters[k]!)} had not sent it yet (asynchronous replication) are lost unless that master comes back.`,
              `${josa(inst(s, next), '이/가')} 샤드 ${k + 1}의 키를 가지고 있지만 승격할 수 없습니다. 마스터 ${josa(inst(s, st.masters[k]!), '이/가')} 아직 보내지 못한 마지막 ${dk(lag)} 분량의 쓰기(비동기 복제)는 그 마스터가 돌아오지 않으면 사라집니다.`,
            ),
          );
        h.loseSessions(
          i,
          lag / SESSION_LIFETIME / g.shards,
          L(
            `The session writes shard ${k + 1}'s master ${inst(s, st.masters[k]!)} had not sent ${inst(s, next)} yet (its replication lag) are lost unless that master comes back; until it does, or a person promotes the replica, that shard's sessions are out of reach.`,
            `샤드 ${k + 1}의 마스터 ${josa(inst(s, st.masters[k]!), '이/가')} ${inst(s, next)}에 아직 보내지 못한 세션 쓰기(복제 지연분)는 그 마스터가 돌아오지 않으면 사라집니다. 돌아오거나 사람이 복제본을 승격할 때까지 그 샤드의 세션에는 닿을 수 없습니다.`,
          ),
        );
      }
      h.emit(
        'failover-blocked',
        s.name,
        next < 0
          ? g.fullCoverage
            ? L(`Shard ${k + 1} of ${s.name} has no live replica: its slots stay uncovered and the whole cluster refuses queries until ${inst(s, st.masters[k]!)} is back.`, `${s.name}의 샤드 ${k + 1}에 살아 있는 복제본이 없어 슬롯이 비어 있고, ${josa(inst(s, st.masters[k]!), '이/가')} 돌아올 때까지 클러스터 전체가 요청을 거부합니다.`)
            : L(`Shard ${k + 1} of ${s.name} has no live replica: its slots stay uncovered, and its keys fail until ${inst(s, st.masters[k]!)} is back.`, `${s.name}의 샤드 ${k + 1}에 살아 있는 복제본이 없어 슬롯이 비어 있고, ${josa(inst(s, st.masters[k]!), '이/가')} 돌아올 때까지 그 샤드의 키에 대한 요청이 실패합니다.`)
          : L(`Only ${mastersUp} of ${g.shards} masters of ${s.name} are up: no majority to authorise the replica's failover.`, `${s.name}의 마스터 ${g.shards}개 중 ${mastersUp}개만 살아 있어 복제본 페일오버를 승인할 과반이 없습니다.`),
      );
      return;
    }
    st.masters[k] = next;
    st.shard[k] = 'ok';
    st.pending[k] = null;
    const lag = lagOf(s);
    h.emit('promoted', inst(s, next), L(`${inst(s, next)} wins the replica election and takes over shard ${k + 1}'s slots; the cluster serves again.`, `${josa(inst(s, next), '이/가')} 복제본 선출에서 이겨 샤드 ${k + 1}의 슬롯을 넘겨받고, 클러스터가 다시 동작합니다.`));
    h.loseWrites(lag, inst(s, next), s.idx);
    h.loseSessions(i, lag / SESSION_LIFETIME / g.shards);
  }

  // ---- single-primary quorum groups ---------------------------------------------

  private updateLeader(i: number, st: LeaderState, t: number): void {
    const h = this.h;
    const s = h.m.nodes[i]!;
    const g = s.group!;
    if (g.type !== 'leader') return;
    const quorum = this.shardVotersUp(i, st) >= majorityOf(st.voters);
    if (GROUP_REPLICATION.has(engineOf(s.node)) && this.rebootWait(i, st, t)) return;
    if (quorum === st.quorumLost) {
      st.quorumLost = !quorum;
      this.quorumEvent(s, !quorum, st);
    }
    this.writesWaitEvent(i, st, quorum);
    this.commitStallEvent(i, st, quorum);
    if (h.alive(i, st.primary)) {
      st.pending = null;
      st.waiting = false;
      return;
    }
    if (st.waiting) {
      if (quorum) this.elect(i, st);
      return;
    }
    if (st.pending) return;
    const token = {};
    st.pending = token;
    st.lostAt = t;
    h.at(t + g.election, () => {
      if (st.pending !== token) return;
      st.pending = null;
      st.waiting = true;
      if (this.shardVotersUp(i, st) >= majorityOf(st.voters)) this.elect(i, st);
    });
  }

  /**
   * MongoDB with arbiters, a majority of its voters up (a primary is elected) but fewer data members than that majority —
   * an arbiter acknowledges no write. What follows depends on its implicit default write concern (mongodb-write-concern):
   * - 'writes': w: "majority" (more data-bearing voters than a majority of the voters — 4 data members and an arbiter):
   *   every default write waits, no wtimeout by default, until enough are back (MongoDB, "Replica Set Arbiter");
   * - 'commit': w: 1 (PSA: no more data-bearing voters than that majority): w: 1 writes go on, but nothing can be
   *   acknowledged by a majority, so the majority commit point stops — writes and reads with "majority" wait, and the
   *   storage engine keeps every change since the commit point, its I/O and cache pressure growing while the member is
   *   down (MongoDB, "Mitigate Performance Issues with PSA Replica Set"; mongodb-psa-mitigate). No requests fail.
   * Null otherwise.
   */
  private dataShort(i: number, st: LeaderState, quorum: boolean): 'writes' | 'commit' | null {
    const s = this.h.m.nodes[i]!;
    const g = s.group;
    const data = st.hi - st.lo;
    const arbiters = st.voters - data;
    const e = engineOf(s.node);
    if (!g || g.type !== 'leader' || !quorum || st.rebootAt >= 0 || arbiters <= 0 || (e !== 'mongodb' && e !== 'mongo')) return null;
    if (this.membersUp(i, st) >= majorityOf(st.voters)) return null;
    return writesNeedDataMajority(s.node, data, arbiters) ? 'writes' : 'commit';
  }

  /** Said when a replica set's default writes start or stop waiting for data members (dataShort: 'writes'). */
  private writesWaitEvent(i: number, st: LeaderState, quorum: boolean): void {
    const now = this.dataShort(i, st, quorum) === 'writes';
    if (now === (st.writesWait ?? false)) return;
    st.writesWait = now;
    const up = this.membersUp(i, st);
    const need = majorityOf(st.voters);
    this.h.emit(
      now ? 'writes-blocked' : 'writes-resumed',
      st.label,
      now
        ? L(
            `${st.label} still has a majority of its voters, so a primary serves reads, but only ${up} of its data members are up: its default write concern is w: "majority" (${need} of ${st.voters} voters, and an arbiter acknowledges no write), so every write waits — no wtimeout by default — until a data member is back.`,
            `${st.labelKo}에는 투표 구성원의 과반이 남아 있어 프라이머리가 읽기를 처리하지만, 데이터를 가진 구성원은 ${up}개만 살아 있습니다. 기본 쓰기 concern이 w: "majority"(투표 구성원 ${st.voters}개 중 ${need}개, 아비터는 쓰기를 확인하지 않음)이므로, 데이터 구성원이 돌아올 때까지 모든 쓰기가 기다립니다(기본값은 wtimeout 없음).`,
          )
        : L(`${st.label} has ${up} data members up again: writes with w: "majority" are acknowledged again.`, `${st.labelKo}의 데이터 구성원이 다시 ${up}개가 되어 w: "majority" 쓰기가 다시 확인됩니다.`),
    );
  }

  /** Said when a PSA replica set's majority commit point stops or moves again (dataShort: 'commit'). */
  private commitStallEvent(i: number, st: LeaderState, quorum: boolean): void {
    const now = this.dataShort(i, st, quorum) === 'commit';
    if (now === (st.commitStall ?? false)) return;
    // Said once a primary serves: a lost primary's set says it after its election (elect).
    if (now && !this.h.alive(i, st.primary)) return;
    st.commitStall = now;
    const up = this.membersUp(i, st);
    const need = majorityOf(st.voters);
    this.h.emit(
      now ? 'commit-stalled' : 'commit-resumed',
      st.label,
      now
        ? L(
            `With its arbiter's vote ${st.label} has a primary, which acknowledges writes with w: 1 (the default with an arbiter), but only ${up} of its data members ${up === 1 ? 'is' : 'are'} up and ${need} must have a write for a majority (an arbiter holds none): the majority commit point stops. Writes and reads with "majority" (change streams, transactions written so) wait, and the storage engine keeps every change since the commit point, so its I/O, cache pressure and oplog grow for as long as the member is down. MongoDB's mitigation: \`votes: 0, priority: 0\` on the lost member (rs.reconfig), \`rs.reconfigForPSASet()\` once it is back; a third data member instead of the arbiter avoids it.`,
            `${josa(st.labelKo, '은/는')} 아비터의 표로 프라이머리를 두고, 그 프라이머리는 w: 1(아비터가 있을 때의 기본값)로 쓰기를 확인하지만, 데이터를 가진 구성원이 ${up}개만 살아 있고 과반이 되려면 ${need}개가 쓰기를 가져야 합니다(아비터는 데이터가 없음). 그래서 과반 커밋 지점(majority commit point)이 멈춥니다. "majority"로 하는 쓰기와 읽기(체인지 스트림, 그렇게 설정한 트랜잭션)는 기다리고, 스토리지 엔진은 커밋 지점 이후의 변경을 모두 보관하므로 구성원이 돌아올 때까지 I/O와 캐시 압박, oplog 크기가 계속 늘어납니다. MongoDB가 안내하는 완화책은 잃은 구성원에 \`votes: 0, priority: 0\`을 설정하고(rs.reconfig) 돌아온 뒤 \`rs.reconfigForPSASet()\`으로 되돌리는 것입니다. 아비터 대신 세 번째 데이터 구성원을 두면 이런 일이 없습니다.`,
          )
        : L(`${st.label} has ${up} data members up again: its majority commit point moves again.`, `${st.labelKo}의 데이터 구성원이 다시 ${up}개가 되어 과반 커밋 지점이 다시 움직입니다.`),
    );
  }

  /** The share of a MongoDB node's replica sets whose default writes wait for data members (dataShort: 'writes'): they serve reads only. */
  majorityWritesWait(i: number): number {
    const list = this.leader.get(i);
    if (!list) return 0;
    let n = 0;
    for (const st of list) if (st.writesWait) n++;
    return n / list.length;
  }

  /** The data members of a replica set that are alive (its arbiters not counted). */
  private membersUp(i: number, st: LeaderState): number {
    let up = 0;
    for (let k = st.lo; k < st.hi; k++) if (this.h.alive(i, k)) up++;
    return up;
  }

  /**
   * MySQL Group Replication after a complete outage (every member down): the members that come back do not form the
   * group again by themselves; once all of them are started, a person reboots it from the most up-to-date one
   * (MySQL Shell, "Rebooting a Cluster from a Major Outage": dba.rebootClusterFromCompleteOutage(), which fails while
   * a member is unreachable) — a manual action, the generic manual promotion time. True while it waits.
   */
  private rebootWait(i: number, st: LeaderState, t: number): boolean {
    const h = this.h;
    const up = this.membersUp(i, st);
    if (st.rebootAt < 0) {
      if (up > 0) return false;
      st.rebootAt = Infinity;
      return false;
    }
    if (st.rebootAt !== Infinity || up < st.hi - st.lo) return true;
    const manual = PROFILES.generic.values.manualPromote!.v;
    st.rebootAt = t + manual;
    h.emit(
      'failover-blocked',
      st.label,
      L(
        `Every member of ${st.label} is back, but a Group Replication group that lost all its members does not form again by itself: a DBA reboots it from the most up-to-date member (dba.rebootClusterFromCompleteOutage; manual, generic: ${d(manual)}).`,
        `${st.labelKo}의 구성원이 모두 돌아왔지만, 구성원을 전부 잃었던 그룹 복제는 스스로 다시 구성되지 않습니다. DBA가 가장 최신 구성원에서 클러스터를 다시 시작해야 합니다(dba.rebootClusterFromCompleteOutage, 수동, 범용 기본값 ${dk(manual)}).`,
      ),
    );
    const at = st.rebootAt;
    h.at(at, () => {
      if (st.rebootAt !== at) return;
      st.rebootAt = -1;
      st.quorumLost = false;
      h.emit('promoted', st.label, L(`A DBA has rebooted ${st.label}: it serves again.`, `DBA가 ${josa(st.label, '을/를')} 다시 시작해 다시 처리합니다.`));
    });
    return true;
  }

  private elect(i: number, st: LeaderState): void {
    const h = this.h;
    const s = h.m.nodes[i]!;
    const g = s.group!;
    let next = -1;
    for (let k = st.lo; k < st.hi; k++) if (h.alive(i, k)) {
      next = k;
      break;
    }
    if (next < 0) return;
    st.primary = next;
    st.waiting = false;
    // A balancer that sends to the leader only (Vault checked at `/v1/sys/health`): it kept sending to the lost one until its
    // checks removed it, and sends to the new one once it passes them — or, failing open with no healthy target, to every
    // member, whose standbys forward to the active (round 103b r01, 99b r01: 10 s shown where the NLB took a minute).
    const hold = h.activeOnlyHold && st.lostAt !== undefined ? h.activeOnlyHold(i) : null;
    if (hold) {
      const removed = st.lostAt! + hold.removal;
      const visible = Math.max(removed, hold.failOpen ? this.now : this.now + hold.rise);
      if (hold.failOpen && this.now + hold.rise > visible + 1e-9) {
        st.failOpenUntil = this.now + hold.rise;
        h.at(this.now + hold.rise, () => {});
      }
      if (visible > this.now + 1e-9) {
        st.visibleAt = visible;
        h.at(visible, () => {});
        h.emit(
          'delayed',
          st.label,
          hold.failOpen
            ? L(
                `${hold.lb} checks ${st.label}'s members for the active one only (\`/v1/sys/health\` answers 429 on a standby): it kept sending to the lost leader until its checks removed it (${d(hold.removal)}); with no healthy member left it then fails open, sending to every registered member — the dead ones included, whose share fails — while the live standbys forward to ${inst(s, next)}: partly served from ${d(visible - st.lostAt!)} after the loss, fully once ${inst(s, next)} passes its checks (${d(hold.rise)}).`,
                `${josa(hold.lb, '은/는')} ${st.labelKo}의 구성원 중 활성 노드만 정상으로 봅니다(\`/v1/sys/health\`는 대기 노드에서 429). 체크가 잃은 리더를 빼기까지(${dk(hold.removal)}) 계속 그쪽으로 보냈고, 정상인 구성원이 없으니 등록된 구성원 모두에게 보내며(fail open) 죽은 구성원에게 간 몫은 실패하고, 살아 있는 대기 노드가 ${inst(s, next)}에 전달합니다. 장애 후 ${dk(visible - st.lostAt!)}부터 일부 처리되고, ${josa(inst(s, next), '이/가')} 체크를 통과하면(${dk(hold.rise)}) 모두 처리됩니다.`,
              )
            : L(
                `${hold.lb} checks ${st.label}'s members for the active one only (\`/v1/sys/health\` answers 429 on a standby): it kept sending to the lost leader until its checks removed it (${d(hold.removal)}), and sends to ${inst(s, next)} once it passes them (${d(hold.rise)}) — served from ${d(visible - st.lostAt!)} after the loss.`,
                `${josa(hold.lb, '은/는')} ${st.labelKo}의 구성원 중 활성 노드만 정상으로 봅니다(\`/v1/sys/health\`는 대기 노드에서 429). 체크가 잃은 리더를 빼기까지(${dk(hold.removal)}) 계속 그쪽으로 보냈고, ${josa(inst(s, next), '이/가')} 체크를 통과하면(${dk(hold.rise)}) 보냅니다. 장애 후 ${dk(visible - st.lostAt!)}부터 처리됩니다.`,
              ),
        );
      }
    }
    if (g.type === 'leader' && g.rollback) {
      const lag = lagOf(s) || s.timings.lag.value;
      const arb = st.voters - (st.hi - st.lo);
      h.emit(
        'promoted',
        inst(s, next),
        textAttr(s.node, 'replication') === 'async'
          ? L(
              `The members of ${st.label} elect ${inst(s, next)} (${d(g.election)} after the loss). Its writes are made with w: 1 (\`replication=async\`): writes the lost primary acknowledged but had not replicated (the last ${d(lag)}) are rolled back.`,
              `${st.labelKo}의 구성원들이 ${josa(inst(s, next), '을/를')} 새 프라이머리로 뽑습니다(장애 후 ${dk(g.election)}). 쓰기 확인 수준이 w: 1(\`replication=async\`)이므로, 잃은 프라이머리가 성공으로 응답했지만 아직 복제하지 못한 쓰기(마지막 ${dk(lag)})는 롤백됩니다.`,
            )
          : L(
              `The members of ${st.label} elect ${inst(s, next)} (${d(g.election)} after the loss). With ${arb === 1 ? 'an arbiter' : `${arb} arbiters`} and ${st.hi - st.lo} data members MongoDB's default write concern is w: 1: writes the lost primary acknowledged but had not replicated (the last ${d(lag)}) are rolled back.`,
              `${st.labelKo}의 구성원들이 ${josa(inst(s, next), '을/를')} 새 프라이머리로 뽑습니다(장애 후 ${dk(g.election)}). 아비터 ${arb}개와 데이터 구성원 ${st.hi - st.lo}개 구성이라 MongoDB의 기본 쓰기 확인 수준이 w: 1이므로, 잃은 프라이머리가 성공으로 응답했지만 아직 복제하지 못한 쓰기(마지막 ${dk(lag)})는 롤백됩니다.`,
            ),
      );
      h.loseWrites(lag, inst(s, next), s.idx);
      this.commitStallEvent(i, st, true);
      return;
    }
    // The election time is MongoDB's or Group Replication's own; another voting engine's (Vault, …) is the generic one.
    const gen = g.type === 'leader' && genericGroupElection(s.node);
    h.emit(
      'promoted',
      inst(s, next),
      L(
        `The members of ${st.label} expel the lost primary and elect ${inst(s, next)} (${gen ? 'generic: ' : ''}${d(g.type === 'leader' ? g.election : 0)} after the loss); writes a majority of the members had${keptKind(s).en} are kept.`,
        `${st.labelKo}의 구성원들이 잃은 프라이머리를 제외하고 ${josa(inst(s, next), '을/를')} 새 프라이머리로 뽑습니다(${gen ? '범용 기본값, ' : ''}장애 후 ${dk(g.type === 'leader' ? g.election : 0)}). 과반의 구성원이 받은 쓰기${keptKind(s).ko}는 남습니다.`,
      ),
    );
  }

  // ---- Patroni: the primary demotes itself without its DCS --------------------------

  private updateDemotion(p: number, t: number): void {
    const h = this.h;
    const s = h.m.nodes[p]!;
    const c = s.demotesWith;
    const ok = this.hasMajority(c);
    if (ok) {
      this.demotePending.delete(p);
      // (Only a live primary takes the lock back; a dead one's standby takes it over, as the takeover phase shows.)
      if (this.demoted.delete(p) && h.live(p) > 0) h.emit('recover', s.name, L(`${h.m.nodes[c]!.name} has its majority again: ${s.name} takes the leader lock and accepts writes.`, `${josa(h.m.nodes[c]!.name, '이/가')} 다시 과반을 얻어 ${josa(s.name, '이/가')} 리더 잠금을 잡고 쓰기를 받습니다.`));
      return;
    }
    if (this.demoted.has(p) || this.demotePending.has(p)) return;
    const token = {};
    this.demotePending.set(p, token);
    // Oracle RAC without the majority of its voting files: Clusterware evicts the node once a voting file I/O has not
    // completed within disktimeout (200 s by default as `crsctl get css disktimeout` reports it — generic here: no Oracle
    // page read; round 75c r01).
    const rac = RAC_ENGINE.test(engineOf(s.node));
    const ttl = rac ? RAC_DISKTIMEOUT : haTiming(s.node, 'patroni-demote');
    h.at(t + ttl, () => {
      if (this.demotePending.get(p) !== token) return;
      this.demotePending.delete(p);
      if (this.hasMajority(c)) return;
      this.demoted.add(p);
      // A primary already down (lost with its zone) serves nothing to demote: only a live one cut off from its DCS is said.
      if (h.live(p) <= 0) return;
      if (rac) {
        h.emit(
          'demoted',
          s.name,
          L(
            `${s.name}'s nodes cannot reach a majority of the voting files in ${h.m.nodes[c]!.name}: Clusterware evicts every one of them (a node that does not reach more than half of the voting files is restarted) after disktimeout (${d(ttl)}, generic), and the database stops until the majority is back.`,
            `${s.name}의 노드가 ${h.m.nodes[c]!.name}에 있는 보팅 파일의 과반에 닿지 못해, disktimeout(${dk(ttl)}, 범용 기본값) 뒤 Clusterware가 모든 노드를 축출합니다(보팅 파일 과반에 닿지 못한 노드는 재시작). 과반이 돌아올 때까지 데이터베이스가 멈춥니다.`,
          ),
        );
        return;
      }
      h.emit(
        'demoted',
        s.name,
        L(
          `${s.name} cannot update its leader lock in ${h.m.nodes[c]!.name} (no majority): at its next HA loop (loop_wait 10s) Patroni retries for retry_timeout (10s), then demotes it to read-only (${d(ttl)}; failsafe_mode is off by default), and writes stop.`,
          `${h.m.nodes[c]!.name}에 과반이 없어 ${josa(s.name, '이/가')} 리더 잠금을 갱신하지 못합니다. Patroni는 다음 HA 루프(loop_wait 10초)에서 retry_timeout(10초) 동안 재시도한 뒤 읽기 전용으로 강등시키고(${dk(ttl)}, failsafe_mode 기본값 꺼짐) 쓰기가 멈춥니다.`,
        ),
      );
    });
  }
}

/** Oracle Clusterware's disktimeout when nothing is written (generic: the default crsctl reports, no Oracle page read). */
const RAC_DISKTIMEOUT = 200;

function inst(s: SimNode, k: number): string {
  return s.instances > 1 ? `${s.name}#${k + 1}` : s.name;
}

/** Seconds of writes a Redis failover loses: `lag=` on the node, or the default (asynchronous replication). */
function lagOf(s: SimNode): number {
  const v = s.node.attrs.get('lag')?.value;
  if (v && v.type === 'duration') return v.seconds;
  // (Not MemoryDB: its Multi-AZ transaction log loses no acknowledged write — isAsyncRedis, round 48b r02.)
  return isRedis(s.node) && isAsyncRedis(s.node) ? s.timings.lag.value : 0;
}

/** What a voting engine calls the writes a majority had, for the election message. */
function keptKind(s: SimNode): Localized {
  const e = engineOf(s.node);
  if (e === 'mongodb' || e === 'mongo') return L(' (w: majority writes)', '(w: majority 쓰기)');
  if (e === 'nats' || e === 'nats-jetstream' || e === 'jetstream') return L(' (acknowledged publishes)', '(확인 응답을 받은 메시지)');
  if (e === 'group-replication' || e === 'mysql-gr' || e === 'mysql-group-replication' || e === 'innodb-cluster') return L(' (certified transactions)', '(인증된 트랜잭션)');
  return L('', '');
}

/**
 * What a lost member of a majority group whose data is split into Raft groups means, in the product's own words:
 * CockroachDB's ranges wait for the lost node's liveness record to expire before another replica takes their lease;
 * TiKV's Regions and YugabyteDB's tablets have no leader until one of their followers is elected.
 */
function leaderWords(engine: string, who: string, name: string, gap: number, voters: number): { lost: Localized; back: Localized } {
  if (engine === 'etcd')
    return {
      lost: L(
        `${who} was the leader of ${name}: the other members campaign after their election timeout (1 s by default, drawn up to twice that) — until one is elected, every request to ${name} that needs the leader (writes, linearizable reads) fails, up to ${d(gap)}.`,
        `${josa(who, '은/는')} ${name}의 리더였습니다. 다른 구성원은 선출 타임아웃(기본 1초, 최대 그 두 배까지 무작위) 뒤에 선거를 시작하며, 새 리더가 뽑힐 때까지 리더가 필요한 ${name} 요청(쓰기, 선형화 읽기)은 모두 실패합니다. 최대 ${dk(gap)}입니다.`,
      ),
      back: L(`${name} has a new leader: its requests are served again.`, `${name}에 새 리더가 뽑혀 요청이 다시 처리됩니다.`),
    };
  if (engine === 'consul')
    return {
      lost: L(
        `${who} was the leader of ${name}: the other servers notice after their heartbeat timeout (5 s with raft_multiplier 5, drawn up to twice that) and elect a new one — until then every key-value read, lock and session request to ${name} fails (the default consistency mode is served by the leader), up to ${d(gap)}.`,
        `${josa(who, '은/는')} ${name}의 리더였습니다. 다른 서버들이 하트비트 타임아웃(raft_multiplier 5에서 5초, 최대 그 두 배까지 무작위) 뒤에 알아채고 새 리더를 뽑으며, 그때까지 ${name}에 대한 키-값 읽기, 잠금, 세션 요청은 모두 실패합니다(기본 일관성 모드는 리더가 처리). 최대 ${dk(gap)}입니다.`,
      ),
      back: L(`${name} has a new leader: its key-value reads, locks and sessions are served again.`, `${name}에 새 리더가 뽑혀 키-값 읽기, 잠금, 세션 요청이 다시 처리됩니다.`),
    };
  if (engine === 'neo4j')
    return {
      lost: L(
        `${who} was the leader of ${name}'s primaries: the followers start an election only after leader_failure_detection_window (20–23 s by default) — until one is elected, every write to ${name} fails, up to ${d(gap)}.`,
        `${josa(who, '은/는')} ${name} 프라이머리들의 리더였습니다. 팔로워들은 leader_failure_detection_window(기본 20~23초)가 지나야 선거를 시작하며, 새 리더가 뽑힐 때까지 ${name}에 대한 쓰기는 모두 실패합니다. 최대 ${dk(gap)}입니다.`,
      ),
      back: L(`${name} has a new leader: its writes are served again.`, `${name}에 새 리더가 뽑혀 쓰기가 다시 처리됩니다.`),
    };
  const unit = engine === 'tidb' || engine === 'tikv' ? { en: 'Regions', ko: 'Region' } : /yugabyte/.test(engine) ? { en: 'tablets', ko: '태블릿' } : null;
  if (unit === null)
    return {
      lost: L(
        `The ranges whose lease ${who} held wait for its liveness to expire (${d(gap)}): about 1/${voters} of the requests to ${name} stall meanwhile.`,
        `${josa(who, '이/가')} 리스를 갖고 있던 레인지는 그 노드의 라이브니스가 만료될 때까지(${dk(gap)}) 기다립니다. 그동안 ${name}에 대한 요청의 약 1/${voters}이 멈춥니다.`,
      ),
      back: L(`The other members of ${name} take the leases ${who} held: every range serves again.`, `${name}의 다른 구성원이 ${josa(who, '이/가')} 갖고 있던 리스를 넘겨받아 모든 레인지가 다시 동작합니다.`),
    };
  const how = unit.en === 'Regions' ? L(`Raft election timeout, up to ${d(gap)}`, `Raft 선출 타임아웃, 최대 ${dk(gap)}`) : L(`about ${d(gap)}`, `약 ${dk(gap)}`);
  return {
    lost: L(
      `The ${unit.en} whose leader was on ${who} have no leader until one of their followers is elected (${how.en}): about 1/${voters} of the requests to ${name} stall meanwhile.`,
      `${who}에 리더가 있던 ${unit.ko}에는 팔로워 중 하나가 새 리더로 선출될 때까지(${how.ko}) 리더가 없습니다. 그동안 ${name}에 대한 요청의 약 1/${voters}이 멈춥니다.`,
    ),
    back: L(`The ${unit.en} ${who} led have new leaders on the other members of ${name}: every one serves again.`, `${who}에 리더가 있던 ${unit.ko}이 ${name}의 다른 구성원에서 새 리더를 뽑아 모두 다시 동작합니다.`),
  };
}
