import { fill } from '@siaga/i18n';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { basemapStyleUrl, e2eHooksEnabled } from '../env.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { mapBoundsOf } from '../map/bounds.ts';
import { clickWithTool, dragCandidate, dragPost } from '../map/click_with_tool.ts';
import { loadStyle } from '../map/load_style.ts';
import { MapAdapter } from '../map/map_adapter.ts';
import { overlayInputs } from '../map/overlay_data.ts';
import { routeView } from '../map/route_view.ts';
import type { AppState } from '../store/app_store.ts';
import { allFeatures } from '../store/data_slice.ts';
import { useAppStoreApi } from '../store/store_context.tsx';
import { storedStudyArea } from '../study_area/stored_study_area.ts';
import { useAreaLabel } from '../study_area/use_area_label.ts';

declare global {
  interface Window {
    __siagaMap?: MapAdapter['map'];
  }
}

function sync(adapter: MapAdapter, s: AppState): void {
  const features = allFeatures(s.datasets);
  adapter.fitStudyArea(mapBoundsOf(storedStudyArea(features.kabupaten, s.roadsExtent)));
  adapter.setVisibility(s.visibility);
  adapter.setDatasets(features);
  adapter.setOverlays(overlayInputs(s));
  adapter.setSelection(s.selection);
  adapter.fitView(routeView(s));
}

/** Creates the map once, then feeds it store changes directly (no React re-render on the hot path). */
export function MapView({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const area = useAreaLabel();
  const store = useAppStoreApi();
  const container = useRef<HTMLElement>(null);
  const [error, setError] = useState<string | null>(null);
  // The credit in the language the map was created in; the map is not rebuilt when the language changes.
  const credit = useRef(t.realBoundaries.osmCredit);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let created: MapAdapter | null = null;
    let unsubscribe = () => {};
    let cancelled = false;
    loadStyle(store.getState().visibility, basemapStyleUrl)
      .then((style) => {
        if (cancelled) return;
        created = new MapAdapter({
          container: el,
          style,
          onClick: (hits, lngLat, overlay) => clickWithTool(store.getState(), hits, lngLat, overlay),
          onCandidateDrag: (id, lngLat, done) => dragCandidate(store.getState(), id, lngLat, done),
          onPostDrag: (id, lngLat, done) => dragPost(store.getState(), id, lngLat, done),
          onVertexDrag: (index, lngLat) => store.getState().shapeDrag(index, lngLat),
          onError: (message) => console.error('map:', message),
          attribution: credit.current,
        });
        const a = created;
        if (e2eHooksEnabled(location.search)) window.__siagaMap = a.map;
        sync(a, store.getState());
        unsubscribe = store.subscribe((s) => sync(a, s));
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      unsubscribe();
      created?.remove();
    };
  }, [store]);

  return (
    <div className="map-area">
      <section ref={container} className="map" aria-label={fill(t.app.mapLabel, { area: area.label })} />
      {error && (
        <div className="map-error" role="alert">
          {fill(t.status.mapError, { message: error })}
        </div>
      )}
      {children}
    </div>
  );
}
