/** One language's text of a glossary entry. */
export interface GlossaryText {
  /** The term as written in that language (Korean: as Korean engineers write it). */
  term: string;
  /** One-line definition, in our own words. */
  definition: string;
  /** One line on why it matters for availability. */
  why: string;
}

export interface GlossaryEntry {
  /** Stable kebab-case id. */
  id: string;
  ko: GlossaryText;
  en: GlossaryText;
  /**
   * Other spellings that should match in prose. A space or hyphen inside an alias
   * also matches the other and nothing ("fail-over" matches "fail over", "failover").
   */
  aliases: string[];
  /**
   * Korean text that, right after a spelling, makes it another word: 마스터 before
   * 하다/했/한 is "to master", not a primary server.
   */
  notBefore?: string[];
  /**
   * False when the Korean term alone is an everyday word too (버스 is a city bus far
   * more often than a system bus): prose then matches only the aliases.
   */
  matchKoTerm?: boolean;
  /** Ids of related entries. */
  related: string[];
}
