/**
 * The diagram panel: a webview beside the editor that draws the topology block
 * under the cursor, follows the cursor and the typing (debounced), reveals a
 * node's declaration on click, and exports SVG/PNG next to the note.
 * The design is parsed and checked here with the pure core; the webview only
 * renders the mermaid text it is sent (media/diagram/main.ts).
 */
import * as vscode from 'vscode';
import { findTopologyBlocks, parseBlock } from '../../server/src/core';
import {
  isDiagramToExtension,
  type DiagramExportMessage,
  type DiagramRevealMessage,
  type DiagramStrings,
  type DiagramToExtension,
  type DiagramUpdateMessage,
  type ExtensionToDiagram,
} from '../../media/messages';
import { buildDiagramUpdate, diagramHtml } from './diagramHtml';
import {
  blockAt,
  isMarkdown,
  NotePanel,
  revealOrCreate,
  targetFromArgs,
  targetFromEditor,
  uiLocale,
  type NoteTarget,
  type PanelPage,
} from './webviewUtil';

export const OPEN_DIAGRAM_COMMAND = 'infraNotes.openDiagram';
export const EXPORT_SVG_COMMAND = 'infraNotes.exportDiagramSvg';
export const EXPORT_PNG_COMMAND = 'infraNotes.exportDiagramPng';
const VIEW_TYPE = 'infraNotes.diagram';
const PAGE: PanelPage<DiagramToExtension> = {
  mediaDir: ['media'],
  script: 'diagram.js',
  style: 'diagram.css',
  html: diagramHtml,
  accepts: isDiagramToExtension,
};

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

class DiagramPanel extends NotePanel<NoteTarget, DiagramToExtension, ExtensionToDiagram> {
  static current: DiagramPanel | undefined;

  private pendingExport: 'svg' | 'png' | null = null;

  private constructor(context: vscode.ExtensionContext, panel: vscode.WebviewPanel) {
    super(context, panel, PAGE, { type: 'empty' });
    this.disposables.push(
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.followCursor(e)),
    );
  }

  static show(context: vscode.ExtensionContext, target: NoteTarget | null): DiagramPanel {
    const p = revealOrCreate(DiagramPanel.current, VIEW_TYPE, vscode.l10n.t('Diagram'), (panel) => new DiagramPanel(context, panel));
    DiagramPanel.current = p;
    if (target) p.setTarget(target);
    return p;
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
    const same = this.target && this.target.uri.toString() === editor.document.uri.toString() && this.target.index === i;
    if (!same) this.setTarget({ uri: editor.document.uri, index: i });
  }

  protected build(t: NoteTarget, doc: vscode.TextDocument): DiagramUpdateMessage | null {
    const msg = buildDiagramUpdate(doc.getText(), t.index, doc.uri.toString(), { theme: uiTheme(), locale: uiLocale() });
    // Blocks may have been deleted while typing: the message keeps to the last one.
    if (msg) t.index = msg.blockIndex;
    return msg;
  }

  protected titleFor(subject: string): string {
    return vscode.l10n.t('Diagram: {0}', subject);
  }

  protected async onMessage(m: DiagramToExtension): Promise<void> {
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
      defaultUri: defaultExportUri(t.uri, t.index, m.format),
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

  override dispose(): void {
    if (DiagramPanel.current === this) DiagramPanel.current = undefined;
    super.dispose();
  }
}

/**
 * Registers `infraNotes.openDiagram` (args: optional note URI and 0-based block
 * index; default: the block at the active editor's cursor) and the export commands.
 */
export function registerDiagramPanel(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_DIAGRAM_COMMAND, (uri?: unknown, blockIndex?: unknown) => {
      DiagramPanel.show(context, targetFromArgs(uri, blockIndex, (s) => vscode.Uri.parse(s)) ?? targetFromEditor());
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
