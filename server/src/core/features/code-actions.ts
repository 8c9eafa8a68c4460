/**
 * Code actions: the did-you-mean replacement first (preferred), then the rule's own
 * fixes, then "fix every one in this design", and the suppression comments last —
 * never for the language's own errors, which a comment would only hide.
 */
import { toRange, type DesignEntry, type DocumentAnalysis, type Range } from './service';
import { fixesFor } from '../rules/index';
import { suppressionFixes, type DocFix } from './suppress';
import { CODES, isRuleId } from '../syntax/codes';
import type { Localized } from '../syntax/ast';
import type { SimTarget } from '../analysis/simulation/types';
import type { Finding } from '../syntax/ast';
import { codeJosa } from '../shared/josa';

export interface CodeFix extends DocFix {
  /** The one fix an editor applies on "auto fix" (VS Code's isPreferred). */
  preferred?: boolean;
  /** A "disable RULE …" comment rather than a repair. */
  suppression?: boolean;
}

/** One diagnostic the editor asks fixes for. */
export interface FixRequest {
  designIndex: number;
  rule: string;
  range: Range;
}

/**
 * Findings that are errors in what the user wrote: the design is broken until the text
 * is repaired, so a comment that hides them is never offered.
 */
const NO_SUPPRESSION: ReadonlySet<string> = new Set(['syntax', 'unknown-kind', 'unknown-reference', 'invalid-value', 'unknown-rule']);

const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** The text a finding's range covers (one line). */
function textAt(a: DocumentAnalysis, r: Range): string {
  return r.start.line === r.end.line ? (a.lines[r.start.line] ?? '').slice(r.start.character, r.end.character) : '';
}

/** The finding's did-you-mean, when it has one that differs from what is written. */
function suggestionOf(a: DocumentAnalysis, entry: DesignEntry, f: Finding): { from: string; to: string; range: Range } | null {
  // `replace`: the ASCII punctuation for a full-width one a Korean input method typed.
  const to = f.data?.suggestion ?? f.data?.replace;
  if (typeof to !== 'string' || to.length === 0) return null;
  const range = toRange(entry, f.span);
  const from = textAt(a, range);
  if (!from || from === to) return null;
  return { from, to, range };
}

/**
 * Fixes for one finding placed at `range`: the did-you-mean replacement (preferred),
 * the rule's own edits, "fix all" for the same misspelling in the design, then
 * "disable for this line / design" unless the finding is a language error.
 */
export function codeFixes(a: DocumentAnalysis, designIndex: number, rule: string, range: Range): CodeFix[] {
  const entry = a.designs[designIndex];
  if (!entry) return [];
  const finding = entry.findings.find((f) => f.rule === rule && sameRange(toRange(entry, f.span), range));
  const out: CodeFix[] = [];
  const guess = finding ? suggestionOf(a, entry, finding) : null;
  if (finding && guess) {
    out.push({
      title: { en: `Change \`${guess.from}\` to \`${guess.to}\``, ko: `${codeJosa(guess.from, '을/를')} ${codeJosa(guess.to, '으로/로')} 바꾸기` },
      edits: [{ range: guess.range, newText: guess.to }],
      preferred: true,
    });
  }
  if (finding) {
    for (const fix of fixesFor(entry.design, finding)) {
      const f: CodeFix = { title: fix.title, edits: fix.edits.map((e) => ({ range: toRange(entry, e.span), newText: e.newText })) };
      // A did-you-mean is the repair; a rule's own fix is then one more option.
      if (fix.preferred && !guess) f.preferred = true;
      out.push(f);
    }
  }
  if (finding && guess) {
    const same = entry.findings.filter((f) => {
      if (f.rule !== finding.rule) return false;
      const g = suggestionOf(a, entry, f);
      return g !== null && g.from === guess.from && g.to === guess.to;
    });
    if (same.length > 1) {
      out.push({
        title: {
          en: `Change every \`${guess.from}\` to \`${guess.to}\` in this design (${same.length})`,
          ko: `이 설계의 \`${guess.from}\` ${same.length}곳을 모두 ${codeJosa(guess.to, '으로/로')} 바꾸기`,
        },
        edits: same.map((f) => ({ range: toRange(entry, f.span), newText: guess.to })),
      });
    }
  }
  if (!NO_SUPPRESSION.has(rule)) out.push(...suppressionFixes(a, entry, rule, range.start.line).map((f) => ({ ...f, suppression: true })));
  return out;
}

/**
import { CODES, isRuleId } from '../syntax/codes';
import type { Localized } from '../syntax/ast';
import type { SimTarget } from '../analysis/simulation/types';
 * The actions for every diagnostic the editor sent, each listed once (two rules that
 * fire on one name offer the same repair once, for both), repairs before suppressions.
 * `of` lists the indexes of the requests an action fixes.
 */
export function codeActions(a: DocumentAnalysis, requests: readonly FixRequest[]): (CodeFix & { of: number[] })[] {
  const byKey = new Map<string, CodeFix & { of: number[] }>();
  requests.forEach((req, i) => {
    for (const fix of codeFixes(a, req.designIndex, req.rule, req.range)) {
      const key = `${fix.title.en}\u0000${JSON.stringify(fix.edits)}`;
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.of.includes(i)) seen.of.push(i);
      } else {
        byKey.set(key, { ...fix, of: [i] });
      }
    }
  });
  const all = [...byKey.values()];
  const rank = (f: CodeFix): number => (f.preferred ? 0 : f.suppression ? 2 : 1);
  // Stable: within a rank, the order the diagnostics and their fixes came in.
  const sorted = all.map((f, i) => ({ f, i })).sort((x, y) => rank(x.f) - rank(y.f) || x.i - y.i).map((x) => x.f);
  // One preferred action at most: with two, an editor's "auto fix" applies neither.
  let preferred = false;
  for (const f of sorted) {
    if (!f.preferred) continue;
    if (preferred) delete f.preferred;
    preferred = true;
  }
  return sorted;
}

/**
 * The failure a finding is about, to watch it happen in the simulator ("show me
 * this failure"): the node of a node finding, the zone or region of a single-zone
 * finding, the worst loss of a goal finding. Null for findings with no failure
 * (the language's own, RAID 0 inside one node, …).
 */
export function failureOf(a: DocumentAnalysis, designIndex: number, rule: string, range: Range): { target: SimTarget; label: Localized } | null {
  const entry = a.designs[designIndex];
  if (!entry || !isRuleId(rule) || CODES[rule].kind !== 'rule') return null;
  const finding = entry.findings.find((f) => f.rule === rule && toRange(entry, f.span).start.line === range.start.line && toRange(entry, f.span).start.character === range.start.character);
  if (!finding) return null;
  const data = finding.data ?? {};
  const d = entry.design;
  const nodeTarget = (name: string): { target: SimTarget; label: Localized } | null => {
    const n = d.nodes.get(name);
    if (!n || n.kind === 'client') return null;
    return { target: { type: 'node', node: name, instance: null }, label: { en: `\`${name}\``, ko: `\`${name}\`` } };
  };
  if (data['scope'] === 'zone' && typeof data['zone'] === 'string') return { target: { type: 'zone', zone: data['zone'] }, label: { en: `zone \`${data['zone']}\``, ko: `\`${data['zone']}\` 존` } };
  if (data['scope'] === 'region' && typeof data['region'] === 'string') return { target: { type: 'region', region: data['region'] }, label: { en: `region \`${data['region']}\``, ko: `리전 \`${data['region']}\`` } };
  const worst = data['worst'] as { type?: string; node?: string; zone?: string; region?: string } | undefined;
  if (worst?.type === 'node' && worst.node) return nodeTarget(worst.node);
  if (worst?.type === 'zone' && worst.zone) return { target: { type: 'zone', zone: worst.zone }, label: { en: `zone \`${worst.zone}\``, ko: `\`${worst.zone}\` 존` } };
  if (worst?.type === 'region' && worst.region) return { target: { type: 'region', region: worst.region }, label: { en: `region \`${worst.region}\``, ko: `리전 \`${worst.region}\`` } };
  if (typeof data['node'] === 'string') return nodeTarget(data['node']);
  return null;
}
