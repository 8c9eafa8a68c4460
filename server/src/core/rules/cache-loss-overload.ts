import { steadyState } from '../analysis/capacity';
import { capacityOf } from '../model/capacity';
import { buildModel, parseRouteLabel, servingInstances } from '../model/request-graph';
import { josa } from '../shared/josa';
import { koDuration, L, nodeFinding } from './facts';
import type { Rule } from './rule';
import type { Finding } from '../syntax/ast';
import { formatDuration } from '../syntax/values';

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');

/**
 * Losing a cache sends the reads it answered to the database behind it at once
 * (failure-model §2, §6). Which part of the cache one failure takes: all of a
 * single server or of a Sentinel group while it fails over; all of a Redis
 * Cluster while a lost master's replica is promoted (CLUSTERDOWN); one
 * server's share of a client-sharded group (Memcached). Reported on the cache
 * when the database's capacity cannot take the extra reads.
 */
export const cacheLossOverload: Rule<'cache-loss-overload'> = {
  id: 'cache-loss-overload',
  check({ design }) {
    const m = buildModel(design);
    const st = steadyState(m);
    if (!st) return [];
    const cap = capacityOf(m);
    const out: Finding[] = [];
    // Where each cache's misses are read: a database its callers call with another request class beside it (`web -> db
    // : orders` beside `web -> cache : product reads` and `web -> db-ro : product reads`) takes that class, not the misses
    // (round 67 r03: the primary was judged while the misses went to the read replica).
    const missTargets = new Map<number, Set<number>>();
    for (const caller of m.nodes)
      for (const e of caller.soft) {
        const own = e.direct?.length ? e.fallbacks.filter((f) => !e.direct!.includes(f)) : e.fallbacks;
        const set = missTargets.get(e.cache) ?? new Set<number>();
        for (const f of own.length ? own : e.fallbacks) set.add(f);
        missTargets.set(e.cache, set);
      }
    for (const [c, all] of m.fallbackOf) {
      const fallbacks = missTargets.has(c) ? all.filter((f) => missTargets.get(c)!.has(f)) : all;
      const s = m.nodes[c]!;
      // (A proxy in front of the cache loses no keys with an instance of its own: the cache behind it is said.)
      if (s.kind !== 'cache') continue;
      const hr = cap[c]!.hitRatio;
      if (hr === null || hr <= 0) continue;
      const mode = s.node.attrs.get('mode')?.value;
      const modeName = mode && mode.type === 'text' ? mode.value : null;
      // A Redis Cluster master's loss empties every shard once it is flagged FAIL (cluster-require-full-coverage yes:
      // CLUSTERDOWN for every key), so the whole hit load falls on the database, as a Sentinel master's loss does.
      // A managed cluster (ElastiCache, MemoryDB) runs with cluster-require-full-coverage no: only the lost shard's keys miss.
      const grp = s.group;
      // A managed primary with replicas (Memorystore Standard, ElastiCache with replicas) holds every key on each: losing
      // its primary stops the whole cache until the provider's failover, and the replica comes back warm.
      const share = grp !== null && grp.type === 'cluster' && !grp.fullCoverage ? 1 / grp.shards : modeName === 'cluster' || modeName === 'sentinel' || s.instances <= 1 || s.singleWriter ? 1 : 1 / s.instances;
      const reads = st.load[c]!;
      const moved = reads * hr * share;
      for (const f0 of fallbacks) {
        // A balancer or proxy in front of the database (HAProxy, ProxySQL) passes the misses on: the database's capacity is
        // what is judged (round 94 r01: `capacity=` was asked of the balancer).
        const p0 = m.nodes[f0]!;
        const proxy = p0.capacity === null && (p0.kind === 'load-balancer' || p0.kind === 'gateway') && p0.callees.length > 0 && p0.callees.every((x) => m.nodes[x]!.kind === 'database');
        // (A SQL proxy routing by class — ProxySQL's reads to the replicas, writes to the primary: the misses are reads, and
        // land where its `reads` edge goes; round 106b r05 asked the proxy's capacity while the databases had theirs.)
        const readsTo = proxy && p0.callees.length > 1 ? p0.callees.filter((x) => design.edges.some((e) => e.from === p0.name && e.to === m.nodes[x]!.name && parseRouteLabel(e.label ?? null)?.key === 'reads')) : [];
        const through = proxy && (p0.callees.length === 1 || readsTo.length === 1);
        const f = through ? (p0.callees.length === 1 ? p0.callees[0]! : readsTo[0]!) : f0;
        const db = m.nodes[f]!;
        if (db.capacity === null) {
          // Said rather than skipped (failure-model principle 4): the hit ratio is written, the database's capacity is not.
          if (!(reads > 0)) continue;
          // A cold cache (flushed, restarted empty, or every instance lost) sends all of its hits at once.
          const mult = Math.round((1 / Math.max(1e-9, 1 - hr)) * 10) / 10;
          out.push(
            nodeFinding(
              'cache-loss-overload',
              s.node,
              L(
                `\`${s.name}\` answers ${Math.round(hr * 100)}% of ${fmt(reads)} reads/s: losing it, or a restart or flush that leaves it cold, sends \`${db.name}\` ${mult}× the reads it gets now, at once. \`${db.name}\` has no \`capacity=\`, so whether it survives that cannot be judged: write its capacity (reads/s it serves) to check it.`,
                `${josa(`\`${s.name}\``, '이/가')} 초당 ${fmt(reads)}건의 읽기 중 ${Math.round(hr * 100)}%에 답하므로, 이 캐시를 잃거나 재시작·플러시로 비어 버리면 \`${db.name}\`에 지금의 ${mult}배 읽기가 한꺼번에 몰립니다. \`${db.name}\`에 \`capacity=\`가 없어 버틸 수 있는지 판단할 수 없으니, 처리 용량(초당 읽기)을 적어 확인하세요.`,
              ),
              { database: db.name, hitRatio: hr, share, unknownCapacity: true },
              undefined,
              'info',
            ),
          );
          continue;
        }
        const before = st.load[f]!;
        const after = before + moved;
        // (What serves at once: a single-primary group's primary alone — round 99 r01 counted three members.)
        const can = Math.max(1, servingInstances(db, st.live[f]!)) * db.capacity;
        // A client-sharded cache over zones: one zone's loss takes the servers placed there, a larger share of the keys than
        // one server (round 94c r05; the run showed 7,000/s on a 5,000/s database while no finding did). Judged on the
        // database's capacity outside that zone.
        if (after <= can + 1e-9 && share < 1 && s.node.zones.length >= 2) {
          const per = new Map<string, number>();
          for (let k = 0; k < s.instances; k++) {
            const z = s.zoneOf(k);
            if (z !== null) per.set(z, (per.get(z) ?? 0) + 1);
          }
          const [zone, inZone] = [...per].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
          const zShare = inZone / Math.max(1, s.instances);
          // (A database of several instances keeps those outside the zone; one instance is taken to fail over elsewhere.)
          let outside = 0;
          for (let k = 0; k < db.instances; k++) if (db.zoneOf(k) !== zone) outside++;
          const zCan = db.instances > 1 ? Math.max(1, servingInstances(db, outside)) * db.capacity : can;
          const zAfter = before + reads * hr * zShare;
          // (A voting database that loses its majority with the zone serves nothing then, whatever the cache does: that loss
          // is quorum-fragile's — round 98c r01 said a Galera cluster without its quorum served 43 % of the reads.)
          const quorumGone = db.group !== null && db.group.type === 'majority' && db.instances > 1 && outside * 2 <= db.instances;
          if (zone !== null && inZone >= 2 && zAfter > zCan + 1e-9 && !quorumGone) {
            const servedZ = Math.round((zCan / zAfter) * 1000) / 10;
            out.push(
              nodeFinding(
                'cache-loss-overload',
                s.node,
                L(
                  `\`${s.name}\` answers ${Math.round(hr * 100)}% of ${fmt(reads)} reads/s, so \`${db.name}\` sees ${fmt(before)}/s; losing zone \`${zone}\`, which holds ${inZone} of its ${s.instances} servers (${Math.round(zShare * 100)}% of its keys), sends ${fmt(zAfter)} reads/s to \`${db.name}\` at once, which serves ${fmt(zCan)}/s: only ${servedZ}% of them succeed until the zone is back and the servers warm. Spread the servers so that no zone holds that many (more servers over more zones), or give \`${db.name}\` the capacity for those reads.`,
                  `${josa(`\`${s.name}\``, '이/가')} 초당 ${fmt(reads)}건의 읽기 중 ${Math.round(hr * 100)}%에 답해 \`${db.name}\`에는 초당 ${fmt(before)}건만 갑니다. 서버 ${s.instances}대 중 ${inZone}대(키의 ${Math.round(zShare * 100)}%)가 있는 \`${zone}\` 존을 잃으면 초당 ${fmt(zAfter)}건이 한꺼번에 ${josa(`\`${db.name}\``, '으로/로')} 몰리고 처리 용량은 초당 ${fmt(zCan)}건이라, 존이 돌아와 캐시가 다시 채워질 때까지 ${servedZ}%만 성공합니다. 한 존에 그만큼 몰리지 않게 서버를 더 많은 존에 나누거나, 그 읽기를 받을 용량을 \`${db.name}\`에 두세요.`,
                ),
                { database: db.name, before, after: zAfter, capacity: zCan, hitRatio: hr, share: zShare, zone },
              ),
            );
            continue;
          }
        }
        if (after <= can + 1e-9) {
          // One server's share is carried, but a cache left cold — a restart of the tier, a flush, a deployment — sends
          // every hit at once (round 94c r05): said as an info, no failure of one server does it.
          const cold = before + reads * hr;
          // (Only a cache that keeps no copy of its keys — Memcached's client-sharded servers: a Redis Cluster or Sentinel
          // group comes back from its replicas warm.)
          if (share < 1 && s.group === null && !s.singleWriter && cold > can + 1e-9) {
            const servedCold = Math.round((can / cold) * 1000) / 10;
            out.push(
              nodeFinding(
                'cache-loss-overload',
                s.node,
                L(
                  `\`${s.name}\` answers ${Math.round(hr * 100)}% of ${fmt(reads)} reads/s, so \`${db.name}\` sees ${fmt(before)}/s. Losing one server of it (1/${Math.round(1 / share)} of its keys) is carried, but a restart of the whole tier, a flush or a deployment that leaves it cold sends ${fmt(cold)} reads/s to \`${db.name}\` at once, which serves ${fmt(can)}/s: only ${servedCold}% of them succeed until it is warm again. Warm it gradually (restart one server at a time), or give \`${db.name}\` the capacity for a cold cache.`,
                  `${josa(`\`${s.name}\``, '이/가')} 초당 ${fmt(reads)}건의 읽기 중 ${Math.round(hr * 100)}%에 답해 \`${db.name}\`에는 초당 ${fmt(before)}건만 갑니다. 서버 하나(키의 1/${Math.round(1 / share)})를 잃는 것은 버티지만, 전체 재시작이나 플러시, 배포로 캐시가 비면 초당 ${fmt(cold)}건이 한꺼번에 ${josa(`\`${db.name}\``, '으로/로')} 몰리고 처리 용량은 초당 ${fmt(can)}건이라 다시 채워질 때까지 ${servedCold}%만 성공합니다. 한 대씩 재시작해 천천히 채우거나, 빈 캐시에도 버틸 용량을 \`${db.name}\`에 두세요.`,
                ),
                { database: db.name, before, after: cold, capacity: can, hitRatio: hr, share: 1, cold: true },
                undefined,
                'info',
              ),
            );
          }
          continue;
        }
        // How long it lasts and what would help depend on what the cache already does about a loss.
        const g = s.group;
        const sentinelFailover = g !== null && g.type === 'sentinel' && g.instances >= 2;
        const clusterDown = g !== null && g.type === 'cluster' && g.fullCoverage;
        const what = sentinelFailover
          ? L(`losing the master of \`${s.name}\``, `\`${s.name}\`의 마스터를 잃으면`)
          : s.singleWriter
          ? L(`losing the primary of \`${s.name}\``, `\`${s.name}\`의 프라이머리를 잃으면`)
          : clusterDown
          ? L(`losing one master of \`${s.name}\` (after cluster-node-timeout the whole cluster answers CLUSTERDOWN)`, `\`${s.name}\`의 마스터 하나를 잃으면(cluster-node-timeout 뒤 클러스터 전체가 CLUSTERDOWN으로 답함)`)
          : share === 1
            ? L(`losing \`${s.name}\``, `${josa(`\`${s.name}\``, '을/를')} 잃으면`)
            : L(`losing one ${modeName === 'cluster' ? 'shard' : 'server'} of \`${s.name}\` (1/${Math.round(1 / share)} of its keys)`, `\`${s.name}\`의 ${modeName === 'cluster' ? '샤드' : '서버'} 하나(키의 1/${Math.round(1 / share)})를 잃으면`);
        const served = Math.round((can / after) * 1000) / 10;
        // (The database also takes requests of its own — the writes beside the cached reads: the reads the cache stops
        // answering come on top of them, said so rather than all called reads; round 123b r01.)
        const others = before - reads * (1 - hr) > 1;
        const head = others
          ? L(
              `\`${s.name}\` answers ${Math.round(hr * 100)}% of ${fmt(reads)} reads/s, so \`${db.name}\` sees ${fmt(before)}/s with its other requests; ${what.en}, ${fmt(moved)} more reads/s land on \`${db.name}\` at once (${fmt(after)}/s in all), which serves ${fmt(can)}/s: only ${served}% of them succeed`,
              `${josa(`\`${s.name}\``, '이/가')} 초당 ${fmt(reads)}건의 읽기 중 ${Math.round(hr * 100)}%에 답해 \`${db.name}\`에는 다른 요청까지 초당 ${fmt(before)}건이 갑니다. ${what.ko} 읽기 초당 ${fmt(moved)}건이 더 한꺼번에 ${josa(`\`${db.name}\``, '으로/로')} 몰려 모두 초당 ${fmt(after)}건이 되는데 처리 용량은 초당 ${fmt(can)}건이라,`,
            )
          : L(
              `\`${s.name}\` answers ${Math.round(hr * 100)}% of ${fmt(reads)} reads/s, so \`${db.name}\` sees ${fmt(before)}/s; ${what.en}, ${fmt(after)} reads/s land on \`${db.name}\` at once, which serves ${fmt(can)}/s: only ${served}% of them succeed`,
              `${josa(`\`${s.name}\``, '이/가')} 초당 ${fmt(reads)}건의 읽기 중 ${Math.round(hr * 100)}%에 답해 \`${db.name}\`에는 초당 ${fmt(before)}건만 갑니다. ${what.ko} 초당 ${fmt(after)}건이 한꺼번에 ${josa(`\`${db.name}\``, '으로/로')} 몰리는데 처리 용량은 초당 ${fmt(can)}건이라,`,
            );
        let tail: { en: string; ko: string };
        if (sentinelFailover) {
          const t = formatDuration(g.downAfter + g.promote);
          const tk = koDuration(g.downAfter + g.promote);
          tail = L(
            ` until the Sentinels promote a replica (down-after and promotion, about ${t}); the replica has the data, so the cache comes back warm. Give \`${db.name}\` the capacity for those reads, or fail over sooner (a shorter \`down-after=\`).`,
            ` 센티널이 복제본을 승격할 때까지(down-after와 승격, 약 ${tk}) ${served}%만 성공합니다. 복제본에 데이터가 있어 캐시는 채워진 채로 돌아옵니다. 그 읽기를 받을 용량을 \`${db.name}\`에 두거나, 더 빨리 넘어가게 하세요(\`down-after=\`를 짧게).`,
          );
        } else if (g && g.type === 'cluster' && g.instances > g.shards) {
          const t = formatDuration(g.nodeTimeout + g.election);
          const tk = koDuration(g.nodeTimeout + g.election);
          tail = L(
            ` until the shard's replica is elected (cluster-node-timeout and election, about ${t}); it has the data, so the shard comes back warm. Give \`${db.name}\` the capacity for those reads, or a shorter \`node-timeout=\`.`,
            ` 그 샤드의 복제본이 선출될 때까지(cluster-node-timeout과 선출, 약 ${tk}) ${served}%만 성공합니다. 복제본에 데이터가 있어 샤드는 채워진 채로 돌아옵니다. 그 읽기를 받을 용량을 \`${db.name}\`에 두거나, \`node-timeout=\`을 짧게 하세요.`,
          );
        } else if (s.singleWriter && s.restoreBy === 'failover') {
          const t = formatDuration(s.restore);
          tail = L(
            ` until the provider fails over to a replica (about ${t}); the replica has every key, so the cache comes back warm. Give \`${db.name}\` the capacity for those reads for that long.`,
            ` 제공자가 복제본으로 페일오버할 때까지(약 ${koDuration(s.restore)}) ${served}%만 성공합니다. 복제본에 모든 키가 있어 캐시는 채워진 채로 돌아옵니다. 그동안 그 읽기를 받을 용량을 \`${db.name}\`에 두세요.`,
          );
        } else if (share < 1) {
          tail = L(
            ` until the server is back and warm. Give \`${db.name}\` the capacity for those reads, or spread the keys over more servers so that one holds a smaller share.`,
            ` 서버가 돌아와 다시 채워질 때까지 ${served}%만 성공합니다. 그 읽기를 받을 용량을 \`${db.name}\`에 두거나, 서버를 늘려 한 대가 맡는 키의 몫을 줄이세요.`,
          );
        } else {
          tail = L(
            ` until the cache is back and warm. Give \`${db.name}\` the capacity for a cold cache, or keep the cache up (replicas with automatic failover).`,
            ` 캐시가 돌아와 다시 채워질 때까지 ${served}%만 성공합니다. 캐시 없이도 버틸 용량을 \`${db.name}\`에 두거나, 캐시가 멈추지 않게 하세요(자동 페일오버 복제본).`,
          );
        }
        out.push(
          nodeFinding(
            'cache-loss-overload',
            s.node,
            L(head.en + tail.en, `${head.ko}${tail.ko}`),
            { database: db.name, before, after, capacity: can, hitRatio: hr, share },
          ),
        );
      }
    }
    return out;
  },
};
