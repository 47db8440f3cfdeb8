import { freshDatabase } from '@siaga/db/testing';
import { sql } from 'drizzle-orm';

const d = await freshDatabase();
try {
  const r = await d.db.execute(
    sql`SELECT ord::int, ST_AsText(ST_GeomFromGeoJSON(value::text)) FROM jsonb_array_elements(${JSON.stringify([{ type: 'Point', coordinates: [1, 2] }])}::jsonb) WITH ORDINALITY AS t(value, ord)`,
  );
  console.log(r);
} catch (e) {
  console.log(e.cause ?? e);
}
await d.close();
