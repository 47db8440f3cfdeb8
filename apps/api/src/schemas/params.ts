import { Id, KemendagriCode } from '@siaga/schema';
import { z } from 'zod';

export const IdParams = z.object({ id: Id });
export const CacheItemParams = z.object({ id: Id, itemId: Id });
export const CodeParams = z.object({
  code: KemendagriCode.meta({ description: 'Kemendagri code', example: '51.08.08' }),
});
