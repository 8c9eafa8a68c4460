import type { Design, Finding } from '../types';

/**
 * Runs the HA design rules on a parsed design and returns their findings with
 * default severities. (Issue 3 fills this with one file per rule.)
 */
export function checkDesign(design: Design): Finding[] {
  void design;
  return [];
}
