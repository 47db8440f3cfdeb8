import { ErrorEnvelope, type httpStatusOf } from '@siaga/schema';
import type { z } from 'zod';

/** `content` for a JSON request body or response. */
export function json<S extends z.ZodType>(schema: S) {
  return { 'application/json': { schema } } as const;
}

/** A required JSON request body: required, so a body with another media type is refused (415), never skipped. */
export function jsonBody<S extends z.ZodType>(schema: S, description: string) {
  return { required: true, description, content: json(schema) } as const;
}

const describe = {
  400: 'Malformed request (e.g. the body is not valid JSON)',
  401: 'Not signed in, or the session or token is expired, revoked or unknown (`unauthorized`)',
  403: 'Your role may not do this (`forbidden`), or the CSRF token of a cookie session is missing or wrong',
  404: 'No such resource',
  405: 'Method not allowed on this path',
  409: 'Conflicts with existing data (e.g. a duplicate id)',
  413: 'Request body too large',
  412: 'If-Match names another version than the current one; details and the ETag header carry the current',
  415: 'The body is not application/json',
  422: 'The input failed validation (`validation_failed`) or has an invalid geometry (`invalid_geometry`)',
  429: 'Too many attempts (`rate_limited`); Retry-After says how many seconds to wait',
  500: 'Unexpected server error',
  503: 'The database is not reachable',
} as const satisfies Partial<Record<(typeof httpStatusOf)[keyof typeof httpStatusOf], string>>;

type DocumentedStatus = keyof typeof describe;

const errorResponse = (status: DocumentedStatus) => ({
  description: describe[status],
  content: json(ErrorEnvelope),
});

/** Error responses for a route, all with the one error envelope. */
export function errors<const S extends DocumentedStatus>(...statuses: S[]) {
  const responses = {} as Record<S, ReturnType<typeof errorResponse>>;
  for (const s of statuses) responses[s] = errorResponse(s);
  return responses;
}

/** Errors any read of a collection can answer. */
export const readErrors = errors(400, 422, 500);
/** Errors a read, change or removal of one resource can answer. */
export const memberErrors = errors(400, 404, 422, 500);
/** Errors a PATCH or DELETE with If-Match can answer. */
export const versionErrors = errors(412);
/** Errors any write with a JSON body can answer. */
export const writeErrors = errors(400, 404, 409, 413, 415, 422, 500);
