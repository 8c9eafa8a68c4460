import type { GlossaryEntry } from '../types';

/** Networks: the OSI and TCP/IP layers (L4, L7), TCP/IP, ACK, routing, switches, NICs, DNS, CDN, SSH and firewalls. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "osi-7-layer",
    ko: {
      term: "OSI 7계층",
      definition: "네트워크 통신 기능을 물리·데이터 링크·네트워크·전송·세션·표현·응용의 7개 계층으로 나눠 정의한 ISO의 참조 모델입니다.",
      why: "장애가 났을 때 케이블(L1)인지, 스위치(L2)인지, 라우팅(L3)인지, 포트·TCP(L4)인지, 애플리케이션(L7)인지 계층별로 범위를 좁혀 가는 공통 언어가 되며, L4·L7 로드 밸런서라는 이름도 여기서 나왔습니다.",
    },
    en: {
      term: "OSI 7-Layer Model",
      definition: "ISO's reference model that divides network communication into seven layers: physical, data link, network, transport, session, presentation and application.",
      why: "It gives a shared vocabulary for narrowing down failures layer by layer, from cable (L1) and switch (L2) to routing (L3), ports and TCP (L4) and the application (L7), and it is where the names L4 and L7 load balancer come from.",
    },
    aliases: ["OSI 7 계층", "OSI 7계층 모델", "OSI 참조 모델", "OSI 모델", "OSI model", "OSI reference model", "OSI 7 layer", "OSI 7 layers"],
    related: ["tcp-ip-model", "protocol", "l4-load-balancer", "l7-load-balancer", "ethernet", "ip", "tcp", "l4", "l7"],
  },
  {
    id: "tcp-ip-model",
    ko: {
      term: "TCP/IP 4계층 모델",
      definition: "실제 인터넷에서 쓰는 프로토콜들을 링크·인터넷(IP)·전송(TCP/UDP)·응용의 4개 계층으로 묶은 모델입니다.",
      why: "OSI의 5~7계층을 응용 계층 하나로 묶는 등 실제 구현에 맞춰져 있어, 패킷이 어느 계층에서 막혔는지 따라가며 네트워크 장애를 분석할 때 기준이 됩니다.",
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
    id: "l4",
    ko: {
      term: "L4(전송 계층)",
      definition: "OSI 7계층의 4번째인 전송 계층으로, TCP·UDP처럼 IP 주소와 포트 번호로 연결을 다룹니다. 장비 얘기를 할 때 'L4'라고 하면 이 정보만 보고 트래픽을 나누는 L4 스위치나 로드 밸런서를 가리킵니다.",
      why: "L4에서는 IP와 포트까지만 보이므로 URL 경로나 쿠키를 보고 요청을 나누거나 HTTP 오류로 서버 상태를 판단할 수는 없지만, 그만큼 빠르고 단순합니다.",
    },
    en: {
      term: "L4 (transport layer)",
      definition: "Layer 4 of the OSI model, the transport layer: TCP and UDP, with connections identified by IP address and port. Said of equipment, 'L4' means a switch or balancer that splits traffic on that information only.",
      why: "At L4 only addresses and ports are visible, so routing by URL path or cookie, or judging servers by HTTP errors, is impossible, in exchange for speed and simplicity.",
    },
    aliases: ["L4", "레이어 4", "layer 4", "전송 계층", "transport layer", "L4 계층", "L4 layer"],
    related: ["l7", "l4-load-balancer", "osi-7-layer", "tcp", "load-balancer"],
  },
  {
    id: "l7",
    ko: {
      term: "L7(애플리케이션 계층)",
      definition: "OSI 7계층의 맨 위인 애플리케이션 계층으로, HTTP 요청의 URL·헤더·쿠키처럼 애플리케이션이 주고받는 내용 자체를 다룹니다. 장비 얘기를 할 때 'L7'이라고 하면 이 내용까지 보고 판단하는 스위치나 로드 밸런서를 가리킵니다.",
      why: "L7 장비는 경로별 라우팅, 스티키 세션, HTTP 헬스 체크가 되지만 요청을 하나하나 풀어 봐야 해서 L4보다 무겁습니다. 실무에서는 L7 장비를 사 놓고 L4 기능만 쓰는 경우도 흔합니다.",
    },
    en: {
      term: "L7 (application layer)",
      definition: "Layer 7 of the OSI model, the application layer: the content of the exchange itself, such as an HTTP request's URL, headers and cookies. Said of equipment, 'L7' means a switch or balancer that decides on that content.",
      why: "L7 devices can route by path, keep sticky sessions and health-check over HTTP, at the cost of parsing every request; many teams buy L7 gear and use only its L4 features.",
    },
    aliases: ["L7", "레이어 7", "layer 7", "응용 계층", "application layer", "L7 계층", "L7 layer"],
    related: ["l4", "l7-load-balancer", "osi-7-layer", "http", "sticky-session"],
  },
  {
    id: "protocol",
    ko: {
      term: "프로토콜",
      definition: "컴퓨터나 장비끼리 데이터를 주고받을 때 따르는 메시지 형식과 순서에 대한 약속입니다.",
      why: "같은 프로토콜을 써야 서로 통신할 수 있고, 헬스 체크·장애 조치·복제 같은 가용성 기능도 HTTP·TCP·SNMP처럼 정해진 프로토콜 위에서 동작합니다.",
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
    id: "tcp",
    ko: {
      term: "TCP(전송 제어 프로토콜)",
      definition: "연결을 맺은 뒤 확인 응답(ACK)·재전송·흐름 제어·혼잡 제어로 데이터를 빠짐없이 순서대로 전달하는 전송 계층 프로토콜입니다.",
      why: "패킷이 유실되거나 순서가 뒤바뀌어도 재전송과 재정렬로 애플리케이션에 온전한 데이터를 넘겨 주지만 손실이 많으면 재전송 때문에 지연이 커지고, L4 로드 밸런서와 많은 헬스 체크가 이 TCP 연결을 기준으로 동작합니다.",
    },
    en: {
      term: "TCP",
      definition: "A transport-layer protocol that sets up a connection and delivers data complete and in order, using acknowledgements (ACK), retransmission, flow control and congestion control.",
      why: "Retransmission and reordering hand applications intact data despite lost or shuffled packets, though heavy loss raises latency, and L4 load balancers and many health checks work at the level of TCP connections.",
    },
    aliases: ["Transmission Control Protocol", "전송 제어 프로토콜", "TCP 연결", "TCP connection"],
    related: ["ip", "tcp-ip-model", "osi-7-layer", "l4-load-balancer", "health-check", "latency", "protocol", "ack", "l4"],
  },
  {
    id: "ack",
    ko: {
      term: "ACK(확인 응답)",
      definition: "받은 쪽이 '잘 받았다'고 돌려보내는 확인 신호입니다. TCP는 ACK로 전달을 보장하고 재전송 여부를 판단하며, 복제에서는 레플리카의 ACK를 기다리느냐 마느냐가 동기와 비동기를 가릅니다.",
      why: "ACK를 기다리지 않고 성공을 돌려주는 비동기 복제는 빠르지만, 마스터가 죽는 순간 아직 확인받지 못한 쓰기를 잃을 수 있습니다.",
    },
    en: {
      term: "ACK",
      definition: "Acknowledgement: the signal a receiver sends back to say it got the data. TCP uses it to guarantee delivery and decide retransmission; in replication, whether the primary waits for a replica's ack separates synchronous from asynchronous.",
      why: "Replication that reports success without waiting for an ack is fast but can lose the unacknowledged writes when the primary dies.",
    },
    aliases: ["ack", "acks", "acknowledgement", "acknowledgment", "확인 응답", "ACK 신호"],
    related: ["tcp", "sync-replication", "semi-sync-replication", "async-replication", "timeout"],
  },
  {
    id: "ip",
    ko: {
      term: "IP(인터넷 프로토콜)",
      definition: "IP 주소를 보고 패킷을 여러 네트워크를 거쳐 최종 목적지까지 전달하는 네트워크 계층 프로토콜로, 전달 여부나 순서는 보장하지 않습니다.",
      why: "한 경로가 끊겨도 라우터가 다른 경로로 패킷을 보낼 수 있어 네트워크 이중화의 바탕이 되고, 서비스 주소를 다른 서버로 옮겨 장애 조치하는 VIP도 이 계층에서 동작합니다.",
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
      definition: "라우터가 패킷의 목적지 IP 주소를 보고 라우팅 테이블에 따라 다음에 보낼 경로를 정하는 일입니다.",
      why: "경로가 여럿이면 회선이나 라우터 하나가 죽어도 다른 길로 돌아갈 수 있지만, 라우팅 설정이 잘못되면 서버가 멀쩡해도 통신이 끊기므로 네트워크 장애의 흔한 원인이 됩니다.",
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
      definition: "호스트가 자기 네트워크 밖으로 나가는 패킷을, 따로 아는 경로가 없을 때 일단 넘겨 주는 라우터입니다.",
      why: "외부와 주고받는 모든 트래픽이 이 한 곳을 지나므로 이중화하지 않으면 단일 장애점이 되어, VRRP 같은 방식으로 게이트웨이를 두 대로 묶어 둡니다.",
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
      definition: "네트워크 카드(NIC) 같은 통신 장비에 할당된 48비트 물리 주소로, 같은 네트워크(L2) 안에서 상대 장비를 찾아 데이터를 보낼 때 씁니다.",
      why: "장애 조치로 VIP가 다른 서버로 넘어가면 IP와 MAC 주소의 대응(ARP)이 갱신되어야(보통 GARP로) 트래픽이 새 서버로 가므로, 이중화 구성에서 자주 마주치는 개념입니다.",
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
      definition: "MAC 주소로 같은 네트워크 안의 장비끼리 프레임을 주고받는, 유선 LAN에서 가장 널리 쓰는 데이터 링크 계층(L2) 규격입니다.",
      why: "서버와 스위치를 잇는 기본 통신 수단이라 NIC·케이블·스위치 중 하나만 고장 나도 서버가 고립될 수 있어, NIC 본딩과 스위치 이중화로 경로를 여러 개 둡니다.",
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
    id: "network-switch",
    ko: {
      term: "네트워크 스위치",
      definition: "같은 네트워크 안의 장비들을 연결하고 프레임을 목적지 포트로만 보내 주는 장비입니다. MAC 주소로 전달하는 L2 스위치와 IP로 라우팅까지 하는 L3 스위치가 흔합니다.",
      why: "서버를 아무리 이중화해도 모두 스위치 한 대에 물려 있으면 그 스위치가 단일 장애점이므로, 스위치를 두 대 두고 서버의 NIC를 양쪽에 나눠 연결합니다.",
    },
    en: {
      term: "Network switch",
      definition: "A device that connects machines on one network and forwards each frame only to its destination port; L2 switches forward by MAC address, L3 switches also route by IP.",
      why: "Redundant servers all plugged into one switch still share a single point of failure; use two switches with each server's NICs split across them.",
    },
    aliases: ["스위치 장비", "L2 스위치", "L3 스위치", "L2 switch", "L3 switch", "스위칭 허브", "switching hub", "레이어 2 스위치", "레이어 3 스위치"],
    related: ["switch-redundancy", "mac-address", "ethernet", "routing", "nic"],
  },
  {
    id: "nic",
    ko: {
      term: "NIC(네트워크 인터페이스 카드)",
      definition: "서버를 네트워크에 연결하는 하드웨어로, 고유한 MAC 주소를 갖고 있고 랜선이나 광케이블이 여기에 꽂힙니다. 흔히 랜카드라고 부릅니다.",
      why: "NIC 하나나 케이블 하나만 빠져도 서버 전체가 네트워크에서 사라지므로, 중요한 서버는 NIC를 두 개 이상 두고 본딩으로 묶습니다.",
    },
    en: {
      term: "NIC",
      definition: "Network interface card: the hardware that connects a server to the network, with its own MAC address and a port for copper or fibre cable.",
      why: "One NIC or one cable failing takes the whole server off the network, so important servers bond two or more.",
    },
    aliases: ["Network Interface Card", "네트워크 인터페이스 카드", "랜카드", "LAN card", "네트워크 카드", "network card"],
    related: ["nic-redundancy", "mac-address", "ethernet", "network-switch"],
  },
  {
    id: "http",
    ko: {
      term: "HTTP(하이퍼텍스트 전송 프로토콜)",
      definition: "웹 브라우저 같은 클라이언트와 웹 서버가 요청과 응답을 주고받는 응용 계층 프로토콜로, 이를 암호화한 것이 HTTPS입니다.",
      why: "요청 하나하나가 독립적인 무상태 프로토콜이라 서버를 수평으로 늘리기 쉽고, L7 로드 밸런서와 헬스 체크는 200·503 같은 상태 코드로 서버가 정상인지 판단합니다.",
    },
    en: {
      term: "HTTP",
      definition: "The application-layer protocol that clients such as web browsers and web servers use to exchange requests and responses; HTTPS is its encrypted form.",
      why: "Being stateless per request makes servers easy to scale horizontally, and L7 load balancers and health checks use its status codes (200, 503 and so on) to judge whether a server is healthy.",
    },
    aliases: ["HyperText Transfer Protocol", "하이퍼텍스트 전송 프로토콜", "HTTPS", "HTTP 요청", "HTTP request"],
    related: ["tcp", "stateless", "l7-load-balancer", "health-check", "protocol", "session", "sticky-session", "l7", "cookie"],
  },
  {
    id: "dns",
    ko: {
      term: "DNS(도메인 네임 시스템)",
      definition: "example.com 같은 도메인 이름을 실제로 접속할 IP 주소로 바꿔 주는 인터넷의 이름 해석 시스템입니다.",
      why: "DNS가 응답하지 않으면 서버가 멀쩡해도 아무도 접속하지 못하고, 거꾸로 DNS 응답만 바꿔도 트래픽을 다른 서버나 리전으로 돌릴 수 있습니다.",
    },
    en: {
      term: "DNS",
      definition: "The internet's naming system that turns domain names such as example.com into the IP addresses clients connect to.",
      why: "If DNS fails nobody can reach even healthy servers, and changing DNS answers is also a simple way to steer traffic to another server or region.",
    },
    aliases: ["Domain Name System", "도메인 네임 시스템", "네임 서버", "name server", "DNS 서버"],
    related: ["dns-failover-routing", "ttl", "round-robin", "ip", "region", "cdn"],
  },
  {
    id: "ttl",
    ko: {
      term: "TTL(유효 시간)",
      definition: "DNS 레코드나 캐시 데이터를 받아 둔 쪽이 다시 조회하지 않고 그대로 써도 되는 시간으로, IP 패킷에서는 거쳐 갈 수 있는 최대 홉 수를 뜻합니다.",
      why: "DNS TTL이 길면 페일오버로 IP를 바꿔도 클라이언트가 옛 주소로 계속 접속하므로, 전환이 필요할 수 있는 레코드는 TTL을 짧게(예: 60초) 잡는 것이 좋습니다.",
    },
    en: {
      term: "TTL",
      definition: "Time to live: how long a DNS record or cached item may be reused before it must be looked up again; in IP packets, the maximum number of hops.",
      why: "With a long DNS TTL clients keep using the old address after a failover changes it, so records that may need to switch should have a short TTL (e.g. 60 seconds).",
    },
    aliases: ["Time to Live"],
    related: ["dns", "dns-failover-routing", "cache", "caching", "cdn", "ip"],
  },
  {
    id: "dns-failover-routing",
    ko: {
      term: "장애 조치 라우팅 정책",
      definition: "헬스 체크 결과에 따라 DNS가 평소에는 기본(primary) 레코드를, 기본 쪽이 비정상이면 보조(secondary) 레코드를 응답하게 하는 라우팅 방식으로, AWS Route 53의 장애 조치 라우팅 정책이 대표적입니다.",
      why: "리전이나 사이트 전체가 죽어도 DNS 응답이 자동으로 예비 환경을 가리키게 되지만, 클라이언트가 캐시해 둔 예전 응답은 TTL이 끝날 때까지 남으므로 TTL을 짧게 잡아야 합니다.",
    },
    en: {
      term: "DNS failover routing",
      definition: "DNS routing that answers with the primary record while its health check passes and with a secondary record when it fails; AWS Route 53's failover routing policy is the best-known example.",
      why: "If a region or site dies, DNS automatically points users to the standby, but cached answers linger until their TTL expires, so the TTL should be short.",
    },
    aliases: ["failover routing policy", "failover routing", "Route 53 장애 조치 라우팅", "DNS failover", "DNS 페일오버", "DNS 장애 조치", "장애 조치 라우팅"],
    related: ["dns", "ttl", "health-check", "failover", "disaster-recovery", "region", "multi-site-active-active", "route53", "multi-region"],
  },
  {
    id: "cdn",
    ko: {
      term: "CDN(콘텐츠 전송 네트워크)",
      definition: "이미지, 동영상, 정적 파일 같은 콘텐츠를 세계 곳곳의 엣지 서버에 캐시해 두고 사용자와 가장 가까운 곳에서 내려 주는 네트워크입니다.",
      why: "트래픽 대부분을 엣지 서버가 받아 원본 서버 부하를 크게 줄여 주고, 트래픽이 폭주하거나 원본 서버가 잠깐 멈춰도 캐시된 콘텐츠는 계속 제공될 수 있습니다.",
    },
    en: {
      term: "CDN",
      definition: "A network of edge servers around the world that cache content such as images, video and static files and serve it from the location nearest each user.",
      why: "Edge servers absorb most of the traffic, greatly reducing load on the origin, and cached content can still be served during traffic spikes or brief origin outages.",
    },
    aliases: ["Content Delivery Network", "Content Distribution Network", "콘텐츠 전송 네트워크", "컨텐츠 전송 네트워크", "콘텐츠 딜리버리 네트워크"],
    related: ["cache", "caching", "latency", "dns", "ttl", "s3"],
  },
  {
    id: "ssh",
    ko: {
      term: "SSH(시큐어 셸)",
      definition: "네트워크 너머의 서버에 암호화된 연결로 접속해 명령을 실행하는 프로토콜이자 도구로, 보통 TCP 22번 포트를 씁니다.",
      why: "장애 때 SSH로 서버에 들어가 보려 해도 CPU나 메모리가 바닥나 있으면 접속조차 안 되므로, 원인 파악은 서버 밖에서 모아 둔 모니터링 지표와 로그에 기댈 수 있어야 합니다.",
    },
    en: {
      term: "SSH",
      definition: "Secure Shell: the protocol and tool for logging into a remote server over an encrypted connection, usually on TCP port 22.",
      why: "An overloaded server may refuse even SSH during an incident, so diagnosis has to rely on metrics and logs collected outside it.",
    },
    aliases: ["ssh", "Secure Shell", "시큐어 셸", "시큐어 쉘", "SSH 접속"],
    related: ["protocol", "tcp", "monitoring", "firewall"],
  },
  {
    id: "firewall",
    ko: {
      term: "방화벽",
      definition: "정해 둔 규칙(출발지·목적지 IP, 포트, 프로토콜)에 따라 네트워크 트래픽을 허용하거나 막는 장비나 소프트웨어입니다. 클라우드에서는 보안 그룹이 이 역할을 합니다.",
      why: "규칙 하나만 잘못 바꿔도 멀쩡한 서버가 밖에서는 죽은 것처럼 보이고, 물리 방화벽이 한 대뿐이면 그것 역시 단일 장애점입니다.",
    },
    en: {
      term: "Firewall",
      definition: "A device or software that allows or blocks network traffic by rules on source and destination address, port and protocol; in the cloud, security groups play this part.",
      why: "One wrong rule makes a healthy server look dead from outside, and a lone physical firewall is itself a single point of failure.",
    },
    aliases: ["파이어월", "firewalls", "보안 그룹", "security group", "방화벽 설정", "웹 방화벽", "WAF"],
    related: ["ip", "routing", "protocol", "ssh", "spof"],
  },
];
