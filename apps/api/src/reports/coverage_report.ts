import { caches, demoSeedLoaded, incidents, posts, type SiagaDb, scenarios } from '@siaga/db';
import type { ReportLayers } from '@siaga/geo';
import {
  type AdminAreaFeature,
  type CacheFeature,
  type CoverageReport,
  CoverageRequest,
  type IncidentFeature,
  type PostFeature,
  REPORT_BANDS_MIN,
  RESPONSE_STANDARD_MIN,
  type RoutingProfile,
} from '@siaga/schema';
import type { NetworkService } from '../network/network_service.ts';
import { scenarioNotFound } from '../scenarios/scenario_not_found.ts';
import { buildReport } from './build_report.ts';
import { figuresChange, scenarioFiguresOf, scenarioReportPosts } from './report_scenario.ts';

export interface ReportResult {
  report: CoverageReport;
  /** Present when asked for: the map layers traced from the same cells as the figures. */
  layers: ReportLayers | null;
  adminAreas: readonly AdminAreaFeature[];
}

/**
 * The officials' coverage report on the stored data: operational posts, every cache and incident, computed by the
 * engine on an engine thread (the same adapter as /api/coverage) and assembled by buildReport. With `scenario`,
 * the same job runs again on the scenario's posts and the summary gains its figures and the change against today.
 *
 * @example const { report } = await coverageReport(db, network, { profile: 'fire_engine', layers: false });
 */
export async function coverageReport(
  db: SiagaDb,
  service: NetworkService,
  q: { profile: RoutingProfile; layers: boolean; scenario?: string | undefined },
): Promise<ReportResult> {
  const [allPosts, allCaches, allIncidents, demo, scenario] = await Promise.all([
    posts.list(db),
    caches.list(db),
    incidents.list(db),
    demoSeedLoaded(db),
    q.scenario === undefined ? null : scenarios.get(db, q.scenario),
  ]);
  if (q.scenario !== undefined && scenario === null) throw scenarioNotFound(q.scenario);
  const operational = allPosts.filter((p) => p.properties.status === 'operational');
  const stored = { caches: allCaches, incidents: allIncidents, demo };
  const today = await reportOn(service, q, operational, stored, q.layers);
  if (scenario === null) return today;
  const what = await reportOn(service, q, scenarioReportPosts(scenario, allPosts), stored, false);
  const now = scenarioFiguresOf(today.report.summary);
  const figures = scenarioFiguresOf(what.report.summary);
  const change = figuresChange(figures, now);
  const compared = { id: scenario.id, name: scenario.name, today: now, figures, change };
  const report = { ...today.report, summary: { ...today.report.summary, scenario: compared } };
  return { ...today, report };
}

/** The report job and buildReport on one set of posts. */
async function reportOn(
  service: NetworkService,
  q: { profile: RoutingProfile },
  counted: PostFeature[],
  stored: { caches: CacheFeature[]; incidents: IncidentFeature[]; demo: boolean },
  layers: boolean,
): Promise<ReportResult> {
  const state = await service.routing();
  const request = CoverageRequest.parse({
    thresholdsMin: [...REPORT_BANDS_MIN],
    modes: ['travelTime', 'wmkRadius'],
    profile: q.profile,
  });
  const engine = await service.run(state, {
    kind: 'report',
    posts: counted,
    caches: stored.caches,
    incidents: stored.incidents.map((i) => ({ id: i.properties.id, point: i.geometry.coordinates })),
    request,
    standardMin: RESPONSE_STANDARD_MIN,
    layers,
  });
  const report = buildReport({
    now: new Date(),
    profile: q.profile,
    demo: stored.demo,
    standardMin: RESPONSE_STANDARD_MIN,
    bandsMin: REPORT_BANDS_MIN,
    roadCount: state.network.roads,
    roadSources: ['OpenStreetMap (ODbL)'],
    adminAreas: state.areas.adminAreas,
    hazardZones: state.areas.hazardZones,
    posts: counted,
    caches: stored.caches,
    incidents: stored.incidents,
    engine,
  });
  return { report, layers: engine.layers, adminAreas: state.areas.adminAreas };
}
