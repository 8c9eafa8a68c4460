/**
 * Attribute values: each attribute's raw text checked against its spec in the
 * schema (type, range, enum), converted to a Value, and the names it holds
 * recorded as references for name resolution.
 */
import type { LanguageCodeId } from '../codes';
import type { Attr, KindId, ListItem, Localized, Span } from '../ast';
import { attrsOf, SESSION_KEYWORDS, type AttrSpec, type AttrType, type EnumValue } from '../schema';
import { didYouMean } from '../suggest';
import { isValidName, isValidPlaceName, parseDuration, parseInt10, parseNumber, parsePercent, parseRange } from '../values';
import type { RefSource } from './names';
import { codeJosa } from '../../shared/josa';
import { L } from '../../shared/localized';


/** What value checking needs from the parser: a place for findings and for the names it meets. */
export interface ValueSink {
  report(rule: LanguageCodeId, span: Span, message: Localized, data?: Record<string, unknown>): void;
  addRef(kind: 'node' | 'zone' | 'region', name: string, span: Span, what: RefSource): void;
}

/** A list-valued attribute keeps its items (with spans) until its value is checked. */
export type AttrWithItems = Attr & { items?: ListItem[] };
export const NO_ITEMS: ListItem[] = [];

/** Per kind: attribute key → its spec (the kind's own first, as attrsOf lists them). */
const specsByKind = new Map<string, Map<string, AttrSpec>>();
export function attrSpecOf(kind: KindId, key: string): AttrSpec | undefined {
  let m = specsByKind.get(kind);
  if (!m) {
    m = new Map();
    for (const a of attrsOf(kind)) if (!m.has(a.key)) m.set(a.key, a);
    specsByKind.set(kind, m);
  }
  return m.get(key);
}

/** An enum's value names, computed once per enum. */
const enumNames = new Map<EnumValue[], string[]>();
export function namesOf(values: EnumValue[]): string[] {
  let names = enumNames.get(values);
  if (!names) {
    names = values.map((e) => e.name);
    enumNames.set(values, names);
  }
  return names;
}

/** Converts attr.raw by the spec's type; reports invalid values; records references. */
export function checkValue(p: ValueSink, spec: AttrSpec, attr: Attr): void {
  const items = (attr as AttrWithItems).items ?? NO_ITEMS;
  const type = spec.type;
  const flagLike = type.t === 'flag' || type.t === 'flag-or-path';
  if (attr.raw === null) {
    if (flagLike) {
      attr.value = { type: 'bool', value: true };
      return;
    }
    const roleFlag = spec.key === 'primary' || spec.key === 'standby' || spec.key === 'replica';
    if (!roleFlag) {
      p.report(
        'invalid-value',
        attr.keySpan,
        L(`\`${attr.key}\` needs a value: \`${attr.key}=${example(type)}\`.`, `\`${attr.key}\`에는 값이 필요합니다: \`${attr.key}=${example(type)}\`.`),
        { expected: 'value', key: attr.key },
      );
    }
    return;
  }
  const vs = attr.valueSpan!;
  switch (type.t) {
    case 'flag':
    case 'flag-or-path': {
      const s = single(p, attr, items);
      if (s === null) return;
      if (s === 'true' || s === 'false') attr.value = { type: 'bool', value: s === 'true' };
      else if (type.t === 'flag' && type.values && namesOf(type.values).includes(s)) attr.value = { type: 'text', value: s };
      else if (type.t === 'flag-or-path' && (s.startsWith('/') || s === 'deep')) attr.value = { type: 'text', value: s };
      else {
        // A flag that also takes named values (`fencing=stonith`) lists them too.
        const named = type.t === 'flag' && type.values ? namesOf(type.values).map((v) => `\`${v}\``) : [];
        const en = named.length ? `\`true\`, \`false\` or ${named.join(', ')}.` : '`true` or `false`.';
        const ko = named.length ? `\`true\`, \`false\` 또는 ${named.join(', ')}.` : '`true` 또는 `false`.';
        bad(p, attr, type.t === 'flag' ? en : '`true`, `false`, `deep` or a path such as `/health`.', type.t === 'flag' ? ko : '`true`, `false`, `deep` 또는 `/health` 같은 경로.');
      }
      return;
    }
    case 'int':
    case 'number': {
      const s = single(p, attr, items);
      if (s === null) return;
      const v = type.t === 'int' ? parseInt10(s) : parseNumber(s);
      if (v === null || v < type.min) bad(p, attr, `expected ${type.t === 'int' ? 'a whole number' : 'a number'} ≥ ${type.min}, got \`${s}\`.`, `${type.min} 이상의 ${type.t === 'int' ? '정수' : '수'}를 쓰세요(\`${s}\`).`);
      else attr.value = { type: 'number', value: v };
      return;
    }
    case 'percent': {
      const s = single(p, attr, items);
      if (s === null) return;
      const v = parsePercent(s);
      if (v === null) bad(p, attr, `expected a percentage such as \`99.9%\`, got \`${s}\`.`, `\`99.9%\` 같은 백분율을 쓰세요(\`${s}\`).`);
      else attr.value = { type: 'percent', value: v };
      return;
    }
    case 'duration': {
      const s = single(p, attr, items);
      if (s === null) return;
      // A word the duration also takes (`sync-timeout=none`).
      if (type.words && namesOf(type.words).includes(s)) {
        attr.value = { type: 'text', value: s };
        return;
      }
      const v = parseDuration(s);
      const words = type.words ? namesOf(type.words).map((w) => `\`${w}\``) : [];
      if (v === null) bad(p, attr, `expected a duration such as \`500ms\`, \`30s\`, \`5m\` or \`1h\`${words.length ? `, or ${words.join(', ')}` : ''}, got \`${s}\`.`, `\`500ms\`, \`30s\`, \`5m\`, \`1h\` 같은 시간${words.length ? ` 또는 ${words.join(', ')}` : ''}을 쓰세요(\`${s}\`).`);
      else attr.value = { type: 'duration', seconds: v };
      return;
    }
    case 'range': {
      const s = single(p, attr, items);
      if (s === null) return;
      const v = parseRange(s);
      if (v === null) bad(p, attr, `expected \`MIN..MAX\` with MIN ≤ MAX, such as \`2..10\`, got \`${s}\`.`, `\`2..10\`처럼 MIN ≤ MAX인 \`MIN..MAX\`를 쓰세요(\`${s}\`).`);
      else attr.value = { type: 'range', min: v.min, max: v.max };
      return;
    }
    case 'enum': {
      const s = single(p, attr, items);
      if (s === null) return;
      const names = namesOf(type.values);
      if (names.includes(s)) {
        attr.value = { type: 'text', value: s };
        return;
      }
      const guess = enumGuess(s, names);
      p.report(
        'invalid-value',
        vs,
        L(
          `\`${s}\` is not a value of \`${attr.key}\`: one of ${names.join(', ')}.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
          `${codeJosa(s, '은/는')} \`${attr.key}\`의 값이 아닙니다. ${names.join(', ')} 중 하나를 쓰세요.${guess ? ` ${codeJosa(guess, '을/를')} 뜻했나요?` : ''}`,
        ),
        guess ? { key: attr.key, suggestion: guess } : { key: attr.key },
      );
      return;
    }
    case 'text': {
      const s = single(p, attr, items);
      if (s !== null) attr.value = { type: 'text', value: s };
      return;
    }
    case 'zone':
    case 'region':
    case 'node': {
      const s = single(p, attr, items);
      if (s === null) return;
      if (!(type.t === 'node' ? isValidName(s) : isValidPlaceName(s))) {
        bad(p, attr, `\`${s}\` is not a name.`, `${codeJosa(s, '은/는')} 이름이 아닙니다.`);
        return;
      }
      attr.value = { type: 'text', value: s };
      p.addRef(type.t, s, items[0]!.span, attr.key);
      return;
    }
    case 'zones':
    case 'nodes': {
      for (let ii = 0; ii < items.length; ii++) {
        const it = items[ii]!;
        if (!(type.t === 'nodes' ? isValidName(it.text) : isValidPlaceName(it.text))) {
          p.report('invalid-value', it.span, L(`\`${it.text}\` is not a name.`, `${codeJosa(it.text, '은/는')} 이름이 아닙니다.`), { key: attr.key });
          return;
        }
      }
      attr.value = { type: 'list', items };
      for (let ii = 0; ii < items.length; ii++) {
        const it = items[ii]!;
        p.addRef(type.t === 'zones' ? 'zone' : 'node', it.text, it.span, attr.key);
      }
      return;
    }
    case 'sessions': {
      const s = single(p, attr, items);
      if (s === null) return;
      attr.value = { type: 'text', value: s };
      if (SESSION_KEYWORDS.has(s)) return;
      if (!isValidName(s)) {
        bad(p, attr, '`local`, `sticky`, `replicated` or the name of a shared cache node.', '`local`, `sticky`, `replicated` 또는 공유 캐시 노드의 이름을 쓰세요.');
        attr.value = null;
        return;
      }
      p.addRef('node', s, items[0]!.span, 'sessions');
      return;
    }
  }
}

function bad(p: ValueSink, attr: Attr, en: string, ko: string): void {
  p.report('invalid-value', attr.valueSpan!, L(`Invalid \`${attr.key}\`: ${en}`, `잘못된 \`${attr.key}\` 값: ${ko}`), { key: attr.key });
}

/** The one value of an attribute, or null (reported) when it is a list. */
function single(p: ValueSink, attr: Attr, items: ListItem[]): string | null {
  if (items.length !== 1) {
    bad(p, attr, 'expected one value, not a list.', '목록이 아니라 값 하나를 쓰세요.');
    return null;
  }
  return items[0]!.text;
}

export function example(t: AttrType): string {
  switch (t.t) {
    case 'int':
      return '2';
    case 'number':
      return '100';
    case 'percent':
      return '99.9%';
    case 'duration':
      return '30s';
    case 'range':
      return '2..10';
    case 'enum':
      return t.values.map((v) => v.name).join('|');
    case 'zones':
      return 'a,b';
    case 'nodes':
      return 'x,y';
    case 'sessions':
      return 'local|sticky|replicated|NODE';
    default:
      return '…';
  }
}

/** Long forms people write for the short enum values (`failover=automatic`): too far apart for an edit distance. */
const ENUM_SYNONYMS: Readonly<Record<string, string>> = {
  automatic: 'auto',
  automated: 'auto',
  automatically: 'auto',
  manually: 'manual',
  synchronous: 'sync',
  asynchronous: 'async',
  'semi-synchronous': 'semi-sync',
  semisynchronous: 'semi-sync',
};

/** The value meant: the same in lower case, a long form of it, or the nearest by spelling. */
function enumGuess(s: string, names: readonly string[]): string | null {
  const lower = s.toLowerCase();
  if (names.includes(lower)) return lower;
  const syn = ENUM_SYNONYMS[lower];
  if (syn !== undefined && names.includes(syn)) return syn;
  return didYouMean(s, names) ?? null;
}
