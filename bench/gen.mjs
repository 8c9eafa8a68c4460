// Deterministic generators for the benchmark and the robustness tests: designs of
// a given node count (edges ≈ 2 × nodes) and long Markdown notes full of designs.
// No randomness: the same arguments give the same text, so runs can be compared.

/**
 * The body of one design (no fences) with about `nodes` nodes and 2 × nodes edges.
 * Units of 10 nodes (lb → web → app → service / cache / queue / db with standby
 * and replica, storage), chained to the next unit so the graph is connected.
 * `goal: true` adds a goal line (the goal rules then run the estimate sweep).
 * `mistakes: true` sprinkles a few findings (unknown kind, typo'd attribute).
 */
export function designBody(nodes, { goal = false, mistakes = false, prefix = '' } = {}) {
  const out = [];
  if (goal) out.push('goal availability=99.95% rto=5m rpo=1s');
  out.push('zone az-1', 'zone az-2');
  out.push(`${prefix}users: client rate=1000`);
  const units = Math.max(1, Math.round((nodes - 1) / 10));
  const Z = 'zones=az-1,az-2';
  for (let k = 0; k < units; k++) {
    const p = `${prefix}u${k}-`;
    out.push(`${p}lb: load-balancer replicas=2 health-check vip ${Z}`);
    out.push(`${p}web: web-server replicas=2 state=stateless ${Z}`);
    out.push(`${p}app: app-server replicas=3 state=stateless ${Z}`);
    out.push(`${p}svc: service replicas=2 ${Z}`);
    out.push(mistakes && k % 7 === 3 ? `${p}cache: cahce replicas=2 ${Z}` : `${p}cache: cache engine=redis replicas=2 ${Z}`);
    out.push(`${p}q: queue replicas=2 ${Z}`);
    out.push(`${p}db: database engine=postgres primary zone=az-1`);
    // Two synchronous standbys (ANY 1): a PostgreSQL primary with one waits for it on every commit, a single point of
    // failure since the model learnt it (December 2026); the bench measures the design as the product advises it.
    out.push(`${p}db-sb: database standby of=${p}db replication=sync failover=auto replicas=2 zone=az-2`);
    out.push(mistakes && k % 5 === 2 ? `${p}db-rr: database replica of=${p}db replicaton=async zone=az-2` : `${p}db-rr: database replica of=${p}db replication=async zone=az-2`);
    out.push(`${p}st: storage replicas=2 ${Z}`);
  }
  for (let k = 0; k < units; k++) {
    const p = `${prefix}u${k}-`;
    const n = `${prefix}u${(k + 1) % units}-`;
    // 20 edges per unit: 7 lines of chains and pairs.
    out.push(`${prefix}users -> ${p}lb -> ${p}web -> ${p}app -> ${p}svc`); // 4
    out.push(`${p}app -> ${p}cache : sessions`); // 1
    out.push(`${p}app -> ${p}db : writes`); // 1
    out.push(`${p}app -> ${p}db-rr : reads`); // 1
    out.push(`${p}app -> ${p}q -> ${p}svc -> ${p}st`); // 3
    out.push(`${p}svc -> ${p}cache`, `${p}svc -> ${p}db-rr`, `${p}web -> ${p}cache`, `${p}q -> ${p}db`); // 4
    if (units > 1) out.push(`${p}app -> ${n}svc`, `${p}svc -> ${n}q`, `${p}web -> ${n}app`, `${p}q -> ${n}st`, `${p}svc -> ${n}db-rr`, `${p}app -> ${n}cache`); // 6
  }
  out.push(`scenario az-1-down: fail zone:az-1; recover zone:az-1 at=5m`);
  out.push(`scenario app-loss: fail ${prefix}u0-app#1 at=10s; spike x3 at=20s`);
  return out.join('\n');
}

/** One design in a Markdown block. */
export function designNote(nodes, opts = {}) {
  return '```topology bench ' + nodes + '\n' + designBody(nodes, opts) + '\n```\n';
}

const PROSE = [
  '고가용성(HA)은 시스템이 오랫동안 멈추지 않고, 멈추더라도 빨리 돌아오는 성질이다. 페일오버가 느리면 RTO를 못 지킨다.',
  'A load balancer with a health check takes a dead instance out of rotation; without one, every third request fails.',
  '- 액티브-스탠바이: 평소에는 액티브가 일하고 스탠바이는 같은 데이터를 따라간다.',
  '- Replication lag is the RPO of asynchronous replication: the last second of writes can be lost.',
  '> 단일 장애점(SPOF)은 그것 하나만 멈춰도 전체가 멈추는 부품이다.',
  'Sharding splits the data; it does not make any shard more available. *Emphasis*, `code`, [a link](https://example.com).',
  '',
];

/**
 * A note of about `lines` lines holding `designs` topology designs spread evenly
 * through prose, lists, quotes, headings and other code blocks. Each design has
 * `nodesPerDesign` nodes (some with mistakes so there are findings to publish).
 * Returns the text and where each design's first content line is.
 */
export function bigNote(lines, designs, nodesPerDesign = 12) {
  const out = [];
  const designLines = [];
  const bodies = [];
  // Every design distinct (names carry its number): no design is a cache hit of another.
  for (let d = 0; d < designs; d++) bodies.push(designBody(nodesPerDesign, { mistakes: d % 3 === 0, goal: d % 4 === 0, prefix: `d${d}.` }).split('\n'));
  const designTotal = bodies.reduce((s, b) => s + b.length + 2, 0);
  const proseTotal = Math.max(0, lines - designTotal);
  const prosePer = Math.floor(proseTotal / (designs + 1));
  let p = 0;
  const prose = (n) => {
    for (let i = 0; i < n; i++) {
      if (i % 40 === 0) out.push(`## Section ${out.length}`);
      else if (i % 97 === 50 && i + 4 < n) {
        out.push('```js', `const x${out.length} = failover(db);`, '```');
        i += 2;
      } else out.push(PROSE[p++ % PROSE.length]);
    }
  };
  for (let d = 0; d < designs; d++) {
    prose(prosePer);
    out.push('');
    out.push(`\`\`\`topology design ${d}`);
    designLines.push(out.length);
    out.push(...bodies[d]);
    out.push('```');
  }
  prose(Math.max(0, lines - out.length));
  return { text: out.join('\n') + '\n', designLines };
}

/** A note of about `bytes` UTF-8 bytes, built like bigNote (distinct designs, one per 250 lines). */
export function sizedNote(bytes) {
  const sample = bigNote(5000, 20).text;
  const lines = Math.round((5000 * bytes) / Buffer.byteLength(sample));
  return bigNote(lines, Math.min(2000, Math.round(lines / 250))).text;
}

/**
 * The "gateway fan-out" design (issue 17): one client with a rate, a managed API
 * gateway routing by path to `services` services (two pods each, with a capacity),
 * each service writing to one of `pairs` database pairs (primary + synchronous
 * standby with automatic failover, backed up). A goal, so the estimate runs.
 * 2,800 services and 100 pairs make 3,002 nodes.
 */
export function gatewayFanOut(services = 2800, pairs = 100) {
  const out = ['goal availability=99.9% rto=5m rpo=1m', 'zone az-1', 'zone az-2'];
  out.push(`users: client rate=${services * 10}`);
  out.push('gw: gateway managed health-check zones=az-1,az-2');
  for (let p = 0; p < pairs; p++) {
    out.push(`db${p}: database engine=postgres primary zone=az-1 max-connections=500 backup=1h`);
    out.push(`db${p}-sb: database standby of=db${p} replication=sync failover=auto replicas=2 zone=az-2`);
  }
  for (let s = 0; s < services; s++) out.push(`s${s}: service replicas=2 state=stateless capacity=20 connections=5 zones=az-1,az-2`);
  out.push('users -> gw');
  for (let s = 0; s < services; s++) out.push(`gw -> s${s} : /s${s}`, `s${s} -> db${s % pairs}`);
  return out.join('\n');
}

/**
 * A design of about `nodes` nodes using the failure model v2: units of 10 nodes
 * behind one client with a rate — a load balancer routing by path (/api 70%,
 * /static 30%), services with a capacity, a Kafka queue and its consumers, an
 * etcd quorum group coordinating a Patroni primary/standby pair with backups and
 * a connection limit, and a sharded Redis cluster. Units are chained (the API of
 * one unit also calls the next unit's cache) so the graph is connected.
 */
export function richBody(nodes, { goal = false, overloaded = false } = {}) {
  const out = [];
  if (goal) out.push('goal availability=99.95% rto=5m rpo=1s');
  out.push('zone az-1', 'zone az-2', 'zone az-3');
  const units = Math.max(1, Math.round((nodes - 1) / 10));
  // The client calls every unit's balancer with its whole rate (a request needs each of its callees):
  // 100 req/s puts each unit well within its capacity (/api gets 70 of its 300), as a design that works is.
  // `overloaded` gives each unit ten times that, past its capacity before anything fails.
  out.push(`users: client rate=${overloaded ? 1000 : 100}`);
  const Z = 'zones=az-1,az-2';
  for (let k = 0; k < units; k++) {
    const p = `u${k}-`;
    out.push(`${p}lb: load-balancer replicas=2 health-check vip ${Z}`);
    out.push(`${p}api: app-server replicas=3 state=stateless capacity=100 connections=10 ${Z}`);
    out.push(`${p}static: web-server replicas=2 state=stateless capacity=200 ${Z}`);
    out.push(`${p}q: queue engine=kafka replicas=3 zones=az-1,az-2,az-3 retention=7d`);
    out.push(`${p}worker: service replicas=2 capacity=100 connections=5 ${Z}`);
    out.push(`${p}etcd: consensus engine=etcd replicas=3 zones=az-1,az-2,az-3`);
    out.push(`${p}db: database engine=patroni primary zone=az-1 coordinator=${p}etcd backup=1h max-connections=200`);
    out.push(`${p}db-sb: database standby of=${p}db replication=sync failover=auto zone=az-2 coordinator=${p}etcd`);
    out.push(`${p}cache: cache engine=redis mode=cluster replicas=6 shards=3 ${Z}`);
    out.push(`${p}mon: monitor watches=${p}db interval=1m`);
  }
  for (let k = 0; k < units; k++) {
    const p = `u${k}-`;
    const n = `u${(k + 1) % units}-`;
    out.push(`users -> ${p}lb`);
    out.push(`${p}lb -> ${p}api : /api share=70%`, `${p}lb -> ${p}static : /static/*`);
    out.push(`${p}api -> ${p}q`, `${p}q -> ${p}worker`, `${p}worker -> ${p}db : writes`);
    out.push(`${p}api -> ${p}db : reads`, `${p}api -> ${p}cache`);
    if (units > 1) out.push(`${p}api -> ${n}cache`);
  }
  out.push('scenario az-1-down: fail zone:az-1; recover zone:az-1 at=5m');
  return out.join('\n');
}
