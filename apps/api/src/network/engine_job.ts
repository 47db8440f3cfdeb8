import {
  coverageAnswer,
  type EngineAreas,
  type EngineNetwork,
  isochroneAnswer,
  matrixAnswer,
  type ReportEngineAnswer,
  type ReportJob,
  reportAnswer,
} from '@siaga/geo';
import type {
  CoverageRequest,
  CoverageResponse,
  IsochroneCollection,
  IsochroneRequest,
  MatrixRequest,
  MatrixResponse,
  PostFeature,
} from '@siaga/schema';

/** A heavy question with the posts it runs on; the graph and areas are the engine thread's own copies. */
export type EngineJob =
  | { kind: 'coverage'; posts: PostFeature[]; request: CoverageRequest }
  | { kind: 'isochrone'; posts: PostFeature[]; request: IsochroneRequest }
  | { kind: 'matrix'; posts: PostFeature[]; request: MatrixRequest }
  | ({ kind: 'report' } & ReportJob);

export interface EngineAnswer {
  coverage: CoverageResponse;
  isochrone: IsochroneCollection;
  matrix: MatrixResponse;
  report: ReportEngineAnswer;
}

/** Answers one job with the @siaga/geo adapter, the same way on an engine thread and in process. */
export function runEngineJob(network: EngineNetwork, areas: EngineAreas, job: EngineJob) {
  switch (job.kind) {
    case 'coverage':
      return coverageAnswer(network, areas, job.posts, job.request);
    case 'isochrone':
      return isochroneAnswer(network, areas, job.posts, job.request);
    case 'matrix':
      return matrixAnswer(network, areas, job.posts, job.request);
    case 'report':
      return reportAnswer(network, areas, job);
    default:
      return job satisfies never;
  }
}
