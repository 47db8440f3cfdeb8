import { en, id } from '@siaga/i18n';
import type { RouteStep } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { arrivalClock, directionLines } from './directions_text.ts';

const step = (over: Partial<RouteStep>): RouteStep => ({
  kind: 'road',
  name: null,
  ref: null,
  distanceM: 100,
  cumulativeS: 10,
  maneuver: 'straight',
  turnDeg: 0,
  ...over,
});

const steps: RouteStep[] = [
  step({ kind: 'off_network', maneuver: 'depart', turnDeg: null, distanceM: 30 }),
  step({ name: 'Jalan Pantai', maneuver: 'depart', turnDeg: null, distanceM: 450 }),
  step({ name: 'Jalan Ahmad Yani', maneuver: 'left', turnDeg: -90, distanceM: 1240 }),
  step({ name: null, maneuver: 'roundabout', turnDeg: -30, distanceM: 80 }),
  step({ name: 'Jalan Gajah Mada', ref: '2', maneuver: 'right', turnDeg: 40, distanceM: 2000 }),
  step({ kind: 'off_network', maneuver: 'arrive', turnDeg: null, distanceM: 20 }),
];

describe('directionLines', () => {
  it('says the turn onto each road and the distance to the next one, in Bahasa Indonesia', () => {
    expect(directionLines('id', id, steps).map((l) => `${l.action} · ${l.follow}`)).toEqual([
      'Dari titik berangkat menuju jalan terdekat · lurus 30 m',
      'Berangkat lewat Jalan Pantai · lurus 450 m',
      'Belok kiri ke Jalan Ahmad Yani · lurus 1,2 km',
      'Masuk bundaran · lurus 80 m',
      'Keluar bundaran ke Jalan Gajah Mada · 2 · lurus 2 km',
      'Tinggalkan jalan menuju lokasi kejadian · lurus 20 m',
    ]);
  });

  it('speaks English in English', () => {
    expect(directionLines('en', en, steps)[2]).toEqual({
      action: 'Turn left onto Jalan Ahmad Yani',
      follow: 'continue 1.2 km',
      maneuver: 'left',
    });
  });
});

describe('arrivalClock', () => {
  it('gives the arrival as a WITA clock time, rounded up to the minute', () => {
    // 06:00:30 UTC is 14.00.30 WITA; 4 min 10 s later is 14.04.40, shown as 14.05.
    const now = Date.UTC(2026, 0, 5, 6, 0, 30);
    expect(arrivalClock('id', id, now, 250)).toBe('14.05 WITA');
    expect(arrivalClock('en', en, now, 250)).toMatch(/^14:05 WITA/);
  });
});
