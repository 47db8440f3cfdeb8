import { HazardLevel, HazardType, HazardZoneFeature } from '@siaga/schema';
import { useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { ConfirmButton } from './confirm_button.tsx';
import { hazardZoneBody, hazardZoneDraft } from './feature_drafts.ts';
import { FeatureForm, type FeatureResource } from './feature_form.tsx';
import { enumOptions, SelectField, TextAreaField, TextField } from './form_fields.tsx';
import { ringOfMultiPolygon } from './shape_edits.ts';
import { dropFeature, writeRecord } from './write_record.ts';

export const hazardZoneResource: FeatureResource<HazardZoneFeature> = {
  kind: 'hazardZone',
  path: '/api/hazard-zones',
  dataset: 'hazardZones',
  feature: HazardZoneFeature,
};

/** A hazard zone's form: its outline drawn or reshaped on the map, type, level and source. */
export function HazardZoneForm({ feature: current }: { feature: HazardZoneFeature | null }) {
  // The record as the form was opened: what the draft started from and the version the edit is made against.
  const [feature] = useState(current);
  const { t } = useI18n();
  const api = useApi();
  const store = useAppStoreApi();
  const closeEditor = useAppState((s) => s.closeEditor);
  const [draft, setDraft] = useState(() => hazardZoneDraft(feature));
  const [stored] = useState(() =>
    feature ? { id: feature.properties.id, version: feature.properties.version } : null,
  );
  const set =
    <K extends keyof typeof draft>(key: K) =>
    (value: (typeof draft)[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const remove = async () => {
    if (stored === null) return;
    const outcome = await writeRecord(api, store, t, {
      method: 'DELETE',
      path: `/api/hazard-zones/${stored.id}`,
      version: stored.version,
    });
    if (outcome.kind === 'done') dropFeature(store, 'hazardZones', stored.id);
    if (outcome.kind !== 'refused') closeEditor();
  };

  return (
    <FeatureForm
      resource={hazardZoneResource}
      heading={feature ? t.editing.editHazardZone : t.editing.newHazardZone}
      stored={stored}
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
            onConfirm={() => void remove()}
            testId="zone-remove"
          />
        )
      }
    />
  );
}
