import { area, booleanPointInPolygon, booleanValid, featureCollection, intersect } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { adminAreas, desaPoints } from './load_seed.ts';

const EXPECTED: Record<string, number> = {
  '51.08.01': 14,
  '51.08.02': 21,
  '51.08.03': 15,
  '51.08.04': 17,
  '51.08.05': 15,
  '51.08.06': 29,
  '51.08.07': 14,
  '51.08.08': 13,
  '51.08.09': 10,
};
const SP2020_TOTAL = 791_813;

const all = adminAreas();
const kab = all.filter((f) => f.properties.level === 'kabupaten');
const kec = all.filter((f) => f.properties.level === 'kecamatan');
const desa = all.filter((f) => f.properties.level === 'desa');

describe('seed admin areas', () => {
  it('has 1 kabupaten, 9 kecamatan and 148 desa with unique codes and the right parents', () => {
    expect(kab).toHaveLength(1);
    expect(kec.map((k) => k.properties.code).sort()).toEqual(Object.keys(EXPECTED));
    expect(desa).toHaveLength(148);
    const codes = all.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const k of kec) expect(k.properties.parentCode).toBe('51.08');
    for (const d of desa) expect(d.properties.parentCode).toBe(d.properties.code.slice(0, 8));
  });

  it('per-kecamatan desa counts match the published counts, with 19 kelurahan', () => {
    const counts: Record<string, number> = {};
    for (const d of desa) {
      const p = d.properties.parentCode ?? '';
      counts[p] = (counts[p] ?? 0) + 1;
    }
    expect(counts).toEqual(EXPECTED);
    expect(desa.filter((d) => d.properties.isKelurahan)).toHaveLength(19);
  });

  it('populations add up: desa to kecamatan, kecamatan to the SP2020 total', () => {
    expect(kab[0]?.properties.population).toBe(SP2020_TOTAL);
    expect(kec.reduce((s, k) => s + k.properties.population, 0)).toBe(SP2020_TOTAL);
    for (const k of kec) {
      const sum = desa
        .filter((d) => d.properties.parentCode === k.properties.code)
        .reduce((s, d) => s + d.properties.population, 0);
      expect(sum).toBe(k.properties.population);
    }
    for (const d of desa) expect(d.properties.population).toBeGreaterThan(0);
  });

  it('every polygon is valid', () => {
    for (const f of all) expect(booleanValid(f), f.properties.code).toBe(true);
  });

  it('desa tile their kecamatan and kecamatan tile the kabupaten (areas within 0.5 %)', () => {
    const outline = kab[0];
    expect(outline).toBeDefined();
    if (!outline) return;
    const kabArea = area(outline);
    const kecSum = kec.reduce((s, k) => s + area(k), 0);
    expect(Math.abs(kecSum - kabArea) / kabArea).toBeLessThan(0.005);
    for (const k of kec) {
      const members = desa.filter((d) => d.properties.parentCode === k.properties.code);
      const sum = members.reduce((s, d) => s + area(d), 0);
      expect(Math.abs(sum - area(k)) / area(k), k.properties.name).toBeLessThan(0.005);
    }
  });

  // Real boundaries have many vertices: the Turf intersections take tens of seconds on a loaded machine.
  it('each desa nests in its own kecamatan', { timeout: 120_000 }, () => {
    for (const d of desa) {
      const parent = kec.find((k) => k.properties.code === d.properties.parentCode);
      expect(parent).toBeDefined();
      if (!parent) continue;
      const inside = intersect(featureCollection([d, parent]));
      expect(inside ? area(inside) / area(d) : 0, d.properties.name).toBeGreaterThan(0.995);
    }
  });

  // Each desa nests in its kecamatan (above), so the kecamatan nesting in the kabupaten carries every desa with it:
  // 9 intersections with the 12,000-vertex outline instead of 148.
  it('desa neither overlap nor leave gaps: each kecamatan (so each desa) lies in the kabupaten and the areas sum to it', {
    timeout: 120_000,
  }, () => {
    const outline = kab[0];
    expect(outline).toBeDefined();
    if (!outline) return;
    for (const k of kec) {
      const inside = intersect(featureCollection([k, outline]));
      expect(inside ? area(inside) / area(k) : 0, k.properties.name).toBeGreaterThan(0.995);
    }
    const sumDesa = desa.reduce((s, d) => s + area(d), 0);
    expect(Math.abs(sumDesa - area(outline)) / area(outline)).toBeLessThan(0.005);
  });

  it('each desa point lies in its own desa polygon, and names match', () => {
    const byCode = new Map(desa.map((d) => [d.properties.code, d]));
    const pts = desaPoints();
    expect(pts).toHaveLength(148);
    for (const p of pts) {
      const d = byCode.get(p.properties.code);
      expect(d?.properties.name).toBe(p.properties.name);
      if (d) expect(booleanPointInPolygon(p, d), p.properties.name).toBe(true);
    }
  });

  it('the kabupaten area is close to the official 1,366 km² (within 5 %)', () => {
    const outline = kab[0];
    expect(outline).toBeDefined();
    if (!outline) return;
    const km2 = area(outline) / 1e6;
    expect(Math.abs(km2 - 1366) / 1366).toBeLessThan(0.05);
  });
});
