import {
  AuditList,
  PostFeature,
  Scenario,
  ScenarioExport,
  ScenarioList,
  ScenarioPromoted,
} from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { scenarioDocument } from '../support/scenario_document.ts';
import { expectError } from './support/api_client.ts';
import { unknownId } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true, as: 'planner' });

/** A planner document as the app saves it, with any field changed, also to what the schema refuses. */
const documentOf = (extra: Record<string, unknown> = {}) => ({ ...scenarioDocument(), ...extra });

const operationalPosts = async () => {
  const answer = await t.api.get('/api/posts?status=operational');
  expect(answer.status, answer.text).toBe(200);
  return (answer.json as { features: unknown[] }).features.map((f) => PostFeature.parse(f));
};

const create = async (name: string, document = documentOf()) => {
  const answer = await t.api.post('/api/scenarios', { name, document });
  expect(answer.status, answer.text).toBe(201);
  expect(answer.headers.get('etag')).toBe('"1"');
  return Scenario.parse(answer.json);
};

describe('scenarios: saved planner documents', () => {
  it('creates, lists, reads, renames with If-Match and deletes', async () => {
    const a = await create('Skenario A');
    expect(a.author).toMatch(/^planner-/);
    const list = ScenarioList.parse((await t.api.get('/api/scenarios')).json);
    expect(list.scenarios.find((s) => s.id === a.id)).toMatchObject({
      name: 'Skenario A',
      candidateCount: 1,
    });
    const got = await t.api.get(`/api/scenarios/${a.id}`);
    expect(got.status).toBe(200);
    expect(Scenario.parse(got.json).document).toEqual(a.document);
    const renamed = await t.api.call(
      'PATCH',
      `/api/scenarios/${a.id}`,
      { name: 'Skenario A2' },
      { 'if-match': '"1"' },
    );
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.headers.get('etag')).toBe('"2"');
    expect(Scenario.parse(renamed.json)).toMatchObject({ name: 'Skenario A2', version: 2 });
    const stale = await t.api.call(
      'PATCH',
      `/api/scenarios/${a.id}`,
      { name: 'Lama' },
      { 'if-match': '"1"' },
    );
    expectError(stale, 412, 'precondition_failed');
    expect(Scenario.parse((await t.api.get(`/api/scenarios/${a.id}`)).json).name).toBe('Skenario A2');
    const gone = await t.api.call('DELETE', `/api/scenarios/${a.id}`, undefined, { 'if-match': '"2"' });
    expect(gone.status).toBe(204);
    expectError(await t.api.get(`/api/scenarios/${a.id}`), 404, 'not_found');
  });

  it('answers 404 for an unknown scenario on every member route', async () => {
    const id = unknownId();
    expectError(await t.api.get(`/api/scenarios/${id}`), 404, 'not_found');
    expectError(await t.api.patch(`/api/scenarios/${id}`, { name: 'x' }), 404, 'not_found');
    expectError(await t.api.delete(`/api/scenarios/${id}`), 404, 'not_found');
    expectError(await t.api.post(`/api/scenarios/${id}/duplicate`, {}), 404, 'not_found');
    expectError(await t.api.post(`/api/scenarios/${id}/promote`, { candidateId: 'K1' }), 404, 'not_found');
    expectError(await t.api.get(`/api/scenarios/${id}/export.geojson`), 404, 'not_found');
    expectError(await t.api.get(`/api/scenarios/${id}/export.csv`), 404, 'not_found');
  });

  it('refuses a document it cannot read with 422, and writes nothing', async () => {
    const before = ScenarioList.parse((await t.api.get('/api/scenarios')).json).scenarios.length;
    for (const document of [
      documentOf({ format: 2 }),
      documentOf({ surprise: true }),
      documentOf({ thresholdsMin: [15, 5] }),
      documentOf({ switchedOff: ['not-a-uuid'] }),
      documentOf({
        candidates: [
          { id: 'K1', position: [115.2, -8.2] },
          { id: 'K1', position: [115.3, -8.2] },
        ],
      }),
    ]) {
      expectError(await t.api.post('/api/scenarios', { name: 'Rusak', document }), 422, 'validation_failed');
    }
    expectError(
      await t.api.post('/api/scenarios', { name: '', document: documentOf() }),
      422,
      'validation_failed',
    );
    // Candidates and moved posts are held to the study area like every other geometry.
    const outside = expectError(
      await t.api.post('/api/scenarios', {
        name: 'Di luar',
        document: documentOf({ candidates: [{ id: 'K1', position: [0, 0] }] }),
      }),
      422,
      'out_of_study_area',
    );
    expect(outside.error.details[0]?.path).toBe('body.document.candidates.0.position');
    const a = await create('Utuh');
    expectError(
      await t.api.patch(`/api/scenarios/${a.id}`, { document: documentOf({ mode: 'walking' }) }),
      422,
      'validation_failed',
    );
    expect(Scenario.parse((await t.api.get(`/api/scenarios/${a.id}`)).json).version).toBe(1);
    expect(ScenarioList.parse((await t.api.get('/api/scenarios')).json).scenarios).toHaveLength(before + 1);
  });

  it('duplicates under a new name, with the same document', async () => {
    const a = await create('Asli');
    const copy = await t.api.post(`/api/scenarios/${a.id}/duplicate`, {});
    expect(copy.status, copy.text).toBe(201);
    const b = Scenario.parse(copy.json);
    expect(b).toMatchObject({ name: 'Asli (2)', version: 1, document: a.document });
    expect(b.id).not.toBe(a.id);
    const named = Scenario.parse(
      (await t.api.post(`/api/scenarios/${a.id}/duplicate`, { name: 'Salinan' })).json,
    );
    expect(named.name).toBe('Salinan');
  });

  it('exports candidates and switched-off posts with figures that show the loss', async () => {
    const [post] = await operationalPosts();
    if (!post) throw new Error('the seed has no operational post');
    const none = await create('Tanpa perubahan', documentOf({ candidates: [] }));
    const off = await create(
      'Pos ditutup',
      documentOf({ switchedOff: [post.properties.id], movedPosts: [] }),
    );
    const base = ScenarioExport.parse((await t.api.get(`/api/scenarios/${none.id}/export.geojson`)).json);
    const answer = await t.api.get(`/api/scenarios/${off.id}/export.geojson`);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.headers.get('content-disposition')).toContain('siaga-scenario-Pos-ditutup.geojson');
    const geo = ScenarioExport.parse(answer.json);
    expect(geo.features.map((f) => f.properties.kind)).toEqual(['candidate', 'switched_off_post']);
    expect(geo.features[1]?.properties).toMatchObject({
      postId: post.properties.id,
      name: post.properties.name,
    });
    expect(geo.features[1]?.geometry.coordinates).toEqual(post.geometry.coordinates.slice(0, 2));
    expect(geo.figures).toMatchObject({ mode: 'travelTime', limit: 15, unit: 'minutes' });
    expect(base.figures?.kabupaten.desaCount).toBe(148);
    expect(geo.figures?.kecamatan).toHaveLength(9);
    const csv = await t.api.get(`/api/scenarios/${off.id}/export.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'kind,id,name,longitude,latitude,population,covered_population,population_share,desa_covered,desa_count,standard',
    );
    expect(lines[1]).toBe('candidate,K1,,115.25,-8.2,,,,,,');
    expect(lines[2]?.startsWith(`switched_off_post,${post.properties.id},`)).toBe(true);
    expect(lines[3]).toMatch(
      /^kabupaten,kabupaten,Kabupaten,,,\d+,\d+,0?\.?\d+,\d+,148,travelTime 15 minutes$/,
    );
    expect(lines.filter((l) => l.startsWith('kecamatan,'))).toHaveLength(9);
  });

  it('switching a post off lowers the figures; a candidate at its place brings them back', async () => {
    const [post] = await operationalPosts();
    if (!post) throw new Error('the seed has no operational post');
    const at = post.geometry.coordinates.slice(0, 2);
    const figures = async (extra: Record<string, unknown>) => {
      const s = await create('Angka', documentOf(extra));
      return ScenarioExport.parse((await t.api.get(`/api/scenarios/${s.id}/export.geojson`)).json).figures;
    };
    const today = await figures({ candidates: [] });
    const off = await figures({ candidates: [], switchedOff: [post.properties.id] });
    const back = await figures({
      candidates: [{ id: 'K1', position: at }],
      switchedOff: [post.properties.id],
    });
    expect(off?.kabupaten.coveredPopulation).toBeLessThan(today?.kabupaten.coveredPopulation ?? 0);
    // Not exactly today's: a candidate counts the default turnout, the post its own.
    expect(back?.kabupaten.coveredPopulation).toBeGreaterThan(off?.kabupaten.coveredPopulation ?? 0);
    expect(off?.kabupaten.desaCovered).toBeLessThanOrEqual(today?.kabupaten.desaCovered ?? 0);
  });

  it('promotes a candidate to a planned post and updates the scenario in the same write', async () => {
    const a = await create('Promosi');
    const answer = await t.api.call(
      'POST',
      `/api/scenarios/${a.id}/promote`,
      { candidateId: 'K1', name: 'Pos Damkar Rencana Sukasada' },
      { 'if-match': '"1"' },
    );
    expect(answer.status, answer.text).toBe(200);
    const { scenario, post } = ScenarioPromoted.parse(answer.json);
    expect(post.properties).toMatchObject({ name: 'Pos Damkar Rencana Sukasada', status: 'planned' });
    expect(post.geometry.coordinates).toEqual([115.25, -8.2]);
    expect(scenario.document.candidates).toEqual([]);
    expect(scenario.document.postStatuses).toEqual(['operational', 'planned']);
    expect(scenario.version).toBe(2);
    const stored = await t.api.get(`/api/posts/${post.properties.id}`);
    expect(stored.status).toBe(200);
    const admin = await t.newUser('admin');
    const audit = await admin.api.get(`/api/audit?entity=scenario&entityId=${a.id}`);
    expect(audit.status, audit.text).toBe(200);
    const entries = AuditList.parse(audit.json).entries;
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
    expect(entries.every((e) => e.actorName === a.author)).toBe(true);
    const postAudit = await admin.api.get(`/api/audit?entity=post&entityId=${post.properties.id}`);
    expect(AuditList.parse(postAudit.json).entries.map((e) => e.action)).toEqual(['create']);
    expectError(await t.api.post(`/api/scenarios/${a.id}/promote`, { candidateId: 'K1' }), 404, 'not_found');
    const stale = await t.api.call(
      'POST',
      `/api/scenarios/${a.id}/promote`,
      { candidateId: 'K9' },
      { 'if-match': '"1"' },
    );
    expectError(stale, 412, 'precondition_failed');
  });

  it('lets a viewer read but not write, and shows every planner the team scenarios', async () => {
    const a = await create('Bersama');
    const viewer = await t.newUser('viewer');
    expect((await viewer.api.get(`/api/scenarios/${a.id}`)).status).toBe(200);
    expectError(
      await viewer.api.post('/api/scenarios', { name: 'x', document: documentOf() }),
      403,
      'forbidden',
    );
    const other = await t.newUser('planner');
    const list = ScenarioList.parse((await other.api.get('/api/scenarios')).json);
    expect(list.scenarios.some((s) => s.id === a.id)).toBe(true);
    const changed = await other.api.patch(`/api/scenarios/${a.id}`, { name: 'Bersama (diubah)' });
    expect(changed.status).toBe(200);
    expect(Scenario.parse(changed.json).author).toBe(a.author);
  });
});
