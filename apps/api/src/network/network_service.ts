import type { Database } from '@siaga/db';
import type { StudyArea } from '@siaga/geo';
import { type RoutingProfile, SiagaError } from '@siaga/schema';
import { type AreaSnapshot, loadAreas } from './area_snapshot.ts';
import type { EngineAnswer, EngineJob } from './engine_job.ts';
import { EnginePool, type EnginePoolOptions } from './engine_pool.ts';
import { readSignature } from './network_signature.ts';
import { buildSnapshot, type NetworkSnapshot } from './network_snapshot.ts';
import { storedStudyArea } from './study_area.ts';

export interface NetworkServiceOptions {
  /** The database is asked whether roads or areas changed at most this often; default 1,000 ms. */
  checkIntervalMs?: number;
  /** Clock in milliseconds (tests advance their own). */
  now?: () => number;
  /** The threads coverage, isochrones and matrices run on. */
  engine?: EnginePoolOptions;
}

export interface NetworkStatus {
  state: 'ready' | 'empty' | 'not_loaded' | 'failed';
  /** Profiles whose contraction hierarchy is built. */
  hierarchies: RoutingProfile[];
  /** Why the last check failed (for the log, not for clients). */
  reason: string | null;
}

/** What a routing request works on: the graph, the areas, and the study area from both. */
export interface RoutingState {
  network: NetworkSnapshot;
  areas: AreaSnapshot;
  studyArea: StudyArea;
}

/**
 * Keeps the road graph and the areas in memory, one per app. Before answering it asks the database for a cheap
 * signature of roads, admin areas and hazard zones (at most once per checkIntervalMs) and reloads what changed;
 * concurrent requests share one check and one rebuild. The coverage models live in the snapshot's engine, keyed by
 * the areas snapshot, so new roads or new areas never reuse an older model.
 *
 * @example
 * const network = createNetworkService(database);
 * const { network: snapshot } = await network.routing(); // throws 503 unavailable while there are no roads
 */
export class NetworkService {
  readonly #database: Database;
  readonly #interval: number;
  readonly #now: () => number;
  #network: { signature: string; snapshot: NetworkSnapshot } | null = null;
  #areas: AreaSnapshot | null = null;
  #checkedAt = Number.NEGATIVE_INFINITY;
  #inflight: Promise<void> | null = null;
  #failure: string | null = null;
  readonly #pool: EnginePool;

  constructor(database: Database, options: NetworkServiceOptions = {}) {
    this.#database = database;
    this.#interval = options.checkIntervalMs ?? 1_000;
    this.#now = options.now ?? (() => performance.now());
    this.#pool = new EnginePool(options.engine);
  }

  /** The current graph, rebuilt first when the roads changed. May be empty (0 roads). */
  async snapshot(): Promise<NetworkSnapshot> {
    await this.#refresh();
    return (this.#network as { snapshot: NetworkSnapshot }).snapshot;
  }

  /** Graph, areas and study area for a routing request; 503 unavailable while there are no roads. */
  async routing(): Promise<RoutingState> {
    await this.#refresh();
    const network = (this.#network as { snapshot: NetworkSnapshot }).snapshot;
    const areas = this.#areas as AreaSnapshot;
    const studyArea = storedStudyArea(areas.kabupaten, network.bbox);
    if (network.roads === 0 || studyArea === null) {
      throw new SiagaError(
        'unavailable',
        'The road network is empty: import roads first (npm run import -- roads FILE)',
      );
    }
    return { network, areas, studyArea };
  }

  /** Where request geometries must lie; null while neither a kabupaten nor any road is loaded (nothing to hold them to). */
  async studyArea(): Promise<StudyArea | null> {
    await this.#refresh();
    const network = (this.#network as { snapshot: NetworkSnapshot }).snapshot;
    return storedStudyArea(this.#areas?.kabupaten ?? [], network.bbox);
  }

  /**
   * The in-memory model as /api/health reports it, without asking the database: `failed` when the last check or
   * rebuild threw (the database went away, or the roads cannot be built), `not_loaded` before the first request.
   */
  status(): NetworkStatus {
    const hierarchies = this.#network?.snapshot.engine.builtHierarchies() ?? [];
    if (this.#failure !== null) return { state: 'failed', reason: this.#failure, hierarchies };
    if (this.#network === null) return { state: 'not_loaded', reason: null, hierarchies };
    return { state: this.#network.snapshot.roads === 0 ? 'empty' : 'ready', reason: null, hierarchies };
  }

  /** Runs a heavy question on an engine thread, off the request thread; 503 with Retry-After when all are busy. */
  run<K extends EngineJob['kind']>(
    state: RoutingState,
    job: Extract<EngineJob, { kind: K }>,
  ): Promise<EngineAnswer[K]> {
    return this.#pool.run(state, job);
  }

  /** Stops the engine threads and the hierarchy build. */
  close(): Promise<void> {
    this.#network?.snapshot.engine.stopHierarchies();
    return this.#pool.close();
  }

  #refresh(): Promise<void> {
    if (this.#inflight !== null) return this.#inflight;
    if (this.#network !== null && this.#now() - this.#checkedAt < this.#interval) return Promise.resolve();
    this.#inflight = this.#check()
      .then(
        () => {
          this.#failure = null;
        },
        (err: unknown) => {
          this.#failure = err instanceof Error ? err.message : String(err);
          throw err;
        },
      )
      .finally(() => {
        this.#inflight = null;
      });
    return this.#inflight;
  }

  async #check(): Promise<void> {
    const signature = await readSignature(this.#database.db);
    if (this.#network?.signature !== signature.roads) {
      const snapshot = await buildSnapshot(this.#database, signature.roads);
      this.#network?.snapshot.engine.stopHierarchies();
      this.#network = { signature: signature.roads, snapshot };
      // Closest facility answers at once with the plain search and switches to the hierarchies once built.
      void snapshot.engine.buildInSlices({ now: () => performance.now(), later: (run) => setImmediate(run) });
    }
    if (this.#areas?.signature !== signature.areas) {
      this.#areas = await loadAreas(this.#database, signature.areas);
    }
    this.#checkedAt = this.#now();
  }
}

export function createNetworkService(
  database: Database,
  options: NetworkServiceOptions = {},
): NetworkService {
  return new NetworkService(database, options);
}
