import { describe, expect, it } from 'vitest';
import { expectError, idOf } from './support/api_client.ts';
import { cacheBody, hazardZoneBody, incidentBody, itemBody, postBody } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ as: 'admin' });

interface Entry {
  id: number;
  actorId: string | null;
  actorName: string;
  via: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

async function entriesFor(entity: string, entityId: string): Promise<Entry[]> {
  const answer = await t.api.get(`/api/audit?entity=${entity}&entityId=${entityId}`);
  expect(answer.status, answer.text).toBe(200);
  return (answer.json as { entries: Entry[] }).entries;
}

const features = [
  { entity: 'post', path: '/api/posts', body: () => postBody() },
  { entity: 'cache', path: '/api/caches', body: () => cacheBody() },
  { entity: 'hazard_zone', path: '/api/hazard-zones', body: () => hazardZoneBody() },
  { entity: 'incident', path: '/api/incidents', body: () => incidentBody() },
];

describe.each(features)('writes to $path', ({ entity, path, body }) => {
  it('are each in the audit log with who, before and after, newest first', async () => {
    const me = (await t.api.get('/api/auth/me')).json as { user: { id: string; name: string } };
    const id = idOf(await t.api.post(path, body()));
    await t.api.patch(`${path}/${id}`, { properties: { notes: 'dicek' } });
    await t.api.delete(`${path}/${id}`);
    const entries = await entriesFor(entity, id);
    expect(entries.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    for (const e of entries)
      expect(e).toMatchObject({ actorId: me.user.id, actorName: me.user.name, via: 'token' });
    const [removed, changed, created] = entries;
    expect(created).toMatchObject({ before: null, after: { properties: { id } } });
    expect(changed).toMatchObject({
      before: { properties: { notes: null } },
      after: { properties: { notes: 'dicek' } },
    });
    expect(removed).toMatchObject({ before: { properties: { id, notes: 'dicek' } }, after: null });
  });
});

describe('the audit log', () => {
  it('records cache item writes and stock operations with their reason', async () => {
    const cacheId = idOf(await t.api.post('/api/caches', cacheBody()));
    const item = (
      await t.api.post(
        `/api/caches/${cacheId}/items`,
        itemBody({ itemType: 'tent', quantity: 2, quantityAvailable: 2 }),
      )
    ).json as { id: string };
    await t.api.post('/api/stock/operations', {
      kind: 'issue',
      cacheId,
      itemType: 'tent',
      quantity: 1,
      reason: 'Banjir Kalibukbuk',
    });
    const entries = await entriesFor('cache_item', item.id);
    expect(entries.map((e) => [e.action, e.reason])).toEqual([
      ['issue', 'Banjir Kalibukbuk'],
      ['create', null],
    ]);
    expect(entries[0]).toMatchObject({ before: { quantity: 2 }, after: { quantity: 1 } });
  });

  it('records user and token changes, never a password', async () => {
    const created = await t.api.post('/api/users', {
      name: 'audit-subject',
      role: 'viewer',
      password: 'rahasia-sekali-123',
    });
    const { id } = created.json as { id: string };
    await t.api.patch(`/api/users/${id}`, { password: 'rahasia-baru-4567' });
    await t.api.post(`/api/users/${id}/tokens`, { label: 'integrasi' });
    const entries = await entriesFor('user', id);
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    const text = JSON.stringify((await t.api.get('/api/audit?limit=1000')).json);
    expect(text).not.toContain('rahasia');
    expect(text).not.toContain('scrypt$');
    expect(text).toContain('"entity":"api_token"');
  });

  it('filters by actor and exports CSV in UTF-8 with a BOM', async () => {
    const logistics = await t.newUser('logistics');
    const cacheId = idOf(await logistics.api.post('/api/caches', cacheBody({ name: 'Gudang Désa Ñ' })));
    const mine = (await t.api.get(`/api/audit?actor=${logistics.user.name}`)).json as { entries: Entry[] };
    expect(mine.entries.map((e) => [e.entity, e.entityId, e.action])).toEqual([['cache', cacheId, 'create']]);
    const res = await t.app.request(`/api/audit.csv?actor=${logistics.user.name}`, {
      headers: { authorization: `Bearer ${logistics.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(cacheId);
    expect(lines[1]).toContain('Gudang Désa Ñ');
  });

  it('offers no way to change or delete entries', async () => {
    const doc = (await t.api.get('/api/openapi.json')).json as {
      paths: Record<string, Record<string, unknown>>;
    };
    const auditOps = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/audit'))
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
    expect(auditOps.sort()).toEqual(['get /api/audit', 'get /api/audit.csv']);
    const [entry] = ((await t.api.get('/api/audit?limit=1')).json as { entries: Entry[] }).entries;
    if (!entry) throw new Error('no entry');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expectError(await t.api.call(method, '/api/audit', {}), 405, 'method_not_allowed');
      expect([404, 405]).toContain((await t.api.call(method, `/api/audit/${entry.id}`, {})).status);
    }
    expect(((await t.api.get('/api/audit?limit=1')).json as { entries: Entry[] }).entries[0]).toEqual(entry);
  });

  it('is not readable anonymously', async () => {
    expectError(await t.anonymous.get('/api/audit'), 401, 'unauthorized');
  });
});
