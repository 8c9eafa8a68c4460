/**
 * The Markdown preview half: the real markdown-it with our plugin renders the
 * note; the page has a CSP like VS Code's preview (script nonce, no eval) and
 * loads the preview bundle; chromium draws the diagrams.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { Browser, Page } from 'playwright-core';
import { OPEN_CLASS, type OpenLink, openDiagramUri, previewFollows, topologyMarkdownItPlugin } from '../../client/src/preview';
import { bundle, launch, serve, watch, type TestServer, type Watched } from './harness';
import { PREVIEW_LIMITS } from '../../media/preview/limits';

const NONCE = 'cHJldmlldy10ZXN0LW5vbmNl';

/** The preview's CSP, as VS Code's markdown preview writes it (strict, no 'unsafe-eval'). */
const CSP = [
  "default-src 'none'",
  "img-src 'self' https: data:",
  "media-src 'self' https: data:",
  `script-src 'nonce-${NONCE}'`,
  "style-src 'self' 'unsafe-inline' https: data:",
  "font-src 'self' https: data:",
].join('; ');

function page(bodyHtml: string, bodyClass = 'vscode-light'): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<link rel="stylesheet" href="/preview.css">
</head><body class="${bodyClass}">
${bodyHtml}
<script async src="/preview.js" nonce="${NONCE}" charset="UTF-8"></script>
</body></html>`;
}

const THREE = `# 쇼핑몰 노트

처음 설계:

\`\`\`topology 쇼핑몰 7-1
users: client
web: web-server
db: database
users -> web -> db
\`\`\`

이중화 후:

\`\`\`topology 쇼핑몰 — after 7-2
region seoul
zone seoul-a region=seoul
zone seoul-b region=seoul
users: client label="고객 브라우저"
dns: dns routing=failover ttl=60s
lb: load-balancer health-check replicas=2 vip zones=seoul-a,seoul-b
web: app-server replicas=4 zones=seoul-a,seoul-b
sessions: cache engine=redis mode=sentinel replicas=3 zones=seoul-a,seoul-b
db: database primary zone=seoul-a
db-standby: database standby of=db replication=sync failover=auto zone=seoul-b
db-read: database replica of=db replication=async zone=seoul-b
users -> dns -> lb -> web
web -> sessions
web -> db : writes
web -> db-read : reads
\`\`\`

\`\`\`topology <script>alert("title")</script>
evil: app-server label="<img src=x onerror=alert(1)>"
b: database
evil -> b : <img src=x onerror=alert(3)>
\`\`\`

\`\`\`js
console.log('not a design');
\`\`\`
`;

const BROKEN = `\`\`\`topology one
a: client
b: web-server
a -> b
\`\`\`

\`\`\`topology broken
a: client
b web-server oops
a -> nowhere
\`\`\`

\`\`\`topology three
x: client
y: database
x -> y
\`\`\`
`;

let browser: Browser;
let server: TestServer;
const md = topologyMarkdownItPlugin(new MarkdownIt());
const LINK: OpenLink = { scheme: 'vscode', extensionId: 'infra-notes.infra-notes', text: 'Open in panel', title: 'Open this diagram in the diagram panel' };
/** As VS Code's preview renders a note: with the "open in the diagram panel" link and the note's URI in env.currentDocument. */
const NOTE_URI = 'file:///home/me/notes/shop%20notes.md';
const linked = topologyMarkdownItPlugin(new MarkdownIt(), () => ({}), () => LINK);
const renderLinked = (note: string): string => linked.render(note, { currentDocument: { toString: () => NOTE_URI } });

/** The target a link of the preview carries (the payload of its `d` parameter). */
function targetOf(href: string): unknown {
  const m = /^vscode:\/\/infra-notes\.infra-notes\/open-diagram\?d=([A-Za-z0-9_-]+)$/.exec(href);
  assert.ok(m, href);
  return JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8'));
}

async function open(note: string, bodyClass?: string, timeout = 60_000, render: (note: string) => string = (n) => md.render(n)): Promise<{ page: Page; w: Watched }> {
  const path = `/note-${Math.random().toString(36).slice(2)}.html`;
  server.routes.set(path, { type: 'text/html', body: page(render(note), bodyClass) });
  const p = await browser.newPage();
  const w = await watch(p);
  p.setDefaultTimeout(timeout);
  await p.goto(server.url + path, { waitUntil: 'commit' });
  await p.waitForFunction(() => document.body.dataset['infraNotesRendered'] !== undefined, null, { timeout, polling: 250 });
  return { page: p, w };
}

/** Per design block: its state, its number of drawn topology nodes (legend excluded), whether it has an error box. */
function blocks(p: Page): Promise<{ state: string; nodes: number; svgs: number; error: boolean; title: string }[]> {
  return p.$$eval('.infra-notes-topology', (els) =>
    els.map((el) => ({
      state: (el as HTMLElement).dataset['state'] ?? '',
      svgs: el.querySelectorAll('svg').length,
      nodes: Array.from(el.querySelectorAll('svg g.node')).filter((g) => /-flowchart-n\d+-\d+$/.test(g.id)).length,
      error: el.querySelector('.infra-notes-error') !== null,
      title: el.querySelector('.infra-notes-title')?.textContent ?? '',
    })),
  );
}

before(async () => {
  const [js] = await Promise.all([bundle('media/preview/index.ts')]);
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ROOT } = await import('./harness');
  server = await serve(
    new Map([
      ['/preview.js', { type: 'application/javascript', body: js }],
      ['/preview.css', { type: 'text/css', body: readFileSync(join(ROOT, 'media/preview.css')) }],
    ]),
  );
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('markdown-it plugin', () => {
  test('writes the escaped source and title into a marked element', () => {
    const html = md.render('```topology a "<b>"\nx: client label="</pre><script>alert(1)</script>"\n```\n');
    assert.match(html, /^<div class="infra-notes-topology" data-line="0" data-title="a &quot;&lt;b&gt;&quot;">/);
    assert.ok(html.includes('<pre class="infra-notes-source">x: client label=&quot;&lt;/pre&gt;&lt;script&gt;'));
    assert.ok(!html.includes('<script>'));
  });

  test('hands other fences on unchanged', () => {
    const plain = new MarkdownIt();
    for (const src of ['```js\nlet a = 1 < 2;\n```\n', '~~~\nplain\n~~~\n', '```topologyx\nnot ours\n```\n', '```mermaid\ngraph LR\n```\n']) {
      assert.equal(md.render(src), plain.render(src), src);
    }
  });

  test('reads the rule setting once per render, not once per block (the extension host renders the note)', () => {
    let reads = 0;
    let setting: Record<string, string> = { 'single-point-of-failure': 'error' };
    const counted = topologyMarkdownItPlugin(new MarkdownIt(), () => {
      reads++;
      return setting;
    });
    const note = Array.from({ length: 50 }, (_, i) => '```topology d' + i + '\na: client\n```\n').join('\n');
    const first = counted.render(note);
    assert.equal(reads, 1);
    assert.equal(first.split('data-rules="{&quot;single-point-of-failure&quot;:&quot;error&quot;}"').length - 1, 50);
    // A changed setting shows in the next render.
    setting = {};
    const second = counted.render(note);
    assert.equal(reads, 2);
    assert.ok(!second.includes('data-rules'));
  });

  test('writes, per design, a link that opens it in the diagram panel: the note, block index, fence line and title, escaped', () => {
    let asked = 0;
    const counted = topologyMarkdownItPlugin(new MarkdownIt(), () => ({}), () => (asked++, LINK));
    const html = counted.render(THREE, { currentDocument: { toString: () => NOTE_URI } });
    assert.equal(asked, 1, 'the link words are read once per render');
    const links = [...html.matchAll(/<a class="infra-notes-open" href="([^"]*)" title="([^"]*)" aria-label="([^"]*)">/g)];
    assert.equal(links.length, 3, html);
    assert.deepEqual(
      links.map((l) => targetOf(l[1]!.replace(/&amp;/g, '&'))),
      [
        { note: NOTE_URI, index: 0, line: 4, title: '쇼핑몰 7-1' },
        { note: NOTE_URI, index: 1, line: 13, title: '쇼핑몰 — after 7-2' },
        { note: NOTE_URI, index: 2, line: 31, title: '<script>alert("title")</script>' },
      ],
    );
    for (const l of links) assert.deepEqual([l[2], l[3]], [LINK.title, LINK.title]);
    assert.equal(openDiagramUri('vscode', 'infra-notes.infra-notes', { note: NOTE_URI, index: 1, line: 13, title: '쇼핑몰 — after 7-2' }), links[1]![1]);
    assert.ok(!html.includes('<script>'), 'the title travels encoded, never as markup');
    // The control sits inside the design's element, before its source.
    assert.match(html, /<div class="infra-notes-topology"[^>]*><div class="infra-notes-toolbar"><a class="infra-notes-open"[^>]*><span aria-hidden="true">⤢<\/span> Open in panel<\/a><\/div><pre class="infra-notes-source">/);
  });

  test('writes no link without a note to open (a render without env.currentDocument) or where the preview cannot follow it', () => {
    const note = '```topology a\nx: client\n```\n';
    assert.ok(!linked.render(note).includes(OPEN_CLASS), 'no env');
    assert.ok(!topologyMarkdownItPlugin(new MarkdownIt(), () => ({}), () => null).render(note, { currentDocument: { toString: () => NOTE_URI } }).includes(OPEN_CLASS));
    assert.ok(renderLinked(note).includes(OPEN_CLASS));
    // The webview follows vscode: links everywhere, the product's own scheme only on the desktop (code-server's code-oss: is dropped).
    assert.equal(previewFollows('desktop', 'vscode'), true);
    assert.equal(previewFollows('desktop', 'vscode-insiders'), true);
    assert.equal(previewFollows('desktop', 'code-oss'), true);
    assert.equal(previewFollows('web', 'vscode'), true);
    assert.equal(previewFollows('web', 'code-oss'), false);
    assert.equal(previewFollows('desktop', 'javascript:alert(1)//'), false);
  });

  test('marks an unclosed fence', () => {
    assert.match(md.render('```topology\na: client\n'), /data-closed="false"/);
  });
});

describe('preview in chromium', () => {
  test('each drawn design keeps its "open in the diagram panel" link: visible above the drawing, named, with the URI the extension handles', async () => {
    const { page: p, w } = await open(THREE, undefined, 60_000, renderLinked);
    // (The page marks itself rendered after its first screen; on a loaded machine the last design near it may still be
    // drawing: wait for the three — this test is about their links.)
    await p.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.infra-notes-topology')].every((el) => el.dataset['state'] === 'rendered'), null, { timeout: 60_000, polling: 250 });
    const links = await p.$$eval('.infra-notes-topology', (els) =>
      els.map((el) => {
        const a = el.querySelector<HTMLAnchorElement>('a.infra-notes-open');
        const svg = el.querySelector('.infra-notes-diagram svg');
        const r = a?.getBoundingClientRect();
        return {
          state: (el as HTMLElement).dataset['state'],
          href: a?.getAttribute('href') ?? null,
          title: a?.title ?? null,
          label: a?.getAttribute('aria-label') ?? null,
          text: a?.textContent ?? null,
          visible: !!r && r.width > 0 && r.height > 0 && getComputedStyle(a!).visibility === 'visible',
          above: !!r && !!svg && r.bottom <= svg.getBoundingClientRect().top + 1,
        };
      }),
    );
    assert.equal(links.length, 3);
    links.forEach((l, i) => {
      assert.equal(l.state, 'rendered');
      assert.deepEqual([l.title, l.label, l.text, l.visible, l.above], [LINK.title, LINK.title, '⤢ Open in panel', true, true], JSON.stringify(l));
      assert.equal((targetOf(l.href!) as { index: number }).index, i);
    });
    // Reachable by keyboard: Tab lands on the first link.
    await p.focus('a.infra-notes-open');
    assert.equal(await p.evaluate(() => document.activeElement?.className), OPEN_CLASS);
    assert.deepEqual(w.errors, []);
    await p.close();
  });

  test('a note with 3 designs renders 3 SVGs with the right node counts, nothing runs', async () => {
    const { page: p, w } = await open(THREE);
    const bs = await blocks(p);
    assert.equal(bs.length, 3);
    assert.deepEqual(
      bs.map((b) => [b.state, b.svgs, b.nodes]),
      [
        ['rendered', 1, 3],
        ['rendered', 1, 8],
        ['rendered', 1, 2],
      ],
    );
    // Hostile labels and titles are shown as text.
    assert.equal(bs[2]!.title, '<script>alert("title")</script>');
    const text = await p.$$eval('.infra-notes-topology:nth-of-type(3) svg, .infra-notes-topology svg', (els) => els.map((e) => e.textContent ?? '').join('\n'));
    assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'node label shown as text');
    assert.ok(text.includes('onerror'), 'edge label shown as text');
    assert.equal(await p.locator('.infra-notes-topology img, .infra-notes-topology script').count(), 0);
    assert.equal(await p.locator('.infra-notes-topology [onerror]').count(), 0);
    // The other fence is left alone.
    assert.equal(await p.locator('pre code.language-js').count(), 1);
    await p.waitForTimeout(300);
    assert.deepEqual(w.dialogs, []);
    assert.deepEqual(w.violations, []);
    assert.deepEqual(w.errors, []);
    assert.ok(w.requests.every((u) => u.startsWith(server.url)), w.requests.join(' '));
    await p.close();
  });

  test('a broken block shows its error box while the others still render', async () => {
    const { page: p, w } = await open(BROKEN);
    const bs = await blocks(p);
    assert.deepEqual(
      bs.map((b) => [b.state, b.error, b.svgs > 0]),
      [
        ['rendered', false, true],
        ['error', true, true],
        ['rendered', false, true],
      ],
    );
    const box = await p.locator('.infra-notes-topology').nth(1).locator('.infra-notes-error').innerText();
    assert.match(box, /error|오류/i);
    assert.match(box, /line 9|줄 9/); // `b web-server oops` is document line 9 (1-based)
    // The broken block reads top to bottom: its title, the errors, then its source (shown), then the drawing.
    // A string, not a function: tsx's helpers (__name) do not exist in the page.
    const order = (await p.evaluate(`(() => {
      const host = document.querySelectorAll('.infra-notes-topology')[1];
      const all = Array.from(host.querySelectorAll('*'));
      const at = (sel) => all.indexOf(host.querySelector(sel));
      return { title: at('.infra-notes-title'), error: at('.infra-notes-error'), source: at('pre.infra-notes-source'), diagram: at('.infra-notes-diagram'), sourceShown: getComputedStyle(host.querySelector('pre.infra-notes-source')).display !== 'none' };
    })()`)) as { title: number; error: number; source: number; diagram: number; sourceShown: boolean };
    assert.ok(order.title >= 0 && order.title < order.error && order.error < order.source && order.source < order.diagram, JSON.stringify(order));
    assert.equal(order.sourceShown, true);
    assert.deepEqual(w.violations, []);
    await p.close();
  });

  test('a dark body class gives a dark mermaid theme, and a theme switch re-renders', async () => {
    const fillOf = (p: Page): Promise<number> =>
      p.$eval('.infra-notes-topology svg g.node :is(rect, path, polygon)', (shape) => {
        const c = getComputedStyle(shape).fill;
        const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(c);
        if (!m) return -1;
        return (0.2126 * Number(m[1]) + 0.7152 * Number(m[2]) + 0.0722 * Number(m[3])) / 255;
      });
    const { page: p, w } = await open('```topology\na: client\nb: web-server\na -> b\n```\n', 'vscode-dark');
    assert.equal(await p.$eval('.infra-notes-topology', (e) => (e as HTMLElement).dataset['theme']), 'dark');
    const dark = await fillOf(p);
    assert.ok(dark >= 0 && dark < 0.35, `dark fill luminance ${dark}`);
    const before = await p.evaluate(() => document.body.dataset['infraNotesRendered']);
    await p.evaluate(() => {
      document.body.className = 'vscode-light';
    });
    await p.waitForFunction((b) => document.body.dataset['infraNotesRendered'] !== b, before);
    const light = await fillOf(p);
    assert.ok(light > 0.7, `light fill luminance ${light}`);
    assert.deepEqual(w.violations, []);
    await p.close();
  });

  test('re-renders on vscode.markdown.updateContent', async () => {
    const { page: p } = await open('```topology\na: client\n```\n');
    assert.equal((await blocks(p))[0]!.nodes, 1);
    const html = md.render('```topology\na: client\nb: cache\nc: queue\na -> b\n```\n');
    const before = await p.evaluate(() => document.body.dataset['infraNotesRendered']);
    await p.evaluate((h) => {
      // What VS Code does on an update: replace the content, then fire the event.
      for (const el of document.querySelectorAll('.infra-notes-topology')) el.remove();
      document.body.insertAdjacentHTML('afterbegin', h);
      window.dispatchEvent(new CustomEvent('vscode.markdown.updateContent'));
    }, html);
    await p.waitForFunction((b) => document.body.dataset['infraNotesRendered'] !== b, before);
    assert.equal((await blocks(p))[0]!.nodes, 3);
    await p.close();
  });

  test('a 500-node design is drawn simplified (one box per kind) with a message naming the limit, and does not freeze the page', { timeout: 300_000 }, async () => {
    const lines = ['region r', 'zone z1 region=r', 'zone z2 region=r'];
    for (let i = 0; i < 500; i++) lines.push(`node-${i}: ${i % 5 === 0 ? 'database' : 'app-server'} zone=z${(i % 2) + 1} label="주문 처리 서버 ${i}"`);
    for (let i = 1; i < 500; i++) lines.push(`node-${Math.floor((i - 1) / 2)} -> node-${i}`);
    const t0 = Date.now();
    const { page: p, w } = await open('```topology big\n' + lines.join('\n') + '\n```\n', undefined, 240_000);
    console.log(`# 500 nodes drawn (simplified) in ${Date.now() - t0} ms`);
    const b = await p.$eval('.infra-notes-topology', (e) => ({
      state: (e as HTMLElement).dataset['state'],
      simplified: (e as HTMLElement).dataset['simplified'],
      note: e.querySelector('.infra-notes-simplified')?.textContent ?? '',
      boxes: Array.from(e.querySelectorAll('svg g.node')).map((g) => g.textContent ?? ''),
    }));
    assert.equal(b.state, 'rendered');
    assert.equal(b.simplified, 'true');
    // The message names the design's size and the documented limit (media/preview/limits.ts, docs/language.md#limits).
    assert.match(b.note, new RegExp(`500 nodes and 499 edges.*up to ${PREVIEW_LIMITS.nodes} nodes and ${PREVIEW_LIMITS.edges} edges`));
    // One box per kind, with its count: 100 databases (every 5th node), 400 app servers.
    assert.deepEqual(b.boxes.sort(), ['app-server × 400', 'database × 100']);
    assert.deepEqual(w.violations, []);
    await p.close();
  });

  test('a design at the limit is drawn in full', { timeout: 300_000 }, async () => {
    const n = PREVIEW_LIMITS.nodes;
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(`s${i}: ${i % 3 === 0 ? 'cache' : 'service'}`);
    for (let i = 1; i < n; i++) lines.push(`s${Math.floor((i - 1) / 3)} -> s${i}`);
    const t0 = Date.now();
    const { page: p } = await open('```topology at the limit\n' + lines.join('\n') + '\n```\n', undefined, 240_000);
    console.log(`# ${n} nodes drawn in full in ${Date.now() - t0} ms`);
    const [b] = await blocks(p);
    assert.equal(b!.state, 'rendered');
    assert.equal(b!.nodes, n);
    await p.close();
  });
});
