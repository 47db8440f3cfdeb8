import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export interface ScratchDatabase {
  name: string;
  /** The server's URL with this database's name. */
  url: string;
  /** One connection to it, opened on first query. */
  sql: postgres.Sql;
  /** Closes `sql` and drops the database, ending any session still on it (the server itself keeps running). */
  drop(): Promise<void>;
}

/**
 * A new empty database `<prefix>_<random>` on the server of `url`, for tests that need one of their own.
 *
 * @example
 *   const scratch = await createScratchDatabase(process.env.DATABASE_URL, 'siaga_pgr');
 *   try { await scratch.sql`SELECT 1`; } finally { await scratch.drop(); }
 */
export async function createScratchDatabase(url: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } catch (err) {
    await admin.end({ timeout: 5 });
    throw err;
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const sql = postgres(target.toString(), { max: 1, onnotice: () => {} });
  return {
    name,
    url: target.toString(),
    sql,
    drop: async () => {
      try {
        await sql.end({ timeout: 5 });
        await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}
