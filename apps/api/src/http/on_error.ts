import { isDatabaseUnavailable } from '@siaga/db';
import { type ErrorCode, SiagaError, VersionConflict } from '@siaga/schema';
import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { errorResponse } from './error_envelope.ts';
import { etagOf } from './versions.ts';

/** Statuses hono's own middleware raises (malformed JSON, media type gate, …) and the code each stands for. */
const codeOfStatus: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  503: 'unavailable',
};

/** What a 503 tells clients to wait before trying again. */
const retryAfterSeconds = '5';

/**
 * Everything thrown inside a handler or middleware ends here. Expected failures keep their code and message; a
 * database that cannot be reached is 503 `unavailable` with Retry-After (not logged: /api/health tells); anything
 * else is logged in full and answered with a generic message so internals never reach the client.
 */
export function onError(log: (message: string) => void): ErrorHandler {
  return (err, c) => {
    // A 412 names the current version twice: in the details, and as the ETag a client can send back.
    if (err instanceof VersionConflict) c.header('ETag', etagOf(err.currentVersion));
    if (err instanceof SiagaError) {
      if (err.code === 'unavailable') c.header('Retry-After', retryAfterSeconds);
      return errorResponse(c, err.code, err.message, err.details);
    }
    if (isDatabaseUnavailable(err)) {
      c.var.database?.renewConnections();
      c.header('Retry-After', retryAfterSeconds);
      return errorResponse(c, 'unavailable', 'The database does not answer; try again in a few seconds');
    }
    if (err instanceof HTTPException) {
      const code = codeOfStatus[err.status];
      if (code !== undefined) return errorResponse(c, code, err.message || code.replaceAll('_', ' '));
    }
    log(
      `${c.req.method} ${c.req.path} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    return errorResponse(c, 'internal', 'Internal server error');
  };
}
