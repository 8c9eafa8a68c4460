// `npm run bench`: generated designs and notes of growing size, run against the
// built core (bundled by esbuild, as out/server.js is) and the real server over
// stdio. Prints one table and writes it to bench/results.json (git-ignored).
// Not part of `npm test`: timings depend on the machine; run it on a quiet one.
//
//   node --import tsx bench/run.ts [--quick]
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, CompletionRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { DIAGRAM_REQUEST, STATS_REQUEST, type StatsResult } from '../server/src/lsp/requests';
import { LspClient, SERVER, uriOf } from '../test/protocol/lsp-client';
import { spawnSync } from 'node:child_process';
import { bigNote, designBody, designNote, gatewayFanOut, richBody, sizedNote } from './gen.mjs';

const ROOT = join(__dirname, '..');
const QUICK = process.argv.includes('--quick');
/** Idle time before the second RSS reading: V8 gives memory back after a while. */
const SETTLE_MS = 12000;

interface Row {
  metric: string;
  size: string;
  n: number;
  runs: number;
  median: number;
  p95: number;
  unit: 'ms' | 'MB';
  growth?: number;
  /** Exponent between the two largest sizes only (the fit over all sizes hides a late superlinear term). */
  growthLast?: number;
  target?: string;
  ok?: boolean;
}

const rows: Row[] = [];

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i]!;
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Least-squares slope of log(time) over log(size): 1 = linear, 2 = quadratic. */
function growth(points: { n: number; t: number }[]): number {
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(Math.max(p.t, 1e-3)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

function record(metric: string, size: string, n: number, samples: number[], unit: Row['unit'] = 'ms', target?: { text: string; holds: (r: Row) => boolean }): Row {
  const r: Row = { metric, size, n, runs: samples.length, median: median(samples), p95: quantile(samples, 0.95), unit };
  if (target) {
    r.target = target.text;
    r.ok = target.holds(r);
  }
  rows.push(r);
  process.stderr.write(`  ${metric} ${size}: median ${r.median.toFixed(2)} ${unit}, p95 ${r.p95.toFixed(2)} ${unit}${r.target ? ` (target ${r.target}: ${r.ok ? 'holds' : 'MISSED'})` : ''}\n`);
  return r;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

// ---------------------------------------------------------------------------
// The core, bundled like the server.

type Core = typeof import('./core');

/** The bundled core that loadCore built (a fresh process loads it for the cold row). */
let corePath = '';

async function loadCore(): Promise<Core> {
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-bench-'));
  const outfile = join(dir, 'core.cjs');
  corePath = outfile;
  await build({ entryPoints: [join(ROOT, 'bench', 'core.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  return (await import(pathToFileURL(outfile).href)) as Core;
}

function benchCore(core: Core): void {
  const lineSrc = (body: string) => body.split('\n').map((text) => ({ text, col: 0 }));
  const parsed = (n: number) => core.parseDesign({ title: 'bench', titleStart: 0, titleEnd: 0, closed: true, lines: lineSrc(designBody(n)) });

  process.stderr.write('core: parse + analysis of one design\n');
  const sizes = QUICK ? [100, 1000] : [100, 1000, 10000];
  const runsFor = (n: number) => (n <= 100 ? 30 : n <= 1000 ? 15 : QUICK ? 2 : 5);
  // Measured (December 2026, this machine): a 1,000-node analysis takes 45 ms over runs 1–20, 20 ms over 21–40 and
  // 15.5 ms from run 60 on, when V8's optimizing tier has compiled the parser and the rules; 10,000 nodes settle after
  // about 20 runs. An editor analyses on every keystroke, so typing sees the settled figure.
  const warmUpsFor = (n: number) => (n <= 1000 ? 60 : QUICK ? 5 : 20);
  const pts: { n: number; t: number }[] = [];
  const analysisRows: Row[] = [];
  for (const n of sizes) {
    const body = designBody(n);
    const samples: number[] = [];
    // Warm-up: V8 compiles the parser and the rules to optimized code only after
    // tens of runs (the first runs of a fresh process take 2–4× longer). The editor's
    // server analyses on every edit, so the steady state is what typing sees; the
    // first analysis of a fresh process is its own row below.
    for (let i = 0; i < warmUpsFor(n); i++) new core.TopologyService().analyze(body, 'topology');
    for (let i = 0; i < runsFor(n); i++) {
      const service = new core.TopologyService(); // cold per-block cache: the full cost
      samples.push(time(() => service.analyze(body, 'topology')));
    }
    const target = n === 1000 ? { text: '< 20 ms', holds: (r: Row) => r.median < 20 } : n === 10000 ? { text: '< 250 ms', holds: (r: Row) => r.median < 250 } : undefined;
    analysisRows.push(record('analysis (parse + checks), no goal', `${n} nodes, ${2 * n} edges`, n, samples, 'ms', target));
    pts.push({ n, t: median(samples) });
  }
  // The first analysis in a fresh process: before V8 has optimized anything (no target;
  // the server's first diagnostics after open, below, includes it end to end).
  const cold: number[] = [];
  const gen = pathToFileURL(join(ROOT, 'bench', 'gen.mjs')).href;
  const script = `const c = require(${JSON.stringify(corePath)}); import(${JSON.stringify(gen)}).then((g) => { const body = g.designBody(1000); const t = performance.now(); new c.TopologyService().analyze(body, 'topology'); console.log(performance.now() - t); });`;
  for (let i = 0; i < (QUICK ? 2 : 5); i++) {
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const ms = Number(r.stdout.trim());
    if (Number.isFinite(ms) && ms > 0) cold.push(ms);
  }
  if (cold.length) record('analysis, first run in a fresh process (cold JIT)', '1000 nodes, 2000 edges', 1000, cold);
  const g = growth(pts);
  const gl = growth(pts.slice(-2));
  for (const r of analysisRows) {
    r.growth = g;
    r.growthLast = gl;
  }

  // Where the time goes, to point at the hot spot.
  for (const n of sizes) {
    const runs = Math.min(5, runsFor(n));
    const p: number[] = [];
    const c: number[] = [];
    for (let i = 0; i < runs; i++) {
      const src = lineSrc(designBody(n));
      let d: ReturnType<Core['parseDesign']> | undefined;
      p.push(time(() => (d = core.parseDesign({ title: 'bench', titleStart: 0, titleEnd: 0, closed: true, lines: src }))));
      c.push(time(() => core.checkDesign(d!)));
    }
    record('  of which parse', `${n} nodes`, n, p);
    record('  of which HA rules (checkDesign)', `${n} nodes`, n, c);
  }

  process.stderr.write('core: analysis with a goal (the goal rules run the estimate sweep)\n');
  for (const n of [100, 1000]) {
    const body = designBody(n, { goal: true });
    const samples: number[] = [];
    // As `infra-notes check` runs it: the goal rules estimate every design. (The editor
    // holds them back above LIMITS.estimateNodes and reports one too-large finding.)
    for (let i = 0; i < (n <= 100 ? 10 : 3); i++) samples.push(time(() => new core.TopologyService({ estimateNodeLimit: Infinity }).analyze(body, 'topology')));
    record('analysis with goal (as `infra-notes check`)', `${n} nodes`, n, samples);
  }

  process.stderr.write('core: what-if sweep\n');
  const sweepPts: { n: number; t: number }[] = [];
  const sweepRows: Row[] = [];
  for (const n of [100, 1000]) {
    const samples: number[] = [];
    for (let i = 0; i < (n <= 100 ? 10 : 3); i++) {
      const d = parsed(n); // fresh design: the sweep memoises per design object
      samples.push(time(() => core.sweep(d)));
    }
    sweepRows.push(record('what-if sweep', `${n} nodes`, n, samples, 'ms', n === 1000 ? { text: '< 1 s', holds: (r) => r.median < 1000 } : undefined));
    sweepPts.push({ n, t: median(samples) });
  }
  const sg = growth(sweepPts);
  for (const r of sweepRows) r.growth = sg;

  process.stderr.write('core: designs of the failure model v2 (routes, queues, quorum groups, shards, capacity, backups)\n');
  const vPts: { n: number; t: number }[] = [];
  const vRows: Row[] = [];
  for (const n of sizes) {
    const body = richBody(n);
    const samples: number[] = [];
    new core.TopologyService().analyze(body, 'topology');
    for (let i = 0; i < runsFor(n); i++) {
      const service = new core.TopologyService();
      samples.push(time(() => service.analyze(body, 'topology')));
    }
    vRows.push(record('v2 model analysis, no goal', `${n} nodes`, n, samples));
    vPts.push({ n, t: median(samples) });
  }
  const vg = growth(vPts);
  const vgl = growth(vPts.slice(-2));
  for (const r of vRows) {
    r.growth = vg;
    r.growthLast = vgl;
  }
  const wPts: { n: number; t: number }[] = [];
  const wRows: Row[] = [];
  for (const n of QUICK ? [100, 300] : [100, 300, 1000]) {
    const body = richBody(n, { goal: true });
    const samples: number[] = [];
    for (let i = 0; i < (n <= 100 ? 5 : n <= 300 ? 3 : 1); i++) samples.push(time(() => new core.TopologyService({ estimateNodeLimit: Infinity }).analyze(body, 'topology')));
    wRows.push(record('v2 model analysis with goal (as `infra-notes check`)', `${n} nodes`, n, samples));
    wPts.push({ n, t: median(samples) });
  }
  const wg = growth(wPts);
  for (const r of wRows) r.growth = wg;
  // The same designs over capacity before anything fails: the sweep cannot share a clean baseline, so each loss
  // runs over the whole graph (quadratic). A design in that state also gets an over-capacity finding per node.
  const oPts: { n: number; t: number }[] = [];
  const oRows: Row[] = [];
  for (const n of QUICK ? [100] : [100, 300, 1000]) {
    const body = richBody(n, { goal: true, overloaded: true });
    const samples: number[] = [];
    for (let i = 0; i < (n <= 100 ? 3 : 1); i++) samples.push(time(() => new core.TopologyService({ estimateNodeLimit: Infinity }).analyze(body, 'topology')));
    oRows.push(record('  the same, over capacity at baseline (every loss over the whole graph)', `${n} nodes`, n, samples));
    oPts.push({ n, t: median(samples) });
  }
  const og = growth(oPts);
  for (const r of oRows) r.growth = og;

  process.stderr.write('core: mermaid text\n');
  const mPts: { n: number; t: number }[] = [];
  const mRows: Row[] = [];
  for (const n of sizes) {
    const d = parsed(n);
    const findings = [...d.findings];
    const samples: number[] = [];
    for (let i = 0; i < runsFor(n); i++) samples.push(time(() => core.toMermaidDiagram(d, findings)));
    mRows.push(record('mermaid text', `${n} nodes`, n, samples));
    mPts.push({ n, t: median(samples) });
  }
  const mg = growth(mPts);
  const mgl = growth(mPts.slice(-2));
  for (const r of mRows) {
    r.growth = mg;
    r.growthLast = mgl;
  }

  process.stderr.write('core: 50,000-line note, one-character edit (incremental scan, cached designs)\n');
  const note = bigNote(50000, 200);
  for (const form of ['lines', 'text'] as const) {
    const service = new core.TopologyService();
    let lines = note.text.split('\n');
    let prev = service.analyze(lines);
    const samples: number[] = [];
    for (let i = 0; i < (QUICK ? 10 : 30); i++) {
      const at = note.designLines[(i * 37) % note.designLines.length]! + 2;
      lines = lines.slice(); // a new version: unchanged lines stay the same strings, as in the server
      lines[at] = lines[at] + (i % 2 ? ' ' : '#');
      const input = form === 'lines' ? lines : lines.join('\n');
      samples.push(time(() => (prev = service.analyze(input, 'markdown', prev))));
    }
    record(form === 'lines' ? 'core: edit → analysis, given lines (as the server)' : 'core: edit → analysis, given text', '50,000 lines', 50000, samples);
  }
  const full: number[] = [];
  for (let i = 0; i < 5; i++) full.push(time(() => core.scanMarkdown(note.text)));
  record('core: full Markdown scan of that note (for comparison)', '50,000 lines', 50000, full);
}

// ---------------------------------------------------------------------------
// `infra-notes check` as a whole process on the gateway fan-out design.

function benchCheck(): void {
  process.stderr.write('cli: `infra-notes check` of the gateway fan-out (a gateway routing to services over database pairs, rates, a goal)\n');
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-bench-gw-'));
  const pts: { n: number; t: number }[] = [];
  const cpuPts: { n: number; t: number }[] = [];
  const wallRows: Row[] = [];
  const cpuRows: Row[] = [];
  for (const [services, pairs] of QUICK ? [[280, 10], [930, 35]] : [[280, 10], [930, 35], [2800, 100]]) {
    const n = services! + 2 * pairs! + 2;
    const file = join(dir, `gw-${n}.md`);
    writeFileSync(file, '```topology gateway fan-out\n' + gatewayFanOut(services, pairs) + '\n```\n');
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < (QUICK ? 1 : 3); i++) {
      // /usr/bin/time gives the child's CPU time: on a shared machine the wall time also counts waiting for a core.
      const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S', process.execPath, join(ROOT, 'out', 'cli.js'), 'check', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
      if (!m) throw new Error(`infra-notes check failed: ${r.stderr}`);
      wall.push(Number(m[1]) * 1000);
      cpu.push((Number(m[2]) + Number(m[3])) * 1000);
    }
    const target = n > 3000 ? { text: '≤ 1 s', holds: (r: Row) => r.median <= 1000 } : undefined;
    wallRows.push(record('`infra-notes check` gateway fan-out, whole process (wall)', `${n} nodes`, n, wall, 'ms', target));
    // The CPU time includes V8's collector and optimizing-compiler threads, which run on the other core while the
    // analysis runs: reported, not a target (the target is how long the user waits for the whole process).
    cpuRows.push(record('  the same, CPU time (user + system, all threads)', `${n} nodes`, n, cpu, 'ms'));
    pts.push({ n, t: median(wall) });
    cpuPts.push({ n, t: median(cpu) });
  }
  for (const r of wallRows) r.growth = growth(pts);
  for (const r of cpuRows) r.growth = growth(cpuPts);
}

// ---------------------------------------------------------------------------
// The real server over stdio.

function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function started(): Promise<LspClient> {
  const c = new LspClient();
  await c.initialize('en', false);
  return c;
}

/** One-character edits in a 1,000-node design → its diagnostics, end to end over stdio (the judged number of issue 17). */
async function benchServerDesign(): Promise<void> {
  const n = 1000;
  process.stderr.write(`server: edit → diagnostics in one ${n}-node design\n`);
  const body = designBody(n);
  const text = '```topology bench\n' + body + '\n```\n';
  const lines = text.split('\n');
  const c = await started();
  try {
    const uri = uriOf('bench-1000.md');
    await c.open(uri, text);
    await c.diagnostics(uri, (p) => p.version === 1, 120_000);
    const edits: number[] = [];
    let version = 1;
    for (let i = 0; i < (QUICK ? 15 : 60); i++) {
      // Type at the end of a node line and take it back: a comment, so the design means the same
      // (the server reuses its analysis; the next row measures an edit that changes the design).
      const at = 4 + ((i * 37) % (n - 10));
      const ch = lines[at]!.length;
      version++;
      const t = performance.now();
      await c.change(uri, version, [{ range: { start: { line: at, character: ch }, end: { line: at, character: ch } }, text: ' #' }]);
      await c.diagnostics(uri, (p) => p.version === version, 30_000);
      edits.push(performance.now() - t);
      version++;
      await c.change(uri, version, [{ range: { start: { line: at, character: ch }, end: { line: at, character: ch + 2 } }, text: '' }]);
      await c.diagnostics(uri, (p) => p.version === version, 30_000);
      await new Promise((r) => setTimeout(r, 30));
    }
    record('server: edit → diagnostics, one design (end to end, stdio)', `${n} nodes`, n, edits, 'ms', { text: 'median ≤ 10 ms', holds: (r) => r.median <= 10 });
    // A change the analysis must see: a node's replicas=2 becomes 3, and back.
    const valueLines = lines.map((l, i) => [l, i] as const).filter(([l]) => / replicas=2 /.test(l)).map(([, i]) => i);
    const valueEdits: number[] = [];
    for (let i = 0; i < (QUICK ? 15 : 60); i++) {
      const at = valueLines[(i * 37) % valueLines.length]!;
      const ch = lines[at]!.indexOf(' replicas=2 ') + ' replicas='.length;
      for (const [digit, timed] of [['3', true], ['2', false]] as const) {
        version++;
        const t = performance.now();
        await c.change(uri, version, [{ range: { start: { line: at, character: ch }, end: { line: at, character: ch + 1 } }, text: digit }]);
        await c.diagnostics(uri, (p) => p.version === version, 30_000);
        if (timed) valueEdits.push(performance.now() - t);
      }
      await new Promise((r) => setTimeout(r, 30));
    }
    record('server: edit → diagnostics, one design, a value changed (replicas=2 → 3)', `${n} nodes`, n, valueEdits, 'ms', { text: 'median ≤ 10 ms', holds: (r) => r.median <= 10 });
  } finally {
    await c.close();
  }
}

async function benchServer(): Promise<void> {
  const note = bigNote(50000, 200);
  const lines = note.text.split('\n');
  process.stderr.write(`server: 50,000-line note (${(Buffer.byteLength(note.text) / 1048576).toFixed(1)} MB, 200 designs)\n`);

  // First diagnostics after open, each on a fresh server (cold cache).
  const opens: number[] = [];
  const rssOpen: number[] = [];
  const rssSettled: number[] = [];
  for (let i = 0; i < (QUICK ? 2 : 4); i++) {
    const c = await started();
    try {
      const uri = uriOf(`bench-open-${i}.md`);
      const t = performance.now();
      await c.open(uri, note.text);
      await c.diagnostics(uri, (p) => p.version === 1, 120_000);
      opens.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 200));
      rssOpen.push(rssMB(c.proc.pid!));
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      rssSettled.push(rssMB(c.proc.pid!));
    } finally {
      await c.close();
    }
  }
  record('server: first diagnostics after open', '50,000 lines', 50000, opens);

  const c = await started();
  try {
    const uri = uriOf('bench-note.md');
    await c.open(uri, note.text);
    await c.diagnostics(uri, (p) => p.version === 1, 120_000);

    // One-character edit inside one design → its diagnostics (end to end: debounce included).
    const edits: number[] = [];
    let version = 1;
    for (let i = 0; i < (QUICK ? 10 : 40); i++) {
      const at = note.designLines[(i * 37) % note.designLines.length]! + 2;
      const ch = lines[at]!.length;
      version++;
      const t = performance.now();
      await c.change(uri, version, [{ range: { start: { line: at, character: ch }, end: { line: at, character: ch } }, text: i % 2 ? ' ' : '#' }]);
      lines[at] += i % 2 ? ' ' : '#';
      await c.diagnostics(uri, (p) => p.version === version, 30_000);
      edits.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 30));
    }
    record(`server: edit → diagnostics (end to end, no fixed wait)`, '50,000 lines', 50000, edits, 'ms', { text: '< 50 ms', holds: (r) => r.median < 50 });

    // Hover and completion on that note (current version analysed).
    const hovers: number[] = [];
    const completions: number[] = [];
    for (let i = 0; i < (QUICK ? 100 : 400); i++) {
      const d = note.designLines[(i * 13) % note.designLines.length]!;
      const line = d + 3 + (i % 7);
      const character = 2 + (i % 5);
      const t = performance.now();
      await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
      hovers.push(performance.now() - t);
    }
    for (let i = 0; i < (QUICK ? 50 : 200); i++) {
      const d = note.designLines[(i * 17) % note.designLines.length]!;
      const line = d + 3 + (i % 7);
      const text = lines[line]!;
      const character = i % 2 ? text.length : text.indexOf(':') + 2;
      const t = performance.now();
      await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } });
      completions.push(performance.now() - t);
    }
    record('server: hover', '50,000 lines', 50000, hovers, 'ms', { text: 'p95 < 5 ms', holds: (r) => r.p95 < 5 });
    record('server: completion', '50,000 lines', 50000, completions);

    // A storm: 1,000 one-character edits without waiting → the last version's diagnostics.
    const before = c.published(uri).length;
    const t = performance.now();
    const at = note.designLines[5]! + 1;
    for (let i = 0; i < 1000; i++) {
      version++;
      const ch = lines[at]!.length;
      void c.change(uri, version, [{ range: { start: { line: at, character: ch }, end: { line: at, character: ch } }, text: 'x' }]);
      lines[at] += 'x';
    }
    await c.diagnostics(uri, (p) => p.version === version, 60_000);
    const storm = performance.now() - t;
    const pubs = c.published(uri).length - before;
    record(`server: 1,000-edit storm → last diagnostics (${pubs} publications)`, '50,000 lines', 50000, [storm]);
  } finally {
    await c.close();
  }
  record('server RSS 0.2 s after first diagnostics', '50,000 lines', 50000, rssOpen, 'MB', { text: '< 150 MB', holds: (r) => r.median < 150 });
  record(`server RSS ${SETTLE_MS / 1000} s later (idle)`, '50,000 lines', 50000, rssSettled, 'MB', { text: '< 150 MB', holds: (r) => r.median < 150 });

  const ten = sizedNote(10 * 1024 * 1024);
  process.stderr.write(`server: ${(Buffer.byteLength(ten) / 1048576).toFixed(1)} MB note (${ten.split('\n').length} lines)\n`);
  const tenOpen: number[] = [];
  const tenRss: number[] = [];
  const tenSettled: number[] = [];
  for (let i = 0; i < (QUICK ? 1 : 2); i++) {
    const c10 = await started();
    try {
      const uri = uriOf(`bench-10mb-${i}.md`);
      const t = performance.now();
      await c10.open(uri, ten);
      await c10.diagnostics(uri, (p) => p.version === 1, 300_000);
      tenOpen.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 200));
      tenRss.push(rssMB(c10.proc.pid!));
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      tenSettled.push(rssMB(c10.proc.pid!));
    } finally {
      await c10.close();
    }
  }
  record('server: first diagnostics after open', '10 MB', 10 * 1024 * 1024, tenOpen);
  record('server RSS 0.2 s after first diagnostics', '10 MB', 10 * 1024 * 1024, tenRss, 'MB', { text: '< 150 MB', holds: (r) => r.median < 150 });
  record(`server RSS ${SETTLE_MS / 1000} s later (idle)`, '10 MB', 10 * 1024 * 1024, tenSettled, 'MB', { text: '< 150 MB', holds: (r) => r.median < 150 });
}

// ---------------------------------------------------------------------------
// The cursor on a 5 MB note (issue 17, deliverable 5): what a cursor move makes the
// editor ask — the code actions at the cursor, and the diagram panel's view of the
// block it entered — answered from the kept analysis, with no scan or parse.

async function benchCursor(): Promise<void> {
  const note = sizedNote(5 * 1024 * 1024);
  const lines = note.split('\n');
  const fences = lines.flatMap((l, i) => (l.startsWith('```topology') ? [i] : []));
  process.stderr.write(`server: cursor on a ${(Buffer.byteLength(note) / 1048576).toFixed(1)} MB note (${fences.length} designs)\n`);
  const c = await started();
  try {
    const uri = uriOf('bench-cursor.md');
    await c.open(uri, note);
    const diags = await c.diagnostics(uri, (p) => p.version === 1, 300_000);
    const before = (await c.conn.sendRequest(STATS_REQUEST, {})) as StatsResult;
    const actions: number[] = [];
    const views: number[] = [];
    for (let i = 0; i < (QUICK ? 100 : 400); i++) {
      const fence = fences[(i * 7) % fences.length]!;
      const line = i % 3 === 0 ? Math.max(0, fence - 4) : fence + 1 + (i % 9);
      const at = diags.filter((d) => d.range.start.line <= line && d.range.end.line >= line);
      const t = performance.now();
      await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line, character: 0 }, end: { line, character: 0 } }, context: { diagnostics: at } });
      actions.push(performance.now() - t);
    }
    for (let i = 0; i < (QUICK ? 30 : 100); i++) {
      const t = performance.now();
      await c.conn.sendRequest(DIAGRAM_REQUEST, { uri, index: (i * 7) % fences.length, locale: 'en', theme: 'light' });
      views.push(performance.now() - t);
    }
    const after = (await c.conn.sendRequest(STATS_REQUEST, {})) as StatsResult;
    const redone = after.analyses - before.analyses + after.designsAnalysed - before.designsAnalysed + after.fullScans - before.fullScans + after.rescans - before.rescans;
    if (redone) process.stderr.write(`  cursor moves redid ${redone} analyses, scans or parses\n`);
    // Generic targets: one frame at 60 Hz for the code actions (asked on every cursor move), RAIL's 50 ms for a
    // response for the panel's view; and nothing of the note scanned or parsed again (infraNotes/stats).
    record('server: cursor move → code actions (no re-scan, no re-parse)', '5 MB', 5 * 1024 * 1024, actions, 'ms', { text: 'p95 < 16 ms, 0 redone', holds: (r) => r.p95 < 16 && redone === 0 });
    record('server: cursor enters a block → diagram view (no re-scan, no re-parse)', '5 MB', 5 * 1024 * 1024, views, 'ms', { text: 'p95 < 50 ms, 0 redone', holds: (r) => r.p95 < 50 && redone === 0 });
  } finally {
    await c.close();
  }
}

// ---------------------------------------------------------------------------

const pointsDiffer = (r: Row): boolean => r.growthLast !== undefined && r.growth !== undefined && Math.abs(r.growthLast - r.growth) > 0.05;

function table(): string {
  const head = ['metric', 'size', 'runs', 'median', 'p95', 'growth', 'target', ''];
  const body = rows.map((r) => [
    r.metric,
    r.size,
    String(r.runs),
    `${r.median.toFixed(r.median < 10 ? 2 : 0)} ${r.unit}`,
    `${r.p95.toFixed(r.p95 < 10 ? 2 : 0)} ${r.unit}`,
    r.growth === undefined ? '' : `n^${r.growth.toFixed(2)}${r.growthLast !== undefined && pointsDiffer(r) ? ` (last step n^${r.growthLast.toFixed(2)})` : ''}`,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'holds' : 'MISSED',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  const load = loadavg();
  // `--only=core|check|design|server|cursor`: one part (for working on one target; results.json is not written).
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const part = (name: string) => only === undefined || only === name;
  if (part('core')) {
    const core = await loadCore();
    benchCore(core);
    gc();
  }
  if (part('check')) benchCheck();
  if (part('design')) await benchServerDesign();
  if (part('server')) await benchServer();
  if (part('cursor')) await benchCursor();
  void designNote;
  console.log(table());
  const targets = rows.filter((r) => r.target);
  console.log(`\nTargets (${targets.filter((r) => r.ok).length} of ${targets.length} hold):`);
  for (const r of targets) console.log(`  ${r.ok ? 'holds ' : 'MISSED'}  ${r.metric.trim()} (${r.size}): median ${r.median.toFixed(r.median < 10 ? 2 : 0)} ${r.unit}, p95 ${r.p95.toFixed(r.p95 < 10 ? 2 : 0)} ${r.unit}; target ${r.target}`);
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    loadavgAtStart: load,
    loadavgAtEnd: loadavg(),
    quick: QUICK,
    rows,
  };
  if (only === undefined) writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(`\nload average at start ${load.map((l) => l.toFixed(1)).join(' ')}, at end ${loadavg().map((l) => l.toFixed(1)).join(' ')} (${cpus().length} cores)${only === undefined ? '; written to bench/results.json' : ` (--only=${only}: not written)`}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
