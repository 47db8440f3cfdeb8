import { useI18n } from '../i18n/use_i18n.ts';
import type { EditTarget } from '../store/editing_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { useCanEdit } from './can_edit.ts';

/** The details card's "Ubah", for the roles that may write the record. */
export function EditButton({ target }: { target: EditTarget & { id: string } }) {
  const { t } = useI18n();
  const openEditor = useAppState((s) => s.openEditor);
  const allowed = useCanEdit(target.kind);
  if (!allowed) return null;
  return (
    <div className="button-row">
      <button type="button" className="primary" onClick={() => openEditor(target)} data-testid="edit-record">
        {t.editing.edit}
      </button>
    </div>
  );
}
