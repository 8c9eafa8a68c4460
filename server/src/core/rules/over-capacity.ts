import { steadyState } from '../analysis/capacity';
import { buildModel } from '../model/request-graph';
import { L, nodeFinding, type Facts } from './facts';
import { findingNode, fix, setAttr } from './fixes';
import type { Rule } from './rule';
import { josa } from '../shared/josa';
import type { Design, Finding } from '../syntax/ast';

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');

/** A node offered more requests than its instances can serve with nothing failed (failure-model §6). */
export const overCapacity: Rule<'over-capacity'> = {
  id: 'over-capacity',
  check({ design }) {
    const m = buildModel(design);
    const st = steadyState(m);
    if (!st) return [];
    const out: Finding[] = [];
    for (const s of m.nodes) {
      if (s.client || s.ignored || s.capacity === null) continue;
      const cf = st.cf[s.idx]!;
      if (cf >= 1 - 1e-9) continue;
      const offered = st.load[s.idx]!;
      const live = st.live[s.idx]!;
      const served = live * s.capacity;
      const dropped = Math.round((1 - cf) * 1000) / 10;
      const need = Math.ceil(offered / s.capacity - 1e-9);
      const scaled = s.autoscale ? L(` even at its autoscale maximum of ${s.autoscale.max}`, ` 오토스케일 최대 ${s.autoscale.max}개로도`) : L('', '');
      out.push(
        nodeFinding(
          'over-capacity',
          s.node,
          L(
            `\`${s.name}\` is offered ${fmt(offered)} req/s, but its ${live} instance${live === 1 ? '' : 's'} × ${fmt(s.capacity)} req/s serve ${fmt(served)} req/s${scaled.en}: ${dropped}% of its requests are dropped with nothing failed. It needs ${need} instances.`,
            `\`${s.name}\`에 초당 ${fmt(offered)}건이 오는데 인스턴스 ${live}개 × 초당 ${fmt(s.capacity)}건으로는${scaled.ko} 초당 ${fmt(served)}건만 처리합니다. 아무 장애가 없어도 요청의 ${dropped}%가 버려집니다. 인스턴스가 ${need}개 필요합니다.`,
          ),
          { offered, capacity: served, perInstance: s.capacity, instances: live, dropped: 1 - cf, need },
        ),
      );
    }
    // A queue's consumers slower than what arrives, with nothing failed: the backlog grows without bound (the
    // producers are not slowed, so nothing else reports it).
    for (const q of m.nodes) {
      if (!q.consumers.length || q.ignored) continue;
      const inflow = st.load[q.idx]!;
      const cs = q.consumers.map((c) => m.nodes[c]!);
      if (!(inflow > 0) || cs.some((c) => c.capacity === null || c.managed)) continue;
      const total = cs.reduce((sum, c) => sum + st.live[c.idx]! * c.capacity!, 0);
      if (inflow <= total + 1e-9) continue;
      const c = cs[0]!;
      if (out.some((f) => f.data?.['node'] === c.name)) continue;
      const live = st.live[c.idx]!;
      const grow = inflow - total;
      const need = cs.length === 1 ? Math.ceil(inflow / c.capacity! - 1e-9) : null;
      out.push(
        nodeFinding(
          'over-capacity',
          c.node,
          L(
            `\`${q.name}\` receives ${fmt(inflow)} messages/s, but its ${cs.length > 1 ? 'consumers process' : 'consumer processes'} ${fmt(total)}/s${cs.length === 1 ? ` (${live} instance${live === 1 ? '' : 's'} × ${fmt(c.capacity!)})` : ''}: with nothing failed the backlog grows by ${fmt(grow)} messages/s (${fmt(grow * 3600)} an hour) and the delay without bound.${need !== null ? ` \`${c.name}\` needs ${need} instances.` : ''}`,
            `\`${q.name}\` 큐에 초당 ${fmt(inflow)}건이 들어오는데 소비자는 초당 ${fmt(total)}건만 처리합니다${cs.length === 1 ? `(인스턴스 ${live}개 × ${fmt(c.capacity!)}건)` : ''}. 아무 장애가 없어도 적체가 초당 ${fmt(grow)}건(시간당 ${fmt(grow * 3600)}건)씩 늘고 지연은 끝없이 커집니다.${need !== null ? ` \`${c.name}\` 인스턴스가 ${need}개 필요합니다.` : ''}`,
          ),
          { offered: inflow, capacity: total, perInstance: c.capacity!, instances: live, queue: q.name, ...(need !== null ? { need } : {}) },
        ),
      );
    }
    return out;
  },
  fixes(design: Design, _facts: Facts, finding: Finding) {
    const node = findingNode(design, finding);
    const need = finding.data?.['need'];
    if (!node || typeof need !== 'number') return [];
    const auto = node.attrs.get('autoscale')?.value;
    if (auto && auto.type === 'range')
      return [fix(L(`Let \`${node.name}\` scale to ${need} (autoscale=${auto.min}..${need})`, `${josa(`\`${node.name}\``, '을/를')} ${need}개까지 확장(autoscale=${auto.min}..${need})`), [setAttr(design, node, 'autoscale', `${auto.min}..${need}`)], true)];
    return [fix(L(`Run ${need} instances of \`${node.name}\` (replicas=${need})`, `\`${node.name}\` 인스턴스 ${need}개로(replicas=${need})`), [setAttr(design, node, 'replicas', String(need))], true)];
  },
};
