/**
 * Messages name things in Markdown's inline code (`web`, `replicas=2`): the hover and
 * the Problems panel read that as Markdown. A surface that shows plain text (the
 * preview's finding list, the rendered page, the simulation's timeline) splits the
 * message here and draws the code parts as code, instead of showing the backticks.
 */
export interface InlinePart {
  code: boolean;
  text: string;
}

/** `a \`b\` c` → [a ], [b: code], [ c]. An unpaired backtick stays text. */
export function inlineParts(message: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf('`', i);
    const close = open < 0 ? -1 : message.indexOf('`', open + 1);
    if (open < 0 || close < 0) {
      parts.push({ code: false, text: message.slice(i) });
      break;
    }
    if (open > i) parts.push({ code: false, text: message.slice(i, open) });
    if (close > open + 1) parts.push({ code: true, text: message.slice(open + 1, close) });
    i = close + 1;
  }
  return parts;
}
