/**
 * A design as every analysis reads it: the parser's reading of its lines
 * (syntax/parser), then what the technology profiles derive (profiles/derive.ts).
 */
import { parseSyntax, type DesignSource } from '../syntax/parser';
import type { Design } from '../syntax/ast';
import { applyProfiles } from './profiles/derive';

export type { DesignSource };

/**
 * One design's lines → the Design with its syntax and reference findings. Never throws.
 * `prev`, an earlier version of the same block, lets unchanged node and edge lines
 * be reused instead of parsed again; the result is the same as without it.
 */
export function parseDesign(src: DesignSource, prev?: Design): Design {
  return applyProfiles(parseSyntax(src, prev));
}
