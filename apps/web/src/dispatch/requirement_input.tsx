import { fill } from '@siaga/i18n';
import { type ItemNeed, ItemType } from '@siaga/schema';
import { useState } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';

const MAX_QUANTITY = 999;
const clampQuantity = (v: string) => Math.max(1, Math.min(MAX_QUANTITY, Math.round(Number(v) || 1)));

/**
 * The equipment requirement of several items at once ("2 gergaji mesin + 1 genset + 10 tenda"): add an item with
 * its quantity, change or remove it. While it holds items the caches answer the requirement (one cache with
 * all, or the fastest combination) instead of the single item filter.
 */
export function RequirementInput() {
  const { t } = useI18n();
  const items = useAppState((s) => s.dispatch.items);
  const set = useAppState((s) => s.setDispatch);
  const free = ItemType.options.filter((o) => !items.some((i) => i.itemType === o));
  const [adding, setAdding] = useState<ItemType | ''>('');
  const [quantity, setQuantity] = useState(1);
  const write = (next: ItemNeed[]) => set({ items: next });
  const add = () => {
    if (adding === '') return;
    write([...items, { itemType: adding, quantity }]);
    setAdding('');
    setQuantity(1);
  };
  return (
    <section className="panel-section requirement" data-testid="requirement">
      <h2>{t.directions.requirement}</h2>
      <p className="hint-inline">{t.directions.requirementHelp}</p>
      {items.length > 0 && (
        <ul className="requirement__items">
          {items.map((item) => (
            <li key={item.itemType} data-item={item.itemType}>
              <input
                type="number"
                min={1}
                max={MAX_QUANTITY}
                value={item.quantity}
                aria-label={`${t.directions.quantity}: ${t.enums.itemType[item.itemType]}`}
                onChange={(e) =>
                  write(
                    items.map((i) =>
                      i.itemType === item.itemType
                        ? { ...i, quantity: clampQuantity(e.currentTarget.value) }
                        : i,
                    ),
                  )
                }
              />
              <span>{t.enums.itemType[item.itemType]}</span>
              <button
                type="button"
                className="link-button"
                aria-label={fill(t.directions.removeItem, { item: t.enums.itemType[item.itemType] })}
                onClick={() => write(items.filter((i) => i.itemType !== item.itemType))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {free.length > 0 && (
        <div className="field-row">
          <label className="field field--narrow">
            <span>{t.directions.quantity}</span>
            <input
              type="number"
              min={1}
              max={MAX_QUANTITY}
              value={quantity}
              data-testid="requirement-quantity"
              onChange={(e) => setQuantity(clampQuantity(e.currentTarget.value))}
              onKeyDown={(e) => {
                if (e.key === 'Enter') add();
              }}
            />
          </label>
          <label className="field">
            <span>{t.dispatch.itemFilter}</span>
            <select
              value={adding}
              data-testid="requirement-item"
              onChange={(e) =>
                setAdding(e.currentTarget.value === '' ? '' : ItemType.parse(e.currentTarget.value))
              }
            >
              <option value="">—</option>
              {free.map((o) => (
                <option key={o} value={o}>
                  {t.enums.itemType[o]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-testid="requirement-add" onClick={add} disabled={adding === ''}>
            {t.directions.addItem}
          </button>
        </div>
      )}
    </section>
  );
}
