/**
 * Browser helpers shared by the preview script and the diagram webview:
 * theme detection from VS Code's body classes and a serialized mermaid renderer.
 */
import mermaid from 'mermaid';
import { mermaidConfig } from '../../server/src/core';
import { HA_LAYOUT, registerHaLayout } from './haLayout';

export type UiTheme = 'light' | 'dark';

/** The diagram theme for VS Code's body classes (vscode-light, vscode-dark, vscode-high-contrast[-light]). */
export function themeOfBody(body: HTMLElement = document.body): UiTheme {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light') || c.contains('vscode-light')) return 'light';
  if (c.contains('vscode-dark') || c.contains('vscode-high-contrast')) return 'dark';
  return 'light';
}

let configured: string | null = null;

function configure(theme: UiTheme, htmlLabels: boolean, layout: string = HA_LAYOUT): void {
  const key = `${theme} ${htmlLabels} ${layout}`;
  if (configured === key) return;
  registerHaLayout();
  mermaid.initialize({
    ...mermaidConfig(theme),
    // Our HA layout (haLayout.ts): tiers left to right, zones as bands, big tiers packed to fit the pane.
    layout,
    // HTML labels (mermaid's default): the only mode in which mermaid turns the
    // entity codes of escaped labels (#lt; …) back into characters everywhere;
    // strict mode sanitizes them, and Chromium draws them on a canvas untainted.
    // Exports ask for native SVG text (htmlLabels false): office suites ignore foreignObject.
    // A box's padding around its text 8 px (mermaid's 15): a design of dozens of nodes fits a pane at a larger scale.
    htmlLabels,
    flowchart: { htmlLabels, useMaxWidth: false, curve: 'basis', padding: 8 },
  });
  configured = key;
}

let chain: Promise<unknown> = Promise.resolve();
let counter = 0;

/**
 * Renders mermaid text to an SVG string. Calls are serialized (mermaid keeps
 * global state while rendering). Rejects with mermaid's error.
 * `stage`: the element mermaid measures the labels in (emptied first); by default
 * the body. A stage with CSS containment (`contain: strict`) keeps each of
 * mermaid's many forced layouts to the stage instead of the whole page, which
 * matters on a long note.
 */
export function renderMermaid(text: string, theme: UiTheme, idPrefix = 'infra-notes', stage?: HTMLElement, opts: { htmlLabels?: boolean } = {}): Promise<string> {
  const once = async (layout: string): Promise<string> => {
    configure(theme, opts.htmlLabels ?? true, layout);
    const id = `${idPrefix}-${counter++}`;
    try {
      const { svg } = await mermaid.render(id, text, stage);
      return svg;
    } finally {
      // mermaid leaves its scratch element behind when it fails.
      document.getElementById(`d${id}`)?.remove();
      document.getElementById(id)?.remove();
    }
  };
  const run = async (): Promise<string> => {
    try {
      return await once(HA_LAYOUT);
    } catch (e) {
      // Text mermaid cannot read fails the same with any layout; anything else is our layout's
      // fault, and the design is drawn with mermaid's own (dagre) rather than not at all.
      if (/\b(Parse|Lexical) error\b/i.test(errorText(e))) throw e;
      console.error('infra-notes: the HA layout failed; drawing with dagre', e);
      return once('dagre');
    }
  };
  const p = chain.then(run, run);
  chain = p.catch(() => undefined);
  return p;
}

/** mermaid's error as one readable line. */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}
