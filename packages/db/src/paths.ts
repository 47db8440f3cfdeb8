import { fileURLToPath } from 'node:url';

/** The repository root (this file sits at packages/db/src/paths.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The committed drizzle-kit migrations. */
export const migrationsFolder = fileURLToPath(new URL('../drizzle/', import.meta.url));

/** The default PGlite data folder, <repo>/.siaga-data/pglite. */
export const defaultPgliteDir = fileURLToPath(new URL('../../../.siaga-data/pglite', import.meta.url));
