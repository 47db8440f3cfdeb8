import { basename } from 'node:path';
import {
  adminAreas,
  type Database,
  type ReplaceDesaBoundariesResult,
  replaceDesaBoundaries,
  systemActor,
} from '@siaga/db';
import { type DesaBoundaryFeature, readAdminAreasFile } from './read_admin_areas_file.ts';

export interface ImportAdminAreasOptions {
  /** Overwrite desa whose boundary is already official (a second import); otherwise that is a conflict. */
  replaceGeometry?: boolean;
  /** Skip (and report) desa codes the database does not have; otherwise they fail the import. */
  skipUnknown?: boolean;
  /** The file as already read and checked (the CLI reads it before it opens the database). */
  features?: DesaBoundaryFeature[];
}

export interface NameDifference {
  code: string;
  stored: string;
  inFile: string;
}

export interface ImportAdminAreasSummary extends ReplaceDesaBoundariesResult {
  file: string;
  featuresRead: number;
  /** Desa (and kecamatan, by WADMKC) whose name in the file differs from the stored one; names are kept. */
  namesDiffer: NameDifference[];
  ms: number;
}

/**
 * Replaces the boundaries of the desa in a GeoJSON file (official BIG boundaries or plain code/name features)
 * and rebuilds their kecamatan and kabupaten as unions, in ONE transaction: any unreadable feature, invalid
 * geometry, unknown code (unless skipUnknown) or already-official desa (unless replaceGeometry) and nothing is
 * written. Population, codes and names stay as stored.
 *
 * @example await importAdminAreas(database, 'desa.geojson', { skipUnknown: true })
 */
export async function importAdminAreas(
  database: Database,
  file: string,
  options: ImportAdminAreasOptions = {},
): Promise<ImportAdminAreasSummary> {
  const started = performance.now();
  const features = options.features ?? (await readAdminAreasFile(file));
  const stored = await adminAreas.list(database.db, { withGeometry: false });
  const nameOf = new Map(stored.map((a) => [a.properties.code, a.properties.name]));
  const parentOf = new Map(stored.map((a) => [a.properties.code, a.properties.parentCode]));
  const namesDiffer: NameDifference[] = [];
  for (const f of features) {
    const desaName = nameOf.get(f.code);
    if (desaName !== undefined && f.name !== null && !sameName(desaName, f.name)) {
      namesDiffer.push({ code: f.code, stored: desaName, inFile: f.name });
    }
    const kecamatan = parentOf.get(f.code);
    const kecamatanName = kecamatan ? nameOf.get(kecamatan) : undefined;
    if (kecamatan && kecamatanName && f.kecamatanName !== null && !sameName(kecamatanName, f.kecamatanName)) {
      namesDiffer.push({ code: kecamatan, stored: kecamatanName, inFile: f.kecamatanName });
    }
  }
  const result = await replaceDesaBoundaries(database.db, features, {
    source: `Official boundary imported from ${basename(file)}`,
    replaceOfficial: options.replaceGeometry === true,
    skipUnknown: options.skipUnknown === true,
    actor: systemActor('import'),
  });
  return {
    file,
    featuresRead: features.length,
    ...result,
    namesDiffer: unique(namesDiffer),
    ms: performance.now() - started,
  };
}

/** Spelling variants such as "Pancasari" / "Panca Sari" or a different case are the same name. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return norm(a) === norm(b);
}

function unique(list: NameDifference[]): NameDifference[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.code}|${d.inFile}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const km2 = (v: number) => v.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The summary as the CLI prints it. */
export function describeAdminAreaImport(s: ImportAdminAreasSummary): string {
  const moved = s.labelPointsMoved;
  const kecamatan = s.areas.filter((a) => a.level === 'kecamatan');
  const kecamatanSum = kecamatan.reduce((sum, a) => sum + a.afterKm2, 0);
  return [
    `Imported desa boundaries from ${s.file}`,
    `  features read:  ${s.featuresRead}`,
    `  desa updated:   ${s.updated.length}`,
    `  unknown codes:  ${s.unknown.length}${s.unknown.length > 0 ? ` (skipped: ${s.unknown.join(', ')})` : ''}`,
    `  desa not in file (boundary kept): ${s.notInInput.length}${
      s.notInInput.length > 0 && s.notInInput.length <= 10 ? ` (${s.notInInput.join(', ')})` : ''
    }`,
    `  label points recomputed (outside the new boundary): desa ${moved.desa}, kecamatan ${moved.kecamatan}, kabupaten ${moved.kabupaten}`,
    `  names differing from the stored ones (kept): ${s.namesDiffer.length}`,
    ...s.namesDiffer.slice(0, 10).map((d) => `    ${d.code}  stored "${d.stored}", file "${d.inFile}"`),
    ...(s.namesDiffer.length > 10 ? [`    … and ${s.namesDiffer.length - 10} more`] : []),
    '  rebuilt as the union of their desa (km², before -> after):',
    ...s.areas.map(
      (a) =>
        `    ${a.code.padEnd(9)} ${a.name.padEnd(14)} ${km2(a.beforeKm2).padStart(8)} -> ${km2(a.afterKm2)}`,
    ),
    ...(kecamatan.length > 0 ? [`    kecamatan sum            ${km2(kecamatanSum).padStart(8)}`] : []),
    `  time:           ${(s.ms / 1000).toFixed(1)} s`,
  ].join('\n');
}
