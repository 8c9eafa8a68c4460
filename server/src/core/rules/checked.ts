/**
 * A design checked: analyzeDesign, the one function every surface analyses a
 * design with (the language server through TopologyService, the Markdown
 * preview's script, `infra-notes render`, the images), and, for the surfaces
 * that cannot reach the server, the same design checked as the user sees it:
 * the same rule config and suppressions (applyRuleConfig), so every surface
 * shows the same findings. Below the renderers and the editor features, which
 * both read it.
 */
import type { FenceBlock } from '../syntax/fences';
import { parseDesign, type DesignSource } from '../model/design';
import type { Design, Finding } from '../syntax/ast';
import { LIMITS } from '../syntax/limits';
import { applyRuleConfig, type RuleConfig } from './config';
import { checkDesignSteps } from './index';
import { sameMeaningAs } from '../syntax/parser/statements';
import { carryEstimate, estimateSteps } from '../analysis/estimate';
import { drain } from '../shared/drain';

export interface CheckedDesign {
  design: Design;
  /** The findings shown: config applied, suppressed ones dropped. */
  findings: Finding[];
  /** Of those, the errors (the design is not valid) … */
  errors: Finding[];
  /** … and the rest (warnings, infos, hints). */
  others: Finding[];
}

export interface CheckOptions {
  /** Rule severities (the `infraNotes.rules` setting, `.infra-notes.json`, `--rule`). */
  rules?: RuleConfig;
  /** As ServiceOptions.estimateNodeLimit (default: the editor's). */
  estimateNodeLimit?: number;
}

/** A design given as its source, checked as the user sees it. `fenceLine` is -1 for a .topology file. */
export function checkedSource(src: DesignSource, fenceLine: number, opts: CheckOptions = {}): CheckedDesign {
  const { design, findings: all } = analyzeDesign(src, { fenceLine, estimateNodeLimit: opts.estimateNodeLimit });
  const findings = applyRuleConfig(design, all, opts.rules);
  return { design, findings, errors: findings.filter((f) => f.severity === 'error'), others: findings.filter((f) => f.severity !== 'error') };
}

/** A block's design, as the parser reads it (an unclosed block is parsed as such). */
export function parseBlock(b: FenceBlock): Design {
  return parseDesign({ ...b, closed: b.closeLine !== null });
}

/** A Markdown block's design checked as the user sees it. */
export function checkedBlock(b: FenceBlock, opts: CheckOptions = {}): CheckedDesign {
  return checkedSource({ ...b, closed: b.closeLine !== null }, b.fenceLine, opts);
}

/**
 * One design's findings before the user's config: the parser's, then the HA
 * rules' (the goal rules held back past `estimateNodeLimit` nodes, the rules
 * replaced by one `too-large` finding past the size limits). Never throws: a
 * bug in the parser or a rule becomes one `internal-error` finding on the
 * design. The language server (through TopologyService), the Markdown preview
 * and `infra-notes render` all analyse a design with this function.
 * `opts.prev`, the same block in the previous version (its design, findings and
 * fence line), saves parsing its unchanged lines (see parseDesign); when nothing
 * but comments or trailing spaces changed, its findings are the answer.
 */
export function analyzeDesign(
  src: DesignSource,
  opts: { fenceLine: number; estimateNodeLimit?: number; prev?: { design: Design; findings: Finding[]; fenceLine: number } },
): { design: Design; findings: Finding[] } {
  return drain(analyzeDesignSteps(src, opts));
}

/**
 * The same in steps: a design with a goal pauses after each loss of its
 * estimate's sweep (estimateSteps), so the language server can slice a large
 * design's analysis (scheduling.ts) instead of freezing for its whole length.
 */
export function* analyzeDesignSteps(
  src: DesignSource,
  opts: { fenceLine: number; estimateNodeLimit?: number; prev?: { design: Design; findings: Finding[]; fenceLine: number } },
): Generator<void, { design: Design; findings: Finding[] }, void> {
  let design: Design;
  const prev = opts.prev;
  try {
    design = parseDesign(src, prev?.design);
    if (prev && sameMeaningAs(design) === prev.design && prev.fenceLine === opts.fenceLine && sameFence(design, prev.design)) {
      carryEstimate(prev.design, design);
      return { design, findings: prev.findings };
    }
  } catch (err) {
    // The parser must not throw; if a bug makes it, the block says so and the rest of the note is still checked.
    design = parseDesign({ ...src, lines: [] });
    design.findings.push(internalError(src, err));
  }
  let ruleFindings: Finding[] = [];
  try {
    const large = tooLarge(design, opts.fenceLine, src);
    // The goal rules read the estimate: run its sweep here, in steps (checkRules then finds it made).
    if (!large && design.goal && design.nodes.size <= (opts.estimateNodeLimit ?? LIMITS.estimateNodes)) {
      yield;
      yield* estimateSteps(design);
    }
    ruleFindings = large ?? (yield* checkRulesSteps(design, opts.estimateNodeLimit ?? LIMITS.estimateNodes));
  } catch (err) {
    // A rule must never take the editor down; say what happened instead.
    ruleFindings = [internalError(src, err)];
  }
  return { design, findings: [...design.findings, ...ruleFindings] };
}

/** The same title (and where it is) and the same closing: the rest of a design is its lines. */
function sameFence(a: Design, b: Design): boolean {
  return a.title === b.title && a.closed === b.closed && a.titleSpan?.start === b.titleSpan?.start && a.titleSpan?.end === b.titleSpan?.end;
}

/** The HA rules, with the goal rules held back on designs too large to estimate here. */
function* checkRulesSteps(design: Design, estimateNodeLimit: number): Generator<void, Finding[], void> {
  const n = design.nodes.size;
  if (!design.goal || n <= estimateNodeLimit) return yield* checkDesignSteps(design);
  const skip = (): never => {
    throw new Error('not estimated: too large');
  };
  return [
    ...(yield* checkDesignSteps(design, { estimate: skip })),
    {
      rule: 'too-large',
      severity: 'info',
      span: design.goal.span,
      message: {
        en: `The goal is not checked while you type: this design has ${n} nodes and the editor estimates designs of up to ${estimateNodeLimit}. Run \`infra-notes check\` (or \`infra-notes simulate --sweep\`) for the full check.`,
        ko: `입력하는 동안에는 목표를 검사하지 않습니다. 이 설계의 노드는 ${n}개이고, 편집기는 ${estimateNodeLimit}개까지만 추정합니다. 전체 검사는 \`infra-notes check\`(또는 \`infra-notes simulate --sweep\`)로 하세요.`,
      },
    },
  ];
}

/** What a bug in the core looks like to the user: one finding on the opening fence, not a dead editor. */
function internalError(src: { titleStart: number; titleEnd: number }, err: unknown): Finding {
  return {
    rule: 'internal-error',
    severity: 'error',
    span: { line: -1, start: src.titleStart, end: src.titleEnd },
    message: {
      en: `Infra Notes could not finish checking this design (${String(err)}). Please report it.`,
      ko: `Infra Notes가 이 설계의 검사를 끝내지 못했습니다(${String(err)}). 알려 주세요.`,
    },
  };
}

/**
 * The finding that replaces the HA rules on a design past the node or edge limit
 * (docs/language.md#limits), or null when the design is within them.
 */
function tooLarge(design: Design, fenceLine: number, src: { titleStart: number; titleEnd: number }): Finding[] | null {
  const nodes = design.nodes.size;
  const edges = design.edges.length;
  if (nodes <= LIMITS.nodesPerDesign && edges <= LIMITS.edgesPerDesign) return null;
  const what =
    nodes > LIMITS.nodesPerDesign
      ? { en: `${nodes} nodes (the limit is ${LIMITS.nodesPerDesign})`, ko: `노드가 ${nodes}개입니다(한도 ${LIMITS.nodesPerDesign}개)` }
      : { en: `${edges} edges (the limit is ${LIMITS.edgesPerDesign})`, ko: `연결이 ${edges}개입니다(한도 ${LIMITS.edgesPerDesign}개)` };
  return [
    {
      rule: 'too-large',
      severity: 'info',
      // On the opening fence; a .topology file has none: its first line.
      span: fenceLine >= 0 ? { line: -1, start: 0, end: src.titleEnd } : { line: 0, start: 0, end: 0 },
      message: {
        en: `This design has ${what.en}: the HA rules do not run on it. Syntax and references are still checked; split it into smaller designs.`,
        ko: `이 설계는 ${what.ko}. 고가용성 규칙은 실행하지 않습니다. 문법과 참조는 계속 검사합니다. 더 작은 설계로 나누세요.`,
      },
    },
  ];
}
