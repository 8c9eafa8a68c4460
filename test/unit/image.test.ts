/** Static SVG images of designs for files next to the note (core/render/image.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkedSource, imageFileName, imageName, noteImages, toDesignSvg } from '../../server/src/core';

const HA = `zone a region=seoul
zone b region=seoul
users: client label="<script>alert(1)</script> & \\"co\\""
lb: load-balancer health-check replicas=2 zones=a,b
web: app-server replicas=4 zones=a,b
db: database primary zone=a
db-standby: database standby of=db replication=sync failover=auto zone=b
mon: monitor watches=lb,db
users -> lb -> web : <b>https</b>
web -> db : writes`;

function svgOf(source: string, title = 'shop & <co>'): string {
  const lines = source.split('\n').map((text) => ({ text, col: 0 }));
  const c = checkedSource({ title, titleStart: 0, titleEnd: title.length, closed: true, lines }, 0);
  return toDesignSvg(c.design, c.findings, { locale: 'en', title });
}

/** Every element's tag in document order (a rough well-formedness check: each open tag is closed). */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]!);
  }
  return stack.length === 0;
}

test('an SVG image: self-contained, native text, light background, user text escaped', () => {
  const svg = svgOf(HA);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
  assert.ok(balanced(svg), 'tags balanced');
  assert.match(svg, /<rect width="100%" height="100%" fill="#ffffff"\/>/, 'white background');
  for (const bad of ['foreignObject', '<script', 'href=', 'url(http', '@import', '<image']) assert.ok(!svg.includes(bad), bad);
  assert.ok(svg.includes('>users “&#60;script&#62;alert'), 'the label as escaped text (cut to the box with an ellipsis)');
  assert.ok(svg.includes('&#60;b&#62;https&#60;/b&#62;'), 'the edge label as escaped text');
  assert.ok(svg.includes('<title>shop &#38; &#60;co&#62;</title>'));
  // Deterministic.
  assert.equal(svgOf(HA), svg);
});

test('zones are lanes; a node spread over two zones is drawn in each with its count there; replication is dotted with its mode', () => {
  const svg = svgOf(HA);
  assert.ok(svg.includes('>zone a · region seoul<') && svg.includes('>zone b · region seoul<'));
  const web = [...svg.matchAll(/<g class="node" data-name="web" data-zone="([ab])">[\s\S]*?<\/g>/g)];
  assert.deepEqual(web.map((m) => m[1]), ['a', 'b']);
  for (const m of web) assert.ok(m[0].includes('app-server ×2 of 4'), m[0]);
  assert.match(svg, /<path class="edge replication"[^>]*stroke-dasharray/);
  assert.ok(svg.includes('standby · sync · failover=auto'));
  // The monitor says what it watches instead of drawing a line to each.
  assert.ok(svg.includes('watches lb, db'));
});

test('findings are marked as in the panel: a SPOF is thick red with its words, and the legend is one line', () => {
  const svg = svgOf('users: client\nweb: web-server\ndb: database\nusers -> web -> db', 'before');
  const db = /<g class="node spof" data-name="db">([\s\S]*?)<\/g>/.exec(svg);
  assert.ok(db, svg);
  assert.match(db[1]!, /stroke="#c62828" stroke-width="4"/);
  assert.match(db[1]!, />▲ SPOF</);
  assert.ok(svg.includes('>Legend — thick red: single point of failure<'));
  assert.ok(!/data-name="users"[^>]*class/.test(svg));
});

test('noteImages: one image per closed block, named after its title (any script), unique; file names next to the note', () => {
  const note = '# n\n\n```topology 쇼핑몰 — after 7-2\na: client\n```\n\n```topology 쇼핑몰 — after 7-2\nb: client\n```\n\n```topology\nc: client\n```\n\n```topology open\nd: client\n';
  const ims = noteImages(note, { locale: 'ko' });
  assert.deepEqual(ims.map((i) => [i.index, i.name]), [[0, '쇼핑몰-after-7-2'], [1, '쇼핑몰-after-7-2-2'], [2, 'design-3']]);
  assert.ok(ims[0]!.svg.includes('data-name="a"'));
  assert.equal(imageFileName('/notes/ha.md', ims[0]!.name), 'ha.쇼핑몰-after-7-2.svg');
  assert.equal(imageFileName('C:\\notes\\HA.Markdown', 'x'), 'HA.x.svg');
  assert.equal(imageName('../../etc/passwd', 0), 'etc-passwd');
  assert.equal(imageName('   ', 4), 'design-5');
  assert.ok(imageName('x'.repeat(200), 0).length <= 60);
});

test('a 60-node two-zone design: packed into a picture wider than tall, no boxes overlapping, each in its zone', async () => {
  const { readFileSync } = await import('node:fs');
  const note = readFileSync(new URL('../fixtures/sixty-two-zones.md', import.meta.url), 'utf8');
  const [image] = noteImages(note, { locale: 'en' });
  const svg = image!.svg;
  assert.ok(balanced(svg));
  const [w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).map(Number) as [number, number];
  // One box per row per tier made this design about 4,000 px tall; the grid keeps it near a pane's shape.
  assert.ok(w > h && h < 1600, `${w}×${h}`);
  const boxes = [...svg.matchAll(/<g class="node[^"]*" data-name="([^"]+)"(?: data-zone="([^"]+)")?>\n<rect x="([\d.]+)" y="([\d.]+)" width="(\d+)" height="(\d+)"/g)].map((m) => ({ name: m[1]!, zone: m[2] ?? null, x: +m[3]!, y: +m[4]!, w: +m[5]!, h: +m[6]! }));
  assert.ok(boxes.length > 80, `${boxes.length} boxes`);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      assert.ok(!(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h), `${a.name}@${a.zone} × ${b.name}@${b.zone}`);
    }
  const lanes = [...svg.matchAll(/<g class="zone" data-zone="[^"]*"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*\/>\n<text[^>]*>zone ([^ <]+)/g)].map((m) => ({ zone: m[5]!, x: +m[1]!, y: +m[2]!, w: +m[3]!, h: +m[4]! }));
  assert.deepEqual(lanes.map((l) => l.zone), ['az-a', 'az-b']);
  for (const b of boxes.filter((x) => x.zone)) {
    const l = lanes.find((x) => x.zone === b.zone)!;
    assert.ok(b.x >= l.x && b.y >= l.y && b.x + b.w <= l.x + l.w && b.y + b.h <= l.y + l.h, `${b.name} outside zone ${b.zone}`);
  }
});
