/** Code actions: a finding's own quick fixes, then the suppression comments. */
import { toRange, type DocumentAnalysis, type Range } from './service';
import { fixesFor } from '../rules/index';
import { suppressionFixes, type DocFix } from './suppress';

/**
 * Fixes for one finding placed at `range`: the rule's own edits first (the preferred
 * one marked), then "disable for this line / design".
 */
export function codeFixes(a: DocumentAnalysis, designIndex: number, rule: string, range: Range): (DocFix & { preferred?: boolean })[] {
  const entry = a.designs[designIndex];
  if (!entry) return [];
  const same = (r: Range): boolean => r.start.line === range.start.line && r.start.character === range.start.character && r.end.line === range.end.line && r.end.character === range.end.character;
  const finding = entry.findings.find((f) => f.rule === rule && same(toRange(entry, f.span)));
  const out: (DocFix & { preferred?: boolean })[] = [];
  if (finding) {
    for (const fix of fixesFor(entry.design, finding)) {
      const f: DocFix & { preferred?: boolean } = { title: fix.title, edits: fix.edits.map((e) => ({ range: toRange(entry, e.span), newText: e.newText })) };
      if (fix.preferred) f.preferred = true;
      out.push(f);
    }
  }
  out.push(...suppressionFixes(a, entry, rule, range.start.line));
  return out;
}
