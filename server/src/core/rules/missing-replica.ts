import { classicQueues } from '../model/capacity';
import type { Finding, Localized, TopologyNode } from '../syntax/ast';
import { buildModel, calleeClosure, canBeSpof, instanceCount, jobBrokers, loneManagedCache, replayableFrom, textAttr, selfRunPostgres } from '../model/request-graph';
import { durationAttr, flagAttr } from '../syntax/attrs';
import { timingsOf } from '../model/profiles';
import { shardsOf } from '../model/capacity';
import { backupInterval, copiesThroughDatabases, mirroredDisks, nodeHoldsData, replicatedStorage } from '../model/durability';
import { derivedIndexNote, edgesFromNode, edgesToNode, L, nameList, nodeFinding, withNote, type Facts } from './facts';
import type { Rule } from './rule';
import { clusterMembers, findingNode, laxRpo, redundancyFixes } from './fixes';
import { codeJosa } from '../shared/josa';
import { engineOf, isMemcached } from '../model/groups';
import { losslessMode } from '../model/replication';
import { coverOf } from '../analysis/spof';
import { formatDuration } from '../syntax/values';
import { koDuration } from '../shared/duration';
import { regionOf } from './single-zone';


/** Whether a node holds data of its own (not a copy of another node's). */
export function holdsData(f: Facts, node: TopologyNode): boolean {
  // (One predicate with the durability model's: a node the rules say holds data is one whose loss the run counts.)
  return nodeHoldsData(f.design, node, f.sessionUsers.has(node.name));
}

/** Whether a data node's data survives losing one machine or disk. */
export function dataIsCopied(f: Facts, node: TopologyNode): boolean {
  return copiedElsewhere(f, node) || mirroredDisks(node);
}

/** Whether a data node's data has a live copy on another machine (or the provider keeps one): more than RAID inside the box. */
export function copiedElsewhere(f: Facts, node: TopologyNode): boolean {
  // A sharded node: every shard needs 2+ instances (model/capacity.ts places ⌈n/S⌉ per shard).
  const n = instanceCount(node);
  // A single ElastiCache/MemoryDB node is managed but has no replica: its data goes with it.
  const loneCache = loneManagedCache(node, n);
  // Memcached servers do not copy each other: the clients hash each key to one of them, so its instances are shards.
  const memcached = !node.managed && isMemcached(node);
  if ((node.managed && !loneCache) || replicatedStorage(node) || (!memcached && Math.floor(n / shardsOf(node, n)) >= 2)) return true;
  // The disks of a replicated database (RAC's SAN with a Data Guard standby elsewhere): its copies hold this data too.
  return f.copies.has(node.name) || copiesThroughDatabases(f.design, node).length > 0; // lists there are never empty
}

/** Words naming state of record a cache may hold (stock, carts, balances, idempotency keys): lost with it, not rebuilt. */
const RECORD_STATE = /\b(stock|inventory|carts?|basket|coupons?|balance|points|idempoten\w*|dedup\w*|de-dup\w*)\b|재고|장바구니|쿠폰|잔액|포인트|멱등|중복 ?(확인|방지|체크|제거)/i;

export const missingReplica: Rule<'missing-replica'> = {
  id: 'missing-replica',
  check({ facts }) {
    const out = [];
    for (let ni = 0; ni < facts.nodes.length; ni++) {
      const node = facts.nodes[ni]!;
      if (!holdsData(facts, node) || dataIsCopied(facts, node)) continue;
      const n = node.name;
      const users = facts.sessionUsers.get(n)?.map((u) => u.name) ?? [];
      let message;
      // A managed Redis (ElastiCache, Memorystore, Azure Cache) gets its replica and failover from the provider (Multi-AZ,
      // Standard tier): no Sentinel to run.
      const failoverHow = isMemcached(node)
        ? L('Memcached does not replicate and has no failover (no Sentinel, no standby): keep the sessions in a store that copies them — Redis with a replica and Sentinel (`engine=redis mode=sentinel replicas=3`), or the database.', 'Memcached는 복제도 페일오버도 하지 않습니다(센티널도 대기 노드도 없음). 세션을 복제되는 저장소에 두세요: 복제본과 센티널을 갖춘 Redis(`engine=redis mode=sentinel replicas=3`)나 데이터베이스.')
        : node.managed || timingsOf(node).profile.managed
        ? managedCacheReplica(node)
        : L('Run it with automatic failover (`mode=sentinel replicas=3`) or add a standby.', '자동 페일오버 구성(`mode=sentinel replicas=3`)으로 바꾸거나 대기 노드를 추가하세요.');
      const workers = node.kind === 'cache' && node.role !== 'primary' && jobBrokers(facts.design).has(n) ? facts.design.edges.filter((e) => e.from === n).map((e) => e.to) : [];
      if (workers.length && !users.length) {
        // A job broker (Celery, Sidekiq, BullMQ on Redis): the queued jobs exist nowhere else (round 39b).
        const w = nameList([...new Set(workers)]);
        message = L(
          `\`${n}\` is the job broker of ${w.en} and runs on a single server with no copy: the jobs waiting in it exist nowhere else, so when it restarts or fails they are gone unless it persists them (AOF), and every request that enqueues a job fails until it is back. ${failoverHow.en}`,
          `${codeJosa(n, '은/는')} ${w.ko}의 작업 브로커인데 복제본 없이 서버 한 대에서 돌고 있습니다. 대기 중인 작업은 다른 곳에 없으므로 재시작하거나 장애가 나면 영속화(AOF)하지 않은 작업은 사라지고, 복구될 때까지 작업을 넣는 요청은 모두 실패합니다. ${failoverHow.ko}`,
        );
      } else if (node.kind === 'cache' && !users.length && node.role !== 'primary' && jobBrokers(facts.design).has(n)) {
        // A task result backend (Celery's results on Redis, written by the workers): the results exist nowhere else.
        message = L(
          `\`${n}\` keeps task results (a result backend) and runs on a single server with no copy: the results exist nowhere else, so when it restarts or fails they are gone unless it persists them, and the requests that read a task's status or result fail until it is back. ${failoverHow.en}`,
          `${codeJosa(n, '은/는')} 작업 결과를 보관하는 결과 백엔드인데 복제본 없이 서버 한 대에서 돌고 있습니다. 결과는 다른 곳에 없으므로 재시작하거나 장애가 나면 영속화하지 않은 결과는 사라지고, 복구될 때까지 작업 상태나 결과를 읽는 요청이 실패합니다. ${failoverHow.ko}`,
        );
      } else if (node.kind === 'cache' && !users.length) {
        // A cache that is the data of record (`primary`): its data, not sessions, goes with it.
        message = L(
          `\`${n}\` is the only store of its data (\`primary\`) and runs on a single server with no copy: when it restarts or fails, what it holds is gone unless it persists it, and its callers fail until it is back. ${failoverHow.en}`,
          `\`${n}\` 노드는 이 데이터의 유일한 저장소(\`primary\`)인데 복제본 없이 서버 한 대에서 돌고 있습니다. 재시작하거나 장애가 나면 영속화하지 않은 데이터는 사라지고, 복구될 때까지 호출하는 쪽도 실패합니다. ${failoverHow.ko}`,
        );
      } else if (node.kind === 'cache' && instanceCount(node) >= 2) {
        // Memcached with several servers (see copiedElsewhere): each session is on one of them.
        const who = nameList(users);
        const k = instanceCount(node);
        message = L(
          `\`${n}\` keeps the login sessions of ${who.en} on ${k} memcached servers, each holding its own keys: memcached does not replicate (the clients hash each key to one server), so losing one logs out the users whose sessions it held (1/${k}) and what they were doing is gone. Keep the sessions where they are copied — Redis with a replica and automatic failover (\`engine=redis mode=sentinel replicas=3\`) — or have the session manager write each session to a second server too.`,
          `\`${n}\` 노드는 ${who.ko}의 로그인 세션을 memcached 서버 ${k}대에 나누어 두는데, 서버마다 자기 키만 갖습니다. memcached는 복제하지 않으므로(클라이언트가 키마다 서버 하나를 고름) 한 대를 잃으면 그 서버에 세션이 있던 사용자(1/${k})가 로그아웃되고 하던 작업도 사라집니다. 세션을 복제되는 곳에 두거나(복제본과 자동 페일오버를 갖춘 Redis: \`engine=redis mode=sentinel replicas=3\`) 세션 관리자가 세션을 다른 서버에도 한 번 더 쓰게 하세요.`,
        );
      } else if (node.kind === 'cache') {
        const who = nameList(users);
        message = L(
          `\`${n}\` keeps the login sessions of ${who.en} on a single server: when it restarts or fails, every user is logged out and what they were doing is gone. ${failoverHow.en}`,
          `\`${n}\` 노드는 ${who.ko}의 로그인 세션을 서버 한 대에만 두고 있습니다. 재시작하거나 장애가 나면 모든 사용자가 로그아웃되고 하던 작업도 사라집니다. ${failoverHow.ko}`,
        );
      } else if (node.kind === 'queue' && classicQueues(node) && instanceCount(node) >= 2) {
        // A RabbitMQ cluster of classic queues: each queue on one node, copied nowhere (round 72 r02).
        const k = instanceCount(node);
        message = L(
          `\`${n}\` runs ${k} RabbitMQ nodes, but its queues are classic queues (no \`quorum\`): each lives on the node it was declared on, copied nowhere — when that node fails its queues stop taking and delivering messages until it is back, and a lost disk loses the messages waiting in them. More nodes do not copy a classic queue: declare quorum queues (\`quorum\` on \`${n}\`: x-queue-type=quorum), which keep each queue on a majority of the nodes.`,
          `${codeJosa(n, '은/는')} RabbitMQ 노드 ${k}대로 돌지만 큐가 클래식 큐(\`quorum\` 없음)라, 큐마다 선언된 노드 하나에만 있고 어디에도 복제되지 않습니다. 그 노드가 죽으면 돌아올 때까지 그 큐는 메시지를 받지도 전달하지도 못하고, 디스크를 잃으면 대기 중이던 메시지도 잃습니다. 노드를 늘려도 클래식 큐는 복제되지 않습니다. 쿼럼 큐로 선언하세요(\`${n}\`에 \`quorum\`: x-queue-type=quorum). 큐마다 노드의 과반에 사본을 둡니다.`,
        );
      } else if (node.kind === 'queue') {
        message = L(
          `\`${n}\` holds messages on a single server with no copy: messages waiting in it are lost when it fails, and senders stop until it is back. Run 2+ replicas (\`replicas=2\`) or a managed queue (\`managed\`).`,
          `\`${n}\` 큐는 복제본 없이 서버 한 대에 메시지를 보관합니다. 장애가 나면 대기 중이던 메시지를 잃고, 복구될 때까지 보내는 쪽도 멈춥니다. 복제본을 두 개 이상 두거나(\`replicas=2\`) 관리형 큐(\`managed\`)를 쓰세요.`,
        );
      } else {
        const members = clusterMembers(node);
        const fix = members !== null
          ? L(
              `Run it as a cluster of three members (\`${members}\`): ${engineOf(node)} keeps its copies on its members.`,
              `구성원 3개로 클러스터를 구성하세요(\`${members}\`). ${codeJosa(engineOf(node), '은/는')} 구성원에 사본을 둡니다.`,
            )
          : laxRpo(facts.design) && node.kind === 'database'
            ? // The goal's rpo allows the seconds an asynchronous copy lags: no synchronous wait on every commit (as single-point-of-failure says).
              L(
                `Add a standby (\`${n}-standby: ${node.kindText} standby of=${n} replication=async failover=auto\`): the goal's rpo allows the seconds an asynchronous copy lags behind.`,
                `대기 노드를 추가하세요(\`${n}-standby: ${node.kindText} standby of=${n} replication=async failover=auto\`). 목표 RPO가 비동기 사본의 복제 지연만큼은 허용합니다.`,
              )
            : node.kind === 'database' && selfRunPostgres(node) && losslessMode(node) === 'sync'
              ? // PostgreSQL stops every commit while its only synchronous standby is down (single-point-of-failure says the
                // same): two of them, ANY 1 — the advice single-point-of-failure gives on the same line (round 55 r02).
                L(
                  `Add standbys kept in sync, two of them so that a commit never waits on one alone (\`${n}-standby: ${node.kindText} standby of=${n} replication=sync failover=auto replicas=2\`, \`synchronous_standby_names = 'ANY 1 (…)'\`), or a replica.`,
                  `동기 복제 대기 노드를 두되, 커밋이 하나만 기다리지 않도록 두 개를 두세요(\`${n}-standby: ${node.kindText} standby of=${n} replication=sync failover=auto replicas=2\`, \`synchronous_standby_names = 'ANY 1 (…)'\`). 아니면 복제본을 추가하세요.`,
                )
            : L(
          `Add a standby kept ${losslessMode(node) === 'semi-sync' ? 'by semi-synchronous replication' : 'in sync'} (\`${n}-standby: ${node.kindText} standby of=${n} replication=${losslessMode(node)} failover=auto\`${losslessMode(node) === 'semi-sync' ? ': each commit waits until it has received the write, and it turns asynchronous after a timeout' : ''})${node.kind === 'storage' ? ', or mirror the disks (`raid=1`)' : ' or a replica'}.`,
          `${losslessMode(node) === 'semi-sync' ? '반동기(semi-sync)' : '동기'} 복제 대기 노드(\`${n}-standby: ${node.kindText} standby of=${n} replication=${losslessMode(node)} failover=auto\`${losslessMode(node) === 'semi-sync' ? ': 커밋마다 대기 노드가 받을 때까지 기다리고 타임아웃이 지나면 비동기로 전환' : ''})${node.kind === 'storage' ? '를 추가하거나 디스크를 미러링하세요(`raid=1`)' : '나 복제본을 추가하세요'}.`,
        );
        // Its data on a storage node it calls (a SAN LUN, an EBS volume): losing the server stops writes, the disk keeps the data.
        const disks = node.kind === 'database' ? edgesFromNode(facts, n).filter((e) => facts.design.nodes.get(e.to)?.kind === 'storage').map((e) => e.to) : [];
        // The disk's own copies (array replication: `storage standby of=`) keep the data when the disk is lost too.
        const diskCopies = disks.length ? (facts.copies.get(disks[0]!) ?? []).map((c) => `\`${c.name}\``) : [];
        const disk = disks.length ? facts.design.nodes.get(disks[0]!) : undefined;
        const diskLoss = diskCopies.length
          ? L(`\`${disks[0]}\` is copied to ${diskCopies.join(', ')}, which ${diskCopies.length > 1 ? 'keep' : 'keeps'} the data if \`${disks[0]}\` itself is lost.`, `${codeJosa(disks[0]!, '은/는')} ${diskCopies.join(', ')}에 복제되므로 ${codeJosa(disks[0]!, '을/를')} 잃어도 데이터는 ${diskCopies.join(', ')}에 남습니다.`)
          : disk && dataIsCopied(facts, disk)
            ? L(`\`${disks[0]}\` keeps copies of its own, so the data survives a lost disk too: what is missing is a second server.`, `${codeJosa(disks[0]!, '은/는')} 자체 사본을 두므로 디스크를 잃어도 데이터는 남습니다. 모자란 것은 두 번째 서버입니다.`)
          : L(`losing \`${disks[0]}\` (or its zone) loses everything since the last backup.`, `\`${disks[0]}\`(또는 그 존)를 잃으면 마지막 백업 이후의 데이터를 모두 잃습니다.`);
        const mmr = buildModel(facts.design);
        const replay = disks.length ? null : replayableFrom(mmr, mmr.byName.get(n)!, backupInterval(node));
        // A store written to be rebuilt from another (`rebuilt-from=`, a search index of a database): what it holds is the
        // source's, so nothing of record is lost — its loss is the wait for the rebuild (round 107b r08).
        const rebuilt = textAttr(node, 'rebuilt-from');
        const rebuild = durationAttr(node, 'restore');
        message = rebuilt !== null
          ? L(
              `\`${n}\` has no copy — no replica, no standby, no redundant mode. It is rebuilt from \`${rebuilt}\` (\`rebuilt-from=\`), so its loss loses no write of record, but what needs it fails until the rebuild is done${rebuild !== null ? ` (${formatDuration(rebuild)}, \`restore=\`)` : ''}. A second instance or a replica (\`${n}-replica: ${node.kindText} replica of=${n}\`, or \`replicas=2\`) keeps it serving meanwhile.`,
              `\`${n}\` 노드는 복제본도, 대기 노드도, 이중화 모드도 없습니다. \`${rebuilt}\`에서 다시 만들 수 있어(\`rebuilt-from=\`) 잃어도 원본 쓰기는 잃지 않지만, 다시 만드는 동안${rebuild !== null ? `(${koDuration(rebuild)}, \`restore=\`)` : ''} 이 노드가 필요한 요청은 실패합니다. 인스턴스를 하나 더 두거나 복제본을 두면(\`${n}-replica: ${node.kindText} replica of=${n}\` 또는 \`replicas=2\`) 그동안에도 처리할 수 있습니다.`,
            )
          : disks.length
          ? L(
              `\`${n}\` has no copy — no replica, no standby, no redundant mode. Its data is on \`${disks[0]}\`, which outlives the server, but when \`${n}\` is lost writes stop until it is rebuilt and the disk attached again; ${diskLoss.en} ${fix.en}`,
              `\`${n}\` 노드는 복제본도, 대기 노드도, 이중화 모드도 없습니다. 데이터는 서버보다 오래 남는 \`${disks[0]}\`에 있지만, \`${n}\` 노드를 잃으면 서버를 다시 만들고 디스크를 다시 붙일 때까지 쓰기가 멈추고, ${diskLoss.ko} ${fix.ko}`,
            )
          : replay
          ? L(
              `\`${n}\` has no copy — no replica, no standby, no redundant mode. Its writes come only from \`${replay.name}\`, which keeps its messages ${formatDuration(replay.retention)}: when it is lost, it is restored from its backup and the rest replayed from there — no write of record is lost, but what reads it waits for the restore and the catch-up, and the consumers wait with it. A replica (\`${n}-replica: ${node.kindText} replica of=${n}\`) shortens that; synchronous standbys are more than a store that can be replayed needs.`,
              `\`${n}\` 노드는 복제본도, 대기 노드도, 이중화 모드도 없습니다. 쓰기는 메시지를 ${koDuration(replay.retention)} 보관하는 \`${replay.name}\`에서만 오므로, 이 노드를 잃으면 백업에서 복원한 뒤 나머지를 거기서 다시 적재합니다. 원본 쓰기는 잃지 않지만, 이 노드를 읽는 쪽은 복원과 따라잡기가 끝날 때까지 기다리고 컨슈머도 함께 기다립니다. 복제본(\`${n}-replica: ${node.kindText} replica of=${n}\`)을 두면 그 시간이 줄어듭니다. 다시 적재할 수 있는 저장소에 동기 대기 노드까지는 필요 없습니다.`,
            )
          : L(
              `\`${n}\` holds data but has no copy — no replica, no standby, no redundant mode. When it is lost, its data goes with it and writes stop until it is rebuilt from a backup. ${fix.en}`,
              `\`${n}\` 노드는 데이터를 갖고 있지만 복제본도, 대기 노드도, 이중화 모드도 없습니다. 이 노드를 잃으면 데이터도 함께 잃고, 백업에서 다시 만들 때까지 쓰기가 멈춥니다. ${fix.ko}`,
            );
      }
      out.push(withNote(nodeFinding('missing-replica', node, message, { kind: node.kind, sessionUsers: users }), derivedIndexNote(node)));
    }
    // A lone self-run cache written as a cache (no `primary`, no sessions) but named for what an application cannot run
    // without — locks, a queue, counters, rate limits (Nextcloud's file locking on Redis): the model reads it as optional
    // (its misses go on), which its name contradicts — said as an info (round 35).
    const m = buildModel(facts.design);
    for (const node of facts.nodes) {
      if (node.kind !== 'cache' || (node.managed && !loneManagedCache(node, instanceCount(node))) || node.role === 'primary' || (node.role === 'standby' && node.of !== null) || facts.sessionUsers.has(node.name) || (instanceCount(node) > 1 && !(isMemcached(node) && !node.managed)) || jobBrokers(facts.design).has(node.name)) continue;
      const s = m.nodes[m.byName.get(node.name)!]!;
      if (!s.callers.length || s.group !== null) continue;
      const words = [textAttr(node, 'label') ?? '', node.name, ...edgesToNode(facts, node.name).map((e) => e.label ?? '')].join(' ');
      // (Round 37: stock, carts and coupons kept in Redis — DECR on a stock counter, a cart hash — are data of record too.)
      // (Round 39: idempotency keys and de-duplication records — a lost one lets a retried payment through twice.)
      if (!/\b(lock|locks|locking|mutex|queue|job|jobs|counter|counters|rate[- ]?limit\w*|semaphore|stock|inventory|carts?|basket|coupons?|balance|points|leaderboard|ranking|idempoten\w*|dedup\w*|de-dup\w*|nonces?)\b|잠금|락|큐|카운터|재고|장바구니|쿠폰|잔액|포인트|랭킹|순위|멱등|중복 ?(확인|방지|체크|제거)/i.test(words)) continue;
      // Written `required`: the callers already need it (single-point-of-failure says so); what is left to say is the data
      // it holds and loses with it, not "optional" and `primary` (round 63b r09).
      // (Or already read as needed — its edge names the state it keeps, a lock or a queue: no soft edge reaches it; round
      // 97c r08 was told "the model reads it as optional" beside a single point of failure on it.)
      const required = flagAttr(node, 'required') === true || s.callers.every((c) => !m.nodes[c]!.soft.some((e) => e.cache === s.idx));
      // (A provider's cache is given its replica by the service — ElastiCache Multi-AZ — not by Sentinels of ours.)
      const replicaFix = node.managed
        ? L("a replica in another zone with the service's automatic failover (ElastiCache or MemoryDB Multi-AZ, Memorystore Standard, Azure Cache Standard)", '다른 존에 복제본을 두고 서비스의 자동 페일오버를 켜거나(ElastiCache·MemoryDB 다중 AZ, Memorystore Standard, Azure Cache Standard)')
        : L('a replica with failover (`mode=sentinel replicas=3`)', '페일오버되는 복제본을 두거나(`mode=sentinel replicas=3`)');
      // A Memcached pool of several servers: they copy nothing — each holds its share of the keys (round 108c r03: idempotency
      // keys in a pool of three read as redundant).
      const pool = instanceCount(node);
      // (Only for what is not rebuilt by itself — idempotency keys, stock, carts — not rate-limit counters or locks that expire.)
      if (pool > 1 && !(RECORD_STATE.test(words) || /\bnonces?\b/i.test(words))) continue;
      if (pool > 1) {
        out.push(
          nodeFinding(
            'missing-replica',
            node,
            L(
              `\`${node.name}\` is a Memcached pool of ${pool} servers, and its name says it holds what the callers rely on (idempotency keys, stock, carts): Memcached copies nothing — each server holds its share of the keys (about 1/${pool}), gone when it is lost or restarted, so a retried request it should have stopped can go through. Keep what must survive in the database, or in a store that replicates (Redis with a replica and Sentinel, \`engine=redis mode=sentinel replicas=3\`).`,
              `${codeJosa(node.name, '은/는')} 서버 ${pool}대의 Memcached 풀이고, 이름을 보면 호출하는 쪽이 의지하는 것을 담고 있습니다(멱등 키, 재고, 장바구니). Memcached는 아무것도 복제하지 않아 서버마다 키의 일부(약 1/${pool})를 가지며, 그 서버를 잃거나 재시작하면 사라집니다. 그래서 막아야 할 재시도 요청이 통과할 수 있습니다. 남아야 하는 것은 데이터베이스나 복제하는 저장소(복제본과 Sentinel을 둔 Redis, \`engine=redis mode=sentinel replicas=3\`)에 두세요.`,
            ),
            { kind: node.kind, memcachedPool: pool },
          ),
        );
        continue;
      }
      if (required) {
        out.push(
          nodeFinding(
            'missing-replica',
            node,
            L(
              `\`${node.name}\` is one cache server its callers cannot run without${flagAttr(node, 'required') === true ? ' (\`required\`)' : ''}, and its name says it holds what they rely on (locks, a queue, counters, stock, carts, idempotency keys): with no copy, what it held is gone when it is lost or replaced — a replaced server starts empty. Give it ${replicaFix.en}, or keep what must survive in the database.`,
              `${codeJosa(node.name, '은/는')} 호출하는 쪽이 이것 없이는 동작하지 못하는${flagAttr(node, 'required') === true ? '(\`required\`)' : ''} 캐시 서버 한 대이고, 이름을 보면 그쪽이 의지하는 것(잠금, 큐, 카운터, 재고, 장바구니, 멱등 키)을 담고 있습니다. 사본이 없으니 이 서버를 잃거나 교체하면 담고 있던 것이 사라집니다(교체된 서버는 빈 상태로 시작). ${replicaFix.ko}, 남아야 하는 것은 데이터베이스에 두세요.`,
            ),
            { kind: node.kind, required: true },
          ),
        );
        continue;
      }
      out.push(
        nodeFinding(
          'missing-replica',
          node,
          L(
            `\`${node.name}\` is one cache server, and the model reads a cache as optional — its callers go on without it (its misses go to the store behind). Its name says it holds what they cannot run without (locks, a queue, counters, stock, carts, idempotency keys): if so, its loss stops them, and with no copy what it held is gone. Write \`primary\` on it so that it is read as data the requests need, and give it a replica with failover (\`mode=sentinel replicas=3\`).`,
            `${codeJosa(node.name, '은/는')} 캐시 서버 한 대이고, 이 도구는 캐시를 없어도 되는 것으로 봅니다(호출하는 쪽은 캐시 없이 뒤의 저장소로 계속합니다). 그런데 이름을 보면 호출하는 쪽이 이것 없이는 동작하지 못하는 것(잠금, 큐, 카운터, 재고, 장바구니, 멱등 키)을 담고 있습니다. 그렇다면 이 노드를 잃으면 요청이 멈추고, 사본이 없으니 담고 있던 것도 사라집니다. 요청에 필요한 데이터로 읽히도록 \`primary\`를 적고, 페일오버되는 복제본을 두세요(\`mode=sentinel replicas=3\`).`,
          ),
          { kind: node.kind, assumedOptional: true },
          undefined,
          // Data of record named (stock, carts, balances): a warning — what it holds is lost with it (round 37).
          RECORD_STATE.test(words) ? 'warning' : 'info',
        ),
      );
    }
    out.push(...recoveryPathSingles(facts, m));
    out.push(...singleAzRecoveryCopies(facts, m));
    out.push(...recoveryLacks(m));
    out.push(...copiesOnOneStore(facts));
    return out;
  },  fixes(design, facts, finding) {
    const node = findingNode(design, finding);
    if (finding.data?.['sharedStore'] || finding.data?.['singleAzCopy'] || finding.data?.['recoveryLacks']) return [];
    return node ? redundancyFixes(design, facts, node) : [];
  },
};

/** Kinds that hold data: missing-replica's own case above (a recovery site's database is a copy, single by design). */
const DATA_KINDS = new Set(['database', 'storage', 'queue', 'cache']);

/**
 * A recovery site's path through a single server (round 36: a DR site's lone L4 switch). Behind a failover record, the
 * nodes only a later target reaches are no single point of failure while the first target serves, so the SPOF analysis
 * does not name them; but once the users have moved there (the primary site lost), every request passes through them.
 * Said as an info: one server is a common saving for a recovery site, and whether a disaster must survive one more
 * failure is the owner's call.
 */
function recoveryPathSingles(facts: Facts, m: ReturnType<typeof buildModel>) {
  const out = [];
  const said = new Set<number>();
  for (const rec of m.nodes) {
    if (rec.or !== 'dns-failover' || rec.callees.length < 2) continue;
    // What the first target reaches, by any edge: shared nodes are judged by the SPOF analysis.
    const first = calleeClosure(m, rec.callees[0]!);
    for (const t of rec.callees.slice(1)) {
      // The nodes every request at t passes through: callees needed all (AND), or a pool of one.
      const must: number[] = [];
      const seen = new Set<number>();
      const todo = [t];
      while (todo.length) {
        const v = todo.pop()!;
        if (seen.has(v)) continue;
        seen.add(v);
        must.push(v);
        const s = m.nodes[v]!;
        if (s.routes !== null && s.or !== null) continue;
        const next = s.callees.filter((c) => !s.back.has(c));
        if (s.or === null || next.length === 1) todo.push(...next);
      }
      for (const v of must) {
        const s = m.nodes[v]!;
        if (first.has(v) || said.has(v) || !canBeSpof(s) || s.managed || s.instances !== 1 || s.standsFor >= 0 || s.node.attrs.has('autoscale') || DATA_KINDS.has(s.node.kind ?? '')) continue;
        if (coverOf(s, m.horizon, m.nodes) >= 0) continue;
        said.add(v);
        const n = s.name;
        const r = rec.name;
        const tn = m.nodes[t]!.name;
        const where = v === t
          ? L(`\`${n}\` is \`${r}\`'s later target, and a single server`, `${codeJosa(n, '은/는')} \`${r}\`의 다음 대상이고 서버 한 대입니다`)
          : L(`\`${n}\` is a single server on the path of \`${r}\`'s later target \`${tn}\``, `${codeJosa(n, '은/는')} \`${r}\`의 다음 대상 \`${tn}\` 경로에 있는 서버 한 대입니다`);
        out.push(
          nodeFinding(
            'missing-replica',
            s.node,
            L(
              `${where.en}: while the first target serves it carries nothing, but once \`${r}\` has moved the users there (the first target lost — a site or region down), every request passes through it, and its failure during that disaster stops the service until it is repaired. One server is a common saving for a recovery site; if the goals must hold there too, give it a second instance (\`replicas=2\`, behind a virtual IP or a balancer) or a standby.`,
              `${where.ko}. 첫 번째 대상이 처리하는 동안에는 아무 요청도 받지 않지만, 첫 번째 대상을 잃어(사이트나 리전 장애) ${codeJosa(r, '이/가')} 사용자를 이쪽으로 옮기면 모든 요청이 이 서버 한 대를 지나므로, 그 재해 중에 이 서버마저 고장 나면 수리될 때까지 서비스가 멈춥니다. 복구 사이트를 서버 한 대로 꾸리는 것은 흔한 절충이지만, 재해 때에도 목표를 지켜야 한다면 인스턴스를 하나 더 두거나(\`replicas=2\`, 가상 IP나 로드 밸런서 뒤) 대기 노드를 두세요.`,
            ),
            { kind: s.node.kind, recoveryPath: r },
            undefined,
            'info',
          ),
        );
      }
    }
  }
  return out;
}

/** Kinds a recovery site must have its own of (or reach) to do what the first site does. */
const COUNTERPART_KINDS = new Set(['queue', 'database', 'storage', 'cache']);

/**
 * A failover record's later target that lacks what its first target's requests need (rounds 122b r03, 122c r05: the
 * order-events queue and its workers only in the primary region — after the switch the requests succeed and the events
 * are never produced). Compared by kind: a data node, queue or cache the first target reaches, that the later one reaches
 * neither itself, nor a copy of, nor any node of the same kind. Said as an info, once per record.
 */
function recoveryLacks(m: ReturnType<typeof buildModel>): Finding[] {
  const out: Finding[] = [];
  const reach = (start: number): Set<number> => {
    const seen = new Set<number>();
    const stack = [start];
    while (stack.length) {
      const v = stack.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      const s = m.nodes[v]!;
      stack.push(...s.callees, ...s.consumers, ...s.soft.map((e) => e.cache));
    }
    return seen;
  };
  for (const rec of m.nodes) {
    if (rec.or !== 'dns-failover' || rec.callees.length < 2) continue;
    const first = reach(rec.callees[0]!);
    for (const t of rec.callees.slice(1)) {
      const later = reach(t);
      const kinds = new Set([...later].map((i) => m.nodes[i]!.kind));
      // Copies: a node reached later that is a copy of (or copied by) one reached first stands for it.
      const covered = (i: number): boolean => {
        const n = m.nodes[i]!.node;
        return [...later].some((j) => {
          const o = m.nodes[j]!.node;
          return o.of === n.name || n.of === o.name || (n.of !== null && o.of === n.of);
        });
      };
      // (A database's own disk — a storage node only databases call — goes with the database: a copy of the database at the
      // recovery site keeps that data on its own storage; round 123c r05 asked for a copy of the SAN beside a Data Guard
      // standby.)
      const dbDisk = (i: number): boolean => {
        const s = m.nodes[i]!;
        return s.kind === 'storage' && s.callers.length > 0 && s.callers.every((c) => m.nodes[c]!.kind === 'database' && (later.has(c) || covered(c)));
      };
      const lacking = [...first].filter((i) => {
        const s = m.nodes[i]!;
        return !later.has(i) && s.kind !== null && COUNTERPART_KINDS.has(s.kind) && !kinds.has(s.kind) && !covered(i) && !dbDisk(i) && s.node.role !== 'standby' && s.node.role !== 'replica';
      });
      if (!lacking.length) continue;
      const x = m.nodes[lacking[0]!]!;
      const user = m.nodes[x.callers.find((c) => first.has(c)) ?? rec.callees[0]!]!;
      const tn = m.nodes[t]!.name;
      const kindEn = x.kind === 'queue' ? 'a queue' : x.kind === 'cache' ? 'a cache' : x.kind === 'storage' ? 'a store' : 'a database';
      const kindKo = x.kind === 'queue' ? '큐' : x.kind === 'cache' ? '캐시' : x.kind === 'storage' ? '저장소' : '데이터베이스';
      out.push(
        nodeFinding(
          'missing-replica',
          x.node,
          L(
            `\`${x.name}\` (${kindEn} \`${user.name}\` calls at \`${rec.name}\`'s first target) has no counterpart behind its later target \`${tn}\`: nothing there reaches it, a copy of it or anything of its kind. Once \`${rec.name}\` has moved the users (the first site lost), their requests are served without it — ${x.kind === 'queue' ? 'what they publish to it is never produced, and its consumers do nothing for the recovery period' : 'what they keep in it is neither written nor read there'} — and the run counts them served. Give the recovery site its own (${x.kind === 'queue' ? 'a queue and its consumers there' : `a copy of \`${x.name}\` there`}), or let the recovery site's tier call \`${x.name}\` across the sites, if it outlives the first site's loss.`,
            `${codeJosa(x.name, '은/는')} \`${rec.name}\`의 첫 번째 대상에서 ${codeJosa(user.name, '이/가')} 호출하는 ${kindKo}인데, 다음 대상 \`${tn}\` 쪽에는 대응하는 것이 없습니다. 그쪽에서는 이 노드도, 그 사본도, 같은 종류의 노드도 호출하지 않습니다. 첫 번째 사이트를 잃어 ${codeJosa(rec.name, '이/가')} 사용자를 옮기면 요청은 이것 없이 처리되어${x.kind === 'queue' ? ' 이 큐로 발행하던 메시지가 만들어지지 않고, 복구 기간 동안 컨슈머가 하는 일이 사라집니다' : ' 여기에 두던 데이터를 그곳에서는 쓰지도 읽지도 않습니다'}. 시뮬레이션은 그 요청을 처리된 것으로 셉니다. 복구 사이트에 따로 두거나(${x.kind === 'queue' ? '그곳의 큐와 컨슈머' : `그곳에 \`${x.name}\`의 사본`}), 첫 번째 사이트를 잃어도 살아남는다면 복구 사이트의 계층이 사이트를 넘어 ${codeJosa(x.name, '을/를')} 호출하게 하세요.`,
          ),
          { kind: x.kind, recoveryLacks: tn, recoveryPath: rec.name },
          undefined,
          'info',
        ),
      );
    }
  }
  return out;
}

/**
 * An RDS Multi-AZ primary whose copy in another region, the one promoted when that region is lost, is a Single-AZ
 * instance (`engine=rds`): the recovery region then runs on one instance in one zone — what the primary was made
 * Multi-AZ to avoid. A cross-region read replica can itself be created Multi-AZ, independently of its source (Amazon RDS
 * User Guide, "Working with Multi-AZ read replica deployments"); promoting it keeps its deployment. Said as an info, as
 * a recovery site's single server is (round 121b r06).
 */
function singleAzRecoveryCopies(facts: Facts, m: ReturnType<typeof buildModel>): Finding[] {
  const out: Finding[] = [];
  const design = facts.design;
  for (const c of m.nodes) {
    if (c.kind !== 'database' || !c.managed || c.instances !== 1 || c.timings.profile.id !== 'rds-single-az') continue;
    const cn = c.node;
    if ((cn.role !== 'standby' && cn.role !== 'replica') || !cn.of) continue;
    const pi = m.byName.get(cn.of);
    if (pi === undefined) continue;
    const p = m.nodes[pi]!;
    if (p.timings.profile.id !== 'rds-multi-az' && p.timings.profile.id !== 'rds-multi-az-cluster') continue;
    // Promoted for the source region's loss: a standby, or a replica that takes over (a DR copy), in another region.
    if (cn.role === 'replica' && !p.takeovers.some((t) => t.by === c.idx)) continue;
    const rc = regionOf(design, cn);
    const rp = regionOf(design, p.node);
    if (rc === null || rp === null || rc === rp) continue;
    // A copy of its own at the recovery site (a standby of the standby) covers it.
    if ((facts.copies.get(cn.name) ?? []).some((o) => o.role === 'standby')) continue;
    const n = cn.name;
    out.push(
      nodeFinding(
        'missing-replica',
        cn,
        L(
          `\`${n}\` is \`${p.name}\`'s copy in \`${rc}\`, promoted when \`${rp}\` is lost, and a Single-AZ instance (\`engine=rds\`): \`${p.name}\` survives a lost instance or zone (Multi-AZ), but once the users have moved to \`${rc}\` the service runs on this one instance in one zone, and its failure during that disaster stops every write until RDS replaces it (its zone's loss: until it is restored from a backup elsewhere). A cross-region replica can itself be created Multi-AZ, independently of its source: make it \`engine=rds-multi-az\`, or put "convert to Multi-AZ" first in the recovery runbook.`,
          `${codeJosa(n, '은/는')} \`${rc}\`에 있는 \`${p.name}\`의 사본으로, ${codeJosa(rp, '을/를')} 잃으면 승격되는데 단일 AZ 인스턴스(\`engine=rds\`)입니다. ${codeJosa(p.name, '은/는')} 인스턴스나 가용 영역 하나를 잃어도 버티지만(다중 AZ), 사용자를 ${codeJosa(rc, '으로/로')} 옮긴 뒤에는 이 인스턴스 하나, 가용 영역 하나로 서비스하므로 그 재해 중에 이 인스턴스마저 고장 나면 RDS가 인스턴스를 교체할 때까지(그 가용 영역을 잃으면 다른 곳에 백업으로 복원할 때까지) 쓰기가 모두 멈춥니다. 교차 리전 복제본도 원본과 상관없이 다중 AZ로 만들 수 있으니 \`engine=rds-multi-az\`로 하거나, 복구 절차 맨 앞에 "다중 AZ로 전환"을 넣으세요.`,
        ),
        { kind: cn.kind, singleAzCopy: true, of: p.name },
        undefined,
        'info',
      ),
    );
  }
  return out;
}

/**
 * A database and every copy of it (standbys and replicas replicated on their own, not a shared disk) keeping their data on
 * one storage node (a Ceph cluster, a SAN): the copies survive a lost server, not what stops that store — a full cluster,
 * a failed upgrade, a lost monitor quorum stop them together (round 63b r07).
 */
function copiesOnOneStore(facts: Facts): Finding[] {
  const out: Finding[] = [];
  // (The facts' edge index: a scan of every edge per database and copy made the 10,000-node analysis quadratic.)
  const stores = (name: string): string[] => edgesFromNode(facts, name).filter((e) => facts.design.nodes.get(e.to)?.kind === 'storage').map((e) => e.to);
  for (const p of facts.nodes) {
    if (p.kind !== 'database' || p.role === 'standby' || p.role === 'replica' || p.managed) continue;
    const copies = (facts.copies.get(p.name) ?? []).filter((c) => c.kind === 'database' && (c.role === 'standby' || c.role === 'replica'));
    if (!copies.length) continue;
    // Replicated on their own (a copy of the data), not taking over the primary's disk.
    if (copies.some((c) => { const r = textAttr(c, 'replication'); return r === null || r === 'shared'; })) continue;
    const mine = stores(p.name);
    const shared = mine.filter((st) => copies.every((c) => stores(c.name).includes(st)) && !(facts.copies.get(st) ?? []).length);
    if (!shared.length) continue;
    const st = shared[0]!;
    const names = copies.map((c) => `\`${c.name}\``).join(', ');
    out.push(
      nodeFinding(
        'missing-replica',
        p,
        L(
          `\`${p.name}\` and its ${copies.length > 1 ? 'copies' : 'copy'} ${names} ${copies.length > 1 ? 'all' : 'both'} keep their data on \`${st}\`: the ${copies.length > 1 ? 'copies survive' : 'copy survives'} a lost server, not what stops \`${st}\` itself — a full cluster, a failed upgrade, a lost monitor quorum or a mistake there stops every copy at once. Keep ${copies.length > 1 ? 'a copy' : 'the copy'} on storage of its own (another cluster, or local disks).`,
          `${codeJosa(p.name, '와/과')} 사본 ${names} 모두 데이터를 \`${st}\`에 둡니다. 사본은 서버를 잃는 장애는 견디지만 \`${st}\` 자체가 멈추는 일(클러스터가 가득 참, 업그레이드 실패, 모니터 쿼럼 상실, 그곳에서의 실수)에는 모든 사본이 함께 멈춥니다. 사본 하나는 따로 둔 저장소(다른 클러스터나 로컬 디스크)에 두세요.`,
        ),
        { kind: p.kind, sharedStore: st },
        undefined,
        'warning',
      ),
    );
  }
  return out;
}

/**
 * How a provider-run cache gets a replica in another zone, by its service: Azure Cache for Redis spreads its nodes over
 * zones only in the Premium and Enterprise tiers (a Standard cache's replica shares its zone); Memorystore's Standard Tier
 * and ElastiCache Multi-AZ place the replica in another zone (rounds 83 r01).
 */
export function managedCacheReplica(node: TopologyNode): Localized {
  const id = timingsOf(node).profile.id;
  if (id === 'azure-cache-redis')
    return L(
      'Give it a replica in another zone with automatic failover: Azure Cache for Redis spreads its nodes over zones only in the Premium or Enterprise tier (a Standard cache keeps its replica in the same zone) — `replicas=2` over two zones.',
      '다른 존에 복제본을 두고 자동 페일오버를 켜세요. Azure Cache for Redis는 Premium이나 Enterprise 티어에서만 노드를 여러 존에 나눠 둡니다(Standard 캐시의 복제본은 같은 존에 있습니다). 두 존에 걸쳐 `replicas=2`로 적으세요.',
    );
  if (/memorystore/.test((textAttr(node, 'engine') ?? '').toLowerCase()))
    return L('Give it a replica in another zone with automatic failover (Memorystore\'s Standard Tier: `replicas=2` over two zones).', '다른 존에 복제본을 두고 자동 페일오버를 켜세요(Memorystore Standard 티어: 두 존에 걸쳐 `replicas=2`).');
  return L('Give it a replica in another zone with automatic failover (the provider\'s Multi-AZ: `replicas=2` over two zones).', '다른 존에 복제본을 두고 자동 페일오버를 켜세요(제공자의 다중 AZ: 두 존에 걸쳐 `replicas=2`).');
}
