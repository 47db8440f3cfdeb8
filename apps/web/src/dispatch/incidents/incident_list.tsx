import { fill, formatDateTime, formatNumber } from '@siaga/i18n';
import { type IncidentFeature, IncidentStatus, IncidentType } from '@siaga/schema';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/use_i18n.ts';
import { useAppState } from '../../store/store_context.tsx';
import { useAreaNames } from './area_names.ts';
import { filterIncidents } from './filter_incidents.ts';
import { NO_FILTERS } from './incident_desk_slice.ts';
import { WITA_OFFSET_MINUTES } from './wita_time.ts';

function Filters() {
  const { t } = useI18n();
  const filters = useAppState((s) => s.incidentFilters);
  const set = useAppState((s) => s.setIncidentFilters);
  const kecamatan = useAppState((s) => s.datasets.kecamatan);
  const areas = kecamatan.status === 'ready' ? kecamatan.features : [];
  return (
    <fieldset className="incident-filters" aria-label={t.incidentPanel.filters}>
      <label className="field">
        <span>{t.incident.status}</span>
        <select
          value={filters.status ?? ''}
          data-testid="filter-status"
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ status: v === '' ? null : v === 'open' ? 'open' : IncidentStatus.parse(v) });
          }}
        >
          <option value="open">{t.incidentPanel.openOnly}</option>
          <option value="">{t.incidentPanel.anyStatus}</option>
          {IncidentStatus.options.map((s) => (
            <option key={s} value={s}>
              {t.enums.incidentStatus[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t.incident.incidentType}</span>
        <select
          value={filters.incidentType ?? ''}
          data-testid="filter-type"
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ incidentType: v === '' ? null : IncidentType.parse(v) });
          }}
        >
          <option value="">{t.incidentPanel.anyType}</option>
          {IncidentType.options.map((x) => (
            <option key={x} value={x}>
              {t.enums.incidentType[x]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t.incident.kecamatan}</span>
        <select
          value={filters.kecamatanCode ?? ''}
          data-testid="filter-kecamatan"
          onChange={(e) => set({ kecamatanCode: e.currentTarget.value || null })}
        >
          <option value="">{t.incidentPanel.anyKecamatan}</option>
          {[...areas]
            .sort((a, b) => a.properties.name.localeCompare(b.properties.name))
            .map((k) => (
              <option key={k.properties.code} value={k.properties.code}>
                {k.properties.name}
              </option>
            ))}
        </select>
      </label>
      <label className="field">
        <span>{t.incidentPanel.fromDate}</span>
        <input
          type="date"
          value={filters.fromDate ?? ''}
          data-testid="filter-from"
          onChange={(e) => set({ fromDate: e.currentTarget.value || null })}
        />
      </label>
      <button type="button" className="link-button" onClick={() => set(NO_FILTERS)}>
        {t.incidentPanel.clearFilters}
      </button>
    </fieldset>
  );
}

function Row({ f }: { f: IncidentFeature }) {
  const { t, locale } = useI18n();
  const open = useAppState((s) => s.openIncident);
  const areas = useAreaNames();
  const p = f.properties;
  const place =
    (p.desaCode && areas.desa.get(p.desaCode)) ||
    (p.kecamatanCode && areas.kecamatan.get(p.kecamatanCode)) ||
    t.incidentPanel.unknownPlace;
  return (
    <li>
      <button
        type="button"
        className="incident-row"
        data-testid="incident-row"
        data-incident={p.id}
        onClick={() => open(p.id)}
      >
        <span className="incident-row__head">
          <strong>{p.title}</strong>
          <span className={`badge badge--${p.status}`}>{t.enums.incidentStatus[p.status]}</span>
        </span>
        <span className="muted">
          {t.enums.incidentType[p.incidentType]} · {place} · {formatDateTime(locale, t, p.reportedAt)}
        </span>
      </button>
    </li>
  );
}

/** Recent incidents, filterable by status, type, kecamatan and day; a row opens the incident. */
export function IncidentList() {
  const { t, locale } = useI18n();
  const incidents = useAppState((s) => s.datasets.incidents);
  const filters = useAppState((s) => s.incidentFilters);
  const shown = useMemo(
    () =>
      filterIncidents(incidents.status === 'ready' ? incidents.features : [], filters, WITA_OFFSET_MINUTES),
    [incidents, filters],
  );
  return (
    <section className="panel-section" data-testid="incident-list">
      <h2>{t.incidentPanel.list}</h2>
      <Filters />
      <p className="muted" data-testid="incident-count" data-n={shown.length}>
        {fill(t.incidentPanel.count, { n: formatNumber(locale, shown.length) })}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{t.incidentPanel.noIncidents}</p>
      ) : (
        <ul className="incident-rows">
          {shown.map((f) => (
            <Row key={f.properties.id} f={f} />
          ))}
        </ul>
      )}
    </section>
  );
}
