import type { GlossaryEntry } from '../types';

/** Deciding who is in charge: split brain, quorum, fencing (STONITH) and consensus. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "split-brain",
    ko: {
      term: "스플릿 브레인",
      definition: "노드 사이 통신이 끊겨 서로 상대가 죽었다고 판단한 두 노드가 동시에 액티브(마스터)로 동작하는 상태입니다.",
      why: "양쪽에 서로 다른 데이터가 쓰여 정합성이 깨지므로, 쿼럼(과반수 투표)이나 펜싱(STONITH)으로 한쪽만 살아 있도록 확실히 정리해야 합니다.",
    },
    en: {
      term: "Split-brain",
      definition: "A state in which nodes lose contact with each other, each assumes the other is dead, and both act as the active (master) node at once.",
      why: "Different data gets written on each side and consistency breaks, so clusters use quorum or fencing (STONITH) to make sure only one side stays active.",
    },
    aliases: ["브레인 스플릿"],
    related: ["heartbeat", "failover", "cluster", "promotion", "active-standby", "redis-sentinel", "quorum", "fencing", "consensus"],
  },
  {
    id: "quorum",
    ko: {
      term: "쿼럼(정족수)",
      definition: "클러스터가 결정을 내리거나 계속 서비스하려면 살아 있어야 하는 최소 투표 수로, 보통 투표권이 있는 노드의 과반수입니다. 3대면 2대, 5대면 3대입니다.",
      why: "네트워크가 둘로 갈라져도 과반을 가진 쪽만 일하게 해서 양쪽이 동시에 마스터가 되는 스플릿 브레인을 막아 줍니다. 그래서 투표 노드는 2대가 아니라 3대 이상 홀수로 둡니다.",
    },
    en: {
      term: "Quorum",
      definition: "The minimum number of votes a cluster needs to act or keep serving, usually a majority of its voting members: 2 of 3, 3 of 5.",
      why: "Only the side of a partition that holds a majority carries on, which prevents split brain; that is why voters come in odd numbers of three or more, never two.",
    },
    aliases: ["쿼럼", "정족수", "majority quorum", "쿼럼 디바이스", "quorum device", "과반수 투표"],
    related: ["split-brain", "fencing", "consensus", "cluster", "heartbeat", "redis-sentinel"],
  },
  {
    id: "arbiter",
    ko: {
      term: "아비터",
      definition: "데이터는 갖지 않고 선출 투표에만 참여하는 구성원입니다. MongoDB 레플리카 세트에서 데이터 노드 두 대에 아비터 하나를 더해 투표 수를 홀수(3)로 맞추는 구성(PSA)이 흔합니다. 아비터는 프라이머리가 될 수 없습니다.",
      why: "서버 한 대 값으로 과반을 만들 수 있지만, 데이터 사본은 여전히 둘뿐입니다. MongoDB는 이 구성에서 기본 쓰기 확인 수준을 w: 1로 낮추므로, 프라이머리가 죽으면 아직 복제되지 않은 쓰기가 롤백될 수 있습니다. 데이터를 잃으면 안 된다면 아비터 대신 데이터 노드를 하나 더 두세요.",
    },
    en: {
      term: "Arbiter",
      definition: "A member that votes in elections but holds no data. A common MongoDB replica set has two data members and one arbiter (PSA) so that the votes come to an odd three; an arbiter never becomes primary.",
      why: "It buys a majority for the price of a small server, but there are still only two copies of the data, and MongoDB then defaults to w: 1: when the primary dies, its writes not yet replicated can be rolled back. Where no write may be lost, run a third data member instead.",
    },
    aliases: ["아비터", "arbiters", "PSA", "중재자"],
    related: ["quorum", "split-brain", "consensus", "replication"],
  },
  {
    id: "fencing",
    ko: {
      term: "펜싱",
      definition: "장애가 의심되는 노드를 전원 차단이나 스토리지·네트워크 접근 차단으로 확실히 격리해서, 다른 노드가 자원을 넘겨받는 동안 그 노드가 데이터를 건드리지 못하게 하는 것입니다. 노드를 강제로 꺼 버리는 방식을 STONITH라고 합니다.",
      why: "죽은 줄 알았던 노드가 되살아나 계속 쓰면 데이터가 깨지므로, 공유 자원을 넘겨받기 전에 반드시 펜싱을 해야 자동 페일오버를 안전하게 할 수 있습니다.",
    },
    en: {
      term: "Fencing",
      definition: "Isolating a node suspected of failure, by cutting its power or its access to storage or network, so it cannot touch shared data while another node takes over; powering it off is called STONITH.",
      why: "A node presumed dead that wakes up and keeps writing corrupts data, so automatic failover is only safe once the old node is fenced.",
    },
    aliases: ["STONITH", "스토니스", "Shoot The Other Node In The Head", "노드 펜싱", "node fencing", "펜싱 장치", "fencing device"],
    related: ["split-brain", "quorum", "failover", "cluster", "san"],
  },
  {
    id: "consensus",
    ko: {
      term: "합의 알고리즘",
      definition: "여러 노드가 일부가 고장 나거나 메시지가 늦게 도착해도 하나의 값(누가 리더인지, 로그의 다음 항목이 무엇인지)에 동의하게 만드는 방법입니다. Raft와 Paxos가 대표적이고 etcd, ZooKeeper, Consul이 이를 구현합니다.",
      why: "자동 페일오버에서 '누가 새 마스터인가'를 안전하게 정하려면 합의가 필요하고, 합의 그룹은 과반이 살아 있을 때만 동작하므로 그룹 자체를 3대 이상, 가능하면 서로 다른 가용 영역에 나눠 둬야 합니다.",
    },
    en: {
      term: "Consensus",
      definition: "A way for several nodes to agree on one value (who leads, the next log entry) despite crashes and delayed messages; Raft and Paxos are the best known, implemented by etcd, ZooKeeper and Consul.",
      why: "Safe automatic failover needs agreement on who the new leader is, and a consensus group works only while a majority is up, so spread it over three or more places, ideally zones.",
    },
    aliases: ["consensus algorithm", "컨센서스", "합의 프로토콜", "Raft", "Paxos", "팍소스", "리더 선출", "leader election", "etcd", "ZooKeeper", "주키퍼"],
    related: ["quorum", "split-brain", "master", "cluster", "fencing"],
  },
];
