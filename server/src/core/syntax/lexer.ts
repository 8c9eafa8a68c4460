/** Tokens of one topology line. Columns are document columns (UTF-16). */
export type TokKind = 'word' | 'string' | 'colon' | 'eq' | 'comma' | 'semi' | 'arrow';

export interface Tok {
  k: TokKind;
  /** For strings: the unquoted, unescaped text. */
  text: string;
  start: number;
  end: number;
  /** For strings: whether the closing quote was found. */
  closed?: boolean;
}

export interface LexedLine {
  toks: Tok[];
  /** The comment after `#`, without the `#`, or null. */
  comment: string | null;
  commentStart: number;
}

// Character codes.
const SPACE = 32;
const TAB = 9;
const VT = 11;
const FF = 12;
const NBSP = 0xa0;
const IDEO_SPACE = 0x3000;
const HASH = 35; // #
const QUOTE = 34; // "
const BACKSLASH = 92; // \
const DASH = 45; // -
const GT = 62; // >
const COLON = 58; // :
const EQ = 61; // =
const COMMA = 44; // ,
const SEMI = 59; // ;

function isSpaceCode(c: number): boolean {
  return c === SPACE || c === TAB || c === FF || c === VT || c === NBSP || c === IDEO_SPACE;
}

/** The kind of a one-character punctuation token, or null. */
function punctOf(c: number): TokKind | null {
  switch (c) {
    case COLON:
      return 'colon';
    case EQ:
      return 'eq';
    case COMMA:
      return 'comma';
    case SEMI:
      return 'semi';
    default:
      return null;
  }
}

const PUNCT_TEXT: Record<string, string> = { colon: ':', eq: '=', comma: ',', semi: ';' };

/**
 * Punctuation that Korean (and other CJK) input methods type in place of the ASCII
 * the language uses: full-width `：` `＝` `，` `；`, the ideographic comma `、`, and
 * arrows `→` `⟶` `⇒` `－＞`. The lexer reads each as what it stands for, so the
 * design still means what the writer meant, and records it so the parser can say so.
 */
const WIDE_PUNCT: Record<number, TokKind> = { 0xff1a: 'colon', 0xff1d: 'eq', 0xff0c: 'comma', 0x3001: 'comma', 0xff1b: 'semi' };
const WIDE_ARROWS = new Set([0x2192, 0x27f6, 0x21d2]);
const FW_DASH = 0xff0d;
const QMARK = 0x3f;
const FW_GT = 0xff1e;

/** A full-width or look-alike punctuation mark the lexer read as ASCII. */
export interface WidePunct {
  start: number;
  end: number;
  /** What was typed. */
  text: string;
  /** The ASCII it stands for. */
  ascii: string;
}

function isWide(c: number, next: number): boolean {
  return WIDE_PUNCT[c] !== undefined || WIDE_ARROWS.has(c) || (c === FW_DASH && (next === FW_GT || next === GT)) || (c === DASH && next === FW_GT);
}

/**
 * A reusable line lexer: it fills `toks` with token objects it owns and reuses
 * from line to line (no allocation per token once warm). The tokens are valid
 * until the next `lex` call; copy what must outlive the line. Same tokens as
 * lexLine.
 */
export class LineLexer {
  /** The tokens of the last line lexed. */
  readonly toks: Tok[] = [];
  /** The comment after `#`, without the `#`, or null. */
  comment: string | null = null;
  commentStart = -1;
  /** Whether the line has an `->` token. */
  hasArrow = false;
  /** Full-width or look-alike punctuation read as ASCII on the last line lexed (usually empty). */
  readonly wide: WidePunct[] = [];
  private readonly pool: Tok[] = [];
  private count = 0;

  private tok(k: TokKind, text: string, start: number, end: number, closed: boolean): void {
    let t = this.pool[this.count];
    if (t === undefined) {
      t = { k, text, start, end, closed };
      this.pool.push(t);
    } else {
      t.k = k;
      t.text = text;
      t.start = start;
      t.end = end;
      t.closed = closed;
    }
    this.toks[this.count++] = t;
  }

  /**
   * Splits a line into tokens. `#` starts a comment at the start of the line or
   * after white space, so `db#2` (an instance target) stays one word.
   */
  lex(text: string, col: number): void {
    this.count = 0;
    this.comment = null;
    this.commentStart = -1;
    this.hasArrow = false;
    this.wide.length = 0;
    let i = 0;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) {
        i++;
        continue;
      }
      if (c === HASH) {
        this.comment = text.slice(i + 1);
        this.commentStart = col + i;
        break;
      }
      if (c === DASH && i + 1 < n && text.charCodeAt(i + 1) === GT) {
        this.tok('arrow', '->', col + i, col + i + 2, false);
        this.hasArrow = true;
        i += 2;
        continue;
      }
      if (isWide(c, i + 1 < n ? text.charCodeAt(i + 1) : -1)) {
        const len = WIDE_PUNCT[c] !== undefined || WIDE_ARROWS.has(c) ? 1 : 2;
        const k: TokKind = WIDE_PUNCT[c] ?? 'arrow';
        const ascii = k === 'arrow' ? '->' : PUNCT_TEXT[k]!;
        this.tok(k, ascii, col + i, col + i + len, false);
        if (k === 'arrow') this.hasArrow = true;
        this.wide.push({ start: col + i, end: col + i + len, text: text.slice(i, i + len), ascii });
        i += len;
        continue;
      }
      const p = punctOf(c);
      if (p !== null) {
        this.tok(p, PUNCT_TEXT[p]!, col + i, col + i + 1, false);
        i++;
        continue;
      }
      if (c === QUOTE) {
        let j = i + 1;
        let out = '';
        let from = j;
        let closed = false;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === BACKSLASH && j + 1 < n) {
            out += text.slice(from, j) + text[j + 1];
            j += 2;
            from = j;
            continue;
          }
          if (d === QUOTE) {
            closed = true;
            break;
          }
          j++;
        }
        out += text.slice(from, j);
        if (closed) j++;
        this.tok('string', out, col + i, col + j, closed);
        i = j;
        continue;
      }
      let j = i;
      // A URL's query string (`health-check=/v1/sys/health?standbyok=true`): its `=` and `&` belong to the word, once a
      // `?` has been read in it (round 62b: Vault's documented load-balancer check was a syntax error).
      let query = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === QMARK) query = true;
        else if (d === EQ && query) {
          j++;
          continue;
        }
        if (isSpaceCode(d) || d === QUOTE || d === COLON || d === EQ || d === COMMA || d === SEMI || (d === DASH && j + 1 < n && text.charCodeAt(j + 1) === GT)) break;
        if (d > 0x7f && isWide(d, j + 1 < n ? text.charCodeAt(j + 1) : -1)) break;
        if (d === DASH && j + 1 < n && text.charCodeAt(j + 1) === FW_GT) break;
        j++;
      }
      this.tok('word', text.slice(i, j), col + i, col + j, false);
      i = j;
    }
    if (this.toks.length !== this.count) this.toks.length = this.count;
  }
}

/**
 * Splits a line into tokens. `#` starts a comment at the start of the line or
 * after white space, so `db#2` (an instance target) stays one word.
 */
export function lexLine(text: string, col: number): LexedLine {
  const lx = new LineLexer();
  lx.lex(text, col);
  // Fresh token objects in the shape callers have always seen (`closed` on strings only).
  const toks: Tok[] = lx.toks.map((t) => (t.k === 'string' ? { k: t.k, text: t.text, start: t.start, end: t.end, closed: t.closed } : { k: t.k, text: t.text, start: t.start, end: t.end }));
  return { toks, comment: lx.comment, commentStart: lx.commentStart };
}
