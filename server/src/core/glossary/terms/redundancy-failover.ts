import type { GlossaryEntry } from '../types';

/** Redundancy and taking over: failover and switchover, standby styles, clusters, heartbeats, VRRP, and redundancy of NICs, switches and sites. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "redundancy",
    ko: {
      term: "이중화",
      definition: "같은 역할을 하는 장비나 구성 요소를 두 개 이상 준비해 두어, 하나가 고장 나도 나머지가 그 역할을 이어받게 하는 것입니다.",
      why: "이중화되지 않은 부분은 그대로 단일 장애점이 되므로, 서버뿐 아니라 전원·네트워크·디스크·데이터까지 빠짐없이 챙겨야 전체 가용성이 올라갑니다.",
    },
    en: {
      term: "Redundancy",
      definition: "Providing two or more components that can do the same job, so that when one fails another takes over.",
      why: "Any part without redundancy is a single point of failure, so power, network, disks and data need it too, not just servers.",
    },
    aliases: ["이원화", "리던던시", "redundant"],
    related: ["spof", "high-availability", "failover", "active-standby", "active-active", "nic-redundancy", "switch-redundancy", "site-redundancy", "raid"],
  },
  {
    id: "failover",
    ko: {
      term: "페일오버",
      definition: "운영 중인 시스템에 장애가 생기면 대기 중인 예비 시스템으로 처리를 넘겨 서비스를 이어 가는 전환 동작입니다.",
      why: "전환이 자동으로 빨리 일어나야 중단 시간이 짧아지므로, 장애 감지부터 승격과 트래픽 전환까지 전 과정을 미리 테스트해 두어야 합니다.",
    },
    en: {
      term: "Failover",
      definition: "Switching work from a failed system to a standby one so that the service keeps running.",
      why: "Downtime depends on how quickly and automatically the switch happens, so detection, promotion and traffic redirection should be tested in advance.",
    },
    aliases: ["fail-over", "페일 오버", "장애 조치", "장애 극복", "절체"],
    related: ["failback", "active-standby", "standby", "heartbeat", "promotion", "split-brain", "vip", "dns-failover-routing", "health-check", "switchover", "fencing", "quorum"],
  },
  {
    id: "failure-recovery",
    ko: {
      term: "장애 복구",
      definition: "장애가 난 뒤 서비스를 다시 정상으로 돌려놓는 과정 전체를 말합니다. 장애 감지, 예비로의 전환(페일오버), 고장 난 쪽의 수리나 교체, 원래 구성으로의 복귀(페일백)까지가 여기에 들어갑니다.",
      why: "사용자가 겪는 중단 시간은 감지와 전환에 걸린 시간이고, 수리가 끝날 때까지는 예비 없이 버티는 셈이라, 두 시간을 따로 재고 둘 다 줄여야 합니다.",
    },
    en: {
      term: "Failure recovery",
      definition: "Everything it takes to bring a service back to normal after a failure: detecting it, switching to a spare (failover), repairing or replacing what broke, and returning to the original layout (failback).",
      why: "Users feel only the detection and switch time, but until the repair is done the system runs without a spare, so measure and shorten both.",
    },
    aliases: ["장애복구", "장애 회복", "failure recovery", "incident recovery", "서비스 복구"],
    related: ["failover", "failback", "mttr", "rto", "disaster-recovery", "health-check"],
  },
  {
    id: "active",
    ko: {
      term: "액티브",
      definition: "이중화된 구성에서 지금 실제로 요청을 받아 처리하고 있는 쪽을 부르는 말입니다. 대기만 하는 쪽은 스탠바이(또는 패시브)라고 합니다.",
      why: "액티브가 하나뿐인 구성은 그 하나가 죽으면 스탠바이가 넘겨받을 때까지 서비스가 멈추고, 모두가 액티브인 구성은 멈추지는 않지만 남은 쪽이 전체 부하를 감당할 수 있어야 합니다.",
    },
    en: {
      term: "Active",
      definition: "In a redundant setup, the side that is serving requests right now; the side that only waits is the standby (or passive) one.",
      why: "With a single active side, the service stops until the standby takes over; with every side active it keeps running, but the survivors must carry the whole load.",
    },
    aliases: ["액티브 노드", "active node", "액티브 서버", "active server", "활성 노드", "passive", "패시브"],
    related: ["active-standby", "active-active", "standby", "failover"],
  },
  {
    id: "failback",
    ko: {
      term: "페일백",
      definition: "장애가 났던 원래 시스템이 복구된 뒤, 페일오버로 넘겼던 처리를 다시 원래 시스템으로 되돌리는 작업입니다.",
      why: "그사이 바뀐 데이터를 원래 시스템에 먼저 맞춰 두지 않으면 데이터가 유실되거나 또 다른 장애가 날 수 있어, 보통 한가한 시간에 계획해서 진행합니다.",
    },
    en: {
      term: "Failback",
      definition: "Moving work back to the original system once it has been repaired after a failover.",
      why: "Data changed in the meantime must be synced back first or it can be lost, so failback is usually a planned step done at a quiet time.",
    },
    aliases: ["fail-back", "페일 백"],
    related: ["failover", "active-standby", "replication", "promotion"],
  },
  {
    id: "switchover",
    ko: {
      term: "스위치오버",
      definition: "주 서버와 대기 서버의 역할을 계획에 따라 사람이 통제하며 맞바꾸는 것입니다. 장애 때문에 넘어가는 페일오버와 달리, 대기 쪽이 데이터를 다 따라잡은 뒤에 깔끔하게 넘깁니다.",
      why: "점검이나 업그레이드 전에 스위치오버를 해 보면 전환 절차가 실제로 동작하는지 평온한 날에 검증할 수 있고, 동기화를 마친 뒤 넘기므로 데이터도 잃지 않습니다.",
    },
    en: {
      term: "Switchover",
      definition: "A planned, controlled swap of the primary and standby roles, done after the standby has caught up, unlike a failover that happens because something broke.",
      why: "Switching over before maintenance exercises the takeover path on a calm day, and since the standby is in sync first, nothing is lost.",
    },
    aliases: ["switch-over", "스위치 오버", "계획된 전환", "planned failover", "계획된 페일오버"],
    related: ["failover", "failback", "promotion", "active-standby", "sync-replication"],
  },
  {
    id: "active-standby",
    ko: {
      term: "액티브-스탠바이",
      definition: "한 대(액티브)만 실제 요청을 처리하고, 다른 한 대(스탠바이)는 대기하다가 액티브에 장애가 나면 역할을 넘겨받는 이중화 구성입니다.",
      why: "구조가 단순하고 데이터 충돌 걱정이 적은 대신, 스탠바이 자원은 평소에 놀고 있고 전환하는 동안 잠깐 서비스가 끊길 수 있습니다.",
    },
    en: {
      term: "Active-standby",
      definition: "A redundant setup in which one node (active) serves all requests while another (standby) waits and takes over if the active one fails.",
      why: "It is simple and avoids write conflicts, but the standby sits idle and there is a short interruption during switchover.",
    },
    aliases: ["active/standby", "액티브/스탠바이", "액티브-스텐바이", "active-passive", "active/passive", "액티브-패시브", "액티브 스탠바이형", "active standby"],
    related: ["active-active", "standby", "hot-standby", "failover", "heartbeat", "vip", "split-brain", "master-slave"],
  },
  {
    id: "active-active",
    ko: {
      term: "액티브-액티브",
      definition: "두 대 이상의 노드가 모두 동시에 요청을 처리하다가, 한 대가 빠지면 나머지가 그 몫까지 처리하는 이중화 구성입니다.",
      why: "노는 자원이 없고 전환 시간도 거의 없지만, 한 대가 빠져도 남은 노드가 전체 부하를 감당할 여유가 있어야 하고 데이터 정합성 관리가 더 어렵습니다.",
    },
    en: {
      term: "Active-active",
      definition: "A redundant setup in which two or more nodes all serve requests at the same time, and the survivors absorb the load when one drops out.",
      why: "No capacity sits idle and there is almost no switchover, but the survivors need headroom for the full load and keeping data consistent is harder.",
    },
    aliases: ["active/active", "액티브/액티브"],
    related: ["active-standby", "load-balancing", "multi-site-active-active", "multi-primary", "cluster", "scale-out"],
  },
  {
    id: "standby",
    ko: {
      term: "스탠바이",
      definition: "평소에는 요청을 처리하지 않고 대기하다가, 운영 중인 시스템에 장애가 나면 대신 투입되는 예비 시스템입니다.",
      why: "스탠바이를 얼마나 준비된 상태(핫·웜·콜드)로 두느냐에 따라 전환에 걸리는 시간과 유지 비용이 크게 달라집니다.",
    },
    en: {
      term: "Standby",
      definition: "A spare system that does not normally serve requests but waits to replace the running system if it fails.",
      why: "How ready the standby is kept (hot, warm or cold) largely decides how long a switchover takes and how much it costs to keep.",
    },
    aliases: ["스텐바이", "stand-by", "예비 시스템", "예비 서버", "대기 서버"],
    related: ["active-standby", "hot-standby", "cold-standby", "warm-standby", "failover"],
  },
  {
    id: "hot-standby",
    ko: {
      term: "핫 스탠바이",
      definition: "스탠바이 장비를 켜 둔 채 액티브와 데이터를 계속 동기화해 두어, 장애가 나면 거의 즉시 넘겨받을 수 있게 하는 대기 방식입니다.",
      why: "전환 시간이 가장 짧아 중단과 데이터 손실을 최소로 줄일 수 있지만, 운영 서버와 같은 수준의 자원을 늘 돌려야 해서 비용이 큽니다.",
    },
    en: {
      term: "Hot standby",
      definition: "A standby that is powered on and kept continuously in sync with the active system so it can take over almost immediately.",
      why: "It gives the shortest switchover and least data loss, at the cost of running a full second set of resources all the time.",
    },
    aliases: ["핫 스텐바이", "hot stand-by"],
    related: ["standby", "cold-standby", "warm-standby", "active-standby", "sync-replication", "failover"],
  },
  {
    id: "cold-standby",
    ko: {
      term: "콜드 스탠바이",
      definition: "예비 장비를 꺼 두거나 서비스를 올리지 않은 상태로 두었다가, 장애가 나면 그때 기동하고 데이터를 복원해서 투입하는 대기 방식입니다.",
      why: "유지 비용은 가장 적지만 기동·설정·데이터 복원에 수십 분에서 몇 시간이 걸리므로, RTO가 길어도 괜찮은 시스템에만 맞습니다.",
    },
    en: {
      term: "Cold standby",
      definition: "A spare that is kept powered off or not yet running the service, and is started and restored from backup only after a failure.",
      why: "It is the cheapest to keep, but booting, configuring and restoring data can take from tens of minutes to hours, so it only suits systems that tolerate a long RTO.",
    },
    aliases: ["콜드 스텐바이", "cold stand-by"],
    related: ["standby", "hot-standby", "warm-standby", "backup-and-restore", "rto"],
  },
  {
    id: "promotion",
    ko: {
      term: "승격",
      definition: "레플리카(슬레이브, 스탠바이)를 쓰기까지 받는 새 프라이머리(마스터)로 올리는 작업입니다.",
      why: "페일오버의 핵심 단계라서, 승격이 늦으면 중단이 길어지고 옛 프라이머리가 되살아나 같이 쓰기를 받으면 스플릿 브레인이 생깁니다.",
    },
    en: {
      term: "Promotion",
      definition: "Turning a replica (slave or standby) into the new primary (master) that accepts writes.",
      why: "It is the core step of a failover: if it is slow downtime grows, and if the old primary comes back and also takes writes, split-brain follows.",
    },
    aliases: ["promote", "promoted", "replica promotion", "레플리카 승격", "마스터 승격"],
    related: ["failover", "master-slave", "primary-replica", "read-replica", "split-brain", "redis-sentinel"],
  },
  {
    id: "heartbeat",
    ko: {
      term: "하트비트",
      definition: "서버들이 짧은 주기로 신호를 주고받으며 서로 살아 있는지 확인하는 방법으로, 같은 이름의 리눅스 HA 소프트웨어를 가리키기도 합니다.",
      why: "신호가 정해진 시간 동안 끊기면 장애로 보고 페일오버를 시작하므로, 하트비트 회선 자체를 이중화하지 않으면 오판으로 스플릿 브레인이 날 수 있습니다.",
    },
    en: {
      term: "Heartbeat",
      definition: "Short periodic signals that servers exchange to confirm each other is alive; also the name of a Linux HA software package.",
      why: "Missing beats for a set time triggers failover, so the heartbeat link itself needs redundancy or a false alarm can cause split-brain.",
    },
    aliases: ["heart-beat", "하트 비트"],
    related: ["health-check", "failover", "split-brain", "cluster", "alive-monitoring", "drbd", "quorum", "fencing"],
  },
  {
    id: "cluster",
    ko: {
      term: "클러스터",
      definition: "여러 대의 서버를 네트워크로 묶어 바깥에서는 하나의 시스템처럼 보이고 동작하게 만든 서버 집합입니다.",
      why: "구성원 한 대가 빠져도 나머지가 일을 이어받거나 나눠 맡기 때문에, 서버 한 대로 운영할 때보다 장애에 강하고 규모를 늘리기도 쉽습니다.",
    },
    en: {
      term: "Cluster",
      definition: "A group of servers connected so that, from outside, they look and act like one system.",
      why: "When one member drops out the others carry on or share its work, so a cluster survives failures and grows more easily than a single server.",
    },
    aliases: ["clusters", "서버 클러스터", "server cluster", "DB 클러스터", "DB cluster", "클러스터 소프트웨어", "cluster software"],
    related: ["clustering", "high-availability", "heartbeat", "split-brain", "redis-cluster", "load-balancing", "kubernetes"],
  },
  {
    id: "clustering",
    ko: {
      term: "클러스터링",
      definition: "여러 서버를 클러스터로 묶어 장애가 나면 서로 넘겨받게 하거나(HA 클러스터) 부하를 나눠 처리하게(부하 분산 클러스터) 구성하는 기법입니다.",
      why: "클러스터 소프트웨어가 구성원 상태를 지켜보다가 장애 난 노드의 서비스를 다른 노드에서 자동으로 다시 띄워 주므로 중단 시간을 줄일 수 있습니다.",
    },
    en: {
      term: "Clustering",
      definition: "Grouping servers into a cluster so that they take over for each other on failure (HA cluster) or share the load (load-balancing cluster).",
      why: "Cluster software watches the members and automatically restarts a failed node's services on another node, which shortens outages.",
    },
    aliases: ["HA 클러스터", "HA cluster", "failover cluster", "클러스터 구성"],
    related: ["cluster", "high-availability", "failover", "heartbeat", "load-balancing", "active-standby"],
  },
  {
    id: "standalone",
    ko: {
      term: "스탠드얼론",
      definition: "복제본이나 클러스터 없이 서버(인스턴스) 한 대만으로 독립적으로 동작하는 구성입니다.",
      why: "구성은 가장 간단하지만 그 한 대가 단일 장애점이라 장애가 나면 서비스가 멈추고, 복제본이 없으니 데이터를 되살리지 못할 수도 있습니다.",
    },
    en: {
      term: "Standalone",
      definition: "A setup in which a single server or instance runs on its own, with no replicas and no cluster.",
      why: "It is the simplest setup, but that one machine is a single point of failure: if it goes down the service stops, and with no copy the data may be unrecoverable.",
    },
    aliases: ["stand-alone", "스탠드 얼론", "스탠드 어론", "단독 구성"],
    related: ["spof", "replication", "redis-sentinel", "redis-cluster", "redis", "master-slave"],
  },
  {
    id: "vrrp",
    ko: {
      term: "VRRP(가상 라우터 이중화 프로토콜)",
      definition: "여러 대의 라우터나 서버가 가상 IP 하나를 함께 갖고, 평소에는 우선순위가 가장 높은 마스터가 그 IP로 응답하다가 마스터의 알림(advertisement)이 끊기면 백업이 IP를 가져가게 하는 표준 프로토콜입니다.",
      why: "게이트웨이나 로드 밸런서 한 대가 단일 장애점이 되지 않게 하는 가장 흔한 방법이고, 기본 설정이면 몇 초 안에 VIP가 옮겨 갑니다. 두 대가 서로의 광고를 못 받으면 둘 다 마스터가 될 수 있다는 점은 주의해야 합니다.",
    },
    en: {
      term: "VRRP",
      definition: "Virtual Router Redundancy Protocol: a standard by which several routers or servers share one virtual IP; the highest-priority master answers on it and a backup takes it over when the master's advertisements stop.",
      why: "It is the usual way to keep a gateway or load balancer pair from being a single point of failure, moving the VIP within seconds with default timers; two nodes that stop hearing each other may both become master.",
    },
    aliases: ["Virtual Router Redundancy Protocol", "가상 라우터 이중화 프로토콜", "가상 라우터 중복 프로토콜"],
    related: ["vip", "keepalived", "default-gateway", "heartbeat", "active-standby", "split-brain"],
  },
  {
    id: "nic-redundancy",
    ko: {
      term: "NIC 이중화",
      definition: "서버에 네트워크 카드(NIC)를 두 개 이상 달고 본딩(티밍)으로 하나의 논리 인터페이스처럼 묶어 쓰는 구성입니다.",
      why: "NIC, 케이블, 스위치 포트 중 하나가 고장 나도 남은 쪽으로 통신이 이어지고, 두 NIC를 서로 다른 스위치에 연결하면 스위치 장애까지 견딜 수 있습니다.",
    },
    en: {
      term: "NIC redundancy",
      definition: "Fitting a server with two or more network cards and bonding (teaming) them into one logical interface.",
      why: "Traffic continues over the remaining link if a card, cable or switch port fails, and connecting each card to a different switch also covers a switch failure.",
    },
    aliases: ["NIC 본딩", "NIC bonding", "NIC teaming", "NIC 티밍", "본딩", "bonding", "네트워크 인터페이스 이중화"],
    related: ["switch-redundancy", "redundancy", "mac-address", "ethernet", "spof", "nic", "network-switch"],
  },
  {
    id: "switch-redundancy",
    ko: {
      term: "스위치 이중화",
      definition: "L2·L3 스위치를 두 대 이상 두고 서로 엇갈려 연결해, 한 대가 고장 나도 다른 경로로 통신이 이어지게 하는 네트워크 구성입니다.",
      why: "L2에서는 STP로 루프를 막고 L3에서는 VRRP 같은 프로토콜로 기본 게이트웨이를 이중화해야, 스위치 한 대의 장애가 네트워크 전체 단절로 번지지 않습니다.",
    },
    en: {
      term: "Switch redundancy",
      definition: "Running two or more L2/L3 switches cross-connected so that traffic finds another path when one fails.",
      why: "L2 designs use STP to prevent loops and L3 designs use protocols such as VRRP to duplicate the default gateway, so one switch failure does not cut off the network.",
    },
    aliases: ["L2 스위치 이중화", "L3 스위치 이중화", "네트워크 장비 이중화", "network device redundancy"],
    related: ["nic-redundancy", "redundancy", "default-gateway", "routing", "vip", "spof", "osi-7-layer", "network-switch", "vrrp"],
  },
  {
    id: "site-redundancy",
    ko: {
      term: "사이트 이중화",
      definition: "지리적으로 떨어진 다른 데이터센터(사이트)에도 시스템과 데이터를 준비해 두어, 한 사이트 전체가 멈춰도 다른 사이트에서 서비스할 수 있게 하는 구성입니다.",
      why: "화재, 정전, 지진처럼 데이터센터를 통째로 멈추는 사고에 대비하는 것으로, 거리가 멀어 복제는 보통 비동기로 하기 때문에 약간의 데이터 손실은 감수합니다.",
    },
    en: {
      term: "Site redundancy",
      definition: "Preparing systems and data in another, geographically separate data center (site) so that service can continue there if a whole site goes down.",
      why: "It protects against fires, power loss or earthquakes that stop an entire data center; because of the distance, replication is usually asynchronous and some data loss is accepted.",
    },
    aliases: ["데이터 센터 이중화", "센터 이중화", "센터 이원화", "DC 이중화", "geo-redundancy", "지리적 이중화", "리전 이중화"],
    related: ["disaster-recovery", "async-replication", "region", "cross-region-replication", "geographic-partitioning-architecture", "multi-site-active-active"],
  },
];
