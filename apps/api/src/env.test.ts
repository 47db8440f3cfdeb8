import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('uses the defaults for an empty environment', () => {
    expect(parseEnv({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: undefined,
      seed: true,
      corsOrigins: [],
      anonymousRead: true,
      secureCookies: false,
    });
  });

  it('reads every variable', () => {
    expect(
      parseEnv({
        PORT: '9000',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/siaga',
        SIAGA_DATA_DIR: '/var/lib/siaga',
        SIAGA_SEED: '0',
        SIAGA_CORS_ORIGINS: 'http://localhost:5173, http://10.0.0.2:8787',
        SIAGA_SECURE_COOKIES: '1',
      }),
    ).toEqual({
      port: 9000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/siaga',
      dataDir: '/var/lib/siaga',
      seed: false,
      corsOrigins: ['http://localhost:5173', 'http://10.0.0.2:8787'],
      anonymousRead: false,
      secureCookies: true,
    });
  });

  it('allows anonymous read on the embedded database only, unless SIAGA_ANONYMOUS_READ says otherwise', () => {
    const server = 'postgres://postgres@127.0.0.1:5432/siaga';
    expect(parseEnv({}).anonymousRead).toBe(true);
    expect(parseEnv({ DATABASE_URL: server }).anonymousRead).toBe(false);
    expect(parseEnv({ SIAGA_ANONYMOUS_READ: '0' }).anonymousRead).toBe(false);
    expect(parseEnv({ DATABASE_URL: server, SIAGA_ANONYMOUS_READ: '1' }).anonymousRead).toBe(true);
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', SIAGA_DATA_DIR: '' })).toMatchObject({
      databaseUrl: undefined,
      dataDir: undefined,
    });
  });

  it('names every bad variable in one error', () => {
    expect(() => parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SIAGA_SEED: 'no' })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*SIAGA_SEED/,
    );
  });
});
