import type { AuditEntity } from '@siaga/schema';
import type { Selection, SelectionKind } from '../selection.ts';

const entityOfKind = {
  post: 'post',
  cache: 'cache',
  hazardZone: 'hazard_zone',
  incident: 'incident',
  desa: 'admin_area',
} as const satisfies Record<SelectionKind, AuditEntity>;

/** The audit log's name for a selected feature (a desa is logged by its Kemendagri code). */
export function auditKeyOf(selection: Selection): { entity: AuditEntity; entityId: string } {
  return { entity: entityOfKind[selection.kind], entityId: selection.id };
}
