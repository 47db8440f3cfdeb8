import { fill, formatDateTime } from '@siaga/i18n';
import type { Assignment } from '@siaga/schema';
import { useI18n } from '../../i18n/use_i18n.ts';
import { moveAssignment, reloadDataset } from '../incidents/incident_api.ts';
import { useCanDispatch, useDeskAction } from '../incidents/use_desk_action.ts';
import { offeredSteps } from './assignment_steps.ts';
import { clockAfter } from './clock_time.ts';

function Row({ a, label }: { a: Assignment; label: string }) {
  const { t, locale } = useI18n();
  const canWrite = useCanDispatch();
  const action = useDeskAction();
  const stamps = [
    [t.incident.dispatchedAt, a.dispatchedAt],
    [t.incident.enRouteAt, a.enRouteAt],
    [t.incident.arrivedAt, a.arrivedAt],
    [t.incident.clearedAt, a.clearedAt],
  ] as const;
  return (
    <li data-testid="assignment" data-status={a.status} data-kind={a.kind}>
      <div className="assignment__head">
        <strong>{label}</strong>
        <span className={`badge badge--assignment-${a.status}`}>{t.enums.assignmentStatus[a.status]}</span>
      </div>
      {a.etaSeconds !== null && a.status !== 'cleared' && (
        <div className="muted">
          {fill(t.incidentPanel.modelledEta, {
            clock: clockAfter(locale, Date.parse(a.dispatchedAt), a.etaSeconds),
          })}
        </div>
      )}
      <dl className="assignment__times">
        {stamps.map(([name, at]) =>
          at ? (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{formatDateTime(locale, t, at)}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {offeredSteps(a.status).length > 0 && (
        <div className="button-row">
          {offeredSteps(a.status).map((s) => (
            <button
              key={s}
              type="button"
              data-testid={`assignment-${s}`}
              disabled={!canWrite || action.busy}
              onClick={() =>
                void action.run(async (api, store) => {
                  await moveAssignment(api, a, s);
                  if (s === 'cleared' && a.kind === 'items') await reloadDataset(store, api, 'caches');
                })
              }
            >
              {fill(t.incidentPanel.markAs, { status: t.enums.assignmentStatus[s] })}
            </button>
          ))}
        </div>
      )}
      {action.error && (
        <p className="field__error" role="alert">
          {action.error}
        </p>
      )}
    </li>
  );
}

/** The incident's assignments, each moved on by one button per step (en route, on scene, cleared). */
export function AssignmentList({
  assignments,
  describe,
}: {
  assignments: readonly Assignment[];
  describe: (assignmentId: string | null) => string;
}) {
  const { t } = useI18n();
  return (
    <section className="panel-section" data-testid="assignments">
      <h2>{t.incidentPanel.assignmentsHeading}</h2>
      {assignments.length === 0 ? (
        <p className="muted">{t.incidentPanel.noAssignments}</p>
      ) : (
        <ul className="assignment-list">
          {assignments.map((a) => (
            <Row key={a.id} a={a} label={describe(a.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
