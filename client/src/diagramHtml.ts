/**
 * The diagram webview's HTML and the update message it draws. Pure (no vscode
 * import) so the browser tests load exactly this page, with exactly this CSP,
 * fed exactly the messages the panel sends.
 */
import { type DiagramView, escapeAttr, pageCsp, pageHead, type ViewFinding } from '../../server/src/core';
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
  <button type="button" id="copy-svg" data-string="copySvg" title="Copy SVG">⧉ SVG</button>
  <button type="button" id="copy-png" data-string="copyPng" title="Copy PNG">⧉ PNG</button>
  <label id="light-label"><input type="checkbox" id="light-bg"> <span data-text="lightBackground">Light background</span></label>
</div>
<div id="errors" role="alert" hidden></div>
<div id="viewport" tabindex="0" role="group" aria-label="Diagram"><div id="stage"></div></div>
<div id="empty" hidden></div>
<div id="announce" class="sr-only" role="status" aria-live="polite"></div>
<details id="findings-box" hidden><summary id="findings-summary"></summary><ul id="findings"></ul></details>`,
  );
}

/** The `update` message for a diagram view the language server computed (lines are document lines). */
export function buildDiagramUpdate(view: DiagramView, uri: string, theme: 'light' | 'dark'): DiagramUpdateMessage {
  const toUi = (f: ViewFinding): DiagramFinding => ({ rule: f.rule, severity: f.severity, message: f.message, line: f.line });
  return {
    type: 'update',
    uri,
    blockIndex: view.designIndex,
    title: view.title,
    mermaid: view.mermaid,
    exportMermaid: view.exportMermaid,
    theme,
    nodes: view.nodes.map((n) => ({ id: n.id, name: n.name, line: n.line })),
    errors: view.errors.map(toUi),
    findings: view.findings.map(toUi),
  };
}
