/**
 * The simulation panel's webview app (bundled as an IIFE with mermaid and the
 * pure core). The extension sends the design's source lines; this page parses
 * and simulates them with the same functions as the CLI, so every click is
 * answered here, at once, with the CLI's numbers. The result is computed up
 * front; the player only moves a cursor over it.
 *
 * A note is untrusted input: its names and labels only ever reach the page as
 * textContent, attribute values or mermaid's escaped labels.
 */
import { buildModel, type Design, durationIn, eventLabel, MERMAID_NODE_DOM_ID, parseDesign, scenarioSteps, type SimResult, type SimStep, type SimTarget, simulate, toMermaidDiagram, validateTargets } from '../../server/src/core';
import {
  isExtensionToSimulation,
  type SimulationDesignMessage,
  type SimulationStrings,
  type SimulationToExtension,
  type UiLocale,
} from '../messages';
import { errorText, renderMermaid, themeOfBody } from '../preview/render';
import { chartSpan, drawChart, type Chart } from './chart';
import { parseTarget, snapshotAt, stepText, successAt, targetIsDown, targetText, type Snapshot } from './state';
import { fmt, SIMULATION_STRINGS_EN } from './strings';

interface SavedState {
  key: string;
  steps: SimStep[];
  scenario: string;
  t: number;
}
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const post = (m: SimulationToExtension): void => api.postMessage(m);

let strings: SimulationStrings = { ...SIMULATION_STRINGS_EN };
let locale: UiLocale = document.documentElement.lang === 'ko' ? 'ko' : 'en';
/** A duration in the panel's language: `1m 30s` / `1분 30초`. */
const dur = (s: number): string => durationIn(locale, s);

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const ui = {
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
  steps: $<HTMLOListElement>('steps'),
  clearSteps: $<HTMLButtonElement>('clear-steps'),
  events: $<HTMLOListElement>('events'),
  announce: $<HTMLDivElement>('announce'),
};

const NS = 'http://www.w3.org/2000/svg';
/** SVG units added above the drawing for the nodes' state badges. */
const BADGE_ROOM = 16;

// ── the model of the page ──
interface Current {
  msg: SimulationDesignMessage;
  key: string;
  design: Design;
  /** Node name → mermaid id, and back. */
  ids: Map<string, string>;
  names: Map<string, string>;
  /** The theme and mermaid text last drawn. */
  mermaid: string;
}
let cur: Current | null = null;
let steps: SimStep[] = [];
/** The selected scenario's name, or '' for the user's own steps. */
let scenario = '';
let result: SimResult | null = null;
let snap: Snapshot | null = null;
let t = 0;
let playing = false;
let renderSeq = 0;
let charts: { entry: string; chart: Chart; value: HTMLElement }[] = [];
let eventItems: { at: number; li: HTMLLIElement }[] = [];
let chartSpanNow = 0;

const pct = (x: number): string => `${Math.round(x * 10000) / 100}%`;
const whole = (x: number): number => Math.floor(x + 1e-9);

function save(): void {
  if (!cur) return;
  const s: SavedState = { key: cur.key, steps, scenario, t: whole(t) };
  api.setState(s);
}

function saved(key: string): SavedState | null {
  const s = api.getState() as Partial<SavedState> | undefined;
  return s && s.key === key && Array.isArray(s.steps) && typeof s.scenario === 'string' && typeof s.t === 'number' ? (s as SavedState) : null;
}

// ── simulation ──
function rerun(): void {
  if (!cur) return;
  result = simulate(cur.design, steps);
  const msgs = validateTargets(cur.design, steps).map((m) => m[locale]);
  ui.stepErrors.hidden = !msgs.length;
  ui.stepErrors.textContent = msgs.length ? fmt(strings.invalidSteps, msgs.join(' ')) : '';
  ui.time.max = String(result.horizon);
  t = Math.min(t, result.horizon);
  renderSteps();
  renderCard();
  renderEvents();
  renderCharts(true);
  moveCursor(t, true);
  save();
}

function addStep(step: SimStep): void {
  steps = [...steps, step];
  if (scenario) {
    scenario = '';
    ui.scenario.value = '';
  }
  rerun();
  announce(fmt(strings.stepAdded, stepText(step)));
}

/** Fails the target at the cursor, or recovers it when the steps have it down. */
function toggle(target: SimTarget): void {
  if (!cur || !snap) return;
  const at = whole(t);
  const type = targetIsDown(snap, target) ? 'recover' : 'fail';
  addStep({ type, target, at });
}

function announce(text: string): void {
  ui.announce.textContent = '';
  // A fresh text node each time so screen readers repeat equal messages.
  requestAnimationFrame(() => (ui.announce.textContent = text));
}

// ── the design ──
async function showDesign(msg: SimulationDesignMessage): Promise<void> {
  const key = `${msg.uri}#${msg.designIndex}`;
  const design = parseDesign({ title: msg.title, titleStart: 0, titleEnd: 0, closed: msg.closed, lines: msg.lines });
  const theme = themeOfBody();
  const { text, ids } = toMermaidDiagram(design, [], { locale, legend: false, theme });
  const names = new Map([...ids].map(([n, id]) => [id, n]));
  const sameDesign = cur?.key === key;
  // The panel resends the design when VS Code's theme changes: redraw in the new colours.
  const drawn = `${theme}\n${text}`;
  const redraw = !sameDesign || cur?.mermaid !== drawn;
  cur = { msg, key, design, ids, names, mermaid: drawn };

  ui.empty.hidden = true;
  ui.layout.hidden = false;
  ui.title.textContent = msg.title;
  const errs = design.findings.filter((f) => f.severity === 'error');
  ui.errors.hidden = !errs.length;
  ui.errors.replaceChildren();
  if (errs.length) {
    const h = document.createElement('strong');
    h.textContent = strings.errors;
    const ul = document.createElement('ul');
    for (const f of errs.slice(0, 20)) {
      const li = document.createElement('li');
      li.textContent = f.message[locale];
      ul.append(li);
    }
    ui.errors.append(h, ul);
  }

  // Which steps: the requested scenario, the state kept while hidden, or the current ones.
  const names2 = design.scenarios.map((s) => s.name);
  const restore = !sameDesign ? saved(key) : null;
  if (msg.scenario !== null && names2.includes(msg.scenario)) {
    scenario = msg.scenario;
    t = 0;
  } else if (restore) {
    steps = restore.steps;
    scenario = names2.includes(restore.scenario) ? restore.scenario : '';
    t = restore.t;
  } else if (!sameDesign) {
    scenario = '';
    steps = [];
    t = 0;
  } else if (scenario && !names2.includes(scenario)) {
    scenario = '';
  }
  if (scenario) steps = scenarioSteps(design.scenarios.find((s) => s.name === scenario)!);
  fillScenarios(names2);
  fillTargets(design);

  if (redraw) await drawDiagram(text, theme);
  rerun();
  document.body.dataset['state'] = 'ready';
}

function fillScenarios(list: string[]): void {
  const opts: HTMLOptionElement[] = [new Option(strings.customSteps, '')];
  for (const n of list) opts.push(new Option(n, n));
  ui.scenario.replaceChildren(...opts);
  ui.scenario.value = scenario;
}

function fillTargets(design: Design): void {
  const m = buildModel(design);
  const keepNode = ui.nodeSelect.value;
  const keepPlace = ui.placeSelect.value;
  const nodeOpts: HTMLOptionElement[] = [];
  for (const s of m.nodes) {
    if (s.client) continue;
    nodeOpts.push(new Option(s.instances > 1 ? `${s.name} (${fmt(strings.allInstances, s.instances)})` : s.name, s.name));
    // Single instances for the first ten: enough to try "lose one of four".
    if (s.instances > 1) for (let i = 1; i <= Math.min(s.instances, 10); i++) nodeOpts.push(new Option(`${s.name}#${i}`, `${s.name}#${i}`));
  }
  ui.nodeSelect.replaceChildren(...nodeOpts);
  if ([...ui.nodeSelect.options].some((o) => o.value === keepNode)) ui.nodeSelect.value = keepNode;

  const groups: HTMLOptGroupElement[] = [];
  const group = (label: string, values: string[]): void => {
    if (!values.length) return;
    const g = document.createElement('optgroup');
    g.label = label;
    for (const v of values) g.append(new Option(v, v));
    groups.push(g);
  };
  group(strings.zones, [...design.zones.keys()].map((z) => `zone:${z}`));
  group(strings.regions, [...design.regions.keys()].map((r) => `region:${r}`));
  ui.placeSelect.replaceChildren(...groups);
  ui.placeField.hidden = !groups.length;
  if ([...ui.placeSelect.options].some((o) => o.value === keepPlace)) ui.placeSelect.value = keepPlace;
}

async function drawDiagram(text: string, theme: 'light' | 'dark'): Promise<void> {
  const seq = ++renderSeq;
  try {
    const svg = await renderMermaid(text, theme, 'infra-notes-sim');
    if (seq !== renderSeq) return;
    // mermaid's output (securityLevel 'strict', labels escaped by the core): not the note's text.
    ui.stage.innerHTML = svg;
    // Room above the top row for the nodes' state badges.
    const el = ui.stage.querySelector('svg');
    const vb = el?.viewBox.baseVal;
    if (el && vb && vb.height > 0) el.setAttribute('viewBox', `${vb.x} ${vb.y - BADGE_ROOM} ${vb.width} ${vb.height + BADGE_ROOM}`);
    decorateNodes();
  } catch (e) {
    if (seq !== renderSeq) return;
    const p = document.createElement('div');
    p.className = 'render-error';
    p.textContent = `${strings.renderFailed} ${errorText(e)}`;
    ui.stage.replaceChildren(p);
  }
}


/** Makes every failable node a keyboard-reachable button with a text badge. */
function decorateNodes(): void {
  if (!cur) return;
  const m = buildModel(cur.design);
  for (const g of ui.stage.querySelectorAll<SVGGElement>('g.node')) {
    const id = MERMAID_NODE_DOM_ID.exec(g.id)?.[1];
    const name = id ? cur.names.get(id) : undefined;
    if (!name) continue;
    g.dataset['name'] = name;
    const idx = m.byName.get(name);
    if (idx === undefined || m.nodes[idx]!.client) continue;
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

function nodeGroups(): Map<string, SVGGElement> {
  const out = new Map<string, SVGGElement>();
  for (const g of ui.stage.querySelectorAll<SVGGElement>('g.node[data-name]')) out.set(g.dataset['name']!, g);
  return out;
}

/** mermaid's id of an edge path: `…L_n0_n1_0` (older versions: `L-n0-n1-0`). */
const EDGE_DOM_ID = /(?:^|[-_])L[-_](n\d+)[-_](n\d+)[-_]\d+$/;

function paint(): void {
  if (!cur || !snap) return;
  const groups = nodeGroups();
  for (const [name, g] of groups) {
    const st = snap.nodes.get(name);
    if (!st) continue;
    const down = st.down >= st.instances && st.instances > 0;
    const partial = !down && st.down > 0;
    g.classList.toggle('sim-down', down);
    g.classList.toggle('sim-partial', partial);
    g.classList.toggle('sim-serving', st.serving);
    const text = down ? strings.badgeDown : partial ? fmt(strings.badgePartial, st.down, st.instances) : st.serving ? strings.badgeServing : '';
    const badge = g.querySelector<SVGGElement>(':scope > g.sim-badge');
    if (badge) {
      const tx = badge.querySelector('text')!;
      const rect = badge.querySelector('rect')!;
      if (tx.textContent !== text) {
        tx.textContent = text;
        badge.style.display = text ? '' : 'none';
        if (text) {
          const b = tx.getBBox();
          rect.setAttribute('x', String(b.x - 4));
          rect.setAttribute('y', String(b.y - 1));
          rect.setAttribute('width', String(b.width + 8));
          rect.setAttribute('height', String(b.height + 2));
          rect.setAttribute('rx', '3');
        }
      }
    }
    if (g.getAttribute('role') === 'button') {
      const action = fmt(st.downByNodeStep > 0 ? strings.recover : strings.fail, name);
      g.setAttribute('aria-label', text ? `${name}: ${text}. ${action}` : action);
    }
  }
  // Request edges into a node that is fully down are broken; rerouted when its standby serves.
  const byId = new Map<string, { down: boolean; served: boolean }>();
  const m = buildModel(cur.design);
  for (const s of m.nodes) {
    const st = snap.nodes.get(s.name)!;
    const down = st.instances > 0 && st.down >= st.instances;
    const served = down && m.nodes.some((o) => o.standsFor === s.idx && snap!.nodes.get(o.name)?.serving);
    byId.set(cur.ids.get(s.name)!, { down, served });
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
  updateToggles();
}

function updateToggles(): void {
  const set = (btn: HTMLButtonElement, select: HTMLSelectElement): void => {
    const target = parseTarget(select.value);
    btn.disabled = !target || !snap;
    if (!target) {
      btn.textContent = fmt(strings.fail, '');
      return;
    }
    const down = snap ? targetIsDown(snap, target) : false;
    btn.textContent = fmt(down ? strings.recover : strings.fail, targetText(target));
    btn.dataset['action'] = down ? 'recover' : 'fail';
  };
  set(ui.nodeToggle, ui.nodeSelect);
  set(ui.placeToggle, ui.placeSelect);
}

// ── player ──
function lastEventAt(): number {
  const ev = result?.events ?? [];
  return ev.length ? ev[ev.length - 1]!.at : 0;
}

/** Events at or before the cursor when the picture was last painted: the picture only changes at events. */
let paintedPast = -1;

function moveCursor(to: number, force = false): void {
  if (!cur || !result) return;
  const nt = Math.max(0, Math.min(result.horizon, to));
  const changedSecond = whole(nt) !== whole(t);
  t = nt;
  let past = 0;
  while (past < result.events.length && result.events[past]!.at <= t + 1e-9) past++;
  const changedPicture = force || past !== paintedPast;
  paintedPast = past;
  ui.time.value = String(whole(t));
  ui.timeNow.textContent = fmt(strings.timeNow, dur(whole(t)));
  const span = chartSpan(lastEventAt(), t, result.horizon);
  if (span !== chartSpanNow) renderCharts(false);
  for (const c of charts) c.chart.setCursor(t);
  if (changedSecond || changedPicture) {
    for (const c of charts) {
      const series = result.entries.find((e) => e.entry === c.entry);
      if (series) c.value.textContent = fmt(strings.successAt, c.entry, pct(successAt(series.points, t)), dur(whole(t)));
    }
    if (!playing) save();
  }
  if (changedPicture) {
    snap = snapshotAt(cur.design, steps, result, t);
    paint();
    let last: HTMLLIElement | null = null;
    for (const { at, li } of eventItems) {
      const done = at <= t + 1e-9;
      li.classList.toggle('past', done);
      li.removeAttribute('aria-current');
      const mark = li.querySelector('.mark');
      if (mark) mark.textContent = done ? '✓' : '·';
      if (done) last = li;
    }
    last?.setAttribute('aria-current', 'step');
  }
}

let lastFrame = 0;
function frame(now: number): void {
  if (!playing || !result) return;
  const dt = Math.min(0.25, (now - lastFrame) / 1000);
  lastFrame = now;
  const next = t + dt * Number(ui.speed.value);
  if (next >= result.horizon) {
    moveCursor(result.horizon);
    setPlaying(false);
    return;
  }
  moveCursor(next);
  requestAnimationFrame(frame);
}

function setPlaying(on: boolean): void {
  playing = on && !!result;
  const label = playing ? strings.pause : strings.play;
  ui.play.textContent = playing ? '❚❚' : '▶';
  ui.play.setAttribute('aria-label', label);
  ui.play.title = label;
  ui.play.setAttribute('aria-pressed', String(playing));
  if (playing) {
    if (result && t >= result.horizon) moveCursor(0);
    lastFrame = performance.now();
    requestAnimationFrame(frame);
  } else {
    save();
  }
}

function eventTimes(): number[] {
  return [...new Set((result?.events ?? []).map((e) => e.at))].sort((a, b) => a - b);
}

ui.play.addEventListener('click', () => setPlaying(!playing));
ui.restart.addEventListener('click', () => {
  setPlaying(false);
  moveCursor(0, true);
});
ui.stepForward.addEventListener('click', () => {
  setPlaying(false);
  const next = eventTimes().find((x) => x > t + 1e-9);
  moveCursor(next ?? result?.horizon ?? t, true);
});
ui.stepBack.addEventListener('click', () => {
  setPlaying(false);
  const prev = eventTimes().filter((x) => x < whole(t) - 1e-9);
  moveCursor(prev.length ? prev[prev.length - 1]! : 0, true);
});
ui.time.addEventListener('input', () => moveCursor(Number(ui.time.value), true));
ui.scenario.addEventListener('change', () => {
  if (!cur) return;
  setPlaying(false);
  scenario = ui.scenario.value;
  const sc = cur.design.scenarios.find((s) => s.name === scenario);
  steps = sc ? scenarioSteps(sc) : [];
  t = 0;
  rerun();
});
ui.nodeSelect.addEventListener('change', updateToggles);
ui.placeSelect.addEventListener('change', updateToggles);
ui.nodeToggle.addEventListener('click', () => {
  const target = parseTarget(ui.nodeSelect.value);
  if (target) toggle(target);
});
ui.placeToggle.addEventListener('click', () => {
  const target = parseTarget(ui.placeSelect.value);
  if (target) toggle(target);
});
ui.clearSteps.addEventListener('click', () => {
  steps = [];
  scenario = '';
  ui.scenario.value = '';
  rerun();
});

// Node clicks and keys in the diagram.
function nodeTarget(e: Event): SimTarget | null {
  const g = (e.target as Element | null)?.closest?.('g.node.clickable');
  const name = g instanceof SVGGElement ? g.dataset['name'] : undefined;
  return name ? { type: 'node', node: name, instance: null } : null;
}
ui.stage.addEventListener('click', (e) => {
  const target = nodeTarget(e);
  if (!target) return;
  if (target.type === 'node') ui.nodeSelect.value = target.node;
  toggle(target);
});
ui.stage.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  const target = nodeTarget(e);
  if (!target) return;
  e.preventDefault();
  if (target.type === 'node') ui.nodeSelect.value = target.node;
  toggle(target);
});

// ── rendering of the result ──
function renderSteps(): void {
  const items: HTMLLIElement[] = [];
  for (const s of steps) {
    const li = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = stepText(s);
    li.append(code);
    items.push(li);
  }
  if (!items.length) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = strings.noSteps;
    items.push(li);
  }
  ui.steps.replaceChildren(...items);
  ui.clearSteps.disabled = !steps.length;
}

function renderEvents(): void {
  eventItems = [];
  const items: HTMLLIElement[] = [];
  for (const ev of result?.events ?? []) {
    const li = document.createElement('li');
    li.className = `event ev-${ev.type.replace(/[^a-z-]/g, '')}`;
    const mark = document.createElement('span');
    mark.className = 'mark';
    mark.setAttribute('aria-hidden', 'true');
    const at = document.createElement('button');
    at.type = 'button';
    at.className = 'at';
    at.textContent = dur(ev.at);
    at.addEventListener('click', () => {
      setPlaying(false);
      moveCursor(ev.at, true);
    });
    const type = document.createElement('code');
    type.className = 'type';
    type.textContent = eventLabel(ev.type, locale);
    const text = document.createElement('span');
    text.className = 'message';
    text.textContent = ev.message[locale];
    li.append(mark, at, ' ', type, ' ', text);
    items.push(li);
    eventItems.push({ at: ev.at, li });
  }
  if (!items.length) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = strings.noEvents;
    items.push(li);
  }
  ui.events.replaceChildren(...items);
}

function renderCharts(force: boolean): void {
  if (!result) return;
  const span = chartSpan(lastEventAt(), t, result.horizon);
  if (!force && span === chartSpanNow) return;
  chartSpanNow = span;
  charts = [];
  const blocks: HTMLElement[] = [];
  for (const e of result.entries) {
    const fig = document.createElement('figure');
    fig.className = 'entry-chart';
    fig.dataset['entry'] = e.entry;
    const cap = document.createElement('figcaption');
    const value = document.createElement('span');
    value.className = 'value';
    cap.append(value);
    const summary = e.points.map((p) => `${pct(p.success)} ${dur(p.at)}`).join(', ');
    const chart = drawChart(e, span, `${e.entry}: ${summary}`, locale);
    fig.append(chart.svg, cap);
    blocks.push(fig);
    charts.push({ entry: e.entry, chart, value });
  }
  ui.charts.replaceChildren(...blocks);
  for (const c of charts) {
    c.chart.setCursor(t);
    const series = result.entries.find((x) => x.entry === c.entry)!;
    c.value.textContent = fmt(strings.successAt, c.entry, pct(successAt(series.points, t)), dur(whole(t)));
  }
}

function cell(tag: 'td' | 'th', text: string, field?: string): HTMLTableCellElement {
  const c = document.createElement(tag);
  c.textContent = text;
  if (field) c.dataset['field'] = field;
  return c;
}

function renderCard(): void {
  if (!result) return;
  const r = result;
  const parts: HTMLElement[] = [];

  const table = document.createElement('table');
  const head = document.createElement('tr');
  for (const h of [strings.entry, strings.down, strings.degraded, strings.recoveredAfter]) {
    const th = cell('th', h);
    th.scope = 'col';
    head.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  for (const e of r.entries) {
    const tr = document.createElement('tr');
    tr.dataset['entry'] = e.entry;
    const th = cell('th', e.entry);
    th.scope = 'row';
    tr.append(
      th,
      cell('td', dur(e.downSeconds), 'down'),
      cell('td', dur(e.degradedSeconds), 'degraded'),
      cell('td', e.recoverySeconds === null ? strings.notRecovered : dur(e.recoverySeconds), 'recovered'),
    );
    tbody.append(tr);
  }
  table.append(thead, tbody);
  parts.push(table);

  const dl = document.createElement('dl');
  const pair = (label: string, value: string, id: string): void => {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.id = id;
    dd.textContent = value;
    dl.append(dt, dd);
  };
  pair(strings.writesLost, dur(r.writesLostSeconds), 'writes-lost');
  pair(strings.sessionsLost, pct(r.sessionsLost), 'sessions-lost');
  parts.push(dl);

  const h = document.createElement('h3');
  h.textContent = strings.goal;
  parts.push(h);
  const ul = document.createElement('ul');
  ul.className = 'goal';
  const g = r.goal;
  const goal = (key: string, label: string, target: string, estimate: string, met: boolean): void => {
    const li = document.createElement('li');
    li.dataset['goal'] = key;
    li.dataset['met'] = String(met);
    li.className = met ? 'met' : 'missed';
    const mark = document.createElement('span');
    mark.className = 'mark';
    mark.textContent = met ? '✓' : '✗';
    mark.setAttribute('aria-hidden', 'true');
    const name = document.createElement('strong');
    name.textContent = label;
    const verdict = document.createElement('span');
    verdict.className = 'verdict';
    verdict.textContent = met ? strings.met : strings.missed;
    li.append(mark, ' ', name, `: ${fmt(strings.goalLine, target, estimate)} — `, verdict);
    ul.append(li);
  };
  if (g.availability) goal('availability', strings.availability, pct(g.availability.target), g.availability.estimate === null ? '-' : pct(g.availability.estimate), g.availability.met);
  if (g.rto) goal('rto', 'RTO', dur(g.rto.target), g.rto.estimate === null ? strings.notRecovered : dur(g.rto.estimate), g.rto.met);
  if (g.rpo) goal('rpo', 'RPO', dur(g.rpo.target), dur(g.rpo.estimate ?? 0), g.rpo.met);
  if (ul.children.length) parts.push(ul);
  else {
    const p = document.createElement('p');
    p.textContent = strings.noGoal;
    parts.push(p);
  }
  ui.card.replaceChildren(...parts);
}

// ── strings and messages ──
function applyStrings(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const s = strings[el.dataset['text'] as keyof SimulationStrings];
    if (s) el.textContent = s;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const s = strings[el.dataset['label'] as keyof SimulationStrings];
    if (!s) continue;
    el.setAttribute('aria-label', s);
    if (el.tagName === 'BUTTON') el.title = s;
  }
  setPlaying(playing);
  if (!ui.empty.hidden) ui.empty.textContent = strings.noDesign;
}

function showEmpty(): void {
  setPlaying(false);
  ++renderSeq;
  cur = null;
  result = null;
  snap = null;
  ui.layout.hidden = true;
  ui.errors.hidden = true;
  ui.title.textContent = '';
  ui.stage.replaceChildren();
  ui.empty.textContent = strings.noDesign;
  ui.empty.hidden = false;
  document.body.dataset['state'] = 'empty';
}

let queue: Promise<void> = Promise.resolve();
window.addEventListener('message', (e: MessageEvent<unknown>) => {
  const msg = e.data;
  if (!isExtensionToSimulation(msg)) return;
  const run = async (): Promise<void> => {
    try {
      switch (msg.type) {
        case 'simInit':
          strings = { ...SIMULATION_STRINGS_EN, ...msg.strings };
          locale = msg.locale;
          document.documentElement.lang = locale;
          applyStrings();
          if (cur) await showDesign({ ...cur.msg, scenario: null });
          break;
        case 'simDesign':
          await showDesign(msg);
          break;
        case 'simEmpty':
          showEmpty();
          break;
      }
    } catch (err) {
      console.error('[infra-notes] simulation', err);
      post({ type: 'simError', message: errorText(err) });
    }
  };
  // One message at a time: a design drawn while the next arrives would mix them.
  queue = queue.then(run, run);
});

ui.layout.hidden = true;
applyStrings();
post({ type: 'simReady' });
