import { lastLine, type DocumentAnalysis } from './service';

/** Folding ranges: each block from its opening to its closing fence. */
export function foldingRanges(a: DocumentAnalysis): { startLine: number; endLine: number }[] {
  if (a.kind === 'topology') return [];
  return a.designs.map((e) => ({ startLine: e.fenceLine, endLine: lastLine(e, a.lines.length) })).filter((r) => r.endLine > r.startLine);
}
