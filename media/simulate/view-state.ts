/**
 * The simulation page's state, in one object, and the pure questions the
 * renderers ask of it. What the design and the run are comes from the
 * language server (the message's view); what every instance is doing at a
 * moment is the engine's own record (result.states), read here, never derived.
 */
import type { NodeState, SimStep, SimTarget, SimulationView, StateAt } from '../../server/src/core';
import { SIMULATION_STRINGS_EN, type SimulationDesignMessage, type SimulationStrings, type UiLocale } from '../messages';
import type { Chart, ChartRange } from './chart';

/** The design shown: the server's last answer and what the page made of it. */
export interface Shown {
  msg: SimulationDesignMessage;
  /** `uri#designIndex`: the same design across answers. */
  key: string;
  /** Node name → mermaid id, and back. */
  ids: Map<string, string>;
  names: Map<string, string>;
  /** The theme and mermaid text last drawn. */
  drawn: string;
}

export interface ViewState {
  strings: SimulationStrings;
  locale: UiLocale;
  shown: Shown | null;
  /** The simulated time at the player's cursor, seconds. */
  t: number;
  playing: boolean;
  /** Increases with every diagram drawn: a slower, older drawing is dropped. */
  renderSeq: number;
  /** Events at or before the cursor when the picture was last painted: the picture only changes at events. */
  paintedPast: number;
  /** The time range of the charts drawn, seconds. */
  chartRange: ChartRange;
  /** What the charts show: the outage with some context (the default), or the whole run. */
  chartMode: 'outage' | 'whole';
  /** The diagram's zoom: 0 fits the panel's width, else the scale of the drawing's own size. */
  zoom: number;
  /** A note about the last step added (when it happens), shown under the steps. */
  stepNotice: string;
  charts: { entry: string; chart: Chart; value: HTMLElement }[];
  eventItems: { at: number; li: HTMLLIElement }[];
}

export function createViewState(lang: string): ViewState {
  return {
    strings: { ...SIMULATION_STRINGS_EN },
    locale: lang === 'ko' ? 'ko' : 'en',
    shown: null,
    t: 0,
    playing: false,
    renderSeq: 0,
    paintedPast: -1,
    chartRange: { from: 0, to: 0 },
    chartMode: 'outage',
    zoom: 0,
    stepNotice: '',
    charts: [],
    eventItems: [],
  };
}

/** The view of the design shown, or null. */
export function viewOf(s: ViewState): SimulationView | null {
  return s.shown?.msg.view ?? null;
}

/** A whole second of simulated time (the cursor's resolution). */
export const whole = (x: number): number => Math.floor(x + 1e-9);

/** The engine's record in force at time t (the last one at or before it). */
export function stateAt(states: readonly StateAt[], t: number): StateAt | null {
  let out: StateAt | null = null;
  for (const s of states) {
    if (s.at > t + 1e-9) break;
    out = s;
  }
  return out;
}

/** How many of a node's instances are down, and whether a node step took any of them. */
export function nodeDown(n: NodeState): { down: number; total: number; byStep: boolean } {
  let down = 0;
  let byStep = false;
  for (const i of n.instances) {
    if (!i.up) down++;
    if (i.failed) byStep = true;
  }
  return { down, total: n.instances.length, byStep };
}

/** Whether a step's target is down at this moment because of the steps (what a click toggles: recover it, else fail it). */
export function targetIsDown(st: StateAt | null, target: SimTarget): boolean {
  if (!st) return false;
  if (target.type === 'zone') return st.zonesDown.includes(target.zone);
  if (target.type === 'region') return st.regionsDown.includes(target.region);
  const n = st.nodes.find((x) => x.node === target.node);
  if (!n) return false;
  if (target.instance === null) return n.instances.some((i) => i.failed);
  return n.instances[target.instance - 1]?.failed === true;
}

/** Success share of an entry at time t (points are constant from `at` on). */
export function successAt(points: { at: number; success: number }[], t: number): number {
  let v = points[0]?.success ?? 1;
  for (const p of points) {
    if (p.at > t) break;
    v = p.success;
  }
  return v;
}

/** What the page keeps while the panel is hidden (VS Code reloads a hidden webview): the cursor on a design. */
export interface SavedState {
  key: string;
  t: number;
}

export function readSaved(raw: unknown, key: string): SavedState | null {
  const s = raw as Partial<SavedState> | undefined;
  return s && s.key === key && typeof s.t === 'number' ? (s as SavedState) : null;
}

/** The steps with one more (a click on the diagram or a toggle). */
export function withStep(steps: readonly SimStep[], step: SimStep): SimStep[] {
  return [...steps, step];
}
