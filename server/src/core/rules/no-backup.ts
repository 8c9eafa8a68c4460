import { sqlLogShipping } from './manual-failover';
import { MYSQL_FAMILY } from '../model/replication';
import { codeJosa, josa } from '../shared/josa';
import { formatDuration } from '../syntax/values';
import { koDuration } from '../shared/duration';
import { derivedIndexNote, edgesFromNode, edgesToNode, L, nodeFinding, textAttr, withNote } from './facts';
import { buildModel, instanceCount, recordStateWritten, replayableFrom } from '../model/request-graph';
import { regionsOf, runsOnlyIn } from '../syntax/places';
import { rpoMet } from '../analysis/simulation/goal';
import { findingNode, fix, setAttr } from './fixes';
import { copiedElsewhere, dataIsCopied, holdsData } from './missing-replica';
import { backupInterval, effectiveBackup, mirroredDisks, oneZoneClass } from '../model/durability';
import type { Rule } from './rule';
import type { Finding, TopologyNode } from '../syntax/ast';

/**
 * Whether a node's backups stay on its own site: the design declares at most one region, and `backup-to=` names a zone
 * or a self-run node of it (a managed store, a bucket, is taken to be kept by its provider elsewhere).
 */
function keptOnSite(facts: { design: import('../syntax/ast').Design; copies: Map<string, TopologyNode[]> }, node: TopologyNode): boolean {
  const d = facts.design;
  // (A design of several regions too: a live copy in another region replicates a mistake as well, so backups kept in the
  // data's own site are still the only copy from before one — round 48 r05.)
  // Only where the design says where they go: with no `backup-to=` the place is not known.
  const to = textAttr(node, 'backup-to') ?? defaultRegion(facts, node);
  if (to === null) return false;
  // A zone is a data centre: another zone than the data's is another site (an off-site vault declared as its own zone).
  if (d.zones.has(to)) return !node.zones.length || node.zones.includes(to);
  // A region: the data's own when the node runs only there (round 49 r03: `backup-to=main` beside a DR standby in `dr`).
  if (d.regions.has(to)) return runsOnlyIn(d, node, { type: 'region', region: to });
  const target = d.nodes.get(to);
  if (!target || target.managed) return false;
  // A store placed in a region (`veeam: storage region=hq`): in the data's site when the data runs only in that region and
  // the store shares its zone, or either has none (round 85 r04: the same room said with `region=` went unreported).
  if (target.region !== null) {
    if (!runsOnlyIn(d, node, { type: 'region', region: target.region })) return false;
    return !target.zones.length || !node.zones.length || target.zones.some((z) => node.zones.includes(z));
  }
  // A store placed nowhere, in a design of several sites (an off-site tape vault written without its place): not known
  // to share the data's site; in a design of one site it is there.
  if (!target.zones.length) return d.zones.size <= 1;
  return !node.zones.length || target.zones.some((z) => node.zones.includes(z));
}

/**
 * Where backups with no `backup-to=` are kept, when that matters: in a design of several regions, the node's own region
 * (language.md, `backup-to`: "default: the node's own region") — when a live copy of it is in another region, which
 * then takes over with none after that region's loss (round 50 r04); in a design of one declared region, that region.
 * Otherwise null: the place is not said.
 */
function defaultRegion(facts: { design: import('../syntax/ast').Design; copies: Map<string, TopologyNode[]> }, node: TopologyNode): string | null {
  const d = facts.design;
  if (d.regions.size < 1 || node.managed) return null;
  const own = regionsOf(d, node);
  if (own.length !== 1) return null;
  // A design of one declared region: the default is that region, the data's own — as if written `backup-to=` it (round
  // 122c r07: the same design said nothing without it and warned with it).
  if (d.regions.size === 1) return own[0]!;
  const copies = facts.copies.get(node.name) ?? [];
  return copies.some((c) => regionsOf(d, c).some((r) => r !== own[0])) ? own[0]! : null;
}

/** A copy that trails its source by an hour or more (`lag=1h` and up): a periodic copy, not a live one. */
export function periodicCopy(c: TopologyNode): boolean {
  const v = c.attrs.get('lag')?.value;
  return !!v && v.type === 'duration' && v.seconds >= 3600;
}

/**
 * The finding's text for a managed store whose point-in-time recovery is off unless it is turned on, with nothing written
 * for it (`backup=`): DynamoDB (dynamodb-pitr: PITR is enabled per table; the latest restorable time is typically 5
 * minutes back) and Firestore (firestore-pitr: 7 days at one version a minute once enabled; without it, the last hour).
 */
function optInBackups(node: TopologyNode): { en: string; ko: string } | null {
  const engine = (textAttr(node, 'engine') ?? '').toLowerCase();
  const n = node.name;
  if (engine === 'dynamodb' || engine === 'aws-dynamodb')
    return L(
      `\`${n}\` (DynamoDB) keeps its items over several zones, but point-in-time recovery is off until it is turned on for the table: a deleted item, a bad batch of writes or a dropped table reaches every copy at once, and there is nothing older to restore. The \`rpo\` goal holds only for failures of machines. Turn point-in-time recovery on (PointInTimeRecoveryEnabled: any second of the last 1–35 days, the latest about 5 minutes back) and write it: \`backup=5m\`.`,
      `${josa(`\`${n}\`(DynamoDB)`, '은/는')} 여러 존에 데이터를 나눠 두지만, 시점 복구(PITR)는 테이블마다 켜기 전에는 꺼져 있습니다. 잘못 지운 항목, 잘못된 일괄 쓰기, 삭제한 테이블은 모든 사본에 한꺼번에 반영되고, 되돌릴 예전 데이터가 없습니다. \`rpo\` 목표는 장비 장애에 대해서만 지켜집니다. 시점 복구를 켜고(PointInTimeRecoveryEnabled: 최근 1~35일의 어느 초로든 복원, 가장 최근 시점은 약 5분 전) 설계에도 적으세요: \`backup=5m\`.`,
    );
  if (engine === 'firestore' || engine === 'cloud-firestore')
    return L(
      `\`${n}\` (Firestore) keeps its documents over several zones, but point-in-time recovery and scheduled backups are off until they are turned on: without them only the last hour of versions can be read back, so a bad write or a deletion noticed later cannot be undone. The \`rpo\` goal holds only for failures of machines. Turn point-in-time recovery on (7 days, one version a minute) or schedule backups, and write it: \`backup=1m\`.`,
      `${josa(`\`${n}\`(Firestore)`, '은/는')} 여러 존에 문서를 나눠 두지만, 시점 복구(PITR)와 예약 백업은 켜기 전에는 꺼져 있습니다. 켜지 않으면 최근 1시간의 버전만 읽을 수 있어서, 나중에 알아챈 잘못된 쓰기나 삭제는 되돌릴 수 없습니다. \`rpo\` 목표는 장비 장애에 대해서만 지켜집니다. 시점 복구(7일, 1분 단위 버전)를 켜거나 예약 백업을 설정하고 설계에도 적으세요: \`backup=1m\`.`,
    );
  // Cloud Spanner: it keeps earlier versions for one hour by default (version_retention_period, up to 7 days) and has
  // backups only when someone creates them or a backup schedule (spanner-pitr; round 78b r05).
  if (engine === 'spanner' || engine === 'cloud-spanner')
    return L(
      `\`${n}\` (Spanner) keeps its data over several zones, but earlier versions only for an hour by default (\`version_retention_period\`, up to 7 days) and backups only once you create them or a backup schedule: a bad write noticed later, or a deleted database, cannot be undone, and a loss of its whole region has nothing to restore from. The \`rpo\` goal holds only for failures of machines. Set a backup schedule (and copy backups to another region for a regional instance) and write it: \`backup=1d\` with \`backup-to=\`.`,
      `${josa(`\`${n}\`(Spanner)`, '은/는')} 여러 존에 데이터를 나눠 두지만, 예전 버전은 기본 1시간만 보관하고(\`version_retention_period\`, 최대 7일) 백업은 직접 만들거나 백업 일정을 두어야 생깁니다. 나중에 알아챈 잘못된 쓰기나 삭제한 데이터베이스는 되돌릴 수 없고, 리전 전체를 잃으면 복원할 곳이 없습니다. \`rpo\` 목표는 장비 장애에 대해서만 지켜집니다. 백업 일정을 두고(리전 인스턴스라면 다른 리전으로 백업 복사) 설계에도 적으세요: \`backup-to=\`와 함께 \`backup=1d\`.`,
    );
  return null;
}

/** Data with no live copy and no backup: losing it loses everything, with no bound (failure-model §5). */
/** An edge label naming idempotency or duplicate-check keys (what a retry is checked against), short-lived by nature. */
const IDEMPOTENCY_LABEL = /idempoten|dedup|de-dup|duplicate|멱등|중복/i;

export const noBackup: Rule<'no-backup'> = {
  id: 'no-backup',
  check({ facts, estimate }) {
    const out: Finding[] = [];
    // Whether losing the node (a machine) already misses the rpo goal (an asynchronous copy's lag): then the goal does not
    // "hold for failures of machines" — rpo-not-met says so, and this finding speaks of mistakes only (round 49 r02).
    const machineMisses = (name: string): boolean => {
      const rpo = facts.design.goal?.rpo;
      if (rpo === null || rpo === undefined) return false;
      return estimate()?.losses.some((l) => l.target.type === 'node' && l.target.node === name && !rpoMet(l.rpo, rpo)) ?? false;
    };
    const holdsForMachines = (name: string): { en: string; ko: string } =>
      machineMisses(name)
        ? L('Even a lost server misses the goal here (rpo-not-met); a mistake loses more.', '여기서는 서버 장애만으로도 목표를 넘기며(rpo-not-met), 실수는 그보다 더 잃습니다.')
        : L('The `rpo` goal holds only for failures of machines.', '`rpo` 목표는 장비 장애에 대해서만 지켜집니다.');
    // With an rpo goal, data whose only copies are live ones: replication copies a mistake as fast as a write.
    const rpoGoal = facts.design.goal?.rpo !== null && facts.design.goal?.rpo !== undefined;
    let sameSiteSaid = false;
    for (const node of facts.nodes) {
      // A cache written as the data of record (`primary`: carts, counters, a leaderboard kept only there) is a store like a
      // database: nothing behind it refills it. A session store is not: losing sessions logs users out (its own findings).
      // (A session store written `primary` that is also called for records — carts — holds data of record too.)
      // (So is one its callers' edges say keeps state of record — `leaderboard score updates`, carts — though not written
      // `primary`: the run counts its loss as data; round 110b r04 got no finding for scores kept only in Memorystore.)
      const labelled = node.kind === 'cache' && recordStateWritten(facts.design, node.name);
      const recordCache = node.kind === 'cache' && (node.role === 'primary' || labelled) && (!facts.sessionUsers.has(node.name) || buildModel(facts.design).nodes[facts.index.byName.get(node.name)!]!.alsoRecords);
      if ((node.kind !== 'database' && node.kind !== 'storage' && !recordCache) || (!holdsData(facts, node) && !(recordCache && labelled))) continue;
      // (Nor a store rebuilt from another, `rebuilt-from=`: its source is what needs the backups — round 93b r05.)
      if (node.attrs.has('rebuilt-from')) continue;
      // (Nor a cache of idempotency or duplicate-check keys only: they matter for their short life, and a snapshot hours old
      // restores none that still does — round 115c r07 advised RDB snapshots for them; losing its lag on failover is
      // rpo-not-met's.)
      if (node.kind === 'cache' && labelled && facts.design.edges.filter((e) => e.to === node.name && e.label).every((e) => IDEMPOTENCY_LABEL.test(e.label!))) continue;
      // A storage node holding only databases' files: their backups are its backups (their own findings speak for them).
      if (backupInterval(node) === null && effectiveBackup(facts.design, node) !== null) continue;
      if (backupInterval(node) !== null) {
        // With an rpo goal and one site: the backups are kept where the data is (the design's only region, a zone or a
        // node of it). A fire, a flood, a power event or ransomware that reaches the site takes both (3-2-1: one copy off
        // site). Said once, as an info: a one-region design is not judged on the region's loss.
        // (Not when a copy that trails by an hour or more — a cold standby restored from the nightly backups in another
        // region, `lag=1d` — is off site: that copy is the off-site backup; round 104 r06.)
        // (Nor when a live copy in another region is backed up there itself — the other primary of a two-region pair, a DR
        // standby with its own backups: its backups are a pre-mistake copy off this site; round 108b r07.)
        const offsiteCopy = (facts.copies.get(node.name) ?? []).some((c) => (periodicCopy(c) || backupInterval(c) !== null) && regionsOf(facts.design, c).some((r) => !regionsOf(facts.design, node).includes(r)));
        if (rpoGoal && !sameSiteSaid && !node.managed && !offsiteCopy && keptOnSite(facts, node)) {
          sameSiteSaid = true;
          const written = textAttr(node, 'backup-to');
          const to = written ?? defaultRegion(facts, node)!;
          const where = written === null ? L(`in its own region \`${to}\` (the default with no \`backup-to=\`)`, `\`${to}\` 리전(\`backup-to=\`를 적지 않은 기본값)에`) : facts.design.regions.has(to) ? L(`in region \`${to}\``, `\`${to}\` 리전에`) : facts.design.zones.has(to) ? L(`in zone \`${to}\``, `\`${to}\` 존에`) : L(`on \`${to}\``, `\`${to}\`에`);
          // The node's own members in other zones than the backups' (round 55b r04): the backups share a site with part of the data.
          const spans = facts.design.zones.has(to) && node.zones.some((z) => z !== to);
          const same = spans ? L(', one of the sites the data runs in', '데이터가 있는 장소 가운데 하나입니다') : L(', in the same site as the data', '데이터와 같은 장소입니다');
          // (A copy outside the site the backups share: one in the same site is lost with it — round 89c r02 named the local
          // standby as the survivor of a site loss.)
          const site = facts.design.regions.has(to) ? ({ type: 'region', region: to } as const) : facts.design.zones.has(to) ? ({ type: 'zone', zone: to } as const) : null;
          const elsewhere = (facts.copies.get(node.name) ?? []).filter((c) => !c.attrs.has('backup') && (site === null || !runsOnlyIn(facts.design, c, site)))[0];
          const after = elsewhere ? L(` After such a loss, \`${elsewhere.name}\` takes over with no backup at all.`, ` 그런 사고 뒤에는 ${codeJosa(elsewhere.name, '이/가')} 백업 없이 서비스를 넘겨받습니다.`) : L('', '');
          // The backup store itself copied off site (a NAS backed up to a cloud bucket): the chain's copy is the one that
          // survives the site — said, not an off-site copy proposed as if there were none (round 99 r04).
          const store = written !== null ? facts.design.nodes.get(written) : undefined;
          const storeTo = store ? textAttr(store, 'backup-to') : null;
          const storeEvery = store ? backupInterval(store) : null;
          const chained = store !== undefined && storeTo !== null && storeEvery !== null && storeTo !== written && !keptOnSite(facts, store);
          if (chained) {
            sameSiteSaid = true;
            const total = storeEvery + backupInterval(node)!;
            out.push(
              nodeFinding(
                'no-backup',
                node,
                L(
                  `\`${node.name}\`'s backups are kept on \`${written}\`, in the same site as the data; the only copy off site is \`${written}\`'s own backup to \`${storeTo}\`, every ${formatDuration(storeEvery)}: a fire, a flood, a power event of the site, or ransomware that reaches it, falls back to that copy — up to ${formatDuration(total)} old. Send \`${node.name}\`'s backups off site directly (\`backup-to=\` a store in another region or a cloud bucket), or copy \`${written}\` off site as often as the rpo allows.`,
                  `${josa(`\`${node.name}\``, '은/는')} 백업을 데이터와 같은 장소의 \`${written}\`에 두고, 외부에 있는 사본은 ${josa(`\`${written}\``, '이/가')} ${koDuration(storeEvery)}마다 ${codeJosa(storeTo, '으로/로')} 보내는 백업뿐입니다. 화재, 침수, 정전처럼 그 장소 전체를 덮치는 사고나 그곳까지 닿는 랜섬웨어가 나면 그 사본으로 돌아가야 하고, 최대 ${koDuration(total)} 전 데이터입니다. \`${node.name}\`의 백업을 외부로 바로 보내거나(다른 리전의 저장소나 클라우드 버킷을 \`backup-to=\`로), \`${written}\`의 외부 복사를 RPO가 허락하는 만큼 자주 하세요.`,
                ),
                { kind: node.kind, sameSite: true, chained: storeTo },
                undefined,
                'info',
              ),
            );
          } else
          out.push(
            nodeFinding(
              'no-backup',
              node,
              // Live copies elsewhere: another node in another region, or members of this node in other zones than the
              // backups' (a replica set over two data centres with its dumps in one — round 55b r04: that site's loss does
              // not take the data, only the copy from before a mistake).
              (facts.design.regions.size > 1 && (facts.copies.get(node.name) ?? []).length > 0) || spans
                ? L(
                    `\`${node.name}\`'s backups are kept ${where.en}${same.en}: its live copies elsewhere replicate every change, a dropped table or ransomware's writes included, so a fire, a flood or a power event of the site takes the only copy from before such a mistake.${after.en} Keep one backup copy off site (the 3-2-1 rule: \`backup-to=\` a store in another region or a cloud bucket), preferably one that cannot be changed once written.`,
                    `${josa(`\`${node.name}\``, '은/는')} 백업을 ${where.ko} 두는데, ${same.ko}. 다른 곳의 실시간 사본은 테이블 삭제나 랜섬웨어의 쓰기까지 모든 변경을 그대로 복제하므로, 화재, 침수, 정전처럼 그 장소 전체를 덮치는 사고가 나면 그런 실수 이전의 유일한 사본을 잃습니다.${after.ko} 백업 한 벌은 외부에 두세요(3-2-1 규칙: 다른 리전의 저장소나 클라우드 버킷을 \`backup-to=\`로). 한 번 쓰면 바꿀 수 없는 저장소면 더 좋습니다.`,
                  )
                : L(
                    `\`${node.name}\`'s backups are kept ${where.en}, in the same site as the data${facts.design.regions.size > 1 ? '' : ' (the design has no second region)'}: a fire, a flood, a power event of the site, or ransomware that reaches the backup host, takes the data and its backups together. Keep one copy off site (the 3-2-1 rule: \`backup-to=\` a store in another region or a cloud bucket), preferably one that cannot be changed once written.`,
                    `${josa(`\`${node.name}\``, '은/는')} 백업을 ${where.ko} 두는데, 데이터와 같은 장소입니다${facts.design.regions.size > 1 ? '' : '(설계에 다른 리전이 없음)'}. 화재, 침수, 정전처럼 그 장소 전체를 덮치는 사고나 백업 서버까지 닿는 랜섬웨어는 데이터와 백업을 함께 잃게 만듭니다. 한 벌은 외부에 두세요(3-2-1 규칙: 다른 리전의 저장소나 클라우드 버킷을 \`backup-to=\`로). 한 번 쓰면 바꿀 수 없는 저장소면 더 좋습니다.`,
                  ),
              { kind: node.kind, sameSite: true },
              undefined,
              'info',
            ),
          );
        }
        // Copied live, backed up less often than the rpo: the copies cover a lost machine, but a mistake (a dropped table,
        // a bad migration, ransomware) reaches every copy, and the last backup is older than the goal allows.
        const every = backupInterval(node)!;
        const rpo = facts.design.goal?.rpo ?? null;
        // rpo=0: no backup interval reaches it; a log archived continuously (every minute or less) restores to just
        // before the mistake, which is as close as backups come.
        const keep = rpo !== null && rpo > 0 ? rpo : 60;
        // (Not a Redis Cluster with shards that have no replica: nothing copies those live — round 61 r05.)
        const bareCluster = textAttr(node, 'mode') === 'cluster' && instanceCount(node) < 2 * Number(textAttr(node, 'shards') ?? 3);
        // (Nor a search index a queue's consumer writes: derived from the queue and its source, rebuilt by re-indexing —
        // the run counts no write of record lost with it, so the goal does not reach it; round 69b r12.)
        const derived = derivedIndexNote(node).en !== '' && edgesToNode(facts, node.name).some((e) => edgesToNode(facts, e.from).some((x) => facts.design.nodes.get(x.from)?.kind === 'queue'));
        // (A managed cache too: Memorystore or ElastiCache keep no log to restore to a point in time — their backups are
        // the exports written; round 95 r09. A managed database's continuous backups are the provider's.)
        // (Nor a database written only by the consumers of a log that keeps its messages longer than the backups are apart:
        // restoring the last backup and reading the log again from there is the point-in-time restore — round 106b r03.)
        const replayed = (): boolean => {
          const m = buildModel(facts.design);
          const i = m.byName.get(node.name);
          return i !== undefined && replayableFrom(m, i, every) !== null;
        };
        if (rpo !== null && every > keep && (!node.managed || node.kind === 'cache') && copiedElsewhere(facts, node) && !bareCluster && !derived && !replayed()) {
          const engine = (textAttr(node, 'engine') ?? '').toLowerCase();
          const files = node.kind === 'storage';
          const kv = node.kind === 'cache';
          const how = kv
            ? node.managed
              ? L('export more often (the service\'s scheduled RDB exports or snapshots, as often as the goal allows), or keep the data in a database whose log restores to a point in time', '더 자주 내보내거나(서비스의 예약 RDB 내보내기나 스냅샷을 목표가 허용하는 만큼 자주), 시점 복구가 되는 로그를 가진 데이터베이스에 두세요')
              : L('keep an append-only file (`appendonly yes`, `appendfsync everysec`) copied off the server, or RDB snapshots that often', '서버 밖으로 복사하는 AOF(`appendonly yes`, `appendfsync everysec`)를 두거나 그만큼 자주 RDB 스냅샷을 남기세요')
            : files
            ? L('take snapshots that often and keep them where they cannot be changed (immutable snapshots, or copies the storage\'s own users cannot delete)', '그만큼 자주 스냅샷을 찍어 바꿀 수 없게 보관하세요(변경 불가 스냅샷, 또는 스토리지 사용자가 지울 수 없는 사본)')
            : /postgres|patroni|pgpool|repmgr/.test(engine)
            ? L('archive the WAL continuously (pgBackRest, WAL-G, Barman)', 'WAL을 계속 보관하세요(pgBackRest, WAL-G, Barman)')
            : MYSQL_FAMILY.has(engine) || /mysql|maria|galera|innodb/.test(engine)
              ? L('keep the binary logs continuously (binlog streaming, point-in-time recovery)', '바이너리 로그를 계속 보관하세요(binlog 스트리밍, 시점 복구)')
              : /tibero/.test(engine)
                ? L('keep the archive logs continuously (tbrmgr, Tibero\'s recovery manager: archive log backups)', '아카이브 로그를 계속 백업하세요(Tibero의 복구 관리자 tbrmgr로 아카이브 로그 백업)')
              : /oracle|rac|data-?guard/.test(engine)
                ? L('keep the archived redo logs continuously (RMAN archive log backups)', '아카이브 로그를 계속 백업하세요(RMAN 아카이브 로그 백업)')
                : engine === 'db2'
                ? L('keep the archived log files off the server (Db2 HADR already requires archive logging, LOGARCHMETH1: point them at a target outside the site, e.g. TSM or a remote share)', '아카이브 로그 파일을 서버 밖에 보관하세요(Db2 HADR은 이미 아카이브 로깅, LOGARCHMETH1을 요구합니다. 그 대상을 사이트 밖의 TSM이나 원격 공유로 지정하세요)')
                : engine === 'clickhouse'
                  ? L('take incremental backups that often (ClickHouse has no log to archive: `BACKUP … SETTINGS base_backup = …`), or keep the source to replay (a queue\'s retention)', '그만큼 자주 증분 백업을 하거나(ClickHouse에는 보관할 로그가 없습니다: `BACKUP … SETTINGS base_backup = …`) 다시 넣을 원본을 남겨 두세요(큐의 보존 기간)')
                  : L('archive the transaction log continuously (binary logs, WAL, archived redo), or take incremental backups that often where the product has no log', '트랜잭션 로그를 계속 보관하거나(바이너리 로그, WAL, 아카이브 로그) 로그가 없는 제품이라면 그만큼 자주 증분 백업을 하세요');
          out.push(
            nodeFinding(
              'no-backup',
              node,
              L(
                `\`${node.name}\` is copied live, and backed up every ${formatDuration(every)}: the copies survive a lost server, not a mistake — ${files ? 'a deleted or overwritten file, or ransomware encrypting it,' : kv ? 'a FLUSHALL, a bad script or keys overwritten by mistake' : 'a dropped table, a bad migration or ransomware'} reaches every copy within the replication lag, and the last backup may be ${formatDuration(every)} old, more than rpo=${formatDuration(rpo)} allows. ${machineMisses(node.name) ? 'Even a lost server misses the goal here (rpo-not-met).' : 'The goal holds for failures of machines only.'} ${rpo > 0 ? `To meet it for such errors too, ${how.en} and write the interval it keeps (\`backup=${formatDuration(keep)}\`).` : `No backup interval is 0: to come close for such errors, ${how.en} — a point-in-time restore to just before the mistake — and write the interval it keeps (\`backup=${formatDuration(keep)}\`).`}`,
                `${josa(`\`${node.name}\``, '은/는')} 실시간 사본이 있고 ${koDuration(every)}마다 백업합니다. 사본은 서버를 잃는 장애는 견디지만 실수는 견디지 못합니다. ${files ? '잘못 지우거나 덮어쓴 파일, 랜섬웨어의 암호화는' : kv ? 'FLUSHALL, 잘못된 스크립트, 실수로 덮어쓴 키는' : '잘못 지운 테이블, 잘못된 마이그레이션, 랜섬웨어는'} 복제 지연 안에 모든 사본에 퍼지고, 마지막 백업은 최대 ${koDuration(every)} 전의 것이라 목표 RPO ${rpo > 0 ? josa(koDuration(rpo), '을/를') : '0을'} 넘습니다. ${machineMisses(node.name) ? '여기서는 서버 장애만으로도 목표를 넘깁니다(rpo-not-met).' : '이 목표는 장비 장애에 대해서만 지켜집니다.'} ${rpo > 0 ? `이런 오류에도 지키려면 ${how.ko}. 그리고 그 간격을 \`backup=\`에 적으세요(\`backup=${formatDuration(keep)}\`).` : `백업 주기를 0으로 할 수는 없으니, 이런 오류에도 최대한 가까운 시점으로 복구하려면 ${how.ko}. 실수 직전 시점으로 복원할 수 있습니다. 그리고 그 간격을 \`backup=\`에 적으세요(\`backup=${formatDuration(keep)}\`).`}`,
              ),
              { kind: node.kind, replicated: true, interval: every },
              undefined,
              'info',
            ),
          );
        }
        continue;
      }
      const n = node.name;
      // A managed store whose backups are off until someone turns them on (DynamoDB's and Firestore's point-in-time
      // recovery: docs/defaults.md, dynamodb-pitr, firestore-pitr): its copies over the zones copy a mistake as well.
      const optIn = rpoGoal && node.managed ? optInBackups(node) : null;
      if (optIn !== null) {
        out.push(nodeFinding('no-backup', node, optIn, { kind: node.kind, replicated: true, optIn: true }, undefined, 'info'));
        continue;
      }
      // A database whose data is on storage nodes it calls: the disks hold the data set, their backups (or their own
      // finding) speak for it — one finding for one data set.
      if (node.kind === 'database') {
        const disks = edgesFromNode(facts, n).filter((e) => facts.design.nodes.get(e.to)?.kind === 'storage').map((e) => facts.design.nodes.get(e.to)!);
        // (A clustered database on shared disks — Oracle RAC, Tibero TAC — is backed up when the disks are.)
        const copied = copiedElsewhere(facts, node);
        if (disks.length && disks.every((d) => holdsData(facts, d) && (backupInterval(d) !== null || (!copied && dataIsCopied(facts, d))))) continue;
      }
      // (A Redis Cluster with fewer than two instances a shard has shards with no replica: not copied live — round 116 r03.)
      const bareShards = textAttr(node, 'mode') === 'cluster' && !node.managed && instanceCount(node) < 2 * Number(textAttr(node, 'shards') ?? 3);
      // A provider's volume or file share in one zone (EFS One Zone, an NCP NAS volume) with no backup: its copies stay in
      // that zone, and the zone's loss takes every file it holds — the run counts it unbounded (round 126 r04: nothing said).
      if (node.kind === 'storage' && node.managed && oneZoneClass(node) && effectiveBackup(facts.design, node) === null) {
        const z = node.zones[0]!;
        out.push(
          nodeFinding(
            'no-backup',
            node,
            L(
              `\`${n}\` is the provider's volume or file share in zone \`${z}\` only, with no backup: the provider's copies stay in that zone, so losing it loses every file ever written there — the loss is unbounded, and no \`rpo\` goal can be met. Take snapshots or backups copied outside \`${z}\` (\`backup=1d backup-to=…\`), or use the service's class that keeps copies over zones.`,
              `${codeJosa(n, '은/는')} \`${z}\` 존에만 있는 제공자의 볼륨이나 파일 공유이고 백업이 없습니다. 제공자의 사본도 그 존 안에 있어, 그 존을 잃으면 지금까지 쓴 파일을 모두 잃으며 그 양에 한도가 없어 어떤 \`rpo\` 목표도 지킬 수 없습니다. \`${z}\` 밖으로 복사되는 스냅숏이나 백업을 받거나(\`backup=1d backup-to=…\`), 여러 존에 사본을 두는 서비스 등급을 쓰세요.`,
            ),
            { kind: node.kind, zone: z },
          ),
        );
        continue;
      }
      if (copiedElsewhere(facts, node) && !bareShards) {
        // (A provider backs its managed databases up by default; not its caches — Memorystore's RDB snapshots, ElastiCache's
        // automatic backups are opt-in: a managed cache keeping state of record is copied live only, round 110b r04.)
        if (!rpoGoal || (node.managed && !(recordCache && labelled))) continue;
        // A copy refreshed every hour or more (a nightly or weekly backup job written as `replica of=X lag=1d`) keeps
        // yesterday's data when today's is damaged: it is the backup, in the language's words.
        if ((facts.copies.get(node.name) ?? []).some((c) => periodicCopy(c))) continue;
        // A database's disks: the database's own backups cover them, and a copied database without any has this
        // finding of its own — one finding for one data set, not one per disk.
        // (A standby that mounts the same disk — `replication=shared`, a failover cluster's other node — is no user of
        // its own data set: round 81 r07 said the SAN under an FCI "is copied live".)
        const users = edgesToNode(facts, node.name)
          .map((e) => facts.design.nodes.get(e.from))
          .filter((u) => !(u && u.role === 'standby' && textAttr(u, 'replication') === 'shared'));
        // (Nor a standby's or a replica's own disk: it holds a copy of its source's data set, whose finding speaks for it —
        // round 124c r03 put the finding on the Data Guard standby's array.)
        if (node.kind === 'storage' && users.length && users.every((u) => u && u.kind === 'database' && (backupInterval(u) !== null || (holdsData(facts, u) && copiedElsewhere(facts, u)) || ((u.role === 'standby' || u.role === 'replica') && u.of !== null)))) continue;
        // A queue's message store (Pulsar's bookies, an MQ queue manager's shared storage): messages in flight, not a data set
        // restored from backups — retention or tiered offload keeps them, not a nightly backup.
        if (node.kind === 'storage' && users.length && users.every((u) => u && u.kind === 'queue')) continue;
        // A pair on one shared disk has no copy: the disk is the data, and its own finding says so.
        // (The model's answer: every takeover on one shared disk, written or inferred — request-graph's sharesStorage.)
        const m = buildModel(facts.design);
        const idx = m.byName.get(node.name)!;
        const tks = m.nodes[idx]!.takeovers;
        if (tks.length && tks.every((t) => t.replication === 'shared') && !m.nodes.some((r) => r.readsFrom === idx)) continue;
        // A search index its writers fill from another store (`indexer -> catalog`, `indexer -> solr`): a mistake that wipes
        // it costs a reindex, not data — said so, not "nothing older to restore" (round 43b).
        if (derivedIndexNote(node).en) {
          // The first writer of the index that also reads a database (`indexer -> catalog`), and that database.
          // (A writer, not a searcher: an edge that says it searches or reads is a query — round 63b r10 had Kibana
          // "reading es-warm and writing es-hot"; and the store it reads is no other search index.)
          const query = /\b(search\w*|quer\w*|reads?|lookups?)\b|검색|조회|읽기/i;
          const readsDb = (w: string): string | undefined =>
            edgesFromNode(facts, w).find((e) => e.to !== n && facts.design.nodes.get(e.to)?.kind === 'database' && !derivedIndexNote(facts.design.nodes.get(e.to)!).en)?.to;
          const feeder = edgesToNode(facts, n).filter((e) => !query.test(e.label ?? '')).map((e) => e.from).find((w) => readsDb(w) !== undefined);
          const source = feeder === undefined ? null : readsDb(feeder)!;
          out.push(
            nodeFinding(
              'no-backup',
              node,
              L(
                `\`${n}\` is copied live but never backed up. If it is an index built from another store${source ? ` (\`${feeder}\` reads \`${source}\` and writes it)` : ''}, a mistake that wipes every copy costs a full reindex, not data — a snapshot of the index (Solr's Collections API BACKUP, an Elasticsearch snapshot repository) shortens that rebuild; if it is the only record of its documents, take backups kept elsewhere (\`backup=1d\`).`,
                `\`${n}\`에는 실시간 사본이 있지만 백업이 없습니다. 다른 저장소에서 만드는 색인이라면${source ? `(\`${feeder}\` 노드가 \`${source}\`에서 읽어 씀)` : ''} 모든 사본을 지우는 실수는 데이터가 아니라 전체 재색인 시간만큼의 비용입니다. 색인 스냅샷(Solr Collections API BACKUP, Elasticsearch 스냅숏 저장소)을 두면 재색인이 빨라집니다. 이 노드가 문서의 유일한 원본이라면 다른 곳에 두는 백업을 받으세요(\`backup=1d\`).`,
              ),
              { kind: node.kind, replicated: true },
              undefined,
              'info',
            ),
          );
          continue;
        }
        // (A SQL Server primary shipping its log to a standby: log shipping is a chain of transaction-log backups kept for
        // their retention period — not "never backed up"; round 92 r04.)
        if ((facts.copies.get(n) ?? []).some((c) => sqlLogShipping(c, node))) continue;
        out.push(
          nodeFinding(
            'no-backup',
            node,
            L(
              `\`${n}\` is copied live (a standby, replicas or a cluster) but never backed up: the copies survive a lost server, not a mistake — ${node.kind === 'cache' ? 'a FLUSHALL, a bad script or keys overwritten by mistake' : 'a dropped table, a bad migration or ransomware'} reaches every copy within the replication lag, and there is nothing older to restore. ${holdsForMachines(n).en} ${node.kind === 'cache' ? 'Take snapshots kept elsewhere (RDB snapshots or exports, `backup=1h`, with `backup-to=`).' : 'Take backups kept elsewhere (`backup=1d`, or log archiving such as `backup=5m`, with `backup-to=`).'}`,
              `${josa(`\`${n}\``, '은/는')} 실시간 사본(대기 노드, 복제본, 클러스터)은 있지만 백업이 없습니다. 사본은 서버를 잃는 장애는 견디지만 실수는 견디지 못합니다. ${node.kind === 'cache' ? 'FLUSHALL, 잘못된 스크립트, 실수로 덮어쓴 키는' : '잘못 지운 테이블, 잘못된 마이그레이션, 랜섬웨어는'} 복제 지연 안에 모든 사본에 퍼지고, 되돌릴 예전 데이터가 없습니다. ${holdsForMachines(n).ko} ${node.kind === 'cache' ? '다른 곳에 두는 스냅숏을 받으세요(RDB 스냅숏이나 내보내기, `backup=1h`와 `backup-to=`).' : '다른 곳에 두는 백업을 받으세요(`backup=1d`, 또는 `backup=5m` 같은 로그 보관과 `backup-to=`).'}`,
            ),
            { kind: node.kind, replicated: true },
            undefined,
            'info',
          ),
        );
        continue;
      }
      if (mirroredDisks(node)) {
        // RAID is not a backup: the copies are in the same box, and they copy every mistake.
        out.push(
          nodeFinding(
            'no-backup',
            node,
            L(
              `\`${n}\` keeps its copies on other disks of the same machine (RAID), and has no backup: a failed disk is survived, but a deleted or overwritten file, ransomware, a failed controller or the loss of the room loses everything it holds — RAID copies every mistake at once. Take backups (\`backup=1d\`) and keep them in another place (\`backup-to=\`).`,
              `${josa(`\`${n}\``, '은/는')} 같은 장비의 다른 디스크에만 사본을 두고(RAID) 백업이 없습니다. 디스크 하나가 고장 나도 버티지만, 지우거나 덮어쓴 파일, 랜섬웨어, 컨트롤러 고장, 설치 장소를 잃는 사고에는 모든 데이터를 잃습니다. RAID는 실수도 곧바로 모든 디스크에 복사합니다. 백업을 받고(\`backup=1d\`) 다른 곳에 두세요(\`backup-to=\`).`,
            ),
            { kind: node.kind, raid: true },
          ),
        );
        continue;
      }
      out.push(withNote(
        nodeFinding(
          'no-backup',
          node,
          L(
            recordCache
              ? `\`${n}\` is the only store of its data (${node.role === 'primary' ? '\`primary\`' : 'its callers keep state there'}: nothing behind it to refill it from) and has no live copy${bareShards ? ' of some of its shards' : ''} and no persistence: when its process or machine is lost, everything it holds is gone — the loss is unbounded, and no \`rpo\` goal can be met. Give it a replica and persistence (Redis: RDB snapshots, \`backup=1h\`, or the append-only file), or keep the data in a database and cache it.`
              : `\`${n}\` has no live copy and no backup: when its disk or machine is lost, every write it ever took is gone — the loss is unbounded, and no \`rpo\` goal can be met. Take backups (\`backup=1d\`, or archive the log with a short interval such as \`backup=1m\`) and keep them in another place (\`backup-to=\`).`,
            recordCache
              ? `${josa(`\`${n}\``, '은/는')} 이 데이터를 가진 유일한 저장소인데(${node.role === 'primary' ? '\`primary\`' : '호출하는 쪽이 상태를 여기에 둠'}: 뒤에서 다시 채워 줄 DB가 없음) ${bareShards ? '일부 샤드에는 ' : ''}살아 있는 사본도 영속화도 없습니다. 프로세스나 장비를 잃으면 담고 있던 데이터를 모두 잃으며 그 양에 한도가 없어, 어떤 \`rpo\` 목표도 지킬 수 없습니다. 복제본과 영속화(Redis: RDB 스냅숏 \`backup=1h\`, 또는 AOF)를 두거나, 데이터는 DB에 두고 캐시로만 쓰세요.`
              : `${josa(`\`${n}\``, '은/는')} 살아 있는 사본도 백업도 없습니다. 디스크나 장비를 잃으면 지금까지 받은 쓰기를 모두 잃으며 그 양에 한도가 없어, 어떤 \`rpo\` 목표도 지킬 수 없습니다. 백업을 받고(\`backup=1d\`, 또는 \`backup=1m\`처럼 짧은 주기의 로그 보관) 다른 곳에 두세요(\`backup-to=\`).`,
          ),
          { kind: node.kind },
        ),
        recordCache ? L('', '') : derivedIndexNote(node),
      ));
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const node = findingNode(design, finding);
    const rpo = design.goal?.rpo ?? null;
    if (node && typeof finding.data?.['interval'] === 'number' && rpo !== null) {
      const every = formatDuration(rpo > 0 ? rpo : 60);
      return [fix(L(`Archive \`${node.name}\`'s log continuously (backup=${every})`, `\`${node.name}\`의 로그를 계속 보관(backup=${every})`), [setAttr(design, node, 'backup', every)], true)];
    }
    return node ? [fix(L(`Back \`${node.name}\` up daily (backup=1d)`, `\`${node.name}\` 매일 백업(backup=1d)`), [setAttr(design, node, 'backup', '1d')], true)] : [];
  },
};

