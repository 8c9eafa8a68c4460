/** Code actions: a finding's own quick fixes, then the suppression comments. */
import { toRange, type DocumentAnalysis, type Range } from './service';
import { fixesFor } from '../rules/index';
import { suppressionFixes, type DocFix } from './suppress';
import { CODES, isRuleId } from '../rules/codes';
import type { Localized } from '../syntax/ast';
import type { SimTarget } from '../analysis/simulation/types';

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
  if (data['scope'] === 'zone' && typeof data['zone'] === 'string') return { target: { type: 'zone', zone: data['zone'] }, label: { en: `zone \`${data['zone']}\``, ko: `가용 영역 \`${data['zone']}\`` } };
  if (data['scope'] === 'region' && typeof data['region'] === 'string') return { target: { type: 'region', region: data['region'] }, label: { en: `region \`${data['region']}\``, ko: `리전 \`${data['region']}\`` } };
  const worst = data['worst'] as { type?: string; node?: string; zone?: string; region?: string } | undefined;
  if (worst?.type === 'node' && worst.node) return nodeTarget(worst.node);
  if (worst?.type === 'zone' && worst.zone) return { target: { type: 'zone', zone: worst.zone }, label: { en: `zone \`${worst.zone}\``, ko: `가용 영역 \`${worst.zone}\`` } };
  if (worst?.type === 'region' && worst.region) return { target: { type: 'region', region: worst.region }, label: { en: `region \`${worst.region}\``, ko: `리전 \`${worst.region}\`` } };
  if (typeof data['node'] === 'string') return nodeTarget(data['node']);
  return null;
}
