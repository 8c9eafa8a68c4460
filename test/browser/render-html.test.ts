/**
 * The CLI's self-contained page (core/render/page.ts) with the real mermaid
 * browser build inlined: it draws every design with no network and no CSP violation.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { renderNoteHtml } from '../../server/src/core';
import { launch, ROOT, serve, watch, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('renders every design offline, hostile text stays text', async () => {
  const note = [
    '```topology 하나 <b>bold</b>',
    'a: client label="<img src=x onerror=alert(1)>"',
    'b: web-server',
    'a -> b',
    '```',
    '',
    '```topology',
    'x: client',
    'y: database',
    'z: cache',
    'x -> y',
    '```',
    '',
    '```topology broken',
    'q web-server',
    '```',
  ].join('\n');
  const mermaidScript = readFileSync(join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8');
  const html = renderNoteHtml(note, { mermaidScript, title: '노트 <script>alert(2)</script>', locale: 'ko' });
  assert.ok(!html.includes('<script>alert'), 'title escaped');
  server.routes.set('/', { type: 'text/html', body: html });
  const page = await browser.newPage();
  const w = await watch(page);
  await page.goto(server.url + '/');
  await page.waitForFunction(() => document.body.dataset['rendered'] === 'true', null, { timeout: 60_000 });
  const counts = await page.$$eval('section.design', (ss) =>
    ss.map((s) => [s.querySelectorAll('svg').length, Array.from(s.querySelectorAll('svg g.node')).filter((g) => /-flowchart-n\d+-\d+$/.test(g.id)).length, !!s.querySelector('.errors')]),
  );
  assert.deepEqual(counts, [
    [1, 2, false],
    [1, 3, false],
    [0, 0, true],
  ]);
  assert.equal(await page.title(), '노트 <script>alert(2)</script>');
  assert.ok((await page.textContent('section.design svg'))?.includes('<img src=x onerror=alert(1)>'));
  await page.waitForTimeout(200);
  assert.deepEqual(w.violations, []);
  assert.deepEqual(w.dialogs, []);
  assert.deepEqual(w.errors, []);
  assert.deepEqual(w.requests, [server.url + '/']);
  await page.close();
});
