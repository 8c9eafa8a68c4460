/**
 * Korean particles chosen by the final sound of the word before them, so that
 * messages read `db#1이`, `redis#2가`, `세션저장소를` rather than `이(가)`.
 * Hangul: by the last syllable's final consonant (ㄹ counts apart for 으로/로).
 * Digits and Latin letters: by how Korean engineers read them aloud
 * (1 일, 2 이, 3 삼 …; `db` 디비, `etcd` 이티시디, `node` 노드 …).
 */

type Pair = '이/가' | '을/를' | '은/는' | '과/와' | '으로/로' | '이다/다';

/** Final sound of a word: 'none', 'rieul' (ㄹ) or 'other' (any other final consonant). */
function finalSound(word: string): 'none' | 'rieul' | 'other' {
  const w = word.replace(/[`'")\]\s]+$/u, '');
  const c = w.charCodeAt(w.length - 1);
  if (Number.isNaN(c)) return 'none';
  if (c >= 0xac00 && c <= 0xd7a3) {
    const jong = (c - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  const ch = w[w.length - 1]!.toLowerCase();
  // Digits read in Sino-Korean: 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구.
  const digit: Record<string, 'none' | 'rieul' | 'other'> = { '0': 'other', '1': 'rieul', '2': 'none', '3': 'other', '4': 'none', '5': 'none', '6': 'other', '7': 'rieul', '8': 'rieul', '9': 'none' };
  if (ch in digit) return digit[ch]!;
  // Latin letters as read: l 엘, m 엠, n 엔, r 알; other letters end in a vowel (에이, 비, 시디 …).
  if (ch === 'l' || ch === 'r') return 'rieul';
  if (ch === 'm' || ch === 'n') return 'other';
  return 'none';
}

/** `word` followed by the right form of the particle: josa('db#1', '이/가') → `db#1이`. */
export function josa(word: string, pair: Pair): string {
  const f = finalSound(word);
  const [withFinal, without] = pair.split('/') as [string, string];
  if (pair === '으로/로') return word + (f === 'other' ? withFinal : without);
  return word + (f === 'none' ? without : withFinal);
}
