/**
 * Glossary data: operating system and server hardware (part 6 of SYSTEM_TERMS).
 */
import type { GlossaryEntry } from './types';

export const SYSTEM_TERMS_6: GlossaryEntry[] = [
  {
    id: "process",
    ko: {
      term: "프로세스",
      definition: "실행 중인 프로그램 하나로, OS로부터 자기만의 메모리 공간을 받아 다른 프로세스와 독립적으로 동작한다.",
      why: "메모리가 분리되어 있어 한 프로세스가 죽어도 다른 프로세스는 영향을 덜 받지만 새로 만드는 비용이 크기 때문에, 웹 서버 등은 프로세스를 미리 여러 개 띄워 두고(프리포크) 재사용한다.",
    },
    en: {
      term: "Process",
      definition: "A running program that gets its own memory space from the OS and runs independently of other processes.",
      why: "Separate memory means one crashed process rarely takes others down, but creating processes is costly, so servers often start a pool of them in advance (pre-forking) and reuse them.",
    },
    aliases: ["멀티 프로세스", "multi-process", "프로세스 풀", "process pool"],
    related: ["thread", "kernel", "cpu", "memory", "system-call", "container"],
  },
  {
    id: "thread",
    ko: {
      term: "스레드",
      definition: "한 프로세스 안에서 실행되는 작업 흐름의 단위로, 같은 프로세스에 속한 스레드들은 메모리 공간을 함께 쓴다.",
      why: "만드는 비용이 적어 많은 요청을 동시에 처리하기 좋지만, 메모리를 공유하므로 배타적 제어 없이 같은 데이터를 건드리면 값이 꼬이고 스레드 하나의 치명적인 오류가 프로세스 전체를 죽일 수 있다.",
    },
    en: {
      term: "Thread",
      definition: "A unit of execution inside a process; threads that belong to the same process share its memory space.",
      why: "Threads are cheap to create, so they suit handling many requests at once, but shared memory means unsynchronized access corrupts data, and one fatal error in a thread can crash the whole process.",
    },
    aliases: ["쓰레드", "멀티 스레드", "멀티 쓰레드", "multi-thread", "multi threading", "싱글 스레드", "single thread", "스레드 풀", "thread pool"],
    related: ["process", "exclusive-control", "lock", "cpu", "connection-pool", "serial-parallel"],
  },
  {
    id: "kernel",
    ko: {
      term: "커널",
      definition: "운영체제의 핵심 부분으로, 하드웨어를 감추고 프로세스·메모리·파일 시스템·네트워크·장치를 관리하면서 프로그램에 시스템 콜 인터페이스를 제공한다.",
      why: "모든 프로그램이 커널을 거쳐 CPU·메모리·디스크·네트워크를 쓰므로, 파일 디스크립터 한도나 네트워크 버퍼 같은 커널 설정과 커널 장애가 서버 전체의 성능과 안정성을 좌우한다.",
    },
    en: {
      term: "Kernel",
      definition: "The core of the operating system, which hides the hardware, manages processes, memory, file systems, networking and devices, and offers programs the system-call interface.",
      why: "Every program reaches the CPU, memory, disk and network through the kernel, so its settings (file-descriptor limits, network buffers) and any kernel failure decide the performance and stability of the whole server.",
    },
    aliases: ["OS 커널", "OS kernel", "운영체제 커널", "리눅스 커널", "Linux kernel"],
    related: ["system-call", "process", "thread", "memory", "cpu", "container"],
  },
  {
    id: "system-call",
    ko: {
      term: "시스템 콜",
      definition: "프로세스가 파일 읽기·쓰기, 네트워크 통신, 메모리 할당처럼 커널만 할 수 있는 일을 부탁할 때 쓰는 인터페이스이다.",
      why: "호출할 때마다 사용자 모드와 커널 모드를 오가는 비용이 들어 작은 읽기·쓰기를 너무 잦게 하면 성능이 떨어지고, strace 등으로 시스템 콜을 살펴보면 프로세스가 어디서 멈춰 있는지 진단할 수 있다.",
    },
    en: {
      term: "System Call",
      definition: "The interface a process uses to ask the kernel for work only the kernel can do, such as reading or writing files, network communication and memory allocation.",
      why: "Each call switches between user and kernel mode, so very frequent tiny reads and writes hurt performance, and tracing system calls (for example with strace) shows where a stuck process is waiting.",
    },
    aliases: ["시스템 호출", "syscall", "시스템 콜 인터페이스", "system call interface"],
    related: ["kernel", "process", "thread", "interrupt"],
  },
  {
    id: "cpu",
    ko: {
      term: "CPU(중앙 처리 장치)",
      definition: "명령어를 읽어 연산을 실행하는 컴퓨터의 중심 장치로, 코어가 여러 개면 여러 작업을 동시에 처리할 수 있다.",
      why: "CPU 사용률이 한계에 가까워지면 처리 대기가 쌓여 응답 지연과 타임아웃이 늘어나므로, 가장 기본적인 감시 지표이자 스케일 업·스케일 아웃을 판단하는 근거가 된다.",
    },
    en: {
      term: "CPU",
      definition: "The central unit of a computer that fetches instructions and carries out computations; with multiple cores it can run several tasks at once.",
      why: "As CPU utilization nears its limit, work queues up and latency and timeouts rise, making it the most basic monitoring metric and a trigger for scaling up or out.",
    },
    aliases: ["중앙 처리 장치", "Central Processing Unit", "프로세서", "processor", "CPU 코어", "CPU core"],
    related: ["memory", "process", "thread", "bus", "queue", "scale-up", "scale-out", "metric"],
  },
  {
    id: "memory",
    ko: {
      term: "메모리",
      definition: "CPU가 처리할 프로그램과 데이터를 올려 두는 주기억장치(RAM)로, 디스크보다 훨씬 빠르지만 전원이 꺼지면 내용이 사라진다.",
      why: "메모리가 모자라면 디스크를 스왑으로 쓰면서 성능이 급격히 떨어지거나 OOM으로 프로세스가 강제 종료되므로, 사용량을 꾸준히 감시해야 한다.",
    },
    en: {
      term: "Memory",
      definition: "The main storage (RAM) that holds programs and data for the CPU to work on; far faster than disk, but its contents are lost when power goes off.",
      why: "Running short forces the system to swap to disk, which slows everything sharply, or makes the OS kill processes (OOM), so memory usage must be watched continuously.",
    },
    aliases: ["RAM", "DRAM", "주 기억 장치", "메인 메모리", "main memory"],
    related: ["cpu", "cache", "in-memory-db", "process", "ssd", "hdd", "metric"],
  },
  {
    id: "hdd",
    ko: {
      term: "하드 디스크",
      definition: "자기 원판(플래터)을 회전시키고 헤드를 움직여 데이터를 읽고 쓰는 저장 장치이다.",
      why: "용량 대비 값은 싸지만 헤드 이동과 회전 대기 때문에 임의 접근 IOPS가 낮고, 움직이는 부품이 있어 고장도 비교적 잦으므로 RAID로 묶어 이중화하는 경우가 많다.",
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
      definition: "NAND 플래시 메모리에 데이터를 기록하는 반도체 저장 장치이다.",
      why: "HDD보다 임의 읽기·쓰기가 훨씬 빨라 IOPS가 높고 지연이 짧아 DB 디스크로 많이 쓰지만, 쓰기 수명이 정해져 있어 상태를 감시하고 이중화해 두는 것이 좋다.",
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
    id: "bus",
    ko: {
      term: "버스",
      definition: "CPU와 메모리, 저장 장치, NIC 사이에서 데이터가 오가는 서버 안의 전송 통로로, 메모리 버스나 PCIe 같은 확장 버스가 있다.",
      why: "장치가 아무리 빨라도 꽂혀 있는 버스가 옮길 수 있는 양을 넘지 못하므로, 고성능 디스크나 NIC를 달 때는 버스 대역폭이 새 병목이 되지 않는지 확인해야 한다.",
    },
    en: {
      term: "Bus",
      definition: "The pathway inside a server over which data moves between the CPU, memory, storage and NIC, such as the memory bus or the PCIe expansion bus.",
      why: "A device can move no more data than the bus it is plugged into can carry, so when adding fast disks or NICs, check that bus bandwidth does not become the new bottleneck.",
    },
    aliases: ["시스템 버스", "system bus", "데이터 버스", "data bus", "버스 대역폭", "bus bandwidth", "PCIe", "PCI Express"],
    related: ["cpu", "memory", "ssd", "hdd", "bottleneck", "throughput"],
  },
  {
    id: "interrupt",
    ko: {
      term: "인터럽트",
      definition: "키 입력이나 네트워크 패킷 도착 같은 사건이 생기면 장치가 CPU에 신호를 보내, 실행 중이던 작업을 잠시 멈추고 그 사건부터 처리하게 하는 방식이다.",
      why: "폴링처럼 계속 확인하지 않아도 일이 생긴 순간 바로 처리할 수 있어 자원 낭비가 적지만, 초당 패킷이 아주 많으면 인터럽트 처리에 CPU가 잠식될 수 있어 고성능 NIC는 인터럽트 병합(coalescing) 등으로 이를 줄인다.",
    },
    en: {
      term: "Interrupt",
      definition: "A signal a device sends to the CPU when something urgent happens, such as a key press or an arriving network packet, making the CPU pause its current work and handle that first.",
      why: "Events are handled the moment they occur without the constant checking of polling, which saves resources, but very high packet rates can swamp the CPU with interrupts, which high-performance NICs reduce with interrupt coalescing.",
    },
    aliases: ["끼어들기", "하드웨어 인터럽트", "hardware interrupt", "소프트웨어 인터럽트", "software interrupt", "IRQ", "인터럽트 요청", "interrupt request"],
    related: ["polling", "cpu", "kernel", "system-call"],
  },
];
