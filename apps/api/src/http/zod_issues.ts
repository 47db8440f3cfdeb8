import type { ErrorIssue } from '@siaga/schema';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/**
 * A failed union reports every branch's issues; the branch that got furthest into the input (deepest path, then
 * fewest issues) is the one the client meant, e.g. a Feature whose longitude is out of range rather than "not a
 * FeatureCollection".
 */
function closestBranch(branches: Issue[][]): Issue[] {
  let best: Issue[] = [];
  let bestDepth = -1;
  for (const branch of branches) {
    const depth = Math.max(...branch.map((i) => i.path.length));
    if (depth > bestDepth || (depth === bestDepth && branch.length < best.length)) {
      best = branch;
      bestDepth = depth;
    }
  }
  return best;
}

function flatten(issue: Issue, prefix: PropertyKey[]): Array<{ path: PropertyKey[]; message: string }> {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    return closestBranch(issue.errors).flatMap((inner) => flatten(inner, path));
  }
  return [{ path, message: issue.message }];
}

/** Zod issues as envelope details, paths prefixed with where the input came from (`body.features.3.geometry`). */
export function issuesToDetails(
  issues: readonly Issue[],
  source: string,
): { details: ErrorIssue[]; geometryOnly: boolean } {
  const flat = issues.flatMap((i) => flatten(i, [source]));
  return {
    details: flat.map((f) => ({ path: f.path.map(String).join('.'), message: f.message })),
    geometryOnly: flat.length > 0 && flat.every((f) => f.path.includes('geometry')),
  };
}
