/**
 * A design checked as the user sees it, for the surfaces that cannot reach the
 * language server (the Markdown preview's script, `infra-notes render`): the
 * same analysis as the server's (analyzeDesign) and the same rule config and
 * suppressions (applyRuleConfig), so every surface shows the same findings.
 */
import type { FenceBlock } from '../syntax/fences';
import { parseDesign, type DesignSource } from '../syntax/parser';
import type { Design, Finding } from '../syntax/ast';
import { applyRuleConfig, type RuleConfig } from '../rules/config';
import { analyzeDesign } from './service';

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
