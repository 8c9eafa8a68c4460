import type { GlossaryEntry } from '../types';

/** Backups and disaster recovery: RTO/RPO, backup kinds, snapshots and the four DR strategies. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "disaster-recovery",
    ko: {
      term: "재해 복구",
      definition: "화재, 지진, 리전 전체 장애 같은 큰 재해로 운영 환경이 통째로 멈췄을 때, 다른 사이트나 리전에서 시스템과 데이터를 되살려 서비스를 재개하기 위한 계획과 체계입니다.",
      why: "RTO·RPO 목표에 맞춰 백업 및 복원부터 멀티 사이트 액티브-액티브까지 전략을 고르고, 실제로 전환되는지 정기적으로 훈련해야 의미가 있습니다.",
    },
    en: {
      term: "Disaster recovery",
      definition: "The plans and setup for bringing systems and data back in another site or region after a major disaster (fire, earthquake, a whole-region outage) takes down production.",
      why: "You pick a strategy, from backup and restore up to multi-site active-active, to meet RTO and RPO targets, and it only counts if the switchover is rehearsed regularly.",
    },
    aliases: ["DR", "재해 대책", "DR 센터", "DR 사이트", "DR site"],
    related: ["rto", "rpo", "backup-and-restore", "pilot-light", "warm-standby", "multi-site-active-active", "site-redundancy", "region", "backup", "multi-region", "dr-architecture"],
  },
  {
    id: "rto",
    ko: {
      term: "RTO(목표 복구 시간)",
      definition: "장애나 재해가 일어난 뒤 서비스를 다시 정상으로 돌려놓기까지 허용하는 최대 시간 목표입니다.",
      why: "RTO가 짧을수록 핫 스탠바이나 자동 페일오버 같은 비싼 구성이 필요하므로, 비즈니스가 견딜 수 있는 중단 시간을 먼저 정해야 설계와 예산이 정해집니다.",
    },
    en: {
      term: "RTO",
      definition: "Recovery Time Objective: the longest time you allow between a failure or disaster and the service being back to normal.",
      why: "A shorter RTO needs costlier setups such as hot standby and automatic failover, so the tolerable outage must be agreed before design and budget.",
    },
    aliases: ["Recovery Time Objective", "Recovery Time Object", "목표 복구 시간", "복구 목표 시간"],
    related: ["rpo", "disaster-recovery", "availability", "failover", "backup"],
  },
  {
    id: "rpo",
    ko: {
      term: "RPO(목표 복구 시점)",
      definition: "장애가 났을 때 어느 시점까지의 데이터를 되살려야 하는지, 즉 잃어도 괜찮은 데이터의 최대 양을 시간으로 나타낸 목표입니다.",
      why: "RPO가 1시간이면 적어도 1시간마다 백업하거나 복제해야 하고 0에 가깝게 하려면 동기 복제가 필요하므로, 백업 주기와 복제 방식을 고르는 기준이 됩니다.",
    },
    en: {
      term: "RPO",
      definition: "Recovery Point Objective: the point in time to which data must be recoverable after a failure, that is, the most data loss you accept, measured in time.",
      why: "An RPO of one hour means backing up or replicating at least hourly, and a near-zero RPO needs synchronous replication, so it drives backup frequency and replication choice.",
    },
    aliases: ["Recovery Point Objective", "Recovery Point Object", "목표 복구 시점", "복구 목표 시점", "복구 기준 시점"],
    related: ["rto", "backup", "sync-replication", "async-replication", "disaster-recovery", "replication-lag"],
  },
  {
    id: "backup",
    ko: {
      term: "백업",
      definition: "데이터나 시스템을 다른 매체나 장소에 복사해 보관해 두었다가, 잃어버리거나 망가졌을 때 그 시점 상태로 되돌릴 수 있게 하는 것입니다.",
      why: "복제나 RAID는 실수로 지운 데이터와 랜섬웨어 피해까지 그대로 옮기기 때문에, 과거 시점으로 돌아갈 마지막 수단은 떨어진 곳에 둔 백업이며 실제로 복원되는지도 주기적으로 확인해야 합니다.",
    },
    en: {
      term: "Backup",
      definition: "Copying data or systems to separate media or a separate place so they can be restored to that point if lost or damaged.",
      why: "Replication and RAID faithfully copy deletions and ransomware damage too, so an off-site backup is the last way back to an earlier state, and restores must be tested regularly.",
    },
    aliases: ["back-up", "backups", "백업본"],
    related: ["system-backup", "data-backup", "backup-and-restore", "rpo", "rto", "replication", "raid", "journaling", "s3", "snapshot"],
  },
  {
    id: "system-backup",
    ko: {
      term: "시스템 백업",
      definition: "OS, 미들웨어, 설정 파일처럼 시스템 자체를 이루는 부분을 백업하는 것으로, 보통 초기 구축 직후와 큰 구성 변경 전후에 받습니다.",
      why: "서버가 통째로 망가졌을 때 처음부터 다시 설치하지 않고 같은 환경을 빨리 되살릴 수 있어 복구 시간(RTO)을 줄여 줍니다.",
    },
    en: {
      term: "System backup",
      definition: "Backing up what makes up the system itself (OS, middleware and configuration files), typically right after the initial build and around major changes.",
      why: "When a server is wrecked you can bring back the same environment quickly instead of reinstalling from scratch, which shortens RTO.",
    },
    aliases: ["OS 백업", "OS backup", "시스템 이미지 백업", "system image backup"],
    related: ["backup", "data-backup", "rto", "virtualization"],
  },
  {
    id: "data-backup",
    ko: {
      term: "데이터 백업",
      definition: "데이터베이스나 사용자 파일처럼 매일 바뀌는 데이터를 전체·증분 방식으로 자주 백업하는 것입니다.",
      why: "백업 주기가 곧 잃을 수 있는 데이터의 양(RPO)을 정하고, DB는 트랜잭션 로그까지 보관해 두면 원하는 시점으로 복구(PITR)할 수 있습니다.",
    },
    en: {
      term: "Data backup",
      definition: "Frequently backing up data that changes every day, such as databases and user files, as full and incremental copies.",
      why: "Backup frequency sets how much data you can lose (RPO), and keeping database transaction logs as well allows point-in-time recovery.",
    },
    aliases: ["DB 백업", "DB backup", "database backup", "데이터베이스 백업"],
    related: ["backup", "system-backup", "rpo", "journaling", "rollforward", "rds"],
  },
  {
    id: "snapshot",
    ko: {
      term: "스냅샷",
      definition: "디스크나 볼륨, DB의 특정 시점 상태를 그대로 찍어 두는 것으로, 보통 그 뒤에 바뀌는 블록만 따로 기록하는 방식이라 몇 초 만에 만들어집니다.",
      why: "작업 전에 떠 두면 금방 그 시점으로 되돌릴 수 있어 좋은 안전장치지만, 원본과 같은 스토리지에만 있으면 그 스토리지가 망가질 때 함께 사라지므로 다른 곳으로 복사해 둬야 진짜 백업이 됩니다.",
    },
    en: {
      term: "Snapshot",
      definition: "A point-in-time image of a disk, volume or database, usually made in seconds by recording only the blocks that change afterwards.",
      why: "Great for rolling back before risky work, but a snapshot kept on the same storage dies with it; copy it elsewhere before calling it a backup.",
    },
    aliases: ["스냅숏", "snapshots", "스냅샷 백업", "snapshot backup", "EBS 스냅샷", "EBS snapshot", "DB 스냅샷", "DB snapshot"],
    related: ["backup", "data-backup", "rpo", "ebs", "backup-and-restore", "rollback"],
  },
  {
    id: "backup-and-restore",
    ko: {
      term: "백업 및 복원",
      definition: "데이터와 설정의 백업만 다른 리전(사이트)에 보관해 두었다가, 재해가 나면 그 백업으로 인프라를 새로 만들고 데이터를 복원하는 가장 기본적인 재해 복구 전략입니다.",
      why: "평소 비용은 가장 적지만 인프라를 만들고 복원하는 데 몇 시간 이상 걸릴 수 있어 RTO가 길고, 마지막 백업 이후 데이터는 잃으므로 RPO는 백업 주기에 달려 있습니다.",
    },
    en: {
      term: "Backup and restore",
      definition: "The most basic disaster-recovery strategy: keep only backups of data and configuration in another region or site, and rebuild the infrastructure and restore data from them after a disaster.",
      why: "It costs the least day to day, but rebuilding and restoring can take hours, and anything written after the last backup is lost, so RPO depends on backup frequency.",
    },
    aliases: ["backup & restore", "backup/restore", "백업 & 복원", "백업/복원", "백업과 복원", "백업 후 복원"],
    related: ["disaster-recovery", "backup", "pilot-light", "rto", "rpo", "cold-standby"],
  },
  {
    id: "pilot-light",
    ko: {
      term: "파일럿 라이트",
      definition: "복제 중인 DB처럼 꼭 필요한 핵심 부분만 재해 복구용 리전에 항상 켜 두고, 나머지 서버는 꺼 두거나 만들 준비만 해 두었다가 재해 때 띄우는 재해 복구 전략입니다.",
      why: "데이터는 계속 복제되고 있어 RPO가 짧고 비용도 적게 들지만, 재해가 나면 나머지 인프라를 기동하고 키워야 하므로 복구에 수십 분 정도 걸립니다.",
    },
    en: {
      term: "Pilot light",
      definition: "A disaster-recovery strategy that keeps only the core, typically replicated databases, always running in the recovery region, with other servers switched off or ready to be created when disaster strikes.",
      why: "Data is replicated continuously so RPO is short and costs stay low, but the rest of the stack must be started and scaled up, so recovery takes tens of minutes.",
    },
    aliases: ["파일롯 라이트"],
    related: ["disaster-recovery", "backup-and-restore", "warm-standby", "cross-region-replication", "rto", "rpo"],
  },
  {
    id: "warm-standby",
    ko: {
      term: "웜 스탠바이",
      definition: "운영 환경 전체를 작은 규모로 재해 복구 리전(또는 예비 서버)에서 늘 돌려 두었다가, 장애가 나면 규모를 키워 트래픽을 넘겨받는 방식입니다.",
      why: "모든 구성 요소가 이미 돌고 있어 파일럿 라이트보다 빨리(대개 몇 분 안에) 복구되지만, 작게나마 상시 운영하는 비용이 듭니다.",
    },
    en: {
      term: "Warm standby",
      definition: "Running a scaled-down but complete copy of production in the recovery region (or on spare servers) at all times, and scaling it up to take over traffic on failure.",
      why: "Everything is already running, so recovery is faster than with a pilot light, usually within minutes, at the cost of paying for a small always-on copy.",
    },
    aliases: ["웜 스텐바이", "웜 대기", "warm stand-by"],
    related: ["disaster-recovery", "pilot-light", "multi-site-active-active", "hot-standby", "cold-standby", "standby", "autoscaling"],
  },
  {
    id: "multi-site-active-active",
    ko: {
      term: "멀티 사이트 액티브-액티브",
      definition: "여러 리전이나 사이트에서 운영 환경 전체를 동시에 돌리며 모두 실제 트래픽을 처리하게 하는, 가장 높은 수준의 재해 복구 전략입니다.",
      why: "한 사이트가 멈춰도 나머지가 바로 트래픽을 받아 RTO가 거의 0에 가깝지만, 비용이 가장 크고 여러 사이트에서 동시에 들어오는 쓰기의 정합성을 맞추기 어렵습니다.",
    },
    en: {
      term: "Multi-site active-active",
      definition: "The highest-level disaster-recovery strategy: full production runs in several regions or sites at once, and all of them serve real traffic.",
      why: "If one site stops the others already carry traffic, so RTO is near zero, but it is the most expensive option and keeping writes consistent across sites is hard.",
    },
    aliases: ["multi-site active/active", "멀티 사이트 액티브/액티브", "다중 사이트 액티브-액티브", "multi-region active-active", "멀티 리전 액티브-액티브", "multi-site", "멀티 사이트"],
    related: ["active-active", "disaster-recovery", "warm-standby", "region", "dns-failover-routing", "multi-primary", "cross-region-replication"],
  },
];
