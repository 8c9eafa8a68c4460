/** Localized text: every message the core produces has English and Korean. */

export type Locale = 'en' | 'ko';

/** A text in both of the product's languages. */
export interface Localized {
  en: string;
  ko: string;
}

/** A message in English and Korean. */
export const L = (en: string, ko: string): Localized => ({ en, ko });
