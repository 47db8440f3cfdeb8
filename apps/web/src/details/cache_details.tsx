import { formatDate, formatNumber } from '@siaga/i18n';
import type { CacheFeature, PostFeature } from '@siaga/schema';
import { LegendSwatch } from '../components/legend_swatch.tsx';
import type { Place } from '../find_selected.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { cacheColor } from '../map/palette.ts';
import { FieldList } from './field_list.tsx';
import { placeRows } from './place_rows.ts';

export function CacheDetails({
  feature,
  place,
  post,
}: {
  feature: CacheFeature;
  place: Place;
  post: PostFeature | null;
}) {
  const { t, locale } = useI18n();
  const p = feature.properties;
  return (
    <article data-kind="cache">
      <p className="details__type">
        <LegendSwatch swatch={{ type: 'cache', color: cacheColor }} />
        {t.details.cache}
      </p>
      <h2>{p.name}</h2>
      <FieldList
        rows={[
          {
            label: t.details.atPost,
            value: post ? post.properties.name : p.postId ? t.details.unknown : t.details.standalone,
          },
          ...placeRows(t, place),
          { label: t.details.notes, value: p.notes },
        ]}
      />
      <h3>{t.details.items}</h3>
      {p.items.length === 0 ? (
        <p className="details__note">{t.details.noItems}</p>
      ) : (
        <table className="items">
          <thead>
            <tr>
              <th scope="col">{t.details.itemType}</th>
              <th scope="col" className="num">
                {t.details.available}
              </th>
              <th scope="col">{t.details.condition}</th>
            </tr>
          </thead>
          <tbody>
            {p.items.map((item) => (
              <tr key={item.id}>
                <td>
                  {t.enums.itemType[item.itemType]}
                  {item.lastInspected && (
                    <span className="items__sub">
                      {t.details.lastInspected}: {formatDate(locale, item.lastInspected)}
                    </span>
                  )}
                </td>
                <td className="num">
                  {formatNumber(locale, item.quantityAvailable)} / {formatNumber(locale, item.quantity)}
                </td>
                <td>
                  <span className={`badge badge--${item.condition}`}>
                    {t.enums.itemCondition[item.condition]}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
