import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  liveLock,
  localUrl,
  parseServerLock,
  pidAlive,
  readServerLock,
  removeServerLock,
  SERVER_LOCK_FILE,
  serverHolding,
  writeServerLock,
} from './server_lock.ts';

const folder = mkdtempSync(join(tmpdir(), 'siaga-lock-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const lockOf = (pid: number) => ({
  pid,
  port: 8787,
  url: 'http://127.0.0.1:8787',
  startedAt: '2026-11-29T20:00:00.000Z',
});
/** The pid of a process that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('the server lock of the embedded folder', () => {
  it('parses a lock and rejects what is not one', () => {
    expect(parseServerLock(JSON.stringify(lockOf(42)))).toEqual(lockOf(42));
    for (const bad of ['', '{', 'null', '42', JSON.stringify({ ...lockOf(42), pid: 0 })])
      expect(parseServerLock(bad), bad).toBeNull();
    expect(parseServerLock(JSON.stringify({ ...lockOf(42), port: '8787' }))).toBeNull();
  });

  it('keeps a lock whose process runs and drops a stale one', () => {
    expect(liveLock(lockOf(7), (pid) => pid === 7)).toEqual(lockOf(7));
    expect(liveLock(lockOf(7), () => false)).toBeNull();
    expect(liveLock(null, () => true)).toBeNull();
    expect(pidAlive(process.pid)).toBe(true);
    expect(pidAlive(deadPid())).toBe(false);
  });

  it('reads the live lock from the folder, ignores a stale or broken one, and replaces it', () => {
    expect(readServerLock(folder)).toBeNull();
    writeServerLock(folder, lockOf(deadPid()));
    expect(readServerLock(folder)).toBeNull();
    expect(serverHolding(folder)).toBeNull();
    writeServerLock(folder, lockOf(process.pid));
    expect(readServerLock(folder)).toEqual(lockOf(process.pid));
    expect(serverHolding(folder)).toEqual({ folder, lock: lockOf(process.pid) });
    expect(serverHolding(null)).toBeNull();
    writeFileSync(join(folder, SERVER_LOCK_FILE), 'half a lo');
    expect(readServerLock(folder)).toBeNull();
  });

  it('removes only its own lock', () => {
    writeServerLock(folder, lockOf(process.pid));
    removeServerLock(folder, process.pid + 1);
    expect(existsSync(join(folder, SERVER_LOCK_FILE))).toBe(true);
    removeServerLock(folder, process.pid);
    expect(existsSync(join(folder, SERVER_LOCK_FILE))).toBe(false);
    removeServerLock(folder, process.pid);
  });

  it('reaches a server listening on every address through the loopback', () => {
    expect(localUrl('0.0.0.0', 8787)).toBe('http://127.0.0.1:8787');
    expect(localUrl('::', 80)).toBe('http://127.0.0.1:80');
    expect(localUrl('::1', 80)).toBe('http://[::1]:80');
    expect(localUrl('192.168.1.5', 8787)).toBe('http://192.168.1.5:8787');
  });
});
