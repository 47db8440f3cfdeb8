import type { OpenAPIHonoOptions } from '@hono/zod-openapi';
import type { ApiEnv } from '../app_env.ts';
import type { NetworkService } from '../network/network_service.ts';
import { requireGeometriesInStudyArea } from '../network/require_in_study_area.ts';
import { errorResponse } from './error_envelope.ts';
import { geometriesIn } from './geometries_in.ts';
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
 * Every geometry of a valid body must lie in the study area (the kabupaten + 2 km): a post in Java or a hazard zone
 * spanning the island answers 422 `out_of_study_area`. Nothing is checked while no kabupaten and no road is loaded.
 */
async function requireBodyInStudyArea(network: NetworkService, body: unknown): Promise<void> {
  const geometries = geometriesIn(body, 'body');
  if (geometries.length === 0) return;
  const area = await network.studyArea();
  if (area !== null) requireGeometriesInStudyArea(area, geometries);
}

/**
 * Every route's request validation ends here: a failure answers 422 with one detail per issue. When every issue
 * sits inside a body's `geometry`, the code is `invalid_geometry` so clients can tell a bad shape from a bad attribute.
 */
export const validationHook: NonNullable<OpenAPIHonoOptions<ApiEnv>['defaultHook']> = async (result, c) => {
  if (result.success) {
    if (result.target === 'json') await requireBodyInStudyArea(c.var.network, result.data);
    return;
  }
  const { details, geometryOnly } = issuesToDetails(
    result.error.issues,
    sourceOf[result.target] ?? result.target,
  );
  return geometryOnly && result.target === 'json'
    ? errorResponse(c, 'invalid_geometry', 'The geometry is not valid', details)
    : errorResponse(c, 'validation_failed', 'The request is not valid', details);
};
