import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import {
  type Database,
  heldBy,
  openDatabase,
  restoreBackup,
  type ServerLock,
  serverHolding,
  writeBackup,
} from '@siaga/db';
import { SiagaError } from '@siaga/schema';

export const USAGE = [
  'usage: npm run backup -- FILE    (writes a consistent snapshot of every table; FILE must not exist)',
  '       npm run restore -- FILE   (into an empty database: a new DATABASE_URL database or SIAGA_DATA_DIR folder)',
].join('\n');

export interface BackupCliIo {
  log: (line: string) => void;
  error: (line: string) => void;
  open?: () => Promise<Database>;
  /** The embedded folder to look for a running server's lock in; default the one `openDatabase()` opens, none with `open`. */
  folder?: string | null;
  /** SIAGA_TOKEN: an admin's API token, to back up through a running server. Default process.env. */
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
}

const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/** The message of an error envelope, else the status line. */
async function refusal(res: Response): Promise<string> {
  const text = await res.text();
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === 'string') return `${res.status} ${message}`;
  } catch {}
  return `${res.status} ${res.statusText}`;
}

/**
 * `backup FILE` while a server holds the embedded folder: asks the server for GET /api/backup (its own
 * consistent snapshot) with the admin token in SIAGA_TOKEN, and writes the answer to FILE (removed again when
 * the download breaks).
 */
async function backupThroughServer(
  file: string,
  { folder, lock }: { folder: string; lock: ServerLock },
  io: BackupCliIo,
): Promise<number> {
  const token = (io.env ?? process.env).SIAGA_TOKEN;
  if (!token) {
    io.error(
      `error: ${heldBy(folder, lock)}, or set SIAGA_TOKEN to an admin's API token to back up through it`,
    );
    return 1;
  }
  const started = performance.now();
  const res = await (io.fetch ?? fetch)(`${lock.url}/api/backup`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok || !res.body) {
    io.error(`error: the running server refused the backup: ${await refusal(res)}`);
    return 1;
  }
  try {
    await pipeline(
      Readable.fromWeb(res.body as NodeReadableStream<Uint8Array>),
      createWriteStream(file, { flags: 'wx' }),
    );
  } catch (err) {
    rmSync(file, { force: true });
    io.error(`error: the backup download broke off (${err instanceof Error ? err.message : String(err)})`);
    return 1;
  }
  io.log(`Backed up through the running server (pid ${lock.pid}) to ${file} in ${seconds(started)} s`);
  return 0;
}

function summary(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, n]) => `  ${table.padEnd(14)} ${n}`)
    .join('\n');
}

/**
 * `backup FILE` or `restore FILE` on the database `npm start` uses (DATABASE_URL, else the embedded folder);
 * answers the exit code: 0 done, 1 refused (nothing restored), 2 bad arguments.
 */
export async function runBackupCli(
  kind: 'backup' | 'restore',
  argv: readonly string[],
  io: BackupCliIo,
): Promise<number> {
  const [file, ...rest] = argv;
  if (file === undefined || file.startsWith('--') || rest.length > 0) {
    io.error(`error: ${kind} needs exactly one FILE\n${USAGE}`);
    return 2;
  }
  if (kind === 'backup' && existsSync(file)) {
    io.error(`error: ${file} already exists; choose a new file name`);
    return 2;
  }
  if (kind === 'restore' && !existsSync(file)) {
    io.error(`error: no file ${file}`);
    return 2;
  }
  const held = serverHolding(io.open && io.folder === undefined ? null : io.folder);
  if (held) {
    if (kind === 'backup') return backupThroughServer(file, held, io);
    io.error(`error: ${heldBy(held.folder, held.lock)}`);
    return 1;
  }
  const database = await (io.open ?? (() => openDatabase()))();
  try {
    const started = performance.now();
    const counts =
      kind === 'backup' ? await writeBackup(database, file) : await restoreBackup(database, file);
    io.log(
      `${kind === 'backup' ? 'Backed up to' : 'Restored from'} ${file} in ${seconds(started)} s:\n${summary(counts)}`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof SiagaError)) throw err;
    io.error(`error: ${err.message}`);
    return 1;
  } finally {
    await database.close();
  }
}
