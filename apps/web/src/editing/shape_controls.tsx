import { fill, formatNumber } from '@siaga/i18n';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';
import { type EditShape, undoCorner } from './shape_edits.ts';

/**
 * Where the record is on the map. A point: "Pindahkan" turns the move mode on (drag the marker or click the
 * map), "Batal" puts it back. A zone: "Gambar ulang" starts a new outline; corners are dragged to reshape it.
 */
export function ShapeControls({
  initial,
  isNew,
  reshape,
  error,
}: {
  /** The stored shape (what "Batal" returns to), or the empty shape of a new record. */
  initial: EditShape;
  isNew: boolean;
  reshape: boolean;
  error: string | undefined;
}) {
  const { t, locale } = useI18n();
  const shape = useAppState((s) => s.shape);
  const setShape = useAppState((s) => s.setShape);
  const editing = shape !== null;
  const coords = (p: readonly number[]) =>
    fill(t.editing.moved, {
      lat: formatNumber(locale, p[1] ?? 0, 5),
      lon: formatNumber(locale, p[0] ?? 0, 5),
    });
  const status = (() => {
    if (shape === null) return null;
    if (shape.type === 'point') return shape.position === null ? t.editing.notPlaced : coords(shape.position);
    return fill(t.editing.vertices, { n: String(shape.ring.length) });
  })();
  return (
    <div className="shape-controls" data-field="geometry" data-invalid={error !== undefined}>
      {editing && (
        <p className="hint-inline" data-testid="shape-hint">
          {initial.type === 'point' ? (isNew ? t.editing.placeHint : t.editing.moveHint) : t.editing.drawHint}
        </p>
      )}
      {status !== null && (
        <p className="muted" data-testid="shape-status">
          {status}
        </p>
      )}
      <div className="button-row">
        {!editing && initial.type === 'point' && (
          <button type="button" onClick={() => setShape(initial)} data-testid="shape-move">
            {t.editing.move}
          </button>
        )}
        {!editing && initial.type === 'polygon' && (
          <>
            {reshape && (
              <button type="button" onClick={() => setShape(initial)} data-testid="shape-edit">
                {t.editing.edit}
              </button>
            )}
            <button
              type="button"
              onClick={() => setShape({ type: 'polygon', ring: [] })}
              data-testid="shape-redraw"
            >
              {t.editing.redraw}
            </button>
          </>
        )}
        {editing && shape.type === 'polygon' && (
          <button
            type="button"
            disabled={shape.ring.length === 0}
            onClick={() => setShape(undoCorner(shape))}
            data-testid="shape-undo"
          >
            {t.editing.undoVertex}
          </button>
        )}
        {editing && !isNew && (
          <button type="button" onClick={() => setShape(null)} data-testid="shape-cancel">
            {t.editing.cancel}
          </button>
        )}
      </div>
      {error !== undefined && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
