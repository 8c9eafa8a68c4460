/**
 * Quick fixes for the HA rules: minimal edits to the design's text that make a
 * finding go away and leave the rest of the note as it was. Spans are
 * block-relative, like the findings'.
 */
import type { Design, Finding, Localized, Span, TopologyNode } from '../syntax/ast';
import { computeFacts, failoverMode, hasRedundantMode, L, standbysOf, textAttr, type Facts } from './facts';
import { regionOf } from './single-zone';
import { multiPrimaryDatasets } from './multi-primary-auto-increment';

export interface Fix {
  title: Localized;
  edits: { span: Span; newText: string }[];
  preferred?: boolean;
}

type Edit = Fix['edits'][number];

/** Quick fixes for one HA finding of `design` (none for findings of other rules). */
export function fixesFor(design: Design, finding: Finding): Fix[] {
  const name = typeof finding.data?.['node'] === 'string' ? (finding.data['node'] as string) : null;
  const node = name ? design.nodes.get(name) : undefined;
  const facts = computeFacts(design);
  switch (finding.rule) {
    case 'single-point-of-failure':
    case 'missing-replica':
      return node ? redundancyFixes(design, facts, node) : [];
    case 'stateful-balancing':
      return node ? sessionFixes(design, facts, node) : [];
    case 'no-health-check':
      return node ? [fix(L(`Add a health check to \`${node.name}\``, `\`${node.name}\`에 헬스 체크 추가`), [setAttr(design, node, 'health-check', null)], true)] : [];
    case 'single-zone':
      return node ? zoneFixes(design, facts, node, finding) : [];
    case 'manual-failover':
      return node ? [fix(L(`Promote \`${node.name}\` automatically (failover=auto)`, `\`${node.name}\` 자동 승격(failover=auto)`), [setAttr(design, node, 'failover', 'auto')], true)] : [];
    case 'raid-no-redundancy':
      if (!node) return [];
      return [
        fix(L('Mirror the disks (raid=1)', '디스크 미러링(raid=1)'), [setAttr(design, node, 'raid', '1')], true),
        fix(L('Mirror and stripe (raid=10)', '미러링 + 스트라이핑(raid=10)'), [setAttr(design, node, 'raid', '10')]),
      ];
    case 'multi-primary-auto-increment':
      return node ? idFixes(design, facts, node) : [];
    case 'rto-not-met':
    case 'rpo-not-met':
      return goalFixes(design, facts, finding);
    default:
      return [];
  }
}

function fix(title: Localized, edits: Edit[], preferred = false): Fix {
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
function setAttr(design: Design, node: TopologyNode, key: string, value: string | null): Edit {
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
function insertLineAfter(design: Design, line: number, statement: string): Edit {
  const src = design.source[line]!;
  const indent = ' '.repeat(src.col) + (/^\s*/.exec(src.text)?.[0] ?? '');
  const at = src.col + src.text.length;
  return { span: { line, start: at, end: at }, newText: `\n${indent}${statement}` };
}

function freeName(design: Design, base: string): string {
  if (!design.nodes.has(base)) return base;
  for (let i = 2; ; i++) if (!design.nodes.has(`${base}${i}`)) return `${base}${i}`;
}

/** A declared zone other than `zone`, preferring the same region. */
function otherZone(design: Design, zone: string): string | null {
  const region = design.zones.get(zone)?.region ?? null;
  const others = [...design.zones.values()].filter((z) => z.name !== zone);
  return (others.find((z) => region !== null && z.region === region) ?? others[0])?.name ?? null;
}

function redundancyFixes(design: Design, facts: Facts, node: TopologyNode): Fix[] {
  const n = node.name;
  const fixes: Fix[] = [];
  const dataLike = node.kind === 'database' || node.kind === 'storage' || node.kind === 'cache';
  if (node.kind === 'cache' && !hasRedundantMode(node)) {
    fixes.push(
      fix(L(`Run \`${n}\` with Sentinel failover (mode=sentinel replicas=3)`, `\`${n}\` 센티널 페일오버 구성(mode=sentinel replicas=3)`), [setAttr(design, node, 'mode', 'sentinel'), setAttr(design, node, 'replicas', '3')], true),
    );
  }
  const standbys = standbysOf(facts, n);
  if (dataLike && node.role !== 'replica' && node.role !== 'standby') {
    const manual = standbys.find((s) => failoverMode(s) === 'manual');
    if (manual) {
      fixes.push(fix(L(`Promote \`${manual.name}\` automatically (failover=auto)`, `\`${manual.name}\` 자동 승격(failover=auto)`), [setAttr(design, manual, 'failover', 'auto')], node.kind !== 'cache'));
    } else if (!standbys.length) {
      const sb = freeName(design, `${n}-standby`);
      let statement = `${sb}: ${node.kindText} standby of=${n} replication=sync failover=auto`;
      const z = node.zones[0];
      const other = z ? otherZone(design, z) : null;
      if (other) statement += ` zone=${other}`;
      else if (!z && node.region) statement += ` region=${node.region}`;
      fixes.push(fix(L(`Add a standby \`${sb}\` with automatic failover`, `자동 페일오버 대기 노드 \`${sb}\` 추가`), [insertLineAfter(design, node.line, statement)], node.kind !== 'cache'));
    }
  }
  if (node.kind !== 'cache') {
    const edits = [setAttr(design, node, 'replicas', '2')];
    const title = node.kind === 'load-balancer' && textAttr(node, 'vip') === null && !node.attrs.has('vip')
      ? L(`Run a pair of \`${n}\` sharing a virtual IP (replicas=2 vip)`, `가상 IP를 공유하는 \`${n}\` 한 쌍(replicas=2 vip)`)
      : L(`Run 2 instances of \`${n}\` (replicas=2)`, `\`${n}\` 인스턴스 2개로(replicas=2)`);
    if (node.kind === 'load-balancer' && !node.attrs.has('vip')) edits.push(setAttr(design, node, 'vip', null));
    fixes.push(fix(title, mergeInserts(edits), !fixes.some((f) => f.preferred)));
  }
  return fixes;
}

/** Two appends at the same point become one edit, so the result does not depend on the order they apply in. */
function mergeInserts(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const prev = out.find((o) => o.span.line === e.span.line && o.span.start === o.span.end && e.span.start === e.span.end && o.span.start === e.span.start);
    if (prev) prev.newText += e.newText;
    else out.push({ span: e.span, newText: e.newText });
  }
  return out;
}

/** The shared cache to keep sessions in: one already used for sessions, else a redundant cache, else any cache. */
function sessionStore(facts: Facts): TopologyNode | null {
  for (const [name] of facts.sessionUsers) {
    const c = facts.design.nodes.get(name);
    if (c && c.kind === 'cache') return c;
  }
  const caches = facts.nodes.filter((n) => n.kind === 'cache' && n.role !== 'standby' && n.role !== 'replica');
  return caches.find((c) => hasRedundantMode(c) || c.managed || c.replicas >= 2) ?? caches[0] ?? null;
}

function sessionFixes(design: Design, facts: Facts, node: TopologyNode): Fix[] {
  const n = node.name;
  const stateless = textAttr(node, 'state') === 'stateful' ? [setAttr(design, node, 'state', 'stateless')] : [];
  const store = sessionStore(facts);
  if (store) {
    return [
      fix(
        L(`Keep \`${n}\`'s sessions in \`${store.name}\` (sessions=${store.name})`, `\`${n}\`의 세션을 \`${store.name}\`에 저장(sessions=${store.name})`),
        mergeInserts([...stateless, setAttr(design, node, 'sessions', store.name)]),
        true,
      ),
    ];
  }
  const name = freeName(design, 'sessions');
  return [
    fix(
      L(`Add a shared session cache \`${name}\` and keep \`${n}\`'s sessions there`, `공유 세션 캐시 \`${name}\` 추가, \`${n}\`의 세션을 그곳에 저장`),
      [...mergeInserts([...stateless, setAttr(design, node, 'sessions', name)]), insertLineAfter(design, node.line, `${name}: cache engine=redis mode=sentinel replicas=3`)],
      true,
    ),
  ];
}

function zoneFixes(design: Design, facts: Facts, node: TopologyNode, finding: Finding): Fix[] {
  const group = (finding.data?.['group'] as string[] | undefined) ?? [node.name];
  const scope = finding.data?.['scope'];
  if (scope === 'zone') {
    const zone = finding.data?.['zone'] as string;
    if (group.length > 1) {
      const other = otherZone(design, zone);
      const partner = design.nodes.get(group[1]!);
      if (!other || !partner) return [];
      return [fix(L(`Move \`${partner.name}\` to zone \`${other}\``, `\`${partner.name}\` → \`${other}\` 존으로 이동`), [placeIn(design, partner, other)], true)];
    }
    const region = regionOf(design, node);
    const zones = [...design.zones.values()].filter((z) => region === null || z.region === null || z.region === region).map((z) => z.name);
    const spread = [zone, ...zones.filter((z) => z !== zone)];
    if (spread.length < 2) return [];
    const value = spread.join(',');
    const edits: Edit[] = [];
    if (node.attrs.has('zone')) {
      const a = node.attrs.get('zone')!;
      edits.push({ span: { line: a.keySpan.line, start: a.keySpan.start, end: a.valueSpan ? a.valueSpan.end : a.keySpan.end }, newText: `zones=${value}` });
    } else edits.push(setAttr(design, node, 'zones', value));
    return [fix(L(`Spread \`${node.name}\` over zones ${spread.join(', ')}`, `\`${node.name}\` 인스턴스를 ${spread.join(', ')} 존에 분산`), edits, true)];
  }
  if (scope === 'region' && group.length > 1) {
    const region = finding.data?.['region'] as string;
    const other = [...design.regions.values()].find((r) => r.name !== region);
    const partner = design.nodes.get(group[1]!);
    if (!other || !partner) return [];
    return [fix(L(`Move \`${partner.name}\` to region \`${other.name}\``, `\`${partner.name}\` → \`${other.name}\` 리전으로 이동`), [setAttr(design, partner, 'region', other.name)], true)];
  }
  return [];
}

/** Puts a node in one zone: rewrites `zone=`/`zones=`, else appends `zone=`. */
function placeIn(design: Design, node: TopologyNode, zone: string): Edit {
  const a = node.attrs.get('zone') ?? node.attrs.get('zones');
  if (a) return { span: { line: a.keySpan.line, start: a.keySpan.start, end: a.valueSpan ? a.valueSpan.end : a.keySpan.end }, newText: `zone=${zone}` };
  return setAttr(design, node, 'zone', zone);
}

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

/** For a goal finding whose worst loss is a node with a standby: automatic promotion, synchronous replication. */
function goalFixes(design: Design, facts: Facts, finding: Finding): Fix[] {
  const worst = finding.data?.['worst'] as { type: string; node?: string } | undefined;
  if (!worst || worst.type !== 'node' || !worst.node) return [];
  const sbs = standbysOf(facts, worst.node);
  if (finding.rule === 'rto-not-met') {
    const manual = sbs.find((s) => failoverMode(s) === 'manual');
    return manual ? [fix(L(`Promote \`${manual.name}\` automatically (failover=auto)`, `\`${manual.name}\` 자동 승격(failover=auto)`), [setAttr(design, manual, 'failover', 'auto')], true)] : [];
  }
  const async = sbs.find((s) => textAttr(s, 'replication') === 'async');
  return async ? [fix(L(`Replicate to \`${async.name}\` synchronously (replication=sync)`, `\`${async.name}\`로 동기 복제(replication=sync)`), [setAttr(design, async, 'replication', 'sync')], true)] : [];
}

