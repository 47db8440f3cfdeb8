import { type AssignmentStatus, nextAssignmentStatuses } from '@siaga/schema';

/** The next step, and clearing straight away (a unit recalled on the way) when that is not the next step. */
export function offeredSteps(status: AssignmentStatus): AssignmentStatus[] {
  const next = nextAssignmentStatuses(status);
  const first = next[0];
  if (first === undefined) return [];
  return first === 'cleared' ? ['cleared'] : [first, 'cleared'];
}
