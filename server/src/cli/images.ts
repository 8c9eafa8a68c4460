/**
 * `infra-notes images NOTE.md…`: writes an SVG image of every design of the notes next
 * to each note, `NOTE.DESIGN.svg` (core/render/image.ts: the same images as the editor's
 * "Write Diagram Images" and `infraNotes.export.images`). The notes are not changed.
 * A file whose content is already the same is not written again. An image written
 * earlier for a design the note no longer has (renamed, removed) is deleted: only a
 * file whose SVG says it was written for that note (core staleImageFiles).
 * `--check` writes and deletes nothing and exits 1 when an image is missing, stale
 * or left over (for CI).
 */
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { imageFileName, mayBeImageOf, noteImages, staleImageFiles, type Locale, type RuleConfig } from '../core';
import { ExportUsageError, type ExportCliIo } from './export';

/** Writes the images of every given note; returns the exit status (0 written or up to date, 1 stale with --check). */
export function writeNoteImages(files: readonly string[], opts: { check: boolean; locale: Locale; rules?: RuleConfig }, io: ExportCliIo): number {
  if (!files.length) throw new ExportUsageError('images needs at least one note');
  let stale = 0;
  for (const file of files) {
    const full = resolve(io.cwd, file);
    const shownOf = (p: string): string => {
      const rel = relative(io.cwd, p);
      return rel && !rel.startsWith('..') ? rel : p;
    };
    if (!/\.(md|markdown)$/i.test(full)) throw new ExportUsageError(`${file}: images are written for Markdown notes (.md, .markdown)`);
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch (err) {
      throw new ExportUsageError(`cannot read ${file}: ${(err as Error).message}`);
    }
    const images = noteImages(text, { locale: opts.locale, rules: opts.rules, note: full });
    let leftover: string[] = [];
    try {
      const dir = dirname(full);
      const candidates = readdirSync(dir)
        .filter((f) => mayBeImageOf(full, f))
        .map((name) => {
          try {
            return { name, text: readFileSync(join(dir, name), 'utf8').slice(0, 2000) };
          } catch {
            return { name, text: '' };
          }
        });
      leftover = staleImageFiles(full, candidates, images.map((im) => imageFileName(full, im.name)));
    } catch {
      leftover = [];
    }
    for (const name of leftover) {
      const out = join(dirname(full), name);
      stale++;
      if (opts.check) {
        io.err(opts.locale === 'ko' ? `${shownOf(out)}: 이 노트에 없는 설계의 이미지입니다 (infra-notes images ${shownOf(full)}로 지우세요)\n` : `${shownOf(out)}: image of a design the note no longer has (run infra-notes images ${shownOf(full)} to remove it)\n`);
        continue;
      }
      try {
        unlinkSync(out);
      } catch (err) {
        throw new ExportUsageError(`cannot remove ${shownOf(out)}: ${(err as Error).message}`);
      }
      io.err(opts.locale === 'ko' ? `${shownOf(out)}: 노트에 없는 설계의 이미지라 지웠습니다\n` : `removed ${shownOf(out)} (its design is no longer in the note)\n`);
    }
    for (const im of images) {
      const out = join(dirname(full), imageFileName(full, im.name));
      let old: string | null = null;
      try {
        old = readFileSync(out, 'utf8');
      } catch {
        old = null;
      }
      if (old === im.svg) continue;
      stale++;
      if (opts.check) {
        io.err(opts.locale === 'ko' ? `${shownOf(out)}: 이미지가 없거나 오래되었습니다 (infra-notes images ${shownOf(full)})\n` : `${shownOf(out)}: image missing or stale (run infra-notes images ${shownOf(full)})\n`);
        continue;
      }
      try {
        writeFileSync(out, im.svg);
      } catch (err) {
        throw new ExportUsageError(`cannot write ${shownOf(out)}: ${(err as Error).message}`);
      }
      io.err(opts.locale === 'ko' ? `${shownOf(out)}: 썼습니다\n` : `wrote ${shownOf(out)}\n`);
    }
  }
  return opts.check && stale ? 1 : 0;
}
