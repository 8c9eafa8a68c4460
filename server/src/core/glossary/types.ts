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
  /** Ids of related entries. */
  related: string[];
}
