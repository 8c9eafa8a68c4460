import { L, nodeFinding, textAttr } from './facts';
import type { Rule } from './rule';
import { findingNode, fix, setAttr } from './fixes';
import { codeJosa } from '../shared/josa';

/**
 * RAID 5 on a node that holds data: one disk's parity. While a failed disk's replacement is rebuilt, which reads every
 * other disk end to end, the array has no redundancy left: a second failed disk, or a sector that cannot be read on a
 * surviving disk, loses the array (or the files on that stripe). The simulation fails whole nodes, not disks, so no
 * figure shows this window; the finding says it, as an info.
 */
export const raidRebuildRisk: Rule<'raid-rebuild-risk'> = {
  id: 'raid-rebuild-risk',
  check({ facts }) {
    const out = [];
    for (const node of facts.nodes) {
      if ((node.kind !== 'storage' && node.kind !== 'database') || textAttr(node, 'raid') !== '5') continue;
      const n = node.name;
      out.push(
        nodeFinding(
          'raid-rebuild-risk',
          node,
          L(
            `\`${n}\` uses RAID 5: it survives one failed disk, and then has no redundancy until the replacement is rebuilt. The rebuild reads every other disk end to end — hours, on large disks a day or more, with the array slow meanwhile — and a second failed disk, or a sector that cannot be read on a surviving disk, loses the array. RAID 6 survives two disks and RAID 10 rebuilds from one mirror; with either, keep backups in another place. (The simulation fails whole nodes, not single disks, so this window shows in no figure.)`,
            `${codeJosa(n, '은/는')} RAID 5라 디스크 하나의 고장은 견디지만, 교체한 디스크의 리빌드가 끝날 때까지는 여분이 전혀 없습니다. 리빌드는 나머지 디스크를 처음부터 끝까지 읽는데(몇 시간, 큰 디스크면 하루 이상 걸리고 그동안 어레이가 느려집니다), 그사이 디스크가 하나 더 고장 나거나 남은 디스크에서 읽을 수 없는 섹터가 나오면 어레이를 잃습니다. RAID 6은 디스크 두 개까지 견디고 RAID 10은 미러 하나에서 리빌드합니다. 어느 쪽이든 백업은 다른 곳에 두세요. (시뮬레이션은 디스크 하나가 아니라 노드 전체를 멈추므로 이 구간은 수치에 나타나지 않습니다.)`,
          ),
          {},
        ),
      );
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const node = findingNode(design, finding);
    if (!node) return [];
    return [
      fix(L('Double parity (raid=6)', '이중 패리티(raid=6)'), [setAttr(design, node, 'raid', '6')], true),
      fix(L('Mirror and stripe (raid=10)', '미러링 + 스트라이핑(raid=10)'), [setAttr(design, node, 'raid', '10')]),
    ];
  },
};
