#!/usr/bin/env node
// UI checks and screenshots through the REAL VS Code workbench: code-server +
// chromium (playwright-core), started with the helpers of scripts/vscode/run.mjs.
// The extension is loaded as an installed extension (a symlink to the repo in a
// throwaway --extensions-dir, as scripts/vscode/demo.mjs does), so the window
// looks like a user's. The notes are COPIES of examples/ in a temp folder.
//
//   npm run build
//   node scripts/screenshots.mjs            UI checks; PNGs in test-results/ui/
//   node scripts/screenshots.mjs --readme   docs/images/preview-three-tier.png: the
//                                           13-node design "3계층 after" of
//                                           examples/08-three-tier.md in the real
//                                           Markdown preview, cropped to the diagram,
//                                           laid out 1200 CSS px wide, captured at 2×
//   options: --out PATH (UI mode: a folder for the PNGs; --readme: the PNG file),
//            --width N --scale N (--readme: layout width in CSS px, device pixel ratio),
//            --keep (keep the code-server run folder), --verbose (code-server's log)
//
// UI checks (each one is reported; the exit code is 1 if any failed):
//   squiggle   a warning squiggle (.squiggly-warning / .squiggly-error) in the editor
//   hover      moving the mouse onto it shows .monaco-hover with the finding's text
//   problems   the Problems panel (Ctrl+Shift+M) lists the finding
//   preview    "Markdown: Open Preview to the Side" draws both designs as SVG
//              (.infra-notes-topology svg, inside the preview's iframe-in-iframe)
//   simulation "Infra Notes: Open Simulation" on "3계층 after", click `db` in the
//              webview's SVG: db shows DOWN, db-standby SERVING, the result card fills
//   fail-after-end  End on the time slider (the run played to its end), click `web`:
//              the new failure is `fail web` at 0 s and the panel says so
// The last line on stdout is a JSON summary { ok, checks, screenshots, timings }.
//
// Library: import { runUiChecks, renderReadmePicture } from './screenshots.mjs'
// (test/e2e/ui.test.ts runs runUiChecks() and asserts on its result).
//
// Korean text needs a CJK font for chromium: Debian's `fonts-nanum` (without it
// Hangul renders as boxes). Needs the same install as the e2e harness
// (node scripts/vscode/install.mjs: Node 24 + code-server under .vscode-test/).

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './vscode/install.mjs';
import { launchChromium, startCodeServer } from './vscode/run.mjs';

const log = (msg) => process.stderr.write(`[screenshots] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const EXAMPLE = '08-three-tier.md';
export const README_PICTURE = join(REPO_ROOT, 'docs', 'images', 'preview-three-tier.png');
const README_TITLE = '3계층 after';
const IS_MAC = process.platform === 'darwin';
const MOD = IS_MAC ? 'Meta' : 'Control';

/** Is a font covering Hangul installed (fontconfig)? null when fc-list is missing. */
export function hasHangulFont() {
  try {
    const out = execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' });
    return out.trim().length > 0;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// The workbench

/**
 * code-server on a temp copy of examples/ with the extension installed (symlink),
 * chromium on it, the workbench loaded. Returns { page, folder, server, close() }.
 */
async function openWorkbench({ viewport = { width: 1600, height: 1000 }, deviceScaleFactor = 1, keep = false, verbose = false, settings = {} } = {}) {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  for (const f of [pkg.main ?? 'out/client.js', 'out/server.js', 'out/media/preview.js', 'out/media/simulate.js']) {
    if (!existsSync(join(REPO_ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'infra-notes-shots-ws-'));
  copyFileSync(join(REPO_ROOT, 'examples', EXAMPLE), join(folder, EXAMPLE));
  const extensionsDir = mkdtempSync(join(tmpdir(), 'infra-notes-shots-ext-'));
  symlinkSync(REPO_ROOT, join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');

  const server = await startCodeServer({
    extensionsDir,
    smokeTestDriver: false,
    quiet: !verbose,
    settings: {
      'workbench.colorTheme': 'Default Light Modern',
      'editor.minimap.enabled': false,
      'editor.fontSize': 14,
      'editor.hover.delay': 200,
      'editor.codeLens': true,
      'markdown.preview.scrollPreviewWithEditor': false,
      'markdown.preview.scrollEditorWithPreview': false,
      'workbench.editor.enablePreview': false,
      'problems.autoReveal': false,
      'breadcrumbs.enabled': false,
      'window.commandCenter': false,
      'workbench.layoutControl.enabled': false,
      'chat.disableAIFeatures': true,
      ...settings,
    },
  });
  let browser;
  const close = async () => {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
    if (!keep) rmSync(server.runDir, { recursive: true, force: true, maxRetries: 3 });
    else log(`kept run folder ${server.runDir}`);
    rmSync(folder, { recursive: true, force: true });
    rmSync(extensionsDir, { recursive: true, force: true });
  };
  try {
    browser = await launchChromium({
      env: { HOME: server.homeDir, XDG_CONFIG_HOME: join(server.runDir, 'xdg-config'), XDG_CACHE_HOME: join(server.runDir, 'xdg-cache') },
    });
    const context = await browser.newContext({ viewport, deviceScaleFactor, locale: 'en-US' });
    const page = await context.newPage();
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    await page.goto(server.url(folder), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // The explorer shows the folder once the workbench is really up.
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 }).catch(() => {});
    return { page, folder, server, consoleLines, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Runs a command through the command palette (F1), by its label. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${label}`);
  // Wait until the palette shows exactly this command, then run it.
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
}

/** Opens a file of the workspace with Quick Open (Ctrl+P), waits for its editor. */
async function openFile(page, name) {
  await page.keyboard.press(`${MOD}+P`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label*="${name}"]`).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 15_000 });
}

/**
 * Moves the cursor to a 1-based line (Ctrl+G) in the focused editor. The clicks on the
 * editor's text layer only give it focus: they are forced (no wait for a stable box), since
 * the layer can keep moving while the editor scrolls or its lenses settle (a CI run once
 * waited 30 s there for every check).
 */
async function goToLine(page, line) {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 }, force: true });
  await page.keyboard.press(`${MOD}+G`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}`);
  await sleep(150);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
}

/** The first frame (any depth) where `probe` (a JS expression string) is truthy; polls. */
async function findFrame(page, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      try {
        if (await f.evaluate(probe)) return f;
      } catch { /* detached or not ready */ }
    }
    if (Date.now() > deadline) return null;
    await sleep(250);
  }
}

function lineOf(text, needle) {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not found in ${EXAMPLE}`);
  return i + 1; // 1-based
}

// ---------------------------------------------------------------------------
// UI checks

/**
 * Runs the UI checks; never throws for a failed check (each is reported).
 * Returns { ok, checks: { name: { ok, detail } }, screenshots: [paths], timings, hangulFont }.
 */
export async function runUiChecks({ outDir = join(REPO_ROOT, 'test-results', 'ui'), keep = false, verbose = false } = {}) {
  mkdirSync(outDir, { recursive: true });
  for (const f of ['failure.png', 'failure.log']) rmSync(join(outDir, f), { force: true }); // from an earlier run
  const checks = {};
  const screenshots = [];
  const timings = {};
  const t0 = Date.now();
  const shot = async (target, name, opts = {}) => {
    const path = join(outDir, `${name}.png`);
    await target.screenshot({ path, timeout: 15_000, ...opts });
    screenshots.push(path);
    return path;
  };
  const check = async (name, fn) => {
    const t = Date.now();
    try {
      const detail = await fn();
      checks[name] = { ok: true, detail: detail ?? '' };
      log(`✔ ${name}${detail ? `: ${detail}` : ''}`);
    } catch (e) {
      checks[name] = { ok: false, detail: e instanceof Error ? e.message.split('\n').slice(0, 8).join('\n') : String(e) };
      log(`✘ ${name}: ${checks[name].detail}`);
    }
    timings[name] = Date.now() - t;
  };

  const text = readFileSync(join(REPO_ROOT, 'examples', EXAMPLE), 'utf8');
  const wb = await openWorkbench({ keep, verbose });
  timings.workbench = Date.now() - t0;
  const { page } = wb;
  try {
    await check('open', async () => {
      await openFile(page, EXAMPLE);
      return EXAMPLE;
    });

    let squiggle;
    /** The simulation webview's frame, once the simulation check opened it. */
    let simFrame;
    await check('squiggle', async () => {
      squiggle = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first();
      await squiggle.waitFor({ state: 'visible', timeout: 45_000 });
      const n = await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').count();
      await shot(page, '1-editor-squiggles');
      return `${n} squiggle element(s)`;
    });

    await check('hover', async () => {
      if (!squiggle) throw new Error('no squiggle to hover');
      try {
        // The first squiggles are near the top of the note: show it (an editor can open scrolled elsewhere).
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 }, force: true });
        await page.keyboard.press(`${MOD}+Home`);
        const first = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first();
        await first.waitFor({ state: 'visible', timeout: 10_000 });
        await sleep(300);
        const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'single point of failure' }).first();
        // A hover the workbench drops (the mouse arrived while the editor was still laying out, or another hover won)
        // is asked for again by moving away and back: up to three tries, the check still fails if it never shows.
        for (let attempt = 1; ; attempt++) {
          const box = await first.boundingBox();
          if (!box) throw new Error('the squiggle has no bounding box');
          // Not locator.hover(): the text layer is on top of the squiggle layer.
          await page.mouse.move(box.x + 2, box.y + box.height / 2);
          await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2, { steps: 4 });
          try {
            await hover.waitFor({ state: 'visible', timeout: 7_000 });
            break;
          } catch (e) {
            if (attempt >= 3) throw e;
            await page.mouse.move(5, 5);
            await sleep(500);
          }
        }
        const t = (await hover.innerText()).replace(/\s+/g, ' ').trim();
        await shot(page, '2-hover');
        return t.slice(0, 120);
      } finally {
        // Whatever happened, leave no hover over the editor for the next checks to click through.
        await page.mouse.move(5, 500);
        await page.keyboard.press('Escape');
      }
    });

    await check('problems', async () => {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 }, force: true });
      await page.keyboard.press(`${MOD}+Shift+M`);
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: 10_000 });
      const row = panel.locator('.monaco-list-row', { hasText: 'is a single point of failure' }).first();
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      const all = (await panel.innerText()).replace(/\s+/g, ' ');
      for (const want of ['`web` is a single point of failure', 'infra-notes', 'single-point-of-failure']) {
        if (!all.includes(want)) throw new Error(`the Problems panel does not show "${want}": ${all.slice(0, 400)}`);
      }
      await shot(page, '3-problems');
      const rows = await panel.locator('.monaco-list-row').count();
      // Close the panel again (it takes room from the preview).
      await page.keyboard.press(`${MOD}+J`);
      return `${rows} row(s)`;
    });

    await check('preview', async () => {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 }, force: true });
      await runCommand(page, 'Markdown: Open Preview to the Side');
      const frame = await findFrame(page, `document.querySelectorAll('.infra-notes-topology svg').length >= 2`, 45_000);
      if (!frame) throw new Error('no preview frame with two .infra-notes-topology svg within 45 s');
      const info = await frame.evaluate(`(() => Array.from(document.querySelectorAll('.infra-notes-topology')).map((el) => ({
        title: el.dataset.title, svg: !!el.querySelector('svg'), nodes: el.querySelectorAll('svg g.node').length,
        error: !!el.querySelector('.infra-notes-error') })))()`);
      if (info.length !== 2 || info.some((b) => !b.svg || b.error)) throw new Error(`preview blocks: ${JSON.stringify(info)}`);
      const after = info.find((b) => b.title === README_TITLE);
      if (!after || after.nodes < 12) throw new Error(`"${README_TITLE}" should draw 12+ nodes: ${JSON.stringify(info)}`);
      await sleep(300);
      await shot(page, '4-preview');
      return info.map((b) => `${b.title}: ${b.nodes} nodes`).join('; ');
    });

    await check('simulation', async () => {
      // Close the preview, put the cursor in "3계층 after", open the simulation.
      await runCommand(page, 'View: Close All Editors in Group').catch(() => {});
      const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
      if (!(await editor.isVisible())) await openFile(page, EXAMPLE);
      await goToLine(page, lineOf(text, 'db: database engine=postgres primary'));
      await runCommand(page, 'Infra Notes: Open Simulation');
      const frame = await findFrame(page, `!!document.querySelector('#stage svg g.node.clickable[data-name="db"]') && document.body.dataset.state === 'ready'`, 45_000);
      if (!frame) throw new Error('no simulation webview frame with a clickable `db` node within 45 s');
      const title = await frame.locator('#title').innerText();
      if (!title.includes(README_TITLE)) throw new Error(`the simulation shows "${title}", expected "${README_TITLE}"`);
      await frame.locator('#stage svg g.node.clickable[data-name="db"]').click();
      // A function, not a string: a string predicate is eval'ed in the page, which the webview's CSP forbids.
      await frame.waitForFunction(() => Array.from(document.querySelectorAll('#steps code')).some((c) => c.textContent === 'fail db'), null, { timeout: 10_000 });
      const state = await frame.evaluate(`(() => ({
        db: document.querySelector('#stage svg g.node[data-name="db"] .sim-badge text')?.textContent ?? '',
        standby: document.querySelector('#stage svg g.node[data-name="db-standby"] .sim-badge text')?.textContent ?? '',
        card: (document.getElementById('card')?.innerText ?? '').replace(/\\s+/g, ' ').trim(),
      }))()`);
      if (state.db !== 'DOWN') throw new Error(`db badge: "${state.db}" (expected DOWN)`);
      // Failover: sync standby with failover=auto takes over (maybe after a few seconds of simulated time).
      // (Step by step: the events before the promotion — detection, a monitor's notice — are each a step.)
      for (let k = 0; k < 6 && state.standby !== 'SERVING'; k++) {
        await frame.locator('#step-forward').click();
        state.standby = await frame.evaluate(`document.querySelector('#stage svg g.node[data-name="db-standby"] .sim-badge text')?.textContent ?? ''`);
      }
      if (state.standby !== 'SERVING') throw new Error(`db-standby badge: "${state.standby}" (expected SERVING after the failover)`);
      if (!state.card) throw new Error('the result card is empty');
      await sleep(300);
      await shot(page, '5-simulation');
      simFrame = frame;
      return `db DOWN, db-standby SERVING; card: ${state.card.slice(0, 160)}`;
    });

    await check('fail-after-end', async () => {
      // Play to the end of the run (End on the time slider, as a keyboard user does), then
      // fail another node: it must start at 0 s and say so, not be added at 1h doing nothing.
      const frame = simFrame;
      if (!frame) throw new Error('no simulation panel (the simulation check failed)');
      const slider = frame.locator('#time');
      await slider.focus();
      await page.keyboard.press('End');
      await frame.waitForFunction(() => {
        const t = document.getElementById('time');
        return !!t && t.value === t.max;
      }, null, { timeout: 10_000 });
      const atEnd = (await frame.locator('#time-now').innerText()).trim();
      await frame.locator('#stage svg g.node.clickable[data-name="web"]').first().click();
      await frame.waitForFunction(() => Array.from(document.querySelectorAll('#steps code')).some((c) => (c.textContent ?? '').startsWith('fail web')), null, { timeout: 10_000 });
      const r = await frame.evaluate(`(() => ({
        steps: Array.from(document.querySelectorAll('#steps code')).map((c) => c.textContent),
        now: (document.getElementById('time-now')?.textContent ?? '').trim(),
        notice: (document.getElementById('step-notice')?.textContent ?? '').trim(),
      }))()`);
      const step = r.steps.find((x) => x.startsWith('fail web'));
      if (step !== 'fail web') throw new Error(`the new step is "${step}" (expected "fail web", at 0 s); steps: ${JSON.stringify(r.steps)}`);
      if (!/^(Time|시간): 0(s|초)$/.test(r.now)) throw new Error(`after the new failure the cursor is at "${r.now}", expected 0 s (it was at "${atEnd}")`);
      if (!/fail web/.test(r.notice) || !/0(s|초)/.test(r.notice)) throw new Error(`no notice that fail web starts at 0 s: "${r.notice}"`);
      return `at "${atEnd}" → steps ${JSON.stringify(r.steps)}, cursor "${r.now}", notice "${r.notice}"`;
    });
  } finally {
    if (Object.values(checks).some((c) => !c.ok)) {
      try { await shot(page, 'failure'); } catch { /* page gone */ }
      try {
        writeFileSync(join(outDir, 'failure.log'), `${wb.consoleLines.join('\n')}\n## code-server\n${wb.server.logText()}`);
      } catch { /* ignore */ }
    }
    await wb.close();
  }
  timings.total = Date.now() - t0;
  const ok = Object.keys(checks).length > 0 && Object.values(checks).every((c) => c.ok);
  return { ok, checks, screenshots, timings, hangulFont: hasHangulFont() };
}

// ---------------------------------------------------------------------------
// README picture

/**
 * Renders "3계층 after" of examples/08-three-tier.md in the real Markdown
 * preview and saves it cropped to the diagram (its title included): laid out
 * `width` CSS pixels wide, captured at `scale` device pixels per CSS pixel.
 * The design is wide (its natural layout is ~2300 px): at 1200 px its labels
 * are ~8 px, so the default is a 2× capture (~2400 px) meant to be shown at
 * width 1200 (`<img width="1200">`), sharp when zoomed; --scale 1 gives a plain
 * ~1200 px PNG.
 * Returns { path, width, height, nodes, layoutWidth, scale, svg: { natural, shown } }.
 */
export async function renderReadmePicture({ out = README_PICTURE, width = 1200, scale = 2, keep = false, verbose = false } = {}) {
  if (hasHangulFont() === false) log('warning: no font with Hangul (apt-get install fonts-nanum): Korean labels will be boxes');
  const wb = await openWorkbench({
    viewport: { width: width + 700, height: 1200 }, // side bar + activity bar + the preview's margins
    deviceScaleFactor: scale,
    keep,
    verbose,
    settings: { 'workbench.statusBar.visible': false },
  });
  const { page } = wb;
  try {
    await openFile(page, EXAMPLE);
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 }, force: true });
    // The preview replaces the editor (Open Preview, not to the side): the widest column.
    await runCommand(page, 'Markdown: Open Preview');
    const probe = `(() => { const el = Array.from(document.querySelectorAll('.infra-notes-topology')).find((e) => e.dataset.title === ${JSON.stringify(README_TITLE)}); return !!el && !!el.querySelector('svg'); })()`;
    const frame = await findFrame(page, probe, 60_000);
    if (!frame) throw new Error(`no preview frame with "${README_TITLE}" drawn within 60 s`);
    const block = frame.locator(`.infra-notes-topology[data-title="${README_TITLE}"]`);
    const nodes = await block.locator('svg g.node').count();
    if (nodes < 12) throw new Error(`"${README_TITLE}" draws ${nodes} nodes, expected 12`);
    // Exactly `width` CSS px wide (the SVG scales with its box; nothing is re-rendered).
    await block.evaluate((el, w) => {
      el.style.width = `${w}px`;
      el.style.maxWidth = 'none';
      el.style.boxSizing = 'border-box';
      el.style.padding = '8px 12px';
      el.style.background = getComputedStyle(document.body).backgroundColor;
    }, width);
    await block.scrollIntoViewIfNeeded();
    await sleep(500); // fonts and the last layout pass
    const svg = await block.evaluate((el) => {
      const s = el.querySelector('svg');
      const vb = s?.viewBox?.baseVal;
      return { natural: vb ? Math.round(vb.width) : null, shown: s ? Math.round(s.getBoundingClientRect().width) : null };
    });
    mkdirSync(dirname(out), { recursive: true });
    await block.screenshot({ path: out, timeout: 20_000, animations: 'disabled' });
    const png = readFileSync(out);
    return { path: out, width: png.readUInt32BE(16), height: png.readUInt32BE(20), nodes, layoutWidth: width, scale, svg };
  } finally {
    await wb.close();
  }
}

// ---------------------------------------------------------------------------
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      readme: { type: 'boolean' },
      out: { type: 'string' },
      width: { type: 'string' },
      scale: { type: 'string' },
      keep: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
  });
  const t0 = Date.now();
  try {
    if (values.readme) {
      const r = await renderReadmePicture({
        out: values.out ? resolve(values.out) : README_PICTURE,
        width: values.width ? Number(values.width) : undefined,
        scale: values.scale ? Number(values.scale) : undefined,
        keep: values.keep,
        verbose: values.verbose,
      });
      log(`saved ${r.path} (${r.width}×${r.height} px: ${r.layoutWidth} CSS px at ${r.scale}×, ${r.nodes} nodes) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      process.stdout.write(JSON.stringify({ ok: true, ...r }) + '\n');
    } else {
      if (hasHangulFont() === false) log('warning: no font with Hangul (apt-get install fonts-nanum): Korean text will be boxes');
      const r = await runUiChecks({ outDir: values.out ? resolve(values.out) : undefined, keep: values.keep, verbose: values.verbose });
      for (const s of r.screenshots) log(`screenshot: ${s}`);
      log(`${r.ok ? 'all UI checks passed' : 'UI checks FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      process.stdout.write(JSON.stringify(r) + '\n');
      process.exitCode = r.ok ? 0 : 1;
    }
  } catch (e) {
    log(`FAILED: ${e instanceof Error ? e.stack : e}`);
    process.exitCode = 2;
  }
}
