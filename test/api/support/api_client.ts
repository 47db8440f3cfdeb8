import type { ApiApp } from '@siaga/api';
import { ErrorEnvelope } from '@siaga/schema';
import { expect } from 'vitest';
import { withVerbs } from '../../support/with_verbs.ts';

/**
 * Calls the app in process (no network) and reads the answer as JSON (or text). `credentials` go with every
 * request: an `authorization` Bearer header, or a session `cookie` and its `x-csrf-token`.
 */
export function client(app: ApiApp, credentials: Record<string, string> = {}) {
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const init: RequestInit = { method, headers: { ...credentials, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers = { 'content-type': 'application/json', ...credentials, ...headers };
    }
    const res = await app.request(path, init);
    const text = await res.text();
    // JSON and +json answers only: NDJSON (the backup) is lines of JSON, read as text.
    const isJson = /^application\/([\w.-]+\+)?json\b/.test(res.headers.get('content-type') ?? '');
    const json: unknown = isJson ? JSON.parse(text) : undefined;
    return { status: res.status, headers: res.headers, json, text };
  }
  return withVerbs(call);
}

export type Client = ReturnType<typeof client>;
export type Answer = Awaited<ReturnType<Client['call']>>;

/** Asserts the answer is the error envelope with this status and code, and returns the parsed envelope. */
export function expectError(answer: Answer, status: number, code: string): ErrorEnvelope {
  expect({ status: answer.status, body: answer.json }).toMatchObject({ status, body: { error: { code } } });
  const parsed = ErrorEnvelope.safeParse(answer.json);
  expect(parsed.success, `not an error envelope: ${answer.text}`).toBe(true);
  if (!parsed.success) throw parsed.error;
  expect(answer.headers.get('content-type')).toContain('application/json');
  return parsed.data;
}

/** The `properties.id` of a created Feature answer. */
export function idOf(answer: Answer): string {
  const id = (answer.json as { properties?: { id?: unknown } } | undefined)?.properties?.id;
  if (typeof id !== 'string') throw new Error(`no properties.id in ${answer.text}`);
  return id;
}
