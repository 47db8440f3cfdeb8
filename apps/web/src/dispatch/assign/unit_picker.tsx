import { fill, formatDuration } from '@siaga/i18n';
import type { Unit } from '@siaga/schema';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/use_i18n.ts';
import { shownValue } from '../../store/async_result.ts';
import { useAppState } from '../../store/store_context.tsx';
import { useFacilityNames } from '../incidents/area_names.ts';
import { assign } from '../incidents/incident_api.ts';
import { useCanDispatch, useDeskAction } from '../incidents/use_desk_action.ts';
import { clockAfter } from './clock_time.ts';
import { rankUnits } from './rank_units.ts';

function UnitRow({
  unit,
  etaS,
  disabled,
  onAssign,
}: {
  unit: Unit;
  /** The post's ETA when a route was computed. */
  etaS: number | null;
  disabled: boolean;
  onAssign(): void;
}) {
  const { t, locale } = useI18n();
  const names = useFacilityNames();
  return (
    <li
      data-testid={etaS === null ? 'unit-other' : 'unit-option'}
      data-unit={unit.id}
      data-eta-s={etaS === null ? undefined : Math.round(etaS)}
    >
      <div>
        <strong>{unit.callSign}</strong>
        <div className="muted">
          {fill(t.incidentPanel.unitMeta, {
            type: t.enums.unitType[unit.unitType],
            crew: unit.crew,
            post: names.get(unit.postId) ?? unit.postId,
          })}
        </div>
        {etaS !== null && (
          <div>
            {fill(t.incidentPanel.unitEta, {
              duration: formatDuration(locale, t, Math.round(etaS)),
              clock: clockAfter(locale, Date.now(), etaS),
            })}
          </div>
        )}
      </div>
      <button
        type="button"
        className={etaS === null ? undefined : 'primary'}
        aria-label={fill(t.incidentPanel.assignUnit, { callSign: unit.callSign })}
        disabled={disabled}
        data-testid="assign-unit"
        onClick={onAssign}
      >
        {t.incidentPanel.assign}
      </button>
    </li>
  );
}

/** Available units at the nearest posts, fastest first, each with one button to send it. */
export function UnitPicker({
  incidentId,
  units,
  closed,
}: {
  incidentId: string;
  units: readonly Unit[];
  closed: boolean;
}) {
  const { t } = useI18n();
  const canWrite = useCanDispatch();
  const action = useDeskAction();
  const answer = shownValue(useAppState((s) => s.closest))?.answer;
  const { ranked, others } = useMemo(() => rankUnits(units, answer?.posts?.results ?? []), [units, answer]);
  const row = (unit: Unit, etaS: number | null) => (
    <UnitRow
      key={unit.id}
      unit={unit}
      etaS={etaS}
      disabled={!canWrite || closed || action.busy}
      onAssign={() => void action.run((api) => assign(api, incidentId, { kind: 'unit', unitId: unit.id }))}
    />
  );
  return (
    <section className="panel-section" data-testid="unit-picker">
      <h2>{t.incidentPanel.assignHeading}</h2>
      {!answer && <p className="muted">{t.incidentPanel.unitsNeedLocation}</p>}
      {answer && ranked.length === 0 && <p className="muted">{t.incidentPanel.noAvailableUnits}</p>}
      {ranked.length > 0 && (
        <>
          <h3 className="subheading">{t.incidentPanel.unitsByEta}</h3>
          <ol className="unit-list">{ranked.map(({ unit, route }) => row(unit, route.etaS))}</ol>
        </>
      )}
      {others.length > 0 && (
        <details className="not-routed">
          <summary>{fill(t.incidentPanel.otherUnits, { n: others.length })}</summary>
          <ul className="unit-list">{others.map((unit) => row(unit, null))}</ul>
        </details>
      )}
      {action.error && (
        <p className="field__error" role="alert">
          {action.error}
        </p>
      )}
    </section>
  );
}
