/**
 * The diagram panel's webview app (bundled as an IIFE with mermaid). It draws
 * the mermaid text the extension sends, pans and zooms it, reports node clicks
 * and produces SVG/PNG exports. All strings come from the extension (init).
 */
import { MERMAID_NODE_DOM_ID } from '../../server/src/core';
import {
  isExtensionToDiagram,
  type DiagramFinding,
  type DiagramStrings,
  type DiagramToExtension,
  type DiagramUpdateMessage,
} from '../messages';
import { errorText, renderMermaid } from '../preview/render';
import { setPaneAspect } from '../preview/haLayout';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const post = (m: DiagramToExtension): void => api.postMessage(m);

let strings: DiagramStrings = {
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Fit to window',
  zoomReset: 'Actual size',
  exportSvg: 'Export SVG',
  exportPng: 'Export PNG',
  copySvg: 'Copy SVG',
  copyPng: 'Copy PNG',
  lightBackground: 'Light background',
  copied: 'Copied {0}',
  noDesign: 'Put the cursor in a ```topology block to see its diagram.',
  errors: 'This design has errors',
  findings: 'Findings',
  renderFailed: 'The diagram could not be drawn:',
  line: 'line {0}',
  diagram: 'Diagram',
};

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const viewport = $<HTMLDivElement>('viewport');
const stage = $<HTMLDivElement>('stage');
const errorsBox = $<HTMLDivElement>('errors');
const findingsList = $<HTMLUListElement>('findings');
const findingsBox = $<HTMLDetailsElement>('findings-box');
const findingsSummary = $<HTMLElement>('findings-summary');
/** Whether the person opened or closed the findings list; until then it opens for a few findings only. */
let findingsChoice: boolean | null = null;
/** Up to this many findings the list opens by itself; more stay folded under their count so the diagram keeps the pane. */
const FINDINGS_OPEN_UP_TO = 5;
findingsSummary.addEventListener('click', () => {
  // The toggle happens after the click: record the state it is going to.
  findingsChoice = !findingsBox.open;
});
findingsBox.addEventListener('toggle', () => {
  // A larger or smaller pane: fit again if the view was fitted.
  if (document.body.dataset['view'] === 'fit') fit();
});

/** The findings under the diagram: folded under their count when there are many, unless the person opened them. */
function showFindings(items: DiagramFinding[]): void {
  findingsList.replaceChildren();
  findingItems(findingsList, items);
  findingsBox.hidden = items.length === 0;
  findingsSummary.textContent = `${strings.findings} (${items.length})`;
  findingsBox.open = findingsChoice ?? items.length <= FINDINGS_OPEN_UP_TO;
}
const emptyBox = $<HTMLDivElement>('empty');
const titleEl = $<HTMLSpanElement>('title');

let current: DiagramUpdateMessage | null = null;
let currentKey: string | null = null;
let renderSeq = 0;
/** The latest render, so an export asked for while drawing waits for it. */
let rendering: Promise<void> = Promise.resolve();

// ── pan and zoom: a CSS transform on the stage (CSSOM, allowed by the CSP) ──
const view = { x: 0, y: 0, k: 1 };
const MIN_K = 0.05;
const MAX_K = 8;

/** Whether the view is the automatic fit (kept on resize) rather than the user's own. */
let autoFit = true;

function applyView(fitted = false): void {
  autoFit = fitted;
  document.body.dataset['view'] = fitted ? 'fit' : 'user';
  stage.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.k})`;
  document.body.dataset['zoom'] = view.k.toFixed(3);
}

function svgEl(): SVGSVGElement | null {
  return stage.querySelector('svg');
}

function naturalSize(svg: SVGSVGElement): { w: number; h: number } {
  const vb = svg.viewBox?.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) return { w: vb.width, h: vb.height };
  const r = svg.getBoundingClientRect();
  return { w: r.width / view.k || 1, h: r.height / view.k || 1 };
}

function zoomAt(factor: number, cx: number, cy: number): void {
  const k = Math.min(MAX_K, Math.max(MIN_K, view.k * factor));
  const f = k / view.k;
  view.x = cx - (cx - view.x) * f;
  view.y = cy - (cy - view.y) * f;
  view.k = k;
  applyView();
}

function zoomCenter(factor: number): void {
  const r = viewport.getBoundingClientRect();
  zoomAt(factor, r.width / 2, r.height / 2);
}

function fit(): void {
  const svg = svgEl();
  if (!svg) return;
  const { w, h } = naturalSize(svg);
  const r = viewport.getBoundingClientRect();
  const pad = 16;
  const k = Math.min(MAX_K, Math.max(MIN_K, Math.min((r.width - 2 * pad) / w, (r.height - 2 * pad) / h, 1.5)));
  view.k = k;
  view.x = (r.width - w * k) / 2;
  view.y = (r.height - h * k) / 2;
  applyView(true);
}

/** mermaid draws its labels at 16 px; the editor's font size (VS Code's variable, else 14 px) is the smallest readable text. */
function readableScale(): number {
  const px = parseFloat(getComputedStyle(document.body).getPropertyValue('--vscode-editor-font-size')) || 14;
  return Math.min(1, px / 16);
}

/**
 * The view a diagram opens with: fit to the window when its text stays at least as
 * large as the editor's; otherwise the readable scale, from the top-left corner
 * (centred along an axis that fits), to be panned.
 */
function openView(): void {
  const svg = svgEl();
  if (!svg) return;
  const { w, h } = naturalSize(svg);
  const r = viewport.getBoundingClientRect();
  const pad = 16;
  const kFit = Math.min((r.width - 2 * pad) / w, (r.height - 2 * pad) / h, 1.5);
  const kMin = readableScale();
  if (kFit >= kMin) {
    fit();
    return;
  }
  view.k = kMin;
  view.x = w * kMin + 2 * pad <= r.width ? (r.width - w * kMin) / 2 : pad;
  view.y = h * kMin + 2 * pad <= r.height ? (r.height - h * kMin) / 2 : pad;
  applyView();
  document.body.dataset['view'] = 'readable';
}

/** Narrow panes (taller than wide, under 600 px) draw top to bottom: a left-to-right chain would shrink to nothing. */
function isNarrow(): boolean {
  const r = viewport.getBoundingClientRect();
  return r.width > 0 && r.width < 600 && r.width < r.height;
}

/** The text as this pane draws it: top to bottom when narrow; the layout packs big tiers for the pane's shape. */
function oriented(text: string): string {
  const r = viewport.getBoundingClientRect();
  if (r.width > 0 && r.height > 0) setPaneAspect(r.width / r.height);
  return isNarrow() ? text.replace(/^flowchart LR\b/m, 'flowchart TB') : text;
}

function resetZoom(): void {
  view.k = 1;
  view.x = 16;
  view.y = 16;
  applyView();
}

viewport.addEventListener(
  'wheel',
  (e) => {
    e.preventDefault();
    const r = viewport.getBoundingClientRect();
    zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
  },
  { passive: false },
);

let drag: { id: number; x: number; y: number; moved: boolean } | null = null;
let suppressClick = false;
viewport.addEventListener('pointerdown', (e) => {
  if (e.button !== 0) return;
  drag = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
});
viewport.addEventListener('pointermove', (e) => {
  if (!drag || drag.id !== e.pointerId) return;
  const dx = e.clientX - drag.x;
  const dy = e.clientY - drag.y;
  if (!drag.moved && Math.hypot(dx, dy) < 4) return;
  if (!drag.moved) {
    drag.moved = true;
    viewport.setPointerCapture(e.pointerId);
    viewport.classList.add('dragging');
  }
  view.x += dx;
  view.y += dy;
  drag.x = e.clientX;
  drag.y = e.clientY;
  applyView();
});
const endDrag = (e: PointerEvent): void => {
  if (!drag || drag.id !== e.pointerId) return;
  suppressClick = drag.moved;
  drag = null;
  viewport.classList.remove('dragging');
};
viewport.addEventListener('pointerup', endDrag);
viewport.addEventListener('pointercancel', endDrag);

viewport.addEventListener('keydown', (e) => {
  const step = 40;
  let handled = true;
  switch (e.key) {
    case '+':
    case '=':
      zoomCenter(1.2);
      break;
    case '-':
    case '_':
      zoomCenter(1 / 1.2);
      break;
    case '0':
      resetZoom();
      break;
    case 'f':
    case 'F':
      fit();
      break;
    case 'ArrowLeft':
      view.x += step;
      applyView();
      break;
    case 'ArrowRight':
      view.x -= step;
      applyView();
      break;
    case 'ArrowUp':
      view.y += step;
      applyView();
      break;
    case 'ArrowDown':
      view.y -= step;
      applyView();
      break;
    case 'Enter':
    case ' ': {
      const node = (e.target as Element | null)?.closest?.('g.node');
      if (node) reveal(node);
      else handled = false;
      break;
    }
    default:
      handled = false;
  }
  if (handled) e.preventDefault();
});

$('zoom-in').addEventListener('click', () => zoomCenter(1.2));
$('zoom-out').addEventListener('click', () => zoomCenter(1 / 1.2));
$('zoom-fit').addEventListener('click', fit);
$('zoom-reset').addEventListener('click', resetZoom);
const lightBox = $<HTMLInputElement>('light-bg');
$('export-svg').addEventListener('click', () => void exportImage('svg'));
$('export-png').addEventListener('click', () => void exportImage('png'));
$('copy-svg').addEventListener('click', () => void exportImage('svg', { clipboard: true }));
$('copy-png').addEventListener('click', () => void exportImage('png', { clipboard: true }));

// ── clicks on nodes: reveal the declaration ──
function reveal(node: Element): void {
  if (!current) return;
  const m = MERMAID_NODE_DOM_ID.exec(node.id);
  if (!m) return;
  const info = current.nodes.find((n) => n.id === m[1]);
  if (!info) return;
  post({ type: 'reveal', uri: current.uri, blockIndex: current.blockIndex, name: info.name, line: info.line });
}

stage.addEventListener('click', (e) => {
  if (suppressClick) {
    suppressClick = false;
    return;
  }
  const node = (e.target as Element | null)?.closest?.('g.node');
  if (node) reveal(node);
});

// ── rendering ──
function lineText(line: number): string {
  return strings.line.replace('{0}', String(line + 1));
}

function findingItems(list: HTMLElement, items: DiagramFinding[]): void {
  for (const f of items) {
    const li = document.createElement('li');
    li.className = `finding sev-${f.severity}`;
    const where = document.createElement('a');
    where.className = 'where';
    where.href = '#';
    where.textContent = lineText(f.line);
    where.addEventListener('click', (e) => {
      e.preventDefault();
      if (current) post({ type: 'reveal', uri: current.uri, blockIndex: current.blockIndex, name: '', line: f.line });
    });
    const rule = document.createElement('code');
    rule.textContent = f.rule;
    li.append(where, ' ', rule, ' ', f.message);
    list.append(li);
  }
}

function showErrors(msg: DiagramUpdateMessage, renderError: string | null): void {
  errorsBox.replaceChildren();
  if (!msg.errors.length && renderError === null) {
    errorsBox.hidden = true;
    return;
  }
  errorsBox.hidden = false;
  if (msg.errors.length) {
    const h = document.createElement('strong');
    h.textContent = strings.errors;
    const ul = document.createElement('ul');
    findingItems(ul, msg.errors);
    errorsBox.append(h, ul);
  }
  if (renderError !== null) {
    const p = document.createElement('div');
    p.className = 'render-error';
    p.textContent = `${strings.renderFailed} ${renderError}`;
    errorsBox.append(p);
  }
}

function decorateNodes(msg: DiagramUpdateMessage): void {
  for (const g of stage.querySelectorAll<SVGGElement>('g.node')) {
    const m = MERMAID_NODE_DOM_ID.exec(g.id);
    const info = m ? msg.nodes.find((n) => n.id === m[1]) : undefined;
    if (!info) continue;
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.setAttribute('aria-label', `${info.name} (${lineText(info.line)})`);
    g.classList.add('clickable');
  }
}

/** The direction of the drawing on screen, and whether a resize asked to redraw it the other way. */
let drawnNarrow = false;
let reorient = false;

async function update(msg: DiagramUpdateMessage): Promise<void> {
  const seq = ++renderSeq;
  current = msg;
  emptyBox.hidden = true;
  titleEl.textContent = msg.title;
  document.body.dataset['state'] = 'pending';
  showFindings(msg.findings);
  const key = `${msg.uri}#${msg.blockIndex}`;
  const sameBlock = key === currentKey;
  currentKey = key;
  if (!msg.nodes.length) {
    stage.replaceChildren();
    showErrors(msg, null);
    document.body.dataset['state'] = msg.errors.length ? 'error' : 'rendered';
    return;
  }
  try {
    const narrow = isNarrow();
    const svg = await renderMermaid(oriented(msg.mermaid), msg.theme, 'infra-notes-diagram');
    if (seq !== renderSeq) return;
    stage.innerHTML = svg;
    drawnNarrow = narrow;
    document.body.dataset['direction'] = narrow ? 'TB' : 'LR';
    decorateNodes(msg);
    showErrors(msg, null);
    if (!sameBlock || reorient) openView();
    reorient = false;
    document.body.dataset['state'] = msg.errors.length ? 'error' : 'rendered';
  } catch (e) {
    if (seq !== renderSeq) return;
    // Keep the last good drawing while the user types; say why it is stale.
    showErrors(msg, errorText(e));
    document.body.dataset['state'] = 'error';
  }
}

function showEmpty(): void {
  ++renderSeq;
  current = null;
  currentKey = null;
  stage.replaceChildren();
  errorsBox.hidden = true;
  showFindings([]);
  titleEl.textContent = '';
  emptyBox.textContent = strings.noDesign;
  emptyBox.hidden = false;
  document.body.dataset['state'] = 'empty';
}

function applyStrings(): void {
  for (const b of document.querySelectorAll<HTMLElement>('[data-string]')) {
    const k = b.dataset['string'] as keyof DiagramStrings;
    const s = strings[k];
    if (s) {
      b.title = s;
      b.setAttribute('aria-label', s);
    }
  }
  for (const e of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const t = strings[e.dataset['text'] as keyof DiagramStrings];
    if (t) e.textContent = t;
  }
  viewport.setAttribute('aria-label', strings.diagram);
  if (!emptyBox.hidden) emptyBox.textContent = strings.noDesign;
}

// ── export ──
/**
 * The image to export: the diagram drawn again with native SVG text (mermaid's
 * htmlLabels off, from the view's export text) so office suites and converters
 * that ignore foreignObject show the labels, on a light page when the user chose
 * it (else the panel's theme), with its background painted in.
 */
async function exportableSvg(light: boolean): Promise<{ text: string; w: number; h: number } | null> {
  if (!current) return null;
  const theme = light ? 'light' : current.theme;
  const text = current.exportMermaid?.[theme];
  let markup: string;
  if (text) markup = await renderMermaid(oriented(text), theme, 'infra-notes-export', undefined, { htmlLabels: false });
  else {
    const shown = svgEl();
    if (!shown) return null;
    markup = shown.outerHTML;
  }
  const holder = document.createElement('div');
  holder.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
  holder.innerHTML = markup;
  document.body.append(holder);
  try {
    const svg = holder.querySelector('svg');
    if (!svg) return null;
    const { w, h } = naturalSize(svg);
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    clone.setAttribute('width', String(Math.ceil(w)));
    clone.setAttribute('height', String(Math.ceil(h)));
    clone.removeAttribute('style');
    for (const g of clone.querySelectorAll('[tabindex]')) g.removeAttribute('tabindex');
    const vb = clone.viewBox.baseVal;
    const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    bg.setAttribute('x', String(vb?.x ?? 0));
    bg.setAttribute('y', String(vb?.y ?? 0));
    bg.setAttribute('width', '100%');
    bg.setAttribute('height', '100%');
    if (vb && vb.width > 0) {
      bg.setAttribute('width', String(vb.width));
      bg.setAttribute('height', String(vb.height));
    }
    bg.setAttribute('fill', theme === 'light' ? '#ffffff' : themeBackground());
    bg.setAttribute('class', 'infra-notes-background');
    clone.insertBefore(bg, clone.firstChild);
    const out = new XMLSerializer().serializeToString(clone);
    return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${out}`, w, h };
  } finally {
    holder.remove();
  }
}

/** The editor's background (VS Code's variable), else the body's, else VS Code's default dark. */
function themeBackground(): string {
  const style = getComputedStyle(document.body);
  const v = style.getPropertyValue('--vscode-editor-background').trim();
  if (v) return v;
  const b = style.backgroundColor;
  return b && b !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(b) ? b : '#1e1e1e';
}

function toBase64Utf8(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

async function pngOf(svg: { text: string; w: number; h: number }): Promise<Blob> {
  const img = new Image();
  await new Promise<void>((ok, ko) => {
    img.onload = () => ok();
    img.onerror = () => ko(new Error('the SVG could not be loaded as an image'));
    img.src = `data:image/svg+xml;base64,${toBase64Utf8(svg.text)}`;
  });
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(svg.w * scale);
  canvas.height = Math.ceil(svg.h * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((ok, ko) => canvas.toBlob((b) => (b ? ok(b) : ko(new Error('no PNG'))), 'image/png'));
}

async function blobBase64(b: Blob): Promise<string> {
  const bytes = new Uint8Array(await b.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

const announceBox = document.getElementById('announce');
function announce(text: string): void {
  if (announceBox) announceBox.textContent = text;
  document.body.dataset['copied'] = text;
}

async function exportImage(format: 'svg' | 'png', o: { clipboard?: boolean; light?: boolean } = {}): Promise<void> {
  await rendering;
  try {
    const svg = await exportableSvg(o.light ?? lightBox.checked);
    if (!svg) return;
    if (format === 'svg') {
      // The extension puts SVG text on the clipboard (the webview's clipboard takes no SVG everywhere).
      post(o.clipboard ? { type: 'export', format, data: svg.text, clipboard: true } : { type: 'export', format, data: svg.text });
      return;
    }
    const png = await pngOf(svg);
    if (o.clipboard) {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      announce(strings.copied.replace('{0}', 'PNG'));
      post({ type: 'export', format, data: '', clipboard: true });
      return;
    }
    post({ type: 'export', format, data: await blobBase64(png) });
  } catch (e) {
    post({ type: 'error', message: errorText(e) });
  }
}

window.addEventListener('message', (e: MessageEvent<unknown>) => {
  const msg = e.data;
  if (!isExtensionToDiagram(msg)) return;
  switch (msg.type) {
    case 'init':
      strings = { ...strings, ...msg.strings };
      applyStrings();
      break;
    case 'update':
      rendering = update(msg);
      break;
    case 'empty':
      showEmpty();
      break;
    case 'requestExport':
      void exportImage(msg.format, { clipboard: msg.clipboard, light: msg.light });
      break;
  }
});

window.addEventListener('resize', () => {
  if (current && current.nodes.length && isNarrow() !== drawnNarrow) {
    reorient = true;
    void update(current);
    return;
  }
  if (current && autoFit) fit();
});

applyView(true);
applyStrings();
post({ type: 'ready' });
