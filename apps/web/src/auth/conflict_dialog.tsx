import { fill } from '@siaga/i18n';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';

/** An edit refused because the record changed meanwhile: reload it, or apply the edit again on top. */
export function ConflictDialog() {
  const { t } = useI18n();
  const conflict = useAppState((s) => s.conflict);
  if (conflict === null) return null;
  const version =
    conflict.currentVersion === null ? t.conflict.unknownVersion : String(conflict.currentVersion);
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="conflict-heading"
        data-testid="conflict-dialog"
      >
        <h2 id="conflict-heading">{t.conflict.heading}</h2>
        <p>{fill(t.conflict.body, { version })}</p>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => conflict.choose('reload')}>
            {t.conflict.reload}
          </button>
          <button
            type="button"
            disabled={conflict.currentVersion === null}
            onClick={() => conflict.choose('reapply')}
          >
            {t.conflict.reapply}
          </button>
          <button type="button" onClick={() => conflict.choose('cancel')}>
            {t.conflict.cancel}
          </button>
        </div>
      </div>
    </div>
  );
}
