import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkDesign, RULES } from '../../server/src/core';
import { parseAll } from './fixtures/rules/helpers';
import { EXPECTED } from './fixtures/examples-expected';

const DIR = join(import.meta.dirname, '../../examples');


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
  const ids = new Set<string>(RULES.map((r) => r.id));
  for (const file of files) {
    const blocks = parseAll(readFileSync(join(DIR, file), 'utf8'));
    const last = blocks[blocks.length - 1]!;
    assert.deepEqual(checkDesign(last.design).filter((f) => ids.has(f.rule)), [], `${file}: ${last.design.title}`);
  }
});

test('the examples include the 13-node design the README draws', () => {
  const sizes = files.flatMap((f) => parseAll(readFileSync(join(DIR, f), 'utf8')).map((b) => b.design.nodes.size));
  assert.ok(sizes.includes(13));
});
