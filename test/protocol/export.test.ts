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
