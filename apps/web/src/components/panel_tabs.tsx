import { useI18n } from '../i18n/use_i18n.ts';
import { userOf } from '../store/auth_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { PANELS, type Panel } from '../store/workspace_slice.ts';

/** The workspace tabs; `onPick` lets the layout fit the panel to the tab chosen. */
export function PanelTabs({ onPick }: { onPick?: (panel: Panel) => void }) {
  const { t } = useI18n();
  const panel = useAppState((s) => s.panel);
  const setPanel = useAppState((s) => s.setPanel);
  // The import page is for admins only; the others see no tab for it.
  const isAdmin = useAppState((s) => userOf(s.auth)?.role === 'admin');
  const shown = PANELS.filter((p) => p !== 'imports' || isAdmin);
  return (
    <div className="panel-tabs" role="tablist" aria-label={t.panels.label}>
      {shown.map((p) => (
        <button
          key={p}
          type="button"
          role="tab"
          aria-selected={panel === p}
          data-panel={p}
          onClick={() => {
            setPanel(p);
            onPick?.(p);
          }}
        >
          {p === 'report' ? t.report.tab : p === 'imports' ? t.imports.tab : t.panels[p]}
        </button>
      ))}
    </div>
  );
}
