/**
 * Documented limits (docs/language.md#limits). Past them the input gets a clear
 * finding instead of unbounded work.
 */
export const LIMITS = {
  /** Characters in one line of a design; a longer line is reported and skipped. */
  lineLength: 4096,
  /** Characters in one name. */
  nameLength: 128,
  /** Findings reported per design; the rest are summarised in one finding. */
  findingsPerDesign: 500,
  /** Nodes per design analysed by the HA rules and the simulator; past it the design gets one finding instead. */
  nodesPerDesign: 20000,
  /** Edges per design (as written, each `->` counts) analysed by the HA rules; past it the design gets one finding instead. */
  edgesPerDesign: 50000,
  /**
   * Nodes per design that the editor estimates while you type (the goal rules, and the
   * estimate lens and hover of a design with a goal): the sweep grows faster than
   * linearly, so the server runs it in slices between other work. Past it the goal
   * gets one finding; the command line checks such designs in full.
   */
  estimateNodes: 5000,
  /**
   * Nodes per design whose estimate the lens and hover compute when asked (a design
   * without a goal, whose analysis does not run the sweep): that computation is not
   * sliced, so it stays small. Past it they show the estimate only once made.
   */
  onDemandEstimateNodes: 1000,
  /** Designs per document analysed; later blocks get one finding each. */
  designsPerDocument: 2000,
} as const;
