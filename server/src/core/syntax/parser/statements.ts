import type { BlockLine } from '../fences';
import { CODES, CONFIGURABLE_RULE_IDS, type LanguageCodeId } from '../codes';
import { LineLexer, type Tok } from '../lexer';
import { LIMITS } from '../limits';
import { attrsOf, COMMON_ATTRS, GOAL_ATTRS, KINDS, kindWords, lookupKind, STEP_KEYWORDS } from '../schema';
import { didYouMean } from '../suggest';
import type {
  Attr,
  Design,
  Edge,
  Finding,
  Goal,
  ListItem,
  Localized,
  Place,
  Reference,
  Role,
  Scenario,
  Span,
  Step,
  Target,
  TopologyNode,
} from '../ast';
import { isValidName, isValidPlaceName, isValidScenarioName, parseDuration } from '../values';
import { boolOf, numberOf, textOf } from '../attrs';
import { resolveReferences, WHAT_SCENARIO_PLACE, type NameTable, type RefSource } from './names';
import { attrSpecOf, checkValue, NO_ITEMS, type AttrWithItems, type ValueSink } from './values';
import { codeJosa, josa, particle } from '../../shared/josa';
import { L } from '../../shared/localized';


// What a name or a reference is, for messages (shared: only read).
const WHAT_NODE_NAME = L('node name', '노드 이름');
const WHAT_ZONE_NAME = L('zone name', '존 이름');
const WHAT_REGION_NAME = L('region name', '리전 이름');
const WHAT_SCENARIO_NAME = L('scenario name', '시나리오 이름');
const WHAT_EDGE = L('this edge', '이 연결');
const WHAT_SCENARIO = L('this scenario', '이 시나리오');

// The attributes deriveNode reads, recorded as nodeAttr stores them (no pass over the map).
const SLOT_REPLICAS = 0;
const SLOT_ZONE = 1;
const SLOT_ZONES = 2;
const SLOT_REGION = 3;
const SLOT_MANAGED = 4;
const SLOT_AVAILABILITY = 5;
const SLOT_LABEL = 6;
const SLOT_OF = 7;
const SLOT_PRIMARY = 8;
const SLOT_STANDBY = 9;
const SLOT_REPLICA = 10;
const SLOT_ROLE = 11;
const SLOT_OF_KEY = new Map<string, number>([
  ['replicas', SLOT_REPLICAS],
  ['zone', SLOT_ZONE],
  ['zones', SLOT_ZONES],
  ['region', SLOT_REGION],
  ['managed', SLOT_MANAGED],
  ['availability', SLOT_AVAILABILITY],
  ['label', SLOT_LABEL],
  ['of', SLOT_OF],
  ['primary', SLOT_PRIMARY],
  ['standby', SLOT_STANDBY],
  ['replica', SLOT_REPLICA],
  ['role', SLOT_ROLE],
]);

/** Attribute values with a list of items (the items are kept for references). */

/** The text of a design to parse: its content lines and fence facts. */
export interface DesignSource {
  title: string;
  titleStart: number;
  titleEnd: number;
  closed: boolean;
  lines: BlockLine[];
}


/**
 * What one node or edge line produced, kept with the design so the next version of
 * the block can reuse it when the line is unchanged (the same text and column at
 * the same index: every span in it is block-relative, so it is exactly what parsing
 * the line again would give). Lines whose meaning depends on other lines (a second
 * goal, a duplicate zone or scenario, a suppression comment) are not recorded; a
 * node's duplicate-name check runs again on every reuse.
 */
export interface LineRecord {
  text: string;
  col: number;
  /** The line's own findings, in order (not the duplicate-name finding, decided on commit). */
  findings: Finding[];
  refs: Reference[];
  refWhat: RefSource[];
  edges: Edge[];
  node: TopologyNode | null;
  /** Where the line's last token ends (document column), how many tokens and full-width marks it has. */
  tokEnd: number;
  tokCount: number;
  wideCount: number;
}

const LINE_RECORDS = Symbol('lineRecords');
/** A suppression comment (the text after `#`). */
const DIRECTIVE = /^\s*infra-notes-disable(-next-line)?(?:\s+(.*))?$/;
const SAME_MEANING = Symbol('sameMeaning');

/** The line records of a parsed design (not enumerable: tests that compare designs ignore them). */
export function lineRecordsOf(d: Design): readonly (LineRecord | null)[] | undefined {
  return (d as Design & { [LINE_RECORDS]?: (LineRecord | null)[] })[LINE_RECORDS];
}

/**
 * The earlier design this one means exactly the same as (every line reused, or
 * changed only after its last token: a comment, trailing spaces), or undefined.
 * Its analysis holds for this design too.
 */
export function sameMeaningAs(d: Design): Design | undefined {
  return (d as Design & { [SAME_MEANING]?: Design })[SAME_MEANING];
}

/** Shared by records with nothing of a kind (most lines have no findings, a node line no edges). */
const NONE: never[] = [];
function sliceOrNone<T>(xs: T[], from: number, to: number): T[] {
  return to > from ? xs.slice(from, to) : NONE;
}

class DesignParser implements ValueSink, NameTable {
  readonly findings: Finding[] = [];
  readonly nodes = new Map<string, TopologyNode>();
  readonly edges: Edge[] = [];
  readonly refs: Reference[] = [];
  readonly zones = new Map<string, Place>();
  readonly regions = new Map<string, Place>();
  readonly scenarios: Scenario[] = [];
  readonly suppressions: Design['suppressions'] = [];
  goal: Goal | null = null;
  /** Per reference in `refs` (same index): where it comes from (WHAT_SCENARIO_PLACE: a place a scenario step names). */
  readonly refWhat: RefSource[] = [];
  private readonly scenarioNames = new Set<string>();
  private readonly lexer = new LineLexer();
  /** Lexes a changed line to see whether it changed only after its last token. */
  private readonly tailLexer = new LineLexer();
  /** The attributes deriveNode reads, of the node being parsed (by SLOT_OF_KEY). */
  private readonly slots: (Attr | undefined)[] = new Array<Attr | undefined>(SLOT_OF_KEY.size).fill(undefined);
  private line = 0;
  /** The line being parsed and the column its text starts at (token positions include it). */
  private lineText = '';
  private lineCol = 0;
  /** Whether the line being parsed may be recorded for reuse (only node and edge lines without a directive). */
  private recordable = false;
  /** The node the line being parsed declares, and the findings count before its duplicate-name check. */
  private lineNode: TopologyNode | null = null;
  private lineFindingsEnd = -1;

  /** Records a use of a name; resolve() checks it once every declaration is known. */
  addRef(kind: 'node' | 'zone' | 'region', name: string, span: Span, what: RefSource): void {
    this.refs.push({ kind, name, span });
    this.refWhat.push(what);
  }

  report(rule: LanguageCodeId, span: Span, message: Localized, data?: Record<string, unknown>): void {
    const f: Finding = { rule, severity: CODES[rule].severity, span, message };
    if (data) f.data = data;
    this.findings.push(f);
  }

  /** Points the last finding at the first declaration. */
  private relateLast(span: Span): void {
    const f = this.findings[this.findings.length - 1]!;
    f.related = [{ span, message: L('first declared here', '처음 선언된 곳') }];
  }

  span(t: { start: number; end: number }): Span {
    return { line: this.line, start: t.start, end: t.end };
  }

  /**
   * `record`: keep what each line produced (lineRecordsOf), so the next version
   * can reuse it. `prevDesign`: reuse its records where a line is unchanged.
   */
  parse(src: DesignSource, prevDesign: Design | undefined, record: boolean): Design {
    const lines = src.lines;
    const prev = prevDesign ? lineRecordsOf(prevDesign) : undefined;
    const records: (LineRecord | null)[] | null = record ? new Array<LineRecord | null>(lines.length) : null;
    // Whether every line means what the same line of prevDesign meant.
    let same = !!prev && prev.length === lines.length;
    for (let i = 0; i < lines.length; i++) {
      this.line = i;
      const bl = lines[i]!;
      const old = prev?.[i];
      if (!records) {
        this.parseLine(bl);
        continue;
      }
      if (old && old.text === bl.text && old.col === bl.col) {
        this.replay(old);
        records[i] = old;
        continue;
      }
      const tail = old ? this.tailEdit(old, bl) : null;
      if (tail) {
        this.replay(tail);
        records[i] = tail;
        continue;
      }
      const rec = (records[i] = this.parseAndRecord(bl));
      if (same) {
        // An unrecorded line (goal, zone, scenario, directive) means the same only when it reads the same.
        const was = prevDesign!.source[i];
        same = old === null && rec === null && was !== undefined && was.text === bl.text && was.col === bl.col;
      }
    }
    resolveReferences(this);
    const design: Design = {
      title: src.title,
      titleSpan: src.title ? { line: -1, start: src.titleStart, end: src.titleEnd } : null,
      lineCount: src.lines.length,
      closed: src.closed,
      nodes: this.nodes,
      edges: this.edges,
      refs: this.refs,
      zones: this.zones,
      regions: this.regions,
      goal: this.goal,
      scenarios: this.scenarios,
      suppressions: this.suppressions,
      findings: this.findings,
      source: src.lines,
    };
    if (records) Object.defineProperty(design, LINE_RECORDS, { value: records, enumerable: false });
    if (same) Object.defineProperty(design, SAME_MEANING, { value: prevDesign, enumerable: false });
    return design;
  }

  /**
   * A node or edge line changed only after its last token (a comment typed or
   * edited, trailing spaces): the same tokens at the same columns, the same text up
   * to them, no suppression comment. Then it produces exactly what it did: the old
   * record with the new text. Otherwise null.
   */
  private tailEdit(old: LineRecord, bl: BlockLine): LineRecord | null {
    if (old.col !== bl.col || bl.text.length > LIMITS.lineLength) return null;
    const upTo = old.tokEnd - bl.col;
    if (bl.text.length < upTo || bl.text.slice(0, upTo) !== old.text.slice(0, upTo)) return null;
    const lx = this.tailLexer;
    lx.lex(bl.text, bl.col);
    const n = lx.toks.length;
    if (n !== old.tokCount || (n > 0 && lx.toks[n - 1]!.end !== old.tokEnd) || lx.wide.length !== old.wideCount) return null;
    if (lx.comment !== null && DIRECTIVE.test(lx.comment)) return null;
    return { ...old, text: bl.text };
  }

  /** Parses a line; returns what it produced when it is a node or edge line that can be reused. */
  private parseAndRecord(bl: BlockLine): LineRecord | null {
    const f0 = this.findings.length;
    const r0 = this.refs.length;
    const e0 = this.edges.length;
    this.recordable = false;
    this.lineNode = null;
    this.lineFindingsEnd = -1;
    this.parseLine(bl);
    if (!this.recordable) return null;
    const toks = this.lexer.toks;
    return {
      text: bl.text,
      col: bl.col,
      tokEnd: toks.length ? toks[toks.length - 1]!.end : bl.col,
      tokCount: toks.length,
      wideCount: this.lexer.wide.length,
      findings: sliceOrNone(this.findings, f0, this.lineNode ? this.lineFindingsEnd : this.findings.length),
      refs: sliceOrNone(this.refs, r0, this.refs.length),
      refWhat: sliceOrNone(this.refWhat, r0, this.refWhat.length),
      edges: sliceOrNone(this.edges, e0, this.edges.length),
      node: this.lineNode,
    };
  }

  /** Adds what an unchanged line produced last time, as parsing it again would. */
  private replay(r: LineRecord): void {
    for (const f of r.findings) this.findings.push(f);
    for (let k = 0; k < r.refs.length; k++) {
      this.refs.push(r.refs[k]!);
      this.refWhat.push(r.refWhat[k]!);
    }
    for (const e of r.edges) this.edges.push(e);
    if (r.node) this.commitNode(r.node);
  }

  private parseLine(bl: BlockLine): void {
    if (bl.text.length > LIMITS.lineLength) {
      this.report(
        'syntax',
        { line: this.line, start: bl.col, end: bl.col + Math.min(bl.text.length, 80) },
        L(
          `This line has ${bl.text.length} characters; lines longer than ${LIMITS.lineLength} are not read. Split it into several statements.`,
          `이 줄은 ${bl.text.length}자입니다. ${LIMITS.lineLength}자보다 긴 줄은 읽지 않습니다. 여러 문장으로 나누세요.`,
        ),
      );
      return;
    }
    const lx = this.lexer;
    this.lineText = bl.text;
    this.lineCol = bl.col;
    lx.lex(bl.text, bl.col);
    const toks = lx.toks;
    // An edge's label (everything after its first `:`) is text: an arrow or a comma typed there (`u -> a : 조회 → 결과`)
    // is not read as anything, so it is not reported (round 62 r07).
    let labelFrom = Infinity;
    if (lx.hasArrow) for (const t of toks) if (t.k === 'colon') { labelFrom = t.end; break; }
    for (const w of lx.wide) {
      if (w.start >= labelFrom) continue;
      const arrow = w.ascii === '->';
      this.report(
        'full-width-punctuation',
        this.span(w),
        L(
          `\`${w.text}\` is read as \`${w.ascii}\`${arrow ? ' (an edge)' : ''}; the language uses the ASCII \`${w.ascii}\`. Did you mean \`${w.ascii}\`? (A Korean input method types full-width punctuation: switch to English input.)`,
          `\`${w.text}\`${particle(w.text, '은/는')} \`${w.ascii}\`${particle(w.ascii, '으로/로')} 읽었습니다${arrow ? '(연결)' : ''}. 이 언어는 ASCII \`${w.ascii}\`${particle(w.ascii, '을/를')} 씁니다. \`${w.ascii}\`${particle(w.ascii, '을/를')} 쓰려던 건가요? (한글 입력 상태에서는 전각 문장 부호가 입력되니 영문 입력으로 바꿔 쓰세요.)`,
        ),
        { typed: w.text, replace: w.ascii },
      );
    }
    const directive = lx.comment !== null && this.parseDirective(lx.comment, lx.commentStart + 1);
    if (toks.length === 0) return;
    const first = toks[0]!;
    if (lx.hasArrow) {
      this.recordable = !directive;
      return this.parseEdge(toks);
    }
    if (first.k === 'word' && toks[1]?.k !== 'colon') {
      switch (first.text) {
        case 'goal':
          return this.parseGoal(toks);
        case 'region':
        case 'zone':
          return this.parsePlace(toks, first.text);
        case 'scenario':
          return this.parseScenario(toks);
      }
    }
    if (first.k === 'word' && toks[1]?.k === 'colon') {
      this.recordable = !directive;
      return this.parseNode(toks);
    }
    if (first.k === 'word' && toks.length === 1) {
      this.report(
        'syntax',
        this.span(first),
        L(
          `\`${first.text}\` alone is not a statement. Declare a node (\`${first.text}: KIND\`) or an edge (\`${first.text} -> OTHER\`).`,
          `\`${first.text}\`만으로는 문장이 되지 않습니다. 노드(\`${first.text}: KIND\`, KIND는 종류)나 연결(\`${first.text} -> OTHER\`, OTHER는 다른 노드)을 쓰세요.`,
        ),
        { expected: 'statement' },
      );
      return;
    }
    this.report(
      'syntax',
      this.span({ start: first.start, end: toks[toks.length - 1]!.end }),
      L(
        'Not a statement. Expected `NAME: KIND …`, `A -> B`, `goal …`, `region …`, `zone …` or `scenario NAME: …`.',
        '올바른 문장이 아닙니다. `NAME: KIND …`(이름: 종류), `A -> B`, `goal …`, `region …`, `zone …`, `scenario NAME: …` 중 하나를 쓰세요.',
      ),
    );
  }

  /** Reads a suppression comment; true when the comment is one. */
  private parseDirective(comment: string, at: number): boolean {
    const m = DIRECTIVE.exec(comment);
    if (!m) return false;
    const rules: string[] = [];
    // Each id is checked: a misspelt id silences nothing, so it is worth a warning.
    const listStart = m[2] === undefined ? comment.length : comment.length - m[2].length;
    for (const w of (m[2] ?? '').matchAll(/[^\s,]+/g)) {
      const id = w[0];
      rules.push(id);
      if ((CONFIGURABLE_RULE_IDS as readonly string[]).includes(id)) continue;
      const guess = didYouMean(id, CONFIGURABLE_RULE_IDS);
      const start = at + listStart + w.index;
      this.report(
        'unknown-rule',
        this.span({ start, end: start + id.length }),
        L(
          `No rule \`${id}\`: this comment silences nothing.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
          `\`${id}\` 규칙은 없어 이 주석은 아무것도 끄지 않습니다.${guess ? ` ${codeJosa(guess, '을/를')} 뜻했나요?` : ''}`,
        ),
        guess ? { suggestion: guess, name: id } : { name: id },
      );
    }
    this.suppressions.push({ rules, scope: m[1] ? 'next-line' : 'rest', line: this.line });
    return true;
  }

  private checkName(t: Tok, what: Localized, place: false | 'place' | 'scenario' = false): boolean {
    if (t.k !== 'word' || !(place === 'place' ? isValidPlaceName(t.text) : place === 'scenario' ? isValidScenarioName(t.text) : isValidName(t.text))) {
      this.report(
        'syntax',
        this.span(t),
        L(
          `\`${t.text}\` is not a valid ${what.en}: a name starts with a letter and has only letters, digits, -, _ and .`,
          `${codeJosa(t.text, '은/는')} 올바른 ${josa(what.ko, '이/가')} 아닙니다. 이름은 글자로 시작하고 글자, 숫자, -, _, . 만 쓸 수 있습니다.`,
        ),
      );
      return false;
    }
    if (t.text.length > LIMITS.nameLength) {
      this.report(
        'syntax',
        this.span({ start: t.start, end: t.start + 40 }),
        L(
          `This name has ${t.text.length} characters; the limit is ${LIMITS.nameLength}.`,
          `이 이름은 ${t.text.length}자입니다. 최대 ${LIMITS.nameLength}자까지 쓸 수 있습니다.`,
        ),
      );
      return false;
    }
    return true;
  }

  // ---- nodes -------------------------------------------------------------

  private parseNode(toks: Tok[]): void {
    const nameTok = toks[0]!;
    if (!this.checkName(nameTok, WHAT_NODE_NAME)) return;
    const name = nameTok.text;
    const kindTok = toks[2];
    const node: TopologyNode = {
      name,
      nameSpan: this.span(nameTok),
      kind: null,
      kindText: '',
      kindSpan: null,
      attrs: new Map(),
      line: this.line,
      replicas: 1,
      zones: [],
      region: null,
      availability: 0.999,
      managed: false,
      role: null,
      of: null,
      label: null,
    };
    if (!kindTok || kindTok.k !== 'word') {
      this.report(
        'syntax',
        kindTok ? this.span(kindTok) : { line: this.line, start: toks[1]!.start, end: toks[1]!.end },
        L(
          `Expected a kind after \`${name}:\` (${KINDS.map((k) => k.id).join(', ')}).`,
          `\`${name}:\` 다음에 종류를 쓰세요 (${KINDS.map((k) => k.id).join(', ')}).`,
        ),
        { expected: 'kind' },
      );
    } else {
      node.kindText = kindTok.text;
      node.kindSpan = this.span(kindTok);
      const spec = lookupKind(kindTok.text);
      if (spec) {
        node.kind = spec.id;
      } else {
        const place = kindTok.text.toLowerCase();
        if (place === 'zone' || place === 'region') {
          // `사무실: zone`: a place is declared by its own statement, not as a node.
          const ko = place === 'zone' ? '존' : '리전';
          this.report(
            'unknown-kind',
            this.span(kindTok),
            L(
              `\`${place}\` is not a kind of node: a ${place} is declared on a line of its own — \`${place} ${name}\` — and nodes are placed in it with \`${place}=${name}\`.`,
              `${codeJosa(place, '은/는')} 노드의 종류가 아닙니다. ${ko}은 따로 한 줄로 선언하고(\`${place} ${name}\`), 노드는 ${codeJosa(`${place}=${name}`, '으로/로')} 그 안에 둡니다.`,
            ),
            { place },
          );
        } else {
          const guess = didYouMean(kindTok.text, kindWords());
          this.report(
            'unknown-kind',
            this.span(kindTok),
            L(
              `Unknown kind \`${kindTok.text}\`.${guess ? ` Did you mean \`${guess}\`?` : ''} Kinds: ${KINDS.map((k) => k.id).join(', ')}.`,
              `알 수 없는 종류 \`${kindTok.text}\`입니다.${guess ? ` ${codeJosa(guess, '을/를')} 뜻했나요?` : ''} 종류: ${KINDS.map((k) => k.id).join(', ')}.`,
            ),
            guess ? { suggestion: guess } : undefined,
          );
        }
      }
    }
    this.slots.fill(undefined);
    this.parseAttrs(toks, kindTok && kindTok.k === 'word' ? 3 : 2, node, null);
    this.deriveNode(node);
    this.lineNode = node;
    this.lineFindingsEnd = this.findings.length;
    this.commitNode(node);
  }

  /** Declares a parsed node, unless its name is taken (then the first declaration counts). */
  private commitNode(node: TopologyNode): void {
    const name = node.name;
    const prev = this.nodes.get(name);
    if (prev) {
      this.report(
        'duplicate-name',
        node.nameSpan,
        L(
          `\`${name}\` is already declared in this design. Names are unique in a design: rename one of them.`,
          `${codeJosa(name, '은/는')} 이 설계에 이미 선언되었습니다. 설계 안에서 이름은 하나뿐이어야 합니다. 하나의 이름을 바꾸세요.`,
        ),
      );
      this.relateLast(prev.nameSpan);
      return;
    }
    this.nodes.set(name, node);
  }

  /**
   * Reads `key[=value[,value…]]` groups from toks[from…]; gives each attribute to
   * `node` (nodeAttr) or, without a node, to `add`.
   */
  private parseAttrs(toks: Tok[], from: number, node: TopologyNode | null, add: ((a: Attr) => void) | null): void {
    let i = from;
    const line = this.line;
    while (i < toks.length) {
      const t = toks[i]!;
      if (t.k !== 'word') {
        this.report(
          'syntax',
          this.span(t),
          L(`Unexpected \`${t.text}\`: expected an attribute (\`key=value\` or a flag).`, `${codeJosa(t.text, '은/는')} 여기에 올 수 없습니다. 속성(\`key=value\` 또는 플래그)을 쓰세요.`),
        );
        i++;
        continue;
      }
      const key = t.text;
      const keySpan = this.span(t);
      let attr: Attr;
      i++;
      if (i < toks.length && toks[i]!.k === 'eq') {
        const eq = toks[i]!;
        i++;
        // The items, in an array of their exact size (most values have one).
        let first: ListItem | null = null;
        let more: ListItem[] | null = null;
        let count = 0;
        let raw = '';
        let start = -1;
        let end = eq.end;
        let expectItem = true;
        while (i < toks.length) {
          const v = toks[i]!;
          if (expectItem && (v.k === 'word' || v.k === 'string')) {
            // A word with colons inside and no space (`EC:4`, `10.0.0.1:5432`) is one value, not a label after `:`.
            let text = v.text;
            let vEnd = v.end;
            let next = i + 1;
            while (v.k === 'word' && next + 1 < toks.length) {
              const c = toks[next]!;
              const w = toks[next + 1]!;
              if (c.k !== 'colon' || c.start !== vEnd || w.k !== 'word' || w.start !== c.end) break;
              text += ':' + w.text;
              vEnd = w.end;
              next += 2;
            }
            const span = vEnd === v.end ? this.span(v) : { line, start: v.start, end: vEnd };
            if (v.k === 'string' && !v.closed) {
              this.report('syntax', span, L('This string has no closing quote (").', '문자열을 닫는 따옴표(")가 없습니다.'));
            }
            const item: ListItem = { text, span };
            if (count === 0) first = item;
            else if (count === 1) more = [first!, item];
            else more!.push(item);
            count++;
            raw = count === 1 ? text : raw + text;
            if (start < 0) start = v.start;
            end = vEnd;
            expectItem = false;
            i = next;
          } else if (!expectItem && v.k === 'comma') {
            raw += ',';
            end = v.end;
            expectItem = true;
            i++;
          } else break;
        }
        if (count === 0 || expectItem) {
          this.report(
            'syntax',
            { line, start: count ? end : eq.start, end: count ? end : eq.end },
            count
              ? L('A list ends with `,`: add the next item or remove the comma.', '목록이 `,`로 끝납니다. 다음 항목을 쓰거나 쉼표를 지우세요.')
              : L(`Expected a value after \`${key}=\`.`, `\`${key}=\` 다음에 값을 쓰세요.`),
            { expected: 'value', key },
          );
          if (!count) continue;
        }
        const items = count === 1 ? [first!] : more!;
        // One item: the value's span is the item's (the same columns; spans are only read).
        const valueSpan = items.length === 1 && !expectItem ? items[0]!.span : { line, start, end };
        const withItems: AttrWithItems = { key, keySpan, raw, valueSpan, value: null, items };
        attr = withItems;
      } else {
        attr = { key, keySpan, raw: null, valueSpan: null, value: null };
      }
      if (node) this.nodeAttr(node, attr);
      else add!(attr);
    }
  }

  private nodeAttr(node: TopologyNode, attr: Attr): void {
    if (node.attrs.has(attr.key)) {
      this.report(
        'syntax',
        attr.keySpan,
        L(`\`${attr.key}\` is given twice on \`${node.name}\`; the first one counts.`, `\`${node.name}\`에 ${codeJosa(attr.key, '이/가')} 두 번 있습니다. 처음 것만 적용됩니다.`),
      );
      return;
    }
    node.attrs.set(attr.key, attr);
    const slot = SLOT_OF_KEY.get(attr.key);
    if (slot !== undefined) this.slots[slot] = attr;
    if (!node.kind) {
      // The kind is misspelt (reported already); still read what every kind takes.
      const common = COMMON_ATTRS.find((c) => c.key === attr.key);
      if (common) checkValue(this, common, attr);
      return;
    }
    const spec = attrSpecOf(node.kind, attr.key);
    if (!spec) {
      const own = attrsOf(node.kind).map((a) => a.key);
      const guess = didYouMean(attr.key, own);
      const elsewhere = KINDS.filter((k) => k.attrs.some((a) => a.key === attr.key)).map((k) => k.id);
      let en = `\`${node.kind}\` has no attribute \`${attr.key}\`; it is ignored.`;
      let ko = `\`${node.kind}\`에는 \`${attr.key}\` 속성이 없어 무시됩니다.`;
      if (guess) {
        en += ` Did you mean \`${guess}\`?`;
        ko += ` ${codeJosa(guess, '을/를')} 뜻했나요?`;
      } else if (elsewhere.length) {
        en += ` It belongs to ${elsewhere.join(', ')}.`;
        ko += ` 이 속성은 ${elsewhere.join(', ')} 종류에 쓰는 속성입니다.`;
      }
      this.report('unknown-attribute', attr.keySpan, L(en, ko), guess ? { suggestion: guess } : undefined);
      return;
    }
    checkValue(this, spec, attr);
  }

  private deriveNode(node: TopologyNode): void {
    const a = node.attrs;
    const slots = this.slots;
    const replicasA = slots[SLOT_REPLICAS];
    const zoneA = slots[SLOT_ZONE];
    const zonesA = slots[SLOT_ZONES];
    const regionA = slots[SLOT_REGION];
    const managedA = slots[SLOT_MANAGED];
    const availabilityA = slots[SLOT_AVAILABILITY];
    const labelA = slots[SLOT_LABEL];
    const ofA = slots[SLOT_OF];
    const primaryA = slots[SLOT_PRIMARY];
    const standbyA = slots[SLOT_STANDBY];
    const replicaA = slots[SLOT_REPLICA];
    const roleA = slots[SLOT_ROLE];
    node.replicas = numberOf(replicasA) ?? 1;
    const zone = textOf(zoneA);
    const zonesV = zonesA?.value;
    node.zones = zonesV && zonesV.type === 'list' ? zonesV.items.map((i) => i.text) : zone ? [zone] : [];
    if (zone && zonesV) {
      this.report('invalid-value', zonesA!.keySpan, L('Give either `zone=` or `zones=`, not both.', '`zone=`과 `zones=` 중 하나만 쓰세요.'), { key: 'zones' });
    }
    node.region = textOf(regionA);
    // `managed` as written and an explicit availability; the technology profile (engine=, mode=,
    // replication=drbd) may imply `managed` and sets the default availability: the model applies
    // it after parsing (model/profiles/derive.ts, called by model/design.ts).
    node.managed = boolOf(managedA) ?? false;
    const av = availabilityA?.value;
    node.availability = av && av.type === 'percent' ? av.value / 100 : NaN;
    node.label = textOf(labelA);
    node.of = textOf(ofA);
    if (!primaryA && !standbyA && !replicaA && !roleA) {
      // `storage of=X replication=…` (the language's storage attributes) is array replication: a copy of X that a
      // person (or `failover=auto`) brings up when X is lost — a standby.
      node.role = node.kind === 'storage' && node.of !== null ? 'standby' : null;
      return;
    }
    const roles: Role[] = [];
    if (primaryA && (primaryA.raw === null || boolOf(primaryA))) roles.push('primary');
    if (standbyA && (standbyA.raw === null || boolOf(standbyA))) roles.push('standby');
    if (replicaA && (replicaA.raw === null || boolOf(replicaA))) roles.push('replica');
    const roleEnum = textOf(roleA) as Role | null;
    if (roleEnum) roles.push(roleEnum);
    const unique = [...new Set(roles)];
    if (unique.length > 1) {
      const at = a.get(unique[1]!) ?? a.get('role')!;
      this.report(
        'invalid-value',
        at.keySpan,
        L(`\`${node.name}\` is given two roles (${unique.join(', ')}); a node has one.`, `\`${node.name}\`에 역할이 둘(${unique.join(', ')}) 있습니다. 역할은 하나여야 합니다.`),
        { key: 'role' },
      );
    }
    node.role = unique[0] ?? null;
    // A kind that takes no role (a queue): the role is ignored, as its unknown-attribute warning says — and so is the
    // `of=` it would need (round 65b r09: "needs of=" on a line that has it).
    if (node.role !== null && node.kind && !attrsOf(node.kind).some((x) => x.key === 'of')) {
      node.role = null;
      return;
    }
    if ((node.role === 'standby' || node.role === 'replica') && !node.of && node.kind) {
      const at = a.get(node.role) ?? a.get('role')!;
      this.report(
        'invalid-value',
        at.keySpan,
        L(`A ${node.role} needs \`of=NODE\`: the node it copies.`, `${node.role}에는 복제 대상 노드를 가리키는 \`of=NODE\`가 필요합니다.`),
        { key: 'of', expected: 'of' },
      );
    }
  }

  // ---- edges -------------------------------------------------------------

  private parseEdge(toks: Tok[]): void {
    // A -> B [-> C …] [: label]
    let colonIdx = -1;
    for (let k = 0; k < toks.length; k++) {
      if (toks[k]!.k === 'colon') {
        colonIdx = k;
        break;
      }
    }
    const chainLen = colonIdx >= 0 ? colonIdx : toks.length;
    let label: string | null = null;
    if (colonIdx >= 0) {
      // The label exactly as written (its source text, quotes and spacing kept), never re-tokenized: `a=b` stays `a=b`.
      const first = toks[colonIdx + 1];
      const last = toks[toks.length - 1]!;
      const text = first ? this.lineText.slice(first.start - this.lineCol, last.end - this.lineCol) : '';
      label = text.trim() || null;
      if (!label) {
        this.report('syntax', this.span(toks[colonIdx]!), L('Expected a label after `:`.', '`:` 다음에 이름표를 쓰세요.'));
      }
    }
    if (chainLen === 0) {
      // `: a -> b`: the label's colon comes before any node.
      this.report('syntax', this.span(toks[0]!), L('An edge starts with a node name: `A -> B : label`.', '연결은 노드 이름으로 시작해야 합니다: `A -> B : 이름표`.'), { expected: 'node' });
      return;
    }
    // Names sit at even positions, arrows at odd ones.
    let names = 0;
    let expectName = true;
    for (let k = 0; k < chainLen; k++) {
      const t = toks[k]!;
      if (expectName) {
        if (t.k === 'word') {
          names++;
          expectName = false;
        } else {
          this.report(
            'syntax',
            this.span(t),
            L(`Expected a node name ${names ? 'after `->`' : 'before `->`'}, found \`${t.text}\`.`, `${names ? '`->` 다음에' : '`->` 앞에'} 노드 이름이 와야 하는데 ${codeJosa(t.text, '이/가')} 있습니다.`),
            { expected: 'node' },
          );
          return;
        }
      } else if (t.k === 'arrow') {
        expectName = true;
      } else if (t.k === 'comma') {
        // `lb -> web1, web2`: one callee per edge in this language; say how to write the fan-out.
        const prev = toks[k - 1];
        const next = toks[k + 1];
        const from = k >= 3 && toks[k - 2]!.k === 'arrow' ? toks[k - 3]!.text : null;
        const example = from && prev && next && next.k === 'word' ? ` (\`${from} -> ${prev.text}\` and \`${from} -> ${next.text}\`)` : '';
        const exampleKo = from && prev && next && next.k === 'word' ? `(\`${from} -> ${prev.text}\`, \`${from} -> ${next.text}\`)` : '';
        this.report(
          'syntax',
          this.span(t),
          L(
            `An edge goes to one node: a comma cannot list several. Write one edge per callee, each on its own line${example}.`,
            `연결 하나는 노드 하나로 갑니다. 쉼표로 여러 노드를 나열할 수 없으니 호출 대상마다 한 줄씩 쓰세요${exampleKo}.`,
          ),
        );
        return;
      } else {
        this.report(
          'syntax',
          this.span(t),
          L(`Expected \`->\` between node names, found \`${t.text}\`.`, `노드 이름 사이에는 \`->\`가 와야 하는데 ${codeJosa(t.text, '이/가')} 있습니다.`),
        );
        return;
      }
    }
    if (expectName) {
      const last = toks[chainLen - 1]!;
      this.report(
        'syntax',
        this.span(last),
        L('An edge needs a node after `->`.', '`->` 다음에 노드 이름이 필요합니다.'),
        { expected: 'node' },
      );
    }
    const refStart = this.refs.length;
    for (let k = 0; k < names; k++) {
      const n = toks[2 * k]!;
      if (!this.checkName(n, WHAT_NODE_NAME)) return;
      this.addRef('node', n.text, this.span(n), WHAT_EDGE);
    }
    // The edges share the references' spans (the same columns; spans are only read).
    const refs = this.refs;
    for (let k = 0; k + 1 < names; k++) {
      const a = refs[refStart + k]!;
      const b = refs[refStart + k + 1]!;
      this.edges.push({ from: a.name, to: b.name, fromSpan: a.span, toSpan: b.span, label, line: this.line });
    }
  }

  // ---- places, goal, scenarios --------------------------------------------

  private parsePlace(toks: Tok[], what: 'zone' | 'region'): void {
    const kw = toks[0]!;
    const nameTok = toks[1];
    if (!nameTok) {
      this.report('syntax', this.span(kw), L(`Expected a name after \`${what}\`.`, `\`${what}\` 다음에 이름을 쓰세요.`), { expected: what });
      return;
    }
    if (!this.checkName(nameTok, what === 'zone' ? WHAT_ZONE_NAME : WHAT_REGION_NAME, 'place')) return;
    const map = what === 'zone' ? this.zones : this.regions;
    const prev = map.get(nameTok.text);
    if (prev && prev.span) {
      this.report('duplicate-name', this.span(nameTok), L(`${what} \`${nameTok.text}\` is already declared in this design.`, `${what} ${codeJosa(nameTok.text, '은/는')} 이 설계에 이미 선언되었습니다.`));
      this.relateLast(prev.span);
      return;
    }
    const place: Place = { name: nameTok.text, span: this.span(nameTok), region: null, line: this.line };
    this.parseAttrs(toks, 2, null, (attr) => {
      if (attr.key === 'label') return;
      if (what === 'zone' && attr.key === 'region') {
        const items = (attr as AttrWithItems).items ?? NO_ITEMS;
        if (items.length === 1 && isValidPlaceName(items[0]!.text)) {
          place.region = items[0]!.text;
          this.addRef('region', place.region, items[0]!.span, 'region');
        } else {
          this.report('invalid-value', attr.valueSpan ?? attr.keySpan, L('Expected one region name.', '리전 이름 하나를 쓰세요.'), { key: 'region' });
        }
        return;
      }
      const keys = what === 'zone' ? ['region', 'label'] : ['label'];
      const guess = didYouMean(attr.key, keys);
      this.report(
        'unknown-attribute',
        attr.keySpan,
        L(`\`${what}\` takes ${keys.map((k) => `\`${k}=\``).join(' and ')}, not \`${attr.key}\`.${guess ? ` Did you mean \`${guess}\`?` : ''}`, `\`${what}\`에는 ${keys.map((k) => `\`${k}=\``).join(', ')}만 쓸 수 있습니다(\`${attr.key}\`).${guess ? ` ${codeJosa(guess, '을/를')} 뜻했나요?` : ''}`),
        guess ? { suggestion: guess } : undefined,
      );
    });
    map.set(place.name, place);
  }

  private parseGoal(toks: Tok[]): void {
    const kw = toks[0]!;
    const goal: Goal = {
      availability: null,
      rto: null,
      rpo: null,
      line: this.line,
      span: this.span({ start: kw.start, end: toks[toks.length - 1]!.end }),
    };
    if (this.goal) {
      this.report('duplicate-name', this.span(kw), L('A design has one `goal`; this one is ignored.', '설계에는 `goal`이 하나만 있어야 합니다. 이 줄은 무시됩니다.'));
      this.relateLast(this.goal.span);
      return;
    }
    if (toks.length === 1) {
      this.report('syntax', this.span(kw), L('`goal` needs at least one of availability=, rto=, rpo=.', '`goal`에는 availability=, rto=, rpo= 중 하나 이상이 필요합니다.'), { expected: 'goal' });
    }
    this.parseAttrs(toks, 1, null, (attr) => {
      const spec = GOAL_ATTRS.find((g) => g.key === attr.key);
      if (!spec) {
        const guess = didYouMean(attr.key, GOAL_ATTRS.map((g) => g.key));
        this.report(
          'unknown-attribute',
          attr.keySpan,
          L(`\`goal\` takes availability=, rto= and rpo=, not \`${attr.key}\`.${guess ? ` Did you mean \`${guess}\`?` : ''}`, `\`goal\`에는 availability=, rto=, rpo=만 쓸 수 있습니다(\`${attr.key}\`).${guess ? ` ${codeJosa(guess, '을/를')} 뜻했나요?` : ''}`),
          guess ? { suggestion: guess } : undefined,
        );
        return;
      }
      checkValue(this, spec, attr);
      const v = attr.value;
      if (!v) return;
      if (spec.key === 'availability' && v.type === 'percent') goal.availability = v.value;
      if (spec.key === 'rto' && v.type === 'duration') goal.rto = v.seconds;
      if (spec.key === 'rpo' && v.type === 'duration') goal.rpo = v.seconds;
    });
    this.goal = goal;
  }

  private parseScenario(toks: Tok[]): void {
    const kw = toks[0]!;
    const nameTok = toks[1];
    if (!nameTok || toks[2]?.k !== 'colon') {
      this.report('syntax', this.span(nameTok ?? kw), L('Expected `scenario NAME: STEP; STEP…`.', '`scenario NAME: STEP; STEP…` 형식으로 쓰세요(NAME은 이름, STEP은 단계).'), { expected: 'scenario' });
      return;
    }
    // Named like a place (a zone, a building): `2a-장애`, `1동-정전` may start with a digit, as zone names may.
    if (!this.checkName(nameTok, WHAT_SCENARIO_NAME, 'scenario')) return;
    const sc: Scenario = { name: nameTok.text, nameSpan: this.span(nameTok), steps: [], line: this.line };
    const body = toks.slice(3);
    if (!body.length) {
      this.report('syntax', this.span(toks[2]!), L('A scenario needs at least one step: fail, recover or spike.', '시나리오에는 fail, recover, spike 중 하나 이상의 단계가 필요합니다.'), { expected: 'step' });
    }
    let cur: Tok[] = [];
    const flush = (): void => {
      if (cur.length) {
        const st = this.parseStep(cur);
        if (st) sc.steps.push(st);
      }
      cur = [];
    };
    for (const t of body) {
      if (t.k === 'semi') flush();
      else cur.push(t);
    }
    flush();
    if (this.scenarioNames.has(sc.name)) {
      this.report('duplicate-name', sc.nameSpan, L(`Scenario \`${sc.name}\` is already declared in this design.`, `시나리오 ${codeJosa(sc.name, '은/는')} 이 설계에 이미 있습니다.`));
      const first = this.scenarios.find((x) => x.name === sc.name);
      if (first) this.relateLast(first.nameSpan);
      return;
    }
    this.scenarioNames.add(sc.name);
    this.scenarios.push(sc);
  }

  private parseStep(toks: Tok[]): Step | null {
    const verb = toks[0]!;
    const whole = this.span({ start: verb.start, end: toks[toks.length - 1]!.end });
    if (verb.k !== 'word' || !(STEP_KEYWORDS as readonly string[]).includes(verb.text)) {
      const guess = verb.k === 'word' ? didYouMean(verb.text, STEP_KEYWORDS) : undefined;
      this.report(
        'syntax',
        this.span(verb),
        L(`Unknown step \`${verb.text}\`: use fail, recover or spike.${guess ? ` Did you mean \`${guess}\`?` : ''}`, `알 수 없는 단계 \`${verb.text}\`: \`fail\`, \`recover\`, \`spike\` 중 하나를 쓰세요.${guess ? ` ${codeJosa(guess, '을/를')} 뜻했나요?` : ''}`),
        guess ? { expected: 'step', suggestion: guess } : { expected: 'step' },
      );
      return null;
    }
    let i = 1;
    let at = 0;
    const readAt = (): boolean => {
      while (i < toks.length) {
        const k = toks[i]!;
        if (k.k === 'word' && k.text === 'at' && toks[i + 1]?.k === 'eq' && toks[i + 2]) {
          const v = parseDuration(toks[i + 2]!.text);
          if (v === null) {
            this.report('invalid-value', this.span(toks[i + 2]!), L(`Invalid \`at\`: expected a duration such as \`10s\`.`, '잘못된 `at` 값: `10s` 같은 시간을 쓰세요.'), { key: 'at' });
            return false;
          }
          at = v;
          i += 3;
          continue;
        }
        if (k.k === 'comma') {
          this.report('syntax', this.span(k), L('Steps are separated by `;`, not `,`: `fail db; fail db-standby at=10m`.', '단계는 `,`가 아니라 `;`로 나눕니다: `fail db; fail db-standby at=10m`.'));
          return false;
        }
        if (k.k === 'word' && k.text === 'at' && toks[i + 1]?.k === 'word') {
          this.report('syntax', this.span(k), L(`A step's time is written \`at=${toks[i + 1]!.text}\`, with \`=\`.`, `단계의 시각은 \`=\`를 붙여 \`at=${toks[i + 1]!.text}\`처럼 씁니다.`));
          return false;
        }
        this.report('syntax', this.span(k), L(`Unexpected \`${k.text}\` in this step.`, `이 단계에는 ${codeJosa(k.text, '을/를')} 쓸 수 없습니다.`));
        return false;
      }
      return true;
    };
    if (verb.text === 'spike') {
      const f = toks[1];
      const m = f && f.k === 'word' ? /^[x×](\d+(?:\.\d+)?)$/.exec(f.text) : null;
      if (!m || Number(m[1]) <= 0) {
        this.report('invalid-value', f ? this.span(f) : this.span(verb), L('`spike` needs a factor such as `x5`.', '`spike`에는 `x5` 같은 배수가 필요합니다.'), { expected: 'factor' });
        return null;
      }
      i = 2;
      if (!readAt()) return null;
      return { type: 'spike', factor: Number(m[1]), at, span: whole };
    }
    const t = toks[1];
    if (!t || t.k !== 'word') {
      this.report('syntax', t ? this.span(t) : this.span(verb), L(`\`${verb.text}\` needs a target: NODE, NODE#K, zone:Z or region:R.`, `\`${verb.text}\`에는 대상이 필요합니다: 노드, 노드#K, zone:Z, region:R.`), { expected: 'target' });
      return null;
    }
    let target: Target | null = null;
    i = 2;
    if ((t.text === 'zone' || t.text === 'region') && toks[2]?.k === 'colon') {
      const p = toks[3];
      if (!p || p.k !== 'word' || !isValidPlaceName(p.text)) {
        this.report('syntax', this.span(p ?? toks[2]!), L(`Expected a ${t.text} name after \`${t.text}:\`.`, `\`${t.text}:\` 다음에 ${t.text} 이름을 쓰세요.`), { expected: t.text });
        return null;
      }
      const span = this.span(p);
      target = t.text === 'zone' ? { type: 'zone', zone: p.text, span } : { type: 'region', region: p.text, span };
      this.addRef(t.text, p.text, span, WHAT_SCENARIO_PLACE);
      i = 4;
    } else {
      const m = /^(.*?)(?:#(\d+))?$/.exec(t.text)!;
      const nodeName = m[1]!;
      const inst = m[2] ? Number(m[2]) : null;
      if (!isValidName(nodeName)) {
        this.report('syntax', this.span(t), L(`\`${t.text}\` is not a target: NODE, NODE#K, zone:Z or region:R.`, `${codeJosa(t.text, '은/는')} 대상이 아닙니다: 노드, 노드#K, zone:Z, region:R.`), { expected: 'target' });
        return null;
      }
      const span = { line: this.line, start: t.start, end: t.start + nodeName.length };
      target = { type: 'node', node: nodeName, instance: inst, span };
      this.addRef('node', nodeName, span, WHAT_SCENARIO);
      if (inst !== null && inst < 1) {
        this.report('invalid-value', this.span(t), L('Instances are counted from 1: `NODE#1`.', '인스턴스 번호는 1부터 셉니다: `NODE#1`.'));
        return null;
      }
    }
    if (!readAt()) return null;
    return { type: verb.text as 'fail' | 'recover', target, at, span: whole };
  }

}


/**
 * Parses one design's lines with its syntax and reference findings. Never throws.
 * What the technology profiles derive (managed, the default availability) is not
 * set yet: read designs with model/design.ts's parseDesign, which applies them.
 */
export function parseSyntax(src: DesignSource, prev?: Design): Design {
  if (!prev) return new DesignParser().parse(src, undefined, false);
  // Line records are kept once a block is edited: a note's other designs, parsed once,
  // do not carry them (about 150 bytes a line). The first edit gives the previous
  // version its records (one more parse of it), so the versions after it reuse lines.
  if (!lineRecordsOf(prev)) {
    const again = new DesignParser().parse({ title: prev.title, titleStart: 0, titleEnd: 0, closed: prev.closed, lines: prev.source }, undefined, true);
    Object.defineProperty(prev, LINE_RECORDS, { value: lineRecordsOf(again), enumerable: false });
  }
  return new DesignParser().parse(src, prev, true);
}
