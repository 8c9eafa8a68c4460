#!/usr/bin/env node
// Renders media/icon.svg to media/icon.png (256×256, transparent corners) with
// our own tooling: playwright-core driving Debian's chromium (apt package
// `chromium`; override with INFRA_NOTES_CHROMIUM). The PNG is committed: the
// Marketplace and vsce want a PNG icon, and packaging must not need a browser.
//
//   node scripts/make-icon.mjs [--check]   (--check: exit 1 if the PNG is stale)

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const svgPath = join(root, 'media', 'icon.svg');
const pngPath = join(root, 'media', 'icon.png');
const SIZE = 256;

export async function renderIcon(svg = readFileSync(svgPath, 'utf8')) {
  const home = mkdtempSync(join(tmpdir(), 'infra-notes-icon-'));
  const browser = await chromium.launch({
    executablePath: process.env.INFRA_NOTES_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-dev-shm-usage'],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache') },
  });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
      `<img id="icon" src="${src}" width="${SIZE}" height="${SIZE}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => {
      const img = document.getElementById('icon');
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
    });
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  } finally {
    await browser.close();
    rmSync(home, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const png = await renderIcon();
  if (process.argv.includes('--check')) {
    let old;
    try { old = readFileSync(pngPath); } catch { old = Buffer.alloc(0); }
    if (!old.equals(png)) {
      console.error(`${pngPath} differs from a fresh render of ${svgPath}: run node scripts/make-icon.mjs`);
      process.exit(1);
    }
    console.log(`${pngPath} is up to date`);
  } else {
    writeFileSync(pngPath, png);
    console.log(`wrote ${pngPath} (${SIZE}×${SIZE}, ${png.length} bytes)`);
  }
}
