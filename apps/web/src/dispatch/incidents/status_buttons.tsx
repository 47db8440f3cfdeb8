import { fill, formatDateTime } from '@siaga/i18n';
import { type IncidentFeature, nextStatuses } from '@siaga/schema';
import { editWithConflicts } from '../../api/edit_with_conflicts.ts';
import { useI18n } from '../../i18n/use_i18n.ts';
import { keepIncident, moveIncident, reloadDataset } from './incident_api.ts';
import { useCanDispatch, useDeskAction } from './use_desk_action.ts';

/** The incident's status and one button per status the workflow allows next (none once it is closed). */
export function StatusButtons({ incident }: { incident: IncidentFeature }) {
  const { t, locale } = useI18n();
  const canWrite = useCanDispatch();
  const action = useDeskAction();
  const p = incident.properties;
  const next = nextStatuses(p.status);
  return (
    <section className="panel-section" data-testid="incident-status" data-status={p.status}>
      <h2>{t.incidentPanel.statusHeading}</h2>
      <p>
        <span className={`badge badge--${p.status}`} data-testid="status-badge">
          {t.enums.incidentStatus[p.status]}
        </span>
        {p.closedAt && (
          <span className="muted">
            {' '}
            {fill(t.incidentPanel.closedAt, { time: formatDateTime(locale, t, p.closedAt) })}
          </span>
        )}
      </p>
      {next.length > 0 && (
        <div className="button-row status-buttons">
          {next.map((s) => (
            <button
              key={s}
              type="button"
              data-status={s}
              data-testid={`status-${s}`}
              className={s === 'cancelled' ? 'danger' : undefined}
              disabled={!canWrite || action.busy}
              onClick={() =>
                void action.run((api, store) =>
                  editWithConflicts(
                    store,
                    (version) => moveIncident(api, p.id, s, version),
                    p.version,
                    () => void reloadDataset(store, api, 'incidents'),
                  ).then((r) => r && keepIncident(store, r)),
                )
              }
            >
              {fill(t.incidentPanel.moveTo, { status: t.enums.incidentStatus[s] })}
            </button>
          ))}
        </div>
      )}
      {action.error && (
        <p className="field__error" role="alert">
          {action.error}
        </p>
      )}
    </section>
  );
}
