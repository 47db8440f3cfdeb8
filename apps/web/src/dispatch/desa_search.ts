import type { AdminAreaFeature } from '@siaga/schema';

/** A desa as the incident search offers it: "Name (Kecamatan)", so same-named desa stay apart. */
export interface DesaOption {
  label: string;
  name: string;
  feature: AdminAreaFeature;
}

/** Every desa with its kecamatan's name, sorted by label; a desa whose kecamatan is unknown shows its code. */
export function desaOptions(
  desa: readonly AdminAreaFeature[],
  kecamatan: readonly AdminAreaFeature[],
): DesaOption[] {
  const kec = new Map(kecamatan.map((k) => [k.properties.code, k.properties.name]));
  return desa
    .map((d) => ({
      label: `${d.properties.name} (${kec.get(d.properties.parentCode ?? '') ?? d.properties.parentCode ?? ''})`,
      name: d.properties.name,
      feature: d,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The desa a typed name means, case-insensitively: the full label first, then the bare name, then the first
 * label it begins; null for empty text or no match.
 * @example findDesa(options, 'mengening')?.label === 'Mengening (Kubutambahan)'
 */
export function findDesa(options: readonly DesaOption[], text: string): DesaOption | null {
  const q = text.trim().toLowerCase();
  if (q === '') return null;
  return (
    options.find((o) => o.label.toLowerCase() === q) ??
    options.find((o) => o.name.toLowerCase() === q) ??
    options.find((o) => o.label.toLowerCase().startsWith(q)) ??
    null
  );
}
