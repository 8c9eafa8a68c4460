/**
 * What a node's technology profile decides about it, applied after parsing:
 * whether it is a managed service (`engine=rds-multi-az` implies it, `managed`
 * as written wins) and its per-instance availability when none is written.
 */
import type { Design } from '../../syntax/ast';
import { boolOf, textOf } from '../../syntax/attrs';
import { selectProfile } from './select';
import { defaultAvailability } from './timings';

export function applyProfiles(design: Design): Design {
  for (const node of design.nodes.values()) {
    const a = node.attrs;
    const sel = selectProfile({
      kind: node.kind,
      engine: textOf(a.get('engine')),
      mode: textOf(a.get('mode')),
      replication: textOf(a.get('replication')),
      managedFlag: boolOf(a.get('managed')),
      autoscale: a.has('autoscale'),
    });
    node.managed = sel.managed;
    if (Number.isNaN(node.availability)) node.availability = defaultAvailability(sel, node.kind);
  }
  return design;
}
