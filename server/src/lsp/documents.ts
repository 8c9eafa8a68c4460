/**
 * The language server's document model: an open document kept as lines, so an
 * incremental change costs the lines it touches, not a copy of the note.
 */
import type { Position, Range as LspRange, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/**
 * An open document kept as an array of lines. The library's TextDocument keeps
 * one string and rebuilds it on every incremental change (a copy of the whole
 * note per keystroke: seconds for a storm of edits on a large note); here a
 * change replaces only the lines it touches, and unchanged lines stay the same
 * string objects, so the core's comparison with the previous version is cheap.
 * Same positions and clamping as the library (checked in test/protocol/robustness.test.ts).
 */
export class LineDocument implements TextDocument {
  private text_: string | undefined;
  private offsets_: number[] | undefined;
  private snapshot_: string[] | undefined;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    /** Line contents without their ends. */
    private content: string[],
    /** Each line's end: '\n', '\r\n', '\r', or '' for the last line. */
    private ends: string[],
    text?: string,
  ) {
    this.text_ = text;
  }

  static create(uri: string, languageId: string, version: number, text: string): LineDocument {
    const { content, ends } = splitKeepingEnds(text);
    return new LineDocument(uri, languageId, version, content, ends, text);
  }

  static update(doc: LineDocument, changes: TextDocumentContentChangeEvent[], version: number): LineDocument {
    for (const change of changes) doc.apply(change);
    doc.version = version;
    return doc;
  }

  get lineCount(): number {
    return this.content.length;
  }

  /** The lines as splitLines gives them; the same array until the next change. */
  lines(): string[] {
    return (this.snapshot_ ??= this.content.slice());
  }

  getText(range?: LspRange): string {
    const text = (this.text_ ??= joinLines(this.content, this.ends));
    if (!range) return text;
    return text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  getLineRange(line: number): LspRange {
    const last = this.content.length - 1;
    if (line > last) return { start: { line: last, character: 0 }, end: { line: last, character: this.content[last]!.length } };
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: { line, character: 0 }, end: { line, character: this.content[line]!.length } };
  }

  getEOLCharacters(line: number): string {
    return this.ends[line] ?? '';
  }

  offsetAt(position: Position): number {
    const offsets = this.offsets();
    if (position.line >= this.content.length) return offsets[this.content.length]!;
    if (position.line < 0) return 0;
    const start = offsets[position.line]!;
    return start + Math.max(0, Math.min(position.character, this.content[position.line]!.length));
  }

  positionAt(offset: number): Position {
    const offsets = this.offsets();
    offset = Math.max(0, Math.min(offset, offsets[this.content.length]!));
    let lo = 0;
    let hi = this.content.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(offset - offsets[lo]!, this.content[lo]!.length) };
  }

  /** Start offset of every line, and the text length at the end. */
  private offsets(): number[] {
    if (this.offsets_) return this.offsets_;
    const o = new Array<number>(this.content.length + 1);
    let at = 0;
    for (let i = 0; i < this.content.length; i++) {
      o[i] = at;
      at += this.content[i]!.length + this.ends[i]!.length;
    }
    o[this.content.length] = at;
    return (this.offsets_ = o);
  }

  private apply(change: TextDocumentContentChangeEvent): void {
    this.text_ = undefined;
    this.offsets_ = undefined;
    this.snapshot_ = undefined;
    if (!('range' in change) || !change.range) {
      const { content, ends } = splitKeepingEnds(change.text);
      this.content = content;
      this.ends = ends;
      this.text_ = change.text;
      return;
    }
    let { start, end } = change.range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
    const last = this.content.length - 1;
    const clamp = (p: Position): { line: number; ch: number } => {
      if (p.line > last) return { line: last, ch: this.content[last]!.length };
      if (p.line < 0) return { line: 0, ch: 0 };
      return { line: p.line, ch: Math.max(0, Math.min(p.character, this.content[p.line]!.length)) };
    };
    const s = clamp(start);
    const e = clamp(end);
    let from = s.line;
    let region = this.content[s.line]!.slice(0, s.ch) + change.text + this.content[e.line]!.slice(e.ch) + this.ends[e.line]!;
    // A '\n' right after a line ending in a lone '\r' joins it into one '\r\n'.
    if (from > 0 && this.ends[from - 1] === '\r' && region.startsWith('\n')) {
      from--;
      region = this.content[from]! + '\r' + region;
    }
    const { content, ends } = splitKeepingEnds(region);
    // The region ends with its last line's end (unless it is the document's last
    // line): the split then gives an empty remainder that is the next line's start.
    if (e.line < last) {
      content.pop();
      ends.pop();
    }
    spliceLarge(this.content, from, e.line - from + 1, content);
    spliceLarge(this.ends, from, e.line - from + 1, ends);
  }
}

/** Array splice without spreading a large insertion into arguments. */
function spliceLarge<T>(arr: T[], start: number, deleteCount: number, items: T[]): void {
  if (items.length < 10000) {
    arr.splice(start, deleteCount, ...items);
    return;
  }
  const tail = arr.slice(start + deleteCount);
  arr.length = start;
  for (const x of items) arr.push(x);
  for (const x of tail) arr.push(x);
}

function splitKeepingEnds(text: string): { content: string[]; ends: string[] } {
  const content: string[] = [];
  const ends: string[] = [];
  const re = /\r\n|\r|\n/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    content.push(text.slice(at, m.index));
    ends.push(m[0]);
    at = m.index + m[0].length;
  }
  content.push(text.slice(at));
  ends.push('');
  return { content, ends };
}

function joinLines(content: string[], ends: string[]): string {
  const parts = new Array<string>(content.length * 2);
  for (let i = 0; i < content.length; i++) {
    parts[2 * i] = content[i]!;
    parts[2 * i + 1] = ends[i]!;
  }
  return parts.join('');
}
