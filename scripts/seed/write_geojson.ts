import { writeFileSync } from 'node:fs';

/** A FeatureCollection written one feature per line: small, diffable, still valid JSON. */
export function writeFeatureCollection(path: string, features: unknown[]): void {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(path, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
}
