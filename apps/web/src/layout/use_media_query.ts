import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint, the same as the stylesheet's `@media (max-width: 640px)`. */
export const PHONE_QUERY = '(max-width: 640px)';

/** Whether `query` matches now, re-rendering when that changes (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      if (typeof matchMedia !== 'function') return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    () => false,
  );
}
