/**
 * A glossary entry on its own page: the command hovers' "related terms" links run
 * (`infraNotes.showTerm` with an entry id). The page is a read-only virtual
 * Markdown document in the user's language, shown in VS Code's Markdown preview.
 */
import * as vscode from 'vscode';
import { formatTermHover, getEntry, SHOW_TERM_COMMAND } from '../../server/src/core';
import { uiLocale } from './webviewUtil';

const SCHEME = 'infra-notes-term';

export function registerGlossary(context: vscode.ExtensionContext): void {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent(uri) {
      const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const entry = getEntry(id);
      const locale = uiLocale();
      return entry ? formatTermHover(entry, locale) + '\n' : locale === 'ko' ? `용어 \`${id}\`를 찾지 못했습니다.\n` : `No entry \`${id}\`.\n`;
    },
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand(SHOW_TERM_COMMAND, async (id?: unknown) => {
      if (typeof id !== 'string' || !getEntry(id)) return;
      await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.from({ scheme: SCHEME, path: `/${id}.md` }));
    }),
  );
}
