import { codeJosa } from '../shared/josa';
import type { Design, Finding, TopologyNode } from '../syntax/ast';
import { L, maxInstances, minInstances, nameList, nodeFinding, textAttr, type Facts } from './facts';
import type { Rule } from './rule';
import { findingNode, fix, otherZone, setAttr, type Edit, type Fix } from './fixes';
import { buildModel, instancesInOneZone, pinnedToZone, type Model } from '../model/request-graph';
import { regionsOf } from '../syntax/places';
import { awarenessHow, CEPH_POOL, cephZonesShort, isCeph, isDormant, shardCopiesOf, unawareBelowShare, unawareLostShare, zoneUnaware } from '../model/capacity';
import { voterZones } from '../model/groups';
import { instanceCount } from '../model/request-graph';
import { backupInterval, backupStoreOnly } from '../model/durability';
import { formatDuration } from '../syntax/values';
import { koDuration } from './facts';

/** The instances a node runs when it serves: its minimum — a pilot light's maximum, as it runs nothing until scaled out. */
function servingCount(node: TopologyNode): number {
  return isDormant(node) ? maxInstances(node) : minInstances(node);
}

/** The zones one node's instances actually occupy (round-robin over `zones=`), or null when unplaced. */
export function zonesUsed(node: TopologyNode): string[] | null {
  if (!node.zones.length) return null;
  const count = Math.max(1, servingCount(node));
  return [...new Set(node.zones.slice(0, Math.min(count, node.zones.length)))];
}

/** The region of a node: `region=`, or the region of its zone(s) when they all agree. */
export function regionOf(design: Design, node: TopologyNode): string | null {
  if (node.region) return node.region;
  const rs = new Set(node.zones.map((z) => design.zones.get(z)?.region ?? null));
  if (rs.size === 1) return [...rs][0] ?? null;
  return null;
}

/**
 * A redundant group: a node with 2+ instances, or a node with its standbys and
 * second primaries. Read replicas are not part of it: they are not promoted.
 */
export function redundantGroup(f: Facts, node: TopologyNode): TopologyNode[] | null {
  if (node.kind === 'client') return null;
  if (node.role === 'standby' || node.role === 'replica') return null;
  if (node.role === 'primary' && node.of && f.design.nodes.has(node.of)) return null;
  const copies = f.copies.get(node.name);
  const partners = copies ? copies.filter((c) => c.role === 'standby' || c.role === 'primary') : null;
  // A managed service is spread by its provider, unless the design places its copies itself (a standby node of it).
  if (node.managed && (!partners || !partners.length)) return null;
  // (A pilot light runs nothing at rest and up to its maximum once traffic reaches it: that group — round 120c r04.)
  if (!partners || !partners.length) return servingCount(node) < 2 ? null : [node];
  return [node, ...partners];
}

export const singleZone: Rule<'single-zone'> = {
  id: 'single-zone',
  check({ design, facts }) {
    const out = [];
    const goalAv = design.goal?.availability ?? null;
    out.push(...pinnedManaged(design, facts));
    out.push(...strandedNameServers(design, facts));
    out.push(...unawareShards(design, facts));
    for (let ni = 0; ni < facts.nodes.length; ni++) {
      const node = facts.nodes[ni]!;
      if (backupStoreOnly(design, node.name)) continue;
      const group = redundantGroup(facts, node);
      if (!group) continue;
      // The zones the group's instances use (zonesUsed of each member): all placed, and all in one zone?
      let allPlaced = true;
      let anyPlaced = false;
      let zone: string | null = null;
      let oneZone = true;
      for (let gi = 0; gi < group.length; gi++) {
        const g = group[gi]!;
        const zs = g.zones;
        if (!zs.length) {
          allPlaced = false;
          continue;
        }
        anyPlaced = true;
        const used = Math.min(Math.max(1, servingCount(g)), zs.length);
        for (let i = 0; i < used; i++) {
          if (zone === null) zone = zs[i]!;
          else if (zs[i] !== zone) oneZone = false;
        }
      }
      if (allPlaced && !oneZone) continue;
      if (!allPlaced && (goalAv === null || goalAv < 99.99 || anyPlaced)) continue;
      const partners = group.slice(1).map((g) => g.name);
      const n = node.name;
      const allStandby = group.slice(1).every((g) => g.role === 'standby');
      const what = partners.length
        ? L(
            `\`${n}\` and its ${allStandby ? (partners.length > 1 ? 'standbys' : 'standby') : 'partners'} ${nameList(partners).en}`,
            `\`${n}\` 노드와 ${allStandby ? '대기 노드' : '짝 노드'}(${nameList(partners).ko})가 모두`,
          )
        : isDormant(node)
          ? L(`all up to ${maxInstances(node)} instances of \`${n}\` (a pilot light, once scaled out)`, `\`${n}\`의 인스턴스가 (파일럿 라이트가 확장되면 최대 ${maxInstances(node)}개) 모두`)
          : L(`all ${minInstances(node)} instances of \`${n}\``, `\`${n}\`의 인스턴스 ${minInstances(node)}개가 모두`);
      // A site-redundant design: DNS sends the users to another site (another alternative running outside the zone).
      if (allPlaced && anotherSiteServes(buildModel(design), node.name, zone!)) continue;
      if (allPlaced) {
        const z = zone!;
        const fix = partners.length
          ? L(`Put ${partners.length > 1 ? 'a partner' : 'the standby'} in another zone.`, '대기 노드를 다른 존에 두세요.')
          : L(`Spread the instances over zones: \`zones=${z},…\`.`, `인스턴스를 여러 존에 나누어 두세요: \`zones=${z},…\`.`);
        out.push(
          nodeFinding(
            'single-zone',
            node,
            L(
              `${what.en} sit in zone \`${z}\`: one zone outage (power, network, a fire in the data centre) takes them all down together, so the redundancy does not help when it is needed most. ${fix.en}`,
              `${what.ko} \`${z}\` 존 한 곳에 있습니다. 존 하나에 장애(정전, 네트워크, 데이터센터 화재)가 나면 모두 함께 멈추므로, 정작 필요할 때 이중화가 도움이 되지 않습니다. ${fix.ko}`,
            ),
            { scope: 'zone', zone: z, group: group.map((g) => g.name) },
          ),
        );
        continue;
      }
      // No zones anywhere in the group: judge regions, when the goal asks for four nines (checked above).
      const regions = group.map((g) => regionOf(design, g));
      if (regions.some((r) => r === null)) continue;
      const rs = new Set(regions as string[]);
      if (rs.size !== 1) continue;
      const r = [...rs][0]!;
      // A copy in another region already takes over (DNS, or a global balancer with a pool in each region).
      const mm = buildModel(design);
      // (Not a queue's consumers, nothing else calling them: no user request waits for them, a region's loss delays their
      // processing — and a copy elsewhere would read the same queue, lost with the region: round 111 r02 advised DNS failover
      // for a worker.)
      const ci = mm.byName.get(node.name);
      if (ci !== undefined && mm.nodes.some((q) => q.consumers.includes(ci)) && mm.nodes[ci]!.callers.every((c) => mm.nodes[c]!.kind === 'queue')) continue;
      const inOther = (a: number): boolean => {
        const o = regionsOf(design, mm.nodes[a]!.node);
        return o.length > 0 && !o.includes(r);
      };
      if (anotherPlaceServes(mm, design, node.name, inOther, true)) continue;
      out.push(
        nodeFinding(
          'single-zone',
          node,
          L(
            `${what.en} are in region \`${r}\`, and the goal asks for ${goalAv}%: a region-wide outage takes them all down at once, for as long as it lasts. Keep a copy in a second region and let DNS fail over to it (\`routing=failover\`).`,
            `${what.ko} \`${r}\` 리전 한 곳에 있는데 목표 가용성은 ${goalAv}%입니다. 리전 전체에 장애가 나면 장애가 끝날 때까지 모두 함께 멈춥니다. 두 번째 리전에 사본을 두고 DNS가 그쪽으로 넘기도록 하세요(\`routing=failover\`).`,
          ),
          { scope: 'region', region: r, group: group.map((g) => g.name) },
        ),
      );
    }
    // A design whose one declared zone holds every tier (an on-premises site): one finding for the site, not one per
    // tier — the shared fate is the site's, and repeating it buries the other findings.
    const zoneFindings = out.filter((f) => f.data?.['scope'] === 'zone');
    if (design.zones.size === 1 && zoneFindings.length > 1) {
      const z = [...design.zones.keys()][0]!;
      const groups = zoneFindings.map((f) => (f.data!['group'] as string[])[0]!);
      const names = nameList(groups);
      // Placed on the data tier when there is one (its loss is the one that costs data), else the first tier.
      const dataKinds = new Set(['database', 'storage', 'cache', 'queue']);
      const first = zoneFindings.find((f) => dataKinds.has(design.nodes.get((f.data!['group'] as string[])[0]!)?.kind ?? '')) ?? zoneFindings[0]!;
      const merged = {
        ...first,
        message: L(
          `Every redundant tier (${names.en}) sits in zone \`${z}\`, the design's only site: one outage of the site (power, network, a fire in the machine room) takes them all down together, so their redundancy does not help then. A second site, with DNS or a global balancer moving users to it, is what covers that.`,
          `이중화한 모든 계층(${names.ko})이 이 설계의 유일한 장소인 \`${z}\` 존에 있습니다. 그 장소 전체의 장애(정전, 네트워크, 전산실 화재) 한 번이면 모두 함께 멈추므로 그때는 이중화가 도움이 되지 않습니다. 그 경우를 막는 것은 두 번째 사이트와, 사용자를 그쪽으로 옮기는 DNS나 글로벌 로드밸런서입니다.`,
        ),
        data: { ...first.data, groups },
      };
      return [...out.filter((f) => f.data?.['scope'] !== 'zone'), merged];
    }
    return out;
  },  fixes(design, facts, finding) {
    const node = findingNode(design, finding);
    if (node && finding.data?.['scope'] === 'awareness')
      return [fix(L(`Turn on shard allocation awareness on \`${node.name}\` (awareness)`, `\`${node.name}\`에 샤드 할당 인식 켜기(awareness)`), [setAttr(design, node, 'awareness', 'true')], true)];
    return node ? zoneFixes(design, facts, node, finding) : [];
  },
};

function zoneFixes(design: Design, facts: Facts, node: TopologyNode, finding: Finding): Fix[] {
  const group = (finding.data?.['group'] as string[] | undefined) ?? [node.name];
  const scope = finding.data?.['scope'];
  if (scope === 'zone') {
    const zone = finding.data?.['zone'] as string;
    if (group.length > 1) {
      const other = otherZone(design, zone);
      const partner = design.nodes.get(group[1]!);
      if (!other || !partner) return [];
      return [fix(L(`Move \`${partner.name}\` to zone \`${other}\``, `${codeJosa(partner.name, '을/를')} 존 ${codeJosa(other, '으로/로')} 옮기기`), [placeIn(design, partner, other)], true)];
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
    return [fix(L(`Spread \`${node.name}\` over zones ${spread.join(', ')}`, `\`${node.name}\` 인스턴스를 존 ${spread.join(', ')}에 분산`), edits, true)];
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

/**
 * Name servers its owner runs (BIND, a GSLB appliance: `dns` not managed) that move the users to a recovery site while
 * every one of them runs in the place the record moves them away from: losing that place loses the name with it, and no
 * record can be changed there — the move they exist for never happens (round 111c r02: the run "switched" a record whose
 * servers were gone).
 */
function strandedNameServers(design: Design, facts: Facts): Finding[] {
  const out: Finding[] = [];
  for (const node of facts.nodes) {
    if (node.kind !== 'dns' || node.managed) continue;
    const targets = design.edges.filter((e) => e.from === node.name).map((e) => design.nodes.get(e.to)).filter((t): t is TopologyNode => t !== undefined);
    if (targets.length < 2) continue;
    const here = regionsOf(design, node);
    const place = here.length === 1 ? { kind: 'region' as const, name: here[0]! } : node.zones.length > 0 && new Set(node.zones).size === 1 ? { kind: 'zone' as const, name: node.zones[0]! } : null;
    if (!place) continue;
    const outside = targets.filter((t) => {
      const there = place.kind === 'region' ? regionsOf(design, t) : t.zones;
      return there.length > 0 && !there.includes(place.name);
    });
    if (!outside.length) continue;
    const where = place.kind === 'region' ? L(`region \`${place.name}\``, `\`${place.name}\` 리전`) : L(`zone \`${place.name}\``, `\`${place.name}\` 존`);
    const names = nameList(outside.map((t) => t.name));
    out.push(
      nodeFinding(
        'single-zone',
        node,
        L(
          `\`${node.name}\` sends the users to ${names.en} when the first site is lost, but every one of its name servers runs in ${where.en}: losing ${where.en} loses the name with it — nothing answers, and no record can be changed there — so the move to ${names.en} never happens. Run a secondary name server (or a provider's DNS) outside ${where.en}, and place it (\`region=\`, \`zones=\`).`,
          `${codeJosa(node.name, '은/는')} 첫 사이트를 잃으면 사용자를 ${names.ko} 쪽으로 보내는데, 네임 서버가 모두 ${where.ko}에 있습니다. ${where.ko}을 잃으면 이름도 함께 잃어 응답할 곳도, 레코드를 바꿀 곳도 없으므로 ${names.ko} 쪽으로의 전환이 일어나지 않습니다. ${where.ko} 밖에 보조 네임 서버(또는 제공자의 DNS)를 두고 위치를 적으세요(\`region=\`, \`zones=\`).`,
        ),
        { scope: 'dns', place: place.name, group: [node.name] },
      ),
    );
  }
  return out;
}

/** Puts a node in one zone: rewrites `zone=`/`zones=`, else appends `zone=`. */
function placeIn(design: Design, node: TopologyNode, zone: string): Edit {
  const a = node.attrs.get('zone') ?? node.attrs.get('zones');
  if (a) return { span: { line: a.keySpan.line, start: a.keySpan.start, end: a.valueSpan ? a.valueSpan.end : a.keySpan.end }, newText: `zone=${zone}` };
  return setAttr(design, node, 'zone', zone);
}

/**
 * A managed service pinned to one zone (`zone=Z`: an AWS NAT gateway, a single-AZ
 * endpoint) is redundant only inside that zone: the simulator takes it down with
 * the zone. Worth a finding when callers run in another zone: they lose it with a
 * zone they do not run in.
 */
function pinnedManaged(design: Design, facts: Facts): Finding[] {
  const out: Finding[] = [];
  let model: ReturnType<typeof buildModel> | null = null;
  for (const node of facts.nodes) {
    if (!node.managed || node.zones.length !== 1 || !node.attrs.has('zone')) continue;
    model ??= buildModel(design);
    const idx = model.byName.get(node.name);
    const s = idx === undefined ? undefined : model.nodes[idx];
    if (!s || !pinnedToZone(s)) continue;
    const z = node.zones[0]!;
    // A standby in another zone takes over (an Aurora reader promoted by the service): the zone's loss is covered.
    if (s.takeovers.some((t) => !model!.nodes[t.by]!.node.zones.includes(z) && model!.nodes[t.by]!.node.zones.length > 0)) continue;
    // A standby written in the same zone: the finding on the pair says so, with the right fix (put the standby in another
    // zone) — this one would add "give each zone its own" (round 68b r08: an Aurora writer and its reader in one zone).
    if (s.takeovers.some((t) => model!.nodes[t.by]!.node.zones.length > 0 && model!.nodes[t.by]!.node.zones.every((x) => x === z))) continue;
    // The standby of such a pair: the same finding already names it (round 87b r03: a second finding on a one-instance
    // reader, saying the provider kept it redundant inside its zone).
    const of = node.of !== null && node.role === 'standby' ? design.nodes.get(node.of) : undefined;
    if (of && of.zones.length > 0 && of.zones.every((x) => x === z)) continue;
    const elsewhere: string[] = [];
    // Its callers in the model: edges, and the tiers that keep their sessions in it (`sessions=`).
    for (const c of s.callers) {
      const from = model.nodes[c]!.node;
      if (from.zones.some((x) => x !== z) && !elsewhere.includes(from.name)) elsewhere.push(from.name);
    }
    if (!elsewhere.length) continue;
    // The NAT gateway example only for a NAT gateway (its name, label or engine says so).
    const nat = /(^|[^a-z])nat([^a-z]|$)|nat-?gw|nat-?gateway/i.test(`${node.name} ${node.label ?? ''} ${node.attrs.get('engine')?.raw ?? ''}`);
    out.push(
      nodeFinding(
        'single-zone',
        node,
        instancesInOneZone(s)
          ? L(
              `\`${node.name}\` is a managed service whose ${s.instances} instances are all in zone \`${z}\` (\`zone=${z}\`): the provider fails over between them inside that zone only, so losing \`${z}\` takes it away from callers that run in other zones too (${nameList(elsewhere).en}), until the zone is back or the provider rebuilds it elsewhere. Spread its instances over zones (zone redundancy, Multi-AZ): \`zones=${z},…\`.`,
              `${codeJosa(node.name, '은/는')} 인스턴스 ${s.instances}개가 모두 \`${z}\` 존에 있는 관리형 서비스입니다(\`zone=${z}\`). 제공자는 그 존 안의 인스턴스끼리만 페일오버하므로, \`${z}\`에 장애가 나면 다른 존에서 도는 호출자(${nameList(elsewhere).ko})도 그 존이 돌아오거나 제공자가 다른 곳에 다시 만들 때까지 이 서비스를 쓸 수 없습니다. 인스턴스를 여러 존에 나눠 두세요(영역 중복, 다중 AZ): \`zones=${z},…\`.`,
            )
          : L(
          `\`${node.name}\` is a managed service pinned to zone \`${z}\` (\`zone=${z}\`): the provider keeps it redundant inside that zone only, so losing \`${z}\` takes it away from callers that run in other zones too (${nameList(elsewhere).en})${nat ? ' — an AWS NAT gateway is zonal' : ''}. Give each zone its own, or spread it: \`zones=${z},…\`.`,
          `${codeJosa(node.name, '은/는')} \`${z}\` 존에 고정된 관리형 서비스입니다(\`zone=${z}\`). 제공자는 그 존 안에서만 이중화하므로, \`${z}\`에 장애가 나면 다른 존에서 도는 호출자(${nameList(elsewhere).ko})도 이 서비스를 쓸 수 없습니다${nat ? '(AWS NAT 게이트웨이가 이렇게 존 단위입니다)' : ''}. 존마다 하나씩 두거나 여러 존에 두세요: \`zones=${z},…\`.`,
        ),
        { scope: 'zone', zone: z, group: [node.name] },
      ),
    );
  }
  return out;
}

/**
 * Whether the users reach `name` only through DNS alternatives, one of which runs
 * outside `zone` (a two-site design: each site's tier sits in its one zone, and DNS
 * fails over to the other site when it goes). Then losing the zone is the other
 * site's job, not something spreading this tier would fix.
 */
function anotherSiteServes(m: Model, name: string, zone: string): boolean {
  return anotherPlaceServes(
    m,
    null,
    name,
    (a) => {
      const zs = m.nodes[a]!.node.zones;
      return zs.length > 0 && !zs.includes(zone);
    },
    false,
    // A health-checking balancer not confined to the zone (a global one, or a pair spread over zones) in front of a
    // pool per site: it drops the lost site's pool and the other site's serves.
    (c) => c.lbDetect !== null && !(c.node.zones.length > 0 && c.node.zones.every((z) => z === zone)),
  );
}

/**
 * Whether every caller path of `name` reaches it through a router (DNS, or with `globalLb` a managed balancer placed in
 * no region: Front Door, a global load balancer) that has another target for which `elsewhere` holds.
 */
function anotherPlaceServes(
  m: Model,
  design: Design | null,
  name: string,
  elsewhere: (a: number) => boolean,
  globalLb: boolean,
  outsideLb: (c: Model['nodes'][number]) => boolean = () => false,
): boolean {
  const start = m.byName.get(name);
  if (start === undefined) return false;
  const seen = new Set<number>([start]);
  const stack = [start];
  let viaDns = false;
  while (stack.length) {
    const x = stack.pop()!;
    // (A queue's consumer is reached through its queue: round 124b r04 flagged a consumer tier whose ingest tier beside it,
    // behind the same failover record, was not.)
    const callers = [...m.preds[x]!.filter((c) => m.nodes[c]!.callees.includes(x)), ...m.nodes[x]!.consumes];
    if (!callers.length && !m.nodes[x]!.client && x !== start) return false;
    for (const c of callers) {
      const cs = m.nodes[c]!;
      const global = (globalLb && design !== null && cs.or === 'lb' && cs.managed && regionsOf(design, cs.node).length === 0) || (cs.or === 'lb' && outsideLb(cs));
      if ((cs.or !== null && cs.or !== 'lb') || global) {
        const others = cs.callees.filter((a) => a !== x);
        if (!others.some(elsewhere)) return false;
        viaDns = true;
        continue;
      }
      // A client reached without DNS in between: the zone's loss is this tier's to survive.
      if (cs.client) return false;
      if (!seen.has(c)) {
        seen.add(c);
        stack.push(c);
      }
    }
  }
  return viaDns;
}

/**
 * A self-run Elasticsearch/OpenSearch cluster spread over zones without shard allocation awareness: the engine keeps a
 * shard's copies on different nodes only (Elastic, "Shard allocation awareness"), so a zone holding as many nodes as a
 * shard has copies holds every copy of some shards. Reported on the node, with the zone that holds the most.
 */
function unawareShards(design: Design, facts: Facts): Finding[] {
  const out: Finding[] = [];
  for (const n of facts.nodes) {
    if (!zoneUnaware(n, design)) continue;
    const count = instanceCount(n);
    const zones = voterZones(n, count).slice(0, count);
    const copies = shardCopiesOf(n) ?? 2;
    const held = new Map<string, number>();
    for (const z of zones) if (z !== null) held.set(z, (held.get(z) ?? 0) + 1);
    let zone: string | null = null;
    let most = 0;
    for (const [z, k] of held) if (k > most) [zone, most] = [z, k];
    // (Ceph stops a placement group's I/O below min_size: a zone holding copies − min_size + 1 of them is enough.)
    if (zone === null || most < (isCeph(n) ? copies - CEPH_POOL.minSize + 1 : copies)) continue;
    const share = `${Math.round(unawareLostShare(count, most, copies) * 1000) / 10}%`;
    const b = backupInterval(n);
    if (cephZonesShort(n)) {
      // A CRUSH rule by zone over fewer zones than copies: every group has more than one copy in a zone, or too few copies.
      const nz = new Set(n.zones).size;
      out.push(
        nodeFinding(
          'single-zone',
          n,
          L(
            `\`${n.name}\` places a placement group's copies by zone (\`awareness\`), but over only ${nz} zones for ${copies} copies: losing zone \`${zone}\` leaves every group fewer than ${CEPH_POOL.minSize} copies (min_size), so the I/O stops until the zone is back. Use three zones, or Ceph's stretch mode for two sites (size 4, two copies a site, a tiebreaker monitor in a third place).`,
            `${codeJosa(n.name, '은/는')} 배치 그룹(PG)의 사본을 존 단위로 나누지만(\`awareness\`) 사본 ${copies}개에 존이 ${nz}곳뿐입니다. \`${zone}\` 존을 잃으면 모든 PG의 사본이 ${CEPH_POOL.minSize}개(min_size) 미만으로 남아 그 존이 돌아올 때까지 I/O가 멈춥니다. 존을 세 곳에 두거나, 두 사이트라면 Ceph의 stretch 모드를 쓰세요(size 4, 사이트마다 사본 2개, 세 번째 장소에 타이브레이커 모니터).`,
          ),
          { scope: 'awareness', zone, held: most, share: 1 },
        ),
      );
      continue;
    }
    if (isCeph(n)) {
      // Ceph: the default CRUSH rule's failure domain is the host; a zone holding 2 of a group's 3 copies leaves it below min_size.
      const below = `${Math.round(unawareBelowShare(count, most, copies, CEPH_POOL.minSize) * 1000) / 10}%`;
      out.push(
        nodeFinding(
          'single-zone',
          n,
          L(
            `\`${n.name}\` spreads its ${count} OSD hosts over zones, but Ceph's default CRUSH rule places a placement group's ${copies} copies on different hosts, not different zones (failure domain host): zone \`${zone}\` holds ${most} of them, so losing it leaves about ${below} of the placement groups with fewer than ${CEPH_POOL.minSize} copies — their I/O stops until the zone is back${most >= copies ? ` — and ${share} with none` : ''}. Use a CRUSH rule whose failure domain is the zone (\`ceph osd crush rule create-replicated … zone\`, written \`awareness\`), with as many zones as copies.`,
            `${codeJosa(n.name, '은/는')} OSD 호스트 ${count}개를 여러 존에 나눠 두었지만, Ceph의 기본 CRUSH 규칙은 배치 그룹(PG)의 사본 ${copies}개를 서로 다른 존이 아니라 서로 다른 호스트에 둡니다(장애 도메인 host). \`${zone}\` 존에 호스트가 ${most}개 있어, 그 존을 잃으면 PG의 약 ${below}는 사본이 ${CEPH_POOL.minSize}개 미만으로 남아 그 존이 돌아올 때까지 I/O가 멈춥니다${most >= copies ? `. ${share}는 사본이 하나도 남지 않습니다` : ''}. 장애 도메인이 존인 CRUSH 규칙을 쓰고(\`ceph osd crush rule create-replicated … zone\`, \`awareness\`로 표기) 존을 사본 수만큼 두세요.`,
          ),
          { scope: 'awareness', zone, held: most, share: unawareLostShare(count, most, copies) },
        ),
      );
      continue;
    }
    const from = textAttr(n, 'rebuilt-from');
    // (Snapshots kept in that very zone go with it: nothing to restore them from — round 114 r02 said "back to the last
    // snapshot" of a repository on an NFS in the lost hall.)
    const to = textAttr(n, 'backup-to');
    const toNode = to !== null ? design.nodes.get(to) : undefined;
    const snapsThere = b !== null && to !== null && (to === zone || (toNode !== undefined && toNode.zones.length > 0 && toNode.zones.every((z) => z === zone)));
    const lost = from === null && snapsThere ? L(`with their snapshots, kept in zone \`${zone}\` too (\`backup-to=${to}\`): nothing is left to restore them from`, `그 샤드의 데이터를 잃고, 스냅샷도 같은 \`${zone}\` 존에 있어(\`backup-to=${to}\`) 복원할 곳이 없습니다`) : from !== null ? L(`for a while: they are missing from searches until re-indexed from \`${from}\` (rebuilt-from=), with no write of record lost`, `그 샤드는 \`${from}\`에서 다시 색인할 때까지(rebuilt-from=) 검색에서 빠집니다(원본 쓰기를 잃지는 않음)`) : b === null ? L('with no snapshot to restore them from', '그 샤드의 데이터를 잃고 복원할 스냅샷도 없습니다') : L(`back to the last snapshot (up to ${formatDuration(b)})`, `그 샤드는 마지막 스냅샷 시점으로 돌아갑니다(최대 ${koDuration(b)} 분량 손실)`);
    // One copy per shard (`shard-replicas=0`): awareness spreads copies that exist — with none to spread, it changes
    // nothing; the replica is what is missing (round 63b r05).
    if (copies === 1) {
      out.push(
        nodeFinding(
          'single-zone',
          n,
          L(
            `\`${n.name}\` keeps one copy of each shard (\`shard-replicas=0\`): zone \`${zone}\` holds ${most} of its ${count} nodes, so about ${share} of the shards are only there, and losing that zone loses them ${lost.en} — nothing is promoted, as there is no replica. Give the indices a replica (\`number_of_replicas: 1\`, written \`shard-replicas=1\`) kept in another zone by allocation awareness (\`awareness\`)${b === null ? ', and take snapshots' : ''}.`,
            `${codeJosa(n.name, '은/는')} 샤드마다 사본을 하나만 둡니다(\`shard-replicas=0\`). \`${zone}\` 존에 노드 ${count}개 중 ${most}개가 있어 샤드의 약 ${share}는 그 존에만 있고, 그 존을 잃으면 ${lost.ko}. 복제본이 없으니 승격되는 것도 없습니다. 인덱스에 복제본을 두고(\`number_of_replicas: 1\`, \`shard-replicas=1\`로 표기) 할당 인식(\`awareness\`)으로 다른 존에 두세요${b === null ? '. 스냅샷도 받으세요' : ''}.`,
          ),
          { scope: 'awareness', zone, held: most, share: unawareLostShare(count, most, copies) },
        ),
      );
      continue;
    }
    out.push(
      nodeFinding(
        'single-zone',
        n,
        L(
          `\`${n.name}\` spreads its ${count} nodes over zones, but without shard allocation awareness the cluster keeps a shard's copies on different nodes only, not in different zones: zone \`${zone}\` holds ${most} of them, so about ${share} of the shards have every copy there, and losing that zone loses them ${lost.en}. Turn on ${awarenessHow(n).en}.`,
          `${codeJosa(n.name, '은/는')} 노드 ${count}개를 여러 존에 나눠 두었지만, 샤드 할당 인식이 없으면 클러스터는 샤드 사본을 서로 다른 노드에 둘 뿐 서로 다른 존에 두지 않습니다. \`${zone}\` 존에 노드가 ${most}개 있어 샤드의 약 ${share}는 사본이 모두 그 존에 있습니다. 그 존을 잃으면 ${lost.ko}. 해결: ${awarenessHow(n).ko}.`,
        ),
        { scope: 'awareness', zone, held: most, share: unawareLostShare(count, most, copies) },
      ),
    );
  }
  return out;
}
