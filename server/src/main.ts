#!/usr/bin/env -S MALLOC_ARENA_MAX=1 MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=2 --heap-growing-percent=20
/**
 * The language server process: stdio (`--stdio`, for any editor), node IPC
 * (`--node-ipc`, how VS Code starts it) or a socket (`--socket=PORT`).
 *
 * Node runs it with `--max-semi-space-size=2 --heap-growing-percent=20` (the
 * hashbang, and the VS Code client's execArgv): a small young generation and slow
 * heap growth keep a 10 MB note under 150 MB RSS (README, Performance). These two
 * V8 flags replace `--optimize-for-size`, which kept memory as low but made every
 * analysis about twice as slow (server CPU per edit of a 1,000-node design: 72 ms
 * with it, 40 ms with these; 10 MB note: 128 MB and 133–140 MB RSS). The slow
 * heap growth holds only while the open notes are large: below 80,000 lines the
 * server gives V8 its own growing back (lsp/heap.ts), which halves the collector's
 * share of an edit of a 1,000-node design (10 MB note: ~149 MB with the slow
 * growth kept, ~179 MB without it).
 *
 * And with `MALLOC_ARENA_MAX=1` in its environment (the hashbang, the client's
 * fork options): glibc otherwise gives each thread that allocates (V8's GC
 * helpers, libuv's pool) its own malloc arena, and the memory freed after a
 * large note's first analysis (the 10 MB message's buffers, the parser's and the
 * compiler's scratch) stays spread over them. One arena reuses it: a 10 MB note
 * read 163–170 MB RSS without it and 143–152 MB with it (December 2026, this
 * machine), at the same CPU per edit (43–44 ms against 46–47 ms per edit of a
 * 1,000-node design). Other C libraries ignore the variable.
 *
 * And `MALLOC_MMAP_THRESHOLD_=131072`: glibc serves a block above the threshold
 * with its own mapping, returned to the system when freed, but raises the
 * threshold after each such free (up to 32 MB), so the next large buffers (the
 * 10 MB message, its decoding) land in the arena and stay there. A fixed
 * threshold keeps them mapped: a 10 MB note read 152–159 MB RSS 0.2 s after its
 * first diagnostics without it and 141–154 MB with it (December 2026, six runs
 * each, this machine).
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { DiagnosticsEncoder } from './lsp/encoding';
import { startServer } from './lsp/server';
import { Incoming } from './lsp/incoming';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: infra-notes-language-server --stdio | --node-ipc | --socket=PORT\n');
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('infra-notes-language-server: choose a transport: --stdio, --node-ipc or --socket=PORT\n');
  process.exit(2);
}

const stdio = args.includes('--stdio');
// Over stdio the writer sends an unchanged list of diagnostics from the bytes it already has (lsp/encoding.ts); the other transports are the library's own.
const connection = stdio
  ? createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout, { contentTypeEncoder: new DiagnosticsEncoder() }))
  : createConnection(ProposedFeatures.all);
if (stdio) {
  // As the library does when it opens stdio itself: the client closing stdin ends the server (status 0 after a shutdown request).
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const end = (): never => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  // stdout carries the protocol: what would be printed goes to the client's log (the library does the same when it picks stdio itself).
  const log = (write: (m: string) => void) => (...xs: unknown[]) => write(xs.map((x) => (typeof x === 'string' ? x : inspect(x))).join(' '));
  console.log = console.info = log((m) => connection.console.log(m));
  console.debug = log((m) => connection.console.log(m));
  console.warn = log((m) => connection.console.warn(m));
  console.error = log((m) => connection.console.error(m));
}
// Edits read from the client but not yet dispatched (stdio and node IPC; a socket or pipe goes without).
const incoming = new Incoming();
// The bundle lives in out/; the rule pages in docs/ beside it.
startServer(connection, { docsBase: pathToFileURL(join(__dirname, '..', 'docs')).href + '/', newestVersion: (uri) => incoming.newestVersion(uri) });
// After the connection's own reader (startServer listens): both see each chunk in the same turn, before any message of it is dispatched.
if (stdio) incoming.watchStream(process.stdin);
else if (args.includes('--node-ipc')) incoming.watchProcess(process);
