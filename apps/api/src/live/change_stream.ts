import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ChangeFeed } from './change_feed.ts';

/** How often an idle stream sends a comment, so proxies and browsers keep the connection open. */
export const PING_MS = 15_000;

/**
 * The Server-Sent Events answer of `GET /api/events`: a `: connected` comment at once, then `event: change` with
 * each committed change as JSON, `event: resync` when the server missed changes (its database connection was
 * lost), and a `: ping` comment every `pingMs`. It ends when the client leaves or the server closes the feed.
 */
export function streamChanges(c: Context, feed: ChangeFeed, pingMs = PING_MS): Response {
  const response = streamSSE(c, async (stream) => {
    let writes = stream.write(': connected\n\n').then(() => {});
    // One write after another, so events keep their order.
    const send = (write: () => Promise<unknown>) => {
      writes = writes.then(write).then(() => {});
    };
    let end = () => {};
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    const leave = feed.subscribe({
      change: (change) => send(() => stream.writeSSE({ event: 'change', data: JSON.stringify(change) })),
      resync: () => send(() => stream.writeSSE({ event: 'resync', data: '{}' })),
      close: () => end(),
    });
    const ping = setInterval(() => send(() => stream.write(': ping\n\n')), pingMs);
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
