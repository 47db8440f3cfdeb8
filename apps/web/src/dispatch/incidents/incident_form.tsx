import { fill, formatNumber } from '@siaga/i18n';
import { type IncidentFeature, IncidentType } from '@siaga/schema';
import { type ReactNode, useId, useRef, useState } from 'react';
import { editWithConflicts } from '../../api/edit_with_conflicts.ts';
import { useI18n } from '../../i18n/use_i18n.ts';
import { useAppState } from '../../store/store_context.tsx';
import { type FieldMessages, fieldMessages, serverMessages } from './form_issues.ts';
import { createIncident, keepIncident, patchIncident, reloadDataset } from './incident_api.ts';
import {
  checkDraft,
  type DraftField,
  draftOf,
  emptyDraft,
  type IncidentDraft,
  patchBody,
} from './incident_draft.ts';
import { useCanDispatch, useDeskAction } from './use_desk_action.ts';

/** A labelled form field with its message under it, tied by aria-describedby for screen readers. */
function Field({
  field,
  label,
  messages,
  children,
}: {
  field: DraftField;
  label: string;
  messages: FieldMessages;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = `incident-${field}-${useId()}`;
  const message = messages[field];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': message !== undefined,
        ...(message ? { 'aria-describedby': `${id}-error` } : {}),
      })}
      {message && (
        <small className="field__error" id={`${id}-error`} data-testid={`error-${field}`}>
          {message}
        </small>
      )}
    </div>
  );
}

/**
 * Records a new incident at the location set above (search, coordinates or the map), or edits one. The draft
 * is checked with the API's own schema before it is sent, and a refusal's details land on their fields.
 */
export function IncidentForm({
  editing: current,
  onDone,
}: {
  editing: IncidentFeature | null;
  onDone(): void;
}) {
  const { t, locale } = useI18n();
  const location = useAppState((s) => s.dispatch.incident);
  const openIncident = useAppState((s) => s.openIncident);
  const canWrite = useCanDispatch();
  const action = useDeskAction();
  // The incident as it was when the form opened: the edit is made (and sent with If-Match) against that version,
  // so a change someone else made meanwhile comes back as a conflict instead of being overwritten.
  const [editing] = useState(current);
  const [draft, setDraft] = useState<IncidentDraft>(() =>
    editing ? draftOf(editing) : emptyDraft(new Date().toISOString()),
  );
  const [messages, setMessages] = useState<FieldMessages>({});
  const [notice, setNotice] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (change: Partial<IncidentDraft>) => setDraft((d) => ({ ...d, ...change }));
  const position = location?.position ?? null;

  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = async () => {
    setNotice(null);
    const checked = checkDraft(draft, position);
    if (!checked.ok) {
      setMessages(fieldMessages(t, locale, checked.issues));
      focusFirstError();
      return;
    }
    setMessages({});
    if (editing === null) {
      const made = await action.run(async (api, store) => {
        const f = await createIncident(api, checked.body);
        keepIncident(store, f);
        return f;
      });
      // The new incident opens in its own tab, in place of this form.
      if (made) openIncident(made.properties.id);
      return;
    }
    const patch = patchBody(editing, checked.body);
    if (patch === null) {
      setNotice(t.incidentPanel.noChange);
      return;
    }
    const saved = await action.run((api, store) =>
      editWithConflicts(
        store,
        (version) => patchIncident(api, editing.properties.id, patch, version),
        editing.properties.version,
        () => void reloadDataset(store, api, 'incidents'),
      ).then((r) => {
        if (r) keepIncident(store, r);
        return r;
      }),
    );
    if (saved) onDone();
  };

  const server = action.failure ? serverMessages(action.failure.details) : { fields: {}, general: [] };
  const shown: FieldMessages = { ...server.fields, ...messages };
  const text = (field: Exclude<DraftField, 'location' | 'incidentType'>) => ({
    value: draft[field],
    onChange: (e: { currentTarget: { value: string } }) => set({ [field]: e.currentTarget.value }),
  });

  return (
    <form
      ref={formRef}
      className="panel-section incident-form"
      data-testid="incident-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{editing ? t.incidentPanel.formEdit : t.incidentPanel.formNew}</h2>
      <div className="field">
        <span>{t.incidentPanel.location}</span>
        <p
          className={shown.location ? 'incident-form__place field__error' : 'incident-form__place'}
          data-testid="form-location"
          id="incident-form-location"
        >
          {position
            ? fill(t.incidentPanel.locationAt, {
                place: location?.label ?? '',
                lat: formatNumber(locale, position[1], 5),
                lon: formatNumber(locale, position[0], 5),
              })
            : (shown.location ?? t.incidentPanel.noLocation)}
        </p>
      </div>
      <Field field="title" label={t.incident.title} messages={shown}>
        {(p) => <input {...p} {...text('title')} data-testid="incident-title" autoComplete="off" />}
      </Field>
      <Field field="incidentType" label={t.incident.incidentType} messages={shown}>
        {(p) => (
          <select
            {...p}
            value={draft.incidentType}
            data-testid="incident-type"
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ incidentType: v === '' ? '' : IncidentType.parse(v) });
            }}
          >
            <option value="">{t.incidentPanel.chooseType}</option>
            {IncidentType.options.map((x) => (
              <option key={x} value={x}>
                {t.enums.incidentType[x]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field field="occurredAt" label={t.incident.occurredAt} messages={shown}>
          {(p) => <input {...p} type="datetime-local" {...text('occurredAt')} />}
        </Field>
        <Field field="reportedAt" label={t.incident.reportedAt} messages={shown}>
          {(p) => <input {...p} type="datetime-local" {...text('reportedAt')} />}
        </Field>
      </div>
      <div className="field-row">
        <Field field="reporterName" label={t.incident.reporterName} messages={shown}>
          {(p) => <input {...p} {...text('reporterName')} autoComplete="off" data-testid="reporter-name" />}
        </Field>
        <Field field="reporterPhone" label={t.incident.reporterPhone} messages={shown}>
          {(p) => (
            <input
              {...p}
              type="tel"
              {...text('reporterPhone')}
              autoComplete="off"
              data-testid="reporter-phone"
            />
          )}
        </Field>
      </div>
      <Field field="peopleAffected" label={t.incident.peopleAffected} messages={shown}>
        {(p) => (
          <input {...p} inputMode="numeric" {...text('peopleAffected')} data-testid="people-affected" />
        )}
      </Field>
      <Field field="notes" label={t.incident.notes} messages={shown}>
        {(p) => <textarea {...p} rows={3} {...text('notes')} />}
      </Field>
      {!canWrite && <p className="warning">{t.incidentPanel.signInToWrite}</p>}
      {action.error && server.general.length === 0 && Object.keys(server.fields).length === 0 && (
        <p className="field__error" role="alert" data-testid="incident-form-error">
          {action.error}
        </p>
      )}
      {server.general.map((m) => (
        <p key={m} className="field__error" role="alert">
          {m}
        </p>
      ))}
      {notice && <p className="muted">{notice}</p>}
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={!canWrite || action.busy}
          data-testid="incident-submit"
        >
          {action.busy ? t.incidentPanel.saving : editing ? t.incidentPanel.save : t.incidentPanel.create}
        </button>
        <button type="button" onClick={onDone}>
          {t.incidentPanel.cancel}
        </button>
      </div>
    </form>
  );
}
