import { accessText, motorAccessOf } from './access_tags.ts';

/** Barriers that stop every motor vehicle unless their access tags open them (posts, blocks, stiles, …). */
const CLOSED_BARRIERS = new Set([
  'block',
  'bollard',
  'bus_trap',
  'chain',
  'cycle_barrier',
  'fence',
  'jersey_barrier',
  'kissing_gate',
  'log',
  'motorcycle_barrier',
  'rope',
  'stile',
  'turnstile',
  'wall',
]);

/** Barriers a heavy truck cannot pass, whatever the others do. */
const HGV_BARRIERS = new Set(['height_restrictor', 'width_restrictor', 'sump_buster']);

/**
 * The access a barrier node puts on the metre of road through it, as stored access text (see access_tags.ts),
 * or null when every vehicle may pass. Gates, lift gates, toll booths, cattle grids and border controls are
 * open unless their access tags say otherwise (`barrier=gate` + `access=private` stops a fire engine and a
 * light rescue vehicle, not a motorbike); bollards, blocks, stiles and the like stop every motor vehicle
 * unless tagged open (`motor_vehicle=yes`, `hgv=yes`); height and width restrictors stop heavy trucks.
 *
 * @example barrierAccess({ barrier: 'lift_gate', access: 'private' }) // 'private'
 */
export function barrierAccess(tags: Readonly<Record<string, string>>): string | null {
  const kind = (tags.barrier ?? '').trim().toLowerCase();
  if (kind === '' || kind === 'no') return null;
  const motor = motorAccessOf(tags, CLOSED_BARRIERS.has(kind) ? 'no' : null);
  if (HGV_BARRIERS.has(kind) && motor.modes.hgv === undefined) motor.modes.hgv = 'no';
  return accessText(motor);
}
