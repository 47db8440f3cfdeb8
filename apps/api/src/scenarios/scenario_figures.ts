import { posts, type SiagaDb } from '@siaga/db';
import { scenarioPosts } from '@siaga/geo';
import {
  type AreaFigures,
  CoverageRequest,
  type CoverageResponse,
  type PostFeature,
  type ScenarioDocument,
  type ScenarioFigures,
} from '@siaga/schema';
import type { NetworkService } from '../network/network_service.ts';

/**
 * The posts a scenario counts (its statuses, without the switched-off ones, the moved ones at their new place)
 * and its candidates as a coverage question. Planning looks at ordinary days: stored closures are left out, as in
 * the app's planner.
 */
export function scenarioCoverageInput(
  document: ScenarioDocument,
  stored: readonly PostFeature[],
): { posts: PostFeature[]; request: CoverageRequest } {
  const statuses = new Set<string>(document.postStatuses);
  const counted = scenarioPosts(
    stored.filter((p) => statuses.has(p.properties.status)),
    document.switchedOff,
    document.movedPosts,
  );
  const request = CoverageRequest.parse({
    postStatus: document.postStatuses,
    candidates: document.candidates.map((c) => ({
      id: c.id,
      point: { type: 'Point', coordinates: c.position },
    })),
    thresholdsMin: document.thresholdsMin,
    modes: [document.mode],
    profile: document.profile,
    storedClosures: false,
    countTurnout: document.countTurnout,
  });
  return { posts: counted, request };
}

/** The figures of a coverage answer at the document's mode and shown level; null without any post or site. */
export function figuresOf(document: ScenarioDocument, answer: CoverageResponse): ScenarioFigures | null {
  const mode = answer[document.mode];
  if (mode === null) return null;
  const j = Math.min(document.levelIndex, mode.levels.length - 1);
  const level = mode.levels[j];
  if (level === undefined) return null;
  const kecamatan = mode.kecamatan.map(
    (k): AreaFigures => ({
      code: k.code,
      name: k.name,
      population: k.population,
      coveredPopulation: k.coveredPopulation[j] ?? 0,
      populationShare: k.coveredShare[j] ?? 0,
      desaCovered: k.desaCovered[j] ?? 0,
      desaCount: k.desaCount,
    }),
  );
  const sum = (f: (k: AreaFigures) => number) => kecamatan.reduce((s, k) => s + f(k), 0);
  return {
    mode: document.mode,
    limit: level.limit,
    unit: mode.unit,
    kabupaten: {
      code: 'kabupaten',
      name: 'Kabupaten',
      population: answer.population,
      coveredPopulation: level.coveredPopulation,
      populationShare: level.populationShare,
      desaCovered: sum((k) => k.desaCovered),
      desaCount: sum((k) => k.desaCount),
    },
    kecamatan,
  };
}

/** Computes the scenario's figures on an engine thread; null when it counts no post and places no site. */
export async function scenarioFigures(
  db: SiagaDb,
  network: NetworkService,
  document: ScenarioDocument,
): Promise<{ figures: ScenarioFigures | null; stored: PostFeature[] }> {
  const stored = await posts.list(db);
  const { posts: counted, request } = scenarioCoverageInput(document, stored);
  if (counted.length === 0 && request.candidates.length === 0) return { figures: null, stored };
  const state = await network.routing();
  const answer = await network.run(state, { kind: 'coverage', posts: counted, request });
  return { figures: figuresOf(document, answer), stored };
}
