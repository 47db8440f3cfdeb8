import { fill, formatNumber } from '@siaga/i18n';
import { MarkerList } from '../components/marker_list.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { shownValue } from '../store/async_result.ts';
import { featuresOf } from '../store/data_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { closureName } from './closure_name.ts';
import { useClosureSaving } from './use_closure_saving.ts';

/** The closed roads by name, stored ones (shared) and those kept on this device, each with its reopen button. */
export function ClosureList() {
  const { t, locale } = useI18n();
  useClosureSaving();
  const local = useAppState((s) => s.dispatch.closures);
  const datasets = useAppState((s) => s.datasets);
  const deleting = useAppState((s) => s.closureDeletes);
  const remove = useAppState((s) => s.removeClosure);
  const closed = shownValue(useAppState((s) => s.closest))?.answer.closedLinks ?? 0;
  const markers = [
    ...featuresOf(datasets, 'closures')
      .filter((c) => !deleting.includes(c.properties.id))
      .map((c) => ({ id: c.properties.id, roadName: c.properties.roadName, stored: true })),
    ...local.map((c) => ({ id: c.id, roadName: c.roadName, stored: false })),
  ];
  if (markers.length === 0) return <p className="muted">{t.dispatch.noClosures}</p>;
  return (
    <>
      <MarkerList
        markers={markers}
        testId="closure-list"
        dotClass="marker-dot--closure"
        dotText={() => '×'}
        at={(c) => (
          <span data-stored={c.stored}>
            {closureName(t, c.roadName)}
            <span className="muted">
              {' '}
              · {c.stored ? t.directions.closureSaved : t.directions.closureLocal}
            </span>
          </span>
        )}
        onRemove={remove}
      />
      <p className="muted" data-testid="closed-links" data-n={closed}>
        {fill(t.dispatch.closedLinks, { n: formatNumber(locale, closed) })}
      </p>
    </>
  );
}
