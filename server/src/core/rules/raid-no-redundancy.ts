import { L, nodeFinding, textAttr } from './facts';
import type { Rule } from './rule';
import { findingNode, fix, setAttr } from './fixes';

export const raidNoRedundancy: Rule<'raid-no-redundancy'> = {
  id: 'raid-no-redundancy',
  check({ facts }) {
    const out = [];
    for (let ni = 0; ni < facts.nodes.length; ni++) {
      const node = facts.nodes[ni]!;
      if ((node.kind !== 'storage' && node.kind !== 'database') || textAttr(node, 'raid') !== '0') continue;
      const n = node.name;
      out.push(
        nodeFinding(
          'raid-no-redundancy',
          node,
          L(
            `\`${n}\` uses RAID 0 (striping): every file is split over all the disks and there is no copy, so one failed disk loses everything on \`${n}\` — more disks only make that likelier. Use RAID 1 (mirroring) or RAID 10; RAID 5/6 survive one/two disks with parity.`,
            `\`${n}\` 노드는 RAID 0(스트라이핑)입니다. 모든 파일이 디스크들에 나뉘어 저장되고 사본이 없어서, 디스크 하나만 고장 나도 \`${n}\`의 데이터를 전부 잃습니다. 디스크가 많을수록 그럴 확률도 커집니다. RAID 1(미러링)이나 RAID 10을 쓰세요. RAID 5/6은 패리티로 디스크 한두 개의 고장을 견딥니다.`,
          ),
          {},
        ),
      );
    }
    return out;
  },  fixes(design, _facts, finding) {
    const node = findingNode(design, finding);
    if (!node) return [];
    return [
      fix(L('Mirror the disks (raid=1)', '디스크 미러링(raid=1)'), [setAttr(design, node, 'raid', '1')], true),
      fix(L('Mirror and stripe (raid=10)', '미러링 + 스트라이핑(raid=10)'), [setAttr(design, node, 'raid', '10')]),
    ];
  },
};
