/**
 * The discrete-event failure simulator. State changes only at events (steps,
 * detections, promotions, DNS switches, scaling, repairs); between two events
 * every share of requests is constant, so the engine evaluates the graph once
 * per event time and integrates the piecewise-constant series exactly.
 * Deterministic: events at the same time run in the order they were scheduled.
 */
import { durationAttr, flagAttr, textAttr } from '../../syntax/attrs';
import { DB2_HADR, SQLSERVER_AG, GCP_OUTLIER, PROXYSQL_GALERA, PG_AUTO_FAILOVER, PG_WAL_SENDER, K8S_NODE, KAFKA_CONSUMER, MYSQL_SEMI_SYNC, ORACLE_DG, PROFILES, SEARCH_PROFILES, failoverTimingsOf, profileLabel, type Timings } from '../../model/profiles';
import { APPLIANCE_PAIRS } from '../../model/profiles/select';
import { CITRIX_ENGINES } from '../../model/profiles/timings';
import type { Localized } from '../../syntax/ast';
import { formatDuration, formatEventShare } from '../../shared/format';
import { targetText } from '../../shared/target';
import { koDuration } from '../../shared/duration';
import { josa } from '../../shared/josa';
import { placeName } from './labels';
import { farStorageSite, searchWritten, pinnedToZone, protectionWords, bmcFenced, calleeClosure, ephemeralStateCache, globalClusterSecondary, RAC_ENGINE, replicatedBucket, maximumProtection, mongoConfigSet, parseRouteLabel, SECOND_CHOICE, tiberoProtective, cacheHoldsState, readOnlyCalls, messageBuses, idleAtRest, poolsWith, jobBrokers, reachedFromEntries, failoverDisks, failsOverAcrossZones, isLog, splitsConsumers, consumerServices, isMongos, managedComputeInstances, pickTakeover, consumerInstances, readLagOf, servingInstances, spreadOverZones, zonedManagedCompute, readsBehindCache, riseSeconds, stateWritten, recordStateCache, recordStateWritten, SINGLE_PRIMARY_GR, fansOut, RDS_PROXY, replayableFrom, retentionOf, observerTakeover, type Model, type SimNode, type SoftEdge, type Takeover } from '../../model/request-graph';
import { GroupPhase, SESSION_LIFETIME } from './groups-phase';
import { unmovedClients } from '../../model/client-routing';
import { clusterReplicaCounts, clusterShardOf, engineOf, isMemcached, kafkaProtocol, KAFKA_ENGINES, NDB_ENGINES, majorityOf, PULSAR_ENGINES, READ_ONLY_WITHOUT_MAJORITY, SEARCH_ENGINES } from '../../model/groups';
import { DEFAULTS } from '../../model/defaults';
import { monitorDelayWithout } from '../../model/monitoring';
import type { ClassSeries, EntrySeries, NodeState, QueueSeries, SimEvent, SimStep, SimTarget, Stall, StateAt } from './types';
import { L } from '../../shared/localized';
import { capacityOf, wakesItself, classicQueues, connectionLimits, shardCopiesOf, shardOf, unawareLostShare, unawareBelowShare, isCeph, CEPH_POOL, cephZonesShort, STREAMING_PG_ENGINES, MANAGED_PRIMARY_PG_ENGINES, zoneUnaware, type Capacity, type ConnectionLimit } from '../../model/capacity';
import { copiesThroughDatabases, durabilityOf, replicatedStorage, type Durability } from '../../model/durability';
import { DB2_ENGINES, isRedis, ORACLE_ENGINES, REDIS_COMPATIBLE, replicationCaveat, syncWaitProduct, syncWaitWords } from '../../model/replication';
import { connectionsMessage, dataLossMessage, noticedMessage, rebuildNoticedMessage, restoredMessage, unawareLossMessage, unawareRestoredMessage, wakeMessage } from './capacity-events';

/** A HorizontalPodAutoscaler's default scale-up window and its Pods policy (k8s-hpa-behavior: double, or add 4, per 15 s). */
/** No callee to walk (a value computed by classes instead). */
const NO_CALLEES: readonly number[] = [];
const HPA_UP_PERIOD = 15;
const HPA_UP_PODS = 4;
/** CloudFront's default connection attempts and connection timeout on an origin (cloudfront-origin-timeouts). */
const CLOUDFRONT_CONNECT = { attempts: 3, timeout: 10 };
/**
 * A managed Redis whose replica is fed by Redis's asynchronous replication (ElastiCache, Memorystore, Azure Cache): not
 * MemoryDB, whose writes are in a Multi-AZ transaction log before they are acknowledged.
 */
function asyncManagedRedis(n: SimNode['node']): boolean {
  const e = (textAttr(n, 'engine') ?? '').toLowerCase();
  return e !== 'memorydb' && (isRedis(n) || REDIS_COMPATIBLE.has(e));
}
const EPS = 1e-9;
/** Said of a data node replaced after its data was lost with no copy and no backup. */
const EMPTY = L(', but empty: what it held is gone for good (no copy, no backup), so its requests are answered without that data.', '. 다만 비어 있습니다: 갖고 있던 데이터는 돌아오지 않으며(사본도 백업도 없음), 요청은 그 데이터 없이 처리됩니다.');
/** A share as a percentage: one decimal, two below 1 % (a lag window's few sessions are not "0%"). */
const pct = formatEventShare;
const d = (s: number): string => formatDuration(s);
const dk = (s: number): string => koDuration(s);
/** Event times in milliseconds precision, so sums of durations compare equal. */
const roundT = (t: number): number => Math.round(t * 1000) / 1000;

interface Inst {
  nodeDown: boolean;
  /** Lost with its host (a zone or region loss), not by a node step: Kubernetes notices later (node-monitor-grace-period). */
  hostLost: boolean;
  /** Rebuilt from a backup elsewhere: a zone or region loss no longer holds it down. */
  restored?: boolean;
  alive: boolean;
  failedAt: number;
  /** When it last came back (a repair, a failover, a recover step), or -1: a balancer that removed it waits for `rise` passing checks. */
  backAt?: number;
  /** Coming back as a new target (an Auto Scaling replacement, a new pod): registered fresh, it needs no `rise` (its first check is in its start time). */
  fresh?: boolean;
  /** Coming back from a repair (replaced, rebuilt), not with its place: a rebuilt data node holds nothing newer than its copy. */
  rebuilt?: boolean;
  /** When it last came back from such a repair (`rebuilt` is cleared once the return is handled; the groups read this). */
  rebuiltAt?: number;
  zone: string | null;
  region: string | null;
}

interface QItem {
  at: number;
  seq: number;
  run: (t: number) => void;
}

class Heap {
  private a: QItem[] = [];
  get size(): number {
    return this.a.length;
  }
  private less(x: QItem, y: QItem): boolean {
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }
  push(x: QItem): void {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  peek(): QItem | undefined {
    return this.a[0];
  }
  pop(): QItem | undefined {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

export interface RunOptions {
  horizon: number;
  /** The sweep (sparse runs over a shared baseline). */
  sweep: boolean;
  /** Schedule repairs of instances lost to a node step (default true). The sweep's runs leave them out: a single point of failure is a loss nothing takes over. A managed service's own failover always runs. */
  repair?: boolean;
  /** Record what every instance is doing at each moment (RunResult.states); off in the sweep. */
  states?: boolean;
  /** Track request classes (RunResult.classes; default true). The estimate needs them only to name a route's single point of failure. */
  classes?: boolean;
}

export interface RunResult {
  events: SimEvent[];
  entries: EntrySeries[];
  writesLostSeconds: number;
  /** The longest stall on a node the entries reach (types.ts Stall), or null. */
  stall: Stall | null;
  sessionsLost: number;
  /** Positions in model.entries of `entries` (a sweep run reports only the entries it can affect). */
  entryIndex: number[];
  /** Times at which a lost node came back by a repair or a restore from backup (nothing took over). */
  repairs: number[];
  /** Per moment, what every instance is doing (only with RunOptions.states). */
  states: StateAt[];
  /** Request classes (routes) of the evaluated entries. */
  classes: ClassSeries[];
  /** Queues with consumers: backlog and processing delay (not in the sweep). */
  queues: QueueSeries[];
}

interface Pending {
  takeover: Takeover;
  /** When the promotion completes. */
  done: number;
}

/** Evaluation arrays; in a sweep they are shared by every run and restored after each. */
interface Arrays {
  live: Int32Array;
  prov: Int32Array;
  load: Float64Array;
  phys: Float64Array;
  cf: Float64Array;
  inner: Float64Array;
  /** The part of `load` that is a queue's messages for its consumer (pulled up to what its capacity leaves, sendLoad). */
  msgIn: Float64Array;
  /** The part of `phys` that is messages the consumer pulled (what its capacity left of msgIn). */
  pulled: Float64Array;
}

function newArrays(n: number): Arrays {
  return {
    live: new Int32Array(n),
    prov: new Int32Array(n),
    load: new Float64Array(n),
    phys: new Float64Array(n),
    cf: new Float64Array(n).fill(1),
    inner: new Float64Array(n).fill(1),
    msgIn: new Float64Array(n),
    pulled: new Float64Array(n),
  };
}

/**
 * The sweep's shared state: the baseline (no step applied) computed once, and
 * working arrays. A single loss only changes the nodes it can reach: its own,
 * the nodes whose load it can change (downstream of it and of its callers) and
 * every node upstream of those; a sweep run evaluates only that set.
 */
export class SweepContext {
  readonly work: Arrays;
  readonly base: Arrays;
  /** Per node, the load it sends to each destination at baseline: [dest, amount, dest, amount, …]. */
  readonly baseContrib: number[][];
  readonly baseEntry: number[];
  /** Sparse runs need a baseline with nothing failing, overloaded or switched. */
  readonly clean: boolean;

  /** Sparse runs' connection factors (all 1 between runs). */
  readonly connF: Float64Array;
  /** Per router with routes: member → the routes whose pool holds it. */
  readonly routeIndex = new Map<number, Map<number, number[]>>();
  /** Per router with routes: each route's value at baseline. */
  readonly baseRouteVal: Map<number, Float64Array>;
  /** Per router with routes, per entry position reaching it: each route's class value at baseline. */
  readonly baseClass = new Map<number, Map<number, Float64Array>>();
  /** Per router with routes and destination: its load contributions at baseline, [dest, amount, …] by destination. */
  private contribTo = new Map<number, Map<number, number>>();

  constructor(readonly m: Model) {
    const e = new Engine(m, { horizon: m.horizon, sweep: true, repair: false });
    const contrib: number[][] = m.nodes.map(() => []);
    e.contribSink = contrib;
    e.settleBaseline();
    this.baseContrib = contrib;
    this.base = e.arrays;
    this.baseEntry = e.lastValues();
    this.baseRouteVal = e.routeVal;
    for (const c of e.baselineClasses()) {
      let byK = this.baseClass.get(c.router);
      if (!byK) this.baseClass.set(c.router, (byK = new Map()));
      let vals = byK.get(c.k);
      if (!vals) byK.set(c.k, (vals = new Float64Array(m.nodes[c.router]!.routes!.length)));
      vals[c.route] = c.base;
    }
    for (const s of m.nodes) {
      if (!s.routes) continue;
      const idx = new Map<number, number[]>();
      s.routes.forEach((r, k) => {
        for (const a of r.pool) {
          const list = idx.get(a) ?? [];
          if (!list.includes(k)) list.push(k);
          idx.set(a, list);
        }
      });
      this.routeIndex.set(s.idx, idx);
    }
    // A dormant node (pilot light) wakes from anywhere in the graph: such designs run every loss in full (and so do
    // designs whose autoscaled nodes the baseline sized up: isClean).
    this.clean = e.isClean() && !capacityOf(m).some((c) => c.dormant);
    for (const l of connectionLimits(m))
      for (const i of [l.db, ...l.callers.map((c) => c.idx)]) {
        if (i !== l.db) this.connCallers.add(i);
        const list = this.limitsOf.get(i) ?? [];
        if (!list.includes(l)) list.push(l);
        this.limitsOf.set(i, list);
      }
    const n = m.nodes.length;
    this.connF = new Float64Array(n).fill(1);
    this.work = newArrays(n);
    for (const k of Object.keys(this.base) as (keyof Arrays)[]) this.work[k].set(this.base[k] as never);
  }

  private readonly routeWork = new Map<number, Float64Array>();

  /** A sparse run's route values of router r: one working copy of the baseline's, shared by the runs (each sets back what it wrote). */
  workRoutes(r: number): Float64Array | undefined {
    let w = this.routeWork.get(r);
    if (!w) {
      const b = this.baseRouteVal.get(r);
      if (!b) return undefined;
      this.routeWork.set(r, (w = b.slice()));
    }
    return w;
  }

  private readonly routeSum = new Map<number, number>();

  /** Router r's value at baseline: its routes' values weighted by their shares. */
  baseRouteSum(r: number): number {
    let v = this.routeSum.get(r);
    if (v === undefined) {
      const routes = this.m.nodes[r]!.routes!;
      const vals = this.baseRouteVal.get(r)!;
      v = 0;
      for (let k = 0; k < routes.length; k++) v += routes[k]!.share * vals[k]!;
      this.routeSum.set(r, v);
    }
    return v;
  }

  /** Sets the given routes of router r back to the baseline's values after a sparse run. */
  restoreRoutes(r: number, routes: readonly number[]): void {
    const w = this.routeWork.get(r);
    const b = this.baseRouteVal.get(r);
    if (w && b) for (const k of routes) w[k] = b[k]!;
  }

  /** Nodes that open connections to a database with a connection limit; per node, the limits it is the database or a caller of. */
  readonly connCallers = new Set<number>();
  readonly limitsOf = new Map<number, ConnectionLimit[]>();
  private readonly downMemo = new Map<number, Map<number, number[]>>();

  /** The routes of router r whose class (from entry position k) is down at baseline. */
  downAtBase(r: number, k: number): number[] {
    let byK = this.downMemo.get(r);
    if (!byK) this.downMemo.set(r, (byK = new Map()));
    let list = byK.get(k);
    if (!list) {
      list = [];
      const base = this.baseClass.get(r)?.get(k);
      if (base) for (let route = 0; route < base.length; route++) if (base[route]! <= EPS) list.push(route);
      byK.set(k, list);
    }
    return list;
  }

  /** A router's baseline load contribution to one destination (summed over its routes). */
  contribOf(router: number, dest: number): number {
    let map = this.contribTo.get(router);
    if (!map) {
      map = new Map();
      const c = this.baseContrib[router]!;
      for (let k = 0; k < c.length; k += 2) map.set(c[k]!, (map.get(c[k]!) ?? 0) + c[k + 1]!);
      this.contribTo.set(router, map);
    }
    return map.get(dest) ?? 0;
  }

  /**
   * Nodes to evaluate (topological order) and nodes whose load may change, for a
   * loss of `hit`. A caller of a lost node that routes by path (a router with
   * routes) only changes the load it sends to the routes whose pool holds the
   * lost node: its other routes, and what is behind them, are left alone.
   */
  scope(hit: number[], wide = false): Scope {
    const m = this.m;
    const seed = new Set<number>(hit);
    let loadSet: Set<number> | null = null;
    let partial: Map<number, Set<number>> | null = null;
    if (m.hasRate) {
      const hitSet = new Set(hit);
      const start = new Set<number>(hit);
      partial = new Map();
      for (const h of hit)
        for (const p of m.preds[h]!) {
          const ps = m.nodes[p]!;
          const idx = this.routeIndex.get(p);
          if (!idx || ps.or !== 'lb' || hitSet.has(p)) {
            start.add(p);
            continue;
          }
          // The routes holding h, and every route sharing a member with them (their contributions to a shared member are summed).
          const routes = partial.get(p) ?? new Set<number>();
          const todo = [...(idx.get(h) ?? [])];
          while (todo.length) {
            const r = todo.pop()!;
            if (routes.has(r)) continue;
            routes.add(r);
            for (const a of ps.routes![r]!.pool) {
              start.add(a);
              for (const r2 of idx.get(a) ?? []) if (!routes.has(r2)) todo.push(r2);
            }
          }
          partial.set(p, routes);
        }
      // A cache behind a proxy (cacheProxied): its loss moves load where the proxy's callers send their misses.
      for (const h of hit)
        for (const p of m.preds[h]!) if (m.nodes[p]!.kind === 'load-balancer' && m.fallbackOf.has(p)) for (const q of m.preds[p]!) start.add(q);
      // (Through a queue to its consumers too: what they process loads what they call.)
      loadSet = closure(start, m.loadSucc);
      // A router downstream of something else that changes is recomputed whole.
      for (const p of [...partial.keys()]) if (loadSet.has(p)) partial.delete(p);
      for (const x of loadSet) seed.add(x);
      for (const p of partial.keys()) seed.add(p);
    }
    let act = closure(seed, m.preds);
    // A checked DNS answer above the loss can move its users to another site (a failover or weighted record dropping the
    // lost site's address): that site's load and its health as the DNS checks it change too (a DR site standing by is
    // healthy as it is, and serves once its database is promoted), so everything behind the DNS node is in the run.
    {
      const expanded = new Set<number>();
      for (;;) {
        const dns = [...act].filter((i) => (m.nodes[i]!.or === 'dns-failover' || m.nodes[i]!.or === 'dns-spread') && !expanded.has(i));
        if (!dns.length) break;
        for (const i of dns) expanded.add(i);
        for (const x of closure(new Set(dns), m.loadSucc)) {
          if (loadSet) loadSet.add(x);
          seed.add(x);
        }
        if (partial && loadSet) for (const p of [...partial.keys()]) if (loadSet.has(p)) partial.delete(p);
        act = closure(seed, m.preds);
      }
    }
    const byPos = (a: number, b: number): number => m.pos[a]! - m.pos[b]!;
    const changed = new Set<number>(hit);
    if (loadSet) for (const x of loadSet) changed.add(x);
    const out: Scope = {
      act: [...act].sort(byPos),
      loadAct: loadSet ? [...loadSet].sort((a, b) => m.loadPos[a]! - m.loadPos[b]!) : null,
      partial: partial && partial.size ? new Map([...partial].map(([p, r]) => [p, [...r].sort((a, b) => a - b)])) : null,
      changed,
      boundary: null,
    };
    if (!wide && loadSet) this.narrow(out, hit, loadSet, act, byPos);
    return out;
  }

  /**
   * The narrow guess of a scope: a node whose load may change (loadSet) need not bring
   * all its callers into the run when its own state stays as at baseline (a service
   * losing one of its two pods sends the same load to its database, whose other
   * callers see nothing). The run then evaluates the lost nodes' callers and the
   * nodes whose load may change, and checks at every moment that the nodes it shares
   * with callers it does not evaluate (the boundary) look to them exactly as at
   * baseline; if one does not, the run is done again with the whole scope
   * (Engine.escaped). Only for nodes without groups, DNS, cycles, read replicas,
   * session stores, caches or virtual IPs, whose state reaches callers only through
   * the values the boundary check compares.
   */
  private narrow(out: Scope, hit: number[], loadSet: Set<number>, act: Set<number>, byPos: (a: number, b: number) => number): void {
    const m = this.m;
    for (const i of act) {
      const s = m.nodes[i]!;
      if (s.group !== null || s.demotesWith >= 0 || s.syncWait >= 0 || (s.or !== null && s.or !== 'lb') || s.back.size || s.readsFrom >= 0 || s.soft.length || s.storeOffload.length || s.vip || s.isSessionStore || m.fallbackOf.has(i))
        return;
    }
    const inner = closure(new Set(hit), m.preds);
    for (const x of loadSet) inner.add(x);
    if (inner.size === act.size) return;
    const boundary: number[] = [];
    for (const x of inner) if (m.preds[x]!.some((p) => !inner.has(p))) boundary.push(x);
    out.act = [...inner].sort(byPos);
    out.boundary = boundary;
  }

  restore(touched: Iterable<number>): void {
    const w = this.work;
    const b = this.base;
    for (const i of touched) {
      w.live[i] = b.live[i]!;
      w.prov[i] = b.prov[i]!;
      w.load[i] = b.load[i]!;
      w.phys[i] = b.phys[i]!;
      w.cf[i] = b.cf[i]!;
      w.inner[i] = b.inner[i]!;
      w.msgIn[i] = b.msgIn[i]!;
      w.pulled[i] = b.pulled[i]!;
    }
  }
}

/** What a sparse sweep run evaluates (SweepContext.scope). */
export interface Scope {
  /** Nodes evaluated, in topological order. */
  act: number[];
  /** Nodes whose load is recomputed (null: all). */
  loadAct: number[] | null;
  /** Routers with routes outside loadAct whose load to some routes only is recomputed: router → those routes. */
  partial: Map<number, number[]> | null;
  /** The lost nodes and loadAct: the nodes whose own state the run can change. */
  changed: Set<number>;
  /** A narrow scope (SweepContext.narrow): the evaluated nodes that callers left out of the run read; null for a whole scope. */
  boundary: number[] | null;
}

function closure(start: Set<number>, next: number[][]): Set<number> {
  const out = new Set<number>(start);
  const stack = [...start];
  while (stack.length) {
    const x = stack.pop()!;
    for (const y of next[x]!) {
      if (out.has(y)) continue;
      out.add(y);
      stack.push(y);
    }
  }
  return out;
}

/** Balancers that send to every target when none is healthy (ELB user guides for ALB and NLB: "fail open"). */
const FAILS_OPEN: ReadonlySet<string> = new Set(['aws-alb', 'aws-nlb']);

export class Engine {
  private readonly n: number;
  private readonly nodes: SimNode[];
  private readonly insts = new Map<number, Inst[]>();
  private readonly zoneDown = new Set<string>();
  private readonly regionDown = new Set<string>();
  private factor = 1;
  private readonly acting = new Map<number, number>();
  /** Sources whose standby a person promoted, and when: the old primary coming back does not know those writes. */
  private readonly promotedByHand = new Map<number, number>();
  /** AlloyDB read pools said to have no node left (once per run). */
  private readonly poolEmptySaid = new Set<number>();
  /** The same for a copy that took over by itself (read only for a copy at another site behind a failover record). */
  private readonly promotedAuto = new Map<number, number>();
  /** Sources a copy has taken over from in this run (a copy promoted: the writes it lacked are gone for good). */
  private readonly everActing = new Set<number>();
  private readonly pending = new Map<number, Pending>();
  private readonly vipHolder = new Map<number, number>();
  /** dns node → alternative → time it was first seen serving nothing. */
  private readonly dnsBad = new Map<number, Map<number, number>>();
  /** Whether a failover record has moved its clients off its primary answer in this run (its later answers take writes). */
  private dnsMovedOff = false;
  /** Per DNS record and target (`i × n + a`): when a target marked bad first passed its check again (its `rise` runs from there). */
  private readonly dnsRise = new Map<number, number>();
  /** Copies promoted by hand at another site whose old primary came back: they stay primaries for their own callers. */
  private readonly stillPromoted = new Set<number>();
  /** Data instances rebuilt while a copy a person promoted keeps the role: the copy's name (said by the repair's event). */
  private readonly reseeded = new Map<Inst, { name: string; byHand: boolean }>();
  /** Job brokers (caches holding queued jobs or task results), and those whose loss was said. */
  private readonly brokerNodes: number[] = [];
  private readonly brokerSaid = new Set<number>();
  /** Per (record, target) answered again after its checks passed: when — its clients move back once the TTL has passed. */
  private readonly dnsBack = new Map<number, number>();
  /** Balancers with deep checks (`health-check=deep`): per balancer, the live targets (providers) whose requests fail, since when. */
  private readonly deepBad = new Map<number, Map<number, number>>();
  /** …and those its checks have taken out. */
  private readonly deepOut = new Map<number, Set<number>>();
  /** Per record and target (i × n + a) changed by hand: when the target went down while the other could not serve yet. */
  private readonly manualDnsWait = new Map<number, number>();
  /**
   * How long after a DNS record's target was found bad its clients stop going there (record × nodes + target): its
   * checks' switch, or for a record changed by hand the notice of the monitors still up (else the users') plus the
   * person's change and the TTL — what the `dns-switched` event says (round 112c r03: the lost monitor's later notice
   * moved the event, not the users).
   */
  private readonly dnsSwitchAfter = new Map<number, number>();
  /** Overloaded nodes, with the offered load last said for each (an overload whose load moves is said again). */
  private readonly overloaded = new Map<number, number>();
  /** Nodes whose failover was said to wait for a witness's or a coordinator's vote, or for a fence that cannot succeed (said once). */
  private readonly voteMissing = new Set<number>();
  private readonly scalePending = new Set<number>();
  private readonly sessionLoss = new Map<number, number>();
  private readonly storeLost = new Set<number>();
  /** Caches whose failover's lag of writes was counted (a session store's own sessions are storeLost's: round 107 r01). */
  private readonly cacheLagLost = new Set<number>();
  /** Per caller and connection-limited database (i × n + db): the share of the caller's instances that got a connection. */
  private readonly edgeConn = new Map<number, number>();
  private readonly cacheLost = new Set<number>();
  private writesLost = 0;
  /** Data nodes whose failure went unnoticed because every monitor was lost with them. */
  private readonly blindNotice = new Set<number>();

  /** Whether every monitor of the design is lost with its zone or region (monitors are not failed one by one); false without monitors. */
  private monitorsLost(): boolean {
    let any = false;
    for (const s of this.nodes)
      if (s.node.kind === 'monitor') {
        any = true;
        if (!this.everyPlaceLost(s.idx)) return false;
      }
    return any;
  }

  /** The monitors lost now (failed on their own, or with their place), by name; null when none is. */
  private monitorsDownNow(): Set<string> | null {
    let down: Set<string> | null = null;
    for (const m of this.nodes) if (m.node.kind === 'monitor' && (this.live[m.idx]! <= 0 || this.everyPlaceLost(m.idx))) (down ??= new Set()).add(m.name);
    return down;
  }

  /**
   * Seconds until someone knows node i is down, with the monitors lost now left out (failed on their own, or with their
   * place): what a monitor still up notices, else users report it (DEFAULTS.unnoticed). Its static figure when nothing is lost.
   */
  private noticeNow(i: number): number {
    const d = this.dur[i]!;
    if (!d.watched) return d.notice;
    const down = this.monitorsDownNow();
    if (down === null) return d.notice;
    return Math.max(d.notice, monitorDelayWithout(this.m.design, this.nodes[i]!.name, down) ?? DEFAULTS.unnoticed);
  }

  /**
   * When a person learns that node s, which a person rebuilds, is down (SimNode.noticeFirst > 0): its monitor's notice, or —
   * every monitor watching it lost now, with it or before it — the users' report; null for a node nothing waits to notice.
   */
  private rebuildNotice(s: SimNode): { at: number; by: 'monitor' | 'users' | 'monitor-lost' } | null {
    if (s.noticeFirst <= 0) return null;
    if (s.noticedBy === 'users') return { at: s.noticeFirst, by: 'users' };
    const down = this.monitorsDownNow();
    const own = down === null ? s.noticeFirst : monitorDelayWithout(this.m.design, s.name, down, true);
    return own === null ? { at: Math.max(s.noticeFirst, DEFAULTS.unnoticed), by: 'monitor-lost' } : { at: Math.max(s.noticeFirst, own), by: 'monitor' };
  }

  /**
   * When a person learns that a manually switched failover record's first target is down, with the monitors lost now left
   * out: the quickest notice of what it serves (its first target and what that calls), as the model computed it when no
   * monitor is lost. Null when none is lost (the model's figure stands).
   */
  private manualDnsNotice(s: SimNode): number | null {
    const down = this.monitorsDownNow();
    if (down === null) return null;
    const seen = new Set<number>([s.callees[0]!]);
    const stack = [s.callees[0]!];
    let notice = Infinity;
    while (stack.length) {
      const c = stack.pop()!;
      notice = Math.min(notice, monitorDelayWithout(this.m.design, this.nodes[c]!.name, down) ?? DEFAULTS.unnoticed);
      for (const x of this.nodes[c]!.callees)
        if (!seen.has(x)) {
          seen.add(x);
          stack.push(x);
        }
    }
    return Math.max(s.dnsDetect, notice);
  }

  /** Whether a zone or region is down and a monitor has no place written (assumed to run outside every lost place). */
  private unplacedMonitor(): boolean {
    if (!this.zoneDown.size && !this.regionDown.size) return false;
    return this.nodes.some((s) => s.node.kind === 'monitor' && !s.node.zones.length && !s.node.attrs.has('zone') && !s.node.attrs.has('region'));
  }

  /** The longest stall so far on a node the entries reach. */
  private stall: Stall | null = null;

  /** A `delayed` event: node `idx`'s requests wait `seconds` instead of failing; the run's stall if the entries reach it and it is the longest. */
  private stalled(idx: number, target: string, seconds: number, message: Localized): void {
    // (A recovery site's tier no request reaches while the failover record answers with the first site: nothing waits —
    // round 124c r04 said a 10 s stall and an RTO of 10 s for an instance lost there.)
    if (idleAtRest(this.m)[idx] && !this.dnsMovedOff) return;
    this.emit('delayed', target, message);
    if (!(seconds > (this.stall?.seconds ?? 0)) || !this.entriesReach(idx)) return;
    this.stall = { seconds: roundT(seconds), node: this.nodes[idx]!.name, message };
  }

  /** Whether some entry's requests can reach node i (through calls, takeovers, reads). */
  private entriesReach(i: number): boolean {
    return reachedFromEntries(this.m)[i] === 1;
  }
  /** Writes lost to replication lag, by data set (the node that lost them): the windows of earlier moments, and the widest of the latest moment `at`. */
  private readonly lagByNode = new Map<number, { before: number; at: number; window: number }>();
  /** Managed queues lost with their region while messages waited in them: counted lost, and back with the region if it returns. */
  private readonly strandedQueues = new Map<number, number>();
  private readonly events: SimEvent[] = [];
  private readonly queue = new Heap();
  private seq = 0;
  readonly arrays: Arrays;
  private readonly live: Int32Array;
  private readonly prov: Int32Array;
  private readonly load: Float64Array;
  /** Each node's load at baseline (a dense run with rates), for weighing lost sessions by the users they belong to. */
  private baselineLoad: Float64Array | null = null;
  private readonly phys: Float64Array;
  private readonly msgIn: Float64Array;
  private readonly pulled: Float64Array;
  private readonly cf: Float64Array;
  private readonly inner: Float64Array;
  private readonly altS = new Map<number, Float64Array>();
  private now = 0;
  /** Entry positions (in m.entries) evaluated by this run. */
  private entryIdx: number[];
  private readonly base: number[] = [];
  private readonly points: { at: number; success: number }[][] = [];
  private readonly last: number[] = [];
  /** Nodes evaluated (topological order); nodes whose load is recomputed (null: all, from scratch). */
  private act: number[];
  private loadAct: number[] | null = null;
  private readonly touched = new Set<number>();
  /** When set, compute() records each node's load contributions (the sweep's baseline). */
  contribSink: number[][] | null = null;
  private cacheDownNow = new Set<number>();
  private readonly cap: Capacity[];
  private readonly dur: Durability[];
  /**
   * Per caller: the product of its exceeded connection limits' shares (1 unless one is exceeded) — read only as whether a
   * limit applies (connectionsLate, the sparse run's check); what fails is per database, edgeConn.
   */
  private readonly connF: Float64Array;
  private limits: ConnectionLimit[];
  private readonly exhausted = new Set<number>();
  /** Dormant nodes (pilot light) not yet woken, and those waking. */
  private readonly dormant: number[] = [];
  private readonly waking = new Set<number>();
  /** Data nodes (shards as `i:k`) whose data is lost; nodes waiting for a restore. */
  private readonly dataNodes: number[] = [];
  /**
   * Caches their callers keep state in (counters, a ranking, carts: an edge says so; not `primary`, which dataNodes
   * holds): their failovers lose their lag, their instances lost one by one their data (comeBack); and every place they
   * run in lost — a region — loses what they held, as a database's (trackDataLoss; round 112c r04 lost the coupon counters
   * with their region at "0s", as 104b r15 had lost carts).
   */
  private readonly stateCaches: number[] = [];
  private readonly lostData = new Set<string>();
  private readonly awaitingRestore = new Set<number>();
  private readonly repairs: number[] = [];
  /** Managed services that failed over to another zone: where their primary runs now (null: a zone the design does not name). */
  private readonly movedTo = new Map<number, string | null>();
  /** Managed services whose zone failover is under way (the time their primary's zone was lost). */
  private readonly zoneFailing = new Map<number, number>();
  /** Managed services whose own failover is under way: when it completes (a standby node of theirs is the provider's to promote). */
  private readonly ownFailover = new Map<number, number>();
  /** Provider-run compute failed on every instance by a scenario (managedComputeInstances): down until repaired, not failed over. */
  private readonly appDown = new Set<number>();

  constructor(
    private readonly m: Model,
    private readonly opt: RunOptions,
    private readonly ctx: SweepContext | null = null,
    scope?: Scope,
  ) {
    this.nodes = m.nodes;
    this.cap = capacityOf(m);
    this.dur = durabilityOf(m);
    this.limits = connectionLimits(m);
    for (const n of m.nodes) if (n.arbitrator >= 0) this.arbitrated.push(n.idx);
    const n = (this.n = m.nodes.length);
    // A sparse run shares the context's array (all 1; the callers it touches are set back after the run).
    this.connF = ctx && scope ? ctx.connF : new Float64Array(n).fill(1);
    this.arrays = ctx && scope ? ctx.work : newArrays(n);
    ({ live: this.live, prov: this.prov, load: this.load, phys: this.phys, cf: this.cf, inner: this.inner, msgIn: this.msgIn, pulled: this.pulled } = this.arrays);
    if (!(ctx && scope)) m.nodes.forEach((s, i) => (this.live[i] = s.client || this.cap[i]!.dormant ? 0 : s.instances));
    if (ctx && scope) {
      this.act = scope.act;
      this.loadAct = scope.loadAct;
      const inAct = new Set(scope.act);
      this.sparse = true;
      this.inAct = inAct;
      this.changed = scope.changed;
      this.partial = scope.partial;
      this.boundary = scope.boundary;
      this.connCallers = ctx.connCallers;
      // Only the limits of evaluated nodes: the others stay as at baseline (not exhausted: a clean baseline).
      const lim = new Set<ConnectionLimit>();
      for (const i of scope.act) for (const l of ctx.limitsOf.get(i) ?? []) lim.add(l);
      this.limits = this.limits.filter((l) => lim.has(l));
      // Routers with routes: the routes whose pool holds an evaluated node are evaluated again; the others keep the baseline's value.
      this.dirtyRoutes = new Map();
      const dirty = new Map<number, Set<number>>();
      for (const r of scope.act) if (ctx.routeIndex.has(r)) dirty.set(r, new Set());
      if (dirty.size)
        for (const a of scope.act)
          for (const r of this.m.preds[a]!) {
            const set = dirty.get(r);
            if (set) for (const route of ctx.routeIndex.get(r)!.get(a) ?? []) set.add(route);
          }
      for (const [r, set] of dirty) {
        this.dirtyRoutes.set(r, [...set].sort((x, y) => x - y));
        // The context's working copy of the baseline's route values: only the dirty routes are written, and set back after the run.
        const wv = ctx.workRoutes(r);
        if (wv) this.routeVal.set(r, wv);
      }
      this.entryIdx = [];
      m.entries.forEach((e, k) => {
        if (!inAct.has(e)) return;
        this.entryIdx.push(k);
        this.base[k] = ctx.baseEntry[k]!;
        this.points[k] = [{ at: 0, success: this.base[k]! }];
        this.last[k] = this.base[k]!;
      });
      for (const i of scope.act) this.touched.add(i);
    } else {
      this.act = m.order;
      this.entryIdx = m.entries.map((_, k) => k);
    }
    this.groups = new GroupPhase(
      {
        m,
        live: (i) => this.live[i]!,
        alive: (i, k) => this.instOf(i)[k]?.alive ?? false,
        rebuilt: (i, k) => this.instOf(i)[k]?.rebuiltAt === this.now,
        lostSince: (i, k) => {
          const x = this.instOf(i)[k];
          return x && !x.alive ? this.now - x.failedAt : Infinity;
        },
        zoneDown: (z) => this.zoneDown.has(z),
        regionDown: (r) => this.regionDown.has(r),
        regionOf: (i, z) => m.nodes[i]!.regionOf(z),
        at: (t, run) => this.at(t, run),
        emit: (type, target, message) => this.emit(type, target, message),
        loseWrites: (lag, by, of, why) => this.loseWrites(lag, by, of, why),
        stalled: (idx, seconds, message) => this.stalled(idx, this.nodes[idx]!.name, seconds, message),
        loseSessions: (store, share, why) => this.loseSessions(store, share, why),
        loseCacheData: (i, why) => this.loseCacheData(i, why),
        providerFailover: (i) => this.nodes[i]!.managed && (this.ownFailover.get(i) ?? -1) >= this.now,
        activeOnlyHold: (i) => this.activeOnlyHold(i),
      },
      this.act,
    );
    for (const i of this.act) {
      const s = m.nodes[i]!;
      if (this.cap[i]!.dormant) this.dormant.push(i);
      // A cache written as the data of record (`primary`, not a session store) loses its data as a database does (no-backup).
      // (A job broker's jobs are counted as a queue's messages are — its backlog, not its whole history; round 43b.)
      if (this.dur[i]!.holdsData && (s.kind === 'database' || s.kind === 'storage' || (s.kind === 'cache' && s.node.role === 'primary' && (!s.isSessionStore || s.alsoRecords)))) this.dataNodes.push(i);
      else if (!s.isSessionStore && recordStateCache(this.m.design, s.node)) this.stateCaches.push(i);
      else if (s.kind === 'cache' && s.node.role !== 'primary' && jobBrokers(this.m.design).has(s.name)) this.brokerNodes.push(i);
      if (s.or === 'dns-failover' || s.or === 'dns-spread') this.dnsBad.set(i, new Map());
      if (s.deepCheck) {
        this.deepBad.set(i, new Map());
        this.deepOut.set(i, new Set());
      }
      if (s.takeovers.length) this.withTakeovers.push(i);
      if (s.isSessionStore || m.fallbackOf.has(i)) this.stores.push(i);
      if (s.soft.length) this.softCallers.push(i);
      if (s.readsFrom >= 0) this.readReplicas.push(i);
      if (s.offload > 0) this.offloaders.push(i);
      if (s.kind === 'cdn' && s.timings.profile.id === 'aws-cloudfront' && (s.routes ?? [{ pool: s.callees }]).some((r) => originGroup(s, r.pool))) this.originGroupCdns.push(i);
      // Oracle fast-start failover in Maximum Availability: the primary, its target standby and the observer.
      for (const tk of s.takeovers)
        if (!tk.manual && tk.witness >= 0 && tk.rank <= 1 && oracleDg(s, this.nodes[tk.by]!)) this.fsfo.push({ p: i, sb: tk.by, obs: tk.witness });
        // A Windows cluster (or a mirroring session) and a Pacemaker pair voting with a witness: left with one vote of three,
        // the primary stops serving (round 71c r01).
        else if (!tk.manual && tk.witness >= 0 && !tk.peer && (windowsCluster(s, this.nodes[tk.by]!) || pacemakerPair(s, this.nodes[tk.by]!) || db2Pair(s, this.nodes[tk.by]!)))
          this.quorumPairs.push({ p: i, sb: tk.by, w: tk.witness, wsfc: windowsCluster(s, this.nodes[tk.by]!), tsa: !windowsCluster(s, this.nodes[tk.by]!) && !pacemakerPair(s, this.nodes[tk.by]!) });
      if (s.back.size) for (const a of s.callees) if (s.back.has(a) && !this.backTargets.includes(a)) this.backTargets.push(a);
    }
  }

  /** Redis Sentinel / Cluster, quorum groups, Patroni demotion (groups-phase.ts). */
  private readonly groups: GroupPhase;

  /** Writes of node `of` that its copy `by` never received. A cache in front of a database that holds nothing of its own (no sessions, not `primary`) loses none: what it held is in that database. */
  private loseWrites(lag: number, by: string, of: number, why?: Localized): void {
    if (lag <= 0) return;
    // A recovery site's store nothing writes to yet (its failover record still answers with the primary site).
    if (idleAtRest(this.m)[of] && !this.dnsMovedOff) return;
    const n = this.nodes[of]!;
    // (Nor a message bus — Redis pub/sub — whose messages are delivered, not kept: its callers' edges say so; nor one written
    // `required` without `primary`: needed, but holding no data of its own.)
    if (n.kind === 'cache' && !cacheHoldsState(n.node, n.isSessionStore, this.m.design) && (this.m.fallbackOf.has(of) || (flagAttr(n.node, 'required') === true && !stateWritten(this.m.design, n.name)) || messageBuses(this.m.design).has(n.name) || ephemeralStateCache(this.m.design, n.name))) return;
    // A session store's lost writes are sessions, counted as such (the users log in again), not data of record — unless
    // it keeps records beside them (carts written to a `primary` session store).
    // (Nor when an edge names other state kept there — carts beside the sessions: round 105b r05.)
    // (Nor when its workers pull jobs from it — a job broker beside the sessions, `: sessions and job queue`: the jobs in
    // the lag window are lost too; round 112b r01.)
    if (n.kind === 'cache' && n.isSessionStore && !n.alsoRecords && !recordStateWritten(this.m.design, n.name) && !jobBrokers(this.m.design).has(n.name)) return;
    // Scratch space holds nothing of record: its lost files are re-created by re-running the jobs.
    if (n.kind === 'storage' && flagAttr(n.node, 'scratch') === true) return;
    // A standby that has not taken over (a read-only copy of another site, a Global Datastore secondary) takes no
    // client writes: a failover inside it loses none that anyone was told were saved.
    if (this.idleStandby(of)) return;
    // A database written only by the consumers of a log that still keeps those messages: the window is replayed from it,
    // as a restore's gap is (round 106b r02: ClickHouse behind a 7-day Kafka topic "lost 1 s of acknowledged writes").
    const log = n.kind === 'database' ? this.replayLog(of, lag) : null;
    if (log) {
      this.emit(
        'writes-kept',
        by,
        L(
          `The writes ${n.name} had acknowledged and its surviving copy had not received — up to ${d(lag)} — are not lost: ${n.name} is written only by the consumers of ${log.name}, which keeps its messages ${d(log.retention)} (retention=), so they are read again from it (rewind the consumers' offsets).`,
          `${n.name}에서 성공으로 응답했지만 살아남은 사본이 아직 받지 못한 쓰기(최대 ${dk(lag)} 분량)는 사라지지 않습니다. ${josa(n.name, '은/는')} ${log.name}의 컨슈머만 쓰고 ${josa(log.name, '이/가')} 메시지를 ${dk(log.retention)} 보관하므로(retention=), 거기서 다시 읽으면 됩니다(컨슈머 오프셋을 되돌림).`,
        ),
      );
      return;
    }
    // Lags of one data set add up (two failovers in a run, one after the other); shards failing over at the same moment
    // lose the same window of time, not one each. Different data sets each lose their own window, and the run's figure
    // is the longest window, as an rpo is.
    const prev = this.lagByNode.get(of);
    const now = prev && prev.at === this.now ? { before: prev.before, at: this.now, window: Math.max(prev.window, lag) } : { before: prev ? prev.before + prev.window : 0, at: this.now, window: lag };
    this.lagByNode.set(of, now);
    const sum = now.before + now.window;
    this.writesLost = Math.max(this.writesLost, sum);
    this.emit(
      'writes-lost',
      by,
      why ?? L(`Asynchronous replication: up to ${d(lag)} of acknowledged writes never reached ${by} and are lost.`, `비동기 복제라 커밋된 쓰기 중 최대 ${dk(lag)} 분량이 ${by}에 복제되지 못한 채 사라집니다.`),
      { seconds: lag },
    );
  }

  /**
   * A cache that came back empty and took its copies with it (a Redis master rebuilt while no replica was promoted, a managed
   * pair rebuilt by its provider with no instance left to promote): what
   * its callers keep in it (a ranking, counters, carts) or what it holds as the data of record is gone, back to its last
   * backup (an RDB export) when one survives. Counted once per run, as data lost (failure-model §5).
   */
  private loseCacheData(i: number, why?: Localized): void {
    const s = this.nodes[i]!;
    const key = `${i}`;
    const keepsState = s.kind === 'cache' && !s.isSessionStore && stateWritten(this.m.design, s.name) && !ephemeralStateCache(this.m.design, s.name);
    if (!(this.dataNodes.includes(i) || keepsState) || this.lostData.has(key)) return;
    this.lostData.add(key);
    const dur = this.dur[i]!;
    const survive = dur.backup !== null && this.backupsSurvive(i);
    this.dataLoss.set(key, survive ? dur.backup! : Infinity);
    const tail = dataLossMessage(s.name, dur.backup, survive, null);
    this.emit('data-lost', s.name, why ? L(`${why.en}. ${tail.en}`, `${why.ko}. ${tail.ko}`) : tail);
  }

  /** Adds `share` of the sessions to what the users of session store `store` lose (capped at all of them). */
  private addSessionLoss(store: number, share: number): void {
    for (const u of this.nodes) if (u.sessionStore === store) this.sessionLoss.set(u.idx, Math.min(1, (this.sessionLoss.get(u.idx) ?? 0) + share));
  }

  /** A store that failed over to a copy: its users lose the sessions written in the lag window (failure-model §3). */
  private loseSessions(store: number, share: number, why?: Localized): void {
    if (share <= 0 || this.idleStandby(store)) return;
    // A store nobody keeps sessions in (a ranking cache, a lookup cache) loses none.
    if (!this.nodes.some((u) => u.sessionStore === store)) return;
    this.addSessionLoss(store, share);
    const s = this.nodes[store]!;
    this.emit(
      'sessions-lost',
      s.name,
      why ?? L(`Only the session writes of the replication lag window are lost with the failover of ${s.name} (${pct(share)} of the sessions).`, `${s.name} 페일오버로 복제 지연 구간에 쓰인 세션만 사라집니다(세션의 ${pct(share)}).`),
    );
  }

  private readonly readReplicas: number[] = [];
  private readonly readsMoved = new Set<number>();
  /** Caching nodes with a hit ratio (`hit-ratio=` on a CDN or a caching proxy), and those told to have lost their origin. */
  private readonly offloaders: number[] = [];
  private readonly originSaid = new Set<number>();
  /** Oracle FSFO triples (primary, target standby, observer), the primaries about to shut down, and those shut down. */
  private readonly fsfo: { p: number; sb: number; obs: number }[] = [];
  private readonly fsfoPending = new Map<number, object>();
  private readonly fsfoDown = new Set<number>();
  private readonly fsfoOff = new Set<number>();
  /** Pairs that need a majority of primary, standby and witness to serve (trackQuorumPairs). */
  private readonly quorumPairs: { p: number; sb: number; w: number; wsfc: boolean; tsa: boolean }[] = [];
  /** Primaries stopped without their quorum, and those a person forced quorum on (they serve alone from then on). */
  private readonly quorumDown = new Set<number>();
  /** pg_auto_failover primaries stopped for want of their monitor and secondary (network_partition_timeout): → what restarts them. */
  private readonly pgafStopped = new Map<number, { standby: number; monitor: number }>();
  private readonly quorumForced = new Set<number>();
  /** DNS nodes told to have no healthy target left, with the time it was said. */
  private readonly dnsNoneSaid = new Map<number, number>();

  /** Oracle primaries in Maximum Protection a DBA has lowered to Maximum Availability after losing their standby. */
  private readonly protectionLowered = new Set<number>();
  /** Global database primaries whose region came back as a secondary of the promoted cluster (said once). */
  private readonly globalRejoined = new Set<number>();
  /** Virtual IP pairs whose address could not move to another cloud zone (said once). */
  private readonly vipStuck = new Set<number>();
  /** Tiers whose HorizontalPodAutoscaler was said to hold back while lost pods count (said once per tier). */
  private readonly scaleHeld = new Set<number>();
  /** An Oracle primary written `protection=maximum-protection` (its only synchronized standby's loss shuts it down). */
  private maxProtection(i: number): boolean {
    return maximumProtection(this.nodes[i]!.node);
  }
  /** A takeover done by a person instead: once the loss of s is noticed, in the manual promotion's time. */
  private byHand(tk: Takeover, s: SimNode): Takeover {
    const promote = failoverTimingsOf(this.nodes[tk.by]!.node, s.node).manualPromote;
    return { ...tk, manual: true, detect: this.noticeNow(s.idx), promote: promote.value, promoteGeneric: promote.attr === null && promote.status === 'generic' };
  }
  /** When each node was last failed over automatically by a manager that then refuses another for a while (profile `rearm`). */
  private readonly autoFailedOver = new Map<number, number>();
  /** Couchbase instances its auto-failover took (with when it was lost), and those left to a person, with why. */
  private readonly cbAuto = new Map<Inst, number>();
  private readonly cbManual = new Map<Inst, 'small' | 'count' | 'concurrent' | 'majority'>();
  /** A Couchbase node failed over, by the cluster or by a person: its vBuckets' replicas become active, less what was not yet copied. */
  private couchbaseDropped(s: SimNode, x: Inst, name: string, left: boolean): void {
    const why = this.cbManual.get(x);
    const after = this.now - x.failedAt;
    const reason = {
      small: L(`Couchbase fails nodes over automatically only in a cluster of 3 or more, and ${s.name} has ${s.instances}`, `Couchbase는 노드가 3개 이상인 클러스터에서만 자동 페일오버하는데 ${josa(s.name, '은/는')} ${s.instances}개입니다`),
      count: L('the auto-failover has used its count (maxCount, 1 by default) on a node still out, and takes no other until an administrator resets it', '자동 페일오버가 아직 돌아오지 않은 노드에 횟수(maxCount, 기본값 1)를 이미 썼고, 관리자가 초기화할 때까지 다른 노드는 넘기지 않습니다'),
      concurrent: L('more nodes went down together than the auto-failover takes at once (maxCount, 1 by default), so it takes none of them', '자동 페일오버가 한 번에 넘기는 수(maxCount, 기본값 1)보다 많은 노드가 함께 멈춰, 어느 것도 넘기지 않습니다'),
      majority: L("the nodes left are no majority of the cluster, and Couchbase's auto-failover needs one", '남은 노드가 클러스터의 과반이 아니어서 Couchbase 자동 페일오버가 동작하지 않습니다'),
    };
    const head = why !== undefined
      ? L(
          `${name} is failed over by a person ${d(after)} after its loss (noticed, then the manual failover): ${reason[why].en}`,
          `${name} 노드는 장애 ${dk(after)} 뒤 사람이 페일오버합니다(알아챈 뒤 수동 페일오버). ${reason[why].ko}`,
        )
      : L(
          `The ${s.name} cluster fails ${name} over after ${d(after)} (Couchbase: auto-failover timeout)`,
          `${s.name} 클러스터가 ${dk(after)} 뒤 ${name} 노드를 페일오버합니다(Couchbase: 자동 페일오버 타임아웃)`,
        );
    this.emit(
      'routed-around',
      name,
      left
        ? L(
            `${head.en}; the replicas of the vBuckets active on it become active on other nodes, and the keys they hold are served again.`,
            `${head.ko}. 그 노드에서 활성이던 vBucket의 복제본이 다른 노드에서 활성으로 바뀌어, 그 키가 다시 처리됩니다.`,
          )
        : L(`${head.en}; some vBuckets have no replica left: their keys fail.`, `${head.ko}. 복제본이 남지 않은 vBucket이 있어 그 키의 요청은 실패합니다.`),
    );
    // Writes acknowledged from the active node's memory (durability level none, the default) that had not reached a replica.
    if (left && textAttr(s.node, 'replication') !== 'sync')
      this.loseWrites(
        s.timings.lag.value,
        name,
        s.idx,
        L(
          `Couchbase acknowledges a write once it is in the active node's memory (durability level none, the default): what ${name} took in its last ${d(s.timings.lag.value)} (generic) and had not yet copied to a replica is lost with the failover.`,
          `Couchbase는 쓰기가 활성 노드의 메모리에 들어가면 확인합니다(내구성 수준 none, 기본값). ${josa(name, '이/가')} 마지막 ${dk(s.timings.lag.value)}(범용 기본값) 동안 받아 아직 복제본에 보내지 못한 쓰기는 페일오버와 함께 사라집니다.`,
        ),
      );
  }
  /**
   * Why a lost Couchbase node is failed over by a person rather than by the cluster's auto-failover (couchbase-autofailover,
   * couchbase-small-clusters): a cluster of fewer than 3 nodes has none; it takes up to maxCount nodes (1 by default)
   * before an administrator resets the count — an earlier one still out has used it — and none when more nodes are down at
   * once than that, or when the nodes left are no majority of the cluster. Null: the auto-failover takes it.
   */
  /** How long after its loss a Couchbase node no auto-failover takes is failed over by a person: noticed, then the manual failover. */
  private couchbaseManualDelay(s: SimNode): number {
    return this.dur[s.idx]!.notice + s.timings.manualPromote.value;
  }
  private couchbaseByHand(s: SimNode, x: Inst): 'small' | 'count' | 'concurrent' | 'majority' | null {
    const v = s.timings.profile.values;
    const list = this.instOf(s.idx);
    if (v.minAuto && list.length < v.minAuto.v) return 'small';
    const down = list.filter((y) => !y.alive);
    if (list.length - down.length < majorityOf(list.length)) return 'majority';
    const max = v.maxAuto?.v ?? Infinity;
    const used = down.filter((y) => y !== x && this.cbAuto.has(y)).length;
    if (used >= max) return 'count';
    // Lost together: within one auto-failover timeout of each other, none failed over yet (x itself included).
    const together = down.filter((y) => !this.cbAuto.has(y) && x.failedAt - y.failedAt < (s.selfDetect ?? 0)).length;
    if (used + together > max) return 'concurrent';
    return null;
  }
  private readonly withTakeovers: number[] = [];
  private readonly stores: number[] = [];
  private readonly softCallers: number[] = [];

  private instOf(i: number): Inst[] {
    let list = this.insts.get(i);
    if (!list) {
      const s = this.nodes[i]!;
      list = [];
      // A dormant node (pilot light) runs nothing until it wakes.
      for (let k = 0; k < (this.cap[i]!.dormant ? 0 : s.instances); k++) {
        const zone = s.zoneOf(k);
        list.push({ nodeDown: false, hostLost: false, alive: true, failedAt: -1, zone, region: s.regionOf(zone) });
      }
      this.insts.set(i, list);
    }
    return list;
  }

  settleBaseline(): void {
    this.settle(0, true);
  }

  /** The request classes after settleBaseline, with their baseline values. */
  baselineClasses(): readonly ClassTrack[] {
    return this.classList ?? [];
  }

  lastValues(): number[] {
    return this.last.slice();
  }

  isClean(): boolean {
    if (this.sized || this.overloaded.size || this.events.length) return false;
    for (const bad of this.dnsBad.values()) if (bad.size) return false;
    for (const bad of this.deepBad.values()) if (bad.size) return false;
    return true;
  }

  // ---- scheduling ----------------------------------------------------------

  /** Callbacks for the end of the current moment, after it has settled (see run). */
  private readonly afterSettle: ((t: number) => void)[] = [];

  private at(t: number, run: (t: number) => void): void {
    const at = roundT(t);
    if (at >= this.opt.horizon) return;
    this.queue.push({ at, seq: this.seq++, run });
  }

  private emit(type: string, target: string, message: Localized, data?: SimEvent['data']): void {
    if (type === 'promoted') message = this.clientsCaveat(target, message);
    this.events.push(data ? { at: this.now, type, target, message, data } : { at: this.now, type, target, message });
  }

  private readonly caveatSaid = new Set<string>();
  /**
   * A promotion by a manager that leaves moving the applications to hooks nobody wrote (repmgr, Patroni, MHA,
   * orchestrator with the applications at the primary's own address): the figures assume they follow it, said with the
   * first promotion of that copy (round 125 r03: the service "fully served again" at the promotion, nothing said).
   */
  private clientsCaveat(target: string, message: Localized): Localized {
    if (this.caveatSaid.has(target)) return message;
    const n = this.m.design.nodes.get(target);
    const u = n ? unmovedClients(this.m.design, n) : null;
    if (!u) return message;
    this.caveatSaid.add(target);
    const who = u.callers.map((c) => c.name).join(', ');
    return u.pooler
      ? L(
          `${message.en} (${who} still name${u.callers.length > 1 ? '' : 's'} ${u.primary.name} only, and ${u.product} repoints no pooler by itself: the run assumes a hook of yours does — without one the applications keep reaching the dead primary.)`,
          `${message.ko} (${josa(who, '은/는')} 여전히 ${u.primary.name}만 가리키고, ${josa(u.product, '은/는')} 풀러를 스스로 바꾸지 않습니다. 이 실행은 직접 만든 훅이 바꾼다고 가정합니다. 훅이 없으면 애플리케이션은 죽은 프라이머리로 계속 갑니다.)`,
        )
      : L(
          `${message.en} (${who} call${u.callers.length > 1 ? '' : 's'} ${u.primary.name} at its own address, and ${u.product} moves no application by itself: the run assumes they follow the promotion — without a proxy, a virtual IP or a hook of yours they keep calling the dead primary; manual-failover says how.)`,
          `${message.ko} (${josa(who, '은/는')} ${u.primary.name}의 고정 주소를 호출하고, ${josa(u.product, '은/는')} 애플리케이션을 스스로 옮기지 않습니다. 이 실행은 애플리케이션이 승격을 따라간다고 가정합니다. 프록시, 가상 IP, 직접 만든 훅이 없으면 죽은 프라이머리를 계속 호출합니다. 방법은 manual-failover가 알려 줍니다.)`,
        );
  }

  /** Events that name several instances of one node at one moment (a zone taking two of its instances): one line each. */
  private readonly batches = new Map<string, { at: number; event: SimEvent; names: string[] }>();

  /**
   * One event for every instance of node `s` that the same cause (`key`: a balancer, the node's clients) reports at this
   * moment: the first call emits it, later ones name their instance in it. `say` writes it for the names so far, and
   * whether none of the node's instances is left.
   */
  private emitForInstances(key: string, type: string, s: SimNode, name: string, say: (names: { en: string; ko: string; many: boolean }, none: boolean) => Localized): void {
    const b = this.batches.get(key);
    const none = this.live[s.idx]! <= 0;
    if (b && b.at === this.now && b.event.type === type) {
      b.names.push(name);
      b.event.target = s.name;
      b.event.message = say(namesOf(b.names), none);
      return;
    }
    this.emit(type, name, say(namesOf([name]), none));
    this.batches.set(key, { at: this.now, event: this.events[this.events.length - 1]!, names: [name] });
  }

  private instName(s: SimNode, i: number): string {
    return s.instances > 1 || this.instOf(s.idx).length > 1 ? `${s.name}#${i + 1}` : s.name;
  }

  // ---- run -----------------------------------------------------------------

  run(steps: SimStep[]): RunResult {
    // The state before any step is the baseline each entry is measured against.
    if (this.act === this.m.order) this.settle(0, true);
    if (this.opt.states) this.recordStates(0);
    const sorted = steps.map((s, i) => ({ s, i })).sort((a, b) => a.s.at - b.s.at || a.i - b.i);
    // A recovery the scenario writes is when the node is back (a crash-looping deploy, a bad config: the cases a
    // restart does not fix): no automatic repair brings it back sooner.
    for (const { s } of sorted) if (s.type === 'recover' && s.target.type === 'node') this.writtenRecoveries.push({ node: s.target.node, instance: s.target.instance, at: s.at });
    for (const { s } of sorted) this.at(Math.max(0, s.at), (t) => this.step(s, t));
    while (this.queue.size && !this.escaped) {
      const t = this.queue.peek()!.at;
      this.now = t;
      while (this.queue.size && this.queue.peek()!.at === t) this.queue.pop()!.run(t);
      this.settle(t, false);
      // (What must see the moment settled — a node repaired at this very moment serving — and changes nothing that needs
      // another settle: it says something or schedules later events.)
      if (this.afterSettle.length) for (const f of this.afterSettle.splice(0)) f(t);
      if (this.opt.states) this.recordStates(t);
    }
    const out = this.finish();
    if (this.ctx && this.act !== this.m.order) {
      for (const list of this.insts.keys()) this.touched.add(list);
      this.ctx.restore(this.touched);
      for (const l of this.limits) for (const c of l.callers) this.connF[c.idx] = 1;
      if (this.dirtyRoutes) for (const [r, routes] of this.dirtyRoutes) this.ctx.restoreRoutes(r, routes);
    }
    return out;
  }

  private finish(): RunResult {
    const H = this.opt.horizon;
    const entries: EntrySeries[] = this.entryIdx.map((k) => {
      const e = this.m.entries[k]!;
      const pts = this.points[k]!;
      const base = this.base[k]!;
      let down = 0;
      let degraded = 0;
      let firstBad: number | null = null;
      let lastGood: number | null = null;
      for (let i = 0; i < pts.length; i++) {
        const p = pts[i]!;
        const end = i + 1 < pts.length ? pts[i + 1]!.at : H;
        const len = Math.max(0, end - p.at);
        const bad = p.success < base - EPS;
        if (bad) {
          if (p.success <= EPS) down += len;
          else degraded += len;
          if (firstBad === null) firstBad = p.at;
          lastGood = null;
        } else if (firstBad !== null && lastGood === null) lastGood = p.at;
      }
      const lastBad = pts[pts.length - 1]!.success < base - EPS;
      const recovery = firstBad === null ? 0 : lastBad ? null : roundT(lastGood! - firstBad);
      const series: EntrySeries = { entry: this.nodes[e]!.name, points: pts, baseline: base, downSeconds: roundT(down), degradedSeconds: roundT(degraded), recoverySeconds: recovery };
      const by = recovery !== null && recovery > 0 && lastGood !== null ? this.restoredAt.get(roundT(lastGood)) : undefined;
      if (by) series.recoveredBy = by;
      return series;
    });
    // Each node's lost sessions count for the users whose requests pass it: with rates, its share of the clients' load
    // at baseline (two sites' application tiers each hold half the users); without, all of them.
    // Nodes holding sessions side by side (two sites' tiers, each with its share of the users) lose disjoint users: the
    // shares add up (to all of them at most).
    let lostShare = 0;
    const baseLoad = this.restingLoad();
    const total = this.m.hasRate ? this.m.nodes.reduce((a, n) => a + (n.client ? (n.rate ?? 0) : 0), 0) : 0;
    const flow = total > 0 || !this.sessionLoss.size ? null : this.flowShares();
    // Shares of the users who have sessions: the requests that pass a tier holding them (static files fetched from a
    // bucket carry none), not of every request.
    let holders = 0;
    if (this.sessionLoss.size)
      // (A tier whose sessions are copied between its members — `sessions=replicated`, Tomcat's DeltaManager or a data grid
      // (sessionGrid) — holds them too: round 111c r03 counted a queue's client without sessions among the users, 85.7 % for
      // all of them.)
      for (const n of this.nodes) if (n.sessionStore >= 0 || n.localSessions || textAttr(n.node, 'sessions') === 'replicated') holders += total > 0 && baseLoad ? baseLoad[n.idx]! : flow ? flow[n.idx]! : 0;
    const whole = total > 0 ? total : 1;
    const denom = holders > 0 ? Math.min(whole, holders) : whole;
    // Tiers in series reading one session store (`a -> b`, both `sessions=rc`) hold the same users' sessions: the store's
    // loss counts once, on the tier in front (round 101 r02 counted 1 − (1 − s)²).
    const behind = new Set<number>();
    if (this.sessionLoss.size > 1)
      for (const [i, v] of this.sessionLoss) {
        const st = this.nodes[i]!.sessionStore;
        if (st < 0) continue;
        const reach = calleeClosure(this.m, i);
        for (const [j, vj] of this.sessionLoss) if (j !== i && !behind.has(i) && this.nodes[j]!.sessionStore === st && reach.has(j) && vj <= v) behind.add(j);
      }
    for (const [i, v] of this.sessionLoss) {
      if (behind.has(i)) continue;
      const w = total > 0 && baseLoad ? Math.min(1, baseLoad[i]! / denom) : flow ? Math.min(1, flow[i]! / denom) : 1;
      lostShare += Math.min(1, v) * w;
    }
    const keep = 1 - Math.min(1, lostShare);
    // (Before the writes lost are read: a queue's messages expired by the end of the run count among them.)
    const queues = this.finishQueues(H);
    return {
      events: this.events,
      entries,
      entryIndex: this.entryIdx,
      writesLostSeconds: roundT(Math.max(this.writesLost, ...this.dataLoss.values())),
      stall: this.stall,
      sessionsLost: Math.round((1 - keep) * 1e6) / 1e6,
      repairs: this.repairs,
      states: this.states,
      classes: this.finishClasses(H),
      queues,
    };
  }

  // ---- request classes (routes) ----------------------------------------------

  /** The route of router r the client at entry position k is pinned to (SimNode.routePin), or undefined. */
  private pinOf(k: number, r: number): number | undefined {
    return this.nodes[this.m.entries[k]!]!.routePin?.get(r);
  }

  /**
   * Whether an entry pinned to route `pin` of router r (undefined: to none) sends requests on `route`: its own route when
   * pinned, else a route of some share (not one only the clients naming it take: pinnedBy).
   */
  private sends(pin: number | undefined, r: number, route: number): boolean {
    return pin !== undefined ? pin === route : this.nodes[r]!.routes![route]!.share > 0;
  }

  /** Per entry position and routed router reached from it: one class per route. Computed once. */
  private classList: ClassTrack[] | null = null;

  private classesOf(): ClassTrack[] {
    if (this.classList) return this.classList;
    if (this.opt.classes === false) return (this.classList = []);
    const list: ClassTrack[] = [];
    const routed = this.act.filter((i) => this.nodes[i]!.routes !== null);
    if (routed.length && this.ctx && this.sparse) {
      const ctx = this.ctx;
      const fast = new Map<number, boolean>();
      for (const r of routed) fast.set(r, this.quietAbove(r));
      for (const k of this.entryIdx) {
        for (const r of routed) {
          const base = ctx.baseClass.get(r)?.get(k);
          if (!base) continue;
          const pin = this.pinOf(k, r);
          if (!fast.get(r)) {
            this.nodes[r]!.routes!.forEach((_, route) => this.sends(pin, r, route) && list.push({ k, router: r, route, points: [], last: -1, base: 1 }));
            continue;
          }
          // The routes the run evaluates; the others keep their baseline value all run long, and only a class down at baseline is worth reporting.
          const dirty = this.dirtyRoutes?.get(r) ?? [];
          const down = ctx.downAtBase(r, k);
          const routes = down.length ? [...new Set([...dirty, ...down])].sort((a, b) => a - b) : dirty;
          const isDirty = down.length ? new Set(dirty) : null;
          const routeBase = ctx.baseRouteVal.get(r);
          for (const route of routes) {
            if (!this.sends(pin, r, route)) continue;
            if (!isDirty || isDirty.has(route)) list.push({ k, router: r, route, points: [], last: -1, base: 1, quiet: routeBase ? { route: routeBase[route]!, value: base[route]! } : undefined });
            else list.push({ fixed: true, k, router: r, route, points: [{ at: 0, success: base[route]! }], last: base[route]!, base: 1 });
          }
        }
      }
    } else if (routed.length) {
      for (const k of this.entryIdx) {
        const reached = closure(new Set([this.m.entries[k]!]), this.m.succ);
        for (const r of routed) {
          if (!reached.has(r)) continue;
          const pin = this.pinOf(k, r);
          this.nodes[r]!.routes!.forEach((_, route) => this.sends(pin, r, route) && list.push({ k, router: r, route, points: [], last: -1, base: 1 }));
        }
      }
    }
    return (this.classList = list);
  }

  /**
   * In a sparse sweep run: whether everything upstream of router r (r aside) and
   * every other input of those nodes stays at its baseline for the whole run — the
   * run neither evaluates those inputs nor changes the upstream nodes' own load or
   * instances, and none of them decides by time (DNS checks, groups) or closes a
   * cycle. Then a class of r can only differ from its baseline through its route's
   * pool: the classes of the routes the run does not evaluate keep their value.
   */
  private quietAbove(r: number): boolean {
    const changed = this.changed;
    if (!changed || changed.has(r)) return false;
    const anc = this.ancestorsOf(r);
    const inAnc = new Set(anc);
    const inAct = this.inAct;
    for (const x of anc) {
      if (this.connCallers.has(x)) return false;
      if (x === r) continue;
      const s = this.nodes[x]!;
      if (changed.has(x) || s.group !== null || s.demotesWith >= 0 || s.syncWait >= 0 || (s.or !== null && s.or !== 'lb') || s.back.size) return false;
      for (const a of this.m.succ[x]!) if (a !== r && !inAnc.has(a) && inAct.has(a)) return false;
    }
    return true;
  }

  /** Per router: the evaluated nodes whose value depends on it (itself included), in evaluation order. */
  private readonly ancestors = new Map<number, number[]>();

  private ancestorsOf(r: number): number[] {
    let list = this.ancestors.get(r);
    if (!list) {
      // The (few) nodes upstream of r that the run evaluates, in evaluation order (act is sorted by position).
      const up = closure(new Set([r]), this.m.preds);
      const pos = this.m.pos;
      list = [...up].filter((i) => !this.sparse || this.inAct.has(i)).sort((a, b) => pos[a]! - pos[b]!);
      this.ancestors.set(r, list);
    }
    return list;
  }

  /**
   * Each class's success now: with its router standing for that one route,
   * only the nodes upstream of the router are evaluated again (the rest does not
   * depend on it). A sparse sweep run tracks fewer classes (classesOf).
   */
  private recordClasses(t: number, initial: boolean): void {
    const list = this.classesOf();
    if (!list.length) return;
    const saved = new Map<number, number>();
    const savedRoutes = new Map<number, Float64Array>();
    const savedAlt = new Map<number, Float64Array>();
    // What the class passes overwrite: the routers' ancestors' values, and the route values and DNS
    // alternatives of those ancestors that are evaluated (a router standing for one route writes nothing).
    // Saved on the first class that is evaluated: often none is (a sweep run's quiet classes at their baseline).
    let needSave = true;
    const save = (): void => {
      needSave = false;
      let seen = -1;
      for (const c of list) {
        if (c.router === seen || c.fixed) continue;
        seen = c.router;
        for (const i of this.ancestorsOf(c.router)) {
          if (!saved.has(i)) saved.set(i, this.inner[i]!);
          if (i === c.router) continue;
          const rv = this.routeVal.get(i);
          if (rv && !savedRoutes.has(i)) savedRoutes.set(i, rv.slice());
          const alt = this.altS.get(i);
          if (alt && !savedAlt.has(i)) savedAlt.set(i, alt.slice());
        }
      }
    };
    const restore = (): void => {
      for (const [i, v] of saved) this.inner[i] = v;
      for (const [i, v] of savedRoutes) this.routeVal.get(i)?.set(v);
      for (const [i, v] of savedAlt) this.altS.get(i)?.set(v);
    };
    let cur: { router: number; route: number } | null = null;
    for (const c of list) {
      if (c.fixed) continue;
      let v: number;
      // A quiet class (quietAbove) depends only on its route's value: at the route's baseline value, it is at its own.
      const vals = c.quiet ? this.routeVal.get(c.router) : undefined;
      if (c.quiet && vals && Math.abs(vals[c.route]! - c.quiet.route) <= EPS) v = c.quiet.value;
      else {
        if (needSave) save();
        if (!cur || cur.router !== c.router || cur.route !== c.route) {
          // Another router's classes: the previous router's override must not stay in the values its ancestors
          // wrote (the new router's ancestors read them: a client calling two balancers reads both).
          if (cur && cur.router !== c.router) restore();
          cur = { router: c.router, route: c.route };
          this.classOverride = cur;
          const anc = this.ancestorsOf(c.router);
          for (let k = anc.length - 1; k >= 0; k--) this.evalNode(anc[k]!, t);
        }
        v = Math.max(0, Math.min(1, this.entrySuccess(this.m.entries[c.k]!, t)));
      }
      if (initial) c.base = v;
      // With client rates, whether no request reaches the class's router now, as none did before the run (a recovery
      // site's servers behind a failover record nobody was moved to yet; see finishClasses). (A router that requests
      // reached before is not idle when a loss upstream stops them: those requests fail.)
      // (A pilot light running nothing while no traffic reaches it is idle too: round 121 r06.)
      const idle = this.idleRouter(c.router) && this.load[c.router]! <= EPS && (this.cap[c.router]!.dormant && this.live[c.router]! <= 0 ? true : this.prov[c.router] === c.router && this.live[c.router]! > 0);
      if (!idle) c.reached = true;
      // A sweep run starts from the shared baseline: the class was served before the loss.
      if (!c.points.length && t > 0) c.points.push({ at: 0, success: c.base });
      if (Math.abs(v - c.last) <= EPS && idle === (c.idle ?? false)) continue;
      const pts = c.points;
      const pt = idle ? { at: t, success: v, idle } : { at: t, success: v };
      if (pts.length && pts[pts.length - 1]!.at === t) pts[pts.length - 1] = pt;
      else pts.push(pt);
      c.last = v;
      c.idle = idle;
    }
    this.classOverride = null;
    restore();
  }

  /** The load before the run: the sweep's shared baseline, or this run's first settle; null without one (no rates). */
  private restingLoad(): Float64Array | null {
    return this.ctx ? this.ctx.base.load : this.baselineLoad;
  }

  /** With client rates: whether no request reached router r before the run (the baseline's load). */
  private idleRouter(r: number): boolean {
    const base = this.restingLoad();
    return this.m.hasRate && base !== null && base[r]! <= EPS;
  }

  private finishClasses(H: number): ClassSeries[] {
    // A quiet class that kept its baseline value all run is left out, as the classes the run never evaluated are.
    // With client rates, a class whose router no request reached all run long while it served (a recovery site's
    // servers behind a failover record that never moved anyone there) is left out too: its "all failing" would be a
    // failure of requests nobody sent (round 116c r05).
    const unsent = (c: ClassTrack): boolean => (c.fixed ? this.idleRouter(c.router) : !c.reached);
    const kept = (this.classList ?? []).filter((c) => !unsent(c) && (!c.quiet || c.quiet.value <= EPS || c.points.some((p) => Math.abs(p.success - c.quiet!.value) > EPS)));
    return kept.map((c) => {
      let down = 0;
      c.points.forEach((p, i) => {
        const end = i + 1 < c.points.length ? c.points[i + 1]!.at : H;
        // (Not while no request reached it: nothing failed then.)
        if (p.success <= EPS && !p.idle) down += Math.max(0, end - p.at);
      });
      const router = this.nodes[c.router]!;
      const route = router.routes![c.route]!;
      // (A route some clients name: its share of the router's load before the run — theirs and the rest's.)
      const base = router.pinnedBy && this.restingLoad();
      const share = base ? (this.pinnedShares(router, base[c.router]!)?.[c.route] ?? route.share) : route.share;
      return { entry: this.nodes[this.m.entries[c.k]!]!.name, name: `${router.name} ${route.label ?? '(default)'}`, share, points: c.points, baseline: c.base, downSeconds: roundT(down) };
    });
  }

  // ---- queues: backlog and processing delay ---------------------------------------

  private readonly queueState = new Map<number, QueueTrack>();
  /** Data lost with a node or a place (key `i` or `i:shard`): seconds of writes, Infinity with no usable backup. */
  private readonly dataLoss = new Map<string, number>();
  /** Monitors that decide some takeover (`coordinator=` naming them): their own failure counts. */
  private coordinatorSet: Set<number> | null = null;
  /** A deciding monitor's process stops or is back (it serves no requests: only its instances' state and count change). */
  private setCoordinatorUp(idx: number, up: boolean): void {
    for (const x of this.instOf(idx)) {
      if (x.alive === up) continue;
      x.nodeDown = !up;
      x.alive = up;
      this.live[idx]! += up ? 1 : -1;
    }
  }

  /**
   * A lone process that decides a failover (`coordinator=` naming it: a pg_auto_failover monitor, an MHA manager) lost
   * with nothing else: nothing fails yet, but the failover it decides is off until it is back (round 45b r05).
   */
  private failoverOff(idx: number): void {
    const c = this.nodes[idx]!;
    if (c.group !== null || this.live[idx]! > 0) return;
    for (const s of this.nodes) {
      if (!this.live[s.idx]) continue;
      for (const k of s.takeovers) {
        if (k.coordinator !== idx || !this.live[k.by]) continue;
        const by = this.nodes[k.by]!.name;
        this.emit(
          'failover-blocked',
          s.name,
          L(
            `Automatic failover of ${s.name} is off while ${c.name} is down: it alone decides to promote ${by}, so if ${s.name} fails now, ${by} waits until ${c.name} is back or a person promotes it.`,
            `${josa(c.name, '이/가')} 멈춘 동안 ${s.name}의 자동 페일오버는 꺼져 있습니다. ${josa(by, '을/를')} 승격할지는 ${josa(c.name, '이/가')} 혼자 정하므로, 지금 ${josa(s.name, '이/가')} 멈추면 ${josa(c.name, '이/가')} 돌아오거나 사람이 승격할 때까지 ${josa(by, '은/는')} 기다립니다.`,
          ),
        );
        break;
      }
    }
  }

  private get coordinators(): Set<number> {
    if (this.coordinatorSet === null) {
      this.coordinatorSet = new Set();
      for (const n of this.m.nodes) for (const t of n.takeovers) if (t.coordinator >= 0 && this.m.nodes[t.coordinator]!.ignored) this.coordinatorSet.add(t.coordinator);
    }
    return this.coordinatorSet;
  }

  /**
   * The share of consumer c's instances lost less than `session.timeout.ms` ago (KAFKA_CONSUMER): the partitions they read
   * wait for the group to rebalance them to the others (round 56b r03).
   */
  private unrebalanced(c: number): number {
    const p = this.prov[c]!;
    const list = p >= 0 ? this.insts.get(p) : undefined;
    if (!list || list.length < 2) return 0;
    let n = 0;
    // (Back sooner — a pod replaced in 20 s — it joins as a new member: the lost member's partitions still wait for its
    // session to expire; round 86b r07.)
    for (const x of list) if (x.failedAt >= 0 && this.now < x.failedAt + KAFKA_CONSUMER.sessionTimeout.v) n++;
    return n >= list.length ? 0 : n / list.length;
  }

  /**
   * Share of a queue's messages that its consumers process now: the best consumer (any live one takes messages from a
   * work queue). A log (Kafka, Kinesis, Pub/Sub) delivers every message to each consuming service, its own consumer
   * group: the share is the slowest group's — each group must read them all.
   */
  private processing(q: SimNode): number {
    const readers = q.consumers;
    if (!readers.length) return 1;
    // The services reading the queue (consumerServices): on a log each reads every message (the slowest decides); on a
    // work-queue broker each reads its own share (an equal one: the average); the instances of one service compete.
    const services = consumerServices(q, this.nodes);
    const log = fansOut(q, this.m.design) && services.length > 1;
    const rate = this.m.hasRate ? this.phys[q.idx]! : 0;
    const mine = log ? rate : rate / services.length;
    let worst = 1;
    let sum = 0;
    const kafka = kafkaProtocol(q);
    for (const group of services) {
      let best = 0;
      let capTotal = 0;
      let capKnown = mine > 0;
      // A Kafka consumer group: a lost member's partitions are read by no one until its session expires (rebalancing);
      // the live members keep their own partitions, each read up to its capacity — the two limits are not multiplied
      // (round 121b r04: 50 % said for 3 members of 15,000/s at 40,000/s with one lost, where 2/3 are read).
      let waiting = 0;
      let shareMax = 0;
      for (const c of group) {
        const uc = kafka ? this.unrebalanced(c) : 0;
        waiting = Math.max(waiting, uc);
        const p = this.prov[c]!;
        const up = p < 0 || this.live[p]! <= 0 ? 0 : consumerInstances(this.nodes[c]!, this.live[p]!, rate);
        // A consumer with request classes (reads and writes) applies a message only with all of them: the weakest
        // class, not their share-weighted mean (round 37: "50 % processed" while its write database was down).
        const sp = p >= 0 ? this.nodes[p]! : null;
        const classVals = sp && sp.routes && sp.or === null ? this.routeVal.get(p) : undefined;
        let inner = p >= 0 ? this.inner[p]! : 0;
        if (classVals) for (const v of classVals) inner = Math.min(inner, v);
        const share = up === 0 ? 0 : this.cf[p]! * inner;
        // With the consumers' capacity and the queue's rate written, the share they keep up with.
        const cap = this.nodes[c]!.capacity;
        if (cap && mine > 0) {
          const free = this.consumerFree(p, cap * up);
          best = Math.max(best, share * Math.min(1 - uc, free / mine));
          // What it processes is what its capacity takes, less what fails on what it calls (a database it overloads).
          capTotal += free * share;
          shareMax = Math.max(shareMax, share);
        } else {
          capKnown = false;
          best = Math.max(best, share * (1 - uc));
        }
      }
      // Competing consumers of one service add up their capacity.
      const v = capKnown && !log ? Math.min(1 - waiting, capTotal / mine, shareMax) : best;
      worst = Math.min(worst, v);
      sum += v;
    }
    return log ? worst : sum / services.length;
  }

  /**
   * The capacity a consumer (its provider p) has for messages out of `total`: what the requests it serves leave — a WAS
   * answering users and taking a queue's messages gives the messages only the rest (round 113c r02 counted the same
   * 400 req/s for the users and the queue). A consumer no request reaches keeps it all.
   */
  private consumerFree(p: number, total: number): number {
    // (The requests it serves: its load less the queues' messages handed to it.)
    return Math.max(0, total - (this.m.hasRate && p >= 0 ? Math.max(0, this.load[p]! - this.msgIn[p]!) : 0));
  }

  /**
   * Seconds for the consumers to work off `backlog` messages at their spare capacity (the live instances' written
   * `capacity` less the incoming rate; for a log, the slowest group's), Infinity with no spare capacity, or null when
   * no consumer's capacity or no rate is written.
   */
  private drainTime(q: SimNode, backlog: number, rate: number, behind?: string[]): number | null {
    if (!(backlog > 0) || !(rate > 0)) return null;
    const services = consumerServices(q, this.nodes);
    const log = fansOut(q, this.m.design) && services.length > 1;
    let slowest = Infinity;
    for (const group of services) {
      // On a log, only the groups that fell behind have the backlog to work off (round 39b: a group that kept up was
      // taken as the slowest).
      if (log && behind?.length && !behind.includes(group.map((c) => this.nodes[c]!.name).join('/'))) continue;
      let total = 0;
      for (const c of group) {
        const s = this.nodes[c]!;
        if (!s.capacity) return null;
        const p = this.prov[c]!;
        // An autoscaled consumer works off a backlog at its maximum (it scales with the queue's depth).
        total += p < 0 || this.live[p]! <= 0 ? 0 : this.consumerFree(p, s.capacity * (s.autoscale ? Math.max(this.live[p]!, s.autoscale.max) : this.live[p]!));
      }
      slowest = Math.min(slowest, total);
    }
    // Each service works off its own messages (a log's every one, a broker's an equal share): the slowest decides.
    const spare = slowest - (log ? rate : rate / services.length);
    return spare > EPS ? backlog / spare : Infinity;
  }

  /** The consumer groups of a log that are behind now (for the backlog message), or [] for a work queue. */
  private laggingGroups(q: SimNode): string[] {
    const services = consumerServices(q, this.nodes);
    if (services.length < 2) return [];
    // A service is behind when none of its instances processes (a log's group, or a broker's service).
    return services
      .filter((group) => group.every((c) => {
        const p = this.prov[c]!;
        return p < 0 || this.live[p]! <= 0 || this.cf[p]! * this.inner[p]! < 1 - EPS;
      }))
      .map((group) => group.map((c) => this.nodes[c]!.name).join('/'));
  }

  /**
   * The messages that reach a queue now: its producers' requests that succeed. A request that fails on another of its
   * producer's dependencies (the database it writes first) enqueues nothing (failure-model §6: a share that failed
   * upstream is not passed on), so a lost database does not fill the queue with work for requests that failed.
   */
  private enqueueRate(q: SimNode, rate: number, accepted: number): number {
    if (!(rate > 0) || !q.callers.length) return rate * accepted;
    let w = 0;
    let ok = 0;
    for (const c of q.callers) {
      const load = this.phys[c]!;
      w += load;
      // A producer's served share already counts the queue's refusals (its requests need the send): not twice (round 99
      // r06 halved a Kafka backlog); a client's sends are refused by the queue's own share.
      ok += load * (this.nodes[c]!.client ? accepted : this.publishing(c, q.idx, 0));
    }
    return w > EPS ? (rate * ok) / w : rate * accepted;
  }

  /**
   * The share of caller c's requests toward `to` that are published: a client (devices, producers outside the design)
   * sends whatever else fails; a producer, only the requests it serves (its classes toward `to`); a balancer in front of
   * the queue, what its own producers publish through it (round 58b r04: an order API whose every write failed still
   * queued its messages through HAProxy).
   */
  private publishing(c: number, to: number, depth: number): number {
    const n = this.nodes[c]!;
    if (n.client) return 1;
    const p = this.prov[c]!;
    if (p < 0 || this.live[p]! <= 0) return 0;
    const own = this.cf[p]! * this.classesToward(p, to);
    if (n.or !== 'lb' || depth > 4 || !n.callers.length) return own;
    let w = 0;
    let ok = 0;
    for (const b of n.callers) {
      const load = this.phys[b]!;
      w += load;
      ok += load * this.publishing(b, c, depth + 1);
    }
    return w > EPS ? (own * ok) / w : own;
  }

  /**
   * The share of node p's requests that succeed among those that call `to`: with request classes, only the classes whose
   * pool includes it (round 40b: the orders of a failing writes class were queued while every write failed).
   */
  private classesToward(p: number, to: number): number {
    const s = this.nodes[p]!;
    const vals = s.routes ? this.routeVal.get(p) : undefined;
    if (!s.routes || !vals) return this.inner[p]!;
    let w = 0;
    let acc = 0;
    for (let r = 0; r < s.routes.length; r++) {
      const rt = s.routes[r]!;
      if (!rt.pool.includes(to)) continue;
      w += rt.share;
      acc += rt.share * vals[r]!;
    }
    return w > 0 ? acc / w : this.inner[p]!;
  }

  /** Whether some consumer of a queue has a live instance (it may still process nothing: blocked on what it calls). */
  private consumersUp(q: SimNode): boolean {
    return q.consumers.some((c) => {
      const p = this.prov[c]!;
      return p >= 0 && this.live[p]! > 0;
    });
  }

  /**
   * Backlog grows at the producers' rate × the unprocessed share while the queue
   * accepts messages; it drains at once when processing is whole again (spare
   * consumer capacity is not modelled). The delay is how long processing was short.
   */
  private trackQueues(t: number): void {
    // (The sweep tracks only queues with a retention written: their expired messages are data lost, which the estimate
    // and rpo-not-met must see — round 79c r01; the backlog figures alone are the single runs'.)
    if (this.opt.sweep && !this.retentionQueues().length) return;
    for (const i of this.opt.sweep ? this.retentionQueues() : this.act) {
      const q = this.nodes[i]!;
      if (!q.consumers.length) continue;
      let st = this.queueState.get(i);
      if (!st) this.queueState.set(i, (st = { p: 1, rate: 0, since: null, from: t, backlog: 0, maxBacklog: 0, maxDelay: 0, retention: retentionOf(q), lost: 0 }));
      advanceQueue(st, t);
      // A voting queue without its majority (a Kafka cluster below min.insync.replicas) refuses the sends: nothing waits
      // in it for them (round 39b: a backlog grew while every send failed).
      const accepted = q.group !== null ? Math.max(0, Math.min(1, this.groups.factor(i))) : 1;
      const queueUp = this.prov[i]! >= 0 && this.live[this.prov[i]!]! > 0;
      const accepting = queueUp && accepted > EPS;
      // A queue lost while messages wait in it: with no other copy of them (one broker, self-run, nothing taking over) they
      // are gone with it — accepted from their producers, never processed (round 80c r01: "900,000 handled", 0 s lost).
      // (A broker whose journal is on storage that is still up — Artemis or IBM MQ on a NAS — keeps them for its repair.)
      const journalUp = q.callees.some((c) => this.nodes[c]!.kind === 'storage' && this.prov[c]! >= 0 && this.live[this.prov[c]!]! > 0);
      // A managed queue keeps its copies over its region's zones, not beyond — SQS, Service Bus and Pub/Sub are regional,
      // and Service Bus Geo-DR pairs the metadata, not the messages. Lost with its region, nothing taking over elsewhere,
      // its waiting messages are counted lost (failure-model §5: a region loss loses what was only in that region;
      // round 112c r08) — and kept waiting: if the region comes back, so do they (recoverTarget), and they are processed late.
      if (!queueUp && !journalUp && st.since !== null && st.backlog >= 0.5 && st.rate > 0 && q.managed && !q.takeovers.length && !this.strandedQueues.has(i) && this.regionLost(i)) {
        const span = st.backlog / st.rate;
        this.strandedQueues.set(i, Math.round(st.backlog));
        this.loseWrites(
          span,
          q.name,
          i,
          L(
            `${q.name} is lost with its region, and the ${num(Math.round(st.backlog))} message(s) waiting in it with it: accepted from their producers, never processed, and kept only in that region (a managed queue replicates within its region) — about ${d(span)} of what was sent is lost unless the region comes back.`,
            `${josa(q.name, '이/가')} 리전과 함께 사라지고, 처리되지 않은 채 기다리던 메시지 ${num(Math.round(st.backlog))}개도 함께 사라집니다. 프로듀서에게 수신을 확인해 준 메시지인데 그 리전 안에만 있었으므로(관리형 큐는 리전 안에서만 복제합니다), 리전이 돌아오지 않는 한 보낸 것 중 약 ${dk(span)} 분량을 잃습니다.`,
          ),
        );
      }
      if (!queueUp && !journalUp && st.since !== null && st.backlog >= 0.5 && st.rate > 0 && q.instances <= 1 && !q.managed && !q.takeovers.length) {
        const span = st.backlog / st.rate;
        this.loseWrites(
          span,
          q.name,
          i,
          L(
            `${q.name} is lost with the ${num(Math.round(st.backlog))} message(s) waiting in it, accepted from their producers and never processed, and no other copy of them: about ${d(span)} of what was sent is lost.`,
            `${josa(q.name, '이/가')} 처리되지 않은 채 기다리던 메시지 ${num(Math.round(st.backlog))}개와 함께 사라집니다. 프로듀서에게 수신을 확인해 준 메시지이고 다른 사본이 없어, 보낸 것 중 약 ${dk(span)} 분량을 잃습니다.`,
          ),
        );
        st.since = null;
        st.backlog = 0;
        st.p = 1;
        st.rate = 0;
        continue;
      }
      // (A queue that is down holds its waiting messages, if anything does: they wait, not "processed again".)
      const p = accepting ? this.processing(q) : queueUp ? 1 : st.since !== null ? 0 : 1;
      const rate = this.m.hasRate ? this.enqueueRate(q, this.phys[i]!, accepted) : 0;
      if (p < 1 - EPS && st.since === null) {
        st.since = t;
        const R = st.retention;
        if (R !== null) {
          const since = t;
          this.at(t + R, () => {
            if (st.since !== since) return;
            this.emit(
              'messages-expired',
              q.name,
              L(
                `${q.name}'s oldest waiting messages reach its retention (${d(R)}) and are deleted unprocessed: from now on every message older than ${d(R)} is lost.`,
                `${q.name}에서 가장 오래 기다린 메시지가 보존 기간(${dk(R)})에 이르러 처리되지 못한 채 삭제됩니다: 이제부터 ${dk(R)}보다 오래된 메시지는 모두 사라집니다.`,
              ),
            );
          });
        }
        const lagging = this.laggingGroups(q);
        st.behind = lagging;
        // Consumers up but blocked on what they call (marked, for the run's reader: simulate.ts settledEvents).
        const blocked = !lagging.length && p <= EPS && this.consumersUp(q);
        this.emit(
          'backlog',
          q.name,
          lagging.length && splitsConsumers(q, this.nodes, this.m.design)
            ? L(
                `${lagging.join(', ')} ${lagging.length > 1 ? 'are' : 'is'} behind on ${q.name}: each service on the broker reads its own messages, so ${lagging.length > 1 ? 'their messages wait' : 'its messages wait'}${rate > 0 ? ` (${num(rate / consumerServices(q, this.nodes).length)} per second${lagging.length > 1 ? ' each' : ''}: an equal share of the ${num(rate)} assumed)` : ''} while the other services keep up. No user request fails for it.`,
                `${lagging.join(', ')} 노드가 ${q.name}에서 뒤처집니다. 브로커의 서비스마다 자기 메시지를 읽으므로, 다른 서비스가 따라가는 동안에도 이 서비스의 메시지는 쌓입니다${rate > 0 ? `(초당 ${num(rate)}개를 똑같이 나눈다고 보고 서비스마다 초당 ${num(rate / consumerServices(q, this.nodes).length)}개)` : ''}. 이 때문에 실패하는 사용자 요청은 없습니다.`,
              )
            : lagging.length
            ? L(
                `${lagging.join(', ')} ${lagging.length > 1 ? 'are' : 'is'} behind on ${q.name}: ${isLog(q) ? 'each consuming service is a consumer group of its own and must read every message' : 'each subscribing service gets every event (its own queue bound to the exchange)'}, so ${lagging.length > 1 ? 'their' : 'its'} lag grows${rate > 0 ? ` (${num(rate * (1 - p))} per second${lagging.length > 1 ? ' for the slowest' : ''}, of the ${num(rate)} arriving)` : ''} while the other groups keep up. No user request fails for it.`,
                `${lagging.join(', ')} 노드가 ${q.name}에서 뒤처집니다. ${isLog(q) ? '소비하는 서비스마다 자기 컨슈머 그룹이라 모든 메시지를 읽어야 하므로' : '구독하는 서비스마다 이벤트를 모두 받으므로(익스체인지에 묶인 자기 큐)'}, 다른 그룹이 따라가는 동안에도 이 그룹의 지연(lag)이 늘어납니다${rate > 0 ? `(들어오는 초당 ${num(rate)}개 중 ${lagging.length > 1 ? '가장 느린 그룹에서 ' : ''}초당 ${num(rate * (1 - p))}개씩)` : ''}. 이 때문에 실패하는 사용자 요청은 없습니다.`,
              )
            : blocked
            ? L(
                `${q.name}'s consumers are up but blocked — what they need to process a message is down: messages wait in the queue${rate > 0 ? ` (${num(rate)} per second)` : ''}. No user request fails for it.`,
                `${q.name}의 컨슈머는 살아 있지만 메시지를 처리하는 데 필요한 곳이 멈춰 처리하지 못하고, 메시지가 큐에 쌓입니다${rate > 0 ? `(초당 ${num(rate)}개)` : ''}. 이 때문에 실패하는 사용자 요청은 없습니다.`,
              )
            : p <= EPS
            ? L(
                `No consumer of ${q.name} is processing: messages wait in the queue${rate > 0 ? ` (${num(rate)} per second)` : ''}. No user request fails for it.`,
                `${q.name}의 메시지를 처리하는 컨슈머가 없어 메시지가 큐에 쌓입니다${rate > 0 ? `(초당 ${num(rate)}개)` : ''}. 이 때문에 실패하는 사용자 요청은 없습니다.`,
              )
            : L(`${q.name}'s consumers process only ${pct(p)} of its messages: the rest wait.`, `${q.name}의 컨슈머가 메시지의 ${pct(p)}만 처리해 나머지는 큐에 쌓입니다.`),
          blocked ? { blocked: 1 } : undefined,
        );
      } else if (p >= 1 - EPS && st.since !== null) {
        expire(st, t);
        // (Only for a queue whose messages the clients' rates reach: a producer nothing calls — a CDC connector, a
        // scheduler — sends at a rate the design does not say, so nothing is known to have stopped.)
        const baseIn = (this.ctx ? this.ctx.base.load : this.baselineLoad)?.[i] ?? 0;
        if (this.m.hasRate && baseIn > 0 && st.backlog < 0.5 && st.lost < 0.5) {
          // Nothing arrived meanwhile (its producers' requests failed too): no message waited, none is late.
          this.emit('backlog-drained', q.name, L(`${q.name} is processed again; no message waited meanwhile (its producers' requests failed too, so none were added).`, `${q.name}의 처리가 재개됩니다. 그동안 생산자의 요청도 실패해 새로 들어온 메시지가 없으므로 기다린 메시지는 없습니다.`));
          st.since = null;
          st.backlog = 0;
          st.p = p;
          st.rate = rate;
          continue;
        }
        const late = st.retention !== null ? Math.min(st.retention, t - st.since) : t - st.since;
        // With the consumers' capacity written, the backlog drains at their spare capacity (capacity − the incoming rate).
        const drain = this.drainTime(q, st.backlog, rate, st.behind);
        // (The longest any message waited is the oldest's: first in, first out, the backlog drains at the consumers' spare
        // capacity and each later message has less ahead of it — the drain time is no message's delay; round 117b r05.)
        st.maxDelay = Math.max(st.maxDelay, late);
        const drainEn = drain === null ? '' : Number.isFinite(drain) ? `; at the consumers' spare capacity the backlog takes about ${d(drain)} to drain` : `; the consumers have no spare capacity over the incoming rate, so the backlog never drains`;
        const drainKo = drain === null ? '' : Number.isFinite(drain) ? `. 컨슈머의 여유 용량으로는 쌓인 메시지를 다 처리하는 데 약 ${josa(dk(drain), '이/가')} 걸립니다` : `. 컨슈머 용량에 들어오는 속도를 넘는 여유가 없어 쌓인 메시지가 줄지 않습니다`;
        // (Producers that consume another queue: its rate is not carried through it — round 105b r04.)
        const relayed = q.callers.length > 0 && q.callers.every((c) => this.nodes[c]!.consumes.length > 0);
        this.emit(
          'backlog-drained',
          q.name,
          L(
            st.backlog < 0.5 && st.lost < 0.5 && relayed
              ? `${q.name} is processed again: what its producers published meanwhile waited, the oldest ${d(late)} late (how many is not known: they consume another queue, whose rate the run does not carry on).`
              : st.backlog < 0.5 && st.lost < 0.5
              ? // No rate reaches the queue (its producer is called by nothing the design gives a rate): how many is not known.
                `${q.name} is processed again: what its producers sent meanwhile waited, the oldest ${d(late)} late (how many is not known: no rate reaches the queue; write one on a client that calls its producer).`
              : `${q.name} is processed again: ${num(Math.round(st.backlog))} waiting message(s) are handled, the oldest ${d(late)} late${drainEn}${st.lost > 0 ? `; ${num(Math.round(st.lost))} older than the retention were deleted unprocessed` : ''}.`,
            st.backlog < 0.5 && st.lost < 0.5 && relayed
              ? `${q.name}의 처리가 재개됩니다: 그동안 프로듀서가 발행한 메시지가 쌓여 있었고, 가장 오래된 메시지는 ${dk(late)} 늦게 처리됩니다(프로듀서가 다른 큐의 컨슈머라 그 유입량을 이어 계산하지 않으므로 몇 개인지는 모릅니다).`
              : st.backlog < 0.5 && st.lost < 0.5
              ? `${q.name}의 처리가 재개됩니다: 그동안 프로듀서가 보낸 메시지가 쌓여 있었고, 가장 오래된 메시지는 ${dk(late)} 늦게 처리됩니다(큐에 닿는 요청 속도가 없어 몇 개인지는 모릅니다. 프로듀서를 호출하는 client에 rate를 적으세요).`
              : `${q.name}의 처리가 재개됩니다: 쌓인 메시지 ${num(Math.round(st.backlog))}개를 처리하며, 가장 오래된 메시지는 ${dk(late)} 늦게 처리됩니다${drainKo}${st.lost > 0 ? `. 보존 기간을 넘긴 메시지 ${num(Math.round(st.lost))}개는 처리되지 못한 채 삭제되었습니다` : ''}.`,
          ),
        );
        // Messages the producers were told were accepted, deleted unprocessed by the retention: acknowledged data lost, the
        // span of time they were sent in (round 70b r04: 75.6 M Kinesis records expired, "0 s lost, RPO met").
        if (st.lost >= 0.5 && st.rate > 0) {
          const span = st.lost / st.rate;
          this.loseWrites(
            span,
            q.name,
            i,
            L(
              `The ${num(Math.round(st.lost))} message(s) ${q.name} deleted unprocessed were accepted from their producers (acknowledged): about ${d(span)} of what was sent never reaches its consumers and is lost.`,
              `${josa(q.name, '이/가')} 처리하지 못한 채 삭제한 메시지 ${num(Math.round(st.lost))}개는 프로듀서에게 수신을 확인해 준 것입니다. 보낸 것 중 약 ${dk(span)} 분량이 컨슈머에 닿지 못하고 사라집니다.`,
            ),
          );
        }
        st.since = null;
        st.backlog = 0;
      }
      st.p = p;
      st.rate = rate;
    }
  }

  /** The queues of the design with consumers and a retention written (memoized). */
  private retentionQueuesMemo: number[] | null = null;
  private retentionQueues(): number[] {
    return (this.retentionQueuesMemo ??= this.nodes.filter((q) => q.consumers.length > 0 && retentionOf(q) !== null).map((q) => q.idx));
  }

  private finishQueues(H: number): QueueSeries[] {
    const out: QueueSeries[] = [];
    for (const [i, st] of this.queueState) {
      advanceQueue(st, H);
      if (st.since !== null) {
        expire(st, H);
        // Messages deleted by the retention while the consumers are still down at the end of the run are lost just the
        // same: counted now, not only when processing resumes (round 79c r01: "RPO met" while messages expired).
        if (st.lost >= 0.5 && st.rate > 0) {
          const q = this.nodes[i]!;
          const span = st.lost / st.rate;
          this.now = H;
          this.loseWrites(
            span,
            q.name,
            i,
            L(
              `By the end of the run ${q.name} has deleted ${num(Math.round(st.lost))} message(s) unprocessed, past its retention, while nothing consumed them: they were accepted from their producers (acknowledged), so about ${d(span)} of what was sent is lost.`,
              `시뮬레이션이 끝날 때까지 ${josa(q.name, '이/가')} 소비되지 못한 메시지 ${num(Math.round(st.lost))}개를 보존 기간이 지나 삭제했습니다. 프로듀서에게 수신을 확인해 준 메시지이므로 보낸 것 중 약 ${dk(span)} 분량을 잃습니다.`,
            ),
          );
        }
      }
      // (With the clients' rates known, a queue no message reached in the run — a recovery site's queue, its consumers at
      // zero — delayed none: round 118b r04 had such a queue "processed up to 1h 25m late".)
      const baseIn = (this.ctx ? this.ctx.base.load : this.baselineLoad)?.[i] ?? 0;
      const reached = !this.m.hasRate || baseIn > 0 || st.maxBacklog >= 0.5 || st.lost >= 0.5;
      const q: QueueSeries = { queue: this.nodes[i]!.name, backlog: Math.round(st.maxBacklog * 1000) / 1000, delay: reached ? roundT(st.retention !== null ? Math.min(st.maxDelay, st.retention) : st.maxDelay) : 0 };
      if (st.retention !== null) q.expired = Math.round(st.lost * 1000) / 1000;
      out.push(q);
    }
    return out;
  }


  private readonly states: StateAt[] = [];
  /** Times a repair or a managed failover brought an instance back, and which. */
  private readonly restoredAt = new Map<number, 'repair' | 'failover' | 'takeover'>();

  /** Records what every non-client node's instances are doing now (one entry per moment: a later record at the same time replaces it). */
  private recordStates(t: number): void {
    const nodes: NodeState[] = [];
    const servingFor = new Map<number, number>();
    for (const s of this.nodes) {
      if (s.client) continue;
      const list = this.insts.get(s.idx);
      const many = s.instances > 1 || (list?.length ?? 0) > 1;
      const instances = [];
      for (let k = 0; k < s.instances; k++) {
        const x = list?.[k];
        instances.push({ name: many ? `${s.name}#${k + 1}` : s.name, up: x ? x.alive : true, failed: x ? x.nodeDown : false });
      }
      // Served by another node after a failover: it is fully down and the node acting for it serves.
      const p = this.prov[s.idx]!;
      const by = this.live[s.idx]! <= 0 && this.acting.has(s.idx) && p >= 0 && p !== s.idx ? p : -1;
      if (by >= 0) servingFor.set(by, s.idx);
      nodes.push({ node: s.name, instances, servedBy: by >= 0 ? this.nodes[by]!.name : null, servingFor: null });
    }
    for (const ns of nodes) {
      const idx = this.m.byName.get(ns.node)!;
      const f = servingFor.get(idx);
      if (f !== undefined) ns.servingFor = this.nodes[f]!.name;
    }
    const state: StateAt = { at: t, nodes, zonesDown: [...this.zoneDown].sort(), regionsDown: [...this.regionDown].sort() };
    const last = this.states[this.states.length - 1];
    if (last && last.at === t) this.states[this.states.length - 1] = state;
    else this.states.push(state);
  }

  // ---- steps ---------------------------------------------------------------

  private step(s: SimStep, t: number): void {
    if (s.type === 'spike') {
      this.factor = s.factor;
      this.emit('spike', 'traffic', L(`Traffic becomes ${s.factor}× the normal rate.`, `트래픽이 평소의 ${s.factor}배가 됩니다.`));
      return;
    }
    const tg = s.target;
    if (s.type === 'fail') this.failTarget(tg, t);
    else this.recoverTarget(tg, t);
  }

  private failTarget(tg: SimTarget, t: number): void {
    if (tg.type === 'node') {
      const idx = this.m.byName.get(tg.node);
      if (idx === undefined) return;
      const s = this.nodes[idx]!;
      if (s.client || s.ignored) {
        this.emit('fail', tg.node, L(`${tg.node} stops (it is not in the request path).`, `${josa(tg.node, '이/가')} 멈춥니다(요청 경로에 있지 않습니다).`));
        // A monitor that decides failovers (`coordinator=` naming it, an MHA manager): its process is down until
        // recovered; the failovers it decides wait for it (groups-phase hasMajority).
        if (s.ignored && this.coordinators.has(idx)) this.setCoordinatorUp(idx, false);
        this.failoverOff(idx);
        return;
      }
      const label = targetText(tg);
      const list = this.pick(s, tg.instance);
      // (A request-scaled function broken whole — a bad deploy — is the same, in a scenario; the sweep's loss of such a
      // regional service stays the provider's failover, as the SPOF rule assumes.)
      // A managed voting group (a MongoDB Atlas replica set) failed whole, in a scenario: no member is left to elect, and
      // the provider's failover — electing a survivor, replacing the lost member — does not apply (round 47b r01).
      // A managed node failed whole by this step: its provider's own failover, except in the cases below.
      const wholeManaged = tg.instance === null && s.restoreBy === 'failover' && s.managed;
      const wholeGroup = wholeManaged && s.kind === 'database' && s.group !== null && (s.group.type === 'majority' || s.group.type === 'leader') && !this.opt.sweep;
      // (A self-run active/standby pair on a shared store — ActiveMQ, TIBCO EMS — failed whole: no standby is left to take
      // the store's lock; it is down until a server is repaired — round 99c r02 "failed over" to the lost standby.)
      const wholePair = tg.instance === null && !s.managed && s.singleWriter && s.instances >= 2;
      if (tg.instance === null && s.restoreBy === 'failover' && (managedComputeInstances(s) || (s.timings.profile.id === 'serverless' && !this.opt.sweep) || wholeGroup || wholePair)) this.appDown.add(idx);
      this.emit(
        'fail',
        label,
        wholeGroup
          ? L(
              `${label} fails (all ${list.length} members at once): no member is left to elect, so the provider's failover does not apply; it is down until the provider rebuilds it or it is restored (repair).`,
              `${label}에 장애가 발생합니다(구성원 ${list.length}개 모두 동시에). 선출할 구성원이 남지 않아 제공자의 페일오버가 적용되지 않으며, 제공자가 다시 구성하거나 복원할 때까지 멈춰 있습니다(복구).`,
            )
          : wholePair
          ? L(
              `${label} fails (both servers of the pair): no standby is left to take over; it is down until a server is repaired.`,
              `${label}에 장애가 발생합니다(쌍의 서버 둘 다). 넘겨받을 대기 서버가 남지 않아 서버가 복구될 때까지 멈춰 있습니다.`,
            )
          : this.appDown.has(idx)
          ? L(
              `${label} fails${list.length > 1 ? ` (all ${list.length} instances)` : ''}: the provider replaces a lost instance at once, but an app down on every instance (a bad deployment, an incident of the platform) is not failed over; it is down until repaired.`,
              `${label}에 장애가 발생합니다${list.length > 1 ? `(인스턴스 ${list.length}개 모두)` : ''}. 제공자는 잃은 인스턴스 하나는 바로 교체하지만, 모든 인스턴스에서 앱이 죽는 장애(잘못된 배포, 플랫폼 장애)는 페일오버해 주지 않아 복구될 때까지 멈춰 있습니다.`,
            )
          : wholeManaged && s.instances > 1
            ? // A managed service lost whole is the provider's own failover (docs/simulation.md): not every instance gone for
              // good (round 53b r02 read "all 2 instances" so, then saw a 15 s failover).
              L(
                `${label} fails: the provider's service fails over by itself (a managed service lost whole is its own failover; to lose its instances for good, fail them one by one: \`fail ${label}#1\`).`,
                `${label}에 장애가 발생합니다. 관리형 서비스가 스스로 페일오버합니다(관리형 서비스 전체의 장애는 그 서비스 자체의 페일오버로 계산합니다. 인스턴스를 영영 잃는 경우는 하나씩 실패시키세요: \`fail ${label}#1\`).`,
              )
          : tg.instance === null && s.instances > 1
            ? L(`${label} fails (all ${list.length} instances).`, `${label}에 장애가 발생합니다(인스턴스 ${list.length}개 모두).`)
            : L(`${label} fails.`, `${label}에 장애가 발생합니다.`),
      );
      if (wholeManaged) this.wholeFailover.add(idx);
      for (const i of list) {
        this.instOf(idx)[i]!.nodeDown = true;
        this.refresh(s, i, t, true);
      }
      this.failoverOff(idx);
      return;
    }
    const what = targetText(tg);
    const place = tg.type === 'zone' ? placeName('zone', tg.zone) : placeName('region', tg.region);
    if (tg.type === 'zone') this.zoneDown.add(tg.zone);
    else this.regionDown.add(tg.region);
    const hit: string[] = [];
    this.eachPlaced(tg, (s, i) => {
      if (!this.refresh(s, i, t, false)) return;
      // A managed service that fails over across zones stops as a whole while its primary's zone is lost, but only its
      // instances placed there are lost: name those (its replica elsewhere is what the provider promotes).
      if (failsOverAcrossZones(s) && tg.type === 'zone' && s.instances > 1 && s.zoneOf(i) !== tg.zone) return;
      hit.push(this.instName(s, i));
    });
    const list = hit.length > 8 ? `${hit.slice(0, 8).join(', ')}, …` : hit.join(', ');
    this.emit(
      'fail',
      what,
      hit.length
        ? L(`${place.en} fails: ${hit.length} instance(s) go down (${list}).`, `${place.ko}에 장애가 발생합니다: 인스턴스 ${hit.length}개가 멈춥니다(${list}).`)
        : tg.type === 'zone'
          ? L(
              `${place.en} fails; no instance of this design runs there (a managed service whose primary runs in another zone, or that is spread over zones, goes on).`,
              `${place.ko}에 장애가 나지만 이 설계의 인스턴스는 그곳에 없습니다(프라이머리가 다른 존에 있거나 여러 존에 퍼진 관리형 서비스는 계속 동작합니다).`,
            )
          : L(`${place.en} fails; no instance of this design runs there.`, `${place.ko}에 장애가 나지만 이 설계의 인스턴스는 그곳에 없습니다.`),
    );
    // Clients placed only there (badge readers, an office's staff) go with it: they send nothing until it is back, so
    // their requests are not counted as failing (round 43: a plant's power cut read as an outage of its own readers).
    for (const c of this.nodes)
      if (c.client && this.clientAway(c))
        this.emit('fail', c.name, L(`${c.name} is placed in ${place.en} too: its users are lost with it and send no requests until it is back.`, `${c.name} 역시 ${place.ko}에 있어 그 사용자도 함께 멈추고, 돌아올 때까지 요청을 보내지 않습니다.`));
  }

  /** Whether a client placed in zones (or a region) has every one of them lost: its users send nothing meanwhile. */
  private clientAway(c: SimNode): boolean {
    // (Read for every entry on every evaluation: nothing to look at while no place is down.)
    if (!this.zoneDown.size && !this.regionDown.size) return false;
    // Users near a region, for a latency record (CompiledNode.nearest: `region=` on the client names where they are
    // served from, not where they sit): a cloud region's loss leaves them sending, to be moved (round 67b r04).
    // The same for any client written with a region only: a cloud region's loss is the provider's data centres, not the
    // users near them (round 75 r02: "its users are lost with it" made a region's loss cost nothing). A client in a zone —
    // an office, a building — is lost with that zone (and with the zone's region).
    if (!c.node.zones.length) return false;
    const lost = (z: string | null): boolean => {
      const r = c.regionOf(z);
      return (z !== null && this.zoneDown.has(z)) || (r !== null && this.regionDown.has(r));
    };
    return c.node.zones.length ? c.node.zones.every(lost) : c.regionOf(null) !== null && lost(null);
  }

  private recoverTarget(tg: SimTarget, t: number): void {
    if (tg.type === 'node') {
      const idx = this.m.byName.get(tg.node);
      if (idx === undefined) return;
      const s = this.nodes[idx]!;
      const label = targetText(tg);
      this.emit('recover', label, L(`${label} is back.`, `${josa(label, '이/가')} 복구됩니다.`));
      if (s.ignored && this.coordinators.has(idx)) this.setCoordinatorUp(idx, true);
      if (s.client || s.ignored) return;
      this.appDown.delete(idx);
      for (const i of this.pick(s, tg.instance)) {
        this.instOf(idx)[i]!.nodeDown = false;
        this.refresh(s, i, t, false);
      }
      return;
    }
    const what = targetText(tg);
    if (tg.type === 'zone') this.zoneDown.delete(tg.zone);
    else this.regionDown.delete(tg.region);
    const place = tg.type === 'zone' ? placeName('zone', tg.zone, '이/가') : placeName('region', tg.region, '이/가');
    this.emit('recover', what, L(`${place.en} is back.`, `${place.ko} 복구됩니다.`));
    this.eachPlaced(tg, (s, i) => void this.refresh(s, i, t, false));
    // A voting group whose acknowledging majority was in the place (a quorum queue 2 + 1): its members are back with the
    // writes the others lacked — counted lost "unless the place comes back", and it came back.
    let withdrawn = false;
    // (Not a group that elected another primary meanwhile — a MongoDB replica set with an arbiter: the returning member rolls
    // back what it had not replicated, which stays lost; round 120b r02.)
    let since = -Infinity;
    for (const e of this.events) if (e.type === 'fail' && e.target === what) since = e.at;
    const electedSince = (name: string): boolean => this.events.some((e) => e.type === 'promoted' && (e.target === name || e.target.startsWith(`${name}#`)) && e.at >= since);
    for (const [i] of [...this.lagByNode]) {
      const s = this.nodes[i]!;
      if (s.group !== null && electedSince(s.name)) continue;
      // (Or a primary whose only copies nothing promotes — a read replica: the lag counted lost with it was the copy's, and
      // the primary is back with its own disks, nothing having taken its place — round 42.)
      // (Or one whose standby could not be promoted in the meantime — its coordinator without a majority: round 49b r01.)
      const unpromoted = s.group === null && this.lagLost.has(i) && (!s.takeovers.length || !this.everActing.has(i));
      if ((s.group === null && !unpromoted) || (s.takeovers.length && !unpromoted) || !this.instOf(i).every((x) => x.alive && !x.restored)) continue;
      this.lagByNode.delete(i);
      this.lagLost.delete(i);
      withdrawn = true;
      this.emit(
        'data-back',
        s.name,
        unpromoted
          ? L(`${s.name} is back with the disks of ${place.en}, and nothing took its place: the writes its copy had not received, counted as lost, are there again.`, `${s.name}의 데이터가 그 장소의 디스크와 함께 돌아오고, 그동안 대신한 것이 없습니다. 사본이 받지 못해 잃은 것으로 셌던 쓰기가 다시 있습니다.`)
          : s.kind === 'queue'
          ? L(`${s.name}'s members in ${place.en} are back with their copies: the confirmed messages counted as lost with them are there again.`, `${place.ko} 돌아오면서 그곳의 ${s.name} 구성원이 사본을 갖고 돌아옵니다. 함께 잃은 것으로 셌던 발행 확인된 메시지가 다시 있습니다.`)
          : L(`${s.name}'s members in ${place.en} are back with their copies: the acknowledged writes counted as lost with them are there again.`, `${place.ko} 돌아오면서 그곳의 ${s.name} 구성원이 사본을 갖고 돌아옵니다. 함께 잃은 것으로 셌던 커밋된 쓰기가 다시 있습니다.`),
      );
    }
    // A managed queue lost with its region (trackQueues): back with it, with the messages that waited in it.
    for (const [i, n] of [...this.strandedQueues]) {
      if (this.regionLost(i)) continue;
      this.strandedQueues.delete(i);
      if (!this.lagByNode.delete(i)) continue;
      withdrawn = true;
      const name = this.nodes[i]!.name;
      this.emit(
        'data-back',
        name,
        L(`${name} is back with ${place.en}, and so are the ${num(n)} message(s) counted as lost with it: its consumers process them now, late.`, `${place.ko} 돌아오면서 ${josa(name, '이/가')} 함께 돌아오고, 잃은 것으로 셌던 메시지 ${num(n)}개도 다시 있습니다. 컨슈머가 이제 늦게나마 처리합니다.`),
      );
    }
    if (withdrawn) {
      this.writesLost = 0;
      for (const v of this.lagByNode.values()) this.writesLost = Math.max(this.writesLost, v.before + v.window);
    }
    // The place is back with its disks (a power cut, a network split — not a fire): the data lost with it, on nodes that
    // serve again from their own instances rather than from a restore, was never gone.
    for (const key of [...this.dataLoss.keys()]) {
      const [a, b] = key.split(':');
      const i = Number(a);
      const list = this.instOf(i);
      if (!list.some((x) => x.alive && !x.restored && !x.nodeDown)) continue;
      if (b === 'u' ? this.unawareLost(i) > 0 : b !== undefined && !this.shardAlive(i, Number(b))) continue;
      this.dataLoss.delete(key);
      this.awaitingRestore.delete(i);
      const name = this.nodes[i]!.name;
      this.emit(
        'data-back',
        name,
        L(`${name} is back with the disks of ${place.en}: the data counted as lost with it is there again (a power cut or a network split keeps the disks; only a destroyed site loses them).`, `${name}의 데이터가 그 장소의 디스크와 함께 돌아옵니다. 함께 잃은 것으로 셌던 데이터가 다시 있습니다(정전이나 네트워크 단절은 디스크를 남기고, 장소가 파괴될 때만 잃습니다).`),
      );
    }
  }

  private pick(s: SimNode, instance: number | null): number[] {
    const all = this.instOf(s.idx);
    if (instance === null) return all.map((_, i) => i);
    return instance >= 1 && instance <= all.length ? [instance - 1] : [];
  }

  private eachPlaced(tg: SimTarget, f: (s: SimNode, i: number) => void): void {
    for (const s of this.nodes) {
      if (s.client || s.ignored) continue;
      if (tg.type === 'zone' && failsOverAcrossZones(s)) {
        // The whole service stands or falls with its primary's zone.
        if (this.primaryZone(s) !== tg.zone) continue;
        const list = this.instOf(s.idx);
        for (let i = 0; i < list.length; i++) f(s, i);
        continue;
      }
      if (!placedIn(s, tg)) continue;
      const list = this.instOf(s.idx);
      for (let i = 0; i < list.length; i++) {
        const x = list[i]!;
        if ((tg.type === 'zone' && x.zone === tg.zone) || (tg.type === 'region' && x.region === tg.region)) f(s, i);
      }
    }
  }

  /** Recomputes whether instance i of s is alive; returns true when it just went down. */
  /**
   * Whether an instance's place is down: its zone (bit 1) or its region (bit 2). A managed service that fails over across
   * zones is down while its primary's zone is (until its failover moves it); one spread over many nodes (a balancer, DNS)
   * survives a zone loss; a single-AZ one (RDS Single-AZ, a service pinned with `zone=`) goes down with its zone.
   */
  private placeHit(s: SimNode, x: Inst, zf: boolean): number {
    const zone = zf ? this.primaryZone(s) : x.zone;
    const zoneHit = zone !== null && this.zoneDown.has(zone) && (zf || !spreadOverZones(s));
    const regionHit = x.region !== null && this.regionDown.has(x.region);
    return (zoneHit ? 1 : 0) | (regionHit ? 2 : 0);
  }

  /** Whether instance i of s is up by the failures in force now (what refresh makes of it). */
  private upNow(s: SimNode, i: number): boolean {
    const x = this.instOf(s.idx)[i]!;
    return !x.nodeDown && (x.restored === true || this.placeHit(s, x, failsOverAcrossZones(s)) === 0);
  }

  private refresh(s: SimNode, i: number, t: number, byNodeStep: boolean): boolean {
    const x = this.instOf(s.idx)[i]!;
    const zf = failsOverAcrossZones(s);
    const hit = this.placeHit(s, x, zf);
    const zoneHit = (hit & 1) !== 0;
    const regionHit = (hit & 2) !== 0;
    const alive = !x.nodeDown && (x.restored === true || hit === 0);
    if (alive === x.alive) return false;
    x.alive = alive;
    if (alive) {
      this.live[s.idx]!++;
      // A recovered primary takes its role back (a planned switchback): at once, or, when a
      // balancer had removed it, once that balancer sends to it again — until then the node
      // acting for it keeps serving (no one switches back to a node nobody can reach).
      const waits = x.failedAt >= 0 && !x.fresh ? this.backInRotation(s, i, x, t) : false;
      if (!waits) {
        // A standby a person promoted has taken writes the old primary never saw: taking the role back at once (users
        // sent back to it — a failover record failing back by itself) leaves those writes on the standby only (split
        // brain), unless the old primary is rebuilt from it first.
        const by = this.acting.get(s.idx);
        // (Only a recovery site's copy behind a failover record, in another place: a repaired server beside its standby is
        // rebuilt as its standby, not sent users at once.)
        // (A copy placed by region compares by region: round 43b counted no split brain for `region=` placement.)
        const sameSpot = (a: SimNode, b: SimNode): boolean => a.zoneOf(0) === b.zoneOf(0) && a.regionOf(a.zoneOf(0)) === b.regionOf(b.zoneOf(0));
        const otherSite = by !== undefined && !sameSpot(this.nodes[by]!, s) && this.m.nodes.some((n) => n.or === 'dns-failover');
        // (A copy at the other site that took over by itself has taken writes just the same: round 69b r02 — an XDCR
        // target writable at once counted 2 s lost when the record failed back.)
        const byHand = this.promotedByHand.get(s.idx);
        const since = byHand ?? (otherSite ? this.promotedAuto.get(s.idx) : undefined);
        let writesSince = since;
        // A storage copy is written only through the databases on it: from when the first of them took over there, not
        // from its own promotion (round 78c r04: the DR array's 30 min and the DR database's 1 h runbook counted as writes).
        if (since !== undefined && by !== undefined && s.kind === 'storage') {
          const dbs = this.nodes[by]!.callers.filter((c) => this.nodes[c]!.kind === 'database');
          if (dbs.length && dbs.every((c) => this.nodes[c]!.standsFor >= 0)) {
            let first = Infinity;
            for (const c of dbs) {
              const src = this.nodes[c]!.standsFor;
              const at = this.promotedByHand.get(src) ?? this.promotedAuto.get(src);
              if (at !== undefined && at < first) first = at;
            }
            writesSince = Number.isFinite(first) ? Math.max(since, first) : undefined;
          } else {
            // Callers at the copy's site that need a database standby there too (an app tier writing uploads beside its DR
            // database): nothing is written to the copy before that database serves — from its promotion, or never (round
            // 126b r01: uploads counted lost from the region's loss while every request at the DR site failed).
            const callers = this.nodes[by]!.callers.map((c) => this.nodes[c]!);
            let first = Infinity;
            let gated = callers.length > 0;
            for (const c of callers) {
              const sbs = c.callees.map((x) => this.nodes[x]!).filter((x) => x.kind === 'database' && x.standsFor >= 0);
              if (!sbs.length) {
                gated = false;
                break;
              }
              let at = -Infinity;
              for (const x of sbs) {
                const p = this.events.find((e) => e.type === 'promoted' && e.target === x.name && e.at >= since);
                at = p ? Math.max(at, p.at) : Infinity;
                if (at === Infinity) break;
              }
              first = Math.min(first, at);
            }
            if (gated) writesSince = Number.isFinite(first) ? Math.max(since, first) : undefined;
          }
        }
        // (A data node rebuilt by its repair, while a copy a person promoted serves: it comes back empty and is re-seeded
        // from that copy, which keeps the role — round 43: a replaced SAN "took its role back" and lost 34 min of writes.)
        if (x.rebuilt && since !== undefined && by !== undefined && s.dataKind && this.live[by]! > 0) {
          x.rebuilt = false;
          x.fresh = false;
          this.reseeded.set(x, { name: this.nodes[by]!.name, byHand: byHand !== undefined });
          return false;
        }
        // (Nor an Aurora or DocumentDB global database's old primary region: once healthy again the service adds it back
        // as a secondary of the promoted cluster — a switchback is a planned switchover, not its return; round 95b r03.)
        if (since !== undefined && by !== undefined && s.dataKind && globalClusterSecondary(this.nodes[by]!.node, this.m.design) && this.live[by]! > 0) {
          x.rebuilt = false;
          x.fresh = false;
          const nb = this.nodes[by]!.name;
          // (Its callers reach it, a read-only copy now: their writes fail until a switchover — a failover record failing
          // back sends users there; round 103b r04, 102b r04, 100b r04 counted them served through the promoted cluster.)
          this.acting.delete(s.idx);
          // (The promoted cluster keeps the role for its own callers.)
          this.stillPromoted.add(by);
          if (!this.globalRejoined.has(s.idx)) {
            this.globalRejoined.add(s.idx);
            this.emit(
              'repaired',
              s.name,
              L(
                `${s.name} is healthy again and rejoins the global database as a secondary of ${nb}, which keeps the role: a switch back is a planned switchover, not its return — callers still sent to ${s.name} reach a read-only copy until then, and their writes fail.`,
                `${josa(s.name, '이/가')} 다시 정상이 되어 ${nb}의 보조(secondary)로 글로벌 데이터베이스에 다시 들어갑니다. 역할은 ${josa(nb, '이/가')} 계속 맡으며, 되돌리는 것은 계획된 전환(switchover)입니다. 그때까지 ${s.name} 쪽으로 가는 요청은 읽기 전용 사본에 닿아 쓰기가 실패합니다.`,
              ),
            );
          }
          return false;
        }
        x.rebuilt = false;
        // The failover records in front of the promoted copy (a design with two records fails back through its own — review
        // of 46 r03).
        const records = this.m.nodes.filter((n) => n.or === 'dns-failover');
        const inFront = by === undefined ? [] : records.filter((n) => closure(new Set([n.idx]), this.m.succ).has(by));
        // Records a person switched (`dns failover=manual`): nothing changes them back by itself, so the users stay at the
        // recovery site, writing to the promoted copy — no one writes to the old primary, no split brain is counted, and the
        // writes only the old primary has stay off the service (round 126 r02: a Data Guard drill "lost" 1h 17m when the
        // main region came back).
        const manualBack = inFront.length > 0 && records.every((n) => n.manualDns);
        if (since !== undefined && by !== undefined && s.dataKind && otherSite && !manualBack) {
          const byName = this.nodes[by]!.name;
          // The old primary is back with its own disks: the writes its copy had not received when it took over are on it
          // again, so what the switch back loses is what the copy took since — not both windows added (round 125 r03: 15 min
          // of S3 replication lag and the 42.5 min split said as 57.5 min lost).
          if (this.lagByNode.delete(s.idx)) {
            this.lagLost.delete(s.idx);
            this.writesLost = 0;
            for (const v of this.lagByNode.values()) this.writesLost = Math.max(this.writesLost, v.before + v.window);
            this.emit(
              'data-back',
              s.name,
              L(`${s.name} is back with its own disks: the writes ${byName} had not received when it took over, counted as lost, are there again.`, `${josa(s.name, '이/가')} 자기 디스크와 함께 돌아옵니다. ${josa(byName, '이/가')} 넘겨받을 때 받지 못해 잃은 것으로 셌던 쓰기가 다시 있습니다.`),
            );
          }
        }
        if (writesSince !== undefined && by !== undefined && t > writesSince && s.dataKind && otherSite && !manualBack) {
          const byName = this.nodes[by]!.name;
          // The promoted copy's callers keep writing to it until the record answers with the old site again (its `rise`
          // passing checks) and their cached answer expires (TTL): those writes diverge too (round 46 r03: 9 min counted
          // where clients wrote to the copy for 15).
          const rec = records.length > 1 ? (inFront[0] ?? records[0]) : records[0];
          const more = rec ? roundT(rec.timings.rise.value * rec.timings.interval.value + rec.timings.ttl.value) : 0;
          this.loseWrites(
            t - writesSince! + more,
            byName,
            s.idx,
            L(
              `${s.name} is back and takes its role back, but ${byName} has taken writes since ${byHand !== undefined ? 'a person promoted it' : 'it took over'} (${d(t - writesSince!)} ago)${more > 0 ? `, and its callers go on writing to it until ${rec!.name} answers with ${s.name}'s site again and their cached answers expire (about ${d(more)} more)` : ''}: ${more > 0 ? 'those writes' : 'they'} are not on ${s.name}, so what is written ${more > 0 ? 'there ' : ''}after the switch back diverges from them (split brain) — rebuild ${s.name} from ${byName} before sending users back to it.`,
              `${josa(s.name, '이/가')} 돌아와 역할을 되찾지만, ${josa(byName, '은/는')} ${byHand !== undefined ? '사람이 승격한' : '넘겨받은'} 뒤(${dk(t - writesSince!)} 전부터) 쓰기를 받아 ${more > 0 ? `왔고, ${josa(rec!.name, '이/가')} 다시 ${s.name} 쪽을 응답하고 캐시된 응답이 만료될 때까지(약 ${dk(more)} 더) 그 호출자들이 계속 씁니다` : '왔습니다'}. 그 쓰기는 ${s.name}에 없으므로 되돌린 뒤의 쓰기와 갈라집니다(스플릿 브레인). 사용자를 되돌리기 전에 ${byName}에서 ${josa(s.name, '을/를')} 다시 만드세요.`,
            ),
          );
        }
        // (The copy promoted by hand at another site stays promoted for its own callers.)
        if (since !== undefined && by !== undefined && otherSite) this.stillPromoted.add(by);
        this.promotedByHand.delete(s.idx);
        this.promotedAuto.delete(s.idx);
        this.acting.delete(s.idx);
      }
      x.fresh = false;
      // Memcached keeps nothing across a restart: the instance comes back empty and its keys miss until read again.
      // (A session store that answers reads too — `hit-ratio=` on it — the same: its callers' databases take the reads until it
      // is warm; round 125b r05 kept it cold to the end of the run, nothing ending its warm-up.)
      const offloads = this.m.fallbackOf.get(s.idx) ?? this.storeOffloadDbs(s.idx);
      if (x.failedAt >= 0 && coldAfterRestart(s) && offloads.length) {
        x.backAt = t;
        const name = this.instName(s, i);
        const fb = offloads.map((f) => this.nodes[f]!.name).join(', ');
        this.emit(
          'cache-cold',
          name,
          L(
            `${name} is back empty (${isMemcached(s.node) ? 'Memcached keeps nothing across a restart' : 'the provider replaced it with a new, empty node'}): the reads of its keys miss and go to ${fb} until they are cached again (generic: ${d(CACHE_WARMUP)} to refill).`,
            `${josa(name, '이/가')} 빈 채로 돌아옵니다(${isMemcached(s.node) ? 'Memcached는 재시작하면 아무것도 남지 않음' : '제공자가 빈 새 노드로 교체함'}). 그 키의 읽기는 다시 캐시될 때까지 ${josa(fb, '으로/로')} 갑니다(범용 기본값: 다시 채우는 데 ${dk(CACHE_WARMUP)}).`,
          ),
        );
        this.at(t + CACHE_WARMUP, () => {});
      }
      return false;
    }
    this.live[s.idx]!--;
    x.failedAt = t;
    x.hostLost = !byNodeStep;
    this.onDown(s, i, t, byNodeStep);
    // A provider's cache with no replica (Memorystore Basic, one ElastiCache node) that keeps state of record — carts — is
    // replaced empty: everything it held is gone (round 109 r01 counted 0 s beside a replicated store's 1 s).
    if (s.kind === 'cache' && s.providerReplaces && this.live[s.idx]! <= 0 && !this.cacheLagLost.has(s.idx) && (recordStateWritten(this.m.design, s.name) || (stateWritten(this.m.design, s.name) && !ephemeralStateCache(this.m.design, s.name)))) {
      this.cacheLagLost.add(s.idx);
      this.loseWrites(
        Infinity,
        s.name,
        s.idx,
        L(
          `${s.name} has no replica: the provider replaces it empty, so everything its callers kept in it (the state its edges name) is gone, not a lag of seconds.`,
          `${s.name}에는 복제본이 없어 제공자가 빈 상태로 교체하므로, 호출하는 쪽이 여기에 둔 것(간선이 가리키는 상태)이 몇 초 분량이 아니라 모두 사라집니다.`,
        ),
      );
    }
    // ClickHouse replicates asynchronously (insert_quorum 0 by default): an INSERT is acknowledged once one replica has
    // written the part, and the others fetch it later — a replica lost while another of its shard serves takes the
    // parts the others had not fetched yet (its lag) with it; `replication=sync` is insert_quorum.
    if (engineOf(s.node) === 'clickhouse' && textAttr(s.node, 'replication') !== 'sync' && s.timings.lag.value > 0 && this.shardLeft(s, x).left) {
      const lag = s.timings.lag.value;
      const name = this.instName(s, i);
      this.loseWrites(
        lag,
        name,
        s.idx,
        L(
          `ClickHouse replicates asynchronously (insert_quorum is 0 by default): the inserts ${name} had acknowledged that the other replicas had not fetched yet — up to ${d(lag)} — are lost with it. \`replication=sync\` (insert_quorum ≥ 2) waits for a second replica.`,
          `ClickHouse는 비동기로 복제합니다(insert_quorum 기본값 0). ${josa(name, '이/가')} 성공으로 응답했지만 다른 복제본이 아직 가져가지 않은 INSERT(최대 ${dk(lag)} 분량)는 함께 사라집니다. \`replication=sync\`(insert_quorum 2 이상)로 두면 두 번째 복제본까지 기다립니다.`,
        ),
      );
    }
    if (zf && zoneHit && !regionHit && !x.nodeDown) this.startZoneFailover(s, t);
    return true;
  }

  /**
   * An instance is back: each checking balancer that had removed it sends it
   * requests again only after `rise` consecutive passing checks, `interval`
   * apart (HAProxy 2 × 2s = 4s, ALB 5 × 30s = 150s, generic 2 × 10s = 20s).
   */
  /** The databases a session store answering reads takes reads off (its callers' storeOffload), in order; empty when none. */
  private storeOffloadDbs(c: number): number[] {
    const out: number[] = [];
    for (const k of this.nodes[c]!.callers) for (const o of this.nodes[k]!.storeOffload) if (o.cache === c) for (const f of o.dbs) if (!out.includes(f)) out.push(f);
    return out;
  }

  /** Schedules the balancers' return of a recovered instance; true when one of them waits for passing checks. */
  private backInRotation(s: SimNode, i: number, x: Inst, t: number): boolean {
    x.backAt = t;
    if (this.oneTarget(s.idx) || platformFronted(s)) return false;
    let waits = false;
    for (const r of this.m.routers[s.idx]!) {
      const lb = this.nodes[r]!;
      if (lb.lbDetect === null || roundT(x.failedAt + lb.lbDetect) > t) continue;
      // (nginx never marked the only server of its upstream: nothing to wait for — onDown.)
      if (nginxLoneServer(lb, s)) continue;
      // A balancer every running instance of which was itself down since this one failed keeps no state about it: a
      // restarted nginx or HAProxy starts with its servers in rotation (round 42: a site back with its nginx pair kept
      // the healthy servers out for fail_timeout).
      const lbRuns = this.instOf(r).filter((y) => y.alive);
      if (lbRuns.every((y) => y.failedAt >= x.failedAt && (y.backAt ?? -1) >= y.failedAt)) continue;
      const rise = riseTime(lb);
      if (rise <= 0) continue;
      // (A standby back as a standby fails a role check as before: it was never in rotation — round 119c r02.)
      if (this.idleStandby(s.idx)) continue;
      this.warm = true;
      const name = this.instName(s, i);
      const back = t;
      // An ALB or NLB with no healthy target left (in the pools this one is in) fails open: it sends to this one at once (ELB user guides).
      if (!poolsWith(lb, s.idx).some((p) => this.holdsWarm(lb, p, t))) continue;
      waits = true;
      this.at(t + rise, (now) => {
        if (!x.alive || x.backAt !== back) return;
        // The switchback waited for this: the node acting for it hands the role back now.
        this.acting.delete(s.idx);
        // What brought it back (a repair, a failover) is what brings its requests back.
        const by = this.restoredAt.get(roundT(back));
        if (by) {
          this.restoredAt.set(roundT(now), by);
          if (this.repairs.includes(back)) this.repairs.push(now);
        }
        const tm = lb.timings;
        if (lb.serverlessNeg) {
          this.emit(
            'back-in-rotation',
            name,
            L(
              `${lb.name}'s outlier detection returns ${name} to the pool when its ejection ends (baseEjectionTime ${d(rise)}), and it answers.`,
              `${lb.name}의 이상치 감지가 제외 시간(baseEjectionTime ${dk(rise)})이 끝난 ${josa(name, '을/를')} 다시 풀에 넣고, 응답을 받습니다.`,
            ),
          );
          return;
        }
        if (tm.passive) {
          this.emit(
            'back-in-rotation',
            name,
            L(
              `${lb.name} tries ${name} again with a real request after ${retryWord(lb).en} ${d(tm.interval.value)}, and it answers.`,
              `${retryWord(lb).ko} ${josa(dk(tm.interval.value), '이/가')} 지나 ${josa(lb.name, '이/가')} 실제 요청으로 ${josa(name, '을/를')} 다시 시도하고, 응답을 받습니다.`,
            ),
          );
          return;
        }
        this.emit(
          'back-in-rotation',
          name,
          lb.galeraCheck
            ? L(
                `${lb.name}'s ${tm.profile.id === 'maxscale' ? 'Galera Monitor' : 'Galera health check'} finds ${name} synced again at its next check (${d(rise)}) and routes to it again.`,
                `${lb.name}의 Galera 헬스 체크가 다음 확인(${dk(rise)})에서 ${name}의 동기화를 확인하고 다시 요청을 보냅니다.`,
              )
            : tm.profile.blockingChecks
            ? L(
                `${lb.name}'s monitor (mariadbmon) reaches ${name} again at its next pass (${d(rise)}) and routes to it again.`,
                `${lb.name}의 모니터(mariadbmon)가 다음 모니터 패스(${dk(rise)})에서 ${name}에 다시 접속해 다시 요청을 보냅니다.`,
              )
            : L(
                `${lb.name} sends ${name} requests again after ${tm.rise.value} passing health check${tm.rise.value === 1 ? '' : 's'} ${d(tm.interval.value)} apart (${d(rise)}).`,
                `${lb.name}의 헬스 체크가 ${dk(tm.interval.value)} 간격으로 ${tm.rise.value}번 연속 성공해(${dk(rise)}) ${name}에 다시 요청을 보냅니다.`,
              ),
        );
      });
    }
    return waits;
  }

  /** Some instance came back to a checking balancer that had removed it (the warm-up checks apply). */
  private warm = false;

  /** Live instances of P that balancer r has not put back yet (fewer than `rise` passing checks since they came back). */
  private warming(r: SimNode, p: number, t: number): number {
    if (!this.warm || r.lbDetect === null) return 0;
    const list = this.insts.get(p);
    if (!list) return 0;
    const rise = riseTime(r);
    let n = 0;
    for (const x of list) if (x.alive && x.backAt !== undefined && roundT(x.failedAt + r.lbDetect) <= x.backAt && roundT(x.backAt + rise) > t) n++;
    return n;
  }

  /**
   * Whether balancer s holds back the instances still warming up in this pool: yes,
   * unless it fails open (an ALB or NLB with no healthy target in the group sends
   * to all of them, ELB user guides) and no instance of the pool is healthy.
   */
  private holdsWarm(s: SimNode, pool: readonly number[], t: number): boolean {
    if (!this.warm || s.lbDetect === null) return false;
    if (!FAILS_OPEN.has(s.timings.profile.id)) return true;
    for (const a of pool) {
      if (s.back.has(a)) continue;
      const p = this.prov[a]!;
      if (p >= 0 && this.live[p]! - this.warming(s, p, t) > 0) return true;
    }
    return false;
  }

  /** The zone a managed service's primary runs in now: its first zone, or where a zone failover moved it. */
  private primaryZone(s: SimNode): string | null {
    return this.movedTo.has(s.idx) ? this.movedTo.get(s.idx)! : s.zoneOf(0);
  }

  /** The scenario's own `recover` steps of nodes: an instance they bring back is not repaired before them. */
  private readonly writtenRecoveries: { node: string; instance: number | null; at: number }[] = [];

  /** Reader instances restarted by their cluster's failover (restartFailoverTarget), until when. */
  private readonly restarting = new Map<Inst, number>();

  /**
   * Amazon Aurora restarts the writer and the failover target, the reader it promotes (Aurora MySQL 2.10+: only those
   * two; the other readers keep serving): a connection to the promoted reader is dropped, and its reads fail until the
   * failover ends (AWS, AWS::RDS::DBCluster ReadEndpoint; Aurora User Guide, read availability). The target is the first
   * live reader of the writer written as a node (`standby of=` or `replica of=`, in its region); with one reader, every
   * read fails for the failover too.
   */
  private restartFailoverTarget(s: SimNode, t: number, until: number, only = -1): void {
    if (s.timings.profile.id !== 'aurora' || s.node.role === 'standby' || s.node.role === 'replica') return;
    const region = this.instOf(s.idx)[0]?.region ?? null;
    for (const r of this.nodes) {
      if (r.idx === s.idx || r.node.of !== s.name || (r.node.role !== 'standby' && r.node.role !== 'replica')) continue;
      if (only >= 0 && r.idx !== only) continue;
      const list = this.instOf(r.idx);
      const i = list.findIndex((x) => x.alive && (region === null || x.region === null || x.region === region));
      if (i < 0) continue;
      const x = list[i]!;
      const name = this.instName(r, i);
      this.emit(
        'restarting',
        name,
        L(
          `${name} is the failover target: Aurora restarts it to promote it, so its connections drop and its reads fail until the failover ends (${d(until - t)})${list.length - 1 + this.otherReaders(s, r) > 0 ? '; the other readers keep serving' : `: no other reader is left to serve reads (a second reader, \`replicas=2\` on ${r.name}, keeps them through a writer failover)`}.`,
          `${josa(name, '은/는')} 페일오버 대상이라 Aurora가 승격하려고 재시작합니다. 연결이 끊기고 페일오버가 끝날 때까지(${dk(until - t)}) 읽기가 실패합니다${list.length - 1 + this.otherReaders(s, r) > 0 ? '. 다른 리더는 계속 처리합니다' : `. 읽기를 받을 다른 리더가 없습니다(${r.name}에 \`replicas=2\`로 리더를 하나 더 두면 라이터 페일오버 중에도 읽기가 계속됩니다)`}.`,
        ),
      );
      x.nodeDown = true;
      this.restarting.set(x, until);
      this.refresh(r, i, t, false);
      this.at(until, (now) => {
        if (this.restarting.get(x) !== until) return;
        this.restarting.delete(x);
        x.nodeDown = false;
        this.refresh(r, i, now, false);
      });
      return;
    }
  }

  /** Reader instances of s's cluster written as nodes other than r. */
  private otherReaders(s: SimNode, r: SimNode): number {
    let n = 0;
    for (const o of this.nodes) if (o !== r && o !== s && o.node.of === s.name && (o.node.role === 'standby' || o.node.role === 'replica')) n += this.live[o.idx]!;
    return n;
  }

  /**
   * The primary's zone of a managed Multi-AZ service is lost: the provider fails
   * over to its standby in another zone after the profile's failover time (RDS
   * Multi-AZ 60–120 s, judged at 120 s; Aurora promotes a reader). With every
   * zone it lists down there is nowhere to go: it waits for a zone to return.
   */
  private startZoneFailover(s: SimNode, t: number): void {
    if (this.zoneFailing.has(s.idx)) return;
    // Aurora with no reader recreates its writer in the same zone, on a best-effort basis that does not succeed while
    // that zone is out (Aurora User Guide, "High availability for Amazon Aurora"; aurora-ug: "the writer is recreated in
    // the same AZ"): the zone's loss waits for the zone — round 108 r01 had it "recreated in another zone" at 10 min.
    const fa = s.timings.profile.values.failoverAlone;
    const from0 = this.primaryZone(s);
    if (fa !== undefined && s.instances < 2 && s.restore === fa.v && s.timings.profile.id === 'aurora' && s.node.role !== 'standby' && s.node.role !== 'replica' && from0 !== null && this.zoneDown.has(from0)) {
      const at = placeName('zone', from0);
      this.at(t, () =>
        this.emit(
          'failover-blocked',
          s.name,
          L(
            `${s.name} has no reader to promote, and Aurora recreates a lone writer in its own zone, on a best-effort basis that does not succeed while ${at.en} is down: writes wait for the zone (or for a person to add an instance elsewhere). A reader in another zone would be promoted instead.`,
            `${s.name}에는 승격할 리더가 없고, Aurora는 혼자인 라이터를 같은 존에 최선 노력으로 다시 만드는데 ${josa(at.ko, '이/가')} 멈춘 동안에는 되지 않습니다. 쓰기는 그 존이 돌아오거나 사람이 다른 곳에 인스턴스를 추가할 때까지 기다립니다. 다른 존에 리더가 있으면 그 리더를 승격합니다.`,
          ),
        ),
      );
      return;
    }
    // Nor is a lone reader moved out of its lost zone: Aurora recovers a failed reader instance where it is, and one whose zone
    // is out waits for it (or for a person to add a reader elsewhere) — round 110c r05 had it "recreated in zone 2a" at 10 min.
    if (s.instances < 2 && s.timings.profile.id === 'aurora' && (s.node.role === 'standby' || s.node.role === 'replica') && from0 !== null && this.zoneDown.has(from0)) {
      const at = placeName('zone', from0);
      this.at(t, () =>
        this.emit(
          'failover-blocked',
          s.name,
          L(
            `${s.name}, a reader, is not moved out of ${at.en}: Aurora recovers a failed reader in its own zone, which waits for the zone to return (or for a person to add a reader elsewhere).`,
            `리더인 ${josa(s.name, '은/는')} ${at.ko} 밖으로 옮겨지지 않습니다. Aurora는 장애 난 리더를 그 존에서 복구하므로 존이 돌아올 때까지(또는 사람이 다른 곳에 리더를 추가할 때까지) 기다립니다.`,
          ),
        ),
      );
      return;
    }
    this.zoneFailing.set(s.idx, t);
    this.ownFailover.set(s.idx, t + s.restore);
    this.at(t, (now) => this.restartFailoverTarget(s, now, t + s.restore));
    this.at(t + s.restore, (now) => {
      if (this.zoneFailing.get(s.idx) !== t) return;
      this.zoneFailing.delete(s.idx);
      // A standby node of it has already taken over (promoted before the provider's own failover): one failover, not two.
      if (this.acting.has(s.idx)) return;
      const from = this.primaryZone(s);
      if (from === null || !this.zoneDown.has(from)) return;
      const zones = s.node.zones;
      let to: string | null | undefined;
      if (zones.length < 2) {
        // A Multi-AZ service in one named zone: its standby runs in another zone of the same region — a standby node's,
        // when one in that region says where (a standby in another region is a separate DR copy, not the provider's).
        // When the design places its copies (standby nodes, or the primary a managed standby copies) in that region and
        // none is in another live zone, there is nowhere to go: two ElastiCache nodes both in zone a go down with it.
        to = null;
        let placed = false;
        const copies = s.takeovers.map((tk) => tk.by);
        if (s.standsFor >= 0) copies.push(s.standsFor);
        for (const c of copies) {
          const z = this.nodes[c]!.zoneOf(0);
          if (z === null || s.regionOf(z) !== s.regionOf(from)) continue;
          placed = true;
          if (z !== from && !this.zoneDown.has(z)) {
            to = z;
            break;
          }
        }
        if (to === null && placed) {
          const at = placeName('zone', from);
          this.emit(
            'failover-blocked',
            s.name,
            L(
              `${s.name} cannot fail over: the copies this design gives it are in ${at.en} too, which is down; it serves again when the zone is back.`,
              `${s.name}의 페일오버가 불가능합니다: 이 설계가 둔 사본도 같은 ${at.ko}에 있어 함께 멈췄습니다. 그 영역이 돌아와야 다시 처리합니다.`,
            ),
          );
          return;
        }
      }
      else to = zones.find((z) => z !== from && !this.zoneDown.has(z) && !this.regionDown.has(s.regionOf(z) ?? '\u0000'));
      if (to === undefined) {
        this.emit(
          'failover-blocked',
          s.name,
          L(`${s.name} cannot fail over: every zone it runs in (${zones.join(', ')}) is down.`, `${s.name}의 페일오버가 불가능합니다: 이 서비스가 있는 존(${zones.join(', ')})이 모두 멈췄습니다.`),
        );
        return;
      }
      this.movedTo.set(s.idx, to);
      const list = this.instOf(s.idx);
      let back = false;
      for (let k = 0; k < list.length; k++) {
        this.refresh(s, k, now, false);
        back = back || list[k]!.alive;
      }
      if (!back) return;
      this.repairs.push(now);
      this.restoredAt.set(roundT(now), 'failover');
      // A managed cache that is the data of record, failed over to a replica in another zone: asynchronous copies, so the
      // replica promoted lacks the last lag of writes — as when its primary is lost alone (round 67 r02: 0 s for the zone).
      if (this.cacheLagApplies(s, true)) this.loseCacheLag(s, s.name);
      const tm = s.timings;
      const place = to === null ? null : placeName('zone', to);
      // A service with no second instance to promote (Aurora without a reader) recreates the lost one instead.
      const alone = tm.profile.values.failoverAlone !== undefined && s.instances < 2 && s.restore === tm.profile.values.failoverAlone.v;
      this.emit(
        'failed-over',
        s.name,
        alone
          ? L(
              `${s.name} has no second instance to promote: the service recreates it in ${place ? place.en : 'another zone'}, and it serves again (${tm.profile.label}${genericNote(tm, 'en')}: ${d(s.restore)} after its zone was lost).`,
              `${s.name}에는 승격할 두 번째 인스턴스가 없어 관리형 서비스가 ${place ? place.ko : '다른 존'}에 인스턴스를 다시 만들어 처리합니다(${profileLabel(tm.profile, 'ko')}${genericNote(tm, 'ko')}: 존을 잃고 ${dk(s.restore)} 뒤).`,
            )
          : L(
              `${s.name} fails over to its standby in ${place ? place.en : 'another zone'} and serves again (${ownFailoverLabel(tm, 'en')}: ${d(s.restore)} after its primary's zone was lost).`,
              `${s.name}의 관리형 서비스가 ${place ? place.ko : '다른 존'}의 대기 인스턴스로 페일오버해 다시 요청을 처리합니다(${ownFailoverLabel(tm, 'ko')}: 프라이머리의 존을 잃고 ${dk(s.restore)} 뒤).`,
            ),
      );
    });
  }

  /**
   * A managed cache that is the data of record with replicas (`primary`, Memorystore Standard, ElastiCache with replicas),
   * its lag not counted yet in this run: the provider's failover promotes an asynchronous copy (MemoryDB's multi-AZ
   * transaction log loses nothing).
   */
  private cacheLagApplies(s: SimNode, zoneLoss = false): boolean {
    // (Or, for its zone's loss, a cache its callers keep state in — a cart, counters: `장바구니`; the loss of its primary
    // alone counts that lag on the managed pair's own failover — round 103c r04 lost 1 s with the primary alone and nothing
    // with its zone.)
    // (A session store whose edges also name state of record — carts beside the sessions: round 107 r01 — loses that too.)
    return s.kind === 'cache' && (s.node.role === 'primary' || (zoneLoss && stateWritten(this.m.design, s.name) && !ephemeralStateCache(this.m.design, s.name))) && (!s.isSessionStore || s.alsoRecords || recordStateWritten(this.m.design, s.name)) && s.singleWriter && s.managed && s.instances > 1 && !this.cacheLagLost.has(s.idx) && !(this.storeLost.has(s.idx) && !s.isSessionStore) && s.timings.lag.value > 0 && engineOf(s.node) !== 'memorydb';
  }

  /** The last lag of writes of such a cache, lost once with the failover that promotes a replica (cacheLagApplies). */
  private loseCacheLag(s: SimNode, who: string): void {
    this.storeLost.add(s.idx);
    this.cacheLagLost.add(s.idx);
    this.loseWrites(s.timings.lag.value, who, s.idx, L(`${s.name}'s replicas are copied asynchronously: the provider's failover promotes one without the last ${d(s.timings.lag.value)} of writes (${s.timings.lag.attr ? 'lag=' : 'generic lag'}).`, `${s.name}의 복제본은 비동기로 복사되므로, 제공자의 페일오버가 승격하는 복제본에는 마지막 ${dk(s.timings.lag.value)}의 쓰기가 없습니다(${s.timings.lag.attr ? 'lag=' : '범용 지연값'}).`));
  }

  /**
   * Whether an instance of s is left to serve x's share: of a sharded node, an instance of x's shard (the others hold
   * other keys); S the shards, mine x's shard (-1 when not sharded).
   */
  private shardLeft(s: SimNode, x: Inst): { S: number; mine: number; left: boolean } {
    const list = this.instOf(s.idx);
    const S = this.cap[s.idx]!.shards;
    const mine = S > 1 ? shardOf(list.indexOf(x), list.length, S) : -1;
    return { S, mine, left: list.some((y, j) => y.alive && (mine < 0 || shardOf(j, list.length, S) === mine)) };
  }

  /** Per consumer of a Kafka-protocol queue, that queue (built once per run). */
  private kafkaGroupMap: Map<number, SimNode> | null = null;
  private kafkaGroups(): Map<number, SimNode> {
    if (this.kafkaGroupMap) return this.kafkaGroupMap;
    const out = new Map<number, SimNode>();
    for (const q of this.nodes) if (q.consumers.length && kafkaProtocol(q)) for (const c of q.consumers) if (!out.has(c)) out.set(c, q);
    return (this.kafkaGroupMap = out);
  }

  private onDown(s: SimNode, i: number, t: number, byNodeStep: boolean): void {
    const x = this.instOf(s.idx)[i]!;
    const name = this.instName(s, i);
    // A member of a Kafka consumer group lost while others run: its partitions wait for the rebalance (unrebalanced).
    const groupOf = this.kafkaGroups().get(s.idx);
    if (groupOf) {
      const wait = KAFKA_CONSUMER.sessionTimeout.v;
      // Said once the step is done, while the queue still takes messages and another member still runs (a zone that took
      // the cluster's in-sync majority too refuses the sends: nothing waits to be read — round 39b r08).
      const q = groupOf.idx;
      this.at(t, () => {
        if (x.alive || x.failedAt !== t || this.live[s.idx]! <= 0 || this.prov[q]! < 0 || this.live[this.prov[q]!]! <= 0 || (groupOf.group !== null && this.groups.factor(q) <= EPS)) return;
        this.emit(
          'delayed',
          name,
          L(
            `The partitions of ${groupOf.name} that ${name} read wait: its consumer group gives them to the other members only once its session expires (session.timeout.ms ${d(wait)}).`,
            `${name} 인스턴스가 읽던 ${groupOf.name}의 파티션은 기다립니다. 컨슈머 그룹은 세션이 만료된 뒤에야(session.timeout.ms ${dk(wait)}) 그 파티션을 다른 멤버에게 넘깁니다.`,
          ),
        );
      });
      this.at(t + wait, () => {
        if (x.alive || x.failedAt !== t || this.live[s.idx]! <= 0 || this.prov[q]! < 0 || (groupOf.group !== null && this.groups.factor(q) <= EPS)) return;
        this.emit('routed-around', name, L(`${groupOf.name}'s consumer group rebalances: the other members of ${s.name} read the partitions ${name} had.`, `${groupOf.name}의 컨슈머 그룹이 리밸런싱해 ${s.name}의 다른 멤버가 ${name} 인스턴스의 파티션을 읽습니다.`));
      });
    }
    // A managed service fails over by itself; any other lost instance is replaced after its repair time (profile: VM, pod,
    // Auto Scaling). One whose provider promotes a standby node fails over through that takeover; the instance comes
    // back as a repair.
    const wholeApp = this.appDown.has(s.idx);
    const by = s.restoreBy === 'failover' && (s.providerStandby || wholeApp) ? 'repair' : s.restoreBy;
    // A whole app down is repaired by a person (a rollback, the platform's fix), not by replacing an instance: the generic repair unless `repair=` says.
    const personRepairs = wholeApp && s.timings.repair.attr === null;
    // A managed Redis Cluster's master whose shard has no replica: nothing to fail over to — the provider replaces the node,
    // empty, in its generic replacement time (round 43: "failed over in 2 min, rejoins as a replica").
    const g0 = s.group;
    const bareShard = by === 'failover' && s.managed && g0 !== null && g0.type === 'cluster' && i < g0.shards && clusterReplicaCounts(g0)[clusterShardOf(g0, i)] === 0 && s.timings.repair.attr === null;
    // A copy standing in for its source is watched as the source is: its rebuild does not wait for the users' report
    // (SimNode.noticeFirst counts only its own watchers).
    let standsIn = false;
    if (s.noticeFirst > 0) for (const v of this.acting.values()) if (v === s.idx) standsIn = true;
    // A person starts the rebuild when someone knows (model: noticeFirst): the monitor's notice, later when every monitor
    // watching it is lost now (users report it then).
    const noticed = by === s.restoreBy && !standsIn && !personRepairs && !bareShard ? this.rebuildNotice(s) : null;
    const back = personRepairs
      ? PROFILES.generic.values.repair!.v
      : bareShard
        ? PROFILES['generic-managed'].values.replace!.v
        : by === s.restoreBy
          ? s.restore - s.noticeFirst + (standsIn ? 0 : (noticed?.at ?? s.noticeFirst))
          : s.timings.repair.value;
    // (A managed service the scenario fails whole and recovers later — a provider's control plane out for 15 minutes — is
    // out until then: its own failover is what the scenario says did not happen; round 104b r02 served it at 0 s.)
    const written = (by !== 'failover' || (s.managed && s.kind === 'consensus')) && this.writtenRecoveries.some((r) => r.node === s.name && (r.instance === null || r.instance === i + 1) && r.at > t);
    // (A provider's own replacement of a lone managed node is no repair of ours: the sweep schedules it too, so that a slower
    // manual promotion beside it is not what the estimate counts — round 89b r08: 10 min in the run, 31 min in the sweep.)
    if (byNodeStep && !written && (by === 'failover' || (s.providerReplaces && by === s.restoreBy) || this.opt.repair !== false)) {
      const tm = s.timings;
      if (by === 'failover') {
        this.ownFailover.set(s.idx, t + s.restore);
        // (After the step's own events: the loss is said before what it restarts.)
        this.at(t, (now) => this.restartFailoverTarget(s, now, t + s.restore));
      }
      // A node a person rebuilds: said when someone knows, the rebuild's start (model: noticeFirst).
      const notice = noticed?.at ?? 0;
      if (notice > 0)
        this.at(t + notice, (now) =>
          // (After whatever else that moment says: a promotion by hand noticed at the same time says it already.)
          this.at(now, () => {
            if (!x.nodeDown || x.failedAt !== t || this.awaitingRestore.has(s.idx)) return;
            const key = `notice:${s.idx}`;
            if (!this.batches.has(key) && this.events.some((e) => e.at === now && e.type === 'detected' && e.target === s.name)) return;
            const backupOnly = s.callers.every((c) => textAttr(this.nodes[c]!.node, 'backup-to') === s.name) && this.nodes.some((o) => textAttr(o.node, 'backup-to') === s.name);
            const unreached = reachedFromEntries(this.m)[s.idx] === 0 && this.m.entries.length > 0;
            this.emitForInstances(key, 'detected', s, name, (names) => rebuildNoticedMessage(names, notice, backupOnly, unreached, noticed!.by));
          }),
        );
      // A managed cache pair whose every instance was lost one by one (`fail sess#1; fail sess#2`): no replica is left to
      // promote, so the provider rebuilds the instances, empty, and every session they held is gone (round 53b r02). A
      // whole-node step is the service's own failover instead (docs/simulation.md).
      let rebuilding = false;
      const comeBack = (now: number): void => {
        if (!x.nodeDown || x.failedAt !== t || this.awaitingRestore.has(s.idx)) return;
        if (!rebuilding && by === 'failover' && this.noReplicaLeft(s, i)) {
          rebuilding = true;
          if (!this.rebuiltEmpty.has(s.idx)) {
            this.rebuiltEmpty.add(s.idx);
            this.loseSessions(s.idx, 1, L(`No instance of ${s.name} is left to promote: every session it held is lost, and the provider rebuilds it empty.`, `${s.name}에 승격할 인스턴스가 남지 않아 담고 있던 세션이 모두 사라지고, 제공자가 빈 상태로 다시 만듭니다.`));
            // A cache kept as the data of record (carts in a `primary` cache): what it held is gone too, back to its last
            // backup (an RDB export) if it has one (round 55b r08: "1s of writes lost" after both nodes were).
            // (Or a cache its callers keep state in — carts, counters: round 104b r15 lost every cart at "0s".)
            this.loseCacheData(s.idx);
          }
          this.at(t + PROFILES['generic-managed'].values.replace!.v, comeBack);
          return;
        }
        x.nodeDown = false;
        x.rebuilt = true;
        x.rebuiltAt = now;
        // An Auto Scaling replacement or a new pod is a newly registered target: one passing check, already in its repair time.
        x.fresh = by === 'repair' && (tm.repair.profile === 'aws-autoscaling' || tm.repair.profile === 'aws-ecs' || tm.repair.profile === 'k8s-service');
        this.refresh(s, i, now, false);
        if (!x.alive) return;
        this.repairs.push(now);
        // (A self-run pair taking over — an ActiveMQ slave getting the store's lock — is no provider's failover: round 110 r08.)
        this.restoredAt.set(roundT(now), rebuilding ? 'repair' : by === 'failover' && !s.managed ? 'takeover' : by);
        const seeded = this.reseeded.get(x);
        if (seeded !== undefined) {
          this.reseeded.delete(x);
          const seededFrom = seeded.name;
          // (A copy that took over by itself — an observer's fast-start failover — is no promotion by hand, and Oracle's
          // broker reinstates the old primary as its standby by itself: round 101c r04, FastStartFailoverAutoReinstate.)
          const reinstate = /^oracle/i.test(engineOf(s.node) ?? '');
          // (Aurora's instances share one cluster volume: the service recovers the lost one, which rejoins as a reader —
          // nothing is replaced empty or re-seeded; round 102b r06.)
          const shared = s.timings.profile.clusterVolume === true;
          this.emit(
            'repaired',
            name,
            !seeded.byHand && shared
              ? L(
                  `The service recovers ${name} by itself (repair ${d(back)}); its instances share one cluster volume, so nothing is re-seeded: it rejoins as a reader of ${seededFrom}, which keeps the writer role — no switch back in this run.`,
                  `서비스가 ${josa(name, '을/를')} 스스로 복구합니다(복구 ${dk(back)}). 인스턴스들이 클러스터 볼륨 하나를 함께 쓰므로 다시 채울 것이 없고, 쓰기 역할을 계속 맡는 ${seededFrom}의 읽기 인스턴스로 다시 들어갑니다(이 시뮬레이션에서는 되돌리지 않습니다).`,
                )
              : !seeded.byHand
              ? L(
                  `${name} is ${this.disksOutlive(s.idx) || reinstate ? 'replaced' : 'replaced, empty'} (repair ${d(back)}): ${seededFrom}, which took over, has taken writes since and keeps the role — ${name} rejoins as its standby${reinstate ? ' (the Data Guard broker reinstates it by itself: FastStartFailoverAutoReinstate)' : ', re-seeded from it'}; no switch back in this run.`,
                  `${josa(name, '이/가')} ${this.disksOutlive(s.idx) || reinstate ? '교체됩니다' : '빈 상태로 교체됩니다'}(복구 ${dk(back)}). 넘겨받은 ${josa(seededFrom, '이/가')} 그 뒤의 쓰기를 받아 역할을 계속 맡으므로, ${josa(name, '은/는')} 그 대기 노드로 다시 들어갑니다${reinstate ? '(Data Guard 브로커가 스스로 복원: FastStartFailoverAutoReinstate)' : '(그 데이터로 다시 채움)'}. 이 시뮬레이션에서는 되돌리지 않습니다.`,
                )
              : this.disksOutlive(s.idx)
              ? L(
                  `${name} is replaced (repair ${d(back)}): its disks kept its data, but ${seededFrom}, promoted by hand, has taken writes since and keeps the role — a person rebuilds ${name} as its copy; no switch back in this run.`,
                  `${josa(name, '이/가')} 교체됩니다(복구 ${dk(back)}). 디스크에 데이터가 남아 있지만, 사람이 승격한 ${josa(seededFrom, '이/가')} 그 뒤의 쓰기를 받아 역할을 계속 맡으므로, 사람이 ${josa(name, '을/를')} 그 사본으로 다시 만듭니다(이 시뮬레이션에서는 되돌리지 않습니다).`,
                )
              : L(
                  `${name} is replaced, empty (repair ${d(back)}): a person re-seeds it from ${seededFrom}, which was promoted by hand and keeps the role — no switch back in this run.`,
                  `${josa(name, '이/가')} 빈 상태로 교체됩니다(복구 ${dk(back)}). 사람이 승격한 ${seededFrom}에서 데이터를 다시 채우며, 역할은 ${josa(seededFrom, '이/가')} 계속 맡습니다(이 시뮬레이션에서는 되돌리지 않습니다).`,
                ),
          );
          return;
        }
        // Data lost with no copy and no backup: the replacement serves, empty (round 52 r09: "fully served again" read as
        // everything back).
        const empty = s.dataKind && this.dataLoss.get(`${s.idx}`) === Infinity;
        this.emit(
          by === 'failover' && !bareShard && !rebuilding ? 'failed-over' : 'repaired',
          name,
          rebuilding
            ? L(
                `The provider rebuilds ${name} and it serves again, empty: no instance of ${s.name} was left to promote (generic: ${d(now - t)}; no document gives the time — repair= sets it).`,
                `제공자가 ${josa(name, '을/를')} 다시 만들어 빈 상태로 다시 처리합니다. ${s.name}에 승격할 인스턴스가 남지 않았습니다(범용 기본값 ${dk(now - t)}: 시간을 밝힌 문서가 없으며 repair=로 바꿀 수 있습니다).`,
              )
            : by === 'failover'
            ? bareShard
              ? L(
                  `${name}'s shard has no replica to promote: the provider replaces ${name} by itself and it serves its slots again, empty (generic: ${d(back)}; no document gives the time — repair= sets it).`,
                  `${name}의 샤드에는 승격할 복제본이 없어, 제공자가 ${josa(name, '을/를')} 스스로 교체해 빈 상태로 그 슬롯을 다시 처리합니다(범용 기본값 ${dk(back)}: 시간을 밝힌 문서가 없으며 repair=로 바꿀 수 있습니다).`,
                )
              : s.group !== null || (s.instances >= 2 && (s.node.role === 'standby' || s.node.role === 'replica'))
              ? // A group that fails over by itself (a managed Redis Cluster, a Sentinel set), or a managed cluster's readers
                // (routed around meanwhile): its replica took over already; the provider replaces the lost node, which
                // rejoins as a copy.
                L(
                  `The provider replaces ${name}, which rejoins ${s.name} as a replica (${failoverLabel(tm, 'en')}: ${d(s.restore)}).`,
                  `제공자가 ${josa(name, '을/를')} 교체해 ${s.name}에 복제본으로 다시 합류합니다(${failoverLabel(tm, 'ko')}: ${dk(s.restore)}).`,
                )
              : !s.managed && s.singleWriter
              ? // A self-run ActiveMQ shared-store pair: the slave takes the store's lock once the lost master's is released.
                i === 0 && tm.profile.id === 'tibco-ems'
                ? L(
                    `${s.name}'s standby server becomes active (${failoverLabel(tm, 'en')}: it waits ft_activation after the last heartbeat, then must lock the store's files, which NFSv4 releases when the lost server's lease expires — ${d(s.restore)}); ${name} is rebuilt as the new standby.`,
                    `${s.name}의 대기 서버가 활성 서버가 됩니다(${failoverLabel(tm, 'ko')}: 마지막 하트비트 뒤 ft_activation만큼 기다린 다음 저장소 파일을 잠가야 하고, NFSv4는 잃은 서버의 임대가 끝나야 잠금을 풉니다, ${dk(s.restore)}). ${josa(name, '은/는')} 새 대기 서버로 다시 만듭니다.`,
                  )
                : i === 0 && tm.profile.id === 'ibm-mq'
                ? L(
                    `${s.name}'s standby instance gets the queue manager's file lock and starts as the active instance (${failoverLabel(tm, 'en')}: the lock is released when the shared file system finds the lost server gone — on NFSv4 when its lease expires — then the standby replays the log and reconnectable clients come back, ${d(s.restore)}); ${name} is rebuilt as the new standby.`,
                    `${s.name}의 대기 인스턴스가 큐 관리자 파일 잠금을 얻어 활성 인스턴스로 시작합니다(${failoverLabel(tm, 'ko')}: 공유 파일 시스템이 잃은 서버를 알아채야 잠금이 풀리고(NFSv4는 임대가 끝날 때), 대기 인스턴스가 로그를 재생한 뒤 재연결 가능한 클라이언트가 돌아옵니다, ${dk(s.restore)}). ${josa(name, '은/는')} 새 대기 인스턴스로 다시 만듭니다.`,
                  )
                : i === 0
                ? L(
                    `${s.name}'s slave broker gets the store's lock and serves as the master (${failoverLabel(tm, 'en')}: the lost master's lock is released when its NFSv4 lease expires, and the slave tries for it every lockAcquireSleepInterval — ${d(s.restore)}); ${name} is rebuilt as the new slave.`,
                    `${s.name}의 슬레이브 브로커가 저장소 잠금을 얻어 마스터로 처리합니다(${failoverLabel(tm, 'ko')}: 잃은 마스터의 잠금은 NFSv4 임대가 끝나야 풀리고, 슬레이브는 lockAcquireSleepInterval마다 잠금을 시도합니다, ${dk(s.restore)}). ${josa(name, '은/는')} 새 슬레이브로 다시 만듭니다.`,
                  )
                : tm.profile.id === 'ibm-mq'
                ? L(
                    `${name}, the standby instance of ${s.name}, is rebuilt; the active instance served throughout.`,
                    `${s.name}의 대기 인스턴스 ${josa(name, '이/가')} 다시 만들어집니다. 그동안 활성 인스턴스가 계속 처리했습니다.`,
                  )
                : L(
                    `${name}, a slave broker of ${s.name}, is rebuilt; the master served throughout.`,
                    `${s.name}의 슬레이브 브로커 ${josa(name, '이/가')} 다시 만들어집니다. 그동안 마스터가 계속 처리했습니다.`,
                  )
              : L(
                  `${name} fails over inside the provider's service and serves again (${failoverLabel(tm, 'en')}: ${d(s.restore)}).`,
                  `${name}의 관리형 서비스 안에서 페일오버가 끝나 다시 요청을 처리합니다(${failoverLabel(tm, 'ko')}: ${dk(s.restore)}).`,
                )
            : wholeApp && s.kind === 'database'
              ? L(
                  `${name} serves again: the group is rebuilt (repair ${d(back)}${personRepairs ? ', generic: no document gives the time; repair= sets it' : ''}).`,
                  `그룹이 다시 구성되어 ${josa(name, '이/가')} 다시 요청을 처리합니다(복구 ${dk(back)}${personRepairs ? ', 범용 기본값: 시간을 밝힌 문서가 없으며 repair=로 바꿀 수 있습니다' : ''}).`,
                )
            : wholeApp && !s.managed && s.singleWriter
              ? L(
                  `${name} is repaired and serves again (repair ${d(back)}${personRepairs ? ', generic: a rebuild by a person; repair= sets it' : ''}).`,
                  `${josa(name, '이/가')} 복구되어 다시 요청을 처리합니다(복구 ${dk(back)}${personRepairs ? ', 범용 기본값: 사람이 다시 만드는 시간이며 repair=로 바꿀 수 있습니다' : ''}).`,
                )
            : wholeApp
              ? L(
                  `${name} serves again: the app is repaired (repair ${d(back)}${personRepairs ? ', generic: a fix by a person; repair= sets it' : ''}).`,
                  `앱이 복구되어 ${josa(name, '이/가')} 다시 요청을 처리합니다(복구 ${dk(back)}${personRepairs ? ', 범용 기본값: 사람이 고치는 시간이며 repair=로 바꿀 수 있습니다' : ''}).`,
                )
              : s.providerReplaces && by === 'repair' && s.kind === 'queue'
              ? // A managed broker of one instance keeps its messages on its storage volume (Amazon MQ: EBS or EFS), apart
                // from the broker: a replaced broker has them (round 86b r03: "serves again, empty").
                L(
                  `The provider replaces ${name} by itself on its storage volume and it serves again, with the messages it held (generic: ${d(back)}; no document gives the time — repair= sets it).`,
                  `제공자가 ${josa(name, '을/를')} 스토리지 볼륨 위에서 스스로 교체해, 갖고 있던 메시지를 그대로 가진 채 다시 처리합니다(범용 기본값 ${dk(back)}: 시간을 밝힌 문서가 없으며 repair=로 바꿀 수 있습니다).`,
                )
              : s.providerReplaces && by === 'repair' && s.timings.profile.keepsDisks !== undefined
              ? L(
                  `The provider restarts ${name} by itself on its own storage and it serves again, with every write it had (generic: ${d(back)}; no document gives the time — repair= sets it).`,
                  `제공자가 ${josa(name, '을/를')} 같은 스토리지 위에서 스스로 다시 시작해, 기록된 쓰기를 모두 가진 채 다시 처리합니다(범용 기본값 ${dk(back)}: 시간을 밝힌 문서가 없으며 repair=로 바꿀 수 있습니다).`,
                )
              : s.providerReplaces && by === 'repair' && s.kind === 'database' && s.node.role === 'replica' && s.node.of !== null
              ? // A read replica replaced is a copy again: it is rebuilt from its primary (round 110c r01).
                L(
                  `The provider replaces ${name} by itself, rebuilt from ${s.node.of}, and it serves reads again (generic: ${d(back)}; no document gives the time — repair= sets it).`,
                  `제공자가 ${josa(name, '을/를')} 스스로 교체하고 ${s.node.of}에서 다시 복제해, 읽기를 다시 처리합니다(범용 기본값 ${dk(back)}: 시간을 밝힌 문서가 없으며 repair=로 바꿀 수 있습니다).`,
                )
              : s.providerReplaces && by === 'repair' && replicatedStorage(s.node)
              ? L(
                  `The provider replaces ${name} by itself and it serves again, synced from the service's own log of the writes (generic: ${d(back)}; no document gives the time — repair= sets it).`,
                  `제공자가 ${josa(name, '을/를')} 스스로 교체하고, 서비스가 보관한 쓰기 로그로 동기화해 다시 처리합니다(범용 기본값 ${dk(back)}: 시간을 밝힌 문서가 없으며 repair=로 바꿀 수 있습니다).`,
                )
              : s.providerReplaces && by === 'repair'
              ? L(
                  `The provider replaces ${name} by itself and it serves again, empty (generic: ${d(back)}; no document gives the time — repair= sets it).`,
                  `제공자가 ${josa(name, '을/를')} 스스로 교체해 빈 상태로 다시 처리합니다(범용 기본값 ${dk(back)}: 시간을 밝힌 문서가 없으며 repair=로 바꿀 수 있습니다).`,
                )
              : genericRepair(s, by) && s.managed
              ? L(
                  `The provider replaces ${name}'s host and it serves again (repair ${d(back)}, generic: no document gives the time; repair= sets it)${empty ? EMPTY.en : '.'}`,
                  `제공자가 ${name}의 호스트를 교체해 다시 동작합니다(복구 ${dk(back)}, 범용 기본값: 시간을 밝힌 문서가 없으며 repair=로 바꿀 수 있습니다)${empty ? EMPTY.ko : '.'}`,
                )
              : genericRepair(s, by) && s.kind === 'storage' && s.node.attrs.has('raid') && !s.managed
              ? // A storage appliance (its disks in RAID, one chassis): the generic hour is a rebuild's, and a chassis is
                // replaced by its vendor — a part or a unit, often the next business day — so the figure is said to be
                // optimistic (round 104 r05, 100 r06: a 4 h goal "met" by a NAS chassis replaced in an hour).
                L(
                  `${name} is replaced and serves again (repair ${d(back - notice)}${notice ? ` once noticed, ${d(back)} after the loss;` : ','} generic: a rebuild by a person — a storage appliance's lost chassis or controller is replaced by its vendor, often the next business day under a support contract, which no document here times: write it as repair=)${empty ? EMPTY.en : '.'}`,
                  `${name}의 교체가 끝나 다시 동작합니다(${notice ? `알아챈 뒤 복구 ${dk(back - notice)}, 장애부터 ${dk(back)}` : `복구 ${dk(back)}`}, 범용 기본값: 사람이 다시 만드는 시간입니다. 스토리지 장비의 섀시나 컨트롤러는 제조사가 교체하며 유지보수 계약에 따라 다음 영업일인 경우가 많은데, 그 시간을 밝힌 문서가 여기 없으니 repair=로 적으세요)${empty ? EMPTY.ko : '.'}`,
                )
              : genericRepair(s, by)
              ? L(
                  `${name} is replaced and serves again (repair ${d(back - notice)}${notice ? ` once noticed, ${d(back)} after the loss;` : ','} generic: a rebuild by a person; repair= sets it)${empty ? EMPTY.en : '.'}`,
                  `${name}의 교체가 끝나 다시 동작합니다(${notice ? `알아챈 뒤 복구 ${dk(back - notice)}, 장애부터 ${dk(back)}` : `복구 ${dk(back)}`}, 범용 기본값: 사람이 다시 만드는 시간이며 repair=로 바꿀 수 있습니다)${empty ? EMPTY.ko : '.'}`,
                )
              : s.timings.profile.id === 'ec2-instance' && by === 'repair' && !s.node.attrs.has('repair')
              ? // A lone EC2 instance: its automatic recovery, for a host's failure (round 105 r05).
                L(
                  `EC2's automatic recovery moves ${name} to other hardware and reboots it, with its ID, addresses and EBS volumes, and it serves again (repair ${d(back)}, generic: AWS documents no duration). It covers a failure of the host; an instance that fails in its own software is rebuilt by a person (repair= sets it)${empty ? EMPTY.en : '.'}`,
                  `EC2의 자동 복구가 ${josa(name, '을/를')} 다른 하드웨어로 옮겨 재부팅하고(인스턴스 ID, 주소, EBS 볼륨 유지) 다시 동작합니다(복구 ${dk(back)}, 범용 기본값: AWS가 시간을 밝히지 않음). 호스트 장애에만 해당하며, 인스턴스 자체의 소프트웨어 장애는 사람이 다시 만들어야 합니다(repair=로 바꿀 수 있음)${empty ? EMPTY.ko : '.'}`,
                )
              : s.timings.profile.id === 'cloudnative-pg' && by === 'repair' && !s.node.attrs.has('repair')
              ? // CloudNativePG heals its own instances (round 112 r01): the operator, not a person.
                L(
                  `The CloudNativePG operator rebuilds ${name} by itself — it rejoins as a standby (pg_rewind on its volume, or a new clone of the primary) — and it serves again (repair ${d(back)}, generic: the clone's time depends on the data's size; repair= sets it)${empty ? EMPTY.en : '.'}`,
                  `CloudNativePG 오퍼레이터가 ${josa(name, '을/를')} 스스로 다시 만들어 대기 노드로 합류시키고(볼륨의 pg_rewind, 또는 프라이머리의 새 복제본) 다시 동작합니다(복구 ${dk(back)}, 범용 기본값: 복제 시간은 데이터 크기에 달림. repair=로 바꿀 수 있습니다)${empty ? EMPTY.ko : '.'}`,
                )
              : L(`${name} is replaced and serves again (repair ${d(back)})${empty ? EMPTY.en : '.'}`, `${name}의 교체가 끝나 다시 동작합니다(복구 ${dk(back)})${empty ? EMPTY.ko : '.'}`),
        );
        // A managed Redis pair's replica promoted in the primary's place (ElastiCache, Memorystore Standard, Azure Cache): Redis
        // replicates asynchronously, so the writes it had not received are lost — counted when the cache holds state the
        // callers rely on (loseWrites decides; round 99b r02, 99c r04: "0s lost" beside a cluster's 1 s).
        if (by === 'failover' && !bareShard && !rebuilding && s.kind === 'cache' && s.managed && s.singleWriter && i === 0 && asyncManagedRedis(s.node) && !this.dataNodes.includes(s.idx)) {
          const next = this.instOf(s.idx).findIndex((y, k) => k !== i && y.alive);
          this.loseWrites(s.timings.lag.value, next >= 0 ? this.instName(s, next) : name, s.idx);
        }
      };
      this.at(t + back, comeBack);
    }
    // Callers of two active-active primaries (compilePeerCalls) give up on the lost one after their connect timeout.
    if (this.live[s.idx]! <= 0) this.peerSwitch(s, t);
    // A balancer in front of a VIP pair sends to the virtual IP, not to an instance: nothing for it to mark dead while an
    // instance holds the address; once the last one is gone, the address is the one target it marks dead.
    const vipGone = this.viaVip(s.idx) && this.live[s.idx]! <= 0;
    for (const r of (this.viaVip(s.idx) && !vipGone) || this.primaryOnly(s.idx) ? [] : this.m.routers[s.idx]!) {
      const lb = this.nodes[r]!;
      if (lb.lbDetect === null) continue;
      // Readiness probes are run by the kubelet of the pod's own node: a pod lost with its node leaves a Kubernetes
      // Service (an ingress or Service written as a balancer) when the node goes NotReady, not after failed probes.
      const endpointsOnly = x.hostLost && s.hostDetect !== null && (lb.timings.profile.id === 'k8s-service' || lb.timings.profile.id === 'ingress-nginx');
      // nginx ignores max_fails and fail_timeout for the only server of an upstream: it is never marked unavailable
      // (nginx-upstream; docs/defaults.md) — round 51 r02.
      if (!endpointsOnly && nginxLoneServer(lb, s)) continue;
      // A balancer that passes a failed request to another target by itself (nginx proxy_next_upstream, httpd's
      // mod_proxy_balancer) learns of a silent server only from the requests it sends there: each waits the connect
      // timeout first, so until the server is marked dead its share of the requests is delayed by that much, not failed
      // (round 77c r01: a WAS powered off behind Apache httpd showed no impact at all).
      // (Not a Kubernetes pod whose container crashed on a live node: its port answers with a reset at once, and the request
      // goes to the next upstream with no wait — round 112 r03. A pod lost with its node answers nothing, as a server.)
      const refused = !x.hostLost && (s.timings.profile.id === 'k8s-service' || s.timings.profile.id === 'ingress-nginx');
      if (lb.timings.passive && lb.timings.profile.retries === true && this.live[s.idx]! > 0 && !this.viaVip(s.idx) && !refused) {
        const wait = lb.timings.timeout.value;
        // (Longer than the senders wait — mod_jk waiting the kernel's 127 s: those requests fail, not wait; round 125 r01.)
        const hangs = hangsPastLimit(lb);
        this.at(t, () => {
          if (x.alive || x.failedAt !== t || this.live[r]! <= 0 || this.live[s.idx]! <= 0) return;
          if (hangs)
            this.emit(
              'hung',
              name,
              L(
                `The requests ${lb.name} sends to ${name} wait for the connect timeout (${d(wait)}: a powered-off server answers nothing) before ${lb.name} would pass them to another ${s.name} instance — longer than their senders wait (${d(DEFAULTS.hangLimit)}, generic: the HTTP fronts' default timeouts), so they fail, and the hung ones tie up ${lb.name}'s workers, until ${lb.name} marks it dead. A connect timeout of a few seconds on ${lb.name}'s side (mod_jk's \`socket_connect_timeout\`, with \`ping_mode\`) turns this into a short delay.`,
                `${josa(lb.name, '이/가')} ${name} 인스턴스에 보낸 요청은 연결 타임아웃(${dk(wait)}, 전원이 꺼진 서버는 아무 응답도 하지 않음)만큼 기다린 뒤에야 다른 ${s.name} 인스턴스로 넘어갈 수 있습니다. 보낸 쪽이 기다리는 시간(${dk(DEFAULTS.hangLimit)}, 범용 기본값: HTTP 앞단의 기본 타임아웃)보다 길어 ${josa(lb.name, '이/가')} 그 인스턴스를 장애로 표시할 때까지 실패하고, 걸려 있는 요청이 ${lb.name}의 워커를 붙잡습니다. ${lb.name} 쪽 연결 타임아웃을 몇 초로 두면(mod_jk의 \`socket_connect_timeout\`과 \`ping_mode\`) 짧은 지연으로 바뀝니다.`,
              ),
            );
          else
            this.stalled(
              s.idx,
              name,
              wait,
              L(
                `The requests ${lb.name} sends to ${name} wait for the connect timeout (${d(wait)}: a powered-off server answers nothing) before ${lb.name} passes them to another ${s.name} instance: its share is delayed, not failed, until ${lb.name} marks it dead.`,
                `${josa(lb.name, '이/가')} ${name} 인스턴스에 보낸 요청은 연결 타임아웃(${dk(wait)}, 전원이 꺼진 서버는 아무 응답도 하지 않음)만큼 기다린 뒤에야 다른 ${s.name} 인스턴스로 넘어갑니다. ${josa(lb.name, '이/가')} 그 인스턴스를 장애로 표시할 때까지 그 몫의 요청은 실패하지 않고 늦어집니다.`,
              ),
            );
        });
      }
      // (ingress-nginx sends to a pod lost with its node until the endpoints drop it: its requests wait the connect timeout
      // meanwhile, said above; the Service's own step removes it.)
      if (endpointsOnly) continue;
      this.at(t + lb.lbDetect, () => {
        // A balancer that is down itself (lost with the same zone) marks nothing.
        if (x.alive || x.failedAt !== t || this.live[r]! <= 0) return;
        // A standby that never took over sent nothing through it: a balancer checking the role (HAProxy on Patroni's
        // `/primary`) had it out of rotation all along (round 119c r02).
        if (this.idleStandby(s.idx)) return;
        // An app behind the platform's front end (App Service): its host name still answers while an instance is left.
        if (platformFronted(s) && this.live[s.idx]! > 0) return;
        if (vipGone && this.live[s.idx]! > 0) return;
        if (vipGone)
          return this.emit(
            'routed-around',
            s.name,
            L(`${lb.name} marks ${s.name} (its virtual IP) dead ${checkText(lb).en} and stops sending it requests.`, markedDeadKo(lb, `${s.name}(가상 IP)`)),
          );
        this.emitForInstances(`lb:${r}:${s.idx}`, 'routed-around', s, name, (names, none) => {
          const left = none ? L(` ${s.name} has no instance left.`, ` ${s.name}에는 남은 인스턴스가 없습니다.`) : L('', '');
          return lb.serverlessNeg
            ? L(
                `${lb.name} ejects ${names.en} ${checkText(lb).en} and stops sending ${names.many ? 'them' : 'it'} requests.${left.en}`,
                `${checkText(lb).ko} ${lb.name}의 이상치 감지가 ${josa(names.ko, '을/를')} 풀에서 빼고 더 이상 요청을 보내지 않습니다.${left.ko}`,
              )
            : L(`${lb.name} marks ${names.en} dead ${checkText(lb).en} and stops sending ${names.many ? 'them' : 'it'} requests.${left.en}`, markedDeadKo(lb, names.ko) + left.ko);
        });
      });
    }
    // (Said once the whole loss is in — a zone taking both nodes leaves none, not "1 of 2": round 110 r04.)
    if (s.vipQuorum && this.live[s.idx]! > 0 && this.live[s.idx]! < majorityOf(this.instOf(s.idx).length))
      this.at(this.now, () => {
        if (!(this.live[s.idx]! > 0 && this.live[s.idx]! < majorityOf(this.instOf(s.idx).length))) return;
        const n = this.instOf(s.idx).length;
        this.emit(
          'failover-blocked',
          s.name,
          L(
            `${s.name}'s watchdog has ${this.live[s.idx]} of ${n} nodes, not more than half (enable_consensus_with_half_votes is off by default): no quorum, so no node holds the virtual IP until ${name} is back.`,
            `${s.name}의 watchdog 노드가 ${n}개 중 ${this.live[s.idx]}개만 남아 과반이 아닙니다(enable_consensus_with_half_votes는 기본값 off). 쿼럼이 없어 ${josa(name, '이/가')} 돌아올 때까지 어느 노드도 가상 IP를 갖지 않습니다.`,
          ),
        );
      });
    // Patroni's synchronous_mode keeps one synchronous standby (synchronous_node_count 1): of a standby node of several
    // instances, the first is it and the others are asynchronous — losing it stalls the commits as losing a lone one does,
    // until Patroni names another (round 50 r02); losing another instance costs nothing.
    const patroniSyncOfMany = s.semiSyncKind === 'patroni' && s.instances > 1 && i === 0 && this.live[s.idx]! > 0;
    if (s.semiSyncFor >= 0 && this.prov[s.semiSyncFor] === s.semiSyncFor && (this.live[s.idx]! <= 0 || patroniSyncOfMany)) {
      const p = this.nodes[s.semiSyncFor]!.name;
      const kind = s.semiSyncKind;
      const loop = PROFILES.patroni.values.loopWait!.v;
      // `sync-timeout=` written on the standby: the product's timeout as set (rpl_semi_sync_source_timeout, SESSION_TIMEOUT …).
      const written = kind === 'patroni' || kind === 'pg-auto-failover' ? null : durationAttr(s.node, 'sync-timeout');
      const wait = written !== null ? written : kind === 'db2' ? DB2_HADR.timeout.v : kind === 'sqlserver' ? SQLSERVER_AG.sessionTimeout.v : kind === 'oracle' ? ORACLE_DG.netTimeout.v : kind === 'patroni' ? Math.min(PROFILES.patroni.values.ttl!.v, PG_WAL_SENDER.timeout.v) + loop : kind === 'pg-auto-failover' ? PG_AUTO_FAILOVER.unhealthy.v : MYSQL_SEMI_SYNC.timeout.v;
      // Patroni names another standby synchronous when it has one: the writes are on a copy again from then on.
      const nextOwn = patroniSyncOfMany ? this.instOf(s.idx).findIndex((y) => y.alive) : -1;
      const next = nextOwn >= 0 ? { name: this.instName(s, nextOwn) } : kind === 'patroni' ? this.nodes[s.semiSyncFor]!.takeovers.map((t) => this.nodes[t.by]!).find((b) => b.idx !== s.idx && !b.client && this.live[b.idx]! > 0 && engineOf(b.node) === 'patroni') : undefined;
      // What the commits wait for, and how the primary goes on once the timeout has passed.
      const how =
        kind === 'patroni'
          ? L(
              `Commits on ${p} wait for ${name}, its synchronous standby, until ${name}'s member key expires in the DCS (ttl ${d(PROFILES.patroni.values.ttl!.v)}, before the walsender's wal_sender_timeout ${d(PG_WAL_SENDER.timeout.v)}) and Patroni's next loop (loop_wait ${d(loop)}) ${next ? `makes ${next.name} the synchronous standby` : 'turns synchronous replication off'}: writes stall about ${d(wait)}`,
              `${p}의 커밋은 동기 대기 노드 ${name}의 확인을 기다리다가, DCS에서 ${name}의 멤버 키가 만료되고(ttl ${dk(PROFILES.patroni.values.ttl!.v)}, walsender의 wal_sender_timeout ${dk(PG_WAL_SENDER.timeout.v)}보다 먼저) Patroni의 다음 루프(loop_wait ${dk(loop)})가 ${next ? `${josa(next.name, '을/를')} 동기 대기 노드로 정하면` : '동기 복제를 끄면'} 계속됩니다. 쓰기가 약 ${dk(wait)} 멈춥니다`,
            )
          : kind === 'pg-auto-failover'
          ? L(
              `Commits on ${p} wait for ${name}, its synchronous secondary, until the pg_auto_failover monitor marks it unhealthy (node_considered_unhealthy_timeout ${d(wait)}), puts ${p} in wait_primary and has ${name} removed from synchronous_standby_names: writes stall about ${d(wait)}; no failover is possible until ${name} is back`,
              `${p}의 커밋은 동기 세컨더리 ${name}의 확인을 기다리다가, pg_auto_failover 모니터가 ${josa(name, '을/를')} 비정상으로 판정하고(node_considered_unhealthy_timeout ${dk(wait)}) ${josa(p, '을/를')} wait_primary로 바꿔 synchronous_standby_names에서 ${josa(name, '을/를')} 빼면 계속됩니다. 쓰기가 약 ${dk(wait)} 멈추고, ${josa(name, '이/가')} 돌아올 때까지 페일오버는 할 수 없습니다`,
            )
          : kind === 'db2'
          ? L(
              `Commits on ${p} wait for ${name}, its only synchronous HADR standby, until hadr_timeout (${d(wait)}); then ${p} goes on alone (remote catchup pending, hadr_peer_window 0 by default)`,
              `${p}의 커밋은 유일한 동기 HADR 스탠바이 ${name}의 응답을 hadr_timeout(${dk(wait)})까지 기다린 뒤 혼자 계속됩니다(remote catchup pending, hadr_peer_window 기본값 0)`,
            )
          : kind === 'sqlserver'
          ? L(
              `Commits on ${p} wait for ${name}, its synchronous-commit secondary, until the replica's session timeout (SESSION_TIMEOUT ${d(wait)}) marks it disconnected; then ${p} commits without it`,
              `${p}의 커밋은 동기 커밋 보조 복제본 ${name}의 확인을 기다리다가, 복제본의 세션 타임아웃(SESSION_TIMEOUT ${dk(wait)})이 지나 연결 끊김으로 표시되면 그 복제본 없이 커밋합니다`,
            )
          : kind === 'oracle'
            ? L(
                `Commits on ${p} wait for ${name}, its only Data Guard standby in Maximum Availability, until NetTimeout (${d(wait)}); then ${p} goes on without it (as in Maximum Performance)`,
                `${p}의 커밋은 Maximum Availability 모드의 유일한 Data Guard 스탠바이 ${name}의 확인을 NetTimeout(${dk(wait)})까지 기다린 뒤 스탠바이 없이 계속됩니다(Maximum Performance처럼)`,
              )
            : L(
                `Commits on ${p} wait for ${name}, its only semi-synchronous replica, until rpl_semi_sync_source_timeout (${d(wait)}); then ${p} goes on with asynchronous replication`,
                `${p}의 커밋은 유일한 반동기 레플리카 ${name}의 확인을 rpl_semi_sync_source_timeout(${dk(wait)})까지 기다린 뒤 비동기 복제로 넘어갑니다`,
              );
      // pg_auto_failover with its monitor down: nothing moves the primary to wait_primary, and a primary that reaches
      // neither the monitor nor a connected secondary stops PostgreSQL after network_partition_timeout (20 s, DEMOTE_TIMEOUT)
      // — writes and reads fail until one of them is back (round 100 r03: the run let the writes go on after 20 s).
      const pgafMon = kind === 'pg-auto-failover' ? (this.nodes[s.semiSyncFor]!.takeovers.find((x) => x.by === s.idx)?.coordinator ?? -1) : -1;
      if (pgafMon >= 0 && this.live[pgafMon]! <= 0) {
        const pi = s.semiSyncFor;
        const np = PG_AUTO_FAILOVER.networkPartition.v;
        this.at(t + np, () => {
          if (this.prov[pi] !== pi || this.live[pi]! <= 0 || this.live[s.idx]! > 0 || this.live[pgafMon]! > 0 || this.quorumDown.has(pi)) return;
          this.quorumDown.add(pi);
          this.pgafStopped.set(pi, { standby: s.idx, monitor: pgafMon });
          this.emit(
            'failover-blocked',
            p,
            L(
              `${p} reaches neither the pg_auto_failover monitor ${this.nodes[pgafMon]!.name} (down) nor a connected secondary (${name}): with nothing to move it to wait_primary its commits wait, and after network_partition_timeout (${d(np)}) it stops PostgreSQL (DEMOTE_TIMEOUT) — nothing is served until the monitor or ${name} is back.`,
              `${josa(p, '은/는')} pg_auto_failover 모니터 ${this.nodes[pgafMon]!.name}(멈춤)에도, 연결된 세컨더리(${name})에도 닿지 못합니다. wait_primary로 바꿔 줄 주체가 없어 커밋이 기다리고, network_partition_timeout(${dk(np)}) 뒤 PostgreSQL을 멈춥니다(DEMOTE_TIMEOUT). 모니터나 ${josa(name, '이/가')} 돌아올 때까지 아무것도 처리하지 못합니다.`,
            ),
          );
        });
      }
      // Said once the step is done: not when the primary went with it (a zone or region taking both).
      this.at(t, () => {
        if (this.prov[s.semiSyncFor] !== s.semiSyncFor || this.live[s.semiSyncFor]! <= 0) return;
        if (pgafMon >= 0 && this.live[pgafMon]! <= 0) return;
        this.stalled(
        s.semiSyncFor,
        p,
        wait,
        next
          ? L(`${how.en}; then every acknowledged write is on ${next.name} (an rpo of 0 holds).`, `${how.ko}. 그 뒤로 커밋된 쓰기는 모두 ${next.name}에 있습니다(RPO 0 유지).`)
          : L(
              `${how.en}${kind === 'patroni' || kind === 'pg-auto-failover' ? '; then' : ':'} writes succeed, but until ${s.name} is back none is on a copy when acknowledged (an rpo of 0 does not hold meanwhile).`,
              `${how.ko}. 쓰기는 성공하지만 ${josa(s.name, '이/가')} 돌아올 때까지 커밋된 쓰기가 사본에 있다는 보장이 없습니다(그동안 RPO 0은 지켜지지 않습니다).`,
            ),
        );
      });
    }
    // (Not when the primary is down too — a zone or region taking both: no commit is waiting then.)
    if (s.syncFor >= 0 && this.prov[s.syncFor] === s.syncFor && this.live[s.syncFor]! > 0 && this.live[s.idx]! <= 0 && this.maxProtection(s.syncFor) && !this.protectionLowered.has(s.syncFor)) {
      // Oracle Data Guard in Maximum Protection: the primary shuts down rather than commit unprotected; a DBA restarts it in
      // a lower mode once the loss is noticed (the manual promotion's time, generic), unless the standby is back first.
      const pi = s.syncFor;
      const p = this.nodes[pi]!.name;
      const by = failoverTimingsOf(s.node, this.nodes[pi]!.node).manualPromote;
      const at = t + this.dur[pi]!.notice + by.value;
      const pw = protectionWords(this.nodes[pi]!.node);
      this.emit(
        'down',
        p,
        L(
          `${p} shuts down: in ${pw.mode.en} a primary that cannot ${pw.tibero ? 'send' : 'write'} its redo to a synchronized standby stops rather than commit, and ${name} was its only one. It opens again when ${s.name} is back, or when a DBA restarts it in ${pw.lower.en} once the loss is noticed (${by.attr === null ? 'generic: ' : ''}${d(by.value)}).`,
          `${p} 노드가 내려갑니다. ${pw.mode.ko}의 프라이머리는 동기화된 대기에 REDO를 쓸 수 없으면 커밋하지 않고 멈추는데, ${josa(name, '이/가')} 유일한 대기였습니다. ${josa(s.name, '이/가')} 돌아오거나, 장애를 알아챈 DBA가 ${pw.lower.ko}로 다시 열면(${by.attr === null ? '범용 기본값 ' : ''}${dk(by.value)}) 다시 열립니다.`,
        ),
      );
      this.at(at, () => {
        if (this.live[s.idx]! > 0 || this.live[pi]! <= 0 || this.protectionLowered.has(pi)) return;
        this.protectionLowered.add(pi);
        // (Nothing took over: a person brought it back, as a repair does — the standby is a single point of failure.)
        this.repairs.push(this.now);
        this.emit('promoted', p, L(`A DBA lowers ${p} to ${pw.lower.en} and opens it: it serves again without a synchronized standby (no rpo of 0 until ${s.name} is back).`, `DBA가 ${josa(p, '을/를')} ${pw.lower.ko}로 낮춰 다시 엽니다. 동기화된 대기 없이 다시 처리합니다(${josa(s.name, '이/가')} 돌아올 때까지 RPO 0은 지켜지지 않습니다).`));
      });
    } else if (s.syncFor >= 0 && this.prov[s.syncFor] === s.syncFor && this.live[s.syncFor]! > 0 && this.live[s.idx]! <= 0 && !this.maxProtection(s.syncFor)) {
      const p = this.nodes[s.syncFor]!.name;
      // PostgreSQL's synchronous_standby_names, or a MySQL/SQL Server standby written `sync-timeout=none`.
      const setting = syncWaitWords(this.nodes[s.syncFor]!.node, s.node).short;
      this.emit(
        'writes-blocked',
        p,
        s.instances > 1 && syncWaitProduct(this.nodes[s.syncFor]!.node, s.node) === 'postgres'
          ? L(
              `Commits on ${p} wait for one of its synchronous standbys (synchronous_standby_names ANY 1 of ${s.name}'s ${s.instances}), and ${name} was the last one up: no write completes until one is back.`,
              `${p}의 커밋은 동기 대기 노드 중 하나의 확인을 기다리는데(synchronous_standby_names: ${s.name}의 ${s.instances}개 중 ANY 1), 마지막으로 남아 있던 ${josa(name, '이/가')} 멈췄습니다. 하나가 돌아올 때까지 쓰기가 하나도 끝나지 않습니다.`,
            )
          : s.instances > 1
          ? L(
              `Commits on ${p} wait for one of its synchronous standbys (${setting.en}: one of ${s.name}'s ${s.instances}), and ${name} was the last one up: no write completes until one is back.`,
              `${p}의 커밋은 동기 대기 노드 중 하나의 확인을 기다리는데(${setting.ko}: ${s.name}의 ${s.instances}개 중 하나), 마지막으로 남아 있던 ${josa(name, '이/가')} 멈췄습니다. 하나가 돌아올 때까지 쓰기가 하나도 끝나지 않습니다.`,
            )
          : L(
              `Commits on ${p} wait for ${name}, its only synchronous standby (${setting.en}): no write completes until ${s.name} is back.`,
              `${p}의 커밋은 유일한 동기 대기 노드 ${name}의 확인을 기다립니다(${setting.ko}). ${josa(s.name, '이/가')} 돌아올 때까지 쓰기가 하나도 끝나지 않습니다.`,
            ),
      );
    }
    // The last of several standbys a source never commits without (`sync-timeout=none`): its writes stop (round 94b r01).
    if (this.live[s.idx]! <= 0)
      for (const pi of this.syncAnyOf(s.idx)) {
        const pn = this.nodes[pi]!;
        if (this.prov[pi] !== pi || this.live[pi]! <= 0 || !pn.syncWaitAny.every((x) => this.live[x]! <= 0)) continue;
        const all = pn.syncWaitAny.map((x) => this.nodes[x]!.name).join(', ');
        const setting = syncWaitWords(pn.node, s.node).short;
        this.emit(
          'writes-blocked',
          pn.name,
          L(
            `Commits on ${pn.name} wait for one of its synchronous standbys (${all}; ${setting.en}), and ${name} was the last one up: no write completes until one is back.`,
            `${pn.name}의 커밋은 동기 대기 노드(${all}) 중 하나의 확인을 기다리는데(${setting.ko}), 마지막으로 남아 있던 ${josa(name, '이/가')} 멈췄습니다. 하나가 돌아올 때까지 쓰기가 하나도 끝나지 않습니다.`,
          ),
        );
      }
    // (A Kafka cluster with `quorum` — min.insync.replicas at a majority — still moves a lost broker's partition leaders:
    // the same wait while it keeps the in-sync replicas it needs; round 39b.)
    // (An Elasticsearch/OpenSearch cluster whose nodes are also master-eligible — a voting group — the same for its data
    // shards while it keeps its majority: round 44b showed no write stall at all.)
    // (A search cluster with one copy per shard has no replica to promote: its lost shards are lost, not delayed.)
    const search = SEARCH_PROFILES.has(s.timings.profile.id);
    const oneCopySearch = search && shardCopiesOf(s.node) === 1;
    const groupStalls = s.group !== null && ((s.kind === 'queue' && KAFKA_ENGINES.has(engineOf(s.node))) || (search && !oneCopySearch)) && this.groups.factor(s.idx) > 0;
    if (s.selfDetect !== null && (s.group === null || groupStalls) && !oneCopySearch && retriesThrough(s, s.selfDetect) && this.live[s.idx]! > 0 && this.groups.controlPlaneOk(s)) {
      // Said once the step is done (a zone's loss takes its instances one by one): not when every copy went with it.
      const det = s.selfDetect;
      this.at(t, () => {
        // (Nor when the step also took the controller quorum's majority: no new leader is elected — round 50b r06.)
        // (Nor a search data tier with no elected master: nothing promotes a replica, and its writes are rejected — 52b r04.)
        if (this.live[s.idx]! <= 0 || x.alive || (groupStalls && this.groups.factor(s.idx) <= 0) || !this.groups.controlPlaneOk(s) || this.noMaster(s)) return;
        // A search cluster nothing indexes into: its searches go to the other copy of each shard, and no write waits for a
        // new primary — no stall (round 125b r07: a search-only API was charged 32 s against its RTO).
        if (SEARCH_PROFILES.has(s.timings.profile.id) && !searchWritten(this.m, s.idx)) return;
        const retry = s.timings.profile.values.retryFor?.v ?? 0;
        this.stalled(
          s.idx,
          name,
          det,
          s.timings.profile.id === 'glusterfs'
            ? L(
                `I/O to ${s.name} stalls until its clients give up on the lost brick ${name} (${d(det)}, network.ping-timeout): the native client writes to each replica and waits that long for a server that stopped answering before it carries on with the others, so the callers wait instead of failing.`,
                `${s.name} 볼륨의 I/O는 클라이언트가 응답 없는 브릭 ${josa(name, '을/를')} 포기할 때까지(${dk(det)}, network.ping-timeout) 멈춥니다. 네이티브 클라이언트는 쓰기를 모든 복제본에 보내고, 응답하지 않는 서버를 그만큼 기다린 뒤에야 나머지 복제본으로 계속하므로, 호출하는 쪽은 실패하지 않고 기다립니다.`,
              )
            : replicatedVolume(s)
            ? L(
                `I/O to ${s.name} stalls until its lost replica ${name} is dropped from the volume (generic: ${d(det)}): every write goes to each replica, so the callers wait instead of failing, and the other replicas serve on.`,
                `${s.name} 볼륨의 I/O는 잃은 복제본 ${josa(name, '이/가')} 볼륨에서 빠질 때까지(범용 기본값 ${dk(det)}) 멈춥니다. 쓰기는 모든 복제본에 가므로 호출하는 쪽은 실패하지 않고 기다리며, 나머지 복제본이 계속 처리합니다.`,
              )
            : s.timings.profile.id === 'ceph'
            ? L(
                `I/O to the placement groups whose primary OSD was on ${name} blocks until its peers report it down (${d(det)}, osd_heartbeat_grace) and the groups re-peer on their other copies; clients wait (no request timeout by default), so it is delayed, not failed.`,
                `${name} 인스턴스에 프라이머리 OSD가 있던 배치 그룹(PG)의 I/O는 다른 OSD가 장애를 보고하고(${dk(det)}, osd_heartbeat_grace) 나머지 사본으로 다시 피어링할 때까지 멈춥니다. 클라이언트는 기다리므로(기본값은 요청 타임아웃 없음) 실패하지 않고 늦어질 뿐입니다.`,
              )
            : SEARCH_PROFILES.has(s.timings.profile.id)
            ? L(
                `Writes to the shards whose primary was on ${name} wait for a replica on another node to be promoted (after ${d(det)}, when the master removes ${name}); an index request waits up to its timeout (${d(retry)}) for an active primary, so they are delayed, not failed. Searches go to the other copy of each shard.`,
                `${name} 인스턴스에 프라이머리가 있던 샤드로 가는 쓰기는 다른 노드의 복제본이 승격될 때까지(마스터가 ${name} 인스턴스를 빼는 ${dk(det)} 뒤) 기다립니다. 색인 요청은 활성 프라이머리를 타임아웃(${dk(retry)})까지 기다리므로 실패하지 않고 늦어질 뿐입니다. 검색은 각 샤드의 다른 사본으로 갑니다.`,
              )
            : L(
                `Sends to the partitions ${name} led wait for their new leaders (${d(det)}); producers retry them until delivery.timeout.ms (${d(retry)}), so they are delayed, not failed.`,
                `${name} 인스턴스가 리더였던 파티션으로 보내는 메시지는 새 리더가 뽑힐 때까지(${dk(det)}) 기다립니다. 프로듀서가 delivery.timeout.ms(${dk(retry)})까지 재시도하므로 실패하지 않고 늦어질 뿐입니다.`,
              ),
        );
      });
    }
    if (s.selfDetect !== null && s.group === null) {
      // A Kubernetes pod lost with its host leaves the Service when the node goes NotReady (node-monitor-grace-period).
      const hostLoss = !byNodeStep && s.hostDetect !== null;
      // (Memcached: no detection at all — its keys miss from the moment the server is gone, said then.)
      const memcached = isMemcached(s.node);
      const drop = (): void => {
        if (x.alive || x.failedAt !== t) return;
        if (s.vip) {
          if ((this.vipHolder.get(s.idx) ?? 0) !== i) return;
          // Pgpool-II's watchdog without its quorum moves the virtual IP nowhere (failover-blocked said so).
          if (s.vipQuorum && this.live[s.idx]! < majorityOf(this.instOf(s.idx).length)) return;
          const next = this.instOf(s.idx).findIndex((y) => y.alive);
          if (next < 0) return;
          // On a public cloud keepalived cannot move the address to another zone's instance (round 95b r05): it stays with
          // the lost one until it is back.
          if (s.vipCloud !== null && s.zoneOf(next) !== s.zoneOf(i)) {
            if (!this.vipStuck.has(s.idx)) {
              this.vipStuck.add(s.idx);
              this.emit(
                'failover-blocked',
                name,
                L(
                  `The virtual IP cannot move from ${name} to ${this.instName(s, next)} in another zone: on ${s.vipCloud} a private address belongs to one zone's subnet and the network carries no VRRP, so keepalived alone moves nothing between zones — what calls the address fails until ${name} is back (a notify script re-pointing an Elastic IP or a route through the provider's API would move it in seconds to a minute; the provider's load balancer does it for you).`,
                  `가상 IP가 ${name}에서 다른 존의 ${this.instName(s, next)} 쪽으로 옮겨 가지 못합니다. ${s.vipCloud}에서는 사설 주소가 한 존의 서브넷에 속하고 네트워크가 VRRP를 전달하지 않아, keepalived만으로는 존 사이로 주소를 옮기지 못합니다. ${josa(name, '이/가')} 돌아올 때까지 이 주소로 오는 요청이 실패합니다(제공자 API로 Elastic IP나 라우트를 옮기는 notify 스크립트라면 몇 초에서 1분, 제공자의 로드밸런서는 알아서 합니다).`,
                ),
              );
            }
            return;
          }
          this.vipHolder.set(s.idx, next);
          this.emit(
            'routed-around',
            name,
            L(
              `The virtual IP moves from ${name} to ${this.instName(s, next)} (${vipText(s).en}).`,
              `가상 IP가 ${name}에서 ${this.instName(s, next)} 쪽으로 옮겨 갑니다(${vipText(s).ko}).`,
            ),
          );
        } else if ((s.timings.profile.id === 'k8s-service' || s.timings.profile.id === 'ingress-nginx') && this.groups.controlPlaneOk(s)) {
          // Pods nothing calls through a Service (a queue's consumers pull their messages): nothing to stop sending.
          if (!s.callers.length && this.m.nodes.some((q) => q.consumers.includes(s.idx))) return;
          const tm = s.timings;
          this.emitForInstances(`svc:${s.idx}:${hostLoss}`, 'routed-around', s, name, (names) =>
            hostLoss
              ? L(
                  `The Service stops sending to ${names.en}: ${names.many ? 'their nodes are' : 'its node is'} NotReady after node-monitor-grace-period ${d(s.hostDetect!)}.`,
                  `노드가 node-monitor-grace-period ${dk(s.hostDetect!)} 뒤 NotReady가 되어 Service가 ${names.ko} 파드에 더 이상 보내지 않습니다.`,
                )
              : s.crashRemoval
              ? L(
                  `The Service stops sending to ${names.en}: ${names.many ? 'their containers exited, so the kubelet reports them' : 'its container exited, so the kubelet reports it'} not ready and the endpoint is dropped (${d(s.selfDetect!)}: kube-proxy's iptables min-sync-period; a pod that hangs instead leaves after ${tm.failures.value} failed readiness probes ${d(tm.interval.value)} apart).`,
                  `컨테이너가 종료되어 kubelet이 ${names.ko} 파드를 준비되지 않음(NotReady)으로 알리고 엔드포인트에서 빠지므로 Service가 더 이상 보내지 않습니다(${dk(s.selfDetect!)}: kube-proxy의 iptables min-sync-period. 응답만 멈춘 파드라면 readiness 프로브가 ${dk(tm.interval.value)} 간격으로 ${tm.failures.value}번 실패한 뒤에 빠집니다).`,
                )
              : L(
                  `The Service stops sending to ${names.en}: ${names.many ? 'their readiness probes' : 'its readiness probe'} failed ${tm.failures.value} times, ${d(tm.interval.value)} apart (${d(s.selfDetect!)}).`,
                  `readiness 프로브가 ${dk(tm.interval.value)} 간격으로 ${tm.failures.value}번 실패해(${dk(s.selfDetect!)}) Service가 ${names.ko} 파드에 더 이상 보내지 않습니다.`,
                ),
          );
        } else if (s.clientFailover) {
          this.emitForInstances(`client:${s.idx}`, 'routed-around', s, name, (names, none) =>
            L(
              `Clients of ${s.name} give up on ${names.en} after their timeout (${d(s.selfDetect!)}, generic: ${isMongos(s.node) ? 'MongoDB drivers select among the mongos routers of their connection string' : "failover=client, a resolver's retry to its next name server; a client without a connect timeout of its own (an LDAP URI list in Java, a JDBC host list) waits for the network's, often a minute or two, which the language cannot state"}) and ${none ? 'find no instance left' : 'use another instance'}.`,
              `${s.name} 노드의 클라이언트가 타임아웃(${dk(s.selfDetect!)}, 범용 기본값: ${isMongos(s.node) ? 'MongoDB 드라이버는 연결 문자열의 mongos 라우터 중에서 고릅니다' : 'failover=client, 리졸버가 다음 네임서버로 넘어가는 시간. 자체 연결 타임아웃이 없는 클라이언트(Java의 LDAP URI 목록, JDBC 호스트 목록)는 네트워크의 타임아웃(흔히 1~2분)을 기다리는데, 이 언어로는 적을 수 없습니다'}) 뒤 ${names.ko} 인스턴스를 포기하고 ${none ? '남은 인스턴스를 찾지 못합니다' : '다른 인스턴스를 씁니다'}.`,
            ),
          );
        } else if (!this.groups.controlPlaneOk(s)) {
          const c = this.nodes[s.controlPlane]!.name;
          // (Behind routers that retry another pod — ingress-nginx's proxy-next-upstream — those requests wait its connect
          // timeout and are served: delayed, as the figures count them; round 121 r04.)
          const routers = this.m.routers[s.idx] ?? [];
          const retried = routers.length > 0 && routers.every((r) => this.nodes[r]!.timings.profile.retries === true);
          this.emit(
            'failover-blocked',
            name,
            // (ingress-nginx controller pods are pods of a Service too: no partitions, no brokers — round 121 r04.)
            s.timings.profile.id === 'k8s-service' || s.timings.profile.id === 'ingress-nginx'
              ? L(
                  `The Service keeps sending to ${name}: ${c}, taken as the cluster's control-plane store, has no majority, so the API server marks no node NotReady and removes no endpoint; ${retried ? `the requests sent to ${name} wait the connect timeout and are passed to a live pod (delayed, not failed) until it is back` : `the requests sent to ${name} fail until it is back`}.`,
                  `Service가 계속 ${name} 파드로 보냅니다. 클러스터의 컨트롤 플레인 저장소로 보는 ${c}에 과반이 없어 API 서버가 노드를 NotReady로 바꾸지도, 엔드포인트를 빼지도 못하므로 ${retried ? `${name} 파드로 간 요청은 돌아올 때까지 연결 타임아웃만큼 기다린 뒤 살아 있는 파드로 넘어갑니다(실패가 아니라 지연)` : `${name} 파드로 간 요청은 돌아올 때까지 실패합니다`}.`,
                )
              : PULSAR_ENGINES.has(engineOf(s.node))
              ? L(
                  `The topics ${name} owned get no new owner: the metadata store ${c} has no majority, so their requests fail until ${name} is back (the other brokers go on serving the topics they own).`,
                  `메타데이터 저장소 ${c}에 과반이 없어 ${name} 인스턴스가 맡던 토픽을 다른 브로커가 넘겨받지 못합니다. 그 토픽의 요청은 ${name} 인스턴스가 돌아올 때까지 실패합니다(다른 브로커는 자기 토픽을 계속 처리합니다).`,
                )
              : L(
              `${name} is not fenced and its partitions get no new leader: the controller quorum ${c} has no majority, so requests for the partitions ${name} led fail until it is back (the other brokers go on serving theirs).`,
              `컨트롤러 쿼럼 ${c}에 과반이 없어 ${name} 인스턴스가 펜싱되지 않고 그 파티션에 새 리더도 뽑히지 않습니다. ${name} 인스턴스가 리더였던 파티션의 요청은 돌아올 때까지 실패합니다(다른 브로커는 자기 파티션을 계속 처리합니다).`,
                ),
          );
        } else if (this.idleStandby(s.idx)) {
          // A standby serving nothing yet (its primary is up): no request goes to it, so none fails and nothing is routed
          // around; its primary has no copy to fail over to until it is back — said once no instance of its shard is left.
          const { S, mine, left } = this.shardLeft(s, x);
          const of = s.node.of;
          // (Not when the primary is down too — a region's loss that took both: round 108b r08 said "the primary serves".)
          const pi = of !== null ? this.m.byName.get(of) : undefined;
          const primaryDown = pi !== undefined && this.live[pi]! <= 0;
          if (!left && of !== null && !primaryDown)
            this.emit(
              'detected',
              name,
              mine >= 0
                ? L(
                    `${name} is down: shard ${mine + 1}/${S} of ${of} has lost its standby. Nothing fails (its primary serves), but if that primary is lost now there is nothing to promote until ${name} is back.`,
                    `${name} 인스턴스가 멈춰 ${of}의 샤드 ${mine + 1}/${S}가 스탠바이를 잃었습니다. 프라이머리가 계속 처리하므로 실패하는 요청은 없지만, 지금 그 프라이머리까지 잃으면 ${name} 인스턴스가 돌아올 때까지 승격할 곳이 없습니다.`,
                  )
                : L(
                    `${name} is down: ${of} has lost its standby. Nothing fails (the primary serves), but if the primary is lost now there is nothing to promote until ${name} is back.`,
                    `${name} 인스턴스가 멈춰 ${josa(of, '이/가')} 스탠바이를 잃었습니다. 프라이머리가 계속 처리하므로 실패하는 요청은 없지만, 지금 프라이머리까지 잃으면 ${name} 인스턴스가 돌아올 때까지 승격할 곳이 없습니다.`,
                  ),
            );
        } else {
          // (An NDB cluster shut down by a lost arbitration drops no node: it is down whole — updateArbitration.)
          if (this.ndbShut.has(s.idx)) return;
          // Whether any instance is left to serve (a zone or region loss may have taken them all).
          // Of a sharded node, an instance of the same shard: the others hold other keys.
          const { S, mine, left } = this.shardLeft(s, x);
          // Shards spread with their copies over every node (Elasticsearch): no shard is one group of instances to name.
          const spread = shardCopiesOf(s.node) !== null;
          // A cache in front of a database: what it no longer holds is a miss, not a failure.
          const soft = this.m.fallbackOf.has(s.idx);
          // Whose figure the detection is: the product's own, or the project's generic one (the profile documents none).
          const own = s.timings.detect.profile === s.timings.profile.id;
          const whoEn = own ? s.timings.profile.label : PROFILES.generic.label;
          const whoKo = profileLabel(own ? s.timings.profile : PROFILES.generic, 'ko');
          if (left && spread && this.noMaster(s)) {
            // No elected master to remove the node (round 52b r04): the cluster state stays as it was; each search that
            // reaches the lost node's shard copy is retried on another copy by the coordinating node.
            const mt = this.nodes[s.masterTier]!.name;
            this.emit(
              'routed-around',
              name,
              L(
                `No master is elected (${mt} has no majority), so nothing removes ${name} from the ${s.name} cluster or promotes its shards' replicas: searches to the shards it held are retried on their other copies, and nothing is reassigned until a master is elected again.`,
                `마스터가 선출되지 않아(${mt}에 과반이 없음) ${s.name} 클러스터에서 ${josa(name, '을/를')} 빼거나 그 샤드의 복제본을 승격하는 일이 없습니다. 그 노드에 있던 샤드로 가는 검색은 다른 사본에서 다시 시도되고, 마스터가 다시 선출될 때까지 아무것도 재배치되지 않습니다.`,
              ),
            );
            return;
          }
          if (engineOf(s.node) === 'clickhouse' && left) {
            // ClickHouse keeps no membership that drops a replica: a query to a Distributed table (or a client given several
            // hosts) tries another replica of the shard once the connection times out (round 42b).
            this.emit(
              'routed-around',
              name,
              L(
                `Queries to ${s.name} go to another replica of ${name}'s shard: a Distributed table (or a client given several hosts) tries the next replica once the connection fails, after connect_timeout_with_failover_ms (${d(s.selfDetect!)}).`,
                `${s.name}에 대한 쿼리는 ${name}의 샤드에 있는 다른 복제본으로 갑니다. Distributed 테이블(또는 호스트를 여럿 받은 클라이언트)은 연결이 실패하면 connect_timeout_with_failover_ms(${dk(s.selfDetect!)}) 뒤 다음 복제본을 시도합니다.`,
              ),
            );
            return;
          }
          // Memcached servers form no cluster and send no heartbeats: the clients hash the keys over the servers they were
          // given, so a dead server's keys miss until it is back (a client that ejects dead servers rehashes them onto the
          // others instead, which refill) — nothing "drops" it (round 55 r05; memcached wiki, ConfiguringClient).
          // (Every server gone: the cache-lost event says where the reads go — nothing "drops" them either; round 58 r03.)
          if (memcached && !left) return;
          if (memcached) {
            this.emit(
              'cache-lost',
              name,
              soft
                ? L(
                    `${name}'s share of ${s.name}'s keys misses: Memcached servers form no cluster, and the clients hash the keys over the servers they were given, so those reads go to the database until ${name} is back (a client that ejects dead servers rehashes them onto the others, which refill).`,
                    `${s.name}의 키 가운데 ${name} 몫은 캐시 미스가 됩니다. Memcached 서버는 클러스터를 이루지 않고 클라이언트가 받은 서버 목록에 키를 해시해 나누므로, ${josa(name, '이/가')} 돌아올 때까지 그 읽기는 데이터베이스로 갑니다(죽은 서버를 빼는 클라이언트라면 키를 나머지 서버로 다시 해시하고, 그 서버들이 다시 채웁니다).`,
                  )
                : L(
                    `${name}'s share of ${s.name}'s keys fails: Memcached servers form no cluster, and the clients hash the keys over the servers they were given, so the requests for those keys fail until ${name} is back (a client that ejects dead servers rehashes them onto the others).`,
                    `${s.name}의 키 가운데 ${name} 몫의 요청이 실패합니다. Memcached 서버는 클러스터를 이루지 않고 클라이언트가 받은 서버 목록에 키를 해시해 나누므로, ${josa(name, '이/가')} 돌아올 때까지 그 키의 요청이 실패합니다(죽은 서버를 빼는 클라이언트라면 키를 나머지 서버로 다시 해시합니다).`,
                  ),
            );
            return;
          }
          if (s.timings.profile.id === 'windows-nlb') {
            // The hosts' own heartbeats (windows-nlb): the cluster converges without the lost host.
            const tm = s.timings;
            this.emit(
              'routed-around',
              name,
              left
                ? L(
                    `The ${s.name} hosts converge without ${name} after ${d(s.selfDetect!)} (Windows NLB: heartbeats ${d(tm.interval.value)} apart, ${tm.failures.value} missed); the other hosts take its share at the cluster's address.`,
                    `${s.name} 호스트들이 ${dk(s.selfDetect!)} 뒤 ${name} 없이 수렴합니다(Windows NLB: ${dk(tm.interval.value)} 간격 하트비트 ${tm.failures.value}번 누락). 클러스터 주소로 오는 그 몫은 나머지 호스트가 받습니다.`,
                  )
                : L(`No host of ${s.name} is left to serve.`, `${s.name}에 처리할 호스트가 하나도 남지 않았습니다.`),
            );
            return;
          }
          // A self-run single-primary database written as its instances (`engine=patroni shards=2 replicas=4`: a primary
          // and a streaming standby per shard): the first instance of a shard is its primary, and the copy promoted in its
          // place lacks the asynchronous lag (no `replication=sync`) — round 66b r01, 0 s lost was reported. (PostgreSQL's
          // family only: Oracle's or Tibero's instances on one node are a shared-disk cluster, RAC or TAC.)
          // (Not a standby or replica written with its instances: every one of them is a copy, none a primary — round 121 r01.)
          if (left && !spread && !s.managed && s.group === null && s.dataKind && s.node.role !== 'standby' && s.node.role !== 'replica' && STREAMING_PG_ENGINES.test(engineOf(s.node)) && !s.callees.some((c) => this.nodes[c]!.kind === 'storage') && !/^(sync|semi-sync|drbd|shared)$/.test(textAttr(s.node, 'replication') ?? '') && s.timings.lag.value > 0) {
            const list = this.instOf(s.idx);
            const j = list.indexOf(x);
            const first = S > 1 ? list.findIndex((_, k) => shardOf(k, list.length, S) === mine) : 0;
            if (j === first)
              this.loseWrites(
                s.timings.lag.value,
                name,
                s.idx,
                L(
                  `${name} was ${mine >= 0 ? `shard ${mine + 1}/${S}'s` : `${s.name}'s`} primary, and its copies are asynchronous (no \`replication=sync\`): the one promoted in its place lacks up to the last ${d(s.timings.lag.value)} of acknowledged writes.`,
                  `${josa(name, '은/는')} ${mine >= 0 ? `샤드 ${mine + 1}/${S}의` : `${s.name}의`} 프라이머리였고 사본은 비동기라(\`replication=sync\` 없음), 대신 승격되는 사본에는 커밋된 쓰기 중 마지막 ${dk(s.timings.lag.value)} 분량까지가 없습니다.`,
                ),
              );
          }
          if (engineOf(s.node) === 'alloydb' && s.node.role === 'replica') {
            if (!left && this.poolEmptySaid.has(s.idx)) return;
            if (!left) this.poolEmptySaid.add(s.idx);
            this.emit(
              'routed-around',
              name,
              left
                ? L(
                    `AlloyDB's regional load balancer sends ${s.name}'s reads to its other nodes at once (a read pool of 2+ nodes: no downtime for the read endpoint; the connections ${name} held are re-established).`,
                    `AlloyDB의 리전 부하분산기가 ${s.name}의 읽기를 곧바로 다른 노드로 보냅니다(노드 2개 이상의 읽기 풀: 읽기 엔드포인트에 중단 없음. ${name}에 있던 연결은 다시 맺어집니다).`,
                  )
                : L(
                    `${s.name} has no node left: the reads sent to its endpoint fail until the provider replaces its nodes — AlloyDB's read pool endpoint sends nothing to the primary.`,
                    `${s.name}에는 남은 노드가 없습니다. 제공자가 노드를 바꿀 때까지 그 엔드포인트로 보낸 읽기는 실패합니다. AlloyDB 읽기 풀 엔드포인트는 프라이머리로 보내지 않습니다.`,
                  ),
            );
            return;
          }
          if (s.timings.profile.id === 'couchbase') {
            this.couchbaseDropped(s, x, name, left);
            return;
          }
          // ClickHouse with no replica left (one lost with others is said above, as the next replica's connect timeout): no
          // membership drops it, and there is nothing to route to (round 113b r06 read "drops … after 50ms (generic:
          // heartbeat 5s × 3)").
          if (!left && engineOf(s.node) === 'clickhouse' && S <= 1 && !spread) {
            if (this.poolEmptySaid.has(s.idx)) return;
            this.poolEmptySaid.add(s.idx);
            this.emit('routed-around', name, L(`No replica of ${s.name} is left: its queries fail until one is back.`, `${s.name}에 남은 복제본이 없어, 하나가 돌아올 때까지 쿼리가 실패합니다.`));
            return;
          }
          // A self-run PostgreSQL cluster written as its instances (reach): its first instance is the primary.
          if (left && S <= 1 && !s.managed && s.dataKind && s.node.role !== 'replica' && s.node.role !== 'standby' && MANAGED_PRIMARY_PG_ENGINES.test(engineOf(s.node))) {
            const primary = this.instOf(s.idx).indexOf(x) === 0;
            this.emit(
              'routed-around',
              name,
              primary
                ? L(
                    `${whoEn} promotes a standby of ${s.name} in ${name}'s place after ${d(s.selfDetect!)} (${s.timings.detectHow.en}), and the read-write endpoint follows it: the requests to ${s.name} are served again.`,
                    `${josa(whoKo, '이/가')} ${dk(s.selfDetect!)} 뒤(${s.timings.detectHow.ko}) ${name} 대신 ${s.name}의 대기 인스턴스를 승격하고, 읽기·쓰기 엔드포인트가 그쪽을 가리킵니다. ${s.name}에 대한 요청이 다시 처리됩니다.`,
                  )
                : L(
                    `${name} was a standby of ${s.name}: the primary serves on, and ${whoEn} drops it after ${d(s.selfDetect!)}.`,
                    `${josa(name, '은/는')} ${s.name}의 대기 인스턴스였으므로 프라이머리가 계속 처리하고, ${josa(whoKo, '이/가')} ${dk(s.selfDetect!)} 뒤 이 인스턴스를 뺍니다.`,
                  ),
            );
            return;
          }
          this.emit(
            'routed-around',
            name,
            L(
              `The ${s.name} cluster drops ${name} after ${d(s.selfDetect!)} (${whoEn}: ${s.timings.detectHow.en}); ${left ? (spread ? (isCeph(s.node) ? `its placement groups serve from their copies on other hosts while at least ${CEPH_POOL.minSize} of ${CEPH_POOL.size} are up (min_size)` : shardCopiesOf(s.node) === 1 ? 'its shards had no other copy (`shard-replicas=0`): they are gone with it' : 'the copies of its shards on other nodes serve') : mine >= 0 ? `the other instances of shard ${mine + 1}/${S} serve` : 'the other instances serve') : spread ? 'some shards have lost every copy: their documents fail' : mine >= 0 ? (soft ? `no instance of shard ${mine + 1}/${S} is left: its keys miss and go to the database` : (scatterGather(s) === NDB ? `no data node of node group ${mine + 1}/${S} is left: NDB shuts the whole cluster down (NDBD_EXIT_LOST_NODE_GROUP, "all nodes in a node group are unavailable") until a system restart` : scatterGather(s) !== null ? `no instance of shard ${mine + 1}/${S} is left: every query fails, as it needs every shard (${scatterGather(s)} is off by default)` : (classicQueues(s.node) ? `the queues declared on it fail: a classic queue lives on one node, and nothing else holds them until it is back` : `no instance of shard ${mine + 1}/${S} is left: its keys fail`))) : soft ? 'no instance of it is left: its reads go to the database' : 'no instance of it is left to serve'}.`,
              `${s.name} 클러스터에서 ${dk(s.selfDetect!)} 뒤 ${name} 인스턴스가 빠집니다(${whoKo}: ${s.timings.detectHow.ko}). ${left ? (spread ? (isCeph(s.node) ? `배치 그룹(PG)은 사본 ${CEPH_POOL.size}개 중 ${CEPH_POOL.minSize}개 이상이 살아 있는 동안(min_size) 다른 호스트의 사본으로 처리합니다` : shardCopiesOf(s.node) === 1 ? '그 노드의 샤드는 다른 사본이 없어(`shard-replicas=0`) 함께 사라집니다' : '다른 노드에 있는 샤드 사본이 처리합니다') : mine >= 0 ? `샤드 ${mine + 1}/${S}의 나머지 인스턴스가 처리합니다` : '나머지 인스턴스가 처리합니다') : spread ? '사본을 모두 잃은 샤드가 있어 그 문서에 대한 요청이 실패합니다' : soft ? (mine >= 0 ? `샤드 ${mine + 1}/${S}에 남은 인스턴스가 없어 그 키는 캐시 미스로 DB에 갑니다` : '남은 인스턴스가 없어 읽기가 DB로 갑니다') : mine >= 0 ? (scatterGather(s) === NDB ? `노드 그룹 ${mine + 1}/${S}에 남은 데이터 노드가 없어 NDB가 클러스터 전체를 내립니다(NDBD_EXIT_LOST_NODE_GROUP). 시스템 재시작까지 모든 요청이 실패합니다` : scatterGather(s) !== null ? `샤드 ${mine + 1}/${S}에 남은 인스턴스가 없습니다. 쿼리는 모든 샤드가 필요하므로 모두 실패합니다(${scatterGather(s)} 기본값 꺼짐)` : (classicQueues(s.node) ? `그 노드에 선언된 큐가 실패합니다. 클래식 큐는 노드 하나에만 있어, 그 노드가 돌아올 때까지 다른 곳에서 처리하지 못합니다` : `샤드 ${mine + 1}/${S}에 남은 인스턴스가 없어 그 샤드의 키에 대한 요청이 실패합니다`)) : '처리할 인스턴스가 하나도 남지 않았습니다'}.`,
            ),
          );
        }
      };
      // Couchbase decides once the step is done (a zone's loss takes its instances one by one): whether its auto-failover
      // takes this node, or a person must (couchbaseByHand).
      if (s.timings.profile.id === 'couchbase' && !memcached && !hostLoss)
        this.at(t, () => {
          if (x.alive || x.failedAt !== t) return;
          this.cbAuto.delete(x);
          this.cbManual.delete(x);
          const why = this.couchbaseByHand(s, x);
          if (why === null) {
            this.cbAuto.set(x, t);
            this.at(t + s.selfDetect!, drop);
          } else {
            this.cbManual.set(x, why);
            this.at(t + this.couchbaseManualDelay(s), drop);
          }
        });
      else this.at(memcached ? t : t + (hostLoss ? s.hostDetect! : s.selfDetect), drop);
    }
    // A database, storage or queue pod is a StatefulSet's: Kubernetes does not delete a pod on an unreachable node, so
    // no replacement is created until a person force-deletes it (or the node) — its volume is force-detached 6 min later,
    // and a zonal disk cannot follow it to another zone. It waits for its node or a person's rebuild (round 65b r02;
    // kubernetes.io, "Force Delete StatefulSet Pods").
    if (!byNodeStep && s.timings.profile.id === 'k8s-service' && (s.kind === 'database' || s.kind === 'storage' || s.kind === 'queue')) {
      const name = this.instName(s, i);
      // (Said after the loss itself.)
      this.at(t, () => this.emit(
        'unschedulable',
        name,
        L(
          `${name} is a StatefulSet's pod: Kubernetes does not delete a pod on a node it cannot reach, so no replacement is created until a person force-deletes it (or deletes the node) — its volume is released only after that, and a zonal disk cannot follow it to another zone. It waits for its node to come back or for a person.`,
          `${josa(name, '은/는')} StatefulSet의 파드입니다. 쿠버네티스는 연결이 끊긴 노드의 파드를 지우지 않으므로, 누군가 강제로 지우기(또는 노드 삭제) 전에는 대신할 파드가 만들어지지 않습니다. 볼륨도 그 뒤에야 풀리고, 존에 묶인 디스크는 다른 존으로 따라가지 못합니다. 노드가 돌아오거나 사람이 손쓸 때까지 기다립니다.`,
        ),
      ));
    } else if (!byNodeStep && (s.timings.profile.id === 'k8s-service' || s.timings.profile.id === 'ingress-nginx' || this.ingressPod(s)) && s.kind !== 'gateway') this.reschedule(s, i, t);
    // An Auto Scaling group replaces an instance lost with its zone by launching one in a zone of the group that is up.
    else if (!byNodeStep && (s.timings.repair.profile === 'aws-autoscaling' || s.timings.repair.profile === 'aws-ecs') && s.node.zones.length >= 2 && !s.managed) this.relaunch(s, i, t);
    else if (!byNodeStep && zonedManagedCompute(s)) {
      // A zone-redundant App Service plan: its front ends stop sending to the lost zone's instances (hostDetect, 0 s).
      // (Said once the step is done, as the other routing events are.)
      const x = this.instOf(s.idx)[i]!;
      if (s.hostDetect !== null)
        this.at(t, () => {
          if (x.alive || x.failedAt !== t || this.live[s.idx]! <= 0) return;
          this.emitForInstances(`zr:${s.idx}`, 'routed-around', s, this.instName(s, i), (names) =>
            L(
              `The platform's front ends send ${s.name}'s requests to its instances in the zones left at once (${failoverProfile(s.timings).label}, zone-redundant): only the requests in flight on ${names.en} fail.`,
              `플랫폼의 프런트 엔드가 ${s.name}의 요청을 곧바로 남은 존의 인스턴스로 보냅니다(${profileLabel(failoverProfile(s.timings), 'ko')}, 영역 중복). ${names.ko} 인스턴스에서 처리 중이던 요청만 실패합니다.`,
            ),
          );
        });
      this.relaunch(s, i, t);
    }
    // (A managed search domain's data node lost with its zone: the service starts a replacement in a zone that is up —
    // Amazon OpenSearch Service, multi-AZ domains; round 104b r07 never replaced it.)
    else if (!byNodeStep && s.managed && SEARCH_ENGINES.has(engineOf(s.node)) && s.node.zones.length >= 2) this.relaunch(s, i, t);
    if (s.localSessions) {
      const share = 1 / Math.max(1, this.instOf(s.idx).length);
      this.sessionLoss.set(s.idx, Math.min(1, (this.sessionLoss.get(s.idx) ?? 0) + share));
      this.emit(
        'sessions-lost',
        name,
        L(`The sessions kept on ${name} are lost: ${pct(share)} of ${s.name}'s logged-in users must log in again.`, `${name}에 있던 세션이 사라집니다: ${s.name} 로그인 사용자의 ${pct(share)}가 다시 로그인해야 합니다.`),
      );
    }
    // Sessions replicated between the servers by an embedded grid that keeps each on a few members (Keycloak's Infinispan
    // owners 2, an embedded Hazelcast's backup-count 1): lost only with every copy, C(dead, c) / C(n, c) of them.
    const owned = sessionGrid(s);
    // Sessions copied to every member (Tomcat's DeltaManager, JEUS session clustering): lost only with the last member —
    // then all of them (round 39b: a whole main cluster lost behind a GSLB switch reported 0 %).
    if (!owned && !s.localSessions && textAttr(s.node, 'sessions') === 'replicated' && !PERSISTED_SESSIONS.has(engineOf(s.node)) && this.live[s.idx]! <= 0 && (this.sessionLoss.get(s.idx) ?? 0) < 1) {
      this.sessionLoss.set(s.idx, 1);
      this.emit(
        'sessions-lost',
        s.name,
        L(`Every member of ${s.name} is down, and with them every copy of the sessions they replicated to each other: all of its logged-in users must log in again.`, `${s.name}의 구성원이 모두 멈춰, 서로 복제해 두던 세션도 사본까지 모두 사라집니다: 로그인 사용자 모두 다시 로그인해야 합니다.`),
      );
    }
    if (owned) {
      const n = this.instOf(s.idx).length;
      const dead = n - Math.max(0, this.live[s.idx]!);
      const share = unawareLostShare(n, dead, owned.copies) - unawareLostShare(n, dead - 1, owned.copies);
      if (share > 0) {
        const before = this.sessionLoss.get(s.idx) ?? 0;
        const total = Math.min(1, before + share);
        this.sessionLoss.set(s.idx, total);
        // (Instances lost together are said with the share in all, not one increment each as if each were the total — round
        // 124c r05 printed 16.7 %, 33.3 % and 50 % beside a summary of 100 %.)
        const more = before > 0;
        this.emit(
          'sessions-lost',
          name,
          L(
            `The sessions whose every copy (${owned.copies}: ${owned.setting}) was on the lost instances of ${s.name} are gone: ${more ? `another ${pct(share)}, ${pct(total)} in all,` : pct(share)} of its logged-in users must log in again.`,
            `${s.name}에서 사본 ${owned.copies}개(${owned.setting})가 모두 잃은 인스턴스에 있던 세션이 사라집니다: 로그인 사용자의 ${more ? `${pct(share)}가 더, 모두 ${pct(total)}가` : `${pct(share)}가`} 다시 로그인해야 합니다.`,
          ),
        );
      }
    }
    // A managed primary with replicas keeps every session on them: losing the writer loses the replication lag's sessions
    // (the replicas are copied asynchronously), as losing its zone does; a lost replica loses none.
    if (byNodeStep && i === 0 && s.isSessionStore && s.singleWriter && !this.storeLost.has(s.idx)) {
      this.loseSessions(s.idx, s.timings.lag.value / SESSION_LIFETIME);
      // The provider's one failover of the store: its lag window is counted here, not again when the whole store is down.
      if (s.managed && s.restoreBy === 'failover' && s.kind === 'cache') this.storeLost.add(s.idx);
    }
    // A managed cache that is the data of record (`primary`, Memorystore Standard, ElastiCache with replicas): its replicas
    // are copied asynchronously, so losing the primary loses the replication lag's writes (round 40b: 0 s was reported).
    // (Only while a replica is left to promote: a zone or region that takes them all leaves the copy elsewhere to count its
    // own lag when it is promoted — round 52b r02 counted both.)
    if (i === 0 && this.cacheLagApplies(s) && this.instOf(s.idx).some((_, k) => k !== i && this.upNow(s, k))) this.loseCacheLag(s, name);
    const grid = DATA_GRID_COPIES.get(engineOf(s.node));
    if (grid && s.isSessionStore && s.kind === 'cache' && this.live[s.idx]! > 0) {
      // An in-memory data grid keeps each partition on `grid` members (a primary and synchronous backups): sessions are
      // lost only with every copy of their partition — with copies placed at random, C(dead, c) / C(n, c) of them.
      const n = this.instOf(s.idx).length;
      const dead = n - this.live[s.idx]!;
      const share = unawareLostShare(n, dead, grid.copies) - unawareLostShare(n, dead - 1, grid.copies);
      if (share > 0) {
        this.addSessionLoss(s.idx, share);
        this.emit('sessions-lost', name, L(`The partitions of ${s.name} whose every copy (${grid.copies}: ${grid.setting}) was on the lost members are gone: ${pct(share)} of the sessions.`, `${s.name}에서 사본 ${grid.copies}개(${grid.setting})가 모두 잃은 구성원에 있던 파티션이 사라집니다: 세션의 ${pct(share)}.`));
      } else
        this.emit('writes-kept', name, L(`${name}'s partitions have a synchronous backup on another member (${grid.setting}): their backups take over and no session is lost.`, `${name}의 파티션은 다른 구성원에 동기 백업이 있어(${grid.setting}) 백업이 이어받고, 잃는 세션은 없습니다.`));
    // (Not Redis written as instances with no mode: a master and replicas holding its copy — the redis-replication
    // profile — so a lost instance takes no share of the sessions; round 105b r03 lost 50 %.)
    } else if (s.isSessionStore && s.kind === 'cache' && this.live[s.idx]! > 0 && !s.singleWriter && !['sentinel', 'cluster'].includes(modeOf(s)) && !isRedis(s.node)) {
      // A standalone cache sharded over instances: the lost instance's sessions are gone.
      const share = 1 / Math.max(1, this.instOf(s.idx).length);
      this.addSessionLoss(s.idx, share);
      this.emit('sessions-lost', name, L(`The sessions stored on ${name} are lost (${pct(share)} of them).`, `${name}에 저장된 세션이 사라집니다(${pct(share)}).`));
    }
  }

  /**
   * A Kubernetes pod lost with its node (a zone or region loss): the node goes
   * NotReady after node-monitor-grace-period (50 s), the pod is evicted when its
   * not-ready/unreachable toleration runs out (300 s), and its controller starts
   * a new pod on a node that is up — in a zone of the service that is not down —
   * which serves after the pod start time (`repair`, 20 s generic): 370 s
   * (docs/defaults.md, k8s-node). With no zone of the service up, the new pod
   * stays Pending until one returns.
   */
  /** A service only an ingress-nginx controller calls: a pod (compile gave it the node's NotReady as its host detection). */
  private ingressPod(s: SimNode): boolean {
    return s.hostDetect !== null && s.timings.hostLoss === null && s.callers.length > 0 && s.callers.every((c) => this.nodes[c]!.timings.profile.id === 'ingress-nginx');
  }

  private reschedule(s: SimNode, i: number, t: number): void {
    const x = this.instOf(s.idx)[i]!;
    const grace = s.timings.hostLoss?.value ?? K8S_NODE.gracePeriod.v;
    const toleration = K8S_NODE.toleration.v;
    // (A pod behind ingress-nginx whose product has no pod profile — Keycloak: a pod's start, not a person's rebuild.)
    const start = this.ingressPod(s) && s.timings.repair.attr === null ? PROFILES['k8s-service'].values.repair!.v : s.timings.repair.value;
    let told = false;
    const attempt = (now: number): void => {
      if (x.alive || x.nodeDown || x.failedAt !== t) return;
      // No control plane (its etcd without a majority): nothing is evicted nor recreated until it is back (round 37).
      if (!this.groups.controlPlaneOk(s)) {
        if (!told) {
          told = true;
          const c = this.nodes[s.controlPlane]!.name;
          this.emit(
            'unschedulable',
            this.instName(s, i),
            L(
              `${this.instName(s, i)} is not evicted nor recreated: ${c}, taken as the cluster's control-plane store, has no majority, so the API server cannot act until it has one again.`,
              `${this.instName(s, i)} 파드는 축출되지도 다시 만들어지지도 않습니다. 클러스터의 컨트롤 플레인 저장소로 보는 ${c}에 과반이 없어, 과반을 되찾을 때까지 API 서버가 아무것도 하지 못합니다.`,
            ),
          );
        }
        this.at(now + 60, attempt);
        return;
      }
      let zones = this.zonesUp(s);
      // A pod written in one zone (`zone=a`: where it runs, not a node affinity): the scheduler starts the new pod on a
      // node that is up in any zone of the cluster — those the design's other pods of the platform run in (round 86b r05:
      // a one-replica Deployment in a lost zone "stayed Pending" for good).
      if (!zones.length && s.node.zones.length === 1) zones = this.clusterZonesUp(s);
      const name = this.instName(s, i);
      if (!zones.length) {
        this.emit(
          'unschedulable',
          name,
          L(
            `${name} is evicted after the ${d(toleration)} toleration, but no node of ${s.name}'s zones is up: the new pod stays Pending.`,
            `${name} 파드는 허용 시간 ${josa(dk(toleration), '이/가')} 지나 축출되지만 ${s.name}의 존에 살아 있는 노드가 없어 새 파드가 Pending 상태로 남습니다.`,
          ),
        );
        return;
      }
      // The scheduler spreads the new pods over the zones that are up.
      const place = this.startIn(s, i, now, zones);
      if (!place) return;
      this.emit(
        'rescheduled',
        name,
        L(
          `${name} is recreated on a node in ${place.en} and serves again: its node went NotReady after ${d(grace)}, the pod was evicted after the ${d(toleration)} toleration and started in ${d(start)}.`,
          `${name} 파드가 ${place.ko}의 노드에 다시 만들어져 처리합니다: 노드가 ${dk(grace)} 뒤 NotReady가 되고, 허용 시간 ${josa(dk(toleration), '이/가')} 지나 축출된 뒤 ${dk(start)} 만에 시작되었습니다.`,
        ),
      );
    };
    this.at(t + grace + toleration + start, attempt);
  }

  /** The zones up where the design runs other pods of the same platform as s (its cluster's nodes, as far as the design says). */
  private clusterZonesUp(s: SimNode): string[] {
    const out: string[] = [];
    const home = s.regionOf(s.node.zones[0]!);
    for (const n of this.nodes) {
      if (n === s || n.timings.profile.id !== s.timings.profile.id || n.controlPlane !== s.controlPlane) continue;
      for (const z of this.zonesUp(n)) if (!out.includes(z) && s.regionOf(z) === home) out.push(z);
    }
    // No other pod says where the cluster's nodes are: a cluster over the region's zones, as a managed one is by default.
    if (!out.length)
      for (const z of this.m.design.zones.keys())
        if (!this.zoneDown.has(z) && !this.regionDown.has(s.regionOf(z) ?? '\u0000') && s.regionOf(z) === home) out.push(z);
    return out;
  }

  /** The zones of a node that are up (not lost, nor in a lost region). */
  private zonesUp(s: SimNode): string[] {
    return s.node.zones.filter((z) => !this.zoneDown.has(z) && !this.regionDown.has(s.regionOf(z) ?? '\u0000'));
  }

  /** Starts instance `i` again in one of `zones` (spread by its index): its place's name, or null when it does not serve. */
  private startIn(s: SimNode, i: number, now: number, zones: string[]): Localized | null {
    const x = this.instOf(s.idx)[i]!;
    const zone = zones[i % zones.length]!;
    x.zone = zone;
    x.region = s.regionOf(zone);
    x.fresh = true;
    this.refresh(s, i, now, false);
    if (!x.alive) return null;
    this.repairs.push(now);
    this.restoredAt.set(roundT(now), 'repair');
    return placeName('zone', zone);
  }

  /**
   * An Auto Scaling group's instance lost with its zone: the group marks it unhealthy and launches a replacement in
   * one of its zones that is up, serving after the group's replacement time (`repair`, docs/defaults.md
   * aws-autoscaling). With none of its zones up, nothing is launched until one returns.
   */
  private relaunch(s: SimNode, i: number, t: number): void {
    const x = this.instOf(s.idx)[i]!;
    // Provider-run compute: the provider's own replacement (its failover time, the generic managed one when it has none
    // of its own), not an Auto Scaling launch.
    const managed = zonedManagedCompute(s) || (s.managed && SEARCH_ENGINES.has(engineOf(s.node)));
    const after = managed ? (s.restore > 0 ? s.restore : PROFILES['generic-managed'].values.failover!.v) : s.timings.repair.value;
    this.at(t + after, (now) => {
      if (x.alive || x.nodeDown || x.failedAt !== t) return;
      const zones = this.zonesUp(s);
      if (!zones.length) return;
      const place = this.startIn(s, i, now, zones);
      if (!place) return;
      const name = this.instName(s, i);
      this.emit(
        'rescheduled',
        name,
        managed
          ? L(
              `The provider has started an instance of ${s.name} in ${place.en} in place of ${name}, serving now, ${d(after)} after the loss (${failoverProfile(s.timings).label}).`,
              `제공자가 ${name} 대신 ${place.ko}에 ${s.name} 인스턴스를 띄웠고, 장애 ${dk(after)} 뒤인 지금부터 처리합니다(${profileLabel(failoverProfile(s.timings), 'ko')}).`,
            )
          : s.timings.repair.profile === 'aws-ecs'
          ? L(
              `The ECS service has started a task in ${place.en} in place of ${name}, serving now, ${d(after)} after the loss.`,
              `ECS 서비스가 ${name} 대신 ${place.ko}에 태스크를 띄웠고, 장애 ${dk(after)} 뒤인 지금부터 처리합니다.`,
            )
          : L(
              `Auto Scaling has replaced ${name} with an instance in ${place.en}, serving now, ${d(after)} after the loss.`,
              `오토스케일링 그룹이 ${name} 대신 ${place.ko}에 인스턴스를 띄웠고, 장애 ${dk(after)} 뒤인 지금부터 처리합니다.`,
            ),
      );
    });
  }

  // ---- evaluation ----------------------------------------------------------

  private settle(t: number, initial: boolean): void {
    this.now = t;
    this.groups.update(t);
    if (this.arbitrated.length) this.updateArbitration();
    for (let k = 0; k < 8; k++) {
      this.compute(t);
      const dns = this.updateDns(t);
      const deep = this.deepBad.size > 0 && this.updateDeep(t);
      if (!dns && !deep) break;
    }
    if (this.limits.length && this.connectionsLate()) this.compute(t);
    if (!this.opt.sweep) this.sayShallow();
    // Compute that scales on requests, and autoscaling groups, start the run with what their load needs.
    if (initial && this.sizeToBaselineLoad()) this.compute(t);
    if (initial && this.m.hasRate) this.baselineLoad = Float64Array.from(this.load);
    this.afterCompute(t);
    if (this.boundary && !this.escaped) this.escaped = !this.boundaryAsAtBaseline();
    this.record(t, initial);
  }

  /**
   * Without rates: the share of the entries' requests that reaches each node, split evenly (or by the DNS weights and
   * the route shares) where a balancer, DNS or CDN chooses one callee, passed whole where a node calls all of them.
   */
  private flowShares(): Float64Array {
    const nodes = this.nodes;
    const share = new Float64Array(nodes.length);
    const entries = this.m.entries;
    for (const e of entries) share[e] = 1 / entries.length;
    for (const i of this.m.order) {
      const s = nodes[i]!;
      const x = share[i]!;
      if (!(x > 0)) continue;
      const callees = s.callees.filter((c) => !s.back.has(c));
      if (!callees.length) continue;
      if (s.or === null) for (const c of callees) share[c]! += x;
      else if (s.routes) for (const r of s.routes) for (const a of r.pool) share[a]! += (x * r.share) / r.pool.length;
      else if (s.dnsShare) s.callees.forEach((c, k) => (share[c]! += x * (s.dnsShare![k] ?? 0)));
      else for (const c of callees) share[c]! += x / callees.length;
    }
    return share;
  }

  /** Gives every autoscaled node (not a dormant one) the instances its baseline load needs, within its bounds; whether any changed. */
  private sizeToBaselineLoad(): boolean {
    let changed = false;
    for (let i = 0; i < this.nodes.length; i++) {
      const s = this.nodes[i]!;
      // Compute that scales on requests, and an autoscaling group at its steady state (target tracking has already
      // added what the load needs before anything fails): the instances the baseline load needs, within the bounds.
      if (this.cap[i]!.dormant || !s.capacity || !s.autoscale || !(this.phys[i]! > 0)) continue;
      const live = this.live[i]!;
      const need = Math.min(s.autoscale.max, Math.ceil(this.phys[i]! / (s.capacity * this.cap[i]!.autoscaleTarget) - EPS));
      if (need <= live) continue;
      const list = this.instOf(i);
      for (let k = live; k < need; k++) {
        const zone = s.zoneOf(k);
        list.push({ nodeDown: false, hostLost: false, alive: true, failedAt: -1, zone, region: s.regionOf(zone) });
        this.live[i]!++;
      }
      changed = true;
    }
    if (changed) this.sized = true;
    return changed;
  }

  /** Whether the baseline gave an autoscaled node more instances than it starts with (sparse runs cannot share that). */
  private sized = false;

  /** A narrow sparse run (SweepContext.narrow): the nodes its callers left out read. */
  private boundary: number[] | null = null;
  /** A narrow run found a boundary node not as at baseline: its result is not to be used (run it again with the whole scope). */
  escaped = false;

  /** Whether every boundary node serves, and every caller left out of the run finds a connection, exactly as at baseline. */
  private boundaryAsAtBaseline(): boolean {
    const base = this.ctx!.base;
    for (const x of this.boundary!) {
      if (this.prov[x] !== x || base.prov[x] !== x || this.live[x] !== base.live[x] || this.cf[x] !== base.cf[x] || Math.abs(this.inner[x]! - base.inner[x]!) > EPS) return false;
      const list = this.insts.get(x);
      if (list) for (const inst of list) if (!inst.alive || inst.failedAt !== -1) return false;
      // A standby that has taken over now serves the callers wired to it (it served none at baseline).
      if (this.waitingStandby(x) && !this.idleStandby(x)) return false;
    }
    for (const l of this.limits) for (const c of l.callers) if (!this.inAct.has(c.idx) && this.connF[c.idx] !== 1) return false;
    return true;
  }

  /** A standby that serves nothing of its own while it waits (not `readable`). */
  private waitingStandby(i: number): boolean {
    const s = this.nodes[i]!;
    // (A provider's object-storage bucket replicated from another — S3 Cross-Region Replication, a GCS or Azure Blob
    // copy — is a bucket of its own, written and read at its address at any time: nothing promotes it; round 95b r06.)
    if (replicatedBucket(s, s.node.of ? this.nodes[this.m.byName.get(s.node.of) ?? -1] : undefined)) return false;
    return s.standsFor >= 0 && s.readsFrom < 0 && s.node.role === 'standby';
  }

  /** A waiting standby that has not taken over for its source: it serves no requests of its own. */
  private idleStandby(i: number): boolean {
    if (!this.waitingStandby(i)) return false;
    for (const a of this.acting.values()) if (a === i) return false;
    // A storage copy under a database standby that was promoted while the source array is up (the DR database brought up
    // alone): the promotion's runbook splits the array pair and mounts the copy (round 74c r01: "never recovered").
    const s = this.nodes[i]!;
    if (s.kind === 'storage' && s.callers.length) for (const a of this.acting.values()) if (s.callers.includes(a)) return false;
    // A copy promoted by hand at another site stays a primary when the old one comes back: nobody demotes it, and its
    // own site's callers go on writing to it (round 43b: Seoul's return "demoted" Tokyo for 2.5 minutes).
    if (this.stillPromoted.has(i)) return false;
    return true;
  }

  /** Dead instances of P that router r (or P itself) has not yet noticed. */
  private undetected(r: SimNode | null, p: number, t: number): number {
    const list = this.insts.get(p);
    if (!list) return 0;
    const dead = list.length - this.live[p]!;
    if (dead === 0) return 0;
    const s = this.nodes[p]!;
    let det = Infinity;
    // (Behind the platform's front end a balancer sees the app's host name: it fails its probes only once no instance is left.)
    if (r && r.lbDetect !== null && !(platformFronted(s) && this.live[p]! > 0)) det = r.lbDetect;
    /** The balancer's own checks, before the target's own removal of a crashed instance (below). */
    const lbDet = det;
    // (Routing around a lost instance needs one left to route to: with none, the router in front marks the target dead
    // by its own checks.)
    // (ClickHouse's is the client's own move to the next replica — a Distributed table, a driver given every host: a balancer
    // in front retries nothing and sends to the lost replica until its checks take it out; round 106b r01.)
    const clientSide = this.clickhouseBehindBalancer(r, s);
    // (Not Memcached's: its servers form no cluster and nothing drops a dead one from the clients' lists — its keys fail until
    // it is back, as its cache-lost event says; round 123 r03 served them again at the next event, someone's notice at 15m.)
    if (s.selfDetect !== null && !s.vip && !clientSide && s.selfDetect < det && (this.live[p]! > 0 || r === null || r.lbDetect === null) && !isMemcached(s.node)) det = s.selfDetect;
    // RabbitMQ mirrored queues: the queues a lost node led take no publish, whichever node the client reaches, until the
    // others take it for down (net_ticktime) and promote their mirrors — a balancer moving the connections sooner does
    // not move the queues (round 77 r04).
    if (s.timings.profile.id === 'rabbitmq-mirrored' && s.selfDetect !== null && this.live[p]! > 0) det = s.selfDetect;
    // A Kubernetes pod lost with its host leaves the Service when the node goes NotReady, not by its readiness probe.
    // (Only while a pod is left for the Service to send to: with none, the router in front marks the target dead by its
    // own checks — round 74b r04, a lost region's Service "routed around" its pods before Front Door did.)
    // (A balancer of its own in front of the pods — an A10 or F5 pair sending to ingress-nginx — takes a pod lost with its host
    // out by its own checks: the Service's quick removal of a crashed container (selfDetect) is inside a live node, which a
    // lost host is not — round 123c r07 served the lost zone's ingress share from 1 s, said at the next event, 3.6 s.)
    const hostDet = s.hostDetect !== null && (r === null || r.lbDetect === null || r.timings.profile.id === 'k8s-service' || r.timings.profile.id === 'ingress-nginx' || (s.hostDetect < r.lbDetect && this.live[p]! > 0)) ? s.hostDetect : s.hostDetect !== null && lbDet !== Infinity ? lbDet : det;
    // (Nothing takes a lost instance out, except the platform for the instances lost with their zone: a zone-redundant App
    // Service plan's front ends — hostDetect.)
    if (det === Infinity && (hostDet === Infinity || !list.some((x) => !x.alive && x.hostLost))) return dead;
    // A Kafka cluster without its controller majority fences no lost broker: its partitions get no new leader.
    if (!this.groups.controlPlaneOk(s)) return dead;
    // Clients that retry for longer than the cluster takes to move the lost instance's work (Kafka producers until
    // delivery.timeout.ms): its requests wait and then succeed.
    if (retriesThrough(s, det)) return 0;
    // A VIP pair is one target at its address: once every instance is gone, the address answers nothing from the last
    // loss on, and the balancer in front marks that one target dead after its checks.
    if (this.viaVip(p)) {
      if (this.live[p]! > 0) return 0;
      let last = -Infinity;
      for (const x of list) if (!x.alive && x.failedAt > last) last = x.failedAt;
      return roundT(last + det) > t ? 1 : 0;
    }
    let n = 0;
    // (A Couchbase node no auto-failover takes waits for a person: couchbaseByHand.)
    const byHand = s.timings.profile.id === 'couchbase' ? this.couchbaseManualDelay(s) : det;
    for (const x of list) if (!x.alive && roundT(x.failedAt + (x.hostLost ? hostDet : this.cbManual.has(x) ? byHand : det)) > t) n++;
    return n;
  }

  /** Whether the class pass under way follows a writes class (recordClasses): its requests are never a cache's hits. */
  private writesClassPass(): boolean {
    const o = this.classOverride;
    if (!o) return false;
    const key = this.nodes[o.router]!.routes?.[o.route]?.key;
    return key !== undefined && classOfKey(key) === 'writes';
  }

  /**
   * A ClickHouse node reached through a checking balancer: its move to another replica is the initiator's, inside a live
   * server, so the balancer sends to a lost node until its own checks remove it (undetected, shardReach).
   */
  private clickhouseBehindBalancer(r: SimNode | null, s: SimNode): boolean {
    return r !== null && r.lbDetect !== null && (engineFlags(this.m)[s.idx]! & CLICKHOUSE) !== 0;
  }

  /** Share of requests from a non-balancing caller that land on a live instance of P. */
  private reach(r: SimNode | null, p: number, t: number): number {
    const live = this.live[p]!;
    if (live <= 0) return 0;
    const s = this.nodes[p]!;
    // A group's clients find the serving instance themselves (Sentinel, cluster redirects, any live member): its factor says what it serves.
    // Galera or CockroachDB called with no balancer or proxy in front: each caller holds one member's address, so a lost
    // member's share fails until it is back.
    if (s.group !== null) return s.directMembers ? live / (this.insts.get(p)?.length ?? live) : 1;
    // Name servers: a resolver that gets no answer asks the zone's next server (RFC 1034 §5.3.3), so one live instance answers all.
    if (s.kind === 'dns') return 1;
    const list = this.insts.get(p);
    if (!list) return 1;
    if (s.vip) {
      // A watchdog that needs a quorum holds the virtual IP nowhere without a majority of its nodes.
      if (s.vipQuorum && live < majorityOf(list.length)) return 0;
      return list[this.vipHolder.get(p) ?? 0]!.alive ? 1 : 0;
    }
    // The cluster endpoint of a single-writer cluster: served while the writer (#1) is, again once the provider's failover is done.
    if (s.singleWriter) return list[0]!.alive ? 1 : 0;
    if (this.cap[p]!.shards > 1) return this.shardReach(r, p, t);
    // A self-run PostgreSQL cluster written as its instances (`engine=cloudnative-pg primary replicas=3`): one primary behind
    // the read-write endpoint and standbys — the primary's loss fails every request until its manager promotes a standby,
    // a standby's costs nothing (round 106 r02 spread the requests over the three).
    if ((engineFlags(this.m)[s.idx]! & PG_PRIMARY_POOL) !== 0) return list[0]!.alive || this.undetected(r, p, t) === 0 ? 1 : 0;
    return live / (live + this.undetected(r, p, t));
  }

  /**
   * The share of caller s's requests to callee a that land on a serving instance: the rest go to an instance that is lost
   * and not taken out (nothing balances in front of it), fail there, and load nothing (failure-model §6).
   */
  private landing(s: SimNode, a: number, t: number): number {
    const p = this.prov[a]!;
    if (p >= 0 && p !== a && this.readsStranded(s, a)) return 0;
    return p < 0 ? 1 : this.reach(s, p, t);
  }

  /**
   * A read replica that is out while its balancer sends its reads to its source (readsFallBack through a database proxy:
   * ProxySQL keeps the writer among the readers): a caller that reads it at its own address is not moved — its reads fail
   * until the replica is back (round 119b r01: the application's direct reads were sent to the primary with the proxy's).
   * Aurora's reader endpoint moves every caller's reads.
   */
  private readsStranded(from: SimNode, a: number): boolean {
    return this.nodes[a]!.directReads && from.kind !== 'load-balancer' && from.or !== 'lb';
  }

  /** Weights of a dns node's alternatives (sum 1, or all 0). */
  private dnsWeights(s: SimNode, t: number): number[] {
    // No health check: clients keep getting every target (by its weight), a dead one included.
    const share = s.dnsShare;
    if (s.or === 'dns-static') return share ? share.slice() : s.callees.map(() => 1 / s.callees.length);
    const bad = this.dnsBad.get(s.idx)!;
    const ok = s.callees.map((a) => {
      const since = bad.get(a);
      return since === undefined || roundT(since + (this.dnsSwitchAfter.get(s.idx * this.nodes.length + a) ?? s.dnsSwitch)) > t;
    });
    const w = s.callees.map(() => 0);
    if (s.or === 'dns-failover') {
      const k = ok.indexOf(true);
      if (k >= 0) w[k] = 1;
    } else {
      const n = ok.filter(Boolean).length;
      // Weighted: the healthy targets by weight; when only zero-weight ones are healthy they share equally (Route 53).
      let total = 0;
      if (share) ok.forEach((o, k) => (total += o ? share[k]! : 0));
      ok.forEach((o, k) => (w[k] = !o || !n ? 0 : share && total > 0 ? share[k]! / total : 1 / n));
    }
    return w;
  }

  private lbDen(s: SimNode, a: number, t: number, hold = false): number {
    if (s.back.has(a)) return 1;
    if (s.deepCheck && this.deepOut.get(s.idx)?.has(this.prov[a]!)) return 0;
    // A balancer that passes a failed request to the next target (nginx proxy_next_upstream): the dead ones cost time, not requests.
    // (Not when that time is past what the sender waits — mod_jk's connect waiting the kernel's 127 s: those requests have
    // failed for their users, and the hung ones tie up the web server's workers; round 125 r01 counted 2 min as no impact.)
    const retries = s.timings.profile.retries === true && !hangsPastLimit(s);
    const p = this.prov[a]!;
    if (p < 0) return retries ? 0 : this.undetected(s, a, t);
    // A VIP pair is one target to the balancer: the virtual IP, wherever it is held; so is a single-primary group.
    if (this.oneTarget(p)) return 1;
    return this.live[p]! - (hold ? this.warming(s, p, t) : 0) + (retries ? 0 : this.undetected(s, p, t));
  }

  /**
   * A single-primary group behind a balancer (InnoDB Cluster or Group Replication, a MongoDB replica set): the balancer's
   * check passes on the primary only (MySQL Router's read-write port, HAProxy with a primary check), so its requests go
   * where the group's primary is — a lost secondary fails none of them (round 53b r01), a lost primary until the group
   * elects another (its factor).
   */
  private primaryOnly(p: number): boolean {
    const g = this.nodes[p]!.group;
    // (A Redis Sentinel group behind a checking balancer the same: HAProxy's check expects `role:master`, so a lost replica
    // fails no request — round 80 r04.)
    return g !== null && ((g.type === 'leader' && g.shards === 1) || g.type === 'sentinel') && !this.standbysForward(p);
  }

  private forwards: Int8Array | null = null;
  /**
   * Vault (and OpenBao) standbys forward a request to the active node: behind balancers whose checks pass on them — a TCP
   * check, or `/v1/sys/health?standbyok=true` — every unsealed member is a target, so a lost one keeps its share of the
   * balancer's requests until the checks take it out (round 62 r05, 62b r08). `/v1/sys/health` alone answers 429 on a
   * standby: the active node only.
   */
  private standbysForward(p: number): boolean {
    const f = (this.forwards ??= new Int8Array(this.nodes.length).fill(-1));
    if (f[p]! < 0) {
      const s = this.nodes[p]!;
      const routers = this.m.routers[p]!;
      f[p] =
        /^(vault|openbao)$/.test(engineOf(s.node)) && routers.length > 0 && routers.every((r) => {
          const check = textAttr(this.nodes[r]!.node, 'health-check');
          return check === null || !/sys\/health/.test(check) || /standbyok=true/.test(check);
        })
          ? 1
          : 0;
    }
    return f[p] === 1;
  }

  /**
   * Vault (or OpenBao) whose every balancer checks `/v1/sys/health` without `standbyok`: they send to the active node only,
   * so a lost leader is served again only once they have removed it and the new one passes their checks (or they fail
   * open and the standbys forward). The slowest balancer's figures; null otherwise (GroupPhase.elect).
   */
  private activeOnlyHold(i: number): { removal: number; rise: number; failOpen: boolean; lb: string } | null {
    const s = this.nodes[i]!;
    if (!/^(vault|openbao)$/.test(engineOf(s.node)) || this.standbysForward(i)) return null;
    const routers = this.m.routers[i]!;
    if (!routers.length) return null;
    let worst: { removal: number; rise: number; failOpen: boolean; lb: string } | null = null;
    for (const r of routers) {
      const lb = this.nodes[r]!;
      if (lb.lbDetect === null) return null;
      const v = { removal: lb.lbDetect, rise: riseTime(lb), failOpen: FAILS_OPEN.has(lb.timings.profile.id), lb: lb.name };
      if (!worst || v.removal + (v.failOpen ? 0 : v.rise) > worst.removal + (worst.failOpen ? 0 : worst.rise)) worst = v;
    }
    return worst;
  }

  /** A callee a balancer sends to as one target, not instance by instance: a VIP pair's address, a single-primary group. */
  private oneTarget(p: number): boolean {
    return this.viaVip(p) || this.primaryOnly(p);
  }

  /**
   * For a read replica p that balancer s holds back entirely (every live instance
   * still warming after a repair): the provider of its source, which serves its
   * reads meanwhile (docs/language.md: a replica's reads go to its source when it
   * is gone; ProxySQL keeps the writer in the reader hostgroup). Else -1.
   */
  private heldReplicaSource(s: SimNode, p: number, t: number): number {
    const r = this.nodes[p]!.readsFallBack ? this.nodes[p]!.readsFrom : -1;
    if (r < 0 || this.live[p]! <= 0 || this.live[p]! - this.warming(s, p, t) > 0) return -1;
    return this.prov[r]!;
  }

  /** Whether callers reach node p at its virtual IP (one address, held by one instance at a time; failure-model §1, keepalived). */
  private viaVip(p: number): boolean {
    const s = this.nodes[p]!;
    return s.vip && s.group === null;
  }

  /** The weight of callee a's provider p in a balancer's pool: its serving instances, or 1 for a VIP pair. */
  private poolWeight(s: SimNode, p: number, t: number, hold: boolean): number {
    if (s.deepCheck && this.deepOut.get(s.idx)?.has(p)) return 0;
    return this.oneTarget(p) ? 1 : this.live[p]! - (hold ? this.warming(s, p, t) : 0);
  }

  /**
   * A router some clients name one route of (pinnedBy): the share of its load `offered` each route gets — those clients'
   * requests on their own routes, the rest by the routes' shares (the routes no client names). Null without such clients.
   */
  private pinnedShares(s: SimNode, offered: number): Float64Array | null {
    const pins = s.pinnedBy;
    if (pins === null || s.routes === null || offered <= 1e-12) return null;
    const out = new Float64Array(s.routes.length);
    let sum = 0;
    for (const [c, j] of pins) {
      const cn = this.nodes[c]!;
      const amount = (cn.rate ?? 0) * this.factor * classShare(cn, s.idx);
      out[j]! += amount;
      sum += amount;
    }
    const scale = sum > offered ? offered / sum : 1;
    const rest = offered - sum * scale;
    for (let j = 0; j < out.length; j++) out[j] = (out[j]! * scale + rest * s.routes[j]!.share) / offered;
    return out;
  }

  /** A router's load to the given routes only (the same rule as compute's for a balancer). */
  private givePartial(i: number, routes: number[], t: number, give: (from: number, to: number, amount: number) => void): void {
    const s = this.nodes[i]!;
    if (s.ignored || s.client) return;
    const offered = this.load[i]!;
    if (offered <= 1e-12 || this.prov[i] !== i) return;
    const live = this.live[i]!;
    if (live <= 0) return;
    // A caching node (a CDN, Varnish) sends on its misses only.
    const L0 = offered * this.cf[i]! * (1 - s.offload);
    if (L0 <= 1e-12) return;
    if (this.edgeConn.size) {
      const g0 = give;
      give = (from, to, amount) => g0(from, to, amount * this.connTo(from, to));
    }
    const pinned = this.pinnedShares(s, offered);
    for (const ri of routes) {
      const r = pinned ? { pool: s.routes![ri]!.pool, share: pinned[ri]! } : s.routes![ri]!;
      if (originGroup(s, r.pool)) {
        const a = this.firstOrigin(s, r.pool);
        if (a >= 0) give(i, a, L0 * r.share);
        continue;
      }
      // (Second-choice targets only while no first choice is in rotation, as compute() gives it.)
      const pool = this.tierPool(s, r.pool, t);
      let den = 0;
      for (const a of pool) den += this.lbDen(s, a, t);
      if (den <= 0) continue;
      for (const a of pool) {
        if (s.back.has(a)) continue;
        const p2 = this.prov[a]!;
        if (p2 >= 0) give(i, a, (L0 * r.share * this.poolWeight(s, p2, t, false)) / den);
      }
    }
  }

  /**
   * The state of every evaluated node at time t, in phases: who serves each node
   * (providers), the database connections, the load from the clients' rates down
   * the graph, then each node's success (callees first).
   */
  private compute(t: number): void {
    this.computeProviders();
    this.computeConnections();
    this.cacheDownNow = this.computeLoad(t);
    this.contribSink = null;
    this.computeSuccess(t);
  }

  /** Who serves each node: itself, or the node that took over for it. */
  private computeProviders(): void {
    const { nodes } = this.m;
    const act = this.act;
    const prov = this.prov;
    for (let k = act.length - 1; k >= 0; k--) {
      const i = act[k]!;
      const s = nodes[i]!;
      if (s.client || s.ignored) prov[i] = i;
      else if (this.live[i]! > 0) {
        // Back, but the node acting for it keeps the role until the balancers send to it again.
        const a = this.acting.get(i);
        prov[i] = a !== undefined && this.live[a]! > 0 ? a : i;
      } else if (s.readsFrom >= 0 && s.readsFallBack) {
        // A readable standby acting for its own source cannot send its reads back to it.
        const r = s.readsFrom;
        prov[i] = this.live[r]! > 0 ? r : this.acting.get(r) === i ? -1 : prov[r]!;
      }
      else {
        const a = this.acting.get(i);
        prov[i] = a === undefined ? -1 : this.live[a]! > 0 ? a : prov[a]!;
      }
    }
  }

  /** The load of each node from the clients' rates down the graph (none without rates); returns the caches found down on the way. */
  private computeLoad(t: number): Set<number> {
    const { nodes } = this.m;
    const load = this.load;
    const phys = this.phys;
    const msgIn = this.msgIn;
    const sink = this.contribSink;
    const give = (from: number, to: number, amount: number): void => {
      load[to]! += amount;
      if (sink) sink[from]!.push(to, amount);
    };
    const cacheDown = new Set<number>();
    if (this.m.hasRate) {
      const loadAct = this.loadAct ?? this.m.loadOrder;
      if (this.loadAct && this.ctx) {
        // Sparse: start from the baseline and take back what the re-evaluated nodes sent.
        const bl = this.ctx.base.load;
        const bm = this.ctx.base.msgIn;
        for (const i of loadAct) {
          load[i] = bl[i]!;
          msgIn[i] = bm[i]!;
        }
        for (const i of loadAct) {
          const c = this.ctx.baseContrib[i]!;
          const consumers = nodes[i]!.consumers;
          for (let k = 0; k < c.length; k += 2) {
            load[c[k]!]! -= c[k + 1]!;
            if (consumers.length && consumers.includes(c[k]!) && !nodes[i]!.callees.includes(c[k]!)) msgIn[c[k]!]! -= c[k + 1]!;
          }
        }
        // Routers whose load to some routes only may change: take back what they sent those routes, then send it again.
        if (this.partial)
          for (const [i, routes] of this.partial) {
            const members = new Set<number>();
            for (const r of routes) for (const a of nodes[i]!.routes![r]!.pool) members.add(a);
            for (const a of members) load[a]! -= this.ctx.contribOf(i, a);
            this.givePartial(i, routes, t, give);
          }
      } else {
        load.fill(0);
        msgIn.fill(0);
      }
      for (const i of loadAct) {
        phys[i] = 0;
        this.cf[i] = 1;
        this.pulled[i] = 0;
      }
      for (const i of loadAct) this.sendLoad(i, t, give, cacheDown);
    } else {
      for (const i of this.softCallers) for (const e of nodes[i]!.soft) if (this.softCacheLost(e.cache) >= 1 - EPS) cacheDown.add(e.cache);
    }
    return cacheDown;
  }

  /**
   * A queue's messages handed to its consumers (failure-model: queues decouple): on a log each consuming service reads
   * every message, on a work queue the services share them equally; a service's nodes (blue/green, numbered workers)
   * share its part. What a consumer processes then loads what it calls, as a request would (round 121b r02: a look-aside
   * cache behind a queue's worker was never judged — its loss sent nothing to the database behind it).
   */
  private sendMessages(q: SimNode, rate: number, give: (from: number, to: number, amount: number) => void): void {
    if (!(rate > 1e-12)) return;
    const services = consumerServices(q, this.nodes);
    const log = fansOut(q, this.m.design) && services.length > 1;
    const each = log ? rate : rate / services.length;
    for (const group of services) {
      const up = group.filter((c) => this.prov[c]! >= 0 && !q.callees.includes(c));
      if (!up.length) continue;
      for (const c of up) {
        give(q.idx, c, each / up.length);
        this.msgIn[c]! += each / up.length;
      }
    }
  }

  /**
   * Per target of a latency record, the load it gets when some of its clients are in a target's region (nearest): each
   * such client's requests go to its own target while it is answered, or are spread over the others; the rest by the
   * weights. Null when no caller is pinned so.
   */
  private nearestLoad(s: SimNode, L0: number, offered: number, w: number[]): number[] | null {
    let out: number[] | null = null;
    let pinned = 0;
    const scale = offered > 0 ? L0 / offered : 0;
    for (const ci of s.callers) {
      const c = this.nodes[ci]!;
      const k = c.nearest?.get(s.idx);
      if (k === undefined) continue;
      const amt = Math.min(this.phys[ci]! * scale, L0 - pinned);
      if (!(amt > 0)) continue;
      out ??= s.callees.map(() => 0);
      pinned += amt;
      if (w[k]! > EPS) out[k]! += amt;
      else {
        let den = 0;
        w.forEach((x, j) => j !== k && (den += x));
        if (den > EPS) w.forEach((x, j) => j !== k && (out![j]! += (amt * x) / den));
      }
    }
    if (!out) return null;
    const rest = Math.max(0, L0 - pinned);
    w.forEach((x, j) => (out![j]! += rest * x));
    return out;
  }

  /** One node's offered load: capacity and connections applied, what it serves sent on to its callees. */
  private sendLoad(i: number, t: number, give: (from: number, to: number, amount: number) => void, cacheDown: Set<number>): void {
    const { nodes } = this.m;
    const prov = this.prov;
    const load = this.load;
    const phys = this.phys;
    const s = nodes[i]!;
    if (s.ignored) return;
    if (s.client) load[i] = (s.rate ?? 0) * this.factor;
    let offered = load[i]!;
    if (offered <= 1e-12) return;
    const p = prov[i]!;
    if (!s.client && p !== i) {
      if (p >= 0) give(i, p, offered);
      return;
    }
    phys[i] = offered;
    let live = s.client ? 1 : this.live[i]!;
    // Instances back but not yet put back in rotation by the balancer in front (its `rise`): no capacity yet (round 40b:
    // "fully served again" was said at the repair, before the balancer sent the repaired instance anything).
    // (Only what reaches it through those balancers waits: a caller reading it at its own address — the application beside
    // ProxySQL's reader hostgroup — is served by the instance as soon as it is up; round 119b r02 gave it no capacity.)
    if (this.warm && !s.client && live > 0 && s.callers.every((c) => (this.m.routers[i] ?? []).includes(c))) {
      let w = 0;
      for (const r of this.m.routers[i] ?? []) {
        const lb = nodes[r]!;
        if (lb.lbDetect === null) continue;
        if (poolsWith(lb, i).some((pl) => this.holdsWarm(lb, pl, t))) w = Math.max(w, this.warming(lb, i, t));
      }
      live = Math.max(0, live - w);
    }
    // A queue's consumer pulls its messages up to what its capacity leaves over the requests it serves (consumerFree): the
    // rest wait in the queue (processing says so), they are not requests that fail.
    const msg = this.msgIn[i]!;
    if (msg > 1e-12) {
      this.pulled[i] = Math.min(msg, offered);
      if (s.capacity !== null && live > 0) {
        const req = Math.max(0, offered - msg);
        const free = Math.max(0, servingInstances(s, consumerInstances(s, live, msg)) * s.capacity - req);
        if (msg > free) {
          offered = req + free;
          phys[i] = offered;
          this.pulled[i] = free;
          if (offered <= 1e-12) return;
        }
      }
    }
    // Capacity: the excess share of an overloaded node fails; only what it serves goes on (failure-model §6). An
    // active/passive pair (a virtual IP) or a single writer serves from one instance at a time.
    const cap = s.capacity;
    const serving = s.client ? 1 : servingInstances(s, msg > 1e-12 && s.capacity !== null ? consumerInstances(s, live, msg) : live);
    if (!s.client && cap !== null && offered > serving * cap + EPS) this.cf[i] = (serving * cap) / offered;
    if (live <= 0) return;
    // A caching node (a CDN, Varnish: `hit-ratio=`) answers its hits itself and sends on the misses only.
    const L0 = offered * this.cf[i]! * (1 - s.offload);
    if (L0 <= 1e-12) return;
    if (s.consumers.length) this.sendMessages(s, offered * this.cf[i]!, give);
    // Requests landing on instances that got no connection to a database fail there: that database's share of them
    // (connTo), not the requests the same instances send elsewhere (round 107b r01).
    if (this.edgeConn.size) {
      const g0 = give;
      give = (from, to, amount) => g0(from, to, amount * this.connTo(from, to));
    }
    if (s.or === 'lb') {
      // Each route's share of the load goes to its own pool (one pool without routes).
      const pinned = this.pinnedShares(s, offered);
      for (const [j, r0] of (s.routes ?? [{ key: '', label: null, share: 1, pool: s.callees }]).entries()) {
        const r = pinned ? { pool: r0.pool, share: pinned[j]! } : r0;
        // A CDN's origin group: the whole route goes to its first origin still serving.
        if (originGroup(s, r.pool)) {
          const a = this.firstOrigin(s, r.pool);
          if (a >= 0) give(i, a, L0 * r.share);
          continue;
        }
        // Active-backup over several targets (two pools behind a failover steering): the whole route goes to the first
        // target still in rotation (round 56b r01: the backup pool was given half the load at rest).
        if (r.pool.length > 1 && this.activeBackup(s)) {
          const a = this.activeCallee(s, r.pool, t);
          if (a >= 0 && prov[a]! >= 0) give(i, a, L0 * r.share);
          continue;
        }
        const pool = this.tierPool(s, r.pool, t);
        const hold = this.holdsWarm(s, pool, t);
        let den = 0;
        let parked: Set<number> | null = null;
        if (this.hasWaiting) for (const a of pool) if (this.parked(s, a, pool, t)) (parked ??= new Set()).add(a);
        for (const a of pool) if (!parked?.has(a)) den += this.lbDen(s, a, t, hold);
        if (den <= 0) continue;
        for (const a of pool) {
          if (s.back.has(a) || parked?.has(a)) continue;
          const p2 = prov[a]!;
          if (p2 >= 0) give(i, a, (L0 * r.share * this.poolWeight(s, p2, t, hold)) / den);
        }
      }
    } else if (s.or !== null) {
      const w = this.dnsWeights(s, t);
      // A latency record's clients in a target's region go to it while it is answered (CompiledNode.nearest): their
      // load is theirs, the rest is spread by the weights.
      const by = this.nearestLoad(s, L0, offered, w);
      // Only what lands on a serving instance loads the target: the share a record still hands to a dead, unchecked
      // instance fails there (round 37: a round-robin record's dead web server was counted failed and as load too).
      s.callees.forEach((a, k) => {
        const amount = by ? by[k]! : L0 * w[k]!;
        if (!s.back.has(a) && amount > 0) give(i, a, amount * this.landing(s, a, t));
      });
    } else if (!this.hitRatioCaller(s)) {
      // With request classes, a callee gets the shares of the classes that need it (all of it when unlabelled).
      // Only what reaches a serving instance loads it: the share sent to a lost instance nothing takes out fails there.
      if (s.routes) {
        for (const r of s.routes) for (const a of r.pool) if (!s.back.has(a) && r.share > 0) give(i, a, L0 * r.share * this.storeMiss(s, a) * this.landing(s, a, t));
      } else
        for (const a of s.callees) {
          if (s.back.has(a)) continue;
          const ps = s.peerSets?.find((x) => x.members.includes(a));
          if (!ps) give(i, a, L0 * this.storeMiss(s, a) * this.landing(s, a, t));
          else if (ps.members[0] === a)
            ps.members.forEach((_, k) => {
              const to = this.peerTarget(ps, k, t);
              if (to >= 0 && ps.share[k]! > 0) give(i, to, L0 * ps.share[k]! * this.landing(s, to, t));
            });
        }
      for (const e of s.soft) {
        const lost = this.softCacheLost(e.cache);
        if (lost >= 1 - EPS) cacheDown.add(e.cache);
        if (lost < 1 - EPS && !s.back.has(e.cache)) give(i, e.cache, L0 * (1 - lost));
        if (lost > EPS) for (const f of e.fallbacks) if (!s.back.has(f)) give(i, f, L0 * lost);
      }
    } else if (s.routes && s.soft.every((e) => e.route !== undefined)) {
      // Request classes with a cache in front of one of them: each class loads its own callees with its share, and the
      // cache's class loads the cache and, with its misses (and the reads of the lost part of the cache), the databases
      // behind it (round 113 r02: the misses were scaled by every class the database serves, the writes' own share lost —
      // 320 req/s counted on a database receiving 960).
      const byRoute = new Map<number, SoftEdge>();
      for (const e of s.soft) byRoute.set(e.route!, e);
      s.routes.forEach((r, j) => {
        if (!(r.share > 0)) return;
        const e = byRoute.get(j);
        if (!e) {
          for (const a of r.pool) if (!s.back.has(a)) give(i, a, L0 * r.share * this.landing(s, a, t));
          return;
        }
        const hr = this.cap[e.cache]!.hitRatio;
        if (prov[e.cache]! < 0) cacheDown.add(e.cache);
        else if (!s.back.has(e.cache)) give(i, e.cache, L0 * r.share);
        const lost = this.cacheGone(e.cache);
        const share = hr === null ? 1 : 1 - hr * (1 - lost);
        for (const f of e.fallbacks) if (!s.back.has(f) && share > 0) give(i, f, L0 * r.share * share * this.landing(s, f, t));
      });
    } else {
      // Caches with a hit ratio: the database behind sees the misses, and the reads of the lost part of the cache.
      const miss = new Map<number, number>();
      // A database the caller also calls for requests of its own (another label): its class's share, and the misses of the cache's class.
      let direct: Map<number, number> | null = null;
      for (const e of s.soft) {
        const cs = e.share ?? 1;
        // Each label is a class of an even share (cs): a direct database takes its own.
        if (e.direct) for (let k = 0; k < e.direct.length; k++) (direct ??= new Map<number, number>()).set(e.direct[k]!, e.directShare?.[k] ?? cs);
        const hr = this.cap[e.cache]!.hitRatio;
        const pc = prov[e.cache]!;
        if (pc < 0) cacheDown.add(e.cache);
        else if (!s.back.has(e.cache)) give(i, e.cache, L0 * cs);
        const lost = this.cacheGone(e.cache);
        const share = hr === null ? 1 : 1 - hr * (1 - lost);
        for (const f of e.fallbacks) miss.set(f, (miss.get(f) ?? 1) * share * (e.direct?.includes(f) ? cs : 1));
      }
      for (const a of s.callees) {
        if (s.back.has(a)) continue;
        const own = direct?.get(a);
        give(i, a, L0 * (own !== undefined ? own + (miss.get(a) ?? 0) : (miss.get(a) ?? 1)) * classShare(s, a));
      }
      for (const [f, share] of miss) if (!s.callees.includes(f) && !s.back.has(f) && share > 0) give(i, f, L0 * share);
    }
    // A topic copies every message it accepts to each queue subscribed to it (SNS → SQS).
    if (s.forwards.length) for (const f of s.forwards) if (!s.back.has(f) && prov[f]! >= 0) give(i, f, L0);
  }

  /**
   * Success, callees first. An edge that closes a cycle counts as served
   * unless its callee serves nothing at all: repeat until no such callee is
   * newly found dead (each pass can only add dead ones).
   * The same holds for a callee served by a node that stands in for it and
   * sits upstream (a peer primary or read source on the cycle).
   */
  private computeSuccess(t: number): void {
    this.deadBack.clear();
    this.upstreamProv.clear();
    for (let pass = 0; ; pass++) {
      this.successPass(t);
      let more = false;
      for (const list of [this.backTargets, this.upstreamProv]) {
        for (const a of list) {
          if (!this.deadBack.has(a) && this.edge(null, a, t) <= EPS) {
            this.deadBack.add(a);
            more = true;
          }
        }
      }
      if (!more || pass > this.backTargets.length + this.upstreamProv.size) break;
    }
  }

  /** Nodes standing in for a callee that are evaluated after its caller (their value is not known yet). */
  private readonly upstreamProv = new Set<number>();

  /** Whether p, serving in place of callee a, is evaluated after caller i: then it counts like an edge closing a cycle. */
  private upstream(i: number, a: number, p: number): boolean {
    if (p === a || p < 0 || this.m.pos[p]! > this.m.pos[i]!) return false;
    this.upstreamProv.add(p);
    return true;
  }

  /** Callees reached through an edge closing a cycle, found dead in this evaluation. */
  private readonly deadBack = new Set<number>();
  /** Callees of the evaluated nodes reached through an edge closing a cycle. */
  private readonly backTargets: number[] = [];

  private successPass(t: number): void {
    const act = this.act;
    for (let k = act.length - 1; k >= 0; k--) this.evalNode(act[k]!, t);
  }

  /** One node's success share from its callees' (callees first: reverse topological order). */
  private evalNode(i: number, t: number): void {
    const s = this.m.nodes[i]!;
    const inner = this.inner;
    if (s.ignored) {
      inner[i] = 1;
      return;
    }
    if (s.or === 'lb') {
      if (s.routes) inner[i] = this.routedValue(i, s, t);
      else inner[i] = s.callees.length === 0 ? 1 : this.poolValue(i, s, s.callees, t);
    } else if (s.or !== null) {
      const w = this.dnsWeights(s, t);
      const alt = this.altS.get(i) ?? new Float64Array(s.callees.length);
      this.altS.set(i, alt);
      let v = 0;
      s.callees.forEach((a, k) => {
        alt[k] = this.edge(s, a, t);
        v += w[k]! * alt[k]!;
      });
      inner[i] = s.callees.length === 0 ? 1 : v;
    } else if (s.routes) {
      // Request classes (reads, writes): each class needs its own callees and the shared ones.
      inner[i] = this.routedValue(i, s, t);
    } else {
      let v = 1;
      // Behind caches with a hit ratio, a database short of capacity fails the misses that reach it, not the hits.
      const hr = this.hitRatioCaller(s);
      const miss = hr ? this.missShares(s) : null;
      // A database the caller also calls for a class of its own (`web -> cache : product reads`, `web -> db : orders`):
      // its loss fails that class and the cache class's misses; the cache's hits are served.
      const own = hr && miss === null ? this.directWeights(s) : null;
      // One cache beside direct classes whose shares make up the requests: each class needs its own callees, so the
      // classes are summed, not their callees' failures multiplied as if independent (round 125c r01: with the cache, the
      // database and the search index all down, 8 % were served — (1 − 0.8)(1 − 0.6) — where every class failed).
      const exact = own !== null ? this.directClassesValue(s, t) : null;
      if (exact !== null) v = exact;
      const sets = hr ? null : s.peerSets;
      for (const a of exact !== null ? NO_CALLEES : s.callees) {
        // Active-active primaries it calls more than one of: one alternative, taken when its first member comes up.
        if (sets !== null) {
          const ps = sets.find((x) => x.members.includes(a));
          if (ps) {
            if (ps.members[0] === a) v *= this.peerValue(s, ps, t);
            if (v === 0) break;
            continue;
          }
        }
        const w = own?.get(a);
        if (w !== undefined) {
          v *= 1 - (1 - this.edge(s, a, t)) * w;
          if (v === 0) break;
          continue;
        }
        const m = miss?.get(a);
        v *= m === undefined ? this.edge(s, a, t) : this.missEdge(s, a, t, m);
        if (v === 0) break;
      }
      inner[i] = v;
    }
    // A caching node (CDN, Varnish) answers its hits without its origin: what fails behind it — the origin's complete loss
    // too — fails the misses only (logins and writes are misses: not cached). A CDN keeps serving cached objects while its
    // origin does not respond (docs/defaults.md); objects whose TTL runs out during a long outage are not counted (rounds
    // 114b r01, 116 r02, 117 r01: 50 % where about 80 % succeed — round 28's reading, every request failed, reversed).
    // (Not while a writes class is followed up to the entries: a cache answers no write — round 125 r02, 125b r08: the
    // writes class "all failing 0 s" behind a CDN while every write failed.)
    if (s.offload > 0 && !s.routes && !this.writesClassPass()) inner[i] = s.offload + (1 - s.offload) * inner[i]!;
    if (s.group !== null || s.demotesWith >= 0 || s.quorumPeers !== null) {
      const before = inner[i]!;
      // (A MongoDB replica set every caller reads at the secondaries — `secondaryPreferred`, `nearest` — and none writes: the
      // members left serve those reads while the set elects, or has no primary; round 124b r06 failed them for the election.)
      if (!(s.group !== null && s.group.type === 'leader' && this.secondaryReadsOnly(s) && this.live[i]! > 0)) inner[i]! *= this.groups.factor(i);
      // (A Neo4j database without its primaries' majority turns read-only: its reading callers are served — round 70 r03.)
      // (So does a Patroni primary demoted for its lost DCS: PostgreSQL restarts read-only — round 99c r09 failed its reads too.)
      // (And a single-primary Group Replication group — InnoDB Cluster — between its primary's loss and the election: the
      // secondaries stay ONLINE and answer the reads MySQL Router's read-only port sends them; round 103 r02.)
      const grElecting = s.group !== null && s.group.type === 'leader' && SINGLE_PRIMARY_GR.has(engineOf(s.node));
      if ((s.group !== null && s.group.type === 'majority' && READ_ONLY_WITHOUT_MAJORITY.has(engineOf(s.node))) || (s.demotesWith >= 0 && !RAC_ENGINE.test(engineOf(s.node))) || grElecting) {
        if (inner[i]! <= EPS && before > EPS && this.live[i]! > 0) this.readsOnly.set(i, before);
        else this.readsOnly.delete(i);
      }
    }
    // Shards with every copy on a down node (no zone awareness): requests for their documents fail.
    // (Ceph: a placement group left with fewer than min_size copies stops its I/O — more than the ones lost outright.)
    // (Not Elasticsearch or OpenSearch: a search goes to a copy of every shard and, with allow_partial_search_results
    // true by default, answers from the shards left — incomplete, not failed; round 69b r05. The data-lost event says so.)
    if ((s.kind === 'database' || s.kind === 'storage') && this.unawareCopiesOf(i) && !SEARCH_ENGINES.has(engineOf(s.node))) {
      // A Ceph block device (RBD: a database's volume, a VM's disk) is striped over objects in every placement group: any
      // group below min_size hangs the whole volume, not a share of its requests (rounds 63 r03, 63b r02; rbd(8)).
      const below = isCeph(s.node) ? this.unawareBelow(i) : this.unawareLost(i);
      inner[i]! *= below > 0 && isCeph(s.node) && this.cephBlock(i) ? 0 : 1 - below;
    }
    // Commits wait for the one synchronous standby: none is acknowledged while it is down.
    // (Reads go on: a read copy's reads moved to it are served — readServed.)
    // Several standbys it waits for one of, every one down (`sync-timeout=none`): no write completes.
    if (s.syncWaitAny.length) {
      if (this.prov[i] === i && s.syncWaitAny.every((x) => this.live[x]! <= 0)) {
        this.readsOnly.set(i, inner[i]!);
        inner[i] = 0;
      } else this.readsOnly.delete(i);
    }
    if (s.syncWait >= 0) {
      const shut = this.maxProtection(i);
      if (this.prov[i] === i && this.live[s.syncWait]! <= 0 && !(shut && this.protectionLowered.has(i))) {
        // (An Oracle primary in Maximum Protection shuts down: its reads stop too.)
        if (shut) this.readsOnly.delete(i);
        else this.readsOnly.set(i, inner[i]!);
        inner[i] = 0;
      } else this.readsOnly.delete(i);
    }
    // A MongoDB replica set with an arbiter and w: "majority" left with too few data members: its writes wait (round 55b r05).
    if (s.group !== null && s.group.type === 'leader' && s.group.arbiters > 0) {
      const w = this.groups.majorityWritesWait(i);
      if (w > 0) {
        this.readsOnly.set(i, inner[i]!);
        inner[i]! *= 1 - w;
      } else this.readsOnly.delete(i);
    }
    // An Oracle primary that shut itself down, isolated from its fast-start failover partners.
    if (this.fsfoDown.has(i)) inner[i] = 0;
    // A global database's old primary region rejoined as a read-only secondary: it answers reads only.
    if (this.globalRejoined.size && this.globalRejoined.has(i) && this.prov[i] === i) {
      this.readsOnly.set(i, inner[i]!);
      inner[i] = 0;
    }
    // A primary stopped without its pair's quorum (its standby and witness both gone).
    if (this.quorumDown.size && this.quorumDown.has(i)) inner[i] = 0;
  }

  /**
   * A storage copy in another region (an array replicating to the DR centre: HUR, SRDF, SnapMirror) serves the hosts at
   * its own site: the servers left at the primary's site cannot mount it across the regions. While one of them is up, the
   * lost array waits for its repair; the copy is promoted once they are gone too — the DR site's servers take over then
   * (round 73c r01: a RAC in Seoul was "repointed" to the array in Daejeon in 31 min).
   */
  private farStorageIdle(s: SimNode, copy: number): boolean {
    // (Not an object store's bucket: its callers reach a copy in another region over HTTPS as well as their own — round 109
    // r02, an Azure Blob account's geo copy promoted by hand was never promoted while a server in the primary region lived.)
    const here = farStorageSite(this.nodes, s, copy);
    return here !== null && s.callers.some((c) => this.instOf(c).some((x) => x.alive && x.region !== null && x.region !== undefined && here.has(x.region)));
  }

  private readonly configLostSaid = new Set<number>();
  /** Callers of lost node s among active-active primaries they call: at their connect timeout, they move its share. */
  private peerSwitch(s: SimNode, t: number): void {
    for (const c of s.callers) {
      const cn = this.nodes[c]!;
      const ps = cn.peerSets?.find((x) => x.members.includes(s.idx));
      if (!ps) continue;
      const k = ps.members.indexOf(s.idx);
      if (ps.share[k]! <= 0) continue;
      this.at(t + DEFAULTS.clientRetry, (now) => {
        if (this.live[s.idx]! > 0 || this.lostAt(s.idx) !== t || this.live[c]! <= 0 || this.answering(s.idx)) return;
        const to = this.peerTarget(ps, k, now);
        if (to < 0) return;
        const other = this.nodes[to]!.name;
        const timeout = d(DEFAULTS.clientRetry);
        this.emit(
          'routed-around',
          cn.name,
          L(
            `${cn.name} gives up on ${s.name} after its connect timeout (${timeout}, generic: it calls both primaries, so its driver tries the other address) and sends that share of its requests to ${other}.`,
            `${josa(cn.name, '이/가')} 연결 타임아웃(${dk(DEFAULTS.clientRetry)}, 범용 기본값: 두 프라이머리를 모두 호출하므로 드라이버가 다른 주소로 다시 시도) 뒤 ${josa(s.name, '을/를')} 포기하고 그 몫의 요청을 ${other}에 보냅니다.`,
          ),
        );
      });
    }
  }

  /** Whether a node's address answers: it, or the node acting for it, has an instance up. */
  private answering(a: number): boolean {
    const p = this.prov[a]!;
    return p >= 0 && this.live[p]! > 0;
  }

  /** When node a was lost whole: its last instance's failure (−∞ while one is up). */
  private lostAt(a: number): number {
    let last = -Infinity;
    if (this.live[a]! > 0) return last;
    for (const x of this.instOf(a)) if (!x.alive && x.failedAt > last) last = x.failedAt;
    return last;
  }

  /**
   * Where a caller's share for member k of a set of active-active primaries goes (compilePeerCalls): the member while its
   * address answers; once it is lost and the caller's connect timeout has passed (DEFAULTS.clientRetry, generic), another
   * member that answers — one the caller prefers first; before that, nowhere (−1: the share fails).
   */
  private peerTarget(ps: { members: number[]; share: number[] }, k: number, t: number): number {
    const a = ps.members[k]!;
    if (this.answering(a)) return a;
    if (roundT(this.lostAt(a) + DEFAULTS.clientRetry) > t) return -1;
    let to = -1;
    ps.members.forEach((b, j) => {
      if (j !== k && this.answering(b) && (to < 0 || (ps.share[j]! > 0 && ps.share[ps.members.indexOf(to)]! === 0))) to = b;
    });
    return to;
  }

  /** A caller's share of requests served through a set of active-active primaries it calls (peerTarget). */
  private peerValue(s: SimNode, ps: { members: number[]; share: number[] }, t: number): number {
    let v = 0;
    ps.members.forEach((_, k) => {
      if (ps.share[k]! <= 0) return;
      const to = this.peerTarget(ps, k, t);
      if (to >= 0) v += ps.share[k]! * this.edge(s, to, t);
    });
    return v;
  }

  private cephBlocks: Int8Array | null = null;
  /** A Ceph cluster used as block devices: a database calls it, its edges say disk or volume, or its engine says RBD. */
  private cephBlock(i: number): boolean {
    const f = (this.cephBlocks ??= new Int8Array(this.nodes.length).fill(-1));
    if (f[i]! < 0) {
      const s = this.nodes[i]!;
      const word = /\b(disks?|volumes?|block|rbd|root)\b|디스크|볼륨/i;
      f[i] =
        /rbd/i.test(engineOf(s.node)) ||
        s.callers.some((c) => this.nodes[c]!.kind === 'database') ||
        this.m.design.edges.some((e) => e.to === s.name && word.test(e.label ?? ''))
          ? 1
          : 0;
    }
    return f[i] === 1;
  }

  /** The first origin of a CDN's origin group that is up (its provider live), or -1. */
  private firstOrigin(s: SimNode, pool: readonly number[]): number {
    for (const a of pool) {
      if (s.back.has(a)) continue;
      const p = this.prov[a]!;
      if (p >= 0 && this.live[p]! > 0) return a;
    }
    return -1;
  }

  /** Share of a balancer's requests to one pool (its callees, or one route's) that succeed: live, detected and healthy instances. */
  private poolValue(i: number, s: SimNode, pool: readonly number[], t: number, tiered = false): number {
    const prov = this.prov;
    if (originGroup(s, pool)) {
      // An origin group: a request the first origin fails (an error status, no connection) is sent to the next one.
      let fail = 1;
      for (const a of pool) {
        const p = prov[a]!;
        // A standby that has not taken over serves nothing (as edge() says for a direct caller).
        const v = s.back.has(a) ? (this.deadBack.has(a) ? 0 : 1) : p === a && this.idleStandby(a) ? 0 : p >= 0 ? this.cf[p]! * (this.upstream(i, a, p) ? (this.deadBack.has(p) ? 0 : 1) : this.servedFor(a, p)) : 0;
        fail *= 1 - Math.max(0, Math.min(1, v));
      }
      return 1 - fail;
    }
    // Active-backup over several targets: what the target in rotation serves (round 56b r02: losing the active pool read as
    // half the requests served until the checks moved them).
    if (pool.length > 1 && this.activeBackup(s)) {
      const a = this.activeCallee(s, pool, t);
      return a < 0 ? 0 : this.poolValue(i, s, [a], t);
    }
    // Second-choice targets (Front Door priority 2, HAProxy `backup`): only while no first-choice target is in rotation.
    if (s.secondChoice !== null && !tiered) {
      const now = this.tierPool(s, pool, t);
      if (now !== pool) return this.poolValue(i, s, now, t, true);
    }
    const hold = this.holdsWarm(s, pool, t);
    let num = 0;
    let den = 0;
    for (const a of pool) {
      if (s.back.size && s.back.has(a)) {
        num += this.deadBack.has(a) ? 0 : 1;
        den += 1;
        continue;
      }
      const p = prov[a]!;
      // A standby that has not taken over (a DR site's application tier, switched over by hand) serves nothing: it is
      // no member of the pool until it has; a pool of nothing else serves nothing (as edge() says for a direct caller).
      if (p === a && this.idleStandby(a)) continue;
      if (this.parked(s, a, pool, t)) continue;
      // RDS Proxy's read-only endpoint in front of a reader that has been promoted writer: it is no reader any more, and
      // with none left the requests wait and fail (RDS Proxy: "If an Aurora cluster has reader instances but those instances
      // aren't available, RDS Proxy waits … If no reader instance becomes available within the connection borrow timeout
      // period, the request fails"; round 104b r01 served them at the failover's 1 min).
      if (this.acting.size && RDS_PROXY.has(engineOf(s.node)) && this.nodes[a]!.node.role === 'standby' && this.nodes[a]!.instances === 1 && [...this.acting.values()].includes(a)) {
        den += 1;
        continue;
      }
      // A read replica back from repair but still held back by this balancer: its reads go to its source meanwhile, as while it was down.
      const q = hold && p >= 0 ? this.heldReplicaSource(s, p, t) : -1;
      if (q >= 0) {
        den += 1;
        num += this.cf[q]! * (this.upstream(i, a, q) ? (this.deadBack.has(q) ? 0 : 1) : this.servedFor(a, q));
        continue;
      }
      // A sharded cluster behind a proxy (chproxy, mongos, a balancer in front of the shards) is one target: each request
      // goes to its key's shard, so a shard with no live instance fails its share (failure-model.md §6), as it does for a
      // direct caller; its instances are not alternatives to each other.
      const sharded = p >= 0 && this.cap[p]!.shards > 1;
      // One active server and the others backups (`algorithm=active-backup`, HAProxy `backup`): one target, served while the
      // first server still in rotation is up (round 54b r01: a Galera writer's loss read as a third of the requests).
      const single = p >= 0 && !sharded && !this.viaVip(p) && this.activeBackup(s) && (this.insts.get(p)?.length ?? 0) > 1;
      den += sharded || single ? 1 : this.lbDen(s, a, t, hold);
      // A VIP pair answers at its one address: served while the instance holding it is up (reach), whatever the other does.
      if (p >= 0) num += (single ? this.activeUp(s, p, t) : this.viaVip(p) || sharded ? this.reach(s, p, t) : this.poolWeight(s, p, t, hold)) * this.cf[p]! * (this.upstream(i, a, p) ? (this.deadBack.has(p) ? 0 : 1) : this.servedFor(a, p));
    }
    return den > 0 ? num / den : 0;
  }

  /**
   * The targets of a pool a balancer or CDN with second-choice targets (SimNode.secondChoice) sends to now: its first-choice
   * targets while one of them is in rotation (as activeCallee reads it), else its second-choice ones. The pool itself when
   * it has no such split.
   */
  private tierPool(s: SimNode, pool: readonly number[], t: number): readonly number[] {
    const sc = s.secondChoice;
    if (sc === null) return pool;
    let first = false;
    let second = false;
    for (const a of pool) if (sc.has(a)) second = true; else first = true;
    if (!first || !second) return pool;
    // (In rotation: up and back in rotation — a first choice come back but not yet through its `rise` checks gets nothing,
    // and the second choice keeps the requests meanwhile (round 99b r04: 0 % for the probes' 90 s at failback) — or lost
    // and not yet taken out by the checks.)
    const hold = this.holdsWarm(s, pool, t);
    const firstUp = pool.some((a) => {
      if (sc.has(a) || this.activeCallee(s, [a], t) < 0) return false;
      const p = this.prov[a]!;
      return p < 0 || this.poolWeight(s, p, t, hold) > 0;
    });
    return pool.filter((a) => sc.has(a) !== firstUp);
  }

  /** A balancer that sends everything to one server and keeps the others as backups (`algorithm=active-backup`). */
  private activeBackup(s: SimNode): boolean {
    // (MaxScale in front of Galera: readwritesplit sends every write to the member its Galera Monitor names Master — round 110c r04.)
    return s.or === 'lb' && (textAttr(s.node, 'algorithm') === 'active-backup' || (s.galeraCheck && s.timings.profile.id === 'maxscale'));
  }

  /**
   * Of an active-backup balancer's targets, the one it sends to: the first still in rotation — not lost whole and taken
   * out by its checks, nor failing its deep checks (a pool behind its own balancer with nothing healthy). -1 when none is.
   */
  private activeCallee(s: SimNode, pool: readonly number[], t: number): number {
    for (const a of pool) {
      if (s.back.has(a)) continue;
      const p = this.prov[a]!;
      if (p < 0) {
        if (this.undetected(s, a, t) > 0) return a;
        continue;
      }
      if (s.deepCheck && this.deepOut.get(s.idx)?.has(p)) continue;
      return a;
    }
    return -1;
  }

  /** 1 when the first of p's instances that balancer s still has in rotation (not taken out by its checks) is up, else 0. */
  private activeUp(s: SimNode, p: number, t: number): number {
    const det = s.lbDetect;
    for (const x of this.insts.get(p) ?? []) {
      if (x.alive) return 1;
      // A dead server the checks have taken out: the next one is the active one.
      if (det !== null && x.failedAt >= 0 && roundT(x.failedAt + det) <= t) continue;
      return 0;
    }
    return 0;
  }

  /** Per router with routes: the success of each route (its pool), in route order. */
  readonly routeVal = new Map<number, Float64Array>();
  /** In a sparse sweep run, per router with routes: the routes whose pool the run evaluates (the others keep their baseline value). */
  private dirtyRoutes: Map<number, number[]> | null = null;
  /** A sparse sweep run: the nodes it evaluates, and those whose own state (instances, load) it can change. */
  private sparse = false;
  private inAct = new Set<number>();
  private changed: Set<number> | null = null;
  /** Nodes that open connections to a database with a connection limit. */
  private connCallers: ReadonlySet<number> = new Set<number>();
  /** Routers with routes whose load the run recomputes for some routes only (sparse; see SweepContext.scope). */
  private partial: Map<number, number[]> | null = null;
  /** While a request class is evaluated: the router and the route whose value stands for the router's. */
  private classOverride: { router: number; route: number } | null = null;

  /** One route's value: a balancer's pool of alternatives, or everything a request class needs. */
  private routeValue(i: number, s: SimNode, pool: readonly number[], t: number, key?: string): number {
    // (A balancer's reads route to one group that only answers queries now — MySQL Router's read-only port to an InnoDB
    // Cluster electing its primary: its reads are served; round 103 r02.)
    if (s.or !== null) return key === 'reads' && this.readsOnly.size && pool.length === 1 && this.readsOnly.has(this.prov[pool[0]!]!) ? this.readEdge(s, pool[0]!, t) : this.poolValue(i, s, pool, t);
    let v = 1;
    for (const a of pool) {
      // A class that reads through a cache with a hit ratio (`web -> cache : reads`, `web -> replica : reads`): only its
      // misses, and the reads of the part of the cache that is gone, need the store behind it (round 54b r05: a lost
      // replica failed every read, the cache's hits included); the cache itself fails none.
      const soft = s.soft.length ? this.classCache(s, a, key) : null;
      // (A callee beside a cache with a class share of its own — a search index's `검색 share=20%` next to the cache's and
      // the database's classes — is needed by that share of this class's requests only; round 104c r01 made the whole
      // rest class need it once a `share=` edge to another callee split the requests.)
      // (Not when this route is that callee's own labelled class — `app -> db : writes share=20%` beside `app -> c : reads`:
      // every request of the writes class needs db; round 107b r02 counted a fifth of them.)
      const dw = !soft && s.soft.length && !(key !== undefined && this.edgeClass(s, a) === classOfKey(key)) ? this.softDirectShare(s, a) : null;
      if (soft) {
        if (soft.fallback) v *= 1 - soft.miss * (1 - this.edge(s, a, t));
      } else if (dw !== null) {
        // (Its share is of all the caller's requests, whatever class they are in: the same share of each class.)
        v *= 1 - Math.min(1, dw) * (1 - this.edge(s, a, t));
      } else v *= key === 'reads' && this.readsOnly.size ? this.readEdge(s, a, t) : this.edge(s, a, t);
      if (v === 0) break;
    }
    return v;
  }

  /** The share of a cache that is gone now: all of it when nothing serves it, its lost instances' share while it serves. */
  private cacheGone(cache: number): number {
    const pc = this.prov[cache]!;
    if (pc < 0) return 1;
    return this.behindProxy(cache, (k) => this.cacheGone(k)) ?? (pc === cache ? this.lostShare(cache) : 0);
  }

  /** A proxy in front of caches (cacheProxied; a soft edge's cache that is a balancer): the most any cache behind it loses, by `lost`; null for a cache. */
  private behindProxy(c: number, lost: (k: number) => number): number | null {
    const s = this.nodes[c]!;
    if (s.kind !== 'load-balancer') return null;
    let most = 0;
    for (const k of s.callees) most = Math.max(most, lost(k));
    return most;
  }

  /**
   * For a class pool of caller s: callee a as a read-aside cache with a hit ratio (fallback false), or as the store its
   * misses go to for that class (fallback true, with the share of the class's reads that reach it now); null otherwise.
   */
  private classCache(s: SimNode, a: number, key?: string): { fallback: boolean; miss: number } | null {
    for (const e of s.soft) {
      const hr = this.cap[e.cache]!.hitRatio;
      if (hr === null) continue;
      // (A class that does not go through the cache — the writes beside `app -> cache : reads` — reads nothing through it:
      // round 84b r15 served the writes at the cache's hit ratio while the database was down.)
      // (A share sub-class of one — `writes share 6`, the writes that also publish — is that class: round 123b r02 served the
      // publishing writes' database calls at the cache's hit ratio while the writer was down.)
      const base = key === undefined ? undefined : classOfKey(key);
      if (base !== undefined && e.via !== undefined && (base === 'reads' || base === 'writes') && base !== e.via) continue;
      // (A cache edge that names no class — `object cache` describes it — answers reads, never the writes class: round 126b
      // r06 served the writes at the cache's hit ratio while the only writer was down.)
      if (base === 'writes' && e.via === undefined) continue;
      if (e.cache === a) return { fallback: false, miss: 0 };
      // (A fallback the caller also calls for a class of its own — `web -> db : writes` — is not read through the cache.)
      if (!e.fallbacks.includes(a) || e.direct?.includes(a)) continue;
      return { fallback: true, miss: 1 - hr * (1 - this.cacheGone(e.cache)) };
    }
    return null;
  }

  /** A router with routes: each route's pool value weighted by its share (or, for a class, that one route's value). */
  private routedValue(i: number, s: SimNode, t: number): number {
    const routes = s.routes!;
    let vals = this.routeVal.get(i);
    if (!vals) this.routeVal.set(i, (vals = new Float64Array(routes.length)));
    const o = this.classOverride;
    if (o && o.router === i) return vals[o.route]!;
    const dirty = this.dirtyRoutes?.get(i);
    if (dirty) {
      // A sparse run: the other routes' pools are untouched, their values the baseline's (copied in at the start);
      // the router's value is its baseline value moved by what the evaluated routes changed.
      const ctx = this.ctx!;
      const base = ctx.baseRouteVal.get(i)!;
      let v = ctx.baseRouteSum(i);
      for (const r of dirty) {
        vals[r] = this.cachedRouteValue(s, this.routeValue(i, s, routes[r]!.pool, t, routes[r]!.key));
        v += routes[r]!.share * (vals[r]! - base[r]!);
      }
      return o ? this.towardOverride(routes, vals, i, o.router, v) : v;
    }
    for (let r = 0; r < routes.length; r++) vals[r] = this.cachedRouteValue(s, this.routeValue(i, s, routes[r]!.pool, t, routes[r]!.key));
    let v = 0;
    for (let r = 0; r < routes.length; r++) v += routes[r]!.share * vals[r]!;
    return o ? this.towardOverride(routes, vals, i, o.router, v) : v;
  }

  /**
   * While one route of router R is followed up to the entries (a class pass), an upstream node with request classes of
   * its own (a client calling a balancer and a CDN) counts only its classes whose requests go on to R: the others carry
   * none of that route's requests (nested classes, round 35). `whole` when none of them leads to R.
   */
  private towardOverride(routes: readonly { share: number; pool: readonly number[] }[], vals: Float64Array, i: number, router: number, whole: number): number {
    const toward = towardRoutes(this.m, routes, i, router);
    if (toward.length === 0) return whole;
    let w = 0;
    let acc = 0;
    for (const r of toward) {
      w += routes[r]!.share;
      acc += routes[r]!.share * vals[r]!;
    }
    return w > 0 ? acc / w : whole;
  }

  /**
   * A caching node's route (a CDN's path pattern): its hits are answered without the origin, so what fails behind it —
   * the route's origins all lost too — fails the misses only (see evalNode).
   */
  private cachedRouteValue(s: SimNode, v: number): number {
    return s.offload > 0 ? s.offload + (1 - s.offload) * v : v;
  }

  private readonly secondaryReadsMemo = new Map<number, boolean>();
  /** A MongoDB replica set whose every caller's edge says it reads at the secondaries and none writes (see evalNode). */
  private secondaryReadsOnly(s: SimNode): boolean {
    let v = this.secondaryReadsMemo.get(s.idx);
    if (v === undefined) {
      const labels = this.m.design.edges.filter((e) => e.to === s.name).map((e) => e.label ?? '');
      v = /^mongo(db)?$/.test(engineOf(s.node)) && labels.length > 0 && labels.every((l) => /secondary|nearest/i.test(l) && !/write|insert|update|쓰기|저장/i.test(l));
      this.secondaryReadsMemo.set(s.idx, v);
    }
    return v;
  }

  /** Primaries whose commits wait for a lost synchronous copy: what they serve of reads (all of it), by node. */
  private readonly readsOnly = new Map<number, number>();

  /**
   * A `reads` class's call to a primary that takes no writes now but still answers queries (its commits wait for a lost
   * synchronous standby, a Patroni primary demoted to read-only for its lost DCS): what it serves of reads (round 99c r09).
   */
  private readEdge(from: SimNode, a: number, t: number): number {
    const p = this.prov[a]!;
    const r = p === a ? this.readsOnly.get(p) : undefined;
    if (r === undefined || (from.back.size && from.back.has(a))) return this.edge(from, a, t);
    return this.reach(from, p, t) * this.cf[p]! * r;
  }

  /** Node p's value for a call to callee a: a read copy's reads moved to its blocked primary are served (round 36). */
  private servedFor(a: number, p: number): number {
    if (a !== p && this.readsOnly.size) {
      const r = this.readsOnly.get(p);
      if (r !== undefined && this.nodes[a]!.readsFrom === p) return r;
    }
    return this.inner[p]!;
  }

  private edge(from: SimNode | null, a: number, t: number): number {
    if (from && from.back.size && from.back.has(a)) return this.deadBack.has(a) ? 0 : 1;
    const p = this.prov[a]!;
    if (p < 0) return 0;
    if (from && p !== a && this.readsStranded(from, a)) return 0;
    // An NDB cluster shut down by a lost arbitration serves nothing (updateArbitration).
    if (this.ndbShut.size && this.ndbShut.has(p)) return 0;
    // A standby that has not taken over serves nothing of its own (a `readable` one serves reads): a caller wired
    // to it (the application of a DR site in front of its standby database) waits for the promotion.
    if (p === a && this.idleStandby(a)) return 0;
    // The caller itself stands in for its callee (a peer primary, a read replica's source): the call stays inside it.
    if (from && p === from.idx) return 1;
    // A client pinned to one route of its router (`pg -> apigw : /webhook`) gets that route's value, not the router's mean.
    const pin = from !== null && from.routePin !== null && p === a ? from.routePin.get(a) : undefined;
    let v = from && this.upstream(from.idx, a, p) ? (this.deadBack.has(p) ? 0 : 1) : pin !== undefined ? (this.routeVal.get(p)?.[pin] ?? this.servedFor(a, p)) : this.servedFor(a, p);
    // A client of a latency record in its own region's target's region gets that target while it is answered, and the
    // others only once it is out (round 66b r02: every client was spread over both regions).
    const near = from !== null && from.nearest !== null && p === a ? from.nearest.get(a) : undefined;
    if (near !== undefined) v = this.nearestValue(this.nodes[a]!, near, t, v);
    // A caller that only reads from a primary whose commits wait for its lost synchronous standby: its queries are
    // answered (round 61 r01–r03; readOnlyCalls, as the single-point analysis reads it).
    if (from && p === a && this.readsOnly.size) {
      const r = this.readsOnly.get(p);
      if (r !== undefined && readOnlyCalls(this.m).has(from.idx * this.nodes.length + a)) v = r;
    }
    return this.reach(from, p, t) * this.cf[p]! * v * (from !== null && this.edgeConn.size ? this.connTo(from.idx, a) : 1);
  }

  /**
   * The share of caller i's requests to callee a that find a connection: the instances that got none to a's database
   * (computeConnections) fail those requests, and only those (round 107b r01: reads to a replica failed with the writer's
   * pool, and two exhausted pools were multiplied).
   */
  private connTo(i: number, a: number): number {
    const n = this.nodes.length;
    const own = this.edgeConn.get(i * n + a);
    if (own !== undefined) return own;
    const p = this.prov[a]!;
    return p >= 0 && p !== a ? (this.edgeConn.get(i * n + p) ?? 1) : 1;
  }

  /** What a latency record answers a client whose own region's target is `k`: that target while it is in the answers, else the others. */
  private nearestValue(d: SimNode, k: number, t: number, whole: number): number {
    const alt = this.altS.get(d.idx);
    if (!alt) return whole;
    const w = this.dnsWeights(d, t);
    if (w[k]! > EPS) return alt[k]!;
    let num = 0;
    let den = 0;
    w.forEach((x, j) => {
      if (j === k) return;
      num += x * alt[j]!;
      den += x;
    });
    return den > EPS ? num / den : whole;
  }

  private entrySuccess(e: number, t: number): number {
    const s = this.nodes[e]!;
    // (A client lost with its own place sends nothing: nothing of it fails.)
    if (s.client) return this.clientAway(s) ? 1 : this.inner[e]!;
    return this.edge(null, e, t);
  }

  /** Tracks DNS health checks; returns true when a removed alternative came back (weights changed). */
  private updateDns(t: number): boolean {
    let changed = false;
    for (const [i, bad] of this.dnsBad) {
      const s = this.nodes[i]!;
      const alt = this.altS.get(i);
      if (!alt) continue;
      // Targets answered before this look (clients move back from them to one that is healthy again).
      const answered = s.callees.filter((x) => !bad.has(x));
      s.callees.forEach((a, k) => {
        // A site standing by (a pilot light, a DR site whose database waits for its promotion) is healthy as it is.
        // (A record a person changes follows what the person sees — the service down — not a check's depth.)
        const shallow = !s.manualDns && alt[k]! <= EPS && this.shallowTarget(a);
        const ok = alt[k]! > EPS || this.standingBy(a, 0) || shallow;
        // (Said when another target serves — the record would move the users there with a deeper check.)
        // (And only for a target the record sends users to, not a recovery site standing by.)
        // (A recovery site standing by counts only while nothing the target needs is failing over by itself: with its own
        // failover under way, a deep check would take the users to a site waiting for a person's promotion — round 110 r07
        // advised it in front of an RDS Multi-AZ failing over in 2 min, Tokyo's copy promoted by hand.)
        if (shallow && !this.shallowSaid.has(i * this.nodes.length + a) && alt.some((v, j) => j !== k && (v > EPS || (this.standingBy(s.callees[j]!, 0) && !this.healingBehind(a)))) && !this.standingBy(a, 0) && this.dnsWeights(s, t)[k]! > 0) {
          this.shallowSaid.add(i * this.nodes.length + a);
          const target = this.nodes[a]!.name;
          this.emit(
            'detected',
            target,
            L(
              `${s.name}'s health checks reach ${target}, whose own targets are up and pass its checks: ${s.name} keeps answering with ${target}, though what its requests need is down — moving the users is a person's switch of the record. Write \`health-check=deep\` on ${target} if its targets' checks reach what they need (a /health that queries the database): then ${s.name} stops answering with it after its checks (${d(s.dnsDetect)}).`,
              `${s.name}의 헬스 체크는 ${target}에 닿는데, ${target}의 대상이 살아 있어 자체 체크를 통과합니다. 요청에 필요한 곳이 멈춰 있어도 ${josa(s.name, '은/는')} 계속 ${josa(target, '을/를')} 응답하고, 사용자를 옮기는 것은 사람이 레코드를 바꾸는 일입니다. 대상의 체크가 필요한 곳까지 확인한다면(DB를 조회하는 /health) ${target}에 \`health-check=deep\`을 적으세요. 그러면 체크(${dk(s.dnsDetect)}) 뒤 ${josa(s.name, '이/가')} 더 이상 응답하지 않습니다.`,
            ),
          );
        }
        const since = bad.get(a);
        const rk = i * this.nodes.length + a;
        const switchAfter = this.dnsSwitchAfter.get(rk) ?? s.dnsSwitch;
        if (!ok) {
          this.dnsRise.delete(rk);
          this.dnsBack.delete(rk);
        } else this.manualDnsWait.delete(rk);
        if (ok && since !== undefined && s.manualDns) {
          // A record changed by hand stays on the next target until a person changes it back (no failback within the
          // run); back before the change, nobody changes it.
          if (roundT(since + switchAfter) > t) bad.delete(a);
          return;
        }
        if (ok && since !== undefined) {
          // The record's check marks the target healthy again only after `rise` passing checks (Route 53: the failure
          // threshold counts both ways, 3 × 30 s): until then the answers stay as they are (round 39b).
          const riseFor = riseSeconds(s);
          if (riseFor > 0 && roundT(since + switchAfter) <= t) {
            const up = this.dnsRise.get(rk);
            if (up === undefined) {
              this.dnsRise.set(rk, t);
              this.at(t + riseFor, () => {});
              return;
            }
            if (roundT(up + riseFor) > t) return;
          }
          if (roundT(since + switchAfter) <= t) {
            // The record answers with it again now; its clients, holding the other answer, move back as that answer's TTL
            // expires — until then they stay where they were sent (round 40b: failing back skipped the TTL).
            const ttl = roundT(s.timings.ttl.value);
            const back = this.dnsBack.get(rk);
            if (ttl > 0 && back !== undefined && roundT(back + ttl) > t) return;
            // Users move back only to an answer the record gives again: a failover record's primary, any target of a spread one.
            const first = answered.length > 0 && (s.or !== 'dns-failover' || s.callees.slice(0, k).every((x) => bad.has(x) || alt[s.callees.indexOf(x)]! <= EPS));
            const target = this.nodes[a]!.name;
            if (ttl > 0 && back === undefined) {
              this.dnsBack.set(rk, t);
              this.at(t + ttl, () => {});
              if (first)
                this.emit(
                  'dns-switched',
                  s.name,
                  L(`${target} passes ${s.name}'s health checks again (${s.timings.rise.value === 1 ? 'its first good check' : `${s.timings.rise.value} in a row`}, every ${d(s.timings.interval.value)}): ${s.name} answers with it again, and clients go back to it as their cached answers expire (TTL ${d(ttl)}).`, `${josa(target, '이/가')} ${s.name}의 헬스 체크를 다시 통과해(${s.timings.rise.value === 1 ? `${dk(s.timings.interval.value)}마다 하는 체크를 한 번` : `${dk(s.timings.interval.value)}마다 연속 ${s.timings.rise.value}번`}), ${josa(s.name, '이/가')} 다시 ${josa(target, '을/를')} 응답합니다. 캐시된 응답의 TTL(${dk(ttl)})이 지나면 클라이언트가 ${josa(target, '으로/로')} 돌아갑니다(트래픽 복귀).`),
                );
              return;
            }
            this.dnsBack.delete(rk);
            this.dnsRise.delete(rk);
            changed = true;
            if (first && back === undefined)
              this.emit(
                'dns-switched',
                s.name,
                L(`${target} passes ${s.name}'s health checks again (${s.timings.rise.value === 1 ? 'its first good check' : `${s.timings.rise.value} in a row`}, every ${d(s.timings.interval.value)}): ${s.name} answers with it again, and clients go back to it as cached answers expire (TTL).`, `${josa(target, '이/가')} ${s.name}의 헬스 체크를 다시 통과해(${s.timings.rise.value === 1 ? `${dk(s.timings.interval.value)}마다 하는 체크를 한 번` : `${dk(s.timings.interval.value)}마다 연속 ${s.timings.rise.value}번`}), ${josa(s.name, '이/가')} 다시 ${josa(target, '을/를')} 응답합니다. 캐시된 응답의 TTL이 지나면 클라이언트가 ${josa(target, '으로/로')} 돌아갑니다(트래픽 복귀).`),
              );
          }
          this.dnsRise.delete(rk);
          bad.delete(a);
        } else if (!ok && since === undefined) {
          // (A person switches the record only to a target that serves, or whose standby is being promoted for this loss —
          // not to a recovery site whose database nobody promotes for a lost application server: that server is repaired
          // where it is; round 104 r01 moved the users to an unpromoted DR copy and never back.)
          // (The loss is known from its start all the same: once the other target can serve — its copy promoted — the
          // person changing the record started when someone first noticed, in parallel with the promotion, not after it;
          // round 107 r02 began the notice at the promotion's end.)
          if (s.manualDns && !this.otherCanServe(s, a, alt)) {
            if (!this.manualDnsWait.has(rk)) this.manualDnsWait.set(rk, t);
            return;
          }
          const t0 = s.manualDns ? Math.min(t, this.manualDnsWait.get(rk) ?? t) : t;
          this.manualDnsWait.delete(rk);
          bad.set(a, t0);
          const target = this.nodes[a]!.name;
          // A record a person switches: noticed by the monitors still up (those lost with the place notice nothing — round
          // 99c r08 started the switch at the lost monitor's 1m), else when users report it.
          const manual = s.manualDns ? this.manualDnsNotice(s) : null;
          const detectAt = manual ?? s.dnsDetect;
          const switchAt = manual === null ? s.dnsSwitch : Math.round((manual + s.timings.manualPromote.value + s.timings.ttl.value) * 1000) / 1000;
          this.dnsSwitchAfter.set(rk, switchAt);
          // (A record changed by hand whose lost target is an idle fallback — the first answer still serves: nobody edits it,
          // and it has no checks to "fail"; round 102c r02.)
          const idleManual = (now: number): boolean => {
            if (!s.manualDns || s.or !== 'dns-failover') return false;
            const w = this.dnsWeights(s, now);
            const k = s.callees.indexOf(a);
            return s.callees.slice(0, k).some((_, k2) => w[k2]! > 0);
          };
          this.at(Math.max(t, t0 + detectAt), (now) => {
            if (bad.get(a) !== t0 || idleManual(now)) return;
            // (Decided again once someone knows: the copy the other target needs may not be promoted after all — a person
            // restoring fresher backups instead; round 104 r01.)
            if (s.manualDns && !this.otherCanServe(s, a, this.altS.get(i)!, true)) {
              bad.delete(a);
              return;
            }
            // The target itself answers (its balancer is up): only a check that follows the request to what it needs
            // fails — an assumption the language cannot state for a target that is no balancer, so said. (A balancer
            // written health-check=deep says it; a shallow one passes — shallowTarget.)
            const pa = this.prov[a]!;
            const deep = pa >= 0 && this.live[pa]! > 0 && !((this.nodes[pa]!.kind === 'load-balancer' || this.nodes[pa]!.kind === 'gateway') && this.nodes[pa]!.deepCheck);
            const to = s.timings.dnsTimeout;
            const how = to
              ? L(`no good answer within its monitor's timeout, ${d(to.value)}; a check every ${d(s.timings.interval.value)}`, `모니터 타임아웃 ${dk(to.value)} 안에 정상 응답 없음, ${dk(s.timings.interval.value)}마다 확인`)
              : L(`${s.timings.failures.value} in a row, every ${d(s.timings.interval.value)}`, `연속 ${s.timings.failures.value}번, ${dk(s.timings.interval.value)}마다`);
            if (s.manualDns && now > t0 + detectAt + 1e-9) {
              // (Known since t0 + detectAt: the change ran beside the promotion the other target waited for.)
              this.emit(
                'detected',
                target,
                L(
                  `Since ${d(t0 + detectAt)} someone has been changing ${s.name}'s record by hand (\`failover=manual\`), beside the promotion that lets the other answer serve: they noticed then that what ${target} serves was down.`,
                  `${dk(t0 + detectAt)}부터 누군가 ${s.name} 레코드를 사람이 바꾸고 있었습니다(\`failover=manual\`). 다른 응답이 처리할 수 있게 하는 승격과 함께 진행했고, 그때 ${target} 쪽 서비스가 멈춘 것을 알아챘습니다.`,
                ),
              );
              return;
            }
            if (s.manualDns) {
              this.emit(
                'detected',
                target,
                L(
                  `Someone notices that what ${target} serves is down (${d(detectAt)}${detectAt > s.dnsDetect ? ': the monitor that watches it was lost too, so users report it' : ''})${!s.managed && this.live[s.idx]! <= 0 ? `, but every ${s.name} name server is down too: there is no record to change, and nothing answers the name, until one is back.` : ` and starts changing ${s.name}'s record by hand (\`failover=manual\`).`}`,
                  `${target} 쪽 서비스가 멈춘 것을 누군가 알아채${!s.managed && this.live[s.idx]! <= 0 ? '지만' : '고'}(${dk(detectAt)}${detectAt > s.dnsDetect ? ': 감시하던 모니터도 함께 멈춰 사용자 신고로 압니다' : ''}) ${!s.managed && this.live[s.idx]! <= 0 ? `${s.name} 네임 서버도 모두 멈춰, 하나가 돌아올 때까지 바꿀 레코드도, 이름에 응답할 곳도 없습니다.` : `${s.name} 레코드를 사람이 바꾸기 시작합니다(\`failover=manual\`).`}`,
                ),
              );
              return;
            }
            this.emit(
              'detected',
              target,
              deep
                ? L(
                    `${s.name}'s health checks fail for ${target} (${how.en}): nothing is served through it. This assumes a deep check, one whose path reaches what ${target}'s requests need; a check that only asks ${target} itself keeps passing, and the users sent there keep failing until it is repaired.`,
                    `${s.name}의 헬스 체크가 ${target}에 대해 실패합니다(${how.ko}). 그쪽으로 보낸 요청은 하나도 처리되지 않습니다. 이는 ${target} 뒤에서 요청에 필요한 곳까지 확인하는 깊은 헬스 체크를 가정한 것입니다. ${target} 자체만 확인한다면 체크는 계속 통과하고, 그쪽으로 간 사용자는 복구될 때까지 계속 실패합니다.`,
                  )
                : L(
                    `${s.name}'s health checks fail for ${target} (${how.en}): nothing is served through it.`,
                    `${s.name}의 헬스 체크가 ${target}에 대해 실패합니다(${how.ko}). 그쪽으로 보낸 요청은 하나도 처리되지 않습니다.`,
                  ),
            );
          });
          this.at(Math.max(t, t0 + switchAt), (now) => {
            if (bad.get(a) !== t0 || idleManual(now)) return;
            // (Name servers its owner runs, all lost: nothing answers and no record can be changed — round 111c r02.)
            if (!s.managed && this.live[s.idx]! <= 0) return;
            const w = this.dnsWeights(s, now);
            const to = s.callees.filter((_, k2) => w[k2]! > 0).map((x) => this.nodes[x]!.name);
            // Every target down at once: said once for the record, not once per target.
            if (!to.length && this.dnsNoneSaid.get(s.idx) === now) return;
            if (!to.length) this.dnsNoneSaid.set(s.idx, now);
            // A failover record's fallback that nobody was sent to (the primary answer is healthy): no client moves.
            const k = s.callees.indexOf(a);
            const idleFallback = s.or === 'dns-failover' && to.length > 0 && s.callees.slice(0, k).some((x) => to.includes(this.nodes[x]!.name));
            if (s.or === 'dns-failover' && to.length > 0 && !idleFallback) this.dnsMovedOff = true;
            this.emit(
              'dns-switched',
              s.name,
              s.manualDns && to.length && !idleFallback
                ? L(
                    `A person has changed ${s.name} to answer with ${to.join(', ')} instead of ${target} (a person's change, ${d(s.timings.manualPromote.value)}; generic); once cached answers expire (TTL ${d(s.timings.ttl.value)}), clients go there. Nothing changes it back by itself.`,
                    `사람이 ${s.name} 레코드의 응답을 ${target} 대신 ${josa(to.join(', '), '으로/로')} 바꿨습니다(사람의 작업 ${dk(s.timings.manualPromote.value)}, 범용 기본값). 캐시된 응답의 TTL(${dk(s.timings.ttl.value)})이 지나면 클라이언트가 그쪽으로 갑니다. 저절로 되돌아가지는 않습니다.`,
                  )
                : idleFallback
                ? L(`${s.name} no longer offers ${target} as its fallback answer (its checks fail); clients stay on ${to[0]}.`, `${josa(s.name, '이/가')} 헬스 체크에 실패한 ${josa(target, '을/를')} 대체 응답에서 뺍니다. 클라이언트는 그대로 ${to[0]}에 있습니다.`)
                : to.length
                ? L(`${s.name} stops answering with ${target}; once cached answers expire (TTL), clients go to ${to.join(', ')}.`, `${josa(s.name, '이/가')} 응답에서 ${josa(target, '을/를')} 뺍니다. 캐시된 응답의 TTL이 지나면 클라이언트는 ${josa(to.join(', '), '으로/로')} 갑니다.`)
                : s.timings.profile.id === 'route53'
                  ? L(
                      `${s.name} finds no healthy record left (${target} unhealthy too): Route 53 then treats them all as healthy and answers by its routing policy again (its documented fail-open), which serves nothing while every target fails.`,
                      `${s.name}에 정상 레코드가 하나도 남지 않았습니다(${target}도 비정상). 이때 Route 53은 모든 레코드를 정상으로 간주하고 라우팅 정책대로 다시 응답하지만(문서에 적힌 동작), 대상이 모두 실패하는 동안에는 아무것도 처리되지 않습니다.`,
                    )
                  : L(`${s.name} stops answering with ${target}, and has no healthy target left.`, `${josa(s.name, '이/가')} 응답에서 ${josa(target, '을/를')} 빼지만 남은 정상 대상이 없습니다.`),
            );
            // Users moved to a site whose servers keep their sessions in another store arrive with none there: they log in
            // again (round 78b r04: Traffic Manager moving users between regions, each with its own session cache).
            if (to.length && !idleFallback) {
              const stores = this.moveSessions(s.callees.filter((_, k) => w[k]! > 0), [a]);
              if (stores !== null)
                this.emit(
                  'sessions-lost',
                  target,
                  L(
                    `The users moved off ${target} kept their sessions in ${stores}, which the servers they now reach do not read: they log in again (every session of those users).`,
                    `${target}에서 옮겨 간 사용자의 세션은 ${stores}에 있는데, 새로 닿는 서버는 그곳을 읽지 않습니다. 그 사용자는 다시 로그인해야 합니다(그 사용자의 세션 전부).`,
                  ),
                );
            }
          });
        }
      });
    }
    return changed;
  }

  /**
   * Balancers with deep checks: a live target whose requests all fail (what it needs is down) fails the check too, and
   * leaves the pool after interval × failures while another target is healthy; it comes back once its requests are
   * served again. True when the pools changed (the caller computes again).
   */
  private updateDeep(t: number): boolean {
    let changed = false;
    for (const [i, bad] of this.deepBad) {
      const s = this.nodes[i]!;
      const out = this.deepOut.get(i)!;
      if (this.live[i]! <= 0) continue;
      for (const a of s.callees) {
        const p = this.prov[a]!;
        if (p < 0) continue;
        if (!(s.poolCheck ? this.poolFailing(p) : this.liveButFailing(p))) {
          bad.delete(p);
          if (out.delete(p)) {
            changed = true;
            const name = this.nodes[p]!.name;
            this.emit(
              'back-in-rotation',
              name,
              s.elbHealth
                ? L(`${name} has a healthy target again by its own checks, so its endpoint in ${s.name} is healthy: it gets requests again.`, `${josa(name, '이/가')} 자체 헬스 체크로 다시 정상 대상을 가져 ${s.name}의 엔드포인트가 정상이 되고, 요청을 다시 받습니다.`)
                : s.poolCheck
                ? L(`${s.name}'s health probes through ${name} pass again (its pool has a healthy target): it gets requests again.`, `${josa(name, '을/를')} 거친 ${s.name}의 헬스 프로브가 다시 통과해(풀에 정상 대상이 생김) 요청을 다시 보냅니다.`)
                : L(`${s.name}'s deep health checks pass for ${name} again: it gets requests again.`, `${s.name}의 깊은 헬스 체크가 ${name}에 대해 다시 통과해 요청을 다시 보냅니다.`),
            );
          }
          continue;
        }
        if (out.has(p)) continue;
        const since = bad.get(p);
        if (since === undefined) {
          bad.set(p, t);
          this.at(t + s.lbDetect!, () => {});
          continue;
        }
        if (roundT(since + s.lbDetect!) > t) continue;
        // Fail open: a balancer whose every target fails its checks sends to them all.
        const failing = (q: number): boolean => (s.poolCheck ? this.poolFailing(q) : this.liveButFailing(q));
        if (!s.callees.some((b) => this.prov[b]! >= 0 && this.prov[b] !== p && !out.has(this.prov[b]!) && !failing(this.prov[b]!))) continue;
        out.add(p);
        changed = true;
        const name = this.nodes[p]!.name;
        const path = textAttr(s.node, 'health-check');
        this.emit(
          'routed-around',
          name,
          s.elbHealth
            ? L(
                `${name} has no healthy target left by its own checks, and an ELB endpoint's health in ${s.name} is its target health (${s.name}'s own checks apply to instances and Elastic IPs only): ${s.name} stops sending to it (${d(s.lbDetect!)} after the pool failed).`,
                `${josa(name, '은/는')} 자체 헬스 체크로 정상 대상이 하나도 남지 않았고, ${s.name}에서 ELB 엔드포인트의 상태는 그 대상 상태이므로(${s.name} 자체 헬스 체크는 인스턴스와 Elastic IP에만 적용) ${josa(s.name, '이/가')} 더 이상 보내지 않습니다(풀 장애 ${dk(s.lbDetect!)} 뒤).`,
              )
            : this.nodes[p]!.timings.profile.id === 'aws-nlb' && path !== 'deep'
            ? L(
                `${s.name}'s health probes to ${name} fail (${s.timings.failures.value} in a row, every ${d(s.timings.interval.value)}): ${name} is a layer-4 pass-through that hands them to its targets, and with none healthy it fails open to the dead ones, so ${s.name} stops sending to it.`,
                `${s.name}의 헬스 프로브가 ${name}에서 연속 ${s.timings.failures.value}번 실패합니다(${dk(s.timings.interval.value)}마다). ${josa(name, '은/는')} 프로브를 대상에 그대로 넘기는 L4 로드밸런서인데, 정상 대상이 없으면 죽은 대상에게라도 보내므로(fail open) ${josa(s.name, '이/가')} 더 이상 보내지 않습니다.`,
              )
            : (this.nodes[p]!.kind === 'load-balancer' || this.nodes[p]!.kind === 'gateway') && path !== 'deep'
            ? L(
                `${s.name}'s health probes to ${name} fail (${s.timings.failures.value} in a row, every ${d(s.timings.interval.value)}): ${name} passes them to its pool and answers 502 with no healthy backend left, so ${s.name} stops sending to it.`,
                `${s.name}의 헬스 프로브가 ${name}에서 연속 ${s.timings.failures.value}번 실패합니다(${dk(s.timings.interval.value)}마다). ${josa(name, '은/는')} 프로브를 백엔드 풀로 넘기는데 정상 백엔드가 없어 502로 답하므로, ${josa(s.name, '이/가')} 더 이상 보내지 않습니다.`,
              )
            : path !== null && path !== 'deep'
            ? L(
                `${s.name}'s role checks (${path}) fail for ${name} (${s.timings.failures.value} in a row, every ${d(s.timings.interval.value)}): it no longer holds the role they ask for, so ${s.name} stops sending to it.`,
                `${s.name}의 역할 체크(${path})가 ${name}에 대해 연속 ${s.timings.failures.value}번 실패합니다(${dk(s.timings.interval.value)}마다). ${josa(name, '이/가')} 더 이상 그 역할이 아니어서 ${josa(s.name, '이/가')} 보내지 않습니다.`,
              )
            : L(
            `${s.name}'s deep health checks fail for ${name} (${s.timings.failures.value} in a row, every ${d(s.timings.interval.value)}): it is up, but what its requests need is down, so ${s.name} stops sending to it.`,
            `${s.name}의 깊은 헬스 체크가 ${name}에 대해 연속 ${s.timings.failures.value}번 실패합니다(${dk(s.timings.interval.value)}마다). ${josa(name, '은/는')} 살아 있지만 요청에 필요한 곳이 멈춰 있어, ${josa(s.name, '이/가')} 더 이상 보내지 않습니다.`,
              ),
        );
      }
    }
    return changed;
  }

  /** Balancer × target pairs whose shallow checks were said to keep passing (sayShallow). */
  private readonly shallowSaid = new Set<number>();

  /** A target (a provider) that is up but whose requests all fail: what it needs is down. */
  /**
   * A record's target that is a balancer checking its own targets shallowly (no `health-check=deep`): the record's check
   * reaches its virtual server, which answers while a target of its pool is up by the balancer's own checks — a
   * database behind them can fail and the record keeps answering with it (rounds 66b r07, 71c r04, 73c r02, 74c r02:
   * the run read every record's check as following the requests; `dns-no-health-check` says the same as an info).
   */
  private shallowTarget(a: number): boolean {
    const p = this.prov[a]!;
    if (p < 0) return false;
    const b = this.nodes[p]!;
    if ((b.kind !== 'load-balancer' && b.kind !== 'gateway') || b.lbDetect === null || b.deepCheck) return false;
    return this.liveButFailing(p) && !this.poolFailing(p);
  }

  private liveButFailing(p: number): boolean {
    return p >= 0 && this.live[p]! > 0 && this.inner[p]! <= EPS;
  }

  /**
   * A layer-7 balancer that answers a router's proxied probe with 502: its requests all fail and its pool has no
   * healthy target by its own checks — a deep pool's targets fail with what they need, a shallow pool's only when none
   * is up (round 68b r02: Global Accelerator keeps an ALB whose tasks answer their /healthz while its database fails over).
   */
  private poolFailing(p: number): boolean {
    if (!this.liveButFailing(p)) return false;
    const b = this.nodes[p]!;
    if (b.deepCheck) return true;
    return !b.callees.some((c) => {
      const q = this.prov[c]!;
      return q >= 0 && this.live[q]! > 0;
    });
  }

  /**
   * A checking balancer (not `health-check=deep`) with a live target whose requests all fail while another target
   * serves: its checks ask the target itself and keep passing — an assumption the user may not share, so said once. A
   * router over layer-7 balancers is told the same of a balancer whose pool still passes its own (shallow) checks.
   */
  private sayShallow(): void {
    const n = this.nodes.length;
    for (const s of this.nodes) {
      if (s.lbDetect === null || (s.deepCheck && !s.poolCheck) || s.serverlessNeg || s.callees.length < 2 || this.live[s.idx]! <= 0) continue;
      const ok = (p: number): boolean => p >= 0 && this.live[p]! > 0 && this.inner[p]! > EPS;
      if (!s.callees.some((b) => ok(this.prov[b]!))) continue;
      for (const a of s.callees) {
        const p = this.prov[a]!;
        if (!this.liveButFailing(p) || (s.poolCheck && this.poolFailing(p)) || this.shallowSaid.has(s.idx * n + p) || this.parked(s, a, s.callees, this.now)) continue;
        // (Not a second-choice target the router sends nothing to while a first choice serves — Front Door's priority 2:
        // round 112c r06 said it "keeps sending gw-dr its share".)
        if (s.secondChoice !== null && s.secondChoice.has(a) && s.callees.some((b) => !s.secondChoice!.has(b) && ok(this.prov[b]!))) continue;
        this.shallowSaid.add(s.idx * n + p);
        const name = this.nodes[p]!.name;
        this.emit(
          'detected',
          name,
          s.poolCheck
            ? L(
                `${s.name}'s health probes pass through ${name} to its pool, whose targets are up and pass ${name}'s own checks: ${s.name} keeps sending ${name} its share, though what its requests need is down. Write \`health-check=deep\` on ${name} if its targets' checks reach what they need (a /health that queries the database): then ${name} answers 502 and ${s.name} stops sending to it after ${d(s.lbDetect)}.`,
                `${s.name}의 헬스 프로브는 ${josa(name, '을/를')} 거쳐 그 풀로 전달되는데, 풀의 대상들이 살아 있어 ${name} 자체 헬스 체크를 통과합니다. 요청에 필요한 곳이 멈춰 있어도 ${josa(s.name, '은/는')} ${name}에 그 몫을 계속 보냅니다. 대상의 체크가 필요한 곳까지 확인한다면(DB를 조회하는 /health) ${name}에 \`health-check=deep\`을 적으세요. 그러면 ${josa(name, '이/가')} 502로 답해 ${dk(s.lbDetect)} 뒤에 ${josa(s.name, '이/가')} 보내지 않습니다.`,
              )
            : L(
            `${s.name}'s health checks keep passing for ${name}: it is up, though what its requests need is down, so ${s.name} keeps sending it its share. This assumes a check that asks ${name} itself; a check whose path reaches what it needs (a /health that queries the database) takes it out after ${d(s.lbDetect)} — write \`health-check=deep\` on ${s.name} if yours does.`,
            `${s.name}의 헬스 체크는 ${name}에 대해 계속 통과합니다. ${josa(name, '은/는')} 살아 있지만 요청에 필요한 곳이 멈춰 있어, ${josa(s.name, '이/가')} 그 몫을 계속 보냅니다. 이는 ${name} 자체만 확인하는 체크를 가정한 것입니다. 체크가 필요한 곳까지 확인한다면(DB를 조회하는 /health) ${dk(s.lbDetect)} 뒤에 빠지므로, ${s.name}에 \`health-check=deep\`을 적으세요.`,
          ),
        );
      }
    }
  }

  /** What follows from a new state, phase by phase: failovers, overload, moved reads, lost state. */
  private afterCompute(t: number): void {
    this.startTakeovers(t);
    this.trackOverload(t);
    this.trackFsfo(t);
    if (this.quorumPairs.length) this.trackQuorumPairs(t);
    this.trackOrigins();
    if (this.originGroupCdns.length) this.trackOriginFailover();
    if (this.pgafStopped.size)
      for (const [pi, w] of [...this.pgafStopped])
        if (this.live[w.standby]! > 0 || this.live[w.monitor]! > 0) {
          this.pgafStopped.delete(pi);
          this.quorumDown.delete(pi);
          const back = this.live[w.monitor]! > 0 ? this.nodes[w.monitor]!.name : this.nodes[w.standby]!.name;
          this.emit('recover', this.nodes[pi]!.name, L(`${back} is back: ${this.nodes[pi]!.name} starts PostgreSQL again and serves.`, `${josa(back, '이/가')} 돌아와 ${josa(this.nodes[pi]!.name, '이/가')} PostgreSQL을 다시 시작해 처리합니다.`));
        }
    this.trackReadsMoved();
    this.trackLostState();
    this.trackConnections();
    this.trackDataLoss(t);
    this.trackTierSessions(t);
    this.wakeDormant(t);
  }

  /**
   * Users moved from the targets `from` to the targets `to` (a DNS record's switch, a balancer's second-choice tier): those
   * whose sessions the servers behind `from` keep in a store the servers behind `to` do not read log in again — their
   * sessions are counted lost. The names of those stores, or null when none (or the new targets keep no sessions).
   */
  private moveSessions(to: readonly number[], from: readonly number[]): string | null {
    // (The servers reached through a target, itself and what it calls, keep their sessions in these stores.)
    const newStores = new Set<number>();
    for (const x of to) for (const u of calleeClosure(this.m, x)) if (this.nodes[u]!.sessionStore >= 0) newStores.add(this.nodes[u]!.sessionStore);
    // (A store that is a copy of theirs — a DynamoDB global table's replica, `primary of=`, a standby — has their
    // sessions, but for its lag, which the failover's own event counts: round 95b r02.)
    const sameData = (x: number, y: number): boolean => {
      const nx = this.nodes[x]!.node;
      const ny = this.nodes[y]!.node;
      return nx.of === ny.name || ny.of === nx.name || (nx.of !== null && nx.of === ny.of);
    };
    const moved = from.flatMap((a) => [...calleeClosure(this.m, a)]).map((u) => this.nodes[u]!).filter((u) => u.sessionStore >= 0 && !newStores.has(u.sessionStore) && ![...newStores].some((st) => sameData(st, u.sessionStore)));
    if (!moved.length || !newStores.size) return null;
    for (const u of moved) this.sessionLoss.set(u.idx, 1);
    return [...new Set(moved.map((u) => this.nodes[u.sessionStore]!.name))].join(', ');
  }

  /** Balancers (a CDN's origin group, Front Door) whose second-choice tier now serves: said once each. */
  private readonly tierMoved = new Set<string>();
  /**
   * A balancer or CDN that moves its users to its second-choice targets (Front Door priority 2) when the first are out:
   * users whose sessions are kept in a store the second tier's servers do not read log in again — as a DNS record moving
   * them between sites does (round 104b r06: 0 % of sessions lost after Front Door moved everyone to the other region).
   */
  private tiered: SimNode[] | null = null;
  private trackTierSessions(t: number): void {
    this.tiered ??= this.nodes.filter((x) => x.secondChoice !== null && x.or === 'lb');
    if (!this.tiered.length) return;
    for (const s of this.tiered) {
      // Each route whose pool has second-choice targets moves on its own (round 114b r02: a `/media/*` route beside
      // `/api/*` hid the sessions the `/api/*` users lost).
      const pools = s.routes ? s.routes.map((r) => r.pool).filter((p) => p.some((c) => s.secondChoice!.has(c)) && p.some((c) => !s.secondChoice!.has(c))) : [s.callees];
      pools.forEach((pool, k) => {
        const key = `${s.idx}:${k}`;
        if (this.tierMoved.has(key)) return;
        const now = this.tierPool(s, pool, t);
        if (now === pool || !now.length || !now.every((c) => s.secondChoice!.has(c))) return;
        this.tierMoved.add(key);
        this.tierSessions(s, pool, now);
      });
    }
  }

  /** The sessions lost when balancer s moves the users of `pool` to its second-choice targets `now` (trackTierSessions). */
  private tierSessions(s: SimNode, pool: readonly number[], now: readonly number[]): void {
    const firsts = pool.filter((c) => !s.secondChoice!.has(c));
    const stores = this.moveSessions(now, firsts);
    if (stores === null) return;
    const target = firsts.map((c) => this.nodes[c]!.name).join(', ');
    this.emit(
      'sessions-lost',
      s.name,
      L(
        `${s.name} sends its users to its second-choice targets: the users moved off ${target} kept their sessions in ${stores}, which the servers they now reach do not read — they log in again (every session of those users).`,
        `${josa(s.name, '이/가')} 사용자를 예비 대상으로 보냅니다. ${target}에서 옮겨 간 사용자의 세션은 ${stores}에 있는데, 새로 닿는 서버는 그곳을 읽지 않습니다. 그 사용자는 다시 로그인해야 합니다(그 사용자의 세션 전부).`,
      ),
    );
  }

  // ---- capacity and durability (failure-model §5–§7) -------------------------

  /** The share of s's requests to database a that a session store answering reads (its hit ratio) does not (types: storeOffload). */
  private storeMiss(s: SimNode, a: number): number {
    if (!s.storeOffload.length) return 1;
    let f = 1;
    for (const o of s.storeOffload) {
      if (!o.dbs.includes(a)) continue;
      const pc = this.prov[o.cache]!;
      if (pc < 0) continue;
      const hr = this.cap[o.cache]!.hitRatio ?? 0;
      f *= 1 - hr * (1 - (pc === o.cache ? this.lostShare(o.cache) : 0));
    }
    return f;
  }

  /** Callers whose every cache edge states a hit ratio (their databases see the misses only). */
  private hitRatioCaller(s: SimNode): boolean {
    if (!s.soft.length) return false;
    // (One cache with a hit ratio is enough: another without one beside it — a second cache whose hits nobody wrote — takes
    // nothing off the database's load (its hits unknown), as a caller of such caches alone is counted; round 100c r01 lost
    // the first cache's 95 % to a second cache's missing `hit-ratio`.)
    for (const e of s.soft) if (this.cap[e.cache]!.hitRatio !== null) return true;
    return false;
  }

  /**
   * Per database behind a caller's caches with hit ratios (unlabelled: no classes of its own), the share of the caller's
   * requests that reach it now: the misses, and the reads of the part of the caches that is gone (as computeLoad counts).
   */
  private missShares(s: SimNode): Map<number, number> | null {
    let miss: Map<number, number> | null = null;
    for (const e of s.soft) {
      if (e.direct) return null;
      const hr = this.cap[e.cache]!.hitRatio ?? 0;
      const lost = this.cacheGone(e.cache);
      const share = 1 - hr * (1 - lost);
      for (const f of e.fallbacks) (miss ??= new Map()).set(f, (miss.get(f) ?? 1) * share);
    }
    return miss;
  }

  /**
   * Per database a caller calls for a request class of its own beside a cache's class (a soft edge's `direct`): the share
   * of the caller's requests that need it now — its own class, and the cache class's misses (the reads of the part of
   * the cache that is gone included).
   */
  /** The share of all of s's requests that a soft edge's direct callee `a` carries (not read through the cache), or null. */
  /** The request class the label of the edge from s to a names (reads, writes, …), or null; memoised per edge. */
  private edgeClass(s: SimNode, a: number): string | null {
    const k = s.idx * this.nodes.length + a;
    let v = this.edgeClassMemo.get(k);
    if (v === undefined) {
      const name = this.nodes[a]!.name;
      const e = this.m.design.edges.find((x) => x.from === s.name && x.to === name && x.label);
      v = e ? (parseRouteLabel(e.label ?? null)?.key ?? null) : null;
      this.edgeClassMemo.set(k, v);
    }
    return v;
  }
  private readonly edgeClassMemo = new Map<number, string | null>();

  private softDirectShare(s: SimNode, a: number): number | null {
    for (const e of s.soft) {
      if (!e.direct) continue;
      const k = e.direct.indexOf(a);
      if (k < 0) continue;
      const own = e.directShare?.[k] ?? e.share ?? null;
      if (!e.fallbacks.includes(a)) return own;
      // A database called for a class of its own and behind the cache (`app -> mc : 조회` beside `app -> db : 처리`): its
      // class and the cache class's misses need it, the hits do not — as directWeights reads it without request classes
      // (round 118c r03: a `share=` edge to a third callee made every hit fail with the database's overload).
      if (own === null || e.share === undefined) continue;
      const hr = this.cap[e.cache]!.hitRatio ?? 0;
      return Math.min(1, own + e.share * (1 - hr * (1 - this.cacheGone(e.cache))));
    }
    return null;
  }

  /**
   * A caller with one read-aside cache (a hit ratio) beside databases it calls for classes of their own: the cache's class
   * (its hits served by the cache, its misses needing every fallback) and each direct callee's class, each weighed by its
   * share, times what every request needs (the other callees). Null when the classes do not make up the requests (several
   * caches, shares that do not add up): the per-callee weights then stand (directWeights).
   */
  private directClassesValue(s: SimNode, t: number): number | null {
    if (s.soft.length !== 1) return null;
    const e = s.soft[0]!;
    if (!e.direct || e.share === undefined) return null;
    const shares = e.direct.map((_, k) => e.directShare?.[k] ?? e.share!);
    const total = e.share + shares.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > 1e-6) return null;
    const hr = this.cap[e.cache]!.hitRatio ?? 0;
    const m = 1 - hr * (1 - this.cacheGone(e.cache));
    // (A fallback whose edge names no class of its own and not the cache's reads serves the caller's other uses too —
    // logins, writes not told apart: every request needs it, as directWeights leaves it.)
    const classed = (f: number): boolean => e.direct!.includes(f) || this.readsBehindCache(s, f);
    let misses = 1;
    for (const f of e.fallbacks) if (classed(f)) misses *= this.edge(s, f, t);
    let v = e.share * (1 - m + m * misses);
    e.direct.forEach((f, k) => (v += shares[k]! * this.edge(s, f, t)));
    // Callees in no class (a queue every request publishes to, such a fallback): every request needs them.
    for (const a of s.callees) if (!e.direct.includes(a) && !(e.fallbacks.includes(a) && classed(a))) v *= this.edge(s, a, t);
    return v;
  }

  private directWeights(s: SimNode): Map<number, number> | null {
    let out: Map<number, number> | null = null;
    for (const e of s.soft) {
      if (!e.direct || e.share === undefined) continue;
      const hr = this.cap[e.cache]!.hitRatio ?? 0;
      const lost = this.cacheGone(e.cache);
      const m = 1 - hr * (1 - lost);
      e.direct.forEach((f, k) => (out ??= new Map()).set(f, Math.min(1, (e.directShare?.[k] ?? e.share!) + (e.fallbacks.includes(f) ? e.share! * m : 0))));
      // (A fallback read only for the cache class's misses — its edge says the same reads — is needed by those misses
      // alone, not by every request: round 97 r10 made a look-aside cache's database a total outage once a search class
      // stood beside it.)
      for (const f of e.fallbacks) if (!e.direct.includes(f) && readsBehindCache(this.m, s, f)) (out ??= new Map()).set(f, Math.min(1, (out.get(f) ?? 0) + e.share! * m));
    }
    return out;
  }

  /**
   * The edge to a database that only a share `m` of the requests reaches (the caches' misses): its shortage of capacity
   * fails that share only; its loss, or the loss of the way to it, still fails every request (the application's other
   * uses of it — logins, writes — are not told apart without labels).
   */
  private missEdge(from: SimNode, a: number, t: number, m: number): number {
    // Edges that say the database serves the same reads as the cache (both labelled reads, or with one label): nothing
    // else needs it, so its loss fails the misses only (rounds 55 r06, 58 r02: a 95 % look-aside cache's hits failed).
    if (this.readsBehindCache(from, a)) return 1 - m + m * this.edge(from, a, t);
    const p = this.prov[a]!;
    if (p < 0) return 0;
    const cf = this.cf[p]!;
    if (cf >= 1 || cf <= 0) return this.edge(from, a, t);
    const full = this.edge(from, a, t);
    return (full / cf) * (1 - m + m * cf);
  }

  /** Per caller and database: whether it is read only behind the caller's caches (readsBehindCache, memoised). */
  private readsBehind = new Map<number, boolean>();
  private readsBehindCache(from: SimNode, a: number): boolean {
    const key = from.idx * this.nodes.length + a;
    let v = this.readsBehind.get(key);
    if (v === undefined) this.readsBehind.set(key, (v = readsBehindCache(this.m, from, a)));
    return v;
  }

  /** The share of a cache's instances that are gone (their keys become misses). */
  /**
   * The share of a cache's reads its callers (with no hit ratio written) send to the database behind it: all of them
   * while it is down; a Redis group's keys it does not serve (CLUSTERDOWN or no master: all; a Cluster that lost one
   * shard's slots with full coverage off: that shard's); none otherwise.
   */
  private softCacheLost(c: number): number {
    const pc = this.prov[c]!;
    if (pc < 0) return 1;
    return this.behindProxy(c, (k) => this.softCacheLost(k)) ?? (pc === c && this.nodes[c]!.group !== null ? this.lostShare(c) : 0);
  }

  private lostShare(c: number): number {
    // A Redis Sentinel set or Cluster serves by its group's state, not by how many instances are dead: no master
    // (or CLUSTERDOWN) loses every hit; a replica's loss, or a promoted one, loses none.
    if (this.nodes[c]!.group !== null) return 1 - Math.max(0, Math.min(1, this.groups.factor(c)));
    const list = this.insts.get(c);
    if (!list || !list.length) return 0;
    // A Memcached instance back within its warm-up still misses its keys.
    let cold = 0;
    if (coldAfterRestart(this.nodes[c]!)) for (const x of list) if (x.alive && x.backAt !== undefined && x.backAt >= 0 && this.now < x.backAt + CACHE_WARMUP - EPS) cold++;
    return (list.length - this.live[c]! + cold) / list.length;
  }

  /** Instances of shard k of node p: live and dead-but-undetected by r. */
  private shardReach(r: SimNode | null, p: number, t: number): number {
    const list = this.insts.get(p)!;
    const S = this.cap[p]!.shards;
    const s = this.nodes[p]!;
    let det = Infinity;
    if (r && r.lbDetect !== null) det = r.lbDetect;
    // (ClickHouse's move to another replica is the initiator's, inside a live server: a balancer in front sends connections
    // to the lost node until its checks remove it, sharded or not — round 108b r06.)
    const clientSide = this.clickhouseBehindBalancer(r, s);
    if (s.selfDetect !== null && !clientSide && s.selfDetect < det) det = s.selfDetect;
    if (clientSide) {
      // Each live node it reaches runs the query over every shard itself: only the connections sent to a lost node fail.
      // (A shard with no live replica fails every query, as it needs every shard: skip_unavailable_shards is off.)
      let up = 0;
      let lost = 0;
      const shardUp = new Uint8Array(S);
      list.forEach((x, i) => {
        if (x.alive) {
          up++;
          shardUp[shardOf(i, list.length, S)] = 1;
        } else if (roundT(x.failedAt + det) > t) lost++;
      });
      if (shardUp.some((v) => v === 0)) return 0;
      return up + lost > 0 ? up / (up + lost) : 0;
    }
    const live = new Float64Array(S);
    const undet = new Float64Array(S);
    // Clients that wait out the cluster's own routing around a lost instance (an index request waiting for a promoted primary).
    const waits = det !== Infinity && retriesThrough(s, det);
    // (A Couchbase node no auto-failover takes waits for a person: couchbaseByHand.)
    const byHand = s.timings.profile.id === 'couchbase' ? this.couchbaseManualDelay(s) : det;
    // Greenplum: only a segment's primary serves (the first instance of each shard; its mirror follows), so a shard whose primary is down and
    // not yet replaced by its mirror answers nothing (greenplum-fts).
    const mirrorsIdle = s.timings.profile.id === 'greenplum';
    const primaryOut = mirrorsIdle ? new Uint8Array(S) : null;
    const perShard = Math.ceil(list.length / S);
    list.forEach((x, i) => {
      const k = shardOf(i, list.length, S);
      const dx = this.cbManual.has(x) ? byHand : det;
      if (x.alive) live[k]!++;
      else if (!waits && (dx === Infinity || roundT(x.failedAt + dx) > t)) {
        undet[k]!++;
        if (primaryOut && i % perShard === 0) primaryOut[k] = 1;
      }
    });
    // A query fanned out to every shard (ClickHouse's Distributed tables, a SolrCloud collection) needs them all: a shard
    // with no replica to answer fails every query (skip_unavailable_shards, shards.tolerant: off by default), not its share.
    const all = scatterGather(s) !== null;
    let sum = 0;
    let prod = 1;
    for (let k = 0; k < S; k++) {
      const v = primaryOut && primaryOut[k] ? 0 : live[k]! > 0 ? (primaryOut ? 1 : live[k]! / (live[k]! + undet[k]!)) : this.shardActing.size && this.shardActingUp(p, k) ? 1 : 0;
      sum += v;
      prod *= v;
    }
    return all ? prod : sum / S;
  }

  /** Managed cache pairs rebuilt empty after every instance was lost (comeBack in onDown). */
  private readonly rebuiltEmpty = new Set<number>();

  /** A managed single-writer cache (a primary and its replicas) with no instance but i up, lost one by one: none to promote. */
  private noReplicaLeft(s: SimNode, i: number): boolean {
    return s.managed && s.kind === 'cache' && s.singleWriter && s.instances >= 2 && !this.wholeFailover.has(s.idx) && this.instOf(s.idx).every((y, k) => k === i || y.nodeDown);
  }

  /** Managed services failed whole by a step: their provider's own failover (docs/simulation.md), not every instance lost. */
  private readonly wholeFailover = new Set<number>();
  /** NDB data tiers with an arbitrator (SimNode.arbitrator). */
  private readonly arbitrated: number[] = [];
  /** NDB data tiers shut down by a lost arbitration (no majority, arbitrator unreachable), until a majority is back. */
  private readonly ndbShut = new Set<number>();
  /** NDB data tiers at half or less that won their arbitration: they go on while that lasts. */
  private readonly ndbWon = new Set<number>();

  /**
   * MySQL NDB Cluster's arbitration: data nodes left with no more than half of their number (one of two centres) go on
   * only if they reach the arbitrator at that moment; otherwise they shut down (arbitration failure) until the cluster is
   * restarted with a majority (round 50b r04: a management node in one of two centres is lost with it half the time).
   */
  private updateArbitration(): void {
    for (const p of this.arbitrated) {
      const s = this.nodes[p]!;
      const total = this.instOf(p).length;
      const live = this.live[p]!;
      if (live * 2 > total || live <= 0) {
        this.ndbShut.delete(p);
        this.ndbWon.delete(p);
        continue;
      }
      if (this.ndbShut.has(p) || this.ndbWon.has(p)) continue;
      const arb = this.nodes[s.arbitrator]!;
      if (this.live[arb.idx]! > 0) {
        this.ndbWon.add(p);
        continue;
      }
      this.ndbShut.add(p);
      this.emit(
        'quorum-lost',
        s.name,
        L(
          `${s.name}'s data nodes left (${live} of ${total}) are no majority and cannot reach their arbitrator ${arb.name}, lost too: NDB shuts them down rather than risk a split brain (arbitration failure) — every request fails until the cluster is restarted with a majority. The arbitrator belongs in a third place.`,
          `${s.name}에 남은 데이터 노드(${total}개 중 ${live}개)는 과반이 아니고 중재자 ${arb.name}도 함께 잃어 닿지 못합니다. NDB는 스플릿 브레인을 막으려고 남은 노드를 내립니다(중재 실패). 과반으로 클러스터를 다시 시작할 때까지 모든 요청이 실패합니다. 중재자는 세 번째 장소에 두세요.`,
        ),
      );
    }
  }

  /** Connection limits: callers' instances × connections against each database's limit. */
  private computeConnections(): void {
    if (!this.limits.length) return;
    const f = this.connF;
    for (const l of this.limits) for (const c of l.callers) f[c.idx] = 1;
    this.edgeConn.clear();
    const n = this.nodes.length;
    for (const l of this.limits) {
      if (this.prov[l.db]! !== l.db) continue;
      // A pool is a ceiling that fills under load (connections open lazily): the limit bites when some caller is busy —
      // overloaded, or scaled out past the instances it runs at rest (the flash sale) — not in a quiet steady state.
      if (!this.callersBusy(l)) continue;
      const demand = this.demandOf(l);
      if (demand <= l.max) continue;
      for (const c of l.callers) {
        f[c.idx] = f[c.idx]! * (l.max / demand);
        const k = c.idx * n + l.db;
        this.edgeConn.set(k, (this.edgeConn.get(k) ?? 1) * (l.max / demand));
        // (Through a proxy that passes connections through — HAProxy in `mode tcp`, a layer-4 balancer: the caller's edge is
        // to the proxy, and the requests of its instances that got no connection fail there; round 123c r01 said the
        // exhaustion and served them.)
        for (const p of this.nodes[c.idx]!.callees)
          if (p !== l.db && this.nodes[l.db]!.callers.includes(p)) {
            const kp = c.idx * n + p;
            this.edgeConn.set(kp, (this.edgeConn.get(kp) ?? 1) * (l.max / demand));
          }
      }
    }
  }

  /** The connections a limited database's callers open now: their live instances × each one's pool. */
  private demandOf(l: ConnectionLimit): number {
    let demand = 0;
    for (const c of l.callers) demand += this.live[c.idx]! * c.connections;
    return demand;
  }

  /** Whether some caller of a connection-limited database is busy: overloaded, or scaled out past its instances at rest. */
  private callersBusy(l: ConnectionLimit): boolean {
    return l.callers.some((c) => this.overloaded.has(c.idx) || this.cf[c.idx]! < 1 - EPS || this.live[c.idx]! > this.nodes[c.idx]!.instances);
  }

  /**
   * Whether a caller turned busy in this very evaluation (overloaded by a spike that just began) with its database's limit
   * not yet applied: the connections were computed before the load showed it (round 51 r03: 30 % served where the
   * connections cut it to 22.6 %) — or turned idle with the limit still applied.
   */
  private connectionsLate(): boolean {
    for (const l of this.limits) {
      // The other way (round 66 r01): a limit still applied from the evaluation before, while its callers are no longer
      // busy (an instance repaired and back in rotation) — the pools shrink back with the load; without this the run
      // kept the exhaustion for good.
      // (Judged on this evaluation's load: the overloaded set is the evaluation before's until trackOverload runs.)
      if (this.prov[l.db]! === l.db && l.callers.some((c) => this.connF[c.idx]! < 1) && !l.callers.some((c) => this.cf[c.idx]! < 1 - EPS || this.live[c.idx]! > this.nodes[c.idx]!.instances)) {
        for (const c of l.callers) this.overloaded.delete(c.idx);
        return true;
      }
      if (this.prov[l.db]! !== l.db || !this.callersBusy(l)) continue;
      const demand = this.demandOf(l);
      if (demand > l.max && l.callers.every((c) => this.connF[c.idx] === 1)) return true;
    }
    return false;
  }

  private trackConnections(): void {
    for (const l of this.limits) {
      const demand = this.demandOf(l);
      const over = this.prov[l.db]! === l.db && demand > l.max && this.callersBusy(l);
      if (over && !this.exhausted.has(l.db)) {
        const callers = l.callers.map((c) => ({ name: this.nodes[c.idx]!.name, live: this.live[c.idx]!, connections: c.connections }));
        this.emit('connections-exhausted', this.nodes[l.db]!.name, connectionsMessage(this.nodes[l.db]!.name, l.max, demand, callers));
      }
      if (over) this.exhausted.add(l.db);
      else this.exhausted.delete(l.db);
    }
  }

  /** Copies of each data node (standbys, second primaries, read replicas), built on first use. */
  private copies: number[][] | null = null;

  /** Data nodes down with a live copy whose lag has been counted as lost. */
  private readonly lagLost = new Set<number>();

  /** The live copy of node i that has the most of its data (a standby's or a read replica's smallest lag), or null. */
  private freshestCopy(i: number): { copy: number; lag: number } | null {
    let best: { copy: number; lag: number } | null = null;
    for (const k of this.copiesOf(i)) {
      if (this.live[k]! <= 0) continue;
      const tk = this.nodes[i]!.takeovers.find((x) => x.by === k);
      // (A read copy of its own, `replica of=` a bucket or a volume that no request reads: its replication's lag — round 105
      // r08, an S3 copy 15 minutes behind counted a region's loss as 0 s.)
      const own = this.nodes[k]!.node.of === this.nodes[i]!.name;
      const lag = tk ? tk.lag : this.nodes[k]!.readsFrom === i || own ? readLagOf(this.nodes[k]!, this.nodes[i]!) : this.diskCopyLag(i, k);
      if (lag < (best?.lag ?? Infinity)) best = { copy: k, lag };
    }
    return best;
  }

  /** For storage i under a replicated database, how far behind its database's copy k is (that copy's own lag), else Infinity. */
  private diskCopyLag(i: number, k: number): number {
    const c = this.nodes[k]!;
    for (const db of this.nodes[i]!.callers) {
      // The disks of a standby or a replica: its source has everything on them.
      if (this.nodes[db]!.node.of === c.name && this.nodes[db]!.node.role !== 'primary') return 0;
      const tk = this.nodes[db]!.takeovers.find((x) => x.by === k);
      if (tk) return tk.lag;
      if (c.readsFrom === db) return readLagOf(c, this.nodes[db]!);
    }
    return Infinity;
  }

  /** Node i's copies (standbys, second primaries, read replicas). */
  private copiesOf(i: number): number[] {
    if (!this.copies) {
      const c: number[][] = this.nodes.map(() => []);
      for (const s of this.nodes) {
        for (const t of s.takeovers) c[s.idx]!.push(t.by);
        if (s.readsFrom >= 0) c[s.readsFrom]!.push(s.idx);
        // A replicated database's disks: the database's copies hold their data too (durability: copiesThroughDatabases).
        if (s.kind === 'storage') for (const name of copiesThroughDatabases(this.m.design, s.node)) c[s.idx]!.push(this.m.byName.get(name)!);
      }
      this.copies = c;
    }
    return this.copies[i]!;
  }

  /** Whether a data node's data is on disks that survive its server's loss, and those disks are still there. */
  private disksOutlive(i: number): boolean {
    const s = this.nodes[i]!;
    if (s.kind !== 'database') return false;
    const disks = s.callees.filter((c) => this.nodes[c]!.kind === 'storage');
    // A disk lost with a live copy (array replication, `storage standby of=`) keeps the data on that copy: what the copy
    // had not received is the storage's own loss (its lag).
    if (disks.length) return disks.every((c) => this.live[c]! > 0 || this.copyAlive(c));
    const keeps = s.timings.profile.keepsDisks;
    if (!keeps || this.regionLost(i) || (this.insts.get(i) ?? []).some((x) => !x.alive && x.hostLost)) return false;
    // Disks kept in the instance's zone (EBS under an RDS Single-AZ instance) go with that zone.
    return keeps === true || !this.everyPlaceLost(i);
  }

  private copyAlive(i: number): boolean {
    return this.copiesOf(i).some((k) => this.live[k]! > 0);
  }

  /**
   * Whether a copy still holds node i's data: one alive, or one whose data outlives its instances — an Aurora cluster's
   * volume over three zones of its region — while that region stands (round 74b r06: the promoted one-instance Aurora
   * secondary's loss was "unbounded").
   */
  private copyHoldsData(i: number): boolean {
    return this.copiesOf(i).some((k) => this.live[k]! > 0 || (this.dur[k]!.replicated && !this.regionLost(k)));
  }

  /** Whether every place node i runs in is down: its region(s), or every zone it is spread over. */
  private everyPlaceLost(i: number): boolean {
    if (this.regionLost(i)) return true;
    const zs = this.nodes[i]!.node.zones;
    return zs.length > 0 && zs.every((z) => this.zoneDown.has(z));
  }

  /** Whether every region node i runs in is down (storage replicated across zones survives anything less). */
  private regionLost(i: number): boolean {
    const s = this.nodes[i]!;
    const list = this.insts.get(i) ?? [];
    const regions = list.length ? list.map((x) => x.region) : [s.regionOf(s.zoneOf(0))];
    return regions.every((r) => r !== null && this.regionDown.has(r));
  }

  /** Whether the backups of node i survive now (kept in a place that is up). */
  private backupsSurvive(i: number): boolean {
    const d = this.dur[i]!;
    if (d.backup === null) return false;
    const to = d.backupTo;
    if (to === null) {
      // Copied to another region by the product itself (Azure SQL Database's geo-redundant backups): they outlive it.
      if (d.geoBackup !== null) return true;
      // Kept in the node's own region: lost with it.
      const s = this.nodes[i]!;
      const list = this.insts.get(i) ?? [];
      const regions = new Set(list.length ? list.map((x) => x.region) : [s.regionOf(s.zoneOf(0))]);
      for (const r of regions) if (r !== null && !this.regionDown.has(r)) return true;
      return [...regions].every((r) => r === null);
    }
    if ('zone' in to) return !this.zoneDown.has(to.zone) && (to.region === null || !this.regionDown.has(to.region));
    if ('region' in to) return !this.regionDown.has(to.region);
    return this.prov[to.node]! >= 0;
  }

  /**
   * Backups kept on a node (`backup-to=nas`) that is lost too: the copies that node keeps of its own content elsewhere
   * (`nas … backup=7d backup-to=b2`) still hold them, as of that node's last backup — the age that adds, or null when
   * no copy of the chain is left.
   */
  private chainedBackupAge(i: number, depth: number): number | null {
    const to = this.dur[i]!.backupTo;
    if (!to || 'zone' in to || 'region' in to || depth > 4) return null;
    const n = to.node;
    const dn = this.dur[n];
    if (!dn || dn.backup === null) return null;
    if (this.backupsSurvive(n)) return dn.backup;
    const further = this.chainedBackupAge(n, depth + 1);
    return further === null ? null : dn.backup + further;
  }

  /**
   * Whether node i is the passive side of a master-master pair: a second primary
   * (or the primary that has one) that no request reaches, in a design whose
   * entries are clients, and that is not serving in another node's place. It
   * takes no writes, so losing it loses none.
   */
  private passivePeer(i: number): boolean {
    const s = this.nodes[i]!;
    // (A caller that only reads from it writes nothing there: MMM's reader — round 75 r03.)
    // (Nor one called only as the second choice — `장애 시`, `fallback` — while its peer serves: round 78c r03.)
    const nodes = this.nodes;
    const peerServes = (): boolean => nodes.some((n) => n.idx !== i && n.node.role === 'primary' && (n.name === s.node.of || n.node.of === s.name) && this.live[n.idx]! > 0);
    const writes = s.callers.length > 0 && this.m.design.edges.some((e) => e.to === s.name && parseRouteLabel(e.label)?.key !== 'reads' && !(SECOND_CHOICE.test(e.label ?? '') && peerServes()));
    if (writes || s.isSessionStore || s.node.role !== 'primary') return false;
    if (!s.callers.length && !nodes.some((n) => n.client)) return false;
    const peered = (s.node.of !== null && s.node.of !== s.name) || nodes.some((n) => n.idx !== i && n.node.role === 'primary' && n.node.of === s.name);
    if (!peered) return false;
    for (const a of this.acting.values()) if (a === i) return false;
    return true;
  }

  /**
   * The most recent backups, of the databases whose disk storage node i is, that outlive the loss (kept off it, in a
   * place that stands): their age and the database; null when none has any.
   */
  private databaseBackupOver(i: number): { age: number; db: number } | null {
    let best: { age: number; db: number } | null = null;
    for (const c of this.nodes[i]!.callers) {
      const n = this.nodes[c]!;
      const dc = this.dur[c]!;
      if (n.kind !== 'database' || dc.backup === null) continue;
      // Backups written to this very storage are lost with it.
      const to = dc.backupTo;
      if (to !== null && 'node' in to && to.node === i) continue;
      const local = dc.localBackup !== null && !this.regionLost(c);
      if (!local && !this.backupsSurvive(c)) continue;
      const age = local ? dc.localBackup! : dc.backup;
      if (!best || age < best.age) best = { age, db: c };
    }
    return best;
  }

  /** Data with no live copy is lost: everything since the last backup, or all of it (failure-model §5). */
  /** Backup targets (nodes named by `backup-to=`) and their last outage: backups taken during it failed. */
  private backupTargetOutage: Map<number, { from: number; to: number | null }> | null = null;

  /** A backup target's last outage, kept as the run goes (round 101 r10: backups assumed taken while their NAS was down). */
  private trackBackupTargets(t: number): void {
    if (this.backupTargetOutage === null) {
      this.backupTargetOutage = new Map();
      for (const d of this.dur) if (d.backupTo && 'node' in d.backupTo) this.backupTargetOutage.set(d.backupTo.node, { from: -1, to: null });
    }
    for (const [j, e] of this.backupTargetOutage) {
      const up = this.live[j]! > 0;
      if (!up && (e.from < 0 || e.to !== null)) this.backupTargetOutage.set(j, { from: t, to: null });
      else if (up && e.from >= 0 && e.to === null) e.to = t;
    }
  }

  /** The time since backups to node i's backup target last stopped, when none has run since (else 0). */
  private backupGap(i: number): number {
    const d = this.dur[i]!;
    if (!d.backupTo || !('node' in d.backupTo) || d.backup === null) return 0;
    const e = this.backupTargetOutage?.get(d.backupTo.node);
    if (!e || e.from < 0) return 0;
    if (e.to !== null && this.now - e.to >= d.backup) return 0;
    return Math.max(0, this.now - e.from);
  }

  private trackDataLoss(t: number): void {
    this.trackBackupTargets(t);
    // A job broker (or result backend) lost with no live copy: the jobs waiting in it go with it — its backlog at that
    // moment, counted apart from the writes of record, as a queue's messages are.
    for (const i of this.brokerNodes) {
      if (this.prov[i]! >= 0 || this.pending.has(i) || this.copyAlive(i) || this.brokerSaid.has(i)) continue;
      this.brokerSaid.add(i);
      const name = this.nodes[i]!.name;
      this.emit(
        'data-lost',
        name,
        L(
          `${name} is lost with no live copy: the jobs (or results) waiting in it that its workers had not taken yet are gone unless it persists them (Redis AOF) — its backlog at that moment, seconds of work when the workers keep up; the run counts them apart from the writes of record, as a queue's messages. Nothing is dispatched until it is back.`,
          `${josa(name, '이/가')} 살아 있는 사본 없이 멈춥니다. 워커가 아직 가져가지 않은 작업(또는 결과)은 영속화(Redis AOF)하지 않았다면 사라집니다. 그 순간의 적체분이며, 워커가 따라잡고 있었다면 몇 초 분량입니다. 이 시뮬레이션은 큐의 메시지처럼 기록 데이터와 따로 셉니다. 돌아올 때까지 작업이 배분되지 않습니다.`,
        ),
      );
    }
    // (A self-run one lost alone too — a lone Redis holding the carts, a Redis Cluster master whose shard has no replica: its
    // replacement starts empty, as no-backup says; round 116 r03 lost a third of the carts at "0s". A managed one lost alone
    // is the provider's to replace, counted where it is (comeBack).)
    for (const i of this.stateCaches.length ? [...this.dataNodes, ...this.stateCaches.filter((c) => this.everyPlaceLost(c) || !this.nodes[c]!.managed)] : this.dataNodes) {
      const s = this.nodes[i]!;
      // A sharded MongoDB cluster's config servers hold its metadata, no user write: lost with no copy, what goes is the
      // cluster's ability to route and rebalance, not acknowledged writes (round 75b r05).
      if (this.prov[i]! < 0 && !this.pending.has(i) && !this.copyHoldsData(i) && mongoConfigSet(this.m.design, s.node)) {
        if (!this.configLostSaid.has(i)) {
          this.configLostSaid.add(i);
          this.emit(
            'data-lost',
            s.name,
            L(
              `${s.name}'s metadata (the sharded cluster's config servers) is lost with no live copy${this.dur[i]!.backup !== null ? '' : ' and no backup'}: no user write is in it — the shards keep the data — but the cluster cannot be operated without it (no routing refresh, migration or sharding change) until a person restores or rebuilds the config servers.`,
              `${s.name}의 메타데이터(샤딩 클러스터의 config 서버)를 살아 있는 사본${this.dur[i]!.backup !== null ? '' : '과 백업'} 없이 잃습니다. 사용자 쓰기는 여기 없고 데이터는 샤드에 남지만, 사람이 config 서버를 복원하거나 다시 만들 때까지 클러스터를 운영할 수 없습니다(라우팅 갱신, 마이그레이션, 샤딩 변경 불가).`,
            ),
          );
        }
        continue;
      }
      const S = this.cap[i]!.shards;
      const lost: (number | null)[] = [];
      // (Not a managed one the design pins to one zone, when that zone is lost: its copies are all there — round 122c r03
      // kept a pinned database's data through the zone's loss while the managed volume beside it lost its own.)
      if (this.dur[i]!.replicated && !this.regionLost(i) && !(pinnedToZone(s) && this.everyPlaceLost(i))) continue;
      // Mirrored disks (RAID 1/5/6/10): the data survives the node; only losing its site loses it.
      if (this.dur[i]!.mirrored && !this.regionLost(i) && !(this.insts.get(i) ?? []).some((x) => !x.alive && x.hostLost)) continue;
      // Disks that outlive the server: a database on a storage node that is still up (a SAN LUN, an EBS volume), or a
      // managed single instance on the provider's separate storage (Azure PostgreSQL flexible server): losing the server loses no data.
      if (this.disksOutlive(i)) continue;
      // Copies kept on different nodes only (no zone awareness): some shards lose every copy once enough nodes are down.
      if (this.prov[i]! >= 0 && this.unawareLost(i) > 0) this.loseUnawareShards(i, t);
      if (this.prov[i]! < 0) {
        // Fully down, nothing serving in its place: lost unless a failover is under way or a copy
        // (a standby, a second primary, a read replica) is alive — even one nobody can promote now.
        // Then only what that copy had not received yet is gone: its replication lag (none when synchronous).
        // A recovery site's store nothing has written to yet (its record still answers with the primary site) loses nothing.
        // (Or a person restores its fresher backups rather than promote a copy that trails them: restoreRather.)
        if (!this.pending.has(i) && (this.restoreRather.has(i) || !this.copyHoldsData(i)) && !(idleAtRest(this.m)[i] && !this.dnsMovedOff)) lost.push(null);
        // (Not while it waits for its restore from backup: its loss is counted as that — round 51b r07, a repaired copy
        // coming back during a total outage is no new failover.)
        else if (!this.pending.has(i) && !this.lagLost.has(i) && !this.awaitingRestore.has(i)) {
          this.lagLost.add(i);
          const f = this.freshestCopy(i);
          // Only writes it took can be lost: a second primary that nothing writes to (the passive side of a
          // master-master pair) holds nothing its partner lacks.
          // A replicated database's disks lost with the database: the database's own loss counts those writes once.
          // A storage whose freshest copy is its database's standby: that standby's promotion counts the window (once).
          const dbLost = s.kind === 'storage' && s.callers.some((c) => this.nodes[c]!.kind === 'database' && this.prov[c]! < 0 && (!this.disksOutlive(c) || (f !== null && this.nodes[c]!.takeovers.some((tk) => tk.by === f.copy))));
          // Nothing promotes that copy now (its failover is blocked, or none is configured): the window is lost only if the
          // node's own disks never come back — the run counts it until they do (`data-back`), and says so (round 55b r06).
          if (f && f.lag > 0 && !this.passivePeer(i) && !dbLost) {
            const by = this.nodes[f.copy]!.name;
            // The writes were taken by whoever served in its place when it was lost (a promoted standby): its disks hold
            // them, not the old primary's (round 62 r11).
            const held = this.acting.get(i);
            const disks = held !== undefined ? this.nodes[held]!.name : s.name;
            this.loseWrites(
              f.lag,
              by,
              i,
              L(
                `${disks} is down and nothing promotes ${by} now: the last ${d(f.lag)} of acknowledged writes never reached ${by}, its freshest live copy, and are lost unless ${disks}'s own disks come back.`,
                `${josa(disks, '이/가')} 멈췄고 지금은 ${josa(by, '을/를')} 승격할 주체가 없습니다. 가장 최신의 살아 있는 사본인 ${by}에도 마지막 ${dk(f.lag)} 분량의 커밋된 쓰기가 복제되지 않았으므로, ${disks}의 디스크가 돌아오지 않으면 이 쓰기는 사라집니다.`,
              ),
            );
          }
        }
      } else if (S > 1 && this.prov[i] === i) {
        const list = this.insts.get(i);
        if (list) {
          const up = new Uint8Array(S);
          list.forEach((x, k) => x.alive && (up[shardOf(k, list.length, S)] = 1));
          for (let k = 0; k < S; k++) if (!up[k] && !this.shardTakenOver(i, k, t)) lost.push(k);
        }
      }
      for (const k of lost) {
        const key = k === null ? `${i}` : `${i}:${k}`;
        if (this.lostData.has(key)) continue;
        this.lostData.add(key);
        const d = this.dur[i]!;
        const { survive, geo, amount: backupAge } = this.backupAge(i);
        let amount = backupAge;
        const label = k === null ? s.name : shardCopiesOf(s.node) !== null ? s.name : `${s.name} (shard ${k + 1}/${S})`;
        // Rebuilt from another store (`rebuilt-from=`, a search index reindexed from the database): no data of record is
        // lost — it is missing until rebuilt, after `restore=` (round 93b r05).
        const source = this.rebuiltFrom(i);
        if (source !== null) {
          this.dataLoss.set(key, 0);
          this.emit(
            'data-lost',
            label,
            L(
              `${label}'s data is lost with no live copy, but it is rebuilt from ${source} (rebuilt-from=${source}): no write of record is lost; it serves again once rebuilt (restore ${formatDuration(d.restore)}).`,
              `${label}의 데이터를 잃지만 ${source}에서 다시 만듭니다(rebuilt-from=${source}). 원본 데이터는 잃지 않으며, 다시 만든 뒤(복원 ${dk(d.restore)}) 다시 동작합니다.`,
            ),
          );
          this.awaitingRestore.add(i);
          if (k === null) this.acting.delete(i);
          // (Rebuilt once the source serves: a database restored from its backups first — round 115b r04.)
          const from = this.m.byName.get(source);
          this.at(t + d.notice, (now) => this.startRestore(i, k, now, label, false, from));
          continue;
        }
        // A store written only by consumers of a log that keeps its messages longer than the backup is old (an analytics
        // database loaded from a Kafka topic kept 7 days): restored from the backup, the rest is replayed from the log —
        // no write of record is lost (round 101 r04: the users' writes were acknowledged by the log, which is intact).
        const replay = k === null && survive && Number.isFinite(amount) ? this.replayLog(i, amount) : null;
        if (replay) {
          this.dataLoss.set(key, 0);
          this.emit(
            'data-lost',
            label,
            L(
              `${label}'s data is lost with no live copy: restored from its last backup, the writes since (up to ${formatDuration(amount)}) are replayed from ${replay.name}, which keeps its messages ${formatDuration(replay.retention)} (retention=) — no write of record is lost; it serves again once restored (restore ${formatDuration(d.restore)}) and caught up.`,
              `${label}의 데이터를 살아 있는 사본 없이 잃습니다. 마지막 백업에서 복원한 뒤 그 이후의 쓰기(최대 ${dk(amount)})는 메시지를 ${dk(replay.retention)} 보관하는 ${replay.name}에서 다시 적재하므로(retention=) 원본 쓰기는 잃지 않습니다. 복원(${dk(d.restore)})하고 따라잡은 뒤 다시 동작합니다.`,
            ),
          );
          this.awaitingRestore.add(i);
          this.acting.delete(i);
          this.at(t + d.notice + d.restore, (now) => this.restore(i, k, now, label));
          continue;
        }
        // A database's volume (`pg -> vol`): the database's own backups kept off the volume (a WAL archive, `backup=1m` on
        // the database) restore it as well — the loss is theirs when they are more recent (round 65b r04).
        const own = k === null && s.kind === 'storage' ? this.databaseBackupOver(i) : null;
        if (own && own.age < amount) {
          amount = own.age;
          this.dataLoss.set(key, amount);
          const db = this.nodes[own.db]!.name;
          this.emit(
            'data-lost',
            label,
            L(
              `${label}'s data is lost with no live copy, but ${db}, whose disk it is, keeps its own backups elsewhere: restored from them, the writes since their last one (up to ${formatDuration(amount)}) are gone.`,
              `${label}의 데이터를 잃지만, 이 디스크를 쓰는 ${josa(db, '이/가')} 자기 백업을 다른 곳에 두므로 그 백업에서 복원합니다. 마지막 백업 이후의 쓰기(최대 ${dk(amount)})가 사라집니다.`,
            ),
          );
        } else {
          // Kept per data set: a place that comes back brings its disks back, and with them this loss (recoverTarget).
          this.dataLoss.set(key, amount);
          this.emit('data-lost', label, dataLossMessage(label, survive ? amount : d.backup, survive, k === null ? null : S, geo));
          if (!survive) continue;
        }
        this.awaitingRestore.add(i);
        // The copy that had taken over is lost too: rebuilt, it is empty — the data comes back with the restore, not with
        // its repair (round 42: both members of a pair lost, the standby's repair "served" data the run called lost).
        if (k === null) this.acting.delete(i);
        // (Someone knows once the monitor notices — or, with every monitor lost in the same place, once users report it:
        // round 74c r03, as a promotion by hand counts it.)
        const notice = this.noticeNow(i);
        this.at(t + notice, (now) => this.startRestore(i, k, now, label));
      }
    }
    // Data that is served again is no longer lost.
    if (this.lostData.size)
      for (const key of [...this.lostData]) {
        const [a, b] = key.split(':');
        const i = Number(a);
        if (b === 'u' ? this.unawareLost(i) <= 0 && !this.unawareRestored.has(i) : b === undefined ? this.prov[i]! >= 0 : this.live[i]! > 0 && this.shardUp(i, Number(b))) this.lostData.delete(key);
      }
  }

  /** A live standby that cannot take over for want of its witness's or its coordinator's vote: said once, naming the voter. */
  private sayVoteMissing(s: SimNode): void {
    if (this.voteMissing.has(s.idx)) return;
    const k = s.takeovers.find((t) => this.live[t.by]! > 0 && this.prov[t.by]! === t.by);
    if (!k) return;
    this.voteMissing.add(s.idx);
    const by = this.nodes[k.by]!.name;
    if (k.witness >= 0 && !this.groups.coordinatorOk({ ...k, coordinator: -1 }) && oracleDg(s, this.nodes[k.by]!)) {
      const w = this.nodes[k.witness]!.name;
      this.emit(
        'failover-blocked',
        s.name,
        L(
          `${by} cannot take over from ${s.name} by itself: fast-start failover needs its observer ${w}, which is down too. A DBA fails over to ${by} by hand (DGMGRL FAILOVER) once the loss is noticed.`,
          `${josa(by, '이/가')} ${s.name}의 역할을 스스로 넘겨받지 못합니다: fast-start failover에는 옵저버 ${w}가 필요한데 함께 멈췄습니다. 장애를 알아챈 DBA가 손으로 ${by}에 페일오버합니다(DGMGRL FAILOVER).`,
        ),
      );
    } else if (k.witness >= 0 && !this.groups.coordinatorOk({ ...k, coordinator: -1 })) {
      const w = this.nodes[k.witness]!.name;
      this.emit(
        'failover-blocked',
        s.name,
        L(
          `${by} cannot take over from ${s.name}: it needs the vote of its witness ${w}, which is down too. With two of the three votes gone the cluster has no quorum and stops; nothing fails over until someone forces quorum on ${by} (or ${s.name} or ${w} is back).`,
          `${josa(by, '이/가')} ${s.name}의 역할을 넘겨받지 못합니다: 감시(witness) ${w}의 표가 필요한데 함께 멈췄습니다. 세 표 중 두 표를 잃어 클러스터가 쿼럼을 잃고 멈추므로, 누군가 ${by}에서 쿼럼을 강제로 잡기 전에는(또는 ${s.name}, ${w} 가운데 하나가 돌아오기 전에는) 페일오버가 일어나지 않습니다.`,
        ),
      );
    } else if (k.detector !== undefined && k.detector >= 0 && this.live[k.detector]! <= 0) {
      const mx = this.nodes[k.detector]!.name;
      this.emit(
        'failover-blocked',
        s.name,
        L(
          `${by} cannot take over from ${s.name} by itself: the failover is run by ${mx}'s monitor (mariadbmon), and every ${mx} instance is down too. Nothing is promoted until ${mx} is back, or a DBA promotes ${by} by hand.`,
          `${josa(by, '이/가')} ${s.name}의 역할을 스스로 넘겨받지 못합니다: 페일오버는 ${mx}의 모니터(mariadbmon)가 하는데 ${mx} 인스턴스가 모두 함께 멈췄습니다. ${josa(mx, '이/가')} 돌아오거나 DBA가 ${josa(by, '을/를')} 손으로 승격하기 전에는 아무것도 승격되지 않습니다.`,
        ),
      );
    } else if (!this.groups.peersOk(s)) {
      const p = s.quorumPeers!;
      const up = p.filter((m) => this.live[m]! > 0).length;
      this.emit(
        'failover-blocked',
        s.name,
        L(
          `${by} cannot be elected in ${s.name}'s place: only ${up} of the ${p.length} members of the replica set are up, short of a majority (${majorityOf(p.length)}), so no member is elected until enough are back.`,
          `${josa(by, '이/가')} ${s.name} 대신 선출되지 못합니다: 복제 세트 구성원 ${p.length}개 중 ${up}개만 살아 있어 과반(${majorityOf(p.length)})에 못 미치므로, 충분히 돌아올 때까지 아무도 선출되지 않습니다.`,
        ),
      );
    } else if (k.coordinator >= 0 && (this.nodes[k.coordinator]!.ignored || this.nodes[k.coordinator]!.group === null)) {
      const c = this.nodes[k.coordinator]!.name;
      this.emit(
        'failover-blocked',
        s.name,
        L(
          `${by} cannot take over from ${s.name}: ${c}, the manager that decides the failover, is down, so nothing is promoted until it is back or a person promotes ${by}.`,
          `${josa(by, '이/가')} ${s.name}의 역할을 넘겨받지 못합니다: 페일오버를 결정하는 관리자 ${josa(c, '이/가')} 멈춰 있어, 관리자가 돌아오거나 사람이 ${josa(by, '을/를')} 승격하기 전에는 아무것도 승격되지 않습니다.`,
        ),
      );
    } else if (k.coordinator >= 0) {
      const c = this.nodes[k.coordinator]!.name;
      this.emit(
        'failover-blocked',
        s.name,
        L(
          `${by} cannot take over from ${s.name}: its coordinator ${c} has lost its majority, so nothing decides the failover until ${c} has it again.`,
          `${josa(by, '이/가')} ${s.name}의 역할을 넘겨받지 못합니다: 조정자 ${josa(c, '이/가')} 과반을 잃어, ${josa(c, '이/가')} 과반을 되찾기 전에는 페일오버를 결정할 수 없습니다.`,
        ),
      );
    }
  }

  /** Copies per shard of a node spread without zone awareness (capacity.ts zoneUnaware), else 0; per node, once. */
  private readonly unawareCopies = new Map<number, number>();
  /** Unaware nodes whose lost shards are restored from their backup. */
  private readonly unawareRestored = new Set<number>();

  private unawareCopiesOf(i: number): number {
    let c = this.unawareCopies.get(i);
    if (c === undefined) {
      const n = this.nodes[i]!.node;
      c = zoneUnaware(n, this.m.design) ? (shardCopiesOf(n) ?? 0) : 0;
      this.unawareCopies.set(i, c);
    }
    return c;
  }

  /** The share of an unaware node's shards whose every copy is on a down node (none once restored from the backup). */
  private unawareLost(i: number): number {
    const c = this.unawareCopiesOf(i);
    if (!c || this.unawareRestored.has(i)) return 0;
    const list = this.insts.get(i);
    if (!list) return 0;
    let down = 0;
    for (const x of list) if (!x.alive) down++;
    // A rule by zone over fewer zones than copies keeps one copy a zone: a group is lost only with every zone.
    if (cephZonesShort(this.nodes[i]!.node)) return down >= list.length ? 1 : 0;
    return unawareLostShare(list.length, down, c);
  }

  /** Of a Ceph rule by zone over too few zones (cephZonesShort): the share of groups with a copy on a down host. */
  private shortZonesBelow(i: number): number {
    const s = this.nodes[i]!;
    const list = this.insts.get(i) ?? [];
    const by = new Map<string, { n: number; down: number }>();
    list.forEach((x, k) => {
      const z = s.zoneOf(k) ?? '';
      const e = by.get(z) ?? { n: 0, down: 0 };
      e.n++;
      if (!x.alive) e.down++;
      by.set(z, e);
    });
    let kept = 1;
    for (const e of by.values()) kept *= 1 - e.down / Math.max(1, e.n);
    return 1 - kept;
  }

  /** A Ceph pool's placement groups left below min_size (2 of 3 copies) on live hosts: their I/O stops (ceph-pool-defaults). */
  private unawareBelow(i: number): number {
    const c = this.unawareCopiesOf(i);
    if (!c) return 0;
    const list = this.insts.get(i);
    if (!list) return 0;
    let down = 0;
    for (const x of list) if (!x.alive) down++;
    if (cephZonesShort(this.nodes[i]!.node)) return this.shortZonesBelow(i);
    // Restored from the backup, the groups lost outright serve again; those still below min_size wait for their hosts.
    const lost = this.unawareRestored.has(i) ? unawareLostShare(list.length, down, c) : 0;
    return Math.max(0, unawareBelowShare(list.length, down, c, CEPH_POOL.minSize) - lost);
  }

  /** Shards of an unaware node lost with every copy: their documents since the last backup, until restored from it. */
  private loseUnawareShards(i: number, t: number): void {
    const key = `${i}:u`;
    if (this.lostData.has(key)) return;
    this.lostData.add(key);
    const s = this.nodes[i]!;
    const d = this.dur[i]!;
    const survive = this.backupsSurvive(i);
    const share = this.unawareLost(i);
    // A search index written by a queue's consumer (an indexer fed by a log): derived data, rebuilt by re-indexing
    // from the log or its source — the documents are missing until then, but no acknowledged write of record is lost.
    const derived = this.derivedIndex(i);
    // A live copy of the whole data set elsewhere (a standby cluster fed by XDCR, a DR replica): those documents are on it,
    // up to its lag behind — missing here, not lost (round 100 r01 counted them as every write ever made).
    const copy = derived ? null : this.copyHoldsData(i) ? this.freshestCopy(i) : null;
    if (copy !== null) {
      this.dataLoss.set(key, copy.lag);
      const by = this.nodes[copy.copy]!.name;
      this.emit(
        'data-lost',
        s.name,
        L(
          `About ${Math.round(share * 1000) / 10}% of ${s.name}'s shards had every copy on the nodes that are down: their documents are missing here, but ${by} holds them, up to ${formatDuration(copy.lag)} behind — restored from it (or served by it once promoted), not lost beyond that.`,
          `${s.name} 샤드의 약 ${Math.round(share * 1000) / 10}%는 사본이 모두 멈춘 노드에 있었습니다. 여기서는 그 문서가 빠지지만 ${josa(by, '이/가')} 최대 ${dk(copy.lag)} 늦게 가지고 있어, 거기서 복원하거나(또는 승격된 뒤 그쪽에서 처리) 그 이상은 잃지 않습니다.`,
        ),
      );
      return;
    }
    this.dataLoss.set(key, derived ? 0 : survive ? d.backup! : Infinity);
    this.emit(
      'data-lost',
      s.name,
      derived && this.rebuiltFrom(i) !== null
        ? L(
            `About ${Math.round(share * 1000) / 10}% of ${s.name}'s shards had every copy on the nodes that are down: their documents are missing until they are re-indexed from ${derived} (rebuilt-from=${derived}) — not writes of record lost.`,
            `${s.name} 샤드의 약 ${Math.round(share * 1000) / 10}%는 사본이 모두 멈춘 노드에 있었습니다. ${derived}에서 다시 색인할 때까지(rebuilt-from=${derived}) 그 문서가 빠지지만, 잃은 원본 쓰기는 아닙니다.`,
          )
        : derived
        ? L(
            `About ${Math.round(share * 1000) / 10}% of ${s.name}'s shards had every copy on the nodes that are down: their documents are missing until they are re-indexed — ${s.name} is written by ${derived}, a consumer of a queue, so they are derived from it and its source, not writes of record lost.`,
            `${s.name} 샤드의 약 ${Math.round(share * 1000) / 10}%는 사본이 모두 멈춘 노드에 있었습니다. 다시 색인할 때까지 그 문서가 빠지지만, ${josa(s.name, '은/는')} 큐의 컨슈머 ${josa(derived, '이/가')} 쓰는 인덱스라 큐와 그 원본에서 다시 만들 수 있으므로 잃은 원본 쓰기가 아닙니다.`,
          )
        : unawareLossMessage(s.name, share, survive ? d.backup : null, d.backup !== null, isCeph(s.node), shardCopiesOf(s.node) === 1),
    );
    if (SEARCH_ENGINES.has(engineOf(s.node)))
      this.emit(
        'detected',
        s.name,
        L(
          `Searches on ${s.name} go on: each is sent to a copy of every shard and answers from those left, with partial results (allow_partial_search_results is true by default) — about ${Math.round(share * 1000) / 10}% of the documents are missing from them; fetching or indexing a document of those shards fails.`,
          `${s.name}의 검색은 계속됩니다. 검색은 샤드마다 사본 하나로 보내지고 남은 샤드로 답하므로 부분 결과가 나갑니다(allow_partial_search_results 기본값 true). 결과에서 문서의 약 ${Math.round(share * 1000) / 10}%가 빠지고, 그 샤드의 문서를 가져오거나 색인하는 요청은 실패합니다.`,
        ),
      );
    if (!survive) return;
    // A cluster without its majority restores nothing: the restore waits until it has one again (looked at every 5 min).
    const tryRestore = (now: number): void => {
      if (!this.lostData.has(key) || this.unawareRestored.has(i)) return;
      // (Nor a data tier whose master tier elects no master: a restore changes the cluster state — round 52b r04.)
      if ((s.group !== null && this.groups.factor(i) <= 0) || this.noMaster(s)) {
        if (now + 300 < this.opt.horizon) this.at(now + 300, tryRestore);
        return;
      }
      this.unawareRestored.add(i);
      this.emit('restored-from-backup', s.name, unawareRestoredMessage(s.name, d.restore));
    };
    this.at(t + d.notice + d.restore, tryRestore);
  }

  /** A search data tier whose dedicated master tier has no elected master now (lost, or without its majority). */
  private noMaster(s: SimNode): boolean {
    const mt = s.masterTier;
    return mt >= 0 && (this.live[mt]! <= 0 || (this.nodes[mt]!.group !== null && this.groups.factor(mt) <= 0));
  }

  /** A search index some of whose writers consume a queue (the index derived from a log): that consumer's name, or null. */
  private derivedIndex(i: number): string | null {
    const s = this.nodes[i]!;
    // Written `rebuilt-from=` (an index or a copy rebuilt from another store): derived, whatever the product.
    const from = this.rebuiltFrom(i);
    if (from !== null) return from;
    if (!SEARCH_ENGINES.has(engineOf(s.node))) return null;
    const c = s.callers.find((k) => this.nodes[k]!.consumes.length > 0);
    if (c === undefined) return null;
    // (Re-indexing from the log brings back only what it still keeps: with its `retention=` written, the documents older
    // than that come back only from a backup that survives and is no older than the retention — else they are lost for
    // good; round 114 r02: the snapshots were in the lost zone and the log kept 3 days.)
    const backup = this.dur[i]!.backup;
    for (const q of this.nodes[c]!.consumes) {
      const R = retentionOf(this.nodes[q]!);
      if (R !== null && (backup === null || backup > R || !this.backupsSurvive(i))) return null;
    }
    return this.nodes[c]!.name;
  }

  /** The primaries that wait for one of several standbys, `i` among them (syncWaitAny). */
  private syncAnyOf(i: number): number[] {
    const out: number[] = [];
    for (const p of this.nodes) if (p.syncWaitAny.length && p.syncWaitAny.includes(i)) out.push(p.idx);
    return out;
  }

  /**
   * The log a database written only by its consumers can be replayed from (every caller consumes a Kafka-like log and is
   * called by nothing else, the log keeps its messages — `retention=` — at least `age`, and it is up); else null.
   */
  private replayLog(i: number, age: number): { name: string; retention: number } | null {
    return replayableFrom(this.m, i, age, (q) => this.live[q.idx]! > 0);
  }

  /** The store a node is written to be rebuilt from (`rebuilt-from=`), when the design has it; else null. */
  private rebuiltFrom(i: number): string | null {
    const from = textAttr(this.nodes[i]!.node, 'rebuilt-from');
    const j = from !== null ? this.m.byName.get(from) : undefined;
    if (j === undefined) return null;
    // (A source lost with every place it runs in — a Kafka log kept only in the lost region — rebuilds nothing: the index
    // is lost as any store with no copy; round 102 r01 said "rebuilt from kafka" for a region that took both.)
    // (Unless a copy of the source outside holds its data — a standby promoted in the other zone: rebuilt from it, round
    // 104c r02.)
    // (Nor when the source's backups survive outside — a database backed up to the other region: restored from them, it
    // rebuilds the index, and the loss is the source's own; round 115b r04 counted the index without bound.)
    if (this.live[j]! === 0 && this.everyPlaceLost(j) && !this.copyHoldsData(j) && !this.backupAge(j).survive) return null;
    return from;
  }

  private shardUp(i: number, k: number): boolean {
    return this.shardAlive(i, k) || this.shardActingUp(i, k);
  }

  /** Whether node c has a live instance in shard k (its instances as the simulation placed them). */
  private shardAlive(c: number, k: number): boolean {
    const list = this.instOf(c);
    const S = this.cap[c]!.shards;
    return list.some((x, j) => x.alive && shardOf(j, list.length, S) === k);
  }

  /** Shards of a sharded node served by its standby's copy of the shard after a promotion: key `i:k` → the standby. */
  private readonly shardActing = new Map<string, number>();
  /** Shard promotions under way: key `i:k`. */
  private readonly shardPending = new Set<string>();
  /** Shards a person promotes by hand, their one failover manager down: key `i:k`. */
  private readonly shardByHand = new Set<string>();
  /** Shards whose promotion waited for its coordinator's vote: key `i:k` → when the shard was lost. */
  private readonly shardLostAt = new Map<string, number>();

  /** Whether shard k of node i is served by its standby's promoted copy, which is alive. */
  private shardActingUp(i: number, k: number): boolean {
    const c = this.shardActing.get(`${i}:${k}`);
    return c !== undefined && this.shardAlive(c, k);
  }

  /**
   * A sharded node whose standby node has the same shards (a standby per shard, orchestrator or MHA on each): when a
   * shard loses every instance, that shard's standby is promoted after the takeover's detection and promotion, losing
   * its lag — the data is not lost. Whether it is taken over (or being taken over) now; schedules the promotion once.
   */
  private shardTakenOver(i: number, k: number, t: number): boolean {
    const key = `${i}:${k}`;
    if (this.shardActing.has(key) || this.shardPending.has(key)) return true;
    const s = this.nodes[i]!;
    const S = this.cap[i]!.shards;
    // (Only while what decides it can: its coordinator up with its majority, its witness's vote — round 62b r02: a per-shard
    // standby was promoted with its one VTOrc lost in the same zone.)
    const holds = (x: Takeover): boolean => !x.peer && this.cap[x.by]!.shards === S && this.shardAlive(x.by, k);
    let tk = pickTakeover(s, (x) => holds(x) && this.groups.coordinatorOk(x));
    // (A shard's automatic takeover that its lost failover manager — one process, an MHA manager — alone decides: a person
    // promotes the shard's copy by hand once the loss is noticed, as for a standby of no shards — unless the manager is back
    // first and promotes it itself; round 98c r06.)
    let hand = false;
    if (!tk) {
      if (this.shardByHand.has(key)) return true;
      const byOne = pickTakeover(s, (x) => holds(x) && !x.manual && x.coordinator >= 0 && (this.nodes[x.coordinator]!.ignored || this.nodes[x.coordinator]!.group === null) && this.groups.coordinatorOk({ ...x, manual: true, coordinator: -1 }));
      if (byOne) {
        this.sayVoteMissing(s);
        tk = this.byHand({ ...byOne, coordinator: -1 }, s);
        hand = true;
        this.shardByHand.add(key);
        if (!this.shardLostAt.has(key)) this.shardLostAt.set(key, t);
      }
    }
    if (!tk) {
      const blocked = pickTakeover(s, holds);
      if (!blocked) return false;
      // Its copy lives on, unpromoted: not lost — the shard waits (said once), and is taken over once the vote is back.
      if (!this.shardLostAt.has(key)) this.shardLostAt.set(key, t);
      this.sayVoteMissing(s);
      return true;
    }
    if (!hand) this.shardPending.add(key);
    const by = this.nodes[tk.by]!.name;
    // (From the shard's loss: a promotion that waited for its coordinator says the whole wait.)
    const lostAt = this.shardLostAt.get(key) ?? t;
    this.at(t + tk.detect + tk.promote, (now) => {
      // (A person's promotion finds the manager's own done or under way: nothing more to do.)
      if (hand && (!this.shardByHand.delete(key) || this.shardActing.has(key) || this.shardPending.has(key))) return;
      if (!hand) this.shardByHand.delete(key);
      this.shardPending.delete(key);
      // (The shard's own instance back first — repaired while the promotion waited: nothing to promote.)
      if (this.shardAlive(i, k)) this.shardLostAt.delete(key);
      if (!this.shardAlive(tk.by, k) || !this.groups.coordinatorOk(tk) || this.shardAlive(i, k)) return;
      this.shardActing.set(key, tk.by);
      this.shardLostAt.delete(key);
      this.emit(
        'promoted',
        by,
        L(`${by}'s copy of shard ${k + 1}/${S} of ${s.name} is promoted and serves that shard (${d(now - lostAt)} after the loss).`, `${by}에 있는 ${s.name}의 샤드 ${k + 1}/${S} 사본이 승격되어 그 샤드를 처리합니다(장애 ${dk(now - lostAt)} 뒤).`),
      );
      if (tk.lag > 0) this.loseWrites(tk.lag, by, i);
    });
    return true;
  }


  /**
   * What restoring node i's data from its backups would lose now: whether any backup survives what is down, whether it is
   * the copy of the backups in another region (geo), and its age (Infinity when none survives).
   */
  private backupAge(i: number): { survive: boolean; geo: boolean; amount: number } {
    const d = this.dur[i]!;
    // Backups on a node lost too, which is itself backed up elsewhere (a NAS copied off-site): the older copy bounds it.
    // The product's own backups in the node's region, beside a longer copy written to another: restored from while the region stands.
    const local = d.localBackup !== null && !this.regionLost(i);
    const direct = local || this.backupsSurvive(i);
    const chain = direct ? 0 : this.chainedBackupAge(i, 0);
    // Backups on a node of the design that is down on its own — not lost with its zone or region — are still on its disks
    // (a NAS's controller replaced, its array kept): the restore waits until it serves them again (restore()), and the
    // loss runs back to the last backup it took before it went (backupGap). A copy of them elsewhere serving now is used
    // instead (chain). Read as lost, the database's loss during the NAS's outage was unbounded while one a minute after the
    // NAS came back restored from the same backups.
    const waits = !direct && chain === null && this.backupTargetOut(i);
    const survive = direct || chain !== null || waits;
    // The region lost with the node: a restore from the copy of the backups elsewhere, which trails by more.
    const geo = direct && !local && d.geoBackup !== null && this.regionLost(i);
    // (Backups to a target that was down — a NAS lost and not yet back for a whole interval — were not taken: the last one
    // is older by that outage.)
    const amount = local ? d.localBackup! : survive ? (geo ? Math.max(d.backup!, d.geoBackup!) : d.backup! + (chain ?? 0) + ((direct || waits) && !local ? this.backupGap(i) : 0)) : Infinity;
    return { survive, geo, amount };
  }

  /** Whether node i's backups are on a node of the design that is down now, but not with a zone or region lost (backupAge). */
  private backupTargetOut(i: number): boolean {
    const d = this.dur[i]!;
    const to = d.backupTo;
    // (Not backups kept on the node itself: they go with it.)
    if (d.backup === null || !to || 'zone' in to || 'region' in to || to.node === i) return false;
    return this.prov[to.node]! < 0 && !this.everyPlaceLost(to.node) && !this.regionLost(to.node);
  }

  /**
   * Whether a fully-down data node's own data is gone with it (the data-loss checks of checkData): not replicated within its
   * region, not on mirrored disks its place keeps, not on disks that outlive the server.
   */
  private ownDataGone(i: number): boolean {
    const dur = this.dur[i]!;
    if (dur.replicated && !this.regionLost(i)) return false;
    if (dur.mirrored && !this.regionLost(i) && !(this.insts.get(i) ?? []).some((x) => !x.alive && x.hostLost)) return false;
    return !this.disksOutlive(i);
  }

  /**
   * Whether node i's backups are on a node of the design that cannot serve them now (down, or without its quorum) with no
   * copy of them elsewhere: the restore waits until it serves again (said once).
   */
  private restoreHeld(i: number, label: string, say = true): boolean {
    const to = this.dur[i]!.backupTo;
    if (!to || 'zone' in to || 'region' in to) return false;
    const p = this.prov[to.node]!;
    if (!((p < 0 || this.live[p]! <= 0 || this.groups.factor(p) <= EPS) && this.chainedBackupAge(i, 0) === null)) return false;
    if (say && !this.restoreWaits.has(i)) {
      this.restoreWaits.add(i);
      const where = this.nodes[to.node]!.name;
      this.emit(
        'restore-blocked',
        label,
        L(
          `${label}'s backups are on ${where}, which cannot serve them now: the restore waits until ${where} serves again.`,
          `${label}의 백업은 ${where}에 있는데 지금은 ${josa(where, '이/가')} 백업을 내줄 수 없습니다. ${josa(where, '이/가')} 다시 동작할 때까지 복원을 기다립니다.`,
        ),
      );
    }
    return true;
  }

  /**
   * Someone knows node i's data is lost: the restore starts now and takes its `restore` time — once the node holding the
   * backups serves them (a NAS out on its own: the restore cannot start before it is back; looked at every minute).
   */
  private startRestore(i: number, shard: number | null, now: number, label: string, settled = false, source?: number): void {
    if (!this.awaitingRestore.has(i)) return;
    // (An index rebuilt from a source that does not serve yet — restored from its own backups — waits for it.)
    const sourceOut = source !== undefined && (this.prov[source]! < 0 || this.awaitingRestore.has(source));
    if (sourceOut && settled && !this.restoreWaits.has(i)) {
      this.restoreWaits.add(i);
      const from = this.nodes[source]!.name;
      this.emit(
        'restore-blocked',
        label,
        L(`${label} is rebuilt from ${from} once ${from} serves again.`, `${josa(label, '은/는')} ${josa(from, '이/가')} 다시 동작하면 그것에서 다시 만듭니다.`),
      );
    }
    if (sourceOut || this.restoreHeld(i, label, settled)) {
      // (Looked at again once the moment has settled: the holder repaired at this very moment serves after it.)
      const again = (): void => void this.afterSettle.push((same) => this.startRestore(i, shard, same, label, true, source));
      if (!settled) again();
      else this.at(now + 60, again);
      return;
    }
    this.at(now + this.dur[i]!.restore, (later) => this.restore(i, shard, later, label));
  }

  /** The lost data is restored from its backup (where the backups are kept) and the node serves again. */
  private restore(i: number, shard: number | null, now: number, label: string): void {
    this.awaitingRestore.delete(i);
    const s = this.nodes[i]!;
    // Backups kept on a node of the design (`backup-to=minio`) that cannot serve now (down, or without its quorum): they
    // are there, but not readable until it serves again — the restore waits (looked at every 5 min).
    if (this.restoreHeld(i, label)) {
      this.awaitingRestore.add(i);
      this.at(now + 300, (later) => this.restore(i, shard, later, label));
      return;
    }
    // A self-run node whose backup survives, but every place the design has is down: it names nowhere to rebuild the
    // node (its data comes back with its place, recoverTarget). A provider restores into a zone of its own.
    const zones = this.m.zonesUsed;
    const regions = this.m.regionsUsed;
    const zonesGone = zones.length > 0 && zones.every((z) => this.zoneDown.has(z) || this.regionDown.has(this.nodes[i]!.regionOf(z) ?? '\u0000'));
    const regionsGone = regions.length > 0 && regions.every((r) => this.regionDown.has(r));
    if (!s.managed && (zonesGone || regionsGone)) {
      const where = regionsGone ? regions : zones;
      const en = where.map((x) => `\`${x}\``).join(', ');
      this.emit(
        'restore-blocked',
        label,
        L(
          `${label}'s backup is safe, but the design has nowhere up to restore it to: every ${regionsGone ? 'region' : 'zone'} of it (${en}) is down. It serves again when its place is back (or once rebuilt at a site the design does not name).`,
          `${label}의 백업은 남아 있지만 복원할 곳이 없습니다. 이 설계의 모든 ${regionsGone ? '리전' : '존'}(${en})이 멈춰 있습니다. 그 장소가 돌아오면(또는 설계에 없는 다른 곳에 다시 세우면) 다시 동작합니다.`,
        ),
      );
      return;
    }
    const list = this.instOf(i);
    const S = this.cap[i]!.shards;
    let back = false;
    list.forEach((x, k) => {
      if (x.alive || (shard !== null && shardOf(k, list.length, S) !== shard)) return;
      x.nodeDown = false;
      x.restored = true;
      this.refresh(s, k, now, false);
      back = back || x.alive;
    });
    if (!back) return;
    this.repairs.push(now);
    const source = this.rebuiltFrom(i);
    this.emit(
      'restored-from-backup',
      label,
      source !== null
        ? L(`${label} is rebuilt from ${source} and serves again (restore ${d(this.dur[i]!.restore)}).`, `${josa(label, '이/가')} ${source}에서 다시 만들어져 다시 동작합니다(복원 ${dk(this.dur[i]!.restore)}).`)
        : restoredMessage(label, this.dur[i]!.restore),
    );
  }

  /** Nodes whose manual failover a person skips to wait for their repair (said once). */
  private readonly waitsForRepair = new Set<number>();
  /** Data nodes a person restores from their backups rather than promote a copy that trails them (startTakeovers). */
  private readonly restoreRather = new Set<number>();

  /** Data nodes whose restore waits for the node holding their backups (said once). */
  private readonly restoreWaits = new Set<number>();

  /** Whether alternative a would serve once its dormant nodes wake (for health checks: a dormant tier is standing by). */
  /** Whether the design has a standby that serves nothing until promoted (what parks a warm site). */
  private get hasWaiting(): boolean {
    return (this.waitingCache ??= this.nodes.some((x) => this.waitingStandby(x.idx)) ? 1 : 0) === 1;
  }
  private waitingCache: number | undefined;

  /**
   * A balancer's target that serves nothing until a standby behind it is promoted (a warm site behind Global Accelerator,
   * its database a standby): out of rotation while another target of the pool is in rotation — a warm standby site takes
   * traffic once the active one is out (its traffic dial, a failover policy), not half of it at rest (round 75 r01: 50 %
   * failed with nothing failed). The estimate leaves such alternatives out too (round 70b r02).
   */
  private parked(s: SimNode, a: number, pool: readonly number[], t: number): boolean {
    if (!this.hasWaiting || pool.length < 2 || s.back.has(a) || !this.idleSite(a)) return false;
    return pool.some((o) => {
      if (o === a || s.back.has(o)) return false;
      const q = this.prov[o]!;
      if (q < 0 || this.idleSite(o)) return false;
      return this.live[q]! > 0 || this.undetected(s, o, t) > 0;
    });
  }

  /** A target that serves nothing now but stands by (its requests wait for a standby's promotion behind it). */
  private idleSite(a: number): boolean {
    const p = this.prov[a]!;
    return p >= 0 && !(this.inner[p]! > EPS) && this.standingBy(a, 0);
  }

  /** Whether another target of record s than `a` serves now, or stands by for a promotion under way (a pending takeover it needs). */
  private otherCanServe(s: SimNode, a: number, alt: ArrayLike<number>, strict = false): boolean {
    return s.callees.some((j, k) => {
      if (j === a) return false;
      if (alt[k]! > EPS) return true;
      if (!this.standingBy(j, 0)) return false;
      const reach = calleeClosure(this.m, j);
      for (const p of this.pending.values()) if (reach.has(p.takeover.by)) return true;
      // (Or the node such a standby stands for is down now: its takeover is about to start.)
      // (Not one a person restores from its fresher backups rather than promote the copy: restoreRather.)
      // (Once someone knows — `strict` — only a promotion actually under way counts: a copy nobody promotes, a disk waited
      // for, is none; round 104c r03 moved the users to a DR site whose database and array copy stayed standbys.)
      if (!strict) for (const x of this.nodes) if (x.takeovers.length && this.live[x.idx]! <= 0 && !this.restoreRather.has(x.idx) && x.takeovers.some((tk) => reach.has(tk.by))) return true;
      return false;
    });
  }

  /** Whether something a target needs is down and coming back by itself: a provider's failover, or an automatic takeover under way. */
  private healingBehind(a: number): boolean {
    for (const x of calleeClosure(this.m, a)) {
      if (this.prov[x]! >= 0) continue;
      const s = this.nodes[x]!;
      const p = this.pending.get(x);
      if ((s.managed && s.restoreBy === 'failover') || (p !== undefined && !p.takeover.manual)) return true;
    }
    return false;
  }

  private standingBy(a: number, depth: number): boolean {
    if (depth > 16) return false;
    if (this.cap[a]!.dormant && this.live[a]! <= 0) return true;
    const p = this.prov[a]!;
    if (p < 0) return false;
    if (p === a && this.live[a]! > 0 && this.idleStandby(a)) return true;
    const s = this.nodes[p]!;
    // (A target the balancer has not put back in rotation yet — passing its `rise` checks after coming back — serves nothing
    // through it: a DNS check of the balancer fails until then, as a GSLB marks a virtual server down while its pool is.)
    if (s.or === 'lb')
      return s.callees.some((c) => {
        const pc = this.prov[c]!;
        if (pc >= 0 && this.live[pc]! > 0 && !this.idleStandby(pc)) return this.poolWeight(s, pc, this.now, true) > 0 && (this.inner[pc]! > EPS || this.standingBy(c, depth + 1));
        return this.standingBy(c, depth + 1);
      });
    if (s.or !== null) return false;
    // A group that serves nothing of its own (a MinIO pool or a replica set without its quorum) is broken, not standing
    // by: a deep DNS check fails for the site behind it as for one whose store is down (round 44b r06).
    if (this.groups.factor(p) <= EPS) return false;
    return s.callees.every((c) => s.back.has(c) || (this.prov[c]! >= 0 && this.inner[this.prov[c]!]! > EPS) || this.standingBy(c, depth + 1));
  }

  /** When a person first knows of a failure in this run: the earliest lost instance's time plus its node's notice. */
  private firstAware(): number {
    let at = Infinity;
    for (const s of this.nodes) {
      if (s.client || s.ignored) continue;
      let lost = Infinity;
      for (const x of this.instOf(s.idx)) if (!x.alive && x.failedAt >= 0) lost = Math.min(lost, x.failedAt);
      if (lost < Infinity) at = Math.min(at, lost + this.noticeNow(s.idx));
    }
    return at;
  }

  /** Dormant nodes asked to serve (traffic routed to them) start scaling out from zero (pilot light). */
  private wakeDormant(t: number): void {
    if (!this.dormant.length) return;
    const pendingWake = this.dormant.filter((d) => this.live[d]! <= 0 && !this.waking.has(d));
    if (!pendingWake.length) return;
    const asked = new Uint8Array(this.n);
    const stack: number[] = [];
    for (const e of this.m.entries) {
      asked[e] = 1;
      stack.push(e);
    }
    while (stack.length) {
      const x = stack.pop()!;
      const s = this.nodes[x]!;
      if (!s.client && this.prov[x]! !== x) continue;
      let next: number[] = s.callees;
      if (s.or === 'dns-failover' || s.or === 'dns-spread') {
        const w = this.dnsWeights(s, t);
        next = s.callees.filter((_, k) => w[k]! > 0);
      } else if (s.lbDetect !== null && s.callees.length > 1 && s.callees.some((c) => this.prov[c]! >= 0 && this.live[this.prov[c]!]! > 0)) {
        // A checking balancer sends nothing to a pool member with no instance running while another has some (a
        // backend scaled to zero has no healthy endpoint): it does not wake it (round 41: a standby region's tier
        // scaled to zero inside a global balancer's pool was woken with nothing failed).
        next = s.callees.filter((c) => !(this.cap[c]!.dormant && this.live[c]! <= 0));
      }
      for (const c of next) {
        if (asked[c]) continue;
        asked[c] = 1;
        stack.push(c);
      }
    }
    for (const d of pendingWake) {
      if (!asked[d]) continue;
      this.waking.add(d);
      const s = this.nodes[d]!;
      const delay = this.cap[d]!.autoscaleDelay;
      // Nothing written that scales it from zero on the traffic itself (wakesItself): a person does, once the failing
      // requests are noticed — its monitor, or the users' report (round 119 r02).
      // (Someone who already knows of the failure that sent the traffic here — its monitor paged them, they switched the
      // record or promoted a copy by hand — scales it out as the traffic arrives: round 120c r03 waited another 15 min.)
      const own = this.noticeNow(d);
      const aware = Math.max(0, this.firstAware() - t);
      const notice = wakesItself(s.node) ? 0 : Math.min(own, aware);
      const how = aware < own ? 'outage' : this.dur[d]!.watched && own < DEFAULTS.unnoticed ? 'monitor' : 'users';
      this.emit('scaling-from-zero', s.name, wakeMessage(s.name, delay, false, 0, wakesItself(s.node) ? null : { notice, how }));
      this.at(t + notice + delay, (now) => {
        const count = Math.max(1, s.autoscale ? s.autoscale.max : 1);
        const list = this.instOf(d);
        const zones = s.node.zones.filter((z) => !this.zoneDown.has(z));
        for (let k = 0; k < count; k++) {
          const zone = zones.length ? zones[k % zones.length]! : null;
          const region = s.regionOf(zone);
          if (region !== null && this.regionDown.has(region)) continue;
          list.push({ nodeDown: false, hostLost: false, alive: true, failedAt: -1, zone, region });
          this.live[d]!++;
        }
        this.emit('scaled', s.name, wakeMessage(s.name, delay, true, this.live[d]!));
        void now;
      });
    }
  }

  /** Whether database i has lost a disk that fails it over (failoverDisks) and nothing acts for it yet. */
  private disksGone(i: number): boolean {
    const ds = diskListsOf(this.m)[i]!;
    if (!ds.length || this.acting.has(i)) return false;
    for (const d of ds) if (this.failoverCalleeDown(d)) return true;
    return false;
  }

  /** A disk a database fails over on is down, or a voting group it needs has lost its majority (failoverDisks). */
  private failoverCalleeDown(d: number): boolean {
    return this.prov[d]! < 0 || (this.nodes[d]!.kind === 'consensus' && this.groups.factor(d) <= 0);
  }

  /** Whether node k keeps its data on a storage node that is down (a standby on the primary's shared disk). */
  private onDeadDisk(k: number): boolean {
    return this.nodes[k]!.callees.some((c) => this.nodes[c]!.kind === 'storage' && this.prov[c]! < 0);
  }

  /** Takeovers: a fully-down node with a live standby starts a failover (detection, then promotion); so does a database whose disk is lost. */
  private startTakeovers(t: number): void {
    const nodes = this.nodes;
    const fresh: { x: number; s: SimNode; tk: Takeover; pend: Pending; disk: string | null }[] = [];
    for (const i of this.withTakeovers) {
      const s = nodes[i]!;
      if (!s.takeovers.length) continue;
      const x = s.idx;
      const p = this.pending.get(x);
      // A database whose disk is lost is down for its failover manager too, though its server runs.
      const gone = this.prov[x]! >= 0 && this.disksGone(x);
      if (this.prov[x]! >= 0 && !gone) {
        if (p && this.live[x]! > 0) {
          this.pending.delete(x);
          // (Said with what the promotion would have cost had it stayed lost — a copy trailing it loses its lag: the estimate
          // judges a node's loss that way, rounds 83 r08, 89 r01.)
          const lag = s.dataKind && p.takeover.lag > 0 ? p.takeover.lag : 0;
          this.emit(
            'failover-cancelled',
            s.name,
            lag > 0
              ? L(
                  `${s.name} is back before the failover completes; it keeps its role, with its data. Had it stayed lost, promoting ${this.nodes[p.takeover.by]!.name} would have lost up to ${d(lag)} of writes (its lag) — the goal findings judge a lost node that way.`,
                  `페일오버가 끝나기 전에 ${josa(s.name, '이/가')} 데이터를 가진 채 복구되어 역할을 유지합니다. 계속 잃은 상태였다면 ${josa(this.nodes[p.takeover.by]!.name, '을/를')} 승격하면서 최대 ${dk(lag)}의 쓰기(복제 지연)를 잃었을 것이며, 목표 판정은 잃은 노드를 그렇게 봅니다.`,
                )
              : L(`${s.name} is back before the failover completes; it keeps its role.`, `페일오버가 끝나기 전에 ${josa(s.name, '이/가')} 복구되어 역할을 유지합니다.`),
          );
        }
        continue;
      }
      if (p) continue;
      // Its data lost with every copy, it waits for its restore: a copy rebuilt meanwhile is empty and takes nothing over.
      if (this.awaitingRestore.has(x) && this.live[x]! <= 0) continue;
      // So does one lost with every copy and no backup: a copy rebuilt after that has nothing to be copied from — it is
      // empty, and promoting it keeps no write (round 73 r02: "has every acknowledged write" beside an unbounded loss).
      if (this.live[x]! <= 0 && this.dataLoss.get(`${x}`) === Infinity) continue;
      // The fastest live standby (or peer) takes over.
      let tk = pickTakeover(s, (k) => this.live[k.by]! > 0 && this.prov[k.by]! === k.by && this.groups.coordinatorOk(k) && this.groups.peersOk(s) && !this.onDeadDisk(k.by) && !this.farStorageIdle(s, k.by));
      if (!tk || tk.manual) {
        // An automatic takeover that only its lost witness's vote blocks: someone notices and promotes by hand (forcing
        // quorum on a Windows cluster; a manual Data Guard failover without the observer; Db2's TAKEOVER HADR BY FORCE),
        // as for a manual standby — and a person promoting by hand takes the freshest copy: the blocked synchronous
        // standby before a far asynchronous one.
        // (So does one that its lost failover manager — one process, an MHA manager, not a quorum group — alone decides: a
        // person runs the switch by hand from another host; round 78b r01, "never" beside the finding's own "or a person".)
        // (And, when a person is promoting some copy by hand anyway, one whose coordinating group has lost its majority — a
        // Patroni standby with its etcd gone: the person forces the freshest, synchronous one rather than a far asynchronous
        // copy; round 104c r04.)
        const manualAnyway = tk !== undefined && tk.manual;
        const managerDown = (k: Takeover): boolean => k.coordinator >= 0 && (nodes[k.coordinator]!.ignored || nodes[k.coordinator]!.group === null || manualAnyway) && !this.groups.coordinatorOk(k);
        const blocked = pickTakeover(s, (k) => !k.manual && (k.witness >= 0 || managerDown(k)) && this.live[k.by]! > 0 && this.prov[k.by]! === k.by && this.groups.coordinatorOk({ ...k, manual: true, coordinator: managerDown(k) ? -1 : k.coordinator }) && this.groups.peersOk(s) && !this.onDeadDisk(k.by));
        if (!tk) this.sayVoteMissing(s);
        if (blocked && (!tk || blocked.rank < tk.rank)) {
          if (tk) this.sayVoteMissing(s);
          tk = this.byHand(blocked, s);
        }
        if (!tk) continue;
      }
      // Fencing through the lost node's own management board (IPMI, iLO, iDRAC): lost with its place (power), the board is
      // gone too, the fence cannot succeed, and Pacemaker starts nothing elsewhere until a person acknowledges the node is
      // off (round 62 r08; Red Hat, "Configuring fencing levels": a second device for when the first cannot fence).
      if (!tk.manual && !tk.peer && [s.node, nodes[tk.by]!.node].some(bmcFenced) && (this.insts.get(x) ?? []).some((y) => !y.alive && y.hostLost)) {
        if (!this.voteMissing.has(x)) {
          this.voteMissing.add(x);
          const by = nodes[tk.by]!.name;
          this.emit(
            'failover-blocked',
            by,
            L(
              `${by} cannot take over from ${s.name} by itself: ${s.name} is fenced through its own management board (IPMI), which lost power with it, so the fence fails and the cluster starts nothing until a person confirms ${s.name} is off (then it is promoted by hand). A second fence device outside the place (a switched PDU, a fencing level) avoids the wait.`,
              `${josa(by, '은/는')} ${josa(s.name, '을/를')} 스스로 넘겨받지 못합니다: ${s.name}의 펜싱은 자체 관리 보드(IPMI)로 하는데, 보드도 함께 전원을 잃어 펜싱이 실패하고, 클러스터는 사람이 ${josa(s.name, '이/가')} 꺼졌음을 확인할 때까지 아무것도 올리지 않습니다(그 뒤 손으로 승격). 그곳 밖의 두 번째 펜싱 장치(원격 제어 PDU, 펜싱 레벨)가 있으면 기다리지 않습니다.`,
            ),
          );
        }
        const promote = failoverTimingsOf(nodes[tk.by]!.node, s.node).manualPromote;
        tk = { ...tk, manual: true, detect: Math.max(tk.detect, this.dur[x]!.notice), promote: promote.value, promoteGeneric: promote.attr === null && promote.status === 'generic' };
      }
      // Pgpool-II promotes the standby through its failover_command, and with failover_when_quorum_exists (on by default) a
      // watchdog without its quorum fails no backend over: the primary is quarantined, and a person promotes by hand once the
      // loss is noticed (round 94 r03: the run promoted at 50 s beside the watchdog that had lost its quorum).
      const pool = !tk.manual && !tk.peer ? s.callers.map((c) => nodes[c]!).find((c) => c.vipQuorum && this.live[c.idx]! < majorityOf(this.instOf(c.idx).length)) : undefined;
      if (pool) {
        if (!this.voteMissing.has(x)) {
          this.voteMissing.add(x);
          const by = nodes[tk.by]!.name;
          this.emit(
            'failover-blocked',
            by,
            L(
              `${pool.name} does not promote ${by}: its watchdog has ${this.live[pool.idx]} of ${this.instOf(pool.idx).length} nodes, no quorum, and with failover_when_quorum_exists (on by default) Pgpool-II fails no backend over without one — ${s.name} is quarantined. A person promotes ${by} by hand once the loss is noticed.`,
              `${josa(pool.name, '은/는')} ${josa(by, '을/를')} 승격하지 않습니다. watchdog 노드가 ${this.instOf(pool.idx).length}개 중 ${this.live[pool.idx]}개뿐이라 쿼럼이 없고, failover_when_quorum_exists(기본값 on)인 Pgpool-II는 쿼럼 없이 백엔드를 페일오버하지 않습니다. ${josa(s.name, '은/는')} 격리(quarantine)되고, 장애를 알아챈 사람이 ${josa(by, '을/를')} 손으로 승격합니다.`,
            ),
          );
        }
        const promote = failoverTimingsOf(nodes[tk.by]!.node, s.node).manualPromote;
        tk = { ...tk, manual: true, detect: Math.max(tk.detect, this.dur[x]!.notice), promote: promote.value, promoteGeneric: promote.attr === null && promote.status === 'generic' };
      }
      // A CloudNativePG primary lost with its node: nobody runs its readiness probe; its pod turns unready only when the node
      // is NotReady (node-monitor-grace-period), and only then does the operator promote (round 81b r04).
      if (!tk.manual && !tk.peer && [s, nodes[tk.by]!].some((n) => n.timings.profile.id === 'cloudnative-pg') && (this.insts.get(x) ?? []).some((y) => !y.alive && y.hostLost) && K8S_NODE.gracePeriod.v > tk.detect)
        tk = {
          ...tk,
          detect: K8S_NODE.gracePeriod.v,
          how: L(`its node is NotReady after node-monitor-grace-period ${d(K8S_NODE.gracePeriod.v)}, and only then is its pod unready`, `노드가 node-monitor-grace-period ${dk(K8S_NODE.gracePeriod.v)} 뒤 NotReady가 되어야 파드가 준비 안 됨 상태가 됨`),
        };
      // A person promotes once someone knows: with every monitor of the design lost too (its zone or region), users report it.
      // (Or when the monitors that watch it are lost, failed on their own: what the monitors still up notice — round 98c r05.)
      if (tk.manual && this.dur[x]!.watched) {
        const notice = this.noticeNow(x);
        // (Said so also when a takeover done by hand took that time already — a blocked coordinator's: round 109b r07 read
        // "the monitor notices" with the only monitor lost.)
        if (notice >= DEFAULTS.unnoticed && notice > this.dur[x]!.notice) this.blindNotice.add(x);
        if (notice > tk.detect) tk = { ...tk, detect: notice };
      }
      // A person weighing a stale copy against the repair: a node whose data stays on its disks (a storage array lost
      // alone, a database whose disks outlive its server), repaired within the goal's rto, while promoting the copy would
      // lose more than its rpo allows — the runbook waits for the repair, which loses nothing (round 35).
      const goal = this.m.design.goal;
      if (
        tk.manual && !tk.peer && tk.lag > 0 && goal && goal.rpo !== null && tk.lag > goal.rpo &&
        s.restoreBy === 'repair' && (goal.rto === null || s.restore <= goal.rto) && !gone && !this.everyPlaceLost(x) &&
        (s.kind === 'storage' || this.disksOutlive(x))
      ) {
        if (!this.waitsForRepair.has(x)) {
          this.waitsForRepair.add(x);
          const by = nodes[tk.by]!.name;
          this.emit(
            'detected',
            s.name,
            L(
              `${s.name}'s data stays on its disks: a person waits for its repair (back ${d(s.restore)} after the loss${goal.rto !== null ? `, within rto=${d(goal.rto)}` : ''}) rather than promoting ${by}, which would lose up to ${d(tk.lag)} of writes (more than rpo=${d(goal.rpo)} allows).`,
              `${s.name}의 데이터는 디스크에 남아 있습니다. 담당자는 ${josa(by, '을/를')} 승격하지 않고(최대 ${dk(tk.lag)} 분량의 쓰기를 잃어 RPO ${josa(dk(goal.rpo), '을/를')} 넘습니다) 수리를 기다립니다(장애 뒤 ${dk(s.restore)}에 복구${goal.rto !== null ? `, RTO ${dk(goal.rto)} 안` : ''}).`,
            ),
          );
        }
        continue;
      }
      // A person weighing a stale copy against the backups: the node's data is gone with it, and its backups, which survive,
      // are fresher than the copy a person would promote (a NAS's daily backup on another array beside a weekly copy to
      // object storage) — the runbook restores the backups, which lose less (failure-model.md §3, freshest copy first;
      // round 98 r02: the 7-day copy was promoted over the 1-day backup).
      if (tk.manual && !tk.peer && tk.lag > 0 && s.dataKind && this.prov[x]! < 0 && this.rebuiltFrom(x) === null && this.ownDataGone(x)) {
        const b = this.backupAge(x);
        if (b.survive && b.amount < tk.lag) {
          if (!this.restoreRather.has(x)) {
            this.restoreRather.add(x);
            const by = nodes[tk.by]!.name;
            this.emit(
              'detected',
              s.name,
              L(
                `${s.name}'s data is lost with it: a person restores it from its backups (up to ${d(b.amount)} of writes lost) rather than promoting ${by}, which trails by up to ${d(tk.lag)}.`,
                `${s.name}의 데이터를 함께 잃었습니다. 담당자는 최대 ${dk(tk.lag)} 뒤처진 ${josa(by, '을/를')} 승격하지 않고 백업에서 복원합니다(최대 ${dk(b.amount)} 분량의 쓰기 손실).`,
              ),
            );
          }
          continue;
        }
      }
      // A manager that refuses a second automatic failover soon after the first (MHA's last_failover_minute, 8 h, after
      // which its manager has exited anyway; orchestrator's RecoveryPeriodBlockSeconds, 1 h): the second loss waits for a
      // person (round 78 r03: MHA promoted again 30 s after a second master loss).
      if (!tk.manual && !tk.peer) {
        // (The standby's manager, else its primary's.)
        const owner = nodes[tk.by]!.timings.profile.values.rearm ? nodes[tk.by]! : s;
        const rearm = owner.timings.profile.values.rearm?.v ?? 0;
        const last = this.autoFailedOver.get(x);
        if (rearm > 0 && last !== undefined && t - last < rearm) {
          const product = owner.timings.profile.id === 'mha';
          this.emit(
            'failover-blocked',
            s.name,
            product
              ? L(
                  `${nodes[tk.by]!.name} is not promoted automatically: MHA's manager exited after the failover ${d(t - last)} ago and, restarted, refuses another within last_failover_minute (${d(rearm)}); a person promotes it once the loss is noticed.`,
                  `${nodes[tk.by]!.name} 노드는 자동으로 승격되지 않습니다. MHA 매니저는 ${dk(t - last)} 전의 페일오버 뒤 종료되었고, 다시 띄워도 last_failover_minute(${dk(rearm)}) 안에는 다음 페일오버를 하지 않습니다. 장애를 알아챈 사람이 승격합니다.`,
                )
              : L(
                  `${nodes[tk.by]!.name} is not promoted automatically: orchestrator recovered this cluster ${d(t - last)} ago and blocks another recovery for RecoveryPeriodBlockSeconds (${d(rearm)}); a person promotes it once the loss is noticed.`,
                  `${nodes[tk.by]!.name} 노드는 자동으로 승격되지 않습니다. orchestrator가 ${dk(t - last)} 전에 이 클러스터를 복구해, RecoveryPeriodBlockSeconds(${dk(rearm)}) 동안 다음 복구를 막습니다. 장애를 알아챈 사람이 승격합니다.`,
                ),
          );
          tk = this.byHand(tk, s);
        } else if (rearm > 0) this.autoFailedOver.set(x, t);
      }
      // Tibero Standby Cluster under an Observer in its default PROTECTIVE mode: auto failover needs a cluster manager of the
      // primary's site still connected to the Observer — a lost server (its CM with it) or site is failed over by hand
      // (tibero-observer-modes; round 79c r02). DISASTER_PLAN mode would fail over: the language cannot say it yet.
      // (Its servers up and only their shared disk lost: the CMs still answer the Observer, which fails over by itself —
      // DB down, CM up; round 103c r02 blocked it as if the server had gone with its CM.)
      if (this.live[x]! > 0) tk = observerTakeover(nodes, s, tk) ?? tk;
      if (tk.manual && !tk.peer && tiberoProtective(nodes[tk.by]!.node, s.node) && !this.voteMissing.has(x)) {
        this.voteMissing.add(x);
        const by = nodes[tk.by]!.name;
        this.emit(
          'failover-blocked',
          s.name,
          L(
            `${by} is not failed over automatically: a Tibero Observer in its default PROTECTIVE mode fails over only while a cluster manager (CM) of ${s.name}'s side still answers it, and ${s.name}'s server is down with its CM. A DBA fails over to ${by} by hand once the loss is noticed. (An Observer in DISASTER_PLAN mode fails over here; the language cannot say that mode yet.)`,
            `${josa(by, '은/는')} 자동으로 절체되지 않습니다. 기본 PROTECTIVE 모드의 Tibero Observer는 ${s.name} 쪽 클러스터 매니저(CM)가 아직 응답할 때만 자동 절체하는데, ${s.name}의 서버가 CM과 함께 멈췄습니다. 장애를 알아챈 DBA가 손으로 ${by}에 절체합니다(DISASTER_PLAN 모드의 Observer라면 자동 절체하지만, 그 모드는 아직 적을 수 없습니다).`,
          ),
        );
      }
      // A managed service's own failover that serves sooner is the failover (Aurora promoting its reader): no second one starts.
      const own = this.ownFailover.get(x);
      if (own !== undefined && own > t + EPS && own <= t + tk.detect + tk.promote + EPS) continue;
      const pend: Pending = { takeover: tk, done: t + tk.detect + tk.promote };
      this.pending.set(x, pend);
      fresh.push({ x, s, tk, pend, disk: gone ? this.nodes[diskListsOf(this.m)[x]!.find((d) => this.failoverCalleeDown(d))!]!.name : null });
    }
    // A person works a recovery runbook in order: a manual promotion whose standby needs other standbys being promoted
    // by hand (a DR database on its DR storage, the DR application on its database) starts once those are done.
    for (let k = fresh.length - 1; k >= 0; k--) {
      const f = fresh[k]!;
      if (!f.tk.manual) continue;
      let after = f.pend.done - f.tk.promote;
      for (const c of nodes[f.tk.by]!.callees) {
        const src = nodes[c]!.standsFor;
        const dep = src >= 0 ? this.pending.get(src) : undefined;
        if (dep && dep.takeover.manual && dep.takeover.by === c && dep !== f.pend) after = Math.max(after, dep.done);
      }
      f.pend.done = after + f.tk.promote;
    }
    for (const { x, s, tk, pend, disk } of fresh) {
      const by = nodes[tk.by]!.name;
      // A second primary (a multi-active store: DynamoDB global tables, a master-master pair) promotes nothing: it takes
      // the lost one's traffic only if something still sends it there — with every caller gone too, nothing to tell.
      const quiet = (): boolean => tk.peer && !s.callers.some((c) => this.prov[c]! >= 0);
      // (Its unreplicated writes are lost with it at once: no detection to wait for.)
      if (quiet()) pend.done = t;
      // Aurora promoting a reader written as a node restarts it first (scheduled before the promotion, which needs it up).
      if (!tk.manual && !tk.peer) this.restartFailoverTarget(s, t, pend.done, tk.by);
      this.at(t + tk.detect, () => {
        if (this.pending.get(x) !== pend || quiet()) return;
        // (A replicated bucket detects nothing: its callers simply use it — said with the takeover.)
        if (replicatedBucket(this.nodes[tk.by]!, s)) return;
        this.emit(
          'detected',
          s.name,
          tk.manual
            ? noticedMessage(s.name, this.dur[x]!.watched && !this.blindNotice.has(x), tk.detect, this.blindNotice.has(x), this.unplacedMonitor())
            : disk !== null
              ? L(`${by} detects that ${s.name} is down: it lost its disk ${disk} (${tk.profile.en}: ${tk.how.en}).`, `${s.name}의 장애가 감지됩니다. 디스크 ${josa(disk, '을/를')} 잃었습니다(${tk.profile.ko}: ${tk.how.ko}). ${tk.replication === 'shared' ? '넘겨받을 노드' : '승격 대상'}: ${by}.`)
              : tk.detector !== undefined
                ? L(
                    `${nodes[tk.detector]!.name}'s monitor (mariadbmon) declares ${s.name} failed and starts its automatic failover to ${by} (${tk.profile.en}: ${tk.how.en}).`,
                    `${nodes[tk.detector]!.name}의 모니터(mariadbmon)가 ${josa(s.name, '을/를')} 장애로 판정하고 ${josa(by, '으로/로')} 자동 페일오버를 시작합니다(${tk.profile.ko}: ${tk.how.ko}).`,
                  )
                : L(`${by} detects that ${s.name} is down (${tk.profile.en}: ${tk.how.en}).`, `${s.name}의 장애가 감지됩니다(${tk.profile.ko}: ${tk.how.ko}). ${tk.replication === 'shared' ? '넘겨받을 노드' : '승격 대상'}: ${by}.`),
        );
      });
      this.at(pend.done, () => {
        if (this.pending.get(x) !== pend) return;
        this.pending.delete(x);
        if (this.live[tk.by]! <= 0) return;
        this.acting.set(x, tk.by);
        this.everActing.add(x);
        if (tk.manual && !tk.peer) this.promotedByHand.set(x, this.now);
        else if (!tk.peer) this.promotedAuto.set(x, this.now);
        // An NFS server's grace period is part of its takeover (counted in promote): said on its own, after the step's time.
        const gr = tk.grace ?? 0;
        if (!quiet()) {
          const said = ((tk: Takeover): Localized => (
          tk.peer && tk.manual
            ? L(
                `An operator points ${s.name}'s callers at ${by}, a second primary (they hold ${s.name}'s address only: the connection string is changed by hand; ${tk.promoteGeneric ? 'generic: ' : ''}${d(tk.promote)}).`,
                `운영자가 ${s.name}의 호출자를 또 하나의 프라이머리인 ${by}에 연결합니다(호출자가 ${s.name}의 주소만 알고 있어 접속 정보를 손으로 바꿈, ${tk.promoteGeneric ? '범용 기본값 ' : ''}${dk(tk.promote)}).`,
              )
            : tk.peer
            ? L(`${by}, a second primary, takes all of ${s.name}'s traffic.`, `또 하나의 프라이머리인 ${josa(by, '이/가')} ${s.name}의 트래픽을 모두 받습니다.`)
            : !this.nodes[tk.by]!.dataKind
              ? tk.manual
                ? L(`An operator switches ${s.name}'s service over to ${by} (manual failover, ${tk.promoteGeneric ? 'generic: ' : ''}${d(tk.promote)}).`, `운영자가 ${s.name}의 서비스를 ${josa(by, '으로/로')} 넘깁니다(수동 페일오버, ${tk.promoteGeneric ? '범용 기본값 ' : ''}${dk(tk.promote)}).`)
                : L(`${by} takes over ${s.name}'s service (${tk.promoteGeneric ? 'generic: ' : ''}${d(tk.promote)}) and serves its requests.`, `${josa(by, '이/가')} ${s.name}의 서비스를 넘겨받아(${tk.promoteGeneric ? '범용 기본값 ' : ''}${dk(tk.promote)}) 요청을 처리합니다.`)
              : tk.manual && tk.witness >= 0 && !this.groups.coordinatorOk({ ...tk, manual: false, coordinator: -1 }) && oracleDg(s, this.nodes[tk.by]!)
                ? L(
                    `A DBA fails over to ${by} by hand, without the observer (DGMGRL FAILOVER; manual failover, ${tk.promoteGeneric ? 'generic: ' : ''}${d(tk.promote)}).`,
                    `DBA가 옵저버 없이 손으로 ${by}에 페일오버합니다(DGMGRL FAILOVER, 수동 페일오버, ${tk.promoteGeneric ? '범용 기본값 ' : ''}${dk(tk.promote)}).`,
                  )
              : tk.manual && tk.witness >= 0 && !this.groups.coordinatorOk({ ...tk, manual: false, coordinator: -1 }) && db2Pair(s, this.nodes[tk.by]!)
                ? L(
                    `A DBA forces ${by} to take over, without the cluster manager's quorum (TAKEOVER HADR … BY FORCE; manual failover, ${tk.promoteGeneric ? 'generic: ' : ''}${d(tk.promote)}).`,
                    `DBA가 클러스터 관리자의 쿼럼 없이 ${josa(by, '을/를')} 강제로 넘겨받게 합니다(TAKEOVER HADR … BY FORCE, 수동 페일오버, ${tk.promoteGeneric ? '범용 기본값 ' : ''}${dk(tk.promote)}).`,
                  )
              : tk.manual && tk.witness >= 0 && !this.groups.coordinatorOk({ ...tk, manual: false, coordinator: -1 })
                ? L(
                    exchangeDag(s, this.nodes[tk.by]!)
                      ? `An operator switches the DAG over to ${by}'s site (Stop-DatabaseAvailabilityGroup for the lost site, Restore-DatabaseAvailabilityGroup with the alternate witness; manual failover, ${tk.promoteGeneric ? 'generic: ' : ''}${d(tk.promote)}).`
                      : windowsCluster(s, this.nodes[tk.by]!)
                        ? `An operator forces quorum on ${by}'s side (the cluster has lost its majority of votes: Start-ClusterNode -FixQuorum) and promotes it to primary with a forced failover (manual failover, ${tk.promoteGeneric ? 'generic: ' : ''}${d(tk.promote)}).`
                        : `An operator forces ${by} to take over without the lost votes (its cluster manager's forced failover; manual failover, ${tk.promoteGeneric ? 'generic: ' : ''}${d(tk.promote)}).`,
                    exchangeDag(s, this.nodes[tk.by]!)
                      ? `운영자가 DAG를 ${by} 쪽 사이트로 전환합니다(잃은 사이트는 Stop-DatabaseAvailabilityGroup, 대체 감시 서버로 Restore-DatabaseAvailabilityGroup, 수동 페일오버, ${tk.promoteGeneric ? '범용 기본값 ' : ''}${dk(tk.promote)}).`
                      : windowsCluster(s, this.nodes[tk.by]!)
                        ? `운영자가 ${by} 쪽에서 쿼럼을 강제로 확보하고(클러스터가 표의 과반을 잃음: Start-ClusterNode -FixQuorum) 강제 페일오버로 프라이머리로 승격합니다(수동 페일오버, ${tk.promoteGeneric ? '범용 기본값 ' : ''}${dk(tk.promote)}).`
                        : `운영자가 잃은 표 없이 ${josa(by, '이/가')} 강제로 넘겨받게 합니다(클러스터 관리자의 강제 페일오버, 수동 페일오버, ${tk.promoteGeneric ? '범용 기본값 ' : ''}${dk(tk.promote)}).`,
                  )
              : tk.manual
                ? L(`An operator promotes ${by} to primary (manual failover, ${tk.promoteGeneric ? 'generic: ' : ''}${d(tk.promote)}).`, `운영자가 ${josa(by, '을/를')} 프라이머리로 승격합니다(수동 페일오버, ${tk.promoteGeneric ? '범용 기본값 ' : ''}${dk(tk.promote)}).`)
                : tk.replication === 'shared'
                  ? // An OS cluster on one shared disk (Pacemaker, Windows failover clustering): nothing is promoted — the
                    // other node mounts the disk and starts the database, as a Korean engineer says "노드2로 페일오버".
                    L(
                      `${s.name} fails over to ${by}: ${by} takes the shared disk${this.nodes[tk.by]!.node.attrs.has('fencing') ? ' (after fencing the lost node)' : ''} and starts the database on it (${tk.promoteGeneric ? 'generic: ' : ''}${d(tk.promote)}), then serves ${s.name}'s requests.`,
                      `${josa(s.name, '이/가')} ${by} 노드로 페일오버합니다. ${josa(by, '이/가')} 공유 디스크를 넘겨받아${this.nodes[tk.by]!.node.attrs.has('fencing') ? '(잃은 노드를 펜싱한 뒤)' : ''} DB를 기동하고(${tk.promoteGeneric ? '범용 기본값 ' : ''}${dk(tk.promote)}) ${s.name}의 요청을 처리합니다.`,
                    )
                  : replicatedBucket(this.nodes[tk.by]!, s)
                  ? L(
                      `${by}, the bucket ${s.name} is replicated to, is written and read at its own address: its callers use it with nothing to promote — what had not been replicated yet stays in ${s.name}.`,
                      `${josa(by, '은/는')} ${s.name}의 복제 대상 버킷이라 자기 주소로 언제든 읽고 쓸 수 있습니다. 승격할 것 없이 호출하는 쪽이 그대로 쓰며, 아직 복제되지 않은 객체는 ${s.name}에 남습니다.`,
                    )
                  : L(`${by} is promoted to primary (${tk.promoteGeneric ? 'generic: ' : ''}${d(tk.promote)}) and serves ${s.name}'s requests.`, `${josa(by, '이/가')} 프라이머리로 승격되어(${tk.promoteGeneric ? '범용 기본값 ' : ''}${dk(tk.promote)}) ${s.name}의 요청을 처리합니다.`)
          ))(gr || tk.ttl || tk.rise ? { ...tk, promote: tk.promote - gr - (tk.ttl ?? 0) - (tk.rise?.seconds ?? 0) } : tk);
          // A balancer checking both saw the promoted standby fail its check until now: it sends to it after `rise` (60 r02).
          if (tk.rise) {
            const lb = this.nodes[tk.rise.by]!;
            if (lb.timings.profile.id === 'proxysql') {
              said.en += ` ${lb.name} reads each server's read_only every ${d(tk.rise.seconds)} (mysql-monitor_read_only_interval) and moves ${by} into its writer hostgroup at the next read (included).`;
              said.ko += ` ${josa(lb.name, '은/는')} ${dk(tk.rise.seconds)}마다 서버의 read_only를 읽어(mysql-monitor_read_only_interval) 다음 확인 때 ${josa(by, '을/를')} 쓰기 호스트그룹으로 옮깁니다(포함됨).`;
            } else {
              said.en += ` ${lb.name} checks the role of both: it sends to ${by} once ${lb.timings.rise.value} checks ${d(lb.timings.interval.value)} apart have passed (${d(tk.rise.seconds)}, included).`;
              said.ko += ` ${josa(lb.name, '은/는')} 둘의 역할을 확인하므로 ${dk(lb.timings.interval.value)} 간격 체크를 ${lb.timings.rise.value}번 통과한 뒤(${dk(tk.rise.seconds)}, 포함됨) ${by}에 요청을 보냅니다.`;
            }
          }
          // A DNS record repointed by hand: clients keep the old answer for its TTL (round 47b r05).
          if (tk.ttl) {
            said.en += ` The callers reach ${by} through a DNS record changed by hand as well: they follow once their cached answer expires (TTL ${d(tk.ttl)}).`;
            said.ko += ` 호출하는 쪽은 손으로 바꾼 DNS 레코드를 거쳐 ${by}에 닿으므로, 캐시된 응답이 만료된 뒤에야 따라옵니다(TTL ${dk(tk.ttl)}).`;
          }
          // A promotion timed at nothing has no figure to give ("generic: 0s" read oddly — round 37).
          said.en = said.en.replace(/ \((generic: )?0s\)/, '');
          said.ko = said.ko.replace(/\((범용 기본값 )?0초\)/, '');
          this.emit(
            'promoted',
            by,
            gr
              ? L(`${said.en} It is a new NFS server: new opens and locks waited for its NFSv4 grace period (${d(gr)}, Linux nfsd's default lease) while the clients reclaimed theirs.`, `${said.ko} 새 NFS 서버라서 클라이언트가 잠금을 되찾는 동안 새 열기와 잠금이 NFSv4 유예 기간(${dk(gr)}, Linux nfsd의 기본 lease)만큼 기다렸습니다.`)
              : said,
            tk.manual ? { manual: 1 } : undefined,
          );
        }
        // A node nothing writes to (the passive side of a master-master pair) leaves no writes behind.
        // The window lost when the primary went down with no failover possible yet (counted then) is the same one: no
        // write was taken in between.
        // Synchronous to any one of several candidates (`replicas=2` on a synchronous standby: PostgreSQL's ANY 1, MySQL's
        // semi-sync wait for one replica): a commit may have been acknowledged by a candidate lost with the primary, so the
        // one promoted may lack it — up to its lag, as an asynchronous copy (round 99b r10: a CloudNativePG candidate in the
        // primary's zone, "0 lost" with the zone).
        const lost = this.instOf(x).reduce((m, y) => (y.alive ? m : Math.max(m, y.failedAt)), -1);
        const syncCopy = tk.lag <= 0 && !tk.peer && (tk.replication === 'sync' || tk.replication === 'semi-sync') && lost >= 0;
        const anyOneLost = syncCopy && this.nodes[tk.by]!.instances >= 2 && this.instOf(tk.by).some((y) => !y.alive && Math.abs(y.failedAt - lost) < EPS);
        // (Or another synchronous copy of the same primary, written as a node of its own, lost with it: MySQL semi-sync waits
        // for one replica's acknowledgement by default — rpl_semi_sync_source_wait_for_replica_count 1 — which may have been
        // the lost one's; round 126b r02 kept every write on a replica in the other zone.)
        const otherLost = !syncCopy || anyOneLost
          ? undefined
          : s.takeovers.find((k) => k.by !== tk.by && !k.peer && (k.replication === 'sync' || k.replication === 'semi-sync') && this.instOf(k.by).some((y) => !y.alive && Math.abs(y.failedAt - lost) < EPS));
        const lag = anyOneLost || otherLost ? (durationAttr(this.nodes[tk.by]!.node, 'lag') ?? PROFILES.generic.values.lag!.v) : tk.lag;
        const mysqlish = otherLost !== undefined && /mysql|mariadb|percona/.test(engineOf(s.node));
        const anyWhy = otherLost
          ? L(
              `A commit of ${s.name} waited for one acknowledgement from its synchronous copies${mysqlish ? " (MySQL semi-sync's default: one replica)" : ''}, and ${this.nodes[otherLost.by]!.name}, lost with ${s.name}, may have been the one that acknowledged the last ones: ${by}, promoted, may lack up to ${d(lag)} of acknowledged writes (its lag, generic). Waiting for both${mysqlish ? ' (rpl_semi_sync_source_wait_for_replica_count=2)' : ''}, or no synchronous copy in the primary's place, keeps them.`,
              `${s.name}의 커밋은 동기 사본 중 하나의 확인만 받으면 끝났는데${mysqlish ? '(MySQL semi-sync 기본값: 복제본 하나)' : ''}, ${josa(s.name, '와/과')} 함께 잃은 ${josa(this.nodes[otherLost.by]!.name, '이/가')} 마지막 커밋을 확인한 쪽이었을 수 있습니다. 승격된 ${by}에는 커밋된 쓰기가 최대 ${dk(lag)}(복제 지연, 범용 기본값) 빠졌을 수 있습니다. 둘 다 기다리게 하거나${mysqlish ? '(rpl_semi_sync_source_wait_for_replica_count=2)' : ''} 프라이머리와 같은 곳에 동기 사본을 두지 않으면 지킬 수 있습니다.`,
            )
          : anyOneLost
          ? L(
              `A commit of ${s.name} waited for any one of ${this.nodes[tk.by]!.name}'s synchronous candidates, and the candidate lost with ${s.name} may have been the one that acknowledged the last ones: ${by}, promoted, may lack up to ${d(lag)} of acknowledged writes (its lag, generic).`,
              `${s.name}의 커밋은 ${this.nodes[tk.by]!.name}의 동기 후보 중 하나만 받으면 끝났는데, ${s.name}와 함께 잃은 후보가 마지막 커밋을 받은 쪽이었을 수 있습니다. 승격된 ${by}에는 커밋된 쓰기가 최대 ${dk(lag)}(복제 지연, 범용 기본값) 빠졌을 수 있습니다.`,
            )
          : undefined;
        if (!this.passivePeer(x) && !this.lagLost.delete(x)) this.loseWrites(lag, by, x, anyWhy);
        // Lossless only while the mode holds (semi-sync falls back to asynchronous after its timeout): said, not counted.
        // (No fall-back caveat for a copy written `sync-timeout=none`: its source never goes on without it — round 94b r10.)
        const caveat = lag <= 0 && !tk.peer && !this.passivePeer(x) && textAttr(this.nodes[tk.by]!.node, 'sync-timeout') !== 'none' ? replicationCaveat(tk.replication, [s.node, this.nodes[tk.by]!.node].map((n) => (textAttr(n, 'engine') ?? '').toLowerCase()), durationAttr(this.nodes[tk.by]!.node, 'sync-timeout') ?? durationAttr(s.node, 'sync-timeout')) : null;
        if (caveat) this.emit('writes-kept', by, L(`${by} has every acknowledged write: none is lost in this failover. But ${caveat.en}.`, `${josa(by, '은/는')} 커밋된 쓰기를 모두 갖고 있어 이번 페일오버에서 잃는 쓰기는 없습니다. 다만 ${caveat.ko}.`));
        if (s.isSessionStore) {
          this.storeLost.delete(x);
          this.cacheLagLost.delete(x);
          this.loseSessions(x, tk.lag / SESSION_LIFETIME);
        }
      });
    }
  }

  /** Overload and autoscaling: a node past its capacity fails the excess and may scale out. */
  private trackOverload(t: number): void {
    const nodes = this.nodes;
    for (const i of this.m.hasRate ? (this.loadAct ?? this.act) : []) {
      const s = nodes[i]!;
      // A voting group that serves nothing (no majority) is stopped, not overloaded (round 39).
      const over = this.cf[i]! < 1 - EPS && !(s.group !== null && this.groups.factor(i) <= 0);
      // (Already overloaded, and offered a tenth more or less since it was said — its callers scaled out, or a spike ended
      // upstream: said again with the new figures; round 101b r03 kept the pre-autoscale load "for as long as the spike lasts".)
      const saidLoad = this.overloaded.get(i);
      const moved = over && saidLoad !== undefined && Math.abs(this.phys[i]! - saidLoad) > 0.1 * saidLoad;
      if (over && (saidLoad === undefined || moved)) {
        // (What the instances in rotation serve: an instance back but not yet in rotation carries nothing — round 42 printed
        // "300 req/s for 480 req/s of capacity" while two of four waited for their balancer.)
        const capTotal = Math.min(servingInstances(s, this.live[i]!) * (s.capacity ?? 0), this.phys[i]! * this.cf[i]!);
        this.emit(
          'overload',
          s.name,
          L(
            `${s.name} is overloaded: ${num(this.phys[i]!)} req/s for ${num(capTotal)} req/s of capacity; ${pct(1 - this.cf[i]!)} of its requests fail.`,
            `${s.name}에 과부하가 걸립니다: 처리 용량은 초당 ${num(capTotal)}건인데 초당 ${num(this.phys[i]!)}건이 들어와 요청의 ${pct(1 - this.cf[i]!)}가 실패합니다.`,
          ),
          { offered: this.phys[i]!, capacity: capTotal, instances: this.live[i]!, failing: 1 - this.cf[i]! },
        );
      }
      if (over && (saidLoad === undefined || moved)) this.overloaded.set(i, this.phys[i]!);
      else if (!over) this.overloaded.delete(i);
      if (over && s.autoscale && s.capacity && !this.scalePending.has(i) && this.live[i]! > 0 && this.live[i]! < s.autoscale.max) {
        this.scalePending.add(i);
        this.at(t + this.cap[i]!.autoscaleDelay, (now) => this.scale(s, now));
      }
    }
  }

  /**
   * Oracle fast-start failover (Maximum Availability): a primary cut off from both its target standby and the observer
   * stalls its redo, and after FastStartFailoverThreshold (30 s) shuts itself down (FastStartFailoverPmyShutdown, TRUE
   * by default; ORA-16830), assuming a failover happened; it opens again only when a DBA opens it (ORA-16808).
   */
  private trackFsfo(t: number): void {
    // Up, and cut off from both partners.
    const isolated = (f: { p: number; sb: number; obs: number }): boolean => this.live[f.p]! > 0 && this.live[f.sb]! <= 0 && this.live[f.obs]! <= 0;
    for (const f of this.fsfo) {
      if (!isolated(f) || this.prov[f.p] !== f.p) {
        this.fsfoPending.delete(f.p);
        continue;
      }
      if (this.fsfoPending.has(f.p) || this.fsfoDown.has(f.p) || this.fsfoOff.has(f.p)) continue;
      const token = {};
      this.fsfoPending.set(f.p, token);
      const wait = PROFILES['oracle-dataguard'].values.detect!.v;
      this.at(t + wait, (now) => {
        if (this.fsfoPending.get(f.p) !== token) return;
        this.fsfoPending.delete(f.p);
        if (!isolated(f)) return;
        this.fsfoDown.add(f.p);
        const p = this.nodes[f.p]!;
        const sb = this.nodes[f.sb]!.name;
        const obs = this.nodes[f.obs]!.name;
        const open = failoverTimingsOf(this.nodes[f.sb]!.node, p.node).manualPromote.value;
        const notice = this.dur[f.p]!.notice;
        this.emit(
          'demoted',
          p.name,
          L(
            `${p.name} has lost both its target standby ${sb} and the observer ${obs} for FastStartFailoverThreshold (${d(wait)}): it shuts itself down (FastStartFailoverPmyShutdown, TRUE by default; ORA-16830), assuming a fast-start failover happened. It stays down until a DBA opens it (ALTER DATABASE OPEN, ORA-16808): noticed after ${d(notice)}, then ${d(open)} (generic, a person's work).`,
            `${josa(p.name, '이/가')} FastStartFailoverThreshold(${dk(wait)}) 동안 대상 스탠바이 ${sb}와 옵저버 ${obs}를 모두 잃어, 페일오버가 일어났다고 보고 스스로 종료합니다(FastStartFailoverPmyShutdown 기본값 TRUE, ORA-16830). DBA가 다시 열 때까지 멈춰 있습니다(ALTER DATABASE OPEN, ORA-16808). 알아채기까지 ${dk(notice)}, 그 뒤 다시 열기까지 ${dk(open)} 더 걸립니다(범용 기본값, 사람의 작업).`,
          ),
        );
        this.at(now + notice + open, () => {
          if (!this.fsfoDown.delete(f.p)) return;
          // Opened by hand with fast-start failover disabled: it does not shut itself down again.
          this.fsfoOff.add(f.p);
          this.emit('recover', p.name, L(`A DBA opens ${p.name} again with fast-start failover disabled; it serves without its standby.`, `DBA가 패스트 스타트 페일오버를 끄고 ${josa(p.name, '을/를')} 다시 열어, 스탠바이 없이 처리합니다.`));
        });
      });
    }
  }

  /**
   * A pair voting with a witness (`witness=`) left with one vote of three: its standby and its witness both down while the
   * primary runs. Pacemaker stops the primary's resources without quorum (no-quorum-policy, `stop` by default:
   * pacemaker-quorum) in whatever order the two were lost; a SQL Server mirroring session stops serving the database when
   * the principal loses quorum, and a Windows cluster (Node and File Share Majority) goes down when two of its three votes
   * go at once — its dynamic quorum drops one lost vote at a time, so only a simultaneous loss (a zone, a room) stops it
   * (sqlserver-quorum). It serves again when either is back, or once a person forces quorum (noticed, then a manual step's
   * time; generic) — from then on it serves alone.
   */
  private trackQuorumPairs(t: number): void {
    // A witness served by its own standby (a file share on a Pacemaker pair that has failed over) still votes (round 109 r03).
    const wUp = (w: number): boolean => this.live[w]! > 0 || (this.prov[w]! >= 0 && this.prov[w] !== w && this.live[this.prov[w]!]! > 0);
    for (const q of this.quorumPairs) {
      const { p, sb, w } = q;
      if (this.quorumDown.has(p)) {
        if (this.live[sb]! > 0 || wUp(w)) {
          this.at(t, () => {
            if (!this.quorumDown.delete(p)) return;
            const back = this.live[sb]! > 0 ? this.nodes[sb]!.name : this.nodes[w]!.name;
            const name = this.nodes[p]!.name;
            this.emit('recover', name, L(`${back} is back: ${name} has its quorum again and serves.`, `${josa(back, '이/가')} 돌아와 ${josa(name, '이/가')} 쿼럼을 되찾고 다시 처리합니다.`));
          });
        }
        continue;
      }
      if (this.quorumForced.has(p) || this.live[p]! <= 0 || this.prov[p] !== p || this.live[sb]! > 0 || wUp(w)) continue;
      // A database restored from its backups onto a server (the lost one rebuilt, or one at the other site) is a stand-alone
      // database, no member of the lost cluster until someone joins it again: no quorum of the pair stops it (round 109 r03).
      if (this.instOf(p).some((x) => x.restored)) continue;
      // (A Windows cluster's dynamic quorum, and a TSA domain whose survivor reserved the tiebreaker when the other node
      // left, lose one vote at a time: only a simultaneous loss stops the primary.)
      if ((q.wsfc || q.tsa) && this.lostAt(sb) !== this.lostAt(w)) continue;
      this.at(t, (now) => {
        if (this.quorumDown.has(p) || this.live[p]! <= 0 || this.live[sb]! > 0 || wUp(w)) return;
        this.quorumDown.add(p);
        const s = this.nodes[p]!;
        const sbName = this.nodes[sb]!.name;
        const wName = this.nodes[w]!.name;
        const notice = this.dur[p]!.notice;
        const force = failoverTimingsOf(this.nodes[sb]!.node, s.node).manualPromote.value;
        this.emit(
          'demoted',
          s.name,
          q.tsa
            ? L(
                `${s.name} has lost its quorum: ${sbName} and the tiebreaker ${wName} went down together, so its node is half of a two-node domain that cannot reserve the tiebreaker. TSA (RSCT) protects the critical resources by resetting the node: the database serves nothing until one of them is back or a person overrides quorum (noticed after ${d(notice)}, then ${d(force)}, generic).`,
                `${josa(sbName, '와/과')} 타이브레이커 ${josa(wName, '이/가')} 함께 멈춰, ${s.name}의 노드는 두 노드 도메인의 절반이면서 타이브레이커를 잡지 못합니다. TSA(RSCT)는 중요 리소스를 지키려고 노드를 리셋하므로, 둘 중 하나가 돌아오거나 사람이 쿼럼을 무시하도록 바꿀 때까지 데이터베이스가 처리하지 않습니다(알아채기까지 ${dk(notice)}, 그 뒤 ${dk(force)}, 범용 기본값).`,
              )
            : q.wsfc
            ? L(
                `${s.name} has lost its quorum: ${sbName} and the witness ${wName} went down together, leaving it one vote of three. The cluster (or the mirroring session) takes the database offline: it serves nothing until one of them is back or a person forces quorum (noticed after ${d(notice)}, then ${d(force)}, generic).`,
                `${josa(sbName, '와/과')} 감시 서버 ${josa(wName, '이/가')} 함께 멈춰 ${josa(s.name, '이/가')} 세 표 중 한 표만 남아 쿼럼을 잃습니다. 클러스터(또는 미러링 세션)가 데이터베이스를 오프라인으로 내려, 둘 중 하나가 돌아오거나 사람이 쿼럼을 강제로 잡을 때까지 처리하지 않습니다(알아채기까지 ${dk(notice)}, 그 뒤 ${dk(force)}, 범용 기본값).`,
              )
            : L(
                `${s.name} has lost its quorum: with ${sbName} and the witness ${wName} both down it holds one vote of three, and Pacemaker stops its resources (no-quorum-policy=stop, the default). It serves nothing until one of them is back or a person unblocks quorum (noticed after ${d(notice)}, then ${d(force)}, generic).`,
                `${josa(sbName, '와/과')} 감시 노드 ${josa(wName, '이/가')} 모두 멈춰 ${josa(s.name, '이/가')} 세 표 중 한 표만 가지므로, Pacemaker가 리소스를 멈춥니다(no-quorum-policy=stop, 기본값). 둘 중 하나가 돌아오거나 사람이 쿼럼을 풀어 줄 때까지 처리하지 않습니다(알아채기까지 ${dk(notice)}, 그 뒤 ${dk(force)}, 범용 기본값).`,
              ),
        );
        this.at(now + notice + force, () => {
          if (!this.quorumDown.delete(p)) return;
          this.quorumForced.add(p);
          this.emit('recover', s.name, L(`A person forces quorum on ${s.name}'s node: it serves alone, with no standby and no witness.`, `사람이 ${s.name} 노드에 쿼럼을 강제로 잡아, 대기 노드와 감시 서버 없이 혼자 처리합니다.`));
        });
      });
    }
  }

  /** CloudFront distributions with an origin group (two origins or more on one route). */
  private readonly originGroupCdns: number[] = [];
  /** Origin groups (CloudFront index and route) whose primary origin is out, said once per outage. */
  private readonly originFailoverSaid = new Set<string>();

  /**
   * A CloudFront origin group whose primary origin does not answer (no instance left: its connections time out): every
   * request sent to the origins waits for CloudFront's connection attempts on the primary — 3 of 10 s each by default
   * (cloudfront-origin-timeouts) — before it goes to the next origin, and only GET, HEAD and OPTIONS requests go there
   * (round 98b r01/r10: the run showed the switch as instant and for every request). Said; the run counts the requests served.
   */
  private trackOriginFailover(): void {
    for (const i of this.originGroupCdns) {
      const c = this.nodes[i]!;
      const routes = c.routes ?? [{ pool: c.callees, label: null, key: '' }];
      routes.forEach((r, k) => {
        if (!originGroup(c, r.pool)) return;
        const key = `${i}:${k}`;
        const first = r.pool[0]!;
        const p = this.prov[first]!;
        const out = !c.back.has(first) && (p < 0 || this.live[p]! <= 0);
        const next = out ? this.firstOrigin(c, r.pool) : -1;
        if (!out || next < 0 || this.prov[i] !== i || this.live[i]! <= 0) {
          this.originFailoverSaid.delete(key);
          return;
        }
        if (this.originFailoverSaid.has(key)) return;
        this.originFailoverSaid.add(key);
        const a = this.nodes[first]!.name;
        const b = this.nodes[next]!.name;
        const wait = CLOUDFRONT_CONNECT.attempts * CLOUDFRONT_CONNECT.timeout;
        this.stalled(
          i,
          c.name,
          wait,
          L(
            `${c.name} tries ${a}, its origin group's primary, on every request that reaches the origins — ${CLOUDFRONT_CONNECT.attempts} connection attempts of ${d(CLOUDFRONT_CONNECT.timeout)} (the defaults) — before it sends the request to ${b}: each waits up to ${d(wait)} while ${a} is out (lower ConnectionAttempts and ConnectionTimeout on the primary origin to shorten it). Only GET, HEAD and OPTIONS requests go to ${b}; a POST, PUT or DELETE fails — this run counts every request as failed over.`,
            `${josa(c.name, '은/는')} 오리진으로 가는 요청마다 오리진 그룹의 주 오리진인 ${josa(a, '을/를')} 먼저 시도합니다. 기본값으로 ${dk(CLOUDFRONT_CONNECT.timeout)}짜리 연결 시도를 ${CLOUDFRONT_CONNECT.attempts}번 한 뒤에야 ${b}로 보내므로, ${a}가 멈춘 동안 요청마다 최대 ${dk(wait)}를 기다립니다(주 오리진의 ConnectionAttempts와 ConnectionTimeout을 낮추면 짧아집니다). 또 ${b}로 넘어가는 것은 GET, HEAD, OPTIONS 요청뿐이고 POST, PUT, DELETE는 실패합니다. 이 시뮬레이션은 모든 요청이 넘어간 것으로 셉니다.`,
          ),
        );
      });
    }
  }

  /** A caching node up while everything behind it is out: say what the run counts (once per outage). */
  private trackOrigins(): void {
    for (const i of this.offloaders) {
      const c = this.nodes[i]!;
      // A CDN with routes: a route whose every origin is out (round 39b: said for one origin, not for a route's).
      if (c.routes && this.prov[i] === i && this.live[i]! > 0) {
        const out = (a: number): boolean => {
          const p = this.prov[a]!;
          return p < 0 || this.live[p]! <= 0 || this.inner[p]! <= EPS;
        };
        const lost = c.routes.filter((r) => r.pool.length > 0 && r.pool.every(out)).map((r) => r.label ?? r.key);
        if (!lost.length) {
          this.originSaid.delete(i);
          continue;
        }
        if (this.originSaid.has(i)) continue;
        this.originSaid.add(i);
        const routes = lost.map((r) => `\`${r}\``).join(', ');
        this.emit(
          'origin-lost',
          c.name,
          L(
            `${c.name} has lost the origin of ${routes}: it keeps answering what it has cached there (${pct(c.offload)} by its hit-ratio) while it can, but logins, writes, pages past their TTL and every miss fail. This run counts the hits (${pct(c.offload)}) as served and the rest of ${lost.length > 1 ? 'those routes' : 'that route'} as failed while its origin is out; objects whose TTL runs out during a long outage are not counted.`,
            `${josa(c.name, '이/가')} ${routes} 경로의 오리진을 잃었습니다. 그 경로에서 캐시해 둔 요청(hit-ratio 기준 ${pct(c.offload)})에는 캐시를 가지고 있는 동안 계속 답하지만, 로그인, 쓰기, TTL이 지난 페이지와 모든 미스는 실패합니다. 이 시뮬레이션은 오리진이 멈춘 동안 히트(${pct(c.offload)})는 처리된 것으로, 그 경로의 나머지 요청은 실패로 셉니다. 긴 장애 중에 TTL이 지나는 객체는 세지 않습니다.`,
          ),
        );
        continue;
      }
      // (Up, answering its hits and nothing else: every miss fails — its origin is out.)
      if (this.prov[i] !== i || this.live[i]! <= 0 || this.inner[i]! > c.offload + EPS) {
        this.originSaid.delete(i);
        continue;
      }
      if (this.originSaid.has(i)) continue;
      this.originSaid.add(i);
      const s = this.nodes[i]!;
      const hits = pct(s.offload);
      this.emit(
        'origin-lost',
        s.name,
        L(
          `${s.name} has lost what it serves from: it keeps answering the requests it has cached (${hits} by its hit-ratio) while it can — a CDN serves cached objects while the origin does not respond, for as long as it keeps them — but logins, writes, pages past their TTL and every miss fail. This run counts the hits (${hits}) as served and the rest of the requests through ${s.name} as failed while its origin is out; objects whose TTL runs out during a long outage are not counted.`,
          `${josa(s.name, '이/가')} 뒤의 오리진을 잃었습니다. 캐시해 둔 요청(hit-ratio 기준 ${hits})에는 캐시를 가지고 있는 동안 계속 답하지만(CDN은 오리진이 응답하지 않아도 캐시한 객체를 계속 줍니다), 로그인, 쓰기, TTL이 지난 페이지와 모든 미스는 실패합니다. 이 시뮬레이션은 오리진이 멈춘 동안 히트(${hits})는 처리된 것으로, ${josa(s.name, '을/를')} 거치는 나머지 요청은 실패로 셉니다. 긴 장애 중에 TTL이 지나는 객체는 세지 않습니다.`,
        ),
      );
    }
  }

  /** Read replicas whose reads went back to their source. */
  private trackReadsMoved(): void {
    const nodes = this.nodes;
    for (const i of this.readReplicas) {
      const s = nodes[i]!;
      // Said only while the source serves: with it down too (a failover restarting both), nothing takes the reads.
      const moved = this.live[i]! <= 0 && this.prov[i]! >= 0 && this.live[this.prov[i]!]! > 0;
      if (moved && !this.readsMoved.has(i)) {
        const to = nodes[this.prov[i]!]!.name;
        const lb = (c: number): boolean => nodes[c]!.kind === 'load-balancer' || nodes[c]!.or === 'lb';
        if (s.directReads) {
          const via = namesOf(s.callers.filter(lb).map((c) => nodes[c]!.name));
          const own = namesOf(s.callers.filter((c) => !lb(c)).map((c) => nodes[c]!.name));
          this.emit(
            'routed-around',
            s.name,
            L(
              `Reads ${via.en} ${via.many ? 'send' : 'sends'} to ${s.name} go to ${to} instead; ${own.en} ${own.many ? 'read' : 'reads'} ${s.name} at its own address, and those reads fail until it is back.`,
              `${via.ko}에서 ${josa(s.name, '으로/로')} 보내던 읽기는 대신 ${josa(to, '으로/로')} 갑니다. ${own.ko}에서는 ${s.name}의 주소로 직접 읽으므로, 그 읽기는 ${josa(s.name, '이/가')} 돌아올 때까지 실패합니다.`,
            ),
          );
        } else this.emit('routed-around', s.name, L(`Reads from ${s.name} go to ${to} instead.`, `${s.name}의 읽기가 대신 ${josa(to, '으로/로')} 갑니다.`));
      }
      if (moved) this.readsMoved.add(i);
      else this.readsMoved.delete(i);
    }
  }

  /** Session stores and caches lost: their users' sessions, their readers' cache hits. */
  private trackLostState(): void {
    const nodes = this.nodes;
    for (const i of this.stores) {
      const s = nodes[i]!;
      if (s.isSessionStore) {
        // Sessions kept on disk (a database's table, session files on a storage node) outlive the server: lost only with
        // its data (round 44b: an NFS server with mirrored disks "lost every session" when it died).
        if (s.kind !== 'cache' && (this.dur[i]!.mirrored || this.disksOutlive(i)) && !this.everyPlaceLost(i)) {
          if (this.prov[i]! >= 0) {
            this.storeLost.delete(i);
            this.cacheLagLost.delete(i);
          }
          continue;
        }
        // Gone with a failover under way: only the lag window's sessions are lost, at promotion (startTakeovers).
        // A managed store the provider fails over by itself (its replica is the provider's): the lag window too.
        // With every instance lost (its region, every zone it runs in) there is no replica to promote: all are gone.
        const provider = s.managed && s.restoreBy === 'failover' && s.kind === 'cache' && !this.everyPlaceLost(i);
        if (provider && this.prov[i]! < 0 && !this.storeLost.has(i)) {
          this.storeLost.add(i);
          this.loseSessions(i, s.timings.lag.value / SESSION_LIFETIME);
          continue;
        }
        if (provider) {
          if (this.prov[i]! >= 0) {
            this.storeLost.delete(i);
            this.cacheLagLost.delete(i);
          }
          continue;
        }
        const gone = this.prov[i]! < 0 && !this.pending.has(i);
        if (gone && !this.storeLost.has(i)) {
          // A live copy nobody promotes (a Redis replica without Sentinel, no failover written): the store is down until it
          // is rebuilt, and a master that comes back empty empties its replicas too (Redis replication docs): the sessions
          // survive only if someone promotes the copy by hand first — the run counts them lost, and says so.
          const f = this.copyAlive(i) ? this.freshestCopy(i) : null;
          for (const u of nodes) if (u.sessionStore === i) this.sessionLoss.set(u.idx, 1);
          this.emit(
            'sessions-lost',
            s.name,
            f
              ? L(
                  `Every session stored in ${s.name} is lost: its copy ${nodes[f.copy]!.name} holds them (but the last ${d(f.lag)}), yet nothing promotes it — no Sentinel, no failover written — and ${s.name} rebuilt empty would empty it too. They survive only if someone promotes ${nodes[f.copy]!.name} by hand (REPLICAOF NO ONE, then the application pointed at it); this run counts them lost.`,
                  `${s.name}에 저장된 세션이 모두 사라집니다. 사본 ${josa(nodes[f.copy]!.name, '이/가')} 세션을 갖고 있지만(마지막 ${dk(f.lag)} 제외) 승격하는 것이 없고(Sentinel도, failover 설정도 없음), 비어 있는 채로 다시 만든 ${josa(s.name, '이/가')} 사본까지 비웁니다. 누군가 손으로 ${josa(nodes[f.copy]!.name, '을/를')} 승격해야만(REPLICAOF NO ONE, 그리고 애플리케이션이 그쪽을 보게 함) 세션이 남으며, 이 시뮬레이션은 잃은 것으로 셉니다.`,
                )
              : L(`Every session stored in ${s.name} is lost: all users must log in again.`, `${s.name}에 저장된 세션이 모두 사라집니다: 모든 사용자가 다시 로그인해야 합니다.`),
          );
        }
        if (gone) this.storeLost.add(i);
        else this.storeLost.delete(i);
      }
      const cd = this.cacheDownNow.has(i);
      if (cd && !this.cacheLost.has(i)) {
        const fb = (this.m.fallbackOf.get(i) ?? []).map((f) => nodes[f]!.name);
        // Callers with no database behind this cache (its edge is a plain dependency of theirs): their requests fail, not
        // fall back — said, so the fallback is not read as everyone's (round 125b r06: a tracking API calling no database).
        const hard = s.callers.filter((c) => nodes[c]!.callees.includes(i) && !nodes[c]!.soft.some((e) => e.cache === i)).map((c) => nodes[c]!.name);
        const soft = s.callers.filter((c) => nodes[c]!.soft.some((e) => e.cache === i)).map((c) => nodes[c]!.name);
        const who = hard.length ? L(`the reads ${soft.join(', ')} served from it now go`, `${soft.join(', ')}의 읽기가`) : L('every read it served now goes', '캐시가 처리하던 읽기가 모두');
        const hardNote = hard.length
          ? L(` ${hard.join(', ')} call${hard.length > 1 ? '' : 's'} it with no database behind it: ${hard.length > 1 ? 'their' : 'its'} requests that need it fail while it is down.`, ` ${josa(hard.join(', '), '은/는')} 뒤에 데이터베이스 없이 이 캐시를 호출하므로, 멈춘 동안 이 캐시가 필요한 요청이 실패합니다.`)
          : L('', '');
        this.emit(
          'cache-lost',
          s.name,
          L(
            `${s.name} serves nothing: ${who.en} to ${fb.join(', ')} (a cache in front of a database; if ${s.name} holds data of its own, declare it primary). This assumes the application treats a cache error as a miss — many clients raise instead unless told to (django-redis: IGNORE_EXCEPTIONS); if yours does not, its requests fail while ${s.name} is down — write \`required\` on it.${hardNote.en}`,
            `${josa(s.name, '이/가')} 아무것도 처리하지 못해 ${who.ko} ${josa(fb.join(', '), '으로/로')} 갑니다(DB 앞의 캐시로 보았습니다. ${josa(s.name, '이/가')} 자기 데이터를 가진다면 primary로 선언하세요). 이는 애플리케이션이 캐시 오류를 미스로 처리한다고 가정한 것입니다. 설정하지 않으면 예외를 던지는 클라이언트가 많으므로(django-redis: IGNORE_EXCEPTIONS), 그렇지 않다면 ${josa(s.name, '이/가')} 멈춘 동안 요청이 실패합니다. 그런 경우 이 캐시에 \`required\`를 적으세요.${hardNote.ko}`,
          ),
        );
      }
      if (cd) this.cacheLost.add(i);
      else this.cacheLost.delete(i);
    }
  }

  private scale(s: SimNode, t: number, next = false): void {
    // (`step` below: the HorizontalPodAutoscaler's default scale-up policies; `next`, a further step of one scale-up, which
    // goes on to the replicas it computed while the load stays above the target.)
    const i = s.idx;
    this.scalePending.delete(i);
    const live = this.live[i]!;
    if (!s.autoscale || !s.capacity || live <= 0 || (!this.overloaded.has(i) && !next)) return;
    const need = Math.min(s.autoscale.max, Math.ceil(this.phys[i]! / (s.capacity * this.cap[i]!.autoscaleTarget) - EPS));
    const list = this.instOf(i);
    // A HorizontalPodAutoscaler counts the Deployment's pods, the lost ones too until their replacements serve: a pod whose
    // node is gone is unready, and on a scale-up the controller assumes unready pods use 0 % of the target (Kubernetes,
    // "Horizontal Pod Autoscaling", algorithm details) — so the replicas it wants, the load over the target, are no more
    // than it has, and it adds none before the lost pods are evicted and recreated (round 93c r01).
    const hpa = s.timings.autoscaleDelay.profile === 'k8s-service';
    const current = hpa ? list.length : live;
    // With no `behavior` written, a HorizontalPodAutoscaler scales up by at most the larger of doubling the pods and adding 4
    // in a 15 s window (HPAScalingRules' default policies, k8s-hpa-behavior): 10 → 50 pods is three steps, one a period
    // (round 98c r03: the run added all 40 at once).
    const step = hpa ? Math.min(need, Math.max(current * 2, current + HPA_UP_PODS)) : need;
    const add = step - current;
    if (add <= 0) {
      if (hpa && list.length > live && need > live && !this.scaleHeld.has(i) && this.scaleHeld.add(i))
        this.emit(
          'scale-held',
          s.name,
          L(
            `The HorizontalPodAutoscaler adds no pod to ${s.name}: it still counts the ${list.length - live} lost pod${list.length - live > 1 ? 's' : ''} (unready, taken as 0 % of the target on a scale-up), so it wants ${need} and has ${current}. Capacity comes back when they are recreated.`,
            `HorizontalPodAutoscaler가 ${s.name}에 파드를 더하지 않습니다. 잃은 파드 ${list.length - live}개를 아직 세고 있어(준비되지 않은 파드는 스케일 아웃 때 목표의 0 %로 계산) 원하는 수가 ${need}개, 가진 수가 ${current}개이기 때문입니다. 그 파드들이 다시 만들어져야 용량이 돌아옵니다.`,
          ),
        );
      return;
    }
    const zones = s.node.zones.filter((z) => !this.zoneDown.has(z));
    if (s.node.zones.length && !zones.length) return;
    for (let k = 0; k < add; k++) {
      const zone = zones.length ? zones[(list.length + k) % zones.length]! : null;
      const region = s.regionOf(zone);
      if (region !== null && this.regionDown.has(region)) return;
      list.push({ nodeDown: false, hostLost: false, alive: true, failedAt: -1, zone, region });
      this.live[i]!++;
    }
    const from = current;
    if (step < need && step < s.autoscale.max) {
      this.scalePending.add(i);
      this.at(t + HPA_UP_PERIOD, (now) => this.scale(s, now, true));
    }
    this.emit(
      'scaled',
      s.name,
      // The HorizontalPodAutoscaler's delay assumes room on the cluster's nodes: a full cluster waits for the cluster autoscaler's new node too.
      s.timings.autoscaleDelay.profile === 'k8s-service' && s.timings.autoscaleDelay.attr === null
        ? L(
            next && step >= need
              ? `${s.name} scales out from ${from} to ${need} pods, the last step of its scale-up (HorizontalPodAutoscaler, ${d(HPA_UP_PERIOD)} after the previous step).`
              : step < need
              ? `${s.name} scales out from ${from} to ${step} pods on its way to ${need} (HorizontalPodAutoscaler: at most double, or 4 more, every ${d(HPA_UP_PERIOD)} with no \`behavior\` set; ${next ? `this step ${d(HPA_UP_PERIOD)} after the previous one` : `the first step ${d(this.cap[i]!.autoscaleDelay)} after the overload`}, if the cluster's nodes have room for the new pods — autoscale-delay= sets it).`
              : `${s.name} scales out from ${from} to ${need} pods (HorizontalPodAutoscaler, ${d(this.cap[i]!.autoscaleDelay)} after the overload, if the cluster's nodes have room for the new pods; a full cluster waits minutes more for the cluster autoscaler's new node — autoscale-delay= sets it).`,
            next && step >= need
              ? `${s.name}의 파드가 ${from}개에서 ${need}개로 늘어나 스케일 아웃을 마칩니다(HorizontalPodAutoscaler, 이전 단계 ${dk(HPA_UP_PERIOD)} 후).`
              : step < need
              ? `${s.name}의 파드가 ${from}개에서 ${step}개로 늘어납니다(목표 ${need}개. HorizontalPodAutoscaler는 \`behavior\`를 정하지 않으면 ${dk(HPA_UP_PERIOD)}마다 최대 두 배 또는 4개까지만 늘립니다. ${next ? `이번 단계는 이전 단계 ${dk(HPA_UP_PERIOD)} 후이며,` : `첫 단계는 과부하 ${dk(this.cap[i]!.autoscaleDelay)} 후이며,`} 클러스터 노드에 새 파드가 들어갈 자리가 있을 때 얘기입니다. autoscale-delay=로 바꿀 수 있습니다).`
              : `${s.name}의 파드가 ${from}개에서 ${need}개로 늘어납니다(HorizontalPodAutoscaler, 과부하 ${dk(this.cap[i]!.autoscaleDelay)} 후. 클러스터 노드에 새 파드가 들어갈 자리가 있을 때 얘기이고, 노드가 꽉 차 있으면 클러스터 오토스케일러가 새 노드를 띄울 때까지 몇 분 더 걸립니다. autoscale-delay=로 바꿀 수 있습니다).`,
          )
        : L(`${s.name} scales out from ${live} to ${need} live instances (autoscale, ${d(this.cap[i]!.autoscaleDelay)} after the overload).`, `${s.name}의 살아 있는 인스턴스가 ${live}개에서 ${need}개로 늘어납니다(오토스케일, 과부하 ${dk(this.cap[i]!.autoscaleDelay)} 후).`),
      // The instances it runs after this step (a rule tells the step that absorbs the load from the last one).
      { instances: this.live[i]! },
    );
    void t;
  }

  private record(t: number, initial: boolean): void {
    this.recordClasses(t, initial);
    this.trackQueues(t);
    for (const k of this.entryIdx) {
      const e = this.m.entries[k]!;
      const v = Math.max(0, Math.min(1, this.entrySuccess(e, t)));
      if (initial) {
        this.base[k] = v;
        this.points[k] = [{ at: 0, success: v }];
        this.last[k] = v;
        continue;
      }
      const prev = this.last[k]!;
      if (Math.abs(v - prev) <= EPS) continue;
      const pts = this.points[k]!;
      const name = this.nodes[e]!.name;
      if (pts[pts.length - 1]!.at === t) {
        // Back to what it was before this instant (a site coming back re-adds its pools in the same moment): a state that
        // lasted no time is no outage — its point and its event go.
        if (pts.length >= 2 && Math.abs(pts[pts.length - 2]!.success - v) <= EPS) {
          pts.pop();
          this.last[k] = v;
          for (let j = this.events.length - 1; j >= 0 && this.events[j]!.at === t; j--) {
            const ev = this.events[j]!;
            if (ev.target === name && (ev.type === 'down' || ev.type === 'degraded' || ev.type === 'restored')) {
              this.events.splice(j, 1);
              break;
            }
          }
          continue;
        }
        pts[pts.length - 1]!.success = v;
      } else pts.push({ at: t, success: v });
      this.last[k] = v;
      const base = this.base[k]!;
      if (v <= EPS) this.emit('down', name, L(`${name}: no request succeeds.`, `${name}의 요청이 하나도 처리되지 않습니다.`));
      else if (v < base - EPS) this.emit('degraded', name, L(`${name}: ${pct(v)} of requests succeed.`, `${name}의 요청 중 ${pct(v)}만 처리됩니다.`));
      else this.emit('restored', name, L(`${name} is fully served again.`, `${name}의 요청이 다시 모두 처리됩니다.`));
    }
  }

  /** The load on every node in the state before any step (for k-of-n availability). */
  baselineLoads(): Float64Array {
    this.compute(0);
    return this.phys.slice();
  }
}

/**
 * A sharded database whose queries go to every shard, and the setting that would let a query skip a shard with no
 * replica left (off by default): ClickHouse's Distributed tables (skip_unavailable_shards), a SolrCloud collection
 * (shards.tolerant). Null for other nodes.
 */
export function scatterGather(s: SimNode): string | null {
  if (s.kind !== 'database') return null;
  const e = engineOf(s.node);
  // (Greenplum dispatches every query to all primary segments: one without an answer fails the query — greenplum-fts.)
  return e === 'clickhouse' ? 'skip_unavailable_shards' : e === 'solr' ? 'shards.tolerant' : NDB_ENGINES.has(e) ? NDB : s.timings.profile.id === 'greenplum' && s.node.attrs.has('shards') ? 'greenplum' : null;
}

/** MySQL NDB Cluster: a node group with no data node left shuts the whole cluster down (NDBD_EXIT_LOST_NODE_GROUP). */
const NDB = 'NDB';

/** Whether the primary's or the standby's engine passes the test. */
function eitherEngine(a: SimNode, b: SimNode, test: (engine: string) => boolean): boolean {
  return test(engineOf(a.node)) || test(engineOf(b.node));
}

/** An Exchange database availability group. */
const exchangeDag = (a: SimNode, b: SimNode): boolean => eitherEngine(a, b, (e) => /^(exchange|exchange-dag|dag)$/.test(e));
/** A Windows Server failover cluster underneath (SQL Server availability groups and FCIs). */
const windowsCluster = (a: SimNode, b: SimNode): boolean => eitherEngine(a, b, (e) => /sql-?server|mssql|^ag$|fci|wsfc/.test(e));
const pacemakerPair = (a: SimNode, b: SimNode): boolean => eitherEngine(a, b, (e) => /pacemaker|corosync/.test(e));
/** A Db2 HADR pair. */
const db2Pair = (a: SimNode, b: SimNode): boolean => eitherEngine(a, b, (e) => DB2_ENGINES.has(e));
/** An Oracle Data Guard pair: its witness is the fast-start failover observer. */
const oracleDg = (a: SimNode, b: SimNode): boolean => eitherEngine(a, b, (e) => ORACLE_ENGINES.has(e));

/** ", generic" after a product's name when its failover time is the project's generic figure (no document gives one). */
/**
 * Whose failover time a provider's failover is, for its event: the failover profile's label, with the generic note when
 * that is the node's own profile (a failover profile of its own already says "generic": no "managed generic" twice).
 */
function failoverLabel(tm: Timings, locale: 'en' | 'ko'): string {
  // (Written on the node: `promote=` times its own failover — timingsOf.)
  if (tm.failover?.attr === 'promote') return `promote=${formatDuration(tm.failover.value)}`;
  const fp = failoverProfile(tm);
  return (locale === 'ko' ? profileLabel(fp, 'ko') : fp.label) + (fp === tm.profile ? genericNote(tm, locale) : '');
}

/** A managed service's own failover, as the timeline names its time: `promote=` when written on it, else its profile. */
function ownFailoverLabel(tm: Timings, locale: 'en' | 'ko'): string {
  if (tm.failover?.attr === 'promote') return `promote=${formatDuration(tm.failover.value)}`;
  return (locale === 'ko' ? profileLabel(tm.profile, 'ko') : tm.profile.label) + genericNote(tm, locale);
}

function genericNote(tm: Timings, locale: 'en' | 'ko'): string {
  const f = tm.failover;
  if (f?.status !== 'generic') return '';
  if (f.profile !== 'generic-managed') return locale === 'ko' ? ', 범용 기본값' : ', generic';
  // The generic managed failover under another profile's label (a managed Redis without Sentinel): say where it comes from.
  return tm.profile.id === 'generic-managed' ? '' : locale === 'ko' ? ', 관리형 범용 기본값' : ', managed generic';
}

/** Instance names in a sentence: `a#1`, `a#1 and a#3`, `a#1, a#2 and a#3` (Korean: `a#1, a#3`). */
function namesOf(names: readonly string[]): { en: string; ko: string; many: boolean } {
  const en = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return { en, ko: names.join(', '), many: names.length > 1 };
}

/** How a balancer's checks remove a target, for the timeline. */
function checkText(lb: SimNode): Localized {
  const tm = lb.timings;
  if (lb.elbHealth)
    return L(
      `once its load balancer has no healthy target left by its own checks (an ELB endpoint's health is its target health; ${d(lb.lbDetect ?? 0)}),`,
      `엔드포인트 로드밸런서가 자체 헬스 체크로 정상 대상을 하나도 갖지 못하게 되자(ELB 엔드포인트의 상태는 그 대상 상태, ${dk(lb.lbDetect ?? 0)})`,
    );
  if (lb.serverlessNeg)
    return L(
      `by outlier detection after ${GCP_OUTLIER.gatewayFailures.v} consecutive gateway errors, at its next sweep (${d(GCP_OUTLIER.interval.v)}; serverless NEGs take no health check)`,
      `서버리스 NEG에는 헬스 체크가 없어, 게이트웨이 오류가 ${GCP_OUTLIER.gatewayFailures.v}번 연속된 뒤 다음 점검(${dk(GCP_OUTLIER.interval.v)})에서`,
    );
  if (lb.galeraCheck && tm.profile.id === 'maxscale')
    return L(
      `through its Galera Monitor (galeramon, no failcount), at the first pass that cannot reach it: monitor_interval ${d(tm.interval.value)} + backend_connect_timeout ${d(tm.timeout.value)} (${d(lb.lbDetect ?? 0)}),`,
      `Galera 모니터(galeramon, failcount 없음)가 처음으로 접속하지 못한 패스에서, monitor_interval ${dk(tm.interval.value)} + backend_connect_timeout ${dk(tm.timeout.value)}(${dk(lb.lbDetect ?? 0)})`,
    );
  if (lb.galeraCheck)
    return L(
      `after its Galera health check, every ${d(PROXYSQL_GALERA.interval.v)}, timed out ${PROXYSQL_GALERA.timeouts.v} times in a row (mysql-monitor_galera_healthcheck_max_timeout_count; ${d(lb.lbDetect ?? 0)})`,
      `${dk(PROXYSQL_GALERA.interval.v)}마다 하는 Galera 헬스 체크가 ${PROXYSQL_GALERA.timeouts.v}번 연속 시간 초과, ${dk(lb.lbDetect ?? 0)}`,
    );
  if (tm.profile.blockingChecks)
    return L(
      `through its monitor (mariadbmon), after ${tm.failures.value} passes in a row ${d(tm.interval.value)} apart could not reach it, each waiting up to backend_connect_timeout ${d(tm.timeout.value)} (${d(lb.lbDetect ?? 0)}),`,
      `모니터(mariadbmon)가 ${dk(tm.interval.value)} 간격 모니터 패스에서 ${tm.failures.value}번 연속 접속하지 못함, 매번 backend_connect_timeout ${dk(tm.timeout.value)}까지 대기, ${dk(lb.lbDetect ?? 0)}`,
    );
  if (tm.profile.downAfterTimeout)
    return L(
      `after its monitor, sent every ${d(tm.interval.value)}, has had no good answer within its timeout (${d(lb.lbDetect ?? 0)})`,
      `${dk(tm.interval.value)}마다 보내는 모니터가 타임아웃(${dk(lb.lbDetect ?? 0)}) 안에 정상 응답을 받지 못함`,
    );
  // A health-checked DNS name over a tier's instances: the address leaves the answers after the checks, and the clients
  // drop it when their cached answer expires.
  if (lb.kind === 'dns')
    return L(
      `after ${tm.failures.value} failed health check${tm.failures.value === 1 ? '' : 's'} ${d(tm.interval.value)} apart and the answers' TTL (${d(tm.ttl.value)}) (${d(lb.lbDetect ?? 0)})`,
      `${dk(tm.interval.value)} 간격 헬스 체크 ${tm.failures.value}번 실패 뒤 응답의 TTL(${dk(tm.ttl.value)})까지, ${dk(lb.lbDetect ?? 0)}`,
    );
  if (tm.profile.id === 'ingress-nginx')
    return L(
      `once the pod's readiness probe has failed ${tm.failures.value} times ${d(tm.interval.value)} apart and the endpoints drop it (${d(lb.lbDetect ?? 0)})`,
      `파드의 readiness 프로브가 ${dk(tm.interval.value)} 간격으로 ${tm.failures.value}번 실패해 엔드포인트에서 빠진 뒤, ${dk(lb.lbDetect ?? 0)}`,
    );
  if (tm.passive)
    return L(
      `after ${tm.failures.value} failed request${tm.failures.value === 1 ? '' : 's'} (passive checks, ${d(tm.timeout.value)} each for a silent server)`,
      `실제 요청 ${tm.failures.value}번 실패, 응답 없는 서버는 한 번에 ${dk(tm.timeout.value)}의 패시브 체크`,
    );
  if (tm.failures.value === 1)
    return L(
      `after a failed health check (one every ${d(tm.interval.value)}${tm.profile.id === 'keepalived' ? ', keepalived\'s delay_loop' : ''}: up to ${d(lb.lbDetect ?? 0)})`,
      `${dk(tm.interval.value)}마다 하는 헬스 체크${tm.profile.id === 'keepalived' ? '(keepalived의 delay_loop)' : ''} 한 번 실패, 최대 ${dk(lb.lbDetect ?? 0)}`,
    );
  return L(
    `after ${tm.failures.value} failed health checks ${d(tm.interval.value)} apart (${d(lb.lbDetect ?? 0)})`,
    `${dk(tm.interval.value)} 간격 헬스 체크 ${tm.failures.value}번 실패, ${dk(lb.lbDetect ?? 0)}`,
  );
}

/**
 * A balancer marking a target dead, in Korean: passive detection is no health check — the real requests it sent failed
 * (nginx max_fails, Apache's worker error state) — and is said so, as a sentence rather than a list of figures.
 */
function markedDeadKo(lb: SimNode, target: string): string {
  const tm = lb.timings;
  if (lb.elbHealth)
    return `${josa(target, '이/가')} 자체 헬스 체크로 정상 대상을 하나도 갖지 못하게 되어(ELB 엔드포인트의 상태는 그 대상 상태, ${dk(lb.lbDetect ?? 0)}) ${josa(lb.name, '이/가')} 그 엔드포인트를 비정상으로 보고 더 이상 요청을 보내지 않습니다.`;
  if (tm.passive)
    return `${josa(lb.name, '이/가')} ${josa(target, '으로/로')} 보낸 실제 요청이 ${tm.failures.value}번 실패해(응답 없는 서버는 연결 시간 초과 ${dk(tm.timeout.value)}) ${josa(target, '을/를')} 오류 상태로 표시하고 더 이상 요청을 보내지 않습니다.`;
  if (lb.galeraCheck && tm.profile.id === 'maxscale')
    return `${lb.name}의 Galera 모니터(galeramon, failcount 없음)가 ${target}에 처음으로 접속하지 못한 패스에서(monitor_interval ${dk(tm.interval.value)} + backend_connect_timeout ${dk(tm.timeout.value)}, ${dk(lb.lbDetect ?? 0)}) ${josa(target, '을/를')} 다운으로 표시하고 더 이상 요청을 보내지 않습니다.`;
  if (lb.galeraCheck)
    return `${lb.name}의 Galera 헬스 체크가 ${dk(PROXYSQL_GALERA.interval.v)}마다 확인하는데 ${PROXYSQL_GALERA.timeouts.v}번 연속 시간 초과가 나서(${dk(lb.lbDetect ?? 0)}) ${josa(target, '을/를')} 라이터·리더 호스트그룹에서 빼고 더 이상 요청을 보내지 않습니다.`;
  if (tm.profile.blockingChecks)
    return `${lb.name}의 모니터(mariadbmon)가 ${dk(tm.interval.value)} 간격 모니터 패스에서 ${tm.failures.value}번 연속 ${target}에 접속하지 못해(매번 backend_connect_timeout ${dk(tm.timeout.value)}까지 대기, ${dk(lb.lbDetect ?? 0)}) ${josa(target, '을/를')} 다운으로 표시하고 더 이상 요청을 보내지 않습니다.`;
  if (tm.profile.downAfterTimeout)
    return `${lb.name}의 모니터가 ${dk(tm.interval.value)}마다 확인하는데 타임아웃 ${dk(lb.lbDetect ?? 0)} 동안 ${target}에서 정상 응답을 받지 못해 ${josa(target, '을/를')} 다운으로 표시하고 더 이상 요청을 보내지 않습니다.`;
  if (lb.kind === 'dns')
    return `${lb.name}의 헬스 체크가 ${dk(tm.interval.value)} 간격으로 ${tm.failures.value}번 연속 실패해 ${josa(target, '을/를')} 응답에서 빼고, 클라이언트는 캐시한 응답의 TTL(${dk(tm.ttl.value)})이 지나면 더 이상 요청을 보내지 않습니다(${dk(lb.lbDetect ?? 0)}).`;
  return `${lb.name}의 헬스 체크가 ${dk(tm.interval.value)} 간격으로 ${tm.failures.value}번 연속 실패해(${dk(lb.lbDetect ?? 0)}) ${josa(target, '을/를')} 장애로 판단하고 더 이상 요청을 보내지 않습니다.`;
}

/** Seconds a checking balancer waits before sending to an instance that is back: `rise` passing checks, `interval` apart. */
function riseTime(lb: SimNode): number {
  if (lb.serverlessNeg) return GCP_OUTLIER.ejection.v;
  // ProxySQL's Galera check (MaxScale's galeramon) puts a member back at its next check that finds it synced.
  if (lb.galeraCheck) return lb.timings.profile.id === 'maxscale' ? lb.timings.interval.value : PROXYSQL_GALERA.interval.v;
  return riseSeconds(lb);
}

/** How a virtual IP's move is timed (keepalived: advert_int × 3 + skew). */
function vipText(s: SimNode): Localized {
  const tm = s.timings;
  if (tm.profile.id === 'pgpool')
    return L(`Pgpool-II watchdog: no heartbeat for wd_heartbeat_deadtime ${d(s.selfDetect ?? tm.vipMove)}`, `Pgpool-II watchdog: wd_heartbeat_deadtime ${dk(s.selfDetect ?? tm.vipMove)} 동안 하트비트 없음`);
  const beats = PROFILES.keepalived.values.beats!.v;
  const hb = tm.heartbeat.attr ? tm.heartbeat.value : PROFILES.keepalived.values.heartbeat!.v;
  // MetalLB in layer 2 mode: the speakers find a dead node by memberlist gossip, and another announces the address with
  // gratuitous ARP — seconds (metallb-layer2); keepalived's timing stands in (generic).
  if ((textAttr(s.node, 'engine') ?? '').toLowerCase() === 'metallb')
    return L(
      `MetalLB layer 2: the speakers' memberlist finds the node dead and another speaker announces the address with gratuitous ARP, timed as keepalived's (generic): ${beats} missed beats ${d(hb)} apart + skew ${d(tm.skew.value)}`,
      `MetalLB 레이어 2: 스피커들의 memberlist가 노드 장애를 알아채고 다른 스피커가 gratuitous ARP로 주소를 알림, keepalived 값으로 계산(범용 기본값): ${dk(hb)} 간격 ${beats}번 누락 + 스큐 타임 ${dk(tm.skew.value)}`,
    );
  // A Citrix ADC pair: its HA dead interval (citrix-ha), unless a `heartbeat=` is written.
  if (CITRIX_ENGINES.has((textAttr(s.node, 'engine') ?? '').toLowerCase()) && !tm.heartbeat.attr)
    return L(`Citrix ADC HA: no heartbeat for the dead interval, ${d(tm.vipMove)}; hello every 200 ms`, `Citrix ADC HA: 데드 인터벌 ${dk(tm.vipMove)} 동안 하트비트 없음, 헬로는 200ms 간격`);
  // An appliance pair (F5 BIG-IP, A10) fails over on its own network heartbeat, not VRRP: keepalived's timing stands in (generic).
  if (APPLIANCE_PAIRS.has((textAttr(s.node, 'engine') ?? '').toLowerCase()))
    return L(
      `the pair's failover heartbeat, timed as keepalived's (generic): ${beats} missed beats ${d(hb)} apart + skew ${d(tm.skew.value)}`,
      `장비 쌍의 페일오버 하트비트, keepalived 값으로 계산(범용 기본값): ${dk(hb)} 간격 ${beats}번 누락 + 스큐 타임 ${dk(tm.skew.value)}`,
    );
  return L(`VRRP: ${beats} missed advertisements ${d(hb)} apart + skew ${d(tm.skew.value)}`, `VRRP 알림(advertisement) ${beats}번 연속 미수신(${dk(hb)} 간격) + 스큐 타임 ${dk(tm.skew.value)}`);
}


function modeOf(s: SimNode): string {
  const v = s.node.attrs.get('mode')?.value;
  return v && v.type === 'text' ? v.value : 'standalone';
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** A rate or a count for a message: to one decimal, with thousands separators (10,000 — as the rules write them). */
function num(x: number): string {
  return round(x).toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** Whether some instance of s is placed in the zone / region of the target. */
export function placedIn(s: SimNode, tg: SimTarget): boolean {
  if (tg.type === 'node') return tg.node === s.name;
  const zones = s.node.zones;
  // A managed service that fails over across zones is placed where its primary runs; one spread over many nodes is in no zone (unless pinned with `zone=`).
  if (tg.type === 'zone') return failsOverAcrossZones(s) || (s.managed && s.providerStandby && s.instances === 1) ? s.zoneOf(0) === tg.zone : !spreadOverZones(s) && zones.includes(tg.zone);
  if (!zones.length) return s.regionOf(null) === tg.region;
  return zones.some((z) => s.regionOf(z) === tg.region);
}

/** One request class being recorded: entry position, router, route index, its series. */
interface ClassTrack {
  /** Known to keep its baseline value for the whole run: not evaluated (a sparse sweep run). */
  fixed?: boolean;
  k: number;
  router: number;
  route: number;
  points: { at: number; success: number; idle?: boolean }[];
  last: number;
  /** Its share served before any step (1 in a sweep run, which starts from the shared baseline). */
  base: number;
  /** Some request reached its router at a moment recorded (or the router was not serving itself then). */
  reached?: boolean;
  /** No request reaches its router at the last moment recorded, while it serves. */
  idle?: boolean;
  /**
   * A sparse sweep run's class of a router with nothing changing above it (quietAbove): its route's
   * value and its own at baseline. While the route keeps its value, the class keeps its own.
   */
  quiet?: { route: number; value: number };
}

/** One queue being tracked: processed share and producer rate since `from`, backlog, the moment processing fell short. */
interface QueueTrack {
  /** `retention=` of the queue, seconds, or null (messages wait as long as it takes). */
  retention: number | null;
  /** Messages deleted unprocessed once older than the retention. */
  lost: number;
  p: number;
  rate: number;
  since: number | null;
  from: number;
  backlog: number;
  maxBacklog: number;
  maxDelay: number;
  /** The consumer groups that fell behind (names as laggingGroups gives them), or none: every group. */
  behind?: string[];
}


/**
 * At the end of a shortfall (processing whole again, or the end of the run):
 * the messages that waited longer than the retention were deleted. Taken as
 * accepted evenly over the shortfall: the share (length − retention) / length
 * of the backlog.
 */
function expire(st: QueueTrack, t: number): void {
  const R = st.retention;
  if (R === null || st.since === null) return;
  const len = t - st.since;
  if (len <= R || st.backlog <= 0) return;
  const gone = (st.backlog * (len - R)) / len;
  st.lost += gone;
  st.backlog -= gone;
}

/** Per model, flags of each node read on the evaluation's hot path (reach, undetected): computed once, not per call. */
const CLICKHOUSE = 1;
const PG_PRIMARY_POOL = 2;
const flagsMemo = new WeakMap<Model, Uint8Array>();
function engineFlags(m: Model): Uint8Array {
  let f = flagsMemo.get(m);
  if (f) return f;
  f = new Uint8Array(m.nodes.length);
  for (const s of m.nodes) {
    const e = engineOf(s.node);
    if (e === 'clickhouse') f[s.idx]! |= CLICKHOUSE;
    // A self-run PostgreSQL cluster written as its instances: one primary behind the read-write endpoint (reach).
    if (!s.managed && s.dataKind && s.node.role !== 'replica' && s.node.role !== 'standby' && MANAGED_PRIMARY_PG_ENGINES.test(e)) f[s.idx]! |= PG_PRIMARY_POOL;
  }
  flagsMemo.set(m, f);
  return f;
}

function advanceQueue(st: QueueTrack, t: number): void {
  if (t > st.from) st.backlog += st.rate * (1 - st.p) * (t - st.from);
  // Past the retention only the last `retention` seconds of messages still wait (taken as accepted evenly).
  const R = st.retention;
  const waiting = R !== null && st.since !== null && t - st.since > R ? (st.backlog * R) / (t - st.since) : st.backlog;
  st.maxBacklog = Math.max(st.maxBacklog, waiting);
  if (st.since !== null) st.maxDelay = Math.max(st.maxDelay, t - st.since);
  st.from = t;
}

/** The share of a node's requests that need callee a: the sum of its request classes that do (1 without classes). */
function classShare(s: SimNode, a: number): number {
  if (!s.routes || s.or !== null) return 1;
  let v = 0;
  for (const r of s.routes) if (r.pool.includes(a)) v += r.share;
  return v;
}

/** Whose figure a managed failover's time is: the product's own, or the generic managed one (Redis replication has none). */
function failoverProfile(tm: SimNode['timings']): (typeof PROFILES)[keyof typeof PROFILES] {
  const id = tm.failover?.profile;
  return id && id !== tm.profile.id && id in PROFILES ? PROFILES[id as keyof typeof PROFILES] : tm.profile;
}

/**
 * A CDN route with two or more origins is an origin group (CloudFront, Front Door priority): the first origin serves,
 * and a request it fails goes to the next (cloudfront-origin-failover). A balancer's pool spreads instead.
 */
function originGroup(s: SimNode, pool: readonly number[]): boolean {
  return s.kind === 'cdn' && pool.length >= 2 && s.timings.profile.id !== 'azure-front-door';
}

/**
 * Seconds a cache that restarted empty takes to hold its keys again: generic (no product documents it — it depends on
 * how often each key is read); the run counts the instance's keys as misses for that long.
 */
const CACHE_WARMUP = DEFAULTS.cacheWarmup;

/**
 * A service whose instances sit behind the platform's own front end (Azure App Service): a balancer in front (Front Door,
 * Application Gateway, Traffic Manager) reaches the app's host name, not an instance, so its checks never take a lost
 * instance out — the platform's Health check does, in its own time (round 62b r07: two origins read as probed per instance).
 */
function platformFronted(s: SimNode): boolean {
  return s.timings.profile.id === 'azure-app-service' && s.instances > 1;
}

/** A cache that keeps nothing across a restart: Memcached. */
function coldAfterRestart(s: SimNode): boolean {
  // (So does a lone managed cache node the provider replaces with an empty one — Memorystore Basic, a single ElastiCache
  // node: round 111 r01 was "fully served" the moment it came back empty.)
  return isMemcached(s.node) || (s.kind === 'cache' && s.providerReplaces);
}

/** Per node of a model, the disks it fails over on (failoverDisks): computed once per model, not per run of a sweep. */
const diskLists = new WeakMap<Model, (readonly number[])[]>();
function diskListsOf(m: Model): (readonly number[])[] {
  let l = diskLists.get(m);
  if (!l) diskLists.set(m, (l = m.nodes.map((s) => failoverDisks(m, s))));
  return l;
}

/** The request class a route key belongs to: a share sub-class of one (`writes share 6`, the writes that also publish) is that class. */
function classOfKey(key: string): string {
  return key.replace(/ share \d+$/, '');
}

/**
 * What a passive proxy's time before it tries a failed server again is called in its product: Apache's worker `retry`,
 * mod_jk's `recover_time`, the WebLogic plug-in's `MaxSkipTime` (round 124c r06 read nginx's `fail_timeout` there).
 */
function retryWord(lb: SimNode): { en: string; ko: string } {
  const id = lb.timings.profile.id;
  return id === 'apache-httpd'
    ? { en: 'its worker retry', ko: 'retry' }
    : id === 'mod-jk'
      ? { en: "mod_jk's recover_time", ko: 'mod_jk의 recover_time' }
      : id === 'weblogic-plugin'
        ? { en: "the plug-in's MaxSkipTime", ko: '플러그인의 MaxSkipTime' }
        : { en: 'fail_timeout', ko: 'fail_timeout' };
}

/** nginx ignores max_fails and fail_timeout for the only server of an upstream: it is never marked unavailable (nginx-upstream). */
function nginxLoneServer(lb: SimNode, s: SimNode): boolean {
  return lb.timings.profile.id === 'nginx' && s.instances === 1 && poolsWith(lb, s.idx).every((p) => p.length === 1);
}

/** Whether a repair comes from the generic VM rebuild (no profile documents one, none written). */
function genericRepair(s: SimNode, by: 'failover' | 'repair'): boolean {
  const r = s.timings.repair;
  return by === 'repair' && r.attr === null && r.profile === 'generic';
}

/** A balancer that passes a request on only after a connect timeout longer than its sender waits (DEFAULTS.hangLimit). */
function hangsPastLimit(lb: SimNode): boolean {
  return lb.timings.passive === true && lb.timings.timeout.value > DEFAULTS.hangLimit;
}

/** Whether a node's clients retry for longer than `detect`, the time its cluster takes to route around a lost instance. */
function retriesThrough(s: SimNode, detect: number): boolean {
  if (replicatedVolume(s)) return true;
  const retry = s.timings.profile.values.retryFor;
  return retry !== undefined && detect <= retry.v;
}

/**
 * A replicated volume (`storage replicas=3` with no engine of its own: Longhorn, a DRBD-like block device, a
 * replicated file system) or a GlusterFS replicated volume: every write goes to each replica, so a lost replica stalls
 * the volume's I/O until it is dropped — the callers wait (the kernel's block layer blocks) rather than one request in
 * N failing.
 */
function replicatedVolume(s: SimNode): boolean {
  return s.kind === 'storage' && s.group === null && s.instances >= 2 && !s.managed && (s.timings.profile.id === 'generic' || s.timings.profile.id === 'glusterfs') && s.node.role !== 'standby' && s.node.role !== 'replica' && !s.node.attrs.has('shards');
}

/**
 * Servers whose login sessions are also written to their database, so losing instances — all of them — logs nobody
 * out: Keycloak 26 and later (persistent user sessions on by default, keycloak-persistent-sessions; before 26 its
 * Infinispan caches kept two owners and lost the sessions whose both owners went — round 40b).
 */
const PERSISTED_SESSIONS: ReadonlySet<string> = new Set(['keycloak']);

/** A server whose `sessions=replicated` are kept by an embedded grid of a known engine (DATA_GRID_COPIES), or undefined. */
function sessionGrid(s: SimNode): { copies: number; setting: string } | undefined {
  return textAttr(s.node, 'sessions') === 'replicated' ? DATA_GRID_COPIES.get(engineOf(s.node)) : undefined;
}

/**
 * In-memory data grids that keep a synchronous backup of every partition by default, by engine word: copies of each
 * partition and the setting (Hazelcast: a map's backup-count 1, hazelcast-map-backups; Infinispan: a distributed cache
 * keeps 2 owners, infinispan-owners).
 */
const DATA_GRID_COPIES: ReadonlyMap<string, { copies: number; setting: string }> = new Map([
  ['hazelcast', { copies: 2, setting: 'backup-count 1' }],
  ['infinispan', { copies: 2, setting: 'owners 2' }],
  ['jboss-data-grid', { copies: 2, setting: 'owners 2' }],
  ['red-hat-data-grid', { copies: 2, setting: 'owners 2' }],
  // WebLogic's in-memory replication keeps each HTTP session on a primary and one secondary server (weblogic-session-
  // replication; round 123c r03: a hall's loss read as all-to-all, 0 % lost).
  ['weblogic', { copies: 2, setting: 'a primary and one secondary' }],
  ['oracle-weblogic', { copies: 2, setting: 'a primary and one secondary' }],
  ['wls', { copies: 2, setting: 'a primary and one secondary' }],
]);


/**
 * Per design, router R and router i: the routes of i whose pools lead to R (some node of the pool is R or upstream of
 * it). The graph does not change between the losses of a sweep, so this is computed once per pair (towardOverride ran
 * it on every evaluation: a third of the 1,000-node sweep).
 */
const towardCache = new WeakMap<Model, Map<number, Map<number, Int32Array>>>();
function towardRoutes(m: Model, routes: readonly { pool: readonly number[] }[], i: number, router: number): Int32Array {
  let byRouter = towardCache.get(m);
  if (!byRouter) towardCache.set(m, (byRouter = new Map()));
  let byNode = byRouter.get(router);
  if (!byNode) byRouter.set(router, (byNode = new Map()));
  let out = byNode.get(i);
  if (!out) {
    const up = closure(new Set([router]), m.preds);
    const idx: number[] = [];
    for (let r = 0; r < routes.length; r++) if (routes[r]!.pool.some((p) => up.has(p))) idx.push(r);
    byNode.set(i, (out = Int32Array.from(idx)));
  }
  return out;
}

