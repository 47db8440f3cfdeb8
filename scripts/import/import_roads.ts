import { type Database, executeRows, recordAudit, roadInputsOf, roads, systemActor } from '@siaga/db';
import type { IslandSummary, PROFILES, ReadRoadsResult, ReadSummary, RoadLine } from '@siaga/geo';
import { SiagaError } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { networkIslands } from './network_islands.ts';
import { readRoadsFile } from './read_roads_file.ts';

export interface ImportRoadsOptions {
  /** Delete every stored road first, in the same transaction. */
  replace?: boolean;
  /** The file as already read and checked (the CLI reads it before it opens the database). */
  read?: ReadRoadsResult;
  /** The clip the file was read with, and how many of its nodes it kept, for the summary. */
  clip?: ClipSummary;
}

export interface ClipSummary {
  area: string;
  nodesRead: number;
  nodesKept: number;
}

export interface ImportRoadsSummary extends ReadSummary {
  file: string;
  deleted: number;
  written: number;
  /** Per profile: the islands of the imported network (points near them snap to the main network). */
  islands: Record<keyof typeof PROFILES, IslandSummary>;
  clip?: ClipSummary;
  ms: number;
}

/**
 * Roads are written in parts of this many, all in the one transaction, so that the geometries each part prepares
 * are let go before the next: a clipped regional extract can give 100,000 roads. Parts are inserted without
 * reading the rows back (roads.insert), which nothing here needs.
 */
const WRITE_PART = 5_000;

/**
 * Imports the drivable roads of a file in ONE transaction: on any error (a road the schema or PostGIS refuses,
 * a sourceId already stored) nothing is written and nothing is deleted. Without `replace`, a sourceId already in
 * the database is a conflict (409), never a silent overwrite: re-import a newer extract with --replace.
 *
 * @example await importRoads(database, 'andorra.osm.pbf', { replace: true })
 */
export async function importRoads(
  database: Database,
  file: string,
  options: ImportRoadsOptions = {},
): Promise<ImportRoadsSummary> {
  const started = performance.now();
  const { roads: lines, summary } = options.read ?? (await readRoadsFile(file));
  const inputs = roadInputsOf(lines, file);
  let deleted = 0;
  let written = 0;
  const actor = systemActor('import');
  await database.db.transaction(async (tx) => {
    if (options.replace === true) {
      const [row] = await executeRows<{ n: number }>(
        tx,
        sql`WITH gone AS (DELETE FROM roads RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      );
      deleted = row?.n ?? 0;
      await recordAudit(tx, actor, [
        {
          entity: 'road',
          entityId: '*',
          action: 'delete',
          before: { count: deleted },
          reason: `--replace from ${file}`,
        },
      ]);
    }
    for (let start = 0; start < inputs.length; start += WRITE_PART) {
      const part = inputs.slice(start, start + WRITE_PART);
      written += (
        await roads.insert(tx, part, actor).catch((err) => Promise.reject(inFile(err, lines, file, start)))
      ).length;
    }
  });
  return {
    file,
    ...summary,
    deleted,
    written,
    islands: networkIslands(lines),
    ...(options.clip === undefined ? {} : { clip: options.clip }),
    ms: performance.now() - started,
  };
}

/**
 * A write error names roads by their place in the part written (`features.12.geometry`, from `offset`); the
 * file's reader knows where each came from: the feature index of a GeoJSON file, the sourceId (OSM way) of an extract.
 */
function inFile(err: unknown, lines: readonly RoadLine[], file: string, offset: number): unknown {
  if (!(err instanceof SiagaError)) return err;
  const at = (path: string): string =>
    path.replace(/^features\.(\d+)/, (whole, n: string) => {
      const line = lines[offset + Number(n)];
      if (line === undefined) return whole;
      return line.featureIndex === undefined
        ? `${file} (${line.properties.sourceId})`
        : `${file}.features.${line.featureIndex}`;
    });
  return new SiagaError(
    err.code,
    err.message,
    err.details.map((d) => ({ ...d, path: at(d.path) })),
  );
}

/** The summary as the CLI prints it. */
export function describeImport(s: ImportRoadsSummary): string {
  const skipped = Object.entries(s.skipped)
    .sort(([, a], [, b]) => b - a)
    .map(([reason, n]) => `    ${String(n).padStart(7)}  ${reason}`);
  return [
    `Imported roads from ${s.file}`,
    ...(s.clip === undefined
      ? []
      : [
          `  clip:      ${s.clip.area}: ${s.clip.nodesKept.toLocaleString('en')} of ${s.clip.nodesRead.toLocaleString('en')} nodes kept`,
        ]),
    `  ways read: ${s.waysRead}`,
    `  kept:      ${s.kept}`,
    ...(s.cutAtExtractEdge > 0
      ? [
          `  cut:       ${s.cutAtExtractEdge} crossed the edge of the ${s.clip === undefined ? 'extract' : 'clip area or of the extract'} (the parts inside were kept)`,
        ]
      : []),
    ...(s.barriers > 0
      ? [`  barriers:  ${s.barriers} (gates, bollards…: their access is on the road through them)`]
      : []),
    `  skipped:   ${s.waysRead - s.kept}${skipped.length > 0 ? '' : ' (none)'}`,
    ...skipped,
    ...(s.deleted > 0 ? [`  deleted:   ${s.deleted} (--replace)`] : []),
    `  written:   ${s.written} roads`,
    ...Object.entries(s.islands).map(
      ([profile, i]) =>
        `  islands (${profile}): ${i.islands === 0 ? 'none' : `${i.islands}, ${i.islandNodes} junctions cut off from the main network of ${i.mainNodes}; points near them snap to the main network`}`,
    ),
    `  time:      ${(s.ms / 1000).toFixed(1)} s`,
  ].join('\n');
}
