import type { RoadGraph } from '@siaga/geo';
import type { CoverageStudy } from './coverage.ts';
import { graphStudy } from './graph_study.ts';

/** The Andorra road graph as a coverage study (there is no Andorra admin polygon in the data). */
export function andorraStudy(graph: RoadGraph): CoverageStudy {
  return graphStudy(graph, {
    title: 'Andorra (OSM PBF, synthetic study area)',
    code: '99.01',
    name: 'Andorra (study area)',
    population: 80_000,
    why: 'No Andorra admin polygon exists in the data, so the study area is made from the roads.',
  });
}
