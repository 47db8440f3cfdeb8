import type { Catalogue } from '@siaga/i18n';
import { fill } from '@siaga/i18n';
import type { LoadError } from './load_error.ts';

/** The sentence and optional detail line shown in the panel for a failed load, in the user's language. */
export function describeLoadError(
  t: Catalogue,
  error: LoadError,
  layer: string,
): { message: string; detail: string | null } {
  switch (error.type) {
    case 'api':
      // Signing in is the answer, and the sign-in form is already open; the server's own words would only repeat it.
      if (error.code === 'unauthorized') return { message: t.status.signInToSee, detail: null };
      return {
        message: fill(t.status.apiError, { message: error.message }),
        detail: fill(t.status.apiErrorCode, { code: error.code, label: t.enums.errorCode[error.code] }),
      };
    case 'http':
      return { message: fill(t.status.apiError, { message: `HTTP ${error.status}` }), detail: null };
    case 'unreachable':
      return { message: t.status.unreachable, detail: null };
    case 'invalid':
      return { message: fill(t.status.invalidResponse, { layer }), detail: error.message };
    default:
      return error satisfies never;
  }
}
