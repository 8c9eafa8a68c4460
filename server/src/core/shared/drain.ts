/** Runs a stepped computation (a generator that pauses between steps) to its end, in one go. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
