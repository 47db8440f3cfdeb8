import type { PostFeature, Scenario, ScenarioExport, ScenarioFigures } from '@siaga/schema';
import { csvOf } from '../audit/audit_csv.ts';

type Site = ScenarioExport['features'][number];

const point = (coordinates: readonly number[]) =>
  ({ type: 'Point', coordinates: [coordinates[0] ?? 0, coordinates[1] ?? 0] }) as Site['geometry'];

/**
 * The scenario as GeoJSON: its candidates, its moved posts at their new place and its switched-off posts where
 * they stand, with the figures at its standard (per kabupaten and kecamatan) as a foreign member.
 */
export function scenarioExport(
  scenario: Scenario,
  stored: readonly PostFeature[],
  figures: ScenarioFigures | null,
): ScenarioExport {
  const byId = new Map(stored.map((p) => [p.properties.id, p]));
  const { document } = scenario;
  const site = (
    kind: Site['properties']['kind'],
    at: readonly number[],
    id: string,
    postId: string | null,
  ) => ({
    type: 'Feature' as const,
    geometry: point(at),
    properties: {
      kind,
      id,
      name: postId === null ? null : (byId.get(postId)?.properties.name ?? null),
      postId,
    },
  });
  const features: Site[] = [
    ...document.candidates.map((c) => site('candidate', c.position, c.id, null)),
    ...document.movedPosts.map((m) => site('moved_post', m.position, m.postId, m.postId)),
    ...document.switchedOff.flatMap((id) => {
      const post = byId.get(id);
      // A post deleted since the scenario was saved has no place to show.
      return post === undefined ? [] : [site('switched_off_post', post.geometry.coordinates, id, id)];
    }),
  ];
  const { id, name, author, version } = scenario;
  return { type: 'FeatureCollection', scenario: { id, name, author, version }, figures, features };
}

const HEADER = [
  'kind',
  'id',
  'name',
  'longitude',
  'latitude',
  'population',
  'covered_population',
  'population_share',
  'desa_covered',
  'desa_count',
  'standard',
] as const;

/**
 * The same as one CSV table: a row per site (coordinates, figures blank), then a row for the kabupaten and one per
 * kecamatan (figures, coordinates blank), each naming the standard it was counted at.
 */
export function scenarioCsv(exported: ScenarioExport): string {
  const f = exported.figures;
  const standard = f === null ? '' : `${f.mode} ${f.limit} ${f.unit}`;
  const sites = exported.features.map((s) => [
    s.properties.kind,
    s.properties.id,
    s.properties.name,
    s.geometry.coordinates[0],
    s.geometry.coordinates[1],
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
  const areas =
    f === null
      ? []
      : [
          { kind: 'kabupaten', area: f.kabupaten },
          ...f.kecamatan.map((area) => ({ kind: 'kecamatan', area })),
        ].map(({ kind, area }) => [
          kind,
          area.code,
          area.name,
          null,
          null,
          Math.round(area.population),
          Math.round(area.coveredPopulation),
          Number(area.populationShare.toFixed(4)),
          area.desaCovered,
          area.desaCount,
          standard,
        ]);
  return csvOf(HEADER, [...sites, ...areas]);
}
