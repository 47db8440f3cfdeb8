import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_IN = join(root, 'in');
export const FIXTURE_OUT = join(root, 'out');
const update = process.env.UPDATE_FIXTURES === '1';

/** Input fixtures whose file name starts with `prefix`, e.g. `route_` for test/in/route_*.geojson. */
export function fixtureNames(prefix: string): string[] {
  return readdirSync(FIXTURE_IN)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.geojson'))
    .sort();
}

export function readFixture<T>(name: string): T {
  return deepFreeze(JSON.parse(readFileSync(join(FIXTURE_IN, name), 'utf8')) as T);
}

/**
 * Compares `actual` (floats rounded to `digits`) with test/out/<outName>; with UPDATE_FIXTURES=1 it writes
 * the file instead, so a reviewer sees the change in the diff.
 */
export function expectFixture(outName: string, actual: unknown, digits = 6): void {
  const rounded = roundFloats(actual, digits);
  const path = join(FIXTURE_OUT, outName);
  if (update) {
    writeFileSync(path, `${JSON.stringify(rounded, null, 2)}\n`);
    return;
  }
  const expected: unknown = JSON.parse(readFileSync(path, 'utf8'));
  expect(rounded).toEqual(expected);
}

export function roundFloats(value: unknown, digits: number): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN';
    const f = 10 ** digits;
    const r = Math.round(value * f) / f;
    return Object.is(r, -0) ? 0 : r;
  }
  if (Array.isArray(value)) return value.map((v) => roundFloats(v, digits));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundFloats(v, digits)]));
  }
  return value;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
