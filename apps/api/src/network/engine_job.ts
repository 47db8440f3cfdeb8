import {
  coverageAnswer,
  type EngineAreas,
  type EngineNetwork,
  type ExactSites,
  isochroneAnswer,
  matrixAnswer,
  prepositioningAnswer,
  prepositioningCase,
  type ReportEngineAnswer,
  type ReportJob,
  reportAnswer,
  requireCoverable,
  sitingAnswer,
  sitingCase,
  solvePlan,
  solveSites,
} from '@siaga/geo';
import type {
  CacheFeature,
  CoverageRequest,
  CoverageResponse,
  IsochroneCollection,
  IsochroneRequest,
  MatrixRequest,
  MatrixResponse,
  PostFeature,
  PrepositioningRequest,
  PrepositioningResponse,
  SitingRequest,
  SitingResponse,
} from '@siaga/schema';
import type { Highs } from 'highs';

/** A heavy question with the posts it runs on; the graph and areas are the engine thread's own copies. */
export type EngineJob =
  | { kind: 'coverage'; posts: PostFeature[]; request: CoverageRequest }
  | { kind: 'isochrone'; posts: PostFeature[]; request: IsochroneRequest }
  | { kind: 'matrix'; posts: PostFeature[]; request: MatrixRequest }
  | { kind: 'siting'; posts: PostFeature[]; existing: PostFeature[]; request: SitingRequest }
  | ({ kind: 'report' } & ReportJob)
  | { kind: 'prepositioning'; posts: PostFeature[]; caches: CacheFeature[]; request: PrepositioningRequest };

export interface EngineAnswer {
  coverage: CoverageResponse;
  isochrone: IsochroneCollection;
  matrix: MatrixResponse;
  siting: SitingResponse;
  report: ReportEngineAnswer;
  prepositioning: PrepositioningResponse;
}

/**
 * Answers one job with the @siaga/geo adapter, the same way on an engine thread and in process. `highs` is the
 * solver for siting and pre-positioning jobs (the thread loads it on first need).
 */
export function runEngineJob(
  network: EngineNetwork,
  areas: EngineAreas,
  job: EngineJob,
  highs: Highs | null,
) {
  switch (job.kind) {
    case 'coverage':
      return coverageAnswer(network, areas, job.posts, job.request);
    case 'isochrone':
      return isochroneAnswer(network, areas, job.posts, job.request);
    case 'matrix':
      return matrixAnswer(network, areas, job.posts, job.request);
    case 'siting':
      return sitingJob(network, areas, job, highs);
    case 'report':
      return reportAnswer(network, areas, job);
    case 'prepositioning':
      return prepositioningJob(network, areas, job, highs);
    default:
      return job satisfies never;
  }
}

function sitingJob(
  network: EngineNetwork,
  areas: EngineAreas,
  job: Extract<EngineJob, { kind: 'siting' }>,
  highs: Highs | null,
): SitingResponse {
  const q = job.request;
  const c = sitingCase(network, areas, job.posts, job.existing, q);
  requireCoverable(c);
  const { fast, exact } = solveSites(c.problem, { highs: q.exact ? highs : null, timeLimitS: q.timeLimitS });
  return sitingAnswer(c, fast, exact satisfies (ExactSites & { ms: number }) | null);
}

function prepositioningJob(
  network: EngineNetwork,
  areas: EngineAreas,
  job: Extract<EngineJob, { kind: 'prepositioning' }>,
  highs: Highs | null,
): PrepositioningResponse {
  const q = job.request;
  const c = prepositioningCase(network, areas, job.caches, job.posts, q);
  const { fast, exact } = solvePlan(c.problem, { highs: q.exact ? highs : null, timeLimitS: q.timeLimitS });
  return prepositioningAnswer(c, fast, exact);
}
