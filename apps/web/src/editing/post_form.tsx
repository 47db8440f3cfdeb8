import { PostFeature, PostKind, PostStatus } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { ConfirmButton } from './confirm_button.tsx';
import { postBody, postDraft } from './feature_drafts.ts';
import { FeatureForm, type FeatureResource } from './feature_form.tsx';
import { enumOptions, FormField } from './form_fields.tsx';
import { useFeatureDraft } from './use_draft.ts';

export const postResource: FeatureResource<PostFeature> = {
  kind: 'post',
  path: '/api/posts',
  dataset: 'posts',
  feature: PostFeature,
};

/**
 * A post's form. Retiring a post sets its status to `closed` (the schema's decommissioned value): it stays in
 * the data, greyed on the map, and its history stays in the audit log.
 */
export function PostForm({ feature: current }: { feature: PostFeature | null }) {
  const { t } = useI18n();
  const { feature, draft, bind, stored, act, actionError } = useFeatureDraft(
    postResource,
    current,
    postDraft,
  );

  return (
    <FeatureForm
      resource={postResource}
      heading={feature ? t.editing.editPost : t.editing.newPost}
      stored={stored}
      actionError={actionError}
      initialShape={{ type: 'point', position: feature?.geometry.coordinates ?? null }}
      body={(geometry) => postBody(feature, draft, geometry)}
      bind={bind}
      fields={(field) => (
        <>
          <FormField {...field('name')} label={t.editing.name} />
          <div className="field-row">
            <FormField
              {...field('kind')}
              label={t.details.kind}
              options={enumOptions(PostKind.options, t.enums.postKind)}
            />
            <FormField
              {...field('status')}
              label={t.details.status}
              options={enumOptions(PostStatus.options, t.enums.postStatus)}
            />
          </div>
          <FormField {...field('address')} label={t.details.address} />
          <div className="field-row">
            <FormField {...field('staff')} label={t.details.staff} as="number" />
            <FormField {...field('vehicles')} label={t.details.vehicles} as="number" />
          </div>
          <FormField
            {...field('turnoutSeconds')}
            label={`${t.details.turnout} (${t.units.seconds.replace('{n} ', '')})`}
            as="number"
          />
          <FormField {...field('source')} label={t.details.source} />
          <FormField {...field('notes')} label={t.details.notes} as="textarea" />
        </>
      )}
      actions={
        stored !== null &&
        feature?.properties.status !== 'closed' && (
          <ConfirmButton
            label={t.editing.retirePost}
            question={t.editing.retirePostConfirm}
            onConfirm={() => void act('PATCH', { properties: { status: 'closed' } })}
            testId="post-retire"
          />
        )
      }
    />
  );
}
