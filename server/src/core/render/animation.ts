/**
 * A failover scenario as an animated SVG, for a blog post: the design drawn as its
 * static image is (image.ts: tiers from the entry to the data, zones as lanes, a
 * node's copy in each zone it runs in), each instance a dot, and one
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
import type { Design, Locale } from '../syntax/ast';
import type { SimResult, SimStep, StateAt } from '../analysis/simulation/types';
import { eventLabel } from '../analysis/simulation/labels';
import { durationIn } from '../shared/duration';
import { stepText } from '../shared/target';
import { BOX_H, BOX_W, boxRadius, boxTitle, esc, fit, SCENE_MARKERS, sceneBoxes, sceneOf, sceneSvg } from './image';

export interface AnimationOptions {
  locale?: Locale;
  /** Width in CSS pixels (default 800: a blog column). */
  width?: number;
  /** How long each frame is shown, in seconds (default 2). */
  secondsPerFrame?: number;
  /** Caption above the picture (the design's and scenario's names). */
  title?: string;
}

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
  of: { en: 'of', ko: '/' },
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

/** What one copy of a node (its instances in one zone) looks like in a frame, and which of those instances are down. */
function lookOf(st: StateAt | undefined, name: string, instances: readonly number[]): { look: Look; down: boolean[] } {
  const ns = st?.nodes.find((x) => x.node === name);
  if (!ns) return { look: 'up', down: instances.map(() => false) };
  const down = instances.map((i) => ns.instances[i]?.up === false);
  const d = down.filter(Boolean).length;
  const look: Look = d > 0 && d >= down.length ? 'down' : d > 0 ? 'partial' : ns.servingFor !== null ? 'serving' : 'up';
  return { look, down };
}

/**
 * The animated SVG of a run of `design` (its `states` and `events`), drawn on the
 * same picture as the static image (image.ts: the HA layout, zones as lanes, a
 * node spread over zones drawn in each with its instances there), scaled to the
 * requested width. Deterministic.
 */
export function toAnimatedSvg(design: Design, result: SimResult, options: AnimationOptions = {}): string {
  const locale = options.locale ?? 'en';
  const Wout = Math.max(320, Math.min(2000, Math.round(options.width ?? 800)));
  const per = Math.max(0.5, Math.min(10, options.secondsPerFrame ?? 2));
  const scene = sceneOf(design, [], locale);
  const { layout } = scene;
  // The picture is drawn at the static image's size and scaled to the requested width; text outside
  // the picture (title, captions, legend) is sized to read at its nominal size once scaled.
  const VW = Math.max(Wout, Math.ceil(layout.width), 360);
  const k = VW / Wout;
  const margin = 16 * k;
  const titleH = options.title ? 40 * k : 8;
  const top = titleH + 6;
  const footer = 70 * k;
  const VH = Math.ceil(top + layout.height + footer);
  const Hout = Math.round(VH / k);

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
  const anim = (attr: string, values: string[]): string =>
    // All equal: no animation needed.
    values.every((v) => v === values[0]) ? '' : `<animate attributeName="${attr}" dur="${total}s" repeatCount="indefinite" calcMode="discrete" keyTimes="${keyTimes}" values="${values.join(';')}"/>`;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${Wout}" height="${Hout}" viewBox="0 0 ${VW} ${VH}" font-family="Segoe UI, Helvetica, Arial, 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif" role="img">`);
  out.push(`<title>${esc(options.title ?? design.title)}</title>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  if (options.title) out.push(`<text x="${margin.toFixed(1)}" y="${(28 * k).toFixed(1)}" font-size="${(16 * k).toFixed(1)}" font-weight="600" fill="#1f2328">${esc(fit(options.title, 16, VW / k - 32))}</text>`);
  out.push(SCENE_MARKERS);

  // Zones: a lane turns red while its zone (or its region) is lost.
  const zoneLost = (st: StateAt, zone: string): boolean => st.zonesDown.includes(zone) || (design.zones.get(zone)?.region ?? null) !== null && st.regionsDown.includes(design.zones.get(zone)!.region!);
  const { lanes, edges, labels } = sceneSvg(scene, top, (zone) => anim('fill', states.map((st) => (zoneLost(st, zone) ? COLOURS.down.fill : '#f6f8fa'))) + anim('stroke', states.map((st) => (zoneLost(st, zone) ? COLOURS.down.stroke : '#d0d7de'))));
  out.push(...lanes, ...edges);

  // Nodes: each copy a box coloured by the frame, its name, its kind and count, one dot per instance.
  const corner = sceneBoxes(scene, top);
  for (const n of scene.drawn.nodes) {
    const node = design.nodes.get(n.name);
    if (!node) continue;
    for (const p of n.placements) {
      const b = corner.get(p.id);
      if (!b) continue;
      const looks = states.map((st) => lookOf(st, n.name, p.instances));
      const fills = looks.map((l) => COLOURS[l.look].fill);
      const strokes = looks.map((l) => COLOURS[l.look].stroke);
      let kind = node.kind ?? `${node.kindText || '?'}?`;
      if (n.placements.length > 1) kind += ` ×${p.count} ${WORDS.of[locale]} ${node.replicas}`;
      else if (node.replicas > 1) kind += ` ×${node.replicas}`;
      if (node.role) kind += ` · ${node.role}`;
      const inner = BOX_W - 16;
      const rx = boxRadius(node);
      out.push(`<g class="node" data-name="${esc(n.name)}"${p.zone ? ` data-zone="${esc(p.zone)}"` : ''}>`);
      out.push(`<rect x="${b.x.toFixed(1)}" y="${b.y.toFixed(1)}" width="${BOX_W}" height="${BOX_H}" rx="${rx}" fill="${fills[0]}" stroke="${strokes[0]}" stroke-width="2">${anim('fill', fills)}${anim('stroke', strokes)}</rect>`);
      const label = boxTitle(node);
      out.push(`<text x="${(b.x + 8).toFixed(1)}" y="${(b.y + 19).toFixed(1)}" font-size="13" font-weight="600" fill="#1f2328">${esc(fit(label, 13, inner))}</text>`);
      out.push(`<text x="${(b.x + 8).toFixed(1)}" y="${(b.y + 36).toFixed(1)}" font-size="11" fill="#424a53">${esc(fit(kind, 11, inner))}</text>`);
      const count = Math.min(12, p.instances.length);
      for (let i = 0; i < count; i++) {
        const cx = b.x + BOX_W - 10 - i * 10;
        if (cx < b.x + BOX_W / 2) break;
        const colours = looks.map((l) => (l.down[i] ? COLOURS.down.stroke : COLOURS.up.stroke));
        out.push(`<circle cx="${cx.toFixed(1)}" cy="${(b.y + BOX_H - 10).toFixed(1)}" r="3.4" fill="${colours[0]}">${anim('fill', colours)}</circle>`);
      }
      out.push('</g>');
    }
  }
  out.push(...labels);

  // Captions: the time and what happened at that moment; a progress bar; a legend of the colours.
  const capY = VH - 40 * k;
  states.forEach((st, i) => {
    const evs = st === before ? [] : result.events.filter((e) => e.at === st.at && e.type !== 'spike');
    const what = evs.length ? [...new Set(evs.map((e) => `${eventLabel(e.type, locale)} ${e.target}`))].slice(0, 4).join(' · ') : WORDS.nothing[locale];
    const text = `${durationIn(locale, st.at)} — ${what}`;
    const opacity = states.map((_, j) => (j === i ? '1' : '0'));
    out.push(`<text class="caption" data-frame="${i}" x="${margin.toFixed(1)}" y="${capY.toFixed(1)}" font-size="${(14 * k).toFixed(1)}" fill="#1f2328" opacity="${opacity[0]}">${esc(text)}${anim('opacity', opacity)}</text>`);
  });
  const barW = VW - 2 * margin;
  out.push(`<rect x="${margin.toFixed(1)}" y="${(VH - 24 * k).toFixed(1)}" width="${barW.toFixed(1)}" height="${(4 * k).toFixed(1)}" fill="#eaeef2"/>`);
  out.push(`<rect x="${margin.toFixed(1)}" y="${(VH - 24 * k).toFixed(1)}" width="0" height="${(4 * k).toFixed(1)}" fill="#1565c0"><animate attributeName="width" dur="${total}s" repeatCount="indefinite" values="0;${barW.toFixed(1)}"/></rect>`);
  const legend = (['up', 'partial', 'down', 'serving'] as const).map((key, i) => {
    const x = margin + i * (barW / 4);
    return `<rect x="${x.toFixed(1)}" y="${(VH - 14 * k).toFixed(1)}" width="${(10 * k).toFixed(1)}" height="${(10 * k).toFixed(1)}" fill="${COLOURS[key].fill}" stroke="${COLOURS[key].stroke}"/><text x="${(x + 14 * k).toFixed(1)}" y="${(VH - 5 * k).toFixed(1)}" font-size="${(11 * k).toFixed(1)}" fill="#57606a">${esc(WORDS[key][locale])}</text>`;
  });
  out.push(...legend);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
