import { steadyState } from '../analysis/capacity';
import { Engine } from '../analysis/simulation/engine';
import { LIMITS } from '../syntax/limits';
import { textAttr } from '../syntax/attrs';
import { durationIn } from '../shared/duration';
import { buildModel, consumerInstances, consumerServices, isLog, parseRouteLabel, servingInstances, type SimNode } from '../model/request-graph';
import { L, nodeFinding, type Facts } from './facts';
import { fix, instanceCountFixes, setAttr } from './fixes';
import type { Rule } from './rule';
import { josa } from '../shared/josa';
import type { Design, Finding, Localized } from '../syntax/ast';

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');

/** A node offered more requests than its instances can serve with nothing failed (failure-model §6). */
export const overCapacity: Rule<'over-capacity'> = {
  id: 'over-capacity',
  check({ design }) {
    const m = buildModel(design);
    const st = steadyState(m);
    if (!st) return [];
    const out: Finding[] = [];
    for (const s of m.nodes) {
      if (s.client || s.ignored || s.capacity === null) continue;
      const cf = st.cf[s.idx]!;
      if (cf >= 1 - 1e-9) continue;
      const offered = st.load[s.idx]!;
      const live = st.live[s.idx]!;
      const serving = servingInstances(s, live);
      const served = serving * s.capacity;
      const dropped = Math.round((1 - cf) * 1000) / 10;
      const need = Math.ceil(offered / s.capacity - 1e-9);
      if (serving < live) {
        // An active/passive pair (a virtual IP) or a single writer: more instances do not add capacity.
        const front = s.activeOne ? m.nodes[s.callers[0]!]!.name : null;
        const mongo = /^mongo/.test((textAttr(s.node, 'engine') ?? '').toLowerCase());
        const what = s.primaryOnly
          ? mongo
            ? L('every read and write goes to its primary with MongoDB\'s default read preference, `primary`; the secondaries are copies', 'MongoDB의 기본 읽기 설정(`primary`)에서는 읽기와 쓰기가 모두 프라이머리로 가고 세컨더리는 사본입니다')
            : L('Group Replication in single-primary mode, the default: the primary takes the writes, the secondaries are read-only copies', 'Group Replication의 기본인 단일 프라이머리 모드에서는 프라이머리만 쓰기를 받고 세컨더리는 읽기 전용 사본입니다')
          : front !== null ? L(`\`${front}\` sends everything to one of them at a time (\`algorithm=active-backup\`), the others are its backups`, `${josa(`\`${front}\``, '이/가')} 한 번에 하나에만 보내고(\`algorithm=active-backup\`) 나머지는 백업입니다`) : s.vip ? L('the instance holding its virtual IP serves, the other waits to take it over', '가상 IP를 가진 인스턴스 하나만 처리하고 나머지는 넘겨받기를 기다립니다') : L('its writer serves, the others wait to be promoted', '쓰기 인스턴스 하나만 처리하고 나머지는 승격을 기다립니다');
        out.push(
          nodeFinding(
            'over-capacity',
            s.node,
            L(
              `\`${s.name}\` is offered ${fmt(offered)} req/s, but only one of its ${live} instances serves at a time (${what.en}): ${fmt(served)} req/s, so ${dropped}% of its requests are dropped with nothing failed. ${s.primaryOnly ? `More members do not help: use a larger primary (at least ${fmt(offered)} req/s), send the reads that can be a little stale to the secondaries (${mongo ? 'read preference \`secondaryPreferred\`, written as \`secondary reads\` on the edge' : 'MySQL Router\'s read-only port, written as a \`reads\` edge'}), or shard the data.` : front !== null ? `More instances do not help while one takes everything: spread the reads over them (another balancer or port without \`backup\`, the writes kept on one), or use larger instances (at least ${fmt(offered)} req/s each).` : `More instances of the pair do not help: use larger instances (at least ${fmt(offered)} req/s each), or spread the load over several active instances behind a balancer.`}`,
              `\`${s.name}\`에 초당 ${fmt(offered)}건이 오는데, 인스턴스 ${live}개 중 한 번에 하나만 처리합니다(${what.ko}). 초당 ${fmt(served)}건만 처리하므로 아무 장애가 없어도 요청의 ${dropped}%가 버려집니다. ${s.primaryOnly ? `멤버를 늘려도 소용없습니다. 초당 ${fmt(offered)}건 이상을 처리하는 더 큰 프라이머리를 쓰거나, 조금 늦어도 되는 읽기를 세컨더리로 보내거나(${mongo ? '읽기 설정 \`secondaryPreferred\`, 엣지에 \`secondary reads\`로 적음' : 'MySQL Router의 읽기 전용 포트, \`reads\` 엣지로 적음'}), 데이터를 샤딩하세요.` : front !== null ? `하나가 모두 받는 동안은 인스턴스를 늘려도 소용없습니다. 읽기를 여러 인스턴스에 나누거나(\`backup\` 없는 다른 밸런서나 포트, 쓰기는 하나에), 인스턴스마다 초당 ${fmt(offered)}건 이상을 처리하는 더 큰 인스턴스를 쓰세요.` : `같은 쌍의 인스턴스를 늘려도 소용없습니다. 인스턴스마다 초당 ${fmt(offered)}건 이상을 처리하는 더 큰 인스턴스를 쓰거나, 로드밸런서 뒤의 여러 활성 인스턴스로 부하를 나누세요.`}`,
            ),
            { offered, capacity: served, perInstance: s.capacity, instances: live, dropped: 1 - cf, need: null, activePassive: true },
          ),
        );
        continue;
      }
      const scaled = s.autoscale ? L(` even at its autoscale maximum of ${s.autoscale.max}`, ` 오토스케일 최대 ${s.autoscale.max}개로도`) : L('', '');
      const grow = onePrimary(s) ?? L(` It needs ${need} instances.`, ` 인스턴스가 ${need}개 필요합니다.`);
      out.push(
        nodeFinding(
          'over-capacity',
          s.node,
          L(
            `\`${s.name}\` is offered ${fmt(offered)} req/s, but its ${live} instance${live === 1 ? '' : 's'} × ${fmt(s.capacity)} req/s serve ${fmt(served)} req/s${scaled.en}: ${dropped}% of its requests are dropped with nothing failed.${grow.en}`,
            `\`${s.name}\`에 초당 ${fmt(offered)}건이 오는데 인스턴스 ${live}개 × 초당 ${fmt(s.capacity)}건으로는${scaled.ko} 초당 ${fmt(served)}건만 처리합니다. 아무 장애가 없어도 요청의 ${dropped}%가 버려집니다.${grow.ko}`,
          ),
          { offered, capacity: served, perInstance: s.capacity, instances: live, dropped: 1 - cf, need: onePrimary(s) ? null : need },
        ),
      );
    }
    // A queue's consumers slower than what arrives, with nothing failed: the backlog grows without bound (the
    // producers are not slowed, so nothing else reports it).
    // (A log — Kafka, Kinesis — delivers every message to each consuming service, its own consumer group: each group must
    // keep up alone, its lag its own — round 67b r06: the groups' capacities were summed.)
    for (const q of m.nodes) {
      if (!q.consumers.length || q.ignored) continue;
      const inflow = st.load[q.idx]!;
      const groups = isLog(q) ? consumerServices(q, m.nodes) : [q.consumers];
      for (const g of groups) {
      const cs = g.map((c) => m.nodes[c]!);
      // (Serverless consumers too — Cloud Run, Lambda: their capacity and autoscale maximum are written; round 122 r03.)
      if (!(inflow > 0) || cs.some((c) => c.capacity === null || (c.managed && c.autoscale === null))) continue;
      // An autoscaled consumer scales with the queue (KEDA, a Lambda or Cloud Run subscription), from zero too: queue depth
      // is a metric it has with no instance running, unlike a request-driven pilot light.
      const running = (c: (typeof cs)[number]): number => (c.autoscale !== null && st.live[c.idx]! <= 0 ? consumerInstances(c, 1, inflow) : consumerInstances(c, st.live[c.idx]!, inflow));
      // (A consumer that also serves requests gives the messages what the requests leave, as the run does — round 115c r03:
      // 600 req/s of WAS taking 200 requests and 500 messages said nothing.)
      const total = cs.reduce((sum, c) => sum + Math.max(0, running(c) * c.capacity! - st.load[c.idx]!), 0);
      if (inflow <= total + 1e-9) continue;
      const c = cs[0]!;
      if (out.some((f) => f.data?.['node'] === c.name)) continue;
      const live = running(c);
      const grow = inflow - total;
      const served = cs.length === 1 ? st.load[c.idx]! : 0;
      const need = cs.length === 1 ? Math.ceil((inflow + served) / c.capacity! - 1e-9) : null;
      // The producers' edges with no share written: every request of theirs is counted as one message — said, with the way
      // to write the share, when it is an assumption (round 126b r05: 864 orders a second read off a storefront's requests).
      const unshared = design.edges.filter((e) => e.to === q.name && m.byName.has(e.from) && !m.nodes[m.byName.get(e.from)!]!.client && m.nodes[m.byName.get(e.from)!]!.kind !== 'queue' && !/\bshare\s*=/.test(e.label ?? '') && parseRouteLabel(e.label)?.key !== 'writes' && parseRouteLabel(e.label)?.key !== 'reads');
      const assumed = unshared.length
        ? L(
            ` (Counted as one message for every request of ${unshared.map((e) => `\`${e.from}\``).join(', ')}: if only some publish, write their share on the edge — \`${unshared[0]!.from} -> ${q.name} : ${unshared[0]!.label ? `${unshared[0]!.label} ` : ''}share=P%\`.)`,
            ` (${unshared.map((e) => `\`${e.from}\``).join(', ')}의 요청마다 메시지 하나로 셌습니다. 일부 요청만 발행한다면 연결에 그 비율을 적으세요: \`${unshared[0]!.from} -> ${q.name} : ${unshared[0]!.label ? `${unshared[0]!.label} ` : ''}share=P%\`.)`,
          )
        : L('', '');
      out.push(
        nodeFinding(
          'over-capacity',
          c.node,
          L(
            `\`${q.name}\` receives ${fmt(inflow)} messages/s, but its ${cs.length > 1 ? 'consumers process' : 'consumer processes'} ${fmt(total)}/s${cs.length === 1 ? ` (${live} instance${live === 1 ? '' : 's'} × ${fmt(c.capacity!)}${served > 0 ? `, less the ${fmt(served)} req/s of requests it also serves` : ''})` : ''}: with nothing failed the backlog grows by ${fmt(grow)} messages/s (${fmt(grow * 3600)} an hour) and the delay without bound.${need !== null ? ` \`${c.name}\` needs ${need} instances.` : ''}${assumed.en}`,
            `\`${q.name}\` 큐에 초당 ${fmt(inflow)}건이 들어오는데 컨슈머는 초당 ${fmt(total)}건만 처리합니다${cs.length === 1 ? `(인스턴스 ${live}개 × ${fmt(c.capacity!)}건${served > 0 ? `에서 함께 처리하는 요청 초당 ${fmt(served)}건을 뺀 만큼` : ''})` : ''}. 아무 장애가 없어도 적체가 초당 ${fmt(grow)}건(시간당 ${fmt(grow * 3600)}건)씩 늘고 지연은 끝없이 커집니다.${need !== null ? ` \`${c.name}\` 인스턴스가 ${need}개 필요합니다.` : ''}${assumed.ko}`,
          ),
          { offered: inflow, capacity: total, perInstance: c.capacity!, instances: live, queue: q.name, ...(need !== null ? { need } : {}) },
        ),
      );
      }
    }
    out.push(...spikeOverloads(design, m, out));
    return out;
  },
  fixes(design: Design, _facts: Facts, finding: Finding) {
    return instanceCountFixes(design, finding, (node, need, auto) =>
      finding.data?.['absorbed'] === true && need <= auto.max
        ? [fix(L(`Raise the minimum of \`${node.name}\` to ${need} (autoscale=${need}..${auto.max})`, `\`${node.name}\` 최소 대수를 ${need}개로(autoscale=${need}..${auto.max})`), [setAttr(design, node, 'autoscale', `${need}..${auto.max}`)], true)]
        : [fix(L(`Let \`${node.name}\` scale to ${need} (autoscale=${auto.min}..${need})`, `${josa(`\`${node.name}\``, '을/를')} ${need}개까지 확장(autoscale=${auto.min}..${need})`), [setAttr(design, node, 'autoscale', `${auto.min}..${need}`)], true)],
    );
  },
};

/**
 * The load a scenario's `spike` brings, with nothing failed: each node it pushes
 * past its capacity (the first time, in the first scenario that does), with what
 * autoscaling does about it in the run. A note that writes `spike x5` asks this
 * question; the run answers it (failure-model §6: the spike's share that fails
 * upstream is not passed on).
 */
function spikeOverloads(design: Design, m: ReturnType<typeof buildModel>, before: Finding[]): Finding[] {
  if (!m.hasRate || design.nodes.size > LIMITS.estimateNodes) return [];
  const out: Finding[] = [];
  const said = new Set(before.map((f) => f.data?.['node']));
  for (const sc of design.scenarios) {
    const steps = sc.steps.flatMap((st) => (st.type === 'spike' && st.factor > 1 && Number.isFinite(st.factor) && st.at < m.horizon ? [{ type: 'spike' as const, factor: st.factor, at: st.at }] : []));
    if (!steps.length) continue;
    const e = new Engine(m, { horizon: m.horizon, sweep: false });
    const run = e.run(steps);
    const a = e.arrays;
    const factor = Math.max(...steps.map((st) => st.factor));
    const what = L(`scenario \`${sc.name}\` (spike ×${factor})`, `시나리오 \`${sc.name}\`(트래픽 ${factor}배)`);
    for (const ev of run.events) {
      if (ev.type !== 'overload' || !ev.data || said.has(ev.target)) continue;
      const idx = m.byName.get(ev.target);
      const s = idx === undefined ? undefined : m.nodes[idx];
      if (!s || s.capacity === null || s.client || s.ignored) continue;
      said.add(s.name);
      const { offered, capacity, instances, failing } = ev.data as { offered: number; capacity: number; instances: number; failing: number };
      const endLoad = a.phys[s.idx]!;
      const endLive = a.live[s.idx]!;
      const endFail = 1 - a.cf[s.idx]!;
      const need = Math.ceil(Math.max(offered, endLoad) / s.capacity - 1e-9);
      const scalings = run.events.filter((x) => x.type === 'scaled' && x.target === s.name && x.at >= ev.at);
      const scaled = scalings[scalings.length - 1];
      const pctOf = (x: number) => `${Math.round(x * 1000) / 10}%`;
      // Compute that starts instances for the requests as they come (serverless) absorbs the spike at once: nothing failed.
      if (scaled && scaled.at <= ev.at + 1e-9 && endFail < 1e-6) continue;
      // Instances added that cannot get a database connection serve nothing: the scale-out does not absorb the spike.
      const starved = run.events.find((x) => x.type === 'connections-exhausted' && x.at >= ev.at && x.message.en.includes(s.name));
      let after: Localized;
      // (Its maximum short of the load as well: said too — round 119 r04 read the overload as ending at the maximum.)
      const most = s.autoscale ? s.autoscale.max * s.capacity : Infinity;
      const residual = 1 - most / Math.max(offered, endLoad);
      if (starved && s.autoscale && residual > 1e-6)
        after = L(
          `; at its autoscale maximum of ${s.autoscale.max}${scaled ? ` (from ${durationIn('en', scaled.at)})` : ''} it still drops ${pctOf(residual)} (it needs ${need} instances), and those instances exhaust \`${starved.target}\`'s connections (connection-exhaustion)`,
          `. 오토스케일 최대 ${s.autoscale.max}개로 늘어도${scaled ? `(${durationIn('ko', scaled.at)}부터)` : ''} ${pctOf(residual)}는 계속 실패하고(인스턴스가 ${need}개 필요), 그 인스턴스들이 \`${starved.target}\`의 커넥션을 바닥냅니다(connection-exhaustion)`,
        );
      else if (starved && s.autoscale)
        after = L(
          ` until autoscaling adds instances${scaled ? ` (${endLive} at ${durationIn('en', scaled.at)})` : ''}, and those exhaust \`${starved.target}\`'s connections (connection-exhaustion)`,
          `. 오토스케일로 인스턴스가 늘어도${scaled ? `(${durationIn('ko', scaled.at)}에 ${endLive}개)` : ''} \`${starved.target}\`의 커넥션이 바닥납니다(connection-exhaustion)`,
        );
      else if (!s.autoscale) {
        // (Offered more once its callers have scaled out: the later figure is what lasts — round 101b r03.)
        const later = run.events.filter((x) => x.type === 'overload' && x.target === s.name && x.at > ev.at && x.data).pop();
        const ld = later?.data as { offered: number; failing: number } | undefined;
        after = later && ld
          ? L(
              `, and from ${durationIn('en', later.at)}, once what calls it has scaled out, ${fmt(ld.offered)} req/s with ${pctOf(ld.failing)} failing, for as long as the spike lasts (no autoscaling)`,
              `. ${durationIn('ko', later.at)}부터는 호출하는 쪽이 늘어나 초당 ${fmt(ld.offered)}건이 오고 ${pctOf(ld.failing)}가 실패하며, 트래픽이 줄 때까지 계속됩니다(오토스케일 없음)`,
            )
          : L(` for as long as the spike lasts (no autoscaling)`, `. 트래픽이 줄 때까지 계속됩니다(오토스케일 없음)`);
      }
      else if (endFail < 1e-6) {
        // The step from which the instances serve what is offered (round 110 r05: "until 19 instances at 1m 50s" while 14 at
        // 1m 35s already served it — a HorizontalPodAutoscaler's later steps add headroom, not service).
        const enough = scalings.find((x) => x.data && x.data['instances'] !== undefined && x.data['instances'] * s.capacity! * (1 - 1e-9) >= offered) ?? scaled;
        const n = enough?.data?.['instances'] ?? endLive;
        after = L(` until autoscaling catches up${enough ? ` (${n} instances at ${durationIn('en', enough.at)})` : ''}`, `. 오토스케일이 따라잡으면 해소됩니다${enough ? `(${durationIn('ko', enough.at)}에 ${n}개)` : ''}`);
      }
      else
        after = L(
          `; at its autoscale maximum of ${s.autoscale.max}${scaled ? ` (from ${durationIn('en', scaled.at)})` : ''} it still drops ${pctOf(endFail)}`,
          `. 오토스케일 최대 ${s.autoscale.max}개로 늘어도${scaled ? `(${durationIn('ko', scaled.at)}부터)` : ''} ${pctOf(endFail)}는 계속 실패합니다`,
        );
      // Autoscaling that catches up still fails the start of the spike for its delay: a sale known in advance raises the
      // minimum before it starts (EC2 Auto Scaling scheduled actions set the group's minimum at a given time).
      const absorbed = !!s.autoscale && endFail <= 1e-6 && !starved;
      const needText = absorbed
        ? L(
            ` For a spike known in advance (a sale, a launch), raise the minimum to ${need} before it starts (a scheduled scaling action: \`autoscale=${need}..${s.autoscale!.max}\`).`,
            ` 미리 아는 급증(세일, 출시)이라면 시작 전에 최소 대수를 ${need}개로 올려 두세요(예약된 조정: \`autoscale=${need}..${s.autoscale!.max}\`).`,
          )
        : starved
          ? L('', '')
          : onePrimary(s) ?? L(` It needs ${need} instances for this load.`, ` 이 부하에는 인스턴스가 ${need}개 필요합니다.`);
      out.push(
        nodeFinding(
          'over-capacity',
          s.node,
          L(
            `In ${what.en}, \`${s.name}\` is offered ${fmt(offered)} req/s, but its ${instances} instance${instances === 1 ? '' : 's'} × ${fmt(s.capacity)} req/s serve ${fmt(capacity)}: ${pctOf(failing)} of its requests fail from ${durationIn('en', ev.at)}${after.en}.${needText.en}`,
            `${what.ko}에서 \`${s.name}\`에 초당 ${fmt(offered)}건이 오는데 인스턴스 ${instances}개 × 초당 ${fmt(s.capacity)}건으로는 ${fmt(capacity)}건만 처리해, ${durationIn('ko', ev.at)}부터 요청의 ${pctOf(failing)}가 실패합니다${after.ko}.${needText.ko}`,
          ),
          { scenario: sc.name, offered, capacity, perInstance: s.capacity, instances, dropped: failing, ...(starved || onePrimary(s) ? {} : { need }), ...(absorbed ? { absorbed: true } : {}) },
          undefined,
          // Absorbed in the autoscaling delay: an info (the design copes; the start of the spike does not).
          absorbed ? 'info' : undefined,
        ),
      );
    }
  }
  return out;
}

/** A database with one primary (standbys, replicas, written `primary`): more instances of it are not how it grows. */
function onePrimary(s: SimNode): Localized | null {
  if (s.kind !== 'database' || !(s.singleWriter || s.node.role === 'primary' || s.takeovers.length > 0)) return null;
  return L(
    ` One primary serves it: send reads to replicas (a \`replica of=${s.name}\` the readers call, or a cache in front), or give the primary more capacity (\`capacity=\`).`,
    ` 쓰기는 프라이머리 하나가 받으니 인스턴스를 늘리는 방법은 맞지 않습니다. 읽기를 복제본으로 나누거나(\`replica of=${s.name}\`, 또는 앞에 캐시) 프라이머리의 처리량을 키우세요(\`capacity=\`).`,
  );
}
