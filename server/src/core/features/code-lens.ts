/** The estimate shown in a CodeLens above each design. */
import type { Design, Localized } from '../syntax/ast';
import { formatDuration, formatNines } from '../syntax/values';
import { estimate, estimated, type Estimate, type LossImpact } from '../analysis/estimate';
import { buildModel } from '../model/request-graph';
import { onlySite } from '../analysis/availability';
import type { SimStep, SimTarget } from '../analysis/simulation/types';
import { LIMITS } from '../syntax/limits';
import { CODES } from '../syntax/codes';
import { koDuration } from '../shared/duration';

/**
 * The estimate the editor shows: the one the analysis made (a design with a goal, up
 * to LIMITS.estimateNodes, in slices), else computed here for a design of up to
 * LIMITS.onDemandEstimateNodes; null when the design is empty or too large for that.
 */
export function interactiveEstimate(d: Design): Estimate | null {
  const counted = [...d.nodes.values()].filter((n) => n.kind && n.kind !== 'client').length;
  if (!counted || d.nodes.size > LIMITS.estimateNodes || d.edges.length > LIMITS.edgesPerDesign) return null;
  const made = estimated(d);
  if (made) return made;
  return d.nodes.size <= LIMITS.onDemandEstimateNodes ? estimate(d) : null;
}

/**
 * The design's estimate in one line: `≈ 99.95% · RTO 33s · RPO 1s · 2 SPOFs`,
 * or null when the design is empty or too large to estimate interactively.
 */
export function estimateLine(d: Design): Localized | null {
  const e = interactiveEstimate(d);
  if (!e) return null;
  const pct = formatNines(e.availability);
  const rtoEn = e.rto === null ? 'RTO ∞' : `RTO ${formatDuration(e.rto)}`;
  const rtoKo = e.rto === null ? 'RTO 복구 안 됨' : `RTO ${koDuration(e.rto)}`;
  const rpo = `RPO ${Number.isFinite(e.rpo) ? formatDuration(e.rpo) : 'unbounded'}`;
  // Korean units, as the rest of the Korean text: 33초, 1분 30초; no bound is 무제한.
  const rpoKo = `RPO ${Number.isFinite(e.rpo) ? koDuration(e.rpo) : '무제한'}`;
  const n = e.spofs.length;
  // The whole design in one zone: the estimate counts its instances' failures, not the zone's own outages.
  const site = onlySite(buildModel(d));
  const line = {
    en: `≈ ${pct}${site === null ? '' : ` (zone ${site}'s own outages not counted)`} · ${rtoEn} · ${rpo} · ${n} SPOF${n === 1 ? '' : 's'}`,
    ko: `≈ ${pct}${site === null ? '' : `(존 ${site} 자체의 장애는 빠짐)`} · ${rtoKo} · ${rpoKo} · 단일 장애점 ${n}개`,
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

/**
 * The failure behind the lens's worst figure, as the step the simulation panel
 * opens on: the loss that gives the RTO (the longest, or one that never
 * recovers), else a single point of failure, else the loss that gives the RPO.
 * The same loss the estimate ran (one instance of a node with several, the
 * whole node otherwise), so the panel shows the lens's number. Empty when the
 * design has nothing to estimate or no loss hurts it.
 */
export function worstFailure(d: Design): SimStep[] {
  const e = interactiveEstimate(d);
  if (!e) return [];
  const m = buildModel(d);
  const target = (t: LossImpact['target']): SimTarget => {
    if (t.type !== 'node') return t;
    const s = m.nodes[m.byName.get(t.node) ?? -1];
    return { type: 'node', node: t.node, instance: s && s.instances >= 2 && (!s.managed || s.group?.type === 'majority') ? 1 : null };
  };
  let t: SimTarget | null = null;
  if (e.worstRto && (e.rto === null || e.rto > 0)) t = target(e.worstRto.target);
  else if (e.spofs.length) t = target({ type: 'node', node: e.spofs[0]! });
  else if (e.worstRpo && e.rpo > 0) t = target(e.worstRpo.target);
  return t ? [{ type: 'fail', target: t, at: 0 }] : [];
}
