import { type Database, openDatabase } from '@siaga/db';
import { SiagaError } from '@siaga/schema';
import { describeImport, importRoads } from './import_roads.ts';

export const USAGE = 'usage: npm run import -- roads FILE [--replace]   (FILE: .osm.pbf or .geojson)';

export interface ImportCommand {
  kind: 'roads';
  file: string;
  replace: boolean;
}

/** Parses the words after `npm run import --`. */
export function parseImportArgs(argv: readonly string[]): ImportCommand {
  const flags = argv.filter((a) => a.startsWith('--'));
  const words = argv.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--replace');
  if (unknown.length > 0)
    throw new SiagaError('bad_request', `unknown option ${unknown.join(', ')}\n${USAGE}`);
  const [kind, file, ...rest] = words;
  if (kind !== 'roads' || file === undefined || rest.length > 0) throw new SiagaError('bad_request', USAGE);
  return { kind, file, replace: flags.includes('--replace') };
}

/**
 * Runs the import on the embedded database (or DATABASE_URL) and answers the process exit code. `open` is the
 * database to use, for tests.
 */
export async function runImportCli(
  argv: readonly string[],
  io: { log: (line: string) => void; error: (line: string) => void; open?: () => Promise<Database> },
): Promise<number> {
  let command: ImportCommand;
  try {
    command = parseImportArgs(argv);
  } catch (err) {
    io.error((err as Error).message);
    return 2;
  }
  const database = await (io.open ?? (() => openDatabase({ log: io.log })))();
  try {
    io.log(describeImport(await importRoads(database, command.file, { replace: command.replace })));
    return 0;
  } catch (err) {
    if (!(err instanceof SiagaError)) throw err;
    io.error(`Import failed, nothing was written: ${err.message}`);
    for (const d of err.details.slice(0, 20)) io.error(`  ${d.path}: ${d.message}`);
    if (err.details.length > 20) io.error(`  … and ${err.details.length - 20} more`);
    return 1;
  } finally {
    await database.close();
  }
}
