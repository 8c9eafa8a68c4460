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

const PUNCT: Record<string, TokKind> = { ':': 'colon', '=': 'eq', ',': 'comma', ';': 'semi' };

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\u3000';
}

/**
 * Splits a line into tokens. `#` starts a comment at the start of the line or
 * after white space, so `db#2` (an instance target) stays one word.
 */
export function lexLine(text: string, col: number): LexedLine {
  const toks: Tok[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      return { toks, comment: text.slice(i + 1), commentStart: col + i };
    }
    if (c === '-' && text[i + 1] === '>') {
      toks.push({ k: 'arrow', text: '->', start: col + i, end: col + i + 2 });
      i += 2;
      continue;
    }
    const p = PUNCT[c];
    if (p) {
      toks.push({ k: p, text: c, start: col + i, end: col + i + 1 });
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let out = '';
      let closed = false;
      while (j < n) {
        const d = text[j]!;
        if (d === '\\' && j + 1 < n) {
          out += text[j + 1];
          j += 2;
          continue;
        }
        if (d === '"') {
          closed = true;
          j++;
          break;
        }
        out += d;
        j++;
      }
      toks.push({ k: 'string', text: out, start: col + i, end: col + j, closed });
      i = j;
      continue;
    }
    let j = i;
    while (j < n) {
      const d = text[j]!;
      if (isSpace(d) || d === '"' || PUNCT[d] || (d === '-' && text[j + 1] === '>')) break;
      j++;
    }
    toks.push({ k: 'word', text: text.slice(i, j), start: col + i, end: col + j });
    i = j;
  }
  return { toks, comment: null, commentStart: -1 };
}
