import type { Catalogue } from '@siaga/i18n';
import type { Place } from '../find_selected.ts';
import type { FieldRow } from './field_list.tsx';

export function placeRows(t: Catalogue, place: Place): FieldRow[] {
  return [
    { label: t.details.desa, value: place.desa?.properties.name ?? null },
    { label: t.details.kecamatan, value: place.kecamatan?.properties.name ?? null },
  ];
}
