/**
 * The one home of number formatting for every surface (messages, hovers,
 * lenses, reports, panels): durations and percentages. Percentages are floored
 * so that a figure never reads better than it is (99.995% stays 99.995%, never
 * "100%"); pure and locale-free (units are the language's: ms, s, m, h).
 */

/** Seconds as a short human duration: 0.5 → 500ms, 33 → 33s, 90 → 1m 30s, 5400 → 1h 30m, 86400 → 1d. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '∞';
  if (seconds === 0) return '0s';
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  if (seconds < 59.95) return `${roundTo(seconds, 1)}s`;
  // Rounded to the shown unit first, so that 119.6 s reads 2m (never "1m 60s") and 7170 s 2h (never "1h 60m").
  const whole = Math.round(seconds);
  if (whole < 3600) {
    const m = Math.floor(whole / 60);
    const s = whole - m * 60;
    return s ? `${m}m ${s}s` : `${m}m`;
  }
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes - h * 60;
  // Whole days read as days (rpo=1d stays `1d`, a weekly copy `7d`, not `168h`), as the language writes them.
  if (!m && h >= 24 && h % 24 === 0) return `${h / 24}d`;
  return m ? `${h}h ${m}m` : `${h}h`;
}

/**
 * A share of requests (failing, served) to `digits` decimals, rounded half up like the rules' figures — but never
 * shown as 0 % or 100 % unless it is exactly that (a degraded entry is not "100 % served").
 */
export function formatRoundedShare(fraction: number, digits = 1): string {
  const f = 10 ** digits;
  let v = Math.round(fraction * 100 * f) / f;
  if (v >= 100 && fraction < 1) v = 100 - 1 / f;
  if (v <= 0 && fraction > 0) v = 1 / f;
  return `${v.toFixed(digits).replace(/\.?0+$/, '')}%`;
}

/** A share as the run's events say it: rounded, one decimal, two below 1 % (0.06 %, 12.5 %) — a loss reads as it is. */
export function formatEventShare(fraction: number): string {
  return formatRoundedShare(fraction, fraction > 0 && fraction < 0.01 ? 2 : 1);
}

/**
 * A fraction as a percentage with at most `digits` decimals, floored so that it
 * never reads better than it is: 0.999999 → `99.9999%`, not `100%`.
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
 * `minDigits` keeps more decimals for figures with few nines: a 33 s outage in
 * an hour is 99.08% with 2, not "99%".
 */
export function formatNines(fraction: number, minDigits = 1): string {
  const frac = formatPercent(fraction, 4).replace(/%$/, '').split('.')[1] ?? '';
  const nines = /^9*/.exec(frac)![0].length;
  return formatPercent(fraction, Math.min(4, Math.max(minDigits, nines + 1)));
}

/**
 * 0.99812 → `99.81%`: enough digits to tell it from the goal. The digits are
 * chosen so that the value rounded to them is still below the goal (0.999899
 * against 99.99% is `99.9899%`, not the floored `99.98%`, which would overstate
 * the gap); the text is then floored to them, so it never reads above the estimate.
 */
export function percentBelowGoal(fraction: number, goalPercent?: number): string {
  for (let d = 2; d <= 6; d++) {
    const f = 10 ** d;
    const rounded = Math.round(fraction * 100 * f) / f;
    if (goalPercent === undefined || rounded < goalPercent) return formatPercent(fraction, d);
  }
  return formatPercent(fraction, 8);
}

/**
 * A long-run availability estimate shown beside its goal (a fraction): with as
 * many nines as it has when it meets the goal, and with enough digits to tell it
 * from the goal when it misses (0.998996 against 99.9% is `99.8996%`, not the
 * `99.8%` that reads as a miss by a tenth).
 */
export function formatAgainstGoal(estimate: number, goal: number | null, met: boolean): string {
  // Met within the comparison's tolerance though a hair below (0.998999 for 0.999): floored, it would read 99.8 % "met".
  if (met && goal !== null && estimate < goal) return formatNines(goal);
  return met || goal === null ? formatNines(estimate) : percentBelowGoal(estimate, goal * 100);
}

/** A share of requests, sessions or users (0..1) with at most 2 decimals, floored like formatPercent: 1/3 → 33.33%. */
export function formatShare(fraction: number): string {
  return formatPercent(fraction, 2);
}

function roundTo(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
