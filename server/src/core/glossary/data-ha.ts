import type { GlossaryEntry } from './types';
import { HA_TERMS_1 } from './data-ha-1';
import { HA_TERMS_2 } from './data-ha-2';
import { HA_TERMS_3 } from './data-ha-3';
import { HA_TERMS_4 } from './data-ha-4';
import { HA_TERMS_5 } from './data-ha-5';
import { HA_TERMS_6 } from './data-ha-6';

/** High-availability, redundancy, backup/DR and monitoring terms. */
export const HA_TERMS: GlossaryEntry[] = [
  ...HA_TERMS_1,
  ...HA_TERMS_2,
  ...HA_TERMS_3,
  ...HA_TERMS_4,
  ...HA_TERMS_5,
  ...HA_TERMS_6,
];
