import type { GlossaryEntry } from '../types';

/** Copies of data: roles (master, primary, secondary), replication modes (sync, semi-sync, async), lag, read replicas, mirroring. */
export const terms: readonly GlossaryEntry[] = [
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
    id: "master",
    ko: {
      term: "마스터",
      definition: "복제 구성에서 쓰기를 받아들이고 그 변경을 다른 노드로 내보내는 주(主) 노드, 또는 클러스터에서 관리와 결정을 맡는 노드를 부르는 말입니다. 요즘은 프라이머리나 리더라고도 부릅니다.",
      why: "마스터는 보통 하나뿐이라 단일 장애점이 되기 쉬우므로, 마스터가 죽었을 때 누가 어떤 절차로 새 마스터가 되는지(마스터 결정)가 고가용성 설계의 핵심 질문입니다.",
    },
    en: {
      term: "Master",
      definition: "In replication, the node that accepts writes and ships its changes to the others; in a cluster, the node that coordinates and decides. Now often called primary or leader.",
      why: "There is usually only one, so who becomes master when it dies, and how that is decided, is the central question of an HA design.",
    },
    aliases: ["master node", "마스터 노드", "master server", "마스터 서버", "마스터 DB", "master DB", "마스터 결정", "masters"],
    notBefore: ["하다", "하고", "하는", "하기", "하려", "하면", "했", "한다", "해서", "해야", "할"],
    related: ["master-slave", "primary", "promotion", "failover", "quorum", "master-worker"],
  },
  {
    id: "primary",
    ko: {
      term: "프라이머리",
      definition: "복제 구성에서 쓰기를 받는 주 노드를 부르는 이름으로, 예전에 마스터라고 부르던 역할입니다. PostgreSQL, MongoDB, RDS 문서가 이 이름을 씁니다.",
      why: "프라이머리가 하나뿐이면 장애 때 어느 레플리카가 얼마나 빨리 승격되느냐가 RTO를 정하고, 두 노드가 동시에 프라이머리가 되면 그게 바로 스플릿 브레인입니다.",
    },
    en: {
      term: "Primary node",
      definition: "The node of a replicated set that accepts writes; the role formerly called master, and the name used by PostgreSQL, MongoDB and RDS.",
      why: "With one primary, which replica is promoted and how fast sets the RTO; two primaries at once is split brain.",
    },
    aliases: ["프라이머리 노드", "primary instance", "Primary 인스턴스", "프라이머리 인스턴스", "primary DB", "프라이머리 DB", "primary server", "프라이머리 서버", "primary database"],
    related: ["master", "secondary", "primary-replica", "promotion", "split-brain", "multi-primary"],
  },
  {
    id: "secondary",
    ko: {
      term: "세컨더리",
      definition: "복제 구성에서 프라이머리의 변경을 받아 복사본을 유지하는 노드로, 읽기를 나눠 맡거나 장애 때 프라이머리로 승격될 후보가 됩니다. 레플리카, 슬레이브와 같은 역할입니다.",
      why: "세컨더리가 있어도 복제가 비동기라면 승격하는 순간 아직 넘어오지 못한 쓰기를 잃을 수 있으니, 복제 방식과 지연을 함께 봐야 합니다.",
    },
    en: {
      term: "Secondary node",
      definition: "A node that receives the primary's changes and keeps a copy; it can serve reads and is a candidate for promotion. Same role as replica or slave.",
      why: "With asynchronous replication a promoted secondary may lack the last writes, so look at the replication mode and lag too.",
    },
    aliases: ["세컨더리 노드", "세컨드리", "secondary instance", "secondary server", "세컨더리 서버", "secondary replica", "secondary DB", "세컨더리 DB"],
    related: ["primary", "primary-replica", "read-replica", "promotion", "replication-lag"],
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
    related: ["primary-replica", "replication", "promotion", "async-replication", "read-replica", "failover", "master-worker", "master", "primary", "secondary"],
  },
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
    related: ["master-slave", "replication", "read-replica", "promotion", "replication-lag", "multi-primary", "primary", "secondary"],
  },
  {
    id: "multi-primary",
    ko: {
      term: "멀티 프라이머리",
      definition: "여러 DB 노드가 모두 쓰기를 받으면서 서로의 변경 내용을 복제해 주고받는 구성으로, 멀티 마스터라고도 합니다.",
      why: "한 노드가 죽어도 다른 노드가 곧바로 쓰기를 이어받아 가용성이 높지만, 같은 데이터를 동시에 고치면 충돌이 나고 자동 증가 키도 겹칠 수 있어 충돌 해결 규칙과 키 설계가 꼭 필요합니다.",
    },
    en: {
      term: "Multi-Primary",
      definition: "A setup where several database nodes all accept writes and replicate their changes to one another; also called multi-master.",
      why: "Any node can keep taking writes when another fails, which raises availability, but simultaneous edits to the same data can conflict and auto-increment keys can collide, so conflict rules and key design are required.",
    },
    aliases: ["multi-master", "멀티 마스터", "다중 마스터", "다중 프라이머리", "multi-primary replication", "멀티 프라이머리 복제"],
    related: ["replication", "active-active", "primary-replica", "master-slave", "auto-increment", "split-brain"],
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
    related: ["async-replication", "replication", "rpo", "latency", "multi-az", "hot-standby", "semi-sync-replication", "ack"],
  },
  {
    id: "semi-sync-replication",
    ko: {
      term: "반동기 복제",
      definition: "프라이머리가 커밋할 때 레플리카 중 적어도 하나가 변경을 받아 로그에 기록했다는 확인(ACK)을 받은 뒤에야 클라이언트에 성공을 돌려주는 복제 방식입니다. 정해진 시간 안에 확인이 오지 않으면 비동기로 내려갑니다.",
      why: "동기 복제보다 쓰기 지연이 적으면서 평소에는 커밋된 쓰기를 잃지 않지만, 타임아웃으로 비동기로 떨어져 있는 동안 장애가 나면 데이터를 잃을 수 있어서 '항상 무손실'은 아닙니다.",
    },
    en: {
      term: "Semi-synchronous replication",
      definition: "Replication where the primary reports a commit only after at least one replica acknowledges having received and logged it, and falls back to asynchronous when no acknowledgement arrives within a timeout.",
      why: "Cheaper than fully synchronous replication and usually lossless, but writes made while it has fallen back to async can be lost, so it is no zero-loss guarantee.",
    },
    aliases: ["반동기식 복제", "반동기 레플리케이션", "준동기 복제", "semi-sync replication", "semisynchronous replication", "semi-sync", "세미 싱크", "세미 싱크 복제", "세미 동기 복제"],
    related: ["sync-replication", "async-replication", "ack", "rpo", "mysql", "replication-lag"],
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
    related: ["sync-replication", "replication", "replication-lag", "rpo", "read-replica", "cross-region-replication", "site-redundancy", "semi-sync-replication", "ack"],
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
    related: ["async-replication", "read-replica", "rpo", "monitoring", "metric", "latency", "data-consistency"],
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
    id: "mirroring",
    ko: {
      term: "미러링",
      definition: "같은 데이터를 두 곳 이상에 실시간으로 똑같이 써서 언제나 동일한 복사본을 유지하는 것입니다. 디스크(RAID 1), 블록 장치(DRBD), 데이터베이스나 캐시 등 여러 층에서 씁니다.",
      why: "한쪽이 고장 나도 다른 쪽이 곧바로 같은 데이터로 이어받을 수 있지만, 실수로 지운 데이터나 잘못된 쓰기도 그대로 복사되므로 미러링이 백업을 대신하지는 못합니다.",
    },
    en: {
      term: "Mirroring",
      definition: "Writing the same data to two or more places as it changes, so identical copies always exist; done at the disk (RAID 1), block-device (DRBD), database or cache level.",
      why: "One copy can take over at once when the other fails, but deletions and bad writes are mirrored too, so it is no substitute for backups.",
    },
    aliases: ["mirror", "mirrored", "데이터 미러링", "data mirroring"],
    related: ["raid-1", "drbd", "replication", "sync-replication", "backup"],
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
    id: "read-write-split",
    ko: {
      term: "읽기/쓰기 분리",
      definition: "데이터를 바꾸는 요청(쓰기)은 프라이머리로, 조회(읽기)는 읽기 전용 복제본으로 나누어 보내는 구성으로, 애플리케이션이 직접 나누거나 ProxySQL·MaxScale 같은 DB 프록시가 쿼리를 보고 나눕니다.",
      why: "읽기 부하를 복제본들이 나눠 받아 프라이머리가 가벼워지지만, 쓰기는 여전히 프라이머리 하나에 달려 있어 프라이머리를 대신할 대기 노드가 따로 필요하고, 비동기 복제본은 방금 쓴 값을 아직 모를 수 있습니다.",
    },
    en: {
      term: "Read/write split",
      definition: "Sending the requests that change data (writes) to the primary and the queries (reads) to read-only replicas, either in the application or in a database proxy such as ProxySQL or MaxScale that looks at each statement.",
      why: "Replicas share the read load and relieve the primary, but writes still depend on that one primary, which needs a standby of its own; an asynchronous replica may not yet have a value that was just written.",
    },
    aliases: ["read/write split", "read-write splitting", "read write split", "읽기 쓰기 분리", "리드/라이트 분리"],
    related: ["read-replica", "replication", "async-replication", "proxysql"],
  },
];
