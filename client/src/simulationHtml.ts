/**
 * The simulation webview's HTML and the design message it runs. Pure (no
 * vscode import) so the browser tests load exactly this page, with exactly this
 * CSP, fed exactly the messages the panel sends.
 */
import { escapeAttr } from '../../server/src/core';
import { SIMULATION_STRINGS_EN, type SimulationStrings } from '../../media/messages';
import { webviewPage, type WebviewHtmlOptions } from './diagramHtml';

/**
 * The page: scenario choice, diagram with fail/recover controls, player,
 * success chart, result card, steps and timeline. Visible words are English
 * placeholders until the init message brings the localized strings.
 */
export function simulationHtml(o: WebviewHtmlOptions): string {
  const s = SIMULATION_STRINGS_EN;
  const e = escapeAttr;
  return webviewPage(
    o,
    'Infra Notes simulation',
    `<header id="toolbar">
  <h1 id="title"></h1>
  <span class="field"><label for="scenario" data-text="scenario">${e(s.scenario)}</label>
  <select id="scenario"></select></span>
  <button type="button" id="export-animation" data-text="exportAnimation" data-title="exportAnimationHint" title="${e(s.exportAnimationHint)}">${e(s.exportAnimation)}</button>
</header>
<div id="errors" role="alert" hidden></div>
<div id="empty" hidden></div>
<main id="layout">
  <section id="diagram-section">
    <div id="zoom-bar">
      <button type="button" id="zoom-out" data-label="zoomOut" aria-label="${e(s.zoomOut)}" title="${e(s.zoomOut)}">−</button>
      <button type="button" id="zoom-fit" data-label="zoomFit" aria-label="${e(s.zoomFit)}" title="${e(s.zoomFit)}">⤢</button>
      <button type="button" id="zoom-in" data-label="zoomIn" aria-label="${e(s.zoomIn)}" title="${e(s.zoomIn)}">+</button>
    </div>
    <div id="diagram" role="group" aria-label="${e(s.diagram)}" data-label="diagram"><div id="stage"></div></div>
    <div id="targets">
      <span class="field"><label for="node-select" data-text="node">${e(s.node)}</label>
      <select id="node-select"></select>
      <button type="button" id="node-toggle"></button></span>
      <span class="field" id="place-field"><label for="place-select" data-text="place">${e(s.place)}</label>
      <select id="place-select"></select>
      <button type="button" id="place-toggle"></button></span>
    </div>
  </section>
  <section id="player" aria-labelledby="time-label">
    <button type="button" id="restart" data-label="restart" aria-label="${e(s.restart)}" title="${e(s.restart)}">|◀</button>
    <button type="button" id="step-back" data-label="stepBack" aria-label="${e(s.stepBack)}" title="${e(s.stepBack)}">◀</button>
    <button type="button" id="play" aria-label="${e(s.play)}" title="${e(s.play)}">▶</button>
    <button type="button" id="step-forward" data-label="stepForward" aria-label="${e(s.stepForward)}" title="${e(s.stepForward)}">▶|</button>
    <span class="field"><label for="speed" data-text="speed">${e(s.speed)}</label>
    <select id="speed"><option value="1">1×</option><option value="10">10×</option><option value="60">60×</option></select></span>
    <span class="field grow"><label for="time" id="time-label" data-text="time">${e(s.time)}</label>
    <input type="range" id="time" min="0" max="3600" step="1" value="0">
    <output id="time-now" for="time"></output></span>
  </section>
  <section id="chart-section">
    <h2 data-text="success">${e(s.success)}</h2>
    <div id="chart-range"><span id="chart-range-text"></span> <button type="button" id="chart-toggle"></button></div>
    <div id="charts"></div>
  </section>
  <section id="card-section" aria-labelledby="card-heading">
    <h2 id="card-heading" data-text="result">${e(s.result)}</h2>
    <div id="card"></div>
  </section>
  <section id="steps-section">
    <h2 data-text="steps">${e(s.steps)}</h2>
    <div id="step-errors" role="alert" hidden></div>
    <p id="step-notice" role="status" hidden></p>
    <ol id="steps"></ol>
    <button type="button" id="copy-scenario" data-text="copyScenario">${e(s.copyScenario)}</button>
    <button type="button" id="clear-steps" data-text="clearSteps">${e(s.clearSteps)}</button>
  </section>
  <section id="timeline-section">
    <h2 data-text="timeline">${e(s.timeline)}</h2>
    <ol id="events"></ol>
  </section>
</main>
<div id="announce" class="visually-hidden" aria-live="polite"></div>`,
  );
}

/** The English strings translated with `t` (vscode.l10n.t in the panel; placeholders are kept). */
export function simulationStrings(t: (message: string, ...args: string[]) => string): SimulationStrings {
  const out = { ...SIMULATION_STRINGS_EN };
  for (const k of Object.keys(out) as (keyof SimulationStrings)[]) out[k] = t(SIMULATION_STRINGS_EN[k], '{0}', '{1}', '{2}');
  return out;
}
