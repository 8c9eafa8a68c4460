/**
 * The simulation panel's webview page, loaded with its real HTML and CSP in a
 * normal page; `acquireVsCodeApi` is stubbed to record what the page posts and
 * to keep its state. A stand-in for the extension and the language server
 * answers the page's steps the way they do (client/src/simulationPanel.ts keeps
 * the steps; the server runs simulationView on its analysis of the note). The
 * numbers the page shows must be exactly the core's simulate() — the function
 * the CLI runs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { simulationHtml, simulationStrings } from '../../client/src/simulationHtml';
import { type ExtensionToSimulation, isSimulationToExtension, type SimulationDesignMessage, type SimulationToExtension } from '../../media/messages';
import { animationView, type Design, formatAgainstGoal, formatDuration, formatShare, readSteps, scenarioEdit, scenarioSteps, type SimResult, type SimStep, simulate, simulationView, TopologyService } from '../../server/src/core';
import { bundle, launch, ROOT, serve, watch, type TestServer, type Watched } from './harness';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The spec's worked example, with a client → app → db chain and two scenarios. */
const NOTE = `# 페일오버 연습

\`\`\`topology first
a: client
b: web-server
a -> b
\`\`\`

\`\`\`topology 쇼핑몰 DB 페일오버
goal rto=1m rpo=0
users: client label="${HOSTILE}"
app: app-server
db: database primary
db-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s
users -> app -> db

scenario db-down: fail db
scenario app-blip: fail app at=10s; recover app at=40s
\`\`\`
`;

/** Proposed l10n/bundle.l10n.ko.json entries for the panel (English → Korean). */
// The Korean strings the extension ships (l10n/bundle.l10n.ko.json).
const KO = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;

const format = (s: string, args: string[]): string => s.replace(/\{(\d+)\}/g, (m, i: string) => args[Number(i)] ?? m);
const EN = simulationStrings((s, ...args) => format(s, args));
const KO_STRINGS = simulationStrings((s, ...args) => format(KO[s] ?? s, args));

let browser: Browser;
let server: TestServer;

before(async () => {
  const js = await bundle('media/simulate/main.ts');
  server = await serve(
    new Map([
      ['/simulate.js', { type: 'application/javascript', body: js }],
      ['/simulate.css', { type: 'text/css', body: readFileSync(join(ROOT, 'media/simulate/simulate.css')) }],
    ]),
  );
  server.routes.set('/', {
    type: 'text/html',
    body: simulationHtml({
      nonce: 'c2ltdWxhdGUtdGVzdA',
      cspSource: server.url,
      scriptUri: `${server.url}/simulate.js`,
      styleUri: `${server.url}/simulate.css`,
      locale: 'en',
    }),
  });
  server.routes.set('/favicon.ico', { type: 'image/x-icon', body: '' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The extension and the language server, as the page sees them: they keep the steps and answer with the server's view. */
interface Host {
  note: string;
  index: number;
  uri: string;
  scenario: string;
  steps: SimStep[];
  locale: 'en' | 'ko';
}

interface Opened {
  page: Page;
  w: Watched;
  host: Host;
  posted: () => Promise<SimulationToExtension[]>;
}

/** The `simDesign` message the panel posts for the host's note, design and steps (what the server's infraNotes/simulation answers). */
function designMessage(host: Host): SimulationDesignMessage {
  const service = new TopologyService();
  const view = simulationView(service, service.analyze(host.note), { index: host.index }, { scenario: host.scenario, steps: host.steps }, { locale: host.locale, theme: 'light' });
  assert.ok(view);
  host.scenario = view.scenario;
  host.steps = view.steps;
  return { type: 'simDesign', uri: host.uri, designIndex: view.designIndex, title: view.title, theme: 'light', view };
}

async function open(note = NOTE): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const w = await watch(page);
  const host: Host = { note, index: 1, uri: 'file:///notes/failover.md', scenario: '', steps: [], locale: 'en' };
  // The panel's side: new steps from the page are kept and answered with a new view.
  await page.exposeFunction('__infraNotesHost', (m: SimulationToExtension) => {
    if (m.type !== 'simSteps') return;
    host.scenario = m.scenario;
    host.steps = readSteps(m.steps);
    void send(page, designMessage(host));
  });
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  await page.addInitScript(`
    window.__posted = [];
    window.__state = undefined;
    window.acquireVsCodeApi = function () {
      return {
        postMessage: function (m) { window.__posted.push(m); window.__infraNotesHost(m); },
        getState: function () { return window.__state; },
        setState: function (s) { window.__state = s; },
      };
    };
  `);
  await page.goto(server.url + '/');
  const posted = () => page.evaluate(() => (window as unknown as { __posted: SimulationToExtension[] }).__posted);
  await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'simReady'));
  return { page, w, host, posted };
}

async function send(page: Page, msg: ExtensionToSimulation): Promise<void> {
  await page.evaluate((m) => window.postMessage(m, '*'), msg);
}

/** The design of the host's note, parsed the way the server parses it. */
function designOf(host: Host): Design {
  return new TopologyService().analyze(host.note).designs[host.index]!.design;
}

async function load(o: Opened, strings = EN, locale: 'en' | 'ko' = 'en', scenario: string | null = null): Promise<SimulationDesignMessage> {
  await send(o.page, { type: 'simInit', locale, strings });
  o.host.locale = locale;
  if (scenario !== null) o.host.scenario = scenario;
  const msg = designMessage(o.host);
  await send(o.page, msg);
  await o.page.waitForFunction(() => document.body.dataset['state'] === 'ready' && !!document.querySelector('#stage svg g.node.clickable'));
  return msg;
}

async function stepsShown(page: Page): Promise<string[]> {
  return page.$$eval('#steps code', (cs) => cs.map((c) => c.textContent ?? ''));
}

async function card(page: Page, entry: string): Promise<{ down: string; degraded: string; recovered: string; writes: string; sessions: string; goals: Record<string, string> }> {
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  return page.evaluate(`(() => {
    const entry = ${JSON.stringify(entry)};
    const row = [...document.querySelectorAll('#card tr[data-entry]')].find((r) => r.dataset.entry === entry);
    const goals = {};
    for (const li of document.querySelectorAll('#card li[data-goal]')) goals[li.dataset.goal] = li.dataset.met;
    return {
      down: row?.querySelector('[data-field="down"]')?.textContent ?? '',
      degraded: row?.querySelector('[data-field="degraded"]')?.textContent ?? '',
      recovered: row?.querySelector('[data-field="recovered"]')?.textContent ?? '',
      writes: document.getElementById('writes-lost')?.textContent ?? '',
      sessions: document.getElementById('sessions-lost')?.textContent ?? '',
      goals,
    };
  })()`);
}

/** What the card must say for a core result. */
function expectedCard(r: SimResult, entry: string): Awaited<ReturnType<typeof card>> {
  const e = r.entries.find((x) => x.entry === entry)!;
  const goals: Record<string, string> = {};
  for (const k of ['availability', 'rto', 'rpo'] as const) if (r.goal[k]) goals[k] = String(r.goal[k]!.met);
  return {
    down: formatDuration(e.downSeconds),
    degraded: formatDuration(e.degradedSeconds),
    recovered: e.recoverySeconds === null ? EN.notRecovered : formatDuration(e.recoverySeconds),
    writes: formatDuration(r.writesLostSeconds),
    sessions: formatShare(r.sessionsLost),
    goals,
  };
}

function nodeSelector(msg: SimulationDesignMessage, name: string): string {
  const id = new Map(msg.view.ids).get(name);
  assert.ok(id, name);
  return `#stage svg g.node[id*="-flowchart-${id}-"]`;
}

function clean(w: Watched): void {
  assert.deepEqual(w.violations, [], 'no CSP violation');
  assert.deepEqual(w.dialogs, [], 'no dialog');
  assert.deepEqual(w.errors, [], 'no page error');
  assert.ok(w.requests.every((u) => u.startsWith(server.url)), `only local requests: ${w.requests.join(', ')}`);
}

const FAIL_DB: SimStep[] = [{ type: 'fail', target: { type: 'node', node: 'db', instance: null }, at: 0 }];

describe('simulation webview', () => {
  test("clicking db in the diagram fails it; the card shows the core's (and the CLI's) numbers", async () => {
    const o = await open();
    const { page, w } = o;
    const msg = await load(o);
    const db = nodeSelector(msg, 'db');
    await page.locator(db).click();
    await page.waitForFunction(() => document.querySelector('#steps code')?.textContent === 'fail db');

    const expected = simulate(designOf(o.host), FAIL_DB);
    // The spec's worked example, by the numbers.
    assert.equal(expected.entries[0]!.downSeconds, 33);
    assert.equal(expected.writesLostSeconds, 1);
    assert.equal(expected.goal.rto?.met, true);
    assert.equal(expected.goal.rpo?.met, false);
    const shown = await card(page, 'users');
    assert.deepEqual(shown, expectedCard(expected, 'users'));
    assert.equal(shown.down, '33s');
    assert.equal(shown.writes, '1s');
    assert.deepEqual(shown.goals, { rto: 'true', rpo: 'false' });
    // ✓/✗ and words, not colour alone.
    assert.match((await page.textContent('#card li[data-goal="rto"]')) ?? '', /^✓ RTO: goal 1m, this run 33s — met$/);
    assert.match((await page.textContent('#card li[data-goal="rpo"]')) ?? '', /^✗ RPO: goal 0s, this run 1s — missed$/);

    // At 0s db is down, with a text badge; its edge from app is broken.
    assert.equal(await page.locator(db).getAttribute('class').then((c) => /\bsim-down\b/.test(c ?? '')), true);
    assert.equal(await page.locator(`${db} .sim-badge text`).textContent(), 'DOWN');
    assert.match((await page.locator(db).getAttribute('aria-label')) ?? '', /^db: DOWN\. Recover db$/);
    assert.equal(await page.locator('#stage svg path.sim-broken').count() >= 1, true);
    assert.equal(await page.textContent('#node-toggle'), 'Recover db');

    // The timeline is the core's, events up to the cursor marked.
    const events = await page.$$eval('#events li', (lis) => lis.map((li) => ({ past: li.classList.contains('past'), text: li.textContent ?? '' })));
    assert.equal(events.length, expected.events.length);
    expected.events.forEach((e, i) => assert.ok(events[i]!.text.includes(e.message.en), events[i]!.text));
    assert.deepEqual(
      events.map((e) => e.past),
      expected.events.map((e) => e.at <= 0),
    );

    // Step to the next events: detection at 3s, promotion at 33s; the standby then serves.
    await page.click('#step-forward');
    assert.equal(await page.textContent('#time-now'), 'Time: 3s');
    await page.click('#step-forward');
    assert.equal(await page.textContent('#time-now'), 'Time: 33s');
    const standby = nodeSelector(msg, 'db-standby');
    assert.equal(await page.locator(`${standby} .sim-badge text`).textContent(), 'SERVING');
    assert.equal(await page.locator(`${db} .sim-badge text`).textContent(), 'DOWN');
    assert.equal(await page.locator('#stage svg path.sim-broken').count(), 0);
    assert.match((await page.textContent('#charts figcaption')) ?? '', /users: 100% at 33s/);
    const past = await page.$$eval('#events li.past', (lis) => lis.length);
    assert.equal(past, expected.events.filter((e) => e.at <= 33).length);

    // Clicking db again at 33s recovers it then; the result is recomputed.
    await page.locator(db).click();
    await page.waitForFunction(() => document.querySelectorAll('#steps code').length === 2);
    assert.deepEqual(await stepsShown(page), ['fail db', 'recover db at=33s']);
    const again = simulate(designOf(o.host), [...FAIL_DB, { type: 'recover', target: { type: 'node', node: 'db', instance: null }, at: 33 }]);
    assert.deepEqual(await card(page, 'users'), expectedCard(again, 'users'));
    assert.equal(await page.locator(`${db} .sim-badge text`).textContent(), '');
    clean(w);
    await page.close();
  });

  test('keyboard: Tab from the node select to its button, Enter fails the node; nodes are focusable', async () => {
    const o = await open();
    const { page, w } = o;
    const msg = await load(o);
    await page.focus('#node-select');
    await page.selectOption('#node-select', 'db');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'node-toggle');
    assert.equal(await page.textContent('#node-toggle'), 'Fail db');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#steps code')?.textContent === 'fail db');
    assert.deepEqual(await card(page, 'users'), expectedCard(simulate(designOf(o.host), FAIL_DB), 'users'));
    assert.equal(await page.textContent('#node-toggle'), 'Recover db');

    // Every failable node is in the tab order; the client is not a button.
    assert.equal(await page.locator(`${nodeSelector(msg, 'app')}[tabindex="0"][role="button"]`).count(), 1);
    assert.equal(await page.locator(`${nodeSelector(msg, 'users')}[role="button"]`).count(), 0);
    await page.focus(nodeSelector(msg, 'app'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#steps code').length === 2);
    assert.deepEqual(await stepsShown(page), ['fail db', 'fail app']);
    // Every control has a name.
    const unnamed = await page.$$eval('button, select, input', (els) =>
      els
        .filter((e) => !(e as HTMLElement).hidden && !(e as HTMLElement).closest('[hidden]'))
        .filter((e) => !(e.getAttribute('aria-label') || (e as HTMLInputElement).labels?.length || e.textContent?.trim()))
        .map((e) => e.outerHTML),
    );
    assert.deepEqual(unnamed, []);
    clean(w);
    await page.close();
  });

  test('a hostile label and title are text: nothing runs, no CSP violation', async () => {
    const o = await open();
    const { page, w } = o;
    await send(page, { type: 'simInit', locale: 'en', strings: EN });
    o.host.note = NOTE.replace('```topology 쇼핑몰 DB 페일오버', `\`\`\`topology ${HOSTILE}`);
    const msg = designMessage(o.host);
    assert.equal(msg.title, HOSTILE);
    await send(page, msg);
    await page.waitForFunction(() => document.body.dataset['state'] === 'ready' && !!document.querySelector('#stage svg g.node'));
    assert.equal(await page.textContent('#title'), HOSTILE);
    assert.ok(((await page.textContent('#stage svg')) ?? '').includes(HOSTILE));
    assert.equal(await page.locator('img').count(), 0);
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelector('#steps code')?.textContent === 'fail db');
    await page.waitForTimeout(200);
    assert.equal(await page.locator('img').count(), 0);
    clean(w);
    await page.close();
  });

  test("the scenario select runs a scenario; the command's scenario argument selects one", async () => {
    const o = await open();
    const { page, w } = o;
    const msg = await load(o);
    assert.deepEqual(await page.$$eval('#scenario option', (os) => os.map((x) => (x as HTMLOptionElement).value)), ['', 'db-down', 'app-blip']);
    await page.selectOption('#scenario', 'app-blip');
    await page.waitForFunction(() => document.querySelectorAll('#steps code').length === 2);
    assert.deepEqual(await stepsShown(page), ['fail app at=10s', 'recover app at=40s']);
    const design = designOf(o.host);
    const expected = simulate(design, scenarioSteps(design.scenarios.find((s) => s.name === 'app-blip')!));
    assert.deepEqual(await card(page, 'users'), expectedCard(expected, 'users'));
    assert.equal((await card(page, 'users')).down, '30s');
    // The command line, run on the same note, gives the same numbers as the card.
    const dir = mkdtempSync(join(tmpdir(), 'infra-notes-sim-'));
    writeFileSync(join(dir, 'failover.md'), NOTE);
    const cli = spawnSync(process.execPath, [join(ROOT, 'out', 'cli.js'), 'simulate', 'failover.md', '--design', '2', '--scenario', 'app-blip', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const j = JSON.parse(cli.stdout) as { entries: { entry: string; downSeconds: number; degradedSeconds: number; recoverySeconds: number | null }[]; writesLostSeconds: number; sessionsLost: number; goal: Record<string, { met: boolean }> };
    const cliUsers = j.entries.find((e) => e.entry === 'users')!;
    const shownNow = await card(page, 'users');
    assert.equal(shownNow.down, formatDuration(cliUsers.downSeconds));
    assert.equal(shownNow.degraded, formatDuration(cliUsers.degradedSeconds));
    assert.equal(shownNow.recovered, cliUsers.recoverySeconds === null ? EN.notRecovered : formatDuration(cliUsers.recoverySeconds));
    assert.equal(shownNow.writes, formatDuration(j.writesLostSeconds));
    assert.deepEqual(shownNow.goals, Object.fromEntries(Object.entries(j.goal).map(([k, v]) => [k, String(v.met)])));
    assert.equal(await page.$$eval('#events li', (l) => l.length), expected.events.length);

    // Playback at 60×: the cursor reaches 10s and app shows DOWN, with no timer needed for the numbers.
    await page.selectOption('#speed', '60');
    await page.click('#play');
    assert.equal(await page.getAttribute('#play', 'aria-label'), 'Pause');
    await page.waitForFunction(() => Number((document.getElementById('time') as HTMLInputElement).value) >= 12);
    await page.click('#play');
    assert.equal(await page.getAttribute('#play', 'aria-label'), 'Play');
    const at = Number(await page.inputValue('#time'));
    if (at < 40) assert.equal(await page.locator(`${nodeSelector(msg, 'app')} .sim-badge text`).textContent(), 'DOWN');

    // Changing the steps by hand leaves the scenario.
    await page.click('#restart');
    assert.equal(await page.textContent('#time-now'), 'Time: 0s');
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelectorAll('#steps code').length === 3);
    assert.equal(await page.inputValue('#scenario'), '');

    // A CodeLens opens the panel on a scenario.
    o.host.scenario = 'db-down';
    await send(page, designMessage(o.host));
    await page.waitForFunction(() => (document.getElementById('scenario') as HTMLSelectElement).value === 'db-down');
    assert.deepEqual(await stepsShown(page), ['fail db']);
    assert.deepEqual(await card(page, 'users'), expectedCard(simulate(design, FAIL_DB), 'users'));
    clean(w);
    await page.close();
  });

  test('Korean: the card, badges and events speak the init message\'s language', async () => {
    const o = await open();
    const { page, w } = o;
    const msg = await load(o, KO_STRINGS, 'ko', 'db-down');
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    assert.equal(await page.locator(`${nodeSelector(msg, 'db')} .sim-badge text`).textContent(), '장애');
    assert.match((await page.textContent('#card li[data-goal="rto"]')) ?? '', /^✓ RTO: 목표 1분, 이번 실행 33초 — 충족$/);
    assert.match((await page.textContent('#card li[data-goal="rpo"]')) ?? '', /^✗ RPO: 목표 0초, 이번 실행 1초 — 미달$/);
    const events = (await page.textContent('#events')) ?? '';
    assert.ok(events.includes('db-standby가 프라이머리로 승격되어'), events);
    // Event labels and times in Korean, no English event name or unit.
    // …and the old primary, watched by nothing, noticed from the users' reports (15m) and rebuilt after its repair time
    // (1h more), inside the run's horizon (1h 25m).
    assert.deepEqual(await page.locator('#events .type').allTextContents(), ['장애', '전면 중단', '감지', '승격', '쓰기 유실', '정상화', '감지', '교체 완료']);
    for (const at of await page.locator('#events .at').allTextContents()) assert.match(at, /^(\d+(\.\d)?초|\d+분( \d+초)?|\d+시간( \d+분)?|0초)$/);
    await page.selectOption('#node-select', 'db');
    assert.equal(await page.textContent('#node-toggle'), 'db 복구');
    await page.selectOption('#node-select', 'app');
    assert.equal(await page.textContent('#node-toggle'), 'app 장애 내기');
    assert.equal(await page.textContent('label[for="scenario"]'), '시나리오');
    clean(w);
    await page.close();
  });

  test('an empty note shows the hint; the state survives the webview being hidden', async () => {
    const o = await open();
    const { page, w } = o;
    const msg = await load(o);
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelector('#steps code')?.textContent === 'fail db');
    // The steps are the panel's (the host keeps them); the page keeps its cursor.
    assert.deepEqual(o.host.steps, FAIL_DB);
    await page.click('#step-forward');
    await page.waitForFunction(() => document.getElementById('time-now')?.textContent === 'Time: 3s');
    const state = await page.evaluate(() => (window as unknown as { __state: unknown }).__state);
    assert.deepEqual(state, { key: 'file:///notes/failover.md#1', t: 3 });

    await send(page, { type: 'simEmpty' });
    await page.waitForFunction(() => document.body.dataset['state'] === 'empty');
    assert.equal(await page.isVisible('#empty'), true);
    assert.equal(await page.isVisible('#layout'), false);

    // Shown again (VS Code reloads a hidden webview): the panel sends its steps' view; the cursor comes back from the saved state.
    void msg;
    await send(page, designMessage(o.host));
    await page.waitForFunction(() => document.body.dataset['state'] === 'ready');
    assert.deepEqual(await stepsShown(page), ['fail db']);
    assert.equal(await page.textContent('#time-now'), 'Time: 3s');
    assert.ok(!(await o.posted()).some((m) => m.type === 'simError'));
    clean(w);
    await page.close();
  });

  test('the CSP allows one nonced script, no inline script and no eval', () => {
    const html = simulationHtml({ nonce: 'n0nce', cspSource: 'https://x.vscode-cdn.net', scriptUri: 's.js', styleUri: 's.css', locale: 'ko' });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-n0nce'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.doesNotMatch(csp, /https?:\/\/(?!x\.vscode-cdn\.net)/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<html lang="ko">/);
  });
});

describe('simulation webview: percentages', () => {
  test('floored like every other surface: a 99.995% goal reads 99.995%, not 100%', async () => {
    const o = await open(NOTE.replace('goal rto=1m rpo=0', 'goal availability=99.995% rto=1m rpo=0'));
    await load(o);
    const text = (await o.page.textContent('#card li[data-goal="availability"]')) ?? '';
    assert.match(text, /goal 99\.995%,/);
    clean(o.w);
    await o.page.close();
  });
});

/**
 * A design whose run is exactly one hour: every repair is 30m, so the horizon is
 * max(1h, 2 × rto 1m, 30m + 10m) = 1h (docs/simulation.md). Losing db: detected
 * after heartbeat 1s × 3 failures, promoted 30s later: 33s down.
 */
const HOUR_NOTE = `# 한 시간

\`\`\`topology 한 시간 실행
goal availability=99.9% rto=1m rpo=0
users: client
app: app-server repair=30m
db: database primary repair=30m
db-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s repair=30m
users -> app -> db
\`\`\`
`;

async function openHour(): Promise<Opened & { msg: SimulationDesignMessage }> {
  const o = await open(HOUR_NOTE);
  o.host.index = 0;
  const msg = await load(o);
  assert.equal(msg.view.result.horizon, 3600, 'the run is one hour');
  return { ...o, msg };
}

const chartRange = (page: Page): Promise<{ from: number; to: number }> =>
  page.$eval('#charts svg.chart', (svg) => ({ from: Number(svg.getAttribute('data-from')), to: Number(svg.getAttribute('data-to')) }));

describe('simulation webview: a panel that tells the truth', () => {
  test("the card shows this run's own availability: a 33 s outage in a 1 h run is 99.08%; the long-run estimate is labelled", async () => {
    const o = await openHour();
    const { page, w, msg } = o;
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelector('#steps code')?.textContent === 'fail db');
    assert.equal((await card(page, 'users')).down, '33s');
    // 1 − 33/3600 = 0.990833… floored to two decimals.
    assert.equal(await page.textContent('#card tr[data-entry="users"] [data-field="availability"]'), '99.08%');
    assert.equal(await page.textContent('#card th:nth-child(5)'), 'Availability (this run)');
    // The design's own figure is there, labelled as the long-run estimate, with its nines (not rounded up) — or, when it
    // misses the goal (99.9% here; each failover's 33 s counts), with the digits that tell it from the goal.
    const longRun = (await page.textContent('#long-run')) ?? '';
    const est = designAvailabilityOf(o.host);
    assert.equal(longRun, formatAgainstGoal(est, 0.999, est >= 0.999));
    assert.match((await page.textContent('#card dl')) ?? '', /Long-run availability estimate \(failure rates and repair times, not this run\)/);
    assert.match((await page.textContent('#card li[data-goal="availability"]')) ?? '', /goal 99\.9%, long-run estimate /);
    clean(w);
    await page.close();
  });

  test("the chart's default range shows the outage; the whole run is one click away", async () => {
    const o = await openHour();
    const { page, w, msg } = o;
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelector('#steps code')?.textContent === 'fail db');
    const zoomed = await chartRange(page);
    // The 0–33s outage with context, not an hour's axis where it is a hairline.
    assert.ok(zoomed.from <= 0 && zoomed.to >= 33 + 10, JSON.stringify(zoomed));
    assert.ok(zoomed.to <= 120, JSON.stringify(zoomed));
    // The red area is a visible share of the chart's width (more than a quarter of it).
    const lossWidth = await page.$eval('#charts svg.chart path.loss', (p) => (p as SVGPathElement).getBBox().width);
    assert.ok(lossWidth > (480 - 50) / 4, `loss area ${lossWidth} units wide`);
    assert.match((await page.textContent('#chart-range-text')) ?? '', /^Showing 0s – \d+s$/);
    assert.equal(await page.textContent('#chart-toggle'), 'Whole run (1h)');
    await page.click('#chart-toggle');
    assert.deepEqual(await chartRange(page), { from: 0, to: 3600 });
    assert.equal(await page.textContent('#chart-toggle'), 'Zoom to the outage');
    await page.click('#chart-toggle');
    assert.deepEqual(await chartRange(page), zoomed);
    clean(w);
    await page.close();
  });

  test('the card names the requests that failed: losing the primary of a read/write split fails the writes, not the reads', async () => {
    const note = `# split

\`\`\`topology one
a: client
\`\`\`

\`\`\`topology 읽기 쓰기 분리
users: client
lb: load-balancer layer=7 health-check managed
web: app-server replicas=2 state=stateless
db: database primary
db-standby: database standby of=db replication=sync failover=auto
db-read: database replica of=db replication=async
users -> lb -> web
web -> db : writes
web -> db-read : reads
\`\`\`
`;
    const o = await open(note);
    const msg = await load(o);
    const { page, w } = o;
    assert.equal(await page.locator('#card table.classes').count(), 0, 'nothing failed yet: no class table');
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelector('#steps code')?.textContent === 'fail db');
    await page.waitForSelector('#card table.classes');
    const r = simulate(designOf(o.host), [{ type: 'fail', target: { type: 'node', node: 'db', instance: null }, at: 0 }]);
    const writes = r.classes!.find((c) => c.name === 'web writes')!;
    assert.equal(await page.textContent('#card table.classes caption'), 'Requests that failed, by class');
    const rows = await page.$$eval('#card table.classes tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    // Only the writes failed (for the promotion); the reads kept going to the replica.
    assert.deepEqual(rows, [['users', 'web writes', '50% of web', formatDuration(writes.downSeconds)]]);
    assert.equal(writes.downSeconds, 30);
    assert.equal((await card(page, 'users')).down, '0s');
    clean(w);
    await page.close();
  });

  test('no ✓ for a goal nothing tested: with no step, RTO and RPO say "not tested"', async () => {
    const o = await openHour();
    const { page, w } = o;
    for (const k of ['rto', 'rpo']) {
      const li = page.locator(`#card li[data-goal="${k}"]`);
      assert.equal(await li.getAttribute('data-met'), 'untested');
      const text = (await li.textContent()) ?? '';
      assert.match(text, /^— (RTO|RPO): goal \S+, this run — — not tested: no failure in this run$/);
    }
    assert.doesNotMatch((await page.textContent('#card ul.goal')) ?? '', /✓ R[TP]O/);
    clean(w);
    await page.close();
  });

  test('failing a node after playing to the end starts it at 0s and says so; a step after the end is warned about', async () => {
    const o = await openHour();
    const { page, w, msg } = o;
    // The cursor at the end of the run, as after playing it through.
    await page.$eval('#time', (el) => {
      const input = el as HTMLInputElement;
      input.value = input.max;
      input.dispatchEvent(new Event('input'));
    });
    assert.equal(await page.textContent('#time-now'), 'Time: 1h');
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelector('#steps code')?.textContent === 'fail db');
    assert.deepEqual(o.host.steps, FAIL_DB, 'the failure happens at 0s, not at 1h');
    assert.equal(await page.textContent('#time-now'), 'Time: 0s');
    assert.equal(await page.textContent('#step-notice'), 'fail db starts at 0s: the run is replayed from the start.');
    assert.equal((await card(page, 'users')).down, '33s');
    assert.equal(await page.getAttribute('#card li[data-goal="rto"]', 'data-met'), 'true');

    // A later step at the cursor (recover at 33s) says when it happens.
    await page.click('#step-forward');
    await page.click('#step-forward');
    assert.equal(await page.textContent('#time-now'), 'Time: 33s');
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelectorAll('#steps code').length === 2);
    assert.equal(await page.textContent('#step-notice'), 'recover db at=33s happens at 33s.');

    // Steps given at the end of the run (a command argument, a scenario) are warned about, not run silently.
    o.host.steps = [{ type: 'fail', target: { type: 'node', node: 'app', instance: null }, at: 3600 }];
    await send(page, designMessage(o.host));
    await page.waitForFunction(() => !(document.getElementById('step-errors') as HTMLElement).hidden);
    assert.match((await page.textContent('#step-errors')) ?? '', /`fail app at=1h` is at or after the end of the run \(1h\): it has no effect/);
    assert.equal(await page.getAttribute('#card li[data-goal="rto"]', 'data-met'), 'untested');
    clean(w);
    await page.close();
  });

  test('"copy as scenario" asks the extension for the steps; the line the server writes parses with no finding', async () => {
    const o = await openHour();
    const { page, w, msg } = o;
    assert.equal(await page.isDisabled('#copy-scenario'), true, 'nothing to copy yet');
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelector('#steps code')?.textContent === 'fail db');
    await page.click('#step-forward');
    await page.click('#step-forward');
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelectorAll('#steps code').length === 2);
    assert.deepEqual(await stepsShown(page), ['fail db', 'recover db at=33s']);
    await page.click('#copy-scenario');
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'simCopyScenario'));
    const copy = (await o.posted()).find((m) => m.type === 'simCopyScenario') as { steps: SimStep[] };
    assert.deepEqual(copy.steps, o.host.steps);

    // What the extension does: the server's edit, applied to the note.
    const service = new TopologyService();
    const edit = scenarioEdit(service, service.analyze(o.host.note), { index: 0 }, copy.steps, 'en');
    assert.ok(edit);
    assert.equal(edit.line, 'scenario run-1: fail db; recover db at=33s');
    const lines = o.host.note.split('\n');
    assert.equal(lines[edit.range.start.line], '```', 'inserted before the closing fence');
    lines.splice(edit.range.start.line, 0, edit.newText.replace(/\n$/, ''));
    const note = lines.join('\n');
    const analysis = service.analyze(note);
    const d = analysis.designs[0]!;
    const sc = d.design.scenarios.find((x) => x.name === 'run-1');
    assert.ok(sc, 'the scenario is in the design');
    assert.deepEqual(scenarioSteps(sc), copy.steps, 'it reads back as the same steps');
    // Read with no mistake; the scenario's own verdict against the goal (scenario-not-met) may come with it.
    const onLine = service.findings(analysis).filter((f) => f.range.start.line === edit.range.start.line && f.rule !== 'scenario-not-met');
    assert.deepEqual(onLine.map((f) => f.rule), [], 'no finding on the written line');

    await send(page, { type: 'simCopied', line: edit.line });
    await page.waitForFunction(() => document.getElementById('step-notice')?.textContent?.startsWith('Added to the note'));
    assert.equal(await page.textContent('#step-notice'), 'Added to the note: scenario run-1: fail db; recover db at=33s');
    clean(w);
    await page.close();
  });

  test('"Export animation" posts the run shown (a scenario, or the own steps); the server makes its animated SVG from it', async () => {
    const o = await open();
    const { page, w } = o;
    const msg = await load(o);
    assert.equal(await page.isDisabled('#export-animation'), true, 'no run to animate yet');
    assert.equal(await page.textContent('#export-animation'), 'Export animation');
    assert.equal(await page.getAttribute('#export-animation', 'title'), EN.exportAnimationHint);
    const exports = async (): Promise<SimulationToExtension[]> => (await o.posted()).filter((m) => m.type === 'simExportAnimation');

    // A scenario: its name is posted, not its steps.
    await page.selectOption('#scenario', 'db-down');
    await page.waitForFunction(() => !(document.getElementById('export-animation') as HTMLButtonElement).disabled);
    await page.click('#export-animation');
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'simExportAnimation'));
    const [byName] = await exports();
    assert.deepEqual(byName, { type: 'simExportAnimation', scenario: 'db-down', steps: [] });
    assert.ok(isSimulationToExtension(byName));
    // What the command gets from the server for it: the animated SVG of that run.
    const service = new TopologyService();
    const anim = animationView(service, service.analyze(o.host.note), { index: o.host.index }, { scenario: 'db-down', steps: [] }, { locale: 'en' });
    assert.ok(anim?.svg);
    assert.equal(anim.caption, '쇼핑몰 DB 페일오버 — db-down');
    assert.match(anim.svg, /<g class="node" data-name="db">\s*<rect [^>]*><animate attributeName="fill"/);
    // The hostile label is not drawn in the animation; nothing of it is markup.
    assert.doesNotMatch(anim.svg, /<img|onerror/);

    // The own steps: a click on db, then the export posts those steps.
    await page.selectOption('#scenario', '');
    await page.waitForFunction(() => (document.getElementById('export-animation') as HTMLButtonElement).disabled);
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelector('#steps code')?.textContent === 'fail db');
    await page.click('#export-animation');
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'simExportAnimation').length === 2);
    const own = (await exports())[1]!;
    assert.deepEqual(own, { type: 'simExportAnimation', scenario: '', steps: FAIL_DB });
    assert.ok(isSimulationToExtension(own));
    // A message with no run is refused by the extension's guard.
    assert.equal(isSimulationToExtension({ type: 'simExportAnimation', scenario: '', steps: [] }), false);
    assert.equal(isSimulationToExtension({ type: 'simExportAnimation', scenario: '', steps: ['junk'] }), false);
    // Korean label.
    assert.equal(KO_STRINGS.exportAnimation, '애니메이션 내보내기');
    clean(w);
    await page.close();
  });

  test('the diagram zooms; a state badge reads at least 11px on screen', async () => {
    const o = await openHour();
    const { page, w, msg } = o;
    await page.setViewportSize({ width: 700, height: 900 });
    await page.locator(nodeSelector(msg, 'db')).click();
    await page.waitForFunction(() => document.querySelector('#steps code')?.textContent === 'fail db');
    const width = (): Promise<number> => page.$eval('#stage svg', (svg) => svg.getBoundingClientRect().width);
    // The badge's font size on screen: its size in the drawing's units times the drawing's scale.
    const badgeHeight = (): Promise<number> =>
      page.$eval(`${nodeSelector(msg, 'db')} .sim-badge text`, (t) => {
        const svg = (t as SVGTextElement).ownerSVGElement!;
        return (parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
      });
    await page.waitForFunction(() => document.body.dataset['zoom'] === 'fit');
    const fit = await width();
    assert.ok((await badgeHeight()) >= 10.9, `badge ${await badgeHeight()}px high`);
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    assert.ok((await width()) > fit * 1.4, `zoomed ${await width()} vs ${fit}`);
    assert.ok((await badgeHeight()) >= 10.9);
    assert.equal(await page.locator(`${nodeSelector(msg, 'db')} .sim-badge text`).textContent(), 'DOWN');
    await page.click('#zoom-out');
    await page.click('#zoom-fit');
    assert.equal(await width(), fit);
    clean(w);
    await page.close();
  });
});

function designAvailabilityOf(host: Host): number {
  const service = new TopologyService();
  return simulationView(service, service.analyze(host.note), { index: host.index }, {}, { locale: 'en', theme: 'light' })!.longRunAvailability;
}
