import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CODES, CONFIGURABLE_RULE_IDS, isRuleId, RULE_IDS, RULES, TopologyService } from '../../server/src/core';

test('the table of diagnostic codes: every code has a severity, a docs page that exists and a title in both languages', () => {
  for (const id of RULE_IDS) {
    const c = CODES[id];
    assert.ok(['error', 'warning', 'info', 'hint'].includes(c.severity), id);
    assert.ok(existsSync(join('docs', c.docs)), `${id}: docs/${c.docs}`);
    assert.ok(c.title.en && c.title.ko, id);
    assert.equal(c.kind === 'rule', c.docs === `rules/${id}.md`, id);
  }
  assert.deepEqual(RULES.map((r) => r.id), RULE_IDS.filter((id) => CODES[id].kind === 'rule'));
  assert.ok(isRuleId('single-zone') && isRuleId('syntax') && !isRuleId('no-such-rule') && !isRuleId('toString'));
  assert.ok(!CONFIGURABLE_RULE_IDS.includes('internal-error'));
});

test('every finding of a note with mistakes carries a code of the table, at its default severity', () => {
  const note = [
    '```topology',
    'goal availability=99.99% rto=1s rpo=0',
    'lb: load-balancer',
    'web: app-server state=stateful',
    'db: databse',
    'db2: database primary raid=0',
    'lb -> web -> db2 -> ghost',
    '```',
  ].join('\n');
  const s = new TopologyService();
  const found = s.findings(s.analyze(note));
  assert.ok(found.length >= 4);
  for (const f of found) {
    assert.ok(isRuleId(f.rule), f.rule);
    if (f.rule !== 'stateful-balancing') assert.equal(f.severity, CODES[f.rule].severity, f.rule);
  }
});
