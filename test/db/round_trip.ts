import type { Actor, SiagaDb } from '@siaga/db';
import { expect } from 'vitest';
import { testActor } from '../support/db_fixtures.ts';

interface Repository<TInput, TFeature> {
  create(db: SiagaDb, inputs: TInput[], actor: Actor): Promise<TFeature[]>;
  /** Roads have no `get`. */
  get?(db: SiagaDb, id: string): Promise<TFeature | null>;
}

/**
 * Creates one feature with a client-supplied id and checks what every repository promises for it: the answer
 * is valid under the entity's schema (and unchanged by parsing), keeps the id, and `get` reads back the same.
 */
export async function roundTrip<TInput extends { id?: string | undefined }, TFeature extends { id?: string }>(
  repository: Repository<TInput, TFeature>,
  schema: { parse(value: unknown): unknown },
  db: SiagaDb,
  input: TInput,
): Promise<TFeature> {
  const [created] = await repository.create(db, [input], testActor);
  if (!created) throw new Error('create answered no feature');
  expect(schema.parse(created)).toEqual(created);
  expect(created.id).toBe(input.id);
  if (repository.get) expect(await repository.get(db, input.id as string)).toEqual(created);
  return created;
}
