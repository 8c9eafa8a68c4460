/**
 * Glossary data: architecture patterns and performance basics (part 4 of SYSTEM_TERMS).
 */
import type { GlossaryEntry } from './types';

export const SYSTEM_TERMS_4: GlossaryEntry[] = [
  {
    id: "three-tier",
    ko: {
      term: "3계층형 아키텍처",
      definition: "시스템을 화면을 맡는 프레젠테이션 계층(웹 서버), 업무 로직을 처리하는 애플리케이션 계층(AP 서버), 데이터를 다루는 데이터 계층(DB 서버)의 세 층으로 나눈 구성이다.",
      why: "계층마다 따로 늘리고 이중화할 수 있어 부하가 몰리는 곳만 키우기 쉽지만, 요청 하나가 여러 계층을 오가므로 한 계층만 느려져도 전체 응답 시간이 늘어나 병목을 계층별로 살펴야 한다.",
    },
    en: {
      term: "Three-Tier Architecture",
      definition: "A design that splits a system into a presentation tier (web servers), an application tier (application servers running business logic) and a data tier (database servers).",
      why: "Each tier can be scaled and made redundant on its own, so you grow only where the load is, but a request crosses several tiers, so one slow tier drags down overall response time and bottlenecks must be checked tier by tier.",
    },
    aliases: ["3계층 아키텍처", "3계층 구조", "3계층형", "3계층형 시스템", "3-tier architecture", "3-tier", "three-tier", "3티어"],
    related: ["client-server", "vertical-partitioning-architecture", "load-balancer", "scale-out", "bottleneck", "redundancy"],
  },
  {
    id: "client-server",
    ko: {
      term: "클라이언트-서버",
      definition: "요청을 보내는 클라이언트와, 요청을 받아 처리한 뒤 결과를 돌려주는 서버로 역할을 나눈 구조이다.",
      why: "처리와 데이터가 서버에 모여 관리가 쉬운 대신 서버가 멈추면 모든 클라이언트가 함께 영향을 받으므로, 서버 쪽 이중화와 확장이 가용성의 핵심이 된다.",
    },
    en: {
      term: "Client-Server",
      definition: "A structure that divides roles between clients, which send requests, and servers, which process them and send back the results.",
      why: "Processing and data are concentrated on the server, which simplifies management but means a server outage affects every client, so server-side redundancy and scaling are central to availability.",
    },
    aliases: ["C/S", "client/server", "클라이언트/서버", "클라이언트-서버형", "클라이언트-서버 아키텍처", "client-server architecture", "client-server model"],
    related: ["three-tier", "p2p", "vertical-partitioning-architecture", "spof", "http"],
  },
  {
    id: "vertical-partitioning-architecture",
    ko: {
      term: "수직 분할형 아키텍처",
      definition: "웹 서버·AP 서버·DB 서버처럼 서버마다 서로 다른 역할을 맡도록 시스템을 나누는 아키텍처로, 클라이언트-서버형과 3계층형이 여기에 속한다.",
      why: "역할별로 일을 나눠 한 서버에 처리가 몰리는 것을 막고 역할마다 따로 확장할 수 있지만, 어떤 역할을 서버 한 대만 맡고 있다면 그 서버가 단일 장애 지점이 된다.",
    },
    en: {
      term: "Vertically Partitioned Architecture",
      definition: "An architecture that divides a system so each server has a different role, such as web, application and database servers; client-server and three-tier designs are of this type.",
      why: "Splitting work by role keeps any one server from carrying everything and lets each role scale separately, but a role served by only one server becomes a single point of failure.",
    },
    aliases: ["수직 분할형", "수직 분할 아키텍처", "vertical partitioning architecture"],
    related: ["horizontal-partitioning-architecture", "three-tier", "client-server", "spof", "shared-architecture"],
  },
  {
    id: "horizontal-partitioning-architecture",
    ko: {
      term: "수평 분할형 아키텍처",
      definition: "같은 역할을 하는 서버(또는 시스템)를 여러 대 나란히 두고 처리를 나눠 맡기는 아키텍처로, 단순 수평 분할형과 공유형이 있다.",
      why: "같은 서버를 늘리기만 하면 되니 처리량을 키우기 쉽고 한 대가 고장 나도 나머지가 일을 이어받지만, 부하가 서버 사이에 고르게 나뉘도록 하고 데이터를 어떻게 나눌지 정해야 한다.",
    },
    en: {
      term: "Horizontally Partitioned Architecture",
      definition: "An architecture that places several servers (or systems) with the same role side by side and splits the work among them; it comes as a simple horizontal split or a shared type.",
      why: "Adding identical servers makes it easy to raise capacity, and when one fails the others carry on, but load must be spread evenly and you must decide how the data is divided.",
    },
    aliases: ["수평 분할형", "단순 수평 분할형", "수평 분할 아키텍처", "horizontal partitioning architecture"],
    related: ["vertical-partitioning-architecture", "shared-architecture", "scale-out", "load-balancing", "sharding", "redundancy"],
  },
  {
    id: "shared-architecture",
    ko: {
      term: "공유형 아키텍처",
      definition: "수평으로 나눈 시스템들이 데이터 계층(DB 등) 같은 일부 계층을 서로 연결해 함께 쓰는, 수평 분할형 아키텍처의 한 형태이다.",
      why: "공유한 계층이 모든 시스템의 공통 의존 대상이 되어 그곳에 부하가 모이면 전체가 느려지고 그곳이 멈추면 모든 시스템이 함께 멈추므로, 공유 계층은 반드시 이중화해야 한다.",
    },
    en: {
      term: "Shared Architecture",
      definition: "A form of horizontally partitioned architecture in which the split systems interconnect and share some tier, typically the data tier (database).",
      why: "The shared tier becomes a common dependency of every system, so load there slows them all and its failure stops them all, which is why it must be made redundant first.",
    },
    aliases: ["공유형", "shared-type architecture"],
    related: ["horizontal-partitioning-architecture", "vertical-partitioning-architecture", "spof", "scale-out", "bottleneck"],
  },
  {
    id: "geographic-partitioning-architecture",
    ko: {
      term: "지리 분할형 아키텍처",
      definition: "시스템을 서로 멀리 떨어진 데이터센터나 리전에 나눠 배치해, 한 장소 전체가 멈춰도 다른 곳에서 업무를 이어 가도록 하는 아키텍처로, 스탠바이형·재해 대책형 등이 있다.",
      why: "화재·정전·리전 장애 같은 건물이나 지역 단위의 사고까지 견디게 해 주지만, 거리가 멀수록 복제 지연이 커지고 설비와 운영 비용도 늘어난다.",
    },
    en: {
      term: "Geographically Partitioned Architecture",
      definition: "An architecture that places a system in data centers or regions far apart, so work can continue elsewhere when an entire site goes down; it includes standby and disaster-recovery variants.",
      why: "It lets the service survive building- or region-wide incidents such as fire, power loss or a regional outage, but the greater the distance, the larger the replication lag and the higher the equipment and operating costs.",
    },
    aliases: ["지리 분할형", "지리적 분할", "geographic partitioning architecture", "geographically distributed architecture"],
    related: ["site-redundancy", "disaster-recovery", "region", "multi-az", "cross-region-replication", "replication-lag", "standby"],
  },
  {
    id: "bottleneck",
    ko: {
      term: "병목 현상",
      definition: "CPU·디스크·네트워크·DB 잠금처럼 가장 느린 한 지점이 시스템 전체의 처리 성능을 제한하는 현상, 또는 그 지점을 말한다.",
      why: "병목이 아닌 곳을 아무리 늘려도 전체 성능은 그대로이므로, 지표로 병목을 먼저 찾아 그곳을 확장하거나 분산해야 지연과 장애가 실제로 줄어든다.",
    },
    en: {
      term: "Bottleneck",
      definition: "The single slowest point, such as a CPU, disk, network link or database lock, that limits how much the whole system can process, or the situation it causes.",
      why: "Adding capacity anywhere else does not help, so finding the bottleneck through metrics and scaling or spreading the load there is what actually reduces slowdowns and outages.",
    },
    aliases: ["병목", "병목 지점", "보틀넥", "bottle neck"],
    related: ["throughput", "response-time", "latency", "queue", "exclusive-control", "performance-monitoring", "hot-spot"],
  },
  {
    id: "throughput",
    ko: {
      term: "처리량",
      definition: "시스템이 단위 시간당 처리해 내는 일의 양으로, 초당 요청 수(RPS)·초당 트랜잭션 수(TPS)·초당 전송량 등으로 나타낸다.",
      why: "들어오는 요청이 처리량을 넘어서면 요청이 쌓이면서 응답 시간이 늘다가 결국 타임아웃이 나므로, 최대 처리량을 미리 알고 그 전에 확장해야 한다.",
    },
    en: {
      term: "Throughput",
      definition: "How much work a system completes per unit of time, expressed as requests per second (RPS), transactions per second (TPS), bytes per second and so on.",
      why: "When incoming load exceeds throughput, requests pile up, response times climb and eventually requests time out, so you need to know peak throughput and scale before you reach it.",
    },
    aliases: ["스루풋", "쓰루풋", "TPS", "RPS", "QPS", "transactions per second", "requests per second"],
    related: ["response-time", "latency", "bottleneck", "iops", "queue", "scale-out", "serial-parallel"],
  },
  {
    id: "response-time",
    ko: {
      term: "응답 시간",
      definition: "사용자가 요청을 보낸 뒤 응답을 받기까지 걸리는 전체 시간으로, 네트워크 왕복·대기·서버 처리 시간을 모두 포함한다.",
      why: "사용자가 실제로 체감하는 품질이라 평균뿐 아니라 p95·p99 같은 상위 백분위까지 봐야 하고, 꾸준히 늘고 있다면 과부하나 병목의 신호다.",
    },
    en: {
      term: "Response Time",
      definition: "The total time from when a user sends a request until the response arrives, including network round trips, waiting and server processing.",
      why: "It is what users actually feel, so track high percentiles such as p95 and p99 rather than just the average; a steady rise signals overload or a bottleneck.",
    },
    aliases: ["응답 속도", "레스폰스 타임"],
    related: ["latency", "throughput", "bottleneck", "timeout", "performance-monitoring", "response-time-algorithm"],
  },
  {
    id: "latency",
    ko: {
      term: "지연 시간",
      definition: "어떤 동작을 요청한 뒤 실제로 일이 일어나기까지 걸리는 지연으로, 네트워크 패킷이 오가는 시간이나 디스크 I/O·쿼리 한 번에 걸리는 시간을 말할 때 주로 쓴다.",
      why: "지연이 조금씩만 늘어도 여러 계층과 호출을 거치며 쌓여 전체 응답 시간이 크게 늘어나므로, 계층별로 지연을 측정하고 사용자와 가까운 서버나 CDN에서 응답하도록 해야 한다.",
    },
    en: {
      term: "Latency",
      definition: "The delay between asking for something and it actually happening, most often the time a network packet takes to travel or the time one disk I/O or query takes.",
      why: "Small added delays compound across tiers and calls into much longer response times, so measure latency per layer and serve users from nearby servers or a CDN.",
    },
    aliases: ["레이턴시", "응답 지연", "네트워크 지연", "network latency"],
    related: ["response-time", "throughput", "cdn", "region", "bottleneck", "replication-lag"],
  },
  {
    id: "iops",
    ko: {
      term: "IOPS(초당 입출력 횟수)",
      definition: "저장 장치가 1초에 처리할 수 있는 읽기·쓰기 작업의 횟수로, 디스크 성능을 나타내는 대표 지표이다.",
      why: "DB처럼 작은 I/O가 많은 작업은 IOPS가 모자라면 대기가 쌓여 쿼리 지연이 급증하므로, HDD 대신 SSD를 쓰거나 클라우드 볼륨의 IOPS를 충분히 잡아 둬야 한다.",
    },
    en: {
      term: "IOPS",
      definition: "The number of read and write operations a storage device can handle per second; a key measure of disk performance.",
      why: "Workloads with many small I/Os, such as databases, queue up and see query latency spike when IOPS run short, so use SSDs or provision enough IOPS on cloud volumes.",
    },
    aliases: ["초당 입출력 횟수", "Input/Output Operations Per Second", "I/O operations per second", "프로비저닝된 IOPS", "provisioned IOPS"],
    related: ["burst-balance", "ssd", "hdd", "throughput", "latency", "rds"],
  },
  {
    id: "synchronous-asynchronous",
    ko: {
      term: "동기/비동기",
      definition: "동기는 요청한 처리가 끝날 때까지 기다렸다가 다음으로 넘어가는 방식이고, 비동기는 처리를 맡겨 둔 채 기다리지 않고 다른 일을 하다가 나중에 결과를 확인하는 방식이다.",
      why: "비동기로 하면 호출한 쪽이 느린 하위 시스템에 묶여 있지 않아 한쪽의 지연이 전체로 번지는 것을 막을 수 있지만, 결과가 늦게 오거나 실패한 경우를 따로 처리해야 해서 설계가 어려워진다.",
    },
    en: {
      term: "Synchronous/Asynchronous",
      definition: "Synchronous means waiting for a requested task to finish before moving on; asynchronous means handing the task off, doing other work, and checking the result later.",
      why: "Asynchronous calls do not tie the caller to a slow downstream system, which keeps one component's delay from spreading through the whole service, but late or failed results must be handled explicitly, which makes the design harder.",
    },
    aliases: ["동기 처리", "동기 방식", "동기식", "비동기", "비동기 처리", "비동기식", "synchronous", "asynchronous", "async", "sync/async"],
    related: ["message-queue", "sync-replication", "async-replication", "serial-parallel", "throughput", "polling"],
  },
  {
    id: "serial-parallel",
    ko: {
      term: "직렬/병렬",
      definition: "직렬은 여러 작업을 하나씩 차례로 처리하는 방식이고, 병렬은 작업을 여러 CPU 코어·스레드·서버에 나눠 동시에 처리하는 방식이다.",
      why: "코어나 서버를 늘려 빨라지는 건 나눌 수 있는 부분뿐이라, 반드시 순서대로 처리해야 하는 구간이나 공유 자원을 잠그는 구간이 남아 있으면 거기서 성능 향상이 멈추고 병목이 된다.",
    },
    en: {
      term: "Serial/Parallel",
      definition: "Serial processing handles tasks one after another; parallel processing splits them across multiple CPU cores, threads or servers so they run at the same time.",
      why: "Adding cores or servers only speeds up the part of the work that can be split, so any section that must run in order or lock a shared resource caps the gain and becomes the bottleneck.",
    },
    aliases: ["직렬 처리", "병렬 처리", "병렬", "병렬화", "serial processing", "parallel processing", "parallelization"],
    related: ["throughput", "exclusive-control", "bottleneck", "thread", "cpu", "scale-out"],
  },
  {
    id: "dau-mau",
    ko: {
      term: "DAU/MAU(일간·월간 활성 사용자 수)",
      definition: "DAU는 하루 동안, MAU는 한 달 동안 서비스를 실제로 이용한 순 사용자 수를 세는 비즈니스 지표이다.",
      why: "사용자 규모와 성장 추세를 보여 줘 서버 용량 계획과 확장 시점을 정하는 근거가 되고, 장애가 나면 얼마나 많은 사용자가 영향을 받는지 가늠하는 기준이 된다.",
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
      definition: "검색 엔진이 사이트를 잘 수집하고 검색 결과 위쪽에 보여 주도록 콘텐츠·구조·성능을 다듬는 작업이다.",
      why: "페이지가 느리거나 오류와 장애가 잦으면 크롤링과 검색 순위에 불리해지므로(예: Core Web Vitals), 가용성과 응답 속도가 곧 서비스 유입량에도 영향을 준다.",
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
