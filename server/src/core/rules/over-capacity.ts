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
