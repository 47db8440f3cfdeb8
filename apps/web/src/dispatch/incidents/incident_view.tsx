import { fill } from '@siaga/i18n';
import { type Assignment, type IncidentFeature, isClosedStatus, type Unit } from '@siaga/schema';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use_i18n.ts';
import { useAppStoreApi } from '../../store/store_context.tsx';
import { AssignmentList } from '../assign/assignment_list.tsx';
import { ItemPicker } from '../assign/item_picker.tsx';
import { UnitPicker } from '../assign/unit_picker.tsx';
import { IncidentInput } from '../incident_input.tsx';
import { DispatchMessageView } from '../message/dispatch_message_view.tsx';
import { PrintSheet } from '../message/print_sheet.tsx';
import { useAreaNames, useFacilityNames } from './area_names.ts';
import { assignmentLabel } from './event_text.ts';
import { listAssignments } from './incident_api.ts';
import { IncidentForm } from './incident_form.tsx';
import { StatusButtons } from './status_buttons.tsx';
import { Timeline } from './timeline.tsx';
import { useCanDispatch, useDeskTick } from './use_desk_action.ts';
import { type Fetched, useFetched } from './use_fetched.ts';

const NO_UNITS: readonly Unit[] = [];
const NO_ASSIGNMENTS: readonly Assignment[] = [];

/** Puts the dispatcher's location (and so the routes) on the incident whenever another incident is opened. */
function useLocationOf(incident: IncidentFeature) {
  const store = useAppStoreApi();
  const { desa } = useAreaNames();
  const [lon, lat] = incident.geometry.coordinates;
  const label =
    (incident.properties.desaCode && desa.get(incident.properties.desaCode)) || incident.properties.title;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new incident or a moved point moves the routes
  useEffect(() => {
    const now = store.getState().dispatch.incident?.position;
    // Already there (just recorded from this spot): the routes on screen are the incident's, ask nothing again.
    if (now?.[0] === lon && now[1] === lat) return;
    store.getState().setIncident({
      position: [lon, lat],
      source: 'coordinates',
      label,
      desaCode: incident.properties.desaCode,
    });
  }, [incident.properties.id, lon, lat]);
}

/** One incident at work: its status, the units and equipment sent, the message, and the timeline. */
export function IncidentView({ incident, units }: { incident: IncidentFeature; units: Fetched<Unit[]> }) {
  const { t, locale } = useI18n();
  const tick = useDeskTick();
  const names = useFacilityNames();
  const [editing, setEditing] = useState(false);
  const canWrite = useCanDispatch();
  const id = incident.properties.id;
  useLocationOf(incident);
  const assignments = useFetched(`${id}:${tick}`, (api, signal) => listAssignments(api, id, signal));
  const unitList = units.value ?? NO_UNITS;
  const assignmentList = assignments.value ?? NO_ASSIGNMENTS;
  const describe = useCallback(
    (assignmentId: string | null) => {
      const a = assignmentList.find((x) => x.id === assignmentId);
      if (!a) return '';
      const callSignOf = (unitId: string) => unitList.find((u) => u.id === unitId)?.callSign ?? unitId;
      return assignmentLabel(t, locale, a, (x) => names.get(x) ?? x, callSignOf);
    },
    [assignmentList, unitList, names, t, locale],
  );
  const closed = isClosedStatus(incident.properties.status);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard users land on the incident they opened or created, not wherever the list left the focus.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="incident-view" data-testid="incident-view" data-incident={id}>
      <section className="panel-section incident-view__head">
        <h2 ref={heading} tabIndex={-1} className="incident-view__title" data-testid="incident-title-shown">
          {incident.properties.title}
        </h2>
        <p className="muted">{t.enums.incidentType[incident.properties.incidentType]}</p>
        {canWrite && !editing && (
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {t.incidentPanel.edit}
          </button>
        )}
      </section>
      {editing && <IncidentInput />}
      {editing && <IncidentForm editing={incident} onDone={() => setEditing(false)} />}
      <StatusButtons incident={incident} />
      {units.status === 'error' && (
        <p className="field__error">{fill(t.incidentPanel.loadFailed, { message: units.error.message })}</p>
      )}
      {!closed && <UnitPicker incidentId={id} units={unitList} closed={closed} />}
      {!closed && <ItemPicker incidentId={id} closed={closed} />}
      <AssignmentList assignments={assignmentList} describe={describe} />
      <DispatchMessageView incidentId={id} onPrint={() => window.print()} />
      <Timeline incidentId={id} describe={describe} />
      <PrintSheet incident={incident} assignments={assignmentList} units={unitList} />
    </div>
  );
}
