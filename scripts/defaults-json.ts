/**
 * docs/defaults.json: the machine-readable form of the technology profiles, generated from the table the code reads
 * (server/src/core/model/profiles/table.ts) and the Sources of docs/defaults.md, so it cannot drift from either
 * (test/unit/defaults-json.test.ts). Run `npm run docs:defaults` after changing a profile.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENGINE_PROFILES, PROFILES, type ProfileValue as Value } from '../server/src/core';

/** The unit of a profile value: availability figures are ratios, check counts are counts, the rest seconds. */
const unitOf = (name: string): string => (/availability/i.test(name) ? 'ratio' : /^(failures|beats|rise)$/.test(name) ? 'count' : 's');

function value(name: string, v: Value): Record<string, unknown> {
  return { value: v.v, unit: unitOf(name), ...(v.range ? { range: v.range } : {}), source: v.cite, status: v.status };
}

/** The "Selected by" sentence of each profile's section in docs/defaults.md (headings end with the id in backquotes). */
function selectedBy(md: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const h = /^#{2,4} .*\(`([a-z0-9-]+)`\)\s*$/.exec(lines[i]!);
    if (!h) continue;
    for (let k = i + 1; k < lines.length && !/^#{2,4} /.test(lines[k]!); k++) {
      const m = /^\*\*Selected by\*\* (.*)$/.exec(lines[k]!);
      if (m) {
        out.set(h[1]!, m[1]!.trim());
        break;
      }
    }
  }
  return out;
}

/** The Sources table of docs/defaults.md: key → title, address, version. */
function sources(md: string): Record<string, { title: string; url: string; version: string }> {
  const at = md.indexOf('\n## Sources');
  const out: Record<string, { title: string; url: string; version: string }> = {};
  if (at < 0) return out;
  for (const line of md.slice(at).split('\n')) {
    const cells = line.split(' | ');
    if (!line.startsWith('| ') || cells.length < 4) continue;
    const key = cells[0]!.slice(2).trim();
    if (key === 'key' || /^-+$/.test(key)) continue;
    out[key] = { title: cells[1]!.trim(), url: cells[2]!.trim(), version: cells.slice(3).join(' | ').replace(/\s*\|\s*$/, '').trim() };
  }
  return out;
}

export function defaultsJson(md: string): unknown {
  const sel = selectedBy(md);
  const engines = new Map<string, string[]>();
  for (const [word, id] of Object.entries(ENGINE_PROFILES)) engines.set(id, [...(engines.get(id) ?? []), word]);
  const profiles: Record<string, unknown> = {};
  for (const p of Object.values(PROFILES)) {
    const values: Record<string, unknown> = {};
    for (const [name, v] of Object.entries(p.values)) if (v && typeof v === 'object' && 'v' in v) values[name] = value(name, v as Value);
    profiles[p.id] = {
      label: p.label,
      ...(p.managed ? { managed: true } : {}),
      ...(engines.has(p.id) ? { engines: engines.get(p.id) } : {}),
      ...(sel.has(p.id) ? { selectedBy: sel.get(p.id) } : {}),
      values,
    };
  }
  return {
    $comment:
      'Generated from server/src/core/model/profiles/table.ts and the Sources of docs/defaults.md by `npm run docs:defaults`; docs/defaults.md is the page to read. status: verified | secondary | derived | generic | unverified. Where a document gives a range, value is its slow end. Values a profile does not set are the generic profile\'s.',
    profiles,
    sources: sources(md),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const md = readFileSync(`${root}docs/defaults.md`, 'utf8');
  writeFileSync(`${root}docs/defaults.json`, `${JSON.stringify(defaultsJson(md), null, 2)}\n`);
}
