// Types of the generators in gen.mjs (plain JS so the benchmark and the tests share them).
export function designBody(nodes: number, options?: { goal?: boolean; mistakes?: boolean; prefix?: string }): string;
export function designNote(nodes: number, options?: { goal?: boolean; mistakes?: boolean; prefix?: string }): string;
/** A note of about `lines` lines with `designs` designs; designLines[i] = the first content line of design i. */
export function bigNote(lines: number, designs: number, nodesPerDesign?: number): { text: string; designLines: number[] };
/** A note of about `bytes` UTF-8 bytes. */
export function sizedNote(bytes: number): string;
/** The "gateway fan-out" design: a managed gateway routing to `services` services over `pairs` database pairs, with rates and a goal. */
export function gatewayFanOut(services?: number, pairs?: number): string;
/** A design of about `nodes` nodes using routes, queues, quorum groups, shards, capacity and backups. */
export function richBody(nodes: number, options?: { goal?: boolean; overloaded?: boolean }): string;
