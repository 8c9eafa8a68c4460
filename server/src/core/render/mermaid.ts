/**
 * Turns a design into the text of a mermaid `flowchart LR`. Pure: it only
 * produces text; the preview, the diagram panel and the CLI render it.
 *
 * Layout decisions (docs: docs/diagrams.md can quote this):
 * - Regions and zones are nested subgraphs (zone inside its region). Empty
 *   places are left out.
 * - A node is drawn where its instances run: in its zone, or, spread over
 *   several zones (`zones=a,b`), once in each zone that runs some of its
 *   instances (round-robin, as the model places them) with its count there
 *   (`×2 of 4`); the first copy's id is `nK`, the others `nKc1`, `nKc2`…, so a
 *   click on any copy maps to one declaration. A node in no zone sits in its
 *   region, else at the top level.
 * - `replicas=N` shows as `×N` (with `autoscale` as `×N (MIN..MAX)`).
 * - Request edges are solid arrows with their label; replication (`of=`) is a
 *   dotted arrow from the source of the data to the copy, labelled with its
 *   role and `replication` mode; two primaries of one dataset get a dotted
 *   two-way arrow. A monitor's `watches` are dotted lines with a circle end.
 *   Between copies, a link stays inside a zone when both ends run there, else
 *   it joins every copy (so replication and failover links cross the zones);
 *   its label is written once.
 * - Tiers read left to right (mermaid's dagre layout on `flowchart LR`): zones
 *   become lanes, the entry on the left, the data on the right. ELK
 *   (@mermaid-js/layout-elk) was tried: wider, slower and with long detours
 *   for these designs, so it is not used.
 * - A node with findings gets a class: `spof` (red, thick), `error` (red),
 *   `warning` (amber), `info` (blue); the strongest wins. Its label gets a
 *   line of words for what the findings say about it (`▲ SPOF · one zone ·
 *   misses RTO`). The legend is one line of text above the drawing (front
 *   matter `title`), not a box; portable output has no legend (the words say it).

 * Safety: every id in the output is generated (n0…, z0…, r0…, lg0…), never a
 * user's name, and every user text goes into a quoted label with mermaid's
 * entity codes for anything that could end the label, start a directive
 * (`%%{…}%%`), a markdown string (backtick) or HTML (`<>&`).
 */
import { runsOnlyIn } from '../syntax/places';
import type { Design, Finding, KindId, Locale, TopologyNode } from '../syntax/ast';
import { namesAttr } from '../syntax/attrs';

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
  /**
   * Labels for native SVG text (mermaid's `htmlLabels: false`, for exported images
   * that office suites and converters read): user text escaped with lookalikes, as
   * for portable output, since mermaid does not decode its entity codes there.
   */
  nativeText?: boolean;
}

/** One drawn node: its generated mermaid id and where it is declared. */
export interface DiagramNode {
  id: string;
  name: string;
  /** Block-relative line of the declaration. */
  line: number;
  /** The class given for its findings, or null. */
  mark: Mark | null;
  /** Where it is drawn: one copy per zone its instances run in (the first copy's id is `id`). */
  placements: Placement[];
  /** What its findings say about it, drawn as words in the node. */
  tags: Tag[];
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

/** A node's DOM id in mermaid's SVG is `<svgId>-flowchart-<id>-<n>`; this reads the node's generated id back (group 1; a copy in another zone is `<id>c<J>`, J in group 2). */
export const MERMAID_NODE_DOM_ID = /(?:^|-)flowchart-(n\d+)(?:c(\d+))?-\d+$/;

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

export const CLASS_STYLES: Record<DiagramTheme, Record<Mark | 'unknown', string>> = {
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

export const LEGEND: Record<Mark, { en: string; ko: string }> = {
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
  of: { en: 'of', ko: '/' },
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

function nodeLabel(n: TopologyNode, locale: Locale, escapeLabel: (s: string) => string, here: number | null = null, tags = ''): string {
  const lines: string[] = [escapeLabel(n.name)];
  let kind = n.kind ?? `${n.kindText || '?'}?`;
  if (here !== null) kind += ` ×${here} ${CAPTIONS.of[locale]} ${n.replicas}`;
  else if (n.replicas > 1) kind += ` ×${n.replicas}`;
  const auto = n.attrs.get('autoscale')?.value;
  if (auto && auto.type === 'range') kind += ` (${auto.min}..${auto.max})`;
  if (n.role) kind += ` · ${n.role}`;
  if (n.managed && n.kind !== 'client') kind += ` · ${CAPTIONS.managed[locale]}`;
  lines.push(escapeLabel(kind));
  if (n.label && n.label !== n.name) lines.push(escapeLabel(`“${n.label}”`));
  if (tags) lines.push(escapeLabel(tags));
  return lines.join('<br/>');
}

interface Container {
  id: string;
  caption: string;
  nodes: string[];
  zones: Container[];
}

/**
 * The links between the copies of two nodes (the diagram's and the image's): a copy links to
 * the other node's copy in its own zone when there is one, else to all of its copies; a copy of
 * the other node that nothing reached gets links from every copy. A label goes on the first.
 */
export function copyPairs(a: readonly Placement[], b: readonly Placement[]): [Placement, Placement][] {
  const pairs: [Placement, Placement][] = [];
  const reached = new Set<string>();
  for (const pa of a) {
    const same = b.filter((pb) => pb.zone !== null && pb.zone === pa.zone);
    for (const pb of same.length ? same : b) {
      pairs.push([pa, pb]);
      reached.add(pb.id);
    }
  }
  for (const pb of b) if (!reached.has(pb.id)) for (const pa of a) pairs.push([pa, pb]);
  return pairs;
}

/** The words on a copy's replication link: its role (`active-active` for a second primary), mode and failover; null for none. */
export function replicationWords(n: TopologyNode): string | null {
  const parts: string[] = [];
  if (n.role === 'primary') parts.push('active-active');
  else if (n.role) parts.push(n.role);
  const repl = n.attrs.get('replication')?.raw;
  if (repl) parts.push(repl);
  const failover = n.attrs.get('failover')?.raw;
  if (failover) parts.push(`failover=${failover}`);
  return parts.length ? parts.join(' · ') : null;
}

/** Where one node is drawn: one copy per zone its instances run in (else one, in its region or at the top). */
export interface Placement {
  /** Generated mermaid id: `nK` for the first copy, `nKcJ` for the next ones. */
  id: string;
  zone: string | null;
  /** Instances of the node in this copy's zone (all of them when it is not split). */
  count: number;
  /** 0-based indexes of the instances drawn here (instance `node#(i+1)`). */
  instances: number[];
}

/** The copies a node is drawn as: its instances round-robin over its zones (the model's zoneOf), one copy per zone that runs some. */
export function placementsOf(n: TopologyNode, id: string): Placement[] {
  const total = Math.max(1, n.replicas);
  if (n.zones.length <= 1) return [{ id, zone: n.zones[0] ?? null, count: n.replicas, instances: Array.from({ length: total }, (_, i) => i) }];
  const byZone = new Map<string, number[]>();
  for (const z of n.zones) if (!byZone.has(z)) byZone.set(z, []);
  for (let i = 0; i < total; i++) byZone.get(n.zones[i % n.zones.length]!)!.push(i);
  const out: Placement[] = [];
  for (const [zone, instances] of byZone) {
    if (!instances.length) continue;
    out.push({ id: out.length ? `${id}c${out.length}` : id, zone, count: n.replicas === 0 ? 0 : instances.length, instances });
  }
  return out;
}

/** The marks of findings beyond the colour: short words drawn in the node (so colour is not the only signal), no legend box needed. */
export type Tag = 'spof' | 'single-zone' | 'single-region' | 'rto' | 'rpo' | 'availability';

export const TAGS: Record<Tag, { en: string; ko: string }> = {
  spof: { en: 'SPOF', ko: '단일 장애점' },
  'single-zone': { en: 'one zone', ko: '한 존에 몰림' },
  'single-region': { en: 'one region', ko: '한 리전에 몰림' },
  rto: { en: 'misses RTO', ko: 'RTO 미달' },
  rpo: { en: 'misses RPO', ko: 'RPO 미달' },
  availability: { en: 'misses availability', ko: '가용성 미달' },
};
const TAG_ORDER: Tag[] = ['spof', 'single-zone', 'single-region', 'rto', 'rpo', 'availability'];

/**
 * The tags findings put on nodes: a single point of failure on its node, a
 * single-zone (or single-region) group on each member, a missed goal on the
 * node whose loss misses it (the worst loss the estimate found) or, when that
 * loss is a zone or region, on the nodes that run only there, and for
 * availability on the single points of failure the estimate names.
 */
function tagsByNode(design: Design, findings: Finding[]): Map<string, Set<Tag>> {
  const tags = new Map<string, Set<Tag>>();
  const byLine = new Map<number, string>();
  for (const n of design.nodes.values()) byLine.set(n.line, n.name);
  const add = (name: unknown, t: Tag): void => {
    if (typeof name !== 'string' || !design.nodes.has(name)) return;
    let s = tags.get(name);
    if (!s) tags.set(name, (s = new Set()));
    s.add(t);
  };
  /** Whether node n runs only inside the lost zone or region. */
  const inside = (n: TopologyNode, target: Record<string, unknown>): boolean =>
    target['type'] === 'zone'
      ? runsOnlyIn(design, n, { type: 'zone', zone: String(target['zone']) })
      : target['type'] === 'region' && runsOnlyIn(design, n, { type: 'region', region: String(target['region']) });
  /**
   * The nodes that run only inside the lost zone or region and have no standby
   * outside it (what its loss takes down whole); a primary whose standby runs
   * elsewhere is taken over, not a cause.
   */
  const onlyIn = (target: Record<string, unknown>): string[] => {
    const out: string[] = [];
    for (const n of design.nodes.values()) {
      if (n.kind === 'client' || !inside(n, target)) continue;
      let coveredElsewhere = false;
      for (const m of design.nodes.values()) if (m.role === 'standby' && m.of === n.name && m.name !== n.name && !inside(m, target)) coveredElsewhere = true;
      if (!coveredElsewhere) out.push(n.name);
    }
    return out;
  };
  for (const f of findings) {
    if (f.severity === 'hint') continue;
    const d = f.data ?? {};
    const own = typeof d['node'] === 'string' ? d['node'] : byLine.get(f.span.line);
    switch (f.rule) {
      case 'single-point-of-failure':
        add(own, 'spof');
        break;
      case 'single-zone': {
        const t: Tag = d['scope'] === 'region' ? 'single-region' : 'single-zone';
        const group = Array.isArray(d['group']) ? d['group'] : [own];
        for (const g of group) add(g, t);
        break;
      }
      case 'rto-not-met':
      case 'rpo-not-met':
      case 'availability-not-met': {
        const t: Tag = f.rule === 'rto-not-met' ? 'rto' : f.rule === 'rpo-not-met' ? 'rpo' : 'availability';
        const w = d['worst'];
        if (w && typeof w === 'object') {
          const target = w as Record<string, unknown>;
          if (target['type'] === 'node') add(target['node'], t);
          else for (const name of onlyIn(target)) add(name, t);
        }
        if (Array.isArray(d['spofs'])) for (const name of d['spofs']) add(name, t);
        break;
      }
    }
  }
  return tags;
}

/** The line of tags drawn in a node (a warning sign, then the words), or ''. */
function tagLine(tags: Set<Tag> | undefined, locale: Locale): string {
  if (!tags || !tags.size) return '';
  return `▲ ${TAG_ORDER.filter((t) => tags.has(t)).map((t) => TAGS[t][locale]).join(' · ')}`;
}

/** Text of a mermaid flowchart for a design, with the node-id mapping. Deterministic. */
export function toMermaidDiagram(design: Design, findings: Finding[], options: MermaidOptions = {}): MermaidResult {
  const theme = options.theme ?? 'light';
  const locale = options.locale ?? 'en';
  const out: string[] = [];
  const ids = new Map<string, string>();
  const nodes: DiagramNode[] = [];
  const marks = marksByNode(design, findings);
  const tags = tagsByNode(design, findings);
  const portable = options.target === 'portable';
  const escapeLabel = portable || options.nativeText ? escapePortableLabel : escapeText;
  const placements = new Map<string, Placement[]>();

  let i = 0;
  for (const n of design.nodes.values()) {
    const id = `n${i++}`;
    ids.set(n.name, id);
    const ps = placementsOf(n, id);
    placements.set(n.name, ps);
    nodes.push({ id, name: n.name, line: n.line, mark: marks.get(n.name) ?? null, placements: ps, tags: TAG_ORDER.filter((t) => tags.get(n.name)?.has(t)) });
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
  const declared = new Map<string, string>();
  for (const n of design.nodes.values()) {
    const ps = placements.get(n.name)!;
    const [open, close] = shapeOf(n.kind);
    for (const p of ps) {
      declared.set(p.id, `${p.id}${open}"${nodeLabel(n, locale, escapeLabel, ps.length > 1 ? p.count : null, tagLine(tags.get(n.name), locale))}"${close}`);
      if (p.zone !== null) zone(p.zone).nodes.push(p.id);
      else if (n.region !== null) region(n.region).nodes.push(p.id);
      else top.push(p.id);
    }
  }
  for (const [zname, zc] of zones) {
    const r = regionOfZone(zname);
    if (r !== null) region(r).zones.push(zc);
  }

  const isEmpty = (c: Container): boolean => c.nodes.length === 0 && c.zones.every(isEmpty);
  const body: string[] = [];
  const emit = (c: Container, indent: string): void => {
    if (isEmpty(c)) return;
    body.push(`${indent}subgraph ${c.id}["${escapeLabel(c.caption)}"]`);
    for (const z of c.zones) emit(z, indent + '  ');
    for (const id of c.nodes) body.push(`${indent}  ${declared.get(id)}`);
    body.push(`${indent}end`);
  };
  for (const id of top) body.push(`  ${declared.get(id)}`);
  for (const rc of regions.values()) emit(rc, '  ');
  for (const [zname, zc] of zones) if (regionOfZone(zname) === null) emit(zc, '  ');

  // Links between the copies of two nodes (copyPairs).
  let edgeCount = 0;
  const link = (from: string, to: string, arrow: string, label: string | null): void => {
    const a = placements.get(from);
    const b = placements.get(to);
    if (!a || !b) return;
    copyPairs(a, b).forEach(([pa, pb], k) => {
      if (pa.id === pb.id) return;
      body.push(label !== null && k === 0 ? `  ${pa.id} ${arrow}|"${escapeLabel(label)}"| ${pb.id}` : `  ${pa.id} ${arrow} ${pb.id}`);
      edgeCount++;
    });
  };
  // Edges: requests, then replication, then monitoring.
  for (const e of design.edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) continue;
    link(e.from, e.to, '-->', e.label || null);
  }
  for (const n of design.nodes.values()) {
    if (!n.of || n.of === n.name || !ids.has(n.of)) continue;
    link(n.of, n.name, n.role === 'primary' ? '<-.->' : '-.->', replicationWords(n));
  }
  for (const n of design.nodes.values()) {
    // (`watches=db` is one name, `watches=a,b` a list: both are drawn.)
    for (const x of namesAttr(n, 'watches')) {
      if (!ids.has(x) || x === n.name) continue;
      link(n.name, x, '-.-o', null);
    }
  }

  // Classes: every copy of a node has its class.
  const styles = CLASS_STYLES[theme];
  const used = new Set<Mark>();
  for (const n of nodes) if (n.mark) used.add(n.mark);
  const copiesOf = (n: DiagramNode): string[] => n.placements.map((p) => p.id);
  const order: Mark[] = ['spof', 'error', 'warning', 'info'];
  for (const m of order) if (used.has(m)) body.push(`  classDef ${m} ${styles[m]}`);
  const unknown = nodes.filter((n) => design.nodes.get(n.name)?.kind === null && !n.mark);
  if (unknown.length) body.push(`  classDef unknown ${styles.unknown}`);
  for (const m of order) {
    const members = nodes.filter((n) => n.mark === m).flatMap(copiesOf);
    if (members.length) body.push(`  class ${members.join(',')} ${m}`);
  }
  if (unknown.length) body.push(`  class ${unknown.flatMap(copiesOf).join(',')} unknown`);

  // The legend is one line of text above the drawing (front matter title), not a box: the colours, then the tags' signs.
  if ((options.legend ?? true) && used.size && !portable) {
    const parts = order.filter((m) => used.has(m)).map((m) => `${LEGEND_COLOUR[m][locale]}: ${LEGEND[m][locale]}`);
    out.push('---', `title: "${escapeLegend(`${CAPTIONS.legend[locale]} — ${parts.join(' · ')}`)}"`, '---');
  }
  out.push('flowchart LR', ...body);
  return { text: out.join('\n') + '\n', ids, nodes, edgeCount };
}

export const LEGEND_COLOUR: Record<Mark, { en: string; ko: string }> = {
  spof: { en: 'thick red', ko: '굵은 빨강' },
  error: { en: 'dashed red', ko: '빨간 점선' },
  warning: { en: 'amber', ko: '주황' },
  info: { en: 'blue', ko: '파랑' },
};

/** The legend is our own words (no user text); YAML double-quoted, no quotes or backslashes inside. */
function escapeLegend(s: string): string {
  return s.replace(/["\\]/g, '');
}

/** Text of a mermaid `flowchart LR` for a design, its nodes marked by the findings. Deterministic. */
export function toMermaid(design: Design, findings: Finding[], options?: { theme?: DiagramTheme; locale?: Locale }): string {
  return toMermaidDiagram(design, findings, options).text;
}
