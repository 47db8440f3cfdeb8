import type { HazardType } from '@siaga/schema';
import { useMemo } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';
import { legendSections } from '../map/legend_entries.ts';
import { useAppState } from '../store/store_context.tsx';
import { useAreaLabel } from '../study_area/use_area_label.ts';
import { LegendSwatch } from './legend_swatch.tsx';

export function Legend() {
  const { t } = useI18n();
  const area = useAreaLabel();
  const visibility = useAppState((s) => s.visibility);
  const hazardState = useAppState((s) => s.datasets.hazardZones);
  const hazardTypes = useMemo<HazardType[]>(() => {
    if (hazardState.status !== 'ready') return [];
    return [...new Set(hazardState.features.map((z) => z.properties.hazardType))].sort();
  }, [hazardState]);
  const panel = useAppState((s) => s.panel);
  const thresholdsMin = useAppState((s) => s.plan.thresholdsMin);
  const k = useAppState((s) => s.dispatch.k);
  const sections = legendSections(t, {
    visibility,
    hazardTypes,
    panel,
    thresholdsMin,
    k,
    areaLabel: area.label,
  });
  return (
    <section className="panel-section legend">
      <h2>{t.legend.heading}</h2>
      {sections.map((s) => (
        <div key={s.key} className="legend__section" data-visible={s.visible}>
          <h3>
            {s.title}
            {!s.visible && <span className="legend__hidden">{t.legend.hiddenLayer}</span>}
          </h3>
          <ul className="legend__list">
            {s.entries.map((e) => (
              <li key={e.key} className="legend__item">
                <LegendSwatch swatch={e.swatch} />
                <span>{e.label}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
