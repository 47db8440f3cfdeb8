import { useEffect } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';
import { featuresOf } from '../store/data_slice.ts';
import type { EditTarget } from '../store/editing_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { CacheForm } from './cache_form.tsx';
import { HazardZoneForm } from './hazard_zone_form.tsx';
import { PostForm } from './post_form.tsx';

/**
 * The open form, in the place of the details card. A new point or zone starts with the map tool on, so the
 * first click places it; a stored record is found once, when the form opens (its version is the form's).
 */
export function EditorPanel({ target }: { target: EditTarget }) {
  const { t } = useI18n();
  const closeEditor = useAppState((s) => s.closeEditor);
  const setShape = useAppState((s) => s.setShape);
  const datasets = useAppState((s) => s.datasets);
  const shaping = useAppState((s) => s.shape !== null);
  useEffect(() => {
    if (target.id !== null) return;
    setShape(
      target.kind === 'hazardZone' ? { type: 'polygon', ring: [] } : { type: 'point', position: null },
    );
  }, [target, setShape]);
  const key = `${target.kind}:${target.id ?? 'new'}`;
  const form = (() => {
    switch (target.kind) {
      case 'post': {
        const f = featuresOf(datasets, 'posts').find((p) => p.properties.id === target.id) ?? null;
        return target.id !== null && f === null ? null : <PostForm key={key} feature={f} />;
      }
      case 'cache': {
        const f = featuresOf(datasets, 'caches').find((p) => p.properties.id === target.id) ?? null;
        return target.id !== null && f === null ? null : <CacheForm key={key} feature={f} />;
      }
      case 'hazardZone': {
        const f = featuresOf(datasets, 'hazardZones').find((p) => p.properties.id === target.id) ?? null;
        return target.id !== null && f === null ? null : <HazardZoneForm key={key} feature={f} />;
      }
      default:
        return target.kind satisfies never;
    }
  })();
  return (
    <aside
      className="details details--form"
      aria-label={t.editing.toolbar}
      data-testid="editor-panel"
      data-shaping={shaping}
      data-map-cover
    >
      <button
        type="button"
        className="details__close"
        onClick={closeEditor}
        aria-label={t.editing.cancel}
        title={t.editing.cancel}
      >
        ×
      </button>
      {form ?? <p>{t.details.notFound}</p>}
    </aside>
  );
}
