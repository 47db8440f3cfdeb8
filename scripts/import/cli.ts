import { type Database, describeImportReport, openDatabase, type PreparedImport } from '@siaga/db';
import type { ReadRoadsResult } from '@siaga/geo';
import { SiagaError } from '@siaga/schema';
import { describeAdminAreaImport, importAdminAreas } from './import_admin_areas.ts';
import { describeImport, importRoads } from './import_roads.ts';
import {
  isOfficialKind,
  OFFICIAL_USAGE,
  type OfficialImportCommand,
  parseOfficialArgs,
  prepareOfficialImport,
  refusedBeforeDatabase,
  runOfficialImport,
} from './official_import.ts';
import { type DesaBoundaryFeature, readAdminAreasFile } from './read_admin_areas_file.ts';
import { readRoadsFile } from './read_roads_file.ts';

export const USAGE = [
  'usage: npm run import -- roads FILE [--replace]   (FILE: .osm.pbf, .osm, .osm.gz, .osm.bz2 or .geojson)',
  '       npm run import -- admin-areas FILE [--replace-geometry] [--skip-unknown]   (FILE: desa polygons, .geojson)',
  OFFICIAL_USAGE,
].join('\n');

export type ImportCommand =
  | { kind: 'roads'; file: string; replace: boolean }
  | { kind: 'admin-areas'; file: string; replaceGeometry: boolean; skipUnknown: boolean }
  | OfficialImportCommand;

const FLAGS: Record<'roads' | 'admin-areas', readonly string[]> = {
  roads: ['--replace'],
  'admin-areas': ['--replace-geometry', '--skip-unknown'],
};

/** Parses the words after `npm run import --`. */
export function parseImportArgs(argv: readonly string[]): ImportCommand {
  const flags = argv.filter((a) => a.startsWith('--'));
  const words = argv.filter((a) => !a.startsWith('--'));
  const [kind, file, ...rest] = words;
  if (isOfficialKind(kind) && file !== undefined && rest.length === 0)
    return parseOfficialArgs(kind, file, flags, USAGE);
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

/** The file of a command, read and checked before the database is opened (opening takes seconds). */
type Prepared =
  | { kind: 'roads'; read: ReadRoadsResult }
  | { kind: 'admin-areas'; features: DesaBoundaryFeature[] }
  | { kind: 'official'; prepared: PreparedImport };

async function prepare(command: ImportCommand): Promise<Prepared> {
  if (command.kind === 'roads') return { kind: 'roads', read: await readRoadsFile(command.file) };
  if (command.kind === 'admin-areas') {
    return { kind: 'admin-areas', features: await readAdminAreasFile(command.file) };
  }
  return { kind: 'official', prepared: await prepareOfficialImport(command) };
}

async function run(database: Database, command: ImportCommand, prepared: Prepared): Promise<string> {
  switch (command.kind) {
    case 'roads':
      return describeImport(
        await importRoads(database, command.file, {
          replace: command.replace,
          ...(prepared.kind === 'roads' ? { read: prepared.read } : {}),
        }),
      );
    case 'admin-areas':
      return describeAdminAreaImport(
        await importAdminAreas(database, command.file, {
          replaceGeometry: command.replaceGeometry,
          skipUnknown: command.skipUnknown,
          ...(prepared.kind === 'admin-areas' ? { features: prepared.features } : {}),
        }),
      );
    default: {
      if (prepared.kind !== 'official') throw new Error('prepared for another kind');
      const report = await runOfficialImport(database, command, prepared.prepared);
      if (report.written || report.dryRun) return describeImportReport(report);
      throw new ReportedFailure(describeImportReport(report));
    }
  }
}

/** An official import that wrote nothing: its report is the message, printed whole. */
class ReportedFailure extends Error {}

function reportFailure(io: { error: (line: string) => void }, err: unknown): number {
  if (err instanceof ReportedFailure) {
    io.error(err.message);
    return 1;
  }
  if (!(err instanceof SiagaError)) throw err;
  io.error(`Import failed, nothing was written: ${err.message}`);
  for (const d of err.details.slice(0, 20)) io.error(`  ${d.path}: ${d.message}`);
  if (err.details.length > 20) io.error(`  … and ${err.details.length - 20} more`);
  return 1;
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
  let prepared: Prepared;
  try {
    prepared = await prepare(command);
  } catch (err) {
    return reportFailure(io, err);
  }
  if (prepared.kind === 'official' && command.kind !== 'roads' && command.kind !== 'admin-areas') {
    if (refusedBeforeDatabase(command, prepared.prepared)) {
      return reportFailure(
        io,
        new ReportedFailure(
          describeImportReport(prepared.prepared.notes.report(prepared.prepared, prepared.prepared.rows)),
        ),
      );
    }
  }
  const database = await (io.open ?? (() => openDatabase({ log: io.log })))();
  try {
    io.log(await run(database, command, prepared));
    return 0;
  } catch (err) {
    return reportFailure(io, err);
  } finally {
    await database.close();
  }
}
