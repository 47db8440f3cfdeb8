import type { AssignmentStatus, IncidentStatus } from './enums.ts';

/**
 * The incident workflow: which status may follow which. `resolved` and `cancelled` are final (the incident is
 * closed); any other move is refused with a conflict.
 */
const incidentTransitions: Record<IncidentStatus, readonly IncidentStatus[]> = {
  reported: ['verified', 'responding', 'cancelled'],
  verified: ['responding', 'cancelled'],
  responding: ['resolved', 'cancelled'],
  resolved: [],
  cancelled: [],
};

/** The statuses an incident of this status may move to (empty for a closed incident). */
export function nextStatuses(status: IncidentStatus): readonly IncidentStatus[] {
  return incidentTransitions[status];
}

export function canMoveIncident(from: IncidentStatus, to: IncidentStatus): boolean {
  return incidentTransitions[from].includes(to);
}

/** A closed incident takes no new assignments and no status change; `closedAt` is set when it closes. */
export function isClosedStatus(status: IncidentStatus): boolean {
  return status === 'resolved' || status === 'cancelled';
}

const assignmentOrder: readonly AssignmentStatus[] = ['dispatched', 'en_route', 'on_scene', 'cleared'];

/** An assignment moves forward only (a step may be skipped: a unit recalled on the way is cleared). */
export function nextAssignmentStatuses(status: AssignmentStatus): readonly AssignmentStatus[] {
  return assignmentOrder.slice(assignmentOrder.indexOf(status) + 1);
}

export function canMoveAssignment(from: AssignmentStatus, to: AssignmentStatus): boolean {
  return nextAssignmentStatuses(from).includes(to);
}
