import { type Catalogue, fill, formatDateTime, formatNumber, type Locale } from '@siaga/i18n';
import type { Assignment, IncidentEvent } from '@siaga/schema';
import { useState } from 'react';
import { useI18n } from '../../i18n/use_i18n.ts';
import { addNote, listEvents } from './incident_api.ts';
import { useCanDispatch, useDeskAction, useDeskTick } from './use_desk_action.ts';
import { useFetched } from './use_fetched.ts';

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
      return fill(t.incident.event.closure, { actor, road: e.note ?? e.closureId ?? '' });
    default:
      return e.kind satisfies never;
  }
}

function NoteForm({ incidentId }: { incidentId: string }) {
  const { t } = useI18n();
  const action = useDeskAction();
  const [note, setNote] = useState('');
  return (
    <form
      className="field inline-form incident-note"
      onSubmit={(e) => {
        e.preventDefault();
        if (note.trim() === '') return;
        void action.run((api) => addNote(api, incidentId, note)).then((r) => r && setNote(''));
      }}
    >
      <label htmlFor="incident-note">{t.incidentPanel.note}</label>
      <div>
        <input
          id="incident-note"
          value={note}
          placeholder={t.incidentPanel.notePlaceholder}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <button type="submit" disabled={action.busy}>
          {t.incidentPanel.addNote}
        </button>
      </div>
      {action.error && <small className="field__error">{action.error}</small>}
    </form>
  );
}

/** Every event of the incident, oldest first: who, when, what. */
export function Timeline({
  incidentId,
  describe,
}: {
  incidentId: string;
  describe: (assignmentId: string | null) => string;
}) {
  const { t, locale } = useI18n();
  const tick = useDeskTick();
  const canWrite = useCanDispatch();
  const events = useFetched(`${incidentId}:${tick}`, (api, signal) => listEvents(api, incidentId, signal));
  return (
    <section className="panel-section" data-testid="timeline" data-status={events.status}>
      <h2>{t.incidentPanel.timeline}</h2>
      {events.status === 'error' && (
        <p className="field__error">{fill(t.incidentPanel.loadFailed, { message: events.error.message })}</p>
      )}
      {events.value && events.value.length === 0 && <p className="muted">{t.incidentPanel.noEvents}</p>}
      {events.value && events.value.length > 0 && (
        <ol className="timeline">
          {events.value.map((e) => (
            <li key={e.id} data-kind={e.kind}>
              <time dateTime={e.at}>{formatDateTime(locale, t, e.at)}</time>
              <span>{eventText(t, e, describe)}</span>
            </li>
          ))}
        </ol>
      )}
      {canWrite && <NoteForm incidentId={incidentId} />}
    </section>
  );
}
