import type { Oneway, RoadClass, RoadProperties } from '@siaga/schema';
import { RoadClass as RoadClassSchema } from '@siaga/schema';
import { accessText, barsEveryMotorVehicle, motorAccessOf } from './access_tags.ts';
import { parseMaxspeed } from './maxspeed.ts';

export type RoadFromTags = { ok: true; road: RoadProperties } | { ok: false; reason: string };

const ROAD_CLASSES: ReadonlySet<string> = new Set(RoadClassSchema.options);

/**
 * Turns the tags of an OSM way into road properties, or says why the way is not a drivable road.
 *
 * @example roadFromOsmTags({ highway: 'residential', oneway: 'yes' }, 'osm:way/1') // { ok: true, road: { … oneway: 'forward' } }
 */
export function roadFromOsmTags(tags: Record<string, string>, sourceId: string): RoadFromTags {
  // Ferries (the Menjangan boats) run to a timetable a dispatcher cannot count on: off by default.
  if (tags.route === 'ferry') return { ok: false, reason: 'route=ferry' };
  const highway = tags.highway;
  if (highway === undefined) return { ok: false, reason: 'no highway tag' };
  if (!ROAD_CLASSES.has(highway)) return { ok: false, reason: `highway=${highway}` };
  if (tags.area === 'yes') return { ok: false, reason: 'area=yes' };
  const motor = motorAccessOf(tags);
  if (barsEveryMotorVehicle(motor)) return { ok: false, reason: `${generalAccessKey(tags)}=no` };
  const access = accessText(motor);
  const oneway = parseOneway(tags, highway as RoadClass);
  if (oneway === 'reversible') return { ok: false, reason: 'oneway=reversible' };
  return {
    ok: true,
    road: {
      roadClass: highway as RoadClass,
      name: text(tags.name, 300),
      ref: text(tags.ref, 100),
      oneway,
      maxspeedKmh: parseMaxspeed(tags.maxspeed),
      surface: text(tags.surface?.toLowerCase(), 50),
      access,
      sourceId,
    },
  };
}

/** The tag the general motor access came from: motor_vehicle over vehicle over access. */
function generalAccessKey(tags: Record<string, string>): string {
  return ['motor_vehicle', 'vehicle', 'access'].find((k) => (tags[k] ?? '').trim() !== '') ?? 'access';
}

function parseOneway(tags: Record<string, string>, roadClass: RoadClass): Oneway | 'reversible' {
  const raw = tags.oneway?.trim().toLowerCase();
  switch (raw) {
    case 'yes':
    case 'true':
    case '1':
      return 'forward';
    case '-1':
    case 'reverse':
      return 'backward';
    case 'no':
    case 'false':
    case '0':
      return 'no';
    case 'reversible':
    case 'alternating':
      // Direction changes with time of day; a router cannot know which way is open, so the way is skipped.
      return 'reversible';
    default: {
      const junction = tags.junction;
      if (roadClass === 'motorway' || junction === 'roundabout' || junction === 'circular') return 'forward';
      return 'no';
    }
  }
}

function text(raw: string | undefined, max: number): string | null {
  const t = raw?.trim();
  return t ? t.slice(0, max) : null;
}
