/**
 * The typed messages between the extension host and every webview. One file so
 * both sides compile against the same union; each panel has its own pair of
 * unions, discriminated by `type`. Webview messages are untrusted input on the
 * extension's side: check them with the guards below before use.
 *
 * Pure types and guards only: imported by client/ (node) and media/ (browser).
 */

export type UiLocale = 'en' | 'ko';
export type UiSeverity = 'error' | 'warning' | 'info' | 'hint';

// ─── Diagram panel (client/src/diagramPanel.ts ⇄ media/diagram/main.ts) ───

/** Strings the diagram webview shows, localized by the extension (vscode.l10n). */
export interface DiagramStrings {
  zoomIn: string;
  zoomOut: string;
  zoomFit: string;
  zoomReset: string;
  exportSvg: string;
  exportPng: string;
  /** Shown when the active editor has no topology block at hand. */
  noDesign: string;
  /** Heading of the list of errors that keep the design from being valid. */
  errors: string;
  /** Heading of the list of HA findings. */
  findings: string;
  /** Prefix of mermaid's own error message. */
  renderFailed: string;
  /** `{0}` is a 1-based line number. */
  line: string;
  /** Accessible name of the diagram area. */
  diagram: string;
}

/** A drawn node: its mermaid id (n0, n1, …), name and declaration line. */
export interface DiagramNodeInfo {
  id: string;
  name: string;
  /** Document line (0-based) of the node's declaration. */
  line: number;
}

/** A finding as the webview lists it: already localized, on a document line. */
export interface DiagramFinding {
  rule: string;
  severity: UiSeverity;
  message: string;
  /** Document line (0-based). */
  line: number;
}

export interface DiagramInitMessage {
  type: 'init';
  locale: UiLocale;
  strings: DiagramStrings;
}

/** A design to show (sent on open, on every debounced edit, on cursor moves and theme changes). */
export interface DiagramUpdateMessage {
  type: 'update';
  /** The note's URI (string form). */
  uri: string;
  /** 0-based index of the block in the note. */
  blockIndex: number;
  title: string;
  /** Mermaid flowchart text from core/mermaid.ts. */
  mermaid: string;
  theme: 'light' | 'dark';
  nodes: DiagramNodeInfo[];
  /** Errors (syntax, references): the design is not valid. */
  errors: DiagramFinding[];
  /** Warnings and infos from the HA rules. */
  findings: DiagramFinding[];
}

/** Nothing to show: the editor has no topology block. */
export interface DiagramEmptyMessage {
  type: 'empty';
}

/** Asks the webview for the current image (the extension's export commands). */
export interface DiagramExportRequest {
  type: 'requestExport';
  format: 'svg' | 'png';
}

export type ExtensionToDiagram = DiagramInitMessage | DiagramUpdateMessage | DiagramEmptyMessage | DiagramExportRequest;

export interface DiagramReadyMessage {
  type: 'ready';
}

/** A node was clicked: reveal its declaration. */
export interface DiagramRevealMessage {
  type: 'reveal';
  uri: string;
  blockIndex: number;
  name: string;
  /** Document line (0-based). */
  line: number;
}

/** The rendered image, to be saved next to the note. */
export interface DiagramExportMessage {
  type: 'export';
  format: 'svg' | 'png';
  /** svg: the SVG document text; png: base64 of the PNG bytes (no data: prefix). */
  data: string;
}

/** Something failed in the webview (shown to the user, logged). */
export interface DiagramErrorMessage {
  type: 'error';
  message: string;
}

export type DiagramToExtension = DiagramReadyMessage | DiagramRevealMessage | DiagramExportMessage | DiagramErrorMessage;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Checks a message received from the diagram webview. */
export function isDiagramToExtension(v: unknown): v is DiagramToExtension {
  if (!isObj(v)) return false;
  switch (v['type']) {
    case 'ready':
      return true;
    case 'reveal':
      return (
        typeof v['uri'] === 'string' &&
        typeof v['name'] === 'string' &&
        Number.isInteger(v['line']) &&
        Number.isInteger(v['blockIndex'])
      );
    case 'export':
      return (v['format'] === 'svg' || v['format'] === 'png') && typeof v['data'] === 'string';
    case 'error':
      return typeof v['message'] === 'string';
    default:
      return false;
  }
}

/** Checks a message received by the diagram webview. */
export function isExtensionToDiagram(v: unknown): v is ExtensionToDiagram {
  if (!isObj(v)) return false;
  switch (v['type']) {
    case 'init':
      return isObj(v['strings']);
    case 'update':
      return typeof v['mermaid'] === 'string' && Array.isArray(v['nodes']) && Array.isArray(v['findings']) && Array.isArray(v['errors']);
    case 'empty':
      return true;
    case 'requestExport':
      return v['format'] === 'svg' || v['format'] === 'png';
    default:
      return false;
  }
}

// ─── Simulation panel (reserved for the simulation issue) ───
// Add `ExtensionToSimulation` / `SimulationToExtension` unions here, with
// `type` values prefixed `sim` or otherwise distinct from the diagram's, and
// their guards; then widen the two unions below.

/** Every message the extension sends to a webview. */
export type ExtensionToWebview = ExtensionToDiagram;
/** Every message a webview sends to the extension. */
export type WebviewToExtension = DiagramToExtension;
