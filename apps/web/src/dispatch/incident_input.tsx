import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';
import { LocationInput } from './location_input.tsx';

/** The dispatcher's incident location: the location input bound to the incident the routes are computed for. */
export function IncidentInput() {
  const { t } = useI18n();
  const incident = useAppState((s) => s.dispatch.incident);
  const setIncident = useAppState((s) => s.setIncident);
  return (
    <section className="panel-section">
      <h2>{t.dispatch.incident}</h2>
      <LocationInput
        value={
          incident && {
            position: incident.position,
            label: incident.label,
            desaCode: incident.desaCode ?? null,
          }
        }
        onChange={(position, label, desaCode) =>
          setIncident(
            position && { position, label, desaCode, source: label === null ? 'coordinates' : 'search' },
          )
        }
      />
    </section>
  );
}
