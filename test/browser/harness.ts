/**
 * Shared harness for the browser tests: bundles the browser entries with
 * esbuild (same options as esbuild.mjs, into a temp dir so the tests always
 * exercise the current source), serves pages from 127.0.0.1 on an ephemeral
 * port, and drives Debian's chromium with playwright-core.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the plugin is CommonJS so that esbuild.mjs (plain node) and this file share it
const { mermaidFlowchartOnly } = require('../../scripts/esbuild-mermaid.cjs') as { mermaidFlowchartOnly: esbuild.Plugin };

export const ROOT = resolve(__dirname, '..', '..');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const outDir = mkdtempSync(join(tmpdir(), 'infra-notes-browser-'));
const built = new Map<string, Promise<string>>();

/** Bundles a browser entry (iife, es2022, mermaid's flowchart only: like esbuild.mjs) and returns the bundle's text. */
export function bundle(entry: string): Promise<string> {
  let p = built.get(entry);
  if (!p) {
    const outfile = join(outDir, entry.replace(/[\\/]/g, '_') + '.js');
    p = esbuild
      .build({
        entryPoints: [join(ROOT, entry)],
        outfile,
        bundle: true,
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
        legalComments: 'none',
        logLevel: 'error',
        // As esbuild.mjs bundles the pages: flowcharts only.
        plugins: [mermaidFlowchartOnly],
      })
      .then(() => readFileSync(outfile, 'utf8'));
    built.set(entry, p);
  }
  return p;
}

export interface Route {
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/** A tiny static server on 127.0.0.1 (ephemeral port) serving the given routes. */
export async function serve(routes: Map<string, Route> = new Map()): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const r = routes.get(path);
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const type = /^(text\/|application\/javascript)/.test(r.type) && !/charset/.test(r.type) ? `${r.type}; charset=utf-8` : r.type;
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(r.headers ?? {}) });
    res.end(r.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Watched {
  violations: string[];
  dialogs: string[];
  errors: string[];
  requests: string[];
}

/**
 * Records, from before any page script runs: CSP violations, alert/confirm/prompt
 * calls and dialogs, page errors, and every request (to prove nothing leaves 127.0.0.1).
 */
export async function watch(page: Page): Promise<Watched> {
  const w: Watched = { violations: [], dialogs: [], errors: [], requests: [] };
  await page.exposeFunction('__infraNotesRecord', (kind: keyof Watched, what: string) => {
    w[kind].push(what);
  });
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  await page.addInitScript(`
    (function () {
      var rec = window.__infraNotesRecord;
      document.addEventListener('securitypolicyviolation', function (e) {
        rec('violations', e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
      });
      ['alert', 'confirm', 'prompt'].forEach(function (name) {
        window[name] = function (msg) {
          rec('dialogs', name + '(' + String(msg) + ')');
          return null;
        };
      });
    })();
  `);
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('request', (r) => w.requests.push(r.url()));
  return w;
}

/** HTML-escapes text for the test pages. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
