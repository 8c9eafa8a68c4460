import { flagAttr, L, nameList, nodeFinding, textAttr } from './facts';
import { instanceCount, parseRouteLabel, SECOND_CHOICE } from '../model/request-graph';
import { GALERA_ENGINES } from '../model/groups';
import { codeJosa } from '../shared/josa';
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
      // Written by one of them at a time: only one has callers, the others take its address when it fails (a keepalived
      // pair of MySQL masters) — concurrent writes there are split brain, split-brain-risk's finding (round 58 r01).
      // (Nor when the others are read only — MMM's reader role: `app -> db2 : reads`; round 75 r03.)
      // (Nor when the others are reached only as the second choice — `app -> b : 장애 시`, a fallback the first's failure
      // sends to: one primary is written at a time; round 94c r02.)
      if (primaries.filter((p) => facts.design.edges.some((e) => e.to === p.name && parseRouteLabel(e.label)?.key !== 'reads' && !SECOND_CHOICE.test(e.label ?? ''))).length < 2) continue;
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
    // A Galera cluster whose members a balancer spreads connections over: every member takes writes, certified at commit.
    for (const n of facts.nodes) {
      if (n.kind !== 'database' || !GALERA_ENGINES.has((textAttr(n, 'engine') ?? '').toLowerCase()) || instanceCount(n) < 2) continue;
      const spreaders = facts.design.edges
        .filter((e) => e.to === n.name && parseRouteLabel(e.label)?.key !== 'reads')
        .map((e) => facts.design.nodes.get(e.from))
        // ProxySQL's Galera hostgroups (max_writers 1 by default) and MaxScale's galeramon (one master) send the writes to one
        // member and spread only the reads (round 39).
        .filter((b): b is NonNullable<typeof b> => !!b && b.kind === 'load-balancer' && !flagAttr(b, 'sticky') && textAttr(b, 'algorithm') !== 'ip-hash' && textAttr(b, 'algorithm') !== 'active-backup' && !['proxysql', 'maxscale'].includes((textAttr(b, 'engine') ?? '').toLowerCase()));
      const lb = spreaders[0];
      if (!lb) continue;
      out.push(
        nodeFinding(
          'multi-primary-conflict',
          n,
          L(
            `\`${lb.name}\` spreads connections over the ${instanceCount(n)} members of \`${n.name}\`, and every Galera member takes writes: two transactions changing the same rows on different members conflict at commit, and the later one is rolled back with a deadlock error (certification), which applications rarely retry — hot rows (a counter, a stock level) then fail often. Send the writes to one member (HAProxy with one server active and the others \`backup\`: \`algorithm=active-backup\` on \`${lb.name}\`, or ProxySQL/MaxScale with a single writer) and spread only the reads, or make the application retry on deadlock.`,
            `${codeJosa(lb.name, '이/가')} \`${n.name}\`의 구성원 ${instanceCount(n)}개에 연결을 나누는데, Galera는 모든 구성원이 쓰기를 받습니다. 서로 다른 구성원에서 같은 행을 고치는 두 트랜잭션은 커밋 때 충돌해 나중 것이 교착 상태 오류로 롤백되고(인증, certification), 애플리케이션은 이를 재시도하지 않는 경우가 많아 카운터나 재고처럼 자주 고치는 행에서 실패가 잦아집니다. 쓰기는 한 구성원으로만 보내고(HAProxy에서 서버 하나만 활성, 나머지는 \`backup\`: \`${lb.name}\`에 \`algorithm=active-backup\`, 또는 쓰기 노드를 하나로 둔 ProxySQL/MaxScale) 읽기만 나누거나, 애플리케이션이 교착 상태 오류를 재시도하게 하세요.`,
          ),
          { balancer: lb.name, galera: true },
          undefined,
          'info',
        ),
      );
    }
    return out;
  },
};

