/**
 * The one default that is not a product's: the shortest run. Every timing,
 * threshold and availability comes from a node's technology profile
 * (model/profiles, cited in docs/defaults.md), overridden by its attributes.
 */
export const DEFAULTS = {
  /** Shortest simulation horizon, seconds (a design's horizon also covers its goal's RTO and its longest repair: horizonOf). */
  horizon: 3600,
  /** Seconds to restore a lost data node from its backup once the loss is known (generic; `restore=` overrides). */
  restore: 3600,
  /** A monitor's polling interval when it gives none, seconds (generic: one-minute metrics, e.g. CloudWatch detailed monitoring). */
  monitorInterval: 60,
  /** Database connections an application instance keeps open when it gives no `connections=` (HikariCP's default maximumPoolSize). */
  connectionPool: 10,
  /**
   * Seconds a client waits for an instance before it tries the next one it knows (`failover=client`). Generic: the
   * Linux stub resolver's default `timeout:5` (resolv.conf(5)) stands for the kind; other clients (the AD domain
   * controller locator, LDAP URI lists) have their own and none is modelled separately.
   */
  clientRetry: 5,
  /**
   * The share of its instances' capacity an autoscaled tier runs at (`autoscale-target=` overrides): target tracking
   * adds instances before the tier is full. Compute Engine's autoscaler targets 60 % CPU when its policy names no
   * target (gce-autoscaler); EC2 Auto Scaling, Azure and Kubernetes require the user to choose one, so the same 60 %
   * stands for them (generic).
   */
  autoscaleTarget: 0.6,
  /**
   * Seconds a request may wait before the one who sent it has given up: a balancer that passes a request on to the next
   * target after a connect timeout longer than this fails it, not delays it. Generic: the common default of the HTTP fronts
   * the tool knows — Apache httpd's `Timeout` (60 s, httpd-core), nginx's `proxy_read_timeout` (60 s), an AWS ALB's idle
   * timeout (60 s) — stands for the user's, whose own patience is shorter.
   */
  hangLimit: 60,
  /** Seconds until a failure nobody monitors is noticed (generic: users report it). */
  unnoticed: 900,
  /**
   * Seconds a Memcached instance that restarted empty takes to hold its keys again, counted as misses meanwhile
   * (generic: no product documents it — it depends on how often each key is read; five minutes stands for a hot set).
   */
  cacheWarmup: 300,
  /**
   * How long an outage of a provider's service lasts when nothing in the design says (a CDN or a bucket counted at its
   * SLA: its downtime comes in incidents, not as instances to repair). Generic: one hour stands for a provider
   * incident; a DNS failover away from such a target costs its switch time of each incident, not the incident.
   */
  providerIncident: 3600,
} as const;
