/**
 * The sweep's sparse runs (each loss evaluates only what it can reach, from one
 * shared baseline) are a speed-up, not a second model: on every design in the
 * docs, examples, fixtures and corpus, and on generated designs with routes,
 * queues, quorum, shards, capacity and a gateway fan-out, each sparse run must
 * report what the same loss run over the whole graph reports — the same events,
 * writes and sessions lost, repairs, the same series for every entry it lists
 * and every request class it lists; and whatever it leaves out must be what
 * the whole-graph run shows unaffected — or, for a request class of a router
 * the loss does not reach, no worse than its entry at any moment (the class
 * only repeats the entry's dip).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Design, type RunResult, sweepRuns } from '../../server/src/core';
import { gatewayFanOut, richBody, designBody } from '../../bench/gen.mjs';
import { design as designOf, DESIGN_SOURCES, note, sourceDesigns } from './fixtures/rules/helpers';

const EPS = 1e-9;

type Points = { at: number; success: number }[];

/** A series that never leaves its first value (the state before the loss). */
function unaffected(points: Points, base: number): boolean {
  return points.every((p) => Math.abs(p.success - base) <= EPS);
}

function close(a: Points, b: Points, where: string): void {
  assert.equal(a.length, b.length, `${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  a.forEach((p, i) => {
    assert.equal(p.at, b[i]!.at, `${where}: point ${i} at`);
    assert.ok(Math.abs(p.success - b[i]!.success) <= EPS, `${where}: point ${i}: ${p.success} vs ${b[i]!.success}`);
  });
}

function same(sparse: RunResult, dense: RunResult, where: string): void {
  assert.deepEqual(sparse.events, dense.events, `${where}: events`);
  assert.equal(sparse.writesLostSeconds, dense.writesLostSeconds, `${where}: writes lost`);
  assert.ok(Math.abs(sparse.sessionsLost - dense.sessionsLost) <= EPS, `${where}: sessions lost`);
  assert.deepEqual(sparse.repairs, dense.repairs, `${where}: repairs`);
  const listed = new Map(sparse.entryIndex.map((k, j) => [k, sparse.entries[j]!]));
  dense.entries.forEach((e, k) => {
    const s = listed.get(k);
    if (!s) {
      assert.ok(unaffected(e.points, e.baseline ?? e.points[0]!.success), `${where}: entry ${e.entry} left out but affected: ${JSON.stringify(e.points)}`);
      return;
    }
    close(s.points, e.points, `${where}: entry ${e.entry}`);
    assert.equal(s.downSeconds, e.downSeconds, `${where}: entry ${e.entry} down`);
    assert.equal(s.degradedSeconds, e.degradedSeconds, `${where}: entry ${e.entry} degraded`);
    assert.equal(s.recoverySeconds, e.recoverySeconds, `${where}: entry ${e.entry} recovery`);
  });
  const key = (c: { entry: string; name: string }): string => `${c.entry} ${c.name}`;
  const denseClasses = new Map(dense.classes.map((c) => [key(c), c]));
  const sparseKeys = new Set<string>();
  for (const c of sparse.classes) {
    const d = denseClasses.get(key(c));
    assert.ok(d, `${where}: class ${key(c)} not in the whole-graph run`);
    sparseKeys.add(key(c));
    close(c.points, d.points, `${where}: class ${key(c)}`);
    assert.equal(c.downSeconds, d.downSeconds, `${where}: class ${key(c)} down`);
  }
  const entryOf = new Map(dense.entries.map((e) => [e.entry, e]));
  for (const d of dense.classes) {
    if (sparseKeys.has(key(d))) continue;
    if (unaffected(d.points, d.baseline) && d.baseline > EPS) continue;
    // A class of a router the loss does not reach is left out: its route keeps its baseline value, so the class
    // can only repeat its entry's dip (a request needs the entry's other parts too), never be worse than the entry.
    const e = entryOf.get(d.entry)!;
    const times = new Set([...d.points.map((p) => p.at), ...e.points.map((p) => p.at)]);
    for (const t of times)
      assert.ok(
        valueAt(d.points, t) >= valueAt(e.points, t) - EPS,
        `${where}: class ${key(d)} left out but worse than its entry at ${t}s: ${JSON.stringify(d.points)} vs ${JSON.stringify(e.points)}`,
      );
  }
}

/** A series' value at time t (each point holds until the next). */
function valueAt(points: Points, t: number): number {
  let v = points[0]!.success;
  for (const p of points) if (p.at <= t) v = p.success;
  return v;
}

function check(d: Design, where: string): void {
  const sparse = sweepRuns(d);
  const dense = sweepRuns(d, { dense: true });
  assert.deepEqual(
    sparse.map((r) => r.target),
    dense.map((r) => r.target),
  );
  sparse.forEach((r, i) => same(r.run, dense[i]!.run, `${where}: loss of ${JSON.stringify(r.target)}`));
}


for (const [dir, files] of DESIGN_SOURCES) {
  test(`invariant: every sparse sweep run reports what the whole-graph run of the same loss reports, on every design in ${dir}/`, () => {
    for (const file of files.sort())
      for (const d of sourceDesigns(dir, file)) check(d, `${dir}/${file}: ${d.title}`);
  });
}

test('invariant: sparse and whole-graph sweep runs agree on generated designs (routes, queues, quorum, shards, capacity, a gateway fan-out)', () => {
  const bodies: [string, string][] = [
    ['rich 120 with a goal', richBody(120, { goal: true })],
    ['rich 90', richBody(90)],
    ['plain 80 with mistakes and a goal', designBody(80, { goal: true, mistakes: true })],
    ['gateway fan-out 60 × 6', gatewayFanOut(60, 6)],
    [
      // A queue's consumer loads what it calls (round 121b r02): a cache lost behind the worker overloads the database the
      // users' API reads too, and a producer's loss changes the load behind the consumer.
      'a queue consumer sharing a database with the users',
      [
        'sdk: client rate=12000',
        'users: client rate=500',
        'api: service replicas=2 capacity=2000',
        'pub: service replicas=2 capacity=8000',
        'q: queue engine=rabbitmq replicas=3',
        'worker: service replicas=4 capacity=4000',
        'geo: cache engine=redis mode=sentinel replicas=3 hit-ratio=98%',
        'georef: db engine=postgres capacity=3000',
        'georef-sb: db standby of=georef replication=sync failover=auto replicas=2',
        'sdk -> pub -> q : publish',
        'q -> worker',
        'worker -> geo : geo lookup',
        'worker -> georef : geo lookup',
        'users -> api -> georef',
      ].join('\n'),
    ],
    [
      // A DNS switch doubles one site's queue: its worker's writes double with it and, beside the users' reads, overload
      // that site's database — the sparse run must carry the load through the queue to the worker.
      'a DNS switch that doubles a site\'s queue and its worker\'s writes',
      [
        'zone a',
        'zone b',
        'users: client rate=1000',
        'g: dns routing=weighted health-check ttl=30s',
        'app-a: app-server capacity=2000 zone=a',
        'app-b: app-server capacity=2000 zone=b',
        'q-a: queue engine=rabbitmq zone=a',
        'q-b: queue engine=rabbitmq zone=b',
        'worker-a: service replicas=2 capacity=2000 zone=a',
        'worker-b: service replicas=2 capacity=2000 zone=b',
        'db-a: db engine=postgres capacity=1800 zone=a',
        'db-b: db engine=postgres capacity=1800 zone=b',
        'users -> g',
        'g -> app-a',
        'g -> app-b',
        'app-a -> q-a : publish',
        'app-b -> q-b : publish',
        'app-a -> db-a : reads',
        'app-b -> db-b : reads',
        'q-a -> worker-a',
        'q-b -> worker-b',
        'worker-a -> db-a : writes',
        'worker-b -> db-b : writes',
      ].join('\n'),
    ],
    // A pod loss of `a` shifts the balancer's load onto `b`, which another client also calls: `b` overloads, so the
    // narrow guess (b's other callers left out) must be dropped for the whole scope.
    [
      // Promoting db-sb after db's loss starts serving the reporting client wired to the standby (nothing at baseline).
      'a client wired to a standby that a loss elsewhere promotes',
      [
        'users: client rate=10',
        'reports: client rate=1',
        'lb: load-balancer health-check',
        'app: app-server replicas=2 state=stateless',
        'etl: service',
        'db: database engine=postgres primary',
        'db-sb: database standby of=db replication=sync failover=auto',
        'users -> lb -> app -> db',
        'reports -> etl -> db-sb',
      ].join('\n'),
    ],
    [
      // Round 13: a session store's loss fails its site's servers; the checked DNS answer moves everyone to the other
      // site, which overloads — the sparse run must see the other site's load change.
      'a DNS switch that moves load onto the other site',
      [
        'zone a',
        'zone b',
        'u: client rate=2000',
        'g: dns routing=weighted health-check ttl=30s',
        'l4a: lb layer=4 health-check replicas=2 vip zone=a',
        'l4b: lb layer=4 health-check replicas=2 vip zone=b',
        'wa: app-server replicas=3 capacity=400 zone=a sessions=sa',
        'wb: app-server replicas=3 capacity=400 zone=b sessions=sb',
        'sa: cache engine=redis mode=standalone zone=a',
        'sb: cache engine=redis mode=standalone zone=b',
        'u -> g',
        'g -> l4a : weight=50',
        'g -> l4b : weight=50',
        'l4a -> wa',
        'l4b -> wb',
      ].join('\n'),
    ],
    [
      'a balancer shifting load onto a node another client calls',
      [
        'users: client rate=130',
        'other: client rate=10',
        'lb: load-balancer health-check',
        'a: service replicas=2 capacity=50 state=stateless',
        'b: service capacity=70 state=stateless',
        'users -> lb',
        'lb -> a',
        'lb -> b',
        'other -> b',
      ].join('\n'),
    ],
  ];
  for (const [name, body] of bodies) check(designOf(note(body)), name);
});
