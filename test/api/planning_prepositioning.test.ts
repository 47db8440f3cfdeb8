import { PrepositioningResponse } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true });
const URL = '/api/planning/prepositioning';

const plan = async (body: Record<string, unknown>) => {
  const answer = await t.api.post(URL, body);
  expect(answer.status, answer.text).toBe(200);
  return PrepositioningResponse.parse(answer.json);
};

describe('POST /api/planning/prepositioning: happy paths', () => {
  it('places the landslide kit for the high zones, proven optimal, every holding explained', async () => {
    const r = await plan({ hazardTypes: ['landslide'], level: 'tinggi' });
    expect(r).toMatchObject({
      phase: 'exact',
      status: 'optimal',
      gap: 0,
      level: 'tinggi',
      standardSeconds: 1_800,
    });
    expect(r.zones.length).toBe(2);
    expect(r.zones.every((z) => z.hazardType === 'landslide')).toBe(true);
    expect(r.missing).toBeLessThanOrEqual(r.missingBefore);
    expect(r.cost.total).toBeCloseTo(r.cost.move + r.cost.buy + r.cost.open, 3);
    for (const z of r.zones) {
      if (z.reachable) expect(z.complete).toBe(true);
      expect(z.lines.map((l) => l.itemType)).toContain('chainsaw');
    }
    for (const h of r.holdings) {
      const gained = h.hold - h.stock;
      if (gained > 0) {
        expect(h.bought + h.movedIn.reduce((s, m) => s + m.units, 0)).toBe(gained);
        expect(h.serves.length).toBeGreaterThan(0);
        expect(h.serves.every((s) => s.seconds <= r.standardSeconds)).toBe(true);
      } else expect(h.movedOut.reduce((s, m) => s + m.units, 0)).toBeLessThanOrEqual(-gained);
    }
    const changed = new Set(r.holdings.map((h) => h.cache.id));
    expect(new Set(r.caches.map((c) => c.id))).toEqual(changed);
    expect(r.costBound).toBeCloseTo(r.cost.total, 0);
  });

  it('stops at the fast answer when exact is false; the exact answer is never worse', async () => {
    const fast = await plan({ level: 'sedang', exact: false });
    expect(fast).toMatchObject({ phase: 'fast', status: 'heuristic', gap: null, exactMs: null });
    const exact = await plan({ level: 'sedang' });
    expect(exact.missing).toBeLessThanOrEqual(fast.missing + 1e-9);
    if (exact.missing === fast.missing) expect(exact.cost.total).toBeLessThanOrEqual(fast.cost.total + 1e-6);
    expect(new Set(exact.zones.map((z) => z.hazardType)).size).toBeGreaterThan(1);
  });

  it('shows the shortfall per zone when the budget does not allow the kit', async () => {
    const full = await plan({ hazardTypes: ['landslide'] });
    const tight = await plan({ hazardTypes: ['landslide'], budget: Math.max(1, full.cost.total / 4) });
    expect(tight.cost.total).toBeLessThanOrEqual(full.cost.total / 4 + 1e-6);
    expect(tight.missing).toBeGreaterThan(0);
    const short = tight.zones.flatMap((z) => z.lines.filter((l) => l.shortfall > 0));
    expect(short.length).toBeGreaterThan(0);
    expect(tight.zones.some((z) => !z.complete)).toBe(true);
  });

  it('takes an edited kit and prices', async () => {
    const r = await plan({
      hazardTypes: ['landslide'],
      kits: { landslide: [{ itemType: 'chainsaw', quantity: 3 }] },
      prices: { chainsaw: { buy: 10_000_000, move: 100_000 } },
    });
    expect(r.zones.every((z) => z.lines.length === 1 && z.lines[0]?.need === 3)).toBe(true);
    expect(r.holdings.every((h) => h.itemType === 'chainsaw')).toBe(true);
  });
});

describe('POST /api/planning/prepositioning: the distance a move goes', () => {
  it('prices a move by the km it goes: free km move at least as much, ruinous km move nothing', async () => {
    const body = { level: 'sedang' };
    const free = await plan({ ...body, moveCostPerKm: 0 });
    const usual = await plan(body);
    const ruinous = await plan({ ...body, moveCostPerKm: 1e9 });
    for (const r of [free, usual, ruinous]) expect(r.status).toBe('optimal');
    expect(free.movedUnits).toBeGreaterThan(0);
    expect(ruinous).toMatchObject({ movedUnits: 0, cost: { move: 0 } });
    expect(free.cost.total).toBeLessThanOrEqual(usual.cost.total + 1e-6);
    expect(usual.cost.total).toBeLessThanOrEqual(ruinous.cost.total + 1e-6);
    expectError(await t.api.post(URL, { moveCostPerKm: -1 }), 422, 'validation_failed');
  });
});

describe('POST /api/planning/prepositioning: errors', () => {
  it('refuses a level with no hazard zone of the type', async () => {
    const e = expectError(
      await t.api.post(URL, { hazardTypes: ['drought'], level: 'rendah' }),
      422,
      'validation_failed',
    );
    expect(e.error.details[0]?.path).toBe('body.level');
  });

  it('refuses an empty kit', async () => {
    const e = expectError(
      await t.api.post(URL, { hazardTypes: ['landslide'], kits: { landslide: [] } }),
      422,
      'validation_failed',
    );
    expect(e.error.details[0]?.path).toBe('body.kits.landslide');
  });

  it('refuses a budget of zero and a kit naming an item twice', async () => {
    const zero = expectError(await t.api.post(URL, { budget: 0 }), 422, 'validation_failed');
    expect(JSON.stringify(zero.error.details)).toMatch(/budget/);
    expectError(
      await t.api.post(URL, {
        kits: {
          flood: [
            { itemType: 'rubber_boat', quantity: 1 },
            { itemType: 'rubber_boat', quantity: 2 },
          ],
        },
      }),
      422,
      'validation_failed',
    );
  });
});
