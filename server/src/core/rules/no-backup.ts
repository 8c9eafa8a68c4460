import { durationAttr } from '../model/request-graph';
import { josa } from '../shared/josa';
import { L, nodeFinding } from './facts';
import { findingNode, fix, setAttr } from './fixes';
import { dataIsCopied, holdsData } from './missing-replica';
import type { Rule } from './rule';
import type { Finding } from '../syntax/ast';

/** Data with no live copy and no backup: losing it loses everything, with no bound (failure-model §5). */
export const noBackup: Rule<'no-backup'> = {
  id: 'no-backup',
  check({ facts }) {
    const out: Finding[] = [];
    for (const node of facts.nodes) {
      if ((node.kind !== 'database' && node.kind !== 'storage') || !holdsData(facts, node) || dataIsCopied(facts, node)) continue;
      if (durationAttr(node, 'backup') !== null) continue;
      const n = node.name;
      out.push(
        nodeFinding(
          'no-backup',
          node,
          L(
            `\`${n}\` has no live copy and no backup: when its disk or machine is lost, every write it ever took is gone — the loss is unbounded, and no \`rpo\` goal can be met. Take backups (\`backup=1d\`, or archive the log with a short interval such as \`backup=1m\`) and keep them in another place (\`backup-to=\`).`,
            `${josa(`\`${n}\``, '은/는')} 살아 있는 사본도 백업도 없습니다. 디스크나 장비를 잃으면 지금까지 받은 쓰기를 모두 잃으며 그 양에 한도가 없어, 어떤 \`rpo\` 목표도 지킬 수 없습니다. 백업을 받고(\`backup=1d\`, 또는 \`backup=1m\`처럼 짧은 주기의 로그 보관) 다른 곳에 두세요(\`backup-to=\`).`,
          ),
          { kind: node.kind },
        ),
      );
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const node = findingNode(design, finding);
    return node ? [fix(L(`Back \`${node.name}\` up daily (backup=1d)`, `\`${node.name}\` 매일 백업(backup=1d)`), [setAttr(design, node, 'backup', '1d')], true)] : [];
  },
};
