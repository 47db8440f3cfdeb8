import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build:web` writes the web app. */
export const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * The built web app to serve: `option` when given, null for the API only; when unset, `fallback` if a build is
 * there. A build is its index.html, not the folder: `tsc -b` writes the web app's types into dist/ too, and a
 * type-check must not stop `node apps/api/src/main.ts` from starting.
 *
 * @example
 *   resolveWebDist(undefined) // '<repo>/apps/web/dist' after `npm run build:web`, else null
 */
export function resolveWebDist(option: string | null | undefined, fallback = defaultWebDist): string | null {
  if (option !== undefined) return option;
  return existsSync(join(fallback, 'index.html')) ? fallback : null;
}
