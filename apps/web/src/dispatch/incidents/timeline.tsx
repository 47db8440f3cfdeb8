import { fill, formatDateTime } from '@siaga/i18n';
import { useState } from 'react';
import { useI18n } from '../../i18n/use_i18n.ts';
import { eventText } from './event_text.ts';
import { addNote, listClosures, listEvents } from './incident_api.ts';
import { useCanDispatch, useDeskAction, useDeskTick } from './use_desk_action.ts';
import { useFetched } from './use_fetched.ts';

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
  const closureEvents = events.value?.filter((e) => e.kind === 'closure').length ?? 0;
  // Closure events carry only the closure's id: its road name comes from the closures tied to the incident.
  const closures = useFetched(`${incidentId}:${tick}:${closureEvents}`, (api, signal) =>
    closureEvents === 0 ? Promise.resolve([]) : listClosures(api, incidentId, signal),
  );
  const roadOf = (id: string | null) =>
    closures.value?.find((c) => c.properties.id === id)?.properties.roadName ?? null;
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
              <span>{eventText(t, e, describe, roadOf)}</span>
            </li>
          ))}
        </ol>
      )}
      {canWrite && <NoteForm incidentId={incidentId} />}
    </section>
  );
}
