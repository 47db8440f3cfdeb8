import { type Catalogue, fill } from '@siaga/i18n';

/** "Jl. Ahmad Yani ditutup", or "Jalan tanpa nama ditutup". */
export function closureName(t: Catalogue, roadName: string | null): string {
  return roadName === null
    ? t.directions.closureUnnamed
    : fill(t.directions.closureNamed, { road: roadName });
}
