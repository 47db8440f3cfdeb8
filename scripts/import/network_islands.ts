import {
  buildGraph,
  type IslandSummary,
  PROFILES,
  type RoadLine,
  stronglyConnectedComponents,
  summarizeIslands,
  weightsFor,
} from '@siaga/geo';

/**
 * For each vehicle profile, the islands of the road network a file would give: strongly connected components
 * apart from the main one (fragments joined to nothing, one-way traps). Points near them are snapped to the
 * main network instead, so a BPBD should look at them (a missing link, a wrong one-way) after an import.
 */
export function networkIslands(lines: readonly RoadLine[]): Record<keyof typeof PROFILES, IslandSummary> {
  const g = buildGraph(lines);
  const of = (id: keyof typeof PROFILES): IslandSummary => {
    const w = weightsFor(g, PROFILES[id]);
    return summarizeIslands(g, stronglyConnectedComponents(g, w.edgeSeconds), w.linkSeconds);
  };
  return { fire_engine: of('fire_engine'), light_rescue: of('light_rescue'), motorbike: of('motorbike') };
}
