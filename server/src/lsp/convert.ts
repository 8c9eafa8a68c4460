/** Protocol conversion: the core's results (document positions, localized text) as LSP types. */
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DocumentSymbol,
  MarkupKind,
  SymbolKind,
  TextEdit,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
} from 'vscode-languageserver';
import { CODES, type CodeFix, type Completion, type CompletionKind, type DocFinding, type Locale, type OutlineSymbol, readRuleConfig, type RuleConfig, type Severity } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};


/**
 * A finding as a diagnostic; `data` carries what code actions need to find it again (its rule and design; the range
 * is the diagnostic's). The finding's facts stay on the server: nothing on the client reads them, and on a large
 * design they were a seventh of every publication's bytes.
 */
export function toDiagnostic(f: DocFinding, uri: string, locale: Locale, docsBase: string | undefined): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: 'infra-notes',
    code: f.rule,
    message: f.message[locale],
  };
  if (docsBase) d.codeDescription = { href: docsBase + CODES[f.rule].docs };
  if (f.related.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message[locale] }));
  d.data = { rule: f.rule, designIndex: f.designIndex };
  return d;
}

/**
 * `next` with each diagnostic equal to one of `prev` (same range, code, message, related information, data…) replaced by
 * that object: an edit that changed a design's meaning re-checks it, but most of its findings come out the same, and the
 * stdio encoder sends the bytes it kept for an object it sent before (encoding.ts).
 */
export function keepEqual(prev: readonly Diagnostic[] | undefined, next: Diagnostic[]): Diagnostic[] {
  if (!prev?.length) return next;
  // Keyed by the message (already a string: no key is built per diagnostic), then compared whole.
  const byMessage = new Map<Diagnostic['message'], Diagnostic[]>();
  for (const d of prev) {
    const list = byMessage.get(d.message);
    if (list) list.push(d);
    else byMessage.set(d.message, [d]);
  }
  return next.map((d) => {
    const list = byMessage.get(d.message);
    if (!list) return d;
    const i = list.findIndex((old) => jsonEqual(old, d));
    if (i < 0) return d;
    const [old] = list.splice(i, 1);
    return old!;
  });
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Deep equality of JSON values (the same keys with equal values, in any order; an undefined property counts as a key),
 * without allocating: the old object kept in its place serializes to an equal diagnostic.
 */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aa = Array.isArray(a);
  if (aa !== Array.isArray(b)) return false;
  if (aa) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!jsonEqual(x[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (!hasOwn.call(x, k)) continue;
    if (!hasOwn.call(y, k) || !jsonEqual(x[k], y[k])) return false;
    n++;
  }
  for (const k in y) if (hasOwn.call(y, k)) n--;
  return n === 0;
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  kind: CompletionItemKind.Class,
  attribute: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  node: CompletionItemKind.Variable,
  zone: CompletionItemKind.Module,
  region: CompletionItemKind.Module,
  keyword: CompletionItemKind.Keyword,
  step: CompletionItemKind.Event,
};

/** The i-th completion (the core's order is kept through sortText). */
export function toCompletionItem(c: Completion, i: number, locale: Locale): CompletionItem {
  const item: CompletionItem = {
    label: c.label,
    kind: COMPLETION_KIND[c.kind],
    sortText: String(i).padStart(4, '0'),
    textEdit: { range: c.range, newText: c.insertText ?? c.label },
  };
  if (c.detail) item.detail = c.detail;
  if (c.doc) item.documentation = { kind: MarkupKind.Markdown, value: c.doc[locale] };
  return item;
}

export function toSymbol(s: OutlineSymbol): DocumentSymbol {
  const kind =
    s.kind === 'design'
      ? SymbolKind.Namespace
      : s.kind === 'node'
        ? s.nodeKind === 'database' || s.nodeKind === 'storage' || s.nodeKind === 'cache'
          ? SymbolKind.Struct
          : s.nodeKind === 'client'
            ? SymbolKind.Interface
            : SymbolKind.Object
        : s.kind === 'scenario'
          ? SymbolKind.Event
          : s.kind === 'goal'
            ? SymbolKind.Constant
            : SymbolKind.Module;
  return DocumentSymbol.create(s.name, s.detail, kind, s.range, s.selectionRange, s.children.map(toSymbol));
}

/** One of the core's fixes for a diagnostic as a quick-fix code action. */
export function toCodeAction(fix: CodeFix, diags: Diagnostic[], uri: string, locale: Locale): CodeAction {
  const action: CodeAction = {
    title: fix.title[locale],
    kind: CodeActionKind.QuickFix,
    diagnostics: diags,
    edit: { changes: { [uri]: fix.edits.map((e) => TextEdit.replace(e.range, e.newText)) } },
  };
  if (fix.preferred) action.isPreferred = true;
  return action;
}

/** `ko`, `ko-KR` → ko; anything else → en. */
export function pickLocale(raw: string | undefined): Locale {
  return raw && raw.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Keeps only well-formed `{ rule: severity }` pairs from user settings. */
export function sanitizeRules(raw: unknown): RuleConfig {
  return readRuleConfig(raw);
}
