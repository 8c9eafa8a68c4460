import type { GlossaryEntry } from '../types';

/** Inside a server: web and application servers, processes and threads, the kernel, CPU, memory, bus, interrupts and polling. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "web-server",
    ko: {
      term: "웹 서버",
      definition: "브라우저의 HTTP 요청을 받아 HTML, 이미지 같은 정적 콘텐츠를 돌려주고, 동적인 처리는 뒤쪽의 AP 서버(WAS)에 넘기는 서버입니다. Apache HTTP Server와 NGINX가 대표적이고, 국내 기업에서는 TmaxSoft의 WebtoB도 많이 씁니다.",
      why: "상태를 거의 갖지 않아 로드 밸런서 뒤에 여러 대를 두기 쉬우므로 이중화가 가장 쉬운 계층이고, 한 대만 두는 건 굳이 위험을 떠안는 셈입니다.",
    },
    en: {
      term: "Web server",
      definition: "A server that accepts browsers' HTTP requests, returns static content such as HTML and images and hands dynamic work to an application server behind it; Apache HTTP Server and NGINX are typical, and Korean enterprises often run TmaxSoft's WebtoB.",
      why: "Being nearly stateless, it is the easiest tier to run several of behind a load balancer; one alone is needless risk.",
    },
    aliases: ["웹서버", "web servers", "Apache HTTP Server", "아파치 웹 서버", "httpd", "WebtoB", "웹투비"],
    related: ["ap-server", "nginx", "load-balancer", "http", "three-tier", "stateless"],
  },
  {
    id: "ap-server",
    ko: {
      term: "AP 서버(WAS)",
      definition: "웹 서버에서 넘어온 요청에 대해 업무 로직을 실행하고, 필요하면 DB에 접근해 결과를 만들어 내는 애플리케이션 서버입니다. 국내에서는 WAS라고 많이 부르며 Tomcat, JBoss, 국산인 TmaxSoft JEUS 등이 있습니다.",
      why: "세션 같은 상태를 서버 안에 두면 로드 밸런서 뒤에서 마음대로 늘리거나 바꿀 수 없으므로, 상태는 외부 저장소로 빼고 DB 커넥션 풀 크기도 함께 관리해야 합니다.",
    },
    en: {
      term: "Application server",
      definition: "The server that runs business logic for requests passed on by the web server, reaching the database when needed; called WAS in Korea, e.g. Tomcat, JBoss or TmaxSoft's JEUS.",
      why: "State kept inside it stops you adding or replacing servers freely behind a balancer, so move sessions to a shared store and size its database connection pool with care.",
    },
    aliases: ["AP 서버", "AP server", "WAS", "와스", "애플리케이션 서버", "application server", "앱 서버", "app server", "어플리케이션 서버", "Web Application Server", "웹 애플리케이션 서버", "Tomcat", "톰캣", "JEUS", "제우스"],
    related: ["web-server", "three-tier", "connection-pool", "session-store", "stateless", "load-balancer"],
  },
  {
    id: "process",
    ko: {
      term: "프로세스",
      definition: "실행 중인 프로그램 하나로, OS로부터 자기만의 메모리 공간을 받아 다른 프로세스와 독립적으로 동작합니다.",
      why: "메모리가 분리되어 있어 한 프로세스가 죽어도 다른 프로세스는 영향을 덜 받지만 새로 만드는 비용이 크기 때문에, 웹 서버 등은 프로세스를 미리 여러 개 띄워 두고(프리포크) 재사용합니다.",
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
      definition: "한 프로세스 안에서 실행되는 작업 흐름의 단위로, 같은 프로세스에 속한 스레드들은 메모리 공간을 함께 씁니다.",
      why: "만드는 비용이 적어 많은 요청을 동시에 처리하기 좋지만, 메모리를 공유하므로 배타적 제어 없이 같은 데이터를 건드리면 값이 꼬이고 스레드 하나의 치명적인 오류가 프로세스 전체를 죽일 수 있습니다.",
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
      definition: "운영체제의 핵심 부분으로, 하드웨어를 감추고 프로세스·메모리·파일 시스템·네트워크·장치를 관리하면서 프로그램에 시스템 콜 인터페이스를 제공합니다.",
      why: "모든 프로그램이 커널을 거쳐 CPU·메모리·디스크·네트워크를 쓰므로, 파일 디스크립터 한도나 네트워크 버퍼 같은 커널 설정과 커널 장애가 서버 전체의 성능과 안정성을 좌우합니다.",
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
      definition: "프로세스가 파일 읽기·쓰기, 네트워크 통신, 메모리 할당처럼 커널만 할 수 있는 일을 부탁할 때 쓰는 인터페이스입니다.",
      why: "호출할 때마다 사용자 모드와 커널 모드를 오가는 비용이 들어 작은 읽기·쓰기를 너무 잦게 하면 성능이 떨어지고, strace 등으로 시스템 콜을 살펴보면 프로세스가 어디서 멈춰 있는지 진단할 수 있습니다.",
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
      definition: "명령어를 읽어 연산을 실행하는 컴퓨터의 중심 장치로, 코어가 여러 개면 여러 작업을 동시에 처리할 수 있습니다.",
      why: "CPU 사용률이 한계에 가까워지면 처리 대기가 쌓여 응답 지연과 타임아웃이 늘어나므로, 가장 기본적인 감시 지표이자 스케일 업·스케일 아웃을 판단하는 근거가 됩니다.",
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
      definition: "CPU가 처리할 프로그램과 데이터를 올려 두는 주기억장치(RAM)로, 디스크보다 훨씬 빠르지만 전원이 꺼지면 내용이 사라집니다.",
      why: "메모리가 모자라면 디스크를 스왑으로 쓰면서 성능이 급격히 떨어지거나 OOM으로 프로세스가 강제 종료되므로, 사용량을 꾸준히 감시해야 합니다.",
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
    id: "bus",
    ko: {
      term: "버스",
      definition: "CPU와 메모리, 저장 장치, NIC 사이에서 데이터가 오가는 서버 안의 전송 통로로, 메모리 버스나 PCIe 같은 확장 버스가 있습니다.",
      why: "장치가 아무리 빨라도 꽂혀 있는 버스가 옮길 수 있는 양을 넘지 못하므로, 고성능 디스크나 NIC를 달 때는 버스 대역폭이 새 병목이 되지 않는지 확인해야 합니다.",
    },
    en: {
      term: "Bus",
      definition: "The pathway inside a server over which data moves between the CPU, memory, storage and NIC, such as the memory bus or the PCIe expansion bus.",
      why: "A device can move no more data than the bus it is plugged into can carry, so when adding fast disks or NICs, check that bus bandwidth does not become the new bottleneck.",
    },
    aliases: ["시스템 버스", "system bus", "데이터 버스", "data bus", "버스 대역폭", "bus bandwidth", "PCIe", "PCI Express", "버스(Bus)", "PCIe 버스", "메모리 버스", "memory bus", "확장 버스", "expansion bus"],
    matchKoTerm: false,
    related: ["cpu", "memory", "ssd", "hdd", "bottleneck", "throughput"],
  },
  {
    id: "interrupt",
    ko: {
      term: "인터럽트",
      definition: "키 입력이나 네트워크 패킷 도착 같은 사건이 생기면 장치가 CPU에 신호를 보내, 실행 중이던 작업을 잠시 멈추고 그 사건부터 처리하게 하는 방식입니다.",
      why: "폴링처럼 계속 확인하지 않아도 일이 생긴 순간 바로 처리할 수 있어 자원 낭비가 적지만, 초당 패킷이 아주 많으면 인터럽트 처리에 CPU가 잠식될 수 있어 고성능 NIC는 인터럽트 병합(coalescing) 등으로 이를 줄입니다.",
    },
    en: {
      term: "Interrupt",
      definition: "A signal a device sends to the CPU when something urgent happens, such as a key press or an arriving network packet, making the CPU pause its current work and handle that first.",
      why: "Events are handled the moment they occur without the constant checking of polling, which saves resources, but very high packet rates can swamp the CPU with interrupts, which high-performance NICs reduce with interrupt coalescing.",
    },
    aliases: ["끼어들기", "하드웨어 인터럽트", "hardware interrupt", "소프트웨어 인터럽트", "software interrupt", "IRQ", "인터럽트 요청", "interrupt request"],
    related: ["polling", "cpu", "kernel", "system-call"],
  },
  {
    id: "polling",
    ko: {
      term: "폴링",
      definition: "상대에게 새 데이터나 상태 변화가 있는지를 정해진 간격마다 반복해서 물어보는 방식입니다.",
      why: "감시 대상이 스스로 알려 주지 않아도 상태를 가져올 수 있어 헬스 체크나 SNMP 감시의 기본 방식이지만, 간격이 짧으면 헛된 요청으로 부하가 늘고 길면 장애나 변화를 늦게 알아챕니다.",
    },
    en: {
      term: "Polling",
      definition: "Repeatedly asking, at a fixed interval, whether the other side has new data or a changed state.",
      why: "It lets a monitor fetch state even from targets that never report on their own, which is why health checks and SNMP monitoring are built on it, but short intervals waste resources on empty requests while long ones notice failures and changes late.",
    },
    aliases: ["long polling", "롱 폴링", "short polling", "숏 폴링"],
    related: ["interrupt", "health-check", "snmp", "monitoring", "heartbeat"],
  },
];
