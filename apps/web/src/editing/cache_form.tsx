import { CacheFeature } from '@siaga/schema';
import { useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { featuresOf } from '../store/data_slice.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { ConfirmButton } from './confirm_button.tsx';
import { cacheBody, cacheDraft } from './feature_drafts.ts';
import { FeatureForm, type FeatureResource } from './feature_form.tsx';
import { SelectField, TextAreaField, TextField } from './form_fields.tsx';
import { dropFeature, writeRecord } from './write_record.ts';

export const cacheResource: FeatureResource<CacheFeature> = {
  kind: 'cache',
  path: '/api/caches',
  dataset: 'caches',
  feature: CacheFeature,
};

/** A cache's form: name, the post it stands at, its place (its stock has its own forms in the details card). */
export function CacheForm({ feature: current }: { feature: CacheFeature | null }) {
  // The record as the form was opened: what the draft started from and the version the edit is made against.
  const [feature] = useState(current);
  const { t } = useI18n();
  const api = useApi();
  const store = useAppStoreApi();
  const closeEditor = useAppState((s) => s.closeEditor);
  const posts = useAppState((s) => featuresOf(s.datasets, 'posts'));
  const [draft, setDraft] = useState(() => cacheDraft(feature));
  const [stored] = useState(() =>
    feature ? { id: feature.properties.id, version: feature.properties.version } : null,
  );
  const set =
    <K extends keyof typeof draft>(key: K) =>
    (value: (typeof draft)[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const postOptions = [
    { value: '', label: t.editing.noPost },
    ...[...posts]
      .sort((a, b) => a.properties.name.localeCompare(b.properties.name))
      .map((p) => ({ value: p.properties.id, label: p.properties.name })),
  ];

  const remove = async () => {
    if (stored === null) return;
    const outcome = await writeRecord(api, store, t, {
      method: 'DELETE',
      path: `/api/caches/${stored.id}`,
      version: stored.version,
    });
    if (outcome.kind === 'done') dropFeature(store, 'caches', stored.id);
    if (outcome.kind !== 'refused') closeEditor();
  };

  return (
    <FeatureForm
      resource={cacheResource}
      heading={feature ? t.editing.editCache : t.editing.newCache}
      stored={stored}
      initialShape={{ type: 'point', position: feature?.geometry.coordinates ?? null }}
      body={(geometry) => cacheBody(feature, draft, geometry)}
      fields={(errors) => (
        <>
          <TextField
            name="name"
            label={t.editing.name}
            value={draft.name}
            onChange={set('name')}
            errors={errors}
          />
          <SelectField
            name="postId"
            label={t.editing.post}
            value={draft.postId}
            options={postOptions}
            onChange={set('postId')}
            errors={errors}
          />
          <TextAreaField
            name="notes"
            label={t.details.notes}
            value={draft.notes}
            onChange={set('notes')}
            errors={errors}
          />
        </>
      )}
      actions={
        stored !== null && (
          <ConfirmButton
            label={t.editing.remove}
            question={t.editing.removeCacheConfirm}
            onConfirm={() => void remove()}
            testId="cache-remove"
          />
        )
      }
    />
  );
}
