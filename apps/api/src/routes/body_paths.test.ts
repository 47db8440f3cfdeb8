import { SiagaError, VersionConflict } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { withBodyPaths } from './body_paths.ts';

const refused = (path: string) =>
  Promise.reject(
    new SiagaError('invalid_geometry', 'Invalid geometry', [{ path, message: 'self-intersection' }]),
  );

async function pathOf(work: Promise<unknown>): Promise<string | undefined> {
  const err = await work.catch((e: unknown) => e);
  if (!(err instanceof SiagaError)) throw new Error('expected a SiagaError');
  return err.details[0]?.path;
}

describe('withBodyPaths', () => {
  it('prefixes collection paths with body', async () => {
    expect(await pathOf(withBodyPaths(refused('features.3.geometry')))).toBe('body.features.3.geometry');
  });

  it('drops the features.0 the route added around a single Feature', async () => {
    expect(await pathOf(withBodyPaths(refused('features.0.geometry'), { single: true }))).toBe(
      'body.geometry',
    );
    expect(await pathOf(withBodyPaths(refused('features.0'), { single: true }))).toBe('body');
  });

  it('passes a version conflict through unchanged: it is about the stored record, not the body', async () => {
    const conflict = new VersionConflict(4);
    expect(await withBodyPaths(Promise.reject(conflict)).catch((e: unknown) => e)).toBe(conflict);
  });

  it('keeps the code and message, and passes other errors and results through', async () => {
    const err = await withBodyPaths(refused('geometry')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'invalid_geometry', message: 'Invalid geometry' });
    const other = new Error('connection lost');
    await expect(withBodyPaths(Promise.reject(other))).rejects.toBe(other);
    expect(await withBodyPaths(Promise.resolve(7))).toBe(7);
  });
});
