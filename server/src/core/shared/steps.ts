/**
 * What a run does: fail or recover a target (a node, one instance `db#2`, a
 * zone, a region) at a time, or multiply the clients' rates. Written by the
 * parser (scenario lines), read by the simulator, shown by every surface.
 */
export type SimTarget = { type: 'node'; node: string; instance: number | null } | { type: 'zone'; zone: string } | { type: 'region'; region: string };

export type SimStep = { type: 'fail' | 'recover'; target: SimTarget; at: number } | { type: 'spike'; factor: number; at: number };
