import { caches, demoSeedLoaded, incidents, posts, type SiagaDb } from '@siaga/db';
import type { ReportLayers } from '@siaga/geo';
import {
  type AdminAreaFeature,
  type CoverageReport,
  CoverageRequest,
  REPORT_BANDS_MIN,
  RESPONSE_STANDARD_MIN,
  type RoutingProfile,
} from '@siaga/schema';
import type { NetworkService } from '../network/network_service.ts';
import { buildReport } from './build_report.ts';

export interface ReportResult {
  report: CoverageReport;
  /** Present when asked for: the map layers traced from the same cells as the figures. */
  layers: ReportLayers | null;
  adminAreas: readonly AdminAreaFeature[];
}

/**
 * The officials' coverage report on the stored data: operational posts, every cache and incident, computed by the
 * engine on an engine thread (the same adapter as /api/coverage) and assembled by buildReport.
 *
 * @example const { report } = await coverageReport(db, network, { profile: 'fire_engine', layers: false });
 */
export async function coverageReport(
  db: SiagaDb,
  service: NetworkService,
  q: { profile: RoutingProfile; layers: boolean },
): Promise<ReportResult> {
  const state = await service.routing();
  const [allPosts, allCaches, allIncidents, demo] = await Promise.all([
    posts.list(db),
    caches.list(db),
    incidents.list(db),
    demoSeedLoaded(db),
  ]);
  const operational = allPosts.filter((p) => p.properties.status === 'operational');
  const request = CoverageRequest.parse({
    thresholdsMin: [...REPORT_BANDS_MIN],
    modes: ['travelTime', 'wmkRadius'],
    profile: q.profile,
  });
  const engine = await service.run(state, {
    kind: 'report',
    posts: operational,
    caches: allCaches,
    incidents: allIncidents.map((i) => ({ id: i.properties.id, point: i.geometry.coordinates })),
    request,
    standardMin: RESPONSE_STANDARD_MIN,
    layers: q.layers,
  });
  const report = buildReport({
    now: new Date(),
    profile: q.profile,
    demo,
    standardMin: RESPONSE_STANDARD_MIN,
    bandsMin: REPORT_BANDS_MIN,
    roadCount: state.network.roads,
    roadSources: ['OpenStreetMap (ODbL)'],
    adminAreas: state.areas.adminAreas,
    hazardZones: state.areas.hazardZones,
    posts: operational,
    caches: allCaches,
    incidents: allIncidents,
    engine,
  });
  return { report, layers: engine.layers, adminAreas: state.areas.adminAreas };
}
