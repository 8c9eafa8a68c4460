/**
 * "Write Diagrams for GitHub": after each topology block of the note, a plain ```mermaid
 * block between marker comments (core/render/export.ts), so GitHub and blogs show the
 * picture. The same as `infra-notes export`; with `infraNotes.export.mermaidOnSave` it
 * runs as part of every save of a note that has a topology block.
 */
import * as vscode from 'vscode';
import { exportNote, readRuleConfig } from '../../server/src/core';
import { uiLocale } from './webviewUtil';

/** One edit that replaces the whole text when the export changes it (undo restores it in one step). */
function exportEdits(doc: vscode.TextDocument): vscode.TextEdit[] {
  if (doc.languageId !== 'markdown') return [];
  const text = doc.getText();
  if (!text.includes('topology')) return [];
  const rules = readRuleConfig(vscode.workspace.getConfiguration('infraNotes', doc).get('rules'));
  const r = exportNote(text, { locale: uiLocale(), rules });
  if (!r.changed) return [];
  const all = new vscode.Range(doc.positionAt(0), doc.positionAt(text.length));
  return [vscode.TextEdit.replace(all, r.text)];
}

export function registerMermaidExport(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('infraNotes.writeMermaid', async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== 'markdown') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown note with a ```topology block first.'));
        return false;
      }
      const edits = exportEdits(doc);
      if (!edits.length) return false;
      const we = new vscode.WorkspaceEdit();
      we.set(doc.uri, edits);
      return vscode.workspace.applyEdit(we);
    }),
    vscode.workspace.onWillSaveTextDocument((e) => {
      if (!vscode.workspace.getConfiguration('infraNotes', e.document).get<boolean>('export.mermaidOnSave', false)) return;
      if (e.reason === vscode.TextDocumentSaveReason.AfterDelay) return; // not on every auto-save keystroke pause
      e.waitUntil(Promise.resolve(exportEdits(e.document)));
    }),
  );
}
