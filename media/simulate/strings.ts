/** String helpers of the simulation webview. The English strings live in ../messages (shared with the extension). */
export { SIMULATION_STRINGS_EN } from '../messages';

/** Fills `{0}`, `{1}`… in a string. */
export function fmt(s: string, ...args: (string | number)[]): string {
  return s.replace(/\{(\d+)\}/g, (m, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? m : String(v);
  });
}
