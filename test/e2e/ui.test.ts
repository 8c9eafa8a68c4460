// node:test entry for the UI checks through the real workbench (part of
// `npm test`, which builds first): scripts/screenshots.mjs drives code-server +
// chromium on a temp copy of examples/08-three-tier.md — squiggles in the
// editor, the hover on one, the Problems panel, the Markdown preview's
// diagrams, a failover in the simulation panel, and a failure clicked after
// playing to the end (it starts at 0 s) — and saves a PNG of each
// step under test-results/ui/ (git-ignored). ~40 s.
//
// INFRA_NOTES_SKIP_VSCODE_E2E=1 skips it (like test/e2e/vscode.test.ts).
import * as assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'test-results', 'ui');

interface Check {
  ok: boolean;
  detail: string;
}
interface UiResult {
  ok: boolean;
  checks: Record<string, Check>;
  screenshots: string[];
  timings: Record<string, number>;
  hangulFont: boolean | null;
}
interface Screenshots {
  runUiChecks(opts?: { outDir?: string }): Promise<UiResult>;
}

const skip = process.env.INFRA_NOTES_SKIP_VSCODE_E2E === '1' ? 'INFRA_NOTES_SKIP_VSCODE_E2E=1' : false;

test('real VS Code UI: squiggle, hover, Problems panel, preview diagram, simulation failover (screenshots)', { skip, timeout: 10 * 60_000 }, async (t) => {
  for (const f of ['out/client.js', 'out/server.js', 'out/media/preview.js', 'out/media/simulate.js']) {
    assert.ok(existsSync(join(ROOT, f)), `${f} is missing: run \`npm run build\` first`);
  }
  const installer = (await import(pathToFileURL(join(ROOT, 'scripts', 'vscode', 'install.mjs')).href)) as { ensureInstalled(o?: { browser?: boolean }): unknown };
  installer.ensureInstalled({ browser: true });
  const shots = (await import(pathToFileURL(join(ROOT, 'scripts', 'screenshots.mjs')).href)) as Screenshots;

  const r = await shots.runUiChecks({ outDir: OUT });
  t.diagnostic(`timings ${JSON.stringify(r.timings)}`);
  for (const s of r.screenshots) t.diagnostic(`screenshot ${s}`);
  if (r.hangulFont === false) {
    t.diagnostic('WARNING: no font with Hangul is installed (apt-get install fonts-nanum): Korean text in the screenshots is boxes');
  }
  const report = Object.entries(r.checks)
    .map(([name, c]) => `${c.ok ? '✔' : '✘'} ${name}: ${c.detail}`)
    .join('\n');
  console.log(report);

  const expected = ['open', 'squiggle', 'hover', 'problems', 'preview', 'simulation', 'fail-after-end'];
  assert.deepEqual(Object.keys(r.checks), expected, `the checks that ran:\n${report}`);
  for (const name of expected) assert.ok(r.checks[name]!.ok, `UI check "${name}" failed:\n${report}\n(see ${OUT}/failure.png and failure.log)`);
  assert.match(r.checks.hover!.detail, /is a single point of failure/);
  // The after design has 13 nodes; one spread over zones is drawn once per zone (21 boxes since round 34's read-lb).
  assert.match(r.checks.preview!.detail, /3계층 after: (1[3-9]|2[0-9]) nodes/);
  assert.match(r.checks.simulation!.detail, /db DOWN, db-standby SERVING/);
  // Issue 14: failing a node after playing to the end starts it at 0 s, and the panel says so.
  assert.match(r.checks['fail-after-end']!.detail, /steps \["fail db","fail web"\], cursor "Time: 0s", notice "fail web starts at 0s/);

  const names = ['1-editor-squiggles', '2-hover', '3-problems', '4-preview', '5-simulation'];
  assert.deepEqual(r.screenshots.map((p) => p.split('/').pop()), names.map((n) => `${n}.png`));
  for (const p of r.screenshots) {
    assert.ok(existsSync(p), `${p} missing`);
    assert.ok(statSync(p).size > 20_000, `${p} is suspiciously small (${statSync(p).size} bytes): a blank window?`);
  }
  assert.equal(r.ok, true);
});
