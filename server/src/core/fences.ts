import MarkdownIt from 'markdown-it';

/** One line of a block's content, located in the document. */
export interface BlockLine {
  /** The text the language sees (container prefixes such as `> ` removed). */
  text: string;
  /** Document column where `text` starts. */
  col: number;
}

/** A fenced topology block found in a Markdown document. */
export interface FenceBlock {
  /** Document line of the opening fence. */
  fenceLine: number;
  /** Document line of the first content line (fenceLine + 1). */
  firstLine: number;
  /** Document line of the closing fence, or null when the fence runs to the end. */
  closeLine: number | null;
  /** The info string after `topology`, trimmed. */
  title: string;
  /** Column span of the title on the fence line, or null. */
  titleStart: number;
  titleEnd: number;
  lines: BlockLine[];
}

type Md = ReturnType<typeof MarkdownIt>;
let parser: Md | undefined;

/** Block-level CommonMark only: inline rules are disabled, they cannot change where fences are. */
function blockParser(): Md {
  if (!parser) {
    parser = new MarkdownIt('commonmark');
    parser.core.ruler.disable(['inline', 'text_join'], true);
  }
  return parser;
}

/** Splits text into lines the way LSP counts them (\r\n, \r, \n). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Whether a fence token's info string opens a topology design. */
export function isTopologyInfo(info: string): boolean {
  const first = info.trim().split(/\s+/, 1)[0] ?? '';
  return first === 'topology';
}

/**
 * Finds every fenced block whose info string's first word is `topology`,
 * exactly as markdown-it (CommonMark) reads fences: ``` or ~~~, any length,
 * up to 3 spaces of indent, inside lists and block quotes, unclosed to the end.
 */
export function findTopologyBlocks(text: string, lines: string[] = splitLines(text)): FenceBlock[] {
  return scanMarkdown(text, lines).blocks;
}

/** Line ranges [start, end) of every code block (fenced or indented): not prose. */
export interface CodeRange {
  start: number;
  end: number;
}

/** One block-level pass: the topology blocks and every code block's line range. */
export function scanMarkdown(text: string, lines: string[] = splitLines(text)): { blocks: FenceBlock[]; code: CodeRange[] } {
  // markdown-it turns \r\n and \r into \n; line numbers stay the same.
  const tokens = blockParser().parse(text, {});
  const blocks: FenceBlock[] = [];
  const code: CodeRange[] = [];
  for (const tok of tokens) {
    if ((tok.type === 'fence' || tok.type === 'code_block') && tok.map) code.push({ start: tok.map[0], end: tok.map[1] });
    if (tok.type !== 'fence' || !tok.map || !isTopologyInfo(tok.info)) continue;
    const [start, end] = tok.map;
    const fenceText = lines[start] ?? '';
    const contentLines = tok.content.length ? tok.content.replace(/\n$/, '').split('\n') : [];
    const contentCount = contentLines.length;
    // The content is every line between the fences; a closing fence occupies end-1.
    const closed = start + 1 + contentCount < end;
    const blockLines: BlockLine[] = [];
    for (let i = 0; i < contentCount; i++) {
      const raw = lines[start + 1 + i] ?? '';
      const stripped = contentLines[i] ?? '';
      // Container prefixes (`> `, list indent) come before the content: find where it starts.
      if (raw.endsWith(stripped)) {
        blockLines.push({ text: stripped, col: raw.length - stripped.length });
      } else {
        blockLines.push({ text: raw, col: 0 });
      }
    }
    // Content lines of a trailing empty unclosed block: markdown-it gives none; that is right.
    const infoIdx = fenceText.indexOf('topology');
    const afterWord = infoIdx >= 0 ? infoIdx + 'topology'.length : fenceText.length;
    const rest = fenceText.slice(afterWord);
    const lead = rest.length - rest.trimStart().length;
    const title = rest.trim();
    blocks.push({
      fenceLine: start,
      firstLine: start + 1,
      closeLine: closed ? end - 1 : null,
      title,
      titleStart: afterWord + lead,
      titleEnd: afterWord + lead + title.length,
      lines: blockLines,
    });
  }
  return { blocks, code };
}
