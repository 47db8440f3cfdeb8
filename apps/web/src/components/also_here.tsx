import type { Catalogue } from '@siaga/i18n';
import { findSelected, titleOf } from '../find_selected.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { sameSelection } from '../map/interaction.ts';
import type { SelectionKind } from '../selection.ts';
import { allFeatures } from '../store/data_slice.ts';
import { useAppState } from '../store/store_context.tsx';

function kindLabel(t: Catalogue, kind: SelectionKind): string {
  switch (kind) {
    case 'post':
      return t.details.post;
    case 'cache':
      return t.details.cache;
    case 'hazardZone':
      return t.details.hazardZone;
    case 'incident':
      return t.details.incident;
    case 'desa':
      return t.enums.adminLevel.desa;
    default:
      return kind satisfies never;
  }
}

/** The other features under the clicked point, one click away: the regency-wide zones never hide a desa. */
export function AlsoHere() {
  const { t } = useI18n();
  const selection = useAppState((s) => s.selection);
  const hits = useAppState((s) => s.pointHits);
  const datasets = useAppState((s) => s.datasets);
  const select = useAppState((s) => s.select);
  const features = allFeatures(datasets);
  const others = hits.flatMap((h) => {
    if (sameSelection(h, selection)) return [];
    const record = findSelected(features, h);
    return record ? [{ selection: h, title: titleOf(record) }] : [];
  });
  if (others.length === 0) return null;
  return (
    <section className="also-here">
      <h3>{t.details.alsoHere}</h3>
      <ul>
        {others.map((o) => (
          <li key={`${o.selection.kind}:${o.selection.id}`}>
            <button type="button" onClick={() => select(o.selection)}>
              <span className="also-here__kind">{kindLabel(t, o.selection.kind)}</span>
              {o.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
