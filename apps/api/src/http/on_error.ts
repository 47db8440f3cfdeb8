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
  415: 'unsupported_media_type',
  503: 'unavailable',
};

/**
 * Everything thrown inside a handler or middleware ends here. Expected failures keep their code and message;
 * anything else is logged in full and answered with a generic message so internals never reach the client.
 */
export function onError(log: (message: string) => void): ErrorHandler {
  return (err, c) => {
    // A 412 names the current version twice: in the details, and as the ETag a client can send back.
    if (err instanceof VersionConflict) c.header('ETag', etagOf(err.currentVersion));
    if (err instanceof SiagaError) return errorResponse(c, err.code, err.message, err.details);
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
