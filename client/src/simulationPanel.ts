/**
 * The simulation panel: a webview beside the editor for one design of a note.
 * The language server simulates (infraNotes/simulation) from its own analysis
 * of the note; this side keeps the steps the user builds in the webview, asks
 * the server for each change and passes its view on. Nothing is parsed here.
 * The panel follows edits of its note (debounced), not the cursor: a CodeLens
 * opens it on one design and one scenario.
 */
import * as vscode from 'vscode';
import { readSteps, type SimStep } from '../../server/src/core';
import {
  isSimulationToExtension,
  type ExtensionToSimulation,
  type SimulationDesignMessage,
  type SimulationToExtension,
} from '../../media/messages';
import { simulationHtml, simulationStrings } from './simulationHtml';
import { EXPORT_ANIMATION_COMMAND, type ShownRun } from './animationExport';
import type { PanelViews } from './views';
import { NotePanel, revealOrCreate, targetFromArgs, targetFromEditor, uiLocale, uiTheme, type NoteTarget, type PanelPage } from './webviewUtil';

export const OPEN_SIMULATION_COMMAND = 'infraNotes.openSimulation';
const VIEW_TYPE = 'infraNotes.simulation';
const PAGE: PanelPage<SimulationToExtension> = {
  mediaDir: ['media', 'simulate'],
  script: 'simulate.js',
  style: 'simulate.css',
  html: simulationHtml,
  accepts: isSimulationToExtension,
};

interface Target extends NoteTarget {
  /** The design's title when last seen: keeps the panel on it when blocks above are added or removed. */
  title: string | null;
}

class SimulationPanel extends NotePanel<Target, SimulationToExtension, ExtensionToSimulation> {
  static current: SimulationPanel | undefined;

  /** The scenario that runs ('' for the user's own steps) and the user's steps. */
  private scenario = '';
  private steps: SimStep[] = [];

  private constructor(context: vscode.ExtensionContext, panel: vscode.WebviewPanel, views: PanelViews) {
    super(context, panel, views, PAGE, { type: 'simEmpty' });
  }

  static show(context: vscode.ExtensionContext, views: PanelViews, target: Target | null, scenario: string | null, steps: SimStep[] | null = null): SimulationPanel {
    const p = revealOrCreate(SimulationPanel.current, VIEW_TYPE, vscode.l10n.t('Simulation'), (panel) => new SimulationPanel(context, panel, views));
    SimulationPanel.current = p;
    if (target) {
      const same = p.target && p.target.uri.toString() === target.uri.toString() && (target.index === null || p.target.index === target.index);
      // Another design starts with no steps; a scenario argument selects that scenario.
      if (!same || scenario !== null || steps !== null) {
        p.steps = steps ?? [];
        p.scenario = steps ? '' : (scenario ?? '');
      }
      p.setTarget(same && p.target ? { ...target, index: p.target.index, title: p.target.title } : target);
    }
    return p;
  }

  protected async build(t: Target, doc: vscode.TextDocument): Promise<SimulationDesignMessage | null> {
    const theme = uiTheme();
    const view = await this.views.simulation({
      uri: doc.uri.toString(),
      index: t.index,
      line: t.line ?? null,
      title: t.title,
      locale: uiLocale(),
      theme,
      scenario: this.scenario,
      steps: this.steps,
    });
    if (!view) return null;
    t.index = view.designIndex;
    t.title = view.title;
    // A scenario that no longer exists leaves its steps as the user's own.
    this.scenario = view.scenario;
    this.steps = view.steps;
    return { type: 'simDesign', uri: doc.uri.toString(), designIndex: view.designIndex, title: view.title, theme, view };
  }

  protected titleFor(subject: string): string {
    return vscode.l10n.t('Simulation: {0}', subject);
  }

  protected onMessage(m: SimulationToExtension): void {
    switch (m.type) {
      case 'simReady':
        this.ready = true;
        this.post({ type: 'simInit', locale: uiLocale(), strings: simulationStrings((s, ...args) => vscode.l10n.t(s, ...args)) });
        void this.update();
        return;
      case 'simSteps':
        this.scenario = m.scenario;
        this.steps = m.steps;
        void this.update();
        return;
      case 'simError':
        void vscode.window.showErrorMessage(vscode.l10n.t('Simulation: {0}', m.message));
        return;
      case 'simCopyScenario':
        void this.copyScenario(m.steps);
        return;
      case 'simExportAnimation':
        // The command asks the server for the picture and the user for the file (save dialog beside the note).
        if (this.target) void vscode.commands.executeCommand(EXPORT_ANIMATION_COMMAND, this.target.uri, this.target.index, m.scenario || m.steps);
        return;
    }
  }

  /** The run shown: what "Export Animation" from the command palette exports. */
  shown(): ShownRun | null {
    const t = this.target;
    return t ? { uri: t.uri, index: t.index, title: t.title, scenario: this.scenario, steps: this.steps } : null;
  }

  /**
   * "Copy as scenario": the server writes the steps as a `scenario` line of the
   * design (the language's syntax, a name the design does not use); the edit is
   * applied here only if the note is still the version the server read. The
   * panel then runs that scenario: the note and the panel say the same thing.
   */
  private async copyScenario(steps: SimStep[]): Promise<void> {
    const t = this.target;
    const doc = t && (await this.document(t.uri));
    let line: string | null = null;
    if (t && doc) {
      try {
        const r = await this.views.scenarioEdit({ uri: doc.uri.toString(), index: t.index, title: t.title, locale: uiLocale(), steps });
        if (r && r.version === doc.version) {
          const edit = new vscode.WorkspaceEdit();
          edit.insert(doc.uri, new vscode.Position(r.range.start.line, r.range.start.character), r.newText);
          if (await vscode.workspace.applyEdit(edit)) {
            line = r.line;
            this.scenario = r.name;
            this.steps = [];
          }
        }
      } catch {
        // A restarting server or a changed note: say it did not work; the user tries again.
      }
    }
    this.post({ type: 'simCopied', line });
    if (line) this.schedule();
  }

  override dispose(): void {
    if (SimulationPanel.current === this) SimulationPanel.current = undefined;
    super.dispose();
  }
}

/** What the simulation panel shows, when it is open on a design. */
export function shownSimulationRun(): ShownRun | null {
  return SimulationPanel.current?.shown() ?? null;
}

/** A URI argument read strictly: undefined when it is not one. */
function parseStrict(s: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(s, true);
  } catch {
    return undefined;
  }
}

/** The design a command's arguments or the active Markdown editor's cursor name, not yet seen by title. */
function targetOf(uri: unknown, designIndex: unknown): Target | null {
  const t = targetFromArgs(uri, designIndex, parseStrict) ?? targetFromEditor();
  return t && { ...t, title: null };
}

/**
 * Registers `infraNotes.openSimulation` (args: optional note URI string,
 * 0-based design index and scenario name — what the CodeLens passes; without
 * them, the design at the active Markdown editor's cursor).
 */
export function registerSimulationPanel(context: vscode.ExtensionContext, views: PanelViews): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_SIMULATION_COMMAND, (uri?: unknown, designIndex?: unknown, scenario?: unknown, steps?: unknown) => {
      const target = targetOf(uri, designIndex);
      if (!target && !SimulationPanel.current) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor in a ```topology block to simulate it.'));
        return;
      }
      // A finding's "show me this failure" passes the steps to run (untrusted: checked like the webview's).
      const given = Array.isArray(steps) ? readSteps(steps) : [];
      SimulationPanel.show(context, views, target, typeof scenario === 'string' && scenario ? scenario : null, given.length ? given : null);
    }),
    { dispose: () => SimulationPanel.current?.dispose() },
  );
}
