import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Design, escapeLabel, type Finding, findTopologyBlocks, MERMAID_LIMITS, parseDesign, type RuleId, shapeOf, toMermaid, toMermaidDiagram } from '../../server/src/core';

function design(body: string, title = ''): Design {
  const [b] = findTopologyBlocks('```topology ' + title + '\n' + body + '\n```\n');
  assert.ok(b);
  return parseDesign({ ...b, closed: b.closeLine !== null });
}

function finding(rule: RuleId, severity: Finding['severity'], line: number): Finding {
  return { rule, severity, span: { line, start: 0, end: 1 }, message: { en: rule, ko: rule } };
}

const SHOP = `goal availability=99.95% rto=5m rpo=0
region seoul
zone seoul-a region=seoul
zone seoul-b region=seoul
users: client label="고객 브라우저"
dns: dns routing=failover ttl=60s
lb: load-balancer layer=7 health-check replicas=2 vip zones=seoul-a,seoul-b
web: app-server replicas=4 autoscale=4..12 zones=seoul-a,seoul-b
sessions: cache engine=redis mode=sentinel replicas=3 zones=seoul-a,seoul-b
db: database engine=mysql primary zone=seoul-a
db-standby: database standby of=db replication=sync failover=auto zone=seoul-b
db-read: database replica of=db replication=async zone=seoul-b
mon: monitor watches=db,web
users -> dns -> lb -> web
web -> sessions
web -> db : writes
web -> db-read : reads`;

/** Every line of the output that declares a node: `nK<shape>"…"<shape>`. */
function nodeLines(text: string): string[] {
  return text.split('\n').filter((l) => /^\s*n\d+\W/.test(l) && !/-->|-\.->|<-\.->|-\.-o/.test(l));
}

describe('toMermaid', () => {
  test('is a flowchart LR and deterministic', () => {
    const a = toMermaid(design(SHOP), [finding('single-point-of-failure', 'warning', 9)]);
    const b = toMermaid(design(SHOP), [finding('single-point-of-failure', 'warning', 9)]);
    assert.equal(a, b);
    // The legend is a title line (front matter) above the flowchart, not a box.
    assert.match(a, /^---\ntitle: "Legend — thick red: single point of failure"\n---\nflowchart LR\n/);
    assert.match(toMermaid(design(SHOP), []), /^flowchart LR\n/);
    assert.doesNotMatch(a, /architecture-beta/);
  });

  test('ids are generated, never the user names', () => {
    const r = toMermaidDiagram(design(SHOP), []);
    assert.deepEqual([...r.ids.entries()].slice(0, 3), [
      ['users', 'n0'],
      ['dns', 'n1'],
      ['lb', 'n2'],
    ]);
    for (const line of r.text.split('\n').slice(1)) {
      const id = /^\s*(?:subgraph\s+)?([\w-]+)/.exec(line)?.[1];
      if (id && id !== 'end' && id !== 'classDef' && id !== 'class') assert.match(id, /^(n\d+(c\d+)?|z\d+|r\d+)$/, line);
    }
    assert.deepEqual(
      r.nodes.map((n) => [n.id, n.name, n.line]),
      [...design(SHOP).nodes.values()].map((n, i) => [`n${i}`, n.name, n.line]),
    );
  });

  test('regions and zones nest; a node over several zones is drawn in each, with its count there; links stay in a zone or cross it', () => {
    const { text, ids, nodes } = toMermaidDiagram(design(SHOP), []);
    const lines = text.split('\n');
    const at = (re: RegExp): number => lines.findIndex((l) => re.test(l));
    const region = at(/^ {2}subgraph r0\["region seoul"\]/);
    const zoneA = at(/^ {4}subgraph z0\["zone seoul-a"\]/);
    const zoneB = at(/^ {4}subgraph z1\["zone seoul-b"\]/);
    const db = at(new RegExp(`^ {6}${ids.get('db')}\\[\\(`));
    assert.ok(region >= 0 && zoneA > region && db > zoneA && zoneB > db, text);
    // web: replicas=4 over two zones → 2 in each, one copy per zone (n3 in seoul-a, n3c1 in seoul-b).
    const w = ids.get('web')!;
    const webA = at(new RegExp(`^ {6}${w}\\[`));
    const webB = at(new RegExp(`^ {6}${w}c1\\[`));
    assert.ok(webA > zoneA && webA < zoneB && webB > zoneB, text);
    assert.match(lines[webA]!, /app-server ×2 of 4 #40;4\.\.12#41;/);
    assert.match(lines[webB]!, /app-server ×2 of 4 #40;4\.\.12#41;/);
    // sessions: 3 instances round-robin over two zones → 2 and 1.
    const s = ids.get('sessions')!;
    assert.match(text, new RegExp(`${s}\\("sessions<br/>cache ×2 of 3"\\)`));
    assert.match(text, new RegExp(`${s}c1\\("sessions<br/>cache ×1 of 3"\\)`));
    assert.deepEqual(
      nodes.find((n) => n.name === 'sessions')!.placements,
      [
        { id: s, zone: 'seoul-a', count: 2, instances: [0, 2] },
        { id: `${s}c1`, zone: 'seoul-b', count: 1, instances: [1] },
      ],
    );
    // Links: lb → web inside each zone; web → db (only in seoul-a) from both copies, labelled once;
    // db → db-standby crosses from seoul-a to seoul-b.
    const l = ids.get('lb')!;
    assert.ok(text.includes(`  ${l} --> ${w}\n`) && text.includes(`  ${l}c1 --> ${w}c1\n`), text);
    assert.ok(!text.includes(`  ${l} --> ${w}c1\n`), text);
    assert.ok(text.includes(`  ${w} -->|"writes"| ${ids.get('db')}\n`) && text.includes(`  ${w}c1 --> ${ids.get('db')}\n`), text);
    // Unplaced nodes are at the top level.
    assert.ok(lines.some((l) => l.startsWith(`  ${ids.get('users')}([`)));
  });

  test('findings put words on the nodes they concern: SPOF, one zone, missed goals', () => {
    const d = design(SHOP);
    const goalLine = 0;
    const f = (rule: RuleId, line: number, data: Record<string, unknown>): Finding => ({ ...finding(rule, 'warning', line), data });
    const { text, nodes } = toMermaidDiagram(d, [
      f('single-point-of-failure', 9, { node: 'db' }),
      f('single-zone', 9, { scope: 'zone', zone: 'seoul-a', group: ['db', 'db-standby'] }),
      f('rto-not-met', goalLine, { worst: { type: 'zone', zone: 'seoul-a' } }),
      f('rpo-not-met', goalLine, { worst: { type: 'node', node: 'db' } }),
      f('availability-not-met', goalLine, { spofs: ['dns'] }),
    ]);
    const tags = (n: string): string[] => nodes.find((x) => x.name === n)!.tags;
    // db runs only in seoul-a, but its standby runs in seoul-b and takes over: the zone's loss does not make db miss the RTO.
    assert.deepEqual(tags('db'), ['spof', 'single-zone', 'rpo']);
    assert.deepEqual(tags('db-standby'), ['single-zone']);
    // Only what runs only in the lost zone misses the RTO: web runs in both zones.
    assert.deepEqual(tags('web'), []);
    assert.deepEqual(tags('dns'), ['availability']);
    assert.match(text, /"db<br\/>database · primary<br\/>▲ SPOF · one zone · misses RPO"/);
    // Without that standby, db is what the zone's loss takes down whole.
    const alone = design(SHOP.replace(/^db-standby: .*$/m, '').replace(/^db-read: .*$/m, '').replace(/^web -> db-read : reads$/m, ''));
    const t2 = toMermaidDiagram(alone, [f('rto-not-met', goalLine, { worst: { type: 'zone', zone: 'seoul-a' } })]).nodes.find((x) => x.name === 'db')!.tags;
    assert.deepEqual(t2, ['rto']);
    assert.match(toMermaid(d, [f('single-point-of-failure', 9, { node: 'db' })], { locale: 'ko' }), /▲ 단일 장애점/);
  });

  test('a shape per kind', () => {
    const kinds = ['client', 'dns', 'cdn', 'load-balancer', 'web-server', 'app-server', 'service', 'database', 'cache', 'queue', 'storage', 'monitor'] as const;
    const body = kinds.map((k, i) => `k${i}: ${k}`).join('\n');
    const lines = nodeLines(toMermaid(design(body), []));
    assert.equal(lines.length, kinds.length);
    kinds.forEach((k, i) => {
      const [open, close] = shapeOf(k);
      assert.ok(lines[i]!.includes(`n${i}${open}"`) && lines[i]!.endsWith(`"${close}`), `${k}: ${lines[i]}`);
    });
    assert.deepEqual(shapeOf('database'), ['[(', ')]']);
    assert.deepEqual(shapeOf('load-balancer'), ['{{', '}}']);
    assert.deepEqual(shapeOf('client'), ['([', '])']);
    // Distinct shapes for the kinds a learner must tell apart.
    const distinct = new Set(['client', 'dns', 'cdn', 'load-balancer', 'web-server', 'database', 'cache', 'queue', 'storage', 'monitor'].map((k) => shapeOf(k as never).join('')));
    assert.equal(distinct.size, 10);
  });

  test('request edges solid with labels, replication dotted with its mode, monitors dotted', () => {
    const { text, ids } = toMermaidDiagram(design(SHOP), []);
    const id = (n: string): string => ids.get(n)!;
    assert.ok(text.includes(`  ${id('users')} --> ${id('dns')}\n`));
    assert.ok(text.includes(`  ${id('web')} -->|"writes"| ${id('db')}\n`));
    assert.ok(text.includes(`  ${id('db')} -.->|"standby · sync · failover#61;auto"| ${id('db-standby')}\n`), text);
    assert.ok(text.includes(`  ${id('db')} -.->|"replica · async"| ${id('db-read')}\n`));
    assert.ok(text.includes(`  ${id('mon')} -.-o ${id('db')}\n`));
    const aa = toMermaid(design('a: database primary\nb: database primary of=a replication=async'), []);
    assert.match(aa, /n0 <-\.->\|"active-active · async"\| n1/);
  });

  test('replicas shown as ×N', () => {
    assert.match(toMermaid(design('w: web-server replicas=4'), []), /web-server ×4/);
    assert.doesNotMatch(toMermaid(design('w: web-server'), []), /×/);
  });

  test('findings mark nodes by class, strongest wins, with a legend', () => {
    const d = design('a: client\nb: web-server\nc: database\nd: cache\ne: queue');
    const { text, nodes } = toMermaidDiagram(d, [
      finding('single-point-of-failure', 'warning', 1),
      finding('no-health-check', 'warning', 1),
      finding('missing-replica', 'warning', 2),
      finding('manual-failover', 'info', 3),
      finding('undeclared-place', 'hint', 4),
    ]);
    assert.deepEqual(
      nodes.map((n) => n.mark),
      [null, 'spof', 'warning', 'info', null],
    );
    assert.match(text, /classDef spof [^\n]*stroke:#c62828/);
    assert.match(text, /classDef warning [^\n]*stroke:#d98a00/);
    assert.match(text, /classDef info [^\n]*stroke:#1565c0/);
    assert.match(text, /\n {2}class n1 spof\n/);
    assert.match(text, /\n {2}class n2 warning\n/);
    assert.match(text, /\n {2}class n3 info\n/);
    assert.match(text, /^---\ntitle: "Legend — thick red: single point of failure · amber: warning · blue: note"\n---\n/);
    assert.doesNotMatch(text, /subgraph/);
    assert.match(toMermaid(d, [finding('single-point-of-failure', 'warning', 1)], { locale: 'ko' } as never), /^---\ntitle: "범례 — 굵은 빨강: 단일 장애점 \(SPOF\)"/);
    // Dark theme colours.
    assert.match(toMermaid(d, [finding('single-point-of-failure', 'warning', 1)], { theme: 'dark' }), /classDef spof [^\n]*stroke:#ff6b6b/);
    // No findings: no classes, no legend.
    assert.doesNotMatch(toMermaid(d, []), /classDef|Legend|title/);
  });

  test('hostile names, labels, titles and edge labels cannot break out', () => {
    const hostile = [
      'a: client label="<img src=x onerror=alert(1)>"',
      'b: web-server label="x\\"] --> evil[\\"y"',
      'c: database label="%%{init: {\\"securityLevel\\": \\"loose\\"}}%%"',
      'd: cache label="`**md**` #quot; &amp; ﬂ°lt¶ß click b call alert(1)"',
      'a -> b : </text><script>alert(2)</script>',
      'b -> c',
    ].join('\n');
    const d = design(hostile, '<script>alert("t")</script> %%{init:{}}%%');
    const { text } = toMermaidDiagram(d, [finding('single-point-of-failure', 'warning', 0)]);
    // No raw markup or directive characters inside any label.
    for (const m of text.matchAll(/"([^"\n]*)"/g)) {
      // `<br/>` is the only markup, and it is ours.
      const label = m[1]!.replace(/<br\/>/g, '');
      assert.doesNotMatch(label, /[<>&%`{}]/, label);
    }
    // Every quote in the text delimits a label: an even number per line.
    for (const line of text.split('\n')) assert.equal((line.match(/"/g) ?? []).length % 2, 0, line);
    assert.doesNotMatch(text, /%%\{/);
    assert.doesNotMatch(text, /^\s*click /m);
    assert.ok(text.includes('#lt;img src#61;x onerror#61;alert#40;1#41;#gt;'));
    assert.ok(!text.includes('alert("t")'), 'the title is not in the diagram');
    assert.equal(escapeLabel('a"b'), 'a#quot;b');
    assert.equal(escapeLabel('<&>'), '#lt;#amp;#gt;');
    assert.equal(escapeLabel('#%`'), '#35;#37;#96;');
    assert.equal(escapeLabel('ﬂ°lt¶ß'), '#64258;°lt#182;ß');
    assert.equal(escapeLabel('line\nbreak\u2028x'), 'line break x');
    assert.equal(escapeLabel('고객 브라우저'), '고객 브라우저');
  });

  test('unknown kinds and unknown references do not crash', () => {
    const d = design('a: serverr\nb: web-server\na -> b\nb -> ghost\nc: database standby of=ghost');
    const text = toMermaid(d, d.findings);
    assert.match(text, /n0\["a<br\/>serverr\?"\]/);
    assert.doesNotMatch(text, /ghost/);
    assert.match(text, /class n0(,n\d+)* error/);
  });

  test('a 500-node design stays within the raised mermaid limits', () => {
    const lines = ['region r', 'zone z1 region=r', 'zone z2 region=r'];
    for (let i = 0; i < 500; i++) {
      lines.push(`node-${i}: ${i % 5 === 0 ? 'database' : 'app-server'} replicas=2 zone=z${(i % 2) + 1} label="주문 처리 서버 ${i}"`);
    }
    for (let i = 1; i < 500; i++) lines.push(`node-${Math.floor((i - 1) / 2)} -> node-${i} : call ${i}`);
    for (let i = 1; i < 500; i++) if ((i * 7) % 500 !== i) lines.push(`node-${i} -> node-${(i * 7) % 500}`);
    const d = design(lines.join('\n'));
    assert.equal(d.nodes.size, 500);
    const r = toMermaidDiagram(d, []);
    assert.equal(r.nodes.length, 500);
    assert.ok(r.edgeCount > 500, `beyond mermaid's default maxEdges (${r.edgeCount})`);
    assert.ok(r.text.length > 50_000, `beyond mermaid's default maxTextSize (${r.text.length})`);
    assert.ok(r.text.length < MERMAID_LIMITS.maxTextSize / 4, `${r.text.length}`);
    assert.ok(r.edgeCount > 0 && r.edgeCount < MERMAID_LIMITS.maxEdges / 10);
  });
});

describe('labels as written (issue 14)', () => {
  test('an edge label keeps its source text: `a=b` is not re-tokenized into "a = b", quotes and spacing stay', () => {
    const d = design('a: client\nb: web-server\na -> b : a=b "quoted" /api/*  share=20%   # a comment\n');
    assert.equal(d.edges[0]!.label, 'a=b "quoted" /api/*  share=20%');
    // Escaped for mermaid, never re-worded: the entities decode back to exactly the label.
    const text = toMermaid(d, []);
    const m = /-->\|"([^"]*)"\|/.exec(text);
    assert.ok(m, text);
    const decoded = m[1]!.replace(/#(\d+);/g, (_x, n: string) => String.fromCharCode(Number(n))).replace(/#quot;/g, '"');
    assert.equal(decoded, 'a=b "quoted" /api/*  share=20%');
  });

  test('a node label is its string as written', () => {
    const d = design('a: client label="x=y, \\"z\\""\n');
    assert.equal(d.nodes.get('a')!.label, 'x=y, "z"');
  });
});

test('a monitor watching one node (`watches=db`, a single name) is drawn to it, as one watching a list is', () => {
  const link = (body: string, from: string, to: string): boolean => {
    const { text, ids } = toMermaidDiagram(design(body), []);
    return text.includes(`  ${ids.get(from)} -.-o ${ids.get(to)}\n`);
  };
  assert.ok(link('users: client\napp: app-server\ndb: database\nmon: monitor watches=db\nusers -> app -> db', 'mon', 'db'));
  assert.ok(link('users: client\napp: app-server\ndb: database\nmon: monitor watches=db,app\nusers -> app -> db', 'mon', 'app'));
});
