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

/** Opens an SVG in chromium; `at(t)` pauses its animation at t seconds and reads each selector's rect fill (and the caption shown). */
async function openSvg(path: string, svg: string, viewport: { width: number; height: number }) {
  server.routes.set(path, { type: 'image/svg+xml', body: svg });
  const page = await browser.newPage({ viewport });
  await page.goto(server.url + path);
  // tsx names the page function's inner arrows with a helper the page lacks.
  await page.evaluate('window.__name = function (f) { return f; }');
  const at = (t: number, selectors: Record<string, string>): Promise<Record<string, string>> =>
    page.evaluate(
      ([time, sels]) => {
        const s = document.querySelector('svg')!;
        s.pauseAnimations();
        s.setCurrentTime(time);
        const out: Record<string, string> = {};
        for (const [k, sel] of Object.entries(sels)) out[k] = getComputedStyle(document.querySelector(`${sel} rect`)!).fill;
        out['caption'] = [...document.querySelectorAll('text.caption')].find((c) => getComputedStyle(c).opacity === '1')?.textContent ?? '';
        return out;
      },
      [t, selectors] as [number, Record<string, string>],
    );
  return { page, at };
}

test('the animated SVG shows different frames at different times in chromium', async () => {
  const [b] = findTopologyBlocks(NOTE);
  const design = parseDesign({ ...b!, closed: true });
  const result = simulate(design, scenarioSteps(design.scenarios[0]!));
  // The engine recorded several moments: before, failing, detected, promoted.
  assert.ok(result.states.length >= 3, `${result.states.length} states`);
  const svg = toAnimatedSvg(design, result, { title: 'shop — db-dies', secondsPerFrame: 1 });
  assert.doesNotMatch(svg, /<script|foreignObject|on\w+=/i);
  const { page, at: read } = await openSvg('/anim.svg', svg, { width: 820, height: 400 });
  const at = (t: number) => read(t, { db: 'g.node[data-name="db"]', standby: 'g.node[data-name="db-standby"]' });
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
  assert.match(first.caption ?? '', /^0s — fail db/);
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

test('a zone loss is drawn on the HA picture: the lost zone turns red, a node spread over two zones goes red there and stays green in the other', async () => {
  const note = `\`\`\`topology two zones
zone a
zone b
users: client
lb: load-balancer managed health-check
web: app-server replicas=4 zones=a,b state=stateless
db: database primary zone=a
db-2: database standby of=db replication=sync failover=auto zone=b
users -> lb -> web -> db
scenario az: fail zone:a
\`\`\`
`;
  const [b] = findTopologyBlocks(note);
  const design = parseDesign({ ...b!, closed: true });
  const result = simulate(design, scenarioSteps(design.scenarios[0]!));
  const svg = toAnimatedSvg(design, result, { width: 640, secondsPerFrame: 1 });
  // Scaled to the width asked for; the picture itself keeps the static image's size (viewBox).
  assert.match(svg, /^<svg [^>]*width="640" height="\d+" viewBox="0 0 \d+ \d+"/);
  const { page, at: read } = await openSvg('/zones.svg', svg, { width: 700, height: 700 });
  const at = (t: number) =>
    read(t, { laneA: 'g.zone[data-zone="a"]', laneB: 'g.zone[data-zone="b"]', webA: 'g.node[data-name="web"][data-zone="a"]', webB: 'g.node[data-name="web"][data-zone="b"]', standby: 'g.node[data-name="db-2"]' });
  const { caption: _caption, ...before } = await at(0.5);
  assert.deepEqual(before, { laneA: 'rgb(246, 248, 250)', laneB: 'rgb(246, 248, 250)', webA: 'rgb(232, 245, 233)', webB: 'rgb(232, 245, 233)', standby: 'rgb(232, 245, 233)' });
  const lost = await at(1.5);
  assert.equal(lost.laneA, 'rgb(253, 231, 231)');
  assert.equal(lost.webA, 'rgb(253, 231, 231)');
  assert.equal(lost.laneB, 'rgb(246, 248, 250)');
  assert.equal(lost.webB, 'rgb(232, 245, 233)');
  // At the end the standby in zone b has taken over (blue).
  const frames = result.states.length + 1;
  assert.equal((await at(frames - 0.5)).standby, 'rgb(227, 240, 253)');
  await page.close();
});
