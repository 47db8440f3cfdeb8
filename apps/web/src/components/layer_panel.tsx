import { plural } from '@siaga/i18n';
import { DATASETS } from '../datasets.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';

export function LayerPanel() {
  const { t, locale } = useI18n();
  const visibility = useAppState((s) => s.visibility);
  const datasets = useAppState((s) => s.datasets);
  const setVisible = useAppState((s) => s.setVisible);
  return (
    <section className="panel-section">
      <h2>{t.layers.heading}</h2>
      <ul className="layer-list">
        {DATASETS.map((d) => {
          const state = datasets[d];
          const count =
            state.status === 'ready' ? plural(locale, t.layers.count, state.features.length) : null;
          return (
            <li key={d} data-state={state.status}>
              <label>
                <input
                  type="checkbox"
                  checked={visibility[d]}
                  onChange={(e) => setVisible(d, e.currentTarget.checked)}
                  data-layer={d}
                />
                <span className="layer-list__name">{t.layers[d]}</span>
                <span className="layer-list__count">
                  {count ?? (state.status === 'error' ? '⚠' : <span className="spinner spinner--small" />)}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
