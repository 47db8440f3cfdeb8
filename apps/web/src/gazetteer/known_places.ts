/**
 * Places people name that are not desa: the town, the beach strip, landmarks. Each maps to the desa (Kemendagri
 * codes, as in data/admin_areas.geojson) it lies in, the first being where a search result for it points.
 *
 * Source: curated by hand for Siaga from general knowledge of Buleleng and public descriptions of the places
 * (the Wikipedia articles on Singaraja and Lovina Beach, the kabupaten's tourism pages), checked at desa level
 * only. No coordinates here: a result stands at its desa's label point from the loaded admin areas. Add a place
 * only when its desa is known for certain.
 */
export interface KnownPlace {
  /** The names people use; the first is shown. */
  names: readonly string[];
  desaCodes: readonly string[];
}

export const KNOWN_PLACES: readonly KnownPlace[] = [
  {
    // The kabupaten capital: the kelurahan of Kecamatan Buleleng, the one bearing the name first.
    names: ['Singaraja', 'Kota Singaraja'],
    desaCodes: [
      '51.08.06.1010', // Kampung Singaraja
      '51.08.06.1006', // Banyuasri
      '51.08.06.1007', // Banjar Tegal
      '51.08.06.1008', // Kendran
      '51.08.06.1009', // Paket Agung
      '51.08.06.1011', // Liligundi
      '51.08.06.1012', // Beratan
      '51.08.06.1019', // Banyuning
      '51.08.06.1020', // Penarukan
      '51.08.06.1021', // Kampung Kajanan
      '51.08.06.1022', // Astina
      '51.08.06.1023', // Banjar Jawa
      '51.08.06.1024', // Kaliuntu
      '51.08.06.1025', // Kampung Anyar
      '51.08.06.1026', // Kampung Bugis
      '51.08.06.1027', // Banjar Bali
      '51.08.06.1029', // Kampung Baru
    ],
  },
  {
    // The beach strip west of Singaraja; the dolphin statue and centre are in Kalibukbuk.
    names: ['Lovina', 'Pantai Lovina'],
    desaCodes: ['51.08.06.2001', '51.08.06.2002', '51.08.04.2017'], // Kalibukbuk, Anturan, Kaliasem
  },
  { names: ['Air Terjun Gitgit', 'Gitgit waterfall'], desaCodes: ['51.08.05.2004'] },
  { names: ['Air Terjun Sekumpul', 'Sekumpul waterfall'], desaCodes: ['51.08.07.2003'] },
  { names: ['Danau Buyan'], desaCodes: ['51.08.05.2001'] }, // Pancasari
  { names: ['Danau Tamblingan'], desaCodes: ['51.08.04.2006', '51.08.04.2007'] }, // Munduk, Gobleg
  { names: ['Air Panas Banjar', 'Banjar hot springs'], desaCodes: ['51.08.04.2013'] },
  { names: ['Pura Pulaki'], desaCodes: ['51.08.01.2005'] }, // Banyupoh
  { names: ['Pelabuhan Celukan Bawang'], desaCodes: ['51.08.01.2013'] },
  { names: ['Pulau Menjangan'], desaCodes: ['51.08.01.2001'] }, // Sumberklampok
  { names: ['Air Sanih', 'Yeh Sanih'], desaCodes: ['51.08.08.2012'] }, // Bukti
  { names: ['Pura Meduwe Karang'], desaCodes: ['51.08.08.2011'] }, // Kubutambahan
  { names: ['Pura Beji Sangsit'], desaCodes: ['51.08.07.2012'] }, // Sangsit
];
