#!/usr/bin/env node
/**
 * `infra-notes`: the same checks as the editor, for CI and for people without VS Code.
 * Exit codes: 0 fine, 1 some error-severity finding, 2 bad usage or unreadable input.
 */
import { readdirSync, readFileSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ExportUsageError, exportNotes } from './cli/export';
import { writeNoteImages } from './cli/images';
import { animationTitle, type DesignEntry, formatEventShare, type DocFinding, CONFIGURABLE_RULE_IDS, displayWidth, durationIn, formatSimText, LIMITS, type Locale, parseDuration, parseTarget, targetText, renderNoteHtml, type RuleConfig, scenarioSteps, settingStall, type SimStep, simulate, sweep, TopologyService, toAnimatedSvg, toSimJson, stepsAfterEnd, validateTargets } from './core';

const USAGE = `Usage:
  infra-notes check PATHS… [--format text|json|sarif] [--rule ID=SEVERITY]… [--config FILE]
      [--locale en|ko] [--docs-url URL]

  Checks the topology blocks of Markdown notes (.md, .markdown) and .topology files;
  folders are searched recursively. Severities: off, hint, info, warning, error.
  Rule settings are read from .infra-notes.json in the current folder or above
  (or --config FILE), then --rule options override them.
  --format sarif writes a SARIF 2.1.0 log for GitHub code scanning; its rule help
  links point under --docs-url (default: this installation's docs/ folder).

  Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input,
  3 an internal error of the tool.

  infra-notes simulate NOTE.md [--design TITLE_OR_INDEX]
      (--scenario NAME | --fail TARGET[@TIME]… | --sweep) [--format text|json] [--locale en|ko]

  Runs the failure simulation of one design of a note. TARGET is NODE, NODE#K,
  zone:Z or region:R; TIME like 30s (default 0s). --design picks a design by its
  title or its number in the note (1 = first); it is needed when the note has
  several designs, unless --scenario names a scenario only one design has.
  --sweep fails every node, zone and region one at a time and tabulates the impact.

  infra-notes render NOTE.md -o OUT.html [--theme light|dark] [--rule ID=SEVERITY]… [--config FILE] [--locale en|ko]

  Writes one self-contained HTML page (no network) with the diagram of every
  design of the note and its findings, with the same rule settings as check.

  infra-notes animate NOTE.md (--scenario NAME | --fail TARGET[@TIME]…) -o OUT.svg
      [--design TITLE_OR_INDEX] [--width PX] [--frame DURATION] [--locale en|ko]

  Writes the failure simulation as an animated SVG for a blog post or a README:
  the diagram changing over the run (failing, detected, promoted, restored), one
  frame per moment the simulation recorded, each shown --frame long (default 2s),
  --width wide (default 800 px). Plain SVG with SMIL animation: no script.

  infra-notes export NOTES… [--check] [--rule ID=SEVERITY]… [--config FILE] [--locale en|ko]

  Writes after each topology block a plain \`\`\`mermaid block that GitHub, GitLab
  and blogs draw, between two marker comments; running it again only refreshes
  what is between them. --check writes nothing and exits 1 when a picture is
  missing or stale.

  infra-notes images NOTES… [--check] [--rule ID=SEVERITY]… [--config FILE] [--locale en|ko]

  Writes next to each note an SVG image of each of its designs, NOTE.DESIGN.svg
  (DESIGN: the block's title made safe for a file name, else design-N), with the
  findings marked; the notes are not changed. Plain SVG with native text on a white
  background. --check writes nothing and exits 1 when an image is missing or stale.
`;

export class UsageError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

const SEVERITIES = new Set(['off', 'hint', 'info', 'warning', 'error']);
const NOTE_EXT = /\.(md|markdown|topology)$/i;

/** The locale from --locale or the environment (LC_ALL, LC_MESSAGES, LANG). */
function envLocale(env: Io['env']): Locale {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return raw.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function parseRuleOption(raw: string, into: RuleConfig): void {
  const m = /^([a-z0-9-]+)=([a-z]+)$/.exec(raw);
  if (!m) throw new UsageError(`--rule takes ID=SEVERITY, e.g. --rule single-zone=off (got "${raw}")`);
  checkRule(m[1]!, m[2]!, '--rule');
  into[m[1]!] = m[2] as RuleConfig[string];
}

function checkRule(id: string, sev: unknown, where: string): void {
  if (!(CONFIGURABLE_RULE_IDS as string[]).includes(id)) throw new UsageError(`${where}: unknown rule "${id}". Rules: ${[...CONFIGURABLE_RULE_IDS].sort().join(', ')}`);
  if (typeof sev !== 'string' || !SEVERITIES.has(sev)) throw new UsageError(`${where}: severity of "${id}" must be one of off, hint, info, warning, error (got ${JSON.stringify(sev)})`);
}

/** Reads rule settings: `{ "rule": "severity" }` or `{ "rules": { … } }`. */
function readConfig(file: string): RuleConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`${file}: expected an object of rule severities`);
  const obj = raw as Record<string, unknown>;
  const rules = obj.rules && typeof obj.rules === 'object' ? (obj.rules as Record<string, unknown>) : obj;
  const out: RuleConfig = {};
  for (const [k, v] of Object.entries(rules)) {
    checkRule(k, v, file);
    out[k] = v as RuleConfig[string];
  }
  return out;
}

function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const f = join(dir, '.infra-notes.json');
    if (existsSync(f)) return f;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Every note under the given paths, in a stable order. */
function collect(paths: string[], cwd: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      throw new UsageError(`cannot read folder ${dir}: ${(err as Error).message}`);
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(full);
      else if (st.isFile() && NOTE_EXT.test(name)) files.push(full);
    }
  };
  for (const p of paths) {
    const full = resolve(cwd, p);
    let st;
    try {
      st = statSync(full);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
    if (st.isDirectory()) walk(full);
    else files.push(full);
  }
  return files;
}

interface Located extends DocFinding {
  file: string;
}

/** Options of one command, parsed strictly: an unknown option or a missing value is a usage error. */
function options<T extends Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>>(args: string[], spec: T) {
  try {
    return parseArgs({ args, options: { ...spec, format: { type: 'string' }, locale: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

function formatOf(v: string | undefined): 'text' | 'json' {
  const f = v ?? 'text';
  if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json${f === 'sarif' ? ' here (sarif is for check)' : ''} (got "${f}")`);
  return f;
}

function localeOf(v: string | undefined, io: Io): Locale {
  if (v === undefined) return envLocale(io.env);
  if (v !== 'en' && v !== 'ko') throw new UsageError(`--locale must be en or ko (got "${v}")`);
  return v;
}

/** Rule settings: .infra-notes.json in the current folder or above (or --config FILE), then --rule options over them. */
function ruleSettings(values: { rule?: string[]; config?: string }, io: Io): RuleConfig {
  const overrides: RuleConfig = {};
  for (const r of values.rule ?? []) parseRuleOption(r, overrides);
  const cfgPath = values.config ? resolve(io.cwd, values.config) : findConfig(io.cwd);
  return { ...(cfgPath ? readConfig(cfgPath) : {}), ...overrides };
}

function check(args: string[], io: Io): number {
  const { values, positionals: paths } = options(args, { rule: { type: 'string', multiple: true }, config: { type: 'string' }, 'docs-url': { type: 'string' } });
  const format = values.format === 'sarif' ? 'sarif' : formatOf(values.format);
  const lang = localeOf(values.locale, io);
  if (!paths.length) throw new UsageError('check needs at least one file or folder');
  const rules = ruleSettings(values, io);
  // No typing to keep up with: estimate every design the rules analyse.
  const service = new TopologyService({ estimateNodeLimit: LIMITS.nodesPerDesign });
  const found: Located[] = [];
  for (const file of collect(paths, io.cwd)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read ${relative(io.cwd, file) || file}: ${(err as Error).message}`);
    }
    const kind = /\.topology$/i.test(file) ? 'topology' : 'markdown';
    const rel = relative(io.cwd, file);
    const shown = rel && !rel.startsWith('..') ? rel : file;
    const fs = service.findings(service.analyze(text, kind), rules);
    fs.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
    for (const f of fs) found.push({ ...f, file: shown });
  }
  if (format === 'sarif') {
    const docsDir = join(__dirname, '..', 'docs');
    let docsUrl = values['docs-url'] ?? pathToFileURL(docsDir).href + '/';
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(docsUrl)) throw new UsageError(`--docs-url must be an absolute URL, e.g. https://github.com/OWNER/infra-notes/blob/main/docs/ (got "${docsUrl}")`);
    if (!docsUrl.endsWith('/')) docsUrl += '/';
    // Loaded here, not at the top: the SARIF builder and its file-system helpers cost every other run ~20 ms of start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { toSarif } = require('./cli/sarif') as typeof import('./cli/sarif');
    io.out(toSarif(found, { locale: lang, version: '0.1.0', docsUrl, docsDir }));
  } else if (format === 'json') {
    const rows = found.map((f) => ({
      file: f.file,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      severity: f.severity,
      rule: f.rule,
      message: f.message[lang],
    }));
    io.out(JSON.stringify(rows, null, 2) + '\n');
  } else {
    for (const f of found) io.out(`${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message[lang]}\n`);
    const errors = found.filter((f) => f.severity === 'error').length;
    io.err(lang === 'ko' ? `지적 사항 ${found.length}건 (오류 ${errors}건)\n` : `${found.length} finding${found.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'})\n`);
  }
  return found.some((f) => f.severity === 'error') ? 1 : 0;
}

/** Reads a note and picks one design by title, 1-based number, or the scenario it holds. */
function pickDesign(file: string, io: Io, which: string | undefined, scenario: string | undefined): DesignEntry {
  const full = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const analysis = new TopologyService().analyze(text, /\.topology$/i.test(file) ? 'topology' : 'markdown');
  const designs = analysis.designs;
  const list = (): string => designs.map((d, i) => `  ${i + 1}: ${d.design.title || '(untitled)'}`).join('\n');
  if (!designs.length) throw new UsageError(`${file} has no topology block`);
  if (which !== undefined) {
    const byTitle = designs.filter((d) => d.design.title === which);
    if (byTitle.length === 1) return byTitle[0]!;
    if (/^\d+$/.test(which)) {
      const d = designs[Number(which) - 1];
      if (d) return d;
    }
    throw new UsageError(`no design "${which}" in ${file}; its designs are:\n${list()}`);
  }
  if (designs.length === 1) return designs[0]!;
  if (scenario !== undefined) {
    const having = designs.filter((d) => d.design.scenarios.some((s) => s.name === scenario));
    if (having.length === 1) return having[0]!;
  }
  throw new UsageError(`${file} has ${designs.length} designs: choose one with --design TITLE_OR_NUMBER:\n${list()}`);
}

/** `db`, `db#2`, `zone:a`, `region:r`, each optionally `@30s`. */
function parseFailOption(raw: string): SimStep {
  const m = /^([^@]+)(?:@(.+))?$/.exec(raw);
  const at = m?.[2] !== undefined ? parseDuration(m[2]) : 0;
  const target = m ? parseTarget(m[1]!) : null;
  if (!m || at === null || !target) throw new UsageError(`--fail takes TARGET or TARGET@TIME, e.g. db, web#2, zone:seoul-a, region:seoul@30s (got "${raw}")`);
  return { type: 'fail', target, at };
}

function simulateCmd(args: string[], io: Io): number {
  const { values, positionals: files } = options(args, { design: { type: 'string' }, scenario: { type: 'string' }, fail: { type: 'string', multiple: true }, sweep: { type: 'boolean' } });
  const format = formatOf(values.format);
  const lang = localeOf(values.locale, io);
  const which = values.design;
  const scenario = values.scenario;
  const doSweep = values.sweep === true;
  const fails = (values.fail ?? []).map(parseFailOption);
  if (files.length !== 1) throw new UsageError('simulate takes exactly one note');
  const modes = [scenario !== undefined, fails.length > 0, doSweep].filter(Boolean).length;
  if (modes !== 1) throw new UsageError('simulate needs exactly one of --scenario NAME, --fail TARGET, --sweep');
  const entry = pickDesign(files[0]!, io, which, scenario);
  const d = entry.design;
  const title = d.title || `#${entry.index + 1}`;
  if (doSweep) {
    const rows = sweep(d).map((r) => ({ target: targetText(r.target), result: r.result }));
    if (format === 'json') {
      io.out(JSON.stringify(rows.map((r) => toSimJson(title, `fail ${r.target}`, r.result, lang)), null, 2) + '\n');
      return 0;
    }
    const ko = lang === 'ko';
    // "Commits" are a database's word: a design whose data lives only in file stores (a NAS, a file server) loses data.
    const filesOnly = [...d.nodes.values()].some((n) => n.kind === 'storage') && [...d.nodes.values()].every((n) => n.kind !== 'database' && n.kind !== 'cache' && n.kind !== 'queue');
    const head = ko ? ['장애 대상', '완전 중단', '부분 장애', '완전 복구까지', filesOnly ? '잃은 데이터' : '유실된 커밋 데이터', '유실된 세션'] : ['failed', 'down', 'degraded', 'recovered', 'writes lost', 'sessions lost'];
    const fmt = (s: number): string => durationIn(lang, s);
    const body = rows.map(({ target, result }) => {
      const worst = (k: 'downSeconds' | 'degradedSeconds'): number => Math.max(0, ...result.entries.map((e) => e[k]));
      const never = result.entries.some((e) => e.recoverySeconds === null);
      const back = Math.max(0, ...result.entries.map((e) => e.recoverySeconds ?? 0));
      // Requests that waited (a commit stall) were back to normal only when the wait ended: the estimate counts it too.
      const stall = settingStall(back, result.stall);
      const rec = never ? (ko ? '복구 안 됨' : 'never') : stall ? `${fmt(stall.seconds)} (${ko ? '지연' : 'stall'})` : fmt(back);
      return [target, fmt(worst('downSeconds')), fmt(worst('degradedSeconds')), rec, (Number.isFinite(result.writesLostSeconds) ? (ko && result.writesLostSeconds === 0 && !result.unmirrored ? '없음' : fmt(result.writesLostSeconds)) : ko ? '전부' : 'unbounded') + (result.unmirrored ? (ko ? ` + ${result.unmirrored} 지연분` : ` + ${result.unmirrored}'s lag`) : ''), formatEventShare(result.sessionsLost)];
    });
    const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i]!))));
    const line = (r: string[]): string => r.map((c, i) => c + ' '.repeat(Math.max(0, widths[i]! - displayWidth(c)))).join('  ').trimEnd();
    io.out(`${ko ? '설계' : 'Design'}: ${title}\n${line(head)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${body.map(line).join('\n')}\n`);
    return 0;
  }
  let steps: SimStep[];
  let name: string;
  if (scenario !== undefined) {
    const sc = d.scenarios.find((s) => s.name === scenario);
    if (!sc) throw new UsageError(`design "${title}" has no scenario "${scenario}"${d.scenarios.length ? `; its scenarios: ${d.scenarios.map((s) => s.name).join(', ')}` : ''}`);
    steps = scenarioSteps(sc);
    name = sc.name;
    // A step with an error is left out of the run: say so, rather than run less than was written.
    const broken = d.findings.filter((f) => f.severity === 'error' && f.span.line === sc.line);
    if (broken.length)
      io.err(
        (lang === 'ko' ? `infra-notes: 시나리오 "${sc.name}"에 오류가 있어 그 단계는 빼고 실행합니다:\n` : `infra-notes: scenario "${sc.name}" has errors; the steps with errors are left out of the run:\n`) +
          broken.map((f) => `  ${files[0]}:${entry.firstLine + f.span.line + 1}:${f.span.start + 1} ${f.message[lang]}\n`).join(''),
      );
  } else {
    steps = fails;
    name = fails.map((f) => (f.type === 'spike' ? '' : `fail ${targetText(f.target)}${f.at ? ` at=${f.at}s` : ''}`)).join('; ');
  }
  const problems = validateTargets(d, steps);
  if (problems.length) throw new UsageError(problems.map((p) => p[lang]).join('\n'));
  const result = simulate(d, steps);
  // A step at or after the end of the run does nothing: say so rather than print a quiet run.
  for (const m of stepsAfterEnd(steps, result.horizon)) io.err(`infra-notes: ${m[lang]}\n`);
  if (format === 'json') io.out(JSON.stringify(toSimJson(title, name, result, lang), null, 2) + '\n');
  else io.out(formatSimText(d, result, lang));
  return 0;
}

function animateCmd(args: string[], io: Io): number {
  const { values, positionals: files } = options(args, { design: { type: 'string' }, scenario: { type: 'string' }, fail: { type: 'string', multiple: true }, output: { type: 'string', short: 'o' }, width: { type: 'string' }, frame: { type: 'string' } });
  if (values.format !== undefined) throw new UsageError('animate has no --format option');
  const lang = localeOf(values.locale, io);
  if (files.length !== 1) throw new UsageError('animate takes exactly one note');
  const out = values.output;
  if (!out) throw new UsageError('animate needs -o OUT.svg');
  const fails = (values.fail ?? []).map(parseFailOption);
  if ((values.scenario !== undefined) === fails.length > 0) throw new UsageError('animate needs exactly one of --scenario NAME, --fail TARGET');
  const width = values.width === undefined ? 800 : Number(values.width);
  if (!Number.isFinite(width) || width < 320 || width > 2000) throw new UsageError(`--width must be a number of pixels from 320 to 2000 (got "${values.width}")`);
  const frame = values.frame === undefined ? 2 : parseDuration(values.frame);
  if (frame === null || frame < 0.5 || frame > 10) throw new UsageError(`--frame must be a duration from 500ms to 10s (got "${values.frame}")`);
  const entry = pickDesign(files[0]!, io, values.design, values.scenario);
  const d = entry.design;
  let steps: SimStep[];
  let name: string | null = null;
  if (values.scenario !== undefined) {
    const sc = d.scenarios.find((s) => s.name === values.scenario);
    if (!sc) throw new UsageError(`design "${d.title || `#${entry.index + 1}`}" has no scenario "${values.scenario}"`);
    steps = scenarioSteps(sc);
    name = sc.name;
  } else {
    steps = fails;
  }
  const problems = validateTargets(d, steps);
  if (problems.length) throw new UsageError(problems.map((p) => p[lang]).join('\n'));
  // The same picture and caption as the editor's "Export Animation" (the server's animationView).
  const result = simulate(d, steps);
  for (const m of stepsAfterEnd(steps, result.horizon)) io.err(`infra-notes: ${m[lang]}\n`);
  const svg = toAnimatedSvg(d, result, { locale: lang, width, secondsPerFrame: frame, title: animationTitle(d.title, entry.index, name, steps) });
  try {
    writeFileSync(resolve(io.cwd, out), svg);
  } catch (err) {
    throw new UsageError(`cannot write ${out}: ${(err as Error).message}`);
  }
  io.err(`wrote ${out}\n`);
  return 0;
}

function renderCmd(args: string[], io: Io): number {
  const { values, positionals: files } = options(args, { output: { type: 'string', short: 'o' }, theme: { type: 'string' }, rule: { type: 'string', multiple: true }, config: { type: 'string' } });
  const out = values.output;
  const rules = ruleSettings(values, io);
  const theme = values.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') throw new UsageError(`--theme must be light or dark (got "${theme}")`);
  const locale = localeOf(values.locale, io);
  if (values.format !== undefined) throw new UsageError('render has no --format option');
  if (files.length !== 1) throw new UsageError('render takes exactly one note');
  if (!out) throw new UsageError('render needs -o OUT.html');
  const file = files[0]!;
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const mermaidPath = join(__dirname, 'media', 'mermaid.min.js');
  let mermaidScript: string;
  try {
    mermaidScript = readFileSync(mermaidPath, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${mermaidPath}: run "npm run build" first`);
  }
  const title = file.replace(/^.*[\\/]/, '');
  // The same findings as `check`: rule settings, suppressions, every design estimated.
  const html = renderNoteHtml(text, { mermaidScript, title, locale, theme, check: { rules, estimateNodeLimit: LIMITS.nodesPerDesign } });
  try {
    writeFileSync(resolve(io.cwd, out), html);
  } catch (err) {
    throw new UsageError(`cannot write ${out}: ${(err as Error).message}`);
  }
  io.err(`wrote ${out}\n`);
  return 0;
}

function exportCmd(args: string[], io: Io): number {
  const { values, positionals: files } = options(args, { check: { type: 'boolean' }, rule: { type: 'string', multiple: true }, config: { type: 'string' } });
  if (values.format !== undefined) throw new UsageError('export has no --format option');
  const rules = ruleSettings(values, io);
  try {
    return exportNotes(files, { check: values.check === true, locale: localeOf(values.locale, io), rules }, io);
  } catch (err) {
    if (err instanceof ExportUsageError) throw new UsageError(err.message);
    throw err;
  }
}

function imagesCmd(args: string[], io: Io): number {
  const { values, positionals: files } = options(args, { check: { type: 'boolean' }, rule: { type: 'string', multiple: true }, config: { type: 'string' } });
  if (values.format !== undefined) throw new UsageError('images has no --format option');
  const rules = ruleSettings(values, io);
  try {
    return writeNoteImages(files, { check: values.check === true, locale: localeOf(values.locale, io), rules }, io);
  } catch (err) {
    if (err instanceof ExportUsageError) throw new UsageError(err.message);
    throw err;
  }
}

/** Runs the command line; returns the exit status. */
export function runCli(argv: string[], io: Io): number {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check':
        return check(rest, io);
      case 'simulate':
        return simulateCmd(rest, io);
      case 'render':
        return renderCmd(rest, io);
      case 'export':
        return exportCmd(rest, io);
      case 'animate':
        return animateCmd(rest, io);
      case 'images':
        return imagesCmd(rest, io);
      case '--version':
      case '-v':
        io.out('0.1.0\n');
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return cmd === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`infra-notes: ${err.message}\n`);
      if (!/^cannot read|^no such|^no design|has no|^design "|\n/.test(err.message)) io.err(`Run "infra-notes --help" for usage.\n`);
      return 2;
    }
    // A bug of ours, not the user's input: one clear line and its own status, never a stack trace in their CI log.
    io.err(`infra-notes: internal error (${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}). Please report it with the note that caused it.\n`);
    return 3;
  }
}

if (require.main === module) {
  // A reader that stops early (`infra-notes check … | head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const code = runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
}
