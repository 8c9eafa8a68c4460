/**
 * Name resolution: once every declaration of a design is known, each use of a
 * node, zone or region name is checked (unknown names get a did-you-mean; a
 * place used but not declared is declared by its first use).
 */
import type { LanguageCodeId } from '../codes';
import type { Localized, Place, Reference, Span, TopologyNode } from '../ast';
import { didYouMean } from '../suggest';
import { codeJosa } from '../../shared/josa';
import { hasInvisible, visible } from '../../shared/visible';
import { L } from '../../shared/localized';


/**
 * Where a reference comes from, to word the message: a phrase, or the key of the
 * attribute it is written in (worded `key=`).
 */
export type RefSource = Localized | string;

/** The same words, for a zone or region a scenario step names (resolved after the others). */
export const WHAT_SCENARIO_PLACE = L('this scenario', '이 시나리오');

/** What name resolution reads and reports through: the parser's tables of declarations and uses. */
export interface NameTable {
  readonly refs: Reference[];
  /** Per reference (same index): where it comes from. */
  readonly refWhat: RefSource[];
  readonly nodes: Map<string, TopologyNode>;
  readonly zones: Map<string, Place>;
  readonly regions: Map<string, Place>;
  report(rule: LanguageCodeId, span: Span, message: Localized, data?: Record<string, unknown>): void;
}

// ---- references --------------------------------------------------------

/** Checks every use of a name now that all declarations are known. */
export function resolveReferences(p: NameTable): void {
  const fromScenarios: number[] = [];
  // One guess per unknown name (a renamed node is used by many edges; each guess compares every name).
  const guesses = new Map<string, string | undefined>();
  const refs = p.refs;
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i]!;
    if (r.kind === 'node') {
      if (p.nodes.has(r.name)) continue;
      const what = whatOf(p.refWhat[i]!);
      // The same letters in another Unicode form (a Hangul name typed decomposed, NFD) or with an
      // invisible character: say exactly that, not "unknown name" for a name that looks identical.
      const twin = lookalike(r.name, p.nodes.keys());
      if (twin) {
        p.report(
          'unknown-reference',
          r.span,
          twin.why === 'nfc'
            ? L(
                `\`${r.name}\` looks like the node \`${twin.name}\` but is written in another Unicode form (decomposed Hangul, NFD); names are compared as typed. Retype it, or use the quick fix.`,
                `${codeJosa(r.name, '은/는')} 노드 ${codeJosa(twin.name, '와/과')} 똑같아 보이지만 유니코드 표기 방식이 다릅니다(한글 자모가 분리된 NFD). 이름은 입력한 그대로 비교하니 다시 입력하거나 빠른 수정을 쓰세요.`,
              )
            : L(
                `\`${visible(r.name)}\` is the node \`${twin.name}\` with an invisible character in it; remove it, or use the quick fix.`,
                `${codeJosa(visible(r.name), '은/는')} 노드 \`${twin.name}\`에 보이지 않는 문자가 섞인 이름입니다. 그 문자를 지우거나 빠른 수정을 쓰세요.`,
              ),
          { suggestion: twin.name, name: r.name },
        );
        continue;
      }
      let guess = guesses.get(r.name);
      if (guess === undefined && !guesses.has(r.name)) {
        guess = didYouMean(r.name, p.nodes.keys());
        guesses.set(r.name, guess);
      }
      p.report(
        'unknown-reference',
        r.span,
        L(
          `No node \`${visible(r.name)}\` in this design (used by ${what.en}).${guess ? ` Did you mean \`${guess}\`?` : ` Declare it: \`${r.name}: KIND\`.`}`,
          `이 설계에 \`${visible(r.name)}\` 노드가 없습니다(${what.ko}에서 사용).${guess ? ` ${codeJosa(guess, '을/를')} 뜻했나요?` : ` \`${r.name}: KIND\`로 선언하세요(KIND는 노드 종류).`}`,
        ),
        guess ? { suggestion: guess, name: r.name } : { name: r.name },
      );
      continue;
    }
    if (p.refWhat[i] === WHAT_SCENARIO_PLACE) {
      fromScenarios.push(i);
      continue;
    }
    // A place used by a node or a zone but never declared is declared by that use.
    const map = r.kind === 'zone' ? p.zones : p.regions;
    if (map.has(r.name)) continue;
    const declared = [...map.values()].filter((p) => p.span).map((p) => p.name);
    const guess = didYouMean(r.name, declared);
    map.set(r.name, { name: r.name, span: null, region: null, line: r.span.line });
    // In a design with regions, a zone declared by its use lies in none: a region's loss never takes it (round 41: a
    // database in `zones=ew1-b,ew1-c` outlived region `ew1`). The region its name starts with is the likely one.
    const regions = r.kind === 'zone' && !guess ? [...p.regions.keys()] : [];
    const home = regions.filter((g) => r.name.length > g.length && r.name.toLowerCase().startsWith(g.toLowerCase())).sort((a, b) => b.length - a.length)[0];
    const decl = `${r.kind} ${r.name}${home ? ` region=${home}` : regions.length ? ' region=…' : ''}`;
    p.report(
      'undeclared-place',
      r.span,
      L(
        `${r.kind} \`${r.name}\` is not declared, so this use declares it${regions.length ? ' — in no region, so losing a region never takes it' : ''}.${guess ? ` Did you mean \`${guess}\`?` : ` Add \`${decl}\` to make it explicit.`}`,
        `${r.kind === 'zone' ? '존' : '리전'} ${codeJosa(r.name, '이/가')} 선언되지 않아 이 사용으로 선언된 것으로 봅니다.${regions.length ? ' 어느 리전에도 속하지 않으므로 리전을 잃어도 이 존은 함께 잃지 않는 것으로 계산됩니다.' : ''}${guess ? ` ${codeJosa(guess, '을/를')} 뜻했나요?` : ` ${codeJosa(decl, '을/를')} 추가해 명확히 하세요.`}`,
      ),
      guess ? { kind: r.kind, name: r.name, suggestion: guess } : { kind: r.kind, name: r.name },
    );
  }
  // A scenario can only fail a place the design has.
  for (const i of fromScenarios) {
    const r = refs[i]!;
    const map = r.kind === 'zone' ? p.zones : p.regions;
    if (map.has(r.name)) continue;
    const guess = didYouMean(r.name, map.keys());
    p.report(
      'unknown-reference',
      r.span,
      L(`No ${r.kind} \`${r.name}\` in this design.${guess ? ` Did you mean \`${guess}\`?` : ''}`, `이 설계에 ${r.kind === 'zone' ? '존' : '리전'} ${codeJosa(r.name, '이/가')} 없습니다.${guess ? ` ${codeJosa(guess, '을/를')} 뜻했나요?` : ''}`),
      guess ? { suggestion: guess, name: r.name } : { name: r.name },
    );
  }
}

/** Where a reference comes from, as a phrase: `key=` for an attribute. */
function whatOf(w: RefSource): Localized {
  return typeof w === 'string' ? L(`\`${w}=\``, `\`${w}=\``) : w;
}

/** A declared name that `name` only differs from by Unicode normalization or invisible characters. */
function lookalike(name: string, names: Iterable<string>): { name: string; why: 'nfc' | 'invisible' } | null {
  const nfc = name.normalize('NFC');
  const stripped = hasInvisible(nfc) ? [...nfc].filter((c) => !hasInvisible(c)).join('') : null;
  for (const n of names) {
    if (n === name) continue;
    const m = n.normalize('NFC');
    if (m === nfc) return { name: n, why: 'nfc' };
    if (stripped !== null && m === stripped) return { name: n, why: 'invisible' };
  }
  return null;
}
