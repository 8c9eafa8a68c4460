import { steadyState } from '../analysis/capacity';
import { sweepRun, sweepTargets } from '../analysis/simulation/sweep';
import { simulate } from '../analysis/simulation/simulate';
import { buildModel, calleeClosure, consumerServices, isLog, managedComputeInstances, type SimNode } from '../model/request-graph';
import { kafkaProtocol } from '../model/groups';
import { KAFKA_CONSUMER } from '../model/profiles/table';
import { LIMITS } from '../syntax/limits';
import { koDuration, L, nameList, nodeFinding, type Facts } from './facts';
import { fix, instanceCountFixes, setAttr } from './fixes';
import type { Rule } from './rule';
import type { Design, Finding, Localized } from '../syntax/ast';
import { formatDuration } from '../syntax/values';
import { autoscaleDelayOf, autoscaleTargetOf, isDormant, wakesItself } from '../model/capacity';
import { placeName } from '../analysis/simulation/labels';
import { codeJosa } from '../shared/josa';
import { regionsOf } from '../syntax/places';
import { Engine } from '../analysis/simulation/engine';

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/**
 * N+1: a tier that serves its load with nothing failed, but not after losing one
 * of its instances (failure-model §6). The instances are then all needed at
 * normal load, so none of them is a spare: losing one fails the excess until it
 * is back. Judged by the simulator on the sweep's own single loss (the tier's
 * instance #1, at 0s), so the finding and the sweep row say the same figures.
 * A tier already over capacity with nothing failed is over-capacity's; a
 * managed service lost whole (not one instance) is the provider's to size.
 */
export const nPlusOne: Rule<'n-plus-one'> = {
  id: 'n-plus-one',
  check({ design }) {
    if (design.nodes.size > LIMITS.estimateNodes) return [];
    const m = buildModel(design);
    const st = steadyState(m);
    if (!st) return [];
    const out: Finding[] = [];
    let targets: ReturnType<typeof sweepTargets> | null = null;
    for (const s of m.nodes) {
      // (A `vip` pair serves from the instance holding the address: a second instance is a standby, not capacity.)
      if (s.client || s.ignored || s.vip || s.capacity === null || !(s.capacity > 0)) continue;
      const live = st.live[s.idx]!;
      const offered = st.load[s.idx]!;
      if (live < 2 || st.cf[s.idx]! < 1 - 1e-9) continue;
      // Exactly enough after one loss: nothing fails, but the survivors run at 100 % (round 64b r03).
      if (!s.managed && atLimit(offered, (live - 1) * s.capacity)) {
        out.push(noHeadroom(s, offered, live, null, live + 1));
        continue;
      }
      // Over capacity already (over-capacity says so), or room for one loss: nothing to say.
      if (offered <= (live - 1) * s.capacity + 1e-9) continue;
      targets ??= sweepTargets(design);
      const target = targets.find((t) => t.type === 'node' && t.node === s.name);
      if (!target || target.type !== 'node' || target.instance !== 1) continue;
      // The sweep's own run of this loss (sparse, on its shared baseline): repairs are not scheduled there, so the
      // repair time is the node's own.
      const run = sweepRun(design, target, { classes: false });
      const ev = run.events.find((x) => x.type === 'overload' && x.target === s.name && x.data);
      if (!ev) continue;
      const { offered: after, capacity, instances, failing } = ev.data as { offered: number; capacity: number; instances: number; failing: number };
      const need = Math.ceil(after / s.capacity - 1e-9) + 1;
      // What ends it first: autoscaling adding an instance, or the lost one's repair (an Auto Scaling group's replacement).
      const scaled = run.events.find((x) => x.type === 'scaled' && x.target === s.name && x.at >= ev.at);
      const repaired = s.restoreBy === 'repair' && s.restore < m.horizon ? s.restore : null;
      // (A group that autoscales also replaces a lost instance itself — an EC2 Auto Scaling group, a managed instance group:
      // that replacement is its repair, and the loss costs only its delay — round 46 r04.)
      const replaced = !!s.autoscale && repaired !== null && (!scaled || repaired <= scaled.at);
      const absorbed = (!!scaled && (repaired === null || scaled.at < repaired)) || replaced;
      let until: Localized;
      if (replaced) until = L(` until autoscaling replaces the lost instance (${formatDuration(repaired!)})`, ` 오토스케일이 잃은 인스턴스를 새로 띄울 때까지(${koDuration(repaired!)})`);
      else if (absorbed) until = L(` until autoscaling adds an instance (${formatDuration(scaled!.at)})`, ` 오토스케일이 인스턴스를 더할 때까지(${koDuration(scaled!.at)})`);
      else if (repaired !== null) until = L(` until the instance is back (${repairText(s, repaired).en})`, ` 인스턴스가 돌아올 때까지(${repairText(s, repaired).ko})`);
      else until = L(' until the instance is back', ' 인스턴스가 돌아올 때까지');
      const advice = s.autoscale
        ? absorbed
          ? L(` Keep one spare at the minimum (\`autoscale=${need}..${Math.max(need, s.autoscale.max)}\`) so that a loss costs nothing.`, ` 최소 대수에 여분 한 대를 두면(\`autoscale=${need}..${Math.max(need, s.autoscale.max)}\`) 한 대를 잃어도 실패가 없습니다.`)
          : L(` Let it run ${need} instances (\`autoscale=${need}..${Math.max(need, s.autoscale.max)}\`): one can then be lost at this load.`, ` 인스턴스를 ${need}개 두면(\`autoscale=${need}..${Math.max(need, s.autoscale.max)}\`) 이 부하에서 한 대를 잃어도 버팁니다.`)
        : L(` Run ${need} instances (\`replicas=${need}\`): one can then be lost at this load.`, ` 인스턴스를 ${need}개 두면(\`replicas=${need}\`) 이 부하에서 한 대를 잃어도 버팁니다.`);
      const total = instances + 1;
      out.push(
        nodeFinding(
          'n-plus-one',
          s.node,
          L(
            `Losing one of \`${s.name}\`'s ${total} instances leaves ${fmt(capacity)} req/s of capacity for ${fmt(after)} req/s: ${pct(failing)} of its requests fail${until.en}. Every instance is needed at normal load, so none is a spare (not N+1).${advice.en}`,
            `\`${s.name}\` 인스턴스 ${total}개 중 한 대를 잃으면 남은 처리 용량은 초당 ${fmt(capacity)}건인데 초당 ${fmt(after)}건이 들어와,${until.ko} 요청의 ${pct(failing)}가 실패합니다. 평소 부하에 모든 인스턴스가 필요해 여분이 한 대도 없습니다(N+1이 아님).${advice.ko}`,
          ),
          { offered: after, capacity, perInstance: s.capacity, instances: total, dropped: failing, need, ...(absorbed ? { absorbed: true } : {}) },
          undefined,
          // Autoscaling replaces the lost capacity after its delay: an info (the design copes; the delay does not).
          absorbed ? 'info' : undefined,
        ),
      );
    }
    // N+1 at the note's own peak: a scenario's `spike` the tier serves with nothing failed, but not with one instance fewer
    // (round 124b r07: 3 × 400 req/s at 1,050 for a shift start ×1.75 — the run fails 23.8 % once one is lost then).
    // (Only a design with a capacity written somewhere has anything to judge: no run otherwise.)
    const peak = m.nodes.some((s) => s.capacity !== null && !s.client) ? peakOf(design, m) : null;
    if (peak) {
      for (const s of m.nodes) {
        if (s.client || s.ignored || s.vip || s.managed || s.autoscale || s.capacity === null || !(s.capacity > 0) || out.some((f) => f.data?.['node'] === s.name)) continue;
        const live = peak.live[s.idx]!;
        // A queue's consumer is offered what arrives in its queues, not what it processes (round 126b r04: 4,500 processed of
        // 6,000 arriving read as "a backlog of 1,500/s after a loss").
        const queues = m.nodes.filter((q) => q.consumers.includes(s.idx));
        if (queues.length && s.callers.length) continue;
        const soleReader = (q: SimNode): boolean => isLog(q) || consumerServices(q, m.nodes).length === 1;
        if (queues.length && !queues.every(soleReader)) continue;
        const arriving = (phys: ArrayLike<number>): number => queues.reduce((sum, q) => sum + phys[q.idx]!, 0);
        const offered = queues.length ? arriving(peak.phys) : peak.phys[s.idx]!;
        if (live < 2 || peak.cf[s.idx]! < 1 - 1e-9 || !(offered > (live - 1) * s.capacity + 1e-9)) continue;
        // Only a tier with a spare at normal load: one without (or over capacity already) is told so by the checks at rest
        // — the queue consumer's below, over-capacity's (round 125b r01: "a spare at normal load" said of one with none).
        const baseOffered = queues.length ? arriving(peak.basePhys) : peak.basePhys[s.idx]!;
        if (peak.baseCf[s.idx]! < 1 - 1e-9 || baseOffered > (peak.baseLive[s.idx]! - 1) * s.capacity + 1e-9) continue;
        // (Served at rest with room for a loss: the base-load check above said nothing, the peak is what is short.)
        const capacity = (live - 1) * s.capacity;
        const failing = 1 - capacity / offered;
        const need = Math.ceil(offered / s.capacity - 1e-9) + 1;
        const back = s.restoreBy === 'repair' && s.restore < m.horizon ? s.restore : null;
        const peakInfo = (message: Localized, data: Record<string, unknown>): void => void out.push(nodeFinding('n-plus-one', s.node, message, data, undefined, 'info'));
        // A queue's consumer: its messages wait, no request fails — the backlog grows (a consumer that also serves requests
        // shares its capacity between the two, which this arithmetic does not split: left to the run).
        if (queues.length) {
          const names = nameList(queues.map((q) => q.name));
          const all = live * s.capacity;
          // Short at the peak already with every instance up: the backlog grows then too (nothing else says so for a consumer).
          if (offered > all + 1e-9) {
            peakInfo(
              L(
                `At the peak of ${peak.what.en}, ${fmt(offered)} messages/s arrive in ${names.en} for \`${s.name}\`, whose ${live} × ${fmt(s.capacity)} process ${fmt(all)}: its backlog grows by ${fmt(offered - all)} messages/s while the peak lasts with nothing failed, and by ${fmt(offered - capacity)}/s with one instance lost. No user request fails, but the delay grows with it. Run ${need} instances for the peak (\`replicas=${need}\`: one can then be lost), or add them before it (a scheduled scale-out).`,
                `${peak.what.ko}의 정점에는 ${names.ko}에 초당 ${fmt(offered)}건이 들어오는데 ${codeJosa(s.name, '은/는')} ${live}대 × ${fmt(s.capacity)}건으로 ${fmt(all)}건만 처리합니다. 장애가 없어도 정점이 이어지는 동안 적체가 초당 ${fmt(offered - all)}건씩, 한 대를 잃으면 초당 ${fmt(offered - capacity)}건씩 늘고 지연도 함께 커집니다. 실패하는 사용자 요청은 없지만, 정점에 맞춰 인스턴스를 ${need}개 두거나(\`replicas=${need}\`: 한 대를 잃어도 버팀), 정점 전에 미리 늘리세요(예약된 확장).`,
              ),
              { scenario: peak.name, queue: queues[0]!.name, offered, capacity: all, perInstance: s.capacity, instances: live, need, peak: true, short: true },
            );
            continue;
          }
          peakInfo(
            L(
              `At the peak of ${peak.what.en}, \`${s.name}\` processes the ${fmt(offered)} messages/s arriving in ${names.en} on ${live} × ${fmt(s.capacity)}: losing one of its instances then leaves ${fmt(capacity)}/s, and the backlog grows by ${fmt(offered - capacity)} messages/s while the peak lasts${back !== null ? ` and the instance is not back (${repairText(s, back).en})` : ''}, and the delay with it. No user request fails, but it has a spare at normal load, not at the peak you wrote (not N+1 at peak). Run ${need} instances for the peak (\`replicas=${need}\`), or add them before it (a scheduled scale-out).`,
              `${peak.what.ko}의 정점에는 ${codeJosa(s.name, '이/가')} ${names.ko}에서 초당 ${fmt(offered)}건을 ${live}대 × ${fmt(s.capacity)}건으로 처리합니다. 그때 한 대를 잃으면 처리량이 초당 ${fmt(capacity)}건으로 줄어, 정점이 이어지는 동안${back !== null ? `(인스턴스가 돌아오기 전까지: ${repairText(s, back).ko})` : ''} 적체가 초당 ${fmt(offered - capacity)}건씩 늘고 지연도 함께 커집니다. 실패하는 사용자 요청은 없지만, 평소 부하에는 여분이 있고 적어 둔 정점에는 없습니다(정점에서 N+1이 아님). 정점에 맞춰 인스턴스를 ${need}개 두거나(\`replicas=${need}\`), 정점 전에 미리 늘리세요(예약된 확장).`,
            ),
            { scenario: peak.name, queue: queues[0]!.name, offered, capacity, perInstance: s.capacity, instances: live, need, peak: true },
          );
          continue;
        }
        peakInfo(
          L(
            `At the peak of ${peak.what.en}, \`${s.name}\` is offered ${fmt(offered)} req/s on ${live} × ${fmt(s.capacity)}: losing one of its instances then leaves ${fmt(capacity)} req/s, and ${pct(failing)} of its requests fail while the peak lasts${back !== null ? ` and the instance is not back (${repairText(s, back).en})` : ''}. It has a spare at normal load, not at the peak you wrote (not N+1 at peak). Run ${need} instances for the peak (\`replicas=${need}\`), or add them before it (a scheduled scale-out).`,
            `${peak.what.ko}의 정점에는 \`${s.name}\`에 초당 ${fmt(offered)}건이 ${live}대 × ${fmt(s.capacity)}건으로 들어옵니다. 그때 한 대를 잃으면 남은 처리 용량은 초당 ${fmt(capacity)}건이라, 정점이 이어지는 동안${back !== null ? `(인스턴스가 돌아오기 전까지: ${repairText(s, back).ko})` : ''} 요청의 ${pct(failing)}가 실패합니다. 평소 부하에는 여분이 있지만 적어 둔 정점에는 없습니다(정점에서 N+1이 아님). 정점에 맞춰 인스턴스를 ${need}개 두거나(\`replicas=${need}\`), 정점 전에 미리 늘리세요(예약된 확장).`,
          ),
          { scenario: peak.name, offered, capacity, perInstance: s.capacity, instances: live, dropped: failing, need, peak: true },
        );
      }
    }
    // N+1 by zone: a tier spread over zones whose instances outside one zone cannot carry the load (the sweep's zone
    // loss overloads it). A tier already reported for one instance is not reported again; a tier in one zone goes down
    // with it (single-zone says so).
    // (A tier told only that one instance's loss leaves exactly its load — an info — is still told when a zone's loss
    // overloads it: round 75 r05, a rack loss failing a third of the requests went unsaid.)
    const said = new Set(out.filter((f) => f.data?.['headroom'] !== 0).map((f) => f.data?.['node']));
    const atExactly = new Set(out.filter((f) => f.data?.['headroom'] === 0).map((f) => f.data?.['node']));
    for (const z of design.zones.keys()) {
      let run: ReturnType<typeof simulate> | null = null;
      for (const s of m.nodes) {
        if (said.has(s.name) || s.client || s.ignored || s.vip || s.managed || s.capacity === null || !(s.capacity > 0)) continue;
        const live = st.live[s.idx]!;
        const offered = st.load[s.idx]!;
        if (live < 2 || st.cf[s.idx]! < 1 - 1e-9) continue;
        // The instances running at rest (autoscaling may run more than written), each in its zone in turn.
        const zones = new Set<string>();
        let inZone = 0;
        for (let k = 0; k < live; k++) {
          const zk = s.zoneOf(k);
          if (zk !== null) zones.add(zk);
          if (zk === z) inZone++;
        }
        if (zones.size < 2 || inZone === 0) continue;
        if (atLimit(offered, (live - inZone) * s.capacity)) {
          if (atExactly.has(s.name)) continue;
          said.add(s.name);
          const perZone = Math.ceil(offered / ((zones.size - 1) * s.capacity) - 1e-9);
          const need = Math.max(perZone * zones.size, live + zones.size);
          // (What gives the margin back in the run — the platform starting the lost ones in the zones left (an ECS service's
          // tasks in a minute), or autoscaling — not "minutes" of an autoscaling cycle: round 103b r06.)
          run ??= simulate(design, [{ type: 'fail', target: { type: 'zone', zone: z }, at: 0 }]);
          const back0 = run.events.find((x) => (x.type === 'scaled' || x.type === 'rescheduled' || x.type === 'repaired') && (x.target === s.name || x.target.startsWith(`${s.name}#`)));
          const until0 = back0
            ? L(` until ${back0.type === 'scaled' ? 'autoscaling adds instances' : 'the platform starts them in the zones left'} (${formatDuration(back0.at)})`, `${back0.type === 'scaled' ? '오토스케일이 인스턴스를 더할 때까지' : '남은 존에서 인스턴스가 다시 뜰 때까지'}(${koDuration(back0.at)}) `)
            : undefined;
          out.push(noHeadroom(s, offered, live, { zone: z, inZone, zones: zones.size }, need, until0));
          continue;
        }
        if (offered <= (live - inZone) * s.capacity + 1e-9) continue;
        // The run the user gets from \`simulate --fail zone:Z\` (with what the platform restarts elsewhere).
        run ??= simulate(design, [{ type: 'fail', target: { type: 'zone', zone: z }, at: 0 }]);
        let ev = run.events.find((x) => x.type === 'overload' && x.target === s.name && x.data);
        // (The zone's loss also takes what sends the load — a single balancer there, a SPOF of its own: the run shows a total
        // outage and no overload, but the tier is short all the same once that is fixed — round 108 r06 masked it.)
        if (!ev && run.entries.length > 0 && run.entries.every((e) => e.downSeconds > 0) && s.capacity !== null) {
          const capacity0 = (live - inZone) * s.capacity;
          ev = { at: 0, type: 'overload', target: s.name, message: L('', ''), data: { offered, capacity: capacity0, instances: live - inZone, failing: 1 - capacity0 / offered } };
        }
        if (!ev) continue;
        // A voting group left without its majority stops whole: no capacity to add would serve (quorum-fragile says so; round 39).
        if (run.events.some((x) => x.type === 'quorum-lost' && x.target === s.name && x.at <= ev!.at)) continue;
        said.add(s.name);
        const { offered: after, capacity, failing } = ev.data as { offered: number; capacity: number; instances: number; failing: number };
        const Z = zones.size;
        // The fewest instances that, spread evenly (the zones differing by one at most), leave enough after losing the zone
        // with the most: 11 over 3 zones (4, 4, 3) keep 7 — not 12 (round 113b r05: rto-not-met said 11).
        const left = Math.ceil(after / s.capacity - 1e-9);
        let need = left;
        while (need - Math.ceil(need / Z) < left) need++;
        const spread = Array.from({ length: Z }, (_, k) => Math.floor(need / Z) + (k < need % Z ? 1 : 0));
        const even = need % Z === 0;
        // What gives the capacity back: autoscaling, or the platform starting the lost instances in the zones left.
        const back = run.events.find((x) => x.at >= ev!.at && (x.type === 'scaled' || x.type === 'rescheduled' || x.type === 'repaired') && (x.target === s.name || x.target.startsWith(`${s.name}#`)));
        const until = back
          ? L(` until ${back.type === 'scaled' ? 'autoscaling adds instances' : 'the platform starts them in the zones left'} (${formatDuration(back.at)})`, ` ${back.type === 'scaled' ? '오토스케일이 인스턴스를 더할 때까지' : '남은 존에서 인스턴스가 다시 뜰 때까지'}(${koDuration(back.at)})`)
          : L(' for as long as the zone is down', ' 존이 돌아올 때까지');
        const setting = s.autoscale ? `autoscale=${need}..${Math.max(need, s.autoscale.max)}` : `replicas=${need}`;
        const zoneFix = L(
          `Run ${need} instances${s.autoscale ? ' at the least' : ''} (\`${setting}\`, ${even ? `${need / Z} in each of the ${Z} zones` : `${spread.join(', ')} over the ${Z} zones`}): one zone can then be lost at this load.`,
          `인스턴스를 ${s.autoscale ? '최소 ' : ''}${need}개 두면(\`${setting}\`, 존 ${Z}곳에 ${even ? `${need / Z}개씩` : `${spread.join(', ')}개로 나누어`}) 이 부하에서 존 하나를 잃어도 버팁니다.`,
        );
        // (A name that already says what the place is — `대전센터` — takes no 존 after it.)
        const bare = placeName('zone', z).ko === z;
        const place = L(`zone \`${z}\``, bare ? codeJosa(z, '을/를') : `\`${z}\` 존을`);
        out.push(
          nodeFinding(
            'n-plus-one',
            s.node,
            L(
              `Losing ${place.en} takes ${inZone} of the ${live} instances \`${s.name}\` runs and leaves ${fmt(capacity)} req/s of capacity for ${fmt(after)} req/s: ${pct(failing)} of its requests fail${until.en}. The instances in the other zones cannot carry the load alone (not N+1 by zone). ${zoneFix.en}`,
              `${place.ko} 잃으면 실행 중인 \`${s.name}\` 인스턴스 ${live}개 중 ${inZone}개가 함께 멈춰, 남은 처리 용량은 초당 ${fmt(capacity)}건인데 초당 ${fmt(after)}건이 들어와${until.ko} 요청의 ${pct(failing)}가 실패합니다. 다른 존의 인스턴스만으로는 부하를 감당하지 못합니다(존 단위 N+1이 아님). ${zoneFix.ko}`,
            ),
            { zone: z, offered: after, capacity, perInstance: s.capacity, instances: live, dropped: failing, need },
          ),
        );
      }
    }
    // A recovery site behind a failover record, sized exactly for the load it takes over: once the users are moved there
    // it carries everything, and losing one of its instances then fails the excess — not N+1 at the recovery site
    // (round 35). The load is what reaches the record; a tier met once per request on that path.
    const SERVING = new Set(['app-server', 'service', 'web-server']);
    for (const dns of m.nodes) {
      // (Or a router spreading over two regions — Front Door, a global balancer, a checked weighted record: losing one
      // region sends everything to the other, which is then the recovery site — round 66b r12.)
      // (Or two zones, each target in one: two sites' data centres behind one checked round-robin record — round 116c r06
      // found the surviving site's 4,000 req/s for 5,000 only in the run.)
      const regionOf = (c: number): string | null => {
        const rs = regionsOf(design, m.nodes[c]!.node);
        if (rs.length === 1) return rs[0]!;
        const zs = new Set(m.nodes[c]!.node.zones);
        return rs.length === 0 && zs.size === 1 ? `zone:${[...zs][0]!}` : null;
      };
      const twoRegions = dns.or !== null && dns.or !== 'dns-failover' && dns.or !== 'dns-static' && dns.callees.length === 2 && regionOf(dns.callees[0]!) !== null && regionOf(dns.callees[1]!) !== null && regionOf(dns.callees[0]!) !== regionOf(dns.callees[1]!) && (dns.lbDetect !== null || dns.or === 'dns-spread');
      if ((dns.or !== 'dns-failover' && !twoRegions) || dns.callees.length < 2) continue;
      const load = st.load[dns.idx]!;
      if (!(load > 0)) continue;
      const reach = (from: number): Set<number> => calleeClosure(m, from);
      const sites: [number, number][] = twoRegions ? [[dns.callees[0]!, dns.callees[1]!], [dns.callees[1]!, dns.callees[0]!]] : dns.callees.slice(1).map((alt): [number, number] => [alt, dns.callees[0]!]);
      for (const [alt, lost] of sites) {
        // (A router's first choice, beside a second-choice target — Front Door's priority 2: it carries everything at rest,
        // so it is no recovery site; its own N+1 is the everyday one — round 107b r06.)
        if (dns.secondChoice !== null && dns.secondChoice.has(lost) && !dns.secondChoice.has(alt)) continue;
        const primary = reach(lost);
        // (Not when the lost site runs nothing — a pilot light scaled to zero: the other already carries everything, and
        // its loss moves no load — round 93b r01.)
        if (twoRegions && [...primary].every((j) => !SERVING.has(m.nodes[j]!.kind ?? '') || m.nodes[j]!.instances === 0)) continue;
        for (const i of reach(alt)) {
          const s = m.nodes[i]!;
          // (Provider-run compute written with its instances — an App Service plan — is sized by the design, as any tier.)
          // (One instance written so — an App Service plan of one — is sized by the design too: round 111c r07.)
          const sized = managedComputeInstances(s) || (s.managed && s.node.attrs.has('replicas') && s.timings.profile.id !== 'serverless');
          if (primary.has(i) || !SERVING.has(s.kind ?? '') || (s.managed && !sized) || s.capacity === null || !(s.capacity > 0) || out.some((f) => f.data?.['node'] === s.name)) continue;
          // A recovery site smaller than the load it takes over (a warm standby of one instance): once the users are
          // moved there the excess fails until autoscaling adds instances, or for as long as they stay (round 86b r08:
          // only the run showed it).
          // (An autoscaled tier runs what its present load needs at its target, not its minimum — round 93b r01 quoted
          // the minimum of a tier running twice as many.)
          const rest = s.autoscale ? Math.max(s.autoscale.min, Math.ceil(st.load[i]! / (s.capacity * autoscaleTargetOf(s.node)) - 1e-9)) : s.instances;
          if (load > rest * s.capacity + 1e-9) {
            const max = s.autoscale ? s.autoscale.max : rest;
            const grows = !!s.autoscale && max * s.capacity >= load - 1e-9;
            const delay = autoscaleDelayOf(s.node);
            const need = Math.ceil(load / s.capacity - 1e-9);
            const failing = 1 - (rest * s.capacity) / load;
            const moved = twoRegions ? L(`sends everything to \`${m.nodes[alt]!.name}\` (its other target lost)`, `다른 대상을 잃고 모든 요청을 \`${m.nodes[alt]!.name}\` 쪽으로 보내면`) : L(`moves the users to \`${m.nodes[alt]!.name}\``, `사용자를 \`${m.nodes[alt]!.name}\` 쪽으로 옮기면`);
            out.push(
              nodeFinding(
                'n-plus-one',
                s.node,
                grows && rest === 0 && isDormant(s.node) && !wakesItself(s.node)
                  ? L(
                      `Once \`${dns.name}\` ${moved.en}, \`${s.name}\` receives about ${fmt(load)} req/s with nothing running (a pilot light): every request fails until someone notices and scales it out from zero (then about ${formatDuration(delay)}) — nothing written scales it by itself, and target tracking has no metric with no instance running. Scale it from an alarm on the load balancer's requests or a runbook the failover starts, and write \`failover=auto\` on \`${s.name}\`; or keep ${need} running there (\`autoscale=${need}..${Math.max(need, max)}\`).`,
                      `${codeJosa(dns.name, '이/가')} ${moved.ko} 아무것도 돌지 않는(파일럿 라이트) ${codeJosa(s.name, '이/가')} 초당 약 ${fmt(load)}건을 받아, 누군가 알아채고 0개에서 확장할 때까지(그 뒤 약 ${koDuration(delay)}) 요청이 모두 실패합니다. 스스로 확장하게 해 두는 것이 없고, 인스턴스가 없으면 대상 추적 정책이 볼 지표도 없습니다. 부하 분산기의 요청 수 경보나 페일오버가 시작하는 런북으로 확장하게 하고 \`${s.name}\`에 \`failover=auto\`를 적거나, 평소에도 ${need}대를 띄워 두세요(\`autoscale=${need}..${Math.max(need, max)}\`).`,
                    )
                  : grows
                  ? L(
                      `Once \`${dns.name}\` ${moved.en}, \`${s.name}\` receives about ${fmt(load)} req/s on ${rest} × ${fmt(s.capacity)}: ${pct(failing)} of the requests fail until autoscaling adds instances (about ${formatDuration(delay)}) — the recovery site is smaller than the load it takes over. Keep ${need} running there (\`autoscale=${need}..${Math.max(need, max)}\`) if that wait is too long.`,
                      `${codeJosa(dns.name, '이/가')} ${moved.ko} ${codeJosa(s.name, '은/는')} 초당 약 ${fmt(load)}건을 ${rest}대 × ${fmt(s.capacity)}건으로 받아, 오토스케일이 인스턴스를 더할 때까지(약 ${koDuration(delay)}) 요청의 ${pct(failing)}가 실패합니다. 복구 사이트가 넘겨받는 부하보다 작습니다. 그 기다림이 길다면 평소에도 ${need}대를 띄워 두세요(\`autoscale=${need}..${Math.max(need, max)}\`).`,
                    )
                  : L(
                      `Once \`${dns.name}\` ${moved.en}, \`${s.name}\` receives about ${fmt(load)} req/s on ${max} × ${fmt(s.capacity)}: ${pct(1 - (max * s.capacity) / load)} of the requests fail for as long as the users are there — the recovery site cannot carry the load it takes over. Run ${need} instances there (\`${s.autoscale ? `autoscale=${Math.max(rest, 1)}..${need}` : `replicas=${need}`}\`).`,
                      `${codeJosa(dns.name, '이/가')} ${moved.ko} ${codeJosa(s.name, '은/는')} 초당 약 ${fmt(load)}건을 ${max}대 × ${fmt(s.capacity)}건으로 받아, 사용자가 그쪽에 있는 동안 요청의 ${pct(1 - (max * s.capacity) / load)}가 실패합니다. 복구 사이트가 넘겨받는 부하를 감당하지 못합니다. 인스턴스를 ${need}개 두세요(\`${s.autoscale ? `autoscale=${Math.max(rest, 1)}..${need}` : `replicas=${need}`}\`).`,
                    ),
                { offered: load, capacity: rest * s.capacity, perInstance: s.capacity, instances: rest, need, site: m.nodes[alt]!.name, undersized: true },
                undefined,
                grows ? 'info' : undefined,
              ),
            );
            continue;
          }
          // The same at the note's own peak (round 124b r08: two regions of 12 × 1,000 req/s each carry the other's 8,000 at
          // rest, not the 14,000 of a New Year's Eve ×1.75).
          const peakLoad = peak ? peak.phys[dns.idx]! : 0;
          if (peak && !s.autoscale && peakLoad > rest * s.capacity + 1e-9) {
            const need = Math.ceil(peakLoad / s.capacity - 1e-9);
            const failing = 1 - (rest * s.capacity) / peakLoad;
            const moved = twoRegions ? L(`sends everything to \`${m.nodes[alt]!.name}\` (its other target lost)`, `다른 대상을 잃고 모든 요청을 \`${m.nodes[alt]!.name}\` 쪽으로 보내면`) : L(`moves the users to \`${m.nodes[alt]!.name}\``, `사용자를 \`${m.nodes[alt]!.name}\` 쪽으로 옮기면`);
            out.push(
              nodeFinding(
                'n-plus-one',
                s.node,
                L(
                  `At the peak of ${peak.what.en}, once \`${dns.name}\` ${moved.en}, \`${s.name}\` receives about ${fmt(peakLoad)} req/s on ${rest} × ${fmt(s.capacity)}: ${pct(failing)} of the requests fail for as long as the peak lasts there — the site carries the other's normal load, not the peak you wrote. Run ${need} instances there (\`replicas=${need}\`), or accept a degraded peak after a site's loss.`,
                  `${peak.what.ko}의 정점에 ${codeJosa(dns.name, '이/가')} ${moved.ko} ${codeJosa(s.name, '은/는')} 초당 약 ${fmt(peakLoad)}건을 ${rest}대 × ${fmt(s.capacity)}건으로 받아, 정점이 이어지는 동안 요청의 ${pct(failing)}가 실패합니다. 이 사이트는 다른 사이트의 평소 부하는 감당하지만 적어 둔 정점은 감당하지 못합니다. 인스턴스를 ${need}개 두거나(\`replicas=${need}\`), 사이트를 잃은 뒤의 정점은 줄여서 운영한다고 받아들이세요.`,
                ),
                { scenario: peak.name, offered: peakLoad, capacity: rest * s.capacity, perInstance: s.capacity, instances: rest, need, site: m.nodes[alt]!.name, peak: true },
                undefined,
                'info',
              ),
            );
            continue;
          }
          if (s.autoscale || s.instances < 2) continue;
          const n = s.instances;
          if (!(load > (n - 1) * s.capacity + 1e-9) || load > n * s.capacity + 1e-9) continue;
          const need = Math.ceil(load / s.capacity - 1e-9) + 1;
          const failing = 1 - ((n - 1) * s.capacity) / load;
          out.push(
            nodeFinding(
              'n-plus-one',
              s.node,
              L(
                `Once \`${dns.name}\` ${twoRegions ? `sends everything to \`${m.nodes[alt]!.name}\` (its other target lost)` : `moves the users to \`${m.nodes[alt]!.name}\``}, \`${s.name}\` carries about ${fmt(load)} req/s on ${n} × ${fmt(s.capacity)}: losing one of its instances there fails ${pct(failing)} of the requests until it is back — the recovery site is not N+1. Run ${need} instances (\`replicas=${need}\`), or let it scale out on the takeover.`,
                `${codeJosa(dns.name, '이/가')} 사용자를 \`${m.nodes[alt]!.name}\` 쪽으로 옮기면 ${codeJosa(s.name, '은/는')} 초당 약 ${fmt(load)}건을 ${n}대 × ${fmt(s.capacity)}건으로 받습니다. 그때 인스턴스 한 대를 잃으면 돌아올 때까지 요청의 ${pct(failing)}가 실패합니다. 복구 사이트가 N+1이 아닙니다. 인스턴스를 ${need}개 두거나(\`replicas=${need}\`) 전환 때 늘어나게 하세요.`,
              ),
              { offered: load, capacity: (n - 1) * s.capacity, perInstance: s.capacity, instances: n, need, site: m.nodes[alt]!.name },
              undefined,
              'info',
            ),
          );
        }
      }
    }
    // A queue's only consumer that keeps up with nothing failed, but not with one instance fewer: the backlog grows
    // until the instance is back. No user request fails for it (failure-model §2), so an info.
    for (const q of m.nodes) {
      if (q.ignored || !q.consumers.length) continue;
      // A log's consumer groups each read every message (round 40b: a second group on the log silenced the first's
      // finding); a work queue's lone consumer service the same.
      const groups = q.consumers.length === 1 ? [[q.consumers[0]!]] : isLog(q) ? consumerServices(q, m.nodes).filter((g) => g.length === 1) : [];
      for (const [ci] of groups) {
        const c = m.nodes[ci!]!;
        if (c.managed || c.capacity === null || !(c.capacity > 0) || c.autoscale) continue;
        const inflow = st.load[q.idx]!;
        const live = st.live[c.idx]!;
        // (A consumer that also serves requests — a WAS answering users — gives the messages what the requests leave, as
        // the run does: round 113c r02 counted the same capacity for both.)
        const served = st.load[c.idx]!;
        if (live < 2 || !(inflow > (live - 1) * c.capacity - served + 1e-9) || inflow > live * c.capacity - served + 1e-9) continue;
        const left = Math.max(0, (live - 1) * c.capacity - served);
        const grow = inflow - left;
        const need = Math.ceil((inflow + served) / c.capacity - 1e-9) + 1;
        const back = c.restoreBy === 'repair' && c.restore < m.horizon ? c.restore : null;
        // A Kafka consumer group: the lost member's partitions wait for its session to expire (session.timeout.ms 45 s),
        // whatever the pod's restart — a new member does not take them sooner — then the others take them on (round 123b r05:
        // 6,000 said where the run counts 20,250).
        const kafka = kafkaProtocol(q);
        const session = KAFKA_CONSUMER.sessionTimeout.v;
        const kafkaBacklog = back === null ? null : kafka ? (inflow / live) * session + (back > session ? grow * (back - session) : 0) : grow * back;
        out.push(
          nodeFinding(
            'n-plus-one',
            c.node,
            L(
              `Losing one of \`${c.name}\`'s ${live} instances leaves ${fmt(left)} messages/s of processing${served > 0 ? ` (beside the ${fmt(served)} req/s of requests it also serves)` : ''} for the ${fmt(inflow)}/s arriving in \`${q.name}\`: ${
                kafka && back !== null && back <= session
                  ? `the lost member's partitions (${fmt(inflow / live)} messages/s) wait until its session expires (session.timeout.ms ${formatDuration(session)}) — the instance back sooner (${repairText(c, back).en}) joins as a new member and does not take them — ${fmt(kafkaBacklog!)} messages`
                  : kafka
                  ? `the lost member's partitions (${fmt(inflow / live)} messages/s) wait until its session expires (session.timeout.ms ${formatDuration(session)}), then the backlog grows by ${fmt(grow)} messages/s${back !== null ? ` until the instance is back (${repairText(c, back).en}: ${fmt(kafkaBacklog!)} messages)` : ' until the instance is back'}`
                  : `the backlog grows by ${fmt(grow)} messages/s${back !== null ? ` until the instance is back (${repairText(c, back).en}: ${fmt(kafkaBacklog!)} messages)` : ' until the instance is back'}`
              }, and the delay with it. No user request fails, but every instance is needed to keep up (not N+1). Run ${need} instances (\`replicas=${need}\`): one can then be lost at this rate.`,
              `\`${c.name}\` 인스턴스 ${live}개 중 한 대를 잃으면 \`${q.name}\` 큐에 초당 ${fmt(inflow)}건이 들어오는데 처리는 초당 ${fmt(left)}건뿐이라${served > 0 ? `(함께 처리하는 요청 초당 ${fmt(served)}건을 빼고)` : ''}, ${
                kafka && back !== null && back <= session
                  ? `잃은 멤버의 파티션(초당 ${fmt(inflow / live)}건)은 세션이 만료될 때까지(session.timeout.ms ${koDuration(session)}) 기다립니다. 그보다 먼저 돌아온 인스턴스(${repairText(c, back).ko})는 새 멤버로 들어와 그 파티션을 넘겨받지 못하므로 모두 ${fmt(kafkaBacklog!)}건이 쌓이고`
                  : `${kafka ? `잃은 멤버의 파티션(초당 ${fmt(inflow / live)}건)은 세션이 만료될 때까지(session.timeout.ms ${koDuration(session)}) 기다리고, 그 뒤로는 ` : ''}${back !== null ? `인스턴스가 돌아올 때까지(${repairText(c, back).ko}) 적체가 초당 ${fmt(grow)}건씩 늘어 모두 ${fmt(kafkaBacklog!)}건이 쌓이고` : `인스턴스가 돌아올 때까지 적체가 초당 ${fmt(grow)}건씩 늘고`}`
              } 지연도 함께 커집니다. 실패하는 사용자 요청은 없지만, 처리를 따라가려면 모든 인스턴스가 필요합니다(N+1이 아님). 인스턴스를 ${need}개 두면(\`replicas=${need}\`) 이 유입량에서 한 대를 잃어도 따라갑니다.`,
            ),
            { queue: q.name, offered: inflow, capacity: left, perInstance: c.capacity, instances: live, need },
            undefined,
            'info',
          ),
        );
      }
    }
    // A balancer's second-choice targets (nginx `backup`, HAProxy `backup`) smaller than the load they take over when every
    // first choice is out: that share fails while they serve alone (round 102 r08 — the backup at half the load was silent).
    // (Not one already named as the recovery site above, for the same load — round 116b r04 had the two findings on one line,
    // a warning and an info.)
    const saidAbove = new Set(out.map((f) => f.data?.['node']).filter((x): x is string => typeof x === 'string'));
    for (const lb of m.nodes) {
      if (!lb.secondChoice || !lb.secondChoice.size || lb.routes !== null || lb.ignored) continue;
      if (lb.kind !== 'load-balancer' && lb.kind !== 'web-server' && lb.kind !== 'gateway') continue;
      const offered = st.load[lb.idx]!;
      if (!(offered > 0)) continue;
      let cap = 0;
      let known = true;
      for (const c of lb.secondChoice) {
        const b = m.nodes[c]!;
        if (b.capacity === null || !(b.capacity > 0) || b.autoscale || b.managed) known = false;
        else cap += b.instances * b.capacity;
      }
      if (!known || offered <= cap + 1e-9) continue;
      const backups = [...lb.secondChoice].map((c) => m.nodes[c]!);
      if (backups.every((b) => saidAbove.has(b.name))) continue;
      const firstNames = lb.callees.filter((c) => !lb.secondChoice!.has(c)).map((c) => m.nodes[c]!.name);
      const firsts = firstNames.map((f) => `\`${f}\``);
      const b0 = backups[0]!;
      const share = 1 - cap / offered;
      const one = backups.length === 1;
      out.push(
        nodeFinding(
          'n-plus-one',
          b0.node,
          L(
            `${one ? `\`${b0.name}\` takes` : `${backups.map((b) => `\`${b.name}\``).join(' and ')} take`} \`${lb.name}\`'s requests only when ${firsts.join(' and ')} ${firsts.length > 1 ? 'are' : 'is'} out (a second-choice target), but ${one ? 'its' : 'their'} ${fmt(cap)} req/s of capacity is less than the ${fmt(offered)} req/s that then reach ${one ? 'it' : 'them'}: about ${pct(share)} of the requests fail while ${one ? 'it serves' : 'they serve'} alone. Size ${one ? 'it' : 'them'} for the load (\`capacity=\`, \`replicas=\`), or say that this is a degraded mode on purpose.`,
            `${[...backups.slice(0, -1).map((b) => `\`${b.name}\`, `), codeJosa(backups[backups.length - 1]!.name, '은/는')].join('')} ${[...firstNames.slice(0, -1).map((f) => `\`${f}\`, `), codeJosa(firstNames[firstNames.length - 1]!, '이/가')].join('')}${firstNames.length > 1 ? ' 모두' : ''} 빠졌을 때만 \`${lb.name}\`의 요청을 넘겨받는 예비 대상인데, 처리량 초당 ${fmt(cap)}건이 그때 들어오는 초당 ${fmt(offered)}건보다 적어 혼자 처리하는 동안 요청의 약 ${pct(share)}가 실패합니다. 부하에 맞게 늘리거나(\`capacity=\`, \`replicas=\`), 의도한 축소 운영이라면 그렇게 적어 두세요.`,
          ),
          { balancer: lb.name, offered, capacity: cap, secondChoice: true },
          undefined,
          'info',
        ),
      );
    }
    return out;
  },
  fixes(design: Design, _facts: Facts, finding: Finding) {
    return instanceCountFixes(design, finding, (node, need, auto) => {
      const max = Math.max(need, auto.max);
      return [fix(L(`Keep ${need} instances of \`${node.name}\` at the minimum (autoscale=${need}..${max})`, `\`${node.name}\` 최소 대수를 ${need}개로(autoscale=${need}..${max})`), [setAttr(design, node, 'autoscale', `${need}..${max}`)], true)];
    });
  },
};

/**
 * The note's own peak: the scenario with the largest \`spike\` (its spikes up to that one, nothing failed), run to its end,
 * with its load, live instances and served share per node. Null with no spike above ×1 or no rate.
 */
function peakOf(
  design: Design,
  m: ReturnType<typeof buildModel>,
): { name: string; what: Localized; factor: number; phys: ArrayLike<number>; live: ArrayLike<number>; cf: ArrayLike<number>; basePhys: ArrayLike<number>; baseLive: ArrayLike<number>; baseCf: ArrayLike<number> } | null {
  if (!m.hasRate) return null;
  let best: { name: string; factor: number; steps: { type: 'spike'; factor: number; at: number }[] } | null = null;
  for (const sc of design.scenarios) {
    const spikes = sc.steps.flatMap((st) => (st.type === 'spike' && Number.isFinite(st.factor) && st.factor > 0 && st.at < m.horizon ? [{ type: 'spike' as const, factor: st.factor, at: st.at }] : [])).sort((a, b) => a.at - b.at);
    if (!spikes.length) continue;
    // The steps up to the highest level (a later step back to ×1 ends the peak; what the run holds at its end is the peak).
    let top = 0;
    for (let k = 1; k < spikes.length; k++) if (spikes[k]!.factor > spikes[top]!.factor) top = k;
    const factor = spikes[top]!.factor;
    if (factor > 1 && (best === null || factor > best.factor)) best = { name: sc.name, factor, steps: spikes.slice(0, top + 1) };
  }
  if (!best) return null;
  const e = new Engine(m, { horizon: m.horizon, sweep: false });
  e.run(best.steps);
  const a = e.arrays;
  // The same flows with nothing changed (a queue's consumers carry their messages there too): what normal load leaves.
  const b = new Engine(m, { horizon: m.horizon, sweep: false });
  b.run([]);
  return { name: best.name, what: L(`scenario \`${best.name}\` (spike ×${best.factor})`, `시나리오 \`${best.name}\`(트래픽 ${best.factor}배)`), factor: best.factor, phys: a.phys, live: a.live, cf: a.cf, basePhys: b.arrays.phys, baseLive: b.arrays.live, baseCf: b.arrays.cf };
}

/** The load equals what is left: within a millionth (the figures are req/s written by hand). */
function atLimit(offered: number, left: number): boolean {
  return offered > 0 && left > 0 && Math.abs(offered - left) <= 1e-6 * offered;
}

/**
 * A tier left at exactly 100 % of its capacity by one loss (an instance, or a zone's instances): nothing fails in the
 * run, but there is no headroom — any growth, the retries that follow the loss, or one more loss fails requests. An
 * info: the arithmetic holds, the margin does not (round 64b r03; with autoscaling, until it adds instances — round 65 r04).
 */
function noHeadroom(s: SimNode, offered: number, live: number, zone: { zone: string; inZone: number; zones: number } | null, need: number, untilRun?: Localized): Finding {
  const setting = s.autoscale ? `autoscale=${need}..${Math.max(need, s.autoscale.max)}` : `replicas=${need}`;
  // Autoscaling gives the room back only after its alarm and a launch (minutes): the window is what is said (round 65 r04).
  const until = untilRun ?? (s.autoscale ? L(' until autoscaling adds instances (minutes: its alarm, then a launch)', '오토스케일이 인스턴스를 더할 때까지(알람과 기동에 몇 분) ') : L('', ''));
  const msg = zone
    ? L(
        `Losing zone \`${zone.zone}\` takes ${zone.inZone} of the ${live} instances \`${s.name}\` runs and leaves exactly the ${fmt(offered)} req/s it is offered: the instances left run at 100 % with no headroom${until.en}, so any growth, the retries that follow the loss or one more lost instance fail requests. Run one more instance in each zone (\`${setting}\`) to keep a margin after a zone loss.`,
        `${placeName('zone', zone.zone).ko === zone.zone ? codeJosa(zone.zone, '을/를') : `\`${zone.zone}\` 존을`} 잃으면 실행 중인 \`${s.name}\` 인스턴스 ${live}개 중 ${zone.inZone}개가 함께 멈추고, 남은 처리 용량이 들어오는 초당 ${fmt(offered)}건과 딱 같아집니다. ${until.ko}남은 인스턴스가 100%로 돌아 여유가 없으니, 부하가 조금 늘거나 장애 뒤 재시도가 몰리거나 한 대를 더 잃으면 요청이 실패합니다. 존 하나를 잃은 뒤에도 여유가 남도록 존마다 한 대씩 더 두세요(\`${setting}\`).`,
      )
    : L(
        `Losing one of \`${s.name}\`'s ${live} instances leaves exactly the ${fmt(offered)} req/s it is offered: the instances left run at 100 % with no headroom${until.en}, so any growth, the retries that follow the loss or a second loss fail requests. Run ${need} instances (\`${setting}\`) to keep a margin.`,
        `\`${s.name}\` 인스턴스 ${live}개 중 한 대를 잃으면 남은 처리 용량이 들어오는 초당 ${fmt(offered)}건과 딱 같아집니다. ${until.ko}남은 인스턴스가 100%로 돌아 여유가 없으니, 부하가 조금 늘거나 장애 뒤 재시도가 몰리거나 한 대를 더 잃으면 요청이 실패합니다. 여유를 두려면 인스턴스를 ${need}개 두세요(\`${setting}\`).`,
      );
  return nodeFinding('n-plus-one', s.node, msg, { ...(zone ? { zone: zone.zone } : {}), offered, capacity: offered, perInstance: s.capacity, instances: live, dropped: 0, need, headroom: 0 }, undefined, 'info');
}

/** How long a lost instance takes to come back: its repair, after someone knows — its monitor, or the users' report when nothing monitors it (noticeFirst). */
function repairText(s: SimNode, back: number): Localized {
  if (s.noticeFirst <= 0) return L(`repair ${formatDuration(back)}`, `복구 ${koDuration(back)}`);
  const rest = back - s.noticeFirst;
  return s.noticedBy === 'monitor'
    ? L(`noticed by its monitor after ${formatDuration(s.noticeFirst)}, repaired ${formatDuration(rest)} later, back at ${formatDuration(back)}`, `모니터가 ${koDuration(s.noticeFirst)} 뒤에 알아채고 ${koDuration(rest)} 걸려 복구, ${koDuration(back)} 뒤`)
    : L(`noticed after ${formatDuration(s.noticeFirst)} with no monitor, repaired ${formatDuration(rest)} later, back at ${formatDuration(back)}`, `모니터가 없어 ${koDuration(s.noticeFirst)} 뒤에 알아채고 ${koDuration(rest)} 걸려 복구, ${koDuration(back)} 뒤`);
}
