import type { GlossaryEntry } from '../types';

/** Architecture families (centralized, distributed, vertically and horizontally partitioned, shared, geographic, standby, DR) and master-worker / peer-to-peer. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "centralized-architecture",
    ko: {
      term: "집약형 아키텍처",
      definition: "메인프레임처럼 크고 비싼 컴퓨터 한 대가 모든 처리를 맡는 구성입니다. 그 한 대 안에서 CPU, 전원, 디스크 같은 부품을 이중화해 안정성을 확보합니다.",
      why: "구성이 단순하고 내부 이중화 덕분에 아주 안정적이지만, 비싸고 한 대의 성능 이상으로 늘릴 수 없습니다. 오늘날 흔한 분할형과 나란히 놓고 보면 이해가 쉽습니다.",
    },
    en: {
      term: "Centralized architecture",
      definition: "One large computer, typically a mainframe, doing all the processing, with its parts duplicated inside the box for reliability.",
      why: "Simple and very reliable thanks to internal redundancy, but expensive and unable to grow beyond one machine; the counterpart of today's distributed designs.",
    },
    aliases: ["집약형", "centralized architecture", "집중형 아키텍처", "메인프레임", "mainframe", "집약형 구성"],
    related: ["distributed-architecture", "scale-up", "redundancy", "spof"],
  },
  {
    id: "distributed-architecture",
    ko: {
      term: "분할형 아키텍처",
      definition: "여러 대의 서버를 조합해 하나의 시스템을 만드는 구성으로, 오픈 시스템이나 분산 시스템이라고도 부릅니다. 다시 수직 분할형과 수평 분할형으로 나뉩니다.",
      why: "값싼 서버를 늘려 확장할 수 있지만 대수가 늘수록 관리가 복잡해지고, 한 대가 고장 났을 때 영향이 번지지 않도록 구조를 따로 고민해야 합니다.",
    },
    en: {
      term: "Distributed architecture",
      definition: "Building one system from many servers, also called an open or distributed system; divided further into vertically and horizontally partitioned designs.",
      why: "It grows by adding cheap servers, but more machines mean more management and a design that keeps one failure from spreading.",
    },
    aliases: ["분할형", "분산 시스템", "distributed system", "distributed systems", "오픈 시스템", "open system", "분산 아키텍처", "분산형 아키텍처"],
    related: ["centralized-architecture", "vertical-partitioning-architecture", "horizontal-partitioning-architecture", "scale-out", "spof"],
  },
  {
    id: "vertical-partitioning-architecture",
    ko: {
      term: "수직 분할형 아키텍처",
      definition: "웹 서버·AP 서버·DB 서버처럼 서버마다 서로 다른 역할을 맡도록 시스템을 나누는 아키텍처로, 클라이언트-서버형과 3계층형이 여기에 속합니다.",
      why: "역할별로 일을 나눠 한 서버에 처리가 몰리는 것을 막고 역할마다 따로 확장할 수 있지만, 어떤 역할을 서버 한 대만 맡고 있다면 그 서버가 단일 장애점이 됩니다.",
    },
    en: {
      term: "Vertically Partitioned Architecture",
      definition: "An architecture that divides a system so each server has a different role, such as web, application and database servers; client-server and three-tier designs are of this type.",
      why: "Splitting work by role keeps any one server from carrying everything and lets each role scale separately, but a role served by only one server becomes a single point of failure.",
    },
    aliases: ["수직 분할형", "수직 분할 아키텍처", "vertical partitioning architecture"],
    related: ["horizontal-partitioning-architecture", "three-tier", "client-server", "spof", "shared-architecture", "distributed-architecture"],
  },
  {
    id: "client-server",
    ko: {
      term: "클라이언트-서버",
      definition: "요청을 보내는 클라이언트와, 요청을 받아 처리한 뒤 결과를 돌려주는 서버로 역할을 나눈 구조입니다.",
      why: "처리와 데이터가 서버에 모여 관리가 쉬운 대신 서버가 멈추면 모든 클라이언트가 함께 영향을 받으므로, 서버 쪽 이중화와 확장이 가용성의 핵심이 됩니다.",
    },
    en: {
      term: "Client-Server",
      definition: "A structure that divides roles between clients, which send requests, and servers, which process them and send back the results.",
      why: "Processing and data are concentrated on the server, which simplifies management but means a server outage affects every client, so server-side redundancy and scaling are central to availability.",
    },
    aliases: ["C/S", "client/server", "클라이언트/서버", "클라이언트-서버형", "클라이언트-서버 아키텍처", "client-server architecture", "client-server model"],
    related: ["three-tier", "p2p", "vertical-partitioning-architecture", "spof", "http"],
  },
  {
    id: "three-tier",
    ko: {
      term: "3계층형 아키텍처",
      definition: "시스템을 화면을 맡는 프레젠테이션 계층(웹 서버), 업무 로직을 처리하는 애플리케이션 계층(AP 서버), 데이터를 다루는 데이터 계층(DB 서버)의 세 층으로 나눈 구성입니다.",
      why: "계층마다 따로 늘리고 이중화할 수 있어 부하가 몰리는 곳만 키우기 쉽지만, 요청 하나가 여러 계층을 오가므로 한 계층만 느려져도 전체 응답 시간이 늘어나 병목을 계층별로 살펴야 합니다.",
    },
    en: {
      term: "Three-Tier Architecture",
      definition: "A design that splits a system into a presentation tier (web servers), an application tier (application servers running business logic) and a data tier (database servers).",
      why: "Each tier can be scaled and made redundant on its own, so you grow only where the load is, but a request crosses several tiers, so one slow tier drags down overall response time and bottlenecks must be checked tier by tier.",
    },
    aliases: ["3계층 아키텍처", "3계층 구조", "3계층형", "3계층형 시스템", "3-tier architecture", "3-tier", "three-tier", "3티어"],
    related: ["client-server", "vertical-partitioning-architecture", "load-balancer", "scale-out", "bottleneck", "redundancy", "web-server", "ap-server"],
  },
  {
    id: "horizontal-partitioning-architecture",
    ko: {
      term: "수평 분할형 아키텍처",
      definition: "같은 역할을 하는 서버(또는 시스템)를 여러 대 나란히 두고 처리를 나눠 맡기는 아키텍처로, 단순 수평 분할형과 공유형이 있습니다.",
      why: "같은 서버를 늘리기만 하면 되니 처리량을 키우기 쉽고 한 대가 고장 나도 나머지가 일을 이어받지만, 부하가 서버 사이에 고르게 나뉘도록 하고 데이터를 어떻게 나눌지 정해야 합니다.",
    },
    en: {
      term: "Horizontally Partitioned Architecture",
      definition: "An architecture that places several servers (or systems) with the same role side by side and splits the work among them; it comes as a simple horizontal split or a shared type.",
      why: "Adding identical servers makes it easy to raise capacity, and when one fails the others carry on, but load must be spread evenly and you must decide how the data is divided.",
    },
    aliases: ["수평 분할형", "단순 수평 분할형", "단순 수평 분할형 아키텍처", "수평 분할 아키텍처", "horizontal partitioning architecture"],
    related: ["vertical-partitioning-architecture", "shared-architecture", "scale-out", "load-balancing", "sharding", "redundancy", "distributed-architecture"],
  },
  {
    id: "shared-architecture",
    ko: {
      term: "공유형 아키텍처",
      definition: "수평으로 나눈 시스템들이 데이터 계층(DB 등) 같은 일부 계층을 서로 연결해 함께 쓰는, 수평 분할형 아키텍처의 한 형태입니다.",
      why: "공유한 계층이 모든 시스템의 공통 의존 대상이 되어 그곳에 부하가 모이면 전체가 느려지고 그곳이 멈추면 모든 시스템이 함께 멈추므로, 공유 계층은 반드시 이중화해야 합니다.",
    },
    en: {
      term: "Shared Architecture",
      definition: "A form of horizontally partitioned architecture in which the split systems interconnect and share some tier, typically the data tier (database).",
      why: "The shared tier becomes a common dependency of every system, so load there slows them all and its failure stops them all, which is why it must be made redundant first.",
    },
    aliases: ["공유형", "shared-type architecture"],
    related: ["horizontal-partitioning-architecture", "vertical-partitioning-architecture", "spof", "scale-out", "bottleneck"],
  },
  {
    id: "geographic-partitioning-architecture",
    ko: {
      term: "지리 분할형 아키텍처",
      definition: "시스템을 서로 멀리 떨어진 데이터센터나 리전에 나눠 배치해, 한 장소 전체가 멈춰도 다른 곳에서 업무를 이어 가도록 하는 아키텍처로, 스탠바이형·재해 대책형 등이 있습니다.",
      why: "화재·정전·리전 장애 같은 건물이나 지역 단위의 사고까지 견디게 해 주지만, 거리가 멀수록 복제 지연이 커지고 설비와 운영 비용도 늘어납니다.",
    },
    en: {
      term: "Geographically Partitioned Architecture",
      definition: "An architecture that places a system in data centers or regions far apart, so work can continue elsewhere when an entire site goes down; it includes standby and disaster-recovery variants.",
      why: "It lets the service survive building- or region-wide incidents such as fire, power loss or a regional outage, but the greater the distance, the larger the replication lag and the higher the equipment and operating costs.",
    },
    aliases: ["지리 분할형", "지리적 분할", "geographic partitioning architecture", "geographically distributed architecture"],
    related: ["site-redundancy", "disaster-recovery", "region", "multi-az", "cross-region-replication", "replication-lag", "standby", "dr-architecture", "standby-architecture"],
  },
  {
    id: "standby-architecture",
    ko: {
      term: "스탠바이형 아키텍처",
      definition: "물리 서버를 최소 두 대 두고, 한 대가 고장 나면 그 위에서 돌던 소프트웨어를 다른 서버로 옮겨 이어서 운영하는 구성입니다. 대기 서버는 평소에 일을 하지 않습니다.",
      why: "가장 기본적인 이중화 형태라 만들기 쉽지만, 대기 서버 자원이 평소에 놀고 있고 전환하는 시간만큼 서비스가 멈춥니다.",
    },
    en: {
      term: "Standby architecture",
      definition: "Two or more physical servers where, if one fails, the software it ran is moved to another and carries on; the standby sits idle until then.",
      why: "The simplest form of redundancy, but the standby's capacity is idle most of the time and the service stops for as long as the switch takes.",
    },
    aliases: ["스탠바이형", "스텐바이형 아키텍처", "스텐바이형", "standby architecture", "스탠바이형 구성"],
    related: ["active-standby", "standby", "failover", "geographic-partitioning-architecture", "dr-architecture"],
  },
  {
    id: "dr-architecture",
    ko: {
      term: "재해 대책형 아키텍처",
      definition: "상용 환경이 있는 데이터 센터가 재해로 멈추면, 멀리 떨어진 다른 사이트에 마련해 둔 재해 대책(DR) 환경에서 업무를 다시 시작하는 구성입니다.",
      why: "건물이나 지역 단위의 재해까지 견딜 수 있지만, 데이터를 원격지로 어떻게 보내느냐(동기·비동기)에 따라 전환 때 잃는 데이터와 비용이 크게 달라집니다.",
    },
    en: {
      term: "Disaster-recovery architecture",
      definition: "A design in which, when the data center running production is hit by a disaster, work resumes in a DR environment prepared at a distant site.",
      why: "It survives the loss of a building or an area, and how data reaches the remote site (synchronously or not) decides both the loss at switchover and the cost.",
    },
    aliases: ["재해 대책형", "disaster recovery architecture", "DR architecture", "DR 아키텍처", "재해 복구형 아키텍처"],
    related: ["disaster-recovery", "site-redundancy", "geographic-partitioning-architecture", "standby-architecture", "async-replication", "rpo"],
  },
  {
    id: "master-worker",
    ko: {
      term: "마스터-워커",
      definition: "마스터 하나가 일을 나눠 주고 전체를 관리하며, 여러 워커는 받은 일만 처리하는 구조입니다.",
      why: "조율을 마스터 한 곳에서 하니 구조가 단순하지만, 마스터가 단일 장애점이자 부하가 모이는 지점이 되므로 마스터를 이중화하고 장애 때 다른 노드가 역할을 넘겨받게 해 둬야 합니다.",
    },
    en: {
      term: "Master-Worker",
      definition: "An arrangement where one master hands out work and manages everything, while multiple workers only process the tasks they are given.",
      why: "Coordinating from one place keeps the design simple, but the master becomes both a single point of failure and a load hotspot, so it needs a redundant standby that can take over its role.",
    },
    aliases: ["master-worker model", "마스터-워커 모델", "master-worker pattern", "마스터-워커 패턴"],
    related: ["p2p", "spof", "master-slave", "redundancy", "failover", "kubernetes"],
  },
  {
    id: "p2p",
    ko: {
      term: "피어-투-피어",
      definition: "중앙 관리자 없이 참여한 노드(피어)들이 서로 대등한 입장에서 직접 데이터를 주고받고 일을 나눠 맡는 구조입니다.",
      why: "특정 노드에 기대지 않아 일부 피어가 빠져도 전체가 계속 돌아가고 노드를 늘리기도 쉽지만, 피어끼리 상태를 맞추는 통신과 일관성 관리가 복잡해집니다.",
    },
    en: {
      term: "Peer-to-Peer",
      definition: "An architecture with no central manager, where participating nodes (peers) act as equals, exchanging data and sharing work directly with one another.",
      why: "With no single node to depend on, the system keeps running when some peers drop out and grows by adding peers, but keeping peers consistent takes more communication and more complex coordination.",
    },
    aliases: ["P2P", "피투피", "P2P 네트워크", "peer-to-peer network"],
    related: ["master-worker", "spof", "client-server", "cluster"],
  },
];
