import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planarProblem } from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { parseSitingArgs, runSiting, runSitingCli } from '../../../scripts/siting/cli.ts';
import { readPoints } from '../../../scripts/siting/read_points.ts';
import { bruteForce } from './brute_force.ts';

const swain = join(import.meta.dirname, '../../in/siting_swain55.csv');
const points = readPoints(readFileSync(swain, 'utf8'));

describe('npm run siting', () => {
  it('reads the Swain 55-node points (population 640)', () => {
    expect(points.points).toHaveLength(55);
    expect(points.lonLat).toBe(false);
    expect(points.points.reduce((s, p) => s + p.weight, 0)).toBe(640);
  });

  it.each([
    [1, 10],
    [2, 10],
    [3, 10],
    [2, 15],
    [3, 20],
  ])('reaches the proven optimum of maximal covering, p=%i S=%i, equal to enumeration', async (p, radius) => {
    const out = await runSiting(
      parseSitingArgs([swain, '--p', String(p), '--radius', String(radius), '--exact']),
    );
    const problem = planarProblem(points.points, points.points, {
      objective: 'mclp',
      radius,
      p,
      lonLat: false,
    });
    expect(out).toMatchObject({ status: 'optimal', gap: 0, model: 'mclp' });
    expect(out.objective).toBe(bruteForce(problem, p));
    expect(out.bound).toBe(out.objective);
    expect(out.selected.length).toBeLessThanOrEqual(p);
  });

  it('prints the fast answer without --exact, never better than the optimum', async () => {
    const fast = await runSiting(parseSitingArgs([swain, '--p', '5', '--radius', '10']));
    const exact = await runSiting(parseSitingArgs([swain, '--p', '5', '--radius', '10', '--exact']));
    expect(fast).toMatchObject({ status: 'heuristic', bound: null, gap: null });
    expect(fast.objective).toBeLessThanOrEqual(exact.objective);
    expect(exact.status).toBe('optimal');
  });

  it('prints JSON on stdout, and the usage with exit code 2 on a bad command line', async () => {
    const lines: string[] = [];
    const errors: string[] = [];
    const io = { log: (l: string) => lines.push(l), error: (l: string) => errors.push(l) };
    expect(await runSitingCli([swain, '--p', '2', '--radius', '10'], io)).toBe(0);
    expect(Object.keys(JSON.parse(lines[0] ?? '{}'))).toEqual(
      expect.arrayContaining(['objective', 'selected', 'bound', 'gap', 'ms']),
    );
    expect(await runSitingCli([swain, '--p', '2'], io)).toBe(2);
    expect(errors.join('\n')).toMatch(/--radius is needed/);
    expect(await runSitingCli([join(import.meta.dirname, 'missing.csv'), '--radius', '1'], io)).toBe(1);
  });

  it('measures by road with --network (lon/lat points on the seed roads): never more covered than straight', async () => {
    const desa = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../data/desa_points.geojson'), 'utf8'),
    ).features as { properties: { code: string }; geometry: { coordinates: [number, number] } }[];
    const csv = [
      'id,lon,lat,weight',
      ...desa
        .slice(0, 40)
        .map((d, i) => `${d.properties.code},${d.geometry.coordinates.join(',')},${1 + (i % 7)}`),
    ].join('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'siting-cli-')), 'desa.csv');
    writeFileSync(file, csv);
    const args = [file, '--p', '2', '--radius', '4000', '--exact'];
    const byRoad = await runSiting(parseSitingArgs([...args, '--network']));
    const straight = await runSiting(parseSitingArgs(args));
    expect(byRoad.status).toBe('optimal');
    expect(straight.status).toBe('optimal');
    expect(byRoad.objective).toBeLessThanOrEqual(straight.objective);
    expect(byRoad.selected.length).toBeLessThanOrEqual(2);
  });

  it('refuses a malformed CSV line by number', () => {
    expect(() => readPoints('id,x,y,weight\na,1,2,3\nb,1,,3\n')).toThrow(/line 3/);
    expect(() => readPoints('name,x,y\n')).toThrow(/header/);
  });
});
