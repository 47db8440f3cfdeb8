import type { MultiPolygonCoords } from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/app_store.ts';
import { cache, post } from '../testing/fixtures.ts';
import type { CoverageSummary, ModeSummary, RankedRoute, ResponseOf } from '../worker/protocol.ts';
import {
  candidatesData,
  closuresData,
  depsChanged,
  EMPTY,
  gapsData,
  incidentData,
  overlayInputs,
  routesData,
} from './overlay_data.ts';
import { rankColor } from './palette.ts';

const square: MultiPolygonCoords = [
  [
    [
      [115, -8.2],
      [115.1, -8.2],
      [115.1, -8.1],
      [115, -8.1],
      [115, -8.2],
    ],
  ],
];

function mode(limits: number[], withGaps: boolean): ModeSummary {
  return {
    unit: 'minutes',
    levels: limits.map((limit) => ({
      limit,
      coveredAreaKm2: 1,
      areaShare: 0.1,
      coveredPopulation: 10,
      uncoveredPopulation: 90,
      populationShare: 0.1,
      hazards: [],
      gaps: withGaps ? { type: 'MultiPolygon' as const, coordinates: square } : null,
    })),
    kecamatan: [],
  };
}

function summary(): CoverageSummary {
  return {
    landAreaKm2: 10,
    population: 100,
    noRoadPopulation: 0,
    unanchoredPosts: [],
    postCount: 1,
    travelTime: mode([5, 10, 15], true),
    wmkRadius: mode([7500], true),
    wmkNetwork: mode([7500], false),
  };
}

function route<F extends RankedRoute['facility']>(rank: number, facility: F) {
  return {
    rank,
    facility,
    etaS: 100 * rank,
    turnoutS: 60,
    travelS: 100 * rank - 60,
    distanceM: 1000,
    offNetworkM: 0,
    offNetworkS: 0,
    route: {
      type: 'LineString',
      coordinates: [
        [115, -8.1],
        [115.01, -8.11],
      ],
    },
    steps: [],
  } satisfies Omit<RankedRoute, 'facility'> & { facility: F };
}

describe('overlay builders', () => {
  it('draws the gap of the chosen mode and threshold, nothing without gaps', () => {
    const s = summary();
    const fc = gapsData(s, 'travelTime', 1);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]?.properties.limit).toBe(10);
    expect(gapsData(s, 'wmkRadius', 2).features[0]?.properties.limit).toBe(7500);
    expect(gapsData(s, 'wmkNetwork', 0)).toBe(EMPTY);
    expect(gapsData(null, 'travelTime', 0)).toBe(EMPTY);
  });

  it('colours routes by rank and tells posts from caches', () => {
    const answer: ResponseOf<'closest'>['answer'] = {
      version: 'v1',
      profile: 'fire_engine',
      incident: {
        point: { type: 'Point', coordinates: [115, -8.11] },
        snapped: null,
        offNetworkM: 0,
        routable: true,
        nearestRoadIsIsland: false,
      },
      cutOff: null,
      closedLinks: 0,
      posts: {
        considered: 2,
        results: [route(1, post({ id: 'a' })), route(2, post({ id: 'b' }))],
        notRouted: [],
      },
      caches: {
        considered: 1,
        holding: 1,
        results: [{ ...route(1, cache({ id: 'c' })), ready: [] }],
        notRouted: [],
      },
      requirement: null,
    };
    const fc = routesData(answer);
    expect(fc.features.map((f) => [f.properties.kind, f.properties.rank, f.properties.color])).toEqual([
      ['post', 1, rankColor(1)],
      ['post', 2, rankColor(2)],
      ['cache', 1, rankColor(1)],
    ]);
    expect(new Set(fc.features.map((f) => f.properties.id)).size).toBe(3);
    expect(routesData(null)).toBe(EMPTY);
  });

  it('marks the selected candidate and places markers at their positions', () => {
    const fc = candidatesData(
      [
        { id: 'K1', position: [115.1, -8.2] },
        { id: 'K2', position: [115.2, -8.2] },
      ],
      'K2',
    );
    expect(fc.features.map((f) => f.properties.selected)).toEqual([false, true]);
    expect(
      incidentData({ position: [115.242, -8.158], source: 'map', label: null }).features[0]?.geometry,
    ).toEqual({
      type: 'Point',
      coordinates: [115.242, -8.158],
    });
    expect(closuresData([])).toBe(EMPTY);
    expect(closuresData([{ id: 'C1', position: [115, -8], roadName: 'Jalan Pantai' }]).features).toHaveLength(
      1,
    );
  });

  it('does not mutate its inputs', () => {
    const s = summary();
    const frozen = JSON.stringify(s);
    gapsData(s, 'travelTime', 2);
    expect(JSON.stringify(s)).toBe(frozen);
  });
});

describe('overlayInputs', () => {
  it('shows planner overlays only in the planner and dispatcher overlays only in dispatch', () => {
    const store = createAppStore();
    store.getState().addCandidate([115.1, -8.2]);
    store.getState().setIncident({ position: [115.242, -8.158], source: 'map', label: null });
    expect(overlayInputs(store.getState()).candidates.build()).toBe(EMPTY);
    store.getState().setPanel('planner');
    expect(overlayInputs(store.getState()).candidates.build().features).toHaveLength(1);
    expect(overlayInputs(store.getState()).incident.build()).toBe(EMPTY);
    store.getState().setPanel('dispatch');
    expect(overlayInputs(store.getState()).incident.build().features).toHaveLength(1);
    expect(overlayInputs(store.getState()).candidates.build()).toBe(EMPTY);
  });

  it('keeps the inputs of a source unchanged when nothing it reads changed', () => {
    const store = createAppStore();
    store.getState().setPanel('planner');
    const before = overlayInputs(store.getState());
    store.getState().setIncident({ position: [115.242, -8.158], source: 'map', label: null });
    const after = overlayInputs(store.getState());
    expect(depsChanged(before.candidates.deps, after.candidates.deps)).toBe(false);
    expect(depsChanged(before.gaps.deps, after.gaps.deps)).toBe(false);
    store.getState().addCandidate([115.1, -8.2]);
    expect(depsChanged(after.candidates.deps, overlayInputs(store.getState()).candidates.deps)).toBe(true);
  });

  it('re-sends no candidate source while a candidate is dragged, and the dropped position once released', () => {
    const store = createAppStore();
    store.getState().setPanel('planner');
    store.getState().addCandidate([115.1, -8.2]);
    const placed = overlayInputs(store.getState());
    store.getState().dragCandidate('K1', [115.11, -8.21]);
    store.getState().dragCandidate('K1', [115.12, -8.22]);
    expect(depsChanged(placed.candidates.deps, overlayInputs(store.getState()).candidates.deps)).toBe(false);
    store.getState().endCandidateDrag();
    const dropped = overlayInputs(store.getState()).candidates;
    expect(depsChanged(placed.candidates.deps, dropped.deps)).toBe(true);
    expect(dropped.build().features[0]?.geometry).toEqual({ type: 'Point', coordinates: [115.12, -8.22] });
  });
});
