/**
 * The simulation panel: a webview beside the editor for one design of a note.
 * The extension host only finds the design (pure core: fences) and sends its
 * source lines, title and scenario names (parser); the webview parses and
 * simulates them itself with the same core as the CLI, so interaction needs no
 * round trip. The panel follows edits of its note (debounced), not the cursor:
 * a CodeLens opens it on one design and one scenario.
 */
import * as vscode from 'vscode';
import { findTopologyBlocks } from '../../server/src/core';
import {
  isSimulationToExtension,
  type ExtensionToSimulation,
  type SimulationDesignMessage,
  type SimulationToExtension,
} from '../../media/messages';
import { buildSimulationDesign, simulationHtml, simulationStrings } from './simulationHtml';
import { NotePanel, revealOrCreate, targetFromArgs, targetFromEditor, uiLocale, type NoteTarget, type PanelPage } from './webviewUtil';

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

  /** A scenario to select with the next design message (the command's argument). */
  private scenario: string | null = null;

  private constructor(context: vscode.ExtensionContext, panel: vscode.WebviewPanel) {
    super(context, panel, PAGE, { type: 'simEmpty' });
  }

  static show(context: vscode.ExtensionContext, target: Target | null, scenario: string | null): SimulationPanel {
    const p = revealOrCreate(SimulationPanel.current, VIEW_TYPE, vscode.l10n.t('Simulation'), (panel) => new SimulationPanel(context, panel));
    SimulationPanel.current = p;
    if (target) {
      p.scenario = scenario;
      p.setTarget(target);
    }
    return p;
  }

  protected build(t: Target, doc: vscode.TextDocument): SimulationDesignMessage | null {
    const text = doc.getText();
    // Blocks added or removed above: stay on the design with the same title when the index moved.
    if (t.title !== null) {
      const blocks = findTopologyBlocks(text);
      if (blocks[t.index]?.title !== t.title) {
        const same = blocks.findIndex((b) => b.title === t.title);
        if (same >= 0) t.index = same;
      }
    }
    const msg = buildSimulationDesign(text, t.index, doc.uri.toString(), this.scenario);
    this.scenario = null;
    if (msg) {
      t.index = msg.designIndex;
      t.title = msg.title;
    }
    return msg;
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
      case 'simError':
        void vscode.window.showErrorMessage(vscode.l10n.t('Simulation: {0}', m.message));
        return;
    }
  }

  override dispose(): void {
    if (SimulationPanel.current === this) SimulationPanel.current = undefined;
    super.dispose();
  }
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
export function registerSimulationPanel(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_SIMULATION_COMMAND, (uri?: unknown, designIndex?: unknown, scenario?: unknown) => {
      const target = targetOf(uri, designIndex);
      if (!target && !SimulationPanel.current) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor in a ```topology block to simulate it.'));
        return;
      }
      SimulationPanel.show(context, target, typeof scenario === 'string' && scenario ? scenario : null);
    }),
    { dispose: () => SimulationPanel.current?.dispose() },
  );
}
