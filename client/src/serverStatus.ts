/**
 * A visible state when the language server is down. The client restarts a
 * server that dies, until it dies too often (restartingErrorHandler); then it
 * gives up, and with it every squiggle and lens goes away — which must not
 * read as "0 problems". So while it is down:
 * - a status-bar item says so, and clicking it restarts the server;
 * - every open note with a ```topology block gets one warning at its first
 *   block ("not checked: the server is down"), so the Problems count is not 0;
 * - one notification says it, and goes away by itself once the server runs
 *   again (a progress notification, the kind an extension can close).
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

export const RESTART_COMMAND = 'infraNotes.restartServer';

/** A note the server would check: Markdown with a topology fence, or a .topology file. First line of its first block, or -1. */
function checkedLine(doc: vscode.TextDocument): number {
  if (doc.languageId === 'topology') return 0;
  if (doc.languageId !== 'markdown') return -1;
  const n = Math.min(doc.lineCount, 20_000);
  for (let i = 0; i < n; i++) if (/^\s{0,3}(`{3,}|~{3,})\s*topology\b/.test(doc.lineAt(i).text)) return i;
  return -1;
}

export class ServerStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly notChecked = vscode.languages.createDiagnosticCollection('infra-notes-server-down');
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Set while the server is down after giving up: resolving it closes the notification. */
  private downNotice: (() => void) | undefined;
  private down = false;

  constructor(private readonly client: LanguageClient) {
    this.item = vscode.window.createStatusBarItem('infraNotes.serverStatus', vscode.StatusBarAlignment.Left, 0);
    this.item.name = vscode.l10n.t('Infra Notes language server');
    this.item.command = RESTART_COMMAND;
    this.subscriptions.push(
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.setDown(false);
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.markNotes()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.down) this.markNote(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.notChecked.delete(d.uri)),
    );
  }

  /** Whether the status shows the server down (for the tests through the extension's API). */
  get isDown(): boolean {
    return this.down;
  }

  /** The client gave up restarting the server: show it, until it runs again. */
  gaveUp(): void {
    this.setDown(true);
  }

  private setDown(down: boolean): void {
    if (down === this.down) return;
    this.down = down;
    if (down) {
      this.item.text = `$(error) ${vscode.l10n.t('Infra Notes: server down')}`;
      this.item.tooltip = vscode.l10n.t('The Infra Notes language server stopped after repeated crashes: notes are not checked. Click to restart it.');
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      this.item.show();
      this.markNotes();
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('The Infra Notes language server stopped after repeated crashes; notes are not checked. Click "Infra Notes: server down" in the status bar to restart it.') },
        () => new Promise<void>((resolve) => (this.downNotice = resolve)),
      );
    } else {
      this.item.hide();
      this.notChecked.clear();
      this.downNotice?.();
      this.downNotice = undefined;
    }
  }

  private markNotes(): void {
    if (!this.down) return;
    for (const d of vscode.workspace.textDocuments) this.markNote(d);
  }

  private markNote(doc: vscode.TextDocument): void {
    const line = checkedLine(doc);
    if (line < 0) {
      this.notChecked.delete(doc.uri);
      return;
    }
    const d = new vscode.Diagnostic(
      doc.lineAt(line).range,
      vscode.l10n.t('Not checked: the Infra Notes language server is down. Run "Infra Notes: Restart Language Server" (or click the status bar item) to check this note again.'),
      vscode.DiagnosticSeverity.Warning,
    );
    d.source = 'infra-notes';
    d.code = 'server-down';
    this.notChecked.set(doc.uri, [d]);
  }

  dispose(): void {
    this.setDown(false);
    this.item.dispose();
    this.notChecked.dispose();
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }
}
