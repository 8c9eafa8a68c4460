/** Parsing and formatting of the language's value forms. */

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds for `500ms`, `30s`, `5m`, `1h`, `2d` or `0`; null otherwise. */
export function parseDuration(raw: string): number | null {
  if (raw === '0') return 0;
  const m = DURATION.exec(raw);
  if (!m) return null;
  return Number(m[1]) * UNIT[m[2]!]!;
}

/** `99.95%` → 99.95; null when not a percentage in [0, 100]. */
export function parsePercent(raw: string): number | null {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(raw);
  if (!m) return null;
  const v = Number(m[1]);
  return v >= 0 && v <= 100 ? v : null;
}

export function parseNumber(raw: string): number | null {
  return /^\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : null;
}

export function parseInt10(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/** `2..10` → {min: 2, max: 10}; null when malformed or min > max. */
export function parseRange(raw: string): { min: number; max: number } | null {
  const m = /^(\d{1,9})\.\.(\d{1,9})$/.exec(raw);
  if (!m) return null;
  const min = Number(m[1]);
  const max = Number(m[2]);
  return min <= max ? { min, max } : null;
}

/** Seconds as a short human duration: 0.5 → 500ms, 33 → 33s, 90 → 1m 30s, 5400 → 1h 30m. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '∞';
  if (seconds === 0) return '0s';
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  if (seconds < 60) return `${roundTo(seconds, 1)}s`;
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60);
    const s = Math.round(seconds - m * 60);
    return s ? `${m}m ${s}s` : `${m}m`;
  }
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds - h * 3600) / 60);
  return m ? `${h}h ${m}m` : `${h}h`;
}

/**
 * An availability (a fraction) as a percentage with at most `digits` decimals,
 * floored so that it never reads better than it is: 0.999999 → `99.9999%`, not `100%`.
 */
export function formatPercent(fraction: number, digits = 4): string {
  const d = Math.max(1, Math.min(8, digits));
  const f = 10 ** d;
  const v = Math.floor(fraction * 100 * f + 1e-6) / f;
  return `${v.toFixed(d).replace(/\.?0+$/, '')}%`;
}

/**
 * An availability in "nines" style: one decimal more than it has leading nines
 * after the point (99.7%, 99.97%, 99.995%), at most 4, floored like formatPercent.
 */
export function formatNines(fraction: number): string {
  const frac = formatPercent(fraction, 4).replace(/%$/, '').split('.')[1] ?? '';
  const nines = /^9*/.exec(frac)![0].length;
  return formatPercent(fraction, Math.min(4, nines + 1));
}

function roundTo(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** A name: starts with a letter of any script, then letters, digits, `-`, `_`, `.`. */
export const NAME_RE = /^\p{L}[\p{L}\p{M}\p{N}_.-]*$/u;

export function isValidName(s: string): boolean {
  return NAME_RE.test(s);
}
