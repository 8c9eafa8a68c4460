/**
 * A design as a static SVG image, for a file next to the note (blogs that draw no
 * mermaid, READMEs, slides). Mermaid needs a browser's DOM to lay a diagram out,
 * so an editor save or a CI job without a browser cannot run it; this picture is
 * drawn here, in pure code, from the same diagram model as the mermaid text
 * (toMermaidDiagram: the marks, the words findings put on nodes, the copies of a
 * node in each zone it runs in), laid out by the panel's HA layout (layout.ts):
 * - tiers read left to right, from the entry to the data (monitors last); a tier
 *   with many boxes in one zone is packed into a small grid;
 * - zones are lanes (with their region); a node spread over zones is drawn in
 *   each lane it runs in, with its count there (`×2 of 4`); nodes in no zone
 *   share the first lane;
 * - requests are solid arrows with their label, replication dotted with its
 *   role and mode; a monitor's `watches` are written in its box (lines to
 *   every node it watches would cross the whole picture);
 * - findings colour the node as in the panel (thick red: SPOF, amber: warning…)
 *   and write their words in it (`▲ SPOF · one zone`); the legend is one line.
 *
 * Self-contained: native SVG text (no foreignObject), no script, no external
 * font or image, a white background. Every user text is XML-escaped. Deterministic.
 */
import type { Design, Finding, Locale, TopologyNode } from '../syntax/ast';
import { namesAttr } from '../syntax/attrs';
import { findTopologyBlocks, splitLines } from '../syntax/fences';
import { checkedBlock } from '../rules/checked';
import type { RuleConfig } from '../rules/config';
import { CLASS_STYLES, copyPairs, LEGEND, LEGEND_COLOUR, replicationWords, TAGS, toMermaidDiagram, type Mark, type Placement } from './mermaid';
import { haLayout } from './layout';

export interface ImageOptions {
  locale?: Locale;
  /** The caption above the picture (default: the design's title). */
  title?: string;
  /**
   * The note's file name the image is written next to: recorded in the SVG
   * (`data-infra-notes-note`), so an image whose design is gone can later be told
   * from any other SVG file and removed (staleImageFiles).
   */
  note?: string;
}

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');

const WORDS = {
  zone: { en: 'zone', ko: '존' },
  region: { en: 'region', ko: '리전' },
  of: { en: 'of', ko: '/' },
  legend: { en: 'Legend', ko: '범례' },
  managed: { en: 'managed', ko: '관리형' },
  empty: { en: 'No nodes to draw.', ko: '그릴 노드가 없습니다.' },
  watches: { en: 'watches', ko: '감시:' },
} as const;

/** Mermaid's default node look (the panel's light theme) for a node without findings. */
const PLAIN = { fill: '#ECECFF', stroke: '#9370DB', width: 1, dash: '' };

/** A mark's look, read from the panel's own class styles (one source for the colours). */
function lookOf(mark: Mark | 'unknown' | null): { fill: string; stroke: string; width: number; dash: string } {
  if (mark === null) return PLAIN;
  const style = CLASS_STYLES.light[mark];
  const get = (k: string): string | undefined => new RegExp(`(?:^|,)${k}:([^,]+)`).exec(style)?.[1];
  return { fill: get('fill') ?? PLAIN.fill, stroke: get('stroke') ?? PLAIN.stroke, width: parseFloat(get('stroke-width') ?? '1'), dash: get('stroke-dasharray') ?? '' };
}

/** Rough width of text in a sans-serif font: wide (CJK, Hangul) characters count double. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : /[A-Z@#%&mwMW]/.test(ch) ? 0.72 : 0.56;
  return w * size;
}

/** `s` cut with an ellipsis to fit `width` pixels. */
export function fit(s: string, size: number, width: number): string {
  if (textWidth(s, size) <= width) return s;
  const chars = [...s];
  while (chars.length > 1 && textWidth(chars.join('') + '…', size) > width) chars.pop();
  return chars.join('') + '…';
}

interface Box {
  x: number;
  y: number;
  p: Placement;
  node: TopologyNode;
}

export const BOX_W = 176;
export const BOX_H = 62;
/** The widest an edge label is written (longer ones end with an ellipsis). */
const LABEL_MAX = 64 + BOX_W * 0.8;
const MARGIN = 16;
const LANE_HEAD = 22;

/** A link of a picture: a request or a replication between two copies (one per zone a node runs in). */
export interface SceneLink {
  id: string;
  from: Placement;
  to: Placement;
  kind: 'request' | 'replication';
  /** Written on the first pair only. */
  label: string | null;
  twoWay: boolean;
}

/** Where a design's boxes, zone lanes and links go in a picture: the static image's and the animated failover's. */
export interface Scene {
  drawn: ReturnType<typeof toMermaidDiagram>;
  /** Lanes: null (the nodes in no zone, no box) first, then the zones some node runs in. */
  laneKeys: (string | null)[];
  captionOf: (zone: string) => string;
  /** Each node's copies (one per zone it runs in). */
  copies: Map<string, Placement[]>;
  links: SceneLink[];
  layout: ReturnType<typeof haLayout>;
}

/**
 * The scene of a design, laid out by the panel's HA layout (layout.ts) with
 * fixed-size boxes (BOX_W × BOX_H): the copies of each node, paired as in the
 * mermaid text (copyPairs), and the zone lanes they run in.
 */
export function sceneOf(design: Design, findings: Finding[], locale: Locale): Scene {
  const drawn = toMermaidDiagram(design, findings, { theme: 'light', locale, target: 'portable' });
  // Lanes: nodes in no zone first (no box), then the zones in declaration order (those some node runs in).
  const laneKeys: (string | null)[] = [];
  const usedZones = new Set<string>();
  let anyLoose = false;
  for (const n of drawn.nodes)
    for (const p of n.placements) {
      if (p.zone === null) anyLoose = true;
      else usedZones.add(p.zone);
    }
  if (anyLoose) laneKeys.push(null);
  for (const z of design.zones.keys()) if (usedZones.has(z)) laneKeys.push(z);
  for (const z of usedZones) if (!laneKeys.includes(z)) laneKeys.push(z);
  const captionOf = (zone: string): string => {
    const region = design.zones.get(zone)?.region ?? null;
    return `${WORDS.zone[locale]} ${zone}${region ? ` · ${WORDS.region[locale]} ${region}` : ''}`;
  };

  // Links between copies, paired as in the mermaid text (copyPairs).
  const copies = new Map(drawn.nodes.filter((n) => design.nodes.has(n.name)).map((n) => [n.name, n.placements]));
  const links: SceneLink[] = [];
  const link = (from: string, to: string, kind: 'request' | 'replication', label: string | null, twoWay = false): void => {
    const a = copies.get(from);
    const b = copies.get(to);
    if (!a || !b) return;
    copyPairs(a, b).forEach(([pa, pb], k) => {
      if (pa.id !== pb.id) links.push({ id: `e${links.length}`, from: pa, to: pb, kind, label: k === 0 ? label : null, twoWay });
    });
  };
  for (const e of design.edges) link(e.from, e.to, 'request', e.label || null);
  for (const n of design.nodes.values()) {
    if (!n.of || n.of === n.name || !design.nodes.has(n.of)) continue;
    link(n.of, n.name, 'replication', replicationWords(n), n.role === 'primary');
  }

  const layout = haLayout({
    boxes: [...copies.values()].flatMap((ps) => ps.map((p) => ({ id: p.id, width: BOX_W, height: BOX_H, group: p.zone === null ? null : `zone:${p.zone}` }))),
    groups: laneKeys.flatMap((k) => (k === null ? [] : [{ id: `zone:${k}`, parent: null, labelWidth: textWidth(captionOf(k), 12) + 16, labelHeight: LANE_HEAD - 4 }])),
    edges: links.map((l) => {
      const t = labelText(l);
      return { id: l.id, from: l.from.id, to: l.to.id, flow: l.kind === 'request', labelWidth: t ? textWidth(t, 11) + 8 : 0, labelHeight: t ? 16 : 0 };
    }),
    direction: 'LR',
    aspect: 1.6,
  });
  return { drawn, laneKeys, captionOf, copies, links, layout };
}

const labelText = (l: SceneLink): string | null => (l.label === null ? null : fit(l.label, 11, LABEL_MAX));

/** The top-left corner of each copy's box (by placement id), the scene drawn `top` pixels down. */
export function sceneBoxes(scene: Scene, top: number): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  for (const [id, c] of scene.layout.boxes) out.set(id, { x: c.x - BOX_W / 2, y: top + c.y - BOX_H / 2 });
  return out;
}

/**
 * A scene's zone lanes and links as SVG, drawn `top` pixels down: the lanes and the
 * edges go under the boxes, the edge labels over them. Needs the `arrow` and
 * `arrow-repl` markers (SCENE_MARKERS). `laneInner` puts content (an animation) in a lane's box.
 */
export function sceneSvg(scene: Scene, top: number, laneInner: (zone: string) => string = () => ''): { lanes: string[]; edges: string[]; labels: string[] } {
  const lanes: string[] = [];
  for (const k of scene.laneKeys) {
    if (k === null) continue;
    const g = scene.layout.groups.get(`zone:${k}`);
    if (!g) continue;
    const x = g.x - g.width / 2;
    const y = top + g.y - g.height / 2;
    const inner = laneInner(k);
    lanes.push(`<g class="zone" data-zone="${esc(k)}"><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${g.width.toFixed(1)}" height="${g.height.toFixed(1)}" rx="8" fill="#f6f8fa" stroke="#d0d7de" stroke-dasharray="6 4"${inner ? `>${inner}</rect>` : '/>'}`);
    lanes.push(`<text x="${(x + 8).toFixed(1)}" y="${(y + 15).toFixed(1)}" font-size="12" font-weight="600" fill="#57606a">${esc(fit(scene.captionOf(k), 12, g.width - 16))}</text></g>`);
  }
  // Edges along the layout's routes, cut at the boxes' borders; labels where the layout found them room.
  const boxes = sceneBoxes(scene, top);
  const edges: string[] = [];
  const labels: string[] = [];
  const cut = (box: { x: number; y: number }, toward: { x: number; y: number }): { x: number; y: number } => {
    const cx = box.x + BOX_W / 2;
    const cy = box.y + BOX_H / 2;
    const dx = toward.x - cx;
    const dy = toward.y - cy;
    if (!dx && !dy) return { x: cx, y: cy };
    const k = Math.min(dx ? BOX_W / 2 / Math.abs(dx) : Infinity, dy ? BOX_H / 2 / Math.abs(dy) : Infinity);
    return { x: cx + dx * Math.min(1, k), y: cy + dy * Math.min(1, k) };
  };
  const f1 = (n: number): string => n.toFixed(1);
  for (const l of scene.links) {
    const route = scene.layout.edges.get(l.id);
    const s = boxes.get(l.from.id);
    const t = boxes.get(l.to.id);
    if (!route || !s || !t) continue;
    const pts = route.points.map((p) => ({ x: p.x, y: top + p.y }));
    const a = cut(s, pts[1]!);
    const b = cut(t, pts[pts.length - 2]!);
    let d: string;
    if (pts.length === 4) {
      const p1 = pts[1]!;
      const p2 = pts[2]!;
      const bend = (p2.x - p1.x) / 2;
      d = `M${f1(a.x)} ${f1(a.y)}L${f1(p1.x)} ${f1(p1.y)}C${f1(p1.x + bend)} ${f1(p1.y)} ${f1(p2.x - bend)} ${f1(p2.y)} ${f1(p2.x)} ${f1(p2.y)}L${f1(b.x)} ${f1(b.y)}`;
    } else d = `M${f1(a.x)} ${f1(a.y)}L${f1(b.x)} ${f1(b.y)}`;
    const style =
      l.kind === 'request'
        ? `stroke="#57606a" stroke-width="1.4" marker-end="url(#arrow)"`
        : `stroke="#1565c0" stroke-width="1.4" stroke-dasharray="5 4" marker-end="url(#arrow-repl)"${l.twoWay ? ' marker-start="url(#arrow-repl)"' : ''}`;
    const text = labelText(l);
    // A label with no free place is left out of the picture and kept as the edge's tooltip.
    const tip = text && route.hidden ? `<title>${esc(text)}</title>` : '';
    edges.push(`<path class="edge ${l.kind}" d="${d}" fill="none" ${style}${tip ? `>${tip}</path>` : '/>'}`);
    if (text && !route.hidden)
      labels.push(`<text x="${f1(route.label.x)}" y="${f1(top + route.label.y + 4)}" font-size="11" text-anchor="middle" fill="${l.kind === 'replication' ? '#0a3d7a' : '#1f2328'}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(text)}</text>`);
  }
  return { lanes, edges, labels };
}

/** A node's box corners in a picture: round ends for a client or a monitor, a softer box for a database. */
export function boxRadius(node: TopologyNode): number {
  return node.kind === 'client' || node.kind === 'monitor' ? BOX_H / 2 : node.kind === 'database' ? 14 : 6;
}

/** The first line of a node's box: its name, and its label when it has another one. */
export function boxTitle(node: TopologyNode): string {
  return node.label && node.label !== node.name ? `${node.name} “${node.label}”` : node.name;
}

/** The arrow heads sceneSvg's edges use. */
export const SCENE_MARKERS =
  `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#57606a"/></marker>` +
  `<marker id="arrow-repl" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#1565c0"/></marker></defs>`;

/** The static SVG of one design with its findings marked. */
export function toDesignSvg(design: Design, findings: Finding[], options: ImageOptions = {}): string {
  const locale = options.locale ?? 'en';
  const title = options.title ?? design.title;
  const scene = sceneOf(design, findings, locale);
  const { drawn, layout, copies } = scene;

  const titleH = title ? 34 : 8;
  const used = new Set<Mark>(drawn.nodes.flatMap((n) => (n.mark ? [n.mark] : [])));
  const order: Mark[] = ['spof', 'error', 'warning', 'info'];
  const legend = used.size ? `${WORDS.legend[locale]} — ${order.filter((m) => used.has(m)).map((m) => `${LEGEND_COLOUR[m][locale]}: ${LEGEND[m][locale]}`).join(' · ')}` : '';
  const top = titleH + (legend ? 22 : 0) + 6;
  const W = Math.max(360, Math.ceil(layout.width));
  const H = Math.max(top + 40, Math.ceil(top + layout.height));
  const corner = sceneBoxes(scene, top);
  const boxes = new Map<string, Box>();
  for (const [name, ps] of copies)
    for (const p of ps) {
      const c = corner.get(p.id);
      if (c) boxes.set(p.id, { x: c.x, y: c.y, p, node: design.nodes.get(name)! });
    }

  const out: string[] = [];
  const mark = options.note !== undefined ? ` ${NOTE_ATTR}="${esc(fileNameOf(options.note))}"` : '';
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Segoe UI, Helvetica, Arial, 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif" role="img"${mark}>`);
  out.push(`<title>${esc(title || 'topology')}</title>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  if (title) out.push(`<text x="${MARGIN}" y="24" font-size="16" font-weight="600" fill="#1f2328">${esc(fit(title, 16, W - 2 * MARGIN))}</text>`);
  if (legend) out.push(`<text x="${MARGIN}" y="${titleH + 12}" font-size="12" fill="#57606a">${esc(fit(legend, 12, W - 2 * MARGIN))}</text>`);
  out.push(SCENE_MARKERS);
  const { lanes, edges, labels } = sceneSvg(scene, top);
  out.push(...lanes, ...edges);
  // A monitor's `watches` are written in it rather than drawn: lines from one monitor to every node cross the whole picture.

  // Nodes: a box coloured by its findings, its name, its kind and count, and the words its findings put on it.
  for (const n of drawn.nodes) {
    const node = design.nodes.get(n.name);
    if (!node) continue;
    const look = lookOf(n.mark ?? (node.kind === null ? 'unknown' : null));
    const watched = namesAttr(node, 'watches').filter((x) => x !== node.name);
    const tagText = n.tags.length ? `▲ ${n.tags.map((t) => TAGS[t][locale]).join(' · ')}` : watched.length ? `${WORDS.watches[locale]} ${watched.join(', ')}` : '';
    for (const p of n.placements) {
      const b = boxes.get(p.id);
      if (!b) continue;
      let kind = node.kind ?? `${node.kindText || '?'}?`;
      if (n.placements.length > 1) kind += ` ×${p.count} ${WORDS.of[locale]} ${node.replicas}`;
      else if (node.replicas > 1) kind += ` ×${node.replicas}`;
      const auto = node.attrs.get('autoscale')?.value;
      if (auto && auto.type === 'range') kind += ` (${auto.min}..${auto.max})`;
      if (node.role) kind += ` · ${node.role}`;
      if (node.managed && node.kind !== 'client') kind += ` · ${WORDS.managed[locale]}`;
      const inner = BOX_W - 16;
      const rx = boxRadius(node);
      out.push(`<g class="node${n.mark ? ` ${n.mark}` : ''}" data-name="${esc(n.name)}"${p.zone ? ` data-zone="${esc(p.zone)}"` : ''}>`);
      out.push(
        `<rect x="${b.x.toFixed(1)}" y="${b.y.toFixed(1)}" width="${BOX_W}" height="${BOX_H}" rx="${rx}" fill="${look.fill}" stroke="${look.stroke}" stroke-width="${look.width}"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}/>`,
      );
      const label = boxTitle(node);
      out.push(`<text x="${(b.x + 8).toFixed(1)}" y="${(b.y + 19).toFixed(1)}" font-size="13" font-weight="600" fill="#1f2328">${esc(fit(label, 13, inner))}</text>`);
      out.push(`<text x="${(b.x + 8).toFixed(1)}" y="${(b.y + 36).toFixed(1)}" font-size="11" fill="#424a53">${esc(fit(kind, 11, inner))}</text>`);
      if (tagText) out.push(`<text x="${(b.x + 8).toFixed(1)}" y="${(b.y + 53).toFixed(1)}" font-size="11"${n.tags.length ? ` font-weight="600" fill="${look.stroke}"` : ' fill="#57606a"'}>${esc(fit(tagText, 11, inner))}</text>`);
      out.push('</g>');
    }
  }
  out.push(...labels);
  if (!drawn.nodes.length) out.push(`<text x="${MARGIN}" y="${top + 20}" font-size="13" fill="#57606a">${esc(WORDS.empty[locale])}</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** One design's image for a note. */
export interface NoteImage {
  /** 0-based among the note's topology blocks. */
  index: number;
  title: string;
  /** The part of the file name that names the design (`NOTE.NAME.svg`): its title made safe for a file name, else `design-N`. */
  name: string;
  svg: string;
}

/** A title as a file-name part: letters and digits of any script, the rest as single dashes; at most 60 characters. */
export function imageName(title: string, index: number): string {
  const slug = [...title.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')].slice(0, 60).join('').replace(/-+$/, '');
  return slug || `design-${index + 1}`;
}

/** The image file of a design, next to the note `noteFile` (a file name or path): `NOTE.NAME.svg`, without the note's .md/.markdown. */
export function imageFileName(noteFile: string, name: string): string {
  return `${imagePrefix(noteFile)}${name}.svg`;
}

/** The attribute on an image's `<svg>` naming the note it was written for. */
const NOTE_ATTR = 'data-infra-notes-note';

function fileNameOf(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

/** What every image file name of a note starts with: `NOTE.`. */
function imagePrefix(noteFile: string): string {
  return `${fileNameOf(noteFile).replace(/\.(md|markdown)$/i, '') || 'note'}.`;
}

/** Whether a file next to the note could be one of its images, by name alone (read only those). */
export function mayBeImageOf(noteFile: string, file: string): boolean {
  const prefix = imagePrefix(noteFile);
  return file.startsWith(prefix) && file.endsWith('.svg') && file.length > prefix.length + 4;
}

/**
 * The image files next to a note that an earlier write made for it and that no
 * design of it names now (the design was renamed or removed): only files whose
 * `<svg>` says it was written for this very note (a note `a.md` and a note `a.b.md`
 * share the prefix `a.`), never another SVG. `files` are the candidates with their
 * text; `current` the file names the note's designs have now.
 */
export function staleImageFiles(noteFile: string, files: readonly { name: string; text: string }[], current: readonly string[]): string[] {
  const now = new Set(current);
  const mark = `${NOTE_ATTR}="${esc(fileNameOf(noteFile))}"`;
  return files
    .filter((f) => mayBeImageOf(noteFile, f.name) && !now.has(f.name))
    .filter((f) => {
      const open = /^\s*<svg\b[^>]*>/.exec(f.text.slice(0, 2000));
      return open !== null && open[0].includes(mark);
    })
    .map((f) => f.name)
    .sort();
}

/** The images of every closed topology block of a note, with the findings the editor and `check` show (the same rule settings). */
export function noteImages(text: string, options: { locale?: Locale; rules?: RuleConfig; note?: string } = {}): NoteImage[] {
  const locale = options.locale ?? 'en';
  const blocks = findTopologyBlocks(text, splitLines(text));
  const taken = new Set<string>();
  const out: NoteImage[] = [];
  blocks.forEach((b, index) => {
    if (b.closeLine === null) return;
    const { design, findings } = checkedBlock(b, { rules: options.rules });
    let name = imageName(b.title, index);
    for (let k = 2; taken.has(name); k++) name = `${imageName(b.title, index)}-${k}`;
    taken.add(name);
    out.push({ index, title: b.title, name, svg: toDesignSvg(design, findings, { locale, title: b.title, note: options.note }) });
  });
  return out;
}
