/**
 * The timings of the HA mechanisms this model gives their own semantics (Redis
 * Sentinel and Cluster, quorum groups, Patroni's leader lock), read through one
 * function: an attribute on the node overrides the documented default. The
 * defaults are the technology profiles' values (docs/defaults.md; issue 11):
 * when those profiles are in the model, `profileSeconds` is the one place to
 * point at them: they are read first, and the constants below are the same
 * documented values for a node whose profile does not carry them (e.g. a
 * `mode=sentinel` cache without `engine=redis`, MongoDB).
 */
import type { TopologyNode } from '../syntax/ast';
import { timingsOf } from './profiles/timings';

function durationAttr(n: TopologyNode, key: string): number | null {
  const v = n.attrs.get(key)?.value;
  return v && v.type === 'duration' ? v.seconds : null;
}
function textAttr(n: TopologyNode, key: string): string | null {
  const v = n.attrs.get(key)?.value;
  return v && v.type === 'text' ? v.value : null;
}

export type HaTimingKey =
  /** Redis Sentinel `down-after-milliseconds`: the master is declared down (SDOWN → ODOWN). */
  | 'sentinel-down-after'
  /** Redis Sentinel: leader election + `REPLICAOF NO ONE` + clients asking the Sentinels for the new master. */
  | 'sentinel-promote'
  /** Redis Cluster `cluster-node-timeout`: a master is flagged FAIL. */
  | 'cluster-node-timeout'
  /** Redis Cluster: replica election after FAIL (500 ms + random 0–500 ms + rank), CLUSTERDOWN meanwhile. */
  | 'cluster-election'
  /** A single-primary quorum group (Group Replication, MongoDB): primary lost → new primary serving. */
  | 'group-election'
  /** Patroni `ttl`: the primary demotes itself once it cannot renew its leader lock for this long. */
  | 'patroni-ttl';

/**
 * Documented defaults, seconds. Sources (docs/defaults.md):
 * - Redis Sentinel docs: `down-after-milliseconds 30000` (sample sentinel.conf); the
 *   election, promotion and client reconfiguration take a few seconds (profile "redis-sentinel": promote 5 s, range 1–10 s).
 * - redis.conf: `cluster-node-timeout 15000`; Redis Cluster specification: replica
 *   election delay 500 ms + random(0..500) ms + rank × 1000 ms (profile "redis-cluster": 1 s).
 * - MySQL 8.0 manual, Group Replication "Responses to failure detection": a member is
 *   suspected after 5 s and expelled after `group_replication_member_expel_timeout`
 *   5 s (8.0.21+); a new primary is elected at once. MongoDB: `electionTimeoutMillis`
 *   10 000 ms, and "the median time before a cluster elects a new primary should not
 *   typically exceed 12 seconds" (replica set elections).
 * - Patroni "Dynamic configuration settings": `ttl` 30 s.
 */
function profileSeconds(n: TopologyNode, key: HaTimingKey): number {
  switch (key) {
    case 'sentinel-down-after':
      return 30;
    case 'sentinel-promote':
      return 5;
    case 'cluster-node-timeout':
      return 15;
    case 'cluster-election':
      return 1;
    case 'group-election': {
      const e = (textAttr(n, 'engine') ?? '').toLowerCase();
      return e === 'mongodb' || e === 'mongo' ? 12 : 10;
    }
    case 'patroni-ttl':
      return 30;
  }
}

/** The attribute that overrides each timing. */
const ATTR: Record<HaTimingKey, string | null> = {
  'sentinel-down-after': 'down-after',
  'sentinel-promote': 'promote',
  'cluster-node-timeout': 'node-timeout',
  'cluster-election': null,
  'group-election': 'promote',
  'patroni-ttl': 'ttl',
};

/** The technology profile's value (model/profiles, attribute overrides included), when the node's profile has it. */
function fromProfile(n: TopologyNode, key: HaTimingKey): number | null {
  const t = timingsOf(n);
  const id = t.profile.id;
  switch (key) {
    case 'sentinel-down-after':
      return t.downAfter?.value ?? null;
    case 'sentinel-promote':
      return id === 'redis-sentinel' ? t.promote.value : null;
    case 'cluster-node-timeout':
      return t.nodeTimeout?.value ?? null;
    case 'cluster-election':
      return id === 'redis-cluster' ? t.promote.value : null;
    case 'group-election':
      return id === 'mysql-group-replication' ? t.detect.value + t.promote.value : null;
    case 'patroni-ttl':
      return id === 'patroni' ? t.ttl.value : null;
  }
}

/** A timing in seconds: the node's attribute when it has one, else its technology profile's, else the documented default above. */
export function haTiming(n: TopologyNode, key: HaTimingKey): number {
  const a = ATTR[key];
  const v = a ? durationAttr(n, a) : null;
  return v ?? fromProfile(n, key) ?? profileSeconds(n, key);
}
