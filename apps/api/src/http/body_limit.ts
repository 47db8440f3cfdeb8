import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from './error_envelope.ts';

/** Large enough for a FeatureCollection of a few thousand hazard polygons; anything bigger is an import job. */
export const maxBodyBytes = 10 * 1024 * 1024;

export const limitBody: MiddlewareHandler = bodyLimit({
  maxSize: maxBodyBytes,
  onError: (c) =>
    errorResponse(c, 'payload_too_large', `The request body is larger than ${maxBodyBytes / 1024 / 1024} MB`),
});
