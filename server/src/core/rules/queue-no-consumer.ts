import { queueMirrors } from '../model/replication';
import { buildModel, DEAD_LETTER } from '../model/request-graph';
import { L, nameList, nodeFinding } from './facts';
import type { Rule } from './rule';
import { codeJosa } from '../shared/josa';

/**
 * A queue that producers send to and that no node is drawn reading (`q -> worker`): its messages are never processed
 * in the design. When a caller of the queue is itself called by no one and is no client, it is most likely the
 * consumer drawn the other way round (consumers pull, so `workers -> q` is a natural way to write it); the message
 * says how the language reads the edge and how to write the consumer.
 */
/** An edge label saying it carries what failed: a dead-letter queue's. */

export const queueNoConsumer: Rule<'queue-no-consumer'> = {
  id: 'queue-no-consumer',
  check({ design }) {
    const m = buildModel(design);
    const out = [];
    // A queue another one is mirrored into (MirrorMaker 2 consuming in one region and producing into another): its
    // consumers start at the failover — a DR copy is read by nothing until then, by design.
    const mirrored = new Set(queueMirrors(design).map((x) => x.to.name));
    for (const q of m.nodes) {
      if (q.kind !== 'queue' || q.consumers.length || !q.callers.length || mirrored.has(q.name)) continue;
      // A topic that delivers to queues that are read (SNS fanning out to SQS queues: `topic -> q`, `q -> worker`) is
      // read through them — not a dead-letter queue's edge (round 63b r04).
      const fansOut = design.edges.some((e) => {
        if (e.from !== q.name || DEAD_LETTER.test(e.label ?? '')) return false;
        const t = m.byName.get(e.to);
        return t !== undefined && m.nodes[t]!.kind === 'queue' && m.nodes[t]!.consumers.length > 0;
      });
      if (fansOut) continue;
      // A caller that nothing calls and that is no client: a worker drawn as it pulls.
      const pullers = q.callers.map((c) => m.nodes[c]!).filter((c) => !c.client && !c.ignored && !c.callers.length && c.callees.length === 1);
      const names = pullers.map((p) => p.name);
      const list = nameList(names);
      const first = names[0];
      out.push(
        nodeFinding(
          'queue-no-consumer',
          q.node,
          first !== undefined
            ? L(
                `No node reads \`${q.name}\`: in this language an edge goes the way the messages go, so \`${first} -> ${q.name}\`${names.length > 1 ? ' (and the like)' : ''} makes ${list.en} a producer, and nothing processes what the queue holds — a consumer outage, a backlog or a lone consumer cannot be found. If ${list.en} ${names.length > 1 ? 'consume' : 'consumes'} the queue, write \`${q.name} -> ${first}\` instead (consumers pull, but the edge is drawn from the queue to them).`,
                `\`${q.name}\` 큐를 읽는 노드가 없습니다. 이 언어에서 연결선은 메시지가 흐르는 방향이라 ${names.length > 1 ? `\`${first} -> ${q.name}\` 등은` : codeJosa(`${first} -> ${q.name}`, '은/는')} ${list.ko} 노드를 프로듀서로 읽고, 큐에 쌓인 메시지는 아무도 처리하지 않는 것이 됩니다. 그래서 컨슈머 장애, 적체, 컨슈머가 하나뿐인 문제를 찾을 수 없습니다. ${codeJosa(first, '이/가')} 큐를 소비한다면 ${codeJosa(`${q.name} -> ${first}`, '으로/로')} 쓰세요(컨슈머가 가져가더라도 연결선은 큐에서 컨슈머 쪽으로 그립니다).`,
              )
            : L(
                `No node reads \`${q.name}\`: producers send to it and nothing is drawn consuming it (\`${q.name} -> worker\`), so its messages are never processed in this design, and a consumer outage or backlog cannot be found. Draw the consumers.`,
                `\`${q.name}\` 큐를 읽는 노드가 없습니다. 프로듀서는 보내는데 소비하는 노드(\`${q.name} -> worker\`)가 그려져 있지 않아, 이 설계에서는 메시지가 처리되지 않고 컨슈머 장애나 적체도 찾을 수 없습니다. 컨슈머를 그리세요.`,
              ),
          { pullers: names },
          undefined,
          first !== undefined ? 'warning' : 'info',
        ),
      );
    }
    return out;
  },
};
