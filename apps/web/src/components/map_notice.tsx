import { describeLoadError } from '../api/describe_load_error.ts';
import { DATASETS } from '../datasets.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';

/** When nothing at all could be loaded, the map itself says why instead of showing an empty sea. */
export function MapNotice() {
  const { t } = useI18n();
  const datasets = useAppState((s) => s.datasets);
  const first = datasets[DATASETS[0]];
  const allFailed = DATASETS.every((d) => datasets[d].status === 'error');
  if (!allFailed || first.status !== 'error') return null;
  const { message } = describeLoadError(t, first.error, t.layers[DATASETS[0]]);
  return (
    <div className="map-notice">
      <p>{message}</p>
    </div>
  );
}
