/**
 * The diagram panel: a webview beside the editor that draws the topology block
 * under the cursor, follows the cursor and the typing (debounced), reveals a
 * node's declaration on click, and exports SVG/PNG next to the note.
 * The design is parsed and checked here with the pure core; the webview only
 * renders the mermaid text it is sent (media/diagram/main.ts).
 */
import * as vscode from 'vscode';
import { findTopologyBlocks, type FenceBlock } from '../../server/src/core/fences';
import { parseDesign } from '../../server/src/core/parser';
import type { Design, Locale } from '../../server/src/core/types';
import {
  isDiagramToExtension,
  type DiagramExportMessage,
  type DiagramRevealMessage,
  type DiagramStrings,
  type DiagramToExtension,
  type ExtensionToDiagram,
} from '../../media/messages';
import { buildDiagramUpdate, diagramHtml } from './diagramHtml';

export const OPEN_DIAGRAM_COMMAND = 'infraNotes.openDiagram';
export const EXPORT_SVG_COMMAND = 'infraNotes.exportDiagramSvg';
export const EXPORT_PNG_COMMAND = 'infraNotes.exportDiagramPng';
const VIEW_TYPE = 'infraNotes.diagram';
const DEBOUNCE_MS = 300;

interface Target {
  uri: vscode.Uri;
  blockIndex: number;
}

function uiLocale(): Locale {
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function uiTheme(): 'light' | 'dark' {
  const k = vscode.window.activeColorTheme.kind;
  return k === vscode.ColorThemeKind.Dark || k === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light';
}

function strings(): DiagramStrings {
  const t = vscode.l10n.t;
  return {
    zoomIn: t('Zoom in'),
    zoomOut: t('Zoom out'),
    zoomFit: t('Fit to window'),
    zoomReset: t('Actual size'),
    exportSvg: t('Export SVG'),
    exportPng: t('Export PNG'),
    noDesign: t('Put the cursor in a ```topology block to see its diagram.'),
    errors: t('This design has errors'),
    findings: t('Findings'),
    renderFailed: t('The diagram could not be drawn:'),
    line: t('line {0}', '{0}'),
    diagram: t('Diagram'),
  };
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[+/=]/g, '');
}

function isMarkdown(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown';
}

/** Index of the block holding `line`, or -1. */
function blockAt(blocks: FenceBlock[], line: number): number {
  return blocks.findIndex((b) => line >= b.fenceLine && line <= (b.closeLine ?? Number.MAX_SAFE_INTEGER));
}

function parseBlock(b: FenceBlock): Design {
  return parseDesign({ ...b, closed: b.closeLine !== null });
}

/** `NOTE.diagram-N.ext` next to the note (N from 1), or in the first workspace folder for untitled notes. */
export function defaultExportUri(note: vscode.Uri, blockIndex: number, ext: 'svg' | 'png'): vscode.Uri {
  const base = note.path.split('/').pop() || 'note';
  const stem = base.replace(/\.(md|markdown)$/i, '');
  const file = `${stem}.diagram-${blockIndex + 1}.${ext}`;
  if (note.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, file) : vscode.Uri.file(file);
  }
  return vscode.Uri.joinPath(note, '..', file);
}

class DiagramPanel implements vscode.Disposable {
  static current: DiagramPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private target: Target | null = null;
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingExport: 'svg' | 'png' | null = null;

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly panel: vscode.WebviewPanel,
  ) {
    const webview = panel.webview;
    const media = vscode.Uri.joinPath(context.extensionUri, 'media');
    const outMedia = vscode.Uri.joinPath(context.extensionUri, 'out', 'media');
    webview.options = { enableScripts: true, localResourceRoots: [outMedia, media] };
    webview.html = diagramHtml({
      nonce: nonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(outMedia, 'diagram.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'diagram.css')).toString(),
      locale: uiLocale(),
    });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      webview.onDidReceiveMessage((m: unknown) => {
        if (isDiagramToExtension(m)) void this.onMessage(m);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.followCursor(e)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.target && e.document.uri.toString() === this.target.uri.toString()) this.schedule();
      }),
      vscode.window.onDidChangeActiveColorTheme(() => this.schedule(0)),
    );
  }

  static show(context: vscode.ExtensionContext, target: Target | null): DiagramPanel {
    let p = DiagramPanel.current;
    if (p) {
      p.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        vscode.l10n.t('Diagram'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, retainContextWhenHidden: false },
      );
      p = new DiagramPanel(context, panel);
      DiagramPanel.current = p;
    }
    if (target) p.setTarget(target);
    return p;
  }

  setTarget(t: Target): void {
    this.target = t;
    this.schedule(0);
  }

  requestExport(format: 'svg' | 'png'): void {
    if (this.ready) this.post({ type: 'requestExport', format });
    else this.pendingExport = format;
  }

  /** Switches to the block under the cursor when the cursor is in one. */
  private followCursor(editor: vscode.TextEditor): void {
    if (!isMarkdown(editor.document)) return;
    const blocks = findTopologyBlocks(editor.document.getText());
    const i = blockAt(blocks, editor.selection.active.line);
    if (i < 0) return;
    const same = this.target && this.target.uri.toString() === editor.document.uri.toString() && this.target.blockIndex === i;
    if (!same) this.setTarget({ uri: editor.document.uri, blockIndex: i });
  }

  private schedule(delay = DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  private post(m: ExtensionToDiagram): void {
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
      this.post({ type: 'empty' });
      return;
    }
    const msg = buildDiagramUpdate(doc.getText(), t.blockIndex, doc.uri.toString(), { theme: uiTheme(), locale: uiLocale() });
    if (!msg) {
      this.post({ type: 'empty' });
      return;
    }
    // Blocks may have been deleted while typing: the message keeps to the last one.
    t.blockIndex = msg.blockIndex;
    const name = doc.uri.path.split('/').pop() ?? '';
    this.panel.title = vscode.l10n.t('Diagram: {0}', msg.title || `${name} #${t.blockIndex + 1}`);
    this.post(msg);
  }

  private async onMessage(m: DiagramToExtension): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'init', locale: uiLocale(), strings: strings() });
        if (!this.target) {
          const e = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((v) => isMarkdown(v.document));
          if (e) this.followCursor(e);
        }
        await this.update();
        if (this.pendingExport) {
          this.post({ type: 'requestExport', format: this.pendingExport });
          this.pendingExport = null;
        }
        return;
      case 'reveal':
        return this.reveal(m);
      case 'export':
        return this.save(m);
      case 'error':
        void vscode.window.showErrorMessage(vscode.l10n.t('Diagram: {0}', m.message));
        return;
    }
  }

  private async reveal(m: DiagramRevealMessage): Promise<void> {
    const t = this.target;
    if (!t || m.uri !== t.uri.toString()) return;
    const doc = await this.document(t.uri);
    if (!doc || m.line < 0 || m.line >= doc.lineCount) return;
    let range = new vscode.Range(m.line, 0, m.line, 0);
    const b = findTopologyBlocks(doc.getText())[m.blockIndex];
    const node = b && m.name ? parseBlock(b).nodes.get(m.name) : undefined;
    if (node && b && b.firstLine + node.nameSpan.line === m.line) {
      range = new vscode.Range(m.line, node.nameSpan.start, m.line, node.nameSpan.end);
    } else {
      const text = doc.lineAt(m.line).text;
      range = new vscode.Range(m.line, text.length - text.trimStart().length, m.line, text.length);
    }
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
    await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: range,
      preserveFocus: false,
    });
  }

  private async save(m: DiagramExportMessage): Promise<void> {
    const t = this.target;
    if (!t) return;
    const svg = m.format === 'svg';
    const target = await vscode.window.showSaveDialog({
      defaultUri: defaultExportUri(t.uri, t.blockIndex, m.format),
      filters: svg ? { SVG: ['svg'] } : { PNG: ['png'] },
      title: svg ? vscode.l10n.t('Export SVG') : vscode.l10n.t('Export PNG'),
    });
    if (!target) return;
    const bytes = svg ? new TextEncoder().encode(m.data) : Buffer.from(m.data, 'base64');
    try {
      await vscode.workspace.fs.writeFile(target, bytes);
      void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}', vscode.workspace.asRelativePath(target)));
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not save {0}: {1}', target.fsPath, String(e)));
    }
  }

  dispose(): void {
    if (DiagramPanel.current === this) DiagramPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function targetFromArgs(uriArg: unknown, indexArg: unknown): Target | null {
  let uri: vscode.Uri | undefined;
  if (uriArg instanceof vscode.Uri) uri = uriArg;
  else if (typeof uriArg === 'string' && uriArg) uri = vscode.Uri.parse(uriArg);
  if (!uri) return null;
  const i = typeof indexArg === 'number' && Number.isInteger(indexArg) && indexArg >= 0 ? indexArg : 0;
  return { uri, blockIndex: i };
}

function targetFromEditor(): Target | null {
  const e = vscode.window.activeTextEditor;
  if (!e || !isMarkdown(e.document)) return null;
  const blocks = findTopologyBlocks(e.document.getText());
  if (!blocks.length) return null;
  const line = e.selection.active.line;
  let i = blockAt(blocks, line);
  if (i < 0) {
    // Not inside a block: the nearest one above the cursor, else the first.
    i = 0;
    blocks.forEach((b, k) => {
      if (b.fenceLine <= line) i = k;
    });
  }
  return { uri: e.document.uri, blockIndex: i };
}

/**
 * Registers `infraNotes.openDiagram` (args: optional note URI and 0-based block
 * index; default: the block at the active editor's cursor) and the export commands.
 */
export function registerDiagramPanel(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_DIAGRAM_COMMAND, (uri?: unknown, blockIndex?: unknown) => {
      DiagramPanel.show(context, targetFromArgs(uri, blockIndex) ?? targetFromEditor());
    }),
    vscode.commands.registerCommand(EXPORT_SVG_COMMAND, () => {
      const p = DiagramPanel.current ?? DiagramPanel.show(context, targetFromEditor());
      p.requestExport('svg');
    }),
    vscode.commands.registerCommand(EXPORT_PNG_COMMAND, () => {
      const p = DiagramPanel.current ?? DiagramPanel.show(context, targetFromEditor());
      p.requestExport('png');
    }),
    { dispose: () => DiagramPanel.current?.dispose() },
  );
}
