import {
  coverageAnswer,
  type EngineAreas,
  type EngineNetwork,
  type ExactSites,
  isochroneAnswer,
  matrixAnswer,
  type ReportEngineAnswer,
  type ReportJob,
  reportAnswer,
  requireCoverable,
  sitingAnswer,
  sitingCase,
  solveSites,
} from '@siaga/geo';
import type {
  CoverageRequest,
  CoverageResponse,
  IsochroneCollection,
  IsochroneRequest,
  MatrixRequest,
  MatrixResponse,
  PostFeature,
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
  | ({ kind: 'report' } & ReportJob);

export interface EngineAnswer {
  coverage: CoverageResponse;
  isochrone: IsochroneCollection;
  matrix: MatrixResponse;
  siting: SitingResponse;
  report: ReportEngineAnswer;
}

/**
 * Answers one job with the @siaga/geo adapter, the same way on an engine thread and in process. `highs` is the
 * solver for siting jobs (the thread loads it on first need).
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
