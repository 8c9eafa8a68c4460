/**
 * How eagerly V8 grows the server's heap, by what is open.
 *
 * The server starts with `--heap-growing-percent=20` (its hashbang and the client's fork flags): after each full
 * garbage collection the old generation may grow only 20 % past what is live, which keeps a 10 MB note under the
 * memory target (`npm run bench`: ~149 MB, against ~179 MB with V8's own growing). The price is frequent full
 * collections while typing: on a 1,000-node design, about half of each edit's time went to the collector.
 *
 * So the frugal growing holds only while the open notes are large (`FRUGAL_LINES` lines in all); below that, V8's
 * own heuristics are restored (a percent of 0 means "not set": V8 reads the flag each time it sets a new heap limit).
 * Measured in December 2026: value edits at 1,000 nodes, collector time per edit ~10 ms → ~5 ms.
 */
import { setFlagsFromString } from 'node:v8';

/** Open lines from which the heap grows frugally: the 50,000-line note stays below, a 10 MB note (118,000 lines) above. */
export const FRUGAL_LINES = 80_000;

/**
 * A sizer that sets the heap's growing for open documents of `lines` lines in all, through `set` (V8's flags). A
 * process not started frugal (no `--heap-growing-percent=` in `execArgv`) is left alone.
 */
export function heapSizer(execArgv: readonly string[], set: (flags: string) => void = setFlagsFromString): (lines: number) => void {
  const startedFrugal = execArgv.some((a) => a.startsWith('--heap-growing-percent='));
  let frugal = startedFrugal;
  return (lines) => {
    if (!startedFrugal) return;
    const want = lines >= FRUGAL_LINES;
    if (want === frugal) return;
    frugal = want;
    set(`--heap-growing-percent=${want ? 20 : 0}`);
  };
}
