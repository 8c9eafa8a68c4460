import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Design, findTopologyBlocks, formatSimText, parseDesign, scenarioSteps, type SimResult, type SimStep, simulate, sweep, toSimJson, validateTargets } from '../../server/src/core';

function parse(body: string, title = 'test'): Design {
  const b = findTopologyBlocks('```topology ' + title + '\n' + body + '\n```\n')[0]!;
  const d = parseDesign({ ...b, closed: b.closeLine !== null });
  const errors = d.findings.filter((f) => f.severity === 'error');
  assert.deepEqual(errors, [], 'the test design parses without errors');
  return d;
}

/** Runs the design's first scenario (or the given steps). */
function run(d: Design, steps?: SimStep[]): SimResult {
  return simulate(d, steps ?? scenarioSteps(d.scenarios[0]!));
}

function entry(r: SimResult, name: string) {
  const e = r.entries.find((x) => x.entry === name);
  assert.ok(e, `entry ${name}`);
  return e;
}

const types = (r: SimResult): string[] => r.events.map((e) => `${e.at} ${e.type} ${e.target}`);

test('worked example: async standby, auto failover (spec; its timings written out: heartbeat 1s × 3 + promote 30s)', () => {
  const d = parse(`goal rto=1m rpo=0
db: database primary
db-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s
scenario db-down: fail db`);
  const r = run(d);
  const at = (type: string): number => r.events.find((e) => e.type === type)!.at;
  assert.equal(at('fail'), 0);
  assert.equal(at('detected'), 3);
  assert.equal(at('promoted'), 33);
  const db = entry(r, 'db');
  assert.equal(db.downSeconds, 33);
  assert.equal(db.degradedSeconds, 0);
  assert.equal(db.recoverySeconds, 33);
  assert.deepEqual(db.points, [
    { at: 0, success: 0 },
    { at: 33, success: 1 },
  ]);
  assert.equal(r.writesLostSeconds, 1);
  assert.deepEqual(r.goal.rto, { target: 60, estimate: 33, met: true, tested: true });
  assert.deepEqual(r.goal.rpo, { target: 0, estimate: 1, met: false, tested: true });
});

test('worked example behind an app server: writes fail for 33s', () => {
  const d = parse(`users: client
app: app-server
db: database primary
db-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s
users -> app -> db
scenario s: fail db`);
  const r = run(d);
  const u = entry(r, 'users');
  assert.equal(u.downSeconds, 33);
  assert.equal(u.recoverySeconds, 33);
  assert.equal(r.writesLostSeconds, 1);
});

test('sync replication loses no writes; heartbeat and promote override the defaults', () => {
  const d = parse(`db: database
db-standby: database standby of=db replication=sync failover=auto heartbeat=2s promote=10s
scenario s: fail db`);
  const r = run(d);
  assert.equal(r.events.find((e) => e.type === 'detected')!.at, 6);
  assert.equal(r.events.find((e) => e.type === 'promoted')!.at, 16);
  assert.equal(entry(r, 'db').downSeconds, 16);
  assert.equal(r.writesLostSeconds, 0);
  assert.ok(!r.events.some((e) => e.type === 'writes-lost'));
});

test('manual promotion: noticed after 15m with no monitor (users report it), then 30m by a person', () => {
  const d = parse(`goal rto=5m
users: client
app: app-server
db: database
db-standby: database standby of=db replication=async heartbeat=1s
users -> app -> db
scenario s: fail db`);
  const r = run(d);
  const u = entry(r, 'users');
  assert.equal(u.downSeconds, 900 + 1800);
  assert.equal(u.recoverySeconds, 900 + 1800);
  assert.equal(r.writesLostSeconds, 1);
  assert.deepEqual(r.goal.rto, { target: 300, estimate: 2700, met: false, tested: true });
  assert.match(r.events.find((e) => e.type === 'promoted')!.message.en, /manual/);
});

test('load balancer with health checks: a dead instance fails its share until 3 missed checks (generic: 10s × 3)', () => {
  const d = parse(`users: client
lb: load-balancer health-check
web: web-server replicas=4
users -> lb -> web
scenario s: fail web#2`);
  const r = run(d);
  const u = entry(r, 'users');
  assert.deepEqual(u.points, [
    { at: 0, success: 0.75 },
    { at: 30, success: 1 },
  ]);
  assert.equal(u.downSeconds, 0);
  assert.equal(u.degradedSeconds, 30);
  assert.equal(u.recoverySeconds, 30);
  assert.ok(types(r).includes('30 routed-around web#2'));
  // interval= overrides the generic 10s: 3 × 2s.
  const d2 = parse(`users: client
lb: load-balancer health-check interval=2s
web: web-server replicas=4
users -> lb -> web
scenario s: fail web#2`);
  assert.equal(entry(run(d2), 'users').recoverySeconds, 6);
});

test('load balancer without health checks keeps sending to the dead instance until it is repaired (1h)', () => {
  const d = parse(`users: client
lb: load-balancer
web: web-server replicas=4
users -> lb -> web
scenario s: fail web#2`);
  const r = run(d);
  const u = entry(r, 'users');
  assert.deepEqual(u.points, [
    { at: 0, success: 0.75 },
    { at: 4500, success: 1 },
  ]);
  assert.equal(u.degradedSeconds, 4500);
  assert.equal(u.recoverySeconds, 4500);
  assert.equal(u.recoveredBy, 'repair');
  assert.equal(r.horizon, 900 + 3600 + 600, 'the horizon covers the longest repair (15m to notice + 1h) + 10m');
  assert.match(formatSimText(d, r, 'en'), /users\s+0s\s+1h 15m\s+1h 15m \(repair\)/);
});

test('recover step: the instance comes back and takes requests again', () => {
  const d = parse(`users: client
lb: load-balancer
web: web-server replicas=4
users -> lb -> web
scenario s: fail web#2; recover web#2 at=100s`);
  const u = entry(run(d), 'users');
  assert.equal(u.degradedSeconds, 100);
  assert.equal(u.recoverySeconds, 100);
});

test('load balancers as alternatives: a second balancer node behind one pool', () => {
  const d = parse(`users: client
lb: load-balancer health-check
web1: web-server
web2: web-server
users -> lb
lb -> web1
lb -> web2
scenario s: fail web1`);
  const u = entry(run(d), 'users');
  assert.deepEqual(u.points, [
    { at: 0, success: 0.5 },
    { at: 30, success: 1 },
  ]);
});

test('vip pair: the virtual IP moves after 3 missed VRRP advertisements + skew (keepalived: 3 × 1s + 156/256s); the passive one does not matter', () => {
  const d = parse(`users: client
lb: load-balancer health-check replicas=2 vip
web: web-server replicas=2
users -> lb -> web
scenario active: fail lb#1
scenario passive: fail lb#2`);
  const a = entry(simulate(d, scenarioSteps(d.scenarios[0]!)), 'users');
  assert.equal(a.downSeconds, 3.609);
  assert.equal(a.recoverySeconds, 3.609);
  const p = entry(simulate(d, scenarioSteps(d.scenarios[1]!)), 'users');
  assert.equal(p.downSeconds, 0);
  assert.equal(p.recoverySeconds, 0);
});

test('DNS region failover: health-check detection (3 × 30s) + TTL 60s', () => {
  const d = parse(`goal rto=3m
region seoul
region tokyo
zone seoul-a region=seoul
zone tokyo-a region=tokyo
users: client
dns: dns routing=failover ttl=60s
lb-seoul: load-balancer health-check zone=seoul-a
web-seoul: web-server replicas=2 zone=seoul-a
lb-tokyo: load-balancer health-check zone=tokyo-a
web-tokyo: web-server replicas=2 zone=tokyo-a
users -> dns
dns -> lb-seoul -> web-seoul
dns -> lb-tokyo -> web-tokyo
scenario seoul-down: fail region:seoul`);
  const r = run(d);
  const u = entry(r, 'users');
  assert.deepEqual(u.points, [
    { at: 0, success: 0 },
    { at: 150, success: 1 },
  ]);
  assert.equal(u.downSeconds, 150);
  assert.equal(u.recoverySeconds, 150);
  assert.ok(types(r).includes('90 detected lb-seoul'));
  assert.ok(types(r).includes('150 dns-switched dns'));
  assert.deepEqual(r.goal.rto, { target: 180, estimate: 150, met: true, tested: true });
  // ttl and interval override the defaults: 3 × 5s + 20s.
  const d2 = parse(
    d.source
      .map((l) => l.text)
      .join('\n')
      .replace('routing=failover ttl=60s', 'routing=failover ttl=20s interval=5s'),
  );
  assert.equal(entry(run(d2), 'users').downSeconds, 35);
});

test('DNS failover back: the primary target is used again as soon as it is healthy', () => {
  const d = parse(`users: client
dns: dns routing=failover
a: load-balancer
b: load-balancer
users -> dns
dns -> a
dns -> b
scenario s: fail a; recover a at=200s`);
  const u = entry(run(d), 'users');
  assert.deepEqual(u.points, [
    { at: 0, success: 0 },
    { at: 150, success: 1 },
  ]);
});

test('sticky sessions: a lost instance loses its share of sessions; a shared store keeps them', () => {
  const sticky = parse(`users: client
lb: load-balancer health-check sticky
web: web-server replicas=4 sessions=sticky
users -> lb -> web
scenario one: fail web#1
scenario two: fail web#1; fail web#2 at=10s`);
  const one = simulate(sticky, scenarioSteps(sticky.scenarios[0]!));
  assert.equal(one.sessionsLost, 0.25);
  assert.deepEqual(
    one.events.filter((e) => e.type === 'sessions-lost').map((e) => e.target),
    ['web#1'],
  );
  assert.equal(simulate(sticky, scenarioSteps(sticky.scenarios[1]!)).sessionsLost, 0.5);
  const stateful = parse(`users: client
lb: load-balancer health-check
web: web-server replicas=2 state=stateful
users -> lb -> web
scenario s: fail web#2`);
  assert.equal(run(stateful).sessionsLost, 0.5);
  const shared = parse(`users: client
lb: load-balancer health-check
web: web-server replicas=4 sessions=store
store: cache engine=redis
users -> lb -> web
web -> store
scenario instance: fail web#1
scenario store: fail store`);
  assert.equal(simulate(shared, scenarioSteps(shared.scenarios[0]!)).sessionsLost, 0);
  const lost = simulate(shared, scenarioSteps(shared.scenarios[1]!));
  assert.equal(lost.sessionsLost, 1);
  // The session store is needed: without it no request succeeds until it is repaired (noticed after 15m: nothing monitors it; then 1h).
  assert.equal(entry(lost, 'users').recoverySeconds, 4500);
  assert.equal(entry(lost, 'users').downSeconds, 4500);
});

test('flash sale with autoscale: the excess fails until new instances serve 390s later', () => {
  const d = parse(`users: client rate=1000
lb: load-balancer health-check
web: web-server replicas=2 capacity=800 autoscale=2..10
users -> lb -> web
scenario flash-sale: spike x5 at=10s`);
  const r = run(d);
  const u = entry(r, 'users');
  // The group runs 1000 req/s at its target share (60 %): 1000 / 480 → 3 instances. 5000 req/s on 3 × 800:
  // 2400/5000 = 48% succeed; at 10 + 390 = 400s, its maximum of 10 (5000 / 480 would be 11).
  assert.deepEqual(u.points, [
    { at: 0, success: 1 },
    { at: 10, success: 0.48 },
    { at: 400, success: 1 },
  ]);
  assert.equal(u.degradedSeconds, 390);
  assert.equal(u.recoverySeconds, 390);
  assert.ok(types(r).includes('10 overload web'));
  assert.ok(types(r).includes('400 scaled web'));
  // autoscale-delay= overrides the profile: 10 + 60.
  const fast = parse(d.source.map((l) => l.text).join('\n').replace('autoscale=2..10', 'autoscale=2..10 autoscale-delay=60s'));
  assert.equal(entry(run(fast), 'users').recoverySeconds, 60);
  assert.match(r.events.find((e) => e.type === 'scaled')!.message.en, /from 3 to 10/);
});

test('flash sale without autoscale, and with a too small autoscale maximum', () => {
  const fixed = parse(`users: client rate=1000
lb: load-balancer health-check
web: web-server replicas=2 capacity=800
users -> lb -> web
scenario flash-sale: spike x5 at=10s`);
  const u = entry(run(fixed), 'users');
  assert.deepEqual(u.points, [
    { at: 0, success: 1 },
    { at: 10, success: 0.32 },
  ]);
  // The horizon is 15m + 1h + 10m (it covers the repair of an unmonitored web instance, started once noticed).
  assert.equal(u.degradedSeconds, 5090);
  assert.equal(u.recoverySeconds, null);
  const capped = parse(`users: client rate=1000
lb: load-balancer health-check
web: web-server replicas=2 capacity=800 autoscale=2..4
users -> lb -> web
scenario flash-sale: spike x5 at=10s`);
  const c = entry(run(capped), 'users');
  // 4 × 800 = 3200 of 5000.
  assert.deepEqual(c.points.at(-1), { at: 400, success: 0.64 });
  assert.equal(c.recoverySeconds, null);
});

test('zone loss with instances spread over two zones: half the instances, routed around', () => {
  const d = parse(`zone a
zone b
users: client
lb: load-balancer managed health-check zones=a,b
web: web-server replicas=2 zones=a,b
db: database zone=b
db-standby: database standby of=db failover=auto zone=a
users -> lb -> web -> db
scenario az: fail zone:a`);
  const r = run(d);
  const u = entry(r, 'users');
  // web#1 (zone a) fails its half until the balancer's 3 × 10s; the managed balancer survives.
  assert.deepEqual(u.points, [
    { at: 0, success: 0.5 },
    { at: 30, success: 1 },
  ]);
  assert.equal(u.recoverySeconds, 30);
  assert.match(r.events[0]!.message.en, /web#1, db-standby/);
});

test('zone loss without spread: everything in the zone is gone for the whole horizon', () => {
  const d = parse(`zone a
zone b
users: client
lb: load-balancer managed health-check
web: web-server replicas=2 zone=a
users -> lb -> web
scenario az: fail zone:a`);
  const u = entry(run(d), 'users');
  assert.deepEqual(u.points, [{ at: 0, success: 0 }]);
  // A zone loss is not repaired: it lasts the whole horizon (15m + 1h + 10m, which covers the repair of a lost, unmonitored instance).
  assert.equal(u.downSeconds, 5100);
  assert.equal(u.recoverySeconds, null);
});

test('cache loss: its reads move to the database, which overloads', () => {
  const d = parse(`users: client rate=1000
web: app-server
cache: cache engine=redis
db: database capacity=1500
users -> web
web -> cache
web -> db
scenario s: fail cache`);
  const r = run(d);
  const u = entry(r, 'users');
  // 1000 req/s to the db plus the 1000 the cache absorbed: 1500/2000 = 75% succeed, until the cache is repaired (noticed after 15m, then 1h).
  assert.deepEqual(u.points, [
    { at: 0, success: 0.75 },
    { at: 4500, success: 1 },
  ]);
  assert.equal(u.recoverySeconds, 4500);
  assert.ok(types(r).includes('0 cache-lost cache'));
  assert.ok(types(r).includes('0 overload db'));
  // With enough database capacity, losing the cache costs nothing.
  const big = parse(`users: client rate=1000
web: app-server
cache: cache engine=redis
db: database capacity=2500
users -> web
web -> cache
web -> db
scenario s: fail cache`);
  assert.equal(entry(run(big), 'users').recoverySeconds, 0);
});

test('a node with nothing to take over is down until its repair: 1h for a VM, 20s for a Kubernetes pod, repair= overrides', () => {
  const d = parse(`users: client
web: web-server
users -> web
scenario s: fail web`);
  const u = entry(run(d), 'users');
  assert.equal(u.downSeconds, 4500);
  assert.equal(u.recoverySeconds, 4500);
  assert.equal(u.recoveredBy, 'repair');
  // A shorter run ends before the repair.
  const short = simulate(d, scenarioSteps(d.scenarios[0]!), { horizon: 1800 });
  assert.equal(entry(short, 'users').recoverySeconds, null);
  assert.equal(short.horizon, 1800);
  const pod = parse(`users: client
web: web-server engine=k8s
users -> web
scenario s: fail web`);
  assert.equal(entry(run(pod), 'users').recoverySeconds, 20);
  const fixed = parse(`users: client
web: web-server repair=4h
users -> web
scenario s: fail web`);
  const rf = run(fixed);
  assert.equal(entry(rf, 'users').recoverySeconds, 4 * 3600);
  assert.equal(rf.horizon, 4 * 3600 + 600);
});

test('determinism: the same input gives the same output', () => {
  const text = `goal availability=99.9% rto=5m rpo=0
zone a
zone b
users: client rate=2000
dns: dns routing=failover
lb: load-balancer health-check replicas=2 vip zones=a,b
web: app-server replicas=4 autoscale=4..12 capacity=800 zones=a,b sessions=local
db: database zone=a
db-standby: database standby of=db replication=async failover=auto zone=b
users -> dns -> lb -> web -> db
scenario s: fail zone:a; spike x3 at=20s; recover zone:a at=10m`;
  const a = run(parse(text));
  const b = run(parse(text));
  assert.deepEqual(a, b);
  assert.deepEqual(sweep(parse(text)), sweep(parse(text)));
});

test('cycles terminate', () => {
  const d = parse(`users: client
a: service
b: service
c: service
users -> a -> b -> c -> a
scenario s: fail b; recover b at=10s; fail c at=20s`);
  const r = run(d);
  const u = entry(r, 'users');
  // b: 10s until recovered; c: from 20s until its repair 1h 15m later (noticed after 15m, then 1h).
  assert.equal(u.downSeconds, 10 + 4500);
  assert.ok(sweep(d).length === 3);
  const noClient = parse(`a: service
b: service
a -> b -> a
scenario s: fail a`);
  // Nothing outside the cycle calls it: its first declared node is the entry (the rules' definition too).
  const r2 = run(noClient);
  assert.deepEqual(r2.entries.map((e) => e.entry), ['a']);
  assert.equal(r2.entries[0]!.recoverySeconds, 4500);
  // Losing b takes a down through the edge that closes the cycle.
  const r3 = simulate(noClient, [{ type: 'fail', target: { type: 'node', node: 'b', instance: null }, at: 0 }]);
  assert.equal(r3.entries[0]!.downSeconds, 4500);
});

test('validateTargets: clear messages for bad targets', () => {
  const d = parse(`zone seoul-a
region seoul
users: client
web: web-server replicas=4
db: database
users -> web -> db`);
  const msgs = (steps: SimStep[]): string[] => validateTargets(d, steps).map((m) => m.en);
  assert.deepEqual(msgs([{ type: 'fail', target: { type: 'node', node: 'web', instance: 4 }, at: 0 }]), []);
  assert.deepEqual(msgs([{ type: 'fail', target: { type: 'node', node: 'wbe', instance: null }, at: 0 }]), ['No node `wbe` in this design. Did you mean `web`?']);
  assert.deepEqual(msgs([{ type: 'fail', target: { type: 'node', node: 'web', instance: 5 }, at: 0 }]), [
    '`web#5` does not exist: `web` has 4 instances (`web#1`..`web#4`).',
  ]);
  assert.deepEqual(msgs([{ type: 'fail', target: { type: 'node', node: 'db', instance: 2 }, at: 0 }]), ['`db#2` does not exist: `db` has 1 instance (`db#1`).']);
  assert.deepEqual(msgs([{ type: 'fail', target: { type: 'zone', zone: 'seoul-b' }, at: 0 }]), ['No zone `seoul-b` in this design. Did you mean `seoul-a`?']);
  assert.deepEqual(msgs([{ type: 'fail', target: { type: 'region', region: 'tokyo' }, at: 0 }]), ['No region `tokyo` in this design. Its regions: seoul.']);
  assert.match(msgs([{ type: 'fail', target: { type: 'node', node: 'users', instance: null }, at: 0 }])[0]!, /client/);
  assert.match(msgs([{ type: 'spike', factor: 0, at: 0 }])[0]!, /positive/);
  const ko = validateTargets(d, [{ type: 'fail', target: { type: 'node', node: 'web', instance: 5 }, at: 0 }])[0]!.ko;
  assert.match(ko, /인스턴스는 4개/);
});

test('scenarioSteps keeps targets and times', () => {
  const d = parse(`zone z
web: web-server replicas=2 zone=z
scenario s: fail web#2 at=5s; recover zone:z at=1m; spike x2.5`);
  assert.deepEqual(scenarioSteps(d.scenarios[0]!), [
    { type: 'fail', target: { type: 'node', node: 'web', instance: 2 }, at: 5 },
    { type: 'recover', target: { type: 'zone', zone: 'z' }, at: 60 },
    { type: 'spike', factor: 2.5, at: 0 },
  ]);
});

test('text report and CLI JSON', () => {
  const d = parse(
    `goal rto=1m rpo=0
db: database primary
db-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s
scenario db-down: fail db`,
    '주문 DB',
  );
  const r = run(d);
  const en = formatSimText(d, r, 'en');
  assert.match(en, /Design: 주문 DB/);
  assert.match(en, /33s\s+promoted/);
  assert.match(en, /db\s+33s\s+0s\s+33s/);
  assert.match(en, /RPO: goal 0s, this scenario 1s — MISSED/);
  const ko = formatSimText(d, r, 'ko');
  assert.match(ko, /승격/);
  assert.match(ko, /미달/);
  const json = toSimJson(d.title, 'db-down', r, 'ko');
  assert.deepEqual(Object.keys(json), ['design', 'scenario', 'events', 'entries', 'writesLostSeconds', 'sessionsLost', 'goal']);
  assert.equal(json.design, '주문 DB');
  assert.deepEqual(json.entries, [{ entry: 'db', downSeconds: 33, degradedSeconds: 0, recoverySeconds: 33 }]);
  assert.equal(json.writesLostSeconds, 1);
  assert.deepEqual(json.goal, { rto: { target: 60, estimate: 33, met: true }, rpo: { target: 0, estimate: 1, met: false } });
  assert.equal(typeof json.events[0]!.message, 'string');
  assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
});

test('steps at or after the horizon are ignored', () => {
  const d = parse(`web: web-server
scenario s: fail web at=2h`);
  const r = run(d);
  assert.deepEqual(r.events, []);
  assert.equal(entry(r, 'web').recoverySeconds, 0);
});

// ---- what every instance is doing (SimResult.states) -------------------------

/** `name: up/total [failed] [servedBy→X] [servingFor←X]` per node at the state in force at time t. */
function stateAt(r: SimResult, t: number): Record<string, string> {
  const st = [...r.states].reverse().find((s) => s.at <= t)!;
  const out: Record<string, string> = {};
  for (const n of st.nodes) {
    const up = n.instances.filter((i) => i.up).length;
    const failed = n.instances.filter((i) => i.failed).map((i) => i.name);
    out[n.node] = `${up}/${n.instances.length}${failed.length ? ` failed ${failed.join(',')}` : ''}${n.servedBy ? ` by ${n.servedBy}` : ''}${n.servingFor ? ` for ${n.servingFor}` : ''}`;
  }
  return out;
}

test('states: the worked failover — db failed at 0s, db-standby serves for it from its promotion (33s)', () => {
  const d = parse(`users: client
app: app-server
db: database primary
db-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s
users -> app -> db
scenario db-down: fail db`);
  const r = run(d);
  assert.deepEqual(r.states.map((s) => s.at), [0, 3, 33, 900, 4500], 'one state before any step, then one per moment (fail 0s, detected 3s, promoted 3s + 30s, db noticed at 15m with no monitor, rebuilt after its 1h repair)');
  // Clients are not listed: they cannot fail.
  assert.deepEqual(Object.keys(stateAt(r, 0)), ['app', 'db', 'db-standby']);
  assert.deepEqual(stateAt(r, 0), { app: '1/1', db: '0/1 failed db', 'db-standby': '1/1' });
  assert.deepEqual(stateAt(r, 32.9), stateAt(r, 0));
  assert.deepEqual(stateAt(r, 33), { app: '1/1', db: '0/1 failed db by db-standby', 'db-standby': '1/1 for db' });
});

test('states: a zone loss takes the instances placed there down without failing them; a managed node survives it', () => {
  const d = parse(`zone a
zone b
users: client
lb: load-balancer managed health-check zones=a,b
web: web-server replicas=2 zones=a,b
users -> lb -> web
scenario az: fail zone:a; recover zone:a at=1m`);
  const r = run(d);
  assert.deepEqual(stateAt(r, 0), { lb: '1/1', web: '1/2' });
  assert.deepEqual(r.states.find((s) => s.at === 0)!.zonesDown, ['a']);
  assert.equal(r.states.find((s) => s.at === 0)!.nodes.find((n) => n.node === 'web')!.instances[0]!.name, 'web#1');
  assert.deepEqual(stateAt(r, 60), { lb: '1/1', web: '2/2' });
  assert.deepEqual(r.states.at(-1)!.zonesDown, []);
});

test('states: an instance lost to a node step is rebuilt after the repair time (1h) when the run is long enough — from when it is noticed (15m with no monitor, its interval with one)', () => {
  const d = parse(`users: client
web: web-server
users -> web
scenario s: fail web`);
  const long = simulate(d, scenarioSteps(d.scenarios[0]!), { horizon: 7200 });
  assert.deepEqual(stateAt(long, 4499), { web: '0/1 failed web' });
  assert.deepEqual(stateAt(long, 4500), { web: '1/1' });
  // The default horizon covers the repair too (15m + 1h + 10m).
  assert.deepEqual(stateAt(run(d), 4499), { web: '0/1 failed web' });
  assert.deepEqual(stateAt(run(d), 4500), { web: '1/1' });
  // Watched by a monitor, the rebuild starts when the monitor notices it: one interval (1m by default), not at the loss.
  const watched = parse(`users: client
web: web-server
mon: monitor watches=web
users -> web
scenario s: fail web`);
  assert.deepEqual(stateAt(run(watched), 3659), { web: '0/1 failed web', mon: '1/1' });
  assert.deepEqual(stateAt(run(watched), 3660), { web: '1/1', mon: '1/1' });
  const noticed = run(watched).events.find((e) => e.type === 'detected' && e.target === 'web')!;
  assert.equal(noticed.at, 60);
  assert.match(noticed.message.en, /The monitor notices that web is down \(1m\); a person starts rebuilding it/);
});

test('states: the sweep records none (it runs thousands of times)', () => {
  const d = parse(`users: client
web: web-server
users -> web`);
  for (const s of sweep(d)) assert.deepEqual(s.result.states, []);
});

test('the sweep shows a loss nothing takes over with its repair scheduled (recovered after the repair, not "never"), as the estimate judges it', () => {
  const b = findTopologyBlocks('```topology t\nusers: client\nweb: web-server repair=5m\nusers -> web\n```\n')[0]!;
  const d = parseDesign({ ...b, closed: true });
  const row = sweep(d).find((r) => r.target.type === 'node' && r.target.node === 'web')!;
  assert.equal(row.result.entries[0]!.recoverySeconds, 300);
  assert.equal(row.result.entries[0]!.downSeconds, 300);
});

test('a balancer lost with its zone marks nothing dead: no routed-around event from a dead balancer', () => {
  const d = parseDesign({
    title: 't',
    titleStart: 0,
    titleEnd: 1,
    closed: true,
    lines: ['zone a', 'zone b', 'users: client', 'dns: dns routing=failover health-check', 'lb-a: lb engine=haproxy health-check zone=a', 'lb-b: lb engine=haproxy health-check zone=b', 'app-a: app replicas=2 zone=a', 'app-b: app replicas=2 zone=b', 'users -> dns', 'dns -> lb-a', 'dns -> lb-b', 'lb-a -> app-a', 'lb-b -> app-b'].map((text) => ({ text, col: 0 })),
  });
  const r = simulate(d, [{ type: 'fail', target: { type: 'zone', zone: 'a' }, at: 0 }]);
  assert.deepEqual(r.events.filter((e) => e.type === 'routed-around' && e.message.en.startsWith('lb-a ')), []);
  // The same balancer alive marks a dead target: the event is still there.
  const one = simulate(d, [{ type: 'fail', target: { type: 'node', node: 'app-a', instance: 1 }, at: 0 }]);
  assert.ok(one.events.some((e) => e.type === 'routed-around' && e.message.en.startsWith('lb-a ')));
});

test('request classes of two balancers behind one client: each class reads the other balancer as it is, not as the last class left it', () => {
  // An application that needs both balancers (a client's edges to two services would be two request classes of its own).
  const d = parse(['users: client', 'app: app-server', 'a: load-balancer health-check', 'b: load-balancer health-check', 'a1: service', 'a2: service', 'b1: service', 'b2: service', 'users -> app', 'app -> a', 'app -> b', 'a -> a1 : /x', 'a -> a2 : /y', 'b -> b1 : /p', 'b -> b2 : /q'].join('\n'));
  const r = simulate(d, [
    { type: 'fail', target: { type: 'node', node: 'a2', instance: null }, at: 0 },
    { type: 'fail', target: { type: 'node', node: 'b2', instance: null }, at: 0 },
  ]);
  const at0 = (name: string): number => r.classes!.find((c) => c.name === name)!.points.filter((p) => p.at <= 0).pop()!.success;
  // Every request needs both balancers, each serving half its routes: the entry is at 25%; a class of one
  // balancer's live route is at what the other balancer serves (50%), its dead route at 0.
  assert.equal(r.entries[0]!.points.filter((p) => p.at <= 0).pop()!.success, 0.25);
  assert.equal(at0('a /y'), 0);
  assert.equal(at0('a /x'), 0.5);
  assert.equal(at0('b /p'), 0.5);
  assert.equal(at0('b /q'), 0);
});
