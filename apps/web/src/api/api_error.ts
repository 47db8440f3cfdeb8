import { type ErrorCode, ErrorEnvelope, type ErrorIssue } from '@siaga/schema';

/** What went wrong with an API call, as the interface acts on it. */
export type ApiProblem =
  /** 401: nobody is signed in, or the session expired. */
  | { kind: 'sign_in_needed' }
  /** 403: the signed-in user's role may not do this (or the CSRF token was refused). */
  | { kind: 'forbidden' }
  /** 412: someone changed the record since it was read; `currentVersion` is the one to reapply against. */
  | { kind: 'conflict'; currentVersion: number | null }
  /** 429: too many attempts; try again after `retryAfterS` seconds. */
  | { kind: 'rate_limited'; retryAfterS: number | null }
  /** Any other refusal with the error envelope (validation, not found, server error…). */
  | { kind: 'refused' }
  /** No answer at all (server down, network cut). */
  | { kind: 'unreachable' }
  /** An answer that is not what the contract says. */
  | { kind: 'invalid_response' };

/** A failed API call: the problem to act on, plus the envelope's code and message when the server sent one. */
export class ApiError extends Error {
  constructor(
    readonly problem: ApiProblem,
    readonly status: number | null,
    readonly code: ErrorCode | null,
    message: string,
    readonly details: ErrorIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The record version an ETag names: `"3"`, `W/"3"` or a bare 3; null for anything else.
 * @example versionOfEtag('"12"') === 12
 */
export function versionOfEtag(etag: string | null): number | null {
  const m = etag?.trim().match(/^(?:W\/)?"?(\d{1,9})"?$/);
  return m?.[1] === undefined ? null : Number(m[1]);
}

function retryAfterSeconds(header: string | null): number | null {
  if (header === null || !/^\d{1,9}$/.test(header.trim())) return null;
  return Number(header.trim());
}

/** Turns a refused answer (status, headers, parsed body) into a typed ApiError. */
export function apiErrorOf(status: number, headers: Pick<Headers, 'get'>, body: unknown): ApiError {
  const envelope = ErrorEnvelope.safeParse(body);
  const code = envelope.success ? envelope.data.error.code : null;
  const message = envelope.success ? envelope.data.error.message : `HTTP ${status}`;
  const details = envelope.success ? envelope.data.error.details : [];
  const problem = problemOf(status, code, headers, details);
  return new ApiError(problem, status, code, message, details);
}

function problemOf(
  status: number,
  code: ErrorCode | null,
  headers: Pick<Headers, 'get'>,
  details: ErrorIssue[],
): ApiProblem {
  if (status === 401 || code === 'unauthorized') return { kind: 'sign_in_needed' };
  if (status === 412 || code === 'precondition_failed') {
    // The version is the issue at `version` (or `body.version`, as the validation paths are written).
    const fromDetails = details.find((d) => /(^|\.)version$/.test(d.path))?.message ?? null;
    return {
      kind: 'conflict',
      currentVersion: versionOfEtag(headers.get('etag')) ?? versionOfEtag(fromDetails),
    };
  }
  if (status === 429 || code === 'rate_limited') {
    return { kind: 'rate_limited', retryAfterS: retryAfterSeconds(headers.get('retry-after')) };
  }
  if (status === 403) return { kind: 'forbidden' };
  return { kind: 'refused' };
}
