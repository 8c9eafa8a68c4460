import { L, nameList, nodeFinding, textAttr } from './facts';
import { multiPrimaryDatasets } from './multi-primary-auto-increment';
import type { Rule } from './rule';

/**
 * Engines whose several primaries never silently lose a concurrent update: they certify each transaction against the
 * others (Galera, Group Replication in multi-primary mode: the later conflicting commit is rolled back and the client
 * told) or run consensus (CockroachDB, Spanner).
 */
const CERTIFYING = new Set(['galera', 'mariadb-galera', 'percona-xtradb-cluster', 'pxc', 'group-replication', 'innodb-cluster', 'cockroachdb', 'cockroach', 'crdb', 'spanner', 'cloud-spanner']);

/**
 * Two or more primaries of one data set that copy each other asynchronously (GoldenGate or MySQL circular
 * replication, Cosmos DB multi-region writes, DynamoDB global tables): each accepts a write before the other
 * has it, so two sites updating the same row within the replication lag conflict, and last-writer-wins (or
 * a conflict handler no one wrote) silently drops one of the updates. Reported once per data set.
 */
export const multiPrimaryConflict: Rule<'multi-primary-conflict'> = {
  id: 'multi-primary-conflict',
  check({ facts }) {
    const out = [];
    // Users sent to one site at a time (a DNS failover record, no name spreading them): one primary takes the writes.
    const dns = facts.nodes.filter((n) => n.kind === 'dns');
    const oneSiteAtATime = dns.some((n) => textAttr(n, 'routing') === 'failover') && !dns.some((n) => ['latency', 'weighted', 'round-robin', 'geo', 'geolocation', 'multivalue'].includes(textAttr(n, 'routing') ?? ''));
    if (oneSiteAtATime) return [];
    for (const primaries of multiPrimaryDatasets(facts).values()) {
      const peers = primaries.filter((p) => p.role === 'primary' && p.of);
      if (!peers.length) continue;
      if (peers.every((p) => textAttr(p, 'replication') === 'sync')) continue;
      if (primaries.some((p) => CERTIFYING.has((textAttr(p, 'engine') ?? '').toLowerCase()))) continue;
      // The design says how concurrent updates are handled (a home site per key, merging, or accepted overwrites).
      if (primaries.some((p) => textAttr(p, 'conflicts') !== null)) continue;
      const first = primaries[0]!;
      const names = nameList(primaries.map((p) => p.name));
      out.push(
        nodeFinding(
          'multi-primary-conflict',
          first,
          L(
            `${names.en} ${primaries.length === 2 ? 'both' : 'all'} accept writes to the same data and copy them to each other asynchronously: when two sites update the same row within the replication lag, both writes succeed and one is later overwritten (last writer wins) or stopped by a conflict handler the design does not show — a lost update nobody is told about (a balance, a stock count, an approval). Give each key one home site (route a user's writes to one primary), keep a single writing primary with the others as standbys, or define the conflict resolution (counters as increments, append-only records). Say which with \`conflicts=home-region|merge|last-writer-wins\` on a primary.`,
            `${names.ko} 노드가 모두 같은 데이터에 쓰기를 받고 서로 비동기로 복제합니다. 두 사이트가 복제 지연 안에 같은 행을 고치면 두 쓰기가 모두 성공한 뒤 하나가 덮어써지거나(마지막 쓰기 우선) 설계에 없는 충돌 처리기에 걸립니다. 아무도 모르게 갱신이 사라지는 것입니다(잔액, 재고, 승인 상태). 키마다 쓰기를 받는 사이트를 하나로 정하거나(사용자의 쓰기를 한 프라이머리로), 쓰기 프라이머리를 하나만 두고 나머지는 대기 노드로 두거나, 충돌 해결 방식을 정하세요(카운터는 증감으로, 기록은 추가만). 어느 쪽인지 프라이머리에 \`conflicts=home-region|merge|last-writer-wins\`로 적으세요.`,
          ),
          { primaries: primaries.map((p) => p.name) },
        ),
      );
    }
    return out;
  },
};

