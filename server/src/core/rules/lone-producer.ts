import { buildModel } from '../model/request-graph';
import { watchers } from '../model/monitoring';
import { L, nodeFinding, textAttr } from './facts';
import type { Rule } from './rule';
import { codeJosa } from '../shared/josa';

/** Compute that starts work of its own when nothing calls it: a batch job, a scheduler, a change-data relay. */
const COMPUTE = new Set(['service', 'app-server', 'web-server']);

/**
 * A node that nothing calls, in a design whose requests come from clients, that calls
 * others and runs one instance with nothing to take over: a batch server, a cron
 * scheduler, an outbox or CDC relay. While it is down its work silently stops; no
 * client request fails, so neither the single-point-of-failure rule nor the
 * availability estimate (both measured on the clients' requests) shows it.
 */
/** Names and labels that say a node is a scheduled job, a batch or a relay. */
const JOB_WORDS = /batch|cron|job|nightly|scheduler|schedule|etl|report|relay|배치|정산|스케줄|야간|리포트|보고서/i;

export const loneProducer: Rule<'lone-producer'> = {
  id: 'lone-producer',
  check({ design }) {
    const m = buildModel(design);
    if (!m.nodes.some((s) => s.client)) return [];
    const out = [];
    for (const s of m.nodes) {
      // A recovery site's front that nothing sends users to (round 37): it calls a standby, directly or through its own
      // tier, and no DNS record, balancer or client reaches it — promoting that standby restores nothing.
      if (!s.client && !s.ignored && (COMPUTE.has(s.kind ?? '') || s.kind === 'load-balancer' || s.kind === 'gateway') && !s.callers.length && !s.consumes.length) {
        const seen = new Set<number>([s.idx]);
        const todo = [...s.callees];
        const standbys: number[] = [];
        while (todo.length) {
          const v = todo.pop()!;
          if (seen.has(v)) continue;
          seen.add(v);
          const sv = m.nodes[v]!;
          if (sv.node.role === 'standby' && sv.standsFor >= 0) standbys.push(v);
          else todo.push(...sv.callees);
        }
        // (One that reaches the standby's primary too — a pool routing reads to the standby and writes to the primary —
        // is no recovery site's front: round 43 called a nightly batch behind pgpool one.)
        // (Nor one that says it is a job: a nightly batch reading a readable standby — round 68b r07.)
        const job = JOB_WORDS.test(`${s.name} ${textAttr(s.node, 'label') ?? ''} ${textAttr(s.node, 'engine') ?? ''}`);
        const standby = job ? null : (standbys.find((v) => !seen.has(m.nodes[v]!.standsFor)) ?? null);
        if (standby !== null) {
          const sb = m.nodes[standby]!;
          const src = m.nodes[sb.standsFor]!.name;
          out.push(
            nodeFinding(
              'lone-producer',
              s.node,
              L(
                `Nothing sends requests to \`${s.name}\`, which works on \`${sb.name}\`, a standby of \`${src}\`: it reads as a recovery site's front, but no DNS record, balancer or client reaches it, so when \`${src}\` and what serves it are lost, promoting \`${sb.name}\` restores nothing — the users are never moved there. Make it a later target of the record the users resolve (\`dns: dns routing=failover health-check\`, \`dns -> ${s.name}\`) and write how the switch happens; if it is a batch job or a relay instead, this does not apply.`,
                `${codeJosa(s.name, '은/는')} \`${src}\`의 대기 노드인 ${codeJosa(sb.name, '을/를')} 쓰는데, 이 노드로 요청을 보내는 곳이 없습니다. 복구 사이트의 앞단으로 보이지만 DNS 레코드도, 로드밸런서도, 클라이언트도 이곳에 닿지 않으므로, ${codeJosa(src, '와/과')} 그 앞단을 잃었을 때 ${codeJosa(sb.name, '을/를')} 승격해도 사용자는 이쪽으로 옮겨 오지 않고 아무것도 복구되지 않습니다. 사용자가 조회하는 레코드의 다음 대상으로 두고(\`dns: dns routing=failover health-check\`, \`dns -> ${s.name}\`) 전환 방법을 적으세요. 배치 작업이나 릴레이라면 해당하지 않습니다.`,
              ),
              { callees: s.callees.map((c) => m.nodes[c]!.name), unreachedRecovery: sb.name },
              undefined,
              'warning',
            ),
          );
          continue;
        }
      }
      if (s.client || s.ignored || s.managed || !COMPUTE.has(s.kind ?? '') || s.instances !== 1) continue;
      // A queue's consumer is driven by its queue (lone-consumer speaks for it), and a queue edge is no caller.
      if (s.callers.length || s.consumes.length || !s.callees.length || s.takeovers.length || s.standsFor >= 0 || s.node.role === 'standby') continue;
      const what = s.callees.map((c) => `\`${m.nodes[c]!.name}\``).join(', ');
      // A Kubernetes Job or CronJob (engine=k8s): its controller recreates a failed pod and reschedules it off a lost
      // node (backoffLimit 6): a second copy is not the fix — alerting on failed or missed runs is.
      if (s.timings.profile.id === 'k8s-service') {
        // What it is, from its name or label: a Job or CronJob (a run that fails or is missed) or a long-running relay (a
        // replicator, a connector: a second replica that takes over). Neither said: both (round 59b r01: MirrorMaker 2 was
        // given CronJob settings; round 35: a ranking job was told to run a second copy).
        const said = `${s.name} ${textAttr(s.node, 'label') ?? ''}`.toLowerCase();
        const job = /job|cron|batch|배치|정산|집계/.test(said);
        const relay = !job && /mirror|mm2|cdc|connect|debezium|relay|replicat|sync|릴레이|복제|동기화/.test(said);
        const jobEn = `On Kubernetes a Job or CronJob's controller recreates a failed pod and moves it off a lost node (retrying up to \`backoffLimit\`, 6 by default), but a run that keeps failing, or one skipped while the cluster could not schedule it, stops that work silently — no client request fails, so no other finding shows it. Alert on failed and missed runs (the Job's failed condition, the CronJob's last successful time), and set \`concurrencyPolicy: Forbid\` and \`startingDeadlineSeconds\` so that a late run neither doubles nor vanishes.`;
        const jobKo = `Kubernetes에서는 Job이나 CronJob의 컨트롤러가 실패한 파드를 다시 만들고 잃은 노드 밖으로 옮기지만(\`backoffLimit\`, 기본 6번까지 재시도), 계속 실패하는 실행이나 클러스터가 스케줄하지 못해 건너뛴 실행은 그 일을 조용히 멈춥니다. 클라이언트 요청은 실패하지 않으므로 다른 알림에는 드러나지 않습니다. 실패한 실행과 놓친 실행에 알림을 거세요(Job의 failed 상태, CronJob의 마지막 성공 시각). 그리고 \`concurrencyPolicy: Forbid\`와 \`startingDeadlineSeconds\`를 두어 늦은 실행이 겹치거나 사라지지 않게 하세요.`;
        const relayEn = `On Kubernetes its Deployment recreates a failed pod and moves it off a lost node, but while it is down, failing or unschedulable that work stops silently — no client request fails, so no other finding shows it. Alert on its lag or heartbeat, and run a second replica that takes over (the product's own task rebalancing, or a lock or leader election).`;
        const relayKo = `Kubernetes에서는 Deployment가 실패한 파드를 다시 만들고 잃은 노드 밖으로 옮기지만, 멈춰 있거나 계속 실패하거나 스케줄되지 못하는 동안에는 그 일이 조용히 멈춥니다. 클라이언트 요청은 실패하지 않으므로 다른 알림에는 드러나지 않습니다. 지연이나 하트비트에 알림을 걸고, 넘겨받을 두 번째 레플리카를 두세요(제품 자체의 태스크 재분배, 또는 잠금이나 리더 선출).`;
        const bothEn = `On Kubernetes its controller — a Deployment's, or a Job's — recreates a failed pod and moves it off a lost node, but while it is down, failing or unschedulable that work stops silently — no client request fails, so no other finding shows it. If it runs all the time (a replicator, a connector): alert on its lag or heartbeat, and run a second replica that takes over through the product's own task rebalancing. If it is a Job or CronJob: alert on failed and missed runs, and set \`concurrencyPolicy: Forbid\` and \`startingDeadlineSeconds\`.`;
        const bothKo = `Kubernetes에서는 컨트롤러(Deployment나 Job)가 실패한 파드를 다시 만들고 잃은 노드 밖으로 옮기지만, 멈춰 있거나 계속 실패하거나 스케줄되지 못하는 동안에는 그 일이 조용히 멈춥니다. 클라이언트 요청은 실패하지 않으므로 다른 알림에는 드러나지 않습니다. 계속 도는 것(복제기, 커넥터)이라면 지연이나 하트비트에 알림을 걸고 제품 자체의 태스크 재분배로 넘겨받을 두 번째 레플리카를 두세요. Job이나 CronJob이라면 실패한 실행과 놓친 실행에 알림을 걸고 \`concurrencyPolicy: Forbid\`와 \`startingDeadlineSeconds\`를 두세요.`;
        out.push(
          nodeFinding(
            'lone-producer',
            s.node,
            L(
              `Nothing calls \`${s.name}\`: it starts work of its own and sends it to ${what}. ${job ? jobEn : relay ? relayEn : bothEn}`,
              `${codeJosa(s.name, '은/는')} 아무도 호출하지 않고 스스로 일을 시작해 ${what} 노드로 보냅니다. ${job ? jobKo : relay ? relayKo : bothKo}`,
            ),
            { callees: s.callees.map((c) => m.nodes[c]!.name), job: true },
          ),
        );
        continue;
      }
      // Watched by a monitor already: the stop is noticed, and a monitor is not advised again (round 67 r05).
      const watched = watchers(design).has(s.name);
      out.push(
        nodeFinding(
          'lone-producer',
          s.node,
          L(
            `Nothing calls \`${s.name}\`: it starts work of its own (a batch job, a scheduler, a relay) and sends it to ${what}, on one instance. While it is down that work ${watched ? 'stops' : 'silently stops'} — no client request fails, so the single-point-of-failure findings and the availability estimate, measured on the clients' requests, do not show it${watched ? ' (its monitor does)' : ''}. Run a second instance that takes over (with a lock or leader election, so that the two never run the same job twice)${watched ? '' : ', and watch it with a monitor'}.`,
            `${codeJosa(s.name, '은/는')} 아무도 호출하지 않고 스스로 일을 시작해(배치 작업, 스케줄러, 릴레이) ${what} 노드로 보내는데, 인스턴스가 하나뿐입니다. 이 노드가 멈추면 그 일이 ${watched ? '' : '조용히 '}멈춥니다. 클라이언트 요청은 실패하지 않으므로 단일 장애점 알림이나 가용성 추정(클라이언트 요청으로 계산)에는 드러나지 않습니다${watched ? '(모니터는 알아챕니다)' : ''}. 넘겨받을 두 번째 인스턴스를 두세요(같은 작업을 두 번 실행하지 않도록 잠금이나 리더 선출과 함께)${watched ? '' : '. 모니터로도 감시하세요'}.`,
          ),
          { callees: s.callees.map((c) => m.nodes[c]!.name) },
        ),
      );
    }
    return out;
  },
};
