import type { OpenAPIHonoOptions } from '@hono/zod-openapi';
import type { ApiEnv } from '../app_env.ts';
import { errorResponse } from './error_envelope.ts';
import { issuesToDetails } from './zod_issues.ts';

/** Names the request part a validator target reads, as clients see it. */
const sourceOf: Record<string, string> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'params',
  header: 'headers',
  cookie: 'cookies',
};

/**
 * Every route's request validation ends here: a failure answers 422 with one detail per issue. When every issue
 * sits inside a body's `geometry`, the code is `invalid_geometry` so clients can tell a bad shape from a bad attribute.
 */
export const validationHook: NonNullable<OpenAPIHonoOptions<ApiEnv>['defaultHook']> = (result, c) => {
  if (result.success) return;
  const { details, geometryOnly } = issuesToDetails(
    result.error.issues,
    sourceOf[result.target] ?? result.target,
  );
  return geometryOnly && result.target === 'json'
    ? errorResponse(c, 'invalid_geometry', 'The geometry is not valid', details)
    : errorResponse(c, 'validation_failed', 'The request is not valid', details);
};
