import type { GlossaryEntry } from '../types';

/** Disks and storage: RAID levels, parity, rebuilds, hot spares, SAN, HDD/SSD and I/O. */
export const terms: readonly GlossaryEntry[] = [
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
    related: ["raid-0", "raid-1", "raid-5", "raid-6", "raid-10", "hdd", "ssd", "backup", "redundancy", "san", "parity", "rebuild", "hot-spare", "mirroring"],
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
    aliases: ["striping", "스트라이핑", "disk striping", "stiping", "stripe", "stripes"],
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
    related: ["raid", "raid-0", "raid-10", "drbd", "redundancy", "hdd", "mirroring"],
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
    related: ["raid", "raid-6", "raid-10", "hdd", "iops", "parity", "rebuild", "hot-spare"],
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
    related: ["raid", "raid-5", "raid-10", "hdd", "parity", "rebuild"],
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
    id: "parity",
    ko: {
      term: "패리티",
      definition: "여러 디스크에 나눠 쓴 데이터로부터 계산해 두는 검사용 값(보통 XOR)으로, 디스크 하나가 사라져도 남은 데이터와 패리티로 잃어버린 내용을 다시 계산해 낼 수 있게 해 줍니다. RAID 5와 RAID 6이 이 방식을 씁니다.",
      why: "미러링보다 적은 용량으로 디스크 고장을 견디지만, 쓸 때마다 패리티를 다시 계산해야 해서 쓰기 성능이 떨어지고 디스크가 클수록 리빌드가 오래 걸립니다.",
    },
    en: {
      term: "Parity",
      definition: "A check value (usually XOR) computed from data striped over several disks, from which the contents of a lost disk can be recalculated; used by RAID 5 and 6.",
      why: "It survives a disk failure with less capacity than mirroring, but every write recomputes parity, and rebuilding a large disk takes long.",
    },
    aliases: ["패러티", "패리티 비트", "parity bit", "분산 패리티", "distributed parity", "패리티 디스크", "parity disk"],
    related: ["raid-5", "raid-6", "raid", "rebuild", "hot-spare"],
  },
  {
    id: "rebuild",
    ko: {
      term: "리빌드",
      definition: "RAID에서 고장 난 디스크를 새 디스크로 바꾼 뒤, 남은 디스크의 미러나 패리티로 빠진 데이터를 새 디스크에 다시 채워 넣는 작업입니다.",
      why: "리빌드가 끝날 때까지는 이중화가 깨진 상태라 디스크가 하나 더 고장 나면 데이터를 잃을 수 있고, 모든 디스크를 읽느라 성능도 떨어집니다. 그래서 대용량 디스크에는 RAID 6이나 핫 스페어를 함께 씁니다.",
    },
    en: {
      term: "Rebuild",
      definition: "Refilling a replacement disk in a RAID array with the missing data, recomputed from the mirror or parity on the surviving disks.",
      why: "Until it finishes the array has no redundancy left, so a second failure loses data, and reading every disk slows the system; hence RAID 6 and hot spares for large disks.",
    },
    aliases: ["rebuilding", "RAID rebuild", "RAID 리빌드", "리빌딩", "디스크 리빌드"],
    related: ["raid", "parity", "hot-spare", "raid-5", "raid-6", "raid-1"],
  },
  {
    id: "hot-spare",
    ko: {
      term: "핫 스페어",
      definition: "RAID 장비에 미리 꽂아 두고 평소에는 쓰지 않는 예비 디스크입니다. 디스크가 고장 나면 사람이 교체하기를 기다리지 않고 곧바로 그 자리를 대신하며 리빌드를 시작합니다.",
      why: "고장부터 교체까지 이중화가 깨진 채로 버티는 시간을 줄여 주므로, 새벽에 디스크가 죽어도 아침까지 무방비로 있지 않게 됩니다.",
    },
    en: {
      term: "Hot spare",
      definition: "A spare disk installed in a RAID system but idle until a disk fails, when it takes that disk's place and the rebuild starts without waiting for someone to swap hardware.",
      why: "It shortens the window in which the array runs without redundancy, so a disk that dies at night does not leave you exposed until morning.",
    },
    aliases: ["hot spare disk", "핫 스페어 디스크", "spare disk", "스페어 디스크", "예비 디스크"],
    related: ["raid", "rebuild", "parity", "redundancy"],
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
    id: "hdd",
    ko: {
      term: "하드 디스크",
      definition: "자기 원판(플래터)을 회전시키고 헤드를 움직여 데이터를 읽고 쓰는 저장 장치입니다.",
      why: "용량 대비 값은 싸지만 헤드 이동과 회전 대기 때문에 임의 접근 IOPS가 낮고, 움직이는 부품이 있어 고장도 비교적 잦으므로 RAID로 묶어 이중화하는 경우가 많습니다.",
    },
    en: {
      term: "Hard Disk Drive",
      definition: "A storage device that reads and writes data on spinning magnetic platters with a moving head.",
      why: "It is cheap per gigabyte, but seek and rotation delays keep random-access IOPS low, and moving parts wear out, so HDDs are usually grouped with RAID for redundancy.",
    },
    aliases: ["HDD", "하드 디스크 드라이브", "hard disk", "자기 디스크", "magnetic disk"],
    related: ["ssd", "iops", "raid", "bus", "latency"],
  },
  {
    id: "ssd",
    ko: {
      term: "SSD(솔리드 스테이트 드라이브)",
      definition: "NAND 플래시 메모리에 데이터를 기록하는 반도체 저장 장치입니다.",
      why: "HDD보다 임의 읽기·쓰기가 훨씬 빨라 IOPS가 높고 지연이 짧아 DB 디스크로 많이 쓰지만, 쓰기 수명이 정해져 있어 상태를 감시하고 이중화해 두는 것이 좋습니다.",
    },
    en: {
      term: "Solid State Drive",
      definition: "A semiconductor storage device that records data in NAND flash memory, with no mechanical parts.",
      why: "Random reads and writes are far faster than on HDDs, giving high IOPS and low latency, which suits database storage, but flash has limited write endurance, so monitor wear and keep redundancy.",
    },
    aliases: ["SSD", "솔리드 스테이트 드라이브", "Solid State Disk", "반도체 디스크"],
    related: ["hdd", "iops", "latency", "raid", "memory"],
  },
  {
    id: "io",
    ko: {
      term: "I/O(입출력)",
      definition: "CPU·메모리와 그 바깥 장치 사이에 데이터를 주고받는 일로, 디스크 읽기·쓰기와 네트워크 송수신이 대표적입니다.",
      why: "디스크 I/O는 메모리보다 훨씬 느려서 DB 성능 문제의 상당수가 I/O 대기에서 생기며, 캐시와 인덱스는 결국 I/O를 줄이려고 쓰는 장치입니다.",
    },
    en: {
      term: "I/O",
      definition: "Input/output: moving data between the CPU and memory and the outside, chiefly disk reads and writes and network traffic.",
      why: "Disk I/O is far slower than memory, so many database slowdowns are I/O waits; caches and indexes exist largely to avoid it.",
    },
    aliases: ["입출력", "Input/Output", "디스크 I/O", "disk I/O", "네트워크 I/O", "network I/O", "I/O 장치", "IO"],
    related: ["iops", "hdd", "ssd", "bus", "bottleneck", "cache"],
  },
];
