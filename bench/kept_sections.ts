import { existsSync, readFileSync } from 'node:fs';

/** Where BENCHMARKS.md stops being written by `npm run bench`: what follows was measured elsewhere and is kept. */
export const KEPT_MARKER =
  '<!-- Figures below were measured outside `npm run bench` (browser tests, CLIs, the report); a bench run keeps them as they are. -->';

/** The kept part of an existing BENCHMARKS.md, marker included, or '' when there is none. */
export function keptSections(path: string): string {
  if (!existsSync(path)) return '';
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(KEPT_MARKER);
  return at < 0 ? '' : `\n${text.slice(at)}`;
}
