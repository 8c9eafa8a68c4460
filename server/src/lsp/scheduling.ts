/**
 * When analysis runs: once per document version, debounced after edits, and in
 * slices that give the event loop a turn so requests and newer edits are not
 * held up by a large note.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { DocumentAnalysis, DocumentKind, TopologyService } from '../core';
import type { LineDocument } from './documents';

/**
 * The quiet time after an edit before diagnostics are computed. A burst of edits
 * (typing, a paste, a client replaying changes) arrives far faster than this, so
 * only its last version is analysed; a single edit is answered within this plus
 * the incremental analysis (see README, Performance).
 */
export const DEBOUNCE_MS = 20;
/** Longest stretch of analysis before the server gives the event loop a turn (requests, newer edits, cancellation). */
export const SLICE_MS = 15;

const yieldToLoop = (): Promise<void> => new Promise((res) => setImmediate(res));

const kindOf = (doc: LineDocument): DocumentKind => (doc.languageId === 'topology' || doc.uri.endsWith('.topology') ? 'topology' : 'markdown');

/** The analyses of the open documents: one per version, computed in slices, shared by diagnostics and requests. */
export class Analyses {
  private readonly done = new Map<string, { version: number; analysis: DocumentAnalysis }>();
  /** The analysis under way per document: one version at a time. */
  private readonly jobs = new Map<string, { version: number; done: Promise<DocumentAnalysis | null> }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly documents: TextDocuments<LineDocument>,
    private readonly service: TopologyService,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {}

  /** The version whose analysis finished last, if any. */
  versionOf(uri: string): number | undefined {
    return this.done.get(uri)?.version;
  }

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
  later(doc: LineDocument): Promise<DocumentAnalysis | null> {
    const hit = this.done.get(doc.uri);
    if (hit && hit.version === doc.version) return Promise.resolve(hit.analysis);
    const running = this.jobs.get(doc.uri);
    if (running && running.version === doc.version) return running.done;
    const { uri, version } = doc;
    const done = (async (): Promise<DocumentAnalysis | null> => {
      // The first analysis reads the text as received (the Markdown scan then needs no copy of it); later ones the lines.
      const steps = this.service.analyzeSteps(hit ? doc.lines() : doc.getText(), kindOf(doc), hit?.analysis);
      let sliceStart = performance.now();
      for (;;) {
        const r = steps.next();
        if (r.done) {
          this.done.set(uri, { version, analysis: r.value });
          return r.value;
        }
        if (performance.now() - sliceStart < SLICE_MS) continue;
        await yieldToLoop();
        // Changed, or closed (and maybe reopened: a new document object).
        if (this.documents.get(uri) !== doc || doc.version !== version) return null;
        sliceStart = performance.now();
      }
    })().finally(() => {
      if (this.jobs.get(uri)?.done === done) this.jobs.delete(uri);
    });
    this.jobs.set(uri, { version, done });
    return done;
  }

  /** Runs `run` on the document's latest version `delay` ms from now; an earlier pending run is replaced. */
  schedule(doc: LineDocument, run: (current: LineDocument) => void, delay = this.debounceMs): void {
    const prev = this.timers.get(doc.uri);
    if (prev) clearTimeout(prev);
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        // Only the latest version is analysed: an older edit's timer was replaced above.
        const current = this.documents.get(doc.uri);
        if (current) run(current);
      }, delay),
    );
  }

  /** Forgets a closed document: its pending run, its analysis and its job. */
  forget(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.done.delete(uri);
    this.jobs.delete(uri);
  }
}
