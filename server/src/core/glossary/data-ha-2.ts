import type { GlossaryEntry } from './types';

/** Replication, promotion, split-brain, clustering and Redis HA modes. */
export const HA_TERMS_2: GlossaryEntry[] = [
  {
    id: "primary-replica",
    ko: {
      term: "프라이머리-레플리카",
      definition: "마스터-슬레이브를 요즘 부르는 이름으로, 쓰기를 받는 프라이머리의 변경 내용을 하나 이상의 레플리카가 복제해 따라가는 구조입니다.",
      why: "프라이머리에 장애가 나면 레플리카를 승격해 서비스를 이어 갈 수 있고, 평소에는 읽기 요청을 레플리카로 돌려 프라이머리 부하를 줄일 수 있습니다.",
    },
    en: {
      term: "Primary-replica",
      definition: "The current name for master-slave: a primary accepts writes and one or more replicas copy its changes.",
      why: "A replica can be promoted when the primary fails, and in normal times replicas take read traffic off the primary.",
    },
    aliases: ["primary/replica", "프라이머리/레플리카", "primary-secondary", "프라이머리-세컨더리", "leader-follower", "리더-팔로워", "source-replica", "소스-레플리카", "replica", "replicas", "레플리카"],
    related: ["master-slave", "replication", "read-replica", "promotion", "replication-lag", "multi-primary"],
  },
  {
    id: "replication",
    ko: {
      term: "복제",
      definition: "한 서버의 데이터 변경 내용을 다른 서버나 저장소에 계속 복사해서, 같은 데이터를 여러 곳에 유지하는 것입니다.",
      why: "한 곳이 망가져도 다른 복제본으로 서비스를 이어 갈 수 있지만, 실수로 지운 데이터도 그대로 복제되기 때문에 백업을 대신하지는 못합니다.",
    },
    en: {
      term: "Replication",
      definition: "Continuously copying data changes from one server or store to others so that the same data exists in several places.",
      why: "Another copy can take over when one fails, but deletions and corruption are copied too, so replication does not replace backups.",
    },
    aliases: ["레플리케이션", "리플리케이션", "Replicaton", "데이터 복제", "DB 복제"],
    related: ["master-slave", "primary-replica", "sync-replication", "async-replication", "replication-lag", "read-replica", "cross-region-replication", "backup", "drbd"],
  },
  {
    id: "sync-replication",
    ko: {
      term: "동기 복제",
      definition: "복제본이 변경을 받아 기록했다는 확인이 온 뒤에야 프라이머리가 클라이언트에게 쓰기 완료를 응답하는 복제 방식입니다.",
      why: "전환하더라도 완료된 쓰기는 잃지 않아 RPO를 0에 가깝게 만들 수 있지만, 복제본까지 다녀오는 시간만큼 쓰기가 느려지고 복제본이 응답하지 않으면 쓰기가 멈출 수 있습니다.",
    },
    en: {
      term: "Synchronous replication",
      definition: "Replication in which the primary reports a write as complete only after a replica has confirmed receiving and storing it.",
      why: "Committed writes survive a failover, bringing RPO close to zero, but every write pays the round trip to the replica and can stall if the replica stops answering.",
    },
    aliases: ["동기식 복제", "sync replication", "동기 레플리케이션", "동기식 레플리케이션"],
    related: ["async-replication", "replication", "rpo", "latency", "multi-az", "hot-standby"],
  },
  {
    id: "async-replication",
    ko: {
      term: "비동기 복제",
      definition: "프라이머리가 쓰기를 먼저 완료로 응답하고, 복제본에는 그 뒤에 따로 변경을 보내는 복제 방식입니다.",
      why: "쓰기가 빠르고 먼 거리 복제에도 쓰기 좋지만, 프라이머리가 갑자기 죽으면 아직 넘어가지 못한 최근 쓰기가 유실될 수 있습니다.",
    },
    en: {
      term: "Asynchronous replication",
      definition: "Replication in which the primary confirms a write right away and ships the change to replicas afterwards.",
      why: "Writes stay fast and it works over long distances, but if the primary dies suddenly the most recent writes not yet shipped can be lost.",
    },
    aliases: ["비동기식 복제", "async replication", "비동기 레플리케이션", "비동기식 레플리케이션"],
    related: ["sync-replication", "replication", "replication-lag", "rpo", "read-replica", "cross-region-replication", "site-redundancy"],
  },
  {
    id: "replication-lag",
    ko: {
      term: "복제 지연",
      definition: "프라이머리에 반영된 변경이 복제본에도 반영되기까지 벌어지는 시간 차이입니다.",
      why: "지연이 커지면 복제본에서 방금 쓴 데이터가 안 보이고, 그 상태에서 페일오버하면 밀린 만큼 데이터가 유실되므로 꾸준히 지켜봐야 합니다.",
    },
    en: {
      term: "Replication lag",
      definition: "The delay between a change being applied on the primary and the same change appearing on a replica.",
      why: "A large lag means replicas serve stale reads and a failover at that moment loses that much data, so it should be monitored.",
    },
    aliases: ["replication delay", "replica lag", "레플리케이션 랙", "레플리케이션 지연", "복제 랙"],
    related: ["async-replication", "read-replica", "rpo", "monitoring", "metric", "latency"],
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
    id: "split-brain",
    ko: {
      term: "스플릿 브레인",
      definition: "노드 사이 통신이 끊겨 서로 상대가 죽었다고 판단한 두 노드가 동시에 액티브(마스터)로 동작하는 상태입니다.",
      why: "양쪽에 서로 다른 데이터가 쓰여 정합성이 깨지므로, 쿼럼(과반수 투표)이나 펜싱(STONITH)으로 한쪽만 살아 있도록 확실히 정리해야 합니다.",
    },
    en: {
      term: "Split-brain",
      definition: "A state in which nodes lose contact with each other, each assumes the other is dead, and both act as the active (master) node at once.",
      why: "Different data gets written on each side and consistency breaks, so clusters use quorum or fencing (STONITH) to make sure only one side stays active.",
    },
    aliases: ["브레인 스플릿"],
    related: ["heartbeat", "failover", "cluster", "promotion", "active-standby", "redis-sentinel"],
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
    related: ["health-check", "failover", "split-brain", "cluster", "alive-monitoring", "drbd"],
  },
  {
    id: "drbd",
    ko: {
      term: "DRBD(분산 복제 블록 장치)",
      definition: "리눅스에서 디스크(블록 장치)에 쓰는 내용을 네트워크 너머 다른 서버의 디스크에 실시간으로 똑같이 복제하는 소프트웨어로, 흔히 '네트워크 RAID 1'이라고 부릅니다.",
      why: "공유 스토리지 없이도 두 서버가 같은 데이터를 갖게 되어, Pacemaker나 Heartbeat와 함께 쓰면 액티브가 죽었을 때 스탠바이가 같은 데이터로 바로 서비스를 이어받습니다.",
    },
    en: {
      term: "DRBD",
      definition: "Linux software that mirrors every write to a block device over the network onto another server's disk in real time, often described as network RAID 1.",
      why: "Two servers hold the same data without shared storage, so with Pacemaker or Heartbeat the standby can take over with identical data when the active server fails.",
    },
    aliases: ["Distributed Replicated Block Device"],
    related: ["replication", "raid-1", "heartbeat", "active-standby", "sync-replication", "san"],
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
    aliases: ["clusters", "서버 클러스터", "server cluster", "DB 클러스터"],
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
    id: "redis-sentinel",
    ko: {
      term: "레디스 센티널",
      definition: "센티널 프로세스들이 Redis 마스터와 레플리카를 감시하다가 마스터가 죽으면 레플리카 하나를 마스터로 승격하고 클라이언트에 새 마스터 주소를 알려 주는 Redis의 고가용성 구성입니다.",
      why: "여러 센티널(보통 3대 이상)이 서로 합의해야 장애로 판정하므로 오판이 줄지만, Redis 복제는 비동기라서 페일오버 때 마지막 쓰기 일부가 유실될 수 있습니다.",
    },
    en: {
      term: "Redis Sentinel",
      definition: "Redis's high-availability setup, in which Sentinel processes watch the master and replicas, promote a replica when the master fails, and tell clients the new master's address.",
      why: "Several sentinels (usually three or more) must agree before declaring a failure, which avoids false alarms, but Redis replication is asynchronous so the last writes can be lost in a failover.",
    },
    aliases: ["Redis 센티널", "Redis 센티넬", "레디스 센티넬", "센티널", "센티넬", "sentinel mode"],
    related: ["redis", "redis-cluster", "standalone", "failover", "promotion", "async-replication", "split-brain"],
  },
  {
    id: "redis-cluster",
    ko: {
      term: "레디스 클러스터",
      definition: "데이터를 16384개의 해시 슬롯으로 나눠 여러 마스터에 분산 저장하고, 마스터마다 레플리카를 붙여 자동 페일오버까지 해 주는 Redis의 분산 모드입니다.",
      why: "마스터 하나가 죽으면 그 레플리카가 승격되어 슬롯을 이어받지만, 어떤 슬롯의 마스터와 레플리카가 모두 죽으면 기본 설정에서는 클러스터 전체가 요청 처리를 멈춥니다.",
    },
    en: {
      term: "Redis Cluster",
      definition: "Redis's distributed mode, which splits data into 16,384 hash slots spread over several masters, each with replicas and automatic failover.",
      why: "If a master fails its replica is promoted to take over its slots, but if a slot loses both master and replicas the cluster by default stops serving requests.",
    },
    aliases: ["Redis 클러스터", "클러스터 모드"],
    related: ["redis", "redis-sentinel", "sharding", "cluster", "failover", "promotion"],
  },
];
