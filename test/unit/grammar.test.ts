/**
 * The TextMate grammars (syntaxes/) run on the real engine VS Code uses
 * (vscode-textmate + vscode-oniguruma), with VS Code's own Markdown grammar as
 * the host of the injection (from the tm-grammars package, which ships
 * markdown-basics' markdown.tmLanguage.json and python's grammar unchanged).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { before, describe, test } from 'node:test';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const require = createRequire(import.meta.url);
const syntaxes = new URL('../../syntaxes/', import.meta.url);
const ownFile = (name: string): string => new URL(name, syntaxes).pathname;

const GRAMMAR_FILES: Record<string, string> = {
  'source.topology': ownFile('topology.tmLanguage.json'),
  'markdown.topology.codeblock': ownFile('topology-markdown-injection.tmLanguage.json'),
  'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
  'source.python': require.resolve('tm-grammars/grammars/python.json'),
};

interface Token {
  text: string;
  scopes: string[];
}

let registry: Registry;

before(async () => {
  await loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')));
  registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    // What VS Code does for a grammar contributed with injectTo: ["text.html.markdown"].
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['markdown.topology.codeblock'] : undefined),
  });
});

async function tokenize(scopeName: string, text: string): Promise<Token[][]> {
  const grammar: IGrammar | null = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} loads`);
  let state = INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the `nth` token whose text is exactly `text` on the line that starts with `lineStart`. */
function scopesAt(lines: Token[][], lineStart: string, text: string, nth = 0): string[] {
  const line = lines.find((l) => l.map((t) => t.text).join('').startsWith(lineStart));
  assert.ok(line, `a line starts with ${JSON.stringify(lineStart)}`);
  const found = line.filter((t) => t.text === text)[nth];
  assert.ok(found, `token ${JSON.stringify(text)} on ${JSON.stringify(lineStart)}; tokens: ${JSON.stringify(line.map((t) => t.text))}`);
  return found.scopes;
}

function hasScope(scopes: string[], prefix: string): boolean {
  return scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`));
}

function assertScope(scopes: string[], prefix: string, what: string): void {
  assert.ok(hasScope(scopes, prefix), `${what}: expected ${prefix} in ${scopes.join(' ')}`);
}

function assertNoScope(scopes: string[], prefix: string, what: string): void {
  assert.ok(!hasScope(scopes, prefix), `${what}: unexpected ${prefix} in ${scopes.join(' ')}`);
}

const TOPOLOGY_FILE = [
  '# 쇼핑몰: 7-2 이후',
  'goal availability=99.95% rto=5m rpo=0',
  'region 서울',
  'zone 서울-a region=서울',
  '고객: client rate=1200 label="고객 \\"브라우저\\""',
  '부하분산기: lb health-check=/health interval=5s vip zones=서울-a,서울-b',
  '웹서버: was replicas=4 autoscale=4..12 state=stateless sessions=세션',
  '세션: cache engine=redis primary',
  '주문DB: databse failover=auto',
  '고객->부하분산기 -> 웹서버 : 주문 요청 # 흐름',
  '웹서버 -> 주문DB',
  '웹서버 -> 주문DB#1 # 주석',
  '# infra-notes-disable-next-line single-point-of-failure, missing-replica',
  'scenario 존-장애: fail zone:서울-a; recover 웹서버#2 at=30s; spike x5 at=10s',
  'zone: cache',
  '메모: db label="a -> b" # x -> y',
].join('\n');

describe('topology grammar (source.topology)', () => {
  let lines: Token[][];
  before(async () => {
    lines = await tokenize('source.topology', TOPOLOGY_FILE);
  });

  test('a Hangul node name is the declared entity, its kind a known kind', () => {
    assertScope(scopesAt(lines, '웹서버: was', '웹서버'), 'entity.name.function.node.topology', 'node name');
    assertScope(scopesAt(lines, '웹서버: was', 'was'), 'support.type.kind.topology', 'alias `was`');
    assertScope(scopesAt(lines, '부하분산기: lb', 'lb'), 'support.type.kind.topology', 'alias `lb`');
    assertScope(scopesAt(lines, '고객: client', 'client'), 'support.type.kind.topology', 'kind `client`');
  });

  test('an unknown kind is still the kind slot, not a known kind', () => {
    const s = scopesAt(lines, '주문DB: databse', 'databse');
    assertScope(s, 'entity.name.type.kind.unknown.topology', 'typo kind');
    assertNoScope(s, 'support.type.kind', 'typo kind');
  });

  test('a keyword followed by `:` is a node name', () => {
    assertScope(scopesAt(lines, 'zone: cache', 'zone'), 'entity.name.function.node.topology', '`zone:`');
  });

  test('a compound duration (1h10m, 2m30s) is one duration, as the parser reads it; a misordered one is not', async () => {
    const own = await tokenize('source.topology', ['goal rto=1h10m rpo=2m30s', 'db: db backup=1d12h restore=30m15s', 'x: app repair=10m1h'].join('\n'));
    assertScope(scopesAt(own, 'goal', '1h10m'), 'constant.numeric.duration.topology', 'rto=1h10m');
    assertScope(scopesAt(own, 'goal', '2m30s'), 'constant.numeric.duration.topology', 'rpo=2m30s');
    assertScope(scopesAt(own, 'db: db', '1d12h'), 'constant.numeric.duration.topology', 'backup=1d12h');
    assertScope(scopesAt(own, 'db: db', '30m15s'), 'constant.numeric.duration.topology', 'restore=30m15s');
    assert.ok(!own[2]!.some((t) => t.text === '10m1h' && hasScope(t.scopes, 'constant.numeric.duration.topology')), 'repair=10m1h is no duration');
  });

  test('values: duration, percentage, range, number, enum, path, list, quoted string', () => {
    assertScope(scopesAt(lines, 'goal', '5'), 'constant.numeric.duration.topology', 'rto=5m');
    assertScope(scopesAt(lines, 'goal', 'm'), 'keyword.other.unit.topology', 'unit of 5m');
    assertScope(scopesAt(lines, 'goal', '99.95'), 'constant.numeric.percentage.topology', '99.95%');
    assertScope(scopesAt(lines, 'goal', '0'), 'constant.numeric.topology', 'rpo=0');
    assertScope(scopesAt(lines, '부하분산기', '5'), 'constant.numeric.duration.topology', 'interval=5s');
    assertScope(scopesAt(lines, '웹서버: was', '..'), 'keyword.operator.range.topology', '4..12');
    assertScope(scopesAt(lines, '웹서버: was', '12'), 'constant.numeric.range.topology', '4..12');
    assertScope(scopesAt(lines, '웹서버: was', 'stateless'), 'constant.language.enum.topology', 'state=stateless');
    assertScope(scopesAt(lines, '부하분산기', '/health'), 'string.unquoted.path.topology', 'health-check=/health');
    assertScope(scopesAt(lines, '부하분산기', ','), 'punctuation.separator.list.topology', 'zones list');
    assertScope(scopesAt(lines, '고객: client', '\\"'), 'constant.character.escape.topology', 'escaped quote');
    assertScope(scopesAt(lines, '고객: client', '고객 '), 'string.quoted.double.topology', 'quoted label');
  });

  test('attribute keys: known keys, flags, and references by key', () => {
    assertScope(scopesAt(lines, '웹서버: was', 'replicas'), 'support.type.property-name.attribute.topology', 'replicas');
    assertScope(scopesAt(lines, '부하분산기', 'vip'), 'support.type.property-name.attribute.topology', 'flag vip');
    assertScope(scopesAt(lines, '세션: cache', 'primary'), 'support.type.property-name.attribute.topology', 'role flag on a cache');
    assertScope(scopesAt(lines, '웹서버: was', '세션'), 'entity.name.function.node.reference.topology', 'sessions=NODE');
    assertScope(scopesAt(lines, '부하분산기', '서울-b'), 'entity.name.namespace.place.reference.topology', 'zones=…');
    assertScope(scopesAt(lines, 'zone 서울-a', '서울-a'), 'entity.name.namespace.place.topology', 'zone declaration');
    assertScope(scopesAt(lines, 'zone 서울-a', 'zone'), 'keyword.other.zone.topology', 'zone keyword');
  });

  test('edges: `->` with and without spaces, node references, the label', () => {
    assertScope(scopesAt(lines, '고객->', '->', 0), 'keyword.operator.arrow.topology', '`->` without spaces');
    assertScope(scopesAt(lines, '고객->', '->', 1), 'keyword.operator.arrow.topology', '`->` with spaces');
    assertScope(scopesAt(lines, '고객->', '고객'), 'entity.name.function.node.reference.topology', 'edge source');
    assertScope(scopesAt(lines, '고객->', '부하분산기'), 'entity.name.function.node.reference.topology', 'edge middle');
    assertScope(scopesAt(lines, '고객->', ' 주문 요청 '), 'string.unquoted.label.topology', 'edge label');
    assertScope(scopesAt(lines, '고객->', '#'), 'comment.line.number-sign.topology', 'comment after a label');
  });

  test('an `->` inside a quoted string or a comment does not make an edge', () => {
    assertScope(scopesAt(lines, '메모: db', '메모'), 'entity.name.function.node.topology', 'node with "->" in a string');
    assertNoScope(scopesAt(lines, '메모: db', '메모'), 'meta.statement.edge', 'node with "->" in a string');
  });

  test('comments and suppression directives', () => {
    assertScope(scopesAt(lines, '# 쇼핑몰', ' 쇼핑몰: 7-2 이후'), 'comment.line.number-sign.topology', 'whole-line comment');
    const d = scopesAt(lines, '# infra', 'infra-notes-disable-next-line');
    assertScope(d, 'comment.line.number-sign.topology', 'directive');
    assertScope(d, 'keyword.other.directive.suppression.topology', 'directive');
    assertScope(scopesAt(lines, '# infra', 'missing-replica'), 'constant.other.rule-id.topology', 'rule id');
    // `#` inside a word belongs to the word; after white space it starts a comment.
    const edge = lines.find((l) => l.map((t) => t.text).join('') === '웹서버 -> 주문DB#1 # 주석')!;
    const inWord = edge.find((t) => t.text.includes('주문DB#1'));
    assert.ok(inWord, `주문DB#1 is one token: ${JSON.stringify(edge.map((t) => t.text))}`);
    assertNoScope(inWord.scopes, 'comment', '주문DB#1');
    assertScope(scopesAt(lines, '웹서버 -> 주문DB#1', '#'), 'comment.line.number-sign.topology', 'comment after white space');
  });

  test('scenarios: steps and targets `zone:Z`, `NODE#K`, `xN`, `at=`', () => {
    const line = 'scenario';
    assertScope(scopesAt(lines, line, 'scenario'), 'keyword.other.scenario.topology', 'scenario keyword');
    assertScope(scopesAt(lines, line, '존-장애'), 'entity.name.function.scenario.topology', 'scenario name');
    assertScope(scopesAt(lines, line, 'fail'), 'keyword.control.step.topology', 'fail');
    assertScope(scopesAt(lines, line, 'zone'), 'keyword.other.place.topology', 'zone:');
    assertScope(scopesAt(lines, line, '서울-a'), 'entity.name.namespace.place.reference.topology', 'zone:서울-a');
    // `#` inside a word is not a comment: 웹서버#2 is an instance target.
    assertScope(scopesAt(lines, line, '웹서버'), 'entity.name.function.node.reference.topology', 'NODE#K');
    assertScope(scopesAt(lines, line, '#'), 'punctuation.separator.instance.topology', 'NODE#K');
    assertNoScope(scopesAt(lines, line, '#'), 'comment', 'NODE#K');
    assertScope(scopesAt(lines, line, '2'), 'constant.numeric.instance.topology', 'NODE#K');
    assertScope(scopesAt(lines, line, '5'), 'constant.numeric.factor.topology', 'x5');
    assertScope(scopesAt(lines, line, 'at', 1), 'support.type.property-name.attribute.topology', 'at=');
    assertScope(scopesAt(lines, line, ';'), 'punctuation.separator.step.topology', '; between steps');
  });
});

const NOTE = [
  '# 쇼핑몰 아키텍처',
  '',
  '```topology 쇼핑몰 7-1: scale-out',
  '웹서버: was replicas=2 # 두 대',
  'lb: lb health-check interval=30s',
  'lb -> 웹서버',
  '```',
  '이제 본문입니다.',
  '',
  '> 인용 안의 설계',
  '> ```topology',
  '> 캐시: cache replicas=2',
  '> ```',
  '',
  '- 목록 안의 설계',
  '  ```topology',
  '  큐: queue',
  '  ```',
  '',
  '~~~~topology 긴 펜스',
  '```',
  '~~~',
  '디스크: storage raid=1',
  '~~~~~',
  '펜스 다음 문단',
  '',
  '```python',
  'db: database  # not topology',
  '```',
  '',
  '```topologyx',
  'x: database',
  '```',
  '',
  '    ```topology',
  '    indented: database',
  '    ```',
].join('\n');

describe('Markdown injection (markdown.topology.codeblock)', () => {
  let lines: Token[][];
  before(async () => {
    lines = await tokenize('text.html.markdown', NOTE);
  });

  test('the opening fence: punctuation, language and title', () => {
    assertScope(scopesAt(lines, '```topology 쇼핑몰', '```'), 'punctuation.definition.markdown', 'fence');
    assertScope(scopesAt(lines, '```topology 쇼핑몰', '```'), 'markup.fenced_code.block.markdown', 'fence');
    assertScope(scopesAt(lines, '```topology 쇼핑몰', 'topology'), 'fenced_code.block.language.markdown', 'info word');
    assertScope(scopesAt(lines, '```topology 쇼핑몰', '쇼핑몰 7-1: scale-out'), 'fenced_code.block.language.attributes.markdown', 'title');
  });

  test('the block body is embedded topology', () => {
    const name = scopesAt(lines, '웹서버: was', '웹서버');
    assert.deepEqual(name.slice(0, 3), ['text.html.markdown', 'markup.fenced_code.block.markdown', 'meta.embedded.block.topology']);
    assertScope(name, 'entity.name.function.node.topology', 'Hangul node name');
    assertScope(scopesAt(lines, '웹서버: was', 'was'), 'support.type.kind.topology', 'kind');
    assertScope(scopesAt(lines, '웹서버: was', '#'), 'comment.line.number-sign.topology', 'comment');
    assertScope(scopesAt(lines, 'lb: lb', '30'), 'constant.numeric.duration.topology', 'duration');
    assertScope(scopesAt(lines, 'lb -> 웹서버', '->'), 'keyword.operator.arrow.topology', 'arrow');
  });

  test('the closing fence ends the embedded region', () => {
    // The first line that is exactly ``` closes the first block.
    const idx = lines.findIndex((l) => l.map((t) => t.text).join('') === '```');
    assert.equal(lines[idx - 1]!.map((t) => t.text).join(''), 'lb -> 웹서버');
    const fence = lines[idx]!.find((t) => t.text === '```')!.scopes;
    assertScope(fence, 'punctuation.definition.markdown', 'closing fence');
    assertScope(fence, 'markup.fenced_code.block.markdown', 'closing fence');
    assertNoScope(fence, 'meta.embedded.block.topology', 'closing fence');
    const prose = scopesAt(lines, '이제 본문입니다.', '이제 본문입니다.');
    assertNoScope(prose, 'markup.fenced_code', 'prose after the block');
    assertScope(prose, 'meta.paragraph.markdown', 'prose after the block');
  });

  test('a block inside a block quote and inside a list item', () => {
    const quoted = scopesAt(lines, '> 캐시', '캐시');
    assertScope(quoted, 'markup.quote.markdown', 'quoted block');
    assertScope(quoted, 'meta.embedded.block.topology', 'quoted block');
    assertScope(quoted, 'entity.name.function.node.topology', 'quoted block');
    assertNoScope(scopesAt(lines, '> ```', '```', 0), 'meta.embedded.block.topology', 'quoted closing fence');
    const listed = scopesAt(lines, '  큐', '큐');
    assertScope(listed, 'markup.list.unnumbered.markdown', 'block in a list');
    assertScope(listed, 'meta.embedded.block.topology', 'block in a list');
    assertScope(scopesAt(lines, '  큐', 'queue'), 'support.type.kind.topology', 'block in a list');
  });

  test('~~~~ is closed only by ~~~~ or longer: ``` and ~~~ inside are content', () => {
    assertScope(scopesAt(lines, '~~~~topology', '~~~~'), 'punctuation.definition.markdown', '~~~~ fence');
    assertScope(scopesAt(lines, '~~~~topology', '긴 펜스'), 'fenced_code.block.language.attributes.markdown', '~~~~ title');
    const tildeIdx = lines.findIndex((l) => l.map((t) => t.text).join('') === '~~~~topology 긴 펜스');
    for (const inner of [lines[tildeIdx + 1]!, lines[tildeIdx + 2]!]) {
      assertScope(inner[0]!.scopes, 'meta.embedded.block.topology', `${inner[0]!.text} inside ~~~~`);
    }
    assertScope(scopesAt(lines, '디스크', '디스크'), 'entity.name.function.node.topology', 'after the short fences');
    assertScope(scopesAt(lines, '디스크', '1'), 'constant.numeric.topology', 'raid=1');
    const close = scopesAt(lines, '~~~~~', '~~~~~');
    assertScope(close, 'punctuation.definition.markdown', 'longer closing fence');
    assertNoScope(close, 'meta.embedded.block.topology', 'longer closing fence');
    assertNoScope(scopesAt(lines, '펜스 다음 문단', '펜스 다음 문단'), 'markup.fenced_code', 'after the ~~~~ block');
  });

  test('other code blocks get no topology scopes', () => {
    const python = lines.find((l) => l.map((t) => t.text).join('').startsWith('db: database  #'))!;
    assert.ok(python.some((t) => hasScope(t.scopes, 'meta.embedded.block.python')), 'the python block is python');
    for (const t of python) assert.ok(!t.scopes.some((s) => s.endsWith('.topology')), `python token ${t.text}: ${t.scopes.join(' ')}`);
    for (const start of ['x: database', '    indented: database']) {
      const line = lines.find((l) => l.map((t) => t.text).join('') === start)!;
      for (const t of line) assert.ok(!t.scopes.some((s) => s.endsWith('.topology')), `${start}: ${t.scopes.join(' ')}`);
    }
  });
});

describe('grammar and language configuration files', () => {
  test('the JSON files parse and name what package.json refers to', () => {
    const grammar = JSON.parse(readFileSync(GRAMMAR_FILES['source.topology']!, 'utf8')) as { scopeName: string };
    assert.equal(grammar.scopeName, 'source.topology');
    const injection = JSON.parse(readFileSync(GRAMMAR_FILES['markdown.topology.codeblock']!, 'utf8')) as { scopeName: string; injectionSelector: string };
    assert.equal(injection.scopeName, 'markdown.topology.codeblock');
    assert.match(injection.injectionSelector, /^L:text\.html\.markdown\b/);
  });

  test('the word pattern takes Hangul names, NODE#K and values as one word, and stops at `->`', () => {
    const config = JSON.parse(readFileSync(ownFile('topology.language-configuration.json'), 'utf8')) as {
      comments: { lineComment: string };
      wordPattern: { pattern: string; flags: string };
    };
    assert.equal(config.comments.lineComment, '#');
    const word = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags}g`);
    const words = (s: string): string[] => s.match(word) ?? [];
    assert.deepEqual(words('웹서버-a.1 -> db#2'), ['웹서버-a.1', 'db#2']);
    assert.deepEqual(words('a->b'), ['a', 'b']);
    assert.deepEqual(words('availability=99.95% rto=5m autoscale=2..10'), ['availability', '99.95%', 'rto', '5m', 'autoscale', '2..10']);
  });
});

test('the grammar colours every rule id a suppression comment may name (the list is generated from RULE_IDS, not typed)', async () => {
  const { RULE_IDS } = await import('../../server/src/core');
  const text = readFileSync(ownFile('topology.tmLanguage.json'), 'utf8');
  const list = /\(\?:(multi-primary-auto-increment\|[a-z0-9|-]+)\)/.exec(text)?.[1]?.split('|') ?? [];
  assert.deepEqual([...list].sort(), [...RULE_IDS].sort());
});
