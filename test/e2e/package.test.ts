// The .vsix users install (`npm run package`, scripts/package.mjs): packs a
// production build with @vscode/vsce into a temp file, then checks what is in
// it — the runtime files present, no sources, tests, node_modules or source
// maps, every file the manifest points at present, every %key% translated, a
// size bound — and installs it into the cached code-server with
// `--install-extension` (offline). About 25 s on 2 cores, most of it esbuild
// minifying the three mermaid bundles.
//
// INFRA_NOTES_SKIP_VSCODE_E2E=1 skips the install (it needs the ~630 MB
// code-server cache from scripts/vscode/install.mjs); the packaging still runs.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Measured 3.30 MB (0.1.0: three bundles carrying mermaid, ~3.5 MB each unzipped). */
const MAX_VSIX_BYTES = 5 * 1024 * 1024;

interface Packager {
  packageExtension(opts: { out?: string; quiet?: boolean }): { vsix: string; size: number; files: string[] };
  installVsix(vsix: string, opts: { extensionsDir?: string; runDir?: string }): Promise<{ extensionDir: string; output: string }>;
  readVsixFile(vsix: string, name: string): Buffer | undefined;
}

// Plain ESM JavaScript shared with the CLI scripts; imported by URL, lazily
// (tsx compiles this file as CommonJS: no top-level await).
async function load(): Promise<Packager> {
  return (await import(pathToFileURL(join(ROOT, 'scripts', 'package.mjs')).href)) as Packager;
}

let tmp: string;
let packager: Packager;
let result: { vsix: string; size: number; files: string[] };
interface Manifest {
  version: string;
  main: string;
  icon?: string;
  contributes: {
    'markdown.previewScripts': string[];
    'markdown.previewStyles': string[];
    grammars: { path: string }[];
    languages: { configuration?: string }[];
    snippets?: { path: string }[];
    walkthroughs?: { steps: { media: Record<string, string | undefined> }[] }[];
  };
}
let manifest: Manifest;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'infra-notes-package-test-'));
  packager = await load();
  result = packager.packageExtension({ out: join(tmp, 'infra-notes.vsix'), quiet: true });
  manifest = JSON.parse(packager.readVsixFile(result.vsix, 'extension/package.json')!.toString('utf8'));
});
after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
});

test('the .vsix holds the runtime files', () => {
  const files = new Set(result.files);
  for (const f of [
    'extension.vsixmanifest',
    'extension/package.json',
    'extension/package.nls.json',
    'extension/package.nls.ko.json',
    'extension/readme.md',
    'extension/changelog.md',
    'extension/LICENSE.txt',
    'extension/out/client.js',
    'extension/out/ThirdPartyNotices.txt',
    'extension/out/server.js',
    'extension/out/media/preview.js',
    'extension/out/media/diagram.js',
    'extension/out/media/simulate.js',
    'extension/media/diagram.css',
    'extension/media/simulate/simulate.css',
    'extension/media/icon.png',
    'extension/syntaxes/topology.tmLanguage.json',
    'extension/syntaxes/topology-markdown-injection.tmLanguage.json',
    'extension/l10n/bundle.l10n.ko.json',
    'extension/snippets/topology.json',
    'extension/snippets/markdown.json',
  ]) {
    assert.ok(files.has(f), `${f} is missing from the .vsix`);
  }
});

test('the .vsix carries the licenses of what its bundles inline', () => {
  const notices = packager.readVsixFile(result.vsix, 'extension/out/ThirdPartyNotices.txt')!.toString('utf8');
  // Packages inlined into out/server.js, out/client.js and the preview, each with its license text.
  for (const [name, license] of <[string, string][]>[['es-hangul', 'MIT'], ['mermaid', 'MIT'], ['vscode-languageclient', 'MIT'], ['vscode-languageserver', 'MIT'], ['markdown-it', 'MIT'], ['dompurify', '(MPL-2.0 OR Apache-2.0)']]) {
    assert.match(notices, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d[^ ]* — ${license.replace(/[()]/g, '\\$&')}$`, 'm'), `${name} (${license}) is not in the notices`);
  }
  assert.match(notices, /Permission is hereby granted, free of charge/);
  // Dev-only packages are not shipped, so not listed.
  for (const dev of ['esbuild', 'typescript', 'eslint', 'playwright-core']) assert.doesNotMatch(notices, new RegExp(`^${dev} `, 'm'));
});

test('the .vsix holds no development files', () => {
  const bad = result.files.filter((f) =>
    /\.(ts|map|tsbuildinfo|vsix)$/.test(f) && !f.endsWith('.d.ts') ||
    /(^|\/)(node_modules|test|tsc|\.vscode-test|test-results|\.git|scripts|src)\//.test(f) ||
    /^extension\/(out\/cli\.js|out\/media\/mermaid\.min\.js|esbuild\.mjs|tsconfig|eslint|package-lock\.json|examples\/|media\/icon\.svg)/.test(f));
  assert.deepEqual(bad, []);
  // A production build: minified, no source map references.
  const client = packager.readVsixFile(result.vsix, 'extension/out/client.js')!.toString('utf8');
  assert.doesNotMatch(client, /sourceMappingURL/);
  assert.ok(client.length / client.split('\n').length > 500, 'out/client.js looks unminified (short lines)');
});

test(`the .vsix is small (measured 3.3 MB, bound ${MAX_VSIX_BYTES / 1024 / 1024} MB)`, () => {
  assert.ok(result.size < MAX_VSIX_BYTES, `${result.vsix} is ${result.size} bytes`);
});

test('every file the manifest points at is in the .vsix', () => {
  const files = new Set(result.files);
  const c = manifest.contributes;
  const wanted = [
    manifest.main,
    manifest.icon,
    ...c['markdown.previewScripts'],
    ...c['markdown.previewStyles'],
    ...c.grammars.map((g) => g.path),
    ...c.languages.map((l) => l.configuration),
    ...(c.snippets ?? []).map((s) => s.path),
    ...(c.walkthroughs ?? []).flatMap((w) => w.steps.flatMap((s) => [s.media.markdown, s.media.image, s.media.svg])),
  ].filter((p): p is string => typeof p === 'string');
  // A %key% path (the walkthrough's pages, one per language) names a file in each translation.
  const nlsFiles = ['package.nls.json', 'package.nls.ko.json'].map((f) => JSON.parse(packager.readVsixFile(result.vsix, `extension/${f}`)!.toString('utf8')) as Record<string, string>);
  const resolved = wanted.flatMap((p) => {
    const key = /^%(.+)%$/.exec(p)?.[1];
    return key ? nlsFiles.map((nls) => nls[key] ?? `(no translation of ${p})`) : [p];
  });
  assert.ok(resolved.some((p) => p.startsWith('walkthroughs/ko/')), 'the Korean walkthrough pages are named');
  assert.ok(manifest.icon, 'the manifest has an icon');
  assert.ok((c.walkthroughs ?? []).length > 0, 'the manifest has a walkthrough');
  const missing = resolved.map((p) => `extension/${p.replace(/^\.\//, '')}`).filter((p) => !files.has(p));
  assert.deepEqual(missing, []);
});

test('every %key% of the manifest is translated in English and Korean', () => {
  const keys = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') { const m = /^%(.+)%$/.exec(v); if (m) keys.add(m[1]!); } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(manifest);
  assert.ok(keys.size > 0);
  for (const file of ['package.nls.json', 'package.nls.ko.json']) {
    const nls = JSON.parse(packager.readVsixFile(result.vsix, `extension/${file}`)!.toString('utf8')) as Record<string, string>;
    assert.deepEqual([...keys].filter((k) => !(k in nls)), [], `keys missing from ${file}`);
  }
});

test('code-server installs the .vsix offline, and it works there', { skip: process.env.INFRA_NOTES_SKIP_VSCODE_E2E === '1' }, async () => {
  const extensionsDir = join(tmp, 'extensions');
  const { extensionDir } = await packager.installVsix(result.vsix, { extensionsDir, runDir: join(tmp, 'run') });
  assert.equal(extensionDir, join(extensionsDir, `infra-notes.infra-notes-${manifest.version}`));
  for (const f of ['package.json', 'out/client.js', 'out/server.js', 'out/media/preview.js']) {
    assert.ok(existsSync(join(extensionDir, f)), `${f} missing from the installed extension`);
  }
  const registry = JSON.parse(readFileSync(join(extensionsDir, 'extensions.json'), 'utf8')) as { identifier: { id: string } }[];
  assert.ok(registry.some((e) => e.identifier.id === 'infra-notes.infra-notes'), 'extensions.json lists the extension');

  // And it works there: the smoke tests of the e2e suite run against the installed,
  // minified copy (not the repo's development build).
  const run = (await import(pathToFileURL(join(ROOT, 'scripts', 'vscode', 'run.mjs')).href)) as {
    copyWorkspace(): string;
    runVsCodeTests(o: { extensionPath: string; workspace: string; env: Record<string, string>; label: string; timeoutMs: number }): Promise<{ exitCode: number | null; output: string }>;
  };
  const workspace = run.copyWorkspace();
  try {
    const r = await run.runVsCodeTests({ extensionPath: extensionDir, workspace, env: { INFRA_NOTES_E2E_GREP: 'smoke' }, label: 'vsix-smoke', timeoutMs: 180_000 });
    assert.equal(r.exitCode, 0, `the smoke suite failed against the installed .vsix:\n${r.output}`);
    assert.match(r.output, /2 passing/);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});
