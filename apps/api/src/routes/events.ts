import { isDatabaseUnavailable } from '@siaga/db';
import { LiveChange, SiagaError } from '@siaga/schema';
import type { Context } from 'hono';
import type { ApiApp, ApiEnv } from '../app_env.ts';
import { authOf } from '../http/authenticate.ts';
import { type ChangeFeed, PING_MS } from '../live/change_feed.ts';
import { streamChanges } from '../live/change_stream.ts';
import { errors } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getEvents = defineRoute('read', {
  method: 'get',
  path: '/api/events',
  tags: ['Live'],
  summary: 'Server-Sent Events: every committed change, from every API process on the same database',
  description:
    'A `text/event-stream` that stays open: `event: change` with a `LiveChange` as JSON for each committed ' +
    'audited write (one event with `entityId` null and `count` for a write of many rows), `event: resync` when ' +
    'this server lost its database connection and may have missed changes (reload what you show), and a ' +
    `\`: ping\` comment every ${PING_MS / 1000} s. Changes travel through PostgreSQL NOTIFY, so a client of ` +
    'any process sees the writes made through every other. Send `Accept: text/event-stream` (browsers’ ' +
    '`EventSource` does); other requests get 400. A signed-in client’s stream ends at the first ping after its ' +
    'session ends or its token is revoked.',
  responses: {
    200: {
      description: 'The event stream; each `data` line of `event: change` is a LiveChange',
      content: { 'text/event-stream': { schema: LiveChange } },
    },
    ...errors(400, 500, 503),
  },
});

export function registerEvents(app: ApiApp, feed: ChangeFeed): void {
  registerRoute(app, getEvents, async (c) => {
    if (!c.req.header('accept')?.includes('text/event-stream')) {
      throw new SiagaError(
        'bad_request',
        'GET /api/events is an event stream: send Accept: text/event-stream',
      );
    }
    // Listening before the answer starts: a client that has the headers hears every change committed after.
    await feed.ready();
    // @hono/zod-openapi types answers by their declared media types; an event stream is none it knows.
    const signedIn = c.var.auth.user !== null;
    return streamChanges(c, feed, signedIn ? () => stillSignedIn(c) : undefined) as never;
  });
}

/** Whether the request's credentials still name a user; a database that does not answer is no reason to end. */
async function stillSignedIn(c: Context<ApiEnv>): Promise<boolean> {
  try {
    return (await authOf(c)).user !== null;
  } catch (err) {
    const busy = err instanceof SiagaError && err.code === 'unavailable';
    return busy || isDatabaseUnavailable(err);
  }
}
