import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkDesign, RULES } from '../../server/src/core/rules/index';
import { parseAll } from './fixtures/rules/helpers';

const DIR = join(import.meta.dirname, '../../examples');

/**
 * Every HA finding of every example note, by block title, as `rule@documentLine`.
 * A block missing here must have none; "after" designs must stay clean.
 */
const EXPECTED: Record<string, Record<string, string[]>> = {
  '01-flash-sale.md': {
    '7-1 before': ['availability-not-met@9', 'single-point-of-failure@11', 'single-point-of-failure@12', 'missing-replica@12'],
    '7-1 scale-out, 세션은 아직 서버에': ['single-point-of-failure@28', 'no-health-check@28', 'stateful-balancing@29'],
    '7-1 after': [],
  },
  '02-hot-items-and-db-pool.md': {
    '7-2 before': ['single-point-of-failure@14', 'missing-replica@14'],
    '7-2 after': [],
  },
  '03-region-outage.md': {
    '7-3 before': ['availability-not-met@9', 'single-zone@13', 'single-zone@14', 'single-zone@15'],
    '7-3 after': [],
  },
  '04-duplicate-ids.md': {
    '7-4 before': ['multi-primary-auto-increment@13', 'multi-primary-auto-increment@14'],
    '7-4 after': [],
  },
  '05-active-standby.md': {
    스탠드얼론: ['single-point-of-failure@10', 'missing-replica@10'],
    '마스터-슬레이브': ['single-point-of-failure@20'],
    '수동 승격 스탠바이': ['manual-failover@35'],
    '자동 페일오버': [],
  },
  '06-raid.md': {
    '로그 저장소 before': ['single-point-of-failure@15', 'missing-replica@15', 'raid-no-redundancy@15'],
    '로그 저장소 after': [],
  },
  '07-redis-modes.md': {
    'redis standalone': ['single-point-of-failure@15', 'missing-replica@15'],
    'redis sentinel': [],
    'redis cluster': [],
  },
  '08-three-tier.md': {
    '3계층 before': ['single-point-of-failure@8', 'single-point-of-failure@9', 'single-point-of-failure@10', 'missing-replica@10'],
    '3계층 after': [],
  },
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();

test('every example note is listed here', () => {
  assert.deepEqual(files, Object.keys(EXPECTED).sort());
});

for (const file of files) {
  test(`examples/${file}: exactly the expected findings, and the fixed designs are clean`, () => {
    const text = readFileSync(join(DIR, file), 'utf8');
    assert.match(text, /[가-힣]/);
    const blocks = parseAll(text);
    const want = EXPECTED[file]!;
    assert.deepEqual(blocks.map((b) => b.design.title), Object.keys(want));
    for (const { block, design } of blocks) {
      assert.deepEqual(design.findings.filter((f) => f.severity !== 'hint').map((f) => f.message.en), [], design.title);
      const got = checkDesign(design).map((f) => `${f.rule}@${block.firstLine + f.span.line}`);
      assert.deepEqual(got, want[design.title], design.title);
    }
  });
}

test('the fixed designs ("after" and the last block of each note) report none of the HA rules', () => {
  const ids = new Set(RULES.map((r) => r.id));
  for (const file of files) {
    const blocks = parseAll(readFileSync(join(DIR, file), 'utf8'));
    const last = blocks[blocks.length - 1]!;
    assert.deepEqual(checkDesign(last.design).filter((f) => ids.has(f.rule)), [], `${file}: ${last.design.title}`);
  }
});

test('the examples include a 12-node design for the diagram', () => {
  const sizes = files.flatMap((f) => parseAll(readFileSync(join(DIR, f), 'utf8')).map((b) => b.design.nodes.size));
  assert.ok(sizes.includes(12));
});
