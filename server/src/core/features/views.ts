/**
 * What the diagram and simulation panels draw, computed from the language
 * server's analysis of the document (the same one the squiggles come from): the
 * panels ask, the server answers with these views, the webviews draw them.
 * Pure; positions are document lines.
 */
import type { DesignEntry, DocumentAnalysis, TopologyService } from './service';
import { lastLine } from './service';
import { applyRuleConfig, type RuleConfig } from '../rules/config';
import { toMermaidDiagram, type DiagramTheme } from '../render/mermaid';
import { animationTitle, toAnimatedSvg } from '../render/animation';
import { buildModel } from '../model/request-graph';
import { designAvailability, runAvailability, scenarioSteps, simulate, stepsAfterEnd, validateTargets, type SimResult, type SimStep } from '../analysis/simulation/simulate';
import { scenarioText } from '../shared/target';
import type { Locale, Severity } from '../syntax/ast';

/** Which design of a document: by index, by a line in (or below) its block, kept on a title when blocks moved. */
export interface DesignRef {
  /** 0-based index among the document's designs (clamped to the last one). */
  index?: number | null;
  /** A document line: the design whose block holds it, else the nearest one above, else the first. Used when `index` is absent. */
  line?: number | null;
  /** The design's title when last seen: when the design at `index` has another title, the one with this title. */
  title?: string | null;
}

/** The design a reference names, or undefined when the document has none. */
export function pickDesign(service: TopologyService, a: DocumentAnalysis, ref: DesignRef): DesignEntry | undefined {
  const ds = a.designs;
  if (!ds.length) return undefined;
  let entry: DesignEntry | undefined;
  if (typeof ref.index === 'number' && Number.isInteger(ref.index) && ref.index >= 0) entry = ds[Math.min(ref.index, ds.length - 1)];
  else if (typeof ref.line === 'number' && Number.isInteger(ref.line)) {
    const line = ref.line;
    entry = service.designAt(a, line) ?? [...ds].reverse().find((d) => d.fenceLine <= line) ?? ds[0];
  } else entry = ds[0];
  if (entry && typeof ref.title === 'string' && entry.design.title !== ref.title) {
    // Blocks added or removed above: stay on the design with the same title.
    entry = ds.find((d) => d.design.title === ref.title) ?? entry;
  }
  return entry;
}

/** A finding as a panel lists it: localized, on a document line. */
export interface ViewFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** Document line (0-based). */
  line: number;
}

/** A drawn node: its mermaid id, name and the document range of its name in the declaration. */
export interface ViewNode {
  id: string;
  name: string;
  line: number;
  start: number;
  end: number;
}

export interface DiagramView {
  designIndex: number;
  title: string;
  /** Mermaid flowchart text, the findings marked on their nodes. */
  mermaid: string;
  /** The same diagram for exported images (labels as native SVG text), in each theme: the user picks a light background. */
  exportMermaid: { light: string; dark: string };
  nodes: ViewNode[];
  /** Errors: the design is not valid. */
  errors: ViewFinding[];
  /** Warnings, infos and hints. */
  findings: ViewFinding[];
  /** Every design's block as document lines (fence to closing fence), so the panel follows the cursor without scanning the note. */
  blocks: { first: number; last: number }[];
}

export interface ViewOptions {
  locale: Locale;
  theme: DiagramTheme;
  /** The user's rule severities (suppression comments are read from the note). */
  rules?: RuleConfig;
}

/**
 * The diagram of one design with exactly the findings the editor shows for it
 * (the same rule config, suppressions and limit as the squiggles).
 */
export function diagramView(service: TopologyService, a: DocumentAnalysis, ref: DesignRef, opts: ViewOptions): DiagramView | null {
  const entry = pickDesign(service, a, ref);
  if (!entry) return null;
  const shown = applyRuleConfig(entry.design, entry.findings, opts.rules);
  const { text, nodes } = toMermaidDiagram(entry.design, shown, { theme: opts.theme, locale: opts.locale });
  const docLine = (l: number): number => Math.max(0, l < 0 ? entry.fenceLine : entry.firstLine + l);
  // This design's findings only: a cursor move into another block must not go through the whole note.
  const listed = service.designFindings(a, entry, opts.rules);
  const toView = (f: (typeof listed)[number]): ViewFinding => ({ rule: f.rule, severity: f.severity, message: f.message[opts.locale], line: f.range.start.line });
  return {
    designIndex: entry.index,
    title: entry.design.title,
    mermaid: text,
    exportMermaid: {
      light: toMermaidDiagram(entry.design, shown, { theme: 'light', locale: opts.locale, nativeText: true }).text,
      dark: toMermaidDiagram(entry.design, shown, { theme: 'dark', locale: opts.locale, nativeText: true }).text,
    },
    nodes: nodes.map((n) => {
      const span = entry.design.nodes.get(n.name)?.nameSpan;
      return { id: n.id, name: n.name, line: docLine(n.line), start: span?.start ?? 0, end: span?.end ?? 0 };
    }),
    errors: listed.filter((f) => f.severity === 'error').map(toView),
    findings: listed.filter((f) => f.severity !== 'error').map(toView),
    blocks: a.designs.map((d) => ({ first: Math.max(0, d.fenceLine), last: lastLine(d, a.lines.length) })),
  };
}

/** What the simulation panel asks: which steps to run (its own, or a scenario's by name). */
export interface SimulationRequest {
  /** A scenario of the design to run; '' or null: run `steps`. */
  scenario?: string | null;
  steps?: SimStep[] | null;
}

export interface SimulationView {
  designIndex: number;
  title: string;
  /** The design drawn without findings (the simulation colours it). */
  mermaid: string;
  /** Node name → mermaid id. */
  ids: [string, string][];
  /** Messages of the design's errors (the simulation ignores what it cannot read). */
  errors: string[];
  /** Nodes that can fail, with their instance counts. */
  nodes: { name: string; instances: number }[];
  zones: string[];
  regions: string[];
  /** The design's scenario names, in order. */
  scenarios: string[];
  /** The scenario that ran, or '' for the panel's own steps. */
  scenario: string;
  /** The steps that ran. */
  steps: SimStep[];
  /** Messages for steps that cannot run: targets the design does not have, times at or after the end of the run. */
  invalid: string[];
  result: SimResult;
  /** This run's own availability per entry (fraction): the share of its requests served over the run (runAvailability). */
  runAvailability: { entry: string; value: number }[];
  /** The design's long-run availability estimate (fraction; failure rates and repair times, the lens's figure), not this run's. */
  longRunAvailability: number;
}

/** Runs the panel's steps (or a scenario) on one design. */
export function simulationView(service: TopologyService, a: DocumentAnalysis, ref: DesignRef, req: SimulationRequest, opts: ViewOptions): SimulationView | null {
  const entry = pickDesign(service, a, ref);
  if (!entry) return null;
  const design = entry.design;
  const { text, ids } = toMermaidDiagram(design, [], { locale: opts.locale, legend: false, theme: opts.theme });
  const sc = req.scenario ? design.scenarios.find((s) => s.name === req.scenario) : undefined;
  const steps = sc ? scenarioSteps(sc) : (req.steps ?? []);
  const m = buildModel(design);
  const errors = applyRuleConfig(design, entry.findings, opts.rules).filter((f) => f.severity === 'error');
  const result = simulate(design, steps);
  const invalid = validateTargets(design, steps).map((x) => x[opts.locale]);
  // A step at or after the end of the run does nothing: say so rather than show a quiet run.
  for (const m of stepsAfterEnd(steps, result.horizon)) invalid.push(m[opts.locale]);
  return {
    designIndex: entry.index,
    title: design.title,
    mermaid: text,
    ids: [...ids],
    errors: errors.map((f) => f.message[opts.locale]),
    nodes: m.nodes.filter((s) => !s.client).map((s) => ({ name: s.name, instances: s.instances })),
    zones: [...design.zones.keys()],
    regions: [...design.regions.keys()],
    scenarios: design.scenarios.map((s) => s.name),
    scenario: sc ? sc.name : '',
    steps,
    invalid,
    result,
    runAvailability: result.entries.map((e) => ({ entry: e.entry, value: runAvailability(e, result.horizon) })),
    longRunAvailability: designAvailability(design),
  };
}

/** What an animation export asks: the run (a scenario by name, or steps) and the picture's size and pace. */
export interface AnimationRequest extends SimulationRequest {
  /** Width in CSS pixels (default 800, kept within 320–2000). */
  width?: number | null;
  /** Seconds each frame is shown (default 2, kept within 0.5–10). */
  secondsPerFrame?: number | null;
}

/** A run as an animated SVG (the CLI's `animate`), or why it cannot be made. */
export interface AnimationView {
  designIndex: number;
  title: string;
  /** The design's scenario names, in order (what a caller may offer to animate). */
  scenarios: string[];
  /** The scenario animated, or '' for the steps sent. */
  scenario: string;
  /** The steps that ran. */
  steps: SimStep[];
  /** The caption written above the picture. */
  caption: string;
  /** The animated SVG; null when `problems` says why there is none. */
  svg: string | null;
  /** Why there is no picture: no step to run, an unknown scenario, targets the design does not have. */
  problems: string[];
}

/**
 * A run of one design as an animated SVG: the same picture `infra-notes animate`
 * writes (toAnimatedSvg, one frame per moment the engine recorded), captioned
 * with the design and the scenario (or the steps). Refuses, with the reasons,
 * a run with nothing in it, a scenario the design does not have and steps
 * naming targets it does not have, as the CLI does.
 */
export function animationView(service: TopologyService, a: DocumentAnalysis, ref: DesignRef, req: AnimationRequest, opts: { locale: Locale }): AnimationView | null {
  const entry = pickDesign(service, a, ref);
  if (!entry) return null;
  const design = entry.design;
  const ko = opts.locale === 'ko';
  const name = req.scenario || '';
  const sc = name ? design.scenarios.find((s) => s.name === name) : undefined;
  const steps = sc ? scenarioSteps(sc) : name ? [] : (req.steps ?? []);
  const problems: string[] = [];
  const shown = design.title || `#${entry.index + 1}`;
  if (name && !sc) problems.push(ko ? `설계 "${shown}"에는 "${name}" 시나리오가 없습니다.` : `The design "${shown}" has no scenario "${name}".`);
  else if (!steps.length) problems.push(ko ? '실행할 단계가 없습니다. 노드에 장애를 내거나 시나리오를 고르세요.' : 'There is no step to run: fail a node or choose a scenario.');
  problems.push(...validateTargets(design, steps).map((x) => x[opts.locale]));
  const caption = animationTitle(design.title, entry.index, sc ? sc.name : null, steps);
  const num = (v: number | null | undefined): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const svg = problems.length
    ? null
    : toAnimatedSvg(design, simulate(design, steps), { locale: opts.locale, width: num(req.width), secondsPerFrame: num(req.secondsPerFrame), title: caption });
  return { designIndex: entry.index, title: design.title, scenarios: design.scenarios.map((s) => s.name), scenario: sc ? sc.name : '', steps, caption, svg, problems };
}

/** A `scenario` line to add to a design, and where: what the panel's "copy as scenario" writes into the note. */
export interface ScenarioEdit {
  /** The scenario's name (new in the design). */
  name: string;
  /** The statement, as the language writes it. */
  line: string;
  /** Where to insert, document positions (start = end: an insertion), and the text inserted there (indent, line and line break). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

/**
 * The panel's steps as a new `scenario` line at the end of the design's block,
 * under a name the design does not use yet (`run-1`, `run-2`… / `실행-1`…).
 * Null when there is no design or no step. The line reads back as the same steps.
 */
export function scenarioEdit(service: TopologyService, a: DocumentAnalysis, ref: DesignRef, steps: SimStep[], locale: Locale): ScenarioEdit | null {
  const entry = pickDesign(service, a, ref);
  if (!entry || !steps.length) return null;
  const used = new Set(entry.design.scenarios.map((x) => x.name));
  const base = locale === 'ko' ? '실행' : 'run';
  let k = 1;
  while (used.has(`${base}-${k}`)) k++;
  const name = `${base}-${k}`;
  const line = scenarioText(name, steps);
  // The block's own indentation (a block in a list item is indented).
  const first = a.lines[entry.firstLine] ?? '';
  const indent = entry.closeLine !== null ? (/^[ \t]*/.exec(a.lines[entry.closeLine] ?? '')?.[0] ?? '') : (/^[ \t]*/.exec(first)?.[0] ?? '');
  if (entry.closeLine !== null) {
    const at = { line: entry.closeLine, character: 0 };
    return { name, line, range: { start: at, end: at }, newText: `${indent}${line}\n` };
  }
  // An unclosed block or a .topology file: after the last line.
  const last = Math.max(0, a.lines.length - 1);
  const at = { line: last, character: (a.lines[last] ?? '').length };
  const lead = (a.lines[last] ?? '') === '' ? '' : '\n';
  return { name, line, range: { start: at, end: at }, newText: `${lead}${indent}${line}\n` };
}
