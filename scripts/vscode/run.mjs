#!/usr/bin/env node
// Runs an extension's test suite inside a REAL VS Code workbench, offline:
// code-server (VS Code 1.139 as a server, installed from npm by install.mjs)
// plus Debian's chromium driven by playwright-core as the window. The recipe
// and the facts behind it are in /work/shared/design/real-vscode-e2e.md.
//
// How a run goes:
//  1. A throwaway RUN folder (HOME, TMPDIR, XDG_* point into it; code-server
//     writes sockets, logs and config there). user-data/User/settings.json is
//     written before code-server starts.
//  2. code-server is started with Node 24 (first on PATH too: Node 20 gives
//     HTTP 500) in its own process group (spawn `detached` = setsid()), bound to
//     127.0.0.1 on a free port, with `--vscode-option enable-smoke-test-driver`
//     (without it the `payload` URL parameter is ignored). We wait for /healthz.
//  3. Chromium opens http://127.0.0.1:PORT/?folder=WORKSPACE&payload=[…] where
//     the payload carries extensionDevelopmentPath and extensionTestsPath as
//     vscode-remote:// URIs (code-server has no --extensionDevelopmentPath flag).
//     The extension host loads the extension, then calls run() of the tests file.
//  4. The workbench reports through two functions we expose on the page:
//     codeAutomationLog(type, args) = the suite's console output, and
//     codeAutomationExit(code) = the result (0 = passed).
//  5. On failure or timeout: a screenshot and the logs go to test-results/.
//     Always: browser closed, `kill -- -PGID` (SIGTERM, then SIGKILL) for the
//     whole code-server group (extension hosts and the language server would
//     otherwise linger for hours), RUN folder removed (unless keepRunDir).
//
// Locale (what works in code-server 4.139.1 / VS Code 1.139 offline — read
// from its server-main.js and checked with a probe extension logging
// vscode.env.language):
//  * The server picks the language per page load from, in order: the
//    `--locale` flag, `locale` in user-data/User/argv.json, the
//    `vscode.nls.locale` cookie, the browser's Accept-Language (only reached
//    when argv.json exists without a `locale` key: a MISSING argv.json counts
//    as "en"), else "en".
//  * A non-English locale only takes effect if user-data/languagepacks.json
//    has a language pack for it (normally written when a language-pack
//    extension such as MS-CEINTL.vscode-language-pack-ko is installed; that
//    comes from open-vsx, unreachable here). Without one VS Code resolves the
//    language to "en": `--locale ko` alone, argv.json alone, or a ko-KR
//    browser alone all give vscode.env.language === 'en' (tried).
//  * What works (tried): `--locale ko` (and/or argv.json {"locale":"ko"}) PLUS
//    a stub language pack of our own: a languagepacks.json entry whose
//    `translations.vscode` file has no translations ({"contents":{}}). The
//    server then generates user-data/clp/…/nls.messages.js with
//    `_VSCODE_NLS_LANGUAGE = "ko"`, the renderer's language is "ko", and the
//    extension host sees vscode.env.language === 'ko' — which is what
//    vscode-languageclient sends as `locale` in initialize. The workbench's own
//    UI text stays English (every message falls back to the default). We do
//    all three (flag, argv.json, stub pack) and give the browser context the
//    locale too (navigator.language, Accept-Language).
//
// Library:  import { runVsCodeTests, startCodeServer } from './run.mjs'
// CLI:      node scripts/vscode/run.mjs [--extension DIR] [--tests FILE]
//             [--workspace DIR] [--locale ko] [--timeout SECONDS] [--keep]
//           (defaults: repo root, out/test/e2e/index.js, a temp copy of
//           test/e2e/fixtures/); exit code = the suite's.

import { spawn } from 'node:child_process';
import {
  cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { ensureInstalled, node24Env, REPO_ROOT } from './install.mjs';

const log = (msg) => process.stderr.write(`[vscode-run] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------
// Process-group bookkeeping: kill every code-server group we started if this
// process ends early (Ctrl+C, node:test killing the file on its timeout).
const liveGroups = new Set();
function killGroup(pgid, signal) {
  try { process.kill(-pgid, signal); return true; } catch { return false; }
}
let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => { for (const g of liveGroups) killGroup(g, 'SIGKILL'); });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      for (const g of liveGroups) killGroup(g, 'SIGKILL');
      liveGroups.clear();
      // If nobody else handles the signal, take the default action (our
      // `once` listener is gone by now); otherwise leave it to them.
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    });
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

// Lines the workbench logs on every offline run (no gallery, no GitHub auth,
// connection chatter). Dropped from `output` together with the stack trace
// lines that follow them; the raw log is kept in `rawOutput` and in the
// test-results/ log of a failed run.
const NOISE = [
  /open-vsx\.org/, /getaddrinfo E(NOTFOUND|AI_AGAIN)/, /^Creating a socket \(/, /^Resolving connection token/,
  /^Resolved connection token/, /^\[reconnection-grace-time\]/, /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/, /^\[AgentHost/, /^\[AccountPolicyGate\]/,
  /^Timed out waiting for authentication provider/, /vsda/, /^\[: .*unexpected operator/,
  /^Creation of workbench contribution '.*' took \d+ms/,
];
/** Returns a stateful predicate: keep(line) is false for known noise (and its stack). */
export function createNoiseFilter() {
  let inNoise = false;
  return (line) => {
    if (NOISE.some((re) => re.test(line))) { inNoise = true; return false; }
    if (inNoise && /^\s+at\s/.test(line)) return false;
    inNoise = false;
    return true;
  };
}

function tail(text, lines = 60) {
  const all = text.split('\n');
  return all.slice(Math.max(0, all.length - lines)).join('\n');
}

const SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

/** Registers a translation-less language pack for `locale` (see the header). */
export function writeStubLanguagePack(userDataDir, locale) {
  const dir = join(userDataDir, 'stub-language-pack', locale);
  mkdirSync(dir, { recursive: true });
  const translations = join(dir, 'main.i18n.json');
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }) + '\n');
  const packs = {
    [locale]: {
      hash: `infra-notes-stub-${locale}`,
      extensions: [{ extensionIdentifier: { id: `infra-notes.stub-language-pack-${locale}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2) + '\n');
}

/**
 * Start code-server in its own process group on 127.0.0.1 (a free port unless
 * `port` is given).
 * Returns { port, pgid, runDir, userDataDir, extensionsDir, url(folder, payload?),
 * logText(), stop() }.
 */
export async function startCodeServer({
  locale, extensionsDir, env: extraEnv = {}, settings = {}, runDir, quiet = true, healthTimeoutMs = 30_000,
  port, smokeTestDriver = true,
} = {}) {
  const paths = ensureInstalled({ browser: false });
  installExitHooks();
  runDir ??= mkdtempSync(join(tmpdir(), 'infra-notes-vscode-'));
  const dirs = {
    home: join(runDir, 'home'),
    tmp: join(runDir, 'tmp'),
    config: join(runDir, 'xdg-config'),
    data: join(runDir, 'xdg-data'),
    cache: join(runDir, 'xdg-cache'),
    state: join(runDir, 'xdg-state'),
    runtime: join(runDir, 'xdg-runtime'),
    userData: join(runDir, 'user-data'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true, mode: 0o700 });
  extensionsDir ??= join(runDir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...SETTINGS, ...settings }, null, 2) + '\n');
  if (locale && !locale.startsWith('en')) {
    writeFileSync(join(dirs.userData, 'User', 'argv.json'), JSON.stringify({ locale }) + '\n');
    writeStubLanguagePack(dirs.userData, locale);
  }

  port ??= await freePort();
  const configFile = join(runDir, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const args = [
    paths.codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--config', configFile,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  // Needed for the `payload` URL parameter (extensionDevelopmentPath/TestsPath).
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (locale) args.push('--locale', locale);

  const env = node24Env(paths, process.env);
  for (const k of Object.keys(env)) {
    // Do not leak the caller's VS Code / npm / Electron context into the server.
    if (/^(VSCODE_|ELECTRON_|npm_)/.test(k) && k !== 'npm_config_nodedir') delete env[k];
  }
  Object.assign(env, {
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    XDG_STATE_HOME: dirs.state,
    XDG_RUNTIME_DIR: dirs.runtime,
    ...extraEnv,
  });

  const serverLogFile = join(runDir, 'code-server.log');
  const serverLog = createWriteStream(serverLogFile);
  let logText = '';
  const child = spawn(paths.nodeBin, args, {
    cwd: dirs.home, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pgid = child.pid;
  liveGroups.add(pgid);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      const s = chunk.toString();
      logText += s;
      if (logText.length > 2_000_000) logText = logText.slice(-1_000_000);
      serverLog.write(chunk);
      if (!quiet) process.stderr.write(s);
    });
  }

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + 3000;
    while (exited === null && Date.now() < deadline) await sleep(50);
    await sleep(200); // give extension hosts a moment, then make sure
    killGroup(pgid, 'SIGKILL');
    liveGroups.delete(pgid);
    await new Promise((r) => serverLog.end(r));
  };

  const t0 = Date.now();
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited during startup (${exited.code ?? exited.signal}):\n${tail(logText)}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() - t0 > healthTimeoutMs) {
      await stop();
      throw new Error(`code-server did not answer /healthz within ${healthTimeoutMs} ms:\n${tail(logText)}`);
    }
    await sleep(100);
  }

  const base = `http://127.0.0.1:${port}`;
  const remote = (absPath) => `vscode-remote://127.0.0.1:${port}${encodeURI(absPath)}`;
  /** Workbench URL; payload = array of [key, value] (absolute paths become vscode-remote URIs). */
  const url = (folder, payload) => {
    let u = `${base}/`;
    const q = [];
    if (folder) q.push(`folder=${encodeURIComponent(resolve(folder))}`);
    if (payload?.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
    return q.length ? `${u}?${q.join('&')}` : u;
  };
  return {
    port, pgid, runDir, userDataDir: dirs.userData, extensionsDir, serverLogFile, homeDir: dirs.home,
    startupMs: Date.now() - t0, url, remote, logText: () => logText, stop, hasExited: () => exited !== null,
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launch chromium (playwright-core). HOME etc. should point into a throwaway folder. */
export async function launchChromium({ env, executablePath } = {}) {
  const { chromium } = await import('playwright-core');
  const paths = ensureInstalled({ browser: true });
  return chromium.launch({
    executablePath: executablePath ?? paths.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...env },
  });
}

function stamp() {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Run `testsPath` (a file exporting run(): Promise<void>) in the extension host
 * with the extension at `extensionPath` loaded for development, on `workspace`.
 * Resolves with { exitCode, passed, timedOut, output (known noise removed),
 * rawOutput, screenshot?, artifacts, timings }.
 * exitCode is the suite's (from codeAutomationExit), or null on timeout.
 * Never throws for a failing suite; throws only if the harness cannot start.
 */
export async function runVsCodeTests({
  extensionPath = REPO_ROOT,
  testsPath = join(REPO_ROOT, 'out', 'test', 'e2e', 'index.js'),
  workspace,
  locale,
  timeoutMs = 180_000,
  env = {},
  label = 'vscode-e2e',
  resultsDir = join(REPO_ROOT, 'test-results'),
  artifactsOnFailure = true,
  keepRunDir = process.env.INFRA_NOTES_E2E_KEEP === '1',
  onLog,
} = {}) {
  extensionPath = resolve(extensionPath);
  testsPath = resolve(testsPath);
  if (!existsSync(join(extensionPath, 'package.json'))) throw new Error(`no package.json in ${extensionPath}`);
  if (!existsSync(testsPath)) throw new Error(`tests file ${testsPath} does not exist (run npm run build first)`);
  if (workspace && !existsSync(workspace)) throw new Error(`workspace ${workspace} does not exist`);

  const timings = {};
  const tStart = Date.now();
  const deadline = tStart + timeoutMs;
  const rawOutput = [];
  const output = [];
  const keep = createNoiseFilter();
  const emit = (line) => {
    rawOutput.push(line);
    if (!keep(line)) return;
    output.push(line);
    if (onLog) onLog(line);
  };

  const server = await startCodeServer({ locale, env });
  timings.serverStartMs = Date.now() - tStart;
  let browser;
  let page;
  const pageConsole = [];
  let result = { exitCode: null, timedOut: false };
  try {
    browser = await launchChromium({
      env: {
        HOME: join(server.runDir, 'home'),
        XDG_CONFIG_HOME: join(server.runDir, 'xdg-config'),
        XDG_CACHE_HOME: join(server.runDir, 'xdg-cache'),
      },
    });
    timings.browserLaunchMs = Date.now() - tStart - timings.serverStartMs;
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      ...(locale ? { locale } : {}),
    });
    page = await context.newPage();

    let settle;
    const exitPromise = new Promise((r) => { settle = r; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? format(...args) : format(args);
      for (const line of text.replace(/\n$/, '').split('\n')) emit(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      settle({ exitCode: typeof code === 'number' ? code : Number(code) });
    });
    page.on('console', (m) => pageConsole.push(`[console.${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => pageConsole.push(`[pageerror] ${e.message}`));
    page.on('crash', () => settle({ exitCode: null, crashed: true }));

    const url = server.url(workspace, [
      ['extensionDevelopmentPath', server.remote(extensionPath)],
      ['extensionTestsPath', server.remote(testsPath)],
    ]);
    const tGoto = Date.now();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1000, deadline - Date.now()) });
    page.waitForSelector('.monaco-workbench', { timeout: Math.max(1000, deadline - Date.now()) })
      .then(() => { timings.workbenchVisibleMs = Date.now() - tGoto; }, () => {});

    let timer;
    const serverDied = (async () => {
      while (!server.hasExited()) await sleep(250);
      return { exitCode: null, serverExited: true };
    })();
    result = await Promise.race([
      exitPromise,
      serverDied,
      new Promise((r) => { timer = setTimeout(() => r({ exitCode: null, timedOut: true }), Math.max(0, deadline - Date.now())); }),
    ]);
    clearTimeout(timer);
    timings.suiteMs = Date.now() - tGoto;
  } catch (err) {
    result = { exitCode: null, error: err };
  } finally {
    const passed = result.exitCode === 0;
    if (!passed && artifactsOnFailure) {
      mkdirSync(resultsDir, { recursive: true });
      const base = join(resultsDir, `${label}-${stamp()}`);
      result.artifacts = [];
      if (page) {
        try {
          await page.screenshot({ path: `${base}.png`, timeout: 10_000 });
          result.screenshot = `${base}.png`;
          result.artifacts.push(result.screenshot);
        } catch (e) { log(`screenshot failed: ${e.message}`); }
      }
      try {
        writeFileSync(`${base}.log`, [
          `# ${label}: exitCode=${result.exitCode} timedOut=${!!result.timedOut}`,
          result.error ? `# harness error: ${result.error.stack ?? result.error}` : '',
          '## suite output (unfiltered)', ...rawOutput,
          '## browser console', ...pageConsole,
          '## code-server', server.logText(),
        ].join('\n'));
        result.artifacts.push(`${base}.log`);
        const logsDir = join(server.userDataDir, 'logs');
        if (existsSync(logsDir)) {
          cpSync(logsDir, `${base}-vscode-logs`, { recursive: true });
          result.artifacts.push(`${base}-vscode-logs/`);
        }
      } catch (e) { log(`saving logs failed: ${e.message}`); }
    }
    if (browser) await browser.close().catch(() => {});
    await server.stop();
    if (!keepRunDir) rmSync(server.runDir, { recursive: true, force: true, maxRetries: 3 });
    else log(`kept run folder ${server.runDir}`);
  }
  timings.totalMs = Date.now() - tStart;
  return {
    exitCode: result.exitCode,
    passed: result.exitCode === 0,
    timedOut: !!result.timedOut,
    serverExited: !!result.serverExited,
    crashed: !!result.crashed,
    error: result.error,
    screenshot: result.screenshot,
    artifacts: result.artifacts ?? [],
    output: output.join('\n'),
    rawOutput: rawOutput.join('\n'),
    browserConsole: pageConsole.join('\n'),
    timings,
  };
}

/** Temp copy of a fixtures folder (the workspace must not be the repo's own files). */
export function copyWorkspace(fixturesDir = join(REPO_ROOT, 'test', 'e2e', 'fixtures')) {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-ws-'));
  cpSync(fixturesDir, dir, { recursive: true });
  return dir;
}

// ---------------------------------------------------------------------------
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      extension: { type: 'string' },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      locale: { type: 'string' },
      timeout: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  let workspace = values.workspace;
  let tempWs;
  if (!workspace) workspace = tempWs = copyWorkspace();
  try {
    const r = await runVsCodeTests({
      extensionPath: values.extension ?? REPO_ROOT,
      testsPath: values.tests ?? join(REPO_ROOT, 'out', 'test', 'e2e', 'index.js'),
      workspace,
      locale: values.locale,
      timeoutMs: values.timeout ? Number(values.timeout) * 1000 : 180_000,
      keepRunDir: values.keep,
      onLog: (line) => process.stdout.write(line + '\n'),
    });
    log(`exitCode=${r.exitCode}${r.timedOut ? ' (timed out)' : ''}${r.error ? ` error: ${r.error.message}` : ''} ` +
      `timings=${JSON.stringify(r.timings)}`);
    for (const a of r.artifacts) log(`artifact: ${a}`);
    process.exitCode = r.passed ? 0 : (r.exitCode || 1);
  } finally {
    if (tempWs) rmSync(tempWs, { recursive: true, force: true });
  }
}
