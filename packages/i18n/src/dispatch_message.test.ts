import { describe, expect, it } from 'vitest';
import { type DispatchMessageInput, dispatchMessage } from './dispatch_message.ts';

const input: DispatchMessageInput = {
  incident: {
    title: 'Tanah longsor Banjar Dinas Sangker',
    incidentType: 'landslide',
    status: 'responding',
    reportedAt: '2026-01-10T06:05:00Z',
    lon: 115.2452,
    lat: -8.1628,
    desaName: 'Mengening',
    kecamatanName: 'Kubutambahan',
    reporterName: 'Kadek',
    reporterPhone: '0812 3456 7890',
    peopleAffected: 4,
    notes: null,
  },
  units: [
    {
      callSign: 'DMK-KBT 1',
      unitType: 'fire_engine',
      postName: 'Pos Damkar Kubutambahan',
      etaSeconds: 1_130,
      departAt: '2026-01-10T06:10:00Z',
      roads: ['Jalan Raya Kubutambahan', 'Jalan Mengening'],
    },
  ],
  items: [
    {
      itemType: 'chainsaw',
      quantity: 2,
      cacheName: 'Gudang BPBD Buleleng',
      etaSeconds: null,
      departAt: '2026-01-10T06:10:00Z',
      roads: [],
    },
  ],
  closures: [{ roadName: 'Jalan Banjar Dinas Sangker', reason: 'longsor' }],
  areaNames: ['Buleleng'],
};

describe('dispatchMessage', () => {
  it('writes the Indonesian message with WITA arrival time, desa, geo link and closures', () => {
    const { text, geoUri, whatsappUrl } = dispatchMessage(input, 'id');
    expect(geoUri).toBe('geo:-8.16280,115.24520');
    expect(text).toBe(
      [
        '*KEJADIAN: Tanah longsor Banjar Dinas Sangker*',
        'Jenis: Tanah longsor · Status: Ditangani',
        'Dilaporkan: 10 Jan 2026, 14.05 WITA',
        'Pelapor: Kadek, 0812 3456 7890',
        'Terdampak: 4 orang',
        'Lokasi: Mengening, Kecamatan Kubutambahan',
        'Koordinat: -8.16280, 115.24520',
        'Peta: geo:-8.16280,115.24520',
        '',
        'Unit dikirim:',
        '- DMK-KBT 1 (Mobil pemadam kebakaran) dari Pos Damkar Kubutambahan, tiba sekitar pukul 14.29 WITA (19 menit), lewat Jalan Raya Kubutambahan, Jalan Mengening',
        '',
        'Peralatan:',
        '- 2 × Gergaji mesin (chainsaw) dari Gudang BPBD Buleleng',
        '',
        'Jalan tertutup, hindari:',
        '- Jalan Banjar Dinas Sangker (longsor)',
        '',
        'Pusdalops BPBD Kabupaten Buleleng',
      ].join('\n'),
    );
    expect(whatsappUrl).toBe(`https://wa.me/?text=${encodeURIComponent(text)}`);
  });

  it('writes English when asked, and says when no unit is dispatched yet', () => {
    const { text } = dispatchMessage({ ...input, units: [], items: [], closures: [] }, 'en');
    expect(text).toContain('*INCIDENT: Tanah longsor Banjar Dinas Sangker*');
    expect(text).toContain('Type: Landslide · Status: Responding');
    expect(text).toContain('Location: Mengening, Kubutambahan district');
    expect(text).toContain('No unit dispatched yet.');
    expect(text).not.toContain('Closed roads');
  });

  it('names a point outside the recorded villages and leaves out unknown reporter and figures', () => {
    const bare = {
      ...input,
      incident: {
        ...input.incident,
        desaName: null,
        reporterName: null,
        reporterPhone: null,
        peopleAffected: null,
      },
    };
    const { text } = dispatchMessage(bare, 'id');
    expect(text).toContain('Lokasi: di luar desa yang tercatat');
    expect(text).not.toContain('Pelapor');
    expect(text).not.toContain('Terdampak');
  });
});
