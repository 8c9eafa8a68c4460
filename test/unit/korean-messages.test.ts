/**
 * Every Korean message the core can produce, for a set of designs with Hangul and
 * Latin names: the findings of every rule and of the language, their quick fixes,
 * every simulation event (the single-loss sweep, zone and region losses,
 * recoveries, spikes, the designs' own scenarios), the simulation report the CLI
 * prints, the CLI's own lines (sweep table, errors), and the target checks. None
 * may carry a fallback particle (`이(가)`), a particle that does not fit the name
 * before it, an English event name or an English time unit.
 *
 * The designs are the corpus (test/corpus), the examples and the bad/good designs
 * of the rule pages (docs/rules), each also with its node names turned into Hangul
 * names (vowel-final, consonant-final, ㄹ-final and digit-final), plus designs
 * written here for the language's own messages. A rule that fires in none of them
 * fails the test: a new rule's page brings its bad design with it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EVENT_LABELS,
  findTopologyBlocks,
  fixesFor,
  formatSimText,
  parseDesign,
  particle,
  RULES,
  scenarioSteps,
  simulate,
  sweep,
  TopologyService,
  toSimJson,
  validateTargets,
  type Design,
  type JosaPair,
  type SimStep,
} from '../../server/src/core';
import { runCli } from '../../server/src/cli';

const ROOT = join(__dirname, '..', '..');

const FALLBACK = /이\(가\)|가\(이\)|을\(를\)|를\(을\)|\(으\)로|은\(는\)|는\(은\)|와\(과\)|과\(와\)|\(이\)|\(을\)|\(과\)/;
/** English units after a number (35s, 1m 30s, 1h, 500ms) outside code spans and `key=value` text. */
const EN_UNIT = /(?<![=\w.#:/])\d+(?:\.\d+)?(?:ms|s|m|h)(?![\w=])/;
const EN_EVENT = new RegExp(`(?<![\\w\`=-])(?:${Object.keys(EVENT_LABELS).map((k) => k.replace(/-/g, '\\-')).join('|')})(?![\\w\`=-])`);

const PAIRS: { re: RegExp; pair: JosaPair }[] = [
  { re: /^(이|가)(?![가-힣])/, pair: '이/가' },
  { re: /^(을|를)(?![가-힣])/, pair: '을/를' },
  { re: /^(은|는)(?![가-힣])/, pair: '은/는' },
  { re: /^(와|과)(?![가-힣])/, pair: '와/과' },
  { re: /^(으로|로)(?![가-힣])/, pair: '으로/로' },
];

/** Without code spans: what a reader reads as Korean prose. */
const prose = (s: string): string => s.replace(/`[^`]*`/g, '`…`');

interface Problem {
  where: string;
  text: string;
  why: string;
}

function checkText(where: string, text: string, names: readonly string[], out: Problem[]): void {
  if (FALLBACK.test(text)) out.push({ where, text, why: `fallback particle ${FALLBACK.exec(text)![0]}` });
  const p = prose(text);
  const u = EN_UNIT.exec(p);
  if (u) out.push({ where, text, why: `English unit "${u[0]}"` });
  const e = EN_EVENT.exec(p);
  if (e) out.push({ where, text, why: `English event name "${e[0]}"` });
  // A particle right after a name (bare or in a code span) must be the one its reading takes.
  for (const name of names) {
    for (const form of [`\`${name}\``, name]) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        const before = text[i - 1] ?? ' ';
        if (form === name && /[\w가-힣`#.-]/.test(before)) continue;
        const rest = text.slice(i + form.length);
        if (form === name && /^[\w`#.-]/.test(rest)) continue;
        for (const { re, pair } of PAIRS) {
          const m = re.exec(rest);
          if (!m) continue;
          const want = particle(name, pair);
          if (m[1] !== want) out.push({ where, text, why: `"${name}${m[1]}" should be "${name}${want}"` });
        }
      }
    }
  }
}

/** Hangul names with every kind of ending: vowel, consonant, ㄹ, digits that end in ㄹ / a consonant / a vowel. */
const HANGUL_NAMES = ['주문디비', '세션', '결제서버', '캐시', '회원', '알림', '로그', '검색', '장바구니', '게이트웨이', '정산', '메일', '상품', '쿠폰', '리뷰', '배치', '파일', '이미지', '통계', '광고', '관리', '영상', '예약', '배송', '재고', '환불', '포인트', '채팅', '추천', '인증'];

/** The block's text with every node name replaced by a Hangul one (whole tokens only). */
function hangulVariant(body: string, design: Design): string {
  const names = [...design.nodes.keys()].sort((a, b) => b.length - a.length);
  const map = new Map<string, string>();
  names.forEach((n, i) => map.set(n, i < HANGUL_NAMES.length ? HANGUL_NAMES[i]! : `${HANGUL_NAMES[i % HANGUL_NAMES.length]}${[1, 2, 3, 7][i % 4]}`));
  return body.replace(/[A-Za-z0-9가-힣_.-]+/g, (w) => map.get(w) ?? w);
}

function designsOf(markdown: string): { design: Design; body: string }[] {
  return findTopologyBlocks(markdown).map((b) => ({ design: parseDesign({ ...b, closed: b.closeLine !== null }), body: b.lines.map((l) => l.text).join('\n'), title: b.title })) as never;
}

function mdFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Designs written for the language's own messages and the simulator's rarer events. */
const EXTRA = [
  // Every kind of language mistake, with names of every ending.
  `web1: app-servr replicas=2
주문디비: database primary zone=서울-1 zone=서울-1
세션: cache colour=red replicas=two
web1 -> 주문디브
web1 -> 세션 -> 세션
web1: app-server
zone 서울-1 region=서울
scenario x: fail 주문디브; fail zone:부산; explode web1
scenario x: fail web1`,
  // Zones, regions, DNS failover, a VIP pair, autoscaling under a spike, local sessions, a cache in front of a db.
  `goal availability=99.99% rto=1m rpo=0
zone 서울a region=서울
zone 서울b region=서울
zone 도쿄a region=도쿄
고객: client
dns: dns routing=failover health-check
lb: load-balancer health-check replicas=2 vip zones=서울a,서울b
웹7: app-server replicas=2 autoscale=2..6 capacity=100 rate=150 zones=서울a,서울b
캐시: cache of=주문디비 zone=서울a
주문디비: database primary zone=서울a
대기디비: database standby of=주문디비 replication=async failover=auto zone=서울b
lb2: load-balancer health-check zone=도쿄a
웹2: app-server replicas=2 sticky zones=도쿄a
고객 -> dns -> lb -> 웹7
dns -> lb2 -> 웹2 -> 주문디비
웹7 -> 캐시 -> 주문디비
scenario 지진: fail region:서울 at=10s; recover region:서울 at=20m
scenario 가용영역: fail zone:서울a; spike x3 at=1m; recover zone:서울a at=10m`,
];

test('every Korean message the core, the simulator and the CLI produce reads as Korean: no fallback particle, no wrong particle, no English event name or unit', () => {
  const sources: string[] = [...mdFiles(join(ROOT, 'test', 'corpus')), ...mdFiles(join(ROOT, 'examples')), ...mdFiles(join(ROOT, 'docs', 'rules'))];
  const designs: { design: Design; body: string }[] = [];
  for (const md of sources) for (const d of designsOf(md)) designs.push(d);
  for (const body of EXTRA) designs.push(...designsOf('```topology 추가\n' + body + '\n```\n'));
  const withHangul = designs.slice();
  for (const { design, body } of designs) if (design.nodes.size) withHangul.push(...designsOf('```topology 한글 ' + (design.title || '') + '\n' + hangulVariant(body, design) + '\n```\n'));

  const service = new TopologyService();
  const problems: Problem[] = [];
  const rulesSeen = new Set<string>();
  const eventsSeen = new Set<string>();
  let messages = 0;
  for (const { design, body } of withHangul) {
    const names = [...design.nodes.keys(), ...design.zones.keys(), ...design.regions.keys()];
    const where = design.title || body.split('\n')[0]!;
    const check = (what: string, text: string): void => {
      messages++;
      checkText(`${where} — ${what}`, text, names, problems);
    };
    const a = service.analyze('```topology ' + (design.title || 'x') + '\n' + body + '\n```\n');
    const entry = a.designs[0]!;
    for (const f of service.findings(a, {})) {
      rulesSeen.add(f.rule);
      check(`finding ${f.rule}`, f.message.ko);
      for (const r of f.related ?? []) check(`related of ${f.rule}`, r.message.ko);
    }
    for (const f of entry.findings) for (const fx of fixesFor(entry.design, f)) check(`fix of ${f.rule}`, fx.title.ko);
    const d = entry.design;
    if (d.findings.some((f) => f.severity === 'error') || d.nodes.size > 60) continue;
    const runs: { name: string; steps: SimStep[] }[] = d.scenarios.map((s) => ({ name: s.name, steps: scenarioSteps(s) }));
    for (const z of d.zones.keys()) runs.push({ name: `zone ${z}`, steps: [{ type: 'fail', target: { type: 'zone', zone: z }, at: 0 }, { type: 'recover', target: { type: 'zone', zone: z }, at: 600 }] });
    for (const r of d.regions.keys()) runs.push({ name: `region ${r}`, steps: [{ type: 'fail', target: { type: 'region', region: r }, at: 0 }] });
    const first = [...d.nodes.values()].find((n) => n.kind !== 'client');
    if (first) runs.push({ name: 'spike', steps: [{ type: 'spike', factor: 4, at: 0 }, { type: 'fail', target: { type: 'node', node: first.name, instance: 1 }, at: 5 }, { type: 'recover', target: { type: 'node', node: first.name, instance: null }, at: 90 }] });
    for (const run of runs) {
      const r = simulate(d, run.steps);
      for (const e of r.events) {
        eventsSeen.add(e.type);
        check(`event ${e.type}`, e.message.ko);
      }
      check(`report of ${run.name}`, formatSimText(d, r, 'ko'));
      for (const e of toSimJson(d.title, run.name, r, 'ko').events) check('JSON label', e.label);
    }
    for (const { result } of sweep(d)) {
      for (const e of result.events) {
        eventsSeen.add(e.type);
        check(`sweep event ${e.type}`, e.message.ko);
      }
    }
    // Targets that do not exist, a client, an instance out of range.
    const node = first?.name ?? 'x';
    const client = [...d.nodes.values()].find((n) => n.kind === 'client')?.name ?? 'x';
    const bad: SimStep[] = [
      { type: 'fail', target: { type: 'node', node: `${node}x`, instance: null }, at: 0 },
      { type: 'fail', target: { type: 'node', node: client, instance: null }, at: 0 },
      { type: 'fail', target: { type: 'node', node, instance: 99 }, at: 0 },
      { type: 'fail', target: { type: 'zone', zone: '없는존' }, at: 0 },
      { type: 'fail', target: { type: 'region', region: 'nowhere' }, at: -1 },
      { type: 'spike', factor: -2, at: 0 },
    ];
    for (const m of validateTargets(d, bad)) check('target check', m.ko);
  }

  // The CLI's own Korean lines: simulate text (timeline, table) and the sweep table, on a note with Hangul names.
  const note = '```topology 쇼핑몰\n' + EXTRA[1] + '\n```\n';
  const dir = mkdtempSync(join(tmpdir(), 'infra-notes-ko-'));
  const file = join(dir, '샵.md');
  writeFileSync(file, note);
  for (const args of [
    ['simulate', file, '--sweep', '--locale', 'ko'],
    ['simulate', file, '--scenario', '지진', '--locale', 'ko'],
    ['simulate', file, '--fail', '주문디비', '--locale', 'ko'],
    ['simulate', file, '--fail', '주문디브', '--locale', 'ko'],
    ['check', file, '--locale', 'ko'],
  ]) {
    let out = '';
    runCli(args, { out: (x) => void (out += x), err: (x) => void (out += x), cwd: dir, env: {} });
    messages++;
    checkText(`CLI ${args.slice(2).join(' ')}`, out, ['주문디비', '대기디비', '웹7', '웹2', '캐시', '고객', 'lb', 'lb2', 'dns', '서울a', '서울b', '도쿄a', '서울', '도쿄'], problems);
  }

  rmSync(dir, { recursive: true, force: true });
  const missingRules = RULES.map((r) => r.id).filter((id) => !rulesSeen.has(id));
  assert.deepEqual(missingRules, [], 'every HA rule fires in at least one design (its docs/rules page has a bad design)');
  for (const t of ['fail', 'recover', 'detected', 'promoted', 'routed-around', 'down', 'degraded', 'restored', 'writes-lost', 'spike']) assert.ok(eventsSeen.has(t), `event ${t} seen`);
  const unique = new Map(problems.map((p) => [`${p.why}|${p.text}`, p]));
  assert.ok(messages > 1000, `${messages} messages checked`);
  assert.deepEqual([...unique.values()].slice(0, 40).map((p) => `${p.why} — ${p.where}: ${p.text.slice(0, 300)}`), []);
});
