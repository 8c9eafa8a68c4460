/**
 * The facade of the pure core: one object that the language server, the CLI and
 * the tests call. Positions here are document positions (0-based line, UTF-16
 * character), the same shape as LSP's, but no protocol type is imported.
 */
import { rescanMarkdown, scanMarkdown, splitLines, type BlockLine, type CodeRange, type MarkdownScan } from '../syntax/fences';
import { LIMITS } from '../syntax/limits';
import { analyzeDesign, analyzeDesignSteps } from '../rules/checked';
import type { Design, Finding, Localized, Severity, Span, Suppression } from '../syntax/ast';
import type { RuleId } from '../syntax/codes';
import { applyRuleConfig, type RuleConfig } from '../rules/config';
import { drain } from '../shared/drain';

export interface Pos {
  line: number;
  character: number;
}
export interface Range {
  start: Pos;
  end: Pos;
}

export type DocumentKind = 'markdown' | 'topology';

export type { RuleConfig };

/** One design of a document: where it is and what the core made of it. */
export interface DesignEntry {
  index: number;
  design: Design;
  /** Document line of the opening fence (-1 in a .topology file). */
  fenceLine: number;
  /** Document line of the first content line. */
  firstLine: number;
  /** Document line of the closing fence, or null when unclosed / a .topology file. */
  closeLine: number | null;
  /** Syntax, reference and rule findings, block-relative, before config and suppressions. */
  findings: Finding[];
}

export interface DocumentAnalysis {
  kind: DocumentKind;
  lines: string[];
  designs: DesignEntry[];
  /** Code blocks of any language (not prose). */
  code: CodeRange[];
  /** Findings about the document as a whole (e.g. binary content). */
  documentFindings: DocFinding[];
  /** The block-level scan of a Markdown document, so the next version can be scanned incrementally. */
  scan?: MarkdownScan;
}

/** A finding placed in the document. */
export interface DocFinding {
  rule: RuleId;
  severity: Severity;
  range: Range;
  message: Localized;
  related: { range: Range; message: Localized }[];
  designIndex: number;
  data?: Record<string, unknown>;
}

interface CacheEntry {
  design: Design;
  findings: Finding[];
  /** The block's line count: what the entry weighs in the cache's budget. */
  lines: number;
  /** The lines analysed: a key is a hash, so a hit is confirmed against them. */
  source: BlockLine[];
}

/**
 * Lines of cached designs kept beyond those the latest analysis used (older
 * versions of a block being typed in, blocks of other documents). An entry costs
 * about 1 KB of memory per line: typing in a 3,000-line design makes a new entry per
 * keystroke, so the cache is bounded by lines, not by entries.
 */
const SPARE_CACHED_LINES = 20_000;

/** Turns a block-relative span into a document range. */
export { analyzeDesign, analyzeDesignSteps };

export function toRange(entry: { firstLine: number }, span: Span): Range {
  // The fence line (-1) of a .topology file, which has none, is its first line.
  const line = Math.max(0, entry.firstLine + span.line);
  return { start: { line, character: span.start }, end: { line, character: span.end } };
}

/** Whether two designs' suppression comments hide the same findings (a comment edit re-parses the design, not its findings). */
export function sameSuppressions(a: readonly Suppression[], b: readonly Suppression[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.scope !== y.scope || x.line !== y.line || x.rules.length !== y.rules.length || x.rules.some((r, k) => r !== y.rules[k])) return false;
  }
  return true;
}

/**
 * Looks like binary data rather than text: the share of NUL bytes, replacement
 * characters and control characters in the first 65,536 characters (line breaks
 * count as text). Reads the lines in place: no joined copy per analysis.
 */
function binaryShare(lines: readonly string[]): number {
  const LIMIT = 65536;
  let seen = 0;
  let bad = 0;
  for (let l = 0; l < lines.length && seen < LIMIT; l++) {
    if (l > 0) seen++; // the line break
    const t = lines[l]!;
    const n = Math.min(t.length, LIMIT - seen);
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 12)) bad++;
    }
    seen += n;
  }
  return seen ? bad / seen : 0;
}

/** Analyses documents; blocks are cached by content, so an edit re-analyses only the block it touched. */
export interface ServiceOptions {
  /**
   * Designs with more nodes than this get no goal checks (rto/rpo/availability-not-met),
   * which run the failure sweep, but one `too-large` finding on the goal instead.
   * The editor keeps it at LIMITS.estimateNodes so typing never waits for a sweep; the
   * command line raises it to check everything.
   */
  estimateNodeLimit?: number;
}

/**
 * How much work the service has done since it was made: the language server
 * answers `infraNotes/stats` with it, so tests and the benchmark can prove that a
 * request (a cursor move, a hover) reuses the analysis instead of redoing it.
 */
export interface ServiceStats {
  /** Documents analysed (one per document version the server needed). */
  analyses: number;
  /** Markdown scans from the top of the note. */
  fullScans: number;
  /** Markdown scans that started from the previous version's scan (only around the changed lines). */
  rescans: number;
  /** Designs parsed and checked (the others came from the cache, unchanged). */
  designsAnalysed: number;
}

export class TopologyService {
  private readonly estimateNodeLimit: number;
  readonly stats: ServiceStats = { analyses: 0, fullScans: 0, rescans: 0, designsAnalysed: 0 };

  constructor(options: ServiceOptions = {}) {
    this.estimateNodeLimit = options.estimateNodeLimit ?? LIMITS.estimateNodes;
  }

  /** Analysed designs by block content, least recently used first. */
  private cache = new Map<string, CacheEntry>();
  /** The sum of the cached entries' lines. */
  private cachedLines = 0;
  /** Cache keys of block line arrays already seen: an unchanged block keeps its array across versions. */
  private keys = new WeakMap<BlockLine[], string>();

  /**
   * Parses and checks every design of a document. Never throws on user input.
   * `text` is the document, or its lines as splitLines gives them (an editor that
   * keeps lines need not join them; the array must not change afterwards).
   * `prev`, the analysis of the previous version of the same document, lets the
   * Markdown scan start from the changed lines instead of the top; the result is
   * the same as without it.
   */
  analyze(text: string | readonly string[], kind: DocumentKind = 'markdown', prev?: DocumentAnalysis, textLines?: readonly string[]): DocumentAnalysis {
    return drain(this.analyzeSteps(text, kind, prev, textLines));
  }

  /**
   * The same analysis in steps: it pauses after each design, so a caller (the
   * language server) can give the event loop a turn, notice a newer version or a
   * cancelled request, and stop. Designs finished before stopping stay cached.
   * `textLines`: the text already split as splitLines does (a caller that keeps
   * the note as lines), so the analysis keeps those strings instead of a second
   * copy of every line.
   */
  *analyzeSteps(text: string | readonly string[], kind: DocumentKind = 'markdown', prev?: DocumentAnalysis, textLines?: readonly string[]): Generator<void, DocumentAnalysis, void> {
    this.stats.analyses++;
    const lines = typeof text === 'string' ? ((textLines as string[] | undefined) ?? splitLines(text)) : (text as string[]);
    const documentFindings: DocFinding[] = [];
    if (binaryShare(lines) > 0.1) {
      documentFindings.push({
        rule: 'not-text',
        severity: 'warning',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(lines[0]?.length ?? 0, 1) } },
        message: {
          en: 'This file looks like binary data, not a note: topology blocks in it may not be found.',
          ko: '이 파일은 노트가 아니라 바이너리 데이터로 보입니다. 토폴로지 블록을 찾지 못할 수 있습니다.',
        },
        related: [],
        designIndex: -1,
      });
    }
    if (kind === 'topology') {
      const used = new Set<string>();
      const before = prev?.kind === 'topology' ? prev.designs[0] : undefined;
      const entry = yield* this.entry(0, -1, 0, null, { title: '', titleStart: 0, titleEnd: 0, closed: true, lines: lines.map((t) => ({ text: t, col: 0 })) }, used, before);
      this.evict(used);
      return { kind, lines, designs: [entry], code: [], documentFindings };
    }
    const incremental = !!(prev && prev.kind === 'markdown' && prev.scan);
    if (incremental) this.stats.rescans++;
    else this.stats.fullScans++;
    const scan = incremental ? rescanMarkdown(prev!.scan!, prev!.lines, lines) : scanMarkdown(typeof text === 'string' ? text : '', lines);
    const { blocks, code } = scan;
    const designs: DesignEntry[] = [];
    const used = new Set<string>();
    for (let index = 0; index < blocks.length && index < LIMITS.designsPerDocument; index++) {
      const b = blocks[index]!;
      const src = { title: b.title, titleStart: b.titleStart, titleEnd: b.titleEnd, closed: b.closeLine !== null, lines: b.lines };
      // The same block in the previous version (by position among the blocks): its unchanged lines are reused.
      const before = incremental ? prev!.designs[index] : undefined;
      designs.push(yield* this.entry(index, b.fenceLine, b.firstLine, b.closeLine, src, used, before));
      yield;
    }
    if (blocks.length > LIMITS.designsPerDocument) {
      const b = blocks[LIMITS.designsPerDocument]!;
      documentFindings.push({
        rule: 'too-many-findings',
        severity: 'info',
        range: { start: { line: b.fenceLine, character: 0 }, end: { line: b.fenceLine, character: (lines[b.fenceLine] ?? '').length } },
        message: {
          en: `Only the first ${LIMITS.designsPerDocument} designs of a note are checked; ${blocks.length - LIMITS.designsPerDocument} more are not.`,
          ko: `한 노트에서 처음 ${LIMITS.designsPerDocument}개 설계만 검사합니다. 나머지 ${blocks.length - LIMITS.designsPerDocument}개는 검사하지 않았습니다.`,
        },
        related: [],
        designIndex: -1,
      });
    }
    this.evict(used);
    return { kind, lines, designs, code, documentFindings, scan };
  }

  /** One design's entry, from the cache or analysed (in steps: a large design's estimate pauses between its losses). */
  private *entry(
    index: number,
    fenceLine: number,
    firstLine: number,
    closeLine: number | null,
    src: { title: string; titleStart: number; titleEnd: number; closed: boolean; lines: BlockLine[] },
    used?: Set<string>,
    before?: DesignEntry,
  ): Generator<void, DesignEntry, void> {
    // A .topology file's design (fenceLine -1) places some findings differently: never share its entry.
    const head = `${fenceLine < 0 ? '\u0002' : ''}${src.title}\u0000${src.titleStart},${src.titleEnd},${src.closed ? 1 : 0}\u0000`;
    let key = this.keys.get(src.lines);
    if (key === undefined || !key.startsWith(head)) {
      key = head + linesHash(src.lines);
      this.keys.set(src.lines, key);
    }
    used?.add(key);
    let hit = this.cache.get(key);
    if (hit && hit.source !== src.lines && !sameLines(hit.source, src.lines)) {
      // Two blocks with the same hash: the newer one takes the entry.
      this.cache.delete(key);
      this.cachedLines -= hit.lines;
      hit = undefined;
    }
    if (hit) {
      // Most recently used last: eviction takes the oldest first.
      this.cache.delete(key);
      this.cache.set(key, hit);
    } else {
      this.stats.designsAnalysed++;
      const a = yield* analyzeDesignSteps(src, { fenceLine, estimateNodeLimit: this.estimateNodeLimit, prev: before });
      // Another document's analysis may have cached the same block while this one paused.
      const old = this.cache.get(key);
      if (old) this.cachedLines -= old.lines;
      hit = { design: a.design, findings: a.findings, lines: src.lines.length, source: src.lines };
      this.cache.set(key, hit);
      this.cachedLines += hit.lines;
    }
    return { index, design: hit.design, fenceLine, firstLine, closeLine, findings: hit.findings };
  }

  /**
   * Forgets the least recently used designs that `used` (the latest analysis's) does
   * not hold, until the cache holds at most SPARE_CACHED_LINES lines (or as many as
   * used) beyond them.
   */
  private evict(used: Set<string>): void {
    let usedLines = 0;
    for (const k of used) usedLines += this.cache.get(k)?.lines ?? 0;
    const budget = usedLines + Math.max(SPARE_CACHED_LINES, usedLines);
    if (this.cachedLines <= budget) return;
    for (const [k, e] of this.cache) {
      if (this.cachedLines <= budget) break;
      if (used.has(k)) continue;
      this.cache.delete(k);
      this.cachedLines -= e.lines;
    }
  }

  /** Cached designs and their lines (for tests of the cache's bound). */
  cacheSize(): { entries: number; lines: number } {
    return { entries: this.cache.size, lines: this.cachedLines };
  }

  /** Findings placed in the document, with severities from `config` and in-block suppressions applied. */
  findings(analysis: DocumentAnalysis, config: RuleConfig = {}): DocFinding[] {
    const out = this.documentFindings(analysis, config);
    for (const entry of analysis.designs) for (const f of this.designFindings(analysis, entry, config)) out.push(f);
    return out;
  }

  /** The findings about the note rather than one of its designs (binary content, too many designs…), with `config` applied. */
  documentFindings(analysis: DocumentAnalysis, config: RuleConfig = {}): DocFinding[] {
    const out: DocFinding[] = [];
    for (const f of analysis.documentFindings) {
      const sev = config[f.rule];
      if (sev === 'off') continue;
      out.push(sev ? { ...f, severity: sev } : f);
    }
    return out;
  }

  /**
   * One design's findings placed in the document, as `findings` lists them for it:
   * what a panel shows for the design at the cursor, without going through the others.
   */
  designFindings(analysis: DocumentAnalysis, entry: DesignEntry, config: RuleConfig = {}): DocFinding[] {
    const out: DocFinding[] = [];
    const shown = applyRuleConfig(entry.design, entry.findings, config);
    const count = shown.length;
    for (const f of shown.slice(0, LIMITS.findingsPerDesign)) {
      const df: DocFinding = {
        rule: f.rule,
        severity: f.severity,
        range: toRange(entry, f.span),
        message: f.message,
        related: (f.related ?? []).map((r) => ({ range: toRange(entry, r.span), message: r.message })),
        designIndex: entry.index,
      };
      if (f.data) df.data = f.data;
      out.push(df);
    }
    if (count > LIMITS.findingsPerDesign) {
      const line = entry.fenceLine >= 0 ? entry.fenceLine : 0;
      out.push({
        rule: 'too-many-findings',
        severity: 'info',
        range: { start: { line, character: 0 }, end: { line, character: (analysis.lines[line] ?? '').length } },
        message: {
          en: `This design has ${count} problems; only the first ${LIMITS.findingsPerDesign} are listed.`,
          ko: `이 설계에는 문제가 ${count}개 있습니다. 처음 ${LIMITS.findingsPerDesign}개만 보여 줍니다.`,
        },
        related: [],
        designIndex: entry.index,
      });
    }
    return out;
  }

  /** The design whose block (fence lines included) contains a document line. */
  designAt(analysis: DocumentAnalysis, line: number): DesignEntry | undefined {
    const ds = analysis.designs;
    let lo = 0;
    let hi = ds.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = ds[mid]!;
      const end = lastLine(d, analysis.lines.length);
      if (line < d.fenceLine) hi = mid - 1;
      else if (line > end) lo = mid + 1;
      else return d;
    }
    return undefined;
  }

  /** Whether a document line is prose (outside every code block). */
  isProse(analysis: DocumentAnalysis, line: number): boolean {
    if (analysis.kind === 'topology') return false;
    for (const c of analysis.code) {
      if (line < c.start || line >= c.end) continue;
      // A plain-text fence's content is prose; its fence lines are not.
      return !!c.prose && line > c.start && !/^\s*(?:`{3,}|~{3,})\s*$/.test(analysis.lines[line] ?? '');
    }
    return true;
  }
}

/** The last document line of a design's block (its closing fence, or the end). */
export function lastLine(d: DesignEntry, lineCount: number): number {
  if (d.closeLine !== null) return d.closeLine;
  return Math.max(d.firstLine + d.design.lineCount - 1, d.fenceLine, Math.min(d.firstLine, lineCount - 1));
}

/**
 * A 64-bit hash of a block's lines (two 32-bit FNV-1a passes with different seeds),
 * as the cache key: keying by the text itself kept a second copy of every design's
 * text in memory. A hit is confirmed line by line (sameLines), so a collision costs
 * an analysis, never a wrong answer.
 */
function linesHash(lines: BlockLine[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ lines.length;
  for (const l of lines) {
    h1 = Math.imul(h1 ^ l.col, 0x01000193);
    h2 = Math.imul(h2 ^ (l.col + 0x9e37), 0x85ebca6b);
    const t = l.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0xc2b2ae35);
    }
    h1 = Math.imul(h1 ^ 0x0a, 0x01000193);
    h2 = Math.imul(h2 ^ 0x0a, 0xc2b2ae35);
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${lines.length}`;
}

function sameLines(a: BlockLine[], b: BlockLine[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.text !== b[i]!.text || a[i]!.col !== b[i]!.col) return false;
  return true;
}
