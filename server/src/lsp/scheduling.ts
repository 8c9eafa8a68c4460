/**
 * When analysis runs: once per document version, as soon as an edit arrives
 * (no fixed wait), coalescing bursts, and in slices that give the event loop a
 * turn so requests and newer edits are not held up by a large note.
 *
 * Bursts coalesce in two ways, neither of which delays a lone edit:
 * - a version whose successor has already been read from the client (Incoming,
 *   incoming.ts) is never analysed: only the last version of what arrived
 *   together is;
 * - an edit that arrives while the previous version is still unanswered (its
 *   analysis not done: the client is sending faster than the server answers)
 *   waits BURST_MS for the burst to end, then the latest version is analysed.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { DocumentAnalysis, DocumentKind, TopologyService } from '../core';
import type { LineDocument } from './documents';

/**
 * Within a burst (an edit arriving before the previous version was answered),
 * the quiet time before the latest version is analysed. An edit after the
 * previous one was answered is analysed at once (see README, Performance).
 */
export const BURST_MS = 20;
/** Longest stretch of analysis before the server gives the event loop a turn (requests, newer edits, cancellation). */
export const SLICE_MS = 15;

/**
 * Turns of the event loop given between two slices. The JSON-RPC connection handles
 * one queued message per turn, so one turn would let a single request through per
 * slice and let a backlog of requests (hovers while scrolling) build up behind a
 * long analysis; when nothing is queued the extra turns cost microseconds.
 */
const TURNS_BETWEEN_SLICES = 4;

const oneTurn = (): Promise<void> => new Promise((res) => setImmediate(res));
const yieldToLoop = async (): Promise<void> => {
  for (let k = 0; k < TURNS_BETWEEN_SLICES; k++) await oneTurn();
};

const kindOf = (doc: LineDocument): DocumentKind => (doc.languageId === 'topology' || doc.uri.endsWith('.topology') ? 'topology' : 'markdown');

/** The analyses of the open documents: one per version, computed in slices, shared by diagnostics and requests. */
export class Analyses {
  private readonly done = new Map<string, { version: number; analysis: DocumentAnalysis }>();
  /** The analysis under way per document: one version at a time. */
  private readonly jobs = new Map<string, { version: number; done: Promise<DocumentAnalysis | null> }>();
  private readonly timers = new Map<string, { cancel(): void }>();
  /** The version of the last edit handled per document (to tell whether it was answered). */
  private readonly lastEdit = new Map<string, number>();

  constructor(
    private readonly documents: TextDocuments<LineDocument>,
    private readonly service: TopologyService,
    private readonly burstMs = BURST_MS,
    /** The newest version read from the client, dispatched or not (incoming.ts); none: no lookahead. */
    private readonly newestVersion: (uri: string) => number | undefined = () => undefined,
  ) {}

  /** Whether a newer version of the document than `version` has been read already (it will be handled in its turn). */
  private superseded(uri: string, version: number): boolean {
    const newest = this.newestVersion(uri);
    return newest !== undefined && newest > version;
  }

  /**
   * After an edit: runs `run` on the latest version at once when the previous
   * version was answered, after BURST_MS of quiet when it was not (a burst),
   * and not at all for a version a newer one has already followed.
   */
  edited(doc: LineDocument, run: (current: LineDocument) => void): void {
    const prev = this.lastEdit.get(doc.uri);
    this.lastEdit.set(doc.uri, doc.version);
    if (this.superseded(doc.uri, doc.version)) return;
    const answered = prev === undefined || this.done.get(doc.uri)?.version === prev;
    this.schedule(doc, run, answered ? 0 : this.burstMs);
  }

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
      // The first analysis reads the text as received (the Markdown scan then needs no copy of it) with the document's
      // lines (not a second split of a large note); later ones the lines alone.
      const steps = hit ? this.service.analyzeSteps(doc.lines(), kindOf(doc), hit.analysis) : this.service.analyzeSteps(doc.getText(), kindOf(doc), undefined, doc.lines());
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

  /** Runs `run` on the document's latest version `delay` ms from now (0: in this turn of the event loop); an earlier pending run is replaced. */
  schedule(doc: LineDocument, run: (current: LineDocument) => void, delay = 0): void {
    this.timers.get(doc.uri)?.cancel();
    const fire = (): void => {
      this.timers.delete(doc.uri);
      // Only the latest version is analysed: an older edit's run was replaced above,
      // and a version already followed by one read from the client waits for it.
      const current = this.documents.get(doc.uri);
      if (current && !this.superseded(current.uri, current.version)) run(current);
    };
    if (delay <= 0) {
      const h = setImmediate(fire);
      this.timers.set(doc.uri, { cancel: () => clearImmediate(h) });
    } else {
      const h = setTimeout(fire, delay);
      this.timers.set(doc.uri, { cancel: () => clearTimeout(h) });
    }
  }

  /** Forgets a closed document: its pending run, its analysis and its job. */
  forget(uri: string): void {
    this.timers.get(uri)?.cancel();
    this.timers.delete(uri);
    this.lastEdit.delete(uri);
    this.done.delete(uri);
    this.jobs.delete(uri);
  }
}
