import {
  buildGraph,
  type Closure,
  type Facility,
  type PROFILES,
  type RoadGraph,
  readGeoJsonRoads,
} from '@siaga/geo';

export interface NetworkFixture {
  type: 'FeatureCollection';
  description: string;
  options: { profile: keyof typeof PROFILES; k: number };
  features: {
    type: 'Feature';
    properties: Record<string, string | number>;
    geometry: { type: string; coordinates: unknown };
  }[];
}

/** Splits a routing fixture into its road graph and the facilities, incident and closures drawn beside it. */
export function loadNetwork(fixture: NetworkFixture): {
  graph: RoadGraph;
  facilities: Facility[];
  incident: number[];
  closures: Closure[];
} {
  const roads = fixture.features.filter((f) => f.properties.role === undefined);
  const graph = buildGraph(readGeoJsonRoads({ features: roads }).roads);
  const facilities: Facility[] = [];
  let incident: number[] = [];
  const closures: Closure[] = [];
  for (const f of fixture.features) {
    const role = f.properties.role;
    if (role === 'facility') {
      facilities.push({
        id: String(f.properties.id),
        point: f.geometry.coordinates as number[],
        turnoutSeconds: Number(f.properties.turnoutSeconds),
      });
    } else if (role === 'incident') {
      incident = f.geometry.coordinates as number[];
    } else if (role === 'closure') {
      closures.push(f.geometry as Closure);
    }
  }
  return { graph, facilities, incident, closures };
}
