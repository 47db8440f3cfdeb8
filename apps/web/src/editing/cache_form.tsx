import { CacheFeature } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { featuresOf } from '../store/data_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { ConfirmButton } from './confirm_button.tsx';
import { cacheBody, cacheDraft } from './feature_drafts.ts';
import { FeatureForm, type FeatureResource } from './feature_form.tsx';
import { FormField } from './form_fields.tsx';
import { useFeatureDraft } from './use_draft.ts';

export const cacheResource: FeatureResource<CacheFeature> = {
  kind: 'cache',
  path: '/api/caches',
  dataset: 'caches',
  feature: CacheFeature,
};

/** A cache's form: name, the post it stands at, its place (its stock has its own forms in the details card). */
export function CacheForm({ feature: current }: { feature: CacheFeature | null }) {
  const { t } = useI18n();
  const { feature, draft, bind, stored, act, actionError } = useFeatureDraft(
    cacheResource,
    current,
    cacheDraft,
  );
  const posts = useAppState((s) => featuresOf(s.datasets, 'posts'));
  const postOptions = [
    { value: '', label: t.editing.noPost },
    ...[...posts]
      .sort((a, b) => a.properties.name.localeCompare(b.properties.name))
      .map((p) => ({ value: p.properties.id, label: p.properties.name })),
  ];

  return (
    <FeatureForm
      resource={cacheResource}
      heading={feature ? t.editing.editCache : t.editing.newCache}
      stored={stored}
      actionError={actionError}
      initialShape={{ type: 'point', position: feature?.geometry.coordinates ?? null }}
      body={(geometry) => cacheBody(feature, draft, geometry)}
      bind={bind}
      fields={(field) => (
        <>
          <FormField {...field('name')} label={t.editing.name} />
          <FormField {...field('postId')} label={t.editing.post} options={postOptions} />
          <FormField {...field('notes')} label={t.details.notes} as="textarea" />
        </>
      )}
      actions={
        stored !== null && (
          <ConfirmButton
            label={t.editing.remove}
            question={t.editing.removeCacheConfirm}
            onConfirm={() => void act('DELETE')}
            testId="cache-remove"
          />
        )
      }
    />
  );
}
