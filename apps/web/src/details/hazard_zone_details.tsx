import { formatAreaKm2 } from '@siaga/i18n';
import type { HazardZoneFeature } from '@siaga/schema';
import { LegendSwatch } from '../components/legend_swatch.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { hazardFillOpacity, hazardTypeColor } from '../map/palette.ts';
import { FieldList } from './field_list.tsx';

export function HazardZoneDetails({ feature }: { feature: HazardZoneFeature }) {
  const { t, locale } = useI18n();
  const p = feature.properties;
  const color = hazardTypeColor[p.hazardType];
  return (
    <article data-kind="hazardZone">
      <p className="details__type">
        <LegendSwatch
          swatch={{ type: 'fill', color, opacity: hazardFillOpacity(p.hazardType, p.level), outline: color }}
        />
        {t.details.hazardZone}
      </p>
      <h2>{p.name}</h2>
      <FieldList
        rows={[
          { label: t.details.hazardType, value: t.enums.hazardType[p.hazardType] },
          {
            label: t.details.level,
            value: <span className={`badge badge--${p.level}`}>{t.enums.hazardLevel[p.level]}</span>,
          },
          { label: t.details.area, value: formatAreaKm2(locale, t, p.areaKm2) },
          { label: t.details.source, value: p.source },
          { label: t.details.notes, value: p.notes },
        ]}
      />
    </article>
  );
}
