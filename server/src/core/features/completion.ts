/** Completion: kinds, attributes, values, names and keywords at the cursor. */
import { lexLine, type Tok } from '../syntax/lexer';
import {
  attrSpec,
  attrsOf,
  GOAL_ATTRS,
  KEYWORD_DOCS,
  KINDS,
  lookupKind,
  STATEMENT_KEYWORDS,
  SESSION_KEYWORDS,
  STEP_KEYWORDS,
  type AttrSpec,
} from '../syntax/schema';
import { type DocumentAnalysis, type Pos, type Range, TopologyService } from './service';
import type { Design, Localized, TopologyNode } from '../syntax/ast';

export type CompletionKind = 'kind' | 'attribute' | 'value' | 'node' | 'zone' | 'region' | 'keyword' | 'step';

export interface Completion {
  label: string;
  kind: CompletionKind;
  detail?: string;
  doc?: Localized;
  insertText?: string;
  range: Range;
}

/** Suggestions at a position inside a design; nothing outside designs. */
export function complete(service: TopologyService, a: DocumentAnalysis, pos: Pos): Completion[] {
  const items = candidates(service, a, pos);
  // A word already typed in full (`zones=a,b`, `fail 주문DB`) gets no list: a list
  // open at the end of a complete word takes the next Enter, and would glue the
  // next statement onto this line, or swap the word for a longer one.
  const typed = items[0] && items[0].range.start.character < items[0].range.end.character ? lineText(a, items[0].range) : '';
  if (typed && items.some((c) => (c.insertText ?? c.label) === typed || c.label === typed)) return [];
  return items;
}

function lineText(a: DocumentAnalysis, r: Range): string {
  return (a.lines[r.start.line] ?? '').slice(r.start.character, r.end.character);
}

function candidates(service: TopologyService, a: DocumentAnalysis, pos: Pos): Completion[] {
  const entry = service.designAt(a, pos.line);
  if (!entry) return [];
  const rel = pos.line - entry.firstLine;
  const src = entry.design.source[rel];
  if (rel < 0 || !src || (entry.closeLine !== null && pos.line === entry.closeLine)) return [];
  const upto = pos.character - src.col;
  if (upto < 0) return [];
  const { toks, comment } = lexLine(src.text.slice(0, upto), src.col);
  if (comment !== null) return [];
  const d = entry.design;
  // The word being typed (if the cursor touches it) is replaced by the choice.
  let partial: Tok | undefined = toks[toks.length - 1];
  if (!partial || partial.k !== 'word' || partial.end !== pos.character) partial = undefined;
  const before = partial ? toks.slice(0, -1) : toks;
  const range: Range = partial
    ? { start: { line: pos.line, character: partial.start }, end: { line: pos.line, character: partial.end } }
    : { start: pos, end: pos };
  const mk = (label: string, kind: CompletionKind, doc?: Localized, detail?: string, insertText?: string): Completion => {
    const c: Completion = { label, kind, range };
    if (doc) c.doc = doc;
    if (detail) c.detail = detail;
    if (insertText) c.insertText = insertText;
    return c;
  };
  const nodeNames = (filter?: (n: TopologyNode) => boolean): Completion[] =>
    [...d.nodes.values()].filter((n) => !filter || filter(n)).map((n) => mk(n.name, 'node', undefined, `${n.kind ?? n.kindText} ×${n.replicas}`));
  const places = (kind: 'zone' | 'region'): Completion[] => [...(kind === 'zone' ? d.zones : d.regions).keys()].map((z) => mk(z, kind));

  // Start of a line: statements and node names (to start an edge).
  if (before.length === 0) {
    return [...STATEMENT_KEYWORDS.map((k) => mk(k, 'keyword', KEYWORD_DOCS[k])), ...nodeNames()];
  }
  const first = before[0]!;
  // Edges: after `->` a node name.
  if (before.some((t) => t.k === 'arrow')) {
    const last = before[before.length - 1]!;
    return last.k === 'arrow' ? nodeNames() : [];
  }
  // Scenarios: steps and targets.
  if (first.text === 'scenario' && before[1]?.k !== 'colon') {
    if (before.length < 3 || before[2]!.k !== 'colon') return [];
    let seg = before.slice(3);
    const semi = seg.map((t) => t.k).lastIndexOf('semi');
    if (semi >= 0) seg = seg.slice(semi + 1);
    if (seg.length === 0) return STEP_KEYWORDS.map((k) => mk(k, 'step', KEYWORD_DOCS[k]));
    const verb = seg[0]!.text;
    if (verb === 'spike') return seg.length === 1 ? ['x2', 'x5', 'x10'].map((x) => mk(x, 'value')) : [mk('at', 'attribute', undefined, undefined, 'at=')];
    if (verb !== 'fail' && verb !== 'recover') return [];
    if (seg.length === 1) return [...nodeNames(), mk('zone:', 'keyword'), mk('region:', 'keyword')];
    if (seg.length === 3 && seg[2]!.k === 'colon' && (seg[1]!.text === 'zone' || seg[1]!.text === 'region')) return places(seg[1]!.text as 'zone' | 'region');
    return [mk('at', 'attribute', undefined, undefined, 'at=')];
  }
  if (first.text === 'goal' && before[1]?.k !== 'colon') {
    if (before[before.length - 1]!.k === 'eq') return [];
    const used = new Set(before.map((t) => t.text));
    return GOAL_ATTRS.filter((g) => !used.has(g.key)).map((g) => mk(g.key, 'attribute', g.doc, undefined, `${g.key}=`));
  }
  if ((first.text === 'zone' || first.text === 'region') && before[1]?.k !== 'colon') {
    if (before.length < 2) return [];
    const last = before[before.length - 1]!;
    if (first.text === 'zone' && last.k === 'eq' && before[before.length - 2]?.text === 'region') return places('region');
    if (last.k === 'eq') return [];
    return (first.text === 'zone' ? ['region', 'label'] : ['label']).map((k) => mk(k, 'attribute', undefined, undefined, `${k}=`));
  }
  // Nodes: `NAME:` then a kind, then attributes and values.
  if (first.k === 'word' && before[1]?.k === 'colon') {
    if (before.length === 2) return KINDS.flatMap((k) => [k.id, ...k.aliases].map((w) => mk(w, 'kind', k.doc, w === k.id ? undefined : k.id)));
    const kind = lookupKind(before[2]!.text)?.id;
    if (!kind) return [];
    const last = before[before.length - 1]!;
    const self = d.nodes.get(first.text);
    if (last.k === 'eq' || last.k === 'comma') {
      let j = before.length - 1;
      while (j > 0 && before[j]!.k !== 'eq') j--;
      const key = before[j - 1]?.text;
      const spec = key ? attrSpec(kind, key) : undefined;
      if (!spec) return [];
      if (last.k === 'comma' && spec.type.t !== 'zones' && spec.type.t !== 'nodes') return [];
      return valueCompletions(spec, d, self, mk, nodeNames, places);
    }
    const given = new Set(before.slice(3).filter((t, k, arr) => t.k === 'word' && arr[k - 1]?.k !== 'eq' && arr[k - 1]?.k !== 'comma').map((t) => t.text));
    return attrsOf(kind)
      .filter((s) => !given.has(s.key))
      .map((s) => mk(s.key, 'attribute', s.doc, undefined, s.type.t === 'flag' || s.key === 'primary' || s.key === 'standby' || s.key === 'replica' || s.key === 'health-check' ? s.key : `${s.key}=`));
  }
  return [];
}

function valueCompletions(
  spec: AttrSpec,
  d: Design,
  self: TopologyNode | undefined,
  mk: (label: string, kind: CompletionKind, doc?: Localized, detail?: string) => Completion,
  nodeNames: (f?: (n: TopologyNode) => boolean) => Completion[],
  places: (k: 'zone' | 'region') => Completion[],
): Completion[] {
  const notSelf = (n: TopologyNode): boolean => n.name !== self?.name;
  switch (spec.type.t) {
    case 'enum':
      return spec.type.values.map((v) => mk(v.name, 'value', v.doc));
    case 'flag':
    case 'flag-or-path':
      return [...['true', 'false'].map((v) => mk(v, 'value')), ...(spec.type.t === 'flag' && spec.type.values ? spec.type.values.map((v) => mk(v.name, 'value', v.doc)) : [])];
    case 'zone':
    case 'zones':
      return places('zone');
    case 'region':
      return places('region');
    case 'node':
      return nodeNames((n) => notSelf(n) && (!self?.kind || n.kind === self.kind));
    case 'nodes':
      return nodeNames(notSelf);
    case 'sessions':
      return [...[...SESSION_KEYWORDS].map((w) => mk(w, 'value')), ...nodeNames((n) => n.kind === 'cache')];
    case 'duration':
      return [...['1s', '5s', '10s', '30s', '1m', '5m'].map((v) => mk(v, 'value')), ...(spec.type.words ?? []).map((v) => mk(v.name, 'value', v.doc))];
    case 'percent':
      return ['99.9%', '99.95%', '99.99%'].map((v) => mk(v, 'value'));
    case 'int':
      return ['2', '3', '4'].map((v) => mk(v, 'value'));
    case 'range':
      return ['2..10'].map((v) => mk(v, 'value'));
    default:
      return [];
  }
}
