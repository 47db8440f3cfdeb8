import { fill } from '@siaga/i18n';
import {
  type CacheFeature,
  CacheItem,
  CacheItemPatch,
  ItemCondition,
  ItemType,
  StockOperation,
  StockOperationResult,
} from '@siaga/schema';
import { useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { featuresOf } from '../store/data_slice.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { useCanEdit } from './can_edit.ts';
import { enumOptions, NumberField, SelectField, TextAreaField, TextField } from './form_fields.tsx';
import { validate } from './issue_messages.ts';
import {
  type ItemDraft,
  itemBody,
  itemDraft,
  type StockDraft,
  type StockKind,
  stockBody,
  stockDraft,
} from './stock_drafts.ts';
import { useFormState } from './use_draft.ts';
import { putItems, writeRecord } from './write_record.ts';

const STOCK_KINDS: readonly StockKind[] = ['receive', 'issue', 'move', 'adjust'];

/** Receive, issue, move between caches or recount a cache's stock: POST /api/stock/operations. */
function StockOperationForm({ cache }: { cache: CacheFeature }) {
  const { t } = useI18n();
  const api = useApi();
  const store = useAppStoreApi();
  const caches = useAppState((s) => featuresOf(s.datasets, 'caches'));
  const f = useFormState<StockDraft>(stockDraft);
  const d = f.draft;
  const submit = async () => {
    const checked = validate(t, StockOperation, stockBody(cache.properties.id, d));
    if (!checked.ok) {
      f.setErrors(checked.errors);
      f.setMessage(t.editing.fixErrors);
      return;
    }
    const outcome = await writeRecord(api, store, t, {
      method: 'POST',
      path: '/api/stock/operations',
      body: checked.value,
      version: null,
      answer: StockOperationResult,
    });
    f.setErrors(outcome.kind === 'refused' ? outcome.errors : {});
    f.setMessage(outcome.kind === 'refused' ? outcome.message : t.editing.stockDone);
    if (outcome.kind === 'done' && outcome.value) putItems(store, outcome.value.items);
    if (outcome.kind === 'done')
      f.setDraft({ ...stockDraft(), kind: d.kind, itemType: d.itemType, condition: d.condition });
  };
  const others = caches
    .filter((c) => c.properties.id !== cache.properties.id)
    .map((c) => ({ value: c.properties.id, label: c.properties.name }));
  return (
    <form
      className="edit-form"
      data-testid="stock-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{t.editing.stock}</h3>
      <SelectField
        name="kind"
        label={t.editing.operation}
        value={d.kind}
        options={STOCK_KINDS.map((k) => ({ value: k, label: t.editing.operations[k] }))}
        onChange={f.set('kind')}
        errors={f.errors}
      />
      <div className="field-row">
        <SelectField
          name="itemType"
          label={t.details.itemType}
          value={d.itemType}
          options={enumOptions(ItemType.options, t.enums.itemType)}
          onChange={f.set('itemType')}
          errors={f.errors}
        />
        <SelectField
          name="condition"
          label={t.details.condition}
          value={d.condition}
          options={enumOptions(ItemCondition.options, t.enums.itemCondition)}
          onChange={f.set('condition')}
          errors={f.errors}
        />
      </div>
      {d.kind === 'move' && (
        <SelectField
          name="toCacheId"
          label={t.editing.toCache}
          value={d.toCacheId}
          options={[{ value: '', label: '—' }, ...others]}
          onChange={f.set('toCacheId')}
          errors={f.errors}
        />
      )}
      <NumberField
        name="quantity"
        label={d.kind === 'adjust' ? t.editing.countedQuantity : t.editing.quantity}
        value={d.quantity}
        onChange={f.set('quantity')}
        errors={f.errors}
      />
      <TextField
        name="reason"
        label={t.editing.reason}
        value={d.reason}
        onChange={f.set('reason')}
        errors={f.errors}
      />
      {f.message !== null && (
        <p className="muted" role="status" data-testid="stock-message">
          {f.message}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" data-testid="stock-apply">
          {t.editing.apply}
        </button>
      </div>
    </form>
  );
}

/** One stock row's ready count, condition, last inspection and notes: PATCH with If-Match its version. */
function ItemForm({ cacheId, item: current, onDone }: { cacheId: string; item: CacheItem; onDone(): void }) {
  // The row as the form was opened: the draft's start and the version the edit is made against.
  const [item] = useState(current);
  const { t } = useI18n();
  const api = useApi();
  const store = useAppStoreApi();
  const f = useFormState<ItemDraft>(() => itemDraft(item));
  const d = f.draft;
  const submit = async () => {
    const checked = validate(t, CacheItemPatch, itemBody(item, d));
    if (!checked.ok) {
      f.setErrors(checked.errors);
      f.setMessage(t.editing.fixErrors);
      return;
    }
    const outcome = await writeRecord(api, store, t, {
      method: 'PATCH',
      path: `/api/caches/${cacheId}/items/${item.id}`,
      body: checked.value,
      version: item.version,
      answer: CacheItem,
    });
    if (outcome.kind === 'refused') {
      f.setErrors(outcome.errors);
      f.setMessage(outcome.message);
      return;
    }
    if (outcome.kind === 'done' && outcome.value) putItems(store, [outcome.value]);
    onDone();
  };
  return (
    <form
      className="edit-form"
      data-testid="item-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{fill(t.editing.itemOf, { item: t.enums.itemType[item.itemType] })}</h3>
      <div className="field-row">
        <NumberField
          name="quantityAvailable"
          label={t.editing.quantityAvailable}
          value={d.quantityAvailable}
          onChange={f.set('quantityAvailable')}
          errors={f.errors}
        />
        <SelectField
          name="condition"
          label={t.details.condition}
          value={d.condition}
          options={enumOptions(ItemCondition.options, t.enums.itemCondition)}
          onChange={f.set('condition')}
          errors={f.errors}
        />
      </div>
      <TextField
        name="lastInspected"
        type="date"
        label={t.details.lastInspected}
        value={d.lastInspected}
        onChange={f.set('lastInspected')}
        errors={f.errors}
      />
      <TextAreaField
        name="notes"
        label={t.details.notes}
        value={d.notes}
        onChange={f.set('notes')}
        errors={f.errors}
      />
      {f.message !== null && (
        <p className="field__error" role="alert">
          {f.message}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" data-testid="item-save">
          {t.editing.save}
        </button>
        <button type="button" onClick={onDone}>
          {t.editing.cancel}
        </button>
      </div>
    </form>
  );
}

/** The stock forms under a cache's details, for logistics (and admin). */
export function CacheStock({ cache }: { cache: CacheFeature }) {
  const { t } = useI18n();
  const allowed = useCanEdit('stock');
  const [itemId, setItemId] = useState<string | null>(null);
  if (!allowed) return null;
  const item = cache.properties.items.find((i) => i.id === itemId) ?? null;
  return (
    <section className="cache-stock">
      {cache.properties.items.length > 0 && (
        <div className="field">
          <label htmlFor="edit-item-pick">{t.editing.editItem}</label>
          <select
            id="edit-item-pick"
            value={itemId ?? ''}
            onChange={(e) => setItemId(e.target.value || null)}
            data-testid="item-pick"
          >
            <option value="">—</option>
            {cache.properties.items.map((i) => (
              <option key={i.id} value={i.id}>
                {t.enums.itemType[i.itemType]} · {t.enums.itemCondition[i.condition]}
              </option>
            ))}
          </select>
        </div>
      )}
      {item !== null && (
        <ItemForm key={item.id} cacheId={cache.properties.id} item={item} onDone={() => setItemId(null)} />
      )}
      <StockOperationForm cache={cache} />
    </section>
  );
}
