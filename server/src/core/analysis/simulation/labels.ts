/** Names of the simulator's event types and places, as a reader sees them. */
import type { Locale, Localized } from '../../syntax/ast';
import { codeJosa, josa, type JosaPair } from '../../shared/josa';

/** Every event type the engine emits, with its label in each language (the JSON keeps the English type as the key). */
export const EVENT_LABELS: Readonly<Record<string, Localized>> = {
  fail: { en: 'fail', ko: '장애' },
  recover: { en: 'recover', ko: '복구' },
  detected: { en: 'detected', ko: '감지' },
  promoted: { en: 'promoted', ko: '승격' },
  'failover-cancelled': { en: 'failover-cancelled', ko: '페일오버 취소' },
  'dns-switched': { en: 'dns-switched', ko: 'DNS 전환' },
  'routed-around': { en: 'routed-around', ko: '장애 우회' },
  overload: { en: 'overload', ko: '과부하' },
  scaled: { en: 'scaled', ko: '스케일 아웃' },
  'scale-held': { en: 'scale-held', ko: '스케일 아웃 안 함' },
  down: { en: 'down', ko: '전면 중단' },
  degraded: { en: 'degraded', ko: '부분 장애' },
  restored: { en: 'restored', ko: '정상화' },
  'writes-lost': { en: 'writes-lost', ko: '쓰기 유실' },
  'writes-kept': { en: 'writes-kept', ko: '유실 없음' },
  'sessions-lost': { en: 'sessions-lost', ko: '세션 유실' },
  'cache-lost': { en: 'cache-lost', ko: '캐시 유실' },
  'cache-cold': { en: 'cache-cold', ko: '빈 캐시' },
  'origin-lost': { en: 'origin-lost', ko: '오리진 중단' },
  spike: { en: 'spike', ko: '트래픽 급증' },
  repaired: { en: 'repaired', ko: '교체 완료' },
  'failed-over': { en: 'failed-over', ko: '페일오버 완료' },
  managed: { en: 'managed', ko: '관리형' },
  'data-lost': { en: 'data-lost', ko: '데이터 유실' },
  'data-back': { en: 'data-back', ko: '데이터 복귀' },
  'restored-from-backup': { en: 'restored-from-backup', ko: '백업 복원' },
  'restore-blocked': { en: 'restore-blocked', ko: '복원할 곳 없음' },
  'connections-exhausted': { en: 'connections-exhausted', ko: '커넥션 고갈' },
  'scaling-from-zero': { en: 'scaling-from-zero', ko: '0대에서 확장' },
  backlog: { en: 'backlog', ko: '메시지 적체' },
  'backlog-drained': { en: 'backlog-drained', ko: '적체 해소' },
  'messages-expired': { en: 'messages-expired', ko: '메시지 만료' },
  'back-in-rotation': { en: 'back-in-rotation', ko: '트래픽 복귀' },
  rescheduled: { en: 'rescheduled', ko: '재배치' },
  unschedulable: { en: 'unschedulable', ko: '재배치 불가' },
  'failover-blocked': { en: 'failover-blocked', ko: '페일오버 불가' },
  'quorum-lost': { en: 'quorum-lost', ko: '과반 상실' },
  'quorum-regained': { en: 'quorum-regained', ko: '과반 회복' },
  demoted: { en: 'demoted', ko: '강등' },
  delayed: { en: 'delayed', ko: '지연' },
  hung: { en: 'hung', ko: '응답 대기' },
  restarting: { en: 'restarting', ko: '재시작' },
  'writes-blocked': { en: 'writes-blocked', ko: '쓰기 멈춤' },
  'writes-resumed': { en: 'writes-resumed', ko: '쓰기 재개' },
  'commit-stalled': { en: 'commit-stalled', ko: '과반 커밋 멈춤' },
  'commit-resumed': { en: 'commit-resumed', ko: '과반 커밋 재개' },
};

/** The label of an event type in `locale`; an unknown type shows as itself. */
export function eventLabel(type: string, locale: Locale): string {
  return EVENT_LABELS[type]?.[locale] ?? type;
}

/** A zone or region as a step target: `zone seoul-a` / `seoul-a 존` (Korean puts the word after the name), with a particle after it in Korean. */
export function placeName(kind: 'zone' | 'region', name: string, pair?: JosaPair): Localized {
  const word = kind === 'zone' ? '존' : '리전';
  // A name that already says what the place is (`대전센터`, `본관`, `서울IDC`): no `리전` after it — an on-premises
  // centre is no cloud region.
  if (saysWhatPlace(name)) return { en: `${kind} ${name}`, ko: pair ? josa(name, pair) : name };
  return { en: `${kind} ${name}`, ko: `${name} ${pair ? josa(word, pair) : word}` };
}

/** Whether a place's name already says what it is (`대전센터`, `본관`, `서울IDC`): no `존`/`리전` after it. */
function saysWhatPlace(name: string): boolean {
  return /(센터|센타|IDC|DC|데이터센터|전산실|리전|존|사이트|본관|별관|건물|캠퍼스)$/i.test(name);
}

/** A place as the rules write it, its name in code style: zone `a` / `a` 존, `대전센터` (no 존 after a name that says it). */
export function placeCode(kind: 'zone' | 'region', name: string, pair?: JosaPair): Localized {
  const word = kind === 'zone' ? '존' : '리전';
  if (saysWhatPlace(name)) return { en: `${kind} \`${name}\``, ko: pair ? codeJosa(name, pair) : `\`${name}\`` };
  return { en: `${kind} \`${name}\``, ko: `\`${name}\` ${pair ? josa(word, pair) : word}` };
}
