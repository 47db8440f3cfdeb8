import type { Datasets } from '../store/data_slice.ts';

/**
 * What the Worker needs from the loaded data, once every dataset it reads is ready: admin areas of all
 * levels (the kabupaten outline is the land, desa carry the population), hazard zones, posts and caches.
 * `refs` are the arrays it came from, so an unchanged context is not sent twice.
 */
export function contextOf(datasets: Datasets) {
  const { kabupaten, kecamatan, desa, hazardZones, posts, caches } = datasets;
  if (
    kabupaten.status !== 'ready' ||
    kecamatan.status !== 'ready' ||
    desa.status !== 'ready' ||
    hazardZones.status !== 'ready' ||
    posts.status !== 'ready' ||
    caches.status !== 'ready'
  ) {
    return null;
  }
  return {
    refs: [
      kabupaten.features,
      kecamatan.features,
      desa.features,
      hazardZones.features,
      posts.features,
      caches.features,
    ],
    body: {
      adminAreas: [...kabupaten.features, ...kecamatan.features, ...desa.features],
      hazardZones: [...hazardZones.features],
      posts: [...posts.features],
      caches: [...caches.features],
    },
  };
}
