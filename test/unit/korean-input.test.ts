import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeFixes, failureOf, findTopologyBlocks, parseDesign, TopologyService, type Design } from '../../server/src/core';

function parse(body: string): Design {
  const b = findTopologyBlocks('```topology t\n' + body + '\n```\n')[0]!;
  return parseDesign({ ...b, closed: b.closeLine !== null });
}

test('full-width colon, equals, comma and arrows: read as meant, each with a did-you-mean and a quick fix', () => {
  const service = new TopologyService();
  const text = '```topology t\nlb： load-balancer health-check replicas＝2\nweb: app-server replicas=2 zones=a，b\nlb → web\nweb －＞ lb2\nlb2: cache\n```\n';
  const a = service.analyze(text);
  const e = a.designs[0]!;
  const d = e.design;
  assert.equal(d.nodes.get('lb')?.kind, 'load-balancer', 'the node is declared despite the full-width colon');
  assert.deepEqual(d.nodes.get('lb')?.attrs.get('replicas')?.value, { type: 'number', value: 2 });
  assert.deepEqual(d.nodes.get('web')?.zones, ['a', 'b']);
  assert.deepEqual(d.edges.map((x) => `${x.from}->${x.to}`), ['lb->web', 'web->lb2']);
  const wide = e.findings.filter((f) => f.rule === 'full-width-punctuation');
  assert.deepEqual(wide.map((f) => f.data?.['typed']), ['：', '＝', '，', '→', '－＞']);
  assert.ok(!e.findings.some((f) => f.rule === 'syntax'), 'no "Not a statement"');
  assert.match(wide[0]!.message.ko, /`：`는 `:`로 읽었습니다/);
  assert.match(wide[0]!.message.en, /Did you mean `:`\?/);
  // The quick fix replaces exactly the character (document coordinates).
  const f = wide[0]!;
  const range = { start: { line: 1, character: f.span.start }, end: { line: 1, character: f.span.end } };
  const fixes = codeFixes(a, 0, 'full-width-punctuation', range);
  assert.equal(fixes[0]!.edits[0]!.newText, ':');
  assert.deepEqual(fixes[0]!.edits[0]!.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } });
  const arrow = wide[4]!;
  assert.equal(arrow.span.end - arrow.span.start, 2);
});

test('a full-width colon inside a quoted label or a comment is text, not punctuation', () => {
  const d = parse('a: client label="고객：브라우저" # 설명：주석');
  assert.equal(d.findings.filter((f) => f.rule === 'full-width-punctuation').length, 0);
  assert.equal(d.nodes.get('a')?.label, '고객：브라우저');
});

test('a byte-order mark right before the first fence does not drop the design', () => {
  const service = new TopologyService();
  const a = service.analyze('\uFEFF```topology bom\na: client\nb: web-server\na -> b\n```\n');
  assert.equal(a.designs.length, 1);
  assert.equal(a.designs[0]!.design.title, 'bom');
  assert.equal(a.designs[0]!.design.nodes.size, 2);
});

test('a Hangul name typed decomposed (NFD) is named as such, with a fix to the declared name', () => {
  const nfc = '세션';
  const nfd = nfc.normalize('NFD');
  assert.notEqual(nfc, nfd);
  const d = parse(`${nfc}: cache\napp: app-server sessions=${nfc}\napp -> ${nfd}`);
  const f = d.findings.find((x) => x.rule === 'unknown-reference')!;
  assert.match(f.message.ko, /유니코드 표기 방식이 다릅니다\(한글 자모가 분리된 NFD\)/);
  assert.match(f.message.en, /another Unicode form/);
  assert.equal(f.data?.['suggestion'], nfc);
});

test('an invisible character in a name is shown in the message', () => {
  const d = parse('db: database\napp: app-server\napp -> db\u200b');
  const f = d.findings.find((x) => x.message.ko.includes('db⟨U+200B⟩'));
  assert.ok(f, JSON.stringify(d.findings.map((x) => x.message.ko)));
  assert.ok(f.message.ko.includes('db⟨U+200B⟩'), f.message.ko);
});

test('"show me this failure": a finding names the failure to simulate (the SPOF node, the zone)', () => {
  const service = new TopologyService();
  const text = '```topology t\nzone a region=r\nusers: client\nlb: load-balancer health-check replicas=2 zone=a\nweb: app-server replicas=2 zone=a\ndb: database primary\nusers -> lb -> web -> db\n```\n';
  const a = service.analyze(text);
  const e = a.designs[0]!;
  const at = (rule: string) => {
    const f = e.findings.find((x) => x.rule === rule)!;
    const line = e.firstLine + f.span.line;
    return failureOf(a, 0, rule, { start: { line, character: f.span.start }, end: { line, character: f.span.end } });
  };
  assert.deepEqual(at('single-point-of-failure')?.target, { type: 'node', node: 'db', instance: null });
  assert.deepEqual(at('single-zone')?.target, { type: 'zone', zone: 'a' });
  assert.equal(at('single-zone')?.label.ko, '`a` 존');
});

test('round 62 r07: an arrow or a full-width comma inside an edge label is label text — not reported, no edge — while the edge\'s own full-width arrow and colon still are', () => {
  const d = parse('u: client\na: app replicas=2\nb: app\nu -> a : 조회 → 결과，끝\nu → b ： 쓰기 → 저장');
  const wide = d.findings.filter((f) => f.rule === 'full-width-punctuation');
  assert.deepEqual(wide.map((f) => f.data?.['typed']), ['→', '：']);
  assert.equal(new Set(wide.map((f) => f.span.line)).size, 1, 'both on the second edge\'s line');
  assert.deepEqual(d.edges.map((x) => `${x.from}->${x.to}:${x.label}`), ['u->a:조회 → 결과，끝', 'u->b:쓰기 → 저장']);
});
