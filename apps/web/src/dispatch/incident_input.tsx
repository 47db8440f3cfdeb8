import { fill, formatNumber } from '@siaga/i18n';
import { useMemo, useState } from 'react';
import { ToolButton } from '../components/tool_button.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { areaLabelPoint } from '../map/label_point.ts';
import { useAppState } from '../store/store_context.tsx';
import { desaOptions, findDesa } from './desa_search.ts';
import { parseCoordinates } from './parse_coordinates.ts';

/** The incident location: a map click (the default tool here), a desa name, or typed coordinates. */
export function IncidentInput() {
  const { t, locale } = useI18n();
  const incident = useAppState((s) => s.dispatch.incident);
  const setIncident = useAppState((s) => s.setIncident);
  const desa = useAppState((s) => s.datasets.desa);
  const kecamatan = useAppState((s) => s.datasets.kecamatan);
  const kabupaten = useAppState((s) => s.datasets.kabupaten);
  const [desaText, setDesaText] = useState('');
  const [coordText, setCoordText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const options = useMemo(
    () =>
      desa.status === 'ready'
        ? desaOptions(desa.features, kecamatan.status === 'ready' ? kecamatan.features : [])
        : [],
    [desa, kecamatan],
  );

  const placeAtDesa = () => {
    const hit = findDesa(options, desaText);
    const p = hit ? areaLabelPoint(hit.feature) : null;
    if (!hit || !p) {
      setError(fill(t.dispatch.desaNotFound, { name: desaText.trim() }));
      return;
    }
    setError(null);
    setIncident({ position: [p[0], p[1]], source: 'desa', label: hit.label });
  };

  const setCoordinates = () => {
    const outline = kabupaten.status === 'ready' ? (kabupaten.features[0]?.geometry ?? null) : null;
    const r = parseCoordinates(coordText, outline);
    if (r.ok) {
      setError(null);
      setIncident({ position: r.position, source: 'coordinates', label: null });
      return;
    }
    switch (r.error) {
      case 'invalid':
        setError(t.dispatch.coordinatesInvalid);
        return;
      case 'range':
        setError(t.dispatch.coordinatesRange);
        return;
      case 'outside':
        setError(
          fill(t.dispatch.coordinatesOutside, {
            lat: formatNumber(locale, r.lat ?? 0, 5),
            lon: formatNumber(locale, r.lon ?? 0, 5),
          }),
        );
        return;
      default:
        r.error satisfies never;
    }
  };

  const place = incident
    ? (incident.label ??
      `${formatNumber(locale, incident.position[1], 5)}, ${formatNumber(locale, incident.position[0], 5)}`)
    : null;

  return (
    <section className="panel-section">
      <h2>{t.dispatch.incident}</h2>
      <ToolButton tool="incident" off="select" testId="pick-incident">
        {() => t.dispatch.pickOnMap}
      </ToolButton>
      <form
        className="field inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          placeAtDesa();
        }}
      >
        <label htmlFor="desa-search">{t.dispatch.desaSearch}</label>
        <div>
          <input
            id="desa-search"
            list="desa-options"
            value={desaText}
            placeholder={t.dispatch.desaPlaceholder}
            data-testid="desa-search"
            onChange={(e) => setDesaText(e.currentTarget.value)}
          />
          <button type="submit">{t.dispatch.go}</button>
        </div>
        <datalist id="desa-options">
          {options.map((o) => (
            <option key={o.feature.properties.code} value={o.label} />
          ))}
        </datalist>
      </form>
      <form
        className="field inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setCoordinates();
        }}
      >
        <label htmlFor="incident-coordinates">{t.dispatch.coordinates}</label>
        <div>
          <input
            id="incident-coordinates"
            value={coordText}
            placeholder="-8.158, 115.242"
            inputMode="decimal"
            data-testid="incident-coordinates"
            onChange={(e) => setCoordText(e.currentTarget.value)}
          />
          <button type="submit">{t.dispatch.go}</button>
        </div>
      </form>
      {error && (
        <p className="field__error" role="alert" data-testid="incident-error">
          {error}
        </p>
      )}
      {incident && place && (
        <p className="incident-now" data-testid="incident-now">
          <span className="marker-dot marker-dot--incident" aria-hidden="true" />
          {fill(t.dispatch.incidentAt, { place })}
          <button type="button" className="link-button" onClick={() => setIncident(null)}>
            {t.dispatch.clear}
          </button>
        </p>
      )}
    </section>
  );
}
