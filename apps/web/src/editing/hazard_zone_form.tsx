import { HazardLevel, HazardType, HazardZoneFeature } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { ConfirmButton } from './confirm_button.tsx';
import { hazardZoneBody, hazardZoneDraft } from './feature_drafts.ts';
import { FeatureForm, type FeatureResource } from './feature_form.tsx';
import { enumOptions, FormField } from './form_fields.tsx';
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
  const { feature, draft, bind, stored, act, actionError } = useFeatureDraft(
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
      bind={bind}
      fields={(field) => (
        <>
          <FormField {...field('name')} label={t.editing.name} />
          <div className="field-row">
            <FormField
              {...field('hazardType')}
              label={t.details.hazardType}
              options={enumOptions(HazardType.options, t.enums.hazardType)}
            />
            <FormField
              {...field('level')}
              label={t.details.level}
              options={enumOptions(HazardLevel.options, t.enums.hazardLevel)}
            />
          </div>
          <FormField {...field('source')} label={t.details.source} />
          <FormField {...field('notes')} label={t.details.notes} as="textarea" />
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
