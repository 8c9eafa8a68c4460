/**
 * The Markdown preview half that runs in the extension host: a markdown-it
 * plugin that writes each ```topology block's escaped source into a marked
 * element, with the user's rule severities (the `infraNotes.rules` setting) in
 * a `data-rules` attribute. Nothing is parsed or rendered here; the preview
 * script (media/preview/index.ts, in the preview's browser, which cannot reach
 * the language server) checks each block with the same core function and config.
 */
import type markdownIt from 'markdown-it';
import { escapeAttr, readRuleConfig } from '../../server/src/core';

/** A markdown-it instance (the package's default export is a factory). */
export type MarkdownIt = ReturnType<typeof markdownIt>;

/** Class of the element that holds one design in the preview's HTML. */
export const TOPOLOGY_CLASS = 'infra-notes-topology';
/** Class of the `<pre>` inside it that holds the block's source text. */
export const SOURCE_CLASS = 'infra-notes-source';

function firstWord(info: string): string {
  return info.trim().split(/\s+/, 1)[0] ?? '';
}

/** Attribute of the element that holds the rule severities (JSON of `{ rule: severity }`). */
export const RULES_ATTR = 'data-rules';

/** Class of the link that opens a design in the diagram panel. */
export const OPEN_CLASS = 'infra-notes-open';
/** Path of the extension URI the link opens (client/src/openFromPreview.ts handles it). */
export const OPEN_DIAGRAM_PATH = '/open-diagram';

/** What the "open in the diagram panel" link needs: this VS Code's URI scheme, the extension's id, and its words. */
export interface OpenLink {
  /** `vscode.env.uriScheme` (vscode, vscode-insiders, …). */
  scheme: string;
  /** publisher.name: the authority VS Code routes to the extension's URI handler. */
  extensionId: string;
  /** Visible text of the link. */
  text: string;
  /** Its title and accessible name. */
  title: string;
}

/** Which design a link opens: the note, the 0-based index of its topology block, the fence's line and the block's title. */
export interface OpenDiagramTarget {
  note: string;
  index: number;
  line: number | null;
  title: string;
}

/**
 * The URI of the link that opens a design in the diagram panel:
 * `SCHEME://PUBLISHER.NAME/open-diagram?d=BASE64URL(JSON)`. The target travels as
 * base64url so that nothing in a note's URI or a title (`&`, `=`, `%`, `#`) can be
 * mangled by the URI's decoding; the handler validates every field.
 */
export function openDiagramUri(scheme: string, extensionId: string, t: OpenDiagramTarget): string {
  const d = Buffer.from(JSON.stringify({ note: t.note, index: t.index, line: t.line, title: t.title }), 'utf8').toString('base64url');
  return `${scheme}://${extensionId}${OPEN_DIAGRAM_PATH}?d=${d}`;
}

/**
 * Whether the Markdown preview can follow a link of the scheme `uriScheme` to the
 * extension's URI handler. The preview is a webview: it follows `vscode:` links
 * everywhere, and links of the product's own scheme only on the desktop (a browser
 * build such as code-server, whose scheme is `code-oss`, drops them). Elsewhere no
 * link is drawn, rather than one that does nothing.
 */
export function previewFollows(uiKind: 'desktop' | 'web', uriScheme: string): boolean {
  return /^[a-z][a-z0-9+.-]*$/.test(uriScheme) && (uiKind === 'desktop' || uriScheme === 'vscode');
}

/** The note a render is for: VS Code's preview and `markdown.api.render` put its URI in `env.currentDocument`. */
function currentDocument(env: unknown): string | null {
  if (env === null || typeof env !== 'object') return null;
  const doc = (env as { currentDocument?: unknown }).currentDocument;
  if (doc === undefined || doc === null) return null;
  const s = typeof doc === 'string' ? doc : typeof (doc as { toString?: unknown }).toString === 'function' ? String(doc) : '';
  return /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : null;
}

/**
 * Makes markdown-it render ```topology fences as
 * `<div class="infra-notes-topology" data-title="…" data-rules="{…}"><pre class="infra-notes-source">SOURCE</pre></div>`
 * (everything escaped) and hands every other fence to the previous fence rule.
 * `rules` reads the user's rule severities at render time (the setting may change),
 * once per render of the note, not once per block: a note with thousands of
 * designs renders in the extension host, and nothing per block may be costly here
 * (no parsing, no analysis, no settings lookup).
 */
export function topologyMarkdownItPlugin(md: MarkdownIt, rules: () => unknown = () => ({}), openLink: () => OpenLink | null = () => null): MarkdownIt {
  const previous = md.renderer.rules.fence;
  /** Per render: the link's words and scheme (null: no link), the note, and how many topology blocks came before. */
  const renders = new WeakMap<object, { link: OpenLink | null; note: string | null; count: number }>();
  const renderOf = (env: unknown): { link: OpenLink | null; note: string | null; count: number } => {
    const key = env !== null && typeof env === 'object' ? env : null;
    let r = key ? renders.get(key) : undefined;
    if (!r) {
      const note = currentDocument(env);
      r = { link: note ? openLink() : null, note, count: 0 };
      if (key) renders.set(key, r);
    }
    return r;
  };
  /** The rules attribute's value (or null) per render: markdown-it hands every rule of one render the same env object. */
  const rulesOfRender = new WeakMap<object, string | null>();
  const rulesAttr = (env: unknown): string | null => {
    const key = env !== null && typeof env === 'object' ? env : null;
    const known = key ? rulesOfRender.get(key) : undefined;
    if (known !== undefined) return known;
    const config = readRuleConfig(rules());
    const value = Object.keys(config).length ? escapeAttr(JSON.stringify(config)) : null;
    if (key) rulesOfRender.set(key, value);
    return value;
  };
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (firstWord(token.info) !== 'topology') {
      return previous ? previous(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    }
    const esc = escapeAttr;
    const info = md.utils.unescapeAll(token.info).trim();
    const title = info.slice('topology'.length).trim();
    const attrs: string[] = [];
    // VS Code's preview puts data-line / class code-line on block tokens for scroll sync; keep them.
    const classes = [TOPOLOGY_CLASS];
    const extraClass = token.attrGet('class');
    if (extraClass !== null && extraClass !== '') classes.push(String(extraClass));
    attrs.push(`class="${esc(classes.join(' '))}"`);
    const lineAttr = token.attrGet('data-line');
    const dataLine = lineAttr !== null ? String(lineAttr) : token.map ? String(token.map[0]) : null;
    if (dataLine !== null && /^\d+$/.test(dataLine)) attrs.push(`data-line="${dataLine}"`);
    attrs.push(`data-title="${esc(title)}"`);
    const rulesValue = rulesAttr(env);
    if (rulesValue !== null) attrs.push(`${RULES_ATTR}="${rulesValue}"`);
    if (token.map) {
      const contentLines = token.content.length ? token.content.replace(/\n$/, '').split('\n').length : 0;
      const closed = token.map[0] + 1 + contentLines < token.map[1];
      if (!closed) attrs.push('data-closed="false"');
    }
    // The control that opens this design in the diagram panel (only when the render knows its note and the preview can follow the link).
    const r = renderOf(env);
    const index = r.count++;
    let control = '';
    if (r.link && r.note) {
      const href = openDiagramUri(r.link.scheme, r.link.extensionId, { note: r.note, index, line: token.map ? token.map[0] : null, title });
      control =
        `<div class="infra-notes-toolbar"><a class="${OPEN_CLASS}" href="${esc(href)}" title="${esc(r.link.title)}" aria-label="${esc(r.link.title)}">` +
        `<span aria-hidden="true">⤢</span> ${esc(r.link.text)}</a></div>`;
    }
    return `<div ${attrs.join(' ')}>${control}<pre class="${SOURCE_CLASS}">${esc(token.content)}</pre></div>\n`;
  };
  return md;
}
