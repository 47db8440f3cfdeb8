import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveWebDist } from './web_dist.ts';

describe('resolveWebDist', () => {
  let dist: string;
  beforeEach(async () => {
    dist = await mkdtemp(join(tmpdir(), 'siaga-dist-'));
  });
  afterEach(async () => {
    await rm(dist, { recursive: true, force: true });
  });

  it('serves the API only when the default folder holds no build, e.g. only the types `tsc -b` writes', async () => {
    await mkdir(join(dist, 'types'));
    await writeFile(join(dist, 'tsconfig.tsbuildinfo'), '{}');
    expect(resolveWebDist(undefined, dist)).toBeNull();
    expect(resolveWebDist(undefined, join(dist, 'absent'))).toBeNull();
  });

  it('serves the default folder once it holds index.html', async () => {
    await writeFile(join(dist, 'index.html'), '<!doctype html>');
    expect(resolveWebDist(undefined, dist)).toBe(dist);
  });

  it('keeps an explicit choice: a folder, or null for the API only', async () => {
    await writeFile(join(dist, 'index.html'), '<!doctype html>');
    expect(resolveWebDist(null, dist)).toBeNull();
    expect(resolveWebDist('/srv/siaga-web', dist)).toBe('/srv/siaga-web');
  });
});
