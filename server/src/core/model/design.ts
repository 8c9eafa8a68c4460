/**
 * A design as every analysis reads it: the parser's reading of its lines
 * (syntax/parser), then what the technology profiles derive (profiles/derive.ts).
 */
import { parseSyntax, type DesignSource } from '../syntax/parser';
import type { Design } from '../syntax/ast';
import { applyProfiles } from './profiles/derive';

export type { DesignSource };

/**
 * One design's lines → the Design with its syntax and reference findings. Never throws.
 * `prev`, an earlier version of the same block, lets unchanged node and edge lines
 * be reused instead of parsed again; the result is the same as without it.
 */
export function parseDesign(src: DesignSource, prev?: Design): Design {
  return applyProfiles(cascade(parseSyntax(src, prev)));
}

/**
 * Cascaded copies (`pg3: standby of=pg2`, pg2 itself `standby of=pg1`: PostgreSQL cascading replication, a DR copy fed
 * through the local standby) are copies of the data's primary: read as `of=pg1` — they are promoted in its place when it
 * and the copies before them are lost, not in the place of the copy they receive through while the primary serves (round
 * 80 r01: a DR copy "promoted to primary" beside a healthy one, and a room's loss "unbounded"). The node is replaced by a
 * copy in this design's map: a node shared with an earlier version (the parser's reuse) is not changed.
 */
function cascade(d: Design): Design {
  for (const [name, n] of d.nodes) {
    if ((n.role !== 'standby' && n.role !== 'replica') || !n.of || n.of === name) continue;
    let up = d.nodes.get(n.of);
    if (!up || (up.role !== 'standby' && up.role !== 'replica') || !up.of || up.kind !== n.kind) continue;
    let root: string = up.of;
    const seen = new Set([name, n.of]);
    for (let hops = 0; hops < 8; hops++) {
      if (seen.has(root)) break;
      seen.add(root);
      up = d.nodes.get(root);
      if (!up || (up.role !== 'standby' && up.role !== 'replica') || !up.of || up.kind !== n.kind) break;
      root = up.of;
    }
    const top = d.nodes.get(root);
    if (!top || root === name || top.kind !== n.kind || top.role === 'standby' || top.role === 'replica') continue;
    d.nodes.set(name, { ...n, of: root, cascadeVia: n.of });
  }
  return d;
}
