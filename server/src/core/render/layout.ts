/**
 * The HA layout: where each box of a drawn design goes, in pure geometry, for the
 * diagram panel and the preview (media/preview/haLayout.ts hands it mermaid's
 * measured boxes and draws with mermaid's own shapes, edges and cluster boxes).
 *
 * Why our own: mermaid's layouts (dagre, ELK) put every box of a tier in one
 * column, so a design with a dozen services per zone is a picture many times
 * taller than wide, unreadable when fitted to a panel (a 60-node, two-zone design
 * came out 3,000 × 6,200 px with dagre and 5,000 × 3,500 with ELK). An HA design
 * has a shape those layouts do not know, and this one uses it:
 * - tiers (ranks) read along the direction, from the entry to the data: the
 *   longest path over request edges; a copy reached only by replication stands in
 *   its source's tier (a standby under its primary, in its own zone); a node that
 *   only watches others (a monitor) goes last;
 * - groups (regions, zones) are bands across the direction, spanning every tier,
 *   nested as written; nodes in no group form a band of their own first;
 * - where a band has many boxes in one tier, they pack into a small grid, and the
 *   grid's size is chosen for the whole picture to fit the pane's shape best;
 * - inside a tier boxes keep the order of what calls them (barycentre), so
 *   mirrored zones mirror each other and edges cross less; a cell's grid fills
 *   column by column.
 * Edges leave a box towards the next tier's gap and enter the target from its own
 * gap; their labels sit on the edge near its target, where they do not pile up.
 *
 * Deterministic; linear in boxes and edges apart from the grid choice (a few
 * dozen candidate sizes, each linear).
 */

export interface LayoutBox {
  id: string;
  width: number;
  height: number;
  /** The innermost group the box is drawn in, or null. */
  group: string | null;
}

export interface LayoutGroup {
  id: string;
  parent: string | null;
  /** The caption's size (drawn at the top left of the group's box). */
  labelWidth: number;
  labelHeight: number;
}

export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
  /** A request edge (solid): it sets the tiers. Replication and monitoring links do not. */
  flow: boolean;
  labelWidth: number;
  labelHeight: number;
}

export interface LayoutInput {
  boxes: LayoutBox[];
  groups: LayoutGroup[];
  edges: LayoutEdge[];
  /** LR: tiers left to right; TB: top to bottom. */
  direction: 'LR' | 'TB';
  /** The pane's width / height the picture should fit best (default 1.6). */
  aspect?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface RoutedEdge {
  points: Point[];
  label: Point;
  /**
   * The label found no free place along its route (it would cover boxes or other
   * labels): the drawing leaves it out of the picture and shows it on hover.
   */
  hidden?: boolean;
}

export interface LayoutResult {
  /** Box centres. */
  boxes: Map<string, Point>;
  /** Group boxes: centre and size. */
  groups: Map<string, Point & { width: number; height: number }>;
  /** Each edge's route, from the source centre to the target centre (at least 3 points: mermaid cuts the ends at the boxes), and its label's centre. */
  edges: Map<string, RoutedEdge>;
  width: number;
  height: number;
  /** The tier of each box (0 = entry). */
  tiers: Map<string, number>;
}

/** Gaps, in px of the drawing (mermaid's fonts are 16 px). */
export const LAYOUT_SPACING = {
  /** Between tiers, before room for edge labels. */
  tier: 32,
  /** Between boxes packed side by side in one tier of one band. */
  along: 12,
  /** Between rows of boxes. */
  across: 10,
  /** Inside a group's box, around its content. */
  pad: 10,
  /** Between bands. */
  band: 12,
  /** Around the whole picture. */
  margin: 8,
};

/** Tiers: longest path over request edges, cycles broken by depth-first order. */
function tiersOf(input: LayoutInput): Map<string, number> {
  const ids = new Set(input.boxes.map((b) => b.id));
  const out = new Map<string, string[]>();
  const hasFlow = new Set<string>();
  const calledBy = new Set<string>();
  const linkIn = new Map<string, string[]>();
  const linkOut = new Set<string>();
  for (const b of input.boxes) out.set(b.id, []);
  for (const e of input.edges) {
    if (!ids.has(e.from) || !ids.has(e.to) || e.from === e.to) continue;
    if (e.flow) {
      out.get(e.from)!.push(e.to);
      hasFlow.add(e.from);
      hasFlow.add(e.to);
      calledBy.add(e.to);
    } else {
      let l = linkIn.get(e.to);
      if (!l) linkIn.set(e.to, (l = []));
      l.push(e.from);
      linkOut.add(e.from);
    }
  }
  // Depth-first order, iteratively (no recursion depth limit); back edges are dropped.
  const state = new Map<string, 1 | 2>();
  const order: string[] = [];
  const dag = new Map<string, string[]>();
  for (const b of input.boxes) {
    if (state.has(b.id)) continue;
    const stack: { id: string; i: number }[] = [{ id: b.id, i: 0 }];
    state.set(b.id, 1);
    dag.set(b.id, []);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = out.get(top.id)![top.i++];
      if (next === undefined) {
        state.set(top.id, 2);
        order.push(top.id);
        stack.pop();
        continue;
      }
      const s = state.get(next);
      if (s === 1) continue; // a back edge: a cycle
      dag.get(top.id)!.push(next);
      if (s === undefined) {
        state.set(next, 1);
        dag.set(next, []);
        stack.push({ id: next, i: 0 });
      }
    }
  }
  const tier = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const t = tier.get(id) ?? 0;
    tier.set(id, t);
    for (const n of dag.get(id)!) if ((tier.get(n) ?? 0) < t + 1) tier.set(n, t + 1);
  }
  // Pull a source right up against what it calls (a box called by nothing but calling a far tier).
  for (const id of order) {
    if (!hasFlow.has(id)) continue;
    const targets = dag.get(id)!;
    if (calledBy.has(id) || !targets.length) continue;
    const t = Math.min(...targets.map((n) => tier.get(n)!)) - 1;
    if (t > tier.get(id)!) tier.set(id, t);
  }
  let last = 0;
  for (const t of tier.values()) last = Math.max(last, t);
  // Copies reached only by replication stand in their source's tier; watchers go last.
  for (let pass = 0; pass < 4; pass++)
    for (const b of input.boxes) {
      if (hasFlow.has(b.id)) continue;
      const src = linkIn.get(b.id)?.[0];
      if (src !== undefined) tier.set(b.id, tier.get(src) ?? 0);
      else if (linkOut.has(b.id)) tier.set(b.id, last);
    }
  return tier;
}

interface Cell {
  boxes: LayoutBox[];
}

/** A band: the boxes that sit directly in one group (or in none), by tier. */
interface Band {
  group: string | null;
  cells: Map<number, Cell>;
}

/** The stacking of bands and groups across the direction. */
type Item = { kind: 'band'; band: Band } | { kind: 'group'; id: string; items: Item[]; depth: number };

export function haLayout(input: LayoutInput): LayoutResult {
  const S = LAYOUT_SPACING;
  const lr = input.direction !== 'TB';
  // Abstract axes: u along the tiers, v across them.
  const along = (b: { width: number; height: number }): number => (lr ? b.width : b.height);
  const across = (b: { width: number; height: number }): number => (lr ? b.height : b.width);
  const tier = tiersOf(input);
  const tiers = Math.max(0, ...tier.values()) + 1;
  const groupIds = new Set(input.groups.map((g) => g.id));
  const groupOf = (b: LayoutBox): string | null => (b.group !== null && groupIds.has(b.group) ? b.group : null);

  // Bands and the group tree.
  const bands = new Map<string | null, Band>();
  for (const b of input.boxes) {
    const g = groupOf(b);
    let band = bands.get(g);
    if (!band) bands.set(g, (band = { group: g, cells: new Map() }));
    const t = tier.get(b.id) ?? 0;
    let c = band.cells.get(t);
    if (!c) band.cells.set(t, (c = { boxes: [] }));
    c.boxes.push(b);
  }
  const parentOf = new Map(input.groups.map((g) => [g.id, g.parent !== null && groupIds.has(g.parent) && g.parent !== g.id ? g.parent : null]));
  // A parent cycle (not written by toMermaid, but the input is data): cut it.
  for (const g of input.groups) {
    const seen = new Set<string>([g.id]);
    let p = parentOf.get(g.id) ?? null;
    while (p !== null) {
      if (seen.has(p)) {
        parentOf.set(g.id, null);
        break;
      }
      seen.add(p);
      p = parentOf.get(p) ?? null;
    }
  }
  const groupById = new Map(input.groups.map((g) => [g.id, g]));
  const build = (parent: string | null, depth: number): Item[] => {
    const items: Item[] = [];
    const own = bands.get(parent);
    if (own) items.push({ kind: 'band', band: own });
    for (const g of input.groups) if (parentOf.get(g.id) === parent && g.id !== parent) items.push({ kind: 'group', id: g.id, items: build(g.id, depth + 1), depth });
    return items;
  };
  const root = build(null, 1);
  let depthMax = 0;
  const walkDepth = (items: Item[]): void => {
    for (const it of items)
      if (it.kind === 'group') {
        depthMax = Math.max(depthMax, it.depth);
        walkDepth(it.items);
      }
  };
  walkDepth(root);

  // Room for edge labels just before their target (where they sit): in the gap before
  // the tier for the boxes of a cell's first sub-column, between sub-columns for the others.
  // A label longer than LABEL_RESERVE reserves nothing (one long host name would widen a
  // whole tier): it finds a free place along its edge or is hidden (placeLabels).
  const LABEL_GAP = 12;
  const LABEL_RESERVE = 120;
  const inLabel = new Map<string, number>();
  for (const e of input.edges) {
    const t = tier.get(e.to);
    const f = tier.get(e.from);
    const size = lr ? e.labelWidth : e.labelHeight;
    if (t === undefined || f === undefined || !size || f >= t || size > LABEL_RESERVE) continue;
    inLabel.set(e.to, Math.max(inLabel.get(e.to) ?? 0, size + LABEL_GAP));
  }

  // Order inside each cell: by the mean position of what calls a box (then what it copies), tier by tier;
  // boxes whose edge label sits before them first, so that they share the first sub-columns (the
  // cells fill column by column) and fewer gaps need room for labels.
  const pos = new Map<string, number>();
  const bandOrder: Band[] = [];
  const walkBands = (items: Item[]): void => {
    for (const it of items) if (it.kind === 'band') bandOrder.push(it.band);
    else walkBands(it.items);
  };
  walkBands(root);
  const preds = new Map<string, string[]>();
  for (const e of input.edges) {
    if (e.from === e.to) continue;
    let l = preds.get(e.to);
    if (!l) preds.set(e.to, (l = []));
    if (e.flow || !l.length) l.push(e.from);
  }
  const decl = new Map(input.boxes.map((b, i) => [b.id, i]));
  for (let t = 0; t < tiers; t++)
    bandOrder.forEach((band, bi) => {
      const c = band.cells.get(t);
      if (!c) return;
      const key = (b: LayoutBox): number => {
        const ps = (preds.get(b.id) ?? []).map((p) => pos.get(p)).filter((x): x is number => x !== undefined);
        return ps.length ? ps.reduce((a, x) => a + x, 0) / ps.length : Infinity;
      };
      const keyed = c.boxes.map((b) => ({ b, l: inLabel.has(b.id) ? 0 : 1, k: key(b), d: decl.get(b.id)! }));
      keyed.sort((a, b) => a.l - b.l || (a.k === b.k ? a.d - b.d : a.k === Infinity ? 1 : b.k === Infinity ? -1 : a.k - b.k));
      c.boxes = keyed.map((x) => x.b);
      c.boxes.forEach((b, i) => pos.set(b.id, bi * 1e6 + i / Math.max(1, c.boxes.length)));
    });

  const maxCell = Math.max(1, ...bandOrder.flatMap((b) => [...b.cells.values()].map((c) => c.boxes.length)));

  // A group's box reaches this far past the tiers at each end, per level of nesting; in TB its
  // caption (drawn at the top of the box) needs the room too.
  const inset = S.pad + (lr ? 0 : Math.max(0, ...input.groups.map((g) => g.labelHeight + 4)));

  // Two column systems: the nodes in no zone (a band of their own, first) and everything
  // inside groups. Each has columns only for the tiers it holds, so the zones do not keep
  // empty columns for the entry chain drawn above them (users -> dns -> cdn).
  const hasGroupBand = bandOrder.some((b) => b.group !== null) || root.some((it) => it.kind === 'group');
  const sysOf = (band: Band): 0 | 1 => (band.group !== null ? 1 : 0);
  const present: [boolean[], boolean[]] = [new Array<boolean>(tiers).fill(false), new Array<boolean>(tiers).fill(false)];
  for (const band of bandOrder) for (const t of band.cells.keys()) present[sysOf(band)][t] = true;
  /** Where a system's columns end before its last margin (the groups reach past it by their insets). */
  const reachOf = (sys: 0 | 1): number => (sys === 1 ? inset * depthMax : 0);

  /** The geometry for at most `rows` rows per cell. */
  const measure = (rows: number) => {
    const colAlong: [number[], number[]] = [new Array<number>(tiers).fill(0), new Array<number>(tiers).fill(0)];
    const labelRoom: [number[], number[]] = [new Array<number>(tiers).fill(0), new Array<number>(tiers).fill(0)];
    const cellGrid = new Map<Cell, { k: number; rows: number; subAlong: number[]; subGap: number[]; rowAcross: number[]; along: number; across: number }>();
    for (const band of bandOrder)
      for (const [t, c] of band.cells) {
        const sys = sysOf(band);
        const n = c.boxes.length;
        const r = Math.min(rows, n);
        const rr = Math.ceil(n / Math.ceil(n / r));
        const k = Math.ceil(n / rr);
        const subAlong = new Array<number>(k).fill(0);
        const subGap = new Array<number>(k).fill(S.along);
        const rowAcross = new Array<number>(rr).fill(0);
        c.boxes.forEach((b, i) => {
          const row = i % rr;
          const col = Math.floor(i / rr);
          subAlong[col] = Math.max(subAlong[col]!, along(b));
          subGap[col] = Math.max(subGap[col]!, inLabel.get(b.id) ?? 0);
          rowAcross[row] = Math.max(rowAcross[row]!, across(b));
        });
        labelRoom[sys][t] = Math.max(labelRoom[sys][t]!, subGap[0]! > S.along ? subGap[0]! : 0);
        subGap[0] = 0;
        const a = subAlong.reduce((s, x) => s + x, 0) + subGap.reduce((s, x) => s + x, 0);
        const v = rowAcross.reduce((s, x) => s + x, 0) + (rr - 1) * S.across;
        cellGrid.set(c, { k, rows: rr, subAlong, subGap, rowAcross, along: a, across: v });
        colAlong[sys][t] = Math.max(colAlong[sys][t]!, a);
      }
    const bandAcross = new Map<Band, number>();
    for (const band of bandOrder) {
      let m = 0;
      for (const c of band.cells.values()) m = Math.max(m, cellGrid.get(c)!.across);
      bandAcross.set(band, m);
    }
    const itemAcross = (it: Item): number => {
      if (it.kind === 'band') return bandAcross.get(it.band)!;
      const g = groupById.get(it.id)!;
      const inner = it.items.map(itemAcross);
      const head = lr ? g.labelHeight + 4 : 0;
      return S.pad * 2 + head + inner.reduce((s, x) => s + x, 0) + Math.max(0, inner.length - 1) * S.band;
    };
    const rootAcross = root.map(itemAcross);
    const totalAcross = rootAcross.reduce((s, x) => s + x, 0) + Math.max(0, root.length - 1) * S.band + 2 * S.margin;
    // Tier starts along the direction, per column system.
    const colStart: [number[], number[]] = [new Array<number>(tiers).fill(0), new Array<number>(tiers).fill(0)];
    const firstAlong: [number, number] = [0, 0];
    const endAlong: [number, number] = [0, 0];
    for (const sys of [0, 1] as const) {
      let u = S.margin + reachOf(sys);
      firstAlong[sys] = u;
      let first = true;
      for (let t = 0; t < tiers; t++) {
        if (!present[sys][t]) continue;
        if (!first) u += S.tier + labelRoom[sys][t]!;
        first = false;
        colStart[sys][t] = u;
        u += colAlong[sys][t]!;
      }
      endAlong[sys] = u;
    }
    const totalAlong = Math.max(endAlong[0] + S.margin, hasGroupBand ? endAlong[1] + reachOf(1) + S.margin : 0);
    return { colAlong, labelRoom, cellGrid, bandAcross, itemAcross, colStart, firstAlong, endAlong, totalAlong, totalAcross };
  };

  // The grid size that fits the pane best: the largest scale at which the picture fits `aspect` × 1.
  const aspect = input.aspect && Number.isFinite(input.aspect) && input.aspect > 0 ? input.aspect : 1.6;
  let best = measure(maxCell);
  let bestRows = maxCell;
  const scoreOf = (m: ReturnType<typeof measure>): number => {
    const w = lr ? m.totalAlong : m.totalAcross;
    const h = lr ? m.totalAcross : m.totalAlong;
    return Math.min(aspect / w, 1 / h);
  };
  let bestScore = scoreOf(best);
  const candidates = new Set<number>();
  for (let r = 1; r <= maxCell; r = r < 12 ? r + 1 : Math.ceil(r * 1.15)) candidates.add(r);
  for (const r of candidates) {
    const m = measure(r);
    const s = scoreOf(m);
    // Prefer taller cells (fewer boxes side by side) unless packing wins clearly.
    if (s > bestScore * 1.03 || (s >= bestScore && r > bestRows)) {
      best = m;
      bestScore = s;
      bestRows = r;
    }
  }
  const m = best;

  const { colStart, firstAlong, endAlong, totalAlong } = m;

  const boxes = new Map<string, Point>();
  const groups = new Map<string, Point & { width: number; height: number }>();
  const cellOf = new Map<string, { sys: 0 | 1; left: number; gap: number }>();
  const toPoint = (uu: number, vv: number): Point => (lr ? { x: uu, y: vv } : { x: vv, y: uu });
  const placeBand = (band: Band, v0: number): void => {
    const h = m.bandAcross.get(band)!;
    const sys = sysOf(band);
    for (const [t, c] of band.cells) {
      const g = m.cellGrid.get(c)!;
      const u0 = colStart[sys][t]! + (m.colAlong[sys][t]! - g.along) / 2;
      const vTop = v0 + (h - g.across) / 2;
      const subStart: number[] = [];
      let su = u0;
      g.subAlong.forEach((w, j) => {
        su += g.subGap[j]!;
        subStart.push(su);
        su += w;
      });
      const rowStart: number[] = [];
      let sv = vTop;
      for (const w of g.rowAcross) {
        rowStart.push(sv);
        sv += w + S.across;
      }
      c.boxes.forEach((b, i) => {
        const row = i % g.rows;
        const col = Math.floor(i / g.rows);
        boxes.set(b.id, toPoint(subStart[col]! + g.subAlong[col]! / 2, rowStart[row]! + g.rowAcross[row]! / 2));
        cellOf.set(b.id, { sys, left: subStart[col]!, gap: col === 0 ? S.tier + m.labelRoom[sys][t]! : g.subGap[col]! });
      });
    }
  };
  const placeItems = (items: Item[], v0: number): void => {
    let v = v0;
    items.forEach((it, i) => {
      if (i > 0) v += S.band;
      const a = m.itemAcross(it);
      if (it.kind === 'band') placeBand(it.band, v);
      else {
        const g = groupById.get(it.id)!;
        const reach = inset * (depthMax - it.depth + 1);
        const uStart = firstAlong[1] - reach;
        const uEnd = endAlong[1] + reach;
        const c = toPoint((uStart + uEnd) / 2, v + a / 2);
        groups.set(it.id, { ...c, width: lr ? uEnd - uStart : a, height: lr ? a : uEnd - uStart });
        placeItems(it.items, v + S.pad + (lr ? g.labelHeight + 4 : 0));
      }
      v += a;
    });
  };
  placeItems(root, S.margin);

  // Edge routes: out to the gap after the source's tier, across, into the target from the gap before it.
  const byId = new Map(input.boxes.map((b) => [b.id, b]));
  const edges = new Map<string, RoutedEdge>();
  for (const e of input.edges) {
    const a = boxes.get(e.from);
    const b = boxes.get(e.to);
    const ba = byId.get(e.from);
    const bb = byId.get(e.to);
    if (!a || !b || !ba || !bb) continue;
    const ua = lr ? a.x : a.y;
    const va = lr ? a.y : a.x;
    const ub = lr ? b.x : b.y;
    const vb = lr ? b.y : b.x;
    const ta = tier.get(e.from)!;
    const tb = tier.get(e.to)!;
    if (e.from === e.to) {
      // A node calling itself: a small loop over its top right corner.
      const r = { x: a.x + ba.width / 2 + 10, y: a.y - ba.height / 2 - 10 };
      edges.set(e.id, { points: [a, { x: r.x, y: a.y }, r, { x: a.x, y: r.y }, a], label: { x: r.x, y: r.y - 8 } });
      continue;
    }
    const ca = cellOf.get(e.from)!;
    const cell = cellOf.get(e.to)!;
    if (ta < tb && ca.sys === cell.sys) {
      const exit = colStart[ca.sys][ta]! + m.colAlong[ca.sys][ta]! + S.tier / 2;
      const entry = Math.max(exit, cell.left - cell.gap + 6);
      const lw = lr ? e.labelWidth : e.labelHeight;
      const pts = [toPoint(ua, va), toPoint(exit, va), toPoint(entry, vb), toPoint(ub, vb)];
      const lu = cell.left - LABEL_GAP / 2 - lw / 2;
      edges.set(e.id, { points: pts, label: toPoint(Math.max(entry, lu), vb) });
    } else if (ta > tb && ca.sys === cell.sys) {
      // Backwards (a cycle): under the boxes, so it does not lie on the edge that goes forward.
      const below = Math.max(va + across(ba) / 2, vb + across(bb) / 2) + 12;
      const pts = [toPoint(ua, va), toPoint(ua, below), toPoint(ub, below), toPoint(ub, vb)];
      edges.set(e.id, { points: pts, label: toPoint((ua + ub) / 2, below) });
    } else {
      const mid = toPoint((ua + ub) / 2, (va + vb) / 2);
      edges.set(e.id, { points: [toPoint(ua, va), mid, toPoint(ub, vb)], label: mid });
    }
  }

  placeLabels(input, boxes, edges);

  // Loops and edges going back reach past the bands: the picture grows (and moves) to hold them.
  let minX = S.margin;
  let minY = S.margin;
  let maxX = (lr ? totalAlong : m.totalAcross) - S.margin;
  let maxY = (lr ? m.totalAcross : totalAlong) - S.margin;
  for (const e of edges.values())
    for (const p of e.points) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
  for (const e of input.edges) {
    const r = edges.get(e.id);
    if (!r || r.hidden || !e.labelWidth) continue;
    minX = Math.min(minX, r.label.x - e.labelWidth / 2);
    minY = Math.min(minY, r.label.y - e.labelHeight / 2);
    maxX = Math.max(maxX, r.label.x + e.labelWidth / 2);
    maxY = Math.max(maxY, r.label.y + e.labelHeight / 2);
  }
  const dx = S.margin - minX;
  const dy = S.margin - minY;
  if (dx || dy) {
    const moved = (p: Point): Point => ({ x: p.x + dx, y: p.y + dy });
    for (const [id, p] of boxes) boxes.set(id, moved(p));
    for (const [id, g] of groups) groups.set(id, { ...g, ...moved(g) });
    for (const e of edges.values()) {
      e.points = e.points.map(moved);
      e.label = moved(e.label);
    }
  }
  return { boxes, groups, edges, width: maxX + dx + S.margin, height: maxY + dy + S.margin, tiers: tier };
}

/** Past this many labelled edges, labels stay where their route puts them (the search is quadratic). */
const LABEL_SEARCH_LIMIT = 600;

/** The point at `f` (0–1) of a route's length. */
function pointAt(points: Point[], f: number): Point {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  let left = total * f;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const d = Math.hypot(b.x - a.x, b.y - a.y);
    if (d > 0 && left <= d) return { x: a.x + ((b.x - a.x) * left) / d, y: a.y + ((b.y - a.y) * left) / d };
    left -= d;
  }
  return points[points.length - 1]!;
}

/**
 * Moves each edge label along its route to where it covers no box and no label
 * placed before it (its first choice is kept when free; else the freest of a few
 * points along the route). Labels are drawn above boxes, so one left on a box would
 * hide it: a label with no free place is marked hidden.
 */
function placeLabels(input: LayoutInput, boxes: Map<string, Point>, edges: Map<string, RoutedEdge>): void {
  type Rect = { x0: number; y0: number; x1: number; y1: number };
  const labelled = input.edges.filter((e) => e.labelWidth > 0 && edges.has(e.id));
  if (!labelled.length || labelled.length > LABEL_SEARCH_LIMIT) return;
  const rects: Rect[] = [];
  for (const b of input.boxes) {
    const c = boxes.get(b.id);
    if (c) rects.push({ x0: c.x - b.width / 2, y0: c.y - b.height / 2, x1: c.x + b.width / 2, y1: c.y + b.height / 2 });
  }
  const overlap = (r: Rect): number => {
    let sum = 0;
    for (const o of rects) {
      const w = Math.min(r.x1, o.x1) - Math.max(r.x0, o.x0);
      const h = Math.min(r.y1, o.y1) - Math.max(r.y0, o.y0);
      if (w > 0 && h > 0) sum += w * h;
    }
    return sum;
  };
  const FRACTIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];
  for (const e of labelled) {
    const route = edges.get(e.id)!;
    const rectAt = (p: Point): Rect => ({ x0: p.x - e.labelWidth / 2 - 2, y0: p.y - e.labelHeight / 2 - 1, x1: p.x + e.labelWidth / 2 + 2, y1: p.y + e.labelHeight / 2 + 1 });
    let bestP = route.label;
    let bestO = overlap(rectAt(bestP));
    for (const f of bestO > 0 ? FRACTIONS : []) {
      const p = pointAt(route.points, f);
      const o = overlap(rectAt(p));
      if (o < bestO) {
        bestO = o;
        bestP = p;
        if (o === 0) break;
      }
    }
    route.label = bestP;
    // Covering a fifth of itself or more: it would hide a box's text or another label.
    if (bestO > 0.2 * e.labelWidth * e.labelHeight) route.hidden = true;
    else rects.push(rectAt(bestP));
  }
}
