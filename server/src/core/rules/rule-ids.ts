import { LANGUAGE_RULES } from './language-rules';
import { RULES } from './index';

/** Every rule id a user may configure. */
export const KNOWN_RULES: ReadonlySet<string> = new Set([...Object.keys(LANGUAGE_RULES), ...RULES.map((r) => r.id)]);
