/**
 * The domain model of a topology design. Pure data: no protocol types here.
 *
 * Positions inside a design are block-relative lines (line 0 is the first line
 * after the opening fence; the fence line itself is -1) and document columns in
 * UTF-16 code units, so a block's analysis depends only on its own text and can
 * be cached by content; the facade shifts lines to document lines on the way out.
 */

import type { RuleId } from './codes';
import type { Localized } from '../shared/localized';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type { Locale, Localized } from '../shared/localized';

/** One line's columns [start, end), UTF-16 code units. */
export interface Span {
  line: number;
  start: number;
  end: number;
}

export interface RelatedInfo {
  span: Span;
  message: Localized;
}

/** Something the analysis has to say about a design. */
export interface Finding {
  /** Its diagnostic code (syntax/codes.ts). */
  rule: RuleId;
  severity: Severity;
  span: Span;
  message: Localized;
  related?: RelatedInfo[];
  /** Rule-specific facts that quick fixes use. */
  data?: Record<string, unknown>;
}

export type Value =
  | { type: 'bool'; value: boolean }
  | { type: 'number'; value: number }
  | { type: 'duration'; seconds: number }
  | { type: 'percent'; value: number }
  | { type: 'range'; min: number; max: number }
  | { type: 'list'; items: ListItem[] }
  | { type: 'text'; value: string };

export interface ListItem {
  text: string;
  span: Span;
}

export interface Attr {
  key: string;
  keySpan: Span;
  /** The value as written (unquoted), or null for a bare flag. */
  raw: string | null;
  valueSpan: Span | null;
  /** The checked value; null when it was invalid (a finding says why). */
  value: Value | null;
}

export type KindId =
  | 'client'
  | 'dns'
  | 'cdn'
  | 'load-balancer'
  | 'gateway'
  | 'web-server'
  | 'app-server'
  | 'service'
  | 'database'
  | 'cache'
  | 'queue'
  | 'storage'
  | 'consensus'
  | 'monitor';

export type Role = 'primary' | 'standby' | 'replica';

export interface TopologyNode {
  name: string;
  nameSpan: Span;
  /** Canonical kind, or null when the kind is missing or unknown. */
  kind: KindId | null;
  kindText: string;
  kindSpan: Span | null;
  attrs: Map<string, Attr>;
  line: number;
  /** Derived, with defaults applied. */
  replicas: number;
  zones: string[];
  region: string | null;
  /** Per-instance availability as a fraction (0.999). */
  availability: number;
  managed: boolean;
  role: Role | null;
  of: string | null;
  /**
   * A cascaded copy (`standby of=S` where S is itself a standby of P: PostgreSQL cascading replication): `of` is then P,
   * the data's primary, and this is the copy it receives the changes through (model/design.ts).
   */
  cascadeVia?: string;
  label: string | null;
}

export interface Edge {
  from: string;
  to: string;
  fromSpan: Span;
  toSpan: Span;
  label: string | null;
  line: number;
}

export type RefKind = 'node' | 'zone' | 'region';

/** A use of a name (not its declaration), for definition, references and rename. */
export interface Reference {
  kind: RefKind;
  name: string;
  span: Span;
}

export interface Place {
  name: string;
  /** Declaration span, or null when implicitly declared by use. */
  span: Span | null;
  region: string | null;
  line: number;
}

export interface Goal {
  availability: number | null;
  rto: number | null;
  rpo: number | null;
  line: number;
  span: Span;
}

export type Target =
  | { type: 'node'; node: string; instance: number | null; span: Span }
  | { type: 'zone'; zone: string; span: Span }
  | { type: 'region'; region: string; span: Span };

export type Step =
  | { type: 'fail' | 'recover'; target: Target; at: number; span: Span }
  | { type: 'spike'; factor: number; at: number; span: Span };

export interface Scenario {
  name: string;
  nameSpan: Span;
  steps: Step[];
  line: number;
}

export interface Suppression {
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** 'next-line' covers line+1 only; 'rest' covers every line after it. */
  scope: 'next-line' | 'rest';
  line: number;
}

/** One topology block, parsed and checked for syntax and references. */
export interface Design {
  title: string;
  /** Span of the title on the fence line (line -1), or null. */
  titleSpan: Span | null;
  /** Number of content lines. */
  lineCount: number;
  closed: boolean;
  nodes: Map<string, TopologyNode>;
  edges: Edge[];
  refs: Reference[];
  zones: Map<string, Place>;
  regions: Map<string, Place>;
  goal: Goal | null;
  scenarios: Scenario[];
  suppressions: Suppression[];
  /** Syntax and reference findings. */
  findings: Finding[];
  /** The block's lines as written, for edits (quick fixes) and hovers. */
  source: { text: string; col: number }[];
}
