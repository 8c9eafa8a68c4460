/** The built command line, as a user or CI runs it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'out', 'cli.js');

function run(args: string[], cwd = ROOT, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('check --format json reports each kind of mistake at its line and column, exit 1', () => {
  const r = run(['check', 'test/fixtures/mistakes.md', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const rows = JSON.parse(r.stdout) as { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string }[];
  const lang = rows.filter((x) => ['syntax', 'unknown-kind', 'unknown-attribute', 'invalid-value', 'duplicate-name', 'unknown-reference'].includes(x.rule));
  assert.deepEqual(
    lang.map((x) => `${x.line}:${x.column}-${x.endLine}:${x.endColumn} ${x.severity} ${x.rule}`),
    [
      '8:6-8:15 error unknown-kind',
      '9:19-9:27 warning unknown-attribute',
      '10:26-10:31 error invalid-value',
      '11:1-11:3 error duplicate-name',
      '12:23-12:25 error unknown-reference',
      '13:1-13:11 error syntax',
    ],
  );
  assert.ok(rows.every((x) => x.file === join('test', 'fixtures', 'mistakes.md')));
});

test('check text output is file:line:col severity rule message', () => {
  const r = run(['check', 'test/fixtures/mistakes.md', '--rule', 'unknown-attribute=off']);
  assert.equal(r.status, 1);
  const first = r.stdout.split('\n').find((l) => l.includes('unknown-kind'))!;
  assert.match(first, /^test\/fixtures\/mistakes\.md:8:6 error unknown-kind Unknown kind `app-servr`\. Did you mean `app-server`\?/);
  assert.ok(!r.stdout.includes('unknown-attribute'));
});

test('Korean messages with --locale ko or a Korean LANG', () => {
  assert.match(run(['check', 'test/fixtures/mistakes.md', '--locale', 'ko']).stdout, /알 수 없는 종류/);
  assert.match(run(['check', 'test/fixtures/mistakes.md'], ROOT, { LANG: 'ko_KR.UTF-8' }).stdout, /알 수 없는 종류/);
});

test('folders are searched recursively; .infra-notes.json sets severities; exit 0 without errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-cli-'));
  mkdirSync(join(dir, 'notes', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'notes', 'deep', 'a.md'), '```topology\nweb: web foo=1\n```\n');
  writeFileSync(join(dir, 'notes', 'b.topology'), 'x: web bar=2\n');
  writeFileSync(join(dir, 'notes', 'skip.txt'), '```topology\nnope\n```\n');
  const r = run(['check', 'notes', '--format', 'json'], dir);
  assert.equal(r.status, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as { file: string; rule: string }[];
  assert.deepEqual(rows.filter((x) => x.rule === 'unknown-attribute').map((x) => `${x.file} ${x.rule}`), [`${join('notes', 'b.topology')} unknown-attribute`, `${join('notes', 'deep', 'a.md')} unknown-attribute`]);
  writeFileSync(join(dir, '.infra-notes.json'), JSON.stringify({ 'unknown-attribute': 'error' }));
  assert.equal(run(['check', 'notes'], dir).status, 1);
  assert.equal(run(['check', 'notes', '--rule', 'unknown-attribute=off', '--rule', 'single-point-of-failure=off', '--format', 'json'], dir).stdout.trim(), '[]');
  writeFileSync(join(dir, '.infra-notes.json'), '{ not json');
  const bad = run(['check', 'notes'], dir);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /cannot read .*\.infra-notes\.json/);
});

test('bad usage and unreadable input exit 2 with a clear message', () => {
  const cases: [string[], RegExp][] = [
    [['check'], /at least one file or folder/],
    [['check', 'no-such-file.md'], /no such file or folder: no-such-file\.md/],
    [['check', 'README.md', '--format', 'xml'], /--format must be text or json/],
    [['check', 'README.md', '--rule', 'nonsense=off'], /unknown rule "nonsense"/],
    [['check', 'README.md', '--rule', 'single-zone=loud'], /severity of "single-zone"/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /Usage:/],
  ];
  for (const [args, re] of cases) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr + r.stdout, re, args.join(' '));
  }
});

test('a 10 MB file of random bytes and a note with 2,000 unclosed fences come back with findings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-cli-'));
  const bytes = Buffer.alloc(10 * 1024 * 1024);
  let seed = 9;
  for (let i = 0; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed >> 16;
  }
  writeFileSync(join(dir, 'junk.md'), bytes);
  writeFileSync(join(dir, 'fences.md'), Array.from({ length: 2000 }, () => '```topology\nweb: app-server').join('\n'));
  const r = run(['check', 'junk.md', 'fences.md', '--format', 'json'], dir);
  assert.equal(r.status, 1, r.stderr);
  const rules = new Set((JSON.parse(r.stdout) as { rule: string }[]).map((x) => x.rule));
  assert.ok(rules.has('not-text') && rules.has('syntax') && rules.has('too-many-findings'), [...rules].join());
});

const WORKED = '```topology worked\ngoal rto=1m rpo=0\ndb: database primary\ndb-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s\nscenario db-down: fail db\n```\n';

test('simulate: the spec worked example in JSON, by scenario and by --fail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-cli-'));
  writeFileSync(join(dir, 'w.md'), WORKED);
  for (const args of [['--scenario', 'db-down'], ['--fail', 'db']]) {
    const r = run(['simulate', 'w.md', ...args, '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.design, 'worked');
    assert.equal(j.writesLostSeconds, 1);
    assert.deepEqual(j.goal.rto, { target: 60, estimate: 33, met: true });
    assert.equal(j.goal.rpo.met, false);
    const types = (j.events as { at: number; type: string }[]).map((e) => `${e.at}:${e.type}`);
    assert.ok(types.includes('3:detected') && types.includes('33:promoted'), types.join());
  }
  const text = run(['simulate', 'w.md', '--sweep'], dir);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /^db\s+/m);
});

test('simulate --sweep: a small session loss reads as it is (0.06%), as the scenario says it — not rounded to 0% (round 50 r03)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-cli-'));
  writeFileSync(join(dir, 's.md'), ['```topology s', 'zone a', 'zone b', 'zone c', 'users: client rate=100', 'app: app-server replicas=3 capacity=100 state=stateless sessions=sess zones=a,b,c', 'sess: cache engine=redis mode=sentinel replicas=3 sentinels=3 zones=a,b,c', 'users -> app', '```', ''].join('\n'));
  const r = run(['simulate', 's.md', '--sweep'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^sess#1\s.*\s0\.06%$/m);
});

test('simulate and animate: a step after the end of the run is named on stderr, not dropped silently', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-cli-'));
  writeFileSync(join(dir, 'w.md'), WORKED);
  const late = run(['simulate', 'w.md', '--fail', 'db@30h'], dir);
  assert.equal(late.status, 0, late.stderr);
  assert.match(late.stderr, /`fail db at=30h` is at or after the end of the run \(.+\): it has no effect/);
  assert.match(late.stdout, /\(no events\)/);
  const ko = run(['simulate', 'w.md', '--fail', 'db@30h', '--locale', 'ko'], dir);
  assert.match(ko.stderr, /실행이 끝나는 시각/);
  const anim = run(['animate', 'w.md', '--fail', 'db@30h', '-o', 'a.svg'], dir);
  assert.equal(anim.status, 0, anim.stderr);
  assert.match(anim.stderr, /at or after the end of the run/);
  // A step inside the run gives no such note.
  assert.doesNotMatch(run(['simulate', 'w.md', '--fail', 'db@1m'], dir).stderr, /end of the run/);
});

test('simulate: bad targets and missing choices exit 2 with a clear message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-cli-'));
  writeFileSync(join(dir, 'w.md'), WORKED + '\n```topology other\nx: web\n```\n');
  const cases: [string[], RegExp][] = [
    [['simulate', 'w.md', '--design', '1', '--fail', 'dbb'], /dbb/],
    [['simulate', 'w.md', '--design', '1', '--fail', 'zone:nowhere'], /nowhere/],
    [['simulate', 'w.md', '--fail', 'db'], /2 designs: choose one with --design/],
    [['simulate', 'w.md', '--design', 'nope', '--sweep'], /no design "nope"/],
    [['simulate', 'w.md', '--design', 'worked', '--scenario', 'x'], /no scenario "x"/],
    [['simulate', 'w.md', '--design', '1'], /exactly one of/],
  ];
  for (const [args, re] of cases) {
    const r = run(args, dir);
    assert.equal(r.status, 2, args.join(' ') + r.stdout);
    assert.match(r.stderr, re, args.join(' '));
  }
  // A scenario only one design has picks that design.
  assert.equal(run(['simulate', 'w.md', '--scenario', 'db-down'], dir).status, 0);
});

test('check --format json examples/ lists exactly the HA findings the example tests expect', async () => {
  const { EXPECTED } = await import('../unit/fixtures/examples-expected');
  const { RULES } = await import('../../server/src/core');
  const ha = new Set<string>(RULES.map((r) => r.id));
  const r = run(['check', 'examples/', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const got = (JSON.parse(r.stdout) as { file: string; line: number; rule: string }[])
    .filter((x) => ha.has(x.rule))
    .map((x) => `${x.file.replace(/^examples\//, '')} ${x.rule}@${x.line - 1}`)
    .sort();
  const want = Object.entries(EXPECTED as Record<string, Record<string, string[]>>)
    .flatMap(([file, blocks]) => Object.values(blocks).flatMap((xs) => xs.map((x) => `${file} ${x}`)))
    .sort();
  assert.deepEqual(got, want);
});

test('animate writes the run as an animated SVG captioned like the editor\'s export: a scenario, or --fail steps with their times', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-cli-'));
  const note = '```topology shop\nusers: client\napp: app-server\ndb: database primary\ndb-standby: database standby of=db replication=sync failover=auto\nusers -> app -> db\nscenario db-down: fail db\n```\n';
  writeFileSync(join(dir, 'shop.md'), note);
  const byName = run(['animate', 'shop.md', '--scenario', 'db-down', '-o', 'a.svg', '--locale', 'en'], dir);
  assert.equal(byName.status, 0, byName.stderr);
  const a = readFileSync(join(dir, 'a.svg'), 'utf8');
  assert.match(a, /<title>shop — db-down<\/title>/);
  // The first frame shows db up, the next one down.
  assert.match(a, /<g class="node" data-name="db">\s*<rect [^>]*><animate attributeName="fill" [^>]*values="#e8f5e9;#fde7e7/);
  const steps = run(['animate', 'shop.md', '--fail', 'db@30s', '--fail', 'app', '-o', 'b.svg', '--width', '640', '--locale', 'en'], dir);
  assert.equal(steps.status, 0, steps.stderr);
  const b = readFileSync(join(dir, 'b.svg'), 'utf8');
  assert.match(b, /<title>shop — fail db at=30s; fail app<\/title>/);
  assert.match(b, /width="640"/);
  const bad = run(['animate', 'shop.md', '--scenario', 'nope', '-o', 'c.svg'], dir);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /no scenario "nope"/);
});
