/** One Server-Sent Event as read off the wire; a comment line (`: ping`) is an event with `comment` set. */
export interface SseEvent {
  event: string;
  data: string;
  comment?: string;
  /** `performance.now()` when it was read. */
  receivedAt: number;
}

export interface SseReader {
  /** The first event from now on (or already read and not yet taken) that matches, or an error after `ms`. */
  next(test: (e: SseEvent) => boolean, ms?: number): Promise<SseEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  /** Stops reading: the client leaves. */
  close(): Promise<void>;
}

function parseBlock(block: string): SseEvent {
  const parsed: SseEvent = { event: 'message', data: '', receivedAt: performance.now() };
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) parsed.comment = line.slice(1).trim();
    else if (line.startsWith('event:')) parsed.event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  parsed.data = data.join('\n');
  return parsed;
}

/**
 * Reads an event stream answer (`GET /api/events`) as a test client would, in process or over a socket.
 *
 * @example
 * const events = sseReader(await fetch(`${base}/api/events`, { headers: { accept: 'text/event-stream' } }));
 * const change = await events.next((e) => e.event === 'change');
 */
export function sseReader(res: Response): SseReader {
  if (!res.body) throw new Error('the answer has no body');
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const pending: SseEvent[] = [];
  let waiting: (() => void) | null = null;
  let buffer = '';
  let failed: unknown = null;
  const pump = async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        pending.push(parseBlock(buffer.slice(0, end)));
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
      }
      waiting?.();
    }
  };
  const ended = pump().catch((err: unknown) => {
    failed = err;
    waiting?.();
  });
  return {
    ended,
    async next(test, ms = 2_000) {
      const until = performance.now() + ms;
      for (;;) {
        const index = pending.findIndex(test);
        if (index >= 0) return pending.splice(index, 1)[0] as SseEvent;
        if (failed) throw failed;
        const left = until - performance.now();
        if (left <= 0) throw new Error(`no matching event within ${ms} ms; read: ${JSON.stringify(pending)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiting = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    },
    close: () => reader.cancel().catch(() => {}),
  };
}
