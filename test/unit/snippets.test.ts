/**
 * The contributed snippets (snippets/*.json) produce designs the checker
 * accepts: with every placeholder at its default, no error-severity finding,
 * no high-availability finding of any severity, and in fact no finding at all
 * (they are the "good" patterns the walkthrough points learners to; the
 * walkthrough shows findings with a deliberately broken block of its own).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type DocumentKind, RULES, TopologyService } from '../../server/src/core';

const ROOT = join(import.meta.dirname, '../..');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/**
 * Expands a TextMate/VS Code snippet body the way accepting every default
 * would: `${N:default}` and `${N|first,…|}` give their default, `$N` / `${N}`
 * repeat tabstop N's default, `$0` is empty. Nested placeholders and variables
 * are not used by our snippets and are rejected.
 */
export function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  const placeholder = /\$\{(\d+)(?::([^${}]*)|\|([^|]*)\|)\}/g;
  for (const m of body.matchAll(placeholder)) {
    const value = m[2] ?? (m[3] ?? '').split(',')[0]!;
    const prev = defaults.get(m[1]!);
    assert.ok(prev === undefined || prev === value, `tabstop $${m[1]} has two different defaults`);
    defaults.set(m[1]!, value);
  }
  let out = body.replace(placeholder, (_m, n: string) => defaults.get(n) ?? '');
  out = out.replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, a?: string, b?: string) => defaults.get((a ?? b)!) ?? '');
  assert.doesNotMatch(out, /\$[A-Za-z{]/, 'a snippet variable or nested placeholder was not expanded');
  return out.replace(/\\([$}\\])/g, '$1');
}

function load(file: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(join(ROOT, 'snippets', file), 'utf8')) as Record<string, Snippet>;
}

/** Rules about the design's availability (every rule of the checker); a clean pattern shows none. */
const HA_RULES = new Set<string>(RULES.map((r) => r.id));

const service = new TopologyService();
const cases: [string, DocumentKind][] = [['topology.json', 'topology'], ['markdown.json', 'markdown']];

test('snippet expansion: defaults, choices and mirrors', () => {
  assert.equal(expandSnippet('${1:db}: database ${2|mysql,postgres|}\n$1-standby of=${1} $0'), 'db: database mysql\ndb-standby of=db ');
});

for (const [file, kind] of cases) {
  const snippets = load(file);
  test(`snippets/${file} is well formed`, () => {
    assert.ok(Object.keys(snippets).length >= 3);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.prefix.length > 0, `${name}: prefix`);
      assert.ok(s.description, `${name}: description`);
      assert.ok(Array.isArray(s.body) && s.body.length > 0, `${name}: body`);
    }
  });
  for (const [name, s] of Object.entries(snippets)) {
    test(`snippets/${file} "${name}": no errors, no HA warnings`, () => {
      const text = expandSnippet((s.body as string[]).join('\n'));
      const analysis = service.analyze(text, kind);
      assert.equal(analysis.designs.length, 1, 'exactly one design');
      const findings = service.findings(analysis);
      const shown = findings.map((f) => `${f.severity} ${f.rule}@${f.range.start.line}: ${f.message.en}`);
      assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => f.rule), [], shown.join('\n'));
      assert.deepEqual(findings.filter((f) => HA_RULES.has(f.rule) || f.severity === 'warning').map((f) => f.rule), [], shown.join('\n'));
      assert.deepEqual(shown, [], 'a good pattern shows no finding at all');
      if (analysis.designs[0]!.design.nodes.size > 0) {
        // Non-empty patterns must actually be designs, not just comments.
        assert.ok(analysis.designs[0]!.design.nodes.size >= 2);
      }
    });
  }
}
