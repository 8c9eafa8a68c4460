/**
 * SVG images of a note's designs, next to the note: `NOTE.DESIGN.svg` for each
 * topology block (for blogs that draw no mermaid, slides, a README's `![…](…)`).
 * The language server draws them (infraNotes/images; core/render/image.ts: pure
 * SVG with native text, since mermaid needs a browser); this file only writes
 * them. "Infra Notes: Write Diagram Images (SVG)" writes them once; with
 * `infraNotes.export.images` set to `svg`, every save of a note refreshes them.
 * The note itself is never changed here, and a file whose content is already the
 * same is not written again. An image written earlier for a design the note no
 * longer has (renamed, removed) is moved to the trash: the server decides which,
 * from the SVG files next to the note (only those it wrote for this note).
 */
import * as vscode from 'vscode';
import type { PanelViews } from './views';
import { uiLocale } from './webviewUtil';

export const WRITE_IMAGES_COMMAND = 'infraNotes.writeImages';

/** What a write did: the files written (changed or new), those already up to date, and old images removed. */
export interface ImagesWritten {
  written: vscode.Uri[];
  unchanged: vscode.Uri[];
  removed: vscode.Uri[];
}

/** A plain file name, as the note's own image names are: nothing that leaves the note's folder. */
const PLAIN_SVG = /^[^/\\]+\.svg$/;

/** The SVG files next to the note whose names start like its images (`NOTE.`), with the start of their text. */
async function neighbours(doc: vscode.TextDocument): Promise<{ name: string; text: string }[]> {
  const dir = vscode.Uri.joinPath(doc.uri, '..');
  const note = doc.uri.path.replace(/^.*\//, '');
  const prefix = `${note.replace(/\.(md|markdown)$/i, '') || 'note'}.`;
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return [];
  }
  const out: { name: string; text: string }[] = [];
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.File || !name.startsWith(prefix) || !PLAIN_SVG.test(name) || name.startsWith('.')) continue;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name));
      out.push({ name, text: new TextDecoder().decode(bytes.subarray(0, 4000)).slice(0, 2000) });
    } catch {
      // Unreadable: left alone.
    }
  }
  return out;
}

/** The image files of `doc`'s designs, refreshed; null when the note cannot have files next to it (untitled) or the server does not answer. */
export async function writeImages(views: PanelViews, doc: vscode.TextDocument): Promise<ImagesWritten | null> {
  if (doc.languageId !== 'markdown' || doc.isUntitled || doc.uri.scheme === 'untitled') return null;
  let r;
  try {
    r = await views.images({ uri: doc.uri.toString(), locale: uiLocale(), existing: await neighbours(doc) });
  } catch {
    return null;
  }
  if (!r) return null;
  const done: ImagesWritten = { written: [], unchanged: [], removed: [] };
  for (const im of r.images) {
    // The server names the file; it must stay a plain file name next to the note.
    if (!PLAIN_SVG.test(im.file) || im.file.startsWith('.')) continue;
    const target = vscode.Uri.joinPath(doc.uri, '..', im.file);
    const bytes = new TextEncoder().encode(im.svg);
    try {
      const old = await vscode.workspace.fs.readFile(target);
      if (old.length === bytes.length && Buffer.from(old).equals(Buffer.from(bytes))) {
        done.unchanged.push(target);
        continue;
      }
    } catch {
      // Not there yet.
    }
    await vscode.workspace.fs.writeFile(target, bytes);
    done.written.push(target);
  }
  for (const name of r.stale ?? []) {
    if (!PLAIN_SVG.test(name) || name.startsWith('.') || r.images.some((im) => im.file === name)) continue;
    const target = vscode.Uri.joinPath(doc.uri, '..', name);
    try {
      // To the trash where the file system has one: an image can be drawn again, but nothing is lost outright.
      await vscode.workspace.fs.delete(target, { useTrash: true });
    } catch {
      try {
        await vscode.workspace.fs.delete(target, { useTrash: false });
      } catch {
        continue;
      }
    }
    done.removed.push(target);
  }
  return done;
}

export function registerImageExport(context: vscode.ExtensionContext, views: PanelViews, log: (s: string) => void): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(WRITE_IMAGES_COMMAND, async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== 'markdown') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown note with a ```topology block first.'));
        return null;
      }
      if (doc.isUntitled) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Save the note first: its images are written next to it.'));
        return null;
      }
      let r: ImagesWritten | null;
      try {
        r = await writeImages(views, doc);
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not write the diagram images: {0}', String(e)));
        return null;
      }
      const all = r ? [...r.written, ...r.unchanged] : [];
      if (!all.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This note has no closed ```topology block to draw.'));
        return r;
      }
      const names = all.map((u) => vscode.workspace.asRelativePath(u)).join(', ');
      if (r?.removed.length) {
        const gone = r.removed.map((u) => vscode.workspace.asRelativePath(u)).join(', ');
        void vscode.window.showInformationMessage(vscode.l10n.t('Diagram images: {0}. Removed the images of designs the note no longer has: {1}', names, gone));
      } else void vscode.window.showInformationMessage(vscode.l10n.t('Diagram images: {0}', names));
      return r;
    }),
    vscode.workspace.onDidSaveTextDocument(async (doc) => {
      if (doc.languageId !== 'markdown') return;
      if (vscode.workspace.getConfiguration('infraNotes', doc).get<string>('export.images', 'off') !== 'svg') return;
      if (!doc.getText().includes('topology')) return;
      try {
        const r = await writeImages(views, doc);
        if (r?.written.length) log(`wrote ${r.written.map((u) => vscode.workspace.asRelativePath(u)).join(', ')}`);
        if (r?.removed.length) log(`removed ${r.removed.map((u) => vscode.workspace.asRelativePath(u)).join(', ')} (their designs are no longer in the note)`);
      } catch (e) {
        log(`could not write the diagram images of ${vscode.workspace.asRelativePath(doc.uri)}: ${String(e)}`);
      }
    }),
  );
}
