import type { GlossaryEntry } from '../types';

/** Performance: bottlenecks, throughput, response time and latency, IOPS and bandwidth, serial/parallel and sync/async processing. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "bottleneck",
    ko: {
      term: "병목 현상",
      definition: "CPU·디스크·네트워크·DB 잠금처럼 가장 느린 한 지점이 시스템 전체의 처리 성능을 제한하는 현상, 또는 그 지점을 말합니다.",
      why: "병목이 아닌 곳을 아무리 늘려도 전체 성능은 그대로이므로, 지표로 병목을 먼저 찾아 그곳을 확장하거나 분산해야 지연과 장애가 실제로 줄어듭니다.",
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
      definition: "시스템이 단위 시간당 처리해 내는 일의 양으로, 초당 요청 수(RPS)·초당 트랜잭션 수(TPS)·초당 전송량 등으로 나타냅니다.",
      why: "들어오는 요청이 처리량을 넘어서면 요청이 쌓이면서 응답 시간이 늘다가 결국 타임아웃이 나므로, 최대 처리량을 미리 알고 그 전에 확장해야 합니다.",
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
      definition: "사용자가 요청을 보낸 뒤 응답을 받기까지 걸리는 전체 시간으로, 네트워크 왕복·대기·서버 처리 시간을 모두 포함합니다.",
      why: "사용자가 실제로 체감하는 품질이라 평균뿐 아니라 p95·p99 같은 상위 백분위까지 봐야 하고, 꾸준히 늘고 있다면 과부하나 병목의 신호입니다.",
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
      definition: "어떤 동작을 요청한 뒤 실제로 일이 일어나기까지 걸리는 지연으로, 네트워크 패킷이 오가는 시간이나 디스크 I/O·쿼리 한 번에 걸리는 시간을 말할 때 주로 씁니다.",
      why: "지연이 조금씩만 늘어도 여러 계층과 호출을 거치며 쌓여 전체 응답 시간이 크게 늘어나므로, 계층별로 지연을 측정하고 사용자와 가까운 서버나 CDN에서 응답하도록 해야 합니다.",
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
      definition: "저장 장치가 1초에 처리할 수 있는 읽기·쓰기 작업의 횟수로, 디스크 성능을 나타내는 대표 지표입니다.",
      why: "DB처럼 작은 I/O가 많은 작업은 IOPS가 모자라면 대기가 쌓여 쿼리 지연이 급증하므로, HDD 대신 SSD를 쓰거나 클라우드 볼륨의 IOPS를 충분히 잡아 둬야 합니다.",
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
    id: "bandwidth",
    ko: {
      term: "대역폭",
      definition: "네트워크 회선이나 버스가 단위 시간에 실어 나를 수 있는 데이터의 최대량으로, 보통 초당 비트 수(bps)로 나타냅니다.",
      why: "대역폭이 꽉 차면 CPU가 한가해도 응답이 느려지고 패킷이 버려지므로, 평소 트래픽이 아니라 피크 트래픽에 복제·백업 트래픽까지 더해서 여유를 잡아야 합니다.",
    },
    en: {
      term: "Bandwidth",
      definition: "The most data a network link or bus can carry per unit of time, usually in bits per second.",
      why: "A saturated link slows responses and drops packets even when CPUs are idle, so size it for peak traffic plus replication and backup traffic.",
    },
    aliases: ["네트워크 대역폭", "network bandwidth", "대역 폭", "전송 대역폭"],
    related: ["throughput", "latency", "bus", "bottleneck"],
  },
  {
    id: "serial-parallel",
    ko: {
      term: "직렬/병렬",
      definition: "직렬은 여러 작업을 하나씩 차례로 처리하는 방식이고, 병렬은 작업을 여러 CPU 코어·스레드·서버에 나눠 동시에 처리하는 방식입니다.",
      why: "코어나 서버를 늘려 빨라지는 건 나눌 수 있는 부분뿐이라, 반드시 순서대로 처리해야 하는 구간이나 공유 자원을 잠그는 구간이 남아 있으면 거기서 성능 향상이 멈추고 병목이 됩니다.",
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
    id: "synchronous-asynchronous",
    ko: {
      term: "동기/비동기",
      definition: "동기는 요청한 처리가 끝날 때까지 기다렸다가 다음으로 넘어가는 방식이고, 비동기는 처리를 맡겨 둔 채 기다리지 않고 다른 일을 하다가 나중에 결과를 확인하는 방식입니다.",
      why: "비동기로 하면 호출한 쪽이 느린 하위 시스템에 묶여 있지 않아 한쪽의 지연이 전체로 번지는 것을 막을 수 있지만, 결과가 늦게 오거나 실패한 경우를 따로 처리해야 해서 설계가 어려워집니다.",
    },
    en: {
      term: "Synchronous/Asynchronous",
      definition: "Synchronous means waiting for a requested task to finish before moving on; asynchronous means handing the task off, doing other work, and checking the result later.",
      why: "Asynchronous calls do not tie the caller to a slow downstream system, which keeps one component's delay from spreading through the whole service, but late or failed results must be handled explicitly, which makes the design harder.",
    },
    aliases: ["동기 처리", "동기 방식", "비동기 방식", "동기식", "비동기", "비동기 처리", "비동기식", "synchronous", "asynchronous", "async", "sync/async"],
    related: ["message-queue", "sync-replication", "async-replication", "serial-parallel", "throughput", "polling"],
  },
];
