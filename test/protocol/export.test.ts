/** `infra-notes export`, as a user or CI runs it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'out', 'cli.js');

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('export writes the mermaid blocks once; --check is 0 when fresh, 1 when stale, and writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-export-'));
  const note = join(dir, 'note.md');
  const original = '# 노트\n\n```topology\nweb: web-server\ndb: database\nweb -> db\n```\n끝.\n';
  writeFileSync(note, original);
  assert.equal(run(['export', 'note.md', '--check'], dir).status, 1);
  assert.equal(readFileSync(note, 'utf8'), original, '--check writes nothing');
  const r = run(['export', 'note.md'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /note\.md: wrote 1 picture/);
  const written = readFileSync(note, 'utf8');
  assert.match(written, /\n```\n\n<!-- infra-notes:diagram:begin[^\n]*-->\n```mermaid\nflowchart LR\n[\s\S]*\n```\n<!-- infra-notes:diagram:end -->\n\n끝\.\n$/);
  assert.equal(run(['export', 'note.md', '--check'], dir).status, 0);
  assert.equal(run(['export', 'note.md'], dir).status, 0);
  assert.equal(readFileSync(note, 'utf8'), written, 'a second run changes nothing');
  writeFileSync(note, written.replace('db: database', 'db: database replicas=2'));
  const stale = run(['export', 'note.md', '--check'], dir);
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /note\.md: pictures missing or stale/);
  assert.equal(run(['export', 'missing.md'], dir).status, 2);
  assert.equal(run(['export'], dir).status, 2);
});

test('images writes NOTE.DESIGN.svg next to the note (the note untouched), the same as the server draws; --check finds a stale one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-images-'));
  const note = join(dir, 'ha notes.md');
  const original = '# HA\n\n```topology 쇼핑몰 before\nweb: web-server\ndb: database\nweb -> db\n```\n\n```topology\nx: client\n```\n';
  writeFileSync(note, original);
  assert.equal(run(['images', 'ha notes.md', '--check'], dir).status, 1, 'missing images are stale');
  assert.throws(() => readFileSync(join(dir, 'ha notes.쇼핑몰-before.svg')), '--check writes nothing');
  const r = run(['images', 'ha notes.md', '--locale', 'en'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /wrote ha notes\.쇼핑몰-before\.svg\nwrote ha notes\.design-2\.svg\n/);
  assert.equal(readFileSync(note, 'utf8'), original, 'the note is not changed');
  const svg = readFileSync(join(dir, 'ha notes.쇼핑몰-before.svg'), 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /<g class="node spof" data-name="db">/);
  assert.ok(!svg.includes('foreignObject'));
  assert.equal(run(['images', 'ha notes.md', '--check', '--locale', 'en'], dir).status, 0);
  const again = run(['images', 'ha notes.md', '--locale', 'en'], dir);
  assert.equal(again.stderr, '', 'nothing rewritten when up to date');
  writeFileSync(note, original.replace('db: database', 'db: database replicas=2'));
  const stale = run(['images', 'ha notes.md', '--check', '--locale', 'en'], dir);
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /ha notes\.쇼핑몰-before\.svg: image missing or stale/);
  // A design renamed: its old image is removed, and only that file — not a hand-made SVG
  // with the same prefix, not the images of another note whose name starts the same.
  writeFileSync(join(dir, 'ha notes.mine.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><title>mine</title></svg>\n');
  writeFileSync(join(dir, 'ha notes.v2.md'), '```topology other\nweb: web-server\n```\n');
  assert.equal(run(['images', 'ha notes.v2.md'], dir).status, 0);
  writeFileSync(note, original.replace('쇼핑몰 before', '쇼핑몰 after'));
  const left = run(['images', 'ha notes.md', '--check', '--locale', 'en'], dir);
  assert.equal(left.status, 1);
  assert.match(left.stderr, /ha notes\.쇼핑몰-before\.svg: image of a design the note no longer has/);
  const renamed = run(['images', 'ha notes.md', '--locale', 'en'], dir);
  assert.equal(renamed.status, 0, renamed.stderr);
  assert.match(renamed.stderr, /removed ha notes\.쇼핑몰-before\.svg \(its design is no longer in the note\)/);
  assert.throws(() => readFileSync(join(dir, 'ha notes.쇼핑몰-before.svg')), 'the renamed design\'s old image is gone');
  assert.match(readFileSync(join(dir, 'ha notes.쇼핑몰-after.svg'), 'utf8'), /data-infra-notes-note="ha notes\.md"/);
  assert.ok(readFileSync(join(dir, 'ha notes.mine.svg'), 'utf8').includes('mine'), 'an SVG the note did not write stays');
  assert.ok(readFileSync(join(dir, 'ha notes.v2.other.svg'), 'utf8').includes('data-infra-notes-note="ha notes.v2.md"'), 'another note\'s image stays');
  assert.equal(run(['images', 'ha notes.md', '--check', '--locale', 'en'], dir).status, 0);
  assert.equal(run(['images', 'missing.md'], dir).status, 2);
  assert.equal(run(['images', 'x.topology'], dir).status, 2);
  assert.equal(run(['images'], dir).status, 2);
});
