/**
 * The Markdown preview script (bundled as an IIFE, loaded by VS Code's preview).
 * Finds the elements the markdown-it plugin wrote (client/src/preview.ts),
 * checks each design with the pure core — the same analysis, rule severities
 * (from the element's data-rules) and suppression comments as the language
 * server's squiggles, which this page cannot reach — and draws it with mermaid.
 * A broken block shows an error box; the other blocks still render.
 */
import { type CheckedDesign, checkedSource, type Finding, inlineParts, type Locale, readRuleConfig, toMermaidDiagram } from '../../server/src/core';
import { errorText, renderMermaid, themeOfBody, type UiTheme } from './render';

const TOPOLOGY_SELECTOR = '.infra-notes-topology';
const SOURCE_SELECTOR = 'pre.infra-notes-source';

const STRINGS = {
  en: {
    errors: 'This design has errors',
    renderFailed: 'The diagram could not be drawn:',
    line: 'line',
    empty: 'No nodes to draw yet.',
    findings: 'Findings',
  },
  ko: {
    errors: '이 설계에 오류가 있습니다',
    renderFailed: '다이어그램을 그리지 못했습니다:',
    line: '줄',
    empty: '아직 그릴 노드가 없습니다.',
    findings: '점검 결과',
  },
};

function locale(): Locale {
  const lang = (document.documentElement.lang || navigator.language || 'en').toLowerCase();
  return lang.startsWith('ko') ? 'ko' : 'en';
}

/** The block's design checked as the editor checks it, with the rule severities the plugin wrote. */
function checkSource(source: string, title: string, closed: boolean, rulesJson: string | undefined): CheckedDesign {
  const text = source.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const lines = text.length ? text.split('\n').map((t) => ({ text: t, col: 0 })) : [];
  let rules: unknown = {};
  try {
    rules = rulesJson ? JSON.parse(rulesJson) : {};
  } catch {
    rules = {};
  }
  return checkedSource({ title, titleStart: 0, titleEnd: title.length, closed, lines }, 0, { rules: readRuleConfig(rules) });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function findingList(findings: Finding[], firstLine: number | null, loc: Locale, className: string): HTMLUListElement {
  const ul = el('ul', className);
  for (const f of findings) {
    const li = el('li', `infra-notes-finding infra-notes-sev-${f.severity}`);
    const where = el('span', 'infra-notes-where', `${STRINGS[loc].line} ${(firstLine ?? 0) + f.span.line + 1}`);
    const rule = el('code', 'infra-notes-rule', f.rule);
    li.append(where, ' ', rule, ' ', ...inlineParts(f.message[loc]).map((p) => (p.code ? el('code', 'infra-notes-code', p.text) : p.text)));
    ul.append(li);
  }
  return ul;
}

let generation = 0;

async function renderBlock(host: HTMLElement, theme: UiTheme, loc: Locale, gen: number): Promise<void> {
  const pre = host.querySelector<HTMLElement>(SOURCE_SELECTOR);
  const source = pre?.textContent ?? '';
  const title = host.dataset['title'] ?? '';
  const closed = host.dataset['closed'] !== 'false';
  // data-line is the fence line; the design's line 0 is the next one.
  const fenceLine = host.dataset['line'] !== undefined ? Number(host.dataset['line']) : NaN;
  const firstLine = Number.isFinite(fenceLine) ? fenceLine + 1 : null;

  for (const old of host.querySelectorAll(':scope > .infra-notes-output')) old.remove();
  // The title and the errors above the source (shown for a broken block), the drawing and the findings below it.
  const head = el('div', 'infra-notes-output infra-notes-head');
  const out = el('div', 'infra-notes-output');
  host.insertBefore(head, pre ?? host.firstChild);
  host.append(out);
  host.dataset['state'] = 'pending';

  const { design, findings, errors, others } = checkSource(source, title, closed, host.dataset['rules']);
  const s = STRINGS[loc];

  if (title) head.append(el('div', 'infra-notes-title', title));
  let failed = false;
  if (errors.length) {
    failed = true;
    const box = el('div', 'infra-notes-error');
    box.setAttribute('role', 'alert');
    box.append(el('strong', '', s.errors), findingList(errors, firstLine, loc, 'infra-notes-errors'));
    head.append(box);
  }
  if (design.nodes.size > 0) {
    const { text } = toMermaidDiagram(design, findings, { theme, locale: loc });
    try {
      const svg = await renderMermaid(text, theme);
      if (gen !== generation || !host.isConnected) return;
      const diagram = el('div', 'infra-notes-diagram');
      diagram.innerHTML = svg;
      out.append(diagram);
    } catch (e) {
      if (gen !== generation || !host.isConnected) return;
      failed = true;
      const box = el('div', 'infra-notes-error');
      box.setAttribute('role', 'alert');
      box.append(el('strong', '', s.renderFailed), ' ', el('span', 'infra-notes-mermaid-error', errorText(e)));
      out.append(box);
    }
  } else if (!errors.length) {
    out.append(el('div', 'infra-notes-empty', s.empty));
  }
  if (others.length) out.append(findingList(others, firstLine, loc, 'infra-notes-findings'));
  host.dataset['state'] = failed ? 'error' : 'rendered';
  host.dataset['theme'] = theme;
}

async function renderAll(): Promise<void> {
  const gen = ++generation;
  const theme = themeOfBody();
  const loc = locale();
  const hosts = Array.from(document.querySelectorAll<HTMLElement>(TOPOLOGY_SELECTOR));
  for (const host of hosts) {
    if (gen !== generation) return;
    try {
      await renderBlock(host, theme, loc, gen);
    } catch (e) {
      console.error('[infra-notes] preview render failed', e);
      host.dataset['state'] = 'error';
    }
  }
  if (gen === generation) {
    document.body.dataset['infraNotesRendered'] = String(gen);
    window.dispatchEvent(new CustomEvent('infra-notes:rendered', { detail: { count: hosts.length } }));
  }
}

function schedule(): void {
  void renderAll();
}

if (document.readyState === 'loading') {
  window.addEventListener('DOMContentLoaded', schedule, { once: true });
} else {
  schedule();
}
window.addEventListener('vscode.markdown.updateContent', schedule);

// The theme changes without a content update: VS Code swaps the body classes.
let lastTheme: UiTheme | null = null;
new MutationObserver(() => {
  const t = themeOfBody();
  if (t !== lastTheme) {
    lastTheme = t;
    schedule();
  }
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });
lastTheme = themeOfBody();
