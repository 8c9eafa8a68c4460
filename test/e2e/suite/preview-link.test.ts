// The Markdown preview's "open in the diagram panel" link (client/src/preview.ts
// writes it, client/src/openFromPreview.ts handles it): the URI the preview
// renders for a design, handed to VS Code, opens the diagram panel on THAT design;
// crafted URIs (a note outside the workspace, a design that is not there) open nothing.
//
// VS Code routes `SCHEME://infra-notes.infra-notes/…` to the extension's URI
// handler; a test cannot click inside the preview's webview, so it hands the URI
// to `vscode.open`, which goes through the same opener service as a click on the
// link. The URI is the one the preview renders: from `markdown.api.render` (the
// same markdown-it plugin, with the note in env.currentDocument) where the preview
// draws the link; in a browser build whose preview cannot follow links of its own
// scheme (code-server: `code-oss:`), the preview draws none (checked), and the URI
// is rendered by the same plugin with this VS Code's scheme.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { OPEN_CLASS, previewFollows, topologyMarkdownItPlugin } from '../../../client/src/preview';
import { describeTabs, EXTENSION_ID, fixtureUri, isKorean, poll, sleep, webviewTabs } from './util';

const VIEW = 'infraNotes.diagram';

async function closeDiagrams(): Promise<void> {
  const tabs = webviewTabs(VIEW);
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/<a class="infra-notes-open" href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
}

/** The links the preview renders for a note (see the header). */
async function previewLinks(doc: vscode.TextDocument): Promise<string[]> {
  const html = await vscode.commands.executeCommand<string>('markdown.api.render', doc);
  const follows = previewFollows(vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop', vscode.env.uriScheme);
  if (follows) return hrefs(html);
  assert.ok(!html.includes(OPEN_CLASS), `this preview cannot follow ${vscode.env.uriScheme}: links, yet one was drawn:\n${html}`);
  const md = topologyMarkdownItPlugin(new MarkdownIt(), () => ({}), () => ({ scheme: vscode.env.uriScheme, extensionId: EXTENSION_ID, text: 'Open in panel', title: 'Open' }));
  return hrefs(md.render(doc.getText(), { currentDocument: doc.uri }));
}

function label(title: string): string {
  return `${isKorean() ? '다이어그램' : 'Diagram'}: ${title}`;
}

async function noDiagramFor(ms: number): Promise<void> {
  await sleep(ms);
  assert.equal(webviewTabs(VIEW).length, 0, `a diagram panel was opened:\n  ${describeTabs()}`);
}

export function register(): void {
  suite('preview link to the diagram panel', () => {
    let doc: vscode.TextDocument;

    suiteSetup(async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is not loaded`);
      await ext.activate();
      doc = await vscode.workspace.openTextDocument(fixtureUri('two-designs.md'));
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    });

    setup(closeDiagrams);
    suiteTeardown(closeDiagrams);

    test('the URI the preview renders for the second design opens the diagram panel on the second design', async () => {
      const links = await previewLinks(doc);
      assert.equal(links.length, 2, `one link per design: ${links.join('\n')}`);
      for (const l of links) assert.ok(l.startsWith(`${vscode.env.uriScheme}://${EXTENSION_ID}/open-diagram?d=`), l);
      await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(links[1]!));
      const want = label('shop & co — after = 2');
      const tab = await poll(() => webviewTabs(VIEW).find((t) => t.label === want), 30_000);
      assert.ok(tab, `no diagram tab "${want}" after opening ${links[1]}. Tabs:\n  ${describeTabs()}`);
      assert.equal(webviewTabs(VIEW).length, 1);
      // And the first link, the first design (the same panel follows).
      await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(links[0]!));
      const first = label('shop & co — before');
      assert.ok(await poll(() => webviewTabs(VIEW).find((t) => t.label === first), 30_000), `no diagram tab "${first}". Tabs:\n  ${describeTabs()}`);
    });

    test('crafted URIs open nothing: a note outside the workspace, a design that is not in the note, a bad payload', async () => {
      const [link] = await previewLinks(doc);
      const target = JSON.parse(Buffer.from(/d=([A-Za-z0-9_-]+)/.exec(link!)![1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
      const craft = (t: Record<string, unknown>): vscode.Uri =>
        vscode.Uri.parse(`${vscode.env.uriScheme}://${EXTENSION_ID}/open-diagram?d=${Buffer.from(JSON.stringify(t)).toString('base64url')}`);
      for (const uri of [
        craft({ ...target, note: 'file:///etc/outside-the-workspace.md' }),
        craft({ ...target, title: 'a design that is not there' }),
        craft({ ...target, index: -1 }),
        vscode.Uri.parse(`${vscode.env.uriScheme}://${EXTENSION_ID}/open-diagram?d=not-json`),
      ]) {
        await vscode.commands.executeCommand('vscode.open', uri);
      }
      await noDiagramFor(2500);
    });
  });

  suite('diagram images next to the note', () => {
    suiteTeardown(async () => {
      await vscode.workspace.getConfiguration('infraNotes').update('export.images', undefined, vscode.ConfigurationTarget.Workspace);
    });

    test('with infraNotes.export.images = svg, saving an edited note rewrites NOTE.DESIGN.svg next to it (the note keeps its text)', async () => {
      await vscode.workspace.getConfiguration('infraNotes').update('export.images', 'svg', vscode.ConfigurationTarget.Workspace);
      const note = fixtureUri('saved-images.md');
      const text = '# images\n\n```topology shop\nweb: web-server\ndb: database\nweb -> db\n```\n';
      await vscode.workspace.fs.writeFile(note, new TextEncoder().encode(text));
      const doc = await vscode.workspace.openTextDocument(note);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
      const image = vscode.Uri.joinPath(note, '..', 'saved-images.shop.svg');
      const read = async (): Promise<string | undefined> => {
        try {
          return new TextDecoder().decode(await vscode.workspace.fs.readFile(image));
        } catch {
          return undefined;
        }
      };
      const edit = new vscode.WorkspaceEdit();
      edit.insert(note, new vscode.Position(5, 0), 'cache: cache\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      // In a window that has just opened (this test run alone), code-server's first save of a
      // note can answer false while it writes the file; what counts is that the note ends saved.
      const save = async (): Promise<void> => {
        for (let k = 0; k < 3 && !(await doc.save()); k++) if (!doc.isDirty) break;
        assert.ok(!doc.isDirty, `saved: ${JSON.stringify(doc.getText())}`);
      };
      await save();
      const svg = await poll(async () => {
        const s = await read();
        return s?.includes('data-name="cache"') ? s : undefined;
      }, 30_000);
      assert.ok(svg, `no ${image.path} with the new node after the save: ${(await read()) ?? '(no file)'}`);
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.ok(!svg.includes('foreignObject'));
      assert.equal(doc.getText(), text.replace('db: database\n', 'db: database\ncache: cache\n'), 'the note itself is not rewritten');
      // A second edit, a second save: the image follows.
      const edit2 = new vscode.WorkspaceEdit();
      edit2.insert(note, new vscode.Position(6, 0), 'queue: queue\n');
      assert.ok(await vscode.workspace.applyEdit(edit2));
      await save();
      assert.ok(await poll(async () => ((await read())?.includes('data-name="queue"') ? true : undefined), 30_000), 'the image follows the second save');
      // The design renamed: its new image is written and the old one removed (an SVG the note did not write stays).
      const mine = vscode.Uri.joinPath(note, '..', 'saved-images.mine.svg');
      await vscode.workspace.fs.writeFile(mine, new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>\n'));
      const edit3 = new vscode.WorkspaceEdit();
      edit3.replace(note, new vscode.Range(2, 0, 2, '```topology shop'.length), '```topology store');
      assert.ok(await vscode.workspace.applyEdit(edit3));
      await save();
      const renamed = vscode.Uri.joinPath(note, '..', 'saved-images.store.svg');
      const exists = async (u: vscode.Uri): Promise<boolean> => {
        try {
          await vscode.workspace.fs.stat(u);
          return true;
        } catch {
          return false;
        }
      };
      assert.ok(await poll(async () => ((await exists(renamed)) && !(await exists(image)) ? true : undefined), 30_000), 'the renamed design has its image and the old one is gone');
      assert.ok(await exists(mine), 'a hand-made SVG next to the note stays');
    });
  });
}
