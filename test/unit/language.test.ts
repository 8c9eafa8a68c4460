import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attrsOf, CODES, KINDS, parseDesign, TopologyService } from '../../server/src/core';
import fc from 'fast-check';
import { editDistance } from '../../server/src/core';

const service = new TopologyService();

/** `line:start-end rule` (1-based line and column, like the CLI) for the language's own findings. */
function findings(note: string, kind: 'markdown' | 'topology' = 'markdown'): string[] {
  return service
    .findings(service.analyze(note, kind))
    .filter((f) => CODES[f.rule].kind === 'language')
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.character + 1} ${f.rule}`);
}

const SPEC_EXAMPLE = `# 쇼핑몰

\`\`\`topology 쇼핑몰 — after 7-2
goal availability=99.95% rto=5m rpo=0

region seoul
zone seoul-a region=seoul
zone seoul-b region=seoul

users: client label="고객 브라우저"
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
web -> db-read : reads

scenario az-outage: fail zone:seoul-a
scenario flash-sale: spike x5 at=10s
\`\`\`
`;

test('the spec example parses into the model with no language findings', () => {
  assert.deepEqual(findings(SPEC_EXAMPLE), []);
  const a = service.analyze(SPEC_EXAMPLE);
  assert.equal(a.designs.length, 1);
  const d = a.designs[0]!.design;
  assert.equal(d.title, '쇼핑몰 — after 7-2');
  assert.deepEqual([...d.nodes.keys()], ['users', 'dns', 'lb', 'web', 'sessions', 'db', 'db-standby', 'db-read']);
  assert.equal(d.edges.length, 6);
  assert.deepEqual(d.edges.map((e) => `${e.from}->${e.to}${e.label ? ':' + e.label : ''}`), ['users->dns', 'dns->lb', 'lb->web', 'web->sessions', 'web->db:writes', 'web->db-read:reads']);
  assert.deepEqual(d.goal && { a: d.goal.availability, rto: d.goal.rto, rpo: d.goal.rpo }, { a: 99.95, rto: 300, rpo: 0 });
  const web = d.nodes.get('web')!;
  assert.equal(web.kind, 'app-server');
  assert.equal(web.replicas, 4);
  assert.deepEqual(web.zones, ['seoul-a', 'seoul-b']);
  assert.deepEqual(web.attrs.get('autoscale')?.value, { type: 'range', min: 4, max: 12 });
  assert.equal(d.nodes.get('dns')!.managed, true);
  // A managed DNS counts 100% (generic managed profile, as Route 53's SLA; docs/defaults.md).
  assert.equal(d.nodes.get('dns')!.availability, 1);
  assert.equal(d.nodes.get('db-standby')!.role, 'standby');
  assert.equal(d.nodes.get('db-standby')!.of, 'db');
  assert.equal(d.nodes.get('users')!.label, '고객 브라우저');
  assert.equal(d.zones.get('seoul-a')!.region, 'seoul');
  assert.deepEqual(
    d.scenarios.map((s) => [s.name, s.steps.map((st) => (st.type === 'spike' ? `spike x${st.factor} @${st.at}` : `${st.type} ${st.target.type}:${'zone' in st.target ? st.target.zone : ''} @${st.at}`))]),
    [
      ['az-outage', ['fail zone:seoul-a @0']],
      ['flash-sale', ['spike x5 @10']],
    ],
  );
});

test('aliases map to canonical kinds', () => {
  const a = service.analyze('```topology\na: lb\nb: web\nc: app\nd: was\ne: db\n```\n');
  assert.deepEqual([...a.designs[0]!.design.nodes.values()].map((n) => n.kind), ['load-balancer', 'web-server', 'app-server', 'app-server', 'database']);
});

// Each case: a note, and every language finding it must produce (no more, no less).
const CASES: { name: string; note: string; expect: string[] }[] = [
  { name: 'unknown kind, with Hangul name before it', note: '```topology\n웹서버: app-servr\n```', expect: ['2:6-15 unknown-kind'] },
  { name: 'missing kind', note: '```topology\nweb:\n```', expect: ['2:4-5 syntax'] },
  { name: 'unknown attribute is a warning', note: '```topology\nweb: app-server replicaz=2\n```', expect: ['2:17-25 unknown-attribute'] },
  { name: 'attribute of another kind', note: '```topology\ndb: database sticky\n```', expect: ['2:14-20 unknown-attribute'] },
  { name: 'invalid enum value', note: '```topology\nlb: lb algorithm=round-robn health-check\n```', expect: ['2:18-28 invalid-value'] },
  { name: 'invalid duration', note: '```topology\ndns: dns ttl=60\n```', expect: ['2:14-16 invalid-value'] },
  { name: 'invalid percentage', note: '```topology\nweb: web availability=101%\n```', expect: ['2:23-27 invalid-value'] },
  { name: 'invalid replicas', note: '```topology\nweb: web replicas=0\n```', expect: ['2:19-20 invalid-value'] },
  { name: 'reversed range', note: '```topology\nweb: web autoscale=9..2\n```', expect: ['2:20-24 invalid-value'] },
  { name: 'value missing after =', note: '```topology\nweb: web replicas=\n```', expect: ['2:18-19 syntax'] },
  { name: 'duplicate node', note: '```topology\ndb: database\ndb: cache\n```', expect: ['3:1-3 duplicate-name'] },
  { name: 'duplicate zone', note: '```topology\nzone a1\nzone a1\n```', expect: ['3:6-8 duplicate-name'] },
  { name: 'second goal', note: '```topology\ngoal rto=1m\ngoal rpo=0\n```', expect: ['3:1-5 duplicate-name'] },
  { name: 'unknown edge target with did-you-mean', note: '```topology\nweb: web\ndatabase1: db\nweb -> databse1\n```', expect: ['4:8-16 unknown-reference'] },
  { name: 'unknown of= reference', note: '```topology\ndb2: db standby of=db1\n```', expect: ['2:20-23 unknown-reference'] },
  { name: 'unknown sessions= reference', note: '```topology\nweb: web sessions=redis\n```', expect: ['2:19-24 unknown-reference'] },
  { name: 'unknown scenario zone', note: '```topology\nweb: web zone=a1\nscenario s: fail zone:b1\n```', expect: ['2:15-17 undeclared-place', '3:23-25 unknown-reference'] },
  { name: 'implicit zone is a hint once', note: '```topology\nweb: web zones=z1,z2\napi: app zone=z1\n```', expect: ['2:16-18 undeclared-place', '2:19-21 undeclared-place'] },
  { name: 'instance target beyond a name', note: '```topology\nweb: web replicas=2\nscenario s: fail web#2 at=5s; recover web#2 at=1m\n```', expect: [] },
  { name: 'bad step', note: '```topology\nweb: web\nscenario s: explode web\n```', expect: ['3:13-20 syntax'] },
  { name: 'spike without factor', note: '```topology\nscenario s: spike at=5s\n```', expect: ['2:19-21 invalid-value'] },
  { name: 'not a statement', note: '```topology\nhello world\n```', expect: ['2:1-12 syntax'] },
  { name: 'a lone word', note: '```topology\nweb\n```', expect: ['2:1-4 syntax'] },
  { name: 'dangling arrow', note: '```topology\na: web\na ->\n```', expect: ['3:3-5 syntax'] },
  { name: 'unclosed string', note: '```topology\na: web label="고객\n```', expect: ['2:14-17 syntax'] },
  { name: 'invalid name', note: '```topology\n1web: web\n```', expect: ['2:1-5 syntax'] },
  { name: 'standby without of=', note: '```topology\ndb2: db standby\n```', expect: ['2:9-16 invalid-value'] },
  { name: 'two roles', note: '```topology\ndb: db primary standby of=x\nx: db\n```', expect: ['2:16-23 invalid-value'] },
  { name: 'zone and zones together', note: '```topology\nzone a\nzone b\nw: web zone=a zones=a,b\n```', expect: ['4:15-20 invalid-value'] },
  { name: 'comment after whitespace only', note: '```topology\na: web # a comment\nb: web#not-a-comment\n```', expect: ['3:4-21 unknown-kind'] },
  { name: 'arrow without spaces', note: '```topology\na: web\nb: db\na->b\n```', expect: [] },
  { name: 'a colon before the first arrow', note: '```topology\na: web\n: a -> b\n```', expect: ['3:1-2 syntax'] },
  { name: 'edge label', note: '```topology\na: web\nb: db\na -> b : 읽기 전용\n```', expect: [] },
  { name: 'unknown goal key', note: '```topology\ngoal rtoo=1m\n```', expect: ['2:6-10 unknown-attribute'] },
];

for (const c of CASES) {
  test(`finding: ${c.name}`, () => {
    assert.deepEqual(findings(c.note), c.expect);
  });
}

test('did-you-mean names the closest word', () => {
  const a = service.analyze('```topology\nw: app-servr replicaz=2\nlb: lb algorithm=round-robn\n```');
  const msgs = service.findings(a).map((f) => f.message.en);
  assert.match(msgs[0]!, /Did you mean `app-server`\?/);
  assert.match(msgs[1]!, /Did you mean `round-robin`\?/);
  const ko = service.findings(a).map((f) => f.message.ko);
  assert.match(ko[0]!, /`app-server`를 뜻했나요\?/);
});

test('CommonMark fences: ~~~, longer fences, 3-space indent, quotes, lists, unclosed, info word', () => {
  const note = [
    '~~~topology tilde', //0
    'a: web', //1
    '~~~', //2
    '````topology long', //3
    '```', //4 (not a closing fence: shorter)
    '````', //5
    '   ```topology indented', //6
    '   b: web', //7
    '   ```', //8
    '    ```topology code', //9 indented code, not a fence
    '', //10
    '> ```topology quoted', //11
    '> c: 데이터베이스', //12
    '> ```', //13
    '- ```topologyx not ours', //14
    '  ```', //15
    '```python', //16
    'x', //17
    '```', //18
    '```topology open', //19
    'd: db', //20
  ].join('\n');
  const a = service.analyze(note);
  assert.deepEqual(
    a.designs.map((d) => [d.design.title, d.fenceLine, d.closeLine]),
    [
      ['tilde', 0, 2],
      ['long', 3, 5],
      ['indented', 6, 8],
      ['quoted', 11, 13],
      ['open', 19, null],
    ],
  );
  // The quoted block's error is underlined on the right columns (after "> ").
  assert.deepEqual(findings(note), ['5:1-4 syntax', '13:6-12 unknown-kind']);
});

test('a .topology file is one design without fences', () => {
  assert.deepEqual(findings('web: web\nweb -> dbb\ndb: db\n', 'topology'), ['2:8-11 unknown-reference']);
});

test('suppression comments hide a finding on the next line or in the rest of the block', () => {
  const note = '```topology\n# infra-notes-disable-next-line unknown-kind\na: wbe\nb: wbe\n# infra-notes-disable unknown-kind, unknown-attribute\nc: wbe\nd: web foo=1\n```';
  assert.deepEqual(findings(note), ['4:4-7 unknown-kind']);
});

test('severity overrides and off', () => {
  const a = service.analyze('```topology\na: web foo=1\nb: wbe\n```');
  assert.deepEqual(
    service
      .findings(a, { 'unknown-attribute': 'error', 'unknown-kind': 'off' })
      .filter((f) => CODES[f.rule].kind === 'language')
      .map((f) => `${f.rule}:${f.severity}`),
    ['unknown-attribute:error'],
  );
});

test('an overlong line and an overlong name are reported, not parsed', () => {
  const long = 'a: web label="' + 'x'.repeat(5000) + '"';
  assert.deepEqual(findings('```topology\n' + long + '\n```'), ['2:1-81 syntax']);
  assert.deepEqual(findings('```topology\n' + 'n'.repeat(10000) + ': web\n```'), ['2:1-81 syntax']);
  assert.deepEqual(findings('```topology\n' + 'n'.repeat(200) + ': web\n```'), ['2:1-41 syntax']);
});

test('findings per design are capped with one summary', () => {
  const note = '```topology\n' + Array.from({ length: 700 }, (_, i) => `x${i}: nope`).join('\n') + '\n```';
  const fs = service.findings(service.analyze(note));
  assert.equal(fs.length, 501);
  assert.equal(fs[500]!.rule, 'too-many-findings');
  assert.match(fs[500]!.message.en, /700 problems/);
});

test('2,000 unclosed fences come back with findings', () => {
  const note = Array.from({ length: 2000 }, () => '```topology\nweb: app-server').join('\n');
  const a = service.analyze(note);
  assert.equal(a.designs.length, 1, 'the first fence runs to the end and swallows the rest');
  const fs = service.findings(a);
  assert.ok(fs.some((f) => f.rule === 'syntax'));
  assert.ok(fs.some((f) => f.rule === 'too-many-findings'));
});

test('binary junk is reported, not a crash', () => {
  let junk = '';
  let seed = 7;
  for (let i = 0; i < 200_000; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    junk += String.fromCharCode(seed % 256);
  }
  const fs = service.findings(service.analyze(junk));
  assert.ok(fs.some((f) => f.rule === 'not-text'));
});

test('invariant: an edit re-analyses only its design (re-parses only the block it touched)', () => {
  const blocks = (x: string): string => `\`\`\`topology A\na: web\n\`\`\`\n\n\`\`\`topology B\nb: ${x}\n\`\`\`\n`;
  const s = new TopologyService();
  const first = s.analyze(blocks('web'));
  const second = s.analyze(blocks('db'));
  assert.equal(first.designs[0]!.design, second.designs[0]!.design, 'unchanged block reused');
  assert.notEqual(first.designs[1]!.design, second.designs[1]!.design, 'changed block re-parsed');
});

test('prose hover explains terms, but not words inside a URL', async () => {
  const { hover } = await import('../../server/src/core');
  const s = new TopologyService();
  const text = 'HTTP는 https://example.com/failover 처럼 쓴다';
  const a = s.analyze(text);
  assert.match(hover(s, a, { line: 0, character: 1 }, 'en')!.markdown, /HTTP/);
  assert.equal(hover(s, a, { line: 0, character: 10 }, 'en'), null);
  assert.equal(hover(s, a, { line: 0, character: 30 }, 'en'), null);
});

test('percentages are floored, never rounded up to a better figure', async () => {
  const { formatPercent } = await import('../../server/src/core');
  assert.equal(formatPercent(0.999999), '99.9999%');
  assert.equal(formatPercent(0.9999999), '99.9999%');
  assert.equal(formatPercent(0.999), '99.9%');
  assert.equal(formatPercent(0.9995), '99.95%');
  assert.equal(formatPercent(1), '100%');
  assert.equal(formatPercent(0.99812, 2), '99.81%');
  const { formatNines } = await import('../../server/src/core');
  assert.deepEqual([0.997002, 0.999796, 0.9995, 0.99995, 0.999999, 0.95].map(formatNines), ['99.7%', '99.97%', '99.95%', '99.995%', '99.9999%', '95%']);
});

test('the editor does not estimate designs past its node limit; the goal gets one too-large finding', () => {
  const note = '```topology\ngoal rto=1m\nusers: client\na: web\nb: web\nc: db\nusers -> a -> b -> c\n```';
  const small = new TopologyService({ estimateNodeLimit: 3 });
  const rules = small.findings(small.analyze(note)).map((f) => `${f.range.start.line}:${f.rule}`);
  assert.ok(rules.includes('1:too-large'), rules.join());
  assert.ok(!rules.some((r) => /not-met/.test(r)), rules.join());
  assert.ok(rules.includes('3:single-point-of-failure'), 'the other rules still run');
  const full = new TopologyService({ estimateNodeLimit: 100 });
  const all = full.findings(full.analyze(note)).map((f) => f.rule);
  assert.ok(all.includes('rto-not-met') && !all.includes('too-large'), all.join());
});

test('each kind accepts each attribute once: a kind\'s own spec of a common key (engine on storage and consensus) replaces the common one', () => {
  const dups: string[] = [];
  for (const k of KINDS) {
    const keys = attrsOf(k.id).map((a) => a.key);
    for (const [i, key] of keys.entries()) if (keys.indexOf(key) !== i) dups.push(`${k.id}.${key}`);
  }
  assert.deepEqual(dups, []);
  assert.match(attrsOf('consensus').find((a) => a.key === 'engine')!.doc.en, /etcd/);
  assert.match(attrsOf('web-server').find((a) => a.key === 'autoscale-delay')!.doc.en, /390s/);
});

test('the bounded edit distance behind "did you mean" equals a plain optimal-string-alignment distance', () => {
  const osa = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    return d[a.length]![b.length]!;
  };
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '웹', 'd'), maxLength: 90 });
  fc.assert(
    fc.property(word, word, fc.nat(6), (a, b, max) => {
      const want = osa(a, b);
      assert.equal(editDistance(a, b), want);
      assert.equal(Math.min(editDistance(a, b, max), max + 1), Math.min(want, max + 1));
    }),
    { numRuns: 2000, seed: 9 },
  );
});

test('an enum value written long or in capitals is suggested in its short form (failover=automatic → auto, replication=Sync → sync)', () => {
  const d = parseDesign({ title: 't', titleStart: 0, titleEnd: 0, closed: true, lines: ['db: database', 'sb: database standby of=db failover=automatic replication=Sync'].map((text) => ({ text, col: 0 })) });
  const bad = d.findings.filter((f) => f.rule === 'invalid-value').map((f) => f.data?.['suggestion']);
  assert.deepEqual(bad, ['auto', 'sync']);
});

test('zone and region names may start with a digit (2a, 2c: the AZ shorthand of ap-northeast-2; Azure\'s numbered zones 1, 2, 3); node names may not', () => {
  const d = parseDesign({
    title: 't',
    titleStart: 0,
    titleEnd: 0,
    closed: true,
    lines: ['zone 2a', 'zone 2c', 'zone 12', 'web: web-server replicas=2 zones=2a,2c', 'db: database zone=2a', '3db: database', 'scenario s: fail zone:2a'].map((text) => ({ text, col: 0 })),
  });
  const errors = d.findings.filter((f) => f.severity === 'error').map((f) => `${f.span.line}:${f.rule}`);
  // The node `3db` is still not a name; `zone 12` is a zone (Azure numbers its availability zones).
  assert.deepEqual(errors.sort(), ['5:syntax'], d.findings.map((f) => f.message.en).join(' | '));
  assert.deepEqual([...d.zones.keys()].sort(), ['12', '2a', '2c']);
});

test('a comma in an edge (`lb -> web1, web2`) says to write one edge per callee, with the two edges', () => {
  const r = service.analyze('```topology t\nlb: load-balancer\nweb1: web-server\nweb2: web-server\nlb -> web1, web2\n```\n');
  const f = r.designs[0]!.design.findings.find((x) => x.rule === 'syntax')!;
  assert.match(f.message.en, /one edge per callee.*`lb -> web1` and `lb -> web2`/);
  assert.match(f.message.ko, /한 줄씩/);
});

test('scenario steps written with commas or `at 10m` say how to write them (`;` between steps, `at=10m`)', () => {
  const r = service.analyze('```topology t\ndb: database\ns: database standby of=db failover=auto\nscenario a: fail db, fail s\nscenario b: fail db at 10m\n```\n');
  const msgs = r.designs[0]!.design.findings.filter((x) => x.rule === 'syntax').map((f) => f.message.en);
  assert.ok(msgs.some((m) => /separated by `;`, not `,`/.test(m)), msgs.join('\n'));
  assert.ok(msgs.some((m) => /written `at=10m`, with `=`/.test(m)), msgs.join('\n'));
});
