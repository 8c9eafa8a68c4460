// `npm test` after the build: one Node test-runner invocation over every suite
// (unit, protocol, browser, real VS Code), one file at a time on this 2-core machine.
// Prints the spec report, then one closing line `tests: N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const suites = ['test/unit', 'test/protocol', 'test/browser', 'test/e2e'];
const only = process.argv.slice(2);
const files = [];
for (const dir of suites) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.test.ts')) files.push(join(dir, f));
}
const chosen = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
if (!chosen.length) {
  console.error('run-tests: no test files matched');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'infra-notes-tests-'));
const tap = join(tmp, 'report.tap');
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...chosen],
  { stdio: 'inherit' },
);
const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
rmSync(tmp, { recursive: true, force: true });
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
const failed = count('fail') + count('cancelled');
console.log(`tests: ${count('pass')} passed, ${failed} failed, ${count('skipped') + count('todo')} skipped`);
process.exit(r.status ?? 1);
