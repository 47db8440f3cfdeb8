import type { CoverageReport, PostFeature, ReportScenarioFigures, Scenario } from '@siaga/schema';
import { scenarioCoverageInput } from '../scenarios/scenario_figures.ts';

/**
 * The posts a saved scenario counts in the report: its statuses without the switched-off posts, the moved ones at
 * their new place (scenarioPosts), and each candidate as a planned post with the default turnout.
 *
 * @example scenarioReportPosts(scenario, await posts.list(db))
 */
export function scenarioReportPosts(scenario: Scenario, stored: readonly PostFeature[]): PostFeature[] {
  const { posts, request } = scenarioCoverageInput(scenario.document, stored);
  const at = new Date(scenario.updatedAt).toISOString();
  const candidates = request.candidates.map(
    (c, k): PostFeature => ({
      type: 'Feature',
      geometry: c.point,
      properties: {
        id: `${scenario.id}:${c.id ?? k + 1}`,
        name: `${scenario.name} ${c.id ?? k + 1}`,
        kind: 'fire_station',
        status: 'planned',
        address: null,
        desaCode: null,
        staff: 0,
        vehicles: 0,
        turnoutSeconds: c.turnoutSeconds,
        locationApprox: true,
        source: null,
        notes: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      },
    }),
  );
  return [...posts, ...candidates];
}

/** The kabupaten figures of a report's summary that a scenario changes. */
export function scenarioFiguresOf(summary: CoverageReport['summary']): ReportScenarioFigures {
  const shares = (s: CoverageReport['summary']['travel']) => ({
    areaShare: s.areaShare,
    populationShare: s.populationShare,
    desaShare: s.desaShare,
  });
  return {
    travel: shares(summary.travel),
    wmk: shares(summary.wmk),
    posts: summary.postsPer30k.posts,
    postsPer30k: summary.postsPer30k.perPeople,
  };
}

/** Scenario minus today, field by field. */
export function figuresChange(
  scenario: ReportScenarioFigures,
  today: ReportScenarioFigures,
): ReportScenarioFigures {
  const diff = (a: ReportScenarioFigures['travel'], b: ReportScenarioFigures['travel']) => ({
    areaShare: a.areaShare - b.areaShare,
    populationShare: a.populationShare - b.populationShare,
    desaShare: a.desaShare - b.desaShare,
  });
  return {
    travel: diff(scenario.travel, today.travel),
    wmk: diff(scenario.wmk, today.wmk),
    posts: scenario.posts - today.posts,
    postsPer30k: scenario.postsPer30k - today.postsPer30k,
  };
}
