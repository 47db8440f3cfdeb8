import {
  CacheCreate,
  type CacheFeature,
  CacheProperties,
  type HazardLevel,
  type HazardType,
  HazardZoneCreate,
  type HazardZoneFeature,
  HazardZoneProperties,
  PostCreate,
  type PostFeature,
  type PostKind,
  PostProperties,
  type PostStatus,
} from '@siaga/schema';
import type { z } from 'zod';
import { changedFields, numberOf, shown, textOrNull } from './drafts.ts';

/** What a feature form sends, and what it checks first (see FeatureFormProps.body). */
export interface FeatureBody {
  check: z.ZodType;
  checked: unknown;
  send: unknown;
}

/**
 * A new record: the whole Feature, checked by the create schema. An edit: the properties that changed and the
 * geometry when moved, checked (whole) by the properties schema, so a PATCH reapplied after a conflict
 * carries only the user's own change.
 */
function featureBody<P extends Record<string, unknown>>(
  create: z.ZodType,
  properties: z.ZodType,
  before: P | null,
  after: P,
  geometry: unknown,
): FeatureBody {
  if (before === null) {
    const feature = { type: 'Feature', geometry, properties: after };
    return { check: create, checked: feature, send: feature };
  }
  const changed = changedFields(before, after);
  const send: Record<string, unknown> = {};
  if (Object.keys(changed).length > 0) send.properties = changed;
  if (geometry !== undefined) send.geometry = geometry;
  return { check: properties, checked: after, send };
}

export interface PostDraft {
  name: string;
  kind: PostKind;
  status: PostStatus;
  address: string;
  staff: string;
  vehicles: string;
  turnoutSeconds: string;
  source: string;
  notes: string;
}

export function postDraft(f: PostFeature | null): PostDraft {
  const p = f?.properties;
  return {
    name: p?.name ?? '',
    kind: p?.kind ?? 'bpbd_post',
    status: p?.status ?? 'planned',
    address: shown(p?.address),
    staff: shown(p?.staff ?? 0),
    vehicles: shown(p?.vehicles ?? 0),
    turnoutSeconds: shown(p?.turnoutSeconds ?? 120),
    source: shown(p?.source),
    notes: shown(p?.notes),
  };
}

function postValues(d: PostDraft) {
  return {
    name: d.name,
    kind: d.kind,
    status: d.status,
    address: textOrNull(d.address),
    staff: numberOf(d.staff),
    vehicles: numberOf(d.vehicles),
    turnoutSeconds: numberOf(d.turnoutSeconds),
    source: textOrNull(d.source),
    notes: textOrNull(d.notes),
  };
}

export function postBody(stored: PostFeature | null, d: PostDraft, geometry: unknown): FeatureBody {
  const before = stored === null ? null : postValues(postDraft(stored));
  return featureBody(PostCreate, PostProperties, before, postValues(d), geometry);
}

export interface CacheDraft {
  name: string;
  /** The post's id, or '' for a standalone cache. */
  postId: string;
  notes: string;
}

export function cacheDraft(f: CacheFeature | null): CacheDraft {
  const p = f?.properties;
  return { name: p?.name ?? '', postId: p?.postId ?? '', notes: shown(p?.notes) };
}

function cacheValues(d: CacheDraft) {
  return { name: d.name, postId: d.postId === '' ? null : d.postId, notes: textOrNull(d.notes) };
}

export function cacheBody(stored: CacheFeature | null, d: CacheDraft, geometry: unknown): FeatureBody {
  const before = stored === null ? null : cacheValues(cacheDraft(stored));
  return featureBody(CacheCreate, CacheProperties, before, cacheValues(d), geometry);
}

export interface HazardZoneDraft {
  name: string;
  hazardType: HazardType;
  level: HazardLevel;
  source: string;
  notes: string;
}

export function hazardZoneDraft(f: HazardZoneFeature | null): HazardZoneDraft {
  const p = f?.properties;
  return {
    name: p?.name ?? '',
    hazardType: p?.hazardType ?? 'flood',
    level: p?.level ?? 'sedang',
    source: shown(p?.source),
    notes: shown(p?.notes),
  };
}

function hazardZoneValues(d: HazardZoneDraft) {
  return { ...d, source: textOrNull(d.source), notes: textOrNull(d.notes) };
}

export function hazardZoneBody(
  stored: HazardZoneFeature | null,
  d: HazardZoneDraft,
  geometry: unknown,
): FeatureBody {
  const before = stored === null ? null : hazardZoneValues(hazardZoneDraft(stored));
  return featureBody(HazardZoneCreate, HazardZoneProperties, before, hazardZoneValues(d), geometry);
}
