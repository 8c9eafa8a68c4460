// Editor features at the core's entry, data-driven: each case is a note written
// inline with the cursor marked by `|`, and what the feature must answer there.
// The stdio tests (test/protocol) only check that the server passes these through.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complete, definition, hover, prepareRename, references, rename, symbols, TopologyService } from '../../server/src/core';

const service = new TopologyService();

/** The note without its marker, and the marker's position (0-based line, UTF-16 column). */
function note(marked: string): { text: string; pos: { line: number; character: number } } {
  const lines = marked.split('\n');
  const line = lines.findIndex((l) => l.includes('|'));
  assert.ok(line >= 0, 'the case marks the cursor with |');
  const character = lines[line]!.indexOf('|');
  lines[line] = lines[line]!.replace('|', '');
  return { text: lines.join('\n'), pos: { line, character } };
}

const DESIGN = (body: string): string => ['# 주문 시스템', '', '```topology 주문', ...body.split('\n'), '```', ''].join('\n');

const HOVERS: { name: string; note: string; locale: 'en' | 'ko'; has: string[]; hasNot?: string[] }[] = [
  {
    name: 'a node: its kind and facts, in the user language only',
    note: DESIGN('주문|DB: database primary zone=a\n대기DB: database standby of=주문DB replication=sync failover=auto zone=b'),
    locale: 'ko',
    has: ['주문DB'],
    hasNot: ['---'],
  },
  { name: 'a kind keyword', note: DESIGN('lb: load-bal|ancer health-check replicas=2'), locale: 'en', has: ['Spreads requests'] },
  {
    name: 'a node: the profile that applied, its key timings and their sources',
    note: DESIGN('users: client\n|lb: load-balancer engine=haproxy health-check replicas=2 vip\nweb: web-server replicas=2\nusers -> lb -> web'),
    locale: 'en',
    has: ['Profile: **HAProxy** (`engine=haproxy`)', 'docs/defaults.md', 'every 2s [haproxy-config] × 3 failures [haproxy-config]', 'removed after 6s', 'moves in 3.6s (keepalived: 3 × advert_int [keepalived-man]'],
  },
  {
    name: 'a node without engine: the generic profile, an overriding attribute named as the source',
    note: DESIGN('|lb: load-balancer health-check interval=4s'),
    locale: 'ko',
    has: ['프로필: **범용 기본값**', '4초마다 [`interval=`] × 실패 3번 [범용 기본값]', '12초 뒤 빠집니다'],
  },
  {
    name: 'a managed database: its own failover with the documented range',
    note: DESIGN('|db: database engine=rds-multi-az'),
    locale: 'en',
    has: ['Amazon RDS Multi-AZ DB instance', 'fails over by itself in 2m [rds-ug] (documented 60–120 s', 'availability 99.95% [sla-rds]'],
  },
  { name: 'an engine= value names its profile', note: DESIGN('db: database engine=pat|roni'), locale: 'en', has: ['selects the **Patroni (PostgreSQL)** profile'] },
  { name: 'an unknown engine= value says the generic timings apply', note: DESIGN('db: database engine=fooba|r'), locale: 'ko', has: ['범용 기본값을 씁니다'] },
  { name: 'an attribute', note: DESIGN('db: database replica|tion=sync'), locale: 'en', has: ['How writes reach the copy'] },
  { name: 'an infrastructure term in prose', note: '# 노트\n\n페일|오버는 대기 노드가 넘겨받는 것이다.\n', locale: 'ko', has: ['페일오버'] },
  { name: 'a term inside a plain code fence is prose too', note: '```\nRead Rep|lica 를 늘린다\n```\n', locale: 'en', has: ['replica'] },
  { name: 'the fence counts in English with one noun per count: 1 node, 1 scenario', note: '```topo|logy 하나\ndb: database\nscenario x: fail db\n```\n', locale: 'en', has: ['1 node, 0 edges, 1 scenario'], hasNot: ['1 scenarios', '1 nodes'] },
  { name: 'the fence counts in Korean', note: '```topo|logy 하나\ndb: database\nscenario x: fail db\n```\n', locale: 'ko', has: ['노드 1개, 연결 0개, 시나리오 1개'] },
  { name: 'nothing inside a fence of a programming language', note: '```js\nconst fail|over = 1;\n```\n', locale: 'en', has: [] },
];

for (const c of HOVERS) {
  test(`hover: ${c.name}`, () => {
    const { text, pos } = note(c.note);
    const h = hover(service, service.analyze(text), pos, c.locale);
    if (c.has.length === 0) {
      assert.equal(h, null, `expected no hover, got ${h?.markdown}`);
      return;
    }
    assert.ok(h, 'a hover');
    for (const s of c.has) assert.ok(h.markdown.toLowerCase().includes(s.toLowerCase()), `hover lacks "${s}":\n${h.markdown}`);
    for (const s of c.hasNot ?? []) assert.ok(!h.markdown.includes(s), `hover should not hold "${s}":\n${h.markdown}`);
  });
}

const TWO_NODES = 'users: client\n주문DB: database\nusers -> 주문|DB';

test('definition: a reference in an edge goes to the node declaration', () => {
  const { text, pos } = note(DESIGN(TWO_NODES));
  const r = definition(service, service.analyze(text), pos);
  assert.ok(r);
  assert.equal(text.split('\n')[r.start.line]!.slice(r.start.character, r.end.character), '주문DB');
  assert.equal(r.start.line, 4);
});

test('references: the declaration and every use of a name, in its own design only', () => {
  const marked = DESIGN(TWO_NODES + '\nscenario s: fail 주문DB') + DESIGN('주문DB: database');
  const { text, pos } = note(marked);
  const refs = references(service, service.analyze(text), pos, true);
  assert.deepEqual(
    refs.map((r) => r.start.line),
    [4, 5, 6],
  );
});

test('rename: every occurrence in the design changes, the other design does not', () => {
  const { text, pos } = note(DESIGN(TWO_NODES) + DESIGN('주문DB: database'));
  const a = service.analyze(text);
  assert.equal(prepareRename(service, a, pos)?.placeholder, '주문DB');
  const r = rename(service, a, pos, 'orders-db');
  assert.ok(r && 'edits' in r);
  assert.deepEqual(r.edits.map((e) => [e.range.start.line, e.newText]), [
    [4, 'orders-db'],
    [5, 'orders-db'],
  ]);
  const bad = rename(service, a, pos, 'users');
  assert.ok(bad && 'error' in bad, 'renaming onto an existing name is refused');
});

test('symbols: each design with its nodes, places and scenarios', () => {
  const text = DESIGN('zone a\nusers: client\ndb: database zone=a\nusers -> db\nscenario down: fail db');
  const s = symbols(service.analyze(text));
  assert.equal(s.length, 1);
  assert.equal(s[0]!.name, '주문');
  assert.deepEqual(
    s[0]!.children.map((c) => `${c.kind}:${c.name}`),
    ['zone:a', 'node:users', 'node:db', 'scenario:down'],
  );
});

test('completion: kinds after a colon, attributes of that kind, nodes in an edge', () => {
  const at = (marked: string): string[] => {
    const { text, pos } = note(marked);
    return complete(service, service.analyze(text), pos).map((c) => c.label);
  };
  assert.ok(at(DESIGN('db: |')).includes('database'));
  assert.ok(at(DESIGN('db: database repl|')).includes('replication'));
  const nodes = at(DESIGN('users: client\n주문DB: database\nusers -> |'));
  assert.ok(nodes.includes('주문DB'), nodes.join());
});
