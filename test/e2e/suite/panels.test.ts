// The Markdown preview plugin (markdown.api.render) and the two webview
// panels. Runs in both UI languages (tagged @ko): the expected panel titles
// follow vscode.env.language.
//
// A test cannot read a webview's messages, but the panel title proves the
// round trip: the panel is created as "Diagram" / "Simulation" and only gets
// "Diagram: TITLE" / "Simulation: TITLE" in update(), which runs after the
// webview's script has loaded and posted `ready` / `simReady` (see
// client/src/diagramPanel.ts, simulationPanel.ts). The rendered SVG itself is
// checked through the real window by test/e2e/ui.test.ts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeTabs, EXTENSION_ID, fixtureUri, isKorean, poll, webviewTabs } from './util';

const TITLE = '쇼핑몰 주문';
const PANEL_WAIT_MS = 30_000;

async function waitForPanel(viewType: string, label: string): Promise<vscode.Tab> {
  const tab = await poll(() => webviewTabs(viewType).find((t) => t.label === label), PANEL_WAIT_MS);
  assert.ok(
    tab,
    `no webview tab "${label}" (${viewType}) within ${PANEL_WAIT_MS} ms — the webview did not post its ready message, ` +
      `or the title is wrong. Tabs:\n  ${describeTabs()}`,
  );
  return tab;
}

async function closeAll(viewType: string): Promise<void> {
  const tabs = webviewTabs(viewType);
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}

export function register(): void {
  suite('preview and panels @ko', () => {
    let uri: vscode.Uri;

    suiteSetup(async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is not loaded`);
      await ext.activate();
      uri = fixtureUri('notes.md');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    });

    suiteTeardown(async () => {
      await closeAll('infraNotes.diagram');
      await closeAll('infraNotes.simulation');
    });

    test('markdown.api.render of a note contains the diagram markup', async () => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const html = await vscode.commands.executeCommand<string>('markdown.api.render', doc);
      assert.equal(typeof html, 'string');
      assert.match(html, /<div class="infra-notes-topology[^"]*"[^>]* data-title="쇼핑몰 주문"/, html);
      assert.match(html, /<pre class="infra-notes-source">users: client\nlb: load-balancer replicas=2\n/, html);
      assert.equal(html.split('class="infra-notes-topology').length - 1, 1, 'exactly one topology block');
      // Prose around it is still ordinary Markdown.
      assert.match(html, /<h1[^>]*>장애 대응 노트<\/h1>/);
    });

    test('infraNotes.openDiagram opens the diagram panel, which answers (titled after the design)', async () => {
      await vscode.commands.executeCommand('infraNotes.openDiagram', uri.toString(), 0);
      const label = `${isKorean() ? '다이어그램' : 'Diagram'}: ${TITLE}`;
      const tab = await waitForPanel('infraNotes.diagram', label);
      assert.equal(tab.isActive, true, `the diagram tab is not the active tab of its group:\n  ${describeTabs()}`);
      assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'the panel opens beside the note');
      // The note keeps the focus (preserveFocus).
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
      assert.equal(webviewTabs('infraNotes.diagram').length, 1);
    });

    test('infraNotes.openSimulation opens the simulation panel on a scenario, which answers', async () => {
      await vscode.commands.executeCommand('infraNotes.openSimulation', uri.toString(), 0, 'db-down');
      const label = `${isKorean() ? '시뮬레이션' : 'Simulation'}: ${TITLE}`;
      const tab = await waitForPanel('infraNotes.simulation', label);
      assert.equal(tab.isActive, true, `the simulation tab is not the active tab of its group:\n  ${describeTabs()}`);
      // Opening it again reuses the panel.
      await vscode.commands.executeCommand('infraNotes.openSimulation', uri.toString(), 0);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(webviewTabs('infraNotes.simulation').length, 1, describeTabs());
    });
  });
}
