import { existsSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { clipArea, parseClipArgs } from '../scripts/import/clip_option.ts';
import { readRoadsFile } from '../scripts/import/read_roads_file.ts';
import { makeBigPbf } from './make_big_pbf.ts';

/**
 * Reads a regional extract clipped to a study area, as `npm run import -- roads FILE --clip …` does before it
 * writes, and prints what it kept, the time and the peak memory (maxRSS of this process). Not part of
 * `npm run bench`: on a 1 GB file it takes minutes.
 *
 *   node --import tsx bench/clip_import.ts [FILE] [--clip kabupaten.geojson|W,S,E,N] [--buffer-km 5]
 *   node --import tsx bench/clip_import.ts --smoke      (a 20 MB generated file, a bbox clip)
 *
 * Without FILE it reads /tmp/siaga-big.osm.pbf, generated (1 GB, bench/make_big_pbf.ts) when missing.
 */
const smoke = process.argv.includes('--smoke');
const { clip, rest } = parseClipArgs(process.argv.slice(2).filter((a) => a !== '--smoke'));
const file = rest[0] ?? join(tmpdir(), smoke ? 'siaga-small.osm.pbf' : 'siaga-big.osm.pbf');
if (!existsSync(file)) {
  console.log(`Generating ${file}…`);
  makeBigPbf(file, smoke ? 20 : 1024);
}
const spec = clip ?? {
  kind: 'bbox' as const,
  bbox: [114.4, -8.4, 115.4, -8.05] as [number, number, number, number],
  bufferKm: 5,
};
const startLoad = loadavg()[0] ?? 0;
const started = performance.now();
const area = await clipArea(spec);
const read = await readRoadsFile(file, { clip: area });
const seconds = (performance.now() - started) / 1000;
const mb = (n: number): string => (n / 1024 / 1024).toFixed(0);
console.log(
  [
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, load average ${startLoad.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`,
    `file: ${file}, ${mb(statSync(file).size)} MB`,
    `clip: ${JSON.stringify(spec)}`,
    `nodes: ${read.clip?.nodesRead.toLocaleString('en')} read, ${read.clip?.nodesKept.toLocaleString('en')} kept`,
    `ways: ${read.summary.waysRead.toLocaleString('en')} read, ${read.summary.kept.toLocaleString('en')} kept as ${read.roads.length.toLocaleString('en')} roads, ${read.summary.cutAtExtractEdge} cut at the edge`,
    `time: ${seconds.toFixed(1)} s (${(statSync(file).size / 1024 / 1024 / seconds).toFixed(1)} MB/s)`,
    `peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
  ].join('\n'),
);
