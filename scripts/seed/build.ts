/**
 * Regenerates every data/*.geojson seed file from the hand-made tables in this folder, the committed sources in
 * data/sources (OpenStreetMap boundaries, waterways, water bodies and coastline cut by cut_osm_sources.ts; Bali's
 * land polygon) and idn-area-data's desa codes and names. Deterministic and offline:
 *
 *   npm run seed:build            (writes data/)
 *   node --import tsx scripts/seed/build.ts <dir>   (writes the same files into <dir>, for the freshness test)
 */
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { getVillages } from 'idn-area-data';
import {
  type DesaArea,
  desaRecords,
  KABUPATEN,
  kabupatenArea,
  kecamatanArea,
  loadCoast,
  loadCoastline,
  loadOsmDesa,
  placeDesaPoints,
  splitPopulation,
} from './admin_areas.ts';
import { basemapFeatures, loadWaterBodies, loadWaterways } from './basemap.ts';
import { CACHES } from './caches_table.ts';
import { buildHazardZones } from './hazard_zones.ts';
import { INCIDENTS } from './incidents_table.ts';
import { KECAMATAN } from './kecamatan_table.ts';
import { DATA_DIR } from './paths.ts';
import { POSTS } from './posts_table.ts';
import { CORRIDORS } from './road_corridors.ts';
import { buildRoads, resolve } from './roads.ts';
import { UNIT_NOTE, unitsOf } from './units_table.ts';
import { seedUuid } from './uuid.ts';
import { writeFeatureCollection } from './write_geojson.ts';

const OSM = '© OpenStreetMap contributors, ODbL';
const KEC_SOURCE = `Boundary: union of its OpenStreetMap desa (${OSM}), simplified to 30 m; population BPS SP2020`;
const KAB_SOURCE = `Boundary: union of its OpenStreetMap desa (${OSM}), simplified to 30 m; population BPS SP2020`;
const DESA_SOURCE = `Code and name: Kemendagri via idn-area-data; boundary: OpenStreetMap (${OSM}), simplified to 30 m; population: ESTIMATE, the kecamatan SP2020 total split by sqrt(area capped at 15 km²) × 3 for a kelurahan × 1.5 for a coastal desa`;

/** The hand-drawn corridors: the roads a moved desa point is put on. */
function handCorridors(): Position[][] {
  return CORRIDORS.map((c) => c.waypoints.map(resolve));
}

function desaAt(p: Position, desa: DesaArea[]): string {
  const hit = desa.find((d) => booleanPointInPolygon(p, d.geometry));
  if (!hit) throw new Error(`no desa contains ${p.join(',')}`);
  return hit.code;
}

async function main(outDir: string): Promise<void> {
  const villages = (await getVillages()).filter((v) => v.district_code.startsWith(`${KABUPATEN.code}.`));
  const coast = loadCoast();
  const osm = loadOsmDesa();
  const desa = placeDesaPoints(desaRecords(villages, osm), osm, handCorridors());
  const rule = (r: string) => desa.filter((d) => d.pointRule === r).length;
  console.log(
    `desa points: ${rule('kept')} kept, ${rule('road')} moved onto a corridor, ${rule('surface')} at pointOnFeature`,
  );
  const outline = kabupatenArea(desa);
  const population = splitPopulation(desa);
  const waterways = loadWaterways();

  const admin = [
    {
      type: 'Feature',
      geometry: outline.geometry,
      properties: {
        code: KABUPATEN.code,
        bpsCode: '5108',
        name: KABUPATEN.name,
        level: 'kabupaten',
        parentCode: null,
        isKelurahan: null,
        population: KABUPATEN.populationSp2020,
        populationYear: 2020,
        boundaryPrecision: 'approximate',
        source: KAB_SOURCE,
      },
    },
    ...KECAMATAN.map((k) => ({
      type: 'Feature',
      geometry: kecamatanArea(desa, k.code).geometry,
      properties: {
        code: k.code,
        bpsCode: null,
        name: k.name,
        level: 'kecamatan',
        parentCode: KABUPATEN.code,
        isKelurahan: null,
        population: k.populationSp2020,
        populationYear: 2020,
        boundaryPrecision: 'approximate',
        source: KEC_SOURCE,
      },
    })),
    ...desa.map((d) => ({
      type: 'Feature',
      geometry: d.geometry.geometry,
      properties: {
        code: d.code,
        bpsCode: null,
        name: d.name,
        level: 'desa',
        parentCode: d.kecamatanCode,
        isKelurahan: d.isKelurahan,
        population: population.get(d.code) ?? 0,
        populationYear: 2020,
        boundaryPrecision: 'approximate',
        source: DESA_SOURCE,
      },
    })),
  ];
  writeFeatureCollection(join(outDir, 'admin_areas.geojson'), admin);

  writeFeatureCollection(
    join(outDir, 'desa_points.geojson'),
    desa.map((d) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [d.lon, d.lat] },
      properties: { code: d.code, name: d.name },
    })),
  );

  const accessPlaces = INCIDENTS.flatMap((i) =>
    i.accessRoad ? [{ key: `access-${i.key}`, name: i.accessRoad, at: i.at }] : [],
  );
  writeFeatureCollection(join(outDir, 'roads.geojson'), buildRoads(desa, accessPlaces, outline, coast));

  const postIds = new Map(POSTS.map((p) => [p.key, seedUuid(`post:${p.key}`)]));
  writeFeatureCollection(
    join(outDir, 'posts.geojson'),
    POSTS.map((p) => ({
      type: 'Feature',
      id: postIds.get(p.key),
      geometry: { type: 'Point', coordinates: p.at },
      properties: {
        name: p.name,
        kind: p.kind,
        status: p.status,
        address: p.address,
        desaCode: desaAt(p.at, desa),
        staff: p.staff,
        vehicles: p.vehicles,
        turnoutSeconds: p.turnoutSeconds,
        locationApprox: true,
        source: p.source,
        notes: p.notes,
      },
    })),
  );

  writeFeatureCollection(
    join(outDir, 'caches.geojson'),
    CACHES.map((c) => {
      const post = c.postKey ? POSTS.find((p) => p.key === c.postKey) : undefined;
      if (c.postKey && !post) throw new Error(`cache ${c.key} refers to unknown post ${c.postKey}`);
      const at = c.at ?? post?.at;
      if (!at) throw new Error(`cache ${c.key} has no location`);
      return {
        type: 'Feature',
        id: seedUuid(`cache:${c.key}`),
        geometry: { type: 'Point', coordinates: at },
        properties: {
          name: c.name,
          postId: c.postKey ? (postIds.get(c.postKey) ?? null) : null,
          desaCode: desaAt(at, desa),
          notes: c.notes,
          items: c.items.map((i) => ({ notes: null, ...i })),
        },
      };
    }),
  );

  writeFeatureCollection(
    join(outDir, 'hazard_zones.geojson'),
    buildHazardZones(loadCoastline(), outline, waterways).map((h) => ({
      type: 'Feature',
      id: seedUuid(`hazard:${h.key}`),
      geometry: h.geometry.geometry,
      properties: {
        name: h.name,
        hazardType: h.hazardType,
        level: h.level,
        source: h.source,
        notes: h.notes,
      },
    })),
  );

  writeFeatureCollection(
    join(outDir, 'incidents.geojson'),
    INCIDENTS.map((i) => ({
      type: 'Feature',
      id: seedUuid(`incident:${i.key}`),
      geometry: { type: 'Point', coordinates: i.at },
      properties: {
        title: i.title,
        incidentType: i.incidentType,
        status: i.status,
        occurredAt: i.occurredAt,
        reportedAt: i.occurredAt,
        source: i.source,
        notes: i.notes,
      },
    })),
  );

  writeFeatureCollection(
    join(outDir, 'basemap_features.geojson'),
    basemapFeatures(coast, waterways, loadWaterBodies()),
  );

  writeFeatureCollection(
    join(outDir, 'units.geojson'),
    unitsOf(POSTS).map((u) => ({
      type: 'Feature',
      id: seedUuid(`unit:${u.key}`),
      geometry: null,
      properties: {
        postId: postIds.get(u.postKey),
        callSign: u.callSign,
        unitType: u.unitType,
        crew: u.crew,
        status: u.status,
        notes: UNIT_NOTE,
      },
    })),
  );
}

await main(process.argv[2] ?? DATA_DIR);
