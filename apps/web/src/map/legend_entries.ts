import type { Catalogue } from '@siaga/i18n';
import { fill } from '@siaga/i18n';
import type { HazardLevel, HazardType, IncidentStatus, PostKind, PostStatus } from '@siaga/schema';
import {
  HazardLevel as HazardLevels,
  IncidentStatus as IncidentStatuses,
  PostKind as PostKinds,
  PostStatus as PostStatuses,
} from '@siaga/schema';
import type { DatasetId } from '../datasets.ts';
import type { Panel } from '../store/workspace_slice.ts';
import {
  bandColor,
  basemapColors,
  cacheColor,
  hazardFillOpacity,
  hazardLevelOpacity,
  hazardTypeColor,
  incidentStatusColor,
  overlayColors,
  rankColor,
  roadRankStyle,
} from './palette.ts';

/** One row of the legend; the swatch is drawn from the same palette and symbols as the map. */
export type LegendSwatch =
  | { type: 'post'; kind: PostKind; status: PostStatus }
  | { type: 'cache'; color: string }
  | { type: 'incident'; color: string }
  | { type: 'fill'; color: string; opacity: number; outline: string }
  | { type: 'line'; color: string; width: number; casing: string | null; dashed: boolean }
  | { type: 'marker'; color: string; stroke: string; ring: boolean };

export interface LegendEntry {
  key: string;
  label: string;
  swatch: LegendSwatch;
}

export interface LegendSection {
  key: string;
  title: string;
  /** The layer toggle the section explains; null for the always-on basemap. */
  group: DatasetId | null;
  visible: boolean;
  entries: LegendEntry[];
}

export interface LegendInput {
  visibility: Record<DatasetId, boolean>;
  /** Hazard types present in the loaded data; the legend lists only those (all ten when nothing is loaded). */
  hazardTypes: readonly HazardType[];
  /** The open panel: its overlays come first. */
  panel?: Panel;
  /** The planner's thresholds, one isochrone band each. */
  thresholdsMin?: readonly number[];
  /** How many ranked routes the dispatcher asked for. */
  k?: number;
  /** The study area as sentences name it ("Kabupaten Buleleng"); "wilayah kajian" when absent. */
  areaLabel?: string;
}

/** Overlay sections for the open panel; none on the plain map or the change history. */
function overlaySections(t: Catalogue, input: LegendInput): LegendSection[] {
  const o = t.legend.overlays;
  const make = (key: string, title: string, entries: LegendEntry[]): LegendSection => ({
    key,
    title,
    group: null,
    visible: true,
    entries,
  });
  const panel = input.panel ?? 'map';
  switch (panel) {
    case 'map':
    case 'audit':
    case 'report':
    case 'imports':
      return [];
    case 'planner':
      return [
        make('overlay-planner', o.planner, [
          {
            key: 'gaps',
            label: o.gaps,
            swatch: { type: 'fill', color: overlayColors.gap, opacity: 0.22, outline: overlayColors.gap },
          },
          ...(input.thresholdsMin ?? []).map(
            (n, band): LegendEntry => ({
              key: `iso-${n}`,
              label: fill(o.isochrone, { n }),
              swatch: { type: 'fill', color: bandColor(band), opacity: 0.4, outline: bandColor(band) },
            }),
          ),
          {
            key: 'candidate',
            label: o.candidate,
            swatch: { type: 'marker', color: overlayColors.candidate, stroke: '#ffffff', ring: false },
          },
        ]),
      ];
    case 'dispatch':
      return [
        make('overlay-dispatch', o.dispatch, [
          {
            key: 'incident',
            label: o.incident,
            swatch: { type: 'marker', color: '#ffffff', stroke: overlayColors.incident, ring: true },
          },
          {
            key: 'closure',
            label: o.closure,
            swatch: { type: 'marker', color: overlayColors.closure, stroke: '#ffffff', ring: false },
          },
          ...Array.from(
            { length: Math.min(input.k ?? 3, 6) },
            (_, i): LegendEntry => ({
              key: `route-${i + 1}`,
              label: fill(o.postRoute, { n: i + 1 }),
              swatch: { type: 'line', color: rankColor(i + 1), width: 4, casing: '#ffffff', dashed: false },
            }),
          ),
          {
            key: 'cache-route',
            label: o.cacheRoute,
            swatch: { type: 'line', color: rankColor(1), width: 3, casing: null, dashed: true },
          },
        ]),
      ];
    default:
      return panel satisfies never;
  }
}

/** The hazard level swatches use one neutral hue so that only the opacity differs. */
const LEVEL_SWATCH_COLOR = '#7a4b2a';

/** The legend is a pure function of the language, the toggles and what is loaded. */
export function legendSections(t: Catalogue, input: LegendInput): LegendSection[] {
  const v = input.visibility;
  const hazardTypes =
    input.hazardTypes.length > 0 ? input.hazardTypes : (Object.keys(hazardTypeColor) as HazardType[]);
  const section = (
    key: string,
    title: string,
    group: DatasetId | null,
    entries: LegendEntry[],
  ): LegendSection => ({
    key,
    title,
    group,
    visible: group === null || v[group],
    entries,
  });
  return [
    ...overlaySections(t, input),
    section(
      'postKinds',
      t.legend.postKinds,
      'posts',
      PostKinds.options.map((kind: PostKind) => ({
        key: `post-${kind}`,
        label: t.enums.postKind[kind],
        swatch: { type: 'post', kind, status: 'operational' },
      })),
    ),
    section(
      'postStatuses',
      t.legend.postStatuses,
      'posts',
      PostStatuses.options.map((status: PostStatus) => ({
        key: `status-${status}`,
        label: t.enums.postStatus[status],
        swatch: { type: 'post', kind: 'bpbd_post', status },
      })),
    ),
    section('caches', t.layers.caches, 'caches', [
      { key: 'cache', label: t.legend.cache, swatch: { type: 'cache', color: cacheColor } },
    ]),
    section(
      'incidents',
      t.legend.incidentStatuses,
      'incidents',
      IncidentStatuses.options.map((status: IncidentStatus) => ({
        key: `incident-${status}`,
        label: t.enums.incidentStatus[status],
        swatch: { type: 'incident', color: incidentStatusColor[status] },
      })),
    ),
    section(
      'hazardTypes',
      t.legend.hazardTypes,
      'hazardZones',
      hazardTypes
        .map(
          (h): LegendEntry => ({
            key: `hazard-${h}`,
            label: t.enums.hazardType[h],
            swatch: {
              type: 'fill',
              color: hazardTypeColor[h],
              opacity: hazardFillOpacity(h, 'sedang'),
              outline: hazardTypeColor[h],
            },
          }),
        )
        .sort((a, b) => a.label.localeCompare(b.label)),
    ),
    section(
      'hazardLevels',
      t.legend.hazardLevels,
      'hazardZones',
      HazardLevels.options.map((level: HazardLevel) => ({
        key: `level-${level}`,
        label: t.enums.hazardLevel[level],
        swatch: {
          type: 'fill',
          color: LEVEL_SWATCH_COLOR,
          opacity: hazardLevelOpacity[level],
          outline: LEVEL_SWATCH_COLOR,
        },
      })),
    ),
    section('roads', t.legend.roadClasses, 'roads', [
      { key: 'road-major', label: t.legend.roadGroups.major, swatch: roadSwatch(1, 5) },
      { key: 'road-secondary', label: t.legend.roadGroups.secondary, swatch: roadSwatch(3, 4) },
      { key: 'road-minor', label: t.legend.roadGroups.minor, swatch: roadSwatch(5, 3) },
      {
        key: 'road-track',
        label: t.legend.roadGroups.track,
        swatch: { type: 'line', color: roadRankStyle[8].fill, width: 2, casing: null, dashed: true },
      },
    ]),
    section('boundaries', t.legend.boundaries, null, [
      {
        key: 'kabupaten',
        label: t.layers.kabupaten,
        swatch: { type: 'line', color: basemapColors.kabupatenLine, width: 2.5, casing: null, dashed: false },
      },
      {
        key: 'kecamatan',
        label: t.layers.kecamatan,
        swatch: { type: 'line', color: basemapColors.kecamatanLine, width: 1.8, casing: null, dashed: true },
      },
      {
        key: 'desa',
        label: t.layers.desa,
        swatch: { type: 'line', color: basemapColors.desaLine, width: 1, casing: null, dashed: false },
      },
      {
        key: 'land',
        label: fill(t.legend.land, { area: input.areaLabel ?? t.studyArea.none }),
        swatch: { type: 'fill', color: basemapColors.land, opacity: 1, outline: basemapColors.kabupatenLine },
      },
      {
        key: 'sea',
        label: fill(t.legend.sea, { area: input.areaLabel ?? t.studyArea.none }),
        swatch: { type: 'fill', color: basemapColors.sea, opacity: 1, outline: basemapColors.sea },
      },
    ]),
  ];
}

function roadSwatch(rank: keyof typeof roadRankStyle, width: number): LegendSwatch {
  const s = roadRankStyle[rank];
  return { type: 'line', color: s.fill, width, casing: s.casing, dashed: false };
}
