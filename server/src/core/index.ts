/**
 * The front door of the pure core: everything outside server/src/core (the
 * language server, the CLI, the extension, the webviews, the benchmark) imports
 * the core from here, never from the files behind it. Grouped in the order data
 * flows: text → syntax → the semantic model → analyses → rules and fixes →
 * rendering → editor features, with the document service on top.
 */

// ---- the domain types (what a design is) ------------------------------------
export type {
  Attr,
  Design,
  Edge,
  Finding,
  Goal,
  KindId,
  ListItem,
  Locale,
  Localized,
  Place,
  RefKind,
  Reference,
  RelatedInfo,
  Role,
  Scenario,
  Severity,
  Span,
  Step,
  Suppression,
  Target,
  TopologyNode,
  Value,
} from './syntax/ast';

// ---- shared helpers: number formatting, target text, localized strings, attribute readers
export { formatAgainstGoal, formatDuration, formatEventShare, formatNines, formatPercent, formatRoundedShare, formatShare } from './shared/format';
export { durationSource, parseTarget, readSteps, readTarget, scenarioText, stepText, targetText } from './shared/target';
export { L } from './shared/localized';
export { boolOf, flagOf, numberOf, textOf } from './syntax/attrs';

// ---- shared text: Korean particles, durations in either language, column widths
export { codeJosa, josa, particle, readingFinal, type FinalSound, type JosaPair } from './shared/josa';
export { durationIn, koDuration } from './shared/duration';
export { displayWidth } from './shared/width';
export { inlineParts, type InlinePart } from './shared/inline';

// ---- syntax: fences, parser, values, limits ---------------------------------
export { findTopologyBlocks, isTopologyInfo, rescanMarkdown, scanMarkdown, splitLines, type BlockLine, type CodeRange, type FenceBlock, type MarkdownScan } from './syntax/fences';
export { parseDesign, type DesignSource } from './model/design';
export { isValidName, parseDuration } from './syntax/values';
export { lineRecordsOf, sameMeaningAs, type LineRecord } from './syntax/parser/statements';
export { didYouMean, editDistance } from './syntax/suggest';
export { LIMITS } from './syntax/limits';
export { attrsOf, KINDS } from './syntax/schema';

// ---- the semantic model ------------------------------------------------------
export { buildModel, requestGraph, type Model, type RequestGraph, type SimNode } from './model/request-graph';
export { DEFAULTS } from './model/defaults';
export { AZURE_SQL_FOG, COSMOS, MYSQL_SEMI_SYNC, ORACLE_DG, DB2_HADR, COCKROACHDB, ENGINE_PROFILES, GALERA, GCP_OUTLIER, PG_WAL_SENDER, K8S_NODE, MONGODB, PROFILES, profileLabel, timingsOf, failoverTimingsOf, type Profile, type ProfileId, type Timing, type Timings, type Value as ProfileValue } from './model/profiles';

// ---- analyses: single points of failure, estimate, simulation ---------------
export { findSpofs, type SpofResult } from './analysis/spof';
export { estimate, judgedLoss, type Estimate, type LossImpact } from './analysis/estimate';
export { steadyState, type SteadyState } from './analysis/capacity';
export {
  classesThatLost,
  requestClassLabelKo,
  formatSimText,
  runAvailability,
  scenarioSteps,
  simulate,
  sweep,
  toSimJson,
  stepsAfterEnd,
  validateTargets,
  type ClassSeries,
  type EntrySeries,
  type QueueSeries,
  type InstanceState,
  type NodeState,
  type StateAt,
  type GoalPart,
  type SimEvent,
  type SimJson,
  type SimResult,
  type SimStep,
  type SimTarget,
} from './analysis/simulation/simulate';
export { settingStall } from './analysis/simulation/goal';
export { EVENT_LABELS, eventLabel } from './analysis/simulation/labels';
export { sweepRuns, type SweepRun } from './analysis/simulation/sweep';
export { twinsOf } from './analysis/simulation/twins';
export type { RunResult } from './analysis/simulation/engine';

// ---- rules and their fixes ---------------------------------------------------
export { checkDesign, fixesFor, type CheckOptions, type Fix } from './rules/index';
export { applyRuleConfig, isSuppressed, readRuleConfig, type RuleConfig } from './rules/config';
export { CODES, codeInfo, codesOf, CONFIGURABLE_RULE_IDS, isRuleId, RULE_IDS, RULES, type CodeInfo, type CodeKind, type HaRuleId, type LanguageCodeId, type RuleId } from './syntax/codes';

// ---- rendering: diagrams and pages -------------------------------------------
export { haLayout, LAYOUT_SPACING, type LayoutBox, type LayoutEdge, type LayoutGroup, type LayoutInput, type LayoutResult } from './render/layout';
export { animationTitle, toAnimatedSvg, type AnimationOptions } from './render/animation';
export { imageFileName, imageName, mayBeImageOf, noteImages, staleImageFiles, toDesignSvg, type ImageOptions, type NoteImage } from './render/image';
export { escapeLabel, escapePortableLabel, MERMAID_LIMITS, MERMAID_NODE_DOM_ID, mermaidConfig, placementsOf, shapeOf, toMermaid, toMermaidDiagram, type DiagramTheme, type Mark, type MermaidResult, type Placement, type Tag } from './render/mermaid';
export { EXPORT_BEGIN, EXPORT_END, exportNote, portableMermaid, type ExportedBlock, type ExportOptions, type ExportResult } from './render/export';
export { escapeAttr, escapeHtml, pageCsp, pageHead, renderNoteHtml, type RenderHtmlOptions } from './render/page';

// ---- editor features and the document service --------------------------------
export { hover, type HoverOptions, type HoverResult } from './features/hover';
export { formatTermHover, getEntry, SHOW_TERM_COMMAND, termLink } from './glossary';
export { complete, type Completion, type CompletionKind } from './features/completion';
export { definition, references } from './features/navigation';
export { prepareRename, rename, type RenameResult } from './features/rename';
export { symbols, type OutlineSymbol } from './features/symbols';
export { foldingRanges } from './features/folding';
export { codeActions, codeFixes, failureOf, type CodeFix, type FixRequest } from './features/code-actions';
export { estimateLine, worstFailure } from './features/code-lens';
export { animationView, diagramView, pickDesign, scenarioEdit, simulationView, type AnimationRequest, type AnimationView, type ScenarioEdit, type DesignRef, type DiagramView, type SimulationRequest, type SimulationView, type ViewFinding, type ViewNode, type ViewOptions } from './features/views';
export { findTermAt, GLOSSARY, hasHangul, type GlossaryEntry } from './glossary/index';
export { checkedBlock, checkedSource, parseBlock, type CheckedDesign, type CheckOptions as CheckedOptions } from './rules/checked';
export {
  analyzeDesign,
  sameSuppressions,
  TopologyService,
  type DesignEntry,
  type DocFinding,
  type DocumentAnalysis,
  type DocumentKind,
  type Pos,
  type Range,
  type ServiceOptions,
  type ServiceStats,
} from './features/service';
