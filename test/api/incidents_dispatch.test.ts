import {
  Assignment,
  type CacheFeature,
  IncidentEventList,
  IncidentFeature,
  RoadClosureCollection,
  type Unit,
  UnitList,
} from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { tableCounts } from '../support/table_counts.ts';
import { expectError } from './support/api_client.ts';
import { incidentBody } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true });
/** A seed incident's site in Desa Mengening, Kecamatan Kubutambahan, by a road. */
const mengening = { type: 'Point', coordinates: [115.2452, -8.1628] };
const PAST = '2020-01-01T00:00:00Z';

async function newIncident(properties: Record<string, unknown> = {}): Promise<IncidentFeature> {
  const created = await t.api.post('/api/incidents', incidentBody(properties, mengening));
  expect(created.status, created.text).toBe(201);
  return IncidentFeature.parse(created.json);
}

const setStatus = (id: string, status: string) =>
  t.api.patch(`/api/incidents/${id}`, { properties: { status } });
const eventsOf = async (id: string) =>
  IncidentEventList.parse((await t.api.get(`/api/incidents/${id}/events`)).json).events;
const assign = (id: string, body: unknown) => t.api.post(`/api/incidents/${id}/assignments`, body);
const move = (id: string, a: string, status: string) =>
  t.api.patch(`/api/incidents/${id}/assignments/${a}`, { status });

const used = new Set<string>();
/** An available seed unit no other test of this file took. */
async function availableUnit(): Promise<Unit> {
  const { units } = UnitList.parse((await t.api.get('/api/units?status=available')).json);
  const unit = units.find((u) => !used.has(u.id));
  if (!unit) throw new Error('no available unit left in the seed');
  used.add(unit.id);
  return unit;
}

async function unitStatus(id: string): Promise<string> {
  return ((await t.api.get(`/api/units/${id}`)).json as Unit).status;
}

async function chainsawCache(): Promise<{ id: string; ready: () => Promise<number> }> {
  const caches = (await t.api.get('/api/caches?itemType=chainsaw&minAvailable=2')).json as {
    features: CacheFeature[];
  };
  const cache = caches.features[0];
  if (!cache) throw new Error('no seed cache holds 2 chainsaws');
  const id = cache.properties.id;
  const ready = async () => {
    const items = (await t.api.get(`/api/caches/${id}/items`)).json as CacheFeature['properties']['items'];
    return items
      .filter((i) => i.itemType === 'chainsaw' && i.condition === 'baik')
      .reduce((n, i) => n + i.quantityAvailable, 0);
  };
  return { id, ready };
}

/** Runs a write that must fail and checks that no table gained or lost a row. */
async function refusedWithoutTrace(write: () => ReturnType<typeof t.api.get>, status: number, code: string) {
  const before = await tableCounts(t.database);
  const envelope = expectError(await write(), status, code);
  expect(await tableCounts(t.database)).toEqual(before);
  return envelope;
}

describe('incidents as records', () => {
  it('derives desa and kecamatan from the point, defaults reportedAt and starts the timeline', async () => {
    const before = Date.now();
    const incident = await newIncident({
      reporterName: 'Kadek',
      reporterPhone: '0812 3456 7890',
      peopleAffected: 4,
    });
    expect(incident.properties).toMatchObject({
      desaCode: '51.08.08.2013',
      kecamatanCode: '51.08.08',
      status: 'reported',
      closedAt: null,
      peopleAffected: 4,
    });
    expect(Date.parse(incident.properties.reportedAt)).toBeGreaterThanOrEqual(before - 1_000);
    const events = await eventsOf(incident.properties.id);
    expect(events).toMatchObject([
      { kind: 'created', status: 'reported', actor: { name: expect.any(String) } },
    ]);
    const listed = (await t.api.get('/api/incidents?kecamatanCode=51.08.08&status=reported')).json as {
      features: IncidentFeature[];
    };
    expect(listed.features.map((f) => f.properties.id)).toContain(incident.properties.id);
  });

  it('refuses the desa code from the client: it is derived', async () => {
    await refusedWithoutTrace(
      () => t.api.post('/api/incidents', incidentBody({ desaCode: '51.08.08.2013' }, mengening)),
      422,
      'validation_failed',
    );
  });

  it('moves along the workflow, stamping closedAt and recording every change', async () => {
    const { id } = (await newIncident()).properties;
    expect((await setStatus(id, 'verified')).status).toBe(200);
    expect((await setStatus(id, 'responding')).status).toBe(200);
    const resolved = IncidentFeature.parse((await setStatus(id, 'resolved')).json);
    expect(resolved.properties.closedAt).not.toBeNull();
    expect((await eventsOf(id)).map((e) => [e.kind, e.fromStatus, e.status])).toEqual([
      ['created', null, 'reported'],
      ['status', 'reported', 'verified'],
      ['status', 'verified', 'responding'],
      ['status', 'responding', 'resolved'],
    ]);
    const note = await t.api.post(`/api/incidents/${id}/events`, {
      kind: 'note',
      note: 'Laporan akhir dikirim',
    });
    expect(note.status, note.text).toBe(201);
    expect((await eventsOf(id)).at(-1)).toMatchObject({ kind: 'note', note: 'Laporan akhir dikirim' });
  });
});

describe('bad input: clear errors, nothing half-written', () => {
  it('refuses a status jump the workflow forbids', async () => {
    const { id } = (await newIncident()).properties;
    const envelope = await refusedWithoutTrace(() => setStatus(id, 'resolved'), 409, 'conflict');
    expect(envelope.error.message).toMatch(/from reported to resolved/);
    expect(envelope.error.details[0]?.path).toBe('body.properties.status');
  });

  it('refuses closing an already closed incident', async () => {
    const { id } = (await newIncident()).properties;
    expect((await setStatus(id, 'cancelled')).status).toBe(200);
    for (const status of ['cancelled', 'resolved', 'reported']) {
      const envelope = await refusedWithoutTrace(() => setStatus(id, status), 409, 'conflict');
      expect(envelope.error.message).toMatch(/already cancelled/);
    }
  });

  it('refuses a point in the sea and a point outside the study area, for incidents and closures', async () => {
    const sea = { type: 'Point', coordinates: [115.1, -8.085] };
    const envelope = await refusedWithoutTrace(
      () => t.api.post('/api/incidents', incidentBody({}, sea)),
      422,
      'out_of_study_area',
    );
    expect(envelope.error.message).toMatch(/sea/);
    const java = { type: 'Point', coordinates: [112.75, -7.25] };
    await refusedWithoutTrace(
      () => t.api.post('/api/incidents', incidentBody({}, java)),
      422,
      'out_of_study_area',
    );
    await refusedWithoutTrace(
      () => t.api.post('/api/closures', { type: 'Feature', geometry: java, properties: {} }),
      422,
      'out_of_study_area',
    );
    const { id } = (await newIncident()).properties;
    await refusedWithoutTrace(
      () => t.api.patch(`/api/incidents/${id}`, { geometry: sea }),
      422,
      'out_of_study_area',
    );
  });

  it('refuses a unit assigned twice', async () => {
    const unit = await availableUnit();
    const first = (await newIncident()).properties.id;
    const second = (await newIncident()).properties.id;
    expect((await assign(first, { kind: 'unit', unitId: unit.id })).status).toBe(201);
    const envelope = await refusedWithoutTrace(
      () => assign(second, { kind: 'unit', unitId: unit.id }),
      409,
      'conflict',
    );
    expect(envelope.error.message).toContain(unit.callSign);
    await refusedWithoutTrace(() => assign(first, { kind: 'unit', unitId: unit.id }), 409, 'conflict');
  });

  it('gives a unit to one of two incidents asking at the same moment, and refuses the other', async () => {
    const unit = await availableUnit();
    const [first, second] = [(await newIncident()).properties.id, (await newIncident()).properties.id];
    const answers = await Promise.all(
      [first, second].map((id) => assign(id, { kind: 'unit', unitId: unit.id })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const open = await Promise.all(
      [first, second].map(
        async (id) =>
          ((await t.api.get(`/api/incidents/${id}/assignments`)).json as { assignments: unknown[] })
            .assignments.length,
      ),
    );
    expect(open.sort()).toEqual([0, 1]);
  });

  it('refuses items beyond the stock, and any assignment to a closed incident', async () => {
    const cache = await chainsawCache();
    const ready = await cache.ready();
    const { id } = (await newIncident()).properties;
    const envelope = await refusedWithoutTrace(
      () => assign(id, { kind: 'items', cacheId: cache.id, itemType: 'chainsaw', quantity: ready + 1 }),
      409,
      'conflict',
    );
    expect(envelope.error.message).toMatch(/only \d+ of chainsaw/);
    expect(await cache.ready()).toBe(ready);
    expect((await setStatus(id, 'cancelled')).status).toBe(200);
    const unit = await availableUnit();
    await refusedWithoutTrace(() => assign(id, { kind: 'unit', unitId: unit.id }), 409, 'conflict');
    expect(await unitStatus(unit.id)).toBe('available');
    used.delete(unit.id);
  });

  it('refuses an unknown unit, a backwards assignment move and a unit status set by hand', async () => {
    const { id } = (await newIncident()).properties;
    await refusedWithoutTrace(
      () => assign(id, { kind: 'unit', unitId: '00000000-0000-4000-8000-000000000000' }),
      422,
      'validation_failed',
    );
    const unit = await availableUnit();
    const a = Assignment.parse((await assign(id, { kind: 'unit', unitId: unit.id })).json);
    expect((await move(id, a.id, 'on_scene')).status).toBe(200);
    await refusedWithoutTrace(() => move(id, a.id, 'en_route'), 409, 'conflict');
    await refusedWithoutTrace(
      () => t.api.patch(`/api/units/${unit.id}`, { status: 'maintenance' }),
      409,
      'conflict',
    );
    await refusedWithoutTrace(
      () => t.api.patch(`/api/units/${unit.id}`, { status: 'assigned' }),
      422,
      'validation_failed',
    );
    await refusedWithoutTrace(() => t.api.delete(`/api/units/${unit.id}`), 409, 'conflict');
  });
});

describe('assignments', () => {
  it('sends a unit with its modelled ETA, stamps each move and releases it when cleared', async () => {
    const { id } = (await newIncident()).properties;
    const unit = await availableUnit();
    const created = await assign(id, { kind: 'unit', unitId: unit.id });
    expect(created.status, created.text).toBe(201);
    const a = Assignment.parse(created.json);
    expect(a).toMatchObject({ kind: 'unit', unitId: unit.id, postId: unit.postId, status: 'dispatched' });
    expect(a.etaSeconds).toBeGreaterThan(0);
    expect(await unitStatus(unit.id)).toBe('assigned');
    const { units: offered } = UnitList.parse((await t.api.get('/api/units?status=available')).json);
    expect(offered.map((u) => u.id)).not.toContain(unit.id);
    for (const status of ['en_route', 'on_scene', 'cleared'])
      expect((await move(id, a.id, status)).status).toBe(200);
    const done = Assignment.parse((await t.api.get(`/api/incidents/${id}/assignments/${a.id}`)).json);
    expect([done.enRouteAt, done.arrivedAt, done.clearedAt].every((s) => s !== null)).toBe(true);
    expect(await unitStatus(unit.id)).toBe('available');
    used.delete(unit.id);
    expect((await eventsOf(id)).map((e) => [e.kind, e.assignmentStatus])).toEqual([
      ['created', null],
      ['assignment', null],
      ['assignment_status', 'en_route'],
      ['assignment_status', 'on_scene'],
      ['assignment_status', 'cleared'],
    ]);
  });

  it('issues items from the cache and returns them when the incident closes', async () => {
    const cache = await chainsawCache();
    const ready = await cache.ready();
    const { id } = (await newIncident()).properties;
    const unit = await availableUnit();
    const items = await assign(id, { kind: 'items', cacheId: cache.id, itemType: 'chainsaw', quantity: 2 });
    expect(items.status, items.text).toBe(201);
    expect(await cache.ready()).toBe(ready - 2);
    expect((await assign(id, { kind: 'unit', unitId: unit.id })).status).toBe(201);
    expect((await setStatus(id, 'responding')).status).toBe(200);
    expect((await setStatus(id, 'resolved')).status).toBe(200);
    expect(await cache.ready()).toBe(ready);
    expect(await unitStatus(unit.id)).toBe('available');
    used.delete(unit.id);
    const listed = (await t.api.get(`/api/incidents/${id}/assignments`)).json as {
      assignments: Assignment[];
    };
    expect(listed.assignments.map((x) => x.status)).toEqual(['cleared', 'cleared']);
    await refusedWithoutTrace(() => t.api.delete(`/api/incidents/${id}`), 409, 'conflict');
  });
});

describe('closures', () => {
  it('stores a closure named by its road, ties it to the incident and routes around it by default', async () => {
    const { id } = (await newIncident()).properties;
    const ask = async (storedClosures?: boolean) => {
      const answer = await t.api.post('/api/routing/closest', {
        incident: mengening,
        layer: 'posts',
        k: 1,
        ...(storedClosures === undefined ? {} : { storedClosures }),
      });
      expect(answer.status, answer.text).toBe(200);
      return answer.json as {
        closedLinks: number;
        posts: { results: { etaS: number; route: { coordinates: number[][] } }[] };
      };
    };
    const open = await ask();
    const route = open.posts.results[0]?.route.coordinates ?? [];
    const onRoute = route[Math.floor(route.length * 0.9)];
    const created = await t.api.post('/api/closures', {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: onRoute },
      properties: { reason: 'Longsor menutup jalan', incidentId: id },
    });
    expect(created.status, created.text).toBe(201);
    const closure = RoadClosureCollection.shape.features.element.parse(created.json);
    expect(closure.properties.roadName).not.toBeNull();
    expect((await eventsOf(id)).at(-1)).toMatchObject({ kind: 'closure', closureId: closure.properties.id });
    const moved = await t.api.patch(`/api/closures/${closure.properties.id}`, {
      geometry: { type: 'Point', coordinates: onRoute },
    });
    expect(RoadClosureCollection.shape.features.element.parse(moved.json).properties.roadName).toBe(
      closure.properties.roadName,
    );
    const closed = await ask();
    expect(closed.closedLinks).toBeGreaterThan(0);
    expect(closed.posts.results[0]?.etaS ?? Number.POSITIVE_INFINITY).toBeGreaterThan(
      open.posts.results[0]?.etaS ?? 0,
    );
    expect((await ask(false)).closedLinks).toBe(0);
    expect(
      (await t.api.patch(`/api/closures/${closure.properties.id}`, { properties: { expiresAt: PAST } }))
        .status,
    ).toBe(200);
    const active = RoadClosureCollection.parse((await t.api.get('/api/closures')).json);
    expect(active.features.map((f) => f.properties.id)).not.toContain(closure.properties.id);
    const all = RoadClosureCollection.parse((await t.api.get('/api/closures?includeExpired=true')).json);
    expect(all.features.map((f) => f.properties.id)).toContain(closure.properties.id);
    expect((await ask()).closedLinks).toBe(0);
  });
});

describe('an incident cut off by closures', () => {
  it('says so and names the reachable point nearest to it', async () => {
    // The centre of Desa Mengening, on its road, ringed by a closure about 1.1 km out: its own streets stay open.
    const centre = { type: 'Point', coordinates: [115.242, -8.158] };
    const [lon, lat] = centre.coordinates as [number, number];
    const d = 0.01;
    const ring = [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ];
    const answer = await t.api.post('/api/routing/closest', {
      incident: centre,
      layer: 'posts',
      closures: [{ type: 'LineString', coordinates: ring }],
      storedClosures: false,
    });
    expect(answer.status, answer.text).toBe(200);
    const body = answer.json as {
      incident: { routable: boolean };
      posts: { results: unknown[] };
      cutOff: { nearestReachable: { distanceM: number; roadName: string | null } | null } | null;
    };
    expect(body.incident.routable).toBe(true);
    expect(body.posts.results).toEqual([]);
    expect(body.cutOff?.nearestReachable?.distanceM).toBeGreaterThan(1_000);
    expect(body.cutOff?.nearestReachable?.roadName).not.toBeNull();
    const open = (await t.api.post('/api/routing/closest', { incident: centre, layer: 'posts' })).json as {
      cutOff: unknown;
    };
    expect(open.cutOff).toBeNull();
  });
});

describe('dispatch message', () => {
  it('answers the message in Indonesian and English with the unit, its arrival and the WhatsApp link', async () => {
    const { id } = (await newIncident({ title: 'Longsor di Banjar Dinas Sangker' })).properties;
    const unit = await availableUnit();
    expect((await assign(id, { kind: 'unit', unitId: unit.id })).status).toBe(201);
    const id_ = await t.api.get(`/api/incidents/${id}/dispatch-message`);
    expect(id_.status, id_.text).toBe(200);
    const message = id_.json as { lang: string; text: string; whatsappUrl: string; geoUri: string };
    expect(message.lang).toBe('id');
    expect(message.text).toContain('*KEJADIAN: Longsor di Banjar Dinas Sangker*');
    expect(message.text).toContain('Lokasi: Mengening, Kecamatan Kubutambahan');
    expect(message.text).toContain(`- ${unit.callSign} (`);
    expect(message.text).toMatch(/tiba sekitar pukul \d\d\.\d\d WITA/);
    expect(message.geoUri).toBe('geo:-8.16280,115.24520');
    expect(message.whatsappUrl).toBe(`https://wa.me/?text=${encodeURIComponent(message.text)}`);
    const en = (await t.api.get(`/api/incidents/${id}/dispatch-message?lang=en`)).json as { text: string };
    expect(en.text).toContain('*INCIDENT: Longsor di Banjar Dinas Sangker*');
    expectError(await t.api.get(`/api/incidents/${id}/dispatch-message?lang=fr`), 422, 'validation_failed');
  });
});

describe('units', () => {
  it('gives every operational seed post its units and lets logistics add, edit and retire one', async () => {
    const { units } = UnitList.parse((await t.api.get('/api/units')).json);
    expect(units.length).toBeGreaterThanOrEqual(20);
    const postId = units[0]?.postId as string;
    const created = await t.api.post('/api/units', {
      postId,
      callSign: 'UJI 1',
      unitType: 'pickup',
      crew: 2,
    });
    expect(created.status, created.text).toBe(201);
    const unit = created.json as Unit;
    expect(created.headers.get('location')).toBe(`/api/units/${unit.id}`);
    await refusedWithoutTrace(
      () => t.api.post('/api/units', { postId, callSign: 'UJI 1', unitType: 'pickup' }),
      409,
      'conflict',
    );
    const edited = await t.api.call(
      'PATCH',
      `/api/units/${unit.id}`,
      { status: 'maintenance' },
      { 'if-match': '"1"' },
    );
    expect(edited.status, edited.text).toBe(200);
    expectError(
      await t.api.call('PATCH', `/api/units/${unit.id}`, { crew: 3 }, { 'if-match': '"1"' }),
      412,
      'precondition_failed',
    );
    expect((await t.api.delete(`/api/units/${unit.id}`)).status).toBe(204);
    expectError(await t.api.get(`/api/units/${unit.id}`), 404, 'not_found');
  });
});
