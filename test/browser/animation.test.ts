/**
 * The animated failover SVG (core/render/animation.ts, `infra-notes animate`):
 * in chromium, the picture shows different frames at different times — the
 * failed database's box turns red, its standby takes over — and carries no script.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { findTopologyBlocks, parseDesign, scenarioSteps, simulate, toAnimatedSvg } from '../../server/src/core';
import { launch, serve, type TestServer } from './harness';

const NOTE = `\`\`\`topology shop
users: client
web: app-server replicas=2
db: database primary
db-standby: database standby of=db replication=sync failover=auto
users -> web -> db
scenario db-dies: fail db
\`\`\`
`;

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

test('the animated SVG shows different frames at different times in chromium', async () => {
  const [b] = findTopologyBlocks(NOTE);
  const design = parseDesign({ ...b!, closed: true });
  const result = simulate(design, scenarioSteps(design.scenarios[0]!));
  // The engine recorded several moments: before, failing, detected, promoted.
  assert.ok(result.states.length >= 3, `${result.states.length} states`);
  const svg = toAnimatedSvg(design, result, { title: 'shop — db-dies', secondsPerFrame: 1 });
  assert.doesNotMatch(svg, /<script|foreignObject|on\w+=/i);
  server.routes.set('/anim.svg', { type: 'image/svg+xml', body: svg });
  const page = await browser.newPage({ viewport: { width: 820, height: 400 } });
  await page.goto(server.url + '/anim.svg');
  // tsx names the page function's inner arrows with a helper the page lacks.
  await page.evaluate('window.__name = function (f) { return f; }');
  const at = (t: number) =>
    page.evaluate((time) => {
      const s = document.querySelector('svg')!;
      s.pauseAnimations();
      s.setCurrentTime(time);
      const fill = (name: string) => getComputedStyle(document.querySelector(`g.node[data-name="${name}"] rect`)!).fill;
      const caption = [...document.querySelectorAll('text.caption')].find((c) => getComputedStyle(c).opacity === '1')?.textContent ?? '';
      return { db: fill('db'), standby: fill('db-standby'), caption };
    }, t);
  // db fails at 0s: the picture starts with a frame before it, every node up.
  const frameCount = result.states.length + 1;
  const healthy = await at(0.1);
  const first = await at(1.5);
  const last = await at(frameCount - 0.5);
  assert.equal(healthy.db, 'rgb(232, 245, 233)');
  assert.equal(healthy.standby, 'rgb(232, 245, 233)');
  assert.equal(healthy.caption, '0s — before any failure');
  // Then db fails (red) and its standby is still only up (green); at the end the standby took over (blue).
  assert.equal(first.db, 'rgb(253, 231, 231)');
  assert.equal(first.standby, 'rgb(232, 245, 233)');
  assert.notEqual(first.caption, last.caption);
  assert.match(first.caption, /^0s — fail db/);
  // Every frame in between differs from the one before in something: the box colours or the caption.
  const seen = new Set<string>();
  const frames = [];
  for (let i = 0; i < frameCount; i++) frames.push(await at(i + 0.5));
  for (const f of frames) seen.add(JSON.stringify(f));
  assert.ok(seen.size >= 3, [...seen].join('\n'));
  // Some frame shows the standby promoted (blue) while db is down.
  assert.ok(frames.some((f) => f.standby === 'rgb(227, 240, 253)' && f.db === 'rgb(253, 231, 231)'), JSON.stringify(frames));
  await page.close();
});
