/**
 * The diagram webview's HTML and the update message it draws. Pure (no vscode
 * import) so the browser tests load exactly this page, with exactly this CSP,
 * fed exactly the messages the panel sends.
 */
import { checkedBlock, escapeAttr, type Finding, findTopologyBlocks, type Locale, pageCsp, pageHead, toMermaidDiagram } from '../../server/src/core';
import type { DiagramFinding, DiagramUpdateMessage } from '../../media/messages';

/** What a webview page needs from its panel (the diagram's and the simulation's alike). */
export interface WebviewHtmlOptions {
  /** A fresh random nonce for the one script. */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** Webview URI of the page's script in out/media. */
  scriptUri: string;
  /** Webview URI of the page's stylesheet. */
  styleUri: string;
  locale: 'en' | 'ko';
}

/**
 * A webview page: the core's head with its CSP (one nonced script, no eval,
 * nothing fetched but the extension's own files), one stylesheet, `body`
 * (HTML), then the one script.
 */
export function webviewPage(o: WebviewHtmlOptions, title: string, body: string): string {
  return `${pageHead(o.locale, pageCsp(o.nonce, o.cspSource))}
<link rel="stylesheet" href="${escapeAttr(o.styleUri)}">
<title>${escapeAttr(title)}</title>
</head>
<body>
${body}
<script nonce="${escapeAttr(o.nonce)}" src="${escapeAttr(o.scriptUri)}"></script>
</body>
</html>
`;
}

/** The diagram webview's page: toolbar, errors, the pannable diagram, findings. Strings arrive in the init message. */
export function diagramHtml(o: WebviewHtmlOptions): string {
  return webviewPage(
    o,
    'Infra Notes diagram',
    `<div id="toolbar" role="toolbar">
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
<ul id="findings"></ul>`,
  );
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
  const { design, findings, errors, others } = checkedBlock(b, (e) => console.error('[infra-notes] checkDesign failed', e));
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
    errors: errors.map(toUi),
    findings: others.map(toUi),
  };
}
