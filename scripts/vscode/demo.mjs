#!/usr/bin/env node
// `npm start`: the real extension in a real VS Code (code-server, installed by
// install.mjs into .vscode-test/), opened on the examples/ folder, for a human
// with a browser. Runs until Ctrl+C, then stops code-server's whole process
// group and removes its throwaway folder (user data, extensions, logs).
//
//   node scripts/vscode/demo.mjs [--folder DIR] [--port N] [--locale ko]
//                                [--vsix FILE | --dev | --link] [--extension DIR]
//
// How the extension gets in:
//  * default: exactly what a user installs. scripts/package.mjs builds for
//    production and packs infra-notes-VERSION.vsix (repo root), then
//    `code-server --install-extension FILE.vsix --extensions-dir RUN/extensions`
//    installs it offline (Node 24 first on PATH), and the plain URL
//    http://127.0.0.1:PORT/?folder=… opens it. About 30 s before the URL.
//  * --vsix FILE: install that .vsix instead of packaging.
//  * --dev: no packaging: `node esbuild.mjs` (development build) and load the
//    repo (or --extension DIR) like F5 does, as "[Extension Development Host]",
//    through the `payload` URL parameter (extensionDevelopmentPath) — the
//    printed URL is long.
//  * --link: no packaging: development build, and a symlink
//    `infra-notes.infra-notes-<version>` → the repo (or --extension DIR) in the
//    extensions folder, so code-server sees it as installed; a rebuild
//    (`npm run build -- --watch` elsewhere) takes effect on "Developer: Reload
//    Window".
// Listens on 127.0.0.1 only, no auth (local use). To reach it from another
// machine use an SSH tunnel (ssh -L PORT:127.0.0.1:PORT host).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { installVsix, packageExtension } from '../package.mjs';
import { ensureInstalled, REPO_ROOT } from './install.mjs';
import { startCodeServer } from './run.mjs';

const { values } = parseArgs({
  options: {
    folder: { type: 'string' },
    port: { type: 'string' },
    locale: { type: 'string' },
    dev: { type: 'boolean' },
    link: { type: 'boolean' },
    vsix: { type: 'string' },
    extension: { type: 'string' },
  },
});
const fail = (msg) => { console.error(`demo: ${msg}`); process.exit(1); };
const say = (msg) => console.log(`demo: ${msg}`);
const folder = resolve(values.folder ?? join(REPO_ROOT, 'examples'));
if (!existsSync(folder)) fail(`folder ${folder} does not exist`);
if ([values.dev, values.link, values.vsix].filter(Boolean).length > 1) fail('use at most one of --dev, --link, --vsix');
const mode = values.dev ? 'dev' : values.link ? 'link' : 'vsix';
const extension = resolve(values.extension ?? REPO_ROOT);
if (values.extension && mode === 'vsix') fail('--extension goes with --dev or --link (the .vsix is built from the repo)');

let server;
let runDir;
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping code-server…');
  if (server) await server.stop();
  if (runDir) rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void shutdown(0));

let how;
try {
  // Install (or check) code-server and Node 24 first: a clear message if setup was skipped.
  ensureInstalled({ browser: false });
  runDir = mkdtempSync(join(tmpdir(), 'infra-notes-demo-'));
  const extensionsDir = join(runDir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  if (mode === 'vsix') {
    let vsix = values.vsix && resolve(values.vsix);
    if (!vsix) {
      say('building and packaging the extension (npm run package)…');
      vsix = packageExtension().vsix;
    } else if (!existsSync(vsix)) {
      fail(`${vsix} does not exist`);
    }
    const { extensionDir } = await installVsix(vsix, { extensionsDir, runDir });
    how = `installed from ${vsix} into ${extensionDir}`;
  } else {
    if (extension === REPO_ROOT) {
      say('building (node esbuild.mjs)…');
      const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
      if (r.status !== 0) fail('the build failed');
    }
    const pkg = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
    const main = join(extension, pkg.main ?? 'out/client.js');
    if (!existsSync(main)) fail(`${main} is missing — build the extension first`);
    if (mode === 'link') {
      symlinkSync(extension, join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
      how = `symlinked from ${extension}`;
    } else {
      how = `in development mode from ${extension}`;
    }
  }
  server = await startCodeServer({
    runDir,
    extensionsDir,
    locale: values.locale,
    port: values.port ? Number(values.port) : undefined,
    smokeTestDriver: mode === 'dev',
  });
} catch (e) {
  if (runDir) rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
  fail(e.message);
}

const url = mode === 'dev'
  ? server.url(folder, [['extensionDevelopmentPath', server.remote(extension)]])
  : server.url(folder);
console.log(`code-server ${server.port} ready (${server.startupMs} ms), extension ${how}`);
console.log(`open: ${url}`);
console.log('Open a note such as 01-flash-sale.md; the walkthrough is under Help > Welcome > "Get started with Infra Notes".');
console.log('Ctrl+C to stop.');

// Stay up until Ctrl+C; if code-server dies, say so and exit non-zero.
const timer = setInterval(() => {
  if (!stopping && server.hasExited()) {
    clearInterval(timer);
    console.error(`code-server exited:\n${server.logText().split('\n').slice(-40).join('\n')}`);
    void shutdown(1);
  }
}, 500);
