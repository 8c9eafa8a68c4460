/**
 * The timings of the HA mechanisms this model gives their own semantics (Redis
 * Sentinel and Cluster, quorum groups, Patroni's leader lock), read through one
 * function: an attribute on the node overrides the documented default. The
 * defaults are the technology profiles' values (docs/defaults.md; issue 11):
 * when those profiles are in the model, `profileSeconds` is the one place to
 * point at them: they are read first, and for a node whose profile does not
 * carry them (e.g. MongoDB) the same cited table gives the default.
 */
import type { TopologyNode } from '../syntax/ast';
import { timingsOf } from './profiles/timings';
import { COCKROACHDB, CONSUL, ETCD, MONGODB, NEO4J, PROFILES, TIKV, YUGABYTEDB } from './profiles/table';
import { ENGINE_PROFILES } from './profiles/select';

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
  | 'patroni-ttl'
  /** Patroni: a leader that cannot update its lock demotes itself after `retry_timeout`, tried at its next HA loop. */
  | 'patroni-demote'
  /** CockroachDB: the ranges whose lease a lost node held wait this long for its liveness to expire. */
  | 'lease-expiry';

/**
 * The documented default of each timing, for a node whose own profile does not
 * carry it (a `mode=sentinel` cache whose engine names another product, a
 * MongoDB replica set, a Patroni pair whose primary names no engine): read from
 * the cited table (model/profiles/table.ts, docs/defaults.md), never a constant
 * of its own.
 * - Redis Sentinel: `down-after-milliseconds` 30 s (redis-sentinel-conf); the
 *   election, promotion and client reconfiguration 5 s (generic, range 1–10 s).
 * - Redis Cluster: `cluster-node-timeout` 15 s (redis-conf); gossip and replica
 *   election 2 s (redis-cluster-src, derived).
 * - Single-primary quorum groups: MongoDB's median election time 12 s with
 *   default settings (mongodb-elections); any other (Group Replication, InnoDB
 *   Cluster) the Group Replication profile's 5 s suspicion + 5 s expel timeout.
 * - Patroni: the leader lock `ttl` 30 s; a leader cut off from the DCS demotes itself within `loop_wait` 10 s +
 *   `retry_timeout` 10 s (patroni-docs).
 */
function profileSeconds(n: TopologyNode, key: HaTimingKey): number {
  switch (key) {
    case 'sentinel-down-after':
      return PROFILES['redis-sentinel'].values.downAfter!.v;
    case 'sentinel-promote':
      return PROFILES['redis-sentinel'].values.promote!.v;
    case 'cluster-node-timeout':
      return PROFILES['redis-cluster'].values.nodeTimeout!.v;
    case 'cluster-election':
      return PROFILES['redis-cluster'].values.promote!.v;
    case 'group-election': {
      const e = (textAttr(n, 'engine') ?? '').toLowerCase();
      if (e === 'mongodb' || e === 'mongo') return MONGODB.election.v;
      const gr = PROFILES['mysql-group-replication'].values;
      return gr.detect!.v + gr.promote!.v;
    }
    case 'patroni-ttl':
      return PROFILES.patroni.values.ttl!.v;
    case 'patroni-demote':
      return PROFILES.patroni.values.loopWait!.v + PROFILES.patroni.values.retryTimeout!.v;
    case 'lease-expiry':
    {
      const e = (textAttr(n, 'engine') ?? '').toLowerCase();
      return /yugabyte/.test(e) ? YUGABYTEDB.leaderElection.v : e === 'tidb' || e === 'tikv' ? TIKV.leaderElection.v : e === 'consul' ? CONSUL.leaderElection.v : e === 'etcd' ? ETCD.leaderElection.v : e === 'neo4j' ? NEO4J.leaderElection.v : COCKROACHDB.leaseExpiry.v;
    }
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
  'patroni-demote': null,
  'lease-expiry': null,
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
    case 'patroni-demote':
      return null;
    case 'lease-expiry':
      return null;
  }
}

/** A timing in seconds: the node's attribute when it has one, else its technology profile's, else the documented default above. */
export function haTiming(n: TopologyNode, key: HaTimingKey): number {
  const a = ATTR[key];
  const v = a ? durationAttr(n, a) : null;
  return v ?? fromProfile(n, key) ?? profileSeconds(n, key);
}

/** Whether a single-primary group's election time is the project's generic one (neither MongoDB's nor Group Replication's). */
export function genericGroupElection(n: TopologyNode): boolean {
  const e = (textAttr(n, 'engine') ?? '').toLowerCase();
  return !(e === 'mongodb' || e === 'mongo' || ENGINE_PROFILES[e] === 'mysql-group-replication');
}
