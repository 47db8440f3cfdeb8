import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/app_store.ts';
import { envelope, fakeFetch } from '../testing/fake_fetch.ts';
import { ApiClient } from './api_client.ts';
import { editWithConflicts } from './edit_with_conflicts.ts';

/** A server holding one post at version 7, which refuses edits against any other version. */
function server() {
  let version = 7;
  return fakeFetch((r) => {
    if (r.url === '/api/auth/me') return { body: { user: null, csrfToken: 'c', anonymousRead: true } };
    if (r.headers['if-match'] !== `"${version}"`) {
      return {
        status: 412,
        body: envelope('precondition_failed', 'changed', [{ path: 'version', message: String(version) }]),
        headers: { etag: `"${version}"` },
      };
    }
    version++;
    return { body: { staff: 6 }, headers: { etag: `"${version}"` } };
  });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('editWithConflicts', () => {
  it('asks the user on a conflict and reapplies the same edit against the current version', async () => {
    const store = createAppStore();
    const { fetchFn, seen } = server();
    const api = new ApiClient(fetchFn);
    let reloads = 0;
    const done = editWithConflicts(
      store,
      (v) => api.write('PATCH', '/api/posts/p1', { body: { staff: 6 }, ifMatch: v }),
      5,
      () => reloads++,
    );
    await tick();
    const conflict = store.getState().conflict;
    expect(conflict?.currentVersion).toBe(7);
    conflict?.choose('reapply');
    await expect(done).resolves.toMatchObject({ version: 8 });
    expect(store.getState().conflict).toBeNull();
    expect(reloads).toBe(0);
    const patches = seen.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.headers['if-match'])).toEqual(['"5"', '"7"']);
    expect(patches.map((r) => r.body)).toEqual([{ staff: 6 }, { staff: 6 }]);
  });

  it('drops the edit and reloads when the user chooses "Muat ulang"', async () => {
    const store = createAppStore();
    const { fetchFn, seen } = server();
    const api = new ApiClient(fetchFn);
    let reloads = 0;
    const done = editWithConflicts(
      store,
      (v) => api.write('DELETE', '/api/posts/p1', { ifMatch: v }),
      2,
      () => {
        reloads++;
      },
    );
    await tick();
    store.getState().conflict?.choose('reload');
    await expect(done).resolves.toBeNull();
    expect(reloads).toBe(1);
    expect(seen.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('passes other failures through untouched', async () => {
    const store = createAppStore();
    const failure = new Error('boom');
    await expect(
      editWithConflicts(
        store,
        () => Promise.reject(failure),
        1,
        () => {},
      ),
    ).rejects.toBe(failure);
    expect(store.getState().conflict).toBeNull();
  });
});
