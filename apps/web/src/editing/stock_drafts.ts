import type { CacheItem, ItemCondition, ItemType, StockOperation } from '@siaga/schema';
import { numberOf, shown, textOrNull } from './drafts.ts';

export type StockKind = StockOperation['kind'];

export interface StockDraft {
  kind: StockKind;
  itemType: ItemType;
  condition: ItemCondition;
  quantity: string;
  reason: string;
  /** Only for a move. */
  toCacheId: string;
}

export function stockDraft(): StockDraft {
  return { kind: 'receive', itemType: 'tent', condition: 'baik', quantity: '', reason: '', toCacheId: '' };
}

/** The body of POST /api/stock/operations for the draft, from the cache the card shows. */
export function stockBody(cacheId: string, d: StockDraft): unknown {
  const common = {
    itemType: d.itemType,
    condition: d.condition,
    quantity: numberOf(d.quantity),
    reason: d.reason,
  };
  return d.kind === 'move'
    ? { kind: 'move', fromCacheId: cacheId, toCacheId: d.toCacheId, ...common }
    : { kind: d.kind, cacheId, ...common };
}

export interface ItemDraft {
  quantityAvailable: string;
  condition: ItemCondition;
  lastInspected: string;
  notes: string;
}

export function itemDraft(item: CacheItem): ItemDraft {
  return {
    quantityAvailable: shown(item.quantityAvailable),
    condition: item.condition,
    lastInspected: shown(item.lastInspected),
    notes: shown(item.notes),
  };
}

/** The PATCH of one stock row: only what changed (the ready count, condition, inspection date, notes). */
export function itemBody(item: CacheItem, d: ItemDraft): Record<string, unknown> {
  const after = {
    quantityAvailable: numberOf(d.quantityAvailable),
    condition: d.condition,
    lastInspected: textOrNull(d.lastInspected),
    notes: textOrNull(d.notes),
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) {
    if (!Object.is(item[k as keyof typeof after], v)) out[k] = v;
  }
  return out;
}
