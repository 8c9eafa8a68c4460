import type { GlossaryEntry } from '../types';

/** Queues and messaging: queues, message queues and backlogs. */
export const terms: readonly GlossaryEntry[] = [
  {
    id: "queue",
    ko: {
      term: "큐(대기열)",
      definition: "먼저 들어온 것이 먼저 나가는(FIFO) 대기 줄 구조로, OS의 실행 대기열(런 큐)부터 웹 서버의 요청 대기열, 메시지 큐까지 인프라 곳곳에 쓰입니다.",
      why: "큐 길이가 계속 늘어난다는 건 처리 속도가 들어오는 양을 못 따라간다는 뜻이라, 대기열 길이를 지켜보면 지연과 병목을 일찍 알아챌 수 있습니다.",
    },
    en: {
      term: "Queue",
      definition: "A first-in, first-out (FIFO) waiting line, used all over infrastructure, from the OS scheduler's run queue to web servers' request backlogs and message queues.",
      why: "A queue that keeps growing means work arrives faster than it is processed, so watching queue length gives early warning of rising latency and bottlenecks.",
    },
    aliases: ["큐", "대기열", "대기 행렬", "FIFO 큐", "FIFO queue", "런 큐", "run queue", "작업 큐", "큐잉", "queuing", "queueing", "FIFO", "선입선출"],
    related: ["message-queue", "bottleneck", "throughput", "latency", "cpu", "backlog"],
  },
  {
    id: "message-queue",
    ko: {
      term: "메시지 큐",
      definition: "보내는 쪽이 메시지를 큐에 넣어 두면 받는 쪽이 자기 속도에 맞춰 꺼내 처리하는 비동기 통신 방식(또는 이를 위한 미들웨어)으로, RabbitMQ·Amazon SQS·Kafka 등이 쓰입니다.",
      why: "보내는 쪽과 받는 쪽을 떼어 놓아 받는 쪽이 느려지거나 잠깐 멈춰도 메시지가 큐에 쌓였다가 나중에 처리되므로, 트래픽 급증을 흡수하고 한 서비스의 장애가 다른 서비스로 번지는 것을 막아 줍니다.",
    },
    en: {
      term: "Message Queue",
      definition: "An asynchronous communication method (or the middleware for it) where senders put messages into a queue and receivers take them out at their own pace; RabbitMQ, Amazon SQS and Kafka are common choices.",
      why: "Decoupling senders from receivers lets messages wait in the queue while a consumer is slow or briefly down, absorbing traffic spikes and keeping one service's failure from cascading into others.",
    },
    aliases: ["메세지 큐", "MQ", "메시지 대기열", "messaging queue"],
    related: ["queue", "synchronous-asynchronous", "redis", "scale-out", "stateless", "kafka", "backlog"],
  },
  {
    id: "backlog",
    ko: {
      term: "백로그",
      definition: "처리되지 못하고 큐에 쌓여 기다리는 메시지나 작업의 양입니다. 들어오는 속도가 처리 속도보다 빠르거나 소비자가 멈추면 늘어납니다.",
      why: "큐 덕분에 소비자가 죽어도 곧바로 사용자 오류가 되지는 않지만 쌓인 만큼 처리가 늦어지고, 큐 용량이나 보존 기간을 넘기면 메시지를 잃으므로 백로그 크기는 꼭 감시해야 합니다.",
    },
    en: {
      term: "Backlog",
      definition: "The messages or jobs waiting in a queue, unprocessed; it grows when work arrives faster than it is handled or when consumers stop.",
      why: "A queue keeps a consumer outage from failing user requests, but the backlog becomes delay, and past the queue's capacity or retention messages are lost, so watch its size.",
    },
    aliases: ["적체", "큐 적체", "메시지 적체", "queue depth", "큐 깊이", "큐 길이", "queue length", "consumer lag", "컨슈머 랙", "컨슈머 지연"],
    related: ["queue", "message-queue", "kafka", "monitoring", "throughput"],
  },
];
