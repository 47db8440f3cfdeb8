import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  adminAreas,
  assignmentWrites,
  caches,
  type Database,
  executeRows,
  incidentEvents,
  incidents,
  posts,
  units,
} from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { SiagaError } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminAreaInput,
  cacheInput,
  freshRegion,
  incidentInput,
  postInput,
  square,
  testActor,
} from '../support/db_fixtures.ts';
import { tableCounts } from '../support/table_counts.ts';

let database: Database;
const region = freshRegion();
/** A desa of 0.02° (about 2.2 km) whose south-west corner is the region's point. */
const inside = (dx = 0.01, dy = 0.01): [number, number] => [region.lon + dx, region.lat + dy];

beforeAll(async () => {
  database = await freshDatabase();
  await adminAreas.create(
    database.db,
    [
      adminAreaInput('61.01.01', 'kecamatan', [square(region.lon - 0.01, region.lat - 0.01, 0.04)]),
      adminAreaInput('61.01.01.2001', 'desa', [square(region.lon, region.lat, 0.02)], {
        parentCode: '61.01.01',
      }),
    ],
    testActor,
  );
});
afterAll(async () => {
  await database?.close();
});

async function rejected(work: Promise<unknown>): Promise<SiagaError> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SiagaError);
  return err as SiagaError;
}

describe('incident place', () => {
  it('derives the desa and kecamatan holding the point, and the nearest desa just off its coast', async () => {
    const [held] = await incidents.create(database.db, [incidentInput('Di darat', inside())], testActor);
    expect(held?.properties).toMatchObject({ desaCode: '61.01.01.2001', kecamatanCode: '61.01.01' });
    // 0.001° (about 110 m) beyond the desa's edge: within the coast tolerance.
    const [coast] = await incidents.create(
      database.db,
      [incidentInput('Di pantai', inside(0.021, 0.01))],
      testActor,
    );
    expect(coast?.properties.desaCode).toBe('61.01.01.2001');
  });

  it('refuses a point in the sea and writes nothing, not even the valid incident beside it', async () => {
    const before = await tableCounts(database);
    const err = await rejected(
      incidents.create(
        database.db,
        [incidentInput('Di darat', inside()), incidentInput('Di laut', inside(0.03, 0.01))],
        testActor,
      ),
    );
    expect(err.code).toBe('out_of_study_area');
    expect(err.details[0]?.path).toBe('features.1.geometry');
    expect(await tableCounts(database)).toEqual(before);
  });
});

describe('assignment transactions', () => {
  it('leaves incident, stock, unit, events and audit untouched when the items are short', async () => {
    const [post] = await posts.create(database.db, [postInput('Pos Uji', inside(0.005, 0.005))], testActor);
    const postId = post?.properties.id as string;
    const [cache] = await caches.create(
      database.db,
      [
        cacheInput(
          'Gudang Uji',
          inside(0.005, 0.005),
          [{ itemType: 'tent', quantity: 3, quantityAvailable: 3 }],
          { postId },
        ),
      ],
      testActor,
    );
    const cacheId = cache?.properties.id as string;
    const unit = await units.create(
      database.db,
      { postId, callSign: 'UJI 1', unitType: 'pickup', crew: 2, status: 'available', notes: null },
      testActor,
    );
    const [incident] = await incidents.create(database.db, [incidentInput('Banjir', inside())], testActor);
    const incidentId = incident?.properties.id as string;

    const before = await tableCounts(database);
    const err = await rejected(
      assignmentWrites.create(
        database.db,
        incidentId,
        { kind: 'items', cacheId, itemType: 'tent', quantity: 4 },
        null,
        testActor,
      ),
    );
    expect(err.code).toBe('conflict');
    expect(await tableCounts(database)).toEqual(before);
    expect((await caches.get(database.db, cacheId))?.properties.items[0]?.quantityAvailable).toBe(3);

    const sent = await assignmentWrites.create(
      database.db,
      incidentId,
      { kind: 'unit', unitId: unit.id },
      600,
      testActor,
    );
    expect((await units.get(database.db, unit.id))?.status).toBe('assigned');
    const twice = await rejected(
      assignmentWrites.create(database.db, incidentId, { kind: 'unit', unitId: unit.id }, 600, testActor),
    );
    expect(twice.code).toBe('conflict');

    await assignmentWrites.move(database.db, incidentId, sent.id, 'cleared', testActor);
    expect((await units.get(database.db, unit.id))?.status).toBe('available');
    expect((await incidentEvents.list(database.db, incidentId)).map((e) => e.kind)).toEqual([
      'created',
      'assignment',
      'assignment_status',
    ]);
  });
});

describe('migration 0005', () => {
  it('upgrades stored incidents: reportedAt, closedAt, desa and kecamatan, and a created event', async () => {
    const [lon, lat] = inside(0.015, 0.015);
    const [row] = await executeRows<{ id: string }>(
      database.db,
      sql`INSERT INTO incidents (title, incident_type, status, occurred_at, geom, updated_at)
          VALUES ('Lama', 'flood', 'resolved', '2019-01-29T00:00:00+08:00',
                  ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326), '2019-02-01T00:00:00Z')
          RETURNING id`,
    );
    const id = row?.id as string;
    const file = join(
      import.meta.dirname,
      '..',
      '..',
      'packages',
      'db',
      'drizzle',
      '0005_incidents_units_assignments_closures.sql',
    );
    const upgrade = readFileSync(file, 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.replace(/^\s*(--[^\n]*\n)*/, '').trim())
      .filter((s) => /^(UPDATE "incidents"|INSERT INTO "incident_events")/.test(s));
    expect(upgrade).toHaveLength(5);
    // The statements run as the migration runs them (on every row: this is the file's last test).
    await database.db.transaction(async (tx) => {
      for (const statement of upgrade) await tx.execute(sql.raw(statement.replace(/;$/, '')));
    });
    const upgraded = await incidents.get(database.db, id);
    expect(upgraded?.properties).toMatchObject({
      reportedAt: '2019-01-28T16:00:00.000Z',
      closedAt: '2019-02-01T00:00:00.000Z',
      desaCode: '61.01.01.2001',
      kecamatanCode: '61.01.01',
    });
    expect((await incidentEvents.list(database.db, id)).map((e) => [e.kind, e.status])).toEqual([
      ['created', 'resolved'],
    ]);
  });
});
