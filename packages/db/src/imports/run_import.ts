import type { HazardType, ImportKind, ImportReport } from '@siaga/schema';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { type HazardZoneRow, hazardZoneRows, writeHazardZones } from './hazard_zone_import.ts';
import { ImportFileError } from './import_file_error.ts';
import { ImportNotes } from './import_notes.ts';
import { planPopulation } from './plan_population.ts';
import {
  type PointRow,
  pointRowsOfCsv,
  pointRowsOfFeatures,
  writeCaches,
  writePosts,
} from './point_import.ts';
import { type Crosswalk, readCrosswalk } from './read_crosswalk.ts';
import { isZip, readFeaturesFile } from './read_features_file.ts';
import { type PopulationFile, readPopulationFile } from './read_population_file.ts';
import { storedAreas, writePopulations } from './write_population.ts';

export interface ImportFileOptions {
  /** The CRS of a features file without a .prj. */
  epsg?: number | undefined;
  /** Population: the column to read. */
  column?: string | undefined;
  /** Population: the year of the figures when the file does not say. */
  year?: number | undefined;
  /** Population: a crosswalk CSV from BPS to Kemendagri codes. */
  crosswalk?: { bytes: Uint8Array; file: string } | undefined;
  /** Hazard zones: the type of every zone when the file has no type column (one InaRISK layer per hazard). */
  hazardType?: HazardType | undefined;
}

export interface ApplyOptions {
  actor: Actor;
  /** Check everything (the database too) and report, writing nothing. */
  dryRun?: boolean | undefined;
  /** Take the good rows even when some are refused; without it any refused row writes nothing. */
  skipInvalid?: boolean | undefined;
}

type Payload =
  | { kind: 'population'; file: PopulationFile; crosswalk: Crosswalk }
  | { kind: 'hazard-zones'; rows: HazardZoneRow[] }
  | { kind: 'posts' | 'caches'; rows: PointRow[] };

/** A file read and checked without the database: what it holds and what was already repaired or refused. */
export interface PreparedImport {
  kind: ImportKind;
  file: string;
  format: string;
  rows: number;
  notes: ImportNotes;
  payload: Payload | null;
}

const looksLikeJson = (bytes: Uint8Array) =>
  /^\s*[{[]/.test(new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, ''));

/**
 * Reads and checks an import file (phase one, no database): a file that cannot be read at all comes back with
 * a refusal of the whole file (row null) and no payload.
 */
export async function readImportFile(
  kind: ImportKind,
  bytes: Uint8Array,
  file: string,
  options: ImportFileOptions = {},
): Promise<PreparedImport> {
  const notes = new ImportNotes();
  const prepared = (format: string, rows: number, payload: Payload | null): PreparedImport => ({
    kind,
    file,
    format,
    rows,
    notes,
    payload,
  });
  try {
    const blank =
      bytes.length < 4096 &&
      new TextDecoder()
        .decode(bytes)
        .replace(/^\uFEFF/, '')
        .trim() === '';
    if (bytes.length === 0 || blank) {
      throw new ImportFileError(`${file}: the file is empty`);
    }
    if (kind === 'population') {
      const crosswalk = options.crosswalk
        ? readCrosswalk(options.crosswalk.bytes, options.crosswalk.file)
        : new Map();
      const read = readPopulationFile(bytes, file, notes, options);
      return prepared('csv', read.lines, { kind, file: read, crosswalk });
    }
    if ((kind === 'posts' || kind === 'caches') && !isZip(bytes) && !looksLikeJson(bytes)) {
      const read = pointRowsOfCsv(bytes, file, notes);
      return prepared('csv', read.lines, { kind, rows: read.rows });
    }
    const read = await readFeaturesFile(bytes, file, notes, options.epsg);
    const payload: Payload =
      kind === 'hazard-zones'
        ? { kind, rows: hazardZoneRows(read.features, file, notes, options.hazardType) }
        : { kind, rows: pointRowsOfFeatures(read.features) };
    return prepared(read.format, read.features.length, payload);
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    notes.refuse(null, err.message);
    return prepared('unknown', 0, null);
  }
}

/** Thrown inside the transaction to undo a dry run or a refused import. */
class RollBack extends Error {}

/**
 * Phase two: matches the prepared file against the database and writes it in ONE transaction, which is rolled
 * back on a dry run or when a row was refused (unless skipInvalid): nothing is ever half-written. Answers the
 * report of what was taken, repaired and refused.
 */
export async function applyImport(
  db: SiagaDb,
  prepared: PreparedImport,
  options: ApplyOptions,
): Promise<ImportReport> {
  const { notes, payload } = prepared;
  const head = { kind: prepared.kind, file: prepared.file, format: prepared.format };
  if (payload === null) return notes.report(head, prepared.rows);
  let written = false;
  try {
    await db.transaction(async (tx) => {
      await writePayload(tx, payload, prepared.file, notes, options.actor);
      const refused = notes.refused.length > 0;
      if (options.dryRun || notes.isRefused(null) || (refused && !options.skipInvalid)) throw new RollBack();
    });
    written = true;
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
  const report = notes.report(head, prepared.rows);
  return { ...report, dryRun: options.dryRun === true, written: written && report.taken > 0 };
}

async function writePayload(
  db: SiagaDb,
  payload: Payload,
  file: string,
  notes: ImportNotes,
  actor: Actor,
): Promise<void> {
  switch (payload.kind) {
    case 'population': {
      const plan = planPopulation(payload.file, await storedAreas(db), payload.crosswalk, notes);
      if (plan.updates.length > 0) await writePopulations(db, plan.updates, actor, file);
      return;
    }
    case 'hazard-zones':
      notes.note(`${await writeHazardZones(db, payload.rows, notes, actor)} hazard zones to create`);
      return;
    case 'posts':
      notes.note(`${await writePosts(db, payload.rows, notes, actor)} posts to create`);
      return;
    case 'caches':
      notes.note(`${await writeCaches(db, payload.rows, notes, actor)} caches to create`);
      return;
    default:
      return payload satisfies never;
  }
}

/** Both phases: read the file, then match and write (or only report, on a dry run). */
export async function runImport(
  db: SiagaDb,
  kind: ImportKind,
  bytes: Uint8Array,
  file: string,
  options: ImportFileOptions & ApplyOptions,
): Promise<ImportReport> {
  return applyImport(db, await readImportFile(kind, bytes, file, options), options);
}
