import type { GlossaryEntry } from '../types';

/** Availability and how it is promised and measured: HA, nines, SLA/SLO/SLI, error budgets, MTTR/MTBF, downtime, single points of failure. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "high-availability",
    ko: {
      term: "고가용성",
      definition: "장애가 나더라도 서비스가 멈추지 않거나 아주 잠깐만 멈추도록, 구성 요소를 이중화하고 자동으로 전환되게 설계한 시스템의 성질입니다.",
      why: "사용자에게 중요한 건 서버 한 대가 죽었느냐가 아니라 서비스가 끊겼느냐이므로, 어디가 고장 나도 다른 쪽이 이어받는 구조를 만드는 것이 HA의 핵심입니다.",
    },
    en: {
      term: "High availability",
      definition: "The property of a system built, through redundancy and automatic switchover, so that failures cause no downtime or only very brief downtime.",
      why: "Users care whether the service stays up, not whether one server died, so HA is about making sure something else always takes over.",
    },
    aliases: ["HA", "고 가용성", "highly available", "고가요성", "고가용", "고 가용적", "High Availability 방식"],
    related: ["availability", "redundancy", "spof", "failover", "fault-tolerance", "nines", "cluster", "load-balancing", "monitoring"],
  },
  {
    id: "availability",
    ko: {
      term: "가용성",
      definition: "전체 운영 시간 가운데 서비스가 실제로 정상 동작한 시간의 비율로, 보통 99.9%처럼 백분율로 나타냅니다.",
      why: "가용성 목표(예: 99.99%)를 먼저 정해야 이중화를 어디까지 하고 장애 대응 자동화와 비용을 얼마나 들일지 판단할 수 있습니다.",
    },
    en: {
      term: "Availability",
      definition: "The share of time a service is actually up and working correctly, usually written as a percentage such as 99.9%.",
      why: "A concrete availability target tells you how much redundancy, automation and money the system really needs.",
    },
    aliases: ["가동률", "가용률"],
    related: ["high-availability", "nines", "rto", "monitoring", "fault-tolerance", "sla", "slo", "downtime", "mttr", "mtbf"],
  },
  {
    id: "nines",
    ko: {
      term: "나인(9) 표기법",
      definition: "가용성을 9의 개수로 부르는 관례로, 99.9%는 쓰리 나인(연간 약 8.8시간 중단 허용), 99.99%는 포 나인(약 53분), 99.999%는 파이브 나인(약 5분)입니다.",
      why: "9가 하나 늘 때마다 허용되는 연간 중단 시간이 10분의 1로 줄어들어, 필요한 이중화·자동화 수준과 비용이 크게 달라집니다.",
    },
    en: {
      term: "Nines",
      definition: "A shorthand that counts the nines in an availability figure: 99.9% (three nines) allows about 8.8 hours of downtime a year, 99.99% about 53 minutes, 99.999% about 5 minutes.",
      why: "Each extra nine cuts the allowed yearly downtime tenfold, which sharply raises the redundancy, automation and cost required.",
    },
    aliases: ["파이브 나인", "포 나인", "쓰리 나인", "five nines", "four nines", "three nines", "99.99%", "99.999%"],
    related: ["availability", "high-availability", "rto", "sla", "downtime"],
  },
  {
    id: "fault-tolerance",
    ko: {
      term: "내결함성",
      definition: "구성 요소 일부가 고장 나도 시스템 전체는 멈추지 않고 계속 올바르게 동작하는 능력입니다.",
      why: "디스크, 서버, 네트워크는 언젠가 반드시 고장 나기 때문에, 고장을 아예 막으려 하기보다 고장이 나도 버티도록 설계하는 편이 현실적입니다.",
    },
    en: {
      term: "Fault tolerance",
      definition: "The ability of a system to keep working correctly even when some of its components fail.",
      why: "Disks, servers and links will eventually break, so designing to survive failures is more realistic than trying to prevent them.",
    },
    aliases: ["내고장성", "장애 허용", "결함 허용", "fault-tolerant", "폴트 톨러런스"],
    related: ["high-availability", "redundancy", "spof", "raid", "cluster"],
  },
  {
    id: "spof",
    ko: {
      term: "단일 장애점",
      definition: "그 부분 하나만 고장 나도 시스템 전체가 멈춰 버리는, 대신할 수단이 없는 구성 요소입니다.",
      why: "웹 서버를 아무리 늘려도 로드 밸런서나 DB가 한 대뿐이면 거기서 전체 장애가 나므로, 설계할 때 가장 먼저 찾아서 없애야 합니다.",
    },
    en: {
      term: "Single point of failure",
      definition: "A component with no backup whose failure alone stops the whole system.",
      why: "One un-duplicated load balancer or database can take everything down however many web servers you add, so SPOFs are the first thing to hunt down.",
    },
    aliases: ["SPOF", "단일 장애 지점", "단일 실패 지점", "단일 고장점", "Single Poing of Failure", "single points of failure"],
    related: ["redundancy", "high-availability", "standalone", "scale-up", "load-balancer", "failover", "downtime"],
  },
  {
    id: "downtime",
    ko: {
      term: "다운타임",
      definition: "서비스가 멈춰서 사용자가 쓸 수 없는 시간입니다. 장애로 인한 계획되지 않은 중단과 점검·작업을 위한 계획된 중단이 모두 들어갑니다.",
      why: "가용성 목표는 결국 허용 다운타임(99.9%면 한 달에 약 43분)이라, 장애뿐 아니라 스케일 업이나 DB 작업 같은 계획된 중단 시간까지 그 예산에서 빠진다는 점을 잊지 말아야 합니다.",
    },
    en: {
      term: "Downtime",
      definition: "Time during which a service is unavailable to users, whether from an unplanned failure or from planned maintenance.",
      why: "An availability target is a downtime allowance (99.9% is about 43 minutes a month), and planned work such as a scale-up or a migration spends it too.",
    },
    aliases: ["다운 타임", "down time", "서비스 중단 시간", "중단 시간", "점검 시간", "planned downtime", "계획된 다운타임"],
    related: ["availability", "nines", "sla", "mttr", "zero-downtime-deployment", "scale-up"],
  },
  {
    id: "sla",
    ko: {
      term: "SLA(서비스 수준 협약)",
      definition: "서비스 제공자가 고객에게 약속하는 가용성·응답 시간 같은 서비스 수준과, 그걸 못 지켰을 때의 보상(보통 크레딧)을 적어 둔 계약입니다.",
      why: "관리형 서비스의 SLA는 그 서비스가 얼마나 멈출 수 있는지를 알려 주는 숫자라, 여러 서비스를 직렬로 엮으면 전체 가용성이 각 SLA를 곱한 값보다 높을 수 없다는 점을 설계 때 따져 봐야 합니다.",
    },
    en: {
      term: "SLA",
      definition: "A service level agreement: the contract in which a provider promises a level of service, such as monthly availability or response time, and what it pays back (usually credits) when it misses.",
      why: "A managed service's SLA says how often it may be down; chain several in series and the whole can be no more available than their product.",
    },
    aliases: ["Service Level Agreement", "서비스 수준 협약", "서비스 수준 계약", "서비스 수준 합의", "SLAs"],
    related: ["slo", "sli", "availability", "nines", "downtime", "error-budget"],
  },
  {
    id: "slo",
    ko: {
      term: "SLO(서비스 수준 목표)",
      definition: "팀이 스스로 정한 서비스 품질 목표로, '한 달 동안 요청의 99.9%가 300ms 안에 성공한다'처럼 측정할 수 있는 지표와 기준값으로 적습니다.",
      why: "SLO는 보통 SLA보다 빡빡하게 잡아서 계약을 어기기 전에 경고를 받는 기준으로 쓰고, 남은 여유(에러 버짓)로 배포 속도와 안정성 사이의 균형을 정합니다.",
    },
    en: {
      term: "SLO",
      definition: "A service level objective: a measurable target the team sets for itself, such as '99.9% of requests succeed within 300 ms over a month'.",
      why: "Set tighter than the SLA, it warns you before the contract is breached, and the slack it leaves (the error budget) decides how fast you can ship.",
    },
    aliases: ["Service Level Objective", "서비스 수준 목표", "SLOs"],
    related: ["sla", "sli", "error-budget", "availability", "metric"],
  },
  {
    id: "sli",
    ko: {
      term: "SLI(서비스 수준 지표)",
      definition: "SLO 달성 여부를 판단하는 데 쓰는 실제 측정값으로, 성공한 요청의 비율이나 정해진 시간 안에 응답한 요청의 비율 같은 것입니다.",
      why: "무엇을 SLI로 삼느냐가 '서비스가 살아 있다'의 뜻을 정하므로, 서버 CPU 같은 내부 수치보다 사용자가 실제로 겪는 성공률과 지연을 재는 편이 좋습니다.",
    },
    en: {
      term: "SLI",
      definition: "A service level indicator: the measured quantity an SLO is judged on, such as the share of requests that succeed or that answer within a time limit.",
      why: "It defines what 'up' means, so measure what users experience (success, latency) rather than internal figures like CPU.",
    },
    aliases: ["Service Level Indicator", "서비스 수준 지표", "SLIs"],
    related: ["slo", "sla", "metric", "monitoring"],
  },
  {
    id: "error-budget",
    ko: {
      term: "에러 버짓",
      definition: "SLO가 허용하는 실패의 양입니다. 목표가 99.9%라면 한 달 요청의 0.1%(시간으로는 약 43분)까지는 실패해도 된다는 뜻입니다.",
      why: "버짓이 남아 있으면 배포와 실험을 계속하고, 다 쓰면 기능 개발을 멈추고 안정화에 집중하는 식으로 속도와 안정성의 줄다리기를 숫자로 정리해 줍니다.",
    },
    en: {
      term: "Error budget",
      definition: "The amount of failure an SLO allows: with a 99.9% target, 0.1% of a month's requests (about 43 minutes) may fail.",
      why: "While budget remains you keep shipping; once it is spent you stop and stabilise, which turns the speed-versus-stability argument into a number.",
    },
    aliases: ["에러 예산", "오류 예산", "에러 버젯", "error budgets"],
    related: ["slo", "sla", "downtime", "availability"],
  },
  {
    id: "mttr",
    ko: {
      term: "MTTR(평균 복구 시간)",
      definition: "장애가 난 뒤 서비스가 다시 정상으로 돌아오기까지 걸린 시간의 평균입니다. 감지, 원인 파악, 조치, 확인에 드는 시간이 모두 들어갑니다.",
      why: "가용성은 대략 MTBF ÷ (MTBF + MTTR)이라, 고장 자체를 줄이기 어렵다면 빨리 감지하고 자동으로 전환해 MTTR을 줄이는 것이 가용성을 올리는 가장 현실적인 방법입니다.",
    },
    en: {
      term: "MTTR",
      definition: "Mean time to repair (or recover): the average time from a failure until the service is back to normal, including detection, diagnosis, fix and verification.",
      why: "Availability is roughly MTBF / (MTBF + MTTR); when failures cannot be made rarer, faster detection and automatic failover shrink MTTR instead.",
    },
    aliases: ["Mean Time To Repair", "Mean Time To Recovery", "Mean Time To Recover", "Mean Time To Restore", "평균 복구 시간", "평균 수리 시간"],
    related: ["mtbf", "availability", "rto", "monitoring", "failover"],
  },
  {
    id: "mtbf",
    ko: {
      term: "MTBF(평균 고장 간격)",
      definition: "한 번 고장 난 뒤 다음 고장이 날 때까지 정상적으로 동작한 시간의 평균으로, 장비나 시스템이 얼마나 자주 고장 나는지를 나타냅니다.",
      why: "MTBF가 아무리 길어도 한 대뿐이면 언젠가는 멈추므로, 부품의 신뢰성만 믿기보다 이중화로 고장 한 번이 서비스 중단으로 번지지 않게 하는 편이 확실합니다.",
    },
    en: {
      term: "MTBF",
      definition: "Mean time between failures: the average time a component or system runs correctly between one failure and the next.",
      why: "Even a long MTBF ends in a failure eventually; redundancy, not component reliability alone, keeps one failure from becoming an outage.",
    },
    aliases: ["Mean Time Between Failures", "Mean Time Between Failure", "평균 고장 간격", "평균 무고장 시간"],
    related: ["mttr", "availability", "fault-tolerance", "redundancy"],
  },
];
