import { catalogues } from '@siaga/i18n';
import type { Assignment, IncidentEvent } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { assignmentLabel, eventText } from './event_text.ts';

const t = catalogues.id;

function event(p: Partial<IncidentEvent>): IncidentEvent {
  return {
    id: 1,
    incidentId: 'i',
    at: '2026-11-29T02:00:00Z',
    kind: 'note',
    actor: { userId: null, name: 'dina' },
    status: null,
    fromStatus: null,
    assignmentId: null,
    assignmentStatus: null,
    closureId: null,
    note: null,
    ...p,
  };
}

describe('eventText', () => {
  it('says who did what, in the user language', () => {
    const what = (id: string | null) => (id === 'a1' ? 'DMK-1 dari Pos Sawan' : '');
    expect(eventText(t, event({ kind: 'created', status: 'reported' }), what)).toBe(
      'dina mencatat kejadian (Dilaporkan)',
    );
    expect(eventText(t, event({ kind: 'status', fromStatus: 'responding', status: 'resolved' }), what)).toBe(
      'dina mengubah status: Ditangani → Selesai',
    );
    expect(eventText(t, event({ kind: 'assignment', assignmentId: 'a1' }), what)).toBe(
      'dina menugaskan DMK-1 dari Pos Sawan',
    );
    expect(
      eventText(t, event({ kind: 'closure', closureId: 'c1' }), what, (id) =>
        id === 'c1' ? 'Jl. Raya' : null,
      ),
    ).toBe('dina menandai jalan tertutup: Jl. Raya');
    expect(eventText(catalogues.en, event({ kind: 'note', note: 'Warga mengungsi' }), what)).toContain(
      'Warga mengungsi',
    );
  });
});

describe('assignmentLabel', () => {
  it('names a unit by call sign and post, items by quantity, type and cache', () => {
    const base = { id: 'a', incidentId: 'i', status: 'dispatched' } as Assignment;
    const names = (id: string) => ({ p1: 'Pos Sawan', c1: 'Gudang Sawan' })[id] ?? id;
    expect(
      assignmentLabel(t, 'id', { ...base, kind: 'unit', unitId: 'u1', postId: 'p1' }, names, () => 'DMK-1'),
    ).toBe('DMK-1 dari Pos Sawan');
    expect(
      assignmentLabel(
        t,
        'id',
        { ...base, kind: 'items', cacheId: 'c1', itemType: 'chainsaw', quantity: 2 },
        names,
        () => '',
      ),
    ).toBe('2 × Gergaji mesin (chainsaw) dari Gudang Sawan');
  });
});
