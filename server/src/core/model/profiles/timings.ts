/**
 * A node's timings: its profile's values, each overridden by the attribute of
 * the same meaning. Every timing the model, the estimate and the simulator use
 * comes from here (no hidden constants elsewhere), with where it came from, so
 * the hover can show it and docs/defaults.md can cite it.
 *
 * Attributes: `interval`, `timeout`, `failures`, `rise` (health checks;
 * on a data node `failures` is the missed beats), `ttl` (DNS; Patroni's leader
 * lock), `heartbeat`, `down-after`, `node-timeout`, `promote`, `lag`,
 * `autoscale-delay`, `repair`, `availability`.
 */
import type { Attr, Localized, TopologyNode } from '../../syntax/ast';
import { formatDuration } from '../../shared/format';
import { koDuration } from '../../shared/duration';
import { AZURE_ACCOUNT_FAILOVER, AZURE_STORAGE_ENGINES, K8S_NODE, K8S_SERVICE_PROXY, PACEMAKER_ORACLE, PROFILES, SHARED_STORE_BROKERS, type Profile, type ProfileId, type ProfileValues, type Status, type Value } from './table';
import { scalesToZero, selectProfile, type Selection } from './select';

export interface Timing {
  /** Seconds (counts for thresholds, a fraction for availability). */
  value: number;
  /** The attribute that set it, or null when it is the profile's default. */
  attr: string | null;
  /** The profile the default comes from ('generic' for the project's own choices). */
  profile: ProfileId;
  cite: string;
  status: Status;
  range?: [number, number];
}

export interface Timings {
  profile: Profile;
  /** The engine as written (lower-cased), or null. */
  engine: string | null;
  /** The engine is a product the project knows (always true without engine). */
  known: boolean;
  managed: boolean;
  // -- health checks of the targets behind this node (balancer, DNS, Kubernetes Service)
  interval: Timing;
  timeout: Timing;
  failures: Timing;
  rise: Timing;
  /** The node checks its targets: `health-check`, or a product that always does (ALB, NLB, nginx passive, a Service, Route 53). */
  checks: boolean;
  passive: boolean;
  /** Seconds until a dead target stops getting requests: interval × failures (passive: failures × timeout; F5: timeout; MaxScale: (interval + timeout) × failures). */
  removal: number;
  /** DNS: TTL, and detection (interval × failures) and switch (+ TTL) of a failover answer. */
  ttl: Timing;
  dnsDetect: number;
  dnsSwitch: number;
  /** Set when a DNS product marks targets down on its monitor's timeout (the detection), not a count of failed checks. */
  dnsTimeout: Timing | null;
  // -- failure detection and promotion of this node's data (standby, replicas)
  heartbeat: Timing;
  /** Missed beats (the `failures` attribute on a data node). */
  beats: Timing;
  downAfter: Timing | null;
  nodeTimeout: Timing | null;
  /** Patroni `loop_wait`. */
  loopWait: Timing | null;
  /** Seconds from the loss of the primary to its failover manager declaring it down. */
  detect: Timing;
  /** How detect is built, for the hover and the timeline (e.g. "down-after 30s"). */
  detectHow: Localized;
  promote: Timing;
  manualPromote: Timing;
  lag: Timing;
  /** The product replicates synchronously by default (no acknowledged write lost). */
  sync: Timing;
  /** Seconds for a virtual IP to move (keepalived/VRRP: heartbeat × beats + skew). */
  vipMove: number;
  skew: Timing;
  /** Managed service: seconds until its own failover serves again, or null when it has none (single-AZ). */
  failover: Timing | null;
  availability: Timing;
  repair: Timing;
  autoscaleDelay: Timing;
  /**
   * Kubernetes: seconds before the pods of a lost host leave the Service (node-monitor-grace-period); zone-redundant managed
   * compute (zoneDown): before the platform stops sending to a lost zone's instances; or null.
   */
  hostLoss: Timing | null;
}

const GENERIC = PROFILES.generic;

function fromValue(profile: ProfileId, v: Value): Timing {
  const t: Timing = { value: v.v, attr: null, profile, cite: v.cite, status: v.status };
  if (v.range) t.range = v.range;
  return t;
}

function attrNumber(a: Attr | undefined): number | null {
  const v = a?.value;
  if (!v) return null;
  if (v.type === 'duration') return v.seconds;
  if (v.type === 'number') return v.value;
  if (v.type === 'percent') return v.value / 100;
  return null;
}

function textOf(n: TopologyNode, key: string): string | null {
  const v = n.attrs.get(key)?.value;
  return v && v.type === 'text' ? v.value : null;
}

function flagOf(n: TopologyNode, key: string): boolean | null {
  const a = n.attrs.get(key);
  if (!a) return null;
  const v = a.value;
  if (v && v.type === 'bool') return v.value;
  if (v && v.type === 'text') return true;
  return null;
}

/** The profile selection of a node; `engine`, when given, is read in place of the node's own `engine=`. */
export function selectionOf(n: TopologyNode, engine?: string): Selection {
  return selectProfile({
    kind: n.kind,
    engine: engine ?? textOf(n, 'engine'),
    mode: textOf(n, 'mode'),
    replication: textOf(n, 'replication'),
    managedFlag: flagOf(n, 'managed'),
    autoscale: n.attrs.has('autoscale'),
    scalesToZero: scalesToZero(n.attrs.get('autoscale')),
    replicasWritten: n.attrs.has('replicas'),
    quorum: n.attrs.has('quorum'),
    replicas: n.replicas,
    label: textOf(n, 'label'),
  });
}

/**
 * A message broker written as an active/standby pair (`queue replicas=2`, no engine or ActiveMQ / Amazon MQ): when managed,
 * one active broker and a standby that takes over after "a short while" — no figure documented (round 50b r08).
 */
export function brokerPair(n: TopologyNode): boolean {
  return n.kind === 'queue' && n.attrs.has('replicas') && n.replicas === 2 && /^(|activemq|activemq-classic|amazon-?mq|amazonmq|tibco-ems|tibcoems|ems|ibm-mq|ibmmq|websphere-mq)$/.test((textOf(n, 'engine') ?? '').toLowerCase());
}

const memo = new WeakMap<TopologyNode, Timings>();

/** The attributes resolve() reads: nodes that agree on these (and on their profile) share one Timings. */
/** Citrix ADC (NetScaler) engine spellings: an HA pair fails over on its own heartbeat (set HA node -deadInterval). */
export const CITRIX_ENGINES: ReadonlySet<string> = new Set(['citrix-adc', 'netscaler', 'citrix']);
/** Citrix ADC's HA dead interval, seconds: "by default, the hello interval is 200 milliseconds and the dead interval is 3 seconds" (citrix-ha). */
export const CITRIX_DEAD_INTERVAL = 3;

const READ_KEYS = ['interval', 'timeout', 'failures', 'rise', 'ttl', 'heartbeat', 'down-after', 'node-timeout', 'promote', 'lag', 'availability', 'repair', 'autoscale-delay', 'health-check', 'autoscale', 'failover'];
/** Resolved timings by profile, kind, managed and the attributes read (bounded: a design has few distinct combinations). */
const shared = new Map<string, Timings>();
const SHARED_MAX = 4096;

/** An Oracle database (single instance or RAC) by its engine word. */
function oracleEngine(n: TopologyNode): boolean {
  const e = n.attrs.get('engine')?.value;
  return !!e && e.type === 'text' && /^oracle(-rac)?$/i.test(e.value);
}

function attrKey(n: TopologyNode): string {
  let k = '';
  if (n.attrs.size === 0) return k;
  if (brokerPair(n)) k += '|pair';
  for (const key of READ_KEYS) {
    const a = n.attrs.get(key);
    if (!a) continue;
    const v = a.value;
    k += `|${key}=${v === null ? '?' : v.type === 'duration' ? v.seconds : v.type === 'number' || v.type === 'percent' || v.type === 'bool' || v.type === 'text' ? String(v.value) : v.type === 'range' ? `${v.min}..${v.max}` : v.type}`;
  }
  return k;
}

/** The timings that `key` names, resolved once and shared (the key holds everything resolve() reads). */
function sharedTimings(key: string, nodes: TopologyNode[], sel: Selection): Timings {
  let t = shared.get(key);
  if (!t) {
    t = resolve(nodes, sel);
    if (shared.size >= SHARED_MAX) shared.clear();
    shared.set(key, t);
  }
  return t;
}

/** A node's timings under another profile than its engine selects (a Kafka cluster whose controller quorum is ZooKeeper). */
export function timingsUnder(n: TopologyNode, id: ProfileId): Timings {
  const sel = { ...selectionOf(n), profile: PROFILES[id] };
  return sharedTimings(`${id}|${n.kind}|${sel.managed}|${sel.engine ?? ''}${attrKey(n)}`, [n], sel);
}

/** The timings of a node (memoised per node object, and shared between nodes that resolve alike). */
export function timingsOf(n: TopologyNode): Timings {
  let t = memo.get(n);
  if (!t) {
    const sel = selectionOf(n);
    t = sharedTimings(`${sel.profile.id}|${n.kind}|${sel.managed}|${sel.engine ?? ''}${attrKey(n)}`, [n], sel);
    memo.set(n, t);
  }
  return t;
}

/** The timings of a node read as if it named `engine` (a web server in front of WebLogic, which proxies through its plug-in). */
export function timingsAs(n: TopologyNode, engine: string): Timings {
  const sel = selectionOf(n, engine);
  return sharedTimings(`${sel.profile.id}|${n.kind}|${sel.managed}|${engine}${attrKey(n)}`, [n], sel);
}

/**
 * The timings of a failover from `primary` to `standby`: the standby's profile
 * when it names an engine, otherwise the primary's (a DRBD standby's when
 * neither names one); each attribute read on the standby first, then on the
 * primary. `manager`: the profile of the proxy that fails the pair over (MaxScale), used when the pair's own
 * selection is the generic one.
 */
export function failoverTimingsOf(standby: TopologyNode, primary: TopologyNode, manager: ProfileId | null = null): Timings {
  let sel = selectionOf(standby);
  if (sel.engine === null) {
    const theirs = selectionOf(primary);
    // A standby that only says `replication=drbd` takes its failover timings from the primary's cluster manager (Pacemaker).
    if (theirs.engine !== null || sel.profile.id !== 'drbd') sel = theirs;
  }
  // A pair whose own engines time nothing (MariaDB, MySQL) failed over by the proxy in front of it (MaxScale's monitor).
  if (manager !== null && sel.profile.id === 'generic') sel = { ...sel, profile: PROFILES[manager] };
  // Shared like timingsOf: pairs that agree on the selection and on the attributes resolve() reads on both nodes.
  return sharedTimings(`F|${sel.profile.id}|${standby.kind}|${sel.managed}|${sel.known}|${sel.engine ?? ''}${attrKey(standby)}#${attrKey(primary)}${oracleEngine(primary) ? '|oracle' : ''}`, [standby, primary], sel);
}

function resolve(nodes: TopologyNode[], sel: Selection): Timings {
  const p = sel.profile;
  const pv: ProfileValues = p.values;
  const kind = nodes[0]!.kind;
  const attr = (key: string): number | null => {
    for (const n of nodes) {
      const x = attrNumber(n.attrs.get(key));
      if (x !== null) return x;
    }
    return null;
  };
  const has = (key: string): boolean => attr(key) !== null;
  /** A value: the attribute, else the profile's, else the generic profile's (or `fallback`). */
  const get = (key: string | null, own: Value | undefined, fallback: Value | undefined = undefined, fallbackProfile: ProfileId = 'generic'): Timing => {
    const a = key ? attr(key) : null;
    const base = own ? fromValue(p.id, own) : fromValue(fallbackProfile, fallback!);
    return a === null ? base : { value: a, attr: key, profile: base.profile, cite: 'attribute', status: 'verified' };
  };
  const g = GENERIC.values;

  const isDns = kind === 'dns';
  // A name server's checks: its product's interval, else the generic DNS one (30 s), not the generic balancer's 10 s.
  const interval = isDns
    ? get('interval', pv.dnsInterval ?? (p.id === 'generic' ? undefined : pv.interval), g.dnsInterval)
    : get('interval', pv.interval, g.interval);
  const timeout0 = get('timeout', pv.timeout, g.timeout);
  const failures = get('failures', pv.failures, g.failures);
  const rise = get('rise', pv.rise, g.rise);
  const passive = p.passive === true;
  const checks = p.alwaysChecks === true || nodes[0]!.attrs.has('health-check') && flagOf(nodes[0]!, 'health-check') !== false;
  // An F5 monitor written as a count (`failures=3` and no `timeout=`): the timeout F5 pairs with it, N × interval + 1 s
  // (its default http monitor: 3 × 5 s + 1 = 16 s; f5-monitor) — round 81c r07: the count was ignored without a word.
  const f5Count = p.downAfterTimeout === true && failures.attr !== null && attr('timeout') === null;
  const counted = (t: Timing): Timing => (f5Count ? { ...t, value: round(interval.value * failures.value + 1), attr: 'failures', cite: 'attribute', status: 'derived' } : t);
  const timeout = counted(timeout0);
  // (ingress-nginx retries like a passive proxy but drops a pod when its readiness probe fails: interval × failures.)
  const removal = round(
    passive && p.id !== 'ingress-nginx'
      ? failures.value * timeout.value
      : p.downAfterTimeout
        ? timeout.value
        : p.blockingChecks
          ? (interval.value + timeout.value) * failures.value
          : interval.value * failures.value,
  );
  const ttl = get('ttl', pv.ttl, g.ttl);
  // A DNS product that marks a target down when no good answer came within its monitor's timeout (BIG-IP DNS): that timeout.
  const dnsTimeout = isDns && p.downAfterTimeout && pv.dnsTimeout ? counted(get('timeout', pv.dnsTimeout)) : null;
  const dnsDetect = round(dnsTimeout ? dnsTimeout.value : interval.value * failures.value);

  const heartbeat = get('heartbeat', pv.heartbeat, g.heartbeat);
  const beats = get('failures', pv.beats, g.beats);
  const downAfterAttr = attr('down-after');
  const downAfter: Timing | null = pv.downAfter
    ? get('down-after', pv.downAfter)
    : downAfterAttr !== null
      ? { value: downAfterAttr, attr: 'down-after', profile: p.id, cite: 'attribute', status: 'verified' }
      : null;
  const nodeTimeout = pv.nodeTimeout ? get('node-timeout', pv.nodeTimeout) : null;
  const loopWait = pv.loopWait ? get(null, pv.loopWait) : null;
  let detect: Timing;
  let detectHow: Localized;
  if (has('down-after')) {
    detect = downAfter!;
    detectHow = both((f) => `down-after ${f(detect.value)}`);
  } else if (has('heartbeat') || (!pv.downAfter && !pv.nodeTimeout && !pv.detect && !pv.loopWait)) {
    // keepalived: a backup declares the master down after 3 missed advertisements plus its skew time, as a VIP moves.
    const vrrpSkew = p.id === 'keepalived' ? (pv.skew?.v ?? 0) : 0;
    detect = { ...heartbeat, value: round(heartbeat.value * beats.value + vrrpSkew) };
    if (beats.attr) detect.attr = heartbeat.attr ?? beats.attr;
    detectHow = vrrpSkew
      ? { en: `advert_int ${formatDuration(heartbeat.value)} × ${beats.value} + skew ${formatDuration(vrrpSkew)}`, ko: `광고 간격 ${koDuration(heartbeat.value)} × ${beats.value} + 스큐 ${koDuration(vrrpSkew)}` }
      : { en: `heartbeat ${formatDuration(heartbeat.value)} × ${beats.value}`, ko: `하트비트 ${koDuration(heartbeat.value)} × ${beats.value}` };
  } else if (downAfter) {
    detect = downAfter;
    detectHow = both((f) => `down-after-milliseconds ${f(detect.value)}`);
  } else if (nodeTimeout) {
    detect = nodeTimeout;
    detectHow = both((f) => `cluster-node-timeout ${f(detect.value)}`);
  } else if (loopWait) {
    // Patroni: the leader refreshes its lock every loop_wait, so the lock expires 20–30 s (ttl − loop_wait … ttl) after
    // a crash; the replicas watch the leader key (the DCS watch wakes their HA loop when it is deleted) and race at once.
    const lockTtl = get('ttl', pv.ttl);
    detect = { ...lockTtl, value: round(lockTtl.value) };
    detectHow = {
      en: `ttl ${formatDuration(lockTtl.value)}, the lock refreshed every loop_wait ${formatDuration(loopWait.value)}`,
      ko: `ttl ${koDuration(lockTtl.value)}, 잠금은 loop_wait ${koDuration(loopWait.value)}마다 갱신`,
    };
  } else {
    detect = get(null, pv.detect);
    detectHow = both((f) => (p.detectSetting ? `${p.detectSetting} ${f(detect.value)}` : f(detect.value)));
  }
  // An Oracle instance started by Pacemaker on the other node: minutes of startup and crash recovery (PACEMAKER_ORACLE).
  const promote = get('promote', p.id === 'pacemaker' && nodes.some(oracleEngine) ? PACEMAKER_ORACLE.promote : pv.promote, g.promote);
  // A person's promotion: `promote=` on a pair written `failover=auto` is the automatic takeover's time, not what a
  // forced failover by hand takes once that takeover is blocked (a lost witness, a failed fence; round 69 r02).
  const autoWritten = nodes.some((n) => textOf(n, 'failover') === 'auto');
  // (An Azure Storage account's geo-secondary: the customer-managed account failover's documented hour, and its lag.)
  const azureGeo = kind === 'storage' && sel.engine !== null && AZURE_STORAGE_ENGINES.has(sel.engine);
  const accountFailover = azureGeo ? AZURE_ACCOUNT_FAILOVER.promote : undefined;
  const manualPromote = autoWritten ? get(null, accountFailover, g.manualPromote) : get('promote', accountFailover, g.manualPromote);
  const lag = get('lag', azureGeo ? AZURE_ACCOUNT_FAILOVER.lag : pv.lag, g.lag);
  const sync = get(null, pv.sync, g.sync);
  // A virtual IP moves on keepalived's VRRP timers, or on Pgpool-II's watchdog heartbeat for its own delegate_IP.
  const keep = p.id === 'pgpool' ? PROFILES.pgpool.values : PROFILES.keepalived.values;
  const vipHeartbeat = get('heartbeat', keep.heartbeat);
  const vipBeats = get(null, keep.beats);
  const skew = p.id === 'pgpool' ? fromValue('pgpool', { v: 0, cite: 'generic', status: 'generic' }) : fromValue('keepalived', keep.skew!);
  // A Citrix ADC (NetScaler) HA pair: the secondary takes over once no heartbeat came for the dead interval, 3 s by default
  // (hello every 200 ms; citrix-ha) — not keepalived's 3.6 s (round 125c r06). A `heartbeat=` written keeps VRRP's arithmetic.
  const citrix = sel.engine !== null && CITRIX_ENGINES.has(sel.engine) && !has('heartbeat');
  const vipMove = citrix ? CITRIX_DEAD_INTERVAL : round(vipHeartbeat.value * vipBeats.value + skew.value);

  // A managed broker pair fails over as a database does (the generic managed failover), not as a service spread over many
  // nodes by construction (SQS, Pub/Sub), whose loss of a node costs nothing.
  const dataKind = kind === 'database' || kind === 'cache' || brokerPair(nodes[0]!);
  let failover: Timing | null = null;
  const proxy = serviceProxy(sel, kind);
  // A self-run ActiveMQ pair fails over by its store's lock (activemq-locker).
  if (!sel.managed && SHARED_STORE_BROKERS.has(p.id) && brokerPair(nodes[0]!) && pv.failover) failover = fromValue(p.id, pv.failover);
  if (sel.managed) {
    if (proxy) failover = fromValue(p.id, K8S_SERVICE_PROXY.failover);
    else if (pv.failover && p.id !== 'generic-managed') failover = fromValue(p.id, pv.failover);
    else if (!p.managed || p.id === 'generic-managed') {
      const gm = PROFILES['generic-managed'].values;
      failover = fromValue('generic-managed', dataKind ? gm.failover! : gm.spreadFailover!);
    }
    // `promote=` on a managed service that fails over within itself (an ElastiCache replication group promoting its replica)
    // is that failover's time — the attribute of the same meaning (docs/language.md); it was read nowhere (round 115 r04).
    // Not on a copy of another node: there it times the copy's promotion (failoverTimingsOf).
    const written = attr('promote');
    if (failover !== null && !proxy && written !== null && nodes.length === 1 && !nodes[0]!.of)
      failover = { value: written, attr: 'promote', profile: p.id, cite: 'attribute', status: 'verified' };
  }
  const gm = PROFILES['generic-managed'].values;
  const availability = get(
    'availability',
    proxy ? K8S_SERVICE_PROXY.availability : p.id === 'generic-managed' ? undefined : pv.availability,
    sel.managed ? (kind === 'dns' ? gm.dnsAvailability : gm.availability) : g.availability,
    sel.managed ? 'generic-managed' : 'generic',
  );
  const asg = PROFILES['aws-autoscaling'].values;
  const autoscaled = nodes[0]!.attrs.has('autoscale');
  // A profile's own repair (a pod) first; then an autoscaled node's replacement by Auto Scaling; then the generic VM rebuild.
  const ownRepair = p.id === 'generic' ? undefined : pv.repair;
  const repair = ownRepair ? get('repair', ownRepair) : autoscaled ? get('repair', undefined, asg.repair, 'aws-autoscaling') : get('repair', undefined, g.repair);
  // A Kubernetes tier written to scale from zero (`autoscale=0..N`): a HorizontalPodAutoscaler cannot (minReplicas 0
  // needs the alpha HPAScaleToZero gate); KEDA or a person starts it, and its pods wait for nodes — the generic delay, not
  // the HPA's 35 s (round 70 r07).
  const fromZeroK8s = p.id === 'k8s-service' && scalesToZero(nodes[0]!.attrs.get('autoscale'));
  const autoscaleDelay = get('autoscale-delay', fromZeroK8s ? undefined : pv.autoscaleDelay, g.autoscaleDelay);
  // (ingress-nginx's controller pods too: their readiness probes run on the lost node — round 99 r03.)
  const hostLoss = p.id === 'k8s-service' || p.id === 'ingress-nginx' ? fromValue(p.id, K8S_NODE.gracePeriod) : p.values.zoneDown ? fromValue(p.id, p.values.zoneDown) : null;

  return {
    profile: p,
    engine: sel.engine,
    known: sel.known,
    managed: sel.managed,
    interval,
    timeout,
    failures,
    rise,
    checks,
    passive,
    removal,
    ttl,
    dnsDetect,
    dnsTimeout,
    dnsSwitch: round(dnsDetect + ttl.value),
    heartbeat,
    beats,
    downAfter,
    nodeTimeout,
    loopWait,
    detect,
    detectHow,
    promote,
    manualPromote,
    lag,
    sync,
    vipMove,
    skew,
    failover,
    availability,
    repair,
    autoscaleDelay,
    hostLoss,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A text in both languages around durations (English `30s`, Korean `30초`). */
function both(text: (f: (s: number) => string) => string): Localized {
  return { en: text(formatDuration), ko: text(koDuration) };
}

/** A Kubernetes Service written as a balancer and run by the cluster (K8S_SERVICE_PROXY). */
function serviceProxy(sel: Selection, kind: TopologyNode['kind']): boolean {
  return sel.profile.id === 'k8s-service' && kind === 'load-balancer' && sel.managed;
}

/** The availability a node gets when it does not say (the parser's default): its profile's. */
export function defaultAvailability(sel: Selection, kind: TopologyNode['kind'] = null): number {
  if (serviceProxy(sel, kind)) return K8S_SERVICE_PROXY.availability.v;
  const own = sel.profile.id === 'generic-managed' ? undefined : sel.profile.values.availability;
  if (own) return own.v;
  const gm = PROFILES['generic-managed'].values;
  return sel.managed ? (kind === 'dns' ? gm.dnsAvailability! : gm.availability!).v : GENERIC.values.availability!.v;
}
