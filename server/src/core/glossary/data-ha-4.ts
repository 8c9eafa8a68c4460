import type { GlossaryEntry } from './types';

/** Scaling, RAID and storage, and redundancy of NICs, switches and sites. */
export const HA_TERMS_4: GlossaryEntry[] = [
  {
    id: "scale-up",
    ko: {
      term: "스케일 업",
      definition: "서버 한 대의 CPU, 메모리, 디스크 같은 자원을 늘리거나 더 좋은 장비로 바꿔 처리 능력을 높이는 방법입니다.",
      why: "애플리케이션 구조를 바꿀 필요는 없지만 교체 작업 중에 다운타임이 생기기 쉽고, 서버가 여전히 한 대라 단일 장애점이 그대로 남으며 장비 성능에도 한계가 있습니다.",
    },
    en: {
      term: "Scale-up",
      definition: "Giving a single server more CPU, memory or disk, or replacing it with a bigger one, so it can handle more load.",
      why: "The application needs no redesign, but the swap often needs downtime, the single server remains a single point of failure, and hardware has an upper limit.",
    },
    aliases: ["수직 확장", "수직적 확장", "vertical scaling", "scaling up"],
    related: ["scale-out", "autoscaling", "spof", "cloud-instance", "bottleneck"],
  },
  {
    id: "scale-out",
    ko: {
      term: "스케일 아웃",
      definition: "같은 역할의 서버 대수를 늘려 여러 대가 일을 나눠 처리하게 해서 전체 처리 능력을 높이는 방법입니다.",
      why: "서버가 여러 대라 한 대가 죽어도 나머지가 버티고 서비스 중단 없이 증설할 수 있지만, 로드 밸런서와 무상태 설계처럼 확장을 전제로 한 구조가 필요합니다.",
    },
    en: {
      term: "Scale-out",
      definition: "Adding more servers of the same role so that the work is shared among them, raising total capacity.",
      why: "With many servers one can die while the rest carry on, and capacity can be added without downtime, but it needs a design built for it, such as a load balancer and stateless servers.",
    },
    aliases: ["수평 확장", "수평적 확장", "horizontal scaling", "scaling out"],
    related: ["scale-up", "autoscaling", "load-balancing", "stateless", "sharding", "horizontal-partitioning-architecture"],
  },
  {
    id: "autoscaling",
    ko: {
      term: "오토 스케일링",
      definition: "CPU 사용률 같은 지표나 미리 정한 일정에 따라 서버(인스턴스) 수를 자동으로 늘리고 줄이는 기능입니다.",
      why: "트래픽이 갑자기 몰릴 때 사람이 손쓰기 전에 서버를 늘려 과부하 장애를 막아 주고, 헬스 체크에 실패한 인스턴스를 새것으로 자동 교체해 주기도 합니다.",
    },
    en: {
      term: "Auto scaling",
      definition: "Automatically adding or removing servers (instances) based on metrics such as CPU usage, or on a schedule.",
      why: "It adds capacity when traffic spikes, before overload brings the service down, and can replace instances that fail health checks.",
    },
    aliases: ["자동 확장", "자동 스케일링", "Auto Scaling Group", "ASG", "autoscaler"],
    related: ["scale-out", "stateless", "metric", "cloudwatch", "ec2", "health-check", "kubernetes"],
  },
  {
    id: "raid",
    ko: {
      term: "RAID(레이드)",
      definition: "여러 개의 디스크를 묶어 하나의 논리 디스크처럼 쓰는 기술로, 구성 방식(레벨)에 따라 안정성, 성능, 용량 가운데 무엇을 얻을지가 달라집니다.",
      why: "미러링이나 패리티가 있는 레벨은 디스크 한두 개가 고장 나도 데이터와 서비스가 유지되지만, 실수로 지운 데이터나 랜섬웨어 피해는 막지 못하므로 백업을 대신할 수 없습니다.",
    },
    en: {
      term: "RAID",
      definition: "Combining several disks into one logical disk; the RAID level decides what you gain in reliability, speed or capacity.",
      why: "Levels with mirroring or parity keep data and service going when one or two disks fail, but RAID does not protect against deletion or corruption, so it is not a backup.",
    },
    aliases: ["Redundant Array of Independent Disks", "Redundant Array of Inexpensive Disks"],
    related: ["raid-0", "raid-1", "raid-5", "raid-6", "raid-10", "hdd", "ssd", "backup", "redundancy", "san"],
  },
  {
    id: "raid-0",
    ko: {
      term: "RAID 0(스트라이핑)",
      definition: "데이터를 여러 디스크에 쪼개 나눠(스트라이핑) 동시에 읽고 쓰는 방식으로, 디스크가 최소 2개 필요하고 전체 용량을 모두 씁니다.",
      why: "빠르고 용량 손해가 없지만 중복이 전혀 없어서 디스크 하나만 고장 나도 모든 데이터를 잃고, 디스크가 늘수록 오히려 장애 확률이 올라갑니다.",
    },
    en: {
      term: "RAID 0",
      definition: "Splitting data across several disks (striping) so they are read and written in parallel; it needs at least two disks and uses their full capacity.",
      why: "It is fast but has no redundancy at all: one failed disk loses all the data, and more disks mean more chances of failure.",
    },
    aliases: ["striping", "스트라이핑", "disk striping"],
    related: ["raid", "raid-1", "raid-10", "hdd", "iops"],
  },
  {
    id: "raid-1",
    ko: {
      term: "RAID 1(미러링)",
      definition: "같은 데이터를 두 개 이상의 디스크에 똑같이 기록하는 미러링 방식으로, 실제로 쓸 수 있는 용량은 디스크 한 개 분량입니다.",
      why: "디스크 하나가 고장 나도 남은 디스크로 그대로 서비스할 수 있고 복구도 간단한 대신, 용량 효율이 낮습니다(2개 구성이면 50%).",
    },
    en: {
      term: "RAID 1",
      definition: "Mirroring: writing identical data to two or more disks, so the usable capacity equals one disk.",
      why: "The service keeps running on the surviving disk when one fails and rebuilds are simple, but capacity efficiency is low (50% with two disks).",
    },
    aliases: ["disk mirroring", "디스크 미러링"],
    related: ["raid", "raid-0", "raid-10", "drbd", "redundancy", "hdd"],
  },
  {
    id: "raid-5",
    ko: {
      term: "RAID 5(분산 패리티)",
      definition: "데이터와 함께 패리티(복구용 계산값)를 모든 디스크에 돌아가며 나눠 저장하는 방식으로, 디스크가 최소 3개 필요하고 디스크 한 개 분량을 패리티에 씁니다.",
      why: "디스크 한 개 고장까지는 견디지만 리빌드 도중 하나가 더 고장 나면 데이터를 모두 잃고, 디스크가 클수록 리빌드가 오래 걸려 그 위험이 커집니다.",
    },
    en: {
      term: "RAID 5",
      definition: "Striping data together with parity (a recovery checksum) rotated across all disks; it needs at least three disks and gives one disk's worth of capacity to parity.",
      why: "It survives one disk failure, but a second failure during the rebuild loses everything, and large disks make that rebuild window long.",
    },
    aliases: [],
    related: ["raid", "raid-6", "raid-10", "hdd", "iops"],
  },
  {
    id: "raid-6",
    ko: {
      term: "RAID 6(이중 패리티)",
      definition: "RAID 5에 패리티를 하나 더 두어 두 종류의 패리티를 나눠 저장하는 방식으로, 디스크가 최소 4개 필요하고 디스크 두 개 분량을 패리티에 씁니다.",
      why: "디스크 두 개가 동시에 고장 나도 데이터가 살아남아 대용량 디스크의 긴 리빌드 시간에도 비교적 안전하지만, 패리티 계산 때문에 쓰기 성능은 더 떨어집니다.",
    },
    en: {
      term: "RAID 6",
      definition: "Like RAID 5 but with two independent parity blocks spread across the disks; it needs at least four disks and gives two disks' worth of capacity to parity.",
      why: "Data survives two simultaneous disk failures, which makes long rebuilds on large disks safer, at the cost of slower writes.",
    },
    aliases: ["이중 패리티", "double parity", "dual parity"],
    related: ["raid", "raid-5", "raid-10", "hdd"],
  },
  {
    id: "raid-10",
    ko: {
      term: "RAID 10(미러링+스트라이핑)",
      definition: "디스크를 두 개씩 미러링(RAID 1)으로 묶은 뒤 그 묶음들을 다시 스트라이핑(RAID 0)하는 방식으로, 디스크가 최소 4개 필요하고 용량은 절반만 씁니다.",
      why: "미러 쌍마다 한 개씩은 고장 나도 견디고 리빌드가 빠르며 쓰기 성능도 좋아 DB 서버에 많이 쓰지만, 같은 쌍의 두 디스크가 함께 고장 나면 데이터를 잃습니다.",
    },
    en: {
      term: "RAID 10",
      definition: "Disks are mirrored in pairs (RAID 1) and the pairs are then striped (RAID 0); it needs at least four disks and uses half the raw capacity.",
      why: "It survives one failure in each mirror pair, rebuilds quickly and writes fast, which is why databases like it, but losing both disks of one pair loses the data.",
    },
    aliases: ["RAID 1+0", "RAID 1 + 0", "stripe of mirrors"],
    related: ["raid", "raid-0", "raid-1", "raid-5", "hdd", "iops"],
  },
  {
    id: "san",
    ko: {
      term: "SAN(스토리지 영역 네트워크)",
      definition: "서버들과 공유 스토리지를 파이버 채널이나 iSCSI 같은 전용 고속 네트워크로 연결해, 서버가 스토리지를 자기 디스크처럼 블록 단위로 쓰게 하는 구성입니다.",
      why: "데이터가 서버 밖의 공유 스토리지에 있어서 액티브 서버가 죽어도 스탠바이가 같은 디스크를 이어받아 쓸 수 있고, 스토리지까지 가는 경로도 보통 멀티패스로 이중화합니다.",
    },
    en: {
      term: "SAN",
      definition: "A dedicated high-speed network, such as Fibre Channel or iSCSI, that connects servers to shared storage they use at block level like a local disk.",
      why: "Data lives outside the servers, so a standby can take over the same disks when the active server dies, and the paths to storage are usually doubled too (multipath).",
    },
    aliases: ["Storage Area Network", "스토리지 영역 네트워크"],
    related: ["raid", "active-standby", "hdd", "redundancy", "drbd"],
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
    related: ["switch-redundancy", "redundancy", "mac-address", "ethernet", "spof"],
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
    related: ["nic-redundancy", "redundancy", "default-gateway", "routing", "vip", "spof", "osi-7-layer"],
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
