import type { AdminAreaFeature } from '@siaga/schema';
import { useMemo } from 'react';
import { useAppState } from '../../store/store_context.tsx';

const namesOf = (features: readonly AdminAreaFeature[]) =>
  new Map(features.map((f) => [f.properties.code, f.properties.name] as const));

/** Desa and kecamatan names by code, for incidents that carry only the codes. */
export function useAreaNames(): { desa: Map<string, string>; kecamatan: Map<string, string> } {
  const desa = useAppState((s) => s.datasets.desa);
  const kecamatan = useAppState((s) => s.datasets.kecamatan);
  return useMemo(
    () => ({
      desa: namesOf(desa.status === 'ready' ? desa.features : []),
      kecamatan: namesOf(kecamatan.status === 'ready' ? kecamatan.features : []),
    }),
    [desa, kecamatan],
  );
}

/** Post and cache names by id. */
export function useFacilityNames(): Map<string, string> {
  const posts = useAppState((s) => s.datasets.posts);
  const caches = useAppState((s) => s.datasets.caches);
  return useMemo(
    () =>
      new Map<string, string>([
        ...(posts.status === 'ready'
          ? posts.features.map((p) => [p.properties.id, p.properties.name] as const)
          : []),
        ...(caches.status === 'ready'
          ? caches.features.map((c) => [c.properties.id, c.properties.name] as const)
          : []),
      ]),
    [posts, caches],
  );
}
