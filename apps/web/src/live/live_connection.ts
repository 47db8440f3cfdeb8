import { LiveChange } from '@siaga/schema';
import type { LiveStatus } from '../store/live_slice.ts';

/** The part of the browser's EventSource the connection uses (tests pass a fake). */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export interface LiveConnectionOptions {
  url: string;
  open(url: string): EventSourceLike;
  onChange(change: LiveChange): void;
  /** Changes may have been missed (the stream was down, or the server's database connection was). */
  onResync(): void;
  onStatus(status: LiveStatus): void;
  /** Milliseconds to wait before the attempt-th reconnection (0-based). */
  backoffMs?(attempt: number): number;
}

/** 0.5 s, 1 s, 2 s, … up to 15 s, so a server back from a restart is found quickly without a storm of retries. */
export const defaultBackoffMs = (attempt: number) => Math.min(15_000, 500 * 2 ** attempt);

function parseChange(data: string): LiveChange | null {
  try {
    const parsed = LiveChange.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Holds the event stream of `/api/events` open: `event: change` goes to `onChange`; when the stream breaks it
 * is closed and opened again after a growing wait (EventSource's own retry gives up on an answer that is not
 * 200, and never backs off), and once it is back `onResync` says what was missed must be reloaded.
 * Answers the function that disconnects.
 */
export function connectLive(options: LiveConnectionOptions): () => void {
  const backoffMs = options.backoffMs ?? defaultBackoffMs;
  let source: EventSourceLike | null = null;
  let attempt = 0;
  let lost = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const connect = () => {
    const current = options.open(options.url);
    source = current;
    current.addEventListener('open', () => {
      if (current !== source) return;
      attempt = 0;
      options.onStatus('live');
      if (lost) options.onResync();
      lost = false;
    });
    current.addEventListener('change', (event) => {
      const change = current === source ? parseChange(event.data) : null;
      if (change) options.onChange(change);
    });
    current.addEventListener('resync', () => {
      if (current === source) options.onResync();
    });
    current.addEventListener('error', () => {
      if (current !== source || stopped) return;
      current.close();
      source = null;
      lost = true;
      options.onStatus('reconnecting');
      retry = setTimeout(connect, backoffMs(attempt));
      attempt += 1;
    });
  };

  options.onStatus('connecting');
  connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    source?.close();
    source = null;
  };
}
