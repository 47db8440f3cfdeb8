import { intlTag } from '@siaga/i18n';
import { useEffect } from 'react';
import { AuditPanel } from '../audit/audit_panel.tsx';
import { ConflictDialog } from '../auth/conflict_dialog.tsx';
import { ReadOnlyBanner } from '../auth/read_only_banner.tsx';
import { SignInDialog } from '../auth/sign_in_dialog.tsx';
import { UserMenu } from '../auth/user_menu.tsx';
import { DATASETS } from '../datasets.ts';
import { DispatchPanel } from '../dispatch/dispatch_panel.tsx';
import { EditToolbar } from '../editing/edit_toolbar.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { ImportPanel } from '../imports/import_panel.tsx';
import { ResizeGrip, SheetBar } from '../layout/sheet_bar.tsx';
import { usePanelLayout } from '../layout/use_panel_layout.ts';
import { useSheetForMapTools } from '../layout/use_sheet_for_map_tools.ts';
import { LiveStatusBadge } from '../live/live_status.tsx';
import { useLiveUpdates } from '../live/use_live_updates.ts';
import { PlannerPanel } from '../planner/planner_panel.tsx';
import { ReportPage } from '../report/report_page.tsx';
import { useAppState } from '../store/store_context.tsx';
import { useAreaLabel } from '../study_area/use_area_label.ts';
import { DetailsPanel } from './details_panel.tsx';
import { EngineStatus } from './engine_status.tsx';
import { LanguageSwitch } from './language_switch.tsx';
import { LayerPanel } from './layer_panel.tsx';
import { Legend } from './legend.tsx';
import { LoadStatus } from './load_status.tsx';
import { MapNotice } from './map_notice.tsx';
import { MapView } from './map_view.tsx';
import { PanelTabs } from './panel_tabs.tsx';

/** `loading` until every dataset has answered, then `ready`, or `error` if any failed (read by the e2e test). */
function useDataState(): 'loading' | 'ready' | 'error' {
  return useAppState((s) => {
    const states = DATASETS.map((d) => s.datasets[d].status);
    if (states.some((x) => x === 'idle' || x === 'loading')) return 'loading';
    return states.some((x) => x === 'error') ? 'error' : 'ready';
  });
}

export function App({ onRetry }: { onRetry(): void }) {
  const { t, locale } = useI18n();
  const area = useAreaLabel();
  const dataState = useDataState();
  const selection = useAppState((s) => s.selection);
  const panel = useAppState((s) => s.panel);
  const tool = useAppState((s) => s.tool);
  const layout = usePanelLayout();
  useSheetForMapTools(layout, tool);
  useLiveUpdates();

  useEffect(() => {
    document.documentElement.lang = intlTag[locale];
    document.title = area.title;
  }, [locale, area.title]);

  return (
    <div className="app" data-data-state={dataState}>
      <header className="app__header">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <div>
            <h1>{area.title}</h1>
            <p>{t.app.subtitle}</p>
          </div>
        </div>
        <div className="app__header-tools">
          <LiveStatusBadge />
          <UserMenu onSignedOut={onRetry} />
          <LanguageSwitch />
        </div>
      </header>
      <ReadOnlyBanner />
      <div className="app__body" ref={layout.bodyRef} {...layout.bodyProps}>
        <nav className="sidebar" data-panel={panel} data-tool={tool}>
          <SheetBar layout={layout} />
          <PanelTabs
            onPick={(picked) => {
              // The report is a page of its own above the sheet, which then needs to hold only the tabs.
              if (layout.phone && picked === 'report') layout.setSheet('collapsed');
              else if (layout.phone && layout.sheet === 'collapsed') layout.setSheet('half');
              if (!layout.phone && layout.collapsed) layout.setCollapsed(false);
            }}
          />
          <div className="sidebar__content">
            <LoadStatus onRetry={onRetry} />
            {panel === 'map' && (
              <>
                <LayerPanel />
                <EditToolbar />
                {!selection && <p className="hint">{t.details.empty}</p>}
              </>
            )}
            {(panel === 'planner' || panel === 'dispatch') && <EngineStatus />}
            {panel === 'planner' && <PlannerPanel />}
            {panel === 'dispatch' && <DispatchPanel />}
            {panel === 'audit' && <AuditPanel />}
            {panel === 'imports' && <ImportPanel />}
            <Legend />
          </div>
        </nav>
        <ResizeGrip layout={layout} />
        <MapView>
          <MapNotice />
          <DetailsPanel />
          <ReportPage />
        </MapView>
      </div>
      <SignInDialog onSignedIn={onRetry} />
      <ConflictDialog />
    </div>
  );
}
