import { IncidentCollection } from '@siaga/api';
import { IncidentFeature } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { expectError, idOf } from './support/api_client.ts';
import { incidentBody } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp();
const mengening = { type: 'Point', coordinates: [115.242, -8.158] };

describe('incidents: happy paths', () => {
  it('creates an incident with the default status and reads it back', async () => {
    const created = await t.api.post('/api/incidents', incidentBody({}, mengening));
    expect(created.status, created.text).toBe(201);
    const incident = IncidentFeature.parse(created.json);
    // No desa is loaded in this database: the place stays unknown (incidents_dispatch.test.ts derives it).
    expect(incident.properties).toMatchObject({ status: 'reported', desaCode: null, closedAt: null });
    expect(Date.parse(incident.properties.occurredAt)).toBe(Date.parse('2023-01-02T19:30:00+08:00'));
    expect(created.headers.get('location')).toBe(`/api/incidents/${incident.properties.id}`);
    expect((await t.api.get(`/api/incidents/${incident.properties.id}`)).json).toEqual(created.json);
  });

  it('filters by status, type and time window', async () => {
    const at = { type: 'Point', coordinates: [114.55, -8.3] };
    const fire = idOf(
      await t.api.post(
        '/api/incidents',
        incidentBody(
          { incidentType: 'forest_fire', status: 'responding', occurredAt: '2024-09-01T10:00:00Z' },
          at,
        ),
      ),
    );
    const bbox = 'bbox=114.549,-8.301,114.551,-8.299';
    const ids = async (query: string) =>
      IncidentCollection.parse((await t.api.get(`/api/incidents?${bbox}&${query}`)).json).features.map(
        (f) => f.properties.id,
      );
    expect(await ids('status=responding')).toEqual([fire]);
    expect(await ids('status=resolved')).toEqual([]);
    expect(await ids('incidentType=forest_fire')).toEqual([fire]);
    expect(await ids('from=2024-08-31T00:00:00Z&to=2024-09-02T00:00:00Z')).toEqual([fire]);
    expect(await ids('from=2024-09-02T00:00:00Z')).toEqual([]);
    expect(await ids('to=2024-08-31T00:00:00%2B08:00')).toEqual([]);
  });

  it('patches the status along the workflow and deletes', async () => {
    const id = idOf(await t.api.post('/api/incidents', incidentBody()));
    const patch = (status: string) => t.api.patch(`/api/incidents/${id}`, { properties: { status } });
    expect((await patch('responding')).status).toBe(200);
    const patched = await patch('resolved');
    expect(patched.status).toBe(200);
    expect(IncidentFeature.parse(patched.json).properties).toMatchObject({ status: 'resolved' });
    expect(IncidentFeature.parse(patched.json).properties.closedAt).not.toBeNull();
    expect((await t.api.delete(`/api/incidents/${id}`)).status).toBe(204);
    expectError(await t.api.get(`/api/incidents/${id}`), 404, 'not_found');
  });
});

describe('incidents: errors', () => {
  it('refuses a time without offset and a bad time filter', async () => {
    const envelope = expectError(
      await t.api.post('/api/incidents', incidentBody({ occurredAt: 'yesterday' })),
      422,
      'validation_failed',
    );
    expect(envelope.error.details[0]?.path).toBe('body.properties.occurredAt');
    expectError(await t.api.get('/api/incidents?from=2024-13-01'), 422, 'validation_failed');
  });
});
