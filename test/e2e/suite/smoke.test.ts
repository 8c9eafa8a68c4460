// Smoke test in a real VS Code (see index.ts for why tests live in register()).
// The workspace is a copy of test/e2e/fixtures/: bad.md holds a topology block
// whose kind is misspelt ("app-servr"), which the language server must flag.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** publisher.name from package.json */
const EXTENSION_ID = 'infra-notes.infra-notes';
const WAIT_MS = 30_000;

async function poll<T>(probe: () => T | undefined, timeoutMs: number, intervalMs = 100): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) return undefined;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? c.value : c;
}

function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(none)';
  return ds
    .map((d) => {
      const r = d.range;
      return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} [${d.source ?? '?'}/${String(codeOf(d))}] ${d.message}`;
    })
    .join('\n  ');
}

export function register(): void {
  suite('smoke: real VS Code @ko', () => {
    let uri: vscode.Uri;

    suiteSetup(async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'no workspace folder is open (the harness passes the fixtures copy as ?folder=)');
      uri = vscode.Uri.joinPath(folder.uri, 'bad.md');
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(doc.languageId, 'markdown');
      await vscode.window.showTextDocument(doc);
    });

    test(`opening a Markdown note activates ${EXTENSION_ID}`, async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(
        ext,
        `extension ${EXTENSION_ID} is not loaded; loaded: ${vscode.extensions.all
          .map((e) => e.id)
          .filter((id) => !id.startsWith('vscode.'))
          .join(', ') || '(only built-ins)'}`,
      );
      // Wait for activation by activationEvents (opening the note), not by us.
      const active = await poll(() => (ext.isActive ? true : undefined), WAIT_MS);
      assert.ok(active, `${EXTENSION_ID} did not activate within ${WAIT_MS} ms of opening a Markdown note`);
      // isActive is also true when activate() threw or `main` is missing; once
      // activated, ext.activate() does not re-run anything but rethrows such a failure.
      await ext.activate().then(
        () => undefined,
        (err: unknown) => assert.fail(`${EXTENSION_ID} failed to activate: ${err instanceof Error ? err.message : String(err)}`),
      );
    });

    test('an unknown kind in a topology block gets an infra-notes/unknown-kind diagnostic at 1:5-1:14', async () => {
      const isOurs = (d: vscode.Diagnostic) => d.source === 'infra-notes' && codeOf(d) === 'unknown-kind';
      const diag = await poll(() => vscode.languages.getDiagnostics(uri).find(isOurs), WAIT_MS);
      assert.ok(
        diag,
        `no diagnostic with source 'infra-notes' and code 'unknown-kind' on ${uri.toString()} within ${WAIT_MS} ms; ` +
          `diagnostics there:\n  ${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`,
      );
      const r = diag.range;
      assert.deepEqual(
        { start: [r.start.line, r.start.character], end: [r.end.line, r.end.character] },
        { start: [1, 5], end: [1, 14] },
        `range of "${diag.message}" should cover "app-servr" on line 1`,
      );
    });
  });
}
