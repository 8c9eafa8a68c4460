/**
 * The only layer that knows LSP: each handler finds the document, calls the core,
 * and converts the result to protocol types.
 */
import {
  CodeAction,
  CodeActionKind,
  type CodeLens,
  CompletionItemKind,
  DiagnosticSeverity,
  DocumentSymbol,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  TextEdit,
  type CancellationToken,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import type { Position, Range as LspRange, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { codeFixes, complete, type CompletionKind, definition, type DocFinding, type DocumentAnalysis, type DocumentKind, estimateLine, foldingRanges, hover, CODES, type Locale, type OutlineSymbol, prepareRename, references, rename, type RuleConfig, type Severity, symbols, TopologyService } from '../core';

export interface ServerDeps {
  /** Base URL of the rule pages (…/docs/), for diagnostics' codeDescription. */
  docsBase?: string;
  /** Milliseconds to wait after an edit before re-analysing (coalesces bursts); default DEBOUNCE_MS. */
  debounceMs?: number;
}

/**
 * The quiet time after an edit before diagnostics are computed. A burst of edits
 * (typing, a paste, a client replaying changes) arrives far faster than this, so
 * only its last version is analysed; a single edit is answered within this plus
 * the incremental analysis (see README, Performance).
 */
export const DEBOUNCE_MS = 20;
/** Longest stretch of analysis before the server gives the event loop a turn (requests, newer edits, cancellation). */
const SLICE_MS = 15;

const yieldToLoop = (): Promise<void> => new Promise((res) => setImmediate(res));

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const VALID_SEVERITIES = new Set(['off', 'hint', 'info', 'warning', 'error']);

/** Starts the language server on a connection. */
export function startServer(connection: Connection, deps: ServerDeps = {}): void {
  const documents = new TextDocuments(LineDocument);
  const service = new TopologyService();
  const analyses = new Map<string, { version: number; analysis: DocumentAnalysis }>();
  /** The analysis under way per document: one version at a time, shared by diagnostics and requests. */
  const jobs = new Map<string, { version: number; done: Promise<DocumentAnalysis | null> }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let locale: Locale = 'en';
  let rules: RuleConfig = {};
  let canPullConfig = false;
  const debounceMs = deps.debounceMs ?? DEBOUNCE_MS;

  const kindOf = (doc: LineDocument): DocumentKind => (doc.languageId === 'topology' || doc.uri.endsWith('.topology') ? 'topology' : 'markdown');

  /**
   * The analysis of the document's current version, computed once per version.
   * The previous version's analysis is handed to the core, so only the changed
   * region of the note is scanned again and only changed designs are analysed
   * again. The core works in slices of at most SLICE_MS with a turn of the event
   * loop between them, so hovers, newer edits and cancellations are not held up
   * by a large note. Resolves null when the document changed or closed meanwhile
   * (that version is no longer worth finishing; the designs done so far stay in
   * the core's cache).
   */
  const analysisLater = (doc: LineDocument): Promise<DocumentAnalysis | null> => {
    const hit = analyses.get(doc.uri);
    if (hit && hit.version === doc.version) return Promise.resolve(hit.analysis);
    const running = jobs.get(doc.uri);
    if (running && running.version === doc.version) return running.done;
    const { uri, version } = doc;
    const done = (async (): Promise<DocumentAnalysis | null> => {
      // The first analysis reads the text as received (the Markdown scan then needs no copy of it); later ones the lines.
      const steps = service.analyzeSteps(hit ? doc.lines() : doc.getText(), kindOf(doc), hit?.analysis);
      let sliceStart = performance.now();
      for (;;) {
        const r = steps.next();
        if (r.done) {
          analyses.set(uri, { version, analysis: r.value });
          return r.value;
        }
        if (performance.now() - sliceStart < SLICE_MS) continue;
        await yieldToLoop();
        // Changed, or closed (and maybe reopened: a new document object).
        if (documents.get(uri) !== doc || doc.version !== version) return null;
        sliceStart = performance.now();
      }
    })().finally(() => {
      if (jobs.get(uri)?.done === done) jobs.delete(uri);
    });
    jobs.set(uri, { version, done });
    return done;
  };

  const toDiagnostic = (f: DocFinding, uri: string): Diagnostic => {
    const d: Diagnostic = {
      range: f.range,
      severity: SEVERITY[f.severity],
      source: 'infra-notes',
      code: f.rule,
      message: f.message[locale],
    };
    if (deps.docsBase) d.codeDescription = { href: deps.docsBase + CODES[f.rule].docs };
    if (f.related.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message[locale] }));
    const data: Record<string, unknown> = { rule: f.rule, designIndex: f.designIndex };
    if (f.data) data.facts = f.data;
    d.data = data;
    return d;
  };

  /** Publishes diagnostics for the document's version if it is still the latest when the analysis is done. */
  const publish = async (doc: LineDocument): Promise<void> => {
    try {
      const analysis = await analysisLater(doc);
      if (!analysis || documents.get(doc.uri) !== doc || doc.version !== analyses.get(doc.uri)?.version) return;
      const diagnostics = service.findings(analysis, rules).map((f) => toDiagnostic(f, doc.uri));
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    } catch (err) {
      connection.console.error(`infra-notes: could not check ${doc.uri}: ${String(err)}`);
    }
  };

  const schedule = (doc: LineDocument, delay = debounceMs): void => {
    const prev = timers.get(doc.uri);
    if (prev) clearTimeout(prev);
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        // Only the latest version is analysed: an older edit's timer was replaced above.
        const current = documents.get(doc.uri);
        if (current) void publish(current);
      }, delay),
    );
  };

  const readConfig = async (): Promise<void> => {
    if (!canPullConfig) return;
    try {
      const cfg = (await connection.workspace.getConfiguration('infraNotes')) as { rules?: Record<string, string> } | null;
      rules = sanitizeRules(cfg?.rules);
    } catch {
      rules = {};
    }
  };

  connection.onInitialize((params): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as { locale?: string; rules?: Record<string, string> };
    locale = pickLocale(opts.locale ?? params.locale);
    rules = sanitizeRules(opts.rules);
    canPullConfig = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', '=', ',', ' ', '>'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: true },
      },
      serverInfo: { name: 'infra-notes-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    await readConfig();
    for (const doc of documents.all()) schedule(doc, 0);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const settings = (change.settings ?? {}) as { infraNotes?: { rules?: Record<string, string> } };
    if (canPullConfig) await readConfig();
    else rules = sanitizeRules(settings.infraNotes?.rules);
    for (const doc of documents.all()) schedule(doc, 0);
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    analyses.delete(e.document.uri);
    jobs.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /**
   * Runs a handler on an open document once its current version is analysed; a
   * failure is logged, never thrown at the client. A request cancelled while it
   * waits ($/cancelRequest) gets RequestCancelled; one whose document changed
   * meanwhile gets ContentModified (its positions belong to an older version).
   */
  const withDoc = async <T>(uri: string, fallback: T, fn: (doc: LineDocument, a: DocumentAnalysis) => T, token?: CancellationToken): Promise<T> => {
    const doc = documents.get(uri);
    if (!doc) return fallback;
    // Cancelled before it was dispatched: the token is already cancelled and will never fire.
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    let a: DocumentAnalysis | null;
    let stopListening: { dispose(): void } | undefined;
    try {
      // Stop waiting as soon as the client cancels; the analysis itself goes on (it is shared and cached).
      const cancelled = new Promise<null>((res) => {
        if (token) stopListening = token.onCancellationRequested(() => res(null));
      });
      a = await Promise.race([analysisLater(doc), cancelled]);
    } catch (err) {
      connection.console.error(`infra-notes: request failed on ${uri}: ${String(err)}`);
      return fallback;
    } finally {
      stopListening?.dispose();
    }
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    if (!a || documents.get(uri)?.version !== doc.version) throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
    try {
      return fn(doc, a);
    } catch (err) {
      connection.console.error(`infra-notes: request failed on ${uri}: ${String(err)}`);
      return fallback;
    }
  };

  connection.onHover((p, token) =>
    withDoc(p.textDocument.uri, null, (_doc, a) => {
      const h = hover(service, a, p.position, locale);
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: h.range } : null;
    }, token),
  );

  connection.onCompletion((p, token) =>
    withDoc(p.textDocument.uri, [] as CompletionItem[], (_doc, a) =>
      complete(service, a, p.position).map((c, i): CompletionItem => {
        const item: CompletionItem = {
          label: c.label,
          kind: COMPLETION_KIND[c.kind],
          sortText: String(i).padStart(4, '0'),
          textEdit: { range: c.range, newText: c.insertText ?? c.label },
        };
        if (c.detail) item.detail = c.detail;
        if (c.doc) item.documentation = { kind: MarkupKind.Markdown, value: c.doc[locale] };
        return item;
      }),
      token,
    ),
  );

  connection.onDefinition((p, token) =>
    withDoc(p.textDocument.uri, null, (_doc, a) => {
      const r = definition(service, a, p.position);
      return r ? { uri: p.textDocument.uri, range: r } : null;
    }, token),
  );

  connection.onReferences((p, token) =>
    withDoc(p.textDocument.uri, [], (_doc, a) => references(service, a, p.position, p.context.includeDeclaration).map((range) => ({ uri: p.textDocument.uri, range })), token),
  );

  connection.onPrepareRename((p, token) => withDoc(p.textDocument.uri, null, (_doc, a) => prepareRename(service, a, p.position), token));

  connection.onRenameRequest(async (p, token) => {
    const result = await withDoc(p.textDocument.uri, null, (_doc, a) => rename(service, a, p.position, p.newName), token);
    if (!result) return null;
    if ('error' in result) throw new Error(result.error[locale]);
    return { changes: { [p.textDocument.uri]: result.edits.map((e) => TextEdit.replace(e.range, e.newText)) } };
  });

  connection.onDocumentSymbol((p, token) => withDoc(p.textDocument.uri, [] as DocumentSymbol[], (_doc, a) => symbols(a).map(toSymbol), token));

  connection.onFoldingRanges((p, token) => withDoc(p.textDocument.uri, [], (_doc, a) => foldingRanges(a), token));

  connection.onCodeAction((p, token) =>
    withDoc(p.textDocument.uri, [] as CodeAction[], (doc, a) => {
      const actions: CodeAction[] = [];
      for (const diag of p.context.diagnostics) {
        if (diag.source !== 'infra-notes') continue;
        const data = (diag.data ?? {}) as { rule?: string; designIndex?: number };
        if (!data.rule || data.designIndex === undefined || data.designIndex < 0) continue;
        for (const fix of codeFixes(a, data.designIndex, data.rule, diag.range)) {
          const action: CodeAction = {
            title: fix.title[locale],
            kind: CodeActionKind.QuickFix,
            diagnostics: [diag],
            edit: { changes: { [doc.uri]: fix.edits.map((e) => TextEdit.replace(e.range, e.newText)) } },
          };
          if (fix.preferred) action.isPreferred = true;
          actions.push(action);
        }
      }
      return actions;
    }, token),
  );

  // Lenses above each block: the estimate (resolved lazily: it runs the sweep), the
  // diagram, and one per scenario. Their commands are the VS Code client's.
  connection.onCodeLens((p, token) =>
    withDoc(p.textDocument.uri, [] as CodeLens[], (doc, a) => {
      const lenses: CodeLens[] = [];
      for (const entry of a.designs) {
        const line = Math.max(entry.fenceLine, 0);
        const range = { start: { line, character: 0 }, end: { line, character: 0 } };
        lenses.push({ range, data: { uri: doc.uri, version: doc.version, designIndex: entry.index, kind: 'estimate' } });
        lenses.push({ range, command: { title: locale === 'ko' ? '다이어그램 열기' : 'Open Diagram', command: 'infraNotes.openDiagram', arguments: [doc.uri, entry.index] } });
        for (const sc of entry.design.scenarios) {
          const l = entry.firstLine + sc.line;
          lenses.push({
            range: { start: { line: l, character: 0 }, end: { line: l, character: 0 } },
            command: { title: locale === 'ko' ? `▶ ${sc.name} 시뮬레이션` : `▶ Simulate ${sc.name}`, command: 'infraNotes.openSimulation', arguments: [doc.uri, entry.index, sc.name] },
          });
        }
      }
      return lenses;
    }, token),
  );

  connection.onCodeLensResolve(async (lens, token) => {
    const data = lens.data as { uri: string; designIndex: number } | undefined;
    if (!data) return lens;
    const title = await withDoc(
      data.uri,
      null as string | null,
      (_doc, a) => {
        const entry = a.designs[data.designIndex];
        if (!entry) return null;
        const line = estimateLine(entry.design);
        return line ? line[locale] : locale === 'ko' ? '추정할 노드가 없습니다' : 'nothing to estimate yet';
      },
      token,
    );
    lens.command = { title: title ?? '', command: 'infraNotes.openSimulation', arguments: [data.uri, data.designIndex] };
    return lens;
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * An open document kept as an array of lines. The library's TextDocument keeps
 * one string and rebuilds it on every incremental change (a copy of the whole
 * note per keystroke: seconds for a storm of edits on a large note); here a
 * change replaces only the lines it touches, and unchanged lines stay the same
 * string objects, so the core's comparison with the previous version is cheap.
 * Same positions and clamping as the library (checked in test/protocol/robustness.test.ts).
 */
export class LineDocument implements TextDocument {
  private text_: string | undefined;
  private offsets_: number[] | undefined;
  private snapshot_: string[] | undefined;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    /** Line contents without their ends. */
    private content: string[],
    /** Each line's end: '\n', '\r\n', '\r', or '' for the last line. */
    private ends: string[],
    text?: string,
  ) {
    this.text_ = text;
  }

  static create(uri: string, languageId: string, version: number, text: string): LineDocument {
    const { content, ends } = splitKeepingEnds(text);
    return new LineDocument(uri, languageId, version, content, ends, text);
  }

  static update(doc: LineDocument, changes: TextDocumentContentChangeEvent[], version: number): LineDocument {
    for (const change of changes) doc.apply(change);
    doc.version = version;
    return doc;
  }

  get lineCount(): number {
    return this.content.length;
  }

  /** The lines as splitLines gives them; the same array until the next change. */
  lines(): string[] {
    return (this.snapshot_ ??= this.content.slice());
  }

  getText(range?: LspRange): string {
    const text = (this.text_ ??= joinLines(this.content, this.ends));
    if (!range) return text;
    return text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  getLineRange(line: number): LspRange {
    const last = this.content.length - 1;
    if (line > last) return { start: { line: last, character: 0 }, end: { line: last, character: this.content[last]!.length } };
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: { line, character: 0 }, end: { line, character: this.content[line]!.length } };
  }

  getEOLCharacters(line: number): string {
    return this.ends[line] ?? '';
  }

  offsetAt(position: Position): number {
    const offsets = this.offsets();
    if (position.line >= this.content.length) return offsets[this.content.length]!;
    if (position.line < 0) return 0;
    const start = offsets[position.line]!;
    return start + Math.max(0, Math.min(position.character, this.content[position.line]!.length));
  }

  positionAt(offset: number): Position {
    const offsets = this.offsets();
    offset = Math.max(0, Math.min(offset, offsets[this.content.length]!));
    let lo = 0;
    let hi = this.content.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(offset - offsets[lo]!, this.content[lo]!.length) };
  }

  /** Start offset of every line, and the text length at the end. */
  private offsets(): number[] {
    if (this.offsets_) return this.offsets_;
    const o = new Array<number>(this.content.length + 1);
    let at = 0;
    for (let i = 0; i < this.content.length; i++) {
      o[i] = at;
      at += this.content[i]!.length + this.ends[i]!.length;
    }
    o[this.content.length] = at;
    return (this.offsets_ = o);
  }

  private apply(change: TextDocumentContentChangeEvent): void {
    this.text_ = undefined;
    this.offsets_ = undefined;
    this.snapshot_ = undefined;
    if (!('range' in change) || !change.range) {
      const { content, ends } = splitKeepingEnds(change.text);
      this.content = content;
      this.ends = ends;
      this.text_ = change.text;
      return;
    }
    let { start, end } = change.range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
    const last = this.content.length - 1;
    const clamp = (p: Position): { line: number; ch: number } => {
      if (p.line > last) return { line: last, ch: this.content[last]!.length };
      if (p.line < 0) return { line: 0, ch: 0 };
      return { line: p.line, ch: Math.max(0, Math.min(p.character, this.content[p.line]!.length)) };
    };
    const s = clamp(start);
    const e = clamp(end);
    let from = s.line;
    let region = this.content[s.line]!.slice(0, s.ch) + change.text + this.content[e.line]!.slice(e.ch) + this.ends[e.line]!;
    // A '\n' right after a line ending in a lone '\r' joins it into one '\r\n'.
    if (from > 0 && this.ends[from - 1] === '\r' && region.startsWith('\n')) {
      from--;
      region = this.content[from]! + '\r' + region;
    }
    const { content, ends } = splitKeepingEnds(region);
    // The region ends with its last line's end (unless it is the document's last
    // line): the split then gives an empty remainder that is the next line's start.
    if (e.line < last) {
      content.pop();
      ends.pop();
    }
    spliceLarge(this.content, from, e.line - from + 1, content);
    spliceLarge(this.ends, from, e.line - from + 1, ends);
  }
}

/** Array splice without spreading a large insertion into arguments. */
function spliceLarge<T>(arr: T[], start: number, deleteCount: number, items: T[]): void {
  if (items.length < 10000) {
    arr.splice(start, deleteCount, ...items);
    return;
  }
  const tail = arr.slice(start + deleteCount);
  arr.length = start;
  for (const x of items) arr.push(x);
  for (const x of tail) arr.push(x);
}

function splitKeepingEnds(text: string): { content: string[]; ends: string[] } {
  const content: string[] = [];
  const ends: string[] = [];
  const re = /\r\n|\r|\n/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    content.push(text.slice(at, m.index));
    ends.push(m[0]);
    at = m.index + m[0].length;
  }
  content.push(text.slice(at));
  ends.push('');
  return { content, ends };
}

function joinLines(content: string[], ends: string[]): string {
  const parts = new Array<string>(content.length * 2);
  for (let i = 0; i < content.length; i++) {
    parts[2 * i] = content[i]!;
    parts[2 * i + 1] = ends[i]!;
  }
  return parts.join('');
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  kind: CompletionItemKind.Class,
  attribute: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  node: CompletionItemKind.Variable,
  zone: CompletionItemKind.Module,
  region: CompletionItemKind.Module,
  keyword: CompletionItemKind.Keyword,
  step: CompletionItemKind.Event,
};

function toSymbol(s: OutlineSymbol): DocumentSymbol {
  const kind =
    s.kind === 'design'
      ? SymbolKind.Namespace
      : s.kind === 'node'
        ? s.nodeKind === 'database' || s.nodeKind === 'storage' || s.nodeKind === 'cache'
          ? SymbolKind.Struct
          : s.nodeKind === 'client'
            ? SymbolKind.Interface
            : SymbolKind.Object
        : s.kind === 'scenario'
          ? SymbolKind.Event
          : s.kind === 'goal'
            ? SymbolKind.Constant
            : SymbolKind.Module;
  return DocumentSymbol.create(s.name, s.detail, kind, s.range, s.selectionRange, s.children.map(toSymbol));
}

/** `ko`, `ko-KR` → ko; anything else → en. */
export function pickLocale(raw: string | undefined): Locale {
  return raw && raw.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Keeps only well-formed `{ rule: severity }` pairs from user settings. */
export function sanitizeRules(raw: unknown): RuleConfig {
  const out: RuleConfig = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v === 'string' && VALID_SEVERITIES.has(v)) out[k] = v as Severity | 'off';
  }
  return out;
}
