import { type Database, describeImportReport, openDatabase, type PreparedImport } from '@siaga/db';
import { SiagaError } from '@siaga/schema';
import { CLIP_USAGE, type ClipSpec, clipArea, describeClip, parseClipArgs } from './clip_option.ts';
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
import { type ProgressOut, progressLine } from './progress_line.ts';
import { type DesaBoundaryFeature, readAdminAreasFile } from './read_admin_areas_file.ts';
import { type ReadRoadsFileResult, readRoadsFile } from './read_roads_file.ts';
import { roadsFileFormat } from './roads_file_format.ts';

export const USAGE = [
  'usage: npm run import -- roads FILE [--replace]   (FILE: .osm.pbf, .osm, .osm.gz, .osm.bz2 or .geojson)',
  `       npm run import -- roads FILE ${CLIP_USAGE}   (a regional OSM extract, cut to the study area)`,
  '       npm run import -- admin-areas FILE [--replace-geometry] [--skip-unknown]   (FILE: desa polygons, .geojson)',
  OFFICIAL_USAGE,
].join('\n');

export type ImportCommand =
  | { kind: 'roads'; file: string; replace: boolean; clip?: ClipSpec }
  | { kind: 'admin-areas'; file: string; replaceGeometry: boolean; skipUnknown: boolean }
  | OfficialImportCommand;

const FLAGS: Record<'roads' | 'admin-areas', readonly string[]> = {
  roads: ['--replace'],
  'admin-areas': ['--replace-geometry', '--skip-unknown'],
};

/** Parses the words after `npm run import --`. */
export function parseImportArgs(all: readonly string[]): ImportCommand {
  const roads = all.find((a) => !a.startsWith('--')) === 'roads';
  const { clip, rest: argv } = roads ? parseClipArgs(all) : { clip: null, rest: [...all] };
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
  if (kind === 'roads')
    return { kind, file, replace: flags.includes('--replace'), ...(clip === null ? {} : { clip }) };
  return {
    kind,
    file,
    replaceGeometry: flags.includes('--replace-geometry'),
    skipUnknown: flags.includes('--skip-unknown'),
  };
}

/** The file of a command, read and checked before the database is opened (opening takes seconds). */
type Prepared =
  | { kind: 'roads'; read: ReadRoadsFileResult }
  /** Clipped to the stored kabupaten: only the file's start is checked; it is read once the database is open. */
  | { kind: 'roads-after-open' }
  | { kind: 'admin-areas'; features: DesaBoundaryFeature[] }
  | { kind: 'official'; prepared: PreparedImport };

interface Io {
  log: (line: string) => void;
  error: (line: string) => void;
  open?: () => Promise<Database>;
  /** Where a long read shows its progress (process.stderr for the CLI); none in tests. */
  progress?: ProgressOut;
}

async function prepare(command: ImportCommand, io: Io): Promise<Prepared> {
  if (command.kind === 'roads') {
    if (command.clip?.kind === 'kabupaten') {
      await roadsFileFormat(command.file);
      return { kind: 'roads-after-open' };
    }
    return { kind: 'roads', read: await readRoads(command.file, command.clip, io) };
  }
  if (command.kind === 'admin-areas') {
    return { kind: 'admin-areas', features: await readAdminAreasFile(command.file) };
  }
  return { kind: 'official', prepared: await prepareOfficialImport(command) };
}

/** Reads a roads file, clipped when asked, showing progress on `io.progress`. */
async function readRoads(
  file: string,
  clip: ClipSpec | undefined,
  io: Io,
  database?: Database,
): Promise<ReadRoadsFileResult> {
  const area = clip === undefined ? undefined : await clipArea(clip, database);
  const progress = io.progress === undefined ? null : progressLine(io.progress);
  try {
    return await readRoadsFile(file, {
      ...(area === undefined ? {} : { clip: area }),
      ...(progress === null ? {} : { onProgress: progress.update }),
    });
  } finally {
    progress?.done();
  }
}

async function run(database: Database, command: ImportCommand, prepared: Prepared, io: Io): Promise<string> {
  switch (command.kind) {
    case 'roads': {
      const read =
        prepared.kind === 'roads' ? prepared.read : await readRoads(command.file, command.clip, io, database);
      return describeImport(
        await importRoads(database, command.file, {
          replace: command.replace,
          read,
          ...(command.clip === undefined || read.clip === undefined
            ? {}
            : { clip: { area: describeClip(command.clip), ...read.clip } }),
        }),
      );
    }
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
export async function runImportCli(argv: readonly string[], io: Io): Promise<number> {
  let command: ImportCommand;
  try {
    command = parseImportArgs(argv);
  } catch (err) {
    io.error((err as Error).message);
    return 2;
  }
  let prepared: Prepared;
  try {
    prepared = await prepare(command, io);
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
    io.log(await run(database, command, prepared, io));
    return 0;
  } catch (err) {
    return reportFailure(io, err);
  } finally {
    await database.close();
  }
}
