/**
 * Whether the applications follow a promotion: a failover manager that promotes a replica by itself (repmgr, Patroni,
 * MHA, orchestrator) leaves moving the applications to the user's hooks — a virtual IP, a DNS name, a proxy. The
 * manual-failover rule says so, and the simulation's promotion says what its figures assume (round 125 r03: the run
 * reported the service back at the promotion with nothing said).
 */
import type { Design, TopologyNode } from '../syntax/ast';
import { flagAttr, textAttr } from '../syntax/attrs';
import { buildModel } from './request-graph';

/** Failover managers that promote a replica but leave moving the applications to the user's hooks (a VIP, DNS, a proxy). */
export const HOOKED_MANAGERS: Readonly<Record<string, string>> = { orchestrator: 'orchestrator', mha: 'MHA', mha4mysql: 'MHA', repmgr: 'repmgr', patroni: 'Patroni' };

/** Patroni on Kubernetes keeps its leader Service's endpoints on the primary itself: clients follow it. */
export const K8S_RUN = /k8s|kubernetes|operator|zalando|crunchy|cnpg|cloudnative|spilo|stackgres/;

/** The nodes an edge reaches `name` from, monitors left out. */
export function designCallersOf(design: Design, name: string): TopologyNode[] {
  return design.edges.filter((e) => e.to === name).map((e) => design.nodes.get(e.from)).filter((n): n is TopologyNode => !!n && n.kind !== 'monitor');
}

/** The standby `sb` such a manager promotes by itself while its primary's callers reach the primary at its own address. */
export interface UnmovedClients {
  product: string;
  primary: TopologyNode;
  callers: TopologyNode[];
  /** The callers are connection poolers naming the primary only (PgBouncer's `[databases]` host). */
  pooler: boolean;
}

const memo = new WeakMap<Design, Map<string, UnmovedClients | null>>();

/**
 * A standby such a manager promotes by itself while the applications call the primary at its own address — no `vip` on
 * the pair, no balancer, proxy or DNS name in between: the promotion helps only once something points them at it
 * (orchestrator's post-failover hooks, MHA's master_ip_failover_script, a repmgr event script). Null otherwise.
 */
export function unmovedClients(design: Design, sb: TopologyNode): UnmovedClients | null {
  let byDesign = memo.get(design);
  if (!byDesign) memo.set(design, (byDesign = new Map()));
  const hit = byDesign.get(sb.name);
  if (hit !== undefined) return hit;
  const v = compute(design, sb);
  byDesign.set(sb.name, v);
  return v;
}

function compute(design: Design, sb: TopologyNode): UnmovedClients | null {
  if (sb.of === null) return null;
  const p = design.nodes.get(sb.of);
  const engineOfSb = (textAttr(sb, 'engine') ?? '').toLowerCase();
  // Patroni is often written on the primary only (the standby names PostgreSQL).
  const product = HOOKED_MANAGERS[engineOfSb] ?? (p && (textAttr(p, 'engine') ?? '').toLowerCase() === 'patroni' ? 'Patroni' : undefined);
  if (!product || !p || flagAttr(p, 'vip') === true || flagAttr(sb, 'vip') === true) return null;
  // (Nor a standby the manager does not promote by itself after all — an asynchronous one beside Patroni's synchronous
  // standby, which the model turns manual: round 120b r07 said "Patroni promotes it by itself".)
  {
    const m = buildModel(design);
    const tk = m.nodes[m.byName.get(p.name) ?? -1]?.takeovers.find((t) => m.nodes[t.by]!.name === sb.name);
    if (tk && tk.manual) return null;
  }
  const callers = designCallersOf(design, p.name);
  // A connection pooler that names the primary only (PgBouncer's `[databases]` host): it follows nothing by itself either
  // (round 82b r02).
  const pooler = (c: TopologyNode): boolean => c.kind === 'load-balancer' && /pgbouncer|odyssey|pgcat/.test((textAttr(c, 'engine') ?? '').toLowerCase()) && !design.edges.some((e) => e.from === c.name && e.to === sb.name);
  if (callers.length && callers.every(pooler)) return { product, primary: p, callers, pooler: true };
  if (!callers.length || !callers.every((c) => c.kind === 'app-server' || c.kind === 'service' || c.kind === 'web-server')) return null;
  if (product === 'Patroni') {
    // Patroni on Kubernetes (its Kubernetes DCS: Spilo, an operator) keeps a leader Service on the primary. Not when it runs
    // with an external DCS written (`coordinator=etcd` on VMs): pods calling it get no such Service (round 125 r04).
    const written = textAttr(sb, 'coordinator') ?? textAttr(p, 'coordinator');
    const coordinator = written === null ? undefined : design.nodes.get(written);
    const onK8s = (x: TopologyNode): boolean => K8S_RUN.test((textAttr(x, 'engine') ?? '').toLowerCase()) || K8S_RUN.test((textAttr(x, 'platform') ?? '').toLowerCase());
    if ([p, sb, ...(coordinator ? [coordinator] : [])].some(onK8s) || (written === null && callers.some(onK8s))) return null;
  }
  // Callers wired to the standby too know both addresses (a connection string listing both hosts).
  if (callers.some((c) => design.edges.some((e) => e.from === c.name && e.to === sb.name))) return null;
  return { product, primary: p, callers, pooler: false };
}
