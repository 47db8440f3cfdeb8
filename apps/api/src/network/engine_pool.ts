import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type AdminAreaFeature,
  type ErrorCode,
  type ErrorIssue,
  type HazardZoneFeature,
  SiagaError,
} from '@siaga/schema';
import type { AreaSnapshot } from './area_snapshot.ts';
import type { EngineAnswer, EngineJob } from './engine_job.ts';
import type { NetworkSnapshot } from './network_snapshot.ts';

/** What the pool sends an engine thread, in order: the graph and areas when they changed, then the job. */
export type ThreadMessage =
  | { type: 'network'; version: string; bytes: ArrayBuffer }
  | { type: 'areas'; adminAreas: AdminAreaFeature[]; hazardZones: HazardZoneFeature[] }
  | { type: 'job'; id: number; job: EngineJob };

export type ThreadReply =
  | { type: 'done'; id: number; answer: unknown }
  | { type: 'failed'; id: number; error: { code: ErrorCode; message: string; details: ErrorIssue[] } }
  | { type: 'crashed'; id: number; message: string };

/** Every engine thread is busy and the queue is full: 503 `unavailable`, with Retry-After. */
export class EngineBusyError extends SiagaError {
  constructor(
    waiting: number,
    readonly retryAfterS: number,
  ) {
    super(
      'unavailable',
      `The routing engine is busy (${waiting} questions waiting): try again in ${retryAfterS} s`,
    );
  }
}

export interface EnginePoolOptions {
  /** Engine threads; default one less than the CPUs, at least 1. */
  threads?: number;
  /** Jobs that may wait for a thread; one more is refused with EngineBusyError. Default 16. */
  maxQueue?: number;
  /** Seconds a refused client is told to wait. Default 5. */
  retryAfterS?: number;
}

interface Task {
  id: number;
  job: EngineJob;
  network: NetworkSnapshot;
  areas: AreaSnapshot;
  resolve(answer: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** What the thread holds: the snapshots last sent to it. */
  network: NetworkSnapshot | null;
  areas: AreaSnapshot | null;
  task: Task | null;
}

/**
 * Runs coverage, isochrones and matrices on worker threads so the request thread keeps answering reads, health
 * and closest while they compute. Threads start on first use; each keeps the graph and areas it was last sent and
 * gets new ones only when a job needs a newer snapshot. Jobs wait in a bounded queue, first come first served.
 *
 * @example
 * const pool = new EnginePool({ threads: 1, maxQueue: 16 });
 * const report = await pool.run(state, { kind: 'coverage', posts, request });
 */
export class EnginePool {
  readonly #threads: number;
  readonly #maxQueue: number;
  readonly #retryAfterS: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Task[] = [];
  #nextId = 1;

  constructor(options: EnginePoolOptions = {}) {
    this.#threads = Math.max(1, options.threads ?? availableParallelism() - 1);
    this.#maxQueue = options.maxQueue ?? 16;
    this.#retryAfterS = options.retryAfterS ?? 5;
  }

  run<K extends EngineJob['kind']>(
    state: { network: NetworkSnapshot; areas: AreaSnapshot },
    job: Extract<EngineJob, { kind: K }>,
  ): Promise<EngineAnswer[K]> {
    return new Promise<EngineAnswer[K]>((resolve, reject) => {
      const task: Task = {
        id: this.#nextId++,
        job,
        network: state.network,
        areas: state.areas,
        resolve: (answer) => resolve(answer as EngineAnswer[K]),
        reject,
      };
      const slot = this.#freeSlot();
      if (slot !== null) this.#start(slot, task);
      else if (this.#queue.length < this.#maxQueue) this.#queue.push(task);
      else reject(new EngineBusyError(this.#queue.length, this.#retryAfterS));
    });
  }

  /** Stops every thread; jobs still running or waiting are rejected. */
  async close(): Promise<void> {
    const slots = this.#slots.splice(0);
    for (const task of this.#queue.splice(0)) task.reject(new Error('the engine pool was closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  #freeSlot(): Slot | null {
    const idle = this.#slots.find((s) => s.task === null);
    if (idle !== undefined) return idle;
    return this.#slots.length < this.#threads ? this.#spawn() : null;
  }

  #spawn(): Slot {
    const worker = new Worker(new URL('./engine_thread.mjs', import.meta.url));
    // An idle thread never keeps the process alive; a request waiting on it does.
    worker.unref();
    const slot: Slot = { worker, network: null, areas: null, task: null };
    worker.on('message', (reply: ThreadReply) => this.#finish(slot, reply));
    worker.on('error', (e) => this.#lose(slot, e));
    worker.on('exit', (code) => this.#lose(slot, new Error(`engine thread exited with code ${code}`)));
    this.#slots.push(slot);
    return slot;
  }

  #start(slot: Slot, task: Task): void {
    slot.task = task;
    if (slot.network !== task.network) {
      const bytes = task.network.graphBytes();
      slot.worker.postMessage({
        type: 'network',
        version: task.network.version,
        bytes,
      } satisfies ThreadMessage);
      slot.network = task.network;
    }
    if (slot.areas !== task.areas) {
      const { adminAreas, hazardZones } = task.areas;
      slot.worker.postMessage({ type: 'areas', adminAreas, hazardZones } satisfies ThreadMessage);
      slot.areas = task.areas;
    }
    slot.worker.postMessage({ type: 'job', id: task.id, job: task.job } satisfies ThreadMessage);
  }

  #finish(slot: Slot, reply: ThreadReply): void {
    const task = slot.task;
    if (task === null || task.id !== reply.id) return;
    slot.task = null;
    switch (reply.type) {
      case 'done':
        task.resolve(reply.answer);
        break;
      case 'failed':
        task.reject(new SiagaError(reply.error.code, reply.error.message, reply.error.details));
        break;
      case 'crashed':
        task.reject(new Error(`engine thread: ${reply.message}`));
        break;
      default:
        reply satisfies never;
    }
    const next = this.#queue.shift();
    if (next !== undefined) this.#start(slot, next);
  }

  /** A thread died: its job fails, and the queue moves on with a new thread. */
  #lose(slot: Slot, error: Error): void {
    const at = this.#slots.indexOf(slot);
    if (at < 0) return;
    this.#slots.splice(at, 1);
    slot.task?.reject(error);
    slot.task = null;
    const next = this.#queue.shift();
    if (next !== undefined) this.#start(this.#spawn(), next);
  }
}
