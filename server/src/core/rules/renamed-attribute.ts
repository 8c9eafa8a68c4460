import { L } from './facts';
import { fix } from './fixes';
import type { Rule } from './rule';
import type { Finding } from '../syntax/ast';
import { CODES } from '../syntax/codes';

/** Old spellings the language still reads, and what they are now called. */
export const RENAMED: { kind: string; from: string; to: string }[] = [{ kind: 'database', from: 'pool', to: 'max-connections' }];

/**
 * An attribute written with its old name (read as the new one): `pool=` on a
 * database is its connection limit, now `max-connections=`, so that it is not
 * mistaken for the callers' own pools (`connections=`).
 */
export const renamedAttribute: Rule<'renamed-attribute'> = {
  id: 'renamed-attribute',
  check({ facts }) {
    const out: Finding[] = [];
    for (const node of facts.nodes)
      for (const r of RENAMED) {
        if (node.kind !== r.kind) continue;
        const a = node.attrs.get(r.from);
        if (!a) continue;
        const both = node.attrs.has(r.to);
        out.push({
          rule: 'renamed-attribute',
          severity: CODES['renamed-attribute'].severity,
          span: a.keySpan,
          message: L(
            `\`${r.from}=\` on a ${r.kind} is the old name of \`${r.to}=\`: the most connections the database accepts (its callers' own pools are \`connections=\`).${both ? ` \`${r.to}=\` is also given and wins.` : ' It is read as `' + r.to + '=`.'}`,
            `${r.kind}의 \`${r.from}=\` 속성은 \`${r.to}=\`의 옛 이름으로, 데이터베이스가 받아 주는 최대 연결 수입니다(호출하는 쪽의 풀은 \`connections=\`).${both ? ` \`${r.to}=\`도 있어 그 값이 쓰입니다.` : ` \`${r.to}=\`로 읽습니다.`}`,
          ),
          data: { node: node.name, from: r.from, to: r.to, both },
        });
      }
    return out;
  },
  fixes(design, _facts, finding) {
    const node = design.nodes.get(String(finding.data?.['node'] ?? ''));
    const from = String(finding.data?.['from'] ?? '');
    const to = String(finding.data?.['to'] ?? '');
    const a = node?.attrs.get(from);
    if (!node || !a) return [];
    if (node.attrs.has(to)) {
      const end = a.valueSpan ? a.valueSpan.end : a.keySpan.end;
      return [fix(L(`Remove the old \`${from}=\``, `옛 \`${from}=\` 지우기`), [{ span: { line: a.keySpan.line, start: a.keySpan.start - 1, end }, newText: '' }], true)];
    }
    return [fix(L(`Rename \`${from}=\` to \`${to}=\``, `\`${from}=\` 대신 \`${to}=\``), [{ span: a.keySpan, newText: to }], true)];
  },
};
