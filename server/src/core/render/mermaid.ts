/**
 * Turns a design into the text of a mermaid `flowchart LR`. Pure: it only
 * produces text; the preview, the diagram panel and the CLI render it.
 *
 * Layout decisions (docs: docs/diagrams.md can quote this):
 * - Regions and zones are nested subgraphs (zone inside its region). Empty
 *   places are left out.
 * - A node in one zone sits in that zone. A node spread over several zones
 *   (`zones=a,b`) sits in the innermost place that holds all of them (their
 *   common region, else the top level) and lists its zones in its label, so
 *   every node is drawn exactly once and a click always maps to one line.
 * - `replicas=N` shows as `×N` (with `autoscale` as `×N (MIN..MAX)`).
 * - Request edges are solid arrows with their label; replication (`of=`) is a
 *   dotted arrow from the source of the data to the copy, labelled with its
 *   role and `replication` mode; two primaries of one dataset get a dotted
 *   two-way arrow. A monitor's `watches` are dotted lines with a circle end.
 * - A node with findings gets a class: `spof` (red, thick), `error` (red),
 *   `warning` (amber), `info` (blue); the strongest wins. A legend lists the
 *   classes that are used.
 *
 * Safety: every id in the output is generated (n0…, z0…, r0…, lg0…), never a
 * user's name, and every user text goes into a quoted label with mermaid's
 * entity codes for anything that could end the label, start a directive
 * (`%%{…}%%`), a markdown string (backtick) or HTML (`<>&`).
 */
import type { Design, Finding, KindId, Locale, TopologyNode } from '../syntax/ast';

export type DiagramTheme = 'light' | 'dark';

export interface MermaidOptions {
  theme?: DiagramTheme;
  /** Language of the legend and place captions; default 'en'. */
  locale?: Locale;
  /** Whether to draw the legend when some node has findings; default true. */
  legend?: boolean;
  /**
   * 'panel' (default): for our own pages. 'portable': for renderers we do not
   * control (GitHub, blogs): no directives or front matter, no click handlers,
   * no HTML in labels (line breaks only), nothing but classic flowchart syntax.
   */
  target?: 'panel' | 'portable';
}

/** One drawn node: its generated mermaid id and where it is declared. */
export interface DiagramNode {
  id: string;
  name: string;
  /** Block-relative line of the declaration. */
  line: number;
  /** The class given for its findings, or null. */
  mark: Mark | null;
}

export interface MermaidResult {
  text: string;
  /** Node name → generated mermaid id. */
  ids: Map<string, string>;
  /** Drawn nodes in declaration order. */
  nodes: DiagramNode[];
  /** Number of edges (links) in the text, to compare against mermaid's maxEdges. */
  edgeCount: number;
}

export type Mark = 'spof' | 'error' | 'warning' | 'info';

/**
 * Limits to initialize mermaid with: mermaid's defaults (50 000 characters,
 * 500 edges) are too small for a 500-node design; these leave room for 2 000+.
 */
export const MERMAID_LIMITS = { maxTextSize: 2_000_000, maxEdges: 20_000 } as const;

/**
 * The mermaid settings of every page that draws these diagrams (webviews,
 * preview, the CLI's page): no auto-start, strict security, the theme, the
 * limits above, no error SVG. Pages add their own label and flowchart options.
 */
export function mermaidConfig(theme: 'light' | 'dark') {
  return {
    startOnLoad: false,
    securityLevel: 'strict' as const,
    theme: theme === 'dark' ? ('dark' as const) : ('default' as const),
    maxTextSize: MERMAID_LIMITS.maxTextSize,
    maxEdges: MERMAID_LIMITS.maxEdges,
    suppressErrorRendering: true,
  };
}

/** A node's DOM id in mermaid's SVG is `<svgId>-flowchart-<id>-<n>`; this reads the generated id back. */
export const MERMAID_NODE_DOM_ID = /(?:^|-)flowchart-(n\d+)-\d+$/;

/** Shape brackets per kind (classic flowchart syntax, label goes between). */
const SHAPES: Record<KindId, [string, string]> = {
  client: ['([', '])'], // stadium
  dns: ['>', ']'], // flag / signpost
  cdn: ['[\\', '/]'], // trapezoid, wide side up
  'load-balancer': ['{{', '}}'], // hexagon
  gateway: ['{{', '}}'], // hexagon, like a balancer
  'web-server': ['[', ']'], // rectangle
  'app-server': ['[', ']'],
  service: ['[[', ']]'], // subroutine
  database: ['[(', ')]'], // cylinder
  cache: ['(', ')'], // rounded rectangle
  queue: ['[/', '/]'], // parallelogram
  storage: ['[/', '\\]'], // trapezoid, wide side down
  consensus: ['{', '}'], // rhombus: a group that votes
  monitor: ['((', '))'], // circle
};
const UNKNOWN_SHAPE: [string, string] = ['[', ']'];

/** The shape brackets used for a kind (null: unknown kind). */
export function shapeOf(kind: KindId | null): [string, string] {
  return kind ? SHAPES[kind] : UNKNOWN_SHAPE;
}

const MAX_LABEL = 80;

/**
 * Escapes user text for a quoted mermaid label: every character that could end
 * the label or be read as markup becomes a mermaid entity (`#35;`), which
 * mermaid turns into an HTML character reference; control characters become spaces.
 */
export function escapeLabel(text: string): string {
  return escapeText(text);
}

function escapeText(text: string): string {
  let s = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
  if (s.length > MAX_LABEL) s = s.slice(0, MAX_LABEL - 1) + '…';
  // Also ﬂ and ¶: mermaid's own placeholders for entities while it parses.
  return s.replace(/["#%&<>`{}\\;|[\]():=\uFB02\u00B6]/g, (c) => {
    switch (c) {
      case '"':
        return '#quot;';
      case '<':
        return '#lt;';
      case '>':
        return '#gt;';
      case '&':
        return '#amp;';
      default:
        return `#${c.charCodeAt(0)};`;
    }
  });
}

/** Lookalikes for the portable text: renderers we do not control may not decode mermaid's entity codes. */
const PORTABLE_CHARS: Record<string, string> = { '"': '＂', '#': '＃', '&': '＆', '<': '‹', '>': '›', '`': 'ˋ', '%': '％', '\uFB02': 'fl', '\u00B6': '¶ ' };

/**
 * Escapes user text for a quoted label that GitHub's mermaid (HTML labels off) draws
 * as written: mermaid's entity codes come out raw there (`&#58;`) in edge labels and
 * subgraph titles, so the characters that could end the label, start an entity, a
 * markdown string or markup become Unicode lookalikes instead.
 */
export function escapePortableLabel(text: string): string {
  let s = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
  if (s.length > MAX_LABEL) s = s.slice(0, MAX_LABEL - 1) + '…';
  return s.replace(/["#&<>`%\uFB02\u00B6]/g, (c) => PORTABLE_CHARS[c]!);
}

const CLASS_STYLES: Record<DiagramTheme, Record<Mark | 'unknown', string>> = {
  light: {
    spof: 'fill:#fde7e7,stroke:#c62828,stroke-width:4px,color:#3b0000',
    error: 'fill:#fde7e7,stroke:#c62828,stroke-width:2px,stroke-dasharray:5,color:#3b0000',
    warning: 'fill:#fff3dc,stroke:#d98a00,stroke-width:3px,color:#3a2600',
    info: 'fill:#e6f0fd,stroke:#1565c0,stroke-width:2px,color:#0a2346',
    unknown: 'fill:#f2f2f2,stroke:#888888,stroke-width:1px,stroke-dasharray:4,color:#333333',
  },
  dark: {
    spof: 'fill:#4d1515,stroke:#ff6b6b,stroke-width:4px,color:#ffecec',
    error: 'fill:#4d1515,stroke:#ff6b6b,stroke-width:2px,stroke-dasharray:5,color:#ffecec',
    warning: 'fill:#4a3410,stroke:#ffb74d,stroke-width:3px,color:#fff4e0',
    info: 'fill:#10304f,stroke:#64b5f6,stroke-width:2px,color:#e6f0fd',
    unknown: 'fill:#2b2b2b,stroke:#9e9e9e,stroke-width:1px,stroke-dasharray:4,color:#dddddd',
  },
};

const MARK_RANK: Record<Mark, number> = { info: 1, warning: 2, error: 3, spof: 4 };

const LEGEND: Record<Mark, { en: string; ko: string }> = {
  spof: { en: 'single point of failure', ko: '단일 장애점 (SPOF)' },
  error: { en: 'error in the design', ko: '설계 오류' },
  warning: { en: 'warning', ko: '경고' },
  info: { en: 'note', ko: '참고' },
};

const CAPTIONS = {
  region: { en: 'region', ko: '리전' },
  zone: { en: 'zone', ko: '존' },
  zones: { en: 'zones', ko: '존' },
  legend: { en: 'Legend', ko: '범례' },
  managed: { en: 'managed', ko: '관리형' },
};

/** The class a finding gives its node, or null (hints do not mark). */
export function markOf(f: Finding): Mark | null {
  if (f.rule === 'single-point-of-failure') return 'spof';
  switch (f.severity) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'info':
      return 'info';
    default:
      return null;
  }
}

/** Maps each node to the strongest mark among the findings on its declaration line. */
function marksByNode(design: Design, findings: Finding[]): Map<string, Mark> {
  const byLine = new Map<number, string>();
  for (const n of design.nodes.values()) byLine.set(n.line, n.name);
  const marks = new Map<string, Mark>();
  for (const f of findings) {
    const m = markOf(f);
    if (!m) continue;
    const dataNode = f.data?.['node'];
    const name = typeof dataNode === 'string' && design.nodes.has(dataNode) ? dataNode : byLine.get(f.span.line);
    if (name === undefined) continue;
    const prev = marks.get(name);
    if (!prev || MARK_RANK[m] > MARK_RANK[prev]) marks.set(name, m);
  }
  return marks;
}

function nodeLabel(n: TopologyNode, locale: Locale, escapeLabel: (s: string) => string): string {
  const lines: string[] = [escapeLabel(n.name)];
  let kind = n.kind ?? `${n.kindText || '?'}?`;
  if (n.replicas > 1) kind += ` ×${n.replicas}`;
  const auto = n.attrs.get('autoscale')?.value;
  if (auto && auto.type === 'range') kind += ` (${auto.min}..${auto.max})`;
  if (n.role) kind += ` · ${n.role}`;
  if (n.managed && n.kind !== 'client') kind += ` · ${CAPTIONS.managed[locale]}`;
  lines.push(escapeLabel(kind));
  if (n.label && n.label !== n.name) lines.push(escapeLabel(`“${n.label}”`));
  if (n.zones.length > 1) lines.push(escapeLabel(`${CAPTIONS.zones[locale]}: ${n.zones.join(', ')}`));
  return lines.join('<br/>');
}

interface Container {
  id: string;
  caption: string;
  nodes: string[];
  zones: Container[];
}

/** Text of a mermaid flowchart for a design, with the node-id mapping. Deterministic. */
export function toMermaidDiagram(design: Design, findings: Finding[], options: MermaidOptions = {}): MermaidResult {
  const theme = options.theme ?? 'light';
  const locale = options.locale ?? 'en';
  const out: string[] = ['flowchart LR'];
  const ids = new Map<string, string>();
  const nodes: DiagramNode[] = [];
  const marks = marksByNode(design, findings);
  const portable = options.target === 'portable';
  const escapeLabel = portable ? escapePortableLabel : escapeText;

  let i = 0;
  for (const n of design.nodes.values()) {
    const id = `n${i++}`;
    ids.set(n.name, id);
    nodes.push({ id, name: n.name, line: n.line, mark: marks.get(n.name) ?? null });
  }

  // Places: regions hold zones; zones whose region is unknown stand alone.
  const regionOfZone = (z: string): string | null => design.zones.get(z)?.region ?? null;
  const regions = new Map<string, Container>();
  const zones = new Map<string, Container>();
  let ri = 0;
  let zi = 0;
  const region = (name: string): Container => {
    let c = regions.get(name);
    if (!c) {
      c = { id: `r${ri++}`, caption: `${CAPTIONS.region[locale]} ${name}`, nodes: [], zones: [] };
      regions.set(name, c);
    }
    return c;
  };
  const zone = (name: string): Container => {
    let c = zones.get(name);
    if (!c) {
      c = { id: `z${zi++}`, caption: `${CAPTIONS.zone[locale]} ${name}`, nodes: [], zones: [] };
      zones.set(name, c);
    }
    return c;
  };
  // Declaration order decides the order of places, then first use.
  for (const r of design.regions.keys()) region(r);
  for (const z of design.zones.keys()) {
    zone(z);
    const r = regionOfZone(z);
    if (r !== null) region(r);
  }
  const top: string[] = [];
  for (const n of design.nodes.values()) {
    const id = ids.get(n.name)!;
    if (n.zones.length === 1) {
      zone(n.zones[0]!).nodes.push(id);
      continue;
    }
    let r: string | null = n.region;
    if (n.zones.length > 1) {
      const rs = new Set(n.zones.map(regionOfZone));
      r = rs.size === 1 ? [...rs][0]! : null;
    }
    if (r !== null) region(r).nodes.push(id);
    else top.push(id);
  }
  for (const [zname, zc] of zones) {
    const r = regionOfZone(zname);
    if (r !== null) region(r).zones.push(zc);
  }

  const declared = new Map<string, string>();
  for (const n of design.nodes.values()) {
    const [open, close] = shapeOf(n.kind);
    declared.set(ids.get(n.name)!, `${ids.get(n.name)}${open}"${nodeLabel(n, locale, escapeLabel)}"${close}`);
  }
  const isEmpty = (c: Container): boolean => c.nodes.length === 0 && c.zones.every(isEmpty);
  const emit = (c: Container, indent: string): void => {
    if (isEmpty(c)) return;
    out.push(`${indent}subgraph ${c.id}["${escapeLabel(c.caption)}"]`);
    for (const z of c.zones) emit(z, indent + '  ');
    for (const id of c.nodes) out.push(`${indent}  ${declared.get(id)}`);
    out.push(`${indent}end`);
  };
  for (const rc of regions.values()) emit(rc, '  ');
  for (const [zname, zc] of zones) if (regionOfZone(zname) === null) emit(zc, '  ');
  for (const id of top) out.push(`  ${declared.get(id)}`);

  // Edges: requests, then replication, then monitoring.
  let edgeCount = 0;
  for (const e of design.edges) {
    const a = ids.get(e.from);
    const b = ids.get(e.to);
    if (!a || !b) continue;
    out.push(e.label ? `  ${a} -->|"${escapeLabel(e.label)}"| ${b}` : `  ${a} --> ${b}`);
    edgeCount++;
  }
  for (const n of design.nodes.values()) {
    if (!n.of) continue;
    const src = ids.get(n.of);
    const dst = ids.get(n.name)!;
    if (!src || src === dst) continue;
    const repl = n.attrs.get('replication')?.raw ?? null;
    const parts: string[] = [];
    if (n.role === 'primary') parts.push('active-active');
    else if (n.role) parts.push(n.role);
    if (repl) parts.push(repl);
    const failover = n.attrs.get('failover')?.raw;
    if (failover) parts.push(`failover=${failover}`);
    const arrow = n.role === 'primary' ? '<-.->' : '-.->';
    out.push(parts.length ? `  ${src} ${arrow}|"${escapeLabel(parts.join(' · '))}"| ${dst}` : `  ${src} ${arrow} ${dst}`);
    edgeCount++;
  }
  for (const n of design.nodes.values()) {
    const w = n.attrs.get('watches')?.value;
    if (!w || w.type !== 'list') continue;
    const src = ids.get(n.name)!;
    for (const item of w.items) {
      const dst = ids.get(item.text);
      if (!dst || dst === src) continue;
      out.push(`  ${src} -.-o ${dst}`);
      edgeCount++;
    }
  }

  // Classes.
  const styles = CLASS_STYLES[theme];
  const used = new Set<Mark>();
  for (const n of nodes) if (n.mark) used.add(n.mark);
  const unknown = [...design.nodes.values()].filter((n) => n.kind === null).map((n) => ids.get(n.name)!);
  const order: Mark[] = ['spof', 'error', 'warning', 'info'];
  for (const m of order) if (used.has(m)) out.push(`  classDef ${m} ${styles[m]}`);
  if (unknown.length) out.push(`  classDef unknown ${styles.unknown}`);
  for (const m of order) {
    const members = nodes.filter((n) => n.mark === m).map((n) => n.id);
    if (members.length) out.push(`  class ${members.join(',')} ${m}`);
  }
  const unmarkedUnknown = unknown.filter((id) => !nodes.find((n) => n.id === id)?.mark);
  if (unmarkedUnknown.length) out.push(`  class ${unmarkedUnknown.join(',')} unknown`);

  if ((options.legend ?? true) && used.size) {
    out.push(`  subgraph legend["${escapeLabel(CAPTIONS.legend[locale])}"]`);
    let li = 0;
    for (const m of order) if (used.has(m)) out.push(`    lg${li++}["${escapeLabel(LEGEND[m][locale])}"]:::${m}`);
    out.push('  end');
  }
  return { text: out.join('\n') + '\n', ids, nodes, edgeCount };
}

/** Text of a mermaid `flowchart LR` for a design, its nodes marked by the findings. Deterministic. */
export function toMermaid(design: Design, findings: Finding[], options?: { theme?: DiagramTheme; locale?: Locale }): string {
  return toMermaidDiagram(design, findings, options).text;
}
