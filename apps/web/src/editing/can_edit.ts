import type { Role } from '@siaga/schema';
import { userOf } from '../store/auth_slice.ts';
import { useAppState } from '../store/store_context.tsx';

/** What a form writes; each is allowed to the roles the API declares for its routes (and to admin). */
export type EditableEntity = 'post' | 'hazardZone' | 'cache' | 'stock' | 'unit';

/** The API's write access (apps/api routes): planners change posts and zones, logistics caches, stock and units. */
export const WRITERS: Record<EditableEntity, readonly Role[]> = {
  post: ['planner'],
  hazardZone: ['planner'],
  cache: ['logistics'],
  stock: ['logistics'],
  unit: ['logistics'],
};

/** Whether a user of `role` (null: nobody signed in) may write `entity`; admin passes every check. */
export function canEdit(role: Role | null, entity: EditableEntity): boolean {
  return role === 'admin' || (role !== null && WRITERS[entity].includes(role));
}

/** Whether the signed-in user may write `entity`: forms and their buttons show only then. */
export function useCanEdit(entity: EditableEntity): boolean {
  return useAppState((s) => canEdit(userOf(s.auth)?.role ?? null, entity));
}
