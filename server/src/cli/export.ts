/**
 * `infra-notes export NOTE.md…`: writes after each topology block of the notes a plain
 * ```mermaid block that GitHub and blogs draw (core/render/export.ts), between marker
 * comments, so running it again only refreshes them. `--check` writes nothing and exits 1
 * when a note's pictures are missing or stale (for CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { exportNote, type Locale, type RuleConfig } from '../core';

export interface ExportCliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

export class ExportUsageError extends Error {}

/** Exports every given note; returns the exit status (0 done or up to date, 1 stale with --check). */
export function exportNotes(files: readonly string[], opts: { check: boolean; locale: Locale; rules?: RuleConfig }, io: ExportCliIo): number {
  if (!files.length) throw new ExportUsageError('export needs at least one note');
  let stale = 0;
  for (const file of files) {
    const full = resolve(io.cwd, file);
    const rel = relative(io.cwd, full);
    const shown = rel && !rel.startsWith('..') ? rel : file;
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch (err) {
      throw new ExportUsageError(`cannot read ${file}: ${(err as Error).message}`);
    }
    if (/\.topology$/i.test(full)) throw new ExportUsageError(`${file}: export writes into Markdown notes; a .topology file has no place for a picture`);
    const r = exportNote(text, { locale: opts.locale, rules: opts.rules });
    for (const s of r.skipped) io.err(`${shown}:${s.line + 1}: ${opts.locale === 'ko' ? '건너뜀' : 'skipped'}: ${s.reason[opts.locale]}\n`);
    if (!r.changed) continue;
    stale++;
    if (opts.check) {
      io.err(opts.locale === 'ko' ? `${shown}: 그림이 없거나 오래되었습니다 (infra-notes export ${shown})\n` : `${shown}: pictures missing or stale (run infra-notes export ${shown})\n`);
      continue;
    }
    try {
      writeFileSync(full, r.text);
    } catch (err) {
      throw new ExportUsageError(`cannot write ${file}: ${(err as Error).message}`);
    }
    io.err(opts.locale === 'ko' ? `${shown}: 그림 ${r.blocks.length}개를 썼습니다\n` : `${shown}: wrote ${r.blocks.length} picture${r.blocks.length === 1 ? '' : 's'}\n`);
  }
  return opts.check && stale ? 1 : 0;
}
