import { APPLIANCE_PAIRS, canonicalEngine } from '../model/profiles/select';
import { CITRIX_ENGINES } from '../model/profiles/timings';
import { AZURE_STORAGE_ENGINES } from '../model/profiles/table';
import { ARBITER_ENGINES, LEADER_ENGINES, MAJORITY_ENGINES, RANGED_ENGINES } from '../model/groups';
import { ENGINE_PROFILES, PRODUCT_ONLY, selectionOf, timingsOf } from '../model/profiles';
import { REDIS_ENGINES } from '../model/replication';
import { codeJosa } from '../shared/josa';
import { didYouMean, editDistance } from '../syntax/suggest';
import { L, nodeFinding, textAttr } from './facts';
import { findingNode, fix, setAttr } from './fixes';
import type { Rule } from './rule';
import { HEARTBEAT_ENGINES } from './split-brain-risk';
import { instanceCount } from '../model/request-graph';

/** Timing attributes a design may write for a pair's failover (read by the run instead of the generic values). */
const TIMING_KEYS = ['heartbeat', 'down-after', 'failures', 'promote'] as const;

/** Every `engine=` word the model reads: a profile's spellings, the products it knows without timings of their own, and the engines groups and replication recognise. */
function knownEngines(): Set<string> {
  return new Set([
    ...Object.keys(ENGINE_PROFILES),
    ...Object.keys(PRODUCT_ONLY),
    ...LEADER_ENGINES,
    ...MAJORITY_ENGINES,
    ...ARBITER_ENGINES,
    ...REDIS_ENGINES,
    ...HEARTBEAT_ENGINES,
    // A MongoDB router: the model reads it (its drivers pick among the routers) with the generic timings of its kind.
    'mongos',
    // MySQL Router: routes by the InnoDB Cluster's metadata, which it refreshes itself — no check of its own to time
    // (no-health-check, capacity: a layer-4 router; round 103 r01 told it "no technology profile").
    'mysql-router',
    'mysqlrouter',
    // A Linux NFS server: read for its NFSv4 grace period on a takeover (request-graph NFS_GRACE), its other timings those
    // of its kind — no profile to name (round 116 r04: "the figures are not nfs's own" beside the grace period applied).
    'nfs',
    'nfsd',
    'nfs-server',
    // Azure Storage accounts: their geo-secondary's lag and customer-managed account failover are read (AZURE_ACCOUNT_FAILOVER;
    // round 121b r03: "generic timings" beside the run's hour and 15 minutes).
    ...AZURE_STORAGE_ENGINES,

  ]);
}
let known: Set<string> | null = null;

/** In-memory data grids a server may embed for its sessions (the engine's DATA_GRID_COPIES). */
const EMBEDDED_GRIDS: ReadonlySet<string> = new Set(['hazelcast', 'infinispan', 'jboss-data-grid', 'red-hat-data-grid']);

/** Database products read by name (one primary, standbys; Tibero TAC and Oracle RAC on shared disks) with no documented timings. */
const GENERIC_TIMED: ReadonlyMap<string, { product: string; en: string; ko: string }> = new Map([
  ['tibero', { product: 'Tibero', en: 'Tibero (a primary with standbys, or TAC instances over a shared disk)', ko: 'Tibero(스탠바이를 둔 프라이머리, 또는 공유 디스크 위의 TAC 인스턴스)' }],
  // (CUBRID HA has a profile of its own since round 81c r05: cubrid-ha.)
  ['altibase', { product: 'Altibase', en: 'Altibase (a primary with standbys)', ko: 'Altibase(스탠바이를 둔 프라이머리)' }],
  ['rabbitmq', { product: 'RabbitMQ', en: 'a RabbitMQ cluster (classic queues, each on the node it was declared on; `quorum` says quorum queues over its nodes)', ko: 'RabbitMQ 클러스터(클래식 큐는 선언된 노드 하나에만 있음, `quorum`이면 노드에 걸친 쿼럼 큐)' }],
  // Db2 HADR: its hadr_timeout (a primary's wait on a lost synchronous standby, db2-hadr) is modelled; the takeover is not
  // (TSA, a person's TAKEOVER HADR) — round 61b r01: "no profile" beside the run's own hadr_timeout.
  // ClickHouse: its replication (insert_quorum 0 by default), Keeper and a Distributed table's move to another replica
  // (connect_timeout_with_failover_ms) are modelled, its detection and repair are not (round 120b r08: "not clickhouse's own").
  ['clickhouse', { product: 'ClickHouse', en: 'a ClickHouse cluster (its asynchronous replication — `insert_quorum` 0 by default —, its Keeper, and a Distributed table moving to another replica after `connect_timeout_with_failover_ms` are modelled)', ko: 'ClickHouse 클러스터(비동기 복제 — 기본 `insert_quorum` 0 —, Keeper, Distributed 테이블이 `connect_timeout_with_failover_ms` 뒤 다른 복제본으로 넘어가는 동작은 반영)' }],
  ['db2', { product: 'Db2', en: 'a Db2 HADR pair (its `hadr_timeout`, 120 s, is what a primary waits on a lost synchronous standby)', ko: 'Db2 HADR 쌍(프라이머리가 잃은 동기 대기 노드를 기다리는 `hadr_timeout` 120초는 반영)' }],
]);

/** Leaderless stores replicated per key range (Dynamo style), by engine word: the product's name for messages. */
const LEADERLESS: ReadonlyMap<string, string> = new Map([
  ['cassandra', 'Cassandra'],
  ['apache-cassandra', 'Cassandra'],
  ['scylla', 'ScyllaDB'],
  ['scylladb', 'ScyllaDB'],
  ['riak', 'Riak'],
]);

/**
 * A product name is guessed only from a near spelling of the same word: one
 * edit, or two in a long name that starts alike. `chproxy` is ClickHouse's
 * proxy, not a misspelt `haproxy`; `postgress` is `postgres`.
 */
function engineGuess(word: string, names: Set<string>): string | undefined {
  if (word.length <= 3) return undefined;
  const guess = didYouMean(word, names);
  if (guess === undefined) return undefined;
  const d = editDistance(word, guess, 2);
  // Names of several words that differ in a whole word are other products (`cloud-cdn` is not `cloud-run`).
  const a = word.split(/[-_.]/);
  const b = guess.split(/[-_.]/);
  if (a.length > 1 && a.length === b.length && a.some((t, i) => t !== b[i] && editDistance(t, b[i]!, 2) >= 2)) return undefined;
  return d <= 1 || (d === 2 && word.length >= 9 && word[0] === guess[0]) ? guess : undefined;
}

/**
 * An `engine=` the model has no technology profile for: the node gets the
 * generic timings of its kind, and the user should know that the figures are
 * not the product's (the standards: say so rather than approximate silently).
 */
export const unknownEngine: Rule<'unknown-engine'> = {
  id: 'unknown-engine',
  check({ facts }) {
    known ??= knownEngines();
    const out = [];
    // The first node of an engine carries the explanation; the others point back to it.
    const first = new Map<string, string>();
    for (const node of facts.nodes) {
      const word = textAttr(node, 'engine');
      if (word === null) continue;
      // Known by name, but its replication is per key range (a replication factor and a consistency level), which the
      // model does not have: its instances are read as interchangeable copies.
      const leaderless = LEADERLESS.get(word.toLowerCase());
      if (leaderless && node.attrs.has('quorum') && RANGED_ENGINES.has(word.toLowerCase())) {
        // With `quorum`: replication factor 3 per token range over its zones as racks, QUORUM requests (perRangeQuorum).
        out.push(
          nodeFinding(
            'unknown-engine',
            node,
            L(
              `\`engine=${word}\` with \`quorum\` is read as ${leaderless}'s replication per token range — replication factor 3, the replicas spread over its zones as racks — and QUORUM reads and writes (2 of a range's 3 replicas): losing nodes fails the ranges left with fewer than 2 replicas, as the run shows. Its timings (detection, the client's retry on another coordinator) are the generic ones of its kind, and another replication factor or consistency level cannot be written.`,
              `\`quorum\`을 적은 ${codeJosa(`engine=${word}`, '은/는')} ${leaderless}의 토큰 범위별 복제(복제 계수 3, 복제본을 존(랙)마다 나눔)와 QUORUM 읽기·쓰기(범위의 복제본 3개 중 2개)로 봅니다. 노드를 잃으면 복제본이 2개 미만으로 남은 범위가 실패하며, 시뮬레이션도 그렇게 보여 줍니다. 시간 값(장애 감지, 클라이언트가 다른 코디네이터로 재시도)은 그 종류의 범용 기본값이고, 다른 복제 계수나 일관성 수준은 적을 수 없습니다.`,
            ),
            { engine: word, leaderless: true },
          ),
        );
        continue;
      }
      if (leaderless) {
        out.push(
          nodeFinding(
            'unknown-engine',
            node,
            L(
              `\`engine=${word}\` is read as a cluster of interchangeable instances with generic timings of its kind: ${leaderless}'s replication per key range (a replication factor, commonly 3, and the consistency level of each request) is not modelled. Losing one node, or one rack, is covered when every range has a copy per rack; losing two nodes in different racks makes the ranges they share unavailable to QUORUM requests, which the figures here do not show.`,
              `${codeJosa(`engine=${word}`, '은/는')} 서로 바꿔 쓸 수 있는 인스턴스들의 클러스터로 보고 그 종류의 범용 기본값을 씁니다. ${leaderless}의 키 범위별 복제(보통 3인 복제 계수와 요청마다의 일관성 수준)는 반영하지 않습니다. 범위마다 랙별로 사본이 하나씩 있으면 노드 하나나 랙 하나를 잃어도 버티지만, 서로 다른 랙의 노드 둘을 잃으면 두 노드가 함께 가진 범위는 QUORUM 요청을 처리하지 못하며, 여기 보이는 수치에는 그것이 나타나지 않습니다.`,
            ),
            { engine: word, leaderless: true },
          ),
        );
        continue;
      }
      // Known database products whose failover timings no document gives here: their semantics are read, their timings generic.
      // (A RabbitMQ cluster of mirrored queues is timed by its own net_ticktime: round 77 r04.)
      const generic = timingsOf(node).profile.id.startsWith('rabbitmq-') ? undefined : GENERIC_TIMED.get(word.toLowerCase());
      if (generic && !first.has(word.toLowerCase())) {
        first.set(word.toLowerCase(), node.name);
        // (Timings the design writes on the node or its pair — `down-after=`, `promote=` on the standby — are the product's
        // as far as the run goes: said so, and nothing said when both detection and promotion are written; round 78c r05.)
        const pair = facts.nodes.filter((x) => x === node || x.of === node.name || (node.of !== null && x.name === node.of));
        const writtenTimings = TIMING_KEYS.filter((k) => pair.some((x) => x.attrs.has(k)));
        if (writtenTimings.some((k) => k === 'heartbeat' || k === 'down-after') && writtenTimings.includes('promote')) continue;
        const list = writtenTimings.map((k) => `\`${k}=\``).join(', ');
        const missing = writtenTimings.includes('promote') ? L('`heartbeat=` or `down-after=`', '`heartbeat=` 또는 `down-after=`') : L('`promote=`', '`promote=`');
        out.push(
          nodeFinding(
            'unknown-engine',
            node,
            writtenTimings.length
              ? L(
                  `\`engine=${word}\` is read as ${generic.en}; the run uses the timings the design writes (${list}), and the generic ones of its kind for the rest — no ${generic.product} document gives them here. Write ${missing.en} too if you know it.`,
                  `${codeJosa(`engine=${word}`, '은/는')} ${generic.ko}로 읽습니다. 시뮬레이션은 설계에 적힌 시간 값(${list})을 쓰고, 나머지는 그 종류의 범용 기본값을 씁니다(${generic.product} 문서가 여기 없음). 알고 있다면 ${missing.ko}도 적으세요.`,
                )
              : L(
                  `\`engine=${word}\` is read as ${generic.en}, but no ${generic.product} document gives its detection and failover times here: \`${node.name}\` gets the generic timings of its kind, \`${node.kind ?? 'node'}\`, so its failover figures are not ${generic.product}'s own. Write them if you know them (\`heartbeat=\`, \`promote=\`).`,
                  `${codeJosa(`engine=${word}`, '은/는')} ${generic.ko}로 읽지만, 감지와 페일오버 시간을 알려 주는 ${generic.product} 문서가 여기 없어 \`${node.name}\`에는 \`${node.kind ?? 'node'}\` 종류의 범용 기본값을 씁니다. 페일오버 수치는 ${generic.product} 자체의 값이 아니니, 알고 있다면 적으세요(\`heartbeat=\`, \`promote=\`).`,
                ),
            { engine: word, generic: true },
          ),
        );
        continue;
      }
      // (Said once, on the first node of that engine.)
      if (generic) continue;
      if (known.has(word.toLowerCase()) || known.has(canonicalEngine(word))) continue;
      // (Nor a word that selects a profile on this kind — `engine=cloudflare` on a balancer is Cloudflare Load Balancing;
      // round 94b r07.)
      if (selectionOf(node).known) continue;
      // An embedded session grid named on a server (`app-server engine=infinispan sessions=replicated`), as
      // docs/language.md says to write it: read for its copies, no timings to miss (round 68b r10). (A grid written as its
      // own cache node keeps the hint: its detection is the generic one.)
      if (EMBEDDED_GRIDS.has(word.toLowerCase()) && (node.kind === 'app-server' || node.kind === 'web-server' || node.kind === 'service')) continue;
      // A load-balancer appliance pair (F5 BIG-IP, Citrix ADC): known as such, its own timings not verified.
      if (APPLIANCE_PAIRS.has(word.toLowerCase())) {
        // (A Citrix ADC pair's failover is its documented dead interval, 3 s: only its checks can be generic.)
        if (CITRIX_ENGINES.has(word.toLowerCase()) && node.attrs.has('interval') && node.attrs.has('failures')) continue;
        // (Its checks written — `interval=`, `failures=` — are what the run uses: only the pair's heartbeat is a stand-in.)
        const checksWritten = node.attrs.has('interval') && node.attrs.has('failures');
        if (checksWritten && (node.attrs.has('heartbeat') || instanceCount(node) < 2)) continue;
        if (checksWritten) {
          out.push(
            nodeFinding(
              'unknown-engine',
              node,
              L(
                `\`engine=${word}\` is read as a load-balancer appliance: its health checks use the values written (\`interval=\`, \`failures=\`), and the pair fails over on its own network heartbeat, timed here with keepalived's values as a stand-in — ${word}'s own are not verified here (docs/defaults.md). Write \`heartbeat=\` if you know it.`,
                `${codeJosa(`engine=${word}`, '은/는')} 로드밸런서 장비로 간주합니다. 헬스 체크는 적힌 값(\`interval=\`, \`failures=\`)을 쓰고, 장비 쌍은 자체 네트워크 하트비트로 페일오버하는데 여기서는 keepalived 값을 대신 써서 계산합니다. ${word} 제품 자체의 값은 확인되지 않았습니다(docs/defaults.md). 알고 있다면 \`heartbeat=\`를 적으세요.`,
              ),
              { engine: word, appliance: true },
            ),
          );
          continue;
        }
        // (The checks' timings the design writes are the ones the run uses: said so — round 90c r05.)
        const iv = node.attrs.get('interval')?.raw;
        const fl = node.attrs.get('failures')?.raw;
        const checksEn = iv || fl ? `its health checks use the ${[iv ? `\`interval=${iv}\`` : '', fl ? `\`failures=${fl}\`` : ''].filter(Boolean).join(' and ')} written here${iv && fl ? '' : ` (generic ${iv ? '3 failures' : '10 s interval'} for the rest)`}` : 'its health checks are the generic ones (10 s × 3)';
        const checksKo = iv || fl ? `헬스 체크는 여기 적힌 값(${[iv ? `\`interval=${iv}\`` : '', fl ? `\`failures=${fl}\`` : ''].filter(Boolean).join(', ')})${iv && fl ? '을 씁니다' : `을 쓰고 나머지는 범용 기본값(${iv ? '실패 3번' : '주기 10초'})을 씁니다`}` : '헬스 체크는 범용 기본값(10초 × 3)을 씁니다';
        out.push(
          nodeFinding(
            'unknown-engine',
            node,
            L(
              CITRIX_ENGINES.has(word.toLowerCase())
                ? `\`engine=${word}\` is read as a Citrix ADC: a pair fails over after its HA dead interval (3 s, citrix-ha), and ${checksEn} — the monitors' own defaults are not verified here (docs/defaults.md).${iv && fl ? '' : ' Write the checks\' timings (`interval=`, `failures=`) if you know them.'}`
                : `\`engine=${word}\` is read as a load-balancer appliance: a pair fails over on its own network heartbeat, timed here with keepalived's values as a stand-in, and ${checksEn} — ${word}'s own defaults are not verified here (docs/defaults.md).${iv && fl ? '' : ' Write the pair\'s timings (`interval=`, `failures=`) if you know them.'}`,
              CITRIX_ENGINES.has(word.toLowerCase())
                ? `${codeJosa(`engine=${word}`, '은/는')} Citrix ADC로 간주합니다. 장비 쌍은 HA 데드 인터벌(3초, citrix-ha) 뒤 페일오버하고, ${checksKo}. 모니터 자체의 기본값은 확인되지 않았습니다(docs/defaults.md).${iv && fl ? '' : ' 알고 있다면 체크 타이밍(`interval=`, `failures=`)을 적으세요.'}`
                : `${codeJosa(`engine=${word}`, '은/는')} 로드밸런서 장비로 간주합니다. 장비 쌍은 자체 네트워크 하트비트로 페일오버하며, 여기서는 keepalived 값을 대신 써서 계산하고 ${checksKo}. ${word} 제품 자체의 기본값은 확인되지 않았습니다(docs/defaults.md).${iv && fl ? '' : ' 알고 있다면 타이밍(`interval=`, `failures=`)을 적으세요.'}`,
            ),
            { engine: word, appliance: true },
          ),
        );
        continue;
      }
      // A short product name one letter from another is another product more often than a typo (`ecs` is not `ebs`).
      const guess = engineGuess(word.toLowerCase(), known);
      const n = node.name;
      const data = guess ? { engine: word, suggestion: guess } : { engine: word };
      const before = first.get(word.toLowerCase());
      if (before !== undefined) {
        out.push(
          nodeFinding(
            'unknown-engine',
            node,
            L(
              `No technology profile for \`engine=${word}\` (as for \`${before}\`): \`${n}\` gets the generic timings of its kind, \`${node.kind ?? 'node'}\`.`,
              `\`engine=${word}\`에 맞는 기술 프로필이 없어 \`${n}\`에는 ${node.kind ? `\`${node.kind}\`` : '노드'} 종류의 범용 기본값이 쓰입니다(${codeJosa(before, '와/과')} 같음).`,
            ),
            data,
          ),
        );
        continue;
      }
      first.set(word.toLowerCase(), n);
      out.push(
        nodeFinding(
          'unknown-engine',
          node,
          L(
            `Infra Notes has no technology profile for \`engine=${word}\`, so \`${n}\` gets the generic timings of its kind, \`${node.kind ?? 'node'}\` (detection, failover, repair, availability): the figures shown for it are not ${word}'s own.${guess ? ` Did you mean \`${guess}\`?` : ''} docs/defaults.md lists the products and their sources.`,
            `\`engine=${word}\`에 맞는 기술 프로필이 없어 \`${n}\`에는 ${node.kind ? `\`${node.kind}\`` : '노드'} 종류의 범용 기본값(감지, 페일오버, 복구, 가용성)이 쓰입니다. 여기 보이는 수치는 ${word} 제품의 값이 아닙니다.${guess ? ` ${codeJosa(guess, '을/를')} 뜻했나요?` : ''} 제품 목록과 출처는 docs/defaults.md에 있습니다.`,
          ),
          data,
        ),
      );
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const node = findingNode(design, finding);
    const guess = finding.data?.['suggestion'];
    if (!node || typeof guess !== 'string') return [];
    return [fix(L(`Use engine=${guess}`, `engine=${guess}로 바꾸기`), [setAttr(design, node, 'engine', guess)], true)];
  },
};
