import type { Position } from '@siaga/schema';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import type { PlaceTarget } from '../store/workspace_slice.ts';

/**
 * The explicit "place on the map" step: the button turns the map's placing tool on for one click (the cursor
 * becomes a crosshair), which goes to `onPlace`; Escape or a second press cancels. Off by default.
 */
export function PlaceOnMapButton({ onPlace }: { onPlace(position: Position): void }) {
  const { t } = useI18n();
  const store = useAppStoreApi();
  const target = useAppState((s) => (s.tool === 'incident' ? s.placeTarget : null));
  const startPlacing = useAppState((s) => s.startPlacing);
  const setTool = useAppState((s) => s.setTool);
  const latest = useRef(onPlace);
  latest.current = onPlace;
  const mine = useRef<PlaceTarget | null>(null);
  const on = target !== null && target === mine.current;

  useEffect(() => {
    if (!on) return;
    const cancel = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setTool('select');
    };
    window.addEventListener('keydown', cancel);
    return () => window.removeEventListener('keydown', cancel);
  }, [on, setTool]);

  // Leaving the panel mid-step cancels it, so no later click lands in an input that is gone.
  useEffect(
    () => () => {
      if (store.getState().placeTarget === mine.current && mine.current !== null)
        store.getState().setTool('select');
    },
    [store],
  );

  const toggle = () => {
    if (on) {
      setTool('select');
      return;
    }
    const placeOnce: PlaceTarget = (p) => latest.current(p);
    mine.current = placeOnce;
    startPlacing(placeOnce);
  };

  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-pressed={on}
        data-testid="pick-incident"
        onClick={toggle}
      >
        {on ? t.search.placing : t.search.placeOnMap}
      </button>
      {on && (
        <p className="hint-inline" role="status" data-testid="placing-help">
          {t.search.placingHelp}
        </p>
      )}
    </>
  );
}
