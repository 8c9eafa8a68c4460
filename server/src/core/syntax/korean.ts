/**
 * Korean particles chosen by the final syllable of the word they follow, so
 * messages read `db가`, `주문DB가`, `web-seoul이` — never `이(가)`. A word ending
 * in a Hangul syllable is judged by its final consonant (받침); a digit by how
 * it is read (`7` → 칠); a Latin word by how Korean engineers say it: an
 * acronym (all capitals, or no vowel: `DB`, `db`, `lb`) letter by letter
 * (디비, 엘비: a final l, m, n or r has a 받침), any other word as a word
 * (`web` → 웹, `seoul` → 서울, `redis` → 레디스: a final l, m, n, ng, b or p has
 * one). Names are the user's own, so this is a good guess, not a dictionary.
 */

/** Latin letters whose Korean reading ends in a consonant (l → 엘, m → 엠, n → 엔, r → 알). */
const LATIN_FINAL = new Set(['l', 'm', 'n', 'r']);
/** Digits whose Korean reading ends in a consonant: 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔. */
const DIGIT_FINAL = new Set(['0', '1', '3', '6', '7', '8']);

/** Whether the word ends in a final consonant; `rieul` when that consonant is ㄹ (for 으로/로). */
function finalOf(word: string): { has: boolean; rieul: boolean } {
  const w = word.replace(/[\s`'")\]}.,]+$/u, '');
  const ch = w.slice(-1);
  if (!ch) return { has: false, rieul: false };
  const code = ch.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return { has: jong !== 0, rieul: jong === 8 };
  }
  const c = ch.toLowerCase();
  if (/[0-9]/.test(c)) return DIGIT_FINAL.has(c) ? { has: true, rieul: c === '1' || c === '7' || c === '8' } : { has: false, rieul: false };
  if (!/[a-z]/.test(c)) return { has: false, rieul: false };
  const last = /[A-Za-z]+$/.exec(w)![0];
  const acronym = last === last.toUpperCase() || !/[aeiouy]/i.test(last);
  if (acronym) return LATIN_FINAL.has(c) ? { has: true, rieul: c === 'l' || c === 'r' } : { has: false, rieul: false };
  const lower = last.toLowerCase();
  if (c === 'l') return { has: true, rieul: true };
  if (c === 'm' || c === 'n' || c === 'b' || c === 'p' || lower.endsWith('ng')) return { has: true, rieul: false };
  return { has: false, rieul: false };
}

export type Particle = '이/가' | '은/는' | '을/를' | '과/와' | '으로/로' | '이다/다';

/** The word followed by the right form of the particle: josa('db', '이/가') → `db가`. */
export function josa(word: string, particle: Particle): string {
  const { has, rieul } = finalOf(word);
  switch (particle) {
    case '이/가':
      return word + (has ? '이' : '가');
    case '은/는':
      return word + (has ? '은' : '는');
    case '을/를':
      return word + (has ? '을' : '를');
    case '과/와':
      return word + (has ? '과' : '와');
    case '으로/로':
      return word + (has && !rieul ? '으로' : '로');
    case '이다/다':
      return word + (has ? '이다' : '다');
  }
}
