import type { GlossaryEntry } from '../types';

/** Releasing without downtime: zero-downtime, rolling, blue-green and canary deployments. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "zero-downtime-deployment",
    ko: {
      term: "무중단 배포",
      definition: "새 버전을 내보내는 동안에도 서비스가 끊기지 않도록, 새 버전을 먼저 띄워 놓고 트래픽을 조금씩 또는 한 번에 옮기는 배포 방식을 통틀어 부르는 말입니다. 롤링, 블루-그린, 카나리가 대표적입니다.",
      why: "배포는 장애의 가장 흔한 원인이자 계획된 다운타임의 주범이라, 끊김 없이 배포하고 문제가 보이면 곧바로 이전 버전으로 되돌릴 수 있어야 가용성 목표를 지킬 수 있습니다.",
    },
    en: {
      term: "Zero-downtime deployment",
      definition: "Any way of releasing a new version without interrupting the service, by starting the new version and moving traffic to it gradually or all at once; rolling, blue-green and canary are the usual ones.",
      why: "Deployments are the commonest cause of outages and of planned downtime, so shipping without a gap, and being able to roll back at once, is part of meeting an availability target.",
    },
    aliases: ["zero downtime deploy", "무중단 업데이트", "무중단 릴리스", "무정지 배포", "zero-downtime release"],
    related: ["rolling-deployment", "blue-green-deployment", "canary-deployment", "rollback", "downtime", "load-balancer"],
  },
  {
    id: "rolling-deployment",
    ko: {
      term: "롤링 배포",
      definition: "서버를 한 대 또는 몇 대씩 차례로 로드 밸런서에서 빼고 새 버전으로 바꾼 뒤 다시 넣는 과정을, 전체가 바뀔 때까지 되풀이하는 배포 방식입니다.",
      why: "추가 자원이 거의 들지 않지만 배포 중에는 처리 용량이 줄고 두 버전이 동시에 요청을 받으므로, 여유 용량과 버전 간 호환성을 미리 확인해야 합니다.",
    },
    en: {
      term: "Rolling deployment",
      definition: "Taking servers out of the load balancer one or a few at a time, upgrading them and putting them back, until all run the new version.",
      why: "It needs little extra capacity, but capacity drops during the rollout and two versions serve side by side, so check headroom and compatibility.",
    },
    aliases: ["롤링 업데이트", "rolling update", "rolling deploy", "롤링 업그레이드", "rolling upgrade", "롤링 방식", "롤링 재시작", "rolling restart"],
    related: ["zero-downtime-deployment", "blue-green-deployment", "canary-deployment", "load-balancer", "health-check"],
  },
  {
    id: "blue-green-deployment",
    ko: {
      term: "블루-그린 배포",
      definition: "지금 서비스 중인 환경(블루)과 같은 규모의 새 환경(그린)을 따로 띄워 검증한 뒤, 로드 밸런서나 DNS를 바꿔 트래픽을 한 번에 그린으로 넘기는 배포 방식입니다.",
      why: "문제가 생기면 트래픽을 블루로 돌리기만 하면 되어 롤백이 빠르지만, 전환하는 동안 자원이 두 배로 들고 DB 스키마처럼 두 버전이 함께 쓰는 부분은 양쪽과 호환되게 만들어야 합니다.",
    },
    en: {
      term: "Blue-green deployment",
      definition: "Running a full second environment (green) with the new version next to the current one (blue), verifying it, then switching all traffic over at the load balancer or DNS.",
      why: "Rolling back is just switching back, but it needs double capacity during the switch, and anything both versions share, like the database schema, must work with both.",
    },
    aliases: ["블루-그린", "블루/그린", "블루/그린 배포", "blue-green", "blue/green", "blue/green deployment", "blue-green deploy"],
    related: ["zero-downtime-deployment", "canary-deployment", "rolling-deployment", "rollback", "load-balancer", "dns"],
  },
  {
    id: "canary-deployment",
    ko: {
      term: "카나리 배포",
      definition: "새 버전을 일부 서버나 일부 사용자(예: 5%)에게만 먼저 내보내고, 오류율과 지연 같은 지표를 지켜보다가 문제가 없으면 비율을 조금씩 늘려 가는 배포 방식입니다. 탄광의 카나리아에서 이름을 따왔습니다.",
      why: "버그가 있어도 소수의 요청만 영향을 받고 지표가 나빠지면 자동으로 되돌릴 수 있어, 배포로 인한 장애 범위를 작게 묶어 둡니다. 대신 믿을 만한 모니터링 지표가 먼저 있어야 합니다.",
    },
    en: {
      term: "Canary deployment",
      definition: "Releasing a new version to a small share of servers or users first (say 5%), watching error rate and latency, and widening it step by step while the metrics stay healthy; named after the canary in the coal mine.",
      why: "A bad release hurts only a few requests and can be rolled back automatically when metrics worsen, keeping the blast radius small; it depends on trustworthy metrics.",
    },
    aliases: ["카나리", "카나리아 배포", "카나리 릴리스", "canary release", "canary deploy", "canary", "카나리 테스트"],
    related: ["zero-downtime-deployment", "blue-green-deployment", "rolling-deployment", "metric", "monitoring", "rollback"],
  },
];
