import { fill } from '@siaga/i18n';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { historyShortcut } from './history_shortcut.ts';

/** Undo and redo of planner edits, as buttons and as Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y while the planner is open. */
export function PlanHistory() {
  const { t } = useI18n();
  const store = useAppStoreApi();
  const undo = useStore(store.temporal, (h) => h.undo);
  const redo = useStore(store.temporal, (h) => h.redo);
  const canUndo = useStore(store.temporal, (h) => h.pastStates.length > 0);
  const redoEdit = useStore(store.temporal, (h) => h.futureStates.at(-1)?.planEdit ?? null);
  // The current plan was made by the edit an undo reverts.
  const undoEdit = useAppState((s) => (canUndo ? s.planEdit : null));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = historyShortcut({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        target: e.target instanceof HTMLElement ? e.target : null,
      });
      if (action === null) return;
      e.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <div className="button-row plan-history">
      <button
        type="button"
        data-testid="plan-undo"
        disabled={!canUndo}
        title={undoEdit ? fill(t.planner.undoOf, { edit: t.planner.edits[undoEdit] }) : undefined}
        aria-keyshortcuts="Control+Z"
        onClick={() => undo()}
      >
        {t.planner.undo}
      </button>
      <button
        type="button"
        data-testid="plan-redo"
        disabled={redoEdit === null}
        title={redoEdit ? fill(t.planner.redoOf, { edit: t.planner.edits[redoEdit] }) : undefined}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        onClick={() => redo()}
      >
        {t.planner.redo}
      </button>
    </div>
  );
}
