import { z } from 'zod';

/** The closed set of error codes; each maps to one HTTP status, here and nowhere else. */
export const ErrorCode = z.enum([
  'bad_request',
  'validation_failed',
  'invalid_geometry',
  'out_of_study_area',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'uri_too_long',
  'headers_too_large',
  'unauthorized',
  'forbidden',
  'csrf_failed',
  'precondition_failed',
  'rate_limited',
  'internal',
  'unavailable',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const httpStatusOf = {
  bad_request: 400,
  validation_failed: 422,
  invalid_geometry: 422,
  out_of_study_area: 422,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  uri_too_long: 414,
  headers_too_large: 431,
  unauthorized: 401,
  forbidden: 403,
  csrf_failed: 403,
  precondition_failed: 412,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<ErrorCode, number>;

export const ErrorIssue = z.object({
  path: z.string().meta({ description: 'Where in the input, e.g. body.features.3.geometry' }),
  message: z.string(),
});
export type ErrorIssue = z.infer<typeof ErrorIssue>;

/** The one error envelope every failing API call answers with. */
export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      details: z.array(ErrorIssue).default([]),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/**
 * The error every layer throws for an expected failure; the API turns it into the envelope, with the status
 * from `httpStatusOf`. Anything else thrown is an `internal` error.
 */
export class SiagaError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorIssue[];
  constructor(code: ErrorCode, message: string, details: ErrorIssue[] = []) {
    super(message);
    this.name = 'SiagaError';
    this.code = code;
    this.details = details;
  }
}

/**
 * A write made against a version that is no longer current (If-Match). The details carry the current version
 * (path `version`), and `currentVersion` gives it to the API for the ETag header.
 */
export class VersionConflict extends SiagaError {
  readonly currentVersion: number;
  constructor(currentVersion: number) {
    super('precondition_failed', `the record has changed: its current version is ${currentVersion}`, [
      { path: 'version', message: String(currentVersion) },
    ]);
    this.currentVersion = currentVersion;
  }
}
