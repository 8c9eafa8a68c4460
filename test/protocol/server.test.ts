/** The built language server over stdio, driven by a real JSON-RPC client. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  ReferencesRequest,
  RenameRequest,
  PrepareRenameRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Location,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { hoverText, LspClient, ROOT, SERVER, SERVER_ENV, SERVER_NODE_FLAGS, uriOf } from './lsp-client';
import { spawnSync } from 'node:child_process';

const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');

const NOTE = [
  '# 쇼핑몰 설계', // 0
  '', // 1
  '페일오버가 느리면 RTO를 못 지킨다.', // 2
  '', // 3
  '```topology 7-1 쇼핑몰', // 4
  'users: client', // 5
  '웹: app-servr replicas=2', // 6
  'db: database', // 7
  'users -> 웹 -> db', // 8
  'scenario 장애: fail db', // 9
  '```', // 10
].join('\n');

let client: LspClient;

before(async () => {
  client = new LspClient();
  await client.initialize('en');
});

after(async () => {
  await client.close();
});


test('diagnostics: source infra-notes, code = rule id, exact UTF-16 range on a Hangul line', async () => {
  const uri = uriOf('diag.md');
  await client.open(uri, NOTE);
  const diags = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
  const d = diags.find((x) => x.code === 'unknown-kind');
  assert.ok(d, JSON.stringify(diags));
  assert.equal(d.source, 'infra-notes');
  assert.deepEqual(d.range, { start: { line: 6, character: 3 }, end: { line: 6, character: 12 } });
  assert.match(d.message as string, /Did you mean `app-server`/);
  assert.match(d.codeDescription?.href ?? '', /^file:.*\/docs\/language\.md$/);
});

test('diagnostics are re-published after an edit, for that version', async () => {
  const uri = uriOf('edit.md');
  await client.open(uri, NOTE, 'markdown', 1);
  await client.diagnostics(uri, (p) => p.version === 1);
  // Fix the kind: `app-servr` → `app-server` (insert one character before the last r).
  await client.change(uri, 2, [{ range: { start: { line: 6, character: 11 }, end: { line: 6, character: 11 } }, text: 'e' }]);
  const diags = await client.diagnostics(uri, (p) => p.version === 2);
  assert.equal(diags.filter((d) => d.code === 'unknown-kind').length, 0);
});

test('a burst of edits is analysed once, at the last version', async () => {
  const uri = uriOf('burst.md');
  await client.open(uri, '```topology\n', 'markdown', 1);
  await client.diagnostics(uri, (p) => p.version === 1);
  const before = client.published(uri).length;
  // 200 one-character edits arriving together (one write): only the last version is analysed, whatever the timing.
  let line = '';
  const burst = [];
  for (let v = 2; v <= 201; v++) {
    const ch = 'abcdefgh'[v % 8]!;
    burst.push({ version: v, changes: [{ range: { start: { line: 1, character: line.length }, end: { line: 1, character: line.length } }, text: ch }] });
    line += ch;
  }
  await client.changeBurst(uri, burst);
  await client.diagnostics(uri, (p) => p.version === 201);
  await new Promise((r) => setTimeout(r, 100));
  const pubs = client.published(uri).slice(before);
  assert.deepEqual(pubs.map((p) => p.version), [201], 'one publication, for the last version');
});

test('edits sent one by one as fast as possible: versions published in order, the last one last', async () => {
  const uri = uriOf('burst-apart.md');
  await client.open(uri, '```topology\n', 'markdown', 1);
  await client.diagnostics(uri, (p) => p.version === 1);
  const before = client.published(uri).length;
  let line = '';
  for (let v = 2; v <= 201; v++) {
    const ch = 'abcdefgh'[v % 8]!;
    await client.change(uri, v, [{ range: { start: { line: 1, character: line.length }, end: { line: 1, character: line.length } }, text: ch }]);
    line += ch;
  }
  await client.diagnostics(uri, (p) => p.version === 201);
  await new Promise((r) => setTimeout(r, 100));
  const pubs = client.published(uri).slice(before).map((p) => p.version ?? 0);
  // How many versions get answered depends on how the edits are spread in time (no fixed wait:
  // an edit the server keeps up with is answered); never a stale version after a newer one.
  assert.deepEqual(pubs, [...pubs].sort((a, b) => a - b), 'versions published in order');
  assert.equal(pubs[pubs.length - 1], 201);
});

test('hover on a Korean term in a real seed note explains it in the client\'s language, naming the Korean term on one line', async () => {
  const file = readdirSync(SEEDS).find((f) => f.startsWith('003'))!;
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const lines = text.split(/\r\n|\r|\n/);
  const line = lines.findIndex((l) => l.includes('페일오버'));
  assert.ok(line >= 0);
  const character = lines[line]!.indexOf('페일오버') + 2;
  const uri = uriOf('seed-003.md');
  await client.open(uri, text);
  const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  const md = hoverText(h);
  assert.match(md, /failover/i);
  assert.match(md, /페일오버/);
  assert.equal(h?.range?.start.line, line);
  // English first for an English client.
  assert.ok(md.search(/failover/i) < md.indexOf('페일오버'), md);
});

test('hover on a node shows its kind, replicas and callers', async () => {
  const uri = uriOf('hover-node.md');
  await client.open(uri, NOTE.replace('app-servr', 'app-server'));
  const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 8, character: 10 } });
  const md = hoverText(h);
  assert.match(md, /\*\*웹\*\* · app-server ×2/);
  assert.match(md, /Called by: `users`/);
  assert.match(md, /Calls: `db`/);
  assert.deepEqual(h?.range, { start: { line: 8, character: 9 }, end: { line: 8, character: 10 } });
});

test('completion: kinds after NAME:, attributes per kind, values, node names in edges', async () => {
  const uri = uriOf('complete.md');
  const text = '```topology\nweb: \nlb: load-balancer algorithm=\nweb -> \ndb: database \n```';
  await client.open(uri, text);
  const at = async (line: number, character: number): Promise<string[]> => {
    const r = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } })) as CompletionItem[] | CompletionList | null;
    const items = Array.isArray(r) ? r : (r?.items ?? []);
    return items.map((i) => i.label);
  };
  const kinds = await at(1, 5);
  assert.ok(kinds.includes('load-balancer') && kinds.includes('database') && kinds.includes('lb'), kinds.join());
  const values = await at(2, 28);
  assert.deepEqual(values, ['round-robin', 'least-connections', 'response-time', 'ip-hash', 'active-backup']);
  const nodes = await at(3, 7);
  assert.deepEqual(nodes.sort(), ['db', 'lb', 'web']);
  const attrs = await at(4, 13);
  assert.ok(attrs.includes('replication') && attrs.includes('failover') && attrs.includes('replicas'), attrs.join());
  assert.ok(!attrs.includes('sticky'));
});

test('rename a node across edges, of= and scenarios; definition and references', async () => {
  const uri = uriOf('rename.md');
  const text = '```topology\ndb: database\ndb-standby: database standby of=db\nweb: web\nweb -> db\nscenario s: fail db#1 at=5s\n```';
  await client.open(uri, text);
  const prep = await client.conn.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: { line: 4, character: 8 } });
  assert.deepEqual(prep, { range: { start: { line: 4, character: 7 }, end: { line: 4, character: 9 } }, placeholder: 'db' });
  const edit = (await client.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 4, character: 8 }, newName: '주DB' })) as WorkspaceEdit;
  const edits = edit.changes![uri]!;
  assert.deepEqual(
    edits.map((e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.character}=${e.newText}`).sort(),
    ['1:0-2=주DB', '2:32-34=주DB', '4:7-9=주DB', '5:17-19=주DB'],
  );
  const def = (await client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 5, character: 18 } })) as Location;
  assert.deepEqual(def.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } });
  const refs = (await client.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: 1, character: 1 }, context: { includeDeclaration: false } })) as Location[];
  assert.equal(refs.length, 3);
  await assert.rejects(client.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 4, character: 8 }, newName: 'web' }), /already exists/);
});

test('document symbols: each block titled, its nodes inside; folding per block', async () => {
  const uri = uriOf('symbols.md');
  await client.open(uri, NOTE + '\n\n```topology\nx: cache\n```\n');
  const syms = (await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.deepEqual(syms.map((s) => s.name), ['7-1 쇼핑몰', 'topology #2']);
  assert.deepEqual(syms[0]!.children!.map((c) => c.name), ['users', '웹', 'db', '장애']);
  const folds = await client.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  assert.deepEqual(folds?.map((f) => [f.startLine, f.endLine]), [
    [4, 10],
    [12, 14],
  ]);
});

test('quick fix: a misspelt kind is repaired by the preferred fix, never hidden by a comment', async () => {
  const uri = uriOf('fix.md');
  await client.open(uri, NOTE);
  const diags = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
  const d = diags.find((x) => x.code === 'unknown-kind')!;
  const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as {
    title: string;
    isPreferred?: boolean;
    edit?: WorkspaceEdit;
  }[];
  assert.equal(actions[0]?.title, 'Change `app-servr` to `app-server`', actions.map((a) => a.title).join());
  assert.equal(actions[0]!.isPreferred, true);
  assert.deepEqual(actions[0]!.edit!.changes![uri], [{ range: { start: { line: 6, character: 3 }, end: { line: 6, character: 12 } }, newText: 'app-server' }]);
  assert.ok(!actions.some((a) => a.title.startsWith('Disable')), actions.map((a) => a.title).join());
});

test('quick fix: disable a rule for the line inserts the comment', async () => {
  const uri = uriOf('fix2.md');
  await client.open(uri, NOTE);
  const diags = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
  const d = diags.find((x) => x.code === 'single-point-of-failure')!;
  const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as { title: string; edit?: WorkspaceEdit }[];
  const line = actions.find((a) => a.title === 'Disable single-point-of-failure for this line');
  assert.ok(line, actions.map((a) => a.title).join());
  assert.equal(actions[actions.length - 2], line);
  const at = d.range.start.line;
  assert.deepEqual(line.edit!.changes![uri], [{ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, newText: '# infra-notes-disable-next-line single-point-of-failure\n' }]);
  // The learning loop: the simulation opens on the failure the finding is about.
  const show = actions.find((x) => x.title.startsWith('Show me this failure')) as { title: string; command?: { command: string; arguments?: unknown[] } } | undefined;
  assert.ok(show?.command, actions.map((x) => x.title).join(' | '));
  assert.equal(show.command.command, 'infraNotes.openSimulation');
  const node = /`([^`]+)`/.exec(String(d.message))![1];
  assert.deepEqual(show.command.arguments?.[3], [{ type: 'fail', target: { type: 'node', node, instance: null }, at: 0 }]);
});

test('rule severities from the infraNotes.rules setting apply live', async () => {
  const uri = uriOf('config.md');
  await client.open(uri, '```topology\nweb: web foo=1\n```');
  const first = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
  assert.equal(first.find((d) => d.code === 'unknown-attribute')!.severity, 2);
  const count = client.published(uri).length;
  client.config = { rules: { 'unknown-attribute': 'off' } };
  await client.configChanged();
  const after = await client.diagnostics(uri, () => client.published(uri).length > count);
  assert.equal(after.filter((d) => d.code === 'unknown-attribute').length, 0);
  client.config = {};
  await client.configChanged();
});

test('a 10 MB file of random bytes and 2,000 unclosed fences come back with findings', async () => {
  let seed = 1;
  const bytes = Buffer.alloc(10 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed >> 16;
  }
  const junk = bytes.toString('utf8');
  const uri = uriOf('junk.md');
  await client.open(uri, junk);
  const d1 = await client.diagnostics(uri, () => true, 20_000);
  assert.ok(d1.some((d) => d.code === 'not-text'));
  const fences = Array.from({ length: 2000 }, () => '```topology\nweb: app-server').join('\n');
  const uri2 = uriOf('fences.md');
  await client.open(uri2, fences);
  const d2 = await client.diagnostics(uri2, () => true, 20_000);
  assert.ok(d2.some((d) => d.code === 'syntax'));
  // Still answering.
  const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri2 }, position: { line: 1, character: 1 } });
  assert.match(hoverText(h), /web/);
});

test('a Korean client gets Korean messages', async () => {
  const ko = new LspClient();
  try {
    await ko.initialize('ko');
    const uri = uriOf('ko.md');
    await ko.open(uri, '```topology\nweb: app-servr\n```');
    const diags = await ko.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.match(diags[0]!.message as string, /알 수 없는 종류/);
  } finally {
    await ko.close();
  }
});

test('the server refuses to start without a transport and says why', async () => {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, [join(__dirname, '..', '..', 'out', 'server.js')], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--stdio/);
});

test('quick fix from a rule: add health-check, preferred, exact edit', async () => {
  const { CodeActionRequest: CA } = await import('vscode-languageserver-protocol/node');
  const uri = uriOf('rule-fix.md');
  const text = '```topology\nusers: client\nlb: load-balancer replicas=2 vip\nweb: web replicas=2\nusers -> lb -> web\n```';
  await client.open(uri, text);
  const diags = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'no-health-check'));
  const d = diags.find((x) => x.code === 'no-health-check')!;
  assert.deepEqual(d.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
  const actions = (await client.conn.sendRequest(CA.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as { title: string; isPreferred?: boolean; edit?: WorkspaceEdit }[];
  const fix = actions[0]!;
  assert.match(fix.title, /health check/);
  assert.equal(fix.isPreferred, true);
  const edits = fix.edit!.changes![uri]!;
  // Applying the edit gives exactly the fixed line; nothing else changes.
  const lines = text.split('\n');
  for (const e of [...edits].sort((a, b) => b.range.start.character - a.range.start.character)) {
    const l = lines[e.range.start.line]!;
    lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
  }
  assert.equal(lines.join('\n'), text.replace('lb: load-balancer replicas=2 vip', 'lb: load-balancer replicas=2 vip health-check'));
  assert.ok(actions.some((a) => a.title === 'Disable no-health-check for this design'));
});

test('code lenses: the estimate (resolved lazily), the diagram, and each scenario', async () => {
  const { CodeLensRequest, CodeLensResolveRequest } = await import('vscode-languageserver-protocol/node');
  const uri = uriOf('lens.md');
  await client.open(uri, '# 노트\n\n```topology worked\ngoal rto=1m rpo=0\ndb: database primary\ndb-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s\nscenario db-down: fail db\n```\n');
  const lenses = (await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } }))!;
  assert.deepEqual(
    lenses.map((l) => [l.range.start.line, l.command?.command ?? '(unresolved)']),
    [
      [2, '(unresolved)'],
      [2, 'infraNotes.openDiagram'],
      [6, 'infraNotes.openSimulation'],
    ],
  );
  assert.equal(lenses[2]!.command!.title, '▶ Simulate db-down');
  assert.deepEqual(lenses[2]!.command!.arguments, [uri, 0, 'db-down']);
  const resolved = await client.conn.sendRequest(CodeLensResolveRequest.type, lenses[0]!);
  assert.equal(resolved.command?.title, '≈ 99.9991% · RTO 33s · RPO 1s · 0 SPOFs');
  assert.equal(resolved.command?.command, 'infraNotes.openSimulation');
  // Clicking it opens the simulation on the loss behind the RTO (db: 3 × 1s + 30s), not on an empty run.
  assert.deepEqual(resolved.command?.arguments, [uri, 0, '', [{ type: 'fail', target: { type: 'node', node: 'db', instance: null }, at: 0 }]]);
});

test('the server runs with the same memory flags everywhere: its bundle\'s hashbang, the VS Code client, these tests', () => {
  // A small young generation, slow heap growth and one malloc arena keep a 10 MB note under 150 MB (server/src/main.ts).
  assert.deepEqual(SERVER_NODE_FLAGS, ['--max-semi-space-size=2', '--heap-growing-percent=20']);
  assert.deepEqual(SERVER_ENV, { MALLOC_ARENA_MAX: '1', MALLOC_MMAP_THRESHOLD_: '131072' });
  assert.equal(readFileSync(SERVER, 'utf8').split('\n', 1)[0], `#!/usr/bin/env -S MALLOC_ARENA_MAX=1 MALLOC_MMAP_THRESHOLD_=131072 node ${SERVER_NODE_FLAGS.join(' ')}`, 'out/server.js keeps the hashbang');
  const client = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  assert.match(client, new RegExp(`const SERVER_NODE_FLAGS = \\[${SERVER_NODE_FLAGS.map((f) => `'${f}'`).join(', ')}\\];`), 'the client forks the server with the same flags');
  assert.match(client, /const SERVER_ENV = \{ MALLOC_ARENA_MAX: '1', MALLOC_MMAP_THRESHOLD_: '131072' \};/, 'and the same environment');
  assert.equal((client.match(/env: \{ \.\.\.process\.env, \.\.\.SERVER_ENV \}/g) ?? []).length, 2, 'in both its run and debug options');
  // Node accepts them (a flag V8 does not know makes node exit before the server starts), and the hashbang runs as written.
  const r = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Usage: infra-notes-language-server/);
  const direct = spawnSync(SERVER, ['--help'], { encoding: 'utf8' });
  assert.equal(direct.status, 0, direct.stderr);
  assert.match(direct.stdout, /^Usage: infra-notes-language-server/);
});

test('the built server and CLI are ASCII only, so V8 keeps their source at one byte a character', () => {
  // esbuild leaves non-ASCII in comments and regular expressions; the build escapes it (esbuild.mjs, asciiSource).
  // Korean messages built from those expressions are checked through the server in 'a Korean client gets Korean messages'.
  for (const file of [SERVER, join(ROOT, 'out', 'cli.js')]) {
    const text = readFileSync(file, 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `${file} has a non-ASCII character at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`);
  }
});
