import { PostFeature, PostKind, PostStatus } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { ConfirmButton } from './confirm_button.tsx';
import { postBody, postDraft } from './feature_drafts.ts';
import { FeatureForm, type FeatureResource } from './feature_form.tsx';
import { enumOptions, NumberField, SelectField, TextAreaField, TextField } from './form_fields.tsx';
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
  const { feature, draft, set, stored, act, actionError } = useFeatureDraft(postResource, current, postDraft);

  return (
    <FeatureForm
      resource={postResource}
      heading={feature ? t.editing.editPost : t.editing.newPost}
      stored={stored}
      actionError={actionError}
      initialShape={{ type: 'point', position: feature?.geometry.coordinates ?? null }}
      body={(geometry) => postBody(feature, draft, geometry)}
      fields={(errors) => (
        <>
          <TextField
            name="name"
            label={t.editing.name}
            value={draft.name}
            onChange={set('name')}
            errors={errors}
          />
          <div className="field-row">
            <SelectField
              name="kind"
              label={t.details.kind}
              value={draft.kind}
              options={enumOptions(PostKind.options, t.enums.postKind)}
              onChange={set('kind')}
              errors={errors}
            />
            <SelectField
              name="status"
              label={t.details.status}
              value={draft.status}
              options={enumOptions(PostStatus.options, t.enums.postStatus)}
              onChange={set('status')}
              errors={errors}
            />
          </div>
          <TextField
            name="address"
            label={t.details.address}
            value={draft.address}
            onChange={set('address')}
            errors={errors}
          />
          <div className="field-row">
            <NumberField
              name="staff"
              label={t.details.staff}
              value={draft.staff}
              onChange={set('staff')}
              errors={errors}
            />
            <NumberField
              name="vehicles"
              label={t.details.vehicles}
              value={draft.vehicles}
              onChange={set('vehicles')}
              errors={errors}
            />
          </div>
          <NumberField
            name="turnoutSeconds"
            label={`${t.details.turnout} (${t.units.seconds.replace('{n} ', '')})`}
            value={draft.turnoutSeconds}
            onChange={set('turnoutSeconds')}
            errors={errors}
          />
          <TextField
            name="source"
            label={t.details.source}
            value={draft.source}
            onChange={set('source')}
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
