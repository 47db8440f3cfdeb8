import type { IsochroneCollection, PostFeature, RoadClosureFeature, SitingResponse } from '@siaga/schema';
import type { Feature, Geometry } from 'geojson';
import { shapeData } from '../editing/shape_data.ts';
import type { AppState } from '../store/app_store.ts';
import { shownValue } from '../store/async_result.ts';
import { featuresOf } from '../store/data_slice.ts';
import type { Closure, Incident } from '../store/dispatch_slice.ts';
import { type CoverageModeKey, livePlan, type PlanSettings } from '../store/planner_slice.ts';
import { shownPlan } from '../store/prepositioning_slice.ts';
import { focusedRoute, routeId } from '../store/route_focus_slice.ts';
import type { CompareSide, ScenarioCompare } from '../store/scenario_slice.ts';
import { shownSites } from '../store/siting_slice.ts';
import type { Panel } from '../store/workspace_slice.ts';
import type { Candidate, CoverageSummary, RankedRoute, ResponseOf } from '../worker/protocol.ts';
import type { OverlaySourceId } from './overlay_sources.ts';
import { bandColor, rankColor } from './palette.ts';
import { prepositioningFeatures } from './prepositioning_data.ts';
import type { SourceCollection } from './source_data.ts';

type Props = Record<string, string | number | boolean | null>;

/** One shared empty collection, so a closed panel's overlays keep their reference and are not re-sent. */
export const EMPTY: SourceCollection = Object.freeze({
  type: 'FeatureCollection',
  features: [],
}) as SourceCollection;

function collection(features: Array<Feature<Geometry, Props>>): SourceCollection {
  return features.length === 0 ? EMPTY : { type: 'FeatureCollection', features };
}

/** Land not covered at the chosen threshold (travel time) or by the WMK rule, for the chosen mode. */
export function gapsData(
  summary: CoverageSummary | null,
  mode: CoverageModeKey,
  levelIndex: number,
): SourceCollection {
  const levels = summary?.[mode].levels ?? [];
  const level = levels[Math.min(levelIndex, levels.length - 1)];
  if (!level?.gaps || level.gaps.coordinates.length === 0) return EMPTY;
  return collection([
    {
      type: 'Feature',
      geometry: level.gaps,
      properties: { id: `gap-${mode}-${level.limit}`, limit: level.limit },
    },
  ]);
}

/** Nested isochrone bands, innermost first, each coloured by its band. */
export function isochronesData(result: IsochroneCollection | null): SourceCollection {
  if (result === null) return EMPTY;
  return collection(
    result.features
      .filter((f) => f.geometry.coordinates.length > 0)
      .map((f, band) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id: `iso-${f.properties.breakMin}`,
          minutes: f.properties.breakMin,
          band,
          color: bandColor(band),
        },
      })),
  );
}

/**
 * Route lines of the nearest posts (solid) and caches (dashed), coloured by rank. With a focused route (a card
 * hovered, focused or selected) that one is `focus` and drawn on top, the others `dim`.
 */
export function routesData(
  answer: ResponseOf<'closest'>['answer'] | null,
  focus: string | null = null,
): SourceCollection {
  if (answer === null) return EMPTY;
  const line = (kind: 'post' | 'cache') => (r: RankedRoute) => {
    const id = routeId(kind, r.facility.properties.id);
    return {
      type: 'Feature',
      geometry: r.route,
      properties: {
        id,
        kind,
        rank: r.rank,
        color: rankColor(r.rank),
        facilityId: r.facility.properties.id,
        focus: id === focus,
        dim: focus !== null && id !== focus,
      },
    } as Feature<Geometry, Props>;
  };
  return collection([
    ...(answer.posts?.results ?? []).map(line('post')),
    ...(answer.caches?.results ?? []).map(line('cache')),
  ]);
}

export function candidatesData(
  candidates: readonly Candidate[],
  selectedId: string | null,
): SourceCollection {
  return collection(
    candidates.map((c) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...c.position] },
      properties: { id: c.id, label: c.id, selected: c.id === selectedId, side: null },
    })),
  );
}

/**
 * Both compared scenarios' candidates, labelled "A·K1" / "B·K1" and coloured by side. Their ids are not the
 * plan's, so dragging one moves nothing: a saved scenario changes only by opening it.
 */
export function compareCandidatesData(compare: ScenarioCompare): SourceCollection {
  const side = (key: CompareSide) =>
    compare[key].document.candidates.map(
      (c): Feature<Geometry, Props> => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...c.position] },
        properties: {
          id: `compare-${key}-${c.id}`,
          label: `${key.toUpperCase()}·${c.id}`,
          selected: false,
          side: key,
        },
      }),
    );
  return collection([...side('a'), ...side('b')]);
}

/** Stored posts a what-if switched off, marked where they stand. */
export function switchedOffData(
  posts: readonly PostFeature[],
  switchedOff: readonly string[],
): SourceCollection {
  if (switchedOff.length === 0) return EMPTY;
  const off = new Set(switchedOff);
  return collection(
    posts
      .filter((p) => off.has(p.properties.id))
      .map((p) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...p.geometry.coordinates] },
        properties: { id: `off-${p.properties.id}`, name: p.properties.name },
      })),
  );
}

/**
 * Stored posts moved in the open scenario: a dashed line from the stored place to the scenario's place, and,
 * while the planner moves posts, a handle on every counted post at its scenario place (the one to drag). The
 * document's places, not the live plan's: a dragged post is drawn by the map's drag marker.
 */
export function movedPostsData(
  posts: readonly PostFeature[],
  plan: Pick<PlanSettings, 'movedPosts' | 'postStatuses' | 'switchedOff'>,
  handles: boolean,
): SourceCollection {
  const moved = new Map(plan.movedPosts.map((m) => [m.postId, m.position]));
  const features: Feature<Geometry, Props>[] = [];
  for (const p of posts) {
    const to = moved.get(p.properties.id);
    const from = [...p.geometry.coordinates];
    if (to !== undefined) {
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [from, [...to]] },
        properties: { id: `line-${p.properties.id}`, part: 'line' },
      });
    }
    const counted =
      plan.postStatuses.includes(p.properties.status) && !plan.switchedOff.includes(p.properties.id);
    if (handles && counted) {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: to === undefined ? from : [...to] },
        properties: { id: p.properties.id, part: 'handle', label: 'P', moved: to !== undefined },
      });
    } else if (to !== undefined) {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...to] },
        properties: { id: p.properties.id, part: 'place', label: 'P', moved: true },
      });
    }
  }
  return collection(features);
}

/** The suggested new sites, numbered in the order the panel lists them. */
export function sitesData(answer: SitingResponse | null): SourceCollection {
  if (answer === null) return EMPTY;
  return collection(
    answer.sites.map((site, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...site.point.coordinates] },
      properties: { id: site.id, rank: String(i + 1) },
    })),
  );
}

export function incidentData(incident: Incident | null): SourceCollection {
  if (incident === null) return EMPTY;
  return collection([
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...incident.position] },
      properties: { id: 'incident', source: incident.source },
    },
  ]);
}

/** Road closures: the stored ones (shared with every user) and the dispatcher's not saved yet, with road names. */
export function closuresData(
  closures: readonly Closure[],
  stored: readonly RoadClosureFeature[] = [],
): SourceCollection {
  return collection([
    ...stored.map(
      (c): Feature<Geometry, Props> => ({
        type: 'Feature',
        geometry: c.geometry,
        properties: { id: c.properties.id, roadName: c.properties.roadName ?? '', stored: true },
      }),
    ),
    ...closures.map(
      (c): Feature<Geometry, Props> => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...c.position] },
        properties: { id: c.id, roadName: c.roadName ?? '', stored: false },
      }),
    ),
  ]);
}

/** What an overlay source is built from: it is rebuilt (and `setData` called) only when one of these changes. */
export interface OverlayInput {
  deps: readonly unknown[];
  build(): SourceCollection;
}

const shown = (panel: Panel, owner: Panel) => panel === owner;

/** Every overlay source as a pure function of the store, with the inputs it depends on. */
export function overlayInputs(s: AppState): Record<OverlaySourceId, OverlayInput> {
  const planner = shown(s.panel, 'planner');
  const dispatch = shown(s.panel, 'dispatch');
  const coverage = shownValue(s.coverage);
  const isochrones = shownValue(s.isochrones);
  const closest = shownValue(s.closest);
  const focus = focusedRoute(s);
  const { dispatch: d } = s;
  const plan = livePlan(s);
  const sites = shownSites(s.siting);
  const prepositioned = shownPlan(s.prepositioning);
  const compare = planner ? s.compare : null;
  const compared = compare === null ? null : shownValue(compare.result);
  const shownDocument = compare === null ? null : compare[compare.shown].document;
  const posts = featuresOf(s.datasets, 'posts');
  return {
    // A comparison shows one scenario's gaps at a time (at its own standard), in place of the open plan's.
    gaps: {
      deps: [planner, coverage, plan.mode, plan.levelIndex, compare, compared],
      build: () => {
        if (!planner) return EMPTY;
        if (compare === null || shownDocument === null) {
          return gapsData(coverage?.scenario ?? null, plan.mode, plan.levelIndex);
        }
        return gapsData(compared?.[compare.shown] ?? null, shownDocument.mode, shownDocument.levelIndex);
      },
    },
    isochrones: {
      deps: [planner, isochrones, plan.isochroneOf],
      build: () =>
        planner && isochrones && isochrones.postId === plan.isochroneOf
          ? isochronesData(isochrones.result)
          : EMPTY,
    },
    // The document's candidates, not the live plan's: a dragged one is drawn by the map's drag marker, so a
    // pointer move re-sends no source.
    candidates: {
      deps: [planner, s.plan.candidates, plan.isochroneOf, compare],
      build: () => {
        if (!planner) return EMPTY;
        return compare === null
          ? candidatesData(s.plan.candidates, plan.isochroneOf)
          : compareCandidatesData(compare);
      },
    },
    switchedOff: {
      deps: [planner, plan.switchedOff, posts, shownDocument],
      build: () => (planner ? switchedOffData(posts, shownDocument?.switchedOff ?? plan.switchedOff) : EMPTY),
    },
    movedPosts: {
      deps: [
        planner,
        s.plan.movedPosts,
        plan.postStatuses,
        plan.switchedOff,
        posts,
        s.movingPosts,
        s.openScenario,
      ],
      build: () =>
        planner
          ? movedPostsData(posts, s.plan, s.movingPosts && s.openScenario !== null && compare === null)
          : EMPTY,
    },
    sites: {
      deps: [planner, sites],
      build: () => (planner ? sitesData(sites) : EMPTY),
    },
    prepositioning: {
      deps: [planner, prepositioned],
      build: () => (planner ? collection(prepositioningFeatures(prepositioned)) : EMPTY),
    },
    routes: {
      deps: [dispatch, closest, d.incident, focus],
      build: () => (dispatch && d.incident ? routesData(closest?.answer ?? null, focus) : EMPTY),
    },
    incident: {
      deps: [dispatch, d.incident],
      build: () => (dispatch ? incidentData(d.incident) : EMPTY),
    },
    closures: {
      deps: [dispatch, d.closures, s.datasets.closures],
      build: () => (dispatch ? closuresData(d.closures, featuresOf(s.datasets, 'closures')) : EMPTY),
    },
    edit: {
      deps: [s.shape],
      build: () => (s.shape === null ? EMPTY : shapeData(s.shape)),
    },
  };
}

/** True when the inputs differ from the last ones element by element (by reference). */
export function depsChanged(previous: readonly unknown[] | undefined, next: readonly unknown[]): boolean {
  return previous === undefined || previous.length !== next.length || previous.some((x, i) => x !== next[i]);
}
