/**
 * The simulation page's renderers: each draws one part of the page from the
 * view state (the server's view of the design and run, the player's cursor).
 * A note is untrusted input: its names and labels only ever reach the page as
 * textContent, attribute values or mermaid's escaped labels.
 */
import { classesThatLost, requestClassLabelKo, durationIn, eventLabel, formatAgainstGoal, formatNines, formatPercent, formatEventShare, formatShare, inlineParts, MERMAID_NODE_DOM_ID, parseTarget, stepText, targetText } from '../../server/src/core';
import { errorText, renderMermaid } from '../preview/render';
import { chartSpan, drawChart, outageRange, type ChartRange } from './chart';
import { fmt } from './strings';
import type { SimulationStrings } from '../messages';
import { nodeDown, stateAt, successAt, targetIsDown, viewOf, whole, type ViewState } from './view-state';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** The page's elements (simulationHtml in client/src/simulationHtml.ts). */
export const ui = {
  title: $<HTMLHeadingElement>('title'),
  scenario: $<HTMLSelectElement>('scenario'),
  errors: $<HTMLDivElement>('errors'),
  empty: $<HTMLDivElement>('empty'),
  layout: $<HTMLElement>('layout'),
  diagram: $<HTMLDivElement>('diagram'),
  stage: $<HTMLDivElement>('stage'),
  nodeSelect: $<HTMLSelectElement>('node-select'),
  nodeToggle: $<HTMLButtonElement>('node-toggle'),
  placeField: $<HTMLSpanElement>('place-field'),
  placeSelect: $<HTMLSelectElement>('place-select'),
  placeToggle: $<HTMLButtonElement>('place-toggle'),
  restart: $<HTMLButtonElement>('restart'),
  stepBack: $<HTMLButtonElement>('step-back'),
  play: $<HTMLButtonElement>('play'),
  stepForward: $<HTMLButtonElement>('step-forward'),
  speed: $<HTMLSelectElement>('speed'),
  time: $<HTMLInputElement>('time'),
  timeNow: $<HTMLOutputElement>('time-now'),
  charts: $<HTMLDivElement>('charts'),
  card: $<HTMLDivElement>('card'),
  stepErrors: $<HTMLDivElement>('step-errors'),
  stepNotice: $<HTMLParagraphElement>('step-notice'),
  steps: $<HTMLOListElement>('steps'),
  copyScenario: $<HTMLButtonElement>('copy-scenario'),
  exportAnimation: $<HTMLButtonElement>('export-animation'),
  clearSteps: $<HTMLButtonElement>('clear-steps'),
  chartRangeText: $<HTMLSpanElement>('chart-range-text'),
  chartToggle: $<HTMLButtonElement>('chart-toggle'),
  zoomIn: $<HTMLButtonElement>('zoom-in'),
  zoomOut: $<HTMLButtonElement>('zoom-out'),
  zoomFit: $<HTMLButtonElement>('zoom-fit'),
  events: $<HTMLOListElement>('events'),
  announce: $<HTMLDivElement>('announce'),
};

const NS = 'http://www.w3.org/2000/svg';

/** A duration in the panel's language: `1m 30s` / `1분 30초`. */
const dur = (s: ViewState, seconds: number): string => durationIn(s.locale, seconds);
/** SVG units added above the drawing for the nodes' state badges. */
const BADGE_ROOM = 24;
/** mermaid's id of an edge path: `…L_n0_n1_0` (older versions: `L-n0-n1-0`). */
const EDGE_DOM_ID = /(?:^|[-_])L[-_](n\d+)(?:c\d+)?[-_](n\d+)(?:c\d+)?[-_]\d+$/;

// ── the design: title, errors, choices ──

export function renderHeader(s: ViewState): void {
  const v = viewOf(s);
  if (!v) return;
  ui.title.textContent = v.title;
  ui.errors.hidden = !v.errors.length;
  ui.errors.replaceChildren();
  if (v.errors.length) {
    const h = document.createElement('strong');
    h.textContent = s.strings.errors;
    const ul = document.createElement('ul');
    for (const m of v.errors.slice(0, 20)) {
      const li = document.createElement('li');
      li.textContent = m;
      ul.append(li);
    }
    ui.errors.append(h, ul);
  }
  ui.stepErrors.hidden = !v.invalid.length;
  ui.stepErrors.textContent = v.invalid.length ? fmt(s.strings.invalidSteps, v.invalid.join(' ')) : '';
}

export function renderScenarios(s: ViewState): void {
  const v = viewOf(s);
  if (!v) return;
  const opts: HTMLOptionElement[] = [new Option(s.strings.customSteps, '')];
  for (const n of v.scenarios) opts.push(new Option(n, n));
  ui.scenario.replaceChildren(...opts);
  ui.scenario.value = v.scenario;
}

export function renderTargets(s: ViewState): void {
  const v = viewOf(s);
  if (!v) return;
  const keepNode = ui.nodeSelect.value;
  const keepPlace = ui.placeSelect.value;
  const nodeOpts: HTMLOptionElement[] = [];
  for (const n of v.nodes) {
    nodeOpts.push(new Option(n.instances > 1 ? `${n.name} (${fmt(s.strings.allInstances, n.instances)})` : n.name, n.name));
    // Single instances for the first ten: enough to try "lose one of four".
    if (n.instances > 1) for (let i = 1; i <= Math.min(n.instances, 10); i++) nodeOpts.push(new Option(`${n.name}#${i}`, `${n.name}#${i}`));
  }
  ui.nodeSelect.replaceChildren(...nodeOpts);
  if ([...ui.nodeSelect.options].some((o) => o.value === keepNode)) ui.nodeSelect.value = keepNode;

  const groups: HTMLOptGroupElement[] = [];
  const group = (label: string, values: string[]): void => {
    if (!values.length) return;
    const g = document.createElement('optgroup');
    g.label = label;
    for (const x of values) g.append(new Option(x, x));
    groups.push(g);
  };
  group(s.strings.zones, v.zones.map((zone) => targetText({ type: 'zone', zone })));
  group(s.strings.regions, v.regions.map((region) => targetText({ type: 'region', region })));
  ui.placeSelect.replaceChildren(...groups);
  ui.placeField.hidden = !groups.length;
  if ([...ui.placeSelect.options].some((o) => o.value === keepPlace)) ui.placeSelect.value = keepPlace;
}

// ── the diagram ──

export async function renderDiagram(s: ViewState, text: string, theme: 'light' | 'dark'): Promise<void> {
  const seq = ++s.renderSeq;
  try {
    const svg = await renderMermaid(text, theme, 'infra-notes-sim');
    if (seq !== s.renderSeq) return;
    // mermaid's output (securityLevel 'strict', labels escaped by the core): not the note's text.
    ui.stage.innerHTML = svg;
    // Room above the top row for the nodes' state badges.
    const el = ui.stage.querySelector('svg');
    const vb = el?.viewBox.baseVal;
    if (el && vb && vb.height > 0) el.setAttribute('viewBox', `${vb.x} ${vb.y - BADGE_ROOM} ${vb.width} ${vb.height + BADGE_ROOM}`);
    if (el) el.dataset['fitMaxWidth'] = el.style.maxWidth;
    decorateNodes(s);
    applyZoom(s);
  } catch (e) {
    if (seq !== s.renderSeq) return;
    const p = document.createElement('div');
    p.className = 'render-error';
    p.textContent = `${s.strings.renderFailed} ${errorText(e)}`;
    ui.stage.replaceChildren(p);
  }
}

/** Makes every failable node a keyboard-reachable button with a text badge. */
/** A request class's name as the table shows it: the classes the tool names itself (a router's default, reads, writes) in the reader's words. */
function classLabel(name: string, str: SimulationStrings): string {
  return name.replace(/ \(default\)$/, ` ${str.defaultClass}`).replace(/ reads$/, ` ${str.readsClass}`).replace(/ writes$/, ` ${str.writesClass}`);
}

function decorateNodes(s: ViewState): void {
  const v = viewOf(s);
  if (!v || !s.shown) return;
  const failable = new Set(v.nodes.map((n) => n.name));
  for (const g of ui.stage.querySelectorAll<SVGGElement>('g.node')) {
    const id = MERMAID_NODE_DOM_ID.exec(g.id)?.[1];
    const name = id ? s.shown.names.get(id) : undefined;
    if (!name) continue;
    g.dataset['name'] = name;
    if (!failable.has(name)) continue;
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.classList.add('clickable');
    const box = g.getBBox();
    const badge = document.createElementNS(NS, 'g');
    badge.setAttribute('class', 'sim-badge');
    badge.setAttribute('aria-hidden', 'true');
    const rect = document.createElementNS(NS, 'rect');
    const text = document.createElementNS(NS, 'text');
    text.setAttribute('x', String(box.x + box.width));
    text.setAttribute('y', String(box.y - 4));
    text.setAttribute('text-anchor', 'end');
    badge.append(rect, text);
    badge.style.display = 'none';
    g.append(badge);
  }
}

/** Zoom limits of the diagram (scale of the drawing's own size). */
const ZOOM_MIN = 0.25;
const ZOOM_MAX = 4;

/** The drawing's scale on screen now (its width shown over its own width). */
export function currentScale(): number {
  const svg = ui.stage.querySelector('svg');
  const w = svg?.viewBox.baseVal.width ?? 0;
  return svg && w > 0 ? svg.getBoundingClientRect().width / w : 1;
}

/** Sets the zoom (0: fit the panel's width) and redraws the badges at a size that stays readable. */
export function setZoom(s: ViewState, zoom: number): void {
  s.zoom = zoom <= 0 ? 0 : Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, zoom));
  applyZoom(s);
}

/**
 * The diagram at the zoom in the state: its own size times the zoom (the
 * panel scrolls), or fitted to the panel's width. State badges are text in the
 * drawing: scaled down with it they become unreadable, so their size is set to
 * read at least 11 px on screen.
 */
export function applyZoom(s: ViewState): void {
  const svg = ui.stage.querySelector('svg');
  const vb = svg?.viewBox.baseVal;
  if (!svg || !vb || !(vb.width > 0)) return;
  if (s.zoom > 0) {
    svg.style.maxWidth = 'none';
    svg.style.width = `${Math.round(vb.width * s.zoom)}px`;
  } else {
    svg.style.maxWidth = svg.dataset['fitMaxWidth'] ?? '';
    svg.style.width = '';
  }
  document.body.dataset['zoom'] = s.zoom ? s.zoom.toFixed(2) : 'fit';
  const scale = currentScale();
  svg.style.setProperty('--sim-badge-size', `${(11 / Math.max(0.5, Math.min(1, scale))).toFixed(2)}px`);
  for (const badge of ui.stage.querySelectorAll<SVGGElement>('g.sim-badge')) layoutBadge(badge);
  ui.zoomOut.disabled = s.zoom > 0 && s.zoom <= ZOOM_MIN;
  ui.zoomIn.disabled = s.zoom >= ZOOM_MAX;
}

/** Fits a badge's box around its text. */
function layoutBadge(badge: SVGGElement): void {
  const tx = badge.querySelector('text');
  const rect = badge.querySelector('rect');
  if (!tx || !rect || !tx.textContent) return;
  const b = tx.getBBox();
  rect.setAttribute('x', String(b.x - 4));
  rect.setAttribute('y', String(b.y - 1));
  rect.setAttribute('width', String(b.width + 8));
  rect.setAttribute('height', String(b.height + 2));
  rect.setAttribute('rx', '3');
}

/** Colours and badges the nodes and edges with what the engine says every instance is doing at the cursor. */
export function paintDiagram(s: ViewState): void {
  const v = viewOf(s);
  if (!v || !s.shown) return;
  const st = stateAt(v.result.states, s.t);
  const byName = new Map((st?.nodes ?? []).map((n) => [n.node, n]));
  for (const g of ui.stage.querySelectorAll<SVGGElement>('g.node[data-name]')) {
    const name = g.dataset['name']!;
    const ns = byName.get(name);
    if (!ns) continue;
    const { down: d, total, byStep } = nodeDown(ns);
    const down = total > 0 && d >= total;
    const partial = !down && d > 0;
    const serving = ns.servingFor !== null;
    g.classList.toggle('sim-down', down);
    g.classList.toggle('sim-partial', partial);
    g.classList.toggle('sim-serving', serving);
    const text = down ? s.strings.badgeDown : partial ? fmt(s.strings.badgePartial, d, total) : serving ? s.strings.badgeServing : '';
    const badge = g.querySelector<SVGGElement>(':scope > g.sim-badge');
    if (badge) {
      const tx = badge.querySelector('text')!;
      const rect = badge.querySelector('rect')!;
      if (tx.textContent !== text) {
        tx.textContent = text;
        badge.style.display = text ? '' : 'none';
        if (text) layoutBadge(badge);
        else rect.removeAttribute('width');
      }
    }
    if (g.getAttribute('role') === 'button') {
      const action = fmt(byStep ? s.strings.recover : s.strings.fail, name);
      g.setAttribute('aria-label', text ? `${name}: ${text}. ${action}` : action);
    }
  }
  // Request edges into a node that is fully down are broken; rerouted when the node serving for it is up.
  const byId = new Map<string, { down: boolean; served: boolean }>();
  for (const ns of byName.values()) {
    const { down: d, total } = nodeDown(ns);
    const id = s.shown.ids.get(ns.node);
    if (id) byId.set(id, { down: total > 0 && d >= total, served: ns.servedBy !== null });
  }
  for (const p of ui.stage.querySelectorAll<SVGPathElement>('path[id*="L"]')) {
    const mm = EDGE_DOM_ID.exec(p.id);
    if (!mm) continue;
    const to = byId.get(mm[2]!);
    const from = byId.get(mm[1]!);
    const broken = !!to && to.down && !to.served;
    p.classList.toggle('sim-broken', broken || (!!from && from.down && !from.served));
    p.classList.toggle('sim-rerouted', !broken && !!to?.served);
  }
  renderToggles(s);
}

/** The fail/recover buttons next to the node and place choices. */
export function renderToggles(s: ViewState): void {
  const v = viewOf(s);
  const st = v ? stateAt(v.result.states, s.t) : null;
  const set = (btn: HTMLButtonElement, select: HTMLSelectElement): void => {
    const target = parseTarget(select.value);
    btn.disabled = !target || !v;
    if (!target) {
      btn.textContent = fmt(s.strings.fail, '');
      return;
    }
    const down = targetIsDown(st, target);
    btn.textContent = fmt(down ? s.strings.recover : s.strings.fail, targetText(target));
    btn.dataset['action'] = down ? 'recover' : 'fail';
  };
  set(ui.nodeToggle, ui.nodeSelect);
  set(ui.placeToggle, ui.placeSelect);
}

// ── the run: steps, timeline, charts, result card ──

export function renderSteps(s: ViewState): void {
  const steps = viewOf(s)?.steps ?? [];
  const items: HTMLLIElement[] = [];
  for (const st of steps) {
    const li = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = stepText(st);
    li.append(code);
    items.push(li);
  }
  if (!items.length) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = s.strings.noSteps;
    items.push(li);
  }
  ui.steps.replaceChildren(...items);
  ui.clearSteps.disabled = !steps.length;
  // A scenario's steps are already in the note; the user's own can be written there.
  ui.copyScenario.disabled = !steps.length || (viewOf(s)?.scenario ?? '') !== '';
  // A run with nothing in it has no animation.
  ui.exportAnimation.disabled = !steps.length;
  ui.stepNotice.hidden = !s.stepNotice;
  ui.stepNotice.textContent = s.stepNotice;
}

export function renderEvents(s: ViewState, onPick: (at: number) => void): void {
  s.eventItems = [];
  const items: HTMLLIElement[] = [];
  for (const ev of viewOf(s)?.result.events ?? []) {
    const li = document.createElement('li');
    li.className = `event ev-${ev.type.replace(/[^a-z-]/g, '')}`;
    const mark = document.createElement('span');
    mark.className = 'mark';
    mark.setAttribute('aria-hidden', 'true');
    const at = document.createElement('button');
    at.type = 'button';
    at.className = 'at';
    at.textContent = dur(s, ev.at);
    at.addEventListener('click', () => onPick(ev.at));
    const type = document.createElement('code');
    type.className = 'type';
    type.textContent = eventLabel(ev.type, s.locale);
    const text = document.createElement('span');
    text.className = 'message';
    for (const p of inlineParts(ev.message[s.locale])) {
      if (!p.code) text.append(p.text);
      else {
        const c = document.createElement('code');
        c.textContent = p.text;
        text.append(c);
      }
    }
    li.append(mark, at, ' ', type, ' ', text);
    items.push(li);
    s.eventItems.push({ at: ev.at, li });
  }
  if (!items.length) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = s.strings.noEvents;
    items.push(li);
  }
  ui.events.replaceChildren(...items);
}

/** Marks the events at or before the cursor as past. */
export function renderEventMarks(s: ViewState): void {
  let last: HTMLLIElement | null = null;
  for (const { at, li } of s.eventItems) {
    const done = at <= s.t + 1e-9;
    li.classList.toggle('past', done);
    li.removeAttribute('aria-current');
    const mark = li.querySelector('.mark');
    if (mark) mark.textContent = done ? '✓' : '·';
    if (done) last = li;
  }
  last?.setAttribute('aria-current', 'step');
}

export function lastEventAt(s: ViewState): number {
  const ev = viewOf(s)?.result.events ?? [];
  return ev.length ? ev[ev.length - 1]!.at : 0;
}

/**
 * The range the charts show: by default the outage with some context (a 33 s
 * outage is not a hairline on an hour's axis); the whole run one click away.
 * With no outage: the story so far (events, cursor), growing as the cursor moves.
 */
export function chartRangeOf(s: ViewState): ChartRange {
  const r = viewOf(s)?.result;
  if (!r) return { from: 0, to: 0 };
  if (s.chartMode === 'whole') return { from: 0, to: r.horizon };
  return outageRange(r.entries, r.horizon) ?? { from: 0, to: chartSpan(lastEventAt(s), s.t, r.horizon) };
}

export const sameRange = (a: ChartRange, b: ChartRange): boolean => a.from === b.from && a.to === b.to;

/** The range line above the charts and its button (whole run / back to the outage). */
function renderChartRange(s: ViewState): void {
  const r = viewOf(s)?.result;
  if (!r) return;
  const range = s.chartRange;
  ui.chartRangeText.textContent = fmt(s.strings.chartRange, dur(s, range.from), dur(s, range.to));
  const whole = range.from === 0 && range.to >= r.horizon;
  const outage = outageRange(r.entries, r.horizon);
  if (!whole) {
    ui.chartToggle.hidden = false;
    ui.chartToggle.textContent = fmt(s.strings.chartWhole, dur(s, r.horizon));
    ui.chartToggle.dataset['action'] = 'whole';
  } else if (outage && !sameRange(outage, range)) {
    ui.chartToggle.hidden = false;
    ui.chartToggle.textContent = s.strings.chartOutage;
    ui.chartToggle.dataset['action'] = 'outage';
  } else ui.chartToggle.hidden = true;
}

/** The charts, redrawn when `force` or when the range they need changed. */
export function renderCharts(s: ViewState, force: boolean): void {
  const v = viewOf(s);
  if (!v) return;
  const r = v.result;
  const span = chartRangeOf(s);
  if (!force && sameRange(span, s.chartRange)) return;
  s.chartRange = span;
  renderChartRange(s);
  s.charts = [];
  const blocks: HTMLElement[] = [];
  for (const e of r.entries) {
    const fig = document.createElement('figure');
    fig.className = 'entry-chart';
    fig.dataset['entry'] = e.entry;
    const cap = document.createElement('figcaption');
    const value = document.createElement('span');
    value.className = 'value';
    cap.append(value);
    const summary = e.points.map((p) => `${formatShare(p.success)} ${dur(s, p.at)}`).join(', ');
    const chart = drawChart(e, span, `${e.entry}: ${summary}`, s.locale);
    fig.append(chart.svg, cap);
    blocks.push(fig);
    s.charts.push({ entry: e.entry, chart, value });
  }
  ui.charts.replaceChildren(...blocks);
  renderChartValues(s);
}

/** The charts' cursor lines and their "share at time" captions. */
export function renderChartValues(s: ViewState): void {
  const v = viewOf(s);
  if (!v) return;
  for (const c of s.charts) {
    c.chart.setCursor(s.t);
    const series = v.result.entries.find((e) => e.entry === c.entry);
    if (series) c.value.textContent = fmt(s.strings.successAt, c.entry, formatShare(successAt(series.points, s.t)), dur(s, whole(s.t)));
  }
}

function cell(tag: 'td' | 'th', text: string, field?: string): HTMLTableCellElement {
  const c = document.createElement(tag);
  c.textContent = text;
  if (field) c.dataset['field'] = field;
  return c;
}

/** A table's head: one row of column headers. */
function headRow(labels: string[]): HTMLTableSectionElement {
  const row = document.createElement('tr');
  for (const h of labels) {
    const th = cell('th', h);
    th.scope = 'col';
    row.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(row);
  return thead;
}

export function renderCard(s: ViewState): void {
  const v = viewOf(s);
  if (!v) return;
  const r = v.result;
  const str = s.strings;
  const parts: HTMLElement[] = [];

  const table = document.createElement('table');
  const thead = headRow([str.entry, str.down, str.degraded, str.recoveredAfter, str.runAvailability]);
  const tbody = document.createElement('tbody');
  for (const e of r.entries) {
    const tr = document.createElement('tr');
    tr.dataset['entry'] = e.entry;
    const th = cell('th', e.entry);
    th.scope = 'row';
    tr.append(
      th,
      cell('td', dur(s, e.downSeconds), 'down'),
      cell('td', dur(s, e.degradedSeconds), 'degraded'),
      cell('td', e.recoverySeconds === null ? str.notRecovered : dur(s, e.recoverySeconds), 'recovered'),
      // This run's own figure, floored with its nines kept (2 decimals at least: 33 s in 1 h is 99.08%, not 99%).
      cell('td', formatNines(v.runAvailability.find((x) => x.entry === e.entry)?.value ?? 1, 2), 'availability'),
    );
    tbody.append(tr);
  }
  table.append(thead, tbody);
  parts.push(table);

  // The routes and request classes (reads, writes) that lost requests: which requests failed, not only how many.
  const hit = classesThatLost(r.classes);
  if (hit.length) {
    const ct = document.createElement('table');
    ct.className = 'classes';
    const caption = document.createElement('caption');
    caption.textContent = str.requestClasses;
    const cthead = headRow([str.entry, str.requests, str.share, str.allFailing]);
    const cbody = document.createElement('tbody');
    for (const c of hit) {
      const tr = document.createElement('tr');
      tr.dataset['class'] = c.name;
      const th = cell('th', c.entry);
      th.scope = 'row';
      tr.append(th, cell('td', s.locale === 'ko' ? requestClassLabelKo(c.name, c.entry) : classLabel(c.name, str), 'class'), cell('td', fmt(str.shareOf, formatShare(c.share), c.name.split(' ')[0]!), 'share'), cell('td', dur(s, c.downSeconds), 'down'));
      cbody.append(tr);
    }
    ct.append(caption, cthead, cbody);
    parts.push(ct);
  }

  const dl = document.createElement('dl');
  const pair = (label: string, value: string, id: string): void => {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.id = id;
    dd.textContent = value;
    dl.append(dt, dd);
  };
  pair(str.writesLost, r.unmirrored ? fmt(str.unmirrored, dur(s, r.writesLostSeconds), r.unmirrored) : dur(s, r.writesLostSeconds), 'writes-lost');
  pair(str.sessionsLost, formatEventShare(r.sessionsLost), 'sessions-lost');
  // The design's figure over a year of failures and repairs, labelled as such: never this run's.
  pair(str.longRun, r.goal.availability ? formatAgainstGoal(v.longRunAvailability, r.goal.availability.target, r.goal.availability.met) : formatNines(v.longRunAvailability), 'long-run');
  parts.push(dl);

  const h = document.createElement('h3');
  h.textContent = str.goal;
  parts.push(h);
  const ul = document.createElement('ul');
  ul.className = 'goal';
  const g = r.goal;
  const goal = (key: string, label: string, line: string, met: boolean, tested = true, judged = true, why?: string): void => {
    const li = document.createElement('li');
    li.dataset['goal'] = key;
    li.dataset['met'] = !tested ? 'untested' : !judged ? 'not-judged' : String(met);
    li.className = !tested || !judged ? 'untested' : met ? 'met' : 'missed';
    const mark = document.createElement('span');
    mark.className = 'mark';
    // Nothing failed inside the run: no ✓ for a goal nothing tested (nor ✗ for one the figures cannot judge).
    mark.textContent = !tested || !judged ? '—' : met ? '✓' : '✗';
    mark.setAttribute('aria-hidden', 'true');
    const name = document.createElement('strong');
    name.textContent = label;
    const verdict = document.createElement('span');
    verdict.className = 'verdict';
    verdict.textContent = !tested ? str.notTested : !judged ? (why ?? str.notJudged) : met ? str.met : str.missed;
    li.append(mark, ' ', name, `: ${line} — `, verdict);
    ul.append(li);
  };
  const goalDur = (target: number, est: string): string => fmt(str.goalLine, dur(s, target), est);
  // Floored, like every other surface: a 99.995% goal reads 99.995%, never 100%. The availability goal is judged on the long-run estimate, and says so.
  if (g.availability) goal('availability', str.availability, fmt(str.goalLineLongRun, formatPercent(g.availability.target), (g.availability.estimate === null ? '-' : formatAgainstGoal(g.availability.estimate, g.availability.target, g.availability.met)) + (g.availability.site !== undefined ? fmt(str.siteNotCounted, g.availability.site) : g.availability.places ? str.placesNotCounted : '')), g.availability.met, true, g.availability.undecided === undefined);
  if (g.rto) goal('rto', 'RTO', g.rto.tested === false ? fmt(str.goalLine, dur(s, g.rto.target), '—') : goalDur(g.rto.target, g.rto.estimate === null ? str.notRecovered : dur(s, g.rto.estimate)), g.rto.met, g.rto.tested !== false);
  if (g.rpo) goal('rpo', 'RPO', g.rpo.tested === false ? fmt(str.goalLine, dur(s, g.rpo.target), '—') : goalDur(g.rpo.target, dur(s, g.rpo.estimate ?? 0)), g.rpo.met, g.rpo.tested !== false, g.rpo.undecided === undefined, g.rpo.undecided === 'mirror' ? str.notJudgedMirror : undefined);
  if (ul.children.length) parts.push(ul);
  else {
    const p = document.createElement('p');
    p.textContent = str.noGoal;
    parts.push(p);
  }
  ui.card.replaceChildren(...parts);
}

/** The static labels in the page's HTML, in the current language. */
export function renderStrings(s: ViewState): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const x = s.strings[el.dataset['text'] as keyof typeof s.strings];
    if (x) el.textContent = x;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-title]')) {
    const x = s.strings[el.dataset['title'] as keyof typeof s.strings];
    if (x) el.title = x;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const x = s.strings[el.dataset['label'] as keyof typeof s.strings];
    if (!x) continue;
    el.setAttribute('aria-label', x);
    if (el.tagName === 'BUTTON') el.title = x;
  }
  if (!ui.empty.hidden) ui.empty.textContent = s.strings.noDesign;
}

export function renderPlayButton(s: ViewState): void {
  const label = s.playing ? s.strings.pause : s.strings.play;
  ui.play.textContent = s.playing ? '❚❚' : '▶';
  ui.play.setAttribute('aria-label', label);
  ui.play.title = label;
  ui.play.setAttribute('aria-pressed', String(s.playing));
}

export function renderEmpty(s: ViewState): void {
  ui.layout.hidden = true;
  ui.errors.hidden = true;
  ui.title.textContent = '';
  ui.stage.replaceChildren();
  ui.empty.textContent = s.strings.noDesign;
  ui.empty.hidden = false;
}
