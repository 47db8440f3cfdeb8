import { existsSync } from 'node:fs';
import { type Database, openDatabase, restoreBackup, writeBackup } from '@siaga/db';
import { SiagaError } from '@siaga/schema';

export const USAGE = [
  'usage: npm run backup -- FILE    (writes a consistent snapshot of every table; FILE must not exist)',
  '       npm run restore -- FILE   (into an empty database: a new DATABASE_URL database or SIAGA_DATA_DIR folder)',
].join('\n');

export interface BackupCliIo {
  log: (line: string) => void;
  error: (line: string) => void;
  open?: () => Promise<Database>;
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
  const database = await (io.open ?? (() => openDatabase()))();
  try {
    const started = performance.now();
    const counts =
      kind === 'backup' ? await writeBackup(database, file) : await restoreBackup(database, file);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.log(
      `${kind === 'backup' ? 'Backed up to' : 'Restored from'} ${file} in ${seconds} s:\n${summary(counts)}`,
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
