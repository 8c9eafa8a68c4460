/** Property tests: whatever the input, the core answers — it never throws and never hangs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { complete, definition, foldingRanges, hover, prepareRename, references, rename, symbols, TopologyService } from '../../server/src/core';

const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');
const seedTexts = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), 'utf8'));

const VALID = `\`\`\`topology 쇼핑몰
goal availability=99.95% rto=5m rpo=0
region seoul
zone seoul-a region=seoul
zone seoul-b region=seoul
users: client label="고객"
dns: dns routing=failover ttl=60s
lb: load-balancer layer=7 health-check replicas=2 vip zones=seoul-a,seoul-b
web: app-server replicas=4 autoscale=4..12 sessions=sessions zones=seoul-a,seoul-b
sessions: cache engine=redis mode=sentinel replicas=3
db: database primary zone=seoul-a
db-standby: database standby of=db replication=async failover=auto zone=seoul-b
users -> dns -> lb -> web
web -> sessions
web -> db : writes
scenario az: fail zone:seoul-a; recover zone:seoul-a at=5m
scenario s2: fail web#2 at=10s; spike x3
\`\`\`
`;

/** Pieces a user types: the language's own tokens, Hangul, Markdown fences and junk. */
const piece = fc.constantFrom(
  '```topology',
  '```',
  '~~~topology x',
  '~~~',
  '> ',
  '- ',
  '   ',
  '\n',
  '\n',
  '\n',
  ':',
  '=',
  ',',
  ';',
  '->',
  ': a -> b',
  '-',
  '>',
  '#',
  '"',
  '\\',
  ' ',
  'web',
  'db',
  '웹서버',
  '데이터베이스',
  'load-balancer',
  'database',
  'replicas=2',
  'zones=a,b',
  'of=db',
  'zone',
  'region',
  'goal',
  'scenario',
  'fail',
  'zone:a',
  'db#2',
  'spike',
  'x5',
  'at=5s',
  '99.9%',
  '4..12',
  '\u0000',
  '\uFFFD',
  '\r\n',
  '\r',
  '😀',
  '\uD800',
);

const note = fc.array(piece, { maxLength: 120 }).map((xs) => xs.join(''));

/** Every feature at every position of the text (bounded), checking nothing throws. */
function exercise(text: string): void {
  const s = new TopologyService();
  const a = s.analyze(text);
  const fs = s.findings(a, { 'single-zone': 'off' });
  for (const f of fs) {
    assert.ok(f.range.start.line >= 0 && f.range.start.line < a.lines.length, `line in range: ${JSON.stringify(f)}`);
    assert.ok(f.range.start.character <= f.range.end.character || f.range.start.line < f.range.end.line);
    assert.ok(f.message.en.length > 0 && f.message.ko.length > 0);
  }
  symbols(a);
  foldingRanges(a);
  const lines = a.lines.slice(0, 40);
  lines.forEach((l, line) => {
    for (let character = 0; character <= Math.min(l.length, 60); character += 3) {
      const pos = { line, character };
      hover(s, a, pos, 'ko');
      complete(s, a, pos);
      definition(s, a, pos);
      references(s, a, pos, true);
      if (prepareRename(s, a, pos)) rename(s, a, pos, '새이름');
    }
  });
}

test('random notes never throw, in any feature', () => {
  fc.assert(fc.property(note, (t) => exercise(t)), { numRuns: 300, seed: 42 });
});

test('mutations of a valid design never throw', () => {
  const mutated = fc.tuple(fc.nat(VALID.length), fc.nat(40), note).map(([at, del, ins]) => VALID.slice(0, at) + ins + VALID.slice(at + del));
  fc.assert(fc.property(mutated, (t) => exercise(t)), { numRuns: 300, seed: 7 });
});

test('every prefix of a valid design (typing it out) never throws', () => {
  for (let i = 0; i <= VALID.length; i += 7) exercise(VALID.slice(0, i));
});

test('the real seed notes, and their mutations, never throw', () => {
  for (const t of seedTexts) exercise(t);
  const mutated = fc.tuple(fc.nat(seedTexts.length - 1), fc.nat(30000), note).map(([k, at, ins]) => {
    const t = seedTexts[k]!;
    const p = at % (t.length + 1);
    return t.slice(0, p) + ins + t.slice(p);
  });
  fc.assert(fc.property(mutated, (t) => exercise(t)), { numRuns: 40, seed: 3 });
});
