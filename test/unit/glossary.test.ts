import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findTermAt, formatTermHover, getEntry, GLOSSARY, hasHangul } from '../../server/src/core';

const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');
const seed = (prefix: string): string[] => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), 'utf8').split(/\r\n|\r|\n/);

/** The id found under `needle` (its `at`-th character) in `line`. */
function idAt(line: string, needle: string, at = 0): string | undefined {
  const i = line.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" in "${line}"`);
  return findTermAt(line, i + at)?.entry.id;
}

test('at least 220 entries, unique ids, complete in both languages, related ids exist', () => {
  assert.ok(GLOSSARY.length >= 220, `${GLOSSARY.length} entries`);
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
    // Issue 15's gaps and the failure model v2.
    'l4', 'l7', 'mirroring', 'ack', 'quorum', 'fencing', 'consensus', 'master', 'primary', 'secondary', 'parity', 'rebuild', 'hot-spare',
    'snapshot', 'sla', 'slo', 'mttr', 'mtbf', 'downtime', 'switchover', 'multi-region', 'vrrp', 'keepalived', 'circuit-breaker', 'rate-limit',
    'zero-downtime-deployment', 'blue-green-deployment', 'canary-deployment', 'rolling-deployment', 'mysql', 'postgresql', 'kafka',
    'semi-sync-replication', 'centralized-architecture', 'distributed-architecture', 'standby-architecture', 'dr-architecture',
    'multi-site-active-active', 'hit-ratio', 'backlog', 'connection-limit', 'db-connection',
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
  // A Korean term followed by a particle, an ending or a compound tail is still the term.
  assert.equal(idAt('마스터가 죽으면', '마스터', 1), 'master');
  assert.equal(idAt('마스터한테 보낸다', '마스터', 1), 'master');
  assert.equal(idAt('페일오버하는 동안', '페일오버', 1), 'failover');
  assert.equal(idAt('AWS리전 간 복제본', '리전 간 복제', 2), 'cross-region-replication');
  assert.equal(idAt('큐에 쌓인다', '큐', 0), 'queue');
  assert.equal(idAt('메모리 버스 대역폭', '버스', 0), 'bus');
  assert.equal(idAt('Lambda 함수로 처리', 'Lambda', 1), 'serverless');
  assert.equal(idAt('장애 복구 절차', '복구', 0), 'failure-recovery');
  assert.equal(idAt('액티브 서버가 죽으면', '액티브', 1), 'active');
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

test('a term hover is in one language by default, with the other language\'s name on one line; both on request', () => {
  const e = getEntry('failover')!;
  const ko = formatTermHover(e, 'ko');
  assert.ok(ko.startsWith(`**${e.ko.term}** — ${e.ko.definition}`));
  assert.ok(!ko.includes(e.en.definition), 'no English definition by default');
  assert.ok(ko.includes(`*English:* ${e.en.term}`));
  const en = formatTermHover(e, 'en');
  assert.ok(!en.includes(e.ko.definition) && en.includes(`*한국어:* ${e.ko.term}`));
  const both = formatTermHover(e, 'ko', true);
  assert.ok(both.indexOf(e.ko.definition) < both.indexOf(e.en.definition));
  assert.match(both, /\n---\n/);
  // Related terms are links that run the command showing that entry.
  for (const r of e.related) assert.ok(ko.includes(`[${getEntry(r)!.ko.term}](command:infraNotes.showTerm?${encodeURIComponent(JSON.stringify([r]))})`), `related ${r} is a link`);
});

const GLOSSARY_DIR = join(__dirname, '..', '..', 'server', 'src', 'core', 'glossary');

test('the glossary is topical data: one file per topic under terms/, all read by index.ts, no aggregator or size-split files', async () => {
  const files = readdirSync(join(GLOSSARY_DIR, 'terms')).filter((f) => f.endsWith('.ts')).sort();
  assert.ok(files.length >= 15, `${files.length} topic files`);
  assert.deepEqual(readdirSync(GLOSSARY_DIR).filter((f) => f.endsWith('.ts')).sort(), ['index.ts', 'types.ts']);
  assert.ok(!existsSync(join(GLOSSARY_DIR, 'data-ha.ts')) && !existsSync(join(GLOSSARY_DIR, 'data-systems.ts')));
  const index = readFileSync(join(GLOSSARY_DIR, 'index.ts'), 'utf8');
  const fromTopics: string[] = [];
  for (const f of files) {
    assert.match(f, /^[a-z]+(-[a-z]+)*\.ts$/, `${f} is named by topic`);
    assert.doesNotMatch(f, /\d/, `${f} is not a numbered part`);
    assert.ok(index.includes(`from './terms/${f.slice(0, -3)}'`), `index.ts reads terms/${f}`);
    const mod = (await import(join(GLOSSARY_DIR, 'terms', f))) as { terms: readonly { id: string }[] };
    assert.ok(mod.terms.length >= 3, `${f} holds a topic's entries`);
    fromTopics.push(...mod.terms.map((e) => e.id));
  }
  assert.deepEqual([...fromTopics].sort(), GLOSSARY.map((e) => e.id).sort(), 'GLOSSARY is exactly the topic files');
});

test('concepts of their own: semi-sync is not sync, L4/L7 are not the balancers, Sentinel alone, roles and DR terms', () => {
  assert.equal(idAt('반동기 복제를 켰다', '반동기 복제', 1), 'semi-sync-replication');
  assert.equal(idAt('MySQL semi-sync replication', 'semi-sync', 6), 'semi-sync-replication');
  assert.equal(idAt('동기 복제를 켰다', '동기 복제', 1), 'sync-replication');
  const line = '보통 L7을 사서 L4 기능으로 활용하는 편';
  assert.equal(idAt(line, 'L7', 1), 'l7');
  assert.equal(idAt(line, 'L4', 1), 'l4');
  assert.equal(idAt('L4 장비로 충분히', 'L4', 1), 'l4-load-balancer');
  assert.equal(idAt('Standalone, Sentinel, Cluster 모드', 'Sentinel', 2), 'redis-sentinel');
  for (const [text, id] of [
    ['쿼럼을 잃었다', 'quorum'], ['펜싱 없이', 'fencing'], ['STONITH로 끈다', 'fencing'], ['split brain이 났다', 'split-brain'],
    ['마스터가 죽으면', 'master'], ['프라이머리가 바뀐다', 'primary'], ['세컨더리로 읽는다', 'secondary'], ['패리티를 계산', 'parity'],
    ['리빌드 중에', 'rebuild'], ['핫 스페어 디스크', 'hot-spare'], ['스냅샷을 떴다', 'snapshot'], ['SLA는 99.95%', 'sla'], ['SLO를 정한다', 'slo'],
    ['MTTR을 줄인다', 'mttr'], ['MTBF가 길다', 'mtbf'], ['다운타임 없이', 'downtime'], ['스위치오버를 한다', 'switchover'],
    ['멀티 리전으로', 'multi-region'], ['VRRP로 VIP를 옮긴다', 'vrrp'], ['keepalived가 VIP를', 'keepalived'], ['서킷 브레이커가 열렸다', 'circuit-breaker'],
    ['레이트 리밋을 건다', 'rate-limit'], ['무중단 배포를 한다', 'zero-downtime-deployment'], ['블루-그린 배포', 'blue-green-deployment'],
    ['카나리 배포로', 'canary-deployment'], ['롤링 업데이트로', 'rolling-deployment'], ['MySQL을 쓴다', 'mysql'], ['PostgreSQL로', 'postgresql'],
    ['Kafka에 쌓는다', 'kafka'], ['백업 및 복원 전략', 'backup-and-restore'], ['파일럿 라이트', 'pilot-light'], ['웜 스탠바이', 'warm-standby'],
    ['멀티 사이트 액티브-액티브', 'multi-site-active-active'], ['커넥션 풀이 바닥났다', 'connection-pool'], ['캐시 적중률이 95%', 'hit-ratio'],
    ['샤드 하나를 잃었다', 'sharding'], ['백로그가 쌓인다', 'backlog'], ['max_connections를 넘었다', 'connection-limit'],
  ] as const) {
    assert.equal(findTermAt(text, 1)?.entry.id, id, text);
  }
});

test('aliases do not match inside ordinary Korean and English words', () => {
  const ordinary = [
    '스크롤링 하다가 컨트롤러를 봤다', '미러리스 카메라', '바베큐 파티에 갔다', '시큐리티 디펜스', '포스트잇을 붙였다', '레이어드 컷',
    '팀 빌딩', '스위치를 켜다', '리본과 레이스', '백화점 세일', '마이크 테스트', '클래스 멤버', '큐브를 맞췄다', 'EBS 강의를 들었다',
    'ES 모듈', 'PG사 결제', '코스피 지수', '프라이팬', '마스크를 썼다', '아이폰 케이스', '애크릴 물감', '오늘 점심은 비빔밥',
    '기타를 마스터하려면 매일 연습해야 한다', '카나리아가 노래한다', '버스를 타고 출근했다', '바비큐 파티', '버스킹 공연',
    'a fenced code block', 'please acknowledge the issue', 'the island is small', 'a primary goal', 'a secondary concern',
  ];
  for (const text of ordinary) {
    for (let i = 0; i < text.length; i++) {
      const m = findTermAt(text, i);
      assert.equal(m, undefined, `"${text}" at ${i}: ${m && `"${text.slice(m.start, m.end)}" → ${m.entry.id}`}`);
    }
  }
});

/**
 * The sentences of a Korean text: split after `.`, `!` or `?` followed by a space or the end,
 * never inside parentheses or quotes (`(예: 99.9%. …)` stays in its sentence; `99.9` is not a
 * boundary because no space follows the dot).
 */
function koreanSentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('(［[「『‘“'.includes(c)) depth++;
    else if (')］]」』’”'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '.!?'.includes(c)) {
      let j = i + 1;
      while (j < text.length && '\'"’”」』)]'.includes(text[j]!)) j++;
      if (j === text.length || /\s/.test(text[j]!)) {
        out.push(text.slice(start, j).trim());
        start = j;
        i = j - 1;
      }
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * A sentence in 합니다체 (or the softer 해요체): it ends in …니다 or …요, then the full stop
 * (or ! / ?), with at most a parenthetical aside (`…입니다(예: …).`) and closing quotes or
 * brackets around the stop. `…이다.`, `…한다.`, `…있다.`, `…쓴다.` (한다체) do not pass, nor a
 * sentence without a stop, nor a noun ending like `…필요.` or `…중요.`.
 */
const POLITE_END = /(?:니다|(?<![필중개수주])요)(?:\([^()]*\))?['"’”」』)\]]*[.!?]['"’”」』)\]]*$/;
const FALLBACK_PARTICLE = /이\(가\)|가\(이\)|을\(를\)|를\(을\)|\(으\)로|\(으\)|은\(는\)|는\(은\)|와\(과\)|과\(와\)|\(이\)|\(가\)|\(을\)|\(를\)|\(은\)|\(는\)|\(과\)|\(와\)/;

function registerFaults(text: string): string[] {
  return koreanSentences(text).filter((s) => !POLITE_END.test(s));
}

test('the checker itself: 한다체 sentences, a missing stop and a noun ending are caught; 합니다체 with asides and decimals passes', () => {
  assert.deepEqual(registerFaults('캐시를 두는 방식이다.'), ['캐시를 두는 방식이다.']);
  assert.deepEqual(registerFaults('복제를 켭니다. 지연이 늘어난다.'), ['지연이 늘어난다.']);
  assert.deepEqual(registerFaults('나눠 배치해야 한다. 수 있다. 쓸 수 없다. 동작한다. 준다.').length, 5);
  assert.deepEqual(registerFaults('HTTPS다.'), ['HTTPS다.']);
  assert.deepEqual(registerFaults('충돌 해결 규칙이 꼭 필요.'), ['충돌 해결 규칙이 꼭 필요.']);
  assert.deepEqual(registerFaults('복구 시간이 짧습니다'), ['복구 시간이 짧습니다']);
  assert.deepEqual(registerFaults('가용성은 99.9%입니다. 연간 약 8.76시간까지 멈출 수 있습니다.'), []);
  assert.deepEqual(registerFaults('용량 효율이 낮습니다(2개 구성이면 50%). 리전은 AZ로 이루어집니다(예: 서울 리전. 세 곳).'), []);
  assert.deepEqual(registerFaults('‘내 PC에서는 되는데’ 같은 문제가 줄어듭니다. 괜찮아요?'), []);
  assert.deepEqual(registerFaults('그는 "되돌릴 수 있습니다."'), []);
  assert.ok(FALLBACK_PARTICLE.test('서버이(가) 죽으면') && FALLBACK_PARTICLE.test('RAID을(를) 쓴다') && FALLBACK_PARTICLE.test('VIP(으)로 옮긴다'));
  assert.ok(!FALLBACK_PARTICLE.test('가용 영역(AZ)으로 나눕니다') && !FALLBACK_PARTICLE.test('RAID 1(미러링)을 씁니다'));
});

test('the Korean glossary reads as one writer: every definition and why sentence is 합니다체, and no fallback particle anywhere', () => {
  const faults: string[] = [];
  for (const e of GLOSSARY) {
    for (const f of ['definition', 'why'] as const) {
      for (const s of registerFaults(e.ko[f])) faults.push(`${e.id}.ko.${f}: ${s}`);
    }
    for (const f of ['term', 'definition', 'why'] as const) {
      const m = FALLBACK_PARTICLE.exec(e.ko[f]);
      if (m) faults.push(`${e.id}.ko.${f}: fallback particle ${m[0]}`);
    }
  }
  assert.deepEqual(faults, []);
});
