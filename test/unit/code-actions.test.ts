import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeActions, TopologyService, type CodeFix, type DocFinding, type FixRequest } from '../../server/src/core';

const service = new TopologyService();
const md = (...lines: string[]): string => ['# note', '', '```topology t', ...lines, '```', ''].join('\n');

/** Applies a fix's edits to the text (edits may not overlap). */
function apply(text: string, fix: CodeFix): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const edits = fix.edits.map((e) => ({ from: offset(e.range.start), to: offset(e.range.end), text: e.newText })).sort((a, b) => b.from - a.from);
  let out = text;
  for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

function analyse(text: string): { findings: DocFinding[]; actions: (f: DocFinding | DocFinding[]) => ReturnType<typeof codeActions> } {
  const a = service.analyze(text);
  const findings = service.findings(a);
  const req = (f: DocFinding): FixRequest => ({ designIndex: f.designIndex, rule: f.rule, range: f.range });
  return { findings, actions: (f) => codeActions(a, (Array.isArray(f) ? f : [f]).map(req)) };
}

/** The language's errors that a comment would only hide. */
const NO_DISABLE = new Set(['syntax', 'unknown-kind', 'unknown-reference', 'invalid-value', 'unknown-rule']);

// Every did-you-mean: the finding, what the preferred fix writes, and the note after it.
const DID_YOU_MEAN: { name: string; rule: string; before: string; title: RegExp; after: string }[] = [
  { name: 'kind', rule: 'unknown-kind', before: md('주문DB: databse'), title: /^Change `databse` to `database`$/, after: md('주문DB: database') },
  {
    name: 'attribute',
    rule: 'unknown-attribute',
    before: md('web: web-server replcas=2'),
    title: /^Change `replcas` to `replicas`$/,
    after: md('web: web-server replicas=2'),
  },
  {
    name: 'enumeration value',
    rule: 'invalid-value',
    before: md('db: database failover=manul'),
    title: /^Change `manul` to `manual`$/,
    after: md('db: database failover=manual'),
  },
  {
    name: 'reference in an edge',
    rule: 'unknown-reference',
    before: md('users: client', '주문DB: database', 'users -> 주문디B'),
    title: /^Change `주문디B` to `주문DB`$/,
    after: md('users: client', '주문DB: database', 'users -> 주문DB'),
  },
  {
    name: 'reference in a scenario',
    rule: 'unknown-reference',
    before: md('주문DB: database', 'scenario s: fail 주문Db'),
    title: /^Change `주문Db` to `주문DB`$/,
    after: md('주문DB: database', 'scenario s: fail 주문DB'),
  },
  {
    name: 'place',
    rule: 'undeclared-place',
    before: md('zone seoul-a', 'zone seoul-b', 'web: web-server zones=seoul-a,seoul-bb'),
    title: /^Change `seoul-bb` to `seoul-b`$/,
    after: md('zone seoul-a', 'zone seoul-b', 'web: web-server zones=seoul-a,seoul-b'),
  },
  {
    name: 'rule id in a suppression comment',
    rule: 'unknown-rule',
    before: md('# infra-notes-disable-next-line single-point-of-failur', 'db: database'),
    title: /^Change `single-point-of-failur` to `single-point-of-failure`$/,
    after: md('# infra-notes-disable-next-line single-point-of-failure', 'db: database'),
  },
  {
    name: 'full-width punctuation',
    rule: 'full-width-punctuation',
    before: md('users: client', 'db: database', 'users → db'),
    title: /^Change `→` to `->`$/,
    after: md('users: client', 'db: database', 'users -> db'),
  },
  {
    name: 'scenario step',
    rule: 'syntax',
    before: md('db: database', 'scenario s: fial db'),
    title: /^Change `fial` to `fail`$/,
    after: md('db: database', 'scenario s: fail db'),
  },
];

for (const c of DID_YOU_MEAN) {
  test(`did-you-mean (${c.name}): the first action is the preferred replacement and it repairs the design`, () => {
    const { findings, actions } = analyse(c.before);
    const f = findings.find((x) => x.rule === c.rule);
    assert.ok(f, `no ${c.rule} among ${findings.map((x) => x.rule).join(', ')}`);
    const list = actions(f);
    assert.ok(list.length > 0);
    const first = list[0]!;
    assert.match(first.title.en, c.title);
    assert.equal(first.preferred, true);
    assert.ok(first.title.ko.endsWith('바꾸기'), first.title.ko);
    assert.equal(list.filter((x) => x.preferred).length, 1);
    const after = apply(c.before, first);
    assert.equal(after, c.after);
    assert.equal(analyse(after).findings.filter((x) => x.rule === c.rule).length, 0, 'the finding is still there');
    const disables = list.filter((x) => /^Disable /.test(x.title.en));
    if (NO_DISABLE.has(c.rule)) assert.deepEqual(disables, [], 'a language error is never disabled');
    else assert.deepEqual(list.slice(-disables.length), disables, '"disable" comes last');
  });
}

test('the Korean title of a did-you-mean picks its particles', () => {
  const { findings, actions } = analyse(md('주문DB: databse'));
  assert.equal(actions(findings.find((x) => x.rule === 'unknown-kind')!)[0]!.title.ko, '`databse`를 `database`로 바꾸기');
});

test('a rule finding offers its repairs first and "disable" last', () => {
  const { findings, actions } = analyse(md('users: client', 'lb: load-balancer replicas=2', 'web: web-server replicas=2', 'users -> lb -> web'));
  const f = findings.find((x) => x.rule === 'no-health-check')!;
  const titles = actions(f).map((x) => x.title.en);
  assert.equal(titles[0], 'Add a health check to `lb`');
  assert.deepEqual(titles.slice(-2), ['Disable no-health-check for this line', 'Disable no-health-check for this design']);
});

test('two rules firing on one name list each repair once', () => {
  const { findings, actions } = analyse(md('users: client', 'db: database', 'users -> db'));
  const onDb = findings.filter((x) => x.range.start.line === 4 && x.severity !== 'hint');
  assert.ok(onDb.length >= 2, onDb.map((x) => x.rule).join());
  const all = onDb.flatMap((f) => actions(f));
  const merged = actions(onDb);
  const key = (x: CodeFix): string => x.title.en + JSON.stringify(x.edits);
  assert.ok(all.length > merged.length, 'the separate lists had no repeats: the case does not test anything');
  assert.equal(new Set(merged.map(key)).size, merged.length, merged.map((x) => x.title.en).join(' | '));
  assert.deepEqual(new Set(merged.map(key)), new Set(all.map(key)));
  // A repair shared by both findings says it fixes both.
  const shared = merged.find((x) => all.filter((y) => key(y) === key(x)).length > 1)!;
  assert.ok(shared.of.length >= 2);
  const firstDisable = merged.findIndex((x) => /^Disable /.test(x.title.en));
  assert.ok(merged.slice(firstDisable).every((x) => /^Disable /.test(x.title.en)), merged.map((x) => x.title.en).join(' | '));
});

test('fix all: the same misspelling in a design is repaired at once', () => {
  const before = md('users: client', '주문DB: database', 'users -> 주문디B', 'scenario s: fail 주문디B');
  const { findings, actions } = analyse(before);
  const list = actions(findings.find((x) => x.rule === 'unknown-reference')!);
  const all = list.find((x) => /^Change every `주문디B` to `주문DB` in this design \(2\)$/.test(x.title.en));
  assert.ok(all, list.map((x) => x.title.en).join(' | '));
  assert.equal(all.title.ko, '이 설계의 `주문디B` 2곳을 모두 `주문DB`로 바꾸기');
  assert.equal(apply(before, all), md('users: client', '주문DB: database', 'users -> 주문DB', 'scenario s: fail 주문DB'));
});

test('an unknown rule id in a suppression comment is reported, a known one is not', () => {
  const { findings } = analyse(md('# infra-notes-disable-next-line missing-replica, nope-rule', 'db: database'));
  const unknown = findings.filter((x) => x.rule === 'unknown-rule');
  assert.equal(unknown.length, 1);
  assert.equal(unknown[0]!.severity, 'warning');
  assert.deepEqual(unknown[0]!.range, { start: { line: 3, character: 49 }, end: { line: 3, character: 58 } });
});

test('the estimate lens of a design with errors says it is partial and why', async () => {
  const { estimateLine } = await import('../../server/src/core');
  const a = service.analyze(md('users: client', '주문DB: databse', 'web: web-server', 'users -> web -> 주문DB', 'web -> 없는노드'));
  const line = estimateLine(a.designs[0]!.design)!;
  assert.match(line.en, /^⚠ partial: 2 errors \(Unknown node kind, …\) left out · ≈ /);
  assert.match(line.ko, /^⚠ 일부만 추정: 오류 2개\(알 수 없는 노드 종류 등\)는 빠짐 · ≈ /);
  const ok = estimateLine(service.analyze(md('users: client', 'web: web-server', 'users -> web')).designs[0]!.design)!;
  assert.match(ok.en, /^≈ /);
});

test('the estimate lens speaks Korean units in Korean: 33초, not 33s; no bound is 무제한', async () => {
  const { estimateLine } = await import('../../server/src/core');
  const pair = md('db: database primary', 'db-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s');
  const line = estimateLine(service.analyze(pair).designs[0]!.design)!;
  // Detection 3 × 1 s, promotion 30 s: 33 s; an async standby 1 s behind loses 1 s.
  // 99.9 % each; of db's 1 h 15 min outage (unmonitored: noticed, then repaired), the 33 s failover is still an outage:
  // 1 − 0.001 × (0.001 + 0.999 × 33/4500).
  assert.equal(line.en, '≈ 99.9991% · RTO 33s · RPO 1s · 0 SPOFs');
  assert.equal(line.ko, '≈ 99.9991% · RTO 33초 · RPO 1초 · 단일 장애점 0개');
  const lone = estimateLine(service.analyze(md('users: client', 'db: database', 'users -> db')).designs[0]!.design)!;
  assert.match(lone.ko, /RPO 무제한/);
  assert.match(lone.en, /RPO unbounded/);
});
