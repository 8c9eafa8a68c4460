import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildModel, type Design, estimate, findTopologyBlocks, judgedLoss, type LossImpact, parseDesign, requestGraph, simulate, sweep } from '../../server/src/core';

function parse(body: string): Design {
  const b = findTopologyBlocks('```topology t\n' + body + '\n```\n')[0]!;
  const d = parseDesign({ ...b, closed: b.closeLine !== null });
  assert.deepEqual(
    d.findings.filter((f) => f.severity === 'error'),
    [],
  );
  return d;
}

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≈ ${b}`);
const loss = (e: ReturnType<typeof estimate>, name: string): LossImpact => {
  const l = e.losses.find((x) => (x.target.type === 'node' ? x.target.node : x.target.type === 'zone' ? `zone:${x.target.zone}` : `region:${x.target.region}`) === name);
  assert.ok(l, name);
  return l;
};

test('availability: series multiplies, clients count in none', () => {
  const e = estimate(
    parse(`users: client availability=50%
web: web-server availability=99%
db: database availability=99.5%
users -> web -> db`),
  );
  close(e.availability, 0.99 * 0.995);
});

test('availability: defaults 99.9%, managed without engine 99.95%, managed dns 100% (generic)', () => {
  const e = estimate(
    parse(`users: client
dns: dns
web: web-server
users -> dns -> web`),
  );
  // dns is managed by default; a managed DNS service counts 100% (generic, as Route 53's SLA).
  close(e.availability, 1 * 0.999);
  const m = estimate(parse(`users: client
db: database managed
users -> db`));
  close(m.availability, 0.9995);
  // A managed engine brings its SLA: Route 53 100%, RDS Single-AZ 99.5%.
  const r53 = estimate(parse(`users: client
dns: dns engine=route53
db: database engine=rds
users -> dns -> db`));
  close(r53.availability, 1 * 0.995);
});

test('availability: alternatives in parallel, shared callees in series once', () => {
  const e = estimate(
    parse(`users: client
lb: load-balancer availability=100%
web1: web-server availability=99%
web2: web-server availability=99%
db: database availability=99%
users -> lb
lb -> web1 -> db
lb -> web2 -> db`),
  );
  // (1 − 0.01²) for the two web servers, × 0.99 for the database both need.
  close(e.availability, (1 - 0.01 ** 2) * 0.99);
});

test('availability: k of n replicas from rate and capacity', () => {
  // Behind a balancer that checks them (a managed one, 100% here so that only web counts).
  const withLoad = estimate(
    parse(`users: client rate=150
lb: load-balancer health-check managed availability=100%
web: web-server replicas=3 availability=90% capacity=100
users -> lb -> web`),
  );
  // 1.5 instances' worth of load: with 2 or 3 up all is served (0.9³ + 3·0.9²·0.1 = 0.972), with one up 100 of
  // 150 req/s (3·0.9·0.1² · 2/3 = 0.018), as the simulation serves an overloaded tier: 0.990.
  close(withLoad.availability, 0.99);
  const any = estimate(
    parse(`users: client
lb: load-balancer health-check managed availability=100%
web: web-server replicas=3 availability=90%
users -> lb -> web`),
  );
  // 1 of 3: 1 − 0.1³.
  close(any.availability, 0.999);
  // Reached directly, with nothing that routes around a dead instance: each keeps its share while down, so web serves the mean, 90%.
  const blind = estimate(
    parse(`users: client
web: web-server replicas=3 availability=90%
users -> web`),
  );
  close(blind.availability, 0.9);
});

test('availability: a standby pair is parallel, less the failover itself; the worst entry counts', () => {
  const e = estimate(
    parse(`users: client
admins: client
app: app-server availability=100%
tool: service availability=90%
db: database availability=99%
db-standby: database standby of=db failover=auto availability=99% heartbeat=1s promote=30s
users -> app -> db
admins -> tool -> db`),
  );
  // db is down 1% of the time; while the standby is up, each failure still waits 3 × 1 s + 30 s of db's outage: 1 h 15 min,
  // its 1 h repair once someone notices (nothing monitors it: 15 min).
  close(e.availability, 0.9 * (1 - 0.01 * (0.01 + 0.99 * (33 / 4500))));
});

test('availability: a manual takeover waits for a person; one slower than the repair adds nothing', () => {
  const design = (promote: string) =>
    parse(`goal availability=99.95%
users: client
db: database engine=mysql primary availability=99.9%
db2: database engine=mysql standby of=db failover=manual promote=${promote} availability=99.9%
mon: monitor watches=db interval=1m
users -> db`);
  // Noticed after 1 min, promoted after 30 min: 31 of the 61 minutes of each failure (the monitor's minute, then the 1 h
  // rebuild, which starts when someone knows) are still down.
  close(estimate(design('30m')).availability, 1 - 0.001 * (0.001 + 0.999 * (31 / 61)));
  // A promotion slower than the repair: the standby never serves first.
  close(estimate(design('2h')).availability, 0.999);
});

test('availability: DNS failover is not instant: the primary target\'s outages last the switch', () => {
  const d = parse(`users: client
dns: dns routing=failover managed availability=100%
a: app-server availability=99%
b: app-server availability=99%
users -> dns
dns -> a
dns -> b`);
  const sw = buildModel(d).nodes.find((s) => s.name === 'dns')!.dnsSwitch;
  assert.ok(sw > 0 && sw < 3600);
  // Both down 0.01²; a down alone (0.01 × 0.99) is an outage for the switch, of a's 1 h 15 min outage (unmonitored: noticed, then repaired).
  close(estimate(d).availability, 1 - (0.01 * 0.01 + 0.01 * 0.99 * (sw / 4500)));
});

test('spofs: single nodes with nothing to take over; replicas, standbys and managed are not', () => {
  const e = estimate(
    parse(`users: client
dns: dns
lb: load-balancer health-check
web: web-server replicas=2
app: app-server
db: database
db-standby: database standby of=db failover=manual
users -> dns -> lb -> web -> app -> db`),
  );
  assert.deepEqual(e.spofs, ['lb', 'app']);
  // A managed DNS spread over many servers: its loss is absorbed (generic managed, 0s).
  assert.equal(loss(e, 'dns').rto, 0);
  assert.deepEqual(loss(e, 'dns').downEntries, []);
  assert.equal(loss(e, 'web').rto, 30);
  assert.deepEqual(loss(e, 'web').downEntries, []);
  // Manual promotion: nobody monitors db, so it starts when users report it (DEFAULTS.unnoticed, 15m), then 30m.
  assert.equal(loss(e, 'db').rto, 900 + 1800);
  assert.deepEqual(loss(e, 'db').downEntries, ['users']);
  // A single point of failure is back when it is repaired: noticed after 15 min (nothing monitors it), then the generic VM's 1h.
  assert.equal(loss(e, 'lb').rto, 4500);
  assert.equal(e.rto, 4500);
  assert.equal(e.worstRto?.target.type, 'node');
  assert.equal(e.rpo, 1);
  assert.deepEqual(e.worstRpo?.target, { type: 'node', node: 'db' });
});

test('spofs agree with the request graph: a soft cache is not needed, a session store is', () => {
  const e = estimate(
    parse(`users: client
web: app-server sessions=sess
sess: cache
cache: cache
db: database
db-standby: database standby of=db failover=auto
users -> web
web -> sess
web -> cache
web -> db`),
  );
  assert.deepEqual(e.spofs, ['web', 'sess']);
  const g = requestGraph(parse(`users: client
web: app-server
cache: cache
db: database
users -> web
web -> cache
web -> db`));
  assert.deepEqual(g.entries, ['users']);
  assert.deepEqual(g.needs.get('web'), { callees: ['db'], anyOf: false });
  assert.deepEqual(g.softEdges, [{ from: 'web', cache: 'cache', fallbacks: ['db'] }]);
});

test('losses: every node, zone and region; region losses judged only with 2+ regions', () => {
  const one = parse(`region seoul
zone a region=seoul
zone b region=seoul
users: client
lb: load-balancer managed health-check
web: web-server replicas=2 zones=a,b
users -> lb -> web`);
  const e = estimate(one);
  assert.deepEqual(
    e.losses.map((l) => l.target),
    [
      { type: 'node', node: 'lb' },
      { type: 'node', node: 'web' },
      { type: 'zone', zone: 'a' },
      { type: 'zone', zone: 'b' },
      { type: 'region', region: 'seoul' },
    ],
  );
  assert.equal(loss(e, 'region:seoul').rto, null);
  assert.equal(judgedLoss(one, loss(e, 'region:seoul')), false);
  // The region loss does not count: the worst judged loss is a zone (10s × 3).
  assert.equal(e.rto, 30);
  assert.equal(loss(e, 'zone:a').rto, 30);
  assert.deepEqual(e.spofs, []);

  const two = parse(`region seoul
region tokyo
users: client
dns: dns routing=failover
s: load-balancer region=seoul
t: load-balancer region=tokyo
users -> dns
dns -> s
dns -> t`);
  const e2 = estimate(two);
  // DNS failover: 30s × 3 + TTL 60s.
  assert.equal(loss(e2, 'region:seoul').rto, 150);
  assert.deepEqual(loss(e2, 'region:seoul').downEntries, ['users']);
  assert.equal(loss(e2, 'region:tokyo').rto, 0);
  // Losing the balancer `s` alone is also a DNS failover: 150s.
  assert.equal(loss(e2, 's').rto, 150);
  assert.equal(e2.rto, 150);
  assert.deepEqual(e2.spofs, []);
});

test('the estimate agrees with simulate() and with sweep()', () => {
  const d = parse(`goal rto=1m rpo=0
users: client
app: app-server replicas=2
lb: load-balancer health-check replicas=2 vip
db: database
db-standby: database standby of=db replication=async failover=auto
users -> lb -> app -> db`);
  const e = estimate(d);
  const s = sweep(d);
  assert.equal(s.length, e.losses.length);
  for (const [i, { target, result }] of s.entries()) {
    const l = e.losses[i]!;
    const again = simulate(d, [{ type: 'fail', target, at: 0 }]);
    const rec = (r: typeof result): (number | null)[] => r.entries.map((x) => x.recoverySeconds);
    if (target.type === 'node') assert.deepEqual(rec(again), rec(result), `${target.node}`);
    const rto = result.entries.some((x) => x.recoverySeconds === null) ? null : Math.max(0, ...result.entries.map((x) => x.recoverySeconds ?? 0));
    assert.equal(l.rto, rto);
    assert.equal(l.rpo, result.writesLostSeconds);
  }
  // Generic failover 5s × 3 + 15s; a vip moves in 3 × 1s + 156/256s (keepalived); the balancer removes a dead app in 10s × 3.
  assert.equal(e.rto, 30);
  assert.equal(e.rpo, 1);
  assert.deepEqual(loss(e, 'lb').downEntries, ['users']);
  assert.equal(loss(e, 'lb').rto, 3.609);
  assert.equal(loss(e, 'app').rto, 30);
});

test('sanity: a generated 1,000-node design', () => {
  const lines = ['zone a', 'zone b', 'users: client rate=1000', 'dns: dns routing=failover', 'lb: load-balancer health-check replicas=2 vip zones=a,b', 'users -> dns -> lb'];
  let i = 0;
  while (lines.filter((l) => l.includes(':') && !l.includes('->')).length < 1000) {
    lines.push(`s${i}: service replicas=${1 + (i % 3)} capacity=5000 zones=a,b`);
    lines.push(`d${i}: database zone=a`);
    lines.push(`d${i}s: database standby of=d${i} failover=auto zone=b`);
    lines.push(i === 0 ? 'lb -> s0' : `s${i - 1} -> s${i}`);
    lines.push(`s${i} -> d${i}`);
    i++;
  }
  const d = parse(lines.join('\n'));
  assert.ok(d.nodes.size >= 1000);
  const e = estimate(d);
  assert.equal(e.losses.length, d.nodes.size - 1 + 2);
  // Every service with one instance is a single point of failure, nothing else is.
  assert.deepEqual(
    e.spofs,
    [...d.nodes.keys()].filter((n) => /^s\d+$/.test(n) && Number(n.slice(1)) % 3 === 0),
  );
  assert.ok(e.availability > 0 && e.availability < 1);
  assert.equal(e.rto, null);
  assert.equal(loss(e, 'd5').rto, 30);
  assert.equal(estimate(d), e, 'memoised per design');
});

/** The language's own example (topology-language.md), with a goal and client rates. */
const SPEC_EXAMPLE = `goal availability=99.95% rto=5m rpo=0
region seoul
zone seoul-a region=seoul
zone seoul-b region=seoul
users: client label="고객 브라우저" rate=2000
dns: dns routing=failover ttl=60s
lb: load-balancer layer=7 algorithm=least-connections health-check replicas=2 vip zones=seoul-a,seoul-b
web: app-server replicas=4 autoscale=4..12 capacity=800 state=stateless zones=seoul-a,seoul-b
sessions: cache engine=redis mode=sentinel replicas=3 zones=seoul-a,seoul-b
db: database engine=mysql primary zone=seoul-a pool=200
db-standby: database standby of=db replication=sync failover=auto heartbeat=1s zone=seoul-b
db-read: database replica of=db replication=async zone=seoul-b
users -> dns -> lb -> web
web -> sessions
web -> db : writes
web -> db-read : reads`;

test('the spec example: its one read replica, read at its own address, is a single point of failure for the reads', () => {
  const e = estimate(parse(SPEC_EXAMPLE));
  // An application reading a MySQL replica at its address gets errors while it is down (SRE review): half the requests.
  assert.deepEqual(e.spofs, ['db-read']);
  assert.equal(loss(e, 'db-read').rto, 4500);
  assert.deepEqual(loss(e, 'db-read').downEntries, []);
});

test('the spec example with its reads through a proxy pair meets its goal: no spof, RTO from the zone loss, RPO 0', () => {
  const d = parse(SPEC_EXAMPLE.replace('web -> db-read : reads', 'ro: load-balancer engine=proxysql replicas=2 vip health-check zones=seoul-a,seoul-b\nweb -> ro : reads\nro -> db-read'));
  const e = estimate(d);
  assert.deepEqual(e.spofs, []);
  // Zone a: db (3s + 15s failover) and half of web; 2 web instances carry 1600 of 2000 req/s until the group launches
  // replacements for the 2 lost in the other zone (its 5 min replacement, before autoscaling's 390 s after the
  // balancer's 30 s removal): 300 s, the 5m goal's limit.
  assert.equal(e.rto, 300);
  assert.deepEqual(e.worstRto?.target, { type: 'zone', zone: 'seoul-a' });
  // With room for a zone loss (6 × 800: 3 left carry 2400 req/s) it meets the goal: the balancer's 30s.
  const roomy = estimate(parse(d.source.map((l) => l.text).join('\n').replace('replicas=4 autoscale=4..12', 'replicas=6 autoscale=6..12')));
  assert.equal(roomy.rto, 30);
  // No node says `sessions=sessions`, so `sessions` is read as a cache in front of the databases web calls:
  // the Sentinel promotion (its master in seoul-a) loses nothing the databases lack; the database is synchronous.
  assert.equal(e.rpo, 0);
  // Named as web's session store, the same promotion loses the last lag (default 1s) of session writes: sessions lost
  // (those users log in again), not acknowledged writes of record (round 11) — the rpo counts data of record.
  const stored = estimate(parse(d.source.map((l) => l.text).join('\n').replace('state=stateless zones=seoul-a,seoul-b', 'state=stateless sessions=sessions zones=seoul-a,seoul-b')));
  assert.equal(stored.rpo, 0);
  assert.equal(loss(e, 'db').rpo, 0);
  assert.ok(e.availability >= 0.9995);
  // A lost read replica behind the proxy: its reads go to the primary, no outage.
  assert.equal(loss(e, 'db-read').rto, 0);
  assert.deepEqual(requestGraph(d).takeovers.get('db-read'), ['db']);
  // The region loss of a single-region design is listed, not judged.
  assert.equal(loss(e, 'region:seoul').rto, null);
});

test('a cache in sentinel mode is never a single point of failure: losing the master costs down-after + promotion', () => {
  const e = estimate(
    parse(`users: client
web: app-server replicas=2 sessions=s
s: cache mode=sentinel
users -> web -> s`),
  );
  assert.deepEqual(e.spofs, []);
  // Instance #1 is the master: down-after-milliseconds 30 s, then election + promotion 5 s (docs/defaults.md).
  assert.equal(loss(e, 's').rto, 35);
  // A session store: the lag's session writes are sessions lost, not data of record.
  assert.equal(loss(e, 's').rpo, 0);
});

test('takeovers: manual unless the standby says auto, the fastest standby wins, primaries cover each other, the horizon bounds', () => {
  const inherit = estimate(
    parse(`users: client
app: app-server replicas=2
db: database failover=auto
db-standby: database standby of=db
users -> app -> db`),
  );
  // `failover=auto` on the primary does not make its standby automatic: noticed after 15m (no monitor) + 30m.
  assert.equal(loss(inherit, 'db').rto, 2700);
  assert.deepEqual(inherit.spofs, []);
  const two = estimate(
    parse(`users: client
app: app-server replicas=2
db: database
db-slow: database standby of=db promote=2h
db-fast: database standby of=db failover=auto
users -> app -> db`),
  );
  assert.equal(loss(two, 'db').rto, 30);
  const peers = estimate(
    parse(`users: client
api: service replicas=2
db-a: database primary
db-b: database primary of=db-a replication=sync
users -> api
api -> db-a
api -> db-b`),
  );
  // A caller of both primaries moves its share itself after its connect timeout (generic 5 s), before the peers'
  // takeover (heartbeat 5s × 3) — round 71 r04.
  assert.equal(loss(peers, 'db-a').rto, 5);
  assert.equal(loss(peers, 'db-b').rto, 5);
  assert.deepEqual(peers.spofs, []);
  const late = estimate(
    parse(`users: client
app: app-server replicas=2
db: database
db-standby: database standby of=db failover=manual promote=2h
users -> app -> db`),
  );
  // The promotion (15s + 2h) comes after the horizon (15m + 1h repair + 10m): nothing takes over, the db is a
  // single point of failure, and it is back when it is repaired (noticed after 15m, then 1h).
  assert.equal(loss(late, 'db').rto, 4500);
  assert.deepEqual(late.spofs, ['db']);
});

test('DNS without a health check: the weighted mean of its targets (a dead one keeps its share); with one: either target will do', () => {
  // weight=3 on a 99% target, weight=1 on a 90% one: (3 × 0.99 + 1 × 0.90) / 4 = 0.9675 of the requests served.
  const spread = (hc: string): Design =>
    parse(`users: client
dns: dns engine=route53 routing=weighted${hc}
a: web-server availability=99%
b: web-server availability=90%
users -> dns
dns -> a : weight=3
dns -> b : weight=1`);
  close(estimate(spread('')).availability, (3 * 0.99 + 0.9) / 4);
  // Health-checked: a dead target leaves the answers, so the block is up while either is: 1 − 0.01 × 0.10.
  close(estimate(spread(' health-check')).availability, 1 - 0.01 * 0.1);
  // No weights: equal shares.
  const plain = parse(`users: client
dns: dns engine=route53 routing=simple
a: web-server availability=99%
b: web-server availability=90%
users -> dns -> a
dns -> b`);
  close(estimate(plain).availability, (0.99 + 0.9) / 2);
});
