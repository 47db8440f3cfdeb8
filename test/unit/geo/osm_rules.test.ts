import {
  accessFor,
  barrierAccess,
  buildGraph,
  FIRE_ENGINE,
  LIGHT_RESCUE,
  MOTORBIKE,
  type RoadLine,
  roadFromOsmTags,
  roadSpeedKmh,
  type VehicleProfile,
} from '@siaga/geo';
import { describe, expect, it } from 'vitest';

/** Which profiles may drive a way with these tags (none when the way is not a road at all). */
function drivers(tags: Record<string, string>): string[] {
  const parsed = roadFromOsmTags({ highway: 'residential', ...tags }, 'osm:way/1');
  if (!parsed.ok) return [];
  const line: RoadLine = {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [115, -8.1],
        [115.001, -8.1],
      ],
    },
    properties: parsed.road,
  };
  const g = buildGraph([line]);
  const profiles: VehicleProfile[] = [FIRE_ENGINE, LIGHT_RESCUE, MOTORBIKE];
  return profiles.filter((p) => roadSpeedKmh(g, p, 0) > 0).map((p) => p.id);
}

const ALL = ['fire_engine', 'light_rescue', 'motorbike'];

describe('OSM access rules per vehicle kind', () => {
  it('hgv=no bars the fire engine only', () => {
    expect(drivers({ hgv: 'no' })).toEqual(['light_rescue', 'motorbike']);
  });
  it('motorcar=no bars the fire engine and the light rescue vehicle, not the motorbike', () => {
    expect(drivers({ motorcar: 'no' })).toEqual(['motorbike']);
  });
  it('hgv overrides motorcar for the fire engine', () => {
    expect(drivers({ motorcar: 'no', hgv: 'yes' })).toEqual(['fire_engine', 'motorbike']);
  });
  it('motor_vehicle=private bars the engine; hgv=designated opens it again', () => {
    expect(drivers({ motor_vehicle: 'private' })).toEqual(['motorbike']);
    expect(drivers({ motor_vehicle: 'private', hgv: 'designated' })).toEqual(['fire_engine', 'motorbike']);
  });
  it('access=no with motorcycle=yes is kept for the motorbike only', () => {
    expect(drivers({ access: 'no', motorcycle: 'yes' })).toEqual(['motorbike']);
    expect(drivers({ access: 'no' })).toEqual([]);
  });
  it('destination stays open (an emergency is a destination)', () => {
    expect(drivers({ access: 'destination' })).toEqual(ALL);
  });
  it('stores the overrides in one access text and reads them per vehicle', () => {
    const parsed = roadFromOsmTags({ highway: 'service', access: 'destination', hgv: 'no' }, 'osm:way/2');
    expect(parsed.ok && parsed.road.access).toBe('destination;hgv=no');
    expect(accessFor('destination;hgv=no', FIRE_ENGINE.accessModes)).toBe('no');
    expect(accessFor('destination;hgv=no', LIGHT_RESCUE.accessModes)).toBe('destination');
    expect(accessFor('private', MOTORBIKE.accessModes)).toBe('private');
    expect(accessFor(null, FIRE_ENGINE.accessModes)).toBeNull();
  });
});

describe('ways that are not roads', () => {
  it('highway=construction is not drivable', () => {
    expect(roadFromOsmTags({ highway: 'construction', construction: 'primary' }, 'w')).toEqual({
      ok: false,
      reason: 'highway=construction',
    });
  });
  it('ferries (route=ferry) are off by default, with or without a highway tag', () => {
    expect(roadFromOsmTags({ route: 'ferry', name: 'Menjangan' }, 'w')).toEqual({
      ok: false,
      reason: 'route=ferry',
    });
    expect(roadFromOsmTags({ route: 'ferry', highway: 'service' }, 'w')).toEqual({
      ok: false,
      reason: 'route=ferry',
    });
  });
});

describe('barrier nodes', () => {
  it('a gate, a lift gate, a cattle grid or a toll booth alone lets every vehicle through', () => {
    for (const barrier of ['gate', 'lift_gate', 'cattle_grid', 'toll_booth', 'swing_gate']) {
      expect(barrierAccess({ barrier })).toBeNull();
    }
  });
  it('a gate with access=private stops the engine and the light rescue vehicle', () => {
    const access = barrierAccess({ barrier: 'gate', access: 'private' });
    expect(access).toBe('private');
    expect(FIRE_ENGINE.barredAccess).toContain(accessFor(access, FIRE_ENGINE.accessModes));
    expect(accessFor(access, MOTORBIKE.accessModes)).toBe('private');
    expect(MOTORBIKE.barredAccess).not.toContain('private');
  });
  it('a bollard or a block stops every motor vehicle unless tagged open', () => {
    expect(barrierAccess({ barrier: 'bollard' })).toBe('no');
    expect(barrierAccess({ barrier: 'block' })).toBe('no');
    expect(barrierAccess({ barrier: 'bollard', motorcycle: 'yes' })).toBe('no;motorcycle=yes');
    expect(barrierAccess({ barrier: 'bollard', motor_vehicle: 'yes' })).toBeNull();
  });
  it('a lift gate with hgv=no stops only the fire engine', () => {
    const access = barrierAccess({ barrier: 'lift_gate', hgv: 'no' });
    expect(accessFor(access, FIRE_ENGINE.accessModes)).toBe('no');
    expect(accessFor(access, LIGHT_RESCUE.accessModes)).toBeNull();
  });
  it('a height restrictor stops heavy trucks', () => {
    expect(barrierAccess({ barrier: 'height_restrictor' })).toBe('hgv=no');
  });
});
