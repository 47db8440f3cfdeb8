import { executeRows } from '@siaga/db';
import { cellCentreLonLat } from '@siaga/geo';
import { CoverageReport, REPORT_BANDS_MIN, RESPONSE_STANDARD_MIN } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetworkService, type NetworkService } from '../../apps/api/src/network/network_service.ts';
import { useTestApp } from './support/test_app.ts';

/**
 * Two independent computations of the report's per-kecamatan figures. The engine counts grid cells by the desa
 * (and so the kecamatan) it rasterised them into; PostGIS intersects the report's own covered-land polygons with
 * each kecamatan as the union of its stored desa boundaries (the engine's kecamatan is its desa: ST_Union,
 * ST_Intersection, ST_Area on geography) and sums the population of the cells
 * whose centres it finds inside both (ST_Intersects). They must agree within 0.5 % per kecamatan.
 */
const t = useTestApp({ seeded: true, as: 'viewer' });
let service: NetworkService;
const TOLERANCE = 0.005;

beforeAll(() => {
  service = createNetworkService(t.database);
});
afterAll(() => service.close());

interface Figures {
  code: string;
  /** km², on the WGS 84 spheroid (ST_Area on geography). */
  area: number;
  population: number;
}

async function postgisFigures(bands: unknown[]): Promise<Figures[]> {
  const db = t.database.db;
  const state = await service.routing();
  const model = state.network.engine.coverageModel(state.areas, 'fire_engine');
  const cells: { lon: number; lat: number; pop: number }[] = [];
  for (const c of model.grid.landCells) {
    const pop = model.cellPopulation[c] as number;
    if (pop > 0) {
      const [lon, lat] = cellCentreLonLat(model.grid, c);
      cells.push({ lon, lat, pop });
    }
  }
  for (const e of model.extras) {
    const [lon, lat] = cellCentreLonLat(model.grid, e.cell);
    cells.push({ lon, lat, pop: e.population });
  }
  const covered = JSON.stringify({ type: 'GeometryCollection', geometries: bands });
  const rows = await executeRows<{ code: string; area: number; population: number }>(
    db,
    sql`
      WITH covered AS (SELECT ST_UnaryUnion(ST_GeomFromGeoJSON(${covered})) AS geom),
      cells AS (
        SELECT ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326) AS geom, r.pop
        FROM json_to_recordset(${JSON.stringify(cells)}::json) AS r(lon float8, lat float8, pop float8)
      ),
      kecamatan AS (
        SELECT parent_code AS code, ST_Union(geom) AS geom FROM admin_areas WHERE level = 'desa' GROUP BY parent_code
      )
      SELECT k.code,
        ST_Area(ST_Intersection(ST_SetSRID(c.geom, 4326), k.geom)::geography) / 1e6 AS area,
        (SELECT COALESCE(SUM(x.pop), 0) FROM cells x
          WHERE ST_Intersects(k.geom, x.geom) AND ST_Intersects(ST_SetSRID(c.geom, 4326), x.geom)) AS population
      FROM kecamatan k, covered c
      ORDER BY k.code`,
  );
  return rows.map((r) => ({
    code: r.code,
    area: Number(r.area),
    population: Number(r.population),
  }));
}

describe('coverage report against PostGIS', () => {
  it('agrees on covered area and population per kecamatan within 0.5 %', async () => {
    const report = CoverageReport.parse((await t.api.get('/api/reports/coverage')).json);
    const layer = await t.api.get('/api/reports/coverage.geojson?layer=coverage');
    expect(layer.status, layer.text).toBe(200);
    const standard = REPORT_BANDS_MIN.indexOf(RESPONSE_STANDARD_MIN);
    const bands = (layer.json as { features: { geometry: unknown }[] }).features
      .slice(0, standard + 1)
      .map((f) => f.geometry);
    const postgis = await postgisFigures(bands);
    expect(postgis.map((p) => p.code)).toEqual(report.kecamatan.map((k) => k.code));
    let worst = 0;
    const lines: string[] = [];
    for (const k of report.kecamatan) {
      const p = postgis.find((x) => x.code === k.code) as Figures;
      const engineArea = k.travel.coveredAreaKm2 ?? 0;
      const areaDiff = Math.abs(engineArea - p.area) / Math.max(engineArea, 1e-9);
      const popDiff =
        Math.abs(k.travel.coveredPopulation - p.population) / Math.max(k.travel.coveredPopulation, 1e-9);
      worst = Math.max(worst, areaDiff, popDiff);
      lines.push(
        `${k.name}: area ${engineArea.toFixed(2)} vs ${p.area.toFixed(2)} km² (${(areaDiff * 100).toFixed(3)} %), ` +
          `population ${k.travel.coveredPopulation.toFixed(0)} vs ${p.population.toFixed(0)} (${(popDiff * 100).toFixed(3)} %)`,
      );
    }
    console.log(`largest difference ${(worst * 100).toFixed(3)} %\n${lines.join('\n')}`);
    expect(worst).toBeLessThan(TOLERANCE);
  });
});
