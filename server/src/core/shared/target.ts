/**
 * A failure target and a simulation step as text, the way the language writes
 * them (`db`, `web#2`, `zone:seoul-a`, `region:seoul`): the one rendering used
 * by the engine's messages, the CLI and the simulation panel.
 */
import type { SimStep, SimTarget } from './steps';

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

/**
 * A duration as the language writes it: one number and one unit (the parser
 * reads no `1m 30s`), the largest unit that states it exactly: 0 → `0`, 90 →
 * `90s`, 3600 → `1h`, 5400 → `90m`, 0.5 → `500ms`.
 */
export function durationSource(seconds: number): string {
  if (!(seconds > 0) || !Number.isFinite(seconds)) return '0';
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60]] as const) {
    if (seconds >= size && Number.isInteger(seconds / size)) return `${seconds / size}${unit}`;
  }
  if (Number.isInteger(seconds)) return `${seconds}s`;
  const ms = Math.round(seconds * 1000);
  return Math.abs(ms - seconds * 1000) < 1e-6 ? `${ms}ms` : `${Number(seconds.toFixed(3))}s`;
}

/** A step exactly as the language writes it in a `scenario` line: `fail db`, `recover web#2 at=90s`, `spike x3 at=1m`. */
export function stepText(s: SimStep): string {
  const at = s.at > 0 ? ` at=${durationSource(s.at)}` : '';
  if (s.type === 'spike') return `spike x${s.factor}${at}`;
  return `${s.type} ${targetText(s.target)}${at}`;
}

/** A `scenario` statement for the steps: `scenario NAME: fail db; recover db at=33s`. */
export function scenarioText(name: string, steps: readonly SimStep[]): string {
  return `scenario ${name}: ${steps.map(stepText).join('; ')}`;
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
