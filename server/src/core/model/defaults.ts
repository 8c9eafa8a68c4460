/**
 * The one default that is not a product's: the shortest run. Every timing,
 * threshold and availability comes from a node's technology profile
 * (model/profiles, cited in docs/defaults.md), overridden by its attributes.
 */
export const DEFAULTS = {
  /** Shortest simulation horizon, seconds (a design's horizon also covers its goal's RTO and its longest repair: horizonOf). */
  horizon: 3600,
} as const;
