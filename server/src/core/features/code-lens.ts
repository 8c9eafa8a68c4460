/** The estimate shown in a CodeLens above each design. */
import type { Design, Localized } from '../syntax/ast';
import { formatDuration, formatNines } from '../syntax/values';
import { estimate } from '../analysis/estimate';
import { LIMITS } from '../syntax/limits';
import { CODES } from '../rules/codes';
import { koDuration } from '../shared/duration';

/**
 * The design's estimate in one line: `≈ 99.95% · RTO 33s · RPO 1s · 2 SPOFs`,
 * or null when the design is empty or too large to estimate interactively.
 */
export function estimateLine(d: Design): Localized | null {
  const counted = [...d.nodes.values()].filter((n) => n.kind && n.kind !== 'client').length;
  if (!counted || d.nodes.size > LIMITS.estimateNodes || d.edges.length > LIMITS.edgesPerDesign) return null;
  const e = estimate(d);
  const pct = formatNines(e.availability);
  const rtoEn = e.rto === null ? 'RTO ∞' : `RTO ${formatDuration(e.rto)}`;
  const rtoKo = e.rto === null ? 'RTO 복구 안 됨' : `RTO ${koDuration(e.rto)}`;
  const rpo = `RPO ${Number.isFinite(e.rpo) ? formatDuration(e.rpo) : 'unbounded'}`;
  // Korean units, as the rest of the Korean text: 33초, 1분 30초; no bound is 무제한.
  const rpoKo = `RPO ${Number.isFinite(e.rpo) ? koDuration(e.rpo) : '무제한'}`;
  const n = e.spofs.length;
  const line = {
    en: `≈ ${pct} · ${rtoEn} · ${rpo} · ${n} SPOF${n === 1 ? '' : 's'}`,
    ko: `≈ ${pct} · ${rtoKo} · ${rpoKo} · 단일 장애점 ${n}개`,
  };
  // What the parser could not read is not in the estimate: say so, and why.
  const errors = d.findings.filter((f) => f.severity === 'error');
  if (!errors.length) return line;
  const why = CODES[errors[0]!.rule].title;
  const k = errors.length;
  return {
    en: `⚠ partial: ${k} error${k === 1 ? '' : 's'} (${why.en}${k > 1 ? ', …' : ''}) left out · ${line.en}`,
    ko: `⚠ 일부만 추정: 오류 ${k}개(${why.ko}${k > 1 ? ' 등' : ''})는 빠짐 · ${line.ko}`,
  };
}
