import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../packages/db/src/schema/index.ts';

const folder = join(import.meta.dirname, '..', '..', 'packages', 'db', 'drizzle');
const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
  entries: { idx: number; tag: string }[];
};
const lastTag = journal.entries.at(-1)?.tag ?? '';
const lastSnapshot = JSON.parse(
  readFileSync(join(folder, 'meta', `${lastTag.slice(0, 4)}_snapshot.json`), 'utf8'),
) as Parameters<typeof generateMigration>[0];

/** The SQL drizzle-kit would generate to bring the committed migrations up to `tables`. */
function pendingChanges(tables: Record<string, unknown>): Promise<string[]> {
  return generateMigration(lastSnapshot, generateDrizzleJson(tables, lastSnapshot.id));
}

describe('committed migrations', () => {
  it('match the drizzle schema (run `npm run db:generate -w @siaga/db` when this fails)', async () => {
    expect(await pendingChanges(schema)).toEqual([]);
  });

  it('would notice a schema change', async () => {
    const extra = pgTable('extra_table', { name: text('name') });
    expect((await pendingChanges({ ...schema, extra })).join('\n')).toMatch(/CREATE TABLE "extra_table"/);
  });

  it('list every SQL file in the journal, PostGIS first', () => {
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(files).toEqual(journal.entries.map((e) => `${e.tag}.sql`));
    expect(readFileSync(join(folder, files[0] ?? ''), 'utf8')).toMatch(
      /CREATE EXTENSION IF NOT EXISTS postgis/,
    );
  });
});
