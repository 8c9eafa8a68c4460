#!/usr/bin/env node
// `npm run package`: builds the extension for production and packs it into
// infra-notes-VERSION.vsix with @vscode/vsce, offline.
//
//   node scripts/package.mjs [--out FILE] [--keep-stage] [--quiet]
//
// How:
//  1. A clean copy of the tree (no node_modules, .git, out/, test/, caches)
//     goes into a temporary STAGE folder, with STAGE/node_modules a symlink to
//     ours. Building there, not in the repo, leaves the development build in
//     out/ (source maps, unminified) alone for whoever is using it.
//  2. `node esbuild.mjs --production` in STAGE: minified bundles, no maps.
//  3. vsce package in STAGE. What it packs is decided by .vscodeignore (a
//     whitelist). Flags:
//       --no-dependencies            everything is bundled; no `npm list`, no network
//       --allow-missing-repository   the project has no public repository yet; we do
//                                    not invent a URL
//       --no-rewrite-relative-links  README's relative links (docs/…) would otherwise
//                                    need a repository URL to rewrite them to; the
//                                    docs are packed, so the links work in VS Code
//  4. The .vsix is written to the repo root (or --out); its size and file count
//     are printed.
//
// vsce: @vscode/vsce 3.9.x (a devDependency) runs on Node >= 20, this project's
// Node. (4.x needs Node >= 22.) If the installed vsce ever asks for a newer Node
// than the one running this script, the harness's cached Node 24
// (.vscode-test/node-*/bin/node, see scripts/vscode/install.mjs) is used instead.
//
// Library: import { packageExtension, installVsix, listVsix, readVsixFile } from './package.mjs'

import { spawnSync } from 'node:child_process';
import {
  cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Top-level entries never copied into the stage (heavy, generated, or not part of the build). */
const SKIP_TOP = new Set([
  'node_modules', '.git', 'out', 'dist', '.vscode-test', 'test-results', 'test', 'bench', '.ci',
]);

const log = (quiet) => (msg) => { if (!quiet) process.stderr.write(`[package] ${msg}\n`); };

function run(cmd, args, opts, say) {
  say(`$ ${basename(cmd)} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
  if (r.error) throw new Error(`${cmd} failed to start: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(`${basename(cmd)} ${args.join(' ')} exited with ${r.status ?? r.signal}\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

/** The vsce CLI script and the Node binary to run it with. */
export function findVsce() {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  let pkgPath;
  try {
    pkgPath = require.resolve('@vscode/vsce/package.json');
  } catch {
    throw new Error('@vscode/vsce is not installed: run `npm install` (it is a devDependency)');
  }
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const bin = join(dirname(pkgPath), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.vsce);
  const needMajor = Number(/(\d+)/.exec(pkg.engines?.node ?? '0')?.[1] ?? 0);
  let node = process.execPath;
  if (Number(process.versions.node.split('.')[0]) < needMajor) {
    const cache = process.env.INFRA_NOTES_VSCODE_CACHE ?? join(REPO_ROOT, '.vscode-test');
    const cached = existsSync(cache)
      ? spawnSync('sh', ['-c', 'ls -d node-*/bin/node 2>/dev/null | sort -V | tail -1'], { cwd: cache, encoding: 'utf8' }).stdout.trim()
      : '';
    if (!cached) {
      throw new Error(`@vscode/vsce ${pkg.version} needs Node ${pkg.engines.node}, this is ${process.version}; ` +
        'run `node scripts/vscode/install.mjs` for a cached Node 24, or install @vscode/vsce@3.9');
    }
    node = join(cache, cached);
  }
  return { bin, node, version: pkg.version };
}

/**
 * Builds and packs the extension. Returns { vsix, size, files, stage? }.
 * `files` is the list of paths inside the .vsix.
 */
export function packageExtension({ out, keepStage = false, quiet = false } = {}) {
  const say = log(quiet);
  const t0 = Date.now();
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  const vsix = resolve(out ?? join(REPO_ROOT, `${manifest.name}-${manifest.version}.vsix`));
  const vsce = findVsce();

  const stage = mkdtempSync(join(tmpdir(), 'infra-notes-package-'));
  try {
    cpSync(REPO_ROOT, stage, {
      recursive: true,
      filter: (src) => {
        const rel = src.slice(REPO_ROOT.length + 1);
        if (!rel) return true;
        const top = rel.split('/')[0];
        if (SKIP_TOP.has(top)) return false;
        return !/\.(vsix|tsbuildinfo|map)$/.test(rel);
      },
    });
    const modules = join(stage, 'node_modules');
    symlinkSync(join(REPO_ROOT, 'node_modules'), modules, 'dir');
    run(process.execPath, ['esbuild.mjs', '--production'], { cwd: stage }, say);
    unlinkSync(modules); // vsce must not see it

    mkdirSync(dirname(vsix), { recursive: true });
    rmSync(vsix, { force: true });
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // e.g. `--import tsx` from a test runner
    run(vsce.node, [
      vsce.bin, 'package',
      '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links',
      '--out', vsix,
    ], { cwd: stage, env }, say);
  } finally {
    if (keepStage) say(`kept stage ${stage}`);
    else rmSync(stage, { recursive: true, force: true, maxRetries: 3 });
  }
  const size = statSync(vsix).size;
  const files = listVsix(vsix).map((e) => e.name);
  say(`${vsix}: ${(size / 1024 / 1024).toFixed(2)} MB, ${files.length} files ` +
    `(vsce ${vsce.version} on Node ${vsce.node === process.execPath ? process.version : vsce.node}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return { vsix, size, files, ...(keepStage ? { stage } : {}) };
}

// --- a tiny zip reader (a .vsix is a zip) ------------------------------------

/** Entries of a zip file: { name, size, compressedSize, method, offset }. */
export function listVsix(file) {
  const buf = readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size, compressedSize, method, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Contents of one entry of a zip file (stored or deflated), or undefined. */
export function readVsixFile(file, name) {
  const e = listVsix(file).find((x) => x.name === name);
  if (!e) return undefined;
  const buf = readFileSync(file);
  const nameLen = buf.readUInt16LE(e.offset + 26);
  const extraLen = buf.readUInt16LE(e.offset + 28);
  const start = e.offset + 30 + nameLen + extraLen;
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(data);
  if (e.method === 8) return inflateRawSync(data);
  throw new Error(`${name}: unsupported zip method ${e.method}`);
}

// --- installing into the harness's code-server ------------------------------

/**
 * Installs a .vsix into `extensionsDir` with the cached code-server
 * (`--install-extension`, offline, about 2 s), Node 24 first on PATH. HOME and
 * XDG_* point into `runDir` (a temp folder unless given) so nothing is
 * written to the real home. Returns { extensionDir, output }: the installed
 * extension's folder. Throws if code-server fails or the folder is missing.
 */
export async function installVsix(vsix, { extensionsDir, runDir } = {}) {
  const { ensureInstalled, node24Env } = await import('./vscode/install.mjs');
  const paths = ensureInstalled({ browser: false });
  const ownRun = !runDir;
  runDir ??= mkdtempSync(join(tmpdir(), 'infra-notes-install-'));
  extensionsDir ??= join(runDir, 'extensions');
  const home = join(runDir, 'install-home');
  for (const d of [home, extensionsDir, join(runDir, 'user-data')]) mkdirSync(d, { recursive: true });
  const config = join(home, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const env = node24Env(paths, process.env);
  for (const k of Object.keys(env)) if (/^(VSCODE_|ELECTRON_|npm_)/.test(k) && k !== 'npm_config_nodedir') delete env[k];
  Object.assign(env, {
    HOME: home, TMPDIR: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'), XDG_STATE_HOME: join(home, 'state'),
  });
  try {
    const r = spawnSync(paths.nodeBin, [
      paths.codeServerEntry, '--config', config, '--user-data-dir', join(runDir, 'user-data'),
      '--extensions-dir', extensionsDir, '--install-extension', resolve(vsix), '--force',
    ], { env, encoding: 'utf8', timeout: 120_000 });
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    if (r.error || r.status !== 0) {
      throw new Error(`code-server --install-extension ${vsix} failed (${r.error?.message ?? r.status ?? r.signal}):\n${output}`);
    }
    const manifest = JSON.parse(readVsixFile(vsix, 'extension/package.json').toString('utf8'));
    const extensionDir = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`.toLowerCase());
    if (!existsSync(join(extensionDir, 'package.json'))) {
      throw new Error(`code-server reported success but ${extensionDir} is missing:\n${output}`);
    }
    return { extensionDir, extensionsDir, runDir, output };
  } finally {
    if (ownRun) rmSync(home, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: { out: { type: 'string' }, 'keep-stage': { type: 'boolean' }, quiet: { type: 'boolean' } },
  });
  try {
    const r = packageExtension({ out: values.out, keepStage: values['keep-stage'], quiet: values.quiet });
    process.stdout.write(`${r.vsix}\n`);
  } catch (e) {
    process.stderr.write(`[package] FAILED: ${e.message}\n`);
    process.exit(1);
  }
}
