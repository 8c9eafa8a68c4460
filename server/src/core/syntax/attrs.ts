/**
 * Readers of a parsed attribute's value, used by the parser, the model and
 * the rules. Two flag readers with different meanings, named apart:
 * `flagOf` (is the flag set: a bare flag, `key=true` or any text such as
 * `health-check=/path`) and `boolOf` (only an explicit true/false).
 */
import type { Attr, Design, TopologyNode } from './ast';
import { SESSION_KEYWORDS } from './schema';

/** The text value, or null when absent or not text. */
export function textOf(a: Attr | undefined): string | null {
  const v = a?.value;
  return v && v.type === 'text' ? v.value : null;
}

/** The number value, or null when absent or not a number. */
export function numberOf(a: Attr | undefined): number | null {
  const v = a?.value;
  return v && v.type === 'number' ? v.value : null;
}

/** Whether a flag is set: true for a bare flag or any text value (`health-check=/path`), false for `key=false`, null when absent or unreadable. */
export function flagOf(a: Attr | undefined): boolean | null {
  if (a === undefined) return null;
  const v = a.value;
  if (v && v.type === 'bool') return v.value;
  if (v && v.type === 'text') return true;
  return null;
}

/** An explicit boolean value only (`key=true` / `key=false`), else null. */
export function boolOf(a: Attr | undefined): boolean | null {
  const v = a?.value;
  return v && v.type === 'bool' ? v.value : null;
}

/** The value of a node's attribute, or null when absent or invalid. */
export function attrValue(n: TopologyNode, key: string): Attr['value'] {
  return n.attrs.get(key)?.value ?? null;
}
/** A duration attribute in seconds, or null when absent or invalid. */
export function durationAttr(n: TopologyNode, key: string): number | null {
  const v = attrValue(n, key);
  return v && v.type === 'duration' ? v.seconds : null;
}
/** The text value of a node's attribute, or null when absent or invalid. */
export function textAttr(n: TopologyNode, key: string): string | null {
  return textOf(n.attrs.get(key));
}
/** The number value of a node's attribute, or null when absent or invalid. */
export function numberAttr(n: TopologyNode, key: string): number | null {
  return numberOf(n.attrs.get(key));
}
/** A node's flag: true for a bare flag (or `health-check=/path`), false for `key=false`, null when absent. */
export function flagAttr(n: TopologyNode, key: string): boolean | null {
  return flagOf(n.attrs.get(key));
}
/** The names an attribute value lists: `watches=a,b` → [a, b], `witness=w` → [w], anything else → []. */
export function namesOf(a: Attr | undefined): string[] {
  const v = a?.value;
  return !v ? [] : v.type === 'text' ? [v.value] : v.type === 'list' ? v.items.map((i) => i.text) : [];
}
/** The names a node's attribute lists (namesOf). */
export function namesAttr(n: TopologyNode, key: string): string[] {
  return namesOf(n.attrs.get(key));
}
/** A `min..max` attribute, or null when absent or invalid. */
export function rangeAttr(n: TopologyNode, key: string): { min: number; max: number } | null {
  const v = attrValue(n, key);
  return v && v.type === 'range' ? { min: v.min, max: v.max } : null;
}

/** The shared session store a node names in `sessions=NODE` (another existing node), or null. */
export function sessionStoreOf(design: Design, n: TopologyNode): string | null {
  const s = textAttr(n, 'sessions');
  return s && !SESSION_KEYWORDS.has(s) && s !== n.name && design.nodes.has(s) ? s : null;
}
