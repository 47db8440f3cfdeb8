import { MeAnswer, SignInAnswer } from '@siaga/schema';
import type { z } from 'zod';
import { ApiError, apiErrorOf, versionOfEtag } from './api_error.ts';
import type { FetchFn } from './fetch_dataset.ts';

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface WriteOptions {
  body?: unknown;
  /** The version the edit was made against (sent as If-Match), or '*' for any. */
  ifMatch?: number | '*';
  /** A file sent as the raw body (an import) instead of a JSON body. */
  file?: Blob;
}

/** A read answer with the record version its ETag carried (null for lists). */
export interface Versioned<T> {
  value: T;
  version: number | null;
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text().catch(() => '');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parsed<S extends z.ZodType>(schema: S, body: unknown, status: number): z.output<S> {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const where = first ? `${first.path.join('.')}: ${first.message}` : r.error.message;
  throw new ApiError({ kind: 'invalid_response' }, status, null, where);
}

/**
 * The web app's one way to the API. Reads validate the answer with the shared schema; every write sends the
 * session's CSRF token (asked from GET /api/auth/me when not known yet) and, for edits, If-Match with the
 * version it was made against; refusals become a typed ApiError from the error envelope.
 */
export class ApiClient {
  private csrfToken: string | null = null;

  constructor(private readonly fetchFn: FetchFn) {}

  /** Who is signed in (null when nobody), whether anonymous reading is on, and the CSRF token for writes. */
  async me(): Promise<MeAnswer> {
    const { value } = await this.read('/api/auth/me', MeAnswer);
    this.csrfToken = value.csrfToken;
    return value;
  }

  async signIn(name: string, password: string): Promise<SignInAnswer> {
    const res = await this.send('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    const answer = parsed(SignInAnswer, await this.expectOk(res), res.status);
    this.csrfToken = answer.csrfToken;
    return answer;
  }

  async signOut(): Promise<void> {
    await this.write('POST', '/api/auth/sign-out');
    this.csrfToken = null;
  }

  /** GET of JSON, validated; the ETag's version comes along for a later edit. */
  async read<S extends z.ZodType>(
    path: string,
    schema: S,
    signal?: AbortSignal,
  ): Promise<Versioned<z.output<S>>> {
    const res = await this.send(path, { headers: { accept: 'application/json' }, signal });
    const body = await this.expectOk(res);
    return { value: parsed(schema, body, res.status), version: versionOfEtag(res.headers.get('etag')) };
  }

  /**
   * A write. A CSRF refusal is retried once with a fresh token (the session may have been renewed in
   * another tab); a 412 comes back as an ApiError whose problem carries the current version.
   */
  async write<S extends z.ZodType>(
    method: WriteMethod,
    path: string,
    options: WriteOptions = {},
    schema?: S,
  ): Promise<Versioned<z.output<S> | undefined>> {
    const attempt = async () => {
      if (this.csrfToken === null) await this.me();
      const headers: Record<string, string> = { accept: 'application/json' };
      if (this.csrfToken !== null) headers['x-csrf-token'] = this.csrfToken;
      if (options.ifMatch !== undefined) {
        headers['if-match'] = options.ifMatch === '*' ? '*' : `"${options.ifMatch}"`;
      }
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      if (options.file !== undefined) headers['content-type'] = 'application/octet-stream';
      const body = options.file ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      return this.send(path, { method, headers, body });
    };
    let res = await attempt();
    if (res.status === 403) {
      const refusal = await readJson(res.clone());
      const error = apiErrorOf(res.status, res.headers, refusal);
      if (error.code !== 'csrf_failed') throw error;
      this.csrfToken = null;
      res = await attempt();
    }
    const body = await this.expectOk(res);
    const version = versionOfEtag(res.headers.get('etag'));
    return { value: schema === undefined ? undefined : parsed(schema, body, res.status), version };
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    try {
      return await this.fetchFn(path, { credentials: 'same-origin', ...init });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError({ kind: 'unreachable' }, null, null, e instanceof Error ? e.message : String(e));
    }
  }

  private async expectOk(res: Response): Promise<unknown> {
    const body = await readJson(res);
    if (!res.ok) throw apiErrorOf(res.status, res.headers, body);
    return body;
  }
}
