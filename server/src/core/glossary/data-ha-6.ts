import type { GlossaryEntry } from './types';

/** Performance monitoring and SNMP, cloud regions and zones, DNS, CDN, cross-region copies. */
export const HA_TERMS_6: GlossaryEntry[] = [
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
    id: "region",
    ko: {
      term: "리전",
      definition: "클라우드 사업자가 데이터센터를 운영하는 지리적 지역 단위로, 리전 하나는 여러 가용 영역으로 이루어집니다(예: AWS 서울 리전 ap-northeast-2).",
      why: "리전 전체가 멈추는 장애도 실제로 일어나므로, 그 수준까지 대비하려면 다른 리전으로 데이터를 복제하고 넘어갈 수 있게 설계해야 합니다.",
    },
    en: {
      term: "Region",
      definition: "A geographic area where a cloud provider runs its data centers; each region contains several availability zones (e.g. AWS Seoul, ap-northeast-2).",
      why: "Whole-region outages do happen, so surviving one requires replicating data to another region and being able to switch over to it.",
    },
    aliases: ["regions", "AWS 리전", "AWS region"],
    related: ["availability-zone", "multi-az", "cross-region-replication", "disaster-recovery", "site-redundancy", "multi-site-active-active"],
  },
  {
    id: "availability-zone",
    ko: {
      term: "가용 영역",
      definition: "한 리전 안에서 전원, 냉각, 네트워크가 서로 독립된 하나 이상의 데이터센터 묶음으로, 같은 리전의 가용 영역끼리는 지연이 짧은 전용망으로 연결됩니다.",
      why: "가용 영역 하나가 통째로 장애를 일으켜도 다른 가용 영역은 영향을 받지 않게 설계되어 있어, 서버와 DB를 여러 AZ에 나눠 두는 것이 클라우드 고가용성의 기본입니다.",
    },
    en: {
      term: "Availability Zone",
      definition: "One or more data centers within a region that have their own power, cooling and networking, linked to the region's other zones by low-latency connections.",
      why: "Zones are built so that one zone's failure does not affect the others, which is why spreading servers and databases across several AZs is the basic step toward HA in the cloud.",
    },
    aliases: ["AZ", "AZs", "가용성 영역", "가용 존", "availability zones"],
    related: ["region", "multi-az", "high-availability", "rds", "ec2", "elb"],
  },
  {
    id: "multi-az",
    ko: {
      term: "다중 AZ",
      definition: "서버나 DB를 두 개 이상의 가용 영역에 나눠 배치하는 구성으로, 예를 들어 RDS 다중 AZ는 다른 AZ에 동기 복제되는 스탠바이를 두고 자동으로 페일오버합니다.",
      why: "AZ 하나에 장애가 나도 다른 AZ의 자원으로 서비스가 이어지므로, 단일 AZ 구성에 남아 있던 데이터센터 수준의 단일 장애점을 없애 줍니다.",
    },
    en: {
      term: "Multi-AZ",
      definition: "Placing servers or databases in two or more availability zones; RDS Multi-AZ, for example, keeps a synchronously replicated standby in another AZ and fails over automatically.",
      why: "Service continues on resources in another zone when one AZ fails, removing the data-center-level single point of failure of a single-AZ setup.",
    },
    aliases: ["멀티 AZ", "멀티 존", "다중 가용 영역", "multi-zone", "multi availability zone"],
    related: ["availability-zone", "region", "rds", "sync-replication", "failover", "high-availability", "elb"],
  },
  {
    id: "dns",
    ko: {
      term: "DNS(도메인 네임 시스템)",
      definition: "example.com 같은 도메인 이름을 실제로 접속할 IP 주소로 바꿔 주는 인터넷의 이름 해석 시스템입니다.",
      why: "DNS가 응답하지 않으면 서버가 멀쩡해도 아무도 접속하지 못하고, 거꾸로 DNS 응답만 바꿔도 트래픽을 다른 서버나 리전으로 돌릴 수 있습니다.",
    },
    en: {
      term: "DNS",
      definition: "The internet's naming system that turns domain names such as example.com into the IP addresses clients connect to.",
      why: "If DNS fails nobody can reach even healthy servers, and changing DNS answers is also a simple way to steer traffic to another server or region.",
    },
    aliases: ["Domain Name System", "도메인 네임 시스템", "네임 서버", "name server", "DNS 서버"],
    related: ["dns-failover-routing", "ttl", "round-robin", "ip", "region", "cdn"],
  },
  {
    id: "dns-failover-routing",
    ko: {
      term: "장애 조치 라우팅 정책",
      definition: "헬스 체크 결과에 따라 DNS가 평소에는 기본(primary) 레코드를, 기본 쪽이 비정상이면 보조(secondary) 레코드를 응답하게 하는 라우팅 방식으로, AWS Route 53의 장애 조치 라우팅 정책이 대표적입니다.",
      why: "리전이나 사이트 전체가 죽어도 DNS 응답이 자동으로 예비 환경을 가리키게 되지만, 클라이언트가 캐시해 둔 예전 응답은 TTL이 끝날 때까지 남으므로 TTL을 짧게 잡아야 합니다.",
    },
    en: {
      term: "DNS failover routing",
      definition: "DNS routing that answers with the primary record while its health check passes and with a secondary record when it fails; AWS Route 53's failover routing policy is the best-known example.",
      why: "If a region or site dies, DNS automatically points users to the standby, but cached answers linger until their TTL expires, so the TTL should be short.",
    },
    aliases: ["failover routing policy", "failover routing", "Route 53 장애 조치 라우팅", "DNS failover", "DNS 페일오버", "DNS 장애 조치", "장애 조치 라우팅"],
    related: ["dns", "ttl", "health-check", "failover", "disaster-recovery", "region", "multi-site-active-active"],
  },
  {
    id: "ttl",
    ko: {
      term: "TTL(유효 시간)",
      definition: "DNS 레코드나 캐시 데이터를 받아 둔 쪽이 다시 조회하지 않고 그대로 써도 되는 시간으로, IP 패킷에서는 거쳐 갈 수 있는 최대 홉 수를 뜻합니다.",
      why: "DNS TTL이 길면 페일오버로 IP를 바꿔도 클라이언트가 옛 주소로 계속 접속하므로, 전환이 필요할 수 있는 레코드는 TTL을 짧게(예: 60초) 잡는 것이 좋습니다.",
    },
    en: {
      term: "TTL",
      definition: "Time to live: how long a DNS record or cached item may be reused before it must be looked up again; in IP packets, the maximum number of hops.",
      why: "With a long DNS TTL clients keep using the old address after a failover changes it, so records that may need to switch should have a short TTL (e.g. 60 seconds).",
    },
    aliases: ["Time to Live"],
    related: ["dns", "dns-failover-routing", "cache", "caching", "cdn", "ip"],
  },
  {
    id: "cdn",
    ko: {
      term: "CDN(콘텐츠 전송 네트워크)",
      definition: "이미지, 동영상, 정적 파일 같은 콘텐츠를 세계 곳곳의 엣지 서버에 캐시해 두고 사용자와 가장 가까운 곳에서 내려 주는 네트워크입니다.",
      why: "트래픽 대부분을 엣지 서버가 받아 원본 서버 부하를 크게 줄여 주고, 트래픽이 폭주하거나 원본 서버가 잠깐 멈춰도 캐시된 콘텐츠는 계속 제공될 수 있습니다.",
    },
    en: {
      term: "CDN",
      definition: "A network of edge servers around the world that cache content such as images, video and static files and serve it from the location nearest each user.",
      why: "Edge servers absorb most of the traffic, greatly reducing load on the origin, and cached content can still be served during traffic spikes or brief origin outages.",
    },
    aliases: ["Content Delivery Network", "Content Distribution Network", "콘텐츠 전송 네트워크", "컨텐츠 전송 네트워크", "콘텐츠 딜리버리 네트워크"],
    related: ["cache", "caching", "latency", "dns", "ttl", "s3"],
  },
  {
    id: "cross-region-replication",
    ko: {
      term: "리전 간 복제",
      definition: "S3 객체나 DB 데이터를 다른 리전으로 자동으로, 계속해서 복제하는 것으로, 거리 때문에 대부분 비동기로 이뤄집니다.",
      why: "리전 하나가 통째로 장애를 일으켜도 다른 리전에 데이터가 남아 재해 복구의 출발점이 되지만, 비동기라서 마지막 몇 초에서 몇 분 사이의 쓰기는 유실될 수 있습니다.",
    },
    en: {
      term: "Cross-region replication",
      definition: "Automatically and continuously copying data, such as S3 objects or database changes, to another region, usually asynchronously because of the distance.",
      why: "Data survives a whole-region outage, making it the starting point of disaster recovery, but because it is asynchronous the last seconds or minutes of writes can be lost.",
    },
    aliases: ["CRR", "교차 리전 복제", "크로스 리전 복제", "리전 간 레플리케이션"],
    related: ["replication", "async-replication", "region", "disaster-recovery", "read-replica", "s3", "rds", "pilot-light", "rpo"],
  },
  {
    id: "read-replica",
    ko: {
      term: "읽기 전용 복제본",
      definition: "프라이머리 DB의 변경을 비동기 복제로 받아 읽기 요청만 처리하는 DB 복제본입니다.",
      why: "읽기 부하를 나눠 프라이머리를 보호하고 장애나 재해 때 승격해 새 프라이머리로 쓸 수도 있지만, 복제 지연 때문에 방금 쓴 데이터가 바로 안 보일 수 있습니다.",
    },
    en: {
      term: "Read replica",
      definition: "A copy of the primary database that receives changes through asynchronous replication and serves only read queries.",
      why: "It takes read load off the primary and can be promoted to a new primary after a failure or disaster, but replication lag means fresh writes may not be visible yet.",
    },
    aliases: ["리드 레플리카", "읽기 복제본", "읽기 전용 레플리카", "read replicas", "read-only replica"],
    related: ["primary-replica", "replication", "async-replication", "replication-lag", "promotion", "rds", "cross-region-replication", "scale-out"],
  },
];
