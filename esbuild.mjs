// Bundles every part: extension client and language server (node, cjs), the CLI,
// the e2e suite (runs inside the extension host), and browser code for the
// Markdown preview and webviews (iife). Entries whose source does not exist yet are skipped.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeNotices } from './scripts/notices.mjs';
import mermaidPlugins from './scripts/esbuild-mermaid.cjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * V8 keeps a script's source text for lazy compilation, at one byte a character only when every character is Latin-1.
 * esbuild escapes non-ASCII characters in strings (its default charset) but leaves them in comments and regular
 * expression literals, which made the server's 2.2 MB bundle a 4.5 MB two-byte string in its heap. `\uXXXX` means
 * the same in a comment, a regular expression, a template or an identifier, so what is left is escaped after the build
 * (and a non-ASCII character after a backslash, where it would not, stops the build).
 */
const asciiSource = {
  name: 'ascii-source',
  setup(build) {
    build.onEnd((result) => {
      const file = build.initialOptions.outfile;
      if (result.errors.length || !file || !existsSync(file)) return;
      const text = readFileSync(file, 'utf8');
      if (!/[^\x00-\x7f]/.test(text)) return;
      const escaped = /\\[^\x00-\x7f]/.exec(text);
      if (escaped) throw new Error(`${file}: a non-ASCII character after a backslash at ${escaped.index}: escape it in the source`);
      writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    });
  },
};

const node = { platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], plugins: [asciiSource] };
// The pages draw flowcharts only: mermaid's other diagram types stay out of their bundles.
const browser = { platform: 'browser', format: 'iife', target: 'es2022', plugins: [mermaidPlugins.mermaidFlowchartOnly] };

/** [entry, outfile, options] */
const entries = [
  ['client/src/extension.ts', 'out/client.js', node],
  ['server/src/main.ts', 'out/server.js', node],
  ['server/src/cli.ts', 'out/cli.js', node],
  ['test/e2e/suite/index.ts', 'out/test/e2e/index.js', { ...node, logOverride: { 'require-resolve-not-external': 'silent' } }],
  ['media/preview/index.ts', 'out/media/preview.js', browser],
  ['media/diagram/main.ts', 'out/media/diagram.js', browser],
  ['media/simulate/main.ts', 'out/media/simulate.js', browser],
];

// The CLI's `render` inlines mermaid's standalone build into a self-contained page.
mkdirSync('out/media', { recursive: true });
copyFileSync('node_modules/mermaid/dist/mermaid.min.js', 'out/media/mermaid.min.js');

const contexts = [];
for (const [entry, outfile, opts] of entries) {
  if (!existsSync(entry)) continue;
  const ctx = await esbuild.context({
    entryPoints: [entry],
    outfile,
    bundle: true,
    sourcemap: production ? false : 'linked',
    minify: production,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: !outfile.startsWith('out/test/'),
    ...opts,
  });
  contexts.push(ctx);
}
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  // The licenses of every package inlined into a shipped bundle, and of mermaid (copied whole).
  const inputs = results.flatMap((r) => Object.keys(r.metafile?.inputs ?? {}));
  writeNotices([...inputs, 'node_modules/mermaid/dist/mermaid.min.js'], 'out/ThirdPartyNotices.txt');
}
