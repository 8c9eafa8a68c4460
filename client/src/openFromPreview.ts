/**
 * The Markdown preview's "open in the diagram panel" link (client/src/preview.ts
 * writes it): the preview runs in a webview that follows no `command:` link, but
 * follows links to `SCHEME://PUBLISHER.NAME/…`, which VS Code hands to this
 * extension's URI handler. A URI can be crafted by anyone (a web page, another
 * note), so everything in it is checked here before anything is opened: the
 * payload's shape and sizes, the note (a Markdown note already open in the editor,
 * or a Markdown file inside a workspace folder), and the design (the block at that
 * index, or at that line, with that title, as the language server reads the note now).
 */
import * as vscode from 'vscode';
import { OPEN_DIAGRAM_PATH, type OpenDiagramTarget, type OpenLink, previewFollows } from './preview';
import { OPEN_DIAGRAM_COMMAND } from './diagramPanel';
import type { PanelViews } from './views';
import { isMarkdown, uiLocale, uiTheme } from './webviewUtil';

/** The extension's id (package.json publisher.name): the authority of its URIs. */
export const EXTENSION_ID = 'infra-notes.infra-notes';

const MAX_PAYLOAD = 8192;

/** The link's scheme and words for this VS Code, or null when its preview cannot follow such a link (see previewFollows). */
export function previewOpenLink(): OpenLink | null {
  const kind = vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop';
  if (!previewFollows(kind, vscode.env.uriScheme)) return null;
  return {
    scheme: vscode.env.uriScheme,
    extensionId: EXTENSION_ID,
    text: vscode.l10n.t('Open in panel'),
    title: vscode.l10n.t('Open this diagram in the diagram panel'),
  };
}

/** The target of a URI the preview wrote, or null when it is not one (wrong path, bad encoding, wrong types, out of range). */
export function readOpenDiagramUri(uri: vscode.Uri): OpenDiagramTarget | null {
  if (uri.path !== OPEN_DIAGRAM_PATH) return null;
  const m = /(?:^|&)d=([A-Za-z0-9_-]{1,8192})(?:&|$)/.exec(uri.query);
  if (!m || m[1]!.length > MAX_PAYLOAD) return null;
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const note = o['note'];
  const index = o['index'];
  const line = o['line'] ?? null;
  const title = o['title'];
  if (typeof note !== 'string' || !note || note.length > 4096) return null;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > 100_000) return null;
  if (line !== null && (typeof line !== 'number' || !Number.isInteger(line) || line < 0 || line > 10_000_000)) return null;
  if (typeof title !== 'string' || title.length > 1000) return null;
  return { note, index, line, title };
}

/**
 * The note a link may open, or null: a Markdown note open in the editor, or a
 * Markdown file (.md, .markdown) inside one of the workspace's folders. Nothing
 * outside them is read because a link asked for it.
 */
async function noteOf(raw: string): Promise<vscode.TextDocument | null> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(raw, true);
  } catch {
    return null;
  }
  const key = uri.toString();
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  if (open) return isMarkdown(open) ? open : null;
  if (!/\.(md|markdown)$/i.test(uri.path) || /(^|\/)\.\.(\/|$)/.test(uri.path)) return null;
  if (!vscode.workspace.getWorkspaceFolder(uri)) return null;
  try {
    const doc = await vscode.workspace.openTextDocument(uri);
    return isMarkdown(doc) ? doc : null;
  } catch {
    return null;
  }
}

/** The design the link names, as the server reads the note now: its index if the title there matches, else the block at its line; null when neither holds. */
async function designOf(views: PanelViews, doc: vscode.TextDocument, t: OpenDiagramTarget): Promise<number | null> {
  const ask = (ref: { index: number | null; line: number | null }) =>
    views.diagram({ uri: doc.uri.toString(), index: ref.index, line: ref.line, locale: uiLocale(), theme: uiTheme() }).catch(() => null);
  // The server may not have the note yet when it was just opened: a few tries.
  for (let attempt = 0; attempt < 20; attempt++) {
    const v = await ask({ index: t.index, line: null });
    if (v) {
      if (v.designIndex === t.index && v.title === t.title) return t.index;
      if (t.line !== null) {
        const at = await ask({ index: null, line: t.line + 1 });
        const b = at ? at.blocks[at.designIndex] : undefined;
        if (at && b && t.line >= b.first && t.line <= b.last && at.title === t.title) return at.designIndex;
      }
      return null;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/** What the handler did, for tests and the log. */
export type OpenResult = 'opened' | 'ignored' | 'refused';

export async function openDiagramFromUri(views: PanelViews, uri: vscode.Uri): Promise<OpenResult> {
  const t = readOpenDiagramUri(uri);
  if (!t) return uri.path === OPEN_DIAGRAM_PATH ? 'refused' : 'ignored';
  const doc = await noteOf(t.note);
  if (!doc) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Infra Notes opens diagrams only of Markdown notes in this workspace or open in the editor.'));
    return 'refused';
  }
  const index = await designOf(views, doc, t);
  if (index === null) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The design "{0}" is no longer in {1}.', t.title || `#${t.index + 1}`, vscode.workspace.asRelativePath(doc.uri)));
    return 'refused';
  }
  await vscode.commands.executeCommand(OPEN_DIAGRAM_COMMAND, doc.uri, index);
  return 'opened';
}

/** Registers the URI handler (one per extension) for the preview's links. */
export function registerPreviewLinks(context: vscode.ExtensionContext, views: PanelViews, log: (s: string) => void): void {
  context.subscriptions.push(
    vscode.window.registerUriHandler({
      handleUri: async (uri) => {
        const r = await openDiagramFromUri(views, uri);
        if (r !== 'opened') log(`URI ${uri.path}: ${r}`);
      },
    }),
  );
}
