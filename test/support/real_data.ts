import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The folder of real reference data (tests and benchmarks only, never copied into the repo): env
 * SIAGA_REAL_DATA, else <repo>/../shared/data. Null when absent, so real-data tests skip with a message.
 */
export function realDataDir(): string | null {
  const dir = process.env.SIAGA_REAL_DATA ?? join(repoRoot, '..', 'shared', 'data');
  return existsSync(dir) ? dir : null;
}
