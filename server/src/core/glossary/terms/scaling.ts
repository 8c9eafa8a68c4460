import type { GlossaryEntry } from '../types';

/** Growing capacity: scale-up, scale-out and autoscaling. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "scale-up",
    ko: {
      term: "스케일 업",
      definition: "서버 한 대의 CPU, 메모리, 디스크 같은 자원을 늘리거나 더 좋은 장비로 바꿔 처리 능력을 높이는 방법입니다.",
      why: "애플리케이션 구조를 바꿀 필요는 없지만 교체 작업 중에 다운타임이 생기기 쉽고, 서버가 여전히 한 대라 단일 장애점이 그대로 남으며 장비 성능에도 한계가 있습니다.",
    },
    en: {
      term: "Scale-up",
      definition: "Giving a single server more CPU, memory or disk, or replacing it with a bigger one, so it can handle more load.",
      why: "The application needs no redesign, but the swap often needs downtime, the single server remains a single point of failure, and hardware has an upper limit.",
    },
    aliases: ["수직 확장", "수직적 확장", "vertical scaling", "scaling up", "vertical scale", "scale vertically"],
    related: ["scale-out", "autoscaling", "spof", "cloud-instance", "bottleneck", "downtime"],
  },
  {
    id: "scale-out",
    ko: {
      term: "스케일 아웃",
      definition: "같은 역할의 서버 대수를 늘려 여러 대가 일을 나눠 처리하게 해서 전체 처리 능력을 높이는 방법입니다.",
      why: "서버가 여러 대라 한 대가 죽어도 나머지가 버티고 서비스 중단 없이 증설할 수 있지만, 로드 밸런서와 무상태 설계처럼 확장을 전제로 한 구조가 필요합니다.",
    },
    en: {
      term: "Scale-out",
      definition: "Adding more servers of the same role so that the work is shared among them, raising total capacity.",
      why: "With many servers one can die while the rest carry on, and capacity can be added without downtime, but it needs a design built for it, such as a load balancer and stateless servers.",
    },
    aliases: ["수평 확장", "수평적 확장", "horizontal scaling", "scaling out", "Horizen Scaling", "horizontal scale", "scale horizontally"],
    related: ["scale-up", "autoscaling", "load-balancing", "stateless", "sharding", "horizontal-partitioning-architecture"],
  },
  {
    id: "autoscaling",
    ko: {
      term: "오토 스케일링",
      definition: "CPU 사용률 같은 지표나 미리 정한 일정에 따라 서버(인스턴스) 수를 자동으로 늘리고 줄이는 기능입니다.",
      why: "트래픽이 갑자기 몰릴 때 사람이 손쓰기 전에 서버를 늘려 과부하 장애를 막아 주고, 헬스 체크에 실패한 인스턴스를 새것으로 자동 교체해 주기도 합니다.",
    },
    en: {
      term: "Auto scaling",
      definition: "Automatically adding or removing servers (instances) based on metrics such as CPU usage, or on a schedule.",
      why: "It adds capacity when traffic spikes, before overload brings the service down, and can replace instances that fail health checks.",
    },
    aliases: ["자동 확장", "자동 스케일링", "Auto Scaling Group", "ASG", "autoscaler"],
    related: ["scale-out", "stateless", "metric", "cloudwatch", "ec2", "health-check", "kubernetes"],
  },
];
