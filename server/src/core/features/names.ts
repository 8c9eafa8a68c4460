/** The names of a design (declarations and uses) by position: what hover, completion, navigation and rename look up. */
import { lexLine, type Tok } from '../syntax/lexer';
import { type DesignEntry, type DocumentAnalysis, type Pos, TopologyService } from './service';
import type { Design, RefKind, Span } from '../syntax/ast';

type ItemKind = 'decl' | 'ref';
export interface NameItem {
  role: ItemKind;
  kind: RefKind;
  name: string;
  span: Span;
}

interface DesignIndex {
  byLine: Map<number, NameItem[]>;
  byName: Map<string, NameItem[]>;
}

const indexes = new WeakMap<Design, DesignIndex>();

function indexOf(design: Design): DesignIndex {
  let idx = indexes.get(design);
  if (idx) return idx;
  const byLine = new Map<number, NameItem[]>();
  const byName = new Map<string, NameItem[]>();
  const add = (it: NameItem): void => {
    const l = byLine.get(it.span.line);
    if (l) l.push(it);
    else byLine.set(it.span.line, [it]);
    const key = `${it.kind}:${it.name}`;
    const n = byName.get(key);
    if (n) n.push(it);
    else byName.set(key, [it]);
  };
  for (const n of design.nodes.values()) add({ role: 'decl', kind: 'node', name: n.name, span: n.nameSpan });
  for (const z of design.zones.values()) if (z.span) add({ role: 'decl', kind: 'zone', name: z.name, span: z.span });
  for (const r of design.regions.values()) if (r.span) add({ role: 'decl', kind: 'region', name: r.name, span: r.span });
  for (const r of design.refs) add({ role: 'ref', kind: r.kind, name: r.name, span: r.span });
  idx = { byLine, byName };
  indexes.set(design, idx);
  return idx;
}

export function itemAt(design: Design, rel: number, ch: number): NameItem | undefined {
  const items = indexOf(design).byLine.get(rel);
  return items?.find((i) => ch >= i.span.start && ch <= i.span.end);
}

export function itemsNamed(design: Design, kind: RefKind, name: string): NameItem[] {
  return indexOf(design).byName.get(`${kind}:${name}`) ?? [];
}

/** The token under a document position inside a design, with its line's tokens. */
export function tokenAt(entry: DesignEntry, rel: number, ch: number): { tok: Tok; toks: Tok[] } | undefined {
  const src = entry.design.source[rel];
  if (!src) return undefined;
  const { toks } = lexLine(src.text, src.col);
  const tok = toks.find((t) => ch >= t.start && ch <= t.end && t.k === 'word');
  return tok ? { tok, toks } : undefined;
}

export function declarationOf(d: Design, kind: RefKind, name: string): Span | null {
  if (kind === 'node') return d.nodes.get(name)?.nameSpan ?? null;
  const p = kind === 'zone' ? d.zones.get(name) : d.regions.get(name);
  return p?.span ?? null;
}

export function nameAt(service: TopologyService, a: DocumentAnalysis, pos: Pos): { entry: DesignEntry; item: NameItem } | undefined {
  const entry = service.designAt(a, pos.line);
  if (!entry) return undefined;
  const item = itemAt(entry.design, pos.line - entry.firstLine, pos.character);
  return item ? { entry, item } : undefined;
}
