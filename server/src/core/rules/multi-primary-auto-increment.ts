import type { TopologyNode } from '../syntax/ast';
import { L, nameList, nodeFinding, textAttr, type Facts } from './facts';
import { MYSQL_FAMILY } from '../model/replication';
import { GALERA_ENGINES } from '../model/groups';
import type { Rule } from './rule';
import type { Design } from '../syntax/ast';
import { findingNode, fix, setAttr, type Fix } from './fixes';

/** Engines that give each member its own auto-increment offset by default: MySQL Group Replication (InnoDB Cluster), Galera. */
const AUTO_SPACED: ReadonlySet<string> = new Set(['group-replication', 'mysql-gr', 'mysql-group-replication', 'innodb-cluster', ...GALERA_ENGINES]);

/** The dataset a primary writes: follows `primary of=` links to the first primary. */
function datasetRoot(f: Facts, node: TopologyNode): string {
  let cur = node;
  const seen = new Set<string>();
  while (cur.role === 'primary' && cur.of && f.design.nodes.has(cur.of) && !seen.has(cur.name)) {
    seen.add(cur.name);
    cur = f.design.nodes.get(cur.of)!;
  }
  return cur.name;
}

/** Datasets written by two or more primaries: root name → its primaries in declaration order. */
export function multiPrimaryDatasets(f: Facts): Map<string, TopologyNode[]> {
  const groups = new Map<string, TopologyNode[]>();
  for (let ni = 0; ni < f.nodes.length; ni++) {
    const n = f.nodes[ni]!;
    if (n.role !== 'primary' || !n.of || !f.design.nodes.has(n.of)) continue;
    const root = datasetRoot(f, n);
    if (!groups.has(root)) groups.set(root, []);
  }
  if (!groups.size) return groups;
  for (let ni = 0; ni < f.nodes.length; ni++) {
    const n = f.nodes[ni]!;
    if (n.role === 'standby' || n.role === 'replica') continue;
    const root = n.role === 'primary' && n.of ? datasetRoot(f, n) : n.name;
    groups.get(root)?.push(n);
  }
  for (const [k, v] of groups) if (v.length < 2) groups.delete(k);
  return groups;
}

export const multiPrimaryAutoIncrement: Rule<'multi-primary-auto-increment'> = {
  id: 'multi-primary-auto-increment',
  check({ facts }) {
    const out = [];
    for (const primaries of multiPrimaryDatasets(facts).values()) {
      // Once per data set, on its first primary numbering rows itself: its quick fix changes every such primary.
      // Group Replication and Galera space each member's auto-increment values themselves unless the user set them
      // (group_replication_auto_increment_increment 7, offset from server_id — WL#8445; wsrep_auto_increment_control ON):
      // no two members hand out the same id (round 86 r06).
      if (primaries.every((o) => AUTO_SPACED.has((textAttr(o, 'engine') ?? '').toLowerCase()))) continue;
      for (const p of primaries.filter((o) => textAttr(o, 'id') === 'auto-increment').slice(0, 1)) {
        const others = primaries.filter((o) => o !== p).map((o) => o.name);
        const names = nameList(others);
        // MySQL and MariaDB apply the other primary's insert as a replica: the duplicate key is an error there and not on
        // the source, so the replication SQL thread stops and waits for a person (mysql-repl-errors) — the rows do not
        // overwrite each other, the primaries drift apart from then on (round 45 r02).
        const mysql = primaries.every((o) => MYSQL_FAMILY.has((textAttr(o, 'engine') ?? '').toLowerCase()));
        const meet = mysql
          ? L(
              `two inserts at the same moment get the same id on different primaries; when one reaches the other, the duplicate key stops that primary's replication (error 1062), and from then on each primary keeps its own writes and the two drift apart until someone repairs replication`,
              `같은 순간에 들어온 두 INSERT가 서로 다른 프라이머리에서 같은 ID를 받습니다. 한쪽 행이 복제로 넘어가면 키 중복(오류 1062)으로 그 프라이머리의 복제가 멈추고, 그때부터 누군가 복제를 고칠 때까지 두 프라이머리는 각자 받은 쓰기만 가진 채 서로 달라집니다`,
            )
          : L(
              `two inserts at the same moment get the same id on different primaries, and when the rows meet, one record overwrites or shadows the other, or replication stops on the duplicate key`,
              `같은 순간에 들어온 두 INSERT가 서로 다른 프라이머리에서 같은 ID를 받고, 두 행이 복제로 만나면 한 행이 다른 행을 덮어쓰거나 가리고, 아니면 키 중복으로 복제가 멈춥니다`,
            );
        out.push(
          nodeFinding(
            'multi-primary-auto-increment',
            p,
            L(
              `\`${p.name}\` numbers new rows with \`id=auto-increment\`, but ${names.en} ${others.length > 1 ? 'also take' : 'also takes'} writes for the same data: ${meet.en}. Use ids that need no coordination: \`id=uuid\` or \`id=snowflake\` — or, if each primary already has its own offset (MySQL \`auto_increment_increment\` set to the number of primaries, \`auto_increment_offset\` 1, 2, …), say so: \`id=auto-increment-offset\`.`,
              `\`${p.name}\` 노드는 \`id=auto-increment\`로 새 행의 번호를 매기는데, ${names.ko}도 같은 데이터의 쓰기를 받습니다. ${meet.ko}. 서로 맞추지 않아도 겹치지 않는 \`id=uuid\`나 \`id=snowflake\`를 쓰세요. 프라이머리마다 이미 시작값을 달리해 두었다면(MySQL \`auto_increment_increment\`를 프라이머리 수로, \`auto_increment_offset\`을 1, 2, …로) \`id=auto-increment-offset\`으로 적으세요.`,
            ),
            { primaries: primaries.map((o) => o.name) },
          ),
        );
      }
    }
    return out;
  },  fixes(design, facts, finding) {
    const node = findingNode(design, finding);
    return node ? idFixes(design, facts, node) : [];
  },
};

function idFixes(design: Design, facts: Facts, node: TopologyNode): Fix[] {
  let primaries: TopologyNode[] = [node];
  for (const group of multiPrimaryDatasets(facts).values()) if (group.includes(node)) primaries = group;
  const auto = primaries.filter((p) => textAttr(p, 'id') === 'auto-increment');
  const fixes: Fix[] = [];
  if (auto.length > 1) {
    fixes.push(fix(L(`Use uuid ids on every primary (${auto.map((p) => p.name).join(', ')})`, `모든 프라이머리에서 uuid ID 사용(${auto.map((p) => p.name).join(', ')})`), auto.map((p) => setAttr(design, p, 'id', 'uuid')), true));
  }
  fixes.push(fix(L(`Use uuid ids on \`${node.name}\` (id=uuid)`, `\`${node.name}\`에서 uuid ID 사용(id=uuid)`), [setAttr(design, node, 'id', 'uuid')], auto.length <= 1));
  fixes.push(fix(L(`Use snowflake ids on \`${node.name}\` (id=snowflake)`, `\`${node.name}\`에서 snowflake ID 사용(id=snowflake)`), [setAttr(design, node, 'id', 'snowflake')]));
  return fixes;
}
