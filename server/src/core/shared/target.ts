/**
 * A failure target and a simulation step as text, the way the language writes
 * them (`db`, `web#2`, `zone:seoul-a`, `region:seoul`): the one rendering used
 * by the engine's messages, the CLI and the simulation panel.
 */
import type { SimStep, SimTarget } from '../analysis/simulation/types';
import { formatDuration } from './format';

/** The target as the language writes it: `db`, `web#2`, `zone:seoul-a`, `region:seoul`. */
export function targetText(t: SimTarget): string {
  if (t.type === 'zone') return `zone:${t.zone}`;
  if (t.type === 'region') return `region:${t.region}`;
  return t.instance === null ? t.node : `${t.node}#${t.instance}`;
}

/** Reads a target written as targetText writes it; null for an empty string. */
export function parseTarget(v: string): SimTarget | null {
  if (v.startsWith('zone:')) return { type: 'zone', zone: v.slice(5) };
  if (v.startsWith('region:')) return { type: 'region', region: v.slice(7) };
  const m = /^(.*)#(\d+)$/.exec(v);
  if (m) return { type: 'node', node: m[1]!, instance: Number(m[2]) };
  return v ? { type: 'node', node: v, instance: null } : null;
}

/** A step for people to read: `fail db at 1m 30s` (close to the language's `fail db at=90s`). */
export function stepText(s: SimStep): string {
  const at = s.at > 0 ? ` at ${formatDuration(s.at)}` : '';
  if (s.type === 'spike') return `spike x${s.factor}${at}`;
  return `${s.type} ${targetText(s.target)}${at}`;
}
