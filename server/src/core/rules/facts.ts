import { failoverMode, flagAttr, hasRedundantMode, rangeAttr, sessionStoreOf, textAttr } from '../sim/model';
import type { Design, Finding, Localized, RelatedInfo, Severity, Span, TopologyNode } from '../types';

// Node semantics shared with the simulator live in sim/model.ts, once.
export { failoverMode, flagAttr, hasRedundantMode, rangeAttr, textAttr };

export const L = (en: string, ko: string): Localized => ({ en, ko });

/** Instances that always run: `replicas`, or the lower bound of `autoscale` when larger. */
export function minInstances(node: TopologyNode): number {
  const auto = rangeAttr(node, 'autoscale');
  return Math.max(node.replicas, auto ? auto.min : 0);
}

/** Instances a balancer may spread over: `replicas`, or the upper bound of `autoscale`. */
export function maxInstances(node: TopologyNode): number {
  const auto = rangeAttr(node, 'autoscale');
  return Math.max(node.replicas, auto ? auto.max : 0);
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
  /** Caller → its distinct callees (known nodes only), in edge order. */
  callees: Map<string, string[]>;
  /** Callee → its distinct callers. */
  callers: Map<string, string[]>;
  /** `from\0to` → where the callee of the first such edge is written. */
  edgeSpans: Map<string, Span>;
}

export function computeFacts(design: Design): Facts {
  const nodes = [...design.nodes.values()].sort((a, b) => a.line - b.line);
  const copies = new Map<string, TopologyNode[]>();
  const sessionUsers = new Map<string, TopologyNode[]>();
  for (const n of nodes) {
    if (n.of && n.of !== n.name && design.nodes.has(n.of)) push(copies, n.of, n);
    const s = sessionStoreOf(design, n);
    if (s !== null) push(sessionUsers, s, n);
  }
  const callees = new Map<string, string[]>();
  const callers = new Map<string, string[]>();
  const edgeSpans = new Map<string, Span>();
  for (const e of design.edges) {
    if (!design.nodes.has(e.from) || !design.nodes.has(e.to)) continue;
    const key = `${e.from}\u0000${e.to}`;
    if (edgeSpans.has(key)) continue;
    edgeSpans.set(key, e.toSpan);
    push(callees, e.from, e.to);
    push(callers, e.to, e.from);
  }
  return { design, nodes, copies, sessionUsers, callees, callers, edgeSpans };
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function standbysOf(f: Facts, name: string): TopologyNode[] {
  return (f.copies.get(name) ?? []).filter((c) => c.role === 'standby');
}

/** A finding on a node's name in its declaration. */
export function nodeFinding(
  rule: string,
  severity: Severity,
  node: TopologyNode,
  message: Localized,
  data: Record<string, unknown>,
  related?: RelatedInfo[],
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
  return f.edgeSpans.get(`${from}\u0000${to}`) ?? null;
}

/** A duration for Korean text: 90 → `1분 30초`, 0.5 → `500밀리초`. */
export function koDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '무한';
  if (seconds === 0) return '0초';
  if (seconds < 1) return `${Math.round(seconds * 1000)}밀리초`;
  if (seconds < 60) return `${Math.round(seconds * 10) / 10}초`;
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60);
    const s = Math.round(seconds - m * 60);
    return s ? `${m}분 ${s}초` : `${m}분`;
  }
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds - h * 3600) / 60);
  return m ? `${h}시간 ${m}분` : `${h}시간`;
}
