/**
 * "Write Diagrams for GitHub": after each topology block of the note, a plain ```mermaid
 * block between marker comments (core/render/export.ts), so GitHub and blogs show the
 * picture. The same as `infra-notes export`; with `infraNotes.export.mermaidOnSave` it
 * runs as part of every save of a note that has a topology block. The language
 * server writes the blocks (infraNotes/exportMermaid), with the rule severities
 * it has; nothing is analysed in the extension host.
 */
import * as vscode from 'vscode';
import type { PanelViews } from './views';
import { uiLocale } from './webviewUtil';

/** One edit that replaces the whole text when the export changes it (undo restores it in one step). */
async function exportEdits(views: PanelViews, doc: vscode.TextDocument): Promise<vscode.TextEdit[]> {
  if (doc.languageId !== 'markdown') return [];
  const text = doc.getText();
  if (!text.includes('topology')) return [];
  let r;
  try {
    r = await views.exportMermaid({ uri: doc.uri.toString(), locale: uiLocale() });
  } catch {
    return [];
  }
  // Only the version the server wrote for (an edit meanwhile: nothing this time).
  if (!r || !r.changed || r.version !== doc.version || doc.getText() !== text) return [];
  const all = new vscode.Range(doc.positionAt(0), doc.positionAt(text.length));
  return [vscode.TextEdit.replace(all, r.text)];
}

export function registerMermaidExport(context: vscode.ExtensionContext, views: PanelViews): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('infraNotes.writeMermaid', async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== 'markdown') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown note with a ```topology block first.'));
        return false;
      }
      const edits = await exportEdits(views, doc);
      if (!edits.length) return false;
      const we = new vscode.WorkspaceEdit();
      we.set(doc.uri, edits);
      return vscode.workspace.applyEdit(we);
    }),
    vscode.workspace.onWillSaveTextDocument((e) => {
      if (!vscode.workspace.getConfiguration('infraNotes', e.document).get<boolean>('export.mermaidOnSave', false)) return;
      if (e.reason === vscode.TextDocumentSaveReason.AfterDelay) return; // not on every auto-save keystroke pause
      e.waitUntil(exportEdits(views, e.document));
    }),
  );
}
