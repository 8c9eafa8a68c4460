/**
 * The JSON encoder of the stdio transport.
 *
 * A note's diagnostics are republished after every edit, and after an edit that
 * changed no design's meaning (a comment, prose, a blank line) they are the very
 * objects sent the time before: the core reuses a design's findings while its
 * meaning is unchanged, and the server keeps the diagnostic objects it made of
 * them (server.ts, diagnosticsOf). The library's encoder serializes the whole
 * notification and converts it to UTF-8 each time (a 1,000-node design with 400
 * findings: 420 KB, about 4 ms per edit). This one keeps the bytes of the
 * diagnostics it last sent for each document and sends them again when the list
 * holds the same objects; any other message, or a list with anything new, is
 * encoded as the library does.
 */
import type { ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

const PUBLISH = 'textDocument/publishDiagnostics';

export class DiagnosticsEncoder {
  readonly name = 'application/json';
  /** Per document: the diagnostic objects last sent, the notification's bytes, and where its list starts in them. */
  private readonly last = new Map<string, { items: readonly unknown[]; bytes: Buffer; headBytes: number }>();

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

  /** A publishDiagnostics notification of exactly the usual shape, its list's bytes reused when unchanged; undefined for any other message. */
  private publication(msg: Message): Buffer | undefined {
    const m = msg as { jsonrpc?: unknown; method?: unknown; params?: unknown };
    if (m.method !== PUBLISH || m.jsonrpc !== '2.0' || Object.keys(m).length !== 3) return undefined;
    const p = m.params as { uri?: unknown; version?: unknown; diagnostics?: unknown } | null;
    if (!p || typeof p !== 'object' || typeof p.uri !== 'string' || !Array.isArray(p.diagnostics)) return undefined;
    const hasVersion = p.version !== undefined;
    if (Object.keys(p).length !== (hasVersion ? 3 : 2) || (hasVersion && typeof p.version !== 'number')) return undefined;
    const items = p.diagnostics as readonly unknown[];
    const head = `{"jsonrpc":"2.0","method":"${PUBLISH}","params":{"uri":${JSON.stringify(p.uri)}${hasVersion ? `,"version":${String(p.version)}` : ''},"diagnostics":`;
    const last = this.last.get(p.uri);
    if (last && sameItems(last.items, items)) return Buffer.concat([Buffer.from(head), last.bytes.subarray(last.headBytes)]);
    // New diagnostics: encoded exactly as the library's encoder does; the bytes are kept for next time when they start
    // with the head built above (the message's keys in the usual order).
    const bytes = Buffer.from(JSON.stringify(msg, undefined, 0));
    const headBytes = Buffer.byteLength(head);
    if (items.length && bytes.length > headBytes && bytes.toString('utf8', 0, headBytes) === head) this.last.set(p.uri, { items: items.slice(), bytes, headBytes });
    else this.last.delete(p.uri);
    return bytes;
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
