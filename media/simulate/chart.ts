/**
 * The success-over-time chart of one entry: an inline SVG drawn from the
 * simulator's points (a step function), with a cursor line the player moves.
 * No chart library; every text goes in with textContent.
 */
import { durationIn, type EntrySeries, type Locale } from '../../server/src/core';

const NS = 'http://www.w3.org/2000/svg';
const W = 480;
const H = 130;
const PAD = { l: 40, r: 10, t: 10, b: 24 };

/** Round chart spans, seconds. */
const SPANS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400];

/** The chart's time span: the whole story so far (events, cursor) with room after it, on a round number. */
export function chartSpan(lastEventAt: number, cursor: number, horizon: number): number {
  const want = Math.max(60, lastEventAt * 1.5, cursor * 1.1);
  const s = SPANS.find((x) => x >= want) ?? want;
  return Math.min(s, horizon);
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.append(e);
  return e;
}

export interface Chart {
  svg: SVGSVGElement;
  /** Moves the cursor line to time t. */
  setCursor(t: number): void;
}

/** Draws one entry's chart over [0, span]. `label` is the accessible summary. */
export function drawChart(series: EntrySeries, span: number, label: string, locale: Locale = 'en'): Chart {
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart', preserveAspectRatio: 'xMinYMin meet' });
  const title = el('title', {}, svg);
  title.textContent = label;
  svg.setAttribute('aria-label', label);
  const x = (t: number): number => PAD.l + (Math.min(t, span) / span) * (W - PAD.l - PAD.r);
  const y = (v: number): number => PAD.t + (1 - v) * (H - PAD.t - PAD.b);

  for (const v of [0, 0.5, 1]) {
    el('line', { x1: PAD.l, x2: W - PAD.r, y1: y(v), y2: y(v), class: 'grid' }, svg);
    const tx = el('text', { x: PAD.l - 4, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, svg);
    tx.textContent = `${v * 100}%`;
  }
  for (let i = 0; i <= 4; i++) {
    const t = (span * i) / 4;
    const tx = el('text', { x: x(t), y: H - 6, class: 'tick', 'text-anchor': i === 0 ? 'start' : i === 4 ? 'end' : 'middle' }, svg);
    tx.textContent = durationIn(locale, t);
  }

  // A step function: each value holds from its point to the next one.
  const pts = series.points.length ? series.points : [{ at: 0, success: 1 }];
  let d = `M ${x(0)} ${y(pts[0]!.success)}`;
  const area: string[] = [];
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i]!;
    if (p.at > span) break;
    const next = Math.min(pts[i + 1]?.at ?? span, span);
    d += ` L ${x(p.at)} ${y(p.success)} L ${x(next)} ${y(p.success)}`;
    if (p.success < 1 - 1e-9) area.push(`M ${x(p.at)} ${y(1)} H ${x(next)} V ${y(p.success)} H ${x(p.at)} Z`);
  }
  if (area.length) el('path', { d: area.join(' '), class: 'loss' }, svg);
  el('path', { d, class: 'line' }, svg);
  const cursor = el('line', { y1: PAD.t - 4, y2: H - PAD.b, class: 'cursor' }, svg);
  const setCursor = (t: number): void => {
    const cx = x(t);
    cursor.setAttribute('x1', String(cx));
    cursor.setAttribute('x2', String(cx));
  };
  setCursor(0);
  return { svg, setCursor };
}
