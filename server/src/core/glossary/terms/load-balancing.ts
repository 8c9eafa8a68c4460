import type { GlossaryEntry } from '../types';

/** Load balancing: balancers, L4/L7 devices, virtual IPs, algorithms, health checks, sessions, cookies and state. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "load-balancing",
    ko: {
      term: "로드 밸런싱",
      definition: "들어오는 요청을 여러 서버에 나눠 보내 특정 서버에 부하가 몰리지 않게 하는 것입니다.",
      why: "부하를 나누는 동시에 장애 난 서버를 빼고 나머지로 요청을 보낼 수 있어, 서버 한 대의 장애가 서비스 중단으로 번지지 않게 해 줍니다.",
    },
    en: {
      term: "Load balancing",
      definition: "Spreading incoming requests across several servers so that none of them is overloaded.",
      why: "Besides sharing load, it lets traffic skip a failed server and go to the rest, so one server's failure does not stop the service.",
    },
    aliases: ["부하 분산", "로드 발란싱", "load-balance"],
    related: ["load-balancer", "round-robin", "least-connection", "health-check", "scale-out", "active-active", "cluster"],
  },
  {
    id: "load-balancer",
    ko: {
      term: "로드 밸런서",
      definition: "클라이언트 요청을 받아 뒤쪽의 여러 서버 중 하나로 전달하는 장비나 소프트웨어로, 보통 하나의 가상 IP나 도메인으로 요청을 받습니다.",
      why: "헬스 체크로 죽은 서버를 자동으로 빼 주지만, 로드 밸런서 자체가 한 대뿐이면 그게 단일 장애점이 되므로 로드 밸런서도 이중화해야 합니다.",
    },
    en: {
      term: "Load balancer",
      definition: "A device or piece of software that receives client requests, usually on one virtual IP or domain name, and forwards each to one of several backend servers.",
      why: "It drops dead servers via health checks, but a single load balancer is itself a single point of failure, so it needs redundancy too.",
    },
    aliases: ["LB", "로드 발란서", "부하 분산 장치", "부하 분산기", "load balancers", "로드 밸런스", "HW/SW Load Balancer"],
    related: ["load-balancing", "l4-load-balancer", "l7-load-balancer", "vip", "health-check", "elb", "haproxy", "nginx", "spof"],
  },
  {
    id: "l4-load-balancer",
    ko: {
      term: "L4 로드 밸런서",
      definition: "OSI 4계층 정보인 IP 주소와 TCP/UDP 포트만 보고 요청을 서버에 나눠 주는 로드 밸런서로, 흔히 L4 스위치라고 부릅니다.",
      why: "패킷 내용을 해석하지 않아 빠르고 단순해서 대량 트래픽 앞단에 두기 좋지만, URL이나 쿠키를 기준으로 나누는 일은 하지 못합니다.",
    },
    en: {
      term: "L4 load balancer",
      definition: "A load balancer that distributes requests using only layer-4 information (IP addresses and TCP/UDP ports); often called an L4 switch.",
      why: "Not inspecting content makes it fast and simple enough to sit in front of heavy traffic, but it cannot route by URL or cookie.",
    },
    aliases: ["L4 스위치", "L4 switch", "L4 장비", "L4 LB", "layer 4 load balancer"],
    related: ["l7-load-balancer", "load-balancer", "osi-7-layer", "tcp", "ip", "vip", "elb", "l4"],
  },
  {
    id: "l7-load-balancer",
    ko: {
      term: "L7 로드 밸런서",
      definition: "HTTP 요청의 URL, 헤더, 쿠키 같은 애플리케이션 계층(7계층) 내용까지 보고 어느 서버로 보낼지 정하는 로드 밸런서입니다.",
      why: "HTTP 응답까지 확인하는 헬스 체크로 '프로세스는 떠 있는데 에러만 내는' 서버도 걸러 낼 수 있고, 대부분 L4 분배 기능도 함께 갖추고 있습니다.",
    },
    en: {
      term: "L7 load balancer",
      definition: "A load balancer that looks at application-layer (layer 7) content such as the URL, headers and cookies to decide where each request goes.",
      why: "Health checks that read the HTTP response can catch servers that are running but returning errors, and most L7 products can also do plain L4 balancing.",
    },
    aliases: ["L7 스위치", "L7 switch", "L7 장비", "L7 LB", "layer 7 load balancer", "애플리케이션 로드 밸런서"],
    related: ["l4-load-balancer", "load-balancer", "http", "sticky-session", "health-check", "osi-7-layer", "nginx", "haproxy", "elb", "l7"],
  },
  {
    id: "vip",
    ko: {
      term: "가상 IP",
      definition: "특정 서버 한 대에 고정되지 않고 서버 사이를 옮겨 다닐 수 있는 IP 주소로, 클라이언트는 실제 서버 대신 이 주소로 접속합니다.",
      why: "액티브 서버가 죽으면 VIP를 스탠바이 쪽으로 옮기기 때문에(예: keepalived의 VRRP) 클라이언트는 주소를 바꾸지 않고도 계속 접속할 수 있습니다.",
    },
    en: {
      term: "Virtual IP",
      definition: "An IP address that is not tied to one physical server and can move between servers; clients connect to it instead of to a real server.",
      why: "When the active server fails the VIP moves to the standby (for example via keepalived and VRRP), so clients keep using the same address.",
    },
    aliases: ["VIP", "virtual IP address", "가상 IP 주소", "버추얼 IP", "floating IP", "플로팅 IP"],
    related: ["load-balancer", "failover", "active-standby", "ip", "heartbeat", "switch-redundancy", "vrrp", "keepalived"],
  },
  {
    id: "round-robin",
    ko: {
      term: "라운드 로빈",
      definition: "요청을 서버 목록 순서대로 한 대씩 돌아가며 배정하는 가장 단순한 분배 방식입니다.",
      why: "단순하고 고르게 나누지만 서버 성능이나 현재 부하를 보지 않으므로 한 서버가 밀릴 수 있고, 헬스 체크 없는 DNS 라운드 로빈은 죽은 서버 주소도 계속 내줍니다.",
    },
    en: {
      term: "Round robin",
      definition: "Handing requests to servers in list order, one after another, in a repeating cycle.",
      why: "It is simple and even, but it ignores server capacity and current load, and plain DNS round robin without health checks keeps handing out a dead server's address.",
    },
    aliases: [],
    related: ["load-balancing", "least-connection", "response-time-algorithm", "ip-hash", "dns", "load-balancer"],
  },
  {
    id: "least-connection",
    ko: {
      term: "최소 연결",
      definition: "지금 연결(활성 세션)이 가장 적은 서버에 새 요청을 배정하는 분배 방식입니다.",
      why: "연결이 오래 유지되거나 요청마다 처리 시간이 크게 다를 때 한 서버에 부하가 쌓이는 것을 막아, 일부 서버가 과부하로 먼저 쓰러지는 일을 줄여 줍니다.",
    },
    en: {
      term: "Least connection",
      definition: "Sending each new request to the server that currently has the fewest active connections.",
      why: "When connections are long-lived or uneven it keeps load from piling up on one server, so fewer servers fall over from overload.",
    },
    aliases: ["least connections", "leastconn", "least_conn", "최소 커넥션", "최소 연결 수"],
    related: ["load-balancing", "round-robin", "response-time-algorithm", "load-balancer", "session"],
  },
  {
    id: "response-time-algorithm",
    ko: {
      term: "최소 응답 시간 방식",
      definition: "서버별 응답 시간(제품에 따라 CPU 사용률 같은 부하 정보도 함께)을 계속 재서, 가장 빨리 응답하는 서버에 요청을 배정하는 분배 방식입니다.",
      why: "느려지기 시작한 서버에는 요청이 덜 가서 장애로 번지기 전에 부하를 덜어 주지만, 측정값이 잠깐 흔들릴 때 한 서버로 요청이 몰리지 않게 주의해야 합니다.",
    },
    en: {
      term: "Least response time",
      definition: "Measuring each server's response time (and, in some products, load such as CPU usage) and sending requests to the one answering fastest.",
      why: "A server that starts slowing down gets fewer requests before it fails, though brief swings in the measurements can herd traffic onto one server.",
    },
    aliases: ["응답 시간 방식", "응답 시간 알고리즘", "최소 응답 시간", "response time algorithm", "response time method", "least time", "least_time"],
    related: ["load-balancing", "round-robin", "least-connection", "response-time", "latency", "load-balancer"],
  },
  {
    id: "ip-hash",
    ko: {
      term: "IP 해시",
      definition: "클라이언트 IP 주소의 해시값으로 서버를 골라, 같은 IP에서 온 요청은 늘 같은 서버로 가게 하는 분배 방식입니다.",
      why: "쿠키 없이도 세션을 한 서버에 묶을 수 있지만, 그 서버가 죽으면 해당 사용자들의 세션이 사라지고 NAT 뒤 사용자가 많으면 한 서버로 부하가 쏠릴 수 있습니다.",
    },
    en: {
      term: "IP hash",
      definition: "Choosing the server from a hash of the client's IP address, so requests from the same IP always reach the same server.",
      why: "It pins sessions without cookies, but those sessions are lost if that server dies, and many users behind one NAT can overload a single server.",
    },
    aliases: ["ip_hash", "source IP hash", "소스 IP 해시", "source hash", "IP 해시 방식"],
    related: ["sticky-session", "round-robin", "load-balancing", "hash-table", "session", "ip"],
  },
  {
    id: "sticky-session",
    ko: {
      term: "스티키 세션",
      definition: "로드 밸런서가 쿠키나 IP를 기준으로 한 사용자의 요청을 계속 같은 서버로 보내는 방식입니다.",
      why: "세션을 서버 메모리에 두는 애플리케이션도 분산할 수 있게 해 주지만, 그 서버가 죽으면 세션이 날아가고 부하도 고르게 나뉘지 않아 가능하면 세션 저장소를 따로 두는 편이 낫습니다.",
    },
    en: {
      term: "Sticky session",
      definition: "A load balancer keeping each user's requests on the same server, based on a cookie or the client IP.",
      why: "It lets apps that keep sessions in server memory be load-balanced, but sessions die with that server and load spreads unevenly, so a shared session store is usually better.",
    },
    aliases: ["sticky sessions", "session affinity", "세션 어피니티", "session persistence"],
    related: ["session", "session-store", "ip-hash", "l7-load-balancer", "stateful", "load-balancer", "cookie"],
  },
  {
    id: "health-check",
    ko: {
      term: "헬스 체크",
      definition: "로드 밸런서나 감시 시스템이 주기적으로 서버에 접속(TCP 연결, HTTP 요청 등)해 제대로 응답하는지 확인하는 것입니다.",
      why: "실패한 서버를 자동으로 분배 대상에서 빼고 복구되면 다시 넣어 주므로, 헬스 체크가 없으면 죽은 서버로도 요청이 계속 갑니다.",
    },
    en: {
      term: "Health check",
      definition: "A load balancer or monitor periodically contacting a server (TCP connect, HTTP request and so on) to see whether it answers correctly.",
      why: "Failing servers are pulled out of rotation automatically and put back once healthy; without it, requests keep going to dead servers.",
    },
    aliases: ["health checks"],
    related: ["load-balancer", "heartbeat", "alive-monitoring", "failover", "dns-failover-routing", "monitoring"],
  },
  {
    id: "session",
    ko: {
      term: "세션",
      definition: "로그인 정보처럼 여러 요청에 걸쳐 한 사용자의 상태를 기억하려고 서버 쪽에 보관하는 데이터로, 보통 쿠키에 담긴 세션 ID로 찾습니다.",
      why: "세션을 서버 한 대의 메모리에만 두면 그 서버가 죽거나 요청이 다른 서버로 가는 순간 사용자가 로그아웃되므로, 이중화할 때 세션을 어디에 둘지 꼭 정해야 합니다.",
    },
    en: {
      term: "Session",
      definition: "Data kept on the server side to remember one user's state, such as login, across requests, usually looked up by a session ID stored in a cookie.",
      why: "If sessions live only in one server's memory, users get logged out when that server dies or the next request lands elsewhere, so redundant setups must decide where sessions live.",
    },
    aliases: ["sessions", "세션 정보", "session data"],
    related: ["session-store", "sticky-session", "stateful", "stateless", "load-balancer", "http"],
  },
  {
    id: "session-store",
    ko: {
      term: "세션 저장소",
      definition: "여러 애플리케이션 서버가 같은 세션을 볼 수 있도록 세션을 Redis나 DB 같은 별도 저장소에 두거나 서버끼리 복제해 공유하는 방식입니다.",
      why: "어느 서버가 요청을 받아도 같은 세션을 읽을 수 있어 서버 한 대가 죽어도 사용자가 로그아웃되지 않지만, 이번에는 세션 저장소가 단일 장애점이 되지 않게 이중화해야 합니다.",
    },
    en: {
      term: "Session store",
      definition: "Keeping sessions where every app server can reach them, either in a separate store such as Redis or a database, or replicated between the servers.",
      why: "Any server can read any session, so users stay logged in when one server dies, but the store itself must then be made redundant.",
    },
    aliases: ["세션 스토어", "세션 공유", "공유 세션", "session sharing", "shared session", "세션 서버", "session server", "세션 이중화", "세션 정보 이중화"],
    related: ["session", "sticky-session", "stateless", "redis", "in-memory-db", "memcached", "spof"],
  },
  {
    id: "cookie",
    ko: {
      term: "쿠키",
      definition: "웹 서버가 응답에 담아 보내면 브라우저가 저장해 두었다가 같은 사이트에 요청할 때마다 다시 보내는 작은 데이터로, 로그인 세션 ID 등을 담습니다.",
      why: "로드 밸런서는 쿠키를 보고 같은 사용자를 같은 서버로 보내는 스티키 세션을 구현하는데, 그 서버가 죽으면 세션도 같이 사라지므로 세션은 공유 저장소에 두는 편이 안전합니다.",
    },
    en: {
      term: "Cookie",
      definition: "A small piece of data a web server sends with a response, which the browser stores and sends back on every request to that site; it often carries a login session id.",
      why: "Load balancers read cookies to keep a user on one server (sticky sessions), but that session dies with the server, so a shared session store is safer.",
    },
    aliases: ["cookies", "쿠키 정보", "HTTP 쿠키", "HTTP cookie", "세션 쿠키", "session cookie"],
    related: ["session", "sticky-session", "http", "session-store", "stateless"],
  },
  {
    id: "stateless",
    ko: {
      term: "무상태",
      definition: "서버가 이전 요청의 상태를 자기 안에 남겨 두지 않아, 요청 처리에 필요한 정보가 요청 자체나 외부 저장소에 있는 방식입니다.",
      why: "어느 서버가 처리해도 결과가 같으니 서버를 마음대로 늘리고 줄이거나 죽은 서버를 바로 갈아 끼울 수 있어, 로드 밸런싱과 오토 스케일링의 전제가 됩니다.",
    },
    en: {
      term: "Stateless",
      definition: "A server keeping no state from earlier requests inside itself, so everything a request needs comes with the request or from an external store.",
      why: "Any server can handle any request, so servers can be added, removed or replaced freely, which is what makes load balancing and autoscaling work.",
    },
    aliases: ["스테이트리스", "무상태성", "상태 비저장", "비상태"],
    related: ["stateful", "session-store", "scale-out", "autoscaling", "load-balancing", "http"],
  },
  {
    id: "stateful",
    ko: {
      term: "스테이트풀",
      definition: "서버가 이전 요청에서 생긴 상태(세션, 연결, 메모리 속 데이터 등)를 보관해 두고 다음 요청을 처리할 때 이어서 쓰는 방식입니다.",
      why: "요청이 특정 서버에 묶이기 때문에 그 서버가 죽으면 상태도 함께 사라지고, 서버를 늘리거나 교체하기도 어려워 이중화 설계가 까다로워집니다.",
    },
    en: {
      term: "Stateful",
      definition: "A server keeping state from earlier requests, such as sessions, connections or data in memory, and using it to handle later ones.",
      why: "Requests become tied to one server, so its state is lost if it dies and scaling or replacing servers gets harder.",
    },
    aliases: ["상태 저장", "상태 유지형", "유상태"],
    related: ["stateless", "session", "sticky-session", "session-store", "replication"],
  },
  {
    id: "session-clustering",
    ko: {
      term: "세션 클러스터링",
      definition: "WAS 인스턴스들이 서로의 세션을 복제해 나눠 갖는 방식으로, Tomcat의 세션 클러스터링이나 애플리케이션에 내장한 Hazelcast 같은 것이 이렇게 동작합니다.",
      why: "따로 세션 저장소를 두지 않아도 어느 인스턴스가 요청을 받든 사용자를 알아보고 한 대가 죽어도 세션이 남지만, 인스턴스가 늘수록 복제 트래픽과 메모리가 함께 늘어 큰 규모에서는 공유 세션 저장소가 더 흔합니다.",
    },
    en: {
      term: "Session clustering",
      definition: "Application-server instances copying their sessions to each other, as Tomcat's session clustering or an embedded Hazelcast does.",
      why: "Any instance knows any user without a separate session store, and sessions survive one instance's loss, but replication traffic and memory grow with the number of instances, so large deployments usually use a shared session store instead.",
    },
    aliases: ["session replication", "세션 복제", "tomcat session clustering"],
    related: ["session", "session-store", "sticky-session", "stateful"],
  },
];
