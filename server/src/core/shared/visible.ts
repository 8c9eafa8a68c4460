/**
 * Characters that print as nothing (zero-width space, joiners, a byte-order mark
 * inside a line, soft hyphen, bidi marks) made visible for messages, so a name
 * that "looks right" shows why it is not: `db⟨U+200B⟩`.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function hasInvisible(s: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(s);
}

/** `s` with every invisible character written as ⟨U+XXXX⟩. */
export function visible(s: string): string {
  return s.replace(INVISIBLE, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
