import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDesign, fixesFor } from '../../server/src/core';
import { applyFix, parseAll } from './fixtures/rules/helpers';

/**
 * Applies the fix titled `title` (English) for the finding of `rule` on `node`
 * in the note's first block, checks the exact resulting note, and that the
 * finding is gone afterwards.
 */
function fixCase(name: string, before: string, rule: string, node: string, title: RegExp, after: string): void {
  test(`quick fix: ${name}`, () => {
    const [{ block, design }] = parseAll(before) as [ReturnType<typeof parseAll>[number]];
    const finding = checkDesign(design).find((f) => f.rule === rule && f.data?.['node'] === node);
    assert.ok(finding, `no ${rule} on ${node}`);
    const fixes = fixesFor(design, finding);
    const fix = fixes.find((f) => title.test(f.title.en));
    assert.ok(fix, `no fix ${title} among ${fixes.map((f) => f.title.en).join(' | ')}`);
    assert.ok(fix.title.ko.length > 0);
    const text = applyFix(before, block, fix);
    assert.equal(text, after);
    const again = parseAll(text)[0]!.design;
    assert.deepEqual(again.findings.filter((f) => f.severity === 'error' || f.rule === 'unknown-attribute'), []);
    assert.equal(checkDesign(again).filter((f) => f.rule === rule && f.data?.['node'] === node).length, 0, 'finding still there');
  });
}

const md = (...lines: string[]): string => ['# note', '', '```topology t', ...lines, '```', ''].join('\n');

fixCase(
  'add replicas=2 to a single web server',
  md('users: client', 'web: web-server  # the only one', 'users -> web'),
  'single-point-of-failure',
  'web',
  /replicas=2/,
  md('users: client', 'web: web-server replicas=2  # the only one', 'users -> web'),
);

fixCase(
  'replace replicas=1 instead of adding a second one',
  md('users: client', 'web: web replicas=1 zones=a,b', 'users -> web'),
  'single-point-of-failure',
  'web',
  /replicas=2/,
  md('users: client', 'web: web replicas=2 zones=a,b', 'users -> web'),
);

fixCase(
  'a balancer becomes a VIP pair',
  md('users: client', 'lb: lb health-check', 'web: web replicas=2', 'users -> lb -> web'),
  'single-point-of-failure',
  'lb',
  /virtual IP/,
  md('users: client', 'lb: lb health-check replicas=2 vip', 'web: web replicas=2', 'users -> lb -> web'),
);

fixCase(
  'a database gets a standby in another declared zone, with its kind word (MySQL: semi-sync, it has no synchronous mode)',
  md('zone a', 'zone b', 'users: client', 'web: web replicas=2 zones=a,b', 'db: db engine=mysql zone=a', 'users -> web -> db'),
  'single-point-of-failure',
  'db',
  /standby/,
  md('zone a', 'zone b', 'users: client', 'web: web replicas=2 zones=a,b', 'db: db engine=mysql zone=a', 'db-standby: db standby of=db replication=semi-sync failover=auto zone=b', 'users -> web -> db'),
);

fixCase(
  'the standby line keeps the indentation inside a list item',
  ['- step', '', '  ```topology t', '    db: database', '  ```', ''].join('\n'),
  'missing-replica',
  'db',
  /standby/,
  ['- step', '', '  ```topology t', '    db: database', '    db-standby: database standby of=db replication=sync failover=auto', '  ```', ''].join('\n'),
);

fixCase(
  'a standby name that is taken gets a number',
  md('db: database', 'db-standby: cache'),
  'missing-replica',
  'db',
  /standby/,
  md('db: database', 'db-standby2: database standby of=db replication=sync failover=auto', 'db-standby: cache'),
);

fixCase(
  'a session cache runs with sentinel',
  md('web: web replicas=2 sessions=s', 's: cache engine=redis mode=standalone'),
  'missing-replica',
  's',
  /sentinel/,
  md('web: web replicas=2 sessions=s', 's: cache engine=redis mode=sentinel replicas=3'),
);

fixCase(
  'add a health check',
  md('lb: load-balancer replicas=2 vip', 'web: web replicas=2', 'lb -> web'),
  'no-health-check',
  'lb',
  /health check/,
  md('lb: load-balancer replicas=2 vip health-check', 'web: web replicas=2', 'lb -> web'),
);

fixCase(
  'health-check=false is turned on in place',
  md('lb: lb health-check=false replicas=2', 'web: web replicas=2', 'lb -> web'),
  'no-health-check',
  'lb',
  /health check/,
  md('lb: lb health-check replicas=2', 'web: web replicas=2', 'lb -> web'),
);

fixCase(
  'sessions go to the existing shared cache',
  md('lb: lb health-check', 'web: web replicas=2 state=stateful', 'api: app replicas=2 sessions=store', 'store: cache mode=sentinel replicas=3', 'lb -> web'),
  'stateful-balancing',
  'web',
  /sessions=store/,
  md('lb: lb health-check', 'web: web replicas=2 state=stateless sessions=store', 'api: app replicas=2 sessions=store', 'store: cache mode=sentinel replicas=3', 'lb -> web'),
);

fixCase(
  'sessions=local is replaced and a session cache is added when there is none',
  md('lb: lb health-check', 'web: web replicas=2 sessions=local', 'lb -> web'),
  'stateful-balancing',
  'web',
  /shared session cache/,
  md('lb: lb health-check', 'web: web replicas=2 sessions=sessions', 'sessions: cache engine=redis mode=sentinel replicas=3', 'lb -> web'),
);

fixCase(
  'raid=0 becomes raid=1',
  md('disk: storage raid=0 replicas=2'),
  'raid-no-redundancy',
  'disk',
  /raid=1/,
  md('disk: storage raid=1 replicas=2'),
);

fixCase(
  'spread zone= over the declared zones',
  md('zone a', 'zone b', 'zone c', 'web: web replicas=3 zone=a'),
  'single-zone',
  'web',
  /Spread/,
  md('zone a', 'zone b', 'zone c', 'web: web replicas=3 zones=a,b,c'),
);

fixCase(
  'spread only over zones of the same region',
  md('zone a region=r1', 'zone b region=r1', 'zone x region=r2', 'web: web replicas=2 zones=b'),
  'single-zone',
  'web',
  /Spread/,
  md('zone a region=r1', 'zone b region=r1', 'zone x region=r2', 'web: web replicas=2 zones=b,a'),
);

fixCase(
  'move the standby to another zone',
  md('zone a', 'zone b', 'db: database zone=a', 'db-standby: database standby of=db failover=auto zone=a'),
  'single-zone',
  'db',
  /Move/,
  md('zone a', 'zone b', 'db: database zone=a', 'db-standby: database standby of=db failover=auto zone=b'),
);

fixCase(
  'failover=manual becomes auto',
  md('db: database', 'db-standby: database standby of=db failover=manual'),
  'manual-failover',
  'db-standby',
  /automatically/,
  md('db: database', 'db-standby: database standby of=db failover=auto'),
);

fixCase(
  'a standby without failover= gets failover=auto',
  md('db: database', 'db-standby: database standby of=db # promoted by hand?'),
  'manual-failover',
  'db-standby',
  /automatically/,
  md('db: database', 'db-standby: database standby of=db failover=auto # promoted by hand?'),
);

fixCase(
  'uuid ids on every primary',
  md('a: database primary id=auto-increment', 'b: database primary of=a id=auto-increment'),
  'multi-primary-auto-increment',
  'a',
  /every primary/,
  md('a: database primary id=uuid', 'b: database primary of=a id=uuid'),
);

fixCase(
  'uuid on one primary',
  md('a: database primary id=auto-increment', 'b: database primary of=a'),
  'multi-primary-auto-increment',
  'a',
  /id=uuid/,
  md('a: database primary id=uuid', 'b: database primary of=a'),
);

test('the dangling balancer has no automatic fix; foreign findings get none', () => {
  const [{ design }] = parseAll(md('lb: lb')) as [ReturnType<typeof parseAll>[number]];
  const f = checkDesign(design).find((x) => x.rule === 'dangling-load-balancer')!;
  assert.deepEqual(fixesFor(design, f), []);
  assert.deepEqual(fixesFor(design, { rule: 'syntax', severity: 'error', span: { line: 0, start: 0, end: 1 }, message: { en: '', ko: '' } }), []);
});

test('every fix of a finding is marked preferred at most once', () => {
  const [{ design }] = parseAll(md('users: client', 'lb: lb', 'web: web', 's: cache', 'db: database', 'users -> lb -> web -> db', 'web -> s')) as [ReturnType<typeof parseAll>[number]];
  for (const f of checkDesign(design)) {
    const fixes = fixesFor(design, f);
    assert.ok(fixes.filter((x) => x.preferred).length <= 1, f.rule);
  }
});

fixCase(
  'a replica read at its own address is read through a proxy pair that falls back to the primary',
  md('users: client', 'web: app-server replicas=2', 'db: database primary', 'db-2: database standby of=db failover=auto', 'db-read: database replica of=db', 'users -> web', 'web -> db : writes', 'web -> db-read : reads'),
  'single-point-of-failure',
  'db-read',
  /through a proxy pair/,
  md(
    'users: client',
    'web: app-server replicas=2',
    'db: database primary',
    'db-2: database standby of=db failover=auto',
    'db-read: database replica of=db',
    'db-read-proxy: load-balancer engine=proxysql replicas=2 vip health-check',
    'db-read-proxy -> db-read',
    'users -> web',
    'web -> db : writes',
    'web -> db-read-proxy : reads',
  ),
);

fixCase(
  'two web servers reached at their own addresses get a balancer pair in front',
  md('users: client', 'web: web-server replicas=2 state=stateless', 'users -> web'),
  'unbalanced-instances',
  'web',
  /load balancer pair/,
  md('users: client', 'web: web-server replicas=2 state=stateless', 'lb: load-balancer health-check replicas=2 vip', 'lb -> web', 'users -> lb'),
);

fixCase(
  'a single ElastiCache node holding sessions gets a replica in another zone (Multi-AZ), not Sentinel',
  md('zone a', 'zone b', 'users: client', 'lb: load-balancer engine=alb', 'web: app-server replicas=2 zones=a,b sessions=s', 's: cache engine=elasticache zone=a', 'users -> lb -> web'),
  'single-point-of-failure',
  's',
  /replica in another zone/,
  md('zone a', 'zone b', 'users: client', 'lb: load-balancer engine=alb', 'web: app-server replicas=2 zones=a,b sessions=s', 's: cache engine=elasticache zones=a,b replicas=2', 'users -> lb -> web'),
);
