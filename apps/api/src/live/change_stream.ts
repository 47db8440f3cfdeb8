import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ChangeFeed } from './change_feed.ts';

/** Events waiting for a slow client before its stream is ended. */
const MAX_QUEUED = 1_000;

/**
 * The Server-Sent Events answer of `GET /api/events`: a `: connected` comment at once, then `event: change` with
 * each committed change as JSON, `event: resync` when the server missed changes (its database connection was
 * lost), and a `: ping` comment every `feed.pingMs`. It ends when the client leaves, when the server closes the
 * feed, or at a ping when `allowed` answers false (the session ended, the token was revoked).
 */
export function streamChanges(c: Context, feed: ChangeFeed, allowed?: () => Promise<boolean>): Response {
  const response = streamSSE(c, async (stream) => {
    let writes = stream.write(': connected\n\n').then(() => {});
    let end = () => {};
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    // One write after another, so events keep their order; a client that stops reading is let go (it
    // reconnects and reloads) rather than held in memory without bound.
    let queued = 0;
    const send = (write: () => Promise<unknown>) => {
      // Aborting cancels the pending writes too, and ends the stream through onAbort.
      if (queued >= MAX_QUEUED) return stream.abort();
      queued += 1;
      writes = writes.then(write).then(() => {
        queued -= 1;
      });
    };
    const leave = feed.subscribe({
      change: (change) => send(() => stream.writeSSE({ event: 'change', data: JSON.stringify(change) })),
      resync: () => send(() => stream.writeSSE({ event: 'resync', data: '{}' })),
      close: () => end(),
    });
    const ping = setInterval(() => {
      send(() => stream.write(': ping\n\n'));
      allowed?.().then(
        (yes) => yes || end(),
        () => {},
      );
    }, feed.pingMs);
    stream.onAbort(() => end());
    try {
      await ended;
    } finally {
      clearInterval(ping);
      leave();
      await writes;
    }
  });
  // The connection carries nothing after the stream, and a kept-alive one would hold up the server's shutdown.
  response.headers.set('connection', 'close');
  return response;
}
