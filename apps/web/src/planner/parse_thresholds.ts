import { CoverageThresholds } from '@siaga/schema';

/**
 * Thresholds typed by the planner ("5, 10, 15"; a decimal comma is read as a separator, so use whole minutes
 * or a point), checked with the same schema the engine uses. Null when the text is not a valid list.
 * @example parseThresholds('5, 10, 15') // [5, 10, 15]
 */
export function parseThresholds(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  const values = parts.map(Number);
  if (values.some((v) => !Number.isFinite(v))) return null;
  const parsed = CoverageThresholds.safeParse(values);
  return parsed.success ? parsed.data : null;
}
