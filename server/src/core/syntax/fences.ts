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
  /**
   * A fence with no language or a plain-text one (```` ``` ````, ```` ```text ````): notes
   * keep explanations there, so its content lines are prose for hovers. Not set for
   * fences of a programming language or indented code.
   */
  prose?: boolean;
}

/** Info strings of fences whose content is text, not code. */
const PROSE_INFO = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'md', 'markdown']);

/** The result of a block-level pass, kept so the next version can be scanned incrementally. */
export interface MarkdownScan {
  blocks: FenceBlock[];
  code: CodeRange[];
  /** Start line of every top-level block, ascending: where a scan can resume with no open container. */
  tops: number[];
}

/** One block-level pass: the topology blocks and every code block's line range. */
export function scanMarkdown(text: string, lines: string[] = splitLines(text)): MarkdownScan {
  // The text itself is what markdown-it would read when it has only \n line ends and no NUL: no copy needed.
  const whole = text.length > 0 && text.indexOf('\r') < 0 && text.indexOf('\0') < 0 && text.indexOf('\uFEFF') < 0 ? text : undefined;
  return scanWindow(lines, 0, lines.length, () => false, whole).scan;
}

/**
 * Scans `lines` (the new version) reusing `prev`, the scan of `prevLines` (the
 * previous version): only the region from the top-level block before the first
 * changed line up to the first unchanged top-level block start after the change
 * is parsed again, and the rest is shifted. The result equals scanMarkdown(lines).
 *
 * Why this is exact: markdown-it's root loop carries no state from one top-level
 * block to the next (references only matter to inline parsing, which is off), and
 * a block decides where it ends by looking at most at the next non-blank line,
 * which is the next block's start. So once the new parse starts a top-level block
 * on an unchanged line where the old parse also started one, everything after is
 * the old result moved by the change in line count.
 */
export function rescanMarkdown(prev: MarkdownScan, prevLines: string[], lines: string[]): MarkdownScan {
  const oldLen = prevLines.length;
  const newLen = lines.length;
  let a = 0;
  const maxCommon = Math.min(oldLen, newLen);
  while (a < maxCommon && prevLines[a] === lines[a]) a++;
  if (a === oldLen && a === newLen) return prev;
  let s = 0;
  while (s < maxCommon - a && prevLines[oldLen - 1 - s] === lines[newLen - 1 - s]) s++;
  const delta = newLen - oldLen;
  const newEnd = newLen - s; // first unchanged line after the change, new numbering
  if (delta === 0) {
    const typed = typedInBlock(prev, prevLines, lines, a, newEnd);
    if (typed) return typed;
  }
  // Resume from the top-level block before the one holding the first changed line:
  // that block looked at the changed line to decide where it ends.
  const tops = prev.tops;
  let k = upperBound(tops, a) - 1; // last top <= a
  k = Math.max(0, k - 1);
  const from = tops.length ? Math.min(tops[k]!, a) : 0;
  const oldTops = new Set<number>();
  for (let i = k; i < tops.length; i++) if (tops[i]! >= newEnd - delta) oldTops.add(tops[i]!);
  // Parse a window, growing it until the parse meets an old block start after the change.
  let span = Math.max(256, (newEnd - from) * 2);
  for (;;) {
    const to = Math.min(newLen, newEnd + span);
    const r = scanWindow(lines, from, to, (line) => line >= newEnd && oldTops.has(line - delta));
    if (r.resumeAt < 0 && to < newLen) {
      span *= 4;
      continue;
    }
    const cut = r.resumeAt < 0 ? Infinity : r.resumeAt - delta; // old numbering
    const shiftBlock = (b: FenceBlock): FenceBlock =>
      delta === 0 ? b : { ...b, fenceLine: b.fenceLine + delta, firstLine: b.firstLine + delta, closeLine: b.closeLine === null ? null : b.closeLine + delta };
    const blocks = prev.blocks.filter((b) => b.fenceLine < from);
    blocks.push(...r.scan.blocks);
    for (const b of prev.blocks) if (b.fenceLine >= cut) blocks.push(shiftBlock(b));
    const code = prev.code.filter((c) => c.start < from);
    code.push(...r.scan.code);
    for (const c of prev.code) if (c.start >= cut) code.push(delta === 0 ? c : { ...c, start: c.start + delta, end: c.end + delta });
    const newTops = tops.filter((t) => t < from);
    newTops.push(...r.scan.tops);
    for (const t of tops) if (t >= cut) newTops.push(t + delta);
    return { blocks, code, tops: newTops };
  }
}

/** A fence marker, however indented: a changed line that could open or close a fence. */
const FENCE_LIKE = /^\s*(?:`{3,}|~{3,})/;

/**
 * Typing inside one topology block (the common edit): lines [a, end) changed, none
 * added or removed. When the block's fence is at column 0 (so it is top level and its
 * content lines are the document's lines, verbatim) and no changed line, before or
 * after, looks like a fence marker, nothing but those lines of that block can have
 * changed: markdown-it reads everything up to the closing fence as content. Returns
 * null when that does not hold (the window scan then decides).
 */
function typedInBlock(prev: MarkdownScan, prevLines: string[], lines: string[], a: number, end: number): MarkdownScan | null {
  // The last block whose fence is at or before line a.
  let lo = 0;
  let hi = prev.blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prev.blocks[mid]!.fenceLine <= a) lo = mid + 1;
    else hi = mid;
  }
  const bi = lo - 1;
  const b = prev.blocks[bi];
  if (!b || b.closeLine === null || a < b.firstLine || end > b.closeLine) return null;
  const fence = prevLines[b.fenceLine]!;
  if (!(fence.startsWith('```') || fence.startsWith('~~~'))) return null;
  const blockLines = b.lines.slice();
  for (let i = a; i < end; i++) {
    const before = prevLines[i]!;
    const after = lines[i]!;
    const k = i - b.firstLine;
    const old = blockLines[k];
    // Content read verbatim, and nothing markdown-it would normalise (NUL, a byte-order mark) or split on.
    if (!old || old.col !== 0 || old.text !== before) return null;
    if (FENCE_LIKE.test(before) || FENCE_LIKE.test(after) || /[\0\r\n\uFEFF]/.test(after)) return null;
    blockLines[k] = { text: after, col: 0 };
  }
  const blocks = prev.blocks.slice();
  blocks[bi] = { ...b, lines: blockLines };
  return { blocks, code: prev.code, tops: prev.tops };
}

/** Index of the first element > x in an ascending array. */
function upperBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface BlockState {
  line: number;
  lineMax: number;
  tokens: Token[];
  skipEmptyLines(from: number): number;
}
type Token = ReturnType<Md['parse']>[number];
type BlockRule = (state: BlockState, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * markdown-it's root block loop (ParserBlock.tokenize) over lines [from, to),
 * stopping before a top-level block that `stopAt` accepts (resumeAt = its line).
 */
function scanWindow(lines: string[], from: number, to: number, stopAt: (line: number) => boolean, whole?: string): { scan: MarkdownScan; resumeAt: number } {
  const md = blockParser();
  const scan: MarkdownScan = { blocks: [], code: [], tops: [] };
  let src = whole;
  if (src === undefined) {
    src = lines.slice(from, to).join('\n');
    if (to < lines.length) src += '\n';
    // markdown-it's normalize step (\r\n and \r are already gone: lines are split).
    if (src.includes('\0')) src = src.replace(/\0/g, '\uFFFD');
    // A byte-order mark left at the start of a line (a file saved with one, or pasted) would hide
    // the fence after it: read it as the space it looks like (same length, so columns hold).
    if (src.includes('\uFEFF')) src = src.replace(/(^|\n)\uFEFF/g, '$1 ');
  }
  if (!src) return { scan, resumeAt: -1 };
  const tokens: Token[] = [];
  const State = md.block.State as unknown as new (src: string, md: Md, env: object, tokens: Token[]) => BlockState;
  const state = new State(src, md, {}, tokens);
  const rules = md.block.ruler.getRules('') as unknown as BlockRule[];
  const endLine = state.lineMax;
  let line = 0;
  let resumeAt = -1;
  while (line < endLine) {
    state.line = line = state.skipEmptyLines(line);
    if (line >= endLine) break;
    if (stopAt(line + from)) {
      resumeAt = line + from;
      break;
    }
    scan.tops.push(line + from);
    let ok = false;
    for (const rule of rules) {
      ok = rule(state, line, endLine, false);
      if (ok) break;
    }
    if (!ok || state.line <= line) throw new Error('markdown block scan made no progress');
    collect(tokens, 0, from, lines, scan);
    // No block rule looks back at an earlier top-level block's tokens: drop them (memory).
    tokens.length = 0;
    line = state.line;
  }
  return { scan, resumeAt };
}

/** Reads the fence and code tokens pushed since `first` into the scan (lines shifted by `offset`). */
function collect(tokens: Token[], first: number, offset: number, lines: string[], scan: MarkdownScan): void {
  for (let t = first; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if ((tok.type === 'fence' || tok.type === 'code_block') && tok.map) {
      const range: CodeRange = { start: tok.map[0] + offset, end: tok.map[1] + offset };
      if (tok.type === 'fence' && PROSE_INFO.has(tok.info.trim().split(/\s+/)[0]!.toLowerCase())) range.prose = true;
      scan.code.push(range);
    }
    if (tok.type !== 'fence' || !tok.map || !isTopologyInfo(tok.info)) continue;
    const start = tok.map[0] + offset;
    const end = tok.map[1] + offset;
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
    scan.blocks.push({
      fenceLine: start,
      firstLine: start + 1,
      closeLine: closed ? end - 1 : null,
      title,
      titleStart: afterWord + lead,
      titleEnd: afterWord + lead + title.length,
      lines: blockLines,
    });
  }
}
