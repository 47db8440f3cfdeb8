import { onServer } from '@siaga/db';

/** The server PostgreSQL the reliability run may create scratch databases on (DATABASE_URL). */
export function serverUrl(): string | null {
  return process.env.DATABASE_URL || null;
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const run = async (url: string, statement: string) => {
  await onServer(url, (admin) => admin.unsafe(statement));
};

/**
 * A new empty database on the server, named `<prefix>_<purpose>_<pid>` (prefix from env SIAGA_RELIABILITY_DB_PREFIX,
 * default siaga_reliability), dropped by `drop()`. Nothing else on the server is touched.
 */
export async function scratchDatabase(adminUrl: string, purpose: string): Promise<ScratchDatabase> {
  const prefix = process.env.SIAGA_RELIABILITY_DB_PREFIX || 'siaga_reliability';
  const name = `${prefix}_${purpose}_${process.pid}`;
  await run(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await run(adminUrl, `CREATE DATABASE "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    name,
    url: u.toString(),
    drop: () => run(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** The URL with its host and port replaced (to go through a proxy). */
export function viaPort(url: string, port: number): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  return u.toString();
}
