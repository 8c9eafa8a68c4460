/** A rule's help link shows the page in the reader's language (client/src/ruleHelpText.ts). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pageForLanguage } from '../../client/src/ruleHelpText';

const DOCS = join(__dirname, '..', '..', 'docs');
const HANGUL = /[\uac00-\ud7af]/;
const rules = readdirSync(join(DOCS, 'rules')).filter((f) => f.endsWith('.md'));

/** The page's prose: code blocks and code spans removed. */
function prose(page: string): string {
  return page.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]*`/g, '');
}
const fences = (page: string): string[] => [...page.matchAll(/^```topology[^\n]*$/gm)].map((m) => m[0]);

test('every rule page splits into a Korean page and an English page, each whole', () => {
  assert.ok(rules.length >= 20, `${rules.length} rule pages`);
  for (const file of rules) {
    const page = readFileSync(join(DOCS, 'rules', file), 'utf8');
    const ko = pageForLanguage(page, 'ko');
    const en = pageForLanguage(page, 'en');
    // English prose has no Korean left (names inside code are code).
    assert.doesNotMatch(prose(en), HANGUL, `${file} (en) still has Korean prose: ${/.*[\uac00-\ud7af].*/.exec(prose(en))?.[0]}`);
    // Korean prose has no English paragraph left: every prose paragraph has Hangul.
    for (const para of prose(ko).split(/\n{2,}/).map((p) => p.trim()).filter((p) => p && !p.startsWith('|'))) {
      assert.match(para, HANGUL, `${file} (ko) has a paragraph with no Korean: ${para.slice(0, 80)}`);
    }
    // Both keep the title in their language, the sections, and every example design.
    assert.match(ko, /^# [a-z0-9-]+ — .*[\uac00-\ud7af]/, `${file} (ko) title`);
    assert.match(en, /^# [a-z0-9-]+ — [^\uac00-\ud7af]+$/m, `${file} (en) title`);
    assert.match(ko, /^## 왜 중요한가$/m, `${file} (ko) why`);
    assert.match(en, /^## Why it matters$/m, `${file} (en) why`);
    assert.deepEqual(fences(ko), fences(page), `${file} (ko) keeps the examples`);
    assert.deepEqual(fences(en), fences(page), `${file} (en) keeps the examples`);
    assert.ok(ko.length < page.length * 0.8 && en.length < page.length * 0.8, `${file}: each half is shorter than the whole`);
  }
});

test('help pages name no source files', () => {
  for (const file of [...rules.map((f) => join('rules', f)), 'language.md']) {
    const page = readFileSync(join(DOCS, file), 'utf8');
    assert.doesNotMatch(page, /server\/src|client\/src|\.ts\b/, `${file} names a source file`);
  }
});

test('a page in one language is shown whole; a bilingual label keeps the reader\'s side', () => {
  const english = '# The topology language\n\nA *design* is a text.\n\n예: 한국어 이름도 됩니다.\n';
  assert.equal(pageForLanguage(english, 'ko'), english);
  const page = '# x — 한국어 제목 / English title\n\n기본 심각도 / default severity: **warning**\n\n## 왜 / Why\n\n한국어 문단입니다.\n\nAn English paragraph.\n';
  assert.equal(pageForLanguage(page, 'ko'), '# x — 한국어 제목\n\n기본 심각도: **warning**\n\n## 왜\n\n한국어 문단입니다.\n');
  assert.equal(pageForLanguage(page, 'en'), '# x — English title\n\nDefault severity: **warning**\n\n## Why\n\nAn English paragraph.\n');
});
