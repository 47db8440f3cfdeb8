import { useState } from 'react';
import type { z } from 'zod';
import { useApi } from '../api/api_context.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import type { FeatureResource } from './feature_form.tsx';
import { fieldBinder } from './form_fields.tsx';
import { type FieldErrors, validate } from './issue_messages.ts';
import { dropFeature, putFeature, writeRecord } from './write_record.ts';

/**
 * A form's draft with a setter per field; setting a field takes its message away until the next check
 * (`clear`, when the form keeps messages of its own).
 */
export function useDraft<D>(initial: () => D, clear?: (field: string) => void) {
  const [draft, setDraft] = useState(initial);
  const set =
    <K extends keyof D>(key: K) =>
    (value: D[K]) => {
      setDraft((d) => ({ ...d, [key]: value }));
      clear?.(String(key));
    };
  return { draft, setDraft, set };
}

/** Field messages that a field loses when it is set again. */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const clear = (field: string) =>
    setErrors((e) => (field in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)) : e));
  return { errors, setErrors, clear };
}

interface StoredFeature {
  properties: { id: string; version: number };
}

/**
 * The state of a feature form: the record as the form was opened (the draft's start and the version its edits
 * are made against, whatever live updates bring meanwhile), the draft, and `act`, the one-step writes of a
 * stored record (retire with a PATCH, delete) sent with If-Match, which close the form once done.
 */
export function useFeatureDraft<F extends StoredFeature, D extends Record<keyof D, string>>(
  resource: FeatureResource<F>,
  current: F | null,
  draftOf: (feature: F | null) => D,
) {
  const { t } = useI18n();
  const api = useApi();
  const store = useAppStoreApi();
  const closeEditor = useAppState((s) => s.closeEditor);
  const [feature] = useState(current);
  const { draft, set } = useDraft(() => draftOf(feature));
  const [actionError, setActionError] = useState<string | null>(null);
  const stored = feature ? { id: feature.properties.id, version: feature.properties.version } : null;

  const act = async (method: 'PATCH' | 'DELETE', body?: unknown) => {
    if (stored === null) return;
    const outcome = await writeRecord(api, store, t, {
      method,
      path: `${resource.path}/${stored.id}`,
      body,
      version: stored.version,
      answer: method === 'PATCH' ? resource.feature : undefined,
    });
    if (outcome.kind === 'refused') {
      setActionError(outcome.message);
      return;
    }
    if (outcome.kind === 'done' && method === 'DELETE') dropFeature(store, resource.dataset, stored.id);
    if (outcome.kind === 'done' && outcome.value) putFeature(store, resource.dataset, outcome.value as never);
    closeEditor();
  };
  const bind = (errors: FieldErrors) => fieldBinder(draft, set, errors);
  return { feature, draft, set, bind, stored, act, actionError };
}

/**
 * A small form's state: the draft, its field messages, and the last outcome line. `check` validates a body
 * with the API's schema (null, with the messages shown, when it fails); `refuse` shows a refused write.
 */
export function useFormState<D>(initial: () => D) {
  const { t } = useI18n();
  const { errors, setErrors, clear } = useFieldErrors();
  const { draft, setDraft, set } = useDraft(initial, clear);
  const [message, setMessage] = useState<string | null>(null);
  const refuse = (refusal: { message: string; errors: FieldErrors }) => {
    setErrors(refusal.errors);
    setMessage(refusal.message);
  };
  const check = <S extends z.ZodType>(schema: S, body: unknown): z.output<S> | null => {
    const checked = validate(t, schema, body);
    if (checked.ok) return checked.value;
    refuse({ errors: checked.errors, message: t.editing.fixErrors });
    return null;
  };
  return { draft, setDraft, errors, setErrors, message, setMessage, set, check, refuse };
}
