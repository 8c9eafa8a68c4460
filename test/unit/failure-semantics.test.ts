/**
 * Failure semantics that match real systems (issue 12, part B): Redis Sentinel
 * and Cluster, quorum groups, split brain, failover choice and replication
 * modes, sessions in a store that fails over, advice from the cause, and the
 * contradictions of failure-model §8. Expected figures are computed by hand
 * from the documented defaults (docs/defaults.md): Sentinel down-after 30 s +
 * promotion 5 s; Cluster node-timeout 15 s + gossip and election 2 s; Group Replication
 * 5 s + 5 s; Patroni ttl 30 s; async lag 1 s; a session lives 30 min.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildModel, checkDesign, estimate, fixesFor, formatSimText, simulate, steadyState, type Design, type SimTarget } from '../../server/src/core';
import { design as parse, note } from './fixtures/rules/helpers';

const d = (...lines: string[]): Design => parse(note(...lines));
const fail = (x: Design, target: SimTarget) => simulate(x, [{ type: 'fail', target, at: 0 }]);
const node = (n: string, instance: number | null = null): SimTarget => ({ type: 'node', node: n, instance });
const down = (r: ReturnType<typeof simulate>): number => Math.max(...r.entries.map((e) => e.downSeconds));
const rules = (x: Design, id: string): string[] => checkDesign(x).filter((f) => f.rule === id).map((f) => String(f.data?.['node'] ?? ''));
const message = (x: Design, id: string): string => checkDesign(x).find((f) => f.rule === id)?.message.en ?? '';

const SENTINEL = ['users: client', 'web: app replicas=2 state=stateless sessions=redis', 'redis: cache engine=redis mode=sentinel replicas=3', 'users -> web -> redis'];

test('Redis Sentinel: instance #1 is the master; losing it fails writes for down-after + promotion and loses the lag', () => {
  const x = d(...SENTINEL);
  const r = fail(x, node('redis', 1));
  assert.equal(down(r), 35); // 30 s down-after + 5 s election, promotion, clients re-resolving
  assert.equal(r.writesLostSeconds, 0); // a session store: the last lag=1s of session writes are sessions lost, not data of record
  assert.ok(Math.abs(r.sessionsLost - 1 / 1800) < 1e-6, `sessions lost ${r.sessionsLost}`); // only the lag window's session writes
  assert.ok(r.events.some((e) => e.type === 'promoted' && e.target === 'redis#2'));
  // A replica's loss changes nothing for the master's clients.
  const r3 = fail(x, node('redis', 3));
  assert.equal(down(r3), 0);
  assert.equal(r3.entries[0]!.degradedSeconds, 0);
  assert.deepEqual(estimate(x).spofs, []);
});

test('Redis Sentinel degenerate layouts are findings: one instance, two Sentinels, Sentinels in two zones', () => {
  const one = d('users: client', 'web: app replicas=2 sessions=s', 's: cache engine=redis mode=sentinel replicas=1', 'users -> web -> s');
  assert.deepEqual(rules(one, 'redis-no-replica'), ['s']);
  assert.deepEqual(estimate(one).spofs, ['s']);
  const two = d('zone b1', 'zone b2', 'users: client', 'web: app replicas=2 sessions=r zones=b1,b2', 'r: cache engine=redis mode=sentinel replicas=2 sentinels=2 quorum=1 zones=b1,b2', 'users -> web -> r');
  assert.deepEqual(rules(two, 'sentinel-fragile'), ['r']);
  // The master's server takes its Sentinel with it, zones written or not (rounds 119b r06, 119c r03): 1 of 2 votes,
  // nothing is promoted until it is repaired.
  const host = fail(two, node('r', 1));
  assert.ok(host.events.some((e) => e.type === 'failover-blocked'));
  assert.ok(down(host) > 3600);
  // b1 holds the master and one of two Sentinels: no majority, nothing is promoted.
  assert.equal(fail(two, { type: 'zone', zone: 'b1' }).entries[0]!.recoverySeconds, null);
  const zones2 = d('zone a', 'zone b', 'r: cache engine=redis mode=sentinel replicas=3 zones=a,b');
  assert.match(message(zones2, 'sentinel-fragile'), /zone `a` holds a majority/);
  const ok = d('zone a', 'zone b', 'zone c', 'r: cache engine=redis mode=sentinel replicas=3 zones=a,b,c');
  assert.deepEqual(rules(ok, 'sentinel-fragile'), []);
});

test('Redis Cluster: a master loses its share for node-timeout, then CLUSTERDOWN until a replica is elected; without replicas the whole cluster stops', () => {
  const x = d('zone z1', 'zone z2', 'zone z3', 'users: client', 'lb: lb managed health-check interval=1s', 'shop: app replicas=3 state=stateless zones=z1,z2,z3', 'carts: cache engine=redis mode=cluster replicas=6 shards=3 zones=z1,z2,z3', 'users -> lb -> shop -> carts');
  const r = fail(x, node('carts', 1));
  assert.equal(down(r), 2); // CLUSTERDOWN from FAIL (15 s) to the replica's election (gossip + election, 2 s: redis-cluster profile)
  assert.equal(r.entries[0]!.recoverySeconds, 17);
  assert.equal(r.entries[0]!.degradedSeconds, 15); // a third of the keys for cluster-node-timeout
  // Each shard's replica sits in another zone than its master: a zone loss promotes across zones.
  assert.equal(fail(x, { type: 'zone', zone: 'z1' }).entries[0]!.recoverySeconds, 17);
  assert.deepEqual(rules(x, 'redis-cluster-no-replica'), []);
  const bare = d('users: client', 'shop: app replicas=3', 'carts: cache engine=redis mode=cluster replicas=3 shards=3', 'users -> shop -> carts');
  assert.deepEqual(rules(bare, 'redis-cluster-no-replica'), ['carts']);
  const rb = fail(bare, node('carts', 2));
  assert.equal(rb.entries[0]!.downSeconds, 4500 - 15); // every key refused from node-timeout on (full coverage), until noticed and repaired
  assert.deepEqual(estimate(bare).spofs, ['carts']);
});

test('Redis has async replication only: replication=sync is a finding, counted as async, and never advised', () => {
  const x = d('goal rpo=0', 'users: client', 'api: app replicas=2', 'points: cache engine=redis mode=sentinel replicas=3 replication=sync lag=1s', 'users -> api -> points : writes');
  assert.deepEqual(rules(x, 'redis-sync-replication'), ['points']);
  assert.equal(fail(x, node('points', 1)).writesLostSeconds, 1);
  const rpo = message(x, 'rpo-not-met');
  assert.match(rpo, /asynchronously only/);
  assert.doesNotMatch(rpo, /Replicate .*synchronously \(`replication=sync`\)/);
  // A Redis standby added by a quick fix is asynchronous.
  const lone = d('users: client', 'web: app replicas=2 sessions=s', 's: cache engine=redis', 'users -> web -> s');
  const spof = checkDesign(lone).find((f) => f.rule === 'missing-replica')!;
  for (const f of fixesFor(lone, spof)) for (const e of f.edits) assert.doesNotMatch(e.newText, /replication=sync/);
});

test('two standbys: the synchronous one wins over an async one declared first; DRBD protocol C counts as synchronous', () => {
  const x = d('users: client', 'app: app replicas=2', 'pg: database primary', 'pg-dr: database standby of=pg replication=async lag=2s failover=auto', 'pg-sync: database standby of=pg replication=sync failover=auto', 'users -> app -> pg');
  const r = fail(x, node('pg'));
  assert.equal(r.writesLostSeconds, 0);
  assert.ok(r.events.some((e) => e.type === 'promoted' && e.target === 'pg-sync'));
  const drbd = (p: string) => d('users: client', 'app: app replicas=2', 'nfs: storage primary raid=1', `nfs-2: storage standby of=nfs replication=drbd${p} lag=2s failover=auto fencing=stonith raid=1`, 'users -> app -> nfs');
  assert.equal(fail(drbd(''), node('nfs')).writesLostSeconds, 0); // protocol C by default
  assert.equal(fail(drbd(' protocol=B'), node('nfs')).writesLostSeconds, 0);
  assert.equal(fail(drbd(' protocol=A'), node('nfs')).writesLostSeconds, 2);
  // semi-sync reads as no loss; the advice says it can fall back.
  const semi = d('goal rpo=0', 'users: client', 'app: app replicas=2', 'db: database primary', 'db-r: database standby of=db replication=semi-sync failover=auto', 'users -> app -> db');
  assert.equal(fail(semi, node('db')).writesLostSeconds, 0);
});

test('sessions: a store that fails over to a copy loses the lag window; one that nothing takes over loses all', () => {
  const withStandby = d('users: client', 'web: app replicas=2 sessions=s', 's: cache engine=redis primary', 's-2: cache engine=redis standby of=s replication=async lag=1s failover=auto heartbeat=1s promote=5s', 'users -> web -> s');
  const r = fail(withStandby, node('s'));
  assert.equal(down(r), 8); // 3 × 1 s + 5 s
  assert.ok(Math.abs(r.sessionsLost - 1 / 1800) < 1e-6);
  const alone = d('users: client', 'web: app replicas=2 sessions=s', 's: cache engine=redis', 'users -> web -> s');
  assert.equal(fail(alone, node('s')).sessionsLost, 1);
});

test('quorum groups: majority semantics, fragile layouts, and Patroni demoting itself without its DCS', () => {
  const gr = d('users: client', 'app: app replicas=2', 'db: database engine=group-replication replicas=3', 'users -> app -> db');
  assert.equal(down(fail(gr, node('db', 1))), 10); // suspected after 5 s, expelled 5 s later, new primary
  assert.equal(down(fail(gr, node('db', 3))), 0);
  assert.deepEqual(rules(gr, 'quorum-fragile'), []);
  const gr2 = d('users: client', 'app: app replicas=2', 'db: database engine=group-replication replicas=2', 'users -> app -> db');
  assert.deepEqual(rules(gr2, 'quorum-fragile'), ['db']);
  // No majority until the lost member is repaired (unmonitored: noticed after 15m, then the generic VM repair, 1h; docs/defaults.md).
  assert.equal(fail(gr2, node('db', 2)).entries[0]!.recoverySeconds, 4500);
  assert.deepEqual(estimate(gr2).spofs, ['db']);
  const skew = d('zone a', 'zone b', 'etcd: consensus engine=etcd replicas=3 zones=a,b');
  assert.match(message(skew, 'quorum-fragile'), /zone `a` holds 2 of its 3 voters/);
  assert.deepEqual(rules(d('zone a', 'zone b', 'zone c', 'etcd: consensus engine=etcd replicas=3 zones=a,b,c'), 'quorum-fragile'), []);
  // Patroni on a two-member etcd: losing either member leaves no majority; the primary demotes itself at its next HA loop
  // after retry_timeout: loop_wait 10 s + retry_timeout 10 s (round 49 r05; it was ttl 30 s).
  const patroni = d(
    'users: client',
    'app: app replicas=2',
    'etcd: consensus engine=etcd replicas=2',
    'pg: database engine=patroni primary',
    'pg-2: database engine=patroni standby of=pg replication=sync failover=auto coordinator=etcd',
    'users -> app -> pg',
  );
  const r = fail(patroni, node('etcd', 2));
  assert.equal(r.entries[0]!.downSeconds, 4500 - 20);
  assert.ok(r.events.some((e) => e.type === 'demoted' && e.target === 'pg'));
  assert.deepEqual(estimate(patroni).spofs, ['etcd']);
  assert.deepEqual(rules(patroni, 'split-brain-risk'), []);
  // With three members, a member's loss changes nothing and the failover goes through etcd.
  const p3 = d('users: client', 'app: app replicas=2', 'etcd: consensus engine=etcd replicas=3', 'pg: database engine=patroni primary', 'pg-2: database engine=patroni standby of=pg replication=sync failover=auto coordinator=etcd', 'users -> app -> pg');
  assert.equal(down(fail(p3, node('etcd', 1))), 0);
  assert.deepEqual(estimate(p3).spofs, []);
});

test('split brain: a heartbeat pair without fencing or a third voter is a finding; fenced, coordinated or orchestrated pairs are not', () => {
  const pair = (extra: string, engine = 'mysql') => d(`db: database engine=${engine} primary`, `db-2: database engine=${engine} standby of=db replication=async failover=auto heartbeat=2s${extra}`);
  assert.deepEqual(rules(pair(''), 'split-brain-risk'), ['db-2']);
  assert.deepEqual(rules(pair(' fencing=stonith'), 'split-brain-risk'), []);
  assert.deepEqual(rules(pair(' fencing'), 'split-brain-risk'), []);
  assert.deepEqual(rules(pair('', 'orchestrator'), 'split-brain-risk'), []);
  const pcmk = d('nfs: storage engine=pacemaker primary raid=1', 'nfs-2: storage engine=pacemaker standby of=nfs replication=drbd failover=auto raid=1');
  assert.deepEqual(rules(pcmk, 'split-brain-risk'), ['nfs-2']);
  // A VRRP pair of balancers in front of stateless servers is not concerned.
  assert.deepEqual(rules(d('lb: load-balancer replicas=2 vip health-check', 'web: web replicas=2 state=stateless', 'lb -> web'), 'split-brain-risk'), []);
});

test('rto advice names the cause: no balancer in front of two replicas is not "give it 2+ replicas"', () => {
  const x = d('goal rto=1m', 'users: client', 'app: app replicas=2 state=stateless', 'users -> app');
  const m = message(x, 'rto-not-met');
  assert.match(m, /no load balancer in front of its 2 instances/);
  assert.doesNotMatch(m, /2\+ replicas/);
  const manual = d('goal rto=5m', 'users: client', 'lb: lb managed health-check', 'app: app replicas=2', 'db: database', 'db-2: database standby of=db replication=sync failover=manual', 'users -> lb -> app -> db');
  assert.match(message(manual, 'rto-not-met'), /manual failover.*`failover=auto`/);
  const sentinel = d('goal rto=30s', 'lb: lb managed health-check', ...SENTINEL.map((l) => l.replace('users -> web', 'users -> lb -> web')));
  assert.match(message(sentinel, 'rto-not-met'), /down-after 30s/);
  assert.match(message(sentinel, 'rto-not-met'), /`down-after=/);
  // A managed Multi-AZ database fails over by itself: the cause is the provider's failover time, never "no standby".
  const rds = d('goal rto=1m', 'users: client', 'lb: lb managed health-check', 'app: app replicas=2', 'db: database engine=rds-multi-az zones=a,b', 'users -> lb -> app -> db');
  assert.match(message(rds, 'rto-not-met'), /fails over inside the provider's service, which takes 2m/);
  assert.doesNotMatch(message(rds, 'rto-not-met'), /no standby|failover=auto/);
});

test('a readable standby serves the reads sent to it; read at its own address its reads fail while it is gone (behind a proxy they go to its primary); it still takes over', () => {
  const x = d(
    'users: client',
    'app: app replicas=2 state=stateless',
    'db: database primary',
    'hot: database standby of=db readable failover=auto',
    'app -> db : writes',
    'app -> hot : reads',
    'users -> app',
  );
  // Losing the readable standby read at its own address: nothing moves its reads, they fail until it is back (the
  // writes go on). A PostgreSQL hot standby does not forward reads, and the application holds its address.
  const r = fail(x, node('hot'));
  assert.equal(down(r), 0);
  assert.deepEqual(r.entries[0]!.points[0], { at: 0, success: 0.5 });
  assert.deepEqual(rules(x, 'single-point-of-failure'), ['hot']);
  // Behind a proxy that falls back to the primary (ProxySQL, HAProxy checking both), its reads go to db at once.
  const proxied = d(
    'users: client',
    'app: app replicas=2 state=stateless',
    'db: database primary',
    'hot: database standby of=db readable failover=auto',
    'ro: load-balancer managed health-check',
    'app -> db : writes',
    'app -> ro : reads',
    'ro -> hot',
    'users -> app',
  );
  const rp = fail(proxied, node('hot'));
  assert.equal(rp.entries[0]!.points.length, 1, 'served throughout');
  assert.ok(rp.events.some((e) => e.type === 'routed-around' && e.message.en.includes('Reads from hot go to db')));
  assert.deepEqual(rules(proxied, 'single-point-of-failure'), [], 'hot is no single point of failure behind the proxy: db takes its reads');
  // Losing db: the writes fail until hot is promoted (generic heartbeat 5 s × 3 + promote 15 s = 30 s), while
  // hot keeps serving the reads (the app's requests are half reads, half writes): never fully down.
  const lost = fail(x, node('db'));
  assert.equal(down(lost), 0);
  assert.equal(lost.entries[0]!.degradedSeconds, 30);
  assert.deepEqual(lost.classes?.filter((c) => c.downSeconds > 0).map((c) => [c.name, c.downSeconds]), [['app writes', 30]]);
  // A standby that is not readable is needed by the edge into it: losing it fails the reads until it is repaired.
  const y = d('users: client', 'app: app replicas=2 state=stateless', 'db: database primary', 'cold: database standby of=db failover=auto', 'app -> db', 'app -> cold', 'users -> app');
  assert.deepEqual(rules(y, 'single-point-of-failure'), ['cold']);
});

test('weighted DNS: each target gets weight / total of the answers; a dead target keeps its share without health checks, and a zero-weight one takes over only with them', () => {
  const w = (hc: string, wb: number) =>
    d('users: client', `dns: dns routing=weighted${hc}`, 'a: web-server', 'b: web-server', 'users -> dns', 'dns -> a : weight=70', `dns -> b : weight=${wb}`);
  // No health check: losing a fails its 70% until it is repaired (1h, generic VM); losing b fails 30%.
  const ra = fail(w('', 30), node('a'));
  assert.deepEqual(ra.entries[0]!.points[0], { at: 0, success: 0.3 });
  assert.deepEqual(fail(w('', 30), node('b')).entries[0]!.points[0], { at: 0, success: 0.7 });
  assert.match(message(w('', 30), 'dns-no-health-check'), /up to 70% of requests fail/);
  // A zero-weight target is never answered without health checks: a is a single point of failure (rule and sweep agree).
  assert.deepEqual(rules(w('', 0), 'single-point-of-failure'), ['a']);
  assert.deepEqual(estimate(w('', 0)).spofs, ['a']);
  // With health checks, once a leaves the answers (30s × 3 + ttl 60s = 150s, generic) the zero-weight b gets every answer.
  const hc = fail(w(' health-check', 0), node('a'));
  assert.deepEqual(hc.entries[0]!.points, [
    { at: 0, success: 0 },
    { at: 150, success: 1 },
  ]);
  assert.deepEqual(rules(w(' health-check', 0), 'single-point-of-failure'), []);
});

test('queue retention: messages that wait longer than retention= are deleted unprocessed; the lone-consumer finding says how much is lost', () => {
  const x = d('users: client rate=10', 'api: app-server replicas=2', 'q: queue engine=sqs retention=30m', 'worker: service repair=1h', 'users -> api -> q -> worker');
  // worker is down for 1h (repair): 10/s × 3600s = 36,000 messages accepted; those older than 30m when it returns (the first half) are gone.
  const r = fail(x, node('worker'));
  assert.deepEqual(r.queues, [{ queue: 'q', backlog: 18000, delay: 1800, expired: 18000 }]);
  assert.ok(r.events.some((e) => e.type === 'messages-expired' && e.at === 1800));
  assert.equal(down(r), 0, 'no user request fails');
  assert.match(message(x, 'lone-consumer'), /retention=30m.*back only after 1h.*about 30m of messages are lost/);
  // A retention longer than the outage loses nothing.
  const y = d('users: client rate=10', 'api: app-server replicas=2', 'q: queue engine=sqs retention=4d', 'worker: service repair=1h', 'users -> api -> q -> worker');
  assert.deepEqual(fail(y, node('worker')).queues, [{ queue: 'q', backlog: 36000, delay: 3600, expired: 0 }]);
  assert.doesNotMatch(message(y, 'lone-consumer'), /are lost\./);
});

test('availability-not-met names what costs the most, with its yearly minutes and the fix that fits it', () => {
  // A Single-AZ RDS (SLA 99.5%: 0.005 × 525,600 = 2,628 min/year) behind an ALB (99.99%: about 53 min).
  const x = d('goal availability=99.9%', 'users: client', 'alb: load-balancer engine=alb', 'app: app replicas=4 state=stateless', 'db: database engine=rds', 'users -> alb -> app -> db');
  const m = message(x, 'availability-not-met');
  assert.match(m, /What costs the most: `db` \(about 2,628 minutes a year\), `alb` \(about 53 minutes a year\)\./);
  assert.match(m, /`engine=rds-multi-az`/);
  // Two self-run servers in series (99.9% each: about 526 min each): both named, with the single-point-of-failure fix.
  const y = d('goal availability=99.95%', 'users: client', 'web: web-server', 'app: app-server', 'users -> web -> app');
  assert.match(message(y, 'availability-not-met'), /`web` \(about 526 minutes a year\), `app` \(about 526 minutes a year\)\. Give `web` and `app` a second instance/);
});

test('contradictions of failure-model §8 are findings that say what the model does', () => {
  const self = d('users: client', 'app: app replicas=2', 'db: database primary', 'db-standby: database standby of=db-standby replication=sync failover=auto', 'users -> app -> db');
  assert.deepEqual(rules(self, 'contradiction'), ['db-standby']);
  assert.ok(!checkDesign(self).some((f) => JSON.stringify(f).includes('db-standby-standby')));
  assert.deepEqual(rules(d('web: web replicas=3 state=stateless sessions=local'), 'contradiction'), ['web']);
  assert.match(message(d('db: database primary', 'r: database replica of=db failover=auto'), 'contradiction'), /the model never promotes/);
  assert.match(message(d('api: app replicas=6 autoscale=2..4'), 'contradiction'), /brings it back to 4/);
  assert.match(message(d('db: database primary', 's: database standby of=db failover=auto heartbeat=0s'), 'contradiction'), /heartbeat=0/);
  const onPrimary = d('db: database primary failover=auto', 's: database standby of=db replication=sync');
  assert.match(message(onPrimary, 'contradiction'), /`s` as its own `failover=` says/);
  assert.deepEqual(rules(onPrimary, 'manual-failover'), ['s']);
  assert.deepEqual(rules(d('db: database primary', 's: database standby of=db failover=auto'), 'contradiction'), []);
});

test('a balancer in front of a VIP pair sends to the one virtual IP: losing its holder fails every request until VRRP moves it (3 × 1 s + 0.61 s skew), not half of them until the balancer\'s checks', () => {
  const x = d(
    'users: client rate=100',
    'fw: load-balancer engine=keepalived layer=4 replicas=2 vip health-check',
    'lb: load-balancer engine=haproxy layer=7 replicas=2 vip health-check=/health',
    'web: web-server replicas=4 state=stateless',
    'users -> fw -> lb -> web',
  );
  const r = fail(x, node('lb', 1));
  const users = r.entries.find((e) => e.entry === 'users')!;
  // keepalived/RFC 5798: master down after 3 × advert_int 1 s + skew (256 − 100)/256 s.
  const vrrp = 3 + (256 - 100) / 256;
  assert.ok(Math.abs(users.downSeconds - vrrp) < 0.01, `down ${users.downSeconds}`);
  assert.equal(users.degradedSeconds, 0, 'never half served: the VIP is one target');
  assert.deepEqual(users.points.map((p) => p.success), [0, 1]);
  // fw has nothing to mark dead: it never sent to lb#1 itself.
  assert.ok(!r.events.some((e) => e.type === 'routed-around' && /fw marks/.test(e.message.en)), r.events.map((e) => e.message.en).join('\n'));
  // The other instance, not holding the VIP, costs nothing.
  assert.equal(down(fail(x, node('lb', 2))), 0);
});

test('weighted targets on a balancer (`share=P%` alone, ALB weighted target groups): each edge its own pool with its share; a lost target fails its share, not half', () => {
  const bg = d(
    'users: client rate=100',
    'alb: load-balancer engine=alb layer=7',
    'blue: app-server replicas=3 state=stateless',
    'green: app-server state=stateless',
    'users -> alb',
    'alb -> blue : share=90%',
    'alb -> green : share=10%',
  );
  const r = fail(bg, node('green'));
  const users = r.entries[0]!;
  assert.deepEqual(users.points.map((p) => [p.at, Math.round(p.success * 1000) / 1000]), [[0, 0.9], [4500, 1]]);
  assert.equal(users.downSeconds, 0);
  // The canary is a single point of failure for its 10%, said so per route.
  assert.deepEqual(rules(bg, 'single-point-of-failure'), ['green']);
  assert.match(message(bg, 'single-point-of-failure'), /for the `share=10%` requests of `alb`/);
  // Two edges with the same share are two targets; an unlabelled edge takes what is left (10%).
  const three = d(
    'users: client',
    'lb: load-balancer engine=alb layer=7',
    'b1: app-server state=stateless',
    'b2: app-server state=stateless',
    'c: app-server state=stateless',
    'users -> lb',
    'lb -> b1 : share=45%',
    'lb -> b2 : share=45%',
    'lb -> c',
  );
  assert.equal(Math.round(fail(three, node('b1')).entries[0]!.points[0]!.success * 1000) / 1000, 0.55);
  assert.equal(Math.round(fail(three, node('c')).entries[0]!.points[0]!.success * 1000) / 1000, 0.9);
  // Weights need no HTTP: a layer-4 balancer with them gets no l4-routes finding (paths would).
  const l4 = d('users: client', 'lb: load-balancer engine=haproxy layer=4 health-check', 'a: app-server replicas=2', 'b: app-server replicas=2', 'users -> lb', 'lb -> a : share=80%', 'lb -> b : share=20%');
  assert.deepEqual(rules(l4, 'l4-routes'), []);
});

test('a cluster losing every instance (a region loss) does not say "the other instances serve", and a generic detection is not labelled as the product\'s', () => {
  // A database cluster of an engine without a profile (CouchDB) has no cluster detection of its own: the generic heartbeat
  // applies, and says so. (RDS, here before, is one primary and its standby: round 27 — sre-review.test.ts.)
  const x = d('region r1', 'zone a region=r1', 'zone b region=r1', 'users: client', 'api: app-server replicas=2 state=stateless region=r1', 'db: database engine=couchdb replicas=2 zones=a,b', 'users -> api -> db');
  const r = simulate(x, [{ type: 'fail', target: { type: 'region', region: 'r1' }, at: 0 }]);
  const drops = r.events.filter((e) => /cluster drops/.test(e.message.en)).map((e) => e.message.en);
  assert.ok(drops.length > 0, r.events.map((e) => e.message.en).join('\n'));
  for (const m of drops) {
    assert.match(m, /no instance of it is left to serve/);
    assert.match(m, /\(generic: heartbeat 5s × 3\)/);
  }
  // One instance lost: the other serves.
  const one = fail(x, node('db', 1)).events.find((e) => /cluster drops/.test(e.message.en));
  assert.match(one?.message.en ?? '', /the other instances serve/);
});

test('a single-writer cluster (Aurora, an RDS Multi-AZ DB cluster): losing the writer stops its requests until the provider promotes a reader; losing a reader changes nothing', () => {
  const au = d('users: client', 'api: app-server replicas=2 state=stateless', 'db: database engine=aurora replicas=2', 'users -> api -> db');
  // Aurora with a reader: failover typically under 60 s (judged on the slow end, docs/defaults.md).
  const w = fail(au, node('db', 1));
  assert.deepEqual(w.entries[0]!.points.map((p) => [p.at, p.success]), [[0, 0], [60, 1]]);
  assert.ok(!w.events.some((e) => /cluster drops|the other instances serve/.test(e.message.en)), w.events.map((e) => e.message.en).join('\n'));
  assert.equal(down(fail(au, node('db', 2))), 0);
  assert.equal(fail(au, node('db', 2)).entries[0]!.degradedSeconds, 0);
  // RDS Multi-AZ DB cluster: 35 s.
  const rc = d('users: client', 'api: app-server replicas=2 state=stateless', 'db: database engine=rds-multi-az-cluster replicas=3', 'users -> api -> db');
  assert.equal(down(fail(rc, node('db', 1))), 35);
  assert.equal(down(fail(rc, node('db', 3))), 0);
});

test('a read/write split on a database proxy (`writes` and `reads` labels): the primary is a single point of failure for the writes, a lost replica hands its reads to the primary, and a layer-4 split by port is no finding', () => {
  const x = d(
    'users: client rate=100',
    'app: app-server replicas=2 state=stateless',
    'proxysql: load-balancer engine=proxysql replicas=2 vip',
    'primary: database engine=mysql primary',
    'replica: database engine=mysql replica of=primary replication=async',
    'users -> app -> proxysql',
    'proxysql -> primary : writes',
    'proxysql -> replica : reads',
  );
  // Before, the two labels were plain text: primary and replica were alternatives of one pool, and nothing was a SPOF.
  assert.deepEqual(rules(x, 'single-point-of-failure'), ['primary']);
  assert.match(message(x, 'single-point-of-failure'), /for the `writes` requests of `proxysql`/);
  const p = fail(x, node('primary'));
  // (The writer is in the reader hostgroup too — round 125b r04 — so the reads sent to it fail until ProxySQL's Monitor
  // removes it, 3 pings 8 s apart; then the replica serves them all.)
  assert.equal(Math.round(p.entries[0]!.points[0]!.success * 100) / 100, 0.25, 'the writes (an even split: no ratio is known) fail, and the reads sent to the writer');
  assert.ok(p.entries[0]!.points.some((q) => q.at === 24 && Math.round(q.success * 100) / 100 === 0.5), JSON.stringify(p.entries[0]!.points));
  // ProxySQL keeps the writer in the reader hostgroup (mysql-monitor_writer_is_also_reader): the reads move to the primary at once.
  assert.equal(down(fail(x, node('replica'))), 0);
  assert.equal(fail(x, node('replica')).entries[0]!.degradedSeconds, 0);
  // ProxySQL's Monitor module pings its backends by default: no no-health-check.
  assert.deepEqual(rules(x, 'no-health-check'), []);
  // An HAProxy in TCP mode splits by port (a write port, a read port): no l4-routes, unlike paths.
  const l4 = d('users: client', 'app: app-server replicas=2', 'hap: load-balancer engine=haproxy layer=4 health-check replicas=2 vip', 'db: database primary', 'db-r: database replica of=db', 'users -> app -> hap', 'hap -> db : writes', 'hap -> db-r : reads');
  assert.deepEqual(rules(l4, 'l4-routes'), []);
  // HAProxy's read port sends to the replicas its checks pass (`/replica`), not to the primary: one replica is the reads' single point.
  assert.deepEqual(rules(l4, 'single-point-of-failure'), ['db', 'db-r']);
});

test('ProxySQL removes a dead backend after 3 missed pings 8 s apart (24 s)', () => {
  const x = d('users: client', 'proxysql: load-balancer engine=proxysql replicas=2 vip', 'app: app-server replicas=2 state=stateless', 'users -> proxysql -> app');
  const r = fail(x, node('app', 1));
  assert.equal(r.entries[0]!.degradedSeconds, 24);
});

test('a keepalived pair is a virtual IP without saying `vip`: losing the holder costs the VRRP move, not half the requests for an hour', () => {
  const x = d('users: client', 'lb: load-balancer engine=keepalived replicas=2', 'web: web-server replicas=2 state=stateless', 'users -> lb -> web');
  const r = fail(x, node('lb', 1));
  const vrrp = 3 + (256 - 100) / 256;
  assert.ok(Math.abs(down(r) - vrrp) < 0.01, `down ${down(r)}`);
  assert.equal(r.entries[0]!.degradedSeconds, 0);
  // `vip=false` says otherwise: two addresses, half the clients on the dead one.
  const off = d('users: client', 'lb: load-balancer engine=keepalived replicas=2 vip=false', 'web: web-server replicas=2 state=stateless', 'users -> lb -> web');
  assert.equal(down(fail(off, node('lb', 1))), 0);
  assert.ok(fail(off, node('lb', 1)).entries[0]!.degradedSeconds > 0);
});

test('availability: an entry held to an SLA equal to the goal meets it (no "miss" by a millionth of a percent); a real miss is written with the digits that tell it from the goal', () => {
  const atSla = d('goal availability=99.99%', 'zone a', 'zone b', 'zone c', 'users: client', 'lb: load-balancer engine=alb zones=a,b,c', 'app: app-server replicas=3 zones=a,b,c', 'cass: database engine=cassandra replicas=3 zones=a,b,c', 'users -> lb -> app -> cass');
  assert.ok(estimate(atSla).availability < 0.9999, 'the product of the ALB SLA and the rest is a hair under the goal');
  assert.deepEqual(rules(atSla, 'availability-not-met'), []);
  // A single generic server (99.9%) against 99.95% misses by far: reported, with two digits.
  const one = d('goal availability=99.95%', 'users: client', 'web: web-server', 'users -> web');
  assert.match(message(one, 'availability-not-met'), /estimated at 99\.9% \(about 526 minutes a year\)/);
});

test('rto advice for a zone loss names a quorum held in that zone (Sentinels), not "spread what lives only there" about a primary whose standby is elsewhere', () => {
  const x = d(
    'goal rto=5m',
    'zone a',
    'zone c',
    'users: client',
    'alb: load-balancer engine=alb zones=a,c',
    'api: app-server replicas=4 zones=a,c state=stateless sessions=redis',
    'redis: cache engine=redis mode=sentinel replicas=2 zones=a,c',
    'db: database engine=aurora-mysql primary zone=a',
    'db-r: database engine=aurora-mysql standby of=db readable zone=c',
    'users -> alb -> api -> db',
  );
  const m = message(x, 'rto-not-met');
  assert.match(m, /Cause: zone `a` holds 2 of the 3 Sentinels of `redis`/);
  assert.doesNotMatch(m, /lives only in zone/);
});

test('a queue with `quorum` (RabbitMQ quorum queues) is a voting group: one loss of three changes nothing, two replicas stop with either loss', () => {
  const three = d('zone a', 'zone b', 'zone c', 'users: client rate=50', 'lb: load-balancer engine=alb zones=a,b,c', 'api: app-server replicas=3 zones=a,b,c', 'mq: queue engine=rabbitmq replicas=3 quorum zones=a,b,c', 'worker: app-server replicas=2 zones=a,b', 'users -> lb -> api -> mq -> worker');
  assert.equal(down(fail(three, node('mq', 1))), 0);
  assert.deepEqual(rules(three, 'quorum-fragile'), []);
  assert.deepEqual(rules(three, 'unknown-attribute'), []);
  const two = d('zone a', 'zone b', 'users: client rate=50', 'lb: load-balancer engine=alb zones=a,b', 'api: app-server replicas=2 zones=a,b', 'mq: queue engine=rabbitmq replicas=2 quorum zones=a,b', 'worker: app-server replicas=2 zones=a,b', 'users -> lb -> api -> mq -> worker');
  assert.deepEqual(rules(two, 'quorum-fragile'), ['mq']);
  assert.deepEqual(estimate(two).spofs, ['mq']);
  assert.ok(down(fail(two, node('mq', 2))) >= 3600, 'the producers cannot enqueue until the lost replica is back');
});

test('cache-loss-overload says how long the database takes the reads and advises what the cache does not already have', () => {
  const base = (cache: string): Design => d('zone a', 'zone c', 'users: client rate=3000', 'alb: load-balancer engine=alb zones=a,c', 'web: app-server replicas=20 capacity=200 zones=a,c state=stateless', cache, 'db: database engine=rds-multi-az capacity=800', 'users -> alb -> web -> cache', 'web -> db');
  // Sentinel with replicas: only while the master fails over (30 s down-after + 5 s), and the replica is warm; not "add replicas with automatic failover".
  const sentinel = message(base('cache: cache engine=redis mode=sentinel replicas=3 hit-ratio=90% zones=a,c'), 'cache-loss-overload');
  assert.match(sentinel, /losing the master of `cache`.*until the Sentinels promote a replica \(down-after and promotion, about 35s\)/);
  assert.doesNotMatch(sentinel, /replicas with automatic failover/);
  // One server and nothing to take over: that is the fix.
  assert.match(message(base('cache: cache engine=redis hit-ratio=90%'), 'cache-loss-overload'), /keep the cache up \(replicas with automatic failover\)/);
  // Memcached servers each hold a share of the keys: more servers, smaller share.
  assert.match(message(base('cache: cache engine=memcached replicas=2 hit-ratio=90% zones=a,c'), 'cache-loss-overload'), /1\/2 of its keys.*spread the keys over more servers/);
});

test('master-master: losing the passive primary that nothing writes to loses no writes; losing the written one loses the lag', () => {
  const x = d('users: client', 'app: app-server replicas=2 state=stateless', 'db1: database engine=mysql primary', 'db2: database engine=mysql primary of=db1 replication=async', 'users -> app -> db1');
  assert.equal(fail(x, node('db2')).writesLostSeconds, 0);
  assert.equal(fail(x, node('db1')).writesLostSeconds, 1);
  // Both written (active-active): either loss loses what the other had not received.
  const both = d('users: client', 'app: app-server replicas=2 state=stateless', 'db1: database engine=mysql primary', 'db2: database engine=mysql primary of=db1 replication=async', 'users -> app -> db1', 'app -> db2');
  assert.equal(fail(both, node('db2')).writesLostSeconds, 1);
});

test('capacity after a loss: the repair counts when it comes before autoscaling, and a zone loss that leaves too little capacity is named as the cause', () => {
  const x = d(
    'goal rto=4m',
    'zone a',
    'zone c',
    'users: client rate=500',
    'alb: load-balancer engine=alb zones=a,c',
    // Target tracking at 90 %: two instances carry 500 req/s (500 / 270 → 2), with no spare.
    'web: app-server engine=ec2 replicas=2 autoscale=2..6 autoscale-target=90% capacity=300 zones=a,c state=stateless',
    'db: database engine=rds-multi-az',
    'users -> alb -> web -> db',
  );
  const est = estimate(x);
  // One instance lost: the survivor is overloaded; the instance is replaced after 5m (the repair), before autoscaling would add one (7m 30s).
  const web = est.losses.find((l) => l.target.type === 'node' && l.target.node === 'web')!;
  assert.equal(web.rto, 300);
  // A zone lost: the group launches a replacement in the other zone (the same 5m), before autoscaling would add one.
  const zone = est.losses.find((l) => l.target.type === 'zone' && l.target.zone === 'a')!;
  assert.equal(zone.rto, 300);
  const m = message(x, 'rto-not-met');
  assert.match(m, /Cause: the 1 instance of `web` left serve 300 req\/s of the 500 req\/s it receives, so the rest fail until autoscaling replaces or adds instances/);
  // The instance's loss and the zone's take as long (the same replacement): the zone's is named, its fix covers both.
  assert.match(m, /`replicas=4`/, 'two per zone: the fullest zone lost still leaves 2 × 300');
});

test('rto advice for a proxy tier called by address (HAProxy, PgBouncer, MySQL Router): a virtual IP or a health-checked address, not a balancer in front of the balancer', () => {
  const x = d('goal rto=1m', 'zone a', 'zone b', 'zone c', 'users: client', 'alb: load-balancer engine=alb zones=a,b', 'app: app-server replicas=2 zones=a,b state=stateless', 'router: load-balancer replicas=2 zones=a,b health-check', 'mysql: database engine=innodb-cluster replicas=3 zones=a,b,c', 'users -> alb -> app -> router -> mysql');
  const m = message(x, 'rto-not-met');
  assert.match(m, /calls the 2 instances of `router` by their own addresses/);
  assert.match(m, /`vip`/);
  assert.doesNotMatch(m, /put a load balancer with health checks between them/);
});

test('rto advice for a region loss names a manual promotion in the other region, not "keep a standby in another region" to a design that has one', () => {
  const x = d(
    'goal rto=30m',
    'region seoul',
    'region tokyo',
    'zone sa region=seoul',
    'zone sc region=seoul',
    'zone ta region=tokyo',
    'users: client',
    'dns: dns engine=route53 routing=failover health-check ttl=60s',
    'alb-s: load-balancer engine=alb zones=sa,sc',
    'alb-t: load-balancer engine=alb zone=ta',
    'app-s: app-server replicas=2 zones=sa,sc state=stateless',
    'app-t: app-server replicas=2 zone=ta state=stateless',
    'db: database engine=rds-multi-az zones=sa,sc',
    'db-t: database engine=rds standby of=db replication=async failover=manual zone=ta',
    'mon: monitor watches=db,db-t interval=1m',
    'users -> dns',
    'dns -> alb-s',
    'dns -> alb-t',
    'alb-s -> app-s -> db',
    'alb-t -> app-t -> db-t',
  );
  const m = message(x, 'rto-not-met');
  assert.match(m, /`db-t`, waits for a person to promote it/);
  assert.doesNotMatch(m, /Keep a standby copy in another region/);
  // A Multi-AZ database named in one zone fails over inside its own region, never to the DR region's zone.
  const one = d('region seoul', 'region tokyo', 'zone sa region=seoul', 'zone ta region=tokyo', 'users: client', 'app: app-server replicas=2 zone=ta', 'db: database engine=rds-multi-az zone=sa', 'db-t: database engine=rds standby of=db failover=manual zone=ta', 'users -> app -> db');
  const r = fail(one, { type: 'zone', zone: 'sa' });
  assert.ok(r.events.some((e) => e.type === 'failed-over' && /another zone/.test(e.message.en)), r.events.map((e) => e.message.en).join('\n'));
  assert.ok(!r.events.some((e) => /zone ta/.test(e.message.en) && e.type === 'failed-over'));
});

test('routes in the availability estimate: each request needs its own route\'s pool (a weighted mean), not any of the pools (the issue\'s /api and /static case)', () => {
  const x = d('goal availability=99.99%', 'users: client', 'lb: load-balancer layer=7 health-check replicas=2 vip', 'api: app-server', 'static: web-server', 'users -> lb', 'lb -> api : /api', 'lb -> static : /static');
  // Two single servers at a generic 99.9% each, half the requests each: about 99.9%, not 99.9999% as two alternatives.
  const a = estimate(x).availability;
  assert.ok(a < 0.9991 && a > 0.9985, `availability ${a}`);
  assert.match(message(x, 'availability-not-met'), /the routes of `lb` \(each fails with its own pool; about/);
  // A CDN routing by path (CloudFront behaviors): the static origin's loss fails the static share only, and the API path does not need the bucket.
  const cdn = d('users: client', 'cdn: cdn engine=cloudfront', 'static: storage', 'api: app-server replicas=2', 'users -> cdn', 'cdn -> static : /static/*', 'cdn -> api : /api/*');
  const r = fail(cdn, node('static'));
  assert.equal(down(r), 0);
  assert.equal(Math.round(r.entries[0]!.points[0]!.success * 100), 50);
  // Without route labels a CDN needs every origin it calls.
  const and = d('users: client', 'cdn: cdn engine=cloudfront', 'static: storage', 'api: app-server replicas=2', 'users -> cdn', 'cdn -> static', 'cdn -> api');
  assert.ok(down(fail(and, node('static'))) > 0);
});

test('availability agrees with the simulation on instances nothing routes around: a balancer without checks serves the mean of its backends', () => {
  const blind = d('goal availability=99.99%', 'users: client', 'lb: load-balancer replicas=2 vip', 'web: web-server replicas=2', 'users -> lb -> web');
  assert.ok(estimate(blind).availability < 0.9992, `${estimate(blind).availability}`);
  assert.deepEqual(rules(blind, 'availability-not-met').length, 1);
  // The simulation says the same: a dead backend keeps half the requests until repaired.
  assert.ok(fail(blind, node('web', 1)).entries[0]!.degradedSeconds >= 3600);
  const checked = d('goal availability=99.99%', 'users: client', 'lb: load-balancer replicas=2 vip health-check', 'web: web-server replicas=2', 'users -> lb -> web');
  assert.deepEqual(rules(checked, 'availability-not-met'), []);
});

test('sessions=replicated (session clustering): no session is lost with an instance, no store is needed, and no stateful-balancing finding', () => {
  const x = d('users: client', 'lb: load-balancer health-check replicas=2 vip', 'was: app-server replicas=2 state=stateful sessions=replicated', 'users -> lb -> was');
  assert.deepEqual(checkDesign(x).filter((f) => f.severity === 'error').map((f) => f.message.en), []);
  assert.deepEqual(rules(x, 'stateful-balancing'), []);
  assert.equal(fail(x, node('was', 1)).sessionsLost, 0);
  const local = d('users: client', 'lb: load-balancer health-check replicas=2 vip', 'was: app-server replicas=2 state=stateful', 'users -> lb -> was');
  assert.equal(fail(local, node('was', 1)).sessionsLost, 0.5);
});

test('a zone loss names the primary whose standby sits in the same zone, not the standby; Lambda and API Gateway are known managed products', () => {
  const x = d('goal rto=5m', 'zone dc', 'users: client', 'lb: load-balancer engine=haproxy replicas=2 vip health-check zone=dc', 'web: web-server replicas=2 zone=dc', 'db: database engine=mysql primary zone=dc', 'db-2: database engine=mysql standby of=db replication=sync failover=auto zone=dc', 'users -> lb -> web -> db');
  const m = message(x, 'rto-not-met');
  assert.match(m, /`lb`, `web` and `db` run only in zone `dc`/);
  assert.doesNotMatch(m, /db-2/);
  const sl = d('users: client', 'apigw: gateway engine=api-gateway', 'fn: app-server engine=lambda', 'ddb: database engine=dynamodb', 'users -> apigw -> fn -> ddb');
  assert.deepEqual(rules(sl, 'unknown-engine'), []);
  assert.deepEqual(estimate(sl).spofs, []);
});

test('MongoDB arbiters vote but hold no data: PSA survives one loss, and its election rolls back the last writes (w: 1 by default); PSS and 4 data + 1 arbiter lose none', () => {
  const set = (members: string): Design => d('zone a', 'zone b', 'zone c', 'users: client', 'api: app-server replicas=2 zones=a,b state=stateless', `m: database engine=mongodb ${members} zones=a,b,c lag=2s`, 'users -> api -> m');
  const psa = set('replicas=2 arbiters=1');
  const primary = fail(psa, node('m', 1));
  assert.equal(down(primary), 12, 'an election after the primary is lost (MongoDB median 12 s)');
  assert.equal(primary.writesLostSeconds, 2, 'w: 1: the old primary\'s last lag of writes is rolled back');
  assert.match(primary.events.find((e) => e.type === 'promoted')!.message.en, /arbiter.*w: 1.*rolled back/);
  // The arbiter sits in zone c: losing it alone changes nothing; two data members still vote.
  const arbiterZone = fail(psa, { type: 'zone', zone: 'c' });
  assert.equal(down(arbiterZone), 0);
  assert.deepEqual(rules(psa, 'single-point-of-failure'), []);
  assert.deepEqual(rules(psa, 'quorum-fragile'), []);
  // Without the arbiter two voters are fragile; with it in the same zone as a data member, that zone holds a majority.
  assert.deepEqual(rules(set('replicas=2'), 'quorum-fragile'), ['m']);
  assert.deepEqual(rules(d('zone a', 'zone b', 'users: client', 'm: database engine=mongodb replicas=2 arbiters=1 zones=a,b', 'users -> m'), 'quorum-fragile'), ['m']);
  // w: "majority": nothing acknowledged is lost.
  assert.equal(fail(set('replicas=3'), node('m', 1)).writesLostSeconds, 0);
  assert.equal(fail(set('replicas=4 arbiters=1'), node('m', 1)).writesLostSeconds, 0);
  // The rpo advice names the arbiter, not a synchronous standby MongoDB does not have.
  assert.match(message(d('goal rpo=0s', 'zone a', 'zone b', 'zone c', 'users: client', 'm: database engine=mongodb replicas=2 arbiters=1 zones=a,b,c', 'users -> m'), 'rpo-not-met'), /replace the arbiter with a third data-bearing member/);
});

test('arbiters= where nothing votes, or beside a single data member, is a contradiction the model ignores', () => {
  assert.match(message(d('users: client', 'db: database engine=mysql arbiters=1', 'users -> db'), 'contradiction'), /nothing elects its primary by vote.*ignores them/);
  assert.match(message(d('users: client', 'db: database engine=mongodb arbiters=1', 'users -> db'), 'contradiction'), /single data member/);
  assert.equal(message(d('users: client', 'db: database engine=mongodb replicas=2 arbiters=1', 'users -> db'), 'contradiction'), '');
});

test('a Kafka broker lost: its partitions wait until the controller fences it (broker.session.timeout.ms, 9 s in KRaft); producers retry until delivery.timeout.ms (120 s), so sends are delayed, not failed (round 7)', () => {
  const x = d('users: client', 'api: app-server replicas=2 state=stateless', 'events: queue engine=kafka replicas=3', 'worker: app-server replicas=2', 'users -> api -> events -> worker');
  const r = fail(x, node('events', 1));
  const routed = r.events.find((e) => e.type === 'routed-around')!;
  assert.equal(routed.at, 9);
  assert.match(routed.message.en, /broker\.session\.timeout\.ms 9s/);
  const delayed = r.events.find((e) => e.type === 'delayed')!;
  assert.equal(delayed.at, 0);
  assert.match(delayed.message.en, /delivery\.timeout\.ms \(2m\)/);
  assert.match(delayed.message.ko, /늦어질 뿐입니다/);
  assert.equal(down(r), 0);
  assert.equal(r.entries[0]!.degradedSeconds, 0);
  assert.deepEqual(rules(x, 'unknown-engine'), []);
  // Every broker lost: nothing to retry against; the sends fail.
  assert.ok(down(fail(x, node('events'))) > 0);
});

test('Vault with Integrated Storage is a Raft group with an active node: two servers stop with either loss; of three, a standby\'s loss costs nothing and the active node\'s waits for an election (round 9: standbys forward to the active node)', () => {
  const v = (n: number): Design => d('users: client', 'app: app-server replicas=2 state=stateless', `vault: database engine=vault replicas=${n}`, 'users -> app -> vault');
  assert.deepEqual(rules(v(2), 'quorum-fragile'), ['vault']);
  assert.deepEqual(rules(v(2), 'single-point-of-failure'), ['vault']);
  assert.equal(down(fail(v(2), node('vault', 2))) > 0, true);
  assert.deepEqual(rules(v(3), 'quorum-fragile'), []);
  assert.equal(down(fail(v(3), node('vault', 2))), 0);
  const leader = down(fail(v(3), node('vault', 1)));
  assert.ok(leader > 0 && leader < 60, `the active node lost: ${leader}`);
  assert.deepEqual(rules(v(3), 'unknown-engine'), []);
});

// ---- request classes of an application: `web -> db : writes`, `web -> db-read : reads` -------------

/** The language's own example (topology-language.md): an app server that writes to the primary and reads from a replica. */
const SPLIT = [
  'users: client',
  'lb: load-balancer layer=7 health-check managed',
  'web: app-server replicas=4 state=stateless',
  'db: database engine=mysql primary',
  'db-read: database replica of=db replication=async',
  'users -> lb -> web',
  'web -> db : writes',
  'web -> db-read : reads',
];

test('request classes: losing the primary fails the writes only; the reads keep going to the replica', () => {
  const standby = d(...SPLIT, 'db-standby: database standby of=db replication=sync failover=auto');
  const r = fail(standby, node('db'));
  // Never fully down: half the requests (the reads) are served throughout; the writes wait for the
  // promotion (generic heartbeat 5 s × 3 + promote 15 s).
  assert.equal(down(r), 0);
  assert.equal(r.entries[0]!.degradedSeconds, 30);
  assert.deepEqual(r.classes?.map((c) => [c.name, c.share, c.downSeconds]), [['web reads', 0.5, 0], ['web writes', 0.5, 30]]);
  // The one replica, read at its own address, is what the reads need: nothing moves them when it is gone.
  assert.deepEqual(rules(standby, 'single-point-of-failure'), ['db-read']);
  // The CLI's report names the class that failed.
  assert.match(formatSimText(standby, r, 'en'), /Per request class[\s\S]*web writes\s+50% of web\s+30s/);
  assert.match(formatSimText(standby, r, 'ko'), /요청 종류별 결과[\s\S]*web 쓰기\s+web 요청의 50%\s+30초/);
});

test('request classes: a lone primary is a single point of failure for the writes, a lone replica for the reads, each named so', () => {
  const x = d(...SPLIT);
  const f = checkDesign(x).filter((k) => k.rule === 'single-point-of-failure');
  assert.deepEqual(f.map((k) => k.data?.['node']), ['db', 'db-read']);
  assert.deepEqual(f[0]!.data?.['routes'], [{ router: 'web', route: 'writes' }]);
  assert.match(f[0]!.message.en, /single point of failure for the `writes` requests of `web`/);
  assert.match(f[0]!.message.ko, /`web`의 쓰기 요청에 대한 단일 장애점/);
  assert.deepEqual(f[1]!.data?.['routes'], [{ router: 'web', route: 'reads' }]);
  assert.match(f[1]!.message.en, /Reads sent to `db-read`'s own address fail while it is down: read through something that moves them/);
  assert.deepEqual(estimate(x).spofs, ['db', 'db-read']);
  // Losing the replica: its reads fail until it is repaired; the writes go on.
  const r = fail(x, node('db-read'));
  assert.equal(down(r), 0);
  assert.ok(r.entries[0]!.degradedSeconds >= 3600);
  // The primary and the replica both gone: reads and writes fail, the service is down.
  const both = simulate(x, [{ type: 'fail', target: node('db'), at: 0 }, { type: 'fail', target: node('db-read'), at: 0 }]);
  assert.ok(down(both) >= 3600, `down ${down(both)}`);
});

test('request classes: shares from share=P%, the rest split; both classes must be named; other callees are needed by both', () => {
  const x = d(...SPLIT.map((l) => (l === 'web -> db-read : reads' ? 'web -> db-read : reads share=80%' : l)), 'web -> cache', 'cache: cache engine=redis primary');
  const r = fail(x, node('db'));
  assert.deepEqual(r.classes?.map((c) => [c.name, Math.round(c.share * 100)]), [['web reads', 80], ['web writes', 20]]);
  // 80% of the requests (the reads) are served while the primary is gone.
  assert.ok(r.entries[0]!.points.some((p) => Math.abs(p.success - 0.8) < 1e-9), JSON.stringify(r.entries[0]!.points));
  // A callee with no class (the stateful cache) is needed by every request: its loss fails everything.
  assert.ok(down(fail(x, node('cache'))) > 0);
  // Only one class named: no split, every callee needed (as before).
  const one = d(...SPLIT.map((l) => (l === 'web -> db-read : reads' ? 'web -> db-read' : l)));
  assert.ok(down(fail(one, node('db'))) > 0);
});

test('request classes: the load and the availability follow the shares', () => {
  const x = d(...SPLIT.map((l) => (l === 'users: client' ? 'users: client rate=1000' : l === 'web -> db-read : reads' ? 'web -> db-read : reads share=90%' : l === 'db: database engine=mysql primary' ? 'db: database engine=mysql primary capacity=5000' : l)));
  const m = buildModel(x);
  const st = steadyState(m)!;
  assert.equal(Math.round(st.load[m.byName.get('db')!]!), 100);
  assert.equal(Math.round(st.load[m.byName.get('db-read')!]!), 900);
  // Availability: the writes need db (99.9% generic, one instance), the reads db-read (read at its own address, no
  // fallback): 0.1 × 0.999 + 0.9 × 0.999 for the classes, times the balancer and the app servers (all but always up here).
  const a = estimate(x).availability;
  const classes = 0.1 * 0.999 + 0.9 * 0.999;
  assert.ok(Math.abs(a / classes - 1) < 1e-3, `availability ${a} vs classes ${classes}`);
});

test('a standby that receives reads without `readable` serves them while it waits (the edge wins), and the finding says so', () => {
  const x = d(
    'users: client',
    'web: app-server replicas=2 state=stateless',
    'pg: database engine=postgresql primary',
    'pg-2: database standby of=pg replication=sync failover=auto',
    'users -> web',
    'web -> pg : writes',
    'web -> pg-2 : reads',
  );
  const f = checkDesign(x).filter((k) => k.rule === 'contradiction');
  assert.deepEqual(f.map((k) => [k.data?.['node'], k.data?.['case'], k.severity]), [['pg-2', 'reads-to-standby', 'info']]);
  assert.match(f[0]!.message.en, /`web -> pg-2 : reads`.*serves those reads while it waits/);
  assert.match(f[0]!.message.ko, /`readable`이 없는 대기 노드/);
  // Reads written in Korean name the same edge (it read "receives reads (undefined)").
  const ko = d('users: client', 'web: app-server replicas=2 state=stateless', 'pg: database engine=postgresql primary', 'pg-2: database standby of=pg replication=sync failover=auto', 'users -> web', 'web -> pg : 쓰기', 'web -> pg-2 : 읽기');
  assert.match(message(ko, 'contradiction'), /receives reads \(`web -> pg-2 : 읽기`\)/);
  // The fix writes `readable`; with it the finding is gone and the figures stay the same.
  const fx = fixesFor(x, f[0]!);
  assert.equal(fx.length, 1);
  const readable = d(
    'users: client',
    'web: app-server replicas=2 state=stateless',
    'pg: database engine=postgresql primary',
    'pg-2: database standby of=pg replication=sync failover=auto readable',
    'users -> web',
    'web -> pg : writes',
    'web -> pg-2 : reads',
  );
  assert.deepEqual(rules(readable, 'contradiction'), []);
  for (const y of [x, readable]) {
    // Nothing is down at the start; losing pg fails the writes only, until pg-2 is promoted.
    const r = fail(y, node('pg'));
    assert.equal(r.entries[0]!.baseline ?? 1, 1);
    assert.equal(down(r), 0);
    assert.ok(r.entries[0]!.degradedSeconds > 0);
    // The standby read at its own address is what the reads need (nothing moves them when it is gone).
    assert.deepEqual(estimate(y).spofs, ['pg-2']);
  }
  // `readable=false`: it answers nothing until promoted, so every read fails from the start (as written).
  const idle = d(
    'users: client',
    'web: app-server replicas=2 state=stateless',
    'pg: database engine=postgresql primary',
    'pg-2: database standby of=pg replication=sync failover=auto readable=false',
    'users -> web',
    'web -> pg : writes',
    'web -> pg-2 : reads',
  );
  assert.deepEqual(rules(idle, 'contradiction'), []);
  assert.ok((fail(idle, node('web', 1)).entries[0]!.baseline ?? 1) < 1);
});

test('MHA for MySQL (engine=mha on the standby): detected after ping_interval 3 s × 4 = 12 s, serving at 30 s (the wiki: 10–30 s); split-brain only as an info without fencing (one check route by default), none with it', () => {
  const x = d(
    'users: client',
    'l4: load-balancer layer=4 replicas=2 vip health-check',
    'web: app-server replicas=2 state=stateless',
    'db: database engine=mysql primary',
    'db-2: database engine=mha standby of=db replication=async failover=auto',
    'users -> l4 -> web -> db',
  );
  const r = fail(x, node('db'));
  assert.equal(down(r), 30);
  assert.equal(r.writesLostSeconds, 1);
  const detected = r.events.find((e) => e.type === 'detected')!;
  assert.equal(detected.at, 12);
  assert.match(detected.message.en, /MHA for MySQL/);
  const sb = checkDesign(x).filter((f) => f.rule === 'split-brain-risk');
  assert.equal(sb.length, 1);
  assert.equal(sb[0]!.severity, 'info');
  assert.match(sb[0]!.message.en, /secondary_check_script/);
  const fencedX = d('users: client', 'l4: load-balancer layer=4 replicas=2 vip health-check', 'web: app-server replicas=2 state=stateless', 'db: database engine=mysql primary', 'db-2: database engine=mha standby of=db replication=async failover=auto fencing=ipmi', 'users -> l4 -> web -> db');
  assert.deepEqual(rules(fencedX, 'split-brain-risk'), []);
  assert.deepEqual(rules(x, 'unknown-engine'), []);
});

test('rto advice for a region loss: a primary whose only copy outside the region is a read replica is named, not "keep a standby copy in another region"', () => {
  const x = d(
    'goal rto=1h',
    'region seoul',
    'region singapore',
    'zone seoul-a region=seoul',
    'zone seoul-b region=seoul',
    'zone sg-a region=singapore',
    'users: client',
    'dns: dns routing=failover ttl=60s',
    'lb: load-balancer managed health-check region=seoul',
    'web: app-server replicas=2 state=stateless zones=seoul-a,seoul-b',
    'web-sg: app-server replicas=2 state=stateless zone=sg-a',
    'db: database engine=mysql primary zone=seoul-a',
    'db-b: database standby of=db replication=sync failover=auto zone=seoul-b',
    'db-sg: database replica of=db replication=async region=singapore',
    'users -> dns',
    'dns -> lb -> web',
    'dns -> web-sg',
    'web -> db',
    'web-sg -> db : writes',
    'web-sg -> db-sg : reads',
  );
  const m = message(x, 'rto-not-met');
  assert.match(m, /`db` has only a read replica outside region `seoul` \(`db-sg`\), and a replica is never promoted/);
  assert.doesNotMatch(m, /Keep a standby copy in another region/);
});

test('Redis Cluster with fewer than three masters: quorum-fragile even with a replica per shard (the masters vote a promotion); the SPOF message says why; a zone loss names it as the cause', () => {
  const two = d('users: client', 'web: app-server replicas=2 state=stateless sessions=s', 's: cache engine=redis mode=cluster shards=2 replicas=4', 'users -> web -> s');
  assert.deepEqual(rules(two, 'quorum-fragile'), ['s']);
  assert.match(message(two, 'quorum-fragile'), /2 masters: a replica is promoted only when a majority of the masters \(2 of 2\) agree/);
  assert.match(message(two, 'single-point-of-failure'), /every shard has a replica: with 2 masters, losing one leaves no majority/);
  // Three masters with a replica each: one master's loss is failed over; nothing to say.
  const three = d('users: client', 'web: app-server replicas=2 state=stateless sessions=s', 's: cache engine=redis mode=cluster shards=3 replicas=6', 'users -> web -> s');
  assert.deepEqual(rules(three, 'quorum-fragile'), []);
  // No replica at all is redis-cluster-no-replica's finding, not this one.
  const bare = d('users: client', 'web: app-server replicas=2 state=stateless sessions=s', 's: cache engine=redis mode=cluster shards=2 replicas=2', 'users -> web -> s');
  assert.deepEqual(rules(bare, 'quorum-fragile'), []);
  assert.deepEqual(rules(bare, 'redis-cluster-no-replica'), ['s']);
  // A managed cluster (ElastiCache) is not judged on Redis's own vote: the provider runs its failover.
  assert.deepEqual(rules(d('users: client', 'web: app-server replicas=2 state=stateless sessions=s', 's: cache engine=elasticache mode=cluster shards=2 replicas=4', 'users -> web -> s'), 'quorum-fragile'), []);
  // A self-run cluster over two zones: the zone holding one of its two masters stops it, and the rto advice says so.
  const zoned = d('goal rto=5m', 'zone a', 'zone b', 'users: client', 'lb: load-balancer managed health-check', 'web: app-server replicas=2 state=stateless sessions=s zones=a,b', 's: cache engine=redis mode=cluster shards=2 replicas=4 zones=a,b', 'users -> lb -> web -> s');
  assert.match(message(zoned, 'rto-not-met'), /zone `a` holds 1 of the 2 masters of `s` \(Redis Cluster\): the masters left are no majority/);
  // The same cluster run by ElastiCache: the provider promotes the shard's replica by itself, within the goal.
  const managed = d('goal rto=5m', 'zone a', 'zone b', 'users: client', 'lb: load-balancer managed health-check', 'web: app-server replicas=2 state=stateless sessions=s zones=a,b', 's: cache engine=elasticache mode=cluster shards=2 replicas=4 zones=a,b', 'users -> lb -> web -> s');
  assert.deepEqual(rules(managed, 'rto-not-met'), []);
});

test('Apache httpd and WebtoB in front of an application tier balance over its instances: a dead one is left out, not kept with its share until repaired', () => {
  // httpd passes a request that fails on a dead worker to the next one (as nginx): nothing fails; WebtoB's generic checks leave it out after 30 s.
  for (const [engine, removal] of [['apache', 0], ['httpd', 0], ['webtob', 30]] as const) {
    const x = d('users: client', `web: web-server engine=${engine} replicas=2 vip`, 'was: app-server replicas=2 state=stateless', 'users -> web -> was');
    const r = fail(x, node('was', 1));
    assert.equal(down(r), 0, engine);
    assert.equal(r.entries[0]!.recoverySeconds, removal, `${engine}: back once the dead instance is left out`);
    assert.deepEqual(rules(x, 'unknown-engine'), [], engine);
    assert.deepEqual(rules(x, 'no-health-check'), [], engine);
  }
  // Without such a product, a plain web server calling two instances keeps sending half to the dead one until it is repaired.
  const plain = d('users: client', 'web: web-server replicas=2 vip', 'was: app-server replicas=2 state=stateless', 'users -> web -> was');
  assert.ok(fail(plain, node('was', 1)).entries[0]!.recoverySeconds! >= 3600);
});

test('request classes in Korean: `쓰기` and `읽기` split the requests as `writes` and `reads` do, and are shown as written', () => {
  const x = d(...SPLIT.map((l) => l.replace(': writes', ': 쓰기').replace(': reads', ': 읽기')));
  const f = checkDesign(x).find((k) => k.rule === 'single-point-of-failure')!;
  assert.deepEqual(f.data?.['routes'], [{ router: 'web', route: '쓰기' }]);
  const r = fail(x, node('db-read'));
  assert.equal(down(r), 0);
  const lost = fail(x, node('db'));
  assert.equal(down(lost), 0, 'the reads go on');
  assert.deepEqual(lost.classes?.map((c) => c.name), ['web 읽기', 'web 쓰기']);
});

test('availability-not-met names the costliest routes of a router and the node each needs alone; a tier that needs all its instances for its load is told to add one, not to "add instances"', () => {
  const x = d(
    'goal availability=99.95%',
    'users: client rate=3000',
    'gw: gateway managed health-check',
    'catalog: service replicas=2 capacity=1500 state=stateless',
    'payments: service replicas=1 state=stateless',
    'orders: service replicas=3 state=stateless',
    'gw -> catalog : /catalog share=55%',
    'gw -> payments : /payments share=10%',
    'gw -> orders : /orders',
    'users -> gw',
  );
  const m = message(x, 'availability-not-met');
  // catalog carries 1,650 req/s on 2 × 1,500: both instances are needed (0.999² for 55% of the requests).
  assert.match(m, /the routes of `gw` \(each fails with its own pool; about \d+ minutes a year: `\/catalog` \d+, mostly `catalog`; `\/payments` \d+, mostly `payments`\)/);
  assert.match(m, /`catalog` runs 2 instances and needs all of them for its load \(1,650 req\/s at 1500 each\).*`replicas=3`/);
});

test('rpo-not-met: a node with no copy is told to back up as often as the goal allows; other losses that miss it are named; only a database speaks of orders', () => {
  const x = d(
    'goal rpo=1h',
    'zone room',
    'users: client',
    'app: app-server zone=room',
    'files: storage raid=5 zone=room backup=1d',
    'cache: storage raid=0 zone=room',
    'users -> app -> files',
    'app -> cache',
  );
  const m = message(x, 'rpo-not-met');
  assert.match(m, /losing `cache` loses everything it ever took \(unbounded: no copy and no usable backup\)\. `cache` has no copy and no backup: take backups at least every 1h \(`backup=1h`\)/);
  assert.doesNotMatch(m, /told were saved/);
  assert.match(m, /Losing zone `room` \(without bound\) also misses it\./);
  const ko = checkDesign(x).find((f) => f.rule === 'rpo-not-met')!.message.ko;
  assert.match(ko, /(커밋된|저장한) 데이터 전부\(남은 사본도, 쓸 수 있는 백업도 없음\)/);
  assert.doesNotMatch(ko, /한없음/);
});

test('a cache in front of a database loses no acknowledged writes when it fails over: what it held is in the database; a session store or a cache kept as the record does', () => {
  const cache = d('goal rpo=0', 'users: client', 'app: app-server replicas=2 state=stateless', 'c: cache engine=redis mode=sentinel replicas=3', 'db: database engine=mysql primary', 'db-2: database standby of=db replication=sync failover=auto', 'users -> app -> c', 'app -> db');
  assert.equal(fail(cache, node('c', 1)).writesLostSeconds, 0);
  assert.deepEqual(rules(cache, 'rpo-not-met'), []);
  const record = d('goal rpo=0', 'users: client', 'app: app-server replicas=2 state=stateless', 'c: cache engine=redis mode=sentinel replicas=3', 'users -> app -> c');
  assert.equal(fail(record, node('c', 1)).writesLostSeconds, 1);
});

test('a Sentinel cache in front of a database: losing its master moves every hit to the database until the promotion, then none', () => {
  const x = d(
    'users: client rate=6000',
    'app: app-server replicas=4 state=stateless',
    'c: cache engine=redis mode=sentinel replicas=3 hit-ratio=95%',
    'db: database engine=mysql primary capacity=2500',
    'db-2: database standby of=db replication=sync failover=auto',
    'users -> app -> c',
    'app -> db',
  );
  const r = fail(x, node('c', 1));
  // 300 misses/s + 5,700 hits/s on 2,500: 41.7% served from the loss until down-after (30 s) + promotion (5 s).
  const e = r.entries[0]!;
  assert.ok(e.points.some((p) => Math.abs(p.success - 2500 / 6000) < 1e-3), JSON.stringify(e.points));
  assert.equal(e.recoverySeconds, 35);
  assert.match(message(x, 'cache-loss-overload'), /losing the master of `c`, 6,000 reads\/s land on `db`/);
});

test("a client's edges to different services are different requests: losing one service fails only the requests sent to it", () => {
  const x = d(
    'goal rto=30m',
    'staff: client',
    'lb: load-balancer managed health-check',
    'erp: app-server replicas=2 state=stateless',
    'report: app-server',
    'staff -> lb -> erp',
    'staff -> report',
  );
  const r = fail(x, node('report'));
  assert.equal(down(r), 0, 'the ERP requests go on');
  assert.ok(r.entries[0]!.points.some((p) => Math.abs(p.success - 0.5) < 1e-9));
  const f = checkDesign(x).find((k) => k.rule === 'single-point-of-failure')!;
  assert.equal(f.data?.['node'], 'report');
  assert.match(f.message.en, /single point of failure for the requests `staff` sends to it: nothing takes over, so when it goes down they fail while `staff`'s other requests are served/);
  // share=P% on the edges gives the split.
  const y = d('staff: client', 'erp: app-server replicas=2', 'report: app-server replicas=2', 'staff -> erp : share=90%', 'staff -> report');
  assert.deepEqual(fail(y, node('report')).classes?.map((c) => [c.name, Math.round(c.share * 100)]), [['staff erp', 90], ['staff report', 10]]);
});

test('ElastiCache and MemoryDB take their SLA by placement: 99.99 % over two zones, 99.5 % in one', () => {
  const x = d('zone a', 'zone b', 'multi: cache engine=elasticache mode=cluster shards=3 replicas=6 zones=a,b', 'single: cache engine=memorydb zone=a', 'written: cache engine=elasticache zones=a,b availability=99.9%');
  assert.equal(x.nodes.get('multi')!.availability, 0.9999);
  assert.equal(x.nodes.get('single')!.availability, 0.995);
  assert.ok(Math.abs(x.nodes.get('written')!.availability - 0.999) < 1e-12, 'as written');
});
