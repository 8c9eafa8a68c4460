/**
 * The diagram panel: a webview beside the editor that draws the topology block
 * under the cursor, follows the cursor and the typing (debounced), reveals a
 * node's declaration on click, and exports SVG/PNG next to the note.
 * The language server draws the design (mermaid text) and lists its findings
 * exactly as the squiggles show them (infraNotes/diagram); the webview only
 * renders what it is sent (media/diagram/main.ts). The cursor is followed with
 * the block ranges of the last answer: no scan of the note per cursor move.
 */
import * as vscode from 'vscode';
import type { DiagramView } from '../../server/src/core';
import {
  isDiagramToExtension,
  type DiagramExportMessage,
  type DiagramExportRequest,
  type DiagramRevealMessage,
  type DiagramStrings,
  type DiagramToExtension,
  type DiagramUpdateMessage,
  type ExtensionToDiagram,
} from '../../media/messages';
import { buildDiagramUpdate, diagramHtml } from './diagramHtml';
import {
  besideNote,
  blockAt,
  isMarkdown,
  noteStem,
  NotePanel,
  revealOrCreate,
  targetFromArgs,
  targetFromEditor,
  uiLocale,
  uiTheme,
  uriFromArg,
  type NoteTarget,
  type PanelPage,
} from './webviewUtil';
import type { PanelViews } from './views';

export const OPEN_DIAGRAM_COMMAND = 'infraNotes.openDiagram';
export const EXPORT_SVG_COMMAND = 'infraNotes.exportDiagramSvg';
export const EXPORT_PNG_COMMAND = 'infraNotes.exportDiagramPng';
const VIEW_TYPE = 'infraNotes.diagram';
/** Quiet time after the cursor enters another block before the panel asks for its diagram (a run through blocks asks once). */
const FOLLOW_MS = 60;
const PAGE: PanelPage<DiagramToExtension> = {
  mediaDir: ['media'],
  script: 'diagram.js',
  style: 'diagram.css',
  html: diagramHtml,
  accepts: isDiagramToExtension,
};

function strings(): DiagramStrings {
  const t = vscode.l10n.t;
  return {
    zoomIn: t('Zoom in'),
    zoomOut: t('Zoom out'),
    zoomFit: t('Fit to window'),
    zoomReset: t('Actual size'),
    exportSvg: t('Export SVG'),
    exportPng: t('Export PNG'),
    copySvg: t('Copy SVG'),
    copyPng: t('Copy PNG'),
    lightBackground: t('Light background'),
    copied: t('Copied {0}', '{0}'),
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
  return besideNote(note, `${noteStem(note)}.diagram-${blockIndex + 1}.${ext}`);
}

type ExportRequest = Omit<DiagramExportRequest, 'type'>;

/** `{ clipboard?: boolean; light?: boolean }` from a command's options argument. */
function exportOptions(v: unknown): { clipboard?: boolean; light?: boolean } {
  if (typeof v !== 'object' || v === null) return {};
  const o = v as Record<string, unknown>;
  return { ...(typeof o['clipboard'] === 'boolean' ? { clipboard: o['clipboard'] } : {}), ...(typeof o['light'] === 'boolean' ? { light: o['light'] } : {}) };
}

class DiagramPanel extends NotePanel<NoteTarget, DiagramToExtension, ExtensionToDiagram> {
  static current: DiagramPanel | undefined;

  private pendingExport: ExportRequest | null = null;
  /** Where the next file export goes without asking (a command given a path), else the save dialog. */
  private exportTo: vscode.Uri | null = null;
  /** The last view drawn (its note's block ranges and node name ranges). */
  private view: { uri: string; view: DiagramView } | null = null;
  /** Block ranges per note, from the server's last view of a version of it: what a cursor move is checked against. */
  private readonly blocksOf = new Map<string, { version: number; blocks: DiagramView['blocks'] }>();
  /** The note version whose blocks are being asked for. */
  private asking: string | null = null;

  private constructor(context: vscode.ExtensionContext, panel: vscode.WebviewPanel, views: PanelViews) {
    super(context, panel, views, PAGE, { type: 'empty' });
    this.disposables.push(
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.followCursor(e)),
    );
  }

  static show(context: vscode.ExtensionContext, views: PanelViews, target: NoteTarget | null): DiagramPanel {
    const p = revealOrCreate(DiagramPanel.current, VIEW_TYPE, vscode.l10n.t('Diagram'), (panel) => new DiagramPanel(context, panel, views));
    DiagramPanel.current = p;
    if (target) p.setTarget(target);
    return p;
  }

  requestExport(r: ExportRequest, to: vscode.Uri | null = null): void {
    this.exportTo = to;
    if (this.ready) this.post({ type: 'requestExport', ...r });
    else this.pendingExport = r;
  }

  /**
   * Switches to the block under the cursor when the cursor is in one, by the block
   * ranges the server sent with its last view of that note's version: a cursor
   * move asks the server nothing, and the note is never scanned here. Only a note
   * (or version) with no view yet is asked once for its blocks; the panel stays
   * where it is when the cursor is in none.
   */
  private followCursor(editor: vscode.TextEditor): void {
    if (!isMarkdown(editor.document)) return;
    const doc = editor.document;
    const uri = doc.uri;
    const line = editor.selection.active.line;
    const known = this.blocksOf.get(uri.toString());
    if (known && known.version === doc.version) {
      const i = blockAt(known.blocks, line);
      if (i >= 0 && (this.target?.uri.toString() !== uri.toString() || i !== this.target.index)) this.followTo({ uri, index: i });
      return;
    }
    if (this.target?.uri.toString() === uri.toString() && this.view?.uri === uri.toString()) {
      // The note shown, edited since the last view: its next view (debounced after the edit) brings the new ranges.
      const i = blockAt(this.view.view.blocks, line);
      if (i >= 0 && i !== this.target.index) this.followTo({ uri, index: i });
      return;
    }
    // Another note, not seen at this version: ask once (a cursor move meanwhile asks nothing more).
    const key = `${uri.toString()}\u0000${doc.version}`;
    if (this.asking === key) return;
    this.asking = key;
    void this.views
      .diagram({ uri: uri.toString(), line, locale: uiLocale(), theme: uiTheme() })
      .then((v) => {
        if (!v) return;
        this.blocksOf.set(uri.toString(), { version: doc.version, blocks: v.blocks });
        const active = vscode.window.activeTextEditor;
        if (active?.document.uri.toString() !== uri.toString() || active.document.version !== doc.version) return;
        const i = blockAt(v.blocks, active.selection.active.line);
        if (i >= 0) this.followTo({ uri, index: i });
      })
      .catch(() => undefined)
      .finally(() => {
        if (this.asking === key) this.asking = null;
      });
  }

  /** Moves to a block the cursor entered; a quick run through several blocks asks the server once, for the last. */
  private followTo(t: NoteTarget): void {
    this.target = t;
    this.schedule(FOLLOW_MS);
  }

  protected async build(t: NoteTarget, doc: vscode.TextDocument): Promise<DiagramUpdateMessage | null> {
    const theme = uiTheme();
    const version = doc.version;
    const view = await this.views.diagram({ uri: doc.uri.toString(), index: t.index, line: t.line ?? null, locale: uiLocale(), theme });
    if (!view) return null;
    // The server picked the block (the cursor's, or the last one when blocks were deleted while typing).
    t.index = view.designIndex;
    this.view = { uri: doc.uri.toString(), view };
    // The ranges belong to the version asked about (the server answers ContentModified when it changed meanwhile).
    if (this.blocksOf.size > 20) this.blocksOf.clear();
    this.blocksOf.set(doc.uri.toString(), { version, blocks: view.blocks });
    return buildDiagramUpdate(view, doc.uri.toString(), theme);
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
          this.post({ type: 'requestExport', ...this.pendingExport });
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
    let range: vscode.Range;
    const node = this.view && this.view.uri === m.uri && this.view.view.designIndex === m.blockIndex ? this.view.view.nodes.find((n) => n.name === m.name) : undefined;
    if (node && node.line === m.line) {
      range = new vscode.Range(m.line, node.start, m.line, node.end);
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
    if (m.clipboard) {
      // A PNG is on the clipboard already (the webview copied it); SVG is text, copied here.
      if (svg) await vscode.env.clipboard.writeText(m.data);
      void vscode.window.showInformationMessage(vscode.l10n.t('Copied {0}', svg ? 'SVG' : 'PNG'));
      return;
    }
    const to = this.exportTo;
    this.exportTo = null;
    const target = to ?? await vscode.window.showSaveDialog({
      defaultUri: defaultExportUri(t.uri, t.index ?? 0, m.format),
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
export function registerDiagramPanel(context: vscode.ExtensionContext, views: PanelViews): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_DIAGRAM_COMMAND, (uri?: unknown, blockIndex?: unknown) => {
      DiagramPanel.show(context, views, targetFromArgs(uri, blockIndex, (s) => vscode.Uri.parse(s)) ?? targetFromEditor());
    }),
    // Optional argument: where to write the file (a URI or its string), instead of asking; `{ clipboard: true }` copies instead.
    vscode.commands.registerCommand(EXPORT_SVG_COMMAND, (to?: unknown, o?: unknown) => {
      const p = DiagramPanel.current ?? DiagramPanel.show(context, views, targetFromEditor());
      p.requestExport({ format: 'svg', ...exportOptions(o) }, uriFromArg(to));
    }),
    vscode.commands.registerCommand(EXPORT_PNG_COMMAND, (to?: unknown, o?: unknown) => {
      const p = DiagramPanel.current ?? DiagramPanel.show(context, views, targetFromEditor());
      p.requestExport({ format: 'png', ...exportOptions(o) }, uriFromArg(to));
    }),
    { dispose: () => DiagramPanel.current?.dispose() },
  );
}
