import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildModel, checkDesign, type Design, type Estimate, type Finding, findSpofs, RULES, simulate } from '../../server/src/core';
import { brief, check, design, note, parseAll } from './fixtures/rules/helpers';

const FIXTURES = join(import.meta.dirname, 'fixtures/rules');

const SPEC_SEVERITIES: Record<string, string> = {
  'single-point-of-failure': 'warning',
  'missing-replica': 'warning',
  'stateful-balancing': 'warning',
  'no-health-check': 'warning',
  'unbalanced-instances': 'warning',
  'single-zone': 'warning',
  'manual-failover': 'info',
  'rto-not-met': 'warning',
  'rpo-not-met': 'warning',
  'scenario-not-met': 'warning',
  'availability-not-met': 'warning',
  'raid-no-redundancy': 'warning',
  'multi-primary-auto-increment': 'warning',
  'multi-primary-conflict': 'warning',
  'dangling-load-balancer': 'warning',
  'over-capacity': 'warning',
  'connection-exhaustion': 'warning',
  'n-plus-one': 'warning',
  'cache-loss-overload': 'warning',
  'no-backup': 'warning',
  'no-monitoring': 'info',
  'renamed-attribute': 'info',
  'l4-routes': 'warning',
  'lone-consumer': 'info',
  'dns-no-health-check': 'warning',
  'dns-failback': 'warning',
  'lone-producer': 'info',
  'raid-rebuild-risk': 'info',
  'unconnected-node': 'info',
  'queue-no-consumer': 'warning',
  'redis-sync-replication': 'warning',
  'unknown-engine': 'hint',
  'redis-no-replica': 'warning',
  'redis-cluster-no-replica': 'warning',
  'sentinel-fragile': 'warning',
  'quorum-fragile': 'warning',
  'split-brain-risk': 'warning',
  contradiction: 'warning',
};

test('RULES lists every HA rule of the spec with its default severity and a title in both languages', () => {
  assert.deepEqual(Object.fromEntries(RULES.map((r) => [r.id, r.severity])), SPEC_SEVERITIES);
  for (const r of RULES) assert.ok(r.title.en && r.title.ko, r.id);
});

/**
 * Fixture notes: `# expect RULE [severity]` at the end of a line means exactly
 * one finding of RULE on the name declared on that line. Only the file's rule
 * (its `# heading`) is compared.
 */
function expectedIn(d: Design, rule: string): string[] {
  const out: string[] = [];
  d.source.forEach((l, i) => {
    const m = /#\s*expect\s+(.*)$/.exec(l.text);
    if (!m) return;
    for (const item of m[1]!.split(',')) {
      const [id, sev] = item.trim().split(/\s+/);
      if (id !== rule) continue;
      const lead = /^\s*/.exec(l.text)![0].length;
      const name = /^[^\s:]+/.exec(l.text.slice(lead))![0];
      const start = l.col + lead;
      out.push(`${id}@${i}:${start}-${start + name.length} ${sev ?? SPEC_SEVERITIES[id]}`);
    }
  });
  return out.sort();
}

for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.md'))) {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const rule = /^#\s+(\S+)/.exec(text)![1]!;
  for (const { design: d } of parseAll(text)) {
    test(`${rule}: ${d.title}`, () => {
      const errors = d.findings.filter((f) => f.severity === 'error');
      assert.deepEqual(errors.map((f) => f.message.en), []);
      const got = checkDesign(d)
        .filter((f) => f.rule === rule)
        .map((f) => `${f.rule}@${f.span.line}:${f.span.start}-${f.span.end} ${f.severity}`)
        .sort();
      assert.deepEqual(got, expectedIn(d, rule));
    });
  }
}

test('messages say what breaks in both languages, and findings carry the node for quick fixes', () => {
  const fs = check(note('users: client', 'lb: lb', 'web: web replicas=2 sessions=local', 'db: database', 'users -> lb -> web -> db'));
  assert.ok(fs.length >= 4);
  for (const f of fs) {
    assert.ok(f.message.en.length > 40 && f.message.ko.length > 20, f.rule);
    assert.match(f.message.ko, /[가-힣]/);
    assert.equal(typeof f.data?.['node'], 'string');
  }
  const spof = fs.find((f) => f.rule === 'single-point-of-failure' && f.data?.['node'] === 'db')!;
  assert.match(spof.message.en, /`users`/);
  assert.match(spof.message.en, /`web` needs it/);
  assert.deepEqual(spof.data?.['entries'], ['users']);
  assert.deepEqual(spof.data?.['dependents'], ['web']);
  // related: the entry's declaration and the edge where web calls db
  assert.deepEqual(
    spof.related!.map((r) => r.span),
    [
      { line: 0, start: 0, end: 5 },
      { line: 4, start: 22, end: 24 },
    ],
  );
});

const REDUNDANT = [
  'region seoul',
  'zone seoul-a region=seoul',
  'zone seoul-b region=seoul',
  // A third zone for the third Sentinel: with two zones, one of them holds a majority of the Sentinels (sentinel-fragile).
  'zone seoul-c region=seoul',
  'region busan',
  '',
  'users: client label="고객 브라우저"',
  'dns: dns routing=failover ttl=60s',
  'lb: load-balancer layer=7 algorithm=least-connections health-check replicas=2 vip zones=seoul-a,seoul-b',
  'web: app-server replicas=4 autoscale=4..12 capacity=800 state=stateless sessions=sessions zones=seoul-a,seoul-b',
  'sessions: cache engine=redis mode=sentinel replicas=3 zones=seoul-a,seoul-b,seoul-c',
  // Its log archived every minute to a bucket in another region (3-2-1: one copy off site; the default is its own region).
  'db: database engine=mysql primary zone=seoul-a max-connections=200 backup=1m backup-to=busan',
  // Fenced: a heartbeat pair without fencing risks split brain (split-brain-risk).
  'db-standby: database standby of=db replication=sync failover=auto heartbeat=1s fencing=stonith zone=seoul-b',
  'db-read: database replica of=db replication=async zone=seoul-b',
  // Reads through a proxy pair that falls back to the primary when the replica is gone (ProxySQL keeps the writer
  // among the readers): a replica read at its own address would be a single point of failure for the reads.
  'ro: load-balancer engine=proxysql replicas=2 vip health-check zones=seoul-a,seoul-b',
  'mon: monitor watches=web,db interval=1m',
  '',
  'users -> dns -> lb -> web',
  'web -> sessions',
  'web -> db : writes',
  'web -> ro : reads',
  'ro -> db-read',
];

test('a really redundant design has no HA findings', () => {
  assert.deepEqual(brief(check(note(...REDUNDANT))), []);
});

test('the same design with the spec goal: no HA findings from the rules that do not need the estimate', () => {
  const fs = check(note('goal availability=99.95% rto=5m rpo=0', ...REDUNDANT));
  assert.deepEqual(brief(fs.filter((f) => !f.rule.endsWith('-not-met'))), []);
});

// ---- goal rules, judged against a given estimate ---------------------------

const GOAL_DESIGN = note(
  'goal availability=99.95% rto=1m rpo=0',
  'users: client',
  'lb: load-balancer health-check replicas=2 vip',
  'web: web replicas=2',
  'db: database',
  'db-standby: database standby of=db replication=async failover=manual',
  'users -> lb -> web -> db',
);

function est(over: Partial<Estimate>): () => Estimate {
  return () => ({ availability: 0.9999, rto: 10, rpo: 0, losses: [], spofs: [], ...over });
}

test('goal rules fire on the goal line when the estimate misses it', () => {
  const worst = { target: { type: 'node' as const, node: 'db' }, rto: 1833, rpo: 1, downEntries: ['users'], downRecovery: [1833] };
  const fs = check(GOAL_DESIGN, { estimate: est({ availability: 0.998, rto: 1833, rpo: 1, losses: [worst], worstRto: worst, worstRpo: worst, spofs: ['db'] }) });
  const goal = fs.filter((f) => f.rule.endsWith('-not-met'));
  assert.deepEqual(brief(goal), ['rto-not-met@0:0-37', 'rpo-not-met@0:0-37', 'availability-not-met@0:0-37']);
  const rto = goal[0]!;
  assert.match(rto.message.en, /losing `db`.*30m 33s.*`users` down.*`db-standby`.*failover=auto/);
  assert.match(rto.message.ko, /30분 33초/);
  const rpo = goal[1]!;
  assert.match(rpo.message.en, /no acknowledged write may be lost.*last 1s.*replication=sync/);
  const av = goal[2]!;
  assert.match(av.message.en, /99\.95%.*99\.8%.*`db`/);
});

test('goal rules stay quiet when the estimate meets the goal, and without a goal', () => {
  assert.deepEqual(brief(check(GOAL_DESIGN, { estimate: est({ availability: 0.9996, rto: 33, rpo: 0 }) }).filter((f) => f.rule.endsWith('-not-met'))), []);
  const noGoal = note('users: client', 'web: web replicas=2', 'users -> web');
  assert.deepEqual(brief(check(noGoal, { estimate: est({ availability: 0.5, rto: null, rpo: 100 }) }).filter((f) => f.rule.endsWith('-not-met'))), []);
});

test('an RTO that never recovers is reported as such', () => {
  const worst = { target: { type: 'region' as const, region: 'seoul' }, rto: null, rpo: 0, downEntries: ['users'], downRecovery: [null] };
  const fs = check(GOAL_DESIGN, { estimate: est({ rto: null, losses: [worst], worstRto: worst }) }).filter((f) => f.rule === 'rto-not-met');
  assert.equal(fs.length, 1);
  assert.match(fs[0]!.message.en, /region `seoul`.*not fully served until the end of the simulated 1h 25m.*routing=failover/);
  assert.match(fs[0]!.message.ko, /`seoul` 리전 장애 시 시뮬레이션 기간\(1시간 25분\) 안에/);
});

// ---- single-point-of-failure against a brute-force oracle ------------------

/** Served entries after removing `gone`, by failure propagation over the graph (callers of the dead die). */
function oracle(d: Design): Set<string> {
  const nodes = [...d.nodes.values()];
  const callees = new Map<string, string[]>();
  for (const e of d.edges) {
    const l = callees.get(e.from) ?? [];
    if (!l.includes(e.to)) l.push(e.to);
    callees.set(e.from, l);
  }
  const SERVERS = new Set(['app-server', 'service', 'web-server']);
  const STORES = new Set(['database', 'storage', 'cache']);
  const or = (n: string): boolean => {
    const node = d.nodes.get(n)!;
    // A balancer in front of one server tier that also needs a data store of its own needs each (round 35).
    const cs = (callees.get(n) ?? []).map((c) => d.nodes.get(c)!.kind ?? '');
    if (node.kind === 'load-balancer' && cs.filter((k) => SERVERS.has(k)).length === 1 && cs.some((k) => STORES.has(k)) && cs.every((k) => SERVERS.has(k) || STORES.has(k))) return false;
    // A balancer's pool, and every dns (with or without health checks, v2): any one callee serves.
    return node.kind === 'load-balancer' || node.kind === 'dns';
  };
  const clients = nodes.filter((n) => n.kind === 'client').map((n) => n.name);
  const served = (entry: string, gone: string): boolean => {
    const memo = new Map<string, boolean>();
    const s = (v: string): boolean => {
      if (v === gone) return false;
      const hit = memo.get(v);
      if (hit !== undefined) return hit;
      const cs = callees.get(v) ?? [];
      const r = cs.length === 0 ? true : or(v) ? cs.some(s) : cs.every(s);
      memo.set(v, r);
      return r;
    };
    return s(entry);
  };
  const out = new Set<string>();
  for (const n of nodes) {
    if (n.kind === 'client' || n.replicas >= 2) continue;
    if (clients.some((c) => !served(c, n.name))) out.add(n.name);
  }
  return out;
}

test('single-point-of-failure agrees with a brute-force oracle on random acyclic designs', () => {
  let seed = 7;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let round = 0; round < 300; round++) {
    const n = 3 + Math.floor(rnd() * 12);
    const lines = ['users: client'];
    const kinds = ['service', 'lb', 'dns routing=failover', 'dns routing=simple', 'database'];
    for (let i = 0; i < n; i++) lines.push(`n${i}: ${kinds[Math.floor(rnd() * kinds.length)]}${rnd() < 0.2 ? ' replicas=2' : ''}${rnd() < 0.1 ? ' managed=false' : ''}`);
    lines.push('users -> n0');
    if (rnd() < 0.5) lines.push(`users -> n${Math.floor(rnd() * n)}`);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rnd() < 0.25) lines.push(`n${i} -> n${j}`);
    const d = design(note(...lines));
    // the oracle counts only replicas; dns is managed unless managed=false
    const expected = [...oracle(d)].filter((x) => !d.nodes.get(x)!.managed).sort();
    const got = findSpofs(d).map((s) => s.node).sort();
    assert.deepEqual(got, expected, lines.join('\n'));
  }
});

test('a generated 2,000-node design is analysed correctly', () => {
  // 500 stacks: lb (pair) -> 2 web -> own db; every other db has a standby.
  const lines = ['users: client', 'dns: dns routing=latency'];
  lines.push('users -> dns');
  for (let i = 0; i < 400; i++) {
    lines.push(`lb${i}: lb replicas=2 vip health-check`, `a${i}: web`, `b${i}: web`, `db${i}: database`);
    if (i % 2 === 0) lines.push(`db${i}-standby: database standby of=db${i} failover=auto`);
    lines.push(`dns -> lb${i}`, `lb${i} -> a${i}`, `lb${i} -> b${i}`, `a${i} -> db${i}`, `b${i} -> db${i}`);
  }
  const d = design(note(...lines));
  assert.ok(d.nodes.size >= 1800);
  // dns routes around any one stack: nothing is a SPOF
  assert.deepEqual(findSpofs(d), []);
  // simple routing hands every stack to clients without health checks: a lost stack fails its share, no SPOF
  const simple = design(note(...lines.map((l) => (l === 'dns: dns routing=latency' ? 'dns: dns routing=simple' : l))));
  assert.deepEqual(findSpofs(simple), []);
  // every stack needed (a caller that needs all its callees): each db without a standby is one
  const all = design(note(...lines.map((l) => (l === 'dns: dns routing=latency' ? 'dns: service managed' : l))));
  const spofs = findSpofs(all);
  assert.equal(spofs.length, 200);
  assert.ok(spofs.every((s) => /^db\d+$/.test(s.node) && Number(s.node.slice(2)) % 2 === 1));
  const fs = checkDesign(simple);
  assert.equal(fs.filter((f: Finding) => f.rule === 'missing-replica').length, 200);
});

// ---- docs/rules pages: the bad block fires the page's rule, the good block is clean ----

const DOCS = join(import.meta.dirname, '../../docs/rules');

test('there is a docs page for every HA rule', () => {
  const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')).sort();
  assert.deepEqual(pages, RULES.map((r) => r.id).sort());
});

for (const r of RULES) {
  test(`docs/rules/${r.id}.md: its bad block fires the rule and its good block has no HA findings`, () => {
    const text = readFileSync(join(DOCS, `${r.id}.md`), 'utf8');
    assert.match(text, /[가-힣]/);
    assert.match(text, /## Why it matters/);
    const blocks = parseAll(text);
    const bad = blocks.filter((b) => b.design.title.startsWith('bad'));
    const good = blocks.filter((b) => b.design.title.startsWith('good'));
    assert.ok(bad.length >= 1 && good.length >= 1);
    for (const b of [...bad, ...good]) assert.deepEqual(b.design.findings.filter((f) => f.severity !== 'hint').map((f) => f.message.en), [], b.design.title);
    for (const b of bad) assert.ok(checkDesign(b.design).some((f) => f.rule === r.id), `${b.design.title} does not fire ${r.id}`);
    for (const b of good) assert.deepEqual(brief(checkDesign(b.design)), [], b.design.title);
  });
}

test('rto-not-met names the real cause of a zone loss: an entry reached directly (no balancer in front), not "spread what lives only in the zone"', () => {
  const fs = check(
    note(...`goal rto=5m
zone a
zone b
zone c
api: app-server replicas=3 state=stateless zones=a,b,c
db: database engine=postgres primary zone=a backup=1h
db-sb: database standby of=db replication=sync failover=auto zone=b
api -> db`.split('\n')),
  ).filter((f) => f.rule === 'rto-not-met');
  assert.equal(fs.length, 1);
  assert.match(fs[0]!.message.en, /requests reach `api`'s 3 instances directly/);
  assert.doesNotMatch(fs[0]!.message.en, /Spread what lives only/);
  // Behind an nginx web server (a reverse proxy in front of one upstream), the instances are balanced: no such finding.
  const proxied = check(
    note(...`goal rto=5m
zone a
zone b
zone c
users: client
lb: load-balancer engine=alb zones=a,b
web: web-server engine=nginx replicas=2 state=stateless zones=a,b
api: app-server replicas=3 state=stateless zones=a,b,c
users -> lb -> web -> api`.split('\n')),
  ).filter((f) => f.rule === 'rto-not-met');
  assert.deepEqual(proxied, []);
});

test('single-point-of-failure on a primary with only a read replica says the replica is not promoted', () => {
  const fs = check(
    note(...`users: client
lb: load-balancer engine=alb
web: app-server replicas=2 state=stateless
db: database engine=mysql primary backup=1d
db-slave: database replica of=db replication=async
users -> lb -> web -> db`.split('\n')),
  ).filter((f) => f.rule === 'single-point-of-failure');
  assert.equal(fs.length, 1);
  assert.match(fs[0]!.message.en, /`db-slave` is a read replica: it serves reads, but nothing promotes it when `db` fails/);
  assert.match(fs[0]!.message.ko, /`db-slave` 노드는 읽기 복제본이라 읽기는 처리하지만, `db` 노드가 멈춰도 승격되지 않습니다/);
});

test('rto-not-met on a site behind a DNS failover names the DNS switch (checks + TTL), not "nothing elsewhere to take over"', () => {
  // (Its balancers' checks following the requests to the database — health-check=deep: with shallow ones, losing a site's
  // database is the worst loss, the record never moving its users.)
  const text = readFileSync(join(__dirname, '..', 'corpus', '77-two-dc-active-active-gslb.md'), 'utf8').replace(/vip health-check zone=/g, 'vip health-check=deep zone=');
  const fs = checkDesign(parseAll(text)[0]!.design).filter((f) => f.rule === 'rto-not-met');
  assert.equal(fs.length, 1);
  assert.match(fs[0]!.message.en, /the service comes back when `gslb` stops answering with them — its health checks and the answers' TTL take 2m/);
  assert.doesNotMatch(fs[0]!.message.en, /nothing elsewhere to take over/);
});

test('an nginx web server that queries a database does not balance it (only an application tier is an upstream)', () => {
  const d = design(note('users: client', 'web: web-server engine=nginx replicas=2 state=stateless', 'db: database engine=mysql primary backup=1d', 'db-sb: database standby of=db replication=sync failover=auto', 'users -> web -> db'));
  const m = buildModel(d);
  assert.equal(m.nodes[m.byName.get('web')!]!.or, null);
  const proxy = design(note('users: client', 'web: web-server engine=nginx replicas=2 state=stateless', 'was: app-server replicas=2', 'users -> web -> was'));
  const pm = buildModel(proxy);
  assert.equal(pm.nodes[pm.byName.get('web')!]!.or, 'lb');
});

test('a managed Redis with mode=sentinel (ElastiCache) has no Sentinels of the user to place: no sentinel-fragile, and a zone loss promotes a replica', () => {
  const text = note(
    'zone a',
    'zone b',
    'users: client',
    'alb: lb engine=alb zones=a,b',
    'api: app replicas=2 state=stateless sessions=redis zones=a,b',
    'redis: cache engine=redis mode=sentinel replicas=2 managed zones=a,b',
    'users -> alb -> api',
    'api -> redis',
  );
  assert.deepEqual(check(text).filter((f) => f.rule === 'sentinel-fragile'), []);
  const self = check(text.replace(' managed zones=a,b', ' zones=a,b')).filter((f) => f.rule === 'sentinel-fragile');
  assert.equal(self.length, 1, 'self-run Sentinels over two zones are still fragile');
  const r = simulate(design(text), [{ type: 'fail', target: { type: 'zone', zone: 'a' }, at: 0 }]);
  assert.ok(r.events.some((e) => e.type === 'promoted' && e.target.startsWith('redis')), JSON.stringify(r.events.map((e) => e.type)));
});

test('no-health-check: not on a balancer with one single-instance node behind it (nothing to route around); still with two', () => {
  const one = checkDesign(design(note('users: client', 'pgb: load-balancer engine=pgbouncer', 'db: database', 'users -> pgb -> db')));
  assert.ok(!one.some((f) => f.rule === 'no-health-check'), one.map((f) => f.rule).join());
  const two = checkDesign(design(note('users: client', 'lb: load-balancer', 'a: app-server', 'b: app-server', 'users -> lb', 'lb -> a', 'lb -> b')));
  assert.ok(two.some((f) => f.rule === 'no-health-check'), two.map((f) => f.rule).join());
  const pods = checkDesign(design(note('users: client', 'lb: load-balancer', 'a: app-server replicas=2', 'users -> lb -> a')));
  assert.ok(pods.some((f) => f.rule === 'no-health-check'), pods.map((f) => f.rule).join());
});

test('no-monitoring says what waits for someone to notice: a manual promotion, a restore from backup, or nothing (failover by itself)', () => {
  const msg = (...lines: string[]): string => checkDesign(design(note('goal rto=5m', 'users: client', 'app: app-server', ...lines))).find((f) => f.rule === 'no-monitoring')!.message.en;
  assert.match(msg('db: database primary', 'sb: database standby of=db replication=sync failover=manual', 'users -> app -> db'), /manual promotion starts only then/);
  assert.match(msg('db: database backup=1d', 'users -> app -> db'), /restore from backup starts only then/);
  const auto = msg('db: database primary', 'sb: database standby of=db replication=sync failover=auto', 'users -> app -> db');
  assert.match(auto, /failover runs by itself/);
  assert.doesNotMatch(auto, /manual promotion/);
});

test('rto-not-met names the other losses that miss the goal too, not only the worst one', () => {
  const f = checkDesign(
    design(note('goal rto=10m', 'users: client', 'lb: load-balancer health-check', 'was: app-server replicas=2', 'master: database engine=mysql primary', 'slave: database standby of=master replication=async failover=manual', 'users -> lb -> was -> master')),
  ).find((x) => x.rule === 'rto-not-met')!;
  // The worst is the lone balancer (down until rebuilt); the manual promotion of the database misses 10m as well.
  assert.match(f.message.en, /losing `lb`/);
  assert.match(f.message.en, /Losing `master` \(\d+m\) also misses the goal\./);
  assert.match(f.message.ko, /`master`\(\d+분\) 장애도 목표 RTO를 넘깁니다\./);
});

test('stateful-balancing: `sessions=sticky` on the node is sticky routing — the info about sessions dying with their instance, not the warning about requests landing elsewhere', () => {
  const f = checkDesign(design(note('users: client', 'l4: load-balancer replicas=2 vip health-check', 'web: web-server replicas=2 state=stateful sessions=sticky', 'users -> l4 -> web'))).find((x) => x.rule === 'stateful-balancing')!;
  assert.equal(f.severity, 'info');
  assert.match(f.message.en, /stays on one instance/);
  assert.doesNotMatch(f.message.en, /can land on an instance that does not know them/);
});

test('manual-failover: not on the reader of a managed primary (Aurora promotes it) unless the design says failover=manual', () => {
  const rules = (extra: string): string[] =>
    checkDesign(design(note('users: client', 'app: app-server replicas=2', 'db: database engine=aurora primary zone=a', `db-r: database engine=aurora standby of=db readable zone=b${extra}`, 'users -> app -> db'))).map((f) => f.rule);
  assert.ok(!rules('').includes('manual-failover'), rules('').join());
  assert.ok(rules(' failover=manual').includes('manual-failover'));
});
