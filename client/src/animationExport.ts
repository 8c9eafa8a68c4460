/**
 * "Export Animation": a run of one design (a scenario, or the simulation
 * panel's steps) written as the animated SVG `infra-notes animate` makes, for a
 * blog post or a README. The language server makes the picture from its own
 * analysis of the note (infraNotes/animation, the core's toAnimatedSvg); this
 * side only picks the run and the file and writes what it got.
 *
 * `infraNotes.exportAnimation` takes optional arguments, so the simulation
 * panel's control and tests run it without a dialog:
 *   1. the note (a URI or its string),
 *   2. the design (0-based index, or its title),
 *   3. the run (a scenario's name, or steps as the panel sends them),
 *   4. where to write (a URI or its string; else the save dialog).
 * Without a note it exports what the simulation panel shows, else the design
 * at the active Markdown editor's cursor (a scenario picked from a list).
 * It resolves to the file written, or undefined when nothing was written.
 */
import * as vscode from 'vscode';
import { readSteps, type SimStep } from '../../server/src/core';
import type { AnimationParams, AnimationResult } from '../../server/src/lsp/requests';
import { animationFileName } from './animationName';
import type { PanelViews } from './views';
import { besideNote, noteStem, targetFromEditor, uiLocale, uriFromArg } from './webviewUtil';

export const EXPORT_ANIMATION_COMMAND = 'infraNotes.exportAnimation';

/** What the simulation panel shows: its note, design and run. */
export interface ShownRun {
  uri: vscode.Uri;
  index: number | null;
  title: string | null;
  /** The scenario shown, or '' for the panel's own steps. */
  scenario: string;
  steps: SimStep[];
}

/** Where the animation of a run is offered: `<note>-<design>-<scenario>.svg` next to the note. */
export function defaultAnimationUri(note: vscode.Uri, designTitle: string, designIndex: number, scenario: string): vscode.Uri {
  return besideNote(note, animationFileName(noteStem(note), designTitle, designIndex, scenario));
}

/** A request's design and run, from a command's arguments. */
interface Asked {
  uri: vscode.Uri;
  index: number | null;
  line: number | null;
  title: string | null;
  scenario: string;
  steps: SimStep[];
}

function fromArgs(uri: vscode.Uri, design: unknown, run: unknown): Asked {
  const index = typeof design === 'number' && Number.isInteger(design) && design >= 0 ? design : null;
  const title = typeof design === 'string' ? design : null;
  // Steps are untrusted (a webview, a link): read like the panel's.
  const steps = Array.isArray(run) ? readSteps(run) : [];
  return { uri, index, line: null, title, scenario: typeof run === 'string' ? run : '', steps };
}

/** The server's animation; one retry when the note changed while it was made (ContentModified). */
async function ask(views: PanelViews, p: AnimationParams): Promise<AnimationResult> {
  try {
    return await views.animation(p);
  } catch {
    return views.animation(p);
  }
}

async function exportAnimation(views: PanelViews, shownRun: () => ShownRun | null, args: unknown[]): Promise<vscode.Uri | undefined> {
  const [noteArg, designArg, runArg, outArg] = args;
  const note = uriFromArg(noteArg);
  let asked: Asked | null;
  if (note) asked = fromArgs(note, designArg, runArg);
  else {
    const shown = shownRun();
    const t = shown ? null : targetFromEditor();
    asked = shown ? { ...shown, line: null } : t ? { uri: t.uri, index: t.index, line: t.line ?? null, title: null, scenario: '', steps: [] } : null;
  }
  if (!asked) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor in a ```topology block, or run a scenario in the simulation panel, to export its animation.'));
    return undefined;
  }
  // The server analyses the notes VS Code has open: open it (no editor) if it is not.
  let doc: vscode.TextDocument;
  try {
    doc = await vscode.workspace.openTextDocument(asked.uri);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The animation could not be made: {0}', String(e)));
    return undefined;
  }
  const params = (a: Asked): AnimationParams => ({ uri: doc.uri.toString(), index: a.index, line: a.line, title: a.title, locale: uiLocale(), scenario: a.scenario, steps: a.steps });
  let r: AnimationResult;
  try {
    r = await ask(views, params(asked));
    // Nothing to run yet: offer the design's scenarios.
    if (r && !r.svg && !asked.scenario && !asked.steps.length && r.scenarios.length) {
      const picked = await vscode.window.showQuickPick(r.scenarios, { placeHolder: vscode.l10n.t('Choose the scenario to animate') });
      if (!picked) return undefined;
      asked = { ...asked, index: r.designIndex, line: null, title: r.title, scenario: picked };
      r = await ask(views, params(asked));
    }
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The animation could not be made: {0}', String(e)));
    return undefined;
  }
  if (!r) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown note with a ```topology block first.'));
    return undefined;
  }
  if (!r.svg) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The animation could not be made: {0}', r.problems.join(' ')));
    return undefined;
  }
  const target =
    uriFromArg(outArg) ??
    (await vscode.window.showSaveDialog({
      defaultUri: defaultAnimationUri(doc.uri, r.title, r.designIndex, r.scenario),
      filters: { SVG: ['svg'] },
      title: vscode.l10n.t('Export Animation'),
    }));
  if (!target) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(r.svg));
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not save {0}: {1}', target.fsPath, String(e)));
    return undefined;
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}', vscode.workspace.asRelativePath(target)));
  return target;
}

/** Registers `infraNotes.exportAnimation`; `shownRun` is what the simulation panel shows, if it is open. */
export function registerAnimationExport(context: vscode.ExtensionContext, views: PanelViews, shownRun: () => ShownRun | null): void {
  context.subscriptions.push(vscode.commands.registerCommand(EXPORT_ANIMATION_COMMAND, (...args: unknown[]) => exportAnimation(views, shownRun, args)));
}
