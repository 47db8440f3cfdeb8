import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedFolderOf } from './open_database.ts';

/** The file a running server keeps in the embedded database's folder. */
export const SERVER_LOCK_FILE = 'siaga-server.lock';

/** Who holds the embedded folder: the server's process and where it answers. */
export interface ServerLock {
  pid: number;
  port: number;
  /** The address a command on this machine reaches the server at, e.g. http://127.0.0.1:8787. */
  url: string;
  startedAt: string;
}

/** The lock file's text parsed, or null when it is not a lock (empty, half written, another format). */
export function parseServerLock(text: string): ServerLock | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, port, url, startedAt } = value as Record<string, unknown>;
    if (!Number.isInteger(pid) || (pid as number) <= 0) return null;
    if (!Number.isInteger(port) || typeof url !== 'string' || typeof startedAt !== 'string') return null;
    return { pid: pid as number, port: port as number, url, startedAt };
  } catch {
    return null;
  }
}

/** Whether a process with this id runs (EPERM: it runs as another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock when its process still runs; null for no lock or a stale one (the server died without removing it). */
export function liveLock(
  lock: ServerLock | null,
  isAlive: (pid: number) => boolean = pidAlive,
): ServerLock | null {
  return lock && isAlive(lock.pid) ? lock : null;
}

/** The live lock of `folder`, or null when no server holds it. */
export function readServerLock(
  folder: string,
  isAlive: (pid: number) => boolean = pidAlive,
): ServerLock | null {
  let text: string;
  try {
    text = readFileSync(join(folder, SERVER_LOCK_FILE), 'utf8');
  } catch {
    return null;
  }
  return liveLock(parseServerLock(text), isAlive);
}

/** Writes (or replaces a stale) lock for this process into `folder`. */
export function writeServerLock(folder: string, lock: ServerLock): void {
  writeFileSync(join(folder, SERVER_LOCK_FILE), `${JSON.stringify(lock)}\n`);
}

/** Removes the lock of `folder` when it is this pid's (never another server's). */
export function removeServerLock(folder: string, pid: number): void {
  const path = join(folder, SERVER_LOCK_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  if (parseServerLock(text)?.pid === pid) rmSync(path, { force: true });
}

/**
 * The running server holding the embedded folder a command is about to open, or null. `folder` undefined means
 * the folder `openDatabase()` opens; null means there is none to check (a server database, or a test's own).
 */
export function serverHolding(
  folder: string | null | undefined,
  isAlive: (pid: number) => boolean = pidAlive,
): { folder: string; lock: ServerLock } | null {
  const dir = folder === undefined ? embeddedFolderOf() : folder;
  const lock = dir ? readServerLock(dir, isAlive) : null;
  return dir && lock ? { folder: dir, lock } : null;
}

/** The one line a command prints when it will not open a folder a running server holds. */
export function heldBy(folder: string, lock: ServerLock): string {
  return `the Siaga server (pid ${lock.pid}, ${lock.url}) has the database in ${folder} open; stop it first`;
}

/** The address a command on this machine reaches a server listening on `host`:`port` at. */
export function localUrl(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return `http://127.0.0.1:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
