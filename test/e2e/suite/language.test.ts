// Language features through VS Code's own command API (the same paths the
// editor takes: diagnostics collection, hover/completion/rename/code-action/
// symbol providers registered by vscode-languageclient). English UI only: the
// expected strings are the server's English texts; the Korean run
// (INFRA_NOTES_E2E_GREP=@ko) does not select this suite.
//
// Fixtures (test/e2e/fixtures/, copied to a temp workspace): notes.md (read
// only), edit.md, complete.md, rename.md, fix.md (edited, never saved).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf,
  describeDiagnostics,
  describeTabs,
  EXTENSION_ID,
  hoverText,
  isKorean,
  openNote,
  poll,
  positionOf,
  rangeText,
  waitForDiagnostics,
  waitForHover,
} from './util';

const NODE_HOVER_LB = [
  '**lb** · load-balancer ×2',
  '',
  'Instances: 2 · availability 99.9% each',
  '',
  'Profile: **generic** · sources in docs/defaults.md',
  '',
  'Health checks: none — a dead instance keeps its share until it is repaired',
  '',
  'Availability 99.9% [generic] · repair 1h [generic]',
  '',
  'Called by: `users`',
  '',
  'Calls: `web`',
].join('\n');

export function register(): void {
  suite('language features (English UI)', () => {
    suiteSetup(async () => {
      assert.ok(!isKorean(), `this suite expects an English UI, got vscode.env.language=${vscode.env.language} (the Korean run selects @ko tests only)`);
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is not loaded`);
      await ext.activate();
    });

    test('diagnostics appear, and follow edits (editor.edit, then a WorkspaceEdit)', async () => {
      const editor = await openNote('edit.md');
      const uri = editor.document.uri;
      const initial = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-kind'), 'unknown-kind on `app-servr`');
      const unknown = initial.find((d) => codeOf(d) === 'unknown-kind')!;
      assert.equal(rangeText(unknown.range), '4:5-4:14');
      assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
      assert.match(unknown.message, /^Unknown kind `app-servr`\. Did you mean `app-server`\?/);

      // Typing the missing letter (app-serv|r → app-server) clears it.
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(4, 13), 'e')), 'editor.edit was refused');
      assert.equal(editor.document.lineAt(4).text, 'web: app-server replicas=2');
      await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'unknown-kind'), 'unknown-kind gone after fixing the kind');

      // Dropping `replicas=2` makes `web` (the entry behind `users`) a single point of failure.
      const edit = new vscode.WorkspaceEdit();
      edit.delete(uri, new vscode.Range(4, 15, 4, 26));
      assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit was refused');
      assert.equal(editor.document.lineAt(4).text, 'web: app-server');
      const ds = await waitForDiagnostics(uri, (x) => x.some((d) => codeOf(d) === 'single-point-of-failure'), 'single-point-of-failure on `web`');
      const spof = ds.find((d) => codeOf(d) === 'single-point-of-failure')!;
      assert.equal(rangeText(spof.range), '4:0-4:3', describeDiagnostics(ds));
      assert.match(spof.message, /^`web` is a single point of failure/);
    });

    test('a diagnostic\'s help link opens the rule page rendered and read-only, in English only, with no source paths', async () => {
      const editor = await openNote('notes.md');
      const rulePage = (d: vscode.Diagnostic): boolean => typeof d.code === 'object' && d.code.target.path.startsWith('/rules/');
      const ds = await waitForDiagnostics(editor.document.uri, (x) => x.some(rulePage), `a rule's diagnostic with a help link`);
      const d = ds.find(rulePage)!;
      const target = (d.code as { value: string; target: vscode.Uri }).target;
      assert.equal(target.scheme, 'infra-notes-help', target.toString());
      assert.equal(target.query, 'en');
      const page = (await vscode.workspace.openTextDocument(target)).getText();
      assert.match(page, /^# [a-z-]+ — /);
      assert.doesNotMatch(page.replace(/^```[\s\S]*?^```$/gm, ''), /[\uac00-\ud7af]/m, 'Korean prose in the English page');
      assert.doesNotMatch(page, /server\/src/);
      // Following the link (as the Problems panel does) shows the page in the Markdown preview, not as an editable text tab.
      const previews = (): number => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)).length;
      const before = previews();
      await vscode.commands.executeCommand('vscode.open', target);
      const shown = await poll(() => {
        const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
        const text = tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === target.toString());
        return previews() > before && !text ? true : undefined;
      });
      assert.ok(shown, `the help page is not shown rendered: ${describeTabs()}`);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('hover on a node shows exactly its facts (kind ×replicas, callers, callees), in English only (infraNotes.hover.bothLanguages is off)', async () => {
      const editor = await openNote('notes.md');
      const uri = editor.document.uri;
      const pos = positionOf(editor.document, 'lb: load-balancer', 1);
      const h = await waitForHover(uri, pos, (t) => t.includes('load-balancer ×2'), 'node hover on `lb`');
      assert.equal(hoverText(h), NODE_HOVER_LB);
      assert.ok(h.range, 'the hover should carry the node name range');
      assert.equal(rangeText(h.range), '6:0-6:2');
    });

    test('hover on a Korean term in prose (페일오버) explains failover in English, naming the Korean term, related terms as links', async () => {
      const editor = await openNote('notes.md');
      const uri = editor.document.uri;
      const pos = positionOf(editor.document, '페일오버가 느리면', 2);
      assert.equal(pos.line, 2);
      const h = await waitForHover(uri, pos, (t) => /failover/i.test(t), 'glossary hover on 페일오버');
      const text = hoverText(h);
      assert.ok(text.startsWith('**Failover** — Switching work from a failed system to a standby one so that the service keeps running.'), text);
      assert.ok(!text.includes('\n---\n'), text);
      assert.ok(text.includes('*한국어:* 페일오버'), text);
      assert.ok(!text.includes('운영 중인 시스템에 장애가 생기면'), text);
      assert.match(text, /\*Related:\* \[[^\]]+\]\(command:infraNotes\.showTerm\?/);
      assert.ok(h.range);
      assert.equal(rangeText(h.range), '2:0-2:4');
    });

    test('hover inside a plain code fence explains the term; inside a python fence it does not', async () => {
      const editor = await openNote('plain.md');
      const uri = editor.document.uri;
      const pos = positionOf(editor.document, 'Read Replica', 3);
      const h = await waitForHover(uri, pos, (t) => /replica/i.test(t), 'glossary hover on Read Replica in a ``` block');
      assert.match(hoverText(h), /^\*\*Read replica\*\*|^\*\*[^*]*[Rr]eplica[^*]*\*\*/);
      assert.equal(h.range?.start.line, 3);
      const code = positionOf(editor.document, 'failover = True', 2);
      const none = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, code);
      assert.ok(!none.some((x) => /Failover/.test(hoverText(x))), 'no glossary hover inside python code');
    });

    test('a full-width colon gets a did-you-mean and its quick fix types the ASCII colon', async () => {
      const editor = await openNote('plain.md');
      const doc = editor.document;
      const uri = doc.uri;
      const ds = await waitForDiagnostics(uri, (x) => x.some((d) => codeOf(d) === 'full-width-punctuation'), 'full-width-punctuation on `：`');
      const diag = ds.find((d) => codeOf(d) === 'full-width-punctuation')!;
      assert.equal(rangeText(diag.range), '11:5-11:6');
      assert.match(diag.message, /Did you mean `:`\?/);
      assert.ok(!ds.some((d) => codeOf(d) === 'syntax'), 'no "Not a statement"');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range);
      const fix = actions.find((a) => a.title === 'Change `：` to `:`');
      assert.ok(fix?.edit, `no fix among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit was refused');
      assert.equal(doc.lineAt(11).text, 'users: client');
      await waitForDiagnostics(uri, (x) => !x.some((d) => codeOf(d) === 'full-width-punctuation'), 'the warning goes away');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    test('completion after `web: ` lists the kinds, load-balancer among them', async () => {
      const editor = await openNote('complete.md');
      const uri = editor.document.uri;
      assert.equal(editor.document.lineAt(1).text, 'web: ');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(1, 5));
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      for (const k of ['load-balancer', 'app-server', 'database', 'cache']) assert.ok(labels.includes(k), `${k} missing from: ${labels.join(', ')}`);
      const lb = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'load-balancer')!;
      assert.equal(lb.kind, vscode.CompletionItemKind.Class);
    });

    test('rename `db` → 주DB changes the declaration, of=, edges and scenarios', async () => {
      const editor = await openNote('rename.md');
      const doc = editor.document;
      const uri = doc.uri;
      const pos = new vscode.Position(4, 8); // `web -> d|b`
      assert.equal(doc.getText(doc.getWordRangeAtPosition(pos, /[\w-]+/)), 'db');
      // The server must be up (diagnostics are a sign of it) before renaming.
      await waitForDiagnostics(uri, (ds) => ds.length > 0, 'any diagnostic on rename.md');
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, pos, '주DB');
      assert.ok(edit, 'no rename edit');
      const edits = edit.get(uri);
      assert.deepEqual(edits.map((e) => `${rangeText(e.range)}=${e.newText}`).sort(), ['1:0-1:2=주DB', '2:32-2:34=주DB', '4:7-4:9=주DB', '5:17-5:19=주DB']);
      assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit was refused');
      assert.equal(
        doc.getText(),
        ['```topology 이름 바꾸기', '주DB: database', 'db-standby: database standby of=주DB', 'web: web', 'web -> 주DB', 'scenario s: fail 주DB#1 at=5s', '```', ''].join('\n'),
      );
    });

    test('quick fix "Add a health check to `lb`" changes exactly that line', async () => {
      const editor = await openNote('fix.md');
      const doc = editor.document;
      const uri = doc.uri;
      const before = doc.getText();
      const ds = await waitForDiagnostics(uri, (x) => x.some((d) => codeOf(d) === 'no-health-check'), 'no-health-check on `lb`');
      const diag = ds.find((d) => codeOf(d) === 'no-health-check')!;
      assert.equal(rangeText(diag.range), '6:0-6:2');
      assert.equal(diag.severity, vscode.DiagnosticSeverity.Warning);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range);
      const titles = actions.map((a) => a.title);
      for (const t of ['Add a health check to `lb`', 'Disable no-health-check for this line', 'Disable no-health-check for this design']) {
        assert.ok(titles.includes(t), `"${t}" missing from: ${titles.join(' | ')}`);
      }
      const fix = actions.find((a) => a.title === 'Add a health check to `lb`')!;
      assert.equal(fix.isPreferred, true);
      assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value}`);
      assert.ok(fix.edit, 'the fix carries no edit');
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit was refused');
      assert.equal(doc.getText(), before.replace('lb: load-balancer replicas=2\n', 'lb: load-balancer replicas=2 health-check\n'));
      assert.equal(
        doc.getText(),
        [
          '# 장애 대응 노트',
          '',
          '페일오버가 느리면 RTO를 못 지킨다.',
          '',
          '```topology 쇼핑몰 주문',
          'users: client',
          'lb: load-balancer replicas=2 health-check',
          'web: app-server replicas=2',
          'db: database',
          'db-standby: database standby of=db replication=sync failover=auto',
          'users -> lb -> web -> db',
          'scenario db-down: fail db',
          '```',
          '',
        ].join('\n'),
      );
      await waitForDiagnostics(uri, (x) => !x.some((d) => codeOf(d) === 'no-health-check'), 'no-health-check gone after the fix');
    });

    test('document symbols: the block under its title, its nodes and scenario inside', async () => {
      const editor = await openNote('notes.md');
      const uri = editor.document.uri;
      const syms = (await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
      const flat: vscode.DocumentSymbol[] = [];
      const walk = (list: (vscode.DocumentSymbol | vscode.SymbolInformation)[]) => {
        for (const s of list) {
          if ('children' in s) {
            flat.push(s);
            walk(s.children);
          }
        }
      };
      walk(syms);
      const block = flat.find((s) => s.name === '쇼핑몰 주문');
      assert.ok(block, `no symbol "쇼핑몰 주문" among: ${flat.map((s) => s.name).join(', ')}`);
      assert.equal(block.kind, vscode.SymbolKind.Namespace);
      assert.deepEqual(block.children.map((c) => c.name), ['users', 'lb', 'web', 'db', 'db-standby', 'db-down']);
      assert.equal(block.range.start.line, 4);
      assert.equal(block.range.end.line, 12);
      const lb = block.children.find((c) => c.name === 'lb')!;
      assert.equal(rangeText(lb.selectionRange), '6:0-6:2');
    });

    test('go to definition from an edge lands on the node declaration', async () => {
      const editor = await openNote('notes.md');
      const uri = editor.document.uri;
      const locs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider', uri, positionOf(editor.document, 'web -> db', 8),
      );
      const ranges = locs.map((l) => ('targetRange' in l ? (l.targetSelectionRange ?? l.targetRange) : l.range)).map(rangeText);
      assert.ok(ranges.includes('8:0-8:2'), `definitions: ${ranges.join(', ') || '(none)'}`);
    });
  });
}
