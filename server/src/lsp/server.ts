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
  MarkupKind,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  TextEdit,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeFixes, complete, definition, estimateLine, foldingRanges, hover, prepareRename, references, rename, symbols, type CompletionKind, type OutlineSymbol } from '../core/features';
import { TopologyService, type DocFinding, type DocumentAnalysis, type DocumentKind, type RuleConfig } from '../core/service';
import type { Locale, Severity } from '../core/types';
import { LANGUAGE_RULES } from '../core/language-rules';

export interface ServerDeps {
  /** Base URL of the rule pages (…/docs/), for diagnostics' codeDescription. */
  docsBase?: string;
  /** Milliseconds to wait after an edit before re-analysing (coalesces bursts). */
  debounceMs?: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const VALID_SEVERITIES = new Set(['off', 'hint', 'info', 'warning', 'error']);

/** Starts the language server on a connection. */
export function startServer(connection: Connection, deps: ServerDeps = {}): void {
  const documents = new TextDocuments(TextDocument);
  const service = new TopologyService();
  const analyses = new Map<string, { version: number; analysis: DocumentAnalysis }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let locale: Locale = 'en';
  let rules: RuleConfig = {};
  let canPullConfig = false;
  const debounceMs = deps.debounceMs ?? 50;

  const kindOf = (doc: TextDocument): DocumentKind => (doc.languageId === 'topology' || doc.uri.endsWith('.topology') ? 'topology' : 'markdown');

  /** The analysis of the document's current version, computed once per version. */
  const analysisOf = (doc: TextDocument): DocumentAnalysis => {
    const hit = analyses.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    const analysis = service.analyze(doc.getText(), kindOf(doc));
    analyses.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  };

  const toDiagnostic = (f: DocFinding, uri: string): Diagnostic => {
    const d: Diagnostic = {
      range: f.range,
      severity: SEVERITY[f.severity],
      source: 'infra-notes',
      code: f.rule,
      message: f.message[locale],
    };
    if (deps.docsBase) d.codeDescription = { href: f.rule in LANGUAGE_RULES || f.rule === 'internal-error' ? `${deps.docsBase}language.md` : `${deps.docsBase}rules/${f.rule}.md` };
    if (f.related.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message[locale] }));
    const data: Record<string, unknown> = { rule: f.rule, designIndex: f.designIndex };
    if (f.data) data.facts = f.data;
    d.data = data;
    return d;
  };

  const publish = (doc: TextDocument): void => {
    try {
      const analysis = analysisOf(doc);
      const diagnostics = service.findings(analysis, rules).map((f) => toDiagnostic(f, doc.uri));
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    } catch (err) {
      connection.console.error(`infra-notes: could not check ${doc.uri}: ${String(err)}`);
    }
  };

  const schedule = (doc: TextDocument, delay = debounceMs): void => {
    const prev = timers.get(doc.uri);
    if (prev) clearTimeout(prev);
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        // Only the latest version is analysed: an older edit's timer was replaced above.
        const current = documents.get(doc.uri);
        if (current) publish(current);
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
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /** Runs a handler on an open document; a failure is logged, never thrown at the client. */
  const withDoc = <T>(uri: string, fallback: T, fn: (doc: TextDocument, a: DocumentAnalysis) => T): T => {
    const doc = documents.get(uri);
    if (!doc) return fallback;
    try {
      return fn(doc, analysisOf(doc));
    } catch (err) {
      connection.console.error(`infra-notes: request failed on ${uri}: ${String(err)}`);
      return fallback;
    }
  };

  connection.onHover((p) =>
    withDoc(p.textDocument.uri, null, (_doc, a) => {
      const h = hover(service, a, p.position, locale);
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: h.range } : null;
    }),
  );

  connection.onCompletion((p) =>
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
    ),
  );

  connection.onDefinition((p) =>
    withDoc(p.textDocument.uri, null, (_doc, a) => {
      const r = definition(service, a, p.position);
      return r ? { uri: p.textDocument.uri, range: r } : null;
    }),
  );

  connection.onReferences((p) =>
    withDoc(p.textDocument.uri, [], (_doc, a) => references(service, a, p.position, p.context.includeDeclaration).map((range) => ({ uri: p.textDocument.uri, range }))),
  );

  connection.onPrepareRename((p) => withDoc(p.textDocument.uri, null, (_doc, a) => prepareRename(service, a, p.position)));

  connection.onRenameRequest((p) => {
    const result = withDoc(p.textDocument.uri, null, (_doc, a) => rename(service, a, p.position, p.newName));
    if (!result) return null;
    if ('error' in result) throw new Error(result.error[locale]);
    return { changes: { [p.textDocument.uri]: result.edits.map((e) => TextEdit.replace(e.range, e.newText)) } };
  });

  connection.onDocumentSymbol((p) => withDoc(p.textDocument.uri, [] as DocumentSymbol[], (_doc, a) => symbols(a).map(toSymbol)));

  connection.onFoldingRanges((p) => withDoc(p.textDocument.uri, [], (_doc, a) => foldingRanges(a)));

  connection.onCodeAction((p) =>
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
    }),
  );

  // Lenses above each block: the estimate (resolved lazily: it runs the sweep), the
  // diagram, and one per scenario. Their commands are the VS Code client's.
  connection.onCodeLens((p) =>
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
    }),
  );

  connection.onCodeLensResolve((lens) => {
    const data = lens.data as { uri: string; designIndex: number } | undefined;
    if (!data) return lens;
    const title = withDoc(data.uri, null as string | null, (_doc, a) => {
      const entry = a.designs[data.designIndex];
      if (!entry) return null;
      const line = estimateLine(entry.design);
      return line ? line[locale] : locale === 'ko' ? '추정할 노드가 없습니다' : 'nothing to estimate yet';
    });
    lens.command = { title: title ?? '', command: 'infraNotes.openSimulation', arguments: [data.uri, data.designIndex] };
    return lens;
  });

  documents.listen(connection);
  connection.listen();
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
