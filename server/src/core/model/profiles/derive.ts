/**
 * What a node's technology profile decides about it, applied after parsing:
 * whether it is a managed service (`engine=rds-multi-az` implies it, `managed`
 * as written wins) and its per-instance availability when none is written.
 */
import { regionsOf } from '../../syntax/places';
import type { Design, TopologyNode } from '../../syntax/ast';
import { boolOf, textOf } from '../../syntax/attrs';
import { scalesToZero, selectProfile } from './select';
import { defaultAvailability, selectionOf } from './timings';
import type { Selection } from './select';
import { BROKER_ENGINES, CLOUD_RUN_ENGINES, CLOUD_RUN_SLA, ELASTICACHE_SLA, MEMORYSTORE_ENGINES, MEMORYSTORE_SLA } from './table';

/** Managed caches whose SLA depends on their placement without a profile of their own (the Redis mode picks the timings). */
const SLA_BY_ENGINE: Record<string, { multiAz: { v: number }; singleAz: { v: number } }> = { elasticache: ELASTICACHE_SLA, memorydb: ELASTICACHE_SLA };

/** Engines whose availability is their provider's cited SLA by placement (ElastiCache, MemoryDB), though their timings are generic. */
export function hasPlacementSla(engine: string | null): boolean {
  return engine !== null && SLA_BY_ENGINE[engine.toLowerCase()] !== undefined;
}

/** Managed caches whose availability is their provider's cited SLA whatever their placement (Memorystore), timings generic. */
export function hasEngineSla(engine: string | null): boolean {
  return hasPlacementSla(engine) || (engine !== null && (MEMORYSTORE_ENGINES.test(engine) || CLOUD_RUN_ENGINES.test(engine)));
}

/** A node's availability across two or more zones and within one, when its SLA depends on that; else null. */
function zonalSla(sel: Selection, kind: TopologyNode['kind']): { multi: number; single: number } | null {
  const byEngine = SLA_BY_ENGINE[sel.engine ?? ''];
  if (byEngine) return { multi: byEngine.multiAz.v, single: byEngine.singleAz.v };
  const single = sel.profile.values.availabilitySingleZone;
  return single ? { multi: defaultAvailability(sel, kind), single: single.v } : null;
}

export function applyProfiles(design: Design): Design {
  let zonal: [TopologyNode, { multi: number; single: number }][] | null = null;
  for (const node of design.nodes.values()) {
    const a = node.attrs;
    const sel = selectProfile({
      kind: node.kind,
      engine: textOf(a.get('engine')),
      mode: textOf(a.get('mode')),
      replication: textOf(a.get('replication')),
      managedFlag: boolOf(a.get('managed')),
      autoscale: a.has('autoscale'),
      scalesToZero: scalesToZero(a.get('autoscale')),
      replicasWritten: a.has('replicas'),
      quorum: a.has('quorum'),
      replicas: node.replicas,
      label: textOf(a.get('label')),
    });
    // Decided by the node alone: setting it again on a node shared with an earlier version changes nothing.
    node.managed = sel.managed;
    const written = a.get('availability')?.value;
    if (written && written.type === 'percent') continue;
    const engine = textOf(a.get('engine')) ?? '';
    // Memorystore for Redis: its Standard Tier SLA (a Basic instance has none: counted at that figure, and said so).
    if (node.kind === 'cache' && MEMORYSTORE_ENGINES.test(engine)) {
      setAvailability(design, node, MEMORYSTORE_SLA.v);
      continue;
    }
    // Cloud Run: its service SLA (the serverless profile's timings stay).
    if (CLOUD_RUN_ENGINES.test(engine) && node.managed) {
      setAvailability(design, node, CLOUD_RUN_SLA.v);
      continue;
    }
    // A managed message broker of one instance (Amazon MQ's single-instance broker: one broker in one zone, nothing to
    // fail over to, down for its maintenance window): no SLA of its product is known, and the generic managed figure is
    // for a service that fails over — counted as one instance, the generic figure of an instance (round 86b r02).
    if (node.kind === 'queue' && sel.managed && sel.profile.id === 'generic-managed' && BROKER_ENGINES.test(engine) && node.replicas < 2) {
      setAvailability(design, node, defaultAvailability({ ...sel, managed: false }, node.kind));
      continue;
    }
    const multi = sel.profile.values.availabilityMultiRegion;
    if (multi && regionsOf(design, node).length >= 2) {
      setAvailability(design, node, multi.v);
      continue;
    }
    const sla = zonalSla(sel, node.kind);
    if (sla) (zonal ??= []).push([node, sla]);
    else setAvailability(design, node, defaultAvailability(sel, node.kind));
  }
  // A cluster whose SLA depends on its zones (Aurora, ElastiCache): the commitment for several AZs only
  // when the design shows its instances in two or more zones of one region.
  if (zonal)
    for (const [node, sla] of zonal) setAvailability(design, node, acrossZones(design, node) || spreadUnlessPinned(node) ? sla.multi : sla.single);
  return design;
}

/**
 * Gives a node its default availability. A node just parsed has none yet (NaN) and
 * takes it; a node reused from the previous version of the block (an unchanged line)
 * is shared with that version, so when the rest of the design now gives it another
 * value it is replaced by a copy in this design, never changed in place.
 */
function setAvailability(design: Design, node: TopologyNode, v: number): void {
  if (Number.isNaN(node.availability)) node.availability = v;
  else if (node.availability !== v) design.nodes.set(node.name, { ...node, availability: v });
}

/** The zones of a node's cluster (the node, the node it copies, the nodes copying either) in its region: two or more. */
/**
 * A balancer that runs in the zones it is enabled in (ALB, NLB: the SLA's Multi-AZ figure) unless the design pins it to
 * one zone: with no zone written it is taken as the usual Multi-AZ balancer (an ALB needs two zones to be created).
 */
function spreadUnlessPinned(node: TopologyNode): boolean {
  // (So is a Regional EFS file system: written in no zone, its data spans the region's zones — round 96b r08.)
  return (node.kind === 'load-balancer' || (node.kind === 'storage' && selectionOf(node).profile.id === 'aws-efs')) && node.zones.length === 0;
}

function acrossZones(design: Design, node: TopologyNode): boolean {
  // (A read replica of a service whose replicas are instances of their own — a Cloud SQL read replica, not an Aurora
  // reader on the cluster volume — has its own SLA by its own placement: one zone is no HA instance; round 108 r03.)
  if (node.role === 'replica' && node.of && !selectionOf(node).profile.clusterVolume) return new Set(node.zones).size >= 2;
  const head = node.of && design.nodes.has(node.of) ? design.nodes.get(node.of)! : node;
  const regionOf = (z: string): string | null => design.zones.get(z)?.region ?? null;
  const home = head.zones.length ? regionOf(head.zones[0]!) : null;
  const profile = selectionOf(head).profile.id;
  const zones = new Set<string>();
  const add = (n: TopologyNode): void => {
    // (A copy that names no engine of its own is the head's product: an Aurora reader written `standby of=aurora` —
    // round 96b r03 counted the cluster at the Single-AZ figure.)
    if (n.kind !== head.kind || (selectionOf(n).profile.id !== profile && !(n !== head && n.attrs.get('engine') === undefined))) return;
    for (const z of n.zones) if (regionOf(z) === home) zones.add(z);
  };
  add(head);
  // (A managed cache's copy written `failover=manual` — ElastiCache with automatic failover off — is no Multi-AZ
  // configuration, which the SLA's Multi-AZ figure needs: round 89b r07.)
  for (const n of design.nodes.values()) if (n !== head && n.of === head.name && !(n.kind === 'cache' && textOf(n.attrs.get('failover')) === 'manual')) add(n);
  return zones.size >= 2;
}
