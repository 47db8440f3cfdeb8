import { HazardLevel, type HazardType } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';

/**
 * Hazard weights and exclusions for the siting question, one row per hazard type the loaded zones hold: a weight
 * multiplies the population in its zones (by 1, 2, 3 for rendah, sedang, tinggi), "no site" keeps new posts out.
 */
export function SitingHazards() {
  const { t } = useI18n();
  const zones = useAppState((s) => s.datasets.hazardZones);
  const settings = useAppState((s) => s.sitingSettings);
  const set = useAppState((s) => s.setSitingSettings);
  const types = [
    ...new Set(zones.status === 'ready' ? zones.features.map((z) => z.properties.hazardType) : []),
  ] as HazardType[];
  if (types.length === 0) return null;
  const exclude = (type: HazardType, on: boolean) =>
    set({
      excludeHazards: on
        ? [...settings.excludeHazards, type]
        : settings.excludeHazards.filter((x) => x !== type),
    });
  return (
    <details className="field" data-testid="siting-hazards">
      <summary>{t.siting.hazards}</summary>
      <small>{t.siting.hazardsHelp}</small>
      <table className="siting-hazards">
        <thead>
          <tr>
            <th>{t.siting.hazardType}</th>
            <th>{t.siting.hazardWeight}</th>
            <th>{t.siting.hazardExclude}</th>
          </tr>
        </thead>
        <tbody>
          {types.map((type) => (
            <tr key={type}>
              <td>{t.enums.hazardType[type]}</td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={10}
                  step={0.5}
                  value={settings.hazardWeights[type] ?? 0}
                  aria-label={`${t.siting.hazardWeight}: ${t.enums.hazardType[type]}`}
                  onChange={(e) => {
                    const v = e.currentTarget.valueAsNumber;
                    if (Number.isFinite(v) && v >= 0 && v <= 10) {
                      set({ hazardWeights: { ...settings.hazardWeights, [type]: v } });
                    }
                  }}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  checked={settings.excludeHazards.includes(type)}
                  aria-label={`${t.siting.hazardExclude}: ${t.enums.hazardType[type]}`}
                  onChange={(e) => exclude(type, e.currentTarget.checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="field">
        <span>{t.siting.excludeLevel}</span>
        <select
          value={settings.excludeLevel}
          onChange={(e) => set({ excludeLevel: HazardLevel.parse(e.currentTarget.value) })}
        >
          {HazardLevel.options.map((level) => (
            <option key={level} value={level}>
              {t.enums.hazardLevel[level]}
            </option>
          ))}
        </select>
      </label>
    </details>
  );
}
