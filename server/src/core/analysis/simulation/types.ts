/** Public types of the failure simulator (re-exported by ../simulate). */
import type { Localized } from '../../syntax/ast';

import type { SimStep, SimTarget } from '../../shared/steps';
export type { SimStep, SimTarget };

export interface SimEvent {
  at: number;
  /** 'fail', 'recover', 'detected', 'promoted', 'failover-cancelled', 'dns-switched', 'routed-around', 'overload', 'scaled',
   * 'down', 'degraded', 'restored', 'writes-lost', 'sessions-lost', 'cache-lost', 'spike', 'repaired', 'failed-over', … (labels.ts EVENT_LABELS lists them all) */
  type: string;
  /** `node`, `node#K`, `zone:Z`, `region:R`, or an entry's name. */
  target: string;
  message: Localized;
  /** The figures of the message, for the rules that explain a run ('overload': offered req/s, capacity req/s, live instances, share failing). */
  data?: Readonly<Record<string, number>>;
}

export interface EntrySeries {
  entry: string;
  /** Share of requests that succeed from `at` on (0..1); the first point is at 0 (after the steps at 0, if any). */
  points: { at: number; success: number }[];
  /** The share served before any step: what "fully served again" means for this entry. */
  baseline?: number;
  downSeconds: number;
  degradedSeconds: number;
  /** From the first moment it is degraded until it is fully served again; 0 when never degraded; null when not recovered within the horizon. */
  recoverySeconds: number | null;
  /** What brought it back when the last recovery is a repair (a lost instance replaced) or a managed service's own failover; absent otherwise. */
  recoveredBy?: 'repair' | 'failover' | 'takeover';
}

export interface GoalPart {
  target: number;
  estimate: number | null;
  met: boolean;
  /**
   * RTO and RPO of a run: false when no failure or spike of the run took effect
   * before its end, so nothing tested the goal (its `met` is vacuous and is not
   * to be shown as met). Absent on the availability part (a long-run estimate).
   */
  tested?: boolean;
  /** RTO of a run whose failed nodes no entry reaches (a batch chain beside the clients' requests): those nodes. */
  unreached?: string[];
  /** Set when each of them only decides some failover (`coordinator=` naming it): its loss turns that failover off. */
  deciders?: boolean;
  /** The failed nodes are a sharded cluster's config servers: metadata, no request. */
  metadata?: boolean;
  /**
   * The availability part, missed only because of managed services counted at an assumed figure (no SLA known:
   * 'assumed') or at their providers' SLA floors ('floor'): the goal cannot be judged on those figures.
   */
  undecided?: 'assumed' | 'floor' | 'mirror';
  /** The RPO part, not judged ('mirror'): the service mirroring the lost queue to another region (queueMirrors). */
  mirror?: string;
  /** The availability part: the one zone the whole design sits in, whose own outages the estimate does not count (onlySite). */
  site?: string;
  /** The availability part: the design spreads over zones or regions, whose own outages the estimate does not count either. */
  places?: boolean;
}

/**
 * One request class of an entry: a route (path or host) of a router it reaches,
 * or a `reads`/`writes` class of a node that needs all its callees, with its share
 * of that node's requests. Entries with no routes have no classes.
 */
export interface ClassSeries {
  entry: string;
  /** The route as the user wrote it (`/api/*`, `host=admin.example.com`), prefixed by the router: `alb /api/*`. */
  name: string;
  /** Share (0..1) of the router's (or the node's) requests in this class. */
  share: number;
  /** Share (0..1) of this class's requests that succeed from `at` on. */
  points: { at: number; success: number }[];
  /** The share served before any step. */
  baseline: number;
  downSeconds: number;
}

/** A queue during the run: the most messages waiting, and how late the oldest accepted message was processed. */
export interface QueueSeries {
  queue: string;
  /** Largest number of messages waiting (producer rate × seconds without processing); 0 when nothing waited. */
  backlog: number;
  /** Longest processing delay of an accepted message, seconds (at most the queue's `retention=`: older ones are deleted). */
  delay: number;
  /** With `retention=`: messages deleted unprocessed because they waited longer than it (0 without rates). */
  expired?: number;
}

/** One instance of a node at a moment of the run. */
export interface InstanceState {
  /** `node`, or `node#K` when the node has several instances. */
  name: string;
  /** Serving requests (not failed, not in a lost zone or region). */
  up: boolean;
  /** Down because a `fail NODE` / `fail NODE#K` step took it (a `recover NODE` brings it back), not only because its zone or region is lost. */
  failed: boolean;
}

/** What one node of the design is doing at a moment of the run. */
export interface NodeState {
  node: string;
  instances: InstanceState[];
  /** The node that serves this fully-down node's requests after a failover (a promoted standby or a second primary), else null. */
  servedBy: string | null;
  /** The fully-down node whose requests this node serves after a failover, else null. */
  servingFor: string | null;
}

/** The state of every (non-client) node from `at` until the next entry: the engine's own view, recorded after each moment it settles. */
export interface StateAt {
  at: number;
  nodes: NodeState[];
  /** Zones and regions failed by the steps at this moment. */
  zonesDown: string[];
  regionsDown: string[];
}

export interface SimResult {
  events: SimEvent[];
  /** What every instance is doing: one entry at 0 (before any step) and one per later moment something happened, in time order (empty in the sweep's runs). */
  states: StateAt[];
  entries: EntrySeries[];
  /** Request classes (routes) per entry; absent or empty when no entry reaches a route. */
  classes?: ClassSeries[];
  /** Queues with consumers; absent or empty when the design has none. */
  queues?: QueueSeries[];
  writesLostSeconds: number;
  /**
   * A service mirroring a queue whose region (or the queue) the run lost: the messages it had not copied yet are lost with
   * it, asynchronously and by an amount the model does not count — writesLostSeconds leaves them out (round 62b r12).
   */
  unmirrored?: string;
  /** The longest stall of the run (`delayed`: commits or I/O waiting, not failing) on a node the entries reach, if any. */
  stall?: Stall;
  /** Share (0..1) of logged-in users whose session was lost. */
  sessionsLost: number;
  goal: { availability?: GoalPart; rto?: GoalPart; rpo?: GoalPart };
  horizon: number;
}

/**
 * Requests that wait instead of failing (a commit waiting for a lost synchronous copy until a timeout, I/O waiting for
 * a lost replica to be dropped): not counted as failed, but the service is not back to normal until the wait ends, so
 * the recovery time (rto) counts it.
 */
export interface Stall {
  /** How long the requests wait. */
  seconds: number;
  /** The node whose requests wait. */
  node: string;
  /** What waits and for what (the `delayed` event's text). */
  message: Localized;
}
