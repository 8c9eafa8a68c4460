/**
 * What the simulation panel asks the core (issue 14): this run's own
 * availability, goals nothing tested, steps after the end of the run, and the
 * panel's steps written back into the note as a `scenario` line that parses.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { animationFileName, fileNamePart } from '../../client/src/animationName';
import { formatSimText, runAvailability, scenarioEdit, scenarioSteps, simulate, simulationView, type SimStep, TopologyService } from '../../server/src/core';

/** Every repair 30m: the run is max(1h, 2 × 1m, 30m + 10m) = 1h. db is lost for 1s × 3 + 30s = 33s. */
const DESIGN = `goal rto=1m rpo=0
users: client
app: app-server repair=30m
db: database primary repair=30m zone=a
db-standby: database standby of=db replication=async failover=auto heartbeat=1s promote=30s lag=1s repair=30m zone=b
users -> app -> db
`;
const NOTE = `# note\n\n\`\`\`topology t\n${DESIGN}\`\`\`\n\nafter\n`;
const db = { type: 'node', node: 'db', instance: null } as const;

function view(steps: SimStep[], locale: 'en' | 'ko' = 'en') {
  const s = new TopologyService();
  return simulationView(s, s.analyze(NOTE), { index: 0 }, { steps }, { locale, theme: 'light' })!;
}

test("this run's availability: a 33 s outage in a 1 h run serves 1 − 33/3600 of the requests", () => {
  const v = view([{ type: 'fail', target: db, at: 0 }]);
  assert.equal(v.result.horizon, 3600);
  assert.equal(v.result.entries[0]!.downSeconds, 33);
  assert.equal(v.runAvailability[0]!.value, 1 - 33 / 3600);
  // Not the long-run estimate: that one is the design's, the same with or without steps.
  assert.equal(v.longRunAvailability, view([]).longRunAvailability);
  assert.notEqual(v.longRunAvailability, v.runAvailability[0]!.value);
  // Half the requests failing for 100 s is 50 s of requests lost.
  assert.equal(runAvailability({ entry: 'x', points: [{ at: 0, success: 1 }, { at: 100, success: 0.5 }, { at: 200, success: 1 }], downSeconds: 0, degradedSeconds: 100, recoverySeconds: 100 }, 1000), 1 - 50 / 1000);
});

test('RTO and RPO are "not tested" when no failure happens inside the run; the report says so', () => {
  for (const steps of [[], [{ type: 'fail', target: db, at: 3600 }], [{ type: 'recover', target: db, at: 0 }]] as SimStep[][]) {
    const r = view(steps).result;
    assert.equal(r.goal.rto?.tested, false, JSON.stringify(steps));
    assert.equal(r.goal.rpo?.tested, false);
  }
  const hit = view([{ type: 'fail', target: db, at: 0 }]).result;
  assert.equal(hit.goal.rto?.tested, true);
  const s = new TopologyService();
  const design = s.analyze(NOTE).designs[0]!.design;
  assert.match(formatSimText(design, simulate(design, []), 'en'), /RTO: goal 1m, this scenario 0s — not tested \(no failure in this run\)/);
  assert.match(formatSimText(design, simulate(design, []), 'ko'), /RTO: 목표 1분, 이번 시나리오 0초 — 시험 안 됨\(이번 실행에 장애 없음\)/);
});

test('a step at or after the end of the run is reported, in both languages', () => {
  const late: SimStep[] = [{ type: 'fail', target: db, at: 3600 }];
  assert.deepEqual(view(late).invalid, ['`fail db at=1h` is at or after the end of the run (1h): it has no effect. Give it an earlier time.']);
  assert.deepEqual(view(late, 'ko').invalid, ['`fail db at=1h`: 실행이 끝나는 시각(1시간)이거나 그 뒤라 아무 일도 일어나지 않습니다. 더 이른 시각을 쓰세요.']);
  assert.deepEqual(view([{ type: 'fail', target: db, at: 3599 }]).invalid, []);
});

/** The note with the edit applied. */
function apply(text: string, e: NonNullable<ReturnType<typeof scenarioEdit>>): string {
  const lines = text.split('\n');
  const { line, character } = e.range.start;
  lines[line] = lines[line]!.slice(0, character) + e.newText + lines[line]!.slice(character);
  return lines.join('\n');
}

test('"copy as scenario": the steps become a scenario line that parses with no finding and reads back as the same steps', () => {
  const steps: SimStep[] = [
    { type: 'fail', target: db, at: 0 },
    { type: 'recover', target: db, at: 33 },
    { type: 'fail', target: { type: 'zone', zone: 'b' }, at: 90 },
    { type: 'fail', target: { type: 'node', node: 'db-standby', instance: 1 }, at: 5400 },
    { type: 'spike', factor: 1.5, at: 0.5 },
  ];
  const cases: [string, string][] = [
    ['a closed block', NOTE],
    ['a block in a list item', `- item\n\n  \`\`\`topology t\n${DESIGN.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n')}  \`\`\`\n`],
    ['an unclosed block', `\`\`\`topology t\n${DESIGN}`],
    ['an unclosed block without a final line break', `\`\`\`topology t\n${DESIGN.trimEnd()}`],
  ];
  for (const [what, note] of cases) {
    for (const locale of ['en', 'ko'] as const) {
      const s = new TopologyService();
      const before = s.analyze(note);
      const e = scenarioEdit(s, before, { index: 0 }, steps, locale);
      assert.ok(e, what);
      assert.equal(e.name, locale === 'ko' ? '실행-1' : 'run-1');
      assert.equal(e.line, `scenario ${e.name}: fail db; recover db at=33s; fail zone:b at=90s; fail db-standby#1 at=90m; spike x1.5 at=500ms`);
      const after = s.analyze(apply(note, e));
      assert.equal(after.designs.length, 1, what);
      const sc = after.designs[0]!.design.scenarios.find((x) => x.name === e.name);
      assert.ok(sc, `${what}: the scenario is read`);
      assert.deepEqual(scenarioSteps(sc), steps, what);
      // The line is read with no mistake; the scenario's own verdict against the goal (scenario-not-met) comes with it.
      const verdict = (f: { rule: string }) => f.rule !== 'scenario-not-met';
      const written = s.findings(after).filter((f) => f.range.start.line === e.range.start.line || f.range.end.line === e.range.start.line);
      assert.deepEqual(written.filter(verdict).map((f) => `${f.rule}: ${f.message.en}`), [], `${what}: no finding on the written line`);
      // The rest of the note's findings are unchanged.
      assert.deepEqual(s.findings(after).filter(verdict).map((f) => f.rule).sort(), s.findings(before).map((f) => f.rule).sort(), what);
    }
  }
  // A name the design already uses is not reused.
  const s = new TopologyService();
  const once = apply(NOTE, scenarioEdit(s, s.analyze(NOTE), { index: 0 }, steps, 'en')!);
  assert.equal(scenarioEdit(s, s.analyze(once), { index: 0 }, steps, 'en')!.name, 'run-2');
  assert.equal(scenarioEdit(s, s.analyze(NOTE), { index: 0 }, [], 'en'), null);
});

test('the estimate lens opens the simulation on the failure behind its worst figure', async () => {
  const { worstFailure, estimate } = await import('../../server/src/core');
  const s = new TopologyService();
  const design = (text: string) => s.analyze(`\`\`\`topology t\n${text}\`\`\`\n`).designs[0]!.design;
  // The RTO's loss: the lone app server, down until its repair (30m), worse than losing db (33s) or the standby (0s).
  const d1 = design(DESIGN);
  const w1 = worstFailure(d1);
  assert.deepEqual(w1, [{ type: 'fail', target: { type: 'node', node: 'app', instance: null }, at: 0 }]);
  assert.equal(estimate(d1).rto, 1800);
  // Running it shows the lens's RTO.
  assert.equal(simulate(d1, w1).goal.rto?.estimate, estimate(d1).rto);
  // With two app servers behind nothing to route around them, losing one is…; with db the worst, db.
  const d0 = design(DESIGN.replace('app: app-server repair=30m', 'app: app-server repair=30m replicas=2 zones=a,b health-check'));
  const w0 = worstFailure(d0);
  assert.equal(simulate(d0, w0).goal.rto?.estimate, estimate(d0).rto);
  // A lone database and a single-zone spread: the zone's loss never recovers (no repair of a zone in the run): that is the lens's "RTO ∞".
  const d2 = design('users: client\nweb: web-server replicas=2 zones=a,b\ndb: database zone=a\nusers -> web -> db\n');
  assert.deepEqual(estimate(d2).spofs, ['db']);
  assert.equal(estimate(d2).rto, null);
  const w2 = worstFailure(d2);
  assert.deepEqual(w2, [{ type: 'fail', target: { type: 'zone', zone: 'a' }, at: 0 }]);
  assert.equal(simulate(d2, w2).goal.rto, undefined, 'no goal: nothing judged');
  assert.equal(simulate(d2, w2).entries[0]!.recoverySeconds, null);
  // Nothing hurts: no step (the panel opens on an empty run and says nothing was tested).
  assert.deepEqual(worstFailure(design('users: client\n')), []);
});

test('the animation export offers `<note>-<design>-<scenario>.svg`: any script kept, unsafe characters one dash', () => {
  assert.equal(animationFileName('08-three-tier', '3계층 after', 1, 'az-1-down'), '08-three-tier-3계층-after-az-1-down.svg');
  // No title: the design's number; the panel's own steps: `failover`.
  assert.equal(animationFileName('note', '', 2, ''), 'note-design-3-failover.svg');
  // Path separators, reserved characters and spaces never reach the name.
  assert.equal(animationFileName('a', 'R&D <shop>/../x: "y"?', 0, 'db down*'), 'a-R-D-shop-..-x-y-db-down.svg');
  assert.equal(fileNamePart('..'), '');
  assert.equal(fileNamePart(' -쇼핑몰 주문- '), '쇼핑몰-주문');
  assert.equal([...fileNamePart('가'.repeat(100))].length, 60);
});
