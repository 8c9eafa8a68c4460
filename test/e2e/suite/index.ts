// Mocha bootstrap for the end-to-end suite, run INSIDE the VS Code extension
// host (code-server here, `@vscode/test-electron` on a desktop). VS Code loads
// the file given as `extensionTestsPath` and awaits its exported `run()`; a
// rejection is a failed run (the harness sees a non-zero exit code).
//
// Why test modules export `register()` instead of calling `suite()` at top
// level: esbuild bundles this file and every test module into ONE CommonJS
// file (out/test/e2e/index.js). Static imports are hoisted, so a test module's
// top-level code would run while this module is being loaded, before any Mocha
// instance exists and before mocha's interface has put `suite`/`test` on the
// global object. (The usual `mocha.addFile(path)` route does not apply either:
// there are no separate test files once bundled.) So each test module exports
// `register()`; below, for each one we emit mocha's `pre-require` event (this
// is what defines the tdd globals `suite`, `test`, `suiteSetup`, … on
// globalThis, bound to this Mocha's root suite), call `register()`, then emit
// `require`/`post-require` exactly as `mocha.loadFiles()` would. No dynamic
// `require()` and no reliance on how the bundler orders module bodies.
//
// To add a test module: write `export function register(): void { suite(…) }`
// in test/e2e/suite/<name>.test.ts and list it in TEST_MODULES.
//
// Environment knobs (set on the code-server process, inherited by the
// extension host):
//   INFRA_NOTES_E2E_GREP=<text>     only run tests whose full title contains <text>
//                                   (tests that hold in any UI language carry "@ko"
//                                   in their suite title: the Korean run greps it)
//   INFRA_NOTES_E2E_LOCALE=ko       the workbench runs in Korean: also register
//                                   korean.test.ts (its own suite is "@ko" too)
//   INFRA_NOTES_E2E_SELF_CHECK=fail run ONLY a deliberately failing test, so the
//                                   harness can prove a failing suite is reported
//                                   as a failure (see test/e2e/vscode.test.ts)
import * as assert from 'node:assert/strict';
import Mocha from 'mocha';
import * as editing from './editing.test';
import * as exporting from './export.test';
import * as korean from './korean.test';
import * as language from './language.test';
import * as panels from './panels.test';
import * as previewLink from './preview-link.test';
import * as restart from './restart.test';
import * as smoke from './smoke.test';

const TEST_MODULES: ReadonlyArray<readonly [file: string, register: () => void]> = [
  ['smoke.test.ts', smoke.register],
  ['language.test.ts', language.register],
  ['panels.test.ts', panels.register],
  ['preview-link.test.ts', previewLink.register],
  ['editing.test.ts', editing.register],
  ['export.test.ts', exporting.register],
  // Only in the Korean run (it expects vscode.env.language === 'ko').
  ...(process.env.INFRA_NOTES_E2E_LOCALE ? [['korean.test.ts', korean.register] as const] : []),
  // Last: it kills the language server (a new one is started).
  ['restart.test.ts', restart.register],
];

function registerSelfCheck(): void {
  suite('harness self-check', () => {
    test('deliberately fails (INFRA_NOTES_E2E_SELF_CHECK=fail)', () => {
      assert.fail('deliberate failure: the harness must report this run as failed');
    });
  });
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: 'spec' });
  const selfCheck = process.env.INFRA_NOTES_E2E_SELF_CHECK === 'fail';
  // The self-check runs its one failing test whatever filter the caller's environment carries.
  const grep = selfCheck ? undefined : process.env.INFRA_NOTES_E2E_GREP;
  if (grep) mocha.grep(grep);

  const modules =
    selfCheck
      ? [['self-check', registerSelfCheck] as const]
      : TEST_MODULES;
  for (const [file, register] of modules) {
    mocha.suite.emit('pre-require', globalThis, file, mocha);
    register();
    mocha.suite.emit('require', undefined, file, mocha);
    mocha.suite.emit('post-require', globalThis, file, mocha);
  }

  return new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
