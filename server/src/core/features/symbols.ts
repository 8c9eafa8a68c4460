/** The outline: designs with their nodes, places, goal and scenarios. */
import { lastLine, toRange, type DocumentAnalysis, type Range } from './service';
import type { Design, Span } from '../syntax/ast';
import { formatDuration } from '../syntax/values';

export type SymbolKind = 'design' | 'node' | 'zone' | 'region' | 'scenario' | 'goal';

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: SymbolKind;
  /** For nodes: the node's kind, to pick an icon. */
  nodeKind?: string;
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** Each block as a symbol titled by its title, its nodes (and places, scenarios) inside. */
export function symbols(a: DocumentAnalysis): OutlineSymbol[] {
  return a.designs.map((entry) => {
    const d = entry.design;
    const start = Math.max(entry.fenceLine, 0);
    const end = lastLine(entry, a.lines.length);
    const range: Range = { start: { line: start, character: 0 }, end: { line: end, character: (a.lines[end] ?? '').length } };
    const sel: Range = d.titleSpan ? toRange(entry, d.titleSpan) : { start: { line: start, character: 0 }, end: { line: start, character: (a.lines[start] ?? '').length } };
    const lineRange = (span: Span): Range => {
      const line = entry.firstLine + span.line;
      return { start: { line, character: 0 }, end: { line, character: (a.lines[line] ?? '').length } };
    };
    const children: OutlineSymbol[] = [];
    const push = (s: OutlineSymbol): void => {
      // Ranges must contain selection ranges even for odd lines.
      children.push(s);
    };
    if (d.goal) push({ name: 'goal', detail: goalDetail(d), kind: 'goal', range: lineRange(d.goal.span), selectionRange: toRange(entry, d.goal.span), children: [] });
    for (const r of d.regions.values()) if (r.span) push({ name: r.name, detail: 'region', kind: 'region', range: lineRange(r.span), selectionRange: toRange(entry, r.span), children: [] });
    for (const z of d.zones.values()) if (z.span) push({ name: z.name, detail: z.region ? `zone · ${z.region}` : 'zone', kind: 'zone', range: lineRange(z.span), selectionRange: toRange(entry, z.span), children: [] });
    for (const n of d.nodes.values()) {
      const s: OutlineSymbol = { name: n.name, detail: `${n.kind ?? n.kindText}${n.replicas > 1 ? ` ×${n.replicas}` : ''}`, kind: 'node', range: lineRange(n.nameSpan), selectionRange: toRange(entry, n.nameSpan), children: [] };
      if (n.kind) s.nodeKind = n.kind;
      push(s);
    }
    for (const sc of d.scenarios) push({ name: sc.name, detail: 'scenario', kind: 'scenario', range: lineRange(sc.nameSpan), selectionRange: toRange(entry, sc.nameSpan), children: [] });
    children.sort((x, y) => x.range.start.line - y.range.start.line);
    return {
      name: d.title || `topology #${entry.index + 1}`,
      detail: `${d.nodes.size} nodes`,
      kind: 'design' as const,
      range,
      selectionRange: sel,
      children,
    };
  });
}

function goalDetail(d: Design): string {
  const g = d.goal!;
  const parts: string[] = [];
  if (g.availability !== null) parts.push(`${g.availability}%`);
  if (g.rto !== null) parts.push(`RTO ${formatDuration(g.rto)}`);
  if (g.rpo !== null) parts.push(`RPO ${formatDuration(g.rpo)}`);
  return parts.join(' · ');
}
