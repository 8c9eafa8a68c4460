/**
 * A failover scenario as an animated SVG, for a blog post: the design's nodes in
 * tiers from the entry (left) to the data (right), each instance a dot, and one
 * frame per moment the engine recorded (`SimResult.states`): what every instance
 * is doing (down, up), which node serves for a failed one (promoted), and the
 * events of that moment as a caption (failing, detected, promoted, restored…),
 * after a first frame with every node up when the run fails something at once.
 * Frames are shown one after the other for a fixed time (not the simulated
 * time, which spans minutes to hours), then the animation starts again.
 *
 * Pure and self-contained: SMIL `<animate>` with discrete values (drawn by
 * browsers in an `<img>` too), native SVG text, no script, no external font or
 * image. Every user text is XML-escaped.
 */
import type { Design, Locale, TopologyNode } from '../syntax/ast';
import type { SimResult, SimStep, StateAt } from '../analysis/simulation/types';
import { eventLabel } from '../analysis/simulation/labels';
import { durationIn } from '../shared/duration';
import { stepText } from '../shared/target';

export interface AnimationOptions {
  locale?: Locale;
  /** Width in CSS pixels (default 800: a blog column). */
  width?: number;
  /** How long each frame is shown, in seconds (default 2). */
  secondsPerFrame?: number;
  /** Caption above the picture (the design's and scenario's names). */
  title?: string;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const COLOURS = {
  up: { fill: '#e8f5e9', stroke: '#2e7d32' },
  partial: { fill: '#fff3dc', stroke: '#d98a00' },
  down: { fill: '#fde7e7', stroke: '#c62828' },
  serving: { fill: '#e3f0fd', stroke: '#1565c0' },
} as const;
type Look = keyof typeof COLOURS;

const WORDS = {
  up: { en: 'up', ko: '정상' },
  partial: { en: 'some instances down', ko: '일부 인스턴스 중단' },
  down: { en: 'down', ko: '중단' },
  serving: { en: 'took over (promoted)', ko: '넘겨받음(승격)' },
  nothing: { en: 'before any failure', ko: '장애 전' },
} as const;

/**
 * The caption of a run's animation, the same from the CLI and the editor: the
 * design (its title, else `#N`) and the run (the scenario's name, else its steps
 * as a `scenario` line writes them: `fail db; recover db at=1m`).
 */
export function animationTitle(designTitle: string, designIndex: number, scenario: string | null, steps: readonly SimStep[]): string {
  const run = scenario || steps.map(stepText).join('; ');
  return `${designTitle || `#${designIndex + 1}`} — ${run}`;
}

/** Tier of each node: the longest chain of request edges from an entry; copies (`of=`) sit one tier after their source; monitors last. */
function tiers(design: Design): Map<string, number> {
  const tier = new Map<string, number>();
  for (const n of design.nodes.values()) tier.set(n.name, 0);
  const n = design.nodes.size;
  for (let round = 0; round < n; round++) {
    let changed = false;
    for (const e of design.edges) {
      const a = tier.get(e.from);
      const b = tier.get(e.to);
      if (a === undefined || b === undefined) continue;
      if (b < a + 1 && a + 1 < n) {
        tier.set(e.to, a + 1);
        changed = true;
      }
    }
    for (const node of design.nodes.values()) {
      if (!node.of || node.of === node.name) continue;
      const s = tier.get(node.of);
      if (s !== undefined && tier.get(node.name)! < s + 1 && s + 1 < n) {
        tier.set(node.name, s + 1);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const last = Math.max(0, ...[...design.nodes.values()].filter((x) => x.kind !== 'monitor').map((x) => tier.get(x.name)!));
  for (const node of design.nodes.values()) if (node.kind === 'monitor') tier.set(node.name, last + 1);
  // No gaps.
  const used = [...new Set(tier.values())].sort((a, b) => a - b);
  for (const [k, v] of tier) tier.set(k, used.indexOf(v));
  return tier;
}

/** What a node looks like in a frame, and which of its instances are down. */
function lookOf(st: StateAt | undefined, node: TopologyNode): { look: Look; down: boolean[] } {
  const ns = st?.nodes.find((x) => x.node === node.name);
  if (!ns) return { look: 'up', down: Array.from({ length: Math.max(1, node.replicas) }, () => false) };
  const down = ns.instances.map((i) => !i.up);
  const d = down.filter(Boolean).length;
  const look: Look = d > 0 && d >= down.length ? 'down' : d > 0 ? 'partial' : ns.servingFor !== null ? 'serving' : 'up';
  return { look, down };
}

/** The animated SVG of a run of `design` (its `states` and `events`). Deterministic. */
export function toAnimatedSvg(design: Design, result: SimResult, options: AnimationOptions = {}): string {
  const locale = options.locale ?? 'en';
  const W = Math.max(320, Math.min(2000, Math.round(options.width ?? 800)));
  const per = Math.max(0.5, Math.min(10, options.secondsPerFrame ?? 2));
  const nodes = [...design.nodes.values()];
  const tier = tiers(design);
  const cols = Math.max(1, ...[...tier.values()].map((t) => t + 1));
  const byCol: TopologyNode[][] = Array.from({ length: cols }, () => []);
  const zoneIndex = (n: TopologyNode): number => (n.zones.length ? [...design.zones.keys()].indexOf(n.zones[0]!) : -1);
  for (const n of nodes) byCol[tier.get(n.name)!]!.push(n);
  for (const c of byCol) c.sort((a, b) => zoneIndex(a) - zoneIndex(b) || a.line - b.line);
  const rows = Math.max(1, ...byCol.map((c) => c.length));
  const margin = 16;
  const top = options.title ? 64 : 40;
  const gapX = 18;
  const boxW = Math.min(170, (W - 2 * margin - gapX * (cols - 1)) / cols);
  const boxH = 46;
  const gapY = 14;
  const font = Math.max(9, Math.min(13, boxW / 11));
  const H = top + rows * (boxH + gapY) + 70;
  const pos = new Map<string, { x: number; y: number }>();
  byCol.forEach((c, ci) => {
    const colH = c.length * (boxH + gapY) - gapY;
    const y0 = top + (rows * (boxH + gapY) - gapY - colH) / 2;
    c.forEach((n, ri) => pos.set(n.name, { x: margin + ci * (boxW + gapX), y: y0 + ri * (boxH + gapY) }));
  });

  // Frames: one per recorded moment (at least one). The picture starts healthy: when the first
  // moment already has a failure (a step at 0s), a frame before it shows every node up, so the
  // failing nodes visibly change.
  const calm = (at: number): StateAt => ({ at, nodes: [], zonesDown: [], regionsDown: [] });
  const recorded: StateAt[] = result.states.length ? result.states : [calm(0)];
  const first = recorded[0]!;
  const troubled = first.zonesDown.length > 0 || first.regionsDown.length > 0 || first.nodes.some((n) => n.servingFor !== null || n.instances.some((i) => !i.up));
  const before = troubled ? calm(first.at) : null;
  const states: StateAt[] = before ? [before, ...recorded] : recorded;
  const frames = states.length;
  const total = frames * per;
  const keyTimes = states.map((_, i) => (i / frames).toFixed(4)).join(';');
  const discrete = (values: string[]): string => {
    // All equal: no animation needed.
    if (values.every((v) => v === values[0])) return '';
    return `<animate attributeName="__A__" dur="${total}s" repeatCount="indefinite" calcMode="discrete" keyTimes="${keyTimes}" values="${values.join(';')}"/>`;
  };
  const anim = (attr: string, values: string[]): string => discrete(values).replace('__A__', attr);

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${Math.round(H)}" viewBox="0 0 ${W} ${Math.round(H)}" font-family="Segoe UI, Helvetica, Arial, 'Noto Sans KR', 'Apple SD Gothic Neo', sans-serif" role="img">`);
  out.push(`<title>${esc(options.title ?? design.title)}</title>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  if (options.title) out.push(`<text x="${margin}" y="28" font-size="16" font-weight="600" fill="#1f2328">${esc(options.title)}</text>`);
  out.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="#8c959f"/></marker></defs>`);

  // Edges: requests solid, replication dotted.
  const line = (a: string, b: string, dotted: boolean): void => {
    const p = pos.get(a);
    const q = pos.get(b);
    if (!p || !q || a === b) return;
    const x1 = p.x + boxW;
    const y1 = p.y + boxH / 2;
    let x2 = q.x;
    const y2 = q.y + boxH / 2;
    if (x2 <= x1) x2 = q.x + boxW / 2;
    const mx = (x1 + x2) / 2;
    out.push(`<path d="M${x1.toFixed(1)} ${y1.toFixed(1)}C${mx.toFixed(1)} ${y1.toFixed(1)} ${mx.toFixed(1)} ${y2.toFixed(1)} ${x2.toFixed(1)} ${y2.toFixed(1)}" fill="none" stroke="#8c959f" stroke-width="1.2"${dotted ? ' stroke-dasharray="4 3"' : ''} marker-end="url(#arrow)"/>`);
  };
  for (const e of design.edges) line(e.from, e.to, false);
  for (const n of nodes) if (n.of && design.nodes.has(n.of)) line(n.of, n.name, true);

  // Nodes: a box coloured by the frame, its name, its kind and zones, one dot per instance.
  for (const n of nodes) {
    const p = pos.get(n.name)!;
    const looks = states.map((st) => lookOf(st, n));
    const fills = looks.map((l) => COLOURS[l.look].fill);
    const strokes = looks.map((l) => COLOURS[l.look].stroke);
    out.push(`<g class="node" data-name="${esc(n.name)}">`);
    out.push(`<rect x="${p.x.toFixed(1)}" y="${p.y.toFixed(1)}" width="${boxW.toFixed(1)}" height="${boxH}" rx="6" fill="${fills[0]}" stroke="${strokes[0]}" stroke-width="2">${anim('fill', fills)}${anim('stroke', strokes)}</rect>`);
    const maxChars = Math.max(4, Math.floor(boxW / (font * 0.6)));
    const clip = (s: string): string => (s.length > maxChars ? s.slice(0, maxChars - 1) + '…' : s);
    out.push(`<text x="${(p.x + 6).toFixed(1)}" y="${(p.y + font + 4).toFixed(1)}" font-size="${font.toFixed(1)}" font-weight="600" fill="#1f2328">${esc(clip(n.name))}</text>`);
    const sub = `${n.kind ?? n.kindText}${n.zones.length ? ` · ${n.zones.join(',')}` : ''}`;
    out.push(`<text x="${(p.x + 6).toFixed(1)}" y="${(p.y + 2 * font + 7).toFixed(1)}" font-size="${(font * 0.82).toFixed(1)}" fill="#57606a">${esc(clip(sub))}</text>`);
    const count = Math.min(12, looks[0]!.down.length);
    for (let i = 0; i < count; i++) {
      const cx = p.x + boxW - 8 - i * 9;
      if (cx < p.x + boxW / 2) break;
      const colours = looks.map((l) => (l.down[i] ? '#c62828' : '#2e7d32'));
      out.push(`<circle cx="${cx.toFixed(1)}" cy="${(p.y + boxH - 8).toFixed(1)}" r="3.2" fill="${colours[0]}">${anim('fill', colours)}</circle>`);
    }
    out.push('</g>');
  }

  // Captions: the time and what happened at that moment; a progress bar.
  const capY = H - 40;
  states.forEach((st, i) => {
    const evs = st === before ? [] : result.events.filter((e) => e.at === st.at && e.type !== 'spike');
    const what = evs.length ? [...new Set(evs.map((e) => `${eventLabel(e.type, locale)} ${e.target}`))].slice(0, 4).join(' · ') : WORDS.nothing[locale];
    const text = `${durationIn(locale, st.at)} — ${what}`;
    const opacity = states.map((_, j) => (j === i ? '1' : '0'));
    out.push(`<text class="caption" data-frame="${i}" x="${margin}" y="${capY}" font-size="14" fill="#1f2328" opacity="${opacity[0]}">${esc(text)}${anim('opacity', opacity)}</text>`);
  });
  out.push(`<rect x="${margin}" y="${H - 24}" width="${W - 2 * margin}" height="4" fill="#eaeef2"/>`);
  out.push(`<rect x="${margin}" y="${H - 24}" width="0" height="4" fill="#1565c0"><animate attributeName="width" dur="${total}s" repeatCount="indefinite" values="0;${W - 2 * margin}"/></rect>`);
  // Legend: one line of colour words.
  const legend = (['up', 'partial', 'down', 'serving'] as const).map((k, i) => {
    const x = margin + i * ((W - 2 * margin) / 4);
    return `<rect x="${x}" y="${H - 14}" width="10" height="10" fill="${COLOURS[k].fill}" stroke="${COLOURS[k].stroke}"/><text x="${x + 14}" y="${H - 5}" font-size="11" fill="#57606a">${esc(WORDS[k][locale])}</text>`;
  });
  out.push(...legend);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
