/**
 * `infra-notes check --format sarif`: the findings as a SARIF 2.1.0 log that GitHub
 * code scanning (github/codeql-action/upload-sarif) and other SARIF viewers accept.
 *
 * Built with node-sarif-builder (a maintained builder over @types/sarif): it fills the
 * log's frame, rule and artifact indexes, and refuses a log with a missing tool name
 * or rule id. The rule list is the one table of diagnostic codes (core/syntax/codes.ts),
 * so a new rule id there is in the log's rule metadata without a change here.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReportingDescriptor, Result } from 'sarif';
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import { CODES, type DocFinding, type Locale, RULE_IDS, type RuleId, type Severity } from '../core';

/** A finding and the file it is in, as the command line shows it (relative to the working folder when inside it). */
export interface SarifFinding extends DocFinding {
  file: string;
}

export interface SarifOptions {
  /** Language of the messages and rule titles. */
  locale: Locale;
  /** Version the log names for the tool. */
  version: string;
  /** Base URL of the documentation folder (ends with /); rule pages are `rules/<id>.md` under it. */
  docsUrl: string;
  /** The documentation folder on disk, to put each rule's page into the log as its help; skipped when unreadable. */
  docsDir?: string;
}

/** Severity of the table (and of the user's settings) to SARIF's level. SARIF has no hint/info: both are notes. */
export function sarifLevel(s: Severity): Result.level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** `single-point-of-failure` → `SinglePointOfFailure`: SARIF's `name` is an identifier-like word. */
function ruleName(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/**
 * A path as the artifact's URI: relative paths stay relative (to %SRCROOT%, the working
 * folder, which is the repository root in CI), with / separators and each segment
 * percent-encoded (spaces, Korean names); absolute paths become file: URLs.
 */
export function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(sep).join('/').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function readPage(dir: string | undefined, page: string): string | undefined {
  if (!dir) return undefined;
  try {
    return readFileSync(join(dir, ...page.split('/')), 'utf8');
  } catch {
    return undefined;
  }
}

/** The rule metadata of every code in the table, in table order. */
export function sarifRules(opts: SarifOptions): ReportingDescriptor[] {
  const pages = new Map<string, string | undefined>();
  return RULE_IDS.map((id) => {
    const info = CODES[id];
    const b = new SarifRuleBuilder().initSimple({
      ruleId: id,
      shortDescriptionText: info.title[opts.locale],
      fullDescriptionText: `${info.title.en} / ${info.title.ko}`,
      helpUri: opts.docsUrl + info.docs,
    });
    const rule = b.rule;
    rule.name = ruleName(id);
    rule.defaultConfiguration = { level: sarifLevel(info.severity), enabled: true };
    rule.properties = { tags: ['infra-notes', info.kind === 'rule' ? 'high-availability' : info.kind] };
    // The rule's own page (Korean and English) as its help: GitHub shows it with the alert,
    // so the explanation is there even where the help link cannot be opened.
    if (info.kind === 'rule') {
      if (!pages.has(info.docs)) pages.set(info.docs, readPage(opts.docsDir, info.docs));
      const page = pages.get(info.docs);
      if (page) rule.help = { text: page, markdown: page };
    }
    return rule;
  });
}

/** The SARIF log of one `check` run. */
export function toSarif(found: readonly SarifFinding[], opts: SarifOptions): string {
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'infra-notes', toolDriverVersion: opts.version, url: opts.docsUrl + 'language.md' });
  for (const rule of sarifRules(opts)) {
    const b = new SarifRuleBuilder();
    b.rule = rule;
    run.addRule(b);
  }
  // Positions are LSP-style UTF-16 offsets, which is SARIF's default column kind: say so.
  run.run.columnKind = 'utf16CodeUnits';
  // The files, each once, with the same base as the results point at (the builder
  // would add them from the results, but without their uriBaseId).
  const artifacts = new Map<string, ReturnType<typeof artifactUri>>();
  for (const f of found) if (!artifacts.has(f.file)) artifacts.set(f.file, artifactUri(f.file));
  run.run.artifacts = [...artifacts.values()].map((location) => ({ location, sourceLanguage: /\.topology$/i.test(location.uri) ? 'topology' : 'markdown' }));
  for (const f of found) {
    const r = new SarifResultBuilder().initSimple({
      level: sarifLevel(f.severity),
      messageText: f.message[opts.locale],
      ruleId: f.rule as RuleId,
      startLine: f.range.start.line + 1,
      startColumn: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
    });
    r.setLocationArtifactUri({ ...artifacts.get(f.file)! });
    run.addResult(r);
  }
  const log = new SarifBuilder();
  log.log.$schema = 'https://json.schemastore.org/sarif-2.1.0.json';
  log.addRun(run);
  return log.buildSarifJsonString({ indent: true }) + '\n';
}
