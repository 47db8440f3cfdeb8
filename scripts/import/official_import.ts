import { basename } from 'node:path';
import { applyImport, type Database, type PreparedImport, readImportFile, systemActor } from '@siaga/db';
import { HazardType, ImportKind, SiagaError } from '@siaga/schema';
import { readChecked } from './checked_file.ts';

export const OFFICIAL_USAGE = [
  '       npm run import -- population FILE.csv [--crosswalk=FILE.csv] [--column=NAME] [--year=YYYY]',
  '       npm run import -- hazard-zones FILE (.geojson or zipped shapefile) [--epsg=CODE] [--hazard-type=TYPE]',
  '       npm run import -- posts|caches FILE (.csv with bujur/lintang, or .geojson)',
  '         every official import: [--dry-run] [--skip-invalid]',
].join('\n');

export interface OfficialImportCommand {
  kind: ImportKind;
  file: string;
  dryRun: boolean;
  skipInvalid: boolean;
  epsg?: number;
  column?: string;
  year?: number;
  crosswalk?: string;
  hazardType?: HazardType;
}

const VALUED: Record<string, readonly ImportKind[]> = {
  '--crosswalk': ['population'],
  '--column': ['population'],
  '--year': ['population'],
  '--epsg': ['hazard-zones', 'posts', 'caches'],
  '--hazard-type': ['hazard-zones'],
};

/** The words after `npm run import --` for an official import; throws bad_request naming what is wrong. */
export function parseOfficialArgs(
  kind: ImportKind,
  file: string,
  flags: string[],
  usage: string,
): OfficialImportCommand {
  const command: OfficialImportCommand = { kind, file, dryRun: false, skipInvalid: false };
  for (const flag of flags) {
    const [name = '', value] = flag.split(/=(.*)/s);
    if (flag === '--dry-run') command.dryRun = true;
    else if (flag === '--skip-invalid') command.skipInvalid = true;
    else if (VALUED[name]?.includes(kind) && value) {
      if (name === '--crosswalk') command.crosswalk = value;
      if (name === '--column') command.column = value;
      if (name === '--year' || name === '--epsg') {
        if (!/^\d{4,5}$/.test(value))
          throw new SiagaError('bad_request', `${name} takes a number, not "${value}"`);
        command[name === '--year' ? 'year' : 'epsg'] = Number(value);
      }
      if (name === '--hazard-type') {
        const type = HazardType.safeParse(value);
        if (!type.success) {
          throw new SiagaError('bad_request', `--hazard-type is one of ${HazardType.options.join(', ')}`);
        }
        command.hazardType = type.data;
      }
    } else throw new SiagaError('bad_request', `unknown option ${flag} for ${kind}\n${usage}`);
  }
  return command;
}

/** Reads and checks the file (and crosswalk) before any database is opened. */
export async function prepareOfficialImport(c: OfficialImportCommand): Promise<PreparedImport> {
  const crosswalk = c.crosswalk
    ? { bytes: await readChecked(c.crosswalk), file: basename(c.crosswalk) }
    : undefined;
  return readImportFile(c.kind, await readChecked(c.file), basename(c.file), {
    epsg: c.epsg,
    column: c.column,
    year: c.year,
    crosswalk,
    hazardType: c.hazardType,
  });
}

/** Whether the file check alone already means nothing will be written (so the database is never opened). */
export function refusedBeforeDatabase(c: OfficialImportCommand, p: PreparedImport): boolean {
  return p.payload === null || (p.notes.refused.length > 0 && !c.skipInvalid);
}

export function runOfficialImport(database: Database, c: OfficialImportCommand, p: PreparedImport) {
  return applyImport(database.db, p, {
    actor: systemActor('import'),
    dryRun: c.dryRun,
    skipInvalid: c.skipInvalid,
  });
}

export const isOfficialKind = (kind: string | undefined): kind is ImportKind =>
  ImportKind.safeParse(kind).success;
