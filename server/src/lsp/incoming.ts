/**
 * What the client has already sent but the connection has not dispatched yet.
 *
 * The connection reads a whole chunk of messages at once and then dispatches
 * them one per turn of the event loop. Watching the same transport, this sees
 * every `textDocument/didChange` as soon as it is read, so the scheduler knows
 * that a newer version of a document is on its way and does not analyse the
 * one in between: a burst that arrives together is analysed once, at its last
 * version, whatever the timing (scheduling.ts).
 */
import type { Readable } from 'node:stream';

/** Change messages larger than this are not parsed twice (a full-text change of a large note): they only miss the lookahead. */
const MAX_PEEK_BYTES = 64 * 1024;

export class Incoming {
  private readonly newest = new Map<string, number>();

  /** The newest version of the document read from the client so far (undefined: none seen). */
  newestVersion(uri: string): number | undefined {
    return this.newest.get(uri);
  }

  /** Notes one JSON-RPC message. */
  note(msg: unknown): void {
    if (!msg || typeof msg !== 'object') return;
    const m = msg as { method?: unknown; params?: { textDocument?: { uri?: unknown; version?: unknown } } };
    if (m.method !== 'textDocument/didChange' && m.method !== 'textDocument/didOpen') return;
    const td = m.params?.textDocument;
    if (!td || typeof td.uri !== 'string' || typeof td.version !== 'number') return;
    if (m.method === 'textDocument/didOpen') this.newest.set(td.uri, td.version);
    else if (td.version > (this.newest.get(td.uri) ?? -Infinity)) this.newest.set(td.uri, td.version);
  }

  forget(uri: string): void {
    this.newest.delete(uri);
  }

  /** Watches the base-protocol frames (`Content-Length: N\r\n\r\n` + JSON) of a byte stream, e.g. stdin with --stdio. */
  watchStream(stream: Readable): void {
    const frames = new FrameReader((body) => {
      try {
        this.note(JSON.parse(body));
      } catch {
        // Not JSON: the connection itself reports it.
      }
    });
    stream.on('data', (chunk: Buffer | string) => frames.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
  }

  /** Watches node IPC messages (--node-ipc: VS Code's transport). */
  watchProcess(proc: NodeJS.Process): void {
    proc.on('message', (msg: unknown) => this.note(msg));
  }
}

/** Splits a byte stream into base-protocol message bodies; bodies over MAX_PEEK_BYTES are skipped, not kept. */
export class FrameReader {
  private chunks: Buffer[] = [];
  private size = 0;
  /** Bytes of the current body still to come (−1: reading a header). */
  private need = -1;
  private skip = false;

  constructor(private readonly onBody: (body: string) => void) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (;;) {
      if (this.need < 0) {
        const buf = this.take();
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) {
          // A header never grows large; a stream that is not framed is dropped rather than buffered forever.
          if (buf.length > 4096) this.reset();
          return;
        }
        const header = buf.subarray(0, end).toString('ascii');
        const len = /Content-Length:\s*(\d+)/i.exec(header);
        this.keep(buf.subarray(end + 4));
        if (!len) continue;
        this.need = Number(len[1]);
        this.skip = this.need > MAX_PEEK_BYTES;
      }
      if (this.skip) {
        // Drop what is here of a large body without keeping it.
        const drop = Math.min(this.need, this.size);
        const buf = this.take();
        this.keep(buf.subarray(drop));
        this.need -= drop;
        if (this.need > 0) return;
        this.need = -1;
        continue;
      }
      if (this.size < this.need) return;
      const buf = this.take();
      const body = buf.subarray(0, this.need).toString('utf8');
      this.keep(buf.subarray(this.need));
      this.need = -1;
      this.onBody(body);
    }
  }

  private take(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0]!;
  }

  private keep(rest: Buffer): void {
    this.chunks = rest.length ? [rest] : [];
    this.size = rest.length;
  }

  private reset(): void {
    this.chunks = [];
    this.size = 0;
    this.need = -1;
  }
}
