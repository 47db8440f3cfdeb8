import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';
import { useCanEdit } from './can_edit.ts';

/** "Tambah pos", "Tambah gudang", "Gambar zona bahaya": shown only to the roles that may write each. */
export function EditToolbar() {
  const { t } = useI18n();
  const openEditor = useAppState((s) => s.openEditor);
  const posts = useCanEdit('post');
  const zones = useCanEdit('hazardZone');
  const caches = useCanEdit('cache');
  if (!posts && !zones && !caches) return null;
  return (
    <section className="panel-section edit-toolbar" aria-labelledby="edit-toolbar-heading">
      <h2 id="edit-toolbar-heading">{t.editing.toolbar}</h2>
      <div className="button-row">
        {posts && (
          <button type="button" onClick={() => openEditor({ kind: 'post', id: null })} data-testid="add-post">
            {t.editing.addPost}
          </button>
        )}
        {caches && (
          <button
            type="button"
            onClick={() => openEditor({ kind: 'cache', id: null })}
            data-testid="add-cache"
          >
            {t.editing.addCache}
          </button>
        )}
        {zones && (
          <button
            type="button"
            onClick={() => openEditor({ kind: 'hazardZone', id: null })}
            data-testid="add-hazard-zone"
          >
            {t.editing.addHazardZone}
          </button>
        )}
      </div>
    </section>
  );
}
