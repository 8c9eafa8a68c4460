// node:test entry for the real-VS-Code end-to-end suite (part of `npm test`,
// which builds first). It installs code-server + Node 24 into .vscode-test/
// if needed (scripts/vscode/install.mjs, ~2 min the first time), copies
// test/e2e/fixtures/ to a temp workspace, and runs the bundled mocha suite
// out/test/e2e/index.js (test/e2e/suite/) inside code-server with chromium
// as the window (scripts/vscode/run.mjs). The suite's output is printed; a
// failing suite, or no result within the timeout, fails this test with that
// output (screenshot and logs in test-results/). English run: ~37 s.
//
// The second test runs the suite again with the workbench in Korean
// (`locale: 'ko'`: code-server --locale ko with a stub language pack, so
// vscode.env.language === 'ko' and the client asks the server for Korean), only
// the tests tagged "@ko" (INFRA_NOTES_E2E_GREP=@ko) plus korean.test.ts
// (registered when INFRA_NOTES_E2E_LOCALE=ko): Korean diagnostics, hovers,
// quick-fix titles and panel titles. ~35 s. INFRA_NOTES_E2E_KO=skip leaves it out.
//
// The third test proves the harness can fail: it runs the same bundle with
// INFRA_NOTES_E2E_SELF_CHECK=fail, which makes index.ts run only one
// deliberately failing mocha test, and expects a non-zero exit code. It costs
// one more workbench start (~20 s measured here);
// set INFRA_NOTES_E2E_SELF_CHECK=skip to leave it out.
//
// INFRA_NOTES_SKIP_VSCODE_E2E=1 skips all three (e.g. on a desktop without the
// 630 MB install); INFRA_NOTES_E2E_GREP=<text> runs only matching tests (in
// the English run);
// INFRA_NOTES_E2E_KEEP=1 keeps the code-server run folder (user data, logs).
import * as assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');
// INFRA_NOTES_E2E_EXTENSION=<dir> runs another build of the extension (its
// out/test/e2e/index.js) — used to try the harness on a throwaway extension.
const EXTENSION = resolve(process.env.INFRA_NOTES_E2E_EXTENSION || ROOT);
const SUITE = join(EXTENSION, 'out', 'test', 'e2e', 'index.js');
const HARNESS_TIMEOUT_MS = 180_000;
/** Tests in the English run (smoke, language, panels, editing, export, preview link, images, restart); raise it when adding tests. */
const MIN_TESTS = 27;

interface RunResult {
  exitCode: number | null;
  passed: boolean;
  timedOut: boolean;
  serverExited: boolean;
  error?: Error;
  output: string;
  artifacts: string[];
  timings: Record<string, number>;
}
interface Harness {
  runVsCodeTests(opts: {
    extensionPath: string;
    testsPath: string;
    workspace: string;
    locale?: string;
    timeoutMs: number;
    env?: Record<string, string>;
    label?: string;
    artifactsOnFailure?: boolean;
    onLog?: (line: string) => void;
  }): Promise<RunResult>;
  copyWorkspace(fixturesDir?: string): string;
}
interface Installer {
  ensureInstalled(opts?: { browser?: boolean }): unknown;
}

// The harness is plain ESM JavaScript (shared with the CLI scripts); import it
// by URL, lazily (tsx compiles this file as CommonJS: no top-level await).
async function load(): Promise<{ harness: Harness; installer: Installer }> {
  const url = (f: string) => pathToFileURL(join(ROOT, 'scripts', 'vscode', f)).href;
  const [harness, installer] = await Promise.all([import(url('run.mjs')), import(url('install.mjs'))]);
  return { harness: harness as Harness, installer: installer as Installer };
}

const skip = process.env.INFRA_NOTES_SKIP_VSCODE_E2E === '1' ? 'INFRA_NOTES_SKIP_VSCODE_E2E=1' : false;

function describe(r: RunResult): string {
  const why = r.timedOut
    ? `no result within ${HARNESS_TIMEOUT_MS / 1000} s`
    : r.serverExited
      ? 'code-server exited'
      : r.error
        ? `harness error: ${r.error.stack ?? r.error.message}`
        : `exit code ${r.exitCode}`;
  return (
    `${why}\n--- suite output ---\n${r.output || '(none)'}\n--- end of suite output ---` +
    (r.artifacts.length ? `\nartifacts:\n  ${r.artifacts.join('\n  ')}` : '')
  );
}

async function runSuite(env: Record<string, string>, label: string, artifactsOnFailure: boolean, locale?: string): Promise<RunResult> {
  assert.ok(existsSync(SUITE), `${SUITE} is missing: run \`npm run build\` first`);
  const { harness } = await load();
  const workspace = harness.copyWorkspace(join(ROOT, 'test', 'e2e', 'fixtures'));
  try {
    return await harness.runVsCodeTests({
      extensionPath: EXTENSION,
      testsPath: SUITE,
      workspace,
      locale,
      timeoutMs: HARNESS_TIMEOUT_MS,
      env,
      label,
      artifactsOnFailure,
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

test('real VS Code (code-server + chromium): the e2e suite passes', { skip, timeout: 20 * 60_000 }, async (t) => {
  const { installer } = await load();
  const t0 = Date.now();
  installer.ensureInstalled({ browser: true }); // throws with the missing apt packages named
  const installMs = Date.now() - t0;
  const env: Record<string, string> = {};
  if (process.env.INFRA_NOTES_E2E_GREP) env.INFRA_NOTES_E2E_GREP = process.env.INFRA_NOTES_E2E_GREP;
  const r = await runSuite(env, 'vscode-e2e', true);
  console.log(r.output);
  t.diagnostic(`install check ${installMs} ms; harness ${JSON.stringify(r.timings)}`);
  assert.equal(r.exitCode, 0, `the VS Code e2e suite failed: ${describe(r)}`);
  const passing = Number(/(\d+) passing/.exec(r.output)?.[1] ?? 0);
  if (!env.INFRA_NOTES_E2E_GREP) {
    // Every module registered in index.ts ran (a module left out would still pass).
    assert.ok(passing >= MIN_TESTS, `only ${passing} tests ran, expected at least ${MIN_TESTS}: ${describe(r)}`);
  } else {
    // A filter that matches nothing is a mistake, not a pass.
    assert.ok(passing >= 1, `INFRA_NOTES_E2E_GREP=${env.INFRA_NOTES_E2E_GREP} matched no test: ${describe(r)}`);
  }
});

test(
  'real VS Code in Korean (locale ko): the @ko tests pass with Korean messages',
  { skip: skip || (process.env.INFRA_NOTES_E2E_KO === 'skip' ? 'INFRA_NOTES_E2E_KO=skip' : false), timeout: 20 * 60_000 },
  async (t) => {
    const { installer } = await load();
    installer.ensureInstalled({ browser: true });
    const grep = '@ko';
    const r = await runSuite({ INFRA_NOTES_E2E_GREP: grep, INFRA_NOTES_E2E_LOCALE: 'ko' }, 'vscode-e2e-ko', true, 'ko');
    console.log(r.output);
    t.diagnostic(`harness ${JSON.stringify(r.timings)}`);
    assert.equal(r.exitCode, 0, `the Korean e2e run failed: ${describe(r)}`);
    // The Korean suite must really have run (not been filtered away).
    assert.match(r.output, /vscode\.env\.language is ko/, `the Korean suite did not run: ${describe(r)}`);
    assert.match(r.output, /passing/, describe(r));
  },
);

test(
  'real VS Code harness self-check: a deliberately failing suite is reported as a failure',
  { skip: skip || (process.env.INFRA_NOTES_E2E_SELF_CHECK === 'skip' ? 'INFRA_NOTES_E2E_SELF_CHECK=skip' : false), timeout: 20 * 60_000 },
  async (t) => {
    const { installer } = await load();
    installer.ensureInstalled({ browser: true });
    const r = await runSuite({ INFRA_NOTES_E2E_SELF_CHECK: 'fail' }, 'vscode-e2e-self-check', false);
    t.diagnostic(`harness ${JSON.stringify(r.timings)}`);
    assert.ok(!r.timedOut && !r.error && !r.serverExited, `the self-check run did not complete: ${describe(r)}`);
    assert.notEqual(r.exitCode, 0, `a failing mocha test must give a non-zero exit code: ${describe(r)}`);
    assert.match(r.output, /deliberate failure/, `the failing test's message must reach the output: ${describe(r)}`);
  },
);
