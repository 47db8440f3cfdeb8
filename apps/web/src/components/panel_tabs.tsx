import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';
import { PANELS } from '../store/workspace_slice.ts';

/** The workspace tabs; `onPick` lets the layout open a collapsed panel when a tab is chosen. */
export function PanelTabs({ onPick }: { onPick?: () => void }) {
  const { t } = useI18n();
  const panel = useAppState((s) => s.panel);
  const setPanel = useAppState((s) => s.setPanel);
  return (
    <div className="panel-tabs" role="tablist" aria-label={t.panels.label}>
      {PANELS.map((p) => (
        <button
          key={p}
          type="button"
          role="tab"
          aria-selected={panel === p}
          data-panel={p}
          onClick={() => {
            setPanel(p);
            onPick?.();
          }}
        >
          {p === 'report' ? t.report.tab : t.panels[p]}
        </button>
      ))}
    </div>
  );
}
