import { fill, formatAreaKm2, formatNumber } from '@siaga/i18n';
import type { AdminAreaFeature } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { FieldList } from './field_list.tsx';

export function DesaDetails({
  feature,
  kecamatan,
}: {
  feature: AdminAreaFeature;
  kecamatan: AdminAreaFeature | null;
}) {
  const { t, locale } = useI18n();
  const p = feature.properties;
  const kind = p.isKelurahan === null ? null : p.isKelurahan ? t.details.kelurahan : t.details.desaProper;
  const populationLabel = p.populationYear
    ? fill(t.details.populationYear, { year: p.populationYear })
    : t.details.population;
  return (
    <article data-kind="desa">
      <p className="details__type">{kind ?? t.enums.adminLevel.desa}</p>
      <h2>{p.name}</h2>
      <FieldList
        rows={[
          { label: t.details.code, value: p.code },
          { label: t.details.bpsCode, value: p.bpsCode },
          { label: t.details.kecamatan, value: kecamatan?.properties.name ?? null },
          {
            label: populationLabel,
            value:
              p.population === null
                ? t.details.unknown
                : fill(t.units.people, { n: formatNumber(locale, p.population) }),
          },
          { label: t.details.area, value: formatAreaKm2(locale, t, p.areaKm2) },
          { label: t.details.boundaryPrecision, value: t.details.precision[p.boundaryPrecision] },
          { label: t.details.source, value: p.source },
        ]}
      />
    </article>
  );
}
