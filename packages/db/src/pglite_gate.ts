import { SiagaError } from '@siaga/schema';

export interface GateOptions {
  /** Callers that may wait while one runs; one more is refused at once. */
  maxWaiting: number;
  /** How long a caller may wait for its turn before it is refused. */
  maxWaitMs: number;
}

export interface GateState {
  /** Milliseconds the running task has held the connection, or null when it is free. */
  runningForMs: number | null;
  waiting: number;
}

interface Waiter {
  start(): void;
  refuse(): void;
  timer: ReturnType<typeof setTimeout>;
}

const busy = () => new SiagaError('unavailable', 'The embedded database is busy; try again in a few seconds');

/**
 * One task at a time in front of the embedded database's single connection, with a bounded, time-limited queue.
 * PGlite already serialises its callers, but without a bound: under load every request waited behind every other
 * (p99 of seconds, health included). Here a caller past `maxWaiting`, or waiting longer than `maxWaitMs`, gets
 * 503 `unavailable` at once, and the queue never grows past what the connection can drain in that time.
 *
 * @example
 * const gate = new Gate({ maxWaiting: 64, maxWaitMs: 5_000 });
 * const rows = await gate.run(() => client.query('SELECT 1'));
 */
export class Gate {
  readonly #options: GateOptions;
  readonly #now: () => number;
  #runningSince: number | null = null;
  #waiting: Waiter[] = [];

  constructor(options: GateOptions, now: () => number = () => performance.now()) {
    this.#options = options;
    this.#now = now;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#runningSince === null) return this.#start(task);
    if (this.#waiting.length >= this.#options.maxWaiting) return Promise.reject(busy());
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          this.#start(task).then(resolve, reject);
        },
        refuse: () => reject(busy()),
        timer: setTimeout(() => {
          this.#waiting = this.#waiting.filter((w) => w !== waiter);
          waiter.refuse();
        }, this.#options.maxWaitMs),
      };
      this.#waiting.push(waiter);
    });
  }

  state(): GateState {
    return {
      runningForMs: this.#runningSince === null ? null : this.#now() - this.#runningSince,
      waiting: this.#waiting.length,
    };
  }

  async #start<T>(task: () => Promise<T>): Promise<T> {
    this.#runningSince = this.#now();
    try {
      return await task();
    } finally {
      this.#runningSince = null;
      this.#waiting.shift()?.start();
    }
  }
}
