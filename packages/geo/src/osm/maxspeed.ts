/**
 * Default speed limits (km/h) for OSM implicit maxspeed zones such as `ID:urban`. Indonesian values follow
 * PP 79/2013 art. 23 (settlement 30, urban 50, inter-city/rural 80, motorway 100); other countries fall back
 * to the generic row, which is deliberately conservative.
 */
export const IMPLICIT_MAXSPEED_KMH: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  ID: { urban: 50, rural: 80, motorway: 100, trunk: 80, living_street: 20, settlement: 30 },
  '*': { urban: 50, rural: 80, motorway: 100, trunk: 80, living_street: 20 },
};

/** `maxspeed=walk`: walking pace for vehicles, as OSM documents for living streets. */
export const WALK_MAXSPEED_KMH = 7;

const MPH = 1.609344;
const KNOTS = 1.852;

/**
 * Parses an OSM maxspeed value to km/h. Returns null for `none`, `signals`, `variable`, unknown zones and
 * anything unparsable or outside (0, 200], so the profile's class speed applies instead.
 *
 * @example parseMaxspeed('60 mph') // 96.56
 */
export function parseMaxspeed(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  // "50;60" lists several limits (lanes or conditions): the first is the one for the whole way.
  const value = (raw.split(';')[0] ?? '').trim().toLowerCase();
  if (value === '') return null;
  if (value === 'walk') return WALK_MAXSPEED_KMH;
  const numeric = /^(\d+(?:\.\d+)?)\s*(km\/h|kmh|kph|mph|knots)?$/.exec(value);
  if (numeric) {
    const n = Number(numeric[1]);
    const unit = numeric[2];
    const kmh = unit === 'mph' ? n * MPH : unit === 'knots' ? n * KNOTS : n;
    return inRange(Math.round(kmh * 100) / 100);
  }
  const zone = /^([a-z]{2})(?:-[a-z0-9]+)?:([a-z_:0-9]+)$/.exec(value);
  if (zone) {
    const kind = zone[2] ?? '';
    const zoneNumber = /^zone:?(\d+)$/.exec(kind);
    if (zoneNumber) return inRange(Number(zoneNumber[1]));
    const table = IMPLICIT_MAXSPEED_KMH[(zone[1] ?? '').toUpperCase()];
    return table?.[kind] ?? IMPLICIT_MAXSPEED_KMH['*']?.[kind] ?? null;
  }
  return null;
}

function inRange(kmh: number): number | null {
  return Number.isFinite(kmh) && kmh > 0 && kmh <= 200 ? kmh : null;
}
