/** Quick fixes that silence a rule with the spec's suppression comments. */
import type { DesignEntry, DocumentAnalysis, Range } from './service';
import type { Localized } from '../syntax/ast';

export interface DocFix {
  title: Localized;
  edits: { range: Range; newText: string }[];
}

const NEXT = /^(\s*)#\s*infra-notes-disable-next-line\b(.*)$/;

/**
 * "Disable RULE for this line" (a comment above the finding's line, or the rule
 * added to one already there) and "… for this block" (a comment on the first line).
 * Container prefixes (`> `, list indent) are repeated so the comment stays in the block.
 */
export function suppressionFixes(a: DocumentAnalysis, entry: DesignEntry, rule: string, docLine: number): DocFix[] {
  const fixes: DocFix[] = [];
  const rel = docLine - entry.firstLine;
  const src = entry.design.source[rel];
  const prefixOf = (line: number, col: number): string => (a.lines[line] ?? '').slice(0, col);
  if (src) {
    const indent = /^\s*/.exec(src.text)![0];
    const above = entry.design.source[rel - 1];
    const m = above ? NEXT.exec(above.text) : null;
    let edit: { range: Range; newText: string };
    if (above && m) {
      const end = above.col + above.text.length;
      const rest = m[2]!.trim();
      edit = { range: { start: { line: docLine - 1, character: end }, end: { line: docLine - 1, character: end } }, newText: rest ? `, ${rule}` : ` ${rule}` };
    } else {
      edit = {
        range: { start: { line: docLine, character: 0 }, end: { line: docLine, character: 0 } },
        newText: `${prefixOf(docLine, src.col)}${indent}# infra-notes-disable-next-line ${rule}\n`,
      };
    }
    fixes.push({ title: { en: `Disable ${rule} for this line`, ko: `이 줄에서 ${rule} 끄기` }, edits: [edit] });
  }
  const first = entry.design.source[0];
  const line = entry.firstLine;
  if (entry.fenceLine >= 0 || first) {
    const col = first ? first.col : 0;
    fixes.push({
      title: { en: `Disable ${rule} for this design`, ko: `이 설계에서 ${rule} 끄기` },
      edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${first ? prefixOf(line, col) : ''}# infra-notes-disable ${rule}\n` }],
    });
  }
  return fixes;
}
