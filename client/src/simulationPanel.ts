/**
 * The simulation panel: a webview beside the editor for one design of a note.
 * The extension host only finds the design (pure core: fences) and sends its
 * source lines, title and scenario names (parser); the webview parses and
 * simulates them itself with the same core as the CLI, so interaction needs no
 * round trip. The panel follows edits of its note (debounced), not the cursor:
 * a CodeLens opens it on one design and one scenario.
 */
import * as vscode from 'vscode';
import { findTopologyBlocks } from '../../server/src/core/fences';
import { isSimulationToExtension, type ExtensionToSimulation, type SimulationToExtension } from '../../media/messages';
import { blockAtLine, buildSimulationDesign, simulationHtml, simulationStrings } from './simulationHtml';

export const OPEN_SIMULATION_COMMAND = 'infraNotes.openSimulation';
const VIEW_TYPE = 'infraNotes.simulation';
const DEBOUNCE_MS = 300;

interface Target {
  uri: vscode.Uri;
  designIndex: number;
  /** The design's title when last seen: keeps the panel on it when blocks above are added or removed. */
  title: string | null;
}

function uiLocale(): 'en' | 'ko' {
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[+/=]/g, '');
}

class SimulationPanel implements vscode.Disposable {
  static current: SimulationPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private target: Target | null = null;
  /** A scenario to select with the next design message (the command's argument). */
  private scenario: string | null = null;
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private constructor(
    context: vscode.ExtensionContext,
    private readonly panel: vscode.WebviewPanel,
  ) {
    const webview = panel.webview;
    const outMedia = vscode.Uri.joinPath(context.extensionUri, 'out', 'media');
    const media = vscode.Uri.joinPath(context.extensionUri, 'media', 'simulate');
    webview.options = { enableScripts: true, localResourceRoots: [outMedia, media] };
    webview.html = simulationHtml({
      nonce: nonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(outMedia, 'simulate.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'simulate.css')).toString(),
      locale: uiLocale(),
    });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      webview.onDidReceiveMessage((m: unknown) => {
        if (isSimulationToExtension(m)) this.onMessage(m);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.target && e.document.uri.toString() === this.target.uri.toString()) this.schedule();
      }),
      vscode.window.onDidChangeActiveColorTheme(() => this.schedule(0)),
    );
  }

  static show(context: vscode.ExtensionContext, target: Target | null, scenario: string | null): SimulationPanel {
    let p = SimulationPanel.current;
    if (p) {
      p.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        vscode.l10n.t('Simulation'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, retainContextWhenHidden: false },
      );
      p = new SimulationPanel(context, panel);
      SimulationPanel.current = p;
    }
    if (target) {
      p.target = target;
      p.scenario = scenario;
      p.schedule(0);
    }
    return p;
  }

  private schedule(delay = DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  private post(m: ExtensionToSimulation): void {
    void this.panel.webview.postMessage(m);
  }

  private async document(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open;
    try {
      return await vscode.workspace.openTextDocument(uri);
    } catch {
      return undefined;
    }
  }

  private async update(): Promise<void> {
    if (!this.ready) return;
    const t = this.target;
    const doc = t && (await this.document(t.uri));
    if (!t || !doc) {
      this.post({ type: 'simEmpty' });
      return;
    }
    const text = doc.getText();
    // Blocks added or removed above: stay on the design with the same title when the index moved.
    if (t.title !== null) {
      const blocks = findTopologyBlocks(text);
      if (blocks[t.designIndex]?.title !== t.title) {
        const same = blocks.findIndex((b) => b.title === t.title);
        if (same >= 0) t.designIndex = same;
      }
    }
    const msg = buildSimulationDesign(text, t.designIndex, doc.uri.toString(), this.scenario);
    this.scenario = null;
    if (!msg) {
      this.post({ type: 'simEmpty' });
      return;
    }
    t.designIndex = msg.designIndex;
    t.title = msg.title;
    const name = doc.uri.path.split('/').pop() ?? '';
    this.panel.title = vscode.l10n.t('Simulation: {0}', msg.title || `${name} #${t.designIndex + 1}`);
    this.post(msg);
  }

  private onMessage(m: SimulationToExtension): void {
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

  dispose(): void {
    if (SimulationPanel.current === this) SimulationPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function targetFromArgs(uriArg: unknown, indexArg: unknown): Target | null {
  let uri: vscode.Uri | undefined;
  if (uriArg instanceof vscode.Uri) uri = uriArg;
  else if (typeof uriArg === 'string' && uriArg) {
    try {
      uri = vscode.Uri.parse(uriArg, true);
    } catch {
      return null;
    }
  }
  if (!uri) return null;
  const i = typeof indexArg === 'number' && Number.isInteger(indexArg) && indexArg >= 0 ? indexArg : 0;
  return { uri, designIndex: i, title: null };
}

/** The design at the active Markdown editor's cursor (or the nearest one above it, else the first). */
function targetFromEditor(): Target | null {
  const e = vscode.window.activeTextEditor;
  if (!e || e.document.languageId !== 'markdown') return null;
  const blocks = findTopologyBlocks(e.document.getText());
  if (!blocks.length) return null;
  const line = e.selection.active.line;
  let i = blockAtLine(blocks, line);
  if (i < 0) {
    i = 0;
    blocks.forEach((b, k) => {
      if (b.fenceLine <= line) i = k;
    });
  }
  return { uri: e.document.uri, designIndex: i, title: null };
}

/**
 * Registers `infraNotes.openSimulation` (args: optional note URI string,
 * 0-based design index and scenario name — what the CodeLens passes; without
 * them, the design at the active Markdown editor's cursor).
 */
export function registerSimulationPanel(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_SIMULATION_COMMAND, (uri?: unknown, designIndex?: unknown, scenario?: unknown) => {
      const target = targetFromArgs(uri, designIndex) ?? targetFromEditor();
      if (!target && !SimulationPanel.current) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor in a ```topology block to simulate it.'));
        return;
      }
      SimulationPanel.show(context, target, typeof scenario === 'string' && scenario ? scenario : null);
    }),
    { dispose: () => SimulationPanel.current?.dispose() },
  );
}
