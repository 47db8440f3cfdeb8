import { fill, formatNumber } from '@siaga/i18n';
import { type CacheFeature, type ItemType, ItemType as ItemTypes } from '@siaga/schema';
import { useI18n } from '../../i18n/use_i18n.ts';
import { shownValue } from '../../store/async_result.ts';
import { useAppState } from '../../store/store_context.tsx';
import { assign, reloadDataset } from '../incidents/incident_api.ts';
import { useCanDispatch, useDeskAction } from '../incidents/use_desk_action.ts';

/** Units of `itemType` in good condition ready at the cache now. */
export function readyAt(cache: CacheFeature, itemType: ItemType): number {
  return cache.properties.items
    .filter((i) => i.itemType === itemType && i.condition === 'baik')
    .reduce((n, i) => n + i.quantityAvailable, 0);
}

/**
 * Equipment from the nearest caches that hold it: the item and quantity are the closest-caches filter, so the
 * caches listed (and routed on the map) are exactly those that can send it.
 */
export function ItemPicker({ incidentId, closed }: { incidentId: string; closed: boolean }) {
  const { t, locale } = useI18n();
  const canWrite = useCanDispatch();
  const action = useDeskAction();
  const item = useAppState((s) => s.dispatch.item);
  const setDispatch = useAppState((s) => s.setDispatch);
  const closest = useAppState((s) => s.closest);
  const answer = shownValue(closest)?.answer;
  // While the caches are asked again for a new item or quantity, the list on screen is the last request's.
  const current = closest.status === 'ready';
  const results = item ? (answer?.caches?.results ?? []) : [];
  return (
    <section className="panel-section" data-testid="item-picker" data-current={current}>
      <h2>{t.incidentPanel.itemsHeading}</h2>
      <p className="hint-inline">{t.incidentPanel.itemsHint}</p>
      <div className="field-row">
        <label className="field">
          <span>{t.dispatch.itemFilter}</span>
          <select
            value={item?.itemType ?? ''}
            data-testid="assign-item-type"
            onChange={(e) => {
              const v = e.currentTarget.value;
              setDispatch({
                item:
                  v === '' ? null : { itemType: ItemTypes.parse(v), minAvailable: item?.minAvailable ?? 1 },
              });
            }}
          >
            <option value="">{t.dispatch.anyItem}</option>
            {ItemTypes.options.map((i) => (
              <option key={i} value={i}>
                {t.enums.itemType[i]}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--narrow">
          <span>{t.incident.quantity}</span>
          <input
            type="number"
            min={1}
            max={999}
            value={item?.minAvailable ?? 1}
            disabled={item === null}
            data-testid="assign-item-quantity"
            onChange={(e) => {
              const n = Math.max(1, Math.min(999, Math.round(Number(e.currentTarget.value) || 1)));
              if (item) setDispatch({ item: { ...item, minAvailable: n } });
            }}
          />
        </label>
      </div>
      {item && answer && results.length === 0 && <p className="warning">{t.incidentPanel.noCacheHasItem}</p>}
      {item && results.length > 0 && (
        <ol className="unit-list">
          {results.map((r) => {
            const cache = r.facility as CacheFeature;
            const name = cache.properties.name;
            return (
              <li key={cache.properties.id} data-testid="cache-option">
                <div>
                  {fill(t.incidentPanel.readyAt, {
                    n: formatNumber(locale, readyAt(cache, item.itemType)),
                    cache: name,
                  })}
                </div>
                <button
                  type="button"
                  disabled={
                    !canWrite ||
                    closed ||
                    action.busy ||
                    !current ||
                    readyAt(cache, item.itemType) < item.minAvailable
                  }
                  data-testid="assign-items"
                  onClick={() =>
                    void action.run(async (api, store) => {
                      await assign(api, incidentId, {
                        kind: 'items',
                        cacheId: cache.properties.id,
                        itemType: item.itemType,
                        quantity: item.minAvailable,
                      });
                      await reloadDataset(store, api, 'caches');
                    })
                  }
                >
                  {fill(t.incidentPanel.sendItems, {
                    quantity: formatNumber(locale, item.minAvailable),
                    cache: name,
                  })}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {action.error && (
        <p className="field__error" role="alert">
          {action.error}
        </p>
      )}
    </section>
  );
}
