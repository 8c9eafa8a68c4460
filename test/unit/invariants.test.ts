/**
 * The invariants ARCHITECTURE.md lists, checked on the source and the bundles.
 * (The others are tested where their subject is: search the tests for "invariant:".)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { analyzeDesign, type DesignSource, TopologyService } from '../../server/src/core';

const ROOT = resolve(__dirname, '..', '..');
const CORE = join(ROOT, 'server', 'src', 'core');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'out' || name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|mts|mjs)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts')) out.push(p);
  }
  return out;
}

/** Module specifiers a file imports or re-exports. */
function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  // Type-only imports bring no code: `import type …` is left out.
  return [...src.matchAll(/(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;]*?from\s+'([^']+)'/g), ...src.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!);
}

const rel = (f: string): string => relative(ROOT, f);

test('invariant: the pure core imports neither vscode, LSP nor Node APIs, and nothing outside itself', () => {
  const bad: string[] = [];
  for (const f of files(CORE)) {
    for (const spec of imports(f)) {
      const external = !spec.startsWith('.');
      const outside = !external && !resolve(dirname(f), spec).startsWith(CORE);
      // Pure libraries (markdown-it, es-hangul) are fine; the editor, the protocol and Node are not.
      const forbidden = external && (spec === 'vscode' || spec.startsWith('vscode-') || spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!));
      if (forbidden || outside) bad.push(`${rel(f)} → ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

/** The core's folders in the order data flows through them (ARCHITECTURE.md); a folder may import only from itself and those before it. */
const PIPELINE: readonly (readonly string[])[] = [['shared'], ['syntax'], ['model'], ['analysis'], ['rules', 'glossary'], ['render'], ['features']];

test('invariant: the core\'s folders follow the pipeline: each imports only from itself and the folders before it (types included)', () => {
  const rank = new Map<string, number>();
  PIPELINE.forEach((level, i) => level.forEach((d) => rank.set(d, i)));
  const top = (f: string): string => relative(CORE, f).split('/')[0]!;
  const bad: string[] = [];
  const seen = new Set<string>();
  for (const f of files(CORE)) {
    const from = top(f);
    if (from === 'index.ts') continue; // the entry re-exports every layer
    seen.add(from);
    assert.ok(rank.has(from), `${rel(f)}: the folder ${from}/ has no place in the pipeline (add it to PIPELINE and ARCHITECTURE.md)`);
    const src = readFileSync(f, 'utf8');
    // Every import, type-only ones too: a type from a later layer is a dependency on it all the same.
    for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)) {
      const to = top(resolve(dirname(f), m[1]!));
      if (to === 'index.ts' || (rank.get(to) ?? Infinity) > rank.get(from)!) bad.push(`${rel(f)} → ${m[1]}`);
    }
  }
  assert.deepEqual(bad, []);
  assert.deepEqual([...seen].sort(), PIPELINE.flat().sort(), 'every folder of the pipeline exists');
});

test('invariant: only server/src/lsp (and the bin that starts it) knows LSP', () => {
  const bad: string[] = [];
  for (const f of files(join(ROOT, 'server', 'src'))) {
    const r = rel(f);
    if (r.startsWith('server/src/lsp/') || r === 'server/src/main.ts') continue;
    for (const spec of imports(f)) if (/^vscode-languageserver/.test(spec)) bad.push(`${r} → ${spec}`);
  }
  assert.deepEqual(bad, []);
});

test('invariant: outside code imports the core only through its entry (server/src/core/index.ts)', () => {
  const bad: string[] = [];
  for (const dir of ['client', 'media', 'server/src', 'test', 'bench', 'scripts']) {
    for (const f of files(join(ROOT, dir))) {
      if (f.startsWith(CORE + '/')) continue;
      for (const spec of imports(f)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(f), spec);
        if (target.startsWith(CORE + '/') && target !== join(CORE, 'index') && target !== join(CORE, 'index.ts')) bad.push(`${rel(f)} → ${spec}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

test('invariant: the extension host bundle (out/client.js) holds no parser, rules, model, analysis or engine', async () => {
  const r = await esbuild.build({
    entryPoints: [join(ROOT, 'client/src/extension.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'silent',
  });
  // What ends up in the bundle (esbuild reads the whole entry, then keeps only what is used).
  const kept = Object.values(r.metafile.outputs)[0]!.inputs;
  const core = Object.keys(kept).filter((p) => p.startsWith('server/src/core/') && kept[p]!.bytesInOutput > 0);
  // Small pure helpers only (HTML escaping, reading the rule setting and the steps a webview sends) and
  // the glossary's data (the term view shows an entry): nothing that parses or analyses.
  const heavy = core.filter((p) => /\/(syntax|model|analysis|features)\//.test(p) || (p.includes('/rules/') && !p.endsWith('/rules/config.ts')));
  assert.deepEqual(heavy, [], `the client bundles ${core.join(', ')}`);
  // And by name, the way a reader of out/client.js would look.
  const text = r.outputFiles[0]!.text;
  for (const fn of ['parseDesign', 'checkDesign', 'buildModel', 'findSpofs', 'scanMarkdown', 'sweepRuns', 'toMermaidDiagram', 'analyzeDesign', 'class Engine']) {
    assert.ok(!text.includes(fn), `out/client.js contains ${fn}`);
  }
  // The same check fails when the host does analyse: a bundle that imports the parser has it.
  const probe = await esbuild.build({
    stdin: { contents: "import { parseDesign } from './server/src/core'; console.log(parseDesign);", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    logLevel: 'silent',
  });
  assert.ok(probe.outputFiles[0]!.text.includes('parseDesign'));
});

test('invariant: a bug in the core becomes one internal-error finding on its design, and the rest of the note is still checked', () => {
  const lines = [{ text: 'a: client', col: 0 }, { text: 'b: web-server', col: 0 }];
  // A source whose second line cannot be read: the parser throws on it.
  const hostile = new Proxy(lines, {
    get(t, p, recv) {
      if (p === '1') throw new Error('boom');
      return Reflect.get(t, p, recv) as unknown;
    },
  });
  const src: DesignSource = { title: 't', titleStart: 0, titleEnd: 1, closed: true, lines: hostile };
  const { findings } = analyzeDesign(src, { fenceLine: 0 });
  const internal = findings.filter((f) => f.rule === 'internal-error');
  assert.equal(internal.length, 1);
  assert.match(internal[0]!.message.en, /could not finish checking this design \(Error: boom\)/);
  assert.equal(internal[0]!.severity, 'error');
  // The service survives the same bug in one block and checks the next one.
  const service = new TopologyService();
  const a = service.analyze('```topology ok\nusers: client\nweb: web-server\nusers -> web\n```\n');
  assert.ok(service.findings(a).some((f) => f.rule === 'single-point-of-failure'));
});
