import { type Catalogue, fill, formatNumber, type Locale } from '@siaga/i18n';
import type { Assignment, IncidentEvent } from '@siaga/schema';

/** What an assignment sends, in words: "DMK-1 dari Pos Damkar Singaraja" or "2 × Gergaji mesin dari …". */
export function assignmentLabel(
  t: Catalogue,
  locale: Locale,
  a: Assignment,
  nameOf: (id: string) => string,
  callSignOf: (unitId: string) => string,
): string {
  if (a.kind === 'unit') {
    return fill(t.incidentPanel.unitAssignment, {
      callSign: a.unitId ? callSignOf(a.unitId) : '?',
      post: a.postId ? nameOf(a.postId) : '?',
    });
  }
  return fill(t.incidentPanel.itemsAssignment, {
    quantity: formatNumber(locale, a.quantity ?? 0),
    item: a.itemType ? t.enums.itemType[a.itemType] : '?',
    cache: a.cacheId ? nameOf(a.cacheId) : '?',
  });
}

/** One timeline line: who did what (the time is shown beside it). */
export function eventText(
  t: Catalogue,
  e: IncidentEvent,
  what: (assignmentId: string | null) => string,
  roadOf: (closureId: string | null) => string | null = () => null,
): string {
  const actor = e.actor.name;
  const status = (s: IncidentEvent['status']) => (s ? t.enums.incidentStatus[s] : '?');
  switch (e.kind) {
    case 'created':
      return fill(t.incident.event.created, { actor, status: status(e.status) });
    case 'edited':
      return fill(t.incident.event.edited, { actor });
    case 'status':
      return fill(t.incident.event.status, { actor, from: status(e.fromStatus), to: status(e.status) });
    case 'assignment':
      return fill(t.incident.event.assignment, { actor, what: what(e.assignmentId) });
    case 'assignment_status':
      return fill(t.incident.event.assignment_status, {
        actor,
        what: what(e.assignmentId),
        status: e.assignmentStatus ? t.enums.assignmentStatus[e.assignmentStatus] : '?',
      });
    case 'note':
      return fill(t.incident.event.note, { actor, note: e.note ?? '' });
    case 'closure':
      return fill(t.incident.event.closure, { actor, road: roadOf(e.closureId) ?? t.dispatch.unnamedRoad });
    default:
      return e.kind satisfies never;
  }
}
