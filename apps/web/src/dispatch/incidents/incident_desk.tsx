import { fill } from '@siaga/i18n';
import { useI18n } from '../../i18n/use_i18n.ts';
import { useAppState } from '../../store/store_context.tsx';
import { IncidentInput } from '../incident_input.tsx';
import { listUnits } from './incident_api.ts';
import { IncidentForm } from './incident_form.tsx';
import { IncidentList } from './incident_list.tsx';
import { IncidentView } from './incident_view.tsx';
import { useDeskTick } from './use_desk_action.ts';
import { useFetched } from './use_fetched.ts';

/** The desk's tabs: the list, a new incident, and every incident opened, each closable. */
function DeskTabs() {
  const { t } = useI18n();
  const desk = useAppState((s) => s.desk);
  const open = useAppState((s) => s.openIncidents);
  const incidents = useAppState((s) => s.datasets.incidents);
  const show = useAppState((s) => s.showDesk);
  const openIncident = useAppState((s) => s.openIncident);
  const close = useAppState((s) => s.closeIncident);
  const titleOf = (id: string) =>
    (incidents.status === 'ready' ? incidents.features.find((f) => f.properties.id === id) : undefined)
      ?.properties.title ?? id;
  return (
    <nav className="desk-tabs" aria-label={t.incidentPanel.openTabs}>
      <button
        type="button"
        aria-current={desk.kind === 'list' ? 'page' : undefined}
        data-testid="desk-list"
        onClick={() => show({ kind: 'list' })}
      >
        {t.incidentPanel.list}
      </button>
      <button
        type="button"
        aria-current={desk.kind === 'new' ? 'page' : undefined}
        data-testid="desk-new"
        onClick={() => show({ kind: 'new' })}
      >
        + {t.incidentPanel.newIncident}
      </button>
      {open.map((id) => (
        <span
          key={id}
          className="desk-tabs__incident"
          data-current={desk.kind === 'incident' && desk.id === id}
        >
          <button
            type="button"
            aria-current={desk.kind === 'incident' && desk.id === id ? 'page' : undefined}
            data-testid="desk-incident"
            onClick={() => openIncident(id)}
          >
            {titleOf(id)}
          </button>
          <button
            type="button"
            className="desk-tabs__close"
            aria-label={fill(t.incidentPanel.closeTab, { title: titleOf(id) })}
            onClick={() => close(id)}
          >
            ×
          </button>
        </span>
      ))}
    </nav>
  );
}

/** The dispatcher's incidents: the recent list, the form for a new one, or the incident being worked on. */
export function IncidentDesk() {
  const desk = useAppState((s) => s.desk);
  const show = useAppState((s) => s.showDesk);
  const incidents = useAppState((s) => s.datasets.incidents);
  const tick = useDeskTick();
  // Read while the desk is open, so a new incident shows its units the moment it is recorded.
  const units = useFetched(`units:${tick}`, (api, signal) => listUnits(api, signal));
  const current =
    desk.kind === 'incident' && incidents.status === 'ready'
      ? incidents.features.find((f) => f.properties.id === desk.id)
      : undefined;
  return (
    <div className="incident-desk" data-testid="incident-desk" data-desk={desk.kind}>
      <DeskTabs />
      {desk.kind !== 'incident' && <IncidentInput />}
      {desk.kind === 'list' && <IncidentList />}
      {desk.kind === 'new' && <IncidentForm editing={null} onDone={() => show({ kind: 'list' })} />}
      {current && <IncidentView key={current.properties.id} incident={current} units={units} />}
    </div>
  );
}
