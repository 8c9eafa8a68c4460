/**
 * The facade of the pure core: one object that the language server, the CLI and
 * the tests call. Positions here are document positions (0-based line, UTF-16
 * character), the same shape as LSP's, but no protocol type is imported.
 */
import { scanMarkdown, splitLines, type BlockLine, type CodeRange } from './fences';
import { LIMITS } from './limits';
import { parseDesign } from './parser';
import { checkDesign } from './rules/index';
import type { Design, Finding, Localized, Severity, Span } from './types';

export interface Pos {
  line: number;
  character: number;
}
export interface Range {
  start: Pos;
  end: Pos;
}

export type DocumentKind = 'markdown' | 'topology';

/** Severity overrides by rule id, as in the `infraNotes.rules` setting. */
export type RuleConfig = Record<string, Severity | 'off'>;

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
}

/** A finding placed in the document. */
export interface DocFinding {
  rule: string;
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
}

/** Turns a block-relative span into a document range. */
export function toRange(entry: { firstLine: number }, span: Span): Range {
  const line = entry.firstLine + span.line;
  return { start: { line, character: span.start }, end: { line, character: span.end } };
}

/** Looks like binary data rather than text: NUL bytes or many replacement characters. */
function binaryShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (!sample.length) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return bad / sample.length;
}

/** Analyses documents; blocks are cached by content, so an edit re-analyses only the block it touched. */
export class TopologyService {
  private cache = new Map<string, CacheEntry>();

  /** Parses and checks every design of a document. Never throws on user input. */
  analyze(text: string, kind: DocumentKind = 'markdown'): DocumentAnalysis {
    const lines = splitLines(text);
    const documentFindings: DocFinding[] = [];
    if (binaryShare(text) > 0.1) {
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
      const entry = this.entry(0, -1, 0, null, { title: '', titleStart: 0, titleEnd: 0, closed: true, lines: lines.map((t) => ({ text: t, col: 0 })) });
      return { kind, lines, designs: [entry], code: [], documentFindings };
    }
    const { blocks, code } = scanMarkdown(text, lines);
    const designs: DesignEntry[] = [];
    const used = new Set<string>();
    blocks.forEach((b, index) => {
      if (index >= LIMITS.designsPerDocument) return;
      const src = { title: b.title, titleStart: b.titleStart, titleEnd: b.titleEnd, closed: b.closeLine !== null, lines: b.lines };
      designs.push(this.entry(index, b.fenceLine, b.firstLine, b.closeLine, src, used));
    });
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
    // Forget blocks that no longer exist once the cache outgrows what documents use.
    if (this.cache.size > 4 * Math.max(used.size, 256)) {
      for (const k of [...this.cache.keys()]) if (!used.has(k)) this.cache.delete(k);
    }
    return { kind, lines, designs, code, documentFindings };
  }

  private entry(
    index: number,
    fenceLine: number,
    firstLine: number,
    closeLine: number | null,
    src: { title: string; titleStart: number; titleEnd: number; closed: boolean; lines: BlockLine[] },
    used?: Set<string>,
  ): DesignEntry {
    const key = cacheKey(src);
    used?.add(key);
    let hit = this.cache.get(key);
    if (!hit) {
      const design = parseDesign(src);
      let ruleFindings: Finding[] = [];
      try {
        ruleFindings = design.nodes.size <= LIMITS.nodesPerDesign ? checkDesign(design) : [];
      } catch (err) {
        // A rule must never take the editor down; say what happened instead.
        ruleFindings = [
          {
            rule: 'internal-error',
            severity: 'error',
            span: { line: -1, start: src.titleStart, end: src.titleEnd },
            message: {
              en: `Infra Notes could not finish checking this design (${String(err)}). Please report it.`,
              ko: `Infra Notes가 이 설계의 검사를 끝내지 못했습니다(${String(err)}). 알려 주세요.`,
            },
          },
        ];
      }
      hit = { design, findings: [...design.findings, ...ruleFindings] };
      this.cache.set(key, hit);
    }
    return { index, design: hit.design, fenceLine, firstLine, closeLine, findings: hit.findings };
  }

  /** Findings placed in the document, with severities from `config` and in-block suppressions applied. */
  findings(analysis: DocumentAnalysis, config: RuleConfig = {}): DocFinding[] {
    const out: DocFinding[] = [];
    for (const f of analysis.documentFindings) {
      const sev = config[f.rule];
      if (sev === 'off') continue;
      out.push(sev ? { ...f, severity: sev } : f);
    }
    for (const entry of analysis.designs) {
      let count = 0;
      for (const f of entry.findings) {
        const sev = config[f.rule] ?? f.severity;
        if (sev === 'off' || isSuppressed(entry.design, f)) continue;
        count++;
        if (count > LIMITS.findingsPerDesign) continue;
        const df: DocFinding = {
          rule: f.rule,
          severity: sev,
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
    for (const c of analysis.code) if (line >= c.start && line < c.end) return false;
    return true;
  }
}

/** The last document line of a design's block (its closing fence, or the end). */
export function lastLine(d: DesignEntry, lineCount: number): number {
  if (d.closeLine !== null) return d.closeLine;
  return Math.max(d.firstLine + d.design.lineCount - 1, d.fenceLine, Math.min(d.firstLine, lineCount - 1));
}

function cacheKey(src: { title: string; lines: BlockLine[] }): string {
  let k = src.title + '\u0000';
  for (const l of src.lines) k += l.col + '\u0001' + l.text + '\n';
  return k;
}

function isSuppressed(design: Design, f: Finding): boolean {
  for (const s of design.suppressions) {
    const covers = s.scope === 'next-line' ? f.span.line === s.line + 1 : f.span.line > s.line;
    if (covers && (s.rules.length === 0 || s.rules.includes(f.rule))) return true;
  }
  return false;
}
