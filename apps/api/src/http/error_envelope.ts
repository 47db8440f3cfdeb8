import { type ErrorCode, type ErrorEnvelope, type ErrorIssue, httpStatusOf } from '@siaga/schema';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one place an error envelope becomes an HTTP response; its status always comes from `httpStatusOf`. */
export function errorResponse(
  c: Context,
  code: ErrorCode,
  message: string,
  details: ErrorIssue[] = [],
): Response {
  const body: ErrorEnvelope = { error: { code, message, details } };
  return c.json(body, httpStatusOf[code] satisfies ContentfulStatusCode);
}
