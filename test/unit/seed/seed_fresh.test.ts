import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './load_seed.ts';

const FILES = [
  'admin_areas',
  'desa_points',
  'roads',
  'posts',
  'caches',
  'hazard_zones',
  'incidents',
  'units',
  'basemap_features',
] as const;

describe('committed seed files', () => {
  const out = mkdtempSync(join(tmpdir(), 'siaga-seed-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('are exactly what `npm run seed:build` generates', { timeout: 240_000 }, () => {
    execFileSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts', 'seed', 'build.ts'), out], {
      cwd: REPO_ROOT,
    });
    for (const f of FILES) {
      const committed = readFileSync(join(REPO_ROOT, 'data', `${f}.geojson`), 'utf8');
      const rebuilt = readFileSync(join(out, `${f}.geojson`), 'utf8');
      expect(rebuilt === committed, `data/${f}.geojson is stale: run npm run seed:build`).toBe(true);
    }
  });
});
