/**
 * The typed messages between the extension host and every webview. One file so
 * both sides compile against the same union; each panel has its own pair of
 * unions, discriminated by `type`. Webview messages are untrusted input on the
 * extension's side: check them with the guards below before use.
 *
 * Pure types and guards only: imported by client/ (node) and media/ (browser).
 */
import { readSteps, type SimStep, type SimulationView } from '../server/src/core';

export type UiLocale = 'en' | 'ko';
export type UiSeverity = 'error' | 'warning' | 'info' | 'hint';

// ─── Diagram panel (client/src/diagramPanel.ts ⇄ media/diagram/main.ts) ───

/** Strings the diagram webview shows, localized by the extension (vscode.l10n). */
export interface DiagramStrings {
  zoomIn: string;
  zoomOut: string;
  zoomFit: string;
  zoomReset: string;
  exportSvg: string;
  exportPng: string;
  copySvg: string;
  copyPng: string;
  /** The choice to export on a white page whatever the editor's theme. */
  lightBackground: string;
  /** Announced after a copy: `{0}` is SVG or PNG. */
  copied: string;
  /** Shown when the active editor has no topology block at hand. */
  noDesign: string;
  /** Heading of the list of errors that keep the design from being valid. */
  errors: string;
  /** Heading of the list of HA findings. */
  findings: string;
  /** Prefix of mermaid's own error message. */
  renderFailed: string;
  /** `{0}` is a 1-based line number. */
  line: string;
  /** Accessible name of the diagram area. */
  diagram: string;
}

/** A drawn node: its mermaid id (n0, n1, …), name and declaration line. */
export interface DiagramNodeInfo {
  id: string;
  name: string;
  /** Document line (0-based) of the node's declaration. */
  line: number;
}

/** A finding as the webview lists it: already localized, on a document line. */
export interface DiagramFinding {
  rule: string;
  severity: UiSeverity;
  message: string;
  /** Document line (0-based). */
  line: number;
}

export interface DiagramInitMessage {
  type: 'init';
  locale: UiLocale;
  strings: DiagramStrings;
}

/** A design to show (sent on open, on every debounced edit, on cursor moves and theme changes). */
export interface DiagramUpdateMessage {
  type: 'update';
  /** The note's URI (string form). */
  uri: string;
  /** 0-based index of the block in the note. */
  blockIndex: number;
  title: string;
  /** Mermaid flowchart text from core/render/mermaid.ts. */
  mermaid: string;
  /** The same diagram with native SVG text, per theme, for exported images. */
  exportMermaid?: { light: string; dark: string };
  theme: 'light' | 'dark';
  nodes: DiagramNodeInfo[];
  /** Errors (syntax, references): the design is not valid. */
  errors: DiagramFinding[];
  /** Warnings and infos from the HA rules. */
  findings: DiagramFinding[];
}

/** Nothing to show: the editor has no topology block. */
export interface DiagramEmptyMessage {
  type: 'empty';
}

/** Asks the webview for the current image (the extension's export commands). */
export interface DiagramExportRequest {
  type: 'requestExport';
  format: 'svg' | 'png';
  /** Copy to the clipboard instead of saving a file. */
  clipboard?: boolean;
  /** A light (white) background whatever the theme; default: the panel's choice. */
  light?: boolean;
}

export type ExtensionToDiagram = DiagramInitMessage | DiagramUpdateMessage | DiagramEmptyMessage | DiagramExportRequest;

export interface DiagramReadyMessage {
  type: 'ready';
}

/** A node was clicked: reveal its declaration. */
export interface DiagramRevealMessage {
  type: 'reveal';
  uri: string;
  blockIndex: number;
  name: string;
  /** Document line (0-based). */
  line: number;
}

/** The rendered image, to be saved next to the note. */
export interface DiagramExportMessage {
  type: 'export';
  format: 'svg' | 'png';
  /** svg: the SVG document text; png: base64 of the PNG bytes (no data: prefix). */
  data: string;
  /** The user asked for a copy: the extension puts the SVG text on the clipboard (a PNG the webview has copied itself). */
  clipboard?: boolean;
}

/** Something failed in the webview (shown to the user, logged). */
export interface DiagramErrorMessage {
  type: 'error';
  message: string;
}

export type DiagramToExtension = DiagramReadyMessage | DiagramRevealMessage | DiagramExportMessage | DiagramErrorMessage;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Checks a message received from the diagram webview. */
export function isDiagramToExtension(v: unknown): v is DiagramToExtension {
  if (!isObj(v)) return false;
  switch (v['type']) {
    case 'ready':
      return true;
    case 'reveal':
      return (
        typeof v['uri'] === 'string' &&
        typeof v['name'] === 'string' &&
        Number.isInteger(v['line']) &&
        Number.isInteger(v['blockIndex'])
      );
    case 'export':
      return (v['format'] === 'svg' || v['format'] === 'png') && typeof v['data'] === 'string' && (v['clipboard'] === undefined || typeof v['clipboard'] === 'boolean');
    case 'error':
      return typeof v['message'] === 'string';
    default:
      return false;
  }
}

/** Checks a message received by the diagram webview. */
export function isExtensionToDiagram(v: unknown): v is ExtensionToDiagram {
  if (!isObj(v)) return false;
  switch (v['type']) {
    case 'init':
      return isObj(v['strings']);
    case 'update':
      return typeof v['mermaid'] === 'string' && Array.isArray(v['nodes']) && Array.isArray(v['findings']) && Array.isArray(v['errors']);
    case 'empty':
      return true;
    case 'requestExport':
      return v['format'] === 'svg' || v['format'] === 'png';
    default:
      return false;
  }
}

// ─── Simulation panel (client/src/simulationPanel.ts ⇄ media/simulate/main.ts) ───
// The language server simulates (infraNotes/simulation); the extension passes
// its view to the webview, which draws it. The webview sends the steps the user
// builds; the extension keeps them and asks the server again. `type` values are
// prefixed `sim`.

/** Strings the simulation webview shows, localized by the extension (vscode.l10n); `{0}` marks an argument. */
export interface SimulationStrings {
  /** Accessible name of the diagram area. */
  diagram: string;
  noDesign: string;
  errors: string;
  scenario: string;
  /** The scenario select's entry for the user's own steps. */
  customSteps: string;
  steps: string;
  noSteps: string;
  clearSteps: string;
  node: string;
  /** `{0}`: the node's instance count. */
  allInstances: string;
  place: string;
  zones: string;
  regions: string;
  /** `{0}`: a target (node, node#K, zone:Z). */
  fail: string;
  recover: string;
  play: string;
  pause: string;
  stepBack: string;
  stepForward: string;
  restart: string;
  speed: string;
  time: string;
  /** `{0}`: the simulated time. */
  timeNow: string;
  timeline: string;
  noEvents: string;
  /** Chart heading. */
  success: string;
  /** `{0}`: entry, `{1}`: share, `{2}`: time. */
  successAt: string;
  result: string;
  entry: string;
  down: string;
  degraded: string;
  recoveredAfter: string;
  notRecovered: string;
  /** Caption of the table of request classes (routes, reads and writes) that lost requests. */
  requestClasses: string;
  requests: string;
  share: string;
  /** A class's share of its router's requests: {0} the share, {1} the router. */
  shareOf: string;
  /** The class of a router's requests that no route names. */
  defaultClass: string;
  /** The read and write classes the tool gives a caller of a database. */
  readsClass: string;
  writesClass: string;
  allFailing: string;
  writesLost: string;
  /** After the writes lost, when a queue's mirror lost its source: `{0}` the figure, `{1}` the mirror. */
  unmirrored: string;
  sessionsLost: string;
  goal: string;
  noGoal: string;
  availability: string;
  /** `{0}`: target, `{1}`: estimate. */
  goalLine: string;
  met: string;
  missed: string;
  /** Badges on the diagram's nodes (text, so colour is not the only signal). */
  badgeDown: string;
  /** `{0}` of `{1}` instances down. */
  badgePartial: string;
  badgeServing: string;
  /** Announced when a step is added: `{0}` a step such as `fail db at 12s`. */
  stepAdded: string;
  /** `{0}`: messages. */
  invalidSteps: string;
  renderFailed: string;
  /** Column of the result table: the entry's own availability in this run. */
  runAvailability: string;
  /** Label of the design's long-run availability estimate (failure rates and repair times), not this run's. */
  longRun: string;
  /** The availability goal line: `{0}` target, `{1}` the long-run estimate. */
  goalLineLongRun: string;
  /** A goal nothing in this run tested (no failure inside the run). */
  notTested: string;
  /** An availability goal missed only on assumed figures or SLA floors of managed services: it cannot be judged on them. */
  notJudged: string;
  /** After the long-run estimate of a design that sits in one zone: `{0}` the zone. */
  siteNotCounted: string;
  /** After the long-run estimate of a design spread over zones or regions: their own outages are not in it. */
  placesNotCounted: string;
  /** An RPO goal of a run that lost a queue mirrored to another region: the mirror is not modelled. */
  notJudgedMirror: string;
  /** Where a new step happens: `{0}` the step, `{1}` its time. */
  stepStartsAt: string;
  /** `{0}` the step: it was put at 0s because the cursor was at the end of the run or it is the first failure. */
  stepFromStart: string;
  copyScenario: string;
  /** The control that saves the run shown as an animated SVG, and its tooltip. */
  exportAnimation: string;
  exportAnimationHint: string;
  /** `{0}`: the line written into the note. */
  copied: string;
  copyFailed: string;
  /** The chart's range buttons: `{0}` the run's length. */
  chartWhole: string;
  chartOutage: string;
  /** `{0}`..`{1}`: the time range the charts show. */
  chartRange: string;
  zoomIn: string;
  zoomOut: string;
  zoomFit: string;
}

/**
 * The simulation webview's strings in English: the webview's defaults and the
 * keys the extension translates with vscode.l10n (l10n/bundle.l10n.ko.json).
 */
export const SIMULATION_STRINGS_EN: SimulationStrings = {
  diagram: 'Design diagram: select a node to fail or recover it',
  noDesign: 'Put the cursor in a ```topology block and run "Open Simulation".',
  errors: 'This design has errors; the simulation ignores what it cannot read.',
  scenario: 'Scenario',
  customSteps: '(your own steps)',
  steps: 'Steps',
  noSteps: 'No steps yet: fail a node in the diagram, or choose a scenario.',
  clearSteps: 'Clear steps',
  node: 'Node',
  allInstances: 'all {0} instances',
  place: 'Zone or region',
  zones: 'Zones',
  regions: 'Regions',
  fail: 'Fail {0}',
  recover: 'Recover {0}',
  play: 'Play',
  pause: 'Pause',
  stepBack: 'Previous event',
  stepForward: 'Next event',
  restart: 'Back to 0s',
  speed: 'Speed',
  time: 'Simulated time',
  timeNow: 'Time: {0}',
  timeline: 'Timeline',
  noEvents: '(no events)',
  success: 'Requests that succeed',
  successAt: '{0}: {1} at {2}',
  result: 'Result',
  entry: 'Entry',
  down: 'Down',
  degraded: 'Degraded',
  recoveredAfter: 'Recovered after',
  notRecovered: 'not recovered',
  requestClasses: 'Requests that failed, by class',
  requests: 'Requests',
  share: 'Share',
  shareOf: '{0} of {1}',
  defaultClass: '(default)',
  readsClass: 'reads',
  writesClass: 'writes',
  allFailing: 'All failing',
  writesLost: 'Acknowledged writes lost',
  unmirrored: '{0}, plus the messages {1} had not mirrored yet (not counted)',
  sessionsLost: 'Sessions lost',
  goal: 'Goal',
  noGoal: 'The design has no goal statement.',
  availability: 'Availability',
  goalLine: 'goal {0}, this run {1}',
  met: 'met',
  missed: 'missed',
  badgeDown: 'DOWN',
  badgePartial: '{0}/{1} DOWN',
  badgeServing: 'SERVING',
  stepAdded: 'Added: {0}. Result updated.',
  invalidSteps: 'Some steps cannot run: {0}',
  renderFailed: 'The diagram could not be drawn:',
  runAvailability: 'Availability (this run)',
  longRun: 'Long-run availability estimate (failure rates and repair times, not this run)',
  goalLineLongRun: 'goal {0}, long-run estimate {1}',
  notTested: 'not tested: no failure in this run',
  notJudged: 'not judged: managed services counted at assumed figures or SLA floors',
  siteNotCounted: ' (instance failures only: an outage of zone {0}, where the whole design runs, is not counted)',
  placesNotCounted: " (instance failures only: a whole zone's or region's outage is not counted; the sweep shows each)",
  notJudgedMirror: 'not judged: the mirror to the other region is not modelled as a copy; judge the messages lost by hand',
  stepStartsAt: '{0} happens at {1}.',
  stepFromStart: '{0} starts at 0s: the run is replayed from the start.',
  copyScenario: 'Copy as scenario',
  exportAnimation: 'Export animation',
  exportAnimationHint: 'Save this run as an animated SVG (for a blog post or a README)',
  copied: 'Added to the note: {0}',
  copyFailed: 'The steps could not be written into the note (it changed or is closed); try again.',
  chartWhole: 'Whole run ({0})',
  chartOutage: 'Zoom to the outage',
  chartRange: 'Showing {0} – {1}',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Fit to width',
};

export interface SimulationInitMessage {
  type: 'simInit';
  locale: UiLocale;
  strings: SimulationStrings;
}

/** A design simulated: sent on open, on every (debounced) change of the note and after every change of the steps. */
export interface SimulationDesignMessage {
  type: 'simDesign';
  /** The note's URI (string form). */
  uri: string;
  /** 0-based index of the design among the note's topology blocks. */
  designIndex: number;
  title: string;
  theme: 'light' | 'dark';
  /** What the language server computed: the diagram, the targets, the steps that ran and their result. */
  view: SimulationView;
}

/** Nothing to simulate: the note has no topology block. */
export interface SimulationEmptyMessage {
  type: 'simEmpty';
}

/** The answer to "copy as scenario": the line written into the note, or null when it could not be. */
export interface SimulationCopiedMessage {
  type: 'simCopied';
  line: string | null;
}

export type ExtensionToSimulation = SimulationInitMessage | SimulationDesignMessage | SimulationEmptyMessage | SimulationCopiedMessage;

export interface SimulationReadyMessage {
  type: 'simReady';
}

/** Something failed in the webview (shown to the user, logged). */
export interface SimulationErrorMessage {
  type: 'simError';
  message: string;
}

/** The user changed the steps: run these (or the scenario of that name; '' for the steps). */
export interface SimulationStepsMessage {
  type: 'simSteps';
  scenario: string;
  steps: SimStep[];
}

/** "Copy as scenario": write these steps into the note as a new `scenario` line of the design. */
export interface SimulationCopyScenarioMessage {
  type: 'simCopyScenario';
  steps: SimStep[];
}

/** "Export animation": save the run shown (the scenario of that name, or these steps when it is '') as an animated SVG. */
export interface SimulationExportAnimationMessage {
  type: 'simExportAnimation';
  scenario: string;
  steps: SimStep[];
}

export type SimulationToExtension = SimulationReadyMessage | SimulationErrorMessage | SimulationStepsMessage | SimulationCopyScenarioMessage | SimulationExportAnimationMessage;

/** Checks a message received from the simulation webview. */
export function isSimulationToExtension(v: unknown): v is SimulationToExtension {
  if (!isObj(v)) return false;
  switch (v['type']) {
    case 'simReady':
      return true;
    case 'simError':
      return typeof v['message'] === 'string';
    case 'simSteps':
      // Malformed steps are not run: the steps must read back as they were sent.
      return typeof v['scenario'] === 'string' && Array.isArray(v['steps']) && readSteps(v['steps']).length === v['steps'].length;
    case 'simCopyScenario':
      return Array.isArray(v['steps']) && v['steps'].length > 0 && readSteps(v['steps']).length === v['steps'].length;
    case 'simExportAnimation':
      // A scenario by name, or the user's own steps (at least one, each readable).
      return (
        typeof v['scenario'] === 'string' &&
        Array.isArray(v['steps']) &&
        readSteps(v['steps']).length === v['steps'].length &&
        (v['scenario'] !== '' || v['steps'].length > 0)
      );
    default:
      return false;
  }
}

/** Checks a message received by the simulation webview. */
export function isExtensionToSimulation(v: unknown): v is ExtensionToSimulation {
  if (!isObj(v)) return false;
  switch (v['type']) {
    case 'simInit':
      return (v['locale'] === 'en' || v['locale'] === 'ko') && isObj(v['strings']);
    case 'simDesign':
      return typeof v['uri'] === 'string' && Number.isInteger(v['designIndex']) && typeof v['title'] === 'string' && isObj(v['view']) && isObj(v['view']['result']);
    case 'simEmpty':
      return true;
    case 'simCopied':
      return v['line'] === null || typeof v['line'] === 'string';
    default:
      return false;
  }
}

// ─── end of the simulation panel's messages ───

/** Every message the extension sends to a webview. */
export type ExtensionToWebview = ExtensionToDiagram | ExtensionToSimulation;
/** Every message a webview sends to the extension. */
export type WebviewToExtension = DiagramToExtension | SimulationToExtension;
