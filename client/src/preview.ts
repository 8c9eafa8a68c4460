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

/**
 * Makes markdown-it render ```topology fences as
 * `<div class="infra-notes-topology" data-title="…" data-rules="{…}"><pre class="infra-notes-source">SOURCE</pre></div>`
 * (everything escaped) and hands every other fence to the previous fence rule.
 * `rules` reads the user's rule severities at render time (the setting may change),
 * once per render of the note, not once per block: a note with thousands of
 * designs renders in the extension host, and nothing per block may be costly here
 * (no parsing, no analysis, no settings lookup).
 */
export function topologyMarkdownItPlugin(md: MarkdownIt, rules: () => unknown = () => ({})): MarkdownIt {
  const previous = md.renderer.rules.fence;
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
    return `<div ${attrs.join(' ')}><pre class="${SOURCE_CLASS}">${esc(token.content)}</pre></div>\n`;
  };
  return md;
}
