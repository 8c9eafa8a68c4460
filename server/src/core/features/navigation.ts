/** Go to definition and find references for node, zone and region names. */
import { toRange, type DocumentAnalysis, type Pos, type Range, TopologyService } from './service';
import { declarationOf, itemsNamed, nameAt } from './names';

/** Where the name under the cursor is declared (a place used but never declared: its first use). */
export function definition(service: TopologyService, a: DocumentAnalysis, pos: Pos): Range | null {
  const hit = nameAt(service, a, pos);
  if (!hit) return null;
  const { entry, item } = hit;
  const decl = declarationOf(entry.design, item.kind, item.name) ?? itemsNamed(entry.design, item.kind, item.name)[0]?.span;
  return decl ? toRange(entry, decl) : null;
}

/** Every use of the name under the cursor in its design. */
export function references(service: TopologyService, a: DocumentAnalysis, pos: Pos, includeDeclaration: boolean): Range[] {
  const hit = nameAt(service, a, pos);
  if (!hit) return [];
  const { entry, item } = hit;
  return itemsNamed(entry.design, item.kind, item.name)
    .filter((i) => includeDeclaration || i.role === 'ref')
    .map((i) => toRange(entry, i.span));
}
