import type { Catalogue } from '@siaga/i18n';
import { fill } from '@siaga/i18n';
import type { ApiError } from './api_error.ts';

/** A refused call in the user's language: known problems get their own sentence, others the code's label. */
export function describeApiError(t: Catalogue, error: ApiError): string {
  const p = error.problem;
  switch (p.kind) {
    case 'sign_in_needed':
      return t.auth.signInNeeded;
    case 'forbidden':
      return error.code === 'csrf_failed' ? t.enums.errorCode.csrf_failed : t.auth.forbidden;
    case 'conflict':
      return t.conflict.heading;
    case 'rate_limited':
      return p.retryAfterS === null
        ? t.auth.rateLimitedNoWait
        : fill(t.auth.rateLimited, { minutes: Math.max(1, Math.ceil(p.retryAfterS / 60)) });
    case 'unreachable':
      return t.status.unreachable;
    case 'invalid_response':
      return t.auth.invalidAnswer;
    case 'refused':
      return fill(t.auth.failed, {
        message: error.code === null ? error.message : t.enums.errorCode[error.code],
      });
    default:
      return p satisfies never;
  }
}
