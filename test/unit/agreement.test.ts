/**
 * The sweep is the proof behind the rules: the single-point-of-failure rule
 * must report exactly the nodes `estimate(design).spofs` lists, and the goal
 * rules must fire exactly when the estimate misses the goal — on every design
 * in the docs, examples and fixtures, and on a few hundred generated ones.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkDesign, type Design, estimate } from '../../server/src/core';
import { design as designOf, DESIGN_SOURCES, note, sourceDesigns } from './fixtures/rules/helpers';


/** Floating-point slack of the availability comparison (the estimate is a product of fractions). */
const AVAILABILITY_EPS = 1e-12; // the same slack as server/src/core/analysis/simulation/goal.ts
// The documented rule (docs/simulation.md): met when the estimated downtime exceeds the goal's budget by less than 0.1 % of it.
const availabilityMet = (fraction: number, goalPercent: number): boolean => 1 - fraction <= (1 - goalPercent / 100) * 1.001 + AVAILABILITY_EPS;

function agree(d: Design, where: string): void {
  const findings = checkDesign(d);
  const est = estimate(d);
  const rule = findings
    .filter((f) => f.rule === 'single-point-of-failure')
    .map((f) => f.data!['node'] as string)
    .sort();
  assert.deepEqual(rule, [...est.spofs].sort(), `${where}: single-point-of-failure vs estimate().spofs`);
  const fired = (id: string): boolean => findings.some((f) => f.rule === id);
  const g = d.goal;
  if (!g) {
    for (const id of ['rto-not-met', 'rpo-not-met', 'availability-not-met']) assert.equal(fired(id), false, `${where}: ${id} without a goal`);
    return;
  }
  const rtoMissed = g.rto !== null && (est.rto === null || est.rto > g.rto);
  const rpoMissed = g.rpo !== null && est.rpo > g.rpo;
  const availabilityMissed = g.availability !== null && !availabilityMet(est.availability, g.availability);
  assert.equal(fired('rto-not-met'), rtoMissed, `${where}: rto-not-met (estimate ${est.rto}, goal ${g.rto})`);
  assert.equal(fired('rpo-not-met'), rpoMissed, `${where}: rpo-not-met (estimate ${est.rpo}, goal ${g.rpo})`);
  assert.equal(fired('availability-not-met'), availabilityMissed, `${where}: availability-not-met (estimate ${est.availability}, goal ${g.availability})`);
}


for (const [dir, files] of DESIGN_SOURCES) {
  test(`invariant: the sweep is the reference and the SPOF analysis agrees with it on every design in ${dir}/`, () => {
    let n = 0;
    for (const file of files.sort()) {
      for (const d of sourceDesigns(dir, file)) {
        agree(d, `${dir}/${file}: ${d.title}`);
        n++;
      }
    }
    assert.ok(n > 0 || dir === 'docs');
  });
}

// ---- generated designs --------------------------------------------------------

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

interface Gen {
  kind: string;
  attrs: string;
}

const serviceKind = pick(['service', 'web-server', 'app-server']);
const maybe = (a: fc.Arbitrary<string>, p = 0.3): fc.Arbitrary<string> => fc.oneof({ weight: Math.round((1 - p) * 10), arbitrary: fc.constant('') }, { weight: Math.round(p * 10), arbitrary: a });

const nodeGen: fc.Arbitrary<Gen> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: serviceKind, attrs: fc.tuple(maybe(pick([' replicas=2', ' replicas=3', ' autoscale=2..4', ' autoscale=1..3', ' managed'])), maybe(pick([' capacity=400', ' capacity=5000']), 0.2)).map((x) => x.join('')) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('load-balancer'), attrs: fc.tuple(maybe(fc.constant(' health-check'), 0.6), maybe(pick([' replicas=2 vip', ' managed', ' replicas=2']), 0.4), maybe(fc.constant(' interval=30m'), 0.1)).map((x) => x.join('')) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('dns'),
      attrs: fc.tuple(pick([' routing=failover', ' routing=simple', ' routing=latency', ' routing=round-robin', '']), maybe(fc.constant(' health-check'), 0.4), maybe(fc.constant(' managed=false'), 0.5), maybe(pick([' ttl=2h', ' ttl=30s', ' interval=20m']), 0.3)).map((x) => x.join('')),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('database'), attrs: fc.tuple(maybe(pick([' replicas=2', ' managed', ' primary']), 0.3), maybe(fc.constant(' capacity=300'), 0.15)).map((x) => x.join('')) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('cache'), attrs: maybe(pick([' mode=sentinel', ' mode=cluster', ' replicas=2', ' primary', ' managed'])) }) },
  // Redis modes and quorum groups (model/groups.ts): which instance is lost matters, and majorities.
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('cache'),
      attrs: pick([
        ' engine=redis mode=sentinel replicas=1',
        ' engine=redis mode=sentinel replicas=3',
        ' engine=redis mode=sentinel replicas=2 sentinels=2',
        ' engine=redis mode=sentinel replicas=3 quorum=4',
        ' engine=redis mode=sentinel replicas=3 down-after=2h',
        ' engine=redis mode=cluster replicas=3 shards=3',
        ' engine=redis mode=cluster replicas=6 shards=3',
        ' engine=redis mode=cluster replicas=4 shards=2',
      ]),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: pick(['consensus', 'database']),
      attrs: pick([' engine=etcd replicas=2', ' engine=etcd replicas=3', ' engine=zookeeper replicas=4', ' engine=galera replicas=3', ' engine=group-replication replicas=2', ' engine=group-replication replicas=3', ' quorum replicas=2']),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: pick(['queue', 'storage', 'cdn', 'nope']), attrs: maybe(pick([' replicas=2', ' managed', ' raid=1'])) }) },
  // Routers with routes (edge labels below; other callers get reads/writes classes) and queues whose out-edges are consumers.
  { weight: 2, arbitrary: fc.record({ kind: pick(['gateway', 'load-balancer']), attrs: fc.tuple(maybe(fc.constant(' health-check'), 0.6), maybe(pick([' layer=7', ' layer=4', ' managed']), 0.5)).map((x) => x.join('')) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('queue'), attrs: maybe(pick([' replicas=3', ' managed', ' retention=1h'])) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('monitor'), attrs: fc.constant('') }) },
);

/** What a data node gets beside it: a standby, a read replica, a second primary, or nothing. */
const copyGen = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(pick([' failover=auto', ' failover=manual', '']), pick([' replication=sync', ' replication=async', '']), maybe(pick([' promote=10s', ' promote=59m', ' promote=1h', ' promote=2h', ' heartbeat=30m']), 0.4))
      .map((x) => ({ role: 'standby', attrs: x.join(''), called: false })),
  },
  { weight: 2, arbitrary: fc.boolean().map((called) => ({ role: 'replica', attrs: ' replication=async', called })) },
  { weight: 1, arbitrary: fc.constant({ role: 'primary', attrs: ' replication=sync', called: true }) },
  { weight: 2, arbitrary: pick([' replication=sync', ' replication=semi-sync', ' replication=drbd protocol=A', ' replication=drbd']).map((r) => ({ role: 'standby', attrs: `${r} failover=auto`, called: false })) },
  { weight: 2, arbitrary: fc.constant({ role: 'standby', attrs: ' engine=patroni replication=sync failover=auto coordinator=COORD', called: false }) },
);

const designGen = fc
  .record({
    clients: fc.integer({ min: 0, max: 2 }),
    rate: fc.boolean(),
    nodes: fc.array(fc.record({ node: nodeGen, copy: copyGen, sessions: fc.boolean() }), { minLength: 1, maxLength: 10 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(9)), { maxLength: 24 }),
    goal: fc.option(
      fc.tuple(maybe(pick([' availability=99%', ' availability=99.9%', ' availability=99.95%', ' availability=99.99%']), 0.7), maybe(pick([' rto=30s', ' rto=1m', ' rto=5m', ' rto=31m', ' rto=1h']), 0.7), maybe(pick([' rpo=0', ' rpo=1s', ' rpo=5s']), 0.6)),
      { freq: 2 },
    ),
    zones: fc.boolean(),
  })
  .map(({ clients, rate, nodes, edges, goal, zones }) => {
    const lines: string[] = [];
    if (goal && goal.join('')) lines.push(`goal${goal.join('')}`);
    if (zones) lines.push('zone a', 'zone b');
    const names: string[] = [];
    const callable: string[] = [];
    const kinds = new Map<string, string>();
    for (let c = 0; c < clients; c++) {
      lines.push(`u${c}: client${rate ? ` rate=${100 * (c + 1)}` : ''}`);
    }
    const caches: string[] = [];
    nodes.forEach(({ node }, i) => {
      if (node.kind === 'cache' && !node.attrs.includes('primary')) caches.push(`n${i}`);
    });
    nodes.forEach(({ node, copy, sessions }, i) => {
      const name = `n${i}`;
      const place = zones ? pick2(i, [' zone=a', ' zones=a,b', '']) : '';
      const ses = sessions && caches.length && /service|server/.test(node.kind) ? ` sessions=${caches[i % caches.length]}` : '';
      lines.push(`${name}: ${node.kind}${node.attrs}${ses}${place}`);
      callable.push(name);
      kinds.set(name, node.kind);
      const data = ['database', 'cache', 'storage'].includes(node.kind) && !node.attrs.includes('primary');
      names.push(name);
      if (copy && data) {
        const c = `${name}-${copy.role}`;
        // COORD: the first voting group declared so far, or none (then the attribute is left out).
        const coord = names.find((x) => /consensus|engine=etcd|engine=zookeeper/.test(lines.find((l) => l.startsWith(`${x}:`)) ?? ''));
        const attrs = copy.attrs.includes('COORD') ? (coord ? copy.attrs.replace('COORD', coord) : copy.attrs.replace(' coordinator=COORD', '')) : copy.attrs;
        lines.push(`${c}: ${node.kind} ${copy.role} of=${name}${attrs}${zones ? ' zone=b' : ''}`);
        if (copy.called) callable.push(c);
        kinds.set(c, node.kind);
      }
    });
    const entry = clients ? Array.from({ length: clients }, (_, c) => `u${c}`) : [];
    const seen = new Set<string>();
    // A router's edges carry routes now and then: path, host, with or without a share.
    const ROUTES = ['', ' : /api', ' : /static/* share=30%', ' : host=admin.example.com', ' : /api', ''];
    // Any other caller's edges name request classes now and then (`web -> db : writes`, `web -> db-read : reads`).
    const CLASSES = ['', ' : writes', ' : reads', '', ' : reads share=80%', ' : writes', ''];
    const edge = (a: string, b: string, route = 0): void => {
      if (a === b || seen.has(`${a}>${b}`)) return;
      seen.add(`${a}>${b}`);
      const router = kinds.get(a) === 'load-balancer' || kinds.get(a) === 'gateway';
      lines.push(`${a} -> ${b}${router ? ROUTES[route % ROUTES.length] : CLASSES[route % CLASSES.length]}`);
    };
    for (const u of entry) edge(u, callable[0]!);
    for (const [x, y, back] of edges) {
      const a = x % callable.length;
      const b = y % callable.length;
      // Mostly downward (a DAG in declaration order); now and then an edge back up, which closes a cycle.
      if (a < b || back === 0) {
        edge(callable[a]!, callable[b]!, x + back);
        // A cache next to a database: the cache is soft (or not, when it holds sessions or is `primary`).
        const db = callable.find((c, k) => k > a && kinds.get(c) === 'database');
        if (kinds.get(callable[b]!) === 'cache' && db && back % 2 === 1) edge(callable[a]!, db);
      }
      else if (entry.length && x % 7 === 0) edge(entry[x % entry.length]!, callable[b]!);
    }
    return lines.join('\n');
  });

function pick2<T>(i: number, xs: T[]): T {
  return xs[i % xs.length]!;
}

test('invariant: the sweep is the reference and the SPOF analysis agrees with it on generated designs', () => {
  // How many generated designs exercise request classes, and name a single point of failure of one class.
  let classes = 0;
  let classSpofs = 0;
  fc.assert(
    fc.property(designGen, (text) => {
      const d = designOf(note(text));
      agree(d, `\n${text}\n`);
      if (/ : (reads|writes)/.test(text)) {
        classes++;
        if (checkDesign(d).some((f) => f.rule === 'single-point-of-failure' && (f.data!['routes'] as { route: string }[] | undefined)?.some((r) => r.route === 'reads' || r.route === 'writes'))) classSpofs++;
      }
    }),
    { seed: 20240611, numRuns: 400, endOnFailure: true },
  );
  assert.ok(classes >= 40 && classSpofs >= 3, `request classes in ${classes} designs, a class's single point of failure in ${classSpofs}`);
});
