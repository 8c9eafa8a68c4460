/**
 * What the diagram and simulation panels share: the UI locale and theme, the
 * CSP nonce, how a command's arguments or the cursor name a topology block
 * (the language server resolves it: nothing is scanned here), and `NotePanel`,
 * a webview beside the editor on one block of one note that asks the server
 * again (debounced) when the note is edited or the color theme changes.
 */
import * as vscode from 'vscode';
import type { WebviewHtmlOptions } from './diagramHtml';
import type { PanelViews } from './views';

type Locale = 'en' | 'ko';

const DEBOUNCE_MS = 300;

export function uiLocale(): Locale {
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[+/=]/g, '');
}

export function isMarkdown(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown';
}

export function uiTheme(): 'light' | 'dark' {
  const k = vscode.window.activeColorTheme.kind;
  return k === vscode.ColorThemeKind.Dark || k === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light';
}

/**
 * A note and one of its topology blocks: by 0-based index, or (index null) by a
 * document line the server resolves to the block holding it, else the nearest above.
 */
export interface NoteTarget {
  uri: vscode.Uri;
  index: number | null;
  line?: number;
}

/** A command's file argument: a URI, or its string form (a URI with a scheme, else a file path); anything else: null (ask). */
export function uriFromArg(v: unknown): vscode.Uri | null {
  if (v instanceof vscode.Uri) return v;
  if (typeof v === 'string' && v) return /^[a-z][\w+.-]*:/i.test(v) && !/^[a-z]:[\\/]/i.test(v) ? vscode.Uri.parse(v) : vscode.Uri.file(v);
  return null;
}

/** A file named `file` next to the note, or in the first workspace folder for an untitled note. */
export function besideNote(note: vscode.Uri, file: string): vscode.Uri {
  if (note.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, file) : vscode.Uri.file(file);
  }
  return vscode.Uri.joinPath(note, '..', file);
}

/** The note's file name without its Markdown extension (`note` for an unnamed one). */
export function noteStem(note: vscode.Uri): string {
  return (note.path.split('/').pop() || 'note').replace(/\.(md|markdown)$/i, '') || 'note';
}

/** Index of the block (as document line ranges from the server's last view) holding `line`, or -1. */
export function blockAt(blocks: readonly { first: number; last: number }[], line: number): number {
  return blocks.findIndex((b) => line >= b.first && line <= b.last);
}

/**
 * A command's note and block arguments: a Uri, or a string that `parse` reads
 * (undefined: no note), and a non-negative integer index (else 0). Null without a note.
 */
export function targetFromArgs(uriArg: unknown, indexArg: unknown, parse: (s: string) => vscode.Uri | undefined): NoteTarget | null {
  let uri: vscode.Uri | undefined;
  if (uriArg instanceof vscode.Uri) uri = uriArg;
  else if (typeof uriArg === 'string' && uriArg) uri = parse(uriArg);
  if (!uri) return null;
  const i = typeof indexArg === 'number' && Number.isInteger(indexArg) && indexArg >= 0 ? indexArg : 0;
  return { uri, index: i };
}

/** The block at the active Markdown editor's cursor (the server picks it, or the nearest one above); null without a Markdown editor. */
export function targetFromEditor(): NoteTarget | null {
  const e = vscode.window.activeTextEditor;
  if (!e || !isMarkdown(e.document)) return null;
  return { uri: e.document.uri, index: null, line: e.selection.active.line };
}

/** A panel's page: its HTML, files and the messages it sends. */
export interface PanelPage<In> {
  /** Path under the extension of the folder holding the stylesheet (the script is in out/media). */
  mediaDir: readonly string[];
  script: string;
  style: string;
  html(o: WebviewHtmlOptions): string;
  /** Whether a message from the webview is one the panel handles. */
  accepts(m: unknown): m is In;
}

/** The open panel revealed beside the editor without focus, or a new webview panel made into one by `create`. */
export function revealOrCreate<P extends { readonly panel: vscode.WebviewPanel }>(
  open: P | undefined,
  viewType: string,
  title: string,
  create: (panel: vscode.WebviewPanel) => P,
): P {
  if (open) {
    open.panel.reveal(vscode.ViewColumn.Beside, true);
    return open;
  }
  const panel = vscode.window.createWebviewPanel(
    viewType,
    title,
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    { enableScripts: true, retainContextWhenHidden: false },
  );
  return create(panel);
}

/**
 * A webview panel on one block of one note (`T`), taking messages `In` from
 * its page and posting `Out` to it. Updates wait for the page's ready message
 * (subclasses set `ready`), then follow edits of the note (debounced) and theme
 * changes; a missing note or block posts `empty`.
 */
export abstract class NotePanel<T extends NoteTarget, In, Out> implements vscode.Disposable {
  protected readonly disposables: vscode.Disposable[] = [];
  protected target: T | null = null;
  protected ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  protected constructor(
    context: vscode.ExtensionContext,
    readonly panel: vscode.WebviewPanel,
    protected readonly views: PanelViews,
    page: PanelPage<In>,
    private readonly empty: Out,
  ) {
    const webview = panel.webview;
    const outMedia = vscode.Uri.joinPath(context.extensionUri, 'out', 'media');
    const media = vscode.Uri.joinPath(context.extensionUri, ...page.mediaDir);
    webview.options = { enableScripts: true, localResourceRoots: [outMedia, media] };
    webview.html = page.html({
      nonce: nonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(outMedia, page.script)).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, page.style)).toString(),
      locale: uiLocale(),
    });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      webview.onDidReceiveMessage((m: unknown) => {
        if (page.accepts(m)) void this.onMessage(m);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.target && e.document.uri.toString() === this.target.uri.toString()) this.schedule();
      }),
      vscode.window.onDidChangeActiveColorTheme(() => this.schedule(0)),
    );
  }

  protected abstract onMessage(m: In): void | Promise<void>;

  /**
   * The message for target `t` in its note `doc`, from the language server's
   * view, or null when the note has no topology block; it sets `t.index` to the
   * block the server picked. Undefined: no answer this time (the note changed
   * meanwhile, or the server is restarting): keep what is shown.
   */
  protected abstract build(t: T, doc: vscode.TextDocument): Promise<(Out & { title: string }) | null | undefined>;

  /** The panel's title for `subject` (the block's title, else `note.md #N`). */
  protected abstract titleFor(subject: string): string;

  setTarget(t: T): void {
    this.target = t;
    this.schedule(0);
  }

  protected schedule(delay = DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  protected post(m: Out): void {
    void this.panel.webview.postMessage(m);
  }

  /** The note: the open document, else opened from disk; undefined when it cannot be read. */
  protected async document(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open;
    try {
      return await vscode.workspace.openTextDocument(uri);
    } catch {
      return undefined;
    }
  }

  protected async update(): Promise<void> {
    if (!this.ready) return;
    const t = this.target;
    const doc = t && (await this.document(t.uri));
    let msg: (Out & { title: string }) | null | undefined = null;
    if (t && doc) {
      try {
        msg = await this.build(t, doc);
      } catch {
        // ContentModified, a cancelled request, a restarting server: the next edit or theme change asks again.
        msg = undefined;
      }
    }
    if (msg === undefined || t !== this.target) return;
    if (!t || !doc || !msg) {
      this.post(this.empty);
      return;
    }
    const name = doc.uri.path.split('/').pop() ?? '';
    this.panel.title = this.titleFor(msg.title || `${name} #${(t.index ?? 0) + 1}`);
    this.post(msg);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
