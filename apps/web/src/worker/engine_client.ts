import type { EngineRequest, EngineResponse, ErrorResponse, RequestType, ResponseOf } from './protocol.ts';

/** The part of a Worker the client uses; tests connect it straight to an EngineHost. */
export interface EnginePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate?(): void;
}

/** A request without its id (the client numbers them); distributes over the union so each keeps its fields. */
export type RequestBody = EngineRequest extends infer R
  ? R extends EngineRequest
    ? Omit<R, 'id'>
    : never
  : never;

/** The Worker answered with an error message. */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorResponse['code'],
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/** A newer request on the same lane replaced this one before it was sent. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'SupersededError';
  }
}

/** The Worker was replaced (a cancelled exact search) before it answered. */
export class CancelledError extends Error {
  constructor() {
    super('the engine worker was restarted');
    this.name = 'CancelledError';
  }
}

/** Steps the Worker sends before an answer (siting and pre-positioning progress). */
export type PartialResponse = Extract<
  EngineResponse,
  { type: 'siting_progress' | 'prepositioning_progress' }
>;

/** The steps a question of this type hears: siting progress for siting, the fast plan for pre-positioning. */
export type PartialOf<T extends RequestType> = Extract<PartialResponse, { type: `${T}_progress` }>;

interface Pending {
  type: RequestType;
  partial?: (response: PartialResponse) => void;
  resolve(response: EngineResponse): void;
  reject(error: Error): void;
}

interface Queued {
  body: RequestBody;
  resolve(response: EngineResponse): void;
  reject(error: Error): void;
}

interface Lane {
  busy: boolean;
  queued: Queued | null;
}

/**
 * Typed promises over the Worker's messages. `latest(lane, …)` keeps at most one request per lane in the
 * Worker and one waiting: a newer request replaces the waiting one (which rejects with SupersededError),
 * so dragging a candidate asks only for the positions the Worker has time to answer, and every answer that
 * arrives is newer than the one before it.
 */
export class EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly lanes = new Map<string, Lane>();
  private broken: string | null = null;
  private port: EnginePort;

  /** `reopen` starts a fresh Worker for `restart`; without it the client cannot restart. */
  constructor(
    port: EnginePort,
    private readonly reopen?: () => EnginePort,
  ) {
    this.port = this.attach(port);
  }

  /** True when `restart` can replace the Worker. */
  get restartable(): boolean {
    return this.reopen !== undefined;
  }

  /**
   * Replaces the Worker with a fresh one: the only way to stop a synchronous HiGHS search inside it. Every
   * waiting and pending request rejects with CancelledError; the caller loads the network and context again.
   */
  restart(): void {
    if (this.reopen === undefined) throw new Error('this engine client cannot restart its Worker');
    const old = this.port;
    this.port = this.attach(this.reopen());
    old.terminate?.();
    this.broken = null;
    for (const lane of this.lanes.values()) {
      lane.queued?.reject(new CancelledError());
      lane.queued = null;
    }
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(new CancelledError());
    }
  }

  /** One question; `onPartial` hears the steps the Worker sends before the answer (siting progress). */
  request<B extends RequestBody>(
    body: B,
    onPartial?: (response: PartialOf<B['type']>) => void,
  ): Promise<ResponseOf<B['type']>> {
    type T = B['type'];
    if (this.broken !== null) return Promise.reject(new EngineError('internal', this.broken));
    const id = this.nextId++;
    return new Promise<ResponseOf<T>>((resolve, reject) => {
      this.pending.set(id, {
        type: body.type,
        ...(onPartial === undefined ? {} : { partial: onPartial as (response: PartialResponse) => void }),
        resolve: (r) => resolve(r as ResponseOf<T>),
        reject,
      });
      this.port.postMessage({ ...body, id });
    });
  }

  latest<B extends RequestBody>(lane: string, body: B): Promise<ResponseOf<B['type']>> {
    type T = B['type'];
    let state = this.lanes.get(lane);
    if (state === undefined) {
      state = { busy: false, queued: null };
      this.lanes.set(lane, state);
    }
    const l = state;
    if (!l.busy) return this.run(l, body);
    return new Promise<ResponseOf<T>>((resolve, reject) => {
      l.queued?.reject(new SupersededError());
      l.queued = { body, resolve: (r) => resolve(r as ResponseOf<T>), reject };
    });
  }

  terminate(): void {
    this.fail('the engine worker was stopped');
    this.port.terminate?.();
  }

  /** Listens to a port; messages from a port since replaced are dropped. */
  private attach(port: EnginePort): EnginePort {
    port.addEventListener('message', (event) => {
      if (this.port === port) this.receive(event.data as EngineResponse);
    });
    port.addEventListener('error', (event) => {
      if (this.port === port) this.fail(event.message || 'the engine worker stopped');
    });
    return port;
  }

  private run<B extends RequestBody>(lane: Lane, body: B): Promise<ResponseOf<B['type']>> {
    lane.busy = true;
    const done = () => {
      lane.busy = false;
      const next = lane.queued;
      lane.queued = null;
      if (next) this.run(lane, next.body).then(next.resolve, next.reject);
    };
    const p = this.request(body);
    p.then(done, done);
    return p;
  }

  private receive(response: EngineResponse): void {
    if (response.id === null) {
      // An error the Worker could not tie to a request: every caller must hear of it.
      for (const [id, p] of this.pending) {
        this.pending.delete(id);
        p.reject(
          new EngineError(response.type === 'error' ? response.code : 'internal', messageOf(response)),
        );
      }
      return;
    }
    const p = this.pending.get(response.id);
    if (p === undefined) return;
    if (response.type === 'siting_progress' || response.type === 'prepositioning_progress') {
      p.partial?.(response);
      return;
    }
    this.pending.delete(response.id);
    if (response.type === 'error') p.reject(new EngineError(response.code, response.message));
    else if (response.type !== p.type) {
      p.reject(new EngineError('internal', `expected a ${p.type} answer, got ${response.type}`));
    } else p.resolve(response);
  }

  private fail(message: string): void {
    this.broken = message;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(new EngineError('internal', message));
    }
    for (const lane of this.lanes.values()) {
      lane.queued?.reject(new EngineError('internal', message));
      lane.queued = null;
    }
  }
}

function messageOf(r: EngineResponse): string {
  return r.type === 'error' ? r.message : `unexpected ${r.type} answer`;
}
