import type { ReportEngineAnswer } from '@siaga/geo';
import {
  type AdminAreaFeature,
  type CacheFeature,
  type CoverageReport,
  type CoverageResponse,
  type HazardZoneFeature,
  INSPECTION_INTERVAL_DAYS,
  type IncidentFeature,
  type ItemType,
  PEOPLE_PER_POST,
  type PostFeature,
  type ReportDesaRow,
  type ReportEquipmentRow,
  type ReportKecamatanRow,
  type ReportMethod,
  type ReportSource,
  type RoutingProfile,
  SiagaError,
} from '@siaga/schema';

/** What a report is computed from: the stored data and the engine's answer on it. */
export interface ReportInputs {
  now: Date;
  profile: RoutingProfile;
  demo: boolean;
  standardMin: number;
  bandsMin: readonly number[];
  roadCount: number;
  roadSources: string[];
  adminAreas: readonly AdminAreaFeature[];
  hazardZones: readonly HazardZoneFeature[];
  posts: readonly PostFeature[];
  caches: readonly CacheFeature[];
  incidents: readonly IncidentFeature[];
  engine: ReportEngineAnswer;
}

const METHOD_SOURCES: Record<ReportMethod, ReportSource[]> = {
  travel_time: ['roads', 'posts', 'admin_areas', 'population'],
  wmk_radius: ['posts', 'admin_areas', 'population'],
  posts_per_population: ['posts', 'population'],
  hazard_uncovered: ['hazard_zones', 'roads', 'posts'],
  incident_response: ['incidents', 'roads', 'posts'],
  nearest_post: ['roads', 'posts', 'admin_areas'],
  hazards_present: ['hazard_zones', 'admin_areas'],
  equipment_reach: ['caches', 'roads', 'posts'],
  equipment_inspection: ['caches'],
};

type Mode = NonNullable<CoverageResponse['travelTime']>;

/**
 * The officials' coverage report from the engine's answer: the kabupaten summary, one row per kecamatan and per
 * desa, the equipment per cache, and for every figure its method and data sources. Pure: the screen, the CSV and
 * the PDF all format this one object.
 *
 * @example buildReport({ now: new Date(), profile: 'fire_engine', demo: true, standardMin: 15, …, engine })
 */
export function buildReport(i: ReportInputs): CoverageReport {
  const { coverage } = i.engine;
  const travel = modeOf(coverage.travelTime, 'travelTime');
  const wmk = modeOf(coverage.wmkRadius, 'wmkRadius');
  const standard = i.bandsMin.indexOf(i.standardMin);
  if (standard < 0) throw new SiagaError('internal', 'the report bands must include the standard');
  const desa = desaRows(i, travel, wmk, standard);
  const kecamatan = kecamatanRows(i, travel, wmk, standard, desa);
  const travelLevel = travel.levels[standard];
  const wmkLevel = wmk.levels[0];
  if (travelLevel === undefined || wmkLevel === undefined)
    throw new SiagaError('internal', 'coverage levels missing');
  const desaCount = desa.length;
  const desaInTravel = desa.filter((d) => d.withinStandard).length;
  const desaInWmk = desa.filter((d) => d.withinWmk).length;
  const population = coverage.population;
  const bandPopulation = sumColumns(kecamatan.map((k) => k.bandPopulation));
  const bandArea = sumColumns(i.engine.desa.map((d) => d.bandAreaKm2));
  // Land and covered land from the desa areas (boundary-following, on the spheroid), as the kecamatan rows.
  const landAreaKm2 = kecamatan.reduce((a, k) => a + k.landAreaKm2, 0);
  const coveredAreaKm2 = kecamatan.reduce((a, k) => a + (k.travel.coveredAreaKm2 ?? 0), 0);
  return {
    generatedAt: i.now.toISOString(),
    networkVersion: coverage.version,
    profile: i.profile,
    demo: i.demo,
    area: i.adminAreas
      .filter((a) => a.properties.level === 'kabupaten')
      .map((a) => ({ code: a.properties.code, name: a.properties.name })),
    standardMin: i.standardMin,
    bandsMin: [...i.bandsMin],
    sources: sources(i),
    methods: Object.entries(METHOD_SOURCES).map(([id, s]) => ({ id: id as ReportMethod, sources: s })),
    summary: {
      population,
      landAreaKm2,
      noRoadPopulation: coverage.noRoadPopulation,
      kecamatanCount: kecamatan.length,
      desaCount,
      postCount: i.posts.length,
      travel: {
        coveredAreaKm2,
        areaShare: share(coveredAreaKm2, landAreaKm2),
        coveredPopulation: travelLevel.coveredPopulation,
        populationShare: travelLevel.populationShare,
        desaCovered: desaInTravel,
        desaShare: share(desaInTravel, desaCount),
      },
      wmk: {
        coveredAreaKm2: wmkLevel.coveredAreaKm2,
        areaShare: wmkLevel.areaShare,
        coveredPopulation: wmkLevel.coveredPopulation,
        populationShare: wmkLevel.populationShare,
        desaCovered: desaInWmk,
        desaShare: share(desaInWmk, desaCount),
        radiusM: wmk.wmk?.radiusM ?? 0,
        builtUpRadiusM: wmk.wmk?.builtUpRadiusM ?? 0,
        builtUpAreaKm2: wmk.builtUpAreaKm2 ?? 0,
      },
      postsPer30k: {
        posts: i.posts.length,
        perPeople: population > 0 ? (i.posts.length * PEOPLE_PER_POST) / population : 0,
        needed: Math.ceil(population / PEOPLE_PER_POST),
      },
      bands: bandPopulation.map((p, j) => ({
        fromMin: j === 0 ? 0 : (i.bandsMin[j - 1] as number),
        toMin: i.bandsMin[j] ?? null,
        population: p,
        areaKm2: bandArea[j] ?? 0,
      })),
      hazards: travelLevel.hazards.map((h) => {
        const w = wmkLevel.hazards.find((x) => x.hazardType === h.hazardType && x.level === h.level);
        return {
          hazardType: h.hazardType,
          level: h.level,
          areaKm2: h.areaKm2,
          uncoveredTravelKm2: Math.max(0, h.areaKm2 - h.coveredAreaKm2),
          uncoveredWmkKm2: Math.max(0, h.areaKm2 - (w?.coveredAreaKm2 ?? 0)),
        };
      }),
      incidents: {
        recorded: i.incidents.length,
        // Incidents record when they occurred, not when help arrived: no response time can be measured yet.
        withResponseTimes: 0,
        rows: i.incidents.map((inc, k) => {
          const e = i.engine.incidents[k];
          const post = e?.nearestPost == null ? null : i.posts[e.nearestPost];
          return {
            id: inc.properties.id,
            title: inc.properties.title,
            incidentType: inc.properties.incidentType,
            occurredAt: inc.properties.occurredAt,
            desaCode: inc.properties.desaCode,
            nearestPost: post === undefined || post === null ? null : postRef(post),
            modelledEtaMin: e?.etaS == null ? null : e.etaS / 60,
            recordedResponseMin: null,
          };
        }),
      },
    },
    kecamatan,
    desa,
    equipment: equipmentRows(i),
  };
}

function desaRows(i: ReportInputs, travel: Mode, wmk: Mode, standard: number): ReportDesaRow[] {
  const kecamatanName = new Map(
    i.adminAreas
      .filter((a) => a.properties.level === 'kecamatan')
      .map((a) => [a.properties.code, a.properties.name]),
  );
  const isKelurahan = new Map(
    i.adminAreas.map((a) => [a.properties.code, a.properties.isKelurahan === true]),
  );
  return travel.desa.map((d, k) => {
    const e = i.engine.desa[k];
    const w = wmk.desa[k];
    if (e === undefined || w === undefined || e.code !== d.code || w.code !== d.code)
      throw new SiagaError('internal', `desa ${d.code} out of order in the engine answer`);
    const post = e.nearestPost === null ? undefined : i.posts[e.nearestPost];
    const wmkDistanceM = w.atPoint;
    return {
      code: d.code,
      name: d.name,
      kecamatanCode: d.kecamatanCode,
      kecamatanName: kecamatanName.get(d.kecamatanCode) ?? d.kecamatanCode,
      isKelurahan: isKelurahan.get(d.code) ?? false,
      population: d.population,
      landAreaKm2: e.landAreaKm2,
      nearestPost: post === undefined ? null : postRef(post),
      etaMin: d.atPoint,
      withinStandard: d.atPoint !== null && d.atPoint <= i.standardMin,
      coveredShare: d.coveredShare[standard] ?? 0,
      wmkDistanceM,
      wmkLimitM: e.wmkLimitM,
      withinWmk: wmkDistanceM !== null && wmkDistanceM <= e.wmkLimitM,
      hazards: e.hazards,
      equipment: equipmentOf(e.cachesInReach.map((c) => i.caches[c]).filter((c) => c !== undefined)),
    };
  });
}

function kecamatanRows(
  i: ReportInputs,
  travel: Mode,
  wmk: Mode,
  standard: number,
  desa: ReportDesaRow[],
): ReportKecamatanRow[] {
  return travel.kecamatan.map((k) => {
    const w = wmk.kecamatan.find((x) => x.code === k.code);
    const members = desa.map((d, n) => ({ d, n })).filter(({ d }) => d.kecamatanCode === k.code);
    const engine = members.map(({ n }) => i.engine.desa[n]).filter((e) => e !== undefined);
    const landAreaKm2 = engine.reduce((a, e) => a + e.landAreaKm2, 0);
    const bandArea = sumColumns(engine.map((e) => e.bandAreaKm2));
    const coveredAreaKm2 = bandArea.slice(0, standard + 1).reduce((a, b) => a + b, 0);
    const wmkIn = members.filter(({ d }) => d.withinWmk).length;
    const travelIn = members.filter(({ d }) => d.withinStandard).length;
    const reached = members.filter(({ d }) => d.etaMin !== null);
    const reachedPop = reached.reduce((a, { d }) => a + d.population, 0);
    const slowest = [...members].sort((a, b) => (b.d.etaMin ?? Infinity) - (a.d.etaMin ?? Infinity))[0];
    const population = k.population;
    const covered = k.coveredPopulation;
    return {
      code: k.code,
      name: k.name,
      population,
      landAreaKm2,
      desaCount: k.desaCount,
      postsInside: i.posts.filter((p) => p.properties.desaCode?.startsWith(`${k.code}.`) === true).length,
      travel: {
        coveredAreaKm2,
        areaShare: share(coveredAreaKm2, landAreaKm2),
        coveredPopulation: covered[standard] ?? 0,
        populationShare: k.coveredShare[standard] ?? 0,
        desaCovered: travelIn,
        desaShare: share(travelIn, k.desaCount),
      },
      wmk: {
        coveredAreaKm2: null,
        areaShare: 0,
        coveredPopulation: w?.coveredPopulation[0] ?? 0,
        populationShare: w?.coveredShare[0] ?? 0,
        desaCovered: wmkIn,
        desaShare: share(wmkIn, k.desaCount),
      },
      meanEtaMin:
        reachedPop > 0
          ? reached.reduce((a, { d }) => a + (d.etaMin as number) * d.population, 0) / reachedPop
          : null,
      slowestDesa:
        slowest === undefined
          ? null
          : { code: slowest.d.code, name: slowest.d.name, etaMin: slowest.d.etaMin },
      bandPopulation: covered
        .map((c, j) => c - (j === 0 ? 0 : (covered[j - 1] as number)))
        .concat([population - (covered[covered.length - 1] ?? 0)]),
      hazards: uniqueHazards(members.flatMap(({ d }) => d.hazards)),
      equipment: equipmentOf(
        [...new Set(members.flatMap(({ n }) => i.engine.desa[n]?.cachesInReach ?? []))]
          .map((c) => i.caches[c])
          .filter((c) => c !== undefined),
      ),
    };
  });
}

function equipmentRows(i: ReportInputs): ReportEquipmentRow[] {
  const postById = new Map(i.posts.map((p) => [p.properties.id, p]));
  const today = i.now.getTime();
  return i.caches.flatMap((c) =>
    c.properties.items.map((item) => {
      const post = c.properties.postId === null ? undefined : postById.get(c.properties.postId);
      const inspected = item.lastInspected === null ? null : Date.parse(item.lastInspected);
      return {
        cacheId: c.properties.id,
        cacheName: c.properties.name,
        post: post === undefined ? null : postRef(post),
        desaCode: c.properties.desaCode,
        itemType: item.itemType,
        condition: item.condition,
        quantity: item.quantity,
        quantityAvailable: item.quantityAvailable,
        lastInspected: item.lastInspected,
        overdue: inspected === null || today - inspected > INSPECTION_INTERVAL_DAYS * 86_400_000,
      };
    }),
  );
}

function sources(i: ReportInputs): CoverageReport['sources'] {
  const citations = (values: (string | null)[]) =>
    [...new Set(values.filter((v): v is string => v !== null && v.trim() !== ''))].slice(0, 6);
  const desa = i.adminAreas.filter((a) => a.properties.level === 'desa');
  const items = i.caches.reduce((a, c) => a + c.properties.items.length, 0);
  return [
    { id: 'roads', count: i.roadCount, citations: i.roadSources },
    {
      id: 'admin_areas',
      count: i.adminAreas.length,
      citations: citations(i.adminAreas.map((a) => a.properties.source)),
    },
    {
      id: 'population',
      count: desa.filter((a) => a.properties.population !== null).length,
      citations: citations(
        desa.map((a) => (a.properties.populationYear === null ? null : `${a.properties.populationYear}`)),
      ),
    },
    { id: 'posts', count: i.posts.length, citations: citations(i.posts.map((p) => p.properties.source)) },
    {
      id: 'hazard_zones',
      count: i.hazardZones.length,
      citations: citations(i.hazardZones.map((h) => h.properties.source)),
    },
    { id: 'caches', count: items, citations: [] },
    {
      id: 'incidents',
      count: i.incidents.length,
      citations: citations(i.incidents.map((x) => x.properties.source)),
    },
  ];
}

function equipmentOf(caches: readonly CacheFeature[]): Partial<Record<ItemType, number>> {
  const out: Partial<Record<ItemType, number>> = {};
  for (const c of caches)
    for (const item of c.properties.items)
      out[item.itemType] = (out[item.itemType] ?? 0) + item.quantityAvailable;
  return out;
}

function uniqueHazards(list: ReportDesaRow['hazards']): ReportDesaRow['hazards'] {
  const seen = new Map(list.map((h) => [`${h.hazardType}:${h.level}`, h]));
  return [...seen.values()];
}

function postRef(p: PostFeature): { id: string; name: string } {
  return { id: p.properties.id, name: p.properties.name };
}

function sumColumns(rows: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  for (const r of rows) {
    r.forEach((v, j) => {
      out[j] = (out[j] ?? 0) + v;
    });
  }
  return out;
}

function share(part: number, whole: number): number {
  return whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0;
}

function modeOf(m: Mode | null, name: string): Mode {
  if (m === null) throw new SiagaError('internal', `coverage mode ${name} missing from the report`);
  return m;
}
