import { failoverTimingsOf } from '../model/profiles';
import { buildModel } from '../model/request-graph';
import { formatDuration } from '../syntax/values';
import { koDuration, L, nodeFinding, textAttr } from './facts';
import type { Rule } from './rule';
import { findingNode, fix, setAttr } from './fixes';

export const manualFailover: Rule<'manual-failover'> = {
  id: 'manual-failover',
  check({ design, facts }) {
    const out = [];
    for (let si = 0; si < facts.nodes.length; si++) {
      const sb = facts.nodes[si]!;
      if (sb.role !== 'standby' || !sb.of || !design.nodes.has(sb.of)) continue;
      const mode = textAttr(sb, 'failover');
      if (mode === 'auto') continue;
      // A managed primary (Aurora, RDS): the provider promotes its standby by itself unless the design says manual.
      if (mode === null && design.nodes.get(sb.of)!.managed) continue;
      const p = sb.of;
      // The same wait the simulation counts: noticing the failure (a monitor's interval, else users reporting it) and the promotion.
      const m = buildModel(design);
      const pi = m.byName.get(p);
      const tk = pi === undefined ? undefined : m.nodes[pi]!.takeovers.find((t) => m.nodes[t.by]!.name === sb.name);
      const secs = tk ? tk.detect + tk.promote : failoverTimingsOf(sb, design.nodes.get(p)!).manualPromote.value;
      const wait = formatDuration(secs);
      const why = mode === 'manual'
        ? L(`\`${sb.name}\` can only be promoted by a person (\`failover=manual\`)`, `\`${sb.name}\` 노드는 사람이 직접 승격시켜야 합니다(\`failover=manual\`)`)
        : L(`\`${sb.name}\` does not say how it is promoted (no \`failover=\`), so it counts as manual`, `\`${sb.name}\` 노드에 승격 방식(\`failover=\`)이 없어 수동으로 봅니다`);
      out.push(
        nodeFinding(
          'manual-failover',
          sb,
          L(
            `${why.en}: when \`${p}\` fails, everything that needs it waits until someone notices and promotes the standby — about ${wait}. Set \`failover=auto\` to promote it as soon as the failure is detected.`,
            `${why.ko}. \`${p}\` 노드에 장애가 나면 누군가 알아채고 대기 노드를 승격시킬 때까지(약 ${koDuration(secs)}) 이 노드가 필요한 요청이 모두 기다립니다. 장애를 감지하면 바로 승격되도록 \`failover=auto\`로 바꾸세요.`,
          ),
          { of: p, failover: mode },
        ),
      );
    }
    return out;
  },  fixes(design, _facts, finding) {
    const node = findingNode(design, finding);
    return node ? [fix(L(`Promote \`${node.name}\` automatically (failover=auto)`, `\`${node.name}\` 자동 승격(failover=auto)`), [setAttr(design, node, 'failover', 'auto')], true)] : [];
  },
};
