/**
 * OSM access for motor traffic, folded into the one `access` text a road stores: the general value (from
 * `motor_vehicle`, else `vehicle`, else `access`) followed by overrides for the vehicle kinds the profiles
 * drive (`hgv=no`, `motorcar=private`, …), joined by `;`. `destination;hgv=no` is a destination-only road
 * that heavy goods vehicles may not use at all. Null when nothing restricts motor traffic.
 */

/** The vehicle kinds whose own access tags override the general value, most specific first per profile. */
export const ACCESS_MODES = ['hgv', 'motorcar', 'motorcycle'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

/** Access values that do not restrict motor traffic at all. */
const OPEN = new Set(['yes', 'permissive', 'designated', 'official']);

/** A road's motor access: the general restriction (null: open) and the overrides by vehicle kind. */
export interface MotorAccess {
  general: string | null;
  modes: Partial<Record<AccessMode, string>>;
}

function value(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const v = (raw.split(';')[0] ?? '').trim().toLowerCase().slice(0, 20);
  if (v === '') return undefined;
  return OPEN.has(v) ? 'yes' : v;
}

/**
 * Reads the motor access of a way's (or a barrier node's) tags; `fallback` is the general value when no
 * general tag is present (a barrier's own default, e.g. `no` for a bollard).
 *
 * @example motorAccessOf({ highway: 'service', hgv: 'no' }) // { general: null, modes: { hgv: 'no' } }
 */
export function motorAccessOf(
  tags: Readonly<Record<string, string>>,
  fallback: string | null = null,
): MotorAccess {
  const key = ['motor_vehicle', 'vehicle', 'access'].find((k) => value(tags[k]) !== undefined);
  const general = key === undefined ? fallback : (value(tags[key]) ?? null);
  const modes: MotorAccess['modes'] = {};
  for (const mode of ACCESS_MODES) {
    const v = value(tags[mode]);
    if (v !== undefined) modes[mode] = v;
  }
  // Overrides that all repeat the general value say nothing; one that differs keeps them all, since a profile
  // reads the first kind it names (`motorcar=no` + `hgv=yes` must still open the way to a fire engine).
  if (Object.values(modes).every((v) => v === (general ?? 'yes')))
    return { general: general === 'yes' ? null : general, modes: {} };
  return { general: general === 'yes' ? null : general, modes };
}

/** True when no vehicle kind the profiles drive may use it: the way is not a road for Siaga. */
export function barsEveryMotorVehicle(a: MotorAccess): boolean {
  if (a.general !== 'no') return false;
  return ACCESS_MODES.every((m) => a.modes[m] === undefined || a.modes[m] === 'no');
}

/** The stored text: `general;mode=value;…`, or null when open to every motor vehicle. At most 50 characters. */
export function accessText(a: MotorAccess): string | null {
  const parts = [
    ...(a.general === null ? [] : [a.general]),
    ...ACCESS_MODES.flatMap((m) => (a.modes[m] === undefined ? [] : [`${m}=${a.modes[m]}`])),
  ];
  return parts.length === 0 ? null : parts.join(';').slice(0, 50);
}

/**
 * The access value that applies to a vehicle of the given kinds (most specific first) on a road whose stored
 * access text is `text`: the first kind's override, else the general value; null when open.
 *
 * @example accessFor('destination;hgv=no', ['hgv', 'motorcar']) // 'no'
 */
export function accessFor(text: string | null, modes: readonly string[]): string | null {
  if (text === null) return null;
  let general: string | null = null;
  const overrides = new Map<string, string>();
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) general = part;
    else overrides.set(part.slice(0, eq), part.slice(eq + 1));
  }
  for (const m of modes) {
    const v = overrides.get(m);
    if (v !== undefined) return v === 'yes' ? null : v;
  }
  return general;
}
