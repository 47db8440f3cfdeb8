import { ItemType, type PostKind, type PostStatus } from '@siaga/schema';
import { firstFilled } from './hazard_classes.ts';
import { count, kemendagriCode } from './spreadsheet_values.ts';

/** What reading one field of a row says: the value to send to the create schema, and a repair, if any. */
export interface FieldRead {
  value: unknown;
  repaired?: string | undefined;
  error?: string | undefined;
}

const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v).trim() || undefined);

function oneOf<T extends string>(raw: unknown, words: [RegExp, T][], what: string): FieldRead {
  const v = text(raw)?.toLowerCase().replace(/_/g, ' ');
  if (v === undefined) return { value: undefined };
  for (const [re, value] of words) if (re.test(v)) return { value };
  return { value: undefined, error: `"${raw}" is not a ${what}` };
}

const KINDS: [RegExp, PostKind][] = [
  [/^fire station$|damkar|pemadam|fire/, 'fire_station'],
  [/^combined post$|gabungan|terpadu|combined/, 'combined_post'],
  [/^volunteer post$|relawan|volunteer|destana/, 'volunteer_post'],
  [/^bpbd post$|bpbd|pusdalops/, 'bpbd_post'],
];
const STATUSES: [RegExp, PostStatus][] = [
  [/^(operational|operasional|aktif|active|beroperasi)$/, 'operational'],
  [/^(planned|direncanakan|rencana)$/, 'planned'],
  [/^(proposed|usulan|diusulkan)$/, 'proposed'],
  [/^(closed|tutup|nonaktif|tidak aktif)$/, 'closed'],
];

/** Indonesian column names of the equipment catalogue (the keys themselves are read too). */
const ITEM_WORDS: Record<string, string> = {
  mobil_pemadam: 'fire_engine',
  mobil_tangki_air: 'water_tanker',
  kendaraan_rescue: 'rescue_vehicle',
  ambulans: 'ambulance',
  pompa_portabel: 'portable_pump',
  gergaji_mesin: 'chainsaw',
  perahu_karet: 'rubber_boat',
  pelampung: 'life_jacket',
  genset: 'generator',
  menara_lampu: 'light_tower',
  tenda: 'tent',
  kotak_p3k: 'first_aid_kit',
  tandu: 'stretcher',
  ekskavator: 'excavator',
  alat_tangan: 'hand_tools',
};

function whole(raw: unknown): FieldRead {
  const v = text(raw);
  if (v === undefined) return { value: undefined };
  const n = count(v);
  return 'error' in n ? { value: undefined, error: n.error } : { value: n.value, repaired: n.repaired };
}

function desaCode(raw: unknown): FieldRead {
  const v = text(raw);
  if (v === undefined) return { value: undefined };
  const c = kemendagriCode(v);
  return 'error' in c ? { value: undefined, error: c.error } : { value: c.value, repaired: c.repaired };
}

/** Post properties, by the names an official list uses in Bahasa Indonesia or English. */
export function postFields(p: Record<string, unknown>): Record<string, FieldRead> {
  const status = oneOf(firstFilled(p, ['status', 'kondisi_pos']), STATUSES, 'post status');
  return {
    name: { value: text(firstFilled(p, ['nama', 'name', 'nama_pos'])) },
    kind: oneOf(firstFilled(p, ['jenis', 'kind', 'tipe', 'type', 'jenis_pos']), KINDS, 'kind of post'),
    status:
      status.value === undefined && status.error === undefined
        ? { value: 'operational', repaired: 'no status: taken as operational' }
        : status,
    address: { value: text(firstFilled(p, ['alamat', 'address'])) },
    desaCode: desaCode(firstFilled(p, ['kode_desa', 'desa_code', 'desacode', 'kode_kemendagri'])),
    staff: whole(firstFilled(p, ['personel', 'jumlah_personel', 'staff'])),
    vehicles: whole(firstFilled(p, ['kendaraan', 'jumlah_kendaraan', 'vehicles'])),
    turnoutSeconds: whole(firstFilled(p, ['turnout_seconds', 'turnoutseconds', 'waktu_keluar_detik'])),
    source: { value: text(firstFilled(p, ['sumber', 'source'])) },
    notes: { value: text(firstFilled(p, ['catatan', 'keterangan', 'notes'])) },
  };
}

/** Cache properties and its stock: one column per item type (key or Indonesian name) holding a quantity. */
export function cacheFields(p: Record<string, unknown>): {
  fields: Record<string, FieldRead>;
  post: string | null;
} {
  const items: { itemType: string; quantity: number; quantityAvailable: number }[] = [];
  const fields: Record<string, FieldRead> = {
    name: { value: text(firstFilled(p, ['nama', 'name', 'nama_gudang'])) },
    desaCode: desaCode(firstFilled(p, ['kode_desa', 'desa_code', 'desacode', 'kode_kemendagri'])),
    notes: { value: text(firstFilled(p, ['catatan', 'keterangan', 'notes'])) },
  };
  for (const [key, raw] of Object.entries(p)) {
    const type = ITEM_WORDS[key] ?? (ItemType.safeParse(key).success ? key : undefined);
    if (type === undefined) continue;
    const q = whole(raw);
    if (q.error) fields[key] = q;
    else if (typeof q.value === 'number' && q.value > 0) {
      items.push({ itemType: type, quantity: q.value, quantityAvailable: q.value });
      if (q.repaired) fields[key] = { value: undefined, repaired: q.repaired };
    }
  }
  fields.items = { value: Array.isArray(p.items) ? p.items : items };
  return { fields, post: text(firstFilled(p, ['pos', 'post', 'nama_pos', 'post_name'])) ?? null };
}
