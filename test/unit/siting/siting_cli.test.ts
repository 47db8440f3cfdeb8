import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planarProblem } from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { parseSitingArgs, runSiting, runSitingCli } from '../../../scripts/siting/cli.ts';
import { readPoints } from '../../../scripts/siting/read_points.ts';
import { bruteForce } from './brute_force.ts';

const repoRoot = join(import.meta.dirname, '../../..');
/** Swain's 55 points and the optima Church & ReVelle (1974) published for them: sources in test/in/README.md. */
const swain = join(import.meta.dirname, '../../in/siting_swain55.csv');
const points = readPoints(readFileSync(swain, 'utf8'));
const exact = (p: number, radius: number) =>
  parseSitingArgs([swain, '--p', String(p), '--radius', String(radius), '--exact']);

describe('npm run siting', () => {
  it("reads Swain's 55 points (population 640, smallest 2)", () => {
    expect(points.points).toHaveLength(55);
    expect(points.lonLat).toBe(false);
    expect(points.points.reduce((s, p) => s + p.weight, 0)).toBe(640);
    expect(Math.min(...points.points.map((p) => p.weight))).toBe(2);
  });

  it('reaches the published optimum for S=10, p=5 (609 of 640) and leaves four points, population 12, beyond 15 (Figure 4)', async () => {
    const out = await runSiting(exact(5, 10));
    expect(out).toMatchObject({ status: 'optimal', gap: 0, model: 'mclp', objective: 609, bound: 609 });
    const sites = points.points.filter((q) => out.selected.includes(q.id));
    expect(sites).toHaveLength(5);
    const far = points.points.filter(
      (q) => Math.min(...sites.map((s) => Math.hypot(q.x - s.x, q.y - s.y))) > 15,
    );
    expect(far).toHaveLength(4);
    expect(far.reduce((sum, q) => sum + q.weight, 0)).toBe(12);
  });

  it.each([
    [7, 633],
    [8, 638],
    [9, 640],
  ])('reaches the published optimum for S=10, p=%i: %i of 640 (pp. 108-109)', async (p, published) => {
    const out = await runSiting(exact(p, 10));
    expect(out).toMatchObject({
      status: 'optimal',
      gap: 0,
      model: 'mclp',
      objective: published,
      bound: published,
    });
    expect(out.selected.length).toBeLessThanOrEqual(p);
  });

  it('needs five facilities to cover every point within 15, as published (Figure 2, set covering)', async () => {
    const out = await runSiting(parseSitingArgs([swain, '--objective', 'lscp', '--radius', '15', '--exact']));
    expect(out).toMatchObject({ status: 'optimal', gap: 0, model: 'lscp', objective: 5 });
    expect(out.selected).toHaveLength(5);
  });

  it.each([
    [1, 10],
    [2, 10],
    [2, 12],
    [2, 15],
  ])('equals exhaustive enumeration where the paper prints no value, p=%i S=%i', async (p, radius) => {
    const out = await runSiting(exact(p, radius));
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

  it('prints the published optimum when run as the command (one spawn of npm run siting)', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/siting.ts', swain, '--p', '5', '--radius', '10', '--exact'],
      { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ objective: 609, bound: 609, gap: 0, status: 'optimal' });
  }, 120_000);

  it('prints the fast answer without --exact, never better than the published optimum', async () => {
    const fast = await runSiting(parseSitingArgs([swain, '--p', '5', '--radius', '10']));
    expect(fast).toMatchObject({ status: 'heuristic', bound: null, gap: null });
    expect(fast.selected).toHaveLength(5);
    expect(fast.objective).toBeLessThanOrEqual(609);
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
