import {
  type AdminAreaFeature,
  desaPointsOf,
  type HazardZoneFeature,
  type RoutingProfile,
  SiagaError,
} from '@siaga/schema';
import { buildCoverageModel, type CoverageModel } from '../coverage/coverage_model.ts';
import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import { PROFILES } from '../profiles.ts';
import { createWorkspace, type SearchWorkspace } from '../route/search.ts';
import { weightsFor } from '../route/weights_for.ts';

/**
 * The areas coverage and isochrones are built on. Coverage models are cached per object: pass the same object
 * while the areas are unchanged and a new one when they change.
 */
export interface EngineAreas {
  adminAreas: readonly AdminAreaFeature[];
  hazardZones: readonly HazardZoneFeature[];
}

/**
 * One road graph and what the engine derives from it on demand: per-profile weights, a search workspace and the
 * coverage models per areas and profile. The API keeps one per roads version, the Worker one per graph.bin.
 *
 * @example
 * const network = new EngineNetwork(graph, 'a1b2c3');
 * const model = network.coverageModel({ adminAreas, hazardZones }, 'fire_engine');
 */
export class EngineNetwork {
  readonly #models = new WeakMap<EngineAreas, Map<RoutingProfile, CoverageModel>>();
  #workspace: SearchWorkspace | null = null;

  constructor(
    readonly graph: RoadGraph,
    /** The roads version answers report (the ETag of graph.bin, unquoted). */
    readonly version: string,
  ) {}

  weights(profile: RoutingProfile): EdgeWeights {
    return weightsFor(this.graph, PROFILES[profile]);
  }

  /** Every engine query is synchronous, so one workspace serves all of them in turn. */
  workspace(): SearchWorkspace {
    this.#workspace ??= createWorkspace(this.graph);
    return this.#workspace;
  }

  /** The coverage model for a profile on these areas, built on first use; 503 without a kabupaten outline. */
  coverageModel(areas: EngineAreas, profile: RoutingProfile): CoverageModel {
    let byProfile = this.#models.get(areas);
    if (byProfile === undefined) {
      byProfile = new Map();
      this.#models.set(areas, byProfile);
    }
    let model = byProfile.get(profile);
    if (model === undefined) {
      if (!areas.adminAreas.some((a) => a.properties.level === 'kabupaten')) {
        throw new SiagaError(
          'unavailable',
          'Coverage and isochrones need the kabupaten outline: load the admin areas (level kabupaten) first',
        );
      }
      model = buildCoverageModel(
        {
          graph: this.graph,
          adminAreas: areas.adminAreas,
          hazardZones: areas.hazardZones,
          // The stored label points: the API, the Worker and the matrix measure desa at the same place.
          desaPoints: desaPointsOf(areas.adminAreas),
        },
        { profile: this.weights(profile) },
      );
      byProfile.set(profile, model);
    }
    return model;
  }
}
