/**
 * The Markdown preview script (bundled as an IIFE, loaded by VS Code's preview).
 * Finds the elements the markdown-it plugin wrote (client/src/preview.ts),
 * checks each design with the pure core — the same analysis, rule severities
 * (from the element's data-rules) and suppression comments as the language
 * server's squiggles, which this page cannot reach — and draws it with mermaid.
 * A broken block shows an error box; the other blocks still render.
 *
 * The preview's main thread is the workbench's: nothing here may hold it long.
 * - Only the blocks in view or near it (NEAR_MARGIN) are checked and drawn, the
 *   visible ones first, one at a time, with a turn of the event loop between the
 *   steps of a block (check, mermaid, insert) and between blocks.
 * - Every other block shows a placeholder of the height its drawing takes: the
 *   measured height of the same block drawn before, else of a block of the same
 *   shape (lines and edges), else an estimate from its number of nodes.
 * - Checks and drawings are cached across VS Code's content updates (which
 *   replace the preview's body on each edit): by the block's text, rules and
 *   theme, and by the generated mermaid text. An unchanged design is not drawn
 *   again.
 * - Mermaid measures its labels in an off-screen stage with CSS containment, so
 *   its many forced layouts do not lay the whole note out again each time; and
 *   every block far from the view has `content-visibility: auto` (preview.css)
 *   with its placeholder's height as its intrinsic size, so the browser skips
 *   its content when laying the note out (before this script runs, too).
 * - A design past PREVIEW_LIMITS is drawn simplified (one box per kind) with a message.
 */
import {
  type CheckedDesign,
  checkedSource,
  type Design,
  escapeLabel,
  type Finding,
  inlineParts,
  type Locale,
  readRuleConfig,
  shapeOf,
  toMermaidDiagram,
} from '../../server/src/core';
import { NEAR_MARGIN, PREVIEW_LIMITS } from './limits';
import { errorText, renderMermaid, themeOfBody, type UiTheme } from './render';
import { nextTask } from './tasks';
import { setPaneAspect } from './haLayout';

const TOPOLOGY_SELECTOR = '.infra-notes-topology';
const SOURCE_SELECTOR = 'pre.infra-notes-source';

const STRINGS = {
  en: {
    errors: 'This design has errors',
    renderFailed: 'The diagram could not be drawn:',
    line: 'line',
    empty: 'No nodes to draw yet.',
    findings: 'Findings',
    pending: 'The diagram is drawn when it scrolls into view.',
    simplified: (nodes: number, edges: number): string =>
      `This design has ${nodes} nodes and ${edges} edges: the preview draws designs of up to ${PREVIEW_LIMITS.nodes} nodes and ${PREVIEW_LIMITS.edges} edges in full. ` +
      `Shown simplified: one box per kind of node, with how many there are. Open it in the diagram panel to see every node.`,
    count: (kind: string, n: number): string => `${kind} × ${n}`,
  },
  ko: {
    errors: '이 설계에 오류가 있습니다',
    renderFailed: '다이어그램을 그리지 못했습니다:',
    line: '줄',
    empty: '아직 그릴 노드가 없습니다.',
    findings: '점검 결과',
    pending: '다이어그램은 화면에 들어오면 그립니다.',
    simplified: (nodes: number, edges: number): string =>
      `이 설계는 노드 ${nodes}개, 연결 ${edges}개로 이루어져 있습니다. 미리 보기는 노드 ${PREVIEW_LIMITS.nodes}개, 연결 ${PREVIEW_LIMITS.edges}개까지만 전부 그립니다. ` +
      `여기서는 노드를 종류별로 하나의 상자로 묶고 개수를 적어 간단히 그렸습니다. 모든 노드는 다이어그램 패널에서 보세요.`,
    count: (kind: string, n: number): string => `${kind} ${n}개`,
  },
};

function locale(): Locale {
  const lang = (document.documentElement.lang || navigator.language || 'en').toLowerCase();
  return lang.startsWith('ko') ? 'ko' : 'en';
}

/** The block's design checked as the editor checks it, with the rule severities the plugin wrote. */
function checkSource(source: string, title: string, closed: boolean, rulesJson: string | undefined): CheckedDesign {
  const text = source.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const lines = text.length ? text.split('\n').map((t) => ({ text: t, col: 0 })) : [];
  let rules: unknown = {};
  try {
    rules = rulesJson ? JSON.parse(rulesJson) : {};
  } catch {
    rules = {};
  }
  return checkedSource({ title, titleStart: 0, titleEnd: title.length, closed, lines }, 0, { rules: readRuleConfig(rules) });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function findingList(findings: Finding[], firstLine: number | null, loc: Locale, className: string): HTMLUListElement {
  const ul = el('ul', className);
  for (const f of findings) {
    const li = el('li', `infra-notes-finding infra-notes-sev-${f.severity}`);
    const where = el('span', 'infra-notes-where', `${STRINGS[loc].line} ${(firstLine ?? 0) + f.span.line + 1}`);
    const rule = el('code', 'infra-notes-rule', f.rule);
    li.append(where, ' ', rule, ' ', ...inlineParts(f.message[loc]).map((p) => (p.code ? el('code', 'infra-notes-code', p.text) : p.text)));
    ul.append(li);
  }
  return ul;
}

type DesignNode = Design['nodes'] extends Map<string, infer N> ? N : never;

/** Whether the preview draws this design in full (else simplified). */
function drawnInFull(design: Design): boolean {
  return design.nodes.size <= PREVIEW_LIMITS.nodes && design.edges.length <= PREVIEW_LIMITS.edges;
}

/** The simplified view of a large design: one box per kind of node (with the count), an arrow where any node of one kind calls one of another. */
function simplifiedMermaid(design: Design, loc: Locale): string {
  const groups = new Map<string, { id: string; kind: DesignNode; count: number }>();
  const groupOf = new Map<string, string>();
  for (const n of design.nodes.values()) {
    const key = n.kind ?? `?${n.kindText}`;
    let g = groups.get(key);
    if (!g) {
      g = { id: `k${groups.size}`, kind: n, count: 0 };
      groups.set(key, g);
    }
    g.count++;
    groupOf.set(n.name, g.id);
  }
  const out = ['flowchart LR'];
  for (const g of groups.values()) {
    const [open, close] = shapeOf(g.kind.kind);
    out.push(`  ${g.id}${open}"${escapeLabel(STRINGS[loc].count(g.kind.kind ?? (g.kind.kindText || '?'), g.count))}"${close}`);
  }
  const seen = new Set<string>();
  for (const e of design.edges) {
    const a = groupOf.get(e.from);
    const b = groupOf.get(e.to);
    if (!a || !b || a === b || seen.has(`${a} ${b}`)) continue;
    seen.add(`${a} ${b}`);
    out.push(`  ${a} --> ${b}`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------
// Caches (bounded, least recently used first out).

class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(k: string): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: string, v: V): void {
    this.map.delete(k);
    this.map.set(k, v);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

/** What a block's check gives the drawing (the same for the same text, title, rules, theme and locale). */
interface Prepared {
  checked: CheckedDesign;
  /** The mermaid text to draw, or null when there are no nodes. */
  mermaid: string | null;
  simplified: boolean;
}

const prepared = new Lru<Prepared>(500);
/** SVG drawings by theme and mermaid text. */
const drawings = new Lru<string>(400);
/** Measured heights of drawn blocks: by their key, and by their shape. */
const heightByKey = new Lru<number>(4000);
const heightByShape = new Lru<number>(500);

/** What a host element holds, read once per update. */
interface Block {
  host: HTMLElement;
  source: string;
  title: string;
  closed: boolean;
  rules: string | undefined;
  firstLine: number | null;
  /** Everything the block's drawing depends on except its position. */
  key: string;
  /** Lines and edges of the source: blocks of one shape are about one height. */
  shape: string;
}

function readBlock(host: HTMLElement, theme: UiTheme, loc: Locale): Block {
  const source = host.querySelector<HTMLElement>(SOURCE_SELECTOR)?.textContent ?? '';
  const title = host.dataset['title'] ?? '';
  const closed = host.dataset['closed'] !== 'false';
  const rules = host.dataset['rules'];
  // data-line is the fence line; the design's line 0 is the next one.
  const fenceLine = host.dataset['line'] !== undefined ? Number(host.dataset['line']) : NaN;
  const firstLine = Number.isFinite(fenceLine) ? fenceLine + 1 : null;
  const key = `${theme}\u0000${loc}\u0000${rules ?? ''}\u0000${closed}\u0000${title}\u0000${source}`;
  let lines = 0;
  let arrows = 0;
  for (let i = source.indexOf('\n'), from = 0; from <= source.length; from = i + 1, i = source.indexOf('\n', from)) {
    const end = i < 0 ? source.length : i;
    if (end > from) lines++;
    for (let a = source.indexOf('->', from); a >= 0 && a < end; a = source.indexOf('->', a + 2)) arrows++;
    if (i < 0) break;
  }
  return { host, source, title, closed, rules, firstLine, key, shape: `${title ? 1 : 0}/${lines}/${arrows}` };
}

/** The height a block's drawing will take: measured before for this block or its shape, else estimated from its lines. */
function expectedHeight(b: Block): number {
  const known = heightByKey.get(b.key) ?? heightByShape.get(b.shape);
  if (known !== undefined) return known;
  const [, lines] = b.shape.split('/').map(Number) as [number, number, number];
  const nodes = Math.min(lines, PREVIEW_LIMITS.nodes);
  // Fitted to the drawings (no legend box since the legend became a title line): 3 nodes in a row with findings ≈ 325 px.
  return Math.round(Math.min(100 + 55 * nodes, 12000));
}

// ---------------------------------------------------------------------------
// Drawing one block.


let stageEl: HTMLElement | null = null;
/** The off-screen element mermaid measures in: contained, so its layouts stay inside it. */
function stage(): HTMLElement {
  if (!stageEl || !stageEl.isConnected) {
    stageEl = document.createElement('div');
    stageEl.className = 'infra-notes-stage';
    stageEl.setAttribute('aria-hidden', 'true');
    stageEl.style.cssText = 'position:absolute;left:-100000px;top:0;width:4000px;height:4000px;contain:strict;overflow:hidden;pointer-events:none;';
    document.body.append(stageEl);
  }
  return stageEl;
}

/** Longest stretch of placing placeholders before the page gets a turn. */
const SLICE_MS = 8;

let generation = 0;
const blocks = new Map<HTMLElement, Block>();
/** Drawings made by mermaid / taken from the cache since the page loaded (for tests and curiosity). */
let drawnByMermaid = 0;
let drawnFromCache = 0;

function placeholder(b: Block, loc: Locale): void {
  const host = b.host;
  for (const old of host.querySelectorAll(':scope > .infra-notes-output')) old.remove();
  const out = el('div', 'infra-notes-output');
  const ph = el('div', 'infra-notes-placeholder', STRINGS[loc].pending);
  const h = expectedHeight(b);
  ph.style.height = `${h}px`;
  // Off screen the block's content is skipped (content-visibility, preview.css): it takes this height
  // until it has been laid out once, then the height it had (`auto`).
  host.style.containIntrinsicSize = `auto ${h}px`;
  out.append(ph);
  host.append(out);
  host.dataset['state'] = 'pending';
  delete host.dataset['drawn'];
}

async function drawBlock(b: Block, theme: UiTheme, loc: Locale, gen: number): Promise<void> {
  const host = b.host;
  const stale = (): boolean => gen !== generation || !host.isConnected;
  const s = STRINGS[loc];
  let prep = prepared.get(b.key);
  if (!prep) {
    const checked = checkSource(b.source, b.title, b.closed, b.rules);
    const full = drawnInFull(checked.design);
    const mermaid = checked.design.nodes.size === 0 ? null : full ? toMermaidDiagram(checked.design, checked.findings, { theme, locale: loc }).text : simplifiedMermaid(checked.design, loc);
    prep = { checked, mermaid, simplified: !full };
    prepared.set(b.key, prep);
    await nextTask();
    if (stale()) return;
  }
  const { checked, mermaid } = prep;
  let svg: string | undefined;
  let failure: unknown = null;
  let fromCache = true;
  if (mermaid !== null) {
    const dkey = `${theme}\u0000${mermaid}`;
    svg = drawings.get(dkey);
    if (svg === undefined) {
      fromCache = false;
      try {
        // The preview scales a drawing to its column's width and scrolls: the layout packs big
        // tiers for a picture that fills about one screen of that column.
        setPaneAspect((document.body.clientWidth || window.innerWidth) / Math.max(1, window.innerHeight));
        svg = await renderMermaid(mermaid, theme, 'infra-notes', stage());
        drawings.set(dkey, svg);
        drawnByMermaid++;
      } catch (e) {
        failure = e;
      }
      await nextTask();
      if (stale()) return;
    } else drawnFromCache++;
  }

  // The title and the errors above the source (shown for a broken block), the drawing and the findings below it.
  const head = el('div', 'infra-notes-output infra-notes-head');
  const out = el('div', 'infra-notes-output');
  if (b.title) head.append(el('div', 'infra-notes-title', b.title));
  let failed = false;
  if (checked.errors.length) {
    failed = true;
    const box = el('div', 'infra-notes-error');
    box.setAttribute('role', 'alert');
    box.append(el('strong', '', s.errors), findingList(checked.errors, b.firstLine, loc, 'infra-notes-errors'));
    head.append(box);
  }
  if (mermaid !== null) {
    if (prep.simplified) {
      const note = el('div', 'infra-notes-simplified', s.simplified(checked.design.nodes.size, checked.design.edges.length));
      note.setAttribute('role', 'note');
      out.append(note);
    }
    if (svg !== undefined) {
      const diagram = el('div', 'infra-notes-diagram');
      diagram.innerHTML = svg;
      out.append(diagram);
    } else {
      failed = true;
      const box = el('div', 'infra-notes-error');
      box.setAttribute('role', 'alert');
      box.append(el('strong', '', s.renderFailed), ' ', el('span', 'infra-notes-mermaid-error', errorText(failure)));
      out.append(box);
    }
  } else if (!checked.errors.length) {
    out.append(el('div', 'infra-notes-empty', s.empty));
  }
  if (checked.others.length) out.append(findingList(checked.others, b.firstLine, loc, 'infra-notes-findings'));
  for (const old of host.querySelectorAll(':scope > .infra-notes-output')) old.remove();
  const pre = host.querySelector(SOURCE_SELECTOR);
  if (head.childNodes.length) host.insertBefore(head, pre ?? host.firstChild);
  host.append(out);
  host.dataset['state'] = failed ? 'error' : 'rendered';
  host.dataset['theme'] = theme;
  host.dataset['drawn'] = mermaid === null ? 'none' : fromCache ? 'cache' : 'mermaid';
  if (prep.simplified) host.dataset['simplified'] = 'true';
  else delete host.dataset['simplified'];
  document.body.dataset['infraNotesDrawn'] = String(drawnByMermaid);
  document.body.dataset['infraNotesFromCache'] = String(drawnFromCache);
  measure(b);
}

// ---------------------------------------------------------------------------
// Which blocks to draw, and when.

/** Blocks near the view, waiting to be drawn (document order). */
let queue: Block[] = [];
/** Hosts in view right now: drawn first. */
const visible = new Set<HTMLElement>();
let near: IntersectionObserver | null = null;
let inView: IntersectionObserver | null = null;
/** Whether every block of this update has its placeholder and the near observer has reported on them. */
let placing = false;
let reported = false;
let pumping = false;
let currentTheme: UiTheme = 'light';
let currentLoc: Locale = 'en';
/** The key each host was last drawn with: a host VS Code kept as it was is not drawn again. */
const drawnKey = new WeakMap<HTMLElement, string>();
const blockOf = new WeakMap<Element, Block>();


/**
 * Records drawn blocks' heights (after layout, without forcing one) for the
 * placeholders of the next update: the whole block's (a pending block shows only
 * its placeholder, so the placeholder stands for all of it).
 */
const sizes =
  typeof ResizeObserver === 'function'
    ? new ResizeObserver((entries) => {
        for (const e of entries) {
          const b = blockOf.get(e.target);
          if ((e.target as HTMLElement).dataset['state'] === 'pending') continue;
          const h = Math.round(e.borderBoxSize?.[0]?.blockSize ?? e.contentRect.height);
          if (!b || h <= 0) continue;
          heightByKey.set(b.key, h);
          heightByShape.set(b.shape, h);
        }
      })
    : null;

function measure(b: Block): void {
  blockOf.set(b.host, b);
  drawnKey.set(b.host, b.key);
  sizes?.observe(b.host);
}

function nextBlock(): Block | undefined {
  let i = queue.findIndex((b) => visible.has(b.host));
  if (i < 0) i = 0;
  return queue.splice(i, 1)[0];
}

function markRendered(): void {
  if (placing || !reported || queue.length || pumping) return;
  document.body.dataset['infraNotesRendered'] = String(generation);
  window.dispatchEvent(new CustomEvent('infra-notes:rendered', { detail: { count: blocks.size } }));
}

/** Draws the queued blocks one at a time, each in its own few tasks, the visible ones first. */
async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    for (;;) {
      const b = nextBlock();
      if (!b) break;
      if (!b.host.isConnected || b.host.dataset['state'] !== 'pending') continue;
      try {
        await drawBlock(b, currentTheme, currentLoc, generation);
      } catch (e) {
        console.error('[infra-notes] preview render failed', e);
        b.host.dataset['state'] = 'error';
      }
      await nextTask();
    }
  } finally {
    pumping = false;
  }
  markRendered();
}

/** Lays a placeholder in every block (a few at a time, the top of the note first) and watches which are near the view. */
async function renderAll(): Promise<void> {
  const gen = ++generation;
  currentTheme = themeOfBody();
  currentLoc = locale();
  near?.disconnect();
  inView?.disconnect();
  sizes?.disconnect();
  queue = [];
  visible.clear();
  blocks.clear();
  placing = true;
  reported = false;
  const hosts = Array.from(document.querySelectorAll<HTMLElement>(TOPOLOGY_SELECTOR));
  const observing = typeof IntersectionObserver === 'function';
  if (observing) {
    near = new IntersectionObserver(
      (entries) => {
        if (gen !== generation) return;
        for (const e of entries) {
          const b = blocks.get(e.target as HTMLElement);
          if (!b) continue;
          const i = queue.indexOf(b);
          if (e.isIntersecting) {
            if (i < 0 && b.host.dataset['state'] === 'pending') queue.push(b);
          } else if (i >= 0) queue.splice(i, 1);
        }
        // Document order: the drawing moves down the page like the reader.
        queue.sort((x, y) => (x.host.compareDocumentPosition(y.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
        reported = true;
        if (queue.length) void pump();
        else markRendered();
      },
      { rootMargin: NEAR_MARGIN },
    );
    inView = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target as HTMLElement);
        else visible.delete(e.target as HTMLElement);
      }
    });
  }
  let sliceStart = performance.now();
  for (const host of hosts) {
    const b = readBlock(host, currentTheme, currentLoc);
    blocks.set(host, b);
    const out = host.querySelector<HTMLElement>(':scope > .infra-notes-output');
    if (drawnKey.get(host) === b.key && out && host.dataset['state'] !== 'pending') {
      // Kept by VS Code as it was drawn: nothing to do.
      measure(b);
    } else {
      placeholder(b, currentLoc);
      if (!observing) queue.push(b);
    }
    inView?.observe(host);
    near?.observe(host);
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      if (gen !== generation) return;
      sliceStart = performance.now();
    }
  }
  placing = false;
  if (!observing || !hosts.length) reported = true;
  if (queue.length) void pump();
  else markRendered();
}

function schedule(): void {
  void renderAll();
}

if (document.readyState === 'loading') {
  window.addEventListener('DOMContentLoaded', schedule, { once: true });
} else {
  schedule();
}
window.addEventListener('vscode.markdown.updateContent', schedule);

// The theme changes without a content update: VS Code swaps the body classes.
let lastTheme: UiTheme | null = null;
new MutationObserver(() => {
  const t = themeOfBody();
  if (t !== lastTheme) {
    lastTheme = t;
    schedule();
  }
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });
lastTheme = themeOfBody();
