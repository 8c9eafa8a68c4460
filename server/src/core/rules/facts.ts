import { designIndex, failoverMode, flagAttr, hasRedundantMode, rangeAttr, sessionStoreOf, textAttr, type DesignIndex } from '../model/request-graph';
import { SEARCH_ENGINES } from '../model/groups';
import { codeJosa } from '../shared/josa';
import type { Design, Edge, Finding, Localized, RelatedInfo, Severity, Span, TopologyNode } from '../syntax/ast';
import { CODES, type HaRuleId } from '../syntax/codes';

// Node semantics shared with the simulator live in model/request-graph.ts, once.
export { failoverMode, flagAttr, hasRedundantMode, rangeAttr, textAttr };

import { L } from '../shared/localized';
export { L };

/** Instances that always run: `replicas`, or the lower bound of `autoscale` when larger. */
export function minInstances(node: TopologyNode): number {
  const auto = node.attrs.size ? node.attrs.get('autoscale')?.value : undefined;
  return Math.max(node.replicas, auto && auto.type === 'range' ? auto.min : 0);
}

/** Instances a balancer may spread over: `replicas`, or the upper bound of `autoscale`. */
export function maxInstances(node: TopologyNode): number {
  const auto = node.attrs.size ? node.attrs.get('autoscale')?.value : undefined;
  return Math.max(node.replicas, auto && auto.type === 'range' ? auto.max : 0);
}

/** Facts about a design that several rules need, computed once. */
export interface Facts {
  design: Design;
  /** Nodes in declaration order. */
  nodes: TopologyNode[];
  /** X → the nodes declared `of=X` (standbys, replicas, second primaries), in declaration order. */
  copies: Map<string, TopologyNode[]>;
  /** X → the nodes whose `sessions=` names X. */
  sessionUsers: Map<string, TopologyNode[]>;
  /** The design's nodes by index and its distinct edges between known nodes (shared with the simulator's model). */
  index: DesignIndex;
  /** Per node index, where its distinct callees start in calleeList (n + 1 entries); built on first use. */
  calleeStart: Int32Array | null;
  calleeList: Int32Array | null;
  /** Beside calleeList: the index (in the design index) of the edge each entry comes from. */
  calleeEdge: Int32Array | null;
  /** The design's edges (as written: duplicates and unknown names kept) by their `from` and by their `to`; built on first use. */
  edgesFrom: Map<string, Edge[]> | null;
  edgesTo: Map<string, Edge[]> | null;
}

export function computeFacts(design: Design): Facts {
  const index = designIndex(design);
  let nodes = index.list;
  for (let i = 1; i < nodes.length; i++) {
    if (nodes[i - 1]!.line > nodes[i]!.line) {
      nodes = [...nodes].sort((a, b) => a.line - b.line);
      break;
    }
  }
  const copies = new Map<string, TopologyNode[]>();
  const sessionUsers = new Map<string, TopologyNode[]>();
  for (let ni = 0; ni < nodes.length; ni++) {
    const n = nodes[ni]!;
    if (n.of && n.of !== n.name && design.nodes.has(n.of)) push(copies, n.of, n);
    if (!n.attrs.size) continue;
    const s = sessionStoreOf(design, n);
    if (s !== null) push(sessionUsers, s, n);
  }
  return { design, nodes, copies, sessionUsers, index, calleeStart: null, calleeList: null, calleeEdge: null, edgesFrom: null, edgesTo: null };
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The edges written from `name`, in the design's order (one scan of the edges for every rule that asks). */
export function edgesFromNode(f: Facts, name: string): readonly Edge[] {
  if (!f.edgesFrom) edgeMaps(f);
  return f.edgesFrom!.get(name) ?? NO_EDGES;
}

/** The edges written to `name`, in the design's order. */
export function edgesToNode(f: Facts, name: string): readonly Edge[] {
  if (!f.edgesTo) edgeMaps(f);
  return f.edgesTo!.get(name) ?? NO_EDGES;
}

const NO_EDGES: readonly Edge[] = [];

function edgeMaps(f: Facts): void {
  const from = new Map<string, Edge[]>();
  const to = new Map<string, Edge[]>();
  for (const e of f.design.edges) {
    push(from, e.from, e);
    push(to, e.to, e);
  }
  f.edgesFrom = from;
  f.edgesTo = to;
}

/** Builds the callee lists (distinct known callees per caller, in edge order). */
function calleeLists(f: Facts): { start: Int32Array; list: Int32Array; edge: Int32Array } {
  if (f.calleeStart && f.calleeList && f.calleeEdge) return { start: f.calleeStart, list: f.calleeList, edge: f.calleeEdge };
  const ix = f.index;
  const n = ix.list.length;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < ix.count; k++) start[ix.from[k]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const list = new Int32Array(ix.count);
  const edge = new Int32Array(ix.count);
  for (let k = 0; k < ix.count; k++) {
    const at = fill[ix.from[k]!]!++;
    list[at] = ix.to[k]!;
    edge[at] = k;
  }
  f.calleeStart = start;
  f.calleeList = list;
  f.calleeEdge = edge;
  return { start, list, edge };
}

/** How many distinct nodes `name` calls (edges to unknown names not counted). */
export function calleeCount(f: Facts, name: string): number {
  const i = f.index.byName.get(name);
  if (i === undefined) return 0;
  const { start } = calleeLists(f);
  return start[i + 1]! - start[i]!;
}

/** The distinct nodes `name` calls, in edge order. */
export function calleesOf(f: Facts, name: string): TopologyNode[] {
  const i = f.index.byName.get(name);
  if (i === undefined) return [];
  const { start, list } = calleeLists(f);
  const out: TopologyNode[] = [];
  for (let k = start[i]!; k < start[i + 1]!; k++) out.push(f.index.list[list[k]!]!);
  return out;
}

export function standbysOf(f: Facts, name: string): TopologyNode[] {
  return (f.copies.get(name) ?? []).filter((c) => c.role === 'standby');
}

/** A finding on a node's name in its declaration. */
export function nodeFinding(
  rule: HaRuleId,
  node: TopologyNode,
  message: Localized,
  data: Record<string, unknown>,
  related?: RelatedInfo[],
  /** Only for a finding milder than its rule's default (codes.ts). */
  severity: Severity = CODES[rule].severity,
): Finding {
  const f: Finding = { rule, severity, span: node.nameSpan, message, data: { node: node.name, ...data } };
  if (related && related.length) f.related = related;
  return f;
}

/** `a`, `a, b`, `a, b and 3 more` — names in backticks for messages. */
export function nameList(names: string[], max = 3): Localized {
  const shown = names.slice(0, max).map((n) => `\`${n}\``);
  const rest = names.length - shown.length;
  return L(
    rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? ''),
    rest > 0 ? `${shown.join(', ')} 외 ${rest}개` : shown.join(', '),
  );
}

/** Where the relation `from -> to` is written, for related locations. */
export function edgeSpan(f: Facts, from: string, to: string): Span | null {
  const ix = f.index;
  const a = ix.byName.get(from);
  const b = ix.byName.get(to);
  if (a === undefined || b === undefined) return null;
  // The first edge from a to b, among a's edges (in edge order).
  const { start, list, edge } = calleeLists(f);
  for (let k = start[a]!; k < start[a + 1]!; k++) if (list[k] === b) return f.design.edges[ix.edge[edge[k]!]!]!.toSpan;
  return null;
}

export { koDuration } from '../shared/duration';

/**
 * A sentence for a finding that counts a search engine's loss as lost data: if it is an index rebuilt from another store,
 * its loss costs the reindex, not data — the language has no way to say so, and the figures count it as data.
 */
export function derivedIndexNote(node: TopologyNode): Localized {
  // Search engines (Elasticsearch, OpenSearch, Solr) are often an index rebuilt from another store.
  const engine = (textAttr(node, 'engine') ?? '').toLowerCase();
  if ((!SEARCH_ENGINES.has(engine) && engine !== 'solr') || node.attrs.has('rebuilt-from')) return L('', '');
  return L(
    ` If \`${node.name}\` is an index rebuilt from another store (a reindex from the database), losing it costs the time of the reindex, not data: write \`rebuilt-from=\` and the source on it (with \`restore=\` the reindex time), and these figures stop counting it as data.`,
    ` ${codeJosa(node.name, '이/가')} 다른 저장소에서 다시 만드는 색인이라면(DB에서 재색인) 잃어도 데이터가 아니라 재색인 시간만 듭니다. \`rebuilt-from=\`에 원본을 적으면(재색인 시간은 \`restore=\`) 이 수치가 데이터로 세지 않습니다.`,
  );
}

/** The same finding with a sentence added to its message (both languages). */
export function withNote(f: Finding, note: Localized): Finding {
  if (!note.en) return f;
  return { ...f, message: L(f.message.en + note.en, f.message.ko + note.ko) };
}
