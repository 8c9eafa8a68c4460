/**
 * The JSON encoder of the stdio transport.
 *
 * A note's diagnostics are republished after every edit, and most of them are
 * the very objects sent the time before: the core reuses a design's findings
 * while its meaning is unchanged, and the server keeps the diagnostic objects it
 * made of them, or an equal one it sent before (server.ts, diagnosticsOf). The
 * library's encoder serializes the whole notification and converts it to UTF-8
 * each time (a 1,000-node design with 400 findings: 450 KB, 5–8 ms per edit).
 * This one keeps the bytes of each diagnostic it sent, per object, and joins a
 * publication from them, encoding only the diagnostics it has not sent before;
 * the bytes are exactly the library's. Any other message is encoded as the
 * library does.
 */
import type { ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

const PUBLISH = 'textDocument/publishDiagnostics';
const COMMA = Buffer.from(',');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']}}');

export class DiagnosticsEncoder {
  readonly name = 'application/json';
  /**
   * The bytes of each diagnostic object sent. Weak: an object the server no longer
   * holds (it keeps the latest publication's) takes its bytes with it.
   */
  private readonly bytes = new WeakMap<object, Buffer>();

  encode(msg: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      if (options.charset === 'utf-8') {
        const joined = this.publication(msg);
        if (joined) return Promise.resolve(joined);
      }
      return Promise.resolve(Buffer.from(JSON.stringify(msg, undefined, 0), options.charset));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** A publishDiagnostics notification of exactly the usual shape, joined from its diagnostics' bytes; undefined for any other message. */
  private publication(msg: Message): Buffer | undefined {
    const m = msg as { jsonrpc?: unknown; method?: unknown; params?: unknown };
    if (m.method !== PUBLISH || m.jsonrpc !== '2.0' || !sameKeys(m, ['jsonrpc', 'method', 'params'])) return undefined;
    const p = m.params as { uri?: unknown; version?: unknown; diagnostics?: unknown } | null;
    if (!p || typeof p !== 'object' || typeof p.uri !== 'string' || !Array.isArray(p.diagnostics)) return undefined;
    const hasVersion = p.version !== undefined;
    if (!sameKeys(p, hasVersion ? ['uri', 'version', 'diagnostics'] : ['uri', 'diagnostics']) || (hasVersion && typeof p.version !== 'number')) return undefined;
    const items = p.diagnostics as readonly unknown[];
    // Only plain objects are joined (JSON.stringify writes anything else its own way: null for undefined, toJSON…).
    for (const d of items) if (!isPlain(d)) return undefined;
    const head = `{"jsonrpc":"2.0","method":"${PUBLISH}","params":{"uri":${JSON.stringify(p.uri)}${hasVersion ? `,"version":${JSON.stringify(p.version)}` : ''},"diagnostics":`;
    const parts: Buffer[] = [Buffer.from(head), OPEN];
    items.forEach((d, i) => {
      const o = d as object;
      let b = this.bytes.get(o);
      if (!b) {
        b = Buffer.from(JSON.stringify(o));
        this.bytes.set(o, b);
      }
      if (i) parts.push(COMMA);
      parts.push(b);
    });
    parts.push(CLOSE);
    return Buffer.concat(parts);
  }
}

/** Whether an object's own enumerable keys are exactly `keys`, in that order (the order JSON.stringify writes them). */
function sameKeys(o: object, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
}

function isPlain(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}
