/** Writing portable mermaid blocks into notes (core/render/export.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXPORT_BEGIN, EXPORT_END, escapePortableLabel, exportNote, findTopologyBlocks } from '../../server/src/core';

const NOTE = `# 설계

앞 문단.

\`\`\`topology 쇼핑몰
users: client label="고객 \\"VIP\\" <b>#1</b>"
lb: load-balancer health-check replicas=2
web: app-server replicas=2
users -> lb -> web : https
\`\`\`
바로 뒤 문단은 그대로.

\`\`\`mermaid
flowchart LR
  mine --> untouched
\`\`\`
`;

const generated = (text: string): string[] => text.split('\n').filter((l) => l.startsWith(EXPORT_BEGIN) || l === EXPORT_END);

test('writes one marked mermaid block after each closed topology block, touching nothing else', () => {
  const r = exportNote(NOTE);
  assert.equal(r.changed, true);
  assert.equal(r.blocks.length, 1);
  assert.deepEqual(generated(r.text).length, 2);
  // What the user wrote is all still there, in order, and their own mermaid block is untouched.
  const userLines = NOTE.split('\n');
  const outLines = r.text.split('\n');
  let k = 0;
  for (const l of outLines) if (k < userLines.length && l === userLines[k]) k++;
  assert.equal(k, userLines.length);
  const begin = outLines.findIndex((l) => l.startsWith(EXPORT_BEGIN));
  assert.equal(outLines[begin - 2], '```', 'right after the closing fence, one blank line between');
  assert.equal(outLines[begin + 1], '```mermaid');
  const end = outLines.indexOf(EXPORT_END);
  assert.equal(outLines[end - 1], '```');
  assert.equal(outLines[end + 1], '', 'a blank line keeps the next paragraph apart');
  assert.equal(outLines[end + 2], '바로 뒤 문단은 그대로.');
  // The topology blocks found are the same: the generated block is not one.
  assert.equal(findTopologyBlocks(r.text).length, 1);
});

test('idempotent; a changed design refreshes only what is between the markers', () => {
  const once = exportNote(NOTE).text;
  const twice = exportNote(once);
  assert.equal(twice.changed, false);
  assert.equal(twice.text, once);
  const edited = once.replace('web: app-server replicas=2', 'web: app-server replicas=3');
  const again = exportNote(edited);
  assert.equal(again.changed, true);
  assert.match(again.text, /app-server ×3/);
  assert.doesNotMatch(again.text, /app-server ×2/);
  assert.equal(generated(again.text).length, 2);
  assert.equal(exportNote(again.text).changed, false);
});

test('portable text: no directives, no click handlers, no entity codes, user text as lookalikes', () => {
  const { mermaid } = exportNote(NOTE).blocks[0]!;
  assert.match(mermaid, /^flowchart LR\n/);
  assert.doesNotMatch(mermaid, /%%|^\s*click\b|^---|#\w+;|layout/m);
  assert.match(mermaid, /“고객 ＂VIP＂ ‹b›＃1‹\/b›”/);
  assert.equal(escapePortableLabel('a"b#c&d<e>f`g%h'), 'a＂b＃c＆d‹e›fˋg％h');
});

test('inside a block quote the generated lines carry the quote; CRLF notes stay CRLF', () => {
  const quoted = '> ```topology\n> a: client\n> b: web-server\n> a -> b\n> ```\n';
  const r = exportNote(quoted);
  for (const l of r.text.split('\n').filter(Boolean)) assert.ok(l.startsWith('>'), l);
  assert.equal(exportNote(r.text).changed, false);
  const crlf = NOTE.replace(/\n/g, '\r\n');
  const c = exportNote(crlf);
  assert.ok(!/[^\r]\n/.test(c.text), 'every line ends with CRLF');
  assert.equal(exportNote(c.text).changed, false);
});

test('an unclosed block and a begin marker without its end are left alone and reported', () => {
  const unclosed = exportNote('```topology\na: client\n');
  assert.equal(unclosed.changed, false);
  assert.equal(unclosed.skipped[0]!.line, 0);
  const broken = '```topology\na: client\n```\n\n' + EXPORT_BEGIN + ' -->\n```mermaid\nflowchart LR\n```\nmy text\n';
  const r = exportNote(broken);
  assert.equal(r.text, broken);
  assert.match(r.skipped[0]!.reason.en, /no end marker/);
});

test('an image link when asked, with the title as alt text, and Korean markers with locale ko', () => {
  const r = exportNote(NOTE, { locale: 'ko', mermaid: false, image: (i) => `diagrams/쇼핑몰 ${i + 1}.svg` });
  assert.match(r.text, /위 topology 블록에서/);
  const region = r.text.slice(r.text.indexOf(EXPORT_BEGIN), r.text.indexOf(EXPORT_END));
  assert.doesNotMatch(region, /```mermaid/);
  assert.match(r.text, /!\[쇼핑몰\]\(diagrams\/%EC%87%BC%ED%95%91%EB%AA%B0%201\.svg\)/);
});
