import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, restoreBackup, writeServerLock } from '@siaga/db';
import { separateDatabase } from '@siaga/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackupCliIo, runBackupCli } from '../../scripts/backup/cli.ts';
import { tableCounts } from '../support/table_counts.ts';
import { expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true });
const dir = mkdtempSync(join(tmpdir(), 'siaga-backup-api-'));
/** The embedded folder a (pretend) running server holds: this process, so its pid is alive. */
const folder = mkdtempSync(join(tmpdir(), 'siaga-backup-held-'));
let target: Database;

beforeAll(async () => {
  target = await separateDatabase();
}, 600_000);
afterAll(async () => {
  await target?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
});

/** Rows per table in a backup's text, from its chunk lines. */
function rowsIn(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of text.trim().split('\n').slice(1)) {
    const { table, rows } = JSON.parse(line) as { table: string; rows: unknown[] };
    out[table] = (out[table] ?? 0) + rows.length;
  }
  return out;
}

const withoutEmpty = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

describe('GET /api/backup', () => {
  it('gives an admin a dated JSON-lines download that restores into an empty database, and audits it', async () => {
    const admin = await t.newUser('admin');
    const res = await t.app.request('/api/backup', {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const disposition = res.headers.get('content-disposition') ?? '';
    const fileName = /filename="(siaga-backup-\d{8}-\d{6}Z\.jsonl)"/.exec(disposition)?.[1];
    expect(fileName, disposition).toBeDefined();
    const text = await res.text();
    const before = await tableCounts(t.database);
    expect(JSON.parse(text.slice(0, text.indexOf('\n')))).toMatchObject({ format: 'siaga-backup' });
    expect(rowsIn(text)).toEqual(withoutEmpty(before));
    const file = join(dir, fileName as string);
    writeFileSync(file, text);
    expect(withoutEmpty(await restoreBackup(target, file))).toEqual(withoutEmpty(before));
    expect(await tableCounts(target)).toEqual(before);

    const audit = await admin.api.get('/api/audit?entity=database');
    expect((audit.json as { entries: unknown[] }).entries).toEqual([
      expect.objectContaining({
        actorName: admin.user.name,
        via: 'token',
        entity: 'database',
        entityId: fileName,
        action: 'backup',
      }),
    ]);
  });

  it('refuses other roles and anonymous callers', async () => {
    for (const role of ['viewer', 'dispatcher', 'planner', 'logistics'] as const)
      expectError(await (await t.newUser(role)).api.get('/api/backup'), 403, 'forbidden');
    expectError(await t.anonymous.get('/api/backup'), 401, 'unauthorized');
  });
});

describe('npm run backup / restore while a server holds the embedded folder', () => {
  const errors: string[] = [];
  const logs: string[] = [];
  const io = (env: Record<string, string | undefined>): BackupCliIo => ({
    log: (line) => logs.push(line),
    error: (line) => errors.push(line),
    folder,
    env,
    fetch: async (input, init) => t.app.request(String(input), init),
    open: async () => ({ ...t.database, close: async () => {} }),
  });

  beforeAll(() => {
    writeServerLock(folder, {
      pid: process.pid,
      port: 8787,
      url: 'http://127.0.0.1:8787',
      startedAt: new Date().toISOString(),
    });
  });

  it('without SIAGA_TOKEN says to set it in one line and writes nothing', async () => {
    errors.length = 0;
    const file = join(dir, 'no-token.jsonl');
    expect(await runBackupCli('backup', [file], io({}))).toBe(1);
    expect(errors).toEqual([expect.stringMatching(/pid \d+.*set SIAGA_TOKEN to an admin's API token/)]);
    expect(errors[0]).not.toContain('\n');
    expect(existsSync(file)).toBe(false);
  });

  it('with a token the server refuses, reports the refusal and writes nothing', async () => {
    errors.length = 0;
    const viewer = await t.newUser('viewer');
    const file = join(dir, 'viewer.jsonl');
    expect(await runBackupCli('backup', [file], io({ SIAGA_TOKEN: viewer.token }))).toBe(1);
    expect(errors).toEqual([expect.stringMatching(/refused the backup: 403 /)]);
    expect(existsSync(file)).toBe(false);
  });

  it("with an admin's token writes the server's backup to FILE", async () => {
    logs.length = 0;
    const admin = await t.newUser('admin');
    const file = join(dir, 'through-server.jsonl');
    expect(await runBackupCli('backup', [file], io({ SIAGA_TOKEN: admin.token }))).toBe(0);
    expect(logs).toEqual([expect.stringMatching(/^Backed up through the running server \(pid \d+\) to /)]);
    expect(rowsIn(readFileSync(file, 'utf8'))).toEqual(withoutEmpty(await tableCounts(t.database)));
  });

  it('restore refuses in one line; a stale lock is ignored', async () => {
    errors.length = 0;
    const file = join(dir, 'through-server.jsonl');
    expect(await runBackupCli('restore', [file], io({}))).toBe(1);
    expect(errors).toEqual([
      `error: the Siaga server (pid ${process.pid}, http://127.0.0.1:8787) has the database in ${folder} open; stop it first`,
    ]);
    writeServerLock(folder, {
      pid: 2 ** 22 + 1,
      port: 8787,
      url: 'http://127.0.0.1:8787',
      startedAt: new Date().toISOString(),
    });
    logs.length = 0;
    expect(await runBackupCli('backup', [join(dir, 'stale.jsonl')], io({}))).toBe(0);
    expect(logs[0]).toMatch(/^Backed up to .*stale\.jsonl in/);
  });
});
