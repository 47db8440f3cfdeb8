import { type HazardType, HazardZoneCreate } from '@siaga/schema';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { type HazardZoneCreateParsed, hazardZones } from '../repositories/hazard_zones.ts';
import { usableGeometries } from './check_geometries.ts';
import { firstFilled, hazardLevelOf, hazardTypeOf, LEVEL_FIELDS, TYPE_FIELDS } from './hazard_classes.ts';
import type { ImportNotes } from './import_notes.ts';
import type { FileFeature } from './read_features_file.ts';

export interface HazardZoneRow {
  row: number;
  geometry: unknown;
  zone: HazardZoneCreateParsed;
}

const text = (v: unknown) => (v === undefined || v === null ? null : String(v).trim() || null);

/**
 * Turns the features of a hazard file into zones to create: class from kelas / tingkat / gridcode / …, type
 * from jenis / bencana / … or `hazardType` for the whole file, a name and a source naming the file. Features
 * without a polygon, class or type are refused (noted).
 */
export function hazardZoneRows(
  features: FileFeature[],
  file: string,
  notes: ImportNotes,
  hazardType?: HazardType,
): HazardZoneRow[] {
  const out: HazardZoneRow[] = [];
  for (const f of features) {
    if (f.geometry === null || !/^(Multi)?Polygon$/.test(f.geometry.type)) {
      notes.refuse(f.row, `no polygon (${f.geometry?.type ?? 'no geometry'})`);
      continue;
    }
    const level = hazardLevelOf(firstFilled(f.properties, LEVEL_FIELDS));
    const given = firstFilled(f.properties, TYPE_FIELDS);
    const type = given === undefined && hazardType ? { value: hazardType } : hazardTypeOf(given);
    if ('error' in level || 'error' in type) {
      notes.refuse(
        f.row,
        ['error' in level ? level.error : '', 'error' in type ? type.error : ''].filter(Boolean).join('; '),
      );
      continue;
    }
    if (level.repaired) notes.repair(f.row, level.repaired);
    const name =
      text(firstFilled(f.properties, ['nama', 'name', 'keterangan'])) ??
      `${type.value} ${level.value} ${f.row}`;
    const source = text(firstFilled(f.properties, ['sumber', 'source']));
    const parsed = HazardZoneCreate.safeParse({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        name,
        hazardType: type.value,
        level: level.value,
        source: `Imported from ${file}${source ? ` (${source})` : ''}`.slice(0, 1000),
      },
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      notes.refuse(f.row, `${issue?.path.join('.')}: ${issue?.message}`);
      continue;
    }
    out.push({ row: f.row, geometry: parsed.data.geometry, zone: parsed.data });
  }
  return out;
}

/** Checks the zones' geometries in PostGIS and against the kabupaten, then creates the usable ones. */
export async function writeHazardZones(
  db: SiagaDb,
  rows: HazardZoneRow[],
  notes: ImportNotes,
  actor: Actor,
): Promise<number> {
  const usable = await usableGeometries(db, 'area', rows, notes);
  const created = await hazardZones.create(
    db,
    usable.map((r) => r.zone),
    actor,
  );
  return created.length;
}
