/** The 9 kecamatan of Buleleng: Kemendagri code, BPS SP2020 census population (DOMAIN.md). */
export interface KecamatanRow {
  code: string;
  name: string;
  populationSp2020: number;
}

export const KECAMATAN: readonly KecamatanRow[] = [
  { code: '51.08.01', name: 'Gerokgak', populationSp2020: 97_552 },
  { code: '51.08.02', name: 'Seririt', populationSp2020: 93_412 },
  { code: '51.08.03', name: 'Busungbiu', populationSp2020: 52_690 },
  { code: '51.08.04', name: 'Banjar', populationSp2020: 86_205 },
  { code: '51.08.05', name: 'Sukasada', populationSp2020: 89_774 },
  { code: '51.08.06', name: 'Buleleng', populationSp2020: 150_211 },
  { code: '51.08.07', name: 'Sawan', populationSp2020: 80_174 },
  { code: '51.08.08', name: 'Kubutambahan', populationSp2020: 68_778 },
  { code: '51.08.09', name: 'Tejakula', populationSp2020: 73_017 },
];

export const KABUPATEN = { code: '51.08', name: 'Buleleng', populationSp2020: 791_813 } as const;
