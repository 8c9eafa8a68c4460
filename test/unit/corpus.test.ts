/**
 * The corpus of real designs (test/corpus/README.md): every expectation of every
 * file is checked, in process through the core's entry. Expectations that need
 * work not landed yet are listed in test/corpus/pending.json with the issue that
 * will make them pass; the test fails when an expectation that is not listed
 * fails, and when a listed one passes (remove it from the list then).
 *
 * `CORPUS_UPDATE_PENDING=1 node scripts/run-tests.mjs test/unit/corpus` rewrites
 * the list: entries that pass are removed, new failures are added with issue
 * "TODO" — which this test rejects until someone names the issue that owns them.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { figures, holds, parseExpect, runCorpusFile, type Measure } from './corpus-runner';
import { design as designOf } from './fixtures/rules/helpers';

const DIR = join(import.meta.dirname, '../corpus');
const PENDING_FILE = join(DIR, 'pending.json');

interface PendingEntry {
  file: string;
  expectation: string;
  issue: string;
}

const pending: PendingEntry[] = JSON.parse(readFileSync(PENDING_FILE, 'utf8')) as PendingEntry[];
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();

const update = process.env['CORPUS_UPDATE_PENDING'] === '1';
const nextPending: PendingEntry[] = [];
const seen = new Set<string>();
const keyOf = (file: string, expectation: string): string => `${file}\n${expectation}`;

let passed = 0;
let pendingCount = 0;

for (const file of files) {
  test(`corpus: ${file}`, () => {
    const res = runCorpusFile(readFileSync(join(DIR, file), 'utf8'));
    assert.deepEqual(res.errors, [], `${file}: corpus errors`);
    const problems: string[] = [];
    for (const o of res.outcomes) {
      const k = keyOf(file, o.text);
      seen.add(k);
      const listed = pending.find((p) => keyOf(p.file, p.expectation) === k);
      if (o.ok) passed++;
      else pendingCount++;
      if (update) {
        if (!o.ok) nextPending.push(listed ?? { file, expectation: o.text, issue: 'TODO' });
        continue;
      }
      if (!o.ok && !listed) problems.push(`line ${o.line}: \`${o.text}\` fails: ${o.detail}`);
      if (o.ok && listed) problems.push(`line ${o.line}: \`${o.text}\` now passes: remove it from test/corpus/pending.json (listed for issue ${listed.issue})`);
      if (!o.ok && listed && listed.issue === 'TODO') problems.push(`line ${o.line}: \`${o.text}\` is pending with issue TODO: name the issue that will make it pass`);
    }
    assert.deepEqual(problems, [], `${file}:\n  ${problems.join('\n  ')}`);
  });
}

test('corpus: pending.json lists only expectations that exist', () => {
  if (update) {
    writeFileSync(PENDING_FILE, JSON.stringify(nextPending, null, 2) + '\n');
    return;
  }
  const stale = pending.filter((p) => !seen.has(keyOf(p.file, p.expectation)));
  assert.deepEqual(stale, [], 'entries of pending.json that match no expectation (the file or the line changed)');
  for (const p of pending) assert.ok(typeof p.issue === 'string' && p.issue.length > 0, `${p.file}: \`${p.expectation}\` needs an issue`);
  // The counts, for the report (node --test shows diagnostics).
  console.log(`corpus: ${passed} expectations pass, ${pendingCount} pending (test/corpus/pending.json)`);
});

// ---- the runner itself: grammar and comparisons --------------------------------------

const one = (line: string) => parseExpect([{ text: line, line: 1 }]);

test('corpus runner: reads the README grammar', () => {
  assert.deepEqual(one('finding single-point-of-failure api    # why').items[0]!.expectation, { type: 'finding', rule: 'single-point-of-failure', node: 'api' });
  assert.deepEqual(one('no lone-consumer # why').items[0]!.expectation, { type: 'no', rule: 'lone-consumer', node: null });
  assert.deepEqual(one('clean # why').items[0]!.expectation, { type: 'clean' });
  assert.equal(one('# only a note').items.length, 0);
  const sim = one('simulate redis#1@30s: down = 10..40, writes-lost <= 1s, recovered = never # the #1 is part of the target').items[0]!;
  assert.equal(sim.text, 'simulate redis#1@30s: down = 10..40, writes-lost <= 1s, recovered = never');
  assert.deepEqual(sim.expectation, {
    type: 'simulate',
    target: { type: 'node', node: 'redis', instance: 1 },
    at: 30,
    measures: [
      { key: 'down', op: 'range', min: 10, max: 40, text: 'down = 10..40' },
      { key: 'writes-lost', op: '<=', value: 1, text: 'writes-lost <= 1s' },
      { key: 'recovered', op: '=', value: Infinity, text: 'recovered = never' },
    ],
  });
  const zone = one('simulate zone:az1: down = 0 # zone').items[0]!.expectation;
  assert.deepEqual(zone, { type: 'simulate', target: { type: 'zone', zone: 'az1' }, at: 0, measures: [{ key: 'down', op: '=', value: 0, text: 'down = 0' }] });
  const sc = one('simulate scenario:워커-10분-중단: backlog ~ 120000, delay ~ 10m # s').items[0]!.expectation;
  assert.deepEqual(sc, {
    type: 'simulate',
    target: { type: 'scenario', name: '워커-10분-중단' },
    at: 0,
    measures: [
      { key: 'backlog', op: '~', value: 120000, text: 'backlog ~ 120000' },
      { key: 'delay', op: '~', value: 600, text: 'delay ~ 10m' },
    ],
  });
  assert.deepEqual(one('simulate 주문DB: success = 99.5% # p').items[0]!.expectation, {
    type: 'simulate',
    target: { type: 'node', node: '주문DB', instance: null },
    at: 0,
    measures: [{ key: 'success', op: '=', value: 99.5, text: 'success = 99.5%' }],
  });
});

test('corpus runner: rejects lines the grammar does not allow', () => {
  for (const bad of ['finding single-point-of-failure api', 'finding # x', 'simulate db: speed = 3 # x', 'simulate db: down < 3 # x', 'simulate db: down = 5..3 # x', 'simulate db: recovered = unbounded # x', 'expect db # x', 'simulate db # x', 'clean #   '])
    assert.ok(one(bad).errors.length > 0, bad);
});

test('corpus runner: operators and values', () => {
  const m = (op: Measure['op'], value: number): Measure => (op === 'range' ? { key: 'down', op, min: 0, max: 0, text: '' } : { key: 'down', op, value, text: '' });
  assert.ok(holds(m('=', 30), 30.5) && !holds(m('=', 30), 30.6));
  assert.ok(holds(m('~', 100), 115) && !holds(m('~', 100), 116) && holds(m('~', 0), 0) && !holds(m('~', 0), 0.1));
  assert.ok(holds(m('>=', 600), Infinity) && !holds(m('<=', 600), Infinity));
  assert.ok(holds({ key: 'down', op: 'range', min: 10, max: 40, text: '' }, 40) && !holds({ key: 'down', op: 'range', min: 10, max: 40, text: '' }, 41));
});

test('corpus runner: figures of a run (hand-computed)', () => {
  // Two clients, rates 300 and 100; a's requests all fail from 10 s to 70 s, b's half fail from 10 s to 40 s.
  const design = designOf('```topology t\na: client rate=300\nb: client rate=100\n```\n');
  const r = {
    events: [],
    states: [],
    entries: [
      { entry: 'a', points: [{ at: 0, success: 1 }, { at: 10, success: 0 }, { at: 70, success: 1 }], downSeconds: 60, degradedSeconds: 0, recoverySeconds: 60 },
      { entry: 'b', points: [{ at: 0, success: 1 }, { at: 10, success: 0.5 }, { at: 40, success: 1 }], downSeconds: 0, degradedSeconds: 30, recoverySeconds: 30 },
    ],
    writesLostSeconds: 2,
    sessionsLost: 0.25,
    goal: {},
    horizon: 3600,
    queues: [{ queue: 'q', backlog: 1200, delay: 60 }],
  };
  const f = figures(design, r, 10);
  assert.equal(f.down, 60);
  assert.equal(f.affected, 60);
  assert.equal(f.recovered, 60);
  // From 10 s to 70 s: a serves 0 of 300×60, b serves 100×(30×0.5 + 30×1) = 4500 of 6000: 4500 / 24000.
  assert.equal(f.success, (100 * 4500) / 24000);
  assert.equal(f['writes-lost'], 2);
  assert.equal(f['sessions-lost'], 25);
  assert.equal(f.backlog, 1200);
  assert.equal(f.delay, 60);
});
