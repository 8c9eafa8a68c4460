/**
 * Glossary data: virtualization, containers and cloud services (part 3 of SYSTEM_TERMS).
 */
import type { GlossaryEntry } from './types';

export const SYSTEM_TERMS_3: GlossaryEntry[] = [
  {
    id: "virtualization",
    ko: {
      term: "가상화",
      definition: "물리 서버의 CPU·메모리·디스크·네트워크를 소프트웨어 계층으로 감싸, 한 대를 여러 대의 가상 머신으로 나눠 쓰거나 여러 자원을 하나처럼 묶어 쓰게 하는 기술이다.",
      why: "가상 머신을 다른 호스트로 옮기거나 빠르게 새로 띄울 수 있어 복구와 확장이 쉬워지고 자원 활용률도 오르지만, 물리 호스트 한 대가 죽으면 그 위의 가상 머신이 한꺼번에 멈추므로 여러 호스트에 나눠 배치해야 한다.",
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
      definition: "가상 머신을 만들고 실행하면서 물리 서버의 CPU·메모리 등을 각 가상 머신에 나눠 주는 소프트웨어로, ‘하이퍼바이저형’ 가상화라고 하면 보통 하드웨어 위에서 바로 동작하는 Type 1(베어메탈) 방식을 말한다.",
      why: "중간에 범용 OS가 끼지 않아 가상 머신이 하드웨어 성능을 거의 그대로 쓰고 서로 강하게 격리되므로, VMware ESXi·KVM·Xen 같은 하이퍼바이저가 운영 서버와 클라우드 인프라의 기반이 된다.",
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
      definition: "Windows나 Linux 같은 일반 운영체제(호스트 OS) 위에 VirtualBox·VMware Workstation 같은 가상화 소프트웨어를 설치하고 그 안에서 가상 머신을 돌리는 방식(Type 2 하이퍼바이저)이다.",
      why: "기존 PC에 설치만 하면 되니 개발·테스트 환경을 꾸리기 쉽지만, 모든 처리가 호스트 OS를 한 번 더 거쳐 오버헤드가 크고 호스트 OS 문제가 모든 가상 머신에 번지므로 운영 서버에는 잘 쓰지 않는다.",
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
      definition: "애플리케이션과 그 실행 환경을 한데 묶어, 호스트 OS 커널은 함께 쓰되 파일 시스템·네트워크·자원 사용량은 따로 떼어 놓은 상태로 실행하는 가벼운 가상화 단위이다.",
      why: "게스트 OS를 부팅할 필요가 없어 몇 초 만에 뜨고 내려가므로 장애 난 인스턴스를 빨리 갈아 끼우거나 트래픽에 맞춰 빠르게 늘릴 수 있지만, 커널을 공유하는 만큼 격리 수준은 가상 머신보다 약하다.",
    },
    en: {
      term: "Container",
      definition: "A lightweight unit of virtualization that bundles an application with its runtime environment and runs it with its own isolated file system, network and resource limits while sharing the host OS kernel.",
      why: "With no guest OS to boot, containers start and stop in seconds, so failed instances can be replaced and capacity added quickly, though sharing the kernel gives weaker isolation than virtual machines.",
    },
    aliases: ["컨테이너 가상화", "container virtualization", "OS 수준 가상화", "OS-level virtualization", "리눅스 컨테이너", "Linux container"],
    related: ["docker", "kubernetes", "virtualization", "kernel", "process", "autoscaling", "scale-out"],
  },
  {
    id: "docker",
    ko: {
      term: "도커",
      definition: "애플리케이션과 라이브러리·설정을 이미지 하나로 묶고, 그 이미지로 컨테이너를 만들어 실행·배포하는 대표적인 컨테이너 플랫폼이다.",
      why: "같은 이미지면 어느 서버에서나 같은 환경이 재현되어 ‘내 PC에서는 되는데’ 같은 문제와 배포 실수가 줄고, 장애가 나도 똑같은 컨테이너를 금방 다시 띄울 수 있다.",
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
      definition: "여러 서버에 걸쳐 컨테이너의 배포·확장·재시작·네트워킹을 자동으로 관리하는 오픈 소스 컨테이너 오케스트레이션 플랫폼이다.",
      why: "선언해 둔 개수만큼 컨테이너가 늘 떠 있도록 죽은 컨테이너를 재시작하거나 다른 노드로 옮기고, 헬스 체크·롤링 업데이트·오토스케일링을 기본으로 제공해 서비스 중단을 줄여 준다.",
    },
    en: {
      term: "Kubernetes",
      definition: "An open-source container orchestration platform that automates deploying, scaling, restarting and networking containers across a cluster of servers.",
      why: "It keeps the declared number of containers running by restarting failed ones and rescheduling them onto healthy nodes, and it builds in health checks, rolling updates and autoscaling to reduce downtime.",
    },
    aliases: ["K8s", "쿠베", "kube"],
    related: ["container", "docker", "cluster", "clustering", "health-check", "autoscaling", "scale-out"],
  },
  {
    id: "serverless",
    ko: {
      term: "서버리스",
      definition: "서버를 직접 준비·관리하지 않고 코드(함수)만 올려 두면, 요청이 올 때 클라우드가 실행 환경을 띄워 실행하고 쓴 만큼만 과금하는 방식으로, AWS Lambda가 대표적이다.",
      why: "트래픽에 따라 클라우드가 실행 개수를 알아서 늘리고 줄이며 서버 패치와 이중화도 맡아 주지만, 한동안 호출이 없다가 처음 불릴 때 지연(콜드 스타트)이 생기고 실행 시간과 동시 실행 수에 제한이 있다.",
    },
    en: {
      term: "Serverless",
      definition: "A model where you deploy only code (functions) without provisioning or managing servers; the cloud starts an execution environment when a request arrives and bills only for what runs, with AWS Lambda the best-known example.",
      why: "The provider scales executions up and down with traffic and handles server patching and redundancy, but functions that have been idle suffer cold-start latency, and run time and concurrency are limited.",
    },
    aliases: ["server less", "서버리스 컴퓨팅", "serverless computing", "FaaS", "Function as a Service", "AWS Lambda", "AWS 람다"],
    related: ["autoscaling", "stateless", "cloud-instance", "container", "scale-out"],
  },
  {
    id: "cloud-instance",
    ko: {
      term: "클라우드 인스턴스",
      definition: "클라우드에서 CPU·메모리·스토리지·네트워크 사양을 골라 필요할 때 빌려 쓰는 가상 서버 한 대이다.",
      why: "몇 분 만에 만들고 사양을 바꾸거나 여러 가용 영역에 나눠 띄울 수 있어 확장과 이중화가 쉽지만, 인스턴스 한 대는 언제든 죽을 수 있다고 보고 여러 대를 전제로 설계해야 한다.",
    },
    en: {
      term: "Cloud Instance",
      definition: "A single virtual server rented from a cloud provider on demand, with a chosen amount of CPU, memory, storage and network capacity.",
      why: "Instances can be created in minutes, resized and spread across availability zones, which makes scaling and redundancy easy, but any single instance can fail, so designs should assume several.",
    },
    aliases: ["클라우드 서버", "cloud server", "가상 서버", "virtual server", "VM 인스턴스", "VM instance"],
    related: ["ec2", "virtualization", "autoscaling", "scale-up", "scale-out", "availability-zone", "multi-az"],
  },
  {
    id: "ec2",
    ko: {
      term: "아마존 EC2",
      definition: "AWS에서 원하는 사양의 가상 서버(인스턴스)를 빌려 쓰는 컴퓨팅 서비스로, Elastic Compute Cloud의 줄임말이다.",
      why: "오토 스케일링 그룹과 로드 밸런서를 붙여 여러 가용 영역에 인스턴스를 나눠 두면, 인스턴스 한 대나 AZ 하나가 멈춰도 서비스를 이어 갈 수 있다.",
    },
    en: {
      term: "Amazon EC2",
      definition: "AWS's compute service for renting virtual servers (instances) in the size you need; short for Elastic Compute Cloud.",
      why: "Spreading instances across availability zones behind a load balancer with an Auto Scaling group lets the service survive the loss of an instance or a whole AZ.",
    },
    aliases: ["EC2", "AWS EC2", "Elastic Compute Cloud", "EC2 인스턴스", "EC2 instance", "Amazon E2", "아마존 E2"],
    related: ["cloud-instance", "autoscaling", "elb", "availability-zone", "multi-az", "cloudwatch", "region"],
  },
  {
    id: "s3",
    ko: {
      term: "아마존 S3",
      definition: "파일을 객체 단위로 버킷에 저장하는 AWS의 오브젝트 스토리지 서비스로, Simple Storage Service의 줄임말이다.",
      why: "기본 스토리지 클래스는 데이터를 한 리전 안의 여러 가용 영역에 자동으로 나눠 저장해(설계상 내구성 99.999999999%) 백업 보관소나 정적 파일 원본으로 많이 쓰이고, 리전 간 복제를 켜면 재해에도 대비할 수 있다.",
    },
    en: {
      term: "Amazon S3",
      definition: "AWS's object storage service that stores files as objects in buckets; short for Simple Storage Service.",
      why: "The default storage class automatically keeps data across multiple availability zones in a region (designed for 99.999999999% durability), making it a common home for backups and static assets, and cross-region replication adds disaster protection.",
    },
    aliases: ["S3", "AWS S3", "Simple Storage Service", "S3 버킷", "S3 bucket"],
    related: ["backup", "cross-region-replication", "availability-zone", "region", "cdn", "disaster-recovery"],
  },
  {
    id: "rds",
    ko: {
      term: "아마존 RDS",
      definition: "MySQL·PostgreSQL 같은 관계형 DB의 설치·패치·백업·복제를 AWS가 대신 관리해 주는 관리형 데이터베이스 서비스로, Relational Database Service의 줄임말이다.",
      why: "Multi-AZ로 배포하면 다른 가용 영역에 동기 복제되는 대기 DB를 두고 자동 장애 조치를 받을 수 있고, 읽기 전용 복제본으로 읽기 부하를 나누며 자동 백업으로 특정 시점 복구도 할 수 있다.",
    },
    en: {
      term: "Amazon RDS",
      definition: "AWS's managed relational database service, which takes care of installing, patching, backing up and replicating engines such as MySQL and PostgreSQL; short for Relational Database Service.",
      why: "Multi-AZ deployments keep a synchronously replicated standby in another availability zone with automatic failover, read replicas spread read load, and automated backups allow point-in-time recovery.",
    },
    aliases: ["RDS", "AWS RDS", "Relational Database Service", "RDS 인스턴스", "RDS instance"],
    related: ["multi-az", "read-replica", "failover", "sync-replication", "backup", "connection-pool", "burst-balance"],
  },
  {
    id: "cloudwatch",
    ko: {
      term: "클라우드워치",
      definition: "AWS 자원과 애플리케이션의 지표와 로그를 모으고, 정해 둔 임계값을 넘으면 경보(알람)를 보내는 AWS의 모니터링 서비스이다.",
      why: "CPU 사용률·지연 시간·버스트 밸런스 같은 지표를 지켜보다가 이상이 보이면 알람을 보내거나 오토 스케일링을 작동시켜, 사용자가 신고하기 전에 장애를 알아채고 대응하게 해 준다.",
    },
    en: {
      term: "Amazon CloudWatch",
      definition: "AWS's monitoring service that collects metrics and logs from AWS resources and applications and raises alarms when set thresholds are crossed.",
      why: "By watching metrics such as CPU utilization, latency and burst balance, it can alert people or trigger Auto Scaling when something looks wrong, so problems are caught before users report them.",
    },
    aliases: ["Cloud Watch", "AWS CloudWatch", "클라우드 워치", "CloudWatch 알람", "CloudWatch alarm"],
    related: ["monitoring", "metric", "log-monitoring", "performance-monitoring", "autoscaling", "burst-balance", "ec2"],
  },
  {
    id: "burst-balance",
    ko: {
      term: "버스트 밸런스",
      definition: "AWS의 gp2·st1·sc1 EBS 볼륨(그리고 gp2 스토리지를 쓰는 RDS)에서 기준 성능 이상으로 잠깐 치고 올라갈 때 쓰는 크레딧이 버스트 버킷에 몇 퍼센트 남았는지 보여 주는 CloudWatch 지표로, 크레딧은 한가할 때 다시 쌓인다.",
      why: "부하가 계속되어 0%까지 떨어지면 디스크 성능이 기준 IOPS로 뚝 떨어져 DB 쿼리 지연이 급증하므로, 이 값을 감시하다가 자주 바닥나면 볼륨을 키우거나 gp3·프로비저닝된 IOPS로 바꿔야 한다.",
    },
    en: {
      term: "Burst Balance",
      definition: "A CloudWatch metric for AWS gp2, st1 and sc1 EBS volumes (and RDS on gp2 storage) showing what percentage of burst credits remain in the burst bucket; credits are spent to run above baseline performance and refill while usage is below it.",
      why: "When sustained load drains it to 0%, the disk falls back to its baseline IOPS and database latency jumps, so watch it and, if it keeps running low, grow the volume or move to gp3 or provisioned IOPS.",
    },
    aliases: ["버스트", "버스트 크레딧", "burst credit", "burst credits", "I/O 크레딧", "I/O credits", "버스트 버킷", "burst bucket"],
    related: ["iops", "cloudwatch", "rds", "metric", "performance-monitoring", "bottleneck"],
  },
  {
    id: "vpc-peering",
    ko: {
      term: "VPC 피어링",
      definition: "두 VPC가 사설 IP로 직접 통신할 수 있도록 잇는 네트워크 연결로, 다른 계정이나 다른 리전의 VPC끼리도 맺을 수 있다.",
      why: "트래픽이 공용 인터넷을 타지 않고 AWS 네트워크 안에서 오가므로 리전 간 복제나 백업 리전 구성에 쓰기 좋지만, CIDR 대역이 겹치면 연결할 수 없고 전이 라우팅이 안 되니 네트워크 설계를 미리 해 둬야 한다.",
    },
    en: {
      term: "VPC Peering",
      definition: "A network connection that lets two VPCs talk to each other using private IP addresses, including VPCs in different accounts or regions.",
      why: "Traffic stays on the AWS network instead of the public internet, which suits cross-region replication and standby regions, but overlapping CIDR ranges cannot be peered and peering is not transitive, so the network layout must be planned ahead.",
    },
    aliases: ["VPC 피어링 연결", "VPC peering connection"],
    related: ["region", "cross-region-replication", "routing", "ip", "site-redundancy", "multi-cloud"],
  },
  {
    id: "multi-cloud",
    ko: {
      term: "멀티 클라우드",
      definition: "AWS·GCP·Azure처럼 둘 이상의 클라우드 사업자의 서비스를 함께 쓰는 전략이다.",
      why: "한 사업자 전체에 걸친 대형 장애나 특정 벤더 종속에 대비할 수 있지만, 사업자마다 서비스·네트워크·운영 방식이 달라 데이터 동기화와 운영 복잡도가 크게 늘어난다.",
    },
    en: {
      term: "Multi-Cloud",
      definition: "Using services from two or more cloud providers, such as AWS, GCP and Azure, together.",
      why: "It can hedge against a provider-wide outage and vendor lock-in, but differing services, networking and operations make data synchronization and day-to-day management much more complex.",
    },
    aliases: ["다중 클라우드", "multi-cloud strategy", "멀티 클라우드 전략"],
    related: ["region", "disaster-recovery", "site-redundancy", "vpc-peering", "redundancy"],
  },
];
