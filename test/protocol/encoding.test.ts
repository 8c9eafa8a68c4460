/**
 * The stdio writer's encoder (server/src/lsp/encoding.ts): byte for byte what the
 * library's JSON encoder writes, whatever share of the diagnostics' bytes it
 * reuses; and the server's reuse of equal diagnostics (keepEqual) that feeds it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticsEncoder } from '../../server/src/lsp/encoding';
import { keepEqual } from '../../server/src/lsp/convert';

const library = (msg: unknown): string => JSON.stringify(msg, undefined, 0);
const publish = (version: number | undefined, diagnostics: unknown[]) => ({
  jsonrpc: '2.0',
  method: 'textDocument/publishDiagnostics',
  params: version === undefined ? { uri: 'file:///n%20ote.md', diagnostics } : { uri: 'file:///n%20ote.md', version, diagnostics },
});
const encode = async (e: DiagnosticsEncoder, msg: unknown): Promise<string> => Buffer.from(await e.encode(msg as never, { charset: 'utf-8' })).toString('utf8');

test('an unchanged list is sent again from its bytes, with the new version; a changed one is encoded afresh', async () => {
  const e = new DiagnosticsEncoder();
  const a = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, message: '`db`가 단일 장애점입니다 — "quoted"\n', code: 'single-point-of-failure' };
  const b = { range: { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } }, message: 'second', data: { rule: 'x', designIndex: 0 } };
  const first = publish(7, [a, b]);
  assert.equal(await encode(e, first), library(first));
  // The same objects in a new array, version 8 (then 10: a longer number): the kept bytes with the new head.
  for (const v of [8, 10, 1234567]) {
    const again = publish(v, [a, b]);
    assert.equal(await encode(e, again), library(again));
  }
  // A new object (even an equal one) or another order: encoded from the objects.
  const changed = publish(11, [a, { ...b, message: 'changed' }]);
  assert.equal(await encode(e, changed), library(changed));
  const reordered = publish(12, [b, a]);
  assert.equal(await encode(e, reordered), library(reordered));
  // Without a version, cleared, and then the old list again.
  for (const msg of [publish(undefined, [b, a]), publish(13, []), publish(14, [b, a])]) assert.equal(await encode(e, msg), library(msg));
});

test('every other message is encoded as the library does', async () => {
  const e = new DiagnosticsEncoder();
  for (const msg of [
    { jsonrpc: '2.0', id: 3, result: { contents: { kind: 'markdown', value: '**웹**' } } },
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'hi' } },
    // An extra field in the params: not the usual shape, so not joined.
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', version: 1, diagnostics: [], extra: true } },
  ])
    assert.equal(await encode(e, msg), library(msg));
});

test('the kept bytes are what is sent: an object changed after it was sent is not read again (the server never changes one)', async () => {
  const e = new DiagnosticsEncoder();
  const a = { message: 'before' };
  await encode(e, publish(1, [a]));
  a.message = 'after';
  assert.match(await encode(e, publish(2, [a])), /"before"/);
});

test('a list mixing diagnostics sent before and new ones is joined from kept and fresh bytes, byte for byte', async () => {
  const e = new DiagnosticsEncoder();
  const a = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, message: '한국어 — "따옴표"' };
  const b = { message: 'b', data: { facts: { list: [1, 2], nested: { x: null } } } };
  await encode(e, publish(1, [a, b]));
  for (const msg of [publish(2, [b, { message: 'new' }, a]), publish(3, [a, a]), publish(4, [{ message: 'only new' }]), publish(5, [])]) assert.equal(await encode(e, msg), library(msg));
});

test('keepEqual: an equal diagnostic of the last publication is reused as the same object; a changed one is not', () => {
  const d = (line: number, message: string, extra: Record<string, unknown> = {}) => ({ range: { start: { line, character: 0 }, end: { line, character: 4 } }, severity: 2 as const, code: 'x', message, ...extra });
  const prev = [d(1, 'one', { data: { facts: { n: 1 } } }), d(2, 'two'), d(2, 'two, again'), d(5, 'five')];
  const next = [d(1, 'one', { data: { facts: { n: 1 } } }), d(2, 'two, again'), d(2, 'two'), d(5, 'five, changed'), d(6, 'new')];
  const kept = keepEqual(prev, next);
  assert.equal(kept[0], prev[0]);
  assert.equal(kept[1], prev[2]);
  assert.equal(kept[2], prev[1]);
  assert.equal(kept[3], next[3]);
  assert.equal(kept[4], next[4]);
  // Facts that differ are not reused; the same keys in another order are an equal diagnostic (the kept object is what is sent).
  const facts = keepEqual(prev, [d(1, 'one', { data: { facts: { n: 2 } } })]);
  assert.equal(facts[0] === prev[0], false);
  const { range, severity, code, message } = d(5, 'five');
  const reordered = keepEqual(prev, [{ message, range, severity, code }]);
  assert.equal(reordered[0], prev[3]);
  // A key missing on one side, or one more on the other, is a difference.
  assert.equal(keepEqual(prev, [{ message, range, severity }])[0] === prev[3], false);
  assert.equal(keepEqual(prev, [{ ...d(5, 'five'), tags: [1] }])[0] === prev[3], false);
  assert.deepEqual(keepEqual(undefined, next), next);
});
