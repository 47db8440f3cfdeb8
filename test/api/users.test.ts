import { describe, expect, it } from 'vitest';
import { client, expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ as: 'admin' });

interface User {
  id: string;
  name: string;
  role: string;
  disabled: boolean;
  version: number;
}

describe('/api/users (admin)', () => {
  it('creates a user with a Location, lists and gets it with its ETag, never a password hash', async () => {
    const created = await t.api.post('/api/users', {
      name: 'made.dispatch',
      role: 'dispatcher',
      password: 'panjang-sekali-1',
    });
    expect(created.status, created.text).toBe(201);
    const user = created.json as User;
    expect(user).toMatchObject({ name: 'made.dispatch', role: 'dispatcher', disabled: false, version: 1 });
    expect(created.headers.get('location')).toBe(`/api/users/${user.id}`);
    const list = (await t.api.get('/api/users')).json as { users: User[] };
    expect(list.users.map((u) => u.name)).toContain('made.dispatch');
    const one = await t.api.get(`/api/users/${user.id}`);
    expect(one.headers.get('etag')).toBe('"1"');
    expect(one.text).not.toMatch(/password|scrypt/i);
  });

  it('refuses a short password, an unknown role, a taken name and a hard delete', async () => {
    expectError(
      await t.api.post('/api/users', { name: 'pendek', role: 'viewer', password: 'short' }),
      422,
      'validation_failed',
    );
    expectError(
      await t.api.post('/api/users', { name: 'peran', role: 'mayor', password: 'panjang-sekali-1' }),
      422,
      'validation_failed',
    );
    await t.api.post('/api/users', { name: 'kembar', role: 'viewer', password: 'panjang-sekali-1' });
    expectError(
      await t.api.post('/api/users', { name: 'kembar', role: 'viewer', password: 'panjang-sekali-2' }),
      409,
      'conflict',
    );
    const { id } = (
      await t.api.post('/api/users', { name: 'tetap', role: 'viewer', password: 'panjang-sekali-1' })
    ).json as User;
    expectError(await t.api.delete(`/api/users/${id}`), 405, 'method_not_allowed');
  });

  it('changes a role with If-Match, and refuses a stale one with 412', async () => {
    const { user } = await t.newUser('viewer');
    const changed = await t.api.call(
      'PATCH',
      `/api/users/${user.id}`,
      { role: 'planner' },
      { 'if-match': '"1"' },
    );
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json).toMatchObject({ role: 'planner', version: 2 });
    expectError(
      await t.api.call('PATCH', `/api/users/${user.id}`, { role: 'viewer' }, { 'if-match': '"1"' }),
      412,
      'precondition_failed',
    );
  });

  it('issues a token shown once, lists it without the token, and revokes it', async () => {
    const { user } = await t.newUser('logistics');
    const issued = await t.api.post(`/api/users/${user.id}/tokens`, { label: 'integrasi gudang' });
    expect(issued.status, issued.text).toBe(201);
    const { id, token } = issued.json as { id: string; token: string };
    expect(token).toMatch(/^siaga_[A-Za-z0-9_-]{43}$/);
    const asUser = client(t.app, { authorization: `Bearer ${token}` });
    expect((await asUser.get('/api/auth/me')).json).toMatchObject({ user: { id: user.id } });
    const list = await t.api.get(`/api/users/${user.id}/tokens`);
    expect(list.text).not.toContain(token);
    expect((list.json as { tokens: Array<{ id: string; revokedAt: string | null }> }).tokens).toContainEqual(
      expect.objectContaining({ id, revokedAt: null }),
    );
    expect((await t.api.delete(`/api/users/${user.id}/tokens/${id}`)).status).toBe(204);
    expectError(await asUser.get('/api/auth/me'), 401, 'unauthorized');
    expectError(await t.api.delete(`/api/users/${user.id}/tokens/${id}`), 404, 'not_found');
  });

  it('is for admins only', async () => {
    const { api } = await t.newUser('planner');
    expectError(await api.get('/api/users'), 403, 'forbidden');
  });
});
