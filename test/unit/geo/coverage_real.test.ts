import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AdminAreaInput,
  buildCoverageModel,
  buildGraph,
  type CoveragePost,
  type CoverageReport,
  computeCoverage,
  type ModeCoverage,
  readGeoJsonRoads,
} from '@siaga/geo';
import type { AreaGeometry } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { realDataDir } from '../../support/real_data.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
type Fc<P> = {
  features: { id?: string; geometry: AreaGeometry & { coordinates: unknown }; properties: P }[];
};

const seedAreas = read<Fc<AdminAreaInput['properties']>>(join(DATA, 'admin_areas.geojson'))
  .features as AdminAreaInput[];
const graph = buildGraph(readGeoJsonRoads(read(join(DATA, 'roads.geojson'))).roads);
const posts: CoveragePost[] = read<{
  features: {
    id?: string;
    geometry: { coordinates: number[] };
    properties: { name: string; turnoutSeconds: number };
  }[];
}>(join(DATA, 'posts.geojson')).features.map((f) => ({
  id: f.id ?? f.properties.name,
  position: f.geometry.coordinates,
  turnoutSeconds: f.properties.turnoutSeconds,
}));
const hazardPath = join(DATA, 'hazard_zones.geojson');
const hazardZones = existsSync(hazardPath) ? read<Fc<never>>(hazardPath).features : [];
const desaPointsPath = join(DATA, 'desa_points.geojson');
const desaPoints = existsSync(desaPointsPath)
  ? read<{
      features: { geometry: { type: 'Point'; coordinates: number[] }; properties: { code: string } }[];
    }>(desaPointsPath).features
  : [];

function modes(r: CoverageReport): ModeCoverage[] {
  return [r.travelTime, r.wmkRadius, r.wmkNetwork].filter((m): m is ModeCoverage => m !== null);
}

/** The bookkeeping every report must satisfy, whatever the boundaries. */
function expectTotalsAddUp(r: CoverageReport): void {
  for (const m of modes(r)) {
    for (const [j, level] of m.levels.entries()) {
      expect(level.coveredPopulation + level.uncoveredPopulation).toBeCloseTo(r.population, 3);
      for (const s of [level.areaShare, level.populationShare, ...level.hazards.map((h) => h.share)]) {
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }
      const byKecamatan = m.kecamatan.reduce((sum, k) => sum + (k.coveredPopulation[j] ?? 0), 0);
      expect(byKecamatan).toBeCloseTo(level.coveredPopulation, 3);
    }
    if (m.levels.length > 1) {
      for (let j = 1; j < m.levels.length; j++) {
        expect(m.levels[j]?.coveredPopulation).toBeGreaterThanOrEqual(
          m.levels[j - 1]?.coveredPopulation ?? Infinity,
        );
      }
    }
  }
}

function line(label: string, r: CoverageReport): string {
  const t = r.travelTime?.levels.map((l) => `${l.limit} min ${(l.populationShare * 100).toFixed(1)} % pop`);
  const w = r.wmkRadius?.levels[0];
  const n = r.wmkNetwork?.levels[0];
  return (
    `${label}: land ${r.landAreaKm2.toFixed(0)} km²; travel time ${t?.join(', ')}; ` +
    `WMK radius ${((w?.areaShare ?? 0) * 100).toFixed(1)} % area / ${((w?.populationShare ?? 0) * 100).toFixed(1)} % pop; ` +
    `WMK network ${((n?.areaShare ?? 0) * 100).toFixed(1)} % area / ${((n?.populationShare ?? 0) * 100).toFixed(1)} % pop`
  );
}

describe('coverage on the demo seed (data/*.geojson)', () => {
  const model = buildCoverageModel({ graph, adminAreas: seedAreas, hazardZones, desaPoints });
  const report = computeCoverage(model, posts);

  it('counts every desa population once: desa sum = kabupaten = model total', () => {
    const kabupaten = seedAreas.find((a) => a.properties.level === 'kabupaten');
    const desaSum = seedAreas
      .filter((a) => a.properties.level === 'desa')
      .reduce((s, a) => s + (a.properties.population ?? 0), 0);
    expect(desaSum).toBe(kabupaten?.properties.population);
    expect(report.population).toBeCloseTo(desaSum, 3);
    expect(model.desa.every((d) => d.pointSource === 'given' || desaPoints.length === 0)).toBe(true);
  });

  it('adds up: covered + uncovered = total, shares within [0, 1], kecamatan sums = kabupaten', () => {
    expectTotalsAddUp(report);
    expect(report.unanchoredPosts).toEqual([]);
    expect(report.travelTime?.levels.at(-1)?.populationShare).toBeGreaterThan(0);
    console.log(line('demo seed polygons', report));
  });
});

const dir = realDataDir();
const bigDesa = dir === null ? null : join(dir, 'buleleng', 'desa.geojson');
if (dir === null)
  console.log('coverage_real: real BIG polygons skipped: real data folder absent (set SIAGA_REAL_DATA)');

describe.skipIf(dir === null)('coverage with the real BIG desa polygons vs the seed approximations', () => {
  it('gives a report whose totals add up, and reports the difference', () => {
    const real = read<Fc<{ KDEPUM: string; KDCPUM: string; NAMOBJ: string }>>(bigDesa as string).features;
    const kabupaten = read<Fc<unknown>>(join(dir as string, 'buleleng', 'kabupaten.geojson')).features[0];
    const seedDesa = new Map(
      seedAreas.filter((a) => a.properties.level === 'desa').map((a) => [a.properties.code, a.properties]),
    );
    // Seed populations and kelurahan flags on the real boundaries, matched by Kemendagri code.
    const realAreas: AdminAreaInput[] = [
      ...seedAreas.filter((a) => a.properties.level !== 'desa' && a.properties.level !== 'kabupaten'),
      {
        geometry: kabupaten?.geometry as AreaGeometry,
        properties: {
          ...(seedAreas.find((a) => a.properties.level === 'kabupaten')
            ?.properties as AdminAreaInput['properties']),
        },
      },
      ...real.map((f): AdminAreaInput => {
        const seed = seedDesa.get(f.properties.KDEPUM);
        return {
          geometry: f.geometry,
          properties: {
            code: f.properties.KDEPUM,
            name: f.properties.NAMOBJ,
            level: 'desa',
            parentCode: f.properties.KDCPUM,
            isKelurahan: seed?.isKelurahan ?? false,
            population: seed?.population ?? 0,
          },
        };
      }),
    ];
    const matched = real.filter((f) => seedDesa.has(f.properties.KDEPUM)).length;
    const realModel = buildCoverageModel({ graph, adminAreas: realAreas, hazardZones, desaPoints });
    const seedModel = buildCoverageModel({ graph, adminAreas: seedAreas, hazardZones, desaPoints });
    const realReport = computeCoverage(realModel, posts, { gaps: false });
    const seedReport = computeCoverage(seedModel, posts, { gaps: false });
    expectTotalsAddUp(realReport);
    expect(matched).toBe(real.length);
    expect(realReport.population).toBeCloseTo(seedReport.population, 3);
    console.log(`coverage_real: ${matched} of ${real.length} BIG desa matched to the seed by code`);
    console.log(line('real BIG desa polygons', realReport));
    console.log(line('seed approximate polygons', seedReport));
  }, 60_000);
});
