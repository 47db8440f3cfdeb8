import { z } from 'zod';

const unsetWhenEmpty = (v: unknown) => (v === '' ? undefined : v);

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Server PostgreSQL + PostGIS; without it the embedded PGlite database is used. */
  DATABASE_URL: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Folder of the embedded database. */
  SIAGA_DATA_DIR: z.preprocess(unsetWhenEmpty, z.string().optional()),
  /** 0 skips loading the demo seed into an empty database. */
  SIAGA_SEED: z.enum(['0', '1']).default('1'),
  /** Comma-separated browser origins allowed to call the API; unset means CORS stays off. */
  SIAGA_CORS_ORIGINS: z.preprocess(unsetWhenEmpty, z.string().optional()),
  /** 1 lets clients read without signing in, 0 does not; unset means on for the embedded database only. */
  SIAGA_ANONYMOUS_READ: z.preprocess(unsetWhenEmpty, z.enum(['0', '1']).optional()),
  /** 1 marks the session cookie Secure (serve over HTTPS, e.g. behind a reverse proxy). */
  SIAGA_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
});

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  seed: boolean;
  corsOrigins: string[];
  /** Reads without signing in: the embedded demo allows them, a server database does not, unless set. */
  anonymousRead: boolean;
  secureCookies: boolean;
}

/** Reads the server's settings from the environment; throws one message naming every bad variable. */
export function parseEnv(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.SIAGA_DATA_DIR,
    seed: e.SIAGA_SEED === '1',
    corsOrigins: (e.SIAGA_CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    anonymousRead: e.SIAGA_ANONYMOUS_READ === undefined ? !e.DATABASE_URL : e.SIAGA_ANONYMOUS_READ === '1',
    secureCookies: e.SIAGA_SECURE_COOKIES === '1',
  };
}
