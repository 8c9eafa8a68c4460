/** A real JSON-RPC client speaking LSP to the built server over stdio. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidChangeConfigurationNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  ConfigurationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'out', 'server.js');
const HASHBANG = /^#!\/usr\/bin\/env -S ((?:[A-Z_]+=\S+ )*)node (.*)$/m.exec(readFileSync(join(ROOT, 'server', 'src', 'main.ts'), 'utf8'))!;
/** The flags of the server's hashbang (server/src/main.ts), read from the source so the tests run it as shipped. */
export const SERVER_NODE_FLAGS = HASHBANG[2]!.split(' ');
/** The environment its hashbang sets (`NAME=value` before `node`). */
export const SERVER_ENV: Record<string, string> = Object.fromEntries(HASHBANG[1]!.trim().split(' ').filter(Boolean).map((kv) => kv.split('=') as [string, string]));

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  readonly stderr: string[] = [];
  private readonly diags = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: (() => void)[] = [];
  config: Record<string, unknown> = {};

  /** Starts the server as its `bin` and the VS Code client do: with the V8 flags and environment of its hashbang (server/src/main.ts). */
  constructor(args: string[] = ['--stdio']) {
    this.proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_ENV } });
    this.proc.stderr!.on('data', (b: Buffer) => this.stderr.push(b.toString()));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.diags.get(p.uri) ?? [];
      list.push(p);
      this.diags.set(p.uri, list);
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === 'infraNotes' ? this.config : null)));
    this.conn.listen();
  }

  async initialize(locale = 'en', configuration = true): Promise<unknown> {
    const result = await this.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale,
      capabilities: { workspace: { configuration } },
      workspaceFolders: null,
    });
    await this.conn.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): Promise<void> {
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes as never });
  }

  /**
   * Sends several didChange notifications in ONE write to the server's stdin, so
   * they arrive together (a burst as a fast client or a replay sends it; a pipe
   * write under 64 KB is read whole). Wait for earlier sends first: this bypasses
   * the connection's writer.
   */
  async changeBurst(uri: string, versions: { version: number; changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[] }[]): Promise<void> {
    const frames = versions.map(({ version, changes }) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: DidChangeTextDocumentNotification.method, params: { textDocument: { uri, version }, contentChanges: changes } }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    await new Promise<void>((res, rej) => this.proc.stdin!.write(Buffer.concat(frames), (err) => (err ? rej(err) : res())));
  }

  async configChanged(): Promise<void> {
    await this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
  }

  /** All diagnostics publications received so far for a URI. */
  published(uri: string): PublishDiagnosticsParams[] {
    return this.diags.get(uri) ?? [];
  }

  /** Waits for a publication for `uri` that satisfies `pred` (optionally for a version). */
  async diagnostics(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.published(uri).filter(pred).pop();
      if (hit) return hit.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs}ms; got ${JSON.stringify(this.published(uri)).slice(0, 500)}; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, left);
        this.waiters.push(() => {
          clearTimeout(t);
          res();
        });
      });
    }
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification(ExitNotification.type);
    } catch {
      // The process may already be gone.
    }
    this.conn.dispose();
    await new Promise<void>((res) => {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) return res();
      const t = setTimeout(() => {
        this.proc.kill('SIGKILL');
      }, 3000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        res();
      });
    });
  }
}

export const uriOf = (name: string): string => pathToFileURL(join('/tmp/infra-notes-protocol', name)).href;

/** The Markdown text of a hover result ('' when there is none). */
export const hoverText = (h: { contents?: unknown } | null | undefined): string => {
  const c = h?.contents as { value?: unknown } | undefined;
  return typeof c?.value === 'string' ? c.value : '';
};
