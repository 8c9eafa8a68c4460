import { timingsOf } from '../model/profiles';
import { classicQueues } from '../model/capacity';
/**
 * Shared pieces of the HA rules' quick fixes: minimal edits to the design's
 * text that make a finding go away and leave the rest of the note as it was.
 * Spans are block-relative, like the findings'. Each rule's own fixes live in
 * its file (Rule.fixes); rules/index.ts's fixesFor hands a finding to its rule.
 */
import { codeJosa } from '../shared/josa';
import type { Design, Finding, Localized, Span, TopologyNode } from '../syntax/ast';
import { failoverMode, hasRedundantMode, L, standbysOf, textAttr, type Facts } from './facts';
import { isRedis, losslessMode } from '../model/replication';
import { hasPlacementSla } from '../model/profiles/derive';
import { instanceCount, selfRunPostgres } from '../model/request-graph';
import { engineOf, isMemcached, replicaSets, SEARCH_ENGINES, votingType } from '../model/groups';

export interface Fix {
  title: Localized;
  edits: { span: Span; newText: string }[];
  preferred?: boolean;
}

export type Edit = Fix['edits'][number];

/** The node a finding is about (its `data.node`), if it still exists. */
export function findingNode(design: Design, finding: Finding): TopologyNode | undefined {
  const name = typeof finding.data?.['node'] === 'string' ? (finding.data['node'] as string) : null;
  return name ? design.nodes.get(name) : undefined;
}

/** The standbys of the node a goal finding names as its worst loss (none when the worst loss is not a node). */
export function worstLossStandbys(facts: Facts, finding: Finding): TopologyNode[] {
  const worst = finding.data?.['worst'] as { type: string; node?: string } | undefined;
  if (!worst || worst.type !== 'node' || !worst.node) return [];
  const src = facts.design.nodes.get(worst.node);
  const all = standbysOf(facts, worst.node);
  // Those in another zone or region than the primary first: the copy to make synchronous is the one a loss of the
  // primary's place leaves (round 93 r03 was told to make the standby beside it synchronous).
  return src ? [...all.filter((c) => apartFrom(c, src)), ...all.filter((c) => !apartFrom(c, src))] : all;
}

/** Whether two nodes are written in different places: zones that do not overlap, or different regions. */
export function apartFrom(a: TopologyNode, b: TopologyNode): boolean {
  return (a.zones.length > 0 && b.zones.length > 0 && !a.zones.some((z) => b.zones.includes(z))) || (a.region !== null && b.region !== null && a.region !== b.region);
}

/**
 * Fixes that size a tier to the `need` its finding carries (over-capacity, n-plus-one): `autoscaled` decides what to
 * do with an `autoscale=` range (null: fall through); otherwise `replicas=need`.
 */
export function instanceCountFixes(design: Design, finding: Finding, autoscaled: (node: TopologyNode, need: number, auto: { min: number; max: number }) => Fix[] | null): Fix[] {
  const node = findingNode(design, finding);
  const need = finding.data?.['need'];
  if (!node || typeof need !== 'number') return [];
  const auto = node.attrs.get('autoscale')?.value;
  const viaAuto = auto && auto.type === 'range' ? autoscaled(node, need, auto) : null;
  if (viaAuto) return viaAuto;
  return [fix(L(`Run ${need} instances of \`${node.name}\` (replicas=${need})`, `\`${node.name}\` 인스턴스 ${need}개로(replicas=${need})`), [setAttr(design, node, 'replicas', String(need))], true)];
}

export function fix(title: Localized, edits: Edit[], preferred = false): Fix {
  return preferred ? { title, edits, preferred } : { title, edits };
}

/** Where a new attribute goes on a node's line: right after its last token. */
function endOfStatement(node: TopologyNode): number {
  let end = node.nameSpan.end;
  if (node.kindSpan) end = Math.max(end, node.kindSpan.end);
  for (const a of node.attrs.values()) {
    end = Math.max(end, a.keySpan.end);
    if (a.valueSpan) end = Math.max(end, a.valueSpan.end);
  }
  return end;
}

/** Sets `key=value` (or the bare flag when value is null): replaces an existing value, else appends. */
export function setAttr(design: Design, node: TopologyNode, key: string, value: string | null): Edit {
  void design;
  const a = node.attrs.get(key);
  const text = value === null ? key : `${key}=${value}`;
  if (a) {
    if (value !== null && a.valueSpan) return { span: a.valueSpan, newText: value };
    const end = a.valueSpan ? a.valueSpan.end : a.keySpan.end;
    return { span: { line: a.keySpan.line, start: a.keySpan.start, end }, newText: text };
  }
  const at = endOfStatement(node);
  return { span: { line: node.line, start: at, end: at }, newText: ` ${text}` };
}

/** Inserts a whole statement on a new line after `line`, indented like it. */
export function insertLineAfter(design: Design, line: number, statement: string): Edit {
  const src = design.source[line]!;
  const indent = ' '.repeat(src.col) + (/^\s*/.exec(src.text)?.[0] ?? '');
  const at = src.col + src.text.length;
  return { span: { line, start: at, end: at }, newText: `\n${indent}${statement}` };
}

export function freeName(design: Design, base: string): string {
  if (!design.nodes.has(base)) return base;
  for (let i = 2; ; i++) if (!design.nodes.has(`${base}${i}`)) return `${base}${i}`;
}

/** A declared zone other than `zone`, preferring the same region. */
export function otherZone(design: Design, zone: string): string | null {
  const region = design.zones.get(zone)?.region ?? null;
  const others = [...design.zones.values()].filter((z) => z.name !== zone);
  return (others.find((z) => region !== null && z.region === region) ?? others[0])?.name ?? null;
}

/** Two appends at the same point become one edit, so the result does not depend on the order they apply in. */
export function mergeInserts(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const prev = out.find((o) => o.span.line === e.span.line && o.span.start === o.span.end && e.span.start === e.span.end && o.span.start === e.span.start);
    if (prev) prev.newText += e.newText;
    else out.push({ span: e.span, newText: e.newText });
  }
  return out;
}

/**
 * Puts a new node in front of `node`: declared after it (`NAME: kind…`, a free name from `base`), every edge into
 * `node` sent to it instead, and an edge from it to `node`. Null when nothing calls `node`.
 */
export function putInFront(design: Design, node: TopologyNode, base: string, kindAndAttrs: string): Edit[] | null {
  const name = freeName(design, base);
  const retarget: Edit[] = design.edges.filter((e) => e.to === node.name).map((e) => ({ span: e.toSpan, newText: name }));
  if (!retarget.length) return null;
  const decl = insertLineAfter(design, node.line, `${name}: ${kindAndAttrs}`);
  const edge = insertLineAfter(design, node.line, `${name} -> ${node.name}`);
  return [...mergeInserts([decl, edge]), ...retarget];
}

/** Whether the design's goal allows losing some seconds of writes (rpo > 0): an asynchronous copy meets it. */
export function laxRpo(design: Design): boolean {
  const rpo = design.goal?.rpo;
  return rpo !== undefined && rpo !== null && rpo > 0;
}

/**
 * The attributes that make a single node of a product that replicates as a cluster (MongoDB, CockroachDB, Galera,
 * Elasticsearch/OpenSearch) three members — with a replica of every shard for a search engine — or null for others.
 */
export function clusterMembers(node: TopologyNode): string | null {
  if (node.kind !== 'database' || votingType(node) === null) return null;
  if (SEARCH_ENGINES.has(engineOf(node))) return 'replicas=3 shard-replicas=1';
  // A MongoDB node of S shards is S replica sets, `replicas=` their total: three members a shard (round 111b r07) — as
  // goal-common's arbiter advice counts them.
  const sets = replicaSets(node, instanceCount(node));
  return engineOf(node) === 'mongodb' && sets > 1 ? `replicas=${3 * sets}` : 'replicas=3';
}

export function redundancyFixes(design: Design, facts: Facts, node: TopologyNode): Fix[] {
  const n = node.name;
  const fixes: Fix[] = [];
  // A RabbitMQ cluster of classic queues: quorum queues copy them over its nodes (no standby to add).
  if (classicQueues(node) && instanceCount(node) >= 2)
    return [fix(L(`Declare \`${n}\`'s queues as quorum queues (quorum)`, `\`${n}\`의 큐를 쿼럼 큐로 선언(quorum)`), [setAttr(design, node, 'quorum', null)], true)];
  // A copy read at its own address: a second instance or a standby does not move its reads. The fix puts a pair of
  // database proxies in front of it (ProxySQL falls back to the primary when the replica is gone) and sends the
  // reads there.
  if (node.of && (node.role === 'replica' || node.role === 'standby')) {
    const edits = putInFront(design, node, `${n}-proxy`, 'load-balancer engine=proxysql replicas=2 vip health-check');
    if (edits) fixes.push(fix(L(`Read \`${n}\` through a proxy pair that falls back to \`${node.of}\``, `프록시 한 쌍을 거쳐 \`${n}\`에서 읽기(복제본이 없으면 ${codeJosa(node.of, '으로/로')})`), edits, true));
    return fixes;
  }
  const dataLike = node.kind === 'database' || node.kind === 'storage' || node.kind === 'cache';
  const engine = textAttr(node, 'engine');
  if (node.kind === 'database' && (engine === 'rds' || engine === 'rds-single-az')) {
    fixes.push(fix(L(`Make \`${n}\` a Multi-AZ deployment (engine=rds-multi-az)`, `${codeJosa(n, '을/를')} 다중 AZ 배포로(engine=rds-multi-az)`), [setAttr(design, node, 'engine', 'rds-multi-az')], true));
    return fixes;
  }
  if (node.kind === 'cache' && !hasRedundantMode(node) && (hasPlacementSla(engine) || node.managed)) {
    // ElastiCache/MemoryDB: a replica in a second zone, which the service promotes (Multi-AZ).
    const z = node.zones[0];
    const other = z ? otherZone(design, z) : null;
    const edits = [setAttr(design, node, 'replicas', '2')];
    const za = node.attrs.get('zone');
    if (z && other && za?.valueSpan) edits.push({ span: { line: za.keySpan.line, start: za.keySpan.start, end: za.valueSpan.end }, newText: `zones=${z},${other}` });
    fixes.push(fix(L(`Give \`${n}\` a replica in another zone (replicas=2, Multi-AZ)`, `\`${n}\`에 다른 존의 복제본 두기(replicas=2, 다중 AZ)`), mergeInserts(edits), true));
    return fixes;
  }
  if (!hasRedundantMode(node) && isMemcached(node)) {
    // Memcached has no replication or Sentinel (round 37): the fix is a store that copies.
    fixes.push(
      fix(L(`Move \`${n}\` to Redis with Sentinel failover (engine=redis mode=sentinel replicas=3)`, `${codeJosa(n, '을/를')} 센티널 페일오버 Redis로 옮기기(engine=redis mode=sentinel replicas=3)`), mergeInserts([setAttr(design, node, 'engine', 'redis'), setAttr(design, node, 'mode', 'sentinel'), setAttr(design, node, 'replicas', '3')]), true),
    );
  } else if (node.kind === 'cache' && !hasRedundantMode(node)) {
    fixes.push(
      fix(L(`Run \`${n}\` with Sentinel failover (mode=sentinel replicas=3)`, `\`${n}\` 센티널 페일오버 구성(mode=sentinel replicas=3)`), [setAttr(design, node, 'mode', 'sentinel'), setAttr(design, node, 'replicas', '3')], true),
    );
  }
  // A product that replicates as a cluster of members (MongoDB, CockroachDB, Elasticsearch): three of them, no standby.
  const members = node.role === null && !node.of ? clusterMembers(node) : null;
  if (members !== null) {
    const edits = [setAttr(design, node, 'replicas', '3')];
    if (members.includes('shard-replicas') && !node.attrs.has('shard-replicas')) edits.push(setAttr(design, node, 'shard-replicas', '1'));
    fixes.push(fix(L(`Run \`${n}\` as a cluster of three (${members})`, `\`${n}\` 구성원 3개 클러스터로(${members})`), mergeInserts(edits), true));
    return fixes;
  }
  const standbys = standbysOf(facts, n);
  if (dataLike && node.role !== 'replica' && node.role !== 'standby') {
    const manual = standbys.find((s) => failoverMode(s, design) === 'manual');
    if (manual) {
      fixes.push(fix(L(`Promote \`${manual.name}\` automatically (failover=auto)`, `\`${manual.name}\` 자동 승격(failover=auto)`), [setAttr(design, manual, 'failover', 'auto')], node.kind !== 'cache'));
    } else if (!standbys.length) {
      const sb = freeName(design, `${n}-standby`);
      // Redis has no synchronous replication: never advise it there; nor where the goal allows the seconds an
      // asynchronous copy lags (rpo > 0): synchronous commits would only add latency.
      const async = isRedis(node) || laxRpo(design);
      let statement = `${sb}: ${node.kindText} standby of=${n} replication=${async ? 'async' : losslessMode(node)} failover=auto`;
      // PostgreSQL waits for a synchronous standby on every commit: two of them, so that losing one stops nothing.
      if (node.kind === 'database' && selfRunPostgres(node) && !async) statement += ' replicas=2';
      const z = node.zones[0];
      const other = z ? otherZone(design, z) : null;
      if (other) statement += ` zone=${other}`;
      else if (!z && node.region) statement += ` region=${node.region}`;
      fixes.push(fix(L(`Add a standby \`${sb}\` with automatic failover`, `자동 페일오버 대기 노드 \`${sb}\` 추가`), [insertLineAfter(design, node.line, statement)], node.kind !== 'cache'));
    }
  }
  if (node.kind !== 'cache') {
    const edits = [setAttr(design, node, 'replicas', '2')];
    // (A proxy behind a Kubernetes Service needs no moving address: the Service is one — round 74b r03.)
    const wantsVip = node.kind === 'load-balancer' && !node.attrs.has('vip') && timingsOf(node).profile.id !== 'k8s-service';
    const title = wantsVip
      ? L(`Run a pair of \`${n}\` sharing a virtual IP (replicas=2 vip)`, `가상 IP를 공유하는 \`${n}\` 한 쌍(replicas=2 vip)`)
      : L(`Run 2 instances of \`${n}\` (replicas=2)`, `\`${n}\` 인스턴스 2개로(replicas=2)`);
    if (wantsVip) edits.push(setAttr(design, node, 'vip', null));
    fixes.push(fix(title, mergeInserts(edits), !fixes.some((f) => f.preferred)));
  }
  return fixes;
}

/**
 * What moves the callers of a cluster whose members they reach at one member's address (Galera, a multi-writer
 * cluster): a proxy with health checks in front, or the driver's own failover. unbalanced-instances and
 * availability-not-met both give it.
 */
export const memberProxyAdvice: Localized = L(
  "Put a proxy with health checks in front (`proxy: load-balancer engine=haproxy health-check replicas=2 vip`; ProxySQL or MaxScale do the same). If the callers' driver lists every member and connects to the next itself (a multi-host connection string), say so: `failover=client`.",
  '헬스 체크하는 프록시를 앞에 두세요(`proxy: load-balancer engine=haproxy health-check replicas=2 vip`, ProxySQL이나 MaxScale도 같습니다). 호출하는 쪽 드라이버가 구성원 목록을 알고 알아서 다음 구성원에 연결한다면(호스트 여러 개를 적은 연결 문자열) `failover=client`로 적으세요.',
);
