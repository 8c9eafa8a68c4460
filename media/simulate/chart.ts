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

/** Round steps for the edges of a zoomed range, seconds. */
const STEPS = [1, 5, 10, 15, 30, 60, 300, 600, 900, 1800, 3600];

/** A time range the charts show, seconds. */
export interface ChartRange {
  from: number;
  to: number;
}

/**
 * The interesting part of a run: from the first moment an entry serves less than
 * before any step to the moment every entry is fully served again (the end of
 * the run when one never is), with context on both sides, on round edges.
 * Null when nothing was degraded: there is no outage to zoom to.
 */
export function outageRange(entries: readonly EntrySeries[], horizon: number): ChartRange | null {
  let start = Infinity;
  let end = -Infinity;
  for (const e of entries) {
    const pts = e.points;
    const base = e.baseline ?? 1;
    for (let i = 0; i < pts.length; i++) {
      if (pts[i]!.success >= base - 1e-9) continue;
      start = Math.min(start, pts[i]!.at);
      end = Math.max(end, pts[i + 1]?.at ?? horizon);
    }
  }
  if (!Number.isFinite(start) || !(horizon > 0)) return null;
  const len = Math.max(1, end - start);
  const pad = Math.max(10, len * 0.25);
  const step = STEPS.find((x) => x >= (len + 2 * pad) / 8) ?? 3600;
  const from = Math.max(0, Math.floor((start - pad) / step) * step);
  const to = Math.min(horizon, Math.ceil((end + pad) / step) * step);
  return { from, to: Math.max(to, Math.min(horizon, from + 1)) };
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

/** Draws one entry's chart over the range (from 0 to `to` when only a span is given). `label` is the accessible summary. */
export function drawChart(series: EntrySeries, range: ChartRange | number, label: string, locale: Locale = 'en'): Chart {
  const { from, to } = typeof range === 'number' ? { from: 0, to: range } : range;
  const span = Math.max(1e-9, to - from);
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart', preserveAspectRatio: 'xMinYMin meet', 'data-from': from, 'data-to': to });
  const title = el('title', {}, svg);
  title.textContent = label;
  svg.setAttribute('aria-label', label);
  const x = (t: number): number => PAD.l + ((Math.min(Math.max(t, from), to) - from) / span) * (W - PAD.l - PAD.r);
  const y = (v: number): number => PAD.t + (1 - v) * (H - PAD.t - PAD.b);

  for (const v of [0, 0.5, 1]) {
    el('line', { x1: PAD.l, x2: W - PAD.r, y1: y(v), y2: y(v), class: 'grid' }, svg);
    const tx = el('text', { x: PAD.l - 4, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, svg);
    tx.textContent = `${v * 100}%`;
  }
  for (let i = 0; i <= 4; i++) {
    const t = from + (span * i) / 4;
    const tx = el('text', { x: x(t), y: H - 6, class: 'tick', 'text-anchor': i === 0 ? 'start' : i === 4 ? 'end' : 'middle' }, svg);
    tx.textContent = durationIn(locale, t);
  }

  // A step function: each value holds from its point to the next one.
  const pts = series.points.length ? series.points : [{ at: 0, success: 1 }];
  const area: string[] = [];
  let d0 = pts[0]!.success;
  for (const p of pts) if (p.at <= from) d0 = p.success;
  let d = `M ${x(from)} ${y(d0)}`;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i]!;
    if (p.at > to) break;
    const next = Math.min(pts[i + 1]?.at ?? to, to);
    if (next < from) continue;
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
    // Outside the range shown: no line at its edge pretending to be the cursor.
    cursor.style.display = t < from - 1e-9 || t > to + 1e-9 ? 'none' : '';
  };
  setCursor(from);
  return { svg, setCursor };
}
