/**
 * A design as every analysis reads it: the parser's reading of its lines
 * (syntax/parser), then what the technology profiles derive (profiles/derive.ts).
 */
import { parseSyntax, type DesignSource } from '../syntax/parser';
import type { Design } from '../syntax/ast';
import { applyProfiles } from './profiles/derive';

export type { DesignSource };

/** One design's lines → the Design with its syntax and reference findings. Never throws. */
export function parseDesign(src: DesignSource): Design {
  return applyProfiles(parseSyntax(src));
}
