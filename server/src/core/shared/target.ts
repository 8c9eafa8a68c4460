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

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A target read from untrusted JSON (a webview's message, a request), or null when malformed. */
export function readTarget(v: unknown): SimTarget | null {
  if (!isObj(v)) return null;
  if (v['type'] === 'zone' && typeof v['zone'] === 'string') return { type: 'zone', zone: v['zone'] };
  if (v['type'] === 'region' && typeof v['region'] === 'string') return { type: 'region', region: v['region'] };
  const inst = v['instance'];
  if (v['type'] === 'node' && typeof v['node'] === 'string' && (inst === null || (typeof inst === 'number' && Number.isInteger(inst)))) {
    return { type: 'node', node: v['node'], instance: inst };
  }
  return null;
}

/** Steps read from untrusted JSON; malformed ones are dropped (at most 1,000 kept). */
export function readSteps(v: unknown): SimStep[] {
  if (!Array.isArray(v)) return [];
  const out: SimStep[] = [];
  for (const s of v.slice(0, 1000)) {
    if (!isObj(s) || typeof s['at'] !== 'number' || !Number.isFinite(s['at'])) continue;
    const at = s['at'];
    if (s['type'] === 'spike') {
      if (typeof s['factor'] === 'number' && Number.isFinite(s['factor'])) out.push({ type: 'spike', factor: s['factor'], at });
      continue;
    }
    const target = readTarget(s['target']);
    if ((s['type'] === 'fail' || s['type'] === 'recover') && target) out.push({ type: s['type'], target, at });
  }
  return out;
}
