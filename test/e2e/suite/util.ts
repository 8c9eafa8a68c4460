// Helpers shared by the end-to-end test modules (they run in the extension
// host, with the real `vscode` API). The workspace is a temp copy of
// test/e2e/fixtures/, so tests may edit the notes freely (never saved).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';

/** publisher.name from package.json */
export const EXTENSION_ID = 'infra-notes.infra-notes';
/** How long to wait for the language server (its first start included). */
export const WAIT_MS = 30_000;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Calls `probe` until it returns something other than undefined, or the time is up. */
export async function poll<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = WAIT_MS, intervalMs = 100): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) return undefined;
    await sleep(intervalMs);
  }
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? c.value : c;
}

export function rangeText(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(none)';
  return ds.map((d) => `${rangeText(d.range)} [${d.source ?? '?'}/${String(codeOf(d))}] ${d.message}`).join('\n  ');
}

/** Our diagnostics on `uri` (source infra-notes). */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'infra-notes');
}

/**
 * Waits until our diagnostics on `uri` satisfy `pred`; fails with what was
 * there instead.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  pred: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  const hit = await poll(() => {
    const ds = ours(uri);
    return pred(ds) ? ds : undefined;
  }, timeoutMs);
  assert.ok(hit, `${what}: not seen on ${uri.path} within ${timeoutMs} ms; infra-notes diagnostics there:\n  ${describeDiagnostics(ours(uri))}`);
  return hit;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (the harness passes the fixtures copy as ?folder=)');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

/** Opens a fixture note in an editor (column one) and returns it. */
export async function openNote(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  assert.equal(doc.languageId, 'markdown', `${name} should open as markdown`);
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/** Position of the `nth` occurrence of `needle` in `doc` (plus `offset` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0, nth = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${i + 1}) not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + offset);
}

/** The Markdown/plain text of a hover's contents. */
export function hoverText(h: vscode.Hover): string {
  return h.contents
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Hovers at a position from every provider (ours and VS Code's Markdown). */
export async function hoversAt(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
}

/**
 * Waits until the language server answers a hover at `pos` whose text
 * satisfies `pred` (right after activation the client may not be up yet).
 */
export async function waitForHover(uri: vscode.Uri, pos: vscode.Position, pred: (text: string) => boolean, what: string): Promise<vscode.Hover> {
  let last: vscode.Hover[] = [];
  const hit = await poll(async () => {
    last = await hoversAt(uri, pos);
    return last.find((h) => pred(hoverText(h)));
  });
  assert.ok(hit, `${what}: no such hover at ${pos.line}:${pos.character} of ${uri.path} within ${WAIT_MS} ms; hovers there:\n` +
    (last.length ? last.map((h) => `---\n${hoverText(h)}`).join('\n') : '(none)'));
  return hit;
}

/** Is the UI language Korean (the `locale: 'ko'` run)? */
export function isKorean(): boolean {
  return vscode.env.language.toLowerCase().startsWith('ko');
}

/**
 * Language server processes (out/server.js) that are children of this
 * extension host, read from /proc (Linux; the client forks the server over IPC).
 */
export function serverPids(): number[] {
  const pids: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return pids;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may contain spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = readFileSync(`/proc/${e}/cmdline`, 'utf8').split('\0');
      if (cmdline.some((a) => /[\\/]out[\\/]server\.js$/.test(a))) pids.push(Number(e));
    } catch {
      /* the process ended meanwhile */
    }
  }
  return pids;
}

/** Edits a document through a WorkspaceEdit and checks it was applied. */
export async function replaceText(doc: vscode.TextDocument, range: vscode.Range, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, range, text);
  assert.ok(await vscode.workspace.applyEdit(edit), `applyEdit on ${doc.uri.path} was refused`);
}

/** The webview tabs (any group) whose view type is ours (`infraNotes.diagram` / `infraNotes.simulation`). */
export function webviewTabs(viewType: string): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(viewType));
}

export function describeTabs(): string {
  return vscode.window.tabGroups.all
    .map((g) => `group ${g.viewColumn}${g.isActive ? ' (active)' : ''}: ` +
      g.tabs.map((t) => {
        const kind = t.input instanceof vscode.TabInputWebview ? `webview:${t.input.viewType}` : t.input instanceof vscode.TabInputText ? 'text' : 'other';
        return `"${t.label}" [${kind}]${t.isActive ? '*' : ''}`;
      }).join(', '))
    .join('\n  ');
}
