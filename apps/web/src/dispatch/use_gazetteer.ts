import { useMemo } from 'react';
import { buildGazetteer, type GazetteerIndex } from '../gazetteer/gazetteer_index.ts';
import { featuresOf } from '../store/data_slice.ts';
import { useAppState } from '../store/store_context.tsx';

/** The gazetteer of the loaded datasets, rebuilt only when one of them is (re)loaded. */
export function useGazetteer(): GazetteerIndex {
  const desa = useAppState((s) => featuresOf(s.datasets, 'desa'));
  const kecamatan = useAppState((s) => featuresOf(s.datasets, 'kecamatan'));
  const kabupaten = useAppState((s) => featuresOf(s.datasets, 'kabupaten'));
  const posts = useAppState((s) => featuresOf(s.datasets, 'posts'));
  const caches = useAppState((s) => featuresOf(s.datasets, 'caches'));
  const roads = useAppState((s) => featuresOf(s.datasets, 'roads'));
  const roadsExtent = useAppState((s) => s.roadsExtent);
  const basemap = useAppState((s) => featuresOf(s.datasets, 'water'));
  return useMemo(
    () => buildGazetteer({ desa, kecamatan, kabupaten, posts, caches, roads, roadsExtent, basemap }),
    [desa, kecamatan, kabupaten, posts, caches, roads, roadsExtent, basemap],
  );
}
