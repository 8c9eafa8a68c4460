/**
 * The estimate runs one loss per group of twins (nodes that swapping leaves the
 * design unchanged) and gives the others its figures. That is only a speed-up:
 * on every design in the docs, examples, fixtures and corpus, on generated ones,
 * and on near-twins that must not be taken for twins (a DNS record's first and
 * second answer, a node a monitor watches, a node with a standby, routes with
 * different shares), the estimate must equal the one that runs every loss.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildModel, type Design, estimate, twinsOf } from '../../server/src/core';
import { designBody, gatewayFanOut, richBody } from '../../bench/gen.mjs';
import { design as designOf, DESIGN_SOURCES, note, sourceDesigns } from './fixtures/rules/helpers';


function same(d: Design, where: string): void {
  assert.deepEqual(estimate(d), estimate(d, { twins: false }), where);
}


for (const [dir, files] of DESIGN_SOURCES) {
  test(`invariant: the estimate with twins shared equals the one running every loss, on every design in ${dir}/`, () => {
    for (const file of files.sort()) for (const d of sourceDesigns(dir, file)) same(d, `${dir}/${file}: ${d.title}`);
  });
}

test('invariant: the same on generated designs (a gateway fan-out, routes, queues, quorum, shards, capacity)', () => {
  for (const [name, body] of [
    ['gateway fan-out 60 × 6', gatewayFanOut(60, 6)],
    ['rich 120 with a goal', richBody(120, { goal: true })],
    ['plain 80 with mistakes and a goal', designBody(80, { goal: true, mistakes: true })],
  ] as const)
    same(designOf(note(body)), name);
});

function twins(body: string): [string, string][] {
  const d = designOf(note(body));
  return [...twinsOf(d, buildModel(d))].sort();
}

test('twins: the services of a gateway fan-out that call the same database are twins of the first of them', () => {
  const d = designOf(note(gatewayFanOut(12, 3)));
  const t = twinsOf(d, buildModel(d));
  assert.equal(t.get('s3'), 's0');
  assert.equal(t.get('s9'), 's0');
  assert.equal(t.get('s4'), 's1');
  // The databases have their own standby (`of=`), the gateway is unique: no twins.
  assert.equal(t.has('db1'), false);
  assert.equal(t.has('db1-sb'), false);
  assert.equal(t.has('s0'), false);
  same(d, 'gateway fan-out 12 × 3');
});

const NEAR_TWINS: [string, string[]][] = [
  [
    'the two answers of a DNS failover record (the first is served, the second waits)',
    ['goal rto=1m', 'users: client', 'dns: dns routing=failover health-check', 'a: load-balancer', 'b: load-balancer', 'app: service replicas=2', 'users -> dns', 'dns -> a', 'dns -> b', 'a -> app', 'b -> app'],
  ],
  [
    'two databases alike but one watched by a monitor',
    ['goal rto=5m', 'users: client', 'app: service replicas=2', 'a: database', 'b: database', 'mon: monitor watches=a interval=1m', 'users -> app', 'app -> a', 'app -> b'],
  ],
  [
    'two databases alike but one with a standby',
    ['goal rto=5m', 'users: client', 'app: service replicas=2', 'a: database engine=postgres', 'b: database engine=postgres', 'sb: database standby of=a failover=auto', 'users -> app', 'app -> a', 'app -> b'],
  ],
  [
    'two services on routes of different shares',
    ['goal rto=5m', 'users: client rate=100', 'gw: gateway managed health-check', 'a: service capacity=60', 'b: service capacity=60', 'users -> gw', 'gw -> a : /a share=70%', 'gw -> b : /b share=30%'],
  ],
  [
    'two services calling each other',
    ['users: client', 'lb: load-balancer health-check', 'a: service', 'b: service', 'users -> lb', 'lb -> a', 'lb -> b', 'a -> b'],
  ],
];

for (const [name, lines] of NEAR_TWINS) {
  test(`twins: not taken for twins — ${name}`, () => {
    const body = lines.join('\n');
    assert.deepEqual(twins(body), []);
    same(designOf(note(body)), name);
  });
}

test('twins: two services alike behind one balancer, each calling the same cache, are twins; the estimate is the same', () => {
  const body = ['goal rto=5m', 'users: client', 'lb: load-balancer health-check', 'a: service', 'b: service', 'c: cache', 'users -> lb', 'lb -> a', 'lb -> b', 'a -> c', 'b -> c'].join('\n');
  assert.deepEqual(twins(body), [['b', 'a']]);
  same(designOf(note(body)), 'two services alike');
});
