/**
 * The one table of diagnostic codes: every finding's `rule` is one of these ids.
 * The parser (language checks), the HA rules, the document service, the
 * language server (severity, docs link) and the CLI (`--rule ID=…`) all read it.
 * Ids are stable strings: users write them in settings and suppression comments.
 */
import type { Localized, Severity } from './ast';

/** Who raises a code: the language itself, an HA rule (one file in rules/), or the core about itself. */
export type CodeKind = 'language' | 'rule' | 'internal';

export interface CodeInfo {
  kind: CodeKind;
  /** Default severity; users override it per id (`infraNotes.rules`, `--rule`). */
  severity: Severity;
  /** The page that explains it, relative to docs/. */
  docs: string;
  title: Localized;
}

const language = (severity: Severity, en: string, ko: string): CodeInfo & { kind: 'language' } => ({ kind: 'language', severity, docs: 'language.md', title: { en, ko } });
const rule = (id: string, severity: Severity, en: string, ko: string): CodeInfo & { kind: 'rule' } => ({ kind: 'rule', severity, docs: `rules/${id}.md`, title: { en, ko } });

export const CODES = {
  // The language: syntax, names and values (docs/language.md).
  syntax: language('error', 'Syntax error', '문법 오류'),
  'full-width-punctuation': language('warning', 'Full-width punctuation or arrow', '전각 문장 부호나 화살표'),
  'unknown-kind': language('error', 'Unknown node kind', '알 수 없는 노드 종류'),
  'unknown-attribute': language('warning', 'Unknown attribute', '알 수 없는 속성'),
  'invalid-value': language('error', 'Invalid attribute value', '잘못된 속성 값'),
  'duplicate-name': language('error', 'Name declared twice', '두 번 선언된 이름'),
  'unknown-reference': language('error', 'Reference to an unknown name', '알 수 없는 이름 참조'),
  'undeclared-place': language('hint', 'Zone or region used without a declaration', '선언 없이 쓴 존 또는 리전'),
  'unknown-rule': language('warning', 'Unknown rule id in a suppression comment', '끄기 주석의 알 수 없는 규칙 ID'),
  'too-many-findings': language('info', 'Too many findings to list', '너무 많은 문제'),
  'too-large': language('info', 'Too large to check in full', '전부 검사하기에 너무 큼'),
  'not-text': language('warning', 'Not a text file', '텍스트 파일이 아님'),
  // The high-availability rules (docs/rules/<id>.md), in the order they run.
  'single-point-of-failure': rule('single-point-of-failure', 'warning', 'Single point of failure', '단일 장애점'),
  'missing-replica': rule('missing-replica', 'warning', 'Data with no copy', '복제본 없는 데이터'),
  'stateful-balancing': rule('stateful-balancing', 'warning', 'Balancing over instances that keep state', '상태를 가진 인스턴스로 부하 분산'),
  'no-health-check': rule('no-health-check', 'warning', 'Load balancer without health checks', '헬스 체크 없는 로드밸런서'),
  'unbalanced-instances': rule('unbalanced-instances', 'warning', 'Instances that nothing balances', '아무것도 나누어 주지 않는 인스턴스'),
  'single-zone': rule('single-zone', 'warning', 'Redundancy inside one zone', '존 하나에만 있는 이중화'),
  'manual-failover': rule('manual-failover', 'info', 'Standby promoted by hand', '사람이 승격시키는 대기 노드'),
  'rto-not-met': rule('rto-not-met', 'warning', 'Recovery time goal not met', '복구 목표 시간(RTO) 미달'),
  'rpo-not-met': rule('rpo-not-met', 'warning', 'Data-loss goal not met', '복구 목표 시점(RPO) 미달'),
  'scenario-not-met': rule('scenario-not-met', 'warning', "A scenario of the note misses the goal", '노트의 시나리오가 목표 미달'),
  'availability-not-met': rule('availability-not-met', 'warning', 'Availability goal not met', '가용성 목표 미달'),
  'raid-no-redundancy': rule('raid-no-redundancy', 'warning', 'RAID 0: striping without a copy', 'RAID 0: 사본 없는 스트라이핑'),
  'raid-rebuild-risk': rule('raid-rebuild-risk', 'info', 'RAID 5: no redundancy while a disk rebuilds', 'RAID 5: 리빌드 중에는 여분 없음'),
  'multi-primary-auto-increment': rule('multi-primary-auto-increment', 'warning', 'Auto-increment ids on several primaries', '여러 프라이머리의 자동 증가 ID'),
  'multi-primary-conflict': rule('multi-primary-conflict', 'warning', 'Several primaries with asynchronous replication: concurrent updates are lost', '비동기 복제하는 여러 프라이머리: 동시 갱신 유실'),
  'dangling-load-balancer': rule('dangling-load-balancer', 'warning', 'Load balancer with nothing behind it', '뒤에 아무것도 없는 로드밸런서'),
  'over-capacity': rule('over-capacity', 'warning', 'Over capacity with nothing failed', '장애 없이도 넘치는 처리 용량'),
  'connection-exhaustion': rule('connection-exhaustion', 'warning', 'Database connections run out when scaling out', '확장하면 바닥나는 DB 커넥션'),
  'n-plus-one': rule('n-plus-one', 'warning', 'Losing one instance overloads the rest (not N+1)', '한 대를 잃으면 나머지가 과부하(N+1 아님)'),
  'cache-loss-overload': rule('cache-loss-overload', 'warning', 'Losing the cache overloads the database', '캐시를 잃으면 DB 과부하'),
  'no-backup': rule('no-backup', 'warning', 'Data with no copy and no backup', '사본도 백업도 없는 데이터'),
  'no-monitoring': rule('no-monitoring', 'info', 'Nothing watches the data', '데이터를 감시하는 것이 없음'),
  'renamed-attribute': rule('renamed-attribute', 'info', 'Attribute written with its old name', '옛 이름으로 쓴 속성'),
  'l4-routes': rule('l4-routes', 'warning', 'Path or host routes on a layer-4 balancer', 'L4 로드밸런서의 경로·호스트 라우팅'),
  'lone-consumer': rule('lone-consumer', 'info', 'A queue with a single consumer', '컨슈머가 하나뿐인 큐'),
  'lone-producer': rule('lone-producer', 'info', 'Work nothing calls, on a single instance', '아무도 호출하지 않는 단일 인스턴스 작업'),
  'unconnected-node': rule('unconnected-node', 'info', 'A node connected to nothing', '어디에도 연결되지 않은 노드'),
  'queue-no-consumer': rule('queue-no-consumer', 'warning', 'A queue nothing reads', '아무도 읽지 않는 큐'),
  'dns-no-health-check': rule('dns-no-health-check', 'warning', 'DNS targets handed out without health checks', '헬스 체크 없이 알려 주는 DNS 대상'),
  'dns-failback': rule('dns-failback', 'warning', 'DNS failover that fails back by itself over a promoted database', '승격된 DB를 두고 스스로 되돌아가는 DNS 페일오버'),
  'redis-sync-replication': rule('redis-sync-replication', 'warning', 'Synchronous replication on Redis', 'Redis에 동기 복제'),
  'unknown-engine': rule('unknown-engine', 'hint', 'Product with no technology profile', '기술 프로필이 없는 제품'),
  'redis-no-replica': rule('redis-no-replica', 'warning', 'Redis Sentinel with nothing to promote', '승격할 복제본 없는 Redis 센티널'),
  'redis-cluster-no-replica': rule('redis-cluster-no-replica', 'warning', 'Redis Cluster shard without a replica', '복제본 없는 Redis 클러스터 샤드'),
  'sentinel-fragile': rule('sentinel-fragile', 'warning', 'Sentinels that cannot vote a failover', '페일오버를 의결하지 못하는 센티널'),
  'quorum-fragile': rule('quorum-fragile', 'warning', 'Voting group one loss can stop', '한 번의 장애로 멈추는 투표 그룹'),
  'split-brain-risk': rule('split-brain-risk', 'warning', 'Failover by heartbeat alone (split brain)', '하트비트만으로 하는 페일오버(스플릿 브레인)'),
  contradiction: rule('contradiction', 'warning', 'Attributes that contradict each other', '서로 모순되는 속성'),
  // The core about itself: a bug became a finding instead of a dead editor.
  'internal-error': { kind: 'internal' as const, severity: 'error', docs: 'language.md', title: { en: 'Internal error', ko: '내부 오류' } },
} satisfies Record<string, CodeInfo>;

/** The id of a diagnostic code: what `Finding.rule` holds. */
export type RuleId = keyof typeof CODES;

/** The ids of the codes of one kind. */
export type CodeIdOf<Kind extends CodeKind> = {
  [K in RuleId]: (typeof CODES)[K] extends { kind: Kind } ? K : never;
}[RuleId];

/** The ids of the HA rules (one file each in rules/). */
export type HaRuleId = CodeIdOf<'rule'>;

/** The ids of the language's own findings (the parser and the document service). */
export type LanguageCodeId = CodeIdOf<'language'>;

/** Every code id, in table order. */
export const RULE_IDS = Object.keys(CODES) as RuleId[];

/** The ids a user may configure (`infraNotes.rules`, `--rule`): every code but the core's own internal-error. */
export const CONFIGURABLE_RULE_IDS = RULE_IDS.filter((id) => CODES[id].kind !== 'internal');

/** Whether a string (from settings, the command line or a comment) is a known code id. */
export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(CODES, id);
}

/** The table's entry for a code. */
export function codeInfo(id: RuleId): CodeInfo {
  return CODES[id];
}

/** The HA rules' codes, in the order they run: ids, default severities and titles. */
export const RULES: { id: HaRuleId; severity: Severity; title: Localized }[] = RULE_IDS.filter((id): id is HaRuleId => CODES[id].kind === 'rule').map((id) => ({
  id,
  severity: CODES[id].severity,
  title: CODES[id].title,
}));

/** The codes of one kind, in table order (e.g. the HA rules for settings validation and docs). */
export function codesOf(kind: CodeKind): { id: RuleId; info: CodeInfo }[] {
  return RULE_IDS.filter((id) => CODES[id].kind === kind).map((id) => ({ id, info: CODES[id] }));
}
