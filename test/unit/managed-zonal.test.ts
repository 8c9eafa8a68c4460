/**
 * Managed services and zones (failure-model §3, §5; language "managed"): a
 * managed database that fails over by itself has a standby, so losing it (or
 * its primary's zone) loses no data — only a region loss does; a managed
 * service spread over many nodes survives a zone loss unless the design pins
 * it to one zone with `zone=` (an AWS NAT gateway: redundant inside its zone
 * only, Amazon VPC user guide "NAT gateways"). Figures by hand from
 * docs/defaults.md: generic managed database failover 120 s; generic balancer
 * checks 10 s × 3 = 30 s; generic repair 1 h, horizon 1 h + 10 min = 4200 s.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDesign, fixesFor, simulate, type Design, type SimTarget } from '../../server/src/core';
import { design as parse, note } from './fixtures/rules/helpers';

const d = (...lines: string[]): Design => parse(note(...lines));
const fail = (x: Design, target: SimTarget) => simulate(x, [{ type: 'fail', target, at: 0 }]);
const node = (n: string): SimTarget => ({ type: 'node', node: n, instance: null });
const zone = (z: string): SimTarget => ({ type: 'zone', zone: z });
const down = (r: ReturnType<typeof simulate>): number => Math.max(...r.entries.map((e) => e.downSeconds));
const rules = (x: Design): string[] => checkDesign(x).map((f) => f.rule);

const CLOUD_SQL = [
  'goal rto=5m rpo=0',
  'region r1',
  'zone z1 region=r1',
  'zone z2 region=r1',
  'users: client',
  'lb: lb managed health-check',
  'web: app replicas=2 state=stateless zones=z1,z2',
  'sql: database engine=cloud-sql zones=z1,z2',
  'mon: monitor watches=web,sql',
  'users -> lb -> web -> sql',
];

test('a managed database that fails over by itself loses no data on a node or zone loss; a region loss still loses it', () => {
  const x = d(...CLOUD_SQL);
  const r = fail(x, node('sql'));
  assert.equal(down(r), 120); // generic managed database failover
  assert.equal(r.writesLostSeconds, 0);
  assert.ok(!r.events.some((e) => e.type === 'data-lost'), 'no data-lost event while the service fails over to its standby');
  const z = fail(x, zone('z1'));
  assert.equal(z.writesLostSeconds, 0);
  assert.equal(down(z), 120); // the primary's zone: failover to the standby in z2
  assert.ok(!rules(x).includes('rpo-not-met'), rules(x).join(','));
  assert.ok(!rules(x).includes('no-backup'));
  // The whole region: no live copy outside it, but the automated backups kept in a multi-region location (cloud-sql-backups):
  // the writes since the last daily backup are lost, not every write ever made.
  const g = simulate(x, [{ type: 'fail', target: { type: 'region', region: 'r1' }, at: 0 }]);
  assert.equal(g.writesLostSeconds, 86400);
});

const NAT = (pinned: boolean): Design =>
  d(
    'zone z1',
    'zone z2',
    'users: client',
    'lb: lb managed health-check',
    'api: app replicas=2 state=stateless zones=z1,z2',
    `nat: service managed${pinned ? ' zone=z1' : ''}`,
    'users -> lb -> api -> nat',
  );

test('a managed service pinned with zone= goes down with its zone; one spread over zones does not', () => {
  const pinned = NAT(true);
  const z1 = fail(pinned, zone('z1'));
  assert.equal(down(z1), 5100); // every request needs nat, gone with z1 for the whole run (15m + 1h + 10m)
  assert.equal(z1.entries[0]!.recoverySeconds, null);
  const z2 = fail(pinned, zone('z2'));
  assert.equal(down(z2), 0); // only api#2 is lost: removed after 30 s, half the requests fail until then
  assert.equal(z2.entries[0]!.recoverySeconds, 30);
  assert.equal(down(fail(pinned, node('nat'))), 0); // its own loss is absorbed inside its zone (failover 0 s)
  const spread = NAT(false);
  const s1 = fail(spread, zone('z1'));
  assert.equal(down(s1), 0);
  assert.equal(s1.entries[0]!.recoverySeconds, 30);
});

test('single-zone: a managed service pinned to one zone that callers in other zones need; not when they all run in its zone, not a Multi-AZ database with its primary zone', () => {
  const pinned = checkDesign(NAT(true)).filter((f) => f.rule === 'single-zone');
  assert.equal(pinned.length, 1);
  assert.equal(pinned[0]!.data!['zone'], 'z1');
  assert.deepEqual(pinned[0]!.data!['group'], ['nat']);
  assert.match(pinned[0]!.message.en, /`nat` is a managed service pinned to zone `z1`.*callers that run in other zones too \(`api`\)/);
  assert.match(pinned[0]!.message.ko, /`nat`은 `z1` 존에 고정된 관리형 서비스입니다/);
  // Its fix spreads it: zone=z1 becomes zones=z1,z2 (then a zone loss no longer takes it down).
  const x = NAT(true);
  const fx = fixesFor(x, pinned[0]!)[0]!;
  assert.equal(fx.edits[0]!.newText, 'zones=z1,z2');
  assert.ok(!rules(NAT(false)).includes('single-zone'));
  // Every caller in z1 too: the zone takes the callers down anyway; nothing to add about nat.
  const local = d('zone z1', 'zone z2', 'users: client', 'api: app replicas=2 state=stateless zone=z1', 'nat: service managed zone=z1', 'users -> api -> nat');
  assert.ok(!checkDesign(local).some((f) => f.rule === 'single-zone' && f.data!['group']?.toString() === 'nat'));
  // A Multi-AZ database written with its primary's zone fails over: not pinned.
  const rds = d('zone z1', 'zone z2', 'users: client', 'api: app replicas=2 state=stateless zones=z1,z2', 'db: database engine=rds-multi-az zone=z1', 'users -> api -> db');
  assert.ok(!rules(rds).includes('single-zone'));
});

test('a MongoDB election does not speak of Group Replication only: the writes a majority had are kept', () => {
  const x = d('users: client', 'api: app replicas=2 state=stateless', 'mongo: database engine=mongodb replicas=3', 'users -> api -> mongo');
  const r = fail(x, { type: 'node', node: 'mongo', instance: 1 });
  assert.equal(down(r), 12); // MongoDB "Replica Set Elections": median election <= 12 s
  assert.equal(r.writesLostSeconds, 0);
  const msg = r.events.find((e) => e.type === 'promoted')?.message.en ?? '';
  assert.match(msg, /w: majority/);
});

test('a managed Redis cluster (ElastiCache, mode=cluster) loses only the instances placed in a lost zone; their replicas elsewhere take over (cluster-node-timeout 15 s + 2 s)', () => {
  const x = d(
    'zone a',
    'zone b',
    'zone c',
    'users: client',
    'app: app replicas=3 state=stateless sessions=cache zones=a,b,c',
    'cache: cache engine=elasticache mode=cluster shards=3 replicas=6 zones=a,b,c',
    'users -> app -> cache',
  );
  const r = fail(x, zone('a'));
  const lost = /(\d+) instance\(s\) go down \(([^)]*)\)/.exec(r.events[0]!.message.en)!;
  const cacheLost = lost[2]!.split(', ').filter((n) => n.startsWith('cache'));
  assert.equal(cacheLost.length, 2, lost[2]); // two of six: one master, one replica of another shard
  assert.ok(r.events.some((e) => e.type === 'promoted' && e.at === 17), r.events.map((e) => `${e.at} ${e.message.en}`).join('\n'));
  assert.ok(r.sessionsLost < 0.01, `sessions lost ${r.sessionsLost}`);
  assert.ok(r.writesLostSeconds <= 1);
  assert.ok(!r.events.some((e) => /Every session stored in cache is lost/.test(e.message.en)));
});
