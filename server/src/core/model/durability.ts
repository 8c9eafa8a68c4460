/**
 * Durability of data nodes (failure-model §5) and when a failure is noticed
 * (§7): backups, where they are kept, restore times, and the monitors that
 * watch the data. Read from the design once per model (memoised); the
 * simulator and the rules share it. Pure.
 *
 * - A node "holds data" when its data exists nowhere else: a database, queue
 *   or storage that is not a copy (`standby|replica of=X`, `primary of=X`), or a
 *   cache that keeps state of its own (a session store, a `primary` cache).
 * - Losing such a node (a database or storage: a cache's sessions and a
 *   queue's messages are counted their own way) with no live copy (nothing that takes over; for a
 *   sharded node, a shard with no live instance) loses everything written since
 *   its last backup: `backup=D` (worst case D). With no backup, or with the
 *   backups lost too (kept in the region that was lost, or on a node that is
 *   down), the loss is unbounded.
 * - The data is back `restore=` after the loss is noticed (DEFAULTS.restore when
 *   unset), restored where the backups are kept.
 * - Noticing: a monitor that watches the node (or one of its copies) notices
 *   after its `interval` (DEFAULTS.monitorInterval when unset); with no monitor,
 *   DEFAULTS.unnoticed (generic: until users report it).
 */
import { DEFAULTS } from './defaults';
import { PROFILES, timingsOf } from './profiles';
import { ENGINE_PROFILES } from './profiles/select';
import { AZURE_STORAGE_ENGINES } from './profiles/table';
import { monitorDelay } from './monitoring';
import { buildModel, cacheHoldsState, copyOf, durationAttr, searchMasterTier, textAttr, type Model, type SimNode } from './request-graph';
import type { Design, TopologyNode } from '../syntax/ast';
import { flagAttr, namesAttr } from '../syntax/attrs';
import { runsOnlyIn } from '../syntax/places';

export { monitorDelay, noticeDelay, watchers } from './monitoring';

/**
 * Engines whose storage keeps copies in several zones by itself: losing the
 * instances (or a zone) loses no data; only a region loss does. Aurora: the
 * cluster volume keeps six copies across three AZs (Aurora user guide,
 * "Amazon Aurora storage"); RDS Multi-AZ instance and cluster deployments: a
 * synchronous standby in another AZ (RDS user guide, "Multi-AZ deployments");
 * S3 and EFS Standard: stored across at least three AZs (S3 user guide "Data
 * protection", EFS user guide); DynamoDB: replicated across three AZs
 * (DynamoDB developer guide). Every spelling of a profile with a shared cluster volume (Aurora, DocumentDB, AlloyDB:
 * profiles/table.ts `clusterVolume`) is one of them, read from the profiles rather than listed again here.
 */
const REPLICATED_STORAGE = new Set([
  ...Object.entries(ENGINE_PROFILES)
    .filter(([, id]) => PROFILES[id].clusterVolume === true)
    .map(([engine]) => engine),
  'rds-multi-az',
  'rds-cluster',
  's3',
  'efs',
  'dynamodb',
  // MemoryDB keeps every acknowledged write in its Multi-AZ transaction log: a node replaced, even on a shard with no
  // replica, is synced from it — "no data is lost during node replacements or failover" (memorydb-durability; round 71b r01).
  'memorydb',
  'aws-memorydb',
]);

/** Whether the node's engine keeps copies of its data in several zones (see REPLICATED_STORAGE). */
export function replicatedStorage(n: TopologyNode): boolean {
  const e = textAttr(n, 'engine');
  return e !== null && REPLICATED_STORAGE.has(e.toLowerCase()) && !oneZoneClass(n);
}

// Services with a storage class kept in one zone (EFS One Zone, S3 One Zone-IA / Express One Zone), and Azure Storage
// (AZURE_STORAGE_ENGINES) written in one zone: locally redundant storage (LRS), its three copies in one datacenter, all of
// which a fire or flood there can take (azure-storage-redundancy; round 75b r03) — zone-redundant storage is written over zones.
// (Google Cloud Filestore written in one zone is a zonal tier — Basic or Zonal, "availability: zonal" — with no copy outside
// its zone; the Regional and Enterprise tiers replicate over zones: filestore-tiers, round 77b r05.)
const ONE_ZONE_CLASSES = new Set(['efs', 's3', ...AZURE_STORAGE_ENGINES, 'filestore', 'google-filestore', 'cloud-filestore']);

/**
 * A file system or bucket written in one zone of a service that also has a One Zone class: that class, whose data "may
 * be lost" with its zone (Amazon EFS, "Availability and durability"; round 69 r03) — restored from its backups.
 */
export function oneZoneClass(n: TopologyNode): boolean {
  const e = (textAttr(n, 'engine') ?? '').toLowerCase();
  if (new Set(n.zones).size !== 1) return false;
  // (A provider's file share or volume written `managed` in one zone, its product unnamed — an NCP NAS volume is created in
  // one zone, `zoneCode`: read as that zone's, as EFS One Zone is; round 116c r02/r03 lost nothing with the zone.)
  if (n.kind === 'storage' && n.managed && e === '') return true;
  return ONE_ZONE_CLASSES.has(e);
}

/**
 * Whether a node's data survives the loss of its instances (or of a zone):
 * storage the engine replicates across zones (see REPLICATED_STORAGE), or a
 * managed service that fails over by itself (the `managed` flag, a
 * provider-run engine with a failover time: Cloud SQL HA, Azure SQL, a managed
 * database with no engine). A managed service is redundant by contract (the
 * language's `managed`): the simulator fails it over to its standby, so it
 * cannot also have lost every write it took; the rules `missing-replica` and
 * `no-backup` already count it as copied. Only a region loss loses the data.
 */
/** A managed node written in one zone whose standbys, written as nodes, are all in that same zone. */
function copiesInItsZone(m: Model, s: SimNode): boolean {
  const n = s.node;
  // (Not a cluster volume — Aurora's six copies over three zones, whatever zone its instances are in: round 108c r01 had a
  // reader beside the writer turn a zone's loss into a restore from backup.)
  if (!s.managed || !n.attrs.has('zone') || new Set(n.zones).size !== 1 || s.timings.profile.clusterVolume) return false;
  // Its partners: the standbys that take over from it, or (for a standby) the node it copies and that node's other standbys.
  const partners = new Set<number>(s.takeovers.map((t) => t.by));
  const src = n.of !== null ? m.byName.get(n.of) : undefined;
  if (src !== undefined) {
    partners.add(src);
    for (const t of m.nodes[src]!.takeovers) if (t.by !== s.idx) partners.add(t.by);
  }
  if (!partners.size) return false;
  const z = n.zones[0]!;
  for (const p of partners) {
    const zs = m.nodes[p]!.node.zones;
    if (!zs.length || zs.some((x) => x !== z)) return false;
  }
  return true;
}

export function dataSurvivesZoneLoss(s: SimNode): boolean {
  return replicatedStorage(s.node) || (s.managed && s.restoreBy === 'failover' && !oneZoneClass(s.node));
}

/** RAID levels that keep a copy of every block on another disk (1, 10: mirrors; 5, 6: parity). */
const PROTECTING_RAID = new Set(['1', '5', '6', '10']);

/**
 * Storage whose disks keep copies of each other (`raid=1|5|6|10`): losing the node
 * (a host or a disk failure) loses no data — it is down until repaired; only the
 * loss of its site (its zone or region: fire, flood, power) loses what was written
 * since the last backup. RAID is not a backup.
 */
export function mirroredDisks(n: TopologyNode): boolean {
  const raid = textAttr(n, 'raid');
  return (n.kind === 'storage' || n.kind === 'database') && raid !== null && PROTECTING_RAID.has(raid);
}

export interface Durability {
  /** Whether the node's data exists nowhere else (see the top). */
  holdsData: boolean;
  /** Backup interval in seconds, or null for no backup. */
  backup: number | null;
  /** Where backups are kept: a region name, a node index, or the node's own place (null). */
  backupTo: { region: string } | { zone: string; region: string | null } | { node: number } | null;
  /**
   * The product's own backups copied to another region by default (no `backup=`/`backup-to=` written): what a restore
   * there loses at most once the node's region is lost; null otherwise.
   */
  geoBackup: number | null;
  /**
   * The product's own backups kept in the node's region (RDS's automated backups, restorable to about 5 minutes back)
   * when the `backup=` written is a longer copy sent to another region with `backup-to=`: what a restore loses while the
   * node's region is up (round 52 r06: a zone's loss lost "1 day" of an RDS instance); null otherwise.
   */
  localBackup: number | null;
  /** Storage replicated across zones by the engine: only a region loss loses the data. */
  replicated: boolean;
  /** Storage on mirrored or parity disks (mirroredDisks): only the loss of its zone or region loses the data. */
  mirrored: boolean;
  /** Seconds from noticing the loss to serving the restored data. */
  restore: number;
  /** Seconds from a failure to someone knowing about it. */
  notice: number;
  /** Whether a monitor watches the node or one of its copies. */
  watched: boolean;
}

const memo = new WeakMap<Model, Durability[]>();

const diskCopies = new WeakMap<Design, Map<string, string[]>>();

/**
 * The disks of replicated databases: a storage node called only by databases, each of which has a copy (a standby,
 * a second primary, a read replica) that does not use this storage (an Oracle RAC on one SAN with a Data Guard
 * standby in another room). The storage holds those databases' data, and their copies hold it too. Returns the
 * copies' names (empty when the storage's data exists nowhere else). Rules and simulator read the same answer.
 */
export function copiesThroughDatabases(design: Design, n: TopologyNode): string[] {
  let map = diskCopies.get(design);
  if (!map) {
    map = new Map();
    const callers = new Map<string, Set<string>>();
    const callees = new Map<string, Set<string>>();
    for (const e of design.edges) {
      (callers.get(e.to) ?? callers.set(e.to, new Set()).get(e.to)!).add(e.from);
      (callees.get(e.from) ?? callees.set(e.from, new Set()).get(e.from)!).add(e.to);
    }
    const isCopy = (c: TopologyNode): boolean => c.role === 'standby' || c.role === 'replica' || c.role === 'primary';
    const copiesOf = (db: string): string[] => {
      const out = [...design.nodes.values()].filter((c) => c.name !== db && c.of === db && isCopy(c)).map((c) => c.name);
      // A standby's or a replica's disks hold a copy of its source's data: the source (and its other copies) has it all.
      const d = design.nodes.get(db);
      const src = d && d.of !== null && d.of !== db && (d.role === 'standby' || d.role === 'replica') ? design.nodes.get(d.of) : undefined;
      if (src) {
        out.push(src.name);
        for (const c of design.nodes.values()) if (c.name !== db && c.name !== src.name && c.of === src.name && isCopy(c)) out.push(c.name);
      }
      return out;
    };
    for (const st of design.nodes.values()) {
      if (st.kind !== 'storage') continue;
      const by = [...(callers.get(st.name) ?? [])].map((x) => design.nodes.get(x));
      if (!by.length || by.some((x) => !x || x.kind !== 'database')) continue;
      const out = new Set<string>();
      let all = true;
      for (const db of by) {
        const cs = copiesOf(db!.name).filter((c) => !callees.get(c)?.has(st.name));
        if (!cs.length) all = false;
        for (const c of cs) out.add(c);
      }
      if (all && out.size) map.set(st.name, [...out]);
    }
    diskCopies.set(design, map);
  }
  return map.get(n.name) ?? [];
}

/** Whether a node's data exists nowhere else (rules and simulator agree on this). */
const backupOnly = new WeakMap<Design, Set<string>>();

/** An edge label that names the backup flow (`fs -> usb : nightly backup`). */
const BACKUP_FLOW = /backup|dump|snapshot|archiv|rsync|nightly|백업|덤프|스냅샷|아카이브|야간/i;
const diskEdges = new WeakMap<Design, Set<string>>();

/**
 * Edges from a database to a storage node not labelled as the backup flow: the database keeps its data there
 * (language.md), even when its `backup-to=` names the same store (round 49b r05, r06: `db -> nas` with
 * `backup-to=nas` is the database's disk, and its backups are on it too).
 */
function dataDiskEdge(design: Design, from: string, to: string): boolean {
  let set = diskEdges.get(design);
  if (!set) {
    set = new Set<string>();
    for (const e of design.edges)
      if (design.nodes.get(e.from)?.kind === 'database' && design.nodes.get(e.to)?.kind === 'storage' && !BACKUP_FLOW.test(e.label ?? '')) set.add(`${e.from}\u0000${e.to}`);
    diskEdges.set(design, set);
  }
  return set.has(`${from}\u0000${to}`);
}

/** The storage nodes a database keeps its data on (its calls to storage not labelled as the backup flow). */
export function dataDisksOf(design: Design, name: string): readonly string[] {
  let byDb = disksByDb.get(design);
  if (!byDb) {
    byDb = new Map<string, string[]>();
    for (const e of design.edges) {
      if (!dataDiskEdge(design, e.from, e.to)) continue;
      const l = byDb.get(e.from);
      if (!l) byDb.set(e.from, [e.to]);
      else if (!l.includes(e.to)) l.push(e.to);
    }
    disksByDb.set(design, byDb);
  }
  return byDb.get(name) ?? NO_NAMES;
}
/** Per design, each database's data disks in edge order (dataDisksOf): built once, not per call. */
const disksByDb = new WeakMap<Design, Map<string, string[]>>();
const NO_NAMES: readonly string[] = [];

/** An edge from a node to where its backups go (`backup-to=` naming the edge's target), whatever else the target is — not a database's own disk. */
function toBackupTarget(design: Design, from: string, to: string): boolean {
  const n = design.nodes.get(from);
  return !!n && from !== to && textAttr(n, 'backup-to') === to && !dataDiskEdge(design, from, to);
}

/**
 * An edge from a node to where its backups go (`backup-to=` naming the edge's target): the backup flow, not a request
 * — unless the target is also storage that others use for their requests (a SAN under a failover cluster whose node
 * names it as its backup target too): then the edge is that node's disk as well.
 */
export function isBackupEdge(design: Design, from: string, to: string): boolean {
  return toBackupTarget(design, from, to) && backupTargets(design).has(to);
}

/**
 * Nodes that only keep other nodes' backups or a vote: named by some `backup-to=` (an
 * off-site backup store) or `witness=` (a file share witness, a quorum device) and called
 * by no one; or a storage node with no edge at all in a wired design (an off-site vault drawn beside it). Losing one
 * loses no user data — the data lives on the nodes it backs up or
 * votes for — so it is not data of its own (no missing-replica, no-backup or rpo finding
 * of its own); backups are lost with their store (Durability.backupTo), and a failover
 * that needs the witness's vote stops with it (Takeover.witness).
 */
export function backupTargets(design: Design): Set<string> {
  let set = backupOnly.get(design);
  if (set) return set;
  set = new Set<string>();
  for (const n of design.nodes.values()) {
    const to = textAttr(n, 'backup-to');
    if (to !== null && to !== n.name && design.nodes.has(to)) set.add(to);
    // A witness (a file share witness, a quorum device) keeps a vote, not data.
    const w = textAttr(n, 'witness');
    if (w !== null && w !== n.name && design.nodes.has(w)) set.add(w);
  }
  // A storage node nothing calls and that calls nothing, in a design whose other nodes are wired (an off-site vault drawn
  // beside the system): no request writes to it, so it keeps no data the design's requests could lose.
  const unwired = new Set<string>();
  if (design.edges.length) for (const n of design.nodes.values()) if (n.kind === 'storage' && !n.of && !n.attrs.has('backup')) unwired.add(n.name);
  // A bucket only a CDN or a DNS record sends requests to (a static site, a maintenance page): its content is deployed
  // from a build, not written by the requests, so its loss loses no acknowledged write.
  const statics = new Set(unwired);
  const reached = new Set<string>();
  if (set.size || unwired.size)
    for (const e of design.edges) {
      // The backup flow drawn as an edge (`fs -> usb : nightly backup`, with `backup-to=usb` on fs) is no request.
      if (toBackupTarget(design, e.from, e.to)) continue;
      set.delete(e.to);
      unwired.delete(e.to);
      unwired.delete(e.from);
      const k = design.nodes.get(e.from)?.kind;
      if (k === 'cdn' || k === 'dns') reached.add(e.to);
      else statics.delete(e.to);
      statics.delete(e.from);
    }
  for (const n of unwired) set.add(n);
  for (const n of statics) if (reached.has(n)) set.add(n);
  backupOnly.set(design, set);
  return set;
}

/**
 * A store only other nodes' backups go to (named by a `backup-to=`, called by no request): its own placement is no single
 * zone or quorum problem — losing its zone loses backups that are re-taken, no data of record, and spreading it next to
 * the data would put the backups back in the failure domain they protect against (round 101b r06).
 */
export function backupStoreOnly(design: Design, name: string): boolean {
  if (!backupTargets(design).has(name)) return false;
  for (const n of design.nodes.values()) if (textAttr(n, 'backup-to') === name && n.name !== name) return true;
  return false;
}

export function nodeHoldsData(design: Design, n: TopologyNode, isSessionStore: boolean): boolean {
  if (n.role === 'standby' || n.role === 'replica') return false;
  if (backupTargets(design).has(n.name)) return false;
  if (n.role === 'primary' && copyOf(design, n) !== null) return false;
  // A queue's own message store (`mq -> nas`: an IBM MQ multi-instance queue manager's shared files): it holds the
  // queue's messages, which are the queue's data — not a store of its own to back up or lose a day of (round 40).
  if (n.kind === 'storage' && (messageStoreOnly(design, n.name) || witnessOnly(design, n.name))) return false;
  // Scratch space (\`scratch\`: job temporaries, an HPC scratch file system) holds nothing of record: rebuilt empty, never
  // restored (round 122 r05: hourly backups were advised for it, and it led the rpo finding).
  if (n.kind === 'storage' && flagAttr(n, 'scratch') === true) return false;
  // An Elasticsearch/OpenSearch master tier holds the cluster state, not the documents (the data nodes do).
  if (n.kind === 'database') return !searchMasterTier(design, n);
  if (n.kind === 'queue' || n.kind === 'storage') return true;
  return n.kind === 'cache' && cacheHoldsState(n, isSessionStore, design);
}

export function durabilityOf(m: Model): Durability[] {
  const hit = memo.get(m);
  if (hit) return hit;
  const out = m.nodes.map((s): Durability => {
    const n = s.node;
    const backup = backupInterval(n);
    const to = textAttr(n, 'backup-to');
    let backupTo: Durability['backupTo'] = null;
    if (to !== null) {
      const idx = m.byName.get(to);
      // A zone's name: the backups are lost with that zone or its region.
      const zone = idx === undefined ? m.design.zones.get(to) : undefined;
      backupTo = idx !== undefined ? { node: idx } : zone && !m.design.regions.has(to) ? { zone: to, region: zone.region } : { region: to };
    }
    const mon = monitorDelay(m.design, s.name);
    const own = timingsOf(n).profile.values.backup?.v ?? null;
    const written = durationAttr(n, 'backup');
    const away = backupTo !== null && 'region' in backupTo && !('zone' in backupTo) && backupTo.region !== s.regionOf(s.zoneOf(0));
    // Backups sent to another region by a service whose copy there trails its own backups (Azure MySQL flexible server's
    // geo-restore: up to an hour): the region's loss restores from that copy, anything less from the in-region backups.
    const geoRestore = away && backup !== null && backup > 0 ? timingsOf(n).profile.values.geoRestore?.v : undefined;
    const geoLag = geoRestore !== undefined && geoRestore > backup! ? geoRestore : null;
    return {
      localBackup: geoLag !== null ? backup : own !== null && own > 0 && written !== null && written > own && away ? own : null,
      holdsData: !s.client && !s.ignored && nodeHoldsData(m.design, n, s.isSessionStore),
      backup: geoLag !== null ? geoLag : backup !== null && backup > 0 ? backup : null,
      backupTo,
      // Where the service keeps its backups by default (Cloud SQL: the nearest multi-region; Azure SQL: geo-redundant
      // storage) does not change with their schedule: `backup=` written keeps that place unless `backup-to=` says another.
      geoBackup: to === null ? geoBackupOf(n, backup) : null,
      // (Not a managed database the design places in one zone with every standby written beside it in that zone: the
      // provider's copies are where the design says, and that zone's loss takes them all — round 102c r03.)
      replicated: dataSurvivesZoneLoss(s) && !copiesInItsZone(m, s),
      mirrored: mirroredDisks(n),
      restore: durationAttr(n, 'restore') ?? DEFAULTS.restore,
      notice: mon ?? DEFAULTS.unnoticed,
      watched: mon !== null,
    };
  });
  // A volume that only holds databases' files (`pg -> longhorn`, no backup of its own): the databases' backups are its
  // backups — a restore of the database brings its files back.
  m.nodes.forEach((s, i) => {
    const d = out[i]!;
    if (s.kind !== 'storage' || d.backup !== null || s.node.attrs.has('backup-to') || !s.callers.length) return;
    // A standby or replica on the same volume (a failover cluster instance's passive node) holds its primary's data:
    // the primary's backups are its own.
    const own = (c: number): (typeof out)[number] => {
      const n = m.nodes[c]!.node;
      if (out[c]!.backup !== null || (n.role !== 'standby' && n.role !== 'replica') || n.of === null) return out[c]!;
      const p = m.byName.get(n.of);
      return p !== undefined && m.nodes[p]!.kind === 'database' ? out[p]! : out[c]!;
    };
    // (Servers keeping their own system disks there — VM images of a stateless web or application tier — hold no data of
    // record: the databases' backups still cover what the array holds that matters; round 79c r04.)
    const vmDisk = (c: number): boolean => {
      const n = m.nodes[c]!;
      return (n.kind === 'web-server' || n.kind === 'app-server' || n.kind === 'service') && textAttr(n.node, 'state') !== 'stateful';
    };
    const dbCallers = s.callers.filter((c) => m.nodes[c]!.kind === 'database');
    if (!dbCallers.length || !s.callers.every((c) => m.nodes[c]!.kind === 'database' || vmDisk(c))) return;
    const dbs = dbCallers.map(own);
    if (dbs.some((c) => c.backup === null)) return;
    let best = dbs[0]!;
    for (const c of dbs) if (c.backup! > best.backup!) best = c;
    out[i] = { ...d, backup: best.backup, backupTo: best.backupTo, geoBackup: best.geoBackup };
  });
  // The other way round: a database with no backup of its own that keeps its data on storage backed up by itself (a SAN
  // or NAS array with its own backup schedule): the array's backups hold the database's files (round 78c r02: the
  // zone's loss was "unbounded", "no backup anywhere", beside an array backed up daily to another region).
  m.nodes.forEach((s, i) => {
    const d = out[i]!;
    if (s.kind !== 'database' || d.backup !== null || s.node.attrs.has('backup-to')) return;
    const disks = s.callees.filter((c) => m.nodes[c]!.kind === 'storage' && dataDiskEdge(m.design, s.name, m.nodes[c]!.name));
    // (Whoever else keeps files on the array — a web server's product images, round 105 r04 — its snapshots still hold the
    // database's files.)
    if (!disks.length || disks.some((c) => out[c]!.backup === null)) return;
    let worst = disks[0]!;
    for (const c of disks) if (out[c]!.backup! > out[worst]!.backup!) worst = c;
    out[i] = { ...d, backup: out[worst]!.backup, backupTo: out[worst]!.backupTo, geoBackup: out[worst]!.geoBackup };
  });
  // Backups taken on a copy (xtrabackup or pg_basebackup run on the replica, so the primary is not loaded) are backups of
  // the primary's data set: a primary with none of its own takes its copies' shortest.
  const copiesOf = new Map<string, number[]>();
  m.nodes.forEach((c, j) => {
    const n = c.node;
    if (n.of === null || (n.role !== 'standby' && n.role !== 'replica') || out[j]!.backup === null) return;
    const l = copiesOf.get(n.of);
    if (l) l.push(j);
    else copiesOf.set(n.of, [j]);
  });
  if (copiesOf.size)
    m.nodes.forEach((s, i) => {
      const d = out[i]!;
      const copies = copiesOf.get(s.name);
      if (!copies || d.backup !== null || s.node.attrs.has('backup-to') || (s.kind !== 'database' && s.kind !== 'cache')) return;
      let best = copies[0]!;
      for (const j of copies) if (out[j]!.backup! < out[best]!.backup!) best = j;
      out[i] = { ...d, backup: out[best]!.backup, backupTo: out[best]!.backupTo, geoBackup: out[best]!.geoBackup };
    });
  memo.set(m, out);
  return out;
}

/**
 * Whether the backups of `n`, where `backup-to=` keeps them, survive losing `place`: kept on a node outside it, or in a
 * zone or region other than it; with no `backup-to=`, in the node's own region (a zone's loss leaves them, the region's
 * takes them). Says nothing of whether `n` is backed up at all.
 */
export function backupsKeptOutside(design: Design, n: TopologyNode, place: { type: 'zone'; zone: string } | { type: 'region'; region: string }): boolean {
  const to = textAttr(n, 'backup-to');
  if (to === null) return place.type === 'zone';
  const tn = design.nodes.get(to);
  if (tn) return tn !== n && !runsOnlyIn(design, tn, place);
  const z = design.zones.get(to);
  if (z) return place.type === 'zone' ? to !== place.zone : z.region !== place.region;
  return place.type === 'zone' || to !== place.region;
}

/**
 * How often a node's data is backed up, seconds: `backup=` as written, else its product's own backups (RDS's automated
 * backups with point-in-time recovery, docs/defaults.md); null when it has none.
 */
export function backupInterval(n: TopologyNode): number | null {
  return durationAttr(n, 'backup') ?? timingsOf(n).profile.values.backup?.v ?? null;
}

/**
 * A node's backup interval as the simulation reads it (durabilityOf): its own, or for a storage node that only holds
 * databases' files the longest of their backups — the rules ask the same model, so check and run agree.
 */
export function effectiveBackup(design: Design, n: TopologyNode): number | null {
  const m = buildModel(design);
  const i = m.byName.get(n.name);
  return i === undefined ? backupInterval(n) : durabilityOf(m)[i]!.backup;
}

/** The longest restore any backed-up data node of the design may need (for the run's horizon), 0 when none. */
export function longestRestore(m: Model): number {
  // Every backup durabilityOf derives (a volume's from its databases', a primary's from its copies') starts from some
  // node's own: with none in the design there is nothing to restore, and the per-node reading is not needed.
  // (A store rebuilt from another — `rebuilt-from=`, its `restore=` the rebuild — comes back after its notice and rebuild
  // too: round 104c r06 ended a 3 h rebuild's run at 2 h, "never".)
  let max = 0;
  if (m.nodes.some((s) => s.node.attrs.has('rebuilt-from'))) {
    const durs = durabilityOf(m);
    for (const s of m.nodes) {
      if (!s.node.attrs.has('rebuilt-from')) continue;
      const d = durs[s.idx]!;
      max = Math.max(max, d.notice + d.restore);
      // (A source restored from its own backups first: the rebuild starts once it serves — round 115b r04.)
      const j = m.byName.get(textAttr(s.node, 'rebuilt-from') ?? '');
      const src = j === undefined ? undefined : durs[j];
      if (src && src.holdsData && src.backup !== null) max = Math.max(max, src.notice + src.restore + d.restore);
    }
  }
  if (!m.nodes.some((s) => (backupInterval(s.node) ?? 0) > 0)) return max;
  // A monitor placed in a zone or region can be lost with what it watches: users report it then (the run's restore waits
  // for that, round 74c r03), so the runs cover that notice too.
  const placed = m.nodes.some((s) => s.node.kind === 'monitor' && (s.node.zones.length > 0 || s.node.attrs.has('zone') || s.node.attrs.has('region')));
  for (const d of durabilityOf(m)) if (d.holdsData && d.backup !== null) max = Math.max(max, (d.watched && placed ? Math.max(d.notice, DEFAULTS.unnoticed) : d.notice) + d.restore);
  return max;
}

/** A service's copy of its backups outside the region (docs/defaults.md): its interval, never shorter than the backups written. */
function geoBackupOf(n: TopologyNode, backup: number | null): number | null {
  const geo = timingsOf(n).profile.values.geoBackup?.v;
  if (geo === undefined) return null;
  return backup !== null && backup > 0 ? Math.max(geo, backup) : geo;
}

const messageStores = new WeakMap<Design, Set<string>>();
/** Storage nodes whose every caller is a queue (its message store). */
export function messageStoreOnly(design: Design, name: string): boolean {
  let set = messageStores.get(design);
  if (!set) {
    const callers = new Map<string, string[]>();
    for (const e of design.edges) {
      const l = callers.get(e.to);
      if (l) l.push(e.from);
      else callers.set(e.to, [e.from]);
    }
    set = new Set();
    for (const [to, from] of callers) if (design.nodes.get(to)?.kind === 'storage' && from.every((f) => design.nodes.get(f)?.kind === 'queue')) set.add(to);
    messageStores.set(design, set);
  }
  return set.has(name);
}

const witnesses = new WeakMap<Design, Set<string>>();
/** Nodes named by some `witness=` that nothing calls: a file share or disk witness holds a vote, no data (round 40b). */
export function witnessOnly(design: Design, name: string): boolean {
  let set = witnesses.get(design);
  if (!set) {
    set = new Set();
    const called = new Set(design.edges.map((e) => e.to));
    for (const n of design.nodes.values()) {
      for (const x of namesAttr(n, 'witness')) if (!called.has(x)) set.add(x);
    }
    witnesses.set(design, set);
  }
  return set.has(name);
}
