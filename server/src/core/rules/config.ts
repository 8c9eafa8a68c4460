/**
 * The user's say over findings, applied in one place for every surface (the
 * editor's squiggles, the diagram and simulation panels, the Markdown preview,
 * `infra-notes check` and `render`): rule severities from the `infraNotes.rules`
 * setting, `.infra-notes.json` or `--rule`, and the note's own
 * `# infra-notes-disable` / `# infra-notes-disable-next-line` comments.
 */
import type { Design, Finding, Severity } from '../syntax/ast';

/** Severity overrides by rule id, as in the `infraNotes.rules` setting; `off` drops the rule's findings. */
export type RuleConfig = Record<string, Severity | 'off'>;

const SEVERITIES = new Set<string>(['error', 'warning', 'info', 'hint', 'off']);

/** A rule config read from untrusted JSON (a setting, a file, a page attribute): unknown severities are dropped. */
export function readRuleConfig(raw: unknown): RuleConfig {
  const out: RuleConfig = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v === 'string' && SEVERITIES.has(v)) out[k] = v as Severity | 'off';
  }
  return out;
}

/** Whether a suppression comment of the design covers a (block-relative) finding. */
export function isSuppressed(design: Design, f: Finding): boolean {
  for (const s of design.suppressions) {
    const covers = s.scope === 'next-line' ? f.span.line === s.line + 1 : f.span.line > s.line;
    if (covers && (s.rules.length === 0 || s.rules.includes(f.rule))) return true;
  }
  return false;
}

/**
 * A design's findings as the user sees them: each with the severity `config`
 * gives its rule, those turned `off` or covered by a suppression comment
 * dropped, the order kept.
 */
export function applyRuleConfig(design: Design, findings: readonly Finding[], config: RuleConfig = {}): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const sev = config[f.rule] ?? f.severity;
    if (sev === 'off' || isSuppressed(design, f)) continue;
    out.push(sev === f.severity ? f : { ...f, severity: sev });
  }
  return out;
}
