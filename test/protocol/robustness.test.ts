/**
 * The built server under stress, over stdio: a storm of edits, cancelled
 * requests, pathological input. These assert behaviour and that the server
 * finishes in bounded time (generous timeouts), not speed: see `npm run bench`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, HoverRequest, LSPErrorCodes } from 'vscode-languageserver-protocol/node';
import { LineDocument } from '../../server/src/lsp/documents';
import { Incoming, FrameReader } from '../../server/src/lsp/incoming';
import { FRUGAL_LINES, heapSizer } from '../../server/src/lsp/heap';
import { isTopologyInfo, LIMITS, rescanMarkdown, scanMarkdown, splitLines } from '../../server/src/core';
import MarkdownIt from 'markdown-it';
import { hoverText, LspClient, uriOf } from './lsp-client';
import { bigNote, designBody, gatewayFanOut } from '../../bench/gen.mjs';

let client: LspClient;

before(async () => {
  client = new LspClient();
  await client.initialize('en');
});

after(async () => {
  await client.close();
});


/** The server still answers: a hover on a fresh one-line design. */
async function stillAnswers(c: LspClient, name: string): Promise<void> {
  const uri = uriOf(`alive-${name}.md`);
  await c.open(uri, '```topology\nweb: app-server\n```\n');
  const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 1 } });
  assert.match(hoverText(h), /web/);
}

test('the line-based document agrees with the library TextDocument on every edit', () => {
  const piece = fc.constantFrom('a', 'bc', '한글', '\n', '\r\n', '\r', '', ' ', 'xyz\n');
  const text = fc.array(piece, { maxLength: 20 }).map((p) => p.join(''));
  const pos = fc.record({ line: fc.integer({ min: -1, max: 8 }), character: fc.integer({ min: -1, max: 8 }) });
  const change = fc.oneof(fc.record({ range: fc.record({ start: pos, end: pos }), text }), fc.record({ text }));
  fc.assert(
    fc.property(text, fc.array(fc.array(change, { maxLength: 3 }), { maxLength: 6 }), (t0, batches) => {
      let want = t0;
      const b = LineDocument.create('file:///a.md', 'markdown', 1, t0);
      let v = 1;
      for (const batch of batches) {
        v++;
        // The reference applies each change to a fresh library document: its
        // incremental line offsets go wrong on ranges past the end.
        for (const ch of batch) want = TextDocument.update(TextDocument.create('file:///a.md', 'markdown', v, want), [ch], v).getText();
        LineDocument.update(b, batch, v);
        const a = TextDocument.create('file:///a.md', 'markdown', v, want);
        assert.equal(b.getText(), want);
        assert.equal(b.lineCount, a.lineCount);
        assert.equal(b.version, v);
        assert.deepEqual(b.lines(), want.split(/\r\n|\r|\n/));
        for (let l = -1; l <= a.lineCount; l++) {
          assert.deepEqual(b.getLineRange(l), a.getLineRange(l));
          for (let c = -1; c < 6; c++) assert.equal(b.offsetAt({ line: l, character: c }), a.offsetAt({ line: l, character: c }));
        }
        for (let o = -1; o <= want.length + 1; o++) assert.deepEqual(b.positionAt(o), a.positionAt(o));
      }
    }),
    { numRuns: 3000 },
  );
});

test('the heap grows frugally only while the open notes are large, and only in a process started frugal', () => {
  const set: string[] = [];
  const size = heapSizer(['--max-semi-space-size=2', '--heap-growing-percent=20'], (f) => set.push(f));
  size(2_600); // a 1,000-node design: V8's own growing
  size(3_000); // no change: nothing set again
  size(FRUGAL_LINES + 1); // a 10 MB note opened beside it
  size(FRUGAL_LINES - 1);
  assert.deepEqual(set, ['--heap-growing-percent=0', '--heap-growing-percent=20', '--heap-growing-percent=0']);
  const never: string[] = [];
  heapSizer(['--max-semi-space-size=2'], (f) => never.push(f))(10);
  assert.deepEqual(never, []);
});

test('the incremental Markdown scan equals a full scan, and both equal markdown-it', () => {
  const md = new MarkdownIt('commonmark');
  /** What markdown-it itself says: fence lines, titles and every code block's range. */
  const reference = (text: string) => {
    const fences: { fenceLine: number; closeLine: number | null; title: string; lines: number }[] = [];
    const code: { start: number; end: number; prose?: boolean }[] = [];
    for (const tok of md.parse(text, {})) {
      // A fence with no language or a text one holds prose (hovers explain terms there).
      const plain = tok.type === 'fence' && ['', 'text', 'txt', 'plain', 'plaintext', 'md', 'markdown'].includes(tok.info.trim().split(/\s+/)[0]!.toLowerCase());
      if ((tok.type === 'fence' || tok.type === 'code_block') && tok.map) code.push(plain ? { start: tok.map[0], end: tok.map[1], prose: true } : { start: tok.map[0], end: tok.map[1] });
      if (tok.type !== 'fence' || !tok.map || !isTopologyInfo(tok.info)) continue;
      const content = tok.content.length ? tok.content.replace(/\n$/, '').split('\n') : [];
      fences.push({ fenceLine: tok.map[0], closeLine: tok.map[0] + 1 + content.length < tok.map[1] ? tok.map[1] - 1 : null, title: tok.info.trim().slice('topology'.length).trim(), lines: content.length });
    }
    return { fences, code };
  };
  const view = (scan: ReturnType<typeof scanMarkdown>) => ({
    // Line counts only: where container prefixes cannot be told apart (tabs), a line keeps its raw text.
    fences: scan.blocks.map((b) => ({ fenceLine: b.fenceLine, closeLine: b.closeLine, title: b.title, lines: b.lines.length })),
    code: scan.code,
  });
  const piece = fc.constantFrom('```topology', '```topology t', '```', '~~~topology x', '~~~', '````', '> ', '- ', '1. ', '  ', '    ', '\t', 'web: app-server', 'a -> b', '# h', '---', '===', '', 'text', '<div>', '</div>', '<!--', '-->', '[ref]: /x', '* ', '\r\n', '\n', '\n', '\n', '\r', '\0', '> > ', '```js', '    code');
  const doc = (max: number) => fc.array(piece, { maxLength: max }).map((p) => p.join(''));
  for (const [max, numRuns] of [
    [60, 3000],
    [2500, 300],
  ] as const) {
    fc.assert(
      fc.property(doc(max), doc(4), fc.nat(), fc.nat(), (before, inserted, p1, p2) => {
        const lines1 = splitLines(before);
        const scan1 = scanMarkdown(before, lines1);
        // (NUL aside: the scan keeps the raw title where markdown-it turned NUL into U+FFFD.)
        if (!before.includes('\0')) assert.deepEqual(view(scan1), reference(before));
        const a = p1 % (before.length + 1);
        const b = a + (p2 % (before.length - a + 1));
        const after = before.slice(0, a) + inserted + before.slice(b);
        const lines2 = splitLines(after);
        const full = scanMarkdown(after, lines2);
        assert.deepEqual(rescanMarkdown(scan1, lines1, lines2), full);
        if (!after.includes('\0')) assert.deepEqual(view(full), reference(after));
      }),
      { numRuns },
    );
  }
});

test('the lookahead reads every framed change however the stream is cut, and skips bodies too large to peek at', () => {
  const frame = (msg: unknown): Buffer => {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
  };
  const change = (uri: string, version: number, text = 'x') => ({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text }] } });
  const stream = Buffer.concat([
    frame({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.md', languageId: 'markdown', version: 1, text: '한글' } } }),
    frame(change('file:///a.md', 2)),
    frame({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: {} }),
    frame(change('file:///b.md', 7, 'y'.repeat(100_000))), // too large to peek at: skipped, not kept
    frame(change('file:///a.md', 3, '페일오버')),
  ]);
  for (const cut of [1, 2, 3, 7, 64, 1000, stream.length]) {
    const inc = new Incoming();
    const bodies: string[] = [];
    const fr = new FrameReader((b) => {
      bodies.push(b);
      inc.note(JSON.parse(b));
    });
    for (let at = 0; at < stream.length; at += cut) fr.push(stream.subarray(at, at + cut));
    assert.equal(bodies.length, 4, `cut every ${cut} bytes`);
    assert.equal(inc.newestVersion('file:///a.md'), 3);
    assert.equal(inc.newestVersion('file:///b.md'), undefined);
  }
});

test('a storm of 1,000 edits: only the last version is analysed, then the server answers', async () => {
  const note = bigNote(5000, 20);
  const uri = uriOf('storm.md');
  await client.open(uri, note.text, 'markdown', 1);
  await client.diagnostics(uri, (p) => p.version === 1, 20_000);
  const before = client.published(uri).length;
  const line = note.designLines[3]! + 1;
  let ch = note.text.split('\n')[line]!.length;
  const sent: Promise<void>[] = [];
  for (let v = 2; v <= 1001; v++) {
    // Type `# xxx…` at the end of a line: a comment, so the design stays valid.
    const text = v === 2 ? ' # ' : 'x';
    sent.push(client.change(uri, v, [{ range: { start: { line, character: ch }, end: { line, character: ch } }, text }]));
    ch += text.length;
  }
  await Promise.all(sent);
  await client.diagnostics(uri, (p) => p.version === 1001, 20_000);
  const pubs = client.published(uri).slice(before);
  // Coalesced: no publication per edit (there is no fixed wait, so a pause in the
  // delivery of the storm on a loaded machine may get an answer of its own: allow a
  // few, never one per handful of edits), versions in order, none stale after the last.
  assert.ok(pubs.length <= 20, `expected the storm to be coalesced, got ${pubs.length} publications: ${pubs.map((p) => p.version).join()}`);
  assert.deepEqual(pubs.map((p) => p.version ?? 0), pubs.map((p) => p.version ?? 0).sort((a, b) => a - b), 'versions in order');
  assert.equal(pubs[pubs.length - 1]!.version, 1001);
  // No backlog: a request right after is answered at once on the latest version.
  const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: note.designLines[0]! + 3, character: 1 } });
  assert.match(hoverText(h), /\*\*/);
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(client.published(uri).slice(before).length, pubs.length, 'nothing published after the last version');
});

test('cancellation: a request cancelled while the note is being analysed gets RequestCancelled, before the diagnostics', async () => {
  const c = new LspClient(); // cold cache: the first analysis of this note takes a while, in slices
  try {
    await c.initialize('en');
    const note = bigNote(50000, 200);
    const uri = uriOf('cancel.md');
    await c.open(uri, note.text);
    const cts = new CancellationTokenSource();
    const pending = c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: note.designLines[150]! + 2, character: 1 } }, cts.token).then(
      () => ({ ok: true as const, at: c.published(uri).length }),
      (err: { code?: number }) => ({ ok: false as const, code: err.code, at: c.published(uri).length }),
    );
    // The client connection sends $/cancelRequest for the hover.
    setTimeout(() => cts.cancel(), 20);
    const r = await pending;
    assert.equal(r.ok, false, 'the cancelled hover was answered anyway');
    assert.equal(r.code, LSPErrorCodes.RequestCancelled);
    assert.equal(r.at, 0, 'the cancellation waited for the whole analysis');
    // Cancelled while it waits for the analysis (dispatched by then, most likely).
    const cts2 = new CancellationTokenSource();
    const pending2 = c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: note.designLines[150]! + 2, character: 1 } }, cts2.token).then(
      () => 'answered',
      (err: { code?: number }) => err.code,
    );
    await new Promise((res) => setTimeout(res, 100));
    const diagnosedBeforeCancel = c.published(uri).length > 0;
    cts2.cancel();
    const r2 = await pending2;
    if (!diagnosedBeforeCancel) assert.equal(r2, LSPErrorCodes.RequestCancelled);
    await c.diagnostics(uri, (p) => p.version === 1, 30_000);
    // A later request on the same note is answered normally.
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: note.designLines[150]! + 2, character: 1 } });
    assert.match(hoverText(h), /\*\*/);
  } finally {
    await c.close();
  }
});

test('a request whose document changes while it waits gets ContentModified', async () => {
  const c = new LspClient();
  try {
    await c.initialize('en');
    const note = bigNote(50000, 200);
    const uri = uriOf('modified.md');
    await c.open(uri, note.text);
    const pending = c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: note.designLines[10]! + 2, character: 1 } }).then(
      () => null,
      (err: { code?: number }) => err.code,
    );
    await c.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    assert.equal(await pending, LSPErrorCodes.ContentModified);
    await c.diagnostics(uri, (p) => p.version === 2, 30_000);
  } finally {
    await c.close();
  }
});

/** Opens a note and waits for its diagnostics (bounded), then checks the server still answers. */
async function openAndCheck(name: string, text: string): Promise<{ code: string; message: string }[]> {
  const uri = uriOf(name);
  await client.open(uri, text);
  const diags = await client.diagnostics(uri, (p) => p.version === 1, 20_000);
  await stillAnswers(client, name);
  return diags.map((d) => ({ code: String(d.code), message: String(d.message) }));
}

test('pathological: one 5 MB line inside a design and in prose', async () => {
  const d = await openAndCheck('long-line.md', '```topology\nweb: app-server ' + 'x'.repeat(5_000_000) + '\n```\n' + 'y'.repeat(5_000_000) + '\n');
  const f = d.find((x) => x.code === 'syntax');
  assert.ok(f, JSON.stringify(d));
  assert.match(f.message, new RegExp(`longer than ${LIMITS.lineLength.toLocaleString('en').replace(',', ',?')}|longer than ${LIMITS.lineLength}`));
});

test('pathological: a name of 10,000 characters and one just over the name limit', async () => {
  const d = await openAndCheck('long-name.md', '```topology\n' + 'n'.repeat(10_000) + ': app-server\n' + 'm'.repeat(LIMITS.nameLength + 1) + ': app-server\n```\n');
  assert.ok(d.some((x) => x.code === 'syntax' && /lines longer than/.test(x.message)), JSON.stringify(d).slice(0, 500));
  assert.ok(d.some((x) => x.code === 'syntax' && new RegExp(`the limit is ${LIMITS.nameLength}`).test(x.message)), JSON.stringify(d).slice(0, 500));
});

test('pathological: deeply repeated -> (chains and bare arrows)', async () => {
  const chains = Array.from({ length: 500 }, () => 'a' + ' -> a'.repeat(800)).join('\n');
  const bare = Array.from({ length: 500 }, () => 'a' + ' ->'.repeat(1300)).join('\n');
  const d = await openAndCheck('arrows.md', '```topology\na: app-server\n' + chains + '\n```\n\n```topology\na: app-server\n' + '->'.repeat(1_000_000) + '\n' + bare + '\n```\n');
  const show = JSON.stringify(d.map((x) => `${x.code}: ${x.message.slice(0, 60)}`)).slice(0, 2000);
  assert.ok(d.some((x) => x.code === 'too-large' && /edges/.test(x.message)), show);
  assert.ok(d.some((x) => x.code === 'syntax' && /Expected a node name/.test(x.message)), show);
  assert.ok(d.some((x) => x.code === 'too-many-findings' && /problems/.test(x.message)), show);
  assert.ok(d.some((x) => x.code === 'syntax' && /lines longer than/.test(x.message)), show);
});

test(`pathological: 100,000 edges, and more edges than the limit (${LIMITS.edgesPerDesign.toLocaleString('en')})`, async () => {
  const N = 1000;
  const nodes = Array.from({ length: N }, (_, i) => `n${i}: service replicas=2`).join('\n');
  const edges = (count: number): string => Array.from({ length: count }, (_, i) => `n${i % N} -> n${(i * 7 + 1) % N}`).join('\n');
  const within = Math.min(100_000, LIMITS.edgesPerDesign);
  const d = await openAndCheck('edges.md', '```topology\n' + nodes + '\n' + edges(within) + '\n```\n\n```topology\n' + nodes + '\n' + edges(LIMITS.edgesPerDesign + 1) + '\n```\n');
  const tooLarge = d.filter((x) => x.code === 'too-large');
  assert.equal(tooLarge.length, 1, JSON.stringify(d).slice(0, 500));
  assert.match(tooLarge[0]!.message, /edges/);
});

test(`pathological: a design over the node limit (${LIMITS.nodesPerDesign.toLocaleString('en')}) says so`, async () => {
  const d = await openAndCheck('nodes.md', '```topology\n' + designBody(LIMITS.nodesPerDesign + 10) + '\n```\n');
  const f = d.find((x) => x.code === 'too-large');
  assert.ok(f, JSON.stringify(d).slice(0, 500));
  assert.match(f.message, /nodes/);
});

test('a 4,300-node design with a goal is estimated while typing, in slices: hovers sent during its sweep are answered before its goal findings arrive', async () => {
  const big = uriOf('gateway-4300.md');
  const small = uriOf('gateway-4300-neighbour.md');
  await client.open(small, '```topology\nweb: app-server\n```\n');
  await client.diagnostics(small);
  // A gateway fan-out with a goal it misses (the gateway notices a lost pod only after its health checks).
  const body = gatewayFanOut(4000, 150).replace('goal availability=99.9% rto=5m rpo=1m', 'goal rto=1s');
  assert.match(body, /goal rto=1s/);
  const t0 = Date.now();
  await client.open(big, '```topology gateway\n' + body + '\n```\n');
  let tDiag = 0;
  const published = client.diagnostics(big, () => true, 120_000).then((d) => {
    tDiag = Date.now();
    return d;
  });
  // A hover on the other note every 25 ms until the big note's diagnostics arrive.
  const hovers: Promise<{ sent: number; answered: number }>[] = [];
  while (!tDiag && Date.now() - t0 < 120_000) {
    const sent = Date.now();
    hovers.push(
      client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line: 1, character: 1 } }).then((h) => {
        assert.match(hoverText(h), /web/);
        return { sent, answered: Date.now() };
      }),
    );
    await new Promise((r) => setTimeout(r, 25));
  }
  const d = await published;
  const times = await Promise.all(hovers);
  if (process.env.DEBUG_HOVERS) console.log(tDiag - t0, times.map((h) => `${h.sent - t0}→${h.answered - t0}`).join(' '));
  // The analysis lasts long enough to tell: parsing and the model take a few hundred ms, the sweep longer.
  assert.ok(tDiag - t0 > 700, `analysed in ${tDiag - t0} ms: too fast for this test to tell slicing from not`);
  // Sent in the middle of the analysis (its middle 40%, so the window scales with this machine's speed;
  // parsing starts it and the rules end it): answered while it runs, not after it. A server that ran the
  // analysis in one go would answer every one of them after the diagnostics.
  const span = tDiag - t0;
  const during = times.filter((h) => h.sent - t0 >= span * 0.3 && h.sent - t0 <= span * 0.7);
  assert.ok(during.length >= 3, `${during.length} hovers sent during the sweep`);
  for (const h of during) assert.ok(h.answered < tDiag, `a hover sent at +${h.sent - t0} ms was answered at +${h.answered - t0} ms, after the diagnostics at +${tDiag - t0} ms`);
  const codes = d.map((x) => x.code);
  assert.ok(codes.includes('rto-not-met'), codes.join());
  assert.ok(!codes.includes('too-large'), codes.join());
});
