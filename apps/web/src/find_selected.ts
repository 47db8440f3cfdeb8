import type {
  AdminAreaFeature,
  CacheFeature,
  HazardZoneFeature,
  IncidentFeature,
  PostFeature,
} from '@siaga/schema';
import type { DatasetFeatures } from './datasets.ts';
import type { Selection } from './selection.ts';

/** The desa a record sits in and that desa's kecamatan, when the codes resolve in the loaded data. */
export interface Place {
  desa: AdminAreaFeature | null;
  kecamatan: AdminAreaFeature | null;
}

export type SelectedRecord =
  | { kind: 'post'; feature: PostFeature; place: Place }
  | { kind: 'cache'; feature: CacheFeature; place: Place; post: PostFeature | null }
  | { kind: 'hazardZone'; feature: HazardZoneFeature }
  | { kind: 'incident'; feature: IncidentFeature; place: Place }
  | { kind: 'desa'; feature: AdminAreaFeature; kecamatan: AdminAreaFeature | null };

/** A desa code 51.08.08.2013 belongs to kecamatan 51.08.08; used when the record has no parentCode. */
function kecamatanCodeOf(desa: AdminAreaFeature): string {
  return desa.properties.parentCode ?? desa.properties.code.split('.').slice(0, 3).join('.');
}

function kecamatanOf(features: DatasetFeatures, desa: AdminAreaFeature | null): AdminAreaFeature | null {
  if (!desa) return null;
  const code = kecamatanCodeOf(desa);
  return features.kecamatan.find((k) => k.properties.code === code) ?? null;
}

function placeOf(features: DatasetFeatures, desaCode: string | null): Place {
  const desa = desaCode ? (features.desa.find((d) => d.properties.code === desaCode) ?? null) : null;
  return { desa, kecamatan: kecamatanOf(features, desa) };
}

/** The name a record is known by, for lists such as "also at this point". */
export function titleOf(record: SelectedRecord): string {
  switch (record.kind) {
    case 'incident':
      return record.feature.properties.title;
    case 'post':
    case 'cache':
    case 'hazardZone':
    case 'desa':
      return record.feature.properties.name;
    default:
      return record satisfies never;
  }
}

/** Looks the full record of a map selection up in the loaded data, with the names it refers to by code or id. */
export function findSelected(features: DatasetFeatures, selection: Selection): SelectedRecord | null {
  switch (selection.kind) {
    case 'post': {
      const feature = features.posts.find((p) => p.properties.id === selection.id);
      return feature
        ? { kind: 'post', feature, place: placeOf(features, feature.properties.desaCode) }
        : null;
    }
    case 'cache': {
      const feature = features.caches.find((c) => c.properties.id === selection.id);
      if (!feature) return null;
      const postId = feature.properties.postId;
      const post = postId ? (features.posts.find((p) => p.properties.id === postId) ?? null) : null;
      return { kind: 'cache', feature, place: placeOf(features, feature.properties.desaCode), post };
    }
    case 'hazardZone': {
      const feature = features.hazardZones.find((z) => z.properties.id === selection.id);
      return feature ? { kind: 'hazardZone', feature } : null;
    }
    case 'incident': {
      const feature = features.incidents.find((i) => i.properties.id === selection.id);
      return feature
        ? { kind: 'incident', feature, place: placeOf(features, feature.properties.desaCode) }
        : null;
    }
    case 'desa': {
      const feature = features.desa.find((d) => d.properties.code === selection.id);
      return feature ? { kind: 'desa', feature, kecamatan: kecamatanOf(features, feature) } : null;
    }
    default:
      return selection.kind satisfies never;
  }
}
