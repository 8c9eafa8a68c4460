/** The core's one home for small shared concerns (server/src/core/shared/), through the entry. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Attr, boolOf, durationSource, flagOf, formatDuration, formatNines, formatPercent, formatShare, L, parseDuration, parseTarget, stepText, type SimTarget, targetText } from '../../server/src/core';

test('percentages are floored: a 99.995% goal reads 99.995%, never 100%', () => {
  assert.equal(formatPercent(0.99995), '99.995%');
  assert.equal(formatPercent(0.999999), '99.9999%');
  assert.equal(formatNines(0.99995), '99.995%');
  assert.equal(formatNines(0.997), '99.7%');
  // Shares: 2 decimals, floored (2/3 = 66.666…% → 66.66%, not 66.67%).
  assert.equal(formatShare(2 / 3), '66.66%');
  assert.equal(formatShare(1), '100%');
  assert.equal(formatShare(0), '0%');
});

test('durations in the language units', () => {
  assert.deepEqual([0, 0.5, 33, 90, 5400].map(formatDuration), ['0s', '500ms', '33s', '1m 30s', '1h 30m']);
  // Rounded to the unit shown first: never "1m 60s" or "1h 60m".
  assert.deepEqual([59.96, 119.6, 7170, 7229, 3690].map(formatDuration), ['1m', '2m', '2h', '2h', '1h 2m']);
});

test('target text: one rendering, read back by parseTarget', () => {
  const targets: SimTarget[] = [
    { type: 'node', node: 'db', instance: null },
    { type: 'node', node: 'web', instance: 2 },
    { type: 'zone', zone: 'seoul-a' },
    { type: 'region', region: 'seoul' },
  ];
  assert.deepEqual(targets.map(targetText), ['db', 'web#2', 'zone:seoul-a', 'region:seoul']);
  for (const t of targets) assert.deepEqual(parseTarget(targetText(t)), t);
  assert.equal(parseTarget(''), null);
  // The language's own syntax (`at=`, one unit), so a step shown can be pasted into a `scenario` line.
  assert.equal(stepText({ type: 'fail', target: targets[1]!, at: 90 }), 'fail web#2 at=90s');
  assert.equal(stepText({ type: 'recover', target: targets[2]!, at: 3600 }), 'recover zone:seoul-a at=1h');
  assert.equal(stepText({ type: 'spike', factor: 3, at: 0 }), 'spike x3');
});

test('two flag readers with two meanings: flagOf (is it set) and boolOf (explicit true/false)', () => {
  const attr = (value: Attr['value']): Attr => ({ key: 'k', value }) as unknown as Attr;
  const text = attr({ type: 'text', value: '/healthz' });
  assert.equal(flagOf(text), true, 'health-check=/healthz sets the flag');
  assert.equal(boolOf(text), null, 'but is no boolean');
  assert.equal(flagOf(attr({ type: 'bool', value: false })), false);
  assert.equal(boolOf(attr({ type: 'bool', value: false })), false);
  assert.equal(flagOf(undefined), null);
});

test('localized strings: L(en, ko)', () => {
  assert.deepEqual(L('up', '정상'), { en: 'up', ko: '정상' });
});

test('durations as the language writes them: one unit, read back exactly by the parser', () => {
  const cases: [number, string][] = [[0, '0'], [0.5, '500ms'], [33, '33s'], [90, '90s'], [120, '2m'], [3600, '1h'], [5400, '90m'], [86400, '1d'], [4200, '70m']];
  for (const [sec, text] of cases) {
    assert.equal(durationSource(sec), text);
    assert.equal(parseDuration(text), sec, text);
  }
});

test('compound durations as the tool prints them (round 51: rto=1h10m was rejected): descending units, each once', () => {
  for (const [text, sec] of [['1h10m', 4200], ['2m30s', 150], ['1d12h', 129600], ['1h0m5s', 3605], ['1s500ms', 1.5]] as const) assert.equal(parseDuration(text), sec, text);
  for (const bad of ['10m1h', '1h1h', '1h10', 'h10m', '1.5h10m', '1h 10m', '1h10x']) assert.equal(parseDuration(bad), null, bad);
});

test('a run availability keeps at least two decimals, floored: 33 s down in 1 h is 99.08%, not 99%', () => {
  assert.equal(formatNines(1 - 33 / 3600, 2), '99.08%');
  assert.equal(formatNines(1 - 33 / 3600), '99%');
  assert.equal(formatNines(1 - 1 / 3600, 2), '99.97%');
  assert.equal(formatNines(1 - 1 / 36000, 2), '99.997%');
  assert.equal(formatNines(1, 2), '100%');
});

test('messages show their `code` as code, not backticks: inlineParts, and the rendered page', async () => {
  const { inlineParts, renderNoteHtml } = await import('../../server/src/core');
  assert.deepEqual(inlineParts('`web` calls `db`.'), [
    { code: true, text: 'web' },
    { code: false, text: ' calls ' },
    { code: true, text: 'db' },
    { code: false, text: '.' },
  ]);
  // An unpaired backtick is text; an empty pair vanishes; no backtick, one part.
  assert.deepEqual(inlineParts('a ` b'), [{ code: false, text: 'a ` b' }]);
  assert.deepEqual(inlineParts('x``y'), [{ code: false, text: 'x' }, { code: false, text: 'y' }]);
  assert.deepEqual(inlineParts('plain'), [{ code: false, text: 'plain' }]);
  const html = renderNoteHtml('# n\n\n```topology\nusers: client\n<b>웹</b>: web-server\nusers -> <b>웹</b>\n```\n', { locale: 'en', title: 'n', mermaidScript: '' });
  // The name is escaped inside the code element, never markup of its own.
  const item = /<li class="sev-error">.*?<\/li>/.exec(html)?.[0] ?? '';
  assert.match(item, /<code>syntax<\/code> <code>&lt;b&gt;웹&lt;\/b&gt;<\/code> is not a valid node name/);
  assert.doesNotMatch(item, /`/);
});
