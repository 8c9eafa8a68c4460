import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complete, TopologyService } from '../../server/src/core';

const service = new TopologyService();

/** The labels offered at the end of the last line of a block holding `lines`. */
function at(...lines: string[]): string[] {
  const text = ['```topology', ...lines, '```', ''].join('\n');
  const a = service.analyze(text);
  const line = lines.length;
  return complete(service, a, { line, character: lines[lines.length - 1]!.length }).map((c) => c.label);
}

// The ends of lines where a list left open took the next Enter (issue 14).
const COMPLETE_WORDS: [string, string[]][] = [
  ['a zone list', ['zone a', 'zone b', 'web: web-server zones=a,b']],
  ['a Korean place name', ['zone 서울-a', 'zone 서울-b', 'web: web-server zones=서울-a,서울-b']],
  ['a node in a scenario', ['주문DB: database', 'scenario s: fail 주문DB']],
  ['a kind', ['db: database']],
  ['an enumeration value', ['db: database', 's: database standby of=db failover=auto']],
  ['a node in an edge', ['users: client', 'db: database', 'db-standby: database standby of=db', 'users -> db']],
];

for (const [name, lines] of COMPLETE_WORDS) {
  test(`completion: no list at the end of a complete word (${name})`, () => {
    assert.deepEqual(at(...lines), []);
  });
}

test('completion: a word still being typed is offered its completions, never itself', () => {
  const kinds = at('db: datab');
  assert.ok(kinds.includes('database'), kinds.join());
  assert.ok(!kinds.includes('datab'));
  const places = at('zone 서울-a', 'zone 서울-b', 'web: web-server zones=서울-a,');
  assert.deepEqual(places.sort(), ['서울-a', '서울-b']);
});
