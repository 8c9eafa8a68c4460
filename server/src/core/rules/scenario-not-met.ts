import { scenarioSteps, simulate, validateTargets } from '../analysis/simulation/simulate';
import { buildModel, coveredElsewhere, reachedFromEntries, type SimNode } from '../model/request-graph';
import { findSpofs } from '../analysis/spof';
import { placeCode } from '../analysis/simulation/labels';
import { runsOnlyIn } from '../syntax/places';
import type { SimEvent, SimResult, SimTarget } from '../analysis/simulation/types';
import { durationIn } from '../shared/duration';
import { codeJosa } from '../shared/josa';
import type { Finding, Localized, Scenario } from '../syntax/ast';
import { CODES } from '../syntax/codes';
import { LIMITS } from '../syntax/limits';
import { formatDuration } from '../syntax/values';
import { koDuration, L, nameList } from './facts';
import type { Rule } from './rule';

/** Events that say why requests fail in a run, in the order a reader needs them. */
const CAUSES = new Set(['quorum-lost', 'overload', 'connections-exhausted', 'failover-blocked', 'unschedulable', 'data-lost', 'scaling-from-zero', 'manual-promotion']);

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** `32% from 10s, 80% from 6m 40s`: the levels an entry is served at after its first degradation (at most three). */
function levels(points: SimResult['entries'][number]['points'], baseline: number): Localized {
  const en: string[] = [];
  const ko: string[] = [];
  let last = -1;
  for (const p of points) {
    if (p.at === 0 && p.success >= baseline - 1e-9) continue;
    const v = Math.round(p.success * 1000) / 1000;
    if (v === last) continue;
    last = v;
    if (en.length === 3) break;
    en.push(`${pct(v)} from ${durationIn('en', p.at)}`);
    ko.push(`${durationIn('ko', p.at)}부터 ${pct(v)}`);
  }
  return L(en.join(', '), ko.join(', '));
}

/**
 * An overload its node's autoscaling absorbs at the same instant (serverless that scales on requests: Cloud Run, Lambda):
 * it lasts no time and fails nothing, so it is no cause — naming it points at capacity where the fix is elsewhere
 * (round 124 r02: "85% of its requests fail" beside the connection exhaustion that was the cause).
 */
function absorbedAtOnce(events: readonly SimEvent[], e: SimEvent): boolean {
  if (e.type !== 'overload') return false;
  const offered = e.data?.['offered'];
  const capacity = e.data?.['capacity'];
  const instances = e.data?.['instances'];
  if (offered === undefined || capacity === undefined || !instances) return false;
  const perInstance = capacity / instances;
  const from = events.indexOf(e);
  for (let k = from + 1; k < events.length && events[k]!.at === e.at; k++) {
    const s = events[k]!;
    if (s.type === 'scaled' && s.target === e.target && (s.data?.['instances'] ?? 0) * perInstance >= offered - 1e-9) return true;
  }
  return false;
}

function causes(events: SimEvent[], types: Set<string>): Localized {
  // Data counted as lost and back later in the run (a site's power restored with its disks) is no cause of the miss.
  const back = new Set(events.filter((e) => e.type === 'data-back').map((e) => e.target));
  // (A promotion by hand is a cause too: the outage lasts until a person acts — round 46 r02.)
  let picked = events.filter((e) => (types.has(e.type) || (types.has('manual-promotion') && e.type === 'promoted' && e.data?.['manual'] === 1)) && !(e.type === 'data-lost' && back.has(e.target)) && !absorbedAtOnce(events, e));
  // The writes lost: the largest window first (round 46 r02: a second of replication lag was named, not the split brain
  // of a switch back that lost fifteen minutes).
  const lost = picked.filter((e) => e.type === 'writes-lost').sort((a, b) => (b.data?.['seconds'] ?? 0) - (a.data?.['seconds'] ?? 0));
  if (lost.length > 1) picked = [...picked.filter((e) => e.type !== 'writes-lost'), lost[0]!];
  picked = picked.slice(0, 2);
  if (!picked.length) return L('', '');
  return L(` In the run: ${picked.map((e) => e.message.en).join(' ')}`, ` 실행 중: ${picked.map((e) => e.message.ko).join(' ')}`);
}

/**
 * Single points of failure the scenario takes down (a node failed whole, or one that runs only in a failed place): what
 * needs them fails until they are back — the outage's cause, before any overload it leaves elsewhere.
 */
function lostSinglePoints(design: Parameters<typeof simulate>[0], steps: ReturnType<typeof scenarioSteps>, events: readonly SimEvent[]): Localized {
  let spofs: Set<string> | null = null;
  // A service the run brings back elsewhere before the place is back (Aurora with no reader re-created in another zone:
  // round 51b r03) does not fail "until the place is back".
  const movedOut = new Set(events.filter((e) => e.type === 'failed-over').map((e) => e.target));
  for (const st of steps) {
    if (st.type !== 'fail') continue;
    const t = st.target;
    spofs ??= new Set(findSpofs(design).map((x) => x.node));
    if (t.type === 'node') {
      if (t.instance !== null || !spofs.has(t.node)) continue;
      return L(` \`${t.node}\` is lost and nothing takes over for it: what needs it fails until it is back.`, ` ${codeJosa(t.node, '을/를')} 잃으면 대신할 것이 없어, 돌아올 때까지 그것이 필요한 요청이 실패합니다.`);
    }
    // Every tier the requests pass that runs only in the place, with nothing outside to take over — not only the named
    // single points of failure (round 40: a 10 % route's NAS was named for a room whose every tier was lost).
    const m = buildModel(design);
    const reached = reachedFromEntries(m);
    const inPlace = (x: SimNode): boolean => runsOnlyIn(design, x.node, t);
    const served = m.nodes.filter((x) => reached[x.idx] && !x.client && !x.ignored && x.kind !== 'monitor' && x.standsFor < 0);
    // (Not a cache only read aside — its loss sends the reads to the database, round 46b r01 — nor anything else no caller needs.)
    const needed = new Set<number>(m.entries);
    for (const x of m.nodes) for (const c of x.callees) needed.add(c);
    // (Nor a tier the requests reach a copy of outside the place — a checked DNS record's other answer, its own pool's
    // other member, or behind callers lost with it that are: rounds 46 r02, 48 r03; the rto cause's reading.)
    const routedAround = coveredElsewhere(m, inPlace);
    const bare = served.filter((x) => needed.has(x.idx) && inPlace(x) && x.takeovers.every((k) => inPlace(m.nodes[k.by]!)) && !routedAround(x) && !movedOut.has(x.name));
    const where = t.type === 'zone' ? placeCode('zone', t.zone) : placeCode('region', t.region);
    if (bare.length && bare.length === served.length)
      return L(
        ` Everything the requests need runs only in ${where.en}, with nothing elsewhere to take over: every request fails until ${where.en} is back.`,
        ` 요청에 필요한 모든 것이 ${where.ko}에만 있고 다른 곳에 대신할 것이 없어, 그곳이 돌아올 때까지 모든 요청이 실패합니다.`,
      );
    const names = bare.length ? bare.map((x) => x.name) : [...design.nodes.values()].filter((n) => spofs!.has(n.name) && runsOnlyIn(design, n, t) && !movedOut.has(n.name) && !routedAround(m.nodes[m.byName.get(n.name)!]!)).map((n) => n.name);
    if (!names.length) continue;
    const list = nameList(names);
    return L(
      ` ${list.en} ${names.length > 1 ? 'run' : 'runs'} only in ${where.en} and nothing takes over: what needs ${names.length > 1 ? 'them' : 'it'} fails until ${where.en} is back.`,
      ` ${list.ko} 노드가 ${where.ko}에만 있고 대신할 것이 없어, 그곳이 돌아올 때까지 그것이 필요한 요청이 실패합니다.`,
    );
  }
  return L('', '');
}

/**
 * The note's own scenarios against its goal: a scenario that brings a spike,
 * several failures or a recovery is a question the single-loss sweep of the
 * goal rules does not ask, so `check` runs it and says when it misses the
 * goal's RTO or RPO (the language spec: the goal rules judge the design's
 * estimate "see the simulation"; a scenario is the user's own simulation).
 * A scenario of one failure is the sweep's case and is left to rto-not-met and
 * rpo-not-met.
 */
export const scenarioNotMet: Rule<'scenario-not-met'> = {
  id: 'scenario-not-met',
  check({ design, estimate }) {
    const goal = design.goal;
    if (!goal || (goal.rto === null && goal.rpo === null) || !design.scenarios.length) return [];
    if (design.nodes.size > LIMITS.estimateNodes || !estimate()) return [];
    const out: Finding[] = [];
    for (const sc of design.scenarios) {
      const f = judge(design, sc);
      if (f) out.push(f);
    }
    return out;
  },
};

function judge(design: Parameters<typeof simulate>[0], sc: Scenario): Finding | null {
  const steps = scenarioSteps(sc);
  if (!steps.length || validateTargets(design, steps).length) return null;
  // One failure is the goal rules' case — unless they do not judge it: a region's loss in a design that runs in one
  // region (estimate.ts judgedLoss), which the note's author asked about on purpose.
  // Nor a node of several instances lost whole (`fail cache`): the sweep loses one of them (round 42b: a Memcached
  // cluster's loss overloaded the database for an hour and check said nothing).
  const one = steps.length === 1 && steps[0]!.type === 'fail' ? steps[0]! : null;
  const swept = (t: SimTarget): boolean => {
    if (t.type === 'region') return buildModel(design).regionsUsed.length >= 2;
    if (t.type !== 'node' || t.instance !== null) return true;
    const m = buildModel(design);
    const k = m.byName.get(t.node);
    return k === undefined || m.nodes[k]!.instances < 2;
  };
  if (one && one.type === 'fail' && swept(one.target)) return null;
  const r = simulate(design, steps);
  const rto = r.goal.rto && r.goal.rto.tested !== false && !r.goal.rto.met ? r.goal.rto : null;
  const rpo = r.goal.rpo && r.goal.rpo.tested !== false && !r.goal.rpo.met ? r.goal.rpo : null;
  if (!rto && !rpo) return null;
  const en: string[] = [];
  const ko: string[] = [];
  if (rto) {
    // The entry that takes longest (or never comes back) is the one the goal misses on.
    const worst = [...r.entries].sort((a, b) => (b.recoverySeconds ?? Infinity) - (a.recoverySeconds ?? Infinity))[0]!;
    const lv = levels(worst.points, worst.baseline ?? 1);
    const want = formatDuration(rto.target);
    if (rto.estimate === null) {
      en.push(`The goal allows ${want} of outage (rto=${want}), but \`${worst.entry}\` is not fully served again within the run (${durationIn('en', r.horizon)})${lv.en ? `: its requests succeed at ${lv.en}` : ''}.`);
      ko.push(`목표 RTO는 ${koDuration(rto.target)}인데 \`${worst.entry}\`의 요청이 시뮬레이션 기간(${koDuration(r.horizon)}) 안에 다시 모두 처리되지 않습니다${lv.ko ? `(요청 성공률: ${lv.ko})` : ''}.`);
    } else {
      en.push(`The goal allows ${want} of outage (rto=${want}), but \`${worst.entry}\` takes ${durationIn('en', rto.estimate)} to be fully served again${lv.en ? ` (its requests succeed at ${lv.en})` : ''}.`);
      ko.push(`목표 RTO는 ${koDuration(rto.target)}인데 \`${worst.entry}\`의 요청이 다시 모두 처리되기까지 ${koDuration(rto.estimate)} 걸립니다${lv.ko ? `(요청 성공률: ${lv.ko})` : ''}.`);
    }
  }
  if (rpo) {
    const lost = Number.isFinite(rpo.estimate ?? 0) ? durationIn('en', rpo.estimate ?? 0) : null;
    const want = formatDuration(rpo.target);
    en.push(`The goal allows ${rpo.target === 0 ? 'no acknowledged write to be lost' : `${want} of writes to be lost`} (rpo=${want}), but the run loses ${lost === null ? 'every write since the data was last copied (no copy, no backup)' : `${lost} of them`}.`);
    ko.push(
      `목표 RPO는 ${rpo.target === 0 ? '0(커밋된 쓰기는 하나도 잃지 않음)' : koDuration(rpo.target)}인데 이 실행에서 ${lost === null ? '마지막 복사 이후의 쓰기를 모두 잃습니다(사본도 백업도 없음)' : `${durationIn('ko', rpo.estimate ?? 0)} 분량의 쓰기를 잃습니다`}.`,
    );
  }
  const lost = rto ? lostSinglePoints(design, steps, r.events) : L('', '');
  const more = causes(r.events, rto && rpo ? new Set([...CAUSES, 'writes-lost']) : rto ? CAUSES : new Set(['writes-lost', 'data-lost']));
  // A voting group stopped without its majority fails everything that needs it: said first (round 39: a 5 % route's
  // lone server was named for an outage a Galera group's lost majority caused).
  const quorumFirst = rto !== null && r.events.some((e) => e.type === 'quorum-lost');
  // Nothing else named: a service failing over later than the goal allows (one re-created in another zone) is the cause.
  const late = rto && !lost.en && !more.en ? r.events.filter((e) => e.type === 'failed-over' && e.at > rto.target).slice(0, 1) : [];
  const why = late.length
    ? L(` In the run: ${late[0]!.message.en}`, ` 실행 중: ${late[0]!.message.ko}`)
    : !lost.en
    ? more
    : quorumFirst
      ? L(`${more.en} Also:${lost.en}`, `${more.ko} 또한${lost.ko}`)
      : L(`${lost.en}${more.en ? ` Also${more.en.replace(/^ In the run:/, ' in the run:')}` : ''}`, `${lost.ko}${more.ko}`);
  return {
    rule: 'scenario-not-met',
    severity: CODES['scenario-not-met'].severity,
    span: sc.nameSpan,
    message: L(
      `Scenario \`${sc.name}\` misses the goal. ${en.join(' ')}${why.en} Simulate the scenario to see its timeline.`,
      `시나리오 ${codeJosa(sc.name, '은/는')} 목표를 지키지 못합니다. ${ko.join(' ')}${why.ko} 시나리오를 시뮬레이션해 타임라인을 확인하세요.`,
    ),
    data: { scenario: sc.name, ...(rto ? { rto: rto.target, rtoEstimate: rto.estimate } : {}), ...(rpo ? { rpo: rpo.target, rpoEstimate: rpo.estimate } : {}) },
  };
}
