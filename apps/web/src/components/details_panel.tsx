import { useMemo } from 'react';
import { ItemHistory } from '../audit/item_history.tsx';
import { CacheDetails } from '../details/cache_details.tsx';
import { DesaDetails } from '../details/desa_details.tsx';
import { HazardZoneDetails } from '../details/hazard_zone_details.tsx';
import { IncidentDetails } from '../details/incident_details.tsx';
import { PostDetails } from '../details/post_details.tsx';
import { CacheStock } from '../editing/cache_stock.tsx';
import { EditButton } from '../editing/edit_button.tsx';
import { EditorPanel } from '../editing/editor_panel.tsx';
import { PostUnits } from '../editing/post_units.tsx';
import { findSelected, type SelectedRecord } from '../find_selected.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { allFeatures } from '../store/data_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { AlsoHere } from './also_here.tsx';

function Body({ record }: { record: SelectedRecord }) {
  switch (record.kind) {
    case 'post':
      return (
        <>
          <PostDetails feature={record.feature} place={record.place} />
          <PostUnits postId={record.feature.properties.id} />
        </>
      );
    case 'cache':
      return (
        <>
          <CacheDetails feature={record.feature} place={record.place} post={record.post} />
          <CacheStock cache={record.feature} />
        </>
      );
    case 'hazardZone':
      return <HazardZoneDetails feature={record.feature} />;
    case 'incident':
      return <IncidentDetails feature={record.feature} place={record.place} />;
    case 'desa':
      return <DesaDetails feature={record.feature} kecamatan={record.kecamatan} />;
    default:
      return record satisfies never;
  }
}

export function DetailsPanel() {
  const { t } = useI18n();
  const selection = useAppState((s) => s.selection);
  const datasets = useAppState((s) => s.datasets);
  const select = useAppState((s) => s.select);
  const editTarget = useAppState((s) => s.editTarget);
  const record = useMemo(
    () => (selection ? findSelected(allFeatures(datasets), selection) : null),
    [selection, datasets],
  );
  if (editTarget !== null) return <EditorPanel target={editTarget} />;
  if (!selection) return null;
  return (
    <aside className="details" aria-label={t.details.heading} data-testid="details-panel">
      <button
        type="button"
        className="details__close"
        onClick={() => select(null)}
        aria-label={t.details.close}
        title={t.details.close}
      >
        ×
      </button>
      {record ? <Body record={record} /> : <p>{t.details.notFound}</p>}
      {record && (record.kind === 'post' || record.kind === 'cache' || record.kind === 'hazardZone') && (
        <EditButton target={{ kind: record.kind, id: selection.id }} />
      )}
      {record && <ItemHistory key={`${selection.kind}:${selection.id}`} selection={selection} />}
      <AlsoHere />
    </aside>
  );
}
