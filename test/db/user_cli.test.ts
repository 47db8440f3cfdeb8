import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { apiTokens, audit, type Database, heldBy, users, writeServerLock } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUserArgs, runUserCli, type UserCliIo } from '../../scripts/user/cli.ts';

const password = 'kentongan-bali-2026';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

/** Runs the CLI in-process on the test database (which it must not close), collecting its output. */
async function cli(
  argv: string[],
  input: { stdin?: string; typed?: (string | null)[]; folder?: string } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const typed = [...(input.typed ?? [])];
  const io: UserCliIo = {
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    readStdin: async () => input.stdin ?? '',
    promptPassword: async () => (typed.length > 0 ? (typed.shift() ?? null) : null),
    open: async () => ({ ...database, close: async () => {} }),
    folder: input.folder,
  };
  const code = await runUserCli(argv, io);
  return { code, out, err };
}

describe('npm run user', () => {
  it('parses commands and refuses bad ones before touching the database', () => {
    expect(parseUserArgs(['add', 'kadek', '--role', 'admin', '--password-stdin'])).toEqual({
      kind: 'add',
      name: 'kadek',
      role: 'admin',
      passwordStdin: true,
    });
    expect(parseUserArgs(['token', 'kadek'])).toEqual({ kind: 'token', name: 'kadek', label: 'cli' });
    for (const bad of [
      [],
      ['remove', 'kadek'],
      ['add', 'kadek'],
      ['add', 'kadek', '--role', 'root'],
      ['add', 'ka dek', '--role', 'admin'],
      ['add', '--role', 'admin'],
      ['list', 'kadek'],
      ['token', 'kadek', '--label'],
      ['disable', 'kadek', '--role', 'admin'],
      ['add', 'kadek', '--role', 'admin', '--password', 'x'],
    ])
      expect(() => parseUserArgs(bad), bad.join(' ')).toThrow();
  });

  it('adds a user with the password from stdin, issues a token once, lists and disables', async () => {
    const added = await cli(['add', 'made', '--role', 'logistics', '--password-stdin'], {
      stdin: `${password}\n`,
    });
    expect(added).toMatchObject({ code: 0, err: [] });
    expect(await users.verify(database.db, 'made', password)).toMatchObject({
      name: 'made',
      role: 'logistics',
    });

    const token = await cli(['token', 'made', '--label', 'SIMBADA']);
    expect(token.code).toBe(0);
    expect(token.out).toHaveLength(1);
    expect(token.out[0]).toMatch(/^siaga_[A-Za-z0-9_-]{43}$/);
    expect(await apiTokens.resolve(database.db, token.out[0] as string)).toMatchObject({
      user: { name: 'made' },
    });

    const listed = await cli(['list']);
    expect(listed.out.some((l) => /^made\s+logistics\s+active/.test(l))).toBe(true);

    expect((await cli(['disable', 'made'])).code).toBe(0);
    expect(await users.verify(database.db, 'made', password)).toBeNull();
    expect(await apiTokens.resolve(database.db, token.out[0] as string)).toBeNull();
    const entries = await audit.list(database.db, {
      entity: 'user',
      actor: `cli:${userInfo().username}`,
    });
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
  });

  it('asks twice on a terminal and refuses differing, short or missing passwords with one line and exit 2', async () => {
    expect((await cli(['add', 'ketut', '--role', 'viewer'], { typed: [password, password] })).code).toBe(0);
    const differ = await cli(['add', 'nyoman', '--role', 'viewer'], { typed: [password, 'other-password'] });
    expect(differ).toMatchObject({ code: 2, err: ['error: the two passwords differ'] });
    const short = await cli(['add', 'nyoman', '--role', 'viewer', '--password-stdin'], { stdin: 'pendek\n' });
    expect(short).toMatchObject({ code: 2, err: ['error: password: a password of at least 10 characters'] });
    const noTerminal = await cli(['add', 'nyoman', '--role', 'viewer']);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.err[0]).toMatch(/--password-stdin/);
    expect(await users.getByName(database.db, 'nyoman')).toBeNull();
  });

  it('answers exit 1 with one line for a taken name or an unknown user', async () => {
    await cli(['add', 'wayan', '--role', 'viewer', '--password-stdin'], { stdin: password });
    const taken = await cli(['add', 'wayan', '--role', 'admin', '--password-stdin'], { stdin: password });
    expect(taken).toMatchObject({ code: 1, err: ['error: name wayan already exists'] });
    expect(await cli(['token', 'nobody'])).toMatchObject({ code: 1, err: ['error: no user named nobody'] });
    expect(await cli(['disable', 'nobody'])).toMatchObject({ code: 1 });
  });

  it('refuses with one line, before opening anything, while a live server holds the embedded folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'siaga-user-held-'));
    try {
      const lock = { pid: process.pid, port: 8787, url: 'http://127.0.0.1:8787', startedAt: '' };
      writeServerLock(folder, lock);
      const refused = await cli(['add', 'putu', '--role', 'viewer', '--password-stdin'], {
        stdin: password,
        folder,
      });
      expect(refused).toMatchObject({ code: 1, out: [], err: [`error: ${heldBy(folder, lock)}`] });
      expect(await users.getByName(database.db, 'putu')).toBeNull();
      writeServerLock(folder, { ...lock, pid: 2 ** 22 + 1 });
      const stale = await cli(['add', 'putu', '--role', 'viewer', '--password-stdin'], {
        stdin: password,
        folder,
      });
      expect(stale.code).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
