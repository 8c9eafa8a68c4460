/**
 * The ```mermaid blocks `infra-notes export` writes, drawn by the real mermaid with
 * the settings GitHub renders with (strict security, no HTML labels): every block of
 * every example draws without an error, as native SVG text, with every label readable.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { exportNote } from '../../server/src/core';
import { launch, ROOT, serve, watch, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;

before(async () => {
  server = await serve(
    new Map([
      ['/', { type: 'text/html', body: '<!doctype html><html><body><div id="out"></div><script src="/mermaid.js"></script></body></html>' }],
      ['/mermaid.js', { type: 'application/javascript', body: readFileSync(join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js')) }],
    ]),
  );
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const HOSTILE = `\`\`\`topology 위험한 "제목" <script>
users: client label="<img src=x onerror=alert(1)> \\"따옴표\\" #quot; %%{init}%% \`tick\`"
lb: load-balancer health-check replicas=2 zones=a,b
web: app-server replicas=2 zones=a,b
db: database primary zone=a
db2: database standby of=db replication=sync failover=auto zone=b
users -> lb : "https; 443 | a&b"
lb -> web -> db
\`\`\`
`;

test('every exported block renders in mermaid with GitHub settings: no error, native text, names legible', async () => {
  const notes = readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: f, text: readFileSync(join(ROOT, 'examples', f), 'utf8') }));
  notes.push({ name: 'hostile', text: HOSTILE });
  const cases: { name: string; mermaid: string; nodes: string[] }[] = [];
  for (const n of notes) {
    const r = exportNote(n.text);
    // The text written into the note is what is checked: pull the blocks back out of it.
    const written = [...r.text.matchAll(/<!-- infra-notes:diagram:begin[^\n]*\n```mermaid\n([\s\S]*?)\n```\n<!-- infra-notes:diagram:end -->/g)].map((m) => m[1]!);
    assert.equal(written.length, r.blocks.length, n.name);
    written.forEach((m, i) => cases.push({ name: `${n.name}#${i + 1}`, mermaid: m, nodes: [...m.matchAll(/^\s*n\d+[[({>]+"([^"<]+)/gm)].map((x) => x[1]!) }));
  }
  assert.ok(cases.length >= 20, `only ${cases.length} blocks`);
  const page = await browser.newPage();
  const w = await watch(page);
  await page.goto(server.url + '/');
  const results = await page.evaluate(async (all) => {
    const m = (window as unknown as { mermaid: { initialize(c: object): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
    m.initialize({ startOnLoad: false, securityLevel: 'strict', htmlLabels: false, flowchart: { htmlLabels: false }, theme: 'default' });
    const out: { name: string; error: string | null; foreignObjects: number; text: string; nodes: number }[] = [];
    let i = 0;
    for (const c of all) {
      const host = document.getElementById('out')!;
      try {
        const { svg } = await m.render(`g${i++}`, c.mermaid);
        host.innerHTML = svg;
        const el = host.querySelector('svg')!;
        out.push({ name: c.name, error: null, foreignObjects: el.querySelectorAll('foreignObject').length, text: [...el.querySelectorAll('text')].map((t) => t.textContent).join(' '), nodes: el.querySelectorAll('g.node').length });
      } catch (e) {
        out.push({ name: c.name, error: String(e), foreignObjects: 0, text: '', nodes: 0 });
      }
    }
    return out;
  }, cases);
  for (const [i, r] of results.entries()) {
    const c = cases[i]!;
    assert.equal(r.error, null, `${r.name}: ${r.error}`);
    assert.equal(r.foreignObjects, 0, `${r.name}: labels must be SVG text`);
    assert.ok(r.nodes >= c.nodes.length, `${r.name}: ${r.nodes} nodes drawn for ${c.nodes.length}`);
    for (const name of c.nodes) assert.ok(r.text.replace(/\s+/g, '').includes(name.replace(/\s+/g, '')), `${r.name}: label ${name} not drawn`);
    assert.doesNotMatch(r.text, /&#?\w+;|#quot;|#\d+;/, `${r.name}: an entity code is shown raw`);
  }
  // Long labels wrap into several text spans: compare without white space.
  const hostile = results.find((r) => r.name === 'hostile#1')!.text.replace(/\s+/g, '');
  assert.ok(hostile.includes('‹imgsrc=xonerror=alert(1)›＂따옴표＂＃quot;％％{init}％％ˋtickˋ'), hostile);
  assert.ok(hostile.includes('https;443|a＆b'), hostile);
  assert.deepEqual(w.dialogs, []);
  assert.deepEqual(w.errors, []);
});
