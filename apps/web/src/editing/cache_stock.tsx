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
import { type BoundField, enumOptions, FormField, fieldBinder } from './form_fields.tsx';
import { RecordForm } from './record_form.tsx';
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

/** An item's condition, as a stock operation and a stock row both ask for it. */
function ConditionField({ field }: { field(name: 'condition'): BoundField<ItemCondition> }) {
  const { t } = useI18n();
  return (
    <FormField
      {...field('condition')}
      label={t.details.condition}
      options={enumOptions(ItemCondition.options, t.enums.itemCondition)}
    />
  );
}

/** Receive, issue, move between caches or recount a cache's stock: POST /api/stock/operations. */
function StockOperationForm({ cache }: { cache: CacheFeature }) {
  const { t } = useI18n();
  const api = useApi();
  const store = useAppStoreApi();
  const caches = useAppState((s) => featuresOf(s.datasets, 'caches'));
  const f = useFormState<StockDraft>(stockDraft);
  const d = f.draft;
  const field = fieldBinder(d, f.set, f.errors);
  const submit = async () => {
    const checked = f.check(StockOperation, stockBody(cache.properties.id, d));
    if (checked === null) return;
    const outcome = await writeRecord(api, store, t, {
      method: 'POST',
      path: '/api/stock/operations',
      body: checked,
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
    <RecordForm
      testId="stock-form"
      heading={t.editing.stock}
      onSubmit={() => void submit()}
      message={f.message}
      status={{ testId: 'stock-message' }}
      submit={{ label: t.editing.apply, testId: 'stock-apply' }}
    >
      <FormField
        {...field('kind')}
        label={t.editing.operation}
        options={STOCK_KINDS.map((k) => ({ value: k, label: t.editing.operations[k] }))}
      />
      <div className="field-row">
        <FormField
          {...field('itemType')}
          label={t.details.itemType}
          options={enumOptions(ItemType.options, t.enums.itemType)}
        />
        <ConditionField field={field} />
      </div>
      {d.kind === 'move' && (
        <FormField
          {...field('toCacheId')}
          label={t.editing.toCache}
          options={[{ value: '', label: '—' }, ...others]}
        />
      )}
      <FormField
        {...field('quantity')}
        label={d.kind === 'adjust' ? t.editing.countedQuantity : t.editing.quantity}
        as="number"
      />
      <FormField {...field('reason')} label={t.editing.reason} />
    </RecordForm>
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
  const field = fieldBinder(f.draft, f.set, f.errors);
  const submit = async () => {
    const checked = f.check(CacheItemPatch, itemBody(item, f.draft));
    if (checked === null) return;
    const outcome = await writeRecord(api, store, t, {
      method: 'PATCH',
      path: `/api/caches/${cacheId}/items/${item.id}`,
      body: checked,
      version: item.version,
      answer: CacheItem,
    });
    if (outcome.kind === 'refused') {
      f.refuse(outcome);
      return;
    }
    if (outcome.kind === 'done' && outcome.value) putItems(store, [outcome.value]);
    onDone();
  };
  return (
    <RecordForm
      testId="item-form"
      heading={fill(t.editing.itemOf, { item: t.enums.itemType[item.itemType] })}
      onSubmit={() => void submit()}
      message={f.message}
      submit={{ label: t.editing.save, testId: 'item-save' }}
      onCancel={onDone}
    >
      <div className="field-row">
        <FormField {...field('quantityAvailable')} label={t.editing.quantityAvailable} as="number" />
        <ConditionField field={field} />
      </div>
      <FormField {...field('lastInspected')} label={t.details.lastInspected} as="date" />
      <FormField {...field('notes')} label={t.details.notes} as="textarea" />
    </RecordForm>
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
