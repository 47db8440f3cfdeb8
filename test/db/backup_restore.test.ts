import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiTokens,
  applyStockOperation,
  type Database,
  executeRows,
  loadSeedIfEmpty,
  posts,
  restoreBackup,
  sessions,
  users,
  writeBackup,
} from '@siaga/db';
import { freshDatabase, separateDatabase } from '@siaga/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackupCli } from '../../scripts/backup/cli.ts';
import { testActor } from '../support/db_fixtures.ts';
import { tableCounts as counts } from '../support/table_counts.ts';

const dir = mkdtempSync(join(tmpdir(), 'siaga-backup-'));
let source: Database;
let target: Database;

beforeAll(async () => {
  [source, target] = await Promise.all([freshDatabase(), separateDatabase()]);
  await loadSeedIfEmpty(source);
  const admin = await users.create(
    source.db,
    { name: 'admin', role: 'admin', password: 'kentongan-bali-2026' },
    testActor,
  );
  await apiTokens.issue(source.db, admin.id, 'sync', testActor);
  await sessions.start(source.db, admin, { remoteAddr: '127.0.0.1' });
  const [cache] = await executeRows<{ id: string }>(
    source.db,
    sql`SELECT cache_id AS id FROM cache_items WHERE item_type = 'tent' LIMIT 1`,
  );
  await applyStockOperation(
    source.db,
    {
      kind: 'issue',
      cacheId: cache?.id as string,
      itemType: 'tent',
      condition: 'baik',
      quantity: 1,
      reason: 'Uji',
    },
    testActor,
  );
}, 600_000);
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Every geometry of the database as WKB, keyed by table, column and row. */
async function geometries(db: Database): Promise<string[]> {
  const columns = await executeRows<{ t: string; c: string }>(
    db.db,
    sql`SELECT f_table_name AS t, f_geometry_column AS c FROM geometry_columns
      WHERE f_table_schema = 'public' ORDER BY 1, 2`,
  );
  const out: string[] = [];
  for (const { t, c } of columns) {
    const rows = await executeRows<{ k: string; wkb: string | null }>(
      db.db,
      sql.raw(`SELECT id::text AS k, encode(ST_AsBinary("${c}"), 'hex') AS wkb FROM "${t}" ORDER BY id`),
    );
    out.push(...rows.map((r) => `${t}.${c}.${r.k}=${r.wkb}`));
  }
  return out;
}

const auditRows = (db: Database) => executeRows(db.db, sql`SELECT * FROM audit_log ORDER BY id`);

describe('backup and restore', () => {
  it('round-trips every table: row counts, geometries bit for bit, the audit log', async () => {
    const file = join(dir, 'siaga.jsonl');
    const written = await writeBackup(source, file);
    const before = await counts(source);
    expect(written).toEqual(before);
    expect(before.roads).toBeGreaterThan(100);
    expect(before.audit_log).toBeGreaterThan(50);
    expect(await restoreBackup(target, file)).toEqual(
      Object.fromEntries(Object.entries(before).filter(([, n]) => n > 0)),
    );
    expect(await counts(target)).toEqual(before);
    const [a, b] = await Promise.all([geometries(source), geometries(target)]);
    expect(a.length).toBeGreaterThan(500);
    expect(b).toEqual(a);
    expect(await auditRows(target)).toEqual(await auditRows(source));
    expect(await users.verify(target.db, 'admin', 'kentongan-bali-2026')).toMatchObject({ role: 'admin' });
    const [restoredPost] = await posts.list(target.db);
    expect(restoredPost).toEqual(await posts.get(source.db, restoredPost?.id as string));

    // The audit sequence continues after the restored entries.
    await posts.update(target.db, restoredPost?.id as string, { properties: { staff: 3 } }, testActor);
    const [last] = await executeRows<{ id: number }>(
      target.db,
      sql`SELECT max(id)::int AS id FROM audit_log`,
    );
    expect(last?.id).toBe((before.audit_log ?? 0) + 1);
  });

  it('refuses to restore into a database that holds data, changing nothing', async () => {
    const file = join(dir, 'again.jsonl');
    await writeBackup(source, file);
    const before = await counts(target);
    const error = await restoreBackup(target, file).catch((e) => e);
    expect(error.code).toBe('conflict');
    expect(await counts(target)).toEqual(before);
  });

  it('the commands refuse a missing, existing or foreign file with one line', async () => {
    const io = (lines: string[]) => ({
      log: () => {},
      error: (line: string) => lines.push(line),
      open: async () => ({ ...source, close: async () => {} }),
    });
    const errors: string[] = [];
    expect(await runBackupCli('restore', [join(dir, 'missing.jsonl')], io(errors))).toBe(2);
    writeFileSync(join(dir, 'taken.jsonl'), '');
    expect(await runBackupCli('backup', [join(dir, 'taken.jsonl')], io(errors))).toBe(2);
    expect(await runBackupCli('backup', [], io(errors))).toBe(2);
    writeFileSync(join(dir, 'foreign.jsonl'), '{"hello":1}\n');
    expect(await runBackupCli('restore', [join(dir, 'foreign.jsonl')], io(errors))).toBe(1);
    expect(errors.filter((e) => !e.startsWith('usage'))).toEqual([
      `error: no file ${join(dir, 'missing.jsonl')}`,
      `error: ${join(dir, 'taken.jsonl')} already exists; choose a new file name`,
      expect.stringMatching(/^error: backup needs exactly one FILE/),
      `error: ${join(dir, 'foreign.jsonl')} is not a Siaga backup`,
    ]);
    const written: string[] = [];
    expect(
      await runBackupCli('backup', [join(dir, 'cli.jsonl')], { ...io(errors), log: (l) => written.push(l) }),
    ).toBe(0);
    expect(written[0]).toMatch(/^Backed up to .*cli\.jsonl in [\d.]+ s:\n {2}users +1\n/);
  });
});
