import { type ErrorIssue, SiagaError } from '@siaga/schema';
import { inArray } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { adminAreas, posts } from '../schema/index.ts';

interface Reference {
  value: string | null | undefined;
  path: string;
}

/**
 * Refuses references to records that do not exist, naming every bad input; the foreign keys stay the backstop
 * but their error cannot say which feature of a batch was wrong. `alsoValid` holds keys created in the same batch.
 */
async function checkReferences(
  found: (values: string[]) => Promise<string[]>,
  what: string,
  refs: Reference[],
  alsoValid: ReadonlySet<string> = new Set(),
): Promise<void> {
  const wanted = [...new Set(refs.map((r) => r.value).filter((v): v is string => !!v && !alsoValid.has(v)))];
  if (wanted.length === 0) return;
  const existing = new Set(await found(wanted));
  const issues: ErrorIssue[] = refs
    .filter((r) => r.value && !alsoValid.has(r.value) && !existing.has(r.value))
    .map((r) => ({ path: r.path, message: `${r.value} is not an existing ${what}` }));
  const first = issues[0];
  if (first) throw new SiagaError('validation_failed', first.message, issues);
}

export function checkPostReferences(db: SiagaDb, refs: Reference[]): Promise<void> {
  return checkReferences(
    async (ids) =>
      (await db.select({ id: posts.id }).from(posts).where(inArray(posts.id, ids))).map((r) => r.id),
    'post',
    refs,
  );
}

export function checkAdminAreaReferences(
  db: SiagaDb,
  refs: Reference[],
  alsoValid: ReadonlySet<string>,
): Promise<void> {
  return checkReferences(
    async (codes) =>
      (
        await db.select({ code: adminAreas.code }).from(adminAreas).where(inArray(adminAreas.code, codes))
      ).map((r) => r.code),
    'admin area code',
    refs,
    alsoValid,
  );
}
