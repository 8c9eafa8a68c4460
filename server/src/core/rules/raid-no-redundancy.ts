import { flagAttr, L, nodeFinding, textAttr } from './facts';
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
      // Scratch space striped for speed: no data of record goes with a disk, only the volume and the jobs using it (an info).
      if (flagAttr(node, 'scratch') === true) {
        out.push(
          nodeFinding(
            'raid-no-redundancy',
            node,
            L(
              `\`${n}\` uses RAID 0 (striping) for scratch: nothing of record is lost with a disk, but one failed disk takes the whole volume, and the jobs using it fail until it is rebuilt empty — more disks make that likelier. If those interruptions cost more than the speed gains, RAID 10 keeps the striping with a mirror.`,
              `\`${n}\` 노드는 임시 파일용 RAID 0(스트라이핑)입니다. 디스크가 고장 나도 기록 데이터는 잃지 않지만, 디스크 하나로 볼륨 전체가 멈추고 그 볼륨을 쓰는 작업이 빈 채로 다시 만들 때까지 실패합니다. 디스크가 많을수록 그럴 확률도 커집니다. 그 중단이 속도보다 비싸다면 RAID 10으로 스트라이핑에 미러를 더하세요.`,
            ),
            { scratch: true },
            undefined,
            'info',
          ),
        );
        continue;
      }
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
