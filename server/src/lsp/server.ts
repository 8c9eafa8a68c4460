/**
 * The only layer that knows LSP. startServer wires a connection to the core's
 * facade: each handler finds the document, waits for its analysis, calls the
 * core and converts the result (convert.ts). The document model is in
 * documents.ts, when analysis runs in scheduling.ts.
 */
import {
  CodeActionKind,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  TextEdit,
  type CancellationToken,
  type CodeAction,
  type CodeLens,
  type Diagnostic,
  type CompletionItem,
  type Connection,
  type DocumentSymbol,
  type InitializeResult,
} from 'vscode-languageserver';
import {
  animationView,
  codeActions,
  failureOf,
  type FixRequest,
  complete,
  definition,
  diagramView,
  exportNote,
  imageFileName,
  noteImages,
  staleImageFiles,
  readSteps,
  scenarioEdit,
  simulationView,
  type DesignRef,
  estimateLine,
  worstFailure,
  type SimStep,
  foldingRanges,
  hover,
  prepareRename,
  references,
  rename,
  symbols,
  sameSuppressions,
  TopologyService,
  type DocumentAnalysis,
  type Locale,
  type RuleConfig,
} from '../core';
import { keepEqual, pickLocale, sanitizeRules, toCodeAction, toCompletionItem, toDiagnostic, toSymbol } from './convert';
import { LineDocument } from './documents';
import { Analyses } from './scheduling';
import { heapSizer } from './heap';
import { ANIMATION_REQUEST, DIAGRAM_REQUEST, EXPORT_MERMAID_REQUEST, IMAGES_REQUEST, SCENARIO_EDIT_REQUEST, SIMULATION_REQUEST, STATS_REQUEST, type AnimationResult, type DiagramResult, type ExportMermaidResult, type ImagesResult, type ScenarioEditResult, type SimulationResult, type StatsResult } from './requests';

/** One design's diagnostics as published, with what they were computed from. */
interface Placed {
  findings: readonly unknown[];
  firstLine: number;
  fenceLine: number;
  fenceLength: number;
  index: number;
  rules: RuleConfig;
  locale: Locale;
  suppressions: DocumentAnalysis['designs'][number]['design']['suppressions'];
  diagnostics: Diagnostic[];
}

export interface ServerDeps {
  /** Base URL of the rule pages (…/docs/), for diagnostics' codeDescription. */
  docsBase?: string;
  /** Within a burst (edits faster than the server answers), milliseconds of quiet before the latest version is analysed; default BURST_MS. */
  burstMs?: number;
  /** The newest version of a document read from the client, dispatched or not (incoming.ts): versions already followed by a newer one are not analysed. */
  newestVersion?: (uri: string) => number | undefined;
}

/** Starts the language server on a connection. */
export function startServer(connection: Connection, deps: ServerDeps = {}): void {
  const documents = new TextDocuments(LineDocument);
  const service = new TopologyService();
  const analyses = new Analyses(documents, service, deps.burstMs, deps.newestVersion);
  let locale: Locale = 'en';
  let rules: RuleConfig = {};
  let canPullConfig = false;

  // ---- diagnostics ----------------------------------------------------------

  /**
   * Each document's designs as last published: a design whose findings the core reused (an edit that left its meaning
   * alone) at the same place, with the same suppressions and settings, keeps its diagnostic objects; a design checked
   * again keeps the objects of the diagnostics that came out equal (keepEqual); the stdio writer sends the bytes it
   * already has for each of them (encoding.ts). Only the latest publication is kept. Never changed once made.
   */
  const published = new Map<string, Placed[]>();
  const diagnosticsOf = (analysis: DocumentAnalysis, uri: string): Diagnostic[] => {
    const out: Diagnostic[] = [];
    for (const f of service.documentFindings(analysis, rules)) out.push(toDiagnostic(f, uri, locale, deps.docsBase));
    const before = published.get(uri) ?? [];
    const now: Placed[] = [];
    analysis.designs.forEach((entry, i) => {
      const fenceLength = entry.fenceLine >= 0 ? (analysis.lines[entry.fenceLine] ?? '').length : 0;
      const was = before[i];
      const same =
        was && was.findings === entry.findings && was.firstLine === entry.firstLine && was.fenceLine === entry.fenceLine && was.fenceLength === fenceLength &&
        was.index === entry.index && was.rules === rules && was.locale === locale && sameSuppressions(was.suppressions, entry.design.suppressions);
      const placed: Placed = same
        ? was
        : {
            findings: entry.findings,
            firstLine: entry.firstLine,
            fenceLine: entry.fenceLine,
            fenceLength,
            index: entry.index,
            rules,
            locale,
            suppressions: entry.design.suppressions,
            diagnostics: keepEqual(
              was?.diagnostics,
              service.designFindings(analysis, entry, rules).map((f) => toDiagnostic(f, uri, locale, deps.docsBase)),
            ),
          };
      now.push(placed);
      for (const dg of placed.diagnostics) out.push(dg);
    });
    published.set(uri, now);
    return out;
  };
  /** What was last published per document. */
  const sent = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  /** Publishes diagnostics for the document's version if it is still the latest when the analysis is done. */
  const publish = async (doc: LineDocument): Promise<void> => {
    try {
      const analysis = await analyses.later(doc);
      if (!analysis || documents.get(doc.uri) !== doc || doc.version !== analyses.versionOf(doc.uri)) return;
      const diagnostics = diagnosticsOf(analysis, doc.uri);
      // The same version with the same diagnostics (re-checked after a configuration read that changed nothing) is not sent again.
      // (Compared only then: a new version is always sent, without serializing its diagnostics an extra time.)
      const last = sent.get(doc.uri);
      if (last && last.version === doc.version && JSON.stringify(last.diagnostics) === JSON.stringify(diagnostics)) return;
      sent.set(doc.uri, { version: doc.version, diagnostics });
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    } catch (err) {
      connection.console.error(`infra-notes: could not check ${doc.uri}: ${String(err)}`);
    }
  };
  const schedule = (doc: LineDocument, delay?: number): void => analyses.schedule(doc, (current) => void publish(current), delay);

  // ---- lifecycle and configuration --------------------------------------------

  /** `infraNotes.hover.bothLanguages`: hovers in both languages instead of the user's only. */
  let hoverBoth = false;

  const readConfig = async (): Promise<void> => {
    if (!canPullConfig) return;
    try {
      const cfg = (await connection.workspace.getConfiguration('infraNotes')) as { rules?: Record<string, string>; hover?: { bothLanguages?: unknown } } | null;
      rules = sanitizeRules(cfg?.rules);
      hoverBoth = cfg?.hover?.bothLanguages === true;
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
    const settings = (change.settings ?? {}) as { infraNotes?: { rules?: Record<string, string>; hover?: { bothLanguages?: unknown } } };
    if (canPullConfig) await readConfig();
    else {
      rules = sanitizeRules(settings.infraNotes?.rules);
      hoverBoth = settings.infraNotes?.hover?.bothLanguages === true;
    }
    for (const doc of documents.all()) schedule(doc, 0);
  });

  /** The heap grows frugally only while the open notes are large (heap.ts). */
  const heapPolicy = heapSizer(process.execArgv);
  const sizeHeap = (): void => {
    let lines = 0;
    for (const d of documents.all()) lines += d.lineCount;
    heapPolicy(lines);
  };
  documents.onDidOpen((e) => {
    sizeHeap();
    schedule(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    sizeHeap();
    analyses.edited(e.document, (current) => void publish(current));
  });
  documents.onDidClose((e) => {
    sizeHeap();
    analyses.forget(e.document.uri);
    sent.delete(e.document.uri);
    published.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // ---- requests: find the document, call the core ------------------------------

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
      a = await Promise.race([analyses.later(doc), cancelled]);
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
      const h = hover(service, a, p.position, locale, { bothLanguages: hoverBoth });
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: h.range } : null;
    }, token),
  );

  connection.onCompletion((p, token) =>
    withDoc(p.textDocument.uri, [] as CompletionItem[], (_doc, a) => complete(service, a, p.position).map((c, i) => toCompletionItem(c, i, locale)), token),
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
      const diags: Diagnostic[] = [];
      const requests: FixRequest[] = [];
      for (const diag of p.context.diagnostics) {
        if (diag.source !== 'infra-notes') continue;
        const data = (diag.data ?? {}) as { rule?: string; designIndex?: number };
        if (!data.rule || data.designIndex === undefined || data.designIndex < 0) continue;
        diags.push(diag);
        requests.push({ designIndex: data.designIndex, rule: data.rule, range: diag.range });
      }
      const fixes = codeActions(a, requests);
      const actions: CodeAction[] = fixes.map((fix) => toCodeAction(fix, fix.of.map((i) => diags[i]!), doc.uri, locale));
      // Repairs first, then "show me this failure", the suppression comments last.
      let at = fixes.findIndex((f) => f.suppression);
      if (at < 0) at = actions.length;
      // The learning loop: watch the failure a finding is about happen in the simulator.
      const shown = new Set<string>();
      requests.forEach((req, i) => {
        const failure = failureOf(a, req.designIndex, req.rule, req.range);
        if (!failure) return;
        const key = `${req.designIndex} ${JSON.stringify(failure.target)}`;
        if (shown.has(key)) return;
        shown.add(key);
        const step = { type: 'fail', target: failure.target, at: 0 };
        const what = failure.label[locale].replace(/`/g, '');
        const title = locale === 'ko' ? `이 장애 직접 보기: ${what} 장애 시뮬레이션` : `Show me this failure: simulate losing ${what}`;
        actions.splice(at++, 0, { title, kind: CodeActionKind.QuickFix, diagnostics: [diags[i]!], command: { title, command: 'infraNotes.openSimulation', arguments: [doc.uri, req.designIndex, '', [step]] } });
      });
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
    const got = await withDoc(
      data.uri,
      null as { title: string; steps: SimStep[] } | null,
      (_doc, a) => {
        const entry = a.designs[data.designIndex];
        if (!entry) return null;
        const line = estimateLine(entry.design);
        // Clicking the estimate shows the failure behind its worst figure, not an empty run.
        return { title: line ? line[locale] : locale === 'ko' ? '추정할 노드가 없습니다' : 'nothing to estimate yet', steps: line ? worstFailure(entry.design) : [] };
      },
      token,
    );
    lens.command = { title: got?.title ?? '', command: 'infraNotes.openSimulation', arguments: got?.steps.length ? [data.uri, data.designIndex, '', got.steps] : [data.uri, data.designIndex] };
    return lens;
  });

  // ---- the panels' own requests: what they draw, from the same analysis ------------

  /** The part of a panel's params that names a design, read from untrusted JSON. */
  const viewOf = (p: Record<string, unknown>): { ref: DesignRef; locale: Locale; theme: 'light' | 'dark' } => {
    const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);
    return {
      ref: { index: int(p['index']), line: int(p['line']), title: typeof p['title'] === 'string' ? p['title'] : null },
      locale: p['locale'] === 'ko' || p['locale'] === 'en' ? p['locale'] : locale,
      theme: p['theme'] === 'dark' ? 'dark' : 'light',
    };
  };
  const paramsOf = (raw: unknown): Record<string, unknown> => (raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {});

  connection.onRequest(DIAGRAM_REQUEST, (raw: unknown, token: CancellationToken) => {
    const p = paramsOf(raw);
    const v = viewOf(p);
    return withDoc(String(p['uri'] ?? ''), null as DiagramResult, (_doc, a) => diagramView(service, a, v.ref, { locale: v.locale, theme: v.theme, rules }), token);
  });

  connection.onRequest(SIMULATION_REQUEST, (raw: unknown, token: CancellationToken) => {
    const p = paramsOf(raw);
    const v = viewOf(p);
    const req = { scenario: typeof p['scenario'] === 'string' ? p['scenario'] : null, steps: readSteps(p['steps']) };
    return withDoc(String(p['uri'] ?? ''), null as SimulationResult, (_doc, a) => simulationView(service, a, v.ref, req, { locale: v.locale, theme: v.theme, rules }), token);
  });

  connection.onRequest(ANIMATION_REQUEST, (raw: unknown, token: CancellationToken) => {
    const p = paramsOf(raw);
    const v = viewOf(p);
    const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
    const req = { scenario: typeof p['scenario'] === 'string' ? p['scenario'] : null, steps: readSteps(p['steps']), width: num(p['width']), secondsPerFrame: num(p['secondsPerFrame']) };
    return withDoc(String(p['uri'] ?? ''), null as AnimationResult, (_doc, a) => animationView(service, a, v.ref, req, { locale: v.locale }), token);
  });

  connection.onRequest(SCENARIO_EDIT_REQUEST, (raw: unknown, token: CancellationToken) => {
    const p = paramsOf(raw);
    const v = viewOf(p);
    const steps = readSteps(p['steps']);
    return withDoc(
      String(p['uri'] ?? ''),
      null as ScenarioEditResult,
      (doc, a) => {
        const edit = scenarioEdit(service, a, v.ref, steps, v.locale);
        return edit && { ...edit, version: doc.version };
      },
      token,
    );
  });

  connection.onRequest(EXPORT_MERMAID_REQUEST, (raw: unknown, token: CancellationToken) => {
    const p = paramsOf(raw);
    const loc: Locale = p['locale'] === 'ko' || p['locale'] === 'en' ? p['locale'] : locale;
    return withDoc(
      String(p['uri'] ?? ''),
      null as ExportMermaidResult,
      (doc) => {
        const r = exportNote(doc.getText(), { locale: loc, rules });
        return { version: doc.version, changed: r.changed, text: r.text };
      },
      token,
    );
  });

  connection.onRequest(IMAGES_REQUEST, (raw: unknown, token: CancellationToken) => {
    const p = paramsOf(raw);
    const loc: Locale = p['locale'] === 'ko' || p['locale'] === 'en' ? p['locale'] : locale;
    const uri = String(p['uri'] ?? '');
    return withDoc(
      uri,
      null as ImagesResult,
      (doc) => {
        const last = uri.replace(/[?#].*$/, '').replace(/^.*\//, '');
        let base: string;
        try {
          base = decodeURIComponent(last);
        } catch {
          base = last;
        }
        const images = noteImages(doc.getText(), { locale: loc, rules, note: base }).map((im) => ({ index: im.index, title: im.title, file: imageFileName(base, im.name), svg: im.svg }));
        const existing = Array.isArray(p['existing'])
          ? (p['existing'] as unknown[]).flatMap((f) => {
              const o = f as { name?: unknown; text?: unknown } | null;
              return o && typeof o.name === 'string' && typeof o.text === 'string' ? [{ name: o.name, text: o.text.slice(0, 2000) }] : [];
            })
          : [];
        const stale = staleImageFiles(
          base,
          existing,
          images.map((im) => im.file),
        );
        return { version: doc.version, images, stale };
      },
      token,
    );
  });

  connection.onRequest(STATS_REQUEST, (): StatsResult => ({ ...service.stats }));

  documents.listen(connection);
  connection.listen();
}
