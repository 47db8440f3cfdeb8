import { formatNumber } from '@siaga/i18n';
import { type Unit, UnitList, Unit as UnitSchema, UnitType } from '@siaga/schema';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { useCanEdit } from './can_edit.ts';
import { ConfirmButton } from './confirm_button.tsx';
import { enumOptions, FormField, fieldBinder } from './form_fields.tsx';
import { RecordForm } from './record_form.tsx';
import { type SettableUnitStatus, unitBody, unitDraft } from './unit_drafts.ts';
import { useFormState } from './use_draft.ts';
import { writeRecord } from './write_record.ts';

/** The units of a post, read again after any unit change anywhere (the live tick). */
function usePostUnits(postId: string): Unit[] | null {
  const api = useApi();
  const tick = useAppState((s) => s.liveTick.unit ?? 0);
  const [units, setUnits] = useState<Unit[] | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the live tick is the reason to read again
  useEffect(() => {
    const abort = new AbortController();
    api
      .read(`/api/units?postId=${encodeURIComponent(postId)}`, UnitList, abort.signal)
      .then((r) => setUnits(r.value.units))
      .catch(() => {});
    return () => abort.abort();
  }, [api, postId, tick]);
  return units;
}

const SETTABLE: readonly SettableUnitStatus[] = ['available', 'maintenance'];

/** Add or change one unit (POST /api/units, or PATCH with If-Match its version); retire is a soft delete. */
function UnitForm({ postId, unit, onDone }: { postId: string; unit: Unit | null; onDone(): void }) {
  const { t } = useI18n();
  const api = useApi();
  const store = useAppStoreApi();
  const [opened] = useState(unit);
  const f = useFormState(() => unitDraft(unit));
  const field = fieldBinder(f.draft, f.set, f.errors);
  const write = async (method: 'POST' | 'PATCH' | 'DELETE', body?: unknown) => {
    const outcome = await writeRecord(api, store, t, {
      method,
      path: opened === null ? '/api/units' : `/api/units/${opened.id}`,
      body,
      version: opened?.version ?? null,
      answer: method === 'DELETE' ? undefined : UnitSchema,
    });
    if (outcome.kind === 'refused') {
      f.refuse(outcome);
      return;
    }
    onDone();
  };
  const submit = () => {
    const { schema, body } = unitBody(postId, opened, f.draft);
    const checked = f.check(schema, body);
    if (checked !== null) void write(opened === null ? 'POST' : 'PATCH', checked);
  };
  return (
    <RecordForm
      testId="unit-form"
      heading={opened === null ? t.editing.addUnit : t.editing.editUnit}
      onSubmit={submit}
      message={f.message}
      submit={{ label: t.editing.save, testId: 'unit-save' }}
      onCancel={onDone}
      after={
        opened !== null &&
        opened.status !== 'assigned' && (
          <ConfirmButton
            label={t.editing.retireUnit}
            question={t.editing.retireUnitConfirm}
            onConfirm={() => void write('DELETE')}
            testId="unit-retire"
          />
        )
      }
    >
      <FormField {...field('callSign')} label={t.editing.callSign} />
      <div className="field-row">
        <FormField
          {...field('unitType')}
          label={t.editing.unitType}
          options={enumOptions(UnitType.options, t.enums.unitType)}
        />
        <FormField {...field('crew')} label={t.editing.crew} as="number" />
      </div>
      {opened?.status === 'assigned' ? (
        <p className="muted">{t.editing.unitAssigned}</p>
      ) : (
        <FormField
          {...field('status')}
          label={t.details.status}
          options={SETTABLE.map((s) => ({ value: s, label: t.enums.unitStatus[s] }))}
        />
      )}
      <FormField {...field('notes')} label={t.details.notes} as="textarea" />
    </RecordForm>
  );
}

/** The units standing at a post; logistics (and admin) add, change and retire them here. */
export function PostUnits({ postId }: { postId: string }) {
  const { t, locale } = useI18n();
  const units = usePostUnits(postId);
  const allowed = useCanEdit('unit');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  if (units === null) return null;
  const unit = units.find((u) => u.id === editing) ?? null;
  return (
    <section className="post-units" data-testid="post-units">
      <h3>{t.editing.unitsHeading}</h3>
      {units.length === 0 ? (
        <p className="details__note">{t.editing.noUnits}</p>
      ) : (
        <ul className="unit-list">
          {units.map((u) => (
            <li key={u.id}>
              <span>
                <strong>{u.callSign}</strong> · {t.enums.unitType[u.unitType]} · {t.editing.crew}{' '}
                {formatNumber(locale, u.crew)}
              </span>
              <span className={`badge badge--${u.status}`}>{t.enums.unitStatus[u.status]}</span>
              {allowed && (
                <button type="button" className="link-button" onClick={() => setEditing(u.id)}>
                  {t.editing.edit}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {allowed && editing === null && (
        <div className="button-row">
          <button type="button" onClick={() => setEditing('new')} data-testid="add-unit">
            {t.editing.addUnit}
          </button>
        </div>
      )}
      {allowed && editing !== null && (editing === 'new' || unit !== null) && (
        <UnitForm key={editing} postId={postId} unit={unit} onDone={() => setEditing(null)} />
      )}
    </section>
  );
}
