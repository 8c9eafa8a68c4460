/**
 * The HA layout as a mermaid layout (`layout: 'infra-ha'`), for the diagram panel
 * and the preview: mermaid parses the text and draws every shape, edge, marker
 * and zone box as it always does; where they go comes from the core's haLayout
 * (tiers along the direction, zones as bands, big tiers packed into a grid that
 * fits the pane). Registered through mermaid's public `registerLayoutLoaders`;
 * the drawing helpers it hands a layout are mermaid's own (the ones its dagre,
 * ELK and cose-bilkent layouts use), so the shapes match mermaid's exactly.
 * Text for GitHub and blogs never asks for this layout (their mermaid lacks it).
 */
import mermaid, { type LayoutData } from 'mermaid';
import { haLayout, type LayoutEdge } from '../../server/src/core';
import { nextTask } from './tasks';

export const HA_LAYOUT = 'infra-ha';

/** The pane's width / height the next picture should fit (the panel sets it before each render). */
let paneAspect = 1.6;
export function setPaneAspect(aspect: number): void {
  if (Number.isFinite(aspect) && aspect > 0.1 && aspect < 10) paneAspect = aspect;
}

/** Lets the event loop run (a new task) once the current one has held the thread this long: a big design's drawing is many short tasks, not one that freezes the page (and VS Code's workbench, which the preview shares). */
const SLICE_MS = 50;
function breather(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await nextTask();
    since = performance.now();
  };
}

// mermaid's layout contract (LayoutAlgorithm.render); the helpers' types are marked internal there.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Helpers = any;
async function render(data: LayoutData, svg: any, h: Helpers): Promise<void> {
  const breathe = breather();
  const root = svg.select('g');
  h.insertMarkers(root, data.markers, data.type, data.diagramId);
  const clustersEl = root.insert('g').attr('class', 'subgraphs');
  const pathsEl = root.insert('g').attr('class', 'edgePaths');
  const nodesEl = root.insert('g').attr('class', 'nodes');
  // Edge labels last: above the boxes their edges pass under.
  const labelsEl = root.insert('g').attr('class', 'edgeLabels');
  const dir = data.direction === 'TB' || data.direction === 'BT' || data.direction === 'TD' ? 'TB' : 'LR';

  const nodes = new Map<string, any>();
  const elements = new Map<string, any>();
  const groups: any[] = [];
  for (const node of data.nodes as any[]) {
    if (node.isGroup) {
      groups.push(node);
      continue;
    }
    await breathe();
    const el = await h.insertNode(nodesEl, node, { config: data.config, dir: data.direction ?? 'LR' });
    const box = el.node().getBBox();
    node.width = box.width;
    node.height = box.height;
    nodes.set(node.id, node);
    elements.set(node.id, el);
  }
  const labelSizes = new Map<string, { w: number; h: number }>();
  const labelEls = new Map<string, any>();
  for (const edge of data.edges as any[]) {
    await breathe();
    const el = await h.insertEdgeLabel(labelsEl, edge);
    labelEls.set(edge.id, el);
    // insertEdgeLabel measures the label into edge.width / edge.height.
    if (edge.label) labelSizes.set(edge.id, { w: Number(edge.width) || 0, h: Number(edge.height) || 0 });
  }
  // A caption's size before it is drawn: mermaid's cluster label is one line of its 16 px text.
  const caption = (g: any): { w: number; h: number } => ({ w: String(g.label ?? '').length * 9 + 16, h: 24 });
  const edges: LayoutEdge[] = (data.edges as any[])
    .filter((e) => nodes.has(e.start) && nodes.has(e.end))
    .map((e) => ({
      id: e.id,
      from: e.start,
      to: e.end,
      flow: e.pattern !== 'dotted' && e.pattern !== 'invisible' && e.stroke !== 'dotted' && e.stroke !== 'invisible',
      labelWidth: labelSizes.get(e.id)?.w ?? 0,
      labelHeight: labelSizes.get(e.id)?.h ?? 0,
    }));
  const layout = haLayout({
    boxes: [...nodes.values()].map((n) => ({ id: n.id, width: n.width, height: n.height, group: n.parentId ?? null })),
    // mermaid lists subgraphs last written first: back to the note's order.
    groups: [...groups].reverse().map((g) => ({ id: g.id, parent: g.parentId ?? null, labelWidth: caption(g).w, labelHeight: caption(g).h })),
    edges,
    direction: dir,
    aspect: paneAspect,
  });

  for (const [id, p] of layout.boxes) {
    const node = nodes.get(id)!;
    node.x = p.x;
    node.y = p.y;
    elements.get(id).attr('transform', `translate(${p.x}, ${p.y})`);
  }
  const clusterDb = new Map<string, any>();
  for (const g of groups) {
    const b = layout.groups.get(g.id);
    if (!b) continue;
    Object.assign(g, { x: b.x, y: b.y, width: b.width, height: b.height });
    clusterDb.set(g.id, g);
    await h.insertCluster(clustersEl, g);
  }
  for (const edge of data.edges as any[]) {
    const route = layout.edges.get(edge.id);
    const from = nodes.get(edge.start);
    const to = nodes.get(edge.end);
    if (!route || !from || !to) continue;
    await breathe();
    edge.points = route.points;
    edge.x = route.label.x;
    edge.y = route.label.y;
    h.insertEdge(pathsEl, edge, clusterDb, data.type, from, to, data.diagramId);
    h.positionEdgeLabel(edge, {});
    if (route.hidden && edge.label) {
      // No free place for the label: left out of the picture, shown on hovering the edge.
      const label = labelEls.get(edge.id);
      const g = (label?.node?.() ?? label)?.closest?.('g.edgeLabel');
      g?.setAttribute?.('display', 'none');
      const path = pathsEl.node().lastElementChild as SVGElement | null;
      if (path) {
        const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
        title.textContent = plainLabel(String(edge.label));
        path.appendChild(title);
      }
    }
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** A label's text as read: mermaid's entity codes (`#61;`, which its parser keeps as placeholders) back to characters, markup out. */
function plainLabel(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
  return s
    .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/\uFB02\u00B0([a-z]+)\u00B6\u00DF/g, (_m, n: string) => named[n] ?? '')
    .replace(/#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/#([a-z]+);/g, (m, n: string) => named[n] ?? m)
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '');
}

let registered = false;
/** Makes `layout: 'infra-ha'` known to mermaid (once). */
export function registerHaLayout(): void {
  if (registered) return;
  registered = true;
  mermaid.registerLayoutLoaders([{ name: HA_LAYOUT, loader: async () => ({ render }) }]);
}
