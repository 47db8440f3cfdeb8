import { RoutingProfile } from '@siaga/schema';

/** What the report's URL fixes: the same hash gives the same figures on the same data. */
export interface ReportRoute {
  profile: RoutingProfile;
  /** A saved scenario to compare with today's posts. */
  scenario?: string;
}

const PREFIX = '#report';

/**
 * The report route in a location hash (`#report`, `#report?profile=light_rescue&scenario=<id>`), or null for any
 * other hash.
 *
 * @example parseReportHash('#report?profile=motorbike') // { profile: 'motorbike' }
 */
export function parseReportHash(hash: string): ReportRoute | null {
  if (hash !== PREFIX && !hash.startsWith(`${PREFIX}?`)) return null;
  const params = new URLSearchParams(hash.slice(PREFIX.length + 1));
  const profile = RoutingProfile.safeParse(params.get('profile') ?? undefined);
  const scenario = params.get('scenario');
  return {
    profile: profile.success ? profile.data : 'fire_engine',
    ...(scenario ? { scenario } : {}),
  };
}

/** The hash of a report route; the default profile is left out. */
export function reportHash(route: ReportRoute): string {
  const params = new URLSearchParams();
  if (route.profile !== 'fire_engine') params.set('profile', route.profile);
  if (route.scenario) params.set('scenario', route.scenario);
  const query = params.toString();
  return query === '' ? PREFIX : `${PREFIX}?${query}`;
}

/** The API query of a report route, shared by the JSON, CSV and PDF links (the GeoJSON takes the profile only). */
export function reportQuery(route: ReportRoute): string {
  const scenario = route.scenario ? `&scenario=${encodeURIComponent(route.scenario)}` : '';
  return `profile=${route.profile}${scenario}`;
}
