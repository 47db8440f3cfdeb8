import { createHash } from 'node:crypto';

/** A stable name-based UUID (version 5 layout over SHA-1) so seed ids never change between builds. */
export function seedUuid(key: string): string {
  const h = createHash('sha1').update(`siaga-seed:${key}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
