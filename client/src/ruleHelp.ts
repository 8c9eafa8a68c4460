/**
 * A diagnostic's help link (the rule id in the Problems panel and the hover) opens the
 * rule's page rendered, read-only, in the reader's language. The server links to the
 * page's file (docs/rules/<id>.md); this module turns that into a read-only virtual
 * document (`infra-notes-help:/rules/<id>.md?ko`) holding only the reader's half of
 * the page, and shows it in the Markdown preview instead of as editable source.
 */
import * as vscode from 'vscode';
import { type HelpLocale, pageForLanguage } from './ruleHelpText';

export const HELP_SCHEME = 'infra-notes-help';

export function helpLocale(): HelpLocale {
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** `file:///…/docs/rules/x.md` (inside the extension) → `infra-notes-help:/rules/x.md?ko`; other links unchanged. */
export function helpTarget(target: vscode.Uri, docsRoot: vscode.Uri, locale: HelpLocale): vscode.Uri {
  const root = docsRoot.path.endsWith('/') ? docsRoot.path : `${docsRoot.path}/`;
  if (target.scheme !== docsRoot.scheme || !target.path.startsWith(root)) return target;
  return vscode.Uri.from({ scheme: HELP_SCHEME, path: `/${target.path.slice(root.length)}`, query: locale });
}

/** The diagnostics with their help links pointed at the rendered pages. */
export function withHelpLinks(diagnostics: vscode.Diagnostic[], docsRoot: vscode.Uri): vscode.Diagnostic[] {
  const locale = helpLocale();
  for (const d of diagnostics) {
    if (d.code && typeof d.code === 'object' && d.code.target) {
      d.code = { value: d.code.value, target: helpTarget(d.code.target, docsRoot, locale) };
    }
  }
  return diagnostics;
}

export function registerRuleHelp(context: vscode.ExtensionContext): vscode.Uri {
  const docsRoot = vscode.Uri.joinPath(context.extensionUri, 'docs');
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      // Only pages under docs/, by name: no `..`, no other folders.
      const rel = uri.path.replace(/^\/+/, '');
      if (!/^(rules\/)?[a-z0-9-]+\.md$/.test(rel)) return vscode.l10n.t('No such help page: {0}', rel);
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(docsRoot, rel));
        const locale: HelpLocale = uri.query === 'ko' ? 'ko' : uri.query === 'en' ? 'en' : helpLocale();
        return pageForLanguage(new TextDecoder().decode(bytes), locale);
      } catch {
        return vscode.l10n.t('No such help page: {0}', rel);
      }
    },
  };
  // A help page opened as text (the link was followed) is shown rendered instead.
  const showRendered = async (editor: vscode.TextEditor | undefined): Promise<void> => {
    const uri = editor?.document.uri;
    if (!uri || uri.scheme !== HELP_SCHEME) return;
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(HELP_SCHEME, provider),
    vscode.window.onDidChangeActiveTextEditor((e) => void showRendered(e)),
  );
  return docsRoot;
}
