// The language server is a child process of the extension host (forked over
// IPC by vscode-languageclient). Kill it with SIGKILL, as a crash would; the
// client's error handler restarts it, and a later edit gets diagnostics again
// from the new process. Then it crashes it until the client gives up: the
// down state is visible (status, a "not checked" warning instead of 0
// problems) and the restart command brings the checks back.
// Runs last: it leaves a fresh server behind.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, EXTENSION_ID, openNote, poll, rangeText, replaceText, serverPids, waitForDiagnostics } from './util';

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

    test('a server that keeps crashing is shown as down, the note says "not checked", and the restart command brings the checks back', async function () {
      if (process.platform !== 'linux') this.skip();
      this.timeout(180_000);
      const ext = vscode.extensions.getExtension<{ isServerDown(): boolean }>(EXTENSION_ID);
      assert.ok(ext);
      const api = await ext.activate();
      const editor = await openNote('restart.md');
      const uri = editor.document.uri;
      const doc = editor.document;
      // The test before leaves its mistake in line 4; start from the fixed line.
      await replaceText(doc, doc.lineAt(4).range, 'web: app-server replicas=2');
      await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no diagnostics before the crashes');
      assert.equal(api.isServerDown(), false, 'the server is up before the crashes');
      const notChecked = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'server-down');

      // The client restarts a server that dies, up to 5 times in 3 minutes (extension.ts):
      // the 6th death within the window is the one it gives up on. The earlier test's kill
      // counts too, so kill until no new process comes, at most 7 times.
      let kills = 0;
      for (; kills < 7; kills++) {
        const pid = await poll(() => serverPids()[0], 20_000);
        if (pid === undefined) break;
        process.kill(pid, 'SIGKILL');
        const next = await poll(() => (api.isServerDown() ? -1 : serverPids().find((p) => p !== pid)), 20_000);
        assert.ok(next !== undefined, `after kill ${kills + 1} neither a new server nor the down state within 20 s`);
        if (next === -1) {
          kills++;
          break;
        }
      }
      assert.equal(api.isServerDown(), true, `the client should give up after repeated crashes (killed ${kills} times)`);
      assert.deepEqual(serverPids(), [], 'no server runs once the client gave up');
      const warned = await poll(() => (notChecked().length === 1 ? notChecked() : undefined), 10_000);
      assert.ok(warned, `the open note should carry one "not checked" warning, not 0 problems: ${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`);
      assert.equal(warned[0]!.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(rangeText(warned[0]!.range).split('-')[0], '2:0', 'on the fence line of the first topology block');
      assert.match(warned[0]!.message, /not checked|검사하지/i);

      // The status bar item runs this command; so does the palette.
      await vscode.commands.executeCommand('infraNotes.restartServer');
      const pid = await poll(() => serverPids()[0], 30_000);
      assert.ok(pid, 'the restart command starts a server again');
      assert.ok(await poll(() => (api.isServerDown() ? undefined : true), 20_000), 'the down state clears once the server runs');
      assert.deepEqual(notChecked(), [], 'the "not checked" warning goes away');
      await replaceText(doc, new vscode.Range(4, 5, 4, 15), 'app-servr');
      await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-kind'), 'unknown-kind from the server started by the restart command');
      await replaceText(doc, new vscode.Range(4, 5, 4, 14), 'app-server');
      await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no diagnostics once fixed');
    });
  });
}
