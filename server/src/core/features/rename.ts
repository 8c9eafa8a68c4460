/** Rename a node, zone or region across its design. */
import { toRange, type DocumentAnalysis, type Pos, type Range, TopologyService } from './service';
import type { Localized } from '../syntax/ast';
import { isValidName, isValidPlaceName } from '../syntax/values';
import { itemsNamed, nameAt } from './names';
import { codeJosa } from '../shared/josa';

export function prepareRename(service: TopologyService, a: DocumentAnalysis, pos: Pos): { range: Range; placeholder: string } | null {
  const hit = nameAt(service, a, pos);
  if (!hit) return null;
  return { range: toRange(hit.entry, hit.item.span), placeholder: hit.item.name };
}

export type RenameResult = { edits: { range: Range; newText: string }[] } | { error: Localized };

/** Renames a node, zone or region across its design: declaration, edges, of=, sessions=, watches=, zones, scenarios. */
export function rename(service: TopologyService, a: DocumentAnalysis, pos: Pos, newName: string): RenameResult | null {
  const hit = nameAt(service, a, pos);
  if (!hit) return null;
  const { entry, item } = hit;
  if (!(item.kind === 'node' ? isValidName(newName) : isValidPlaceName(newName))) {
    return { error: { en: `\`${newName}\` is not a valid name: start with a letter; use letters, digits, -, _ and .`, ko: `${codeJosa(newName, '은/는')} 올바른 이름이 아닙니다. 글자로 시작하고 글자, 숫자, -, _, . 만 쓰세요.` } };
  }
  if (newName !== item.name && itemsNamed(entry.design, item.kind, newName).length) {
    return { error: { en: `A ${item.kind} named \`${newName}\` already exists in this design.`, ko: `이 설계에 ${item.kind} ${codeJosa(newName, '이/가')} 이미 있습니다.` } };
  }
  return { edits: itemsNamed(entry.design, item.kind, item.name).map((i) => ({ range: toRange(entry, i.span), newText: newName })) };
}
