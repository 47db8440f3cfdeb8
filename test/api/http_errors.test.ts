import { describe, expect, it } from 'vitest';
import { expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp();

describe('requests no route answers', () => {
  it('answers an unknown API path with 404 not_found', async () => {
    expectError(await t.api.get('/api/nothing-here'), 404, 'not_found');
    expectError(await t.api.post('/api/nothing-here', {}), 404, 'not_found');
  });

  it('answers a wrong method on a known path with 405 and the allowed methods', async () => {
    const answer = await t.api.call('PUT', '/api/posts', { type: 'Feature' });
    expectError(answer, 405, 'method_not_allowed');
    expect(answer.headers.get('allow')).toBe('GET, POST');
    const onMember = await t.api.call('POST', '/api/posts/0b5c1e52-8d3b-4f4e-9a57-3c1f6f0f9a11', {});
    expect(onMember.headers.get('allow')).toBe('GET, PATCH, DELETE');
    expectError(await t.api.call('DELETE', '/api/roads'), 405, 'method_not_allowed');
  });
});

describe('response headers', () => {
  it('sets security headers and no CORS header by default', async () => {
    const res = await t.app.request('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a CORS preflight with no permission', async () => {
    const res = await t.app.request('/api/posts', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.status).toBe(405);
  });
});
