import type { GlossaryEntry } from '../types';

/** Virtualization and containers: hypervisors, host-OS virtualization, containers, Docker and Kubernetes. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "virtualization",
    ko: {
      term: "가상화",
      definition: "물리 서버의 CPU·메모리·디스크·네트워크를 소프트웨어 계층으로 감싸, 한 대를 여러 대의 가상 머신으로 나눠 쓰거나 여러 자원을 하나처럼 묶어 쓰게 하는 기술입니다.",
      why: "가상 머신을 다른 호스트로 옮기거나 빠르게 새로 띄울 수 있어 복구와 확장이 쉬워지고 자원 활용률도 오르지만, 물리 호스트 한 대가 죽으면 그 위의 가상 머신이 한꺼번에 멈추므로 여러 호스트에 나눠 배치해야 합니다.",
    },
    en: {
      term: "Virtualization",
      definition: "Wrapping a physical server's CPU, memory, disk and network in a software layer so one machine can be split into several virtual machines, or several resources pooled as one.",
      why: "Virtual machines can be moved to another host or started quickly, which eases recovery and scaling and raises utilization, but one failed physical host takes down every VM on it, so VMs should be spread across hosts.",
    },
    aliases: ["virtualisation", "서버 가상화", "server virtualization", "가상 머신", "virtual machine", "VM"],
    related: ["hypervisor", "host-os-virtualization", "container", "cloud-instance", "ec2"],
  },
  {
    id: "hypervisor",
    ko: {
      term: "하이퍼바이저",
      definition: "가상 머신을 만들고 실행하면서 물리 서버의 CPU·메모리 등을 각 가상 머신에 나눠 주는 소프트웨어로, ‘하이퍼바이저형’ 가상화라고 하면 보통 하드웨어 위에서 바로 동작하는 Type 1(베어메탈) 방식을 말합니다.",
      why: "중간에 범용 OS가 끼지 않아 가상 머신이 하드웨어 성능을 거의 그대로 쓰고 서로 강하게 격리되므로, VMware ESXi·KVM·Xen 같은 하이퍼바이저가 운영 서버와 클라우드 인프라의 기반이 됩니다.",
    },
    en: {
      term: "Hypervisor",
      definition: "Software that creates and runs virtual machines and divides a physical server's CPU, memory and other resources among them; 'hypervisor-type' virtualization usually means a Type 1 (bare-metal) hypervisor running directly on the hardware.",
      why: "With no general-purpose OS in between, VMs get close to native hardware performance and strong isolation, which is why hypervisors such as VMware ESXi, KVM and Xen underpin production servers and cloud platforms.",
    },
    aliases: ["하이퍼바이저형", "하이퍼바이저형 가상화", "hypervisor-based virtualization", "베어메탈 하이퍼바이저", "bare-metal hypervisor", "Type 1 hypervisor", "타입 1 하이퍼바이저", "VMM", "virtual machine monitor", "가상 머신 모니터"],
    related: ["virtualization", "host-os-virtualization", "container", "cloud-instance", "ec2"],
  },
  {
    id: "host-os-virtualization",
    ko: {
      term: "호스트 OS형 가상화",
      definition: "Windows나 Linux 같은 일반 운영체제(호스트 OS) 위에 VirtualBox·VMware Workstation 같은 가상화 소프트웨어를 설치하고 그 안에서 가상 머신을 돌리는 방식(Type 2 하이퍼바이저)입니다.",
      why: "기존 PC에 설치만 하면 되니 개발·테스트 환경을 꾸리기 쉽지만, 모든 처리가 호스트 OS를 한 번 더 거쳐 오버헤드가 크고 호스트 OS 문제가 모든 가상 머신에 번지므로 운영 서버에는 잘 쓰지 않습니다.",
    },
    en: {
      term: "Host OS Virtualization",
      definition: "Running virtual machines inside virtualization software such as VirtualBox or VMware Workstation installed on an ordinary operating system (the host OS); this is a Type 2 hypervisor.",
      why: "It is easy to set up on an existing machine for development and testing, but every operation passes through the host OS, adding overhead, and a host OS problem hits every VM, so it is rarely used for production servers.",
    },
    aliases: ["호스트 OS형", "호스트형 가상화", "hosted virtualization", "host OS type", "Type 2 hypervisor", "타입 2 하이퍼바이저", "hosted hypervisor"],
    related: ["hypervisor", "virtualization", "container"],
  },
  {
    id: "container",
    ko: {
      term: "컨테이너",
      definition: "애플리케이션과 그 실행 환경을 한데 묶어, 호스트 OS 커널은 함께 쓰되 파일 시스템·네트워크·자원 사용량은 따로 떼어 놓은 상태로 실행하는 가벼운 가상화 단위입니다.",
      why: "게스트 OS를 부팅할 필요가 없어 몇 초 만에 뜨고 내려가므로 장애 난 인스턴스를 빨리 갈아 끼우거나 트래픽에 맞춰 빠르게 늘릴 수 있지만, 커널을 공유하는 만큼 격리 수준은 가상 머신보다 약합니다.",
    },
    en: {
      term: "Container",
      definition: "A lightweight unit of virtualization that bundles an application with its runtime environment and runs it with its own isolated file system, network and resource limits while sharing the host OS kernel.",
      why: "With no guest OS to boot, containers start and stop in seconds, so failed instances can be replaced and capacity added quickly, though sharing the kernel gives weaker isolation than virtual machines.",
    },
    aliases: ["컨테이너 가상화", "container virtualization", "OS 수준 가상화", "OS-level virtualization", "리눅스 컨테이너", "Linux container", "containers", "Containers Services"],
    related: ["docker", "kubernetes", "virtualization", "kernel", "process", "autoscaling", "scale-out"],
  },
  {
    id: "docker",
    ko: {
      term: "도커",
      definition: "애플리케이션과 라이브러리·설정을 이미지 하나로 묶고, 그 이미지로 컨테이너를 만들어 실행·배포하는 대표적인 컨테이너 플랫폼입니다.",
      why: "같은 이미지면 어느 서버에서나 같은 환경이 재현되어 ‘내 PC에서는 되는데’ 같은 문제와 배포 실수가 줄고, 장애가 나도 똑같은 컨테이너를 금방 다시 띄울 수 있습니다.",
    },
    en: {
      term: "Docker",
      definition: "A widely used container platform that packages an application with its libraries and settings into an image and runs and ships containers built from that image.",
      why: "The same image reproduces the same environment on any server, cutting 'works on my machine' problems and deployment mistakes, and an identical container can be started again quickly after a failure.",
    },
    aliases: ["도커 엔진", "Docker Engine", "도커 이미지", "Docker image", "도커 컨테이너", "Docker container", "Dockerfile", "도커파일"],
    related: ["container", "kubernetes", "virtualization", "stateless"],
  },
  {
    id: "kubernetes",
    ko: {
      term: "쿠버네티스",
      definition: "여러 서버에 걸쳐 컨테이너의 배포·확장·재시작·네트워킹을 자동으로 관리하는 오픈 소스 컨테이너 오케스트레이션 플랫폼입니다.",
      why: "선언해 둔 개수만큼 컨테이너가 늘 떠 있도록 죽은 컨테이너를 재시작하거나 다른 노드로 옮기고, 헬스 체크·롤링 업데이트·오토스케일링을 기본으로 제공해 서비스 중단을 줄여 줍니다.",
    },
    en: {
      term: "Kubernetes",
      definition: "An open-source container orchestration platform that automates deploying, scaling, restarting and networking containers across a cluster of servers.",
      why: "It keeps the declared number of containers running by restarting failed ones and rescheduling them onto healthy nodes, and it builds in health checks, rolling updates and autoscaling to reduce downtime.",
    },
    aliases: ["K8s", "쿠베", "kube"],
    related: ["container", "docker", "cluster", "clustering", "health-check", "autoscaling", "scale-out"],
  },
];
