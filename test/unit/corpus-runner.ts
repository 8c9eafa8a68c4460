/**
 * The corpus runner (test/corpus/README.md): reads one corpus file, finds its
 * topology and expect blocks, runs the check and the simulations the expect
 * block asks for, in process through the core's entry, and returns one result
 * per expectation. The grammar and the meaning of every key are the README's;
 * this file implements exactly that and nothing more.
 */
import MarkdownIt from 'markdown-it';
import {
  type DocFinding,
  parseDuration,
  scenarioSteps,
  type SimResult,
  type SimStep,
  type SimTarget,
  simulate,
  TopologyService,
  validateTargets,
  type Design,
} from '../../server/src/core';

// ---- the expect grammar ---------------------------------------------------------

export type Key = 'down' | 'affected' | 'recovered' | 'writes-lost' | 'sessions-lost' | 'backlog' | 'delay' | 'success';
export const KEYS: readonly Key[] = ['down', 'affected', 'recovered', 'writes-lost', 'sessions-lost', 'backlog', 'delay', 'success'];
const TIME_KEYS = new Set<Key>(['down', 'affected', 'recovered', 'delay']);

/** A VALUE: a number in the key's base unit, or never/unbounded (greater than any number). */
export type Val = number;
export type Measure = { key: Key; op: '=' | '<=' | '>=' | '~'; value: Val; text: string } | { key: Key; op: 'range'; min: Val; max: Val; text: string };

export type Target = { type: 'node'; node: string; instance: number | null } | { type: 'zone'; zone: string } | { type: 'region'; region: string } | { type: 'scenario'; name: string };

export type Expectation =
  | { type: 'finding'; rule: string; node: string | null }
  | { type: 'no'; rule: string; node: string | null }
  | { type: 'clean' }
  | { type: 'simulate'; target: Target; at: number; measures: Measure[] };

export interface ExpectLine {
  /** 1-based line in the file. */
  line: number;
  /** The expectation as written, without its reason, white space collapsed: the key of pending.json. */
  text: string;
  expectation: Expectation;
  reason: string;
}

const UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };

function parseValue(raw: string, key: Key): Val | string {
  if (raw === 'never') return key === 'recovered' ? Infinity : `\`never\` is only for recovered`;
  if (raw === 'unbounded') return key === 'writes-lost' ? Infinity : `\`unbounded\` is only for writes-lost`;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|%)?$/.exec(raw);
  if (!m) return `bad value "${raw}"`;
  const n = Number(m[1]);
  const unit = m[2];
  if (!unit) return n;
  if (unit === '%') return key === 'success' || key === 'sessions-lost' ? n : `"%" on ${key}`;
  if (!TIME_KEYS.has(key) && key !== 'writes-lost') return `a time unit on ${key}`;
  return n * UNITS[unit]!;
}

function parseMeasure(raw: string): Measure | string {
  const m = /^([a-z-]+)\s*(<=|>=|=|~)\s*(\S+)$/.exec(raw.trim());
  if (!m) return `bad measure "${raw.trim()}"`;
  const key = m[1] as Key;
  if (!KEYS.includes(key)) return `unknown key "${m[1]}"`;
  const op = m[2] as '=' | '<=' | '>=' | '~';
  const v = m[3]!;
  const range = /^(.+?)\.\.(.+)$/.exec(v);
  if (range && !/^\d+\.\d+$/.test(v)) {
    if (op !== '=') return `a range needs "=" (${raw.trim()})`;
    const lo = parseValue(range[1]!, key);
    const hi = parseValue(range[2]!, key);
    if (typeof lo === 'string') return lo;
    if (typeof hi === 'string') return hi;
    if (lo > hi) return `range MIN > MAX (${raw.trim()})`;
    return { key, op: 'range', min: lo, max: hi, text: raw.trim() };
  }
  const value = parseValue(v, key);
  if (typeof value === 'string') return value;
  return { key, op, value, text: raw.trim() };
}

/** `NODE`, `NODE#K`, `zone:Z`, `region:R`, `scenario:NAME`, each optionally `@AT`, then `:`. Returns the target and the rest after the `:`. */
function parseTarget(s: string): { target: Target; at: number; rest: string } | string {
  const m = /^(zone:|region:|scenario:)?([^#@:\s]+)(?:#(\d+))?(?:@([^:\s]+))?\s*:(.*)$/u.exec(s);
  if (!m) return `bad simulate target in "${s}"`;
  const [, prefix, name, inst, atRaw, rest] = m;
  let at = 0;
  if (atRaw !== undefined) {
    const v = parseDuration(atRaw);
    if (v === null) return `bad @AT "${atRaw}"`;
    at = v;
  }
  let target: Target;
  if (prefix === 'zone:') target = { type: 'zone', zone: name! };
  else if (prefix === 'region:') target = { type: 'region', region: name! };
  else if (prefix === 'scenario:') target = { type: 'scenario', name: name! };
  else target = { type: 'node', node: name!, instance: inst !== undefined ? Number(inst) : null };
  if (prefix && inst !== undefined) return `#K only follows a node (${s})`;
  if (prefix === 'scenario:' && atRaw !== undefined) return `@AT does not apply to a scenario (${s})`;
  return { target, at, rest: rest! };
}

/** The comment `#` of a line: the first `#` that is not the `#K` of a simulate target. */
function splitReason(line: string): { body: string; reason: string } | null {
  let from = 0;
  const sim = /^\s*simulate\s+\S*?[^\s#@:]#\d/u.exec(line);
  if (sim) from = sim[0].length;
  const k = line.indexOf('#', from);
  if (k < 0) return null;
  return { body: line.slice(0, k), reason: line.slice(k + 1).trim() };
}

/** Parses an expect block; errors are corpus bugs (they are never pending). */
export function parseExpect(lines: { text: string; line: number }[]): { items: ExpectLine[]; errors: string[] } {
  const items: ExpectLine[] = [];
  const errors: string[] = [];
  for (const { text, line } of lines) {
    if (!text.trim()) continue;
    const parts = splitReason(text);
    if (!parts) {
      errors.push(`line ${line}: no reason (\`# …\`)`);
      continue;
    }
    if (!parts.reason) {
      errors.push(`line ${line}: blank reason`);
      continue;
    }
    const body = parts.body.trim();
    if (!body) continue; // a note
    const norm = body.replace(/\s+/g, ' ');
    const words = body.split(/\s+/);
    const ruleOk = (r: string | undefined): boolean => r !== undefined && /^[a-z0-9-]+$/.test(r);
    if (words[0] === 'finding' || words[0] === 'no') {
      if (!ruleOk(words[1]) || words.length > 3) {
        errors.push(`line ${line}: expected \`${words[0]} RULE [NODE]\``);
        continue;
      }
      items.push({ line, text: norm, reason: parts.reason, expectation: { type: words[0] === 'finding' ? 'finding' : 'no', rule: words[1]!, node: words[2] ?? null } });
    } else if (body === 'clean') {
      items.push({ line, text: norm, reason: parts.reason, expectation: { type: 'clean' } });
    } else if (words[0] === 'simulate') {
      const t = parseTarget(body.slice('simulate'.length).trimStart());
      if (typeof t === 'string') {
        errors.push(`line ${line}: ${t}`);
        continue;
      }
      const measures: Measure[] = [];
      let bad = false;
      for (const raw of t.rest.split(',')) {
        const ms = parseMeasure(raw);
        if (typeof ms === 'string') {
          errors.push(`line ${line}: ${ms}`);
          bad = true;
          break;
        }
        measures.push(ms);
      }
      if (bad) continue;
      if (!measures.length) {
        errors.push(`line ${line}: simulate without measures`);
        continue;
      }
      items.push({ line, text: norm, reason: parts.reason, expectation: { type: 'simulate', target: t.target, at: t.at, measures } });
    } else errors.push(`line ${line}: unknown expectation "${words[0]}"`);
  }
  return { items, errors };
}

// ---- comparing --------------------------------------------------------------------

/** Whether a measured figure satisfies a measure (README "Operators and values"). */
export function holds(m: Measure, got: number): boolean {
  if (m.op === 'range') return got >= m.min - 1e-9 && got <= m.max + 1e-9;
  if (m.op === '<=') return got <= m.value + 1e-9;
  if (m.op === '>=') return got >= m.value - 1e-9;
  if (m.op === '~') return m.value === 0 ? got === 0 : Math.abs(got - m.value) <= 0.15 * m.value + 1e-9;
  if (m.value === Infinity || got === Infinity) return got === m.value;
  return Math.abs(got - m.value) <= 0.5;
}

// ---- the figures of one run --------------------------------------------------------

type Pts = { at: number; success: number }[];

/** Seconds in [from, to) during which the series is below `base`. */
function badIntervals(pts: Pts, base: number, horizon: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < pts.length; i++) {
    const end = i + 1 < pts.length ? pts[i + 1]!.at : horizon;
    if (pts[i]!.success < base - 1e-9 && end > pts[i]!.at) out.push([pts[i]!.at, end]);
  }
  return out;
}

function union(list: [number, number][]): number {
  const s = [...list].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cur: [number, number] | null = null;
  for (const iv of s) {
    if (!cur || iv[0] > cur[1]) {
      if (cur) total += cur[1] - cur[0];
      cur = [iv[0], iv[1]];
    } else cur[1] = Math.max(cur[1], iv[1]);
  }
  if (cur) total += cur[1] - cur[0];
  return total;
}

/** Integral of the series over [a, b). */
function integral(pts: Pts, a: number, b: number, horizon: number): number {
  let sum = 0;
  for (let i = 0; i < pts.length; i++) {
    const s = Math.max(a, pts[i]!.at);
    const e = Math.min(b, i + 1 < pts.length ? pts[i + 1]!.at : horizon);
    if (e > s) sum += (e - s) * pts[i]!.success;
  }
  return sum;
}

/** The README's keys, measured on one result. `t0` is the time of the first step. */
export function figures(design: Design, r: SimResult, t0: number): Record<Key, number> {
  const H = r.horizon;
  const entries = r.entries;
  const base = (x: { baseline?: number }): number => x.baseline ?? 1;
  // down: the worst request class of the worst entry (an entry with no class is one class).
  let down = 0;
  for (const e of entries) down = Math.max(down, e.downSeconds);
  for (const c of r.classes ?? []) down = Math.max(down, c.downSeconds);
  // affected: some requests of some entry or class failed.
  const bad: [number, number][] = [];
  for (const e of entries) bad.push(...badIntervals(e.points, base(e), H));
  for (const c of r.classes ?? []) bad.push(...badIntervals(c.points, base(c), H));
  const affected = union(bad);
  // recovered: from the first step until every entry is fully served again and stays so.
  let recovered = 0;
  for (const e of entries) {
    const b = base(e);
    const last = e.points[e.points.length - 1]!;
    if (last.success < b - 1e-9) {
      recovered = Infinity;
      break;
    }
    const ivs = badIntervals(e.points, b, H);
    if (ivs.length) recovered = Math.max(recovered, ivs[ivs.length - 1]![1] - t0);
  }
  // success: requests of all entries, weighted by rate (equal shares without one), from t0 to recovered;
  // over the rest of the run when nothing fell below the starting state but that state already drops
  // requests (a node over capacity with nothing failed: failure-model §6).
  const dropsAtStart = entries.some((e) => base(e) < 1 - 1e-9);
  const end = recovered === Infinity || (recovered === 0 && dropsAtStart) ? H : t0 + recovered;
  let success = 100;
  if (end > t0 && entries.length) {
    const rate = (name: string): number => {
      const n = design.nodes.get(name);
      const v = n?.attrs.get('rate')?.value;
      return v && v.type === 'number' && v.value > 0 ? v.value : 0;
    };
    const anyRate = entries.some((e) => rate(e.entry) > 0);
    let num = 0;
    let den = 0;
    for (const e of entries) {
      const w = anyRate ? rate(e.entry) : 1;
      num += w * integral(e.points, t0, end, H);
      den += w * (end - t0);
    }
    success = den > 0 ? (100 * num) / den : 100;
  }
  const wl = r.writesLostSeconds;
  return {
    down,
    affected,
    recovered,
    'writes-lost': wl === null || wl === undefined || !Number.isFinite(wl) ? Infinity : wl,
    'sessions-lost': r.sessionsLost * 100,
    backlog: Math.max(0, ...(r.queues ?? []).map((q) => q.backlog)),
    delay: Math.max(0, ...(r.queues ?? []).map((q) => q.delay)),
    success,
  };
}

// ---- one file -------------------------------------------------------------------------

/** The ids whose findings mean the design is not valid language (checked on every file). */
export const LANGUAGE_ERRORS = ['syntax', 'unknown-kind', 'unknown-attribute', 'invalid-value', 'duplicate-name', 'unknown-reference'];
/** The key of the automatic language check in pending.json. */
export const NO_LANGUAGE_ERRORS = '(no language errors)';

export interface Outcome {
  line: number;
  text: string;
  ok: boolean;
  /** What was found instead, for the failure message. */
  detail: string;
}

export interface FileResult {
  /** Corpus bugs: missing blocks, bad expect lines. */
  errors: string[];
  outcomes: Outcome[];
}

let md: ReturnType<typeof MarkdownIt> | undefined;
const service = new TopologyService({ estimateNodeLimit: 100000 });

function fmt(v: number): string {
  return v === Infinity ? 'never/unbounded' : String(Math.round(v * 1000) / 1000);
}

function targetLabel(t: Target): string {
  return t.type === 'node' ? (t.instance ? `${t.node}#${t.instance}` : t.node) : t.type === 'zone' ? `zone:${t.zone}` : t.type === 'region' ? `region:${t.region}` : `scenario:${t.name}`;
}

/** Runs every expectation of one corpus file. */
export function runCorpusFile(text: string): FileResult {
  md ??= new MarkdownIt('commonmark');
  const tokens = md.parse(text, {});
  const fences = tokens.filter((t) => t.type === 'fence');
  const topo = fences.filter((t) => t.info.trim().split(/\s+/)[0] === 'topology');
  const exp = fences.filter((t) => t.info.trim() === 'expect');
  const errors: string[] = [];
  if (topo.length !== 1) errors.push(`${topo.length} topology blocks (want exactly one)`);
  if (exp.length !== 1) errors.push(`${exp.length} expect blocks (want exactly one)`);
  const heading = /^#\s+(.+?)\s*$/m.exec(text)?.[1];
  if (topo.length === 1 && heading !== undefined && topo[0]!.info.trim().replace(/^topology\s*/, '') !== heading) errors.push('the topology block\'s title differs from the # heading');
  if (errors.length) return { errors, outcomes: [] };
  const eb = exp[0]!;
  const first = eb.map![0] + 2; // 1-based line of the first content line
  const parsed = parseExpect(eb.content.replace(/\n$/, '').split('\n').map((t, i) => ({ text: t, line: first + i })));
  if (parsed.errors.length) return { errors: parsed.errors, outcomes: [] };

  const analysis = service.analyze(text, 'markdown');
  const entry = analysis.designs.find((d) => d.fenceLine === topo[0]!.map![0]);
  if (!entry) return { errors: ['the topology block was not found by the service'], outcomes: [] };
  const design = entry.design;
  const found: DocFinding[] = service.findings(analysis, {}).filter((f) => f.designIndex === entry.index);
  const onNode = (f: DocFinding, node: string): boolean => {
    const n = design.nodes.get(node);
    return n !== undefined && f.range.start.line === entry.firstLine + n.line;
  };
  const list = (fs: DocFinding[]): string => (fs.length ? fs.map((f) => `${f.rule}@${f.range.start.line + 1}`).join(', ') : 'none');
  const outcomes: Outcome[] = [];

  // Every file: no language errors unless the block names that rule.
  const named = new Set(parsed.items.flatMap((i) => (i.expectation.type === 'finding' ? [i.expectation.rule] : [])));
  const langBad = found.filter((f) => LANGUAGE_ERRORS.includes(f.rule) && !named.has(f.rule));
  outcomes.push({
    line: first - 1,
    text: NO_LANGUAGE_ERRORS,
    ok: langBad.length === 0,
    detail: langBad.map((f) => `${f.rule} at line ${f.range.start.line + 1}: ${f.message.en}`).join('; '),
  });

  const runs = new Map<string, { r: SimResult; t0: number } | string>();
  for (const it of parsed.items) {
    const x = it.expectation;
    if (x.type === 'finding' || x.type === 'no') {
      const same = found.filter((f) => f.rule === x.rule);
      const hits = x.node === null ? same : same.filter((f) => onNode(f, x.node!));
      if (x.node !== null && !design.nodes.has(x.node)) {
        outcomes.push({ line: it.line, text: it.text, ok: false, detail: `no node ${x.node} in the design` });
        continue;
      }
      const ok = x.type === 'finding' ? hits.length > 0 : hits.length === 0;
      outcomes.push({ line: it.line, text: it.text, ok, detail: `${x.rule}: ${list(same)}; all findings: ${list(found)}` });
    } else if (x.type === 'clean') {
      const loud = found.filter((f) => f.severity === 'warning' || f.severity === 'error');
      outcomes.push({ line: it.line, text: it.text, ok: loud.length === 0, detail: `warnings/errors: ${loud.map((f) => `${f.rule}@${f.range.start.line + 1} ${f.message.en}`).join(' | ')}` });
    } else {
      const key = `${targetLabel(x.target)}@${x.at}`;
      let run = runs.get(key);
      if (run === undefined) {
        run = runOne(design, x.target, x.at);
        runs.set(key, run);
      }
      if (typeof run === 'string') {
        outcomes.push({ line: it.line, text: it.text, ok: false, detail: run });
        continue;
      }
      const fig = figures(design, run.r, run.t0);
      const failed = x.measures.filter((m) => !holds(m, fig[m.key]));
      outcomes.push({
        line: it.line,
        text: it.text,
        ok: failed.length === 0,
        detail: failed.map((m) => `${m.text}: got ${fmt(fig[m.key])}`).join('; ') + ` (all: ${KEYS.map((k) => `${k}=${fmt(fig[k])}`).join(' ')})`,
      });
    }
  }
  return { errors: [], outcomes };
}

function runOne(design: Design, t: Target, at: number): { r: SimResult; t0: number } | string {
  let steps: SimStep[];
  if (t.type === 'scenario') {
    const sc = design.scenarios.find((s) => s.name === t.name);
    if (!sc) return `no scenario ${t.name} (scenarios: ${design.scenarios.map((s) => s.name).join(', ') || 'none'})`;
    steps = scenarioSteps(sc);
  } else {
    const target: SimTarget = t.type === 'node' ? { type: 'node', node: t.node, instance: t.instance } : t.type === 'zone' ? { type: 'zone', zone: t.zone } : { type: 'region', region: t.region };
    steps = [{ type: 'fail', target, at }];
  }
  const problems = validateTargets(design, steps);
  if (problems.length) return problems.map((p) => p.en).join(' ');
  const t0 = steps.length ? Math.min(...steps.map((s) => s.at)) : 0;
  try {
    return { r: simulate(design, steps), t0 };
  } catch (err) {
    return `the simulation threw: ${(err as Error).message}`;
  }
}
