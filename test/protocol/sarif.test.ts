/** `infra-notes check --format sarif`, as CI runs it, validated against the SARIF 2.1.0 schema. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { CODES, RULE_IDS } from '../../server/src/core';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'out', 'cli.js');
// The OASIS SARIF 2.1.0 schema (final, rtm.5) as the npm package @microsoft/jest-sarif ships it: nothing is fetched.
const SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

function run(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function validator(): (log: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's `language` pattern has a stray ] that only non-Unicode regexps accept;
  addFormats(ajv);
  const validate = ajv.compile(SCHEMA);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

test('the schema check is real: a log missing its version, a bad level and a relative helpUri are rejected', () => {
  const v = validator();
  assert.deepEqual(v({ version: '2.1.0', runs: [] }), []);
  assert.ok(v({ runs: [] }).length > 0);
  assert.ok(v({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'severe' }] }] }).length > 0);
  assert.ok(v({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'a', helpUri: 'docs/rules/a.md' }] } } }] }).length > 0);
});

test('check --format sarif is valid SARIF 2.1.0 with the table of codes as rules and 1-based regions', () => {
  const r = run(['check', 'test/fixtures/mistakes.md', '--format', 'sarif', '--docs-url', 'https://example.org/infra-notes/docs']);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stderr, '');
  const log = JSON.parse(r.stdout) as Log;
  assert.deepEqual(validator()(log), []);
  assert.equal(log.version, '2.1.0');
  const driver = log.runs[0]!.tool.driver;
  assert.equal(driver.name, 'infra-notes');
  // Every code of the table, in its order, with its title, default level and docs page.
  assert.deepEqual(driver.rules!.map((x) => x.id), RULE_IDS);
  const spof = driver.rules!.find((x) => x.id === 'single-point-of-failure')!;
  assert.equal(spof.name, 'SinglePointOfFailure');
  assert.equal(spof.shortDescription!.text, CODES['single-point-of-failure'].title.en);
  assert.equal(spof.helpUri, 'https://example.org/infra-notes/docs/rules/single-point-of-failure.md');
  assert.equal(spof.defaultConfiguration!.level, 'warning');
  assert.match(spof.help!.markdown!, /^# single-point-of-failure/);
  assert.equal(driver.rules!.find((x) => x.id === 'manual-failover')!.defaultConfiguration!.level, 'note');
  assert.equal(driver.rules!.find((x) => x.id === 'syntax')!.helpUri, 'https://example.org/infra-notes/docs/language.md');
  // The same findings as --format json, at the same places.
  const rows = JSON.parse(run(['check', 'test/fixtures/mistakes.md', '--format', 'json']).stdout) as { line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string }[];
  const results = log.runs[0]!.results!;
  assert.equal(results.length, rows.length);
  const level = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as Record<string, string>;
  assert.deepEqual(
    results.map((x) => {
      const loc = x.locations![0]!.physicalLocation!;
      const g = loc.region!;
      return `${loc.artifactLocation!.uri} ${g.startLine}:${g.startColumn}-${g.endLine}:${g.endColumn} ${x.level} ${x.ruleId} ${x.message.text}`;
    }),
    rows.map((x) => `test/fixtures/mistakes.md ${x.line}:${x.column}-${x.endLine}:${x.endColumn} ${level[x.severity]} ${x.rule} ${x.message}`),
  );
  const kind = results.find((x) => x.ruleId === 'unknown-kind')!;
  assert.deepEqual(kind.locations![0]!.physicalLocation!.region, { startLine: 8, startColumn: 6, endLine: 8, endColumn: 15 });
  assert.equal(driver.rules![kind.ruleIndex!]!.id, 'unknown-kind');
  assert.equal(kind.locations![0]!.physicalLocation!.artifactLocation!.uriBaseId, '%SRCROOT%');
});

test('sarif: paths are URIs relative to the working folder (encoded), severities follow the settings, Korean with --locale ko', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-sarif-'));
  mkdirSync(join(dir, 'notes', '설계 노트'), { recursive: true });
  writeFileSync(join(dir, 'notes', '설계 노트', 'db.md'), '```topology\nweb: web-server\ndb: database\nweb -> db\n```\n');
  writeFileSync(join(dir, '.infra-notes.json'), JSON.stringify({ 'single-point-of-failure': 'error', 'missing-replica': 'info' }));
  const r = run(['check', 'notes', '--format', 'sarif', '--locale', 'ko'], dir);
  assert.equal(r.status, 1, r.stderr);
  const log = JSON.parse(r.stdout) as Log;
  assert.deepEqual(validator()(log), []);
  const results = log.runs[0]!.results!;
  assert.deepEqual(new Set(results.map((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri)), new Set(['notes/%EC%84%A4%EA%B3%84%20%EB%85%B8%ED%8A%B8/db.md']));
  assert.equal(results.find((x) => x.ruleId === 'single-point-of-failure')!.level, 'error');
  assert.equal(results.find((x) => x.ruleId === 'missing-replica')!.level, 'note');
  assert.match(results[0]!.message.text!, /[가-힣]/);
  assert.equal(log.runs[0]!.tool.driver.rules!.find((x) => x.id === 'single-zone')!.shortDescription!.text, CODES['single-zone'].title.ko);
  // Without --docs-url the help links point at this installation's docs folder, an absolute file: URL.
  assert.match(log.runs[0]!.tool.driver.rules![0]!.helpUri!, /^file:\/\/.*\/docs\/language\.md$/);
  assert.equal(run(['check', 'notes', '--format', 'sarif', '--docs-url', 'docs/'], dir).status, 2);
});
