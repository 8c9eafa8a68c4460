/**
 * Glossary data: systems, data, networking and cloud terms (SYSTEM_TERMS),
 * assembled from its parts.
 */
import type { GlossaryEntry } from './types';
import { SYSTEM_TERMS_1 } from './data-systems-1';
import { SYSTEM_TERMS_2 } from './data-systems-2';
import { SYSTEM_TERMS_3 } from './data-systems-3';
import { SYSTEM_TERMS_4 } from './data-systems-4';
import { SYSTEM_TERMS_5 } from './data-systems-5';
import { SYSTEM_TERMS_6 } from './data-systems-6';

export const SYSTEM_TERMS: GlossaryEntry[] = [
  ...SYSTEM_TERMS_1,
  ...SYSTEM_TERMS_2,
  ...SYSTEM_TERMS_3,
  ...SYSTEM_TERMS_4,
  ...SYSTEM_TERMS_5,
  ...SYSTEM_TERMS_6,
];
