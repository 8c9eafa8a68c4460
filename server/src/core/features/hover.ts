/** Hover: a node's facts, a keyword's or attribute's meaning, an infrastructure term in prose. */
import { profileLabel, timingsOf, type Timing } from '../model/profiles';
import { koDuration } from '../shared/duration';
import { findTermAt, formatTermHover } from '../glossary';
import {
  anyAttrSpec,
  attrSpec,
  attrsOf,
  GOAL_ATTRS,
  KEYWORD_DOCS,
  lookupKind,
  STATEMENT_KEYWORDS,
  type AttrSpec,
} from '../syntax/schema';
import { toRange, type DesignEntry, type DocumentAnalysis, type Pos, type Range, TopologyService } from './service';
import type { Design, Locale, Localized, RefKind, TopologyNode } from '../syntax/ast';
import { formatDuration, formatPercent } from '../syntax/values';
import { itemAt, tokenAt } from './names';
import { estimateLine, interactiveEstimate } from './code-lens';

export interface HoverResult {
  markdown: string;
  range: Range;
}

export interface HoverOptions {
  /** Show the other language too, below a rule (setting `infraNotes.hover.bothLanguages`); default: the user's language only. */
  bothLanguages?: boolean;
}

const other = (l: Locale): Locale => (l === 'ko' ? 'en' : 'ko');

/** What to show when hovering a position: a node, a keyword, or an infrastructure term in prose. */
export function hover(service: TopologyService, a: DocumentAnalysis, pos: Pos, locale: Locale, options: HoverOptions = {}): HoverResult | null {
  const twoLanguages = options.bothLanguages === true;
  const both = (t: Localized, l: Locale): string => (twoLanguages ? `${t[l]}\n\n---\n\n${t[other(l)]}` : t[l]);
  const entry = service.designAt(a, pos.line);
  if (entry) {
    const rel = pos.line - entry.firstLine;
    if (rel < 0) return fenceHover(a, entry, pos, locale, both);
    if (entry.closeLine !== null && pos.line === entry.closeLine) return null;
    return designHover(entry, rel, pos, locale, both);
  }
  if (!service.isProse(a, pos.line)) return null;
  const text = a.lines[pos.line] ?? '';
  const hit = findTermAt(text, pos.character);
  if (!hit || insideUrl(text, hit.start)) return null;
  return {
    markdown: formatTermHover(hit.entry, locale, twoLanguages),
    range: { start: { line: pos.line, character: hit.start }, end: { line: pos.line, character: hit.end } },
  };
}

/** Whether a column falls inside a URL (`https://…`): its words are not prose. */
function insideUrl(text: string, at: number): boolean {
  const re = /[a-z][a-z0-9+.-]*:\/\/[^\s)>\]]*/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) if (at >= m.index && at < m.index + m[0].length) return true;
  return false;
}

function fenceHover(a: DocumentAnalysis, entry: DesignEntry, pos: Pos, locale: Locale, both: Show): HoverResult | null {
  const d = entry.design;
  const text = a.lines[pos.line] ?? '';
  const title = d.title || (locale === 'ko' ? `설계 ${entry.index + 1}` : `Design ${entry.index + 1}`);
  const line = estimateLine(d);
  const e = line ? interactiveEstimate(d) : null;
  const worst = (l: Locale): string => {
    if (!e) return '';
    const name = (t: { type: string; node?: string; zone?: string; region?: string }): string => (t.type === 'node' ? `\`${t.node}\`` : t.type === 'zone' ? `zone \`${t.zone}\`` : `region \`${t.region}\``);
    const parts: string[] = [];
    if (e.worstRto) parts.push(l === 'ko' ? `가장 오래 걸리는 복구: ${name(e.worstRto.target)} 장애` : `Slowest recovery: losing ${name(e.worstRto.target)}`);
    if (e.worstRpo && e.worstRpo.rpo > 0) parts.push(l === 'ko' ? `가장 많이 잃는 쓰기: ${name(e.worstRpo.target)} 장애` : `Most writes lost: losing ${name(e.worstRpo.target)}`);
    if (e.spofs.length) parts.push(l === 'ko' ? `단일 장애점: ${e.spofs.map((s) => `\`${s}\``).join(', ')}` : `Single points of failure: ${e.spofs.map((s) => `\`${s}\``).join(', ')}`);
    return parts.length ? '\n\n' + parts.join('\n\n') : '';
  };
  const counts: Localized = {
    en: `**${title}** — ${count(d.nodes.size, 'node')}, ${count(d.edges.length, 'edge')}, ${count(d.scenarios.length, 'scenario')}${line ? `\n\nEstimate: ${line.en}` : ''}${worst('en')}`,
    ko: `**${title}** — 노드 ${d.nodes.size}개, 연결 ${d.edges.length}개, 시나리오 ${d.scenarios.length}개${line ? `\n\n추정: ${line.ko}` : ''}${worst('ko')}`,
  };
  return {
    markdown: both(counts, locale),
    range: { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: text.length } },
  };
}

/** A localized text as the hover shows it: one language, or both. */
type Show = (t: Localized, locale: Locale) => string;

function designHover(entry: DesignEntry, rel: number, pos: Pos, locale: Locale, both: Show): HoverResult | null {
  const d = entry.design;
  const item = itemAt(d, rel, pos.character);
  if (item) {
    const range = toRange(entry, item.span);
    if (item.kind === 'node') {
      const node = d.nodes.get(item.name);
      if (!node) return null;
      return { markdown: both(nodeFacts(d, node), locale), range };
    }
    return { markdown: both(placeFacts(d, item.kind, item.name), locale), range };
  }
  const at = tokenAt(entry, rel, pos.character);
  if (!at) return null;
  const { tok, toks } = at;
  const range = toRange(entry, { line: rel, start: tok.start, end: tok.end });
  const i = toks.indexOf(tok);
  // A kind word: `name: KIND`.
  if (i === 2 && toks[1]?.k === 'colon' && toks[0]?.k === 'word' && !STATEMENT_KEYWORDS.includes(toks[0].text as never)) {
    const k = lookupKind(tok.text);
    if (k) {
      const aliases = k.aliases.length ? ` (${k.aliases.join(', ')})` : '';
      const doc: Localized = {
        en: `**${k.id}**${aliases} — ${k.doc.en}\n\nAttributes: ${attrsOf(k.id).map((x) => '`' + x.key + '`').join(', ')}`,
        ko: `**${k.id}**${aliases} — ${k.doc.ko}\n\n속성: ${attrsOf(k.id).map((x) => '`' + x.key + '`').join(', ')}`,
      };
      return { markdown: both(doc, locale), range };
    }
  }
  const first = toks[0];
  const node = first && toks[1]?.k === 'colon' ? d.nodes.get(first.text) : undefined;
  const isGoal = first?.text === 'goal' && toks[1]?.k !== 'colon';
  // An attribute key (followed by `=` or a bare flag) or its value (after `=`).
  if (toks[i - 1]?.k === 'eq' || (toks[i - 1]?.k === 'comma' && i > 2)) {
    let j = i - 1;
    while (j > 0 && toks[j]!.k !== 'eq') j--;
    const keyTok = toks[j - 1];
    const spec = keyTok ? specFor(node, isGoal, keyTok.text) : undefined;
    if (spec && spec.key === 'engine' && node) return { markdown: both(engineDoc(node, tok.text), locale), range };
    if (spec) {
      if (spec.type.t === 'enum') {
        const v = spec.type.values.find((e) => e.name === tok.text);
        if (v) return { markdown: both({ en: `\`${spec.key}=${v.name}\` — ${v.doc.en}`, ko: `\`${spec.key}=${v.name}\` — ${v.doc.ko}` }, locale), range };
      }
      const dur = spec.type.t === 'duration' ? durationNote(tok.text) : null;
      return { markdown: both(attrDoc(spec, dur), locale), range };
    }
  }
  if (i >= 1) {
    const spec = specFor(node, isGoal, tok.text);
    if (spec && (node || isGoal)) return { markdown: both(attrDoc(spec, null), locale), range };
  }
  const kw = KEYWORD_DOCS[tok.text];
  if (kw && (i === 0 || toks[i - 1]?.k === 'semi' || (toks[0]?.text === 'scenario' && i === 3) || tok.text === 'zone' || tok.text === 'region')) {
    return { markdown: both({ en: `**${tok.text}** — ${kw.en}`, ko: `**${tok.text}** — ${kw.ko}` }, locale), range };
  }
  return null;
}

function durationNote(raw: string): Localized | null {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(raw);
  if (!m) return null;
  const secs = Number(m[1]) * ({ ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2]!]!;
  return { en: `${raw} = ${secs} seconds`, ko: `${raw} = ${secs}초` };
}

function specFor(node: TopologyNode | undefined, isGoal: boolean, key: string): AttrSpec | undefined {
  if (isGoal) return GOAL_ATTRS.find((g) => g.key === key);
  if (node?.kind) return attrSpec(node.kind, key);
  return node ? anyAttrSpec(key) : undefined;
}

function attrDoc(spec: AttrSpec, extra: Localized | null): Localized {
  const values = spec.type.t === 'enum' ? spec.type.values.map((v) => `\`${v.name}\``).join(' | ') : '';
  return {
    en: `**${spec.key}** — ${spec.doc.en}${values ? `\n\nValues: ${values}` : ''}${extra ? `\n\n${extra.en}` : ''}`,
    ko: `**${spec.key}** — ${spec.doc.ko}${values ? `\n\n값: ${values}` : ''}${extra ? `\n\n${extra.ko}` : ''}`,
  };
}

function nodeFacts(d: Design, n: TopologyNode): Localized {
  const callers = d.edges.filter((e) => e.to === n.name).map((e) => e.from);
  const callees = d.edges.filter((e) => e.from === n.name).map((e) => (e.label ? `${e.to} (${e.label})` : e.to));
  const copies = [...d.nodes.values()].filter((x) => x.of === n.name).map((x) => `${x.name} (${x.role ?? 'copy'})`);
  const kind = n.kind ?? (n.kindText || '?');
  const label = n.label ? ` — ${n.label}` : '';
  const auto = n.attrs.get('autoscale')?.value;
  const autoText = auto && auto.type === 'range' ? ` (autoscale ${auto.min}..${auto.max})` : '';
  const uniq = (xs: string[]): string[] => [...new Set(xs)];
  const list = (xs: string[], none: string): string => (xs.length ? uniq(xs).map((x) => `\`${x}\``).join(', ') : none);
  const place = n.zones.length ? n.zones.join(', ') : n.region ?? '';
  const avail = formatPercent(n.availability);
  const hb = n.attrs.get('heartbeat')?.value;
  const extraEn: string[] = [];
  const extraKo: string[] = [];
  if (n.role) {
    extraEn.push(`Role: ${n.role}${n.of ? ` of \`${n.of}\`` : ''}`);
    extraKo.push(`역할: ${n.role}${n.of ? ` (\`${n.of}\`의)` : ''}`);
  }
  if (hb && hb.type === 'duration') {
    extraEn.push(`Heartbeat: ${formatDuration(hb.seconds)}`);
    extraKo.push(`하트비트: ${formatDuration(hb.seconds)}`);
  }
  if (copies.length) {
    extraEn.push(`Copies: ${list(copies, '')}`);
    extraKo.push(`복제본: ${list(copies, '')}`);
  }
  const prof = profileFacts(n);
  extraEn.push(prof.en);
  extraKo.push(prof.ko);
  return {
    en: [
      `**${n.name}** · ${kind} ×${n.replicas}${autoText}${label}`,
      `Instances: ${n.replicas}${place ? ` in ${place}` : ''} · availability ${avail} each`,
      ...extraEn,
      `Called by: ${list(callers, 'nothing')}`,
      `Calls: ${list(callees, 'nothing')}`,
    ].join('\n\n'),
    ko: [
      `**${n.name}** · ${kind} ×${n.replicas}${autoText}${label}`,
      `인스턴스: ${n.replicas}개${place ? ` (${place})` : ''} · 인스턴스당 가용성 ${avail}`,
      ...extraKo,
      `호출하는 쪽: ${list(callers, '없음')}`,
      `호출하는 대상: ${list(callees, '없음')}`,
    ].join('\n\n'),
  };
}

function placeFacts(d: Design, kind: RefKind, name: string): Localized {
  const nodes = [...d.nodes.values()].filter((n) => (kind === 'zone' ? n.zones.includes(name) : n.region === name || n.zones.some((z) => d.zones.get(z)?.region === name)));
  const place = kind === 'zone' ? d.zones.get(name) : d.regions.get(name);
  const list = nodes.length ? nodes.map((n) => `\`${n.name}\``).join(', ') : '—';
  const inRegion = kind === 'zone' && place?.region ? place.region : null;
  const implicit = place && !place.span;
  return {
    en: `**${kind} ${name}**${inRegion ? ` (region ${inRegion})` : ''}${implicit ? ' — not declared, implied by use' : ''}\n\nNodes here: ${list}`,
    ko: `**${kind} ${name}**${inRegion ? ` (리전 ${inRegion})` : ''}${implicit ? ' — 선언 없이 사용으로 정해짐' : ''}\n\n여기 있는 노드: ${list}`,
  };
}

/** A timing with where it comes from: the attribute that set it, or the profile's cite key. */
function src(t: Timing, locale: 'en' | 'ko'): string {
  if (t.attr) return locale === 'ko' ? `\`${t.attr}=\`` : `\`${t.attr}=\``;
  return t.status === 'generic' ? (locale === 'ko' ? '범용 기본값' : 'generic') : t.cite;
}
const dEn = (s: number): string => formatDuration(s);
const dKo = (s: number): string => koDuration(s);

/**
 * The profile that applied to a node and its key timings, each with its source
 * (an attribute, a cite key of docs/defaults.md, or "generic").
 */
function profileFacts(n: TopologyNode): Localized {
  const tm = timingsOf(n);
  const en: string[] = [];
  const ko: string[] = [];
  const name = { en: profileLabel(tm.profile, 'en'), ko: profileLabel(tm.profile, 'ko') };
  const eng = tm.engine ? ` (\`engine=${tm.engine}\`)` : '';
  const unknown = tm.engine && !tm.known;
  en.push(`Profile: **${name.en}**${eng}${unknown ? ' — no profile for this engine: generic timings' : ''} · sources in docs/defaults.md`);
  ko.push(`프로필: **${name.ko}**${eng}${unknown ? ' — 이 engine에는 프로필이 없어 범용 기본값을 씁니다' : ''} · 출처는 docs/defaults.md`);
  const kind = n.kind;
  if (kind === 'load-balancer' || kind === 'gateway' || (tm.profile.id === 'k8s-service' && n.replicas >= 2)) {
    if (tm.checks) {
      const how = tm.passive
        ? { en: `${tm.failures.value} failed request × ${dEn(tm.timeout.value)} (passive)`, ko: `실패한 요청 ${tm.failures.value}번 × ${dKo(tm.timeout.value)}(패시브 체크)` }
        : { en: `every ${dEn(tm.interval.value)} [${src(tm.interval, 'en')}] × ${tm.failures.value} failures [${src(tm.failures, 'en')}]`, ko: `${dKo(tm.interval.value)}마다 [${src(tm.interval, 'ko')}] × 실패 ${tm.failures.value}번 [${src(tm.failures, 'ko')}]` };
      en.push(`Health checks: ${how.en} → a dead instance is removed after ${dEn(tm.removal)}`);
      ko.push(`헬스 체크: ${how.ko} → 죽은 인스턴스는 ${dKo(tm.removal)} 뒤 빠집니다`);
    } else if (kind === 'load-balancer' || kind === 'gateway') {
      en.push('Health checks: none — a dead instance keeps its share until it is repaired');
      ko.push('헬스 체크: 없음 — 죽은 인스턴스도 복구될 때까지 제 몫의 요청을 받습니다');
    }
  }
  if (kind === 'load-balancer' && n.attrs.has('vip')) {
    en.push(`Virtual IP: moves in ${dEn(tm.vipMove)} (keepalived: 3 × advert_int [${tm.heartbeat.attr ? src(tm.heartbeat, 'en') : 'keepalived-man'}] + skew ${dEn(tm.skew.value)})`);
    ko.push(`가상 IP: ${dKo(tm.vipMove)} 안에 옮겨 갑니다(keepalived: advert_int × 3 [${tm.heartbeat.attr ? src(tm.heartbeat, 'ko') : 'keepalived-man'}] + 지연 ${dKo(tm.skew.value)})`);
  }
  if (tm.hostLoss && n.replicas >= 2) {
    en.push(`Node lost: its pods leave the Service after ${dEn(tm.hostLoss.value)} (node-monitor-grace-period, ${tm.hostLoss.cite})`);
    ko.push(`노드를 잃으면: ${dKo(tm.hostLoss.value)} 뒤 그 파드가 Service에서 빠집니다(node-monitor-grace-period, ${tm.hostLoss.cite})`);
  }
  if (kind === 'dns') {
    en.push(`Failover: checks every ${dEn(tm.interval.value)} × ${tm.failures.value} + TTL ${dEn(tm.ttl.value)} [${src(tm.ttl, 'en')}] = ${dEn(tm.dnsSwitch)}`);
    ko.push(`페일오버: ${dKo(tm.interval.value)}마다 체크 × ${tm.failures.value}번 + TTL ${dKo(tm.ttl.value)} [${src(tm.ttl, 'ko')}] = ${dKo(tm.dnsSwitch)}`);
  }
  const data = kind === 'database' || kind === 'cache' || kind === 'storage' || kind === 'queue' || kind === 'consensus';
  if (data && !tm.managed && (n.replicas >= 2 || n.role === 'primary' || n.role === 'standby' || tm.profile.id !== 'generic')) {
    en.push(`Failover: detection ${dEn(tm.detect.value)} (${tm.detectHow.en}) [${src(tm.detect, 'en')}] + promotion ${dEn(tm.promote.value)} [${src(tm.promote, 'en')}]; by a person ${dEn(tm.manualPromote.value)}`);
    ko.push(`페일오버: 감지 ${dKo(tm.detect.value)}(${tm.detectHow.ko}) [${src(tm.detect, 'ko')}] + 승격 ${dKo(tm.promote.value)} [${src(tm.promote, 'ko')}], 사람이 승격하면 ${dKo(tm.manualPromote.value)}`);
  }
  if (tm.managed) {
    if (tm.failover) {
      en.push(`Managed: fails over by itself in ${dEn(tm.failover.value)} [${src(tm.failover, 'en')}]${tm.failover.range ? ` (documented ${tm.failover.range[0]}–${tm.failover.range[1]} s, judged on the slow end)` : ''}; down with its region`);
      ko.push(`관리형: ${dKo(tm.failover.value)} 안에 스스로 페일오버합니다 [${src(tm.failover, 'ko')}]${tm.failover.range ? `(문서상 ${tm.failover.range[0]}~${tm.failover.range[1]}초, 느린 쪽으로 판단)` : ''}. 리전을 잃으면 함께 멈춥니다`);
    } else {
      en.push('Managed, single instance: nothing fails over — its loss lasts until it is repaired');
      ko.push('관리형 단일 인스턴스: 넘겨받을 것이 없어 복구될 때까지 멈춥니다');
    }
  }
  // The model's value: a cluster whose SLA depends on its zones (Aurora) may get its Single-AZ figure.
  const singleZone = n.availability !== tm.availability.value && tm.profile.values.availabilitySingleZone?.v === n.availability;
  en.push(`Availability ${formatPercent(n.availability)} [${src(tm.availability, 'en')}${singleZone ? ', Single-AZ: the design shows its instances in one zone' : ''}] · repair ${dEn(tm.repair.value)} [${src(tm.repair, 'en')}]`);
  ko.push(`가용성 ${formatPercent(n.availability)} [${src(tm.availability, 'ko')}${singleZone ? ', 단일 AZ: 설계상 인스턴스가 한 존에만 있음' : ''}] · 교체 복구 ${dKo(tm.repair.value)} [${src(tm.repair, 'ko')}]`);
  return { en: en.join('\n\n'), ko: ko.join('\n\n') };
}

/** The hover on an `engine=` value: the profile it selects. */
function engineDoc(n: TopologyNode, word: string): Localized {
  const tm = timingsOf(n);
  const name = { en: profileLabel(tm.profile, 'en'), ko: profileLabel(tm.profile, 'ko') };
  if (!tm.known)
    return {
      en: `\`engine=${word}\` — no technology profile for this product: the generic timings apply (docs/defaults.md, "Generic profile").`,
      ko: `\`engine=${word}\` — 이 제품의 기술 프로필이 없어 범용 기본값을 씁니다(docs/defaults.md, "Generic profile").`,
    };
  return {
    en: `\`engine=${word}\` selects the **${name.en}** profile (\`${tm.profile.id}\`)${tm.managed ? ', a managed service' : ''}: its documented timings, each overridable by an attribute (docs/defaults.md).`,
    ko: `\`engine=${word}\` — **${name.ko}** 프로필(\`${tm.profile.id}\`)을 고릅니다${tm.managed ? '(관리형 서비스)' : ''}. 문서화된 시간 값을 쓰고, 값마다 속성으로 바꿀 수 있습니다(docs/defaults.md).`,
  };
}

/** `1 scenario`, `2 scenarios`, `0 scenarios`: an English count with its noun. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
