/** The server's own requests for the VS Code client's panels and commands (server/src/lsp/requests.ts), over stdio. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANIMATION_REQUEST, DIAGRAM_REQUEST, EXPORT_MERMAID_REQUEST, IMAGES_REQUEST, SIMULATION_REQUEST, type AnimationResult, type DiagramResult, type ExportMermaidResult, type ImagesResult, type SimulationResult } from '../../server/src/lsp/requests';
import { noteImages } from '../../server/src/core';
import { LspClient, uriOf } from './lsp-client';

const NOTE = `# note

\`\`\`topology first
a: client
b: web-server
a -> b
\`\`\`

\`\`\`topology shop
users: client
app: app-server
db: database primary
db-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s
users -> app -> db
scenario db-down: fail db
\`\`\`
`;

let lsp: LspClient;
before(async () => {
  lsp = new LspClient();
  await lsp.initialize('en');
});
after(async () => lsp?.close());

test('infraNotes/diagram: a line picks the block holding it; the answer carries every block range for following the cursor', async () => {
  const uri = uriOf('views.md');
  await lsp.open(uri, NOTE);
  const v = (await lsp.conn.sendRequest(DIAGRAM_REQUEST, { uri, line: 12, locale: 'en', theme: 'dark' })) as DiagramResult;
  assert.ok(v);
  assert.equal(v.designIndex, 1);
  assert.equal(v.title, 'shop');
  assert.deepEqual(v.blocks, [{ first: 2, last: 6 }, { first: 8, last: 15 }]);
  assert.deepEqual(v.nodes.find((n) => n.name === 'db'), { id: 'n2', name: 'db', line: 11, start: 0, end: 2 });
  // Below every block: the nearest one above; an unknown note: null.
  assert.equal(((await lsp.conn.sendRequest(DIAGRAM_REQUEST, { uri, line: 17, locale: 'en', theme: 'light' })) as DiagramResult)?.designIndex, 1);
  assert.equal(await lsp.conn.sendRequest(DIAGRAM_REQUEST, { uri: uriOf('nope.md'), index: 0, locale: 'en', theme: 'light' }), null);
});

test('infraNotes/simulation: a scenario by name, or the steps sent; malformed steps are dropped', async () => {
  const uri = uriOf('views.md');
  const byName = (await lsp.conn.sendRequest(SIMULATION_REQUEST, { uri, index: 1, locale: 'ko', theme: 'light', scenario: 'db-down', steps: [] })) as SimulationResult;
  assert.ok(byName);
  assert.equal(byName.scenario, 'db-down');
  assert.deepEqual(byName.steps, [{ type: 'fail', target: { type: 'node', node: 'db', instance: null }, at: 0 }]);
  // The worked example: detection 3s + promotion 30s.
  assert.equal(byName.result.entries.find((e) => e.entry === 'users')?.downSeconds, 33);
  assert.ok(byName.result.events.some((e) => e.type === 'promoted' && /승격/.test(e.message.ko)));
  const own = (await lsp.conn.sendRequest(SIMULATION_REQUEST, {
    uri,
    index: 1,
    locale: 'en',
    theme: 'light',
    scenario: '',
    steps: [{ type: 'fail', target: { type: 'node', node: 'app', instance: null }, at: 10 }, { type: 'fail', target: 'db' }, 'junk'],
  })) as SimulationResult;
  assert.ok(own);
  assert.equal(own.scenario, '');
  assert.deepEqual(own.steps, [{ type: 'fail', target: { type: 'node', node: 'app', instance: null }, at: 10 }]);
  assert.deepEqual(own.nodes, [{ name: 'app', instances: 1 }, { name: 'db', instances: 1 }, { name: 'db-standby', instances: 1 }]);
});

test('infraNotes/exportMermaid: the note with a mermaid block after each design, for the version the server has', async () => {
  const uri = uriOf('views.md');
  const r = (await lsp.conn.sendRequest(EXPORT_MERMAID_REQUEST, { uri, locale: 'en' })) as ExportMermaidResult;
  assert.ok(r);
  assert.equal(r.version, 1);
  assert.equal(r.changed, true);
  assert.equal((r.text.match(/```mermaid/g) ?? []).length, 2);
  assert.ok(r.text.startsWith(NOTE.slice(0, 40)));
});

/** A design whose title needs escaping in XML. */
const ANIM_NOTE = `\`\`\`topology R&D <shop>
users: client
app: app-server
db: database primary
db-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s
users -> app -> db
scenario db-down: fail db
\`\`\`
`;

test('infraNotes/animation: a scenario as the animated SVG the CLI writes, byte for byte; steps, unknown scenarios and targets', async () => {
  const uri = uriOf('anim.md');
  await lsp.open(uri, ANIM_NOTE);
  const ask = async (p: Record<string, unknown>) => (await lsp.conn.sendRequest(ANIMATION_REQUEST, { uri, index: 0, locale: 'en', ...p })) as AnimationResult;

  const byName = await ask({ scenario: 'db-down' });
  assert.ok(byName?.svg);
  assert.deepEqual(byName.problems, []);
  assert.equal(byName.scenario, 'db-down');
  assert.deepEqual(byName.scenarios, ['db-down']);
  assert.equal(byName.caption, 'R&D <shop> — db-down');
  // One frame per recorded moment: db's box changes colour (SMIL, discrete), the title is escaped.
  assert.match(byName.svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(byName.svg, /<title>R&#38;D &#60;shop&#62; — db-down<\/title>/);
  assert.doesNotMatch(byName.svg, /R&D|<shop>|<script|foreignObject/);
  assert.match(byName.svg, /<g class="node" data-name="db">\s*<rect [^>]*><animate attributeName="fill" [^>]*calcMode="discrete" keyTimes="[^"]+" values="[^"]*#fde7e7/);

  // The same picture as `infra-notes animate` (one core function for both).
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-anim-'));
  try {
    writeFileSync(join(dir, 'anim.md'), ANIM_NOTE);
    const r = spawnSync(process.execPath, [join(__dirname, '..', '..', 'out', 'cli.js'), 'animate', 'anim.md', '--scenario', 'db-down', '-o', 'out.svg', '--locale', 'en'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'out.svg'), 'utf8'), byName.svg);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The panel's own steps (malformed ones dropped), captioned as a scenario line writes them; Korean captions.
  const own = await ask({ locale: 'ko', steps: [{ type: 'fail', target: { type: 'node', node: 'app', instance: null }, at: 10 }, 'junk'], width: 640, secondsPerFrame: 1 });
  assert.ok(own?.svg);
  assert.equal(own.caption, 'R&D <shop> — fail app at=10s');
  assert.match(own.svg, /width="640"/);
  assert.match(own.svg, /장애 전/);

  // No picture, and why: an unknown scenario, nothing to run, a target the design does not have.
  const unknown = await ask({ scenario: 'nope' });
  assert.equal(unknown?.svg, null);
  assert.match(unknown!.problems.join(' '), /no scenario "nope"/);
  const empty = await ask({ steps: [] });
  assert.equal(empty?.svg, null);
  assert.match(empty!.problems.join(' '), /no step to run/);
  const ghost = await ask({ steps: [{ type: 'fail', target: { type: 'node', node: 'ghost', instance: null }, at: 0 }] });
  assert.equal(ghost?.svg, null);
  assert.match(ghost!.problems.join(' '), /ghost/);
  // A note the server does not have.
  assert.equal(await lsp.conn.sendRequest(ANIMATION_REQUEST, { uri: uriOf('nope.md'), index: 0, locale: 'en', scenario: 'db-down' }), null);
});

test('infraNotes/images: an SVG per design with its file name next to the note, the same image the CLI writes', async () => {
  const uri = uriOf('views.md');
  const r = (await lsp.conn.sendRequest(IMAGES_REQUEST, { uri, locale: 'en' })) as ImagesResult;
  assert.ok(r);
  assert.equal(r.version, 1);
  assert.deepEqual(r.images.map((i) => [i.index, i.title, i.file]), [[0, 'first', 'views.first.svg'], [1, 'shop', 'views.shop.svg']]);
  assert.deepEqual(r.images.map((i) => i.svg), noteImages(NOTE, { locale: 'en', note: 'views.md' }).map((i) => i.svg));
  assert.match(r.images[1]!.svg, /<g class="node warning" data-name="db-standby">/);
  assert.deepEqual(r.stale, [], 'nothing next to the note was given: nothing is stale');
  // Files next to the note: an old image of a design it no longer has, a current one, a hand-made SVG, another note's image.
  const old = r.images[0]!.svg.replace('<title>first</title>', '<title>gone</title>');
  const existing = [
    { name: 'views.gone.svg', text: old },
    { name: 'views.first.svg', text: r.images[0]!.svg },
    { name: 'views.mine.svg', text: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
    { name: 'views.v2.other.svg', text: old.replace('data-infra-notes-note="views.md"', 'data-infra-notes-note="views.v2.md"') },
  ];
  assert.match(old, /data-infra-notes-note="views\.md"/);
  const withFiles = (await lsp.conn.sendRequest(IMAGES_REQUEST, { uri, locale: 'en', existing })) as ImagesResult;
  assert.deepEqual(withFiles!.stale, ['views.gone.svg']);
  assert.equal(await lsp.conn.sendRequest(IMAGES_REQUEST, { uri: uriOf('not-open.md'), locale: 'en' }), null);
});
