import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiApp, createApp } from '@siaga/api';
import type { Database } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, expectError } from './support/api_client.ts';

let database: Database;
let webDist: string;
let app: ApiApp;

beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'siaga-web-'));
  await mkdir(join(webDist, 'assets'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Siaga</title><div id="root"></div>');
  await writeFile(join(webDist, 'assets', 'app.js'), 'console.log("siaga")');
  database = await freshDatabase();
  app = createApp({ database, webDist, log: () => {} });
});

afterAll(async () => {
  await database?.close();
  await rm(webDist, { recursive: true, force: true });
});

describe('the web app beside the API', () => {
  it('serves index.html at / and for client-side routes', async () => {
    for (const path of ['/', '/dispatch', '/plan/scenario-1']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain('text/html');
      expect(await res.text(), path).toContain('<div id="root">');
    }
  });

  it('serves built assets and answers 404 for a missing one', async () => {
    const res = await app.request('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });

  it('never answers an unknown API path with the web app', async () => {
    expectError(await client(app).get('/api/unknown'), 404, 'not_found');
  });

  it('does not serve files outside the folder', async () => {
    const res = await app.request('/..%2F..%2Fetc%2Fpasswd');
    expect(await res.text()).not.toContain('root:');
  });
});
