import { describeLoadError } from '../api/describe_load_error.ts';
import { DATASETS } from '../datasets.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';

/** Loading and error messages for the data: never a silent empty map. */
export function LoadStatus({ onRetry }: { onRetry(): void }) {
  const { t } = useI18n();
  const datasets = useAppState((s) => s.datasets);
  const loading = DATASETS.filter((d) => datasets[d].status === 'loading' || datasets[d].status === 'idle');
  const failures = DATASETS.flatMap((d) => {
    const s = datasets[d];
    return s.status === 'error' ? [{ dataset: d, ...describeLoadError(t, s.error, t.layers[d]) }] : [];
  });
  // One unreachable server explains every failed call; repeating it per layer would only add noise.
  const unique = failures.filter(
    (f, i) => failures.findIndex((g) => g.message === f.message && g.detail === f.detail) === i,
  );
  if (loading.length === 0 && failures.length === 0) return null;
  return (
    <section className="load-status" aria-live="polite">
      {loading.length > 0 && (
        <p className="load-status__loading">
          <span className="spinner" aria-hidden="true" />
          {t.status.loading}
        </p>
      )}
      {unique.length > 0 && (
        <div className="load-status__error" role="alert">
          {failures.length < DATASETS.length && <p>{t.status.partial}</p>}
          <ul className="load-status__list">
            {unique.map((f) => (
              <li key={f.dataset}>
                <strong>{f.message}</strong>
                {f.detail && <span className="load-status__detail">{f.detail}</span>}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onRetry}>
            {t.status.retry}
          </button>
        </div>
      )}
    </section>
  );
}
