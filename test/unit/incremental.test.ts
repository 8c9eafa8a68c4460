/**
 * Invariant: an edit re-analyses only its design, and re-parses only the lines it
 * changed: a design parsed reusing the previous version's unchanged node and edge
 * lines equals the design parsed from scratch, findings and all, whatever the edits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lineRecordsOf, parseDesign, rescanMarkdown, sameMeaningAs, scanMarkdown, TopologyService, type Design } from '../../server/src/core';

const CORPUS = join(__dirname, '..', 'corpus');

const BASE = [
  'goal availability=99.95% rto=5m rpo=0',
  'region seoul',
  'zone seoul-a region=seoul',
  'zone seoul-b region=seoul',
  'users: client label="고객" rate=100',
  'dns: dns routing=failover ttl=60s',
  'lb: load-balancer layer=7 health-check replicas=2 vip zones=seoul-a,seoul-b',
  'web: app-server replicas=4 autoscale=4..12 sessions=sessions zones=seoul-a,seoul-b',
  'sessions: cache engine=redis mode=sentinel replicas=3',
  'db: database primary zone=seoul-a',
  'db-standby: database standby of=db replication=async failover=auto zone=seoul-b',
  'users -> dns -> lb -> web',
  'web -> sessions',
  'web -> db : writes',
  'scenario az: fail zone:seoul-a; recover zone:seoul-a at=5m',
];

/** Lines a user might type or paste into a design: duplicates, bad values, directives, comments. */
const LINE = fc.constantFrom(
  'web: app-server replicas=2',
  'db: database',
  'db2: database standby of=db',
  'db2: database standby of=nope',
  'cache: cache replicas=x',
  'lb: load-balancer',
  'web -> db',
  'web -> ghost',
  'a -> -> b',
  'web: app-server # a comment',
  'web: app-server # infra-notes-disable single-point-of-failure',
  '# infra-notes-disable-next-line',
  'goal availability=99.9%',
  'zone seoul-a',
  'zone tokyo-a region=tokyo',
  'scenario az: fail zone:seoul-a',
  '',
  '   ',
  'web： app-server',
  'x: kind-typo',
  'db: database engine=aurora primary zone=seoul-a',
  'db2: database engine=aurora standby of=db zone=seoul-b',
  'db2: database engine=aurora standby of=db zone=seoul-a',
);

type Edit = { at: number; op: 'replace' | 'insert' | 'delete' | 'append'; line: string };
const EDIT = fc.record({ at: fc.nat(40), op: fc.constantFrom('replace', 'insert', 'delete', 'append') as fc.Arbitrary<Edit['op']>, line: LINE });

function apply(lines: string[], e: Edit): string[] {
  const out = lines.slice();
  const i = out.length ? e.at % out.length : 0;
  if (e.op === 'replace') out[i] = e.line;
  else if (e.op === 'insert') out.splice(i, 0, e.line);
  else if (e.op === 'delete') out.splice(i, 1);
  else out[i] = (out[i] ?? '') + ' #x';
  return out;
}

const src = (lines: string[]) => ({ title: 't', titleStart: 12, titleEnd: 13, closed: true, lines: lines.map((text) => ({ text, col: 0 })) });

test('invariant: a design parsed reusing the unchanged lines of the previous version equals one parsed from scratch', () => {
  fc.assert(
    fc.property(fc.array(EDIT, { minLength: 1, maxLength: 12 }), (edits) => {
      let lines = BASE;
      // Parsed as an edited block is (with a previous version), so it keeps its line records.
      let prev: Design = parseDesign(src(lines), parseDesign(src(lines)));
      for (const e of edits) {
        lines = apply(lines, e);
        const reused = parseDesign(src(lines), prev);
        assert.deepEqual(reused, parseDesign(src(lines)));
        prev = reused;
      }
    }),
    { numRuns: 400, seed: 17 },
  );
});

test('an unchanged node or edge line is reused, not parsed again; a changed one is parsed', () => {
  assert.equal(lineRecordsOf(parseDesign(src(BASE))), undefined, 'a design parsed once (not being edited) keeps no records');
  const first = parseDesign(src(BASE), parseDesign(src(BASE)));
  const edited = BASE.slice();
  edited[7] = edited[7]!.replace('replicas=4', 'replicas=5');
  const second = parseDesign(src(edited), first);
  assert.equal(second.nodes.get('lb'), first.nodes.get('lb'), 'the unchanged node line gives the same node');
  assert.notEqual(second.nodes.get('web'), first.nodes.get('web'), 'the changed line is parsed again');
  assert.equal(second.nodes.get('web')!.replicas, 5);
  assert.equal(lineRecordsOf(second)![11], lineRecordsOf(first)![11], 'the unchanged edge line is reused');
  assert.equal(lineRecordsOf(second)![0], null, 'the goal line (it depends on other lines) is not recorded');
  assert.equal(sameMeaningAs(second), undefined, 'a changed value changes the meaning');
});

test('a comment typed after a statement changes nothing the analysis reads: the previous findings are the answer', () => {
  const s = new TopologyService();
  const block = (body: string[]) => ['# note', '```topology t', ...body, '```'];
  const v0 = s.analyze(block(['# first keystroke', ...BASE.slice(1)]));
  const v1 = s.analyze(block(BASE), 'markdown', v0);
  const edited = BASE.slice();
  edited[7] += '   # 세션은 Redis에';
  const v2 = s.analyze(block(edited), 'markdown', v1);
  const [d1, d2] = [v1.designs[0]!, v2.designs[0]!];
  assert.equal(sameMeaningAs(d2.design), d1.design);
  assert.equal(d2.design.nodes.get('web'), d1.design.nodes.get('web'), 'the line changed only after its last token: its node is kept');
  assert.equal(d2.findings, d1.findings, 'the findings are reused, not recomputed');
  assert.equal(d2.design.source[7]!.text, edited[7], 'the design reads the new text (quick fixes and completion use it)');
  // A comment that is a suppression, or a new token, is read again.
  const silenced = BASE.slice();
  silenced[7] += ' # infra-notes-disable single-point-of-failure';
  assert.equal(sameMeaningAs(s.analyze(block(silenced), 'markdown', v1).designs[0]!.design), undefined);
  const more = BASE.slice();
  more[7] += ' health-check';
  assert.equal(sameMeaningAs(s.analyze(block(more), 'markdown', v1).designs[0]!.design), undefined);
});

test('the service gives the same findings with and without the previous version, over edits of the real-world corpus', () => {
  const notes = readdirSync(CORPUS).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(CORPUS, f), 'utf8')).filter((t) => t.includes('```topology'));
  assert.ok(notes.length > 50, 'the corpus has its designs');
  fc.assert(
    fc.property(fc.nat(notes.length - 1), fc.array(EDIT, { minLength: 1, maxLength: 6 }), (k, edits) => {
      const s = new TopologyService();
      let lines = notes[k]!.split('\n');
      let prev = s.analyze(lines);
      for (const e of edits) {
        // Edit inside the first block.
        const start = lines.findIndex((l) => l.trimStart().startsWith('```topology')) + 1;
        const end = lines.findIndex((l, i) => i >= start && l.trimStart().startsWith('```'));
        const body = apply(lines.slice(start, end < 0 ? lines.length : end), { ...e, at: e.at });
        lines = [...lines.slice(0, start), ...body, ...(end < 0 ? [] : lines.slice(end))];
        const a = s.analyze(lines, 'markdown', prev);
        assert.deepEqual(s.findings(a), new TopologyService().findings(new TopologyService().analyze(lines)));
        prev = a;
      }
    }),
    { numRuns: 60, seed: 5 },
  );
});

test('typing in a large design keeps a bounded number of its old versions cached (by lines, not entries)', () => {
  const s = new TopologyService();
  const body = Array.from({ length: 3000 }, (_, i) => `n${i}: app-server replicas=2`);
  let lines = ['```topology big', ...body, '```'];
  let prev = s.analyze(lines);
  for (let k = 0; k < 30; k++) {
    lines = lines.slice();
    lines[1 + k] += ' #';
    prev = s.analyze(lines, 'markdown', prev);
  }
  const { entries, lines: cached } = s.cacheSize();
  // The design in use (3,000 lines) and at most 20,000 more: 7 versions, not 31.
  assert.ok(cached <= 3000 + 20000, `${cached} lines cached`);
  assert.ok(entries <= 8 && entries >= 2, `${entries} entries`);
});

test('typing inside a block (same line count) rescans to exactly what a full scan gives', () => {
  const piece = fc.constantFrom('```topology', '```topology t', '```', '~~~topology x', '~~~', '````', '> ', '- ', '  ', '    ', '\t', 'web: app-server', 'a -> b', '# h', '', 'text', '<div>', '\0', '\uFEFF', '> > ', '```js', '    code');
  const line = fc.array(piece, { maxLength: 3 }).map((p) => p.join(''));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(), line), { minLength: 1, maxLength: 3 }), (doc, edits) => {
      const lines1 = ['```topology a', 'web: app-server', 'db: database', '```', ...doc, '```topology b', 'x: cache', '```'];
      const scan1 = scanMarkdown(lines1.join('\n'), lines1);
      const lines2 = lines1.slice();
      // Mostly inside the first block's content (the fast path), sometimes anywhere.
      for (const [at, text] of edits) lines2[at % 4 === 0 ? at % lines2.length : 1 + (at % 2)] = text;
      assert.deepEqual(rescanMarkdown(scan1, lines1, lines2), scanMarkdown(lines2.join('\n'), lines2));
    }),
    { numRuns: 3000, seed: 11 },
  );
});

test('Aurora takes its SLA by zones (sla-aurora: 99.99 % across two or more AZs, 99.9 % Single-AZ), also on a node reused from the previous version', () => {
  const lines = ['zone a', 'zone b', 'db: database engine=aurora primary zone=a', 'app: app-server', 'app -> db'];
  const v0 = parseDesign(src(lines));
  assert.equal(v0.nodes.get('db')!.availability, 0.999, 'one zone: the Single-AZ commitment');
  const v1 = parseDesign(src(lines), v0);
  const withReader = [...lines, 'db-r: database engine=aurora standby of=db zone=b'];
  const v2 = parseDesign(src(withReader), v1);
  assert.equal(v2.nodes.get('db')!.availability, 0.9999, 'a reader in a second zone: across two AZs');
  assert.equal(v2.nodes.get('db-r')!.availability, 0.9999);
  assert.equal(v1.nodes.get('db')!.availability, 0.999, 'the previous version keeps its own value (its node is not changed in place)');
  assert.deepEqual(v2, parseDesign(src(withReader)), 'the same as parsed from scratch');
  assert.equal(parseDesign(src(['db: database engine=aurora replicas=2 zones=a,b'])).nodes.get('db')!.availability, 0.9999);
  assert.equal(parseDesign(src(['db: database engine=aurora availability=99.5%'])).nodes.get('db')!.availability, 0.995, 'a written availability wins');
  // A Global Database secondary in another region is another cluster.
  const global = ['region r1', 'region r2', 'zone a region=r1', 'zone t region=r2', 'db: database engine=aurora primary zone=a', 'db-g: database engine=aurora standby of=db zone=t'];
  assert.equal(parseDesign(src(global)).nodes.get('db')!.availability, 0.999);
});

test("a note's first analysis keeps the caller's lines (the server's document) instead of splitting the text again", () => {
  const text = ['# 노트', '', '```topology 웹', ...BASE, '```', '', '끝\r', '```topology 둘', 'a: app-server', 'b: database', 'a -> b', '```'].join('\n');
  const lines = text.split(/\r\n|\r|\n/);
  const viaLines = new TopologyService().analyze(text, 'markdown', undefined, lines);
  const split = new TopologyService().analyze(text);
  assert.equal(viaLines.lines, lines, 'the same array: one copy of each line for a large note');
  assert.deepEqual(viaLines.lines, split.lines);
  assert.deepEqual(viaLines.designs.map((d) => d.findings), split.designs.map((d) => d.findings));
  assert.equal(viaLines.designs.length, 2);
  assert.ok(split.designs.every((d) => d.findings.length > 0), 'findings to compare');
});
