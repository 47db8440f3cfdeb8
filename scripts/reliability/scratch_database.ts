import postgres from 'postgres';

/** The server PostgreSQL the reliability run may create scratch databases on (DATABASE_URL). */
export function serverUrl(): string | null {
  return process.env.DATABASE_URL || null;
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function onServer(url: string, statement: string): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/**
 * A new empty database on the server, named `<prefix>_<purpose>_<pid>` (prefix from env SIAGA_RELIABILITY_DB_PREFIX,
 * default siaga_reliability), dropped by `drop()`. Nothing else on the server is touched.
 */
export async function scratchDatabase(adminUrl: string, purpose: string): Promise<ScratchDatabase> {
  const prefix = process.env.SIAGA_RELIABILITY_DB_PREFIX || 'siaga_reliability';
  const name = `${prefix}_${purpose}_${process.pid}`;
  await onServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(adminUrl, `CREATE DATABASE "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    name,
    url: u.toString(),
    drop: () => onServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** The URL with its host and port replaced (to go through a proxy). */
export function viaPort(url: string, port: number): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  return u.toString();
}
