/** Localized text: every message the core produces has English and Korean. */
import type { Localized } from '../syntax/ast';

/** A message in English and Korean. */
export const L = (en: string, ko: string): Localized => ({ en, ko });
