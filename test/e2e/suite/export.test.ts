// Exports from the real VS Code (issue 16): the diagram panel writes the
// design as an SVG file (infraNotes.exportDiagramSvg with a target: the webview
// draws it again with native SVG text, the extension writes it), and a scenario
// becomes an animated SVG (infraNotes.exportAnimation: the language server
// makes it with the core function `infra-notes animate` uses, the extension
// writes it). The files are read back from disk and checked.
//
// Fixtures: three-tier.md is examples/08-three-tier.md (design "3계층 after",
// scenario az-1-down); animate.md has a design whose title needs escaping.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeTabs, EXTENSION_ID, fixtureUri, isKorean, poll, webviewTabs, workspaceFolder } from './util';

const DESIGN = '3계층 after';
const NODES = ['users', 'dns', 'cdn', 'lb', 'web', 'was-lb', 'was', 'sessions', 'db', 'db-standby', 'db-read', 'mon'];
const PANEL_WAIT_MS = 30_000;
const FILE_WAIT_MS = 30_000;

async function waitForPanel(viewType: string, label: string): Promise<void> {
  const tab = await poll(() => webviewTabs(viewType).find((t) => t.label === label), PANEL_WAIT_MS);
  assert.ok(tab, `no webview tab "${label}" (${viewType}) within ${PANEL_WAIT_MS} ms. Tabs:\n  ${describeTabs()}`);
}

async function closeAll(viewType: string): Promise<void> {
  const tabs = webviewTabs(viewType);
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The file's text once it exists (the webview renders first), or undefined. */
async function waitForFile(uri: vscode.Uri): Promise<string | undefined> {
  return poll(async () => {
    try {
      return await readText(uri);
    } catch {
      return undefined;
    }
  }, FILE_WAIT_MS);
}

/** The text content of every <text> element, XML entities read back. */
function svgTexts(svg: string): string[] {
  const unescape = (s: string): string =>
    s.replace(/&(#x?[0-9a-f]+|lt|gt|amp|quot|apos);/gi, (_, e: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
      if (e in named) return named[e]!;
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    });
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => unescape(m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()));
}

/** The `<g class="node" data-name="NAME">…</g>` group of an animated SVG. */
/** A node's group in an exported picture: its copy in `zone`, or its first copy (a node spread over zones is drawn in each). */
function nodeGroup(svg: string, name: string, zone?: string): string {
  const q = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const z = zone === undefined ? '(?: data-zone="[^"]*")?' : ` data-zone="${q(zone)}"`;
  const g = new RegExp(`<g class="node" data-name="${q(name)}"${z}>[\\s\\S]*?</g>`).exec(svg);
  assert.ok(g, `no node group for ${name}`);
  return g[0];
}

export function register(): void {
  suite('exports: diagram SVG and failover animation', () => {
    let note: vscode.Uri;

    suiteSetup(async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is not loaded`);
      await ext.activate();
      note = fixtureUri('three-tier.md');
      const doc = await vscode.workspace.openTextDocument(note);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    });

    suiteTeardown(async () => {
      await closeAll('infraNotes.diagram');
      await closeAll('infraNotes.simulation');
    });

    test('infraNotes.exportDiagramSvg writes the panel\'s design to a file: a light SVG whose node labels are native <text>', async () => {
      await vscode.commands.executeCommand('infraNotes.openDiagram', note.toString(), 1);
      await waitForPanel('infraNotes.diagram', `${isKorean() ? '다이어그램' : 'Diagram'}: ${DESIGN}`);
      const out = vscode.Uri.joinPath(workspaceFolder(), 'three-tier-after.svg');
      await vscode.commands.executeCommand('infraNotes.exportDiagramSvg', out.toString(), { light: true });
      const svg = await waitForFile(out);
      assert.ok(svg, `${out.fsPath} was not written within ${FILE_WAIT_MS} ms`);
      assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<svg\b[^>]*\bxmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(svg, /<\/svg>\s*$/);
      // Labels that office suites and converters show: SVG text, no HTML inside foreignObject.
      assert.doesNotMatch(svg, /foreignObject/i);
      assert.doesNotMatch(svg, /<script/i);
      const texts = svgTexts(svg);
      const words = new Set(texts.flatMap((t) => t.split(' ')));
      const missing = NODES.filter((n) => !words.has(n));
      assert.deepEqual(missing, [], `node names missing from the <text> elements:\n  ${texts.join('\n  ')}`);
      // The user's own labels too (label="브라우저", label="정적 콘텐츠").
      assert.ok(texts.some((t) => t.includes('브라우저')), texts.join(' | '));
      assert.ok(texts.some((t) => t.includes('정적 콘텐츠')), texts.join(' | '));
      // The zones the design spreads over are boxes with their names.
      assert.ok(texts.some((t) => /az-1/.test(t)) && texts.some((t) => /az-2/.test(t)), texts.join(' | '));
      // A light page whatever the editor's theme (the `light` option).
      assert.match(svg, /<rect[^>]*class="infra-notes-background"[^>]*>/);
      assert.match(/<rect[^>]*class="infra-notes-background"[^>]*>/.exec(svg)![0], /fill="#ffffff"/);
    });

    test('infraNotes.exportAnimation writes a scenario as an animated SVG: frames in which the failing nodes change', async () => {
      const out = vscode.Uri.joinPath(workspaceFolder(), 'three-tier-az-1-down.svg');
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('infraNotes.exportAnimation', note.toString(), DESIGN, 'az-1-down', out.toString());
      assert.equal(written?.toString(), out.toString(), 'the command resolves to the file it wrote');
      const svg = await readText(out);
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" /);
      assert.doesNotMatch(svg, /<script|foreignObject|\son\w+=/i);
      assert.equal(/<title>([^<]*)<\/title>/.exec(svg)?.[1], `${DESIGN} — az-1-down`);
      // One caption per frame, shown in turn (SMIL, discrete); the first before the failure.
      const captions = [...svg.matchAll(/<text class="caption" data-frame="(\d+)"[^>]*>([^<]*)<animate attributeName="opacity"[^>]*calcMode="discrete" keyTimes="([^"]+)"/g)];
      assert.ok(captions.length >= 3, `${captions.length} frames`);
      const frames = captions.length;
      assert.equal(captions[0]![3], Array.from({ length: frames }, (_, i) => (i / frames).toFixed(4)).join(';'));
      assert.match(captions[0]![2]!, /^0s — /);
      assert.ok(captions.some((c) => /fail zone:az-1/.test(c[2]!)), captions.map((c) => c[2]).join(' | '));
      // db runs in az-1: its box is green in the first frame, then red (down) in the next; its standby in az-2 takes over (blue).
      const fills = (name: string, zone?: string): string[] => {
        const m = /<rect [^>]*><animate attributeName="fill" [^>]*values="([^"]+)"/.exec(nodeGroup(svg, name, zone));
        assert.ok(m, `no fill animation for ${name}:\n${nodeGroup(svg, name, zone)}`);
        return m[1]!.split(';');
      };
      const db = fills('db');
      assert.equal(db.length, frames);
      assert.equal(db[0], '#e8f5e9');
      assert.ok(db.slice(1).every((f) => f === '#fde7e7'), db.join(';'));
      assert.ok(fills('db-standby').includes('#e3f0fd'), fills('db-standby').join(';'));
      // web has an instance in each zone and is drawn in each: its az-1 copy goes down with the zone (its
      // instance dot turning red) while its az-2 copy stays up; the az-1 lane itself turns red.
      assert.ok(fills('web', 'az-1').slice(1).every((f) => f === '#fde7e7'), fills('web', 'az-1').join(';'));
      assert.match(nodeGroup(svg, 'web', 'az-1'), /<circle [^>]*><animate attributeName="fill" [^>]*values="#2e7d32;#c62828/);
      assert.doesNotMatch(nodeGroup(svg, 'web', 'az-2'), /<animate attributeName="fill"/);
      assert.match(svg, /<g class="zone" data-zone="az-1"><rect [^>]*><animate attributeName="fill" [^>]*values="#f6f8fa;#fde7e7/);
    });

    test('infraNotes.exportAnimation without a note exports the simulation panel\'s run; steps and a title to escape', async () => {
      // What the panel shows (its "Export animation" control runs the same command).
      await vscode.commands.executeCommand('infraNotes.openSimulation', note.toString(), 1, 'az-1-down');
      await waitForPanel('infraNotes.simulation', `${isKorean() ? '시뮬레이션' : 'Simulation'}: ${DESIGN}`);
      const fromPanel = vscode.Uri.joinPath(workspaceFolder(), 'from-panel.svg');
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('infraNotes.exportAnimation', undefined, undefined, undefined, fromPanel);
      assert.equal(written?.toString(), fromPanel.toString());
      const shown = await readText(fromPanel);
      assert.equal(/<title>([^<]*)<\/title>/.exec(shown)?.[1], `${DESIGN} — az-1-down`);
      // The same picture as asking for the scenario by name.
      assert.equal(shown, await readText(vscode.Uri.joinPath(workspaceFolder(), 'three-tier-az-1-down.svg')));

      // The panel's own steps (as the webview sends them) on a design titled R&D <주문> "팀".
      const other = fixtureUri('animate.md');
      const out = vscode.Uri.joinPath(workspaceFolder(), 'animate-steps.svg');
      const steps = [
        { type: 'fail', target: { type: 'node', node: 'db', instance: null }, at: 0 },
        { type: 'recover', target: { type: 'node', node: 'db', instance: null }, at: 600 },
      ];
      assert.equal((await vscode.commands.executeCommand<vscode.Uri | undefined>('infraNotes.exportAnimation', other, 0, steps, out))?.toString(), out.toString());
      const svg = await readText(out);
      const title = 'R&#38;D &#60;주문&#62; &#34;팀&#34; — fail db; recover db at=10m';
      assert.equal(/<title>([^<]*)<\/title>/.exec(svg)?.[1], title);
      assert.ok(svg.includes(`font-weight="600" fill="#1f2328">${title}</text>`), 'the caption above the picture is escaped too');
      assert.doesNotMatch(svg, /R&D|<주문>|"팀"/);
      assert.ok(svgTexts(svg).includes('R&D <주문> "팀" — fail db; recover db at=10m'));
      const db = /<rect [^>]*><animate attributeName="fill" [^>]*values="([^"]+)"/.exec(nodeGroup(svg, 'db'))?.[1]?.split(';') ?? [];
      // Up, down, … and back up once recovered.
      assert.equal(db[0], '#e8f5e9');
      assert.equal(db[1], '#fde7e7');
      assert.equal(db[db.length - 1], '#e8f5e9', db.join(';'));
    });
  });
}
