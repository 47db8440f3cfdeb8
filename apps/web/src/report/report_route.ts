import { RoutingProfile } from '@siaga/schema';

/** What the report's URL fixes: the same hash gives the same figures on the same data. */
export interface ReportRoute {
  profile: RoutingProfile;
}

const PREFIX = '#report';

/**
 * The report route in a location hash (`#report`, `#report?profile=light_rescue`), or null for any other hash.
 *
 * @example parseReportHash('#report?profile=motorbike') // { profile: 'motorbike' }
 */
export function parseReportHash(hash: string): ReportRoute | null {
  if (hash !== PREFIX && !hash.startsWith(`${PREFIX}?`)) return null;
  const params = new URLSearchParams(hash.slice(PREFIX.length + 1));
  const profile = RoutingProfile.safeParse(params.get('profile') ?? undefined);
  return { profile: profile.success ? profile.data : 'fire_engine' };
}

/** The hash of a report route; the default profile is left out. */
export function reportHash(route: ReportRoute): string {
  return route.profile === 'fire_engine' ? PREFIX : `${PREFIX}?profile=${route.profile}`;
}

/** The API query of a report route, shared by the JSON, CSV and PDF links. */
export function reportQuery(route: ReportRoute): string {
  return `profile=${route.profile}`;
}
