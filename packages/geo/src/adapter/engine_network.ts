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
import { HierarchyBuilder } from '../hierarchy/contraction_hierarchy.ts';
import { type HierarchySearches, hierarchySearches } from '../hierarchy/upward_search.ts';
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

/** What runs the hierarchy build in slices: a clock in ms and a way to run a callback later (setTimeout). */
export interface SliceScheduler {
  now(): number;
  later(run: () => void): void;
  /** Milliseconds of work per slice; default 8, so a question waits at most that long behind the build. */
  sliceMs?: number;
}

/** Profiles in the order their hierarchies are built: the fire engine, which dispatch asks for first, first. */
const HIERARCHY_ORDER = Object.keys(PROFILES) as RoutingProfile[];

/**
 * One road graph and what the engine derives from it on demand: per-profile weights, a search workspace, the
 * coverage models per areas and profile, and per-profile contraction hierarchies for closest facility, built in
 * the background (buildInSlices). The API keeps one per roads version, the Worker one per graph.bin.
 *
 * @example
 * const network = new EngineNetwork(graph, 'a1b2c3');
 * const model = network.coverageModel({ adminAreas, hazardZones }, 'fire_engine');
 */
export class EngineNetwork {
  readonly #models = new WeakMap<EngineAreas, Map<RoutingProfile, CoverageModel>>();
  #workspace: SearchWorkspace | null = null;
  readonly #hierarchies = new Map<RoutingProfile, HierarchySearches>();
  #building: { profile: RoutingProfile; builder: HierarchyBuilder } | null = null;
  #stopped = false;

  constructor(
    readonly graph: RoadGraph,
    /** The roads version answers report (the ETag of graph.bin, unquoted). */
    readonly version: string,
  ) {}

  weights(profile: RoutingProfile): EdgeWeights {
    return weightsFor(this.graph, PROFILES[profile]);
  }

  /** The profile's contraction hierarchy once built; closest facility gives the same answers without it, slower. */
  hierarchy(profile: RoutingProfile): HierarchySearches | undefined {
    return this.#hierarchies.get(profile);
  }

  /** The profiles whose hierarchy is built, in build order. */
  builtHierarchies(): RoutingProfile[] {
    return HIERARCHY_ORDER.filter((p) => this.#hierarchies.has(p));
  }

  /** Builds the profiles' hierarchies one after another while `timeLeft()`; true once all are built. */
  buildHierarchies(timeLeft: () => boolean = () => true): boolean {
    for (const profile of HIERARCHY_ORDER) {
      if (this.#hierarchies.has(profile)) continue;
      if (this.#building?.profile !== profile) {
        this.#building = {
          profile,
          builder: new HierarchyBuilder(this.graph, this.weights(profile).edgeSeconds),
        };
      }
      if (!this.#building.builder.step(timeLeft)) return false;
      this.#hierarchies.set(profile, hierarchySearches(this.#building.builder.result()));
      this.#building = null;
      if (!timeLeft()) return this.#hierarchies.size === HIERARCHY_ORDER.length;
    }
    return true;
  }

  /**
   * Builds every hierarchy in slices of `sliceMs` between other work, until done or stopHierarchies(); resolves
   * with the milliseconds it took from start to end, or null when stopped.
   */
  buildInSlices(scheduler: SliceScheduler): Promise<number | null> {
    const sliceMs = scheduler.sliceMs ?? 8;
    const started = scheduler.now();
    return new Promise((resolve) => {
      const slice = (): void => {
        const end = scheduler.now() + sliceMs;
        if (this.#stopped) resolve(null);
        else if (this.buildHierarchies(() => scheduler.now() < end)) resolve(scheduler.now() - started);
        else scheduler.later(slice);
      };
      scheduler.later(slice);
    });
  }

  /** Stops a build in slices (the network is being replaced); hierarchies already built stay usable. */
  stopHierarchies(): void {
    this.#stopped = true;
    this.#building = null;
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
