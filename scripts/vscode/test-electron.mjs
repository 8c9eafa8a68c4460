#!/usr/bin/env node
// Runs the end-to-end suite (test/e2e/suite/, bundled to out/test/e2e/index.js)
// in a DESKTOP VS Code downloaded by @vscode/test-electron — for developers'
// machines and CI runners WITH internet access. It is NOT what runs on the
// project's offline machines: there `npm test` uses code-server + chromium
// (scripts/vscode/run.mjs, test/e2e/vscode.test.ts), because
// update.code.visualstudio.com is unreachable. The suite is the same; it only
// uses the `vscode` API, so it runs unchanged in both.
//
// Needs the dev dependency `@vscode/test-electron` (^2.5.2: the 3.x line
// requires Node >= 22, the project targets Node 20), not installed here, and on
// Linux a display: run under `xvfb-run -a` on a headless box.
//
//   npm run build
//   npm run test:e2e:electron            # = node scripts/vscode/test-electron.mjs
//   node scripts/vscode/test-electron.mjs [--version stable|insiders|1.91.0]
//                                         [--locale ko] [--grep TEXT]
//
// --locale ko starts VS Code with `--locale ko` and sets
// INFRA_NOTES_E2E_LOCALE=ko and INFRA_NOTES_E2E_GREP=@ko, like the Korean run
// of test/e2e/vscode.test.ts. (A desktop VS Code without the Korean language
// pack reports vscode.env.language === 'en' and the Korean suite fails its
// first test, saying so; install MS-CEINTL.vscode-language-pack-ko into the
// test instance's extensions folder to run it.)
//
// The workspace is a temp copy of test/e2e/fixtures/ (the tests edit notes).
// VS Code is cached in .vscode-test/ (git-ignored) by @vscode/test-electron;
// the user-data and extensions folders are throwaway temp folders.
// Exit code: 0 when the suite passed.

import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './install.mjs';

const { values } = parseArgs({
  options: {
    version: { type: 'string' },
    locale: { type: 'string' },
    grep: { type: 'string' },
  },
});

let runTests;
try {
  ({ runTests } = await import('@vscode/test-electron'));
} catch {
  console.error('test-electron: @vscode/test-electron is not installed (npm install --save-dev @vscode/test-electron)');
  process.exit(2);
}

const extensionTestsPath = join(REPO_ROOT, 'out', 'test', 'e2e', 'index.js');
if (!existsSync(extensionTestsPath)) {
  console.error(`test-electron: ${extensionTestsPath} is missing: run \`npm run build\` first`);
  process.exit(2);
}

const workspace = mkdtempSync(join(tmpdir(), 'infra-notes-ws-'));
cpSync(join(REPO_ROOT, 'test', 'e2e', 'fixtures'), workspace, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'infra-notes-electron-'));

const extensionTestsEnv = {};
const launchArgs = [
  resolve(workspace),
  '--disable-extensions', // other installed extensions stay out; the one under development is loaded
  '--disable-workspace-trust',
  '--skip-welcome',
  '--skip-release-notes',
  `--user-data-dir=${join(scratch, 'user-data')}`,
  `--extensions-dir=${join(scratch, 'extensions')}`,
];
if (values.locale) {
  launchArgs.push(`--locale=${values.locale}`);
  extensionTestsEnv.INFRA_NOTES_E2E_LOCALE = values.locale;
  extensionTestsEnv.INFRA_NOTES_E2E_GREP = values.grep ?? '@ko';
} else if (values.grep) {
  extensionTestsEnv.INFRA_NOTES_E2E_GREP = values.grep;
}

let code = 1;
try {
  code = await runTests({
    version: values.version ?? 'stable',
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath,
    launchArgs,
    extensionTestsEnv,
  });
} catch (err) {
  console.error(`test-electron: the suite failed or VS Code could not run: ${err instanceof Error ? err.message : err}`);
  code = typeof err === 'number' ? err : 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
}
process.exit(code);
