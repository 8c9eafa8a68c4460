/**
 * The editor's panels follow the cursor without stalls on a 5 MB note (issue 17):
 * what a cursor move makes the editor ask the built server over stdio — the code
 * actions at the cursor (VS Code asks on every selection change, with the
 * diagnostics there), and the diagram panel's view of the block the cursor entered
 * (by index in the note it shows; by line in a note it has not seen) — is answered
 * from the analysis the server keeps. The server's own work counters
 * (infraNotes/stats) prove it: no Markdown scan, no design parsed, no analysis.
 * No timing is asserted.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, type Diagnostic } from 'vscode-languageserver-protocol';
import { sizedNote } from '../../bench/gen.mjs';
import { DIAGRAM_REQUEST, STATS_REQUEST, type DiagramResult, type StatsResult } from '../../server/src/lsp/requests';
import { LspClient, uriOf } from './lsp-client';

const NOTE = sizedNote(5 * 1024 * 1024);
const LINES = NOTE.split('\n');
/** Document lines (0-based) of the opening fences of the note's designs. */
const FENCES = LINES.flatMap((l, i) => (l.startsWith('```topology') ? [i] : []));

let lsp: LspClient;
let diagnostics: Diagnostic[] = [];
const uri = uriOf('five-megabytes.md');

before(async () => {
  lsp = new LspClient();
  await lsp.initialize('en');
  await lsp.open(uri, NOTE);
  diagnostics = await lsp.diagnostics(uri, (p) => p.version === 1, 180_000);
});

after(async () => lsp?.close());

const stats = (): Promise<StatsResult> => lsp.conn.sendRequest(STATS_REQUEST, {}) as Promise<StatsResult>;

/** What VS Code sends when the cursor lands on a line: the code actions there, with the diagnostics on that line. */
function codeActionsAt(line: number): Promise<unknown> {
  const at = diagnostics.filter((d) => d.range.start.line <= line && d.range.end.line >= line);
  return lsp.conn.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    context: { diagnostics: at, triggerKind: 2 },
  });
}

test('the note is 5 MB with dozens of designs, and its first analysis is one full scan', async () => {
  assert.ok(Buffer.byteLength(NOTE) >= 5 * 1024 * 1024 * 0.9, `${Buffer.byteLength(NOTE)} bytes`);
  assert.ok(FENCES.length >= 50, `${FENCES.length} designs`);
  const s = await stats();
  assert.equal(s.fullScans, 1);
  assert.equal(s.analyses, 1);
  // Every design was parsed once (distinct designs: none is a cache hit of another).
  assert.equal(s.designsAnalysed, FENCES.length);
});

test('cursor moves through the note: code actions and the diagram panel are answered without scanning or parsing anything again', async () => {
  const before = await stats();
  // The panel, in a note it has not seen: one view by line, which carries every block's range.
  const first = (await lsp.conn.sendRequest(DIAGRAM_REQUEST, { uri, line: FENCES[3]! + 2, locale: 'en', theme: 'light' })) as DiagramResult;
  assert.ok(first);
  assert.equal(first.designIndex, 3);
  assert.deepEqual(
    first.blocks.map((b) => b.first),
    FENCES,
  );
  // The cursor walks down the note: into each design (the panel follows by index) and through prose between them.
  let withActions = 0;
  for (let k = 0; k < FENCES.length; k += 3) {
    const inside = FENCES[k]! + 3;
    const prose = FENCES[k]! - 5;
    // And onto a finding of this design, if it has one (its quick fixes are then computed).
    const end = FENCES[k + 1] ?? LINES.length;
    const finding = diagnostics.find((d) => d.range.start.line > FENCES[k]! && d.range.start.line < end)?.range.start.line;
    for (const line of [prose, inside, ...(finding !== undefined ? [finding] : [])]) {
      const actions = (await codeActionsAt(line)) as unknown[] | null;
      if (actions?.length) withActions++;
    }
    const view = (await lsp.conn.sendRequest(DIAGRAM_REQUEST, { uri, index: k, locale: 'en', theme: 'light' })) as DiagramResult;
    assert.equal(view?.designIndex, k);
    // A flowchart, after the legend's front matter when the design has a single point of failure to explain.
    assert.match(view.mermaid, /^(?:---\n[\s\S]*?\n---\n)?flowchart /);
  }
  // The walk met findings (the generated designs have some): the code actions did real work.
  assert.ok(withActions > 0, 'some cursor positions had code actions');
  const after = await stats();
  assert.deepEqual(after, before, 'no scan, parse or analysis for cursor moves');
});

test('the counters count: an edit in one design is one analysis, one rescan around the edit and one design parsed', async () => {
  const before = await stats();
  const line = FENCES[10]! + 2;
  await lsp.change(uri, 2, [{ range: { start: { line, character: LINES[line]!.length }, end: { line, character: LINES[line]!.length } }, text: ' ' }]);
  await lsp.diagnostics(uri, (p) => p.version === 2, 60_000);
  const after = await stats();
  assert.deepEqual(after, { analyses: before.analyses + 1, fullScans: before.fullScans, rescans: before.rescans + 1, designsAnalysed: before.designsAnalysed + 1 });
});
