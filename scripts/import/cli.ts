import { type Database, openDatabase } from '@siaga/db';
import { SiagaError } from '@siaga/schema';
import { describeAdminAreaImport, importAdminAreas } from './import_admin_areas.ts';
import { describeImport, importRoads } from './import_roads.ts';

export const USAGE = [
  'usage: npm run import -- roads FILE [--replace]   (FILE: .osm.pbf or .geojson)',
  '       npm run import -- admin-areas FILE [--replace-geometry] [--skip-unknown]   (FILE: desa polygons, .geojson)',
].join('\n');

export type ImportCommand =
  | { kind: 'roads'; file: string; replace: boolean }
  | { kind: 'admin-areas'; file: string; replaceGeometry: boolean; skipUnknown: boolean };

const FLAGS: Record<ImportCommand['kind'], readonly string[]> = {
  roads: ['--replace'],
  'admin-areas': ['--replace-geometry', '--skip-unknown'],
};

/** Parses the words after `npm run import --`. */
export function parseImportArgs(argv: readonly string[]): ImportCommand {
  const flags = argv.filter((a) => a.startsWith('--'));
  const words = argv.filter((a) => !a.startsWith('--'));
  const [kind, file, ...rest] = words;
  if ((kind !== 'roads' && kind !== 'admin-areas') || file === undefined || rest.length > 0)
    throw new SiagaError('bad_request', USAGE);
  const unknown = flags.filter((f) => !FLAGS[kind].includes(f));
  if (unknown.length > 0)
    throw new SiagaError('bad_request', `unknown option ${unknown.join(', ')} for ${kind}\n${USAGE}`);
  if (kind === 'roads') return { kind, file, replace: flags.includes('--replace') };
  return {
    kind,
    file,
    replaceGeometry: flags.includes('--replace-geometry'),
    skipUnknown: flags.includes('--skip-unknown'),
  };
}

async function run(database: Database, command: ImportCommand): Promise<string> {
  switch (command.kind) {
    case 'roads':
      return describeImport(await importRoads(database, command.file, { replace: command.replace }));
    case 'admin-areas':
      return describeAdminAreaImport(
        await importAdminAreas(database, command.file, {
          replaceGeometry: command.replaceGeometry,
          skipUnknown: command.skipUnknown,
        }),
      );
    default:
      return command satisfies never;
  }
}

/**
 * Runs the import on the embedded database (or DATABASE_URL) and answers the process exit code: 0 done, 1 the
 * import failed and nothing was written, 2 bad arguments. `open` is the database to use, for tests.
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
    io.log(await run(database, command));
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
