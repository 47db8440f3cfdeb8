import { catalogues } from '@siaga/i18n';
import { describe, expect, it } from 'vitest';
import { fieldMessages, serverMessages } from './form_issues.ts';
import { checkDraft, emptyDraft } from './incident_draft.ts';

const t = catalogues.id;
const en = catalogues.en;

describe('fieldMessages', () => {
  it('names every missing or wrong field in the user language, from the API schema', () => {
    const draft = {
      ...emptyDraft('2026-11-29T02:05:00Z'),
      occurredAt: 'kemarin',
      reporterPhone: 'call me',
      peopleAffected: '2.5',
    };
    const r = checkDraft(draft, null);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const m = fieldMessages(t, 'id', r.issues);
    expect(m.title).toBe(t.incidentPanel.errors.required);
    expect(m.incidentType).toBe(t.incidentPanel.errors.choose);
    expect(m.occurredAt).toBe(t.incidentPanel.errors.time);
    expect(m.reporterPhone).toBe(t.incidentPanel.errors.phone);
    expect(m.peopleAffected).toBe(t.incidentPanel.errors.wholeNumber);
    expect(m.location).toBe(t.incidentPanel.errors.location);
    expect(fieldMessages(en, 'en', r.issues).title).toBe(en.incidentPanel.errors.required);
  });

  it('passes a complete draft, with times in WITA', () => {
    const draft = { ...emptyDraft('2026-11-29T02:05:00Z'), title: 'Banjir', incidentType: 'flood' as const };
    const r = checkDraft(draft, [115.24, -8.16]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.body.properties.occurredAt).toBe('2026-11-29T10:05:00+08:00');
  });

  it('refuses a negative number of people affected with its limit', () => {
    const draft = {
      ...emptyDraft('2026-11-29T02:05:00Z'),
      title: 'Banjir',
      incidentType: 'flood' as const,
      peopleAffected: '-3',
    };
    const r = checkDraft(draft, [115.24, -8.16]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(fieldMessages(t, 'id', r.issues).peopleAffected).toBe('Paling sedikit 0.');
  });
});

describe('serverMessages', () => {
  it('puts a refusal on its field, and the rest apart', () => {
    const r = serverMessages([
      { path: 'body.geometry', message: 'the point is in the sea' },
      { path: 'body', message: 'something else' },
    ]);
    expect(r.fields.location).toBe('the point is in the sea');
    expect(r.general).toEqual(['something else']);
  });
});
