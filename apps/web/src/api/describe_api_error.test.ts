import { catalogues } from '@siaga/i18n';
import { describe, expect, it } from 'vitest';
import { ApiError, type ApiProblem } from './api_error.ts';
import { describeApiError } from './describe_api_error.ts';

const error = (problem: ApiProblem, code: ApiError['code'] = null) =>
  new ApiError(problem, 400, code, 'the server said this in English');

describe('describeApiError', () => {
  it('gives the rate-limit wait in whole minutes, rounded up, in each language', () => {
    const e = error({ kind: 'rate_limited', retryAfterS: 61 }, 'rate_limited');
    expect(describeApiError(catalogues.id, e)).toBe(
      'Terlalu banyak percobaan masuk. Coba lagi dalam 2 menit.',
    );
    expect(describeApiError(catalogues.en, e)).toBe('Too many sign-in attempts. Try again in 2 min.');
    expect(describeApiError(catalogues.id, error({ kind: 'rate_limited', retryAfterS: null }))).toBe(
      catalogues.id.auth.rateLimitedNoWait,
    );
  });

  it("uses the code's label in the user's language rather than the server's English message", () => {
    const e = error({ kind: 'refused' }, 'validation_failed');
    expect(describeApiError(catalogues.id, e)).toContain(catalogues.id.enums.errorCode.validation_failed);
    expect(describeApiError(catalogues.id, e)).not.toContain('English');
    expect(describeApiError(catalogues.id, error({ kind: 'refused' }))).toContain('English');
  });

  it('tells a role refusal from a refused CSRF token', () => {
    expect(describeApiError(catalogues.id, error({ kind: 'forbidden' }, 'forbidden'))).toBe(
      catalogues.id.auth.forbidden,
    );
    expect(describeApiError(catalogues.id, error({ kind: 'forbidden' }, 'csrf_failed'))).toBe(
      catalogues.id.enums.errorCode.csrf_failed,
    );
  });
});
