/**
 * Technology profiles (issue 11): every profile value the code uses is cited in
 * docs/defaults.md, and for every profile a design whose single failure is
 * simulated lands on the timeline computed by hand from the cited numbers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AZURE_SQL_FOG, COSMOS, MYSQL_SEMI_SYNC, ORACLE_DG, DB2_HADR, COCKROACHDB, ENGINE_PROFILES, GALERA, GCP_OUTLIER, PG_WAL_SENDER, estimate, findTopologyBlocks, K8S_NODE, MONGODB, parseDesign, PROFILES, simulate, timingsOf, type Design, type SimResult, type SimStep } from '../../server/src/core';

const DOC = readFileSync(join(import.meta.dirname, '../../docs/defaults.md'), 'utf8');

function parse(body: string): Design {
  const b = findTopologyBlocks('```topology t\n' + body + '\n```\n')[0]!;
  const d = parseDesign({ ...b, closed: true });
  assert.deepEqual(
    d.findings.filter((f) => f.severity === 'error').map((f) => f.message.en),
    [],
    'the design parses without errors',
  );
  return d;
}
const fail = (node: string, instance: number | null = null, at = 0): SimStep => ({ type: 'fail', target: { type: 'node', node, instance }, at });
const failZone = (zone: string): SimStep => ({ type: 'fail', target: { type: 'zone', zone }, at: 0 });
const failRegion = (region: string): SimStep => ({ type: 'fail', target: { type: 'region', region }, at: 0 });
const users = (r: SimResult) => r.entries.find((e) => e.entry === 'users')!;

// ---- every value cited -------------------------------------------------------------

/** The text of docs/defaults.md's section whose heading names `(\`id\`)`, up to the next heading of the same or a higher level. */
function section(id: string): string {
  const lines = DOC.split('\n');
  const start = lines.findIndex((l) => /^#{2,3} /.test(l) && l.includes(`(\`${id}\`)`));
  assert.ok(start >= 0, `docs/defaults.md has a section for profile \`${id}\``);
  const level = /^(#+)/.exec(lines[start]!)![1]!.length;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const m = /^(#+) /.exec(lines[i]!);
    if (m && m[1]!.length <= level) {
      end = i;
      break;
    }
  }
  return lines.slice(start, end).join('\n');
}

/** How a value is written in the docs: a fraction as a percentage, seconds and counts as numbers. */
function written(v: number, key: string): string[] {
  if (key.toLowerCase().includes('availability')) return [`${Math.round(v * 100000) / 1000} %`, `${Math.round(v * 100000) / 1000}%`];
  return [String(v), v.toLocaleString('en-US')];
}

const SOURCES = DOC.slice(DOC.indexOf('## Sources'));

test('docs/defaults.md cites every profile value the code uses (or gives the reason of a generic one)', () => {
  const problems: string[] = [];
  for (const p of Object.values(PROFILES)) {
    const sec = section(p.id);
    for (const [key, v] of Object.entries(p.values)) {
      if (!v) continue;
      if (!written(v.v, key).some((w) => sec.includes(w))) problems.push(`${p.id}.${key} = ${v.v}: the number is not in its section`);
      if (v.cite === 'generic') {
        if (!/generic/i.test(sec)) problems.push(`${p.id}.${key}: generic, but the section gives no generic reason`);
      } else {
        if (!sec.includes(v.cite)) problems.push(`${p.id}.${key}: cite key ${v.cite} is not in its section`);
        if (!SOURCES.includes(`| ${v.cite} |`)) problems.push(`${p.id}.${key}: cite key ${v.cite} has no row in Sources`);
      }
    }
  }
  for (const [key, v] of Object.entries(MONGODB)) {
    if (!section('mongodb').includes(String(v.v))) problems.push(`mongodb.${key} = ${v.v} is not in its section`);
    if (!section('mongodb').includes(v.cite) || !SOURCES.includes(`| ${v.cite} |`)) problems.push(`mongodb.${key}: cite key ${v.cite} is not in its section or has no row in Sources`);
  }
  for (const [key, v] of Object.entries(AZURE_SQL_FOG)) {
    if (!section('azure-sql-fog').includes(String(v.v))) problems.push(`azure-sql-fog.${key} = ${v.v} is not in its section`);
    if (!section('azure-sql-fog').includes(v.cite) || !SOURCES.includes(`| ${v.cite} |`)) problems.push(`azure-sql-fog.${key}: cite key ${v.cite} is not in its section or has no row in Sources`);
  }
  for (const [key, v] of Object.entries(COSMOS)) {
    if (!section('azure-cosmos-db').includes(String(v.v))) problems.push(`cosmos.${key} = ${v.v} is not in its section`);
    if (!section('azure-cosmos-db').includes(v.cite) || !SOURCES.includes(`| ${v.cite} |`)) problems.push(`cosmos.${key}: cite key ${v.cite} is not in its section or has no row in Sources`);
  }
  for (const [key, v] of Object.entries(MYSQL_SEMI_SYNC)) {
    if (!section('mysql-semisync').includes(`${v.v * 1000} ms`)) problems.push(`mysql-semisync.${key} = ${v.v} s is not in its section`);
    if (!section('mysql-semisync').includes(v.cite) || !SOURCES.includes(`| ${v.cite} |`)) problems.push(`mysql-semisync.${key}: cite key ${v.cite} is not in its section or has no row in Sources`);
  }
  for (const [key, v] of Object.entries(DB2_HADR)) {
    if (!section('db2-hadr').includes(`${v.v} s`)) problems.push(`db2-hadr.${key} = ${v.v} s is not in its section`);
    if (!section('db2-hadr').includes(v.cite) || !SOURCES.includes(`| ${v.cite} |`)) problems.push(`db2-hadr.${key}: cite key ${v.cite} is not in its section or has no row in Sources`);
  }
  for (const [key, v] of Object.entries(ORACLE_DG)) {
    if (!section('oracle-dataguard').includes(`${v.v} s`)) problems.push(`oracle-dataguard.${key} = ${v.v} s is not in its section`);
    if (!section('oracle-dataguard').includes(v.cite) || !SOURCES.includes(`| ${v.cite} |`)) problems.push(`oracle-dataguard.${key}: cite key ${v.cite} is not in its section or has no row in Sources`);
  }
  for (const [key, v] of Object.entries(GALERA)) {
    if (!section('galera').includes(String(v.v))) problems.push(`galera.${key} = ${v.v} is not in its section`);
    if (!section('galera').includes(v.cite) || !SOURCES.includes(`| ${v.cite} |`)) problems.push(`galera.${key}: cite key ${v.cite} is not in its section or has no row in Sources`);
  }
  for (const [key, v] of Object.entries(PG_WAL_SENDER)) {
    if (!section('patroni').includes(`${v.v} s`)) problems.push(`patroni.${key} = ${v.v} s is not in its section`);
    if (!section('patroni').includes(v.cite) || !SOURCES.includes(`| ${v.cite} |`)) problems.push(`patroni.${key}: cite key ${v.cite} is not in its section or has no row in Sources`);
  }
  for (const [key, v] of Object.entries(GCP_OUTLIER)) {
    if (!section('gcp-lb').includes(`| ${v.v}`)) problems.push(`gcp-lb.${key} = ${v.v} is not in its section`);
    if (!section('gcp-lb').includes(v.cite) || !SOURCES.includes(`| ${v.cite} |`)) problems.push(`gcp-lb.${key}: cite key ${v.cite} is not in its section or has no row in Sources`);
  }
  for (const [key, v] of Object.entries(COCKROACHDB)) {
    if (!section('cockroachdb').includes(String(v.v))) problems.push(`cockroachdb.${key} = ${v.v} is not in its section`);
    if (!section('cockroachdb').includes(v.cite) || !SOURCES.includes(`| ${v.cite} |`)) problems.push(`cockroachdb.${key}: cite key ${v.cite} is not in its section or has no row in Sources`);
  }
  for (const [key, v] of Object.entries(K8S_NODE)) {
    if (!section('k8s-node').includes(String(v.v))) problems.push(`k8s-node.${key} = ${v.v} is not in its section`);
    if (!SOURCES.includes(`| ${v.cite} |`)) problems.push(`k8s-node.${key}: cite key ${v.cite} has no row in Sources`);
  }
  assert.deepEqual(problems, []);
});

test('docs/defaults.md lists every engine= spelling with the profile it selects', () => {
  const missing = Object.entries(ENGINE_PROFILES).filter(([word, id]) => !section(id).includes(`engine=${word}`));
  assert.deepEqual(missing, []);
});

test('timings: the profile applies, attributes override it, and the source says which', () => {
  const d = parse(`lb: load-balancer engine=alb
h: load-balancer engine=haproxy health-check interval=1s
g: load-balancer health-check`);
  const alb = timingsOf(d.nodes.get('lb')!);
  assert.equal(alb.profile.id, 'aws-alb');
  assert.equal(alb.checks, true, 'an ALB always checks its targets');
  assert.equal(alb.removal, 60);
  assert.equal(alb.interval.cite, 'alb-hc');
  const h = timingsOf(d.nodes.get('h')!);
  assert.equal(h.removal, 3); // interval=1s × fall 3
  assert.equal(h.interval.attr, 'interval');
  assert.equal(h.failures.cite, 'haproxy-config');
  const g = timingsOf(d.nodes.get('g')!);
  assert.equal(g.profile.id, 'generic');
  assert.equal(g.removal, 30);
  assert.equal(g.interval.status, 'generic');
  // An engine= the project does not know: the generic profile, and `known` false for the hover.
  assert.equal(timingsOf(parse('x: service engine=foo').nodes.get('x')!).known, false);
});

// ---- one failure per profile, against the timeline computed by hand ---------------------

test('ALB: a dead target is removed after interval 30s × unhealthy threshold 2 = 60s', () => {
  const d = parse(`users: client
lb: load-balancer engine=alb
web: web-server replicas=4
users -> lb -> web`);
  const u = users(simulate(d, [fail('web', 2)]));
  assert.deepEqual(u.points.slice(0, 2), [
    { at: 0, success: 0.75 },
    { at: 60, success: 1 },
  ]);
  assert.equal(u.recoverySeconds, 60);
  assert.ok(d.nodes.get('lb')!.managed, 'engine=alb makes the balancer managed');
});

test('NLB: 30s × 2 = 60s', () => {
  const d = parse(`users: client
lb: load-balancer engine=nlb layer=4
web: web-server replicas=2
users -> lb -> web`);
  assert.equal(users(simulate(d, [fail('web', 1)])).recoverySeconds, 60);
});

test('HAProxy: inter 2s × fall 3 = 6s; without `check` nothing is removed', () => {
  const checked = parse(`users: client
lb: load-balancer engine=haproxy health-check
web: web-server replicas=3
users -> lb -> web`);
  assert.equal(users(simulate(checked, [fail('web', 1)])).recoverySeconds, 6);
  const unchecked = parse(`users: client
lb: load-balancer engine=haproxy
web: web-server replicas=3
users -> lb -> web`);
  // Nothing removes web#1: its third fails until the instance is repaired (unmonitored: noticed after 15m, then the generic VM's 1h).
  assert.equal(users(simulate(unchecked, [fail('web', 1)])).recoverySeconds, 4500);
});

test('rise: a repaired server gets requests again only after `rise` passing checks; an ALB with no healthy target fails open; a new target needs none', () => {
  // HAProxy: the lone server is rebuilt in 5m (repair=), then rise 2 × inter 2s = 4s before HAProxy sends to it: 304s.
  const lone = parse(`users: client
lb: load-balancer engine=haproxy health-check
web: web-server repair=5m
users -> lb -> web`);
  const r = simulate(lone, [fail('web')]);
  assert.deepEqual(users(r).points, [
    { at: 0, success: 0 },
    { at: 304, success: 1 },
  ]);
  assert.equal(users(r).recoveredBy, 'repair');
  assert.ok(r.events.some((e) => e.type === 'back-in-rotation' && e.at === 304));
  // rise= overrides it: 5 × 2s = 10s.
  const tuned = parse(`users: client
lb: load-balancer engine=haproxy health-check rise=5
web: web-server repair=5m
users -> lb -> web`);
  assert.equal(users(simulate(tuned, [fail('web')])).recoverySeconds, 310);
  // A server back before the balancer removed it never left: no wait (recover at 5s < fall 3 × 2s).
  const quick = simulate(lone, [fail('web'), { type: 'recover', target: { type: 'node', node: 'web', instance: null }, at: 5 }]);
  assert.equal(users(quick).recoverySeconds, 5);
  // ALB: HealthyThresholdCount 5 × 30s = 150s for a target that comes back while another serves…
  const alb = parse(`users: client
lb: load-balancer engine=alb
web: web-server replicas=2 repair=10m
users -> lb -> web`);
  const ra = simulate(alb, [fail('web', 1)]);
  assert.deepEqual(ra.events.filter((e) => e.type === 'back-in-rotation').map((e) => e.at), [750]);
  // … but with no healthy target left the ALB fails open and sends to it at once (ELB user guide).
  const albLone = parse(`users: client
lb: load-balancer engine=alb
web: web-server repair=10m
users -> lb -> web`);
  assert.equal(users(simulate(albLone, [fail('web')])).recoverySeconds, 600);
  // An NLB fails open the same way (NLB user guide, target group health checks); HAProxy does not (above: 304s, not 300s).
  const nlbLone = parse(`users: client
lb: load-balancer engine=nlb
web: web-server repair=10m
users -> lb -> web`);
  assert.equal(users(simulate(nlbLone, [fail('web')])).recoverySeconds, 600);
  const nlb = parse(`users: client
lb: load-balancer engine=nlb
web: web-server replicas=2 repair=10m
users -> lb -> web`);
  assert.deepEqual(simulate(nlb, [fail('web', 1)]).events.filter((e) => e.type === 'back-in-rotation').map((e) => e.at), [750]);
  // An Auto Scaling replacement is a newly registered target: one passing check, already inside its 300s repair.
  const asg = parse(`users: client
lb: load-balancer engine=haproxy health-check
web: web-server autoscale=1..3
users -> lb -> web`);
  assert.equal(users(simulate(asg, [fail('web')])).recoverySeconds, 300);
});

test('nginx (passive): max_fails 1 × a silent server costing proxy_connect_timeout 60s = 60s to mark it down; meanwhile proxy_next_upstream passes its requests to the other server', () => {
  const d = parse(`users: client
lb: load-balancer engine=nginx
web: web-server replicas=2
users -> lb -> web`);
  const r = simulate(d, [fail('web', 1)]);
  assert.equal(users(r).recoverySeconds, 0, 'every request that hits web#1 is retried on web#2 (proxy_next_upstream error timeout)');
  assert.ok(r.events.some((e) => e.type === 'routed-around' && e.at === 60), 'marked down after one silent attempt (60s)');
  // One upstream server: nothing to retry on, every request fails until it is back.
  const one = parse(`users: client
lb: load-balancer engine=nginx
web: web-server
users -> lb -> web`);
  assert.equal(users(simulate(one, [fail('web')])).points[0]!.success, 0);
});

test('keepalived: the virtual IP moves after 3 × advert_int 1s + skew (256 − 100)/256s = 3.609s; backend checks follow the balancer (HAProxy 6s)', () => {
  const d = parse(`users: client
lb: load-balancer engine=haproxy health-check replicas=2 vip
web: web-server replicas=2
users -> lb -> web`);
  assert.equal(users(simulate(d, [fail('lb', 1)])).recoverySeconds, 3.609);
  assert.equal(users(simulate(d, [fail('web', 1)])).recoverySeconds, 6);
  assert.ok(Math.abs(3 + 156 / 256 - 3.609) < 0.001);
});

test('Kubernetes: a crashed pod leaves the Service within kube-proxy\'s 1s min-sync-period; a lost node after node-monitor-grace-period 50s', () => {
  const d = parse(`zone a
zone b
users: client
api: service engine=k8s replicas=4 zones=a,b
users -> api`);
  const one = users(simulate(d, [fail('api', 1)]));
  assert.deepEqual(one.points.slice(0, 2), [
    { at: 0, success: 0.75 },
    { at: 1, success: 1 },
  ], 'a crashed pod is reported not ready at once and leaves the endpoints within kube-proxy\'s 1s min-sync-period, before its 20s restart');
  const d2 = parse(`zone a
zone b
users: client
api: service engine=k8s replicas=4 zones=a,b repair=5m
users -> api`);
  assert.equal(users(simulate(d2, [fail('api', 1)])).recoverySeconds, 1);
  const zoneRun = simulate(d2, [failZone('a')]);
  const zone = users(zoneRun);
  assert.deepEqual(zone.points.slice(0, 2), [
    { at: 0, success: 0.5 },
    { at: 50, success: 1 },
  ]);
  // The pods of the lost zone are evicted after the 300s toleration and recreated in b: 50 + 300 + start (repair=5m here) = 650s.
  const resched = zoneRun.events.filter((e) => e.type === 'rescheduled');
  assert.deepEqual(resched.map((e) => [e.at, e.target]), [
    [650, 'api#1'],
    [650, 'api#3'],
  ]);
  assert.ok(resched[0]!.message.en.includes('zone b'));
  // One pod: the Service has nothing else; it serves again when its replacement is ready: 50 + 300 + 20 (pod start, generic) = 370s.
  const one1 = parse(`zone a
zone b
users: client
api: service engine=k8s zones=a,b
users -> api`);
  const lone = users(simulate(one1, [failZone('a')]));
  assert.deepEqual(lone.points, [
    { at: 0, success: 0 },
    { at: 370, success: 1 },
  ]);
  assert.equal(estimate(one1).losses.find((l) => l.target.type === 'zone' && l.target.zone === 'a')!.rto, 370);
  // Every zone of the service down: the new pod stays Pending.
  const none = simulate(one1, [failZone('a'), failZone('b')]);
  assert.equal(users(none).recoverySeconds, null);
  assert.ok(none.events.some((e) => e.type === 'unschedulable'));
});

test('Route 53: failover with TTL 60s after RequestInterval 30s × FailureThreshold 3: 150s', () => {
  const d = parse(`region east
region west
users: client
dns: dns engine=route53 routing=failover
a: load-balancer engine=alb region=east
b: load-balancer engine=alb region=west
users -> dns
dns -> a
dns -> b`);
  const u = users(simulate(d, [failRegion('east')]));
  assert.equal(u.downSeconds, 150);
  assert.equal(u.recoverySeconds, 150);
});

test('Redis Sentinel: down-after-milliseconds 30s + promotion 5s (generic) = 35s, at least 30s; the last async writes are lost', () => {
  const e = estimate(
    parse(`users: client
web: app-server replicas=2
s: cache engine=redis mode=sentinel replicas=3 primary
users -> web -> s`),
  );
  const l = e.losses.find((x) => x.target.type === 'node' && x.target.node === 's')!;
  assert.ok(l.rto! >= 30);
  assert.equal(l.rto, 35);
  assert.ok(l.rpo > 0, 'asynchronous replication: the lag window is lost');
});

test('Redis Cluster: cluster-node-timeout 15s + gossip and election (2s) = 17s, at least 15s', () => {
  const d = parse(`users: client
web: app-server replicas=2
c: cache engine=redis mode=cluster replicas=6 shards=3 primary
users -> web -> c`);
  const r = simulate(d, [fail('c', 1)]);
  const u = users(r);
  assert.ok(u.recoverySeconds! >= 15);
  assert.equal(u.recoverySeconds, 17);
});

test('RDS Multi-AZ instance: writes fail for 120s (documented 60–120s, judged on the slow end); no acknowledged write lost', () => {
  const d = parse(`users: client
app: app-server replicas=2
db: database engine=rds-multi-az
users -> app -> db`);
  const r = simulate(d, [fail('db')]);
  const u = users(r);
  assert.ok(u.downSeconds >= 60 && u.downSeconds <= 120);
  assert.equal(u.downSeconds, 120);
  assert.equal(u.recoveredBy, 'failover');
  assert.equal(r.writesLostSeconds, 0);
  const e = estimate(d);
  assert.ok(!e.spofs.includes('db'), 'a Multi-AZ instance fails over by itself');
  const l = e.losses.find((x) => x.target.type === 'node' && x.target.node === 'db')!;
  assert.equal(l.rto, 120, 'the sweep includes the managed database');
});

test('RDS Multi-AZ / Aurora: losing the primary\'s zone is a failover in the profile\'s time; losing the standby\'s zone is nothing; both zones down, no failover', () => {
  const d = parse(`zone a
zone b
users: client
lb: load-balancer engine=alb
app: app-server replicas=2 zones=a,b
db: database engine=rds-multi-az zones=a,b
users -> lb -> app -> db`);
  // The primary runs in a (the first zone): 120 s (rds-ug, 60–120 s judged on the slow end), then the standby in b serves.
  const za = simulate(d, [failZone('a')]);
  assert.deepEqual(users(za).points, [
    { at: 0, success: 0 },
    { at: 120, success: 1 },
  ]);
  assert.equal(users(za).recoveredBy, 'failover');
  assert.equal(za.writesLostSeconds, 0, 'synchronous standby');
  assert.ok(za.events.some((e) => e.type === 'failed-over' && e.message.en.includes('zone b')));
  // Losing b (the standby's zone) leaves the primary serving; the app instance there is routed around (ALB 60 s).
  assert.equal(users(simulate(d, [failZone('b')])).downSeconds, 0);
  // After the failover the primary runs in b: losing b then is a second failover, back to a.
  const twice = simulate(d, [failZone('a'), { type: 'recover', target: { type: 'zone', zone: 'a' }, at: 600 }, { type: 'fail', target: { type: 'zone', zone: 'b' }, at: 900 }]);
  assert.equal(users(twice).downSeconds, 240);
  // Both zones it runs in are down: nowhere to fail over to.
  const both = simulate(d, [failZone('a'), { type: 'fail', target: { type: 'zone', zone: 'b' }, at: 0 }]);
  assert.equal(users(both).recoverySeconds, null);
  // The estimate's zone loss agrees with the run.
  assert.equal(estimate(d).losses.find((l) => l.target.type === 'zone' && l.target.zone === 'a')!.rto, 120);
  // Aurora with a reader in another zone: the reader is promoted in Aurora's time (aurora-ug: 60 s), named in the timeline.
  const aurora = parse(`zone a
zone b
users: client
db: database engine=aurora zone=a
reader: database engine=aurora standby of=db readable zone=b
users -> db`);
  const ra = simulate(aurora, [failZone('a')]);
  assert.equal(users(ra).downSeconds, 60);
  // (The reader written with no failover= is the provider's: promoted in Aurora's time, once — round 49b r02.)
  assert.ok(ra.events.some((e) => (e.type === 'failed-over' && e.message.en.includes('zone b')) || (e.type === 'promoted' && e.target === 'reader')));
  assert.equal(ra.events.filter((e) => e.type === 'failed-over' || e.type === 'promoted').length, 1, 'one failover, not the provider\'s and a second one');
  assert.ok(!ra.events.some((e) => /by hand|a person/.test(e.message.en)), 'no manual promotion');
});

test('RDS: engine=rds alone is a Single-AZ instance (SLA 99.5%): no failover, a single point of failure, down with its zone', () => {
  const d = parse(`zone a
users: client
app: app-server replicas=2
db: database engine=rds zone=a
users -> app -> db`);
  assert.equal(d.nodes.get('db')!.availability, 0.995);
  assert.deepEqual(estimate(d).spofs, ['db']);
  // Down with its zone until someone restores its automated backups elsewhere (15 min unnoticed + 1 h restore), losing at
  // most the 5 minutes since the last transaction log reached S3 (rds-backups).
  const zone = simulate(d, [failZone('a')]);
  assert.equal(users(zone).recoverySeconds, 15 * 60 + 3600);
  assert.equal(zone.writesLostSeconds, 300);
});

test('RDS Multi-AZ DB cluster: 35s; Aurora: 60s with a reader, 600s without one', () => {
  const cluster = parse(`users: client
db: database engine=rds-cluster
users -> db`);
  assert.equal(users(simulate(cluster, [fail('db')])).downSeconds, 35);
  const reader = parse(`users: client
db: database engine=aurora replicas=2
users -> db`);
  assert.equal(users(simulate(reader, [fail('db')])).downSeconds, 60);
  const alone = parse(`users: client
db: database engine=aurora
users -> db`);
  assert.equal(users(simulate(alone, [fail('db')])).downSeconds, 600);
});

test('a managed database without an engine fails over in 120s (generic); a region loss takes a managed service down', () => {
  const d = parse(`region r
users: client
db: database managed region=r
users -> db`);
  assert.equal(users(simulate(d, [fail('db')])).downSeconds, 120);
  assert.equal(users(simulate(d, [failRegion('r')])).recoverySeconds, null);
});

test('Patroni: the leader lock (ttl 30s, refreshed every loop_wait 10s) expires 20–30s after a crash and the replicas, watching the key, race at once: 30s', () => {
  const d = parse(`users: client
db: database engine=patroni
db-2: database standby of=db failover=auto
users -> db`);
  const r = simulate(d, [fail('db')]);
  assert.equal(users(r).downSeconds, 30);
  assert.equal(r.writesLostSeconds, 1, 'asynchronous by default (synchronous_mode off)');
  const tuned = parse(`users: client
db: database engine=patroni ttl=20s
db-2: database standby of=db failover=auto
users -> db`);
  assert.equal(users(simulate(tuned, [fail('db')])).downSeconds, 20);
});

test('MySQL Group Replication: 5s suspicion + expel timeout 5s = 10s', () => {
  const d = parse(`users: client
app: app-server replicas=2
db: database engine=group-replication replicas=3
users -> app -> db`);
  assert.equal(users(simulate(d, [fail('db', 1)])).downSeconds, 10);
});

test('MongoDB: a replica set elects a new primary in 12s (median with default settings); timings without a profile of their own come from the cited table', () => {
  const d = parse(`users: client
app: app-server replicas=2
db: database engine=mongodb replicas=3
users -> app -> db`);
  assert.equal(users(simulate(d, [fail('db', 1)])).downSeconds, 12);
  // A Redis Cluster written on a cache whose engine names no Redis profile still gets redis-cluster's node-timeout 15s + election 2s.
  const c = parse(`users: client
web: app-server replicas=2
c: cache mode=cluster replicas=6 shards=3 primary
users -> web -> c`);
  assert.equal(users(simulate(c, [fail('c', 1)])).recoverySeconds, 17);
});

test('orchestrator: detection up to 60s with MySQL defaults; Pacemaker: token 3s + consensus 3.6s + fence 10s + start 10s = 26.6s', () => {
  const orch = parse(`users: client
db: database engine=orchestrator
db-2: database standby of=db failover=auto
users -> db`);
  // 60 s detection + 5 s recovery (generic; round 106 r01).
  assert.equal(users(simulate(orch, [fail('db')])).downSeconds, 65);
  const pm = parse(`users: client
db: storage engine=pacemaker fencing=stonith
db-2: storage standby of=db failover=auto replication=drbd fencing=stonith
users -> db`);
  const r = simulate(pm, [fail('db')]);
  assert.equal(users(r).downSeconds, 26.6);
  assert.equal(r.writesLostSeconds, 0, 'DRBD protocol C is synchronous');
});

test('generic: heartbeat 5s × 3 + promote 15s = 30s; a VM is repaired in 1h, a pod in 20s; autoscaling serves 390s after the overload', () => {
  const d = parse(`users: client
db: database
db-2: database standby of=db failover=auto
users -> db`);
  assert.equal(users(simulate(d, [fail('db')])).downSeconds, 30);
  const vm = parse(`users: client
web: web-server
users -> web`);
  assert.equal(users(simulate(vm, [fail('web')])).recoverySeconds, 4500);
  const spike = parse(`users: client rate=1000
lb: load-balancer engine=alb
web: web-server replicas=2 capacity=800 autoscale=2..10
users -> lb -> web`);
  const r = simulate(spike, [{ type: 'spike', factor: 5, at: 0 }]);
  assert.equal(users(r).recoverySeconds, 390);
});

test('the horizon covers the goal\'s RTO and the longest repair: an RTO goal of 4h can be met', () => {
  const d = parse(`goal rto=4h
users: client
web: web-server
users -> web`);
  const e = estimate(d);
  assert.equal(e.rto, 4500, 'the web server is back after its repair (1h), started once noticed (15m: unmonitored)');
  assert.equal(simulate(d, [fail('web')]).horizon, 8 * 3600);
});

test('DynamoDB: spread over zones by construction: losing the table or a zone stops nothing and loses nothing; a region loss takes it down', () => {
  const x = parse(`region r1
zone a region=r1
zone b region=r1
users: client
fn: service managed region=r1
table: database engine=dynamodb region=r1
users -> fn -> table`);
  assert.equal(x.nodes.get('table')!.managed, true);
  const lost = simulate(x, [fail('table')]);
  assert.equal(users(lost).downSeconds, 0);
  assert.equal(lost.writesLostSeconds, 0);
  assert.equal(users(simulate(x, [{ type: 'fail', target: { type: 'zone', zone: 'a' }, at: 0 }])).downSeconds, 0);
  assert.ok(users(simulate(x, [{ type: 'fail', target: { type: 'region', region: 'r1' }, at: 0 }])).downSeconds > 0);
});

test('EC2: an instance in an Auto Scaling group is replaced in 300 s; a lone engine=ec2 instance has no group: its automatic recovery (300 s, generic), with no person to notice it first', () => {
  const lone = parse(`users: client
web: web-server engine=ec2
users -> web`);
  assert.equal(users(simulate(lone, [fail('web')])).recoverySeconds, 300);
  assert.equal(timingsOf(lone.nodes.get('web')!).profile.id, 'ec2-instance');
  const grouped = parse(`users: client
web: web-server engine=ec2 autoscale=1..3
users -> web`);
  assert.equal(users(simulate(grouped, [fail('web')])).recoverySeconds, 300);
});

test('Cloud SQL: its own profile; the HA SLA (99.95 %) for an instance in two zones, the generic 99.9 % without HA; the generic 120 s failover (the documented 60 s only starts it)', () => {
  const d = parse(`ha: database engine=cloud-sql zones=a,b
single: database engine=cloudsql zone=a`);
  const ha = timingsOf(d.nodes.get('ha')!);
  assert.equal(ha.profile.id, 'gcp-cloud-sql');
  assert.equal(ha.managed, true);
  assert.equal(ha.failover?.value, 120);
  assert.equal(ha.failover?.cite, 'generic');
  assert.equal(d.nodes.get('ha')!.availability, 0.9995);
  assert.equal(d.nodes.get('single')!.availability, 0.999);
});

test('a self-run name server with health checks checks every 30 s (the generic DNS interval), not the balancer\'s 10 s', () => {
  const d = parse(`g: dns routing=weighted health-check managed=false replicas=2
a: web
b: web
g -> a
g -> b`);
  assert.equal(timingsOf(d.nodes.get('g')!).interval.value, 30);
});
