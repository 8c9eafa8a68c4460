import type { GlossaryEntry } from './types';

/** High availability basics: availability, redundancy, failover, standby styles. */
export const HA_TERMS_1: GlossaryEntry[] = [
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
    aliases: ["HA", "고 가용성", "highly available"],
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
    related: ["high-availability", "nines", "rto", "monitoring", "fault-tolerance"],
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
    related: ["availability", "high-availability", "rto"],
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
    aliases: ["SPOF", "단일 장애 지점", "단일 실패 지점", "단일 고장점"],
    related: ["redundancy", "high-availability", "standalone", "scale-up", "load-balancer", "failover"],
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
    related: ["failback", "active-standby", "standby", "heartbeat", "promotion", "split-brain", "vip", "dns-failover-routing", "health-check"],
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
    aliases: ["active/standby", "액티브/스탠바이", "액티브-스텐바이", "active-passive", "active/passive", "액티브-패시브"],
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
    id: "master-slave",
    ko: {
      term: "마스터-슬레이브",
      definition: "쓰기를 담당하는 마스터 한 대의 데이터를 슬레이브들이 복제해 가지고 있는 구조로, 슬레이브는 주로 읽기 분산과 장애 대비에 씁니다.",
      why: "마스터가 죽으면 슬레이브를 마스터로 승격해 서비스를 이어 갈 수 있지만, 복제가 비동기라면 승격 시점에 마지막 쓰기 일부가 사라질 수 있습니다.",
    },
    en: {
      term: "Master-slave",
      definition: "A structure in which one master takes all writes and one or more slaves keep copies of its data, mainly to spread reads and to stand by for failures.",
      why: "If the master dies a slave can be promoted to keep the service going, but with asynchronous replication the last few writes may be lost.",
    },
    aliases: ["master/slave", "마스터/슬레이브", "slave", "slaves", "슬레이브"],
    related: ["primary-replica", "replication", "promotion", "async-replication", "read-replica", "failover", "master-worker"],
  },
];
