import { buildModel, canBeSpof, consumerServices, reachedFromEntries, readOnlyCalls, splitsConsumers } from '../model/request-graph';
import { coverOf, findSpofs } from '../analysis/spof';
import { codeJosa } from '../shared/josa';
import { regionsOf } from '../syntax/places';
import { queueMirrors, syncWaitWords } from '../model/replication';
import { L, nodeFinding } from './facts';
import type { Rule } from './rule';
import { findingNode, fix, setAttr } from './fixes';
import { formatDuration } from '../shared/format';
import { koDuration } from '../shared/duration';


/**
 * A queue consumed by one instance only: while it is down nothing is
 * processed. No user request fails (the producers need only the queue), so
 * this is an info, not a single point of failure.
 */
export const loneConsumer: Rule<'lone-consumer'> = {
  id: 'lone-consumer',
  check({ design }) {
    const m = buildModel(design);
    const out = [];
    const said = new Set<number>();
    const reached = reachedFromEntries(m);
    const mirrors = queueMirrors(design);
    /** The single points of failure of the requests, found once on first need (a consumer's primary waiting on its standby). */
    let spofNames: Set<string> | undefined;
    for (const q of m.nodes) {
      if (!q.consumers.length) continue;
      // A log (Kafka, Kinesis, Pub/Sub, Event Hubs): each consuming service is its own consumer group and reads every
      // message, so a service of one instance is alone with its share of the work however many others read the log.
      // A work queue (RabbitMQ, SQS): the instances of one service compete for its messages and cover for each other,
      // but another service reads its own messages, not these (model/request-graph consumerServices).
      const split = splitsConsumers(q, m.nodes, m.design);
      const groups = consumerServices(q, m.nodes);
      for (const group of groups) {
      const total = group.reduce((n, c) => n + m.nodes[c]!.instances, 0);
      if (total !== 1) continue;
      const c = m.nodes[group[0]!]!;
      // A consumer with a standby that takes over by itself is not alone: its outage lasts the failover (round 36).
      if (c.managed || c.takeovers.some((k) => !k.manual)) continue;
      // A consumer the autoscaler runs from zero up to several (`autoscale=0..3`: KEDA on the lag, a DR side started by
      // its runbook) is no lone instance: told `replicas=2`, a mirror's standby consumer would process every message twice
      // (round 62b r11).
      const as = c.node.attrs.get('autoscale')?.value;
      if (as && as.type === 'range' && as.max >= 2) continue;
      // With a retention shorter than the consumer's repair, the oldest messages are deleted before anyone reads them.
      const rv = q.node.attrs.get('retention')?.value;
      const R = rv && rv.type === 'duration' && rv.seconds > 0 ? rv.seconds : null;
      const loses = R !== null && c.restore > R;
      const lossEn = loses
        ? ` With \`retention=${formatDuration(R)}\` and \`${c.name}\` back only after ${formatDuration(c.restore)} (its repair), the messages that wait longer than ${formatDuration(R)} are deleted unprocessed: about ${formatDuration(c.restore - R)} of messages are lost.`
        : '';
      const lossKo = loses
        ? ` \`retention=${formatDuration(R)}\`인데 \`${c.name}\` 노드는 ${koDuration(c.restore)} 뒤에야(복구 시간) 돌아오므로, ${koDuration(R)}보다 오래 기다린 메시지는 처리되지 못한 채 삭제되어 약 ${koDuration(c.restore - R)} 분량의 메시지를 잃습니다.`
        : '';
      out.push(
        nodeFinding(
          'lone-consumer',
          c.node,
          L(
            `\`${c.name}\` is the only ${split ? `instance of the service that reads its own messages from \`${q.name}\` (services on one broker read their own queues — Celery's task routes, a binding per service — not each other's)` : groups.length > 1 ? `instance of its consumer group on \`${q.name}\` (each service reading a log is a group of its own and gets every message)` : `consumer of \`${q.name}\``}: while it is down no message is processed${groups.length > 1 ? ' for it' : ''}. Producers go on (no user request fails), but messages pile up and are processed late — lost if the outage outlasts the queue's retention.${lossEn} Run two or more consumers (\`replicas=2\`) in a consumer group.`,
            `\`${c.name}\` 노드는 ${split ? `\`${q.name}\`에서 자기 메시지를 읽는 서비스의 유일한 인스턴스라(한 브로커의 서비스들은 각자 자기 큐를 읽고 서로의 메시지를 가져가지 않습니다. Celery의 task route, 서비스마다 바인딩), 이 노드가 멈추면 이 서비스의 메시지가 처리되지 않습니다.` : groups.length > 1 ? `\`${q.name}\`에서 자기 컨슈머 그룹의 유일한 인스턴스라(로그를 읽는 서비스는 저마다 그룹이 되어 모든 메시지를 받습니다), 이 노드가 멈추면 이 그룹의 메시지가 처리되지 않습니다.` : `\`${q.name}\` 큐의 유일한 컨슈머라, 이 노드가 멈추면 메시지가 처리되지 않습니다.`} 프로듀서는 계속 동작하지만(사용자 요청은 실패하지 않음) 메시지가 쌓여 늦게 처리되고, 장애가 큐의 보존 기간보다 길면 사라집니다.${lossKo} 컨슈머 그룹으로 두 개 이상 실행하세요(\`replicas=2\`).`,
          ),
          { queue: q.name },
        ),
      );
      }
      // Every consumer of the queue in one region, while a producer keeps sending from another (an active-active or
      // warm-standby front): losing that region stops the processing though the requests are served — a goal's RTO
      // judges the requests, so nothing else says it (round 65b r06). (One finding per queue; a lone consumer is told above.)
      if (design.regions.size >= 2 && q.consumers.length && !q.consumers.some((c) => said.has(c))) {
        const regs = new Set<string>();
        let unplaced = false;
        for (const ci of q.consumers) {
          const r = regionsOf(design, m.nodes[ci]!.node);
          if (!r.length) unplaced = true;
          for (const x of r) regs.add(x);
        }
        const only = !unplaced && regs.size === 1 ? [...regs][0]! : null;
        const outside = only === null ? [] : q.callers.map((c) => m.nodes[c]!).filter((p) => !p.client && !p.ignored && regionsOf(design, p.node).some((r) => r !== only));
        const qRegions = regionsOf(design, q.node);
        const qOutside = only !== null && qRegions.some((r) => r !== only);
        // (Not when the queue itself runs only in that region: its loss fails the producers' sends too, so the requests are
        // not served — the goal's findings say so; round 94b r03.)
        const qOnlyThere = only !== null && qRegions.length > 0 && qRegions.every((r) => r === only);
        // (A mirror reading the queue into another region — MirrorMaker 2 in the recovery region — is no processing: its
        // region's loss stops the copy, not the work.)
        const mirror = q.consumers.some((ci) => mirrors.some((x) => x.via.name === m.nodes[ci]!.name));
        // (A provider's compute — Cloud Run, Lambda — is regional too: it scales inside its region and goes with it; round
        // 93b r10. A managed consumer of another kind is left out.)
        if (only !== null && (outside.length || qOutside) && !qOnlyThere && !mirror && !q.consumers.some((ci) => m.nodes[ci]!.managed && !['service', 'app-server', 'web-server'].includes(m.nodes[ci]!.kind ?? ''))) {
          const cs = q.consumers.map((ci) => `\`${m.nodes[ci]!.name}\``).join(', ');
          const ps = outside.map((p) => `\`${p.name}\``).join(', ');
          for (const ci of q.consumers) said.add(ci);
          out.push(
            nodeFinding(
              'lone-consumer',
              m.nodes[q.consumers[0]!]!.node,
              L(
                `Every consumer of \`${q.name}\` (${cs}) runs only in region \`${only}\`${ps ? `, while ${ps} ${outside.length > 1 ? 'keep' : 'keeps'} sending to it from outside` : `, while \`${q.name}\` itself runs outside it`}: when \`${only}\` is lost, the requests are served but nothing processes \`${q.name}\` — messages wait until the region is back (and are lost past the queue's retention). A goal's RTO judges the requests, so only this says it. Run consumers in the other region too.`,
                `\`${q.name}\` 큐의 컨슈머(${cs})가 모두 \`${only}\` 리전에만 있는데${ps ? `, ${ps} 노드는 그 밖에서도 계속 보냅니다` : `, 큐는 그 밖에 있습니다`}. \`${only}\` 리전을 잃으면 요청은 처리되어도 \`${q.name}\`의 메시지를 처리하는 곳이 없어, 리전이 돌아올 때까지 쌓입니다(큐의 보존 기간을 넘기면 사라집니다). 목표 RTO는 요청만 보고 판단하므로 이 알림만 이를 알려 줍니다. 다른 리전에도 컨슈머를 두세요.`,
              ),
              { queue: q.name, region: only },
              undefined,
              'info',
            ),
          );
        }
      }
      // What every consumer of one service needs for each message (its hard callees, every class of them) running as one
      // server with nothing to take over (round 38: an RDS Single-AZ ledger behind a queue): while it is down nothing of
      // the queue is processed — no client request reaches it, so no single-point-of-failure finding names it.
      for (const group of groups) {
        const needs = new Set<number>();
        for (const ci of group) {
          const c = m.nodes[ci]!;
          if (c.or !== null) continue;
          for (const d of c.callees) if (!c.back.has(d)) needs.add(d);
          if (c.routes) for (const r of c.routes) for (const d of r.pool) needs.add(d);
        }
        for (const di of needs) {
          const dn = m.nodes[di]!;
          // A primary whose commits wait for its only synchronous standby, written by the consumers: that standby's loss
          // stops the processing, and when no client request writes there no single-point finding names it (round 61:
          // the users only read).
          const sw = dn.syncWait;
          if (sw >= 0 && !said.has(sw) && group.every((ci) => !readOnlyCalls(m).has(ci * m.nodes.length + di)) && !(spofNames ??= new Set(findSpofs(design, m).map((x) => x.node))).has(m.nodes[sw]!.name)) {
            said.add(sw);
            const sn = m.nodes[sw]!;
            const who = group.map((ci) => `\`${m.nodes[ci]!.name}\``).join(', ');
            const ww = syncWaitWords(dn.node, sn.node);
            out.push(
              nodeFinding(
                'lone-consumer',
                sn.node,
                L(
                  `\`${sn.name}\` is \`${dn.name}\`'s only synchronous standby: ${ww.why.en}, so while it is down no write of ${who}, consuming \`${q.name}\`, completes — the messages wait and are processed late. No client request writes to \`${dn.name}\`${reached[di] ? ' (they only read, and reads go on)' : ''}, so no single-point-of-failure finding names it. ${ww.fix.en}`,
                  `${codeJosa(sn.name, '은/는')} \`${dn.name}\`의 유일한 동기 대기 노드입니다. ${ww.why.ko} 이 노드가 멈추면 ${codeJosa(q.name, '을/를')} 처리하는 ${who}의 쓰기가 하나도 끝나지 않고, 메시지는 쌓였다가 늦게 처리됩니다. 클라이언트 요청은 \`${dn.name}\`에 쓰지 않으므로${reached[di] ? '(읽기만 하고, 읽기는 계속됨)' : ''} 단일 장애점 알림에는 나오지 않습니다. ${ww.fix.ko}`,
                ),
                { queue: q.name, dependency: true, syncStandby: true },
                undefined,
                'info',
              ),
            );
          }
          if (said.has(di) || reached[di] || dn.readsFrom >= 0 || dn.instances !== 1 || !canBeSpof(dn) || dn.consumers.length || coverOf(dn, m.horizon, m.nodes) >= 0) continue;
          if (!group.every((ci) => m.nodes[ci]!.callees.includes(di) || (m.nodes[ci]!.routes ?? []).some((r) => r.pool.includes(di)))) continue;
          said.add(di);
          const who = group.map((ci) => `\`${m.nodes[ci]!.name}\``).join(', ');
          out.push(
            nodeFinding(
              'lone-consumer',
              dn.node,
              L(
                `\`${dn.name}\` is one server that ${who}, consuming \`${q.name}\`, ${group.length > 1 ? 'need' : 'needs'} for every message, and nothing takes over for it: while it is down no message of \`${q.name}\` is processed — they wait and are processed late. No client request reaches it, so no single-point-of-failure finding names it, and a goal's RTO judges the requests served, not this processing. Give it a standby that takes over by itself (or a Multi-AZ deployment for a managed database).`,
                `${codeJosa(dn.name, '은/는')} \`${q.name}\` 큐를 처리하는 ${group.length > 1 ? `${who}가` : codeJosa(m.nodes[group[0]!]!.name, '이/가')} 메시지마다 필요로 하는 서버 한 대인데, 대신할 곳이 없습니다. 이 서버가 멈추면 \`${q.name}\`의 메시지가 하나도 처리되지 않고 쌓였다가 늦게 처리됩니다. 클라이언트 요청은 이 서버에 닿지 않으므로 단일 장애점 알림에는 나오지 않고, 목표 RTO는 처리된 요청으로 판단할 뿐 이 처리 지연은 판단하지 않습니다. 스스로 넘겨받는 대기 노드를 두세요(관리형 데이터베이스라면 다중 AZ 배포).`,
              ),
              { queue: q.name, dependency: true },
              undefined,
              'info',
            ),
          );
        }
      }
    }
    return out;
  },
  fixes(design, _facts, finding) {
    const node = findingNode(design, finding);
    if (finding.data?.['region'] !== undefined) return [];
    if (finding.data?.['syncStandby']) return node ? [fix(L(`Keep a second synchronous standby (\`${node.name}\` replicas=2)`, `동기 대기 노드를 하나 더(\`${node.name}\` replicas=2)`), [setAttr(design, node, 'replicas', '2')], true)] : [];
    return node ? [fix(L(`Run two consumers (\`${node.name}\` replicas=2)`, `컨슈머 두 개로 실행(\`${node.name}\` replicas=2)`), [setAttr(design, node, 'replicas', '2')], true)] : [];
  },
};
