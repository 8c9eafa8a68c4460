// The editing loop (issue 14) in the real VS Code: typing a whole design
// through the editor's own `type` command with the suggestions shown, the
// estimate lens on a design with an error, and the lens's click opening the
// simulation on the failure behind its worst figure.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, isKorean, poll, webviewTabs } from './util';

/** A design typed line by line, as a learner would (names and values in Korean and English). */
const LINES = [
  '```topology 주문',
  'goal rto=1m rpo=0',
  'zone 서울-a',
  'zone 서울-b',
  'users: client',
  'web: web-server replicas=2 zones=서울-a,서울-b',
  '주문DB: database primary zone=서울-a',
  '주문DB-대기: database standby of=주문DB replication=sync failover=auto zone=서울-b',
  'users -> web -> 주문DB',
  'scenario db-down: fail 주문DB',
  '```',
];

async function newNote(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/** The estimate lens (the one resolved to open the simulation without a scenario) above line `line`. */
async function estimateLens(uri: vscode.Uri, line: number, pred: (title: string) => boolean): Promise<vscode.CodeLens> {
  const lens = await poll(async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
    return lenses.find((l) => l.range.start.line === line && l.command?.command === 'infraNotes.openSimulation' && !l.command.title.startsWith('▶') && pred(l.command.title));
  });
  assert.ok(lens, 'no estimate lens with the expected title');
  return lens;
}

export function register(): void {
  suite('editing loop', () => {
    suiteSetup(async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is not loaded`);
      await ext.activate();
      // Suggestions appear as you type in Markdown too (VS Code turns them off there by default).
      await vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).update('quickSuggestions', { other: 'on', comments: 'on', strings: 'on' }, vscode.ConfigurationTarget.Global, true);
    });

    suiteTeardown(async () => {
      await vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).update('quickSuggestions', undefined, vscode.ConfigurationTarget.Global, true);
      const tabs = webviewTabs('infraNotes.simulation');
      if (tabs.length) await vscode.window.tabGroups.close(tabs);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('typing a whole design line by line with the suggestions shown yields exactly the typed text', async function () {
      // About 450 keystrokes, each a round trip through the editor and the language server.
      this.timeout(300_000);
      const editor = await newNote('# 노트\n\n');
      const doc = editor.document;
      editor.selection = new vscode.Selection(doc.lineAt(2).range.start, doc.lineAt(2).range.start);
      for (const line of LINES) {
        for (const ch of line) await vscode.commands.executeCommand('type', { text: ch });
        // What Enter does now: if a suggestion list is open, Enter accepts its selected item instead of a line break.
        // Wait for the completion answer at the end of the line (the list shows after it), then press "Enter" as the keybinding would.
        await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, editor.selection.active);
        const before = doc.getText();
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        assert.equal(doc.getText(), before, `Enter at the end of \`${line}\` accepted a suggestion instead of starting a new line:\n${doc.getText()}`);
        await vscode.commands.executeCommand('type', { text: '\n' });
        await vscode.commands.executeCommand('hideSuggestWidget');
      }
      // Auto-indentation or closing pairs would show here too.
      assert.equal(doc.getText(), `# 노트\n\n${LINES.join('\n')}\n`);
      const ds = await poll(() => {
        const x = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'infra-notes' && d.severity === vscode.DiagnosticSeverity.Error);
        return x.length === 0 ? x : undefined;
      });
      assert.ok(ds, 'the typed design has errors');
    });

    test('the estimate lens on a design with an error says the estimate is partial, and why', async () => {
      const editor = await newNote('# 노트\n\n```topology 깨짐\nusers: client\napp: app-servr\ndb: database\nusers -> app -> db\n```\n');
      const lens = await estimateLens(editor.document.uri, 2, (t) => t.includes('⚠'));
      if (isKorean()) assert.match(lens.command!.title, /^⚠ 일부만 추정: 오류 1개\(.+\)는 빠짐 · ≈ /);
      else assert.match(lens.command!.title, /^⚠ partial: 1 error \(.+\) left out · ≈ /);
    });

    test('clicking the estimate lens opens the simulation on the failure behind its worst figure', async () => {
      const editor = await newNote(
        '# 노트\n\n```topology 페일오버\ngoal rto=1m rpo=0\nusers: client\ndb: database primary\ndb-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s\nusers -> db\n```\n',
      );
      const uri = editor.document.uri;
      const lens = await estimateLens(uri, 2, (t) => t.includes('RTO'));
      // Losing db is the RTO's loss (3 × 1s detection + 30s promotion): the lens opens on it, not on an empty run.
      assert.deepEqual(lens.command!.arguments?.slice(1), [0, '', [{ type: 'fail', target: { type: 'node', node: 'db', instance: null }, at: 0 }]]);
      assert.match(lens.command!.title, /RTO 33/);
      await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
      const label = `${isKorean() ? '시뮬레이션' : 'Simulation'}: 페일오버`;
      const tab = await poll(() => webviewTabs('infraNotes.simulation').find((t) => t.label === label));
      assert.ok(tab, `no simulation panel "${label}"`);
    });
  });
}
