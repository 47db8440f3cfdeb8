import { fill } from '@siaga/i18n';
import { type HazardType, ItemType, type KitLine } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';

/** The kit of one hazard type: a quantity per item, remove an item, add one from the catalogue. */
export function KitEditor(props: {
  hazardType: HazardType;
  kit: readonly KitLine[];
  onChange(kit: KitLine[]): void;
}) {
  const { t } = useI18n();
  const { kit, onChange } = props;
  const missing = ItemType.options.filter((i) => !kit.some((l) => l.itemType === i));
  return (
    <fieldset className="kit-editor" data-testid="prepos-kit">
      <legend>
        {t.prepositioning.kit}: {t.enums.hazardType[props.hazardType]}
      </legend>
      {kit.length === 0 && <p className="warning">{t.prepositioning.emptyKit}</p>}
      <ul>
        {kit.map((line) => (
          <li key={line.itemType} data-item={line.itemType}>
            <label>
              <span>{t.enums.itemType[line.itemType]}</span>
              <input
                type="number"
                min={1}
                max={1_000}
                value={line.quantity}
                aria-label={`${t.enums.itemType[line.itemType]}: ${t.prepositioning.quantity}`}
                data-testid={`prepos-kit-qty-${line.itemType}`}
                onChange={(e) => {
                  const v = e.currentTarget.valueAsNumber;
                  if (!Number.isInteger(v) || v < 1 || v > 1_000) return;
                  onChange(kit.map((l) => (l.itemType === line.itemType ? { ...l, quantity: v } : l)));
                }}
              />
            </label>
            <button
              type="button"
              className="link"
              aria-label={fill(t.prepositioning.removeItem, { item: t.enums.itemType[line.itemType] })}
              onClick={() => onChange(kit.filter((l) => l.itemType !== line.itemType))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <select
          value=""
          aria-label={t.prepositioning.addItem}
          data-testid="prepos-kit-add"
          onChange={(e) => {
            const item = ItemType.safeParse(e.currentTarget.value);
            if (item.success) onChange([...kit, { itemType: item.data, quantity: 1 }]);
          }}
        >
          <option value="">{t.prepositioning.addItem}</option>
          {missing.map((i) => (
            <option key={i} value={i}>
              {t.enums.itemType[i]}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
