/**
 * A rule page (docs/rules/<id>.md, docs/language.md) for one reader. The pages are
 * written in both languages, Korean first: headings as `한국어 / English`, each
 * paragraph or list once in each language. A help link opens only the reader's half,
 * rendered, so a Korean learner does not scroll past English and the other way round.
 * Kept free of `vscode` so unit tests read it directly.
 */
export type HelpLocale = 'en' | 'ko';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/** Whether a block of prose is Korean: Hangul outside code spans and link targets. */
function isKorean(block: string): boolean {
  const prose = block.replace(/`[^`]*`/g, '').replace(/\]\([^)]*\)/g, ']');
  return HANGUL.test(prose);
}

/** `## 왜 중요한가 / Why it matters` → the reader's side; a one-language heading stays as is. */
function heading(line: string, locale: HelpLocale): string {
  const m = /^(#+\s+)(.*)$/.exec(line)!;
  const text = m[2]!;
  // "id — 한국어 제목 / English title": keep the id, pick the title.
  const dash = /^(\S+ — )(.*)$/.exec(text);
  const head = dash ? dash[1]! : '';
  const body = dash ? dash[2]! : text;
  const parts = body.split(' / ');
  if (parts.length !== 2) return line;
  const [a, b] = parts as [string, string];
  const ko = isKorean(a) ? a : b;
  const en = isKorean(a) ? b : a;
  return `${m[1]}${head}${locale === 'ko' ? ko : en}`;
}

/** `기본 심각도 / default severity: **warning**` → the reader's label with the value. */
function bilingualLabel(text: string, locale: HelpLocale): string | undefined {
  const m = /^([^/\n:]+) \/ ([^/\n:]+): (.*)$/.exec(text);
  if (!m || isKorean(m[1]!) === isKorean(m[2]!)) return undefined;
  const ko = isKorean(m[1]!) ? m[1]! : m[2]!;
  const en = isKorean(m[1]!) ? m[2]! : m[1]!;
  const label = locale === 'ko' ? ko : en;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${m[3]}`;
}

/**
 * The page with the other language's prose left out. Code blocks (the bad and good
 * designs), tables and one-language headings are kept; a heading that names both
 * languages keeps the reader's. A section whose prose is all in the other language
 * (`## Why it matters` for a Korean reader) goes with its heading.
 */
export function pageForLanguage(page: string, locale: HelpLocale): string {
  const lines = page.replace(/\r\n?/g, '\n').split('\n');
  // Blocks: fenced code, headings, and paragraphs/lists separated by blank lines.
  const blocks: { kind: 'code' | 'heading' | 'prose' | 'blank'; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(`{3,}|~{3,})/.exec(line);
    if (fence) {
      const end = lines.findIndex((l, j) => j > i && l.startsWith(fence[1]!));
      const stop = end < 0 ? lines.length - 1 : end;
      blocks.push({ kind: 'code', text: lines.slice(i, stop + 1).join('\n') });
      i = stop;
    } else if (/^#+\s/.test(line)) {
      blocks.push({ kind: 'heading', text: line });
    } else if (!line.trim()) {
      blocks.push({ kind: 'blank', text: '' });
    } else {
      const start = i;
      while (i + 1 < lines.length && lines[i + 1]!.trim() && !/^#+\s/.test(lines[i + 1]!) && !/^(`{3,}|~{3,})/.test(lines[i + 1]!)) i++;
      blocks.push({ kind: 'prose', text: lines.slice(start, i + 1).join('\n') });
    }
  }
  // A page written in one language (the language reference) has a one-language title: shown whole.
  const title = blocks.find((b) => b.kind === 'heading');
  if (!title || heading(title.text, locale) === title.text) return page;
  const keep = (b: (typeof blocks)[number]): boolean => {
    if (b.kind !== 'prose') return true;
    // Tables and one-liners of plain code/values are shared by both languages.
    if (b.text.startsWith('|')) return true;
    return isKorean(b.text) === (locale === 'ko');
  };
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading') {
      // The section's own prose, up to the next heading.
      let j = i + 1;
      const section: (typeof blocks)[number][] = [];
      while (j < blocks.length && blocks[j]!.kind !== 'heading') section.push(blocks[j++]!);
      const level = /^#+/.exec(b.text)![0].length;
      const kept = section.filter((s) => s.kind !== 'blank' && keep(s));
      const hasSub = j < blocks.length && /^#+/.exec(blocks[j]!.text)![0].length > level;
      const bilingual = heading(b.text, locale) !== b.text;
      const onlyOther = !bilingual && level > 1 && !hasSub && section.some((s) => s.kind === 'prose') && !kept.length;
      if (onlyOther) {
        i = j - 1;
        continue;
      }
      out.push(heading(b.text, locale));
      continue;
    }
    if (b.kind === 'blank') {
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const label = bilingualLabel(b.text, locale);
    if (label !== undefined) out.push(label);
    else if (keep(b)) out.push(b.text);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
