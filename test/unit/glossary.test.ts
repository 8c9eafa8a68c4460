import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findTermAt, formatTermHover, getEntry, GLOSSARY, hasHangul } from '../../server/src/core/glossary';

const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');
const seed = (prefix: string): string[] => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), 'utf8').split(/\r\n|\r|\n/);

/** The id found under `needle` (its `at`-th character) in `line`. */
function idAt(line: string, needle: string, at = 0): string | undefined {
  const i = line.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" in "${line}"`);
  return findTermAt(line, i + at)?.entry.id;
}

test('at least 80 entries, unique ids, complete in both languages, related ids exist', () => {
  assert.ok(GLOSSARY.length >= 80, `${GLOSSARY.length} entries`);
  const ids = new Set<string>();
  for (const e of GLOSSARY) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    for (const l of ['ko', 'en'] as const) {
      for (const f of ['term', 'definition', 'why'] as const) assert.ok(e[l][f].trim().length > 0, `${e.id}.${l}.${f}`);
    }
    assert.ok(hasHangul(e.ko.term), `${e.id}: Korean term has Hangul`);
    assert.ok(hasHangul(e.ko.definition) && hasHangul(e.ko.why), `${e.id}: Korean text is Korean`);
  }
  for (const e of GLOSSARY) for (const r of e.related) assert.ok(ids.has(r), `${e.id} → unknown related ${r}`);
});

test('every concept of the seed notes is covered', () => {
  const required = [
    'high-availability', 'clustering', 'load-balancing', 'load-balancer', 'vip', 'l4-load-balancer', 'l7-load-balancer', 'raid', 'raid-0', 'raid-1', 'raid-10',
    'master-slave', 'active-standby', 'standalone', 'failover', 'replication', 'cluster', 'redis-sentinel', 'redis-cluster', 'async-replication',
    'redundancy', 'heartbeat', 'drbd', 'scale-up', 'scale-out', 'fault-tolerance', 'cloud-instance', 'ec2', 's3', 'rds', 'serverless', 'container',
    'three-tier', 'client-server', 'vertical-partitioning-architecture', 'horizontal-partitioning-architecture', 'shared-architecture', 'standby', 'disaster-recovery',
    'cpu', 'memory', 'hdd', 'ssd', 'bus', 'process', 'thread', 'connection-pool', 'kernel', 'virtualization', 'hypervisor', 'docker',
    'serial-parallel', 'synchronous-asynchronous', 'queue', 'message-queue', 'exclusive-control', 'stateful', 'stateless', 'full-table-scan', 'b-tree', 'hash-table', 'index',
    'cache', 'polling', 'interrupt', 'journaling', 'rollback', 'rollforward', 'master-worker', 'p2p', 'osi-7-layer', 'protocol', 'tcp-ip-model', 'http', 'tcp', 'ip', 'routing',
    'default-gateway', 'ethernet', 'mac-address', 'san', 'nic-redundancy', 'switch-redundancy', 'site-redundancy', 'round-robin', 'least-connection', 'response-time-algorithm',
    'sticky-session', 'session', 'monitoring', 'snmp', 'backup', 'rto', 'rpo', 'system-backup', 'data-backup', 'metric', 'cloudwatch', 'seo', 'autoscaling', 'bottleneck',
    'in-memory-db', 'hot-spot', 'lru', 'read-replica', 'sharding', 'partitioning', 'backup-and-restore', 'pilot-light', 'warm-standby', 'active-active', 'dns-failover-routing',
    'cross-region-replication', 'region', 'availability-zone', 'multi-az', 'vpc-peering', 'multi-cloud', 'auto-increment', 'multi-primary', 'uuid', 'iops', 'burst-balance',
    'dau-mau', 'cdn', 'spof', 'timeout', 'nginx', 'haproxy', 'elb', 'kubernetes',
  ];
  const missing = required.filter((id) => !getEntry(id));
  assert.deepEqual(missing, []);
});

test('terms in real seed lines, with exact UTF-16 spans', () => {
  const s003 = seed('003');
  const line = s003.find((l) => l.includes('페일오버'))!;
  const i = line.indexOf('페일오버');
  assert.deepEqual(findTermAt(line, i + 1) && { id: findTermAt(line, i + 1)!.entry.id, s: findTermAt(line, i + 1)!.start, e: findTermAt(line, i + 1)!.end }, { id: 'failover', s: i, e: i + 4 });
  const s001 = seed('001');
  assert.equal(idAt(s001.find((l) => l.includes('fail-over'))!, 'fail-over', 2), 'failover');
  assert.equal(idAt(s001.find((l) => l.includes('Master-slave'))!, 'Master-slave', 3), 'master-slave');
  const s000 = seed('000');
  assert.equal(idAt(s000.find((l) => l.includes('RAID 1+0'))!, 'RAID 1+0', 6), 'raid-10');
  assert.equal(idAt(s000.find((l) => l.includes('로드밸런서'))!, '로드밸런서', 1), 'load-balancer');
  const s004 = seed('004');
  assert.equal(idAt(s004.find((l) => l.includes('TableFullScan'))!, 'TableFullScan', 2), 'full-table-scan');
});

test('Korean particles, spacing and spelling variants', () => {
  assert.equal(idAt('페일오버를 자동으로 한다', '페일오버', 0), 'failover');
  assert.equal(idAt('서버 이중화는 필수', '이중화', 1), 'redundancy');
  assert.equal(idAt('로드 밸런서 뒤에 둔다', '로드 밸런서', 4), 'load-balancer');
  assert.equal(idAt('we use RAID1 here', 'RAID1', 4), 'raid-1');
  assert.equal(idAt('we use RAID-1 here', 'RAID-1', 1), 'raid-1');
  assert.equal(idAt('a fail over test', 'fail over', 6), 'failover');
  assert.equal(idAt('하트비트로 확인', '하트비트', 2), 'heartbeat');
  assert.equal(idAt('스탠바이 서버', '스탠바이', 1), 'standby');
  assert.equal(idAt('샤딩으로 나눈다', '샤딩', 0), 'sharding');
  assert.equal(idAt('목표 RTO는 5분', 'RTO', 1), 'rto');
});

test('Latin terms only as whole words; short acronyms only in capitals', () => {
  assert.equal(findTermAt('unzip the file', 3), undefined);
  assert.equal(findTermAt('a tip for you', 3), undefined);
  assert.equal(findTermAt('I am happy', 7), undefined);
  assert.equal(findTermAt('PRTOS kernel', 2), undefined);
  assert.equal(idAt('the IP address', 'IP', 0), 'ip');
  assert.equal(findTermAt('an ip here', 4), undefined);
});

test('the longest term under the cursor wins', () => {
  assert.equal(idAt('RAID 1+0 mirrors stripes', 'RAID', 0), 'raid-10');
  assert.equal(idAt('add a read replica now', 'replica', 2), 'read-replica');
  assert.equal(idAt('add a read replica now', 'read', 1), 'read-replica');
});

test('no term, out of range, and a 100,000-character line', () => {
  assert.equal(findTermAt('오늘 점심은 비빔밥', 3), undefined);
  assert.equal(findTermAt('failover', -1), undefined);
  assert.equal(findTermAt('failover', 99), undefined);
  const long = 'x '.repeat(50_000) + 'failover';
  assert.equal(findTermAt(long, long.length - 3)?.entry.id, 'failover');
  assert.equal(findTermAt(long, 10), undefined);
});

test('a hover puts the requested language first and the other below', () => {
  const e = getEntry('failover')!;
  const ko = formatTermHover(e, 'ko');
  const en = formatTermHover(e, 'en');
  assert.ok(ko.indexOf(e.ko.definition) < ko.indexOf(e.en.definition));
  assert.ok(en.indexOf(e.en.definition) < en.indexOf(e.ko.definition));
  assert.match(ko, /\n---\n/);
  for (const r of e.related) assert.ok(ko.includes(getEntry(r)!.ko.term), `related ${r} named in Korean`);
});
