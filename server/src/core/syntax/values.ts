/** Parsing and formatting of the language's value forms. */

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds for `500ms`, `30s`, `5m`, `1h`, `2d`, a compound `1h10m` / `2m30s`, or `0`; null otherwise. */
export function parseDuration(raw: string): number | null {
  if (raw === '0') return 0;
  const m = DURATION.exec(raw);
  if (m) return Number(m[1]) * UNIT[m[2]!]!;
  return compoundDuration(raw);
}

const PART = /(\d+)(ms|s|m|h|d)/y;
const ORDER = ['d', 'h', 'm', 's', 'ms'];

/**
 * `1h10m`, `2m30s`, `1d12h` — whole numbers in descending units, each once, as the tool itself prints a duration
 * (round 51: `rto=1h10m` was rejected with a message suggesting `1h10m`). Null otherwise.
 */
function compoundDuration(raw: string): number | null {
  if (raw.length > 32) return null;
  PART.lastIndex = 0;
  let total = 0;
  let last = -1;
  let parts = 0;
  while (PART.lastIndex < raw.length) {
    const m = PART.exec(raw);
    if (!m) return null;
    const rank = ORDER.indexOf(m[2]!);
    if (rank <= last) return null;
    last = rank;
    total += Number(m[1]) * UNIT[m[2]!]!;
    parts++;
  }
  return parts >= 2 ? total : null;
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

export { formatDuration, formatNines, formatPercent } from '../shared/format';

/** A name: starts with a letter of any script, then letters, digits, `-`, `_`, `.`. */
export const NAME_RE = /^\p{L}[\p{L}\p{M}\p{N}_.-]*$/u;

export function isValidName(s: string): boolean {
  return NAME_RE.test(s);
}

/** A zone or region name may also start with a digit: `2a`, `2c` (ap-northeast-2a, 2c), and Azure's numbered zones `1`, `2`, `3`. */
const PLACE_NAME_RE = /^\p{N}[\p{L}\p{M}\p{N}_.-]*$/u;

export function isValidPlaceName(s: string): boolean {
  return NAME_RE.test(s) || PLACE_NAME_RE.test(s);
}

/** A scenario name may start with a digit when it has a letter (`2a-장애`, `1동-정전`); `12` alone is not one. */
export function isValidScenarioName(s: string): boolean {
  return NAME_RE.test(s) || (PLACE_NAME_RE.test(s) && /\p{L}/u.test(s));
}
