// The language server is a child process of the extension host (forked over
// IPC by vscode-languageclient). Kill it with SIGKILL, as a crash would; the
// client's error handler restarts it, and a later edit gets diagnostics again
// from the new process. Runs last: it leaves a fresh server behind.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, openNote, poll, rangeText, replaceText, serverPids, waitForDiagnostics } from './util';

export function register(): void {
  suite('language server restart', () => {
    test('after SIGKILL the server is restarted and diagnostics come back after an edit', async function () {
      if (process.platform !== 'linux') this.skip(); // the process lookup reads /proc
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext);
      await ext.activate();
      const editor = await openNote('restart.md');
      const doc = editor.document;
      const uri = doc.uri;

      const before = await poll(() => {
        const p = serverPids();
        return p.length === 1 ? p : undefined;
      });
      assert.ok(before, `expected one out/server.js child of the extension host (pid ${process.pid}), found: ${serverPids().join(', ') || 'none'}`);
      const [oldPid] = before;
      // It is alive and serving this note: a mistake gets a diagnostic.
      await replaceText(doc, new vscode.Range(4, 5, 4, 15), 'app-servr');
      await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-kind'), 'unknown-kind before the kill');
      await replaceText(doc, new vscode.Range(4, 5, 4, 14), 'app-server');
      await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no diagnostics once fixed');

      process.kill(oldPid!, 'SIGKILL');
      const newPid = await poll(() => serverPids().find((p) => p !== oldPid), 20_000);
      assert.ok(newPid, `no new language server process within 20 s of killing ${oldPid} (children now: ${serverPids().join(', ') || 'none'})`);
      assert.ok(!serverPids().includes(oldPid!), 'the killed server is still there');

      await replaceText(doc, new vscode.Range(4, 5, 4, 15), 'app-servr');
      assert.equal(doc.lineAt(4).text, 'web: app-servr replicas=2');
      const ds = await waitForDiagnostics(uri, (x) => x.some((d) => codeOf(d) === 'unknown-kind'), 'unknown-kind from the restarted server');
      assert.equal(rangeText(ds.find((d) => codeOf(d) === 'unknown-kind')!.range), '4:5-4:14');
      // And the restarted server answers requests too.
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(3, 1));
      assert.ok(hovers.some((h) => h.contents.some((c) => typeof c !== 'string' && 'value' in c && c.value.includes('**users** · client'))), 'no node hover from the restarted server');
    });
  });
}
