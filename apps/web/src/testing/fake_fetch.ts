import type { FetchFn } from '../api/fetch_dataset.ts';

export interface SeenRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

export type Reply = { status?: number; body?: unknown; headers?: Record<string, string> };

/**
 * A fetch that answers from a handler and records every request (headers lower-cased, JSON bodies parsed),
 * so tests see exactly what the web app sent without a server.
 */
export function fakeFetch(handle: (req: SeenRequest) => Reply) {
  const seen: SeenRequest[] = [];
  const fetchFn: FetchFn = async (url, init) => {
    const headers = Object.fromEntries(
      Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const raw = init?.body;
    const req: SeenRequest = {
      url,
      method: init?.method ?? 'GET',
      headers,
      body: typeof raw === 'string' ? JSON.parse(raw) : undefined,
    };
    seen.push(req);
    const reply = handle(req);
    const status = reply.status ?? 200;
    const body = reply.body === undefined || status === 204 ? null : JSON.stringify(reply.body);
    return new Response(body, {
      status,
      headers: { 'content-type': 'application/json', ...reply.headers },
    });
  };
  return { fetchFn, seen };
}

export const envelope = (code: string, message: string, details: unknown[] = []) => ({
  error: { code, message, details },
});
