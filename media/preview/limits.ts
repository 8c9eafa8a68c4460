/**
 * How much the Markdown preview draws (docs/language.md#limits, README). Mermaid
 * lays a diagram out in one piece of work on the preview's main thread, which
 * VS Code shares with the whole workbench: past these sizes the preview draws a
 * simplified view (one box per kind of node) with a message instead of freezing.
 * Generic (no product documents such a limit): mermaid's layout grows faster than
 * linearly with the design (on this project's busy 2-core machine a 100-node design
 * took seconds and a 500-node one close to a minute); the preview's target is a
 * 100-node design drawn in 1.5 s, and 150 nodes leaves room above it.
 */
export const PREVIEW_LIMITS = {
  /** Nodes of a design the preview draws in full. */
  nodes: 150,
  /** Edges (as written, each `->` counts) of a design the preview draws in full. */
  edges: 300,
} as const;

/**
 * How far beyond the visible part of the preview diagrams are drawn ahead of
 * scrolling (an IntersectionObserver root margin: one screen above and below).
 */
export const NEAR_MARGIN = '100% 0px 100% 0px';
