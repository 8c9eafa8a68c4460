// Third-party notices for what the bundles ship. esbuild inlines our dependencies
// (mermaid, es-hangul, vscode-languageclient, …) into out/*.js and drops their
// license comments (legalComments: 'none' keeps the bundles small), so their
// licenses travel in one file instead: out/ThirdPartyNotices.txt, packed into the
// .vsix (.vscodeignore).
//
// Which packages: exactly those whose files esbuild read for a shipped bundle (its
// metafile's inputs under node_modules/), plus files copied whole (mermaid.min.js).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package a bundled input file belongs to: `node_modules/@scope/name/…` → `@scope/name` (last node_modules wins). */
export function packageOf(input) {
  const parts = input.split(/[\\/]/);
  const i = parts.lastIndexOf('node_modules');
  if (i < 0 || i + 1 >= parts.length) return undefined;
  const name = parts[i + 1].startsWith('@') ? `${parts[i + 1]}/${parts[i + 2]}` : parts[i + 1];
  return { name, dir: parts.slice(0, i + 1 + name.split('/').length).join('/') };
}

function licenseText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
}

/**
 * Writes the notices for the packages behind `inputs` (paths relative to the repo)
 * to `outFile`; returns the package names, sorted.
 */
export function writeNotices(inputs, outFile) {
  const dirs = new Map();
  for (const input of inputs) {
    const p = packageOf(input);
    if (p && !dirs.has(p.name)) dirs.set(p.name, p.dir);
  }
  const names = [...dirs.keys()].sort();
  const sections = names.map((name) => {
    const dir = dirs.get(name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const text = existsSync(dir) ? licenseText(dir) : undefined;
    const declared = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type;
    const license = declared ?? (text ? text.split('\n')[0].trim() : 'no license declared');
    return [
      `${name} ${pkg.version} — ${license}`,
      ...(repo ? [repo] : []),
      '',
      text ?? `(The package ships no license file; its package.json declares ${license}.)`,
    ].join('\n');
  });
  const head = [
    'Infra Notes — third-party notices',
    '',
    'Infra Notes bundles the following open-source packages. Each is listed with its',
    'version, its license and the license text it ships.',
  ].join('\n');
  writeFileSync(outFile, `${head}\n\n${sections.map((s) => `${'='.repeat(78)}\n${s}\n`).join('\n')}`);
  return names;
}
