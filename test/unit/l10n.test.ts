/** Every user-facing string of the client and its webviews has a Korean translation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SIMULATION_STRINGS_EN } from '../../media/messages';

const ROOT = join(__dirname, '..', '..');
const KO = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;

test('every vscode.l10n.t string in client/src is in l10n/bundle.l10n.ko.json', () => {
  const missing: string[] = [];
  let seen = 0;
  for (const f of readdirSync(join(ROOT, 'client', 'src'))) {
    const src = readFileSync(join(ROOT, 'client', 'src', f), 'utf8');
    // `vscode.l10n.t('…')` and the panels' `t('…')` alias of it.
    for (const m of src.matchAll(/\bt\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) {
      const key = JSON.parse(m[1]!.startsWith("'") ? `"${m[1]!.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : m[1]!) as string;
      seen++;
      if (!(key in KO)) missing.push(`${f}: ${key}`);
    }
  }
  assert.ok(seen >= 20, `found ${seen} strings`);
  assert.deepEqual(missing, []);
});

test('every string of the simulation webview has a Korean translation', () => {
  const missing = Object.values(SIMULATION_STRINGS_EN).filter((s) => !(s in KO));
  assert.deepEqual(missing, []);
});

test('package.nls.json and package.nls.ko.json have the same keys, all used by package.json', () => {
  const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const ko = JSON.parse(readFileSync(join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
  assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
  const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const used = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
  assert.deepEqual(used.filter((k) => !(k in en)), []);
  for (const [k, v] of Object.entries(ko)) {
    // A walkthrough page is a path: each language names its own page, which exists and is in that language.
    if (k.endsWith('.markdown')) {
      assert.equal(v, en[k]!.replace('walkthroughs/en/', 'walkthroughs/ko/'), `${k}: the Korean page`);
      assert.match(readFileSync(join(ROOT, v), 'utf8'), /^# .*[\uac00-\ud7af]/, `${v} is Korean`);
      assert.doesNotMatch(readFileSync(join(ROOT, en[k]!), 'utf8'), /^#.*[\uac00-\ud7af]/m, `${en[k]} is English`);
      continue;
    }
    assert.match(v, /[\uac00-\ud7af]|^Infra Notes$/, `${k} is Korean`);
  }
});
