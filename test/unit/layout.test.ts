/**
 * The HA layout (core/render/layout.ts) on its own: boxes of given sizes in
 * zones, positioned without a browser. The drawing through mermaid is tested in
 * test/browser/diagram.test.ts (the 60-node design at fit zoom).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { haLayout, type LayoutBox, type LayoutEdge, type LayoutInput } from '../../server/src/core';

const box = (id: string, group: string | null = null, width = 160, height = 50): LayoutBox => ({ id, width, height, group });
const edge = (from: string, to: string, flow = true, label = 0): LayoutEdge => ({ id: `${from}->${to}`, from, to, flow, labelWidth: label, labelHeight: label ? 22 : 0 });

function overlaps(input: LayoutInput, r: ReturnType<typeof haLayout>): string[] {
  const rects = input.boxes.map((b) => {
    const c = r.boxes.get(b.id)!;
    return { id: b.id, x0: c.x - b.width / 2, y0: c.y - b.height / 2, x1: c.x + b.width / 2, y1: c.y + b.height / 2 };
  });
  const out: string[] = [];
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]!;
      const b = rects[j]!;
      if (a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01) out.push(`${a.id}×${b.id}`);
    }
  return out;
}

/** Every box inside its group's box, every group inside its parent's, all inside the picture. */
function contained(input: LayoutInput, r: ReturnType<typeof haLayout>): string[] {
  const bad: string[] = [];
  const rectOf = (id: string) => {
    const g = r.groups.get(id)!;
    return { x0: g.x - g.width / 2, y0: g.y - g.height / 2, x1: g.x + g.width / 2, y1: g.y + g.height / 2 };
  };
  const inside = (a: { x0: number; y0: number; x1: number; y1: number }, b: { x0: number; y0: number; x1: number; y1: number }) => a.x0 >= b.x0 - 0.01 && a.y0 >= b.y0 - 0.01 && a.x1 <= b.x1 + 0.01 && a.y1 <= b.y1 + 0.01;
  const all = { x0: 0, y0: 0, x1: r.width, y1: r.height };
  for (const b of input.boxes) {
    const c = r.boxes.get(b.id)!;
    const rb = { x0: c.x - b.width / 2, y0: c.y - b.height / 2, x1: c.x + b.width / 2, y1: c.y + b.height / 2 };
    if (b.group && r.groups.has(b.group) && !inside(rb, rectOf(b.group))) bad.push(`${b.id} outside ${b.group}`);
    if (!inside(rb, all)) bad.push(`${b.id} outside the picture`);
  }
  for (const g of input.groups) if (g.parent && r.groups.has(g.parent) && !inside(rectOf(g.id), rectOf(g.parent))) bad.push(`${g.id} outside ${g.parent}`);
  return bad;
}

/** A two-zone design like the panel's 60-node fixture: a balancer per zone, 12 services per zone, a database tier. */
function twoZones(services = 12): LayoutInput {
  const boxes: LayoutBox[] = [box('users'), box('dns')];
  const edges: LayoutEdge[] = [edge('users', 'dns')];
  for (const z of ['a', 'b']) {
    boxes.push(box(`lb-${z}`, z), box(`gw-${z}`, z));
    edges.push(edge('dns', `lb-${z}`), edge(`lb-${z}`, `gw-${z}`));
    for (let i = 0; i < services; i++) {
      boxes.push(box(`s${i}-${z}`, z));
      edges.push(edge(`gw-${z}`, `s${i}-${z}`, true, z === 'a' ? 70 : 0), edge(`s${i}-${z}`, `db${i}`));
    }
  }
  for (let i = 0; i < services; i++) {
    boxes.push(box(`db${i}`, 'a', 140, 60), box(`db${i}-standby`, 'b', 140, 60));
    edges.push(edge(`db${i}`, `db${i}-standby`, false, 180));
  }
  boxes.push(box('mon'));
  edges.push(edge('mon', 'lb-a', false), edge('mon', 'db0', false));
  return {
    boxes,
    groups: [
      { id: 'r', parent: null, labelWidth: 100, labelHeight: 24 },
      { id: 'a', parent: 'r', labelWidth: 80, labelHeight: 24 },
      { id: 'b', parent: 'r', labelWidth: 80, labelHeight: 24 },
    ],
    edges,
    direction: 'LR',
    aspect: 1.6,
  };
}

test('tiers read from the entry to the data; a standby stands in its primary\'s tier; a monitor goes last', () => {
  const input = twoZones(3);
  const r = haLayout(input);
  assert.equal(r.tiers.get('users'), 0);
  assert.equal(r.tiers.get('dns'), 1);
  assert.equal(r.tiers.get('lb-a'), 2);
  assert.equal(r.tiers.get('gw-b'), 3);
  assert.equal(r.tiers.get('s0-a'), 4);
  assert.equal(r.tiers.get('db0'), 5);
  assert.equal(r.tiers.get('db0-standby'), 5);
  assert.equal(r.tiers.get('mon'), 5);
  // Left to right in LR; the standby under its primary's tier, in zone b's band below zone a's.
  const x = (id: string): number => r.boxes.get(id)!.x;
  assert.ok(x('users') < x('dns') && x('lb-a') < x('gw-a') && x('gw-a') < x('s0-a') && x('s0-a') < x('db0'));
  assert.equal(x('db0'), x('db0-standby'));
  // The nodes in no zone are a band of their own above the zones, with their own columns: the zones
  // keep no empty columns for the entry chain (their first tier starts at the left, under users).
  assert.ok(r.boxes.get('users')!.y < r.groups.get('r')!.y - r.groups.get('r')!.height / 2);
  assert.ok(x('lb-a') < x('dns'), `${x('lb-a')} ${x('dns')}`);
  assert.ok(r.boxes.get('db0-standby')!.y > r.boxes.get('db0')!.y);
  assert.ok(r.groups.get('a')!.y < r.groups.get('b')!.y, 'zones in the order written');
});

test('a big two-zone design: no overlapping boxes, every box in its zone, and packed to the pane shape rather than one tall column', () => {
  const input = twoZones(12);
  const r = haLayout(input);
  assert.deepEqual(overlaps(input, r), []);
  assert.deepEqual(contained(input, r), []);
  // One box per row would make each zone 12 services tall (12 × 60 px, twice): the grid keeps it near the pane's shape.
  assert.ok(r.width / r.height > 1 && r.width / r.height < 3, `${Math.round(r.width)}×${Math.round(r.height)}`);
  const oneColumn = haLayout({ ...input, aspect: 0.2 });
  assert.ok(oneColumn.height > r.height * 1.5, 'a narrow pane asks for taller cells');
  // Deterministic.
  assert.deepEqual([...haLayout(input).boxes], [...r.boxes]);
});

test('top to bottom: tiers go down, zones side by side; the same guarantees', () => {
  const input: LayoutInput = { ...twoZones(6), direction: 'TB', aspect: 0.5 };
  const r = haLayout(input);
  assert.ok(r.boxes.get('users')!.y < r.boxes.get('lb-a')!.y && r.boxes.get('lb-a')!.y < r.boxes.get('db0')!.y);
  assert.ok(r.groups.get('a')!.x < r.groups.get('b')!.x);
  assert.deepEqual(overlaps(input, r), []);
  assert.deepEqual(contained(input, r), []);
});

test('edge routes start and end at their boxes; labels that find no free place are marked hidden, the others cover no box', () => {
  const input = twoZones(12);
  const r = haLayout(input);
  for (const e of input.edges) {
    const route = r.edges.get(e.id)!;
    assert.ok(route.points.length >= 3, e.id);
    assert.deepEqual(route.points[0], r.boxes.get(e.from));
    assert.deepEqual(route.points.at(-1), r.boxes.get(e.to));
  }
  for (const e of input.edges.filter((x) => x.labelWidth && !r.edges.get(x.id)!.hidden)) {
    const l = r.edges.get(e.id)!.label;
    for (const b of input.boxes) {
      const c = r.boxes.get(b.id)!;
      const w = Math.min(l.x + e.labelWidth / 2, c.x + b.width / 2) - Math.max(l.x - e.labelWidth / 2, c.x - b.width / 2);
      const h = Math.min(l.y + e.labelHeight / 2, c.y + b.height / 2) - Math.max(l.y - e.labelHeight / 2, c.y - b.height / 2);
      assert.ok(!(w > 0 && h > 0) || w * h <= 0.2 * e.labelWidth * e.labelHeight, `${e.id}'s label covers ${b.id}`);
    }
  }
  // The route labels (gw -> service) all find a place next to their service.
  assert.ok(input.edges.filter((e) => e.from === 'gw-a').every((e) => !r.edges.get(e.id)!.hidden));
});

test('any input: cycles, self-loops, unknown ends, parent cycles, empty groups: no throw, no overlap, finite numbers', () => {
  const arb = fc.record({
    n: fc.integer({ min: 0, max: 40 }),
    groups: fc.integer({ min: 0, max: 4 }),
    edges: fc.array(fc.tuple(fc.nat(45), fc.nat(45), fc.boolean(), fc.nat(120)), { maxLength: 80 }),
    placement: fc.array(fc.nat(5), { minLength: 40, maxLength: 40 }),
    parents: fc.array(fc.nat(5), { minLength: 4, maxLength: 4 }),
    sizes: fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 120 })), { minLength: 40, maxLength: 40 }),
    dir: fc.constantFrom('LR' as const, 'TB' as const),
    aspect: fc.oneof(fc.double({ min: 0.05, max: 20, noNaN: true }), fc.constant(Number.NaN), fc.constant(0)),
  });
  fc.assert(
    fc.property(arb, (a) => {
      const gids = Array.from({ length: a.groups }, (_, i) => `g${i}`);
      const input: LayoutInput = {
        boxes: Array.from({ length: a.n }, (_, i) => box(`b${i}`, a.placement[i]! < gids.length ? gids[a.placement[i]!]! : a.placement[i] === 5 ? 'missing' : null, a.sizes[i]![0], a.sizes[i]![1])),
        groups: gids.map((id, i) => ({ id, parent: a.parents[i]! < gids.length ? gids[a.parents[i]!]! : null, labelWidth: 60, labelHeight: 24 })),
        edges: a.edges.map(([f, t, flow, lw], i) => ({ id: `e${i}`, from: `b${f}`, to: `b${t}`, flow, labelWidth: lw, labelHeight: lw ? 20 : 0 })),
        direction: a.dir,
        aspect: a.aspect,
      };
      const r = haLayout(input);
      assert.equal(r.boxes.size, a.n);
      assert.deepEqual(overlaps(input, r), []);
      assert.ok(Number.isFinite(r.width) && Number.isFinite(r.height));
      for (const p of r.boxes.values()) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y));
      for (const e of r.edges.values()) for (const p of e.points) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y) && p.x >= 0 && p.y >= 0 && p.x <= r.width + 1e-6 && p.y <= r.height + 1e-6, `${p.x},${p.y} outside ${r.width}×${r.height}`);
      // Group-in-parent is not checked here: a parent cycle in the input is cut somewhere.
      assert.deepEqual(contained(input, r).filter((x) => !/^g\d+ outside g/.test(x)), []);
    }),
    { numRuns: 300 },
  );
});

test('a node calling itself loops over its corner; an edge going back runs under the boxes instead of over the edge going forward', () => {
  const input: LayoutInput = { boxes: [box('a'), box('b')], groups: [], edges: [edge('a', 'a'), edge('a', 'b'), edge('b', 'a', false)], direction: 'LR' };
  const r = haLayout(input);
  const a = r.boxes.get('a')!;
  const b = r.boxes.get('b')!;
  const loop = r.edges.get('a->a')!.points;
  assert.deepEqual(loop[0], a);
  assert.deepEqual(loop.at(-1), a);
  assert.ok(loop.some((p) => p.x > a.x + 80 && p.y < a.y - 25), 'over the top right corner');
  const back = r.edges.get('b->a')!.points;
  assert.deepEqual(back[0], b);
  assert.deepEqual(back.at(-1), a);
  assert.ok(back.slice(1, -1).every((p) => p.y > a.y + 25), 'below both boxes');
  assert.ok(r.height >= Math.max(...back.map((p) => p.y)), 'inside the picture');
});
