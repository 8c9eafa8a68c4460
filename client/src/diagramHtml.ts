/**
 * The diagram webview's HTML and the update message it draws. Pure (no vscode
 * import) so the browser tests load exactly this page, with exactly this CSP,
 * fed exactly the messages the panel sends.
 */
import { findTopologyBlocks } from '../../server/src/core/fences';
import { toMermaidDiagram } from '../../server/src/core/mermaid';
import { parseDesign } from '../../server/src/core/parser';
import { checkDesign } from '../../server/src/core/rules/index';
import type { Finding, Locale } from '../../server/src/core/types';
import type { DiagramFinding, DiagramUpdateMessage } from '../../media/messages';

export interface DiagramHtmlOptions {
  /** A fresh random nonce for the one script. */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** Webview URI of out/media/diagram.js. */
  scriptUri: string;
  /** Webview URI of media/diagram.css. */
  styleUri: string;
  locale: 'en' | 'ko';
}

function escAttr(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The Content-Security-Policy of the diagram webview. Styles need
 * 'unsafe-inline': mermaid writes a `<style>` element and `style` attributes
 * into every SVG it draws and cannot put a nonce on them. Nothing else is inline,
 * nothing is evaluated, nothing is fetched but the extension's own files.
 */
export function diagramCsp(nonce: string, cspSource: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

/** The diagram webview's page: toolbar, errors, the pannable diagram, findings. Strings arrive in the init message. */
export function diagramHtml(o: DiagramHtmlOptions): string {
  const nonce = escAttr(o.nonce);
  return `<!DOCTYPE html>
<html lang="${o.locale === 'ko' ? 'ko' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escAttr(diagramCsp(o.nonce, o.cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escAttr(o.styleUri)}">
<title>Infra Notes diagram</title>
</head>
<body>
<div id="toolbar" role="toolbar">
  <span id="title"></span>
  <span class="spacer"></span>
  <button type="button" id="zoom-out" data-string="zoomOut" title="Zoom out">−</button>
  <button type="button" id="zoom-in" data-string="zoomIn" title="Zoom in">+</button>
  <button type="button" id="zoom-fit" data-string="zoomFit" title="Fit">⤢</button>
  <button type="button" id="zoom-reset" data-string="zoomReset" title="Actual size">1:1</button>
  <button type="button" id="export-svg" data-string="exportSvg" title="Export SVG">SVG</button>
  <button type="button" id="export-png" data-string="exportPng" title="Export PNG">PNG</button>
</div>
<div id="errors" role="alert" hidden></div>
<div id="viewport" tabindex="0" role="group" aria-label="Diagram"><div id="stage"></div></div>
<div id="empty" hidden></div>
<ul id="findings"></ul>
<script nonce="${nonce}" src="${escAttr(o.scriptUri)}"></script>
</body>
</html>
`;
}

/**
 * The `update` message for block `blockIndex` of a note (clamped to the last
 * block), or null when the note has no topology block. Lines are document lines.
 */
export function buildDiagramUpdate(
  noteText: string,
  blockIndex: number,
  uri: string,
  opts: { theme: 'light' | 'dark'; locale: Locale },
): DiagramUpdateMessage | null {
  const blocks = findTopologyBlocks(noteText);
  if (!blocks.length) return null;
  const index = Math.max(0, Math.min(blockIndex, blocks.length - 1));
  const b = blocks[index]!;
  const design = parseDesign({ ...b, closed: b.closeLine !== null });
  let checked: Finding[] = [];
  try {
    checked = checkDesign(design);
  } catch (e) {
    console.error('[infra-notes] checkDesign failed', e);
  }
  const findings = [...design.findings, ...checked];
  const { text, nodes } = toMermaidDiagram(design, findings, opts);
  const docLine = (l: number): number => (l < 0 ? b.fenceLine : b.firstLine + l);
  const toUi = (f: Finding): DiagramFinding => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message[opts.locale],
    line: docLine(f.span.line),
  });
  return {
    type: 'update',
    uri,
    blockIndex: index,
    title: b.title,
    mermaid: text,
    theme: opts.theme,
    nodes: nodes.map((n) => ({ id: n.id, name: n.name, line: docLine(n.line) })),
    errors: findings.filter((f) => f.severity === 'error').map(toUi),
    findings: findings.filter((f) => f.severity === 'warning' || f.severity === 'info').map(toUi),
  };
}
