import type { GlossaryEntry } from '../types';

/** Monitoring: metrics, alive/log/performance monitoring, SNMP, and the business side (DAU/MAU, SEO). */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "monitoring",
    ko: {
      term: "모니터링",
      definition: "서버, 네트워크, 애플리케이션의 상태와 지표를 계속 모으고 확인하다가, 이상이 생기면 알림을 보내는 활동 전반입니다.",
      why: "사용자가 신고하기 전에 장애나 그 징후를 먼저 잡아야 대응이 빨라지고, 장애를 알아채야 전환이든 복구든 시작할 수 있습니다.",
    },
    en: {
      term: "Monitoring",
      definition: "Continuously collecting and checking the state and metrics of servers, networks and applications, and alerting when something is wrong.",
      why: "Catching failures or their warning signs before users report them shortens response time, and recovery can only start once a failure is noticed.",
    },
    aliases: ["감시", "시스템 감시"],
    related: ["metric", "alive-monitoring", "log-monitoring", "performance-monitoring", "snmp", "cloudwatch", "health-check"],
  },
  {
    id: "metric",
    ko: {
      term: "메트릭",
      definition: "CPU 사용률, 응답 시간, 에러율, 접속자 수처럼 시스템이나 서비스 상태를 시간에 따라 숫자로 잰 값입니다.",
      why: "평소 값과 추세를 알아야 임계치 알림을 걸고 장애 징후를 미리 볼 수 있으며, 오토 스케일링도 메트릭을 기준으로 움직입니다.",
    },
    en: {
      term: "Metric",
      definition: "A numeric measurement of system or service state over time, such as CPU usage, response time, error rate or user count.",
      why: "Knowing normal values and trends lets you set alert thresholds and spot trouble early, and autoscaling acts on metrics too.",
    },
    aliases: ["지표", "metrics", "모니터링 지표"],
    related: ["monitoring", "performance-monitoring", "autoscaling", "cloudwatch", "throughput", "latency", "dau-mau"],
  },
  {
    id: "alive-monitoring",
    ko: {
      term: "생존 감시",
      definition: "서버, 프로세스, 서비스 포트가 살아 있는지를 ping이나 접속 시도로 주기적으로 확인하는 감시입니다.",
      why: "가장 기본적인 감시로 무언가 죽은 것을 빨리 알려 주지만, 살아는 있는데 느리거나 에러를 내는 상태는 잡지 못하므로 로그·성능 감시와 함께 써야 합니다.",
    },
    en: {
      term: "Alive monitoring",
      definition: "Periodically checking with pings or connection attempts that servers, processes and service ports are alive.",
      why: "It is the most basic check and quickly tells you something is down, but it misses services that are up yet slow or failing, so pair it with log and performance monitoring.",
    },
    aliases: ["생존 확인", "ping 감시", "ping monitoring", "uptime monitoring", "업타임 모니터링", "alive check", "가동 감시"],
    related: ["monitoring", "health-check", "heartbeat", "log-monitoring", "performance-monitoring", "snmp"],
  },
  {
    id: "log-monitoring",
    ko: {
      term: "로그 감시",
      definition: "시스템과 애플리케이션이 남기는 로그에 에러나 특정 문자열·패턴이 나타나는지 지켜보다가 알리는 감시입니다.",
      why: "프로세스는 살아 있는데 안에서 에러가 쌓이는 장애는 생존 감시로는 보이지 않으므로 로그 감시로 잡아내고, 원인을 찾을 때도 씁니다.",
    },
    en: {
      term: "Log monitoring",
      definition: "Watching the logs that systems and applications write for errors or specific strings and patterns, and alerting when they appear.",
      why: "Failures where the process stays up but errors pile up inside are invisible to alive monitoring, so logs catch them and also help find the cause.",
    },
    aliases: ["로그 모니터링", "에러 로그 감시", "error log monitoring"],
    related: ["monitoring", "alive-monitoring", "performance-monitoring", "cloudwatch"],
  },
  {
    id: "performance-monitoring",
    ko: {
      term: "성능 감시",
      definition: "CPU, 메모리, 디스크 I/O, 네트워크 사용량과 응답 시간 같은 성능 지표를 계속 재다가 임계치를 넘으면 알리는 감시입니다.",
      why: "자원이 바닥나 서비스가 멈추기 전에 증설하거나 튜닝할 시간을 벌어 주고, 병목이 어디인지 찾는 근거가 됩니다.",
    },
    en: {
      term: "Performance monitoring",
      definition: "Continuously measuring performance metrics such as CPU, memory, disk I/O, network usage and response time, and alerting when they cross thresholds.",
      why: "It gives you time to add capacity or tune before resources run out and the service stops, and shows where the bottleneck is.",
    },
    aliases: ["성능 모니터링", "퍼포먼스 모니터링", "리소스 감시", "리소스 모니터링", "resource monitoring", "APM", "Application Performance Monitoring"],
    related: ["monitoring", "metric", "bottleneck", "throughput", "response-time", "cpu", "memory", "iops"],
  },
  {
    id: "snmp",
    ko: {
      term: "SNMP(간이 망 관리 프로토콜)",
      definition: "관리 서버가 네트워크 장비나 서버의 상태, 트래픽, 자원 사용량을 조회하고, 장비 쪽에서도 이상을 통보(트랩)할 수 있게 하는 표준 관리 프로토콜입니다.",
      why: "라우터, 스위치, 서버를 한곳에서 같은 방식으로 감시할 수 있어 장비 고장이나 회선 과부하를 빨리 알아챌 수 있습니다.",
    },
    en: {
      term: "SNMP",
      definition: "A standard management protocol that lets a manager read status, traffic and resource usage from network devices and servers, and lets devices report problems themselves (traps).",
      why: "Routers, switches and servers can all be watched from one place in the same way, so device failures and overloaded links are noticed quickly.",
    },
    aliases: ["Simple Network Management Protocol", "간이 망 관리 프로토콜"],
    related: ["monitoring", "alive-monitoring", "performance-monitoring", "protocol", "polling", "metric"],
  },
  {
    id: "dau-mau",
    ko: {
      term: "DAU/MAU(일간·월간 활성 사용자 수)",
      definition: "DAU는 하루 동안, MAU는 한 달 동안 서비스를 실제로 이용한 순 사용자 수를 세는 비즈니스 지표입니다.",
      why: "사용자 규모와 성장 추세를 보여 줘 서버 용량 계획과 확장 시점을 정하는 근거가 되고, 장애가 나면 얼마나 많은 사용자가 영향을 받는지 가늠하는 기준이 됩니다.",
    },
    en: {
      term: "DAU/MAU",
      definition: "Business metrics counting the unique users who actually used a service in a day (DAU, daily active users) or in a month (MAU, monthly active users).",
      why: "They show user scale and growth, which guides capacity planning and when to scale, and they indicate how many people an outage would affect.",
    },
    aliases: ["DAU", "MAU", "Daily Active Users", "Daily Active User", "Monthly Active Users", "Monthly Active User", "일간 활성 사용자", "월간 활성 사용자", "일일 활성 사용자", "데일리 액티브 유저", "먼슬리 액티브 유저"],
    related: ["metric", "monitoring", "scale-out", "autoscaling", "throughput"],
  },
  {
    id: "seo",
    ko: {
      term: "검색 엔진 최적화",
      definition: "검색 엔진이 사이트를 잘 수집하고 검색 결과 위쪽에 보여 주도록 콘텐츠·구조·성능을 다듬는 작업입니다.",
      why: "페이지가 느리거나 오류와 장애가 잦으면 크롤링과 검색 순위에 불리해지므로(예: Core Web Vitals), 가용성과 응답 속도가 곧 서비스 유입량에도 영향을 줍니다.",
    },
    en: {
      term: "SEO",
      definition: "Improving a site's content, structure and performance so search engines can crawl it well and rank it higher in their results.",
      why: "Slow pages and frequent errors or outages hurt crawling and ranking (for example through Core Web Vitals), so availability and response speed directly affect how many visitors arrive.",
    },
    aliases: ["Search Engine Optimization", "Search Engine Optimisation"],
    related: ["response-time", "cdn", "availability", "http", "dau-mau"],
  },
];
