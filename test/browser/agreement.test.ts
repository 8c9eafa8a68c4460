/**
 * invariant: one source of findings. For one note with a suppression comment
 * and a rule-severity setting, every surface shows the same findings:
 * the squiggles (the language server over stdio), both panels (the server's
 * infraNotes/diagram and infraNotes/simulation answers, turned into their
 * webview messages), the Markdown preview (real markdown-it with the plugin,
 * then the preview script in chromium) and `infra-notes render` (the CLI).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Browser } from 'playwright-core';
import { buildDiagramUpdate } from '../../client/src/diagramHtml';
import { topologyMarkdownItPlugin } from '../../client/src/preview';
import { DIAGRAM_REQUEST, SIMULATION_REQUEST, type DiagramResult, type SimulationResult } from '../../server/src/lsp/requests';
import { LspClient, uriOf } from '../protocol/lsp-client';
import { bundle, launch, ROOT, serve, type TestServer } from './harness';

const NOTE = `# 노트

\`\`\`topology 쇼핑몰
users: client
web: web-server
# infra-notes-disable-next-line single-point-of-failure
db: database
users -> web -> db
\`\`\`
`;
/** The setting: web's single point of failure becomes an error, db's missing copy a hint. */
const RULES = { 'single-point-of-failure': 'error', 'missing-replica': 'hint' } as const;
/** What every surface must show: `documentLine(0-based) severity rule`. Without the comment, db would also be a single point of failure; a lone database with no backup gets no-backup. */
const EXPECTED = ['4 error single-point-of-failure', '6 hint missing-replica', '6 warning no-backup'];

const SEV = ['error', 'warning', 'info', 'hint'];
const sorted = (xs: string[]): string[] => [...xs].sort();

let browser: Browser;
let server: TestServer;
let lsp: LspClient;

before(async () => {
  lsp = new LspClient();
  lsp.config = { rules: RULES };
  await lsp.initialize('en');
  const js = await bundle('media/preview/index.ts');
  server = await serve(new Map([['/preview.js', { type: 'application/javascript', body: js }]]));
  browser = await launch();
});

after(async () => {
  await lsp?.close();
  await browser?.close();
  await server?.close();
});

test('invariant: squiggles, diagram panel, simulation panel, preview and render show the same findings (severity setting + suppression)', async () => {
  // Squiggles.
  const uri = uriOf('agreement.md');
  await lsp.open(uri, NOTE);
  const diags = await lsp.diagnostics(uri);
  const squiggles = diags.map((d) => `${d.range.start.line} ${SEV[(d.severity ?? 1) - 1]} ${String(d.code)}`);
  assert.deepEqual(sorted(squiggles), EXPECTED);

  // The diagram panel: the server's view, as the panel posts it to the webview.
  const view = (await lsp.conn.sendRequest(DIAGRAM_REQUEST, { uri, index: 0, locale: 'en', theme: 'light' })) as DiagramResult;
  assert.ok(view);
  const update = buildDiagramUpdate(view, uri, 'light');
  const diagram = [...update.errors, ...update.findings].map((f) => `${f.line} ${f.severity} ${f.rule}`);
  assert.deepEqual(sorted(diagram), EXPECTED);
  // The suppressed finding marks no node either: only web is drawn as a single point of failure.
  assert.match(update.mermaid, /class n1 spof/);
  assert.doesNotMatch(update.mermaid, /class n2 spof/);

  // The simulation panel lists the design's errors: exactly the errors among the squiggles.
  const sim = (await lsp.conn.sendRequest(SIMULATION_REQUEST, { uri, index: 0, locale: 'en', theme: 'light', scenario: null, steps: [] })) as SimulationResult;
  assert.ok(sim);
  assert.deepEqual(sim.errors, diags.filter((d) => d.severity === 1).map((d) => d.message));

  // The Markdown preview: the plugin writes the setting, the script checks with it.
  const md = topologyMarkdownItPlugin(new MarkdownIt(), () => RULES);
  const page = await browser.newPage();
  server.routes.set('/', {
    type: 'text/html',
    body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body class="vscode-light">${md.render(NOTE)}<script src="/preview.js"></script></body></html>`,
  });
  await page.goto(server.url + '/');
  await page.waitForFunction(() => document.body.dataset['infraNotesRendered'] !== undefined, null, { timeout: 60_000 });
  const preview = await page.$$eval('.infra-notes-finding', (lis) =>
    lis.map((li) => {
      const line = Number(/(\d+)/.exec(li.querySelector('.infra-notes-where')?.textContent ?? '')?.[1]) - 1;
      const sev = /infra-notes-sev-(\w+)/.exec(li.className)?.[1];
      return `${line} ${sev} ${li.querySelector('.infra-notes-rule')?.textContent}`;
    }),
  );
  assert.deepEqual(sorted(preview), EXPECTED);
  await page.close();

  // infra-notes render, with the same setting given as --rule.
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-agreement-'));
  writeFileSync(join(dir, 'note.md'), NOTE);
  const args = ['render', 'note.md', '-o', 'note.html', ...Object.entries(RULES).flatMap(([k, v]) => ['--rule', `${k}=${v}`])];
  const r = spawnSync(process.execPath, [join(ROOT, 'out', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(join(dir, 'note.html'), 'utf8');
  const rendered = [...html.matchAll(/<li class="sev-(\w+)"><span class="where">line (\d+)<\/span> <code>([^<]+)<\/code>/g)].map((m) => `${Number(m[2]) - 1} ${m[1]} ${m[3]}`);
  assert.deepEqual(sorted(rendered), EXPECTED);

  // And `check` with a .infra-notes.json agrees too.
  writeFileSync(join(dir, '.infra-notes.json'), JSON.stringify({ rules: RULES }));
  const c = spawnSync(process.execPath, [join(ROOT, 'out', 'cli.js'), 'check', 'note.md', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
  const checked = (JSON.parse(c.stdout) as { findings?: { line: number; severity: string; rule: string }[] } | { line: number; severity: string; rule: string }[]);
  const list = Array.isArray(checked) ? checked : (checked.findings ?? []);
  assert.deepEqual(sorted(list.map((f) => `${f.line - 1} ${f.severity} ${f.rule}`)), EXPECTED);
});
