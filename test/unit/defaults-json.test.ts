import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultsJson } from '../../scripts/defaults-json';

const md = readFileSync(new URL('../../docs/defaults.md', import.meta.url), 'utf8');
const json = JSON.parse(readFileSync(new URL('../../docs/defaults.json', import.meta.url), 'utf8'));

// Round 52b r03: a hand-kept draft of this file still said `engine=sqlserver managed` with a standby selects RDS
// Multi-AZ, long after the code stopped doing so; a reviewer trusted it. It is generated now.
test('docs/defaults.json is what the profile table and docs/defaults.md generate (npm run docs:defaults)', () => {
  assert.deepEqual(json, JSON.parse(JSON.stringify(defaultsJson(md))));
});

test('docs/defaults.json: every profile value names a source listed in it, and every profile but the generic one says what selects it', () => {
  const missing: string[] = [];
  for (const [id, p] of Object.entries<{ selectedBy?: string; values: Record<string, { source: string }> }>(json.profiles)) {
    if (id !== 'generic' && !p.selectedBy) missing.push(`${id}: no selectedBy`);
    for (const [k, v] of Object.entries(p.values)) if (v.source !== 'generic' && !json.sources[v.source]) missing.push(`${id}.${k}: ${v.source}`);
  }
  assert.deepEqual(missing, []);
  assert.equal(json.profiles['sqlserver-wsfc'].managed, undefined);
  assert.ok(!JSON.stringify(json.profiles['rds-multi-az']).includes('sqlserver'));
});
