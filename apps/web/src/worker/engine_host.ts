import {
  type CoverageSummary,
  closestAnswer,
  coverageAnswer,
  deserializeGraph,
  EngineNetwork,
  isochroneAnswer,
  linkCount,
  type MovedPost,
  nodeCount,
  prepositioningAnswer,
  prepositioningCase,
  reportedValue,
  requireCoverable,
  scenarioPosts,
  selectPosts,
  sitingAnswer,
  sitingCase,
  solvePlan,
  solveSites,
  summarizeCoverage,
} from '@siaga/geo';
import { type CoverageRequest, ErrorEnvelope, SiagaError } from '@siaga/schema';
import type { Highs } from 'highs';
import type { z } from 'zod';
import {
  type ClosestRequest,
  type CoverageRequest as CoverageMessage,
  EngineRequest,
  type EngineResponse,
  type IsochronesRequest,
  type LoadNetworkRequest,
  type PrepositioningRequest,
  type SetContextRequest,
  type SitingRequest,
} from './protocol.ts';

export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

/** Steps of an answer sent before it (siting progress), and the solver, loaded on first need. */
export interface HostOptions {
  emit?: (response: EngineResponse) => void;
  loadSolver?: () => Promise<Highs>;
}

/** Progress messages at most this often, so the page redraws a few times a second, not per solver event. */
const PROGRESS_EVERY_MS = 150;

type Context = Omit<z.output<typeof SetContextRequest>, 'type' | 'id'>;

interface Network {
  engine: EngineNetwork;
  /** The ETag as the server sent it, null when it sent none. */
  etag: string | null;
  bytes: number;
}

/**
 * The routing engine behind the Worker boundary, as a plain class so tests drive it in Node: it owns the
 * graph and the context (areas, hazards, posts, caches), hands each question to the same @siaga/geo adapter the
 * API uses, and answers one message at a time. Every failure becomes an `error` response carrying the request id.
 */
export class EngineHost {
  private network: Network | null = null;
  private context: Context | null = null;
  private baseline: { key: string; summary: CoverageSummary; ms: number } | null = null;
  private solver: Promise<Highs> | null = null;

  constructor(
    private readonly fetchFn: FetchFn,
    private readonly now: () => number = () => performance.now(),
    private readonly options: HostOptions = {},
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
        case 'siting':
          return { ...(await this.siting(req, started)), ms: this.now() - started };
        case 'prepositioning':
          return { ...(await this.prepositioning(req, started)), ms: this.now() - started };
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
    const known = this.network?.etag;
    if (known) headers['if-none-match'] = known;
    const res = await this.fetchFn(req.url, { headers });
    const answer = (changed: boolean, n: Network) => ({
      type: 'load_network' as const,
      id: req.id,
      version: n.etag,
      nodes: nodeCount(n.engine.graph),
      links: linkCount(n.engine.graph),
      bytes: n.bytes,
      changed,
    });
    if (res.status === 304 && this.network) return answer(false, this.network);
    if (!res.ok) throw await httpError(res);
    const etag = res.headers.get('etag');
    if (this.network && etag !== null && etag === this.network.etag) {
      return answer(false, this.network);
    }
    const buffer = await res.arrayBuffer();
    const engine = new EngineNetwork(deserializeGraph(buffer), versionOf(etag));
    this.network?.engine.stopHierarchies();
    this.network = { engine, etag, bytes: buffer.byteLength };
    // Between messages: closest facility uses the plain search until the hierarchies are built.
    void engine.buildInSlices({ now: this.now, later: (run) => setTimeout(run, 0) });
    this.baseline = null;
    return answer(true, this.network);
  }

  private setContext(req: z.output<typeof SetContextRequest>) {
    const { type: _type, id, ...context } = req;
    this.context = context;
    this.baseline = null;
    return {
      type: 'set_context' as const,
      id,
      desa: context.adminAreas.filter((a) => a.properties.level === 'desa').length,
      posts: context.posts.length,
      caches: context.caches.length,
    };
  }

  private closest(req: z.output<typeof ClosestRequest>) {
    const { engine } = this.requireNetwork();
    const { request } = req;
    if (!('type' in request.incident)) {
      throw new SiagaError('validation_failed', 'the Worker routes from a point, not a stored incident');
    }
    const answer = closestAnswer(engine, this.requireContext(), request, request.incident);
    return { type: 'closest' as const, id: req.id, answer };
  }

  private isochrones(req: z.output<typeof IsochronesRequest>) {
    const { engine } = this.requireNetwork();
    const context = this.requireContext();
    const result = isochroneAnswer(engine, context, context.posts, req.request);
    return { type: 'isochrones' as const, id: req.id, postId: req.postId, result };
  }

  private coverage(req: z.output<typeof CoverageMessage>) {
    const { request, switchedOff, movedPosts } = req;
    let baseline: CoverageSummary | null = null;
    let baselineMs = 0;
    if (request.candidates.length > 0 || switchedOff.length > 0 || movedPosts.length > 0) {
      const question = { ...request, candidates: [], gaps: false };
      const key = JSON.stringify(question);
      // Dragging a candidate repeats the same baseline question many times a second: answer it once.
      if (this.baseline?.key !== key) {
        const t0 = this.now();
        const summary = this.summary(question);
        this.baseline = { key, summary, ms: this.now() - t0 };
      }
      baseline = this.baseline.summary;
      baselineMs = this.baseline.ms;
    }
    const scenario = this.summary(request, switchedOff, movedPosts);
    return { type: 'coverage' as const, id: req.id, scenario, baseline, baselineMs };
  }

  /** Fast answer first (emitted), then HiGHS with its progress emitted, then the exact answer returned. */
  private async siting(req: z.output<typeof SitingRequest>, started: number) {
    const { engine } = this.requireNetwork();
    const context = this.requireContext();
    const q = req.request;
    const c = sitingCase(engine, context, context.posts, selectPosts(context.posts, q), q);
    requireCoverable(c);
    const highs = await this.highsFor(q.exact);
    const emit = this.options.emit ?? (() => undefined);
    let last = -Infinity;
    const { fast, exact } = solveSites(c.problem, {
      highs,
      timeLimitS: q.timeLimitS,
      onFast: (f) =>
        emit({
          type: 'siting_progress',
          id: req.id,
          answer: sitingAnswer(c, f, null),
          value: null,
          bound: null,
          gap: null,
          ms: this.now() - started,
        }),
      onProgress: (p) => {
        const ms = this.now() - started;
        if (ms - last < PROGRESS_EVERY_MS) return;
        last = ms;
        const value = p.objective === null ? null : reportedValue(c, p.objective);
        const bound = p.bound === null ? null : reportedValue(c, p.bound);
        emit({ type: 'siting_progress', id: req.id, answer: null, value, bound, gap: p.gap, ms });
      },
    });
    return { type: 'siting' as const, id: req.id, answer: sitingAnswer(c, fast, exact) };
  }

  /** The fast plan first (emitted), then HiGHS's gap as it goes (emitted), then the exact plan returned. */
  private async prepositioning(req: z.output<typeof PrepositioningRequest>, started: number) {
    const { engine } = this.requireNetwork();
    const context = this.requireContext();
    const q = req.request;
    const c = prepositioningCase(engine, context, context.caches, context.posts, q);
    const highs = await this.highsFor(q.exact);
    const emit = this.options.emit ?? (() => undefined);
    let last = -Infinity;
    const { fast, exact } = solvePlan(c.problem, {
      highs,
      timeLimitS: q.timeLimitS,
      onFast: (f) =>
        emit({
          type: 'prepositioning_progress',
          id: req.id,
          answer: prepositioningAnswer(c, f, null),
          gap: null,
          ms: this.now() - started,
        }),
      onProgress: (p) => {
        const ms = this.now() - started;
        if (ms - last < PROGRESS_EVERY_MS) return;
        last = ms;
        emit({ type: 'prepositioning_progress', id: req.id, answer: null, gap: p.gap, ms });
      },
    });
    return { type: 'prepositioning' as const, id: req.id, answer: prepositioningAnswer(c, fast, exact) };
  }

  /** HiGHS when the question wants the exact answer and the host can load it, else null (the fast answer only). */
  private highsFor(exact: boolean): Promise<Highs | null> {
    const load = this.options.loadSolver;
    if (!exact || load === undefined) return Promise.resolve(null);
    return this.solver ?? this.startSolver(load);
  }

  private startSolver(load: () => Promise<Highs>): Promise<Highs> {
    this.solver = load();
    // A failed load is tried again by the next question.
    this.solver.catch(() => {
      this.solver = null;
    });
    return this.solver;
  }

  /** The coverage of the request's posts, less the switched-off ones and with the moved ones at their place. */
  private summary(
    request: CoverageRequest,
    switchedOff: readonly string[] = [],
    movedPosts: readonly MovedPost[] = [],
  ): CoverageSummary {
    const { engine } = this.requireNetwork();
    const context = this.requireContext();
    const posts = scenarioPosts(selectPosts(context.posts, request), switchedOff, movedPosts);
    return summarizeCoverage(coverageAnswer(engine, context, posts, request));
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

/** The bare version inside an ETag (`"v1"` or `W/"v1"`), as the API's answers report it. */
function versionOf(etag: string | null): string {
  return etag === null ? '' : etag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}
