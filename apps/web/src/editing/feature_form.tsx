import type { ReactNode } from 'react';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import { useApi } from '../api/api_context.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import type { EditTarget } from '../store/editing_slice.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import type { FieldBinder } from './form_fields.tsx';
import type { FieldErrors } from './issue_messages.ts';
import { validate } from './issue_messages.ts';
import { ShapeControls } from './shape_controls.tsx';
import { type EditShape, geometryOfShape } from './shape_edits.ts';
import { putFeature, writeRecord } from './write_record.ts';

/** The resource behind each form: its URL, its dataset, the schema of its answer. */
export interface FeatureResource<F> {
  kind: EditTarget['kind'];
  path: string;
  dataset: 'posts' | 'caches' | 'hazardZones';
  feature: z.ZodType<F>;
}

export interface FeatureFormProps<F, D> {
  resource: FeatureResource<F>;
  heading: string;
  /** The stored record's id and version, or null for a new one. */
  stored: { id: string; version: number } | null;
  initialShape: EditShape;
  /** False when the stored shape cannot be reshaped without loss (a zone of several parts or with holes). */
  reshape?: boolean;
  /**
   * The request body for the draft: the full properties (checked by the create schema, or for an edit by the
   * properties schema, so every field shows its message) and the body sent (only what changed for an edit).
   */
  body(geometry: unknown): { check: z.ZodType; checked: unknown; send: unknown };
  /** The draft's fields, given each field with its value, setter and message. */
  fields(field: FieldBinder<D>): ReactNode;
  bind(errors: FieldErrors): FieldBinder<D>;
  /** Extra buttons (retire, delete) for a stored record, and why the last of them was refused. */
  actions?: ReactNode;
  actionError?: string | null;
}

/**
 * The frame of the post, cache and hazard-zone forms: shape controls, fields, save and cancel. Saving checks
 * the body with the API's own schema first (messages by field, in the user's language), then POSTs or PATCHes
 * with If-Match (a 412 opens the conflict dialog); the saved record replaces the old one in its dataset.
 */
export function FeatureForm<F extends { properties: { id: string } }, D>(props: FeatureFormProps<F, D>) {
  const { t } = useI18n();
  const api = useApi();
  const store = useAppStoreApi();
  const shape = useAppState((s) => s.shape);
  const closeEditor = useAppState((s) => s.closeEditor);
  // After a first save attempt the draft is checked as it is typed, so a corrected field loses its message.
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; errors: FieldErrors } | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const { resource, stored } = props;

  const request = () => {
    const geometry =
      shape === null
        ? stored === null
          ? geometryOfShape(props.initialShape)
          : undefined
        : geometryOfShape(shape);
    const { check, checked, send } = props.body(geometry);
    return { result: validate(t, check, checked), send };
  };
  const live = attempted ? request().result : null;
  const liveErrors = live !== null && !live.ok ? live.errors : {};
  const errors = { ...refusal?.errors, ...liveErrors };
  const message = refusal?.message ?? (Object.keys(liveErrors).length > 0 ? t.editing.fixErrors : null);

  const save = async () => {
    const { result, send } = request();
    setAttempted(true);
    setRefusal(null);
    if (!result.ok) {
      requestAnimationFrame(() =>
        formRef.current
          ?.querySelector<HTMLElement>(
            '[aria-invalid="true"], [data-field="geometry"][data-invalid="true"] button',
          )
          ?.focus(),
      );
      return;
    }
    setSaving(true);
    const outcome = await writeRecord(api, store, t, {
      method: stored === null ? 'POST' : 'PATCH',
      path: stored === null ? resource.path : `${resource.path}/${stored.id}`,
      body: send,
      version: stored?.version ?? null,
      answer: resource.feature,
    });
    setSaving(false);
    if (outcome.kind === 'refused') {
      setRefusal(outcome);
      return;
    }
    const s = store.getState();
    if (outcome.kind === 'done' && outcome.value !== undefined) {
      putFeature(store, resource.dataset, outcome.value as never);
      s.closeEditor();
      s.select({ kind: resource.kind, id: outcome.value.properties.id });
      return;
    }
    s.closeEditor();
  };

  return (
    <form
      ref={formRef}
      className="edit-form"
      data-testid={`${resource.kind}-form`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{props.heading}</h2>
      <ShapeControls
        initial={props.initialShape}
        isNew={stored === null}
        reshape={props.reshape ?? true}
        error={errors.geometry}
      />
      {props.fields(props.bind(errors))}
      {message !== null && (
        <p className="field__error" role="alert" data-testid="form-message">
          {message}
        </p>
      )}
      <div className="button-row edit-form__actions">
        <button type="submit" className="primary" disabled={saving} data-testid="form-save">
          {saving ? t.editing.saving : t.editing.save}
        </button>
        <button type="button" onClick={closeEditor} data-testid="form-cancel">
          {t.editing.cancel}
        </button>
      </div>
      {props.actions}
      {props.actionError && (
        <p className="field__error" role="alert">
          {props.actionError}
        </p>
      )}
    </form>
  );
}
