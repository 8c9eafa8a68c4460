import type { GlossaryEntry } from '../types';

/** Protecting a service from its callers and its dependencies: timeouts, circuit breakers and rate limiting. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "timeout",
    ko: {
      term: "타임아웃",
      definition: "요청이나 연결이 정해진 시간 안에 끝나지 않으면 더 기다리지 않고 실패로 처리하는 제한 시간, 또는 그렇게 실패한 상황입니다.",
      why: "적절한 타임아웃이 있어야 느리거나 죽은 서버를 하염없이 기다리다 스레드와 커넥션이 바닥나는 연쇄 장애를 막을 수 있고, 사용자가 타임아웃 페이지를 자주 본다면 자원 부족이나 병목을 의심해야 합니다.",
    },
    en: {
      term: "Timeout",
      definition: "A time limit after which a request or connection that has not finished is abandoned and treated as failed, or the event of that happening.",
      why: "Sensible timeouts stop callers from waiting forever on a slow or dead server and running out of threads and connections, which prevents cascading failures; frequent user-facing timeouts point to overload or a bottleneck.",
    },
    aliases: ["Time out", "타임 아웃", "시간 초과", "connection timeout", "커넥션 타임아웃", "연결 타임아웃"],
    related: ["response-time", "latency", "health-check", "connection-pool", "bottleneck", "heartbeat", "circuit-breaker", "rate-limit"],
  },
  {
    id: "circuit-breaker",
    ko: {
      term: "서킷 브레이커",
      definition: "호출하는 대상이 계속 실패하거나 느리면 한동안 호출 자체를 끊고 곧바로 실패(또는 대체 응답)를 돌려주다가, 잠시 뒤 몇 건만 시험 삼아 보내 보고 회복됐으면 다시 잇는 패턴입니다. 전기 차단기에서 이름을 따왔습니다.",
      why: "죽어 가는 의존 서비스를 계속 기다리면 호출하는 쪽의 스레드와 커넥션까지 바닥나 장애가 줄줄이 번지는데, 서킷 브레이커가 이 연쇄 장애를 끊어 줍니다.",
    },
    en: {
      term: "Circuit breaker",
      definition: "A pattern that stops calling a dependency that keeps failing or timing out, failing fast (or serving a fallback) for a while, then lets a few trial calls through and closes again once they succeed.",
      why: "Waiting on a dying dependency exhausts the caller's threads and connections and spreads the outage; the breaker stops that cascade.",
    },
    aliases: ["circuit breakers", "서킷 브레이커 패턴", "circuit breaker pattern", "회로 차단기", "Resilience4j", "Hystrix", "히스트릭스"],
    related: ["timeout", "rate-limit", "bottleneck", "connection-pool", "health-check"],
  },
  {
    id: "rate-limit",
    ko: {
      term: "레이트 리밋(처리율 제한)",
      definition: "클라이언트나 API 키마다 일정 시간에 받을 수 있는 요청 수를 제한하고, 넘치는 요청은 거절(보통 HTTP 429)하거나 늦추는 것입니다. 토큰 버킷, 슬라이딩 윈도우 같은 알고리즘을 씁니다.",
      why: "특가 이벤트나 오작동하는 클라이언트의 폭주가 서버와 DB를 통째로 쓰러뜨리게 두느니, 감당할 수 있는 만큼만 받고 나머지는 빨리 거절하는 편이 전체가 죽는 것보다 훨씬 낫습니다.",
    },
    en: {
      term: "Rate limiting",
      definition: "Capping how many requests a client or API key may make per time window and rejecting (usually with HTTP 429) or delaying the excess; token bucket and sliding window are common algorithms.",
      why: "Accepting only what the system can handle and refusing the rest quickly beats letting a flash sale or a runaway client take down servers and database together.",
    },
    aliases: ["레이트 리밋", "rate limit", "rate limits", "레이트 리미팅", "rate limiter", "레이트 리미터", "처리율 제한", "처리율 제한 장치", "요청 수 제한", "throttling", "스로틀링", "쓰로틀링"],
    related: ["circuit-breaker", "throughput", "timeout", "autoscaling", "bottleneck"],
  },
];
