/**
 * Korean particles (조사) after any name a user writes: the one particle helper
 * of the product. The choice after a Hangul syllable is es-hangul's `josa`
 * (a maintained library with the full rule set: 이/가, 을/를, 으로/로 after ㄹ, …).
 * Names in designs are often Latin or end in a digit (`redis`, `db-tokyo`,
 * `web1`), which es-hangul treats as "no final consonant"; readingFinal() says
 * how such a name ends when a Korean engineer reads it aloud, and the particle
 * is then picked by es-hangul for a syllable that ends the same way.
 */
import { josa as esJosa } from 'es-hangul';
import { visible } from './visible';

export type JosaPair = Parameters<typeof esJosa.pick>[1];

/** How a word's last syllable ends when read aloud in Korean. */
export type FinalSound = 'none' | 'rieul' | 'other';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** Digits read the Sino-Korean way: 영 일 이 삼 사 오 육 칠 팔 구 (a trailing 0 is 십/백/천/만: all end in a consonant). */
const DIGIT: Record<string, FinalSound> = { '0': 'other', '1': 'rieul', '2': 'none', '3': 'other', '4': 'none', '5': 'none', '6': 'other', '7': 'rieul', '8': 'rieul', '9': 'none' };

/** Letters spelled one by one (DB 디비, CDN 시디엔, SQL 에스큐엘, AZ 에이지): only l/r (엘/알) and m/n (엠/엔) end in a consonant. */
const SPELLED: Record<string, FinalSound> = { l: 'rieul', r: 'rieul', m: 'other', n: 'other' };

/** Short names with vowels that engineers still spell out letter by letter. */
const ACRONYMS = new Set(['alb', 'elb', 'aws', 'api', 'efs', 'ebs', 'eks', 'ecs', 'ec', 'iam', 'vip', 'ip', 'os', 'ui', 'io', 'az', 'dr', 'ha', 'os', 'vm', 'ai', 'id', 'uri', 'url', 'ssd', 'hdd', 'gcp', 'oci', 'waf', 'rto', 'rpo', 'sla', 'slo', 'ttl', 'cpu', 'nas', 'san', 'ups', 'ide']);

const VOWELS = /[aeiouy]/;

/** The final sound of a Latin word read as a word (Korean loanword habits: 풀, 존, 앱, 스택, 버킷, 서버, 레디스). */
function wordFinal(w: string): FinalSound {
  if (w.endsWith('ng')) return 'other';
  if (w.endsWith('l') || w.endsWith('le')) return 'rieul';
  if (/[mn]e?$/.test(w)) return 'other';
  if (/(?:[aeiou]|p)p$|(?:[aeiou]|b)b$/.test(w)) return 'other';
  if (/(?:ck|ook|[^aeiou][aeiou]k)$/.test(w)) return 'other';
  // (-ic, -ac, -oc read with a final ㄱ: 토픽, 퍼블릭, 일래스틱, 맥 — round 122 r06 wrote "`topic`는".)
  if (/[aeiou]c$/.test(w)) return 'other';
  if (/(?:^|[^aeiou])[aeiou]t$/.test(w) && w.length > 2) return 'other';
  return 'none';
}

/**
 * How `word` ends when read aloud: the last Hangul syllable as written, a final
 * digit the Sino-Korean way, a final Latin run as a word or spelled letter by
 * letter (no vowel, all capitals, or a known acronym). Trailing punctuation and
 * backticks are skipped.
 */
export function readingFinal(word: string): FinalSound {
  const s = word.normalize('NFC').replace(/[\s`'"()[\]{}.,;:!?*_~\-#/\\]+$/u, '');
  const last = s[s.length - 1];
  if (last === undefined) return 'none';
  const code = last.charCodeAt(0);
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return (code - HANGUL_FIRST) % 28 === 0 ? 'none' : (code - HANGUL_FIRST) % 28 === 8 ? 'rieul' : 'other';
  if (last >= '0' && last <= '9') return DIGIT[last]!;
  const run = /[A-Za-z]+$/.exec(s)?.[0];
  if (!run) return 'none';
  // A word that ends in capitals after small letters (WebtoB 웹투비, MySQL 마이에스큐엘, DynamoDB 다이나모디비): the
  // capitals are spelled letter by letter (round 86c r07: "`DR-WebtoB`은").
  const tail = /[a-z]([A-Z]{1,5})$/.exec(run)?.[1];
  if (tail) return SPELLED[tail[tail.length - 1]!.toLowerCase()] ?? 'none';
  const w = run.toLowerCase();
  const spelled = !VOWELS.test(w) || (run === run.toUpperCase() && run.length <= 5) || ACRONYMS.has(w) || w.length === 1;
  if (spelled) return SPELLED[w[w.length - 1]!] ?? 'none';
  return wordFinal(w);
}

/** A Hangul syllable that ends like `word` is read, for es-hangul to choose by. */
function standIn(word: string): string {
  const f = readingFinal(word);
  return f === 'none' ? '가' : f === 'rieul' ? '갈' : '각';
}

/** The particle alone: particle('redis', '이/가') → '가', particle('web1', '으로/로') → '로'. */
export function particle(word: string, pair: JosaPair): string {
  return esJosa.pick(standIn(word), pair);
}

/** The word with its particle: josa('서울', '으로/로') → '서울로', josa('db', '을/를') → 'db를'. */
export function josa(word: string, pair: JosaPair): string {
  return word + particle(word, pair);
}

/** A name as a code span with its particle after it: codeJosa('lb', '이/가') → '`lb`가'; invisible characters shown (⟨U+200B⟩). */
export function codeJosa(word: string, pair: JosaPair): string {
  return `\`${visible(word)}\`${particle(word, pair)}`;
}
