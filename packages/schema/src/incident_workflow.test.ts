import { describe, expect, it } from 'vitest';
import { IncidentStatus } from './enums.ts';
import {
  canMoveAssignment,
  canMoveIncident,
  isClosedStatus,
  nextAssignmentStatuses,
  nextStatuses,
} from './incident_workflow.ts';

describe('incident workflow', () => {
  it('allows the documented moves only', () => {
    expect(nextStatuses('reported')).toEqual(['verified', 'responding', 'cancelled']);
    expect(nextStatuses('verified')).toEqual(['responding', 'cancelled']);
    expect(nextStatuses('responding')).toEqual(['resolved', 'cancelled']);
    expect(canMoveIncident('reported', 'resolved')).toBe(false);
    expect(canMoveIncident('verified', 'reported')).toBe(false);
  });

  it('treats resolved and cancelled as final', () => {
    for (const s of IncidentStatus.options) {
      expect(isClosedStatus(s)).toBe(nextStatuses(s).length === 0);
    }
  });

  it('moves assignments forward only', () => {
    expect(nextAssignmentStatuses('dispatched')).toEqual(['en_route', 'on_scene', 'cleared']);
    expect(nextAssignmentStatuses('cleared')).toEqual([]);
    expect(canMoveAssignment('on_scene', 'en_route')).toBe(false);
    expect(canMoveAssignment('dispatched', 'cleared')).toBe(true);
  });
});
