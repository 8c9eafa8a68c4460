import type { GlossaryEntry } from '../types';

/** Cloud: regions, zones and data centers, multi-AZ and multi-region, and the AWS services the notes use. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "aws",
    ko: {
      term: "AWS(아마존 웹 서비스)",
      definition: "아마존이 운영하는 퍼블릭 클라우드로, EC2(서버), S3(객체 저장소), RDS(관리형 DB), ELB(로드 밸런서) 같은 인프라를 필요한 만큼 빌려 쓰고 쓴 만큼 돈을 냅니다.",
      why: "AWS는 리전과 가용 영역 단위로 장애를 격리하므로, 여러 가용 영역과 리전에 나눠 배치하는 것이 AWS 위에서 가용성을 높이는 기본기입니다.",
    },
    en: {
      term: "AWS",
      definition: "Amazon Web Services: Amazon's public cloud, renting infrastructure such as servers (EC2), object storage (S3), managed databases (RDS) and load balancers (ELB) by use.",
      why: "AWS isolates failures by region and availability zone, so spreading over zones and regions is the basic way to raise availability on it.",
    },
    aliases: ["Amazon Web Services", "아마존 웹 서비스", "아마존 웹서비스"],
    related: ["region", "availability-zone", "ec2", "s3", "rds", "elb"],
  },
  {
    id: "data-center",
    ko: {
      term: "데이터 센터",
      definition: "서버·스토리지·네트워크 장비를 모아 두고 전원, 냉각, 회선, 보안을 갖춘 시설입니다. 국내에서는 IDC라고도 부르고, 클라우드의 가용 영역도 하나 이상의 데이터 센터로 이뤄집니다.",
      why: "화재나 정전처럼 건물 단위로 오는 장애는 그 안의 이중화를 한꺼번에 무력화하므로, 중요한 서비스는 멀리 떨어진 다른 데이터 센터나 가용 영역에도 두어야 합니다.",
    },
    en: {
      term: "Data center",
      definition: "A facility housing servers, storage and network gear, with power, cooling, connectivity and security; a cloud availability zone is one or more of them.",
      why: "A fire or power loss takes out every redundant pair inside the building at once, so important services also live in another, distant site or zone.",
    },
    aliases: ["데이터센터", "data centre", "datacenter", "IDC", "인터넷 데이터 센터", "전산 센터", "전산실"],
    related: ["availability-zone", "region", "site-redundancy", "disaster-recovery"],
  },
  {
    id: "region",
    ko: {
      term: "리전",
      definition: "클라우드 사업자가 데이터센터를 운영하는 지리적 지역 단위로, 리전 하나는 여러 가용 영역으로 이루어집니다(예: AWS 서울 리전 ap-northeast-2).",
      why: "리전 전체가 멈추는 장애도 실제로 일어나므로, 그 수준까지 대비하려면 다른 리전으로 데이터를 복제하고 넘어갈 수 있게 설계해야 합니다.",
    },
    en: {
      term: "Region",
      definition: "A geographic area where a cloud provider runs its data centers; each region contains several availability zones (e.g. AWS Seoul, ap-northeast-2).",
      why: "Whole-region outages do happen, so surviving one requires replicating data to another region and being able to switch over to it.",
    },
    aliases: ["regions", "AWS 리전", "AWS region"],
    related: ["availability-zone", "multi-az", "cross-region-replication", "disaster-recovery", "site-redundancy", "multi-site-active-active", "multi-region", "aws"],
  },
  {
    id: "availability-zone",
    ko: {
      term: "가용 영역",
      definition: "한 리전 안에서 전원, 냉각, 네트워크가 서로 독립된 하나 이상의 데이터센터 묶음으로, 같은 리전의 가용 영역끼리는 지연이 짧은 전용망으로 연결됩니다.",
      why: "가용 영역 하나가 통째로 장애를 일으켜도 다른 가용 영역은 영향을 받지 않게 설계되어 있어, 서버와 DB를 여러 AZ에 나눠 두는 것이 클라우드 고가용성의 기본입니다.",
    },
    en: {
      term: "Availability Zone",
      definition: "One or more data centers within a region that have their own power, cooling and networking, linked to the region's other zones by low-latency connections.",
      why: "Zones are built so that one zone's failure does not affect the others, which is why spreading servers and databases across several AZs is the basic step toward HA in the cloud.",
    },
    aliases: ["AZ", "AZs", "가용성 영역", "가용 존", "availability zones"],
    related: ["region", "multi-az", "high-availability", "rds", "ec2", "elb"],
  },
  {
    id: "multi-az",
    ko: {
      term: "다중 AZ",
      definition: "서버나 DB를 두 개 이상의 가용 영역에 나눠 배치하는 구성으로, 예를 들어 RDS 다중 AZ는 다른 AZ에 동기 복제되는 스탠바이를 두고 자동으로 페일오버합니다.",
      why: "AZ 하나에 장애가 나도 다른 AZ의 자원으로 서비스가 이어지므로, 단일 AZ 구성에 남아 있던 데이터센터 수준의 단일 장애점을 없애 줍니다.",
    },
    en: {
      term: "Multi-AZ",
      definition: "Placing servers or databases in two or more availability zones; RDS Multi-AZ, for example, keeps a synchronously replicated standby in another AZ and fails over automatically.",
      why: "Service continues on resources in another zone when one AZ fails, removing the data-center-level single point of failure of a single-AZ setup.",
    },
    aliases: ["멀티 AZ", "멀티 존", "다중 가용 영역", "multi-zone", "multi availability zone"],
    related: ["availability-zone", "region", "rds", "sync-replication", "failover", "high-availability", "elb", "multi-region"],
  },
  {
    id: "multi-region",
    ko: {
      term: "멀티 리전",
      definition: "서비스를 두 개 이상의 클라우드 리전에 걸쳐 배치해서, 한 리전 전체가 멈춰도 다른 리전에서 서비스를 이어가도록 하는 구성입니다.",
      why: "멀티 AZ로는 리전 전체 장애를 막지 못하므로 그 수준까지 견디려면 리전 간 복제와 DNS 전환을 갖춘 멀티 리전이 필요합니다. 대신 비용과 리전 간 데이터 일관성 문제가 함께 커집니다.",
    },
    en: {
      term: "Multi-region",
      definition: "Running a service across two or more cloud regions so that it survives the loss of an entire region.",
      why: "Multi-AZ does not survive a region-wide outage; multi-region does, with cross-region replication and DNS failover, at a real cost in money and consistency.",
    },
    aliases: ["multi region", "다중 리전", "멀티 리전 구성", "여러 리전", "multi-region architecture", "리전 이원화"],
    related: ["region", "multi-az", "cross-region-replication", "dns-failover-routing", "disaster-recovery", "multi-site-active-active"],
  },
  {
    id: "multi-cloud",
    ko: {
      term: "멀티 클라우드",
      definition: "AWS·GCP·Azure처럼 둘 이상의 클라우드 사업자의 서비스를 함께 쓰는 전략입니다.",
      why: "한 사업자 전체에 걸친 대형 장애나 특정 벤더 종속에 대비할 수 있지만, 사업자마다 서비스·네트워크·운영 방식이 달라 데이터 동기화와 운영 복잡도가 크게 늘어납니다.",
    },
    en: {
      term: "Multi-Cloud",
      definition: "Using services from two or more cloud providers, such as AWS, GCP and Azure, together.",
      why: "It can hedge against a provider-wide outage and vendor lock-in, but differing services, networking and operations make data synchronization and day-to-day management much more complex.",
    },
    aliases: ["다중 클라우드", "multi-cloud strategy", "멀티 클라우드 전략"],
    related: ["region", "disaster-recovery", "site-redundancy", "vpc-peering", "redundancy"],
  },
  {
    id: "cloud-instance",
    ko: {
      term: "클라우드 인스턴스",
      definition: "클라우드에서 CPU·메모리·스토리지·네트워크 사양을 골라 필요할 때 빌려 쓰는 가상 서버 한 대입니다.",
      why: "몇 분 만에 만들고 사양을 바꾸거나 여러 가용 영역에 나눠 띄울 수 있어 확장과 이중화가 쉽지만, 인스턴스 한 대는 언제든 죽을 수 있다고 보고 여러 대를 전제로 설계해야 합니다.",
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
    id: "serverless",
    ko: {
      term: "서버리스",
      definition: "서버를 직접 준비·관리하지 않고 코드(함수)만 올려 두면, 요청이 올 때 클라우드가 실행 환경을 띄워 실행하고 쓴 만큼만 과금하는 방식으로, AWS Lambda가 대표적입니다.",
      why: "트래픽에 따라 클라우드가 실행 개수를 알아서 늘리고 줄이며 서버 패치와 이중화도 맡아 주지만, 한동안 호출이 없다가 처음 불릴 때 지연(콜드 스타트)이 생기고 실행 시간과 동시 실행 수에 제한이 있습니다.",
    },
    en: {
      term: "Serverless",
      definition: "A model where you deploy only code (functions) without provisioning or managing servers; the cloud starts an execution environment when a request arrives and bills only for what runs, with AWS Lambda the best-known example.",
      why: "The provider scales executions up and down with traffic and handles server patching and redundancy, but functions that have been idle suffer cold-start latency, and run time and concurrency are limited.",
    },
    aliases: ["server less", "서버리스 컴퓨팅", "serverless computing", "FaaS", "Function as a Service", "AWS Lambda", "AWS 람다", "Lambda", "Lambda 함수", "Lambda function"],
    related: ["autoscaling", "stateless", "cloud-instance", "container", "scale-out"],
  },
  {
    id: "ec2",
    ko: {
      term: "아마존 EC2",
      definition: "AWS에서 원하는 사양의 가상 서버(인스턴스)를 빌려 쓰는 컴퓨팅 서비스로, Elastic Compute Cloud의 줄임말입니다.",
      why: "오토 스케일링 그룹과 로드 밸런서를 붙여 여러 가용 영역에 인스턴스를 나눠 두면, 인스턴스 한 대나 AZ 하나가 멈춰도 서비스를 이어 갈 수 있습니다.",
    },
    en: {
      term: "Amazon EC2",
      definition: "AWS's compute service for renting virtual servers (instances) in the size you need; short for Elastic Compute Cloud.",
      why: "Spreading instances across availability zones behind a load balancer with an Auto Scaling group lets the service survive the loss of an instance or a whole AZ.",
    },
    aliases: ["EC2", "AWS EC2", "Elastic Compute Cloud", "EC2 인스턴스", "EC2 instance", "Amazon E2", "아마존 E2"],
    related: ["cloud-instance", "autoscaling", "elb", "availability-zone", "multi-az", "cloudwatch", "region", "ebs", "aws"],
  },
  {
    id: "ebs",
    ko: {
      term: "아마존 EBS",
      definition: "EC2 인스턴스에 붙여 쓰는 AWS의 블록 스토리지(가상 디스크)로, 한 가용 영역 안에서 복제되고 스냅샷으로 S3에 백업할 수 있습니다.",
      why: "EBS 볼륨은 한 가용 영역에 묶여 있어 그 AZ가 멈추면 같이 못 쓰게 되므로 다른 AZ의 복제본이나 주기적인 스냅샷이 필요합니다. gp2 같은 볼륨은 버스트 크레딧이 바닥나면 IOPS가 뚝 떨어집니다.",
    },
    en: {
      term: "Amazon EBS",
      definition: "Elastic Block Store: AWS's block storage (virtual disks) attached to EC2 instances, replicated within one availability zone and backed up to S3 as snapshots.",
      why: "A volume is bound to one zone and goes down with it, so keep copies in another zone or regular snapshots; gp2 volumes drop sharply in IOPS once their burst credits run out.",
    },
    aliases: ["Elastic Block Store", "EBS 볼륨", "EBS volume", "AWS EBS"],
    related: ["ec2", "snapshot", "iops", "burst-balance", "availability-zone", "s3"],
  },
  {
    id: "s3",
    ko: {
      term: "아마존 S3",
      definition: "파일을 객체 단위로 버킷에 저장하는 AWS의 오브젝트 스토리지 서비스로, Simple Storage Service의 줄임말입니다.",
      why: "기본 스토리지 클래스는 데이터를 한 리전 안의 여러 가용 영역에 자동으로 나눠 저장해(설계상 내구성 99.999999999%) 백업 보관소나 정적 파일 원본으로 많이 쓰이고, 리전 간 복제를 켜면 재해에도 대비할 수 있습니다.",
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
      definition: "MySQL·PostgreSQL 같은 관계형 DB의 설치·패치·백업·복제를 AWS가 대신 관리해 주는 관리형 데이터베이스 서비스로, Relational Database Service의 줄임말입니다.",
      why: "Multi-AZ로 배포하면 다른 가용 영역에 동기 복제되는 대기 DB를 두고 자동 장애 조치를 받을 수 있고, 읽기 전용 복제본으로 읽기 부하를 나누며 자동 백업으로 특정 시점 복구도 할 수 있습니다.",
    },
    en: {
      term: "Amazon RDS",
      definition: "AWS's managed relational database service, which takes care of installing, patching, backing up and replicating engines such as MySQL and PostgreSQL; short for Relational Database Service.",
      why: "Multi-AZ deployments keep a synchronously replicated standby in another availability zone with automatic failover, read replicas spread read load, and automated backups allow point-in-time recovery.",
    },
    aliases: ["RDS", "AWS RDS", "Relational Database Service", "RDS 인스턴스", "RDS instance"],
    related: ["multi-az", "read-replica", "failover", "sync-replication", "backup", "connection-pool", "burst-balance", "mysql", "postgresql"],
  },
  {
    id: "dynamodb",
    ko: {
      term: "아마존 DynamoDB",
      definition: "AWS의 완전 관리형 키-값·문서형 NoSQL 데이터베이스로, 데이터를 파티션에 나눠 저장하고 리전 안의 세 가용 영역에 자동으로 복제합니다.",
      why: "서버를 운영하지 않고도 AZ 장애를 견디고 글로벌 테이블로 여러 리전에 복제할 수도 있지만, 파티션 키를 잘못 고르면 한 파티션에 요청이 몰리는 핫 파티션이 생깁니다.",
    },
    en: {
      term: "Amazon DynamoDB",
      definition: "AWS's fully managed key-value and document NoSQL database, which partitions data and replicates it across three availability zones automatically.",
      why: "It survives zone failures with no servers to run, and global tables replicate across regions, but a poor partition key concentrates traffic on a hot partition.",
    },
    aliases: ["DynamoDB", "다이나모DB", "다이나모디비", "Dynamo DB"],
    related: ["nosql", "aws", "partitioning", "hot-spot", "availability-zone", "multi-region"],
  },
  {
    id: "elb",
    ko: {
      term: "ELB(일래스틱 로드 밸런싱)",
      definition: "AWS가 제공하는 관리형 로드 밸런싱 서비스로, HTTP(S)용 ALB와 TCP/UDP용 NLB 등 여러 유형이 있습니다.",
      why: "여러 가용 영역의 대상(EC2 등)에 트래픽을 나눠 주고 헬스 체크에 실패한 대상으로는 보내지 않으며, 로드 밸런서 자체도 AWS가 이중화해 운영하므로 직접 관리해야 할 단일 장애점이 줄어듭니다.",
    },
    en: {
      term: "Elastic Load Balancing",
      definition: "AWS's managed load balancing service, offered in several types including the Application Load Balancer (ALB) for HTTP(S) and the Network Load Balancer (NLB) for TCP/UDP.",
      why: "It spreads traffic across targets such as EC2 instances in multiple availability zones, stops sending to targets that fail health checks, and is itself run redundantly by AWS, removing a single point of failure you would otherwise have to manage.",
    },
    aliases: ["ELB", "AWS ELB", "Elastic Load Balancer", "AWS Elastic Load Balancer", "일래스틱 로드 밸런싱", "엘라스틱 로드 밸런서", "일래스틱 로드 밸런서", "ALB", "NLB", "AWS ALB", "AWS NLB"],
    related: ["load-balancer", "l4-load-balancer", "l7-load-balancer", "health-check", "ec2", "multi-az", "autoscaling"],
  },
  {
    id: "route53",
    ko: {
      term: "아마존 Route 53",
      definition: "AWS의 관리형 DNS 서비스로, 도메인 이름을 IP로 바꿔 주는 일 말고도 헬스 체크와 장애 조치·지연 시간 기반·가중치 기반 같은 라우팅 정책을 제공합니다.",
      why: "리전 장애 때 트래픽을 다른 리전으로 넘기는 가장 흔한 방법이 Route 53 장애 조치 라우팅인데, 헬스 체크 간격과 TTL만큼 전환이 늦어진다는 점을 RTO에 넣어야 합니다.",
    },
    en: {
      term: "Amazon Route 53",
      definition: "AWS's managed DNS service: besides resolving names it offers health checks and routing policies such as failover, latency-based and weighted.",
      why: "Failover routing in Route 53 is the usual way to move traffic to another region; the health-check interval and the TTL delay that move and belong in the RTO.",
    },
    aliases: ["Route 53", "Route53", "라우트 53", "AWS Route 53"],
    related: ["dns", "dns-failover-routing", "health-check", "ttl", "multi-region", "aws"],
  },
  {
    id: "cloudwatch",
    ko: {
      term: "클라우드워치",
      definition: "AWS 자원과 애플리케이션의 지표와 로그를 모으고, 정해 둔 임계값을 넘으면 경보(알람)를 보내는 AWS의 모니터링 서비스입니다.",
      why: "CPU 사용률·지연 시간·버스트 밸런스 같은 지표를 지켜보다가 이상이 보이면 알람을 보내거나 오토 스케일링을 작동시켜, 사용자가 신고하기 전에 장애를 알아채고 대응하게 해 줍니다.",
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
      definition: "AWS의 gp2·st1·sc1 EBS 볼륨(그리고 gp2 스토리지를 쓰는 RDS)에서 기준 성능 이상으로 잠깐 치고 올라갈 때 쓰는 크레딧이 버스트 버킷에 몇 퍼센트 남았는지 보여 주는 CloudWatch 지표로, 크레딧은 한가할 때 다시 쌓입니다.",
      why: "부하가 계속되어 0%까지 떨어지면 디스크 성능이 기준 IOPS로 뚝 떨어져 DB 쿼리 지연이 급증하므로, 이 값을 감시하다가 자주 바닥나면 볼륨을 키우거나 gp3·프로비저닝된 IOPS로 바꿔야 합니다.",
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
      definition: "두 VPC가 사설 IP로 직접 통신할 수 있도록 잇는 네트워크 연결로, 다른 계정이나 다른 리전의 VPC끼리도 맺을 수 있습니다.",
      why: "트래픽이 공용 인터넷을 타지 않고 AWS 네트워크 안에서 오가므로 리전 간 복제나 백업 리전 구성에 쓰기 좋지만, CIDR 대역이 겹치면 연결할 수 없고 전이 라우팅이 안 되니 네트워크 설계를 미리 해 둬야 합니다.",
    },
    en: {
      term: "VPC Peering",
      definition: "A network connection that lets two VPCs talk to each other using private IP addresses, including VPCs in different accounts or regions.",
      why: "Traffic stays on the AWS network instead of the public internet, which suits cross-region replication and standby regions, but overlapping CIDR ranges cannot be peered and peering is not transitive, so the network layout must be planned ahead.",
    },
    aliases: ["VPC 피어링 연결", "VPC peering connection"],
    related: ["region", "cross-region-replication", "routing", "ip", "site-redundancy", "multi-cloud"],
  },
];
