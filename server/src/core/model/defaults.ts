/**
 * Every default the estimates and the simulator use, in one place
 * (documented in docs/language.md#defaults). Attributes override them.
 */
export const DEFAULTS = {
  /** Missed beats before a peer is declared down. */
  missedBeats: 3,
  /** Heartbeat of database/cache/storage failover, seconds. */
  heartbeat: 1,
  /** A load balancer's health-check interval, seconds. */
  lbInterval: 5,
  /** A DNS failover health-check interval, seconds. */
  dnsInterval: 10,
  /** DNS answer TTL, seconds. */
  dnsTtl: 60,
  /** Promotion of a standby: automatic, seconds. */
  promoteAuto: 30,
  /** Promotion of a standby: by a person, seconds. */
  promoteManual: 1800,
  /** Async replication lag (writes lost on failover), seconds. */
  lag: 1,
  /** Per-instance availability of a self-run node. */
  availability: 0.999,
  /** Per-instance availability of a managed node. */
  managedAvailability: 0.9999,
  /** Seconds for autoscaling to add instances once overload is seen. */
  autoscaleDelay: 60,
  /** Simulation horizon, seconds. */
  horizon: 3600,
  /** Seconds to replace a failed instance with nothing to take over (restart/rebuild). */
  repair: 3600,
} as const;
