/** Localized text: every message the core produces has English and Korean. */

export type Locale = 'en' | 'ko';

/** A text in both of the product's languages. */
export interface Localized {
  en: string;
  ko: string;
}

/** A name that already ends in the kind word written after it (`` `1존` 존``, `` `로그큐` 큐``): the kind word once. */
const KIND_TWICE = /`([^`\n]*?)(존|리전|큐|노드|센터)` \2/g;
const KIND_NEEDLES = ['존', '리전', '큐', '노드', '센터'].map((w) => `${w}\` ${w}`);

/** Korean as a Korean engineer writes it: no kind word repeated after a name that ends in it (the particle stays right), no colon after a finished sentence. */
export function tidyKo(ko: string): string {
  // (The regular expression only where a kind word is repeated at all: most messages have none, and this runs on each.)
  const k = KIND_NEEDLES.some((n) => ko.includes(n)) ? ko.replace(KIND_TWICE, '`$1$2`') : ko;
  // A finished Korean sentence (…니다) is not continued after a colon: the explanation is a sentence of its own.
  return k.includes('니다: ') ? k.replace(/니다: /g, '니다. ') : k;
}

/** A message in English and Korean. */
export const L = (en: string, ko: string): Localized => ({ en, ko: tidyKo(ko) });
