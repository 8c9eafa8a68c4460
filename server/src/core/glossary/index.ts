/**
 * The glossary behind hovers on infrastructure terms in a note's prose, and the
 * matching of its terms in text (Korean with particles attached, English variants).
 */
import * as architecture from './terms/architecture';
import * as availability from './terms/availability';
import * as backupDr from './terms/backup-dr';
import * as caching from './terms/caching';
import * as cloud from './terms/cloud';
import * as consensusQuorum from './terms/consensus-quorum';
import * as databases from './terms/databases';
import * as deployment from './terms/deployment';
import * as loadBalancing from './terms/load-balancing';
import * as monitoring from './terms/monitoring';
import * as networking from './terms/networking';
import * as performance from './terms/performance';
import * as products from './terms/products';
import * as queuesMessaging from './terms/queues-messaging';
import * as redundancyFailover from './terms/redundancy-failover';
import * as replication from './terms/replication';
import * as resilience from './terms/resilience';
import * as scaling from './terms/scaling';
import * as serversOs from './terms/servers-os';
import * as storageRaid from './terms/storage-raid';
import * as virtualization from './terms/virtualization';
import type { GlossaryEntry } from './types';

export type { GlossaryEntry, GlossaryText } from './types';

/**
 * The topic files under terms/, each exporting its `terms`. One file per topic; a new
 * topic is a new file here. Order only decides the order of GLOSSARY.
 */
const TOPICS: readonly { terms: readonly GlossaryEntry[] }[] = [
  availability,
  redundancyFailover,
  consensusQuorum,
  replication,
  loadBalancing,
  scaling,
  performance,
  storageRaid,
  backupDr,
  monitoring,
  networking,
  databases,
  caching,
  queuesMessaging,
  resilience,
  deployment,
  serversOs,
  virtualization,
  cloud,
  architecture,
  products,
];

export const GLOSSARY: readonly GlossaryEntry[] = TOPICS.flatMap((t) => t.terms);

const byId = new Map(GLOSSARY.map((e) => [e.id, e]));

export function getEntry(id: string): GlossaryEntry | undefined {
  return byId.get(id);
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const LATIN_EDGE = /[A-Za-z0-9]/;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex source for one spelling: a space or hyphen also matches the other or nothing. */
function spellingSource(s: string): string {
  return s
    .trim()
    .split(/[\s-]+/)
    .map(escapeRe)
    .join('[\\s-]?');
}

/** Short all-capital acronyms (IP, AZ, LB) would match ordinary words if case were ignored. */
function caseSensitive(s: string): boolean {
  return /^[A-Z0-9]{1,3}$/.test(s.replace(/[\s-]/g, '')) && /[A-Z]/.test(s);
}

interface Matcher {
  entry: GlossaryEntry;
  latinStart: boolean;
  latinEnd: boolean;
  /** Ends in a Hangul syllable: what follows must be a particle or an ending, not more of a word. */
  hangulEnd: boolean;
  /** A single Hangul syllable (큐): it must not be the tail of a longer word either (바비큐). */
  oneSyllable: boolean;
}

/**
 * What may follow a Korean term inside the same run of Hangul: particles (조사), the
 * endings that make a term a verb or adjective (페일오버하다, 이중화된), and the common
 * bound nouns and suffixes engineers attach (장애 시, 서버별, 샤드 간). A term followed
 * by anything else is part of another word: 마스터 in 마스터하다 ("to master") is kept
 * out by the entry's `notBefore`, 버스 in 버스킹 and 카나리 in 카나리아 by this list.
 */
const HANGUL_TAILS = [
  '이', '가', '을', '를', '은', '는', '의', '에', '로', '으로', '와', '과', '도', '만', '나', '이나',
  '랑', '이랑', '까지', '부터', '처럼', '보다', '라', '이라', '란', '이란', '인', '이다', '입니다',
  '이며', '며', '이고', '고', '로서', '로써', '에서', '에게', '께', '한테', '들', '시', '때', '간',
  '상', '용', '화', '하', '한', '했', '해', '할', '함', '되', '된', '됐', '돼', '될', '됨', '적',
  '형', '식', '별', '당', '끼리', '마다', '뿐', '밖에', '조차', '마저', '야', '이야', '요', '이요',
  '죠', '지', '다', '같', '등', '및', '쪽', '측', '급', '엔', '에선', '론', '으론', '면', '이면',
  '였', '이었', '였다', '입', '이지', '임', '군', '들과', '라는', '이라는', '라고', '이라고',
  // Compounds that keep the term's meaning: 복제본, 가용률, 처리량, 설정값, 장애 중, 전환 후.
  '본', '률', '율', '량', '값', '중', '후', '전', '내', '외', '성', '자', '기',
];
const TAIL_RE = new RegExp(`^(?:${[...HANGUL_TAILS].sort((a, b) => b.length - a.length).join('|')})`);
const HANGUL_SYLLABLE = /[\uac00-\ud7af]/;

/** Whether the Hangul text right after a Korean term lets the term stand as a word. */
function hangulTailOk(lineText: string, end: number, entry: GlossaryEntry): boolean {
  if (end >= lineText.length || !HANGUL_SYLLABLE.test(lineText[end]!)) return true;
  const rest = lineText.slice(end, end + 8);
  if (entry.notBefore?.some((n) => rest.startsWith(n))) return false;
  return TAIL_RE.test(rest);
}

/** The longest spelling, in characters, for bounding where a match can start. */
let maxLen = 0;

/**
 * One sticky regex per group (case-sensitive / not); alternatives sorted longest
 * first so the first alternative that matches at a position is the longest there.
 */
function buildMatchers(): { sensitive: RegExp; insensitive: RegExp; lookup: Map<string, Matcher> } {
  const spellings: { text: string; entry: GlossaryEntry }[] = [];
  for (const e of GLOSSARY) {
    for (const s of new Set([...(e.matchKoTerm === false ? [] : [e.ko.term]), e.en.term, ...e.aliases])) {
      if (s.trim()) spellings.push({ text: s.trim(), entry: e });
    }
  }
  spellings.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const lookup = new Map<string, Matcher>();
  const sens: string[] = [];
  const insens: string[] = [];
  spellings.forEach((s, i) => {
    maxLen = Math.max(maxLen, s.text.length + 4);
    const group = `g${i}`;
    const src = `(?<${group}>${spellingSource(s.text)})`;
    (caseSensitive(s.text) ? sens : insens).push(src);
    lookup.set(group, {
      entry: s.entry,
      latinStart: LATIN_EDGE.test(s.text[0]!),
      latinEnd: LATIN_EDGE.test(s.text[s.text.length - 1]!),
      hangulEnd: HANGUL_SYLLABLE.test(s.text[s.text.length - 1]!),
      oneSyllable: /^[\uac00-\ud7af]$/.test(s.text),
    });
  });
  return {
    sensitive: new RegExp(sens.join('|') || '(?!)', 'y'),
    insensitive: new RegExp(insens.join('|') || '(?!)', 'iy'),
    lookup,
  };
}

let compiled: ReturnType<typeof buildMatchers> | undefined;

/** The glossary entry whose term covers `character` (UTF-16 column) on this line; longest match wins. */
export function findTermAt(lineText: string, character: number): { entry: GlossaryEntry; start: number; end: number } | undefined {
  compiled ??= buildMatchers();
  const { sensitive, insensitive, lookup } = compiled;
  if (character < 0 || character > lineText.length) return undefined;
  let best: { entry: GlossaryEntry; start: number; end: number } | undefined;
  const from = Math.max(0, character - maxLen);
  for (let start = from; start <= character && start < lineText.length; start++) {
    for (const re of [insensitive, sensitive]) {
      re.lastIndex = start;
      const m = re.exec(lineText);
      if (!m || !m.groups) continue;
      const end = start + m[0].length;
      if (end < character || end === start) continue;
      const group = Object.keys(m.groups).find((g) => m.groups![g] !== undefined)!;
      const info = lookup.get(group)!;
      // Latin terms stand as whole words: not inside "ZIP" or "tip".
      if (info.latinStart && start > 0 && LATIN_EDGE.test(lineText[start - 1]!)) continue;
      if (info.latinEnd && end < lineText.length && LATIN_EDGE.test(lineText[end]!)) continue;
      // Korean terms stand as words too: followed only by a particle or an ending.
      if (info.hangulEnd && !hangulTailOk(lineText, end, info.entry)) continue;
      if (info.oneSyllable && start > 0 && HANGUL_SYLLABLE.test(lineText[start - 1]!)) continue;
      if (!best || end - start > best.end - best.start) best = { entry: info.entry, start, end };
    }
  }
  return best;
}

/** Markdown for a hover: the locale's language first, then the other language below a rule. */
export function formatTermHover(entry: GlossaryEntry, locale: 'en' | 'ko', bothLanguages = false): string {
  const other = locale === 'ko' ? 'en' : 'ko';
  const part = (l: 'en' | 'ko', withOtherName: boolean): string => {
    const t = entry[l];
    // Related terms are links: the command opens that entry (VS Code runs it from a trusted hover).
    const related = entry.related
      .map((id) => byId.get(id))
      .filter((e): e is GlossaryEntry => !!e)
      .map((e) => `[${e[l].term}](${termLink(e.id)})`);
    const label = l === 'ko' ? { why: '가용성 관점', related: '관련 용어', other: 'English' } : { why: 'Why it matters', related: 'Related', other: '한국어' };
    const lines = [`**${t.term}** — ${t.definition}`];
    if (withOtherName) lines.push(`*${label.other}:* ${entry[other].term}`);
    lines.push(`*${label.why}:* ${t.why}`);
    if (related.length) lines.push(`*${label.related}:* ${related.join(', ')}`);
    return lines.join('\n\n');
  };
  return bothLanguages ? `${part(locale, false)}\n\n---\n\n${part(other, false)}` : part(locale, true);
}

/** The command an entry's link runs: `infraNotes.showTerm` with the entry's id. */
export const SHOW_TERM_COMMAND = 'infraNotes.showTerm';

export function termLink(id: string): string {
  return `command:${SHOW_TERM_COMMAND}?${encodeURIComponent(JSON.stringify([id]))}`;
}

/** Whether a text contains Hangul (every Korean term must). */
export function hasHangul(s: string): boolean {
  return HANGUL.test(s);
}
