import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { type ApiApp, createApp } from '@siaga/api';
import { type Database, posts, roads } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { closestFacility, deserializeGraph, edgeCount, FIRE_ENGINE, nodeCount } from '@siaga/geo';
import { ClosestResponse, NetworkInfo, PostCreate, RoadCreate } from '@siaga/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetworkService, type NetworkService } from '../../apps/api/src/network/network_service.ts';
import { testActor } from '../support/db_fixtures.ts';
import { type Client, client, expectError } from './support/api_client.ts';

/** A quiet corner far from Bali (lat 0), so the hand-made network is the only one and no kabupaten applies. */
const lon0 = 30;

let database: Database;
let app: ApiApp;
let api: Client;
let network: NetworkService;
let clock = 0;

beforeAll(async () => {
  database = await freshDatabase();
  network = createNetworkService(database, { now: () => clock });
  app = createApp({ database, network, log: () => {}, anonymousRead: true });
  api = client(app);
});
afterAll(() => database?.close());

/** Moves the service's clock past its 1 s check interval, so the next request asks the database again. */
const tick = () => {
  clock += 1_001;
};

function road(sourceId: string, coordinates: [number, number][], properties: Record<string, unknown> = {}) {
  return RoadCreate.parse({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates },
    properties: { roadClass: 'residential', sourceId, name: `Jalan ${sourceId}`, ...properties },
  });
}

const info = async () => NetworkInfo.parse((await api.get('/api/network')).json);
const incidentAt = (coordinates: [number, number]) => ({
  incident: { type: 'Point', coordinates },
  layer: 'posts',
});

describe('the network before any road is imported', () => {
  it('reports an empty network and answers routing with 503 unavailable', async () => {
    const empty = await info();
    expect(empty).toMatchObject({ roads: 0, nodes: 0, edges: 0, bbox: null });
    const answer = await api.post('/api/routing/closest', incidentAt([lon0, 0]));
    const e = expectError(answer, 503, 'unavailable');
    expect(e.error.message).toContain('import roads');
    expectError(await api.get('/api/network/graph.bin'), 503, 'unavailable');
  });
});

describe('the network with hand-made roads', () => {
  let postId: string;

  beforeAll(async () => {
    await roads.create(
      database.db,
      [
        road('a', [
          [lon0, 0],
          [lon0 + 0.01, 0],
        ]),
        road('b', [
          [lon0 + 0.01, 0],
          [lon0 + 0.02, 0],
        ]),
        // Private: barred for a fire engine, so points beside its far end are more than 5 km from a usable road.
        road(
          'gated',
          [
            [lon0 + 0.02, 0],
            [lon0 + 0.1, 0],
          ],
          { access: 'private', roadClass: 'service' },
        ),
      ],
      testActor,
    );
    const [post] = await posts.create(
      database.db,
      [
        PostCreate.parse({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [lon0, 0] },
          properties: { name: 'Pos Uji', kind: 'fire_station', status: 'operational', turnoutSeconds: 60 },
        }),
      ],
      testActor,
    );
    postId = post?.properties.id ?? '';
    tick();
  });

  it('builds the graph and describes it', async () => {
    const now = await info();
    expect(now.roads).toBe(3);
    expect(now.nodes).toBe(4);
    expect(now.edges).toBe(6);
    expect(now.bbox).toEqual([lon0, 0, lon0 + 0.1, 0]);
  });

  it('serves graph.bin that deserializes to the same graph and answers the same closest facility', async () => {
    const res = await app.request('/api/network/graph.bin');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const now = await info();
    expect(res.headers.get('etag')).toBe(`"${now.version}"`);
    const graph = deserializeGraph(await res.arrayBuffer());
    expect([nodeCount(graph), edgeCount(graph)]).toEqual([now.nodes, now.edges]);
    const incident: [number, number] = [lon0 + 0.015, 0.0005];
    const answer = ClosestResponse.parse((await api.post('/api/routing/closest', incidentAt(incident))).json);
    const local = closestFacility(graph, FIRE_ENGINE, incident, [
      { id: postId, point: [lon0, 0], turnoutSeconds: 60 },
    ]);
    expect(answer.posts?.results.map((r) => [r.facility.properties.id, r.etaS, r.distanceM])).toEqual(
      local.routes.map((r) => [r.facilityId, r.etaS, r.distanceM]),
    );
  });

  it('sends graph.bin gzipped when Accept-Encoding allows it, and plain when it refuses gzip', async () => {
    const plain = await app.request('/api/network/graph.bin');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    const bytes = new Uint8Array(await plain.arrayBuffer());
    const zipped = await app.request('/api/network/graph.bin', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('etag')).toBe(plain.headers.get('etag'));
    expect(new Uint8Array(gunzipSync(new Uint8Array(await zipped.arrayBuffer())))).toEqual(bytes);
    const refused = await app.request('/api/network/graph.bin', {
      headers: { 'accept-encoding': 'gzip;q=0, identity' },
    });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(new Uint8Array(await refused.arrayBuffer())).toEqual(bytes);
  });

  it('answers 304 to If-None-Match with the current ETag, 200 to a stale one', async () => {
    const { version } = await info();
    const ask = (etag: string) =>
      app.request('/api/network/graph.bin', { headers: { 'if-none-match': etag } });
    const fresh = await ask(`"${version}"`);
    expect(fresh.status).toBe(304);
    expect(await fresh.text()).toBe('');
    expect(fresh.headers.get('etag')).toBe(`"${version}"`);
    expect((await ask(`W/"${version}", "other"`)).status).toBe(304);
    const stale = await ask('"old"');
    expect(stale.status).toBe(200);
    expect((await stale.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('answers an incident beyond the snap distance from usable roads as not routable', async () => {
    const answer = await api.post('/api/routing/closest', incidentAt([lon0 + 0.095, 0.001]));
    expect(answer.status).toBe(200);
    const r = ClosestResponse.parse(answer.json);
    expect(r.incident).toMatchObject({ routable: false, snapped: null, offNetworkM: null });
    expect(r.posts?.results).toEqual([]);
    expect(r.posts?.notRouted).toEqual([{ id: postId, reason: 'incident_off_network' }]);
  });

  it('refuses a point beyond the 2 km margin of the road network while no kabupaten is loaded', async () => {
    expectError(await api.post('/api/routing/closest', incidentAt([lon0, 0.03])), 422, 'out_of_study_area');
  });

  it('rebuilds after a road is inserted: a new version, and the new road is routable', async () => {
    const before = await info();
    const spur: [number, number] = [lon0 + 0.01, 0.015];
    const farAway = ClosestResponse.parse((await api.post('/api/routing/closest', incidentAt(spur))).json);
    const offBefore = farAway.incident.offNetworkM ?? 0;
    expect(offBefore).toBeGreaterThan(1_500);

    await roads.create(
      database.db,
      [
        road(
          `spur-${randomUUID()}`,
          [
            [lon0 + 0.01, 0],
            [lon0 + 0.01, 0.015],
          ],
          { name: 'Jalan Baru' },
        ),
      ],
      testActor,
    );
    // Within the check interval the service keeps its graph: no query per request.
    expect((await info()).version).toBe(before.version);
    tick();
    const after = await info();
    expect(after.version).not.toBe(before.version);
    expect(after.roads).toBe(before.roads + 1);
    const near = ClosestResponse.parse((await api.post('/api/routing/closest', incidentAt(spur))).json);
    expect(near.incident.offNetworkM).toBeLessThan(1);
    expect(near.posts?.results[0]?.steps.map((s) => s.name)).toEqual(['Jalan a', 'Jalan Baru']);
  });

  it('shares one rebuild between concurrent requests', async () => {
    await roads.create(
      database.db,
      [
        road(`more-${randomUUID()}`, [
          [lon0, 0],
          [lon0, 0.005],
        ]),
      ],
      testActor,
    );
    tick();
    const [x, y] = await Promise.all([network.snapshot(), network.snapshot()]);
    expect(x).toBe(y);
  });
});
