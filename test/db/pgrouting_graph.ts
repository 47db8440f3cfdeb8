import { type EdgeWeights, edgeCount, edgeTail, type RoadGraph } from '@siaga/geo';
import type postgres from 'postgres';
import { createScratchDatabase as createScratch, type ScratchDatabase } from '../support/scratch_database.ts';

/** A throwaway database for pgRouting comparisons; `drop` removes it. */
export const createScratchDatabase = (url: string): Promise<ScratchDatabase> =>
  createScratch(url, 'siaga_pgr');

/**
 * Loads the graph's directed edges with the profile's costs into `edges` (one row per edge the graph has,
 * reverse_cost -1), node ids shifted by one, the way pgr_dijkstra(directed := true) expects.
 */
export async function loadEdges(sql: postgres.Sql, g: RoadGraph, w: EdgeWeights): Promise<number> {
  await sql`CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE`;
  await sql`CREATE TABLE edges (id bigint PRIMARY KEY, source bigint, target bigint, cost float8, reverse_cost float8)`;
  const ids: number[] = [];
  const sources: number[] = [];
  const targets: number[] = [];
  const costs: number[] = [];
  for (let e = 0; e < edgeCount(g); e++) {
    const cost = w.edgeSeconds[e] ?? Infinity;
    if (!Number.isFinite(cost)) continue;
    ids.push(e + 1);
    sources.push(edgeTail(g, e) + 1);
    targets.push((g.edgeTarget[e] ?? 0) + 1);
    costs.push(cost);
  }
  await sql`
    INSERT INTO edges (id, source, target, cost, reverse_cost)
    SELECT id, source, target, cost, -1
    FROM unnest(${ids}::bigint[], ${sources}::bigint[], ${targets}::bigint[], ${costs}::float8[])
      AS t(id, source, target, cost)`;
  return ids.length;
}

/** pgr_dijkstraCost for each (source, target) node pair of the graph; Infinity where pgRouting finds no path. */
export async function pgrCosts(sql: postgres.Sql, pairs: readonly [number, number][]): Promise<number[]> {
  const s = pairs.map((p) => p[0] + 1);
  const t = pairs.map((p) => p[1] + 1);
  const rows = await sql<{ start_vid: string; end_vid: string; agg_cost: number }[]>`
    SELECT start_vid, end_vid, agg_cost FROM pgr_dijkstraCost(
      'SELECT id, source, target, cost, reverse_cost FROM edges',
      ${`SELECT s AS source, t AS target FROM unnest(ARRAY[${s.join(',')}]::bigint[], ARRAY[${t.join(',')}]::bigint[]) AS u(s, t)`},
      directed := true)`;
  const byPair = new Map(rows.map((r) => [`${r.start_vid}:${r.end_vid}`, Number(r.agg_cost)]));
  return pairs.map((p) => (p[0] === p[1] ? 0 : (byPair.get(`${p[0] + 1}:${p[1] + 1}`) ?? Infinity)));
}
