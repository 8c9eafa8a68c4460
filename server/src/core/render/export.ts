/**
 * Diagrams other renderers understand, written into the note itself: after each
 * closed topology block, a plain ```mermaid block (GitHub, GitLab, velog, Obsidian
 * draw it) and optionally an image link, between two marker comments. Running it
 * again replaces what is between the markers and nothing else, so it is idempotent
 * and never touches what the user wrote.
 *
 * Pure: text in, text out. The CLI (`infra-notes export`) and the editor command
 * write the result; the images are drawn by whoever has a browser.
 */
import { findTopologyBlocks, splitLines, type FenceBlock } from '../syntax/fences';
import type { Locale } from '../syntax/ast';
import { toMermaidDiagram } from './mermaid';
import { checkedBlock } from '../rules/checked';
import type { RuleConfig } from '../rules/config';

export const EXPORT_BEGIN = '<!-- infra-notes:diagram:begin';
export const EXPORT_END = '<!-- infra-notes:diagram:end -->';

const BEGIN_TEXT = {
  en: `${EXPORT_BEGIN} (generated from the topology block above by infra-notes export; edits here are replaced) -->`,
  ko: `${EXPORT_BEGIN} (위 topology 블록에서 infra-notes export가 만든 그림입니다. 여기를 고쳐도 다시 만들 때 바뀝니다) -->`,
};

export interface ExportOptions {
  locale?: Locale;
  /** Rule severities, as everywhere else (the setting, `.infra-notes.json`, `--rule`): what the picture marks. */
  rules?: RuleConfig;
  /** Write the ```mermaid block (default true). */
  mermaid?: boolean;
  /**
   * An image per design: the path to link, relative to the note, for block `index`
   * (0-based among the note's topology blocks), or null for no image.
   */
  image?: (index: number, block: FenceBlock) => string | null;
}

/** One design's exported picture. */
export interface ExportedBlock {
  /** 0-based among the note's topology blocks. */
  index: number;
  title: string;
  /** The portable mermaid text (no directives, no click handlers, no HTML labels). */
  mermaid: string;
  /** The image path linked, when asked. */
  image: string | null;
}

export interface ExportResult {
  text: string;
  changed: boolean;
  blocks: ExportedBlock[];
  /** Blocks left alone, with why (en/ko): an unclosed fence, a begin marker without its end. */
  skipped: { index: number; line: number; reason: { en: string; ko: string } }[];
}

/** The portable mermaid of one block: light colours (readable on white and on GitHub's dark page), no layout directives. */
export function portableMermaid(b: FenceBlock, locale: Locale, rules?: RuleConfig): string {
  const { design, findings } = checkedBlock(b, { rules });
  return toMermaidDiagram(design, findings, { theme: 'light', locale, target: 'portable' }).text;
}

/** What stands before the fence on its line (block quote `>`s, list indentation), for lines put next to it. */
function containerPrefix(line: string, b: FenceBlock): string {
  const fence = /(`{3,}|~{3,})/.exec(line);
  const col = b.lines[0]?.col ?? fence?.index ?? 0;
  return line.slice(0, Math.min(col, fence?.index ?? col)).replace(/[^>\s]/g, ' ');
}

/** Image alt text: the title without what would end it. */
function altText(title: string, index: number): string {
  const t = title.replace(/[[\]\\\r\n]/g, ' ').trim();
  return t || `design ${index + 1}`;
}

/** Writes (or refreshes) the generated block after every closed topology block of a note. */
export function exportNote(text: string, options: ExportOptions = {}): ExportResult {
  const locale = options.locale ?? 'en';
  const wantMermaid = options.mermaid ?? true;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const lines = splitLines(text);
  const blocks = findTopologyBlocks(text, lines);
  const out: ExportedBlock[] = [];
  const skipped: ExportResult['skipped'] = [];
  // Replacements, applied bottom-up: [first line, last line exclusive, new lines].
  const edits: { from: number; to: number; lines: string[] }[] = [];
  blocks.forEach((b, index) => {
    if (b.closeLine === null) {
      skipped.push({ index, line: b.fenceLine, reason: { en: 'the block has no closing fence', ko: '블록에 닫는 펜스가 없습니다' } });
      return;
    }
    const prefix = containerPrefix(lines[b.fenceLine] ?? '', b);
    const bare = (l: string): string => (l.startsWith(prefix.trimEnd()) ? l.slice(prefix.trimEnd().length) : l).trim();
    const limit = blocks[index + 1]?.fenceLine ?? lines.length;
    // An earlier export: blank lines, then the begin marker right after the block.
    const from = b.closeLine + 1;
    let to = from;
    let k = from;
    while (k < limit && bare(lines[k]!) === '') k++;
    if (k < limit && bare(lines[k]!).startsWith(EXPORT_BEGIN)) {
      let e = k + 1;
      while (e < limit && bare(lines[e]!) !== EXPORT_END) e++;
      if (e >= limit) {
        skipped.push({ index, line: k, reason: { en: 'its generated block has no end marker; fix or remove it by hand', ko: '만들어 둔 블록에 끝 표시가 없습니다. 직접 고치거나 지워 주세요' } });
        return;
      }
      to = e + 1;
    }
    const mermaid = portableMermaid(b, locale, options.rules);
    const image = options.image?.(index, b) ?? null;
    out.push({ index, title: b.title, mermaid, image });
    const body: string[] = [BEGIN_TEXT[locale]];
    if (wantMermaid) body.push('```mermaid', ...mermaid.replace(/\n$/, '').split('\n'), '```');
    if (image) body.push(`![${altText(b.title, index)}](${encodeURI(image)})`);
    body.push(EXPORT_END);
    const blank = prefix.includes('>') ? prefix.trimEnd() : '';
    const next = ['', ...body].map((l) => (prefix + l).trimEnd() || blank);
    // A fresh block before the user's next line gets a blank line after it; that line
    // is outside the markers, so a second run finds and keeps it: idempotent.
    if (to === from && from < lines.length && bare(lines[from]!) !== '') next.push(blank);
    edits.push({ from, to, lines: next });
  });
  const result = [...lines];
  for (const e of edits.reverse()) result.splice(e.from, e.to - e.from, ...e.lines);
  const newText = result.join(eol);
  return { text: newText, changed: newText !== text, blocks: out, skipped };
}
