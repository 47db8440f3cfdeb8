import { formatDateTime } from '@siaga/i18n';
import type { IncidentFeature } from '@siaga/schema';
import { LegendSwatch } from '../components/legend_swatch.tsx';
import type { Place } from '../find_selected.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { incidentStatusColor } from '../map/palette.ts';
import { FieldList } from './field_list.tsx';
import { placeRows } from './place_rows.ts';

export function IncidentDetails({ feature, place }: { feature: IncidentFeature; place: Place }) {
  const { t, locale } = useI18n();
  const p = feature.properties;
  return (
    <article data-kind="incident">
      <p className="details__type">
        <LegendSwatch swatch={{ type: 'incident', color: incidentStatusColor[p.status] }} />
        {t.details.incident}
      </p>
      <h2>{p.title}</h2>
      <FieldList
        rows={[
          { label: t.details.incidentType, value: t.enums.incidentType[p.incidentType] },
          { label: t.details.occurredAt, value: formatDateTime(locale, t, p.occurredAt) },
          {
            label: t.details.status,
            value: <span className={`badge badge--${p.status}`}>{t.enums.incidentStatus[p.status]}</span>,
          },
          ...placeRows(t, place),
          { label: t.details.source, value: p.source },
          { label: t.details.notes, value: p.notes },
        ]}
      />
    </article>
  );
}
