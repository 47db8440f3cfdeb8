import { SiagaError } from '@siaga/schema';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { onError } from './on_error.ts';

function appThrowing(err: unknown) {
  const logged: string[] = [];
  const app = new Hono();
  app.onError(onError((m) => logged.push(m)));
  app.get('/boom', () => {
    throw err;
  });
  return { app, logged };
}

describe('onError', () => {
  it('answers a SiagaError with its code, status and details', async () => {
    const { app, logged } = appThrowing(
      new SiagaError('conflict', 'Duplicate id', [{ path: 'body.id', message: 'exists' }]),
    );
    const res = await app.request('/boom');
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { code: 'conflict', message: 'Duplicate id', details: [{ path: 'body.id', message: 'exists' }] },
    });
    expect(logged).toEqual([]);
  });

  it('maps hono HTTP exceptions to their code', async () => {
    const res = await appThrowing(new HTTPException(415, { message: 'Unsupported Media Type' })).app.request(
      '/boom',
    );
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('hides an unexpected error behind a generic 500 and logs the real one', async () => {
    const { app, logged } = appThrowing(new Error('password authentication failed for user "siaga"'));
    const res = await app.request('/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'Internal server error', details: [] },
    });
    expect(text).not.toContain('password');
    expect(logged.join('\n')).toContain('password authentication failed');
  });

  it('answers a lost database connection with 503 unavailable and Retry-After, without logging it', async () => {
    const lost = Object.assign(new Error('write CONNECTION_CLOSED 127.0.0.1:5432'), {
      code: 'CONNECTION_CLOSED',
    });
    const wrapped = new Error('Failed query: select 1', { cause: lost });
    const { app, logged } = appThrowing(wrapped);
    const res = await app.request('/boom');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toMatchObject({ error: { code: 'unavailable' } });
    expect(logged).toEqual([]);
  });

  it('answers a server shutting down (57P01) and a refused database (55000) with 503', async () => {
    for (const code of ['57P01', '55000', '08006']) {
      const res = await appThrowing(Object.assign(new Error('terminating connection'), { code })).app.request(
        '/boom',
      );
      expect(res.status).toBe(503);
    }
  });
});
