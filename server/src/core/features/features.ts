/** Editor features on a document analysis: hover, completion, navigation, rename, outline. */
import { findTermAt, formatTermHover } from '../glossary';
import { lexLine, type Tok } from '../syntax/lexer';
import {
  anyAttrSpec,
  attrSpec,
  attrsOf,
  GOAL_ATTRS,
  KEYWORD_DOCS,
  KINDS,
  lookupKind,
  STATEMENT_KEYWORDS,
  STEP_KEYWORDS,
  type AttrSpec,
} from '../syntax/schema';
import { lastLine, toRange, type DesignEntry, type DocumentAnalysis, type Pos, type Range, TopologyService } from './service';
import type { Design, Locale, Localized, RefKind, Span, TopologyNode } from '../syntax/ast';
import { formatDuration, formatNines, formatPercent, isValidName } from '../syntax/values';
import { estimate } from '../analysis/estimate';
import { fixesFor } from '../rules/index';
import { suppressionFixes, type DocFix } from './suppress';
import { LIMITS } from '../syntax/limits';

// ---- the symbol index ------------------------------------------------------

type ItemKind = 'decl' | 'ref';
interface NameItem {
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

function itemAt(design: Design, rel: number, ch: number): NameItem | undefined {
  const items = indexOf(design).byLine.get(rel);
  return items?.find((i) => ch >= i.span.start && ch <= i.span.end);
}

function itemsNamed(design: Design, kind: RefKind, name: string): NameItem[] {
  return indexOf(design).byName.get(`${kind}:${name}`) ?? [];
}

/** The token under a document position inside a design, with its line's tokens. */
function tokenAt(entry: DesignEntry, rel: number, ch: number): { tok: Tok; toks: Tok[] } | undefined {
  const src = entry.design.source[rel];
  if (!src) return undefined;
  const { toks } = lexLine(src.text, src.col);
  const tok = toks.find((t) => ch >= t.start && ch <= t.end && t.k === 'word');
  return tok ? { tok, toks } : undefined;
}

// ---- hover -----------------------------------------------------------------

export interface HoverResult {
  markdown: string;
  range: Range;
}

const other = (l: Locale): Locale => (l === 'ko' ? 'en' : 'ko');
const both = (t: Localized, locale: Locale): string => `${t[locale]}\n\n---\n\n${t[other(locale)]}`;

/** What to show when hovering a position: a node, a keyword, or an infrastructure term in prose. */
export function hover(service: TopologyService, a: DocumentAnalysis, pos: Pos, locale: Locale): HoverResult | null {
  const entry = service.designAt(a, pos.line);
  if (entry) {
    const rel = pos.line - entry.firstLine;
    if (rel < 0) return fenceHover(a, entry, pos, locale);
    if (entry.closeLine !== null && pos.line === entry.closeLine) return null;
    return designHover(entry, rel, pos, locale);
  }
  if (!service.isProse(a, pos.line)) return null;
  const text = a.lines[pos.line] ?? '';
  const hit = findTermAt(text, pos.character);
  if (!hit || insideUrl(text, hit.start)) return null;
  return {
    markdown: formatTermHover(hit.entry, locale),
    range: { start: { line: pos.line, character: hit.start }, end: { line: pos.line, character: hit.end } },
  };
}

/**
 * The design's estimate in one line: `≈ 99.95% · RTO 33s · RPO 1s · 2 SPOFs`,
 * or null when the design is empty or too large to estimate interactively.
 */
export function estimateLine(d: Design): Localized | null {
  const counted = [...d.nodes.values()].filter((n) => n.kind && n.kind !== 'client').length;
  if (!counted || d.nodes.size > LIMITS.estimateNodes || d.edges.length > LIMITS.edgesPerDesign) return null;
  const e = estimate(d);
  const pct = formatNines(e.availability);
  const rtoEn = e.rto === null ? 'RTO ∞' : `RTO ${formatDuration(e.rto)}`;
  const rtoKo = e.rto === null ? 'RTO 복구 안 됨' : `RTO ${formatDuration(e.rto)}`;
  const rpo = `RPO ${formatDuration(e.rpo)}`;
  const n = e.spofs.length;
  return {
    en: `≈ ${pct} · ${rtoEn} · ${rpo} · ${n} SPOF${n === 1 ? '' : 's'}`,
    ko: `≈ ${pct} · ${rtoKo} · ${rpo} · 단일 장애점 ${n}개`,
  };
}

/** Whether a column falls inside a URL (`https://…`): its words are not prose. */
function insideUrl(text: string, at: number): boolean {
  const re = /[a-z][a-z0-9+.-]*:\/\/[^\s)>\]]*/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) if (at >= m.index && at < m.index + m[0].length) return true;
  return false;
}

function fenceHover(a: DocumentAnalysis, entry: DesignEntry, pos: Pos, locale: Locale): HoverResult | null {
  const d = entry.design;
  const text = a.lines[pos.line] ?? '';
  const title = d.title || (locale === 'ko' ? `설계 ${entry.index + 1}` : `Design ${entry.index + 1}`);
  const line = estimateLine(d);
  const e = line ? estimate(d) : null;
  const worst = (l: Locale): string => {
    if (!e) return '';
    const name = (t: { type: string; node?: string; zone?: string; region?: string }): string => (t.type === 'node' ? `\`${t.node}\`` : t.type === 'zone' ? `zone \`${t.zone}\`` : `region \`${t.region}\``);
    const parts: string[] = [];
    if (e.worstRto) parts.push(l === 'ko' ? `가장 오래 걸리는 복구: ${name(e.worstRto.target)} 장애` : `Slowest recovery: losing ${name(e.worstRto.target)}`);
    if (e.worstRpo && e.worstRpo.rpo > 0) parts.push(l === 'ko' ? `가장 많이 잃는 쓰기: ${name(e.worstRpo.target)} 장애` : `Most writes lost: losing ${name(e.worstRpo.target)}`);
    if (e.spofs.length) parts.push(l === 'ko' ? `단일 장애점: ${e.spofs.map((s) => `\`${s}\``).join(', ')}` : `Single points of failure: ${e.spofs.map((s) => `\`${s}\``).join(', ')}`);
    return parts.length ? '\n\n' + parts.join('\n\n') : '';
  };
  const counts: Localized = {
    en: `**${title}** — ${d.nodes.size} nodes, ${d.edges.length} edges, ${d.scenarios.length} scenarios${line ? `\n\nEstimate: ${line.en}` : ''}${worst('en')}`,
    ko: `**${title}** — 노드 ${d.nodes.size}개, 연결 ${d.edges.length}개, 시나리오 ${d.scenarios.length}개${line ? `\n\n추정: ${line.ko}` : ''}${worst('ko')}`,
  };
  return {
    markdown: both(counts, locale),
    range: { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: text.length } },
  };
}

function designHover(entry: DesignEntry, rel: number, pos: Pos, locale: Locale): HoverResult | null {
  const d = entry.design;
  const item = itemAt(d, rel, pos.character);
  if (item) {
    const range = toRange(entry, item.span);
    if (item.kind === 'node') {
      const node = d.nodes.get(item.name);
      if (!node) return null;
      return { markdown: both(nodeFacts(d, node), locale), range };
    }
    return { markdown: both(placeFacts(d, item.kind, item.name), locale), range };
  }
  const at = tokenAt(entry, rel, pos.character);
  if (!at) return null;
  const { tok, toks } = at;
  const range = toRange(entry, { line: rel, start: tok.start, end: tok.end });
  const i = toks.indexOf(tok);
  // A kind word: `name: KIND`.
  if (i === 2 && toks[1]?.k === 'colon' && toks[0]?.k === 'word' && !STATEMENT_KEYWORDS.includes(toks[0].text as never)) {
    const k = lookupKind(tok.text);
    if (k) {
      const aliases = k.aliases.length ? ` (${k.aliases.join(', ')})` : '';
      const doc: Localized = {
        en: `**${k.id}**${aliases} — ${k.doc.en}\n\nAttributes: ${attrsOf(k.id).map((x) => '`' + x.key + '`').join(', ')}`,
        ko: `**${k.id}**${aliases} — ${k.doc.ko}\n\n속성: ${attrsOf(k.id).map((x) => '`' + x.key + '`').join(', ')}`,
      };
      return { markdown: both(doc, locale), range };
    }
  }
  const first = toks[0];
  const node = first && toks[1]?.k === 'colon' ? d.nodes.get(first.text) : undefined;
  const isGoal = first?.text === 'goal' && toks[1]?.k !== 'colon';
  // An attribute key (followed by `=` or a bare flag) or its value (after `=`).
  if (toks[i - 1]?.k === 'eq' || (toks[i - 1]?.k === 'comma' && i > 2)) {
    let j = i - 1;
    while (j > 0 && toks[j]!.k !== 'eq') j--;
    const keyTok = toks[j - 1];
    const spec = keyTok ? specFor(node, isGoal, keyTok.text) : undefined;
    if (spec) {
      if (spec.type.t === 'enum') {
        const v = spec.type.values.find((e) => e.name === tok.text);
        if (v) return { markdown: both({ en: `\`${spec.key}=${v.name}\` — ${v.doc.en}`, ko: `\`${spec.key}=${v.name}\` — ${v.doc.ko}` }, locale), range };
      }
      const dur = spec.type.t === 'duration' ? durationNote(tok.text) : null;
      return { markdown: both(attrDoc(spec, dur), locale), range };
    }
  }
  if (i >= 1) {
    const spec = specFor(node, isGoal, tok.text);
    if (spec && (node || isGoal)) return { markdown: both(attrDoc(spec, null), locale), range };
  }
  const kw = KEYWORD_DOCS[tok.text];
  if (kw && (i === 0 || toks[i - 1]?.k === 'semi' || (toks[0]?.text === 'scenario' && i === 3) || tok.text === 'zone' || tok.text === 'region')) {
    return { markdown: both({ en: `**${tok.text}** — ${kw.en}`, ko: `**${tok.text}** — ${kw.ko}` }, locale), range };
  }
  return null;
}

function durationNote(raw: string): Localized | null {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(raw);
  if (!m) return null;
  const secs = Number(m[1]) * ({ ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2]!]!;
  return { en: `${raw} = ${secs} seconds`, ko: `${raw} = ${secs}초` };
}

function specFor(node: TopologyNode | undefined, isGoal: boolean, key: string): AttrSpec | undefined {
  if (isGoal) return GOAL_ATTRS.find((g) => g.key === key);
  if (node?.kind) return attrSpec(node.kind, key);
  return node ? anyAttrSpec(key) : undefined;
}

function attrDoc(spec: AttrSpec, extra: Localized | null): Localized {
  const values = spec.type.t === 'enum' ? spec.type.values.map((v) => `\`${v.name}\``).join(' | ') : '';
  return {
    en: `**${spec.key}** — ${spec.doc.en}${values ? `\n\nValues: ${values}` : ''}${extra ? `\n\n${extra.en}` : ''}`,
    ko: `**${spec.key}** — ${spec.doc.ko}${values ? `\n\n값: ${values}` : ''}${extra ? `\n\n${extra.ko}` : ''}`,
  };
}

function nodeFacts(d: Design, n: TopologyNode): Localized {
  const callers = d.edges.filter((e) => e.to === n.name).map((e) => e.from);
  const callees = d.edges.filter((e) => e.from === n.name).map((e) => (e.label ? `${e.to} (${e.label})` : e.to));
  const copies = [...d.nodes.values()].filter((x) => x.of === n.name).map((x) => `${x.name} (${x.role ?? 'copy'})`);
  const kind = n.kind ?? (n.kindText || '?');
  const label = n.label ? ` — ${n.label}` : '';
  const auto = n.attrs.get('autoscale')?.value;
  const autoText = auto && auto.type === 'range' ? ` (autoscale ${auto.min}..${auto.max})` : '';
  const uniq = (xs: string[]): string[] => [...new Set(xs)];
  const list = (xs: string[], none: string): string => (xs.length ? uniq(xs).map((x) => `\`${x}\``).join(', ') : none);
  const place = n.zones.length ? n.zones.join(', ') : n.region ?? '';
  const avail = formatPercent(n.availability);
  const hb = n.attrs.get('heartbeat')?.value;
  const extraEn: string[] = [];
  const extraKo: string[] = [];
  if (n.role) {
    extraEn.push(`Role: ${n.role}${n.of ? ` of \`${n.of}\`` : ''}`);
    extraKo.push(`역할: ${n.role}${n.of ? ` (\`${n.of}\`의)` : ''}`);
  }
  if (hb && hb.type === 'duration') {
    extraEn.push(`Heartbeat: ${formatDuration(hb.seconds)}`);
    extraKo.push(`하트비트: ${formatDuration(hb.seconds)}`);
  }
  if (copies.length) {
    extraEn.push(`Copies: ${list(copies, '')}`);
    extraKo.push(`복제본: ${list(copies, '')}`);
  }
  if (n.managed) {
    extraEn.push('Managed: redundant by contract');
    extraKo.push('관리형: 계약상 이중화됨');
  }
  return {
    en: [
      `**${n.name}** · ${kind} ×${n.replicas}${autoText}${label}`,
      `Instances: ${n.replicas}${place ? ` in ${place}` : ''} · availability ${avail} each`,
      ...extraEn,
      `Called by: ${list(callers, 'nothing')}`,
      `Calls: ${list(callees, 'nothing')}`,
    ].join('\n\n'),
    ko: [
      `**${n.name}** · ${kind} ×${n.replicas}${autoText}${label}`,
      `인스턴스: ${n.replicas}개${place ? ` (${place})` : ''} · 인스턴스당 가용성 ${avail}`,
      ...extraKo,
      `호출하는 쪽: ${list(callers, '없음')}`,
      `호출하는 대상: ${list(callees, '없음')}`,
    ].join('\n\n'),
  };
}

function placeFacts(d: Design, kind: RefKind, name: string): Localized {
  const nodes = [...d.nodes.values()].filter((n) => (kind === 'zone' ? n.zones.includes(name) : n.region === name || n.zones.some((z) => d.zones.get(z)?.region === name)));
  const place = kind === 'zone' ? d.zones.get(name) : d.regions.get(name);
  const list = nodes.length ? nodes.map((n) => `\`${n.name}\``).join(', ') : '—';
  const inRegion = kind === 'zone' && place?.region ? place.region : null;
  const implicit = place && !place.span;
  return {
    en: `**${kind} ${name}**${inRegion ? ` (region ${inRegion})` : ''}${implicit ? ' — not declared, implied by use' : ''}\n\nNodes here: ${list}`,
    ko: `**${kind} ${name}**${inRegion ? ` (리전 ${inRegion})` : ''}${implicit ? ' — 선언 없이 사용으로 정해짐' : ''}\n\n여기 있는 노드: ${list}`,
  };
}

// ---- completion -------------------------------------------------------------

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
      return ['true', 'false'].map((v) => mk(v, 'value'));
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
      return [mk('local', 'value'), mk('sticky', 'value'), ...nodeNames((n) => n.kind === 'cache')];
    case 'duration':
      return ['1s', '5s', '10s', '30s', '1m', '5m'].map((v) => mk(v, 'value'));
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

// ---- navigation and rename ------------------------------------------------------

function declarationOf(d: Design, kind: RefKind, name: string): Span | null {
  if (kind === 'node') return d.nodes.get(name)?.nameSpan ?? null;
  const p = kind === 'zone' ? d.zones.get(name) : d.regions.get(name);
  return p?.span ?? null;
}

function nameAt(service: TopologyService, a: DocumentAnalysis, pos: Pos): { entry: DesignEntry; item: NameItem } | undefined {
  const entry = service.designAt(a, pos.line);
  if (!entry) return undefined;
  const item = itemAt(entry.design, pos.line - entry.firstLine, pos.character);
  return item ? { entry, item } : undefined;
}

/** Where the name under the cursor is declared (a place used but never declared: its first use). */
export function definition(service: TopologyService, a: DocumentAnalysis, pos: Pos): Range | null {
  const hit = nameAt(service, a, pos);
  if (!hit) return null;
  const { entry, item } = hit;
  const decl = declarationOf(entry.design, item.kind, item.name) ?? itemsNamed(entry.design, item.kind, item.name)[0]?.span;
  return decl ? toRange(entry, decl) : null;
}

/** Every use of the name under the cursor in its design. */
export function references(service: TopologyService, a: DocumentAnalysis, pos: Pos, includeDeclaration: boolean): Range[] {
  const hit = nameAt(service, a, pos);
  if (!hit) return [];
  const { entry, item } = hit;
  return itemsNamed(entry.design, item.kind, item.name)
    .filter((i) => includeDeclaration || i.role === 'ref')
    .map((i) => toRange(entry, i.span));
}

export function prepareRename(service: TopologyService, a: DocumentAnalysis, pos: Pos): { range: Range; placeholder: string } | null {
  const hit = nameAt(service, a, pos);
  if (!hit) return null;
  return { range: toRange(hit.entry, hit.item.span), placeholder: hit.item.name };
}

export type RenameResult = { edits: { range: Range; newText: string }[] } | { error: Localized };

/** Renames a node, zone or region across its design: declaration, edges, of=, sessions=, watches=, zones, scenarios. */
export function rename(service: TopologyService, a: DocumentAnalysis, pos: Pos, newName: string): RenameResult | null {
  const hit = nameAt(service, a, pos);
  if (!hit) return null;
  const { entry, item } = hit;
  if (!isValidName(newName)) {
    return { error: { en: `\`${newName}\` is not a valid name: start with a letter; use letters, digits, -, _ and .`, ko: `\`${newName}\`은(는) 올바른 이름이 아닙니다. 글자로 시작하고 글자, 숫자, -, _, . 만 쓰세요.` } };
  }
  if (newName !== item.name && itemsNamed(entry.design, item.kind, newName).length) {
    return { error: { en: `A ${item.kind} named \`${newName}\` already exists in this design.`, ko: `이 설계에 \`${newName}\`(${item.kind})이(가) 이미 있습니다.` } };
  }
  return { edits: itemsNamed(entry.design, item.kind, item.name).map((i) => ({ range: toRange(entry, i.span), newText: newName })) };
}

// ---- outline and folding -------------------------------------------------------

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

/** Folding ranges: each block from its opening to its closing fence. */
export function foldingRanges(a: DocumentAnalysis): { startLine: number; endLine: number }[] {
  if (a.kind === 'topology') return [];
  return a.designs.map((e) => ({ startLine: e.fenceLine, endLine: lastLine(e, a.lines.length) })).filter((r) => r.endLine > r.startLine);
}


// ---- quick fixes ------------------------------------------------------------------

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
