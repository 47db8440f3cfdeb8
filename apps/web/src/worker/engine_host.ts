import {
  buildCoverageModel,
  type CoverageModel,
  type CoveragePost,
  type CoverageReport,
  cachesWithAvailable,
  closedLinkMask,
  closestFacility,
  computeCoverage,
  createWorkspace,
  deserializeGraph,
  type Facility,
  isochrone,
  linkCount,
  type ModeCoverage,
  nodeCount,
  PROFILES,
  type RoadGraph,
  type SearchWorkspace,
} from '@siaga/geo';
import { desaPointsOf, ErrorEnvelope, type PostFeature, PostProperties, SiagaError } from '@siaga/schema';
import type { z } from 'zod';
import {
  type Candidate,
  type ClosestRequest,
  type CoverageRequest,
  type CoverageSummary,
  EngineRequest,
  type EngineResponse,
  type IsochronesRequest,
  type LoadNetworkRequest,
  type LonLat,
  type ModeSummary,
  type ProfileId,
  type RankedRoute,
  type SetContextRequest,
} from './protocol.ts';

export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

type Context = Omit<z.output<typeof SetContextRequest>, 'type' | 'id'>;

interface Network {
  graph: RoadGraph;
  version: string | null;
  bytes: number;
  workspace: SearchWorkspace;
}

/**
 * The routing engine behind the Worker boundary, as a plain class so tests drive it in Node: it owns the
 * graph, the context (areas, hazards, posts, caches) and the per-profile coverage models, and answers one
 * message at a time. Every failure becomes an `error` response carrying the request id.
 */
export class EngineHost {
  private network: Network | null = null;
  private context: Context | null = null;
  private readonly models = new Map<ProfileId, CoverageModel>();
  private baseline: { key: string; summary: CoverageSummary; ms: number } | null = null;

  constructor(
    private readonly fetchFn: FetchFn,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async handle(raw: unknown): Promise<EngineResponse> {
    const parsed = EngineRequest.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || 'request'}: ${issue.message}` : 'malformed request';
      return { type: 'error', id: idOf(raw), code: 'bad_request', message: where };
    }
    const req = parsed.data;
    const started = this.now();
    try {
      switch (req.type) {
        case 'load_network':
          return { ...(await this.loadNetwork(req)), ms: this.now() - started };
        case 'set_context':
          return { ...this.setContext(req), ms: this.now() - started };
        case 'closest':
          return { ...this.closest(req), ms: this.now() - started };
        case 'isochrones':
          return { ...this.isochrones(req), ms: this.now() - started };
        case 'coverage':
          return { ...this.coverage(req), ms: this.now() - started };
        default:
          return req satisfies never;
      }
    } catch (e) {
      const code = e instanceof SiagaError ? e.code : 'internal';
      return { type: 'error', id: req.id, code, message: e instanceof Error ? e.message : String(e) };
    }
  }

  private async loadNetwork(req: z.output<typeof LoadNetworkRequest>) {
    const headers: Record<string, string> = { accept: 'application/octet-stream' };
    const known = this.network?.version;
    if (known) headers['if-none-match'] = known;
    const res = await this.fetchFn(req.url, { headers });
    const answer = (changed: boolean, n: Network) => ({
      type: 'load_network' as const,
      id: req.id,
      version: n.version,
      nodes: nodeCount(n.graph),
      links: linkCount(n.graph),
      bytes: n.bytes,
      changed,
    });
    if (res.status === 304 && this.network) return answer(false, this.network);
    if (!res.ok) throw await httpError(res);
    const version = res.headers.get('etag');
    if (this.network && version !== null && version === this.network.version) {
      return answer(false, this.network);
    }
    const buffer = await res.arrayBuffer();
    const graph = deserializeGraph(buffer);
    this.network = { graph, version, bytes: buffer.byteLength, workspace: createWorkspace(graph) };
    this.invalidate();
    return answer(true, this.network);
  }

  private setContext(req: z.output<typeof SetContextRequest>) {
    const { type: _type, id, ...context } = req;
    this.context = context;
    this.invalidate();
    return {
      type: 'set_context' as const,
      id,
      desa: context.adminAreas.filter((a) => a.properties.level === 'desa').length,
      posts: context.posts.length,
      caches: context.caches.length,
    };
  }

  private closest(req: z.output<typeof ClosestRequest>) {
    const { graph, workspace } = this.requireNetwork();
    const context = this.requireContext();
    const profile = PROFILES[req.profile];
    const closedLinks = closedLinkMask(graph, closuresOf(req.closures));
    const posts = context.posts.filter((p) => req.postStatuses.includes(p.properties.status));
    const postFacilities = posts.map(postFacility);
    const turnoutOf = new Map(context.posts.map((p) => [p.properties.id, p.properties.turnoutSeconds]));
    const caches =
      req.item === null
        ? context.caches
        : cachesWithAvailable(context.caches, req.item.itemType, req.item.minAvailable);
    // A cache at a post rolls with that post's crew; a standalone cache has no turnout on record.
    const cacheFacilities: Facility[] = caches.map((c) => ({
      id: c.properties.id,
      point: c.geometry.coordinates,
      turnoutSeconds: c.properties.postId === null ? 0 : (turnoutOf.get(c.properties.postId) ?? 0),
    }));
    const options = { k: req.k, closedLinks, workspace };
    const forPosts = closestFacility(graph, profile, req.incident, postFacilities, options);
    const forCaches = closestFacility(graph, profile, req.incident, cacheFacilities, options);
    let closed = 0;
    for (const v of closedLinks) closed += v;
    return {
      type: 'closest' as const,
      id: req.id,
      posts: ranked(forPosts.routes),
      caches: ranked(forCaches.routes),
      incidentOffNetworkM: forPosts.incidentSnap ? forPosts.incidentSnap.offNetworkM : null,
      notRouted: [...forPosts.notRouted, ...forCaches.notRouted],
      cachesConsidered: caches.length,
      closedLinks: closed,
    };
  }

  private isochrones(req: z.output<typeof IsochronesRequest>) {
    const model = this.model(req.profile);
    const context = this.requireContext();
    const candidate = req.candidates.find((c) => c.id === req.postId);
    const post = context.posts.find((p) => p.properties.id === req.postId);
    const from: CoveragePost | null = candidate
      ? candidatePost(candidate, req.includeTurnout)
      : post
        ? coveragePost(post, true)
        : null;
    if (from === null) throw new SiagaError('not_found', `no post or candidate with id ${req.postId}`);
    const result = isochrone(model, from, {
      breaksMin: req.breaksMin,
      includeTurnout: req.includeTurnout,
      closedLinks: closedLinkMask(model.graph, closuresOf(req.closures)),
    });
    return { type: 'isochrones' as const, id: req.id, postId: req.postId, result };
  }

  private coverage(req: z.output<typeof CoverageRequest>) {
    const model = this.model(req.profile);
    const context = this.requireContext();
    const posts = context.posts
      .filter((p) => req.postStatuses.includes(p.properties.status))
      .map((p) => coveragePost(p, req.countTurnout));
    const closedLinks = closedLinkMask(model.graph, closuresOf(req.closures));
    const options = { thresholdsMin: req.thresholdsMin, closedLinks };
    const key = JSON.stringify([
      req.profile,
      req.postStatuses,
      req.countTurnout,
      req.thresholdsMin,
      req.closures,
    ]);

    let baseline: CoverageSummary | null = null;
    let baselineMs = 0;
    if (req.candidates.length > 0) {
      // Dragging a candidate repeats the same baseline question many times a second: answer it once.
      if (this.baseline?.key !== key) {
        const t0 = this.now();
        const summary = summarize(computeCoverage(model, posts, { ...options, gaps: false }), posts.length);
        this.baseline = { key, summary, ms: this.now() - t0 };
      }
      baseline = this.baseline.summary;
      baselineMs = this.baseline.ms;
    }
    const all = [...posts, ...req.candidates.map((c) => candidatePost(c, req.countTurnout))];
    const scenario = summarize(computeCoverage(model, all, options), all.length);
    return { type: 'coverage' as const, id: req.id, scenario, baseline, baselineMs };
  }

  private model(profile: ProfileId): CoverageModel {
    const { graph } = this.requireNetwork();
    const context = this.requireContext();
    let model = this.models.get(profile);
    if (model === undefined) {
      model = buildCoverageModel(
        {
          graph,
          adminAreas: context.adminAreas,
          hazardZones: context.hazardZones,
          // The stored label points, so the planner measures desa where the server's coverage does.
          desaPoints: desaPointsOf(context.adminAreas),
        },
        { profile: PROFILES[profile] },
      );
      this.models.set(profile, model);
    }
    return model;
  }

  private invalidate(): void {
    this.models.clear();
    this.baseline = null;
  }

  private requireNetwork(): Network {
    if (this.network === null) throw new SiagaError('unavailable', 'the road network is not loaded yet');
    return this.network;
  }

  private requireContext(): Context {
    if (this.context === null) throw new SiagaError('unavailable', 'posts and areas are not loaded yet');
    return this.context;
  }
}

function idOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const id = (raw as { id: unknown }).id;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
}

async function httpError(res: Response): Promise<SiagaError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  const envelope = ErrorEnvelope.safeParse(body);
  if (envelope.success) return new SiagaError(envelope.data.error.code, envelope.data.error.message);
  return new SiagaError('unavailable', `road network: HTTP ${res.status}`);
}

function closuresOf(points: readonly LonLat[]) {
  return points.length === 0 ? [] : [{ type: 'MultiPoint' as const, coordinates: points }];
}

function postFacility(p: PostFeature): Facility {
  return { id: p.properties.id, point: p.geometry.coordinates, turnoutSeconds: p.properties.turnoutSeconds };
}

function coveragePost(p: PostFeature, countTurnout: boolean): CoveragePost {
  return {
    id: p.properties.id,
    position: p.geometry.coordinates,
    turnoutSeconds: countTurnout ? p.properties.turnoutSeconds : 0,
  };
}

/** A candidate has no crew on record yet: it gets the schema's default turnout, like a newly created post. */
const CANDIDATE_TURNOUT_S: number = PostProperties.shape.turnoutSeconds.parse(undefined);

function candidatePost(c: Candidate, countTurnout: boolean): CoveragePost {
  return { id: c.id, position: c.position, turnoutSeconds: countTurnout ? CANDIDATE_TURNOUT_S : 0 };
}

function ranked(routes: ReturnType<typeof closestFacility>['routes']): RankedRoute[] {
  return routes.map((r, i) => ({ ...r, rank: i + 1 }));
}

function modeSummary(m: ModeCoverage | null): ModeSummary {
  if (m === null) throw new SiagaError('internal', 'coverage mode missing from the report');
  return {
    unit: m.unit,
    levels: m.levels.map((l) => ({ ...l })),
    kecamatan: m.kecamatan,
  };
}

function summarize(r: CoverageReport, postCount: number): CoverageSummary {
  return {
    landAreaKm2: r.landAreaKm2,
    population: r.population,
    noRoadPopulation: r.noRoadPopulation,
    unanchoredPosts: r.unanchoredPosts,
    postCount,
    travelTime: modeSummary(r.travelTime),
    wmkRadius: modeSummary(r.wmkRadius),
    wmkNetwork: modeSummary(r.wmkNetwork),
  };
}
