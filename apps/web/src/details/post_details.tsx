import { formatDuration, formatNumber } from '@siaga/i18n';
import type { PostFeature } from '@siaga/schema';
import { LegendSwatch } from '../components/legend_swatch.tsx';
import type { Place } from '../find_selected.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { FieldList } from './field_list.tsx';
import { placeRows } from './place_rows.ts';

export function PostDetails({ feature, place }: { feature: PostFeature; place: Place }) {
  const { t, locale } = useI18n();
  const p = feature.properties;
  return (
    <article data-kind="post">
      <p className="details__type">
        <LegendSwatch swatch={{ type: 'post', kind: p.kind, status: p.status }} />
        {t.details.post}
      </p>
      <h2>{p.name}</h2>
      <FieldList
        rows={[
          { label: t.details.kind, value: t.enums.postKind[p.kind] },
          {
            label: t.details.status,
            value: <span className={`badge badge--${p.status}`}>{t.enums.postStatus[p.status]}</span>,
          },
          { label: t.details.address, value: p.address },
          ...placeRows(t, place),
          { label: t.details.staff, value: formatNumber(locale, p.staff) },
          { label: t.details.vehicles, value: formatNumber(locale, p.vehicles) },
          { label: t.details.turnout, value: formatDuration(locale, t, p.turnoutSeconds) },
          { label: t.details.source, value: p.source },
          { label: t.details.notes, value: p.notes },
        ]}
      />
      {p.locationApprox && <p className="details__note">{t.details.locationApprox}</p>}
    </article>
  );
}
