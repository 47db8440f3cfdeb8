import { Id, KemendagriCode } from '@siaga/schema';
import { z } from 'zod';

export const IdParams = z.strictObject({ id: Id });
export const CacheItemParams = z.strictObject({ id: Id, itemId: Id });
export const AssignmentParams = z.strictObject({ id: Id, assignmentId: Id });
export const CodeParams = z.strictObject({
  code: KemendagriCode.meta({ description: 'Kemendagri code', example: '51.08.08' }),
});
