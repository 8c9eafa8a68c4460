/**
 * A design as a static SVG image, for a file next to the note (blogs that draw no
 * mermaid, READMEs, slides). Mermaid needs a browser's DOM to lay a diagram out,
 * so an editor save or a CI job without a browser cannot run it; this picture is
 * drawn here, in pure code, from the same diagram model as the mermaid text
 * (toMermaidDiagram: the marks, the words findings put on nodes, the copies of a
 * node in each zone it runs in) and the same tiers as the animated failover
 * (animation.ts):
 * - tiers read left to right, from the entry to the data (monitors last);
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
import { findTopologyBlocks, splitLines } from '../syntax/fences';
import { checkedBlock } from '../rules/checked';
import type { RuleConfig } from '../rules/config';
import { CLASS_STYLES, LEGEND, LEGEND_COLOUR, TAGS, toMermaidDiagram, type Mark, type Placement } from './mermaid';
import { tiers } from './animation';

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

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');

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
function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : /[A-Z@#%&mwMW]/.test(ch) ? 0.72 : 0.56;
  return w * size;
}

/** `s` cut with an ellipsis to fit `width` pixels. */
function fit(s: string, size: number, width: number): string {
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

const BOX_W = 176;
const BOX_H = 62;
const GAP_X = 64;
const GAP_Y = 14;
const MARGIN = 16;
const LANE_HEAD = 22;
const LANE_PAD = 10;

/** The static SVG of one design with its findings marked. */
export function toDesignSvg(design: Design, findings: Finding[], options: ImageOptions = {}): string {
  const locale = options.locale ?? 'en';
  const title = options.title ?? design.title;
  const drawn = toMermaidDiagram(design, findings, { theme: 'light', locale, target: 'portable' });
  const tier = tiers(design);
  const cols = Math.max(1, ...[...tier.values()].map((t) => t + 1));

  // Lanes: nodes in no zone first, then the zones in declaration order (those some node runs in).
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
  const cells = new Map<string, Box[]>();
  const cell = (lane: number, col: number): Box[] => {
    const k = `${lane}/${col}`;
    let c = cells.get(k);
    if (!c) cells.set(k, (c = []));
    return c;
  };
  for (const n of drawn.nodes) {
    const node = design.nodes.get(n.name);
    if (!node) continue;
    for (const p of n.placements) cell(laneKeys.indexOf(p.zone), tier.get(n.name) ?? 0).push({ x: 0, y: 0, p, node });
  }

  const titleH = title ? 34 : 8;
  const used = new Set<Mark>(drawn.nodes.flatMap((n) => (n.mark ? [n.mark] : [])));
  const order: Mark[] = ['spof', 'error', 'warning', 'info'];
  const legend = used.size ? `${WORDS.legend[locale]} — ${order.filter((m) => used.has(m)).map((m) => `${LEGEND_COLOUR[m][locale]}: ${LEGEND[m][locale]}`).join(' · ')}` : '';
  const top = titleH + (legend ? 22 : 0) + 6;
  const W = Math.max(360, MARGIN * 2 + cols * BOX_W + (cols - 1) * GAP_X);
  const boxes = new Map<string, Box>();
  const lanes: { key: string | null; y: number; h: number }[] = [];
  let y = top;
  laneKeys.forEach((key, li) => {
    const rows = Math.max(1, ...Array.from({ length: cols }, (_, c) => cells.get(`${li}/${c}`)?.length ?? 0));
    const head = key === null ? (laneKeys.length > 1 ? 8 : 0) : LANE_HEAD;
    const h = head + rows * BOX_H + (rows - 1) * GAP_Y + LANE_PAD * (key === null && laneKeys.length === 1 ? 0 : 2);
    for (let c = 0; c < cols; c++) {
      const list = cells.get(`${li}/${c}`) ?? [];
      const colH = list.length * BOX_H + Math.max(0, list.length - 1) * GAP_Y;
      const y0 = y + head + LANE_PAD * (key === null && laneKeys.length === 1 ? 0 : 1) + (rows * BOX_H + (rows - 1) * GAP_Y - colH) / 2;
      list.forEach((b, i) => {
        b.x = MARGIN + c * (BOX_W + GAP_X);
        b.y = y0 + i * (BOX_H + GAP_Y);
        boxes.set(b.p.id, b);
      });
    }
    lanes.push({ key, y, h });
    y += h + 12;
  });
  const H = Math.max(top + 40, Math.round(y + MARGIN - 12));

  const out: string[] = [];
  const mark = options.note !== undefined ? ` ${NOTE_ATTR}="${esc(fileNameOf(options.note))}"` : '';
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Segoe UI, Helvetica, Arial, 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif" role="img"${mark}>`);
  out.push(`<title>${esc(title || 'topology')}</title>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  if (title) out.push(`<text x="${MARGIN}" y="24" font-size="16" font-weight="600" fill="#1f2328">${esc(fit(title, 16, W - 2 * MARGIN))}</text>`);
  if (legend) out.push(`<text x="${MARGIN}" y="${titleH + 12}" font-size="12" fill="#57606a">${esc(fit(legend, 12, W - 2 * MARGIN))}</text>`);
  out.push(
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#57606a"/></marker>` +
      `<marker id="arrow-repl" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#1565c0"/></marker></defs>`,
  );

  // Lanes: a box per zone with its caption (and region).
  for (const l of lanes) {
    if (l.key === null) continue;
    const region = design.zones.get(l.key)?.region ?? null;
    const caption = `${WORDS.zone[locale]} ${l.key}${region ? ` · ${WORDS.region[locale]} ${region}` : ''}`;
    out.push(`<g class="zone"><rect x="${MARGIN / 2}" y="${l.y}" width="${W - MARGIN}" height="${l.h}" rx="8" fill="#f6f8fa" stroke="#d0d7de" stroke-dasharray="6 4"/>`);
    out.push(`<text x="${MARGIN}" y="${l.y + 15}" font-size="12" font-weight="600" fill="#57606a">${esc(fit(caption, 12, W - 2 * MARGIN))}</text></g>`);
  }

  // Links between copies, as the mermaid text pairs them: within a zone when both ends run there, else every copy.
  const copies = new Map(drawn.nodes.map((n) => [n.name, n.placements]));
  const labels: string[] = [];
  const link = (from: string, to: string, kind: 'request' | 'replication', label: string | null, twoWay = false): void => {
    const a = copies.get(from);
    const b = copies.get(to);
    if (!a || !b) return;
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
    pairs.forEach(([pa, pb], k) => {
      const s = boxes.get(pa.id);
      const t = boxes.get(pb.id);
      if (!s || !t || pa.id === pb.id) return;
      let d: string;
      let mx: number;
      let my: number;
      if (t.x > s.x) {
        const x1 = s.x + BOX_W;
        const y1 = s.y + BOX_H / 2;
        const x2 = t.x;
        const y2 = t.y + BOX_H / 2;
        const cx = (x1 + x2) / 2;
        d = `M${x1.toFixed(1)} ${y1.toFixed(1)}C${cx.toFixed(1)} ${y1.toFixed(1)} ${cx.toFixed(1)} ${y2.toFixed(1)} ${x2.toFixed(1)} ${y2.toFixed(1)}`;
        [mx, my] = [cx, (y1 + y2) / 2];
      } else {
        // Same column (or backwards): from the bottom or top of one to the other, bowing to the right.
        const down = t.y > s.y;
        const x1 = s.x + BOX_W * 0.75;
        const y1 = down ? s.y + BOX_H : s.y;
        const x2 = t.x + BOX_W * 0.75;
        const y2 = down ? t.y : t.y + BOX_H;
        const bow = Math.min(GAP_X * 0.8, 20 + Math.abs(y2 - y1) / 6);
        d = `M${x1.toFixed(1)} ${y1.toFixed(1)}C${(x1 + bow).toFixed(1)} ${y1.toFixed(1)} ${(x2 + bow).toFixed(1)} ${y2.toFixed(1)} ${x2.toFixed(1)} ${y2.toFixed(1)}`;
        [mx, my] = [(x1 + x2) / 2 + bow * 0.75, (y1 + y2) / 2];
      }
      const style =
        kind === 'request'
          ? `stroke="#57606a" stroke-width="1.4" marker-end="url(#arrow)"`
          : `stroke="#1565c0" stroke-width="1.4" stroke-dasharray="5 4" marker-end="url(#arrow-repl)"${twoWay ? ' marker-start="url(#arrow-repl)"' : ''}`;
      out.push(`<path class="edge ${kind}" d="${d}" fill="none" ${style}/>`);
      if (label !== null && k === 0) {
        const text = fit(label, 11, GAP_X + BOX_W * 0.8);
        labels.push(`<text x="${mx.toFixed(1)}" y="${(my - 4).toFixed(1)}" font-size="11" text-anchor="middle" fill="${kind === 'replication' ? '#0a3d7a' : '#1f2328'}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(text)}</text>`);
      }
    });
  };
  for (const e of design.edges) link(e.from, e.to, 'request', e.label || null);
  for (const n of design.nodes.values()) {
    if (!n.of || n.of === n.name || !design.nodes.has(n.of)) continue;
    const parts: string[] = [];
    if (n.role === 'primary') parts.push('active-active');
    else if (n.role) parts.push(n.role);
    const repl = n.attrs.get('replication')?.raw;
    if (repl) parts.push(repl);
    const failover = n.attrs.get('failover')?.raw;
    if (failover) parts.push(`failover=${failover}`);
    link(n.of, n.name, 'replication', parts.length ? parts.join(' · ') : null, n.role === 'primary');
  }
  // A monitor's `watches` are written in it rather than drawn: lines from one monitor to every node cross the whole picture.

  // Nodes: a box coloured by its findings, its name, its kind and count, and the words its findings put on it.
  for (const n of drawn.nodes) {
    const node = design.nodes.get(n.name);
    if (!node) continue;
    const look = lookOf(n.mark ?? (node.kind === null ? 'unknown' : null));
    const watches = node.attrs.get('watches')?.value;
    const watched = watches && watches.type === 'list' ? watches.items.map((i) => i.text).filter((x) => x !== node.name) : [];
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
      const rx = node.kind === 'client' || node.kind === 'monitor' ? BOX_H / 2 : node.kind === 'database' ? 14 : 6;
      out.push(`<g class="node${n.mark ? ` ${n.mark}` : ''}" data-name="${esc(n.name)}"${p.zone ? ` data-zone="${esc(p.zone)}"` : ''}>`);
      out.push(
        `<rect x="${b.x.toFixed(1)}" y="${b.y.toFixed(1)}" width="${BOX_W}" height="${BOX_H}" rx="${rx}" fill="${look.fill}" stroke="${look.stroke}" stroke-width="${look.width}"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}/>`,
      );
      const label = node.label && node.label !== node.name ? `${node.name} “${node.label}”` : node.name;
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
