#!/usr/bin/env node
// `npm start`: open the extension in a real VS Code (code-server, installed by
// install.mjs into .vscode-test/) on the examples/ folder, for a human with a
// browser. The caller builds first (out/client.js, out/server.js). Runs until
// Ctrl+C, then stops code-server's whole process group and removes its
// throwaway user-data folder.
//
//   node scripts/vscode/demo.mjs [--folder DIR] [--port N] [--locale ko] [--dev]
//                                [--extension DIR]   (default: the repo root)
//
// How the extension gets in (default): the throwaway --extensions-dir holds a
// symlink `infra-notes.infra-notes-<version>` → the repo root, so code-server
// sees it as an installed extension (it writes its extensions.json itself) and
// the plain URL http://127.0.0.1:PORT/?folder=… works. A rebuild (`npm run
// build -- --watch` elsewhere) takes effect on "Developer: Reload Window".
// Other options, not used by default:
//  * --dev: load it like F5 does, as "[Extension Development Host]", through the
//    `payload` URL parameter (extensionDevelopmentPath) — the printed URL is long.
//  * a packaged build: `code-server --install-extension out/infra-notes-*.vsix
//    --extensions-dir DIR` installs a .vsix offline in about a second (needs a
//    vsce package step the project does not have yet).
// Listens on 127.0.0.1 only, no auth (local use). To reach it from another
// machine use an SSH tunnel (ssh -L PORT:127.0.0.1:PORT host).

import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './install.mjs';
import { startCodeServer } from './run.mjs';

const { values } = parseArgs({
  options: {
    folder: { type: 'string' },
    port: { type: 'string' },
    locale: { type: 'string' },
    dev: { type: 'boolean' },
    extension: { type: 'string' },
  },
});
const folder = resolve(values.folder ?? join(REPO_ROOT, 'examples'));
const fail = (msg) => { console.error(`demo: ${msg}`); process.exit(1); };
if (!existsSync(folder)) fail(`folder ${folder} does not exist`);
const extension = resolve(values.extension ?? REPO_ROOT);
const pkg = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const main = join(extension, pkg.main ?? 'out/client.js');
if (!existsSync(main)) console.error(`demo: warning: ${main} is missing — run \`npm run build\` first`);

let server;
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping code-server…');
  if (server) {
    await server.stop();
    rmSync(server.runDir, { recursive: true, force: true, maxRetries: 3 });
  }
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void shutdown(0));

try {
  let extensionsDir;
  if (!values.dev) {
    extensionsDir = mkdtempSync(join(tmpdir(), 'infra-notes-demo-ext-'));
    symlinkSync(extension, join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
    process.on('exit', () => rmSync(extensionsDir, { recursive: true, force: true }));
  }
  server = await startCodeServer({
    extensionsDir,
    locale: values.locale,
    port: values.port ? Number(values.port) : undefined,
    smokeTestDriver: !!values.dev,
  });
} catch (e) {
  fail(e.message);
}

const url = values.dev
  ? server.url(folder, [['extensionDevelopmentPath', server.remote(extension)]])
  : server.url(folder);
console.log(`code-server ${server.port} ready (${server.startupMs} ms), extension ${values.dev ? 'in development mode' : 'symlinked'} from ${extension}`);
console.log(`open: ${url}`);
console.log('Ctrl+C to stop.');

// Stay up until Ctrl+C; if code-server dies, say so and exit non-zero.
const timer = setInterval(() => {
  if (!stopping && server.hasExited()) {
    clearInterval(timer);
    console.error(`code-server exited:\n${server.logText().split('\n').slice(-40).join('\n')}`);
    void shutdown(1);
  }
}, 500);
