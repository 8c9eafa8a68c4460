/** Where a node runs, as the design places it (its zones, else its own region). */
import type { Design, TopologyNode } from './ast';

/** The regions a node runs in: its zones' regions, and its own region. */
export function regionsOf(design: Design, n: TopologyNode): string[] {
  const out = new Set<string>();
  for (const z of n.zones) {
    const r = design.zones.get(z)?.region;
    if (r) out.add(r);
  }
  if (n.region) out.add(n.region);
  return [...out];
}

/**
 * Whether node n runs only inside a lost zone or region: every zone it names is
 * that zone (or lies in that region); a node in no zone is in its own region.
 */
export function runsOnlyIn(design: Design, n: TopologyNode, place: { type: 'zone'; zone: string } | { type: 'region'; region: string }): boolean {
  if (place.type === 'zone') return n.zones.length > 0 && n.zones.every((z) => z === place.zone);
  return n.zones.length ? n.zones.every((z) => (design.zones.get(z)?.region ?? n.region) === place.region) : n.region === place.region;
}

/**
 * Whether every monitor of the design runs only inside the place (and there is one): losing the place loses them all,
 * so a failure there is noticed when users report it, as the simulation counts it (DEFAULTS.unnoticed).
 */
export function monitorsOnlyIn(design: Design, place: { type: 'zone'; zone: string } | { type: 'region'; region: string }): boolean {
  let any = false;
  for (const n of design.nodes.values()) {
    if (n.kind !== 'monitor') continue;
    if (!runsOnlyIn(design, n, place)) return false;
    any = true;
  }
  return any;
}
