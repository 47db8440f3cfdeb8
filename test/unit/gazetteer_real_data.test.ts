import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdminAreaFeature } from '@siaga/schema';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { adminIndex, locatePoint } from '../../apps/web/src/gazetteer/locate_point.ts';
import { searchGazetteer } from '../../apps/web/src/gazetteer/search_gazetteer.ts';
import { seedGazetteer } from '../../apps/web/src/testing/seed_gazetteer.ts';
import { realDataDir } from '../support/real_data.ts';

const dir = realDataDir();

interface CrosswalkRow {
  code: string;
  names: string[];
  point: [number, number];
}

/** desa_crosswalk.csv: Kemendagri code, BIG, Kemendagri 2025 and BPS 2020 names, a representative point. */
function crosswalk(): CrosswalkRow[] {
  const [header, ...rows] = readFileSync(join(dir ?? '', 'buleleng', 'desa_crosswalk.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  const col = (name: string) => header?.indexOf(name) ?? -1;
  return rows.map((r) => ({
    code: r[col('kode_kemendagri')] ?? '',
    names: [r[col('nama_big')], r[col('nama_kemendagri_2025')], r[col('nama_bps_2020')]].filter(
      (n): n is string => n !== undefined,
    ),
    point: [Number(r[col('rep_point_lon')]), Number(r[col('rep_point_lat')])],
  }));
}

type BigDesa = Feature<Polygon | MultiPolygon, { KDEPUM: string; KDCPUM: string; NAMOBJ: string }>;

/** BIG's desa polygons as the API serves admin areas. */
function bigDesa(): AdminAreaFeature[] {
  const fc = JSON.parse(
    readFileSync(join(dir ?? '', 'buleleng', 'desa.geojson'), 'utf8'),
  ) as FeatureCollection<BigDesa['geometry'], BigDesa['properties']>;
  return fc.features.map((f) =>
    AdminAreaFeature.parse({
      type: 'Feature',
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'MultiPolygon', coordinates: [f.geometry.coordinates] }
          : f.geometry,
      properties: {
        code: f.properties.KDEPUM,
        name: f.properties.NAMOBJ,
        level: 'desa',
        parentCode: f.properties.KDCPUM,
        areaKm2: 0,
      },
    }),
  );
}

describe.skipIf(dir === null)(
  'gazetteer against the reference names and boundaries (real-data check)',
  () => {
    it('finds every desa by its BIG, Kemendagri and BPS spellings, first among equals', () => {
      const index = seedGazetteer();
      const missed: string[] = [];
      let tried = 0;
      for (const row of crosswalk()) {
        for (const name of new Set(row.names)) {
          // BPS 2020 still calls Dapdap Putih by its former name, Tista: a different word, not a spelling.
          if (name === 'Tista') continue;
          tried++;
          const results = searchGazetteer(index, name);
          const best = results[0]?.score;
          const top = results.filter(
            (r) => r.score === best && (r.kind === 'desa' || r.kind === 'kelurahan'),
          );
          if (!top.some((r) => r.id === row.code)) missed.push(`${name} (${row.code})`);
        }
      }
      expect(tried).toBeGreaterThan(148);
      expect(missed).toEqual([]);
    });

    it('names the desa of every representative point against BIG’s own polygons', () => {
      const desa = bigDesa();
      const index = adminIndex(desa, [], []);
      const wrong = crosswalk().filter((row) => {
        const where = locatePoint(index, row.point);
        return where.kind !== 'desa' || where.desa.properties.code !== row.code;
      });
      expect(wrong.map((r) => r.code)).toEqual([]);
    });
  },
);
