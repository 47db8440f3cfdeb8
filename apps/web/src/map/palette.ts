import type { HazardLevel, HazardType, IncidentStatus, PostKind } from '@siaga/schema';

/**
 * Colours chosen for a light, print-friendly basemap: hazards use distinct hues from ColorBrewer-like
 * families, points use saturated colours with white outlines so they read on top of any hazard fill.
 */
export const basemapColors = {
  sea: '#b9d7ea',
  land: '#f4f2ec',
  /** Land beyond the kabupaten: a little greyer, so the regency stands out. */
  outsideLand: '#e4e1d8',
  water: '#a9cfe8',
  waterway: '#5b9bd0',
  waterLabel: '#2b6a9e',
  kabupatenLine: '#4a4f57',
  kecamatanLine: '#6b6f78',
  desaLine: '#a4a8b0',
  label: '#2f3338',
  labelHalo: '#ffffff',
  hover: '#1c7ed6',
  selected: '#f59f00',
} as const;

export const postKindColor = {
  fire_station: '#d6336c',
  bpbd_post: '#f76707',
  combined_post: '#7048e8',
  volunteer_post: '#2f9e44',
} as const satisfies Record<PostKind, string>;

export const closedColor = '#9aa0a6';

export const cacheColor = '#0b7285';

export const incidentStatusColor = {
  reported: '#e03131',
  verified: '#d6336c',
  responding: '#f08c00',
  resolved: '#5c940d',
  cancelled: '#868e96',
} as const satisfies Record<IncidentStatus, string>;

export const hazardTypeColor = {
  flood: '#1c7ed6',
  flash_flood: '#0b7285',
  landslide: '#a0522d',
  tsunami: '#3b5bdb',
  extreme_wave_abrasion: '#15aabf',
  volcanic: '#c92a2a',
  earthquake: '#862e9c',
  forest_fire: '#e8590c',
  drought: '#e0a800',
  extreme_weather: '#495057',
} as const satisfies Record<HazardType, string>;

/** Fill opacity per level; the outline stays solid so that low zones are still findable. */
export const hazardLevelOpacity = {
  rendah: 0.16,
  sedang: 0.3,
  tinggi: 0.42,
} as const satisfies Record<HazardLevel, number>;

/** Road fill and casing colours by rank (see `roadRank`): warm for the arterial corridors, white for local roads. */
export const roadRankStyle = {
  1: { fill: '#f2a34b', casing: '#b0671d' },
  2: { fill: '#f8c867', casing: '#b48a2c' },
  3: { fill: '#fbe3a0', casing: '#b3a26a' },
  4: { fill: '#ffffff', casing: '#9ca1aa' },
  5: { fill: '#ffffff', casing: '#b3b7be' },
  6: { fill: '#ffffff', casing: '#c2c5cb' },
  7: { fill: '#fbfbfb', casing: '#c9ccd1' },
  8: { fill: '#9c7a4f', casing: '#9c7a4f' },
} as const;
export type RoadRank = keyof typeof roadRankStyle;

/**
 * Hazards that cover the whole regency (earthquake, drought, extreme weather) would tint every other layer;
 * their fill is scaled down so local zones such as landslide slopes stay readable on top of them.
 */
export const hazardTypeOpacityScale = {
  flood: 1,
  flash_flood: 1,
  landslide: 1,
  tsunami: 1,
  extreme_wave_abrasion: 0.7,
  volcanic: 0.8,
  earthquake: 0.3,
  forest_fire: 1,
  drought: 0.4,
  extreme_weather: 0.4,
} as const satisfies Record<HazardType, number>;

export function hazardFillOpacity(type: HazardType, level: HazardLevel): number {
  return hazardLevelOpacity[level] * hazardTypeOpacityScale[type];
}

/** Analysis overlays: gaps in a warning red, isochrone bands from near (dark green) to far (amber). */
export const overlayColors = {
  gap: '#e03131',
  candidate: '#7048e8',
  /** Scenario B's candidates in a comparison (A keeps the candidate colour). */
  candidateB: '#0c8599',
  switchedOff: '#495057',
  movedPost: '#0b7285',
  suggestedSite: '#e8590c',
  prepositionedCache: '#1971c2',
  zoneComplete: '#2b8a3e',
  zoneShort: '#c92a2a',
  incident: '#c92a2a',
  closure: '#e03131',
  routeCasing: '#ffffff',
  /** The shape a form moves or draws. */
  edit: '#0b7285',
} as const;

/** Isochrone band colours, innermost first; bands beyond the list reuse its last colour. */
export const isochroneBandColors = [
  '#2b8a3e',
  '#74b816',
  '#fab005',
  '#f76707',
  '#e8590c',
  '#c92a2a',
] as const;

/** Route colours by rank (1st, 2nd, …), distinct on the light basemap and from the road colours. */
export const rankColors = ['#1864ab', '#0ca678', '#ae3ec9', '#f08c00', '#5c7cfa', '#d6336c'] as const;

export function rankColor(rank: number): string {
  return rankColors[(Math.max(1, rank) - 1) % rankColors.length] ?? rankColors[0];
}

export function bandColor(band: number): string {
  return isochroneBandColors[Math.min(band, isochroneBandColors.length - 1)] ?? isochroneBandColors[0];
}
