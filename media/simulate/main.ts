/**
 * The simulation panel's webview app (bundled as an IIFE with mermaid). The
 * language server simulates; this page draws its answer (the message's view:
 * the diagram, the run's events, series and what every instance is doing at
 * each moment) and sends back the steps the user builds. The player only moves
 * a cursor over the result. State: one view-state object (view-state.ts);
 * drawing: the renderers (render.ts); here: messages, controls and the player.
 */
import { durationIn, parseTarget, type SimStep, type SimTarget, stepText } from '../../server/src/core';
import { isExtensionToSimulation, SIMULATION_STRINGS_EN, type SimulationDesignMessage, type SimulationToExtension } from '../messages';
import { errorText } from '../preview/render';
import { fmt } from './strings';
import {
  chartRangeOf,
  currentScale,
  paintDiagram,
  renderCard,
  renderChartValues,
  renderCharts,
  renderDiagram,
  renderEmpty,
  renderEventMarks,
  renderEvents,
  renderHeader,
  renderPlayButton,
  renderScenarios,
  renderSteps,
  renderStrings,
  renderTargets,
  renderToggles,
  sameRange,
  setZoom,
  ui,
} from './render';
import { createViewState, readSaved, stateAt, targetIsDown, viewOf, whole, withStep, type SavedState } from './view-state';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const post = (m: SimulationToExtension): void => api.postMessage(m);

const state = createViewState(document.documentElement.lang);

function save(): void {
  if (!state.shown) return;
  const s: SavedState = { key: state.shown.key, t: whole(state.t) };
  api.setState(s);
}

// ── the steps: the extension keeps them and asks the server again ──

function runSteps(scenario: string, steps: SimStep[]): void {
  post({ type: 'simSteps', scenario, steps });
}

function addStep(step: SimStep, notice: string): void {
  state.stepNotice = notice;
  runSteps('', withStep(viewOf(state)?.steps ?? [], step));
  announce(`${fmt(state.strings.stepAdded, stepText(step))} ${notice}`);
}

/**
 * Fails the target, or recovers it when the steps have it down. A recovery
 * happens at the cursor. A failure happens at the cursor too, except the first
 * one of the user's own steps and one asked for at the end of the run: those
 * start at 0s and the cursor goes back to the start, so the run shows them
 * (a failure at the end of the run would change nothing and read as "survived").
 * The panel says when the step happens; the server warns about a step at or
 * after the end (a scenario can still have one).
 */
function toggle(target: SimTarget): void {
  const v = viewOf(state);
  if (!v) return;
  const type = targetIsDown(stateAt(v.result.states, state.t), target) ? 'recover' : 'fail';
  const own = v.scenario === '' ? v.steps : [];
  const atEnd = whole(state.t) >= v.result.horizon;
  const fromStart = type === 'fail' && (!own.length || atEnd);
  const at = fromStart ? 0 : whole(state.t);
  const step: SimStep = { type, target, at };
  if (fromStart && whole(state.t) > 0) {
    setPlaying(false);
    state.t = 0;
    addStep(step, fmt(state.strings.stepFromStart, stepText(step)));
  } else addStep(step, fmt(state.strings.stepStartsAt, stepText(step), durationIn(state.locale, at)));
}

function announce(text: string): void {
  ui.announce.textContent = '';
  // A fresh text node each time so screen readers repeat equal messages.
  requestAnimationFrame(() => (ui.announce.textContent = text));
}

// ── a new answer from the server ──

async function show(msg: SimulationDesignMessage): Promise<void> {
  const key = `${msg.uri}#${msg.designIndex}`;
  const v = msg.view;
  const ids = new Map(v.ids);
  const names = new Map(v.ids.map(([n, id]) => [id, n]));
  const drawn = `${msg.theme}\n${v.mermaid}`;
  const sameDesign = state.shown?.key === key;
  const redraw = !sameDesign || state.shown?.drawn !== drawn;
  // New steps or another design: the charts zoom to the (new) outage again.
  const old = state.shown?.msg.view;
  if (!sameDesign || !old || old.scenario !== v.scenario || JSON.stringify(old.steps) !== JSON.stringify(v.steps)) state.chartMode = 'outage';
  if (!sameDesign) state.stepNotice = '';
  // The cursor stays where it was on the same design, comes back from the saved state after a reload, else starts at 0.
  if (!sameDesign) state.t = readSaved(api.getState(), key)?.t ?? 0;
  state.t = Math.min(state.t, v.result.horizon);
  state.shown = { msg, key, ids, names, drawn };

  ui.empty.hidden = true;
  ui.layout.hidden = false;
  renderHeader(state);
  renderScenarios(state);
  renderTargets(state);
  if (redraw) await renderDiagram(state, v.mermaid, msg.theme);
  ui.time.max = String(v.result.horizon);
  renderSteps(state);
  renderCard(state);
  renderEvents(state, (at) => {
    setPlaying(false);
    moveCursor(at, true);
  });
  renderCharts(state, true);
  moveCursor(state.t, true);
  save();
  document.body.dataset['state'] = 'ready';
}

// ── the player ──

function moveCursor(to: number, force = false): void {
  const v = viewOf(state);
  if (!v) return;
  const r = v.result;
  const nt = Math.max(0, Math.min(r.horizon, to));
  const changedSecond = whole(nt) !== whole(state.t);
  state.t = nt;
  let past = 0;
  while (past < r.events.length && r.events[past]!.at <= state.t + 1e-9) past++;
  const changedPicture = force || past !== state.paintedPast;
  state.paintedPast = past;
  ui.time.value = String(whole(state.t));
  ui.timeNow.textContent = fmt(state.strings.timeNow, durationIn(state.locale, whole(state.t)));
  if (!sameRange(chartRangeOf(state), state.chartRange)) renderCharts(state, false);
  if (changedSecond || changedPicture) {
    renderChartValues(state);
    if (!state.playing) save();
  } else for (const c of state.charts) c.chart.setCursor(state.t);
  if (changedPicture) {
    paintDiagram(state);
    renderEventMarks(state);
  }
}

let lastFrame = 0;
function frame(now: number): void {
  const v = viewOf(state);
  if (!state.playing || !v) return;
  const dt = Math.min(0.25, (now - lastFrame) / 1000);
  lastFrame = now;
  const next = state.t + dt * Number(ui.speed.value);
  if (next >= v.result.horizon) {
    moveCursor(v.result.horizon);
    setPlaying(false);
    return;
  }
  moveCursor(next);
  requestAnimationFrame(frame);
}

function setPlaying(on: boolean): void {
  const v = viewOf(state);
  state.playing = on && !!v;
  renderPlayButton(state);
  if (state.playing && v) {
    if (state.t >= v.result.horizon) moveCursor(0);
    lastFrame = performance.now();
    requestAnimationFrame(frame);
  } else {
    save();
  }
}

function eventTimes(): number[] {
  return [...new Set((viewOf(state)?.result.events ?? []).map((e) => e.at))].sort((a, b) => a - b);
}

// ── controls ──

ui.play.addEventListener('click', () => setPlaying(!state.playing));
ui.restart.addEventListener('click', () => {
  setPlaying(false);
  moveCursor(0, true);
});
ui.stepForward.addEventListener('click', () => {
  setPlaying(false);
  const next = eventTimes().find((x) => x > state.t + 1e-9);
  moveCursor(next ?? viewOf(state)?.result.horizon ?? state.t, true);
});
ui.stepBack.addEventListener('click', () => {
  setPlaying(false);
  const prev = eventTimes().filter((x) => x < whole(state.t) - 1e-9);
  moveCursor(prev.length ? prev[prev.length - 1]! : 0, true);
});
ui.time.addEventListener('input', () => moveCursor(Number(ui.time.value), true));
ui.scenario.addEventListener('change', () => {
  if (!state.shown) return;
  setPlaying(false);
  state.t = 0;
  runSteps(ui.scenario.value, []);
});
ui.nodeSelect.addEventListener('change', () => renderToggles(state));
ui.placeSelect.addEventListener('change', () => renderToggles(state));
ui.nodeToggle.addEventListener('click', () => {
  const target = parseTarget(ui.nodeSelect.value);
  if (target) toggle(target);
});
ui.placeToggle.addEventListener('click', () => {
  const target = parseTarget(ui.placeSelect.value);
  if (target) toggle(target);
});
ui.clearSteps.addEventListener('click', () => {
  state.stepNotice = '';
  runSteps('', []);
});
ui.copyScenario.addEventListener('click', () => {
  const v = viewOf(state);
  if (!v || v.scenario !== '' || !v.steps.length) return;
  ui.copyScenario.disabled = true;
  post({ type: 'simCopyScenario', steps: v.steps });
});
ui.exportAnimation.addEventListener('click', () => {
  const v = viewOf(state);
  if (!v || !v.steps.length) return;
  // The run shown: the extension asks the server for its animated SVG and the user where to save it.
  post({ type: 'simExportAnimation', scenario: v.scenario, steps: v.scenario ? [] : v.steps });
});
ui.chartToggle.addEventListener('click', () => {
  state.chartMode = ui.chartToggle.dataset['action'] === 'whole' ? 'whole' : 'outage';
  renderCharts(state, true);
});
ui.zoomIn.addEventListener('click', () => setZoom(state, (state.zoom || currentScale()) * 1.25));
ui.zoomOut.addEventListener('click', () => setZoom(state, (state.zoom || currentScale()) / 1.25));
ui.zoomFit.addEventListener('click', () => setZoom(state, 0));
// A narrower panel draws a fitted diagram smaller: keep its badges readable.
let resizeFrame = 0;
window.addEventListener('resize', () => {
  cancelAnimationFrame(resizeFrame);
  resizeFrame = requestAnimationFrame(() => setZoom(state, state.zoom));
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

// ── messages ──

function showEmpty(): void {
  setPlaying(false);
  ++state.renderSeq;
  state.shown = null;
  renderEmpty(state);
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
          state.strings = { ...SIMULATION_STRINGS_EN, ...msg.strings };
          state.locale = msg.locale;
          document.documentElement.lang = state.locale;
          renderStrings(state);
          renderPlayButton(state);
          if (state.shown) {
            // Redraw in the new language, keeping the cursor.
            state.shown.drawn = '';
            await show(state.shown.msg);
          }
          break;
        case 'simDesign':
          await show(msg);
          break;
        case 'simEmpty':
          showEmpty();
          break;
        case 'simCopied':
          state.stepNotice = msg.line ? fmt(state.strings.copied, msg.line) : state.strings.copyFailed;
          ui.stepNotice.hidden = false;
          ui.stepNotice.textContent = state.stepNotice;
          ui.copyScenario.disabled = !!msg.line || !(viewOf(state)?.steps.length ?? 0);
          announce(state.stepNotice);
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
renderStrings(state);
renderPlayButton(state);
post({ type: 'simReady' });
