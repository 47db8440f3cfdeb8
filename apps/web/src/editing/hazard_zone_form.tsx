import { HazardLevel, HazardType, HazardZoneFeature } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { ConfirmButton } from './confirm_button.tsx';
import { hazardZoneBody, hazardZoneDraft } from './feature_drafts.ts';
import { FeatureForm, type FeatureResource } from './feature_form.tsx';
import { enumOptions, SelectField, TextAreaField, TextField } from './form_fields.tsx';
import { isSimpleZone, ringOfMultiPolygon } from './shape_edits.ts';
import { useFeatureDraft } from './use_draft.ts';

export const hazardZoneResource: FeatureResource<HazardZoneFeature> = {
  kind: 'hazardZone',
  path: '/api/hazard-zones',
  dataset: 'hazardZones',
  feature: HazardZoneFeature,
};

/** A hazard zone's form: its outline drawn or reshaped on the map, type, level and source. */
export function HazardZoneForm({ feature: current }: { feature: HazardZoneFeature | null }) {
  const { t } = useI18n();
  const { feature, draft, set, stored, act, actionError } = useFeatureDraft(
    hazardZoneResource,
    current,
    hazardZoneDraft,
  );

  return (
    <FeatureForm
      resource={hazardZoneResource}
      heading={feature ? t.editing.editHazardZone : t.editing.newHazardZone}
      stored={stored}
      actionError={actionError}
      reshape={feature === null || isSimpleZone(feature.geometry.coordinates)}
      initialShape={{
        type: 'polygon',
        ring: feature ? ringOfMultiPolygon(feature.geometry.coordinates) : [],
      }}
      body={(geometry) => hazardZoneBody(feature, draft, geometry)}
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
              name="hazardType"
              label={t.details.hazardType}
              value={draft.hazardType}
              options={enumOptions(HazardType.options, t.enums.hazardType)}
              onChange={set('hazardType')}
              errors={errors}
            />
            <SelectField
              name="level"
              label={t.details.level}
              value={draft.level}
              options={enumOptions(HazardLevel.options, t.enums.hazardLevel)}
              onChange={set('level')}
              errors={errors}
            />
          </div>
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
        stored !== null && (
          <ConfirmButton
            label={t.editing.remove}
            question={t.editing.removeZoneConfirm}
            onConfirm={() => void act('DELETE')}
            testId="zone-remove"
          />
        )
      }
    />
  );
}
