/**
 * Glossary data: networking, protocols and traffic front ends (part 5 of SYSTEM_TERMS).
 */
import type { GlossaryEntry } from './types';

export const SYSTEM_TERMS_5: GlossaryEntry[] = [
  {
    id: "osi-7-layer",
    ko: {
      term: "OSI 7계층",
      definition: "네트워크 통신 기능을 물리·데이터 링크·네트워크·전송·세션·표현·응용의 7개 계층으로 나눠 정의한 ISO의 참조 모델이다.",
      why: "장애가 났을 때 케이블(L1)인지, 스위치(L2)인지, 라우팅(L3)인지, 포트·TCP(L4)인지, 애플리케이션(L7)인지 계층별로 범위를 좁혀 가는 공통 언어가 되며, L4·L7 로드 밸런서라는 이름도 여기서 나왔다.",
    },
    en: {
      term: "OSI 7-Layer Model",
      definition: "ISO's reference model that divides network communication into seven layers: physical, data link, network, transport, session, presentation and application.",
      why: "It gives a shared vocabulary for narrowing down failures layer by layer, from cable (L1) and switch (L2) to routing (L3), ports and TCP (L4) and the application (L7), and it is where the names L4 and L7 load balancer come from.",
    },
    aliases: ["OSI 7 계층", "OSI 7계층 모델", "OSI 참조 모델", "OSI 모델", "OSI model", "OSI reference model", "OSI 7 layer", "OSI 7 layers"],
    related: ["tcp-ip-model", "protocol", "l4-load-balancer", "l7-load-balancer", "ethernet", "ip", "tcp"],
  },
  {
    id: "tcp-ip-model",
    ko: {
      term: "TCP/IP 4계층 모델",
      definition: "실제 인터넷에서 쓰는 프로토콜들을 링크·인터넷(IP)·전송(TCP/UDP)·응용의 4개 계층으로 묶은 모델이다.",
      why: "OSI의 5~7계층을 응용 계층 하나로 묶는 등 실제 구현에 맞춰져 있어, 패킷이 어느 계층에서 막혔는지 따라가며 네트워크 장애를 분석할 때 기준이 된다.",
    },
    en: {
      term: "TCP/IP Model",
      definition: "The model behind the real internet, which groups its protocols into four layers: link, internet (IP), transport (TCP/UDP) and application.",
      why: "Because it matches how the stack is actually built, with OSI layers 5 to 7 merged into one application layer, it is the reference for tracing at which layer packets get stuck when debugging network failures.",
    },
    aliases: ["TCP/IP", "TCP/IP 4계층", "TCP/IP 모델", "TCP/IP 4 layer model", "TCP/IP 프로토콜 스택", "TCP/IP stack", "인터넷 프로토콜 스위트", "Internet protocol suite"],
    related: ["osi-7-layer", "tcp", "ip", "ethernet", "http", "protocol"],
  },
  {
    id: "tcp",
    ko: {
      term: "TCP(전송 제어 프로토콜)",
      definition: "연결을 맺은 뒤 확인 응답(ACK)·재전송·흐름 제어·혼잡 제어로 데이터를 빠짐없이 순서대로 전달하는 전송 계층 프로토콜이다.",
      why: "패킷이 유실되거나 순서가 뒤바뀌어도 재전송과 재정렬로 애플리케이션에 온전한 데이터를 넘겨 주지만 손실이 많으면 재전송 때문에 지연이 커지고, L4 로드 밸런서와 많은 헬스 체크가 이 TCP 연결을 기준으로 동작한다.",
    },
    en: {
      term: "TCP",
      definition: "A transport-layer protocol that sets up a connection and delivers data complete and in order, using acknowledgements (ACK), retransmission, flow control and congestion control.",
      why: "Retransmission and reordering hand applications intact data despite lost or shuffled packets, though heavy loss raises latency, and L4 load balancers and many health checks work at the level of TCP connections.",
    },
    aliases: ["Transmission Control Protocol", "전송 제어 프로토콜", "TCP 연결", "TCP connection"],
    related: ["ip", "tcp-ip-model", "osi-7-layer", "l4-load-balancer", "health-check", "latency", "protocol"],
  },
  {
    id: "ip",
    ko: {
      term: "IP(인터넷 프로토콜)",
      definition: "IP 주소를 보고 패킷을 여러 네트워크를 거쳐 최종 목적지까지 전달하는 네트워크 계층 프로토콜로, 전달 여부나 순서는 보장하지 않는다.",
      why: "한 경로가 끊겨도 라우터가 다른 경로로 패킷을 보낼 수 있어 네트워크 이중화의 바탕이 되고, 서비스 주소를 다른 서버로 옮겨 장애 조치하는 VIP도 이 계층에서 동작한다.",
    },
    en: {
      term: "IP",
      definition: "The network-layer protocol that carries packets across multiple networks to their final destination based on IP addresses, without guaranteeing delivery or order.",
      why: "Routers can send packets along another path when one link fails, which underpins network redundancy, and failover by moving a service address to another server (a VIP) works at this layer.",
    },
    aliases: ["Internet Protocol", "인터넷 프로토콜", "IP 주소", "IP address", "IPv4", "IPv6", "아이피", "IP 패킷", "IP packet"],
    related: ["tcp", "routing", "default-gateway", "tcp-ip-model", "vip", "dns", "mac-address"],
  },
  {
    id: "routing",
    ko: {
      term: "라우팅",
      definition: "라우터가 패킷의 목적지 IP 주소를 보고 라우팅 테이블에 따라 다음에 보낼 경로를 정하는 일이다.",
      why: "경로가 여럿이면 회선이나 라우터 하나가 죽어도 다른 길로 돌아갈 수 있지만, 라우팅 설정이 잘못되면 서버가 멀쩡해도 통신이 끊기므로 네트워크 장애의 흔한 원인이 된다.",
    },
    en: {
      term: "Routing",
      definition: "A router's job of choosing the next path for a packet based on its destination IP address and the routing table.",
      why: "With several paths, traffic can detour around a failed link or router, but a routing misconfiguration cuts off traffic even when every server is healthy, making it a common cause of network outages.",
    },
    aliases: ["라우터", "router", "라우팅 테이블", "routing table"],
    related: ["ip", "default-gateway", "switch-redundancy", "dns-failover-routing", "vpc-peering"],
  },
  {
    id: "default-gateway",
    ko: {
      term: "기본 게이트웨이",
      definition: "호스트가 자기 네트워크 밖으로 나가는 패킷을, 따로 아는 경로가 없을 때 일단 넘겨 주는 라우터이다.",
      why: "외부와 주고받는 모든 트래픽이 이 한 곳을 지나므로 이중화하지 않으면 단일 장애 지점이 되어, VRRP 같은 방식으로 게이트웨이를 두 대로 묶어 둔다.",
    },
    en: {
      term: "Default Gateway",
      definition: "The router to which a host sends any packet bound outside its own network when it has no more specific route.",
      why: "All outside traffic passes through it, so without redundancy (for example a VRRP pair) it is a single point of failure.",
    },
    aliases: ["디폴트 게이트웨이", "default GW"],
    related: ["routing", "ip", "spof", "vip", "switch-redundancy"],
  },
  {
    id: "mac-address",
    ko: {
      term: "MAC 주소",
      definition: "네트워크 카드(NIC) 같은 통신 장비에 할당된 48비트 물리 주소로, 같은 네트워크(L2) 안에서 상대 장비를 찾아 데이터를 보낼 때 쓴다.",
      why: "장애 조치로 VIP가 다른 서버로 넘어가면 IP와 MAC 주소의 대응(ARP)이 갱신되어야(보통 GARP로) 트래픽이 새 서버로 가므로, 이중화 구성에서 자주 마주치는 개념이다.",
    },
    en: {
      term: "MAC Address",
      definition: "A 48-bit physical address assigned to network hardware such as a NIC, used to deliver data to devices within the same local (L2) network.",
      why: "When failover moves a VIP to another server, the IP-to-MAC mapping (ARP) must be refreshed, usually with gratuitous ARP, before traffic reaches the new server, so it comes up often in redundant setups.",
    },
    aliases: ["MAC", "맥 주소", "물리 주소", "physical address", "하드웨어 주소", "hardware address"],
    related: ["ethernet", "ip", "vip", "nic-redundancy", "failover"],
  },
  {
    id: "ethernet",
    ko: {
      term: "이더넷",
      definition: "MAC 주소로 같은 네트워크 안의 장비끼리 프레임을 주고받는, 유선 LAN에서 가장 널리 쓰는 데이터 링크 계층(L2) 규격이다.",
      why: "서버와 스위치를 잇는 기본 통신 수단이라 NIC·케이블·스위치 중 하나만 고장 나도 서버가 고립될 수 있어, NIC 본딩과 스위치 이중화로 경로를 여러 개 둔다.",
    },
    en: {
      term: "Ethernet",
      definition: "The most widely used data-link-layer (L2) standard for wired LANs, carrying frames between devices on the same network using MAC addresses.",
      why: "It is the basic link between servers and switches, so one failed NIC, cable or switch can cut a server off; NIC bonding and switch redundancy provide backup paths.",
    },
    aliases: ["이더넷 프레임", "Ethernet frame", "IEEE 802.3"],
    related: ["mac-address", "osi-7-layer", "tcp-ip-model", "nic-redundancy", "switch-redundancy"],
  },
  {
    id: "protocol",
    ko: {
      term: "프로토콜",
      definition: "컴퓨터나 장비끼리 데이터를 주고받을 때 따르는 메시지 형식과 순서에 대한 약속이다.",
      why: "같은 프로토콜을 써야 서로 통신할 수 있고, 헬스 체크·장애 조치·복제 같은 가용성 기능도 HTTP·TCP·SNMP처럼 정해진 프로토콜 위에서 동작한다.",
    },
    en: {
      term: "Protocol",
      definition: "An agreed set of rules for the format and order of messages when computers or devices exchange data.",
      why: "Systems can talk only if they share a protocol, and availability features such as health checks, failover and replication all run over defined protocols like HTTP, TCP and SNMP.",
    },
    aliases: ["통신 규약", "통신 프로토콜", "communication protocol"],
    related: ["tcp", "ip", "http", "osi-7-layer", "tcp-ip-model", "snmp"],
  },
  {
    id: "http",
    ko: {
      term: "HTTP(하이퍼텍스트 전송 프로토콜)",
      definition: "웹 브라우저 같은 클라이언트와 웹 서버가 요청과 응답을 주고받는 응용 계층 프로토콜로, 이를 암호화한 것이 HTTPS다.",
      why: "요청 하나하나가 독립적인 무상태 프로토콜이라 서버를 수평으로 늘리기 쉽고, L7 로드 밸런서와 헬스 체크는 200·503 같은 상태 코드로 서버가 정상인지 판단한다.",
    },
    en: {
      term: "HTTP",
      definition: "The application-layer protocol that clients such as web browsers and web servers use to exchange requests and responses; HTTPS is its encrypted form.",
      why: "Being stateless per request makes servers easy to scale horizontally, and L7 load balancers and health checks use its status codes (200, 503 and so on) to judge whether a server is healthy.",
    },
    aliases: ["HyperText Transfer Protocol", "하이퍼텍스트 전송 프로토콜", "HTTPS", "HTTP 요청", "HTTP request"],
    related: ["tcp", "stateless", "l7-load-balancer", "health-check", "protocol", "session", "sticky-session"],
  },
  {
    id: "nginx",
    ko: {
      term: "엔진엑스",
      definition: "적은 메모리로 많은 동시 연결을 처리하는 이벤트 기반 오픈 소스 웹 서버로, 리버스 프록시·로드 밸런서·캐시로도 널리 쓴다.",
      why: "앞단에서 정적 파일은 직접 내주고 나머지 요청은 뒤쪽 서버들로 나눠 보내며 응답하지 않는 서버는 잠시 빼 주므로, 부하 분산과 장애 격리의 첫 관문 역할을 한다.",
    },
    en: {
      term: "NGINX",
      definition: "An event-driven open-source web server that handles many concurrent connections with little memory and is widely used as a reverse proxy, load balancer and cache.",
      why: "Sitting in front, it serves static files itself, spreads other requests across backend servers and temporarily skips backends that stop responding, making it a first line of load distribution and fault isolation.",
    },
    aliases: ["엔진 엑스", "engine x", "엔진X"],
    related: ["load-balancer", "l7-load-balancer", "haproxy", "http", "cache", "health-check"],
  },
  {
    id: "haproxy",
    ko: {
      term: "HAProxy(에이치에이 프록시)",
      definition: "TCP(L4)와 HTTP(L7) 트래픽을 여러 서버로 나눠 주는 오픈 소스 고성능 로드 밸런서이자 프록시이다.",
      why: "헬스 체크로 장애 서버를 자동으로 빼고 다양한 분산 알고리즘을 지원하며, 보통 Keepalived 같은 VIP 도구와 함께 두 대로 구성해 로드 밸런서 자체가 단일 장애 지점이 되지 않게 한다.",
    },
    en: {
      term: "HAProxy",
      definition: "A high-performance open-source load balancer and proxy that distributes TCP (L4) and HTTP (L7) traffic across servers.",
      why: "Health checks automatically pull failed servers out of rotation and many balancing algorithms are supported; it is usually run as a pair with a VIP tool such as Keepalived so the load balancer itself is not a single point of failure.",
    },
    aliases: ["HA Proxy", "에이치에이 프록시"],
    related: ["load-balancer", "l4-load-balancer", "l7-load-balancer", "health-check", "vip", "nginx", "spof"],
  },
  {
    id: "elb",
    ko: {
      term: "ELB(일래스틱 로드 밸런싱)",
      definition: "AWS가 제공하는 관리형 로드 밸런싱 서비스로, HTTP(S)용 ALB와 TCP/UDP용 NLB 등 여러 유형이 있다.",
      why: "여러 가용 영역의 대상(EC2 등)에 트래픽을 나눠 주고 헬스 체크에 실패한 대상으로는 보내지 않으며, 로드 밸런서 자체도 AWS가 이중화해 운영하므로 직접 관리해야 할 단일 장애 지점이 줄어든다.",
    },
    en: {
      term: "Elastic Load Balancing",
      definition: "AWS's managed load balancing service, offered in several types including the Application Load Balancer (ALB) for HTTP(S) and the Network Load Balancer (NLB) for TCP/UDP.",
      why: "It spreads traffic across targets such as EC2 instances in multiple availability zones, stops sending to targets that fail health checks, and is itself run redundantly by AWS, removing a single point of failure you would otherwise have to manage.",
    },
    aliases: ["ELB", "AWS ELB", "Elastic Load Balancer", "AWS Elastic Load Balancer", "일래스틱 로드 밸런싱", "엘라스틱 로드 밸런서", "일래스틱 로드 밸런서", "ALB", "NLB", "AWS ALB", "AWS NLB"],
    related: ["load-balancer", "l4-load-balancer", "l7-load-balancer", "health-check", "ec2", "multi-az", "autoscaling"],
  },
];
