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
  /** Seconds to restore a lost data node from its backup once the loss is known (generic; `restore=` overrides). */
  restore: 3600,
  /** A monitor's polling interval when it gives none, seconds (generic: one-minute metrics, e.g. CloudWatch detailed monitoring). */
  monitorInterval: 60,
  /** Database connections an application instance keeps open when it gives no `connections=` (HikariCP's default maximumPoolSize). */
  connectionPool: 10,
  /** Seconds until a failure nobody monitors is noticed (generic: users report it). */
  unnoticed: 900,
} as const;
